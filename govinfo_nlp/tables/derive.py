"""Cells the tables' arithmetic fixes although no cell of the source could be placed there.

Tables 三 and 四 count applications and cases: every cell is a non-negative
whole number, and each check (``left == right``, see :mod:`.checks`) is a
sum. So when one side of a check is known and the other lacks exactly one
cell, that cell is the difference; when the known side is 0, every missing
cell of the other side is 0. Repeated until nothing changes, this reads, for
example, the one cell dropped from a group whose other cells and total are
known, or every cell of an all-zero table 四 whose row lost a cell.

A blank cell (empty, "/", "无" in the source) is never given a value: it
stays absent, and a side holding one is not complete. A derivation that
contradicts the arithmetic (a negative or fractional difference, a check
that then fails) means the table's own sums are unreliable: nothing is
derived from it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from itertools import filterfalse

from .checks import CheckDef, fails

__all__ = ["derive"]

_EPS = 1e-6


def derive(
    known: Mapping[str, int | float],
    blank: Collection[str],
    defs: Sequence[CheckDef],
    targets: Collection[str],
) -> dict[str, int] | None:
    """The ``targets`` the checks fix from ``known`` (new cells only), or None on a contradiction.

    ``known`` must hold counts only (callers leave signed or fractional
    tables alone); ``blank`` cells are never derived; only fields in
    ``targets`` (the columns of rows the table has) are.
    """
    vals: dict[str, int | float] = dict(known)
    # Whole numbers (the common case) are checked with exact sums taken in C;
    # on ints the loop below does exact arithmetic anyway (the tolerances
    # compare an int with 0, and a whole difference rounds to itself).
    counts = set(map(type, vals.values())) <= {int}
    contradicted = _counts_contradicted if counts else _contradicted
    if contradicted(vals, defs):
        return None
    get, has = vals.__getitem__, vals.__contains__
    out: dict[str, int] = {}
    changed = True
    while changed:
        changed = False
        for d in defs:
            if all(map(has, d.fields)):
                continue  # (every cell known: neither side misses one; most checks, each pass)
            for side, other in d.sides:
                if not all(map(has, other)):
                    continue
                missing = list(filterfalse(has, side))
                if not missing:
                    continue
                rest = sum(map(get, other)) - sum(map(get, filter(has, side)))
                if rest < -_EPS:
                    return None
                if abs(rest) <= _EPS:
                    # Non-negative cells summing to 0 are all 0 (a blank stays blank).
                    fill = [f for f in missing if f not in blank and f in targets]
                    value = 0
                elif len(missing) == 1 and missing[0] not in blank and missing[0] in targets:
                    if not float(rest).is_integer():
                        return None
                    fill, value = missing, round(rest)
                else:
                    continue
                for f in fill:
                    vals[f] = out[f] = value
                    changed = True
    # Only a check over a derived cell can fail now: the others read what passed above,
    # and a derived cell is a whole number, never negative.
    if out and contradicted(vals, [d for d in defs if not out.keys().isdisjoint(d.fields)]):
        return None
    return out


def _counts_contradicted(vals: Mapping[str, int | float], defs: Sequence[CheckDef]) -> bool:
    """:func:`_contradicted` over ``int`` cells: a negative cell, or a check that fails."""
    if min(vals.values(), default=0) < 0:
        return True
    get, has = vals.__getitem__, vals.__contains__
    for d in defs:
        if all(map(has, d.fields)) and sum(map(get, d.left)) != sum(map(get, d.right)):
            return True
    return False


def _contradicted(vals: Mapping[str, int | float], defs: Sequence[CheckDef]) -> bool:
    values = vals.values()
    # Every value a count (>= 0 and whole), in bulk: an int needs only its sign
    # (a cell has at most 30 digits, well inside a float), a float its fraction too
    if min(values, default=0) < 0:
        return True
    if not all(float(v).is_integer() for v in values if type(v) is not int):
        return True
    return any(fails(d, vals) for d in defs)
