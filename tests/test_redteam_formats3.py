"""The third blind format red team (datasets/redteam/formats3, made by its build.sh).

Built and its truth written before the readers were read; its first reading
(README, first_reading.txt) is the evidence. No file may give a wrong cell, a
wrong agency or year, or an unexpected error (``test_nothing_wrong``); the files
read completely are pinned (``test_every_cell``), the others are strict xfails
naming the defect. Then the fixes the set led to, each with a test that fails on
the code before it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from formats_redteam import HAS_SOFFICE, BlindSet
from twocolumns import (
    LEFT,
    PROSE,
    RIGHT,
    one_column_page,
    pdf_text,
    piece,
    ruleless_table,
    two_column_page,
)

import govinfo_nlp
from govinfo_nlp.errors import UnreadableDocument
from govinfo_nlp.read import read
from govinfo_nlp.readers import ocr
from govinfo_nlp.readers.ocr import ocr_available

# read only by converting with LibreOffice (f24 is a Word 97 file named .docx: without
# LibreOffice its expected outcome is the clear read.converter_missing error)
NEEDS_SOFFICE = {"f02_doc_2019.doc", "f03_wps_2021.wps"}
HAS_OCR = ocr_available()
# OCR'd scans: minutes of tesseract each (speckled pages; score.py measures them). With
# tesseract the suite reads a crop of each instead (small/, seconds): the same speckle,
# skew and resolution, cells the truth names; without it the clear errors the truth names
CROPS = {
    "f15_scan_table.jpg": "small/f15_scan_table_crop.jpg",
    "f16_scanned.pdf": "small/f16_scanned_crop.pdf",
}
# file -> why it is not read completely now
LIMITS: dict[str, str] = {}

BLIND = BlindSet("formats3", LIMITS, soffice=NEEDS_SOFFICE, stand_ins=CROPS if HAS_OCR else None)
test_the_corpus_is_there, test_nothing_wrong, test_every_cell = BLIND.tests()
SET, FILES, TRUTH = BLIND.dir, BLIND.files, BLIND.truth


# --- the fixes --------------------------------------------------------------------


def test_a_row_broken_across_pages_under_a_repeated_header_is_joined() -> None:
    # f04: Writer breaks rows of table 三 across pages (7.属于行政 | 执法案卷) and repeats
    # the three header rows on each page; on the third and fourth pages the header was
    # compared with the part before (which had lost its header), so it stayed, and the
    # broken rows' halves were not joined: 14 cells unread before the fix
    row = govinfo_nlp.parse(FILES / "f04_writer_2021.pdf", stages=("tables",)).to_dict()
    cells = TRUTH["f04_writer_2021.pdf"]["cells"]
    for field in ("t3.denied.enforcement", "t3.not_processed.mass", "t3.other_handling.no_fee"):
        for col in ("natural", "commercial", "research", "social", "legal", "other", "total"):
            assert row["tables"][f"{field}.{col}"] == cells[f"{field}.{col}"]
    assert not [w for w in row["warnings"] if w.startswith("tables.duplicate_row")]


def test_a_web_archive_is_read_by_its_html_part() -> None:
    # before: the quoted-printable MIME text was read as HTML: no table, no agency, no error
    row = govinfo_nlp.parse(FILES / "f10_saved_page.mhtml", stages=("tables", "agency")).to_dict()
    truth = TRUTH["f10_saved_page.mhtml"]
    assert row["format"] == "html" and row["errors"] == []
    assert row["metadata"]["agency"] == truth["agency"]
    assert {k: v for k, v in row["tables"].items()} == truth["cells"]


def test_a_web_archive_given_as_bytes_and_without_html_part() -> None:
    html = "<html><body><h1>某县统计局2021年政府信息公开工作年度报告</h1><p>一、总体情况</p></body></html>"
    archive = (
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/html; charset=utf-8\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
        + __import__("base64").b64encode(html.encode()).decode()
        + "\r\n--b1--\r\n"
    ).encode()
    doc = read(archive)
    assert doc.format == "html" and "某县统计局" in doc.visible
    no_page = archive.replace(b"text/html; charset", b"text/css; charset")
    with pytest.raises(UnreadableDocument, match="without an HTML page"):
        read(no_page)
    # a text report that quotes MIME headers is not an archive
    text = "一、总体情况\nMIME-Version: 1.0\nContent-Type: multipart/related\n本年收到申请3件。"
    assert read(text.encode()).format == "text"


def test_word_web_page_under_a_doc_name_is_read_as_html(tmp_path: Path) -> None:
    # before: read.binary "named .doc but its content is not a doc file"
    row = govinfo_nlp.parse(FILES / "f23_doc_is_html.doc", stages=("tables",)).to_dict()
    assert row["errors"] == [] and row["format"] == "html"
    assert row["tables"]["t3.new.total"] == TRUTH["f23_doc_is_html.doc"]["cells"]["t3.new.total"]
    # an error page saved under a .doc name is still not a document
    page = tmp_path / "report.doc"
    page.write_text("<html><body><h1>404 Not Found</h1><p>nginx</p></body></html>", "utf-8")
    with pytest.raises(UnreadableDocument, match="not a doc file"):
        read(page)


def test_one_page_tesseract_fails_on_leaves_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    # before: a tesseract timeout on one speckled page was the whole PDF's read.ocr error
    pytest.importorskip("pypdfium2", reason="pypdfium2 (the pdf extra) is not installed")
    pytest.importorskip("PIL", reason="pillow (the ocr extra) is not installed")
    monkeypatch.setattr(ocr, "ocr_available", lambda: True)

    def page_content(gray: Any, number: int, scale: float, lost: Any = None) -> Any:
        if number == 2:
            raise UnreadableDocument("tesseract failed: timed out after 120 seconds", code="ocr")
        return number

    monkeypatch.setattr(ocr, "_page_content", page_content)
    data = (FILES / "f16_scanned.pdf").read_bytes()
    warnings: list[str] = []
    assert ocr.ocr_pages(data, [1, 2, 3], warnings=warnings) == [1, 3]
    assert [w.split(":")[0] for w in warnings] == ["read.ocr_failed"]
    assert "page 2 left unread" in warnings[0]
    with pytest.raises(UnreadableDocument, match="timed out"):
        ocr.ocr_pages(data, [2], warnings=[])


def test_rich_text_under_a_doc_name_goes_to_libreoffice() -> None:
    # before: read.binary "named .doc but its content is not a doc file"
    from govinfo_nlp.readers.dispatch import sniff

    rtf = b"{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 SimSun;}}\\f0 \\u19968?\\par}"
    assert sniff(rtf, ".doc") == "doc" and sniff(rtf, ".wps") == "wps"
    assert sniff(rtf, ".txt") is None  # a text file that starts so is still text


@pytest.mark.skipif(
    not HAS_SOFFICE, reason="reading .doc needs LibreOffice (soffice), not installed"
)
def test_rich_text_under_a_doc_name_is_read(tmp_path: Path) -> None:
    import subprocess

    profile = (tmp_path / "profile").as_uri()
    src = FILES / "f01_docx_2021.docx"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "rtf",
            "--outdir",
            str(tmp_path),
            str(src),
        ],
        capture_output=True,
        timeout=300,
        check=True,
    )
    doc = tmp_path / "report.doc"
    (tmp_path / "f01_docx_2021.rtf").rename(doc)
    row = govinfo_nlp.parse(doc, stages=("tables",)).to_dict()
    assert row["errors"] == [] and row["format"] == "doc"
    cells = TRUTH["f01_docx_2021.docx"]["cells"]
    assert row["tables"] == {k: v for k, v in cells.items() if v is not None}


def _ruled_page(angle: float) -> Any:
    """A page of a ruled table and lines of text, turned ``angle`` degrees (PIL's sense)."""
    np = pytest.importorskip("numpy")
    image_mod = pytest.importorskip("PIL.Image")
    page = np.full((1200, 900), 255, dtype=np.uint8)
    for y in range(100, 1100, 40):
        page[y : y + 2, 80:820] = 0  # the rules of the rows
        for x in range(100, 780, 30):
            page[y + 12 : y + 28, x : x + 18] = 60  # a cell's glyphs
    for x in (80, 300, 560, 818):
        page[100:1062, x : x + 2] = 0
    turned = image_mod.fromarray(page).rotate(angle, fillcolor=255)
    return np.asarray(turned)


@pytest.mark.parametrize("angle", [-2.5, -1.2, -0.4, 0.6, 1.2, 2.8])
def test_a_skewed_scan_is_measured(angle: float) -> None:
    # the speckled scan f15, turned 1.2 degrees: its rules were no runs of ink, the grid
    # was not found and no cell read (0 of 14); levelled first, table 三's first row is read
    assert abs(ocr._skew(_ruled_page(angle)) - angle) <= 0.1


def test_a_level_or_lineless_page_is_left_as_it_is() -> None:
    np = pytest.importorskip("numpy")
    level = _ruled_page(0.0)
    assert ocr._levelled(level) is level
    noise = np.random.default_rng(7).integers(0, 256, size=(800, 600), dtype=np.uint8)
    assert ocr._skew(noise) == 0.0
    blank = np.full((800, 600), 255, dtype=np.uint8)
    assert ocr._levelled(blank) is blank


@pytest.mark.skipif(not HAS_OCR, reason="OCR needs tesseract with chi_sim, not installed")
def test_a_skewed_scan_of_a_table_is_read() -> None:
    # the crop of f15 below its section 二 (the whole page's prose takes minutes of OCR)
    row = govinfo_nlp.parse(SET / CROPS["f15_scan_table.jpg"], stages=("tables",)).to_dict()
    cells = TRUTH["f15_scan_table.jpg"]["cells"]
    new = {k: v for k, v in cells.items() if k.startswith("t3.new.")}
    assert {k: row["tables"].get(k) for k in new} == new
    assert all(row["tables"][k] == v for k, v in cells.items() if k in row["tables"])


def test_a_directory_includes_web_archives(tmp_path: Path) -> None:
    from govinfo_nlp.batch import collect_inputs

    (tmp_path / "a.mhtml").write_bytes((FILES / "f10_saved_page.mhtml").read_bytes())
    (tmp_path / "b.MHT").write_bytes(b"MIME-Version: 1.0\r\n")
    (tmp_path / "c.css").write_text("body{}", "utf-8")
    assert [Path(p).name for p in collect_inputs([tmp_path])] == ["a.mhtml", "b.MHT"]


def test_a_page_whose_text_pass_fails_keeps_its_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    # the whole-page pass over a speckled scan's prose timed out and took the table's
    # cells (read cell by cell before it) down with it
    np = pytest.importorskip("numpy")
    pytest.importorskip("PIL")
    calls: list[int] = []

    def tesseract(image: Any, *, psm: int, digits: bool = False) -> list[Any]:
        calls.append(psm)
        if psm == 4:
            raise UnreadableDocument("tesseract failed: timed out after 120 seconds", code="ocr")
        return []

    monkeypatch.setattr(ocr, "_tesseract", tesseract)
    page = _ruled_page(0.0)
    lost: list[UnreadableDocument] = []
    content = ocr._page_content(page, 1, 300 / 72, lost)
    assert 4 in calls and [e.code for e in lost] == ["ocr"]
    assert any(not isinstance(block, list) for _, block in content.blocks)  # the table kept
    with pytest.raises(UnreadableDocument):
        ocr._page_content(page, 1, 300 / 72)  # no list to report it in: the page's error
    blank = np.full((600, 400), 255, dtype=np.uint8)
    with pytest.raises(UnreadableDocument):
        ocr._page_content(blank, 1, 300 / 72, [])  # no table to keep: the page's error


# --- two columns of prose too short to find their gutter (f07) ------------------------


@pytest.mark.parametrize("where", ["top", "middle", "bottom", "alone"])
def test_a_short_band_of_two_columns_borrows_the_gutter_of_an_earlier_page(where: str) -> None:
    # f07: two lines of two columns between two full-width tables are too few to find
    # the page's own gutter, so each line joined the two columns' text; the gutter of
    # the page before (four lines of two columns) reads them column by column
    full = PROSE[-42:]  # prose across the page, over the gutter
    band = {"top": 60.0, "middle": 92.0, "bottom": 92.0, "alone": 60.0}[where]
    page = [
        (LEFT, band, piece(8)),
        (RIGHT, band, piece(9)),
        (LEFT, band + 18, piece(10, 10)),
        (RIGHT, band + 18, piece(11, 12)),
    ]
    if where in ("middle", "bottom"):
        page.append((LEFT, 60.0, full))
    if where in ("top", "middle"):
        page.append((LEFT, band + 50, full))
    text = "".join(pdf_text([two_column_page(0), page]).split())
    assert piece(8) + piece(10, 10) + piece(9) + piece(11, 12) in text
    assert text.count(full) == (where in ("middle", "bottom")) + (where in ("top", "middle"))


def test_a_borrowed_gutter_does_not_split_a_table_or_a_one_column_page() -> None:
    # a borrowed gutter splits neither a table drawn without rules ...
    table = ruleless_table()
    text = "".join(pdf_text([two_column_page(0), table]).split())
    assert piece(10) + "377812" + piece(11) + "6185" in text
    # ... nor a one-column page whose labels and values stand either side of it
    page = one_column_page()
    text = "".join(pdf_text([two_column_page(0), page]).split())
    assert piece(8, 10) + piece(9, 11) + piece(10, 9) + piece(11, 10) in text
