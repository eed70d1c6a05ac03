"""The meta26 red team (written blind to the library's output, session 26): every page's
metadata as its truth says — agency and year right (a null only where the page does not
make it certain), region, level and kind where the truth gives them. Known limits are
strict xfails naming why."""

from __future__ import annotations

import pytest
from conftest import redteam_set, with_known_limits

score, CASES = redteam_set("meta26")

# Known limits (strict xfails naming why).
KNOWN: dict[str, str] = {}  # b10, b19, b33: read since session 27 (tests/test_meta27_fixes.py)


@pytest.mark.parametrize("name", with_known_limits(CASES, KNOWN))
def test_meta26_case(name: str) -> None:
    assert score.problems(name) == []
