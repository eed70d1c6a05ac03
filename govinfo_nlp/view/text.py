"""The report text with every fact highlighted, its badges, and anchors at each
section and page start."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .common import esc, fact_color, fact_title, slug

if TYPE_CHECKING:
    from ..report import Report

__all__ = ["Display", "display_of", "render_text", "section_anchors"]


@dataclass(frozen=True, slots=True)
class Display:
    """The text shown, and how original offsets map onto it."""

    text: str
    offsets: Sequence[int] | None  # display index -> original offset; None = identity
    kind: str  # "text" | "visible" | "source"
    original_length: int

    def to_display(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None:
            return start, end
        # First displayed char that comes from at or after the original offset.
        n = len(self.text)
        return (
            min(bisect.bisect_left(self.offsets, start), n),
            min(bisect.bisect_left(self.offsets, end), n),
        )


def display_of(report: Report) -> Display:
    text = report.text or ""
    if report.format != "html":
        return Display(text, None, "text", len(text))
    try:
        from ..read import read

        # Bytes, so that read() never mistakes a one-line source for a path.
        doc = read(text.encode("utf-8"), format="html")
    except Exception:  # the view must render whatever the reader thinks of the page
        return Display(text, None, "source", len(text))
    offsets = tuple(doc.visible_offsets)
    monotonic = all(a <= b for a, b in itertools.pairwise(offsets))
    if doc.text != text or len(offsets) < len(doc.visible) or not monotonic:
        return Display(text, None, "source", len(text))
    return Display(doc.visible, offsets[: len(doc.visible)], "visible", len(text))


@dataclass(slots=True)
class _Open:
    index: int
    end: int
    badges: list[int] = field(default_factory=list)


def render_text(
    display: Display,
    facts: Sequence[Any],
    badges_by_fact: Mapping[int, list[int]],
    badge_html: Mapping[int, str],
    anchors: Mapping[int, list[str]],
) -> tuple[str, list[int]]:
    """The highlighted text, and the indexes of facts that could not be placed."""
    text = display.text
    n = len(text)
    spans: list[tuple[int, int, int]] = []
    unplaced: list[int] = []
    for i, fact in enumerate(facts):
        try:
            start, end = int(fact.start), int(fact.end)
        except (TypeError, ValueError, AttributeError):
            unplaced.append(i)
            continue
        if not 0 <= start < end <= display.original_length:
            unplaced.append(i)
            continue
        s, e = display.to_display(start, end)
        if not 0 <= s < e <= n:
            unplaced.append(i)
            continue
        spans.append((s, e, i))
    # Outer spans first: at equal starts the longer one opens first so the shorter nests.
    spans.sort(key=lambda t: (t[0], -t[1], t[2]))
    points = sorted(anchors)
    next_point = 0
    out: list[str] = []
    stack: list[_Open] = []
    pos = 0

    def emit(upto: int) -> None:
        """Write the text up to ``upto``, with the section anchors that fall inside it."""
        nonlocal pos, next_point
        while next_point < len(points) and points[next_point] < upto:
            point = points[next_point]
            out.append(esc(text[pos:point]))
            out.extend(anchors[point])
            pos, next_point = point, next_point + 1
        out.append(esc(text[pos:upto]))
        pos = max(pos, upto)

    def close() -> None:
        top = stack.pop()
        emit(top.end)
        fact = facts[top.index]
        out.append(f'<span class="label">{esc(fact.type)}</span></mark>')
        out.extend(badge_html[r] for r in badges_by_fact.get(top.index, ()))

    for s, e, i in spans:
        while stack and stack[-1].end <= s:
            close()
        emit(s)
        clipped = False
        if stack and e > stack[-1].end:
            e, clipped = stack[-1].end, True  # crossing spans cannot nest: clip to the parent
        fact = facts[i]
        cls = f"fact t-{slug(fact.type)}" + (" clipped" if clipped else "")
        out.append(
            f'<mark class="{cls}" id="fact-{i}" data-fact="{i}" data-type="{esc(fact.type)}" '
            f'style="--c:{fact_color(fact.type)}" title="{fact_title(i, fact, clipped)}">'
        )
        stack.append(_Open(i, e))
    while stack:
        close()
    emit(n)
    for point in points[next_point:]:  # anchors at the very end (an empty last section)
        out.extend(anchors[point])
    return "".join(out), unplaced


def section_anchors(report: Report, display: Display) -> tuple[dict[int, list[str]], str]:
    """Zero-width anchors at each section start, and a navigation bar linking to them."""
    anchors: dict[int, list[str]] = {}
    links = []
    for k, sec in enumerate(report.sections):
        try:
            start, _ = display.to_display(int(sec.start), int(sec.end))
        except (TypeError, ValueError):
            continue
        if not 0 <= start <= len(display.text):
            continue
        anchor = f"sec-{k}-{slug(sec.id)}"
        anchors.setdefault(start, []).append(
            f'<span class="anchor" id="{anchor}" data-section="{esc(sec.id)}"></span>'
        )
        links.append(
            f'<a href="#{anchor}" title="{esc(sec.id)}: {sec.start}–{sec.end}">{esc(sec.id)}</a>'
        )
    nav = f'<nav class="sections">Sections: {"".join(links)}</nav>' if links else ""
    if report.format in ("pdf", "image"):
        # Extracted text of a paged document: each page ends with a form feed.
        ends = [m.end() for m in re.finditer("\f\n?", display.text)]
        starts = [0, *ends[:-1]]
        for number, at in enumerate(starts, start=1):
            anchors.setdefault(at, []).append(
                f'<span class="page" id="page-{number}">page {number}</span>'
            )
    return anchors, nav
