"""A corpus summary: one self-contained HTML page describing an annotate output.

:func:`summary_html` reads annotate rows (or a JSON-lines file of them) once
and shows:

* coverage: the share of reports with each section, and with each table
  row's cells (per template);
* templates and input formats;
* warnings and errors by code;
* reconciliation verdicts, and every contradiction (``inconsistent``)
  linked to its report;
* distributions over the agency × year panel: new applications per agency
  by level, how applications end (outcome shares), year-on-year change;
* cross-year breaks: failed carry / prev + change checks and jumps.

Charts are inline SVG drawn with matplotlib (extra ``summary``); without it
the page keeps its tables and says which command installs the charts. The
page loads nothing: no script, no font, no network (a Content-Security-Policy
forbids it), so it opens offline and from an e-mail attachment.
"""

from __future__ import annotations

import html
import io
import math
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from .about import __version__
from .crossyear import jump_rule
from .export import rows_of
from .panels import panel_frame, panel_records
from .schema import SECTION_IDS, T3_RESULT_GROUPS, T3_ROWS, TEMPLATES, VERDICTS, table_fields

__all__ = ["summary_html"]

_CSP: Final = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
#: Contradictions listed on the page (the count above the list is always complete).
MAX_LISTED: Final = 500

#: Outcome groups of table 三 in the table's order (granted … other_handling).
OUTCOMES: Final = T3_RESULT_GROUPS


def _code(message: Any) -> str:
    """ "tables.unit_assumed: …" -> "tables.unit_assumed"."""
    text = str(message)
    head = text.split(":", 1)[0].strip()
    return head if head and " " not in head and len(head) <= 60 else "(no code)"


@dataclass
class _Stats:
    """Everything the page counts, gathered in one pass over the rows."""

    documents: int = 0
    templates: Counter[str] = field(default_factory=Counter)
    formats: Counter[str] = field(default_factory=Counter)
    sections: Counter[str] = field(default_factory=Counter)
    rows_present: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    warnings: Counter[str] = field(default_factory=Counter)
    warning_docs: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    error_docs: Counter[str] = field(default_factory=Counter)
    verdicts: Counter[str] = field(default_factory=Counter)
    contradictions: list[dict[str, Any]] = field(default_factory=list)
    n_contradictions: int = 0

    def add(self, row: Mapping[str, Any]) -> None:
        self.documents += 1
        template = row.get("template")
        self.templates[str(template) if template else "none"] += 1
        self.formats[str(row.get("format") or "unknown")] += 1
        for sid in {s.get("id") for s in row.get("sections") or [] if isinstance(s, Mapping)}:
            self.sections[str(sid)] += 1
        if template in TEMPLATES:
            present = {".".join(f.split(".")[:-1]) for f in (row.get("tables") or {}) if "." in f}
            for trow in present:
                self.rows_present[str(template)][trow] += 1
        for kind, counter, docs in (
            ("warnings", self.warnings, self.warning_docs),
            ("errors", self.errors, self.error_docs),
        ):
            codes = [_code(m) for m in row.get(kind) or []]
            counter.update(codes)
            docs.update(set(codes))
        facts = row.get("facts") or []
        for rec in row.get("reconciliation") or []:
            if not isinstance(rec, Mapping):
                continue
            self.verdicts[str(rec.get("verdict"))] += 1
            if rec.get("verdict") != "inconsistent":
                continue
            self.n_contradictions += 1
            if len(self.contradictions) < MAX_LISTED:
                index = rec.get("fact")
                fact = facts[index] if isinstance(index, int) and 0 <= index < len(facts) else {}
                self.contradictions.append(
                    {
                        "source": str(row.get("source")),
                        "agency": (row.get("metadata") or {}).get("agency"),
                        "year": (row.get("metadata") or {}).get("year"),
                        "type": rec.get("type"),
                        "narrative": rec.get("narrative"),
                        "table": rec.get("table"),
                        "fields": " + ".join(rec.get("fields") or []),
                        "text": fact.get("text") if isinstance(fact, Mapping) else None,
                    }
                )


def summary_html(source: Any, *, title: str | None = None) -> str:
    """The summary page of annotate rows, ``Report`` objects or a JSON-lines path.

    Needs pandas (extra ``pandas``); charts need matplotlib (extra ``summary``).
    """
    stats = _Stats()

    def tap(rows: Iterable[Mapping[str, Any]]) -> Iterator[Mapping[str, Any]]:
        for row in rows:
            stats.add(row)
            yield row

    records, warnings = panel_records(tap(rows_of(source)))
    frame = panel_frame(records, warnings)
    charts = _Charts()
    name = title or (
        f"Corpus summary: {Path(source).name}" if isinstance(source, str | os.PathLike) else None
    )
    body = [
        _overview(stats, frame),
        _coverage(stats, charts),
        _templates(stats, charts),
        _messages(stats),
        _verdicts(stats),
        _distributions(frame, charts),
        _breaks(frame),
    ]
    note = (
        ""
        if charts.available
        else '<p class="note">Charts need matplotlib: <code>pip install '
        "'govinfo_nlp[summary]'</code>. The tables below are complete without it.</p>"
    )
    return _page(name or "Corpus summary", note + "".join(body))


# --- sections of the page ----------------------------------------------------------


def _overview(stats: _Stats, frame: Any) -> str:
    years = frame["year"].dropna()
    span = f"{int(years.min())}–{int(years.max())}" if len(years) else "—"
    placed = frame["agency_key"].notna()
    items = [
        ("reports", stats.documents),
        ("agency-years", len(frame)),
        ("agencies", int(frame.loc[placed, "agency_key"].nunique())),
        ("reports of unplaced agencies", int((~placed).sum())),
        ("agency-years with two or more reports", int(frame["duplicate"].sum())),
        ("years", span),
    ]
    cells = "".join(
        f'<div class="stat"><b>{html.escape(str(v))}</b><span>{html.escape(k)}</span></div>'
        for k, v in items
    )
    return f'<section id="overview"><div class="stats">{cells}</div></section>'


def _coverage(stats: _Stats, charts: _Charts) -> str:
    n = max(stats.documents, 1)
    shares = [(sid, stats.sections[sid] / n) for sid in SECTION_IDS]
    chart = charts.bars(
        [s for s, _ in shares], [v for _, v in shares], "share of reports", pct=True
    )
    rows = "".join(
        f"<tr><td>{sid}</td><td>{stats.sections[sid]}</td><td>{v:.0%}</td></tr>"
        for sid, v in shares
    )
    parts = [
        '<section id="coverage"><h2>Coverage</h2><h3>Sections</h3>',
        chart,
        f"<table><tr><th>section</th><th>reports</th><th>share</th></tr>{rows}</table>",
    ]
    for template in TEMPLATES:
        total = stats.templates[template]
        if not total:
            continue
        table_rows = list(
            dict.fromkeys(".".join(f.split(".")[:-1]) for f in table_fields(template))
        )
        counts = stats.rows_present[template]
        body = "".join(
            f"<tr><td>{html.escape(r)}</td><td>{counts[r]}</td><td>{counts[r] / total:.0%}</td>"
            f'<td><span class="bar" style="width:{100 * counts[r] / total:.0f}px"></span></td></tr>'
            for r in table_rows
        )
        parts.append(
            f"<h3>Table fields, template {template} ({total} reports)</h3>"
            "<p>Share of the template's reports with at least one cell of the row read.</p>"
            f"<table><tr><th>row</th><th>reports</th><th>share</th><th></th></tr>{body}</table>"
        )
    parts.append("</section>")
    return "".join(parts)


def _templates(stats: _Stats, charts: _Charts) -> str:
    out = ['<section id="templates"><h2>Templates and formats</h2><div class="cols">']
    for label, counter in (("template", stats.templates), ("format", stats.formats)):
        keys = sorted(counter, key=lambda k: -counter[k])
        chart = charts.bars(keys, [counter[k] for k in keys], "reports")
        rows = "".join(f"<tr><td>{html.escape(k)}</td><td>{counter[k]}</td></tr>" for k in keys)
        out.append(
            f"<div>{chart}<table><tr><th>{label}</th><th>reports</th></tr>{rows}</table></div>"
        )
    out.append("</div></section>")
    return "".join(out)


def _messages(stats: _Stats) -> str:
    out = ['<section id="messages"><h2>Warnings and errors by code</h2><div class="cols">']
    for label, counter, docs in (
        ("warning", stats.warnings, stats.warning_docs),
        ("error", stats.errors, stats.error_docs),
    ):
        rows = "".join(
            f"<tr><td><code>{html.escape(c)}</code></td><td>{n}</td><td>{docs[c]}</td></tr>"
            for c, n in counter.most_common()
        )
        empty = "" if counter else f'<tr><td colspan="3">no {label}s</td></tr>'
        out.append(
            f"<div><table><tr><th>{label} code</th><th>times</th><th>reports</th></tr>"
            f"{rows}{empty}</table></div>"
        )
    out.append("</div></section>")
    return "".join(out)


def _href(source: str) -> str:
    """A link to a report: a file that exists as a file:// URI, anything else as given."""
    path = Path(source)
    try:
        if path.exists():
            return path.resolve().as_uri()
    except (OSError, ValueError):
        pass
    return source


def _verdicts(stats: _Stats) -> str:
    rows = "".join(f"<tr><td>{v}</td><td>{stats.verdicts[v]}</td></tr>" for v in VERDICTS)
    listed = "".join(
        "<tr>"
        f'<td><a href="{html.escape(_href(c["source"]))}">{html.escape(Path(c["source"]).name)}</a></td>'
        f"<td>{html.escape(str(c['agency'] or ''))}</td><td>{html.escape(str(c['year'] or ''))}</td>"
        f"<td>{html.escape(str(c['type']))}</td><td>{html.escape(str(c['text'] or ''))}</td>"
        f"<td>{html.escape(str(c['narrative']))}</td><td>{html.escape(str(c['table']))}</td>"
        f"<td><code>{html.escape(c['fields'])}</code></td></tr>"
        for c in stats.contradictions
    )
    more = (
        f"<p>The first {MAX_LISTED} of {stats.n_contradictions} are listed.</p>"
        if stats.n_contradictions > MAX_LISTED
        else ""
    )
    return (
        '<section id="verdicts"><h2>Reconciliation verdicts</h2>'
        f"<table><tr><th>verdict</th><th>claims</th></tr>{rows}</table>"
        f'<h3 id="contradictions">Contradictions ({stats.n_contradictions})</h3>'
        "<p>Claims of the prose that the report's own tables contradict.</p>"
        + (
            f"{more}<table><tr><th>report</th><th>agency</th><th>year</th><th>type</th>"
            "<th>text</th><th>prose</th><th>table</th><th>fields</th></tr>"
            f"{listed}</table>"
            if listed
            else "<p>None.</p>"
        )
        + "</section>"
    )


def _distributions(frame: Any, charts: _Charts) -> str:
    out = ['<section id="distributions"><h2>Distributions</h2>']
    new = frame[frame["t3.new.total"].notna()] if "t3.new.total" in frame else frame.iloc[:0]
    levels = ("national", "province", "city", "county", "township", "street")
    by_level = {lv: [int(v) for v in new.loc[new["level"] == lv, "t3.new.total"]] for lv in levels}
    by_level = {lv: v for lv, v in by_level.items() if v}
    out.append("<h3>New applications per agency-year, by level</h3>")
    out.append(charts.boxes(by_level, "t3.new.total (log scale)"))
    rows = "".join(
        f"<tr><td>{lv}</td><td>{len(v)}</td><td>{_median(v):g}</td><td>{sum(v)}</td></tr>"
        for lv, v in by_level.items()
    )
    out.append(
        "<table><tr><th>level</th><th>agency-years</th><th>median</th><th>total</th></tr>"
        f"{rows}</table>"
    )
    shares = _outcome_shares(frame)
    out.append("<h3>How applications end</h3>")
    out.append(charts.bars(list(shares), list(shares.values()), "share of results", pct=True))
    rows = "".join(f"<tr><td>{k}</td><td>{v:.1%}</td></tr>" for k, v in shares.items())
    if shares:
        out.append(f"<table><tr><th>outcome</th><th>share</th></tr>{rows}</table>")
    else:
        out.append("<p>No report has the result rows of table 三 read.</p>")
    changes = _yearly_changes(frame)
    out.append("<h3>Year-on-year change of new applications (same agency)</h3>")
    out.append(charts.histogram(changes, "log2(this year / last year)"))
    if changes:
        up = sum(1 for c in changes if c > 0)
        out.append(
            f"<p>{len(changes)} pairs of consecutive years; {up} up, "
            f"{sum(1 for c in changes if c < 0)} down; median change "
            f"{2 ** _median(changes):.2f}×.</p>"
        )
    out.append("</section>")
    return "".join(out)


def _median(values: list[int] | list[float]) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    mid = len(ordered) // 2
    return float(ordered[mid]) if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _outcome_shares(frame: Any) -> dict[str, float]:
    totals: dict[str, float] = {}
    for group in OUTCOMES:
        # Template 2019 has one other_handling row, 2021 three parts: a report has one or
        # the other, so summing both counts each application once.
        columns = [
            f"t3.{r}.total"
            for r in T3_ROWS
            if (r == group or r.startswith(group + ".")) and f"t3.{r}.total" in frame
        ]
        totals[group] = float(sum(frame[c].fillna(0).sum() for c in columns))
    whole = sum(totals.values())
    return {k: v / whole for k, v in totals.items()} if whole else {}


def _yearly_changes(frame: Any) -> list[float]:
    if "t3.new.total" not in frame:
        return []
    placed = frame[frame["agency_key"].notna() & frame["t3.new.total"].notna()]
    values = {
        (k, int(y)): float(v)
        for k, y, v in zip(placed["agency_key"], placed["year"], placed["t3.new.total"])
    }
    return [
        math.log2(v / values[(k, y - 1)])
        for (k, y), v in values.items()
        if (k, y - 1) in values and v > 0 and values[(k, y - 1)] > 0
    ]


def _breaks(frame: Any) -> str:
    failed = frame[(frame["n_xchecks_failed"].fillna(0) > 0) | (frame["n_jumps"].fillna(0) > 0)]
    rows = []
    for _, r in failed.iterrows():
        what = ", ".join(
            x for x in (r["xchecks_failed"], r["jumps"] and f"jump: {r['jumps']}") if x
        )
        rows.append(
            f"<tr><td>{html.escape(str(r['agency_name']))}</td><td>{int(r['year']) - 1}–{int(r['year'])}</td>"
            f"<td><code>{html.escape(what)}</code></td>"
            f'<td><a href="{html.escape(_href(str(r["source"])))}">{html.escape(Path(str(r["source"])).name)}</a></td></tr>'
        )
    compared = int(frame["n_xchecks"].notna().sum())
    return (
        '<section id="breaks"><h2>Cross-year breaks</h2>'
        f"<p>{compared} agency-years compared with the previous year; {len(rows)} with a broken "
        "carry-over chain (<code>t3.carry.&lt;col&gt;</code>: this year's carried_in ≠ last "
        "year's carried_out), a broken <code>t2.prev_change.&lt;row&gt;</code> (template 2019: "
        f"last year's prev + change ≠ this year's prev) or a jump (a count {jump_rule().ratio:g}× "
        f"up or down, the larger at least {jump_rule().floor:g}).</p>"
        "<table><tr><th>agency</th><th>years</th><th>break</th><th>report</th></tr>"
        f"{''.join(rows)}</table></section>"
    )


# --- charts ------------------------------------------------------------------------


class _Charts:
    """Inline SVG charts; empty strings when matplotlib is missing."""

    def __init__(self) -> None:
        try:
            import matplotlib

            matplotlib.use("Agg", force=False)
            import matplotlib.pyplot as plt
        except ImportError:
            self.plt: Any = None
        else:
            self.plt = plt

    @property
    def available(self) -> bool:
        return self.plt is not None

    def _svg(self, fig: Any) -> str:
        buffer = io.StringIO()
        fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
        self.plt.close(fig)
        text = buffer.getvalue()
        return '<div class="chart">' + text[text.index("<svg") :] + "</div>"

    def bars(
        self, labels: list[str], values: list[float], ylabel: str, *, pct: bool = False
    ) -> str:
        if not self.available or not labels:
            return ""
        fig, ax = self.plt.subplots(figsize=(max(3.0, 0.6 * len(labels) + 1.5), 2.6))
        ax.bar(range(len(labels)), values, color="#4c72b0")
        ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right", fontsize=8)
        ax.set_ylabel(ylabel, fontsize=8)
        if pct:
            ax.yaxis.set_major_formatter(self.plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
        ax.spines[["top", "right"]].set_visible(False)
        return self._svg(fig)

    def boxes(self, groups: dict[str, list[int]], ylabel: str) -> str:
        if not self.available or not groups:
            return ""
        fig, ax = self.plt.subplots(figsize=(max(3.0, 1.1 * len(groups) + 1.5), 2.8))
        data = [[max(v, 0.5) for v in values] for values in groups.values()]
        ax.boxplot(data, tick_labels=[f"{k}\n(n={len(v)})" for k, v in groups.items()])
        ax.set_yscale("log")
        ax.set_ylabel(ylabel, fontsize=8)
        ax.tick_params(labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
        return self._svg(fig)

    def histogram(self, values: list[float], xlabel: str) -> str:
        if not self.available or not values:
            return ""
        fig, ax = self.plt.subplots(figsize=(5.0, 2.6))
        ax.hist(values, bins=30, color="#55a868")
        ratio = jump_rule().ratio
        for bound in (math.log2(ratio), -math.log2(ratio)):
            ax.axvline(bound, color="#c44e52", linestyle="--", linewidth=1)
        ax.set_xlabel(xlabel + f" (dashed: jump threshold {ratio:g}×)", fontsize=8)
        ax.set_ylabel("agency pairs", fontsize=8)
        ax.tick_params(labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
        return self._svg(fig)


# --- the page ----------------------------------------------------------------------

_STYLE: Final = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC",sans-serif;
margin:0 auto;max-width:1100px;padding:1em 2em;color:#222}
h1{font-size:1.5em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
h3{font-size:1.05em;margin-bottom:.3em}
table{border-collapse:collapse;margin:.4em 0 1em;font-size:13px}
td,th{border:1px solid #e3e3e3;padding:2px 8px;text-align:left;vertical-align:top}
th{background:#f5f5f5}.stats{display:flex;flex-wrap:wrap;gap:1em}
.stat{border:1px solid #ddd;border-radius:6px;padding:.5em 1em;min-width:8em}
.stat b{display:block;font-size:1.5em}.stat span{color:#666;font-size:12px}
.cols{display:flex;flex-wrap:wrap;gap:2em}.chart svg{max-width:100%;height:auto}
.bar{display:inline-block;height:9px;background:#4c72b0}
.note{background:#fff4d6;border:1px solid #e5c07b;padding:.5em 1em}
nav a{margin-right:1em}
"""


def _page(title: str, body: str) -> str:
    nav = "".join(
        f'<a href="#{i}">{t}</a>'
        for i, t in (
            ("coverage", "Coverage"),
            ("templates", "Templates"),
            ("messages", "Warnings"),
            ("verdicts", "Verdicts"),
            ("distributions", "Distributions"),
            ("breaks", "Cross-year breaks"),
        )
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><nav>{nav}</nav>{body}"
        f"<footer><p>govinfo_nlp {html.escape(__version__)}</p></footer></body></html>\n"
    )
