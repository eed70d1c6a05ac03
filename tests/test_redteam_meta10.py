"""The meta10 red team: real-style pages for metadata and verdicts (datasets/redteam/meta10).

Written blind in session 10 (before reading the metadata and reconcile code;
the first reading is in the set's README). Each page is scored by the set's
own ``score.py``: agency and year right (null only where the page states
none), region/level/kind right where the spec is firm, and every claim's
verdict one its truth allows, never a false ``inconsistent``. Known limits
are strict xfails naming why.
"""

from __future__ import annotations

import pytest
from conftest import ROOT, load_module, with_known_limits

META10 = ROOT / "datasets" / "redteam" / "meta10"
score = load_module("meta10_score", META10 / "score.py")

KNOWN = {
    "vp05_traditional.txt": "新收…申请23件 follows 本局及下属分局共收到申请41件 in its sentence and is "
    "read not_comparable (a cautious miss, never an accusation)",
}
CASES = [t["file"] for t in score.load("truth.jsonl")]


@pytest.mark.parametrize("name", with_known_limits(CASES, KNOWN))
def test_meta10_page(name: str) -> None:
    assert score.problems(name) == []


def test_every_page_has_its_truth_and_claims_their_page() -> None:
    pages = sorted(p.name for p in (META10 / "pages").iterdir())
    assert pages == sorted(CASES) and len(pages) >= 40
    claims = score.load("claims.jsonl")
    assert len(claims) >= 40 and {c["page"] for c in claims} <= set(CASES)
    # the controls: true contradictions that must be read inconsistent
    assert sum(c["kind"] == "control" for c in claims) >= 4


def test_the_scorer_catches_a_wrong_agency_and_a_false_accusation() -> None:
    truth = next(t for t in score.load("truth.jsonl") if t["file"] == "m48_spam_city_contact.txt")
    assert score.judge_agency("体育官网市人力资源和社会保障局", truth) == "WRONG"
    assert score.judge_agency("人力资源和社会保障局", truth) == "short"
    assert score.judge_agency(None, truth) == "null-miss"
    claim = next(c for c in score.load("claims.jsonl") if c["kind"] == "jurisdiction")
    assert "inconsistent" not in claim["expect"]


def test_the_agencys_own_count_among_an_areas_is_a_total_not_a_part() -> None:
    from govinfo_nlp import parse

    text = (
        "绵阳市涪城区民政局2022年政府信息公开工作年度报告\n一、总体情况\n"
        "2022年，全区共办理政府信息公开申请542件，其中我局办理12件，均按期答复。"
        "全区共收到政府信息公开申请560件，其中网上申请300件。\n"
    )
    facts = {f.value: f for f in parse(text).facts}
    # 我局 opens the item: the agency's own total (its tables count it), no part
    assert facts[12].breakdown is None and facts[12].scope == "self"
    # any other item after the area's total stays a part the tables do not count
    assert facts[300].breakdown is not None


build = load_module("meta10_build", META10 / "build.py")


def _verdicts(sentence: str) -> list[tuple[float, str]]:
    """The verdicts of the claims of ``sentence`` in vp01's report (20 received,
    19 handled; one review, one suit)."""
    from govinfo_nlp import parse

    text = (
        "绵竹市自然资源局2022年政府信息公开工作年度报告\n"
        "统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n"
        f"{sentence}\n三、收到和处理政府信息公开申请情况\n{build.t3_pipe(build.T_A)}\n"
        f"四、政府信息公开行政复议、行政诉讼情况\n{build.t4_pipe(build.T4_A)}\n"
    )
    report = parse(text)
    return [(report.facts[r.fact].value, r.verdict) for r in report.reconciliation]


@pytest.mark.parametrize(
    "sentence",
    [
        "今年1至6月，我局收到政府信息公开申请9件。",  # a part of the year, first 月 left out
        "2022年1-6月，我局收到政府信息公开申请9件。",
        "本年度新收申请中，有18件已经办结。",  # a share of a set named before it
    ],
)
def test_a_part_of_the_year_or_of_a_set_is_never_accused(sentence: str) -> None:
    verdicts = _verdicts(sentence)
    assert verdicts and all(v != "inconsistent" for _, v in verdicts)


def test_the_whole_year_written_as_months_is_still_compared() -> None:
    assert (20, "consistent") in _verdicts("全年1-12月，我局收到政府信息公开申请20件。")
    assert (21, "inconsistent") in _verdicts("2022年1-12月，我局共办结政府信息公开申请21件。")


@pytest.mark.parametrize(
    "sentence",
    [
        "2022年，我局共收到行政复议申请120件，依法受理108件。",  # the agency as review body
        "全年共办理行政应诉案件14件。",  # every suit it answered
        "全年发生行政诉讼案件7件，其中政府信息公开类1件。",  # a total wider than disclosure
        "我局被申请行政复议4件，其中涉及政府信息公开1件。",
        "我局被申请行政复议3件。",  # the agency as respondent: of every review, perhaps
    ],
)
def test_appeals_that_are_not_the_agencys_disclosure_cases_are_never_accused(
    sentence: str,
) -> None:
    verdicts = _verdicts(sentence)
    assert verdicts and all(v != "inconsistent" for _, v in verdicts)


def test_the_agencys_own_appeals_are_still_compared() -> None:
    # (session 11: 我局被申请行政复议3件 alone no longer: which cases it counts is not said)
    assert (3, "inconsistent") in _verdicts("我局因政府信息公开被申请行政复议3件。")
    assert (2, "inconsistent") in _verdicts("全年因政府信息公开工作应诉2件。")
    assert (2, "consistent") in _verdicts("全年发生政府信息公开行政复议2件。")
