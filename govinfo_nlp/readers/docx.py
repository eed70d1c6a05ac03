"""DOCX: paragraphs and tables in document order, merged cells from the XML.

python-docx opens the package; the body is walked in the XML itself because
``Table.rows[i].cells`` repeats a merged cell in every slot it covers, which
would read one number as several. Spans come from ``w:gridSpan`` (columns)
and ``w:vMerge`` (a cell continued from the row above); ``w:gridBefore``
keeps the row's first cells in their columns. Headers and footers are page
furniture and are not read. A text box's content (a table floated beside the
text) is read once, after the paragraph that anchors it; a layout table (a
cell holding a table of several rows) is read as its cells' content.
"""

from __future__ import annotations

import io
from typing import Any

from ..errors import MissingExtra, UnreadableDocument
from .text import GridCell, TextBuilder, join_lines

__all__ = ["read_docx"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TXBX = f"{_W}txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Tables nested deeper than this are read as their cells' text only.
_MAX_DEPTH = 8
# A table holding a table of this many rows is a layout table (as in readers.page).
_LAYOUT_NESTED_ROWS = 2


def read_docx(data: bytes, *, name: str = "input") -> tuple[str, list[Any]]:
    """``(text, tables)`` of a .docx file; tables carry offsets into the text."""
    try:
        import docx
    except ImportError as exc:
        raise MissingExtra("python-docx", "docx") from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # a damaged package raises from zipfile, lxml or python-docx
        raise UnreadableDocument(f"{name}: not a readable DOCX file: {exc}", code="docx") from exc
    out = TextBuilder()
    _blocks(document.element.body, out, depth=0)
    if not out.text.strip():
        raise UnreadableDocument(f"{name}: the DOCX file has no text", code="empty")
    return out.text, out.tables


def _blocks(parent: Any, out: TextBuilder, depth: int) -> None:
    for child in parent.iterchildren():
        tag = child.tag
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
                for tc in child.iterfind(f"{_W}tr/{_W}tc"):
                    _blocks(tc, out, depth + 1)
            else:
                out.table(_table(child, depth))
        elif tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins"):
            _blocks(child, out, depth)


def _is_layout(tbl: Any) -> bool:
    """A table that lays the page out: one of its cells holds a table of several rows
    (a report pasted from a web page into a one-cell frame, tables beside text)."""
    return any(
        len(inner.findall(f"{_W}tr")) >= _LAYOUT_NESTED_ROWS
        for inner in tbl.iterfind(f"{_W}tr/{_W}tc/{_W}tbl")
    )


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


def _paragraph(p: Any) -> str:
    """A paragraph's text: runs, tabs and line breaks; deleted text left out."""
    parts: list[str] = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen", f"{_W}del"):
        if el.tag == f"{_W}t":
            parts.append(el.text or "")
        elif el.tag == f"{_W}tab":
            parts.append("\t")
        elif el.tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif el.tag != f"{_W}del":
            parts.append("\n")
    return "".join(parts)


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
    for child in tc.iterchildren():
        if child.tag == f"{_W}p" and child.find(f".//{_TXBX}") is not None:
            boxes: list[Any] = []
            parts.append(_paragraph_text(child, boxes))
            parts.extend(_cell_text(box, depth + 1) for box in boxes if depth < _MAX_DEPTH)
        elif child.tag == f"{_W}p":
            parts.append(_paragraph(child))
        elif child.tag == f"{_W}tbl" and depth < _MAX_DEPTH:
            for row in _table(child, depth + 1):
                parts.extend(c.text for c in row)
    return join_lines([p for part in parts for p in part.split("\n")])


def _table(tbl: Any, depth: int) -> list[list[GridCell]]:
    """Rows of origin cells with their spans; a ``vMerge`` continuation extends the cell above."""
    rows: list[list[GridCell]] = []
    # Grid column -> (row index, cell index) of the cell a vertical merge continues.
    open_above: dict[int, tuple[int, int]] = {}
    for tr in tbl.iterchildren(f"{_W}tr"):
        row: list[GridCell] = []
        col = _count(_val(tr, f"{_W}trPr/{_W}gridBefore"), 0)
        if col:
            row.append(GridCell("", 1, col))
        seen: dict[int, tuple[int, int]] = {}
        for tc in tr.iterchildren(f"{_W}tc"):
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
        open_above = seen
        rows.append(row)
    return rows
