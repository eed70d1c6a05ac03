"""Surface parser for held-out gold quantity spans (independent of govinfo_nlp).

parse_surface("1200余件") -> (1200, "件", "over")
"""
from __future__ import annotations

import re
from decimal import Decimal

FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
TO_FW = str.maketrans("0123456789", "０１２３４５６７８９")
T2S = str.maketrans("條個場萬億項類則張輪餘約過戶屆臺台號篇", "条个场万亿项类则张轮余约过户届台台号篇")

PREFIX = [("将近", "under"), ("不到", "under"), ("不足", "under"), ("近", "under"),
          ("超过", "over"), ("超", "over"), ("逾", "over"),
          ("大约", "about"), ("约", "about")]
SUFFIX = [("左右", "about"), ("上下", "about"), ("以上", "over"), ("之多", "over"),
          ("以下", "under")]
CN_DIG = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
MAG = {"万": Decimal(10000), "亿": Decimal(100000000), "千": Decimal(1000), "百": Decimal(100)}


def to_fullwidth_digits(s: str) -> str:
    return s.translate(TO_FW)


def norm(s: str) -> str:
    return s.translate(FW).translate(T2S)


def cn_to_int(s: str) -> int:
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch in CN_UNIT:
            section += (num or 1) * CN_UNIT[ch]
            num = 0
        elif ch == "万":
            total += (section + num) * 10000
            section, num = 0, 0
        elif ch == "亿":
            total += (section + num) * 100000000
            section, num = 0, 0
        else:
            raise ValueError(s)
    return total + section + num


def clean(d: Decimal):
    if d == d.to_integral_value():
        return int(d)
    return float(d)


NUM = re.compile(r"[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万亿]+")


def parse_surface(span: str):
    s = norm(span).replace(" ", "").replace("\u3000", "")
    approx = None
    for p, a in PREFIX:
        if s.startswith(p):
            approx, s = a, s[len(p):]
            break
    for p, a in SUFFIX:
        if s.endswith(p):
            assert approx is None, span
            approx, s = a, s[: -len(p)]
            break
    m = NUM.match(s)
    if not m:
        raise ValueError(f"no numeral at start of {span!r}")
    tok = m.group(0)
    rest = s[m.end():]
    if tok[0].isdigit():
        val = Decimal(tok)
        if rest[:1] in MAG and rest[:2] not in ("千克", "百分"):
            val *= MAG[rest[0]]
            rest = rest[1:]
    else:
        # a Chinese numeral must not swallow a counter: none of our counters is a numeral char
        val = Decimal(cn_to_int(tok))
    if rest[:1] in ("余", "多"):
        assert approx is None, span
        approx, rest = "over", rest[1:]
        if rest[:1] in ("万", "亿"):  # 120余万
            val *= MAG[rest[0]]
            rest = rest[1:]
    unit = rest or None
    if unit == "%":
        val = val / 100
    elif unit == "成":
        val = val / 10
    elif unit and unit[0] in MAG and unit != "万":
        # 10万余次 etc. (magnitude after 余 is not expected)
        raise ValueError(span)
    if unit in ("万元", "亿元"):
        val *= MAG[unit[0]]
        unit = "元"
    return clean(val), unit, approx


if __name__ == "__main__":
    for t in ["1200余件", "近50家", "236万余次", "约47000件", "超过10万", "100人以上", "1000余条(次)",
              "300人左右", "不到10件", "46.72%", "七成", "两场", "3798.8854萬元", "61.63万次",
              "48 篇", "7.29", "三十余次", "１２件", "２０．５％", "一万二千余人次", "逾百人"]:
        try:
            print(t, parse_surface(t))
        except Exception as e:  # noqa: BLE001
            print(t, "ERR", e)
