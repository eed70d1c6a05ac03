"""A people's government's count in another agency's report (session 28, facts28, issue 15;
red27 facts_scope p01, p05: read `self`, the default with no cue).

A government named by its level (区政府, 县人民政府, 镇政府; with its 常务会议) opening a
count's clause, before a verb or a time word, counts for that government. In a department's
report (or a government of another level's) the count is never `self`: `unknown`, another
body's count (gold README §11), where nothing else read it; an area reading a cue gave
stays (区政府全年办理…行政复议案件19件 in a 司法局's report, redteam f11). In the
government's own or its office's report it stays `self` (facts27's rule).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govinfo_nlp


def _scope(text: str, count: str) -> str:
    for f in govinfo_nlp.parse(text).facts:
        if f.text.endswith(count):
            return f.scope
    raise AssertionError(f"no fact ends with {count!r}")


def _page(title: str, body: str) -> str:
    return f"{title}2023年政府信息公开工作年度报告\n一、总体情况\n{body}\n二、依申请公开\n全年收到政府信息公开申请3件。\n"


# (title, body, count, scope)
CASES = [
    # red27 p01/p05: a district government's counts in its finance bureau's report
    (
        "杭州市西湖区财政局",
        "2023年，区政府召开常务会议24次，研究财政预算公开工作。",
        "24次",
        "unknown",
    ),
    ("杭州市西湖区财政局", "区人民政府全年印发规范性文件15件。", "15件", "unknown"),
    ("杭州市西湖区财政局", "区政府常务会议审议通过规范性文件6件，我局负责公开。", "6件", "unknown"),
    ("杭州市西湖区财政局", "同时，区委、区政府出台惠企政策文件12件。", "12件", "unknown"),
    # a government above a county department, a town's government in a county bureau's
    ("宁国市教育局", "2023年，市政府召开新闻发布会8场，我局参加2场。", "8场", "unknown"),
    ("松阳县自然资源局", "古市镇政府全年受理用地信息公开申请4件。", "4件", "unknown"),
    # the government's own or its office's report: its own level is self (facts27)
    ("盐城市大丰区人民政府", "2023年，区政府召开常务会议24次，审议涉企事项86项。", "24次", "self"),
    ("杭州市西湖区人民政府办公室", "区人民政府全年印发规范性文件15件。", "15件", "self"),
    ("松阳县古市镇人民政府", "2023年，镇政府召开政务公开专题会议3次。", "3次", "self"),
    # another level in a government's report is another government
    ("长兴县人民政府", "省政府办公厅全年印发文件40件，我县全部转发。", "40件", "unknown"),
    ("杭州市西湖区财政局", "区委区政府联合印发文件6件。", "6件", "unknown"),
    ("长兴县人民政府办公室", "县政府办公室全年办理人大建议42件。", "42件", "self"),
    ("盐城市大丰区人民政府", "市政府全年印发规范性文件11件，我区转发。", "11件", "unknown"),
    # the bureau's own counts: a part of its items after 其中, the portal as a place
    (
        "杭州市西湖区财政局",
        "我局全年主动公开政府信息143条，其中区政府常务会议议定事项9条。",
        "143条",
        "self",
    ),
    ("杭州市西湖区财政局", "全年在区政府门户网站发布我局财政信息118条。", "118条", "self"),
    ("杭州市西湖区财政局", "区政府网站全年发布我局信息57条。", "57条", "self"),
    ("杭州市西湖区财政局", "按照区政府部署，我局全年公开预决算信息36条。", "36条", "self"),
]


@pytest.mark.parametrize("title, body, count, scope", CASES)
def test_a_governments_count_in_another_agencys_report(
    title: str, body: str, count: str, scope: str
) -> None:
    assert _scope(_page(title, body), count) == scope


def test_an_area_reading_stands() -> None:
    # the review body's cases (区政府行政复议) read by a cue as the area's: not self either way
    text = _page(
        "广州市越秀区司法局", "区政府全年办理政府信息公开类行政复议案件19件，其中责令重新答复4件。"
    )
    assert _scope(text, "19件") == "jurisdiction"


LEVELS = ["省", "市", "区", "县"]


@settings(max_examples=25, deadline=None)
@given(
    level=st.sampled_from(LEVELS),
    full=st.booleans(),
    lead=st.sampled_from(["", "2023年，", "全年", "同时，", "此外，"]),
    verb=st.sampled_from(
        ["印发规范性文件", "召开常务会议", "全年公开政府信息", "受理政府信息公开申请"]
    ),
    n=st.integers(min_value=2, max_value=999),
)
def test_never_self_in_a_departments_report(
    level: str, full: bool, lead: str, verb: str, n: int
) -> None:
    # whatever the level, the form and the opening words, a department's report never
    # reads the government's count as its own
    gov = level + ("人民政府" if full else "政府")
    counter = "次" if "会议" in verb else ("件" if "文件" in verb or "申请" in verb else "条")
    text = _page("衢州市柯城区交通运输局", f"{lead}{gov}{verb}{n}{counter}。")
    assert _scope(text, f"{n}{counter}") != "self", text
