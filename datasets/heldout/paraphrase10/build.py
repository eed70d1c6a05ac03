"""Build paraphrase set 10: ``cNN.txt`` and ``gold.jsonl`` from ``src/cNN.ann``.

Each source is the first ~2,000 bytes of one agency's annual report page as a
scraper, a PDF's text layer or a Word export gives it (chrome, title, preamble,
一、总体情况 and its sub-parts, often cut off mid-sentence) with its gold written
inline, in the format of ``datasets/gold/tools/build_written2.py``:

    @year 2021            the report year
    @scope s              default scope of its facts (s/j/u)
    @agency 某市…          the reporting agency (a real body, invented figures)
    @kind county bureau   its kind and level
    @notes decisions specific to this document
    ---
    …共受理[[23件|recv]]，其中上年结转[[2件|recv|-|bd=t3.carried_in.total]]…

A fact is ``[[span|type|subject|flags]]``: type a SCHEMA type or an
abbreviation of build_part1.ABBR; flags among ``s j u``, ``delta``, ``cum``,
``year=N``, ``bd=<field or channel:words>``, ``value=``, ``unit=``, ``approx=``.
One difference from set 9: a span may run over a line break (a PDF's hard wrap
inside a number, ``1⏎174条``), so markers are matched across lines (``MARK``
below, swapped into the shared builder only while a source is parsed); such a
span's value and unit are given by hand (``value=`` ``unit=``). The page text
is the body with every ``[[…]]`` replaced by its span, so offsets cannot
drift. The body is written byte for byte (a page on one line stays on one line).

Usage: python datasets/heldout/paraphrase10/build.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOOLS = HERE.parents[1] / "gold" / "tools"
sys.path.insert(0, str(TOOLS))
import build_written2  # noqa: E402

# every document of this set was written freely (none re-words a real excerpt)
FREE = "written freely"
# a marker may contain a line break (a hard wrap inside a number of a PDF text layer)
MARK = re.compile(r"\[\[(.+?)\]\]", re.S)


def build_one(src: Path) -> tuple[str, dict]:
    """(page text, gold row) of one source; raises ValueError on a bad source."""
    errors: list[str] = []
    shared = build_written2.MARK
    build_written2.MARK = MARK
    try:
        text, row = build_written2.parse_doc(str(src), errors)
    finally:
        build_written2.MARK = shared
    if errors:
        raise ValueError("; ".join(errors))
    # the set is the directory above src/ (paraphrase11 builds with this function too)
    row["doc"] = f"corpus:heldout/{src.parent.parent.name}/{src.stem}.txt"
    row["split"] = "select"
    agency = row["notes"].split("agency: ", 1)[1]
    row["notes"] = f"{FREE}; agency: {agency}"
    return text, row


def main(here: Path = HERE, pattern: str = "c*.ann") -> int:
    """Build the set in ``here`` from ``here/src/<pattern>`` (another set passes its own)."""
    rows = []
    for src in sorted((here / "src").glob(pattern)):
        text, row = build_one(src)
        with open(here / f"{src.stem}.txt", "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        rows.append(row)
    with open(here / "gold.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} documents, {sum(len(r['facts']) for r in rows)} facts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
