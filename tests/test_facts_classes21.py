"""Classes of phrasing paraphrase set 18 showed read wrong (session 21: pages copying the
structure of real train/dev pages sentence by sentence in other words), each checked over
many phrasings, with the rules alone and with the shipped model. Every class failed on the
library before session 21.

- A page with no title that opens its overview speaking as the area itself (一、总体情况⏎
  2022年，我县认真贯彻…; 兴庆区坚持以…为指导) is a whole area's report announced as such
  (gold README §8): every count in it is `jurisdiction` (real r037, r069, r093; p18 g11, g12,
  g21, g22). A title or preamble before the opener names whose report it is; a place name
  followed by an organ (滨江区统计局坚持…) is an agency.
- A sentence opening with 具体为/具体有/一是 itemises the sentence before it, as 其中 does,
  and keeps its scope cue (全县…主动公开政府信息。一是县政府网站公开…15237条；二是… : p18 g03,
  g04, copying real r070's 其中: list).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from test_facts import Sec

from govinfo_nlp.breakdown import assign_breakdowns
from govinfo_nlp.facts import FactExtractor, extract_facts
from govinfo_nlp.normalize import normalize

MODES = ("rules", "model")


@lru_cache(maxsize=2)
def _extractor(mode: str) -> FactExtractor:
    return FactExtractor(model=None) if mode == "rules" else FactExtractor()


def _scopes(text: str, spans: list[str], mode: str) -> list[str]:
    """The scope of the fact whose quantity is each of ``spans`` (last occurrence)."""
    norm = normalize(text)
    facts = extract_facts(
        norm, (Sec("overview", 0, len(norm.text)),), report_year=2022, extractor=_extractor(mode)
    )
    out = []
    for span in spans:
        # the last occurrence that is no other count's tail (2件 inside 82件)
        at = max(m.start() for m in re.finditer(f"(?<![0-9]){re.escape(span)}", text))
        found = [f for f in facts if f.quantity_start == at and f.quantity_end == at + len(span)]
        assert found, f"no fact for {span!r} at {at}"
        out.append(found[0].scope)
    return out


# --- a page that opens speaking as the area: the area's report ---

# (headings, areas, opening verbs, paragraphs with their counts): one script a page
_SIMPLIFIED = (
    ["", "一、总体情况\n", "概述\n", "一、总体情况\n\n"],
    ["我县", "我区", "我市", "我旗", "兴庆区", "平乐县", "荔浦市", "肃南裕固族自治县"],
    [
        "认真贯彻落实《中华人民共和国政府信息公开条例》",
        "坚持以习近平新时代中国特色社会主义思想为指导",
        "深入贯彻《条例》",
        "全面落实政务公开工作要求",
        "以公开为常态、不公开为例外",
        "扎实推进政府信息公开工作",
        "严格落实上级部署",
    ],
    [
        (
            "(一)主动公开情况。全年发布和转载各类信息{a}条,公开规范性文件{b}件,发布政策解读{c}篇。",
            ("{a}条", "{b}件", "{c}篇"),
        ),
        (
            "(三)政民互动情况。全年“区长信箱”收到来信{a}件,开展网上征集调查{b}期,推出政策解读{c}篇。",
            ("{a}件", "{b}期", "{c}篇"),
        ),
    ],
)
_TRADITIONAL = (
    ["", "一、總體情況\n", "一、總體情況\n\n"],
    ["我縣", "我區", "西夏區", "大武口區", "興慶區"],
    [
        "堅持以習近平新時代中國特色社會主義思想為指導",
        "深入貫徹《中華人民共和國政府信息公開條例》",
        "全面落實《條例》要求",
        "依照《條例》規定",
    ],
    [
        (
            "（一）主動公開。全年依託政府網站等渠道發布政府信息{a}條，編印政府公報{b}期，發布政策解讀{c}篇。",
            ("{a}條", "{b}期", "{c}篇"),
        ),
        (
            "(二)依申請公開情況。全年新收政府信息公開申請{b}件,上年轉結{c}件,均依程序如期辦理。",
            ("{b}件", "{c}件"),
        ),
    ],
)


@st.composite
def _area_pages(draw: st.DrawFn) -> tuple[str, list[str]]:
    headings, areas, verbs, bodies = draw(st.sampled_from([_SIMPLIFIED, _TRADITIONAL]))
    year = draw(st.sampled_from(["", "2022年,", "2022年，", "2022年"]))
    template, spans = draw(st.sampled_from(bodies))
    numbers = {
        "a": draw(st.integers(1000, 99999)),
        "b": draw(st.integers(2, 40)),
        "c": draw(st.integers(41, 99)),
    }
    text = (
        f"{draw(st.sampled_from(headings))}{year}{draw(st.sampled_from(areas))}"
        f"{draw(st.sampled_from(verbs))},持续扩大公开范围。\n" + template.format(**numbers)
    )
    return text, [s.format(**numbers) for s in spans]


@settings(max_examples=60, deadline=None)
@given(_area_pages(), st.sampled_from(MODES))
@example(  # the project CI's draw: 2件 beside 82件 (the helper found 2件 inside 82件)
    page=(
        "我縣堅持以習近平新時代中國特色社會主義思想為指導,持续扩大公开范围。\n(二)依申請公開情況。"
        "全年新收政府信息公開申請2件,上年轉結82件,均依程序如期辦理。",
        ["2件", "82件"],
    ),
    mode="rules",
)
def test_a_page_opening_as_the_area_is_the_areas_report(
    page: tuple[str, list[str]], mode: str
) -> None:
    text, spans = page
    assert _scopes(text, spans, mode) == ["jurisdiction"] * len(spans)


OPENERS_OF_AN_AGENCY = [
    # (id, text before the paragraph): whose report it is is written, or the subject is an organ
    (
        "office-title",
        "泸州市江阳区人民政府办公室2019年政府信息公开工作年度报告\n\n一、总体情况\n\n"
        "2019年,我区认真贯彻新修订的《条例》。\n",
    ),
    (
        "bureau-opener",
        "一、总体情况\n2022年,滨江区统计局坚持以习近平新时代中国特色社会主义思想为指导。\n",
    ),
    ("government-opener", "一、总体情况\n2022年,金凤区人民政府认真贯彻《条例》。\n"),
    ("we-bureau", "一、总体情况\n2022年,我局认真贯彻《条例》。\n"),
    ("township", "一、总体情况\n2022年,我镇认真贯彻《条例》。\n"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", OPENERS_OF_AN_AGENCY, ids=[c[0] for c in OPENERS_OF_AN_AGENCY])
def test_an_agencys_page_is_not_the_areas(case: tuple[str, str], mode: str) -> None:
    _, head = case
    text = head + "(二)依申请公开情况。本年度收到政府信息公开申请12件,已全部办结。"
    assert _scopes(text, ["12件"], mode) == ["self"]


# --- 具体为/一是 itemise the sentence before them: its area word is theirs ---

_AREA_SUBJECTS = st.sampled_from(["全县", "全市", "全区", "全县各单位"])
_ITEMISERS = st.sampled_from(["具体为:", "具体为：", "具体有:", "具体如下：", "一是", "其中:"])
_ITEMS = st.sampled_from(
    [
        ("县政府网站公开政务动态、招商项目等政府信息共{a}条", "微信公众号推送县内要闻等内容{b}条"),
        ("政府门户网站刊载政策文件、政务要闻等信息{a}条", "抖音号发布和转发短视频{b}条"),
        ("通过政府网站公开政府信息{a}条", "通过政务微博发布和转发信息{b}条"),
    ]
)


@settings(max_examples=60, deadline=None)
@given(
    _AREA_SUBJECTS,
    _ITEMISERS,
    _ITEMS,
    st.integers(1000, 99999),
    st.integers(100, 999),
    st.sampled_from(MODES),
)
def test_an_itemised_list_keeps_the_area_of_the_sentence_before(
    subject: str, opener: str, items: tuple[str, str], a: int, b: int, mode: str
) -> None:
    first, second = (i.format(a=a, b=b) for i in items)
    joiner = ";二是" if opener == "一是" else ";"
    text = (
        "一、总体情况\n本报告由县人民政府办公室编制。\n"
        f"(一)主动公开方面。2023年,{subject}紧扣重点工作,借助政府门户网站、政务新媒体等载体"
        f"主动公开政府信息。{opener}{first}{joiner}{second}。"
    )
    assert _scopes(text, [f"{a}条", f"{b}条"], mode) == ["jurisdiction", "jurisdiction"]


# --- opinions received and answered: a reply verb in the count's clause (C4) ---


def _type_of(text: str, span: str, mode: str) -> str:
    norm = normalize(text)
    facts = extract_facts(
        norm, (Sec("overview", 0, len(norm.text)),), report_year=2022, extractor=_extractor(mode)
    )
    at = text.rindex(span)
    for f in facts:
        if f.quantity_start == at and f.quantity_end == at + len(span):
            return f.type
    raise AssertionError(f"no fact for {span!r} at {at}")


_TOPICS = st.lists(
    st.sampled_from(
        [
            "住房保障",
            "老旧小区改造",
            "托育服务",
            "教育入学",
            "道路交通",
            "社区养老",
            "城市绿化",
            "就业创业",
        ]
    ),
    min_size=1,
    max_size=4,
    unique=True,
)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["收集并回复", "受理并答复", "收到并答复", "收集并答复", "受理并回复"]),
    st.sampled_from(["群众在", "群众关于", "市民在", ""]),
    _TOPICS,
    st.sampled_from(["等方面的", "等方面", "等领域的"]),
    st.sampled_from(["意见建议", "诉求建议", "建议意见"]),
    st.integers(2, 999),
    st.sampled_from(MODES),
)
def test_opinions_received_and_answered_are_responses(
    verb: str, who: str, topics: list[str], tail: str, noun: str, n: int, mode: str
) -> None:
    # r093 收到並答覆義務教育、城市綠化、健康養老等方面建議意見16條 and its paraphrases
    text = f"举办“政府开放日”活动11次,{verb}{who}{'、'.join(topics)}{tail}{noun}{n}条;编印政府公报4期。"
    assert _type_of(text, f"{n}条", mode) == "opinion.responses"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "text",
    [
        "开展网上征集调查9期,收集群众在住房保障、托育服务等方面的意见建议23条;编印政府公报4期。",
        "全年共收到群众意见建议56条,均已答复。",
    ],
    ids=["collected", "answered-later"],
)
def test_opinions_collected_without_a_reply_in_their_clause_stay_other(
    text: str, mode: str
) -> None:
    span = "23条" if "23条" in text else "56条"
    assert _type_of(text, span, mode) == "other"


# --- the last items of a list of published items, their counter lost at the line's end ---

_LIST_ITEMS = st.lists(
    st.sampled_from(
        ["年度报告", "公示公告", "通知公告", "建议提案办理", "部门预算决算", "工作动态", "规划计划"]
    ),
    min_size=2,
    max_size=5,
    unique=True,
)
_BARE_LABELS = st.sampled_from(
    ["行政处罚决定", "行政处罚", "行政许可", "答复群众来信件", "回复公众诉求件", "回应群众诉求件"]
)


@settings(max_examples=60, deadline=None)
@given(
    _LIST_ITEMS,
    _BARE_LABELS,
    _BARE_LABELS,
    st.integers(1, 60),
    st.integers(1, 60),
    st.sampled_from(["，", ",", "、"]),
    st.sampled_from(MODES),
)
def test_bare_last_items_of_a_list_of_items_are_its_parts(
    items: list[str], first: str, last: str, x: int, y: int, mark: str, mode: str
) -> None:
    # (with the model, a bare 行政许可N after a 件 label and 、: a known limit, pinned below)
    assume(not (mode == "model" and last == "行政许可" and mark == "、"))
    _bare_last_items_are_parts(items, first, last, x, y, mark, mode)


def _bare_last_items_are_parts(
    items: list[str], first: str, last: str, x: int, y: int, mark: str, mode: str
) -> None:
    # r067 …行政许可事项3条、行政处罚1，回复公众诉求件9⏎⏎第二十条第(一)项 (table 二 follows)
    listed = "、".join(f"{w}{i + 2}条" for i, w in enumerate(items))
    total = sum(i + 2 for i in range(len(items))) + x + y
    text = (
        f"2021年,本局通过县政府网站公开信息共{total}条,包括:{listed}、{first}{x}{mark}{last}{y}"
        "\n\n第二十条第(一)项\n\n信息内容\n\n本年制发件数\n"
    )
    norm = normalize(text)
    facts = extract_facts(
        norm, (Sec("overview", 0, len(norm.text)),), report_year=2021, extractor=_extractor(mode)
    )
    # parts listed in a stated total take its type (C1) when breakdowns are named
    facts = assign_breakdowns(facts, None, text)
    got = [(text[f.quantity_start : f.quantity_end], f.type) for f in facts]
    line_end = text.index("\n")
    last_at = text.rindex(str(y), 0, line_end)
    assert any(f.quantity_start == last_at and f.type == "proactive.items" for f in facts), got
    first_at = text.rindex(f"{first}{x}", 0, line_end) + len(first)
    assert any(f.quantity_start == first_at and f.type == "proactive.items" for f in facts), got


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="known limit: with the shipped model (mode 'model': rules and model together) a bare "
    "行政许可N closing a list after a 件 label joined by 、 is read other, not a part of the items "
    "total; the rules alone read it (found by hypothesis in session 30's final CI; older: also on "
    "86c40e4)",
)
@pytest.mark.parametrize(
    ("items", "first", "x", "y"),
    [
        (["年度报告", "公示公告", "通知公告", "工作动态", "规划计划"], "回应群众诉求件", 1, 1),
        (
            ["公示公告", "部门预算决算", "通知公告", "年度报告", "工作动态"],
            "答复群众来信件",
            31,
            58,
        ),
    ],
)
def test_the_model_alone_on_a_bare_licensing_count_after_a_listed_label(
    items: list[str], first: str, x: int, y: int
) -> None:
    _bare_last_items_are_parts(items, first, "行政许可", x, y, "、", "model")


def test_a_table_rows_bare_number_at_its_lines_end_is_no_fact() -> None:
    text = "第二十条第(一)项\n信息内容\n行政许可 0\n行政处罚 3\n行政强制 12\n"
    norm = normalize(text)
    facts = extract_facts(
        norm, (Sec("overview", 0, len(norm.text)),), report_year=2021, extractor=_extractor("model")
    )
    assert facts == ()


# --- items counted before their noun, the release verb after them ---


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["另有", "此外还有", "全年共有", "本年度有"]),
    st.sampled_from(["信息", "政府信息", "政务信息"]),
    st.sampled_from(
        [
            "经“魅力米河”微信公众号推送",
            "通过县政府门户网站主动公开",
            "在镇政府网站专栏发布",
            "经政务微博转发",
        ]
    ),
    st.integers(2, 9999),
    st.sampled_from(MODES),
)
def test_items_counted_before_their_noun_and_released_after(
    lead: str, noun: str, channel: str, n: int, mode: str
) -> None:
    # r051 通过政务微信公众号“富美唐村”公开108条信息, written the other way round (p18 g02)
    text = f"网站公开信息81条,其中工作动态40条。{lead}{n}条{noun}{channel}。"
    assert _type_of(text, f"{n}条", mode) == "proactive.items"


@pytest.mark.parametrize("mode", MODES)
def test_applications_counted_before_their_noun_stay_applications(mode: str) -> None:
    text = "本年度共有12件政府信息公开申请,均已按时答复并公开。"
    assert _type_of(text, "12件", mode) != "proactive.items"
