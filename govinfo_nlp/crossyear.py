"""Corpus mode: one report per agency and year, and the checks between years.

:func:`agency_years` groups annotated rows by the agency identity of
:mod:`govinfo_nlp.identity` and year, and keeps one report per agency-year
(two reports for one agency-year are listed, never merged).
:func:`crosscheck` evaluates the cross-year checks of SCHEMA §2 between
consecutive years of one agency — ``t3.carry.<col>`` (this year's
carried_in = last year's carried_out) and ``t2.prev_change.<row>``
(template 2019: last year's prev + change = this year's prev) — and flags
year-on-year jumps of the counts in ``data/crossyear.json``.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final

from .datafiles import load_json
from .errors import BadArgument
from .identity import Identity, identities
from .schema import T3_COLUMNS

# ANOMALY_RATIO, ANOMALY_FLOOR, ANOMALY_FIELDS are read on first use (__getattr__ below)
__all__ = [
    "AgencyYears",
    "Anomaly",
    "CrossCheck",
    "CrossCheckResult",
    "JumpRule",
    "agency_years",
    "crosscheck",
    "jump_rule",
    "pair_anomalies",
    "pair_checks",
    "require_agency",
    "without_agency",
]


@dataclass(frozen=True)
class JumpRule:
    """When a count's change from last year is flagged (``data/crossyear.json``, with why).

    A jump is a count more than ``ratio`` times (or less than 1/``ratio`` of) last
    year's, where the larger of the two is at least ``floor``; ``fields`` are the
    counts watched: the yearly counts (not running totals).
    """

    ratio: float
    floor: float
    fields: tuple[str, ...]


@lru_cache(maxsize=1)
def jump_rule() -> JumpRule:
    """The shipped :class:`JumpRule`, read on first use (importing reads no file)."""
    raw = load_json("data/crossyear.json")
    return JumpRule(ratio=float(raw["ratio"]), floor=raw["floor"], fields=tuple(raw["fields"]))


# The names the jump rule's parts had as constants read at import time; kept for
# callers, read from jump_rule() on first use (PEP 562).
_JUMP_PARTS: Final = {
    "ANOMALY_RATIO": "ratio",
    "ANOMALY_FLOOR": "floor",
    "ANOMALY_FIELDS": "fields",
}


def __getattr__(name: str) -> Any:
    part = _JUMP_PARTS.get(name)
    if part is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(jump_rule(), part)


_PREV_CHANGE_ROWS: Final = ("license", "other_services", "penalty", "coercion", "fees")


# --- agency-years ------------------------------------------------------------------

# The stages after noise: a row that lists one of them ran the pipeline on its text.
_READ_STAGES: Final = frozenset({"metadata", "sections", "tables", "facts", "reconcile"})


def without_agency(row: Mapping[str, Any]) -> bool:
    """Whether ``row`` was annotated without the agency stage (``--stages tables``): its
    ``stages`` list a stage past noise but not ``agency``, and nothing says an agency was
    read. (A row of a release before the agency stage, whose metadata stage read the
    agency, has one as written or a ``metadata.agency_*`` warning saying why not; one
    whose metadata stage failed says so in its errors.)"""
    stages = row.get("stages")
    if not isinstance(stages, list) or "agency" in stages:
        return False
    if not any(isinstance(s, str) and s in _READ_STAGES for s in stages):
        return False
    meta = row.get("metadata")
    if isinstance(meta, Mapping) and meta.get("agency_as_written") is not None:
        return False
    said = (row.get(key) for key in ("warnings", "errors"))
    return not any(
        isinstance(w, str) and w.startswith(("metadata.agency", "metadata.failed"))
        for notes in said
        if isinstance(notes, list)
        for w in notes
    )


def require_agency(missing: Sequence[Mapping[str, Any]], total: int, what: str) -> None:
    """Raise :class:`~govinfo_nlp.errors.BadArgument` when some of ``total`` rows were
    annotated without the agency (``missing``: those :func:`without_agency` finds):
    ``what`` (the panel, crosscheck) joins reports by agency, and such a row would
    stand alone, its agency not read."""
    if missing:
        first = missing[0]
        raise BadArgument(
            f"{len(missing)} of {total} rows were annotated without the agency stage"
            f" (e.g. {first.get('source')}, stages {','.join(map(str, first['stages']))}):"
            f" {what} joins reports by agency; annotate them again with --stages"
            " tables,agency (or without --stages)"
        )


def _year(row: Mapping[str, Any]) -> int | None:
    year = (row.get("metadata") or {}).get("year")
    return year if isinstance(year, int) and not isinstance(year, bool) else None


def _tables(row: Mapping[str, Any]) -> Mapping[str, Any]:
    tables = row.get("tables") or {}
    return tables if isinstance(tables, Mapping) else {}


@dataclass(frozen=True)
class AgencyYears:
    """Rows grouped by agency identity and year.

    ``chosen[(key, year)]`` is the index of the report used for that
    agency-year: with two or more (``reports[(key, year)]``), the one with
    the fewest errors, then the most table cells, then the first.
    ``disputed[(key, year)]`` holds the table fields its reports give different
    values (a report re-issued corrected, or two copies read differently):
    which one is right is not known, so a cross-year break on one is no evidence.
    """

    identities: tuple[Identity, ...]  # one per input row
    years: tuple[int | None, ...]
    chosen: dict[tuple[str, int], int]
    reports: dict[tuple[str, int], tuple[int, ...]]
    skipped: tuple[dict[str, Any], ...]
    disputed: dict[tuple[str, int], frozenset[str]] = field(default_factory=dict)

    def pair_disputed(self, key: str, years: tuple[int, int]) -> frozenset[str]:
        """The fields of ``key``'s two agency-years that its reports dispute, as
        :func:`pair_checks` names them (``2021:t3.carried_out.natural``)."""
        return frozenset(
            f"{year}:{fid}" for year in years for fid in self.disputed.get((key, year), ())
        )

    def series(self) -> dict[str, dict[int, int]]:
        """key -> {year: row index of the chosen report}."""
        out: dict[str, dict[int, int]] = {}
        for (key, year), index in sorted(self.chosen.items()):
            out.setdefault(key, {})[year] = index
        return out


def agency_years(rows: Sequence[Mapping[str, Any]]) -> AgencyYears:
    """Group annotated rows (SCHEMA §5) by agency identity and year."""
    idents = identities(rows)
    years = tuple(_year(row) for row in rows)
    reports: dict[tuple[str, int], list[int]] = {}
    skipped: list[dict[str, Any]] = []
    for index, (row, ident, year) in enumerate(zip(rows, idents, years, strict=True)):
        source = str(row.get("source"))
        if ident.key is None or year is None:
            reason = "no year" if ident.key is not None else ident.evidence
            skipped.append({"source": source, "reason": reason})
            continue
        reports.setdefault((ident.key, year), []).append(index)
    chosen: dict[tuple[str, int], int] = {}
    disputed: dict[tuple[str, int], frozenset[str]] = {}
    for (key, year), indices in reports.items():
        if len(indices) > 1:
            values: dict[str, set[Any]] = {}
            for i in indices:
                for fid, value in _tables(rows[i]).items():
                    values.setdefault(fid, set()).add(value)
            disputed[(key, year)] = frozenset(f for f, v in values.items() if len(v) > 1)
        best = min(
            indices,
            key=lambda i: (len(rows[i].get("errors") or []), -len(_tables(rows[i])), i),
        )
        chosen[(key, year)] = best
        if len(indices) > 1:
            others = [str(rows[i].get("source")) for i in indices if i != best]
            skipped.append(
                {
                    "source": ", ".join(others),
                    "reason": f"duplicate report for {idents[best].name} {year}: "
                    f"using {rows[best].get('source')}",
                }
            )
    return AgencyYears(
        identities=tuple(idents),
        years=years,
        chosen=chosen,
        reports={k: tuple(v) for k, v in reports.items()},
        skipped=tuple(skipped),
        disputed={k: v for k, v in disputed.items() if v},
    )


# --- checks between two years ----------------------------------------------------


@dataclass(frozen=True)
class CrossCheck:
    """One cross-year check between two consecutive reports of one agency."""

    id: str
    agency: str
    years: tuple[int, int]
    fields: tuple[str, ...]
    lhs: float | int
    rhs: float | int
    holds: bool
    sources: tuple[str, str]
    agency_key: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "agency": self.agency,
            "agency_key": self.agency_key,
            "years": list(self.years),
            "fields": list(self.fields),
            "lhs": self.lhs,
            "rhs": self.rhs,
            "holds": self.holds,
            "sources": list(self.sources),
        }


@dataclass(frozen=True)
class Anomaly:
    """A year-on-year jump of one count."""

    agency: str
    field: str
    years: tuple[int, int]
    values: tuple[float | int, float | int]
    ratio: float | None
    sources: tuple[str, str]
    agency_key: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "agency": self.agency,
            "agency_key": self.agency_key,
            "field": self.field,
            "years": list(self.years),
            "values": list(self.values),
            "ratio": None if self.ratio is None else round(self.ratio, 3),
            "sources": list(self.sources),
        }


def _close(x: float | int, y: float | int) -> bool:
    return abs(float(x) - float(y)) < 1e-6


def pair_checks(
    ident: Identity,
    years: tuple[int, int],
    a: Mapping[str, Any],
    b: Mapping[str, Any],
    disputed: Iterable[str] = (),
) -> list[CrossCheck]:
    """The cross-year checks between report ``a`` (year y) and ``b`` (year y + 1).

    A break is reported only where every cell it rests on was read with its label:
    not where one was worked out from the sums (``tables_derived``), given its label
    by position (``tables_placed``) or is ``disputed`` (fields as ``2021:t3.…``, see
    :class:`AgencyYears`); those may confirm a chain, never break it.
    """
    ta, tb = _tables(a), _tables(b)
    sources = (str(a.get("source")), str(b.get("source")))
    out: list[CrossCheck] = []
    for col in T3_COLUMNS:
        last, this = f"t3.carried_out.{col}", f"t3.carried_in.{col}"
        if last in ta and this in tb:
            out.append(
                CrossCheck(
                    id=f"t3.carry.{col}",
                    fields=(f"{years[1]}:{this}", f"{years[0]}:{last}"),
                    lhs=tb[this],
                    rhs=ta[last],
                    holds=_close(tb[this], ta[last]),
                    sources=sources,
                    agency=ident.name,
                    agency_key=ident.key or "",
                    years=years,
                )
            )
    if a.get("template") == "2019" and b.get("template") == "2019":
        for row in _PREV_CHANGE_ROWS:
            prev, change = f"t2.{row}.prev", f"t2.{row}.change"
            if prev in ta and change in ta and prev in tb:
                lhs = ta[prev] + ta[change]
                out.append(
                    CrossCheck(
                        id=f"t2.prev_change.{row}",
                        fields=(f"{years[0]}:{prev}", f"{years[0]}:{change}", f"{years[1]}:{prev}"),
                        lhs=lhs,
                        rhs=tb[prev],
                        holds=_close(lhs, tb[prev]),
                        sources=sources,
                        agency=ident.name,
                        agency_key=ident.key or "",
                        years=years,
                    )
                )
    # A cell worked out from a table's sums may stand for a lost blank one, and a
    # cell given its label by position (a label wrapped around its numbers in a text
    # layer) may be the next row's: either can confirm a chain, but a break that
    # rests on it is no evidence (as in reconcile, where neither makes a claim
    # inconsistent). panel21 found the placed ones breaking chains (船山区, 雁江区).
    weak = set(disputed)
    for year, report in zip(years, (a, b), strict=True):
        for key in ("tables_derived", "tables_placed"):
            weak |= {f"{year}:{f}" for f in report.get(key) or ()}
    return [c for c in out if c.holds or not weak.intersection(c.fields)]


def pair_anomalies(
    ident: Identity, years: tuple[int, int], a: Mapping[str, Any], b: Mapping[str, Any]
) -> list[Anomaly]:
    """The watched counts that jump between report ``a`` and the next year's ``b``."""
    ta, tb = _tables(a), _tables(b)
    sources = (str(a.get("source")), str(b.get("source")))
    out: list[Anomaly] = []
    rule = jump_rule()
    for fid in rule.fields:
        if fid not in ta or fid not in tb:
            continue
        x, y = float(ta[fid]), float(tb[fid])
        if max(abs(x), abs(y)) < rule.floor:
            continue
        ratio = y / x if x else None
        if ratio is None or ratio > rule.ratio or ratio < 1 / rule.ratio:
            out.append(
                Anomaly(ident.name, fid, years, (ta[fid], tb[fid]), ratio, sources, ident.key or "")
            )
    return out


# --- the corpus ------------------------------------------------------------------


@dataclass(frozen=True)
class CrossCheckResult:
    """Everything corpus mode found."""

    agencies: int
    reports: int
    checks: tuple[CrossCheck, ...]
    anomalies: tuple[Anomaly, ...]
    skipped: tuple[dict[str, Any], ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "agencies": self.agencies,
            "reports": self.reports,
            "checks": [c.to_dict() for c in self.checks],
            "failed": sum(1 for c in self.checks if not c.holds),
            "anomalies": [a.to_dict() for a in self.anomalies],
            "skipped": list(self.skipped),
        }

    def format(self) -> str:
        """A plain-text table for a terminal."""
        lines = [
            f"{self.agencies} agencies, {self.reports} reports, {len(self.checks)} cross-year "
            f"checks ({sum(1 for c in self.checks if not c.holds)} failed), "
            f"{len(self.anomalies)} anomalies"
        ]
        rows = [("agency", "years", "check", "lhs", "rhs", "holds")]
        for c in self.checks:
            rows.append(
                (
                    c.agency,
                    f"{c.years[0]}-{c.years[1]}",
                    c.id,
                    _num(c.lhs),
                    _num(c.rhs),
                    "yes" if c.holds else "NO",
                )
            )
        for a in self.anomalies:
            rows.append(
                (
                    a.agency,
                    f"{a.years[0]}-{a.years[1]}",
                    f"jump {a.field}",
                    _num(a.values[0]),
                    _num(a.values[1]),
                    "ANOMALY",
                )
            )
        if len(rows) > 1:
            widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
            for r in rows:
                lines.append(
                    "  ".join(
                        cell + " " * (w - _width(cell)) for cell, w in zip(r, widths, strict=True)
                    ).rstrip()
                )
        return "\n".join(lines)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _num(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def crosscheck(
    rows: Iterable[Mapping[str, Any]], *, grouped: AgencyYears | None = None
) -> CrossCheckResult:
    """Cross-year checks and jumps over annotated rows (SCHEMA §2, corpus mode).

    Reports are grouped by agency identity (:mod:`govinfo_nlp.identity`) and
    year; only consecutive years are compared (a gap is recorded in
    ``skipped``, as are duplicates, unresolved agencies and rows without a
    year). ``grouped`` reuses an :func:`agency_years` of the same rows.
    """
    rows = rows if isinstance(rows, Sequence) else list(rows)
    if grouped is None:
        require_agency([row for row in rows if without_agency(row)], len(rows), "crosscheck")
    grouped = grouped or agency_years(rows)
    skipped = list(grouped.skipped)
    checks: list[CrossCheck] = []
    anomalies: list[Anomaly] = []
    series = grouped.series()
    for key in sorted(series):
        by_year = series[key]
        for y0, y1 in itertools.pairwise(sorted(by_year)):
            ident = grouped.identities[by_year[y1]]
            if y1 != y0 + 1:
                skipped.append(
                    {"agency": ident.name, "years": [y0, y1], "reason": "years not consecutive"}
                )
                continue
            a, b = rows[by_year[y0]], rows[by_year[y1]]
            checks.extend(pair_checks(ident, (y0, y1), a, b, grouped.pair_disputed(key, (y0, y1))))
            anomalies.extend(pair_anomalies(ident, (y0, y1), a, b))
    return CrossCheckResult(
        agencies=len(series),
        reports=len(grouped.chosen),
        checks=tuple(checks),
        anomalies=tuple(anomalies),
        skipped=tuple(skipped),
    )
