"""red28's table probes (blind: written and committed before the library ran on them).

Aimed at session 28's table changes (tables28): a line-through from a style sheet's rule
(class, id, tag, descendant) strikes a figure or a stale copy; copies of a row under this
year's report title are read over those under another year's (decide.by_title); the copy
after a notice of a corrected table is read (decide.by_notice). A cell read with a stale
figure, two figures joined, or a current figure dropped and another read is WRONG; the
current figure or no cell is right.

* c*: the renderer's struck classes/ids against what a browser draws (an inline
  `text-decoration:none` over a struck class, !important, a struck aside, a struck id on
  the stale copy's wrapper, a struck descendant rule under the stale copy's wrapper);
* n*: a notice word that is not about this table's correction (a note under the current
  table 以本表为准, then a comparison copy; section 六 correcting LAST year's table);
* t*: copies under report titles (the year's report then last year's appended; last
  year's first, then this year's).

    python datasets/redteam/red28/tables.py     # writes tables/, exit 1 on a WRONG
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import table_probes  # noqa: E402
from table_probes import CUR, FIVE, NAME, OLD, STRIKE, TITLE, block, cell  # noqa: E402

OUT = HERE / "tables"
TAIL = FIVE + "<p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p>"


def page(body: str, style: str = "", title: str = TITLE, tail: str = TAIL) -> str:
    return table_probes.page(body, style, title, tail)


CASES: dict[str, str] = {}
# an inline text-decoration:none over a struck class: a browser draws 37 unstruck
CASES["c01_inline_none_over_class"] = page(
    block(
        cell(
            CUR,
            "37",
            '<span class="old">29</span><span class="old" style="text-decoration:none">37</span>',
        )
    ),
    STRIKE,
)
CASES["c02_inline_none_alone"] = page(
    block(cell(CUR, "111", '<span class="old" style="text-decoration: none">111</span>')), STRIKE
)
# !important in the sheet beats the inline none: 29 struck, 37 drawn
CASES["c03_important_beats_inline"] = page(
    block(cell(CUR, "37", '<span class="old" style="text-decoration:none">29</span>37')),
    ".old{text-decoration:line-through !important}",
)
# a struck aside after the current figure
CASES["c04_struck_aside"] = page(
    block(cell(CUR, "37", '37<span class="old">（原为29）</span>')), STRIKE
)
# a later, more specific rule un-strikes the class inside the current copy
CASES["c05_unstruck_in_current"] = page(
    block(OLD, 'class="was"')
    + '<div class="final">'
    + block(cell(CUR, "111", '<span class="old">111</span>'))
    + "</div>",
    "table.was{text-decoration:line-through} " + STRIKE + " .final .old{text-decoration:none}",
)
# the stale copy's wrapper struck by its id; by a descendant rule under a class
CASES["c06_id_on_wrapper"] = page(
    '<div id="t2022">' + block(OLD) + "</div>" + block(CUR), "#t2022{text-decoration:line-through}"
)
CASES["c07_descendant_td_rule"] = page(
    '<div class="was">' + block(OLD) + "</div>" + block(CUR),
    ".was td{text-decoration:line-through}",
)
# a struck class on the CURRENT copy's numbers with a stale unstruck copy after (a browser shows
# the current struck: the struck copy is the stale one here by the page's words; recorded)
# the struck rule is for links only: figures in links are drawn
CASES["c08_struck_links_only"] = page(
    block(cell(CUR, "37", '<a href="#n">37</a>')) + '<p><a class="old" href="#">2022年报告</a></p>',
    "a.old{text-decoration:line-through}",
)

# notices of a corrected table that are not this table's correction
CASES["n01_note_under_current_then_comparison"] = page(
    block(CUR)
    + "<p>注：本表数据如与正文表述不一致，以本表为准。</p>"
    + "<p>附：2022年度收到和处理政府信息公开申请情况（供对比）</p>"
    + OLD["t3"]
)
CASES["n02_last_year_corrected_in_six"] = page(
    block(CUR),
    tail="<p>五、存在的主要问题及改进情况</p><p>无。</p><p>六、其他需要报告的事项</p>"
    "<p>经核查，我局2022年政府信息公开工作年度报告第三部分数据有误，现将更正后的表格公布如下：</p>"
    + OLD["t3"],
)
CASES["n03_correction_of_this_year_control"] = page(
    block(OLD, only=("t2", "t3"))
    + "<p>更正说明：上表数据有误，现将更正后的表格公布如下，以本表为准。</p>"
    + block(CUR)
)

# copies under report titles
CASES["t01_this_year_then_last_appended"] = page(
    block(CUR) + TAIL + f"<h2>附件：{NAME}2022年政府信息公开工作年度报告</h2>" + block(OLD), tail=""
)
CASES["t02_last_year_first_then_this_year"] = page(
    f"<h2>附件1：{NAME}2022年政府信息公开工作年度报告</h2>"
    + block(OLD)
    + f"<h2>附件2：{NAME}2023年政府信息公开工作年度报告</h2>"
    + block(CUR)
)
# a link line to last year's report between the section heading and this year's table 三,
# the stale copy (a draft, printed above) under this year's title
CASES["t03_link_line_between"] = page(
    block(CUR, only=("t2",))
    + "<p>三、收到和处理政府信息公开申请情况</p>"
    + OLD["t3"]
    + "<p>相关阅读：</p><p><a href='#'>"
    + NAME
    + "2022年政府信息公开工作年度报告</a></p>"
    + CUR["t3"]
    + block(CUR, only=("t4",))
)


def main() -> int:
    return table_probes.score(OUT, CASES, extra=True)


if __name__ == "__main__":
    sys.exit(main())
