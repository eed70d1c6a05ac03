"""Cell values: counts, signed changes, decimals, money with units, and "absent" markers.

A table cell is one of three things: a number (:class:`CellNumber`), an
explicit absent marker ("/", "-", "无", "不适用"… — the cell exists but has no
value, which is never 0), or not a value at all (a label, a header word).

>>> parse_cell("3798.8854萬元")
CellNumber(value=3798.8854, unit='万元', raw='3798.8854萬元')
>>> parse_cell("减4").value, parse_cell("+1").value, parse_cell("1,234").value
(-4, 1, 1234)
>>> isinstance(parse_cell("/"), Absent), parse_cell("规章") is None
(True, True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Final

from ..datafiles import load_json
from ..errors import DataFileError
from ..textcache import text_cache

__all__ = [
    "ABSENT",
    "Absent",
    "CellNumber",
    "Unknown",
    "count_value",
    "is_value_token",
    "may_end_value",
    "parse_cell",
    "to_wanyuan",
    "value_words",
]


@dataclass(frozen=True, slots=True)
class CellNumber:
    """A number read from one cell; ``unit`` is the unit written in the cell, if any."""

    value: int | float
    unit: str | None
    raw: str


@dataclass(frozen=True, slots=True)
class Absent:
    """An explicit "no value" marker in a cell (kept apart from a number so it is never 0)."""

    raw: str = ""


ABSENT: Final = Absent()


@dataclass(frozen=True, slots=True)
class Unknown(Absent):
    """A value cell holding a mark that is neither a number nor a label (○, √, ?): the
    cell keeps its column, and its value is not known (never 0, never a guess)."""


_SIGNS_NEGATIVE: Final = frozenset({"-", "−", "–", "减", "減", "减少", "減少"})
_WS = re.compile(r"\s+")

# The number a value cell holds, with the units of tables/data/values.json
# ({units}: those a cell may end with, both scripts).
_NUMBER_SOURCE: Final = r"""
    ^
    (?P<sign> [+\-−–] | 增加 | 減少 | 减少 | 新增 | 增 | 減 | 减 )?   # signed change cells (本年增/减)
    (?P<number>
        \d{{1,3}} (?: ,\d{{3}} )+ (?: \.\d+ )?      # thousands separators: 1,234 / 1,234.5
      | \d+ (?: \.\d+ )?                        # plain integer or decimal
    )
    (?P<unit> {units} )?
    $
    """

_DATA: Final = "tables/data/values.json"
_UNIT_KEYS: Final = frozenset(
    {"unit", "in_cell", "simplified", "to_wanyuan", "split", "in_header", "count"}
)


@dataclass(frozen=True, slots=True)
class ValueWords:
    """What tables/data/values.json says a value cell may hold, as the code uses it."""

    number: re.Pattern[str]  # a number cell, its unit one of the ``in_cell`` units
    absent: re.Pattern[str]  # a cell holding an absent mark
    simplified: Mapping[str, str]  # Traditional unit -> its Simplified spelling
    to_wanyuan: Mapping[str, Decimal]  # money unit -> how many 万元 one of it is
    count: Mapping[str, Decimal]  # unit -> how many one of it is in a count's cell (万: 10000)
    split: frozenset[str]  # units PDF text may put apart from their number
    header_unit: re.Pattern[str]  # the unit a column header states, group 1
    zero: frozenset[str]  # a cell holding only one of these is a written 0 (〇, 零)
    numerals: frozenset[str]  # a cell wholly of these may be a count in numerals (十二)
    unknown: frozenset[str]  # a cell holding only one of these has a value not known (○, ?)
    ocr_letters: re.Pattern[str]  # digits and OCR's letters for them (1O, l2): not known
    note_mark: re.Pattern[str]  # a footnote mark typed at a cell's end (12①, 5*)
    annotation: re.Pattern[str]  # a share or a change after a cell's count (12（30%）, 7↑3)
    leads: tuple[str, ...]  # a word before a cell's count saying it is one (共358件)
    # Every character a value can end with: the last character of a cell unit or of
    # an absent mark, in both cases, and the full-width form of each ASCII one (the
    # parser reads full-width text as ASCII). The layout code skips any cell whose
    # last character is not here without parsing it.
    value_last: frozenset[str]


def _alternation(words: Iterable[str]) -> str:
    # longest first: 人次 before 次, 千万元 before 万元 before 元
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _cell_end(raw: Any, key: str, problems: list[str]) -> tuple[re.Pattern[str] | None, str]:
    """``values.json`` ``key``'s pattern (what may follow a cell's count at its end: a note
    mark, an annotation) and its ``last`` characters; a bad one is named in ``problems``
    (the pattern None, ``last`` empty)."""
    entry = raw.get(key) if isinstance(raw, dict) else None
    source = entry.get("pattern") if isinstance(entry, dict) else None
    last = entry.get("last") if isinstance(entry, dict) else None
    pattern: re.Pattern[str] | None = None
    try:
        if isinstance(source, str) and source.endswith("$"):
            pattern = re.compile(source)
    except re.error:
        pass
    if pattern is None:
        problems.append(f"{key}.pattern: must be a regular expression ending in $")
    if not isinstance(last, str) or not last or _WS.search(last):
        problems.append(f"{key}.last: must be a string of characters")
        last = ""
    return pattern, last


def _spaceless(value: Any, problem: str, problems: list[str]) -> list[str]:
    """``value`` when it is a list of non-empty strings without spaces (marks and words a
    cell is compared with whole); otherwise ``problem`` is named and the list is empty."""
    if isinstance(value, list) and all(
        isinstance(w, str) and w and not _WS.search(w) for w in value
    ):
        return value
    problems.append(problem)
    return []


@lru_cache(maxsize=1)
def value_words() -> ValueWords:
    """The units and absent marks of ``tables/data/values.json``, read and checked on
    first use. Raises :class:`~govinfo_nlp.errors.DataFileError` naming the file and
    every bad entry."""
    raw = load_json(_DATA)
    where = f"govinfo_nlp/{_DATA}"
    problems: list[str] = []
    units = raw.get("units") if isinstance(raw, dict) else None
    if not isinstance(units, list):
        problems.append("units: must be a list")
        units = []
    good: list[dict[str, Any]] = []
    for i, entry in enumerate(units):
        at = f"units:{i}"
        word = entry.get("unit") if isinstance(entry, dict) else None
        if not isinstance(word, str) or not word or _WS.search(word):
            problems.append(f"{at}: needs a 'unit' (a word without spaces)")
            continue
        unknown = sorted(set(entry) - _UNIT_KEYS)
        if unknown:
            problems.append(f"{at} ({word}): unknown keys {unknown}")
        if any(
            not isinstance(entry.get(k, False), bool) for k in ("in_cell", "split", "in_header")
        ):
            problems.append(f"{at} ({word}): in_cell, split and in_header are true or false")
        for key in ("to_wanyuan", "count"):
            factor = entry.get(key)
            if factor is None:
                continue
            try:
                if not isinstance(factor, str) or not Decimal(factor).is_finite():
                    raise InvalidOperation
            except InvalidOperation:
                problems.append(f"{at} ({word}): {key} must be a decimal number as a string")
        good.append(entry)
    words = {e["unit"] for e in good}
    for e in good:
        to = e.get("simplified")
        if to is not None and (to not in words or to == e["unit"]):
            problems.append(f"units ({e['unit']}): simplified {to!r} is no other listed unit")
    absent = raw.get("absent") if isinstance(raw, dict) else None
    marks = absent.get("words") if isinstance(absent, dict) else None
    dashes = absent.get("dashes") if isinstance(absent, dict) else None
    marks = _spaceless(marks, "absent.words: must be a list of marks without spaces", problems)
    if not isinstance(dashes, str) or not dashes:
        problems.append("absent.dashes: must be a non-empty string of characters")
        dashes = ""
    zero = _spaceless(
        raw.get("zero") if isinstance(raw, dict) else None,
        "zero: must be a list of words without spaces",
        problems,
    )
    numerals = raw.get("numerals") if isinstance(raw, dict) else None
    if not isinstance(numerals, str) or not numerals or _WS.search(numerals):
        problems.append("numerals: must be a string of numeral characters")
        numerals = ""
    marks_unknown = _spaceless(
        raw.get("unknown") if isinstance(raw, dict) else None,
        "unknown: must be a list of marks without spaces",
        problems,
    )
    ocr = raw.get("ocr_letters") if isinstance(raw, dict) else None
    letters = ocr.get("letters") if isinstance(ocr, dict) else None
    longest = ocr.get("longest") if isinstance(ocr, dict) else None
    if not isinstance(letters, str) or not letters.isalpha() or not letters.isascii():
        problems.append("ocr_letters.letters: must be a string of ASCII letters")
        letters = ""
    if not isinstance(longest, int) or isinstance(longest, bool) or longest < 1:
        problems.append("ocr_letters.longest: must be a whole number from 1")
        longest = 1
    note_mark, note_last = _cell_end(raw, "note_marks", problems)
    annotation, annotation_last = _cell_end(raw, "annotations", problems)
    leads = raw.get("leads") if isinstance(raw, dict) else None
    if not isinstance(leads, list) or not all(isinstance(w, str) and w for w in leads):
        problems.append("leads: must be a list of words")
        leads = []
    if problems or note_mark is None or annotation is None:
        raise DataFileError(f"{where}: invalid entries:\n" + "\n".join(problems))
    cell = [e["unit"] for e in good if e.get("in_cell")]
    last = {w[-1] for w in cell} | {m[-1] for m in marks} | set(dashes) | {z[-1] for z in zero}
    last |= {u[-1] for u in marks_unknown} | set(letters) | set(note_last) | set(annotation_last)
    last |= {c.lower() for c in last} | {c.upper() for c in last}
    last |= {chr(ord(c) + 0xFEE0) for c in last if "!" <= c <= "~"}
    return ValueWords(
        number=re.compile(_NUMBER_SOURCE.format(units=_alternation(cell)), re.VERBOSE),
        absent=re.compile(
            f"^(?:{_alternation(marks)}|[{''.join(map(re.escape, dashes))}]+)$", re.IGNORECASE
        ),
        simplified=MappingProxyType(
            {e["unit"]: e["simplified"] for e in good if "simplified" in e}
        ),
        to_wanyuan=MappingProxyType(
            {e["unit"]: Decimal(e["to_wanyuan"]) for e in good if "to_wanyuan" in e}
        ),
        count=MappingProxyType({e["unit"]: Decimal(e["count"]) for e in good if "count" in e}),
        split=frozenset(e["unit"] for e in good if e.get("split")),
        header_unit=re.compile(
            rf"(?:单位:?|\()\s*({_alternation(e['unit'] for e in good if e.get('in_header'))})"
        ),
        zero=frozenset(zero),
        numerals=frozenset(numerals),
        unknown=frozenset(marks_unknown),
        ocr_letters=re.compile(
            f"^(?=[0-9]*[{letters}])[0-9{letters}]{{1,{longest}}}$" if letters else "(?!)"
        ),
        note_mark=note_mark,
        annotation=annotation,
        leads=tuple(sorted(leads, key=len, reverse=True)),
        value_last=frozenset(last),
    )


# Full-width forms (U+FF01–FF5E) as their ASCII counterparts: HTML cells reach
# the parser without the text normaliser ("－１", "１２８．６６", "１，２３４").
_HALF_WIDTH: Final = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}


def may_end_value(char: str) -> bool:
    """Whether a value token can end with ``char`` (a cheap test that rules most text out).

    >>> may_end_value("5"), may_end_value("元"), may_end_value("/"), may_end_value("。")
    (True, True, True, False)
    """
    # str.isdecimal is Unicode category Nd, exactly what \d matches in a str pattern.
    return char in value_words().value_last or char.isdecimal()


# Longer runs of digits are identifiers, and int() refuses runs of 4,300+.
_MAX_DIGITS = 30


# Cells repeat across rows and documents ("0", "/", "12"): parse each spelling once; a
# longer text is read each time, not kept (a line of a hostile input, prose: no value cell).
_CACHED_CELL: Final = 64


@text_cache(maxsize=8192, longest=_CACHED_CELL)
def parse_cell(text: str) -> CellNumber | Absent | None:
    """Read one cell. ``None`` when the cell is not a value (a label, a header word)."""
    compact = _WS.sub("", text)
    if not compact.isascii():
        compact = compact.translate(_HALF_WIDTH)
    if not compact:
        return ABSENT
    words = value_words()
    if words.absent.match(compact):
        return Absent(text.strip())
    if compact in words.zero:
        return CellNumber(0, None, text.strip())
    if compact[-1] in words.numerals and words.numerals.issuperset(compact):
        count = _numeral_count(compact)
        return None if count is None else CellNumber(count, None, text.strip())
    if compact in words.unknown or words.ocr_letters.match(compact):
        return Unknown(text.strip())
    if "〇" in compact and (mixed := compact.replace("〇", "0")).isascii() and mixed.isdigit():
        # 〇 typed for the digit 0 among Arabic digits (198〇, 1〇5: a typist's habit from
        # dates, 二〇二三年): no other reading (formats16 u10's 198〇 left its row short)
        compact = mixed
    match = words.number.match(compact)
    if match is None:
        # a footnote mark typed after the number (12①, 5*), or a share or a change
        # written after the count (12（30%）, 7↑3): the number is the value
        for after in (words.note_mark, words.annotation):
            note = after.search(compact)
            if note is not None and note.start() and compact[note.start() - 1].isdigit():
                match = words.number.match(compact[: note.start()])
                break
        if match is None and compact.startswith(words.leads):
            # a word saying the number is the count (共358件, 计1件)
            lead = next(w for w in words.leads if compact.startswith(w))
            if lead and compact[len(lead) : len(lead) + 1].isdigit():
                match = words.number.match(compact[len(lead) :])
        if match is None:
            return None
    number = match["number"].replace(",", "")
    if len(number) > _MAX_DIGITS:
        return None  # not a count (a code or a run of digits glued together)
    value: int | float
    value = float(number) if "." in number else int(number)
    if match["sign"] in _SIGNS_NEGATIVE:
        value = -value
    unit = match["unit"]
    return CellNumber(value, words.simplified.get(unit, unit) if unit else None, text.strip())


def _numeral_count(compact: str) -> int | None:
    """The count a cell wholly in Chinese numerals writes (values.json ``numerals``), or
    None: digits in a row (二〇二一, 三五) and a bare 百 or 千 are no count."""
    from ..quantities.numerals import CN_DIGITS, numeral_value

    if (len(compact) >= 2 and all(ch in CN_DIGITS for ch in compact)) or compact[0] in "百千":
        return None
    value = numeral_value(compact)
    return int(value) if value is not None and value == value.to_integral_value() else None


@text_cache(maxsize=8192, longest=_CACHED_CELL)
def is_value_token(text: str) -> bool:
    """Whether a whitespace-free token reads as a number or an absent marker."""
    return parse_cell(text) is not None and bool(text.strip())


def count_value(value: int | float, unit: str | None) -> int | float | None:
    """A count's value from its cell's number and unit: times the unit's ``count``
    (values.json) when that is whole, ``None`` when it is not or when the unit is
    money's (no count is in 元); the number itself for any other unit (件, 人次).

    >>> count_value(1.26, "万"), count_value(1.23456, "万"), count_value(12, "件"), count_value(3, "元")
    (12600, None, 12, None)
    """
    if unit is None:
        return value
    words = value_words()
    factor = words.count.get(unit)
    if factor is None:
        return None if unit in words.to_wanyuan else value
    try:
        amount = Decimal(str(value)) * factor
    except InvalidOperation:  # pragma: no cover - str(int|float) always parses
        return None
    return int(amount) if amount == amount.to_integral_value() else None


def to_wanyuan(value: int | float, unit: str | None) -> tuple[int | float, bool]:
    """Convert a money amount to 万元; the flag says whether the unit was stated.

    >>> to_wanyuan(251000, "元"), to_wanyuan(1.5, "亿元"), to_wanyuan(38, None)
    ((25.1, True), (15000, True), (38, False))
    """
    factor = value_words().to_wanyuan.get(unit) if unit is not None else None
    if factor is None:
        return value, False
    try:
        amount = Decimal(str(value)) * factor
    except InvalidOperation:  # pragma: no cover - str(int|float) always parses
        return value, False
    amount = amount.normalize()
    if amount == amount.to_integral_value():
        return int(amount), True
    return float(amount), True
