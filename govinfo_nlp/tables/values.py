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
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Final

from ..textcache import text_cache

__all__ = [
    "ABSENT",
    "Absent",
    "CellNumber",
    "is_value_token",
    "may_end_value",
    "parse_cell",
    "to_wanyuan",
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

# Traditional and simplified unit spellings both occur (the normaliser may
# not have seen a short cell as Traditional).
_NUMBER = re.compile(
    r"""
    ^
    (?P<sign> [+\-−–] | 增加 | 減少 | 减少 | 新增 | 增 | 減 | 减 )?   # signed change cells (本年增/减)
    (?P<number>
        \d{1,3} (?: ,\d{3} )+ (?: \.\d+ )?      # thousands separators: 1,234 / 1,234.5
      | \d+ (?: \.\d+ )?                        # plain integer or decimal
    )
    (?P<unit> 万元 | 萬元 | 亿元 | 億元 | 元 | 万 | 萬 | 件 | 个 | 個 | 项 | 項 | 条 | 條 | 次 | 人次 | 家 )?
    $
    """,
    re.VERBOSE,
)

# A cell that deliberately holds nothing. Dash runs cover "-", "--", "—", "——".
_ABSENT = re.compile(
    r"""
    ^ (?: / | \\ | ／ | [-−–—―]+ | 无 | 無 | 暂无 | 暫無 | 不适用 | 不適用 | 空 | N/?A | × | \* ) $
    """,
    re.VERBOSE | re.IGNORECASE,
)

_UNIT_CANON: Final = {
    "萬元": "万元",
    "億元": "亿元",
    "萬": "万",
    "個": "个",
    "項": "项",
    "條": "条",
}
_SIGNS_NEGATIVE: Final = frozenset({"-", "−", "–", "减", "減", "减少", "減少"})
_WS = re.compile(r"\s+")

# Every character a value can end with: the last character of each ending of
# _NUMBER (a digit or a unit) and of _ABSENT (with IGNORECASE, "a" too). Keep in
# step with the two patterns: the layout code skips any cell whose last
# character is not here without parsing it.
_VALUE_LAST: Final = frozenset("元万萬件个個项項条條次家/\\／-−–—―无無用空Aa×*＼－Ａａ＊")

# Full-width forms (U+FF01–FF5E) as their ASCII counterparts: HTML cells reach
# the parser without the text normaliser ("－１", "１２８．６６", "１，２３４").
_HALF_WIDTH: Final = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}


def may_end_value(char: str) -> bool:
    """Whether a value token can end with ``char`` (a cheap test that rules most text out).

    >>> may_end_value("5"), may_end_value("元"), may_end_value("/"), may_end_value("。")
    (True, True, True, False)
    """
    # str.isdecimal is Unicode category Nd, exactly what \d matches in a str pattern.
    return char in _VALUE_LAST or char.isdecimal()


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
    if _ABSENT.match(compact):
        return Absent(text.strip())
    match = _NUMBER.match(compact)
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
    return CellNumber(value, _UNIT_CANON.get(unit, unit) if unit else None, text.strip())


@text_cache(maxsize=8192, longest=_CACHED_CELL)
def is_value_token(text: str) -> bool:
    """Whether a whitespace-free token reads as a number or an absent marker."""
    return parse_cell(text) is not None and bool(text.strip())


_TO_WANYUAN: Final = {
    "万元": Decimal(1),
    "万": Decimal(1),
    "元": Decimal("0.0001"),
    "千元": Decimal("0.1"),
    "百万元": Decimal(100),
    "千万元": Decimal(1000),
    "亿元": Decimal(10000),
}


def to_wanyuan(value: int | float, unit: str | None) -> tuple[int | float, bool]:
    """Convert a money amount to 万元; the flag says whether the unit was stated.

    >>> to_wanyuan(251000, "元"), to_wanyuan(1.5, "亿元"), to_wanyuan(38, None)
    ((25.1, True), (15000, True), (38, False))
    """
    factor = _TO_WANYUAN.get(unit) if unit is not None else None
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
