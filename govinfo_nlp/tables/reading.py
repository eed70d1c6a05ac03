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
# gave a label fragment ("禁止" / "公开") the next row's numbers.
_ITEM_START = re.compile(r"\s*(?:[0-9０-９]{1,2}[.．、]|[（(][一二三四五六七八九十][）)])\s*\S")
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


def split_trailing(cells: list[Item]) -> tuple[list[Item], tuple[Item, ...]]:
    """``cells`` without the empty cells after the last value, and those empty cells."""
    cut = len(cells)
    while cut and cells[cut - 1].kind == "empty":
        cut -= 1
    return cells[:cut], tuple(cells[cut:])
