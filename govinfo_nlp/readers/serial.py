"""A table's 序号 column (row ordinals) left out of the grid the tables stage reads.

WPS and many county templates number the rows of tables 二 and 三 in a first
column headed 序号. Read as part of the grid, each ordinal is taken for the
row's first value (a row with one cell too many), and the tables' sums may
then fit a shifted placement. The column is dropped from the table's grid
only when it is proven one: a header cell names it (``data/serial_headers.txt``)
and every other cell it holds is empty or the next ordinal (counting on, or
from 1 again under a repeated header). The document's text keeps the
ordinals; only the grid leaves them out.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from functools import lru_cache

from ..datafiles import read_text
from ..quantities.numerals import CN_DIGITS, numeral_value
from ..read import HtmlCell, HtmlTable

__all__ = ["drop_serial_columns"]


@lru_cache(maxsize=1)
def _headers() -> frozenset[str]:
    lines = read_text("readers/data/serial_headers.txt").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _compact(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def drop_serial_columns(table: HtmlTable) -> HtmlTable:
    """``table`` without its ordinal columns (see the module docstring); itself if none."""
    headers = _headers()
    # (every cell's compact text at once, apart by NULs: NFKC leaves a NUL as it is and
    # composes nothing across it, and no header holds one; a cell holding a NUL itself
    # may only make the test below true, and the cells are then looked at one by one)
    cells = "\0".join([cell.text for row in table.rows for cell in row])
    if headers.isdisjoint(_compact(cells).split("\0")):
        return table
    placed = _placed(table)
    named = {c for row in placed for c, cell in row if _compact(cell.text) in headers}
    for col in sorted(named, reverse=True):
        if _is_serial(placed, col):
            placed = _without(placed, col)
    if sum(len(row) for row in placed) == sum(len(row) for row in table.rows):
        return table
    return replace(table, rows=tuple(tuple(cell for _, cell in row) for row in placed))


def _placed(table: HtmlTable) -> list[list[tuple[int, HtmlCell]]]:
    """Each cell with the grid column it starts in (slots taken by rowspans skipped;
    a rowspan clipped to the table's rows, as the tables stage lays the grid out)."""
    taken: set[tuple[int, int]] = set()
    out = []
    for r, row in enumerate(table.rows):
        col, cells = 0, []
        for cell in row:
            while (r, col) in taken:
                col += 1
            for dr in range(1, min(max(1, cell.rowspan), len(table.rows) - r)):
                for dc in range(max(1, cell.colspan)):
                    taken.add((r + dr, col + dc))
            cells.append((col, cell))
            col += max(1, cell.colspan)
        out.append(cells)
    return out


# Ordinals written in Chinese numerals (一, 二, …, 十一): a county template numbers its rows
# so as often as in digits (session 26 left them: the grid's own rule then read the column
# as ordinals, tables/grid.py, but the serial column stayed in the grid).
_NUMERAL_CHARS = frozenset("〇零一二三四五六七八九十百两")


def _ordinal(text: str) -> int | None:
    """The ordinal a 序号 cell writes (12, 十二), or None; digits in a row (二〇, 三五) are none."""
    if text.isdigit() and text.isascii():
        return int(text)
    if not text or not _NUMERAL_CHARS.issuperset(text) or text[0] in "百〇零":
        return None
    if len(text) >= 2 and all(ch in CN_DIGITS for ch in text):
        return None
    value = numeral_value(text)
    return int(value) if value is not None and value == value.to_integral_value() else None


def _is_serial(placed: list[list[tuple[int, HtmlCell]]], col: int) -> bool:
    headers = _headers()
    last: int | None = None
    ordinals = 0
    named = restart = False
    for row in placed:
        for at, cell in row:
            if at != col or cell.colspan != 1:
                continue
            text = _compact(cell.text)
            if text in headers:
                named = restart = True  # under a repeated header, 1 may start again
            elif (n := _ordinal(text)) is not None:
                if not named or not ((n == 1 and restart) or (last is not None and n == last + 1)):
                    return False
                last, restart, ordinals = n, False, ordinals + 1
            elif text:
                return False
    return named and ordinals >= 2


def _without(
    placed: list[list[tuple[int, HtmlCell]]], col: int
) -> list[list[tuple[int, HtmlCell]]]:
    """The grid with column ``col`` taken out: its own cells dropped, cells across it narrowed."""
    out = []
    for row in placed:
        cells = []
        for at, cell in row:
            span = max(1, cell.colspan)
            if at == col and span == 1:
                continue
            if at <= col < at + span:
                cell = HtmlCell(cell.text, cell.rowspan, span - 1, cell.start, cell.end)
            cells.append((at if at < col else at - 1 if at > col else at, cell))
        out.append(cells)
    return out
