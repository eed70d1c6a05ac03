"""The verdicts17 red team: whole 2021-template reports with hand-judged claims
(datasets/redteam/verdicts17; first reading in its README).

Written blind in session 17 before reading the reconcile code, then tuned on: these
tests keep what was fixed. Every claim expected not to be accused is not, every true
contradiction is found, and no quantity that no claim covers is accused.
"""

from __future__ import annotations

import pytest
from conftest import ROOT, load_module, snippets_not_once, wrong_verdicts

VERDICTS17 = ROOT / "datasets" / "redteam" / "verdicts17"
score = load_module("verdicts17_score", VERDICTS17 / "score.py").scorer()
CLAIMS = score.load_claims()


@pytest.mark.parametrize("doc", sorted(CLAIMS))
def test_verdicts17_report(doc: str) -> None:
    assert wrong_verdicts(score, VERDICTS17, CLAIMS, doc) == ([], [])


def test_the_set_holds_2021_template_traps_and_true_contradictions() -> None:
    claims = [c for cs in CLAIMS.values() for c in cs]
    assert len(CLAIMS) >= 30 and len(claims) >= 190
    assert sum(c["expect"] == "inconsistent" for c in claims) >= 10
    assert sum(c["expect"] == "safe" for c in claims) >= 60
    assert snippets_not_once(VERDICTS17, CLAIMS) == []
