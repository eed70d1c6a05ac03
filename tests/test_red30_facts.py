"""red30 facts_r2 p01 (found blind on the code after facts30's 7abb8ff, older: 86c40e4 too;
fixed after the first reading, so tuned): a 局 named by its level alone (市局) opening its
clause in a 分局's report, or in a report of another level's body, is that other body
(`unknown`), not the report's own; in a report of that level's bureau it is the bureau."""

from __future__ import annotations

import pytest

import govinfo_nlp


def _scopes(agency: str, sentence: str, value: int) -> list[str]:
    text = (
        f"{agency}2023年政府信息公开工作年度报告\n"
        f"根据《中华人民共和国政府信息公开条例》规定，现公布{agency}2023年政府信息公开工作年度报告。\n"
        f"一、总体情况\n{sentence}\n二、主动公开政府信息情况\n"
    )
    return [f["scope"] for f in govinfo_nlp.parse(text).to_dict()["facts"] if f["value"] == value]


@pytest.mark.parametrize(
    ("agency", "sentence"),
    [
        ("宣城市公安局宣州分局", "市局全年受理政府信息公开申请45件。"),
        ("泾县公安局", "市局全年受理政府信息公开申请45件。"),
        ("泾县市场监督管理局", "省局全年发布政策解读45篇。"),
    ],
)
def test_a_bureau_of_another_level_is_not_the_reports_own(agency: str, sentence: str) -> None:
    scopes = _scopes(agency, sentence, 45)
    assert scopes and "self" not in scopes


@pytest.mark.parametrize(
    ("agency", "sentence"),
    [
        ("宣城市市场监督管理局", "市局全年受理政府信息公开申请45件。"),
        ("泾县公安局", "县局全年受理政府信息公开申请45件。"),
        ("宣城市宣州区教育体育局", "区局全年受理政府信息公开申请45件。"),
    ],
)
def test_the_bureau_of_the_reports_own_level_is_itself(agency: str, sentence: str) -> None:
    assert _scopes(agency, sentence, 45) == ["self"]
