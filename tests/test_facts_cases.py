"""Counts inside a case told as an example are `other` (cues.json ``not_held.example``).

SCHEMA §3 makes every quantity with a counter a fact; what one applicant or one
case did (某企业一次性提出申请15件, 申请人张某先后提出6件) is neither the agency's
count of the year nor a part the report states of it: no table row holds it,
and typed ``requests.received`` it would be summed with the year's total. Its
scope is `unknown`: one case's count is neither the agency's nor an area's (as
paraphrase set 9's blind annotator read b04 and b07).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_facts import by_quantity, facts_of

# (text, quantity, type) in a report of 2022: verdicts14's three, then others
CASES = [
    (
        "我局收到政府信息公开申请47件。其中典型案例：某房地产企业一次性提出申请15件，"
        "要求公开某地块出让信息。",
        "15件",
        "other",
    ),
    ("另有申请人张某先后提出6件重复申请。", "6件", "other"),
    ("因政府信息公开被提起行政诉讼的案件中，如某村民诉我局一案涉及申请3件。", "3件", "other"),
    ("典型案件：申请人陈某因对我局答复不服，先后提起行政复议3次，均被维持。", "3次", "other"),
    ("例如，有申请人一次提交申请20件，我局逐件答复。", "20件", "other"),
    # a quoted case called an example after it (paraphrase9 b04, b07: tuned, read after
    # the set's first reading)
    ("以“某单位对1件申请超期答复被复议纠错”为案例讲解答复时限。", "1件", "other"),
    ("以“申请人一次申请公开20项信息如何答复”为例进行讲解。", "20项", "other"),
]

# (text, quantity, type): no case told before the count
NOT_CASES = [
    # the year's total before a case, and a case count after it in another sentence
    (
        "我局收到政府信息公开申请47件。其中典型案例：某企业提出申请15件。",
        "47件",
        "requests.received",
    ),
    ("如某村民诉我局一案，法院判决驳回。全年行政诉讼2件。", "2件", "appeals.suit"),
    # cases the agency published are counted items, not counts inside a case
    ("召开新闻发布会8次，发布典型案例46个。", "8次", "proactive.press_conferences"),
    # 如 as 如期/如实 and 某 in a place's name are no case
    ("全年受理申请12件，均如期答复。", "12件", "requests.received"),
    ("全年如实公开政府信息56条。", "56条", "proactive.items"),
]


@pytest.mark.parametrize(("text", "qty", "kind"), CASES)
def test_a_count_inside_a_case_is_other(text: str, qty: str, kind: str) -> None:
    f = by_quantity(facts_of(text, year=2022), text, qty)
    assert (f.type, f.rule, f.scope) == (kind, "cue:example", "unknown")


@pytest.mark.parametrize(("text", "qty", "kind"), NOT_CASES)
@pytest.mark.parametrize("model", [None, "auto"])
def test_a_count_outside_a_case_keeps_its_type(
    text: str, qty: str, kind: str, model: str | None
) -> None:
    f = by_quantity(facts_of(text, year=2022, model=model), text, qty)
    assert f.type == kind


@settings(max_examples=60, deadline=None)
@given(
    party=st.sampled_from(
        ["申请人王某", "申请人李某某", "某企业", "某科技公司", "某村民", "某律师", "申请人刘某"]
    ),
    verb=st.sampled_from(["先后提出申请", "一次性提交申请", "向我局申请公开", "共提出"]),
    n=st.integers(2, 99),
    opener=st.sampled_from(["", "典型案例：", "例如，", "其中，"]),
)
def test_a_pseudonymous_party_makes_its_count_a_case(
    party: str, verb: str, n: int, opener: str
) -> None:
    text = f"全年收到申请120件。{opener}{party}{verb}{n}件，我局依法答复。"
    facts = facts_of(text, year=2022, model="auto")
    assert by_quantity(facts, text, f"{n}件").type == "other"
    assert by_quantity(facts, text, "120件").type == "requests.received"
