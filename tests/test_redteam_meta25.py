"""The meta25 red team (written blind, session 25): every page's metadata as its
truth says — agency and year right (a null only where the page does not make it
certain), region, level and kind where the truth gives them. Known limits are strict
xfails naming why."""

from __future__ import annotations

import pytest
from conftest import redteam_set, with_known_limits

score, CASES = redteam_set("meta25")

# Known limits (strict xfails naming why).
KNOWN: dict[str, str] = {
    "z20": "a joint report's two names joined by a space in the heading (临安区财政局 临安区国有资产"
    "服务中心2023年…): the second is read (accepted, as a joint report's second body); only a"
    " 、 between them gives the first",
}


@pytest.mark.parametrize("name", with_known_limits(CASES, KNOWN))
def test_meta25_case(name: str) -> None:
    assert score.problems(name) == []
