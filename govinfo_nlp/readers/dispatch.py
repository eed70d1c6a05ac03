"""Which reader a binary input needs, by its bytes first and its suffix second."""

from __future__ import annotations

import codecs
import io
import re
import zipfile

from ..errors import MissingExtra, UnreadableDocument
from ..limits import DEFAULT_LIMITS, Limits
from ..read import Document, caption_years, unified_table
from .ideographs import unify
from .pages import Page
from .serial import drop_serial_columns

__all__ = ["BINARY_SUFFIXES", "IMAGE_SUFFIXES", "read_binary", "sniff", "word_html"]

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})
BINARY_SUFFIXES = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".doc": "doc",
    ".wps": "wps",
    ".odt": "odt",
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
# A flat OpenDocument text (.fodt, LibreOffice's "Flat XML ODF"): the whole document as
# one XML file whose root names the kind. Read as text it gave nothing, without an
# error (formats7 j12); LibreOffice converts it as it does an .odt.
_FLAT_ODF_TEXT = re.compile(
    rb"<office:document\b[^>]*?office:mimetype\s*=\s*[\"']application/vnd\.oasis\.opendocument\.text[\"']"
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
            archive = zipfile.ZipFile(io.BytesIO(data))
            names = archive.namelist()
        except zipfile.BadZipFile:
            return BINARY_SUFFIXES.get(suffix)
        if "word/document.xml" in names:
            return "docx"
        if _odf_text(archive, names):
            return "odt"
        if BINARY_SUFFIXES.get(suffix) in ("doc", "wps") and _office_other(archive, names):
            # a spreadsheet or presentation under a .doc/.wps name is named as what it is
            # (README), not sent to LibreOffice as a Word file, which failed with its own
            # warning text as the error (hostile25 z02)
            return "zip"
        return BINARY_SUFFIXES.get(suffix, "zip")
    if data.startswith(_OLE):
        if _ole_spreadsheet(data):
            return "spreadsheet"
        # .doc and .wps share the container; the suffix tells LibreOffice which.
        return "wps" if suffix == ".wps" else "doc"
    if data.startswith(b"{\\rtf") and suffix not in (".txt", ".text"):
        # Word's rich text, as .rtf or under a .doc name: LibreOffice reads it by its
        # content, as it does a Word 97 file (read as text, its control words hid every
        # cell: formats6 i12); a file named as text stays text, as a text naming %PDF-
        # does (formats3)
        return "wps" if suffix == ".wps" else "doc"
    if data.startswith(_IMAGES):
        return "image"
    if _flat_odf_text(data):
        return "odt"
    return None


def _flat_odf_text(data: bytes) -> bool:
    """Whether ``data`` is a flat OpenDocument text: XML (a UTF-8 BOM and an XML
    declaration may come first) whose root ``office:document`` says it is a text."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<?xml") and bool(_FLAT_ODF_TEXT.search(head))


def _odf_text(archive: zipfile.ZipFile, names: list[str]) -> bool:
    """Whether a zip file is an OpenDocument text (Writer's .odt): its first member,
    ``mimetype``, names the kind, stored uncompressed."""
    if "mimetype" not in names or archive.getinfo("mimetype").file_size > 100:
        return False
    return archive.read("mimetype").strip() == b"application/vnd.oasis.opendocument.text"


def _office_other(archive: zipfile.ZipFile, names: list[str]) -> bool:
    """Whether a zip file is an OOXML or OpenDocument spreadsheet or presentation."""
    if "xl/workbook.xml" in names or "ppt/presentation.xml" in names:
        return True
    if "mimetype" not in names or archive.getinfo("mimetype").file_size > 100:
        return False
    kind = archive.read("mimetype")
    return b"spreadsheet" in kind or b"presentation" in kind


# The members of a zip-based document LibreOffice would unpack: all but its pictures
# (images are decoded when drawn, and a report's photos may be large).
_PICTURE_FOLDERS = ("Pictures/", "Thumbnails/", "media/", "word/media/")


def _unpacked_too_much(data: bytes, name: str, max_bytes: int) -> None:
    """Raise ``read.too_large`` when the members of a zip-based document (an .odt, or a
    DOCX under a .doc name) declare more than ``max_bytes`` unpacked, as read_docx does
    for a DOCX: LibreOffice unpacked a 400 MiB content.xml (under 1 MB on disk) whole,
    2 GB of memory (hostile25 z01). zipfile reads a member no further than it declares."""
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # LibreOffice says what is wrong with it
    total = sum(i.file_size for i in infos if not i.filename.startswith(_PICTURE_FOLDERS))
    if total > max_bytes:
        raise UnreadableDocument(
            f"{name}: its parts unpack to {total:,} bytes (more than {max_bytes:,}: a zip "
            "bomb or not one report); raise the bound with Limits(max_bytes=...) or "
            "--max-bytes if the input is trusted",
            code="too_large",
        )


# An OLE2 compound file's directory entries are 128 bytes, aligned so in the file (the
# header and the sectors are multiples of 128): a name in UTF-16LE, then at byte 64 its
# length in bytes with the terminating NUL. An Excel 97-2003 workbook (.xls, and the
# .et WPS saves as one) has a Workbook (Book: Excel 5) stream and no WordDocument: sent to
# LibreOffice as a Word file it failed with a converter's message (formats8 k15).
_OLE_ENTRY = 128


def _ole_stream(data: bytes, name: str) -> bool:
    """Whether an OLE2 compound file has a directory entry (a stream) named ``name``."""
    key = name.encode("utf-16-le") + b"\0\0"
    size = len(key).to_bytes(2, "little")
    at = data.find(key)
    while at != -1:
        if at % _OLE_ENTRY == 0 and data[at + 64 : at + 66] == size:
            return True
        at = data.find(key, at + 1)
    return False


# The fixed fields of an OLE2 compound file's 512-byte header that every writer (Word,
# WPS, LibreOffice) sets: the byte order mark at 28, the sector size as a power of two at
# 30 (512 bytes in version 3, 4,096 in version 4) and the mini sector's at 32 (64 bytes).
# A file with the magic number but not these is damaged or only looks like one: sent to
# LibreOffice, it fell back to reading the bytes as text and gave a row of junk
# characters (a hypothesis draw of the magic number followed by random bytes).
_OLE_HEADER = ((28, b"\xfe\xff"), (32, b"\x06\x00"))
_OLE_SECTOR_SHIFTS = (b"\x09\x00", b"\x0c\x00")


def ole_header_ok(data: bytes) -> bool:
    """Whether ``data`` has a whole OLE2 compound file header (not only its magic number)."""
    return (
        len(data) >= 1024
        and all(data[at : at + len(field)] == field for at, field in _OLE_HEADER)
        and data[30:32] in _OLE_SECTOR_SHIFTS
    )


def _ole_spreadsheet(data: bytes) -> bool:
    return not _ole_stream(data, "WordDocument") and (
        _ole_stream(data, "Workbook") or _ole_stream(data, "Book")
    )


def _container(data: bytes, name: str) -> str:
    """What a zip file that is no report format holds, for its error: a spreadsheet
    (a report's tables attached on their own), or an archive and its first members."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
        kind = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError):
        return f"{name}: a zip file that is not a report format"
    if "xl/workbook.xml" in names or b"spreadsheet" in kind:
        return (
            f"{name}: a spreadsheet (.xlsx/.ods), not a report; a report's tables are read "
            "from the report itself (PDF, DOCX, DOC/WPS or web page)"
        )
    if "ppt/presentation.xml" in names or b"presentation" in kind:
        return f"{name}: a presentation (.pptx/.odp), not a report"
    files = [n for n in names if not n.endswith("/")]
    shown = ", ".join(files[:5]) + (f" and {len(files) - 5} more" if len(files) > 5 else "")
    return (
        f"{name}: a zip archive of {len(files)} file(s) ({shown or 'empty'}), not a report; "
        "unpack it and read the report inside"
    )


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
    XML unpacked from a DOCX, the pages read from a PDF and the page content
    its streams unpack to.
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
    elif fmt in ("doc", "wps", "odt"):
        from .docx import read_docx
        from .legacy import convert_to_docx

        if data.startswith(_OLE) and not ole_header_ok(data):
            raise UnreadableDocument(
                f"{name}: a damaged {fmt} file: it starts like a Word/WPS compound file but "
                "its header is not one (truncated or not a document)",
                code="binary",
            )
        # (an OpenDocument text that is no zip is the flat one, which LibreOffice opens by its name)
        flat = fmt == "odt" and not data.startswith(b"PK\x03\x04")
        if data.startswith(b"PK\x03\x04"):
            _unpacked_too_much(data, name, limits.max_bytes)
        converted = convert_to_docx(data, ".fodt" if flat else f".{fmt}", name=name)
        text, tables = read_docx(converted, name=name, max_bytes=limits.max_bytes)
        reader = "libreoffice+python-docx"
    elif fmt == "pdf":
        from .pdf import read_pdf

        text, tables, pages, warnings = read_pdf(
            data,
            name=name,
            max_pages=limits.max_pages,
            max_ocr_pages=limits.max_ocr_pages,
            max_bytes=limits.max_bytes,
            max_page_chars=limits.max_page_chars,
        )
        readers = [p.reader for p in pages] + ["tesseract" for p in pages if p.ocr]
        reader = "+".join(dict.fromkeys(readers))
    elif fmt == "image":
        from .ocr import read_image

        text, tables, pages, warnings = read_image(data, name=name, max_pages=limits.max_ocr_pages)
        reader = "tesseract"
    elif fmt == "zip":
        raise UnreadableDocument(_container(data, name), code="binary")
    elif fmt == "spreadsheet":
        raise UnreadableDocument(
            f"{name}: a spreadsheet (an Excel 97-2003 workbook: .xls, .et), not a report; a "
            "report's tables are read from the report itself (PDF, DOCX, DOC/WPS or web page)",
            code="binary",
        )
    else:
        raise UnreadableDocument(f"{name}: a {fmt} file is not a report format", code="binary")
    # (radicals and compatibility ideographs pasted from a PDF: readers.ideographs)
    text = unify(text)
    return Document(
        text,
        text,
        range(len(text) + 1),
        fmt,
        reader,
        path,
        caption_years(
            tuple(drop_serial_columns(unified_table(t)) for t in tables), text, lambda t: t.start
        ),
        pages=pages,
        warnings=warnings,
    )
