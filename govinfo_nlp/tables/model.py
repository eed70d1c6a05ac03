"""Results of the tables stage (SCHEMA §2 and §5 "tables" / "checks")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..frozen import builder
from .checks import Check

__all__ = ["Check", "TableValue", "TablesResult"]


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


def read_value(
    field: str,
    value: int | float,
    raw: str,
    start: int,
    end: int,
    unit: str | None = None,
    inferred: bool = False,
) -> TableValue:
    """``TableValue(field, value, raw, start, end, unit, inferred)``, a cell read (built faster)."""
    return _build_value(field, value, raw, start, end, unit, inferred, "read")


@dataclass(frozen=True, slots=True)
class TablesResult:
    """Every cell read (by field id), the checks evaluated on them, and warnings.

    ``unread`` lists the fields of the rows found whose cells could not be
    placed with certainty (SCHEMA §2 "Blank or unread"); ``blank`` those
    whose source cell is empty. A field of a row never found is neither.
    """

    template: str | None
    values: Mapping[str, TableValue] = field(default_factory=dict)
    checks: tuple[Check, ...] = ()
    warnings: tuple[str, ...] = ()
    unread: tuple[str, ...] = ()
    blank: frozenset[str] = frozenset()

    @property
    def derived(self) -> tuple[str, ...]:
        """Fields read from the tables' arithmetic (``method == "derived"``)."""
        return tuple(f for f, v in self.values.items() if v.method == "derived")

    def to_dict(self) -> dict[str, int | float]:
        """The SCHEMA §5 ``tables`` object: ``{field: value}``."""
        return {f: v.value for f, v in self.values.items()}
