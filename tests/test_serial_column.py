"""A 序号 column (row ordinals) is left out of the grid only when it is proven one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_nlp import parse
from govinfo_nlp.read import HtmlCell, HtmlTable
from govinfo_nlp.readers.serial import drop_serial_columns


def table(*rows: tuple[str | tuple[str, int, int], ...]) -> HtmlTable:
    """Rows of cells: text, or (text, rowspan, colspan)."""
    out = []
    for row in rows:
        cells = []
        for c in row:
            text, rowspan, colspan = (c, 1, 1) if isinstance(c, str) else c
            cells.append(HtmlCell(text, rowspan, colspan, 0, 0))
        out.append(tuple(cells))
    return HtmlTable(tuple(out), 0, 0)


def texts(t: HtmlTable) -> list[list[str]]:
    return [[c.text for c in row] for row in t.rows]


# Table 二 as WPS numbers it: the ordinals run on across its sub-tables.
T2 = table(
    (("第二十条第（一）项", 1, 5),),
    ("序号", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
    ("1", "规章", "/", "5", "1"),
    ("2", "行政规范性文件", "8", "2", "29"),
    (("第二十条第（五）项", 1, 3),),
    ("序号", "信息内容", "本年处理决定数量"),
    ("3", "行政许可", "332"),
)


def test_the_ordinal_column_of_table_two_is_dropped() -> None:
    assert texts(drop_serial_columns(T2)) == [
        ["第二十条第（一）项"],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", "/", "5", "1"],
        ["行政规范性文件", "8", "2", "29"],
        ["第二十条第（五）项"],
        ["信息内容", "本年处理决定数量"],
        ["行政许可", "332"],
    ]
    assert [c.colspan for c in drop_serial_columns(T2).rows[0]] == [4]


def test_an_ordinal_header_spanning_rows_and_ordinals_restarting_under_a_repeated_header() -> None:
    t = table(
        (("序號", 2, 1), ("項目", 2, 1), ("申請人情況", 1, 2)),
        ("自然人", "總計"),
        ("1", "本年新收", "12", "12"),
        ("２", "上年結轉", "0", "0"),
        ("序號", "項目", "自然人", "總計"),
        ("1", "予以公開", "5", "5"),
    )
    assert texts(drop_serial_columns(t)) == [
        ["項目", "申請人情況"],
        ["自然人", "總計"],
        ["本年新收", "12", "12"],
        ["上年結轉", "0", "0"],
        ["項目", "自然人", "總計"],
        ["予以公開", "5", "5"],
    ]


@pytest.mark.parametrize(
    "rows",
    [
        # no header names the column: its numbers may be counts
        (("项目", "数量", "总计"), ("1", "许可", "3"), ("2", "处罚", "4")),
        # ordinals that skip: not proven to be ordinals
        (("序号", "项目", "数量"), ("1", "许可", "3"), ("3", "处罚", "4")),
        # one ordinal only
        (("序号", "项目", "数量"), ("1", "许可", "3")),
        # a word in the column
        (("序号", "项目", "数量"), ("1", "许可", "3"), ("合计", "", "3")),
        # the count column is headed 编号 but holds counts (not 1, 2, …)
        (("项目", "编号"), ("许可", "12"), ("处罚", "13")),
    ],
    ids=["unnamed", "skipping", "one", "word", "counts"],
)
def test_a_column_not_proven_ordinal_is_kept(rows: tuple[tuple[str, ...], ...]) -> None:
    t = table(*rows)
    assert drop_serial_columns(t) is t


@given(n=st.integers(2, 30), width=st.integers(1, 6), restart=st.booleans())
def test_only_the_ordinal_column_goes(n: int, width: int, restart: bool) -> None:
    """Any table with a 序号 column of 1..n: the same table without it, every value
    cell kept in order."""
    rows = [("序号", "项目", *[f"列{k}" for k in range(width)])]
    for i in range(1, n + 1):
        if restart and i == n // 2 + 1:
            rows.append(("序号", "项目", *[f"列{k}" for k in range(width)]))
        ordinal = i - n // 2 if restart and i > n // 2 else i
        rows.append((str(ordinal), f"第{i}行", *[str(i * 10 + k) for k in range(width)]))
    assert texts(drop_serial_columns(table(*rows))) == [list(r[1:]) for r in rows]


def test_a_page_whose_table_two_numbers_its_rows_is_read_without_a_shift() -> None:
    rows = "".join(
        f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>"
        for r in (
            ("序号", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
            ("1", "规章", "/", "5", "1"),
            ("2", "行政规范性文件", "8", "2", "29"),
        )
    )
    page = f"<html><body><h2>二、主动公开政府信息情况</h2><table>{rows}</table></body></html>"
    values = {k: v.value for k, v in parse(page).tables.values.items()}
    assert values["t2.rules.repealed"] == 5 and values["t2.rules.in_force"] == 1
    assert values["t2.normative.issued"] == 8 and "t2.rules.issued" not in values


_ZH = [
    "一",
    "二",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
    "十一",
    "十二",
    "十三",
    "十四",
    "十五",
    "十六",
    "十七",
    "十八",
    "十九",
    "二十",
]


@given(n=st.integers(2, 20), width=st.integers(1, 4))
def test_ordinals_in_chinese_numerals_go_too(n: int, width: int) -> None:
    # session 27 (session 26 leftover): a 序号 column written 一, 二, 三 stayed in the grid
    rows = [("序号", "项目", *[f"列{k}" for k in range(width)])]
    rows += [(_ZH[i], f"第{i}行", *[str(i * 10 + k) for k in range(width)]) for i in range(n)]
    assert texts(drop_serial_columns(table(*rows))) == [list(r[1:]) for r in rows]


@pytest.mark.parametrize(
    "column",
    [("二〇", "二一"), ("三五", "三六"), ("一", "三"), ("百", "百一")],
    ids=["year-digits", "digit-runs", "skipping", "bare-hundred"],
)
def test_numerals_that_are_no_ordinals_keep_the_column(column: tuple[str, str]) -> None:
    t = table(("序号", "项目", "数量"), (column[0], "许可", "3"), (column[1], "处罚", "4"))
    assert drop_serial_columns(t) is t
