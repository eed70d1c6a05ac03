"""Layout recovery: turn whatever a table became in the text into a stream of cells.

Tables reach us in many shapes: rows of cells joined by ``|`` (with empty
trailing cells), Markdown pipe tables, tab-separated rows, one cell per line
ending in ``|`` with stray ``|||`` lines, one cell per line with blank lines
between cells, ``|`` on lines of its own, PDF text (a label followed by
space-separated numbers, rows wrapped over lines), and HTML tables.

All of them become one flat sequence of :class:`Item` — text cells, value
cells and *empty* cells — in reading order. An empty item is emitted only
where the layout shows an empty cell for sure (an interior ``| |``, a blank
line where blank lines stand for cells); separators, padding and stray pipe
runs emit nothing. Rows are then found by their labels (see ``extract``),
never by line position, so the same downstream code reads every layout.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache, partial
from typing import Literal, NamedTuple, Protocol

import numpy as np

from ..limits import checkpoint
from ..normalize import drop_invisible
from ..textcache import text_cache
from .templates import CACHED_TEXT, layout_anchors
from .values import Absent, is_value_token, may_end_value, parse_cell, value_words

__all__ = [
    "BLANK_CELL",
    "CellStyle",
    "HtmlCellLike",
    "HtmlTableLike",
    "Item",
    "Layout",
    "items_from_html",
    "items_from_text",
    "text_layout",
]

ItemKind = Literal["text", "value", "empty"]
CellStyle = Literal["rows", "suffix", "separator", "plain", "double"]


class Item(NamedTuple):
    """One cell in reading order; ``start``/``end`` in the coordinates of the input given.

    A named tuple rather than a dataclass: a page has hundreds of cells, and a
    tuple is built about three times faster.
    """

    kind: ItemKind
    text: str
    start: int
    end: int
    line: int
    col: int = -1  # position in its row (grid column for HTML); -1 when unknown


class HtmlCellLike(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def rowspan(self) -> int: ...
    @property
    def colspan(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class HtmlTableLike(Protocol):
    @property
    def rows(self) -> Sequence[Sequence[HtmlCellLike]]: ...


# A Markdown header separator row: |---|:---:|---|
_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
# Cell separators inside a line.
_SPLIT = re.compile(r"[|\t]")
_TOKEN = re.compile(r"\S+")
_SPACE = re.compile(r"\s")
_SHORT_LINE = 50
# Page furniture of PDF text that would otherwise read as cells: "- 9 -", "第 3 页 共 8 页".
_PAGE_NUMBER = re.compile(
    r"""
    ^ \s* (?:
        [-—–]\s*\d{1,4}\s*[-—–]                                # - 9 -
      | 第\s*\d{1,4}\s*页 (?: \s*[/,，]?\s*共\s*\d{1,4}\s*页 )?  # 第 3 页 / 共 8 页
      | (?:page|Page)\s*\d{1,4} (?: \s*(?:of|/)\s*\d{1,4} )?
    ) \s* $
    """,
    re.VERBOSE,
)


# First characters that let a stripped line be a Markdown separator row or a
# page number: any other line skips those two regexes (as does a line without
# the "---" every separator row holds: a table row opens with "|" too).
_MD_FIRST = frozenset("|:-")
_PAGE_FIRST = frozenset("-—–第pP")

Cell = tuple[ItemKind, str, int, int]  # kind, text, start, end


# An Item from a tuple of all six fields, built in C: a named tuple's own
# ``__new__`` is a Python function, and a page has hundreds of cells.
_item: Callable[[tuple[ItemKind, str, int, int, int, int]], Item] = partial(tuple.__new__, Item)

# Text of an empty item standing for a blank line in a one-cell-per-line table
# whose cells otherwise sit on consecutive lines: there every blank line is a
# cell, so its position is certain even at the end of a row.
BLANK_CELL = "\n"


def _cells(text: str, start: int) -> list[Cell]:
    """One cell's text → cells; a PDF-style "label 1 2 3" or "1 2 3" becomes several."""
    stripped = text.strip()
    if not stripped:
        return []
    offset = start + text.index(stripped[0])
    end = offset + len(stripped)
    # Fast paths, exact: a cell whose last character cannot end a value (nor a
    # unit word, whose last characters are among those) has no trailing value
    # token, so it is one text cell; a cell of one token is one value or text.
    if not may_end_value(stripped[-1]):
        return [("text", stripped, offset, end)]
    if _SPACE.search(stripped) is None:
        return [("value" if is_value_token(stripped) else "text", stripped, offset, end)]
    tokens = [(m.group(), offset + m.start(), offset + m.end()) for m in _TOKEN.finditer(stripped)]
    # unit words PDF extraction put apart from their number (12 件): one value
    # (tables/data/values.json units marked "split")
    split = value_words().split
    merged: list[tuple[str, int, int]] = []
    for tok in tokens:
        if (
            merged
            and tok[0] in split
            and is_value_token(merged[-1][0])
            and merged[-1][0] not in split
        ):
            prev = merged.pop()
            merged.append((prev[0] + tok[0], prev[1], tok[2]))
        else:
            merged.append(tok)
    cut = len(merged)
    while cut > 0 and is_value_token(merged[cut - 1][0]):
        cut -= 1
    if cut == len(merged) or (cut > 0 and len(merged) == 1):
        return [("text", stripped, offset, end)]
    cells: list[Cell] = []
    if cut > 0:
        label_end = merged[cut - 1][2]
        cells.append(("text", stripped[: label_end - offset], offset, label_end))
    cells.extend(("value", tok, s, e) for tok, s, e in merged[cut:])
    return cells


def _split_part(text: str, start: int, line: int) -> list[Item]:
    """One cell's text → items (column unknown); see :func:`_cells`."""
    return [_item((*cell, line, -1)) for cell in _cells(text, start)]


# What each line is to the layout code, one letter a line (``_Page.shape``), so
# that a zone's style is counted over its letters in C, not line by line:
#   B  blank                     1  only one pipe       2  only pipes, more
#   r  a Markdown rule (no cells, not measured for the style)
#   x  a line of cells longer than _SHORT_LINE (not measured for the style)
#   X  such a line that is a page number (no cells)
#   m, s, p  a line of cells: several cells, one ending with a pipe, one plain
#   M, S, P  such a line that is a page number (no cells; measured for the style)
_CELL_SHAPES = frozenset("xmsp")
# The first characters of a line of pipes, a Markdown rule or a page number.
_SPECIAL_FIRST = frozenset("|") | _MD_FIRST | _PAGE_FIRST
# A run of blank lines after a non-blank line: a gap holding blank lines.
_BLANK_GAP = re.compile(r"[^B]B")


class _Page:
    """The lines of a text, and what each line splits into.

    Line ``k`` is ``raw[k]`` (split on "\\n" only), starts at offset
    ``starts[k]``, reads ``stripped[k]`` without its surrounding whitespace,
    has the shape ``shape[k]`` (see above) and, when it has cells,
    the cells ``cells[k]`` (at offsets from the line's start).
    """

    __slots__ = (
        "_value",
        "cell_lines",
        "cells",
        "pipes",
        "raw",
        "shape",
        "starts",
        "stripped",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        raw_lines = text.split("\n")
        # in C, not an int object a line (a one-cell-a-line table has hundreds);
        # line k starts after the k lines before it and their k line breaks
        self.starts = _line_starts(raw_lines)
        # (stripped again when asked: a second copy of every line is not kept)
        # (each line is cut from the text when asked: the split lines, a copy of
        # the text in a string object a line, are dropped once the shapes are known)
        self.raw = _Lines(text, self.starts)
        self.stripped = _Stripped(self.raw)
        # Per line, its number of pipes when it is only pipes (and spaces), else 0
        self.pipes = pipes = [0] * len(raw_lines)
        self.cells: list[Sequence[LineCell]] = [()] * len(raw_lines)
        self.cell_lines: list[int] = []  # the lines with cells, in order
        shape: list[str] = []
        put = shape.append
        for k, raw in enumerate(raw_lines):
            stripped = raw.strip()
            if not stripped:
                put("B")
                continue
            first = stripped[0]
            if first in _SPECIAL_FIRST:
                if first == "|" and not stripped.strip("| "):
                    pipes[k] = n = stripped.count("|")
                    put("1" if n == 1 else "2")
                    continue
                if first in _MD_FIRST and "---" in stripped and _MD_SEPARATOR.match(stripped):
                    put("r")
                    continue
                if first in _PAGE_FIRST and _PAGE_NUMBER.match(stripped):
                    long = len(stripped) > _SHORT_LINE
                    put("X" if long else _shape_of(raw)[1].upper())
                    continue
            found, letter = _line_shape(raw) if len(raw) <= _CACHED_LINE else _shape_of(raw)
            put(letter)
            self.cells[k] = found
            self.cell_lines.append(k)
        self.shape = "".join(shape)
        self._value: dict[int, bool] = {}

    def __len__(self) -> int:
        return len(self.raw)

    def lines_with_cells(self, lo: int, hi: int) -> list[int]:
        """The lines of ``lo``..``hi`` that have cells."""
        lines = self.cell_lines
        return lines[bisect_left(lines, lo) : bisect_left(lines, hi)]

    def split(self, k: int) -> list[Item]:
        """Items of line ``k``, a line with cells (``col`` = position in the line)."""
        start = self.starts[k]
        return [_item((kd, tx, s + start, e + start, k, c)) for kd, tx, s, e, c in self.cells[k]]

    def is_value(self, k: int) -> bool:
        """Whether non-blank line ``k`` holds a single value (pipes around it aside)."""
        done = self._value.get(k)
        if done is None:
            starts = self.starts  # (the line cut from the text here: no _Lines call)
            end = starts[k + 1] - 1 if k + 1 < len(starts) else len(self.text)
            cell = self.text[starts[k] : end].strip().strip("|").strip()
            # A value's last character survives the space removal below: test it first.
            done = bool(cell) and may_end_value(cell[-1]) and is_value_token(cell.replace(" ", ""))
            self._value[k] = done
        return done


class _Lines:
    """The lines of a text (split on "\\n"), each cut from the text when asked."""

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str, starts: array[int]) -> None:
        self._text, self._starts = text, starts

    def __getitem__(self, k: int) -> str:
        starts = self._starts
        if k < 0:
            k += len(starts)
        if not 0 <= k < len(starts):
            raise IndexError(k)
        end = starts[k + 1] - 1 if k + 1 < len(starts) else len(self._text)
        return self._text[starts[k] : end]

    def __len__(self) -> int:
        return len(self._starts)


class _Stripped:
    """The lines of a page without their surrounding whitespace, each stripped when asked."""

    __slots__ = ("_raw",)

    def __init__(self, raw: _Lines) -> None:
        self._raw = raw

    def __getitem__(self, k: int) -> str:
        return self._raw[k].strip()

    def __len__(self) -> int:
        return len(self._raw)


def _line_starts(lines: list[str]) -> array[int]:
    """Where each of ``lines`` starts in the text they were split from (on "\\n").

    Line k starts after the k lines before it and their k line breaks. Summed in
    numpy and copied into an ``array`` as bytes: an array built from Python ints
    parses each one, and an int object a line is not kept (a one-cell-a-line
    table has hundreds of lines).
    """
    ends = np.fromiter(map(len, lines), dtype=np.int64, count=len(lines))
    ends += 1  # (each line's break)
    starts = array("q", b"\0" * 8)  # line 0 starts at 0
    starts.frombytes(np.cumsum(ends[:-1]).tobytes())
    return starts


# Table lines repeat within and across reports (a row of zeros, a header, the
# pipes of an empty row): each distinct line is split once, at offset 0, and
# its cells moved to where the line starts. Longer lines (prose) are not
# kept; nor are more than 2048 lines, so that hostile input holding many
# distinct lines of up to 200 empty cells keeps the cache within ~40 MB.
_CACHED_LINE = 200


LineCell = tuple[ItemKind, str, int, int, int]  # kind, text, start, end, col


@lru_cache(maxsize=2048)
def _line_shape(raw: str) -> tuple[tuple[LineCell, ...], str]:
    """:func:`_shape_of`, once per distinct line."""
    return _shape_of(raw)


def _shape_of(raw: str) -> tuple[tuple[LineCell, ...], str]:
    """The cells of a line with cells (:func:`_line_parts`) and its shape (see _Page):
    ``x`` when longer than _SHORT_LINE, else ``m`` (several cells), ``s`` (one,
    before a closing pipe) or ``p`` (one)."""
    cells, ends_with_pipe = _line_parts(raw)
    if len(raw.strip()) > _SHORT_LINE:
        return tuple(cells), "x"
    return tuple(cells), "m" if len(cells) >= 2 else "s" if ends_with_pipe else "p"


def _line_parts(raw: str) -> tuple[list[LineCell], bool]:
    """The cells of one non-blank line at offset 0, and whether the line ends with a pipe."""
    if "|" not in raw and "\t" not in raw:
        # One part, no pipe to trim: the common case of prose and PDF rows.
        if not raw.strip():
            return [("empty", "", 0, 0, 0)], False
        return [(*cell, c) for c, cell in enumerate(_cells(raw, 0))], False
    # Every separator is one character, so each part starts one past the previous one's end.
    parts = _SPLIT.split(raw) if "\t" in raw else raw.split("|")
    ends_with_pipe = raw.rstrip().endswith("|")
    # A leading "|" opens the row (Markdown), a trailing one closes it: neither
    # stands for a cell. A leading or trailing tab does (an empty first cell).
    first, last = 0, len(parts)
    if last > 1 and not parts[0].strip() and raw.lstrip(" ").startswith("|"):
        first = 1
    if last - first > 1 and not parts[-1].strip() and ends_with_pipe:
        last -= 1
    cells: list[LineCell] = []
    add = cells.append
    pos = len(parts[0]) + 1 if first else 0
    for k in range(first, last):
        text = parts[k]
        found = _part_cells(text) if len(text) <= _CACHED_PART else _part_cells.__wrapped__(text)
        for kind, stripped, start, end in found:
            add((kind, stripped, pos + start, pos + end, len(cells)))
        pos += len(text) + 1
    return cells, ends_with_pipe


# The parts between separators repeat far more than whole lines do ("0", " 12 ",
# a label): a table row whose numbers are new to the cache of lines is read from
# the parts'. Longer parts (prose) are not kept: 8192 parts of up to 64
# characters stay within a few MB whatever the input.
_CACHED_PART = 64


@lru_cache(maxsize=8192)
def _part_cells(text: str) -> tuple[Cell, ...]:
    """The cells of one part of a line, at offsets from the part's start."""
    stripped = text.strip()
    if not stripped:
        return (("empty", "", 0, 0),)
    if stripped.isdigit() and stripped.isascii():
        # A plain count ("0", "12"), the commonest cell: one value token.
        at = text.index(stripped[0])
        return (("value", stripped, at, at + len(stripped)),)
    if not may_end_value(stripped[-1]):
        # The first fast path of _cells, inlined: the hot case of label cells.
        at = text.index(stripped[0])
        return (("text", stripped, at, at + len(stripped)),)
    return tuple(_cells(text, 0))


def _style_of(page: _Page, lo: int, hi: int) -> CellStyle:
    """The layout style of lines ``lo``..``hi``, counted over their shapes (see _Page)."""
    shape = page.shape[lo:hi]
    multi = shape.count("m") + shape.count("M")
    suffix = shape.count("s") + shape.count("S")
    plain = shape.count("p") + shape.count("P")
    lone = shape.count("1")
    if multi >= max(suffix, plain) and multi > 0:
        return "rows"
    if suffix >= plain and suffix > 0:
        return "suffix"
    if lone >= 3 and lone * 2 >= plain:
        return "separator"
    # The gaps between non-blank lines, and those holding blank lines.
    inner = shape.strip("B")
    gaps = len(inner) - inner.count("B") - 1
    if gaps > 0 and len(_BLANK_GAP.findall(inner)) >= 0.7 * gaps:
        return "double"
    return "plain"


def _anchor_lines(text: str) -> dict[str, int]:
    """The line of the first anchor of each zone ("zone", "t2", "t3") found in ``text``
    (no anchor spans a line break).

    No anchor hides another (layout_anchors checks it), so a zone's first anchor
    is the first of its words' first occurrences: one str.find a word, in C,
    where one scan of the pattern tried every character in turn.
    """
    at: dict[str, int] = {}
    # (labels.json's layout_anchors: "zone", "t2" and "t3", used only to measure the layout style)
    for word, zones in layout_anchors()[1].items():
        start = text.find(word)
        if start >= 0:
            for zone in zones:
                if start < at.get(zone, start + 1):
                    at[zone] = start
    return {zone: text.count("\n", 0, start) for zone, start in at.items()}


def _t4_line(page: _Page, first: int) -> int | None:
    """The first line from ``first`` on that reads 行政复议 (or 行政復議) and little more
    (at most 12 characters without spaces and pipes): table 四's header."""
    text, starts = page.text, page.starts
    # The compact line starts with 行政复议/行政復議, so it holds "行": only the
    # lines holding one are looked at, found by str.find in the text.
    at = text.find("行", starts[first]) if first < len(starts) else -1
    while at >= 0:
        k = bisect_right(starts, at) - 1
        # (str.split drops what \s matches, in C: the line without [\s|])
        compact_line = "".join(page.raw[k].replace("|", " ").split())
        if compact_line.startswith(("行政复议", "行政復議")) and len(compact_line) <= 12:
            return k
        at = text.find("行", starts[k + 1]) if k + 1 < len(starts) else -1
    return None


def _segments(page: _Page, anchors: dict[str, int]) -> list[tuple[int, int]]:
    """Line ranges of the three tables (二, 三, 四), each of which may have its own layout."""
    starts: list[int] = []
    t2 = anchors.get("t2")
    t3 = anchors.get("t3")
    if t2 is not None:
        starts.append(t2)
    if t3 is not None:
        starts.append(t3)
        t4 = _t4_line(page, t3)
        if t4 is not None:
            starts.append(t4)
    starts = sorted(set(starts)) or [0]
    bounds = [0, *starts[1:], len(page)]
    return [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]


def detect_style(text: str) -> CellStyle:
    """How cells are laid out in the first table zone of ``text`` (see module doc)."""
    page = _Page(text)
    return _style_of(page, _anchor_lines(text).get("zone", 0), len(page))


class Layout(NamedTuple):
    """A text's lines and how each table's cells are laid out (computed once, read twice)."""

    page: _Page
    zones: list[tuple[int, int, int, CellStyle]]  # lines lo..hi, measured from zone_start, style
    blank_cells: bool  # blank lines in the ``plain`` tables are empty cells


def text_layout(text: str) -> Layout:
    """The tables' line ranges in ``text`` and their layout styles.

    Each table (二, 三, 四) gets its own layout style: pages mix them.
    """
    page = _Page(text)
    anchors = _anchor_lines(text)
    first = anchors.get("zone", 0)
    zones: list[tuple[int, int, int, CellStyle]] = []
    for lo, hi in _segments(page, anchors):
        checkpoint()  # the document's time bound, once a stretch of the page (limits.py)
        zone_start = max(lo, first) if lo <= first < hi else lo
        zones.append((lo, hi, zone_start, _style_of(page, zone_start, hi)))
    plain = [(start, hi) for _, hi, start, style in zones if style == "plain"]
    blank_cells = bool(plain) and _blank_lines_are_cells(page, plain)
    return Layout(page, zones, blank_cells)


def items_from_text(text: str, layout: Layout | None = None) -> tuple[list[Item], CellStyle]:
    """Cells of ``text`` in reading order, and the layout style of the first table.

    ``layout`` is :func:`text_layout` of ``text``, when already known.
    """
    page, zones, blank_cells = layout or text_layout(text)
    items: list[Item] = []
    for lo, hi, _, style in zones:
        items.extend(_segment_items(page, lo, hi, style, blank_cells and style == "plain"))
    return items, zones[0][3] if zones else "plain"


def _blank_gaps(page: _Page, lo: int, hi: int) -> tuple[int, int, bool]:
    """Gaps between cell lines, those holding blank lines, and whether one lies between values.

    Counted over the lines' shapes (in C): every non-blank line after the first
    opens a gap, and a gap holds blank lines where a run of them lies between two
    non-blank lines; only the lines around such a run are read (whether they hold
    a value), not every line of the zone.
    """
    shape = page.shape
    gaps = max(0, hi - lo - shape.count("B", lo, hi) - 1)
    blanks = 0
    between_values = False
    is_value = page.is_value
    for run in _BLANKS_BETWEEN.finditer(shape, lo, hi):
        blanks += 1
        if not between_values:
            between_values = is_value(run.start()) and is_value(run.end())
    return gaps, blanks, between_values


# A non-blank line and the blank lines after it, when a non-blank line follows
# them (see _Page's shapes): the run ends where that line starts.
_BLANKS_BETWEEN = re.compile(r"[^B]B+(?=[^B])")


def _blank_lines_are_cells(page: _Page, segments: Sequence[tuple[int, int]]) -> bool:
    """Whether blank lines in the one-cell-per-line tables are empty cells.

    So when the cells otherwise follow each other on consecutive lines: blank
    lines are a minority of the gaps between cells (where they separate every
    cell, the style is ``double``), and a blank line sits between two values
    somewhere (blank lines only between rows may be paragraph breaks). Decided
    over all the document's ``plain`` tables together: one table alone may
    have its blank cells only at row ends.
    """
    gaps = blanks = 0
    between_values = False
    for lo, hi in segments:
        g, b, v = _blank_gaps(page, lo, hi)
        gaps, blanks, between_values = gaps + g, blanks + b, between_values or v
    return between_values and 0 < blanks <= 0.3 * gaps


def gap_cells(page: _Page, lo: int, hi: int, style: CellStyle, blank_cells: bool) -> dict[int, int]:
    """The empty cells the layout puts before a line's first cell, for the lines of
    ``lo``..``hi`` that have some: blank lines or lone pipes standing for cells, by
    the rule of the layout ``style`` (``blank_cells``: every blank line is one).

    Shared by :func:`_segment_items` and the fast reader (:mod:`.fast`). Every
    line that is neither blank, nor only pipes, nor a Markdown rule or a page
    number has cells.
    """
    if style == "rows":
        return {}  # rows carry their own empty cells: no gap stands for one
    if style == "separator":
        return _separator_gaps(page, lo, hi)
    # Only the lines without cells between two lines with cells make a gap: each
    # run of them is read once, not every line of the zone.
    gaps: dict[int, int] = {}
    shape = page.shape
    every_blank = style == "double" or blank_cells
    for run in _NO_CELLS_RUN.finditer(shape, lo, hi):
        first, line = run.span()
        if line >= hi:
            break  # no line with cells after it in the zone: no gap
        # A lone "|" or a blank line stands for an empty cell only between cells
        # of a row, so when the next line with content holds a value.
        needed = not every_blank or style == "suffix"
        ahead = _next_content(shape, first, line) if needed else []
        blank_run = 0
        for k in range(first, line):
            letter = shape[k]
            if letter == "B":
                if every_blank or page.is_value(ahead[k - first]):
                    blank_run += 1
            elif letter == "1" or letter == "2":
                # A lone "|" is an empty cell rendered on its own line; longer
                # runs ("||", "|||") and pipes before a label are row padding.
                if style == "suffix" and letter == "1" and page.is_value(ahead[k - first]):
                    blank_run += 1
            elif style != "double":
                blank_run = 0  # a Markdown rule or a page number: no gap across it
        empties = blank_run if style != "double" else max(0, (blank_run - 1) // 2)
        if empties:
            gaps[line] = empties
    return gaps


# A run of lines without cells (see _Page's shapes).
_NO_CELLS_RUN = re.compile(r"[^xmsp]+")


def _next_content(shape: str, first: int, line: int) -> list[int]:
    """For each line of ``first``..``line`` (a run without cells, ``line`` the line with
    cells after it), the next line that is neither blank nor only pipes."""
    ahead = [line] * (line - first)
    nxt = line
    for k in range(line - 1, first - 1, -1):
        ahead[k - first] = nxt
        if shape[k] not in "B12":
            nxt = k
    return ahead


def _separator_gaps(page: _Page, lo: int, hi: int) -> dict[int, int]:
    """:func:`gap_cells` of a table whose cells are separated by pipe lines: n pipes
    between two cells (a row's closing and opening pipes included) stand for n - 1
    empty cells."""
    gaps: dict[int, int] = {}
    shape = page.shape
    pipe_run = 0
    for k in range(lo, hi):
        letter = shape[k]
        if letter == "1" or letter == "2":
            pipe_run += page.pipes[k]
        elif letter in _CELL_SHAPES:
            stripped = page.stripped[k]
            if stripped.startswith("|"):
                pipe_run += 1
            if pipe_run > 1:
                gaps[k] = pipe_run - 1
            pipe_run = 1 if stripped.endswith("|") else 0
    return gaps


def cell_lines(page: _Page, lo: int, hi: int) -> list[int]:
    """The lines of ``lo``..``hi`` that have cells: blank lines, runs of pipes,
    Markdown rules and page numbers have none (both readers read these)."""
    return page.lines_with_cells(lo, hi)


def _segment_items(
    page: _Page, lo: int, hi: int, style: CellStyle, blank_cells: bool = False
) -> list[Item]:
    """Items of one table's lines; ``blank_cells``: every blank line is an empty cell."""
    items: list[Item] = []
    gaps = gap_cells(page, lo, hi, style, blank_cells)
    empty_text = BLANK_CELL if blank_cells else ""
    for k in cell_lines(page, lo, hi):
        line_items = page.split(k)
        empties = gaps.get(k)
        if empties:
            at = line_items[0].start
            items.extend(_item(("empty", empty_text, at, at, k, -1)) for _ in range(empties))
        items.extend(line_items)
    return items


def items_from_html(
    tables: Iterable[HtmlTableLike],
) -> list[Item]:
    """Cells of HTML tables, row by row; offsets are the cells' original offsets.

    Rows are read in document order: a rowspan cell is read once, in the row
    that opens it, because rows are located by their labels rather than by
    grid position (a value spanning two columns under a header spanning one
    stays one value). Each item keeps its grid column (rowspans and colspans
    expanded) in ``col``, which the reader uses only where the grid is
    consistent. An empty cell spanning k columns stands for k empty cells.

    A blank cell (empty, or an absent mark: "无", "/", "—") spans blanks: merged over k
    columns it is k blank cells, and merged down it is a blank cell in each row it
    covers too (DOCX writes a column a group never used as one empty cell merged down
    the group). Read once, the rows under it were short rows whose missing cells the
    sums "worked out" as 0: a blank cell read as 0.
    """
    items: list[Item] = []
    add = items.append
    line = 0
    numerals = value_words().numerals
    for table in tables:
        checkpoint()  # the document's time bound, once a table (limits.py)
        # grid positions taken by a cell spanning down from a row above
        taken: set[tuple[int, int]] = set()
        # ... of them, those under a blank cell: (kind, text, start, end) of its item
        blank_below: dict[tuple[int, int], tuple[ItemKind, str, int, int]] = {}
        n_rows = len(table.rows)
        for r, row in enumerate(table.rows):
            col = 0
            first = len(items)
            # the row's cells, then its end: the grid positions a cell spanning down from a
            # row above covers are stepped over before each cell and after the last one
            # (one walk: under a blank cell each is a blank item)
            for cell in (*row, None):
                while (r, col) in taken:
                    if blank_below and (r, col) in blank_below:
                        add(_item((*blank_below[r, col], line, col)))
                    col += 1
                if cell is None:
                    break
                if cell.rowspan == 1 and cell.colspan == 1:
                    # the common cell, spanning nothing: its one item (or empty cell)
                    parts = _html_cell(cell.text)
                    if len(parts) <= 1:
                        kind, text = parts[0] if parts else ("empty", "")
                        add(_item((kind, text, cell.start, cell.end, line, col)))
                        col += 1
                        continue
                # Clipped to the table's rows, as browsers do: the grid stays as
                # large as the table (read.grid_cells bounds it), whatever the spans say.
                rowspan = max(1, min(int(cell.rowspan or 1), n_rows - r))
                colspan = max(1, int(cell.colspan or 1))
                for dr in range(1, rowspan):
                    for dc in range(colspan):
                        taken.add((r + dr, col + dc))
                parts = _html_cell(cell.text)
                start, end = cell.start, cell.end
                if not parts or (
                    len(parts) == 1 and parts[0][0] == "value" and _absent_mark(parts[0][1])
                ):
                    kind, text = parts[0] if parts else ("empty", "")
                    for k in range(colspan):
                        add(_item((kind, text, start, end, line, col + k)))
                        for dr in range(1, rowspan):
                            blank_below[r + dr, col + k] = (kind, text, start, end)
                else:
                    # A cell holding "label 1 2" (rare in HTML) is split like text;
                    # offsets stay those of the whole cell.
                    for k, (kind, text) in enumerate(parts):
                        add(_item((kind, text, start, end, line, col if k == 0 else -1)))
                col += colspan
            if numerals:
                _ordinals_before_labels(items, first, numerals)
            line += 1
        line += 1
    return items


def _ordinals_before_labels(items: list[Item], first: int, numerals: frozenset[str]) -> None:
    """A row's cells in Chinese numerals left of a label (items[first:]) are ordinals, not
    values: a 序号 column written 一, 二, 三 (readers.serial drops only one of Arabic
    ordinals), a label's 三 in a cell of its own before 本年度办理结果. A row's values come
    after its labels; read as counts they gave the row a cell too many and the sums a
    shifted placement (40 of 200 cells wrong on formats12 p07 with such a column)."""
    for i in range(len(items) - 1, first - 1, -1):
        if items[i].kind == "text":
            for j in range(first, i):
                item = items[j]
                if (
                    item.kind == "value"
                    and item.text[-1] in numerals
                    and numerals.issuperset(item.text.replace(" ", ""))
                ):
                    items[j] = item._replace(kind="text")
            return


def _absent_mark(text: str) -> bool:
    """Whether a value item's text is an absent mark ("无", "/", "—"), not a number."""
    return isinstance(parse_cell(text), Absent)


# Cell texts repeat ("0", "/", the headers and labels): each is read once.
@text_cache(maxsize=8192, longest=CACHED_TEXT)
def _html_cell(text: str) -> tuple[tuple[ItemKind, str], ...]:
    """(kind, text) of each item an HTML cell's text reads as; () for an empty cell."""
    raw = drop_invisible(text).replace("\xa0", " ")
    if not raw.strip():
        return ()
    if is_value_token("".join(raw.split())):
        return (("value", " ".join(raw.split())),)
    return tuple((p.kind, p.text) for p in _split_part(" ".join(raw.split()), 0, 0))
