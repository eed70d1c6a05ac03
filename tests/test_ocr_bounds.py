"""OCR's memory bound: page images worked on in bands, and a cap on the pixels of a page."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

np = pytest.importorskip("numpy")
ocr = pytest.importorskip("govinfo_nlp.readers.ocr")

from govinfo_nlp.errors import UnreadableDocument  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "datasets" / "fixtures"


def _box_mean_ink(gray: np.ndarray) -> np.ndarray:
    """The 3x3 mean of the whole page at once, edges repeated (what the bands must give)."""
    g = np.pad(gray.astype(np.int64), 1, mode="edge")
    h, w = gray.shape
    total = sum(
        g[1 + dy : h + 1 + dy, 1 + dx : w + 1 + dx] for dy in (-1, 0, 1) for dx in (-1, 0, 1)
    )
    return total < 9 * ocr._LINE_INK


pages = st.tuples(st.integers(1, 30), st.integers(1, 30), st.integers(0, 2**32 - 1)).map(
    lambda t: (
        np.random.default_rng(t[2]).choice([0, 100, 200, 255], size=(t[0], t[1])).astype(np.uint8)
    )
)


@settings(max_examples=60, deadline=None)
@given(pages, st.integers(1, 7))
def test_line_ink_in_bands_is_the_whole_page_mean(gray: np.ndarray, band: int) -> None:
    old = ocr._BAND
    try:
        ocr._BAND = band
        assert (ocr._line_ink(gray) == _box_mean_ink(gray)).all()
    finally:
        ocr._BAND = old


@settings(max_examples=60, deadline=None)
@given(pages, st.integers(1, 7), st.integers(1, 8))
def test_ruling_lines_do_not_depend_on_the_band(gray: np.ndarray, band: int, length: int) -> None:
    ink = gray < 150
    whole = ocr._rules(ink, length), ocr._rules(ink.T, length)
    old = ocr._BAND
    try:
        ocr._BAND = band
        assert (ocr._rules(ink, length), ocr._rules(ink.T, length)) == whole
    finally:
        ocr._BAND = old


def test_a_ruled_grid_is_found_across_band_edges() -> None:
    gray = np.full((300, 400), 255, dtype=np.uint8)
    for y in (10, 100, 190, 280):  # rows crossing the 256-row band edge too
        gray[y : y + 3, 20:380] = 0
    for x in (20, 200, 377):
        gray[10:283, x : x + 3] = 0
    (cells,) = ocr._cells(ocr._line_ink(gray))
    assert len(cells) == 6
    old = ocr._BAND
    try:
        ocr._BAND = 7
        assert ocr._cells(ocr._line_ink(gray)) == [cells]
    finally:
        ocr._BAND = old


def test_a_page_too_big_for_the_pixel_cap_is_read_at_a_lower_resolution() -> None:
    # A4 at 300 dpi fits, untouched
    assert ocr._fitting_dpi(300, 8.27, 11.69) == 300
    # a 1 m x 1.5 m poster does not: fewer dots per inch, as many as fit
    dpi = ocr._fitting_dpi(300, 39.4, 59.1)
    assert dpi < 300 and 39.4 * 59.1 * dpi * dpi <= ocr.MAX_PIXELS
    assert 39.4 * 59.1 * (dpi + 1) ** 2 > ocr.MAX_PIXELS


def _png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` x ``height`` pixels (its data is one pixel)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_a_decompression_bomb_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("PIL")
    monkeypatch.setattr(ocr, "ocr_available", lambda: True)
    with pytest.raises(UnreadableDocument) as caught:
        ocr.read_image(_png_claiming(100_000, 100_000), name="bomb.png")
    assert caught.value.code == "image" and "bomb.png" in str(caught.value)


def _ocr_skip() -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        not ocr.ocr_available(),
        reason="tesseract with the chi_sim data is not installed: images are not read",
    )


@_ocr_skip()
def test_a_picture_over_the_pixel_cap_is_read_reduced_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pypdfium2 = pytest.importorskip("pypdfium2")
    from govinfo_nlp import parse

    pdf = pypdfium2.PdfDocument(str(FIXTURES / "word2021_scanned.pdf"))
    picture = tmp_path / "page2.png"
    pdf[1].render(scale=300 / 72, grayscale=True).to_pil().save(picture, dpi=(300, 300))
    # a 300 dpi A4 page is 8.7 million pixels: over a cap of 3 million, it is halved
    monkeypatch.setattr(ocr, "MAX_PIXELS", 3_000_000)
    report = parse(picture)
    assert report.errors == () and report.text.strip()
    (warning,) = [w for w in report.warnings if w.code == "read.ocr_downscaled"]
    assert "page 1 " in warning and "150 dpi" in warning


@_ocr_skip()
def test_a_pdf_page_over_the_pixel_cap_is_rendered_at_a_lower_resolution(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ocr, "MAX_PIXELS", 3_000_000)
    warnings: list[str] = []
    data = (FIXTURES / "word2021_scanned.pdf").read_bytes()
    (page,) = ocr.ocr_pages(data, [2], name="scan.pdf", warnings=warnings)
    assert page.number == 2 and page.blocks
    (warning,) = warnings
    assert warning.startswith("read.ocr_downscaled: scan.pdf: page 2 is 9 million pixels")
    assert "at 176 dpi" in warning


def test_ocr_reads_at_most_max_ocr_pages_and_names_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Time, not memory: at about 15 s a page, a long scan would hold a worker for
    # hours. The first pages are read, the others named; tesseract is not needed
    # to check which pages are sent to it.
    pytest.importorskip("pdfplumber")
    from govinfo_nlp.readers import pdf

    asked: list[list[int]] = []

    def fake_ocr(
        data: bytes, numbers: list[int], *, name: str, warnings: list[str]
    ) -> list[object]:
        asked.append(list(numbers))
        # a line a page: what OCR read does not matter here, only which pages
        return [
            pdf._PageContent(n, "tesseract", 595.0, 842.0, [(0.0, [(f"第{n}页", None)])])
            for n in numbers
        ]

    monkeypatch.setattr(ocr, "ocr_available", lambda: True)
    monkeypatch.setattr(ocr, "ocr_pages", fake_ocr)
    data = (FIXTURES / "word2021_scanned.pdf").read_bytes()

    *_, warnings = pdf.read_pdf(data, name="scan.pdf", max_ocr_pages=3)
    assert asked == [[1, 2, 3]]
    (warning,) = [w for w in warnings if w.startswith("read.ocr_page_limit")]
    assert "scan.pdf: page(s) 4 need OCR" in warning and "bound of 3 pages" in warning

    asked.clear()
    *_, warnings = pdf.read_pdf(data, name="scan.pdf", max_ocr_pages=1)
    assert asked == [[1]]
    assert any("page(s) 2-4 need OCR" in w for w in warnings)

    asked.clear()
    *_, warnings = pdf.read_pdf(data, name="scan.pdf", max_ocr_pages=4)
    assert asked == [[1, 2, 3, 4]]
    assert not [w for w in warnings if w.startswith("read.ocr_page_limit")]


def test_limits_carry_max_ocr_pages_to_the_pdf_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    from govinfo_nlp import Limits, parse
    from govinfo_nlp.readers import pdf

    seen: dict[str, object] = {}

    def fake_read_pdf(data: bytes, **kwargs: object) -> object:
        seen.update(kwargs)
        raise UnreadableDocument("stop here", code="pdf")

    monkeypatch.setattr(pdf, "read_pdf", fake_read_pdf)
    report = parse(FIXTURES / "word2021_scanned.pdf", limits=Limits(max_ocr_pages=7))
    assert seen["max_ocr_pages"] == 7 and report.errors
    with pytest.raises(Exception, match="max_ocr_pages must be >= 1"):
        Limits(max_ocr_pages=0)


def test_a_picture_reads_at_most_max_ocr_pages_frames(monkeypatch: pytest.MonkeyPatch) -> None:
    Image = pytest.importorskip("PIL.Image")
    import io

    read: list[int] = []

    def fake_page(gray: np.ndarray, number: int, scale: float) -> object:
        from govinfo_nlp.readers import pdf

        read.append(number)
        return pdf._PageContent(
            number, "tesseract", 595.0, 842.0, [(0.0, [(f"第{number}页", None)])]
        )

    monkeypatch.setattr(ocr, "ocr_available", lambda: True)
    monkeypatch.setattr(ocr, "_page_content", fake_page)
    frames = [Image.new("L", (20, 20), 255) for _ in range(5)]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="TIFF", save_all=True, append_images=frames[1:])
    *_, warnings = ocr.read_image(buffer.getvalue(), name="scan.tif", max_pages=2)
    assert read == [1, 2]
    (warning,) = warnings
    assert warning.startswith("read.ocr_page_limit: scan.tif: page(s) 3-5 need OCR")
