"""The lazy alignment of short and long rows chooses what the eager one chose.

``_eager_candidates`` and ``_eager_resolve`` are :func:`govinfo_nlp.tables.align.resolve`
as it was before its alignments were made when iterated (session 13): every
alignment of a row built into a list first. They stay here as the reference:
the same cells, the same rows left out, the same warnings, in the same order.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.schema import T3_COLUMNS, T4_COLUMNS, T4_GROUPS
from govinfo_nlp.tables import align
from govinfo_nlp.tables.align import Resolution, RowObs, Slot, resolve
from govinfo_nlp.tables.checks import CheckDef, check_defs

Assignment = tuple[int | None, ...]


def _eager_candidates(n_cols: int, slots: Sequence[Slot]) -> list[Assignment]:
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
            if len(out) > align._MAX_CANDIDATES:
                return []
        return out
    out = []
    for dropped in itertools.combinations(range(n), n - n_cols):
        kept = [i for i in range(n) if i not in dropped]
        out.append(tuple(kept))
        if len(out) > align._MAX_CANDIDATES:
            return []
    return out


def _eager_resolve(rows: Sequence[RowObs], defs: Sequence[CheckDef]) -> Resolution:
    if all(len(r.slots) == len(r.fields) for r in rows):
        return align._as_read(rows)
    raw = {r.key: _eager_candidates(len(r.fields), r.slots) for r in rows}
    chosen = {k: list(v) for k, v in raw.items()}
    preferred = {r.key: align._empties_dropped(r, raw[r.key]) for r in rows}
    if any(preferred.values()):
        for key, cands in preferred.items():
            if cands:
                chosen[key] = list(cands)
        align._narrow(rows, chosen, defs, frozenset(k for k, c in preferred.items() if c))  # type: ignore[arg-type]
        if all(chosen[k] for k, cands in preferred.items() if cands):
            raw.update({k: cands for k, cands in preferred.items() if cands})
        else:
            chosen = {k: list(v) for k, v in raw.items()}
            align._narrow(rows, chosen, defs)  # type: ignore[arg-type]
    else:
        align._narrow(rows, chosen, defs)  # type: ignore[arg-type]

    cells: dict[str, Slot] = {}
    blank: set[str] = set()
    inferred: set[str] = set()
    pools: dict[str, list[Assignment]] = {}
    certain: dict[str, list[str]] = {}
    for row in rows:
        n_obs, n_cols = len(row.slots), len(row.fields)
        if n_obs == n_cols and len(raw[row.key]) == 1:
            for col, idx in zip(row.fields, raw[row.key][0], strict=True):
                if idx is not None and row.slots[idx].value is not None:
                    cells[col] = row.slots[idx]
                elif idx is not None:
                    blank.add(col)
            continue
        cands = chosen[row.key]
        pool = cands if cands else raw[row.key]
        pools[row.key] = pool
        certain[row.key] = []
        for c, col in enumerate(row.fields):
            picks = {a[c] for a in pool}
            if len(picks) == 1:
                (idx,) = picks
                if idx is not None and row.slots[idx].value is not None:
                    cells[col] = row.slots[idx]
                    certain[row.key].append(col)
                elif idx is not None:
                    blank.add(col)
        if len(cands) == 1:
            inferred.update(certain[row.key])

    derived = align._derive_all(rows, pools, cells, blank, defs, inferred)  # type: ignore[arg-type]

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
        outcome = align._outcome(fixed, lost)
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


_T3_ROWS = ("new", "carried_in", "granted", "partial", "results_total", "carried_out")
_DEFS = check_defs("2019")


@st.composite
def _row(draw: st.DrawFn, key: str, fields: tuple[str, ...]) -> RowObs:
    """A row whose parts sum to its total (mostly), with cells dropped, emptied or added."""
    parts = [draw(st.integers(0, 6)) for _ in fields[:-1]]
    values: list[int | None] = [*parts, sum(parts) + draw(st.sampled_from((0, 0, 0, 1)))]
    for i in draw(st.sets(st.integers(0, len(values) - 1), max_size=3)):
        values[i] = None  # an empty cell of the source
    cut = draw(st.sets(st.integers(0, len(values) - 1), max_size=len(values)))
    values = [v for i, v in enumerate(values) if i not in cut]
    for _ in range(draw(st.integers(0, 2))):  # a pad or a stray number
        values.insert(draw(st.integers(0, len(values))), draw(st.sampled_from((None, 1, 7))))
    slots = tuple(
        Slot(v, "" if v is None else str(v), 4 * i, 4 * i + 2) for i, v in enumerate(values)
    )
    return RowObs(key, fields, slots, draw(st.integers(0, 1)))


@st.composite
def _table(draw: st.DrawFn) -> list[RowObs]:
    if draw(st.booleans()):
        fields = tuple(f"t4.{g}.{c}" for g in T4_GROUPS for c in T4_COLUMNS)
        # table 四 as one row of 15 cells (the three groups' totals last of each group)
        return [draw(_row("t4", fields))]
    rows = draw(st.lists(st.sampled_from(_T3_ROWS), min_size=1, max_size=4, unique=True))
    return [draw(_row(f"t3.{r}", tuple(f"t3.{r}.{c}" for c in T3_COLUMNS))) for r in rows]


@settings(max_examples=300, deadline=None)
@given(_table())
def test_lazy_alignments_choose_what_the_eager_ones_chose(rows: list[RowObs]) -> None:
    assert resolve(rows, _DEFS) == _eager_resolve(rows, _DEFS)


def test_the_lazy_alignments_are_the_eager_ones_in_order() -> None:
    for n_cols in (1, 4, 7, 15, 18):
        for n in range(n_cols + 4):
            slots = tuple(Slot(i, str(i), i, i + 1) for i in range(n))
            assert list(align._candidates(n_cols, slots)) == _eager_candidates(n_cols, slots)
            assert len(align._candidates(n_cols, slots)) == len(_eager_candidates(n_cols, slots))
