"""The fast reader (tables/fast.py) against the general one: the same result, or it declines.

The fast reader must never give a result the general reader would not give:
on generated reports of every layout, template, script and fault, the tables
read with it and without it are identical (values in order, checks,
warnings, unread and blank fields). It must also be taken where it is meant
to be (else the equality says nothing), and decline where the general
reader does something it does not repeat.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import FrozenInstanceError, fields
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govinfo_nlp.normalize import normalize
from govinfo_nlp.read import read
from govinfo_nlp.sections import find_sections
from govinfo_nlp.tables import Check, TablesResult, extract, parse_tables
from govinfo_nlp.tables.align import CountSlots, RowObs, Slot, row_obs
from govinfo_nlp.tables.checks import CheckDef, evaluate_all
from govinfo_nlp.tables.fast import read_items_fast, read_text_fast
from govinfo_nlp.tables.grid import items_from_html, text_layout
from govinfo_nlp.tables.model import CellColumns, CellValues, TableValue
from govinfo_nlp.tables.reading import Zones, zones

generator = pytest.importorskip(
    "govinfo_nlp_dev.synthetic.generator",
    reason="govinfo_nlp_dev/synthetic/generator.py not available",
)

SETTINGS = settings(
    max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


@contextmanager
def _general_only() -> Iterator[None]:
    """parse_tables with the fast reader declining everything: the general reader alone."""
    with (
        mock.patch.object(extract, "read_text_fast", return_value=None),
        mock.patch.object(extract, "read_items_fast", return_value=None),
    ):
        yield


def _inputs(report: Any) -> tuple[Any, dict[str, Any]]:
    """What the pipeline hands the tables stage (chrome left in: still a valid input)."""
    doc = read(report.text, format="html" if report.format == "html" else None)
    norm = normalize(doc)
    return norm, {
        "sections": find_sections(norm.text),
        "html_tables": doc.html_tables,
        "year": report.year,
    }


def _same(fast: TablesResult, general: TablesResult) -> None:
    assert fast == general
    # dict equality ignores order; the output keeps the reading order
    assert list(fast.values.items()) == list(general.values.items())


def _both(text: Any, **kw: Any) -> tuple[TablesResult, TablesResult]:
    fast = parse_tables(text, **kw)
    with _general_only():
        general = parse_tables(text, **kw)
    return fast, general


@pytest.mark.parametrize("layout", generator.LAYOUTS)
@SETTINGS
@given(
    seed=st.integers(min_value=0, max_value=10**6),
    template=st.sampled_from(["2019", "2021", None]),
    faults=st.lists(st.sampled_from(generator.FAULTS), max_size=2, unique=True),
    traditional=st.booleans(),
    chrome=st.booleans(),
)
def test_fast_reader_gives_the_general_result(
    layout: str,
    seed: int,
    template: str | None,
    faults: list[str],
    traditional: bool,
    chrome: bool,
) -> None:
    report = generator.generate_report(
        seed,
        template=template,
        layout=layout,
        faults=faults,
        chrome=chrome,
        script="traditional" if traditional else "simplified",
    )
    text, kw = _inputs(report)
    _same(*_both(text, **kw))


@pytest.mark.parametrize("layout", ["pipe", "tsv", "markdown", "pdf_text", "html"])
@pytest.mark.parametrize("template", ["2019", "2021"])
def test_fast_reader_reads_the_standard_layouts(layout: str, template: str) -> None:
    # seeds whose rendering has no blank line standing for a cell (those decline)
    taken = 0
    for seed in range(6):
        report = generator.generate_report(seed, template=template, layout=layout)
        text, kw = _inputs(report)
        if kw["html_tables"]:
            items = items_from_html(kw["html_tables"])
            observed = read_items_fast(items, zones(kw["sections"], text.to_original), report.year)
        else:
            observed = read_text_fast(
                text_layout(text.text), zones(kw["sections"], None), report.year
            )
        if observed is None:
            continue
        taken += 1
        assert observed.found
        assert observed.template == template
        fast, general = _both(text, **kw)
        _same(fast, general)
        assert fast.to_dict() == report.truth
    assert taken >= 3


T3_HEADER = (
    "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和) | 申请人情况 |\n"
    "自然人 | 法人或其他组织 | 总计 |\n"
    "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n"
)
ZEROS = " | 0" * 7 + " |"
T2 = (
    "二、主动公开政府信息情况\n"
    "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
    "规章 | 1 | 0 | 5 |\n"
    "行政规范性文件 | 2 | 1 | 9 |\n"
)


def _declines(text: str) -> None:
    """The fast reader declines ``text``, and parse_tables still reads it (the general way)."""
    assert read_text_fast(text_layout(text), Zones(), 2022) is None
    _same(*_both(text, year=2022))


def test_a_clean_table_is_read_fast() -> None:
    text = (
        T2
        + "三、收到和处理政府信息公开申请情况\n"
        + T3_HEADER
        + "一、本年新收政府信息公开申请数量"
        + ZEROS
    )
    observed = read_text_fast(text_layout(text), Zones(), 2022)
    assert observed is not None
    assert observed.template == "2021"
    assert list(observed.rows) == ["t2.rules", "t2.normative", "t3.new"]
    fast, general = _both(text, year=2022)
    _same(fast, general)
    assert fast.to_dict()["t2.normative.in_force"] == 9


def test_declines_a_row_read_twice() -> None:
    _declines(T2 + "规章 | 3 | 0 | 5 |\n")


def test_declines_a_row_only_in_the_prose() -> None:
    text = "总体情况\n规章 | 1 | 0 | 5 |\n二、主动公开政府信息情况\n正文\n"
    where = Zones((0, text.index("二、")), ("overview", "proactive"))
    assert read_text_fast(text_layout(text), where, 2022) is None


def test_declines_a_label_wrapped_over_two_lines() -> None:
    text = (
        "三、收到和处理政府信息公开申请情况\n"
        + T3_HEADER
        + "一、本年新收政府信息公开申请数量"
        + ZEROS
        + "\n5.要求行政机关确认或重\n新出具已获取信息"
        + ZEROS
        + "\n"
    )
    _declines(text)


def test_blank_lines_that_stand_for_cells_are_read_fast() -> None:
    # one cell per line, a blank line for an empty cell between values
    text = "二、主动公开政府信息情况\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n1\n\n5\n"
    assert read_text_fast(text_layout(text), Zones(), 2022) is not None
    fast, general = _both(text, year=2022)
    _same(fast, general)
    assert fast.to_dict() == {"t2.rules.issued": 1, "t2.rules.in_force": 5}
    assert fast.blank == {"t2.rules.repealed"}


@pytest.mark.parametrize("gap", ["\n|\n", "\n\n\n", "\n|\n|\n"])
def test_gaps_standing_for_cells_are_read_fast(gap: str) -> None:
    # one cell per line ending in a pipe, a lone pipe for an empty cell; one cell
    # per line with blank lines between cells, three for an empty one; pipes on
    # lines of their own between cells, two for an empty one
    cells = ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "1"]
    if gap == "\n|\n":
        body = " |\n".join(cells) + gap + "5 |\n"
    elif gap == "\n\n\n":
        body = "\n\n".join(cells) + "\n\n\n\n5\n"
    else:
        body = "\n|\n".join(cells) + gap + "5\n"
    text = "二、主动公开政府信息情况\n" + body
    assert read_text_fast(text_layout(text), Zones(), 2022) is not None
    fast, general = _both(text, year=2022)
    _same(fast, general)
    assert fast.to_dict() == {"t2.rules.issued": 1, "t2.rules.in_force": 5}
    assert fast.blank == {"t2.rules.repealed"}


def test_a_gap_cell_off_table_three_label_lines_is_read_fast_when_the_rows_are_on_a_grid() -> None:
    # table 二 in rows (so table 三's columns may come from the grid), table 三 one
    # cell per line with a blank line for an empty cell: that cell has no column, but
    # the grid is worked out and placed on table 三's label lines only, and it is on a
    # line of values (so are the generated reports' gaps after table 四: 4 % of
    # them went the general way before session 27)
    head = T2 + "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n"
    gapless = head + "1\n0\n0\n0\n0\n0\n1\n"
    assert read_text_fast(text_layout(gapless), Zones(), 2022) is not None
    text = head + "1\n0\n\n0\n0\n0\n1\n"
    assert [style for *_, style in text_layout(text).zones] == ["rows", "plain"]
    assert read_text_fast(text_layout(text), Zones(), 2022) is not None
    fast, general = _both(text, year=2022)
    _same(fast, general)
    assert fast.blank == {"t3.new.research"}


def test_declines_a_gap_cell_on_a_table_three_label_line_when_the_rows_are_on_a_grid() -> None:
    # as above, and every blank line a cell: the one before 二、上年结转… puts a gap's
    # empty cell on that label's line, where a cell's place would be taken for its column
    head = T2 + "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n"
    text = head + "1\n0\n\n0\n0\n0\n1\n\n二、上年结转政府信息公开申请数量\n" + "0\n" * 7
    layout = text_layout(text)
    assert [style for *_, style in layout.zones] == ["rows", "plain"] and layout.blank_cells
    _declines(text)


def test_a_partial_table_four_header_is_read_fast_in_the_standard_order() -> None:
    # "结果维持" cut to "结果": a header (more cells than a row has labels), not rows
    t4 = (
        "四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 行政诉讼 |\n"
        "未经复议直接起诉 | 复议后起诉 |\n"
        + "结果 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n" * 3
        + " | ".join(str(k) for k in range(15))
        + " |\n"
    )
    observed = read_text_fast(text_layout(T2 + t4), Zones(), 2022)
    assert observed is not None
    assert any(w.startswith("tables.header: table 四") for w in observed.warnings)
    fast, general = _both(T2 + t4, year=2022)
    _same(fast, general)
    assert fast.to_dict()["t4.review.corrected"] == 1


def test_declines_table_four_drawn_one_row_per_group() -> None:
    text = (
        "四、政府信息公开行政复议、行政诉讼情况\n"
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
        "行政复议 | 1 | 0 | 0 | 0 | 1 |\n"
        "未经复议直接起诉 | 0 | 0 | 0 | 0 | 0 |\n"
        "复议后起诉 | 0 | 0 | 0 | 0 | 0 |\n"
    )
    _declines(text)


def test_html_tables_are_read_fast() -> None:
    report = generator.generate_report(3, template="2021", layout="html")
    text, kw = _inputs(report)
    items = items_from_html(kw["html_tables"])
    assert read_items_fast(items, zones(kw["sections"], text.to_original), report.year) is not None
    fast, general = _both(text, **kw)
    _same(fast, general)


@pytest.mark.parametrize(
    "args",
    [("t3.new.total", 5, "5", 10, 11), ("t2.fees.amount", 1.5, "1.5万元", 3, 9, "万元", True)],
)
def test_a_cell_value_is_the_cell_the_constructor_builds(args: tuple[Any, ...]) -> None:
    # CellValues sets the slots in field order: a field added to TableValue must be set too
    field_id, value, raw, start, end, *rest = args
    unit, inferred = (*rest, None, False)[:2]
    cell = (value, raw, start, end, unit, inferred, "read", False)
    made = CellValues({field_id: cell}, lambda s, e: (s, e))[field_id]
    assert made == TableValue(*args)
    assert [getattr(made, f.name) for f in fields(TableValue)] == [
        getattr(TableValue(*args), f.name) for f in fields(TableValue)
    ]
    assert len(fields(TableValue)) == 8
    assert type(made) is TableValue
    with pytest.raises(FrozenInstanceError):
        made.value = 0  # type: ignore[misc]


_CELL = st.tuples(
    st.one_of(st.integers(0, 10**6), st.floats(0, 1e6, allow_nan=False)),
    st.text("0123456789.万元/", max_size=6),
    st.integers(0, 500),
    st.integers(0, 20),
    st.sampled_from([None, "万元"]),
    st.booleans(),
    st.sampled_from(["read", "derived"]),
    st.booleans(),
).map(lambda c: (c[0], c[1], c[2], c[2] + c[3], *c[4:]))


@SETTINGS
@given(
    cells=st.dictionaries(st.sampled_from(["t3.new.total", "t2.fees.amount", "t4.x.y"]), _CELL),
    shift=st.integers(0, 100),
)
def test_cell_values_are_the_cells_built_and_mapped_at_once(
    cells: dict[str, Any], shift: int
) -> None:
    # The tables stage maps a cell's span only when the cell is read: what is
    # read is what building every cell up front gives (spans mapped once each).
    calls: list[tuple[int, int]] = []

    def to_original(start: int, end: int) -> tuple[int, int]:
        calls.append((start, end))
        return start + shift, end + shift

    eager = {
        f: TableValue(f, v, raw, *((s + shift, e + shift) if mapped else (s, e)), unit, inf, how)
        for f, (v, raw, s, e, unit, inf, how, mapped) in cells.items()
    }
    lazy = CellValues(dict(cells), to_original)
    result = TablesResult("2021", lazy)
    assert result.to_dict() == TablesResult("2021", eager).to_dict()
    assert result.derived == TablesResult("2021", eager).derived
    assert calls == [], "neither the values nor the methods map a span"
    assert list(lazy) == list(eager) and len(lazy) == len(eager)
    assert all(f in lazy for f in eager) and "t9.none" not in lazy
    assert lazy == eager and dict(lazy.items()) == eager and result == TablesResult("2021", eager)
    assert len(calls) == sum(c[7] for c in cells.values())
    assert dict(lazy.items()) == eager, "a cell once built is kept: its span is not mapped again"
    assert len(calls) == sum(c[7] for c in cells.values())
    copy = pickle.loads(pickle.dumps(lazy))
    assert type(copy) is dict and copy == eager
    assert repr(lazy) == repr(eager)


@SETTINGS
@given(
    rows=st.lists(
        st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 500)), max_size=8), max_size=5
    ),
    cells=st.dictionaries(st.sampled_from(["t3.new.total", "t2.fees.amount", "t4.x.y"]), _CELL),
)
def test_rows_of_counts_in_columns_are_their_slots_and_cells(
    rows: list[list[tuple[int, int]]], cells: dict[str, Any]
) -> None:
    # A row of counts is kept as columns (CountSlots), and goes into the cells'
    # columns as it stands: what a tuple of its slots, and a cell a slot, give.
    columns, eager = CellColumns(), {}
    for r, row in enumerate(rows):
        fields_ = tuple(f"t3.r{r}.c{c}" for c in range(len(row)))
        starts = [0, 100 * r, 1000]  # (cells on two lines)
        lines = [1 + c % 2 for c in range(len(row))]
        found = [("value", str(n), at, at + len(str(n)), c) for c, (n, at) in enumerate(row)]
        slots = tuple(
            Slot(n, str(n), starts[k] + at, starts[k] + at + len(str(n)))
            for k, (n, at) in zip(lines, row, strict=True)
        )
        counts = CountSlots([n for n, _ in row], found, lines, starts)
        assert counts == slots and slots == counts and len(counts) == len(slots)
        assert list(counts) == list(slots) and counts[1:] == slots[1:]
        if slots:
            assert counts[-1] == slots[-1] and type(counts[0]) is Slot
        with pytest.raises(IndexError):
            counts[len(slots)]
        columns.add_counts(fields_, counts.numbers, counts.cells, lines, starts)
        eager.update({f: TableValue(f, *s[:4]) for f, s in zip(fields_, slots, strict=True)})
    for field_id, cell in cells.items():  # (cells of any kind, after the rows)
        columns.add(field_id, cell)
        eager[field_id] = TableValue(field_id, *cell[:7])
    if rows and rows[0]:  # a field added again keeps its place, with its last cell
        columns.add("t3.r0.c0", (7, "7", 1, 2, "万元", True, "read", False))
        eager["t3.r0.c0"] = TableValue("t3.r0.c0", 7, "7", 1, 2, "万元", True)
    lazy = CellValues(columns, lambda s, e: (s, e))
    assert list(lazy.items()) == list(eager.items())
    assert lazy.numbers() == {f: v.value for f, v in eager.items()}
    assert lazy.derived() == tuple(f for f, v in eager.items() if v.method == "derived")


def test_whole_number_checks_are_the_checks_the_constructor_builds() -> None:
    # evaluate_all builds its checks without the constructor (frozen.builder)
    defs = (CheckDef("a", ("x", "y"), ("z",)), CheckDef("b", ("x",), ("y",)))
    built = evaluate_all(defs, {"x": 1, "y": 2, "z": 3})
    want = (Check("a", ("x", "y", "z"), 3, 3, True), Check("b", ("x", "y"), 1, 2, False))
    assert built == want
    assert [[getattr(c, f.name) for f in fields(Check)] for c in built] == [
        [getattr(c, f.name) for f in fields(Check)] for c in want
    ]
    assert all(type(c) is Check for c in built)
    with pytest.raises(FrozenInstanceError):
        built[0].holds = False  # type: ignore[misc]


def test_row_obs_builds_the_row_the_constructor_builds() -> None:
    args = (
        "t3.new",
        ("t3.new.natural", "t3.new.total"),
        (Slot(1, "1", 5, 6), Slot(None, "", 7, 7)),
        2,
        False,
    )
    made = row_obs(*args)
    assert made == RowObs(*args)
    assert [getattr(made, f.name) for f in fields(RowObs)] == list(args)
    assert type(made) is RowObs
    with pytest.raises(FrozenInstanceError):
        made.trailing = 0  # type: ignore[misc]


def test_a_reordered_table_three_header_is_read_fast_in_its_order() -> None:
    header = T3_HEADER.replace("商业企业 | 科研机构", "科研机构 | 商业企业")
    row = "一、本年新收政府信息公开申请数量 | 1 | 2 | 3 | 0 | 0 | 0 | 6 |"
    text = T2 + "三、收到和处理政府信息公开申请情况\n" + header + row
    observed = read_text_fast(text_layout(text), Zones(), 2022)
    assert observed is not None
    assert any(w.startswith("tables.column_order") for w in observed.warnings)
    fast, general = _both(text, year=2022)
    _same(fast, general)
    assert fast.to_dict()["t3.new.research"] == 2
