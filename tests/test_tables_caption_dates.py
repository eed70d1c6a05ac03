"""Years that are dates, not the year of a table or a report (session 30; red30's blind probes
of tables30's branch: tc1, tc2, ht1-ht4).

tables30's one year pattern read Chinese-numeral years in captions and notices too, and its
notice rule marked the table under a correction of another year's report as that year's.
red30 found four pages with 8-10 stale cells and a false `inconsistent` each:
tc1/tc2, a correction of THIS report named by the month it was published
(我局2024年初发布的…年度报告中…有误，现将更正后的表格公布如下, 我局于二〇二四年一月发布的…): the
corrected table was marked 2024's and the first print's table 三 read; ht1, a cut-off line
(（数据统计截至二〇二四年一月十日）) over this year's table 三, after a stale untitled copy:
this year's HTML table taken for 2024's and dropped, the stale copy read; ht3, a comparison
remark (（对照二〇二二年统计数据，本年度…）) taken for a caption of 2022's tables over this
year's. ht2/ht4, the same with digits, were wrong on the start code too. What a user
expects: a year marks a table only where the caption says the table IS that year's; a date
(截至…, 2024年1月, 对照/较/与 a year) never does; a report published in year Y+1 is year Y's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import ROOT, load_module

import govinfo_nlp
from govinfo_nlp.tables.extract import _report_years

probes = load_module("table_probes", ROOT / "datasets" / "redteam" / "table_probes.py")
CUR, OLD, CUR_V, OLD_V = probes.CUR, probes.OLD, probes.CUR_V, probes.OLD_V
H = dict(probes.HEADS)
INTRO = "<p>一、总体情况</p><p>本年度，我局共收到政府信息公开申请19件。</p>"


def _page(body: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>年报</title></head><body>'
        f"<h1>{probes.TITLE}</h1>{INTRO}{body}</body></html>"
    )


def _first_print_with_last_years_t3() -> str:
    return (
        f"<p>{H['t2']}</p>{CUR['t2']}<p>{H['t3']}</p>{OLD['t3']}<p>{H['t4']}</p>{CUR['t4']}"
        + probes.FIVE
    )


def _cutoff_over_t3(line: str) -> str:
    return (
        probes.block(OLD)
        + f"<p>{H['t2']}</p>{CUR['t2']}<p>{H['t3']}</p><p>{line}</p>{CUR['t3']}"
        + f"<p>{H['t4']}</p>{CUR['t4']}"
        + probes.FIVE
    )


PAGES = {
    "tc1": _first_print_with_last_years_t3()
    + "<p>更正说明：我局2024年初发布的政府信息公开工作年度报告中，表三部分数据有误，"
    "现将更正后的表格公布如下。</p>" + CUR["t3"],
    "tc2": _first_print_with_last_years_t3()
    + "<p>更正说明：我局于二〇二四年一月发布的政府信息公开工作年度报告中，表三部分数据有误，"
    "现将更正后的表格公布如下。</p>" + CUR["t3"],
    "tc3": probes.block(CUR)
    + probes.FIVE
    + "<p>更正说明：我局2022年政府信息公开工作年度报告中，表三部分数据有误，"
    "现将更正后的表格公布如下。</p>" + OLD["t3"],
    "ht1": _cutoff_over_t3("（数据统计截至二〇二四年一月十日）"),
    "ht2": _cutoff_over_t3("（数据统计截至2024年1月10日）"),
    "ht3": probes.block(OLD)
    + "<p>（对照二〇二二年统计数据，本年度申请数量明显下降）</p>"
    + probes.block(CUR)
    + probes.FIVE,
    "ht4": probes.block(OLD)
    + "<p>（对照2022年统计数据，本年度申请数量明显下降）</p>"
    + probes.block(CUR)
    + probes.FIVE,
}


def _doc(tmp_path: Path, name: str) -> dict[str, Any]:
    path = tmp_path / f"{name}.html"
    path.write_text(_page(PAGES[name]), encoding="utf-8")
    return govinfo_nlp.parse(path).to_dict()


def test_no_date_marks_a_table_and_no_stale_cell_is_read(tmp_path: Path) -> None:
    for name in PAGES:
        doc = _doc(tmp_path, name)
        got = doc["tables"]
        wrong = [k for k, v in got.items() if k in CUR_V and v != CUR_V[k]]
        accused = [r for r in doc["reconciliation"] if r["verdict"] == "inconsistent"]
        assert (wrong, accused) == ([], []), name


def test_a_correction_of_the_report_published_next_year_is_read(tmp_path: Path) -> None:
    # tc1/tc2: the report published in 2024 is the 2023 report: its corrected table 三 is
    # read; tc3: a correction of the 2022 report: this year's table 三 is read
    for name in ("tc1", "tc2", "tc3"):
        got = _doc(tmp_path, name)["tables"]
        assert {k: got.get(k) for k in CUR_V} == CUR_V, name


def test_the_years_of_the_reports_a_sentence_names() -> None:
    assert _report_years("我局2024年初发布的政府信息公开工作年度报告中") == [2023]
    assert _report_years("我局于二〇二四年一月发布的年度报告") == [2023]
    assert _report_years("我局2024年1月10日印发的报告") == [2023]
    assert _report_years("经2024年1月复核，2022年度报告有误") == [2022]
    assert _report_years("数据统计截至2024年1月10日") == []
    assert _report_years("我局2022年政府信息公开工作年度报告中") == [2022]
