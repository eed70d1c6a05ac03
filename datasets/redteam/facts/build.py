"""Build the red-team facts set: f*.txt documents + gold.jsonl from src.py.

Source markup (in src.py): «span|type|opts» marks one gold fact. The span is
the quantity exactly as it appears in the document. Type abbreviations are in
TYPES. Opts (space separated):
  j / u            scope jurisdiction / unknown (default self)
  y2019            year (default report year)
  d / c            delta / cumulative
  v=.. unit=.. a=..  override the value / unit / approx parsed from the span
  s=..             subject (Simplified)
  f=a+b | f=-      reconciliation fields (default by type; '-' = no counterpart
                   field, i.e. unverifiable)
Tables are rendered after the overview prose in the pipe layout of seed 000
(simplified script, 2019 template labels).
Run: python datasets/redteam/facts/build.py   (writes f*.txt, gold.jsonl)
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from src import DOCS  # noqa: E402
from surface import parse_surface, to_fullwidth, to_traditional  # noqa: E402

TYPES = {
    "rec": "requests.received", "clo": "requests.closed",
    "rev": "appeals.review", "suit": "appeals.suit", "cor": "appeals.corrected",
    "items": "proactive.items", "norm": "proactive.normative",
    "rules": "proactive.rules", "interp": "proactive.interpretations",
    "gaz": "proactive.gazette", "press": "proactive.press_conferences",
    "ts": "training.sessions", "ta": "training.attendees",
    "nm": "new_media.accounts", "vis": "platform.visits",
    "op": "opinion.responses", "insp": "supervision.inspections", "o": "other",
}
RECONCILABLE = {"requests.received", "requests.closed", "appeals.review",
                "appeals.suit", "appeals.corrected", "proactive.normative",
                "proactive.rules"}
DEFAULT_FIELDS = {
    "requests.received": ["t3.new.total"],
    "requests.closed": ["t3.results_total.total"],
    "appeals.review": ["t4.review.total"],
    "appeals.suit": ["t4.suit_direct.total", "t4.suit_after_review.total"],
    "appeals.corrected": ["t4.review.corrected", "t4.suit_direct.corrected",
                          "t4.suit_after_review.corrected"],
    "proactive.normative": ["t2.normative.made"],
    "proactive.rules": ["t2.rules.made"],
}

T3_ROWS = [  # (row id, label line prefix, trailing pipes)
    ("new", "一、本年新收政府信息公开申请数量 | ", " ||"),
    ("carried_in", "二、上年结转政府信息公开申请数量 | ", " ||"),
    ("granted", "三、本年度办理结果 | (一)予以公开 | ", " |"),
    ("partial", "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | ", " ||"),
    ("denied.state_secret", "(三)不予公开 | 1.属于国家秘密 | ", " |"),
    ("denied.prohibited", "2.其他法律行政法规禁止公开 | ", " ||"),
    ("denied.security", "3.危及“三安全一稳定” | ", " ||"),
    ("denied.third_party", "4.保护第三方合法权益 | ", " ||"),
    ("denied.internal", "5.属于三类内部事务信息 | ", " ||"),
    ("denied.process", "6.属于四类过程性信息 | ", " ||"),
    ("denied.enforcement", "7.属于行政执法案卷 | ", " ||"),
    ("denied.query", "8.属于行政查询事项 | ", " ||"),
    ("unavailable.not_held", "(四)无法提供 | 1.本机关不掌握相关政府信息 | ", " |"),
    ("unavailable.needs_creation", "2.没有现成信息需要另行制作 | ", " ||"),
    ("unavailable.unclear", "3.补正后申请内容仍不明确 | ", " ||"),
    ("not_processed.complaint", "(五)不予处理 | 1.信访举报投诉类申请 | ", " |"),
    ("not_processed.duplicate", "2.重复申请 | ", " ||"),
    ("not_processed.publication", "3.要求提供公开出版物 | ", " ||"),
    ("not_processed.mass", "4.无正当理由大量反复申请 | ", " ||"),
    ("not_processed.confirm", "5.要求行政机关确认或重新出具已获取信息 | ", " ||"),
    ("other_handling", "(六)其他处理 | ", " ||"),
    ("results_total", "(七)总计 | ", " ||"),
    ("carried_out", "四、结转下年度继续办理 | ", " |"),
]
RESULT_ROWS = [r for r, _, _ in T3_ROWS[2:21]]
T4_GROUPS = ["review", "suit_direct", "suit_after_review"]
T4_COLS = ["upheld", "corrected", "other", "pending", "total"]


def render_t2(t2: dict, year: int) -> tuple[str, dict]:
    fields = {}
    if year <= 2020:
        lines = ["二、主动公开政府信息情况", "第二十条第(一)项 | |||",
                 "信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 | |"]
        for rid, lab in (("rules", "规章"), ("normative", "规范性文件")):
            made, pub, tot = t2[rid]
            lines.append(f"{lab} | {made} | {pub} | {tot} | |")
            fields.update({f"t2.{rid}.made": made, f"t2.{rid}.published": pub,
                           f"t2.{rid}.total": tot})
    else:
        lines = ["二、主动公开政府信息情况", "第二十条第(一)项 | |||",
                 "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |"]
        for rid, lab in (("rules", "规章"), ("normative", "行政规范性文件")):
            iss, rep, inf = t2[rid]
            lines.append(f"{lab} | {iss} | {rep} | {inf} |")
            fields.update({f"t2.{rid}.issued": iss, f"t2.{rid}.repealed": rep,
                           f"t2.{rid}.in_force": inf})
    return "\n".join(lines), fields


def render_t3(t3: dict) -> tuple[str, dict]:
    vals = {r: t3.get(r, 0) for r, _, _ in T3_ROWS}
    vals["results_total"] = sum(vals[r] for r in RESULT_ROWS)
    assert vals["new"] + vals["carried_in"] == vals["results_total"] + vals["carried_out"], t3
    com = t3.get("_commercial", {})  # part of a row from 商业企业
    lines = ["三、收到和处理政府信息公开申请情况",
             "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||",
             "自然人 | 法人或其他组织 | 总计 | |||||||",
             "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||"]
    comt = {r: com.get(r, 0) for r, _, _ in T3_ROWS}
    comt["results_total"] = sum(comt[r] for r in RESULT_ROWS)
    for rid, pre, post in T3_ROWS:
        tot = vals[rid]
        c = comt[rid]
        cells = [tot - c, c, 0, 0, 0, 0, tot]
        lines.append(pre + " | ".join(str(x) for x in cells) + post)
    fields = {}
    for rid in ["new", "carried_in", "results_total", "carried_out"]:
        fields[f"t3.{rid}.total"] = vals[rid]
    for rid, c in com.items():
        fields[f"t3.{rid}.commercial"] = c
        fields[f"t3.{rid}.natural"] = vals[rid] - c
    for rid in RESULT_ROWS:
        if vals[rid]:
            fields[f"t3.{rid}.total"] = vals[rid]
    return "\n".join(lines), fields


def render_t4(t4: dict) -> tuple[str, dict]:
    cells, fields = [], {}
    for g in T4_GROUPS:
        row = dict(zip(T4_COLS[:4], t4.get(g, (0, 0, 0, 0))))
        row["total"] = sum(row.values())
        for c in T4_COLS:
            cells.append(row[c])
            fields[f"t4.{g}.{c}"] = row[c]
    lines = ["四、政府信息公开行政复议、行政诉讼情况",
             "行政复议 | 行政诉讼 | |||||||||||||",
             "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||",
             "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | |||||",
             " | ".join(str(x) for x in cells) + " |"]
    return "\n".join(lines), fields


MARK = re.compile(r"«([^«»|]+)\|([a-z]+)((?:\|[^«»]*)?)»")


def strip_marks(body: str):
    """Return (plain text, [(start, end, span, type, opts)])."""
    out, facts, pos = [], [], 0
    n = 0
    for m in MARK.finditer(body):
        out.append(body[pos:m.start()])
        n += len(body[pos:m.start()])
        span, typ, opts = m.group(1), m.group(2), m.group(3).lstrip("|")
        facts.append((n, n + len(span), span, typ, opts))
        out.append(span)
        n += len(span)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    assert "«" not in text and "»" not in text, text[:80]
    return text, facts


def parse_opts(opts: str) -> dict:
    res: dict = {}
    for tok in opts.replace("|", " ").split():
        if "=" in tok:
            k, v = tok.split("=", 1)
            res[k] = v
        elif tok in ("j", "u"):
            res["scope"] = {"j": "jurisdiction", "u": "unknown"}[tok]
        elif tok == "d":
            res["delta"] = True
        elif tok == "c":
            res["cumulative"] = True
        elif re.fullmatch(r"y\d{4}", tok):
            res["year"] = int(tok[1:])
        else:
            raise ValueError(f"bad opt {tok!r}")
    return res


def num(s: str):
    if s in ("null", "None"):
        return None
    x = float(s)
    return int(x) if x == int(x) else x


def verdict(fact: dict, fields: list[str] | None, tables: dict, report_year: int):
    if fact["scope"] != "self" or fact["year"] != report_year:
        return "not_comparable", None
    if not fields:
        return "unverifiable", None
    present = [tables[f] for f in fields if f in tables]
    if not present:
        return "unverifiable", None
    tv = sum(present)
    v, a = fact["value"], fact["approx"]
    if a is None:
        ok = tv == v
    elif a == "over":
        ok = v <= tv <= v * 1.5
    elif a == "under":
        ok = v * 0.7 <= tv <= v
    else:
        ok = abs(tv - v) <= 0.15 * v
    return ("consistent" if ok else "inconsistent"), tv


def build() -> None:
    gold_lines = []
    for d in DOCS:
        name, year = d["name"], d["year"]
        text, marks = strip_marks(d["title"] + "\n" + d["body"].strip("\n") + "\n")
        tables: dict = {}
        blocks = []
        if "t2" in d:
            b, f = render_t2(d["t2"], year); blocks.append(b); tables.update(f)
        if "t3" in d:
            b, f = render_t3(d["t3"]); blocks.append(b); tables.update(f)
        if "t4" in d:
            b, f = render_t4(d["t4"]); blocks.append(b); tables.update(f)
        if blocks:
            text += "\n".join(blocks) + "\n"
        tail_facts = []
        if d.get("tail"):
            t2, m2 = strip_marks(d["tail"].strip("\n") + "\n")
            off = len(text)
            tail_facts = [(s + off, e + off, sp, ty, op) for s, e, sp, ty, op in m2]
            text += t2
        marks = marks + tail_facts
        if d.get("script") == "traditional":
            text = to_traditional(text)
        if d.get("fullwidth"):
            text = to_fullwidth(text)
        facts, verdicts = [], []
        for s, e, span, typ, opts in marks:
            o = parse_opts(opts)
            surf = text[s:e]
            val, unit, approx = parse_surface(surf)
            if "v" in o: val = num(o["v"])
            if "unit" in o: unit = None if o["unit"] == "null" else o["unit"]
            if "a" in o: approx = None if o["a"] == "null" else o["a"]
            fact = {"start": s, "end": e, "value": val, "unit": unit,
                    "approx": approx, "type": TYPES[typ],
                    "scope": o.get("scope", "self"), "year": o.get("year", year),
                    "subject": o.get("s"), "delta": o.get("delta", False),
                    "cumulative": o.get("cumulative", False)}
            if (fact["delta"] or fact["cumulative"]) and fact["type"] != "other":
                raise ValueError(f"{name}: delta/cum must be other: {span}")
            facts.append(fact)
            if fact["type"] in RECONCILABLE:
                if "f" in o:
                    flds = None if o["f"] == "-" else o["f"].split("+")
                else:
                    flds = [f.replace(".made", ".issued") if year >= 2021 else f
                            for f in DEFAULT_FIELDS[fact["type"]]]
                vd, tv = verdict(fact, flds, tables, year)
                verdicts.append({"start": s, "verdict": vd, "fields": flds,
                                 "table": tv})
        path = HERE / f"{name}.txt"
        path.write_text(text, encoding="utf-8", newline="")
        gold_lines.append(json.dumps(
            {"doc": f"corpus:redteam/facts/{name}.txt", "report_year": year,
             "script": d.get("script", "simplified"),
             "fullwidth": bool(d.get("fullwidth")),
             "facts": sorted(facts, key=lambda f: f["start"]),
             "tables": tables, "verdicts": verdicts,
             "notes": d.get("notes", "")}, ensure_ascii=False))
    (HERE / "gold.jsonl").write_text("\n".join(gold_lines) + "\n", encoding="utf-8")
    print(f"wrote {len(gold_lines)} documents")


if __name__ == "__main__":
    build()
