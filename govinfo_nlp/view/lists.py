"""The lists of facts and verdicts, the verdict badges and the legend."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..schema import FACT_TYPES, VERDICTS
from .common import esc, fact_color, num, rec_title, slug, verdict_style, verdict_word
from .summary import verdict_legend

__all__ = ["badge", "legend", "render_fact_list", "render_rec_list"]


def render_fact_list(facts: Sequence[Any], verdicts: Mapping[int, list[str]]) -> str:
    if not facts:
        return '<p class="muted">No narrative facts.</p>'
    rows = []
    for i, f in enumerate(facts):
        verdict = ", ".join(verdict_word(v) for v in verdicts.get(i, ())) or ""
        confidence = f.confidence if isinstance(f.confidence, int | float) else None
        rows.append(
            f'<tr data-fact-row="{i}"><td><a href="#fact-{i}">{i}</a></td>'
            f'<td><span class="key" style="--c:{fact_color(f.type)};background:var(--c)">'
            f"{esc(f.type)}</span></td><td>{esc(num(f.value))}</td><td>{esc(f.unit or '')}"
            f"</td><td>{esc(f.approx or '')}</td><td>{esc(f.scope)}</td>"
            f"<td>{esc(f.year if f.year is not None else '')}</td><td>{esc(f.section)}</td>"
            f"<td>{esc(f.text)}</td><td>{esc(f.method)}</td>"
            f"<td>{'' if confidence is None else f'{confidence:.2f}'}</td>"
            f"<td>{esc(verdict)}</td></tr>"
        )
    return (
        "<table><thead><tr><th>#</th><th>type</th><th>value</th><th>unit</th>"
        "<th>approx</th><th>scope</th><th>year</th><th>section</th><th>text</th>"
        "<th>method</th><th>conf.</th><th>verdict</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def render_rec_list(recs: Sequence[Any]) -> str:
    if not recs:
        return '<p class="muted">No fact has a table counterpart.</p>'
    rows = []
    for k, r in enumerate(recs):
        rows.append(
            f'<tr data-rec-row="{k}"><td><a href="#fact-{esc(r.fact)}">{esc(r.fact)}</a></td>'
            f"<td>{esc(r.type)}</td><td>{esc(num(r.narrative))}</td>"
            f"<td>{esc(' + '.join(r.fields))}</td><td>{esc(num(r.table))}</td>"
            f'<td class="verdict-cell" style="{verdict_style(r.verdict)}">'
            f"{esc(verdict_word(r.verdict))}</td><td>{esc(getattr(r, 'reason', ''))}</td></tr>"
        )
    return (
        "<table><thead><tr><th>fact</th><th>type</th><th>narrative</th><th>fields</th>"
        "<th>table</th><th>verdict</th><th>reason</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def badge(k: int, rec: Any) -> str:
    return (
        f'<span class="badge verdict-{slug(rec.verdict)}" data-rec="{k}" '
        f'data-for-fact="{esc(rec.fact)}" data-verdict="{esc(rec.verdict)}" '
        f'style="{verdict_style(rec.verdict)}" title="{rec_title(k, rec)}">'
        f"{esc(verdict_word(rec.verdict))}</span>"
    )


def legend(facts: Sequence[Any]) -> str:
    counts: dict[str, int] = {}
    for f in facts:
        counts[f.type] = counts.get(f.type, 0) + 1
    order = [t for t in FACT_TYPES if t in counts] + sorted(
        t for t in counts if t not in FACT_TYPES
    )
    keys = "".join(
        f'<span class="key" data-type="{esc(t)}" style="--c:{fact_color(t)}" '
        f'title="click to hide/show">{esc(t)} ({counts[t]})</span>'
        for t in order
    )
    verdicts = "".join(
        f'<span class="badge verdict-{slug(v)}" data-verdict="{esc(v)}" '
        f'style="{verdict_style(v)}">'
        f"{esc(verdict_word(v))}</span>"
        for v in VERDICTS
    )
    return (
        f'<div class="legend">{keys}</div><div class="legend">{verdicts}</div>'
        "<details><summary>What the marks mean</summary><p>Each number the text states is "
        "highlighted in the colour of what it counts (click a key to hide that kind); a badge "
        f"after a claim gives its verdict against the tables:</p>{verdict_legend()}</details>"
    )
