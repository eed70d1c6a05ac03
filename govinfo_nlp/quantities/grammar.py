"""Quantities in running prose: one compiled regex finds candidates, validators decide.

The candidate pattern is deliberately generous (any run of numeral
characters, optional markers and a counter); everything that makes a number
*not* a quantity — dates, codes, ordinals, idioms — is checked afterwards on
the candidate and its neighbours, so each rejection is a small readable rule.
"""

from __future__ import annotations

import logging
import re
import string
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Final

import regex

from ..frozen import builder
from .numerals import (
    ARABIC_PATTERN,
    CN_NUMERAL_CHARS,
    fold,
    is_positional,
    numeral_value,
    to_number,
)
from .rules import (
    Counter,
    Marker,
    Markers,
    builtin_counters,
    builtin_markers,
    builtin_negatives,
    example_named,
    longest_first,
    word_alternation,
)

__all__ = [
    "Quantity",
    "add_counters",
    "find_quantities",
    "grammar_for",
    "load_counters",
    "parse_quantity",
]

logger = logging.getLogger(__name__)

_SPACE: Final = r"[ \u3000\xa0]?"  # flip-book text puts one space around numbers: "48 篇"
# GB/T 15835 groups the digits of a long number by threes with a (thin) space:
# 1 148, 18 642, 4 286.7亿 (PDF text extraction gives plain spaces; fold makes
# thin and no-break spaces plain). A grouped numeral: a head of one to three
# digits, then groups of exactly three, a decimal part on the last. Matched only
# where :func:`_group_run` has read the run as one number (the plain pattern reads
# its groups one by one: cells of a row).
_GROUPED: Final = r"[0-9]{1,3}(?:[ ][0-9]{3})+(?:\.[0-9]+)?(?![0-9])"  # [ ]: VERBOSE
_RATIO_SIGNS: Final[dict[str, Decimal]] = {"%": Decimal(100), "‰": Decimal(1000)}
_PERCENT_WORDS: Final[dict[str, tuple[str, Decimal]]] = {
    "百分之": ("%", Decimal(100)),
    "千分之": ("‰", Decimal(1000)),
}
_BARE_LEAD: Final = "百千万亿佰仟"  # a numeral starting with a bare unit: 百余, 万余
_ASCII_ALNUM: Final = frozenset(string.ascii_letters + string.digits)
_ASCII_CODE_CHARS: Final = frozenset(string.ascii_letters + "@_/\\#&=?")
_OPENING: Final = "(（[［【〔<《"
_QUOTES: Final = "“”‘’\"'「」"
_CLOSING: Final = ")）]］】〕>》"
_LIST_BOUNDARY: Final = "\n\r|。；;：:，,（(　 \t"
_YEAR_RANGE: Final = range(1900, 2101)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity: a number with its counter and approximation, as found in text.

    ``value`` folds magnitudes (236万 -> 2360000) and turns ratios into
    fractions (46.72% -> 0.4672, 七成 -> 0.7). ``unit`` is the counter in
    Simplified script, or None. ``start``/``end`` cover markers, number and
    counter; ``number_start``/``number_end`` cover only the numeral (with its
    magnitude words), for merging tokens.
    """

    value: int | float
    unit: str | None
    approx: str | None
    start: int
    end: int
    text: str
    number_start: int
    number_end: int
    kind: str

    def to_dict(self) -> dict[str, object]:
        """The SCHEMA.md shape: value/unit/approx as in a fact, spans as [start, end]."""
        return {
            "value": self.value,
            "unit": self.unit,
            "approx": self.approx,
            "kind": self.kind,
            "text": self.text,
            "span": [self.start, self.end],
            "number_span": [self.number_start, self.number_end],
        }


# built through its slots: the prose of a report has a few dozen quantities
_quantity: Final = builder(Quantity)


# --- the compiled grammar (built lazily, rebuilt when counters are added) ---------


@dataclass(slots=True)
class _Grammar:
    # The candidate pattern and the trigger use the standard ``re`` engine: they need
    # nothing of ``regex`` and ``re`` matches them about twice as fast.
    pattern: re.Pattern[str]
    # The same pattern with a grouped numeral first (1 148 件): matched only at a
    # run of digit groups that :func:`_group_run` reads as one number.
    grouped: re.Pattern[str]
    counters: dict[str, Counter]
    markers: Markers
    prefix: dict[str, Marker]
    infix: dict[str, Marker]
    suffix: dict[str, Marker]
    negatives: regex.Pattern[str]  # ``regex``: searched with overlapped=True
    negative_reach: int
    # Every two adjacent characters of a negative phrase: a phrase that overlaps a
    # numeral without lying inside it straddles one of its ends, so when neither
    # end's pair of characters is listed here no phrase needs searching.
    negative_pairs: frozenset[str]
    label_before: regex.Pattern[str]
    # The last characters of the labels: the label pattern can only match when one
    # of them is among the last four characters before the number.
    label_last: frozenset[str]
    latin_labels: frozenset[str]
    trigger: re.Pattern[str]  # a bare numeral run: where candidates start
    # One numeral character: the pattern matches at exactly these positions, and a
    # character class is searched far faster than the whole pattern.
    first: re.Pattern[str]
    # What may stand after a lone Chinese numeral for the pattern to match more than
    # it (a digit too, tested apart): elsewhere it is a numeral without a counter,
    # refused without the pattern (一是, 三、, 统一: a fifth of a report's candidates).
    lone_after: frozenset[str]
    # Word lists as tuples, for str.startswith/endswith (one C call per test).
    prefix_words: tuple[str, ...]
    prefix_last: frozenset[str]  # the last characters of the prefix words
    suffix_words: tuple[str, ...]
    ordinal_before: tuple[str, ...]
    chinese_word_before: tuple[str, ...]
    bare_not_before: tuple[str, ...]
    bare_not_after: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Before:
    """What precedes the numeral: an approximation prefix and a sign, found by looking back."""

    pre: str | None = None
    pre_start: int = 0
    sign: str | None = None
    sign_start: int = 0


_GROUPS: Final = ("pct", "pnum", "num", "inf", "mag", "inf2", "ctr", "ctr2", "suf")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in longest_first(words))


def _re_alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in longest_first(words))


def _source(numeral: str, infixes: str, counters: Iterable[str], markers: Markers) -> str:
    """The candidate pattern's source (``re``, VERBOSE).

    Written for the engine, with the matches of the plain form (every group
    an optional group, the counters an alternation longest first; the tests
    compare the two): most numerals have nothing after them that a part could
    open with (一是, 9月, a table cell), and each optional group costs the
    engine as much when it fails at once as a short match, so the parts after
    the numeral are entered only at a character one of them opens with, and
    the counters (a trie, :func:`word_alternation`) only at one a counter
    opens with.
    """
    words = word_alternation(counters)
    ctr_first = {w[0] for w in counters} | {"%", "‰"}
    tail_first = ctr_first | set(" \u3000\xa0万亿余多(（") | {m.word[0] for m in markers.infix}
    ctr_class = re.escape("".join(sorted(ctr_first)))
    tail_class = re.escape("".join(sorted(tail_first)))
    return rf"""
        (?:
            # 百分之三十, 千分之五: the ratio word comes first
            (?P<pct>百分之|千分之)(?P<pnum>{numeral})
          |
            (?P<num>{numeral})                 # 1,234.5 / 一百零五 / 13万2 / 1.2万
            (?:(?=[{tail_class}])
                (?:{_SPACE}(?P<inf>[{infixes}]))?  # 1200余, 十几, "2800 余条"
                (?:{_SPACE}(?P<mag>[万亿]++))?      # 10余万: magnitude after the marker
                (?P<inf2>[余多])?                  # 余 after a spaced magnitude: "10 万余"
                (?:{_SPACE}(?=[{ctr_class}])(?P<ctr>{words}|%|‰))?
                (?:[(（](?P<ctr2>{words})[)）])?     # 1000余条(次)
            )?
        )
        (?P<suf>{_re_alternation(m.word for m in markers.suffix)})?
        """


def _lone_after(counters: Iterable[str], markers: Markers) -> frozenset[str]:
    """The characters after a Chinese numeral character that may extend its match
    (see :attr:`_Grammar.lone_after`; a digit may too): the numeral's own
    characters, what opens a part after it or a suffix, 分 (百分之, 千分之) and a
    tab (a row's cell, ``cells=False``)."""
    opening = {w[0] for w in (*counters, *(m.word for m in (*markers.infix, *markers.suffix)))}
    return frozenset(CN_NUMERAL_CHARS) | opening | set(" \u3000\xa0\t万亿余多(（%‰分")


# A Chinese numeral character of a run; not the 千 of a unit (千瓦, 千瓦时, 千克, 千米,
# 千伏): 486.2亿千瓦时 is 486.2亿 of kilowatt-hours (it read 48,620,001,000), 12万千瓦
# 120,000 kilowatts (it read 121,000), 3千克 three kilograms (paraphrase26 t20, session
# 30). 三千米 reads 三 of 千米 likewise: three kilometres, the same length as 3,000 metres.
_CN_NUMERAL_CHAR: Final = "(?:千(?![瓦克米伏])|[" + CN_NUMERAL_CHARS.replace("千", "") + "])"


def _build(extra: list[Counter]) -> _Grammar:
    counters: dict[str, Counter] = {c.word: c for c in builtin_counters()}
    counters.update({c.word: c for c in extra})
    markers = builtin_markers()
    numeral = rf"(?:{ARABIC_PATTERN}|{_CN_NUMERAL_CHAR})++"
    infixes = re.escape("".join(m.word for m in markers.infix))
    pattern = re.compile(_source(numeral, infixes, counters, markers), re.VERBOSE)
    grouped_numeral = rf"(?:{_GROUPED}|{ARABIC_PATTERN}|{_CN_NUMERAL_CHAR})++"
    grouped = re.compile(_source(grouped_numeral, infixes, counters, markers), re.VERBOSE)
    # _match_to_quantity unpacks the groups by position.
    assert "百" in CN_NUMERAL_CHARS and "千" in CN_NUMERAL_CHARS  # 百分之/千分之 start a run
    assert list(pattern.groupindex) == list(_GROUPS), pattern.groupindex
    assert grouped.groupindex == pattern.groupindex
    negatives = builtin_negatives()
    labels = _alternation(markers.label_before)
    return _Grammar(
        pattern=pattern,
        grouped=grouped,
        counters=counters,
        markers=markers,
        prefix={m.word: m for m in markers.prefix},
        infix={m.word: m for m in markers.infix},
        suffix={m.word: m for m in markers.suffix},
        negatives=regex.compile(_alternation(negatives)),
        negative_reach=max(len(n) for n in negatives),
        negative_pairs=frozenset(n[i : i + 2] for n in negatives for i in range(len(n) - 1)),
        # A label right before the number, maybe with a colon: 邮编:362122, 电话 0595…
        label_before=regex.compile(rf"(?:{labels})[\s:：是为]{{0,2}}$"),
        label_last=frozenset(w[-1] for w in markers.label_before),
        latin_labels=frozenset(w.lower() for w in markers.latin_label_before),
        trigger=re.compile(numeral),
        first=re.compile(rf"[\d{CN_NUMERAL_CHARS}]"),
        lone_after=_lone_after(counters, markers),
        prefix_words=tuple(longest_first(m.word for m in markers.prefix)),
        prefix_last=frozenset(m.word[-1] for m in markers.prefix),
        suffix_words=tuple(m.word for m in markers.suffix),
        ordinal_before=markers.ordinal_before,
        chinese_word_before=markers.chinese_word_before,
        bare_not_before=(*markers.bare_not_before, "年"),
        bare_not_after=markers.bare_not_after,
    )


@lru_cache(maxsize=8)
def grammar_for(counters: tuple[Counter, ...] = ()) -> _Grammar:
    """The grammar with the shipped counters plus ``counters`` (built once per set).

    An :class:`~govinfo_nlp.engine.Engine` holds its user counters and asks
    for its grammar here; the cache is keyed by the (immutable) counters, so
    every engine with the same counters shares one compiled grammar.
    """
    return _build(list(counters))


def _default_grammar() -> _Grammar:
    # The module-level functions run with the default engine's counters.
    from ..engine import default_engine

    grammar: _Grammar = default_engine().grammar
    return grammar


def add_counters(words: Iterable[str]) -> None:
    """Deprecated: use :meth:`govinfo_nlp.Engine.add_counters`.

    Adds counters to the default engine (what :func:`find_quantities` and
    :func:`govinfo_nlp.parse` use without an engine).
    """
    from ..engine import default_engine, deprecated

    deprecated("govinfo_nlp.quantities.add_counters", "Engine.add_counters")
    default_engine().add_counters(words)


def load_counters(path: str | Path) -> None:
    """Deprecated: use :meth:`govinfo_nlp.Engine.load_counters`."""
    from ..engine import default_engine, deprecated

    deprecated("govinfo_nlp.quantities.load_counters", "Engine.load_counters")
    default_engine().load_counters(path)


# --- validation --------------------------------------------------------------------
#
# Every check below is a pure predicate on the folded text ``t``: a candidate is
# refused as soon as one of them fails, so the cheap and selective checks come
# first. ``t[i] if 0 <= i < len(t) else "\x00"`` is written out inline where a
# function call per character would cost more than the test itself (NUL outside
# the text is never "in" a character set, unlike "", which always is).

_SIGNS: Final = "-+−"
_SPACES: Final = " \u3000\xa0"
_ASCII_LETTERS: Final = frozenset(string.ascii_letters)
_RANGE_NEXT: Final = frozenset("-/.～~—至到")  # after a year: 2019-2020, 2019至2020
_NO_CHAR: Final = "\x00"
_MAGNITUDES: Final = frozenset(("万", "亿"))  # a numeral that is only a magnitude
# China's short service numbers are five digits, 12xxx for government lines and
# 95xxx/96xxx for utilities and public services; written bare before a word or
# inside a list or quotes (12366、12345等热线, “96110”) such a number is a line, not a
# count; before a comma or a full stop it may be a count (办理95000，较上年增加).
_HOTLINE_HEADS: Final = frozenset(("12", "95", "96"))
_HOTLINE_NEXT: Final = '、/”"’)）'


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch == "〇"


def _char(t: str, i: int) -> str:
    # NUL outside the text: never "in" a character set (unlike "", which always is).
    return t[i] if 0 <= i < len(t) else _NO_CHAR


def _is_numeral_char(ch: str) -> bool:
    return ch.isdigit() or ch in CN_NUMERAL_CHARS


def _in_negative(g: _Grammar, t: str, start: int, end: int) -> bool:
    # A phrase overlapping the numeral but not inside it holds t[start-1:start+1]
    # or t[end-1:end+1]: when neither pair occurs in any phrase, none is there.
    pairs = g.negative_pairs
    if (start <= 0 or t[start - 1 : start + 1] not in pairs) and t[end - 1 : end + 1] not in pairs:
        return False
    lo = max(0, start - g.negative_reach)
    hi = min(len(t), end + g.negative_reach)
    for m in g.negatives.finditer(t, lo, hi, overlapped=True):
        # Overlapping the numeral, but not inside it: 万一 is an idiom, 八十一万一千 a number.
        if m.start() < end and start < m.end() and not (start <= m.start() and m.end() <= end):
            return True
    return False


# what may stand between an opening quote mark and a count in digits that the quote
# states rather than names: an approximation word (“8.6万件”, “近600条”), or the
# counts listed before it (“1名分管领导、1名信息员”)
_QUOTED_COUNT_LEAD: Final = re.compile(
    r"(?:[0-9０-９][^、“”\n]{0,12}、)*[\s　]*(?:近|约|超过|超|逾|共)?[\s　]*"
)
# another count listed after a quoted one (“1名分管领导、1名信息员”)
_QUOTED_NEXT_COUNT: Final = re.compile(r"、[\s　]*[0-9０-９]")
# what may follow a quoted count's counter before the closing mark (“800余个”, “8.6万件”)
_QUOTED_COUNT_TAIL: Final = frozenset("万亿千百余多左右以上 　")


def _quoted_count(t: str, opened: int, start: int, end: int, unit: str | None) -> bool:
    """Whether the quote opened at ``opened`` states the count in digits at
    ``t[start:end]`` (counter ``unit``) rather than naming something: the quote is that
    count alone (接收投诉举报“8.6万件”, 提供岗位“800余个”) or a list of counts
    (“1名分管领导、1名信息员”). A quote with words after its count is a name
    (“15分钟生活圈”), as one with its numeral in words is (“三个清单”)."""
    if unit is None or t[start] not in _DIGIT:
        return False
    if _QUOTED_COUNT_LEAD.fullmatch(t, opened + 1, start) is None:
        return False
    close = t.find("”", end, end + 20)
    if close < 0:
        return False
    if "、" in t[opened + 1 : start] or _QUOTED_NEXT_COUNT.search(t, end, close):
        return True
    rest = t[end:close].replace(unit, "", 1)
    return all(ch in _QUOTED_COUNT_TAIL for ch in rest)


def _in_title(t: str, start: int, end: int, *, unit: str | None = None) -> bool:
    """Inside 《a title》 or a short “quoted name”: 《…六条政策措施》, “行政执法三项制度”;
    not a quote stating a count (``unit`` its counter: :func:`_quoted_count`)."""
    lo = max(0, start - 80)
    line = t.rfind("\n", lo, start)
    lo = max(lo, line + 1)
    if t.rfind("《", lo, start) > t.rfind("》", lo, start):
        return True
    qlo = max(lo, start - 20)
    opened = t.rfind("“", qlo, start)
    if opened > t.rfind("”", qlo, start):
        if _quoted_count(t, opened, start, end, unit):
            return False
        close = t.find("”", end, end + 20)
        # a quoted case the sentence calls an example (以“某单位对1件申请超期答复…”为案例,
        # “…”“…”等案例) or that opens with 某 (a certain county, office: no name does)
        # tells counts, it names nothing
        return (
            close >= 0
            and t.find("“", end, close) < 0
            and t[opened + 1 : opened + 2] != "某"
            and _example_after().match(t, close + 1) is None
        )
    return False


@lru_cache(maxsize=1)
def _example_after() -> re.Pattern[str]:
    """After a quotation's closing mark: the quotation is an example (为例, 为典型案例,
    作为反面案例, and the last of several quoted cases: “…”“…”等案例); the words are
    markers.json ``example_named``."""
    return re.compile(r"(?:\s*“[^“”\n]{0,40}”)*" + example_named())


def _prefix_before(g: _Grammar, t: str, b: int, floor: int) -> tuple[str, int] | None:
    """The approximation prefix ending at ``b`` (or at ``b - 1`` past one space)."""
    for pos in (b, b - 1) if _char(t, b - 1) in _SPACES else (b,):
        if _char(t, pos - 1) in g.prefix_last and t.endswith(g.prefix_words, floor, pos):
            for w in g.prefix_words:  # longest first
                if t.endswith(w, floor, pos):
                    return w, pos - len(w)
    return None


def _look_before(g: _Grammar, t: str, p: int, floor: int) -> _Before:
    """The sign and prefix marker right before position ``p`` (not before ``floor``).

    Written as a look-back rather than in the pattern so that the scan can
    start at numerals only: "超过 -3" is prefix, optional space, sign, number.
    """
    sign, sign_start = None, p
    if p - 1 >= floor and t[p - 1] in _SIGNS:
        sign, sign_start = t[p - 1], p - 1
    pre = _prefix_before(g, t, sign_start, floor)
    if pre is None:
        return _Before(None, 0, sign, sign_start)
    return _Before(pre[0], pre[1], sign, sign_start)


_LEADING_INTEGER = regex.compile(r"[\d,， ]+")
# Thousands separators: commas, and the spaces of a grouped numeral (1 148).
_SEPARATORS: Final = str.maketrans("", "", ",， ")


# The caches below hold numerals of at most this many characters (and the values
# read from them): a count's is far shorter (1,234,567.89万: 14), and a hostile page's
# numeral can be a line of 200,000 digits, which 4,096 entries would keep after its
# document. A longer one is read each time, as on a cache miss.
_CACHED_NUMERAL: Final = 32


def _leading_integer(num: str) -> str:
    """The integer digits an Arabic-led numeral starts with: "1,234.5万" -> "1234",
    "1 148" -> "1148"."""
    return _cached_integer(num) if len(num) <= _CACHED_NUMERAL else _read_integer(num)


def _read_integer(num: str) -> str:
    m = _LEADING_INTEGER.match(num)
    return m.group().translate(_SEPARATORS) if m else ""


_cached_integer: Final = lru_cache(maxsize=4096)(_read_integer)


def _value(num: str) -> Decimal | None:
    """The value of a numeral (None if it has none)."""
    return _cached_value(num) if len(num) <= _CACHED_NUMERAL else _read_value(num)


def _read_value(num: str) -> Decimal | None:
    # the numeral evaluator reads comma groups; the spaces of 1 148 are dropped here
    return numeral_value(num.replace(" ", "") if " " in num else num)


_cached_value: Final = lru_cache(maxsize=4096)(_read_value)
# int when integral, else float: the value of a numeral of at most _CACHED_NUMERAL
# characters only (a value's size is its numeral's; to_number for the others)
_as_number: Final = lru_cache(maxsize=4096)(to_number)


def _arabic_context_ok(g: _Grammar, t: str, start: int, num_end: int, num: str) -> bool:
    """Reject Arabic numbers that belong to codes, times, ranges, URLs."""
    n = len(t)
    prev = t[start - 1] if start > 0 else _NO_CHAR
    nxt = t[num_end] if num_end < n else _NO_CHAR
    if prev in _ASCII_CODE_CHARS or nxt in _ASCII_CODE_CHARS:
        return False  # qz27396608@163.com, 11620602MB161547XN/2021
    # the integer digits start with num's first digit and are no more than num's
    # characters: most numerals need not be read for these two tests
    if num[0] == "0" or len(num) >= 12:
        integer = _leading_integer(num)
        if len(integer) > 1 and integer[0] == "0":
            return False  # 0595, 01 in 2021-01-27: codes and dates
        if len(integer) >= 12:
            return False  # ID and account numbers
    prev2 = t[start - 2] if start > 1 else _NO_CHAR
    if prev == "." and prev2.isdigit():
        return False
    next2 = t[num_end + 1] if num_end + 1 < n else _NO_CHAR
    if nxt in ".:：" and next2.isdigit():
        return False  # 1.2.3, 12:06
    if prev in ":：" and prev2.isdigit():
        return False
    joiners = g.markers.range_joiners
    if prev in joiners and _is_numeral_char(prev2):
        return False  # 2019-2020, 3至5件: a range or a code, no single value
    return not (nxt in joiners and _is_numeral_char(next2))


# An English word and one space before a number (All 36 departments).
_ENGLISH_WORD_BEFORE: Final = re.compile(r"(?<![A-Za-z.])([A-Za-z]{3,}) $")


def _latin_label(g: _Grammar, t: str, start: int) -> bool:
    """Whether the Latin letters just before a number make it a label's (Page 9,
    No 3, P. 9) rather than a count in English prose (All 36 departments)."""
    m = _ENGLISH_WORD_BEFORE.search(t, max(0, start - 24), start)
    return m is None or m.group(1).lower() in g.latin_labels


def _bare_arabic_ok(g: _Grammar, t: str, start: int, after: int, num: str, *, whole: bool) -> bool:
    """Extra checks for an Arabic number without a counter (kind "number")."""
    prev = t[start - 1] if start > 0 else _NO_CHAR
    nxt = t[after] if after < len(t) else _NO_CHAR
    if (prev in _OPENING and nxt in _CLOSING) or (prev in _QUOTES and nxt in _QUOTES):
        return False  # (1), 〔2016〕, “1310”: list markers, years of documents, code names
    if nxt in "、.．" and prev in _LIST_BOUNDARY:
        return False  # 1、 2. after a clause break: list markers
    word_at = after + 1 if nxt in _SPACES else after  # "1 月21 日" in flip-book text
    if t.startswith(g.bare_not_before, word_at):
        return False  # 9月, 179号, 2020年度 (the counter 年 was refused)
    near = t[max(0, start - 4) : start]
    if not _ASCII_LETTERS.isdisjoint(near[-3:]) and _latin_label(g, t, start):
        return False  # "Page 9", "P. 9", "No 3"
    if not g.label_last.isdisjoint(near) and g.label_before.search(t, max(0, start - 12), start):
        return False  # 邮编:362122, 电话 27396608
    integer = _leading_integer(num)
    # A marker after the number (2000以上) shows it is an amount, not a year or a name.
    plain = integer == num and not t.startswith(g.suffix_words, after)
    if plain:
        size = len(integer)
        if size >= 7 and not whole:
            return False  # phone numbers and codes without a counter (a lone cell is a number)
        if size == 4 and int(integer) in _YEAR_RANGE and (_is_cjk(nxt) or nxt in _RANGE_NEXT):
            return False  # 2020工作要点, 2019至2020
        if size == 5 and integer[:2] in _HOTLINE_HEADS and (_is_cjk(nxt) or nxt in _HOTLINE_NEXT):
            return False  # service hotlines: 12345政务服务, 12315投诉, 96110反诈专线, 12366、12345
    if t.endswith(g.bare_not_after, 0, start):
        return False  # 1号楼408: a room or house number
    line_start = start == 0 or prev in "\n\r"
    # numbered list and heading markers at line start: "1、", "2 "
    return not (
        line_start and integer == num and len(num) <= 2 and (nxt in "、.．)）" or nxt.isspace())
    )


def _match_to_quantity(
    g: _Grammar,
    text: str,
    t: str,
    m: re.Match[str],
    floor: int = 0,
    *,
    whole: bool = False,
    titles: bool = True,
) -> Quantity | None:
    """Validate one candidate; ``whole`` when it is the entire input (parse_quantity).

    ``floor`` is where look-backs stop (the start of the stripped input in
    parse_quantity); ``titles=False`` tells that the line has no 《 or “, so
    the number cannot be inside a title. Every refusal returns None, so the
    checks run cheapest and most selective first.
    """
    pct, _pnum, num, inf, mag, inf2, ctr, ctr2, suf = m.groups()
    if pct is not None:
        return _percent_word(g, text, t, m, _look_before(g, t, m.start(), floor))
    cn_led = not num[0].isdigit()
    lone_magnitude = False
    # 近千万, 超百万, 十余万: a Chinese amount of a magnitude, approximated, counts alone
    bare_cn = cn_led and ctr is None and (mag is not None or num[-1] in _MAGNITUDES)
    if cn_led and ctr is None and not bare_cn:
        return None  # a Chinese numeral needs a counter: 一是, 十九大, 两会
    regs = m.regs
    ns, ne = regs[3]
    # the sign right before the numeral (an Arabic one only keeps it)
    raw_sign = t[ns - 1] if ns - 1 >= floor and t[ns - 1] in _SIGNS else None
    sign = raw_sign if not cn_led else None
    n0 = ns - 1 if sign else ns  # where the numeral (with sign) begins
    prev = t[n0 - 1] if n0 > 0 else _NO_CHAR
    if sign and (prev in _ASCII_ALNUM or prev in _CLOSING):
        return None  # a hyphen, not a sign
    if cn_led:
        if is_positional(num):
            return None  # 二〇二〇: years and codes, never a count
        # 亿元以上项目, 万元以上: a class of amounts, not one amount; but 近万人, 万余条
        lone_magnitude = num in _MAGNITUDES and not whole
        if t.endswith(g.chinese_word_before, 0, n0):
            return None  # 数十, 上百, 周三, 初一
    elif not _arabic_context_ok(g, t, n0, ne, num):
        return None
    before = n0 - 1 if prev in _SPACES else n0
    if t.endswith(g.ordinal_before, 0, before):
        return None  # 第三, 第20条
    num_end = regs[5][1] if mag else ne

    # -- approximation written inside: 1200余, 10余万, 十几
    infix = inf or inf2
    infix_marker = g.infix.get(infix) if infix else None
    end = max(num_end, regs[4][1], regs[6][1])

    # -- the counter
    unit: str | None = None
    kind = "number"
    ratio: Decimal | None = None  # the divisor of a ratio counter
    if ctr is not None:
        ce = regs[7][1]
        if ctr in _RATIO_SIGNS:
            unit, kind = ctr, "ratio"
            ratio = _RATIO_SIGNS[ctr]
        else:
            spec = g.counters[ctr]
            if _counter_ok(spec, t, ns, ce, num, cn_led):
                unit, kind = ctr, spec.kind
                if spec.kind == "ratio" and ctr == "成":
                    ratio = Decimal(10)
        if unit is not None:
            end = ce
            if ctr2:
                end = regs[8][1] + 1
                unit = f"{ctr}({ctr2})"  # 1000余条(次): kept as written
                if (
                    ctr2 != "次"
                    and _char(t, end) == "次"
                    and _char(t, end + 1) not in g.counters["次"].not_before
                ):
                    unit += "次"  # 1.7万家(人)次: the times of either counter
                    end += 1
            if t.startswith(ctr, end):
                return None  # 一个个, 一次次: reduplication, not a count
    if unit is None:
        if cn_led and not bare_cn:
            return None  # a Chinese numeral needs a counter: 一是, 十九大, 两会
        if infix_marker is not None and not infix_marker.alone and not mag:
            return None  # "3多措并举": 多 starts a word here
        if not cn_led and not _bare_arabic_ok(g, t, ns, end, num, whole=whole):
            return None
    if _in_negative(g, t, ns, num_end) or (titles and _in_title(t, ns, num_end, unit=unit)):
        return None
    numeral = num + mag if mag else num
    value = _value(numeral)
    if value is None:
        return None
    if ratio is not None:
        value = value / ratio
    approx = infix_marker.approx if infix_marker is not None else None

    # -- suffix markers after the counter (or after a bare Arabic number)
    if suf and regs[9][0] == end:
        marker = g.suffix[suf]
        suf_end = regs[9][1]
        if (t[suf_end] if suf_end < len(t) else _NO_CHAR) not in marker.not_before:
            approx = approx or marker.approx
            end = suf_end

    # -- prefix markers
    start = n0
    if sign or raw_sign is None:
        pre = _prefix_before(g, t, ns - 1 if raw_sign else ns, floor)
        if pre is not None:
            marker = g.prefix[pre[0]]
            ps = pre[1]
            part_of_word = bool(marker.not_after) and _char(t, ps - 1) in marker.not_after
            if not part_of_word and unit not in marker.not_units:
                approx = marker.approx  # a prefix outranks 余/以上: 近1200余 reads "under"
                start = ps
    if (lone_magnitude or bare_cn) and start == n0 and infix_marker is None:
        # 万人, 千万, 十万火急, 十万以上: a magnitude alone, or a Chinese numeral without a
        # counter, is one amount only after 近/超/逾… or with 余 (近万人, 近千万, 十余万)
        return None
    if bare_cn and t.startswith(g.bare_not_before, end + 1 if _char(t, end) in _SPACES else end):
        # 约万月: a Chinese numeral without a counter before a date word is no amount
        # (the date shortcut, _date_part, refuses it before this path is taken)
        return None
    if num[0] in _BARE_LEAD and approx is None:
        return None  # 百姓, 千方百计, 万人: a bare unit counts only as 百余/近千
    if sign in ("-", "−"):
        value = -value
    number: int | float = (
        float(value)
        if kind == "ratio"
        else _as_number(value)
        if len(numeral) <= _CACHED_NUMERAL
        else to_number(value)
    )
    return _quantity(
        value=number,
        unit=unit,
        approx=approx,
        start=start,
        end=end,
        text=text[start:end],
        number_start=n0,
        number_end=num_end,
        kind=kind,
    )


# --- digits grouped by spaces -------------------------------------------------------
#
# "信息 2 317 条" is 2317 条 (GB/T 15835), but "申请数量 2 317" may be a row of two
# cells, and "0 3 126 件" three numbers or 0 and 3126: a run of digit groups joined by
# single spaces is read as a whole, never as its last group alone.

_DIGIT: Final = frozenset("0123456789")
# A run of digit groups joined by single spaces (a group may have a decimal or comma
# part: then it is no group of a grouped numeral). The group space is a plain one:
# fold makes thin and no-break spaces plain, the ideographic space and the tab are
# cell gaps.
_GROUP_RUN: Final = re.compile(r"[0-9]+(?:[.,][0-9]+)*(?: [0-9]+(?:[.,][0-9]+)*)*")
# A space between two digits. Led by the space, a literal: the engine looks for it
# by a fast scan, where a character class would be tested at every character.
_ADJACENT: Final = re.compile(r" (?=[0-9])(?<=[0-9] )")
_LAST_GROUP: Final = re.compile(r"[0-9]{3}(?:\.[0-9]+)?")
# After a run, past one space: what ends a row of cells rather than an amount.
_ROW_END: Final = frozenset("|\t\n\r")
# Before a run: what separates a row's label from its cells.
_CELL_GAP: Final = frozenset(" \t\u3000")
# A line with one of these is prose (a sentence or clause), not a row of cells.
_CLAUSE_MARKS: Final = "，,。；;：:、"
# How far from the run the line is searched for them: beyond a row of a table's width.
_ROW_REACH: Final = 200


def _group_run(t: str, p: int) -> tuple[int, int, int, bool]:
    """The run of space-joined digit groups through position ``p``, as
    ``(start, end, grouped, amount)``.

    ``grouped`` is where the groups begin that can be one grouped numeral ending
    the run (the longest such: a chain of three-digit groups, the last maybe with a
    decimal part, after a head of one to three digits not starting with 0); it is
    ``end`` when the last group cannot end one (1 2 3, 0595 2739) and the run is a
    row's cells, ``start`` when it is an amount (1 4件: not 4, and 14 is a guess;
    real and generated pages write no such amount, only cells). ``amount`` tells
    whether what follows the run (past one space) makes it an amount: a counter, a
    marker, a word or a mark, not the end of a line, a tab, a bar or more spaces
    (a row's cells).

    The scan reads the run as one number only when the grouped numeral is the whole
    run and an amount (1 148 件, 4 286.7亿元); where other digits come before it
    (0 3 126 件: three cells or 0 and 3126?) or the digits before its last group
    are no head (2023 148 件), no group from ``grouped`` on is read at all: a wrong
    number is worse than a missing one.
    """
    start = p
    while start >= 2 and t[start - 1] == " " and t[start - 2] in _DIGIT:
        start -= 2
        while start > 0 and (
            t[start - 1] in _DIGIT
            or (t[start - 1] in ".," and start >= 2 and t[start - 2] in _DIGIT)
        ):
            start -= 1
    run = _GROUP_RUN.match(t, start)
    assert run is not None  # start is at a digit
    end = run.end()
    groups = run.group().split(" ")
    n = len(groups)
    if n < 2:
        return start, end, end, False
    if _LAST_GROUP.fullmatch(groups[-1]) is None:
        # no grouped numeral ends the run (1 4件, 12 4.5万元): neither 14 nor 4 is
        # certain, so an amount's run is read not at all (grouped = start), a row's
        # cells one by one (grouped = end)
        grouped = -1
    else:
        k = n - 1
        while k > 0 and len(groups[k - 1]) == 3 and groups[k - 1].isdigit():
            k -= 1
        head = groups[k - 1] if k > 0 else ""
        if head.isdigit() and len(head) < 3 and head[0] != "0":
            k -= 1
        while k < n - 1 and groups[k][0] == "0":
            k += 1  # 012 345: no head starts with 0
        grouped = start + sum(len(g) + 1 for g in groups[:k])
    after = end + 1 if end < len(t) and t[end] in " \u3000" else end
    follow = t[after] if after < len(t) else "\n"
    amount = not (follow in _ROW_END or follow.isspace() or follow.isdigit())
    if amount and start > 0 and t[start - 1] in _CELL_GAP:
        gap = start - 1
        while gap > 0 and t[gap - 1] in _CELL_GAP:
            gap -= 1
        if gap > 0 and t[gap - 1] in _DIGIT:
            # another number, a gap, then the run: 7\t12 003 件 is a row's cells, as
            # 0 3 126 件 is (a tab or wide gap is never the group space)
            return start, end, end if grouped < 0 else grouped, False
        # a label, a gap, then cells: 政府集中采购 2 866.8900万元 is a row of a table in
        # PDF text (2 purchases, 866.89万元) when its line has no clause mark near the
        # run (a bounded look: on a long line of such runs a whole-line search for
        # each would be quadratic)
        lo = max(0, start - _ROW_REACH)
        hi = min(len(t), end + _ROW_REACH)
        newline = t.rfind("\n", lo, start)
        lo = newline + 1 if newline >= 0 else lo
        newline = t.find("\n", end, hi)
        hi = newline if newline >= 0 else hi
        amount = any(t.find(mark, lo, hi) >= 0 for mark in _CLAUSE_MARKS)
    if grouped < 0:
        grouped = start if amount else end
    return start, end, grouped, amount


_CELL_BEFORE: Final = frozenset(" |\t")
_CELL_AFTER: Final = frozenset(" |\t\n")
# After a bare number, spaces and another number: one cell of a row (申请数量 4 0 0).
CELL_RUN: Final = re.compile(r"[ \t\u3000]+[0-9０-９]")
# After such a cell, the next cells of its row that are cells too: ASCII digits,
# then spaces and a number (the last cell, which has none, is left to the scan).
# A run of ASCII digits between spaces is a whole numeral with nothing after it
# (no marker, counter or suffix starts with a space), which is what
# `find_quantities(cells=False)` skips one by one; fold keeps digits and spaces.
_CELL_ROW: Final = re.compile(r"(?:[ \t\u3000]+[0-9]+(?=[ \t\u3000]+[0-9０-９]))+")


def _last_cell(t: str, p: int, m: re.Match[str]) -> bool:
    """Whether the numeral alone of ``m`` at ``p`` (a cell gap before it) is the last
    cell of a row of numbers: ASCII digits only (no magnitude: 3 万 has one) after a
    digit and the gap (申请数量 4 0 0, 行政许可\t0\t0).

    A caller reading prose (``cells=False``) drops such a number: a number without a
    counter or magnitude is a fact only right after a measuring word, a counted noun
    or an English word (facts/data/cues.json ``bare_number``), and a cell is none.
    """
    num = m.group(3)
    if not (num.isascii() and num[0] in _DIGIT and num[-1] in _DIGIT):
        return False
    gap = p - 1
    while gap > 0 and t[gap - 1] in _CELL_GAP:
        gap -= 1
    return gap > 0 and t[gap - 1] in _DIGIT


def _cell_number(
    g: _Grammar, text: str, t: str, ns: int, ne: int, num: str, titles: bool
) -> Quantity | None:
    """The fast path of :func:`_match_to_quantity` for a bare ASCII integer in a cell.

    The caller has seen that the candidate is the numeral alone (no marker,
    magnitude or counter: nor a suffix word after it), made of ASCII digits,
    after a space, ``|`` or tab and before one of those, a line break or the
    end (``| 35 |``, ``\t35\t``: most numbers of a report are table cells).
    For such a number no sign, range, code, date or list-marker rule of the
    full path can apply; these are the checks that can still refuse it, and
    the result is the full path's.
    """
    size = len(num)
    if size >= 7 or (size > 1 and num[0] == "0"):
        return None  # codes and phone numbers; 0595
    before = ns - 1 if t[ns - 1] == " " else ns
    if t.endswith(g.ordinal_before, 0, before):
        return None  # 第 3
    word_at = ne + 1 if ne < len(t) and t[ne] == " " else ne
    if t.startswith(g.bare_not_before, word_at):
        return None  # "1 月"
    near = t[max(0, ns - 4) : ns]
    if not _ASCII_LETTERS.isdisjoint(near[-3:]) and _latin_label(g, t, ns):
        return None  # "No 3"
    if not g.label_last.isdisjoint(near) and g.label_before.search(t, max(0, ns - 12), ns):
        return None  # 电话 27396608
    if t.endswith(g.bare_not_after, 0, ns):
        return None
    pairs = g.negative_pairs
    if (t[ns - 1 : ns + 1] in pairs or t[ne - 1 : ne + 1] in pairs) and _in_negative(g, t, ns, ne):
        return None
    if titles and _in_title(t, ns, ne):
        return None
    start = ns
    approx: str | None = None
    prev = t[ns - 1]
    last = g.prefix_last
    if (prev in last or (prev == " " and ns >= 2 and t[ns - 2] in last)) and (
        pre := _prefix_before(g, t, ns, 0)
    ) is not None:
        marker = g.prefix[pre[0]]
        ps = pre[1]
        if not (marker.not_after and _char(t, ps - 1) in marker.not_after):
            approx = marker.approx  # 超过 35
            start = ps
    return _quantity(
        value=int(num),
        unit=None,
        approx=approx,
        start=start,
        end=ne,
        text=text[start:ne],
        number_start=ns,
        number_end=ne,
        kind="number",
    )


def _counter_ok(spec: Counter, t: str, ns: int, ce: int, num: str, cn_led: bool) -> bool:
    if spec.not_before and _char(t, ce) in spec.not_before:
        return False  # 成员, 部署, 期间: the counter starts another word
    if spec.needs_after and not any(t.startswith(w, ce) for w in spec.needs_after):
        return False
    if spec.not_after and _char(t, ns - 1) in spec.not_after:
        return False
    if spec.word == "年" and not cn_led:
        digits = num.translate(_SEPARATORS)
        if len(digits) == 4 or _char(t, ce).isdigit():
            return False  # 2020年, 21年1月: dates
    return True


def _date_part(g: _Grammar, t: str, m: re.Match[str]) -> bool:
    """Whether :func:`_match_to_quantity` refuses ``m`` for the word after its numeral
    (9月, 2020年, 31日, 179号): decided here with the few tests that make it sure.

    A third of a report's candidates are dates, and the full path reaches this
    refusal only at its end, after every other check. It applies to a numeral
    alone or with a counter only (no marker, magnitude, second counter or suffix)
    followed, past at most one space, by a word of ``bare_not_before`` (年 among
    them): without an accepted counter such a number is refused whatever else
    holds (a Chinese numeral needs a counter; an Arabic one fails
    :func:`_bare_arabic_ok` on that word), so only the counter's own conditions
    (:func:`_counter_ok`: 2020年 has four digits) need testing.
    """
    regs = m.regs
    ne = regs[3][1]
    word_at = ne + 1 if ne < len(t) and t[ne] in _SPACES else ne
    if not t.startswith(g.bare_not_before, word_at):
        return False
    last = m.lastindex
    if last == 3:
        return True  # no counter: 9月, 179号
    if last != 7 or regs[4][0] >= 0 or regs[5][0] >= 0 or regs[6][0] >= 0:
        return False
    ctr = m.group(7)
    if ctr in _RATIO_SIGNS:
        return False
    num = m.group(3)
    return not _counter_ok(g.counters[ctr], t, regs[3][0], regs[7][1], num, not num[0].isdigit())


def _percent_word(g: _Grammar, text: str, t: str, m: re.Match[str], b: _Before) -> Quantity | None:
    pnum = m.group("pnum")
    value = _value(pnum)
    ps, pe = m.span("pnum")
    if value is None or (pnum[0].isdigit() and not _arabic_context_ok(g, t, ps, pe, pnum)):
        return None
    unit, scale = _PERCENT_WORDS[m.group("pct")]
    approx: str | None = None
    start, end = m.start("pct"), m.end("pnum")
    if b.pre and b.sign is None:
        marker = g.prefix[b.pre]
        if not (marker.not_after and _char(t, b.pre_start - 1) in marker.not_after):
            approx, start = marker.approx, b.pre_start
    suf = m.group("suf")
    if suf:
        approx = approx or g.suffix[suf].approx
        end = m.end("suf")
    return _quantity(
        value=float(value / scale),
        unit=unit,
        approx=approx,
        start=start,
        end=end,
        text=text[start:end],
        number_start=m.start("pnum"),
        number_end=m.end("pnum"),
        kind="ratio",
    )


# --- public entry points -------------------------------------------------------------


def _regions(spans: Sequence[tuple[int, int]], size: int) -> tuple[list[int], list[int]]:
    """Sorted span starts and the running maximum of their ends, clipped to the text."""
    clipped = sorted([(a if a > 0 else 0, b if b < size else size) for a, b in spans])
    starts: list[int] = []
    ends: list[int] = []
    reach = 0
    for a, b in clipped:
        if a < b:
            if b > reach:
                reach = b
            starts.append(a)
            ends.append(reach)
    return starts, ends


def find_quantities(
    text: str,
    *,
    spans: Sequence[tuple[int, int]] | None = None,
    grammar: _Grammar | None = None,
    cells: bool = True,
) -> Iterator[Quantity]:
    """Every quantity in running prose, left to right, non-overlapping.

    With ``spans`` (``(start, end)`` offsets into ``text``), only quantities
    lying wholly inside one of the spans are produced, and the text outside
    them is not searched; each one is the quantity the unrestricted call
    finds there (the context before a span is still read). ``grammar``
    (from :func:`grammar_for`; an engine passes its own) defaults to the
    default engine's. ``cells=False`` leaves out a bare number followed,
    after spaces, by another number — a cell of a row of numbers (申请数量 4 0 0),
    which a caller reading prose drops — without validating it, and the row's last
    cell, a bare number of ASCII digits after a digit and spaces, too.

    >>> [(q.value, q.unit, q.approx) for q in find_quantities("全年发布信息1200余条，培训两场")]
    [(1200, '条', 'over'), (2, '场', None)]
    >>> list(find_quantities("2020年1月1日, 第二十条, 一是统一部署"))
    []
    >>> text = "| 2020 | 35 |\\n办结申请65件"
    >>> [q.text for q in find_quantities(text, spans=[(14, len(text))])]
    ['65件']
    """
    g = grammar or _default_grammar()
    t = fold(text)
    size = len(t)
    if spans is None:
        starts, ends = [0], [size]
    else:
        starts, ends = _regions(spans, size)
    first, match, run_at = g.first.search, g.pattern.match, g.trigger.match
    lone_after = g.lone_after
    cell_run, cell_row = CELL_RUN.match, _CELL_ROW.match
    not_before = g.bare_not_before
    # The scan is the unrestricted one resumed at each region. Candidates start at
    # numeral runs: ``pos`` is where the next run is searched from (the end of the
    # last run), ``consumed`` the end of the last candidate (kept or refused: a run
    # starting inside it is skipped). The pattern matches exactly where a numeral
    # character is, so a run is found by a character-class search and the pattern
    # is matched only there (and not at a run inside the last candidate). No
    # candidate spans a line break: at any line start the scan can begin afresh.
    # A candidate lies in a region only if its numeral starts there, so runs are
    # searched for up to the region's end only, and a region without a numeral
    # character is skipped: the state of the scan stays one of the unrestricted
    # scan, only less advanced.
    pos = consumed = 0
    # the last run of space-joined digit groups read (_group_run): its start, end,
    # where its grouped numeral begins and whether it is an amount
    run_start = run_end = run_grouped = -1
    run_amount = False
    # where the next digit, group space and digit begin (searched again once passed):
    # most numerals have none beside them, told by one comparison
    adjacent = -1
    next_adjacent = _ADJACENT.search
    line_end = -1  # the end of the line of the last candidate, and whether it has 《 or “
    titles = True
    i, n_regions = 0, len(starts)
    while i < n_regions:
        lo = starts[i]
        # merge regions that overlap or touch: one stretch of scanning
        hi = ends[i]
        i += 1
        while i < n_regions and starts[i] <= hi:
            hi = ends[i]
            i += 1
        f = first(t, lo, hi)
        if f is None:
            continue  # no numeral: nothing to find here
        line_start = t.rfind("\n", 0, f.start()) + 1
        if line_start > pos:
            pos = line_start
        limit = t.find("\n", hi)
        if limit < 0:
            limit = size
        while True:
            r = first(t, pos, hi)
            if r is None:
                break
            p = r.start()
            if p < consumed:
                run = run_at(t, p)
                # a numeral character starts a run, but for the 千 of a unit (千瓦)
                pos = run.end() if run is not None else p + 1
                continue
            nxt = p + 1
            if (
                t[p] in CN_NUMERAL_CHARS
                and t[p] not in _MAGNITUDES
                and (nxt >= limit or (t[nxt] not in lone_after and not t[nxt].isdigit()))
            ):
                # a lone Chinese numeral: the pattern would match it alone, and without
                # a counter it is refused (or, before the region, passed over); not a
                # magnitude, which counts alone after 超过/近 (超过万度)
                pos = consumed = nxt
                continue
            m = match(t, p, limit)
            if m is None:
                # the 千 of a unit (千瓦, 千克: _CN_NUMERAL_CHAR), the only numeral
                # character the pattern does not match at
                pos = consumed = nxt
                continue
            num_end = m.end(3)
            if adjacent < num_end:  # one comparison for most numerals
                if adjacent < p - 2:  # passed: the next digit, space and digit
                    a = next_adjacent(t, p - 1)
                    adjacent = size if a is None else a.start() - 1
                if adjacent < num_end and t[p] in _DIGIT:
                    # digits grouped by spaces before or after (a digit, a space, a
                    # digit from p - 2 on): 1 148 件, or a row's cells
                    if not run_start <= p < run_end:
                        run_start, run_end, run_grouped, run_amount = _group_run(t, p)
                    if p >= run_grouped:
                        grouped = (
                            g.grouped.match(t, p, limit)
                            if run_amount and p == run_start  # the whole run (run_grouped == p)
                            else None
                        )
                        if grouped is not None and grouped.end(3) >= run_end:
                            m = grouped
                            num_end = m.end(3)
                        elif run_amount or not cells:
                            # never the last groups alone (317 of 2 317 条); a row's
                            # cells are dropped anyway when cells=False
                            pos = consumed = run_end
                            continue
            pos = num_end if num_end >= 0 else p + 1  # 百分之/千分之: the run is 百/千
            consumed = m.end()
            if p < lo:
                continue  # read only for the state of the scan
            if not cells and m.lastindex == 3 and cell_run(text, pos):
                # a numeral alone (no counter, so no unit) and a number after it: so
                # are the row's next cells (before ``hi``, where the scan would stop)
                row = cell_row(text, pos, hi)
                if row is not None:
                    pos = consumed = row.end()
                continue
            if not cells and m.lastindex == 3 and t[p - 1] in _CELL_GAP and _last_cell(t, p, m):
                continue  # the row's last cell (申请数量 4 0 0): the same reader drops it
            num = m.group(3)
            if num is not None:
                if (
                    m.group(7) is None
                    and not num[0].isdigit()
                    and num[-1] not in _MAGNITUDES
                    and m.group(5) is None
                ):
                    continue  # a Chinese numeral needs a counter: 一是, 十九大, 两会
                # _date_part's first test written out: most numerals have no date word after them
                word_at = num_end + 1 if num_end < size and t[num_end] in _SPACES else num_end
                if t.startswith(not_before, word_at) and _date_part(g, t, m):
                    continue  # 2020年, 12月31日: refused before the full validation
            if p > line_end:
                line_start = t.rfind("\n", 0, p) + 1
                line_end = t.find("\n", p)
                if line_end < 0:
                    line_end = size
                titles = t.find("《", line_start, line_end) >= 0 or (
                    t.find("“", line_start, line_end) >= 0
                )
            if (
                m.lastindex == 3  # the numeral alone: no marker, magnitude, counter, suffix
                and p > 0
                and t[p - 1] in _CELL_BEFORE
                and (pos == size or t[pos] in _CELL_AFTER)
                and num.isdigit()
                and num.isascii()
            ):
                q = _cell_number(g, text, t, p, pos, num, titles)
            else:
                q = _match_to_quantity(g, text, t, m, titles=titles)
            if q is not None and (spans is None or _inside(q.start, q.end, starts, ends)):
                yield q


def _inside(start: int, end: int, starts: list[int], ends: list[int]) -> bool:
    """Whether [start, end) lies inside one span (``ends`` is the running maximum)."""
    k = bisect_right(starts, start)
    return k > 0 and ends[k - 1] >= end


def parse_quantity(text: str, *, grammar: _Grammar | None = None) -> Quantity | None:
    """The whole string (stripped) as exactly one quantity, or None.

    A lone Chinese numeral is accepted here (``一百零五``), unlike in prose.

    >>> q = parse_quantity("3798.8854万元")
    >>> q.value, q.unit, q.kind
    (37988854, '元', 'money')
    >>> parse_quantity("46.72%").value, parse_quantity("七成").value
    (0.4672, 0.7)
    >>> parse_quantity("2020年") is None
    True
    """
    g = grammar or _default_grammar()
    t = fold(text)
    a = len(t) - len(t.lstrip())
    b = len(t.rstrip())
    if a >= b:
        return None
    run = g.trigger.search(t, a, b)
    if run is None:
        return None
    m = g.pattern.fullmatch(t, run.start(), b)
    if m is None:
        m = g.grouped.fullmatch(t, run.start(), b)  # 1 148 件: one grouped numeral
    if m is None:
        return None
    q = _match_to_quantity(g, text, t, m, a, whole=True)
    if q is None and m.group("num") and not m.group("num")[0].isdigit():
        q = _bare_chinese(g, text, t, m, _look_before(g, t, run.start(), a))
    if q is None or q.start != a or q.end != b:
        return None
    return q


def _bare_chinese(g: _Grammar, text: str, t: str, m: re.Match[str], b: _Before) -> Quantity | None:
    """A whole string that is one Chinese numeral (with markers): a number, kind "number"."""
    if m.group("ctr") or m.group("ctr2") or b.sign:
        return None
    num = m.group("num") + (m.group("mag") or "")
    value = _value(num)
    if value is None or num[0] in _BARE_LEAD or _in_negative(g, t, *m.span("num")):
        return None
    approx = g.prefix[b.pre].approx if b.pre else None
    for name, table in (("inf", g.infix), ("inf2", g.infix), ("suf", g.suffix)):
        word = m.group(name)
        if word:
            approx = approx or table[word].approx
    start = b.pre_start if b.pre else m.start()
    return Quantity(
        value=to_number(value),
        unit=None,
        approx=approx,
        start=start,
        end=m.end(),
        text=text[start : m.end()],
        number_start=m.start("num"),
        number_end=m.end("mag") if m.group("mag") else m.end("num"),
        kind="number",
    )
