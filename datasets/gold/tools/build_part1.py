"""Build facts-part1.jsonl from the annotation source annotations_part1.txt.

Source format (one fact per line, fields separated by ' || '):

    @doc seeds/000_5dfa3dd5397cb6f4.txt split=test year=2020
    @notes free text for this document
    left«span»right || type || scope || subject || flags

- left/right are context copied from the document; left+span+right must occur
  exactly once (or give nth=K, 1-based). The span is what gets start/end.
- type: a SCHEMA type or an abbreviation (ABBR below); scope: s/j/u or full.
- subject: as written ('-' = null); converted to Simplified with OpenCC t2s.
- flags: delta, cum, year=N, value=X, unit=X (unit=- for null), approx=X|none, nth=K,
  bd=<field or channel:words> (adds SCHEMA §3 `breakdown`; bd=- for null)
value/unit/approx are parsed from the span unless overridden.
Lines starting with '#' are comments.
"""
from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from goldlib_part1 import KEYS, SCOPES, TYPES, parse_surface, read, t2s  # noqa: E402
from relabel_conv15 import overlay  # noqa: E402

ABBR = {
    "items": "proactive.items", "normative": "proactive.normative", "rules": "proactive.rules",
    "interp": "proactive.interpretations", "gazette": "proactive.gazette",
    "press": "proactive.press_conferences", "recv": "requests.received", "closed": "requests.closed",
    "review": "appeals.review", "suit": "appeals.suit", "corrected": "appeals.corrected",
    "tsess": "training.sessions", "tatt": "training.attendees", "media": "new_media.accounts",
    "visits": "platform.visits", "opinion": "opinion.responses", "insp": "supervision.inspections",
    "other": "other",
}
SCOPE_ABBR = {"s": "self", "j": "jurisdiction", "u": "unknown"}

HERE = os.path.dirname(os.path.abspath(__file__))


def find_all(text, needle):
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def build(src, errors):
    docs, cur, text = [], None, None
    for ln, raw in enumerate(open(src, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@doc "):
            parts = line.split()
            cur = {"doc": parts[1], "split": None, "report_year": None, "facts": []}
            for p in parts[2:]:
                k, v = p.split("=", 1)
                if k == "split":
                    cur["split"] = v
                elif k == "year":
                    cur["report_year"] = int(v)
            docs.append(cur)
            text = read(cur["doc"])
            continue
        if line.startswith("@notes "):
            cur["notes"] = (cur.get("notes", "") + " " + line[7:].strip()).strip()
            continue
        fields = [f.strip() for f in line.split(" || ")]
        fields += [""] * (5 - len(fields))
        pat, typ, scope, subject, flags = fields[:5]
        where = f"{src}:{ln}"
        if pat.count("«") != 1 or pat.count("»") != 1:
            errors.append(f"{where}: pattern needs one «span»: {pat}")
            continue
        left, rest = pat.split("«")
        span, right = rest.split("»")
        fl = {}
        for f in flags.split():
            k, _, v = f.partition("=")
            fl[k] = v if _ else True
        hits = find_all(text, left + span + right)
        nth = int(fl.get("nth", 0))
        if not hits or (len(hits) > 1 and not nth) or (nth and nth > len(hits)):
            errors.append(f"{where}: {len(hits)} matches for {left + span + right!r}")
            continue
        start = hits[nth - 1 if nth else 0] + len(left)
        end = start + len(span)
        try:
            value, unit, approx = parse_surface(span)
        except ValueError as e:
            value, unit, approx = None, None, None
            if "value" not in fl:
                errors.append(f"{where}: {e}")
        if "value" in fl:
            v = fl["value"]
            value = float(v) if "." in v else int(v)
        if "unit" in fl:
            unit = None if fl["unit"] == "-" else fl["unit"]
        if "approx" in fl:
            approx = None if fl["approx"] == "none" else fl["approx"]
        typ = ABBR.get(typ, typ)
        scope = SCOPE_ABBR.get(scope, scope)
        if typ not in TYPES:
            errors.append(f"{where}: bad type {typ}")
        if scope not in SCOPES:
            errors.append(f"{where}: bad scope {scope}")
        fact = {
            "start": start, "end": end, "value": value, "unit": unit, "approx": approx,
            "type": typ, "scope": scope,
            "year": int(fl["year"]) if "year" in fl else cur["report_year"],
            "subject": None if subject in ("", "-") else t2s(subject),
            "delta": "delta" in fl, "cumulative": "cum" in fl,
        }
        row = {k: fact[k] for k in KEYS}
        if "bd" in fl:  # SCHEMA §3 breakdown, given where a relabel decided one (session 15)
            row["breakdown"] = None if fl["bd"] == "-" else fl["bd"]
        cur["facts"].append(row)
    for d in docs:
        d["facts"].sort(key=lambda f: (f["start"], f["end"]))
        seen = set()
        for f in d["facts"]:
            if (f["start"], f["end"]) in seen:
                errors.append(f"{d['doc']}: duplicate span {f['start']}-{f['end']}")
            seen.add((f["start"], f["end"]))
    return docs


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "annotations_part1.txt")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "facts-part1.jsonl")
    errors = []
    docs = build(src, errors)
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            # session 15's relabel (C1, C10) is an overlay: edits_conv15.txt
            facts = overlay(d["doc"], d["facts"])
            rec = {"doc": d["doc"], "split": d["split"], "report_year": d["report_year"], "facts": facts}
            if d.get("notes"):
                rec["notes"] = d["notes"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {out}: {len(docs)} docs, {sum(len(d['facts']) for d in docs)} facts")


if __name__ == "__main__":
    main()
