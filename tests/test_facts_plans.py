"""A count the agency plans keeps its type and carries the year planned for
(datasets/gold/README.md §12; cues.json ``plan``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_facts import by_quantity, facts_of

# (text, quantity, type, year) in a report of 2022
PLANNED = [
    # §12's own examples: a year written is the year planned for, none is the next
    ("2024年将开展业务培训2次。", "2次", "training.sessions", 2024),
    ("下一步，计划发布解读材料不少于10篇。", "不少于10篇", "proactive.interpretations", 2023),
    ("今后，我局将组织开展政务公开培训2期。", "2期", "training.sessions", 2023),
    ("明年计划召开新闻发布会3场。", "3场", "proactive.press_conferences", 2023),
    # 全年 in a plan is the year planned for, not the report's
    ("计划全年主动公开政府信息不少于500条。", "不少于500条", "proactive.items", 2023),
    ("2024年，我局将加强培训，计划全年开展培训3次。", "3次", "training.sessions", 2024),
    # an adverb opening the paragraph makes its later sentences plans
    ("下一步，我局将重点做好以下工作。一是全年开展培训2次。", "2次", "training.sessions", 2023),
    ("（二）下一步，重点做好以下工作。开展专项检查2次。", "2次", "supervision.inspections", 2023),
    # a frequency stays other, for the year planned for
    ("下一步，重点做好以下工作。每季度开展自查1次。", "1次", "other", 2023),
    # 不少于 is written only of plans (gold §11)
    ("开展政务公开培训不少于3次。", "不少于3次", "training.sessions", 2023),
    # a rate target stays other, for the year planned for
    ("力争政务公开满意度达到95%以上。", "95%以上", "other", 2023),
]

# (text, quantity, type, year) in a report of 2022: no plan
DONE = [
    # 将 as the preposition before its object
    ("我局将政务公开纳入年度考核，全年开展考核2次。", "2次", "supervision.inspections", 2022),
    ("将收到的12件申请全部按时办结。", "12件", None, 2022),
    # 计划 as a noun
    ("全年发布计划生育信息12条。", "12条", "proactive.items", 2022),
    ("公开规划计划类信息9条。", "9条", "proactive.items", 2022),
    # 即将, 将近
    ("即将发布信息3条。", "3条", "proactive.items", 2022),
    # carried over to the next year: the report year's applications
    ("办结257件，结转下年度17件。", "17件", None, 2022),
    # the plan comes after the count
    ("2022年，我局共受理申请5件。下一步，我局将继续加强培训。", "5件", "requests.received", 2022),
    ("全年开展培训3次，为今后工作打下基础。", "3次", "training.sessions", 2022),
]


@pytest.mark.parametrize(("text", "qty", "kind", "year"), PLANNED)
@pytest.mark.parametrize("model", [None, "auto"])
def test_a_plan_keeps_its_type_and_carries_its_year(
    text: str, qty: str, kind: str, year: int, model: str | None
) -> None:
    f = by_quantity(facts_of(text, year=2022, model=model), text, qty)
    assert (f.type, f.year) == (kind, year)


@pytest.mark.parametrize(("text", "qty", "kind", "year"), DONE)
def test_a_count_of_the_year_is_no_plan(text: str, qty: str, kind: str | None, year: int) -> None:
    f = by_quantity(facts_of(text, year=2022), text, qty)
    assert f.year == year
    if kind is not None:
        assert f.type == kind


def test_the_plan_is_explained() -> None:
    text = "下一步，我局将组织开展政务公开培训2期。"
    f = by_quantity(facts_of(text, year=2022), text, "2期")
    assert any("(plan)" in line for line in f.explanation)


@settings(max_examples=60, deadline=None)
@given(
    opener=st.sampled_from(["下一步，", "今后，", "明年，", "2023年，我局将", "我局将继续"]),
    verb=st.sampled_from(["开展政务公开培训", "召开新闻发布会", "组织专项检查"]),
    n=st.integers(min_value=1, max_value=99),
    counter=st.sampled_from(["次", "场", "期"]),
    report_year=st.integers(min_value=2008, max_value=2030),
)
def test_any_plan_is_for_a_later_year_and_a_past_count_is_not(
    opener: str, verb: str, n: int, counter: str, report_year: int
) -> None:
    # the same count written as a plan and as done: only the plan moves its year
    plan = f"{opener}{verb}{n}{counter}。"
    done = f"全年{verb}{n}{counter}。"
    (p,) = facts_of(plan, year=report_year)
    (d,) = facts_of(done, year=report_year)
    assert p.type == d.type
    assert d.year == report_year
    assert p.year == (2023 if opener.startswith("2023") else report_year + 1)
