"""Which lines of a section are table lines: the fast path is the per-line definition."""

from __future__ import annotations

from itertools import pairwise

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govinfo_nlp.facts.segments import _merge, section_tables, table_lines

_BARE = regex.compile(r"^[\s\d.|/\-+%]*\d[\s\d.|/\-+%]*$")
_PROSE_MARK = regex.compile(r"[。，,；;]")
# a key: value line of prose (新收申请：12件): never a cell
_KEY_VALUE = regex.compile(
    r"\s*(其中[：:]\s*)?[\u4e00-\u9fff（）()]{1,20}[：:]\s*[0-9０-９]{1,7}\s*[件条个项次人篇期场家份條個項場]"
)


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
        or (
            tabular
            and len(ln.strip()) <= 20
            and not _PROSE_MARK.search(ln)
            and not _KEY_VALUE.match(ln)
        )
        or (tabular and ln.count("|") >= 1 and len(ln) < 40)
    ]


PIECES = [
    *"0123456789 \t\u3000\r\n|.%/-+，。；：申请办结件一(（",
    "全年办结申请65件。", "| 35 | 12 |", "2020", "\u4e00", "\u9fff", "\u9fff5",
    "新收申请：12件", "其中：", "行政复议：", "1件（结果维持）",
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


# key: value lines of prose right before a table (datasets/redteam/verdicts21 v21_02,
# v21_18, v21_36): the table-span exclusion took them for cells, and no fact was read
_LABELS = st.sampled_from(
    ["新收申请", "上年结转", "办结申请", "其中：予以公开", "其中自然人", "商业企业", "行政复议",
     "本机关不掌握相关政府信息", "結轉下年度"]
)  # fmt: skip
_TABLE = "| 本年新收 | 12 | 0 | 12 |\n| 上年结转 | 0 | 0 | 0 |\n| 总计 | 12 | 0 | 12 |\n"


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            _LABELS, st.sampled_from("：:"), st.integers(0, 99999), st.sampled_from("件条个項")
        ),
        min_size=1,
        max_size=6,
    )
)
def test_key_value_lines_before_a_table_are_prose(lines: list[tuple[str, str, int, str]]) -> None:
    head = "".join(f"{label}{colon}{n}{counter}\n" for label, colon, n, counter in lines)
    text = head + _TABLE
    spans = table_lines(text, 0, len(text))
    assert all(s >= len(head) for s, _ in spans)  # no key: value line is a cell
    assert len([sp for sp in spans if sp[0] < sp[1]]) == 3  # the pipe rows still are
