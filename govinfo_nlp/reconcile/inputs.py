"""What reconciliation reads: a narrative fact, a table cell, a report's tables.

Structural (protocols): :class:`govinfo_nlp.facts.Fact` and
:class:`govinfo_nlp.tables.TablesResult` satisfy them, and so do test doubles.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol


class FactLike(Protocol):
    """What reconciliation reads from a narrative fact."""

    @property
    def type(self) -> str: ...
    @property
    def value(self) -> float | int: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def approx(self) -> str | None: ...
    @property
    def scope(self) -> str: ...
    @property
    def year(self) -> int | None: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def delta(self) -> bool: ...
    @property
    def cumulative(self) -> bool: ...


class TableValueLike(Protocol):
    """One table cell: its value and where it came from (original offsets)."""

    @property
    def value(self) -> float | int: ...
    @property
    def raw(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class TablesLike(Protocol):
    """The tables of one report: the template and the cells by field id."""

    @property
    def template(self) -> str | None: ...
    @property
    def values(self) -> Mapping[str, TableValueLike]: ...
