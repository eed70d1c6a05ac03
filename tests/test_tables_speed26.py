"""Session 26's one-pass tests over a table's cells give what the per-cell tests gave.

Each looks at all the cells' texts at once, joined by NULs (no space, in no word
looked for, left alone by NFKC and by the ideograph map), where a Python loop
looked at each cell in turn: a cell holding a NUL, a space or a character the
maps change is what the strategies below are made of.
"""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from govinfo_nlp.read import HtmlCell, HtmlTable, unified_table
from govinfo_nlp.readers.ideographs import unify
from govinfo_nlp.readers.serial import (
    _compact,
    _headers,
    _is_serial,
    _placed,
    _without,
    drop_serial_columns,
)
from govinfo_nlp.tables.extract import _T2_ANCHOR, _opens_t2

PIECES = st.sampled_from(
    [
        "",
        " ",
        "\u3000",
        "\0",
        "\x1c",
        "信息",
        "内容",
        "信息内容",
        "第二十",
        "条",
        "第二十條",
        "序",
        "号",
        "序号",
        "序號",
        "编号",
        "\u2f00",  # ⼀ (a Kangxi radical unify maps)
        "\uf98e",  # 年 (a compatibility ideograph)
        "\uff11",  # full-width 1 (NFKC: 1)
        "\u0301",  # a combining mark (NFKC composes it with what is before)
        "e",
        "1",
        "12",
        "年",
    ]
)
TEXTS = st.lists(PIECES, max_size=5).map("".join)
TABLES = st.lists(st.lists(TEXTS, min_size=1, max_size=4), min_size=1, max_size=4).map(
    lambda rows: HtmlTable(
        tuple(tuple(HtmlCell(t, 1, 1, 0, 0) for t in row) for row in rows), 0, 1, None
    )
)


def _cells(table: HtmlTable) -> list[str]:
    return [c.text for row in table.rows for c in row]


@settings(max_examples=600, deadline=None)
@given(TABLES)
@example(HtmlTable(((HtmlCell("信息\0内容", 1, 1, 0, 0),),), 0, 1, None))
@example(HtmlTable(((HtmlCell("信息 内容", 1, 1, 0, 0),),), 0, 1, None))
def test_opens_t2_is_any_cell(table: HtmlTable) -> None:
    expected = any(_T2_ANCHOR.search("".join(t.split())) for t in _cells(table))
    assert _opens_t2(table) == expected


@settings(max_examples=600, deadline=None)
@given(TABLES)
def test_unified_table_is_each_cell_unified(table: HtmlTable) -> None:
    got = unified_table(table)
    assert _cells(got) == [unify(t) for t in _cells(table)]
    if all(unify(t) == t for t in _cells(table)):
        assert got is table


@settings(max_examples=600, deadline=None)
@given(TABLES)
@example(HtmlTable(((HtmlCell("序号\0", 1, 1, 0, 0), HtmlCell("1", 1, 1, 0, 0)),), 0, 1, None))
@example(HtmlTable(((HtmlCell("序\u3000号", 1, 1, 0, 0),),), 0, 1, None))
@example(
    HtmlTable(
        (
            (HtmlCell("序\u3000号", 1, 1, 0, 0), HtmlCell("x", 1, 1, 0, 0)),
            (HtmlCell("1", 1, 1, 0, 0), HtmlCell("y", 1, 1, 0, 0)),
            (HtmlCell("2", 1, 1, 0, 0), HtmlCell("z", 1, 1, 0, 0)),
        ),
        0,
        1,
        None,
    )
)
def test_serial_shortcut_is_any_cell(table: HtmlTable) -> None:
    """A table no cell of which is a serial header is itself; one with such a cell is
    what drop_serial_columns always made of it (the joined test never misses one)."""
    named = any(_compact(t) in _headers() for t in _cells(table))
    got = drop_serial_columns(table)
    if not named:
        assert got is table
        return
    # what the function did after its per-cell test
    placed = _placed(table)
    columns = {c for row in placed for c, cell in row if _compact(cell.text) in _headers()}
    for col in sorted(columns, reverse=True):
        if _is_serial(placed, col):
            placed = _without(placed, col)
    assert _cells(got) == [cell.text for row in placed for _, cell in row]


def test_nfkc_keeps_a_nul_and_composes_nothing_across_it() -> None:
    """The joined tests rest on NFKC(a + NUL + b) == NFKC(a) + NUL + NFKC(b)."""
    for a, b in [("e", "\u0301"), ("\uff11", "\u0301x"), ("\u1100", "\u1161"), ("", "")]:
        joined = unicodedata.normalize("NFKC", a + "\0" + b)
        assert joined == unicodedata.normalize("NFKC", a) + "\0" + unicodedata.normalize("NFKC", b)


TAGS = st.sampled_from(["td", "th", "a", "div", "span", "table", "p"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(TAGS, st.booleans()), max_size=12), TAGS)
def test_outline_leaf_is_start_then_end(opened: list[tuple[str, bool]], tag: str) -> None:
    """Outline.leaf(tag, s, e) leaves the outline as start_tag then end_tag did, after
    any open elements (some closed again)."""
    from govinfo_nlp.readers.page import Outline

    a, b = Outline(100), Outline(100)
    for k, (t, close) in enumerate(opened):
        for o in (a, b):
            o.start_tag(t, k)
            if close:
                o.end_tag(t, k)
    a.start_tag(tag, 50)
    a.end_tag(tag, 60)
    b.leaf(tag, 50, 60)
    assert (a.open, a.done, a.links, a.link_start) == (b.open, b.done, b.links, b.link_start)
    assert a.finish() == b.finish()


ATTRS = st.lists(
    st.tuples(
        st.sampled_from(["rowspan", "colspan", "style", "class"]),
        st.sampled_from([None, "", "2", " 3", "x", "0", "2000"]),
    ),
    max_size=4,
)


@given(ATTRS)
def test_spans_are_each_span(attrs: list[tuple[str, str | None]]) -> None:
    from govinfo_nlp.read import _span, _spans

    assert _spans(attrs) == (_span(attrs, "rowspan"), _span(attrs, "colspan"))


SPANNED = st.lists(
    st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), min_size=0, max_size=4),
    min_size=0,
    max_size=5,
).map(
    lambda rows: HtmlTable(
        tuple(tuple(HtmlCell("x", r, c, 0, 0) for r, c in row) for row in rows), 0, 1, None
    )
)


@given(SPANNED)
@example(HtmlTable(((HtmlCell("x", 1, 2, 0, 0), HtmlCell("x", 1, 1, 0, 0)),), 0, 1, None))
def test_grid_cells_is_the_clipped_sum(table: HtmlTable) -> None:
    from govinfo_nlp.read import grid_cells

    n = len(table.rows)
    assert grid_cells(table) == sum(
        min(c.rowspan, n - r) * c.colspan for r, row in enumerate(table.rows) for c in row
    )
