"""The verdicts14 red team: real-style reports with hand-judged claims
(datasets/redteam/verdicts14; first readings in its README).

v01-v40 were written blind in session 14, before reading the reconcile code; w01-w15
after the first fixes, x01-x12 after the second. Both were tuned on afterwards: these tests keep what was fixed.
Every claim gets a verdict its hand verdict allows: never a false ``inconsistent``,
never a missed true contradiction, and no accusation on a quantity no claim covers.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import pytest
from conftest import ROOT, load_module

VERDICTS14 = ROOT / "datasets" / "redteam" / "verdicts14"
score = load_module("verdicts14_score", VERDICTS14 / "score.py")
GOLD: dict[str, list[dict[str, Any]]] = defaultdict(list)
for line in (VERDICTS14 / "gold.jsonl").open(encoding="utf-8"):
    claim = json.loads(line)
    GOLD[claim["doc"]].append(claim)


@pytest.mark.parametrize("doc", sorted(GOLD))
def test_verdicts14_report(doc: str) -> None:
    claims = GOLD[doc]
    predicted, unlisted = score.predictions(
        VERDICTS14 / "docs" / doc, [tuple(c["span"]) for c in claims]
    )
    wrong = [
        (c["id"], c["quantity"], c["verdict"], p)
        for c, p in zip(claims, predicted, strict=True)
        if (p == "inconsistent") != (c["verdict"] == "inconsistent")
    ]
    assert wrong == [] and unlisted == []


def test_the_set_holds_traps_and_true_contradictions() -> None:
    claims = [c for cs in GOLD.values() for c in cs]
    assert len(GOLD) >= 67 and len(claims) >= 320
    assert sum(c["verdict"] == "inconsistent" for c in claims) >= 20
    traps = {c["trap"] for c in claims}
    assert {"area", "year-prev", "cumulative", "approx", "example", "plan", "damaged"} <= traps
    # every claim's quantity is where its span says
    for doc, cs in GOLD.items():
        text = (VERDICTS14 / "docs" / doc).read_text(encoding="utf-8")
        assert all(text[c["span"][0] : c["span"][1]] == c["quantity"] for c in cs)
