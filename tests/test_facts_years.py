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


# A bracketed note stating last year's count keeps its year inside its brackets: the
# counts after it are the report year's (verdicts20 v20_02, v20_46). (sentence,
# quantity, year) in a report of 2022.
NOTED = [
    ("全年新收政府信息公开申请28件（上年19件），上年结转2件。", "2件", 2022),
    ("全年新收申请17件（上年同期为12件），办结16件（上年为14件）。", "16件", 2022),
    ("全年新收申请17件（2021年同期为12件），办结15件。", "15件", 2022),
    ("全年共办结申请27件（2021年为20件），结转下年度继续办理3件。", "3件", 2022),
    # the note's own count is the note's year
    ("全年新收政府信息公开申请28件（上年19件），上年结转2件。", "19件", 2021),
    ("全年新收申请17件（2021年同期为12件），办结15件。", "12件", 2021),
]


@pytest.mark.parametrize(("sentence", "qty", "year"), NOTED)
def test_a_bracketed_note_keeps_its_year_inside(sentence: str, qty: str, year: int) -> None:
    f = by_quantity(facts_of(sentence, year=2022), sentence, qty)
    assert f.year == year


@settings(max_examples=40, deadline=None)
@given(
    note=st.sampled_from(
        ["（上年{n}件）", "（上年同期为{n}件）", "（2021年为{n}件）", "(去年{n}件)"]
    ),
    n=st.integers(10, 99),  # (a two-digit note: never the single-digit count after it)
    after=st.sampled_from([("，办结9件。", "9件"), ("，上年结转4件。", "4件")]),
)
def test_a_count_after_a_bracketed_note_is_the_report_years(
    note: str, n: int, after: tuple[str, str]
) -> None:
    sentence = "全年新收申请30件" + note.format(n=n) + after[0]
    f = by_quantity(facts_of(sentence, year=2022), sentence, after[1])
    assert f.year == 2022
