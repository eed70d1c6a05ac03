"""A year named before a count in its sentence is the count's period unless a
nearer cue intervenes; a year naming a report is a period only where the report
frames the count (cues.json ``year.report``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_facts import by_quantity, facts_of

# (sentence, quantity, year) in a report of 2022
DATED = [
    # the verdict red team's (verdicts14 v35): last year's report quoted
    ("2021年度报告中，我局受理申请7件。", "7件", 2021),
    ("在2021年度报告中，我局受理申请7件。", "7件", 2021),
    ("据2021年度报告，我局受理申请7件。", "7件", 2021),
    ("2021年度报告显示，我局受理申请7件。", "7件", 2021),
    ("2021年政府信息公开工作年度报告中，本机关共收到申请7件。", "7件", 2021),
    ("上一年度报告中，我局受理申请7件。", "7件", 2021),
    # a nearer cue intervenes
    ("2021年度报告中，我局受理申请7件，今年受理9件。", "9件", 2022),
    ("2021年度报告中受理申请7件；2022年，我局受理申请9件。", "9件", 2022),
    # the report year named is the report year
    ("2022年，我局受理申请9件。", "9件", 2022),
    # a report the agency published is no period of the counts after it
    ("按时发布2021年度政府信息公开工作年度报告，受理申请9件。", "9件", 2022),
    ("公开了2021年政府信息公开工作年度报告，发布通知公告4条。", "4条", 2022),
    ("按时公开上一年度报告，受理申请9件。", "9件", 2022),
    # a plan's year is the plan's (cues.json plan)
    ("2023年，我局将开展培训2次。", "2次", 2023),
]


@pytest.mark.parametrize(("sentence", "qty", "year"), DATED)
def test_a_year_named_before_the_count_is_its_period(sentence: str, qty: str, year: int) -> None:
    f = by_quantity(facts_of(sentence, year=2022), sentence, qty)
    assert f.year == year


_NAMES = st.sampled_from(
    ["年度报告", "年政府信息公开工作年度报告", "年度政府信息公开工作年度报告", "年度信息公开报告"]
)
_COUNTS = st.sampled_from(
    [("我局受理申请7件。", "7件"), ("共发布信息12条。", "12条"), ("本机关办结申请5件。", "5件")]
)


@settings(max_examples=60, deadline=None)
@given(
    year=st.integers(2015, 2021),
    name=_NAMES,
    frame=st.sampled_from(["{y}{n}中，", "在{y}{n}中，", "据{y}{n}，", "{y}{n}显示，"]),
    count=_COUNTS,
)
def test_a_report_framing_the_count_gives_its_year(
    year: int, name: str, frame: str, count: tuple[str, str]
) -> None:
    sentence = frame.format(y=year, n=name) + count[0]
    f = by_quantity(facts_of(sentence, year=2022), sentence, count[1])
    assert f.year == year


@settings(max_examples=60, deadline=None)
@given(
    year=st.integers(2015, 2021),
    name=_NAMES,
    verb=st.sampled_from(["按时发布", "公开了", "编制并公布", "按要求报送", "完成"]),
    count=_COUNTS,
)
def test_a_report_published_is_no_period(
    year: int, name: str, verb: str, count: tuple[str, str]
) -> None:
    sentence = f"{verb}{year}{name}，{count[0]}"
    f = by_quantity(facts_of(sentence, year=2022), sentence, count[1])
    assert f.year == 2022
