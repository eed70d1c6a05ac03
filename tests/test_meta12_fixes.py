"""What meta12's red team found, one case each (every test fails on the code before
the fix): metadata read from notices, spam tails, zones, plaques, names split over
lines and signature dates; verdicts on a unit's count, rounded counts and the
agency's own share of an area's total."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from govinfo_nlp.breakdown import breakdown_of
from govinfo_nlp.metadata import read_metadata
from govinfo_nlp.reconcile import reconcile

BODY = "本报告所列数据统计期限为2021年1月1日至2021年12月31日。\n一、总体情况\n全年主动公开信息312条。\n"


def meta(text: str) -> tuple[str | None, str | None, int | None]:
    md, _ = read_metadata(text)
    return md.agency, md.agency_as_written, md.year


def test_a_notice_that_carries_the_report_names_its_agency_after_yinfa() -> None:
    text = "旌德县人民政府办公室关于印发旌德县人民政府2021年政府信息公开工作年度报告的通知\n" + BODY
    assert meta(text)[0] == "旌德县人民政府"


def test_spam_tail_before_a_county_level_city_is_cut() -> None:
    text = "澳门新葡京娱乐场官网如皋市教育体育局2021年政府信息公开工作年度报告\n" + BODY
    assert meta(text)[0] == "如皋市教育体育局"


def test_a_zone_alone_is_its_committee_where_the_document_names_it() -> None:
    title = "西安高新区2021年政府信息公开工作年度报告\n"
    named = title + "来源：西安高新技术产业开发区管理委员会\n" + BODY
    assert meta(named)[0] == "西安高新技术产业开发区管理委员会"
    # never a people's government no zone has
    assert meta(title + BODY)[0] is None


def test_a_plaque_is_a_second_name() -> None:
    text = (
        "长治市行政审批服务管理局（挂长治市政务服务中心牌子）\n2021年政府信息公开工作年度报告\n"
        + BODY
    )
    agency, written, _ = meta(text)
    assert agency == "长治市行政审批服务管理局"
    assert written is not None and "牌子" in written


def test_a_name_holding_gonggong_is_no_fragment() -> None:
    text = "泉州市公共资源交易中心2021年政府信息公开工作年度报告\n" + BODY
    assert meta(text)[0] == "泉州市公共资源交易中心"


def test_an_area_on_the_line_above_restores_the_bureau() -> None:
    text = "宁陕县\n市场监督管理局2021年政府信息公开工作年度报告\n" + BODY
    assert meta(text)[0] == "宁陕县市场监督管理局"


def test_a_signature_date_is_not_the_opening_year() -> None:
    text = (
        "发布日期：2023-01-20\n宁波市海曙区民政局政府信息公开工作年度报告\n"
        "现将本局上一年度政府信息公开工作情况报告如下。\n一、总体情况\n"
        "本局全年主动公开信息287条。\n宁波市海曙区民政局\n2023年1月20日\n"
    )
    assert meta(text)[2] == 2022


@dataclass(frozen=True)
class F:
    type: str
    value: float | int
    text: str
    start: int
    end: int
    unit: str | None = "件"
    approx: str | None = None
    scope: str = "self"
    year: int | None = 2022
    subject: str | None = None
    delta: bool = False
    cumulative: bool = False
    section: str = "overview"
    breakdown: str | None = None


@dataclass(frozen=True)
class V:
    value: float | int
    raw: str = ""
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class T:
    template: str | None
    values: dict[str, V]


def verdict(text: str, phrase: str, value: float | int, table: int) -> str:
    start = text.index(phrase)
    fact = F("requests.received", value, phrase, start, start + len(phrase))
    tables = T("2021", {"t3.new.total": V(table, str(table))})
    (r,) = reconcile([fact], tables, report_year=2022, text=text, agency="济南市住房和城乡建设局")
    return r.verdict


@pytest.mark.parametrize(
    "text",
    [
        "一、总体情况\n局属济南市住房公积金中心全年收到政府信息公开申请9件。",
        "机构改革前，原区经济和信息化局与原区商务局共收到政府信息公开申请9件。",
    ],
)
def test_a_units_or_former_bodys_count_is_no_accusation(text: str) -> None:
    assert verdict(text, "收到政府信息公开申请9件", 9, 14) == "not_comparable"


def test_a_count_in_wan_agrees_with_what_it_rounds() -> None:
    text = "全年受理政府信息公开申请1.2万件。"
    assert verdict(text, "受理政府信息公开申请1.2万件", 12000, 12034) == "consistent"
    # beyond its rounding it still disagrees
    assert verdict(text, "受理政府信息公开申请1.2万件", 12000, 13034) == "inconsistent"


def test_the_agencys_own_count_with_its_share_of_the_area_is_no_part() -> None:
    fact = F("requests.received", 17, "我局收到17件", 0, 7, subject="我局")
    assert breakdown_of(fact, "2021", "", "，占全县的4.1%") is None


@pytest.mark.parametrize(
    ("agency", "table", "expected"),
    [
        ("平江县人民政府办公室", 12, "consistent"),
        # read as a part, a disagreement is no accusation
        ("平江县人民政府办公室", 15, "unverifiable"),
        # another body's part of the county's total
        ("平江县教育局", 12, "unverifiable"),
    ],
)
def test_the_agencys_own_count_among_its_areas_may_confirm_its_table(
    agency: str, table: int, expected: str
) -> None:
    text = "全县各乡镇、各部门共收到政府信息公开申请186件，其中县政府办公室收到12件。"
    phrase = "其中县政府办公室收到12件"
    start = text.index(phrase)
    fact = F(
        "requests.received",
        12,
        phrase,
        start,
        start + len(phrase),
        breakdown="channel:县政府办公室收到",
    )
    region = {"province": "湖南省", "city": "岳阳市", "county": "平江县", "code": "430626"}
    tables = T("2021", {"t3.new.total": V(table, str(table))})
    (r,) = reconcile([fact], tables, report_year=2022, text=text, agency=agency, region=region)
    assert r.verdict == expected
