"""red28, the red team of session 28's own changes (written blind to the library's output):
no page's metadata is WRONG or invented (a null is safe), and the pages the session's fixes
read right stay right; a report given in its tables only, under a sidebar of another body's
reports, is no list page (hypothesis over the sidebar's bodies and years and the report's
parts)."""

from __future__ import annotations

import pytest
from conftest import redteam_set
from hypothesis import given, settings
from hypothesis import strategies as st

import govinfo_nlp

score, CASES = redteam_set("red28")
# right in every field the truth gives (m06: a table-only report beside another body's list;
# m08: 龙湾区分局 completed from 发布机构; m02-m04, null from session 28's link rule until
# session 29: the own dated heading under its own links, a crumb's 历年报告 column)
RIGHT = {"m01", "m02", "m03", "m04", "m05", "m06", "m08", "m09", "m10", "m11", "m12"}


@pytest.mark.parametrize("name", CASES)
def test_red28_nothing_wrong(name: str) -> None:
    bad = [p for p in score.problems(name) if "WRONG" in p or "invented" in p]
    assert bad == []


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_red28_right(name: str) -> None:
    assert score.problems(name) == []


OWN = "宣城市人民政府办公室"
BODIES = ["宣城市财政局", "宣城市教育局", "宣城市民政局", "广德市人民政府办公室"]
PARTS = [
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
]


@settings(max_examples=40, deadline=None)
@given(
    side=st.lists(
        st.tuples(st.sampled_from(BODIES), st.integers(2019, 2023)),
        min_size=2,
        max_size=5,
        unique=True,
    ),
    part=st.sampled_from(PARTS),
    before=st.booleans(),
)
def test_table_only_report_is_no_list(side: list[tuple[str, int]], part: str, before: bool) -> None:
    """A report with no sentence (its tables only) and one of its part headings, its title
    above or below a sidebar of other bodies' reports: its own body and year, never a
    sidebar's (red28 m06 read 宣城市财政局 and no year). (A sidebar of ONE title above the
    page's: which line is the page's heading is not certain; not asked here.)"""
    links = [f"{body}{year}年政府信息公开工作年度报告" for body, year in side]
    own = [f"{OWN}2023年政府信息公开工作年度报告", "发布日期：2024-01-28"]
    body = [part, "本年新收政府信息公开申请 6件；予以公开 4件"]
    lines = [*own, "", *links, "", *body] if before else [*links, "", *own, *body]
    meta = govinfo_nlp.parse("\n".join(lines) + "\n").to_dict()["metadata"]
    assert meta["agency"] in (OWN, None)
    assert meta["year"] in (2023, None)
    assert meta["agency"] == OWN or meta["agency"] is None


def test_a_list_without_parts_is_still_a_list() -> None:
    """The fix keeps meta28's list pages: titles alone (no part heading) give no year."""
    lines = [
        f"{b}{y}年政府信息公开工作年度报告"
        for b, y in (("宣城市财政局", 2023), ("宣城市教育局", 2022))
    ]
    meta = govinfo_nlp.parse("搜索结果\n" + "\n".join(lines) + "\n").to_dict()["metadata"]
    assert meta["year"] is None
    assert meta["agency"] is None


def test_a_cited_partner_completes_no_branch() -> None:
    """龙湾区分局 in the title and only a partner's whole name (联合温州市公安局龙湾区分局):
    not completed from it (red28 m07); the whole name in 发布机构 still is (m08)."""
    head = "龙湾区分局2023年政府信息公开工作年度报告\n"
    body = "2023年，我分局联合温州市公安局龙湾区分局开展专项行动。\n一、总体情况\n全年主动公开信息64条。\n"
    assert govinfo_nlp.parse(head + body).to_dict()["metadata"]["agency"] is None
    labelled = head + "发布机构：温州市公安局龙湾区分局\n" + body
    assert govinfo_nlp.parse(labelled).to_dict()["metadata"]["agency"] == "温州市公安局龙湾区分局"


_FACTS_HEAD = (
    "杭州市西湖区市场监督管理局2023年政府信息公开工作年度报告\n"
    "根据《中华人民共和国政府信息公开条例》规定，现公布本局2023年政府信息公开工作年度报告。\n"
    "一、总体情况\n"
)


def _years(sentence: str) -> dict[int, set[int | None]]:
    facts = govinfo_nlp.parse(_FACTS_HEAD + sentence + "\n二、主动公开政府信息情况\n").to_dict()[
        "facts"
    ]
    out: dict[int, set[int | None]] = {}
    for f in facts:
        out.setdefault(f["value"], set()).add(f["year"])
    return out


@settings(max_examples=15, deadline=None)
@given(
    counts=st.lists(st.integers(1000, 99999), min_size=3, max_size=3, unique=True),
    years=st.sampled_from([(2022, 2021), (2021, 2020), (2022, 2020)]),
)
def test_a_thousands_comma_closes_no_other_years_note(
    counts: list[int], years: tuple[int, int]
) -> None:
    """red28 y05: 、2021年分别为1,200条和1,080条 was read as a note of another year closed at
    the comma of 1,200, its 2021年 dropped: 1,080 dated 2022. Counts written with
    thousands commas date as those written without."""
    a, b, c = counts
    y1, y2 = years
    sentence = f"全年主动公开政府信息{a:,}条，{y1}年、{y2}年分别为{b:,}条和{c:,}条。"
    got = _years(sentence)
    assert got.get(a) in (None, {2023})
    assert got.get(b) in (None, {y1})
    assert got.get(c) in (None, {y2})
    plain = _years(f"全年收到申请{a:,}件，上年为{b:,}件，办结{c:,}件。")
    assert plain.get(b) in (None, {2022})
    assert plain.get(c) in (None, {2023})
