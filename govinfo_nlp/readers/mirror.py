"""Right-to-left tables: their rows as drawn, left to right.

A table whose direction is right to left (HTML ``<table dir="rtl">`` or
``direction:rtl``; Word's ``w:bidiVisual``) is drawn from the right: the first cell of
a row in the markup is the rightmost. A document can write its cells in reverse so
that the table looks as the template's (labels on the left, 自然人 … 总计 in order):
read in markup order every column was mirrored, 总计 read as 自然人 (formats11 o05, o18:
77 and 79 cells WRONG). The table stages read rows left to right; the rows are given
to them as drawn.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

__all__ = ["mirrored"]

# Cells of a right-to-left table placed to find where they are drawn (a hostile span
# would make the grid huge: such a table is not turned).
MAX_MIRRORED_CELLS = 1 << 16


class _Spanned(Protocol):
    @property
    def rowspan(self) -> int: ...
    @property
    def colspan(self) -> int: ...


_C = TypeVar("_C", bound=_Spanned)


def _placed(rows: list[list[_C]]) -> list[list[int]] | None:
    """Each cell's first grid column, cells laid out from the start side as a browser
    or Word lays them (a rowspan clipped to the table's rows); None past
    MAX_MIRRORED_CELLS."""
    taken: set[tuple[int, int]] = set()
    out: list[list[int]] = []
    for r, row in enumerate(rows):
        col = 0
        cols = []
        for cell in row:
            while (r, col) in taken:
                col += 1
            cols.append(col)
            for dr in range(min(cell.rowspan, len(rows) - r)):
                for dc in range(cell.colspan):
                    taken.add((r + dr, col + dc))
            if len(taken) > MAX_MIRRORED_CELLS:
                return None
            col += cell.colspan
        out.append(cols)
    return out


def mirrored(rows: list[list[_C]]) -> list[list[_C]]:
    """A right-to-left table's rows (cells in their order from the start side) as
    drawn, left to right; no rows when its cells, so reordered, would not lie where they
    are drawn (a row short of the table's width, a grid too big to place)."""
    cols = _placed(rows)
    if cols is None:
        return []
    width = max(
        (
            c + cell.colspan
            for row, cs in zip(rows, cols, strict=True)
            for cell, c in zip(row, cs, strict=True)
        ),
        default=0,
    )
    drawn = [
        sorted(
            ((width - c - cell.colspan, cell) for cell, c in zip(row, cs, strict=True)),
            key=lambda x: x[0],
        )
        for row, cs in zip(rows, cols, strict=True)
    ]
    out = [[cell for _, cell in row] for row in drawn]
    if _placed(out) != [[c for c, _ in row] for row in drawn]:
        return []
    return out
