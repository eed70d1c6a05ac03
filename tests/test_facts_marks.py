"""Marks and breaks as real pages write them (issue 15, metamorphic readings of
benchmarks/eval_metamorphic_facts.py): on a page typed with ASCII punctuation
(c_ascii) a full stop written "." ends a sentence and ASCII double quotes open
and close a quotation, as 。 and “ ” do; on a page wrapped after a clause mark
(b_clause, a PDF's or an editor's hard wrap) the sentence runs on over the break;
a paragraph split after its total's sentence (b_sentence) keeps its enumeration."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_facts import by_quantity

from govinfo_nlp.facts import FactExtractor
from govinfo_nlp.facts.fact import Fact
from govinfo_nlp.facts.model import load_model
from govinfo_nlp.facts.pipeline import prepare
from govinfo_nlp.facts.segments import continued_lines
from govinfo_nlp.noise import find_spam, spam_adverts
from govinfo_nlp.normalize import chinese_marks


def shipped(text: str, year: int = 2022) -> tuple[Fact, ...]:
    model = load_model()
    if model is None:
        pytest.skip("models/facts-v3 not built")
    norm, sections = prepare(text)
    return FactExtractor(model=model).extract(norm, sections, report_year=year)


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("办结65件.其中予以公开3件.", "办结65件。其中予以公开3件。"),
        ("占比16.3%.其中", "占比16.3%。其中"),
        ("(见附件).下一步", "(见附件)。下一步"),
        # a decimal point, a numbered heading, a domain, an ellipsis, a page number
        ("增长3.27亿元", "增长3.27亿元"),
        ("1.规范性文件", "1.规范性文件"),
        ("中国政府网.gov.cn", "中国政府网.gov.cn"),
        ("等等...", "等等..."),
        ("P. 9", "P. 9"),
        ('开展"双随机、一公开"检查', "开展“双随机、一公开”检查"),
        # an odd quote stays as written; a line without Han characters is left alone
        ('他说"一', '他说"一'),
        ('"a" "b"', '"a" "b"'),
    ],
)
def test_chinese_marks(text: str, marked: str) -> None:
    out = chinese_marks(text)
    assert out == marked
    assert len(out) == len(text)


def test_an_ascii_full_stop_ends_the_sentence_of_the_verb() -> None:
    # the sentence ran on to 办结: the received count took the verb of the next one
    text = "一、总体情况\n全年收到政府信息公开申请26件,网上申请20件,信函申请6件.办结26件,予以公开10件.\n"
    facts = shipped(text)
    assert by_quantity(facts, text, "6件").type == "requests.received"


def test_the_count_after_an_ascii_full_stop_keeps_its_own_verb() -> None:
    text = "一、总体情况\n全年收到政府信息公开申请26件,上年结转1件.办结27件,结转下年度0件.\n"
    facts = shipped(text)
    assert by_quantity(facts, text, "27件").type == "requests.closed"


def test_a_quoted_name_in_ascii_quotes_is_no_count() -> None:
    text = (
        "一、总体情况\n"
        '全年出台《关于促进房地产市场平稳健康发展的若干措施》(即"稳楼市9条")等行政规范性文件5件.\n'
    )
    facts = shipped(text)
    assert "9条" not in [text[f.quantity_start : f.quantity_end] for f in facts]
    assert by_quantity(facts, text, "5件").type == "proactive.normative"


def test_a_brand_in_a_sentence_closed_by_an_ascii_stop_is_no_advert() -> None:
    # a hacked page's brand in the report's own sentence: before, the "advert" ran
    # over the whole line and every count of the line was dropped
    text = "主动公开政府信息79条,网站发布12条.公开内容包括尊龙ag旗舰厅的联系方式.\n"
    spam = find_spam(text)
    assert spam, "the brand is on the spam list"
    assert spam_adverts(text, spam) == ()


CLAUSES = st.lists(
    st.sampled_from(
        [
            "全年收到政府信息公开申请26件，其中网上申请20件、信函申请6件。",
            "办结27件，其中予以公开10件、部分公开2件。",
            "上年结转1件。",
            "主动公开政府信息126条，其中“政策解读”栏目发布解读12篇。",
            "举办政务公开培训2场，培训干部60人次。",
            "门户网站全年访问量达12.5万次。",
            "开展“双随机、一公开”检查3次。",
            "政务新媒体发布信息580条，占比46.3%。",
        ]
    ),
    min_size=2,
    max_size=5,
)
_ASCII = str.maketrans({"，": ",", "。": ".", "；": ";", "：": ":"})


@settings(max_examples=25, deadline=None)
@given(CLAUSES)
def test_ascii_punctuation_reads_as_chinese(sentences: list[str]) -> None:
    body = "".join(sentences)
    plain = body.translate(_ASCII).replace("“", '"').replace("”", '"')
    read = [
        [(f.quantity_start, f.type, f.value) for f in shipped("一、总体情况\n" + t + "\n")]
        for t in (body, plain)
    ]
    assert read[0] == read[1]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("收到申请9件，\n其中7件", "收到申请9件， 其中7件"),
        ("网上申请5件、 \n信函1件；\n当面1件", "网上申请5件、  信函1件； 当面1件"),
        # a sentence's, a heading's or a list's own end stays a break
        ("办结9件。\n二、主动公开", "办结9件。\n二、主动公开"),
        ("情况如下：\n1.规范性文件", "情况如下：\n1.规范性文件"),
        ("一、总体情况\n本年度", "一、总体情况\n本年度"),
        # a heading numbered with a full stop (wrap20; the generator's 一.概述):
        # its line is no prose and opens no sentence of the paragraph after it
        ("一。总体情况\n2023年，我局受理申请28件。", "一。总体情况\n2023年，我局受理申请28件。"),
        ("六．其他需要报告的事项\n配备专职人员3名。", "六．其他需要报告的事项\n配备专职人员3名。"),
        (
            "三.依申请公开办理情况\n本年度新收申请3件。",
            "三.依申请公开办理情况\n本年度新收申请3件。",
        ),
    ],
)
def test_continued_lines(text: str, read: str) -> None:
    assert continued_lines(text) == read


@settings(max_examples=30, deadline=None)
@given(
    numeral=st.sampled_from(list("一二三四五六七八九十")),
    mark=st.sampled_from(["。", "．", "."]),
    title=st.sampled_from(["总体情况", "主动公开政府信息情况", "其他需要报告的事项"]),
    body=st.sampled_from(["本年度新收申请3件，办结2件。", "我局受理申请28件。"]),
)
def test_a_heading_numbered_with_a_full_stop_stays_its_own_line(
    numeral: str, mark: str, title: str, body: str
) -> None:
    heading = numeral + mark + title
    assert continued_lines(heading + "\n" + body) == heading + "\n" + body
    # its words are no part of the count's item
    facts = shipped(heading + "\n" + body + "\n")
    assert facts
    assert all(title not in (f.item or "") for f in facts)


def test_a_list_wrapped_after_its_comma_keeps_the_verb_of_its_total() -> None:
    # the break ended the sentence: 7件 lost 收到 and became "other"
    text = "一、总体情况\n全年收到政府信息公开申请9件，\n其中7件通过网上提交、2件通过信函提交。\n"
    facts = shipped(text)
    assert by_quantity(facts, text, "7件").type == "requests.received"


def test_an_item_wrapped_onto_its_own_line_keeps_the_type_of_its_total() -> None:
    text = (
        "一、总体情况\n全年主动公开政府信息81条，其中工作动态50条，\n通知公告9条，\n财政资金5条。\n"
    )
    facts = shipped(text)
    assert by_quantity(facts, text, "5条").type == "proactive.items"


@settings(max_examples=25, deadline=None)
@given(CLAUSES, st.randoms(use_true_random=False))
def test_a_wrap_after_a_comma_changes_no_fact(sentences: list[str], rng: object) -> None:
    body = "".join(sentences)
    commas = [i for i, ch in enumerate(body) if ch in "，、"]
    cut = sorted(rng.sample(commas, min(len(commas), 3)))  # type: ignore[attr-defined]
    wrapped = "".join(ch + ("\n" if i in cut else "") for i, ch in enumerate(body))
    read = [
        [(f.type, f.value) for f in shipped("一、总体情况\n" + t + "\n")] for t in (body, wrapped)
    ]
    assert read[0] == read[1]


@pytest.mark.parametrize(
    ("text", "part", "kind"),
    [
        (
            "全年我局共收到2条政府信息公开申请。\n1条来自政府网站线上申请，1条来自邮寄快递。\n",
            "1条",
            "requests.received",
        ),
        (
            "全年受理政府信息公开申请156件。\n其中，涉及征地拆迁信息的112宗、不动产登记信息的31宗。\n",
            "31宗",
            "requests.received",
        ),
    ],
)
def test_an_enumeration_opening_the_next_line_counts_parts_of_the_total(
    text: str, part: str, kind: str
) -> None:
    # the line break ended the enumeration: the parts lost the total's type
    facts = shipped("一、总体情况\n" + text)
    assert by_quantity(facts, "一、总体情况\n" + text, part).type == kind


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=" \t\n。a：", max_size=80),
    st.integers(0, 300),
    st.text(alphabet=" \t\n\u3000", max_size=80),
    st.data(),
)
def test_the_last_mark_above_is_the_stripped_texts_last(
    head: str, spaces: int, tail: str, data: st.DataObject
) -> None:
    # runs of spaces longer than the stretch read back at a time included
    from govinfo_nlp.facts.analysis import _last_mark

    text = head + " " * spaces + tail
    end = data.draw(st.integers(0, len(text)))
    assert _last_mark(text, end) == text[:end].rstrip()[-1:]
