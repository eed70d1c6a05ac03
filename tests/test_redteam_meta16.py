"""The meta16 red team (written blind, session 16): every page's metadata as its
truth says — agency and year right (a null only where the page names none),
region, level and kind where the truth gives them. Known limits are strict
xfails naming why."""

from __future__ import annotations

import pytest
from conftest import redteam_set, with_known_limits

score, CASES = redteam_set("meta16")

# Known limits (strict xfails naming why): none. q17, q18 and q34 gave
# agency_as_written in Simplified where the heading is Traditional until session 17
# (metadata.written_form maps the name back to the page's characters).
KNOWN: dict[str, str] = {}


@pytest.mark.parametrize("name", with_known_limits(CASES, KNOWN))
def test_meta16_case(name: str) -> None:
    assert score.problems(name) == []
