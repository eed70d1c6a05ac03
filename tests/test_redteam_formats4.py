"""The fourth blind format red team (datasets/redteam/formats4, made by its build.sh).

Built and its truth written before the readers were read; its first reading
(README, first_reading.txt) is the evidence. No file may give a wrong cell, a
wrong agency or year, or an unexpected error (``test_nothing_wrong``); the files
read completely are pinned (``test_every_cell``), the others are strict xfails
naming the defect. Then the fixes the set led to, each with a test that fails on
the code before it.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from formats_redteam import HAS_SOFFICE, BlindSet
from hypothesis import given, settings
from hypothesis import strategies as st
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
from govinfo_nlp.readers.dispatch import sniff

# read only by converting with LibreOffice; g10 (.odt) too, but without LibreOffice its
# truth allows the clear read.converter_missing error, so it is scored then
NEEDS_SOFFICE = {"g11_rtf_named.doc"}
# file -> why it is not read completely now
LIMITS: dict[str, str] = {}

BLIND = BlindSet("formats4", LIMITS, soffice=NEEDS_SOFFICE)
test_the_corpus_is_there, test_nothing_wrong, test_every_cell = BLIND.tests()
FILES, TRUTH, _score = BLIND.files, BLIND.truth, BLIND.score


# --- the fixes --------------------------------------------------------------------


def test_a_searchable_scans_ocr_layer_is_not_taken_as_typed_text() -> None:
    # g01: tesseract's invisible text under 110 dpi page scans. Before: read as typed
    # text, t2.penalty.decisions=125 where the page says 525 (a wrong cell). Now its
    # cells are OCR's: kept only where the tables' arithmetic confirms them (table 二's
    # never), and a warning names the pages
    name = "g01_searchable_scan.pdf"
    row = govinfo_nlp.parse(FILES / name, stages=("tables",)).to_dict()
    assert not [k for k in row["tables"] if k.startswith("t2.")]
    cells = TRUTH[name]["cells"]
    assert all(v == cells[k] for k, v in row["tables"].items())
    assert [w for w in row["warnings"] if w.startswith("read.ocr_layer:")]


def test_a_turned_pages_rules_drawn_as_rectangles_are_edges() -> None:
    # g05: a landscape page stored as portrait media with its content turned (/Rotate 90):
    # Chromium's cell borders, filled rectangles, come out of the turn 1e-14 off square,
    # so pdfminer gives curves whose sides were no edges; one rule lost merged the label
    # column into one cell: 13 cells unread before the fix
    row = govinfo_nlp.parse(FILES / "g05_rotated_page.pdf", stages=("tables",)).to_dict()
    cells = TRUTH["g05_rotated_page.pdf"]["cells"]
    for col in ("natural", "commercial", "research", "social", "legal", "other", "total"):
        for field in ("t3.granted", "t3.denied.process"):
            assert row["tables"][f"{field}.{col}"] == cells[f"{field}.{col}"]


@settings(max_examples=60, deadline=None)
@given(
    x=st.floats(1, 500),
    top=st.floats(1, 700),
    w=st.floats(0.2, 3),
    h=st.floats(5, 60),
    noise=st.lists(st.floats(-1e-9, 1e-9), min_size=8, max_size=8),
)
def test_levelled_curve_sides_are_vertical_and_horizontal(
    x: float, top: float, w: float, h: float, noise: list[float]
) -> None:
    from pdfplumber.utils.geometry import curve_to_edges

    from govinfo_nlp.readers.pdf import _level_lines

    corners = [(x, top), (x + w, top), (x + w, top + h), (x, top + h), (x, top)]
    pts = [(cx + noise[i], cy + noise[i + 4]) for i, (cx, cy) in enumerate(corners[:4])]
    pts.append((x + noise[0] * 0.5, top + noise[4] * 0.5))
    curve = {"pts": pts, "top": top, "doctop": top}
    _level_lines(SimpleNamespace(objects={"curve": [curve]}))
    orientations = [e["orientation"] for e in curve_to_edges(curve)]
    assert orientations == ["h", "v", "h", "v"]
    # a real slant (a diagonal header rule) stays a slant
    slant = {"pts": [(x, top), (x + 20, top + h)], "top": top, "doctop": top}
    _level_lines(SimpleNamespace(objects={"curve": [slant]}))
    assert [e["orientation"] for e in curve_to_edges(slant)] == [None]


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_an_odt_is_known_by_its_mimetype() -> None:
    data = (FILES / "g10_writer.odt").read_bytes()
    assert sniff(data, ".odt") == "odt"
    assert sniff(data, "") == "odt"  # by its bytes, whatever the name
    calc = _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"})
    assert sniff(calc, ".odt") == "odt"  # named .odt: its error says it is no odt text
    assert sniff(calc, "") == "zip"


@pytest.mark.skipif(not HAS_SOFFICE, reason="reading .odt needs LibreOffice, not installed")
def test_an_odt_is_read_by_converting_it() -> None:
    # before: read.binary "a zip file is not a report format"
    s = _score("g10_writer.odt")
    assert s["outcome"] == "read" and s["unread"] == [] and s["right"] == 200


def test_an_odt_without_libreoffice_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from govinfo_nlp.readers import legacy

    monkeypatch.setattr(legacy, "converter", lambda: None)
    with pytest.raises(UnreadableDocument, match="LibreOffice") as info:
        read(FILES / "g10_writer.odt")
    assert info.value.code == "converter_missing"


def test_a_zip_that_is_no_report_says_what_it_is(tmp_path: Path) -> None:
    # before: the same "a zip file is not a report format" for a spreadsheet and an archive
    with pytest.raises(UnreadableDocument, match="spreadsheet"):
        read(FILES / "g16_tables.xlsx")
    with pytest.raises(UnreadableDocument, match=r"zip archive of 1 file.*\.docx.*unpack"):
        read(FILES / "g21_attachment.zip")
    many = tmp_path / "attachments.zip"
    many.write_bytes(_zip({f"附件{i}.pdf": b"%PDF-1.4" for i in range(8)}))
    with pytest.raises(UnreadableDocument, match=r"of 8 file.*and 3 more"):
        read(many)
    pptx = tmp_path / "slides.pptx"
    pptx.write_bytes(_zip({"ppt/presentation.xml": b"<p/>"}))
    with pytest.raises(UnreadableDocument, match="presentation"):
        read(pptx)


def _layer_result(checks: int, failing: int) -> Any:
    from govinfo_nlp.tables.checks import Check
    from govinfo_nlp.tables.model import TablesResult

    values = {"t2.rules.issued": SimpleNamespace(start=5)}
    out = []
    for k in range(checks):
        a, b = f"t3.r{k}.natural", f"t3.r{k}.total"
        values[a], values[b] = SimpleNamespace(start=10 + k), SimpleNamespace(start=60 + k)
        out.append(Check(f"c{k}", (a, b), 1, 1 if k >= failing else 2, k >= failing))
    return TablesResult("2021", values, tuple(out))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("checks", "failing", "layer", "kept"),
    [
        (25, 0, True, True),  # a layer whose sums all hold: table 二 trusted with it
        (25, 1, True, False),  # one sum wrong: not
        (19, 0, True, False),  # too few sums to tell
        (25, 0, False, False),  # tesseract's own OCR: its confidences decide, no trust
    ],
)
def test_an_ocr_layer_proves_itself_by_its_sums(
    checks: int, failing: int, layer: bool, kept: bool
) -> None:
    # formats2 g15 (an exact invisible layer) keeps its table 二; formats4 g01 (tesseract's
    # layer, 5 read as 1 in table 二, its sums broken) does not
    from govinfo_nlp.readers.ocr import accept_ocr_cells
    from govinfo_nlp.readers.pages import Page

    page = Page(1, 0, 100, "pdfplumber" if layer else "tesseract", ocr_layer=layer)
    result = accept_ocr_cells(_layer_result(checks, failing), [page])
    assert ("t2.rules.issued" in result.values) is kept
    assert "t3.r5.natural" in result.values  # a confirmed cell is kept either way
    assert ("t3.r0.natural" in result.values) is (failing == 0)


# --- formats3's leftover: a gutter found only on a later page ------------------------


@pytest.mark.parametrize("where", ["top", "middle", "alone"])
def test_a_short_band_of_two_columns_borrows_the_gutter_of_a_later_page(where: str) -> None:
    # the band of two columns is on page 1 and the page that shows the gutter comes
    # after it: before, only earlier pages' gutters were borrowed and each line of the
    # band joined the two columns' text
    full = PROSE[-42:]
    band = {"top": 60.0, "middle": 92.0, "alone": 60.0}[where]
    page = [
        (LEFT, band, piece(8)),
        (RIGHT, band, piece(9)),
        (LEFT, band + 18, piece(10, 10)),
        (RIGHT, band + 18, piece(11, 12)),
    ]
    if where == "middle":
        page.append((LEFT, 60.0, full))
    if where in ("top", "middle"):
        page.append((LEFT, band + 50, full))
    text = "".join(pdf_text([page, two_column_page(0)]).split())
    assert piece(8) + piece(10, 10) + piece(9) + piece(11, 12) in text
    assert text.count(full) == (where == "middle") + (where in ("top", "middle"))
    # the two-column page itself reads as before
    assert piece(0) + piece(2) + piece(4) + piece(6) in text


def test_a_later_gutter_does_not_split_an_earlier_table_or_one_column_page() -> None:
    table = ruleless_table()
    text = "".join(pdf_text([table, two_column_page(0)]).split())
    assert piece(10) + "377812" + piece(11) + "6185" in text
    page = one_column_page()
    text = "".join(pdf_text([page, two_column_page(0)]).split())
    assert piece(8, 10) + piece(9, 11) + piece(10, 9) + piece(11, 10) in text
