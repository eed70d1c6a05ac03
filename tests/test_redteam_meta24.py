"""The meta24 red team (written blind, session 24): every page's metadata as its
truth says — agency and year right (a null only where the page does not make it
certain), region, level and kind where the truth gives them. Known limits are strict
xfails naming why."""

from __future__ import annotations

import pytest
from conftest import redteam_set, with_known_limits

score, CASES = redteam_set("meta24")

# Known limits (strict xfails naming why).
KNOWN: dict[str, str] = {
    "y30": "the truth says year null (a repost's March 2024 date only); the library reads a date"
    " of January to April as the previous year's report (2023, with a warning): the truth and"
    " the date rule disagree",
}


@pytest.mark.parametrize("name", with_known_limits(CASES, KNOWN))
def test_meta24_case(name: str) -> None:
    assert score.problems(name) == []
