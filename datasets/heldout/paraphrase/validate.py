"""Check datasets/heldout/paraphrase/gold.jsonl against its documents.

Checks: keys and their types, split "select", SCHEMA §3 types, scopes, sorted
non-overlapping spans, value/unit/approx equal to what the surface
text[start:end] says, no span in a table line, delta/cumulative ⇒ other.
``--missed`` lists numerals in prose lines no fact covers (for the annotator:
most are dates, ordinals, document numbers), ``-v`` every fact in context.

Usage: python datasets/heldout/paraphrase/validate.py [--missed] [-v]
(datasets/heldout/paraphrase2/validate.py runs it on the second set: ``folder``.)
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from surface import parse_surface  # noqa: E402

SCHEMA_TYPES = {
    "proactive.items", "proactive.normative", "proactive.rules", "proactive.interpretations",
    "proactive.gazette", "proactive.press_conferences", "requests.received", "requests.closed",
    "appeals.review", "appeals.suit", "appeals.corrected", "training.sessions",
    "training.attendees", "new_media.accounts", "platform.visits", "opinion.responses",
    "supervision.inspections", "other",
}
KEYS = {"start", "end", "value", "unit", "approx", "type", "scope", "year", "subject",
        "delta", "cumulative", "breakdown"}
NUMERAL = re.compile(r"[0-9０-９]+|[一二两兩三四五六七八九十百千万萬]+")


def read(doc: str, folder: Path = HERE) -> str:
    assert doc.startswith(f"corpus:heldout/{folder.name}/"), doc
    path = folder / doc.rsplit("/", 1)[1]
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return fh.read()


def in_table(text: str, pos: int) -> bool:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return "|" in text[a : len(text) if b < 0 else b]


def problems(gold: Path = HERE / "gold.jsonl", folder: Path = HERE) -> list[str]:
    out = []
    for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        d = json.loads(line)
        where = f"line {n} {d.get('doc')}"
        if d.get("split") != "select":
            out.append(f"{where}: split {d.get('split')!r}")
        if not isinstance(d.get("report_year"), int):
            out.append(f"{where}: report_year {d.get('report_year')!r}")
        text = read(d["doc"], folder)
        last_end = -1
        for f in d["facts"]:
            w = f"{where} @{f.get('start')}"
            if set(f) != KEYS:
                out.append(f"{w}: keys {sorted(set(f) ^ KEYS)}")
                continue
            s, e = f["start"], f["end"]
            if not (0 <= s < e <= len(text)):
                out.append(f"{w}: bad offsets {s}-{e}")
                continue
            if s < last_end:
                out.append(f"{w}: overlaps or unsorted")
            last_end = e
            surface = text[s:e]
            unbalanced = surface[-1] in ")）" and not set("(（") & set(surface)
            if surface != surface.strip() or surface[-1] in "，。；、,.;" or unbalanced:
                out.append(f"{w}: span {surface!r} has spaces or punctuation at an edge")
            if in_table(text, s):
                out.append(f"{w}: span in a table line")
            if f["type"] not in SCHEMA_TYPES:
                out.append(f"{w}: type {f['type']!r}")
            if f["scope"] not in ("self", "jurisdiction", "unknown"):
                out.append(f"{w}: scope {f['scope']!r}")
            if not isinstance(f["year"], int):
                out.append(f"{w}: year {f['year']!r}")
            if (f["delta"] or f["cumulative"]) and f["type"] != "other":
                out.append(f"{w}: delta/cumulative fact typed {f['type']}")
            b = f["breakdown"]
            if b is not None and not re.fullmatch(r"t[34]\.[a-z_.]+|channel:.+", b):
                out.append(f"{w}: breakdown {b!r}")
            try:
                value, unit, approx = parse_surface(surface)
            except (ValueError, KeyError) as exc:
                out.append(f"{w}: {surface!r} does not parse ({exc})")
                continue
            if not math.isclose(float(value), float(f["value"]), rel_tol=1e-9):
                out.append(f"{w}: value {f['value']} but {surface!r} says {value}")
            if unit != f["unit"] or approx != f["approx"]:
                out.append(f"{w}: unit/approx {f['unit']}/{f['approx']} but {surface!r} says {unit}/{approx}")
    return out


def ctx(text: str, s: int, e: int, w: int = 14) -> str:
    return (text[max(0, s - w) : s] + "«" + text[s:e] + "»" + text[e : e + w]).replace("\n", "⏎")


def main(argv: list[str], folder: Path = HERE) -> int:
    errs = problems(folder / "gold.jsonl", folder)
    print(*errs, sep="\n")
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        text = read(d["doc"], folder)
        covered = [(f["start"], f["end"]) for f in d["facts"]]
        if "-v" in argv:
            for f in d["facts"]:
                print(d["doc"][-7:], f"{f['type']:<28} {f['scope']:<12} {f['year']}", ctx(text, f["start"], f["end"]))
        if "--missed" in argv:
            for m in NUMERAL.finditer(text):
                if in_table(text, m.start()) or any(a <= m.start() < b for a, b in covered):
                    continue
                after, before = text[m.end() : m.end() + 1], text[max(0, m.start() - 1) : m.start()]
                if after in "年月日号、.）:：-" or before in "（第-" or m.group() == "一":
                    continue  # dates, headings, articles, phone numbers, 一 as a word
                print(d["doc"][-7:], "MISSED?", ctx(text, m.start(), m.end()))
    print(f"{len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
