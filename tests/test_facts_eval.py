"""Gold evaluation of the facts stage: the matcher, and the score recorded in the model card."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from conftest import ROOT, shared_path

from govinfo_nlp.facts import Fact
from govinfo_nlp.facts.model import default_model_dir
from govinfo_nlp_dev.facts.evaluate import (
    evaluate_facts,
    format_report,
    match_facts,
    score_documents,
)

BASE = Fact(
    type="requests.closed",
    value=65,
    unit="件",
    approx=None,
    scope="self",
    year=2020,
    section="overview",
    subject=None,
    start=0,
    end=10,
    quantity_start=7,
    quantity_end=10,
    text="x",
    method="rule",
    rule="r",
    model=None,
    confidence=0.9,
)


def gold(start: int, end: int, type_: str = "requests.closed", value: float = 65) -> dict:
    return {
        "start": start,
        "end": end,
        "type": type_,
        "value": value,
        "scope": "self",
        "year": 2020,
    }


def test_match_by_overlap_and_score_type_plus_value() -> None:
    preds = [
        BASE,
        replace(BASE, quantity_start=20, quantity_end=23, type="other", value=3),
        replace(BASE, quantity_start=40, quantity_end=42, value=7),
    ]
    golds = [gold(8, 10), gold(20, 23, "proactive.items", 3), gold(60, 62)]
    pairs = match_facts(preds, golds)
    assert (0, 0) in pairs and (1, 1) in pairs and (2, None) in pairs and (None, 2) in pairs
    s = score_documents([(preds, golds)])
    assert s["micro"]["tp"] == 1 and s["micro"]["fp"] == 2 and s["micro"]["fn"] == 2
    # without `other`: the wrong `other` prediction is not counted as a false positive
    assert s["micro_without_other"]["fp"] == 1
    assert "requests.closed" in format_report(s | {"split": "unit"})


def _card_level() -> float:
    model_dir = default_model_dir()
    if model_dir is None or not (model_dir / "card.md").is_file():
        pytest.skip("models/facts-v3/card.md not built")
    m = re.search(r"test_micro_f1_without_other:\s*([0-9.]+)", (model_dir / "card.md").read_text())
    assert m, "card.md must record test_micro_f1_without_other"
    return float(m.group(1))


@pytest.mark.slow
def test_test_split_f1_does_not_regress() -> None:
    shared_path("seeds")
    if not (ROOT / "datasets" / "gold").is_dir():
        pytest.skip("datasets/gold not available")
    level = _card_level()
    scores = evaluate_facts(split="test")
    f1 = scores["micro_without_other"]["f1"]
    assert f1 >= level - 0.02, format_report(scores)
    assert scores["documents"] >= 5
