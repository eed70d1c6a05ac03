"""The verdicts20 red team: whole reports of the claim shapes earlier sets showed least
(section 六's fees and proposals, section 五's last-year figures, outcome rows in other words,
approximations, PDF lines broken inside numbers, comparison tables that are not the template,
two reports on one page; datasets/redteam/verdicts20, first reading in its README).

Written blind in session 20 before reading the reconcile code, then tuned on: these tests
keep what was fixed. Every claim expected not to be accused is not, every true
contradiction is found, and no quantity that no claim covers is accused.
"""

from __future__ import annotations

import pytest
from conftest import ROOT, load_module, snippets_not_once, wrong_verdicts

VERDICTS20 = ROOT / "datasets" / "redteam" / "verdicts20"
score = load_module("verdicts20_score", VERDICTS20 / "score.py").scorer()
CLAIMS = score.load_claims()


@pytest.mark.parametrize("doc", sorted(CLAIMS))
def test_verdicts20_report(doc: str) -> None:
    assert wrong_verdicts(score, VERDICTS20, CLAIMS, doc) == ([], [])


def test_the_set_holds_new_shapes_and_true_contradictions() -> None:
    claims = [c for cs in CLAIMS.values() for c in cs]
    assert len(CLAIMS) >= 30 and len(claims) >= 340
    assert len({c["doc"] for c in claims if c["expect"] == "inconsistent"}) >= 11
    assert sum(c["expect"] == "safe" for c in claims) >= 120
    assert snippets_not_once(VERDICTS20, CLAIMS) == []
