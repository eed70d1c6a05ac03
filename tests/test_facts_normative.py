"""``proactive.normative`` counts 规范性文件 the agency made, issued or disclosed
this year (SCHEMA §3); forwarded, drafted and draft documents are `other`
(rules.jsonl ``other.normative_not_issued``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_facts import by_quantity, facts_of

# (text, quantity, type) in a report of 2022
CASES = [
    ("转发上级规范性文件8件。", "8件", "other"),
    ("参与起草规范性文件4件。", "4件", "other"),
    ("公开征求意见的规范性文件草案6件。", "6件", "other"),
    ("转发省政府规范性文件3件，制发规范性文件2件。", "3件", "other"),
    ("转发省政府规范性文件3件，制发规范性文件2件。", "2件", "proactive.normative"),
    # drafted and issued: issued
    ("起草并印发规范性文件3件。", "3件", "proactive.normative"),
    ("制发规范性文件5件，均公开征求意见。", "5件", "proactive.normative"),
    # reposts of information stay items
    ("转发信息12条。", "12条", "proactive.items"),
]


@pytest.mark.parametrize(("text", "qty", "kind"), CASES)
@pytest.mark.parametrize("model", [None, "auto"])
def test_documents_not_issued_are_other(text: str, qty: str, kind: str, model: str | None) -> None:
    f = by_quantity(facts_of(text, year=2022, model=model), text, qty)
    assert f.type == kind


@settings(max_examples=60, deadline=None)
@given(
    verb=st.sampled_from(["转发", "参与起草", "起草", "代拟", "草拟", "转发上级"]),
    whose=st.sampled_from(["", "省政府", "市政府", "国务院部门"]),
    noun=st.sampled_from(["规范性文件", "行政规范性文件", "规范性文件草案"]),
    n=st.integers(1, 99),
    counter=st.sampled_from(["件", "份", "个"]),
)
def test_forwarded_or_drafted_documents_are_not_issued(
    verb: str, whose: str, noun: str, n: int, counter: str
) -> None:
    text = f"全年{verb}{whose}{noun}{n}{counter}。"
    f = by_quantity(facts_of(text, year=2022, model="auto"), text, f"{n}{counter}")
    assert f.type == "other"


# The 2019 template's prose of its first table (verdicts18: v18_02, v18_05, v18_06, v18_13,
# v18_16, v18_20): the count of 规范性文件 made after a mixed list of items (…等信息318条,),
# the published count with its noun left out (新公开3件), and the stock at the year's end.
TEMPLATE_2019 = [
    # the mixed list 等信息 is the 318's: it does not make the next clause's count items
    (
        "全年主动公开商务政策、外贸数据等信息318条，新制作规范性文件1件。",
        "1件",
        "proactive.normative",
    ),
    (
        "全年主动公开商务政策、外贸数据等信息318条，新制作规范性文件1件。",
        "318条",
        "proactive.items",
    ),
    (
        "主动公开衛生監督執法等信息986條，新制作規範性文件5件、新公開5件。",
        "5件、",
        "proactive.normative",
    ),
    (
        "主动公开衛生監督執法等信息986條，新制作規範性文件5件、新公開5件。",
        "5件。",
        "proactive.normative",
    ),
    ("新制作规范性文件6件，新公开6件，对外公开总数量58件。", "6件，新", "proactive.normative"),
    ("新制作规范性文件6件，新公开6件，对外公开总数量58件。", "6件，对", "proactive.normative"),
    # a stock of every year's documents is not this year's
    ("新制作规范性文件2件，截至年底对外公开规范性文件共19件。", "19件", "other"),
    ("截至2020年底共有规范性文件38件。", "38件", "other"),
    # a mixed list in the count's own clause is still items
    ("主动公开规章、规范性文件等112件。", "112件", "proactive.items"),
    ("公开规范性文件等信息16条。", "16条", "proactive.items"),
    # a noun of its own, or another sentence: no noun left out
    ("新制作规范性文件6件，新公开信息6条。", "6条", "proactive.items"),
    ("印发规范性文件3件。新公开5件。", "5件", "proactive.items"),
]


def _at(text: str, qty: str) -> str:
    """``qty`` as the quantity text: a trailing mark only tells two equal counts apart."""
    return qty.rstrip("，、。对新")


@pytest.mark.parametrize(("text", "qty", "kind"), TEMPLATE_2019)
@pytest.mark.parametrize("model", [None, "auto"])
def test_2019_template_normative_prose(text: str, qty: str, kind: str, model: str | None) -> None:
    facts = facts_of(text, year=2019, model=model)
    start = text.index(qty)
    f = next(f for f in facts if f.quantity_start == start)
    assert text[f.quantity_start : f.quantity_end] == _at(text, qty)
    assert f.type == kind


@settings(max_examples=60, deadline=None)
@given(
    items=st.sampled_from(["信息", "商务政策、外贸数据等信息", "环境执法等信息", "政策文件等信息"]),
    m=st.integers(100, 9999),
    made=st.integers(1, 99),
    published=st.integers(1, 99),
    noun=st.sampled_from(["规范性文件", "行政规范性文件", "規範性文件"]),
    verb=st.sampled_from(["新公开", "新公開", "本年新公开", "印发"]),
    mark=st.sampled_from(["，", "、", ","]),
)
def test_made_and_published_normative_after_items(
    items: str, m: int, made: int, published: int, noun: str, verb: str, mark: str
) -> None:
    text = f"全年主动公开{items}{m}条，新制作{noun}{made}件{mark}{verb}{published}件。"
    facts = facts_of(text, year=2019, model=None)
    by_start = {f.quantity_start: f for f in facts}
    made_at = text.index(f"{made}件{mark}")
    published_at = text.rindex(f"{published}件。")
    assert by_start[made_at].type == "proactive.normative"
    assert by_start[published_at].type == "proactive.normative"
    assert by_start[text.index(f"{m}条")].type == "proactive.items"
