"""The meta28 red team (written blind to the library's output, session 28): every page's
metadata as its truth says — agency and year right (a null only where the page does not
make it certain), region, level and kind where the truth gives them. Known limits are
strict xfails naming why."""

from __future__ import annotations

import pytest
from conftest import redteam_set, with_known_limits

score, CASES = redteam_set("meta28")

# Known limits (strict xfails naming why).
KNOWN: dict[str, str] = {
    "j04": "a party department titled with a state bureau's plaque in brackets"
    " (中共江山市委宣传部（江山市新闻出版局）): 宣传部 is no agency word the library reads"
    " (only 社会工作部 of a party committee's departments): null, safe",
}


@pytest.mark.parametrize("name", with_known_limits(CASES, KNOWN))
def test_meta28_case(name: str) -> None:
    assert score.problems(name) == []
