"""The seventeenth blind format red team (datasets/redteam/formats17, made by its build.sh).

Built and its truth written before the library ran on it; its first reading (README,
first_reading.txt: 2280 right, 0 WRONG, 920 unread, on main and on the branch of session
30's first table fixes alike) is the evidence. Its theme is a second copy of the tables and
what says whose it is. No file may give a wrong cell, a wrong agency or year, or an
unexpected error (``test_nothing_wrong``); the files read completely are pinned
(``test_every_cell``), the others named in ``LIMITS`` with why. The fix the set led to
(tuned): a notice correcting another year's report marks the table it gives below as that
year's (v13). v14 (a DOCX of two years' reports, last year's first, numeral titles) reads
whole since meta30's year for a page whose first report is last year's (c8fc7fa).
"""

from __future__ import annotations

from pathlib import Path

from formats_redteam import BlindSet

import govinfo_nlp
from govinfo_nlp.tables.extract import _other_year_corrections

_UNTITLED = (
    "two copies of the tables with nothing between them saying which is this year's "
    "(decisions30 D7): the cells they disagree on are unread, by design"
)
# file -> why it is not read completely now (each leaves cells unread, none wrong)
LIMITS: dict[str, str] = {
    "v01_html_untitled_copies_last_year_first.html": _UNTITLED,
    "v02_html_untitled_copies_this_year_first.html": _UNTITLED,
    "v03_txt_table_four_twice_last_year_first.txt": _UNTITLED + " (table 四 alone)",
    "v04_pdf_untitled_tables_after_the_report.pdf": _UNTITLED + " (after the sign-off, "
    "under the table captions alone)",
}

BLIND = BlindSet("formats17", LIMITS)
test_the_corpus_is_there, test_nothing_wrong, test_every_cell = BLIND.tests()
FILES, TRUTH = BLIND.files, BLIND.truth


def test_a_correction_of_last_years_report_marks_its_table(tmp_path: Path) -> None:
    # v13: this year's report, then 关于《…2022年…年度报告》的更正说明 and a 2022 table 三:
    # this year's table 三 is read (before: the copies disagreed, 168 cells unread)
    name = "v13_txt_correction_of_last_years_report.txt"
    truth = TRUTH[name]
    differ = [k for k, v in truth["cells"].items() if truth["stale"].get(k, v) != v]
    got = govinfo_nlp.parse(FILES / name).to_dict()["tables"]
    assert differ and all(got.get(k) == truth["cells"][k] for k in differ)
    # the notice naming this year's report instead: the table below it is the corrected one
    # (what the page then says), read over the first
    text = (FILES / name).read_text(encoding="utf-8")
    page = tmp_path / "p.txt"
    page.write_text(text.replace("我局2022年", "我局2023年"), "utf-8")
    got = govinfo_nlp.parse(page).to_dict()["tables"]
    assert all(got.get(k) == truth["stale"][k] for k in differ if k.startswith("t3."))


def test_which_notices_mark_another_years_table() -> None:
    lines = [
        "我局2022年政府信息公开工作年度报告中部分数据有误，现将更正后的表格公布如下。",
        "本报告表三部分数据有误，现将更正后的表格公布如下。",
        "我局2023年政府信息公开工作年度报告中部分数据有误，更正如下：",
        "2022年度报告和2021年度报告中部分数据有误，更正如下：",
        "2024年1月复核发现表三有误，更正如下：",
        "2024年1月复核发现本年度报告表三有误，更正如下：",
        "经复核，上年度报告中表三有误，更正如下：",
    ]
    text = "\n".join(lines) + "\n"
    marks = _other_year_corrections(text, 2023)
    # only the first: a report of another year named by its year, and none of this year's
    assert marks == {len(lines[0]) + 1: 2022}
