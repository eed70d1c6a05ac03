"""The page's opening summary: claims checked, contradictions first with their
sentence and the cells compared; warnings in plain words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..schema import T2_COLUMNS, T2_ROWS, T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_GROUPS, VERDICTS
from .common import esc, num, verdict_style, verdict_word
from .text import Display

if TYPE_CHECKING:
    from ..report import Report

__all__ = ["VERDICT_MEANINGS", "field_label", "plain_warning", "render_summary", "verdict_legend"]

#: What each verdict means, for the legend and the summary.
VERDICT_MEANINGS: dict[str, str] = {
    "consistent": "the claim agrees with the table",
    "inconsistent": "the claim contradicts cells read from the report's own table "
    "(same agency, same year, like for like)",
    "not_comparable": "the claim is not about the agency itself or not about the report year "
    "(or it is a change, a running total or a ratio)",
    "unverifiable": "no certain table cell to compare with (no table, a blank or unread cell, "
    "a part the tables do not count), or a difference that is not a contradiction",
}

#: Warning codes in plain words (the code stays in the tooltip).
_PLAIN_WARNINGS: dict[str, str] = {
    "tables.short_row": "A table row has fewer numbers than columns",
    "tables.long_row": "A table row has more numbers than columns",
    "tables.missing": "A table is missing",
    "tables.unread": "A table was found but its cells could not be read",
    "tables.header": "A table header could not be read in full",
    "tables.unit_assumed": "A money amount has no unit; 万元 assumed",
    "tables.implausible_amount": "A money amount looks too large",
    "tables.negative": "A count is negative",
    "tables.fraction": "A count is not a whole number",
    "tables.template_year": "The tables' template does not match the report year",
    "tables.template_mixed": "The tables mix the 2019 and 2021 templates",
    "tables.in_force_lt_issued": "Fewer documents in force than issued",
    "spam": "Injected spam text found",
}


def plain_warning(warning: str) -> str:
    code, _, detail = warning.partition(": ")
    head = _PLAIN_WARNINGS.get(code)
    if head is None:
        for prefix, words in _PLAIN_WARNINGS.items():
            if code.startswith(prefix + "."):
                head = words
                break
    if head is None:
        return f'<li title="{esc(code)}">{esc(warning)}</li>'
    return f'<li title="{esc(code)}"><strong>{esc(head)}.</strong> {esc(detail)}</li>'


def field_label(fid: str) -> str:
    """A table field in the words of the official tables: 表三 予以公开 · 总计."""
    table, _, rest = fid.partition(".")
    row, _, col = rest.rpartition(".")
    if table == "t3":
        return f"表三 {T3_ROWS.get(row, row)} · {T3_COLUMNS.get(col, col)}"
    if table == "t4":
        return f"表四 {T4_GROUPS.get(row, row)} · {T4_COLUMNS.get(col, col)}"
    if table == "t2":
        label = next(
            (lab for rows in T2_ROWS.values() for r, (lab, _) in rows.items() if r == row), row
        )
        return f"表二 {label} · {T2_COLUMNS.get(col, col)}"
    return fid


def _sentence(display: Display, start: int, end: int) -> tuple[str, str, str]:
    """The displayed sentence around a fact: (before, the fact, after)."""
    text = display.text
    try:
        a, b = display.to_display(int(start), int(end))
    except (TypeError, ValueError):
        return "", "", ""
    if not 0 <= a <= b <= len(text):
        return "", "", ""
    lo = max(max(text.rfind(c, max(0, a - 160), a) for c in "。！？\n") + 1, a - 160, 0)
    his = [i for i in (text.find(c, b, b + 160) for c in "。！？\n") if i >= 0]
    hi = min(his) + 1 if his else min(len(text), b + 160)
    return text[lo:a], text[a:b], text[b:hi]


def _cells_table(rec: Any, values: Mapping[str, Any]) -> str:
    rows = []
    for fid in rec.fields:
        tv = values.get(fid)
        if tv is None:
            shown = '<span class="muted">absent</span>'
        else:
            how = (
                "worked out from the sums"
                if getattr(tv, "method", "read") == "derived"
                else (f"read as {tv.raw!r}")
            )
            shown = f'{esc(num(tv.value))} <span class="muted">({esc(how)})</span>'
        rows.append(
            f'<tr><td><a href="#tables" data-field="{esc(fid)}">{esc(field_label(fid))}</a>'
            f'<br><span class="muted">{esc(fid)}</span></td><td>{shown}</td></tr>'
        )
    return f"<table><thead><tr><th>table cell</th><th>value</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"


def render_summary(report: Report, display: Display) -> str:
    recs = tuple(report.reconciliation)
    facts = tuple(report.facts)
    counts = {v: sum(1 for r in recs if r.verdict == v) for v in VERDICTS}
    values: Mapping[str, Any] = report.tables.values if report.tables is not None else {}
    out = [
        '<section class="summary" id="summary"><h2>Summary</h2>',
        f"<p><strong>{len(recs)}</strong> claims of the text were checked against the "
        f"report's tables ({len(facts)} numbers found in the text).</p>",
        '<p class="counts">'
        + "".join(
            f'<span><span class="badge" style="{verdict_style(v)}">{esc(verdict_word(v))}'
            f"</span> {counts[v]}</span>"
            for v in ("inconsistent", "consistent", "unverifiable", "not_comparable")
        )
        + "</p>",
    ]
    bad = [(k, r) for k, r in enumerate(recs) if r.verdict == "inconsistent"]
    if bad:
        out.append(f"<h3>Contradictions ({len(bad)})</h3>")
    else:
        out.append("<p>No claim contradicts the tables.</p>")
    for k, rec in bad:
        before, claim, after = _sentence(display, *rec.fact_span)
        fact = facts[rec.fact] if 0 <= rec.fact < len(facts) else None
        claim = claim or (fact.text if fact is not None else "")
        out.append(
            f'<div class="contradiction" data-rec="{k}"><p class="sentence">'
            f"{esc(before)}<mark>{esc(claim)}</mark>{esc(after)}</p>"
            f"<p>The text says <strong>{esc(num(rec.narrative))}</strong>; the table says "
            f"<strong>{esc(num(rec.table))}</strong>. "
            f'<a href="#fact-{esc(rec.fact)}">see it in the text</a></p>'
            f"{_cells_table(rec, values)}"
            f'<p class="muted">Why: {esc(rec.reason)}</p></div>'
        )
    unchecked = [r for r in recs if r.verdict == "unverifiable"]
    if unchecked:
        items = "".join(
            f'<li><a href="#fact-{esc(r.fact)}">{esc(facts[r.fact].text if 0 <= r.fact < len(facts) else r.fact)}</a>: '
            f"{esc(r.reason)}</li>"
            for r in unchecked
        )
        out.append(
            f"<details><summary>{len(unchecked)} claims could not be checked, and why"
            f"</summary><ul>{items}</ul></details>"
        )
    out.append("</section>")
    return "".join(out)


def verdict_legend() -> str:
    items = "".join(
        f'<dt><span class="badge" style="{verdict_style(v)}">{esc(verdict_word(v))}</span></dt>'
        f"<dd>{esc(VERDICT_MEANINGS[v])}</dd>"
        for v in VERDICTS
    )
    return f'<dl class="legend-list" data-legend="verdicts">{items}</dl>'
