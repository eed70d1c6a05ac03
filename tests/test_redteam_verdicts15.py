"""The verdicts15 red team: whole 2019-template reports with hand-judged claims
(datasets/redteam/verdicts15; first reading in its README).

Written blind in session 15 before reading the reconcile code, then tuned on: these
tests keep what was fixed. Every claim expected not to be accused is not, every true
contradiction is found, and no quantity that no claim covers is accused.
"""

from __future__ import annotations

import pytest
from conftest import ROOT, load_module, snippets_not_once, wrong_verdicts

VERDICTS15 = ROOT / "datasets" / "redteam" / "verdicts15"
score = load_module("verdicts15_score", VERDICTS15 / "score.py")
CLAIMS = score.load_claims()


@pytest.mark.parametrize("doc", sorted(CLAIMS))
def test_verdicts15_report(doc: str) -> None:
    assert wrong_verdicts(score, VERDICTS15, CLAIMS, doc) == ([], [])


def test_the_set_holds_2019_template_traps_and_true_contradictions() -> None:
    claims = [c for cs in CLAIMS.values() for c in cs]
    assert len(CLAIMS) >= 30 and len(claims) >= 170
    assert sum(c["expect"] == "inconsistent" for c in claims) >= 13
    assert sum(c["expect"] == "safe" for c in claims) >= 45
    assert snippets_not_once(VERDICTS15, CLAIMS) == []
