"""The sixth blind format red team (datasets/redteam/formats6, made by its build.sh).

Built and its truth written before the readers were read; its first reading
(README, first_reading.txt) is the evidence. No file may give a wrong cell, a
wrong agency or year, or an unexpected error (``test_nothing_wrong``); the files
read completely are pinned (``test_every_cell``), the others are strict xfails
naming the defect. Then the fixes the set led to, each with a test that fails on
the code before it.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from formats_redteam import HAS_SOFFICE, BlindSet, draw, helvetica_page, pdf_bytes
from hypothesis import given
from hypothesis import strategies as st

import govinfo_nlp

# read only by converting with LibreOffice (without it: the clear read.converter_missing)
NEEDS_SOFFICE = {"i11_doc_repeated_labels.doc", "i12_libreoffice.rtf"}
# text as outlines: read by OCR (minutes); scored by score.py, not in the suite (its
# OCR-free path is test_a_page_of_outlined_text_is_no_empty_page)
OCR = {"i03_pdf_outlined_text.pdf"}
# file -> why it is not read completely now
LIMITS: dict[str, str] = {
    "i02_pdf_t3_font_without_tounicode.pdf": "table 三's font has no ToUnicode map: its glyphs "
    "are no text, so its cells stay unread (by design: never the glyph codes' digits)",
    "i14_html_fixed_column_tables.html": "table 三's labels and numbers are two tables side by "
    "side, level only by their row height: unread",
}

BLIND = BlindSet(
    "formats6",
    LIMITS,
    unscored=OCR,
    soffice=NEEDS_SOFFICE,
    # where OCR cannot run, i02's pages (their font without a ToUnicode map) are not read:
    # the clear error saying so, no cell
    ocr_or_error={"i02_pdf_t3_font_without_tounicode.pdf": "read.unmapped_font"},
)
test_the_corpus_is_there, test_nothing_wrong, test_every_cell = BLIND.tests()
FILES, TRUTH, _score = BLIND.files, BLIND.truth, BLIND.score


# --- DOCX: what Word does not show (i09, i08) ---------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_with_cells(cells: list[str], rows_xml: str = "") -> bytes:
    """A DOCX of one paragraph and a one-row table whose cells hold the given runs
    (WordprocessingML inside each w:p), then ``rows_xml`` (whole w:tr elements)."""
    from docx import Document
    from lxml import etree

    doc = Document()
    doc.add_paragraph("某县统计局2021年政府信息公开工作年度报告")
    table = doc.add_table(rows=1, cols=len(cells))
    for tc, runs in zip(table._tbl.iter(f"{{{_W}}}tc"), cells):
        for p in tc.findall(f"{{{_W}}}p"):
            tc.remove(p)
        tc.append(etree.fromstring(f'<w:p xmlns:w="{_W}">{runs}</w:p>'))
    if rows_xml:
        for tr in etree.fromstring(f'<x xmlns:w="{_W}">{rows_xml}</x>'):
            table._tbl.append(tr)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _r(text: str, rpr: str = "") -> str:
    return f"<w:r><w:rPr>{rpr}</w:rPr><w:t>{text}</w:t></w:r>"


def test_hidden_runs_are_not_read() -> None:
    # i09: a hidden run (w:vanish) holding a stale digit beside the shown number was
    # read with it: 65 cells wrong (1 + hidden 0 + 0 read as 100 for 10)
    from govinfo_nlp.readers.docx import read_docx

    data = _docx_with_cells(
        [
            _r("规章"),
            _r("1") + _r("0", "<w:vanish/>") + _r("0", "<w:b/>"),
            _r("9", '<w:vanish w:val="true"/>') + _r("4"),
            _r("7") + _r("5", '<w:vanish w:val="0"/>'),  # vanish off: shown
            _r("3", '<w:rPrChange w:id="1"><w:rPr><w:vanish/></w:rPr></w:rPrChange>'),
        ]
    )
    _, tables = read_docx(data)
    assert [c.text for c in tables[-1].rows[0]] == ["规章", "10", "4", "75", "3"]


def test_a_placeholder_is_a_blank_cell_and_a_deleted_row_is_gone() -> None:
    # i08: a content control still showing its placeholder (nothing typed) was read
    # as text, and the row's sums then gave the cell 0 (3 wrong); i07's tracked row
    # deletion: the row is not in the document Word shows
    from govinfo_nlp.readers.docx import read_docx

    placeholder = (
        "<w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>"
        "<w:r><w:t>单击或点击此处输入文字。</w:t></w:r></w:sdtContent></w:sdt>"
    )
    typed = (
        "<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>"
        "<w:r><w:t>6</w:t></w:r></w:sdtContent></w:sdt>"
    )
    deleted_row = (
        '<w:tr><w:trPr><w:del w:id="9" w:author="a" w:date="2022-01-01T00:00:00Z"/></w:trPr>'
        + "".join(f"<w:tc><w:p>{_r(x)}</w:p></w:tc>" for x in ("旧行", "8", "8"))
        + "</w:tr>"
    )
    data = _docx_with_cells([_r("规章"), placeholder, typed], deleted_row)
    _, tables = read_docx(data)
    assert [[c.text for c in row] for row in tables[-1].rows] == [["规章", "", "6"]]


# --- RTF (i12) ------------------------------------------------------------------------


def test_an_rtf_file_goes_to_libreoffice_whatever_its_name() -> None:
    # i12: an .rtf was read as text (its control words hid every cell: nothing read,
    # no error); it is converted like a .doc, as an RTF under a .doc name already was
    from govinfo_nlp.readers.dispatch import sniff

    rtf = b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}} \\uc1\\u35268?}"
    assert sniff(rtf, ".rtf") == "doc"
    assert sniff(rtf, "") == "doc"
    assert sniff(rtf, ".wps") == "wps"
    assert sniff(b'{ "rtf": 1 }', ".json") is None


@pytest.mark.skipif(not HAS_SOFFICE, reason="reading RTF needs LibreOffice (soffice)")
def test_the_rtf_report_is_read() -> None:
    s = _score("i12_libreoffice.rtf")
    assert s["outcome"] == "read" and s["wrong"] == [] and s["unread"] == []


# --- HTML: hidden cells (i20) and footnote marks (i19) ---------------------------------


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize(
    ("page", "rows", "visible"),
    [
        (  # i20: a trailing hidden cell read as the fee (999 for 395.23)
            "<table><tr><td>行政事业性收费</td><td>395.23</td><td hidden>999</td></tr></table>",
            [["行政事业性收费", "395.23"]],
            "行政事业性收费395.23",
        ),
        (  # a display:none cell before the numbers: no column shifts
            "<table><tr><td>规章</td><td style='color:red; DISPLAY : none'>17</td>"
            "<td>10</td><td>2</td></tr></table>",
            [["规章", "10", "2"]],
            "规章102",
        ),
        (  # Word's hidden text exported as a display:none span inside a cell
            "<table><tr><td>a</td><td>1<span style='display:none;mso-hide:all'>9</span>2</td>"
            "</tr></table>",
            [["a", "12"]],
            "a12",
        ),
        (  # a hidden row; a hidden cell left unclosed ends at the next cell
            "<table><tr style='display:none'><td>x</td><td>5</td></tr>"
            "<tr><td>b<td hidden>99<td>7</tr></table><p>after</p>",
            [["b", "7"]],
            "b | 7\nafter",
        ),
        (  # a hidden block holding a whole table, inside a cell
            "<table><tr><td>c</td><td><div hidden><table><tr><td>88</td></tr></table></div>4"
            "</td></tr></table>",
            [["c", "4"]],
            "c4",
        ),
        (  # a hidden table in a cell, holding a table: the outer table goes on after it
            "<table><tr><td>e</td><td><table hidden><tr><td><table><tr><td>6</td></tr>"
            "</table></td></tr></table>8</td><td>9</td></tr><tr><td>f</td><td>1</td></tr></table>",
            [["e", "8", "9"], ["f", "1"]],
            "e89\nf1",
        ),
        (  # a hidden table section: all its rows, up to the next section
            "<table><thead style='display:none'><tr><td>旧</td><td>70</td></tr></thead>"
            "<tbody><tr><td>g</td><td>2</td></tr></tbody></table>",
            [["g", "2"]],
            "g2",
        ),
        (  # outside tables hidden markup is left as it is (a page may reveal it by script)
            "<div style='display:none'>正文</div><table><tr><td>d</td><td>3</td></tr></table>",
            [["d", "3"]],
            "正文\nd3",
        ),
    ],
)
def test_hidden_table_markup_is_not_read(
    page: str, rows: list[list[str]], visible: str, fast: bool
) -> None:
    from govinfo_nlp.read import _render_html

    shown, offsets, tables, _ = _render_html(page, fast=fast)
    assert shown == visible
    assert [[c.text for c in row] for t in tables for row in t.rows] == rows
    # every shown character still maps to itself in the page
    assert all(page[offsets[i]] == ch for i, ch in enumerate(shown) if ch not in " |\n")


@pytest.mark.parametrize("fast", [True, False])
def test_a_footnote_mark_after_a_cells_number_is_left_out_of_the_cell(fast: bool) -> None:
    # i19: 3664<sup>2</sup> was read as 36642; the other marks left their rows unread
    from govinfo_nlp.read import _render_html

    cells = [
        "3664<sup>2</sup>",
        "5<sup>①</sup>",
        "8 <sup>[2]</sup>",
        "3<sup>注3</sup>",
        "7<sup>*</sup>",
        "m<sup>2</sup>",
        "10<sup>abc</sup>",
        "<sup>1</sup>",
    ]
    page = "<table><tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr></table>"
    shown, _, tables, _ = _render_html(page, fast=fast)
    assert [c.text for c in tables[0].rows[0]] == ["3664", "5", "8", "3", "7", "m2", "10abc", "1"]
    assert shown.startswith("36642")  # the page's text keeps the mark


# --- PDF: a filled form never flattened (i05) -------------------------------------------


def _form_pdf() -> bytes:
    """One page: the text '7' drawn at (100, 700), and four text fields: '12' in an empty
    box, '99' hidden (flag 2), '3' over the drawn 7, and '45' whose value its parent holds."""
    writer, page = helvetica_page()  # (skips without pypdf)
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    draw(writer, page, b"BT /F1 12 Tf 100 700 Td (7) Tj ET")

    def widget(rect: list[float], value: str | None, flags: int = 4, parent: Any = None) -> Any:
        d = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/F"): NumberObject(flags),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
            }
        )
        if parent is None:
            d[NameObject("/FT")] = NameObject("/Tx")
            d[NameObject("/DA")] = TextStringObject("/Helv 10 Tf 0 g")
            d[NameObject("/V")] = TextStringObject(value or "")
        else:
            d[NameObject("/Parent")] = parent
        return writer._add_object(d)

    parent = writer._add_object(
        DictionaryObject(
            {
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/V"): TextStringObject("45"),
                NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
            }
        )
    )
    page[NameObject("/Annots")] = ArrayObject(
        [
            widget([300, 600, 360, 614], "12"),
            widget([300, 500, 360, 514], "99", flags=4 | 2),
            widget([95, 695, 140, 712], "3"),
            widget([300, 400, 360, 414], None, parent=parent),
        ]
    )
    return pdf_bytes(writer)


def test_a_filled_text_fields_value_is_read_where_it_is_shown() -> None:
    # i05: table 三's numbers were field values only: 175 cells unread
    import pdfplumber

    from govinfo_nlp.readers.pdf import _field_chars, _plumber_chars

    with pdfplumber.open(io.BytesIO(_form_pdf())) as pdf:
        page = pdf.pages[0]
        chars = _plumber_chars(page)
        assert [c.text for c in chars] == ["7"]
        fields = _field_chars(page, chars)
    # 12 in its box, 45 from its parent field; not the hidden 99, nor 3 over the drawn 7
    assert "".join(c.text for c in fields) == "1245"
    by_text = {c.text: c for c in fields}
    assert 300 < by_text["1"].x0 < by_text["2"].x0 < 360
    assert 792 - 614 <= by_text["1"].top < by_text["1"].bottom <= 792 - 600


# --- zeros written 〇 / 零 (i18) --------------------------------------------------------


def test_a_cell_of_the_chinese_zero_is_a_written_0() -> None:
    # i18: zero cells written 〇 or 零 were no value: every row of table 三 short, unread
    from govinfo_nlp.tables.values import CellNumber, may_end_value, parse_cell

    for cell in ("〇", "零", " 〇 ", "\u3000零"):
        parsed = parse_cell(cell)
        assert isinstance(parsed, CellNumber) and parsed.value == 0 and parsed.unit is None
        assert may_end_value(cell.strip()[-1])


_CN_DIGIT = dict(zip("一二两三四五六七八九", "1223456789"))


@given(st.text(alphabet="〇零一二三四五六七八九十百千万两", min_size=1, max_size=6))
def test_other_chinese_numerals_write_their_own_digits(cell: str) -> None:
    # i18 read only 〇/零 of these; session 26 (formats12 p01) reads a cell wholly a count
    # in numerals. Whatever it reads must be the count the cell writes: its digits, in
    # order, are the value's non-zero digits (a leading 十 writes a 1), and no run of
    # digits (二〇二一, 三五) or bare 百/千 gets a value
    from govinfo_nlp.tables.values import CellNumber, parse_cell

    parsed = parse_cell(cell)
    if parsed is None or cell in ("〇", "零"):
        return
    assert isinstance(parsed, CellNumber) and isinstance(parsed.value, int)
    written = ("1" if cell[0] == "十" else "") + "".join(_CN_DIGIT.get(ch, "") for ch in cell)
    assert written == str(parsed.value).replace("0", "")
    # and as many digits as its highest unit says (一千二百零四: four)
    width = next((n for unit, n in (("千", 4), ("百", 3), ("十", 2)) if unit in cell), 1)
    assert len(str(parsed.value)) == width


@pytest.mark.parametrize(
    ("cell", "value"),
    [("三", 3), ("十二", 12), ("二十三", 23), ("一百零五", 105), ("一千二百零四", 1204), ("两", 2)],
)
def test_a_cell_wholly_a_count_in_numerals_is_that_count(cell: str, value: int) -> None:
    from govinfo_nlp.tables.values import parse_cell

    parsed = parse_cell(cell)
    assert parsed is not None and getattr(parsed, "value", None) == value


@pytest.mark.parametrize("cell", ["二〇二一", "三五", "百", "千", "十十", "一二"])
def test_digits_in_a_row_and_bare_units_stay_no_value(cell: str) -> None:
    from govinfo_nlp.tables.values import parse_cell

    assert parse_cell(cell) is None


# --- PDF: text as outlines (i03) ---------------------------------------------------------


def test_a_page_of_outlined_text_is_no_empty_page(monkeypatch: pytest.MonkeyPatch) -> None:
    # i03: a page whose glyphs are all filled paths (no text, no picture) was taken for
    # an empty page (read.empty); it is a page without a text layer, for OCR (without
    # it, the error says so)
    from govinfo_nlp.readers import ocr

    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    row = govinfo_nlp.parse(FILES / "i03_pdf_outlined_text.pdf", stages=("tables",)).to_dict()
    assert [e.split(":", 1)[0] for e in row["errors"]] == ["read.no_text_layer"]
    assert not row["tables"]
