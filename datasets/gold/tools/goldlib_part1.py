"""Helpers shared by the part-1 gold tools: reading documents, parsing a
quantity surface into (value, unit, approx), and the numeral regex."""
from __future__ import annotations

import os
import re
from decimal import Decimal

SHARED = os.environ.get("GOVINFO_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "shared"))
SHARED = os.path.normpath(SHARED)

TYPES = {
    "proactive.items", "proactive.normative", "proactive.rules", "proactive.interpretations",
    "proactive.gazette", "proactive.press_conferences", "requests.received", "requests.closed",
    "appeals.review", "appeals.suit", "appeals.corrected", "training.sessions",
    "training.attendees", "new_media.accounts", "platform.visits", "opinion.responses",
    "supervision.inspections", "other",
}
SCOPES = {"self", "jurisdiction", "unknown"}
APPROX = {None, "over", "under", "about"}
KEYS = ["start", "end", "value", "unit", "approx", "type", "scope", "year", "subject", "delta", "cumulative"]

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUM_CHARS = "零〇一二两兩三四五六七八九十百千"

PREFIX_APPROX = [("将近", "under"), ("不到", "under"), ("不足", "under"), ("超过", "over"), ("大约", "about"),
                 ("近", "under"), ("約", "about"), ("约", "about"), ("超過", "over"), ("超", "over"), ("逾", "over")]
SUFFIX_APPROX = [("之多", "over"), ("以上", "over"), ("左右", "about"), ("上下", "about"), ("以下", "under")]
INNER_APPROX = {"余": "over", "餘": "over", "多": "over"}
MAGNITUDE = {"万": 10000, "萬": 10000, "亿": 100000000, "億": 100000000}

NUM_RE = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两兩三四五六七八九十百千]+")


def read(doc: str) -> str:
    # corpus:<path> names a document of this repository's datasets/ (the written narratives)
    if doc.startswith("corpus:"):
        path = os.path.join(os.path.dirname(__file__), "..", "..", doc[len("corpus:"):])
    else:
        path = os.path.join(SHARED, doc)
    with open(path, encoding="utf-8-sig", newline="") as f:
        return f.read()


def cn_to_int(s: str) -> int:
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGITS:
            cur = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (cur or 1) * CN_UNITS[ch]
            cur = 0
        else:
            raise ValueError(s)
    return total + cur


_t2s = None


def t2s(s):
    global _t2s
    if s is None:
        return None
    if _t2s is None:
        try:
            import opencc
            _t2s = opencc.OpenCC("t2s").convert
        except (ImportError, AttributeError):  # broken wheel: use the bundled C binding
            from opencc.clib import opencc_clib
            cfg = os.path.join(os.path.dirname(opencc_clib.__file__), "share", "opencc", "t2s.json")
            _conv = opencc_clib._OpenCC(cfg)
            _t2s = lambda x: _conv.convert(x, len(x.encode("utf-8")))  # noqa: E731
    return _t2s(s)


def parse_surface(span: str):
    """'800多人次' -> (800, '人次', 'over'). Raises ValueError when unparsable."""
    s = span.replace(" ", "").replace("\u3000", "").replace("\xa0", "")
    approx = None
    for p, a in PREFIX_APPROX:
        if s.startswith(p):
            s, approx = s[len(p):], a
            break
    for p, a in SUFFIX_APPROX:
        if s.endswith(p):
            s, approx = s[: -len(p)], a
            break
    m = re.match(r"[0-9０-９][0-9０-９.]*(?:,[0-9]{3})*(?:\.[0-9]+)?", s)
    if m:
        digits = m.group().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
        num = Decimal(digits.replace(",", ""))  # thousands separators (1,286万人次)
    else:
        m = re.match(r"[零〇一二两兩三四五六七八九十百千]+", s)
        if not m:
            raise ValueError(f"no numeral in {span!r}")
        num = Decimal(cn_to_int(m.group()))
    rest = s[m.end():]
    if rest[:1] in INNER_APPROX:
        approx, rest = INNER_APPROX[rest[0]], rest[1:]
    while rest[:1] in MAGNITUDE:  # 万亿 multiplies twice
        num *= MAGNITUDE[rest[0]]
        rest = rest[1:]
    if rest[:1] in INNER_APPROX:
        approx, rest = INNER_APPROX[rest[0]], rest[1:]
    unit = rest or None
    if unit in ("%", "％"):
        num, unit = num / 100, "%"
    elif unit == "成":
        num = num / 10
    unit = t2s(unit) if unit else None
    value = int(num) if num == num.to_integral_value() else float(num)
    return value, unit, approx


def line_of(text: str, pos: int):
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def is_table_line(text: str, pos: int) -> bool:
    a, b = line_of(text, pos)
    return "|" in text[a:b]
