"""Breakdowns (SCHEMA §3): which part of a total a fact counts, from its own list item.

The phrasings are those of the shared real reports (grep ../shared/reports)
and the issue; each case would be a false ``inconsistent`` if the part were
compared with its total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

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


# --- lists of parts across semicolons and item numbers (session 16) -------------------


def _fact(text: str, qty_at: int, qty: str, type_: str, item: str, scope: str = "self") -> Any:
    from govinfo_nlp.facts import Fact

    return Fact(
        type=type_,
        value=int("".join(c for c in qty if c.isdigit())),
        unit=qty[-1],
        approx=None,
        scope=scope,
        year=2023,
        section="proactive",
        subject=None,
        start=qty_at,
        end=qty_at + len(qty),
        quantity_start=qty_at,
        quantity_end=qty_at + len(qty),
        text=text[max(0, qty_at - 6) : qty_at + len(qty)],
        method="rule",
        rule="r",
        model=None,
        confidence=0.9,
        item=item,
    )


_TYPED = {"政策解读": "proactive.interpretations", "行政规范性文件": "proactive.normative"}


def _list_text(
    total: str, type_: str, items: list[tuple[str, int]], head: str, seps: list[str], enum: bool
) -> tuple[str, list[Any]]:
    """A stated total and its listed items, with the facts the extractor gives
    them (each item's words from the previous mark, as subjects.item_of reads them)."""
    counter = {"requests.received": "件"}.get(type_, "条")
    value = sum(v for _, v in items)
    text = f"{total}{value}{counter}，{head}"
    facts = [_fact(text, len(total), f"{value}{counter}", type_, total)]
    for i, (words, v) in enumerate(items):
        if i:
            text += seps[i - 1]
        mark = f"（{'一二三四五六'[i]}）" if enum else ""
        item_start = len(text)
        text += mark + words
        qty = f"{v}{counter}"
        item = text[item_start:]
        if i == 0 and not head.endswith("："):
            item = head.rstrip("：") + item
        facts.append(_fact(text, len(text), qty, _TYPED.get(words, type_), item))
        text += qty
    return text + "。", facts


_CATEGORIES = ["工作动态", "通知公告", "人事信息", "政策解读", "行政规范性文件", "政策法规类"]


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from(_CATEGORIES), min_size=2, max_size=5, unique=True),
    values=st.lists(st.integers(1, 900), min_size=5, max_size=5),
    seps=st.lists(st.sampled_from(["、", "，", "；", ";", ","]), min_size=4, max_size=4),
    head=st.sampled_from(["其中", "其中：", "包括：", "主要类别：", "其中:"]),
    enum=st.booleans(),
)
def test_each_listed_item_gets_the_breakdown_it_gets_alone(
    words: list[str], values: list[int], seps: list[str], head: str, enum: bool
) -> None:
    # the items add up to the total: whatever separates them (a semicolon too)
    # and whether numbered ((一)…(二)…) or not, each is the part it names; a typed
    # category among them (政策解读, 行政规范性文件) takes the total's type (C1)
    items = list(zip(words, values, strict=False))
    text, facts = _list_text("本机关主动公开政府信息", "proactive.items", items, head, seps, enum)
    out = assign_breakdowns(facts, None, text)
    assert out[0].breakdown is None
    assert [(f.type, f.breakdown) for f in out[1:]] == [
        ("proactive.items", f"channel:{w}") for w, _ in items
    ]


@settings(max_examples=100, deadline=None)
@given(
    order=st.permutations([("本年新收", "t3.new.total"), ("上年结转", "t3.carried_in.total")]),
    values=st.lists(st.integers(0, 99), min_size=2, max_size=2),
    sep=st.sampled_from(["、", "，", "；"]),
    head=st.sampled_from(["其中", "其中：", "包括："]),
)
def test_new_and_carried_in_items_of_a_received_total_are_their_rows(
    order: list[tuple[str, str]], values: list[int], sep: str, head: str
) -> None:
    items = [(w, v) for (w, _), v in zip(order, values, strict=True)]
    text, facts = _list_text(
        "共收到政府信息公开申请", "requests.received", items, head, [sep], False
    )
    out = assign_breakdowns(facts, None, text)
    assert [f.breakdown for f in out[1:]] == [row for _, row in order]


def test_a_semicolon_ends_a_list_that_is_not_opened_by_a_colon_nor_adds_up() -> None:
    # 100 + 300 != 500 and no colon: the count after the semicolon stands alone (C7)
    items = [("网站", 100), ("微信推送信息", 300)]
    text, facts = _list_text("发布信息", "proactive.items", items, "其中", ["；"], False)
    facts[0] = replaced(facts[0], value=500)
    out = assign_breakdowns(facts, None, text)
    assert [f.breakdown for f in out[1:]] == ["channel:网站", None]


def test_the_agency_inside_an_area_total_is_no_part() -> None:
    # 全市…，其中市局机关受理12件: the agency's own total (局机关 is `self`), whatever
    # the item starts with; 区分局 is one of the others
    text = "全市共受理申请40件，其中市局机关受理12件，区分局受理28件。"
    facts = [
        _fact(
            text, text.index("40件"), "40件", "requests.received", "全市共受理申请", "jurisdiction"
        ),
        _fact(text, text.index("12件"), "12件", "requests.received", "其中市局机关受理"),
        _fact(text, text.index("28件"), "28件", "requests.received", "区分局受理"),
    ]
    out = assign_breakdowns(facts, None, text)
    assert [f.breakdown for f in out] == [None, None, "channel:区分局受理"]


def _c1(text: str, *counts: tuple[str, str, str]) -> list[tuple[str, str | None]]:
    """(type, breakdown) of the counts ``(quantity, type, item)`` of ``text``."""
    facts = [_fact(text, text.index(q), q, t, item) for q, t, item in counts]
    return [(f.type, f.breakdown) for f in assign_breakdowns(facts, None, text)]


def test_a_typed_category_in_a_stated_total_takes_its_type() -> None:
    # C1 (SCHEMA §3, gold README §13.1)
    assert _c1(
        "主动公开政府信息500条，其中政策解读3条。",
        ("500条", "proactive.items", "主动公开政府信息"),
        ("3条", "proactive.interpretations", "其中政策解读"),
    )[1] == ("proactive.items", "channel:政策解读")


def test_a_part_of_an_interpretations_total_stays_an_interpretation() -> None:
    assert _c1(
        "发布政策解读97篇（图解41篇）。",
        ("97篇", "proactive.interpretations", "发布政策解读"),
        ("41篇", "proactive.items", "图解"),
    )[1] == ("proactive.interpretations", "channel:图解")


def test_a_typed_category_standing_alone_keeps_its_type() -> None:
    total = ("500条", "proactive.items", "主动公开政府信息")
    # no list word says it is a part
    assert _c1(
        "主动公开政府信息500条，发布政策解读18篇。",
        total,
        ("18篇", "proactive.interpretations", "发布政策解读"),
    )[1] == ("proactive.interpretations", None)
    # beside the list: a statement after 同时 is no item of it
    assert _c1(
        "主动公开政府信息500条，其中工作动态50条，同时对4件规范性文件进行了解读。",
        total,
        ("50条", "proactive.items", "其中工作动态"),
        ("4件", "proactive.interpretations", "同时对"),
    )[2] == ("proactive.interpretations", None)
    # the items before it already make up the total
    assert _c1(
        "主动公开政府信息500条，其中工作动态300条、通知公告200条、政策解读14篇。",
        total,
        ("300条", "proactive.items", "其中工作动态"),
        ("200条", "proactive.items", "通知公告"),
        ("14篇", "proactive.interpretations", "政策解读"),
    )[3] == ("proactive.interpretations", None)
    # a count of events is no part of a total of texts
    assert _c1(
        "发布政策解读210篇，其中新闻发布会解读46场。",
        ("210篇", "proactive.interpretations", "发布政策解读"),
        ("46场", "proactive.press_conferences", "其中新闻发布会解读"),
    )[1] == ("proactive.press_conferences", None)


def test_a_count_restated_in_brackets_is_no_part() -> None:
    assert _c1(
        "收到群众留言402条，均已办理答复（402条）。",
        ("402条", "proactive.items", "收到群众留言"),
        ("402条）", "opinion.responses", ""),
    )[1] == ("opinion.responses", None)


@pytest.mark.parametrize(
    ("words", "year", "expected"),
    [
        ("上年结转", 2023, ("requests.received", 2023, "t3.carried_in.total")),
        ("另有上年度结转", 2023, ("requests.received", 2023, "t3.carried_in.total")),
        ("上一年度结转", 2023, ("requests.received", 2023, "t3.carried_in.total")),
        ("上年转结政府信息公开申请", 2023, ("requests.received", 2023, "t3.carried_in.total")),
        ("加上上年结转的", 2023, ("requests.received", 2023, "t3.carried_in.total")),
        ("含2022年结转", 2022, ("requests.received", 2023, "t3.carried_in.total")),
        (
            "2021年受理的申请中 结转本年度办理",
            2021,
            ("requests.received", 2022, "t3.carried_in.total"),
        ),
        # carried out, still open: no part of the year's received applications
        ("结转下年度", 2023, ("other", 2023, None)),
        ("上年结转和结转下年度的申请均为", 2023, ("other", 2023, None)),
        ("另有1件转下一年", 2023, ("other", 2023, None)),
        # a total that includes them
        ("本年度新收申请6件，连同上年结转共办理", 2023, ("other", 2023, None)),
    ],
)
def test_a_carried_in_count_is_a_part_of_the_received_applications(
    words: str, year: int, expected: tuple[str, int, str | None]
) -> None:
    # C10: whatever type the extractor gave it
    text = f"收到申请30件，{words}5件。"
    fact = replaced(_fact(text, text.index("5件"), "5件", "other", words), year=year)
    (out,) = assign_breakdowns([fact], None, text)
    assert (out.type, out.year, out.breakdown) == expected


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # paraphrase sets 13 (s06) and 12 (q27): the attendees' part without 其中
        ("一、总体情况\n全年召开新闻发布会58场，省政府领导出席9场。\n", "channel:省政府领导出席"),
        ("一、总体情况\n举办新闻发布会7场，厅领导出席5场，围绕规划解读。\n", "channel:厅领导出席"),
        (
            "一、总体情况\n召开新闻发布会38场，其中市政府主要领导出席5场。\n",
            "channel:市政府主要领导出席",
        ),
    ],
)
def test_the_conferences_some_people_attended_are_a_part(text: str, part: str) -> None:
    facts = govinfo_nlp.parse(text).facts
    assert [(f.type, f.breakdown) for f in facts] == [
        ("proactive.press_conferences", None),
        ("proactive.press_conferences", part),
    ]


def test_attended_conferences_in_another_sentence_are_no_part() -> None:
    text = "一、总体情况\n召开新闻发布会8场。\n参加上级新闻发布会，省政府领导出席3场。\n"
    assert all(f.breakdown is None for f in govinfo_nlp.parse(text).facts)


# the list's item numbers before the lookahead naming their first characters was
# put in front (speed: the engine skips to those characters)
_OLD_ENUMERATION = re.compile(
    r"[（(][一二三四五六七八九十\d]{1,3}[）)]|[①-⑳]|(?<![\d.])\d{1,2}[.．、](?!\d)"
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "（",
                "(",
                "）",
                ")",
                "一",
                "十",
                "1",
                "12",
                "３",
                ".",
                "．",
                "、",
                "①",
                "⑳",
                "件",
                " ",
            ]
        ),
        max_size=30,
    )
)
def test_item_numbers_are_found_as_before(pieces: list[str]) -> None:
    text = "".join(pieces)
    blank = lambda m: " " * len(m[0])  # noqa: E731
    assert breakdown_module._ENUMERATION.sub(blank, text) == _OLD_ENUMERATION.sub(blank, text)
