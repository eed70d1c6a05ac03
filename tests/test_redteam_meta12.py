"""The meta12 red team (written blind, session 12): every page's metadata and every
probe's verdicts as its truth says.

Pages: agency and year right (a null only where the page names none), region,
level and kind where the truth gives them. Probes: true contradictions read
``inconsistent``, consistent controls ``consistent``, traps never
``inconsistent``. Known limits are strict xfails naming why.
"""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, load_module, with_known_limits

META12 = ROOT / "datasets" / "redteam" / "meta12"
score = load_module("meta12_score", META12 / "score.py")

KNOWN: dict[str, str] = {}  # none left (p02 and p15 read since session 13)
CASES = [
    json.loads(line)["file"].split(".")[0]
    for name in ("truth.jsonl", "probes_truth.jsonl")
    for line in (META12 / name).read_text(encoding="utf-8").splitlines()
    if line
]


@pytest.mark.parametrize("name", with_known_limits(CASES, KNOWN))
def test_meta12_case(name: str) -> None:
    assert score.problems(name) == []
