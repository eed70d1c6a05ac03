"""Counts that are not the agency's own events of the report year (cues.json
``not_held``) and counts of a body above the agency (scope.json ``other_body``):
datasets/gold/README.md §11."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from test_facts import by_quantity, facts_of

from govinfo_nlp.errors import RuleFileError
from govinfo_nlp.facts.cues import not_held
from govinfo_nlp.facts.rules import parse_cues

# (text, quantity, type, rule or None for "not a not_held cue")
OTHER_CASES = [
    # an event others held, which the agency took part in or underwent
    ("全年参与县政府疫情防控新闻发布会11场。", "11场", "cue:took_part"),
    ("县局政务公开工作接受市局考核1次，得分位列前列。", "1次", "cue:took_part"),
    ("认真对照测评进行整改，全年接受检查5次。", "5次", "cue:took_part"),
    # a list item of its own: the 组织 of the item before does not reach it
    ("组织新闻发布会17场、参加国务院新闻办新闻发布会4场。", "4场", "cue:took_part"),
    # training the agency's staff attended or were sent to (README §12)
    ("积极参加区级政务公开培训2场。", "2场", "cue:took_part"),
    ("派员参加省里培训1期。", "1期", "cue:took_part"),
    ("组织干部参加上级培训3次。", "3次", "cue:took_part"),
    ("全年参加培训2次。", "2次", "cue:took_part"),
    ("参加省局组织的政务公开培训1次。", "1次", "cue:took_part"),
    ("本年度选派12人次参加市政务公开培训。", "12人次", "cue:took_part"),
    ("选派6名干部参加自治区级以上政务公开培训。", "6名", "cue:took_part"),
    # a frequency in the count's own clause: a rate, whatever it counts
    ("下一步，学校将每学期开展1次信息公开工作检查。", "1次", "cue:per_period"),
    ("组织培训2次，每季度对村务公开情况检查1次。", "1次", "cue:per_period"),
    ("本院将每月至少发布原创作品2件。", "2件", "cue:per_period"),
    # several years: a running total past the report year
    ("近三年，我局共受理政府信息公开申请40件。", "40件", "cue:several_years"),
    ("2019年至2021年，我局共受理政府信息公开申请40件。", "40件", "cue:several_years"),
    ("三年来，我局共开展政务公开业务培训12次。", "12次", "cue:several_years"),
    # a running total from a year before the report's, its start a clause back
    ("自2008年以来，我镇累计受理政府信息公开申请96件。", "96件", "cue:several_years"),
    ("2019年以来，我局共受理政府信息公开申请40件。", "40件", "cue:several_years"),
]

KEPT_CASES = [
    # the agency's own conferences, and a part of a stated (mixed) total
    ("组织新闻发布会17场、参加国务院新闻办新闻发布会4场。", "17场", "proactive.press_conferences"),
    (
        "组织召开和参加新闻发布会19场，其中参加党中央和国务院层级发布会11场。",
        "11场",
        "proactive.press_conferences",
    ),
    # a mixed count of conferences held and attended
    (
        "召开和参加国务院新闻办新闻发布会17场，其中局独立举办9场。",
        "17场",
        "proactive.press_conferences",
    ),
    # training the agency held, whoever attends it (README §12), and the people
    # it sent to an event it holds
    ("举办政务公开培训1期，组织全局干部120人参加。", "1期", "training.sessions"),
    ("举办政务公开培训1期，组织全局干部120人参加。", "120人", "training.attendees"),
    ("举办“应急大讲堂”专题讲座4场，约300名企业负责人参加。", "约300名", "training.attendees"),
    # the agency holds the training that follows its taking part
    ("参加培训后组织开展政务公开培训2次。", "2次", "training.sessions"),
    # the agency holds what follows the verb of taking part
    ("参加座谈后组织开展政务公开检查2次。", "2次", "supervision.inspections"),
    # a period word of its own after the several years: the year's count
    ("近三年来，我局高度重视此项工作，2020年受理政府信息公开申请5件。", "5件", "requests.received"),
    # 一年来 is the report year
    ("一年来，我局共受理政府信息公开申请5件。", "5件", "requests.received"),
    # a range of years inside a title is no period of the count
    ("印发《2021年至2025年政务公开规划》，主动公开政府信息30条。", "30条", "proactive.items"),
    # a frequency in another clause is not this count's
    ("坚持每月更新，全年开展政务公开检查4次。", "4次", "supervision.inspections"),
    # the report year's work on what was made since: no running total
    ("对2019年以来的文件进行全面梳理，确定主动公开文件十二件。", "十二件", None),
    ("2020年以来，我局共受理政府信息公开申请5件。", "5件", "requests.received"),
    # a count in no event counter is not an event the agency took part in
    ("参加培训的工作人员共32人。", "32人", None),
]


@pytest.mark.parametrize(("text", "qty", "rule"), OTHER_CASES)
def test_a_count_of_no_own_event_of_the_year_is_other(text: str, qty: str, rule: str) -> None:
    f = by_quantity(facts_of(text), text, qty)
    assert (f.type, f.rule) == ("other", rule)
    assert f.cumulative is (rule == "cue:several_years")


@pytest.mark.parametrize(("text", "qty", "kept"), KEPT_CASES)
def test_the_agencys_own_events_keep_their_type(text: str, qty: str, kept: str | None) -> None:
    f = by_quantity(facts_of(text), text, qty)
    assert f.rule is None or not f.rule.startswith("cue:")
    if kept is not None:
        assert f.type == kept


@pytest.mark.parametrize(
    ("text", "qty"),
    [("全年接受检查5次。", "5次"), ("全年参加省政府新闻发布会3场。", "3场")],
)
def test_the_model_does_not_override_an_event_others_held(text: str, qty: str) -> None:
    f = by_quantity(facts_of(text, model="auto"), text, qty)
    assert (f.type, f.rule) == ("other", "cue:took_part")


@pytest.mark.parametrize(
    ("text", "qty", "scope"),
    [
        ("2020年，上级市政府受理涉及我局的政府信息公开申请15件。", "15件", "unknown"),
        ("上级宣城市人民政府全年发生行政复议案件15件。", "15件", "unknown"),
        # what the agency does on the body's site, or at its request, is its own
        ("上级政府门户网站发布信息14条。", "14条", "self"),
        ("在上级政府门户网站发布信息21条。", "21条", "self"),
        ("按照上级部门要求，开展政务公开检查3次。", "3次", "self"),
    ],
)
def test_a_body_above_the_agency_counts_for_itself(text: str, qty: str, scope: str) -> None:
    assert by_quantity(facts_of(text), text, qty).scope == scope


def _cues_file() -> dict[str, object]:
    raw = resources.files("govinfo_nlp.facts").joinpath("data/cues.json").read_text("utf-8")
    data: dict[str, object] = json.loads(raw)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"took_part": "(参加"}, "not_held.took_part: bad regex"),
        ({"several_years": None}, "not_held.several_years: bad regex"),
        ({"event_counters": "场"}, "not_held.event_counters: must be a list"),
        ({"sent_by": "(选派"}, "not_held.sent_by: bad regex"),
        ({"others_held": "(组织"}, "not_held.others_held: bad regex"),
    ],
)
def test_a_bad_not_held_block_is_reported(change: dict[str, object], message: str) -> None:
    raw = _cues_file()
    block = dict(raw["not_held"])  # type: ignore[call-overload]
    block.update(change)
    with pytest.raises(RuleFileError, match=re.escape(message)):
        parse_cues({**raw, "not_held": block})


def test_a_missing_not_held_pattern_is_reported() -> None:
    raw = _cues_file()
    block = dict(raw["not_held"])  # type: ignore[call-overload]
    del block["held"]
    with pytest.raises(RuleFileError, match=re.escape("not_held.held: missing")):
        parse_cues({**raw, "not_held": block})


def test_sent_by_is_optional() -> None:
    # a cue file written before it loads, without the sending verbs
    raw = _cues_file()
    block = dict(raw["not_held"])  # type: ignore[call-overload]
    del block["sent_by"]
    cues = parse_cues({**raw, "not_held": block})
    assert cues.not_held is not None and cues.not_held.sent_by is None


def test_others_held_names_the_holder_of_training_attended() -> None:
    # 区政务公开办组织的线上培训: the trainees are another body's (gold README §12), read
    # from cues.json's not_held.others_held; a cue file without it names no holder,
    # and the people counted stay the agency's trainees
    text = "干部职工参加区政务公开办组织的线上培训35人次。"
    q_start = text.index("35人次")
    end = q_start + len("35人次")
    raw = _cues_file()
    assert not_held(parse_cues(raw), text, 0, q_start, "人次", end) == ("took_part", "参加")
    block = dict(raw["not_held"])  # type: ignore[call-overload]
    del block["others_held"]
    cues = parse_cues({**raw, "not_held": block})
    assert cues.not_held is not None and cues.not_held.others_held is None
    assert not_held(cues, text, 0, q_start, "人次", end) is None


@pytest.mark.parametrize("model", [None, "auto"])
def test_people_trained_at_training_others_held_are_other(model: str | None) -> None:
    text = "组织全局干部职工参加上级培训3次，参训120人次，组织本局培训1期，培训50人。"
    facts = facts_of(text, model=model)
    assert by_quantity(facts, text, "120人次").type == "other"
    assert by_quantity(facts, text, "3次").type == "other"
    # the agency's own training after it in the sentence is its own again
    assert by_quantity(facts, text, "1期").type == "training.sessions"
    assert by_quantity(facts, text, "50人").type == "training.attendees"


def test_a_counts_statement_is_read_back_a_bounded_reach() -> None:
    # a sentence of hostile length is not read whole for each of its counts: a
    # period cue further back than a slogan's or a subject's reach is not the count's
    cues = parse_cues(_cues_file())
    near = "近三年，" + "工作" * 20 + "开展培训5次"
    far = "近三年，" + "工作" * 150 + "开展培训5次"
    assert not_held(cues, near, 0, near.index("5次"), "次") == ("several_years", "近三年")
    assert not_held(cues, far, 0, far.index("5次"), "次") is None
