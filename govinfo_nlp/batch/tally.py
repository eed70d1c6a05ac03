"""Counts over one batch, filled while its rows stream by."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .document import row_is_readable

__all__ = ["BatchSummary", "summarize"]


@dataclass
class BatchSummary:
    """Counts over one batch (mutable: filled while rows stream by)."""

    documents: int = 0
    readable: int = 0
    with_errors: int = 0
    with_warnings: int = 0
    error_codes: Counter[str] = field(default_factory=Counter)
    failed: list[str] = field(default_factory=list)

    def add(self, row: Mapping[str, Any]) -> None:
        self.documents += 1
        if row_is_readable(row):
            self.readable += 1
        errors = row.get("errors") or []
        if errors:
            self.with_errors += 1
            self.failed.append(str(row.get("source")))
            for err in errors:
                code = str(err).split(":", 1)[0].strip() or "error"
                self.error_codes[str(code)] += 1
        if row.get("warnings"):
            self.with_warnings += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "readable": self.readable,
            "with_errors": self.with_errors,
            "with_warnings": self.with_warnings,
            "error_codes": dict(self.error_codes),
            "failed": list(self.failed),
        }

    def format(self) -> str:
        codes = ", ".join(f"{c}: {n}" for c, n in sorted(self.error_codes.items()))
        lines = [
            f"{self.documents} document{'' if self.documents == 1 else 's'}: {self.readable} read, "
            f"{self.documents - self.readable} unreadable, {self.with_errors} with errors"
            + (f" ({codes})" if codes else "")
            + f", {self.with_warnings} with warnings"
        ]
        lines += [f"  error: {source}" for source in self.failed[:20]]
        if len(self.failed) > 20:
            lines.append(f"  ... and {len(self.failed) - 20} more")
        return "\n".join(lines)


def summarize(rows: Iterable[Mapping[str, Any]]) -> BatchSummary:
    summary = BatchSummary()
    for row in rows:
        summary.add(row)
    return summary
