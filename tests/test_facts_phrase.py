"""A fact's phrase (trigger … quantity) never reaches over a quantity of an earlier
clause of its sentence: a noun left out after an earlier count is that count's
(subjects.py ``subject_of`` ``floor``); counts joined by 、 share their verb."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_facts import by_quantity, facts_of

# (text, quantity, phrase, subject) in a report of 2022
PHRASES = [
    # verdicts14 v21: the new count's phrase held the carried-in part before it
    ("全年共受理申请35件（含上年结转3件），本年新收32件。", "32件", "本年新收32件", "申请"),
    ("收到申请12件，办结11件。", "11件", "办结11件", "申请"),
    ("收到政府信息公开申请12件，办结11件。", "11件", "办结11件", "申请"),
    # a noun of its own clause stays the subject
    ("收到申请12件，其中网上申请5件。", "5件", "其中网上申请5件", "网上申请"),
    ("办结政府信息依申请公开65件。", "65件", "办结政府信息依申请公开65件", "政府信息依申请公开"),
    # counts joined by 、 share the verb before them (paraphrase9 b40)
    (
        "收到申请19件，分别通过网上和信函方式提交15件、4件。",
        "4件",
        "分别通过网上和信函方式提交15件、4件",
        "申请",
    ),
]


@pytest.mark.parametrize(("text", "qty", "phrase", "subject"), PHRASES)
def test_a_phrase_stops_at_the_quantity_before_it(
    text: str, qty: str, phrase: str, subject: str
) -> None:
    f = by_quantity(facts_of(text, year=2022), text, qty)
    assert (text[f.start : f.end], f.subject) == (phrase, subject)


_CLAUSES = st.sampled_from(
    [
        "收到申请{n}件",
        "办结{n}件",
        "答复{n}件",
        "本年新收{n}件",
        "（含上年结转{n}件）",
        "其中予以公开{n}件",
        "主动公开政府信息{n}条",
        "发布政策解读{n}篇",
        "受理行政复议{n}件",
        "开展培训{n}次",
    ]
)


@settings(max_examples=80, deadline=None)
@given(clauses=st.lists(_CLAUSES, min_size=2, max_size=5), n=st.integers(1, 900))
def test_no_phrase_holds_another_quantity(clauses: list[str], n: int) -> None:
    text = "，".join(c.format(n=n + k) for k, c in enumerate(clauses)) + "。"
    facts = facts_of(text, year=2022, model="auto")
    for f in facts:
        for g in facts:
            if g is not f and "，" in text[g.quantity_end : f.quantity_start]:
                assert not (f.start <= g.quantity_start and g.quantity_end <= f.end), (
                    text[f.start : f.end],
                    text[g.quantity_start : g.quantity_end],
                )
