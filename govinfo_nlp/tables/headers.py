"""Table headers: what a text cell that names no row says (template votes, table
二's columns and unit, table 三's and 四's column orders), and whether it can
continue a row label."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..schema import T2_ROWS, T3_COLUMNS, T4_COLUMNS, T4_GROUPS
from ..textcache import text_cache
from .grid import Item
from .templates import (
    CACHED_TEXT,
    any_t2_header,
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
from .values import value_words

if TYPE_CHECKING:
    from .reading import Reading

__all__ = [
    "CTX_NONE",
    "CTX_T3",
    "CTX_T3_AFTER_OH",
    "HEADING",
    "CellInfo",
    "cell_info",
    "is_stop",
    "read_t3_header",
    "t2_columns",
    "t3_header_order",
    "t3_order",
    "t4_header_line",
    "t4_order",
]

# The contexts a row label is matched in (see templates.match_row).
CTX_NONE: frozenset[str] = frozenset()
CTX_T3 = frozenset({"t3.body"})
CTX_T3_AFTER_OH = frozenset({"t3.body", "t3.after_other_handling"})
# Header columns that only one template has: a template marker next to them is a strong vote.
_STRONG_HEADERS = frozenset(
    {"made", "published", "total", "made|published", "issued", "repealed", "in_force"}
)
HEADING = re.compile(r"^[一二三四五六七八九十]、")
# How many of table 三's first columns a header clipped at the page's edge may name: 其他
# and 总计 cut off at least (six columns and a row of six cells, 总计 is the row's sum,
# which the alignment works out: read as before).
_CLIPPED = (4, 5)


@dataclass(frozen=True, slots=True)
class _HeaderWords:
    """Header words (labels.json's t3_headers / t4_headers): a cell that is one of
    them is table furniture, never a row label."""

    t3: frozenset[str]
    t4: frozenset[str]
    # Every character of table 四's header words: a cell of these only is a line of
    # its header, however long (one printed as PDF text is a whole line of column
    # words, wrapped: 维持 纠正 结果 审结 结果维持 结果纠正 …).
    t4_chars: frozenset[str]


@lru_cache(maxsize=1)
def _header_words() -> _HeaderWords:
    """:class:`_HeaderWords`, built on first use (importing reads no file)."""
    t4 = header_words("t4")
    return _HeaderWords(frozenset(header_words("t3")), frozenset(t4), frozenset("".join(t4)))


@text_cache(maxsize=1024, longest=CACHED_TEXT)
def t4_header_line(text: str) -> bool:
    """A text cell of table 四's header words only (see _HeaderWords.t4_chars)."""
    c = compact(text).replace("|", "")
    return bool(c) and _header_words().t4_chars.issuperset(c)


def _t2_header_cols(text: str) -> list[str]:
    """Table 二 header columns named in one cell, in order (a PDF line may name several)."""
    label = compact(text)
    any_header = any_t2_header()
    if any_header is not None and any_header.search(label) is None:
        return []  # no header pattern matches anywhere: one search instead of one per rule
    found: list[tuple[int, int, str]] = []
    for rule in load_rules().t2_headers:
        for m in rule.pattern.finditer(label):
            if any(m.start() < e and s < m.end() for s, e, _ in found):
                continue
            found.append((m.start(), m.end(), rule.column))
    return [c for _, _, c in sorted(found)]


@dataclass(frozen=True, slots=True)
class CellInfo:
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
@text_cache(maxsize=4096, longest=CACHED_TEXT)
def cell_info(text: str) -> CellInfo:
    c = compact(text)
    cols = tuple(_t2_header_cols(text)) if len(c) <= 60 else ()
    votes: tuple[tuple[str, bool], ...] = ()
    if len(c) <= 30:
        templates = template_votes(text)
        if templates:
            strong = bool(_STRONG_HEADERS.intersection(cols))
            votes = tuple((tpl, strong) for tpl in templates)
    unit = None
    if cols and "amount" in cols:
        # "(单位:万元)", "单位:千元", or just "(万元)" after the column name
        # (tables/data/values.json units marked "in_header")
        found = value_words().header_unit.search(c)
        unit = found.group(1) if found else None
    # (or a line of header words opening with it: 行政复议 | 未经复议直接起诉 | 复议后起诉
    # under a title line 行政诉讼, the header wrapped over lines)
    t4_head = (len(c) <= 8 and clean_label(text).startswith("行政复议")) or (
        c.startswith("行政复议") and t4_header_line(text)
    )
    opens_t3 = len(c) <= 60 and ("申请人情况" in c or "自然人" in c or "勾稽关系" in c)
    t4_heading = len(c) <= 40 and c.startswith("四") and "行政复议" in c and bool(HEADING.match(c))
    return CellInfo(
        votes, "信息内容" in c or "第二十条" in c, cols, unit, t4_head, opens_t3, t4_heading
    )


@text_cache(maxsize=4096, longest=CACHED_TEXT)
def is_stop(text: str) -> bool:
    """A text cell that can never be the continuation of a row label."""
    c = compact(text)
    return (
        match_row(text, context=CTX_T3_AFTER_OH) is not None
        or is_group(text)
        or is_structural(text)
        or bool(_t2_header_cols(text))
        or c in _header_words().t3
        or c in _header_words().t4
        or bool(HEADING.match(c))
    )


@lru_cache(maxsize=256)
def t3_order(header_text: str) -> tuple[tuple[str, ...] | None, bool]:
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
    if (
        "@legal_entities" in top
        and "natural" in top
        and top.index("natural") > top.index("@legal_entities")
    ):
        # 自然人 after 法人或其他组织: in a header printed over lines (a PDF text layer without
        # rules), 自然人's cell, two header rows tall and centred in height, prints a line
        # lower than the group's; the text's order is not the columns' (vfiles19 f02 printed
        # without rules read every row's 自然人 cell in 总计's place, and the rest shifted).
        return None, True
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
    if len(order) in _CLIPPED and tuple(order) == tuple(T3_COLUMNS)[: len(order)]:
        # the standard columns from 自然人 on, the last ones missing: a table wider than
        # its page, clipped at the edge (formats7 j20); the caller checks the rows agree
        return tuple(order), False
    return None, True


@lru_cache(maxsize=256)
def t4_order(header_text: str) -> tuple[tuple[str, ...] | None, bool]:
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


def t2_columns(row: str, header: Sequence[str]) -> tuple[str, ...]:
    return _t2_columns(row, tuple(header))


# A report's table 二 has a few headers, shared by its rows and by other reports.
@lru_cache(maxsize=1024)
def _t2_columns(row: str, header: tuple[str, ...]) -> tuple[str, ...]:
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


def read_t3_header(items: Sequence[Item], first: int, reading: Reading) -> None:
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
    order, warnings = t3_header_order(
        "|".join(reversed(texts)),
        lambda: Counter(
            len(r.slots) for k, r in reading.rows.items() if k.startswith("t3.") and r.slots
        ),
    )
    reading.warnings += warnings
    if order is not None:
        reading.t3_order = order


def t3_header_order(
    header_text: str, widths: Callable[[], Counter[int]]
) -> tuple[tuple[str, ...] | None, list[str]]:
    """Table 三's column order from its header (``None``: the standard order), and the
    warnings; ``widths`` counts the rows of table 三 by their number of cells."""
    warnings: list[str] = []
    order, partial = t3_order(header_text)
    if order is not None and len(order) < len(T3_COLUMNS):
        # A header without some columns: trusted only if the rows have as many cells.
        counts = widths()
        fits = counts[len(order)]
        if "total" not in order:
            # clipped at the page's edge: no row has more cells than the header columns,
            # and some have them all (the others are short rows, aligned or unread)
            if fits < 3 or max(counts) > len(order):
                order, partial = None, True
        elif fits < 3 or fits < 0.8 * sum(counts.values()):
            order, partial = None, True
        else:
            missing = [c for c in T3_COLUMNS if c not in order]
            if "total" in order:  # (a clipped header's warning: extract._clipped)
                warnings.append(
                    f"tables.columns_absent: table 三's header has no column "
                    f"{', '.join(missing)}; those cells are absent"
                )
    if order is not None:
        if len(order) == len(T3_COLUMNS) and order != tuple(T3_COLUMNS):
            warnings.append(
                "tables.column_order: table 三's header gives the column "
                f"order {', '.join(order)}; read in that order"
            )
    elif partial:
        warnings.append(
            "tables.header: table 三's header could not be read in full; "
            "the standard column order is assumed"
        )
    return order, warnings
