"""Results of the tables stage (SCHEMA §2 and §5 "tables" / "checks")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .checks import Check

__all__ = ["Check", "TableValue", "TablesResult"]


@dataclass(frozen=True, slots=True)
class TableValue:
    """One table cell: ``value`` in the field's unit (万元 for money), ``raw`` as written.

    ``start``/``end`` are offsets of the cell in the original input. ``unit``
    is the unit written in the cell (or its header), ``None`` when the cell
    had none; ``inferred`` is true when the cell's column came from the
    table's arithmetic rather than from its position (see ``align.py``).
    """

    field: str
    value: int | float
    raw: str
    start: int
    end: int
    unit: str | None = None
    inferred: bool = False

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
        return out


@dataclass(frozen=True, slots=True)
class TablesResult:
    """Every cell read (by field id), the checks evaluated on them, and warnings."""

    template: str | None
    values: Mapping[str, TableValue] = field(default_factory=dict)
    checks: tuple[Check, ...] = ()
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, int | float]:
        """The SCHEMA §5 ``tables`` object: ``{field: value}``."""
        return {f: v.value for f, v in self.values.items()}
