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

from ..errors import GovinfoError
from ..outfile import escape_surrogates, scan_jsonl

__all__ = ["dumps_row", "read_jsonl", "resume_jsonl", "skip_done", "write_jsonl"]

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
    """The rows of a JSON-lines file (blank lines skipped); a line that is not a JSON
    object is a GovinfoError."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise GovinfoError(
                    f"{os.fspath(path)}:{number}: not UTF-8 text ({exc.reason} at byte "
                    f"{exc.start}); an annotate output is UTF-8 JSON lines"
                ) from exc
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GovinfoError(f"{os.fspath(path)}:{number}: not JSON: {exc}") from exc
            if not isinstance(row, dict):
                raise GovinfoError(
                    f"{os.fspath(path)}:{number}: a JSON {type(row).__name__}, not a row "
                    "(an annotate output has one JSON object per line)"
                )
            yield row


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
