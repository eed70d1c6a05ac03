"""The meta12 red team (written blind, session 12): every page's metadata and every
probe's verdicts as its truth says.

Pages: agency and year right (a null only where the page names none), region,
level and kind where the truth gives them. Probes: true contradictions read
``inconsistent``, consistent controls ``consistent``, traps never
``inconsistent``. Known limits are strict xfails naming why.
"""

from __future__ import annotations

import pytest
from conftest import redteam_set, with_known_limits

score, CASES = redteam_set("meta12", "truth.jsonl", "probes_truth.jsonl")

KNOWN: dict[str, str] = {}  # none left (p02 and p15 read since session 13)


@pytest.mark.parametrize("name", with_known_limits(CASES, KNOWN))
def test_meta12_case(name: str) -> None:
    assert score.problems(name) == []
