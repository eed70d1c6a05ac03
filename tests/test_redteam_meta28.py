"""The meta28 red team (written blind to the library's output, session 28): every page's
metadata as its truth says — agency and year right (a null only where the page does not
make it certain), region, level and kind where the truth gives them. Known limits are
strict xfails naming why."""

from __future__ import annotations

import pytest
from conftest import redteam_set, with_known_limits

score, CASES = redteam_set("meta28")

# Known limits (strict xfails naming why): none. j04 (中共江山市委宣传部（江山市新闻出版局）,
# null until session 29) is named by its state plaque, 江山市新闻出版局 (合署: docs/schema.md §1).
KNOWN: dict[str, str] = {}


@pytest.mark.parametrize("name", with_known_limits(CASES, KNOWN))
def test_meta28_case(name: str) -> None:
    assert score.problems(name) == []
