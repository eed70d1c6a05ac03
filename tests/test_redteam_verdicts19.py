"""The verdicts19 red team: whole reports of the claim shapes earlier sets showed least
(summary reports, agency-plus-units tables, 万, corrections, Chinese and fullwidth numerals,
a 合计 column; datasets/redteam/verdicts19, first reading in its README).

Written blind in session 19 before reading the reconcile code, then tuned on: these tests
keep what was fixed. Every claim expected not to be accused is not, every true
contradiction is found, and no quantity that no claim covers is accused.
"""

from __future__ import annotations

import pytest
from conftest import ROOT, load_module, snippets_not_once, wrong_verdicts

VERDICTS19 = ROOT / "datasets" / "redteam" / "verdicts19"
score = load_module("verdicts19_score", VERDICTS19 / "score.py").scorer()
CLAIMS = score.load_claims()


@pytest.mark.parametrize("doc", sorted(CLAIMS))
def test_verdicts19_report(doc: str) -> None:
    assert wrong_verdicts(score, VERDICTS19, CLAIMS, doc) == ([], [])


def test_the_set_holds_new_shapes_and_true_contradictions() -> None:
    claims = [c for cs in CLAIMS.values() for c in cs]
    assert len(CLAIMS) >= 30 and len(claims) >= 320
    assert len({c["doc"] for c in claims if c["expect"] == "inconsistent"}) >= 9
    assert sum(c["expect"] == "safe" for c in claims) >= 120
    assert snippets_not_once(VERDICTS19, CLAIMS) == []
