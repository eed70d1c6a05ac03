"""Narrative facts: API shape, hard cases from the seeds, stand-in doubles, spaCy component."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import seed_path

from govinfo_nlp.facts import Fact, FactExtractor, extract_facts
from govinfo_nlp.facts.pipeline import prepare
from govinfo_nlp.schema import APPROX, FACT_TYPES, SCOPES


@dataclass(frozen=True)
class Sec:
    id: str
    start: int
    end: int


def facts_of(
    text: str, *, year: int | None = 2020, model: str | None = None, section: str = "overview"
) -> tuple[Fact, ...]:
    """Facts of a one-section snippet, rules only unless a model is asked for."""
    from govinfo_nlp.normalize import normalize

    norm = normalize(text)
    ext = FactExtractor(model=model) if model else FactExtractor(model=None)
    return extract_facts(norm, (Sec(section, 0, len(norm.text)),), report_year=year, extractor=ext)


def by_quantity(facts: tuple[Fact, ...], text: str, qty: str) -> Fact:
    for f in facts:
        if text[f.quantity_start : f.quantity_end] == qty:
            return f
    raise AssertionError(
        f"no fact for {qty!r} in {[text[f.quantity_start : f.quantity_end] for f in facts]}"
    )


SEED000 = (
    "截至2020年底,全市保留运行比较规范的政务新媒体124个,比2019年底净减少41个。其中,"
    "按开办主体分,市级部门41个、各市(区)83个;按所在平台分,微信公众号101个、微信小程序2个、"
    "微博13个、移动客户端3个、抖音号5个。"
)

CASES = [
    # (id, text, quantity, type, extra checks)
    ("total", SEED000, "124个", "new_media.accounts", {"scope": "jurisdiction", "delta": False}),
    ("change-vs-count", SEED000, "41个", "other", {"delta": True, "year": 2020}),
    ("breakdown-by-owner", SEED000, "83个", "new_media.accounts", {}),
    ("breakdown-by-platform", SEED000, "101个", "new_media.accounts", {"subject": "微信公众号"}),
    ("breakdown-weibo", SEED000, "13个", "new_media.accounts", {"subject": "微博"}),
    (
        "ratio-change",
        "2020年共办结政府信息依申请公开65件,同比下降46.72%,全部在规定期限内答复。",
        "46.72%",
        "other",
        {"delta": True, "value": 0.4672},
    ),
    (
        "closed",
        "2020年共办结政府信息依申请公开65件,同比下降46.72%,全部在规定期限内答复。",
        "65件",
        "requests.closed",
        {"subject": "政府信息依申请公开", "delta": False},
    ),
    (
        "cumulative",
        "累计发布政府信息2816条,2020年发布43条。",
        "2816条",
        "other",
        {"cumulative": True},
    ),
    (
        "this-year",
        "累计发布政府信息2816条,2020年发布43条。",
        "43条",
        "proactive.items",
        {"cumulative": False},
    ),
    (
        "other-year",
        "2019年主动公开政府信息310余条。",
        "310余条",
        "proactive.items",
        {"year": 2019, "approx": "over", "value": 310},
    ),
    (
        "previous-year-word",
        "去年受理政府信息公开申请12件。",
        "12件",
        "requests.received",
        {"year": 2019},
    ),
    (
        "other-agencies",
        "督促相关部门和乡镇依法依规答复,全年共收到网上申请15件。",
        "15件",
        "requests.received",
        {"scope": "jurisdiction"},
    ),
    (
        "chinese-numeral",
        "召开新闻发布会两场。",
        "两场",
        "proactive.press_conferences",
        {"value": 2},
    ),
    (
        "approx-over",
        "开展培训3场次,累计参训800多人次。",
        "800多人次",
        # 累计 sums this year's training: a within-year total keeps its type (SCHEMA §3)
        "training.attendees",
        {"approx": "over", "cumulative": False},
    ),
    (
        "approx-under",
        "组织近50家单位参加政务公开培训。",
        "近50家",
        None,
        {"approx": "under", "value": 50},
    ),
    (
        "magnitude",
        "门户网站年访问量236万余次。",
        "236万余次",
        "platform.visits",
        {"value": 2360000, "approx": "over"},
    ),
    ("training", "2020年组织开展全市性培训2场次。", "2场次", "training.sessions", {}),
    ("gazette", "2020年公开政府公报12期。", "12期", "proactive.gazette", {}),
    (
        "rules-vs-normative",
        "2020年共制定市政府规章6部、规范性文件52件。",
        "6部",
        "proactive.rules",
        {},
    ),
    ("normative", "2020年共制定市政府规章6部、规范性文件52件。", "52件", "proactive.normative", {}),
    (
        "received-first-verb",
        "我局收到处理政府信息公开申请156件。",
        "156件",
        "requests.received",
        {},
    ),
    (
        "outcome-breakdown",
        "共收到申请17件。其中,予以公开的10件、部分公开的2件。",
        "10件",
        "requests.closed",
        {},
    ),
    (
        "appeal",
        "全年发生政府信息公开行政复议案件3件、行政诉讼案件2件。",
        "3件",
        "appeals.review",
        {},
    ),
    ("suit", "全年发生政府信息公开行政复议案件3件、行政诉讼案件2件。", "2件", "appeals.suit", {}),
    ("duration", "平均用时9个工作日。", "9个工作日", "other", {}),
    ("staff", "配备1名专职人员。", "1名", "other", {}),
    ("reads", "政策问答阅读量超过10万。", "超过10万", "other", {"unit": None, "value": 100000}),
    ("withdrawn", "其中申请人自行撤回申请2件。", "2件", "other", {}),
    # the way applications came, in a sentence of its own after their total
    (
        "channel-alone",
        "全年受理申请62件。从申请方式看，当面申请5件，网上申请38件。",
        "38件",
        "requests.received",
        {},
    ),
    # …and as parts of applications handled: the total's type
    (
        "channel-of-closed",
        "我局办理依申请公开事项6件，其中网络申请5件，信函申请1件。",
        "5件",
        "requests.closed",
        {},
    ),
    # reviewed before release, not released; cases are no released items (gold)
    ("proposed-for-release", "全年审核拟公开信息近3100条。", "近3100条", "other", {}),
    ("cases", "召开新闻发布会6场，公开典型案例21件。", "21件", "other", {}),
    # documents and their interpretations counted together are items (SCHEMA: mixed)
    (
        "documents-and-interpretations",
        "全年发布信息346条，其中税费政策文件和解读214条。",
        "214条",
        "proactive.items",
        {},
    ),
    # the area word names the training others held, not whose count it is
    ("attended-area", "成员积极参加全市政务公开工作培训2次。", "2次", "other", {"scope": "self"}),
    # the correcting body between the count and the correction
    (
        "corrected-after",
        "个别单位答复不够规范，2件答复被复议机关纠正。",
        "2件",
        "appeals.corrected",
        {},
    ),
]


@pytest.mark.parametrize("model", [None, "auto"])
def test_every_outcome_of_a_list_of_applications_handled_is_closed(model: str | None) -> None:
    # 申请内容不明确 is an outcome of the table, not released content (内容), and
    # the 其他 after it is the list's last outcome
    text = (
        "已办结229件，其中同意公开64件，同意部分公开17件，不予公开21件，信息不存在58件，"
        "非本机关掌握47件，申请内容不明确9件，其他13件。"
    )
    facts = facts_of(text, model=model)
    for qty in ("9件", "13件"):
        assert by_quantity(facts, text, qty).type == "requests.closed"


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_hard_cases_rules_only(case: tuple) -> None:
    _, text, qty, ftype, extra = case
    f = by_quantity(facts_of(text), text, qty)
    if ftype is not None:
        assert f.type == ftype, f.explanation
    for key, value in extra.items():
        assert getattr(f, key) == value, (key, f.explanation)


def test_fact_fields_and_offsets_point_into_the_original() -> None:
    # Traditional script, full-width digits: offsets still index the input
    text = "2020年共辦結政府信息依申請公開６５件。"
    f = by_quantity(facts_of(text), text, "６５件")
    assert f.value == 65 and f.unit == "件"
    assert text[f.start : f.end] == f.text == "辦結政府信息依申請公開６５件"
    assert f.type in FACT_TYPES and f.scope in SCOPES and f.approx in APPROX
    assert f.method == "rule" and f.rule == "requests.closed" and f.model is None
    assert 0 < f.confidence <= 1
    assert any("requests.closed" in reason for reason in f.explanation)


def test_to_dict_matches_schema_keys() -> None:
    text = "2020年共办结政府信息依申请公开65件。"
    d = by_quantity(facts_of(text), text, "65件").to_dict()
    assert list(d)[:12] == [
        "type",
        "value",
        "unit",
        "approx",
        "scope",
        "year",
        "section",
        "span",
        "text",
        "subject",
        "method",
        "confidence",
    ]
    assert {"quantity_span", "rule", "model", "delta", "cumulative", "explanation"} <= set(d)
    assert d["span"][1] == d["quantity_span"][1]
    json.dumps(d, ensure_ascii=False)


TABLE_LIKE = [
    ("pipe-row", "二、主动公开政府信息情况\n规章 | 6件 | 6件 | 14件 |\n", "6件"),
    (
        "cell-per-line",
        "三、收到和处理政府信息公开申请情况\n行政许可 |\n61件 |\n36件 |\n97件 |\n|\n规章 |\n2件 |\n",
        "61件",
    ),
]


@pytest.mark.parametrize("case", TABLE_LIKE, ids=[c[0] for c in TABLE_LIKE])
def test_table_rows_are_not_facts(case: tuple) -> None:
    _, text, qty = case
    facts = facts_of(text, section="proactive")
    assert all(text[f.quantity_start : f.quantity_end] != qty for f in facts)


def test_prose_in_a_table_section_is_read() -> None:
    # r047 style: no tables at all, sections 二–四 are prose
    text = "2019年,总队共收到政府信息公开申请17件。"
    f = by_quantity(facts_of(text, section="requests"), text, "17件")
    assert (f.type, f.section) == ("requests.received", "requests")


def test_quantity_finder_double() -> None:
    """The engine depends on the quantity grammar only through its interface."""

    @dataclass(frozen=True)
    class Q:
        value: int
        unit: str | None
        approx: str | None
        start: int
        end: int
        text: str
        kind: str = "count"

    text = "主动公开政府信息XX条。"

    def finder(s: str):  # type: ignore[no-untyped-def]
        i = s.index("XX条")
        yield Q(7, "条", None, i, i + 3, "XX条")

    from govinfo_nlp.normalize import normalize

    norm = normalize(text)
    ext = FactExtractor(model=None, find_quantities=finder)
    (f,) = extract_facts(norm, (Sec("overview", 0, len(text)),), report_year=2020, extractor=ext)
    assert (f.type, f.value, f.text) == ("proactive.items", 7, "主动公开政府信息XX条")


def test_model_and_rules_combine() -> None:
    text = "2020年共办结政府信息依申请公开65件,同比下降46.72%。"
    ext = FactExtractor()
    if ext.model is None:
        pytest.skip("models/facts-v3 not built")
    from govinfo_nlp.normalize import normalize

    norm = normalize(text)
    facts = extract_facts(norm, (Sec("overview", 0, len(text)),), report_year=2020, extractor=ext)
    f = by_quantity(facts, text, "65件")
    assert f.type == "requests.closed"
    assert f.method == "both" and f.model == "facts-v3" and f.rule == "requests.closed"
    assert any("model facts-v3" in r for r in f.explanation)


def test_missing_model_falls_back_to_rules_with_a_warning(tmp_path: Path) -> None:
    ext = FactExtractor(model=tmp_path / "nowhere")
    with pytest.warns(UserWarning, match="rules only"):
        assert ext.model is None
    from govinfo_nlp.normalize import normalize

    text = "公开政府公报12期。"
    (f,) = extract_facts(
        normalize(text), (Sec("overview", 0, len(text)),), report_year=2020, extractor=ext
    )
    assert f.method == "rule" and f.type == "proactive.gazette"


def test_seed_000_end_to_end() -> None:
    raw = seed_path("000").read_text(encoding="utf-8-sig")
    norm, sections = prepare(raw)
    facts = extract_facts(norm, sections, report_year=2020, extractor=FactExtractor(model=None))
    assert len(facts) >= 30
    assert all(raw[f.start : f.end] == f.text for f in facts)
    assert all(
        f.section in ("preamble", "overview", "problems", "other", "requests") for f in facts
    )
    types = {f.type for f in facts}
    assert {"requests.closed", "new_media.accounts", "proactive.gazette"} <= types


def test_spacy_component_writes_spans_and_extension() -> None:
    spacy = pytest.importorskip("spacy")
    import govinfo_nlp.facts.component  # noqa: F401  (registers the factory)

    nlp = spacy.blank("zh")
    nlp.add_pipe("govinfo_facts", config={"set_extension": True, "report_year": 2020})
    text = "一、总体情况\n2020年共办结政府信息依申请公开65件,公开政府公报12期。"
    doc = nlp(text)
    labels = [s.label_ for s in doc.spans["govinfo_facts"]]
    assert "requests.closed" in labels and "proactive.gazette" in labels
    assert all(isinstance(f, Fact) for f in doc._.govinfo_facts)
    # creating a second component re-registers the extension safely
    nlp2 = spacy.blank("zh")
    nlp2.add_pipe("govinfo_facts", config={"set_extension": True})


def test_extract_facts_never_raises_on_odd_text() -> None:
    for text in ["", "\n\n", "|||", "第二十条第(六)项", "一是两会三审", "12345" * 50, "《》" * 10]:
        assert isinstance(facts_of(text), tuple)


ITEM_CASES = [
    ("list-item", "办结结果为:予以公开12件、部分公开6件。", "6件", "部分公开"),
    ("joined-categories", "其中予以公开、部分公开共18件。", "18件", "其中予以公开、部分公开共"),
    ("outcome-after", "一件维持、一件尚在审理。", "一件", "维持"),
    ("applicant", "收到申请35件,其中来自自然人30件、来自企业5件。", "5件", "来自企业"),
]


@pytest.mark.parametrize("case", ITEM_CASES, ids=[c[0] for c in ITEM_CASES])
def test_item_is_the_quantitys_own_list_item(case: tuple) -> None:
    _, text, qty, item = case
    f = by_quantity(facts_of(text), text, qty)
    assert f.item == item
    assert f.to_dict()["item"] == item


@pytest.mark.parametrize(
    ("sentence", "value", "year"),
    [
        ("2021年共收到申请203件，较2020年的176件有所上升。", 176, 2020),
        ("2021年共收到申请203件，较2020年的176件有所上升。", 203, 2021),
        ("本年新收申请35件，比2020年同期的28件增加7件。", 28, 2020),
        ("本年新收申请35件，比2020年增加7件。", 35, 2021),
        ("收到政府信息公开申请67件，较2020年（49件）增长36.7%。", 49, 2020),
        ("收到政府信息公开申请21件，较上年（9件）大幅增加。", 9, 2020),
        # the start of a running total, a report's title: not the count's period
        ("自2015年改版以来累计发布信息21.6万条。", 216000, 2021),
        ("对2019年以来发布的信息开展排查，整改错敏字等问题27处。", 27, 2021),
        # what a past report raised is that report's year
        ("2020年度报告提出的3个问题已整改完毕。", 3, 2020),
        ("2020年报告提出的2个问题已整改到位。", 2, 2020),
    ],
    ids=[
        "compared-quantity",
        "own-count",
        "same-period",
        "comparison-base",
        "compared-in-brackets",
        "previous-in-brackets",
        "running-since",
        "checked-since",
        "report-raised",
        "report-raised-short",
    ],
)
def test_a_count_takes_the_year_it_is_of(sentence: str, value: int, year: int) -> None:
    import govinfo_nlp

    text = "某局2021年政府信息公开工作年度报告\n一、总体情况\n" + sentence
    facts = [f for f in govinfo_nlp.parse(text).facts if f.value == value]
    assert facts and facts[0].year == year


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("本机关收到行政复议申请5件。", ("appeals.review", 5)),
        ("全年受理涉及政府信息公开的行政诉讼3件。", ("appeals.suit", 3)),
        ("本年度收到政府信息公开申请17件，行政复议2件。", ("requests.received", 17)),
    ],
    ids=["review-application", "suit", "applications-then-review"],
)
def test_appeals_received_are_appeals_not_applications(
    sentence: str, expected: tuple[str, int]
) -> None:
    import govinfo_nlp

    text = "某局2021年政府信息公开工作年度报告\n一、总体情况\n" + sentence
    assert expected in [(f.type, f.value) for f in govinfo_nlp.parse(text).facts]
