"""Breakdowns (SCHEMA §3): which part of a total a fact counts, from its own list item.

The phrasings are those of the shared real reports (grep ../shared/reports)
and the issue; each case would be a false ``inconsistent`` if the part were
compared with its total.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govinfo_nlp
from govinfo_nlp import breakdown as breakdown_module
from govinfo_nlp.breakdown import OPEN_PART, assign_breakdowns, breakdown_of, expand_breakdown
from govinfo_nlp.frozen import replaced


@dataclass(frozen=True)
class P:
    type: str
    item: str
    text: str = ""
    subject: str | None = None


CASES = [
    # outcomes of handled applications
    ("requests.closed", "其中予以公开", "t3.granted.total"),
    ("requests.closed", "其中,依申请同意公开", "t3.granted.total"),
    ("requests.closed", "部分公开的", "t3.partial.total"),
    ("requests.closed", "不予公开", "t3.denied.total"),
    ("requests.closed", "本机关无法提供", "t3.unavailable.total"),
    ("requests.closed", "不予处理", "t3.not_processed.total"),
    ("requests.closed", "其他处理的", "t3.other_handling.total"),
    ("requests.closed", "告知通过其他途径办理", "t3.other_handling.total"),
    ("requests.closed", "属于公开范围的", "t3.granted.total"),
    ("requests.closed", "信息不存在的", "t3.unavailable.not_held.total"),
    ("requests.closed", "属于三类内部事务信息的", "t3.denied.internal.total"),
    ("requests.closed", "没有现成信息需要另行制作的", "t3.unavailable.needs_creation.total"),
    ("requests.closed", "予以公开及部分公开", "t3.granted.total+t3.partial.total"),
    ("requests.closed", "不予公开中属于国家秘密的", "t3.denied.state_secret.total"),
    # applicant kinds
    ("requests.received", "自然人申请", "t3.new.natural"),
    ("requests.received", "法人或其他组织申请", "t3.new.legal_or_other"),
    ("requests.received", "为法人申请", "t3.new.legal_or_other"),
    ("requests.closed", "其中自然人", "t3.results_total.natural"),
    ("requests.received", "来自商业企业的", "t3.new.commercial"),
    # channels
    ("requests.received", "以信函形式申请", "channel:信函"),
    ("requests.received", "当面递交", "channel:当面"),
    ("requests.received", "传真", "channel:传真"),
    ("requests.received", "其中网络申请", "channel:网上"),
    ("requests.received", "通过电子邮件提交", "channel:电子邮件"),
    ("requests.received", "市卫生健康委员会转办我局的政府信息公开申请", "channel:转办"),
    ("requests.received", "为信件申请", "channel:信函"),
    ("requests.received", "其中依申请公开系统", "channel:网上"),
    # carried-over part of a received total
    ("requests.received", "上年度结转", "t3.carried_in.total"),
    # appeal results and kinds of suit
    ("appeals.review", "结果维持", "t4.review.upheld"),
    ("appeals.review", "其中结果纠正", "t4.review.corrected"),
    ("appeals.review", "其他结果", "t4.review.other"),
    ("appeals.review", "其中 尚未审结", "t4.review.pending"),
    ("appeals.suit", "其中未经复议直接起诉", "t4.suit_direct.total"),
    ("appeals.suit", "复议后提起行政诉讼", "t4.suit_after_review.total"),
    ("appeals.suit", "尚在审理", "t4.suit.pending"),
    # sub-types of rules and normative documents (2021: 废止 has a column)
    ("proactive.rules", "含新制定", "channel:新制定"),
    ("proactive.rules", "修改", "channel:修改"),
    ("proactive.normative", "废止规范性文件", "t2.normative.repealed"),
    # totals stay totals
    ("requests.received", "收到公民、法人或其他组织的信息公开申请", None),
    ("requests.closed", "办结政府信息公开申请", None),
    ("appeals.review", "行政复议", None),
    ("proactive.rules", "规章", None),
    ("requests.received", "本年新收政府信息公开申请", None),
]


@pytest.mark.parametrize(("type_", "item", "expected"), CASES, ids=[c[1] for c in CASES])
def test_breakdown_from_the_item(type_: str, item: str, expected: str | None) -> None:
    assert breakdown_of(P(type_, item), "2021") == expected


def test_the_outcome_may_follow_the_count() -> None:
    fact = P("requests.closed", "另有")
    assert breakdown_of(fact, None, "", "因申請人逾期未補正終止辦理。") == "t3.other_handling.total"
    # a note in brackets or the next item is not this count's outcome
    assert breakdown_of(fact, None, "", "（含上年结转3件）") is None


def test_a_count_with_its_share_is_a_part() -> None:
    fact = P("requests.received", "涉及房屋征收补偿的")
    assert breakdown_of(fact, None, "", "，占44.2%。") == "channel:涉及房屋征收补偿的"


def test_traditional_items_read_as_simplified() -> None:
    assert breakdown_of(P("requests.received", "以信函形式申請"), None) == "channel:信函"
    assert breakdown_of(P("requests.closed", "其中予以公開"), None) == "t3.granted.total"


def test_repealed_is_a_channel_without_its_2021_column() -> None:
    assert breakdown_of(P("proactive.normative", "废止"), "2019") == "channel:废止"


def test_a_part_still_being_handled_is_other() -> None:
    assert breakdown_of(P("requests.closed", "除 尚在办理中外"), None) == OPEN_PART


def test_results_of_suits_belong_to_the_kind_of_suit_before_them() -> None:
    fact = P("appeals.suit", "结果维持")
    assert breakdown_of(fact, None, "其中,复议后提起行政诉讼3件,结果维持3件") == (
        "t4.suit_after_review.upheld"
    )
    assert breakdown_of(fact, None, "行政诉讼5件,结果维持3件") == "t4.suit.upheld"


def test_corrections_of_reviews_are_the_review_column() -> None:
    fact = P("appeals.corrected", "结果纠正")
    assert breakdown_of(fact, None, "行政复议3件,其中结果纠正1件") == "t4.review.corrected"
    assert breakdown_of(fact, None, "行政复议和行政诉讼被纠错1件") is None
    # a result other than 纠正 typed as a correction is never compared with corrections
    pending = P("appeals.corrected", "尚未审结")
    assert breakdown_of(pending, None, "行政复议3件,结果纠正1件,尚未审结1件") == (
        "t4.review.pending"
    )


def test_group_names_expand_to_cells() -> None:
    assert expand_breakdown("t3.new.legal_or_other", ()) == tuple(
        f"t3.new.{c}" for c in ("commercial", "research", "social", "legal", "other")
    )
    assert expand_breakdown("t4.suit.upheld", ()) == (
        "t4.suit_direct.upheld",
        "t4.suit_after_review.upheld",
    )
    subs = ("t3.other_handling.no_supplement.total",)
    assert expand_breakdown("t3.other_handling.total", subs) == (
        "t3.other_handling.no_supplement.total",
        "t3.other_handling.no_fee.total",
        "t3.other_handling.other.total",
    )
    assert expand_breakdown("t3.other_handling.total", ()) == ("t3.other_handling.total",)


ISSUE_TEXT = (
    "三、收到和处理政府信息公开申请情况\n"
    "本机关全年共收到政府信息公开申请49件，其中以信函形式申请35件，当面递交2件，传真4件。"
    "办结申请49件，其中予以公开12件，不予公开3件。"
    "除1件尚在办理中外，其余均已办结。"
    "四、政府信息公开行政复议、行政诉讼情况\n"
    "行政复议5件，其中结果维持2件，尚未审结1件。"
)


def test_the_pipeline_sets_breakdowns_and_retypes_open_parts() -> None:
    report = govinfo_nlp.parse(ISSUE_TEXT)
    by_text = {report.text[f.quantity_start : f.quantity_end]: f for f in report.facts}
    assert by_text["12件"].breakdown == "t3.granted.total"
    assert by_text["12件"].type == "requests.closed"
    assert by_text["2件"].breakdown == "t4.review.upheld"
    assert by_text["49件"].breakdown is None
    at = ISSUE_TEXT.index("除1件") + 1
    (open_part,) = (f for f in report.facts if f.quantity_start == at)
    assert open_part.type == "other" and open_part.breakdown is None
    assert by_text["35件"].breakdown == "channel:信函"
    assert all(f.to_dict()["breakdown"] == f.breakdown for f in report.facts)
    # no part is compared with its total
    for rec in report.reconciliation:
        fact = report.facts[rec.fact]
        if fact.breakdown is not None:
            assert all(not f.endswith(".total") or f == fact.breakdown for f in rec.fields) or (
                rec.verdict == "unverifiable"
            )


def test_assign_keeps_facts_without_a_breakdown_unchanged() -> None:
    report = govinfo_nlp.parse("一、总体情况\n全年主动公开政府信息120条。")
    assert assign_breakdowns(report.facts, None) == report.facts


# parts listed after a stated total of their own type (real phrasings: r051, r091, r163)
LISTED = [
    (
        "after-qizhong",
        "主动公开政府信息81条,其中,工作动态50条,通知公告9条。",
        "9条",
        "channel:通知公告",
    ),
    ("next-sentence", "全年主动公开政府信息81条。其中,工作动态50条。", "50条", "channel:工作动态"),
    (
        "bracket",
        "门户网站发布信息16642条(概况类194条、政务动态5749条)。",
        "5749条",
        "channel:政务动态",
    ),
    (
        "categories",
        "公开政府信息88条,主要类别:机构概况3条,人事信息2条。",
        "2条",
        "channel:人事信息",
    ),
    ("the-total", "主动公开政府信息81条,其中,工作动态50条。", "81条", None),
    ("semicolon-ends", "发布信息500条,其中网站100条;微信推送信息300条。", "300条", None),
    ("bracket-closed", "发布信息100条(其中图片20条),微信发布信息50条。", "50条", None),
    ("larger-no-part", "发布信息50条,其中转载信息80条。", "80条", None),
    ("two-sentences-back", "发布信息81条。召开会议2次。其中,工作动态50条。", "50条", None),
]


@pytest.mark.parametrize("case", LISTED, ids=[c[0] for c in LISTED])
def test_a_count_listed_after_its_total_is_a_channel(case: tuple) -> None:
    _, sentence, qty, expected = case
    text = "一、总体情况\n" + sentence
    report = govinfo_nlp.parse(text)
    at = text.index(qty)
    (fact,) = (f for f in report.facts if f.quantity_start == at)
    assert fact.breakdown == expected, fact.explanation


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="。！？!?\n，件a1", max_size=40), st.integers(0, 45))
def test_the_sentence_before_a_count_is_after_the_last_sentence_end(text: str, end: int) -> None:
    """The backward search gives what an rfind per sentence mark gives."""
    start = max(text.rfind(c, 0, end) for c in "。！？!?\n") + 1
    assert breakdown_module._sentence_to(text, end) == text[start:end]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*breakdown_module._cues()["list_heads"], "其", "中", "含", "条", "，", "1"]
        ),
        max_size=20,
    ).map("".join),
    st.integers(0, 30),
)
def test_the_last_list_word_is_the_one_ending_last(before: str, cut: int) -> None:
    # one reverse search instead of an rfind per list word: the same end
    heads = breakdown_module._cues()["list_heads"]
    want = max(before.rfind(h, cut) + len(h) if h in before[cut:] else -1 for h in heads)
    m = breakdown_module._last_head().search(before, cut)
    assert (m.end() if m else -1) == want


def test_a_fact_is_copied_as_replace_copies_it() -> None:
    # the copy through the slots (no __init__) is equal, frozen, and of the same
    # class; a class it cannot copy so (no slots, like P) goes through replace
    from dataclasses import FrozenInstanceError, replace

    from govinfo_nlp.facts import Fact

    fact = Fact(
        type="requests.closed",
        value=12,
        unit="件",
        approx=None,
        scope="own",
        year=2021,
        section="requests",
        subject="申请",
        start=3,
        end=9,
        quantity_start=6,
        quantity_end=9,
        text="其中予以公开12件",
        method="rule",
        rule="r1",
        model=None,
        confidence=0.9,
        explanation=("rule r1",),
        item="其中予以公开",
    )
    for changes in ({"breakdown": "t3.granted.total"}, {"type": "other", "breakdown": None}):
        copied = replaced(fact, **changes)
        assert copied == replace(fact, **changes)
        assert type(copied) is Fact
        with pytest.raises(FrozenInstanceError):
            copied.value = 1  # type: ignore[misc]
    assert replaced(P("other", "x"), item="y") == P("other", "y")
