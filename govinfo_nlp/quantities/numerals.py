"""Numerals: Arabic, Chinese (every form) and mixed, to exact values.

The evaluator works on a token list (Arabic runs, Chinese digits, the small
units 十百千 and the magnitudes 万亿) and is exact: it computes with
:class:`decimal.Decimal`, so ``3798.8854万`` is 37988854, not 37988853.999….

Forms it reads (after folding Traditional and full-width characters):

- Arabic, with thousands separators (``1,234`` / ``1，234``) and decimals;
- Chinese: ``十五``, ``二十九``, ``一百零五``, ``一千二百``, ``十二万零三百``,
  ``两百``, financial capitals ``壹佰零伍``, positional strings ``二〇二〇``;
- the spoken abbreviation of a trailing unit: ``一百五`` = 150,
  ``一万二`` = 12000, ``13万2`` = 132000;
- mixed: ``1.2万``, ``3万4千``, ``16.4亿``, ``1亿2000万``.

>>> parse_number("一百零五"), parse_number("十二万零三百"), parse_number("13万2")
(105, 120300, 132000)
>>> parse_number("3798.8854万"), parse_number("壹仟贰佰"), parse_number("1，234")
(37988854, 1200, 1234)
>>> parse_number("二十五个") is None, parse_number("十十") is None
(True, True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Final

import regex

from ..datafiles import load_json
from ..errors import RuleFileError

__all__ = ["fold", "numeral_value", "parse_number", "to_number", "year_value"]

CN_DIGITS: Final[dict[str, int]] = {
    "〇": 0, "零": 0,
    "一": 1, "壹": 1,
    "二": 2, "贰": 2, "两": 2,
    "三": 3, "叁": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
CN_UNITS: Final[dict[str, int]] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_MAGNITUDES: Final[dict[str, int]] = {"万": 10_000, "亿": 100_000_000}

#: Chinese digits as a year writes them, one character a digit (二〇二二, 二○二二: 〇, the
#: circle ○ and 零 are all zero), to Arabic for ``str.translate``: the metadata's year and
#: reconciliation's paragraph year read them so (one table, not a copy each).
YEAR_DIGITS: Final = str.maketrans("〇○零一二三四五六七八九", "000123456789")
#: A year as a report writes it, for a pattern (no group of its own): 2022 in half- or
#: full-width digits (２０２２: a caption read from the page's original text), or one
#: numeral a digit (二〇二二, 二零二二, 二○二二). The tables stage reads the years of report
#: titles, captions and notices with it: one pattern, where the caption rule read digits
#: only and took 二〇二二年…统计表 for no caption of another year's tables (session 30).
YEAR_WRITTEN: Final = r"(?:(?:19|20|１９|２０)\d{2}|二[〇○零][〇○零一二三四五六七八九]{2})"
#: :data:`YEAR_WRITTEN` as group 1, not inside a longer number (no digit or numeral before).
YEAR_GROUP: Final = rf"(?<![\d〇○零一二三四五六七八九])({YEAR_WRITTEN})"


def year_value(written: str) -> int:
    """The year :data:`YEAR_WRITTEN` matched, as a number (二〇二二, ２０２２ -> 2022)."""
    return int(written.translate(YEAR_DIGITS))


# Every character a numeral can be made of, after folding.
CN_NUMERAL_CHARS: Final = "".join([*CN_DIGITS, *CN_UNITS, *CN_MAGNITUDES])

# One Arabic number: grouped thousands (both comma widths) or a plain run.
# Groups must be exactly three digits, else "3,5" is two numbers in a list.
ARABIC_PATTERN: Final = r"(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?"

_TOKEN = regex.compile(
    rf"""
    (?P<arabic>{ARABIC_PATTERN})
    | (?P<digit>[{"".join(CN_DIGITS)}])
    | (?P<unit>[{"".join(CN_UNITS)}])
    | (?P<mag>[{"".join(CN_MAGNITUDES)}])
    """,
    regex.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # "arabic" | "digit" | "unit" | "mag"
    value: Decimal
    text: str


# --- character folding ---------------------------------------------------------


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Traditional and full-width characters -> Simplified / ASCII, one to one.

    Loaded lazily from ``variants.json``; every entry must map one character
    to one character so that offsets in folded text equal offsets in the input.
    """
    name = "variants.json"
    raw = load_json("quantities/" + name)
    errors: list[str] = []
    table: dict[int, str] = {}
    if not isinstance(raw, dict):
        raise RuleFileError(f"{name}: expected an object of groups")
    for group, pairs in raw.items():
        if group.startswith("_"):
            continue
        if not isinstance(pairs, str):
            errors.append(f"{name}:{group}: expected a string of character pairs")
            continue
        if len(pairs) % 2:
            errors.append(f"{name}:{group}: odd number of characters")
            continue
        for i in range(0, len(pairs), 2):
            src, dst = pairs[i], pairs[i + 1]
            if ord(src) in table and table[ord(src)] != dst:
                errors.append(f"{name}:{group}:{i // 2}: {src!r} mapped twice")
            table[ord(src)] = dst
    # Full-width ASCII block: ０-９ Ａ-Ｚ ａ-ｚ ％ ＋ － ． ： etc. (not the comma: "，"
    # stays, the thousands rule reads it, and it is a clause break elsewhere).
    for code in range(0xFF01, 0xFF5F):
        if code != 0xFF0C:
            table.setdefault(code, chr(code - 0xFEE0))
    # No-break, thin and narrow no-break spaces are plain spaces to the grammar: the
    # group space of 1 148 (GB/T 15835) and the space around "48 篇" (the pipeline's
    # normalisation has made them plain already; a direct call may not have).
    for ch in "\xa0\u2009\u202f":
        table.setdefault(ord(ch), " ")
    if errors:
        raise RuleFileError("invalid variant table:\n" + "\n".join(errors))
    return table


@lru_cache(maxsize=1)
def _fold_finder() -> tuple[re.Pattern[str], dict[str, str]]:
    """A character class of every folded character, and the table keyed by character."""
    table = _fold_table()
    chars = "".join(re.escape(chr(code)) for code in sorted(table))
    return re.compile(f"[{chars}]"), {chr(code): dst for code, dst in table.items()}


def fold(text: str) -> str:
    """Fold Traditional numeral/counter characters and full-width forms; same length.

    >>> fold("１２３萬餘條")
    '123万余条'
    """
    # str.translate looks every character up in a dict, which is slow for CJK text;
    # most reports have nothing to fold, and a character-class search tells that fast.
    finder, table = _fold_finder()
    if finder.search(text) is None:
        return text
    return finder.sub(lambda m: table[m.group()], text)


# --- evaluation ------------------------------------------------------------------


def _tokenize(text: str) -> list[_Tok] | None:
    toks: list[_Tok] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() != pos:
            return None
        pos = m.end()
        kind = m.lastgroup or ""
        s = m.group()
        if kind == "arabic":
            val = Decimal(s.replace(",", "").replace("，", ""))
        elif kind == "digit":
            val = Decimal(CN_DIGITS[s])
        elif kind == "unit":
            val = Decimal(CN_UNITS[s])
        else:
            val = Decimal(CN_MAGNITUDES[s])
        toks.append(_Tok(kind, val, s))
    if pos != len(text) or not toks:
        return None
    return toks


def _is_single_digit(tok: _Tok) -> bool:
    return tok.kind == "digit" or (tok.kind == "arabic" and len(tok.text) == 1)


def _section(toks: list[_Tok]) -> Decimal | None:
    """A value below 10 000: digits with the units 十百千 (and 零 for gaps)."""
    if len(toks) == 1 and toks[0].kind in ("arabic", "digit"):
        return toks[0].value  # 65, 五, and 零 on its own
    value = Decimal(0)
    pending: _Tok | None = None
    last_unit = Decimal(10_000)
    after_zero = False
    for i, tok in enumerate(toks):
        if tok.kind in ("digit", "arabic"):
            if tok.kind == "digit" and tok.value == 0:
                # 零 marks a gap; "一零" or a doubled 零 is no numeral.
                if pending is not None or after_zero or i == 0:
                    return None
                after_zero = True
                continue
            if pending is not None:
                return None  # two numbers side by side: 十四五, 三五
            pending = tok
        elif tok.kind == "unit":
            if pending is None:
                # A leading unit stands for one of it: 十五, 百余, 千余.
                if i != 0:
                    return None
                pending = _Tok("digit", Decimal(1), "")
            if tok.value >= last_unit or pending.value >= 10:
                return None  # units must fall (一百十千), no "30百"
            value += pending.value * tok.value
            last_unit = tok.value
            pending = None
            after_zero = False
        else:
            return None
    if after_zero and pending is None:
        return None  # trailing 零
    if pending is not None:
        if after_zero or last_unit in (10, 10_000):
            value += pending.value
        elif _is_single_digit(pending) and pending.value == int(pending.value):
            # Spoken abbreviation: 一百五 = 150, 三千五 = 3500.
            value += pending.value * last_unit / 10
        else:
            return None
    return value


def _tail(toks: list[_Tok], magnitude: int) -> Decimal | None:
    """What follows 万 or 亿: 零三百, an abbreviated digit (13万2), or a full section."""
    if not toks:
        return Decimal(0)
    zero = toks[0].kind == "digit" and toks[0].value == 0
    if zero:
        toks = toks[1:]
        if not toks:
            return None
    elif len(toks) == 1 and _is_single_digit(toks[0]):
        return toks[0].value * magnitude / 10
    elif len(toks) == 1 and toks[0].kind == "arabic":
        # 1万2500 is literal; 1万25 could be 10025 or 12500, so refuse.
        text = toks[0].text
        if "." in text or len(text) != len(str(magnitude)) - 1:
            return None
        return toks[0].value
    value = _evaluate(toks)
    if value is None or value >= magnitude:
        return None
    return value


def _evaluate(toks: list[_Tok]) -> Decimal | None:
    for magnitude in (100_000_000, 10_000):
        idx = next(
            (i for i, t in enumerate(toks) if t.kind == "mag" and t.value == magnitude), None
        )
        if idx is None:
            continue
        head = toks[:idx]
        # A bare 万/亿 (万余) stands for one of it; callers decide whether that is allowed.
        high = _evaluate(head) if head else Decimal(1)
        low = _tail(toks[idx + 1 :], magnitude)
        if high is None or low is None or high == 0:
            return None
        return high * magnitude + low
    return _section(toks)


_MAX_NUMERAL = 40


def numeral_value(text: str) -> Decimal | None:
    """The exact value of a numeral already folded, or None. Allows a bare leading 百/千/万.

    >>> numeral_value("百"), numeral_value("二〇二〇"), numeral_value("1.5万")
    (Decimal('100'), Decimal('2020'), Decimal('15000.0'))
    """
    if text.isascii() and text.isdigit():
        return Decimal(text)  # the common case, table cells and counts: skip the tokenizer
    if len(text) > _MAX_NUMERAL:
        return None  # no count is written this long; the evaluator recurses per token
    toks = _tokenize(text)
    if toks is None:
        return None
    if len(toks) >= 2 and all(t.kind == "digit" for t in toks):
        # Positional digit strings (二〇二〇, 一九九九): years and codes.
        # Two digits without 〇 (三五) mean "three or five", not 35.
        if len(toks) >= 3 or any(t.value == 0 for t in toks):
            return Decimal("".join(str(int(t.value)) for t in toks))
        return None
    return _evaluate(toks)


def is_positional(text: str) -> bool:
    """Whether a folded numeral is a positional Chinese digit string (二〇二〇)."""
    return len(text) >= 2 and all(ch in CN_DIGITS for ch in text)


def to_number(value: Decimal) -> int | float:
    """int when integral, else float (exact decimal -> nearest float)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


_SIGN = regex.compile(r"^(?P<sign>[-+−]|负)?(?P<body>.+)$", regex.DOTALL)


def parse_number(text: str) -> int | float | None:
    """A bare numeral (Arabic or Chinese, any form), or None if it is not exactly one.

    Surrounding whitespace is ignored; a leading ``+``/``-``/``负`` keeps its
    sign. Counters, markers and vague forms (``数十``, a lone ``百``) give None.

    >>> parse_number("1,234.5"), parse_number("-3"), parse_number("两千零一十")
    (1234.5, -3, 2010)
    >>> parse_number("１２３"), parse_number("百"), parse_number("")
    (123, None, None)
    """
    m = _SIGN.match(fold(text.strip()))
    if m is None:
        return None
    body = m.group("body")
    if body[0] in "百千万亿佰仟":
        return None
    value = numeral_value(body)
    if value is None:
        return None
    if m.group("sign") in ("-", "−", "负"):
        value = -value
    return to_number(value)
