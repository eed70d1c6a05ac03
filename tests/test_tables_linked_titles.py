"""Report titles with the year in a bracket, given as links, or quoted in prose, on a page of
two reports (session 30; red29 a01-a04).

red29 counted table 四 (and the rows the two reports disagree on) unread on pages holding
this year's report and last year's: a01, last year's title also in a 历年报告 list above the
page's heading; a02/a03, titles whose year is a bracketed note (某局…年度报告（2023年度）),
in either order; a04, another body's report appended, its title quoted in the row's prose.
The page split (tables/reports.py) took the later title for the row's report's own title
again (the note stripped made 2023's and 2022's titles one; the list's link and the quote
were "the text before it"), so the two reports were weighed as copies of one, and nothing
told them apart: the year in a bracket was no title's year. Worse, with 【2022年】某局… and
【2023年】某局… and last year's report first, last year's tables were read (12 stale cells).
What a user expects: a title in a link list or a quote is no title of this page; a
bracketed year is the title's year; the row's report's tables are read, never another's."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from conftest import ROOT, load_module
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govinfo_nlp
from govinfo_nlp.reconcile.claimant import report_titles

probes = load_module("table_probes", ROOT / "datasets" / "redteam" / "table_probes.py")
NAME = probes.NAME
OTHER = "宣城市市场监督管理局综合行政执法支队"
STYLES = {
    "note": "{n}政府信息公开工作年度报告（{y}年度）",
    "paren": "{n}政府信息公开工作年度报告({y}年)",
    "bare": "{n}政府信息公开工作年度报告（{y}）",
    "lenticular": "【{y}年】{n}政府信息公开工作年度报告",
    "square": "[{y}]{n}政府信息公开工作年度报告",
}
FIVE = ("五、存在的主要问题及改进情况", "无。")


@cache
def _copies(layout: str) -> tuple[dict[str, str], dict[str, Any], dict[str, str]]:
    cur, cur_v = probes.tables(2023, 19, 13, 37, 1, layout=layout)
    old, _ = probes.tables(2022, 46, 31, 29, 3, layout=layout)
    return cur, cur_v, old


def _doc(tmp_path: Path, layout: str, parts: list[tuple[str, str]]) -> dict[str, Any]:
    """The page of ``parts`` (("p", a line) or ("cur"/"old", that year's tables)) parsed."""
    cur, _, old = _copies(layout)
    html = layout == "html"
    text = ""
    for kind, value in parts:
        if kind == "p":
            text += f"<p>{value}</p>" if html else value + "\n"
        else:
            for key, head in probes.HEADS:
                text += (f"<p>{head}</p>" if html else head + "\n") + (
                    cur if kind == "cur" else old
                )[key]
            text += "".join(f"<p>{w}</p>" if html else w + "\n" for w in FIVE)
    if html:
        text = f'<html><head><meta charset="utf-8"></head><body>{text}</body></html>'
    path = tmp_path / ("r.html" if html else "r.txt")
    path.write_text(text, encoding="utf-8")
    return govinfo_nlp.parse(path).to_dict()


def _overview(n: int) -> list[tuple[str, str]]:
    return [("p", "一、总体情况"), ("p", f"本年度，我局共收到政府信息公开申请{n}件。")]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    layout=st.sampled_from(["html", "pipe"]),
    style=st.sampled_from(sorted(STYLES)),
    this_first=st.booleans(),
)
def test_bracket_year_titles_tell_the_reports_apart(
    tmp_path: Path, layout: str, style: str, this_first: bool
) -> None:
    t23, t22 = (STYLES[style].format(n=NAME, y=y) for y in (2023, 2022))
    if this_first:
        # red29 a02: this year's report titled so, last year's appended under its title
        parts = [("p", t23), *_overview(19), ("cur", ""), ("p", "附件：" + t22)]
        parts += [*_overview(46), ("old", "")]
    else:
        # red29 a03: under this year's heading, 附件1 last year's report, 附件2 this year's
        parts = [("p", probes.TITLE), ("p", "附件1：" + t22), *_overview(46), ("old", "")]
        parts += [("p", "附件2：" + t23), *_overview(19), ("cur", "")]
    doc = _doc(tmp_path, layout, parts)
    _, cur_v, _ = _copies(layout)
    got = doc["tables"]
    case = (layout, style, this_first, doc["metadata"]["year"])
    assert [k for k, v in got.items() if k in cur_v and v != cur_v[k]] == [], case
    if doc["metadata"]["year"] == 2023:
        assert {k: got.get(k) for k in cur_v} == cur_v, case


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(layout=st.sampled_from(["html", "pipe"]), style=st.sampled_from(sorted(STYLES)))
def test_last_years_report_first_under_bracket_titles_is_never_read(
    tmp_path: Path, layout: str, style: str
) -> None:
    # the page's heading this year's, last year's report first and no report of this
    # year after it (another year's): no table of last year's is read as this year's
    t22, t21 = (STYLES[style].format(n=NAME, y=y) for y in (2022, 2021))
    parts = [("p", probes.TITLE), ("p", "附件1：" + t22), *_overview(46), ("old", "")]
    parts += [("p", "附件2：" + t21), *_overview(19), ("cur", "")]
    doc = _doc(tmp_path, layout, parts)
    _, cur_v, _ = _copies(layout)
    old_v = probes.tables(2022, 46, 31, 29, 3, layout=layout)[1]
    stale = [k for k, v in doc["tables"].items() if v == old_v.get(k) != cur_v.get(k)]
    assert stale == [], (layout, style)


def test_a_title_in_a_list_of_links_above_is_no_title_of_the_page(tmp_path: Path) -> None:
    # red29 a01: 历年报告 links (last year's, the year before's) right above the page's
    # heading; this year's report, then last year's appended under its title
    t22 = f"{NAME}2022年政府信息公开工作年度报告"
    t21 = f"{NAME}2021年政府信息公开工作年度报告"
    for layout in ("html", "pipe"):
        parts = [("p", "历年报告"), ("p", t22), ("p", t21), ("p", probes.TITLE), *_overview(19)]
        parts += [("cur", ""), ("p", "附件：" + t22), *_overview(46), ("old", "")]
        doc = _doc(tmp_path, layout, parts)
        _, cur_v, _ = _copies(layout)
        assert {k: doc["tables"].get(k) for k in cur_v} == cur_v, layout


def test_a_title_quoted_in_prose_is_no_title_of_the_page(tmp_path: Path) -> None:
    # red29 a04: the row's prose quotes another body's report of the year, appended after
    # the row's report under its own title
    other = f"{OTHER}2023年政府信息公开工作年度报告"
    for layout in ("html", "pipe"):
        parts = [("p", probes.TITLE), ("p", f"我局指导{OTHER}编制并发布了《{other}》。")]
        parts += [*_overview(19), ("cur", ""), ("p", other), *_overview(46), ("old", "")]
        doc = _doc(tmp_path, layout, parts)
        _, cur_v, _ = _copies(layout)
        assert {k: doc["tables"].get(k) for k in cur_v} == cur_v, layout


def test_report_titles_read_a_bracketed_year() -> None:
    text = "\n".join(
        [
            f"{NAME}政府信息公开工作年度报告（2023年度）",
            "正文",
            f"附件：【2022年】{NAME}政府信息公开工作年度报告",
            f"[2021]{NAME}政府信息公开工作年度报告",
            f"{NAME}政府信息公开工作年度报告（征求意见稿）",
        ]
    )
    assert report_titles(text).years == (2023, 2022, 2021)
