"""Validate datasets/heldout/facts/gold.jsonl against the documents.

Independent of govinfo_nlp and of build.py's table numbers: the statistical
tables are re-parsed from the rendered text (pipe layout), their 勾稽关系 are
checked, and every verdict is recomputed from the parsed cells.

Checks:
  * keys, sort order, no overlapping spans, spans outside table lines;
  * surface text of each span parses to the gold value/unit/approx;
  * spans do not include verbs/共/达 or trailing punctuation;
  * delta/cumulative/percentages ⇒ type other;
  * one verdict per fact of a reconciled type, none for others; the fields
    fit the type; table value and verdict recomputed from the parsed tables;
  * table arithmetic (balance, row totals, result sums, table 四 totals).

Usage: python datasets/heldout/facts/validate.py [--missed] [-v]
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import opencc  # noqa: E402

from surface import parse_surface  # noqa: E402

T2S = opencc.OpenCC("t2s")
KEYS = ["start", "end", "value", "unit", "approx", "type", "scope", "year", "subject", "delta", "cumulative"]
TYPES = {"proactive.items", "proactive.normative", "proactive.rules", "proactive.interpretations",
         "proactive.gazette", "proactive.press_conferences", "requests.received", "requests.closed",
         "appeals.review", "appeals.suit", "appeals.corrected", "training.sessions",
         "training.attendees", "new_media.accounts", "platform.visits", "opinion.responses",
         "supervision.inspections", "other"}
RECONCILED = {"proactive.normative", "proactive.rules", "requests.received", "requests.closed",
              "appeals.review", "appeals.suit", "appeals.corrected"}
FIELD_PREFIX = {
    "requests.received": ("t3.new.", "t3.carried_in.total"),
    "requests.closed": ("t3.results_total.total", "t3.granted.", "t3.partial.", "t3.denied.",
                        "t3.unavailable.", "t3.not_processed.", "t3.other_handling"),
    "appeals.review": ("t4.review.",),
    "appeals.suit": ("t4.suit_direct.", "t4.suit_after_review."),
    "appeals.corrected": ("t4.",),
    "proactive.normative": ("t2.normative.",),
    "proactive.rules": ("t2.rules.",),
}
COLS = ["natural", "commercial", "research", "social", "legal", "other", "total"]
T3_LABELS = [
    ("本年新收", "new"), ("上年结转", "carried_in"), ("予以公开", "granted"), ("部分公开", "partial"),
    ("属于国家秘密", "denied.state_secret"), ("其他法律行政法规禁止公开", "denied.prohibited"),
    ("三安全一稳定", "denied.security"), ("保护第三方合法权益", "denied.third_party"),
    ("三类内部事务信息", "denied.internal"), ("四类过程性信息", "denied.process"),
    ("行政执法案卷", "denied.enforcement"), ("行政查询事项", "denied.query"),
    ("本机关不掌握", "unavailable.not_held"), ("另行制作", "unavailable.needs_creation"),
    ("补正后申请内容仍不明确", "unavailable.unclear"), ("信访举报投诉", "not_processed.complaint"),
    ("重复申请", "not_processed.duplicate"), ("公开出版物", "not_processed.publication"),
    ("大量反复申请", "not_processed.mass"), ("确认或重新出具", "not_processed.confirm"),
    ("逾期不补正", "other_handling.no_supplement"), ("缴纳费用", "other_handling.no_fee"),
    ("3.其他", "other_handling.other"), ("其他处理", "other_handling"),
    ("总计", "results_total"), ("结转下年度", "carried_out"),
]
NUMCELL = re.compile(r"^-?\d+(?:\.\d+)?$")


def parse_tables(text):
    """{field: value} from the pipe tables of a document (Simplified labels)."""
    s = T2S.convert(text)
    f = {}
    template = None
    for line in s.splitlines():
        if "|" not in line:
            continue
        cells = [c.strip() for c in line.split("|")]
        label = cells[0]
        nums = [c for c in cells[1:] if NUMCELL.match(c)]
        if "本年制发件数" in line:
            template = "2021"
        elif "本年新 制作数量" in line or "本年新制作数量" in line:
            template = "2019"
        if label in ("规章", "规范性文件", "行政规范性文件") and len(nums) == 3:
            row = "rules" if label == "规章" else "normative"
            names = ("issued", "repealed", "in_force") if template == "2021" else ("made", "published", "total")
            for n, x in zip(names, nums):
                f[f"t2.{row}.{n}"] = int(x)
            continue
        if len(nums) == 7:
            joined = " ".join(cells[:-8]) if len(cells) > 8 else label
            rowid = None
            for key, rid in T3_LABELS:
                if key in joined:
                    rowid = rid
                    break
            if rowid is None:
                raise ValueError(f"unknown table row: {line}")
            for c, x in zip(COLS, nums):
                f[f"t3.{rowid}.{c}"] = int(x)
            continue
        allnums = [c for c in cells if NUMCELL.match(c)]
        if len(allnums) == 15 and len(allnums) == len([c for c in cells if c]):
            nums = allnums
            for gi, g in enumerate(("review", "suit_direct", "suit_after_review")):
                for ni, n in enumerate(("upheld", "corrected", "other", "pending", "total")):
                    f[f"t4.{g}.{n}"] = int(nums[gi * 5 + ni])
    return f


def table_checks(f):
    errs = []
    if "t3.new.total" in f:
        rows = sorted({k.split(".", 1)[1].rsplit(".", 1)[0] for k in f if k.startswith("t3.")})
        for r in rows:
            if sum(f[f"t3.{r}.{c}"] for c in COLS[:-1]) != f[f"t3.{r}.total"]:
                errs.append(f"row total {r}")
        results = [r for r in rows if r not in ("new", "carried_in", "results_total", "carried_out")]
        for c in COLS:
            if f[f"t3.new.{c}"] + f[f"t3.carried_in.{c}"] != f[f"t3.results_total.{c}"] + f[f"t3.carried_out.{c}"]:
                errs.append(f"balance {c}")
            if sum(f[f"t3.{r}.{c}"] for r in results) != f[f"t3.results_total.{c}"]:
                errs.append(f"results sum {c}")
    for g in ("review", "suit_direct", "suit_after_review"):
        if f"t4.{g}.total" in f:
            if sum(f[f"t4.{g}.{n}"] for n in ("upheld", "corrected", "other", "pending")) != f[f"t4.{g}.total"]:
                errs.append(f"t4 total {g}")
    return errs


def agrees(value, approx, table):
    if approx is None:
        return abs(value - table) < 1e-9
    if approx == "over":
        return value <= table <= value * 1.5 + 1
    if approx == "under":
        return value * 0.8 - 1 <= table <= value
    return abs(table - value) <= max(1, 0.1 * value)


def table_spans(text):
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        if "|" in line:
            spans.append((pos, pos + len(line)))
        pos += len(line)
    return spans


NUMERAL = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万亿兩萬億]+")


def main(argv):
    verbose = "-v" in argv
    missed = "--missed" in argv
    errors = []
    stats = Counter()
    vstats = Counter()
    docs = [json.loads(x) for x in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    for d in docs:
        name = d["doc"].split("/")[-1]
        text = open(HERE / name, encoding="utf-8-sig", newline="").read()
        tables = parse_tables(text)
        has_tables = bool(tables)
        stats["docs_with_tables"] += has_tables
        for e in table_checks(tables):
            errors.append(f"{name}: table check {e}")
        tspans = table_spans(text)
        facts = d["facts"]
        prev_end = -1
        vby = {v["start"]: v for v in d["verdicts"]}
        if len(vby) != len(d["verdicts"]):
            errors.append(f"{name}: duplicate verdict starts")
        for f in facts:
            where = f"{name}@{f['start']}"
            # breakdown: only the carried-in applications carry one (build.py flag cin)
            if list(f.keys()) not in (KEYS, KEYS + ["breakdown"]):
                errors.append(f"{where}: keys {list(f.keys())}")
            if f["start"] < prev_end:
                errors.append(f"{where}: overlap or unsorted")
            prev_end = f["end"]
            surf = text[f["start"]:f["end"]]
            if any(a <= f["start"] < b for a, b in tspans):
                errors.append(f"{where}: span inside a table line")
            try:
                val, unit, approx = parse_surface(surf)
            except Exception as e:  # noqa: BLE001
                errors.append(f"{where}: unparsable {surf!r}: {e}")
                continue
            if (val, unit, approx) != (f["value"], f["unit"], f["approx"]) or type(val) is not type(f["value"]):
                errors.append(f"{where}: {surf!r} parses to {(val, unit, approx)} not {(f['value'], f['unit'], f['approx'])}")
            if surf[:1] in "共达计仅只为" or surf[-1:] in "，。、；：,.;:）)" and not surf.endswith("(次)"):
                errors.append(f"{where}: span boundary {surf!r}")
            if f["type"] not in TYPES:
                errors.append(f"{where}: type {f['type']}")
            if (f["delta"] or f["cumulative"] or f["unit"] == "%") and f["type"] != "other":
                errors.append(f"{where}: delta/cumulative/percent not other")
            if f["scope"] not in ("self", "jurisdiction", "unknown"):
                errors.append(f"{where}: scope")
            if not isinstance(f["year"], int) or not 2015 <= f["year"] <= 2026:
                errors.append(f"{where}: year {f['year']}")
            stats[f["type"]] += 1
            # verdicts
            v = vby.pop(f["start"], None)
            if f["type"] in RECONCILED:
                if v is None:
                    errors.append(f"{where}: missing verdict")
                    continue
                for fld in v["fields"]:
                    if not fld.startswith(FIELD_PREFIX[f["type"]]):
                        errors.append(f"{where}: field {fld} does not fit {f['type']}")
                if f["type"] == "appeals.corrected" and not all(x.endswith(".corrected") for x in v["fields"]):
                    errors.append(f"{where}: corrected fields")
                if f["scope"] != "self" or f["year"] != d["report_year"]:
                    exp = "not_comparable"
                elif not v["fields"] or any(x not in tables for x in v["fields"]):
                    exp = "unverifiable"
                else:
                    t = sum(tables[x] for x in v["fields"])
                    if t != v["table"]:
                        errors.append(f"{where}: table value {v['table']} != parsed {t}")
                    exp = "consistent" if agrees(f["value"], f["approx"], t) else "inconsistent"
                if exp != v["verdict"]:
                    errors.append(f"{where}: verdict {v['verdict']} != recomputed {exp}")
                vstats[v["verdict"]] += 1
                if verbose:
                    print(f"  {where} {surf} {f['type']} {v['verdict']} {v['fields']} {v['table']}")
            elif v is not None:
                errors.append(f"{where}: verdict on non-reconciled type {f['type']}")
        for s in vby:
            errors.append(f"{name}: verdict at {s} without a fact")
        if missed:
            covered = [(f["start"], f["end"]) for f in facts]
            for m in NUMERAL.finditer(text):
                if any(a <= m.start() < b for a, b in tspans):
                    continue
                if any(a <= m.start() < b for a, b in covered):
                    continue
                ctx = text[max(0, m.start() - 8):m.end() + 8].replace("\n", "⏎")
                print(f"  missed? {name}@{m.start()} {m.group(0)!r}  …{ctx}…")
    nfacts = sum(len(d["facts"]) for d in docs)
    print(f"{len(docs)} docs ({stats['docs_with_tables']} with tables), {nfacts} facts, "
          f"{sum(vstats.values())} verdicts {dict(vstats)}")
    comparable = vstats["consistent"] + vstats["inconsistent"]
    if comparable:
        print(f"inconsistent share of comparable verdicts: {vstats['inconsistent'] / comparable:.1%}")
    print("types:", dict(sorted((k, v) for k, v in stats.items() if k != "docs_with_tables")))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
