"""Build a written facts set (paraphrase sets 8, 9, 10 and the sets after them):
``NN.txt`` and ``gold.jsonl`` from ``src/NN.ann``. Each set's ``build.py`` runs
:func:`build` on its folder with its source pattern.

Each source is the first part of one agency's annual report page (as a scraper,
a PDF's text layer or a Word export gives it) with its gold written inline, in
the format of ``datasets/gold/tools/build_written2.py``:

    @year 2021            the report year
    @scope s              default scope of its facts (s/j/u)
    @agency 某市…          the reporting agency (a real body or an invented one)
    @kind county bureau   its kind and level
    @notes decisions specific to this document
    ---
    …共受理[[23件|recv]]，其中上年结转[[2件|recv|-|bd=t3.carried_in.total]]…

A fact is ``[[span|type|subject|flags]]``: type a SCHEMA type or an
abbreviation of build_part1.ABBR; flags among ``s j u``, ``delta``, ``cum``,
``year=N``, ``bd=<field or channel:words>``, ``value=``, ``unit=``, ``approx=``.
The page text is the body with every ``[[…]]`` replaced by its span, so offsets
cannot drift. The body is written byte for byte (a page on one line stays on
one line).

``wraps`` (set 10 on): a span may run over a line break (a PDF's hard wrap
inside a number, ``1⏎174条``), so markers are matched across lines
(:data:`WRAPPED_MARK`, swapped into the shared builder only while a source is
parsed); such a span's value and unit are given by hand (``value=`` ``unit=``).
Sets 8 and 9 were built without it and keep it off.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[1] / "gold" / "tools"
sys.path.insert(0, str(TOOLS))
import build_written2  # noqa: E402

# every document of these sets was written freely (none re-words a real excerpt)
FREE = "written freely"
# a marker that may contain a line break (a hard wrap inside a number of a PDF text layer)
WRAPPED_MARK = re.compile(r"\[\[(.+?)\]\]", re.S)


def mark(wraps: bool) -> re.Pattern[str]:
    """The pattern of a fact marker: across lines with ``wraps``, else build_written2's."""
    return WRAPPED_MARK if wraps else build_written2.MARK


def build_one(src: Path, *, wraps: bool = False) -> tuple[str, dict]:
    """(page text, gold row) of one source; raises ValueError on a bad source."""
    errors: list[str] = []
    shared = build_written2.MARK
    build_written2.MARK = mark(wraps)
    try:
        text, row = build_written2.parse_doc(str(src), errors)
    finally:
        build_written2.MARK = shared
    if errors:
        raise ValueError("; ".join(errors))
    # the set is the directory above src/
    row["doc"] = f"corpus:heldout/{src.parent.parent.name}/{src.stem}.txt"
    row["split"] = "select"
    agency = row["notes"].split("agency: ", 1)[1]
    row["notes"] = f"{FREE}; agency: {agency}"
    return text, row


def build(here: Path, pattern: str, *, wraps: bool = False) -> int:
    """Build the set in ``here`` from ``here/src/<pattern>``: its pages and gold.jsonl."""
    rows = []
    for src in sorted((here / "src").glob(pattern)):
        text, row = build_one(src, wraps=wraps)
        with open(here / f"{src.stem}.txt", "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        rows.append(row)
    with open(here / "gold.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} documents, {sum(len(r['facts']) for r in rows)} facts")
    return 0


def for_set(
    script: str, pattern: str, *, wraps: bool = False
) -> tuple[Callable[[Path], tuple[str, dict]], Callable[[], int]]:
    """A set's ``build_one(src)`` and ``main()``: its ``build.py`` (``script``) names its
    source pattern (and ``wraps``), and the set is the folder the script is in."""
    here = Path(script).resolve().parent

    def one(src: Path) -> tuple[str, dict]:
        return build_one(src, wraps=wraps)

    def main() -> int:
        return build(here, pattern, wraps=wraps)

    return one, main
