"""How rule and model evidence become a type, a scope and a confidence (data/scoring.json).

Each number of the scoring file is pinned at its boundary with a model double
(the model's probabilities are given, not predicted), so moving any of them,
or loosening a comparison, fails a case here.
"""

from __future__ import annotations

import json
import types
from typing import Any

import pytest
from test_facts import Sec

from govinfo_nlp.errors import RuleFileError
from govinfo_nlp.facts import Fact, FactExtractor
from govinfo_nlp.facts.model import Verdict
from govinfo_nlp.facts.rules import load_scoring, parse_scoring
from govinfo_nlp.normalize import normalize

CLOSED = ("办结政府信息依申请公开65件。", "65件")  # rule requests.closed
NO_RULE = ("平均8.6个自然工作日。", "8.6个")  # no rule claims it
CHANGE = ("较上年增加5件。", "5件")  # a change cue makes it other


def _decide(
    case: tuple[str, str],
    type_probs: dict[str, float] | None = None,
    scope_probs: dict[str, float] | None = None,
    seen: frozenset[str] = frozenset(),
    overrulable: frozenset[str] | None = None,
) -> tuple[Fact, Any]:
    text, qty = case
    ext = FactExtractor(model=None)
    norm = normalize(text)
    cands = ext.candidates(norm.text, (Sec("overview", 0, len(norm.text)),), report_year=2020)
    (cand,) = [c for c in cands if norm.text[c.start : c.end] == qty]
    if type_probs is None:
        return ext._decide(norm, cand, None, None), cand
    verdict = Verdict.of(type_probs, scope_probs or {"self": 1.0})
    model = types.SimpleNamespace(
        name="stub", calibration=lambda p: p, seen_rules=seen, overrulable_rules=overrulable
    )
    return ext._decide(norm, cand, model, verdict), cand  # type: ignore[arg-type]


def test_the_shipped_scoring_file() -> None:
    s = load_scoring()
    assert (s.rule_margin, s.seen_rule_margin, s.scope_model_min_p) == (0.05, 0.05, 0.5)
    assert (s.no_rule_confidence, s.cue_other_score) == (0.3, 0.9)
    assert (s.rule_kept_discount, s.max_confidence) == (0.5, 0.99)


def test_no_rule_is_other_at_the_default_confidence() -> None:
    fact, cand = _decide(NO_RULE)
    assert cand.best is None
    assert (fact.type, fact.method, fact.confidence) == ("other", "rule", 0.3)


def test_a_change_cue_makes_other_at_its_score() -> None:
    fact, _ = _decide(CHANGE)
    assert (fact.type, fact.rule, fact.confidence) == ("other", "cue:delta", 0.9)
    # the cue is not overridden by a disagreeing model, however sure
    fact, _ = _decide(CHANGE, {"requests.closed": 0.95, "other": 0.05})
    assert (fact.type, fact.method) == ("other", "rule")


def test_a_rule_beats_the_model_only_by_the_margin() -> None:
    _, cand = _decide(CLOSED)
    s = cand.best.score
    kept_p = s - 0.06  # the rule is surer by more than the margin
    fact, _ = _decide(CLOSED, {"proactive.items": kept_p, "requests.closed": 1 - kept_p})
    assert (fact.type, fact.method) == ("requests.closed", "rule")
    assert fact.confidence == round(s * (1 - 0.5 * kept_p), 4)
    beaten_p = s - 0.04  # within the margin: the model wins
    fact, _ = _decide(CLOSED, {"proactive.items": beaten_p, "requests.closed": 1 - beaten_p})
    assert (fact.type, fact.method, fact.confidence) == ("proactive.items", "model", beaten_p)
    tie_p = s - 0.05  # exactly at the margin the rule is kept (strictly less to override)
    assert tie_p + 0.05 == s
    fact, _ = _decide(CLOSED, {"proactive.items": tie_p, "requests.closed": 1 - tie_p})
    assert fact.method == "rule"


@pytest.mark.parametrize("seen", [True, False], ids=["seen", "rare"])
def test_a_rule_the_model_saw_often_has_its_own_margin(seen: bool) -> None:
    margins = load_scoring()
    m = margins.seen_rule_margin if seen else margins.rule_margin
    rules = frozenset({"requests.closed"} if seen else {"requests.received"})
    _, cand = _decide(CLOSED)
    s = cand.best.score
    assert cand.best.rule.id == "requests.closed"
    beaten_p = max(0.51, s - m + 0.01)  # within the margin: the model wins
    fact, _ = _decide(
        CLOSED, {"proactive.items": beaten_p, "requests.closed": 1 - beaten_p}, seen=rules
    )
    assert (fact.type, fact.method) == ("proactive.items", "model")
    if s - m - 0.01 > 0:  # the rule surer by more than the margin is kept
        kept_p = s - m - 0.01
        fact, _ = _decide(
            CLOSED, {"proactive.items": kept_p, "requests.closed": 1 - kept_p}, seen=rules
        )
        assert (fact.type, fact.method) == ("requests.closed", "rule")


@pytest.mark.parametrize("p", [0.9, 0.99])
def test_the_model_overrules_only_the_rules_it_may(p: float) -> None:
    # requests.received.with_carry decides no training example: a model sure of
    # 'other' for 加上上年结转12件，共计338件 guessed it from the words around
    # (FactModel.overrulable_rules)
    allowed = frozenset({"requests.closed"})
    fact, _ = _decide(CLOSED, {"other": p, "requests.closed": 1 - p}, overrulable=allowed)
    assert (fact.type, fact.method) == ("other", "model")  # a rule it knows: overruled
    fact, cand = _decide(CLOSED, {"other": p, "requests.closed": 1 - p}, overrulable=frozenset())
    assert (fact.type, fact.method, fact.rule) == ("requests.closed", "rule", "requests.closed")
    assert fact.confidence == round(cand.best.score * (1 - 0.5 * p), 4)
    # a model file without the list (None) may overrule every rule
    fact, _ = _decide(CLOSED, {"other": p, "requests.closed": 1 - p})
    assert fact.method == "model"


def test_a_kept_rule_loses_confidence_with_the_models_doubt() -> None:
    _, cand = _decide(CLOSED)
    s = cand.best.score
    p = 0.74315  # five decimals: the confidence is rounded to four
    fact, _ = _decide(CLOSED, {"proactive.items": p, "requests.closed": 1 - p})
    assert fact.confidence == round(s * (1 - 0.5 * p), 4)
    assert fact.confidence != round(s * (1 - 0.5 * p), 5)


def test_agreement_takes_the_surer_and_stays_below_certainty() -> None:
    fact, _ = _decide(CLOSED, {"requests.closed": 1.0})
    assert (fact.method, fact.confidence) == ("both", 0.99)
    _, cand = _decide(CLOSED)
    fact, _ = _decide(CLOSED, {"requests.closed": 0.7, "other": 0.3})
    assert fact.confidence == round(max(0.7, cand.best.score), 4)


@pytest.mark.parametrize(
    ("scope_probs", "scope"),
    [
        ({"jurisdiction": 0.45, "self": 0.35, "unknown": 0.2}, "self"),  # below: the default
        ({"jurisdiction": 0.5, "self": 0.3, "unknown": 0.2}, "jurisdiction"),  # at: the model
        ({"jurisdiction": 0.8, "self": 0.2}, "jurisdiction"),
    ],
    ids=["below", "at", "above"],
)
def test_without_a_cue_the_models_scope_needs_an_even_chance(
    scope_probs: dict[str, float], scope: str
) -> None:
    fact, cand = _decide(CLOSED, {"requests.closed": 0.9, "other": 0.1}, scope_probs)
    assert cand.scope_cue is None and not cand.area_report
    assert fact.scope == scope


def test_a_bad_scoring_file_is_reported_entry_by_entry() -> None:
    good = json.loads(
        json.dumps({k: {"value": 0.5, "why": "x"} for k in load_scoring().__dataclass_fields__})
    )
    assert parse_scoring(good).rule_margin == 0.5
    bad = dict(good, rule_margin={"value": 1.5, "why": "x"}, max_confidence={"value": 0.9})
    bad["colour"] = 1
    with pytest.raises(RuleFileError) as err:
        parse_scoring(bad, "s.json")
    msg = str(err.value)
    assert "s.json:rule_margin" in msg and "s.json:max_confidence: needs a 'why'" in msg
    assert "s.json:colour: unknown key" in msg
