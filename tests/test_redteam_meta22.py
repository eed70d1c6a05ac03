"""The meta22 red team (written blind, session 22): every page's metadata as its
truth says — agency and year right (a null only where the page does not make it
certain), region, level and kind where the truth gives them. Known limits are strict
xfails naming why."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, load_module, with_known_limits

META22 = ROOT / "datasets" / "redteam" / "meta22"
score = load_module("meta22_score", META22 / "score.py")

# Known limits (strict xfails naming why): each a null, never a wrong value.
KNOWN: dict[str, str] = {}
CASES = [
    json.loads(line)["file"].split(".")[0]
    for line in (META22 / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    if line
]


@pytest.mark.parametrize("name", with_known_limits(CASES, KNOWN))
def test_meta22_case(name: str) -> None:
    assert score.problems(name) == []
