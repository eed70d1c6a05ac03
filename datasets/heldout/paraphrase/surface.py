"""A quantity's surface -> (value, unit, approx), as datasets/gold/README.md §2 defines
them; shared by build.py and validate.py (adapted from datasets/gold/tools/goldlib_part1.py)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
PREFIX_APPROX = [("将近", "under"), ("不到", "under"), ("不足", "under"), ("超过", "over"),
                 ("大约", "about"), ("近", "under"), ("约", "about"), ("超", "over"), ("逾", "over")]
SUFFIX_APPROX = [("之多", "over"), ("以上", "over"), ("左右", "about"), ("上下", "about"),
                 ("以下", "under")]
INNER_APPROX = {"余": "over", "多": "over"}
MAGNITUDE = {"万": 10000, "亿": 100000000}
FULL = str.maketrans("０１２３４５６７８９．", "0123456789.")


@cache
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config).convert


def s2t(s: str) -> str:
    return _converter("s2t")(s)


def t2s(s: str) -> str:
    return _converter("t2s")(s)


def cn_to_int(s: str) -> int:
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGITS:
            cur = CN_DIGITS[ch]
        else:
            total += (cur or 1) * CN_UNITS[ch]
            cur = 0
    return total + cur


def parse_surface(span: str) -> tuple[int | float, str | None, str | None]:
    """'800多人次' -> (800, '人次', 'over'); Traditional and full-width digits accepted."""
    s = t2s(span).replace(" ", "").replace("\u3000", "").translate(FULL)
    approx = None
    for p, a in PREFIX_APPROX:
        if s.startswith(p):
            s, approx = s[len(p):], a
            break
    for p, a in SUFFIX_APPROX:
        if s.endswith(p):
            s, approx = s[: -len(p)], a
            break
    m = re.match(r"[0-9][0-9.,]*", s)
    if m:
        num = Decimal(m.group().replace(",", ""))
    else:
        m = re.match(r"[零〇一二两三四五六七八九十百千]+", s)
        if not m:
            raise ValueError(f"no numeral in {span!r}")
        num = Decimal(cn_to_int(m.group()))
    rest = s[m.end():]
    if rest[:1] in INNER_APPROX:
        approx, rest = INNER_APPROX[rest[0]], rest[1:]
    if rest[:1] in MAGNITUDE:
        num *= MAGNITUDE[rest[0]]
        rest = rest[1:]
        # 一万八千余条: the numeral goes on after its magnitude word (18000, not 10000 with
        # 八千余条 as its unit)
        tail = re.match(r"[零〇一二两三四五六七八九十百千]+", rest)
        if tail:
            num += cn_to_int(tail.group())
            rest = rest[tail.end():]
    if rest[:1] in INNER_APPROX:
        approx, rest = INNER_APPROX[rest[0]], rest[1:]
    unit = rest or None
    if unit in ("%", "％"):
        num, unit = num / 100, "%"
    elif unit == "成":
        num = num / 10
    value = int(num) if num == num.to_integral_value() else float(num)
    return value, unit, approx
