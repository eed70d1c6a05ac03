"""The PDF reader's layout rules on characters placed by hand: what a page's
glyph boxes say about the table they form (no PDF needed)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("pdfplumber", reason="the pdf extra (pdfplumber) is not installed")

from govinfo_nlp.readers import pdf
from govinfo_nlp.readers.text import CELL_SEPARATOR, GridCell

SIZE = 11.0
PITCH = 14.8  # a wrapped line's top below the line above it
ROW = 33.0  # a header row's top below the row above it (the cells' padding)
NUMBER_WIDTH = 6.6


def chars(text: str, x: float, top: float, size: float = SIZE) -> list[pdf._Char]:
    out = []
    for ch in text:
        width = NUMBER_WIDTH if ch.isascii() else size
        out.append(pdf._Char(ch, x, top, x + width, top + size, size))
        x += width
    return out


def place(text: str, column: tuple[float, float], top: float, align: str) -> list[pdf._Char]:
    """``text`` in a cell spanning ``column`` (x0, x1), left-aligned or centred."""
    width = sum(NUMBER_WIDTH if ch.isascii() else SIZE for ch in text)
    x = column[0] if align == "left" else (column[0] + column[1] - width) / 2
    return chars(text, x, top)


def header_of(page: list[pdf._Char]) -> list[str] | None:
    lines = pdf._lines(page)
    found = pdf._borderless_headers(lines)
    if not found:
        return None
    ((_, pieces),) = found
    return "".join(p for p, _ in pieces).split(CELL_SEPARATOR)


# Table 四 as LibreOffice writes it without rules: 15 left-aligned columns, 结果维持
# wrapped one character a line in its narrow column, the groups spanning columns.
T4_X = [58.3, 82.1, 119.8, 157.5, 195.2, 219.1, 256.8, 294.5, 332.2, 369.9]
T4_X += [393.8, 431.5, 469.2, 506.9, 544.6]
T4_WORDS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def t4_page(shift: float = 0.0) -> list[pdf._Char]:
    page = chars("四、政府信息公开行政复议、行政诉讼情况", 56.8, 243.0, 14.0)
    page += chars("行政复议", T4_X[0], 269.2) + chars("行政诉讼", T4_X[5], 269.2)
    page += chars("未经复议直接起诉", T4_X[5], 302.4) + chars("复议后起诉", T4_X[10], 302.4)
    # characters a line: as many as the column holds
    fit = [max(1, int((b - a - 4) // SIZE)) for a, b in zip(T4_X, [*T4_X[1:], 570.0])]
    for k, word in enumerate(T4_WORDS):
        for base, first in ((0, 302.4 if k == 0 else 317.2), (5, 332.1), (10, 332.1)):
            top, w = first, fit[base + k]
            for n in range(0, len(word), w):
                x = T4_X[base + k] + (shift if base + k == 2 else 0)
                page += chars(word[n : n + w], x, top)
                top += PITCH
    for x in T4_X:
        page += chars("0", x, 380.1)
    return page


def test_a_borderless_header_is_read_column_by_column() -> None:
    assert header_of(t4_page()) == [
        "行政复议",
        *T4_WORDS,
        "行政诉讼",
        "未经复议直接起诉",
        *T4_WORDS,
        "复议后起诉",
        *T4_WORDS,
    ]


def test_a_header_cell_off_its_column_leaves_the_lines_as_they_are() -> None:
    # 其他结果 2 points right of its numbers: which column it heads is not proven
    assert header_of(t4_page(shift=2.0)) is None


def test_a_column_without_a_header_cell_leaves_the_lines_as_they_are() -> None:
    page = [c for c in t4_page() if not (c.x0 == T4_X[4] and 300 < c.top < 360)]
    assert header_of(page) is None


def test_prose_above_a_line_of_numbers_is_not_a_header() -> None:
    page = chars("本年度共收到申请三件，均已按期答复，无行政复议和行政诉讼。", 58.3, 100.0)
    page += [c for x in T4_X[:5] for c in chars("3", x, 120.0)]
    assert header_of(page) is None


@settings(max_examples=60, deadline=None)
@given(
    widths=st.lists(st.integers(1, 5), min_size=3, max_size=8),
    words=st.lists(
        st.text("收到办理公开结果维持纠正其他申请总计", min_size=1, max_size=7), min_size=8
    ),
    align=st.sampled_from(["left", "centre"]),
    stub=st.booleans(),
)
def test_any_aligned_header_is_read_in_column_order(
    widths: list[int], words: list[str], align: str, stub: bool
) -> None:
    """Columns of any width, each headed by one word wrapped to its width, numbers
    aligned as the header: the header comes back as the stub, then the words in
    column order."""
    x, columns = 200.0 if stub else 58.0, []
    for w in widths:
        columns.append((x, x + w * SIZE))
        x += w * SIZE + 6.0
    page = chars("项目说明", 58.0, 100.0) if stub else []
    for (x0, x1), word, w in zip(columns, words, widths, strict=False):
        top = 100.0
        for n in range(0, len(word), w):
            page += place(word[n : n + w], (x0, x1), top, align)
            top += PITCH
    bottom = 100.0 + PITCH * max(-(-len(word) // w) for word, w in zip(words, widths)) + ROW
    page += chars("一、本年新收申请", 58.0, bottom) if stub else []
    for k, col in enumerate(columns):
        page += place(str(k), col, bottom, align)
    assert header_of(page) == (["项目说明"] if stub else []) + words[: len(widths)]


def test_a_heading_above_the_stub_stays_a_line_of_its_own() -> None:
    # the heading ends left of the columns, where the stub's header is: it is not the stub's
    columns = [(200.0, 233.0), (239.0, 272.0), (278.0, 311.0)]
    page = chars("三、收到申请情况", 58.0, 60.0)
    page += chars("项目", 58.0, 100.0)
    for col, word in zip(columns, ["自然人", "法人", "总计"], strict=True):
        page += place(word, col, 100.0, "left")
    page += chars("一、本年新收申请", 58.0, 140.0)
    for k, col in enumerate(columns):
        page += place(str(k), col, 140.0, "left")
    assert header_of(page) == ["项目", "自然人", "法人", "总计"]


@pytest.mark.parametrize(
    ("gap", "text"),
    [(0.0, "公开指南清新区"), (5.0, "公开指南清新区"), (40.0, "公开指南 清新区")],
    ids=["set-close", "justified", "set-apart"],
)
def test_chinese_text_set_apart_on_one_line_keeps_a_space(gap: float, text: str) -> None:
    # a printed web page: the sidebar's last link beside the article's title
    line = chars("公开指南", 40.0, 100.0)
    line += chars("清新区", line[-1].x1 + gap, 100.0)
    assert "".join(p for p, _ in pdf._pieces(line)) == text


def test_short_cells_over_a_blank_middle_are_not_two_columns_of_prose() -> None:
    # table 二's sub-tables without rules: 信息内容 beside 本年处理决定数量, three times
    lines = []
    for top in (100.0, 150.0, 200.0):
        lines.append(chars("信息内容", 100.0, top) + chars("本年处理决定数量", 320.0, top))
        lines.append(chars("行政许可", 100.0, top + PITCH) + chars("0", 360.0, top + PITCH))
    assert pdf._gutter(lines, 100.0, 408.0) is None
    # two columns of prose are: lines of eight characters and more each side
    prose = [
        chars("本机关认真贯彻落实条例", 100.0, t) + chars("全年主动公开政府信息", 320.0, t)
        for t in (100.0, 115.0, 130.0)
    ]
    assert pdf._gutter(prose, 100.0, 430.0) is not None


def _ruled(
    rows: list[list[str]], columns: tuple[float, ...] = (50.0, 200.0, 300.0, 400.0)
) -> pdf._Table:
    """A ruled table whose cells span one column each, the first one of each row the
    columns left over (a label cell over a group's column and its row's)."""
    cells, starts = [], []
    for row in rows:
        first = len(columns) - len(row)
        cells.append(
            [(GridCell(row[0], 1, first), [(row[0], None)])]
            + [(GridCell(text), [(text, None)]) for text in row[1:]]
        )
        starts.append([0, *range(first, len(columns) - 1)])
    return pdf._Table(0.0, 10.0, columns, cells, starts)


def _line(text: str) -> list[pdf.Piece]:
    return [(text, None)]


@pytest.mark.parametrize(
    ("footer", "header", "joined"),
    [
        ("— 1 —", "泰州市人民政府办公室 2021年1月27日", True),
        ("第 1 页 共 2 页", "", True),
        ("", "续表说明：本表接上页", False),  # a line that is neither: two tables
    ],
    ids=["page-number-and-running-header", "page-of-pages", "a-caption-between"],
)
def test_a_table_continued_under_page_furniture_is_joined(
    footer: str, header: str, joined: bool
) -> None:
    head = [["项目", "自然人", "总计"]]
    page1: list[tuple[float, list[pdf.Piece] | pdf._Table]] = []
    page2: list[tuple[float, list[pdf.Piece] | pdf._Table]] = []
    if header.startswith("续表"):  # a caption over the second table only
        page2.append((10.0, _line(header)))
    elif header:  # a running header: on every page
        page1.append((10.0, _line(header.replace("27", "26"))))
        page2.append((10.0, _line(header)))
    page1.append((50.0, _ruled([*head, ["一、本年新收", "3", "3"]])))
    page2.append((50.0, _ruled([*head, ["二、上年结转", "1", "1"]])))
    if footer:
        page1.append((800.0, _line(footer)))
        page2.append((800.0, _line(footer.replace("1", "2", 1))))
    pages = [pdf._PageContent(1, "pdfplumber", 600, 842, page1)]
    pages.append(pdf._PageContent(2, "pdfplumber", 600, 842, page2))
    pdf._continue_tables(pages)
    rest = next(b for _, b in page2 if isinstance(b, pdf._Table))
    assert rest.continues is joined
    # the repeated header row is dropped only from a table joined to the one before
    assert len(rest.rows) == (1 if joined else 2)


# Table 三 of a searchable scan: its rules only in the picture, the invisible text
# layer's labels wrapped in their narrow cells, the numbers on each row's first line.
GROUP_X, LABEL_X, NUMBERS_X = 127.5, 171.3, 288.0
LABEL_PITCH = 13.7


def scan_rows(rows: list[tuple[str, str, list[str]]], top: float = 80.0) -> list[pdf._Char]:
    """Lines ``(group cell's text, label cell's text, numbers)``; a line without
    numbers is the wrapped rest of the cells above."""
    page: list[pdf._Char] = []
    for k, (group, label, numbers) in enumerate(rows):
        y = top + k * LABEL_PITCH
        page += chars(group, GROUP_X, y) + chars(label, LABEL_X, y)
        for j, n in enumerate(numbers):
            page += chars(n, NUMBERS_X + 37.0 * j, y)
    return page


def scan_text(page: list[pdf._Char]) -> list[str]:
    blocks = pdf._layout(page, [])
    return ["".join(p for p, _ in block) for _, block in blocks if isinstance(block, list)]


def test_a_row_label_wrapped_over_lines_is_joined_when_it_then_names_a_row() -> None:
    zeros = ["0"] * 7
    page = scan_rows(
        [
            ("（三）", "1.属于国家秘密", zeros),
            ("不予公", "2.其他法律行政法规禁", zeros),
            ("开", "止公开", []),
            ("（六）", "1.申请人无正当理由逾", ["1", *zeros[1:]]),
            ("其他处", "期不补正、行政机关不", []),
            ("理", "再处理其政府信息公开", []),
            ("", "申请", []),
            ("", "3.其他", zeros),
        ]
    )
    assert scan_text(page) == [
        "（三） 1.属于国家秘密 0 0 0 0 0 0 0",
        "不予公开 2.其他法律行政法规禁止公开 0 0 0 0 0 0 0",
        "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 "
        "1 0 0 0 0 0 0",
        "3.其他 0 0 0 0 0 0 0",
    ]


def test_a_whole_row_label_keeps_the_lines_below_it() -> None:
    # 3.其他 names a row: the line below may be the next row's label, set above its
    # numbers (cells centred in height), and is not joined to it
    zeros = ["0"] * 7
    page = scan_rows([("", "3.其他", zeros), ("", "申请人逾期未按收费", []), ("", "通知", zeros)])
    assert scan_text(page) == ["3.其他 0 0 0 0 0 0 0", "申请人逾期未按收费", "通知 0 0 0 0 0 0 0"]


def test_a_line_below_a_row_that_names_no_row_even_joined_is_left_alone() -> None:
    zeros = ["0"] * 7
    page = scan_rows([("", "本年度新增栏", zeros), ("", "目说明", [])])
    assert scan_text(page) == ["本年度新增栏 0 0 0 0 0 0 0", "目说明"]


def test_a_table_continued_with_its_group_column_left_out_is_joined_on_one_grid() -> None:
    # page 1: the rows of group 三 (its label's column, then the rows' labels); page 2:
    # a row across both label columns, its page drawn without the group's column line
    page1 = _ruled(
        [["", "自然人", "总计"], ["三、本年度办理结果", "（一）予以公开", "3", "3"]],
        (50.0, 120.0, 200.0, 300.0, 400.0),
    )
    page2 = _ruled([["四、结转下年度继续办理", "1", "1"]], (50.0, 200.0, 300.0, 400.0))
    pages = [
        pdf._PageContent(1, "pdfplumber", 600, 842, [(50.0, page1)]),
        pdf._PageContent(2, "pdfplumber", 600, 842, [(50.0, page2)]),
    ]
    pdf._continue_tables(pages)
    assert page2.continues and page2.columns == page1.columns
    ((label, _), (one, _), (total, _)) = page2.rows[0]
    assert (label.text, label.colspan, one.colspan, total.colspan) == (
        "四、结转下年度继续办理",
        2,
        1,
        1,
    )
    # a table whose last column differs is another table
    other = _ruled([["行政复议", "1", "1"]], (50.0, 200.0, 250.0, 400.0))
    pages[1] = pdf._PageContent(2, "pdfplumber", 600, 842, [(50.0, other)])
    pdf._continue_tables(pages)
    assert not other.continues
