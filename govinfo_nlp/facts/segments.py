"""Where facts can be: the prose of the sections (table lines left out), and
the sentence and clause around a position."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise
from typing import Any, Protocol
from unicodedata import east_asian_width

import regex

from .stdre import compile_cue

__all__ = [
    "CLAUSE_BACK",
    "CLAUSE_FWD",
    "SENT_BACK",
    "SENT_FWD",
    "BreakSpans",
    "LineMarks",
    "SectionLike",
    "Spans",
    "TableSkip",
    "Wraps",
    "bounds",
    "continued_lines",
    "prose_spans",
    "section_tables",
    "sort_pairs",
    "table_lines",
    "wrapped_lines",
]


class SectionLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_SENT_END = "。！？!?\n"
_CLAUSE_END = _SENT_END + ",，、:：;；"
# Boundary marks as patterns: the forward one finds where a sentence/clause
# ends, the reverse one (module `regex`, (?r)) where it starts, both in C
# instead of a Python loop over every character.
SENT_FWD = re.compile(f"[{re.escape(_SENT_END)}]")
SENT_BACK = regex.compile(f"(?r)[{regex.escape(_SENT_END)}]")
CLAUSE_FWD = re.compile(f"[{re.escape(_CLAUSE_END)}]")
CLAUSE_BACK = regex.compile(f"(?r)[{regex.escape(_CLAUSE_END)}]")
# A line of a table: cells separated by pipes, or nothing but numbers.
_BARE_NUMBERS = compile_cue(r"^[\s\d.|/\-+%]*\d[\s\d.|/\-+%]*$")
# What makes a short line of a tabular section prose, not a cell.
_PROSE_MARKS = "。，,；;"
_PROSE_MARK_SET = frozenset(_PROSE_MARKS)
# A short line of a tabular section that states one count as ``label：N<counter>`` is
# prose written as key: value lines (新收申请：12件, 其中：予以公开：7件, 行政复议：1件
# （结果维持）), not a cell: a cell-per-line table puts its label and its number on
# lines of their own, and no cell of the real train/dev excerpts or the tuning sets
# joins them with a colon and a counter (datasets/redteam/verdicts21 v21_02/18/36:
# their lines right before table 三 gave no facts).
_KEY_VALUE = re.compile(
    r"\s*(?:其中[：:]\s*)?[\u4e00-\u9fff（）()]{1,20}[：:]\s*[0-9０-９]{1,7}\s*"
    r"[件条个项次人篇期场家份條個項場]"
)
# A scraped page saved on one line keeps its menu's pipes (首页 | 政务公开 | …) in
# front of the whole report: a "pipe row" one of whose cells is this long and holds
# a sentence's end is prose, not a table row (a table's cells are labels and numbers;
# its prose notes are prose anyway, datasets/gold/README.md §5).
_PROSE_CELL = 60
_SENTENCE_ENDS = "。；;"


def _prose_cell(line: str) -> bool:
    """Whether a cell of the pipe row ``line`` is a sentence: the line is prose."""
    return len(line) > _PROSE_CELL and any(
        len(cell) > _PROSE_CELL and any(mark in cell for mark in _SENTENCE_ENDS)
        for cell in line.split("|")
    )


# The ASCII characters a bare-number line may end with (see _bare_end for the others).
_BARE_END = frozenset("0123456789 \t\n\x0b\x0c\r.|/-+%")


def _bare_end(ch: str) -> bool:
    """Whether ``_BARE_NUMBERS`` may end with the non-ASCII ``ch``: a digit or a
    space (``str`` knows more of them than the pattern), or a character past the
    Basic Multilingual Plane (digits of newer Unicode versions)."""
    return ch.isdigit() or ch.isspace() or ch > "\uffff"


# A line break right after one of these marks continues the sentence: a page or a
# PDF wrapped there (收到申请9件，⏎其中7件通过网上提交), as no sentence, heading or
# table row of a report ends with a comma, an enumeration mark or a semicolon
# inside a list.
_CONTINUES = "，,、；;"
# The break patterns of this module find a line break and look around it (module
# `regex`: a lookbehind of any width, the blanks before the break captured in it):
# a search for the break itself runs in C from one line break to the next, where
# `re`'s fixed lookbehind before the blanks was tried at every character (the
# facts stage scanned each report's text five times that way).
_WRAPPED = regex.compile(f"(?<=[{_CONTINUES}][ \t]*)\n")


# A PDF's text layer breaks its lines where the page is full, inside a sentence and
# often inside a word (网上⏎申请10件, 主动公开政府信⏎息154条): a break between two Han
# characters (or a Han character and a digit) continues the sentence when the line
# before is prose (a clause or sentence mark after any list marker opening it) and
# the line after is prose too (it holds such a mark, or runs as long as a wrapped
# line) and opens no heading or list item. A heading (一、总体情况), a title, a
# cell-per-line table's cells, a pipe row or a line of chrome (发布机构：…) holds no
# such mark, so its break stays.
_IN_WORD = regex.compile(r"(?<=[\u4e00-\u9fff》”」』]([ \t]*))\n(?=[\u4e00-\u9fff0-9０-９])")
_PROSE_LINE = frozenset("，,。、；;！？")
# (1.政策解读 opens a list item; 6.3公里, a decimal a wrap put first, does not; a
# numeral before a full stop, 一。总体情况 or 二．主动公开, is a heading's numbering a
# page typed with the wrong mark: wrap20)
_LIST_MARKER = re.compile(
    r"\s*(?:[一二三四五六七八九十]+(?:、|[。．.](?=[\u4e00-\u9fff]))|[（(][一二三四五六七八九十0-9]+[)）]"
    r"|[0-9０-９]+\s*[.、．)）](?![0-9０-９])|第[一二三四五六七八九十0-9]+[章条部分])"
)
# A wrapped line with no mark of its own runs on at least this many characters.
_WRAP_WIDTH = 30

# The same wrap falls inside a number too (申请2⏎86件, 审核信息410⏎条, 工程1⏎24公里,
# 一百二⏎十六条): every break with a digit, a numeral or a decimal point on either
# side, Han characters around it or not, is looked at (:func:`wrapped_lines`).
_BREAK = regex.compile(
    r"(?<=[\u4e00-\u9fff》”」』0-9０-９.]([ \t]*))\n(?=([ \t]*)[\u4e00-\u9fff0-9０-９.])"
)
_DIGITS = frozenset("0123456789０１２３４５６７８９")
# Numeral characters a number goes on with after a wrap (一百二⏎十六条: 十六 is
# no number of its own). 万 and 亿 only scale the number before them (3⏎万元,
# 三千⏎万元): a break before them is one between a number and its magnitude.
_CN_NUMERALS = frozenset("〇零一二三四五六七八九十百千两")
# A line ended by one of these ends its sentence or opens a list: whether the page
# wrapped it cannot be told, so its width says nothing of the page's (_page_width).
_ENDS = frozenset("。！？!?：:")
# Full lines of one page differ by at most this many columns (a Han character is
# two, a digit one): a line is one character short where the next one may not
# open a line (a closing mark), or one long where a mark hangs past the margin.
_WIDTH_SLACK = 2
# The page's width is known when at least this many wrapped lines (besides the one
# asked about) show it, and at least _WIDTH_AGREE of them agree on it.
_WIDTH_LINES = 3
_WIDTH_AGREE = 2 / 3


# A line of no mark is read as wrapped (:meth:`_Page.as_wide`) only on a page where at
# least this many lines agree on a width of at least _WIDE_MIN characters (b_wrap sets
# lines of 16-40; a PDF's column holds more than 12), and never a line of numbers
# apart (行政处罚 43 0 1972: a row of a table set as text) or of wide blanks.
_WIDE_LINES = 5
_WIDE_MIN = 12
# A narrower page (a layer 5-11 characters wide: a PDF's column beside a picture, a phone
# page's text) is one only where more of its wrapped lines agree on its width: a few short
# lines of one length are no page (facts25's wrap study: real train/dev pages set 7, 9 or
# 11 characters a line lost 133, 92 and 52 of 617 counts, 13 characters 2).
_NARROW_LINES = 8
_NARROW_MIN = 5
_SPACED_NUMBERS = re.compile(r"[0-9][ \t]+[0-9]|[ \t]{2}")


# After a list marker, an enumeration mark makes no prose: a heading lists its
# topics with it (二、政府信息公开行政复议、行政诉讼情况), and the line after it
# opens a paragraph.
_PROSE_ITEM = _PROSE_LINE - {"、"}
# Both sets as patterns: a search runs over a line in C (frozenset.isdisjoint makes
# an object of each of its characters).
_PROSE_LINE_MARK = re.compile(f"[{re.escape(''.join(sorted(_PROSE_LINE)))}]")
_PROSE_ITEM_MARK = re.compile(f"[{re.escape(''.join(sorted(_PROSE_ITEM)))}]")


def _prose_line(line: str) -> bool:
    """Whether ``line`` is prose: no pipe row, a clause or sentence mark after the
    list marker opening it, if any (一、总体情况 holds none after 一、, nor
    二、行政复议、行政诉讼情况 but its enumeration)."""
    if "|" in line or _PROSE_LINE_MARK.search(line) is None:
        return False  # (no mark at all: no list marker need be looked for)
    m = _LIST_MARKER.match(line)
    return m is None or _PROSE_ITEM_MARK.search(line, m.end()) is not None


def _line_at(text: str, lo: int) -> str:
    """The line of ``text`` that begins at ``lo``."""
    end = text.find("\n", lo)
    return text[lo : end if end >= 0 else len(text)]


def _continues(before: str, after: str) -> bool:
    """Whether a break between the lines ``before`` and ``after`` falls inside a
    sentence of prose (see :data:`_IN_WORD`)."""
    return _prose_line(before) and _goes_on(after)


def _goes_on(after: str) -> bool:
    """Whether the line ``after`` a break after a line of prose goes on with its
    sentence: it opens no list item, is no pipe row, and is prose or runs as long
    as a wrapped line."""
    if _LIST_MARKER.match(after) is not None or "|" in after:
        return False
    return _prose_line(after) or len(after.rstrip()) >= _WRAP_WIDTH


def _wrapped_inside(text: str, at: int, to: int) -> bool:
    """Whether the line break ``text[at:to]`` (its blanks before it, between two Han
    characters) falls inside a sentence of prose (see :data:`_IN_WORD`); the line
    after is read only when the line before is prose."""
    return _prose_line(text[text.rfind("\n", 0, at) + 1 : at]) and _goes_on(_line_at(text, to))


# A line a wrap cut inside a count ends with the count's first digits right after
# its word (申请2, 信息1, 工程1); a page number (P. 7, 第 7) stands apart.
_HAN_THEN_NUMBER = re.compile(r"[\u4e00-\u9fff][0-9０-９.〇零一二三四五六七八九十百千两]+[ \t]*$")


def _number_wrapped(before: str, after: str) -> bool:
    """Whether a break between a line ``before`` ending with a number's character and
    a line ``after`` opening with one (申请2⏎3件，其中…) falls inside a sentence: the
    line after is prose that opens no list item, and neither is a pipe row nor
    opened by a list marker, and the line before ends with a number right after a
    Han character (it need hold no mark of its own: a sentence's first line,
    ended by the wrap, often holds none)."""
    if "|" in before or "|" in after or _LIST_MARKER.match(before) is not None:
        return False
    if _HAN_THEN_NUMBER.search(before) is None:
        return False  # P. 7⏎2021年共报送…: a page's number, no count of a sentence
    return _LIST_MARKER.match(after) is None and _prose_line(after)


def continued_lines(text: str, wraps: Wraps | None = None) -> str:
    """``text`` with each line break that follows a clause mark (:data:`_CONTINUES`)
    or falls inside a sentence a PDF wrapped (:data:`_IN_WORD`, and the breaks
    :func:`wrapped_lines` joins: ``wraps`` when the caller has them) read as a space,
    character for character (offsets unchanged): the sentence and its clauses run
    on over the break."""
    if "\n" not in text:
        return text
    if wraps is None:
        wraps = wrapped_lines(text)
    # 申请2⏎3件，其中本年新收21件: a break inside what may be one number, in a
    # sentence of prose, ends no sentence either (its pieces are still not read:
    # extractor._unsplit), so the parts after it keep their sentence's cue
    spaced = [
        text.index("\n", at, to)
        for at, to in wraps.unsure
        if _number_wrapped(_line_at(text, text.rfind("\n", 0, at) + 1), _line_at(text, to))
    ]
    # (the blanks before a break stay: the break alone reads as a space)
    text = _WRAPPED.sub(" ", text)
    # the wraps inside a sentence, read in the text with those breaks spaced
    breaks = {
        m.start() for m in _IN_WORD.finditer(text) if _wrapped_inside(text, m.start(1), m.end())
    }
    # 信息3⏎件: a break between a digit and a Han character (no break of
    # _IN_WORD) read whole by the facts stage ends no sentence either
    # (a joined break may have blanks after its line break: 复议6件,5⏎ 件结果维持, a line
    # opened by a blank, whose break read as a sentence's end cut the outcome list)
    for at, to in wraps.joined:
        nl = text.find("\n", at, to)
        breaks.add(nl if nl >= 0 else to - 1)
    breaks.update(spaced)
    if breaks:
        # The text is cut at the breaks, not made a list of its characters: each
        # Han character would be a str object of its own (~80 bytes), and a 1 MB
        # page peaked at 40x its size.
        cuts = sorted(breaks)
        pieces = [text[lo + 1 : hi] for lo, hi in zip([-1, *cuts], cuts, strict=False)]
        text = " ".join(pieces) + " " + text[cuts[-1] + 1 :]
    return text


def _width(line: str) -> int:
    """Columns ``line`` takes on a page: two for a wide character, one for others.

    Most of a report's characters are ASCII (narrow, one column: Unicode's Na and N)
    or Han of U+4E00-U+9FFF (all W, two): those are counted by two substitutions in C,
    and only the others are looked up one by one (a line's sum of lookups was a tenth
    of the line wraps' time)."""
    rest = _ASCII_RUN.sub("", line)
    if not rest:
        return len(line)
    other = _HAN_RUN.sub("", rest)
    wide = len(rest) - len(other)
    if other:
        wide += sum(1 for ch in other if east_asian_width(ch) in "WF")
    return len(line) + wide


# The characters _width counts in C: ASCII (one column), the CJK Unified Ideographs
# (two; every code point of the block is W, assigned or not)
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _page_widths(text: str) -> tuple[dict[int, int], dict[int, int]]:
    """The widths in columns and in characters of the lines a page evidently wrapped,
    by line index: prose lines that end inside a sentence (no 。！？： at their end)
    followed by a line that goes on with it (not empty, not indented, no list item or
    pipe row). Only the lines :data:`_WRAP_CANDIDATE` ends are read in Python (not
    every line: most are a table's rows or end a sentence; nor is a list of the lines
    made, which a page of many short lines would hold)."""
    columns: dict[int, int] = {}
    chars: dict[int, int] = {}
    row, seen = 0, 0  # the line index of offset ``seen``
    for m in _WRAP_CANDIDATE.finditer(text):
        end = m.start()
        start = text.rfind("\n", 0, end) + 1
        line, nxt = text[start:end], _line_at(text, end + 1)
        body = line.rstrip()
        if body and body[-1] not in _ENDS and nxt[:1].strip() and _continues(line, nxt):
            row, seen = row + text.count("\n", seen, start), start
            columns[row] = _width(body)
            chars[row] = len(body)
    return columns, chars


# The breaks ending a line :func:`_page_widths` may count, found by one scan in C: the
# line's last character before its blanks is no mark of _ENDS and no pipe, and it is a
# clause mark (，,、；;) or one of _PROSE_LINE's marks comes before it with no pipe
# between; the next line opens with no blank. Each is a condition _page_widths checks
# again (the pattern's blanks, Unicode's White_Space, are among those str.rstrip
# strips: no line it would count is missed); the rest (a pipe before the mark, list
# markers, the line after going on) is left to it.
_WRAP_CANDIDATE = regex.compile(
    r"(?<=(?:[{clause}]|[{marks}][^\n|]*[^\s|{ends}])[^\S\n]*)\n(?=\S)".format(
        clause=regex.escape("".join(sorted(_PROSE_LINE - _ENDS))),
        marks=regex.escape("".join(sorted(_PROSE_LINE))),
        ends=regex.escape("".join(sorted(_ENDS))),
    )
)


class _Page:
    """The widths of a text's wrapped lines (:func:`_page_widths`), sorted once: whether
    a line is full is asked in logarithmic time (a page may hold thousands of breaks).

    Widths are read two ways: in columns (:func:`_width`: a Han character two, a
    digit one, as a PDF sets half-width digits) and in characters (a page set with
    full-width digits, which normalisation folds to ASCII, has its full lines agree
    on their count of characters, not of columns); a line is full when either agrees."""

    __slots__ = ("_chars", "_columns", "_wide")

    def __init__(self, text: str) -> None:
        columns, chars = _page_widths(text)
        self._columns = (columns, sorted(columns.values()))
        self._chars = (chars, sorted(chars.values()))
        # the widths as_wide compares a line's with, when the page has one (None: it has
        # none, and no line is as wide), in columns and in characters: what does not
        # depend on the line is found once (as_wide is asked of many lines of a page)
        self._wide = (
            _page_width(self._columns[1], _WIDTH_SLACK, 2),
            _page_width(self._chars[1], 1, 1),
        )

    def as_wide(self, line: str) -> bool:
        """Whether ``line`` (any line, prose or not) runs as wide as the page's full
        lines, in columns or in characters (:meth:`full` for a line of no mark), on a
        page evidently wrapped: at least :data:`_WIDE_LINES` lines agree on a width of
        :data:`_WIDE_MIN` characters or more (a few headings of one length are no page
        width: 三。政府信息依申请公开办理情况, 六。需要说明的其他事项与附表)."""
        in_columns, in_chars = self._wide
        if in_columns is None and in_chars is None:
            return False  # (no page width: no line is as wide, whatever it holds)
        body = line.rstrip()
        if len(body) < _NARROW_MIN or _SPACED_NUMBERS.search(body) is not None:
            return False
        return (in_columns is not None and abs(_width(body) - in_columns) <= _WIDTH_SLACK) or (
            in_chars is not None and abs(len(body) - in_chars) <= 1
        )

    def full(self, i: int) -> bool:
        """Whether line ``i`` runs as wide as the page's full lines: the other wrapped
        lines agree on one width, and line ``i`` has it (a number that ends a shorter
        line may have ended there)."""
        return _agrees(*self._columns, i, _WIDTH_SLACK) or _agrees(*self._chars, i, 1)


def _page_width(ordered: list[int], slack: int, unit: int) -> int | None:
    """The width the page's wrapped lines (``ordered``, their widths sorted) agree on, None
    where they agree on none: their median, when at least :data:`_WIDE_LINES` of them
    agree on it within ``slack`` for a width of at least :data:`_WIDE_MIN` characters,
    or :data:`_NARROW_LINES` on one of :data:`_NARROW_MIN` or more, and at least
    :data:`_WIDTH_AGREE` of them do (``unit``: columns a character takes, two for Han in
    columns, one in characters). A line is as wide as the page's full lines when its
    width is within ``slack`` of it (:meth:`_Page.as_wide`)."""
    n = len(ordered)
    if n < _WIDE_LINES:
        return None
    page = ordered[n // 2]
    if page < unit * _NARROW_MIN:
        return None
    least = _WIDE_LINES if page >= unit * _WIDE_MIN else _NARROW_LINES
    near = bisect_right(ordered, page + slack) - bisect_left(ordered, page - slack)
    return page if near >= max(least, _WIDTH_AGREE * n) else None


def _agrees(widths: dict[int, int], ordered: list[int], i: int, slack: int) -> bool:
    """Whether line ``i``'s width in ``widths`` (``ordered``: their values sorted) is the
    one at least :data:`_WIDTH_LINES` and :data:`_WIDTH_AGREE` of the others agree on,
    within ``slack`` (:data:`_WIDTH_SLACK` columns, one character)."""
    mine = widths.get(i)
    n = len(ordered) - 1  # the others
    if mine is None or n < _WIDTH_LINES:
        return False
    # the others' median: the sorted widths less one of line i's width
    k, p = n // 2, bisect_left(ordered, mine)
    page = ordered[k if k < p else k + 1]
    near = bisect_right(ordered, page + slack) - bisect_left(ordered, page - slack)
    agree = near - (abs(mine - page) <= slack)
    return agree >= max(_WIDTH_LINES, _WIDTH_AGREE * n) and abs(mine - page) <= slack


# The most blanks that may open a line whose counter ends the count of the line before
# (申请 1⏎ 件): an indented paragraph opens with more, or with ideographic spaces.
_OPENED_COUNTER = 2
# Counters that also open a sentence (本年度, 对…开展, 通过, 所有, 起草, 处理): after a
# line opened by blanks they may begin a paragraph (邮编:330000⏎ 本报告…), not a counter.
_OPENS_SENTENCE = frozenset("本對对通所起處处")


def _counter_after(before: str, text: str, at: int, to: int) -> bool:
    """Whether the break ``text[at:to]`` (its blanks on both sides) falls between a
    count's digits (or their 余/多), ending the line ``before``, and its counter opening
    the next line (:func:`_runs_on` with :data:`_COUNTER`)."""
    return (text[at - 1] in _DIGITS or text[at - 1] in _ABOUT) and _runs_on(
        before, text, to, tail=_COUNTER
    )


def _count_opens(before: str, text: str, at: int, to: int) -> bool:
    """Whether the break ``text[at:to]`` falls before a count and its counter opening
    a line of prose that goes on with the sentence (…发布各类政府信息⏎43条，累计…): the
    line ``before`` ends with a word's Han character (not a date's or a label's: 第, or
    年月日时号页 after a numeral; 公众号⏎ 558篇 is a word's) or a closing quote, title mark
    or bracket (答复书》⏎ 1 份, (含“三公”经费)⏎4条) and is no pipe row; the line after opens
    with a count and its counter (:data:`_OPENING_COUNT`; in words, :data:`_OPENING_WORDS`,
    after a line of prose only) and is prose, opening no list item. No heading, title or
    row of cells is followed by a line that opens with a count and its counter and runs
    on in a sentence, so the break is a wrap, whatever the line before's marks."""
    x = text[at - 1]
    if not ("\u4e00" <= x <= "\u9fff" or x in _CLOSERS):
        return False
    if x in _NOT_COUNT_BEFORE and (
        x not in _WORD_ENDS or at < 2 or text[at - 2] in _DIGITS or text[at - 2] in _CN_NUMERALS
    ):
        return False
    if _OPENING_COUNT.match(text, to) is None and (
        _OPENING_WORDS.match(text, to) is None
        or not _prose_line(before)
        or _LIST_MARKER.match(before) is not None
    ):
        return False
    after = _line_at(text, to)
    if "|" in before or "|" in after or _LIST_MARKER.match(after) is not None:
        return False
    return _prose_line(after)


def _numbers_meet(text: str, at: int, to: int) -> bool:
    """Whether the break ``text[at:to]`` has a number's characters on both sides
    (2⏎86, 86.⏎3, 86⏎.3, 一百二⏎十六): a wrap there splits one number, or the
    lines end and begin with two."""
    x, y = text[at - 1], text[to]
    if x in _DIGITS:
        return y in _DIGITS or (y == "." and text[to + 1 : to + 2] in _DIGITS)
    if x == ".":
        return at >= 2 and text[at - 2] in _DIGITS and y in _DIGITS
    return x in _CN_NUMERALS and y in _CN_NUMERALS


class BreakSpans(Sequence[tuple[int, int]]):
    """Spans ``(start, end)`` of a text's line breaks, sorted and apart, held as two
    arrays of machine integers: 16 bytes a span, where a tuple of two ints held about
    120. A page of one table cell a line has a break between every two numbers (each
    unsure, :func:`wrapped_lines`): a 760,000-character page held 109,426 of them, 14 MB
    as tuples, 1.8 MB so (issue 17). Read as a sequence of tuples, and equal to the
    tuple of its spans."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts = array("q")
        self._ends = array("q")
        for start, end in spans:
            self._starts.append(start)
            self._ends.append(end)

    @classmethod
    def of(cls, starts: array[int], ends: array[int]) -> BreakSpans:
        """The spans of ``starts[i], ends[i]``, in order of their starts (the arrays
        are kept, sorted in place where they are not in order)."""
        sort_pairs(starts, ends)
        spans = cls()
        spans._starts, spans._ends = starts, ends
        return spans

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return tuple(zip(self._starts[i], self._ends[i], strict=True))
        return (self._starts[i], self._ends[i])

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self._starts, self._ends, strict=True)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, BreakSpans):
            return self._starts == other._starts and self._ends == other._ends
        if isinstance(other, tuple):
            return len(other) == len(self) and tuple(self) == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))  # (as the tuple it equals)

    def __repr__(self) -> str:
        return f"BreakSpans({tuple(self)!r})"


def sort_pairs(starts: array[int], ends: array[int]) -> None:
    """Sort the pairs ``starts[i], ends[i]`` in place by start (then end), when they
    are not in order already (the breaks of one pass over a text are)."""
    if all(a < b for a, b in pairwise(starts)):
        return
    pairs = sorted(zip(starts, ends, strict=True))
    starts[:] = array("q", (a for a, _ in pairs))
    ends[:] = array("q", (b for _, b in pairs))


@dataclass(frozen=True, slots=True)
class Wraps:
    """The line breaks of a text a PDF wrapped inside a sentence (see
    :func:`wrapped_lines`): ``joined`` are read as nothing (the spans of the break
    and its blanks), ``unsure`` are breaks inside what may be one number, left as
    they are: a number that ends or begins at one is not read. Each a sequence of
    ``(start, end)`` sorted by start (:class:`BreakSpans`, or a tuple)."""

    joined: Sequence[tuple[int, int]] = ()
    unsure: Sequence[tuple[int, int]] = ()


def wrapped_lines(text: str) -> Wraps:
    """The breaks of ``text`` a PDF wrapped inside a sentence and inside a word or a
    number, offsets into ``text``.

    A break between Han characters, or a Han character and a digit, inside a
    sentence of prose (:data:`_IN_WORD`: the line before holds a mark, the line
    after goes on with it) is joined: the word or the number and its counter read
    whole (按时答⏎复9件, 审核信息410⏎条); after a line opened by a list marker only
    when that line is full (below), else it stays a space (continued_lines). A
    break between two of a number's characters (申请2⏎86件) is joined only when, besides, the line before is as wide as the
    page's full lines (:meth:`_Page.full`) and no blank stands at the break: a
    shorter line may end with a whole number (the next line then begins with
    another), and 86 read from 2⏎86件 is worse than nothing. Otherwise it is unsure.
    """
    if "\n" not in text:
        return Wraps()
    joined: list[tuple[int, int]] = []
    # the unsure breaks' starts and ends (one per pair of number lines on a page of
    # cells, one a line: not a tuple each)
    unsure = (array("q"), array("q"))
    pages: list[_Page] = []  # the page's widths, read once when first asked

    def page() -> _Page:
        if not pages:
            pages.append(_Page(text))
        return pages[0]

    row, seen = 0, 0  # the line index of offset ``seen``
    lone = _lone_digits(text)
    joined.extend(lone)
    # a page's footer inside a sentence: its line and both its breaks read as nothing
    footers = _footers_inside(text)
    joined.extend(footers)
    footer_breaks = {to - 1 for _, to in footers}
    for m in _BREAK.finditer(text):
        # the blanks before the break, the break, the blanks after it
        at, to = m.start(1), m.end(2)
        if (at, to) in lone or m.start() in footer_breaks:
            continue
        opened = to > m.end()
        number = _numbers_meet(text, at, to)
        line_start = text.rfind("\n", 0, at) + 1
        before = text[line_start:at]
        if not number and opened:
            # 申请 1⏎ 件: a PDF's text layer puts a blank around a number, on either side
            # of the wrap too; a count's digits, then its counter opening the next line
            # after a blank or two, are one count (no paragraph opens with a counter)
            # (and the blanks of 信息⏎ 43条 and 做好4场⏎ 疫情防控新闻发布会: a count opening
            # the line, or ending the line of prose before, inside its sentence)
            if to - m.end() <= _OPENED_COUNTER and (
                (text[to] not in _OPENS_SENTENCE and _counter_after(before, text, at, to))
                or _count_opens(before, text, at, to)
                or (_COUNT_ENDS.search(before) is not None and _wrapped_inside(text, at, to))
            ):
                joined.append((at, to))
            continue  # a line opened by blanks: no wrap inside a word
        if not number and (text[at - 1] == "." or text[to] == "."):
            continue  # a full stop: no wrap inside a word
        # (the line after is read only after a line of prose)
        inside = _prose_line(before) and _goes_on(_line_at(text, to))
        # a line opened by a list marker may be a heading whose words end at its
        # break ((一)围绕中心服务大局,积极做好主动公开): cut out only on a full line
        full = inside and (number or _LIST_MARKER.match(before) is not None)
        if full:
            row, seen = row + text.count("\n", seen, at), at
            full = page().full(row)
        if not number:
            if (
                (inside and (full or _LIST_MARKER.match(before) is None))
                # 信息 410⏎条，其中…: a count's digits, then its counter on the next line
                # (260余⏎條: 余 after them)
                or _counter_after(before, text, at, to)
                # 发布各类政府信息⏎43条，累计…: a count with its counter opening a line of
                # prose (a line of no mark of its own before it, 一是…数量:…信息)
                or _count_opens(before, text, at, to)
                # a line of no mark of its own, as wide as the page's full lines
                # (被申请行政复议⏎47件, 开展季度抽⏎查4轮): the page wrapped it
                or (not inside and _wide_wrap(before, _line_at(text, to), page))
            ):
                joined.append((at, to))
            continue
        if (
            at == m.start()
            and not opened
            and (
                full
                or _runs_on(before, text, to)
                or _one_number(before, text, to)
                # (主动公开政府信息2⏎514条 on a full line of no mark)
                or (not inside and _wide_wrap(before, _line_at(text, to), page))
            )
        ):
            joined.append((at, to))
        else:
            unsure[0].append(at)
            unsure[1].append(to)
    _marks_at_breaks(text, joined, unsure, page)
    joined.sort()
    return Wraps(BreakSpans(joined), BreakSpans.of(*unsure))


# A count's first digits set alone on a line between two lines of its sentence (政策文件⏎
# 3⏎4件、政策解读41篇, paraphrase15 d13: the text layer gave the overflowing digit a line
# of its own): the line before is prose ending with a Han character, the line after
# opens with the count's other digits (or none) and its counter and is prose.
_LONE_DIGITS = re.compile(r"\n(?<=[\u4e00-\u9fff]\n)[0-9]{1,3}\n")


def _lone_digits(text: str) -> set[tuple[int, int]]:
    """The two breaks around each line of a count's lone digits (:data:`_LONE_DIGITS`),
    read as nothing: a cell-per-line table's cells (规章⏎0⏎0⏎3) follow a label of no
    mark and have no counter after them."""
    out: set[tuple[int, int]] = set()
    for m in _LONE_DIGITS.finditer(text):
        at, to = m.start(), m.end()
        if _COUNT_TAIL_OR_COUNTER.match(text, to) is None:
            continue
        before = text[text.rfind("\n", 0, at) + 1 : at]
        after = _line_at(text, to)
        if (
            _prose_line(before)
            and _LIST_MARKER.match(before) is None
            and _prose_line(after)
            and _LIST_MARKER.match(after) is None
        ):
            out.update(((at, at + 1), (to - 1, to)))
    return out


# A printed page's footer set as a line of its own in a PDF's text layer (— 3 —, - 3 -,
# 第 2 页, 第 2 页 共 5 页, 第 2 页 / 共 5 页): where a page ends inside a sentence, the
# footer falls between its two pieces (予以公开⏎— 3 —⏎19件, verdicts20 v20_04, v20_18,
# v20_38; the count was read without its words, typed `other`).
_FOOTER = re.compile(
    r"\n[ \t]*(?:[—－–-]{1,2}[ \t]*[0-9]{1,3}[ \t]*[—－–-]{1,2}"
    r"|第[ \t]*[0-9]{1,3}[ \t]*页(?:[ \t]*[,，/／]?[ \t]*共[ \t]*[0-9]{1,3}[ \t]*页)?)[ \t]*(?=\n)"
)


def _footers_inside(text: str) -> list[tuple[int, int]]:
    """The page footers (:data:`_FOOTER`) that fall inside a sentence of prose, each as
    two spans read as nothing: the break before it (with the blanks ending the line
    before) and the footer's line with the break after it. Only where that is certain:
    the line before is prose (a clause or sentence mark after any list marker) that
    ends with no 。！？：, and the line after opens with no blank and is prose too,
    neither a pipe row nor opened by a list marker. A footer after a sentence's end,
    before a heading, a table's row or a running title (the report's name on the next
    page: 第 1 页 共 6 页⏎保定市…年度报, paraphrase16 e23) stays as it is."""
    out: list[tuple[int, int]] = []
    for m in _FOOTER.finditer(text):
        first, second = m.start(), m.end()  # the two line breaks
        line_start = text.rfind("\n", 0, first) + 1
        before = text[line_start:first]
        body = before.rstrip(" \t")
        after = _line_at(text, second + 1)
        if (
            not body
            or body[-1] in _ENDS
            or "|" in body
            or not _prose_line(body)
            or not after[:1].strip()
            or "|" in after
            or _LIST_MARKER.match(after) is not None
            or not _prose_line(after)
        ):
            continue
        out.extend(((line_start + len(body), first + 1), (first + 1, second + 1)))
    return out


def _wide_wrap(before: str, after: str, page: Callable[[], _Page]) -> bool:
    """Whether a break between the lines ``before`` and ``after`` is one the page
    wrapped whatever their marks: ``before`` opens no list item (or is prose after it)
    and runs as wide as the ``page``'s full lines, ``after`` opens no block (:func:`_opens_no_block`)."""
    return (
        len(before) >= _NARROW_MIN  # (a table's cells, one a line, make no page: not read)
        # (a line opened by a list marker is a heading unless its prose goes on after
        # the marker: 3.回应关切情况。…领导信箱(网上信访)⏎112件)
        and (_LIST_MARKER.match(before) is None or _prose_line(before))
        and _opens_no_block(after)
        and _SPACED_NUMBERS.search(after) is None
        and page().as_wide(before)
    )


def _opens_no_block(line: str) -> bool:
    """Whether ``line``, after a break, goes on with what the line before says: it
    opens no list item, heading or indented paragraph and is no pipe row."""
    return bool(line[:1].strip()) and "|" not in line and _LIST_MARKER.match(line) is None


# 余/多 after a count's digits (260余⏎條)
_ABOUT = frozenset("余多")
# A break next to a thousands comma between digits (1⏎,286万人次, 3,⏎975条), and one
# before a mark no line opens with: a comma, an enumeration mark, a full stop, a
# closing bracket, quote or title mark, a percent sign (其中⏎，交通管制…,
# 公报⏎》6期, 区长信箱⏎”留言87条, 办结率100⏎%). No sentence, heading or row opens
# with one of these (a typesetter keeps them on the line before): the break is a
# wrap, read as nothing.
_COMMA_BREAK = regex.compile(r"(?<=[0-9],?)\n(?=,?[0-9])")
# (blanks around the break too: 办结率为 100⏎ %, a PDF's blank on either side of a wrap)
# Written from the break (its group 1 the blanks before it, where the span begins):
# the same spans as (?<=[^\s|])[ \t]*\n[ \t]{0,2}(?=…) (one span per break; a
# span begins only after the last non-blank before its break), but a scan for the
# line breaks, not a look behind at every character of the page (a third of the time).
_CLOSER_BREAK = regex.compile(r"\n(?<=[^\s|]([ \t]*)\n)[ \t]{0,2}(?=[,、;:。)》”」』%])")
# Nor does a line end with an opening quote, title mark or bracket (办理“⏎局长信箱”来信,
# 校外培训机构“⏎黑白名单”), and a break inside a pair of brackets a line opened and
# the next closes falls inside what they hold (結(ji⏎é)果, a gloss of a scraped page;
# （包括⏎规范性文件6件）).
# (Here and in _LONE_DIGITS and _FULL_MARK_BREAK: re, the line break first and the
# look-behind after it, 3x faster than the regex module's (?<=…)\n, which re runs 4x
# slower, trying the look-behind at every character (speed29: 3.1 -> 1.1 ms a pattern
# over 600 pages). The same matches: re's \s holds \x1c-\x1f, which regex's does not,
# so they are spelt out. _CLOSED_COUNT_BREAK's match opens before its blanks: regex.)
_OPENER_BREAK = re.compile(r"\n(?<=[“《(「『‘]\n)(?=[^\s|]|[\x1c-\x1f])")
# A line that ends with a closing bracket or a colon ends no sentence when it is as
# wide as the page's full lines and the next opens no block (领导信箱(网上信访)⏎112件,
# 本年办结数量:⏎55件, 其中:⏎机构概况信息6条): the page wrapped it there.
_FULL_MARK_BREAK = re.compile(r"\n(?<=[):]\n)(?=[\u4e00-\u9fff0-9“《(])")
# A line that ends with a closing bracket and a next line that opens with a count and its
# counter and goes on with the sentence, at any width (财政预决算(含“三公”经费)⏎4条;, real
# train r048): :func:`_count_opens` decides.
_CLOSED_COUNT_BREAK = regex.compile(r"(?<=[)）])[ \t]{0,2}\n[ \t]{0,2}(?=[0-9０-９])")
_BRACKETED_BREAK = regex.compile(r"(?<=\([^()\n|]{0,30})\n(?=[^()\n|]{0,30}\))")
# A number's characters at a line's end and at the next line's start: digits with a
# thousands comma or a decimal point among them or at the break.
_NUMBER_END = re.compile(r"(?<![0-9,.])[0-9]+(?:[,.][0-9]+)*[,.]?$")
_NUMBER_START = re.compile(r"[,.]?[0-9]+(?:[,.][0-9]+)*")
_WELL_FORMED = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")


def _one_number(before: str, text: str, to: int) -> bool:
    """Whether a break after the line ``before`` and before ``text[to:]`` falls inside
    one number its marks show: a piece on one side is no number on its own (3, and
    975, 2,1 and 46, 146. and 7, 1 and ,286, 13 and .6), and both make one well-formed
    number (3,975, 2,146, 146.7, 1,286, 13.6) after a word, not a date's, a code's or
    a label's (:data:`_NOT_COUNT_BEFORE`); neither line is a pipe row nor a heading
    opened by a list marker. Two well-formed pieces (2⏎86, 4.7⏎8) are not told apart
    here: :func:`_runs_on` and the page's width decide those."""
    head = _NUMBER_END.search(before)
    tail = _NUMBER_START.match(text, to)
    if head is None or tail is None:
        return False
    left, right = head.group(), tail.group()
    if _WELL_FORMED.fullmatch(left) and _WELL_FORMED.fullmatch(right):
        return False
    lead = before[: head.start()].rstrip(" \t")[-1:]
    if not lead or lead.isascii() or lead in _NOT_COUNT_BEFORE:
        return False  # (a page's number, P. 7; a date, 2021年1,⏎…)
    if _WELL_FORMED.fullmatch(left + right) is None:
        return False
    after = _line_at(text, to)
    if "|" in before or "|" in after or _LIST_MARKER.match(after) is not None:
        return False
    return _LIST_MARKER.match(before) is None or _prose_line(before)


def _marks_at_breaks(
    text: str,
    joined: list[tuple[int, int]],
    unsure: tuple[array[int], array[int]],
    page: Callable[[], _Page],
) -> None:
    """Add to ``joined`` the breaks next to a thousands comma inside one number
    (:func:`_one_number`; ``unsure`` when the pieces may be two numbers), the breaks
    before a mark no line opens with (:data:`_CLOSER_BREAK`), after one no line ends
    with, inside brackets, and after a closing bracket or a colon ending a line as wide
    as the ``page``'s full lines (:data:`_FULL_MARK_BREAK`), neither line a pipe row."""
    for m in _COMMA_BREAK.finditer(text):
        at, to = m.start(), m.end()
        if (text[at - 1] == ",") == (text[to] == ","):
            continue  # (no comma, or one on each side: 1,⏎,2 is no number)
        line_start = text.rfind("\n", 0, at) + 1
        if _one_number(text[line_start:at], text, to):
            joined.append((at, to))
        else:
            unsure[0].append(at)
            unsure[1].append(to)
    # the breaks read so far, sorted: whether a line break is one of them is a bisection
    # (no set of every break: a page of cells, one a line, has one for each line)
    joined.sort()
    sort_pairs(*unsure)
    unsure_starts, unsure_ends = unsure
    extra: list[tuple[int, int]] = []
    seen: set[int] = set()  # (the line breaks of ``extra``)

    def read(pos: int) -> bool:
        if pos in seen:
            return True
        k = bisect_right(joined, (pos, len(text) + 1)) - 1
        if k >= 0 and joined[k][0] <= pos < joined[k][1]:
            return True
        k = bisect_right(unsure_starts, pos) - 1
        return k >= 0 and unsure_starts[k] <= pos < unsure_ends[k]

    for m in _CLOSER_BREAK.finditer(text):
        at, to = m.start(1), m.end()
        if text[to] == "," and text[at - 1] in _DIGITS and text[to + 1 : to + 2] in _DIGITS:
            continue  # a thousands comma (above)
        line_start = text.rfind("\n", 0, at) + 1
        if "|" not in text[line_start:at] and "|" not in _line_at(text, to):
            extra.append((at, to))
            seen.add(at)
    for pattern in (_OPENER_BREAK, _BRACKETED_BREAK, _FULL_MARK_BREAK, _CLOSED_COUNT_BREAK):
        for m in pattern.finditer(text):
            at, to = m.start(), m.end()
            if read(at):
                continue  # (a break already read)
            line_start = text.rfind("\n", 0, at) + 1
            before, after = text[line_start:at], _line_at(text, to)
            if "|" in before or "|" in after:
                continue
            if pattern is _FULL_MARK_BREAK and not _wide_wrap(before, after, page):
                continue
            if pattern is _CLOSED_COUNT_BREAK and not _count_opens(before, text, at, to):
                continue
            extra.append((at, to))
            seen.add(at)
    joined.extend(extra)


# A line a wrap cut inside a count, whatever its width: it ends with the count's
# first digits right after its noun or verb (申请2, 信息 1, 工程1; not after a label's
# colon, 第, a date's or a document number's words), and the line after opens with
# the count's other digits and its counter (86件, 26 条, 24公里, 1.5万次): a line that
# ended with a whole number would have its counter there, and the next would open
# with a word (datasets/heldout paraphrase10–14: every such break of their gold is one
# number; none of the 178 real excerpts breaks a line after a count's digits).
# (after a word, a closing quote or title mark, a label's colon or an enumeration mark:
# “无法提供”13⏎9件, 公示:1⏎86条, 126宗、3⏎98.6公顷; a count in thousands or with
# decimals too: 2,416⏎件, 办结5.28⏎万件; 余/多 after it: 260余⏎條; after a list's comma
# that follows a word: 申请23份,5⏎份转下年度, 复议6件,5⏎件结果维持, real train r024, r007)
_COUNT_HEAD = re.compile(
    r"(?:[\u4e00-\u9fff”」』》:、]|(?<=[\u4e00-\u9fff])[,，])[ \t]?"
    r"(?:[0-9０-９]{1,6}|[0-9]{1,3}(?:,[0-9]{3})+)(?:\.[0-9]+)?[余多]?$"
)
# The counters a wrap may fall around (申请 1⏎ 件, 做好4场⏎ 疫情…): one list for both
# tests, :data:`_COUNTER` (a counter opening the line after the count) and
# :data:`_COUNT_ENDS` (a count and its counter ending the line), so that they cannot
# drift apart (they were two lists, the second a subset of the first). Traditional
# forms too: the view is read before the quantity grammar folds them.
_COUNTER_WORDS = ("公里", "公顷")
_COUNTER_CHARS = (
    "件条个项次人篇期场家份种批部名户处元张册本幅套轮类宗例亩所座辆台位起封通对笔则"
    "條個項場冊輪張處類筆戶則"
)
# what may follow a count's digits before its counter: 余/多 (300余件), a magnitude,
# a percent sign
_COUNTER_ALSO = "余多万亿%％"
_COUNTER = re.compile(
    r"[ \t]?(?:" + "|".join(_COUNTER_WORDS) + "|[" + _COUNTER_CHARS + _COUNTER_ALSO + "])"
)
# A count with its counter ending a line (做好4场, 信息 43条, 300余件).
_COUNT_ENDS = re.compile(
    r"[0-9０-９](?:[0-9０-９.,]*[0-9０-９])?[ \t]?(?:[余多][ \t]?)?"
    r"(?:" + "|".join(_COUNTER_WORDS) + "|[" + _COUNTER_CHARS + "])$"
)
_COUNT_TAIL = re.compile(r"[0-9０-９]{1,6}(?:[.．][0-9０-９]+)?" + _COUNTER.pattern)
_COUNT_TAIL_OR_COUNTER = re.compile(r"(?:[0-9]{1,6}(?:\.[0-9]+)?)?" + _COUNTER.pattern)
# Marks that close a name a count may follow (答复书》⏎ 1 份, “…公众号”⏎ 558篇), and a closing
# bracket (财政预决算(含“三公”经费)⏎4条, real train r048): a count and its counter opening
# the next line go on with the bracket's sentence (a break after a closing bracket before
# anything else is _FULL_MARK_BREAK's, on a full line only).
_CLOSERS = frozenset("”」』》)）")
# A count with its counter opening a line, after an approximation word (访问量⏎ 超364万次).
_OPENING_COUNT = re.compile(r"(?:超过|超|逾|近|约|不到|不足)?" + _COUNT_TAIL.pattern)
# ...or a numeral in words and its counter (每月开展⏎ 一次常态化检查, real train r012), after a
# line of prose only: a heading of no mark may be followed by a paragraph that opens so
# (（一）主动公开⏎ 两个平台…)
_OPENING_WORDS = re.compile(r"[一二两三四五六七八九十]{1,3}[" + _COUNTER_CHARS + "]")
# the characters right before a number that make it a date, a time, a code or a label's
_NOT_COUNT_BEFORE = frozenset("年月日时号第页")
# ...of which these end a word too (公众号, 抖音号, 全年, 每月, 当日): at a line's end they are a
# date's or a number's only after a numeral (2022年, 5号), so a count and its counter opening
# the next line after them go on with the sentence (“…”公众号⏎ 558篇, real train r160)
_WORD_ENDS = frozenset("年月日时号页")


def _runs_on(before: str, text: str, to: int, *, tail: re.Pattern[str] = _COUNT_TAIL) -> bool:
    """Whether a break after the line ``before`` (ending with a number's digits) and
    before ``text[to:]`` falls inside one count written with its counter, on a line of
    any width: the line before ends with the count's first digits right after a word
    (:data:`_COUNT_HEAD`), the line after opens with its other digits and its counter
    (``tail``: :data:`_COUNT_TAIL`; :data:`_COUNTER` when the break falls before the
    counter) and goes on with the sentence; neither is a pipe row, nor a heading opened
    by a list marker."""
    m = _COUNT_HEAD.search(before)
    if m is None or tail.match(text, to) is None:
        return False
    # the word before the digits (before a list's comma: 2021年,5⏎件 is a date's)
    lead = before[m.start() - 1] if before[m.start()] in ",，" else before[m.start()]
    if lead in _NOT_COUNT_BEFORE:
        return False
    after = _line_at(text, to)
    if "|" in before or "|" in after:
        return False
    # a line opened by a list marker is a heading unless its prose goes on after it
    # （（一）主动公开。通过…政府信息 1⏎74条）
    if _LIST_MARKER.match(before) is not None and not _prose_line(before):
        return False
    # one of the two lines is prose: a line a PDF wrapped at 16-40 characters often
    # holds no mark (信息2⏎514条](含自治区药监局门户网站信息1273条): the line before's
    # marks tell as well
    return _LIST_MARKER.match(after) is None and (_prose_line(after) or _prose_line(before))


def table_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the lines of ``text[start:end]`` that belong to a table.

    Pipe rows and bare-number rows always; in a section that has such rows
    (a tabular section), also short lines without sentence punctuation —
    the cells of a cell-per-line table.
    """
    lines = text[start:end].split("\n")
    bare = _BARE_NUMBERS.match
    hard = [
        (
            "|" in ln
            and (ln.count("|") >= 2 or (ln.rstrip().endswith("|") and len(ln.strip()) <= 20))
            # (a line no longer than a prose cell has none: no call)
            and (len(ln) <= _PROSE_CELL or not _prose_cell(ln))
        )
        # an empty line, one opening with a Han character, or one ending with a
        # character the pattern has no place for (。, a Han character) is no
        # bare-number row: no regex call
        or (
            ln != ""
            and not "\u4e00" <= ln[0] <= "\u9fff"
            and (ln[-1] in _BARE_END or (not ln[-1].isascii() and _bare_end(ln[-1])))
            and bare(ln) is not None
        )
        for ln in lines
    ]
    n_hard = hard.count(True)
    if not n_hard:
        return []
    if n_hard < 3:
        # not a tabular section: its hard lines alone, placed by the lengths of the
        # lines before them (each line break one more)
        offsets = list(accumulate(map(len, lines), initial=start))
        return [(offsets[i] + i, offsets[i + 1] + i) for i, is_hard in enumerate(hard) if is_hard]
    out = []
    pos = start
    prose = _PROSE_MARK_SET.isdisjoint
    for ln, is_hard in zip(lines, hard, strict=True):
        size = len(ln)
        if (
            is_hard
            # a cell on its own line (not a key: value line of prose)
            or (len(ln.strip()) <= 20 and prose(ln) and _KEY_VALUE.match(ln) is None)
            or (size < 40 and "|" in ln)
        ):
            out.append((pos, pos + size))
        pos += size + 1
    return out


Spans = list[tuple[int, int]]


def section_tables(text: str, sections: Sequence[SectionLike]) -> list[Spans]:
    """Per section, its table lines (:func:`table_lines`) as sorted disjoint spans."""
    # a section's table lines are in order and never touch (a line break lies
    # between two lines): merged, they are the same spans less the empty ones
    return [
        [sp for sp in table_lines(text, sec.start, sec.end) if sp[0] < sp[1]] for sec in sections
    ]


def prose_spans(
    text: str,
    sections: Sequence[SectionLike],
    *,
    tables: Sequence[Spans] | None = None,
    blank: bool = True,
) -> list[tuple[int, int]]:
    """The parts of the sections that are not table lines: where facts can be.

    ``tables`` is :func:`section_tables` of the same sections when the caller has it.
    ``blank=False`` leaves out the parts that are only whitespace: the line
    breaks between the lines of a table, most of the parts of a report, and
    none can hold a quantity.
    """
    out: list[tuple[int, int]] = []
    for k, sec in enumerate(sections):
        pos = sec.start
        lines = tables[k] if tables is not None else _merge(table_lines(text, sec.start, sec.end))
        for s, e in lines:
            if s > pos and (blank or not text[pos:s].isspace()):
                out.append((pos, s))
            if e > pos:
                pos = e
        if pos < sec.end and (blank or not text[pos : sec.end].isspace()):
            out.append((pos, sec.end))
    return out


def bounds(
    text: str, pos: int, lo: int, hi: int, fwd: re.Pattern[str], back: Any
) -> tuple[int, int]:
    """From just after the last mark before ``pos`` (or ``lo``) to the next mark at or
    after ``pos`` (or ``hi``); ``fwd``/``back`` match one mark forwards/in reverse."""
    m = back.search(text, lo, pos)
    s = m.end() if m is not None else lo
    f = fwd.search(text, pos, hi)
    return s, f.start() if f is not None else hi


class LineMarks:
    """The sentence and clause around a position, by bisection over the marks of
    its line: what :func:`bounds` finds with a reverse and a forward search.

    A line break ends every sentence, so both lie within the position's line;
    its marks are found in one scan when a position in it is first asked about
    (the line of the last question is kept: the analysis asks in reading order),
    and each question after that is two bisections.
    """

    __slots__ = ("_clause", "_hi", "_lo", "_sent", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._lo = self._hi = -1  # the kept line, [lo, hi)
        self._clause: list[int] = []  # its clause marks (sentence marks among them)
        self._sent: list[int] = []  # its sentence marks

    def _line(self, pos: int) -> None:
        text = self._text
        lo = text.rfind("\n", 0, pos) + 1
        hi = text.find("\n", pos)
        self._lo, self._hi = lo, hi if hi >= 0 else len(text)
        self._clause = [m.start() for m in CLAUSE_FWD.finditer(text, lo, self._hi)]
        self._sent = [k for k in self._clause if text[k] in _SENT_END]

    def sentence(self, pos: int) -> tuple[int, int]:
        """``bounds(text, pos, 0, len(text), SENT_FWD, SENT_BACK)``."""
        if not self._lo <= pos < self._hi:
            self._line(pos)
        marks = self._sent
        i = bisect_left(marks, pos)
        return (
            marks[i - 1] + 1 if i else self._lo,
            marks[i] if i < len(marks) else self._hi,
        )

    def clause(self, pos: int, lo: int, hi: int) -> tuple[int, int]:
        """``bounds(text, pos, lo, hi, CLAUSE_FWD, CLAUSE_BACK)`` for ``lo``/``hi``
        within the line of ``pos`` (its sentence's bounds)."""
        if not self._lo <= pos < self._hi:
            self._line(pos)
        marks = self._clause
        i = bisect_left(marks, pos)
        return (
            marks[i - 1] + 1 if i and marks[i - 1] >= lo else lo,
            marks[i] if i < len(marks) and marks[i] < hi else hi,
        )


class TableSkip:
    """Whether a position lies on a table line (see :func:`table_lines`).

    With sections in order and disjoint (what ``find_sections`` gives), only
    the section holding the position matters, and its lines are classified on
    the first question about it: sections without candidate quantities (most
    of a table-heavy report) are never split into lines. Otherwise every
    section's lines are taken up front, as a merged interval list.
    """

    def __init__(
        self, text: str, sections: Sequence[SectionLike], tables: Sequence[Spans] | None = None
    ) -> None:
        self._text = text
        self._sections = sections
        # `tables`: section_tables(text, sections), already computed by the caller
        self._per_section: dict[int, Spans] = dict(enumerate(tables)) if tables else {}
        self._disjoint = all(a.end <= b.start for a, b in pairwise(sections))
        if not self._disjoint:
            spans: list[tuple[int, int]] = []
            for k, sec in enumerate(sections):
                spans.extend(tables[k] if tables else table_lines(text, sec.start, sec.end))
            self._all = _merge(spans)

    def __call__(self, pos: int, section_index: int) -> bool:
        if self._disjoint:
            spans = self._per_section.get(section_index)
            if spans is None:
                sec = self._sections[section_index]
                spans = _merge(table_lines(self._text, sec.start, sec.end))
                self._per_section[section_index] = spans
        else:
            spans = self._all
        i = bisect_right(spans, (pos, float("inf"))) - 1
        return i >= 0 and pos < spans[i][1]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted disjoint half-open intervals covering the same positions as ``spans``."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(sp for sp in spans if sp[0] < sp[1]):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out
