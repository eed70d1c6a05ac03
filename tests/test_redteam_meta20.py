"""The meta20 red team (written blind, session 20): every page's metadata as its
truth says — agency and year right (a null only where the page does not make it
certain), region, level and kind where the truth gives them. Known limits are strict
xfails naming why."""

from __future__ import annotations

import pytest
from conftest import redteam_set, with_known_limits

score, CASES = redteam_set("meta20")

# Known limits (strict xfails naming why): none. u34 (the agency only in the banner logo's
# alt text) was one until readers/page.logo_names (session 20).
KNOWN: dict[str, str] = {}


@pytest.mark.parametrize("name", with_known_limits(CASES, KNOWN))
def test_meta20_case(name: str) -> None:
    assert score.problems(name) == []
