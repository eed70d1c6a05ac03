"""The meta30r2 red team (meta30's second round, session 30: blind to the output, aimed at
meta30's own crumb and several-reports rules): every page's metadata as its truth says.
Known limits are strict xfails naming why."""

from __future__ import annotations

import pytest
from conftest import redteam_set, with_known_limits

score, CASES = redteam_set("meta30r2")

# Known limits (strict xfails naming why); j03 (an invented year at the first reading) is
# fixed.
KNOWN: dict[str, str] = {
    "k03": "two crumb columns naming bodies with an area (湟中区教育局 > 湟中区教育局直属学校): "
    "which names the 我局 report is not read (null, safe)",
}


@pytest.mark.parametrize("name", with_known_limits(CASES, KNOWN))
def test_meta30r2_case(name: str) -> None:
    assert score.problems(name) == []
