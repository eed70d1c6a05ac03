"""Hostile binary input: a PDF of very many pages and a DOCX zip bomb get a clear
error, bounded by :class:`~govinfo_nlp.limits.Limits`, before they cost their size."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from tinypdf import pdf_file

from govinfo_nlp import parse
from govinfo_nlp.cli import main
from govinfo_nlp.limits import Limits

pytest.importorskip("pdfplumber", reason="the pdf extra (pdfplumber) is not installed")
pytest.importorskip("docx", reason="the docx extra (python-docx) is not installed")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_PARAGRAPH = "<w:p><w:r><w:t>本年度主动公开政府信息12条。</w:t></w:r></w:p>"


def docx(paragraphs: int) -> bytes:
    """A DOCX of ``paragraphs`` equal paragraphs: repeated XML deflates about 100 to 1."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _TYPES)
        z.writestr("_rels/.rels", _RELS)
        body = _PARAGRAPH * paragraphs
        z.writestr(
            "word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
        )
    return buf.getvalue()


def pdf(pages: int) -> bytes:
    """A PDF of ``pages`` pages sharing one content stream (a line of text)."""
    stream = b"BT /F1 12 Tf 72 720 Td (Annual report 12) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (5 + i) for i in range(pages)), pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    ] * pages
    return pdf_file(objects)


def test_a_docx_whose_xml_unpacks_past_the_bound_is_an_error() -> None:
    data = docx(20_000)  # about 1.3 MB of XML in about 10 KB
    assert len(data) < 50_000
    (error,) = parse(data, limits=Limits(max_bytes=1_000_000)).errors
    assert error.code == "read.too_large"
    assert "word/document.xml" in error.message and "max_bytes" in error.message
    # within the bound the same file is read
    report = parse(data, limits=Limits(max_bytes=2_000_000))
    assert not report.errors


def test_a_pdf_of_more_pages_than_the_bound_is_an_error() -> None:
    data = pdf(30)
    (error,) = parse(data, limits=Limits(max_pages=29)).errors
    assert error.code == "read.too_large"
    assert "30 pages" in error.message and "max_pages" in error.message
    assert not any(
        e.code == "read.too_large" for e in parse(data, limits=Limits(max_pages=30)).errors
    )


def test_the_page_bound_is_an_option_of_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "many.pdf").write_bytes(pdf(12))
    out = tmp_path / "out.jsonl"
    main(["annotate", str(tmp_path / "many.pdf"), "-o", str(out), "--max-pages", "10"])
    assert '"read.too_large"' in out.read_text("utf-8")


@pytest.mark.parametrize("bad", [0, -1, True, 2.0])
def test_the_page_bound_is_checked(bad: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        Limits(max_pages=bad)  # type: ignore[arg-type]
