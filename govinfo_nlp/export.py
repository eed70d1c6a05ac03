"""Tidy tables out of annotated reports, and the CSV / Parquet writers of ``annotate``.

:func:`to_frame` turns reports — ``Report`` objects, SCHEMA §5 row dicts,
or the path of a JSON-lines file written by ``govinfo-nlp annotate`` — into
one tidy pandas DataFrame per kind. Every record starts with the report's
``id``, ``source``, ``agency`` and ``year``; then:

* ``"documents"`` — one row per report: ``template``, ``published``,
  ``index_no``, ``script``, versions, the counts ``n_sections``,
  ``n_facts``, ``n_checks``, ``n_checks_failed``, ``n_<verdict>``,
  ``n_warnings``, ``n_errors``, every table field of SCHEMA §2 as a column
  (null when absent), and the nested parts (sections, checks, facts,
  reconciliation, warnings, errors, models, notices) as JSON text
  (:data:`DOCUMENT_COLUMNS`; the CSV and Parquet outputs of ``annotate``);
* ``"tables"`` — one row per table cell: ``template``, ``field``,
  ``table``, ``row``, ``column``, ``value``;
* ``"facts"`` — one row per narrative fact: ``fact`` (its index in the
  report), the fact's keys of SCHEMA §3 (``span`` as ``start``/``end``,
  the fact's own ``year`` as ``fact_year``, ``explanation`` joined by "; ");
* ``"checks"`` — one row per table check: ``check`` (its id) and the
  check's other keys (lists as JSON text);
* ``"reconciliation"`` — one row per verdict of SCHEMA §4 (``fields`` and
  ``absent`` joined by " + ", ``evidence`` as JSON text);
* ``"notices"`` — one row per warning or error, structured: ``notice`` (its
  index), ``level``, ``code``, ``message``, ``field``, ``page``. A row
  written before rows had ``notices`` gets them from its ``errors`` and
  ``warnings`` strings.

Whole-number columns (``year``, the counts, offsets, integer values) are
pandas nullable ``Int64`` — a missing value is null and never turns the
column into floats —, other numbers ``Float64``, flags ``boolean``. For one
row per agency and year, see :func:`govinfo_nlp.panel`.
pandas (and pyarrow for Parquet) are optional: a missing one raises
:class:`~govinfo_nlp.errors.MissingExtra` naming its install command.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any, Final

from .errors import BadArgument, BadArgumentType, GovinfoError, MissingExtra
from .notices import Notice
from .outfile import escape_surrogates
from .schema import TEMPLATES, VERDICTS, table_fields

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DOCUMENT_COLUMNS",
    "KINDS",
    "document_record",
    "frame_value",
    "notices_of",
    "records",
    "rows_of",
    "to_frame",
    "write_csv",
    "write_parquet",
]

KINDS: Final = ("documents", "tables", "facts", "checks", "reconciliation", "notices")

_KEY_COLUMNS: Final = ("id", "source", "agency", "year")
# (notices came last, after the others: a column added, none moved)
_NESTED: Final = (
    "sections",
    "checks",
    "facts",
    "reconciliation",
    "warnings",
    "errors",
    "models",
    "notices",
)


def _all_table_fields() -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for template in TEMPLATES:
        for fid in table_fields(template):
            seen.setdefault(fid, None)
    return tuple(seen)


#: Columns of the "documents" kind, in order (the CSV header of ``annotate``).
DOCUMENT_COLUMNS: Final = (
    "id",
    "source",
    "agency",
    "year",
    "template",
    "published",
    "index_no",
    "script",
    "govinfo_nlp_version",
    "schema_version",
    "n_sections",
    "n_facts",
    "n_checks",
    "n_checks_failed",
    *(f"n_{v}" for v in VERDICTS),
    "n_warnings",
    "n_errors",
    *_all_table_fields(),
    *_NESTED,
)


def _as_row(report: Any) -> Mapping[str, Any]:
    if isinstance(report, Mapping):
        return report
    to_dict = getattr(report, "to_dict", None)
    if callable(to_dict):
        row = to_dict()
        if isinstance(row, Mapping):
            return row
    raise GovinfoError(f"expected a Report or a row dict, got {type(report).__name__}")


def rows_of(source: Any) -> Iterator[Mapping[str, Any]]:
    """Annotate rows from ``Report`` objects, row dicts, or a JSON-lines file's path."""
    if isinstance(source, str | os.PathLike):
        from .batch import read_jsonl

        yield from read_jsonl(source)
        return
    if isinstance(source, Mapping):
        # one row: iterating it gave its keys, "expected a Report or a row dict, got str"
        # (hostile23 a05)
        source = [source]
    elif not isinstance(source, Iterable):
        raise BadArgumentType(
            f"expected reports, row dicts or a JSON-lines path, not {type(source).__name__}"
        )
    for report in source:
        yield _as_row(report)


def _keys(row: Mapping[str, Any]) -> dict[str, Any]:
    meta = row.get("metadata") or {}
    return {
        "id": row.get("id"),
        "source": row.get("source"),
        "agency": meta.get("agency"),
        "year": meta.get("year"),
    }


def _split_field(fid: str) -> tuple[str, str, str]:
    """ "t3.denied.internal.natural" -> ("t3", "denied.internal", "natural")."""
    parts = fid.split(".")
    if len(parts) < 3:
        return (parts[0], ".".join(parts[1:]), "")
    return (parts[0], ".".join(parts[1:-1]), parts[-1])


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def notices_of(row: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The row's ``notices``, or, for a row written before they existed, the same
    structure from its ``errors`` then ``warnings`` strings (see :class:`Notice`)."""
    notices = row.get("notices")
    if isinstance(notices, list):
        return notices
    return [
        {"level": level, **Notice.of(str(entry)).to_dict()}
        for level, key in (("error", "errors"), ("warning", "warnings"))
        for entry in row.get(key) or []
    ]


def document_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """One report as one flat record with the :data:`DOCUMENT_COLUMNS`."""
    meta = row.get("metadata") or {}
    checks = row.get("checks") or []
    recs = row.get("reconciliation") or []
    tables = row.get("tables") or {}
    out: dict[str, Any] = {column: None for column in DOCUMENT_COLUMNS}
    out.update(_keys(row))
    out.update(
        {
            "template": row.get("template"),
            "published": meta.get("published"),
            "index_no": meta.get("index_no"),
            "script": meta.get("script"),
            "govinfo_nlp_version": row.get("govinfo_nlp_version"),
            "schema_version": row.get("schema_version"),
            "n_sections": len(row.get("sections") or []),
            "n_facts": len(row.get("facts") or []),
            "n_checks": len(checks),
            "n_checks_failed": sum(1 for c in checks if c.get("holds") is False),
            "n_warnings": len(row.get("warnings") or []),
            "n_errors": len(row.get("errors") or []),
        }
    )
    for verdict in VERDICTS:
        out[f"n_{verdict}"] = sum(1 for r in recs if r.get("verdict") == verdict)
    for fid, value in tables.items():
        if fid in out:
            out[fid] = value
    for key in _NESTED:
        value = notices_of(row) if key == "notices" else row.get(key)
        out[key] = _json(value if value is not None else [])
    return out


def records(reports: Any, kind: str = "tables") -> Iterator[dict[str, Any]]:
    """The tidy records of :func:`to_frame` as plain dicts (no pandas needed)."""
    if kind not in KINDS:
        # a ValueError as the library's other bad arguments are (hostile23 a05)
        raise BadArgument(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    for row in rows_of(reports):
        keys = _keys(row)
        if kind == "documents":
            yield document_record(row)
        elif kind == "tables":
            for fid, value in (row.get("tables") or {}).items():
                table, trow, column = _split_field(fid)
                yield {
                    **keys,
                    "template": row.get("template"),
                    "field": fid,
                    "table": table,
                    "row": trow,
                    "column": column,
                    "value": value,
                }
        elif kind == "facts":
            for index, fact in enumerate(row.get("facts") or []):
                rec = {**keys, "fact": index}
                for name, value in fact.items():
                    if name in ("span", "quantity_span") and isinstance(value, list | tuple):
                        prefix = "" if name == "span" else "quantity_"
                        rec[f"{prefix}start"], rec[f"{prefix}end"] = value[0], value[1]
                    elif name == "explanation":
                        rec[name] = "; ".join(map(str, value or []))
                    else:
                        rec[f"fact_{name}" if name in keys else name] = value
                yield rec
        elif kind == "checks":
            for check in row.get("checks") or []:
                rec = {**keys, "check": check.get("id")}
                for name, value in check.items():
                    if name == "id":
                        continue
                    rec[name] = _json(value) if isinstance(value, list | dict) else value
                yield rec
        elif kind == "notices":
            for index, notice in enumerate(notices_of(row)):
                yield {
                    **keys,
                    "notice": index,
                    "level": notice.get("level"),
                    "code": notice.get("code"),
                    "message": notice.get("message"),
                    "field": notice.get("field"),
                    "page": notice.get("page"),
                }
        else:
            for rec_in in row.get("reconciliation") or []:
                rec = dict(keys)
                for name, value in rec_in.items():
                    if name in ("fields", "absent"):
                        rec[name] = " + ".join(value or [])
                    elif name == "evidence":
                        rec[name] = _json(value)
                    else:
                        rec[name] = value
                yield rec


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise MissingExtra("pandas", "pandas") from exc
    return pandas


def to_frame(reports: Any, kind: str = "tables") -> pd.DataFrame:
    """A tidy DataFrame of one ``kind`` (see the module doc) over many reports.

    ``reports`` are ``Report`` objects, SCHEMA §5 row dicts, or the path of
    a JSON-lines file of rows (``govinfo-nlp annotate -o out.jsonl``).

    >>> facts = to_frame("out.jsonl", kind="facts")              # doctest: +SKIP
    """
    rows = list(records(reports, kind))
    columns = list(DOCUMENT_COLUMNS) if kind == "documents" else None
    if not rows and kind != "documents":
        columns = list(_KEY_COLUMNS)
    return nullable(object_frame(rows, columns), ints=_INT_COLUMNS)


def object_frame(rows: list[dict[str, Any]], columns: list[str] | None = None) -> pd.DataFrame:
    """Records as a DataFrame whose columns keep Python values (ints stay ints) for
    :func:`nullable` to type."""
    pandas = _pandas()
    if columns is None:
        columns = list(dict.fromkeys(key for row in rows for key in row))
    data = {
        c: pandas.Series([frame_value(row.get(c)) for row in rows], dtype=object) for c in columns
    }
    return pandas.DataFrame(data, columns=columns)


def frame_value(value: Any) -> Any:
    r"""``value`` as a DataFrame cell: a file name that is not valid UTF-8 with ``\udcXX``
    escapes, as in the CSV and Parquet outputs (pandas' string columns, Arrow's,
    refuse lone surrogates)."""
    if isinstance(value, str):
        return escape_surrogates(value)
    if isinstance(value, list):
        return [frame_value(v) for v in value]
    return value


#: Columns that are whole numbers even when every value is missing.
_INT_COLUMNS: Final = frozenset(
    {"year", "fact", "start", "end", "quantity_start", "quantity_end", "notice", "page"}
    | {c for c in DOCUMENT_COLUMNS if c.startswith("n_")}
)


def nullable(frame: pd.DataFrame, *, ints: Iterable[str] = ()) -> pd.DataFrame:
    """``frame`` with pandas nullable dtypes: Int64 for whole numbers, Float64, boolean.

    For a frame of Python values (:func:`object_frame`): a column is Int64
    when every value present is an ``int`` (or it is named in ``ints`` and
    every value is whole), Float64 when its values are numbers with a
    fraction, boolean when they are all ``bool``; other columns get pandas'
    own inference.
    """
    dtypes: dict[str, str] = {}
    wanted = set(ints)
    for column in frame.columns:
        if frame[column].dtype != object:
            continue
        values = [v for v in frame[column].tolist() if v is not None and v == v]
        if all(isinstance(v, bool) for v in values) and values:
            dtypes[column] = "boolean"
        elif not all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
            continue
        elif all(isinstance(v, int) for v in values) and values:
            dtypes[column] = "Int64"
        elif column in wanted and all(float(v).is_integer() for v in values):
            dtypes[column] = "Int64"  # also when all are missing
        elif values:
            dtypes[column] = "Float64"
    return (frame.astype(dtypes) if dtypes else frame).infer_objects()


def write_csv(rows: Iterable[Mapping[str, Any]], out: IO[str]) -> Iterator[Mapping[str, Any]]:
    """Stream annotate rows to CSV, one "documents" record per line, flushed.

    Yields the rows back as they are written (like
    :func:`govinfo_nlp.batch.write_jsonl`). The header is written first.
    """
    writer = csv.DictWriter(out, fieldnames=list(DOCUMENT_COLUMNS), lineterminator="\n")
    # The csv module quotes a cell holding a line end only when that character is
    # in its line terminator: with "\n" a bare "\r" (a file name can hold one)
    # went out unquoted and a CSV reader split the record there (hostile19 b11).
    # Such a record is written by a "\r\n" writer, whose quoting covers "\r",
    # and ends with "\n" like the others.
    spare = io.StringIO()
    quoting_cr = csv.DictWriter(spare, fieldnames=list(DOCUMENT_COLUMNS), lineterminator="\r\n")
    writer.writeheader()
    out.flush()
    for row in rows:
        record = {k: _csv_cell(v) for k, v in document_record(row).items()}
        if any(isinstance(v, str) and "\r" in v for v in record.values()):
            spare.seek(0)
            spare.truncate()
            quoting_cr.writerow(record)
            out.write(spare.getvalue()[:-2] + "\n")
        else:
            writer.writerow(record)
        out.flush()
        yield row


#: A text cell starting with one of these is a formula to a spreadsheet
#: (CSV injection, OWASP); such a cell is written with a leading "'".
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    """A value as a safe CSV cell: text keeps no lone surrogate and starts no formula.

    Numbers are left alone (a signed cell "-3" is a number, not text).
    """
    if not isinstance(value, str):
        return value
    value = escape_surrogates(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def write_parquet(
    rows: Iterable[Mapping[str, Any]], path: str | os.PathLike[str] | IO[bytes]
) -> int:
    """Write annotate rows to one Parquet file ("documents" records); returns the row count.

    Needs pyarrow (extra ``parquet``). ``year``, the counts and the table
    fields that count things are int64 (absent cells are null; pandas reads
    them back as nullable Int64), money fields and any field with a fraction
    float64; nested parts are JSON text; a file name that is not valid UTF-8
    is written with ``\\udcXX`` escapes. ``path`` may be a binary file object.
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise MissingExtra("pyarrow", "parquet") from exc
    recs = [document_record(row) for row in rows]
    table_cols = set(_all_table_fields())
    fractional = {
        c
        for c in table_cols
        if any(isinstance(r[c], float) and not r[c].is_integer() for r in recs)
    }
    float_cols = (table_cols & _MONEY_FIELDS) | fractional
    int_cols = {c for c in DOCUMENT_COLUMNS if c.startswith("n_")} | {"year"}
    int_cols |= table_cols - float_cols
    schema = pa.schema(
        [
            (c, pa.float64() if c in float_cols else pa.int64() if c in int_cols else pa.string())
            for c in DOCUMENT_COLUMNS
        ]
    )
    columns: dict[str, list[Any]] = {c: [] for c in DOCUMENT_COLUMNS}
    for rec in recs:
        for c in DOCUMENT_COLUMNS:
            value = rec.get(c)
            if c in float_cols:
                value = float(value) if isinstance(value, int | float) else None
            elif c in int_cols:
                value = int(value) if isinstance(value, int | float) else None
            elif value is not None:
                value = escape_surrogates(str(value))
            columns[c].append(value)
    table = pa.Table.from_pydict(columns, schema=schema)
    pq.write_table(_pandas_metadata(table), path if hasattr(path, "write") else os.fspath(path))
    return len(recs)


#: Table fields in money (万元): floats even when whole.
_MONEY_FIELDS: Final = frozenset({"t2.procurement.amount", "t2.fees.amount"})


def _pandas_metadata(table: Any) -> Any:
    """``table`` with the pandas metadata that makes ``pandas.read_parquet`` give Int64
    (not float64) for integer columns with nulls; unchanged without pandas."""
    try:
        import pandas  # noqa: F401  (to_pandas needs it)
        import pyarrow as pa
    except ImportError:
        return table
    empty = table.slice(0, 0).to_pandas()
    typed = empty.astype(
        {
            f.name: "Int64" if pa.types.is_integer(f.type) else "Float64"
            for f in table.schema
            if pa.types.is_integer(f.type) or pa.types.is_floating(f.type)
        }
    )
    meta = pa.Schema.from_pandas(typed, preserve_index=False).metadata
    return table.replace_schema_metadata(meta)
