"""The meta29 red team (written blind to the library's output, session 29): every page's
metadata as its truth says — agency and year right (a null only where the page does not
make it certain), region, level and kind where the truth gives them. Known limits are
strict xfails naming why."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, load_module, with_known_limits

META29 = ROOT / "datasets" / "redteam" / "meta29"
score = load_module("meta29_score", META29 / "score.py")

# Known limits (strict xfails naming why): none after session 29's fixes (a04, a05, u06
# were null at the first reading).
KNOWN: dict[str, str] = {}
CASES = [
    json.loads(line)["file"].split(".")[0]
    for line in (META29 / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    if line
]


@pytest.mark.parametrize("name", with_known_limits(CASES, KNOWN))
def test_meta29_case(name: str) -> None:
    assert score.problems(name) == []
