"""Digits grouped by spaces (GB/T 15835: 1 148, 18 642, 4 286.7亿): one number in
prose, never its last group alone; the cells of a row are never joined.

The plain cases (a grouping read whole, one that is no amount) are rows of the case
tables of test_quantities.py (``grouped-…``). Here: the ambiguous groupings that
read differently with and without cells, parse_quantity, and the property tests,
which render random values with random groupings, and random rows of cells,
independently of the grammar.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.quantities import find_quantities, parse_quantity

THIN = "\u2009"
NARROW = "\u202f"
NBSP = "\xa0"

Expected = list[tuple[str, int | float, str | None, str | None]]


def _surface(text: str, cells: bool = True) -> Expected:
    return [(q.text, q.value, q.unit, q.approx) for q in find_quantities(text, cells=cells)]


# (id, text, what is found with cells=True, with cells=False): ambiguous groupings
# give no number from the groups that could be one, never the last group alone.
NOT_GROUPED = [
    # other digits before the grouping: 0, 3 and 126 cells, or 0 and 3126?
    ("digits-before", "数量 0 3 126 件,", [("0", 0, None, None)], []),
    ("year-before", "情况 2023 148 件,", [("2023", 2023, None, None)], []),
    ("zero-short-head", "其中 0 148 件,", [("0", 0, None, None)], []),
    ("decimal-before", "比例 1.5 234 件,", [("1.5", 1.5, None, None)], []),
    # a cell, a tab, then the groups: a row's cells, as with a space
    (
        "cell-tab-before",
        "数量,\t7\t12 003 件",
        [("7", 7, None, None), ("12", 12, None, None)],
        [],
    ),
    # a row of a table in PDF text: a label, cells, no clause mark on the line
    (
        "row-with-unit",
        "政府集中采购 2 866.8900万元",
        [("2", 2, None, None), ("866.8900万元", 8668900, "元", None)],
        [],
    ),
    (
        "row-at-line-end",
        "本年新收 12 345\n",
        [("12", 12, None, None), ("345", 345, None, None)],
        [],
    ),
    (
        "row-before-bar",
        "合计 1 148 | 9",
        [("1", 1, None, None), ("148", 148, None, None), ("9", 9, None, None)],
        [("9", 9, None, None)],
    ),
    (
        "row-of-cells",
        "申请数量 4 0 0",
        [("4", 4, None, None), ("0", 0, None, None), ("0", 0, None, None)],
        [],  # the last cell too (test_quantities_last_cell.py)
    ),
    (
        "row-ideographic-gap",
        "合计 1 148\u3000200",
        [("1", 1, None, None), ("148", 148, None, None), ("200", 200, None, None)],
        [],
    ),
    # not groups of three in a row: cells (in a clause no amount at all, as 4 of 1 4件
    # is not: test_quantities.py NEGATIVES, grouped-…)
    (
        "row-not-grouped",
        "合计 12 4",
        [("12", 12, None, None), ("4", 4, None, None)],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "with_cells", "without_cells"),
    [c[1:] for c in NOT_GROUPED],
    ids=[c[0] for c in NOT_GROUPED],
)
def test_ambiguous_groupings(text: str, with_cells: Expected, without_cells: Expected) -> None:
    assert _surface(text) == with_cells
    assert _surface(text, cells=False) == without_cells


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("1 148 件", 1148, "件"),
        ("4 286.7亿元", 428670000000, "元"),
        ("约2 300余篇", 2300, "篇"),
        (" 12 345 ", 12345, None),
    ],
)
def test_parse_quantity_reads_a_grouped_numeral(text: str, value: int, unit: str | None) -> None:
    q = parse_quantity(text)
    assert q is not None
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text", ["0 3 126 件", "12 34 件", "1 2345 件", "012 345 件"])
def test_parse_quantity_refuses_what_is_no_grouping(text: str) -> None:
    assert parse_quantity(text) is None


def test_spans_read_the_run_from_its_start() -> None:
    # a region starting inside a grouped number reads nothing of it (its numeral
    # starts before the region), never the tail
    text = "全年公开信息2 317 条,其中网站406条。"
    tail = text.index("317")
    assert [(q.text, q.value) for q in find_quantities(text, spans=[(tail, len(text))])] == [
        ("406条", 406)
    ]
    assert [q.value for q in find_quantities(text, spans=[(0, len(text))])] == [2317, 406]


def test_a_long_row_of_cells_is_read_in_linear_time() -> None:
    # every cell is adjacent to another: the run is analysed once, not once per cell
    row = "合计 " + " ".join(["123"] * 20000) + " 件,"
    assert list(find_quantities(row)) == []


# --- properties ------------------------------------------------------------------

SEPARATORS = st.sampled_from([" ", THIN, NARROW, NBSP])
COUNTERS = st.sampled_from(["件", "条", "人次", "篇", "个", "家", "元", "份"])
BEFORE = st.sampled_from(["全年共办理", "其中", "累计发布信息", "受理 ", "发放"])
# prose: a clause mark on the line (a line without one, after a gap, is a row)
AFTER = st.sampled_from(["。", ",同比增长5%。", ";", "、", ",其中网站发布12条。"])


def _grouped(value: int, seps: list[str]) -> str:
    """``value`` written with its digits grouped by threes from the right."""
    digits = str(value)
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    groups.reverse()
    out = groups[0]
    for i, group in enumerate(groups[1:]):
        out += seps[i % len(seps)] + group
    return out


@settings(max_examples=300, deadline=None)
@given(
    # twelve digits and more are identity or account numbers, grouped or not
    value=st.integers(min_value=1000, max_value=99_999_999_999),
    seps=st.lists(SEPARATORS, min_size=1, max_size=4),
    gap=st.sampled_from(["", " "]),
    counter=COUNTERS,
    before=BEFORE,
    after=AFTER,
    yu=st.booleans(),
)
def test_a_grouped_number_reads_whole(
    value: int, seps: list[str], gap: str, counter: str, before: str, after: str, yu: bool
) -> None:
    number = _grouped(value, seps)
    text = f"{before}{number}{gap}{'余' if yu else ''}{counter}{after}"
    found = [
        q for q in find_quantities(text, cells=False) if q.number_start < len(before) + len(number)
    ]
    assert len(found) == 1
    q = found[0]
    assert q.value == value
    assert q.number_start == len(before)
    assert q.unit == counter
    assert q.approx == ("over" if yu else None)


@settings(max_examples=300, deadline=None)
@given(
    cells=st.lists(st.integers(min_value=0, max_value=99_999), min_size=2, max_size=8),
    label=st.sampled_from(["本年新收", "合计", "政府集中采购", "(一)予以公开", "行政许可"]),
    end=st.sampled_from(["", "\n", " \n", "万元", "件", "\t", " |"]),
    cells_mode=st.booleans(),
)
def test_cells_of_a_row_are_never_joined(
    cells: list[int], label: str, end: str, cells_mode: bool
) -> None:
    # a row in PDF text: label, cells joined by one space, no clause mark
    text = f"{label} {' '.join(str(c) for c in cells)}{end}"
    for q in find_quantities(text, cells=cells_mode):
        # a cell's own value (maybe folded with 万), never two cells joined
        assert q.value in cells or q.value in [c * 10_000 for c in cells]
        assert " " not in text[q.number_start : q.number_end]


@settings(max_examples=300, deadline=None)
@given(
    first=st.integers(min_value=0, max_value=9999),
    value=st.integers(min_value=1000, max_value=9_999_999),
    counter=COUNTERS,
)
def test_never_the_tail_of_a_grouping(first: int, value: int, counter: str) -> None:
    # digits before a grouped number make it ambiguous: its groups give nothing
    number = _grouped(value, [" "])
    text = f"其中 {first} {number} {counter}。"
    start = text.index(number, len(f"其中 {first}"))
    for q in find_quantities(text):
        assert q.number_start < start  # only the digits before, as a cell


def test_facts_read_grouped_numbers_and_not_a_row_of_cells() -> None:
    import govinfo_nlp

    text = (
        "2023年某县人民政府信息公开工作年度报告\n一、总体情况\n"
        "全年主动公开政府信息2 317 条,其中政府网站发布1 911 条。"
        "全年新收政府信息公开申请1 148 件。\n"
        "政府集中采购 2 866.8900万元\n"
    )
    facts = {(f.value, f.unit) for f in govinfo_nlp.parse(text).facts}
    assert {(2317, "条"), (1911, "条"), (1148, "件")} <= facts
    # never the last group alone, never two cells of the row joined
    assert not facts & {(317, "条"), (911, "条"), (148, "件"), (8668900, "元"), (28668900, "元")}


def test_a_long_line_of_labelled_runs_is_read_in_linear_time() -> None:
    # each run after a gap looks for a clause mark near it, not on the whole line
    # (no time assertion: quadratic work would make this test take minutes)
    line = "合计 1 148 件" * 50_000
    assert list(find_quantities(line, cells=False)) == []
    # a clause mark makes the runs near it amounts, not those far from it
    found = list(find_quantities(line + "。", cells=False))
    assert 0 < len(found) < 30
    assert all(q.value == 1148 for q in found)
