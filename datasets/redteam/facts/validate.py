"""Validate datasets/redteam/facts/gold.jsonl against the documents.

Checks: keys, offsets in range, sorted / non-overlapping spans, the span's
surface parses (independent parser in surface.py) to the stated value, unit
and approx, delta/cumulative ⇒ other, verdicts recomputed from "tables",
narrative length (title + prose before the first table row) 400–1200 chars.
--missed lists numerals on prose lines that no gold fact covers (review them).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from surface import parse_surface  # noqa: E402

KEYS = {"start", "end", "value", "unit", "approx", "type", "scope", "year",
        "subject", "delta", "cumulative"}
VERDICTS = {"consistent", "inconsistent", "not_comparable", "unverifiable"}


def main(missed: bool) -> int:
    errors = 0
    nfacts = nverd = 0
    for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        path = HERE / Path(g["doc"].split(":", 1)[1]).name
        text = open(path, encoding="utf-8-sig", newline="").read()
        lines = text.split("\n")
        title = lines[0]
        if not re.fullmatch(r".+\d{4}年政府信息公开工作年度报告|.+\d{4}年政府資訊公開工作年度報告|.+\d{4}年政府信息公開工作年度報告", title):
            print(path.name, "bad title", title); errors += 1
        if str(g["report_year"]) not in title.translate(str.maketrans("０１２３４５６７８９", "0123456789")):
            print(path.name, "report_year not in title"); errors += 1
        prose = [l for l in lines if " | " not in l and not l.endswith("|")]
        narr = sum(len(l) + 1 for l in prose)
        if not 400 <= narr <= 1300:
            print(path.name, "narrative length", narr); errors += 1
        prev_end = -1
        covered = set()
        for f in g["facts"]:
            nfacts += 1
            if set(f) != KEYS:
                print(path.name, "keys", set(f) ^ KEYS); errors += 1
            s, e = f["start"], f["end"]
            surf = text[s:e]
            if s < prev_end:
                print(path.name, "overlap/unsorted at", s); errors += 1
            prev_end = e
            covered.update(range(s, e))
            try:
                v, u, a = parse_surface(surf)
            except ValueError as exc:
                print(path.name, s, surf, exc); errors += 1; continue
            if (v, u, a) != (f["value"], f["unit"], f["approx"]):
                print(f"{path.name} {s} {surf!r}: parsed {(v, u, a)} != gold {(f['value'], f['unit'], f['approx'])}")
                errors += 1
            if (f["delta"] or f["cumulative"]) and f["type"] != "other":
                print(path.name, s, "delta/cumulative must be other"); errors += 1
            if f["scope"] not in ("self", "jurisdiction", "unknown"):
                print(path.name, s, "scope"); errors += 1
            if any(" | " in l for l in text[text.rfind("\n", 0, s) + 1:text.find("\n", e)].split("\n")):
                print(path.name, s, "fact inside a table row"); errors += 1
        starts = {f["start"]: f for f in g["facts"]}
        for v in g["verdicts"]:
            nverd += 1
            if v["verdict"] not in VERDICTS or v["start"] not in starts:
                print(path.name, "bad verdict", v); errors += 1
                continue
            f = starts[v["start"]]
            flds = v["fields"]
            if f["scope"] != "self" or f["year"] != g["report_year"]:
                exp = "not_comparable"
            elif not flds or not any(x in g["tables"] for x in flds):
                exp = "unverifiable"
            else:
                tv = sum(g["tables"][x] for x in flds if x in g["tables"])
                exp = "consistent" if (tv == f["value"] if f["approx"] is None else v["verdict"] == "consistent") else "inconsistent"
                if f["approx"] is not None:
                    exp = v["verdict"]
            if exp != v["verdict"]:
                print(path.name, "verdict", v, "expected", exp); errors += 1
        if missed:
            pos = 0
            for l in lines:
                if " | " not in l and not l.endswith("|"):
                    for m in re.finditer(r"[0-9０-９]+|[零〇一二两兩三四五六七八九十百千万萬]+", l):
                        a, b = pos + m.start(), pos + m.end()
                        if not covered.intersection(range(a, b)):
                            print(f"  {path.name} {a}: {text[max(0,a-8):b+6]!r}")
                pos += len(l) + 1
    print(f"{nfacts} facts, {nverd} verdicts, {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main("--missed" in sys.argv))
