"""Facts-stage errors found on real-style text (session 16: paraphrase set 9 and the
spent sets 1–8): page marks, review and suit outcomes, hard wraps inside a word.
One case per general rule, hypothesis where the rule is a grammar; rules only
where the rules decide alone, the shipped combination (rules and facts-v3) where
the model takes part."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_facts import by_quantity, facts_of
from test_facts_web_pages import shipped

from govinfo_nlp.breakdown import assign_breakdowns
from govinfo_nlp.facts.fact import Fact

NUMERALS = st.one_of(
    st.integers(1, 120).map(str),
    st.sampled_from(["一", "二", "三", "五", "十", "十二"]),
    st.integers(1, 9).map(lambda n: chr(0xFF10 + n)),
)


@settings(max_examples=40, deadline=None)
@given(
    NUMERALS,
    NUMERALS,
    st.sampled_from([" ", "", "  ", "，", "/", "／", "、"]),
    st.sampled_from([" ", ""]),
    st.booleans(),
    st.sampled_from(["\n", "\n\n", "  "]),
)
def test_a_page_mark_is_no_fact(
    page: str, pages: str, sep: str, pad: str, page_first: bool, brk: str
) -> None:
    # 第 1 页 共 3 页 in a PDF's text layer: a page number and the count of pages
    # beside it are chrome (SCHEMA §3), in either order and any spacing
    this, total = f"第{pad}{page}{pad}页", f"共{pad}{pages}{pad}页"
    mark = f"{this}{sep}{total}" if page_first else f"{total}{sep}{this}"
    text = f"一、总体情况{brk}{mark}{brk}2022年，本机关收到政府信息公开申请12件。"
    facts = facts_of(text)
    assert [f.value for f in facts] == [12]
    assert [f.value for f in shipped(text, 2022)] == [12]


@settings(max_examples=20, deadline=None)
@given(st.integers(2, 40), st.sampled_from(["", " "]))
def test_a_scraped_pager_is_no_fact(pages: int, pad: str) -> None:
    text = f"首页 上一页 1 2 下一页 尾页 共{pad}{pages}{pad}页 跳转到第 页\n全年收到申请12件。"
    assert [f.value for f in facts_of(text)] == [12]


def test_a_count_of_pages_in_prose_stays_a_fact() -> None:
    # no page number beside it: a report-structure count (gold README §3: other)
    text = "本报告共3页，附表2张。全年收到申请12件。"
    assert by_quantity(facts_of(text), text, "3页").type == "other"
    assert by_quantity(shipped(text), text, "3页").type == "other"


# --- review and suit outcomes (SCHEMA §3; datasets/gold/README.md §11, §13.2) ---

OUTCOME_WORDS = {"维持": "upheld", "纠正": "corrected", "其他结果": "other", "尚未审结": "pending"}


def _with_breakdowns(facts: tuple[Fact, ...], text: str) -> tuple[Fact, ...]:
    return assign_breakdowns(facts, None, text)


@settings(max_examples=15, deadline=None)
@given(
    st.permutations(list(OUTCOME_WORDS)),
    st.lists(st.integers(1, 9), min_size=4, max_size=4),
    st.sampled_from(["、", "，"]),
    st.sampled_from(["其中", "", "其中结果"]),
    st.sampled_from(["行政复议", "被申请行政复议", "引起行政复议"]),
    st.booleans(),
)
def test_a_correction_in_a_reviews_outcome_list_is_a_part_of_it(
    order: list[str], counts: list[int], sep: str, lead: str, review: str, suit_after: bool
) -> None:
    # 行政复议9件，其中维持4件、纠正1件…: the corrected cases are some of the nine
    total = sum(counts)
    items = sep.join(f"{w}{n}件" for w, n in zip(order, counts, strict=True))
    tail = "；被提起行政诉讼40件，均为直接起诉。" if suit_after else "。"
    text = f"本机关因政府信息公开{review}{total}件，{lead}{items}{tail}"
    corrected = counts[order.index("纠正")]
    at = text.index(f"纠正{corrected}件") + 2
    for facts in (facts_of(text), shipped(text)):
        f = next(f for f in _with_breakdowns(facts, text) if f.quantity_start == at)
        assert f.type == "appeals.review", f.explanation
        assert f.breakdown == "t4.review.corrected"
        if suit_after:
            assert by_quantity(facts, text, "40件").type == "appeals.suit"


@pytest.mark.parametrize(
    ("text", "qty", "kind"),
    [
        # a suit's own list after the review's, past a semicolon
        ("行政复议6件，其中纠正1件；被提起行政诉讼4件，其中败诉1件。", "1件。", "appeals.suit"),
        ("因政府信息公开引起行政复议1件，结果纠正1件。", "1件。", "appeals.review"),
        # the list's first item names its kind; its total told before
        ("申请行政复议27件，被提起行政诉讼9件；复议维持20件、纠正2件。", "2件", "appeals.review"),
        (
            "被申请行政复议19件，被提起行政诉讼8件。行政复议中维持14件，纠正1件。",
            "1件",
            "appeals.review",
        ),
        # the review body named in the item
        ("因政府信息公开行政复议1件，复议机关决定撤销原答复1件。", "1件。", "appeals.review"),
        # standing alone, a statement of its own, over both kinds: appeals.corrected
        ("全年被复议纠错1件。", "1件", "appeals.corrected"),
        ("行政复议14件，行政诉讼6件，被依法纠正1件。", "1件", "appeals.corrected"),
        ("因政府信息公开引起行政复议9件，行政诉讼5件，其中败诉1件。", "1件", "appeals.corrected"),
        ("行政复议2件、行政诉讼1件，其中行政复议被纠错1件。", "1件。", "appeals.corrected"),
        ("行政复议12件，行政诉讼26件，其中被复议机关或法院纠正4件。", "4件", "appeals.corrected"),
        # no total stated: the outcomes alone
        ("行政复议结果维持21件、纠正3件、尚未审结5件。", "3件", "appeals.corrected"),
    ],
)
def test_which_corrections_are_parts(text: str, qty: str, kind: str) -> None:
    at = text.rindex(qty) if qty.endswith("。") else text.index(qty)
    for facts in (facts_of(text), shipped(text)):
        f = next(f for f in facts if f.quantity_start == at)
        assert f.type == kind, f.explanation
