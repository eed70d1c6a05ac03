"""The parsed tables laid out on the template's rows and columns, and the checks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..schema import (
    T2_COLUMNS,
    T2_ROWS,
    T3_COLUMNS,
    T3_ROWS,
    T3_ROWS_BY_TEMPLATE,
    T4_COLUMNS,
    T4_GROUPS,
)
from .common import esc, num, title

if TYPE_CHECKING:
    from ..report import Report

__all__ = ["TABLE_LEGEND", "render_checks", "render_tables"]


def _failed_by_field(checks: Iterable[Any]) -> dict[str, list[Any]]:
    failed: dict[str, list[Any]] = {}
    for check in checks:
        if not check.holds:
            for fid in check.fields:
                failed.setdefault(fid, []).append(check)
    return failed


def _check_line(check: Any) -> str:
    return f"{check.id}: {num(check.left)} ≠ {num(check.right)}"


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
            f'<td class="absent {mark}" data-field="{esc(fid)}" '
            f'title="{esc(fid)}: {esc(what)}">{shown}</td>'
        )
    classes = ["value"]
    derived = getattr(tv, "method", "read") == "derived"
    lines = [
        fid,
        f"value: {num(tv.value)}" + (f" {tv.unit}" if getattr(tv, "unit", None) else ""),
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
        f'<td class="{" ".join(classes)}" data-field="{esc(fid)}" '
        f'title="{title(lines)}">{esc(num(tv.value))}</td>'
    )


#: A grid's cells by row and column: a field id, or None where the template has no cell.
Grid = Sequence[Sequence[str | None]]


def _grid(
    table_id: str,
    caption: str,
    rows: Sequence[tuple[str, str]],
    columns: Sequence[tuple[str, str]],
    cells: Grid,
    values: Mapping[str, Any],
    failed: Mapping[str, list[Any]],
    marks: Mapping[str, str] | None = None,
) -> str:
    """One HTML table; ``cells[r][c]`` is a field id or None (no such cell in the template)."""
    head = "".join(f'<th title="{esc(cid)}">{esc(label)}</th>' for cid, label in columns)
    body = []
    for (rid, label), row_cells in zip(rows, cells, strict=True):
        tds = "".join(
            '<td class="none"></td>' if fid is None else _cell(fid, values, failed, marks)
            for fid in row_cells
        )
        body.append(f'<tr><th title="{esc(rid)}">{esc(label)}</th>{tds}</tr>')
    return (
        f'<table class="grid" data-table="{table_id}"><caption>{esc(caption)}</caption>'
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


def render_tables(report: Report) -> str:
    tables = report.tables
    if tables is None:
        return '<p class="muted">The tables stage produced nothing.</p>'
    values: Mapping[str, Any] = tables.values or {}
    if not values:
        return f'<p class="muted">No table values were read (template: {esc(tables.template)}).</p>'
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
    t3_rows = _t3_rows(template, values)

    # table -> (caption, rows, columns, cells): drawn only when the table holds a value,
    # its cells placed either way (they are not shown again as fields outside the grids)
    grids: dict[str, tuple[str, Sequence[tuple[str, str]], Sequence[tuple[str, str]], Grid]] = {
        "t2": (
            f"表二 主动公开政府信息情况 (template {t2_template})",
            [(r, label) for r, (label, _) in t2_rows.items()],
            [(c, _T2_HEADERS.get((t2_template, c), T2_COLUMNS.get(c, c))) for c in t2_cols],
            t2_cells,
        ),
        "t3": (
            "表三 收到和处理政府信息公开申请情况",
            [(r, T3_ROWS[r]) for r in t3_rows],
            list(T3_COLUMNS.items()),
            [[f"t3.{r}.{c}" for c in T3_COLUMNS] for r in t3_rows],
        ),
        "t4": (
            "表四 政府信息公开行政复议、行政诉讼情况",
            list(T4_GROUPS.items()),
            list(T4_COLUMNS.items()),
            [[f"t4.{g}.{c}" for c in T4_COLUMNS] for g in T4_GROUPS],
        ),
    }
    for table, (caption, labels, columns, cells) in grids.items():
        placed.update(f for row in cells for f in row if f)
        if any(f.startswith(table + ".") for f in values):
            parts.append(_grid(table, caption, labels, columns, cells, values, failed, marks))

    # Fields outside the template's grid (e.g. a 2019 row in a 2021 report) still show.
    extra = [f for f in values if f not in placed]
    if extra:
        rows = "".join(
            f"<tr><th>{esc(f)}</th>{_cell(f, values, failed, marks)}</tr>" for f in extra
        )
        parts.append(
            f'<table class="grid" data-table="extra"><caption>Fields outside the '
            f"template grid</caption><tbody>{rows}</tbody></table>"
        )
    return TABLE_LEGEND + "".join(parts)


TABLE_LEGEND = (
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
            f'<tr class="{cls}" data-check="{esc(check.id)}" '
            f'title="{esc(", ".join(check.fields))}"><td>{esc(check.id)}</td>'
            f"<td>{esc(num(check.left))}</td><td>{esc(num(check.right))}</td>"
            f"<td>{'holds' if check.holds else 'FAILS'}</td></tr>"
        )
    return (
        "<table><thead><tr><th>check</th><th>left</th><th>right</th><th>result</th></tr>"
        f"</thead><tbody>{''.join(rows)}</tbody></table>"
    )


def render_checks(checks: Sequence[Any]) -> str:
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
