"""Session 13's metadata fixes, one case each (every test fails on the code before the
fix): a report whose title is only a picture is named by the picture's alt text, never
by a logo's (the site's owner) nor by another year's or several agencies' pictures."""

from __future__ import annotations

from govinfo_nlp.metadata import read_metadata
from govinfo_nlp.pipeline import parse
from govinfo_nlp.readers.page import image_titles

BODY = (
    "<p>根据《中华人民共和国政府信息公开条例》规定，本机关编制了本年度报告。"
    "报告所列数据统计期限为2021年1月1日至2021年12月31日。</p>\n"
    "<p>一、总体情况</p>\n<p>全年主动公开信息312条。</p>\n"
)
LOGO = '<div class="logo"><img src="/logo.png" alt="{}"></div>\n'
PICTURE = '<p><img src="/p/1.jpg" alt="{}" width="600"></p>\n'


def page(*parts: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>年度报告</title></head><body>\n'
        + "".join(parts)
        + '<div class="article"><h1>年度报告</h1>\n'
        + BODY
        + "</div></body></html>"
    )


def agency(html: str) -> str | None:
    return parse(html, format="html", stages=("agency",)).metadata.agency


def test_a_pictured_title_names_the_agency() -> None:
    html = page(
        LOGO.format("湖州市南浔区人民政府"),
        PICTURE.format("湖州市南浔区人民政府办公室2021年度政府信息公开工作年度报告"),
    )
    assert agency(html) == "湖州市南浔区人民政府办公室"


def test_a_logo_names_the_site_not_the_report() -> None:
    # a department's report on its county's portal: the logo is the county government's
    assert agency(page(LOGO.format("某某县人民政府"))) is None
    assert image_titles("<img alt=\"某某县人民政府\"><img alt='某局2021年度报告'>") == (
        "某局2021年度报告",
    )


def test_a_picture_of_another_years_report_or_of_several_agencies_is_not_read() -> None:
    other_year = PICTURE.format("甲县财政局2020年度政府信息公开工作年度报告")
    assert agency(page(other_year)) is None
    two = [
        PICTURE.format("甲县财政局2021年度政府信息公开工作年度报告"),
        PICTURE.format("甲县教育局2021年度政府信息公开工作年度报告"),
    ]
    assert agency(page(*two)) is None
    # a text calling itself 我局 is no government's, whatever a picture on its page says
    county = PICTURE.format("某某县人民政府2021年度政府信息公开工作年度报告")
    assert agency(page(county).replace("本机关", "我局")) is None
    assert agency(page(county)) == "某某县人民政府"
    # read last: the text's own title wins over a picture
    text = "甲县水利局2021年度政府信息公开工作年度报告\n一、总体情况\n全年公开312条。\n"
    md, warnings = read_metadata(text, image_titles=["甲县财政局2021年度政府信息公开工作年度报告"])
    assert md.agency == "甲县水利局"
    assert not any("image_title" in w for w in warnings)


LIST = "".join(
    f"绍兴市柯桥区卫生健康局{y}年政府信息公开工作年度报告 {y + 1}-01-17\n"
    for y in (2022, 2021, 2020, 2019)
)


def test_a_page_listing_one_agencys_reports_names_it_and_no_year() -> None:
    md, _ = read_metadata("当前位置：首页 > 信息公开 > 政府信息公开年报\n" + LIST + "共4条 1/1页\n")
    assert (md.agency, md.year) == ("绍兴市柯桥区卫生健康局", None)


def test_a_list_of_several_agencies_or_beside_a_text_names_none() -> None:
    several = LIST.replace("2021年", "2021年").replace("卫生健康局2020", "教育体育局2020")
    assert read_metadata("年报\n" + several)[0].agency is None
    # a list beside a text of its own is a sidebar: the text's agency, or none
    beside = LIST + "本机关积极推进政务公开工作，全面落实各项要求。\n"
    assert read_metadata(beside)[0].agency is None
