"""The meta27 red team (written blind to the library's output, session 27): every page's
metadata as its truth says — agency and year right (a null only where the page does not
make it certain), region, level and kind where the truth gives them. Known limits are
strict xfails naming why."""

from __future__ import annotations

import pytest
from conftest import redteam_set, with_known_limits

score, CASES = redteam_set("meta27")

# Known limits (strict xfails naming why).
KNOWN: dict[str, str] = {
    "c39": "a government's name alone on the line above the title (瑞安市人民政府 /"
    " 市政府办公室2023年…) is no site's name without a navigation line below it (as often the"
    " report's own heading: the real excerpts' r107): null, safe",
}


@pytest.mark.parametrize("name", with_known_limits(CASES, KNOWN))
def test_meta27_case(name: str) -> None:
    assert score.problems(name) == []
