"""One report's page, top to bottom: header and summary, the highlighted text,
tables, checks, verdicts and facts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .common import CSP, asset, esc, fact_color, fact_title, slug
from .lists import badge, legend, render_fact_list, render_rec_list
from .summary import plain_warning, render_summary
from .tables import render_checks, render_tables
from .text import display_of, render_text, section_anchors

if TYPE_CHECKING:
    from ..report import Report

__all__ = ["render_html"]


def _header(report: Report, summary: str = "") -> str:
    md = report.metadata
    items = [
        ("agency", getattr(md, "agency", None)),
        ("year", getattr(md, "year", None)),
        ("template", report.template),
        ("published", getattr(md, "published", None)),
        ("index no.", getattr(md, "index_no", None)),
        ("script", getattr(md, "script", None)),
        ("source", report.source),
        ("format", report.format),
        ("encoding", report.encoding),
        ("id", report.id),
    ]
    missing = '<span class="muted">—</span>'
    rows = "".join(
        f'<dt>{esc(k)}</dt><dd data-meta="{esc(k)}">{esc(v) if v is not None else missing}</dd>'
        for k, v in items
    )
    title = f"{md.agency or '(agency unknown)'} · {md.year or '(year unknown)'}"
    problems = ""
    if report.errors:
        problems += (
            '<h2>Errors</h2><ul class="errors">'
            + "".join(f"<li>{esc(e)}</li>" for e in report.errors)
            + "</ul>"
        )
    if report.warnings:
        problems += (
            '<h2>Warnings</h2><ul class="warnings">'
            + "".join(plain_warning(w) for w in report.warnings)
            + "</ul>"
        )
    return f'<header><h1>{esc(title)}</h1><dl class="meta">{rows}</dl>{summary}{problems}</header>'


def render_html(report: Report) -> str:
    """One self-contained HTML page (inline CSS and JS, no external resource) for ``report``.

    >>> from govinfo_nlp.report import Report
    >>> page = render_html(Report(id="x", source=None, text="<script>alert(1)</script>"))
    >>> "<script>alert" in page, "&lt;script&gt;alert(1)" in page
    (False, True)
    """
    facts: Sequence[Any] = tuple(report.facts)
    recs: Sequence[Any] = tuple(report.reconciliation)
    display = display_of(report)

    badges_by_fact: dict[int, list[int]] = {}
    verdicts_by_fact: dict[int, list[str]] = {}
    badge_html: dict[int, str] = {}
    orphans: list[int] = []
    for k, rec in enumerate(recs):
        badge_html[k] = badge(k, rec)
        verdicts_by_fact.setdefault(rec.fact, []).append(rec.verdict)
        if isinstance(rec.fact, int) and 0 <= rec.fact < len(facts):
            badges_by_fact.setdefault(rec.fact, []).append(k)
        else:
            orphans.append(k)

    anchors, nav = section_anchors(report, display)
    body, unplaced = render_text(display, facts, badges_by_fact, badge_html, anchors)

    # Facts that have no place in the text still get their highlight and badges here.
    extra = ""
    if unplaced or orphans:
        items = []
        for i in unplaced:
            f = facts[i]
            items.append(
                f'<li><mark class="fact unplaced t-{slug(f.type)}" id="fact-{i}" '
                f'data-fact="{i}" data-type="{esc(f.type)}" style="--c:{fact_color(f.type)}" '
                f'title="{fact_title(i, f)}">{esc(f.text)}<span class="label">'
                f"{esc(f.type)}</span></mark>"
                + "".join(badge_html[k] for k in badges_by_fact.get(i, ()))
                + f' <span class="muted">offsets {esc(f.start)}–{esc(f.end)}</span>'
                + "</li>"
            )
        items.extend(
            f"<li>reconciliation for missing fact {esc(recs[k].fact)}: {badge_html[k]}</li>"
            for k in orphans
        )
        extra = f'<h2>Facts not placed in the text</h2><ul class="unplaced">{"".join(items)}</ul>'

    note = {
        "text": "The original input; highlights sit on the facts' original offsets.",
        "visible": "The visible text of the HTML page; highlights are placed through the "
        "reader's offset map (the page source is below).",
        "source": "The HTML source as given (its visible text could not be rebuilt).",
    }[display.kind]
    source = ""
    if display.kind == "visible":
        source = (
            "<details><summary>HTML source (escaped)</summary>"
            f'<pre class="source">{esc(report.text)}</pre></details>'
        )

    checks = tuple(report.tables.checks) if report.tables is not None else ()
    page_title = f"{report.metadata.agency or report.id} {report.metadata.year or ''}".strip()
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(page_title)} · govinfo_nlp</title><style>{asset('page.css')}</style></head><body>"
        f"{_header(report, render_summary(report, display))}"
        f'<h2>Text</h2><p class="muted">{esc(note)} {len(facts)} facts, '
        f"{len(recs)} reconciled.</p>{nav}{legend(facts)}"
        f'<pre class="text" data-display="{display.kind}">{body}</pre>{extra}{source}'
        f'<h2 id="tables">Tables</h2>{render_tables(report)}'
        f"<h2>Checks</h2>{render_checks(checks)}"
        f"<h2>Reconciliation</h2>{render_rec_list(recs)}"
        f"<h2>Facts</h2>{render_fact_list(facts, verdicts_by_fact)}"
        f"<script>{asset('page.js')}</script></body></html>\n"
    )
