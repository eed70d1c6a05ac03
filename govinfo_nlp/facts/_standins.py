"""Minimal stand-ins for stages written concurrently (quantities, sections).

Used only when the real module cannot be imported, with a warning; they
implement the same interface (docs/internal-interfaces.md) with less care.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_COUNTERS = sorted(
    "人次 场次 篇次 条次 件次 万元 亿元 余人 个月 条(次) 件 条 个 次 场 期 篇 项 份 家 人 名 部 元 % 例 "
    "则 宗 类 批 轮 册 张 幅 本 套 处 所 座 台 户 组 支 页 起 天 成 堂 万 亿".split(),
    key=len,
    reverse=True,
)
_QTY = regex.compile(
    r"""
    (?P<pre>超过|将近|不到|不足|大约|近|约|逾|超)?
    (?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)
    \s?(?P<mag>万|亿|千)?(?P<suf>余|多)?(?P<mag2>万|亿)?
    \s?(?P<unit>""" + "|".join(regex.escape(c) for c in _COUNTERS) + r""")?
    (?P<post>以上|左右)?
    """,
    regex.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class StandInQuantity:
    value: int | float
    unit: str | None
    approx: str | None
    start: int
    end: int
    text: str
    number_start: int
    number_end: int
    kind: str


def _cn_value(s: str) -> int | None:
    total, cur = 0, 0
    for ch in s:
        if ch in _CN_DIGITS:
            cur = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (cur or 1) * _CN_UNITS[ch]
            cur = 0
        else:
            return None
    return total + cur


def find_quantities(text: str) -> Iterator[StandInQuantity]:
    for m in _QTY.finditer(text):
        num, unit = m["num"], m["unit"]
        s, e = m.start(), m.end()
        after = text[e : e + 1]
        before = text[max(0, s - 1) : s]
        is_cn = not num[0].isdigit()
        if before == "第" or before.isdigit() or before in "〔[(（-/.:" and not is_cn:
            if before in "〔[-/.:" or before == "第":
                continue
        if unit is None and after and after in "年月日号时点:-/〕]":
            continue
        if unit in ("万", "亿"):
            m_mag, unit = unit, None
        else:
            m_mag = m["mag"] or m["mag2"]
        if is_cn and not unit:
            continue
        if not unit and not m_mag and (len(num) >= 7 or after in "年月日"):
            continue
        if not unit and not m_mag and not m["pre"]:
            # a bare number is only a quantity next to a measuring word
            if not regex.search(r"(?:量|数|人数|为)\s*$", text[max(0, s - 4) : s]):
                continue
        value: float | int | None = _cn_value(num) if is_cn else float(num)
        if value is None:
            continue
        if m_mag:
            value *= {"万": 10_000, "亿": 100_000_000, "千": 1000}[m_mag]
        if unit == "万元":
            value, unit = value * 10_000, "元"
        elif unit == "亿元":
            value, unit = value * 100_000_000, "元"
        kind = "count"
        if unit == "%":
            value, kind = value / 100, "ratio"
        elif unit == "成":
            value, kind = value / 10, "ratio"
        elif unit == "元":
            kind = "money"
        elif unit is None:
            kind = "number"
        value = round(value, 10)
        if isinstance(value, float) and value.is_integer() and kind != "ratio":
            value = int(value)
        approx = None
        if m["pre"] in ("超过", "逾", "超") or m["suf"] or m["post"] == "以上":
            approx = "over"
        elif m["pre"] in ("近", "将近", "不到", "不足"):
            approx = "under"
        elif m["pre"] in ("约", "大约") or m["post"] == "左右":
            approx = "about"
        yield StandInQuantity(value, unit, approx, s, e, m[0], m.start("num"), m.end("num"), kind)


_HEADINGS = (
    ("overview", r"总体情况|概述|基本情况"),
    ("proactive", r"主动公开"),
    ("requests", r"收到和处理|依申请"),
    ("appeals", r"行政复议|行政诉讼"),
    ("problems", r"存在的主要问题|问题及改进"),
    ("other", r"其他需要报告|需要说明|其他事项"),
)
_HEAD = regex.compile(r"(?m)^\s*([一二三四五六七八九十]+)[、.]\s*(.{0,40})$")


@dataclass(frozen=True, slots=True)
class StandInSection:
    id: str
    start: int
    end: int


def find_sections(text: str) -> tuple[StandInSection, ...]:
    marks: list[tuple[int, str]] = []
    for m in _HEAD.finditer(text):
        for sid, pat in _HEADINGS:
            if regex.search(pat, m[2]) and all(sid != s for _, s in marks):
                marks.append((m.start(1), sid))
                break
    out = []
    prev_end, prev_id = 0, "preamble"
    for pos, sid in marks:
        if pos > prev_end:
            out.append(StandInSection(prev_id, prev_end, pos))
        prev_end, prev_id = pos, sid
    out.append(StandInSection(prev_id, prev_end, len(text)))
    return tuple(out)
