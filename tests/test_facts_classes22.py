"""Classes of phrasing paraphrase set 17 showed read wrong (session 22; its pages copy the
structure of real train/dev pages sentence by sentence in other words), each checked over
several phrasings (a grammar where the class is one), with the rules alone and with the
shipped model. Every class failed on the library before session 22.

- Information made or generated (生成/编制/形成/产生…信息N条), as 制作信息30条 of the real
  r074: documents made, no publication count (`other`, gold README §3 part 1, §9).
- Documents kept in force after a clean-up (保留有效/继续有效/仍然有效 N件): a stock, `other`.
- A clause that is only a period and a verb of issuing after a sentence whose topic is
  规范性文件 (对…规范性文件开展清理，全年印发0件，废止2件): documents issued,
  `proactive.normative` (the real r136, p17 f25/f26).
- An area word right after a verb of publishing (发布全市…空气质量信息12条) is what the
  items are about: the agency's own items, `self` (the real r122 ×2, p17 f29/f30).
- 曝光 publishes (曝光…环境违法案件31件: `proactive.items`).
- A channel or an applicant kind after a total of applications in its sentence takes the
  total's type however far back the verb lies (办理申请7件，包括网上申请4件，当面申请2件，
  信函申请1件: all handled; p17 f23, skeleton r163).
- Proposals the agency received (公开分局收到的建议提案5件, 主动公开我局收到的6件建议提案:
  `other`, the real r138), not the published results of their handling (items).
- 政策解读及工作信息63篇: a mixed count of items, not interpretations.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_facts import Sec

from govinfo_nlp.facts import FactExtractor, extract_facts
from govinfo_nlp.normalize import normalize

MODES = ("rules", "model")


@lru_cache(maxsize=2)
def _extractor(mode: str) -> FactExtractor:
    return FactExtractor(model=None) if mode == "rules" else FactExtractor()


def _facts(text: str, spans: list[str], mode: str) -> list[tuple[str, str]]:
    """(type, scope) of the fact whose quantity is each of ``spans`` (its last occurrence
    not inside a longer number: 1件 is not the end of 61件)."""
    norm = normalize(text)
    facts = extract_facts(
        norm, (Sec("overview", 0, len(norm.text)),), report_year=2022, extractor=_extractor(mode)
    )
    out = []
    for span in spans:
        at = [m.start() for m in re.finditer(f"(?<![0-9.]){re.escape(span)}", text)][-1]
        found = [f for f in facts if f.quantity_start == at and f.quantity_end == at + len(span)]
        assert found, f"no fact for {span!r} at {at}"
        out.append((found[0].type, found[0].scope))
    return out


def _types(text: str, spans: list[str], mode: str) -> list[str]:
    return [t for t, _ in _facts(text, spans, mode)]


# --- information made: other ---


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "text, span",
    [
        ("2024年本局共生成政府信息36条,其中属于主动公开的29条。", "36条"),
        ("本年度本局编制信息共41条,主动公开35条,比例为85.37%。", "41条"),
        ("2023年我单位共形成政府信息52条,其中主动公开40条。", "52条"),
        ("全年共产生政府信息20条,其中主动公开信息18条。", "20条"),
        ("2024年我单位共制作信息30条,其中主动公开信息数24条。", "30条"),
    ],
)
def test_information_made_is_no_publication(text: str, span: str, mode: str) -> None:
    assert _types(text, [span], mode) == ["other"]


# --- kept in force after a clean-up: other ---


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "text, kept",
    [
        ("本年度我局制定出台规范性文件3件,清理废止4件,保留有效的规范性文件共计12件。", "12件"),
        ("对已公开的规范性文件开展全面清理,宣布失效2件,仍然有效3件。", "3件"),
        ("本年度清理规范性文件10件,废止2件,继续有效8件。", "8件"),
        ("经清理,依然有效的规范性文件5件。", "5件"),
    ],
)
def test_documents_kept_in_force_are_a_stock(text: str, kept: str, mode: str) -> None:
    assert _types(text, [kept], mode) == ["other"]


@pytest.mark.parametrize("mode", MODES)
def test_documents_made_beside_a_kept_stock_stay_normative(mode: str) -> None:
    text = "本年度我局制定出台规范性文件3件,清理废止4件,保留有效的规范性文件共计12件。"
    assert _types(text, ["3件", "4件"], mode) == ["proactive.normative", "other"]


# --- a bare verb of issuing after a clean-up of 规范性文件: normative ---

_TOPICS = st.sampled_from(
    [
        "对已公开的规范性文件开展全面清理",
        "对本局规范性文件开展集中清理",
        "对主动公开规范性文件进行全面清理",
        "对我局制发的行政规范性文件进行了专项清理",
        "规范性文件清理方面",
    ]
)
_PERIODS = st.sampled_from(["", "全年", "本年度", "2022年", "今年", "当年"])
_ADVERBS = st.sampled_from(["", "新", "共"])
_VERBS = st.sampled_from(["印发", "制定", "制发", "出台"])
_AFTER = st.sampled_from(
    [
        ",废止{m}件,现行有效{k}件。",
        ",宣布失效{m}件,仍然有效{k}件。",
        ",废止{m}件,继续有效{k}件。",
    ]
)


@settings(max_examples=60, deadline=None)
@given(
    topic=_TOPICS,
    period=_PERIODS,
    adverb=_ADVERBS,
    verb=_VERBS,
    after=_AFTER,
    n=st.integers(0, 30),
    m=st.integers(31, 60),
    k=st.integers(61, 99),
    mode=st.sampled_from(MODES),
)
def test_a_bare_verb_of_issuing_counts_the_topic_documents(
    topic: str, period: str, adverb: str, verb: str, after: str, n: int, m: int, k: int, mode: str
) -> None:
    text = f"{topic},{period}{adverb}{verb}{n}件" + after.format(m=m, k=k)
    assert _types(text, [f"{n}件", f"{m}件", f"{k}件"], mode) == [
        "proactive.normative",
        "other",
        "other",
    ]


@pytest.mark.parametrize("mode", MODES)
def test_a_bare_verb_after_another_count_is_not_the_topic(mode: str) -> None:
    # the documents were counted already; the 5件 follows a count of information
    text = "印发规范性文件3件,发布信息20条,发布5件。"
    types = _types(text, ["3件", "20条", "5件"], mode)
    assert types[:2] == ["proactive.normative", "proactive.items"]
    assert types[2] != "proactive.normative"


# --- the area as what published items are about: self ---


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "text, span",
    [
        ("发布全市降水酸度及空气质量指数( AQI)信息合计12条。", "12条"),
        ("公开全市空气质量指数( AQI)日报及降水酸度信息365条。", "365条"),
        ("在门户网站“执法公示”栏目公示2021年度全市环境行政处罚案件19件。", "19件"),
        ("通过“环境违法曝光台”曝光2020年度全市环境违法案件31件。", "31件"),
        ("发布全区河流断面水质监测信息36条。", "36条"),
        ("公布全县森林火险等级预报信息120期。", "120期"),
    ],
)
def test_an_area_published_about_is_no_area_count(text: str, span: str, mode: str) -> None:
    assert _facts(text, [span], mode) == [("proactive.items", "self")]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "text, span",
    [
        # the area's agencies publishing, or the area itself doing it
        ("全年通过区政府门户网站发布全区各单位政府信息4126条。", "4126条"),
        ("全市共发布政府信息300条。", "300条"),
        ("全县各部门公开信息1200条。", "1200条"),
    ],
)
def test_the_area_publishing_stays_jurisdiction(text: str, span: str, mode: str) -> None:
    assert _facts(text, [span], mode)[0][1] == "jurisdiction"


# --- parts of a total of applications take its type ---

_CHANNELS = ["网上申请", "当面申请", "信函申请", "传真申请", "电子邮件申请"]


@settings(max_examples=60, deadline=None)
@given(
    verb=st.sampled_from(["办理", "办结", "答复", "处理"]),
    opener=st.sampled_from(["包括", "其中", "其中,", "从申请方式看,"]),
    channels=st.lists(st.sampled_from(_CHANNELS), min_size=2, max_size=5, unique=True),
    sep=st.sampled_from([",", "、"]),
    mode=st.sampled_from(MODES),
)
def test_channels_after_a_handled_total_are_handled(
    verb: str, opener: str, channels: list[str], sep: str, mode: str
) -> None:
    counts = [f"{k + 1}件" for k in range(len(channels))]
    assert _types(_handled_list(verb, opener, channels, sep), counts, mode) == [
        "requests.closed"
    ] * len(counts)


_FOURTH_IN_PERSON = ["当面申请", "电子邮件申请"]


def _handled_list(verb: str, opener: str, channels: list[str], sep: str) -> str:
    counts = [f"{k + 1}件" for k in range(len(channels))]
    total = sum(k + 1 for k in range(len(channels))) + 10
    return (
        f"本年度本局共{verb}政府信息公开申请{total}件,{opener}"
        + sep.join(c + n for c, n in zip(channels, counts, strict=True))
        + ",全部在法定期限内作出答复。"
    )


def test_a_fourth_in_person_channel_keeps_the_handled_type() -> None:
    # session 25's limit (12 of 1,280 lists): 当面申请4件 fourth inherited requests.closed
    # at 0.66 and the model (requests.received, p 0.64) overrode it; a part is now read as
    # the count it took its reading from was (extractor._decide, sibling)
    channels = ["网上申请", "信函申请", "传真申请", *_FOURTH_IN_PERSON]
    got = _types(
        _handled_list("办理", "其中", channels, "、"), ["1件", "2件", "3件", "4件", "5件"], "model"
    )
    assert got == ["requests.closed"] * 5


@pytest.mark.parametrize("mode", MODES)
def test_a_part_whose_own_words_say_otherwise_keeps_them(mode: str) -> None:
    # the sibling's reading passes only to a part that inherited it: an outcome in the
    # same list keeps its own field's type, and a change after the list stays other
    text = "全年办理政府信息公开申请12件,其中网上申请5件、当面申请7件,较上年增加3件。"
    assert _types(text, ["5件", "7件", "3件"], mode) == ["requests.closed"] * 2 + ["other"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "text, spans, want",
    [
        (
            "全年共收到政府信息公开申请9件,其中网上申请6件、当面申请3件。",
            ["6件", "3件"],
            ["requests.received"] * 2,
        ),
        ("主动公开信息30条,网上申请5件。", ["5件"], ["requests.received"]),
        (
            "全年办结依申请公开5件,其中自然人申请4件,法人或其他组织申请1件。",
            ["4件", "1件"],
            ["requests.closed"] * 2,
        ),
    ],
)
def test_parts_keep_their_own_reading_elsewhere(
    text: str, spans: list[str], want: list[str], mode: str
) -> None:
    assert _types(text, spans, mode) == want


# --- proposals received; mixed interpretations ---


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "text, span, want",
    [
        ("推动建议提案公开,公开分局收到的建议提案5件,公开率100%。", "5件", "other"),
        ("主动公开我局收到的6件建议提案。", "6件", "other"),
        ("公开本局收到的人大代表建议3件。", "3件", "other"),
        ("公开本局承办的建议提案办理结果8件,公开比例为100%。", "8件", "proactive.items"),
    ],
)
def test_proposals_received_are_no_published_items(
    text: str, span: str, want: str, mode: str
) -> None:
    assert _types(text, [span], mode) == [want]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "text, span, want",
    [
        ("在《眉山日报》等媒体刊登政策解读及工作信息63篇。", "63篇", "proactive.items"),
        ("发布政策解读和工作动态共20条。", "20条", "proactive.items"),
        ("在本地媒体刊发政策解读与新闻稿件45篇。", "45篇", "proactive.items"),
        ("编发税费政策解读和热点问答146篇。", "146篇", "proactive.interpretations"),
        ("发布工作信息20条,政策解读5篇。", "5篇", "proactive.interpretations"),
    ],
)
def test_interpretations_mixed_with_other_items_are_items(
    text: str, span: str, want: str, mode: str
) -> None:
    assert _types(text, [span], mode) == [want]


# --- paraphrase20 (a tuning set since the lead's blind reading, session 22) ---


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "text, spans",
    [
        (
            "2023年全年审核公文合计142件,其中不予公开21件,依申请公开19件,主动公开102件。",
            ["21件", "19件"],
        ),
        ("2022年共审核公文96件,不予公开14件,依申请公开9件,主动公开73件。", ["14件", "9件"]),
        ("2021年共收到审核公文117件,不予公开18件,依申请公开16件,主动公开83件。", ["18件", "16件"]),
        ("全年共制发文件60件,其中依申请公开5件、不予公开3件。", ["5件", "3件"]),
    ],
)
def test_disclosure_attributes_of_documents_are_no_applications(
    text: str, spans: list[str], mode: str
) -> None:
    assert _types(text, spans, mode) == ["other"] * len(spans)


@pytest.mark.parametrize("mode", MODES)
def test_outcomes_of_applications_stay_outcomes(mode: str) -> None:
    text = "全年办结政府信息公开申请10件,其中予以公开6件,不予公开2件,无法提供2件。"
    assert _types(text, ["6件", "2件"], mode) == ["requests.closed"] * 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "text, spans",
    [
        (
            "按月协调有关部门,发布“书记信箱”办理情况通报12期,更新“在线访谈”栏目29期。",
            ["12期", "29期"],
        ),
        ("每月协调有关单位,上传“区长信箱”办理情况12期,更新“政务访谈”栏目21期。", ["12期", "21期"]),
        ("每月协调相关部门,上传政民零距离办理情况12期,更新政务访谈34期。", ["12期", "34期"]),
    ],
)
def test_issues_the_agency_publishes_after_coordinating_are_its_own(
    text: str, spans: list[str], mode: str
) -> None:
    assert [scope for _, scope in _facts(text, spans, mode)] == ["self"] * len(spans)


@pytest.mark.parametrize("mode", MODES)
def test_departments_the_agency_urges_still_publish_for_the_area(mode: str) -> None:
    assert _facts("督促有关部门发布信息200条。", ["200条"], mode)[0][1] == "jurisdiction"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "text, span, want",
    [
        (
            "向区政府门户网站“统计信息”栏目报送数据,全年报送22批次,方便公众查询。",
            "22批次",
            "proactive.items",
        ),
        (
            "按时向区政府门户网站“统计数据”栏目报送统计公报、统计年鉴等数据资料31批次。",
            "31批次",
            "proactive.items",
        ),
        ("向市统计局报送统计数据12批次。", "12批次", "other"),
        ("全年共报送信息稿件48篇。", "48篇", "other"),
    ],
)
def test_batches_fed_to_the_portal_column_are_published(
    text: str, span: str, want: str, mode: str
) -> None:
    assert _types(text, [span], mode) == [want]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "text, span",
    [
        ("公布2024年统计公报、统计年鉴及数据解读各1份。", "1份"),
        ("发布人口普查资料汇编、图解及主要数据各1份。", "1份"),
        ("发布人口普查公报、数据解读及主要数据各1份。", "1份"),
    ],
)
def test_a_count_spread_over_a_mixed_list_is_items(text: str, span: str, mode: str) -> None:
    assert _types(text, [span], mode) != ["proactive.interpretations"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "text, span, want",
    [
        # a sentence that is only the running total after the year's count
        (
            "2021年度本局共发布政府信息176条,其中工作动态49条。累计公开信息2093条。",
            "2093条",
            "other",
        ),
        ("2023年共发布信息88条。累计发布信息1560条。", "1560条", "other"),
        # the year's own total written with 累计
        (
            "全年镇政府累计对外发布各类政府信息752条,按类别分:机构概况类2条。",
            "752条",
            "proactive.items",
        ),
        ("2022年累计发布政府信息321条,其中工作动态200条。", "321条", "proactive.items"),
    ],
)
def test_a_running_total_and_a_year_total_written_with_leiji(
    text: str, span: str, want: str, mode: str
) -> None:
    assert _types(text, [span], mode) == [want]


@pytest.mark.parametrize("mode", MODES)
def test_letters_are_not_counted_in_issues(mode: str) -> None:
    text = "全年上传“区长信箱”办理情况12期。全年受理区长信箱来信120封。"
    assert _types(text, ["12期", "120封"], mode) == ["proactive.items", "other"]
