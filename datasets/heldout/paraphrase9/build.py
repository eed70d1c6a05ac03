"""Build paraphrase set 9: ``bNN.txt`` and ``gold.jsonl`` from ``src/bNN.ann``.

Each source is the first part of one agency's annual report (1-2 KB, as a
scraper or a PDF's text layer gives it) with its gold written inline, in the
format of ``datasets/gold/tools/build_written2.py``:

    @year 2021            the report year
    @scope s              default scope of its facts (s/j/u)
    @agency 某县…          the (invented) reporting agency
    @kind county bureau   its kind and level
    @notes decisions specific to this document
    ---
    …共受理[[23件|recv|政府信息公开申请]]…

A fact is ``[[span|type|subject|flags]]``: type a SCHEMA type or an
abbreviation of build_part1.ABBR; flags among ``s j u``, ``delta``, ``cum``,
``year=N``, ``bd=<field or channel:words>``, ``value=``, ``unit=``, ``approx=``.
The page text is the body with every ``[[…]]`` replaced by its span, so
offsets cannot drift. The body is written byte for byte (a page on one line
stays on one line).

Usage: python datasets/heldout/paraphrase9/build.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOOLS = HERE.parents[1] / "gold" / "tools"
sys.path.insert(0, str(TOOLS))
from build_written2 import parse_doc  # noqa: E402

# every document of this set was written freely (none re-words a real excerpt)
FREE = "written freely"


def build_one(src: Path) -> tuple[str, dict]:
    """(page text, gold row) of one source; raises ValueError on a bad source."""
    errors: list[str] = []
    text, row = parse_doc(str(src), errors)
    if errors:
        raise ValueError("; ".join(errors))
    row["doc"] = f"corpus:heldout/paraphrase9/{src.stem}.txt"
    row["split"] = "select"
    agency = row["notes"].split("agency: ", 1)[1]
    row["notes"] = f"{FREE}; agency: {agency}"
    return text, row


def main() -> int:
    rows = []
    for src in sorted((HERE / "src").glob("b*.ann")):
        text, row = build_one(src)
        with open(HERE / f"{src.stem}.txt", "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        rows.append(row)
    with open(HERE / "gold.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} documents, {sum(len(r['facts']) for r in rows)} facts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
