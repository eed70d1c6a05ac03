"""Independent surface parser for red-team gold (does not import govinfo_nlp)."""
from __future__ import annotations

import re

from opencc import OpenCC

_S2T = OpenCC("s2t")
_T2S = OpenCC("t2s")

PREFIX = [("大约", "about"), ("约", "about"), ("將近", "under"), ("将近", "under"),
          ("近", "under"), ("不到", "under"), ("不足", "under"), ("超过", "over"),
          ("超過", "over"), ("超", "over"), ("逾", "over")]
SUFFIX = [("以上", "over"), ("之多", "over"), ("左右", "about"), ("上下", "about"),
          ("以下", "under")]
INNER = {"余": "over", "餘": "over", "多": "over"}
CN_DIG = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
MAG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "千": 1000, "百": 100}
FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")


def cn_to_int(s: str) -> int:
    total, section, cur = 0, 0, 0
    for ch in s:
        if ch in CN_DIG:
            cur = CN_DIG[ch]
        elif ch in CN_UNIT:
            section += (cur or 1) * CN_UNIT[ch]
            cur = 0
        elif ch in ("万", "萬", "亿", "億"):
            section += cur
            total += section * MAG[ch]
            section, cur = 0, 0
        else:
            raise ValueError(s)
    return total + section + cur


NUM = re.compile(r"[0-9][0-9.,]*|[零〇一二两兩三四五六七八九十百千万萬亿億]+")


def parse_surface(surface: str):
    s = _T2S.convert(surface.translate(FW)).replace(" ", "")
    approx = None
    for p, a in PREFIX:
        if s.startswith(p):
            s, approx = s[len(p):], a
            break
    for p, a in SUFFIX:
        if s.endswith(p):
            s, approx = s[: -len(p)], a
            break
    m = NUM.match(s)
    if not m:
        raise ValueError(f"no numeral in {surface!r}")
    tok = m.group(0)
    rest = s[m.end():]
    if tok[0].isdigit():
        val = float(tok.replace(",", ""))
        if rest[:1] in MAG:
            val *= MAG[rest[0]]
            rest = rest[1:]
    else:
        val = cn_to_int(tok)
    if rest[:1] in INNER:
        approx = INNER[rest[0]]
        rest = rest[1:]
    unit = _T2S.convert(rest) or None
    if unit == "%":
        val = round(val / 100, 10)
    elif unit == "成":
        val = round(val / 10, 10)
    if isinstance(val, float) and val == int(val):
        val = int(val)
    return val, unit, approx


def to_traditional(text: str) -> str:
    out = _S2T.convert(text)
    assert len(out) == len(text), "s2t changed the length"
    return out


def to_fullwidth(text: str) -> str:
    """Full-width digits and %, in prose lines only (table rows keep ASCII)."""
    lines = text.split("\n")
    tr = str.maketrans("0123456789%", "０１２３４５６７８９％")
    return "\n".join(l if " | " in l or l.endswith("|") else l.translate(tr)
                     for l in lines)


if __name__ == "__main__":
    for t in ["65件", "1.2万余条", "近千人次", "一百二十条", "两次", "逾3000条", "约40%",
              "3798.8854万元", "七成", "800多人次", "300人左右", "１２件", "十二期", "近50家",
              "236万余次", "超过10万", "1000余条(次)", "48 篇", "1.5亿元", "12.5万元", "三场"]:
        print(t, parse_surface(t))
