"""What every part of the page shares: colours, escaping, numbers, tooltips, the
inline style sheet and script."""

from __future__ import annotations

import html
import re
import zlib
from collections.abc import Iterable
from functools import cache
from typing import Any

from ..datafiles import read_text

__all__ = [
    "CSP",
    "FACT_COLORS",
    "VERDICT_COLORS",
    "asset",
    "esc",
    "fact_color",
    "fact_title",
    "num",
    "rec_title",
    "slug",
    "title",
    "verdict_style",
    "verdict_word",
]

#: Background colour of each fact type's highlight (pale, so the text stays readable).
FACT_COLORS: dict[str, str] = {
    "proactive.items": "#cfe8ff",
    "proactive.normative": "#b9d7f7",
    "proactive.rules": "#a9c8f0",
    "proactive.interpretations": "#d9e4ff",
    "proactive.gazette": "#e2dcff",
    "proactive.press_conferences": "#ecd9ff",
    "requests.received": "#ffe0a8",
    "requests.closed": "#ffd08a",
    "appeals.review": "#ffc4c4",
    "appeals.suit": "#ffb3c6",
    "appeals.corrected": "#ffa8a8",
    "training.sessions": "#d4f5c9",
    "training.attendees": "#c0ecb2",
    "new_media.accounts": "#c8f1ee",
    "platform.visits": "#b8e6e2",
    "opinion.responses": "#f5f0b8",
    "supervision.inspections": "#eadbc8",
    "other": "#e6e6e6",
}

#: Badge colours (background, text) per verdict.
VERDICT_COLORS: dict[str, tuple[str, str]] = {
    "consistent": ("#1f7a3a", "#ffffff"),
    "inconsistent": ("#c62828", "#ffffff"),
    "not_comparable": ("#6d6d6d", "#ffffff"),
    "unverifiable": ("#b26a00", "#ffffff"),
}

# Nothing may be fetched: no network, no external resources, only our inline CSS/JS.
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


@cache
def asset(name: str) -> str:
    """A file of ``data/``: the page's style sheet (page.css) and script (page.js).

    The script is a toggle per fact type in the legend; everything else works
    without script.
    """
    return read_text("view/data/" + name)


def esc(value: object) -> str:
    """Escape for both element content and quoted attributes."""
    return html.escape("" if value is None else str(value), quote=True)


def num(value: object) -> str:
    """A number as a reader expects it: 64, 0.4672, 37988854 (not 3.8e+07)."""
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.6f}".rstrip("0").rstrip(".")
    return str(value)


def slug(name: str) -> str:
    """A safe CSS class fragment from a type or verdict name."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "x"


def fact_color(fact_type: str) -> str:
    """The highlight colour of a type; types added by users get a stable pale hue."""
    if fact_type in FACT_COLORS:
        return FACT_COLORS[fact_type]
    hue = zlib.crc32(fact_type.encode("utf-8")) % 360
    return f"hsl({hue}, 70%, 85%)"


def verdict_word(verdict: str) -> str:
    return verdict.replace("_", " ")


def verdict_style(verdict: str) -> str:
    bg, fg = VERDICT_COLORS.get(verdict, ("#444444", "#ffffff"))
    return f"--bg:{bg};--fc:{fg}"


def title(lines: Iterable[str]) -> str:
    """A ``title`` attribute value: one provenance item per line."""
    return esc("\n".join(lines))


def fact_title(index: int, fact: Any, clipped: bool = False) -> str:
    lines = [
        f"fact {index}: {fact.type}",
        f"value: {num(fact.value)}" + (f" {fact.unit}" if fact.unit else ""),
        f"unit: {fact.unit}",
        f"approx: {fact.approx}",
        f"scope: {fact.scope}",
        f"year: {fact.year}",
        f"section: {getattr(fact, 'section', None)}",
        f"subject: {getattr(fact, 'subject', None)}",
        f"method: {getattr(fact, 'method', None)}",
    ]
    if getattr(fact, "rule", None):
        lines.append(f"rule: {fact.rule}")
    if getattr(fact, "model", None):
        lines.append(f"model: {fact.model}")
    confidence = getattr(fact, "confidence", None)
    if isinstance(confidence, int | float):
        lines.append(f"confidence: {confidence:.2f}")
    if getattr(fact, "delta", False):
        lines.append("delta: a change, not a count")
    if getattr(fact, "cumulative", False):
        lines.append("cumulative: a running total")
    lines.append(f"offsets: {fact.start}–{fact.end}")
    for item in getattr(fact, "explanation", ()) or ():
        lines.append(f"· {item}")
    if clipped:
        lines.append("(span crosses another fact; shown clipped)")
    return title(lines)


def rec_title(index: int, rec: Any) -> str:
    fields = " + ".join(getattr(rec, "fields", ()) or ()) or "—"
    lines = [
        f"reconciliation {index} (fact {rec.fact}): {verdict_word(rec.verdict)}",
        f"type: {rec.type}",
        f"narrative: {num(rec.narrative)}",
        f"table: {num(rec.table)} ({fields})",
    ]
    absent = getattr(rec, "absent", ()) or ()
    if absent:
        lines.append("absent: " + ", ".join(absent))
    if getattr(rec, "reason", None):
        lines.append(f"reason: {rec.reason}")
    for cell in getattr(rec, "cells", ()) or ():
        lines.append(
            f"cell {cell.field} = {num(cell.value)} (raw {cell.raw!r}, "
            f"offsets {cell.start}–{cell.end})"
        )
    return title(lines)
