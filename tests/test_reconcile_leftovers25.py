"""Reconciliation leftovers of session 25 (facts25, issue 15): real prose's claims compared or kept
from accusation as their words say (probes in datasets/redteam/facts25, written blind).

- 我县人民政府… in the county government's own report names the government itself: its count is
  the agency's and compared (it was not_comparable, read as the area's 我县). 我县 alone, and
  我县政府信息公开… (政府 of 政府信息), stay the area's (gold README §8; the lead's answer to Q1);
  in a department's report the government is another agency.
- 其中市局本级收到236件 under a city police system's total, in the city bureau's report: the bureau
  itself (市局 = the agency's level and kind), compared with its total (confirm only: read as a
  part, a disagreement stays unverifiable).
"""

from __future__ import annotations

import pytest
from test_reconcile import tables

from govinfo_nlp import parse
from govinfo_nlp.reconcile import reconcile

GOV = "浦江县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n"
OFFICE = "浦江县人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况\n"
BUREAU = "浦江县教育局2023年政府信息公开工作年度报告\n一、总体情况\n"
POLICE = "长春市公安局2023年政府信息公开工作年度报告\n一、总体情况\n"


def verdict(head: str, body: str, quantity: str, **cells: int) -> str | None:
    """The verdict on the count at the last ``quantity`` of the page, against ``cells``."""
    page = head + body + "\n"
    report = parse(page)
    at = page.rindex(quantity)
    index = next(
        (i for i, f in enumerate(report.facts) if f.quantity_start <= at < f.quantity_end), None
    )
    assert index is not None, [f.text for f in report.facts]
    region = report.metadata.region.to_dict() if report.metadata.region else None
    recs = reconcile(
        report.facts,
        tables("2021", **cells),
        report_year=2023,
        text=page,
        agency=report.metadata.agency,
        region=region,
    )
    return next((r.verdict for r in recs if r.fact == index), None)


GOVERNMENT_ITSELF = [
    (GOV, "2023年，我县人民政府共收到政府信息公开申请15件。"),
    (OFFICE, "2023年，我县人民政府共收到政府信息公开申请15件。"),
    (OFFICE, "2023年，我县政府办公室共收到政府信息公开申请15件。"),
]


@pytest.mark.parametrize(("head", "body"), GOVERNMENT_ITSELF, ids=["gov", "office-gov", "office"])
def test_the_government_named_with_wo_is_the_agency(head: str, body: str) -> None:
    assert verdict(head, body, "15件", t3__new__total=15) == "consistent"
    assert verdict(head, body, "15件", t3__new__total=12) == "inconsistent"


AREA = [
    (GOV, "2023年，我县共收到政府信息公开申请15件。"),
    # 政府 of 政府信息: the area's applications
    (GOV, "2023年，我县政府信息公开申请共收到15件。"),
    (GOV, "2023年，我县各部门共收到政府信息公开申请15件。"),
    # the government in a department's report: another agency
    (BUREAU, "2023年，我县人民政府共收到政府信息公开申请15件。"),
]


@pytest.mark.parametrize(
    ("head", "body"), AREA, ids=["area", "zhengfu-xinxi", "departments", "bureau"]
)
def test_the_area_or_another_body_is_never_accused(head: str, body: str) -> None:
    assert verdict(head, body, "15件", t3__new__total=12) != "inconsistent"
    if head is GOV:
        assert verdict(head, body, "15件", t3__new__total=15) == "not_comparable"


SYSTEM = "全市公安机关共收到政府信息公开申请1052件，其中市局本级收到236件，各分局收到816件。"


def test_the_bureau_itself_under_its_systems_total_is_compared() -> None:
    assert verdict(POLICE, SYSTEM, "236件", t3__new__total=236) == "consistent"
    # read as a part: it may confirm the total, not contradict it
    assert verdict(POLICE, SYSTEM, "236件", t3__new__total=200) == "unverifiable"
    # the branches: many agencies
    assert verdict(POLICE, SYSTEM, "816件", t3__new__total=816) == "not_comparable"


@pytest.mark.parametrize("body", ["其中区局本级收到236件", "其中县局本级收到236件"])
def test_another_levels_bureau_is_not_the_agency(body: str) -> None:
    text = "全市公安机关共收到政府信息公开申请1052件，" + body + "。"
    assert verdict(POLICE, text, "236件", t3__new__total=200) != "inconsistent"
    assert verdict(POLICE, text, "236件", t3__new__total=236) != "consistent"
