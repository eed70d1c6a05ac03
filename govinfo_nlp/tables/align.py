"""Alignment you can trust: put a row's observed cells into its columns, or refuse.

A row whose cells match its columns one to one is read as it stands (its
arithmetic is reported by the checks, never "repaired"). A row with fewer
cells than columns (real pages drop empty cells, or keep only 总计) has
several possible alignments; each is tried against the table's checks
(:mod:`.checks`), using the cells already known elsewhere in the table. A
cell is emitted only when every alignment that survives gives it the same
observed cell; everything else is left absent and the row is named in a
warning.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import repeat
from operator import add, itemgetter
from typing import Any, NamedTuple, overload

from ..frozen import builder
from .checks import CheckDef, fails
from .derive import derive

__all__ = [
    "CountSlots",
    "Resolution",
    "RowObs",
    "Slot",
    "cells_as_read",
    "new_slot",
    "resolve",
    "row_obs",
]

# Enough for 7 of 15 cells of table 四; beyond that nothing is certain anyway.
_MAX_CANDIDATES = 20000


class Slot(NamedTuple):
    """One observed cell: a number, or ``None`` for an empty/absent cell.

    A named tuple (one per cell of a row that is not only counts): cheaper to
    build than a dataclass. Laid out as the cell it becomes (:data:`.model.Cell`)
    when it is a count without a unit read as it stands: the last four fields are
    that cell's. A row of such cells (``RowObs.plain``) is read by the fast reader
    into :class:`CountSlots` instead, columns without a tuple a cell.
    """

    value: int | float | None
    raw: str
    start: int
    end: int
    unit: str | None = None
    inferred: bool = False
    method: str = "read"
    mapped: bool = True


# A Slot from a tuple of all its fields, built in C (see grid._item).
new_slot: Callable[
    [tuple[int | float | None, str, int, int, str | None, bool, str, bool]], Slot
] = partial(tuple.__new__, Slot)
_TEXT, _START, _END = itemgetter(1), itemgetter(2), itemgetter(3)


class CountSlots(Sequence[Slot]):
    """The slots of a row of counts without a unit (``RowObs.plain``), kept as the
    fast reader finds them: each cell's ``numbers[k]``, and the layout's cell
    ``cells[k]`` (``(kind, text, start, end, ...)``, shared with the page) on line
    ``lines[k]``, at offsets from where that line starts (``starts``). A slot is
    built only when asked for (a short row's alignment); a row read as it stands
    goes into the result's columns (:class:`.model.CellColumns`) without a tuple,
    nor two int objects, a cell.
    """

    __slots__ = ("cells", "lines", "numbers", "starts")

    def __init__(
        self,
        numbers: list[int | float],
        cells: Sequence[Sequence[Any]],
        lines: Sequence[int],
        starts: Sequence[int],
    ) -> None:
        self.numbers, self.cells, self.lines, self.starts = numbers, cells, lines, starts

    def __len__(self) -> int:
        return len(self.numbers)

    @overload
    def __getitem__(self, k: int) -> Slot: ...

    @overload
    def __getitem__(self, k: slice) -> tuple[Slot, ...]: ...

    def __getitem__(self, k: int | slice) -> Slot | tuple[Slot, ...]:
        if isinstance(k, slice):
            return tuple(self)[k]
        cell = self.cells[k]
        base = self.starts[self.lines[k]]
        return Slot(self.numbers[k], cell[1], base + cell[2], base + cell[3])

    def __iter__(self) -> Iterator[Slot]:
        # (in C: a slot a cell, without a Python call a cell)
        cells = self.cells
        bases = list(map(self.starts.__getitem__, self.lines))
        return map(
            new_slot,
            zip(
                self.numbers,
                map(_TEXT, cells),
                map(add, bases, map(_START, cells)),
                map(add, bases, map(_END, cells)),
                repeat(None),
                repeat(False),
                repeat("read"),
                repeat(True),
            ),
        )

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))


@dataclass(frozen=True, slots=True)
class RowObs:
    """A row as read: its columns (field ids, in order) and its observed cells, in order."""

    key: str
    fields: tuple[str, ...]
    #: A tuple, or (a row of counts read by the fast reader) :class:`CountSlots`.
    slots: Sequence[Slot]
    #: Empty cells seen after the row's last value and not counted as its
    #: cells (often padding). In a short row they may be its blank last
    #: columns: its unplaced cells are then never worked out from the sums.
    trailing: int = 0
    #: Every slot holds a number without a unit: placed one to one in count
    #: fields, each slot is then its field's cell as it stands (see
    #: :class:`Slot`, :class:`CountSlots`). False says only that the reader did not look.
    plain: bool = False


# ``RowObs(key, fields, slots, trailing, plain)``, built faster (a report reads a few dozen rows).
row_obs = builder(RowObs)


@dataclass(frozen=True, slots=True)
class Resolution:
    """Cells placed (``cells``), fixed by the sums (``derived``), blank, or unread.

    ``blank`` columns hold an empty cell of the source ("", "/", "无");
    ``unread`` columns could not be placed with certainty (a dropped cell,
    several alignments) and the arithmetic does not fix them either.
    """

    cells: Mapping[str, Slot]
    warnings: tuple[str, ...] = ()
    inferred: frozenset[str] = field(default_factory=frozenset)
    derived: Mapping[str, int] = field(default_factory=dict)
    blank: frozenset[str] = field(default_factory=frozenset)
    unread: frozenset[str] = field(default_factory=frozenset)


Assignment = tuple[int | None, ...]  # per column: index of the slot, or None (absent)


class _AllPlacements:
    """The alignments of a row with more than one, made one at a time when iterated.

    A short row of table 四 has up to :data:`_MAX_CANDIDATES` of them, and
    most fit the sums when few other cells are known: held as lists (a tuple
    a column each), they and the ones kept were a report's peak memory. Here
    they are every alignment, in the order :func:`itertools.combinations`
    gives them (the order they are tried and kept in), or (``kept``) those of
    them a mask of one byte each keeps.
    """

    __slots__ = ("count", "kept", "n", "n_cols", "total")

    def __init__(
        self, n_cols: int, n: int, total: int, kept: bytes | None = None, count: int = 0
    ) -> None:
        self.n_cols, self.n, self.total, self.kept = n_cols, n, total, kept
        self.count = total if kept is None else count

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Assignment]:
        every = self._every()
        return every if self.kept is None else itertools.compress(every, self.kept)

    def keep(self, fits: Callable[[Assignment], bool]) -> Placements:
        """Those of them that ``fits``, in the same order (a list when one or none is left)."""
        mask = bytearray(self.total)
        count = 0
        for i, assign in enumerate(self._every()):
            if (self.kept is None or self.kept[i]) and fits(assign):
                mask[i] = 1
                count += 1
        if count == self.count:
            return self
        if count <= 1:
            return list(itertools.compress(self._every(), mask))
        return _AllPlacements(self.n_cols, self.n, self.total, bytes(mask), count)

    def _every(self) -> Iterator[Assignment]:
        n, n_cols = self.n, self.n_cols
        if n < n_cols:
            slots = range(n)
            for positions in itertools.combinations(range(n_cols), n):
                assign: list[int | None] = [None] * n_cols
                for slot_index, col in zip(slots, positions, strict=True):
                    assign[col] = slot_index
                yield tuple(assign)
            return
        # More cells than columns: any cell may be the stray one (a pad, a
        # footnote number, a cell pasted twice); the checks choose.
        for dropped in itertools.combinations(range(n), n - n_cols):
            yield tuple(i for i in range(n) if i not in dropped)


# A row's alignments still possible: all of them (made when iterated), or those kept.
Placements = _AllPlacements | list[Assignment]


def _candidates(n_cols: int, slots: Sequence[Slot]) -> Placements:
    """A row's alignments, in the order they are tried; none when there are too many to try."""
    n = len(slots)
    if n == n_cols:
        return [tuple(range(n))]
    count = math.comb(n_cols, n) if n < n_cols else math.comb(n, n - n_cols)
    if count > _MAX_CANDIDATES:
        return []
    every = _AllPlacements(n_cols, n, count)
    return list(every) if count == 1 else every


def _values(row: RowObs, assign: Assignment) -> dict[str, int | float | None]:
    out: dict[str, int | float | None] = {}
    for col, idx in zip(row.fields, assign, strict=True):
        out[col] = None if idx is None else row.slots[idx].value
    return out


def _consistent(
    vals: Mapping[str, int | float | None],
    known: Mapping[str, int | float],
    defs: Sequence[CheckDef],
) -> bool:
    """Whether no check of ``defs`` reading ``vals`` fails over ``known`` and ``vals``.

    ``known`` holds numbers only (see :func:`_numbers`): built once a row, not
    once an alignment (a short row of table 三 has dozens).
    """
    merged = dict(known)
    for k, v in vals.items():
        if v is not None:
            merged[k] = v
    return not any(fails(d, merged) for d in defs if not vals.keys().isdisjoint(d.fields))


def _fits(
    row: RowObs, numbers: Mapping[str, int | float], defs: Sequence[CheckDef], assign: Assignment
) -> bool:
    return _consistent(_values(row, assign), numbers, defs)


def _numbers(known: Mapping[str, int | float | None]) -> dict[str, int | float]:
    """``known`` without its empty cells (``None``)."""
    return {k: v for k, v in known.items() if v is not None}


def _iter_known(
    rows: Sequence[RowObs], chosen: Mapping[str, Placements]
) -> Iterator[tuple[str, int | float | None]]:
    for row in rows:
        cands = chosen[row.key]
        if len(cands) == 1:
            yield from _values(row, next(iter(cands))).items()


def _empties_dropped(row: RowObs, cands: Placements) -> list[Assignment]:
    """Of a long row's alignments, those that leave out only empty cells.

    A layout adds empty cells (a separator line read as a cell, padding); it
    does not add numbers. When the row has enough empty cells to explain its
    excess, the alignments that drop a number are tried only if none of
    these fits the sums.
    """
    if len(row.slots) <= len(row.fields):
        return []
    out = []
    for assign in cands:
        kept = set(assign)
        if all(row.slots[i].value is None for i in range(len(row.slots)) if i not in kept):
            out.append(assign)
    return out if len(out) < len(cands) else []


def _narrow(
    rows: Sequence[RowObs],
    chosen: dict[str, Placements],
    defs: Sequence[CheckDef],
    verify: frozenset[str] = frozenset(),
) -> None:
    """Drop every alignment inconsistent with the checks, until nothing changes.

    A row's last alignment is kept unchecked unless the row is in ``verify``.
    """
    changed = True
    while changed:
        changed = False
        known = dict(_iter_known(rows, chosen))
        for row in rows:
            cands = chosen[row.key]
            if len(row.slots) == len(row.fields) or not cands:
                continue
            if len(cands) == 1 and row.key not in verify:
                continue
            numbers = _numbers(known)
            fits = partial(_fits, row, numbers, defs)
            kept = (
                cands.keep(fits) if isinstance(cands, _AllPlacements) else list(filter(fits, cands))
            )
            if len(kept) != len(cands):
                chosen[row.key] = kept
                changed = True
                if len(kept) == 1:
                    known = dict(_iter_known(rows, chosen))


def resolve(rows: Sequence[RowObs], defs: Sequence[CheckDef]) -> Resolution:
    """Align every row; rows are tried against ``defs`` with the other rows' known cells."""
    if all(len(r.slots) == len(r.fields) for r in rows):
        return _as_read(rows)
    raw: dict[str, Placements] = {r.key: _candidates(len(r.fields), r.slots) for r in rows}
    # never changed in place (a row's narrowed alignments replace its entry): shared
    chosen = dict(raw)
    preferred = {r.key: _empties_dropped(r, raw[r.key]) for r in rows}
    if any(preferred.values()):
        for key, first in preferred.items():
            if first:
                chosen[key] = list(first)
        _narrow(rows, chosen, defs, frozenset(k for k, c in preferred.items() if c))
        if all(chosen[k] for k, cands in preferred.items() if cands):
            raw.update({k: cands for k, cands in preferred.items() if cands})
        else:
            chosen = dict(raw)
            _narrow(rows, chosen, defs)
    else:
        _narrow(rows, chosen, defs)

    cells: dict[str, Slot] = {}
    blank: set[str] = set()
    inferred: set[str] = set()
    pools: dict[str, Placements] = {}
    certain: dict[str, list[str]] = {}
    for row in rows:
        n_obs, n_cols = len(row.slots), len(row.fields)
        if n_obs == n_cols and len(raw[row.key]) == 1:
            for col, idx in zip(row.fields, next(iter(raw[row.key])), strict=True):
                if idx is not None and row.slots[idx].value is not None:
                    cells[col] = row.slots[idx]
                elif idx is not None and row.slots[idx].method != "unknown":
                    blank.add(col)
            continue
        cands = chosen[row.key]
        pool = cands if cands else raw[row.key]
        pools[row.key] = pool
        certain[row.key] = []
        if isinstance(pool, _AllPlacements) and pool.kept is None:
            # Every alignment of a row that has several: each column takes
            # more than one slot (or none) over them, so none is certain.
            continue
        for col, idx in _agreed(row.fields, pool):
            if idx is not None and row.slots[idx].value is not None:
                cells[col] = row.slots[idx]
                certain[row.key].append(col)
            elif idx is not None and row.slots[idx].method != "unknown":
                blank.add(col)
        if len(cands) == 1:
            inferred.update(certain[row.key])

    derived = _derive_all(rows, pools, cells, blank, defs, inferred)

    warnings: list[str] = []
    for row in rows:
        if row.key not in pools:
            continue
        n_obs, n_cols = len(row.slots), len(row.fields)
        cands = chosen[row.key]
        what = f"{row.key} has {n_obs} cells for {n_cols} columns"
        code = "tables.long_row" if n_obs > n_cols else "tables.short_row"
        fixed = [f for f in row.fields if f in derived]
        lost = [f for f in row.fields if f not in cells and f not in derived and f not in blank]
        outcome = _outcome(fixed, lost)
        if not raw[row.key]:
            warnings.append(f"{code}: {what}; too many ways to place them to try; {outcome}")
        elif len(cands) == 1:
            warnings.append(
                f"{code}: {what}; alignment inferred from the table's sums (the "
                f"only placement that fits them){'; ' + outcome if fixed or lost else ''}"
            )
        else:
            reason = (
                "no placement of them fits the table's sums"
                if not cands
                else f"{len(cands)} placements of them fit the table's sums"
            )
            warnings.append(f"{code}: {what}; {reason}; {outcome}")
    targets = {f for r in rows for f in r.fields}
    unread = targets - cells.keys() - derived.keys() - blank
    return Resolution(
        cells,
        tuple(warnings),
        frozenset(inferred),
        derived,
        frozenset(blank),
        frozenset(unread),
    )


def _agreed(fields: Sequence[str], pool: Iterable[Assignment]) -> list[tuple[str, int | None]]:
    """The columns every alignment of ``pool`` gives the same slot (or none), with it, in order."""
    it = iter(pool)
    first = next(it, None)
    if first is None:
        return []
    same: Sequence[int] = range(len(fields))
    for assign in it:
        same = [c for c in same if assign[c] == first[c]]
        if not same:
            return []
    return [(fields[c], first[c]) for c in same]


def _as_read(rows: Sequence[RowObs]) -> Resolution:
    """:func:`resolve` of rows that all have one cell per column (the common case).

    Each cell goes to its column; nothing is left to align, and nothing to
    derive: the sums can fix only a column without a cell, and an empty cell
    stays blank.
    """
    blank: set[str] = set()
    cells = cells_as_read(rows, blank)
    unread = {f for r in rows for f in r.fields} - cells.keys() - blank
    return Resolution(cells, blank=frozenset(blank), unread=frozenset(unread))


def cells_as_read(rows: Sequence[RowObs], blank: set[str]) -> dict[str, Slot]:
    """The cells :func:`resolve` places for rows with one cell per column, by field;
    the fields of empty cells are added to ``blank``."""
    cells: dict[str, Slot] = {}
    for row in rows:
        for col, slot in zip(row.fields, row.slots, strict=True):
            if slot.value is not None:
                cells[col] = slot
            elif slot.method != "unknown":  # (a mark whose value is not known: unread)
                blank.add(col)
    return cells


def _outcome(fixed: Sequence[str], lost: Sequence[str]) -> str:
    """What became of a row's unplaced cells, in words."""

    def named(fields: Sequence[str]) -> str:
        return ", ".join(fields) if len(fields) <= 4 else f"{len(fields)} cells"

    parts = []
    if fixed:
        parts.append(f"worked out from the sums: {named(fixed)}")
    if lost:
        parts.append(f"left unread: {named(lost)}")
    return "; ".join(parts) if parts else "every cell placed"


# Beyond this many placements of one row, working out each one's sums costs
# more than it can tell (several dropped cells leave little certain anyway).
_MAX_DERIVE_OPTIONS = 400


def _derive_all(
    rows: Sequence[RowObs],
    pools: Mapping[str, Placements],
    cells: dict[str, Slot],
    blank: set[str],
    defs: Sequence[CheckDef],
    inferred: set[str],
) -> dict[str, int]:
    """Cells fixed by the sums, over the certain cells and each row's remaining placements.

    A cell is fixed when every placement of an uncertain row that fits the
    sums gives it the same value, the arithmetic included (see
    :mod:`.derive`). A cell that every such placement takes from the same
    observed cell is placed (added to ``cells``), not derived.
    """
    targets = {
        f
        for r in rows
        for f in r.fields
        if not (r.trailing and len(r.slots) < len(r.fields) and f not in cells)
    }
    derived: dict[str, int] = {}
    by_key = {r.key: r for r in rows}
    for _ in range(len(rows) + 2):
        known = {f: s.value for f, s in cells.items() if s.value is not None}
        known.update(derived)
        changed = False
        base = derive(known, blank, defs, targets)
        if base:
            derived.update(base)
            known.update(base)
            changed = True
        for key, pool in pools.items():
            row = by_key[key]
            open_cols = [
                (c, f)
                for c, f in enumerate(row.fields)
                if f not in cells and f not in derived and f not in blank
            ]
            if not open_cols or len(pool) > _MAX_DERIVE_OPTIONS:
                continue
            seen: dict[str, set[object]] = {f: set() for _, f in open_cols}
            picks: dict[str, set[int | None]] = {f: set() for _, f in open_cols}
            valid = 0
            for assign in pool:
                vals = dict(known)
                opt_blank = set(blank)
                for col, idx in zip(row.fields, assign, strict=True):
                    if idx is None:
                        continue
                    v = row.slots[idx].value
                    if v is None:
                        opt_blank.add(col)
                    else:
                        vals[col] = v
                extra = derive(vals, opt_blank, defs, targets)
                if extra is None:
                    continue
                valid += 1
                vals.update(extra)
                for c, f in open_cols:
                    seen[f].add("blank" if f in opt_blank else vals.get(f))
                    picks[f].add(assign[c])
            if not valid:
                continue
            for _, f in open_cols:
                (value,) = seen[f] if len(seen[f]) == 1 else (None,)
                if value is None:
                    continue
                if value == "blank":
                    blank.add(f)
                elif len(picks[f]) == 1 and None not in picks[f]:
                    (idx,) = picks[f]
                    assert idx is not None
                    cells[f] = row.slots[idx]
                    inferred.add(f)
                else:
                    assert isinstance(value, int | float)
                    derived[f] = int(value)
                changed = True
        if not changed:
            break
    return derived
