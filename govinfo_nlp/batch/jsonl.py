"""JSON lines: one flushed row per line, read back, and resumed after a killed run."""

from __future__ import annotations

import io
import json
import logging
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import IO, Any, Final, cast

from ..errors import BadRow
from ..outfile import escape_surrogates, scan_jsonl

__all__ = ["dumps_row", "read_jsonl", "resume_jsonl", "row_problem", "skip_done", "write_jsonl"]

logger = logging.getLogger(__name__)


def dumps_row(row: Mapping[str, Any]) -> str:
    """One row as one JSON line (no newline): UTF-8 text, keys in row order.

    A file name that is not valid UTF-8 (lone surrogates in a ``str``) is
    written with JSON ``\\udcXX`` escapes, which :func:`read_jsonl` turns back
    into the same ``str``. The text is that of ``json.dumps(row,
    ensure_ascii=False, separators=(",", ":"), allow_nan=False)``, whatever
    ``row`` holds.
    """
    return escape_surrogates(_encode_row(row))


# A row is plain data (to_dict), never circular: the check's bookkeeping of
# every container is a tenth of the encoding time. One encoder for every row
# (json.dumps with options builds one per call).
_ENCODE: Final = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), allow_nan=False, check_circular=False
).encode

_CHECK_KEYS: Final = ("id", "fields", "left", "right", "holds")
_STR: Final = frozenset({str})


def _encode_row(row: Mapping[str, Any]) -> str:
    """The row's JSON, its ``checks`` through :func:`_check_json`.

    The checks are a third of a row's text and each repeats its id's field
    list: encoded from a per-id template they cost half as much.
    """
    checks = row.get("checks") if type(row) is dict else None
    if type(checks) is not list or not checks:
        return _ENCODE(row)
    items = list(row.items())
    at = list(row).index("checks")
    before = _ENCODE(dict(items[:at]))[:-1]  # "{...", or "{" when empty
    after = _ENCODE(dict(items[at + 1 :]))[1:]  # "...}", or "}" when empty
    encoded = ",".join(map(_check_json, checks))
    return f'{before}{"," if at else ""}"checks":[{encoded}]{"," if at + 1 < len(items) else ""}{after}'


def _check_json(check: Any) -> str:
    """``_ENCODE(check)`` of one check entry, from its template when it is the plain
    ``Check.to_dict()`` of whole numbers (anything else is encoded as it is)."""
    if type(check) is dict and tuple(check) == _CHECK_KEYS:
        check_id, fields, left, right, holds = check.values()
        if (
            type(check_id) is str
            and type(fields) is list
            and _STR.issuperset(map(type, fields))
            and type(left) is int
            and type(right) is int
            and type(holds) is bool
        ):
            head = _check_head(check_id, tuple(fields))
            return f'{head}{left},"right":{right},"holds":{"true" if holds else "false"}}}'
    return _ENCODE(check)


@lru_cache(maxsize=1024)
def _check_head(check_id: str, fields: tuple[str, ...]) -> str:
    """``{"id":…,"fields":[…],"left":`` of a check: the same in every report that has it."""
    return _ENCODE({"id": check_id, "fields": fields})[:-1] + ',"left":'


def write_jsonl(
    rows: Iterable[Mapping[str, Any]], out: IO[str] | IO[bytes]
) -> Iterator[Mapping[str, Any]]:
    """Write each row as one line and flush it; yields the rows back as they are written.

    ``out`` is a text stream, or a binary one (``open(..., "wb")``, ``BytesIO``:
    a buffered stream or a ``mode`` with ``b``), which gets the line's UTF-8 bytes:
    the same bytes as a UTF-8 text stream writes, but encoded once (the check for
    lone surrogates is that encoding, which a text stream would do again).
    """
    if isinstance(out, io.BufferedIOBase) or "b" in str(getattr(out, "mode", "")):
        binary = cast(IO[bytes], out)
        for row in rows:
            binary.write(_row_line(row))
            binary.flush()
            yield row
        return
    text = cast(IO[str], out)
    for row in rows:
        text.write(dumps_row(row) + "\n")
        text.flush()
        yield row


def _row_line(row: Mapping[str, Any]) -> bytes:
    """``(dumps_row(row) + "\\n").encode("utf-8")``, encoded once."""
    line = _encode_row(row) + "\n"
    try:
        return line.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (a file name that is not UTF-8)
        return escape_surrogates(line).encode("utf-8")


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The rows of a JSON-lines file (blank lines skipped); a line that is not a row of
    ours (not a JSON object, a key of the wrong type, NaN or Infinity, another
    ``schema_version``: see :func:`row_problem`) is a :class:`~govinfo_nlp.errors.BadRow`
    (a GovinfoError and a ValueError) naming the line."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise BadRow(
                    f"{os.fspath(path)}:{number}: not UTF-8 text ({exc.reason} at byte "
                    f"{exc.start}); an annotate output is UTF-8 JSON lines"
                ) from exc
            if not line.strip():
                continue
            try:
                row = json.loads(line, parse_constant=_no_constant)
            except ValueError as exc:  # JSONDecodeError, or NaN/Infinity
                raise BadRow(f"{os.fspath(path)}:{number}: not JSON: {exc}") from exc
            if not isinstance(row, dict):
                raise BadRow(
                    f"{os.fspath(path)}:{number}: a JSON {type(row).__name__}, not a row "
                    "(an annotate output has one JSON object per line)"
                )
            problem = row_problem(row)
            if problem is not None:
                raise BadRow(
                    f"{os.fspath(path)}:{number}: {problem}; not a row of this version's "
                    "annotate output (fix or drop the line, or annotate again)"
                )
            yield row


def _no_constant(name: str) -> Any:
    # json.dumps(allow_nan=False) never writes them: a row holding one was not written by us
    raise ValueError(f"{name} is not a number JSON allows")


#: The row keys (SCHEMA §5) that hold a list, a mapping or a string: a row holding
#: another type there was not written by ``annotate`` (hostile20 e03: ``"warnings": 7``
#: stopped ``panel`` and ``summary`` with a TypeError traceback).
_LIST_KEYS: Final = (
    "stages",
    "sections",
    "tables_unread",
    "tables_derived",
    "checks",
    "facts",
    "reconciliation",
    "warnings",
    "errors",
    "notices",
)
_DICT_KEYS: Final = ("models", "metadata", "tables")
_STR_KEYS: Final = ("id", "source", "template", "govinfo_nlp_version", "schema_version")
#: A table cell is a count or an amount: past a 64-bit integer it is no cell of a report
#: (10**30 stopped ``panel`` with an OverflowError in pandas' Int64: hostile20 e05).
_CELL_MAX: Final = 2**63 - 1


def row_problem(row: Mapping[str, Any]) -> str | None:
    """Why ``row`` is not an annotate row of this version (None: it may be one).

    Checks the shape the corpus commands rely on, not every value: the type of
    each SCHEMA §5 key present, the ``schema_version``, that every table cell
    is a finite number, and the types of ``metadata.year`` and ``.agency``.
    """
    from ..about import SCHEMA_VERSION

    for key in _LIST_KEYS:
        if row.get(key) is not None and not isinstance(row[key], list):
            return f"'{key}' is a {type(row[key]).__name__}, not a list"
    for key in _DICT_KEYS:
        if row.get(key) is not None and not isinstance(row[key], dict):
            return f"'{key}' is a {type(row[key]).__name__}, not an object"
    for key in _STR_KEYS:
        if row.get(key) is not None and not isinstance(row[key], str):
            return f"'{key}' is a {type(row[key]).__name__}, not a string"
    version = row.get("schema_version")
    if version is not None and version != SCHEMA_VERSION:
        return f"schema_version {version!r} (this version reads {SCHEMA_VERSION!r})"
    for key in ("warnings", "errors"):
        if any(not isinstance(item, str) for item in row.get(key) or ()):
            return f"'{key}' holds something other than strings"
    for field, value in (row.get("tables") or {}).items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"the cell {field} is a {type(value).__name__}, not a number"
        if not -_CELL_MAX <= value <= _CELL_MAX:  # inf and -inf too (1e400)
            return f"the cell {field} is {value!r}, not a count or an amount"
    meta = row.get("metadata") or {}
    year = meta.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        return f"metadata.year is {year!r}, not a whole number"
    agency = meta.get("agency")
    if agency is not None and not isinstance(agency, str):
        return f"metadata.agency is a {type(agency).__name__}, not a string"
    return None


def resume_jsonl(path: str | os.PathLike[str]) -> Counter[str]:
    """Repair a JSON-lines output left by an interrupted run; count rows per source.

    A last line cut short (no newline, or not valid JSON) is the trace of a
    killed run: the file is truncated to the end of the last complete row.
    A file that is not a clean output of ours (any other line that is not
    a row, a corrupted byte) raises :class:`~govinfo_nlp.errors.NotOurOutput`
    and is left untouched. Returns how many rows each ``source`` already has.
    """
    with open(path, "r+b") as handle:
        done, keep = scan_jsonl(handle, os.fspath(path))
        if keep < handle.seek(0, os.SEEK_END):
            logger.warning("%s: dropping a partial last line", os.fspath(path))
            handle.truncate(keep)
    return done


def skip_done(paths: Sequence[str], done: Counter[str]) -> list[str]:
    """The inputs still to do: each source is skipped as many times as it is done."""
    left = Counter(done)
    todo: list[str] = []
    for path in paths:
        if left[path] > 0:
            left[path] -= 1
        else:
            todo.append(path)
    return todo
