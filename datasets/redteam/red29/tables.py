"""red29's table probes (blind: written and committed before the library ran on them).

Aimed at session 29's landed table changes (tables29, 54e37d4/05cf427): a page of several
reports reads the report whose title names the row's year (tables.extract._own_year_report);
a title the text before it already holds (附件 numbers and a bracketed note aside) splits
nothing (tables.reports._key); a title given as a link is no title; a draft's title and a
short caption naming one year's tables (labels.json draft_titles/year_captions) mark the
copies under them (decide.by_title). A cell read with a stale figure, two figures joined,
or a current figure dropped and another read is WRONG; so is a wrong year or agency, and
any `inconsistent` verdict (every claim on these pages either agrees with the current
tables or is another report's). The current figure or no cell is right.

    python datasets/redteam/red29/tables.py     # writes tables/, exit 1 on a WRONG
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import table_probes  # noqa: E402
from table_probes import CUR, FIVE, NAME, OLD, TITLE, block  # noqa: E402

OUT = HERE / "tables"
OTHER = "宣城市市场监督管理局综合行政执法支队"
T22 = f"{NAME}2022年政府信息公开工作年度报告"
# last year's report's own prose: counts that disagree with this year's tables (46 new, 29 issued)
PROSE22 = (
    "<p>一、总体情况</p><p>本年度，我局共收到政府信息公开申请46件，"
    "主动公开政府信息120条，制发规范性文件29件。</p>"
)
PROSE23 = "<p>一、总体情况</p><p>本年度，我局共收到政府信息公开申请19件。</p>"


def page(body: str, title: str = TITLE, pre: str = "", intro: str = PROSE23) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>年报</title></head><body>'
        f"{pre}<h1>{title}</h1>{intro}{body}</body></html>"
    )


CASES: dict[str, str] = {}
# this year's report first, last year's appended; last year's title also in a 历年报告 list
# above the page's heading (the title is "already before": no split, copies weighed)
CASES["a01_this_first_last_listed_above"] = page(
    block(CUR) + FIVE + f"<p>附件：{T22}</p>" + PROSE22 + block(OLD) + FIVE,
    pre=f"<p>历年报告</p><p><a href='#'>{T22}</a></p><p><a href='#'>{NAME}2021年政府信息公开工作年度报告</a></p>",
)
# titles with the year in a bracketed note: the note stripped makes 2023's and 2022's keys equal
T_NOTE23 = f"{NAME}政府信息公开工作年度报告（2023年度）"
T_NOTE22 = f"{NAME}政府信息公开工作年度报告（2022年度）"
CASES["a02_this_first_last_after_bracket_year"] = page(
    block(CUR) + FIVE + f"<p>附件：{T_NOTE22}</p>" + PROSE22 + block(OLD) + FIVE,
    title=T_NOTE23,
)
CASES["a03_last_first_this_after_bracket_year"] = page(
    f"<p>附件1：{T_NOTE22}</p>" + PROSE22 + block(OLD) + FIVE
    + f"<p>附件2：{T_NOTE23}</p>" + PROSE23 + block(CUR) + FIVE,
    title=f"{NAME}2023年政府信息公开工作年度报告",
)
# another body's report of the same year after the row's, its title named in the row's prose
CASES["a04_other_body_named_in_prose"] = page(
    "<p>我局指导" + OTHER + "编制并发布了《" + OTHER + "2023年政府信息公开工作年度报告》。</p>"
    + block(CUR) + FIVE
    + f"<p>{OTHER}2023年政府信息公开工作年度报告</p>" + PROSE22 + block(OLD) + FIVE,
)
# years in Chinese numerals: last year's first, this year's after
CASES["a05_last_first_chinese_numeral_years"] = page(
    f"<p>附件1：{NAME}二〇二二年政府信息公开工作年度报告</p>" + PROSE22 + block(OLD) + FIVE
    + f"<p>附件2：{NAME}二〇二三年政府信息公开工作年度报告</p>" + PROSE23 + block(CUR) + FIVE,
)
# a draft that is this year's only version; a comparison copy of last year's table 三 captioned
CASES["d01_draft_only_version_with_comparison"] = page(
    block(CUR) + "<p>附：2022年度政府信息公开申请情况统计表（供对比）</p>" + OLD["t3"] + FIVE,
    title=TITLE + "（征求意见稿）",
)
# the draft printed AFTER the published report (same title with its note)
CASES["d02_report_then_draft_after"] = page(
    block(CUR) + FIVE + f"<p>{TITLE}（征求意见稿）</p>" + block(OLD) + FIVE,
)
# a line under the heading naming the draft in passing (报告…初稿, a year, no 。)
CASES["d03_note_mentions_draft"] = page(
    block(CUR) + FIVE,
    intro="<p>（本报告初稿经2024年1月10日局务会审议通过）</p>" + PROSE23,
)
# a cut-off line with the next year's date and 统计数据 over the current tables, a copy a
# template kept from last year above them under this year's title
CASES["c01_cutoff_line_next_year"] = page(
    block(OLD) + "<p>（统计数据截至2024年1月15日）</p>" + block(CUR) + FIVE,
)
# a comparison caption over the current table naming last year (与2022年统计数据对比)
CASES["c02_comparison_caption_current"] = page(
    block(OLD, only=("t2",)) + "<p>表二：与2022年统计数据对比</p>" + block(CUR) + FIVE,
)
# a 相关阅读 link naming the SAME year right above the current tables; next year's too
CASES["l01_same_year_link_above"] = page(
    f"<p>相关阅读：{TITLE}（图解）</p>" + block(CUR) + FIVE
    + f"<p>相关阅读：</p><p><a href='#'>{NAME}2024年政府信息公开工作年度报告</a></p>",
)
# last year's report first, this year's after a 相关阅读 word alone (the CMS's label over an
# appended article), blank line, then this year's title
CASES["l02_this_year_under_link_word"] = page(
    f"<p>附件1：{T22}</p>" + PROSE22 + block(OLD) + FIVE
    + "<p>相关阅读</p><p></p>" + f"<p>{TITLE}</p>" + PROSE23 + block(CUR) + FIVE,
)
# this year's report first, last year's after it (the brief's control)
CASES["o01_this_first_last_after"] = page(
    block(CUR) + FIVE + f"<p>附件：{T22}</p>" + PROSE22 + block(OLD) + FIVE,
)


def main() -> int:
    return table_probes.score(OUT, CASES, whole=True, shown=3)


if __name__ == "__main__":
    sys.exit(main())
