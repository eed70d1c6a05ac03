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

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from table_probes import CUR, OLD, STRIKE, block, cell, page, score  # noqa: E402

OUT = HERE / "tables"


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
    style = STRIKE if "class" in name else ""
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
    return score(OUT, CASES, {"x01_shown_stale_hidden_current": X01})


if __name__ == "__main__":
    sys.exit(main())
