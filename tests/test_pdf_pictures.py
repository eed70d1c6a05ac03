"""Tables pasted as pictures into a PDF with a text layer (formats2 g26 and built files).

With tesseract the picture's ruled table is OCR'd into the page, its cells kept only
where the tables' sums confirm them; without it a ``read.table_picture`` warning names
the page and its cells stay unread. Either way the pictures looked at are bounded.
"""

from __future__ import annotations

import zlib

import pytest
from conftest import ROOT
from tinypdf import pdf_file

pytest.importorskip("pdfplumber", reason="the pdf extra (pdfplumber) is not installed")

from govinfo_nlp import parse
from govinfo_nlp.readers import ocr
from govinfo_nlp.readers.pdf import read_pdf

G26 = ROOT / "datasets" / "redteam" / "formats2" / "g26_pdf_table_picture.pdf"


def _pdf(draws: list[tuple[float, float, float, float]], *, declared: int = 8) -> bytes:
    """A one-page PDF with a line of text and one picture drawn at each (x, y, w, h);
    the picture's dictionary declares ``declared`` pixels a side (its data has 8)."""
    content = b"BT /F1 12 Tf 72 760 Td (Annual report 2024 of the office) Tj ET\n" + b"".join(
        b"q %g 0 0 %g %g %g cm /Im0 Do Q\n" % (w, h, x, y) for x, y, w, h in draws
    )
    pixels = zlib.compress(bytes(range(0, 256, 4)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> /XObject << /Im0 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream"
        % (declared, declared, len(pixels), pixels),
    ]
    return pdf_file(objects)


def test_without_ocr_a_table_picture_is_named_and_its_cells_unread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    report = parse(G26)
    (warning,) = [w for w in report.warnings if w.startswith("read.table_picture:")]
    assert "page(s) 2 hold a table pasted as a picture" in warning
    assert "tesseract" in warning  # says how to read it
    assert not any(f.startswith("t3.") for f in report.tables.values)
    # the text tables around it are read as before
    assert report.tables.values["t4.review.total"].value == 2


@pytest.mark.skipif(
    not ocr.ocr_available(),
    reason="tesseract with the chi_sim data is not installed: pictures are not OCR'd",
)
def test_a_table_picture_is_ocrd_and_the_text_tables_on_its_page_stay_text() -> None:
    report = parse(G26)
    assert not any(w.startswith("read.table_picture:") for w in report.warnings)
    assert report.tables.values["t3.new.total"].value == 2
    # table 四 shares the picture's page: read from the text layer, it needs no
    # confirmation by the sums; nor does table 二 (no sums at all) on page 1
    assert report.tables.values["t4.review.total"].value == 2
    assert report.tables.values["t2.rules.in_force"].value == 288
    text, _, pages, _ = read_pdf(G26.read_bytes())
    assert [p.reader for p in pages] == ["pdfplumber"] * 3
    ((start, end),) = pages[1].ocr
    assert "本年新收" in text[start:end] and "行政复议" not in text[start:end]


def test_pictures_looked_at_are_bounded_and_the_rest_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    looked: list[int] = []
    real = ocr.picture_grids

    def counting(data: bytes, pictures: list[tuple[int, tuple[float, ...]]], **kw: object) -> list:
        looked.append(len(pictures))
        return real(data, pictures, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(ocr, "picture_grids", counting)
    # 300 pictures at distinct places, the same place drawn twice counted once
    draws = [(20 + (k % 20) * 25, 60 + (k // 20) * 40, 100, 50) for k in range(300)]
    data = _pdf([*draws, draws[0]])
    _, _, _, warnings = read_pdf(data, max_ocr_pages=3)
    assert looked == [3]
    (limit,) = [w for w in warnings if w.startswith("read.ocr_page_limit:")]
    assert "pictures on page(s) 1 " in limit and "bound of 3 " in limit


def test_a_picture_too_big_to_decode_is_not_rendered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    seen: list[object] = []
    monkeypatch.setattr(
        ocr, "picture_grids", lambda data, pictures, **kw: seen.extend(pictures) or []
    )
    data = _pdf([(72, 200, 400, 400)], declared=60_000)
    _, _, _, warnings = read_pdf(data)
    assert seen == []
    (warning,) = [w for w in warnings if w.startswith("read.table_picture:")]
    assert "page(s) 1 hold a picture of more than 36 million pixels" in warning


def test_small_pictures_and_pictures_under_text_are_not_looked_at(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    seen: list[object] = []
    monkeypatch.setattr(
        ocr, "picture_grids", lambda data, pictures, **kw: seen.extend(pictures) or []
    )
    # an icon (40 x 20 points) and a background under the line of text
    read_pdf(_pdf([(300, 300, 40, 20), (60, 740, 500, 40)]))
    assert seen == []


def test_ocr_words_of_a_cell_are_read_line_by_line(monkeypatch: pytest.MonkeyPatch) -> None:
    np = pytest.importorskip("numpy")
    pytest.importorskip("PIL")
    # a label wrapped over two lines: tesseract gives each word's line; ordering the
    # cell's words by their left edge alone interleaves the lines (申请人无处正当理...)
    words = [
        ("1.申请人", 95.0, (40, 40, 80, 20), (1, 1, 1)),
        ("处理", 95.0, (40, 64, 30, 20), (1, 1, 2)),
        ("无正当理由", 95.0, (125, 40, 90, 20), (1, 1, 1)),
        ("其申请", 95.0, (75, 64, 50, 20), (1, 1, 2)),
    ]
    monkeypatch.setattr(ocr, "_tesseract", lambda image, **kw: words)
    crop = np.zeros((50, 200), dtype=np.uint8)
    ((text, conf, count),) = ocr._batch([crop], digits=False)
    assert (text, conf, count) == ("1.申请人无正当理由处理其申请", 95.0, 4)


def test_a_lone_digit_the_digits_pass_misses_is_read_from_the_general_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    np = pytest.importorskip("numpy")
    reads = {
        False: [("1", 93.6, 1), ("1 2", 93.0, 2), ("〈区分处理的〉", 96.0, 1), ("7", 60.0, 1)],
        True: [("", 0.0, 0), ("", 0.0, 0), ("", 0.0, 0)],
    }
    monkeypatch.setattr(ocr, "_batch", lambda crops, digits: reads[digits][: len(crops)])
    gray = np.zeros((400, 100), dtype=np.uint8)
    cells = [(0, k * 100, 100, k * 100 + 100) for k in range(4)]
    got = [text for text, _ in ocr._read_cells(gray, cells)]
    # one confident word of digits; two words are never one number; a weak read is unread
    assert got == ["1", ocr._UNREAD, "（区分处理的）", ocr._UNREAD]
