"""Which reader a binary input needs, by its bytes first and its suffix second."""

from __future__ import annotations

import codecs
import io
import re
import zipfile

from ..errors import MissingExtra, UnreadableDocument
from ..limits import DEFAULT_LIMITS, Limits
from ..read import Document
from .pages import Page
from .serial import drop_serial_columns

__all__ = ["BINARY_SUFFIXES", "IMAGE_SUFFIXES", "read_binary", "sniff", "word_html"]

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})
BINARY_SUFFIXES = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".doc": "doc",
    ".wps": "wps",
    **dict.fromkeys(IMAGE_SUFFIXES, "image"),
}
FORMATS = frozenset(BINARY_SUFFIXES.values())
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
# What Word and WPS write into a document saved as a web page (the office XML
# namespaces, the ProgId meta): such a file is often published under its .doc name.
_WORD_HTML = re.compile(
    rb"(?i)urn:schemas-microsoft-com:office:word|name=\"?ProgId\"?\s+content=\"?(?:Word|WPS)\."
)


def sniff(data: bytes, suffix: str = "") -> str | None:
    """The binary format of ``data`` (None: text or HTML).

    >>> sniff(b"%PDF-1.7 ..."), sniff("一、总体情况".encode())
    ('pdf', None)
    """
    # A PDF may have junk before its header (within the first 1024 bytes, as
    # readers allow); only a .pdf gets that benefit, so a text mentioning %PDF- stays text.
    if data.lstrip()[:5] == b"%PDF-" or (suffix == ".pdf" and b"%PDF-" in data[:1024]):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return BINARY_SUFFIXES.get(suffix)
        return "docx" if "word/document.xml" in names else BINARY_SUFFIXES.get(suffix, "zip")
    if data.startswith(_OLE):
        # .doc and .wps share the container; the suffix tells LibreOffice which.
        return "wps" if suffix == ".wps" else "doc"
    if data.startswith(b"{\\rtf") and suffix in (".doc", ".wps"):
        # Word's rich text, often published under a .doc name: LibreOffice reads it
        # by its content whatever the name, as it does a Word 97 file
        return "wps" if suffix == ".wps" else "doc"
    if data.startswith(_IMAGES):
        return "image"
    return None


def word_html(data: bytes, suffix: str) -> bool:
    """Whether a .doc/.wps file is a Word (or WPS) document saved as a web page.

    Only the office's own marks count: an error page saved under a .doc name is
    still not a doc file.
    """
    if suffix not in (".doc", ".wps"):
        return False
    head = data[:4096]
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        head = head.decode("utf-16", "ignore").encode("ascii", "ignore")
    return bool(_WORD_HTML.search(head))


def read_binary(
    data: bytes, fmt: str, *, path: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Document:
    """Read a binary document of format ``fmt`` (see :data:`BINARY_SUFFIXES`).

    A missing optional dependency is this document's error, naming the extra
    to install: a batch goes on with the other files. ``limits`` bounds the
    XML unpacked from a DOCX and the pages read from a PDF.
    """
    try:
        return _read_binary(data, fmt, path, limits)
    except MissingExtra as exc:
        raise UnreadableDocument(f"{path or 'input'}: {exc}", code="missing_extra") from exc


def _read_binary(data: bytes, fmt: str, path: str | None, limits: Limits) -> Document:
    name = path or "input"
    pages: tuple[Page, ...] = ()
    warnings: tuple[str, ...] = ()
    if fmt == "docx":
        from .docx import read_docx

        text, tables = read_docx(data, name=name, max_bytes=limits.max_bytes)
        reader = "python-docx"
    elif fmt in ("doc", "wps"):
        from .docx import read_docx
        from .legacy import convert_to_docx

        converted = convert_to_docx(data, f".{fmt}", name=name)
        text, tables = read_docx(converted, name=name, max_bytes=limits.max_bytes)
        reader = "libreoffice+python-docx"
    elif fmt == "pdf":
        from .pdf import read_pdf

        text, tables, pages, warnings = read_pdf(
            data, name=name, max_pages=limits.max_pages, max_ocr_pages=limits.max_ocr_pages
        )
        readers = [p.reader for p in pages] + ["tesseract" for p in pages if p.ocr]
        reader = "+".join(dict.fromkeys(readers))
    elif fmt == "image":
        from .ocr import read_image

        text, tables, pages, warnings = read_image(data, name=name, max_pages=limits.max_ocr_pages)
        reader = "tesseract"
    else:
        raise UnreadableDocument(f"{name}: a {fmt} file is not a report format", code="binary")
    return Document(
        text,
        text,
        range(len(text) + 1),
        fmt,
        reader,
        path,
        tuple(drop_serial_columns(t) for t in tables),
        pages=pages,
        warnings=warnings,
    )
