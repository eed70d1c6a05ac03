"""An agency × year panel: one row per agency and year, ready for research code.

:func:`panel` turns annotate rows (or a JSON-lines file of them) into a
pandas DataFrame with one row per agency-year, the agency being the
identity of :mod:`govinfo_nlp.identity` (the same agency under different
spellings across years is one agency; ``join_evidence`` says why).
Columns, in order:

* identity: ``agency_key`` (null when the agency could not be placed: such a
  report is a row of its own), ``agency_name``, ``year``, ``agency`` and
  ``agency_as_written`` as the report gives them, ``province``, ``city``,
  ``county``, ``region_code``, ``level``, ``kind``, ``join_evidence``;
* reports: ``n_reports`` (two or more reports for one agency-year are not
  merged: the row holds one of them — the fewest errors, then the most
  table cells, then the first — ``duplicate`` is true, ``sources`` lists
  them all and the panel's warnings name them), ``source``, ``id``,
  ``template``, ``format``, ``sections``;
* counts: ``n_sections``, ``n_facts``, ``n_checks``, ``n_checks_failed``,
  ``checks_failed``, ``n_consistent``, ``n_inconsistent``,
  ``n_not_comparable``, ``n_unverifiable``, ``n_warnings``, ``n_errors``,
  ``n_unread``;
* cross-year, on the later year's row: ``n_xchecks``,
  ``n_xchecks_failed``, ``xchecks_failed``, ``n_jumps``, ``jumps``;
* ``check.<id>``: each table check's result (true/false/null);
* ``xcheck.<id>``: each cross-year check with the previous year
  (``t3.carry.<col>``, ``t2.prev_change.<row>``);
* every table field (``t2.…``, ``t3.…``, ``t4.…``) of SCHEMA §2.

Integer columns are pandas nullable ``Int64`` (a missing cell stays null,
never 0, and never turns the column into floats); money fields are
``Float64``; flags are ``boolean``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from .crossyear import (
    agency_years,
    pair_anomalies,
    pair_checks,
    require_agency,
    without_agency,
)
from .errors import MissingExtra
from .export import _csv_cell, _pandas, frame_value, rows_of
from .schema import TEMPLATES, VERDICTS, table_fields

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["PANEL_COLUMNS", "panel", "panel_records", "write_panel"]

#: Table fields in money (万元): floats; every other field counts something.
MONEY_FIELDS: Final = frozenset({"t2.procurement.amount", "t2.fees.amount"})


def _all_fields() -> tuple[str, ...]:
    return tuple(dict.fromkeys(f for t in TEMPLATES for f in table_fields(t)))


#: The fixed columns, before the check, cross-year check and table-field columns.
PANEL_COLUMNS: Final = (
    "agency_key",
    "agency_name",
    "year",
    "agency",
    "agency_as_written",
    "province",
    "city",
    "county",
    "region_code",
    "level",
    "kind",
    "join_evidence",
    "n_reports",
    "duplicate",
    "sources",
    "source",
    "id",
    "template",
    "format",
    "sections",
    "n_sections",
    "n_facts",
    "n_checks",
    "n_checks_failed",
    "checks_failed",
    *(f"n_{v}" for v in VERDICTS),
    "n_warnings",
    "n_errors",
    "n_unread",
    "n_xchecks",
    "n_xchecks_failed",
    "xchecks_failed",
    "n_jumps",
    "jumps",
)
_INT_COLUMNS: Final = frozenset(c for c in PANEL_COLUMNS if c.startswith("n_")) | {"year"}
_BOOL_COLUMNS: Final = frozenset({"duplicate"})


def _slim(row: Mapping[str, Any]) -> dict[str, Any]:
    """What the panel needs of a row: facts and spans dropped, so 10,000 rows fit in memory."""
    meta = row.get("metadata") or {}
    checks = [c for c in row.get("checks") or [] if isinstance(c, Mapping)]
    recs = [r for r in row.get("reconciliation") or [] if isinstance(r, Mapping)]
    tables = row.get("tables") or {}
    return {
        "source": row.get("source"),
        "id": row.get("id"),
        "template": row.get("template"),
        "format": row.get("format"),
        "metadata": meta if isinstance(meta, Mapping) else {},
        "tables": tables if isinstance(tables, Mapping) else {},
        # crossyear.pair_checks reads them: a break resting on a cell worked out
        # from the sums (perhaps a lost blank) or placed by position (perhaps the
        # next row's) is no evidence, in the panel as in crosscheck
        "tables_derived": list(row.get("tables_derived") or ()),
        "tables_placed": list(row.get("tables_placed") or ()),
        "sections": [s.get("id") for s in row.get("sections") or [] if isinstance(s, Mapping)],
        "checks": {str(c.get("id")): c.get("holds") for c in checks},
        "n_facts": len(row.get("facts") or []),
        "verdicts": [r.get("verdict") for r in recs],
        "n_warnings": len(row.get("warnings") or []),
        "errors": list(row.get("errors") or []),
        "n_unread": len(row.get("tables_unread") or []),
    }


def _region(meta: Mapping[str, Any]) -> dict[str, Any]:
    region = meta.get("region")
    if isinstance(region, str):
        return {"province": None, "city": None, "county": region, "region_code": None}
    region = region if isinstance(region, Mapping) else {}
    return {
        "province": region.get("province"),
        "city": region.get("city"),
        "county": region.get("county") or region.get("district"),
        "region_code": region.get("code"),
    }


def panel_records(source: Any) -> tuple[list[dict[str, Any]], list[str]]:
    """The panel as plain records (no pandas needed), and its warnings.

    ``source`` is annotate rows, ``Report`` objects, or the path of a
    JSON-lines file of rows.
    """
    rows: list[dict[str, Any]] = []
    missing: list[Mapping[str, Any]] = []  # rows annotated without the agency
    for row in rows_of(source):
        if without_agency(row):
            missing.append(row)
        rows.append(_slim(row))
    if missing:
        require_agency(missing, len(rows), "the panel")
    grouped = agency_years(rows)
    warnings: list[str] = []
    cross: dict[int, tuple[list[Any], list[Any]]] = {}
    for key, by_year in grouped.series().items():
        for y in sorted(by_year):
            if y - 1 in by_year:
                ident = grouped.identities[by_year[y]]
                a, b = rows[by_year[y - 1]], rows[by_year[y]]
                cross[by_year[y]] = (
                    pair_checks(ident, (y - 1, y), a, b, grouped.pair_disputed(key, (y - 1, y))),
                    pair_anomalies(ident, (y - 1, y), a, b),
                )
    records: list[dict[str, Any]] = []
    for index, row in enumerate(rows):
        ident = grouped.identities[index]
        year = grouped.years[index]
        group: tuple[int, ...] = (index,)
        if ident.key is not None and year is not None:
            if grouped.chosen[(ident.key, year)] != index:
                continue
            group = grouped.reports[(ident.key, year)]
            if len(group) > 1:
                warnings.append(
                    f"panel.duplicate: {len(group)} reports for {ident.name} {year}: "
                    + ", ".join(str(rows[i]["source"]) for i in group)
                    + f"; the row holds {row['source']}"
                )
        elif ident.key is not None:
            warnings.append(f"panel.no_year: {row['source']}: {ident.name}, the year not read")
        else:
            warnings.append(f"panel.unresolved: {row['source']}: {ident.evidence}")
        records.append(_record(row, ident, year, group, rows, cross.get(index)))
    return records, warnings


def _record(
    row: dict[str, Any],
    ident: Any,
    year: int | None,
    group: tuple[int, ...],
    rows: list[dict[str, Any]],
    cross: tuple[list[Any], list[Any]] | None,
) -> dict[str, Any]:
    meta = row["metadata"]
    checks: dict[str, Any] = row["checks"]
    failed = [cid for cid, holds in checks.items() if holds is False]
    xchecks, jumps = cross or ([], [])
    rec: dict[str, Any] = {
        "agency_key": ident.key,
        "agency_name": ident.name or None,
        "year": year,
        "agency": meta.get("agency"),
        "agency_as_written": meta.get("agency_as_written"),
        **_region(meta),
        "level": meta.get("level") or ident.level,
        "kind": meta.get("kind") or ident.kind,
        "join_evidence": ident.evidence,
        "n_reports": len(group),
        "duplicate": len(group) > 1,
        "sources": "; ".join(str(rows[i]["source"]) for i in group),
        "source": row["source"],
        "id": row["id"],
        "template": row["template"],
        "format": row["format"],
        "sections": ",".join(str(s) for s in row["sections"]),
        "n_sections": len(row["sections"]),
        "n_facts": row["n_facts"],
        "n_checks": len(checks),
        "n_checks_failed": len(failed),
        "checks_failed": ",".join(failed),
        **{f"n_{v}": row["verdicts"].count(v) for v in VERDICTS},
        "n_warnings": row["n_warnings"],
        "n_errors": len(row["errors"]),
        "n_unread": row["n_unread"],
        "n_xchecks": len(xchecks) if cross else None,
        "n_xchecks_failed": sum(1 for c in xchecks if not c.holds) if cross else None,
        "xchecks_failed": ",".join(c.id for c in xchecks if not c.holds),
        "n_jumps": len(jumps) if cross else None,
        "jumps": ",".join(a.field for a in jumps),
    }
    for cid, holds in checks.items():
        rec[f"check.{cid}"] = holds if isinstance(holds, bool) else None
    for c in xchecks:
        rec[f"xcheck.{c.id}"] = c.holds
    for fid, value in row["tables"].items():
        if isinstance(value, int | float) and not isinstance(value, bool):
            rec[fid] = value
    return rec


def _columns(records: list[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for rec in records:
        seen.update(dict.fromkeys(rec))
    checks = [c for c in seen if c.startswith("check.")]
    xchecks = sorted(c for c in seen if c.startswith("xcheck."))
    fields = list(_all_fields())
    extra = [c for c in seen if c.startswith("t") and "." in c and c not in fields]
    return [*PANEL_COLUMNS, *checks, *xchecks, *fields, *extra]


def panel(source: Any) -> pd.DataFrame:
    """One row per agency-year (see the module doc for the columns).

    ``source`` is annotate rows (SCHEMA §5 dicts), ``Report`` objects, or
    the path of a JSON-lines file written by ``govinfo-nlp annotate``. The
    panel's warnings (duplicate agency-years, unresolved agencies, reports
    whose year was not read) are in ``frame.attrs["warnings"]``.

    >>> frame = panel("out.jsonl")                              # doctest: +SKIP
    >>> frame.groupby("level")["t3.new.total"].median()         # doctest: +SKIP
    """
    return panel_frame(*panel_records(source))


def panel_frame(records: list[dict[str, Any]], warnings: list[str]) -> pd.DataFrame:
    """The DataFrame of :func:`panel` from :func:`panel_records`' output."""
    pandas = _pandas()
    columns = _columns(records)
    frame = pandas.DataFrame.from_records(
        [{k: frame_value(v) for k, v in rec.items()} for rec in records], columns=columns
    )
    dtypes: dict[str, str] = {}
    for column in columns:
        if column in _BOOL_COLUMNS or column.startswith(("check.", "xcheck.")):
            dtypes[column] = "boolean"
        elif column in MONEY_FIELDS:
            dtypes[column] = "Float64"
        elif column in _INT_COLUMNS or (column.startswith("t") and "." in column):
            # Counts are whole numbers; a column keeps its fractions if a cell has one.
            values = pandas.to_numeric(frame[column], errors="coerce").dropna()
            dtypes[column] = "Int64" if bool((values % 1 == 0).all()) else "Float64"
    frame = frame.astype(dtypes)
    frame.attrs["warnings"] = warnings
    return frame


def write_panel(frame: pd.DataFrame, path: str | os.PathLike[str]) -> None:
    """Write the panel as CSV or Parquet, chosen by the suffix (.csv, .parquet, .pq)."""
    name = os.fspath(path).lower()
    if name.endswith((".parquet", ".pq")):
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise MissingExtra("pyarrow", "parquet") from exc
        frame.to_parquet(path, index=False)
    else:
        # the same guard as annotate's CSV: a text cell a spreadsheet would run as
        # a formula (a source named =HYPERLINK(…).txt) starts with "'"
        text = [c for c in frame.columns if frame[c].map(lambda v: isinstance(v, str)).any()]
        safe = frame.assign(**{c: frame[c].map(_csv_cell) for c in text})
        safe.to_csv(path, index=False)
