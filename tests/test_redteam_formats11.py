"""The eleventh blind format red team (datasets/redteam/formats11, made by its build.sh).

Built and its truth written before the readers were read; its first reading
(README, first_reading.txt) is the evidence. No file may give a wrong cell, a
wrong agency or year, or an unexpected error (``test_nothing_wrong``); the files
read completely are pinned (``test_every_cell``), the others are strict xfails
naming the defect. Then the fixes the set led to, each with a test that fails on
the code before it.
"""

from __future__ import annotations

import base64
from typing import Any

import pytest
from formats_redteam import BlindSet

# file -> why it is not read completely now
LIMITS: dict[str, str] = {
    "o04_html_zero_size_parent_sized_children.html": "children sized by a class rule inside "
    "a zero-size parent: those cells unread",
    "o11_pdf_text_layer_under_newer_picture.pdf": "table 三 only in a picture over a draft's "
    "text: unread (no OCR here)",
}


BLIND = BlindSet("formats11", LIMITS, folders=["o16_html_complete_external_css_files"])
test_the_corpus_is_there, test_nothing_wrong, test_every_cell = BLIND.tests()


def _cells(page: str, fast: bool = True, css: str = "") -> list[list[str]]:
    from govinfo_nlp.read import _render_html

    _, _, tables, _ = _render_html(page, fast=fast, css=css)
    return [[c.text for c in row] for row in tables[0].rows]


# --- HTML: anti-copy junk hidden by colour and other CSS (o01, o02) -----------------------


@pytest.mark.parametrize("fast", [True, False])
def test_junk_hidden_by_colour_or_other_css_is_not_read(fast: bool) -> None:
    # o01, o02: junk digits inside numbers that a browser does not draw were read as
    # digits (112 as 12182, 1797 as 14797: 215 cells WRONG)
    css = "<style>body,td{background:#fff} .w{color:#FFF} td i{display:none} [data-x]{display:none} td .q{display:none} p .r{display:none}</style>"
    cells = [
        '1<span style="color:#fff">7</span>2',
        '3<font color="white">9</font>4',
        '5<span style="color:transparent">1</span>6',
        '7<span style="color: rgba(0, 0, 0, 0)">2</span>8',
        '1<span class="w">4</span>1',
        '2<span style="visibility:hidden;position:absolute">5</span>3',
        '4<span style="opacity:0;position:absolute">6</span>4',
        '6<span style="position:absolute;left:-9999px">3</span>6',
        '8<span style="position:absolute;clip:rect(0 0 0 0)">1</span>8',
        '9<span style="display:inline-block;width:0;overflow:hidden">2</span>9',
        "1<i>7</i>0",
        '2<b data-x="1">8</b>0',
        '3<em class="q">9</em>0',
        '4<em class="r">1</em>0',  # p .r: not certain inside a cell: unread (session 28)
        '5<span style="opacity:0.5">1</span>0',  # half opaque: shown
        '6<span style="position:absolute">1</span>0',  # placed, not off the page: shown
    ]
    page = css + "<table><tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr></table>"
    assert _cells(page, fast)[0] == [
        "12", "34", "56", "78", "11", "23", "44", "66", "88", "99", "10", "20", "30",
        "?", "510", "610",
    ]  # fmt: skip


@pytest.mark.parametrize("fast", [True, False])
def test_white_text_on_a_page_with_a_coloured_background_is_read(fast: bool) -> None:
    # white text is hidden only where every background is white: on a dark cell it shows
    page = (
        '<table><tr><td style="background:#1e5799">1<span style="color:#fff">2</span></td>'
        "<td>3</td></tr></table>"
    )
    assert _cells(page, fast)[0] == ["12", "3"]


@pytest.mark.parametrize("fast", [True, False])
def test_a_collapsed_row_is_not_read(fast: bool) -> None:
    # o06: table 四's row of last year's values hidden by visibility:collapse was unread
    # with the table (and read, it would be taken for this year's)
    page = (
        "<table><tr><td>结果维持</td><td>总计</td></tr>"
        '<tr style="visibility:collapse"><td>9</td><td>9</td></tr>'
        "<tr><td>1</td><td>1</td></tr></table>"
    )
    assert _cells(page, fast) == [["结果维持", "总计"], ["1", "1"]]


# --- HTML: what the markup's text does not show (o03, o04) --------------------------------


@pytest.mark.parametrize("fast", [True, False])
def test_a_cell_with_a_digit_drawn_by_the_stylesheet_is_unread(fast: bool) -> None:
    # o03: .g3::before{content:"3"} on an empty span: 3374 read as 334 (16 cells WRONG)
    # an empty element of one class that draws a string or an attribute is read as drawn;
    # anything else that draws a digit leaves its cell unread ("?")
    css = (
        '<style>.g3::before{content:"3"} .av::after{content:attr(data-v)} .ic::before{content:"★"}'
        " .n::before{content:counter(x)} .d1::before{content:'1'} .d1::after{content:'0'}"
        ' .t7::before{content:"7"} p .t7::before{content:"8"}</style>'
    )
    cells = [
        '33<span class="g3"></span>4',
        '<span class="av" data-v="5"></span>',
        '<span class="ic"></span>12',  # a decoration without a digit: read
        '<span class="d1"></span>',  # before and after: 10
        '2<span class="g3">1</span>',  # text inside: not followed
        '<span class="n"></span>',  # a counter: not known
        '<span class="g3 d1"></span>',  # two classes that draw: not known
        '<span class="t7"></span>',  # another rule draws it elsewhere: not certain
        "行政许可",
    ]
    page = css + "<table><tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr></table>"
    assert _cells(page, fast)[0] == ["3334", "5", "12", "10", "?", "?", "?", "?", "行政许可"]


@pytest.mark.parametrize("fast", [True, False])
def test_text_shown_again_inside_a_zero_size_parent_leaves_the_cell_unread(fast: bool) -> None:
    # o04: junk digits as a zero-size parent's text, the real ones in children sized
    # again: .zz b{font-size:9pt} sizes the <b>s, not .zz, which was taken as shown
    # (2420 for 40); an inline zero size dropped the sized children with the junk
    css = "<style>.zz{font-size:0} .zz b{font-size:9pt}</style>"
    cells = [
        '<span class="zz">2<b>4</b>4<b>0</b></span>',  # sized by a rule: not followed
        '1<span style="font-size:0">7<span style="font-size:12px">2</span></span>',
        '<div style="font-size:0px">9<span style="font-size:9pt">4</span>6</div>',
        '3<span style="font-size:0">5<span style="font-size:1em">4</span></span>',  # 1em of 0
        '8<span style="font-size:0">6</span>',  # nothing shown again: read without the junk
        '<span style="font-size:0">1<span style="font-size:12px">2<i>3</i></span></span>',
    ]
    page = css + "<table><tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr></table>"
    assert _cells(page, fast)[0] == ["?", "12", "4", "?", "8", "?"]


# --- HTML: right-to-left tables (o05) ----------------------------------------------------


@pytest.mark.parametrize("fast", [True, False])
def test_a_right_to_left_table_is_read_as_drawn(fast: bool) -> None:
    # o05: cells written in reverse in a dir=rtl table look as the template's; read in
    # markup order every column was mirrored (总计 as 自然人: 77 cells WRONG)
    page = (
        '<table dir="rtl"><tr><td colspan="2">申请人情况</td><td rowspan="2">项目</td></tr>'
        "<tr><td>总计</td><td>自然人</td></tr>"
        "<tr><td>5</td><td>3</td><td>新收</td></tr></table>"
    )
    assert _cells(page, fast) == [["项目", "申请人情况"], ["自然人", "总计"], ["新收", "3", "5"]]
    styled = page.replace('dir="rtl"', 'style="direction: rtl"')
    assert _cells(styled, fast)[2] == ["新收", "3", "5"]


def test_a_right_to_left_table_whose_cells_would_move_is_not_read() -> None:
    from govinfo_nlp.readers.mirror import mirrored
    from govinfo_nlp.readers.text import GridCell

    full = [[GridCell("b"), GridCell("a")], [GridCell("2"), GridCell("1")]]
    assert [[c.text for c in r] for r in mirrored(full)] == [["a", "b"], ["1", "2"]]
    # a row one cell short: drawn at the right, it would be read at the left
    assert mirrored([[GridCell("b"), GridCell("a")], [GridCell("2")]]) == []


# --- saved pages whose hiding rule is in a linked style sheet (o15, o16) -----------------


_PAGE = (
    '<html><head><link rel="stylesheet" href="{href}"></head><body><h1>报告</h1><table>'
    '<tr><td>行政许可</td><td><span class="v-old">18</span>30</td></tr></table></body></html>'
)


def test_a_web_archives_style_sheet_part_hides_its_classes() -> None:
    # o15: the rule hiding .v-old only in the MHTML's text/css part: 3061 read as 31813061
    from govinfo_nlp.read import read

    html = _PAGE.format(href="http://x.gov.cn/site.css").encode("gb18030")
    css = b".v-old{display:none}"
    b = "----MultipartBoundary--abc"
    mht = (
        f'MIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; boundary="{b}"\r\n\r\n'
        f'--{b}\r\nContent-Type: text/html; charset="gb18030"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        + base64.encodebytes(html).decode()
        + f"\r\n--{b}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: http://x.gov.cn/site.css\r\n\r\n"
        + base64.encodebytes(css).decode()
        + f"\r\n--{b}--\r\n"
    ).encode()
    doc = read(mht)
    assert [c.text for c in doc.html_tables[0].rows[0]] == ["行政许可", "30"]


def test_a_saved_pages_linked_style_sheet_hides_its_classes(tmp_path: Any) -> None:
    # o16: the rule hiding .v-old only in page_files/site.css: 15 read as 2015
    from govinfo_nlp.read import read

    (tmp_path / "p_files").mkdir()
    (tmp_path / "p_files" / "site.css").write_text(".v-old{display:none}", "utf-8")
    (tmp_path / "outside.css").write_text(".v-old{display:none}", "utf-8")
    page = tmp_path / "p_files" / "page.html"
    page.write_text(_PAGE.format(href="./site.css"), "utf-8")
    assert [c.text for c in read(page).html_tables[0].rows[0]] == ["行政许可", "30"]
    # a sheet outside the page's folder is not read (nor is a missing one)
    page.write_text(_PAGE.format(href="../outside.css"), "utf-8")
    assert [c.text for c in read(page).html_tables[0].rows[0]] == ["行政许可", "1830"]
    page.write_text(_PAGE.format(href="gone.css"), "utf-8")
    assert [c.text for c in read(page).html_tables[0].rows[0]] == ["行政许可", "1830"]


# --- DOCX: nested fields, right-to-left tables (o08, o18) --------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _xml(text: str) -> Any:
    from lxml import etree

    return etree.fromstring(text)


def _run(t: str) -> str:
    return f"<w:r><w:t>{t}</w:t></w:r>"


def _fld(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def test_a_fields_result_inside_another_fields_instructions_is_not_read() -> None:
    # o08: { = { QUOTE "18" } + 14 } shows 32; the inner result 18 lies in the outer
    # field's instructions and was read joined to it: 1832
    from govinfo_nlp.readers.docx import _paragraph

    nested = (
        _fld("begin")
        + '<w:r><w:instrText xml:space="preserve"> = </w:instrText></w:r>'
        + _fld("begin")
        + '<w:r><w:instrText xml:space="preserve"> QUOTE "18" </w:instrText></w:r>'
        + _fld("separate")
        + _run("18")
        + _fld("end")
        + '<w:r><w:instrText xml:space="preserve"> + 14 </w:instrText></w:r>'
        + _fld("separate")
        + _run("32")
        + _fld("end")
    )
    assert _paragraph(_xml(f"<w:p {_W}>{nested}</w:p>"), cell=True) == "32"
    plain = _fld("begin") + _fld("separate") + _run("7") + _fld("end") + _run("件")
    assert _paragraph(_xml(f"<w:p {_W}>{plain}</w:p>"), cell=True) == "7件"


def test_a_word_right_to_left_table_is_read_as_drawn() -> None:
    # o18: w:bidiVisual draws a row's first cell on the right; the cells written in
    # reverse read mirrored (79 cells WRONG)
    from govinfo_nlp.readers.docx import _table

    def tc(t: str, span: int = 1) -> str:
        pr = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else ""
        return f"<w:tc>{pr}<w:p>{_run(t)}</w:p></w:tc>"

    rows = (
        f"<w:tr>{tc('申请人情况', 2)}{tc('项目')}</w:tr><w:tr>{tc('5')}{tc('3')}{tc('新收')}</w:tr>"
    )
    tbl = f"<w:tbl {_W}><w:tblPr><w:bidiVisual/></w:tblPr>{rows}</w:tbl>"
    assert [[c.text for c in r] for r in _table(_xml(tbl), 0)] == [
        ["项目", "申请人情况"],
        ["新收", "3", "5"],
    ]
    ltr = tbl.replace("<w:bidiVisual/>", "")
    assert [c.text for c in _table(_xml(ltr), 0)[1]] == ["5", "3", "新收"]


# --- formats9 m01: a table drawn with box characters in a <pre> ---------------------------


@pytest.mark.parametrize("fast", [True, False])
def test_a_box_drawn_table_in_a_pre_reads_as_lines_of_cells(fast: bool) -> None:
    # m01: ┌─┬┐ │ ├┼┤ tables in <pre> were no table (200 cells unread): rule lines left
    # out, walls written as the text reader's bars (offsets kept one for one)
    from govinfo_nlp.read import _render_html

    pre = "<pre>┌────┬────┐\n│ 规章 │ 12 │\n├────┼────┤\n│ 行政许可 │ 3 │\n└────┴────┘</pre>"
    shown, offsets, _, _ = _render_html("<p>表</p>" + pre, fast=fast)
    assert shown.splitlines()[1:] == ["| 规章 | 12 |", "| 行政许可 | 3 |"]
    source = "<p>表</p>" + pre
    assert source[offsets[shown.index("12")]] == "1"


# --- formats9 m16: a frameset page saved with its frames' files ---------------------------


def test_a_framesets_frames_beside_it_are_read_in_its_place(tmp_path: Any) -> None:
    # m16: the article in the main frame's file (page_files/content.html): the frameset
    # page itself holds no text, and nothing was read (200 cells unread)
    from govinfo_nlp.read import read

    files = tmp_path / "p_files"
    files.mkdir()
    (files / "top.html").write_text("<html><body><p>门户网站</p></body></html>", "utf-8")
    (files / "content.html").write_text(
        "<html><head><style>.old{display:none}</style></head><body><h1>报告</h1><table>"
        '<tr><td>行政许可</td><td><span class="old">9</span>12</td></tr></table></body></html>',
        "utf-8",
    )
    (tmp_path / "secret.html").write_text("<html><body><p>机密</p></body></html>", "utf-8")
    page = tmp_path / "p.html"
    page.write_text(
        '<html><head><title>门户</title></head><frameset rows="90,*"><frame src="p_files/top.html">'
        '<frame src="./p_files/content.html"><frame src="../secret.html"><frame src="http://x/y.html">'
        "<noframes><body>您的浏览器不支持框架</body></noframes></frameset></html>",
        "utf-8",
    )
    doc = read(page)
    assert [c.text for c in doc.html_tables[0].rows[0]] == ["行政许可", "12"]
    assert "门户网站" in doc.visible and "报告" in doc.visible
    assert "机密" not in doc.visible and "不支持框架" not in doc.visible


# --- HTML: a table drawn as inline SVG (o19, read in session 25) --------------------------


def _svg(cells: str, extra: str = "") -> str:
    return (
        '<html><body><p>表</p><svg width="300" height="60" font-size="10">'
        f"{extra}{cells}</svg><p>完</p></body></html>"
    )


_SVG_CELLS = (
    '<rect x="0" y="0" width="100" height="40"/><rect x="100" y="0" width="200" height="20"/>'
    '<rect x="100" y="20" width="100" height="20"/><rect x="200" y="20" width="100" height="20"/>'
    '<text x="50" y="24">项目</text><text x="200" y="14">申请人</text>'
    '<text x="150" y="34">12</text><text x="250" y="34">3</text>'
)


@pytest.mark.parametrize("fast", [True, False])
def test_a_table_drawn_as_svg_rects_and_texts_is_read(fast: bool) -> None:
    # o19: table 三 as <rect> cells and <text> placed by x/y (written column by column):
    # 175 cells unread; the rects tile a grid, each text lies in one rect
    from govinfo_nlp.read import _render_html

    _, _, tables, _ = _render_html(_svg(_SVG_CELLS), fast=fast)
    rows = [[(c.text, c.rowspan, c.colspan) for c in row] for row in tables[0].rows]
    assert rows == [[("项目", 2, 1), ("申请人", 1, 2)], [("12", 1, 1), ("3", 1, 1)]]


def test_an_svg_that_is_not_surely_a_grid_gives_no_table() -> None:
    from govinfo_nlp.read import _render_html

    def tables(page: str) -> int:
        return len(_render_html(page)[2])

    assert tables(_svg(_SVG_CELLS)) == 1
    # rects over one another, a slot no rect covers, a text outside every rect, two texts
    # in one rect, a transform anywhere: not read
    assert tables(_svg(_SVG_CELLS, '<rect x="0" y="0" width="300" height="60"/>')) == 0
    assert (
        tables(_svg(_SVG_CELLS.replace('<rect x="200" y="20" width="100" height="20"/>', ""))) == 0
    )
    assert tables(_svg(_SVG_CELLS + '<text x="350" y="34">9</text>')) == 0
    assert tables(_svg(_SVG_CELLS + '<text x="160" y="34">7</text>')) == 0
    assert tables(_svg(_SVG_CELLS, '<g transform="scale(2)"></g>')) == 0
