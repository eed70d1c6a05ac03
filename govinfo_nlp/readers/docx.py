"""DOCX: paragraphs and tables in document order, merged cells from the XML.

The body is walked in the XML itself because python-docx's
``Table.rows[i].cells`` repeats a merged cell in every slot it covers, which
would read one number as several. Spans come from ``w:gridSpan`` (columns)
and ``w:vMerge`` (a cell continued from the row above); ``w:gridBefore``
keeps the row's first cells in their columns. Headers and footers are page
furniture and are not read. A text box's content (a table floated beside the
text) is read once, after the paragraph that anchors it; a layout table (a
cell holding a table of several rows) is read as its cells' content. Rows and
cells wrapped in content controls (``w:sdt``, form templates) keep their place.
A ``w:altChunk`` (a web page or web archive part that Word imports where it stands:
how web systems export a report to Word) is read in its place as the page's text
and tables.

Only the document part is read, parsed as it is decompressed (lxml's
``iterparse`` with python-docx's parser settings): ``docx.Document`` reads
every part of the package into memory first, about 60 times the zipped file
in Python allocations at its peak. A block read is emptied before it is cut
from the tree (lxml moves a removed subtree into a document of its own, node
by node, which made a page-sized text box several times slower to read), so
that memory holds one block, not the whole document.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterable, Iterator
from typing import IO, Any, NamedTuple

from ..errors import MissingExtra, UnreadableDocument
from ..limits import DEFAULT_LIMITS, checkpoint
from ..read import drop_note_mark
from .mirror import mirrored
from .text import GridCell, TextBuilder, join_lines

__all__ = ["read_docx"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TXBX = f"{_W}txbxContent"
_TBL, _TR, _TC = f"{_W}tbl", f"{_W}tr", f"{_W}tc"
# Elements that only wrap body content: content controls, custom XML, tracked insertions.
_WRAPPERS = frozenset({f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins"})
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Tables nested deeper than this are read as their cells' text only.
_MAX_DEPTH = 8
# A table holding a table of this many rows is a layout table (as in readers.page).
_LAYOUT_NESTED_ROWS = 2


def read_docx(
    data: bytes, *, name: str = "input", max_bytes: int = DEFAULT_LIMITS.max_bytes
) -> tuple[str, list[Any]]:
    """``(text, tables)`` of a .docx file; tables carry offsets into the text.

    A part read (the package's types and relationships, the document) that
    unpacks to more than ``max_bytes`` is an error: a zip bomb of a few hundred
    KB unpacks to gigabytes of XML.
    """
    try:
        import docx.opc.constants
        from lxml import etree
    except ImportError as exc:
        raise MissingExtra("python-docx", "docx") from exc
    out = TextBuilder()
    try:
        xml, chunks, hidden = _document_xml(data, docx.opc.constants, etree, max_bytes)
        with xml:
            blocks = (_drop_unshown(b, hidden) for b in _body_blocks(xml, etree))
            _read_blocks(blocks, out, 0, chunks)
    except _Damaged as exc:
        raise UnreadableDocument(
            f"{name}: not a readable DOCX file: {exc.__cause__}", code="docx"
        ) from exc.__cause__
    except _TooLarge as exc:
        raise UnreadableDocument(
            f"{name}: the DOCX part {exc.args[0]} unpacks to {exc.args[1]:,} bytes (more than "
            f"{max_bytes:,}); raise the bound with Limits(max_bytes=...) or --max-bytes if "
            "the input is trusted",
            code="too_large",
        ) from None
    if not out.text.strip():
        if _strict(data, docx.opc.constants, etree, max_bytes):
            # its text is in another namespace: "no text" was false (hostile28 d04)
            raise UnreadableDocument(
                f"{name}: a DOCX in Strict Open XML (Word's 'Strict Open XML Document'), "
                "which is not read; save it as a Word Document (.docx)",
                code="docx",
            )
        raise UnreadableDocument(f"{name}: the DOCX file has no text", code="empty")
    return out.text, out.tables


#: The namespace of WordprocessingML in Strict Open XML (ISO/IEC 29500 strict), where
#: the transitional one (_W) is what Word writes by default.
_STRICT = b"http://purl.oclc.org/ooxml/wordprocessingml/main"


def _strict(data: bytes, constants: Any, etree: Any, max_bytes: int) -> bool:
    """Whether the main part's start declares the Strict namespace (checked only when no
    text was read: the walk knows the transitional names only)."""
    try:
        xml, _, _ = _document_xml(data, constants, etree, max_bytes)
        with xml:
            head = xml.read(1 << 16)
    except (_Damaged, _TooLarge):
        return False
    return _STRICT in head


class _Damaged(Exception):
    """The package or its XML cannot be read (the cause says why); raised only around
    the parser, so that a bug in the walk is not taken for a damaged file."""


class _TooLarge(Exception):
    """A part (its name, its unpacked size) over the bound."""


# The package's types and relationships: python-docx's names for them.
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _document_xml(
    data: bytes, constants: Any, etree: Any, max_bytes: int
) -> tuple[IO[bytes], dict[str, bytes], _Hidden]:
    """The main document part, opened for reading, found as python-docx finds it:
    the package's one ``officeDocument`` relationship, whose part must have a
    Word document's content type (a spreadsheet or a macro document is refused);
    its altChunk parts that are web pages, by relationship id (see _chunks); and
    the styles that hide their text (see _hidden_styles)."""

    def read(part: str) -> IO[bytes]:
        # zipfile stops at the size the entry declares (and checks its CRC there)
        size = package.getinfo(part).file_size
        if size > max_bytes:
            raise _TooLarge(part, size)
        return package.open(part)

    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        rels = etree.parse(read("_rels/.rels"), _parser(etree)).getroot()
        types = etree.parse(read("[Content_Types].xml"), _parser(etree)).getroot()
        targets = [
            r.get("Target")
            for r in rels.iterchildren(f"{_REL}Relationship")
            if r.get("Type") == constants.RELATIONSHIP_TYPE.OFFICE_DOCUMENT
            and r.get("TargetMode") != "External"
        ]
        if len(targets) != 1:
            raise KeyError(f"{len(targets)} officeDocument relationships, not one")
        partname = posixpath.abspath(posixpath.join("/", targets[0]))
        overrides = {o.get("PartName"): o.get("ContentType") for o in types.iter(f"{_CT}Override")}
        defaults = {d.get("Extension"): d.get("ContentType") for d in types.iter(f"{_CT}Default")}
        ext = posixpath.splitext(partname)[1].removeprefix(".")
        content_type = overrides.get(partname, defaults.get(ext))
        if content_type != constants.CONTENT_TYPE.WML_DOCUMENT_MAIN:
            raise ValueError(f"not a Word file, content type is {content_type!r}")
        chunks = _chunks(package, partname, overrides, defaults, read, etree)
        hidden = _hidden_styles(package, partname, read, etree)
        return read(partname[1:]), chunks, hidden
    except _TooLarge:
        raise
    except Exception as exc:  # zipfile, zlib and lxml raise their own types for broken files
        raise _Damaged from exc


# An altChunk's part Word imports as a web page: HTML, XHTML, a web archive (MHT).
_CHUNK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
_WEB_TYPES = frozenset({"text/html", "application/xhtml+xml", "message/rfc822"})


def _chunks(
    package: zipfile.ZipFile,
    partname: str,
    overrides: dict[str, str],
    defaults: dict[str, str],
    read: Any,
    etree: Any,
) -> dict[str, bytes]:
    """The document's altChunk parts that are web pages, by relationship id (a chunk
    of another kind, a plain text or a nested document, is not read)."""
    folder, base = posixpath.split(partname)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")[1:]
    if rels_name not in package.namelist():
        return {}
    rels = etree.parse(read(rels_name), _parser(etree)).getroot()
    out: dict[str, bytes] = {}
    for rel in rels.iterchildren(f"{_REL}Relationship"):
        if rel.get("Type") != _CHUNK_REL or rel.get("TargetMode") == "External":
            continue
        target = posixpath.normpath(posixpath.join(folder, rel.get("Target") or ""))
        ext = posixpath.splitext(target)[1].removeprefix(".")
        kind = overrides.get(target, defaults.get(ext)) or ""
        if kind.split(";")[0].strip().lower() in _WEB_TYPES and target[1:] in package.namelist():
            with read(target[1:]) as part:
                out[rel.get("Id") or ""] = part.read()
    return out


# The styles part: a style whose run properties say w:vanish hides the text of every
# run it formats (a character style on the run, a paragraph style on its paragraph),
# as w:vanish in the run's own properties does; a draft's old figure kept beside the
# shown one in a hidden "旧数据" character style was read joined to it (formats10 n09:
# 35 and a hidden 39 as 3539; n10 the same in a .doc through LibreOffice). A style
# takes the setting of the nearest style in its basedOn chain that makes one.
_STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
# A chain longer than this (or a loop) is a damaged part: the setting is not followed.
_MAX_BASED_ON = 32


class _Hidden(NamedTuple):
    """The ids of the character and the paragraph styles that hide their text."""

    character: frozenset[str] = frozenset()
    paragraph: frozenset[str] = frozenset()


_NO_HIDDEN = _Hidden()


def _hidden_styles(package: zipfile.ZipFile, partname: str, read: Any, etree: Any) -> _Hidden:
    """The document's hidden styles (see _STYLES_REL); none when it has no styles part."""
    folder, base = posixpath.split(partname)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")[1:]
    if rels_name not in package.namelist():
        return _Hidden()
    rels = etree.parse(read(rels_name), _parser(etree)).getroot()
    targets = [
        posixpath.normpath(posixpath.join(folder, rel.get("Target") or ""))[1:]
        for rel in rels.iterchildren(f"{_REL}Relationship")
        if rel.get("Type") == _STYLES_REL and rel.get("TargetMode") != "External"
    ]
    if not targets or targets[0] not in package.namelist():
        return _Hidden()
    root = etree.parse(read(targets[0]), _parser(etree)).getroot()
    own: dict[str, bool | None] = {}  # a style's own setting (None: it makes none)
    based: dict[str, str] = {}
    kind: dict[str, str] = {}
    for style in root.iterchildren(f"{_W}style"):
        sid = style.get(f"{_W}styleId") or ""
        kind[sid] = style.get(f"{_W}type") or "paragraph"
        vanish = style.find(f"{_W}rPr/{_W}vanish")
        own[sid] = None if vanish is None else vanish.get(f"{_W}val", "") not in _OFF
        parent = style.find(f"{_W}basedOn")
        if parent is not None:
            based[sid] = parent.get(f"{_W}val") or ""

    def hides(sid: str) -> bool:
        for _ in range(_MAX_BASED_ON):
            if own.get(sid) is not None:
                return bool(own[sid])
            if sid not in based:
                return False
            sid = based[sid]
        return False

    return _Hidden(
        frozenset(s for s, k in kind.items() if k == "character" and hides(s)),
        frozenset(s for s, k in kind.items() if k == "paragraph" and hides(s)),
    )


def _read_chunk(data: bytes, out: TextBuilder) -> None:
    """An altChunk's web page in place: its lines, each data table as a table."""
    from bisect import bisect_left

    from ..read import _decode_page, _render_html, unified_table

    try:
        page, _, _ = _decode_page(data, None, None)
    except UnreadableDocument:  # an empty or undecodable part shows nothing
        return
    visible, offsets, tables, _ = _render_html(page)
    at = 0
    for table in sorted(tables, key=lambda t: t.start):
        first = bisect_left(offsets, table.start, 0, len(visible))
        last = bisect_left(offsets, table.end, first, len(visible))
        for line in visible[at:first].split("\n"):
            if line.strip():
                out.line(line.strip())
        out.table(
            [
                [GridCell(c.text, c.rowspan, c.colspan) for c in row]
                for row in unified_table(table).rows
            ]
        )
        at = max(at, last)
    for line in visible[at:].split("\n"):
        if line.strip():
            out.line(line.strip())


def _parser(etree: Any) -> Any:
    # python-docx's settings: blank text between elements dropped, no entities
    return etree.XMLParser(remove_blank_text=True, resolve_entities=False)


# The body's children that hold text (those _read_blocks reads).
_ALT_CHUNK = f"{_W}altChunk"
_BLOCKS = (f"{_W}p", _TBL, _ALT_CHUNK, *sorted(_WRAPPERS))
_RID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _body_blocks(xml: IO[bytes], etree: Any) -> Iterator[Any]:
    """The children of the document's (first) ``w:body`` that hold text, each whole,
    in order, as soon as it is parsed."""
    events = etree.iterparse(
        xml, events=("end",), tag=_BLOCKS, remove_blank_text=True, resolve_entities=False
    )
    body = None
    while True:
        try:
            _, el = next(events)
        except StopIteration:
            return
        except Exception as exc:  # damaged XML or a damaged zip stream
            raise _Damaged from exc
        parent = el.getparent()
        if parent is None or parent.tag != f"{_W}body":
            continue
        if body is None:
            if parent.getparent() is None or parent.getparent().getparent() is not None:
                continue
            body = parent
        elif parent is not body:
            continue
        checkpoint()  # the document's time bound, once a block of the body (limits.py)
        yield el
        # Read: emptied, then dropped with what came before it, so that memory
        # holds one block, not the document (an emptied element moves cheaply).
        el.clear()
        while el.getprevious() is not None:
            del body[0]


# What Word does not show: a run formatted hidden (w:vanish in the run's own
# properties; in a paragraph mark's properties it hides only the mark), a content
# control still showing its placeholder text (nothing was typed), a table row
# deleted with tracked changes, text moved away with tracked changes (w:moveFrom:
# shown struck like a deletion, gone once accepted; its runs hold w:t, not
# w:delText, so they read as text). Their digits are no value (formats6 i09: a
# hidden stale digit beside the shown number read as part of it; i08: a
# placeholder's cell read as 0; formats8 k09: a figure moved to the next column
# read before the 0 typed in its place, 15 and 0 as 150).
_MOVE_FROM = f"{_W}moveFrom"
_UNSHOWN = (f"{_W}vanish", f"{_W}showingPlcHdr", f"{_W}del", _MOVE_FROM)
_OFF = frozenset({"0", "false", "off"})
# A run coloured white (w:color FFFFFF) on an unshaded page is not seen: a draft's old
# figure kept white beside the shown one was read joined to it (formats8 k11: 3 and a
# white 0 as 30). It is left out only where nothing can make it visible: the run has
# no highlight or shading of its own, neither its paragraph nor its cell is shaded,
# and its paragraph also holds text in another colour (a cell all in white is a white
# heading on a table style's dark fill, which this reader does not resolve).
_COLOR, _HIGHLIGHT, _SHD = f"{_W}color", f"{_W}highlight", f"{_W}shd"
# A footnote mark typed as a superscript run after a cell's number (12 then a
# superscript 1, ①, *, 注) is no part of the cell's value: joined to it, 658 and a
# superscript 2 read as 6582 (formats9 m05), as a web page's <sup> mark was (read.py,
# NOTE_MARK). The document's text keeps it; the cell's text leaves it out.
_SUPERSCRIPT = "superscript"
_WHITE = frozenset({"FFFFFF", "ffffff"})
# A complex field is its instructions (w:instrText) then, after its separator, the
# result Word shows. A field nested in another's instructions ({ = { QUOTE "18" } + 14 }
# shows 32) has its result text (w:t) there: read, 18 was joined to 32 (formats11 o08:
# 1832). Text inside any open field's instructions is not shown.
_FLD_CHAR = f"{_W}fldChar"
_UNSHADED = frozenset({"", "auto", "FFFFFF", "ffffff"})


def _drop_unshown(block: Any, hidden: _Hidden = _NO_HIDDEN) -> Any:
    """``block`` without what Word does not show (see _UNSHOWN, _STYLES_REL); a control
    showing its placeholder keeps its paragraphs and cells, emptied, so no cell moves."""
    if hidden.character or hidden.paragraph:
        _drop_styled_hidden(block, hidden)
    found = list(block.iter(*_UNSHOWN))
    for el in found:
        parent = el.getparent()
        if parent is None:
            continue
        owner = parent.getparent()
        if owner is None:
            continue
        if el.tag == f"{_W}vanish":
            if (
                parent.tag == f"{_W}rPr"
                and owner.tag == f"{_W}r"
                and el.get(f"{_W}val", "") not in _OFF
                and owner.getparent() is not None
            ):
                owner.getparent().remove(owner)
        elif el.tag == f"{_W}showingPlcHdr":
            if parent.tag == f"{_W}sdtPr" and el.get(f"{_W}val", "") not in _OFF:
                for content in owner.iterchildren(f"{_W}sdtContent"):
                    for t in list(content.iter(f"{_W}t")):
                        t.getparent().remove(t)
        elif el.tag == _MOVE_FROM:
            if parent.tag != f"{_W}rPr":  # in a run's properties it only marks the run
                parent.remove(el)
        elif parent.tag == f"{_W}trPr" and owner.tag == _TR and owner.getparent() is not None:
            owner.getparent().remove(owner)
    for p in list(block.iter(f"{_W}p")):
        _drop_white(p)
        if next(p.iter(*_STRIKES), None) is not None:
            _drop_struck(p)
    return block


# A number struck through (w:strike, w:dstrike) in a cell beside one that is not is the
# old figure a reviewer crossed out instead of tracking the change: joined to the
# current one, 7 and a struck 12 read as 127 (formats12 p11, 60 cells); an HTML cell's
# <s>/<del> is passed over likewise (read.py). Only in a table cell, and only when the
# paragraph also holds text that is not struck (a cell all struck is left as it is).
_STRIKES = (f"{_W}strike", f"{_W}dstrike")


def _struck(r: Any) -> bool:
    rpr = r.find(f"{_W}rPr")
    if rpr is None:
        return False
    return any(
        (el := rpr.find(tag)) is not None and el.get(f"{_W}val", "") not in _OFF for tag in _STRIKES
    )


def _drop_struck(p: Any) -> None:
    """``p`` in a table cell without its struck runs (see _STRIKES)."""
    if next(p.iterancestors(_TC), None) is None:
        return
    struck: list[Any] = []
    other = False
    for r in p.iter(f"{_W}r"):
        if next(r.iterancestors(f"{_W}p"), None) is not p:
            continue
        if not any((t.text or "").strip() for t in r.iterchildren(f"{_W}t")):
            continue
        if _struck(r):
            struck.append(r)
        else:
            other = True
    if not struck or not other:
        return
    for r in struck:
        if r.getparent() is not None:
            r.getparent().remove(r)


def _drop_styled_hidden(block: Any, hidden: _Hidden) -> None:
    """``block`` without the runs a hidden style hides: the run's character style, or
    else its paragraph's style, hides it, and the run's own properties say nothing of
    w:vanish (its own setting, on or off, wins: _drop_unshown reads it). A paragraph
    without a w:pStyle is not judged by the default paragraph style (one that hid its
    text would hide the whole document: not a form seen)."""
    for r in list(block.iter(f"{_W}r")):
        rpr = r.find(f"{_W}rPr")
        if rpr is not None and rpr.find(f"{_W}vanish") is not None:
            continue
        style = _val(rpr, f"{_W}rStyle") if rpr is not None else None
        if style is None or style not in hidden.character:
            p = next(r.iterancestors(f"{_W}p"), None)
            pstyle = _val(p, f"{_W}pPr/{_W}pStyle") if p is not None else None
            if pstyle is None or pstyle not in hidden.paragraph:
                continue
        if r.getparent() is not None:
            r.getparent().remove(r)


def _drop_white(p: Any) -> None:
    """``p`` without its white runs where they cannot be seen (see _WHITE)."""
    white: list[Any] = []
    other = False
    for r in p.iter(f"{_W}r"):
        if next(r.iterancestors(f"{_W}p"), None) is not p:
            continue  # a run of a text box's paragraph: judged with its own paragraph
        if not any((t.text or "").strip() for t in r.iterchildren(f"{_W}t")):
            continue
        rpr = r.find(f"{_W}rPr")
        colour = rpr.find(_COLOR) if rpr is not None else None
        if colour is not None and colour.get(f"{_W}val", "") in _WHITE:
            if rpr.find(_HIGHLIGHT) is not None or _shaded(rpr):
                return
            white.append(r)
        else:
            other = True
    if not white or not other or _shaded(p.find(f"{_W}pPr")):
        return
    cell = next((a for a in p.iterancestors(_TC)), None)
    if cell is not None and _shaded(cell.find(f"{_W}tcPr")):
        return
    for r in white:
        if r.getparent() is not None:
            r.getparent().remove(r)


def _shaded(props: Any) -> bool:
    """Whether a run's, paragraph's or cell's properties give it a fill (or a pattern)."""
    if props is None:
        return False
    shd = props.find(_SHD)
    if shd is None:
        return False
    return shd.get(f"{_W}fill", "") not in _UNSHADED or shd.get(f"{_W}val", "clear") not in (
        "clear",
        "nil",
    )


def _blocks(parent: Any, out: TextBuilder, depth: int) -> None:
    _read_blocks(parent.iterchildren(), out, depth)


def _read_blocks(
    children: Iterable[Any], out: TextBuilder, depth: int, chunks: dict[str, bytes] | None = None
) -> None:
    for child in children:
        tag = child.tag
        if tag == _ALT_CHUNK:
            if chunks and (data := chunks.get(child.get(_RID) or "")) is not None:
                _read_chunk(data, out)
            continue
        if tag == f"{_W}p":
            if child.find(f".//{_TXBX}") is None:
                out.line(_paragraph(child))
                continue
            # A floating text box is anchored in a paragraph; its content (often
            # a table) comes after the anchor's own text, read as blocks.
            boxes: list[Any] = []
            out.line(_paragraph_text(child, boxes))
            for box in boxes:
                if depth < _MAX_DEPTH:
                    _blocks(box, out, depth + 1)
        elif tag == f"{_W}tbl":
            if depth < _MAX_DEPTH and _is_layout(child):
                for tr in _unwrapped(child, (_TR,)):
                    for tc in _unwrapped(tr, (_TC,)):
                        _blocks(tc, out, depth + 1)
            else:
                out.table(_table(child, depth))
        elif tag in _WRAPPERS:
            _read_blocks(child.iterchildren(), out, depth, chunks)


def _is_layout(tbl: Any) -> bool:
    """A table that lays the page out: one of its cells holds a table of several rows
    (a report pasted from a web page into a one-cell frame, tables beside text)."""
    return any(
        sum(1 for _ in _unwrapped(inner, (_TR,))) >= _LAYOUT_NESTED_ROWS
        for tr in _unwrapped(tbl, (_TR,))
        for tc in _unwrapped(tr, (_TC,))
        for inner in _unwrapped(tc, (_TBL,))
    )


def _unwrapped(parent: Any, tags: tuple[str, ...]) -> Iterator[Any]:
    """``parent``'s children with one of ``tags``, those inside content controls and
    custom XML included: a w:sdt may wrap a row or a cell, and skipping it would
    shift every cell after it."""
    for child in parent.iterchildren():
        if child.tag in tags:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _unwrapped(child, tags)


def _paragraph_text(el: Any, boxes: list[Any]) -> str:
    """:func:`_paragraph` of a paragraph anchoring text boxes: each box's content is
    added to ``boxes`` once (Word writes a box twice, as DrawingML and as a VML
    fallback for older readers) and left out of the paragraph's text."""
    parts: list[str] = []
    for child in el.iterchildren():
        tag = child.tag
        if tag == _TXBX:
            boxes.append(child)
        elif tag == _FALLBACK:
            continue
        elif tag == f"{_W}t":
            parts.append(child.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag != f"{_W}del":
            parts.append(_paragraph_text(child, boxes))
    return "".join(parts)


def _paragraph(p: Any, cell: bool = False) -> str:
    """A paragraph's text: runs, tabs and line breaks; deleted text left out. In a
    table ``cell``, a footnote mark set as a superscript right after a digit is left
    out too (see _SUPERSCRIPT)."""
    parts: list[str] = []
    sup_from = -1  # where the superscript run being read began in parts (-1: none)
    fields: list[bool] = []  # the open complex fields: True once past their instructions
    for el in p.iter(
        f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen", f"{_W}del", _FLD_CHAR
    ):
        if el.tag == _FLD_CHAR:
            kind = el.get(f"{_W}fldCharType")
            if kind == "begin":
                fields.append(False)
            elif kind == "separate" and fields:
                fields[-1] = True
            elif kind == "end" and fields:
                fields.pop()
            continue
        if fields and not all(fields):
            continue  # inside a field's instructions (see _FLD_CHAR)
        if cell and el.tag == f"{_W}t":
            if _superscript(el.getparent()):
                sup_from = len(parts) if sup_from < 0 else sup_from
            elif sup_from >= 0:
                drop_note_mark(parts, sup_from)
                sup_from = -1
        if el.tag == f"{_W}t":
            parts.append(el.text or "")
        elif el.tag == f"{_W}tab":
            parts.append("\t")
        elif el.tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif el.tag != f"{_W}del":
            parts.append("\n")
    if sup_from >= 0:
        drop_note_mark(parts, sup_from)
    return "".join(parts)


def _superscript(run: Any) -> bool:
    """Whether a run (the parent of a ``w:t``) is formatted superscript in its own
    properties."""
    if run is None or run.tag != f"{_W}r":
        return False
    rpr = run.find(f"{_W}rPr")
    return rpr is not None and _val(rpr, f"{_W}vertAlign") == _SUPERSCRIPT


def _val(el: Any, path: str) -> str | None:
    found = el.find(path)
    if found is None:
        return None
    return found.get(f"{_W}val", "")


def _count(value: str | None, default: int = 1) -> int:
    """A span attribute; absent or malformed means ``default``."""
    try:
        return max(default, int(value)) if value else default
    except ValueError:
        return default


def _cell_text(tc: Any, depth: int) -> str:
    """A cell's paragraphs as one line (a nested table's cells included, in order)."""
    parts: list[str] = []
    for child in _unwrapped(tc, (f"{_W}p", _TBL)):
        if child.tag == f"{_W}p" and child.find(f".//{_TXBX}") is not None:
            boxes: list[Any] = []
            parts.append(_paragraph_text(child, boxes))
            parts.extend(_cell_text(box, depth + 1) for box in boxes if depth < _MAX_DEPTH)
        elif child.tag == f"{_W}p":
            parts.append(_paragraph(child, cell=True))
        elif child.tag == f"{_W}tbl" and depth < _MAX_DEPTH:
            for row in _table(child, depth + 1):
                parts.extend(c.text for c in row)
    return join_lines([p for part in parts for p in part.split("\n")])


def _table(tbl: Any, depth: int) -> list[list[GridCell]]:
    """Rows of origin cells with their spans; a ``vMerge`` continuation extends the cell
    above. A right-to-left table (``w:bidiVisual``: Word draws a row's first cell on the
    right) is given as drawn, left to right (see readers.mirror)."""
    rows: list[list[GridCell]] = []
    bidi = _val(tbl, f"{_W}tblPr/{_W}bidiVisual")
    rtl = bidi is not None and bidi not in _OFF
    # Grid column -> (row index, cell index) of the cell a vertical merge continues.
    open_above: dict[int, tuple[int, int]] = {}
    for tr in _unwrapped(tbl, (_TR,)):
        row: list[GridCell] = []
        col = _count(_val(tr, f"{_W}trPr/{_W}gridBefore"), 0)
        if col:
            row.append(GridCell("", 1, col))
        seen: dict[int, tuple[int, int]] = {}
        for tc in _unwrapped(tr, (_TC,)):
            span = _count(_val(tc, f"{_W}tcPr/{_W}gridSpan"))
            merge = _val(tc, f"{_W}tcPr/{_W}vMerge")
            if merge is not None and merge != "restart" and col in open_above:
                r, k = open_above[col]
                above = rows[r][k]
                rows[r][k] = GridCell(above.text, above.rowspan + 1, above.colspan)
                seen[col] = (r, k)
            else:
                row.append(GridCell(_cell_text(tc, depth), 1, span))
                if merge == "restart":
                    seen[col] = (len(rows), len(row) - 1)
            col += span
        after = _count(_val(tr, f"{_W}trPr/{_W}gridAfter"), 0)
        if rtl and after:
            row.append(GridCell("", 1, after))  # drawn at the row's left end
        open_above = seen
        rows.append(row)
    return mirrored(rows) if rtl else rows
