"""Building the stage's frozen cells cheaply: a report has a few hundred of them.

A frozen dataclass's ``__init__`` sets each field through
``object.__setattr__``, several times slower than storing a slot. A *builder*
is a plain class with the same slots: its slots are stored directly, and the
instance is then given the frozen class (a class with the same slots, so
the same layout). The result is the object the constructor builds, field for
field (``tests/test_tables_fast.py`` checks it); use it only where the values
need none of the constructor's defaults or checks.
"""

from __future__ import annotations

from typing import Any

__all__ = ["builder"]


def builder(cls: type) -> Any:
    """A plain class with the slots of the frozen slotted dataclass ``cls``: set them
    all, then assign ``__class__ = cls``."""
    slots = cls.__dict__["__slots__"]
    return type(f"_{cls.__name__}Builder", (), {"__slots__": slots})
