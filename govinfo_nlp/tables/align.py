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
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from .checks import CheckDef, evaluate

__all__ = ["Resolution", "RowObs", "Slot", "resolve"]

# Enough for 7 of 15 cells of table 四; beyond that nothing is certain anyway.
_MAX_CANDIDATES = 20000


class Slot(NamedTuple):
    """One observed cell: a number, or ``None`` for an empty/absent cell.

    A named tuple (one per cell of every row): cheaper to build than a dataclass.
    """

    value: int | float | None
    raw: str
    start: int
    end: int
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class RowObs:
    """A row as read: its columns (field ids, in order) and its observed cells, in order."""

    key: str
    fields: tuple[str, ...]
    slots: tuple[Slot, ...]


@dataclass(frozen=True, slots=True)
class Resolution:
    cells: Mapping[str, Slot]
    warnings: tuple[str, ...] = ()
    inferred: frozenset[str] = field(default_factory=frozenset)


Assignment = tuple[int | None, ...]  # per column: index of the slot, or None (absent)


def _candidates(n_cols: int, slots: Sequence[Slot]) -> list[Assignment]:
    n = len(slots)
    if n == n_cols:
        return [tuple(range(n))]
    if n < n_cols:
        out: list[Assignment] = []
        for positions in itertools.combinations(range(n_cols), n):
            assign: list[int | None] = [None] * n_cols
            for slot_index, col in enumerate(positions):
                assign[col] = slot_index
            out.append(tuple(assign))
            if len(out) > _MAX_CANDIDATES:
                return []
        return out
    # More cells than columns: any cell may be the stray one (a pad, a
    # footnote number, a cell pasted twice); the checks choose.
    out = []
    for dropped in itertools.combinations(range(n), n - n_cols):
        kept = [i for i in range(n) if i not in dropped]
        out.append(tuple(kept))
        if len(out) > _MAX_CANDIDATES:
            return []
    return out


def _values(row: RowObs, assign: Assignment) -> dict[str, int | float | None]:
    out: dict[str, int | float | None] = {}
    for col, idx in zip(row.fields, assign, strict=True):
        out[col] = None if idx is None else row.slots[idx].value
    return out


def _consistent(
    vals: Mapping[str, int | float | None],
    known: Mapping[str, int | float | None],
    defs: Sequence[CheckDef],
) -> bool:
    merged: dict[str, int | float] = {}
    for source in (known, vals):
        for k, v in source.items():
            if v is not None:
                merged[k] = v
    for d in defs:
        if not any(f in vals for f in d.fields):
            continue
        check = evaluate(d, merged)
        if check is not None and not check.holds:
            return False
    return True


def _iter_known(
    rows: Sequence[RowObs], chosen: Mapping[str, list[Assignment]]
) -> Iterator[tuple[str, int | float | None]]:
    for row in rows:
        cands = chosen[row.key]
        if len(cands) == 1:
            yield from _values(row, cands[0]).items()


def _empties_dropped(row: RowObs, cands: list[Assignment]) -> list[Assignment]:
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
    chosen: dict[str, list[Assignment]],
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
            kept = [a for a in cands if _consistent(_values(row, a), known, defs)]
            if len(kept) != len(cands):
                chosen[row.key] = kept
                changed = True
                if len(kept) == 1:
                    known = dict(_iter_known(rows, chosen))


def resolve(rows: Sequence[RowObs], defs: Sequence[CheckDef]) -> Resolution:
    """Align every row; rows are tried against ``defs`` with the other rows' known cells."""
    raw: dict[str, list[Assignment]] = {r.key: _candidates(len(r.fields), r.slots) for r in rows}
    chosen = {k: list(v) for k, v in raw.items()}
    preferred = {r.key: _empties_dropped(r, raw[r.key]) for r in rows}
    if any(preferred.values()):
        for key, cands in preferred.items():
            if cands:
                chosen[key] = list(cands)
        _narrow(rows, chosen, defs, frozenset(k for k, c in preferred.items() if c))
        if all(chosen[k] for k, cands in preferred.items() if cands):
            raw.update({k: cands for k, cands in preferred.items() if cands})
        else:
            chosen = {k: list(v) for k, v in raw.items()}
            _narrow(rows, chosen, defs)
    else:
        _narrow(rows, chosen, defs)

    cells: dict[str, Slot] = {}
    inferred: set[str] = set()
    warnings: list[str] = []
    for row in rows:
        n_obs, n_cols = len(row.slots), len(row.fields)
        cands = chosen[row.key]
        if n_obs == n_cols and len(raw[row.key]) == 1:
            for col, idx in zip(row.fields, raw[row.key][0], strict=True):
                if idx is not None and row.slots[idx].value is not None:
                    cells[col] = row.slots[idx]
            continue
        pool = cands if cands else raw[row.key]
        certain: list[str] = []
        for c, col in enumerate(row.fields):
            picks = {a[c] for a in pool}
            if len(picks) == 1:
                (idx,) = picks
                if idx is not None and row.slots[idx].value is not None:
                    cells[col] = row.slots[idx]
                    certain.append(col)
        what = f"{row.key} has {n_obs} cells for {n_cols} columns"
        code = "tables.long_row" if n_obs > n_cols else "tables.short_row"
        if not raw[row.key]:
            warnings.append(f"{code}: {what}; too many alignments to try; emitted no cells")
        elif len(cands) == 1:
            inferred.update(certain)
            warnings.append(
                f"{code}: {what}; alignment inferred from the table's sums (the "
                "only one consistent with them)"
            )
        else:
            reason = (
                "no alignment is consistent with the table's sums"
                if not cands
                else f"{len(cands)} alignments are consistent with the table's sums"
            )
            shown = ", ".join(certain) if certain else "none"
            warnings.append(f"{code}: {what}; {reason}; emitted only certain cells: {shown}")
    return Resolution(cells, tuple(warnings), frozenset(inferred))
