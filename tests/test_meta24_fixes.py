"""What meta24's red team found, one test each (every test fails on the code before the
fix): 区府办 read as a name no body bears (y37 WRONG, kind department); a township whose
name opens with an area word, 省庄镇, read as a province's partial name (y10 null)."""

from __future__ import annotations

from govinfo_nlp.metadata import Metadata, read_metadata

BODY = "\n一、总体情况\n2022年，我办主动公开信息312条。\n"


def md(text: str, **kw: object) -> Metadata:
    return read_metadata(text, **kw)[0]  # type: ignore[arg-type]


def test_fu_ban_is_the_governments_general_office() -> None:
    # y37: 区府办 titled on 余杭区's portal was read 杭州市余杭区府办 (a fragment), a department
    text = (
        "区府办2022年政府信息公开工作年度报告\n来源：区府办"
        + BODY
        + "主办：杭州市余杭区人民政府办公室\n"
    )
    m = md(text)
    assert m.agency == "杭州市余杭区人民政府办公室"
    assert m.kind == "government" and m.level == "county"
    assert m.agency_as_written == "区府办"
    # with its area written: the same office
    named = md("余杭区府办2022年政府信息公开工作年度报告" + BODY)
    assert named.agency == "余杭区人民政府办公室" and named.kind == "government"
    # 政府办 and 人民政府办 (which end with 府办) as before
    assert md("余杭区政府办2022年政府信息公开工作年度报告" + BODY).agency == "余杭区人民政府办公室"
    # no area anywhere: no agency (never a bare 区府办 or 区人民政府办公室)
    assert md("区府办2022年政府信息公开工作年度报告" + BODY).agency is None


def test_a_township_whose_name_opens_with_an_area_word() -> None:
    # y10: 省庄镇人民政府 (of 泰安市岱岳区) was read as 省 + 庄镇…, a province's partial name
    text = (
        "省庄镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我镇主动公开信息58条。\n"
        "联系地址：泰安市岱岳区省庄镇政府大院\n"
    )
    m = md(text)
    assert m.agency == "泰安市岱岳区省庄镇人民政府"
    assert m.level == "township" and m.kind == "government"
    assert m.region is not None and m.region.county == "岱岳区"
    # 市 + a two-character town (市新塘镇) is still the city's partial name: no agency
    # where no area restores it
    assert md("市新塘镇人民政府2022年政府信息公开工作年度报告" + BODY).agency is None


def test_a_cover_date_in_chinese_numerals_is_no_opening_year() -> None:
    # y26: a PDF cover (the year alone, the title, the agency, 二〇二四年一月) read 2024 from
    # the cover's date as an "opening sentence" and no agency
    text = (
        "2023\n政府信息公开工作年度报告\n\n嘉善县综合行政执法局\n二〇二四年一月\n\f一、总体情况\n"
        "本年度，我局深化政务公开。\n二、主动公开政府信息情况\n全年主动公开政府信息88条。\n"
        "2024年，我局将进一步加强政策解读。\n"
    )
    m = md(text)
    assert m.year == 2023  # the cover's January 2024: the year before
    assert m.agency == "嘉善县综合行政执法局"
    assert m.published is None  # no day: no publication date
    # a year and month in digits (no day) is a cover's date too
    digits = md(text.replace("二〇二四年一月", "2024年1月"))
    assert digits.year == 2023 and digits.agency == "嘉善县综合行政执法局"


def test_a_year_written_with_a_letter_for_a_digit() -> None:
    # y27: an OCR'd 202l年度 (a letter l) in the title gave no title, so no agency
    m = md(
        "诸暨市审计局202l年度政府信息公开工作年度报告\n一、总体情况\n本年度，我局主动公开信息44条。\n"
    )
    assert m.agency == "诸暨市审计局" and m.year == 2021
    assert md("2O22年度政府信息公开工作年度报告 瑞安市统计局" + BODY).year == 2022
    # Latin text around it is no year (ISO2O22年 stays as written)
    assert (
        md("ABC2O22年度政府信息公开工作年度报告\n一、总体情况\n本年度，我局主动公开。\n").year
        is None
    )


def test_a_site_line_above_a_text_scrapes_title_places_a_street() -> None:
    # y12: 合肥路街道办事处 titled under the site line 青岛市市北区人民政府 stayed bare
    text = (
        "青岛市市北区人民政府\n当前位置：首页 > 政务公开\n合肥路街道办事处2022年政府信息公开工作年度报告\n"
        "一、总体情况\n2022年，本街道主动公开信息61条。\n"
    )
    m = md(text)
    assert m.agency == "青岛市市北区合肥路街道办事处"
    assert m.region is not None and m.region.city == "青岛市" and m.region.province == "山东省"
    # a site line of another body (青岛市市北区教育局) is no site's name: bare as before
    other = md(text.replace("青岛市市北区人民政府", "青岛市市北区教育局"))
    assert other.agency == "合肥路街道办事处"
    # a government's name with no navigation below it is as often the report's heading:
    # no site (the real excerpts' r107: 左贡县人民政府 / (2022年1月) / …)
    heading = md(text.replace("当前位置：首页 > 政务公开\n", "(2023年1月)\n"))
    assert heading.agency == "合肥路街道办事处"


def test_an_excerpt_cut_inside_its_title() -> None:
    # y44: a scraper's 2,000 bytes ending in …监督管理局2022年政府信息公 gave no agency, no year
    nav = "首页 | 政务公开 | 政务服务\n" * 3
    m = md(nav + "宁波市鄞州区市场监督管理局2022年政府信息公")
    assert m.agency == "宁波市鄞州区市场监督管理局" and m.year == 2022
    # a line break after it: a whole line, not a cut (read as before: no title)
    assert md(nav + "宁波市鄞州区市场监督管理局2022年政府信息公\n").year is None


def test_a_district_several_cities_have_is_the_sites_one() -> None:
    # y04: 江北区民政局 (宁波 and 重庆 both have a 江北区) under …_宁波市江北区人民政府 kept no region
    text = (
        "江北区民政局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局主动公开信息96条。\n"
    )
    m = md(text, page_titles=["江北区民政局2023年政府信息公开工作年度报告_宁波市江北区人民政府"])
    assert m.agency == "宁波市江北区民政局"
    assert m.region is not None and m.region.city == "宁波市" and m.level == "county"
    # meta23 x14's leftover: 城区人民政府 under 阳泉市城区人民政府's site (its level was null)
    cq = md(
        "城区人民政府2022年政府信息公开工作年度报告" + BODY,
        page_titles=["城区人民政府2022年政府信息公开工作年度报告_阳泉市城区人民政府"],
    )
    assert cq.agency == "阳泉市城区人民政府" and cq.level == "county"
    # no site: as written, no region (which 江北区, not certain)
    alone = md(text)
    assert alone.agency == "江北区民政局" and (alone.region is None or alone.region.city is None)
    # a site of another district (宁波市海曙区): no restore from it
    other = md(
        text, page_titles=["江北区民政局2023年政府信息公开工作年度报告_宁波市海曙区人民政府"]
    )
    assert other.agency == "江北区民政局"


def test_a_cppcc_committees_office_is_of_its_area() -> None:
    # y23: 政协海盐县委员会办公室 (the area inside the name) was kept with no region or level
    text = (
        "政协海盐县委员会办公室2022年政府信息公开工作年度报告\n一、总体情况\n"
        "2022年，我办主动公开信息35条。\n地址：嘉兴市海盐县武原街道枣园东路1号\n"
    )
    m = md(text)
    assert m.agency == "政协海盐县委员会办公室"
    assert m.level == "county" and m.kind == "department"
    assert m.region is not None and m.region.county == "海盐县"


def test_a_zone_word_alone_on_a_citys_site_is_that_citys_zone() -> None:
    # the session-23 leftover (panel23 report_003, report_010): 高新区管委会 titled on
    # 西安市人民政府's site gave no agency and joined none of the zone's other years
    text = (
        "高新区管委会2023年政府信息公开工作年度报告\n来源：西安市人民政府\n一、总体情况\n"
        "2023年，高新区管委会主动公开政府信息321条。\n"
    )
    site = ["高新区管委会2023年政府信息公开工作年度报告_西安市人民政府"]
    m = md(text, page_titles=site)
    assert m.agency == "西安高新区管委会"
    assert m.region is not None and m.region.city == "西安市"
    # no site: no agency (meta23 x39, 高新区 of no area)
    assert md(text.replace("来源：西安市人民政府\n", "")).agency is None
    # a label naming another city's government: which city's zone, not certain
    other = md(text.replace("来源：西安市人民政府", "来源：宝鸡市人民政府"), page_titles=site)
    assert other.agency is None
    # a district's site (西安市雁塔区人民政府) names no city's zone: not restored from it
    district = md(
        text, page_titles=["高新区管委会2023年政府信息公开工作年度报告_西安市雁塔区人民政府"]
    )
    assert district.agency is None


def test_the_short_forms_of_disability_federations_and_supply_cooperatives() -> None:
    # the session-23 leftover (meta23 x26, x29): 市残联 / 市供销社 in the title were no names;
    # the agency came from a label, as_written was the label's whole name
    text = "市残联2022年政府信息公开工作年度报告\n发布机构：杭州市残疾人联合会\n一、总体情况\n2022年，我会公开信息。\n"
    m = md(text)
    assert m.agency == "杭州市残疾人联合会" and m.agency_as_written == "市残联"
    coop = md(
        text.replace("市残联", "市供销社").replace("杭州市残疾人联合会", "温州市供销合作社联合社")
    )
    assert coop.agency == "温州市供销合作社联合社" and coop.agency_as_written == "市供销社"
    # no area anywhere: as before, no agency
    assert md("县残联2022年政府信息公开工作年度报告" + BODY).agency is None
