"""The tables' arithmetic (勾稽关系) as data, and plausibility warnings.

A check is evaluated only when every field it reads is present: an absent
cell is unknown, not 0, so a check over a blank cell would say nothing true.
The same rule lets the aligner (``align.py``) use the checks to choose
between alignments of a short row without ever treating a blank as 0.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from ..frozen import builder
from ..schema import T3_COLUMNS, T3_ROWS_BY_TEMPLATE, T4_COLUMNS, T4_GROUPS

__all__ = [
    "Check",
    "CheckDef",
    "check_defs",
    "evaluate",
    "evaluate_all",
    "evaluate_cells",
    "fails",
    "plausibility",
]

_EPS = 1e-6


@dataclass(frozen=True, slots=True)
class Check:
    """One evaluated check: ``left`` and ``right`` are the sums of both sides."""

    id: str
    fields: tuple[str, ...]
    left: int | float
    right: int | float
    holds: bool

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "fields": list(self.fields),
            "left": self.left,
            "right": self.right,
            "holds": self.holds,
        }


_build_check = builder(Check)


@dataclass(frozen=True, slots=True)
class CheckDef:
    """``sum(left) == sum(right)`` over field ids."""

    id: str
    left: tuple[str, ...]
    right: tuple[str, ...]
    # left + right, built once: the aligner asks for it of every check, for every placement
    fields: tuple[str, ...] = dataclasses.field(init=False, repr=False, compare=False)
    # (left, right) and (right, left): the two ways the sums may fix a cell
    sides: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = dataclasses.field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", self.left + self.right)
        object.__setattr__(self, "sides", ((self.left, self.right), (self.right, self.left)))


_T3_PARTS = tuple(c for c in T3_COLUMNS if c != "total")
_T4_PARTS = tuple(c for c in T4_COLUMNS if c != "total")


def result_rows(template: str | None, rows_seen: Collection[str]) -> tuple[str, ...]:
    """Rows summed by ``t3.results_sum``: the 2021 sub-rows of (六)其他处理 when the
    report has them, else the single 2019 row (a report may mix the templates)."""
    base = tuple(
        r
        for r in T3_ROWS_BY_TEMPLATE["2019"]
        if r not in ("new", "carried_in", "results_total", "carried_out", "other_handling")
    )
    subs = tuple(r for r in T3_ROWS_BY_TEMPLATE["2021"] if r.startswith("other_handling."))
    if any(r in rows_seen for r in subs):
        return (*base, *subs)
    if "other_handling" in rows_seen or template != "2021":
        return (*base, "other_handling")
    return (*base, *subs)


def t3_rows(template: str | None, rows_seen: Collection[str]) -> tuple[str, ...]:
    return ("new", "carried_in", *result_rows(template, rows_seen), "results_total", "carried_out")


def _fid(table: str, row: str, column: str) -> str:
    """A field id (or a check's), one string object whatever the report: the checks
    of each new shape of report (a few dozen kept) share them instead of holding
    their own copies (~35 KB a shape, at the peak of the report that brings it)."""
    return sys.intern(f"{table}.{row}.{column}")


def check_defs(template: str | None, rows_seen: Collection[str] = ()) -> tuple[CheckDef, ...]:
    """Every within-report check of SCHEMA §2, for the rows this report uses."""
    defs: list[CheckDef] = []
    for col in T3_COLUMNS:
        defs.append(
            CheckDef(
                _fid("t3", "balance", col),
                (_fid("t3", "new", col), _fid("t3", "carried_in", col)),
                (_fid("t3", "results_total", col), _fid("t3", "carried_out", col)),
            )
        )
    for row in t3_rows(template, rows_seen):
        defs.append(
            CheckDef(
                _fid("t3", "row_total", row),
                tuple(_fid("t3", row, c) for c in _T3_PARTS),
                (_fid("t3", row, "total"),),
            )
        )
    results = result_rows(template, rows_seen)
    for col in T3_COLUMNS:
        defs.append(
            CheckDef(
                _fid("t3", "results_sum", col),
                (_fid("t3", "results_total", col),),
                tuple(_fid("t3", r, col) for r in results),
            )
        )
    for group in T4_GROUPS:
        defs.append(
            CheckDef(
                _fid("t4", "total", group),
                tuple(_fid("t4", group, c) for c in _T4_PARTS),
                (_fid("t4", group, "total"),),
            )
        )
    return tuple(defs)


def _sum(values: Mapping[str, int | float], fields: tuple[str, ...]) -> int | float:
    total: int | float = 0
    for f in fields:
        total += values[f]
    return round(total, 6) if isinstance(total, float) else total


def evaluate(defn: CheckDef, values: Mapping[str, int | float]) -> Check | None:
    """The check over ``values``, or ``None`` when a field it reads is absent."""
    if not all(map(values.__contains__, defn.fields)):
        return None
    left, right = _sum(values, defn.left), _sum(values, defn.right)
    return Check(defn.id, defn.fields, left, right, abs(left - right) < _EPS)


def fails(defn: CheckDef, values: Mapping[str, int | float]) -> bool:
    """Whether the check is evaluated over ``values`` and does not hold (no
    :class:`Check` built: the aligner asks this of every placement)."""
    if not all(map(values.__contains__, defn.fields)):
        return False
    return not abs(_sum(values, defn.left) - _sum(values, defn.right)) < _EPS


def evaluate_all(
    defs: tuple[CheckDef, ...], values: Mapping[str, int | float]
) -> tuple[Check, ...]:
    # Whole numbers (the common case): the same checks, the sums exact and taken in C.
    # A report with a fraction somewhere (an amount in 万元) has it in a check or two:
    # those are summed as evaluate() sums, the others' numbers are all whole.
    whole = set(map(type, values.values())) <= {int}
    get, has = values.__getitem__, values.__contains__
    out: list[Check] = []
    for d in defs:
        if all(map(has, d.fields)):
            if not whole and not set(map(type, map(get, d.fields))) <= {int}:
                check = evaluate(d, values)
                if check is not None:  # (always: its fields are there)
                    out.append(check)
                continue
            left, right = sum(map(get, d.left)), sum(map(get, d.right))
            out.append(_build_check(d.id, d.fields, left, right, left == right))
    return tuple(out)


def evaluate_cells(
    defs: tuple[CheckDef, ...],
    at: Mapping[str, int],
    numbers: Sequence[int | float],
    *,
    template: str | None,
    year: int | None,
) -> tuple[tuple[Check, ...], list[str]]:
    """:func:`evaluate_all` and :func:`plausibility` over the number of each field
    ``numbers[at[field]]`` (the tables stage's cells, in columns). Whole non-negative
    numbers (the common case) are read in place: no dict of a report's ~200 numbers
    is held beside its cells while the checks are built (the stage's peak memory)."""
    number_at = numbers.__getitem__
    if not (
        set(map(type, map(number_at, at.values()))) <= {int}
        and min(map(number_at, at.values()), default=0) >= 0
    ):
        plain = dict(zip(at, map(number_at, at.values()), strict=True))
        return evaluate_all(defs, plain), plausibility(plain, template=template, year=year)
    get = at.__getitem__
    has = at.__contains__
    out: list[Check] = []
    for d in defs:  # (evaluate_all's loop, each field's number read through its place)
        if all(map(has, d.fields)):
            left = sum(map(number_at, map(get, d.left)))
            right = sum(map(number_at, map(get, d.right)))
            out.append(_build_check(d.id, d.fields, left, right, left == right))

    def number(field: str) -> int | float | None:
        k = at.get(field)
        return None if k is None else numbers[k]

    return tuple(out), _consistency(number, template=template, year=year)


def plausibility(
    values: Mapping[str, int | float], *, template: str | None, year: int | None
) -> list[str]:
    """Warnings about values that are readable but unlikely to be right."""
    warnings: list[str] = []
    numbers = values.values()
    # Whole, non-negative numbers (the common case) raise neither warning.
    if not (set(map(type, numbers)) <= {int} and min(numbers, default=0) >= 0):
        for field, value in values.items():
            if value < 0 and not field.endswith(".change"):
                warnings.append(f"tables.negative: {field} is {value}; counts cannot be negative")
            if isinstance(value, float) and not field.endswith(".amount"):
                warnings.append(f"tables.fraction: {field} is {value}; counts are whole numbers")
    return warnings + _consistency(values.get, template=template, year=year)


def _consistency(
    number: Callable[[str], int | float | None], *, template: str | None, year: int | None
) -> list[str]:
    """The warnings of :func:`plausibility` that compare values (``number`` of a
    field, ``None`` when absent) with each other or with the report's year."""
    warnings: list[str] = []
    for row in ("rules", "normative"):
        issued, in_force = number(f"t2.{row}.issued"), number(f"t2.{row}.in_force")
        if issued is not None and in_force is not None and in_force < issued:
            warnings.append(
                f"tables.in_force_lt_issued: t2.{row}.in_force {in_force} is smaller "
                f"than t2.{row}.issued {issued}"
            )
    if template is not None and year is not None:
        expected = "2019" if year <= 2020 else "2021"
        if template != expected:
            warnings.append(
                f"tables.template_year: the tables follow the {template} template but "
                f"the report is for {year} (expected the {expected} template)"
            )
    return warnings
