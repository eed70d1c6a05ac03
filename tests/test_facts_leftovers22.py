"""Facts leftovers the session-21 rounds named (session 22, facts22): key: value lines
right before table 三 (verdicts21 v21_02/18/36: the table-span exclusion took them for
cells), counts given respectively for two verbs (v21_20: 收到和办结…分别为17件和16件 typed
the 16 as received)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp import parse

HEAD = "某县教育局2024年政府信息公开工作年度报告\n一、总体情况\n"
# table 三 as pipe rows, after the key: value lines (three rows make the section tabular)
TABLE = (
    "| 一、本年新收政府信息公开申请数量 | 12 | 0 | 12 |\n"
    "| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 |\n"
    "| (七)总计 | 11 | 0 | 11 |\n"
)


def parsed(body: str) -> dict[str, tuple[str, str | None, float]]:
    """The facts of a report page holding ``body``: by quantity text, (type,
    breakdown, value)."""
    text = HEAD + body
    return {
        text[f.quantity_start : f.quantity_end]: (f.type, f.breakdown, f.value)
        for f in parse(text).facts
    }


# --- key: value lines before table 三 (verdicts21 v21_02, v21_18, v21_36) ---


def test_key_value_lines_before_table_three_give_facts() -> None:
    body = (
        "三、收到和处理政府信息公开申请情况\n收到和处理政府信息公开申请情况如下：\n"
        "新收申请：13件\n上年结转：0件\n办结申请：12件\n其中：予以公开：7件\n"
        "部分公开：2件\n无法提供：2件\n结转下年度：1件\n" + TABLE
    )
    got = parsed(body)
    assert got["13件"][0] == "requests.received"
    assert got["12件"][0] == "requests.closed"
    assert got["7件"][0] == "requests.closed"
    assert "11" not in got  # the table's cells are still no facts


_KV_LABELS = {
    "新收申请": "requests.received",
    "收到申请": "requests.received",
    "办结申请": "requests.closed",
    "行政复议": "appeals.review",
    "行政诉讼": "appeals.suit",
}


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.sampled_from(sorted(_KV_LABELS)), min_size=1, max_size=4, unique=True),
    st.sampled_from("：:"),
    st.integers(1, 999),
)
def test_every_key_value_line_before_a_table_is_read(
    labels: list[str], colon: str, base: int
) -> None:
    lines = [f"{label}{colon}{base + k}件" for k, label in enumerate(labels)]
    got = parsed("三、收到和处理政府信息公开申请情况\n" + "\n".join(lines) + "\n" + TABLE)
    for k, label in enumerate(labels):
        assert got[f"{base + k}件"][0] == _KV_LABELS[label]


# --- counts given respectively for two verbs (verdicts21 v21_20) ---

_RECEIVED = ("收到", "受理", "新收")
_CLOSED = ("办结", "答复")


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        (
            "全年收到和办结政府信息公开申请分别为17件和16件。",
            "requests.received",
            "requests.closed",
        ),
        (
            "全年办结和受理政府信息公开申请分别为16件和17件。",
            "requests.closed",
            "requests.received",
        ),
        ("本年度受理、答复依申请公开分别是17件、16件。", "requests.received", "requests.closed"),
    ],
)
def test_counts_given_respectively_take_their_own_verbs(body: str, first: str, second: str) -> None:
    got = parsed(body)
    assert [t for t, _, _ in got.values()] == [first, second]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_RECEIVED),
    st.sampled_from(_CLOSED),
    st.sampled_from(["和", "及", "、"]),
    st.booleans(),
    st.integers(1, 500),
    st.integers(1, 500),
)
def test_respective_counts_grammar(
    received: str, closed: str, joiner: str, closed_first: bool, a: int, b: int
) -> None:
    a, b = sorted((a, b + 500))  # two different numbers
    verbs = (closed, received) if closed_first else (received, closed)
    types = ["requests.closed", "requests.received"]
    if not closed_first:
        types.reverse()
    got = parsed(f"全年{verbs[0]}{joiner}{verbs[1]}政府信息公开申请分别为{a}件和{b}件。")
    assert got[f"{a}件"][0] == types[0] and got[f"{b}件"][0] == types[1]


def test_a_count_of_one_verb_is_left_alone() -> None:
    # no pair of verbs before 分别: the rules' reading stands
    got = parsed("全年收到政府信息公开申请17件，办结16件，分别为线上12件和线下4件。")
    assert got["17件"][0] == "requests.received" and got["16件"][0] == "requests.closed"


# --- 参加…发布会 after a 、 joining words (session-21 report: read as held) ---


@pytest.mark.parametrize(
    ("body", "qty", "type_"),
    [
        ("参加省、市政府新闻发布会5场。", "5场", "other"),
        ("局领导参加省、市、县政府新闻发布会4场，举办新闻发布会2场。", "4场", "other"),
        (
            "局领导参加省、市、县政府新闻发布会4场，举办新闻发布会2场。",
            "2场",
            "proactive.press_conferences",
        ),
        ("参加国务院新闻办、省政府新闻办发布会3场。", "3场", "other"),
        # two items, each with its count: the second verb is its own
        ("组织新闻发布会17场、参加国新办发布会4场。", "17场", "proactive.press_conferences"),
        ("组织新闻发布会17场、参加国新办发布会4场。", "4场", "other"),
        # held and attended together, or held jointly: the agency's own
        ("组织召开和参加省、市新闻发布会9场。", "9场", "proactive.press_conferences"),
        ("举办省、市联合新闻发布会3场。", "3场", "proactive.press_conferences"),
    ],
)
def test_attending_after_words_joined_by_enumeration_marks(body: str, qty: str, type_: str) -> None:
    assert parsed(body)[qty][0] == type_


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(["省", "市", "县", "区", "国务院新闻办", "省政府新闻办"]),
        min_size=2,
        max_size=4,
        unique=True,
    ),
    st.sampled_from(["参加", "参与", "应邀参加"]),
    st.sampled_from(["新闻发布会", "政府新闻发布会", "发布会"]),
    st.integers(1, 60),
)
def test_attended_conferences_of_listed_bodies_are_not_held(
    bodies: list[str], verb: str, noun: str, n: int
) -> None:
    assert parsed(f"局领导{verb}{'、'.join(bodies)}{noun}{n}场。")[f"{n}场"][0] == "other"


# --- corrections in prose (brief item 4; verdicts19 v19_11, paraphrase16 e17) ---


@pytest.mark.parametrize(
    ("body", "qty", "type_"),
    [
        ("收到申请18件（系笔误，应为19件）。", "18件", "other"),
        ("收到申请18件（系笔误，应为19件）。", "19件", "requests.received"),
        ("“本年新收政府信息公开申请数量”误填为15件,现更正为17件。", "15件", "other"),
        ("“本年新收政府信息公开申请数量”误填为15件,现更正为17件。", "17件", "requests.received"),
        ("新收申请数由15件更正为17件。", "15件", "other"),
        ("全年收到申请20件，其中予以公开9件（原稿误为8件，已修订）。", "8件", "other"),
        ("全年收到申请20件，其中予以公开9件（原稿误为8件，已修订）。", "9件", "requests.closed"),
        # no correction: the words of one are not near the count
        ("全年收到申请19件，办结18件，未发现有误。", "18件", "requests.closed"),
    ],
)
def test_the_wrong_figure_of_a_correction_is_no_count(body: str, qty: str, type_: str) -> None:
    assert parsed(body)[qty][0] == type_


def test_a_quoted_wrong_figure_lends_its_year_to_no_one() -> None:
    # paraphrase16 e17: 全年 inside the quote is the quoted report's; the corrected
    # figure is the year of the report named (2023), not the report year (2024)
    text = (
        HEAD + "经核查，我局2023年政府信息公开工作年度报告中“全年主动公开政府信息418条”有误，"
        "应为481条，特此更正。全年收到申请12件。"
    )
    facts = {text[f.quantity_start : f.quantity_end]: f for f in parse(text).facts}
    assert facts["481条"].year == 2023
    assert facts["12件"].year == 2024


# --- a spam advert under a brand the list lacks (paraphrase15 d16) ---


@pytest.mark.parametrize(
    "advert",
    [
        "【皇冠体育】官方网站✓注册送88元✓首存再送188%✓日赚3000不是梦",
        "2022世界杯买球官网_正规买球平台app下载_首存送888",
        "某某体育在线-注册即送58元彩金-最新登录入口",
    ],
)
def test_an_advert_of_gambling_jargon_gives_no_facts(advert: str) -> None:
    got = parsed(advert + "\n全年收到申请12件。\n")
    assert list(got) == ["12件"]


def test_a_real_sentence_with_sign_up_words_keeps_its_counts() -> None:
    # 注册 alone, 存款, 奖金: a report writes them (noise.json: not terms)
    got = parsed("全年办理企业注册登记320户，发放奖金12万元。\n")
    assert "320户" in got
