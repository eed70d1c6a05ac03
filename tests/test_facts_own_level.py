"""The agency's own organ or level named beside an area's count is `self`
(scope.json: 局机关, 机关本级, 政府本级 like 局本级), while 市本级 alone names
the level with all its departments (datasets/gold/README.md §8)."""

from __future__ import annotations

import pytest
from test_facts import by_quantity, facts_of

# (text, quantity, scope) in a report of 2023
LEVELS = [
    # verdicts14 v10 and v29: the agency's own count after the area's
    (
        "全区共收到政府信息公开申请426件，各街道共收到申请58件，区政府本级收到67件。",
        "67件",
        "self",
    ),
    ("全市税务系统共受理政府信息公开申请57件，其中市局机关受理12件。", "12件", "self"),
    ("全县共举办培训10场，县政府本级举办3场。", "3场", "self"),
    # the area's counts stay the area's
    ("全区共收到政府信息公开申请426件，各街道共收到申请58件。", "58件", "jurisdiction"),
    ("全市税务系统共受理政府信息公开申请57件，其中市局机关受理12件。", "57件", "jurisdiction"),
    ("全市共收到申请1873件，其中市本级收到96件。", "96件", "jurisdiction"),
]


@pytest.mark.parametrize(("text", "qty", "scope"), LEVELS)
@pytest.mark.parametrize("model", [None, "auto"])
def test_the_agencys_own_level_is_self(text: str, qty: str, scope: str, model: str | None) -> None:
    f = by_quantity(facts_of(text, year=2023, model=model), text, qty)
    assert f.scope == scope
