"""Results of the tables stage (SCHEMA §2 and §5 "tables" / "checks")."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..frozen import builder
from .checks import Check

__all__ = ["Cell", "CellColumns", "CellValues", "Check", "TableValue", "TablesResult"]


@dataclass(frozen=True, slots=True)
class TableValue:
    """One table cell: ``value`` in the field's unit (万元 for money), ``raw`` as written.

    ``start``/``end`` are offsets of the cell in the original input. ``unit``
    is the unit written in the cell (or its header), ``None`` when the cell
    had none; ``inferred`` is true when the cell's column came from the
    table's arithmetic rather than from its position (see ``align.py``).
    ``method`` is ``"read"`` for a cell of the source, ``"derived"`` for a
    cell no source cell could be placed in but the sums fix (``derive.py``):
    it has no ``raw`` text and its span is the row's label.
    """

    field: str
    value: int | float
    raw: str
    start: int
    end: int
    unit: str | None = None
    inferred: bool = False
    method: str = "read"

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "field": self.field,
            "value": self.value,
            "raw": self.raw,
            "span": [self.start, self.end],
        }
        if self.unit is not None:
            out["unit"] = self.unit
        if self.inferred:
            out["inferred"] = True
        if self.method != "read":
            out["method"] = self.method
        return out


_build_value = builder(TableValue)


#: A cell as the tables stage leaves it: (value, raw, start, end, unit, inferred,
#: method, mapped): the fields of its :class:`TableValue`, ``start``/``end`` in the
#: coordinates of the text read, to be mapped to the original input when ``mapped``.
Cell = tuple[int | float, str, int, int, str | None, bool, str, bool]
#: The last four fields of a count read as it stands (most cells).
_PLAIN = (None, False, "read", True)


class CellColumns:
    """A report's cells as the tables stage fills them, in columns: ``at`` gives a
    field's place ``k``; ``numbers[k]`` is the cell's number and ``cells[k]`` a
    tuple whose items 1-3 are its raw text, start and end, from where line
    ``lines[k]`` starts (``starts``), or from 0 when that line is ``None``;
    ``tails[k]`` the last four fields of a :data:`Cell` where they are not those
    of a count read as it stands.

    A report holds ~200 cells and its result is kept to the end of a parse: a
    tuple a cell (and an int object for each end of its span) made it ~180
    bytes a cell, the largest part of the tables stage's peak. A row of counts
    read as it stands (most of them) is kept as the layout gave it: its cells
    ``(kind, text, start, end, ...)`` are the layout's (shared with the page),
    its lines the reader's, ~60 bytes a cell. Another cell is kept as its
    :data:`Cell`. A field added twice keeps its first place in ``at`` (as a
    dict's key does) and its last cell.
    """

    __slots__ = ("at", "cells", "lines", "numbers", "starts", "tails")

    def __init__(self) -> None:
        self.at: dict[str, int] = {}
        self.numbers: list[int | float] = []
        self.cells: list[Sequence[Any]] = []
        self.lines: list[int | None] = []
        self.starts: Sequence[int] | None = None
        self.tails: dict[int, tuple[str | None, bool, str, bool]] = {}

    def add(self, field_id: str, cell: Cell) -> None:
        """One cell of the field."""
        k = len(self.numbers)
        self.at[field_id] = k
        self.numbers.append(cell[0])
        self.cells.append(cell)
        self.lines.append(None)
        if cell[4:] != _PLAIN:
            self.tails[k] = cell[4:]

    def add_counts(
        self,
        fields: Sequence[str],
        numbers: Sequence[int | float],
        cells: Sequence[Sequence[Any]],
        lines: Sequence[int],
        starts: Sequence[int],
    ) -> None:
        """A row of counts read as they stand: a number a field, and the layout's
        cells ``(kind, text, start, end, ...)`` on ``lines``, at offsets from where
        their line starts (``starts``: the same for every row of a report)."""
        if self.starts is None:
            self.starts = starts
        elif starts is not self.starts:  # (not the tables stage's: each cell as it stands)
            for field_id, number, cell, line in zip(fields, numbers, cells, lines, strict=True):
                base = starts[line]
                self.add(field_id, (number, cell[1], base + cell[2], base + cell[3], *_PLAIN))
            return
        k = len(self.numbers)
        self.at.update(zip(fields, range(k, k + len(fields)), strict=True))
        self.numbers += numbers
        self.cells += cells
        self.lines += lines

    def span(self, k: int) -> tuple[int, int]:
        """(start, end) of the cell at ``k``, in the coordinates of the text read."""
        cell, line = self.cells[k], self.lines[k]
        base = 0 if line is None or self.starts is None else self.starts[line]
        return base + cell[2], base + cell[3]


class CellValues(Mapping[str, TableValue]):
    """``TablesResult.values``: each :class:`TableValue` built, and its span mapped
    to the original input, when it is first read.

    A report has ~200 cells; a row of ``annotate`` holds only their values, and
    reconciliation reads a few cells' spans: building every cell and mapping
    every span up front was ~3 % of a tables-only run's instructions. The cells
    are kept in columns (:class:`CellColumns`). Reads as the dict it stands for
    (equality, pickling: a pickle is that dict, without the span map).
    """

    __slots__ = ("_columns", "_made", "_to_original")

    def __init__(
        self,
        cells: Mapping[str, Cell] | CellColumns,
        to_original: Callable[[int, int], tuple[int, int]],
    ) -> None:
        if not isinstance(cells, CellColumns):
            columns = CellColumns()
            for field_id, cell in cells.items():
                columns.add(field_id, cell)
            cells = columns
        self._columns = cells
        self._to_original = to_original
        self._made: dict[str, TableValue] = {}

    def __getitem__(self, field_id: str) -> TableValue:
        made = self._made.get(field_id)
        if made is None:
            columns = self._columns
            k = columns.at[field_id]
            start, end = columns.span(k)
            unit, inferred, method, mapped = columns.tails.get(k, _PLAIN)
            if mapped:
                start, end = self._to_original(start, end)
            raw = columns.cells[k][1]
            made = _build_value(
                field_id, columns.numbers[k], raw, start, end, unit, inferred, method
            )
            self._made[field_id] = made
        return made

    def __contains__(self, field_id: object) -> bool:
        return field_id in self._columns.at

    def __iter__(self) -> Iterator[str]:
        return iter(self._columns.at)

    def __len__(self) -> int:
        return len(self._columns.at)

    def __repr__(self) -> str:
        return repr(dict(self.items()))

    def __reduce__(self) -> tuple[Any, ...]:
        return (dict, (dict(self.items()),))

    def numbers(self) -> dict[str, int | float]:
        """``{field: value}`` without building the cells."""
        # zip and map run in C: a row is written from this, ~200 cells a report
        at = self._columns.at
        return dict(zip(at, map(self._columns.numbers.__getitem__, at.values()), strict=True))

    def derived(self) -> tuple[str, ...]:
        """The fields whose ``method`` is ``"derived"``, in order, without building the cells."""
        tails = self._columns.tails
        if not tails:  # the common case: every cell a count read as it stands
            return ()
        return tuple(f for f, k in self._columns.at.items() if tails.get(k, _PLAIN)[2] == "derived")


@dataclass(frozen=True, slots=True)
class TablesResult:
    """Every cell read (by field id), the checks evaluated on them, and warnings.

    ``unread`` lists the fields of the rows found whose cells could not be
    placed with certainty (SCHEMA §2 "Blank or unread"); ``blank`` those
    whose source cell is empty. A field of a row never found is neither.
    ``placed`` lists the fields read (in ``values``) of the rows whose numbers
    were given their label by position, the label wrapped over lines around
    them (:func:`.reading.placed_by_position`): read, but which row they belong
    to is an inference, so they may confirm a claim, never contradict it.
    ``others`` are the spans (original offsets) of the other reports on a page
    holding several (:mod:`.reports`): the tables are the first report's, read
    from its text only; a claim inside another's span is not compared with them.
    """

    template: str | None
    values: Mapping[str, TableValue] = field(default_factory=dict)
    checks: tuple[Check, ...] = ()
    warnings: tuple[str, ...] = ()
    unread: tuple[str, ...] = ()
    blank: frozenset[str] = frozenset()
    placed: tuple[str, ...] = ()
    others: tuple[tuple[int, int], ...] = ()

    @property
    def derived(self) -> tuple[str, ...]:
        """Fields read from the tables' arithmetic (``method == "derived"``)."""
        values = self.values
        if isinstance(values, CellValues):
            return values.derived()
        return tuple(f for f, v in values.items() if v.method == "derived")

    def to_dict(self) -> dict[str, int | float]:
        """The SCHEMA §5 ``tables`` object: ``{field: value}``."""
        values = self.values
        if isinstance(values, CellValues):
            return values.numbers()
        return {f: v.value for f, v in values.items()}
