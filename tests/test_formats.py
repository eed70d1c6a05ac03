"""PDF, DOCX and DOC/WPS inputs: every table number of every fixture, each trap, clear errors.

The fixtures and their truth are made by ``govinfo_nlp_dev/synthetic/make_fixtures.py``
(LibreOffice, Chromium, pypdf; see its docstring); CI only reads them.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pytest

from govinfo_nlp import parse
from govinfo_nlp.errors import UnreadableDocument
from govinfo_nlp.read import HtmlCell, HtmlTable, read

pdfplumber = pytest.importorskip("pdfplumber", reason="the pdf extra (pdfplumber) is not installed")
pytest.importorskip("docx", reason="the docx extra (python-docx) is not installed")

FIXTURES = Path(__file__).resolve().parents[1] / "datasets" / "fixtures"
READABLE = [
    "word2021.docx",
    "word2019.docx",
    "word2021.pdf",
    "word2019.pdf",
    "word2021_chromium_wqy.pdf",
    "word2021_chromium_noto.pdf",
    "word2021_fake_bold.pdf",
    "word2021_no_tounicode.pdf",
]
LEGACY = ["word2021.doc", "word2019.doc"]
has_soffice = shutil.which("soffice") is not None or shutil.which("libreoffice") is not None


def _truth(name: str) -> dict:
    return json.loads((FIXTURES / (name.rsplit(".", 1)[0] + ".truth.json")).read_text("utf-8"))


def _assert_tables(name: str) -> None:
    truth = _truth(name)
    report = parse(FIXTURES / name)
    assert report.errors == ()
    assert report.template == truth["template"]
    got = {k: v.value for k, v in report.tables.values.items()}
    assert got == truth["tables"]
    assert report.metadata.year == truth["year"]
    # Every value's span holds the number as written.
    for field_id, value in report.tables.values.items():
        assert report.text[value.start : value.end].replace(" ", "") == value.raw.replace(
            " ", ""
        ), field_id


@pytest.mark.parametrize("name", READABLE)
def test_every_table_number(name: str) -> None:
    _assert_tables(name)


@pytest.mark.skipif(
    not has_soffice, reason="LibreOffice (soffice) is not installed: .doc is not read"
)
@pytest.mark.parametrize("name", LEGACY)
def test_every_table_number_of_legacy_word(name: str) -> None:
    _assert_tables(name)


@pytest.mark.parametrize("name", ["word2021.docx", "word2021.pdf", "word2021_chromium_noto.pdf"])
def test_paragraph_text(name: str) -> None:
    text = read(FIXTURES / name).text
    assert "一、总体情况" in text
    assert "六盘水市住房和城乡建设局2024年度政府信息公开工作年度报告" in text
    assert "四、政府信息公开行政复议、行政诉讼情况" in text
    if "noto" not in name:  # the Type3 fixture keeps headings and tables only
        assert "全年主动公开政府信息3571条" in text


def test_docx_merged_cells_come_from_the_xml() -> None:
    doc = read(FIXTURES / "word2021.docx")
    assert doc.format == "docx"
    t4 = next(t for t in doc.html_tables if t.rows[0][0].text == "行政复议")
    assert [(c.text, c.colspan) for c in t4.rows[0]] == [("行政复议", 5), ("行政诉讼", 10)]
    # A vertically merged header is one cell spanning two rows, not repeated below.
    assert [c.rowspan for c in t4.rows[1][:5]] == [2] * 5
    assert len(t4.rows[2]) == 10
    t3 = next(t for t in doc.html_tables if "申请人情况" in t.rows[0][-1].text)
    group = [c for row in t3.rows for c in row if c.text == "三、本年度办理结果"]
    assert len(group) == 1 and group[0].rowspan > 10


def test_pdf_text_is_built_from_characters_with_pages_and_boxes() -> None:
    doc = read(FIXTURES / "word2021.pdf")
    assert doc.format == "pdf"
    assert [p.number for p in doc.pages] == [1, 2, 3, 4]
    assert all(p.reader == "pdfplumber" for p in doc.pages)
    assert doc.text.count("\f") == 4
    for page in doc.pages:
        assert doc.text[page.end - 2 : page.end] == "\f\n"
    at = doc.text.index("一、总体情况")
    page = next(p for p in doc.pages if p.start <= at < p.end)
    box = page.box(at)
    assert (
        box is not None
        and 0 <= box[0] < box[2] <= page.width
        and 0 <= box[1] < box[3] <= page.height
    )


def test_tables_continued_on_the_next_page_are_one_table() -> None:
    doc = read(FIXTURES / "word2021.pdf")
    # Tables 二, 三 and 四 each break across a page in this fixture.
    assert len(doc.html_tables) == 4
    t3 = next(t for t in doc.html_tables if any("申请人情况" in c.text for c in t.rows[0]))
    assert sum(1 for p in doc.pages if t3.start < p.end and p.start < t3.end) == 2
    labels = [c.text for row in t3.rows for c in row]
    assert labels.count("自然人") == 1  # no repeated header
    assert "四、结转下年度继续办理" in labels


def test_a_row_split_by_the_page_break_is_joined() -> None:
    from govinfo_nlp.readers.pdf import _join_tables

    def cell(text: str, at: int) -> HtmlCell:
        return HtmlCell(text, 1, 1, at, at + len(text))

    first = HtmlTable(
        ((cell("（二）部分公开（区分处理的，只计", 0), cell("3", 30), cell("", 35)),), 0, 40
    )
    rest = HtmlTable(
        (
            (cell("这一情形，不计其他情形）", 50), cell("", 70), cell("4", 75)),
            (cell("（三）", 80),),
        ),
        50,
        90,
    )
    joined = _join_tables(first, rest, split_row=True)
    assert [c.text for c in joined.rows[0]] == [
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "3",
        "4",
    ]
    assert (joined.rows[0][2].start, joined.rows[0][2].end) == (75, 76)
    assert len(joined.rows) == 2
    assert len(_join_tables(first, rest, split_row=False).rows) == 3


def test_type3_radicals_are_mapped_to_ideographs() -> None:
    with pdfplumber.open(FIXTURES / "word2021_chromium_noto.pdf") as pdf:
        raw = "".join(c["text"] for p in pdf.pages for c in p.chars)
    radicals = re.compile("[\u2e80-\u2fdf]")
    assert radicals.search(raw), "the fixture no longer sets the radical trap"
    text = read(FIXTURES / "word2021_chromium_noto.pdf").text
    assert not radicals.search(text)
    # 行, 人, 文, 用, 自 extract as the Kangxi radicals ⾏⼈⽂⽤⾃; the text has the ideographs.
    assert {"⾏", "⼈", "⽂", "⽤", "⾃"} <= set(raw)
    assert "行政复议" in text and "自然人" in text and "本年制发件数" in text


def test_fake_bold_glyphs_are_read_once() -> None:
    def glyphs(name: str) -> int:
        with pdfplumber.open(FIXTURES / name) as pdf:
            return sum(len(p.chars) for p in pdf.pages)

    assert glyphs("word2021_fake_bold.pdf") == 2 * glyphs("word2021_chromium_wqy.pdf")
    bold = read(FIXTURES / "word2021_fake_bold.pdf").text
    assert bold == read(FIXTURES / "word2021_chromium_wqy.pdf").text
    assert "一一" not in bold and "总总" not in bold


def test_fonts_without_tounicode_are_read_from_the_font_or_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import govinfo_nlp.readers.ocr as ocr

    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    # TrueType: the embedded font's own map still gives the text.
    assert (
        read(FIXTURES / "word2021_no_tounicode.pdf").text
        == read(FIXTURES / "word2021_chromium_wqy.pdf").text
    )
    # Type3: no map at all; without OCR an error naming the pages, never (cid:N) as text.
    report = parse(FIXTURES / "word2021_type3_no_tounicode.pdf")
    assert report.tables is None
    (error,) = report.errors
    assert error.startswith("read.unmapped_font:") and "page(s) 1, 2 " in error


def test_scanned_pdf_without_ocr_is_an_error_naming_the_pages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import govinfo_nlp.readers.ocr as ocr

    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    report = parse(FIXTURES / "word2021_scanned.pdf")
    (error,) = report.errors
    assert error.startswith("read.no_text_layer:")
    assert "page(s) 1, 2, 3, 4 " in error and "tesseract" in error


def test_doc_without_libreoffice_is_an_error_saying_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    for name in LEGACY:
        report = parse(FIXTURES / name)
        (error,) = report.errors
        assert error.startswith("read.converter_missing:")
        assert "libreoffice" in error.lower() and "soffice" in error


def test_wps_is_converted_like_doc(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    wps = tmp_path / "report.wps"
    wps.write_bytes((FIXTURES / "word2021.doc").read_bytes())
    doc_error = parse(wps).errors[0]
    assert doc_error.startswith("read.converter_missing:") and ".wps files" in doc_error


def test_formats_are_sniffed_from_bytes() -> None:
    data = (FIXTURES / "word2021.pdf").read_bytes()
    assert read(data).format == "pdf"
    assert read((FIXTURES / "word2021.docx").read_bytes()).format == "docx"


def test_a_file_named_pdf_that_is_not_one_is_an_error(tmp_path: Path) -> None:
    fake = tmp_path / "report.pdf"
    fake.write_text("<html><body>404 Not Found</body></html>", "utf-8")
    with pytest.raises(UnreadableDocument, match="not a pdf file"):
        read(fake)
    assert parse(fake).errors[0].startswith("read.binary:")


def test_a_damaged_pdf_or_docx_is_an_error(tmp_path: Path) -> None:
    for name in ("word2021.pdf", "word2021.docx"):
        broken = tmp_path / name
        broken.write_bytes((FIXTURES / name).read_bytes()[:2000])
        report = parse(broken)
        assert report.errors and report.tables is None, name


def test_a_package_whose_main_part_is_not_a_word_document_is_an_error() -> None:
    # the reader finds the document part itself (python-docx's rule): a macro
    # document's content type is refused, not read
    import io
    import zipfile

    source = zipfile.ZipFile(FIXTURES / "word2021.docx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml",
                )
                assert b"macroEnabled" in data
            package.writestr(info, data)
    with pytest.raises(UnreadableDocument, match="not a Word file") as caught:
        read(out.getvalue(), format="docx")
    assert caught.value.code == "docx"
    assert read((FIXTURES / "word2021.docx").read_bytes(), format="docx").text


def test_a_missing_extra_is_the_documents_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)  # import docx raises ImportError
    (error,) = parse(FIXTURES / "word2021.docx").errors
    assert error.startswith("read.missing_extra:") and "govinfo_nlp[docx]" in error


def test_annotate_a_directory_of_binary_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from govinfo_nlp.cli import main

    monkeypatch.setattr(shutil, "which", lambda name: None)  # no LibreOffice: .doc is an error row
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("word2021.docx", "word2021_chromium_wqy.pdf", "word2019.doc"):
        shutil.copy(FIXTURES / name, inputs / name)
    (inputs / "budget.xls").write_bytes(b"\xd0\xcf\x11\xe0 not a report")
    out = tmp_path / "rows.jsonl"
    assert main(["annotate", str(inputs), "-o", str(out), "--with-text"]) == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [Path(r["source"]).name for r in rows] == [
        "word2019.doc",
        "word2021.docx",
        "word2021_chromium_wqy.pdf",
    ]
    doc, docx, pdf = rows
    assert doc["errors"][0].startswith("read.converter_missing:")
    truth = _truth("word2021.docx")["tables"]
    for row in (docx, pdf):
        assert row["tables"] == truth
        # With the text, every span resolves.
        for fact in row["facts"]:
            start, end = fact["span"]
            assert row["text"][start:end] == fact["text"]
    err = capsys.readouterr().err
    assert "skipped 1 files:" in err and "budget.xls (.xls: not a report format)" in err


def test_render_marks_pages_and_highlights_the_extracted_text() -> None:
    report = parse(FIXTURES / "word2021.pdf")
    page = report.to_html()
    assert [int(n) for n in re.findall(r'id="page-(\d+)"', page)] == [1, 2, 3, 4]
    assert page.count('class="fact') >= len(report.facts) > 0
    first = report.facts[0]
    assert report.text[first.start : first.end] == first.text


def _ocr_skip() -> pytest.MarkDecorator:
    from govinfo_nlp.readers.ocr import ocr_available

    return pytest.mark.skipif(
        not ocr_available(),
        reason="tesseract with the chi_sim data is not installed: scanned pages are not read",
    )


@_ocr_skip()
def test_scanned_pdf_is_read_by_ocr_without_a_wrong_cell() -> None:
    truth = _truth("word2021_scanned.pdf")["tables"]
    report = parse(FIXTURES / "word2021_scanned.pdf")
    assert report.errors == ()
    got = {k: v.value for k, v in report.tables.values.items()}
    assert {k: v for k, v in got.items() if truth.get(k) != v} == {}
    # Cell by cell after the ruling lines, confirmed by the sums: 126 of 200 when made.
    assert len(got) >= 100
    doc = read(FIXTURES / "word2021_scanned.pdf")
    assert [p.reader for p in doc.pages] == ["tesseract"] * 4


@_ocr_skip()
def test_a_picture_of_a_table_is_read_by_ocr(tmp_path: Path) -> None:
    pypdfium2 = pytest.importorskip("pypdfium2")
    pdf = pypdfium2.PdfDocument(str(FIXTURES / "word2021_scanned.pdf"))
    picture = tmp_path / "page2.png"
    pdf[1].render(scale=300 / 72, grayscale=True).to_pil().save(picture)
    report = parse(picture)
    assert report.format == "image" and report.errors == ()
    truth = _truth("word2021_scanned.pdf")["tables"]
    got = {k: v.value for k, v in report.tables.values.items()}
    assert len(got) >= 40 and all(truth[k] == v for k, v in got.items())
    # Table 二 has no sums to confirm an OCR'd number: its cells are left unread.
    assert "t2.penalty.decisions" in report.tables.unread
    assert not any(k.startswith("t2.") for k in got)


def test_ocr_cells_below_the_confidence_threshold_are_not_numbers() -> None:
    from govinfo_nlp.readers import ocr

    assert ocr.MIN_CONFIDENCE >= 80
    # The marker written for a doubtful cell keeps its column but is no number: the table
    # stage lists its field unread (values.Unknown, session 20), never a value.
    from govinfo_nlp.tables.values import CellNumber, Unknown, parse_cell

    cell = parse_cell(ocr._UNREAD)
    assert isinstance(cell, Unknown) and not isinstance(cell, CellNumber)


@_ocr_skip()
def test_type3_fonts_without_tounicode_are_read_by_ocr() -> None:
    truth = _truth("word2021_type3_no_tounicode.pdf")["tables"]
    report = parse(FIXTURES / "word2021_type3_no_tounicode.pdf")
    assert report.errors == ()
    got = {k: v.value for k, v in report.tables.values.items()}
    assert got and {k: v for k, v in got.items() if truth.get(k) != v} == {}


def test_a_scanned_page_among_text_pages_is_named_in_a_warning(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pypdf = pytest.importorskip("pypdf", reason="pypdf builds the mixed PDF")
    import govinfo_nlp.readers.ocr as ocr

    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    writer = pypdf.PdfWriter()
    for page in pypdf.PdfReader(FIXTURES / "word2021.pdf").pages:
        writer.add_page(page)
    writer.add_page(pypdf.PdfReader(FIXTURES / "word2021_scanned.pdf").pages[3])
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as fh:
        writer.write(fh)
    report = parse(mixed)
    assert report.errors == ()
    assert report.tables.to_dict() == _truth("word2021.pdf")["tables"]
    (warning,) = [w for w in report.warnings if w.startswith("read.no_text_layer:")]
    assert "page(s) 5 " in warning


def test_pypdfium2_reads_a_page_pdfplumber_cannot(monkeypatch: pytest.MonkeyPatch) -> None:
    import govinfo_nlp.readers.pdf as pdf

    plain = read(FIXTURES / "word2021.pdf")
    monkeypatch.setattr(pdf, "_plumber_chars", lambda page: [])  # as if its fonts failed
    doc = read(FIXTURES / "word2021.pdf")
    assert [p.reader for p in doc.pages] == ["pypdfium2"] * 4
    assert doc.text == plain.text
    assert parse(FIXTURES / "word2021.pdf").tables.to_dict() == _truth("word2021.pdf")["tables"]


def test_dask_chunks_read_binary_formats() -> None:
    from govinfo_nlp.distributed import annotate_chunk

    rows = annotate_chunk([FIXTURES / "word2021.docx", FIXTURES / "word2021_chromium_wqy.pdf"])
    truth = _truth("word2021.docx")["tables"]
    assert [r["format"] for r in rows] == ["docx", "pdf"]
    assert all(r["tables"] == truth for r in rows)


def test_a_text_that_mentions_a_pdf_header_is_text() -> None:
    doc = read("一、总体情况\n附件格式为 %PDF-1.7 的文件12件。\n".encode())
    assert doc.format == "text"
