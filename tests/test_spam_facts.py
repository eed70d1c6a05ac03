"""Injected spam on hacked report pages (issue 15): no fact is read inside an
injected advert, a report's own facts are unchanged, and a count whose sentence
holds a spam brand in place of a name makes no accusation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_facts_web_pages import shipped
from test_reconcile import F, tables

from govinfo_nlp import parse
from govinfo_nlp.noise import find_spam, spam_adverts
from govinfo_nlp.reconcile import reconcile

# Adverts as hacked pages carry them: phrases set apart by spaces and stars, no 。
# (each of these gives a fact to the facts stage alone: 88元, 1.8%, 12万人…)
ADVERTS = [
    "★★澳门新葡京 首存送100% 日赚3000+ ★★",
    "【bet365】体育投注 注册送88元 返水1.8%",
    "威尼斯人官网 在线会员12万人 充值100送50",
    "太阳城娱乐平台 每日提款5次 秒到账",
    "沙巴体育 首充1000送500 会员30000名",
    "开云体育官方下载 累计派彩8亿元",
    "www.bet365.com 百家乐 老虎机 返水2%",
    "博彩 日赚500元 已有1200人加入",
]
REPORT = [
    "一、总体情况",
    "2021年本机关收到政府信息公开申请15件，均已按时答复。",
    "全年主动公开政府信息126条，其中通过门户网站公开84条。",
    "发布政策解读材料12篇。",
    "二、行政复议和行政诉讼情况",
    "本年度被申请行政复议2件，被提起行政诉讼1件。",
    "全年举办政府开放日活动3次，接待群众约200人次。",
]


def _facts(text: str) -> list[tuple[str, str, float | int, str]]:
    report = parse(text, stages=("metadata", "sections", "facts"))
    return [
        (f.type, text[f.quantity_start : f.quantity_end], f.value, f.scope) for f in report.facts
    ]


def test_an_advert_line_gives_no_fact() -> None:
    # was the strict known limit "spam-line" of test_facts_web_pages.py
    text = "其他事项。\n★★澳门新葡京 首存送100% 日赚3000+ ★★\n"
    report = parse(text)
    at, end = text.index("★★澳"), text.index("\n", text.index("★★澳"))
    assert not [f for f in report.facts if at <= f.quantity_start < end]
    # the facts stage called alone (no pipeline) finds the advert itself
    assert not [f for f in shipped(text) if at <= f.quantity_start < end]


@pytest.mark.parametrize(
    "advert",
    [
        # paraphrase sets 11 (p29) and 12 (q22): brands the spam list does not hold,
        # known as adverts by their jargon alone (荷官 a dealer, 返水 a betting rebate)
        "永利皇宫 真人荷官在线发牌 首充返水1.8% 最高奖金8888元",
        "皇冠足球现金网 www.hg3088.com 注册送88 存款返水1.2%",
    ],
)
def test_an_advert_known_by_its_gambling_jargon_gives_no_fact(advert: str) -> None:
    text = f"其他事项。\n{advert}\n本机关收到申请3件。\n"
    at = text.index(advert)
    end = at + len(advert)
    assert [text[a:b] for a, b in spam_adverts(text, find_spam(text))] == [advert]
    assert [f.value for f in parse(text).facts] == [3]
    assert not [f for f in shipped(text) if at <= f.quantity_start < end]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # 存款, 奖金, 注册 (and 送, 首) in a report's own senses: no spam, the count read
        ("全年主动公开住房公积金存款、提取和贷款信息36条", "36条"),
        ("主动公开教师绩效奖金发放办法等政策文件12件", "12件"),
        ("全年主动公开企业注册登记信息1520条", "1520条"),
        ("依法送达告知书8件，首次申请人占比40%", "8件"),
    ],
)
def test_a_report_line_with_words_adverts_also_use_is_no_spam(text: str, count: str) -> None:
    assert find_spam(text) == ()
    assert count in [q for _, q, _, _ in _facts(text + "\n")]


def test_the_facts_stage_alone_ends_an_advert_at_its_line_as_the_pipeline_does() -> None:
    # the stage alone once looked for adverts after a line break after ， was read
    # as a space: the advert's sentence ran on to the next line's 。 and its 100% was
    # read as a fact
    text = (
        "2022年，本机关共受理政府信息公开申请9件。\n葡京娱乐官网首存送100%，\n其中网上申请7件。\n"
    )
    at = text.index("葡京")
    end = text.index("\n", at)
    alone = [(f.quantity_start, f.value) for f in shipped(text)]
    assert not [v for start, v in alone if at <= start < end]
    assert [v for _, v in alone] == [f.value for f in parse(text).facts] == [9, 7]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, len(REPORT)), st.sampled_from(ADVERTS)), min_size=1, max_size=3
    )
)
def test_adverts_inserted_anywhere_give_no_fact_and_leave_the_reports_facts(
    inserted: list[tuple[int, str]],
) -> None:
    lines: list[tuple[str, bool]] = [(line, False) for line in REPORT]
    for at, advert in sorted(inserted, key=lambda x: -x[0]):
        lines.insert(at, (advert, True))
    text = "".join(line + "\n" for line, _ in lines)
    spans, pos = [], 0
    for line, is_advert in lines:
        if is_advert:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    report = parse(text, stages=("metadata", "sections", "facts"))
    assert not [f.text for f in report.facts if any(a <= f.quantity_start < b for a, b in spans)]
    clean = "".join(line + "\n" for line in REPORT)
    assert _facts(text) == _facts(clean)


def test_an_advert_on_a_page_saved_on_one_line_runs_from_the_last_sentence() -> None:
    text = "其他事项。★★澳门新葡京 首存送100% 日赚3000+ ★★"
    assert [text[a:b] for a, b in spam_adverts(text, find_spam(text))] == [
        "★★澳门新葡京 首存送100% 日赚3000+ ★★"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # real hacked pages (train split: r015, seed 002): a brand in place of a name
        "沙巴体育_大发体育娱乐在线¥投注官网电视台“市场监管直通车”专栏播出44期。",
        "bet365亚洲官网2021年共收到政府信息公开申请12件，均已答复。",
        "bet365亚洲官网 办公室2021年政府信息公开工作年度报告",
    ],
)
def test_a_brand_in_place_of_a_name_keeps_its_sentence(text: str) -> None:
    spam = find_spam(text)
    assert spam
    if text.endswith("。"):
        assert spam_adverts(text, spam) == ()
    else:  # a title: no sentence the report closes; it holds no fact
        assert spam_adverts(text, spam) == ((0, len(text)),)


def test_a_count_beside_an_injected_brand_is_kept() -> None:
    text = "bet365亚洲官网2021年共收到政府信息公开申请12件，均已答复。"
    assert ("requests.received", "12件", 12) in [(t, q, v) for t, q, v, _ in _facts(text)]


def test_a_count_whose_sentence_holds_spam_accuses_no_one() -> None:
    text = "2022年，bet365亚洲官网共收到政府信息公开申请12件。"
    phrase = "收到政府信息公开申请12件"
    at = text.index(phrase)
    fact = F("requests.received", 12, phrase, start=at, end=at + len(phrase), year=2022)
    table = tables("2021", t3__new__total=14)
    (rec,) = reconcile([fact], table, report_year=2022, text=text)
    assert rec.verdict == "unverifiable", rec.reason
    assert "spam" in rec.reason
    # the same claim without the brand is an accusation
    plain = text.replace("bet365亚洲官网", "本机关")
    at = plain.index(phrase)
    fact = F("requests.received", 12, phrase, start=at, end=at + len(phrase), year=2022)
    (rec,) = reconcile([fact], table, report_year=2022, text=plain)
    assert rec.verdict == "inconsistent", rec.reason


@pytest.mark.xfail(strict=True, raises=AssertionError, reason="known limit: advert in a sentence")
def test_an_advert_run_into_a_report_sentence_on_its_line() -> None:
    # no line break nor 。 between the advert and the report's sentence: the
    # stretch reads as a sentence of the report with a brand in it (kept, its
    # facts can only confirm their table)
    text = "★★澳门新葡京 首存送100%★★ 本机关收到政府信息公开申请12件。"
    at = text.index("100%")
    assert not [f for f in shipped(text) if f.quantity_start <= at < f.quantity_end]
