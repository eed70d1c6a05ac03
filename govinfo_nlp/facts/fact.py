"""The :class:`Fact` result: one quantity stated in the prose, with what it counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Fact"]


@dataclass(frozen=True, slots=True)
class Fact:
    """One narrative fact (SCHEMA.md §3).

    ``start``/``end`` cover the fact's phrase (trigger … quantity) and
    ``quantity_start``/``quantity_end`` the quantity alone; all four are
    offsets into the ORIGINAL input text, whatever normalisation ran.
    ``item`` is the text of the quantity's own list item, normalised (Simplified):
    from the previous quantity or clause mark to the next mark, the quantity
    left out ("其中予以公开" in 其中予以公开9件、无法提供6件; "尚在审理" in
    一宗尚在审理). It tells which part of a total a breakdown counts; reconciliation
    compares a breakdown with its own table row or column.
    ``breakdown`` names that part (SCHEMA §3; see :mod:`govinfo_nlp.breakdown`),
    None for a total.
    """

    type: str
    value: int | float
    unit: str | None
    approx: str | None
    scope: str
    year: int | None
    section: str
    subject: str | None
    start: int
    end: int
    quantity_start: int
    quantity_end: int
    text: str
    method: str
    rule: str | None
    model: str | None
    confidence: float
    delta: bool = False
    cumulative: bool = False
    explanation: tuple[str, ...] = ()
    item: str | None = None
    breakdown: str | None = None

    def to_dict(self, *, explain: bool = True) -> dict[str, Any]:
        """The SCHEMA §3 shape (key order as documented), then our extensions;
        without ``explain`` no ``explanation`` (what ``annotate`` writes by default)."""
        out: dict[str, Any] = {
            "type": self.type,
            "value": self.value,
            "unit": self.unit,
            "approx": self.approx,
            "scope": self.scope,
            "year": self.year,
            "section": self.section,
            "span": [self.start, self.end],
            "text": self.text,
            "subject": self.subject,
            "method": self.method,
            "confidence": round(self.confidence, 4),
            "breakdown": self.breakdown,
            "quantity_span": [self.quantity_start, self.quantity_end],
            "rule": self.rule,
            "model": self.model,
            "delta": self.delta,
            "cumulative": self.cumulative,
        }
        if explain:
            out["explanation"] = list(self.explanation)
        out["item"] = self.item
        return out
