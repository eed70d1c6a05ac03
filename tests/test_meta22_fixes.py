"""What meta22's red team found, one test each (every test fails on the code before the
fix): a title naming 市政府 gave the compiling office (w31 WRONG); a listed report above
the heading, its view count on the next line, gave another body (w39 invented); a zone
bureau's title form was kept where 发布机构 writes it whole (w04 WRONG); a bracket tag
between the name and the year (w21 null); a name a PDF wrapped (w02 null); a police
branch titled 北仑公安分局 (w07 null)."""

from __future__ import annotations

from govinfo_nlp.metadata import Metadata, read_metadata

BODY = "\n一、总体情况\n2022年，我局主动公开信息312条。\n"


def md(text: str) -> Metadata:
    return read_metadata(text)[0]


def test_a_title_naming_the_citys_government_is_the_governments() -> None:
    # w31: 市政府2022年… on 义乌's portal, 由义乌市人民政府办公室编制: not the office
    text = (
        "义乌市人民政府门户网站 > 政务公开\n市政府2022年政府信息公开工作年度报告\n"
        "本报告由义乌市人民政府办公室编制。\n一、总体情况\n2022年，市政府主动公开信息2860条。\n"
    )
    m = md(text)
    assert (m.agency, m.agency_as_written) == ("义乌市人民政府", "市政府")
    assert (m.level, m.kind) == ("county", "government")
    # no area anywhere to restore: null, never the compiler
    assert (
        md(text.replace("义乌市人民政府门户网站 > 政务公开\n", "").replace("义乌市", "")).agency
        is None
    )
    # 2022年市政府信息公开…: 政府 is the topic's, and the year comes first (read as before)
    assert (
        md("2022年市政府信息公开工作年度报告\n由义乌市财政局编制。" + BODY).agency
        != "义乌市人民政府"
    )


def test_a_listed_report_with_its_view_count_below_is_not_the_heading() -> None:
    # w39: 西湖区人民政府2023年…年度报告 / 阅读 2210 above 区市场监督管理局2023年…
    text = (
        "西湖区人民政府2023年政府信息公开工作年度报告\n阅读 2210\n"
        "区市场监督管理局2023年政府信息公开工作年度报告\n发布时间：2024-01-25" + BODY
    )
    m = md(text)
    assert m.agency is None and m.agency_as_written == "区市场监督管理局"
    assert m.year == 2023
    # the same count on the title's line (formats8 k08's shape)
    assert md(text.replace("\n阅读", " 阅读")).agency is None
    # a page's own heading with its own count below it, no other title after: read as before
    own = "杭州市西湖区民政局2023年政府信息公开工作年度报告\n阅读 2210" + BODY
    assert md(own).agency == "杭州市西湖区民政局"


def test_a_zone_bureaus_issuer_field_writes_it_whole() -> None:
    # w04: 江北新区教育和社会保障局 titled, the full name in 发布机构
    text = (
        "江北新区教育和社会保障局2022年政府信息公开工作年度报告\n"
        "发布机构：南京江北新区管理委员会教育和社会保障局" + BODY
    )
    m = md(text)
    assert m.agency == "南京江北新区管理委员会教育和社会保障局"
    assert m.agency_as_written == "江北新区教育和社会保障局"
    assert m.region is not None and m.region.city == "南京市"
    # another body in 发布机构 (the committee, a city bureau) is not taken
    other = text.replace("南京江北新区管理委员会教育和社会保障局", "南京江北新区管理委员会")
    assert md(other).agency == "江北新区教育和社会保障局"


def test_a_bracket_tag_between_the_name_and_the_year_is_left_out() -> None:
    # w21: 海宁市民政局【点击领取】2022年…
    m = md("海宁市民政局【点击领取】2022年政府信息公开工作年度报告" + BODY)
    assert m.agency == "海宁市民政局"
    assert m.region is not None and m.region.county == "海宁市"


def test_a_name_a_pdf_wrapped_is_read_joined() -> None:
    # w02: 绵阳市卫生健 / 康委员会2021年政府信息公开 / 工作年度报告
    m = md("绵阳市卫生健\n康委员会2021年政府信息公开\n工作年度报告" + BODY)
    assert m.agency == "绵阳市卫生健康委员会"
    # a site line that ends in a name is not joined to the title's partial name
    m = md("绵阳市人民政府\n市卫生健康委员会2021年政府信息公开工作年度报告" + BODY)
    assert m.agency_as_written == "市卫生健康委员会"
    # nor a site's name (…人民政府网): 绵阳市人民政府网卫生健康委员会 names no body
    m = md("绵阳市人民政府网\n卫生健康委员会2021年政府信息公开工作年度报告" + BODY)
    assert m.agency is None


def test_a_police_branch_titled_with_its_bureaus_word_is_restored() -> None:
    # w07: 北仑公安分局 titled, 信息来源：宁波市公安局北仑分局
    text = "北仑公安分局2022年政府信息公开工作年度报告\n信息来源：宁波市公安局北仑分局" + BODY
    m = md(text)
    assert (m.agency, m.agency_as_written) == ("宁波市公安局北仑分局", "北仑公安分局")
    # another bureau's 北仑分局 (the tax bureau's) is not this one
    assert md(text.replace("公安局北仑", "税务局北仑")).agency is None


def test_a_ministrys_heading_with_the_states_name_is_read() -> None:
    # w35: 中华人民共和国商务部2022年… gave no name (its 共); the <title>'s 商务部 was taken
    m = md("中华人民共和国商务部2022年政府信息公开工作年度报告" + BODY)
    assert (m.agency, m.agency_as_written) == ("商务部", "中华人民共和国商务部")
    assert (m.level, m.kind) == ("national", "department")
    # the law's name stays a fragment
    assert md("根据《中华人民共和国政府信息公开条例》规定，特编制本报告。" + BODY).agency is None


def test_a_companys_own_title_names_it_and_nothing_else_does() -> None:
    # w18, w19 (and meta21 v13): a 公共企事业单位's report titled with its company name
    m = md("苏州市公共交通有限公司2022年度信息公开工作年度报告" + BODY)
    assert (m.agency, m.level) == ("苏州市公共交通有限公司", None)
    assert m.region is not None and m.region.city == "苏州市"
    # w05: a province's forest farm
    assert (
        md("福建省洋口国有林场2022年度政府信息公开工作年度报告" + BODY).agency
        == "福建省洋口国有林场"
    )
    # a company in a label or a footer is no reporter: a site's builder as often as its owner
    assert md("2022年政府信息公开工作年度报告\n来源：苏州市公共交通有限公司" + BODY).agency is None
    assert md("本报告由苏州市公共交通有限公司编制。" + BODY).agency is None


def test_a_headings_own_view_count_does_not_make_it_a_link() -> None:
    # a page's own heading with its counter below it and the body next: its year and
    # name, not those of a title below the body (a related report's, no list heading)
    text = (
        "杭州市西湖区民政局2023年政府信息公开工作年度报告\n阅读：2210"
        + BODY
        + "杭州市上城区民政局2022年政府信息公开工作年度报告\n"
    )
    m = md(text)
    assert (m.agency, m.year) == ("杭州市西湖区民政局", 2023)
    # a link above the page's own heading is still a link (formats8 k08, meta22 w39)
    m = md("杭州市上城区民政局2022年政府信息公开工作年度报告\n阅读 2210\n" + text)
    assert (m.agency, m.year) == ("杭州市西湖区民政局", 2023)


def test_a_report_published_for_a_bureau_names_the_bureau() -> None:
    # panel22 report_029: A代发B…年度报告 names B (as 关于印发…的通知 does)
    m = md("成华区人民政府办公室代发成华区卫生健康局2023年政府信息公开工作年度报告" + BODY)
    assert (m.agency, m.kind) == ("成华区卫生健康局", "department")
    assert m.region is not None and m.region.city == "成都市"


def test_a_report_compiled_with_bianxie_names_its_agency_whole() -> None:
    # paraphrase20 m03: 现编写斗山鎮人民政府2022年度… read 现编写斗山镇人民政府 (a fragment)
    text = (
        "依照《条例》的规定，现编写斗山镇人民政府2022年度政府信息公开工作年度报告。"
        "对本报告如有疑问，可联络台山市斗山镇党政办公室。\n一、总体情况\n2022年，斗山镇深入推进政务公开。\n"
    )
    m = md(text)
    assert m.agency == "台山市斗山镇人民政府"
    assert (m.level, m.kind) == ("township", "government")


def test_a_short_form_a_prefecture_and_its_seat_share_places_nothing() -> None:
    # panel22 report_055: 和田民政局 alone was placed in 和田地区 (和田 is also 和田市)
    m = md("和田民政局2022年政府信息公开工作年度报告" + BODY)
    assert (m.agency, m.region) == ("和田民政局", None)
    # written in full, each is placed as before
    m = md("和田市民政局2022年政府信息公开工作年度报告" + BODY)
    assert m.region is not None and (m.region.city, m.region.county) == ("和田地区", "和田市")
    m = md("和田地区民政局2022年政府信息公开工作年度报告" + BODY)
    assert m.region is not None and (m.region.city, m.region.county) == ("和田地区", None)
