"""Validate a gold facts file and show what it covers.

    python validate_part1.py ../facts-part1.jsonl            # check + summary
    python validate_part1.py ../facts-part1.jsonl -v         # print every fact
    python validate_part1.py ../facts-part1.jsonl --missed   # numerals in prose not covered by a fact

Checks: keys and value types, offsets in range, value/unit/approx agree with
the surface text[start:end] (parse_surface), spans not overlapping, splits.
"""
from __future__ import annotations

import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from goldlib_part1 import APPROX, KEYS, NUM_RE, SCOPES, TYPES, is_table_line, parse_surface, read  # noqa: E402


def main():
    path = sys.argv[1]
    verbose = "-v" in sys.argv
    missed = "--missed" in sys.argv
    problems = 0
    by_type = collections.Counter()
    by_split = collections.Counter()
    types_by_split = collections.defaultdict(collections.Counter)
    for ln, raw in enumerate(open(path, encoding="utf-8"), 1):
        d = json.loads(raw)
        text = read(d["doc"])
        def bad(msg):
            nonlocal problems
            problems += 1
            print(f"PROBLEM {d['doc']}: {msg}")
        if d.get("split") not in ("train", "dev", "test"):
            bad(f"split {d.get('split')}")
        if not isinstance(d.get("report_year"), int):
            bad("report_year")
        by_split[d["split"]] += 1
        prev_end = -1
        covered = []
        if verbose:
            print(f"== {d['doc']} split={d['split']} year={d['report_year']} facts={len(d['facts'])}")
        for f in d["facts"]:
            if list(f.keys()) not in (KEYS, KEYS + ["breakdown"]):  # breakdown: part 3 on
                bad(f"keys {list(f.keys())}")
            s, e = f["start"], f["end"]
            if not (0 <= s < e <= len(text)):
                bad(f"offsets {s},{e}")
                continue
            surf = text[s:e]
            if s < prev_end:
                bad(f"overlap at {s} {surf!r}")
            prev_end = e
            covered.append((s, e))
            try:
                v, u, a = parse_surface(surf)
                if (v, u, a) != (f["value"], f["unit"], f["approx"]):
                    print(f"NOTE {d['doc']} {s}-{e} {surf!r}: surface parses to {(v, u, a)}, gold {(f['value'], f['unit'], f['approx'])}")
            except ValueError:
                print(f"NOTE {d['doc']} {s}-{e} {surf!r}: surface not parsable")
            if f["type"] not in TYPES: bad(f"type {f['type']}")
            if f["scope"] not in SCOPES: bad(f"scope {f['scope']}")
            if f["approx"] not in APPROX: bad(f"approx {f['approx']}")
            if not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool): bad(f"value {f['value']}")
            if not isinstance(f["delta"], bool) or not isinstance(f["cumulative"], bool): bad("delta/cumulative")
            if f["cumulative"] and f["type"] != "other": bad(f"cumulative but type {f['type']} at {s}")
            if f["delta"] and f["type"] != "other": bad(f"delta but type {f['type']} at {s}")
            if surf != surf.strip() or surf[-1] in "，,。;；、":
                bad(f"span has edge whitespace/punct {surf!r}")
            if is_table_line(text, s):
                print(f"NOTE {d['doc']} {s}: fact on a line containing '|': {surf!r}")
            by_type[f["type"]] += 1
            types_by_split[d["split"]][f["type"]] += 1
            if verbose:
                a, b = max(0, s - 12), min(len(text), e + 6)
                ctx = (text[a:s] + "[" + surf + "]" + text[e:b]).replace("\n", "⏎")
                flags = ("Δ" if f["delta"] else "") + ("Σ" if f["cumulative"] else "")
                print(f"  {s:5}-{e:<5} {f['value']!s:>10} {f['unit']!s:5} {f['approx']!s:5} {f['type']:27} {f['scope'][:4]} {f['year']} {flags:2} {f['subject']!s:18} | {ctx}")
        if missed:
            for m in NUM_RE.finditer(text):
                if any(a <= m.start() < b for a, b in covered):
                    continue
                if is_table_line(text, m.start()):
                    continue
                nxt, prv = text[m.end():m.end() + 1], text[m.start() - 1:m.start()]
                if nxt in "年月日时:：-" or prv in "-:：" or (nxt in "、)）" and prv in "\n(（"):
                    continue  # dates, times, headings
                a, b = max(0, m.start() - 10), min(len(text), m.end() + 8)
                print(f"  uncovered {d['doc']} {m.start()}: {text[a:m.start()]}[{m.group()}]{text[m.end():b]}".replace("\n", "⏎"))
    print("facts by type:", dict(sorted(by_type.items())))
    print("docs by split:", dict(by_split))
    for sp, c in sorted(types_by_split.items()):
        print(f"  {sp}: {sum(c.values())} facts;", dict(sorted(c.items())))
    train = set(types_by_split.get("train", {}))
    for sp in ("dev", "test"):
        lack = set(types_by_split.get(sp, {})) - train
        if lack:
            print(f"WARNING types in {sp} but not in train: {sorted(lack)}")
    print("problems:", problems)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
