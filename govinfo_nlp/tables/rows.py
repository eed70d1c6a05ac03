"""Rows by their labels: one pass over the cells finds each row label (also
wrapped over two cells), its cells and the headers around it."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from itertools import groupby
from operator import itemgetter

from ..limits import checkpoint
from .decide import Notices, Sight, Titled, choose_rows, surer_copy
from .grid import Item
from .headers import (
    CTX_NONE,
    CTX_T3,
    CTX_T3_AFTER_OH,
    cell_info,
    is_stop,
    read_t3_header,
    t2_columns,
)
from .reading import Reading, RowRead, Zones, collect, item_kinds, placed_by_position
from .table4 import T4_STANDARD, read_t4, unread_warning
from .templates import match_row

__all__ = ["read_rows"]

_COL = itemgetter(5)  # Item.col
_LINE = itemgetter(4)  # Item.line
# Numbers right under table 四's heading that are most of its row (two groups' worth):
# fewer are no row of it (a page number, a count).
_MOST_OF_T4 = 10
_T4_UNREAD = unread_warning("")
# No sections known: every row is read wherever it is.
_NO_ZONES = Zones()


def _wrapped_label(
    items: Sequence[Item], i: int, context: frozenset[str], kinds: str
) -> tuple[str | None, int]:
    """The row of a label wrapped over two cells, and where its tail is (-1: right after it).

    The head ("5.要求行政机关确认或重") names no row; the tail is the next text
    cell ("新出具已获取信息"), or, in PDF text, the text cell right after the
    row's values ("…不掌握相关 15 0 0 0 0 0 15" / "政府信息"). The two are
    joined only when neither names a row alone and the join does. ``kinds``
    is :func:`~.reading.item_kinds` of ``items``.
    """
    head = items[i].text
    if len(head) > 40 or is_stop(head) or i + 1 >= len(items):
        return None, -1
    j = i + 1
    if kinds[j] != "t":
        j = kinds.find("t", j)
        if j < 0 or items[j].line == items[j - 1].line:
            return None, -1
    nxt = items[j]
    if len(nxt.text) > 20 or is_stop(nxt.text):
        return None, -1
    row = match_row(head + nxt.text, context=context)
    if row is None:
        return None, -1
    return row, (j if j > i + 1 else -1)


def read_rows(
    items: Sequence[Item],
    zones: Zones = _NO_ZONES,
    seen: Sight | None = None,
    titled: Titled | None = None,
    notices: Notices | None = None,
) -> Reading:
    """The rows of the cells ``items``, by their labels; ``seen`` tells whether a cell at
    an offset is drawn (decide.SHOWN; None: every cell is), ``titled`` whether it stands
    under this year's report title (decide.Titled; None: not asked), ``notices`` how many
    notices of a corrected table stand before it (decide.Notices)."""
    reading = Reading()
    lines = reading.lines
    # The cells of a line follow each other: grouped by runs, not one by one.
    for line, run in groupby(items, _LINE):
        if line in lines:
            lines[line].extend(run)
        else:
            lines[line] = list(run)
    for line, line_items in lines.items():
        reading.line_width[line] = max(max(map(_COL, line_items)) + 1, len(line_items))
    t3_started = t3_done = after_oh = t2_seen = False
    t2_header: list[str] = []
    t2_units: dict[str, str] = {}
    # Section index where each table's header was last seen (rows under it belong to it).
    header_at: dict[str, int | None] = {"t2": None, "t3": None}
    found: dict[str, list[tuple[int, RowRead]]] = {}
    t4_copies: list[tuple[int, list[RowRead]]] = []  # each copy of table 四, its sight
    kinds = item_kinds(items)
    i = kinds.find("t")
    while 0 <= i < len(items):
        if kinds[i] != "t":
            i = kinds.find("t", i)
            if i < 0:
                break
        checkpoint()  # the document's time bound, once a row label (limits.py)
        it = items[i]
        if t3_started and not t3_done:
            context = CTX_T3_AFTER_OH if after_oh else CTX_T3
        else:
            context = CTX_NONE
        row = match_row(it.text, context=context)
        tail = -1
        if row is None:
            row, tail = _wrapped_label(items, i, context, kinds)
        if row is None:
            info = cell_info(it.text)
            for tpl, strong in info.votes:
                (reading.strong if strong else reading.weak)[tpl] += 1
            if t3_started and (
                (info.opens_t3 and t3_done) or ((seen is not None or t3_done) and info.opens_t2)
            ):
                # a second copy of table 三 begins (a corrected table after the first, a
                # page that may hide one copy): its rows are read as the first copy's were,
                # those whose label needs table 三's context (总计, 3.其他) too, and
                # choose_rows (decide.by_sight) weighs the copies; before, only the first
                # copy's 总计 was found, and read though the copies disagreed (formats14 r12).
                # So does a second table 二 after the first table 三 is done (a draft's
                # tables, then the report's: its rows stood in a later table's section,
                # never weighed, and the draft's table 二 was read: red28 n03)
                t3_started = t3_done = after_oh = False
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
                (not reading.t4 or seen is not None or titled is not None or notices is not None)
                and (t3_done or not t3_started)
                and info.t4_head
            ):
                # In prose (tables attached after the signature as 附件) table 四
                # has no section of its own: only a header naming every column counts.
                # (On a page that may hide a copy, or whose copies a report title or a
                # notice of a corrected table may tell apart, every copy is read: _t4_of.)
                in_prose = zones.rank("t4", it.start, None) == 0
                reading.t4, i = read_t4(items, i, reading, full_header=in_prose, kinds=kinds)
                if reading.t4:
                    t4_copies.append((2 if seen is None else seen(it.start), reading.t4))
                    t3_done = True
                continue
            if (
                not reading.t4
                and info.t4_heading
                and i + 1 < len(items)
                and items[i + 1].kind == "value"
            ):
                # Numbers right under the heading, no header: the standard order.
                slots, trailing, nxt = collect(items, i, kinds)
                if len(slots) == len(T4_STANDARD):
                    reading.t4 = [RowRead("t4", it, slots, trailing, columns=T4_STANDARD)]
                    reading.warnings.append(
                        "tables.header: table 四 has no header; its numbers are read in "
                        "the standard column order"
                    )
                    t3_done = True
                    i = nxt
                    continue
                if len(slots) >= _MOST_OF_T4 and not reading.t4_unread:
                    # most of a row of table 四 under its heading, but not 15 numbers:
                    # found, not read (which cell is missing or extra is not known)
                    reading.warnings.append(
                        unread_warning(
                            f"{len(slots)} numbers stand under its heading, without a "
                            f"header, not {len(T4_STANDARD)}"
                        )
                    )
                    reading.t4_unread = True
            i += 1
            continue
        slots, trailing, nxt = collect(items, i, kinds)
        placed = placed_by_position(
            kinds,
            i,
            nxt,
            lambda k: items[k].line,
            lambda k: items[k].text,
            partial(match_row, context=context),
        )
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
        read = RowRead(row, it, slots, trailing, index=i, placed=placed)
        if row.startswith("t2."):
            read.columns = t2_columns(row, t2_header)
            read.header_units = dict(t2_units)
        found.setdefault(row, []).append((rank, read))
        if row == "t3.carried_out" and rank > 0:
            t3_done = True
        i = max(nxt, i + 1)
    if t4_copies:
        reading.t4 = _t4_of(t4_copies, reading, titled, notices)
    if reading.t4 and reading.t4_unread:
        # table 四 read after all (printed twice, once not understood): it is read
        reading.t4_unread = False
        reading.warnings = [w for w in reading.warnings if not w.startswith(_T4_UNREAD)]
    choose_rows(found, reading, zones, seen, titled, notices)
    for field_id in ("t2.other_services", "t2.procurement"):
        if field_id in reading.rows:
            reading.weak["2019"] += 1
    t3_first = min((r.index for k, r in reading.rows.items() if k.startswith("t3.")), default=-1)
    if t3_first >= 0:
        read_t3_header(items, t3_first, reading)
    return reading


def _t4_of(
    copies: list[tuple[int, list[RowRead]]],
    reading: Reading,
    titled: Titled | None = None,
    notices: Notices | None = None,
) -> list[RowRead]:
    """Table 四 of its copies (each with its sight, decide.SHOWN): the hidden ones give way
    to those that are not; of copies that disagree, the one a report title or a notice of
    a corrected table makes surer (decide.by_title, by_notice); else, of copies all drawn
    for certain, the first where no title or notice is asked of (as on any page), and
    none where one is (red29: a draft's table 四, then the report's, read the draft's);
    copies that disagree where one may be hidden, or all are, leave it unread (see
    decide.by_sight)."""
    pool = [c for c in copies if c[0] > 0] or copies
    if len(pool) == 1:
        return pool[0][1]
    if len({tuple(tuple(c.text for c in r.slots) for r in rows) for _, rows in pool}) == 1:
        return pool[0][1]
    if titled is not None or notices is not None:
        firsts = [rows[0] for _, rows in pool]
        surer = surer_copy(firsts, titled, notices)
        if surer is not None:
            kept = next(rows for _, rows in pool if rows[0] is surer[0])
            reading.warnings.append(
                f"tables.duplicate_row: table 四 appears {len(pool)} times with different "
                f"cells; the copy at offset {surer[0].label.start}, {surer[1]}"
            )
            return kept
    elif all(sight == 2 for sight, _ in pool):
        return pool[0][1]
    reading.warnings.append(
        "tables.duplicate_row: table 四 appears twice with different cells and none is "
        "more surely the table's; emitted no cells"
    )
    reading.t4_unread = True
    return []
