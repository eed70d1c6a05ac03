"""govinfo_nlp: Chinese government information-disclosure annual reports as verified data.

>>> import govinfo_nlp
>>> report = govinfo_nlp.parse("path/to/report.txt")          # doctest: +SKIP
>>> report.tables.to_dict()["t3.new.total"]                     # doctest: +SKIP
64

The entry points are small and obvious: :func:`parse` (one report → :class:`Report`),
:func:`annotate` (many files → JSON rows), :func:`read`, :func:`parse_quantity` /
:func:`find_quantities` (the number grammar), :func:`load` (our spaCy pipeline),
:func:`to_frame` (pandas). An :class:`Engine` holds your own fact rules and
counters and the models; pass it along (``engine.parse``, ``annotate(...,
engine=engine)``) and every worker runs with it.
Heavy dependencies (spaCy, scikit-learn, pandas) load only when used.
"""

from __future__ import annotations

import logging
from importlib import import_module
from typing import TYPE_CHECKING, Any

from .about import SCHEMA_VERSION, __version__

if TYPE_CHECKING:
    from .batch import annotate
    from .engine import Engine
    from .export import to_frame
    from .facts import Fact, add_rules
    from .limits import Limits
    from .panels import panel
    from .pipeline import parse
    from .quantities import Quantity, find_quantities, parse_quantity
    from .read import Document, read
    from .report import Report
    from .tokens import load

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "SCHEMA_VERSION",
    "Document",
    "Engine",
    "Fact",
    "Limits",
    "Quantity",
    "Report",
    "__version__",
    "add_rules",
    "annotate",
    "find_quantities",
    "load",
    "panel",
    "parse",
    "parse_quantity",
    "read",
    "to_frame",
]

_LAZY = {
    "parse": "pipeline",
    "Report": "report",
    "read": "read",
    "Document": "read",
    "parse_quantity": "quantities",
    "find_quantities": "quantities",
    "Quantity": "quantities",
    "load": "tokens",
    "Engine": "engine",
    "Limits": "limits",
    "Fact": "facts",
    "add_rules": "facts",
    "annotate": "batch",
    "to_frame": "export",
    "panel": "panels",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'govinfo_nlp' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
