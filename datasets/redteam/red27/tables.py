"""red27's table probes (blind: written and committed before the library ran on them).

Session 27 landed hidden and struck copies of the tables (readers/shown.py,
tables/decide.by_sight: a hidden or struck copy gives no cell where a drawn copy is),
a second table 三 read whole, and HTML inside an <svg>'s <foreignObject> read
(robust27). These pages put a stale copy (other numbers) where those changes may take it
for the page's, or strike and hide figures inside the only copy. A cell read with a stale
figure (or two figures run together) is WRONG; the current figure or no cell is right.

Case kinds:
* s*: struck figures inside the only copy (<del>, <s>, <strike>, inline and class
  text-decoration:line-through) before or after the current figure;
* w*: a whole stale copy struck or hidden in ways the session's rules may not name
  (a class rule of line-through, <del> round a table, <details> closed);
* f*: <svg> <foreignObject> holding a stale copy a browser never draws (inside <defs>,
  <symbol>, <mask>, an svg of display:none, of zero size, visibility:hidden);
* d*: table 三 printed twice, both drawn, with different numbers;
* x01: the shown copy is the stale one and the hidden copy current: a browser shows the
  stale copy; reading it is what a reader sees (not scored WRONG; recorded).

    python datasets/redteam/red27/tables.py     # writes tables/, exit 1 on a WRONG
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE.parent / "verdicts14"))

import build  # noqa: E402

import govinfo_nlp  # noqa: E402

OUT = HERE / "tables"


def tables(year: int, new: int, granted: int, issued: int) -> tuple[dict[str, str], dict]:
    doc = {
        "id": "c",
        "agency": "宣城市市场监督管理局",
        "year": year,
        "template": "2021",
        "layout": "html",
        "t2": {"normative.issued": issued, "penalty.decisions": 3 * issued},
        "t3": {
            "new": {"natural": new - 2, "commercial": 2},
            "results": {
                "granted": {"natural": granted - 2, "commercial": 2},
                "unavailable.not_held": {"natural": new - granted},
            },
        },
        "t4": {"review": [1, 0, 0, 0]},
    }
    values, shown, _ = build.tables_for(doc)
    return build.render_tables(doc, shown, random.Random(year)), values


# current: issued 37 (penalty 111), new 19, granted 13; stale: issued 29 (87), new 46, granted 31
CUR, CUR_V = tables(2023, 19, 13, 37)
OLD, OLD_V = tables(2022, 46, 31, 29)
HEADS = (
    ("t2", "二、主动公开政府信息情况"),
    ("t3", "三、收到和处理政府信息公开申请情况"),
    ("t4", "四、政府信息公开行政复议、行政诉讼情况"),
)


def block(t: dict[str, str], attr: str = "", only: tuple[str, ...] = ("t2", "t3", "t4")) -> str:
    out = ""
    for k, head in HEADS:
        if k in only:
            out += f"<p>{head}</p>" + t[k].replace("<table", f"<table {attr}", 1)
    return out


def page(body: str, style: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{style}</style><title>年报</title></head><body>'
        "<h1>宣城市市场监督管理局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>2023年，我局认真落实《条例》。</p>"
        f"{body}<p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>"
    )


def cell(t: dict[str, str], old: str, new: str) -> dict[str, str]:
    """The tables with the one cell showing ``<span>old</span>`` showing ``new``."""
    out = dict(t)
    for k in out:
        n = out[k].count(f"<span>{old}</span>")
        if n:
            assert n == 1, (old, k, n)
            out[k] = out[k].replace(f"<span>{old}</span>", f"<span>{new}</span>")
            return out
    raise AssertionError(old)


# figures struck inside the only copy: stale 29 / 87 beside current 37 / 111
S = {
    "s01_del_before": cell(CUR, "37", "<del>29</del>37"),
    "s02_s_after": cell(CUR, "37", "37<s>29</s>"),
    "s03_strike_spaced": cell(CUR, "111", "<strike>87</strike> 111"),
    "s04_span_line_through": cell(
        CUR, "37", '<span style="text-decoration:line-through">29</span>37'
    ),
    "s05_span_line_through_upper": cell(
        CUR, "111", '<SPAN STYLE="TEXT-DECORATION: LINE-THROUGH">87</SPAN> 111'
    ),
    "s06_class_line_through": cell(CUR, "37", '<span class="old">29</span>37'),
    "s07_del_ins": cell(CUR, "111", "<del>87</del><ins>111</ins>"),
    "s08_font_strike_after_newline": cell(CUR, "37", "37<br><s>29</s>"),
}
CASES: dict[str, str] = {}
for name, t in S.items():
    style = ".old{text-decoration:line-through}" if "class" in name else ""
    CASES[name] = page(block(t), style)

# a whole stale copy before the current one
CASES["w01_class_rule_line_through"] = page(
    block(OLD, 'class="was"') + block(CUR), "table.was{text-decoration:line-through}"
)
CASES["w02_del_round_tables"] = page("<del>" + block(OLD) + "</del>" + block(CUR))
CASES["w03_details_closed"] = page(
    "<details><summary>2022年数据</summary>" + block(OLD) + "</details>" + block(CUR)
)
CASES["w04_inline_style_line_through"] = page(
    block(OLD, 'style="text-decoration:line-through"') + block(CUR)
)
CASES["w05_div_line_through_after"] = page(
    block(CUR) + '<div style="text-decoration: line-through">' + block(OLD) + "</div>"
)
CASES["w06_struck_t3_only"] = page(
    block(CUR, only=("t2",))
    + "<p>三、收到和处理政府信息公开申请情况</p><s>"
    + OLD["t3"]
    + "</s>"
    + CUR["t3"]
    + block(CUR, only=("t4",))
)

# svg foreignObject holding the stale copy, before the current copy
FO = '<foreignObject width="800" height="2000"><div xmlns="http://www.w3.org/1999/xhtml">{}</div></foreignObject>'
CASES["f01_defs"] = page("<svg><defs>" + FO.format(block(OLD)) + "</defs></svg>" + block(CUR))
CASES["f02_symbol"] = page(
    '<svg><symbol id="old">' + FO.format(block(OLD)) + "</symbol></svg>" + block(CUR)
)
CASES["f03_svg_display_none"] = page(
    '<svg style="display:none">' + FO.format(block(OLD)) + "</svg>" + block(CUR)
)
CASES["f04_svg_zero_size"] = page(
    '<svg width="0" height="0">' + FO.format(block(OLD)) + "</svg>" + block(CUR)
)
CASES["f05_mask"] = page(
    '<svg><mask id="m">' + FO.format(block(OLD)) + "</mask></svg>" + block(CUR)
)
CASES["f06_svg_hidden_attr"] = page("<svg hidden>" + FO.format(block(OLD)) + "</svg>" + block(CUR))
CASES["f07_after_current_in_defs"] = page(
    block(CUR) + "<svg><defs>" + FO.format(block(OLD)) + "</defs></svg>"
)

# table 三 twice, both drawn
CASES["d01_t3_twice_unlabelled"] = page(
    block(CUR, only=("t2",))
    + "<p>三、收到和处理政府信息公开申请情况</p>"
    + CUR["t3"]
    + OLD["t3"]
    + block(CUR, only=("t4",))
)
CASES["d02_t3_again_in_appendix"] = page(
    block(CUR) + "<p>附件：2022年度收到和处理政府信息公开申请情况（供对比）</p>" + OLD["t3"]
)
CASES["d03_t3_again_in_section_four"] = page(
    block(CUR, only=("t2", "t3"))
    + "<p>四、政府信息公开行政复议、行政诉讼情况</p>"
    + OLD["t3"]
    + CUR["t4"]
)

# the shown copy stale, the hidden one current (recorded, not scored)
X01 = page(block(CUR, 'style="display:none"') + block(OLD))


def main() -> int:
    OUT.mkdir(exist_ok=True)
    wrong = 0
    for name, html in [*CASES.items(), ("x01_shown_stale_hidden_current", X01)]:
        path = OUT / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        got = govinfo_nlp.parse(path).to_dict()["tables"]
        stale = sorted(
            k for k, v in got.items() if k in OLD_V and OLD_V[k] != CUR_V.get(k) and v == OLD_V[k]
        )
        other = sorted(k for k, v in got.items() if k in CUR_V and v != CUR_V[k] and k not in stale)
        right = sum(1 for k, v in got.items() if CUR_V.get(k) == v)
        scored = not name.startswith("x")
        bad = scored and bool(stale or other)
        wrong += bad
        print(
            "!!" if bad else "  ",
            name,
            f"{right} current, {len(stale)} stale {stale[:4]}, {len(other)} other "
            f"{[(k, got[k]) for k in other[:4]]}, of {len(got)} cells",
        )
    print(f"WRONG pages: {wrong} of {len(CASES)}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
