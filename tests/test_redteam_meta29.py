"""The meta29 red team (written blind to the library's output, session 29): every page's
metadata as its truth says — agency and year right (a null only where the page does not
make it certain), region, level and kind where the truth gives them. Known limits are
strict xfails naming why."""

from __future__ import annotations

import pytest
from conftest import redteam_set, with_known_limits

score, CASES = redteam_set("meta29")

# Known limits (strict xfails naming why): none after session 29's fixes (a04, a05 and u06
# were null at the first reading).
KNOWN: dict[str, str] = {}


@pytest.mark.parametrize("name", with_known_limits(CASES, KNOWN))
def test_meta29_case(name: str) -> None:
    assert score.problems(name) == []
