"""A report's tables scored cell by cell against a hand-written truth (the table evaluators
``benchmarks/eval_heldout_tables.py`` and ``eval_redteam_tables.py``).

Per cell: *right*, a field of the truth's tables parsed with its value; *missing*, one not
parsed; *WRONG*, one parsed with another value, or a field parsed that the truth does not
hold (a blank cell, a placeholder, a cell not in the document); *guessed*, a field the truth
lists as unknowable (its position cannot be told from the document) parsed with its real
value; *derived*, a field absent from the page that the tables' arithmetic fixes (SCHEMA §2),
parsed with that value by derivation. Each evaluator words a WRONG entry its own way.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any


def same(a: Any, b: Any) -> bool:
    """Equal cell values: numbers to a relative and absolute 1e-9, a bool only to a bool,
    anything else (None, text) by ``==``."""
    if isinstance(a, bool) or isinstance(b, bool):
        return bool(a == b)
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    except (TypeError, ValueError):
        return bool(a == b)


@dataclass
class CellScore:
    right: int = 0
    missing: list[str] = field(default_factory=list)
    #: (field, what the truth says, what was parsed), the truth's fields first
    wrong: list[tuple[str, Any, Any]] = field(default_factory=list)
    guessed: int = 0
    derived: int = 0


def score_cells(
    got: Mapping[str, Any],
    want: Mapping[str, Any],
    unknowable: Mapping[str, Any],
    *,
    absent: str,
    unknowable_as: str,
    derivable: Mapping[str, Any] | None = None,
    derived: Collection[str] = (),
) -> CellScore:
    """``got`` (``report.tables.to_dict()``) against the truth's ``want`` cells. A field
    parsed that ``want`` does not hold is WRONG as ``absent`` unless it is ``derivable``
    and ``derived`` with that value, or ``unknowable`` (``unknowable_as``, formatted with
    ``real``, when its value is not the real one)."""
    out = CellScore()
    for f, v in want.items():
        if f not in got:
            out.missing.append(f)
        elif same(got[f], v):
            out.right += 1
        else:
            out.wrong.append((f, v, got[f]))
    derivable = derivable or {}
    for f, v in got.items():
        if f in want:
            continue
        if f in derivable and f in derived and same(v, derivable[f]):
            out.derived += 1
        elif f in unknowable:
            if same(v, unknowable[f]):
                out.guessed += 1
            else:
                out.wrong.append((f, unknowable_as.format(real=unknowable[f]), v))
        else:
            out.wrong.append((f, absent, v))
    return out
