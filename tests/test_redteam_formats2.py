"""The blind format red team (datasets/redteam/formats2, made by its build.py).

Built without reading the readers' code, after they were fixed on the first red team:
its first reading (MANIFEST.md, the README) is evidence of how the readers do on file
forms they were not tuned on. No file may give a wrong cell or a wrong agency, year or
template (``test_nothing_wrong``); the files read completely are pinned
(``test_every_cell``); the others are strict xfails naming the defect, with their
first reading as a floor (``test_no_fewer_cells_than_first_read``). Fixing a defect
must update these lists. Scores come from benchmarks/eval_redteam_formats.py.
"""

from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from formats_redteam import formats_eval

from govinfo_nlp.readers.ocr import ocr_available

pytest.importorskip("pdfplumber", reason="the pdf extra (pdfplumber) is not installed")
pytest.importorskip("docx", reason="the docx extra (python-docx) is not installed")

CORPUS = ROOT / "datasets" / "redteam" / "formats2"
HAS_SOFFICE = shutil.which("soffice") is not None or shutil.which("libreoffice") is not None
HAS_OCR = ocr_available()

# cells read right at the first reading (2026-12-05, before any reader change for this set)
FIRST_READING = {
    "g01_docx_wps_xuhao.docx": 196,
    "g02_docx_fullwidth_landscape.docx": 198,
    "g03_docx_nested_tables.docx": 200,
    "g04_docx_cell_breaks.docx": 196,
    "g05_docx_redhead_seal_footer.docx": 200,
    "g06_doc_wps_xuhao.doc": 197,
    "g07_doc_traditional.doc": 200,
    "g08_docx_continued_table.docx": 197,
    "g09_pdf_word_simsun.pdf": 198,
    "g10_pdf_shaded_rows.pdf": 200,
    "g11_pdf_multipage_footer.pdf": 198,
    "g12_pdf_redhead_seal.pdf": 200,
    "g13_pdf_kaiti_landscape.pdf": 198,
    "g14_pdf_browser_print.pdf": 200,
    "g15_pdf_searchable_scan.pdf": 176,
    "g16_pdf_wps_xuhao.pdf": 197,
    "g17_html_gbk_cms.html": 200,
    "g18_html_layout_tables.html": 200,
    "g19_html_traditional.html": 198,
    "g20_html_libreoffice_export.html": 198,
    "g21_html_thead_thousands.html": 194,
    "g22_html_word_paste.html": 196,
    "g23_pdf_continued_table.pdf": 197,
    "g24_pdf_fullwidth_fangsong.pdf": 198,
    # second round (measured on main 1503d23+db8eff5, before any reader change for them)
    "g25_docx_tracked_changes.docx": 200,
    "g26_pdf_table_picture.pdf": 25,
    "g27_html_table_images.html": 0,
    "g28_pdf_traditional.pdf": 198,
    "g29_docx_money_yuan.docx": 198,
    "g30_html_wechat.html": 200,
    "g31_html_fee_header_yuan.html": 200,
    # third round (main ae55287, before any reader change for them)
    "g32_docx_t4_vertical.docx": 198,
    "g33_html_signed_changes.html": 198,
    "g34_pdf_three_line.pdf": 197,
    "g35_docx_vertical_text.docx": 200,
    "g36_pdf_vertical_text.pdf": 200,
    "g37_html_excel_export.html": 198,
    "g38_pdf_t4_vertical.pdf": 198,
    # fourth round (main 3c26181, before any reader change for them)
    "g39_docx_hmerge.docx": 200,
    "g40_docx_ragged_rows.docx": 200,
    "g41_pdf_distributed_labels.pdf": 200,
    "g42_docx_spaced_labels.docx": 200,
    "g43_html_split_header.html": 200,
    # fifth round (main 9ac3f17, before any reader change for them)
    "g44_pdf_wrapped_numbers.pdf": 200,
    "g45_docx_tables_appendix.docx": 185,
    "g46_pdf_tables_appendix.pdf": 185,
    # sixth round (main 93f898d, before any reader change for them)
    "g47_pdf_gongwen_page_numbers.pdf": 200,
    "g48_pdf_row_rules.pdf": 196,
}

# file -> why it is not read completely (a strict xfail: fixing it must update this list)
LIMITS: dict[str, str] = {}
if not HAS_OCR:
    LIMITS["g26_pdf_table_picture.pdf"] = (
        "table 三 pasted as a picture into a PDF with a text layer, and tesseract is not "
        "installed: the picture is named in a read.table_picture warning, its 175 cells unread"
    )
# file -> why it gives a wrong value now
WRONG: dict[str, str] = {}


def _files() -> list[Path]:
    files: list[Path] = formats_eval().files("", CORPUS)
    return files


@cache
def _score(name: str) -> dict[str, Any]:
    if name.endswith(".doc") and not HAS_SOFFICE:
        pytest.skip("reading .doc needs LibreOffice (soffice), not installed")
    result: dict[str, Any] = formats_eval().score(CORPUS / name)
    return result


def _marked(known: dict[str, str]) -> list[Any]:
    return [
        pytest.param(p.name, marks=pytest.mark.xfail(strict=True, reason=known[p.name]))
        if p.name in known
        else p.name
        for p in _files()
    ]


def test_the_corpus_is_there() -> None:
    names = [p.name for p in _files()]
    assert sorted(names) == sorted(FIRST_READING)
    assert set(LIMITS) <= set(names) and set(WRONG) <= set(LIMITS)
    for p in _files():
        truth = formats_eval().truth_of(p)
        assert truth["agency"] and truth["template"] in ("2019", "2021", None)
        # no readable table only where the tables are pictures not in the file (template null)
        assert bool(truth["tables"]) == (truth["template"] is not None)


@pytest.mark.parametrize("name", _marked(WRONG))
def test_nothing_wrong(name: str) -> None:
    s = _score(name)
    assert s["wrong"] == []
    assert not s["agency"].startswith("WRONG") and not s["year"].startswith("WRONG")
    assert not s["template"].startswith("WRONG")


@pytest.mark.parametrize("name", _marked(LIMITS))
def test_every_cell(name: str) -> None:
    s = _score(name)
    truth = formats_eval().truth_of(CORPUS / name)
    assert s["errors"] == []
    assert s["unread"] == []
    assert s["right"] == len(truth["tables"])
    assert s["blank"] == len(truth["blank"])
    template = "right" if truth["template"] else "null"
    assert (s["agency"], s["year"], s["template"]) == ("right", "right", template)


@pytest.mark.parametrize("name", sorted(FIRST_READING))
def test_no_fewer_cells_than_first_read(name: str) -> None:
    assert _score(name)["right"] >= FIRST_READING[name]
