"""The extracted text of a binary document, built piece by piece with its tables.

Readers of DOCX and PDF write paragraphs as lines and each table row by row,
cells joined by `` | `` (the layout the table stage reads from text), and
keep every cell with its grid spans and offsets in that text, so that
structured tables are read by grid position exactly as HTML tables are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..read import HtmlCell, HtmlTable
from .pages import Box

__all__ = ["GridCell", "TextBuilder", "join_lines"]

CELL_SEPARATOR = " | "
# A merged cell spans at most this many rows or columns; a corrupt span must not
# make a grid of millions of slots.
MAX_SPAN = 200
_ASCII_WORD = re.compile(r"[0-9A-Za-z.,%]")


@dataclass(frozen=True, slots=True)
class GridCell:
    """A cell where it starts in the grid, with its spans (covered slots are not cells)."""

    text: str
    rowspan: int = 1
    colspan: int = 1


def join_lines(parts: Sequence[str]) -> str:
    """Lines of one cell as one line: Chinese runs join directly, numbers and words keep a space.

    >>> join_lines(["本年新", "制作数量"]), join_lines(["12", "34"])
    ('本年新制作数量', '12 34')
    """
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if out and _ASCII_WORD.match(out[-1]) and _ASCII_WORD.match(part[0]):
            out += " "
        out += part
    return out


class TextBuilder:
    """Appends lines and tables; ``text`` and ``tables`` are the result."""

    def __init__(self, *, boxes: bool = False) -> None:
        self._parts: list[str] = []
        self._size = 0
        self.tables: list[HtmlTable] = []
        # With ``boxes``: one entry per character written, its box on the page or None.
        self.boxes: list[Box | None] | None = [] if boxes else None

    @property
    def size(self) -> int:
        return self._size

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def write(self, text: str, box: Box | None = None) -> None:
        self._parts.append(text)
        self._size += len(text)
        if self.boxes is not None:
            self.boxes.extend([box] * len(text))

    def line(self, text: str) -> None:
        """One paragraph (line breaks inside it kept)."""
        self.write(text.replace("\r", "") + "\n")

    def table(
        self,
        rows: Sequence[Sequence[GridCell]],
        pieces: Sequence[Sequence[Sequence[tuple[str, Box | None]]]] | None = None,
    ) -> HtmlTable | None:
        """A table, one line per row (empty rows dropped); ``pieces`` are the cells' text
        with their boxes, when the reader has them."""
        start = self._size
        out_rows: list[tuple[HtmlCell, ...]] = []
        for r, row in enumerate(rows):
            if not row:
                continue
            cells: list[HtmlCell] = []
            for k, cell in enumerate(row):
                if k:
                    self.write(CELL_SEPARATOR)
                at = self._size
                if pieces is not None:
                    for part, box in pieces[r][k]:
                        self.write(part, box)
                    text = "".join(part for part, _ in pieces[r][k])
                else:
                    text = " ".join(cell.text.split())
                    self.write(text)
                cells.append(
                    HtmlCell(
                        text,
                        max(1, min(cell.rowspan, MAX_SPAN)),
                        max(1, min(cell.colspan, MAX_SPAN)),
                        at,
                        at + len(text),
                    )
                )
            self.write("\n")
            out_rows.append(tuple(cells))
        table = HtmlTable(tuple(out_rows), start, self._size) if out_rows else None
        if table is not None:
            self.tables.append(table)
        self.write("\n")
        return table
