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
