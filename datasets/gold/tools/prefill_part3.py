"""Pre-fill the part-3 annotation source from the current pipeline's facts.

Writes one block per document in the source format of build_part1.py
(``left«span»right || type || scope || subject || flags``), flags including
``bd=<breakdown>`` for parts of a total. The annotator then reads every
document and corrects every line (this file is only a starting point); see
../README.md §7.

Usage: python prefill_part3.py r051 r178 > prefill_part3.txt
       python prefill_part3.py --show r051   (text with the facts marked)
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from govinfo_nlp.facts.extractor import FactExtractor  # noqa: E402
from govinfo_nlp.facts.pipeline import prepare  # noqa: E402

SHARED = ROOT.parent / "shared"
ABBR = {
    "proactive.items": "items",
    "proactive.normative": "normative",
    "proactive.rules": "rules",
    "proactive.interpretations": "interp",
    "proactive.gazette": "gazette",
    "proactive.press_conferences": "press",
    "requests.received": "recv",
    "requests.closed": "closed",
    "appeals.review": "review",
    "appeals.suit": "suit",
    "appeals.corrected": "corrected",
    "training.sessions": "tsess",
    "training.attendees": "tatt",
    "new_media.accounts": "media",
    "platform.visits": "visits",
    "opinion.responses": "opinion",
    "supervision.inspections": "insp",
    "other": "other",
}


def context(text: str, start: int, end: int) -> tuple[str, str, int]:
    """Shortest line-bound context that makes left+span+right unique (else nth)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for width in range(2, 30):
        left = text[max(line_start, start - width) : start]
        right = text[end : min(line_end, end + max(1, width // 3))]
        needle = left + text[start:end] + right
        if text.count(needle) == 1:
            return left, right, 0
    left = text[max(line_start, start - 10) : start]
    right = text[end : min(line_end, end + 3)]
    needle = left + text[start:end] + right
    hits = [i for i in range(len(text)) if text.startswith(needle, i)]
    return left, right, hits.index(start - len(left)) + 1


def main() -> None:
    args = sys.argv[1:]
    show = args and args[0] == "--show"
    if show:
        args = args[1:]
    lo, hi = args[0], args[-1]
    with open(SHARED / "reports" / "SOURCES.tsv", encoding="utf-8") as f:
        years = {r["file"][:-4]: r["year"] for r in csv.DictReader(f, delimiter="\t")}
    ext = FactExtractor()
    for stem in sorted(years):
        if not lo <= stem <= hi:
            continue
        doc = f"reports/{stem}.txt"
        with open(SHARED / doc, encoding="utf-8-sig", newline="") as fh:
            text = fh.read()
        year = int(years[stem]) if years[stem].isdigit() else None
        norm, sections = prepare(text)
        facts = sorted(
            ext.extract(norm, sections, report_year=year), key=lambda f: f.quantity_start
        )
        if show:
            marked, pos = [], 0
            for i, fact in enumerate(facts):
                marked.append(text[pos : fact.quantity_start])
                marked.append(f"«{text[fact.quantity_start : fact.quantity_end]}»{i}")
                pos = fact.quantity_end
            marked.append(text[pos:])
            print("".join(marked))
            continue
        print(f"@doc {doc} split=? year={year}")
        for fact in facts:
            s, e = fact.quantity_start, fact.quantity_end
            left, right, nth = context(text, s, e)
            flags = []
            if fact.year is not None and fact.year != year:
                flags.append(f"year={fact.year}")
            if nth:
                flags.append(f"nth={nth}")
            if fact.delta:
                flags.append("delta")
            if fact.cumulative:
                flags.append("cum")
            scope = fact.scope[0]
            print(
                f"{left}«{text[s:e]}»{right} || {ABBR[fact.type]} || {scope} || "
                f"{fact.subject or '-'} || {' '.join(flags)}".rstrip()
            )
        print()


if __name__ == "__main__":
    main()
