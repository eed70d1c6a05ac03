"""Which lines of a section are table lines: the fast path is the per-line definition."""

from __future__ import annotations

from itertools import pairwise

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govinfo_nlp.facts.segments import _merge, section_tables, table_lines

_BARE = regex.compile(r"^[\s\d.|/\-+%]*\d[\s\d.|/\-+%]*$")
_PROSE_MARK = regex.compile(r"[。，,；;]")


def _reference(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """table_lines' docstring, line by line: pipe rows and bare-number rows; in a
    section with three of them, also short lines without sentence punctuation."""
    lines = []
    pos = start
    for line in text[start:end].split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    hard = [
        ln.count("|") >= 2
        or (bool(ln.strip()) and _BARE.match(ln) is not None)
        or (ln.rstrip().endswith("|") and len(ln.strip()) <= 20)
        for _, _, ln in lines
    ]
    tabular = sum(hard) >= 3
    return [
        (s, e)
        for (s, e, ln), is_hard in zip(lines, hard, strict=True)
        if is_hard
        or (tabular and len(ln.strip()) <= 20 and not _PROSE_MARK.search(ln))
        or (tabular and ln.count("|") >= 1 and len(ln) < 40)
    ]


PIECES = [
    *"0123456789 \t\u3000\r\n|.%/-+，。；申请办结件一(（",
    "全年办结申请65件。", "| 35 | 12 |", "2020", "\u4e00", "\u9fff", "\u9fff5",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.data())
@example("一、概述\n12 34\n5.6%\n7\n申请", None)
@example("申请 |\n|\n  |  \n办结", None)
def test_table_lines_is_the_line_by_line_definition(text: str, data: st.DataObject | None) -> None:
    start, end = 0, len(text)
    if data is not None:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
    assert table_lines(text, start, end) == _reference(text, start, end)


class _Section:
    def __init__(self, start: int, end: int) -> None:
        self.id, self.start, self.end = "s", start, end


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.data())
def test_section_tables_are_the_merged_table_lines(text: str, data: st.DataObject) -> None:
    # section_tables leaves out the empty lines instead of merging: table lines
    # never touch, so that is the merge
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=4)))
    bounds = [0, *cuts, len(text)]
    sections = [_Section(a, b) for a, b in pairwise(bounds)]
    assert section_tables(text, sections) == [
        _merge(table_lines(text, sec.start, sec.end)) for sec in sections
    ]
