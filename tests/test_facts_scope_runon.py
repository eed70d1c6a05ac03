"""Scope in long run-on sentences and other bodies' counts (session 27, facts27, issue 15;
paraphrase22's remaining error and the blind paraphrase23's first reading).

- 督促/指导 (the bodies the agency urged or guided: `jurisdiction`) reach only the count of
  their own clause: a later clause after a closed count is the agency's again (督促整改隐患
  1932项，立案处罚28起: the cases are the bureau's own).
- In a people's government's (or its office's) report, the government named by the title's
  level opening a clause (区政府召开常务会议24次) is a self cue, as 我区人民政府 is; another
  level (a district's 市政府) or the government as a place (区政府门户网站) is none.
- A body named in full as the subject of its clause (福建省生态环境厅全年公开…, 区人民法院
  全年受理…) counts for itself: `unknown`, never the agency's (gold README §11), unless it
  is the report's own agency or a short form of it (市生态环境局 in 三明市生态环境局's report).
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
    return f"{title}2022年政府信息公开工作年度报告\n一、总体情况\n{body}\n二、依申请公开\n全年收到政府信息公开申请3件。\n"


BUREAU = "九江市濂溪区应急管理局"
URGED = "2022年，我局全年开展安全生产执法检查152次，督促整改隐患1932项"
# clauses of the bureau's own work that may follow the urged clause (count last)
OWN = ["立案处罚28起", "罚款74.5万元", "约谈企业负责人16人", "开展暗访检查22次", "发布安全提示45条"]


@settings(max_examples=20, deadline=None)
@given(
    picked=st.lists(st.sampled_from(OWN), min_size=1, max_size=3, unique=True),
    sep=st.sampled_from(["，", "；"]),
)
def test_an_urged_clause_does_not_reach_the_next(picked: list[str], sep: str) -> None:
    text = _page(BUREAU, URGED + sep + sep.join(picked) + "。")
    assert _scope(text, "1932项") == "jurisdiction"
    for clause in picked:
        count = clause[len(clause.rstrip("0123456789万.起元人次条")) :]
        assert _scope(text, count) == "self", (text, clause)


@pytest.mark.parametrize(
    "title, body, count, scope",
    [
        # the government itself opening its clause, after an area count
        (
            "盐城市大丰区人民政府",
            "2023年，全区规上工业企业达612家；区政府召开常务会议24次，审议涉企事项86项。",
            "24次",
            "self",
        ),
        (
            "株洲市石峰区人民政府办公室",
            "2022年，区政府办公室牵头组织各部门、各街道发布信息5218条，区政府全年印发行政规范性文件3件。",
            "3件",
            "self",
        ),
        # the government's portal is a place, not its subject: the area's agencies publish there
        (
            "宜宾市叙州区人民政府办公室",
            "2021年，我区各部门在区政府门户网站发布信息8712条。",
            "8712条",
            "jurisdiction",
        ),
    ],
)
def test_the_government_named_by_its_level(title: str, body: str, count: str, scope: str) -> None:
    assert _scope(_page(title, body), count) == scope


@pytest.mark.parametrize(
    "title, body, count, scope",
    [
        (
            "三明市生态环境局",
            "2022年，我局公开环评审批信息146条。福建省生态环境厅全年公开三明市重点排污单位286家，我局同步转载。",
            "286家",
            "unknown",
        ),
        (
            "铜仁市碧江区医疗保障局",
            "2022年，我局主动公开政府信息180条。铜仁市医疗保障局全年发布医保政策解读40篇，我局均转发。",
            "40篇",
            "unknown",
        ),
        (
            "昆明市五华区司法局",
            "2023年，我局主动公开政府信息143条；区人民法院全年审结行政诉讼案件47件。",
            "47件",
            "unknown",
        ),
        # the report's own agency, in full or short, is no other body
        (
            "三明市生态环境局",
            "2022年，三明市生态环境局全年公开环评审批信息146条。",
            "146条",
            "self",
        ),
        (
            "三明市生态环境局",
            "2022年，市生态环境局全年公开环评审批信息146条。",
            "146条",
            "self",
        ),
        # a body named after a verb or inside a list of the agency's is what it acts with
        (
            "中山市公安局",
            "2022年，我局与市司法局联合召开新闻发布会2场。",
            "2场",
            "self",
        ),
        (
            "贵阳市南明区民政局",
            "2023年，申请人就市民政局作出的答复提起行政复议1件，我局不是被申请人。",
            "1件",
            "self",
        ),
    ],
)
def test_another_body_named_as_its_clauses_subject(
    title: str, body: str, count: str, scope: str
) -> None:
    assert _scope(_page(title, body), count) == scope
