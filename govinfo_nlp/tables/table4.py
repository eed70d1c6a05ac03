"""Table 四 (行政复议/行政诉讼): read from its header and one row of values, or
drawn as one row per group, or transposed."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..schema import T4_COLUMNS, T4_GROUPS
from .grid import HtmlCellLike, HtmlTableLike, Item
from .headers import HEADING, t4_header_line, t4_order
from .reading import Reading, RowRead, collect, split_trailing
from .templates import compact, header_tokens, header_words

__all__ = [
    "AMBIGUOUS",
    "CELLS",
    "MAX_LABELS",
    "PARTIAL_HEADER",
    "READ",
    "REARRANGED",
    "SKIP",
    "SPELT",
    "STANDARD",
    "T4_STANDARD",
    "UNREAD",
    "captioned",
    "header_plan",
    "past_column_numbers",
    "read_stacked",
    "read_t4",
    "unread_warning",
    "wrapped_header",
    "wrapped_problem",
]

T4_STANDARD = tuple(f"t4.{g}.{c}" for g in T4_GROUPS for c in T4_COLUMNS)
# Labels of one row of table 四 drawn as rows (a group's, or the groups' over a
# transposed table's first result): more cells of text before the first number
# are a header, never rows.
MAX_LABELS = 7
PARTIAL_HEADER = (
    "tables.header: table 四's header could not be read in full; "
    "the standard column order is assumed"
)
# A header wrapped over lines is the title line (行政复议 | 行政诉讼) and two to
# four lines of column words at most: more lines are one cell a line (each its
# own header cell, read by t4_order), never a wrapped header.
_WRAPPED_LINES = (2, 5)
# What wrapped_header finds in lines of table 四's header words.
SPELT = "spelt"  # the template's header, its words in their order
REARRANGED = "rearranged"  # the template's words, every one, but not in their order
DAMAGED = "damaged"  # other words or pieces (a word cut short, one missing)
AMBIGUOUS = "ambiguous"  # the template's header, or its words in another order
_SPELLINGS = {0: DAMAGED, 1: SPELT, 2: REARRANGED, 3: AMBIGUOUS}
# The one group the template's header may leave out: 行政诉讼 over the two suit groups.
_OPTIONAL = "@suit"
# Words any rendering of table 四's header keeps whole however it wraps (复议 of
# 行政复议/未经复议直接起诉/复议后起诉, 起诉 of both suit groups, 结果 of four columns):
# lines of header words holding them are table 四's header, found.
_FOUND_WORDS = ("复议", "起诉", "结果")


def read_t4(
    items: Sequence[Item],
    i: int,
    reading: Reading,
    *,
    full_header: bool = False,
    kinds: str | None = None,
) -> tuple[list[RowRead], int]:
    """Table 四 from its header cell 行政复议 at ``i``: header words, then one row of values.

    When the header does not name the three groups with their five columns,
    the table may be drawn as one row per group (行政复议 | 5 numbers…) or
    transposed (groups as columns, one row per result): see :func:`_t4_rows`.
    With ``full_header`` (the table stands in prose: a 附件 after the signature)
    it is read only under a header naming every group and column. ``kinds`` is
    :func:`~.reading.item_kinds` of ``items``, made once by the caller: a page of
    many copies of table 四 is read copy by copy (rows._t4_of), and making it per
    copy was quadratic (400 copies: 3.3 s).
    """
    texts: list[str] = []
    lines: dict[int, list[str]] = {}
    long = False  # a cell too long for a header cell: a header line wrapped, or prose
    j = i
    while j < len(items) and items[j].kind != "value":
        if items[j].kind == "text":
            text = items[j].text
            if len(texts) > 40:
                return [], i + 1
            if len(compact(text)) > 40:
                if not t4_header_line(text):
                    return [], i + 1
                long = True
            texts.append(text)
            lines.setdefault(items[j].line, []).append(text)
        j += 1
    if j >= len(items):
        return [], i + 1
    plan = header_plan(["".join(cells) for cells in lines.values()], long=long)
    if plan == SKIP or (plan == UNREAD and full_header):
        return [], i + 1
    if plan in (READ, UNREAD):
        return _read_wrapped(items, i, j, plan == READ, reading, kinds)
    order, partial = t4_order("|".join(texts)) if plan == CELLS else (None, True)
    if order is None and (full_header or long):
        return [], i + 1
    if order is None and plan == CELLS:
        stacked = read_stacked(items, i)
        if stacked is not None:
            return stacked
    if order is None:
        rows, nxt = _t4_rows(items, i)
        if rows:
            return rows, nxt
        if partial:
            reading.warnings.append(PARTIAL_HEADER)
        order = T4_STANDARD
    first_value = j = past_column_numbers(
        len(items),
        lambda k: items[k].kind[0],
        lambda k: items[k].text,
        lambda k: items[k].line,
        j,
    )
    # Empty cells count only on the values' own line: elsewhere they pad the header.
    k = first_value - 1
    while k > i and items[k].kind == "empty" and items[k].line == items[first_value].line:
        k -= 1
    slots, trailing, nxt = collect(items, k, kinds)
    label = items[i]
    return [RowRead("t4", label, slots, trailing, columns=order)], nxt


# A 栏次 row numbering the columns (1 2 3 … 15) printed under the header, as statistics
# forms have it, was read with the values (30 numbers: table 四 unread; formats15 s01-s03).
# A line of values that are 1, 2, 3 … in order, at least _NUMBERED of them, followed by
# another line of values, is passed over: no table 四 holds such a row (its 总计 cells are
# the sums of the four before them: 5 is not 1+2+3+4).
_NUMBERED = 5


def past_column_numbers(
    n: int,
    kind: Callable[[int], str],
    text: Callable[[int], str],
    line: Callable[[int], int],
    j: int,
) -> int:
    """Where table 四's values start, from its first value cell ``j`` of ``n`` cells (each
    with its kind letter t/v/e, text and line): past a 栏次 line (see _NUMBERED)."""
    row = line(j)
    k = j
    numbers: list[str] = []
    while k < n and line(k) == row:
        if kind(k) == "v":
            numbers.append(text(k).strip())
        elif kind(k) == "t":
            return j
        k += 1
    if len(numbers) < _NUMBERED or numbers != [str(m) for m in range(1, len(numbers) + 1)]:
        return j
    while k < n and kind(k) == "e":
        k += 1
    return k if k < n and kind(k) == "v" else j


# A text cell of a stacked part's header: one header word (a caption 行政复议, a
# group, a column), no more than a short caption's characters.
_PART_CELL = 12


def _part(items: Sequence[Item], j: int) -> tuple[list[str], list[Item], tuple[Item, ...], int]:
    """One part of a stacked table 四 from ``j``: the header words of its text cells (each
    cell one word, else none), its value and empty cells, the trailing empties, and where
    the part ends (the next text cell)."""
    tokens: list[str] = []
    while j < len(items) and items[j].kind == "text":
        text = items[j].text
        found = header_tokens("t4", text) if len(compact(text)) <= _PART_CELL else []
        if len(found) != 1:
            return [], [], (), j
        tokens += found
        j += 1
    cells: list[Item] = []
    while j < len(items) and items[j].kind != "text":
        cells.append(items[j])
        j += 1
    slots, trailing = split_trailing(cells)
    return tokens, slots, trailing, j


def _part_order(tokens: Sequence[str], groups: Sequence[str]) -> tuple[str, ...] | None:
    """The fields of a stacked part whose header names exactly ``groups`` (the suits'
    title 行政诉讼 aside) and each group's five columns once (or five shared by both)."""
    named = [t[1:] for t in dict.fromkeys(tokens) if t.startswith("@") and t != _OPTIONAL]
    cols = [t for t in tokens if not t.startswith("@")]
    if sorted(named) != sorted(groups) or len(named) != len(groups):
        return None
    if len(cols) == 5 * len(named):
        blocks = [cols[k * 5 : k * 5 + 5] for k in range(len(named))]
    elif len(cols) == 5:
        blocks = [cols] * len(named)
    else:
        return None
    if any(sorted(b) != sorted(T4_COLUMNS) for b in blocks):
        return None
    return tuple(f"t4.{g}.{c}" for g, b in zip(named, blocks, strict=True) for c in b)


# How far back before an HTML table its caption is looked for (source characters:
# a <p><strong>行政复议</strong></p> and its markup).
_CAPTION_REACH = 300
_TEXT_RUN = re.compile(r">([^<>]*)<")


@dataclass(frozen=True, slots=True)
class _Caption:
    """The caption of an HTML table as a cell of it (:class:`HtmlCellLike`)."""

    text: str
    rowspan: int
    colspan: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Captioned:
    """An HTML table with its caption as a first row (:class:`HtmlTableLike`)."""

    rows: tuple[Sequence[HtmlCellLike], ...]
    start: int
    end: int


def captioned(tables: Sequence[HtmlTableLike], source: str) -> Sequence[HtmlTableLike]:
    """The HTML tables, the review part of a table 四 stacked as two tables given its
    caption as a first row: a table whose first row is table 四's five column words and
    nothing else, right after a caption 行政复议 in the page (formats7 j05: a CMS split
    the table, <p><strong>行政复议</strong></p> over the first part). The caption is
    the only place its group is named: the part is read with it (:func:`read_stacked`),
    never without (a bare row of five results could be any group's).
    """
    out: list[HtmlTableLike] = []
    changed = False
    prev_end = 0
    for table in tables:
        start = getattr(table, "start", None)
        end = getattr(table, "end", None)
        if isinstance(start, int) and isinstance(end, int) and _bare_review(table):
            caption = _caption(source, max(prev_end, start - _CAPTION_REACH), start)
            if caption is not None:
                rows = (caption, *table.rows)
                out.append(_Captioned(rows, start, end))
                changed = True
                prev_end = end
                continue
        out.append(table)
        if isinstance(end, int):
            prev_end = end
    return out if changed else tables


def _bare_review(table: HtmlTableLike) -> bool:
    """Whether the table's first row is table 四's five column words only, and no cell
    of it names a group."""
    rows = [row for row in table.rows if any(c.text.strip() for c in row)]
    if len(rows) != 2:
        return False
    words = [header_tokens("t4", c.text) for c in rows[0]]
    cols = [w[0] for w in words if len(w) == 1]
    return len(cols) == len(words) == 5 and sorted(cols) == sorted(T4_COLUMNS)


def _caption(source: str, lo: int, hi: int) -> tuple[HtmlCellLike] | None:
    """The caption cell of the table at ``hi``: the last text between ``lo`` and it, when
    that is 行政复议 alone (a short cell naming that one group)."""
    runs = [
        (m.start(1), m.end(1)) for m in _TEXT_RUN.finditer(source, lo, hi) if m.group(1).strip()
    ]
    if not runs:
        return None
    s, e = runs[-1]
    text = html.unescape(source[s:e])
    if len(compact(text)) > _PART_CELL or header_tokens("t4", text) != ["@review"]:
        return None
    return (_Caption(text, 1, 5, s, e),)


def read_stacked(items: Sequence[Item], i: int) -> tuple[list[RowRead], int] | None:
    """Table 四 as two stacked tables from its header cell 行政复议 at ``i`` (formats7
    j05, j18: a CMS or an editor split it): 行政复议 over its five columns and one row of
    five cells, then the suits' table naming 未经复议直接起诉 and 复议后起诉 over their
    columns and one row of ten. Read as the one row of fifteen it is, each cell under
    the column its own part's header names; ``None`` unless both parts are exactly
    that (a header cell of other words, another count of cells: other readers decide).
    """
    head, first, _, j = _part(items, i)
    if len(first) != 5 or any(s.kind not in ("value", "empty") for s in first):
        return None
    review = _part_order(head, ("review",))
    if review is None:
        return None
    head, second, trailing, nxt = _part(items, j)
    suits = _part_order(head, ("suit_direct", "suit_after_review"))
    if suits is None or len(second) != 10:
        return None
    return [RowRead("t4", items[i], first + second, trailing, columns=review + suits)], nxt


def _read_wrapped(
    items: Sequence[Item],
    i: int,
    first_value: int,
    wrapped: bool,
    reading: Reading,
    kinds: str | None = None,
) -> tuple[list[RowRead], int]:
    """Table 四 under a header wrapped over lines (see :func:`wrapped_header`): its row of
    exactly 15 numbers in the standard order, or nothing and a ``tables.unread`` warning
    (its fields unread) when the header is not the template's or the count differs."""
    k = first_value - 1
    while k > i and items[k].kind == "empty" and items[k].line == items[first_value].line:
        k -= 1
    slots, trailing, nxt = collect(items, k, kinds)
    why = wrapped_problem(wrapped, [s.kind for s in slots])
    if why is None:
        return [RowRead("t4", items[i], slots, trailing, columns=T4_STANDARD)], nxt
    reading.warnings.append(unread_warning(why))
    reading.t4_unread = True
    return [], nxt


def wrapped_problem(wrapped: bool, kinds: Sequence[str]) -> str | None:
    """Why the cells under a wrapped header are not read (``None``: they are):
    the header is not the template's, or its row is not 15 numbers."""
    if not wrapped:
        return (
            "its header, wrapped over lines, does not spell the template's 15 columns "
            "in their order with certainty"
        )
    values = sum(k == "value" for k in kinds)
    if values != len(T4_STANDARD) or len(kinds) != values:
        return (
            f"its header, wrapped over lines, is the template's, but {values} numbers "
            f"follow it, not {len(T4_STANDARD)}"
        )
    return None


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


def unread_warning(why: str) -> str:
    """The warning of a table 四 found (its header read or recognised) whose cells are not
    placed with certainty: its 15 fields are listed in ``tables_unread``."""
    return f"tables.unread: table 四 found but its cells are left unread: {why}"


@lru_cache(maxsize=1)
def _header_nodes() -> tuple[tuple[int, int, str, str], ...]:
    """The cells of table 四's official header as (first column, end column, name, word):
    the groups over their columns (行政复议 0-5, 行政诉讼 5-15, 未经复议直接起诉 5-10,
    复议后起诉 10-15) and the 15 column words, from labels.json's header words."""
    word = {col: w for w, col in header_words("t4").items()}
    nodes = [(0, 5, "@review", word["@review"]), (5, 15, _OPTIONAL, word[_OPTIONAL])]
    nodes += [(5, 10, "@suit_direct", word["@suit_direct"])]
    nodes += [(10, 15, "@suit_after_review", word["@suit_after_review"])]
    cols = list(T4_COLUMNS)
    nodes += [(k, k + 1, cols[k % 5], word[cols[k % 5]]) for k in range(15)]
    return tuple(nodes)


# How table 四's header is read (header_plan).
READ = "read"  # spelt over lines (see wrapped_header): 15 numbers read, or none
UNREAD = "unread"  # table 四's header words, not the template's header: found, not read
STANDARD = "standard"  # a damaged header of short lines: the standard order, with a warning
CELLS = "cells"  # whole words in header cells: their order (headers.t4_order)
SKIP = "skip"  # a long line that is no header: table 四 does not start here


def header_plan(lines: Sequence[str], *, long: bool) -> str:
    """How to read table 四 under the header ``lines`` (each line's text cells joined);
    ``long``: a cell is too long for a header cell (a line of header words, or prose).

    Whole words are header cells, read in their order (:data:`CELLS`), however
    long their lines. Lines of header words with a word wrapped (its pieces on two
    lines) are not read in reading order, where the pieces of two lines may join
    into another word: they are read column by column when they spell the
    template's header (:data:`READ`); the template's words in another order, or
    a long line, are a table found and not read (:data:`UNREAD`); a word cut short
    in short lines keeps the standard order with a warning (:data:`STANDARD`, as
    before).
    """
    flat = tuple(line for line in (compact(line).replace("|", "") for line in lines) if line)
    if not _candidate(flat):
        return SKIP if long else CELLS
    if all(_column_words(line) is not None for line in flat):
        # Whole words: header cells, read in their order (long or not; a row not of 15
        # numbers is aligned as before). (A word a line higher than its neighbours is
        # then read where the line puts it: tests/test_tables_wrapped.py, a known limit.)
        return CELLS
    wrapped = _wrapped(flat)
    if wrapped == SPELT:
        return READ
    if long or wrapped in (REARRANGED, AMBIGUOUS):
        return UNREAD
    return STANDARD


@lru_cache(maxsize=256)
def _column_words(line: str) -> tuple[str, ...] | None:
    """The column words ``line`` holds when it is header words one after another, none
    cut; ``None`` when a word is cut."""
    words = [w for *_, w in _header_nodes()]
    columns = frozenset(T4_COLUMNS.values())
    found: dict[int, tuple[str, ...]] = {0: ()}
    for k in range(1, len(line) + 1):
        for w in words:
            start = k - len(w)
            if start in found and line.startswith(w, start):
                found[k] = found[start] + ((w,) if w in columns else ())
                break
    return found.get(len(line))


def wrapped_header(lines: Sequence[str]) -> str | None:
    """What the header ``lines`` (each line's text cells joined) are, when they are
    table 四's header words only, maybe wrapped over lines (column words split anywhere).

    ``None`` when they are not (a line holds other words, too few or too many
    lines): other readers decide. :data:`SPELT` when the lines, read column by
    column, spell the template's 15 columns in their fixed order under the three
    groups, and no other order; :data:`REARRANGED` when they spell it only in
    another order (of the groups, or of a group's columns); :data:`AMBIGUOUS` when
    they spell it in both (a word a line higher than its neighbours, which text
    without x positions does not place); :data:`DAMAGED` otherwise (a word cut short
    or missing, another word).
    """
    flat = (compact(line).replace("|", "") for line in lines)
    return _wrapped(tuple(line for line in flat if line))


@lru_cache(maxsize=256)
def _wrapped(lines: tuple[str, ...]) -> str | None:
    return _SPELLINGS[_spellings(lines)] if _candidate(lines) else None


def _candidate(lines: tuple[str, ...]) -> bool:
    """Lines that may be table 四's header over lines: two to five of its words only,
    holding the groups' words and a column's however wrapped."""
    lo, hi = _WRAPPED_LINES
    if not lo <= len(lines) <= hi or not all(map(t4_header_line, lines)):
        return False
    flat = "".join(lines)
    return all(w in flat for w in _FOUND_WORDS)


def _spellings(lines: tuple[str, ...]) -> int:
    """How each line's characters, left to right, can be cut into pieces of the
    header's cells (a piece's cells after the line's earlier pieces' and apart from
    them) such that every cell's pieces, top to bottom, spell its word: bit 1 set when
    they spell the template's header, bit 2 when they spell it with the groups or a
    group's columns in another order.

    Each line is the header's row of text as the page prints it, left to right; a
    cell wrapped over lines leaves a piece on each (结果 / 维持), and every character
    is a piece of one word (行政诉讼 may be absent). Text has no x positions: a word
    printed a line higher than its neighbours may stand over either of two columns
    (其他结果 over 尚未审结 | 其他结果, or over 其他结果 | 尚未审结): both bits set,
    the header does not tell its columns apart with certainty. Searched column by
    column, memoised on where each line stands and the words used.
    """
    nodes = _header_nodes()
    total = sum(len(w) for *_, w in nodes)
    size = sum(map(len, lines))
    if size not in (total, total - len(nodes[1][3])):
        return 0  # every character is a piece of one word, each word spelt once
    groups = [w for start, end, name, w in nodes if end - start == 5]
    words = [w for start, end, _, w in nodes[4:9]]
    suit = nodes[1]
    memo: dict[tuple[int, tuple[int, ...], tuple[int, ...], int, int, bool], int] = {}

    def at(
        column: int, pos: tuple[int, ...], free: tuple[int, ...], used: int, taken: int, other: bool
    ) -> int:
        if column == 15:
            done = all(p == len(line) for p, line in zip(pos, lines, strict=True))
            return (2 if other else 1) if done else 0
        if column % 5 == 0:
            used = 0  # a group's columns start: its five words
        key = (column, pos, free, used, taken, other)
        if key in memo:
            return memo[key]
        found = 0
        for g in range(3) if column % 5 == 0 else (-1,):
            if g >= 0 and taken >> g & 1:
                continue
            for w in range(5):
                if used >> w & 1:
                    continue
                here = [(column, column + 5, "@group", groups[g])] if g >= 0 else []
                if column == suit[0]:
                    here.append(suit)
                here.append((column, column + 1, "@column", words[w]))
                moved = other or w != column % 5 or (g >= 0 and g != column // 5)
                for nxt_pos, nxt_free in _cuts(lines, here, column, pos, free):
                    found |= at(
                        column + 1,
                        nxt_pos,
                        nxt_free,
                        used | 1 << w,
                        taken | (1 << g if g >= 0 else 0),
                        moved,
                    )
                if found == 3:
                    break
        memo[key] = found
        return found

    return at(0, (0,) * len(lines), (0,) * len(lines), 0, 0, False)


def _cuts(
    lines: tuple[str, ...],
    nodes: list[tuple[int, int, str, str]],
    column: int,
    pos: tuple[int, ...],
    free: tuple[int, ...],
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Every way the lines' next characters spell the cells starting at ``column``:
    each line free there gives the column's word a piece (maybe none) or gives one
    group starting there a piece (the line is then taken up to the group's end)."""
    out: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    leaf = nodes[-1]  # the column's own word
    groups = nodes[:-1]

    def go(k: int, spelt: dict[str, str], new_pos: list[int], new_free: list[int]) -> None:
        if k == len(lines):
            if spelt[leaf[2]] != leaf[3]:
                return
            for _, _, name, word in groups:
                if spelt[name] != word and not (name == _OPTIONAL and not spelt[name]):
                    return
            out.append((tuple(new_pos), tuple(new_free)))
            return
        p, line = pos[k], lines[k]
        if free[k] > column:  # under a group's piece on this line
            go(k + 1, spelt, [*new_pos, p], [*new_free, free[k]])
            return
        last = k == len(lines) - 1
        for start, end, name, word in nodes:
            done = spelt[name]
            rest = word[len(done) :]
            # (every prefix of the rest the line starts with: up to their common length)
            common = 0
            while (
                common < len(rest) and p + common < len(line) and line[p + common] == rest[common]
            ):
                common += 1
            shortest = 0 if start == end - 1 else 1
            if last:  # the last line completes the word, or gives it nothing
                shortest = max(shortest, len(rest))
            for n in range(common, shortest - 1, -1):
                nxt_free = end if start != end - 1 else free[k]
                go(
                    k + 1,
                    {**spelt, name: done + rest[:n]},
                    [*new_pos, p + n],
                    [*new_free, nxt_free],
                )

    go(0, {name: "" for _, _, name, _ in nodes}, [], [])
    return out
