"""What reconciliation returns: one :class:`Reconciliation` per fact, with the cells
(:class:`CellEvidence`) it read (SCHEMA §4).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class CellEvidence:
    """One table cell used on the table side: value, raw text, original span."""

    field: str
    value: float | int
    raw: str
    start: int
    end: int
    method: str = "read"

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "value": self.value,
            "raw": self.raw,
            "span": [self.start, self.end],
            "method": self.method,
        }


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """The verdict on one narrative fact against its table counterpart."""

    fact: int
    type: str
    narrative: float | int
    fields: tuple[str, ...]
    table: float | int | None
    verdict: str
    reason: str
    fact_span: tuple[int, int]
    cells: tuple[CellEvidence, ...] = ()
    absent: tuple[str, ...] = ()
    explanation: tuple[str, ...] = ()

    def to_dict(self, *, explain: bool = True) -> dict[str, Any]:
        """The SCHEMA §4 entry plus ``reason``, ``evidence``, ``absent`` and (with
        ``explain``) ``explanation``."""
        out: dict[str, Any] = {
            "fact": self.fact,
            "type": self.type,
            "narrative": self.narrative,
            "fields": list(self.fields),
            "table": self.table,
            "verdict": self.verdict,
            "reason": self.reason,
            "evidence": {
                "fact": list(self.fact_span),
                "cells": [c.to_dict() for c in self.cells],
            },
            "absent": list(self.absent),
        }
        if explain:
            out["explanation"] = list(self.explanation)
        return out
