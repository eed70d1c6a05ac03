"""The facts pattern files: shipped data validates, bad entries are reported, each file acts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_facts import by_quantity, facts_of

from govinfo_nlp.errors import RuleFileError
from govinfo_nlp.facts.rules import (
    load_cues,
    load_rules,
    load_scope,
    parse_cues,
    parse_rules,
    parse_scope,
)
from govinfo_nlp.schema import FACT_TYPES


def test_shipped_rules_are_valid_and_unique() -> None:
    rules = load_rules().rules
    assert len(rules) >= 20
    assert len({r.id for r in rules}) == len(rules)
    assert {r.type for r in rules} <= set(FACT_TYPES)
    # every non-trivial type of the taxonomy has at least one rule
    assert set(FACT_TYPES) - {r.type for r in rules} == set()


def test_every_bad_entry_is_reported_as_file_index() -> None:
    lines = [
        json.dumps({"id": "ok", "type": "other", "subjects": ["x"], "require": "subject",
                    "score": 0.5}),
        "{broken",
        json.dumps({"id": "t", "type": "not.a.type", "score": 0.5, "triggers": ["x"]}),
        json.dumps({"id": "w", "type": "other", "score": 1.5, "require": "both",
                    "triggers": ["x"], "window": -1}),
        json.dumps({"id": "ok", "type": "other", "subjects": ["y"], "require": "subject",
                    "score": 0.5}),
        json.dumps({"id": "k", "type": "other", "score": 0.5, "triggers": ["x"], "colour": 1}),
    ]
    with pytest.raises(RuleFileError) as err:
        parse_rules(lines, "user.jsonl")
    msg = str(err.value)
    for where, what in [("user.jsonl:2", "invalid JSON"), ("user.jsonl:3", "fact type"),
                        ("user.jsonl:4", "score"), ("user.jsonl:4", "window"),
                        ("user.jsonl:4", "needs 'subjects'"), ("user.jsonl:5", "duplicate id"),
                        ("user.jsonl:6", "unknown keys")]:
        assert any(where in line and what in line for line in msg.splitlines()), (where, what)
    assert "user.jsonl:1" not in msg


def test_unreadable_rule_file(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="cannot read"):
        load_rules(tmp_path / "missing.jsonl")


def test_scope_file_validates() -> None:
    scope = load_scope()
    assert scope.default in ("self", "jurisdiction", "unknown")
    assert ("全市", "jurisdiction") in scope.cues and ("我局", "self") in scope.cues
    with pytest.raises(RuleFileError) as err:
        parse_scope({"default": "everyone", "cues": {"galaxy": ["x"], "self": [""]}})
    msg = str(err.value)
    assert "default" in msg and "cues.galaxy" in msg and "cues.self" in msg


def test_cues_file_validates() -> None:
    cues = load_cues()
    assert cues.delta.search("比2019年底净减少")
    assert cues.cumulative.search("累计")
    assert cues.year_explicit.search("2019年").group(1) == "2019"
    bad = {"delta": {"window": 0, "patterns": ["(unclosed"]},
           "cumulative": {"window": 5, "patterns": ["ok"]},
           "year": {"explicit": "no group", "previous": [], "current": []}}
    with pytest.raises(RuleFileError) as err:
        parse_cues(bad)
    msg = str(err.value)
    assert "delta.patterns:0" in msg and "delta.window" in msg and "year.explicit" in msg


# one case per data file decision (rules.jsonl ids, scope.json words, cues.json patterns)
RULE_CASES = [
    ("items.publish", "全年主动公开204条。", "204条", "proactive.items.publish"),
    ("items.noun", "其中,公示公告信息33条。", "33条", "proactive.items.noun"),
    ("interpretations", "发布政策解读10篇。", "10篇", "proactive.interpretations"),
    ("press", "召开新闻发布会4场。", "4场", "proactive.press_conferences"),
    ("received", "收到政府信息公开申请17件。", "17件", "requests.received"),
    ("closed.verb", "已答复21件。", "21件", "requests.closed.verb"),
    ("corrected", "被依法纠错1件。", "1件", "appeals.corrected"),
    ("attendees", "参训人员120人次。", "120人次", "training.attendees"),
    ("visits", "全年访问量132410人次。", "132410人次", "platform.visits"),
    ("opinion", "回复网民留言1424条。", "1424条", "opinion.responses"),
    ("inspections", "开展政府信息公开督查2次。", "2次", "supervision.inspections"),
    ("frequency", "每月开展一次检查。", "一次", "other.frequency"),
    ("applicants", "收到2个自然人的申请。", "2个", "other.applicants"),
    ("repealed", "废止规范性文件9件。", "9件", "other.repealed"),
    ("letters", "受理信箱信件880件。", "880件", "other.letters"),
]


@pytest.mark.parametrize("case", RULE_CASES, ids=[c[0] for c in RULE_CASES])
def test_rule_fires(case: tuple) -> None:
    _, text, qty, rule_id = case
    f = by_quantity(facts_of(text), text, qty)
    assert f.rule == rule_id, f.explanation


SCOPE_CASES = [
    ("self-word", "我局主动公开政府信息204条。", "self"),
    ("jurisdiction-word", "全市共收到政府信息公开申请1126件。", "jurisdiction"),
    ("urged-agencies", "督促各部门答复申请15件。", "jurisdiction"),
    ("default", "主动公开政府信息204条。", "self"),
]


@pytest.mark.parametrize("case", SCOPE_CASES, ids=[c[0] for c in SCOPE_CASES])
def test_scope_cues(case: tuple) -> None:
    _, text, scope = case
    (f,) = facts_of(text)
    assert f.scope == scope, f.explanation


def test_area_report_title_means_jurisdiction() -> None:
    text = "天津市2021年政府信息公开工作年度报告\n发布政务信息13985条。"
    f = by_quantity(facts_of(text, year=2021), text, "13985条")
    assert f.scope == "jurisdiction"
    office = "泰州市人民政府办公室2020年政府信息公开工作年度报告\n发布政务信息105条。"
    g = by_quantity(facts_of(office), office, "105条")
    assert g.scope == "self"


YEAR_CASES = [
    ("explicit", "2019年主动公开政府信息310条。", "310条", 2019),
    ("previous", "去年共受理申请12件。", "12件", 2019),
    # carried-over counts keep the report year (gold README §4); an explicit year keeps its own
    ("carried-relative", "上年结转申请3件。", "3件", 2020),
    ("carried-explicit", "2019年结转的申请2件已办结。", "2件", 2019),
    ("carried-then-total", "另有上年结转4件,合计办理51件。", "51件", 2020),
    # a comparison's base year is not the period of the other counts of the sentence
    ("comparison-base", "共收到申请30件,与2019年的41件相比有所减少;办结29件。", "29件", 2020),
    ("compared-count", "共收到申请30件,与2019年的41件相比有所减少。", "41件", 2019),
    ("compared-with-jiao", "收到申请8件,较2019年减少3件,全部办结,其中予以公开5件。", "5件", 2020),
    ("range", "就国土空间规划(2021—2035年)征求意见,收到意见60条。", "60条", 2020),
    ("adverbial", "2018年,共受理申请5件。", "5件", 2018),
    ("default", "主动公开政府信息310条。", "310条", 2020),
    ("title-year-ignored", "发布《2018年工作要点》等文件5件。", "5件", 2020),
    ("change-base", "比2019年底净减少41个。", "41个", 2020),
]


@pytest.mark.parametrize("case", YEAR_CASES, ids=[c[0] for c in YEAR_CASES])
def test_year_cues(case: tuple) -> None:
    _, text, qty, year = case
    assert by_quantity(facts_of(text), text, qty).year == year
