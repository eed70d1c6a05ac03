"""A self-contained HTML page for one parsed report: ``render_html(report) -> str``.

The page shows the report's metadata, warnings and errors; the report text with
every narrative fact highlighted by type (a coloured mark with a small type
label, as displaCy does) and a verdict badge after each reconciled claim; the
parsed tables laid out by the template's rows and columns, with the cells of
failing checks marked; and lists of facts, reconciliation verdicts and checks.
Hovering any highlight, badge or cell shows its provenance (``title``).

Decisions:

* **Offsets.** Facts carry offsets into the ORIGINAL input (``report.text``).
  For plain-text input the page shows ``report.text`` itself as preformatted
  text, so highlights sit exactly on the offsets. For HTML input, showing the
  page source would be unreadable, so the view re-reads the source
  (:func:`govinfo_nlp.read.read`) to get the visible text together with its
  offset map, places the highlights through that map, and adds the escaped
  source in a collapsed block. When the map cannot be used (it does not
  reproduce ``report.text``), the source itself is shown with the highlights.
* **Overlapping facts** nest when one span contains the other; a span that
  crosses its neighbour's end is clipped to it (marked ``clipped``); a span
  that cannot be placed (empty, out of range) is listed under "Facts not
  placed in the text". Every fact thus gets exactly one ``mark.fact`` element.
* **Safety.** Reports contain injected spam, so every piece of document text
  (and every value that came from the document) goes through
  :func:`html.escape`, and a Content-Security-Policy forbids loading
  anything: the page has no external URL and works offline.
* **Hooks for tests and scripts.** Highlights carry ``data-fact`` (the fact's
  index) and ``data-type``; badges ``data-rec`` (the reconciliation's index)
  and ``data-for-fact``; table cells ``data-field`` (the field id).
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .schema import (
    FACT_TYPES,
    T2_COLUMNS,
    T2_ROWS,
    T3_COLUMNS,
    T3_ROWS,
    T3_ROWS_BY_TEMPLATE,
    T4_COLUMNS,
    T4_GROUPS,
    VERDICTS,
)

if TYPE_CHECKING:
    from .report import Report

__all__ = [
    "FACT_COLORS",
    "VERDICT_COLORS",
    "VERDICT_MEANINGS",
    "field_label",
    "render_disagreements",
    "render_html",
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

_CSS = """
:root { --fg: #1d1d1f; --muted: #666; --line: #ddd; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: var(--fg); margin: 0; padding: 0 1.5rem 3rem; line-height: 1.5; }
header { border-bottom: 1px solid var(--line); padding: 1rem 0 .5rem; }
h1 { font-size: 1.3rem; margin: 0 0 .5rem; }
h2 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid var(--line); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
ul.warnings li { color: #8a5a00; } ul.errors li { color: #b00020; font-weight: bold; }
nav.sections a { margin-right: .8rem; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem .5rem; margin: .5rem 0; }
.legend .key { padding: 0 .4rem; border-radius: .3rem; cursor: pointer; font-size: .85rem;
  background: var(--c); user-select: none; }
.legend .key.off { opacity: .35; text-decoration: line-through; }
.legend .badge { cursor: default; }
pre.text .page { display: block; color: #888; font-size: .75rem; border-top: 1px dashed #bbb; }
pre.text { white-space: pre-wrap; word-break: break-word; font-family: inherit;
  background: #fafafa; border: 1px solid var(--line); padding: 1rem; line-height: 2.1; }
pre.source { white-space: pre-wrap; word-break: break-all; font-size: .8rem;
  background: #f5f5f5; padding: .5rem; max-height: 30rem; overflow: auto; }
mark.fact { background: var(--c); color: inherit; padding: .1em .25em; border-radius: .35em;
  box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.fact mark.fact { outline: 1px dashed #888; }
mark.fact.clipped { border-right: 2px dotted #555; }
mark.fact.dim { background: transparent; }
mark.fact.dim > .label { display: none; }
mark.fact > .label { font-size: .62em; font-weight: bold; text-transform: uppercase;
  margin-left: .3em; vertical-align: middle; color: #333; letter-spacing: .02em; }
:target { box-shadow: 0 0 0 3px #ff9800; }
.badge { display: inline-block; font-size: .7em; font-weight: bold; padding: 0 .45em;
  margin: 0 .2em; border-radius: .7em; vertical-align: middle; line-height: 1.5;
  background: var(--bg); color: var(--fc); cursor: help; }
.verdict-cell { font-weight: bold; color: var(--bg); }
.anchor { display: inline-block; width: 0; }
table { border-collapse: collapse; margin: .3rem 0 1rem; font-size: .85rem; }
th, td { border: 1px solid var(--line); padding: .15rem .4rem; vertical-align: top; }
thead th { background: #f0f0f0; }
tbody th { text-align: left; font-weight: normal; }
table.grid td, table.sample td { text-align: right; min-width: 3.2em; font-variant-numeric: tabular-nums; }
table.grid td.absent, table.sample td.absent { background: #fbfbfb; }
table.grid td.failed, table.sample td.failed { background: #ffd6d6; outline: 2px solid #c62828; outline-offset: -2px; }
table.grid td.inferred, table.sample td.inferred { font-style: italic; }
table.grid td.derived, table.sample td.derived { color: #1a4f9c; text-decoration: underline dotted; }
table.grid td.unread, table.sample td.unread { background: repeating-linear-gradient(45deg, #fff7e0, #fff7e0 4px,
  #ffe9b0 4px, #ffe9b0 8px); color: #8a5a00; text-align: center; }
table.grid td.blank, table.sample td.blank { color: #aaa; text-align: center; }
section.summary { border: 1px solid var(--line); border-radius: .4rem; padding: .2rem 1rem .8rem;
  margin: 1rem 0; background: #fcfcfc; }
.counts span { margin-right: 1rem; }
.contradiction { border-left: 4px solid #c62828; padding: .3rem .8rem; margin: .8rem 0;
  background: #fff6f6; }
.contradiction .sentence { font-size: 1.05rem; }
.contradiction mark { background: #ffcdd2; }
.contradiction table { margin: .3rem 0; }
dl.legend-list { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; }
dl.legend-list dd { margin: 0; }
tr.check-failed td { background: #fff0f0; }
.muted { color: var(--muted); }
details { margin: .4rem 0; } summary { cursor: pointer; }
"""

# A toggle per fact type in the legend; everything else works without script.
_JS = """
document.querySelectorAll('.legend .key[data-type]').forEach(function (key) {
  key.addEventListener('click', function () {
    var type = key.getAttribute('data-type');
    key.classList.toggle('off');
    document.querySelectorAll('mark.fact').forEach(function (m) {
      if (m.getAttribute('data-type') === type) { m.classList.toggle('dim'); }
    });
  });
});
"""

# Nothing may be fetched: no network, no external resources, only our inline CSS/JS.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


# --- small helpers -----------------------------------------------------------------


def _esc(value: object) -> str:
    """Escape for both element content and quoted attributes."""
    return html.escape("" if value is None else str(value), quote=True)


def _num(value: object) -> str:
    """A number as a reader expects it: 64, 0.4672, 37988854 (not 3.8e+07)."""
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.6f}".rstrip("0").rstrip(".")
    return str(value)


def _slug(name: str) -> str:
    """A safe CSS class fragment from a type or verdict name."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "x"


def fact_color(fact_type: str) -> str:
    """The highlight colour of a type; types added by users get a stable pale hue."""
    if fact_type in FACT_COLORS:
        return FACT_COLORS[fact_type]
    hue = zlib.crc32(fact_type.encode("utf-8")) % 360
    return f"hsl({hue}, 70%, 85%)"


def _verdict_word(verdict: str) -> str:
    return verdict.replace("_", " ")


def _verdict_style(verdict: str) -> str:
    bg, fg = VERDICT_COLORS.get(verdict, ("#444444", "#ffffff"))
    return f"--bg:{bg};--fc:{fg}"


def _title(lines: Iterable[str]) -> str:
    """A ``title`` attribute value: one provenance item per line."""
    return _esc("\n".join(lines))


def _fact_title(index: int, fact: Any, clipped: bool = False) -> str:
    lines = [
        f"fact {index}: {fact.type}",
        f"value: {_num(fact.value)}" + (f" {fact.unit}" if fact.unit else ""),
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
    return _title(lines)


def _rec_title(index: int, rec: Any) -> str:
    fields = " + ".join(getattr(rec, "fields", ()) or ()) or "—"
    lines = [
        f"reconciliation {index} (fact {rec.fact}): {_verdict_word(rec.verdict)}",
        f"type: {rec.type}",
        f"narrative: {_num(rec.narrative)}",
        f"table: {_num(rec.table)} ({fields})",
    ]
    absent = getattr(rec, "absent", ()) or ()
    if absent:
        lines.append("absent: " + ", ".join(absent))
    if getattr(rec, "reason", None):
        lines.append(f"reason: {rec.reason}")
    for cell in getattr(rec, "cells", ()) or ():
        lines.append(
            f"cell {cell.field} = {_num(cell.value)} (raw {cell.raw!r}, "
            f"offsets {cell.start}–{cell.end})"
        )
    return _title(lines)


# --- the text with highlights ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Display:
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


def _display(report: Report) -> _Display:
    text = report.text or ""
    if report.format != "html":
        return _Display(text, None, "text", len(text))
    try:
        from .read import read

        # Bytes, so that read() never mistakes a one-line source for a path.
        doc = read(text.encode("utf-8"), format="html")
    except Exception:  # the view must render whatever the reader thinks of the page
        return _Display(text, None, "source", len(text))
    offsets = tuple(doc.visible_offsets)
    monotonic = all(a <= b for a, b in itertools.pairwise(offsets))
    if doc.text != text or len(offsets) < len(doc.visible) or not monotonic:
        return _Display(text, None, "source", len(text))
    return _Display(doc.visible, offsets[: len(doc.visible)], "visible", len(text))


@dataclass(slots=True)
class _Open:
    index: int
    end: int
    badges: list[int] = field(default_factory=list)


def _render_text(
    display: _Display,
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
            out.append(_esc(text[pos:point]))
            out.extend(anchors[point])
            pos, next_point = point, next_point + 1
        out.append(_esc(text[pos:upto]))
        pos = max(pos, upto)

    def close() -> None:
        top = stack.pop()
        emit(top.end)
        fact = facts[top.index]
        out.append(f'<span class="label">{_esc(fact.type)}</span></mark>')
        out.extend(badge_html[r] for r in badges_by_fact.get(top.index, ()))

    for s, e, i in spans:
        while stack and stack[-1].end <= s:
            close()
        emit(s)
        clipped = False
        if stack and e > stack[-1].end:
            e, clipped = stack[-1].end, True  # crossing spans cannot nest: clip to the parent
        fact = facts[i]
        cls = f"fact t-{_slug(fact.type)}" + (" clipped" if clipped else "")
        out.append(
            f'<mark class="{cls}" id="fact-{i}" data-fact="{i}" data-type="{_esc(fact.type)}" '
            f'style="--c:{fact_color(fact.type)}" title="{_fact_title(i, fact, clipped)}">'
        )
        stack.append(_Open(i, e))
    while stack:
        close()
    emit(n)
    for point in points[next_point:]:  # anchors at the very end (an empty last section)
        out.extend(anchors[point])
    return "".join(out), unplaced


# --- tables ------------------------------------------------------------------------


def _failed_by_field(checks: Iterable[Any]) -> dict[str, list[Any]]:
    failed: dict[str, list[Any]] = {}
    for check in checks:
        if not check.holds:
            for fid in check.fields:
                failed.setdefault(fid, []).append(check)
    return failed


def _check_line(check: Any) -> str:
    return f"{check.id}: {_num(check.left)} ≠ {_num(check.right)}"


def _cell(
    fid: str,
    values: Mapping[str, Any],
    failed: Mapping[str, list[Any]],
    marks: Mapping[str, str] | None = None,
) -> str:
    tv = values.get(fid)
    if tv is None:
        mark = (marks or {}).get(fid, "absent")
        shown, what = _ABSENT_MARKS[mark]
        return (
            f'<td class="absent {mark}" data-field="{_esc(fid)}" '
            f'title="{_esc(fid)}: {_esc(what)}">{shown}</td>'
        )
    classes = ["value"]
    derived = getattr(tv, "method", "read") == "derived"
    lines = [
        fid,
        f"value: {_num(tv.value)}" + (f" {tv.unit}" if getattr(tv, "unit", None) else ""),
        "worked out from the table's sums (no cell of the source could be placed here)"
        if derived
        else f"raw: {tv.raw!r}",
        f"offsets: {tv.start}–{tv.end}",
    ]
    if derived:
        classes.append("derived")
        lines.pop()
    if getattr(tv, "inferred", False):
        classes.append("inferred")
        lines.append("column inferred from the table's arithmetic")
    bad = failed.get(fid, ())
    if bad:
        classes.append("failed")
        lines.append("failed checks:")
        lines.extend("  " + _check_line(c) for c in bad)
    return (
        f'<td class="{" ".join(classes)}" data-field="{_esc(fid)}" '
        f'title="{_title(lines)}">{_esc(_num(tv.value))}</td>'
    )


def _grid(
    table_id: str,
    caption: str,
    rows: Sequence[tuple[str, str]],
    columns: Sequence[tuple[str, str]],
    cells: Sequence[Sequence[str | None]],
    values: Mapping[str, Any],
    failed: Mapping[str, list[Any]],
    marks: Mapping[str, str] | None = None,
) -> str:
    """One HTML table; ``cells[r][c]`` is a field id or None (no such cell in the template)."""
    head = "".join(f'<th title="{_esc(cid)}">{_esc(label)}</th>' for cid, label in columns)
    body = []
    for (rid, label), row_cells in zip(rows, cells, strict=True):
        tds = "".join(
            '<td class="none"></td>' if fid is None else _cell(fid, values, failed, marks)
            for fid in row_cells
        )
        body.append(f'<tr><th title="{_esc(rid)}">{_esc(label)}</th>{tds}</tr>')
    return (
        f'<table class="grid" data-table="{table_id}"><caption>{_esc(caption)}</caption>'
        f"<thead><tr><th></th>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


#: How an absent cell is shown: (cell text, what it means).
_ABSENT_MARKS: dict[str, tuple[str, str]] = {
    "absent": ("", "not in the source's table"),
    "blank": ("·", "blank in the source (empty, /, -, 无)"),
    "unread": ("?", "could not be placed with certainty (a cell lost or several readings)"),
}


# Header labels that differ from schema.T2_COLUMNS (whose "amount" is procurement's).
_T2_HEADERS: dict[tuple[str, str], str] = {
    ("2019", "amount"): "采购总金额（万元）",
    ("2021", "decisions"): "本年处理决定数量",
    ("2021", "amount"): "本年收费金额（万元）",
}


def _t3_rows(template: str | None, values: Mapping[str, Any]) -> list[str]:
    """The template's rows, plus rows of the other template a mixed report fills in."""
    base = T3_ROWS_BY_TEMPLATE.get(template or "2021", T3_ROWS_BY_TEMPLATE["2021"])
    seen = {fid.split(".", 1)[1].rsplit(".", 1)[0] for fid in values if fid.startswith("t3.")}
    return [r for r in T3_ROWS if r in base or r in seen]


def _render_tables(report: Report) -> str:
    tables = report.tables
    if tables is None:
        return '<p class="muted">The tables stage produced nothing.</p>'
    values: Mapping[str, Any] = tables.values or {}
    if not values:
        return (
            f'<p class="muted">No table values were read (template: {_esc(tables.template)}).</p>'
        )
    failed = _failed_by_field(tables.checks)
    marks = {f: "blank" for f in getattr(tables, "blank", ())}
    marks.update({f: "unread" for f in getattr(tables, "unread", ())})
    template = tables.template if tables.template in T2_ROWS else None
    placed: set[str] = set()
    parts: list[str] = []

    # Table 二: rows carry different columns, so the header is the union in template order.
    if template is None:  # no template recognised: take the one whose grid holds most cells

        def held(tpl: str) -> int:
            return sum(
                f"t2.{r}.{c}" in values for r, (_, cols) in T2_ROWS[tpl].items() for c in cols
            )

        t2_template = max(("2021", "2019"), key=held)
    else:
        t2_template = template
    t2_rows = T2_ROWS[t2_template]
    t2_cols: list[str] = []
    for _, cols in t2_rows.values():
        t2_cols.extend(c for c in cols if c not in t2_cols)
    t2_cells = [
        [f"t2.{r}.{c}" if c in cols else None for c in t2_cols] for r, (_, cols) in t2_rows.items()
    ]
    placed.update(f for row in t2_cells for f in row if f)
    if any(f.startswith("t2.") for f in values):
        parts.append(
            _grid(
                "t2",
                f"表二 主动公开政府信息情况 (template {t2_template})",
                [(r, label) for r, (label, _) in t2_rows.items()],
                [(c, _T2_HEADERS.get((t2_template, c), T2_COLUMNS.get(c, c))) for c in t2_cols],
                t2_cells,
                values,
                failed,
                marks,
            )
        )

    t3_rows = _t3_rows(template, values)
    t3_cells = [[f"t3.{r}.{c}" for c in T3_COLUMNS] for r in t3_rows]
    placed.update(f for row in t3_cells for f in row)
    if any(f.startswith("t3.") for f in values):
        parts.append(
            _grid(
                "t3",
                "表三 收到和处理政府信息公开申请情况",
                [(r, T3_ROWS[r]) for r in t3_rows],
                list(T3_COLUMNS.items()),
                t3_cells,
                values,
                failed,
                marks,
            )
        )

    t4_cells = [[f"t4.{g}.{c}" for c in T4_COLUMNS] for g in T4_GROUPS]
    placed.update(f for row in t4_cells for f in row)
    if any(f.startswith("t4.") for f in values):
        parts.append(
            _grid(
                "t4",
                "表四 政府信息公开行政复议、行政诉讼情况",
                list(T4_GROUPS.items()),
                list(T4_COLUMNS.items()),
                t4_cells,
                values,
                failed,
                marks,
            )
        )

    # Fields outside the template's grid (e.g. a 2019 row in a 2021 report) still show.
    extra = [f for f in values if f not in placed]
    if extra:
        rows = "".join(
            f"<tr><th>{_esc(f)}</th>{_cell(f, values, failed, marks)}</tr>" for f in extra
        )
        parts.append(
            f'<table class="grid" data-table="extra"><caption>Fields outside the '
            f"template grid</caption><tbody>{rows}</tbody></table>"
        )
    return _TABLE_LEGEND + "".join(parts)


_TABLE_LEGEND = (
    '<dl class="legend-list" data-legend="tables">'
    '<dt><table class="sample"><tr><td class="value">12</td></tr></table></dt>'
    "<dd>a cell read from the source (hover for its text and place)</dd>"
    '<dt><table class="sample"><tr><td class="value derived">0</td></tr></table></dt>'
    "<dd>worked out from the table's sums: no cell of the source could be placed there, "
    "but the sums allow one value only</dd>"
    '<dt><table class="sample"><tr><td class="value inferred">5</td></tr></table></dt>'
    "<dd>its column was told by the table's sums (the row had too few cells)</dd>"
    '<dt><table class="sample"><tr><td class="value failed">9</td></tr></table></dt>'
    "<dd>a sum of the table (勾稽关系) that reads this cell does not add up</dd>"
    '<dt><table class="sample"><tr><td class="absent blank">·</td></tr></table></dt>'
    "<dd>blank in the source (empty, /, -, 无): no number, not 0</dd>"
    '<dt><table class="sample"><tr><td class="absent unread">?</td></tr></table></dt>'
    "<dd>unread: the row was found but this cell could not be placed with certainty</dd>"
    "</dl>"
)


def _check_rows(checks: Iterable[Any]) -> str:
    rows = []
    for check in checks:
        cls = "check-ok" if check.holds else "check-failed"
        rows.append(
            f'<tr class="{cls}" data-check="{_esc(check.id)}" '
            f'title="{_esc(", ".join(check.fields))}"><td>{_esc(check.id)}</td>'
            f"<td>{_esc(_num(check.left))}</td><td>{_esc(_num(check.right))}</td>"
            f"<td>{'holds' if check.holds else 'FAILS'}</td></tr>"
        )
    return (
        "<table><thead><tr><th>check</th><th>left</th><th>right</th><th>result</th></tr>"
        f"</thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _render_checks(checks: Sequence[Any]) -> str:
    if not checks:
        return '<p class="muted">No checks evaluated (a check needs every cell it reads).</p>'
    failed = sorted((c for c in checks if not c.holds), key=lambda c: c.id)
    passed = sorted((c for c in checks if c.holds), key=lambda c: c.id)
    # Failures stay in view; the many checks that hold are one click away.
    out = f"<p>{len(checks)} checks evaluated, <strong>{len(failed)} failed</strong>.</p>"
    if failed:
        out += _check_rows(failed)
    if passed:
        out += f"<details><summary>{len(passed)} checks that hold</summary>"
        out += _check_rows(passed) + "</details>"
    return out


# --- lists -------------------------------------------------------------------------


def _render_fact_list(facts: Sequence[Any], verdicts: Mapping[int, list[str]]) -> str:
    if not facts:
        return '<p class="muted">No narrative facts.</p>'
    rows = []
    for i, f in enumerate(facts):
        verdict = ", ".join(_verdict_word(v) for v in verdicts.get(i, ())) or ""
        confidence = f.confidence if isinstance(f.confidence, int | float) else None
        rows.append(
            f'<tr data-fact-row="{i}"><td><a href="#fact-{i}">{i}</a></td>'
            f'<td><span class="key" style="--c:{fact_color(f.type)};background:var(--c)">'
            f"{_esc(f.type)}</span></td><td>{_esc(_num(f.value))}</td><td>{_esc(f.unit or '')}"
            f"</td><td>{_esc(f.approx or '')}</td><td>{_esc(f.scope)}</td>"
            f"<td>{_esc(f.year if f.year is not None else '')}</td><td>{_esc(f.section)}</td>"
            f"<td>{_esc(f.text)}</td><td>{_esc(f.method)}</td>"
            f"<td>{'' if confidence is None else f'{confidence:.2f}'}</td>"
            f"<td>{_esc(verdict)}</td></tr>"
        )
    return (
        "<table><thead><tr><th>#</th><th>type</th><th>value</th><th>unit</th>"
        "<th>approx</th><th>scope</th><th>year</th><th>section</th><th>text</th>"
        "<th>method</th><th>conf.</th><th>verdict</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _render_rec_list(recs: Sequence[Any]) -> str:
    if not recs:
        return '<p class="muted">No fact has a table counterpart.</p>'
    rows = []
    for k, r in enumerate(recs):
        rows.append(
            f'<tr data-rec-row="{k}"><td><a href="#fact-{_esc(r.fact)}">{_esc(r.fact)}</a></td>'
            f"<td>{_esc(r.type)}</td><td>{_esc(_num(r.narrative))}</td>"
            f"<td>{_esc(' + '.join(r.fields))}</td><td>{_esc(_num(r.table))}</td>"
            f'<td class="verdict-cell" style="{_verdict_style(r.verdict)}">'
            f"{_esc(_verdict_word(r.verdict))}</td><td>{_esc(getattr(r, 'reason', ''))}</td></tr>"
        )
    return (
        "<table><thead><tr><th>fact</th><th>type</th><th>narrative</th><th>fields</th>"
        "<th>table</th><th>verdict</th><th>reason</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _badge(k: int, rec: Any) -> str:
    return (
        f'<span class="badge verdict-{_slug(rec.verdict)}" data-rec="{k}" '
        f'data-for-fact="{_esc(rec.fact)}" data-verdict="{_esc(rec.verdict)}" '
        f'style="{_verdict_style(rec.verdict)}" title="{_rec_title(k, rec)}">'
        f"{_esc(_verdict_word(rec.verdict))}</span>"
    )


def _legend(facts: Sequence[Any]) -> str:
    counts: dict[str, int] = {}
    for f in facts:
        counts[f.type] = counts.get(f.type, 0) + 1
    order = [t for t in FACT_TYPES if t in counts] + sorted(
        t for t in counts if t not in FACT_TYPES
    )
    keys = "".join(
        f'<span class="key" data-type="{_esc(t)}" style="--c:{fact_color(t)}" '
        f'title="click to hide/show">{_esc(t)} ({counts[t]})</span>'
        for t in order
    )
    verdicts = "".join(
        f'<span class="badge verdict-{_slug(v)}" data-verdict="{_esc(v)}" '
        f'style="{_verdict_style(v)}">'
        f"{_esc(_verdict_word(v))}</span>"
        for v in VERDICTS
    )
    return (
        f'<div class="legend">{keys}</div><div class="legend">{verdicts}</div>'
        "<details><summary>What the marks mean</summary><p>Each number the text states is "
        "highlighted in the colour of what it counts (click a key to hide that kind); a badge "
        f"after a claim gives its verdict against the tables:</p>{_verdict_legend()}</details>"
    )


# --- the page ----------------------------------------------------------------------


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
        f'<dt>{_esc(k)}</dt><dd data-meta="{_esc(k)}">{_esc(v) if v is not None else missing}</dd>'
        for k, v in items
    )
    title = f"{md.agency or '(agency unknown)'} · {md.year or '(year unknown)'}"
    problems = ""
    if report.errors:
        problems += (
            '<h2>Errors</h2><ul class="errors">'
            + "".join(f"<li>{_esc(e)}</li>" for e in report.errors)
            + "</ul>"
        )
    if report.warnings:
        problems += (
            '<h2>Warnings</h2><ul class="warnings">'
            + "".join(_plain_warning(w) for w in report.warnings)
            + "</ul>"
        )
    return f'<header><h1>{_esc(title)}</h1><dl class="meta">{rows}</dl>{summary}{problems}</header>'


def _section_anchors(report: Report, display: _Display) -> tuple[dict[int, list[str]], str]:
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
        anchor = f"sec-{k}-{_slug(sec.id)}"
        anchors.setdefault(start, []).append(
            f'<span class="anchor" id="{anchor}" data-section="{_esc(sec.id)}"></span>'
        )
        links.append(
            f'<a href="#{anchor}" title="{_esc(sec.id)}: {sec.start}–{sec.end}">{_esc(sec.id)}</a>'
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


def render_html(report: Report) -> str:
    """One self-contained HTML page (inline CSS and JS, no external resource) for ``report``.

    >>> from govinfo_nlp.report import Report
    >>> page = render_html(Report(id="x", source=None, text="<script>alert(1)</script>"))
    >>> "<script>alert" in page, "&lt;script&gt;alert(1)" in page
    (False, True)
    """
    facts: Sequence[Any] = tuple(report.facts)
    recs: Sequence[Any] = tuple(report.reconciliation)
    display = _display(report)

    badges_by_fact: dict[int, list[int]] = {}
    verdicts_by_fact: dict[int, list[str]] = {}
    badge_html: dict[int, str] = {}
    orphans: list[int] = []
    for k, rec in enumerate(recs):
        badge_html[k] = _badge(k, rec)
        verdicts_by_fact.setdefault(rec.fact, []).append(rec.verdict)
        if isinstance(rec.fact, int) and 0 <= rec.fact < len(facts):
            badges_by_fact.setdefault(rec.fact, []).append(k)
        else:
            orphans.append(k)

    anchors, nav = _section_anchors(report, display)
    body, unplaced = _render_text(display, facts, badges_by_fact, badge_html, anchors)

    # Facts that have no place in the text still get their highlight and badges here.
    extra = ""
    if unplaced or orphans:
        items = []
        for i in unplaced:
            f = facts[i]
            items.append(
                f'<li><mark class="fact unplaced t-{_slug(f.type)}" id="fact-{i}" '
                f'data-fact="{i}" data-type="{_esc(f.type)}" style="--c:{fact_color(f.type)}" '
                f'title="{_fact_title(i, f)}">{_esc(f.text)}<span class="label">'
                f"{_esc(f.type)}</span></mark>"
                + "".join(badge_html[k] for k in badges_by_fact.get(i, ()))
                + f' <span class="muted">offsets {_esc(f.start)}–{_esc(f.end)}</span>'
                + "</li>"
            )
        items.extend(
            f"<li>reconciliation for missing fact {_esc(recs[k].fact)}: {badge_html[k]}</li>"
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
            f'<pre class="source">{_esc(report.text)}</pre></details>'
        )

    checks = tuple(report.tables.checks) if report.tables is not None else ()
    page_title = f"{report.metadata.agency or report.id} {report.metadata.year or ''}".strip()
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(page_title)} · govinfo_nlp</title><style>{_CSS}</style></head><body>"
        f"{_header(report, _render_summary(report, display))}"
        f'<h2>Text</h2><p class="muted">{_esc(note)} {len(facts)} facts, '
        f"{len(recs)} reconciled.</p>{nav}{_legend(facts)}"
        f'<pre class="text" data-display="{display.kind}">{body}</pre>{extra}{source}'
        f'<h2 id="tables">Tables</h2>{_render_tables(report)}'
        f"<h2>Checks</h2>{_render_checks(checks)}"
        f"<h2>Reconciliation</h2>{_render_rec_list(recs)}"
        f"<h2>Facts</h2>{_render_fact_list(facts, verdicts_by_fact)}"
        f"<script>{_JS}</script></body></html>\n"
    )


# --- the summary: claims checked, contradictions first -----------------------------

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


def _plain_warning(warning: str) -> str:
    code, _, detail = warning.partition(": ")
    head = _PLAIN_WARNINGS.get(code)
    if head is None:
        for prefix, words in _PLAIN_WARNINGS.items():
            if code.startswith(prefix + "."):
                head = words
                break
    if head is None:
        return f'<li title="{_esc(code)}">{_esc(warning)}</li>'
    return f'<li title="{_esc(code)}"><strong>{_esc(head)}.</strong> {_esc(detail)}</li>'


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


def _sentence(display: _Display, start: int, end: int) -> tuple[str, str, str]:
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
            shown = f'{_esc(_num(tv.value))} <span class="muted">({_esc(how)})</span>'
        rows.append(
            f'<tr><td><a href="#tables" data-field="{_esc(fid)}">{_esc(field_label(fid))}</a>'
            f'<br><span class="muted">{_esc(fid)}</span></td><td>{shown}</td></tr>'
        )
    return f"<table><thead><tr><th>table cell</th><th>value</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _render_summary(report: Report, display: _Display) -> str:
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
            f'<span><span class="badge" style="{_verdict_style(v)}">{_esc(_verdict_word(v))}'
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
            f"{_esc(before)}<mark>{_esc(claim)}</mark>{_esc(after)}</p>"
            f"<p>The text says <strong>{_esc(_num(rec.narrative))}</strong>; the table says "
            f"<strong>{_esc(_num(rec.table))}</strong>. "
            f'<a href="#fact-{_esc(rec.fact)}">see it in the text</a></p>'
            f"{_cells_table(rec, values)}"
            f'<p class="muted">Why: {_esc(rec.reason)}</p></div>'
        )
    unchecked = [r for r in recs if r.verdict == "unverifiable"]
    if unchecked:
        items = "".join(
            f'<li><a href="#fact-{_esc(r.fact)}">{_esc(facts[r.fact].text if 0 <= r.fact < len(facts) else r.fact)}</a>: '
            f"{_esc(r.reason)}</li>"
            for r in unchecked
        )
        out.append(
            f"<details><summary>{len(unchecked)} claims could not be checked, and why"
            f"</summary><ul>{items}</ul></details>"
        )
    out.append("</section>")
    return "".join(out)


def _verdict_legend() -> str:
    items = "".join(
        f'<dt><span class="badge" style="{_verdict_style(v)}">{_esc(_verdict_word(v))}</span></dt>'
        f"<dd>{_esc(VERDICT_MEANINGS[v])}</dd>"
        for v in VERDICTS
    )
    return f'<dl class="legend-list" data-legend="verdicts">{items}</dl>'


# --- a corpus-wide page of disagreements ------------------------------------------


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
                f'<tr><td>{_esc(field_label(f))}<br><span class="muted">{_esc(f)}</span></td>'
                f"<td>{_esc(_num(by_field[f]['value'])) if f in by_field else ''}</td></tr>"
                for f in rec.get("fields") or ()
            )
            entries.append(
                f'<div class="contradiction"><p><strong>{_esc(who)}</strong> '
                f'<span class="muted">{_esc(row.get("source"))}</span></p>'
                f'<p class="sentence"><mark>{_esc(fact.get("text", ""))}</mark></p>'
                f"<p>The text says <strong>{_esc(_num(rec.get('narrative')))}</strong>; the "
                f"table says <strong>{_esc(_num(rec.get('table')))}</strong>.</p>"
                f"<table><thead><tr><th>table cell</th><th>value</th></tr></thead>"
                f"<tbody>{trs}</tbody></table>"
                f'<p class="muted">Why: {_esc(rec.get("reason", ""))}</p></div>'
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
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Disagreements · govinfo_nlp</title><style>{_CSS}</style></head><body>"
        f"<header><h1>Where the text contradicts its own tables</h1>{head}</header>"
        f"{_verdict_legend()}{body}</body></html>\n"
    )
