"""Building many small frozen dataclasses fast.

A frozen dataclass's ``__init__`` sets each field through
``object.__setattr__`` (a global look-up, an attribute look-up and a generic
call per field), several times slower than storing a slot. The facts stage
builds a quantity, a few rule matches and a fact per number of the prose.
:func:`builder` gives a function that builds the same object from a plain
twin class with the same slots: the slots are stored directly, then the
instance is given the frozen class (same slots, so the same layout). Measured
on :class:`~govinfo_nlp.quantities.Quantity`: about a fifth of the frozen
``__init__``. The tables stage builds its cells, checks and rows this way too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any, TypeVar

__all__ = ["builder", "replaced"]

T = TypeVar("T")


def builder(cls: type[T]) -> Callable[..., T]:
    """A function taking ``cls``'s fields (by position or name, none left out) and
    returning the object ``cls(...)`` would: equal, as frozen, without running
    ``__init__`` (so no ``__post_init__`` and no defaults).

    Written out per class, as ``dataclasses`` writes ``__init__``: a loop over
    the fields costs more than the frozen ``__init__`` it replaces.
    """
    names = list(getattr(cls, "__dataclass_fields__", ()))  # in field order
    slots = cls.__dict__.get("__slots__")
    if not names or slots is None or list(slots) != names:
        raise TypeError(f"{cls.__name__} is not a dataclass with slots")
    twin = type(f"_{cls.__name__}Twin", (), {"__slots__": slots})
    scope: dict[str, Any] = {"_twin": twin, "_cls": cls}
    lines = [f"def build({', '.join(names)}):", "    obj = _twin()"]
    lines += [f"    obj.{n} = {n}" for n in names]
    lines += ["    obj.__class__ = _cls", "    return obj"]
    exec("\n".join(lines), scope)  # the field names of a class of ours, nothing read
    build: Callable[..., T] = scope["build"]
    build.__name__ = build.__qualname__ = f"build_{cls.__name__}"
    build.__doc__ = f"``{cls.__name__}({', '.join(names)})``, built through a twin's slots."
    return build


def replaced(obj: Any, **changes: Any) -> Any:
    """``dataclasses.replace(obj, **changes)``; a slotted frozen dataclass (a
    :class:`~govinfo_nlp.facts.Fact`) is copied through its :func:`builder` (replace
    reads the fields in a loop, then runs the frozen ``__init__``, which sets each
    through ``object.__setattr__``: a fifth of the breakdown stage)."""
    copier = _copier(obj.__class__)
    if copier is None:
        return replace(obj, **changes)
    names, build = copier
    return build(*[changes.get(name, getattr(obj, name)) for name in names])


@lru_cache(maxsize=8)
def _copier(cls: Any) -> tuple[tuple[str, ...], Callable[..., Any]] | None:
    """The field names and :func:`builder` of a slotted dataclass
    that ``__init__`` only stores into (no ``__post_init__``, every field an argument);
    None for any other class."""
    fields = getattr(cls, "__dataclass_fields__", None)
    if fields is None or hasattr(cls, "__post_init__"):
        return None
    if not all(f.init for f in fields.values()):
        return None
    try:
        return tuple(fields), builder(cls)
    except TypeError:  # no slots
        return None
