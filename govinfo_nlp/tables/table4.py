"""Table 四 (行政复议/行政诉讼): read from its header and one row of values, or
drawn as one row per group, or transposed."""

from __future__ import annotations

from collections.abc import Sequence

from ..schema import T4_COLUMNS, T4_GROUPS
from .grid import Item
from .headers import HEADING, t4_order
from .reading import Reading, RowRead, collect, split_trailing
from .templates import compact, header_tokens

__all__ = ["MAX_LABELS", "PARTIAL_HEADER", "T4_STANDARD", "read_t4"]

T4_STANDARD = tuple(f"t4.{g}.{c}" for g in T4_GROUPS for c in T4_COLUMNS)
# Labels of one row of table 四 drawn as rows (a group's, or the groups' over a
# transposed table's first result): more cells of text before the first number
# are a header, never rows.
MAX_LABELS = 7
PARTIAL_HEADER = (
    "tables.header: table 四's header could not be read in full; "
    "the standard column order is assumed"
)


def read_t4(
    items: Sequence[Item], i: int, reading: Reading, *, full_header: bool = False
) -> tuple[list[RowRead], int]:
    """Table 四 from its header cell 行政复议 at ``i``: header words, then one row of values.

    When the header does not name the three groups with their five columns,
    the table may be drawn as one row per group (行政复议 | 5 numbers…) or
    transposed (groups as columns, one row per result): see :func:`_t4_rows`.
    With ``full_header`` (the table stands in prose: a 附件 after the signature)
    it is read only under a header naming every group and column.
    """
    texts: list[str] = []
    j = i
    while j < len(items) and items[j].kind != "value":
        if items[j].kind == "text":
            if len(texts) > 40 or len(compact(items[j].text)) > 40:
                return [], i + 1
            texts.append(items[j].text)
        j += 1
    if j >= len(items):
        return [], i + 1
    order, partial = t4_order("|".join(texts))
    if order is None and full_header:
        return [], i + 1
    if order is None:
        rows, nxt = _t4_rows(items, i)
        if rows:
            return rows, nxt
        if partial:
            reading.warnings.append(PARTIAL_HEADER)
        order = T4_STANDARD
    first_value = j
    # Empty cells count only on the values' own line: elsewhere they pad the header.
    k = first_value - 1
    while k > i and items[k].kind == "empty" and items[k].line == items[first_value].line:
        k -= 1
    slots, trailing, nxt = collect(items, k)
    label = items[i]
    return [RowRead("t4", label, slots, trailing, columns=order)], nxt


def _t4_rows(items: Sequence[Item], i: int) -> tuple[list[RowRead], int]:
    """Table 四 drawn as labelled rows, from its first row label 行政复议 at ``i``.

    Either one row per group (行政复议 / 未经复议直接起诉 / 复议后起诉, each
    followed by its numbers, columns from the header before ``i`` or the
    standard five), or transposed (the groups named first as column headers,
    then one row per result: 结果维持 | 3 numbers). Empty list when the cells
    are neither.
    """
    runs: list[tuple[list[Item], list[Item], tuple[Item, ...]]] = []  # labels, cells, trailing
    labels: list[Item] = []
    j = i
    while j < len(items) and len(runs) < 6:
        it = items[j]
        if it.kind == "text":
            c = compact(it.text)
            if len(c) > 40 or (j > i and HEADING.match(c)) or len(labels) >= MAX_LABELS:
                break
            labels.append(it)
            j += 1
            continue
        cells: list[Item] = []
        while j < len(items) and items[j].kind != "text":
            cells.append(items[j])
            j += 1
        cells, trailing = split_trailing(cells)
        if not labels or not cells:
            break
        runs.append((labels, cells, trailing))
        labels = []
    if not runs:
        return [], i + 1
    nxt = j - len(labels)  # labels after the last run belong to what follows

    def tokens(it: Item) -> tuple[list[str], list[str]]:
        found = header_tokens("t4", it.text)
        groups = [t[1:] for t in found if t[1:] in T4_GROUPS]
        return list(dict.fromkeys(groups)), [t for t in found if not t.startswith("@")]

    out: list[RowRead] = []
    # One row per group.
    if all(len(tokens(lab[-1])[0]) == 1 and not tokens(lab[-1])[1] for lab, _, _ in runs):
        back: list[str] = []
        k = i - 1
        while k >= 0 and i - k <= 12 and items[k].kind != "value":
            if items[k].kind == "text":
                if len(compact(items[k].text)) > 40:
                    break
                back.append(items[k].text)
            k -= 1
        cols = [t for t in header_tokens("t4", "|".join(reversed(back))) if not t.startswith("@")]
        if not cols:
            cols = list(T4_COLUMNS)
        if sorted(cols) != sorted(T4_COLUMNS):
            return [], i + 1
        seen: set[str] = set()
        for lab, cells, trailing in runs:
            group = tokens(lab[-1])[0][0]
            if group in seen:
                return [], i + 1
            seen.add(group)
            columns = tuple(f"t4.{group}.{c}" for c in cols)
            out.append(RowRead(f"t4.{group}", lab[-1], cells, trailing, columns=columns))
        return out, nxt
    # Transposed: groups named before the first result row.
    groups: list[str] = []
    for head in runs[0][0][:-1]:
        for g in tokens(head)[0]:
            if g not in groups:
                groups.append(g)
    if len(groups) < 2:
        return [], i + 1
    seen = set()
    for lab, cells, trailing in runs:
        found_groups, cols = tokens(lab[-1])
        if found_groups or len(cols) != 1 or cols[0] in seen or len(cells) > len(groups):
            return [], i + 1
        seen.add(cols[0])
        columns = tuple(f"t4.{g}.{cols[0]}" for g in groups)
        out.append(RowRead(f"t4.{cols[0]}", lab[-1], cells, trailing, columns=columns))
    return out, nxt
