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
