"""A corpus-wide page: every contradiction of a batch of annotate rows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .common import CSP, asset, esc, num
from .summary import field_label, verdict_legend

__all__ = ["render_disagreements"]


def render_disagreements(rows: Iterable[Mapping[str, Any]]) -> str:
    """One self-contained page listing every ``inconsistent`` verdict of annotate rows.

    ``rows`` are ``govinfo-nlp annotate`` rows (dicts, as read from the JSONL).
    Each disagreement shows the report, the claim, the cells compared with
    both values, and the reason.
    """
    n_rows = 0
    n_claims = 0
    entries: list[str] = []
    for row in rows:
        n_rows += 1
        recs = row.get("reconciliation") or ()
        facts = row.get("facts") or ()
        n_claims += len(recs)
        md = row.get("metadata") or {}
        who = f"{md.get('agency') or '(agency unknown)'} · {md.get('year') or '(year unknown)'}"
        for rec in recs:
            if rec.get("verdict") != "inconsistent":
                continue
            k = rec.get("fact")
            fact = facts[k] if isinstance(k, int) and 0 <= k < len(facts) else {}
            cells = (rec.get("evidence") or {}).get("cells") or ()
            by_field = {c.get("field"): c for c in cells}
            trs = "".join(
                f'<tr><td>{esc(field_label(f))}<br><span class="muted">{esc(f)}</span></td>'
                f"<td>{esc(num(by_field[f]['value'])) if f in by_field else ''}</td></tr>"
                for f in rec.get("fields") or ()
            )
            entries.append(
                f'<div class="contradiction"><p><strong>{esc(who)}</strong> '
                f'<span class="muted">{esc(row.get("source"))}</span></p>'
                f'<p class="sentence"><mark>{esc(fact.get("text", ""))}</mark></p>'
                f"<p>The text says <strong>{esc(num(rec.get('narrative')))}</strong>; the "
                f"table says <strong>{esc(num(rec.get('table')))}</strong>.</p>"
                f"<table><thead><tr><th>table cell</th><th>value</th></tr></thead>"
                f"<tbody>{trs}</tbody></table>"
                f'<p class="muted">Why: {esc(rec.get("reason", ""))}</p></div>'
            )
    head = (
        f"<p><strong>{len(entries)}</strong> contradictions among {n_claims} claims checked "
        f"in {n_rows} reports. A contradiction is given only when every table cell compared "
        "was read from the report's own table and the claim is about the agency itself, the "
        "report year, and the same thing the cell counts.</p>"
    )
    body = "".join(entries) or "<p>No claim contradicts its report's tables.</p>"
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Disagreements · govinfo_nlp</title><style>{asset('page.css')}</style></head><body>"
        f"<header><h1>Where the text contradicts its own tables</h1>{head}</header>"
        f"{verdict_legend()}{body}</body></html>\n"
    )
