"""The tables stage, top to bottom: cells → rows by label → columns → alignment → values → checks.

1. Layout recovery (:mod:`.grid`): the text (or the HTML tables) becomes a
   flat stream of text / value / empty cells.
2. Rows are found by their labels (:mod:`.templates`), and a row's cells
   are the value and empty cells that follow its label up to the next text
   cell, whatever the separators.
3. Columns come from the headers (table 二's per sub-table header, table
   三's 申请人情况 header, table 四's two header rows), the standard order
   being the default; the template (2019/2021) from table 二's headers.
4. Rows whose cell count does not match their columns are aligned with the
   tables' arithmetic (:mod:`.align`), or left out with a warning.
5. Values get their unit (money in 万元), and the checks and plausibility
   warnings are evaluated (:mod:`.checks`).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

from ..schema import MONEY_FIELDS, T2_ROWS, T3_COLUMNS, T4_COLUMNS, T4_GROUPS
from .align import RowObs, Slot, resolve
from .checks import CheckDef, check_defs, evaluate_all, plausibility, t3_rows
from .grid import BLANK_CELL, CellStyle, HtmlTableLike, Item, items_from_html, items_from_text
from .model import TablesResult, TableValue
from .templates import (
    clean_label,
    compact,
    header_tokens,
    header_words,
    is_group,
    is_structural,
    load_rules,
    match_row,
    template_votes,
)
from .values import CellNumber, parse_cell, to_wanyuan

if TYPE_CHECKING:
    from ..normalize import NormalizedText

__all__ = ["parse_tables"]

logger = logging.getLogger(__name__)

# Above this many 万元 (100亿元) an amount with no unit was almost surely
# written in 元.
_IMPLAUSIBLE_WANYUAN = 1_000_000
# "(单位:万元)", "单位:千元", or just "(万元)" after the column name.
_UNIT_IN_HEADER = re.compile(r"(?:单位:?|\()\s*(千万元|百万元|万元|亿元|千元|元)")
# Header words (labels.json's t3_headers / t4_headers): a cell that is one of
# them is table furniture, never a row label.
_T3_HEADER_WORDS = frozenset(header_words("t3"))
_T4_HEADER_WORDS = frozenset(header_words("t4"))
# The contexts a row label is matched in (see templates.match_row).
_CTX_NONE: frozenset[str] = frozenset()
_CTX_T3 = frozenset({"t3.body"})
_CTX_T3_AFTER_OH = frozenset({"t3.body", "t3.after_other_handling"})
# Header columns that only one template has: a template marker next to them is a strong vote.
_STRONG_HEADERS = frozenset(
    {"made", "published", "total", "made|published", "issued", "repealed", "in_force"}
)
_HEADING = re.compile(r"^[一二三四五六七八九十]、")
_T4_STANDARD = tuple(f"t4.{g}.{c}" for g in T4_GROUPS for c in T4_COLUMNS)
_SECTION_TITLES = {"proactive": "二", "requests": "三", "appeals": "四"}
_SECTION_WORDS = {"二": "主动公开", "三": "申请", "四": "行政复议"}


class _SectionLike(Protocol):
    @property
    def id(self) -> str: ...


# Where each table belongs, and the sections that hold prose: a row read in a
# prose section is a small table of the narrative (a decoy), unless it sits
# under the table's own header.
_OWN_SECTION = {"t2": "proactive", "t3": "requests", "t4": "appeals"}
_PROSE_SECTIONS = frozenset({"preamble", "overview", "problems", "other"})


@dataclass(frozen=True)
class _Zones:
    """The report's sections, in the coordinates of the cells read (empty: unknown)."""

    starts: tuple[int, ...] = ()
    ids: tuple[str, ...] = ()

    def at(self, pos: int) -> int:
        """Index of the section holding offset ``pos`` (-1: before the first heading)."""
        return bisect_right(self.starts, pos) - 1 if self.starts else 0

    def id_at(self, index: int) -> str:
        return self.ids[index] if index >= 0 else "preamble"

    def rank(self, table: str, pos: int, header_at: int | None) -> int:
        """2: in the table's own section or under its header; 0: in prose; 1: otherwise."""
        if not self.starts:
            return 1 if header_at is None else 2
        index = self.at(pos)
        own = _OWN_SECTION[table]
        if self.id_at(index) == own or header_at == index:
            return 2
        if own in self.ids and self.id_at(index) in _PROSE_SECTIONS:
            return 0
        return 1


def _zones(
    sections: Sequence[_SectionLike], to_coords: Callable[[int, int], tuple[int, int]] | None
) -> _Zones:
    starts: list[int] = []
    ids: list[str] = []
    for s in sections:
        start = getattr(s, "start", None)
        if not isinstance(start, int):
            return _Zones()
        if to_coords is not None:
            start = to_coords(start, start)[0]
        if starts and start < starts[-1]:
            return _Zones()
        starts.append(start)
        ids.append(s.id)
    return _Zones(tuple(starts), tuple(ids))


@dataclass
class _RowRead:
    key: str  # table.row
    label: Item
    slots: list[Item]
    trailing: tuple[Item, ...]  # empty cells after the last value, dropped as padding
    columns: tuple[str, ...] = ()
    index: int = -1  # position of the label among the cells
    header_units: dict[str, str] = field(default_factory=dict)


@dataclass
class _Reading:
    rows: dict[str, _RowRead] = field(default_factory=dict)
    t4: list[_RowRead] = field(default_factory=list)
    t3_order: tuple[str, ...] = tuple(T3_COLUMNS)
    t4_order: tuple[str, ...] = ()
    strong: Counter[str] = field(default_factory=Counter)
    weak: Counter[str] = field(default_factory=Counter)
    widths: Counter[int] = field(default_factory=Counter)
    line_width: dict[int, int] = field(default_factory=dict)
    lines: dict[int, list[Item]] = field(default_factory=dict)
    t3_header: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return bool(self.rows) or bool(self.t4)


def _t2_header_cols(text: str) -> list[str]:
    """Table 二 header columns named in one cell, in order (a PDF line may name several)."""
    label = compact(text)
    found: list[tuple[int, int, str]] = []
    for rule in load_rules().t2_headers:
        for m in rule.pattern.finditer(label):
            if any(m.start() < e and s < m.end() for s, e, _ in found):
                continue
            found.append((m.start(), m.end(), rule.column))
    return [c for _, _, c in sorted(found)]


@dataclass(frozen=True, slots=True)
class _CellInfo:
    """What the reader asks of a text cell that names no row (a pure function of its text)."""

    votes: tuple[tuple[str, bool], ...]  # (template, by a strong header?) per marker found
    opens_t2: bool  # 信息内容 / 第二十条: table 二's header starts here
    header_cols: tuple[str, ...]  # table 二 columns named, for cells short enough to be headers
    amount_unit: str | None  # the money unit such a header cell states
    t4_head: bool  # table 四's header cell 行政复议
    opens_t3: bool  # table 三's header (申请人情况, 自然人, 勾稽关系)
    t4_heading: bool  # the heading 四、…行政复议… of table 四's section


# Prose lines are cells too: each distinct text is analysed once (labels and
# header words also repeat from one document to the next).
@lru_cache(maxsize=4096)
def _cell_info(text: str) -> _CellInfo:
    c = compact(text)
    votes: tuple[tuple[str, bool], ...] = ()
    if len(c) <= 30:
        templates = template_votes(text)
        if templates:
            strong = bool(_STRONG_HEADERS.intersection(_t2_header_cols(text)))
            votes = tuple((tpl, strong) for tpl in templates)
    cols = tuple(_t2_header_cols(text)) if len(c) <= 60 else ()
    unit = None
    if cols and "amount" in cols:
        found = _UNIT_IN_HEADER.search(c)
        unit = found.group(1) if found else None
    t4_head = len(c) <= 8 and clean_label(text).startswith("行政复议")
    opens_t3 = len(c) <= 60 and ("申请人情况" in c or "自然人" in c or "勾稽关系" in c)
    t4_heading = len(c) <= 40 and c.startswith("四") and "行政复议" in c and bool(_HEADING.match(c))
    return _CellInfo(
        votes, "信息内容" in c or "第二十条" in c, cols, unit, t4_head, opens_t3, t4_heading
    )


@lru_cache(maxsize=4096)
def _is_stop(text: str) -> bool:
    """A text cell that can never be the continuation of a row label."""
    c = compact(text)
    return (
        match_row(text, context=_CTX_T3_AFTER_OH) is not None
        or is_group(text)
        or is_structural(text)
        or bool(_t2_header_cols(text))
        or c in _T3_HEADER_WORDS
        or c in _T4_HEADER_WORDS
        or bool(_HEADING.match(c))
    )


def _collect(items: Sequence[Item], i: int) -> tuple[list[Item], tuple[Item, ...], int]:
    """Cells after the label at ``i``: (slots without trailing empties, trailing empties, next)."""
    slots: list[Item] = []
    skipped = 0
    started = False
    j = i + 1
    while j < len(items):
        it = items[j]
        if it.kind == "value":
            slots.append(it)
            started = True
        elif it.kind == "empty":
            slots.append(it)
        else:
            # A label wrapped over two lines leaves its tail ("不计其他情形）")
            # before the numbers; anything else ends the row.
            # (Length first: the cheaper test, and a long cell ends the row either way.)
            if started or skipped >= 2 or len(compact(it.text)) > 30 or _is_stop(it.text):
                break
            skipped += 1
        j += 1
    cut = len(slots)
    while cut and slots[cut - 1].kind == "empty":
        cut -= 1
    trailing = tuple(slots[cut:])
    del slots[cut:]
    return slots, trailing, j


def _wrapped_label(
    items: Sequence[Item], i: int, context: frozenset[str]
) -> tuple[str | None, int]:
    """The row of a label wrapped over two cells, and where its tail is (-1: right after it).

    The head ("5.要求行政机关确认或重") names no row; the tail is the next text
    cell ("新出具已获取信息"), or, in PDF text, the text cell right after the
    row's values ("…不掌握相关 15 0 0 0 0 0 15" / "政府信息"). The two are
    joined only when neither names a row alone and the join does.
    """
    head = items[i].text
    if len(head) > 40 or _is_stop(head) or i + 1 >= len(items):
        return None, -1
    j = i + 1
    if items[j].kind != "text":
        while j < len(items) and items[j].kind != "text":
            j += 1
        if j >= len(items) or items[j].line == items[j - 1].line:
            return None, -1
    nxt = items[j]
    if len(nxt.text) > 20 or _is_stop(nxt.text):
        return None, -1
    row = match_row(head + nxt.text, context=context)
    if row is None:
        return None, -1
    return row, (j if j > i + 1 else -1)


@lru_cache(maxsize=256)
def _t3_order(header_text: str) -> tuple[tuple[str, ...] | None, bool]:
    """Column order from table 三's header; (None, partial?) when it cannot be read.

    A header that names the two ends (自然人, 总计) and all but one or two of
    the other columns, each once, is a table without those columns (the
    caller checks that the rows agree).
    """
    tokens = header_tokens("t3", header_text)
    if not tokens:
        return None, False
    top: list[str] = []
    subs: list[str] = []
    for t in tokens:
        bucket = top if t in ("natural", "@legal_entities", "total") else subs
        if t not in bucket:
            bucket.append(t)
    if "@legal_entities" in top:
        order = [c for t in top for c in (subs if t == "@legal_entities" else [t])]
    else:
        order = [t for t in dict.fromkeys(tokens) if t != "@legal_entities"]
    if sorted(order) == sorted(T3_COLUMNS):
        return tuple(order), False
    if (
        len(order) == len(set(order))
        and {"natural", "total"} <= set(order) <= set(T3_COLUMNS)
        and len(order) >= len(T3_COLUMNS) - 2
    ):
        return tuple(order), False
    return None, True


@lru_cache(maxsize=256)
def _t4_order(header_text: str) -> tuple[tuple[str, ...] | None, bool]:
    tokens = header_tokens("t4", header_text)
    groups = [t[1:] for t in dict.fromkeys(tokens) if t[1:] in T4_GROUPS]
    cols = [t for t in tokens if not t.startswith("@")]
    if not tokens:
        return None, False
    if sorted(groups) != sorted(T4_GROUPS):
        return None, True
    blocks: list[list[str]]
    if len(cols) == 5 * len(T4_GROUPS):
        blocks = [cols[k * 5 : k * 5 + 5] for k in range(len(T4_GROUPS))]
    elif len(cols) == 5:
        blocks = [cols] * len(T4_GROUPS)
    else:
        return None, True
    if any(sorted(b) != sorted(T4_COLUMNS) for b in blocks):
        return None, True
    return tuple(f"t4.{g}.{c}" for g, b in zip(groups, blocks, strict=True) for c in b), False


def _read(items: Sequence[Item], zones: _Zones = _Zones()) -> _Reading:
    reading = _Reading()
    for it in items:
        reading.lines.setdefault(it.line, []).append(it)
    for line, line_items in reading.lines.items():
        reading.line_width[line] = max(max(it.col for it in line_items) + 1, len(line_items))
    t3_started = t3_done = after_oh = t2_seen = False
    t2_header: list[str] = []
    t2_units: dict[str, str] = {}
    # Section index where each table's header was last seen (rows under it belong to it).
    header_at: dict[str, int | None] = {"t2": None, "t3": None}
    found: dict[str, list[tuple[int, _RowRead]]] = {}
    i = 0
    while i < len(items):
        it = items[i]
        if it.kind != "text":
            i += 1
            continue
        if t3_started and not t3_done:
            context = _CTX_T3_AFTER_OH if after_oh else _CTX_T3
        else:
            context = _CTX_NONE
        row = match_row(it.text, context=context)
        tail = -1
        if row is None:
            row, tail = _wrapped_label(items, i, context)
        if row is None:
            info = _cell_info(it.text)
            for tpl, strong in info.votes:
                (reading.strong if strong else reading.weak)[tpl] += 1
            if not t3_started:
                if info.opens_t2:
                    t2_header, t2_units = [], {}
                    t2_seen = True
                    header_at["t2"] = zones.at(it.start)
                if info.header_cols:
                    t2_header.extend(info.header_cols)
                    if info.amount_unit is not None:
                        t2_units["amount"] = info.amount_unit
            if info.opens_t3:
                header_at["t3"] = zones.at(it.start)
            if (
                not reading.t4
                and (t3_done or not t3_started)
                and info.t4_head
                and zones.rank("t4", it.start, None) > 0
            ):
                reading.t4, i = _read_t4(items, i, reading)
                if reading.t4:
                    t3_done = True
                continue
            if (
                not reading.t4
                and info.t4_heading
                and i + 1 < len(items)
                and items[i + 1].kind == "value"
            ):
                # Numbers right under the heading, no header: the standard order.
                slots, trailing, nxt = _collect(items, i)
                if len(slots) == len(_T4_STANDARD):
                    reading.t4 = [_RowRead("t4", it, slots, trailing, columns=_T4_STANDARD)]
                    reading.warnings.append(
                        "tables.header: table 四 has no header; its numbers are read in "
                        "the standard column order"
                    )
                    t3_done = True
                    i = nxt
                    continue
            i += 1
            continue
        slots, trailing, nxt = _collect(items, i)
        if tail > nxt:
            nxt = tail + 1  # the label's tail after the row's values is consumed
        in_table = t3_started if row.startswith("t3.") else t2_seen
        if not slots and not in_table:
            # A label with nothing after it, outside any table: a mention in
            # the prose or a heading, not a row.
            i += 1
            continue
        table = row[:2]
        rank = zones.rank(table, it.start, header_at[table])
        if rank > 0:
            if row.startswith("t3."):
                t3_started = True
                if row.startswith("t3.other_handling"):
                    after_oh = True
            else:
                t2_seen = True
        read = _RowRead(row, it, slots, trailing, index=i)
        if row.startswith("t2."):
            read.columns = _t2_columns(row, t2_header)
            read.header_units = dict(t2_units)
        found.setdefault(row, []).append((rank, read))
        if row == "t3.carried_out" and rank > 0:
            t3_done = True
        i = max(nxt, i + 1)
    _choose_rows(found, reading, zones)
    for field_id in ("t2.other_services", "t2.procurement"):
        if field_id in reading.rows:
            reading.weak["2019"] += 1
    t3_first = min((r.index for k, r in reading.rows.items() if k.startswith("t3.")), default=-1)
    if t3_first >= 0:
        _read_t3_header(items, t3_first, reading)
    return reading


def _choose_rows(
    found: dict[str, list[tuple[int, _RowRead]]], reading: _Reading, zones: _Zones
) -> None:
    """One occurrence per row: the one in the table's own section or block; none if unsure."""
    for row, occurrences in found.items():
        best = max(rank for rank, _ in occurrences)
        if best == 0:
            where = zones.id_at(zones.at(occurrences[0][1].label.start))
            reading.warnings.append(
                f"tables.prose_row: {row} appears only in the {where} section, outside "
                "the table's section; not read"
            )
            continue
        top = [read for rank, read in occurrences if rank == best]
        filled = [read for read in top if read.slots] or top
        readings = {tuple(s.text for s in read.slots) for read in filled}
        if len(readings) > 1:
            reading.warnings.append(
                f"tables.duplicate_row: {row} appears {len(filled)} times with different "
                "cells and none is more surely the table's; emitted no cells"
            )
            continue
        if len(occurrences) > 1 and any(read.slots for _, read in occurrences):
            reading.warnings.append(
                f"tables.duplicate_row: {row} appears {len(occurrences)} times; the "
                f"occurrence at offset {filled[0].label.start} is read"
            )
        reading.rows[row] = filled[0]


def _t2_columns(row: str, header: list[str]) -> tuple[str, ...]:
    resolved: list[str] = []
    for col in header:
        if col == "made|published":
            col = "published" if "made" in resolved else "made"
        resolved.append(col)
    # A header is trusted only when it names exactly the columns of this row in
    # one of the templates (in any order); a stale or garbled header is not.
    _, _, row_id = row.partition(".")
    shapes = [set(T2_ROWS[tpl][row_id][1]) for tpl in T2_ROWS if row_id in T2_ROWS[tpl]]
    if len(set(resolved)) == len(resolved) and set(resolved) in shapes:
        return tuple(resolved)
    return ()


def _read_t3_header(items: Sequence[Item], first: int, reading: _Reading) -> None:
    texts: list[str] = []
    j = first - 1
    while j >= 0 and first - j <= 60 and items[j].kind != "value":
        it = items[j]
        if (
            it.kind == "text"
            and len(compact(it.text)) <= 40
            and not compact(it.text).startswith("注")
        ):
            texts.append(it.text)
            reading.t3_header.append(it)
        j -= 1
    order, partial = _t3_order("|".join(reversed(texts)))
    if order is not None and len(order) < len(T3_COLUMNS):
        # A header without some columns: trusted only if the rows have as many cells.
        widths = Counter(
            len(r.slots) for k, r in reading.rows.items() if k.startswith("t3.") and r.slots
        )
        fits = widths[len(order)]
        if fits < 3 or fits < 0.8 * sum(widths.values()):
            order, partial = None, True
        else:
            missing = [c for c in T3_COLUMNS if c not in order]
            reading.warnings.append(
                f"tables.columns_absent: table 三's header has no column {', '.join(missing)}; "
                "those cells are absent"
            )
    if order is not None:
        reading.t3_order = order
        if len(order) == len(T3_COLUMNS) and order != tuple(T3_COLUMNS):
            reading.warnings.append(
                "tables.column_order: table 三's header gives the column "
                f"order {', '.join(order)}; read in that order"
            )
    elif partial:
        reading.warnings.append(
            "tables.header: table 三's header could not be read in full; "
            "the standard column order is assumed"
        )


def _read_t4(items: Sequence[Item], i: int, reading: _Reading) -> tuple[list[_RowRead], int]:
    """Table 四 from its header cell 行政复议 at ``i``: header words, then one row of values.

    When the header does not name the three groups with their five columns,
    the table may be drawn as one row per group (行政复议 | 5 numbers…) or
    transposed (groups as columns, one row per result): see :func:`_t4_rows`.
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
    order, partial = _t4_order("|".join(texts))
    if order is None:
        rows, nxt = _t4_rows(items, i)
        if rows:
            return rows, nxt
        if partial:
            reading.warnings.append(
                "tables.header: table 四's header could not be read in full; "
                "the standard column order is assumed"
            )
        order = _T4_STANDARD
    reading.t4_order = order
    first_value = j
    # Empty cells count only on the values' own line: elsewhere they pad the header.
    k = first_value - 1
    while k > i and items[k].kind == "empty" and items[k].line == items[first_value].line:
        k -= 1
    slots, trailing, nxt = _collect(items, k)
    label = items[i]
    return [_RowRead("t4", label, slots, trailing, columns=order)], nxt


def _t4_rows(items: Sequence[Item], i: int) -> tuple[list[_RowRead], int]:
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
            if len(c) > 40 or (j > i and _HEADING.match(c)) or len(labels) > 6:
                break
            labels.append(it)
            j += 1
            continue
        cells: list[Item] = []
        while j < len(items) and items[j].kind != "text":
            cells.append(items[j])
            j += 1
        cut = len(cells)
        while cut and cells[cut - 1].kind == "empty":
            cut -= 1
        trailing = tuple(cells[cut:])
        del cells[cut:]
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

    out: list[_RowRead] = []
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
            out.append(_RowRead(f"t4.{group}", lab[-1], cells, trailing, columns=columns))
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
        out.append(_RowRead(f"t4.{cols[0]}", lab[-1], cells, trailing, columns=columns))
    return out, nxt


def _decide_template(reading: _Reading, year: int | None) -> tuple[str, list[str]]:
    warnings: list[str] = []
    strong, weak = reading.strong, reading.weak
    rows = reading.rows
    if any(r.startswith("t3.other_handling.") for r in rows):
        weak["2021"] += 1
    if "t3.other_handling" in rows and rows["t3.other_handling"].slots:
        weak["2019"] += 1
    if strong["2019"] != strong["2021"]:
        template = "2019" if strong["2019"] > strong["2021"] else "2021"
    elif weak["2019"] != weak["2021"]:
        template = "2019" if weak["2019"] > weak["2021"] else "2021"
    else:
        template = "2019" if year is not None and year <= 2020 else "2021"
        warnings.append(
            f"tables.template_guess: the headers do not say which template the "
            f"tables follow; assumed {template}"
        )
        return template, warnings
    other = "2021" if template == "2019" else "2019"
    if strong[other] or weak[other]:
        warnings.append(
            f"tables.template_mixed: the tables follow the {template} template but "
            f"also use {other} headers or rows; each row is read by its own header"
        )
    return template, warnings


def _row_fields(read: _RowRead, template: str, t3_order: Sequence[str]) -> tuple[str, ...]:
    table, _, row = read.key.partition(".")
    if table == "t3":
        return tuple(f"{read.key}.{c}" for c in t3_order)
    cols = read.columns
    if not cols:
        spec = T2_ROWS[template].get(row) or T2_ROWS["2021" if template == "2019" else "2019"][row]
        cols = spec[1]
    return tuple(f"{read.key}.{c}" for c in cols)


_T3_HEADER_COLUMN = {w: c for w, c in header_words("t3").items() if not c.startswith("@")}


def _t3_grid(reading: _Reading, explicit: bool) -> dict[str, int] | None:
    """Grid column of each table 三 column, when the rows share one grid (Markdown, TSV, HTML).

    Read from the positions where values occur in full-width rows, or, when
    a column is blank in every row, from the header cells on lines of the
    same width. ``None`` when the rows do not share a grid (rows rendered
    without placeholders for merged cells, cell-per-line layouts).
    """
    reads = [
        r
        for k, r in reading.rows.items()
        if k.startswith("t3.") and r.slots and all(s.line == r.label.line for s in r.slots)
    ]
    widths = Counter(reading.line_width[r.label.line] for r in reads)
    if not widths:
        return None
    width = widths.most_common(1)[0][0]
    seen: set[int] = set()
    for r in reads:
        if reading.line_width[r.label.line] == width:
            seen |= {s.col for s in r.slots if s.kind == "value" and s.col >= 0}
    order = reading.t3_order
    if len(seen) == len(order):
        return dict(zip(order, sorted(seen), strict=True))
    if len(seen) > len(order):
        return None
    by_header: dict[str, int] = {}
    for it in reading.t3_header:
        col = _T3_HEADER_COLUMN.get(compact(it.text))
        if col and it.col >= 0 and (explicit or reading.line_width.get(it.line) == width):
            by_header.setdefault(col, it.col)
    if (
        len(by_header) == len(order)
        and len(set(by_header.values())) == len(order)
        and seen <= set(by_header.values())
    ):
        return by_header
    return None


def _by_grid(
    read: _RowRead,
    grid: dict[str, int],
    order: Sequence[str],
    reading: _Reading,
    explicit: bool,
    t3_widths: set[int],
) -> list[Item] | None:
    """The row's cells at the grid's columns, if the row sits exactly on that grid.

    In text renderings, empty cells at the end of a line may be padding added
    after a cell was dropped further left, so a row ending in empty cells is
    not trusted to sit on the grid; HTML cells are explicit and are.

    ``t3_widths`` holds the widths of the lines of all table 三 rows.
    """
    line = read.label.line
    if any(s.line != line for s in read.slots):
        return None
    width = reading.line_width.get(line)
    if width != max(grid.values()) + 1 and width not in t3_widths:
        return None
    at = {it.col: it for it in reading.lines[line] if it.col >= 0}
    cols = set(grid.values())
    texts = [it for it in reading.lines[line] if it.kind == "text"]
    # The label must be the row's last text cell and sit left of the values
    # (a group label followed by its first sub-row label is not a row).
    if not read.slots or not texts or texts[-1] is not read.label or read.label.col >= min(cols):
        return None
    if any(it.kind == "value" and it.col not in cols for it in reading.lines[line]):
        return None
    out: list[Item] = []
    for c in order:
        it = at.get(grid[c])
        if it is None or it.kind == "text":
            return None
        out.append(it)
    if not explicit:
        line_items = reading.lines[line]
        last_filled = max(k for k, it in enumerate(line_items) if it.kind != "empty")
        if any(it.kind == "empty" and line_items.index(it) > last_filled for it in out):
            return None
    return out


def _with_blank_cells(
    read: _RowRead, n_cols: int, explicit: bool = False, widths: Mapping[int, int] | None = None
) -> list[Item]:
    """The row's cells, completed by the blank cells after its last value where those are cells.

    In a one-cell-per-line table whose blank lines are empty cells, the
    blank lines right after a short row's last value are its last columns.
    In a structured table (HTML, DOCX, PDF ruling) the blank cells of the
    row's own grid row are cells too: ``<td>&nbsp;</td>`` keeps its column —
    unless the row is narrower than the row above it (``widths``: cells per
    line): then a cell was lost and its blank last cell may be padding.
    """
    slots = list(read.slots)
    need = n_cols - len(slots)
    if need > 0 and len(read.trailing) >= need:
        tail = read.trailing[:need]
        if all(t.text == BLANK_CELL for t in tail) or (
            explicit
            and slots
            and all(t.line == slots[-1].line for t in tail)
            and (widths or {}).get(slots[-1].line, 0) >= (widths or {}).get(slots[-1].line - 1, 0)
        ):
            slots.extend(tail)
    return slots


def _slot(it: Item) -> Slot:
    parsed = parse_cell(it.text) if it.kind == "value" else None
    if isinstance(parsed, CellNumber):
        return Slot(parsed.value, it.text, it.start, it.end, parsed.unit)
    return Slot(None, it.text, it.start, it.end)


def _observations(
    reading: _Reading, template: str, style: CellStyle, explicit: bool
) -> tuple[list[RowObs], list[RowObs], list[RowObs], list[str], list[str]]:
    t2: list[RowObs] = []
    t3: list[RowObs] = []
    warnings: list[str] = []
    empty_rows: list[str] = []
    fields_of = {k: _row_fields(r, template, reading.t3_order) for k, r in reading.rows.items()}
    positional = style == "rows"
    grid = _t3_grid(reading, explicit) if positional else None
    t3_widths: set[int] = set()
    if grid is not None:
        t3_widths = {
            reading.line_width[r.label.line] for k, r in reading.rows.items() if k.startswith("t3.")
        }
    for key, read in reading.rows.items():
        fields = fields_of[key]
        slots = _with_blank_cells(read, len(fields), explicit, reading.line_width)
        if grid is not None and key.startswith("t3."):
            on_grid = _by_grid(read, grid, reading.t3_order, reading, explicit, t3_widths)
            if on_grid is not None:
                slots = on_grid
            else:
                # Cells left of the grid's first value column pad merged label
                # cells, whatever else went wrong further right.
                first = min(grid.values())
                lead = 0
                while (
                    lead < len(slots)
                    and slots[lead].kind == "empty"
                    and 0 <= slots[lead].col < first
                    and slots[lead].line == read.label.line
                ):
                    lead += 1
                slots = slots[lead:]
        if not any(s.kind == "value" for s in slots):
            is_group_row = key == "t3.other_handling" and any(
                k.startswith("t3.other_handling.") for k in reading.rows
            )
            if not is_group_row and not slots:
                warnings.append(
                    f"tables.short_row: {key} has 0 cells for {len(fields)} "
                    "columns; its cells are left unread"
                )
                empty_rows.extend(fields)
            if not slots:
                continue
        obs = RowObs(key, fields, tuple(_slot(s) for s in slots), len(read.trailing))
        (t2 if key.startswith("t2.") else t3).append(obs)
    t4: list[RowObs] = []
    for read in reading.t4:
        slots = _with_blank_cells(read, len(read.columns), explicit, reading.line_width)
        t4.append(
            RowObs(read.key, read.columns, tuple(_slot(s) for s in slots), len(read.trailing))
        )
    return t2, t3, t4, warnings, empty_rows


def _value(
    field_id: str,
    slot: Slot,
    header_unit: str | None,
    to_original: Callable[[int, int], tuple[int, int]],
    inferred: bool,
) -> tuple[TableValue, list[str]]:
    assert slot.value is not None
    warnings: list[str] = []
    value: int | float = slot.value
    unit = slot.unit
    if field_id in MONEY_FIELDS:
        unit = unit or header_unit
        value, stated = to_wanyuan(value, unit)
        if not stated and value != 0:
            warnings.append(
                f"tables.unit_assumed: {field_id} {slot.raw!r} has no unit; 万元 assumed"
            )
            if abs(value) > _IMPLAUSIBLE_WANYUAN:
                warnings.append(
                    f"tables.implausible_amount: {field_id} is {value} 万元 if the "
                    "assumed unit is right; it may be in 元"
                )
        unit = "万元"
    else:
        unit = None
    start, end = to_original(slot.start, slot.end)
    return TableValue(field_id, value, slot.raw, start, end, unit, inferred), warnings


def _headings_present(text: str, sections: Sequence[Any]) -> list[str]:
    ids = {getattr(s, "id", None) for s in sections}
    found = [num for sid, num in _SECTION_TITLES.items() if sid in ids]
    if found:
        return found
    for num, word in _SECTION_WORDS.items():
        if re.search(rf"(?m)^\s*{num}[、.．]\s*\S*{word}", text):
            found.append(num)
    return found


@lru_cache(maxsize=64)
def _check_defs(
    template: str, rows_seen: frozenset[str]
) -> tuple[tuple[CheckDef, ...], tuple[CheckDef, ...], tuple[CheckDef, ...]]:
    """The checks for this shape of report (all, table 三's, table 四's); a few shapes recur."""
    defs = check_defs(template, rows_seen)
    t3_defs = tuple(d for d in defs if d.id.startswith("t3."))
    t4_defs = tuple(d for d in defs if d.id.startswith("t4."))
    return defs, t3_defs, t4_defs


def parse_tables(
    text: NormalizedText | str,
    *,
    sections: Sequence[_SectionLike] = (),
    html_tables: Sequence[HtmlTableLike] = (),
    year: int | None = None,
) -> TablesResult:
    """Read the statistical tables (二, 三, 四) of one report.

    ``text`` is a :class:`~govinfo_nlp.normalize.NormalizedText` (or a plain
    string, read with identity offsets); ``html_tables`` are the document's
    HTML tables, read in preference to the text when they hold the tables.
    Problems become warnings; nothing here raises on odd input.
    """
    if isinstance(text, str):
        plain = text

        def to_original(start: int, end: int) -> tuple[int, int]:
            return start, end
    else:
        plain = text.text
        to_original = text.to_original

    reading: _Reading | None = None
    style: CellStyle = "rows"
    mapper = to_original
    html_read = False
    if html_tables:
        # HTML cells carry offsets of the original text; the sections do not.
        reading = _read(items_from_html(html_tables), _zones(sections, to_original))
        if reading.found:
            style = "rows"
            html_read = True

            def mapper(start: int, end: int) -> tuple[int, int]:
                return start, end
        else:
            reading = None
    if reading is None:
        items, style = items_from_text(plain)
        reading = _read(items, _zones(sections, None))

    if not reading.found:
        present = _headings_present(plain, sections)
        where = (
            f"headings {'/'.join(present)} present but no table rows found"
            if present
            else "no statistical table found"
        )
        return TablesResult(None, {}, (), (f"tables.missing: {where}",))

    template, warnings = _decide_template(reading, year)
    warnings = reading.warnings + warnings
    t2, t3, t4, obs_warnings, empty_rows = _observations(
        reading, template, style, explicit=html_read
    )
    warnings += obs_warnings
    rows_seen = {k.partition(".")[2] for k in reading.rows if k.startswith("t3.")}
    defs, t3_defs, t4_defs = _check_defs(template, frozenset(rows_seen))

    values: dict[str, TableValue] = {}
    unread: set[str] = set(empty_rows)
    blank: set[str] = set()
    for rows, rdefs in ([[r] for r in t2], ()), ([t3], t3_defs), ([t4], t4_defs):
        for group in rows:
            if not group:
                continue
            res = resolve(group, rdefs)
            warnings += res.warnings
            unread |= res.unread
            blank |= res.blank
            for field_id, slot in res.cells.items():
                row_key = field_id.rsplit(".", 1)[0]
                read = reading.rows.get(row_key)
                unit = read.header_units.get("amount") if read is not None else None
                tv, w = _value(field_id, slot, unit, mapper, field_id in res.inferred)
                values[field_id] = tv
                warnings += w
            for field_id, number in res.derived.items():
                values[field_id] = _derived_value(field_id, number, group, mapper)

    unread -= values.keys()
    for table, name in (("t2.", "二"), ("t3.", "三"), ("t4.", "四")):
        if (
            not any(f.startswith(table) for f in values)
            and not any(k.startswith(table) for k in reading.rows)
            and not (table == "t4." and t4)
        ):
            warnings.append(f"tables.missing: table {name} not found")
    if template == "2019" and any(r.startswith("other_handling.") for r in rows_seen):
        warnings.append("tables.template_mixed: table 三 has the 2021 sub-rows of (六)其他处理")
    ordered = {f: values[f] for f in _field_order(values, template, rows_seen)}
    numbers = {f: v.value for f, v in ordered.items()}
    checks = evaluate_all(defs, numbers)
    warnings += plausibility(numbers, template=template, year=year)
    logger.debug("tables: template %s, %d values, %d checks", template, len(ordered), len(checks))
    unread_order = _field_order(dict.fromkeys(unread), template, rows_seen)
    return TablesResult(
        template,
        ordered,
        checks,
        tuple(dict.fromkeys(warnings)),
        tuple(unread_order),
        frozenset(blank - values.keys()),
    )


def _derived_value(
    field_id: str,
    number: int,
    group: Sequence[RowObs],
    to_original: Callable[[int, int], tuple[int, int]],
) -> TableValue:
    """A cell fixed by the sums: no source text; its span is its row's first cell."""
    row = next((r for r in group if field_id in r.fields), None)
    at = (row.slots[0].start, row.slots[0].end) if row is not None and row.slots else (0, 0)
    start, end = to_original(*at) if row is not None and row.slots else at
    return TableValue(field_id, number, "", start, end, method="derived")


@lru_cache(maxsize=64)
def _reading_order(template: str, rows_seen: frozenset[str]) -> tuple[str, ...]:
    """Every field in the reading order of the official tables (a few shapes: built once)."""
    order: list[str] = []
    for tpl in (template, "2021" if template == "2019" else "2019"):
        order += [f"t2.{r}.{c}" for r, (_, cols) in T2_ROWS[tpl].items() for c in cols]
    order += [f"t3.{r}.{c}" for r in t3_rows(template, rows_seen) for c in T3_COLUMNS]
    order += [f"t4.{g}.{c}" for g in T4_GROUPS for c in T4_COLUMNS]
    return tuple(dict.fromkeys(order))


def _field_order(values: Collection[str], template: str, rows_seen: set[str]) -> list[str]:
    """Fields in the reading order of the official tables, then any others."""
    order = _reading_order(template, frozenset(rows_seen))
    seen = dict.fromkeys(o for o in order if o in values)
    seen.update(dict.fromkeys(sorted(values)))
    return list(seen)
