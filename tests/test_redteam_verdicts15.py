"""The verdicts15 red team: whole 2019-template reports with hand-judged claims
(datasets/redteam/verdicts15; first reading in its README).

Written blind in session 15 before reading the reconcile code, then tuned on: these
tests keep what was fixed. Every claim expected not to be accused is not, every true
contradiction is found, and no quantity that no claim covers is accused.
"""

from __future__ import annotations

import pytest
from conftest import ROOT, load_module

VERDICTS15 = ROOT / "datasets" / "redteam" / "verdicts15"
score = load_module("verdicts15_score", VERDICTS15 / "score.py")
CLAIMS = score.load_claims()


@pytest.mark.parametrize("doc", sorted(CLAIMS))
def test_verdicts15_report(doc: str) -> None:
    rows, unclaimed = score.read_doc(VERDICTS15 / "docs" / doc, CLAIMS[doc])
    wrong = [
        (r["snippet"], r["expect"], r["got"])
        for r in rows
        if (r["got"] == "inconsistent") != (r["expect"] == "inconsistent")
    ]
    assert wrong == [] and unclaimed == []


def test_the_set_holds_2019_template_traps_and_true_contradictions() -> None:
    claims = [c for cs in CLAIMS.values() for c in cs]
    assert len(CLAIMS) >= 30 and len(claims) >= 170
    assert sum(c["expect"] == "inconsistent" for c in claims) >= 13
    assert sum(c["expect"] == "safe" for c in claims) >= 45
    for doc, cs in CLAIMS.items():
        text = (VERDICTS15 / "docs" / doc).read_text(encoding="utf-8")
        assert all(text.count(c["snippet"]) == 1 and c["number"] in c["snippet"] for c in cs)
