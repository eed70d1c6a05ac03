"""What meta20's red team found, one class each (every test fails on the code before
the fix): a zone's name cut at the 由 of 自由 and a zone named with its province in
brackets (u25), a city bureau's 派出 body named with a county's short form (u08), a
partial name whose site and 来源 name two areas (u44), and a notice that carries a
report without its year (u43)."""

from __future__ import annotations

from pathlib import Path

from govinfo_nlp import parse
from govinfo_nlp.metadata import Metadata, read_metadata
from govinfo_nlp.readers.page import logo_names

BODY = "\n一、总体情况\n全年主动公开信息312条。\n"


def md(text: str, titles: tuple[str, ...] = ()) -> Metadata:
    return read_metadata(text, page_titles=titles)[0]


def test_a_free_trade_zone_committee_is_read_whole_with_its_bracketed_province() -> None:
    # u25: cut to 贸易试验区临港新片区管理委员会 at 由 (a leading verb) of 自由: a fragment
    for bracket in ("（上海）", "(上海)", "（上海市）"):
        name = f"中国{bracket}自由贸易试验区临港新片区管理委员会"
        m = md(name + "2021年政府信息公开工作年度报告" + BODY)
        assert m.agency == "中国（上海" + bracket[3:-1] + "）自由贸易试验区临港新片区管理委员会"
        assert m.region is not None and (m.region.province, m.region.city) == ("上海市", None)
        assert (m.level, m.kind) == (None, "department")
    m = md("中国（湖北）自由贸易试验区武汉片区管理委员会2022年政府信息公开工作年度报告" + BODY)
    assert m.agency == "中国（湖北）自由贸易试验区武汉片区管理委员会"
    assert m.region is not None and m.region.province == "湖北省"
    # 由 as the verb it is still cuts the text before the name
    m = md("本报告由中国（上海）自由贸易试验区临港新片区管理委员会编制。" + BODY)
    assert m.agency == "中国（上海）自由贸易试验区临港新片区管理委员会"
    # a bracket that names no province gives no region, and the zone is no national body
    m = md("中国（东江）自由贸易试验区管理委员会2021年政府信息公开工作年度报告" + BODY)
    assert (m.agency, m.region, m.level) == ("中国（东江）自由贸易试验区管理委员会", None, None)


def test_a_city_bureaus_dispatched_body_keeps_the_county_short_form() -> None:
    # u08: 苏州市吴江生态环境局 was written 苏州市吴江区生态环境局, a name no body bears
    m = md("苏州市吴江生态环境局2023年政府信息公开工作年度报告" + BODY)
    assert m.agency == "苏州市吴江生态环境局"
    assert m.region is not None and (m.region.city, m.region.county) == ("苏州市", "吴江区")
    # the written-out district's own name is kept as written
    assert md("苏州市吴江区生态环境局2018年政府信息公开工作年度报告" + BODY).agency == (
        "苏州市吴江区生态环境局"
    )
    # other bureaus keep the rule that writes the short county out
    assert (
        md("威海市文登财政局2022年政府信息公开工作年度报告" + BODY).agency == "威海市文登区财政局"
    )


def test_a_partial_name_under_two_districts_sites_is_not_restored() -> None:
    # u44: <title> names 西湖区's portal, 来源 上城区's government: 杭州市西湖区民政局 was invented
    title = ("区民政局2022年政府信息公开工作年度报告_杭州市西湖区人民政府",)
    text = (
        "区民政局2022年政府信息公开工作年度报告\n来源：杭州市上城区人民政府 发布日期：2023-01-20"
        + BODY
    )
    assert md(text, title).agency is None
    # the same district in both (or 来源 naming the city's) restores it as before
    for source in ("杭州市西湖区人民政府", "杭州市人民政府", "西湖区人民政府"):
        text = f"区民政局2022年政府信息公开工作年度报告\n来源：{source} 发布日期：2023-01-20" + BODY
        assert md(text, title).agency == "杭州市西湖区民政局"


def test_a_notice_carrying_a_report_without_its_year_names_the_reports_agency() -> None:
    # u43: 关于印发汉川市人民政府政府信息公开工作年度报告的通知 gave no agency
    text = (
        "汉川市人民政府办公室关于印发汉川市人民政府政府信息公开工作年度报告的通知\n汉政办〔2023〕5号\n"
        "现将《汉川市人民政府政府信息公开工作年度报告》印发给你们。" + BODY
    )
    m = md(text)
    assert (m.agency, m.kind, m.year) == ("汉川市人民政府", "government", None)
    m = md("某某县人民政府办公室关于转发《汉川市统计局政府信息公开工作年度报告》的通知" + BODY)
    assert m.agency == "汉川市统计局"


def test_a_townships_party_and_government_office_is_its_general_office() -> None:
    # probe after u28 (tuned): 党政办公室 was a department, 党政综合办公室 a government
    for office in ("党政办公室", "党政综合办公室"):
        m = md(f"周庄镇{office}2020年政府信息公开工作年度报告" + BODY)
        assert (m.agency, m.level, m.kind) == (f"周庄镇{office}", "township", "government")
    # a department's own office is still no government's
    assert md("昆山市统计局2020年政府信息公开工作年度报告" + BODY).kind == "department"


def _page(banner: str, title: str = "2021年政府信息公开工作年度报告", foot: str = "") -> str:
    return (
        "<html><head><title>2021年政府信息公开工作年度报告</title></head><body>"
        f'<div class="top">{banner}</div><h1>{title}</h1><div class="article">'
        "<p>本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。</p>"
        "<p>一、总体情况</p><p>2021年，我局认真落实《条例》，主动公开信息72条。</p></div>"
        f'<div class="footer">{foot}</div></body></html>'
    )


def test_a_bureaus_banner_logo_names_the_we_bureau_report_that_names_itself_nowhere(
    tmp_path: Path,
) -> None:
    # u34: the agency only in <img alt="宁德市蕉城区农业农村局"> above the title: null
    logo = '<a href="/"><img src="/logo.png" alt="宁德市蕉城区农业农村局"></a>'
    assert logo_names(_page(logo)) == ("宁德市蕉城区农业农村局",)
    path = tmp_path / "p.html"
    path.write_text(_page(logo), encoding="utf-8")
    meta = parse(path).to_dict()["metadata"]
    assert (meta["agency"], meta["level"], meta["kind"]) == (
        "宁德市蕉城区农业农村局",
        "county",
        "department",
    )
    text = "2021年政府信息公开工作年度报告\n2021年，我局认真落实。" + BODY
    assert (
        read_metadata(text, logo_names=["宁德市蕉城区农业农村局"])[0].agency
        == "宁德市蕉城区农业农村局"
    )
    # never a portal's government, never one of two logos, never one that ends otherwise
    # than the report calls itself (我局 → …局), never a logo below the title
    for logos in (
        ["宁德市蕉城区人民政府"],
        ["宁德市蕉城区农业农村局", "宁德市蕉城区林业局"],
        ["宁德市蕉城区卫生健康委员会"],
    ):
        assert read_metadata(text, logo_names=logos)[0].agency is None
    assert logo_names(_page("", foot='<img alt="宁德市蕉城区农业农村局">')) == ()
    # a report title's picture is image_titles', not a logo
    assert logo_names(_page('<img alt="某局2021年年度报告">')) == ()
    # the report's own name wins over the logo
    titled = _page(logo, title="宁德市蕉城区林业局2021年政府信息公开工作年度报告")
    path.write_text(titled, encoding="utf-8")
    assert parse(path).to_dict()["metadata"]["agency"] == "宁德市蕉城区林业局"
