"""Warnings and errors of one document as structured codes.

Every stage reports a problem as one string ``"<code>: <message>"``
(``tables.unit_assumed: t2.procurement.amount '3985054' has no unit; 万元
assumed``). A :class:`Notice` is that same string — so every existing use of
``Report.warnings``/``errors`` keeps working — with its parts: ``code``,
``message``, and ``field`` (a table field or metadata key) or ``page`` where
it applies. A stage may build one directly (``Notice("tables.negative",
"...", field="t3.new.total")``); a plain string is split by
:meth:`Notice.of`, which finds the field or page the message names.

>>> n = Notice.of("tables.unit_assumed: t2.procurement.amount '3985054' has no unit; 万元 assumed")
>>> n.code, n.field, n == "tables.unit_assumed: t2.procurement.amount '3985054' has no unit; 万元 assumed"
('tables.unit_assumed', 't2.procurement.amount', True)
>>> Notice.of("read.pdf_scanned: a.pdf: page(s) 3, 4 have no text layer (scanned)").page
3
"""

from __future__ import annotations

import functools
import re
from typing import Any, Final

__all__ = ["Notice"]

# A code is dotted lower-case words (read.empty, tables.unit_assumed, spam).
_CODE: Final = re.compile(r"([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*): ")
_PAGE: Final = re.compile(r"\bpages?(?:\(s\))? (\d+)")
_FIELD_TOKEN: Final = re.compile(r"t[1-4](?:\.[a-z0-9_]+)+")


@functools.lru_cache(maxsize=1)
def _table_fields() -> frozenset[str]:
    from .schema import TEMPLATES, table_fields

    return frozenset(f for t in TEMPLATES for f in table_fields(t))


@functools.lru_cache(maxsize=1)
def _metadata_keys() -> tuple[str, ...]:
    from .metadata import Metadata

    return tuple(Metadata.__dataclass_fields__)


class Notice(str):
    """``"<code>: <message>"`` with ``code``, ``message``, ``field`` and ``page``."""

    __slots__ = ("code", "field", "message", "page")
    code: str
    message: str
    field: str | None
    page: int | None

    def __new__(
        cls, code: str, message: str, *, field: str | None = None, page: int | None = None
    ) -> Notice:
        self = super().__new__(cls, f"{code}: {message}" if message else code)
        self.code, self.message, self.field, self.page = code, message, field, page
        return self

    @classmethod
    def of(cls, text: str) -> Notice:
        """A notice from a stage's string (a :class:`Notice` is returned as it is).

        The code is the dotted word before the first ``": "``; the field is the
        table field the message starts with, or the metadata key a
        ``metadata.<key>_...`` code is about; the page is the first page named.
        """
        if isinstance(text, Notice):
            return text
        m = _CODE.match(text)
        code, message = (m.group(1), text[m.end() :]) if m else ("unknown", text)
        if not m and text and " " not in text:
            code, message = text, ""
        first = _FIELD_TOKEN.match(message)
        field = first.group() if first and first.group() in _table_fields() else None
        if field is None and code.startswith("metadata."):
            key = code.split(".", 1)[1]
            field = next(
                (f"metadata.{k}" for k in _metadata_keys() if key.startswith(k + "_")), None
            )
        page = _PAGE.search(message)
        notice = cls(code, message, field=field, page=int(page.group(1)) if page else None)
        if str(notice) != text:  # never alter the string a reader already relies on
            notice = super().__new__(cls, text)
            notice.code, notice.message, notice.field, notice.page = code, text, field, None
        return notice

    def to_dict(self) -> dict[str, Any]:
        """``{"code", "message"}`` plus ``field`` and ``page`` when they apply."""
        out: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.field is not None:
            out["field"] = self.field
        if self.page is not None:
            out["page"] = self.page
        return out

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (str(self), self.code, self.message, self.field, self.page))


def _restore(text: str, code: str, message: str, field: str | None, page: int | None) -> Notice:
    notice = str.__new__(Notice, text)
    notice.code, notice.message, notice.field, notice.page = code, message, field, page
    return notice
