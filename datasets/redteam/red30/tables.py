"""red30's table probes (blind: written and committed before the library ran on them).

Aimed at session 30's table changes (tables30's branch, not landed when written: 82d245a
fast reader's second table 四, dc25e6c one year pattern for titles/captions/notices with
Chinese numerals, 89f1291 bracketed years in titles and links/quotes no titles said before,
9c176cb a notice correcting another year's report marks the table below it as that year's).
A cell read with a stale figure, two figures joined, or a current figure dropped and another
read is WRONG; so is a wrong year or agency, and any `inconsistent` verdict. The current
figure or no cell is right.

    python datasets/redteam/red30/tables.py     # writes tables/, exit 1 on a WRONG
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import table_probes  # noqa: E402
from table_probes import CUR, FIVE, HEADS, NAME, OLD, TITLE, block  # noqa: E402

OUT = HERE / "tables"
OTHER = "宣城市市场监督管理局综合行政执法支队"
T22 = f"{NAME}2022年政府信息公开工作年度报告"
PROSE22 = (
    "<p>一、总体情况</p><p>本年度，我局共收到政府信息公开申请46件，"
    "主动公开政府信息120条，制发规范性文件29件。</p>"
)
PROSE23 = "<p>一、总体情况</p><p>本年度，我局共收到政府信息公开申请19件。</p>"
H = dict(HEADS)


def page(body: str, title: str = TITLE, pre: str = "", intro: str = PROSE23) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>年报</title></head><body>'
        f"{pre}<h1>{title}</h1>{intro}{body}</body></html>"
    )


def first_print_t3_old() -> str:
    """The report as first printed: this year's tables 二 and 四, table 三 with last year's
    (wrong) figures."""
    return (
        f"<p>{H['t2']}</p>"
        + CUR["t2"]
        + f"<p>{H['t3']}</p>"
        + OLD["t3"]
        + f"<p>{H['t4']}</p>"
        + CUR["t4"]
        + FIVE
    )


CASES: dict[str, str] = {}
# a correction of THIS report, the notice naming it by the year it was published (2024):
# the corrected table 三 below is this year's; the first print's table 三 is not
CASES["tc1_notice_names_publish_year"] = page(
    first_print_t3_old()
    + "<p>更正说明：我局2024年初发布的政府信息公开工作年度报告中，表三部分数据有误，"
    "现将更正后的表格公布如下。</p>" + CUR["t3"]
)
# the same, the publishing month written in numerals (二〇二四年一月)
CASES["tc2_notice_numeral_publish_month"] = page(
    first_print_t3_old()
    + "<p>更正说明：我局于二〇二四年一月发布的政府信息公开工作年度报告中，表三部分数据有误，"
    "现将更正后的表格公布如下。</p>" + CUR["t3"]
)
# control: a correction of LAST year's report, last year's corrected table 三 below
CASES["tc3_correction_of_last_year"] = page(
    block(CUR) + FIVE + "<p>更正说明：我局2022年政府信息公开工作年度报告中，表三部分数据有误，"
    "现将更正后的表格公布如下。</p>" + OLD["t3"]
)


def cutoff_over_t3(line: str) -> str:
    """A stale untitled copy of the tables first (a template kept), then this year's, a
    cut-off line right above this year's table 三."""
    return (
        block(OLD)
        + f"<p>{H['t2']}</p>"
        + CUR["t2"]
        + f"<p>{H['t3']}</p><p>{line}</p>"
        + CUR["t3"]
        + f"<p>{H['t4']}</p>"
        + CUR["t4"]
        + FIVE
    )


CASES["ht1_cutoff_numerals_over_current_t3"] = page(
    cutoff_over_t3("（数据统计截至二〇二四年一月十日）")
)
CASES["ht2_cutoff_digits_over_current_t3"] = page(cutoff_over_t3("（数据统计截至2024年1月10日）"))
# a comparison remark between a stale untitled copy and this year's tables
CASES["ht3_compare_line_numerals"] = page(
    block(OLD) + "<p>（对照二〇二二年统计数据，本年度申请数量明显下降）</p>" + block(CUR) + FIVE
)
CASES["ht4_compare_line_digits"] = page(
    block(OLD) + "<p>（对照2022年统计数据，本年度申请数量明显下降）</p>" + block(CUR) + FIVE
)
# bracketed years in numerals, last year's report first
CASES["b01_numeral_bracket_last_first"] = page(
    f"<p>附件1：{NAME}政府信息公开工作年度报告（二〇二二年度）</p>"
    + PROSE22
    + block(OLD)
    + FIVE
    + f"<p>附件2：{NAME}政府信息公开工作年度报告（二〇二三年度）</p>"
    + PROSE23
    + block(CUR)
    + FIVE,
    intro="",
)
# another body's report of the same year appended, its year bracketed
CASES["b02_bracket_other_body_same_year"] = page(
    block(CUR)
    + FIVE
    + f"<p>{OTHER}政府信息公开工作年度报告（2023年度）</p>"
    + PROSE22
    + block(OLD)
    + FIVE,
    title=f"{NAME}政府信息公开工作年度报告（2023年度）",
)
# last year's report quoted in this year's prose, then appended under its title (control)
CASES["l01_quoted_last_year_then_appended"] = page(
    block(CUR) + FIVE + f"<p>附件：{T22}</p>" + PROSE22 + block(OLD) + FIVE,
    intro=PROSE23 + f"<p>对照《{T22}》中提出的改进措施，我局逐项落实。</p>",
)
# a generic heading; the preamble quotes this year's title over this year's tables; a
# second copy under the same title with other figures follows (nothing says it is the
# page's: the first is the one the preamble introduces)
CASES["l02_quoted_own_title_second_copy_after"] = page(
    block(CUR) + FIVE + f"<p>{TITLE}</p>" + PROSE22 + block(OLD) + FIVE,
    title="政府信息公开工作年度报告",
    intro=f"<p>根据《中华人民共和国政府信息公开条例》规定，现公布《{TITLE}》。</p>" + PROSE23,
)
# last year's table 四 as an appendix captioned in numerals (control)
CASES["f01_t4_appendix_numeral_caption"] = page(
    block(CUR) + FIVE + "<p>附：二〇二二年度行政复议、行政诉讼情况统计表</p>" + OLD["t4"]
)


def main() -> int:
    return table_probes.score(OUT, CASES, whole=True, shown=3)


if __name__ == "__main__":
    sys.exit(main())
