"""Classes of phrasing the tuning sets showed read wrong (session 19), each checked over
many phrasings (new words, orders, joiners, Traditional), with the rules alone and with
the shipped model. Every case of the tables failed on the library before session 19.

- A count naming both a mailbox's or a message's items and a hotline's cases keeps its
  reply (gold README §13.5, C4: a message anywhere in the clause governing the count),
  however far back the mailbox or after a 、 (paraphrase2 q26, paraphrase3 s11,
  paraphrase4 u26, paraphrase7 y10); a bare verb after such a count (…共收到1276件，
  办结1276件) counts what it counted.
"""

from __future__ import annotations

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


def _type_at(text: str, at: int, span: str, mode: str) -> str:
    """The type of the fact whose quantity is ``span`` at ``at`` of ``text``."""
    norm = normalize(text)
    facts = extract_facts(
        norm, (Sec("overview", 0, len(norm.text)),), report_year=2022, extractor=_extractor(mode)
    )
    for f in facts:
        if f.quantity_start == at and text[f.quantity_start : f.quantity_end] == span:
            return f.type
    raise AssertionError(f"no fact for {span!r} at {at}")


def _last(text: str, span: str) -> int:
    return text.rindex(span)


# --- a mailbox and a hotline in one count: a reply (C4) ---

MIXED = [
    # (id, text, quantity (its last occurrence), type)
    (
        "q26",
        "（三）政民互动。办理区长信箱、民生热线转办件64件，办结率100%。",
        "64件",
        "opinion.responses",
    ),
    (
        "u26",
        "(四)回应关切。通过“局长信箱”和12345热线办理群众诉求2310件,回复网民留言近千条。",
        "2310件",
        "opinion.responses",
    ),
    (
        "s11",
        "医院“院长信箱”及12345转办件全年共收到1276件，办结1276件，办结率100%。",
        "1276件",
        "opinion.responses",
    ),
    (
        "y10",
        "通过医院官网“院长信箱”和12345热线收到群众意见建议412件，办结409件，满意率96.3%。",
        "409件",
        "opinion.responses",
    ),
    (
        "far-mailbox",
        "依托门户网站“书记县长信箱”栏目与12345政务服务便民热线平台处理群众反映问题873件。",
        "873件",
        "opinion.responses",
    ),
    (
        "traditional",
        "辦理市長信箱、12345熱線轉辦件1,024件，辦結率100%。",
        "1,024件",
        "opinion.responses",
    ),
    (
        "messages-and-hotline",
        "全年通过网上留言板、民生热线等渠道办结群众诉求和各类转办件共计566件。",
        "566件",
        "opinion.responses",
    ),
    # what stays: a hotline's cases alone, and the hotline's item after a mailbox's count
    ("hotline-alone", "12345热线转办件全年共收到815件，办结815件，办结率100%。", "815件", "other"),
    (
        "hotline-item",
        "全年办理市长信箱来信236件、12345政务服务便民热线转办工单1820件。",
        "1820件",
        "other",
    ),
    (
        "mailbox-clause-before",
        "办理市长信箱来信236件，办理12345热线工单1820件，按期办结率98%。",
        "1820件",
        "other",
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", MIXED, ids=[c[0] for c in MIXED])
def test_a_mailbox_and_a_hotline(case: tuple, mode: str) -> None:
    _, text, qty, expected = case
    assert _type_at(text, _last(text, qty), qty, mode) == expected


_MAILBOXES = st.sampled_from(
    [
        "区长信箱",
        "“局长信箱”",
        "医院官网“院长信箱”",
        "市长信箱",
        "门户网站“书记信箱”栏目",
        "网上留言板",
    ]
)
_JOINERS = st.sampled_from(["、", "和", "及", "与", "以及"])
_HOTLINES = st.sampled_from(
    ["12345热线", "民生热线", "12345政务服务便民热线", "市长热线", "12345平台", "“12345”市民热线"]
)
_CASES = st.sampled_from(["转办件", "群众诉求", "工单", "交办件", "群众反映问题"])
_VERBS = st.sampled_from(["办理", "办结", "处理"])
_TAILS = st.sampled_from(["", "，办结率100%", "，群众满意率96.2%"])


@settings(max_examples=60, deadline=None)
@given(
    _MAILBOXES,
    _JOINERS,
    _HOTLINES,
    _CASES,
    _VERBS,
    st.integers(2, 99999),
    _TAILS,
    st.booleans(),
    st.sampled_from(MODES),
)
def test_a_count_naming_a_mailbox_and_a_hotline_is_a_reply(
    mailbox: str,
    joiner: str,
    hotline: str,
    cases: str,
    verb: str,
    n: int,
    tail: str,
    verb_first: bool,
    mode: str,
) -> None:
    # the verb before the channels (办理区长信箱、…64件) or after them (通过…和…办理…2310件)
    channels = f"{mailbox}{joiner}{hotline}"
    body = f"{verb}{channels}{cases}" if verb_first else f"通过{channels}{verb}{cases}"
    text = f"全年{body}{n}件{tail}。"
    assert _type_at(text, _last(text, f"{n}件"), f"{n}件", mode) == "opinion.responses"


@settings(max_examples=40, deadline=None)
@given(
    _MAILBOXES,
    _JOINERS,
    st.sampled_from(["12345热线", "民生热线", "12345政务服务便民热线", "市长热线"]),
    _CASES,
    st.sampled_from(["办结", "已办结", "按时办结", "全部办结"]),
    st.integers(2, 9999),
    st.sampled_from(MODES),
)
def test_a_bare_verb_counts_what_the_count_before_it_counted(
    mailbox: str, joiner: str, hotline: str, cases: str, verb: str, n: int, mode: str
) -> None:
    text = f"{mailbox}{joiner}{hotline}{cases}全年共收到{n + 1}件，{verb}{n}件，办结率99%。"
    assert _type_at(text, _last(text, f"{n}件"), f"{n}件", mode) == "opinion.responses"


@settings(max_examples=40, deadline=None)
@given(
    _HOTLINES,
    _CASES,
    st.sampled_from(["办结", "已办结"]),
    st.integers(2, 9999),
    st.sampled_from(MODES),
)
def test_a_hotlines_cases_alone_stay_other(
    hotline: str, cases: str, verb: str, n: int, mode: str
) -> None:
    # no mailbox, no message, no reply verb: the hotline's service cases (C4)
    text = f"{hotline}{cases}全年共受理{n + 1}件，{verb}{n}件，办结率99%。"
    assert _type_at(text, _last(text, f"{n}件"), f"{n}件", mode) == "other"


@pytest.mark.xfail(
    strict=True,
    reason="known limit: a bare verb's replies are read by opinion.responses within 24 "
    "characters of a mailbox, hotline or message word; further back only the bare closing "
    "verb of applications fires (requests.closed.verb, lowered by the mailbox in context)",
)
def test_a_bare_verb_far_from_its_channels() -> None:
    text = "区长信箱、12345平台群众反映问题全年共收到100件，办结99件，办结率99%。"
    assert _type_at(text, _last(text, "99件"), "99件", "rules") == "opinion.responses"


# --- a verb heading a list governs each item; bulletins, copies, yearbooks; not suits ---

LISTS = [
    # (id, text, quantity (its last occurrence), type)
    # paraphrase2 q47, paraphrase5 w31, paraphrase6 x45: objects inspected, documents cleaned up
    (
        "inspected",
        "开展网站和新媒体抽查4次，抽查网站36家、新媒体240个，合格率97.1%。",
        "240个",
        "other",
    ),
    ("checked", "全年检查政府网站12个、政务新媒体30个，发现问题8个。", "30个", "other"),
    ("cleaned-up", "全年集中清理规章56件、规范性文件213件。", "213件", "other"),
    ("repealed", "修改规章3件，废止规章4件、行政规范性文件19件。", "19件", "other"),
    ("declared-void", "宣布失效规章2件、行政规范性文件7件。", "7件", "other"),
    ("repealed-traditional", "廢止規章4件、行政規範性文件19件。", "19件", "other"),
    # what stays: an item with a verb of its own, a list with no such head
    ("own-verb", "废止规章4件、制定规范性文件19件。", "19件", "proactive.normative"),
    ("made", "全年制定规章2件、规范性文件5件。", "5件", "proactive.normative"),
    (
        "accounts",
        "全市政务新媒体116个，其中微信公众号80个、微博36个。",
        "36个",
        "new_media.accounts",
    ),
    # bulletins and copies are other (gold README §3), yearbooks and communiqués items
    ("bulletin", "全年编发《卫生健康简报》24期，报送信息326条。", "24期", "other"),
    ("bulletin-bare", "局机关编印《黟县教育简报》12期。", "12期", "other"),
    ("work-bulletin", "编印政务公开工作简报6期。", "6期", "other"),
    ("monthly", "全年发布统计月报12期、统计公报1期。", "12期", "proactive.items"),
    ("communique", "全年发布统计月报12期、统计公报1期。", "1期", "proactive.items"),
    ("leaflets", "发布政策解读3篇，印发《农牧民补贴政策明白卡》1.2万份。", "1.2万份", "other"),
    ("handouts", "录制短视频12期，编印《人社政策明白纸》1万份。", "1万份", "other"),
    ("booklets", "全年印发宣传手册3000余册，及时公开涉农信息。", "3000余册", "other"),
    (
        "yearbook",
        "发布统计分析74篇。编印《福建统计年鉴》1部，数据库新增指标1.4万个。",
        "1部",
        "proactive.items",
    ),
    ("yearbooks", "编辑出版《四川统计年鉴2022》等统计资料7种。", "7种", "proactive.items"),
    ("copies-of-yearbook", "编印《青海统计年鉴2011》，发行1200册。", "1200册", "other"),
    # a procuratorate's prosecutions are no suits about disclosure (paraphrase7 y08)
    ("prosecuted", "全年受理审查起诉案件415件，提起公诉368件。", "368件", "other"),
    ("prosecuted-traditional", "受理審查起訴案件415件，提起公訴368件。", "368件", "other"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", LISTS, ids=[c[0] for c in LISTS])
def test_list_heads_bulletins_copies(case: tuple, mode: str) -> None:
    _, text, qty, expected = case
    assert _type_at(text, _last(text, qty), qty, mode) == expected


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["抽查", "检查", "巡查", "集中检查", "监测"]),
    st.sampled_from(["网站", "政府网站", "门户网站"]),
    st.sampled_from(["政务新媒体", "新媒体", "微信公众号", "政务微博"]),
    st.integers(2, 999),
    st.integers(2, 999),
    st.sampled_from(["、", "和", "及"]),
    st.sampled_from(MODES),
)
def test_accounts_an_inspection_heads_are_objects(
    verb: str, sites: str, media: str, a: int, b: int, joiner: str, mode: str
) -> None:
    text = f"全年{verb}{sites}{a}家{joiner}{media}{b}个，合格率98%。"
    assert _type_at(text, _last(text, f"{b}个"), f"{b}个", mode) == "other"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["印发", "编印", "印制", "发放", "免费发放", "发行"]),
    st.sampled_from(
        [
            "《惠民政策明白纸》",
            "宣传资料",
            "宣传手册",
            "政策宣传单",
            "《致家长的一封信》",
            "宣传折页",
        ]
    ),
    st.integers(100, 99999),
    st.sampled_from(["份", "册", "余份", "余册"]),
    st.sampled_from(MODES),
)
def test_copies_printed_or_handed_out_are_other(
    verb: str, what: str, n: int, counter: str, mode: str
) -> None:
    qty = f"{n}{counter}"
    text = f"发布政策解读3篇，{verb}{what}{qty}。"
    assert _type_at(text, _last(text, qty), qty, mode) == "other"


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["编印", "编发", "印发", "编辑"]),
    st.sampled_from(
        ["《卫生健康简报》", "《教育简报》", "工作简报", "政务信息简报", "《政务公开简报》"]
    ),
    st.integers(1, 60),
    st.sampled_from(MODES),
)
def test_bulletins_compiled_are_other(verb: str, name: str, n: int, mode: str) -> None:
    text = f"全年{verb}{name}{n}期。"
    assert _type_at(text, _last(text, f"{n}期"), f"{n}期", mode) == "other"


# --- a bare closing verb counts what the clause before it counted (paraphrase8 z06) ---


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [
            "收到师生校务意见",
            "全年收到群众来信",
            "受理旅游投诉",
            "“局长信箱”收到留言",
            "征集居民意见建议",
            "受理群众信访事项",
            "接到消费者咨询",
            "受理患者来电来信",
        ]
    ),
    st.sampled_from(["办结", "已办结", "已回复", "均已答复", "已全部回复", "按时办结"]),
    st.integers(2, 9999),
    st.sampled_from(["件", "条"]),
    st.sampled_from(MODES),
)
def test_a_bare_verb_after_letters_or_complaints_is_no_application(
    what: str, verb: str, n: int, counter: str, mode: str
) -> None:
    text = f"全年{what}{n + 2}{counter}，{verb}{n}{counter}。"
    qty = f"{n}{counter}"
    assert _type_at(text, _last(text, qty), qty, mode) != "requests.closed"


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["收到政府信息公开申请", "受理依申请公开", "新收政府信息公开申请"]),
    st.sampled_from(["办结", "已办结", "已答复", "均已答复", "已全部答复", "按时办结"]),
    st.integers(2, 999),
    st.sampled_from(MODES),
)
def test_a_bare_verb_after_applications_closes_them(
    what: str, verb: str, n: int, mode: str
) -> None:
    text = f"全年{what}{n + 2}件，{verb}{n}件。"
    assert _type_at(text, _last(text, f"{n}件"), f"{n}件", mode) == "requests.closed"
