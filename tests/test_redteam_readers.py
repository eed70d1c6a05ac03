"""Page forms the PDF reader was changed for (datasets/redteam/readers, built by its
build.py): a level watermark over the tables, a table turned a quarter sharing its
page with upright text. Built and tuned on in the same session: these pin that the
forms stay read; they are no evidence of how the reader does on unseen forms."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from formats_redteam import formats_eval

pytest.importorskip("pdfplumber", reason="the pdf extra (pdfplumber) is not installed")

from govinfo_nlp.read import read
from govinfo_nlp.readers import pdf

CORPUS = ROOT / "datasets" / "redteam" / "readers"


def _files() -> list[Path]:
    files: list[Path] = formats_eval().files("", CORPUS)
    return files


@cache
def _score(name: str) -> dict[str, Any]:
    result: dict[str, Any] = formats_eval().score(CORPUS / name)
    return result


def test_the_corpus_is_there() -> None:
    assert [p.name for p in _files()] == [
        "r01_pdf_level_watermark.pdf",
        "r02_pdf_turned_table_beside_text.pdf",
        "r03_pdf_turned_table_in_prose.pdf",
    ]


@pytest.mark.parametrize("name", [p.name for p in _files()])
def test_every_cell(name: str) -> None:
    s = _score(name)
    truth = formats_eval().truth_of(CORPUS / name)
    assert s["errors"] == [] and s["wrong"] == [] and s["unread"] == []
    assert s["right"] == len(truth["tables"])


def test_the_watermark_is_not_in_the_text() -> None:
    doc = read(CORPUS / "r01_pdf_level_watermark.pdf")
    assert "管委会" not in doc.text and "2024 03 15" not in doc.text


def test_upright_text_beside_a_turned_table_reads_in_order() -> None:
    doc = read(CORPUS / "r02_pdf_turned_table_beside_text.pdf")
    page = doc.text[doc.pages[1].start : doc.pages[1].end]
    heading, table, note = (
        page.find("（续）申请情况统计表（横排）"),
        page.find("一、本年新收政府信息公开申请数量 |"),
        page.find("上表为本机关本年度依申请公开情况，数据截至12月31日。"),
    )
    assert 0 <= heading < table < note
    # the boxes are the page's own: every character's box lies on the page
    p = doc.pages[1]
    assert (p.width, p.height) == (612.0, 792.0)
    boxes = [b for b in p.boxes if b is not None]
    assert boxes and all(
        0 <= b[0] <= b[2] <= p.width and 0 <= b[1] <= b[3] <= p.height for b in boxes
    )


def _glyph(size: float, colour: tuple[float, ...]) -> dict[str, Any]:
    return {"size": size, "non_stroking_color": colour}


@pytest.mark.parametrize(
    ("glyph", "mark"),
    [
        (_glyph(60.0, (0.82, 0.82, 0.82)), True),  # big, pale: a watermark
        (_glyph(60.0, (0.8,)), True),  # in grey
        (_glyph(60.0, (0.0, 0.0, 0.0, 0.2)), True),  # in CMYK, 20% black
        (_glyph(22.0, (0.82, 0.82, 0.82)), False),  # a pale title: not 2.5x the body
        (_glyph(60.0, (0.0, 0.0, 0.0)), False),  # a big black line: not pale
        (_glyph(60.0, (0.0, 0.0, 0.0, 1.0)), False),
        ({"size": 60.0, "non_stroking_color": None}, False),  # colour not known
        ({"size": 60.0, "non_stroking_color": ("P0",)}, False),  # a pattern
    ],
)
def test_a_level_watermark_is_big_and_pale(glyph: dict[str, Any], mark: bool) -> None:
    assert pdf._watermark(glyph, 11.0) is mark


def _chars(text: str, x: float, top: float, turn: int = 0) -> list[pdf._Char]:
    out = []
    for ch in text:
        if turn:  # one glyph under the other, read downward
            out.append(pdf._Char(ch, x, top, x + 10, top + 10, 10.0, turn))
            top += 10
        else:
            out.append(pdf._Char(ch, x, top, x + 10, top + 10, 10.0))
            x += 10
    return out


def test_a_few_turned_glyphs_leave_the_page_read_one_way() -> None:
    table = [(100.0, 100.0, 300.0, 200.0)]
    upright = _chars("本年度政府信息公开工作情况", 50, 50) + _chars("12", 150, 150)
    assert pdf._orientations(upright + _chars("第3页", 580, 300, 90), [table], 0) is None
    assert (
        pdf._orientations(upright + _chars("上表为本表格的说明文字", 580, 300, 90), [], 0) is None
    )


def test_a_turned_table_and_upright_text_are_read_apart() -> None:
    table = [(100.0, 100.0, 300.0, 400.0)]
    inside = _chars("行政复议", 150, 120, 90) + _chars("1", 200, 300)  # one glyph set level
    prose = _chars("本年度政府信息公开工作情况", 50, 50)
    parts = pdf._orientations(inside + prose, [table], 0)
    assert parts is not None and sorted(parts) == [0, 90]
    assert parts[90] == (inside, [table])  # the table's glyphs go with it, all of them
    assert parts[0] == (prose, [])
