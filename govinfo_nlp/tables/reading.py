"""The state of one reading of the cells: the report's sections as zones, the
rows read, and the cells that follow a row label."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Protocol

from ..schema import T3_COLUMNS
from .grid import Item
from .headers import is_stop
from .templates import compact

__all__ = [
    "Reading",
    "RowRead",
    "SectionLike",
    "Zones",
    "collect",
    "item_kinds",
    "placed_by_position",
    "split_trailing",
    "zones",
]


class SectionLike(Protocol):
    @property
    def id(self) -> str: ...


# Where each table belongs, and the sections that hold prose: a row read in a
# prose section is a small table of the narrative (a decoy), unless it sits
# under the table's own header.
_OWN_SECTION = {"t2": "proactive", "t3": "requests", "t4": "appeals"}
# The start of a numbered row or group label (1.属于, ３．危及, （四）无法提供): never the
# tail of the label before it. In text whose labels wrap over many lines with the
# numbers on their first line (pdftotext -layout of a table), taking it for a tail
# gave a label fragment ("禁止" / "公开") the next row's numbers. Also the number alone,
# its words wrapped to the lines below in a narrow column (1. 0 0 17 … / 属于 / 国家).
_ITEM_START = re.compile(r"\s*(?:[0-9０-９]{1,2}[.．、]|[（(][一二三四五六七八九十][）)])")
_PROSE_SECTIONS = frozenset({"preamble", "overview", "problems", "other"})
_TABLE_SECTIONS = frozenset(_OWN_SECTION.values())


@dataclass(frozen=True)
class Zones:
    """The report's sections, in the coordinates of the cells read (empty: unknown)."""

    starts: tuple[int, ...] = ()
    ids: tuple[str, ...] = ()

    def at(self, pos: int) -> int:
        """Index of the section holding offset ``pos`` (-1: before the first heading)."""
        return bisect_right(self.starts, pos) - 1 if self.starts else 0

    def id_at(self, index: int) -> str:
        return self.ids[index] if index >= 0 else "preamble"

    def rank(self, table: str, pos: int, header_at: int | None) -> int:
        """2: in the table's own section or under its header; 0: in prose; 1: otherwise."""
        if not self.starts:
            return 1 if header_at is None else 2
        index = self.at(pos)
        own = _OWN_SECTION[table]
        if self.id_at(index) == own or header_at == index:
            return 2
        if own in self.ids and self.id_at(index) in _PROSE_SECTIONS:
            return 0
        if own in self.ids and self.id_at(index) in _TABLE_SECTIONS and index > self.ids.index(own):
            # Past its own section, inside a later table's (表四's 总计 header over its
            # numbers is no 表三 row): never read there, or cells land in another table.
            return 0
        return 1


def zones(
    sections: Sequence[SectionLike], to_coords: Callable[[int, int], tuple[int, int]] | None
) -> Zones:
    starts: list[int] = []
    ids: list[str] = []
    for s in sections:
        start = getattr(s, "start", None)
        if not isinstance(start, int):
            return Zones()
        if to_coords is not None:
            start = to_coords(start, start)[0]
        if starts and start < starts[-1]:
            return Zones()
        starts.append(start)
        ids.append(s.id)
    return Zones(tuple(starts), tuple(ids))


@dataclass
class RowRead:
    key: str  # table.row
    label: Item
    slots: list[Item]
    trailing: tuple[Item, ...]  # empty cells after the last value, dropped as padding
    columns: tuple[str, ...] = ()
    index: int = -1  # position of the label among the cells
    header_units: dict[str, str] = field(default_factory=dict)
    # its numbers were given this label by their position (see placed_by_position)
    placed: bool = False


@dataclass
class Reading:
    rows: dict[str, RowRead] = field(default_factory=dict)
    t4: list[RowRead] = field(default_factory=list)
    t3_order: tuple[str, ...] = tuple(T3_COLUMNS)
    strong: Counter[str] = field(default_factory=Counter)
    weak: Counter[str] = field(default_factory=Counter)
    widths: Counter[int] = field(default_factory=Counter)
    line_width: dict[int, int] = field(default_factory=dict)
    lines: dict[int, list[Item]] = field(default_factory=dict)
    t3_header: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # rows found twice with different cells, none read: their fields are unread
    conflicted: dict[str, RowRead] = field(default_factory=dict)
    # table 四 found (a header wrapped over lines) but its cells not placed: unread
    t4_unread: bool = False

    @property
    def found(self) -> bool:
        return bool(self.rows) or bool(self.t4) or self.t4_unread


# One letter per cell kind: a row's cells are found with str.find over the
# letters of all cells, not cell by cell.
_KIND_LETTER = {"text": "t", "value": "v", "empty": "e"}
_KIND = itemgetter(0)


def item_kinds(items: Sequence[Item]) -> str:
    """The kind of each cell as one letter (t, v, e), for :func:`collect`."""
    return "".join(map(_KIND_LETTER.__getitem__, map(_KIND, items)))


def collect(
    items: Sequence[Item], i: int, kinds: str | None = None
) -> tuple[list[Item], tuple[Item, ...], int]:
    """Cells after the label at ``i``: (slots without trailing empties, trailing empties, next).

    ``kinds`` is :func:`item_kinds` of ``items`` (computed when not given).
    """
    if kinds is None:
        kinds = item_kinds(items)
    n = len(items)
    slots: list[Item] = []
    skipped = 0
    j = i + 1
    while j < n:
        text = kinds.find("t", j)
        if text < 0:
            slots += items[j:]
            j = n
            break
        slots += items[j:text]
        if ends_row(kinds, i, text, items[text].text, skipped):
            j = text
            break
        skipped += 1
        j = text + 1
    return *split_trailing(slots), j


def ends_row(kinds: str, label: int, at: int, text: str, skipped: int) -> bool:
    """Whether the text cell ``text`` at ``at`` ends the row labelled at ``label``.

    A label wrapped over two lines leaves its tail ("不计其他情形）") before the
    numbers; anything else ends the row, a numbered label's start (3.危) among
    them. (Length first: the cheaper test, and a long cell ends the row either way.)
    """
    return (
        kinds.find("v", label + 1, at) >= 0
        or skipped >= 2
        or len(compact(text)) > 30
        or is_stop(text)
        or _ITEM_START.match(text) is not None
    )


def placed_by_position(
    kinds: str,
    label: int,
    end: int,
    line_of: Callable[[int], int],
    text_of: Callable[[int], str],
    names_row: Callable[[str], object],
) -> bool:
    """Whether the row labelled at ``label`` (its cells up to ``end``) had its numbers
    given to its label by their position: which row they belong to is an inference a
    neighbouring row could share, and a contradiction on them is no accusation.
    ``line_of`` and ``text_of`` give a cell's line and text, ``names_row`` a text's
    row (None when it names none).

    Placed when the numbers are not on the line of the label's first cell and
    label text lies on both sides of their line: the label was put together from
    several text cells before them (a head and the fragments :func:`ends_row` lets
    through, or the tail :func:`~.rows._wrapped_label` joins before the numbers),
    or the numbers stand together on a line of their own with the label above
    them and a fragment naming no row right after them. A label wrapped in a
    narrow column with its numbers set in the middle of its lines reads this way
    (vfiles19 f02 printed without rules, or its ``pdftotext -layout``:
    3.危 / 及 / “三 / 1 0 0 0 0 1 2 / 安全 / 一稳 / 定”, and （七）总 / 40 11 2 7 5 10 75
    / 计): the lines above the numbers could end the row before, those below
    begin the next.

    Not placed: a label on its numbers' line (a grid row of HTML, DOCX or a ruled
    PDF is one line: its cells are placed by the drawn rules, whatever its
    label's wrapping); a label whose numbers are on its first line, its tail on
    the lines below (Writer's top-aligned cells: a numbered label's first line is
    its start); a whole label on a line above its numbers with the next row's
    label after them (a long label pushing its numbers down a line); and a
    cell-per-line table (h20's labels wrapped over two lines among them): its
    cells, one a line, are read in order, not by position.
    """
    first = kinds.find("v", label + 1, end)
    if first < 0 or line_of(first) == line_of(label):
        return False
    if not (first + 1 < end and kinds[first + 1] != "t" and line_of(first + 1) == line_of(first)):
        return False  # one cell a line: the cells are read in order, not by position
    if kinds.find("t", label + 1, first) >= 0:
        return True
    # the numbers on a line of their own: label text goes on after them?
    if end >= len(kinds) or kinds[end] != "t" or line_of(end) == line_of(end - 1):
        return False
    tail = text_of(end)
    return not (
        len(compact(tail)) > 20
        or is_stop(tail)
        or _ITEM_START.match(tail) is not None
        or names_row(tail) is not None
    )


def split_trailing(cells: list[Item]) -> tuple[list[Item], tuple[Item, ...]]:
    """``cells`` without the empty cells after the last value, and those empty cells."""
    cut = len(cells)
    while cut and cells[cut - 1].kind == "empty":
        cut -= 1
    return cells[:cut], tuple(cells[cut:])
