"""Stage 1 — read: turn a path, bytes or text into a :class:`Document`.

Decoding is strict: a file is decoded with the first encoding that yields
plausible Chinese text, and the encoding used is reported. Anything that is
empty, binary or undecodable raises :class:`~govinfo_nlp.errors.UnreadableDocument`
instead of producing garbage text.

For HTML the markup is kept (``Document.text``), the visible text is rendered
with a map back to source offsets, and tables are handed to the table stage as
cells with their rowspan/colspan and source offsets. We use the standard
library's ``html.parser`` because it reports source positions, which lxml does
not expose; it is lenient enough for scraped pages.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from html import unescape
from html.parser import HTMLParser
from itertools import islice
from operator import attrgetter
from pathlib import Path
from typing import Any, Final

import numpy as np

from .errors import BadArgument, BadArgumentType, UnreadableDocument
from .frozen import builder
from .limits import DEFAULT_LIMITS, Limits, checkpoint
from .quantities.numerals import YEAR_GROUP, year_value
from .readers.css import (
    _FAINT_WORDS,
    _NO_HIDING,
    _PLACED_TAGS,
    _STYLE_ELEMENT,
    _ZERO_NUMBER,
    Hiding,
    _class_tag,
    _classes_of,
    _drawn_text,
    _id_tag,
    _is_hidden,
    _page_hiding,
    _shows_again,
    _sized_again,
    parts_in_lower,
)
from .readers.html_scan import CELL_INLINE, Event, cell_events, scan_events
from .readers.ideographs import unify
from .readers.mirror import mirrored
from .readers.page import Outline, data_tables, report_body
from .readers.pages import Page
from .readers.shown import table_sight

__all__ = ["Document", "HtmlCell", "HtmlTable", "decode", "names_a_file", "read"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
# a browser's single-file save: a MIME message whose HTML part is read (readers.mhtml),
# or Safari's property list (readers.webarchive)
ARCHIVE_SUFFIXES = frozenset({".mhtml", ".mht", ".webarchive"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
# Suffixes no report's text ends with: a one-line string ending so is a path.
REPORT_SUFFIXES = frozenset(
    {".txt", ".text", ".pdf", ".docx", ".doc", ".wps", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}
)

# Characters that make up almost any page of Chinese government prose. A
# decoding that yields few of them is a wrong guess (Big5 read as GBK,
# random bytes read as GB18030, ...).
_COMMON_SIMPLIFIED = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子"
    "说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当"
    "使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你"
    "明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果"
    "料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指"
    "几九区强放决西被干做必战先回则任取据处府信息报告申请市县局委办省镇街作况主动依复议诉讼规范章例项"
    "网站媒体微博号众单位门户栏目解读培训会议布办理结果收到受答合计共查询监督考核检查安全稳定权益保护"
    "领导加强推进完善落实服务平台建设群众企业社会组织机构法律科研其他总计本年新上年转下度继续处理维持"
    "纠正审未经直接起诉尚情况存在问题改进需要说明事附表格式要求及时准确全面深入开展持续不断提升"
)


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    from opencc import OpenCC

    traditional = OpenCC("s2t").convert(_COMMON_SIMPLIFIED)
    return frozenset(_COMMON_SIMPLIFIED) | frozenset(traditional)


@dataclass(frozen=True, slots=True)
class HtmlCell:
    """One ``<td>``/``<th>``: visible text (raw), span and source offsets."""

    text: str
    rowspan: int
    colspan: int
    start: int
    end: int


_build_cell = builder(HtmlCell)


@dataclass(frozen=True, slots=True)
class HtmlTable:
    rows: tuple[tuple[HtmlCell, ...], ...]
    start: int
    end: int
    # The one year its caption names (the short line right before it: 2020年度,
    # 2020年…统计表), else None (see caption_years).
    year: int | None = None
    # Whether a browser draws it: "yes", "maybe" (a rule that may hide it, which only a
    # browser can tell), "no" (hidden for certain); see readers/shown.py.
    shown: str = "yes"


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded report.

    ``text`` is the input as given (HTML source for HTML); every public
    offset points into it. ``visible`` is what a reader sees, and
    ``visible_offsets[i]`` is the offset in ``text`` that ``visible[i]``
    came from (one extra entry marks the end); for text it is the identity,
    a ``range`` (no int object per character).
    """

    text: str
    visible: str
    visible_offsets: Sequence[int]
    format: str
    encoding: str
    path: str | None = None
    html_tables: tuple[HtmlTable, ...] = ()
    # Source ranges of page chrome around the report (see readers.page).
    chrome: tuple[tuple[int, int], ...] = ()
    # Paged formats (PDF, images): each page's span of ``text`` and its reader.
    pages: tuple[Page, ...] = ()
    # What was left unread on purpose (a bound was reached): "<code>: message".
    warnings: tuple[str, ...] = ()

    @property
    def is_html(self) -> bool:
        return self.format == "html"


# (a frozen dataclass's __init__ sets each of its ten fields through object.__setattr__)
_build_document = builder(Document)


def read(
    source: str | bytes | os.PathLike[str],
    *,
    format: str | None = None,
    limits: Limits | None = None,
) -> Document:
    """Read a report from a path, raw bytes, or text.

    A ``str`` is taken as a path when it names an existing file or directory
    and has no line break; otherwise it is the report text itself. ``format``
    forces ``"text"`` or ``"html"``; by default the file suffix or the
    content decides. Only a regular file is read: a directory, FIFO, device,
    dangling link or link loop is an :class:`UnreadableDocument`, at once
    (never a hang). ``limits`` bounds the input size and the HTML tables laid
    out (see :class:`~govinfo_nlp.limits.Limits`).

    >>> read("一、总体情况\\n本年度主动公开信息12条。").encoding
    'str'
    """
    limits = limits or DEFAULT_LIMITS
    path: str | None = None
    if isinstance(source, os.PathLike) or (isinstance(source, str) and names_a_file(source)):
        path = os.fspath(source)
        if not isinstance(path, str):
            raise BadArgumentType(f"read() takes a str path, not {type(path).__name__}")
        data = _read_file(path, limits.max_bytes)
        binary = _read_binary(data, path, format, limits)
        if binary is not None:
            return binary
        text, encoding, archive = _decode_page(data, path, format, limits.max_bytes)
        css = _archive_css(data) if archive else ""
        del data  # the file's bytes: not kept while an HTML page is rendered
        if archive:
            format = "html"
    elif isinstance(source, bytes):
        _check_size(len(source), limits.max_bytes, "input")
        binary = _read_binary(source, None, format, limits)
        if binary is not None:
            return binary
        text, encoding, archive = _decode_page(source, None, format, limits.max_bytes)
        css = _archive_css(source) if archive else ""
        if archive:
            format = "html"
    elif isinstance(source, str):
        _check_size(_utf8_size(source, limits.max_bytes), limits.max_bytes, "input text")
        text, encoding = _well_formed(source), "str"
        css = ""
        _check_text(text, name="input text")
    else:
        raise BadArgumentType(f"read() takes a path, bytes or str, not {type(source).__name__}")

    if format is None:
        suffix = _suffix(path) if path else ""
        if suffix in HTML_SUFFIXES:
            format = "html"
        elif path and suffix not in TEXT_SUFFIXES:
            format = "html" if _looks_like_html(text) else "text"
        else:
            format = "html" if _looks_like_html(text) else "text"
    if format == "html":
        if path and not css:
            css = _linked_css(text, path)
        if path and _FRAMESET.search(text):
            framed = _framed_page(text, path, limits.max_bytes)
            if framed is not None:
                text, css = framed[0], "\n".join(filter(None, (css, framed[1])))
        visible, offsets, tables, outline = _render_html(text, css=css)
        visible = unify(visible)
        tables = tuple(map(unified_table, tables))
        if not visible.strip():
            if _SRCDOC.search(text):
                # the page's text is a framed document: not "no text" (hostile21 n04)
                raise UnreadableDocument(
                    f"{path or 'input'}: the page's text is inside an <iframe srcdoc> "
                    "(a document framed in an attribute), which is not read; save the "
                    "framed page itself",
                    code="html",
                )
            raise UnreadableDocument(f"{path or 'input'}: HTML has no visible text", code="empty")
        chrome = report_body(text, visible, offsets, outline)
        if chrome:
            tables = tuple(t for t in tables if not any(s <= t.start < e for s, e in chrome))
        warnings = tuple(
            f"read.table_too_large: the table at offset {t.start} spans {cells:,} grid cells "
            f"(more than {limits.max_table_cells:,}); its cells were not read (raise "
            "Limits(max_table_cells=...) or --max-table-cells if the input is trusted)"
            for t in tables
            if (cells := grid_cells(t)) > limits.max_table_cells
        )
        if warnings:
            tables = tuple(t for t in tables if grid_cells(t) <= limits.max_table_cells)
        from .readers.serial import drop_serial_columns

        tables = tuple(drop_serial_columns(t) for t in tables)
        tables = caption_years(tables, visible, lambda t: bisect_left(offsets, t.start))
        warnings = _replaced(text, path or "input") + warnings
        return Document(
            text, visible, offsets, "html", encoding, path, tables, chrome, warnings=warnings
        )
    if format != "text":
        raise BadArgument(
            f"format must be 'text', 'html', 'pdf', 'docx', 'doc', 'wps', 'odt' or 'image', not {format!r}"
        )
    return _build_document(
        text,
        unify(_line_ends(_csv_as_tabs(text) if path and _suffix(path) == ".csv" else text)),
        range(len(text) + 1),
        "text",
        encoding,
        path,
        (),
        (),
        (),
        _replaced(text, path or "input"),
    )


# The line ends of Unicode that are neither CR nor LF (NEL, LINE SEPARATOR, PARAGRAPH
# SEPARATOR): in a plain text each ends a line, as str.splitlines() says (normalize
# takes them for spaces, as a page's source may hold them); a text whose lines ended
# so, mixed with CRLF, had its table rows joined (hostile28 t01). One character for
# one: offsets are unchanged.
_LINE_ENDS = str.maketrans({"\x85": "\n", "\u2028": "\n", "\u2029": "\n"})


def _line_ends(text: str) -> str:
    """``text`` with NEL/LS/PS made line feeds; ``text`` itself where it has none: the
    text read and the text seen are then one string, not two copies of the document
    (str.translate returns a new string whatever it changes: speed29, 1.5 KB of a
    small report's peak)."""
    if "\x85" in text or "\u2028" in text or "\u2029" in text:
        return text.translate(_LINE_ENDS)
    return text


# A table's caption naming the year of its figures: a short line (at most this many
# characters) right before the table, naming one year (2020年度; 附件：2020年度…统计表).
# A page may show last year's tables beside or after the report's (formats8 k07: a
# 2020年度 table left of the 2021年度 one; k08: the 2020 report's tables in an
# appendix): the tables stage then leaves out a table whose caption names another year
# than the report's (tables.extract._template_candidates).
_CAPTION_CHARS = 40
# (a year in digits, full-width digits or numerals: one pattern with the tables' titles)
_CAPTION_YEAR = re.compile(YEAR_GROUP + r"\s*年")
# A year a caption does not give its table (the tables' caption rule,
# tables.extract._line_marks): after 截至/至/与/较/对照… (数据统计截至2024年1月10日 over this
# year's table 三, 对照2022年统计数据: red30 ht1-ht4, this year's table dropped as another
# year's and a stale copy read), as a date (2024年1月), or on a line speaking of this year.
_NOT_CAPTION_YEAR = re.compile(
    r"[与和较比至止照同自从对]\s*$|^\s*年\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[月日]"
)
_THIS_YEAR = re.compile(r"本年|今年|当年")


def _caption_years(line: str) -> set[int]:
    """The years a caption line gives its table (none from a line speaking of this year)."""
    if _THIS_YEAR.search(line):
        return set()
    return {
        year_value(m[1])
        for m in _CAPTION_YEAR.finditer(line)
        if _NOT_CAPTION_YEAR.search(line[: m.start()]) is None
        and _NOT_CAPTION_YEAR.search(line[m.end() - 1 :]) is None
    }


def caption_years(
    tables: tuple[HtmlTable, ...], text: str, first: Callable[[HtmlTable], int]
) -> tuple[HtmlTable, ...]:
    """``tables`` with the year their caption names (see _CAPTION_CHARS); ``first`` gives
    the index in ``text`` where a table's text begins."""
    out = []
    links: frozenset[int] | None = None
    for table in tables:
        at = first(table)
        lo = max(0, at - 4 * _CAPTION_CHARS)
        before = text[lo:at].rstrip(" \n|")
        line = before.rsplit("\n", 1)[-1].strip()
        years = _caption_years(line) if len(line) <= _CAPTION_CHARS else set()
        year = years.pop() if len(years) == 1 else None
        if year is not None:
            # a link to another year's report (相关阅读：⏎某局2022年…年度报告) right above the
            # table is no caption of it: red28 t03's current table 三 under such a link was
            # dropped as last year's, and a draft copy above it read
            if links is None:
                from .metadata import report_link_lines

                links = report_link_lines(text)
            if lo + before.rfind("\n") + 1 in links:
                year = None
        out.append(table if year == table.year else replace(table, year=year))
    return tuple(out)


def unified_table(table: HtmlTable) -> HtmlTable:
    """``table`` with its cells' radicals and compatibility ideographs made the
    ideographs they stand for (readers.ideographs); itself when none is there."""
    # (one call over the cells' texts, apart by NULs: unify maps one character for one)
    texts = "\0".join([cell.text for row in table.rows for cell in row])
    if unify(texts) == texts:
        return table
    rows = tuple(
        tuple(HtmlCell(unify(c.text), c.rowspan, c.colspan, c.start, c.end) for c in row)
        for row in table.rows
    )
    return replace(table, rows=rows)


def _csv_as_tabs(text: str) -> str:
    """A .csv file's text with each comma that ends a field written as a tab: the
    tables a spreadsheet saves as CSV (a merged cell's text in its first field, empty
    fields after it) are then the tab-separated rows the tables reader reads. Read as
    prose they gave no cell and no error (formats7 j11). One character for one, so
    offsets still index the file; a comma inside a quoted field stays (a line's
    quotes end with it)."""
    if '"' not in text:
        return text.replace(",", "\t")
    out = []
    for line in text.splitlines(keepends=True):
        if '"' not in line:
            out.append(line.replace(",", "\t"))
            continue
        quoted = False
        chars = list(line)
        for i, ch in enumerate(chars):
            if ch == '"':
                quoted = not quoted
            elif ch == "," and not quoted:
                chars[i] = "\t"
        out.append("".join(chars))
    return "".join(out)


def _decode_page(
    data: bytes, path: str | None, format: str | None, max_bytes: int = DEFAULT_LIMITS.max_bytes
) -> tuple[str, str, bool]:
    """``(text, encoding, from a web archive)``: a web archive's HTML part, decoded, or
    the bytes themselves. Offsets of an archive's row index its HTML part."""
    from .readers import webarchive
    from .readers.mhtml import html_part, is_web_archive

    if format in (None, "html") and webarchive.is_webarchive(data):
        page, charset = webarchive.html_part(data, name=path or "input")
    elif format not in (None, "html") or not is_web_archive(data):
        text, encoding = decode(data, name=path or "input")
        return text, encoding, False
    else:
        page, charset = html_part(data, name=path or "input", max_bytes=max_bytes)
    if charset:
        try:
            text = page.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            _check_text(text, name=path or "input")
            return text, charset.lower(), True
    text, encoding = decode(page, name=path or "input")
    return text, encoding, True


def _archive_css(data: bytes) -> str:
    """The style sheets a web archive holds beside its page (readers.mhtml.stylesheets,
    readers.webarchive.stylesheets)."""
    from .readers import webarchive
    from .readers.mhtml import stylesheets

    if webarchive.is_webarchive(data):
        return webarchive.stylesheets(data)
    return stylesheets(data)


# A page saved with its files ("Webpage, Complete": page.html and page_files/) links its
# style sheets by relative paths; a rule hiding a class in them hides it in the page
# (formats11 o16: old figures in <span class="v-old"> hidden only by _files/site.css
# were read joined to the shown ones, 15 as 2015). A sheet is read when the link is
# rel=stylesheet and its href a relative path under the page's folder (no scheme, no
# leading slash, no "..") naming a regular file of at most _MAX_LINKED_CSS bytes; at
# most _LINKED_SHEETS of them. One that cannot be read is left out.
_LINK_TAG = re.compile(r"<link\b[^<>]*>", re.I)
_LINK_REL = re.compile(r"""\srel\s*=\s*["']?[^"'<>]*?\bstylesheet\b""", re.I)
_LINK_HREF = re.compile(r"""\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))""", re.I)
_MAX_LINKED_CSS = 1 << 20
_LINKED_SHEETS = 8


def _local_target(folder: str, ref: str) -> str | None:
    """The file a relative link ``ref`` of a page in ``folder`` names, when it lies under
    that folder (no scheme, no leading slash, no ".."; see _LINK_TAG), else None."""
    from urllib.parse import unquote

    ref = unquote(unescape(ref)).split("?", 1)[0].split("#", 1)[0].strip()
    parts = ref.replace("\\", "/").split("/")
    if not ref or ":" in ref or ref.startswith("/") or ".." in parts:
        return None
    target = os.path.realpath(os.path.join(folder, *parts))
    return target if target.startswith(folder + os.sep) else None


def _linked_css(source: str, path: str) -> str:
    """The text of the style sheets a saved page links from its own folder (see _LINK_TAG)."""
    if "stylesheet" not in source:
        return ""
    folder = os.path.realpath(os.path.dirname(os.path.abspath(path)))
    out: list[str] = []
    for m in _LINK_TAG.finditer(source):
        if len(out) >= _LINKED_SHEETS:
            break
        tag = m.group()
        href = _LINK_HREF.search(tag)
        if not _LINK_REL.search(tag) or href is None:
            continue
        target = _local_target(folder, next(g for g in href.groups() if g is not None))
        if target is None:
            continue
        try:
            data = _read_file(target, _MAX_LINKED_CSS)
        except UnreadableDocument:
            continue
        try:
            out.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(data.decode("gb18030", errors="replace"))
    return "\n".join(out)


# An old portal's page saved with its files whose article is in a <frameset>'s frame
# (<frame src="./page_files/content.html">) read as the page's own text only: the
# frameset page holds none (formats9 m16: 200 cells unread). Its frames' documents, in
# the folder beside it (as _local_target allows; at most _MAX_FRAMES, each within the
# input's size bound, decoded as a page is), are put in place of the <frameset>, each
# frame's body (and its <style>s) in a <div>, as a browser shows them; the row's offsets
# index that page. A frame that cannot be read is left out.
_FRAMESET = re.compile(r"<frameset\b", re.I)
_FRAME_TAG = re.compile(r"<frame\b[^<>]*>", re.I)
_FRAME_SRC = re.compile(r"""\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))""", re.I)
_FRAME_BODY = re.compile(r"<body\b[^>]*>(.*?)(?:</body\s*>|\Z)", re.I | re.S)
_MAX_FRAMES = 8


def _framed_page(source: str, path: str, max_bytes: int) -> tuple[str, str] | None:
    """The page with its frames' documents in place of its <frameset>, and the style
    sheets they link (see _FRAMESET); None when no frame could be read."""
    start = _FRAMESET.search(source)
    if start is None:
        return None
    folder = os.path.realpath(os.path.dirname(os.path.abspath(path)))
    bodies: list[str] = []
    sheets: list[str] = []
    for m in islice(_FRAME_TAG.finditer(source, start.start()), _MAX_FRAMES):
        src = _FRAME_SRC.search(m.group())
        target = (
            _local_target(folder, next(g for g in src.groups() if g is not None))
            if src is not None
            else None
        )
        if target is None:
            continue
        try:
            frame, _ = decode(_read_file(target, max_bytes), name=target)
        except UnreadableDocument:
            continue
        body = _FRAME_BODY.search(frame)
        styles = "".join(m.group() for m in _STYLE_ELEMENT.finditer(frame))
        bodies.append(f"<div>{styles}{body.group(1) if body else frame}</div>")
        sheets.append(_linked_css(frame, target))
    if not bodies:
        return None
    page = source[: start.start()] + "<body>" + "\n".join(bodies) + "</body></html>"
    return page, "\n".join(filter(None, sheets))


def _read_binary(
    data: bytes, path: str | None, format: str | None, limits: Limits
) -> Document | None:
    """PDF, DOCX, DOC/WPS and images go to their readers (:mod:`.readers`); None for text."""
    from .readers.dispatch import BINARY_SUFFIXES, FORMATS, read_binary, sniff, word_html

    if format in ("text", "html"):
        return None
    if not data:
        # a 0-byte .pdf/.docx is empty, as a 0-byte .txt is (it was "not a pdf file")
        raise UnreadableDocument(f"{path or 'input'}: empty file", code="empty")
    suffix = _suffix(path) if path else ""
    fmt = format if format in FORMATS else sniff(data, suffix)
    if fmt is None and format is None and suffix in BINARY_SUFFIXES:
        if word_html(data, suffix):
            return None  # Word's "web page" kept under a .doc name: read as the HTML it is
        # A .pdf that is not a PDF (a saved error page, a truncated download).
        raise UnreadableDocument(
            f"{path}: named {suffix} but its content is not a {BINARY_SUFFIXES[suffix]} file",
            code="binary",
        )
    if fmt is None and format is None and data.startswith(_ZIP_MAGIC):
        # a zip's header is never a report's text: parse(b"PK\x03\x04") was a good row
        # of four characters (hostile22 a01, left to session 23)
        raise UnreadableDocument(
            f"{path or 'input'}: a zip archive that is not a document this library reads "
            "(cut short, or not a .docx)",
            code="binary",
        )
    if fmt is None and format is None:
        for magic, kind in _PACKED:
            if magic.match(data):
                # named, so that the user knows to unpack it (it was "not text in a
                # supported encoding": hostile26 m01/m02)
                raise UnreadableDocument(
                    f"{path or 'input'}: a compressed file ({kind}), not a document this "
                    "library reads: unpack it first",
                    code="binary",
                )
    return None if fmt is None else read_binary(data, fmt, path=path, limits=limits)


#: A zip's local file header: what every .docx/.xlsx/.zip starts with.
_ZIP_MAGIC = b"PK\x03\x04"
#: Compressed files and archives by their first bytes (each format's own signature, as
#: file(1) reads them); no report's text starts so.
_PACKED: Final = (
    (re.compile(rb"\x1f\x8b\x08"), "gzip"),
    (re.compile(rb"\xfd7zXZ\x00"), "xz"),
    (re.compile(rb"BZh[1-9]1AY&SY"), "bzip2"),
    (re.compile(rb"\x28\xb5\x2f\xfd"), "zstd"),
    (re.compile(rb"7z\xbc\xaf\x27\x1c"), "7-Zip (7z)"),
    (re.compile(rb"Rar!\x1a\x07"), "RAR"),
)


def _suffix(path: str) -> str:
    """``Path(path).suffix.lower()``, without building a Path (a tenth of reading a
    small file): the name after the last separator, unless that is empty or "."
    (a trailing separator, a "." component), which Path reads its own way."""
    name = path.rpartition(os.sep)[2]
    if name in ("", ".") or (os.altsep is not None and os.altsep in path):
        return Path(path).suffix.lower()
    dot = name.rfind(".")
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ""


def names_a_file(source: str) -> bool:
    """Whether a ``str`` given to :func:`read` is a path rather than the text itself.

    An existing file is a path; so is a one-line string ending in a report
    suffix (no report's text does), so that a mistyped path is an error, not
    a one-line report.
    """
    if "\n" in source:
        return False
    if len(source) >= 4096:
        return _past_path_max(source)
    if source.lower().endswith(tuple(HTML_SUFFIXES | ARCHIVE_SUFFIXES | REPORT_SUFFIXES)):
        return True
    try:
        # Anything the name exists as (a directory, a FIFO, a dangling link)
        # is a path, and read() says why it cannot be read.
        return os.path.lexists(source)
    except (OSError, ValueError):
        return False


def _past_path_max(source: str) -> bool:
    """Whether a long one-line ``str`` is a path longer than the system takes (a file
    deep in a tree): no space of any kind, separators, every name at most 255 bytes.

    Such a path was read as the text of a report: a good row holding its name
    (hostile23 b14's deep.txt through :func:`read`). A report's text has spaces, or a
    run of more than 255 bytes between two separators, and does not open with a
    separator or a dot as such a path does (a page of one line with dates written
    2022/1/5 between short clauses must stay text).
    """
    if len(source) > 1 << 16 or not source.startswith((os.sep, ".")):
        return False
    if any(ch.isspace() for ch in source):
        return False
    return all(len(os.fsencode(part)) <= 255 for part in source.split(os.sep))


def _read_file(path: str, max_bytes: int) -> bytes:
    """The bytes of a regular file, at most ``max_bytes``; anything else is unreadable.

    The file is opened non-blocking and checked with ``fstat`` before any
    read, so a FIFO or a device never blocks, and the check cannot race a
    rename.
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise UnreadableDocument(f"cannot open {path}: {_why(exc, path)}", code="io") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = _FILE_KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
            raise UnreadableDocument(f"{path}: {kind}, not a regular file", code="not_a_file")
        size = info.st_size
        _check_size(size, max_bytes, path)
        # read(n) reserves n bytes up front: ask for the file's size, not the bound
        data = _read_fd(fd, size + 1)
        if len(data) > size:  # the file grew after fstat
            data += _read_fd(fd, max_bytes + 1 - len(data))
        _check_size(len(data), max_bytes, path)
        return data
    except OSError as exc:
        raise UnreadableDocument(f"cannot read {path}: {_why(exc, path)}", code="io") from exc
    finally:
        os.close(fd)


# (O_NONBLOCK: a FIFO never blocks the open; O_BINARY: Windows)
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _read_fd(fd: int, n: int) -> bytes:
    """Up to ``n`` bytes of ``fd``, fewer only at its end: what a buffered file's
    ``read(n)`` returns, without building one (a file object per input cost more
    than decoding a small report)."""
    data = os.read(fd, n)
    if len(data) in (0, n):
        return data
    parts = [data]
    got = len(data)
    while got < n:
        more = os.read(fd, n - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


_FILE_KINDS = {
    stat.S_IFDIR: "a directory (annotate() reads the files in a directory)",
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


def _why(exc: OSError, path: str) -> str:
    if exc.errno == errno.ELOOP:
        return "a symbolic link loop"
    if isinstance(exc, FileNotFoundError) and os.path.islink(path):
        return f"a dangling symbolic link (to {os.readlink(path)})"
    return exc.strerror or str(exc)


def _utf8_size(text: str, max_bytes: int) -> int:
    """The size of ``text`` in UTF-8, as a file of it would have: a ``str`` is bounded as
    its bytes are (a 48 MiB str of Chinese, 18 M characters, was read whole: 1.2 GB,
    hostile20 a04). Counted in steps only when the characters alone cannot decide."""
    if len(text) > max_bytes or 4 * len(text) <= max_bytes:
        return len(text)
    step = 1 << 20
    return sum(
        len(text[at : at + step].encode("utf-8", "surrogatepass"))
        for at in range(0, len(text), step)
    )


def _check_size(size: int, max_bytes: int, name: str) -> None:
    if size > max_bytes:
        raise UnreadableDocument(
            f"{name}: too large ({size:,} > {max_bytes:,} bytes); raise the bound with "
            "Limits(max_bytes=...) or --max-bytes if the input is trusted",
            code="too_large",
        )


def _well_formed(text: str) -> str:
    """``text`` with each lone surrogate (no character; e.g. half of a pair) as U+FFFD."""
    if not _LONE_SURROGATE.search(text):
        return text
    return _LONE_SURROGATE.sub("\ufffd", text)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


# --- decoding ---------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CANDIDATES = ("utf-8", "gb18030", "big5", "utf-16-le", "utf-16-be")
# Characters no report text holds many of: C0 and C1 controls, U+FFFD, private
# use, and the planes 4-13 and 15-16 (unassigned or private): random bytes that
# happen to be valid UTF-8 decode to these (b"\xf1\x80\x80\x80" is U+40000). Not
# NEL (U+0085), a line end (a UTF-8 text whose lines ended so was "not text":
# hostile28 t01).
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f\ufffd\ue000-\uf8ff\U00040000-\U000dffff\U000f0000-\U0010ffff]"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _control_units() -> np.ndarray[Any, np.dtype[np.uint8]]:
    """Per UTF-16 code unit: 1 for a character of _CONTROL, 2 for a surrogate
    (half of a character beyond the BMP, which the pattern itself judges);
    read off the pattern, tried on every code point of the BMP."""
    units = "".join(map(chr, range(0x10000)))
    table = np.zeros(0x10000, dtype=np.uint8)
    table[[m.start() for m in _CONTROL.finditer(units)]] = 1
    table[0xD800:0xE000] = 2
    return table


def _count_controls(text: str) -> int:
    """``len(_CONTROL.findall(text))``: its set tried on every character was a
    regex's slowest scan (70 instructions a character); a table looked up per
    code unit in numpy is a tenth of that. Text beyond the BMP (rare) goes to the pattern.
    A piece of _CONTROL_PIECE characters at a time: the code units and their flags
    are three bytes a character, which a whole page's would add to reading's peak."""
    table = _control_units()
    count = 0
    for at in range(0, len(text), _CONTROL_PIECE):
        piece = text[at : at + _CONTROL_PIECE].encode("utf-16-le", "surrogatepass")
        flags = table.take(np.frombuffer(piece, dtype=np.uint16))
        # (a reduction, not a mask: no third array; the ufunc's own, not ndarray.max's
        # Python wrapper)
        top = int(np.maximum.reduce(flags))
        if top == 2:
            return len(_CONTROL.findall(text))
        if top:
            count += int(np.count_nonzero(flags))
    return count


# (a report of a few thousand characters is one piece: each piece costs four numpy
# calls; 16,384 characters are 48 KB of code units and flags)
_CONTROL_PIECE = 16384


#: Bytes one encoding must decode before the first it does not take, for the file to be
#: text whose encoding switches (read.encoding) rather than binary (read.binary).
_SWITCH_MIN = 1024


def decode(data: bytes, *, name: str = "input") -> tuple[str, str]:
    """Decode report bytes, returning ``(text, encoding)``.

    Raises :class:`UnreadableDocument` for empty, binary or undecodable data.

    >>> decode("政府信息公开".encode("gb18030"))
    ('政府信息公开', 'gb18030')
    """
    if not data.strip():
        raise UnreadableDocument(f"{name}: empty file", code="empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UnreadableDocument(
                    f"{name}: has a {encoding} byte-order mark but does not decode: {exc}",
                    code="encoding",
                ) from exc
            _check_text(text, name=name)
            return text, encoding
    best: tuple[float, str, str] | None = None
    # the furthest any encoding decoded before it met a byte it does not take
    furthest: tuple[int, str] = (0, "")
    for encoding in _CANDIDATES:
        if encoding.startswith("utf-16") and len(data) % 2:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            furthest = max(furthest, (exc.start, encoding))
            continue
        except LookupError:
            continue
        if encoding == "utf-8":
            # Valid UTF-8 is unambiguous for Chinese text (legacy double-byte
            # text is never valid UTF-8); what else passes is binary junk or
            # BOM-less UTF-16 of mostly ASCII (NUL bytes), which the
            # control-character check sends on to the other codecs.
            try:
                _check_text(text, name=name)
            except UnreadableDocument:
                continue
            return text, encoding
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, text, encoding)
    if best is None and furthest[0] >= max(_SWITCH_MIN, len(data) // 4):
        # a long stretch of one encoding, then bytes it does not take: text whose encoding
        # switches (an appendix pasted from another tool), not binary (hostile26 f02)
        at, encoding = furthest
        raise UnreadableDocument(
            f"{name}: its encoding switches: the first {at:,} bytes are {encoding}, "
            f"the bytes at offset {at:,} are not (UTF-8, UTF-16, GB18030/GBK, Big5 tried)",
            code="encoding",
        )
    if best is None or best[0] < 0.9:
        raise UnreadableDocument(
            f"{name}: not text in a supported encoding (UTF-8, UTF-16, GB18030/GBK, Big5)",
            code="encoding" if best else "binary",
        )
    _check_text(best[1], name=name)
    return best[1], best[2]


def _plausibility(text: str) -> float:
    """Share of characters that look like report text (0..1).

    Chinese characters count in proportion to how many are common ones, so
    that a wrong legacy codec (rare characters) loses; other characters count
    if they are ASCII, punctuation or symbols that reports use — not box
    drawing, kana or hangul, which a wrong codec produces.
    """
    if not text:
        return 0.0
    common = _common_chars()
    good = 0.0
    cjk = 0
    cjk_common = 0
    # Count once in C, then judge each distinct character once.
    for ch, n in Counter(text).items():
        if "\u4e00" <= ch <= "\u9fff":
            cjk += n
            if ch in common:
                cjk_common += n
        elif _REPORT_CHAR.match(ch):
            good += n
    if cjk:
        # Real prose: about half the characters are from the common list.
        good += cjk * min(1.0, 2 * cjk_common / cjk)
    return good / len(text)


# ASCII, Latin-1, general punctuation, number forms, arrows, maths, enclosed
# numbers, shapes, CJK punctuation, full-width forms — and any whitespace.
_REPORT_CHAR = re.compile(
    "[\t\n\r\f\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2100-\u22ff\u2460-\u24ff"
    "\u25a0-\u25ff\u3000-\u303f\ufe30-\ufe4f\uff00-\uffef]|\\s"
)


# A page saved after a lossy decode (its site's GBK lines read as UTF-8, then saved as
# UTF-8) holds U+FFFD where characters were lost. It is read, with a warning, when its
# Chinese characters outnumber the replacement characters this many times: the report is
# there, garbled only in part (the chrome; meta19 t30: 452 to 55, refused whole before).
# More garbled than that, or with other controls, it is refused as before.
_READABLE_PER_REPLACED = 5


def _check_text(text: str, *, name: str) -> None:
    if not text.strip():
        raise UnreadableDocument(f"{name}: no text", code="empty")
    controls = _count_controls(text)
    limit = max(2, len(text) // 200)
    if controls > limit:
        replaced = text.count("\ufffd")
        if controls - replaced > limit or (
            len(_CJK.findall(text)) < _READABLE_PER_REPLACED * replaced
        ):
            raise UnreadableDocument(
                f"{name}: looks binary ({controls} control or replacement characters)",
                code="binary",
            )


def _replaced(text: str, name: str) -> tuple[str, ...]:
    """The warning for a text read with more replacement characters (U+FFFD) than
    :func:`_check_text` lets pass without a word: characters lost before it was saved."""
    replaced = text.count("\ufffd")
    if replaced <= max(2, len(text) // 200):
        return ()
    return (
        f"read.replacement_characters: {name}: {replaced} characters were lost before the"
        " file was saved (U+FFFD, a lossy decode of part of the page); the rest is read",
    )


_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|body|table|div|p|meta)\b", re.I)


def _looks_like_html(text: str) -> bool:
    head = text[:4096]
    # the count first: a report's text holds few "<", and counting is a fast scan
    return head.count("<") >= 3 and bool(_HTML_SNIFF.search(head))


# --- HTML -------------------------------------------------------------------

#: An iframe whose document is held in its srcdoc attribute (not read: see _SKIP).
_SRCDOC = re.compile(r"<iframe\b[^>]*?\bsrcdoc\s*=", re.IGNORECASE)
_SKIP = frozenset({"script", "style", "head", "noscript", "template", "svg", "iframe", "select"})
# An <svg>'s <foreignObject> holds HTML that a browser shows (a page that sets its whole
# article in one, hostile26 n02, was read.empty): inside an <svg> skipped only for being an
# <svg> (not in a <template>, <noscript>...), its content is read as the page's. Its end
# (or the end of the <svg> holding it, when it is left open) skips again.
_FOREIGN = "foreignobject"
# Inside an <svg>, what a browser never draws where it stands: <defs>, <symbol> (drawn only
# where a <use> names it), masks, clip paths, markers, patterns, gradients, filters; nor
# an <svg> of zero size. A <foreignObject> there shows nothing (red27 f01 f02 f04 f05: last
# year's tables kept in an svg's <defs> were read before this year's and gave stale cells).
_SVG_UNDRAWN = frozenset(
    {"defs", "symbol", "mask", "clippath", "pattern", "marker", "filter"}
    | {"lineargradient", "radialgradient"}
)
_ZERO_SIZE = re.compile(r"\s*(?:0+(?:\.0*)?|\.0+)\s*(?:px|%|em|pt)?\s*")


def _zero_size(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an <svg>'s width or height attribute is zero (width="0", height="0px")."""
    return any(
        key in ("width", "height") and value is not None and _ZERO_SIZE.fullmatch(value)
        for key, value in attrs
    )


_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "tr",
        "li",
        "ul",
        "ol",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "title",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "form",
        "hr",
        "caption",
        "tbody",
        "thead",
        "tfoot",
        "center",
        "nav",
        "aside",
        "main",
    }
)
# A browser collapses these (and only these) whitespace runs to one space, but not in
# a <pre>, whose lines, tabs and spaces it shows as written: a table pasted there as
# Word's plain text (cells apart by tabs, a row a line) was one run of words, and no
# table was read (formats10 n17). Its text is kept as the text reader reads a .txt
# (inside an HTML table a <pre> is collapsed as before: the cell is the table's).
_PRE = "pre"
# A table drawn with box-drawing characters in a <pre> (┌─┬┐ │ ├┼┤, as "copy as text"
# tools write it) was no table (formats9 m01): its rule lines are left out and its
# cell walls (│ ┃ ║) written as the text reader's column bars, one for one (offsets
# keep), so that its rows read as lines of cells as a .txt's "a | b |" lines do.
_BOX_ANY = re.compile(r"[\u2500-\u257f]")
_BOX_RULE = re.compile(r"[\s\u2500-\u257f]*")
_BOX_WALLS = str.maketrans("│┃║", "|||")


def _box_line(line: str) -> str:
    """A line of a box-drawn table: "" for a rule line, else its walls as bars."""
    if _BOX_RULE.fullmatch(line):
        return ""
    return line.translate(_BOX_WALLS)


_WS_OR_WORD = re.compile(r"[ \t\r\n\f]+|[^ \t\r\n\f]+")
_ODD_WS = re.compile(r"[\t\r\n\f]")
_TABLE_TAGS = frozenset({"table", "tr", "td", "th"})
# The empty elements html.parser reports as <x/> with no end tag of their own.
_NO_END = frozenset({"br", "hr", "img", "input", "meta", "link"})
# A form-rendered report page shows a table's numbers as the values of its cells'
# <input>s (readonly text boxes): no text node holds them. The value of a text or
# number input in a table cell is shown, when it is a number or an absent mark (a
# search box's words are not).
_INPUT_TYPES = frozenset({"text", "number", ""})
_INPUT_VALUE = re.compile(r"""\svalue\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.I)
_INPUT_NUMBER = re.compile(r"[+\-−－]?[0-9０-９][0-9０-９,，.．]*[%％]?|[/／—\-－无]")
# The tags the renderer acts on (<span>, <font>, <strong>... change nothing).
_RENDERED_TAGS = _SKIP | _BLOCK | _TABLE_TAGS | Outline.TAGS | _SVG_UNDRAWN | {"input", _FOREIGN}
# A footnote mark set as a superscript after a cell's number (12<sup>1</sup>,
# 5<sup>①</sup>, 8<sup>[2]</sup>, 3<sup>注1</sup>, 7<sup>*</sup>) is no part of the
# cell's value: joined to it, 3664<sup>2</sup> read as 36642 (formats6 i19). The
# page's text keeps it; the cell's text leaves it out. A page with a <sup> has its
# events too (a cell event holding one has no digit before it: nothing to leave out).
_NOTE_TAGS = _RENDERED_TAGS | {"sup"}
_SUP_TAG = re.compile(r"<sup\b", re.I)
NOTE_MARK = re.compile(
    r"[0-9０-９]{1,2}|[\u2460-\u2473\u2776-\u277f]|\*{1,3}|[\[［(（][0-9０-９]{1,2}[\]］)）]|注[0-9０-９]{0,2}"
)
_DIGITS = frozenset("0123456789０１２３４５６７８９")


def drop_note_mark(parts: list[str], k: int) -> None:
    """``parts`` without what was added since it had ``k`` of them, when that is a
    footnote mark (NOTE_MARK) set right after a digit (a web page's ``<sup>``, a DOCX
    superscript run: readers/docx.py)."""
    before = "".join(parts[:k]).rstrip()
    if before[-1:] in _DIGITS and NOTE_MARK.fullmatch("".join(parts[k:]).strip()):
        del parts[k:]


# Markup a browser does not show: the `hidden` attribute or an inline display:none.
# In a table it is read as absent (a hidden cell's old figure would shift the row or
# be taken for its value: formats6 i20; Word's hidden text exported as
# display:none spans); outside tables it is left as it is, since a page that
# reveals its article by script hides it in the markup it was saved with.
# A struck-out number in a cell (<del>7</del>3, <s>15</s> 14, <strike>) is an old
# figure the editor replaced: joined to the shown one it read 73 for 3 (formats7 j15,
# 40 cells). In a table it is passed over as a hidden element is.
# The words of a tag's own markup that hide it, or may make its text not drawn (css.py's
# _FAINT_WORDS: one scan finds both), each with a part of it that a text the word
# matches under re.I holds in lower case: letters that re.I matches in their two ASCII
# cases only (not i, s or k, which ı, İ, ſ and K match too). A page whose lower case
# holds no part is scanned for struck tags alone (see _hidden_tags): a word added here
# needs its part (tests/test_read_render.py checks both).
_HIDING_WORDS = (
    (r"\shidden(?=[\s=/>])", "dden"),
    (r"display\s*:\s*none", "play"),
    (rf"font-size\s*:\s*{_ZERO_NUMBER}(?![\d.])", "font"),
    *_FAINT_WORDS,
)
_STRUCK = r"<(?:del|s|strike)(?=[\s/>])"
_HIDDEN_TAG = re.compile(
    r"<[a-zA-Z][^<>]*?(?:" + "|".join(word for word, _ in _HIDING_WORDS) + r")[^<>]*>|" + _STRUCK,
    re.I,
)
_STRUCK_TAG = re.compile(_STRUCK, re.I)

_STRUCK_TAGS = frozenset({"del", "s", "strike"})
_TABLE_EDGE = re.compile(r"<(/?)table\b", re.I)
# On such a page every tag's events are needed (a hidden <span> in a cell).
_HIDEABLE_TAGS = _RENDERED_TAGS | CELL_INLINE | {"a", "small", "big", "label"} | _STRUCK_TAGS
# What ends a hidden element of each kind without its end tag (a browser's implicit
# close): start tags, then end tags. An element inside a cell ends with the cell.
_SECTIONS = frozenset({"tbody", "thead", "tfoot"})
_HIDE_ENDS_AT_START = {
    "td": frozenset({"td", "th", "tr"}) | _SECTIONS,
    "th": frozenset({"td", "th", "tr"}) | _SECTIONS,
    "tr": frozenset({"tr"}) | _SECTIONS,
    "tbody": _SECTIONS,
    "thead": _SECTIONS,
    "tfoot": _SECTIONS,
    "table": frozenset(),
    None: frozenset({"td", "th", "tr"}) | _SECTIONS,
}
_HIDE_ENDS_AT_END = {
    "td": frozenset({"tr"}) | _SECTIONS,
    "th": frozenset({"tr"}) | _SECTIONS,
    "tr": _SECTIONS,
    "tbody": frozenset(),
    "thead": frozenset(),
    "tfoot": frozenset(),
    "table": frozenset(),
    None: frozenset({"td", "th", "tr"}) | _SECTIONS,
}


def _hides_in_tables(source: str, hiding: Hiding = _NO_HIDING) -> bool:
    """Whether a start tag marked hidden or faint (see _HIDDEN_TAG), of a class, tag or
    attribute the page's stylesheets hide or draw into (``hiding``), lies inside a
    <table>."""
    hidden = _hidden_tags(source)
    classes = (
        hiding.classes
        | hiding.tiny
        | hiding.faint
        | hiding.drawn
        | hiding.unsure
        | hiding.unsure_rows
        | hiding.struck
    )
    if classes:
        hidden += [m.start() for m in _class_tag(classes).finditer(source)]
    if hiding.ids or hiding.struck_ids:
        hidden += [m.start() for m in _id_tag(hiding.ids | hiding.struck_ids).finditer(source)]
    tags = hiding.tags | hiding.unsure_tags | {t for t, _c in hiding.unsure_scoped}
    if tags:
        names = "|".join(re.escape(t) for t in sorted(tags))
        hidden += [m.start() for m in re.finditer(rf"<(?:{names})(?=[\s/>])", source, re.I)]
    if hiding.attrs:
        names = "|".join(re.escape(a) for a in sorted(hiding.attrs))
        hidden += [
            m.start()
            for m in re.finditer(rf"<[a-zA-Z][^<>]*?\s(?:{names})(?=[\s=/>])[^<>]*>", source, re.I)
        ]
    if not hidden:
        return False
    hidden.sort()
    depth = 0
    edges = iter(_TABLE_EDGE.finditer(source))
    edge = next(edges, None)
    for at in hidden:
        while edge is not None and edge.start() < at:
            depth = max(0, depth + (-1 if edge.group(1) else 1))
            edge = next(edges, None)
        if (
            depth
            or source[at + 1 : at + 3].lower() in ("td", "th", "tr")
            or source[at + 1 : at + 6].lower() == "table"  # a table a rule may hide (table.x)
        ):
            return True
    return False


def _hidden_tags(source: str) -> list[int]:
    """Where ``_HIDDEN_TAG.finditer(source)`` finds its matches.

    Every match starts at a "<" and holds no other, so the matches are the places
    where the pattern matches, whichever branch it is. The first branch tries each
    hiding word at every character of every tag; a word whose part (see _HIDING_WORDS)
    the page's lower case lacks matches nowhere on it. So the page is scanned with
    the words whose parts it holds only (_hiding_scan), and with the second branch
    (_STRUCK) alone when it holds none.
    """
    words = _hiding_words_in(source)
    if not words:
        return [m.start() for m in _STRUCK_TAG.finditer(source)]
    return [m.start() for m in _hiding_scan(words).finditer(source)]


def _hiding_words_in(source: str) -> tuple[str, ...]:
    """The words of _HIDING_WORDS whose part the lower case of ``source`` holds (in order)."""
    parts = parts_in_lower(source, tuple(part for _, part in _HIDING_WORDS), _LOWER_PIECE)
    return tuple(word for word, part in _HIDING_WORDS if part in parts)


def _holds_hiding_word(source: str) -> bool:
    """Whether the lower case of ``source`` holds a part of a hiding word (see
    _HIDING_WORDS)."""
    return bool(_hiding_words_in(source))


@lru_cache(maxsize=64)
def _hiding_scan(words: tuple[str, ...]) -> re.Pattern[str]:
    """_HIDDEN_TAG with ``words`` (some of _HIDING_WORDS) in its first branch, which
    skips a tag's characters no word starts with (``first``) without trying the words
    there, and never backtracks over them: where a word matches first is the one place
    it is tried from (re.I matches each word's first character, a letter with no
    third case, ":" or a space, to the same characters as it matches the class)."""
    first = "".join(sorted({r"\s" if w.startswith(r"\s") else re.escape(w[0]) for w in words}))
    either = "(?:" + "|".join(words) + ")"
    skip = rf"[^<>{first}]*+(?:(?!{either})[{first}][^<>{first}]*+)*+"
    return re.compile(rf"<[a-zA-Z]{skip}{either}[^<>]*>|{_STRUCK}", re.I)


_LOWER_PIECE = 65536


# Layout tables nest a few levels deep; hostile markup nests thousands.
_MAX_TABLE_DEPTH = 32


@dataclass(slots=True)
class _Rendered:
    """What the renderer collects from a page's events.

    The visible text as runs: run k is ``texts[k]``, whose i-th character came
    from source offset ``bases[k] + strides[k] * i`` (stride 0: an entity's
    decoded text, all from the entity). No run is empty. A page's text is a
    few runs per element, not a string and an int per character.
    """

    outline: Outline
    texts: list[str] = field(default_factory=list)
    bases: list[int] = field(default_factory=list)
    strides: list[int] = field(default_factory=list)
    tables: list[_TableBuilder] = field(default_factory=list)  # the open ones, innermost last
    done_tables: list[HtmlTable] = field(default_factory=list)


def _renderer(
    source: str,
    out: _Rendered,
    *,
    hides: bool = False,
    hiding: Hiding = _NO_HIDING,
) -> Generator[None, Event, None]:
    """Render the events sent in (``html.parser``'s handler calls, see
    :mod:`.readers.html_scan`) into ``out``: visible text with source offsets,
    tables as cells, the page's outline.

    One loop with its state in local variables: the rules of a browser's
    whitespace and of tables, per event, without a method call per rule.
    """
    texts, bases, strides = out.texts, out.bases, out.strides
    tables, outline = out.tables, out.outline
    outline_tags = outline.TAGS
    last = ""  # the last visible character so far ("" before the first)
    skip_depth = 0
    svg_depth = 0  # the <svg>s among the skipped elements open (see _FOREIGN)
    # one entry per <foreignObject> open: the skip depths it set aside (shown), or None
    foreign: list[tuple[int, int] | None] = []
    undrawn = 0  # elements of _SVG_UNDRAWN open inside a skipped <svg>
    zero_svgs: list[int] = []  # the svg_depth of each zero-size <svg> open (see _SVG_UNDRAWN)
    too_deep = 0  # tables open beyond _MAX_TABLE_DEPTH
    pre_depth = 0  # <pre> elements open (see _PRE)

    def emit(text: str, base: int, stride: int) -> None:
        """Add a run of text whose i-th character came from ``base + stride * i``."""
        nonlocal last
        if "\n" not in text and "  " not in text:
            # Only a leading space can be dropped (every other space follows a
            # kept non-space): the rules below, in bulk.
            if text[:1] == " " and last in ("", " ", "\n"):
                text, base = text[1:], base + stride
            if text:
                texts.append(text)
                bases.append(base)
                strides.append(stride)
                last = text[-1]
            return
        for i, ch in enumerate(text):
            if ch == " " and last in ("", " ", "\n"):
                continue
            if ch == "\n" and last == " ":
                drop_last()
            if ch == "\n" and last in ("", "\n"):
                continue
            texts.append(ch)
            bases.append(base + stride * i)
            strides.append(1)
            last = ch

    def drop_last() -> None:
        nonlocal last
        if len(texts[-1]) == 1:
            del texts[-1], bases[-1], strides[-1]
        else:
            texts[-1] = texts[-1][:-1]
        last = texts[-1][-1] if texts else ""

    def newline(at: int) -> None:
        # emit("\n", at, 1), the common case of a block's edge
        nonlocal last
        if last == " ":
            drop_last()
        if last not in ("", "\n"):
            texts.append("\n")
            bases.append(at)
            strides.append(1)
            last = "\n"

    def text(runs: list[tuple[str, int, int]]) -> None:
        # A collapsed run has no line break and no double space: each goes
        # through emit's bulk path, where only the first can lose its space.
        for run, base, stride in runs:
            emit(run, base, stride)
        # A table nested in a cell is part of that cell's text too (a layout
        # table wrapping a number), so every open table hears it.
        for table in tables:
            table.add_text(runs)

    def data(chars: str, pos: int) -> None:
        """Text at ``pos`` (``chars`` as the parser read it)."""
        nonlocal last
        # The parser reads a defused copy (see _defuse): the text is the original's.
        raw = source[pos : pos + len(chars)]
        if pre_depth and not tables:
            # preformatted text: its lines as they are, tabs and spaces kept (see _PRE)
            at = 0
            for line in raw.split("\n"):
                piece = line.rstrip("\r")
                if _BOX_ANY.search(piece):
                    piece = _box_line(piece)
                if piece.strip(" \t"):
                    texts.append(piece)
                    bases.append(pos + at)
                    strides.append(1)
                    last = piece[-1]
                at += len(line) + 1
                if at <= len(raw):
                    newline(pos + at - 1)
            return
        if raw and not raw.strip(" \t\r\n\f"):
            raw = " "  # the markup's indentation: one space, or none
        # (printable text holds none of _ODD_WS: tested in C before the regex)
        elif "  " in raw or (not raw.isprintable() and _ODD_WS.search(raw)):
            # Collapse whitespace like a browser; each kept char maps to its source.
            text(
                [
                    (" " if m.group()[0] in " \t\r\n\f" else m.group(), pos + m.start(), 1)
                    for m in _WS_OR_WORD.finditer(raw)
                ]
            )
            return
        # text([(raw, pos, 1)]), the common case: one run with no line break
        # and no double space (emit's bulk path)
        if raw[:1] == " " and last in ("", " ", "\n"):
            if len(raw) > 1:
                texts.append(raw[1:])
                bases.append(pos + 1)
                strides.append(1)
                last = raw[-1]
        elif raw:
            texts.append(raw)
            bases.append(pos)
            strides.append(1)
            last = raw[-1]
        for table in tables:
            table.add_run(raw, pos, 1)

    pending: list[Event] = []  # the events of a cell not read in one go, last first
    # A hidden element in a table being passed over (with ``hides``): its tag, how many
    # elements of that tag opened inside it, and how many tables.
    hide_tag: str | None = None
    hide_same = hide_tables = 0
    hide_how: str | None = None  # how it is hidden (see _is_hidden)
    show_tag: str | None = None  # an element sized again inside it (see _sized_again)
    # An empty element the stylesheet draws into (see _DRAWN): its tag and what is drawn
    pseudo_open: tuple[str, str] | None = None
    pseudo_of = {name: (before, after) for name, before, after in hiding.pseudo}
    unsure_any = bool(
        hiding.unsure or hiding.unsure_tags or hiding.unsure_rows or hiding.unsure_scoped
    )
    # the classes a rule may hide a tag under (see css._unsure_hiding: .t3 td:last-child)
    scopes = {c for _t, c in hiding.unsure_scoped}
    sups: list[tuple[_TableBuilder, int]] = []  # open <sup>s in cells: the cell, its parts then
    while True:
        name, pos, args = pending.pop() if pending else (yield)
        if pseudo_open is not None:
            if name == "handle_endtag" and args[0] == pseudo_open[0] and tables:
                if tables[-1].cell_open:
                    text([(pseudo_open[1], pos, 0)])  # drawn into it, its only text
            elif tables and tables[-1].cell_open:
                tables[-1].cell_unsure = True  # text or markup inside it: not followed
            pseudo_open = None
        if hide_tag is not None:
            if name == "cell":
                pending += reversed(cell_events(pos, args))
                continue
            if show_tag is not None:
                # inside an element sized again within text hidden by its size
                # (see _sized_again): its text is shown
                if name == "handle_data":
                    data(args[0], pos)
                    continue
                if name in ("handle_entityref", "handle_charref"):
                    ref = f"&{args[0]};" if name == "handle_entityref" else f"&#{args[0]};"
                    text([(_entity(ref), pos, 0)])
                    continue
                if name == "handle_endtag" and args[0] == show_tag:
                    show_tag = None
                    continue
                if args[0] not in _PLACED_TAGS and args[0] not in _SECTIONS:
                    if name != "handle_endtag" and tables and tables[-1].cell_open:
                        tables[-1].cell_unsure = True  # markup inside it: not followed
                    continue
                show_tag = None  # a cell's or a row's edge: read as hidden markup is
            if name in ("handle_data", "handle_entityref", "handle_charref"):
                continue
            tag = args[0]
            kind = hide_tag if hide_tag in _HIDE_ENDS_AT_END else None
            if name != "handle_endtag":
                if not hide_tables and tag in _HIDE_ENDS_AT_START[kind]:
                    hide_tag = None  # closed by this tag, which is read as usual
                else:
                    if (
                        hide_how == "size"
                        and name == "handle_starttag"
                        and not hide_tables
                        and tag not in _PLACED_TAGS
                        and tag not in _NO_END
                        and tag not in outline_tags
                        and tables
                        and tables[-1].cell_open
                        and _sized_again(args[1] if len(args) > 1 else [], tag, hiding)
                    ):
                        show_tag = tag
                        continue
                    if (
                        hide_how != "gone"
                        and tables
                        and tables[-1].cell_open
                        and _shows_again(args[1] if len(args) > 1 else [], tag, hiding)
                    ):
                        # text inside may be shown: what the cell shows is not known
                        tables[-1].cell_unsure = True
                    if tag in outline_tags:
                        outline.start_tag(tag, pos)
                    if name == "handle_starttag" and tag not in _NO_END:
                        hide_tables += tag == "table"
                        hide_same += tag == hide_tag and tag != "table"
                    if tag in outline_tags and name == "handle_startendtag":
                        outline.end_tag(tag, pos)
                    continue
            elif tag == "table" and hide_tables:
                hide_tables -= 1
                outline.end_tag(tag, pos)
                continue
            elif not hide_tables and tag == hide_tag and not hide_same:
                hide_tag = None  # its own end: passed over with it
                if tag in outline_tags:
                    outline.end_tag(tag, pos)
                continue
            elif not hide_tables and (tag == "table" or tag in _HIDE_ENDS_AT_END[kind]):
                hide_tag = None  # closed with what holds it, which is read as usual
            else:
                hide_same -= tag == hide_tag and not hide_tables
                if tag in outline_tags:
                    outline.end_tag(tag, pos)
                continue
        if (
            hides
            and name != "handle_endtag"
            and name != "handle_data"
            and name != "cell"
            and not skip_depth
            and not too_deep
            and tables
            and len(args) > 1
            and (
                hide_how := (
                    _is_hidden(args[1], hiding, args[0])
                    if args[1] or args[0] in hiding.tags
                    else None
                )
                or ("gone" if args[0] in _STRUCK_TAGS else None)
            )
        ):
            tag = args[0]
            if tag in outline_tags:
                outline.start_tag(tag, pos)
            if tag in ("td", "th") and tables[-1].cell_open:
                emit(" | ", pos, 0)
                tables[-1].end_cell(pos)
            elif tag == "tr":
                tables[-1].end_row(pos)
            if name == "handle_starttag" and tag not in _NO_END:
                hide_tag, hide_same, hide_tables = tag, 0, 0
            elif tag in outline_tags:
                outline.end_tag(tag, pos)
            continue
        if name == "handle_data":
            if not skip_depth:
                data(args[0], pos)
            continue
        if name == "cell":
            # A simple cell (see html_scan.cell_events): what its events do, at once,
            # in an open table outside skipped markup; elsewhere its events one by one.
            if skip_depth or too_deep or not tables:
                pending += reversed(cell_events(pos, args))
                continue
            tag, attrs, popen, chars, at, pclose, end = args
            table = tables[-1]
            raw = source[at : at + len(chars)]
            if (
                len(tables) == 1
                and not table.cell_open
                and "  " not in raw
                and raw.isprintable()
                and raw.lstrip()
            ):
                # The commonest cell (one table open, its text one run with no
                # double space, no line break and something besides blanks): what
                # start_cell, data, add_run and end_cell do, at once (and the
                # outline's start_tag and end_tag: no tag of the outline's between).
                outline.leaf(tag, pos, end)
                if popen >= 0:
                    newline(popen)
                if raw[0] == " " and last in ("", " ", "\n"):
                    texts.append(raw[1:])  # (not empty: raw holds a non-blank)
                    bases.append(at + 1)
                else:
                    texts.append(raw)
                    bases.append(at)
                strides.append(1)
                last = raw[-1]
                if pclose >= 0:
                    newline(pclose)
                kept = raw.lstrip()
                table.add_cell(
                    raw.strip(" \n\t\r"),
                    _spans(attrs) if attrs else (1, 1),
                    at + len(raw) - len(kept),
                    at + len(raw.rstrip()),
                )
                continue
            outline.start_tag(tag, pos)
            if table.cell_open:
                emit(" | ", pos, 0)
            if attrs:
                table.start_cell(pos, *_spans(attrs))
            else:
                table.start_cell(pos, 1, 1)
            if popen >= 0:
                newline(popen)
            data(chars, at)
            if pclose >= 0:
                newline(pclose)
            outline.end_tag(tag, end)
            close = source.find(">", end)
            table.end_cell(len(source) if close < 0 else close + 1)
            continue
        if name in ("handle_entityref", "handle_charref"):
            if not skip_depth:
                ref = f"&{args[0]};" if name == "handle_entityref" else f"&#{args[0]};"
                text([(_entity(ref), pos, 0)])
            continue
        tag = args[0]
        if name != "handle_endtag":
            if tag in outline_tags:
                outline.start_tag(tag, pos)
            if (
                hiding.drawn
                and tables
                and tables[-1].cell_open
                and args[1]
                and not hiding.drawn.isdisjoint(_classes_of(args[1]))
            ):
                # a digit the stylesheet draws (see _DRAWN): read when the element is
                # empty and what is drawn is certain, else the cell is unsure
                drawn_text = _drawn_text(args[1], hiding.drawn, pseudo_of)
                if drawn_text is not None and name == "handle_starttag" and tag not in _NO_END:
                    pseudo_open = (tag, drawn_text)
                else:
                    tables[-1].cell_unsure = True
            if (
                unsure_any
                and tables
                and tables[-1].cell_open
                and tag not in _TABLE_TAGS
                and (
                    tag in hiding.unsure_tags
                    or (args[1] and not hiding.unsure.isdisjoint(_classes_of(args[1])))
                    or any((tag, c) in hiding.unsure_scoped for c in tables[-1].scope)
                )
            ):
                tables[-1].cell_unsure = True  # an element a rule may hide (see _HIDES)
            if tag in _SKIP:
                skip_depth += 1
                if tag == "svg":
                    svg_depth += 1
                    if name == "handle_starttag" and args[1] and _zero_size(args[1]):
                        zero_svgs.append(svg_depth)
            elif tag in _SVG_UNDRAWN:
                if svg_depth and name == "handle_starttag":
                    undrawn += 1
                continue
            elif tag == _FOREIGN:
                if name == "handle_starttag":
                    if skip_depth and skip_depth == svg_depth and not (undrawn or zero_svgs):
                        foreign.append((skip_depth, svg_depth))  # shown: see _FOREIGN
                        skip_depth = svg_depth = 0
                    else:
                        foreign.append(None)
                continue
            elif not skip_depth:
                if tag not in _TABLE_TAGS:
                    if tag == "sup" and tables and tables[-1].cell_open:
                        sups.append((tables[-1], len(tables[-1].cell_parts)))
                    elif tag in _SECTIONS and tables and not too_deep:
                        tables[-1].start_group(tag)
                elif too_deep:
                    # Past _MAX_TABLE_DEPTH a table's markup is ignored (its text still
                    # counts), so that each piece of text reaches a bounded number of tables.
                    too_deep += tag == "table"
                elif tag == "table":
                    if len(tables) >= _MAX_TABLE_DEPTH:
                        too_deep = 1
                    else:
                        outer = tables[-1] if tables else None
                        tables.append(_TableBuilder(pos, _right_to_left(args[1])))
                        if unsure_any:
                            # a table inside another is under the outer one's classes
                            own = frozenset(_classes_of(args[1]) if args[1] else ())
                            inner = tables[-1]
                            inner.scope = (own & scopes) | (outer.scope if outer else frozenset())
                            inner.all_unsure = not hiding.unsure_rows.isdisjoint(own) or bool(
                                outer and outer.all_unsure
                            )
                elif not tables:
                    pass
                elif tag == "tr":
                    tables[-1].start_row()
                    if unsure_any and args[1]:
                        # a rule hiding rows of a class (tr.x) reaches this row's cells
                        tables[-1].row_unsure = not hiding.unsure_rows.isdisjoint(
                            _classes_of(args[1])
                        )
                else:  # td, th
                    table = tables[-1]
                    if table.cell_open:
                        emit(" | ", pos, 0)
                    attrs = args[1]
                    if attrs:
                        table.start_cell(pos, *_spans(attrs))
                    else:
                        table.start_cell(pos, 1, 1)
                    if unsure_any and (
                        tag in hiding.unsure_tags
                        or "tr" in hiding.unsure_tags
                        or (attrs and not hiding.unsure.isdisjoint(_classes_of(attrs)))
                        or table.row_unsure
                        or table.all_unsure
                        or any(
                            (t, c) in hiding.unsure_scoped for t in (tag, "tr") for c in table.scope
                        )
                    ):
                        table.cell_unsure = True  # a cell a rule may hide (see _HIDES)
                if tag == "br":
                    newline(pos)
                    if tables and tables[-1].cell_open:
                        tables[-1].add_text([("\n", pos, 1)])
                elif tag == "input" and tables and tables[-1].cell_open:
                    shown = _input_value(source, pos, args[1])
                    if shown is not None:
                        text([shown])
                elif tag in _BLOCK:
                    newline(pos)
                    pre_depth += tag == _PRE and name == "handle_starttag"
            if name == "handle_starttag" or tag in _NO_END:
                continue
        # an end tag, or the end of <x/>
        if tag in outline_tags:
            outline.end_tag(tag, pos)
        if tag in _SVG_UNDRAWN:
            if undrawn and svg_depth:
                undrawn -= 1
            continue
        if tag == _FOREIGN:
            if foreign and (foreign[-1] is None or not skip_depth):
                held = foreign.pop()
                if held is not None:
                    skip_depth, svg_depth = held
                    undrawn = 0  # as it was when the <foreignObject> was shown
                    zero_svgs.clear()
            continue
        if tag in _SKIP:
            if tag == "svg" and not skip_depth and foreign:
                # the <svg> ends with its <foreignObject> left open: skip again
                while foreign and (held := foreign.pop()) is None:
                    pass
                if held is not None:
                    skip_depth, svg_depth = held
                    undrawn = 0
                    zero_svgs.clear()
            skip_depth = max(0, skip_depth - 1)
            if tag == "svg":
                if zero_svgs and zero_svgs[-1] >= svg_depth:
                    zero_svgs.pop()
                svg_depth = max(0, svg_depth - 1)
            continue
        if skip_depth:
            continue
        if tag == "sup" and sups:
            table, k = sups.pop()
            if tables and table is tables[-1] and table.cell_open:
                table.drop_note_mark(k)
            continue
        if tag in _TABLE_TAGS:
            end = source.find(">", pos)
            end = len(source) if end < 0 else end + 1
            if too_deep:
                too_deep -= tag == "table"
            elif tag in ("td", "th") and tables:
                tables[-1].end_cell(end)
            elif tag == "tr" and tables:
                tables[-1].end_row(end)
                newline(pos)
            elif tag == "table" and tables:
                built = tables.pop().build(end)
                if built.rows:
                    out.done_tables.append(built)
                newline(pos)
            elif tag in _BLOCK:
                newline(pos)
        elif tag in _BLOCK:
            newline(pos)
            if tag == _PRE and pre_depth:
                pre_depth -= 1


class _Recorder(HTMLParser):
    """html.parser's handler calls, as events, for the markup :mod:`.readers.html_scan` declines."""

    def __init__(self, source: str, emit: Callable[[Event], object]) -> None:
        super().__init__(convert_charrefs=False)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.emit = emit

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.emit(("handle_starttag", self._pos(), (tag, attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.emit(("handle_startendtag", self._pos(), (tag, attrs)))

    def handle_endtag(self, tag: str) -> None:
        self.emit(("handle_endtag", self._pos(), (tag,)))

    def handle_data(self, data: str) -> None:
        self.emit(("handle_data", self._pos(), (data,)))

    def handle_entityref(self, name: str) -> None:
        self.emit(("handle_entityref", self._pos(), (name,)))

    def handle_charref(self, name: str) -> None:
        self.emit(("handle_charref", self._pos(), (name,)))


def _input_value(
    source: str, pos: int, attrs: list[tuple[str, str | None]]
) -> tuple[str, int, int] | None:
    """The run ``(text, base, stride)`` an ``<input>`` at ``pos`` shows in a table cell
    (see _INPUT_VALUE), or None: its value at the value's offset (stride 0, all from
    the value's start, when references in it were decoded)."""
    kind = next((v or "" for k, v in attrs if k == "type"), "").strip().lower()
    value = next((v for k, v in attrs if k == "value"), None)
    if kind not in _INPUT_TYPES or not value or not _INPUT_NUMBER.fullmatch(value.strip()):
        return None
    end = source.find(">", pos)
    m = _INPUT_VALUE.search(source, pos, len(source) if end < 0 else end)
    if m is None:
        return None
    at = next(m.start(g) for g in (1, 2, 3) if m.group(g) is not None)
    raw = m.group(m.lastindex or 3)
    value = value.strip()
    if raw.strip() == value:
        return value, at + raw.index(value), 1
    return value, at, 0


def _entity(ref: str) -> str:
    decoded = unescape(ref)
    return decoded if decoded != ref else ref


_SPAN_DIGITS = re.compile(r"\s*(\d+)")


def _span(attrs: list[tuple[str, str | None]], name: str) -> int:
    for key, value in attrs:
        if key == name and value:
            digits = _SPAN_DIGITS.match(value)
            if digits:
                return max(1, min(int(digits.group(1)), 1000))
    return 1


def _spans(attrs: list[tuple[str, str | None]]) -> tuple[int, int]:
    """(rowspan, colspan) of a cell's attributes: (1, 1) without either, the cells' most
    (a style or a class only), found without reading the attributes twice."""
    for key, _ in attrs:
        if key == "rowspan" or key == "colspan":
            return _span(attrs, "rowspan"), _span(attrs, "colspan")
    return 1, 1


class _TableBuilder:
    """A table's rows as its cells close; the open cell's state is kept in slots
    of its own (a page opens one per ``<td>``: no object per cell until it closes)."""

    __slots__ = (
        "all_unsure",
        "cell_first",
        "cell_last",
        "cell_open",
        "cell_parts",
        "cell_span",
        "cell_start",
        "cell_unsure",
        "groups",
        "row",
        "row_unsure",
        "rows",
        "rtl",
        "scope",
        "start",
    )

    def __init__(self, start: int, rtl: bool = False) -> None:
        self.start = start
        self.rtl = rtl  # drawn right to left (see _right_to_left)
        self.rows: list[list[HtmlCell]] = []
        self.groups: list[tuple[str, int]] = []  # (thead/tbody/tfoot, its first row)
        self.row: list[HtmlCell] | None = None
        self.cell_open = False
        self.cell_start = 0
        self.cell_span = (1, 1)  # rowspan, colspan
        self.cell_parts: list[str] = []
        self.cell_first: int | None = None  # offset of the first visible character
        self.cell_last = 0  # offset after the last visible character
        # What the open cell shows is not known for certain (a digit drawn by the
        # stylesheet, text shown again inside hidden text): a value read from it would be
        # a guess, so a cell with a digit (or none) reads "?" (no value, see parse_cell).
        self.cell_unsure = False
        # A stylesheet rule may hide this table's rows and cells whole, or the open row's
        # (css._unsure_hiding: table.x, tr.x), or a tag under the table's classes in
        # ``scope`` (.t3 td:last-child): their cells read "?" too.
        self.all_unsure = False
        self.row_unsure = False
        self.scope: frozenset[str] = frozenset()

    def start_row(self) -> None:
        self.end_row(None)
        self.row = []
        self.row_unsure = False

    def end_row(self, end: int | None) -> None:
        if self.cell_open:
            self.end_cell(end if end is not None else self.cell_last)
        if self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def start_cell(self, pos: int, rowspan: int, colspan: int) -> None:
        if self.cell_open:
            self.end_cell(pos)
        if self.row is None:
            self.row = []
        self.cell_open = True
        self.cell_start = self.cell_last = pos
        self.cell_span = (rowspan, colspan)
        self.cell_parts = []
        self.cell_first = None
        self.cell_unsure = False

    def add_text(self, runs: list[tuple[str, int, int]]) -> None:
        """Add text given as runs (text, base, stride), as the renderer emits them."""
        for text, base, stride in runs:
            self.add_run(text, base, stride)

    def add_run(self, text: str, base: int, stride: int) -> None:
        """Add a run of text whose i-th character came from ``base + stride * i``."""
        if not self.cell_open:
            return
        self.cell_parts.append(text)
        # the offsets of the first and last non-space characters (strip() drops isspace())
        kept = text.lstrip()
        if kept:
            if self.cell_first is None:
                self.cell_first = base + stride * (len(text) - len(kept))
            self.cell_last = base + stride * (len(text.rstrip()) - 1) + 1

    def drop_note_mark(self, k: int) -> None:
        """Leave out of the open cell the text added since it had ``k`` parts, when that
        is a footnote mark (NOTE_MARK) set right after a digit."""
        drop_note_mark(self.cell_parts, k)

    def add_cell(self, text: str, span: tuple[int, int], start: int, stop: int) -> None:
        """A whole cell at once (the renderer's commonest cell): ``text``, its
        (rowspan, colspan), the offsets of its first and past its last visible
        character; no cell is open before or after."""
        if self.row is None:
            self.row = []
        self.row.append(_build_cell(text, *span, start, stop))

    def end_cell(self, end: int) -> None:
        if not self.cell_open:
            return
        self.cell_open = False
        if self.cell_first is not None:
            start, stop = self.cell_first, self.cell_last
        else:
            start, stop = self.cell_start, end
        if self.row is None:
            self.row = []
        text = "".join(self.cell_parts).strip(" \n\t\r")
        if self.cell_unsure and (not text or any(ch.isdigit() for ch in text)):
            text = "?"
        self.row.append(_build_cell(text, *self.cell_span, start, stop))

    def start_group(self, kind: str) -> None:
        """A ``<thead>``, ``<tbody>`` or ``<tfoot>`` opens: the rows from here are its."""
        self.end_row(None)
        self.groups.append((kind, len(self.rows)))

    def build(self, end: int) -> HtmlTable:
        self.end_row(end)
        shown = _shown_order(self.rows, self.groups)
        if self.rtl:
            shown = mirrored(shown)
        rows = tuple(tuple(r) for r in shown if r)
        return HtmlTable(rows, self.start, end)


# A table whose direction is right to left (<table dir="rtl">, style="direction:rtl")
# is drawn from the right (see readers.mirror): its rows are given as drawn.
_DIR_RTL = re.compile(r"(?<![\w-])direction\s*:\s*rtl", re.I)


def _right_to_left(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether a ``<table>``'s own attributes set its direction right to left."""
    for key, value in attrs:
        if value and (
            (key == "dir" and value.strip().lower() == "rtl")
            or (key == "style" and _DIR_RTL.search(value))
        ):
            return True
    return False


def _shown_order(rows: list[list[HtmlCell]], groups: list[tuple[str, int]]) -> list[list[HtmlCell]]:
    """A table's rows in the order a browser draws them: its first ``<thead>`` on top
    and its first ``<tfoot>`` at the bottom wherever the markup puts them (CSS
    table-header-group / table-footer-group), each rowspan ending with its row group.
    A table written with its header first and its footer last is returned as it is: a
    table 三 whose <tfoot> (（七）总计, 结转) came before its <tbody> and whose
    <thead> came last read as rows out of order, those two rows unread (formats9 m03)."""
    if not groups:
        return rows
    bounds = [start for _, start in groups[1:]] + [len(rows)]
    spans = [(kind, start, stop) for (kind, start), stop in zip(groups, bounds, strict=True)]
    if spans[0][1] > 0:  # rows before the first group: an implied <tbody>
        spans.insert(0, ("tbody", 0, spans[0][1]))
    head = next((g for g in spans if g[0] == "thead"), None)
    foot = next((g for g in spans if g[0] == "tfoot"), None)
    order = [g for g in spans if g is not head and g is not foot]
    order = ([head] if head else []) + order + ([foot] if foot else [])
    if order == spans:
        return rows
    out: list[list[HtmlCell]] = []
    for _, start, stop in order:
        for i in range(start, stop):
            left = stop - i  # rows to the group's end, this one included
            out.append([c if c.rowspan <= left else replace(c, rowspan=left) for c in rows[i]])
    return out


def grid_cells(table: HtmlTable) -> int:
    """How many grid cells a table's cells cover, rowspans clipped to its rows (browsers do)."""
    n = len(table.rows)
    total = 0
    for r, row in enumerate(table.rows):
        if set(map(_ROWSPAN, row)) <= {1}:
            total += sum(map(_COLSPAN, row))  # (no cell spans rows: each its colspan, in C)
        else:
            total += sum(min(c.rowspan, n - r) * c.colspan for c in row)
    return total


_ROWSPAN, _COLSPAN = attrgetter("rowspan"), attrgetter("colspan")


# Constructs html.parser rescans to the end of the input each time it meets one
# unfinished, which makes hostile markup quadratic; see _defuse.
_TAG_OPEN = re.compile(r"<[A-Za-z/!?]")
_COMMENT_OPEN = re.compile(r"<!--")
_COMMENT_CLOSE = re.compile(r"--\s*>")
_MARKED_SECTION = re.compile(r"<!\[")
_BAD_CHARREF = re.compile(r"&#(?![0-9]|[xX][0-9a-fA-F])")


def _defuse(source: str) -> str:
    """What html.parser reads: ``source`` cut and rewritten, same offsets, linear to parse.

    * After the last ``>``, a ``<`` opening a tag can never be closed: the
      rest is an unfinished tag, which a browser does not show either; it is
      cut (html.parser would rescan the rest once per ``<``).
    * A ``<!--`` with no ``-->`` after it ends at the next ``>`` (as old
      browsers did) instead of making the rest of the page a comment or, in
      html.parser, raw text; so does every ``<![`` (a bogus comment in HTML5;
      html.parser rejects unknown marked sections).
    * ``&#`` without a number is text (html.parser would stop and dump the
      rest of the page as text); its ``&`` is replaced, and the renderer takes
      every text from the original anyway.

    Each rewrite keeps the length, so offsets into the result are offsets
    into ``source``.
    """
    last_gt = source.rfind(">")
    cut = _TAG_OPEN.search(source, last_gt + 1)
    text = source[: cut.start()] if cut else source
    if "<!--" in text:
        # html.parser looks for the end of a comment from 4 characters on
        closes = [m.start() for m in _COMMENT_CLOSE.finditer(text)]
        after = closes[-1] - 3 if closes else 0
        unclosed = [m.start() for m in _COMMENT_OPEN.finditer(text, max(0, after))]
        unclosed = [at for at in unclosed if not closes or at + 4 > closes[-1]]
        if unclosed:
            chars = list(text)
            for at in unclosed:
                chars[at + 2] = "x"  # "<!x-": a bogus comment, to the next ">"
            text = "".join(chars)
    text = _MARKED_SECTION.sub("<!x", text)
    if "shadowrootmode" in text:
        text = _shadow_roots(text)
    return _BAD_CHARREF.sub("\ufffd#", text)


# A declarative shadow root (<template shadowrootmode=open>, drawn by browsers since
# 2023) is what its host shows: its content is drawn, and the host's other children
# (its light DOM) only where a <slot> puts them; a web component's page kept last year's
# table as the light DOM, unslotted, and it was read instead of the shadow root's
# (formats12 p06: 103 cells). A shadow root with no <slot>, right after its host's start
# tag, is read as the host's content: its template is renamed (same length) so that it
# is not skipped, and the light DOM after it, to the host's end, becomes a comment. A
# shadow root with a slot, or another place, is left as it is (the template skipped).
_SHADOW_ROOT = re.compile(
    r"(<([a-zA-Z][\w-]*)(?:\s[^<>]*)?>\s*)<template(?=\s[^<>]*?\bshadowrootmode\s*=)[^<>]*>", re.I
)
_TEMPLATE_EDGE = re.compile(r"<(/?)template(?=[\s/>])", re.I)
_NOT_BREAKS = re.compile(r"[^\n]")


def _shadow_roots(text: str) -> str:
    """``text`` with each declarative shadow root read as its host's content (see
    _SHADOW_ROOT), same length."""
    chars: list[str] | None = None
    at = 0
    while (m := _SHADOW_ROOT.search(text, at)) is not None:
        at = m.end()
        depth, close = 1, None
        for edge in _TEMPLATE_EDGE.finditer(text, m.end()):
            depth += -1 if edge.group(1) else 1
            if not depth:
                close = edge
                break
        if close is None:
            break
        inner_end = close.start()
        if re.search(r"<slot(?=[\s/>])", text[m.end() : inner_end], re.I):
            at = inner_end
            continue
        close_end = text.find(">", close.end())
        host = re.compile(rf"<(/?){re.escape(m.group(2))}(?=[\s/>])", re.I)
        level, host_end = 1, None
        for edge in host.finditer(text, close_end + 1):
            level += -1 if edge.group(1) else 1
            if not level:
                host_end = edge.start()
                break
        if host_end is None:
            break
        if chars is None:
            chars = list(text)
        start = m.start() + len(m.group(1))
        chars[start + 1 : start + 9] = "shadowrt"
        chars[close.start() + 2 : close.start() + 10] = "shadowrt"
        light = text[close_end + 1 : host_end]
        first = len(light) - len(light.lstrip())
        last = len(light.rstrip())
        if last - first >= 7 and "\n" not in light[first : first + 4] + light[last - 3 : last]:
            # (its line breaks kept: html.parser's positions are counted in lines)
            at_ = close_end + 1
            chars[at_ + first : at_ + last] = (
                "<!--" + _NOT_BREAKS.sub(" ", light[first + 4 : last - 3]) + "-->"
            )
        at = host_end
    return text if chars is None else "".join(chars)


def _render_html(
    source: str, *, fast: bool = True, css: str = ""
) -> tuple[str, array[int], tuple[HtmlTable, ...], Outline]:
    """The page's visible text, its offsets, its data tables and its outline; ``css``
    is the text of the stylesheets it links (a web archive's parts, a saved page's files).

    The page is tokenised by :mod:`.readers.html_scan`, or by ``html.parser``
    where that declines (or with ``fast=False``, for tests): the result is the same.
    """
    defused = _defuse(source)
    hiding = _page_hiding(defused, css)
    hides = _hides_in_tables(defused, hiding)
    try:
        out = _Rendered(Outline(len(source)))
        render = _renderer(source, out, hides=hides, hiding=hiding)
        next(render)
        if not fast:
            scanned = False
        elif hides:
            # every tag with its attributes, and no cell read in one go (its inline
            # tags, a hidden one among them, would be passed over)
            scanned = scan_events(defused, render.send, _HIDEABLE_TAGS, all_attrs=True)
        else:
            tags = _NOTE_TAGS if _SUP_TAG.search(defused) else _RENDERED_TAGS
            scanned = scan_events(defused, render.send, tags, cells=True)
        if not scanned:
            out = _Rendered(Outline(len(source)))
            render = _renderer(source, out, hides=hides, hiding=hiding)
            next(render)
            parser = _Recorder(source, render.send)
            parser.feed(defused)
            parser.close()
    except (AssertionError, ValueError) as exc:  # html.parser gives up on some broken markup
        raise UnreadableDocument(f"HTML could not be parsed: {exc}", code="html") from exc
    render.close()
    # how sure it is that each table is drawn, where a page of several may hide one
    sight = table_sight(defused, hiding, css) if _several_tables(defused) else {}
    del defused  # a copy of the page (when defusing rewrote it): not kept while laid out
    while out.tables:
        checkpoint()  # the document's time bound, once a table laid out (limits.py)
        built = out.tables.pop().build(len(source))
        if built.rows:
            out.done_tables.append(built)
    visible, offsets = _runs_to_text(out.texts, out.bases, out.strides, len(source))
    if "<svg" in source or "<SVG" in source:
        out.done_tables.extend(_svg_tables(source))
    tables = sorted(out.done_tables, key=lambda t: t.start)
    if sight:
        tables = [replace(t, shown=sight[t.start]) if t.start in sight else t for t in tables]
    return visible, offsets, tuple(data_tables(tables)), out.outline


_TABLE_START = re.compile(r"<table\b", re.I)


def _several_tables(source: str) -> bool:
    """Whether ``source`` has two ``<table`` start tags or more (only then can one copy
    of the tables be hidden behind a shown one: readers/shown.py)."""
    first = _TABLE_START.search(source)
    return first is not None and _TABLE_START.search(source, first.end()) is not None


# A table drawn as inline SVG (formats11 o19: each cell a <rect>, its text a <text> placed
# by x and y, written column by column: unread). Read only when it is certain: the
# rects tile a grid (every slot covered once), each text (no tspan, no transform
# anywhere in the drawing) lies in one rect, no rect holds two; merged cells are rects
# over several slots. (A drawing is found by its start and end tags, each page looked
# through once.)
_SVG_OPEN = re.compile(r"<svg\b", re.I)
_SVG_CLOSE = re.compile(r"</svg\s*>", re.I)
_SVG_RECT = re.compile(r"<rect\b([^>]*)>", re.I)
_SVG_TEXT = re.compile(r"<text\b([^>]*)>([^<]*)</text\s*>", re.I)
_SVG_ODD = re.compile(r"transform|<tspan|<use\b|<textPath|<foreignObject", re.I)
_SVG_SIZE = re.compile(r"""\sfont-size\s*=\s*["']?\s*(\d+(?:\.\d+)?)""", re.I)
_SVG_MAX_CHARS = 1 << 20
_SVG_MAX_SHAPES = 1500
_SVG_MAX_SLOTS = 100_000


def _svg_number(attrs: str, name: str) -> float | None:
    m = re.search(rf"""(?<![\w-]){name}\s*=\s*["']?\s*(-?\d+(?:\.\d+)?)""", attrs)
    return float(m.group(1)) if m else None


def _svg_tables(source: str) -> list[HtmlTable]:
    """The tables drawn as inline SVG drawings on the page (see _SVG_OPEN)."""
    out: list[HtmlTable] = []
    at = 0
    while (opening := _SVG_OPEN.search(source, at)) is not None:
        base = source.find(">", opening.end())
        closing = _SVG_CLOSE.search(source, base + 1) if base >= 0 else None
        if closing is None:
            break  # (no drawing ends after it: each later one would look to the end)
        at = closing.end()
        base += 1
        body = source[base : closing.start()]
        if len(body) > _SVG_MAX_CHARS or _SVG_ODD.search(body):
            continue
        rects: list[tuple[float, float, float, float, int]] = []
        for m in _SVG_RECT.finditer(body):
            box = [_svg_number(m.group(1), k) for k in ("x", "y", "width", "height")]
            if any(v is None for v in box) or len(rects) >= _SVG_MAX_SHAPES:
                rects = []
                break
            x, y, w, h = (float(v or 0.0) for v in box)
            if w > 0 and h > 0:
                rects.append((x, y, x + w, y + h, base + m.start()))
        texts: list[tuple[float, float, re.Match[str]]] = []
        for m in _SVG_TEXT.finditer(body):
            x_, y_ = _svg_number(m.group(1), "x"), _svg_number(m.group(1), "y")
            if x_ is None or y_ is None or len(texts) >= _SVG_MAX_SHAPES:
                texts = []
                break
            texts.append((x_, y_, m))
        if len(rects) < 4 or not texts or body.lower().count("<text") != len(texts):
            continue
        table = _svg_grid(body, base, rects, texts)
        if table is not None:
            out.append(HtmlTable(table, opening.start(), closing.end()))
    return out


def _svg_grid(
    body: str,
    base: int,
    rects: list[tuple[float, float, float, float, int]],
    texts: list[tuple[float, float, re.Match[str]]],
) -> tuple[tuple[HtmlCell, ...], ...] | None:
    """The rows of the grid the rects tile, each text in its rect; None when not certain."""
    xs = sorted({round(v, 1) for r in rects for v in (r[0], r[2])})
    ys = sorted({round(v, 1) for r in rects for v in (r[1], r[3])})
    if (len(xs) - 1) * (len(ys) - 1) > _SVG_MAX_SLOTS:
        return None
    col = {v: i for i, v in enumerate(xs)}
    row = {v: i for i, v in enumerate(ys)}
    taken: set[tuple[int, int]] = set()
    placed = []
    for x0, y0, x1, y1, at in rects:
        c0, c1, r0, r1 = col[round(x0, 1)], col[round(x1, 1)], row[round(y0, 1)], row[round(y1, 1)]
        for r in range(r0, r1):
            for c in range(c0, c1):
                if (r, c) in taken:
                    return None  # rects over one another: not a grid
                taken.add((r, c))
        placed.append((r0, c0, r1 - r0, c1 - c0, x0, y0, x1, y1, at))
    if len(taken) != (len(xs) - 1) * (len(ys) - 1):
        return None  # a slot no rect covers
    size_m = _SVG_SIZE.search(body)
    size = float(size_m.group(1)) if size_m else 16.0
    words: dict[int, tuple[str, int, int]] = {}
    for x, y, m in texts:
        mid = y - size * 0.35  # the baseline's text reaches up about a size
        inside = [k for k, p in enumerate(placed) if p[4] < x < p[6] and p[5] < mid < p[7]]
        if len(inside) != 1 or inside[0] in words:
            return None
        words[inside[0]] = (unescape(m.group(2)).strip(), base + m.start(2), base + m.end(2))
    rows: list[list[HtmlCell]] = [[] for _ in range(len(ys) - 1)]
    for k, (r0, _c0, rs, cs, *_box, at) in sorted(
        enumerate(placed), key=lambda e: (e[1][0], e[1][1])
    ):
        text, start, end = words.get(k, ("", at, at))
        rows[r0].append(_build_cell(text, rs, cs, start, end))
    return tuple(tuple(r) for r in rows if r)


def _runs_to_text(
    texts: list[str], bases: list[int], strides: list[int], size: int
) -> tuple[str, array[int]]:
    """The text of the runs, stripped of spaces and line breaks at both ends, and its
    offsets into a source of ``size`` characters (one per character, then one past
    the last character's)."""
    whole = "".join(texts)
    visible = whole.strip(" \n")
    lead = len(whole) - len(whole.lstrip(" \n"))
    # 4-byte offsets whenever they fit, as normalize keeps them
    typecode, dtype = ("i", np.int32) if size < 2**31 - 1 else ("q", np.int64)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    # The offsets as steps from one character to the next, summed: within a run
    # each step is the run's stride; a run's first step jumps to its base.
    steps = np.repeat(np.asarray(strides, dtype=dtype), lengths)
    if len(texts):
        base = np.asarray(bases, dtype=np.int64)
        last = base + np.asarray(strides) * (lengths - 1)  # each run's last offset
        steps[np.cumsum(lengths) - lengths] = base - np.append(0, last[:-1])
    np.cumsum(steps, out=steps)
    out = np.empty(len(visible) + 1, dtype=dtype)
    out[:-1] = steps[lead : lead + len(visible)]
    del steps
    out[-1] = out[-2] + 1 if len(visible) else 0
    offsets = array(typecode)
    offsets.frombytes(out.data.cast("B"))
    return visible, offsets
