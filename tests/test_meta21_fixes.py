"""What meta21's red team found, one test each (every test fails on the code before the
fix): a party committee's body lost its 中共 (v06 WRONG) or was dropped (v05, v07, v41,
v43); a plan sentence's year read as the report's (v35, v36 WRONG); a quarter's report
given the year before its April date (v34 invented); a title and a preamble that name two
districts' bureaus (v38 invented); a title 关于政府信息公开工作情况的报告 (v34 null)."""

from __future__ import annotations

from govinfo_nlp.metadata import Metadata, read_metadata

BODY = "\n一、总体情况\n全年主动公开信息312条。\n"


def md(text: str, titles: tuple[str, ...] = ()) -> Metadata:
    return read_metadata(text, page_titles=titles)[0]


def test_a_party_committees_body_keeps_its_party_name() -> None:
    # v06: 中共南通市委网信办 was read 南通市委网信办 (a fragment of the name)
    m = md(
        "中共南通市委网信办2021年政府信息公开工作年度报告\n现公布中共南通市委网络安全和信息化委员会办公室"
        "2021年政府信息公开工作年度报告。" + BODY
    )
    assert m.agency == "中共南通市委网络安全和信息化委员会办公室"
    assert m.agency_as_written == "中共南通市委网信办"
    assert (m.level, m.kind) == ("city", "department")
    assert m.region is not None and m.region.city == "南通市"
    # v05: cut at the 编制 of 机构编制 (委员会办公室) and dropped at the 共 of 中共
    m = md("中共无锡市委机构编制委员会办公室2022年政府信息公开工作年度报告" + BODY)
    assert (m.agency, m.level, m.kind) == ("中共无锡市委机构编制委员会办公室", "city", "department")
    # v07: a party school
    assert (
        md("中共海宁市委党校2023年度政府信息公开工作年度报告" + BODY).agency == "中共海宁市委党校"
    )
    # v41: a committee's own office is no bureau's 办公室 (not cut to 中共安吉县委)
    m = md("中共安吉县委办公室2023年政府信息公开工作年度报告" + BODY)
    assert (m.agency, m.level, m.kind) == ("中共安吉县委办公室", "county", "department")
    # a bureau's office is cut as before; a government's 网信办 is not spelled out as a 委's
    assert md("本报告由南京市水务局办公室编制。" + BODY).agency == "南京市水务局"
    assert md("南京市网信办2022年政府信息公开工作年度报告" + BODY).agency != (
        "南京市网络安全和信息化委员会办公室"
    )


def test_a_title_broken_after_the_party_committee_is_read_joined() -> None:
    # v43: 中共杭州市临平区委<br>机构编制委员会办公室2022年…: the second line alone names no area
    m = md("中共杭州市临平区委\n机构编制委员会办公室2022年政府信息公开工作年度报告" + BODY)
    assert m.agency == "中共杭州市临平区委机构编制委员会办公室"
    assert m.region is not None and m.region.county == "临平区"
    # a line that is an area's government is not joined to the title below it
    m = md("杭州市临平区人民政府\n区民政局2022年政府信息公开工作年度报告" + BODY)
    assert m.agency != "杭州市临平区人民政府区民政局"


PLANS = "\n五、存在的主要问题及改进情况\n2020年，我局将进一步加强预决算公开。\n"


def test_a_plan_sentences_year_is_not_the_reports() -> None:
    # v35: 2020年，我局将… under the plans' heading was read as the 2019 report's year
    text = (
        "铜陵市义安区财政局政府信息公开工作年度报告\n一、总体情况\n本年度，我局主动公开信息187条。"
        + PLANS
    )
    assert md(text).year is None
    assert md(text.replace("\n一", "\n发布时间：2020-01-21\n一")).year == 2019
    # an opening year above the plans is read as before
    assert md(text.replace("本年度", "2019年")).year == 2019


def test_an_opening_year_not_before_the_publication_is_passed_over() -> None:
    # v36's shape without a plans heading: the report of 2021, published 2022-01-25
    text = (
        "马鞍山市博望区应急管理局政府信息公开工作年度报告\n发布时间：2022-01-25\n一、总体情况\n"
        "2022年，我局将进一步加强公开平台建设。\n"
    )
    assert md(text).year == 2021
    assert md(text.replace("2022年，", "2021年，")).year == 2021


def test_a_part_years_report_takes_no_year_from_its_april_date() -> None:
    # v34: a quarter's report published 2022-04-08 was given 2021
    text = (
        "醴陵市农业农村局关于政府信息公开工作情况的报告\n发布时间：2022-04-08\n"
        "今年以来，现将一季度政府信息公开工作情况报告如下。\n一季度主动公开政府信息46条。\n"
    )
    m = md(text)
    assert m.year is None
    # …and its title names the agency (it was null)
    assert m.agency == "醴陵市农业农村局"
    # the annual report published in April is the previous year's, as before
    annual = (
        "湘潭市雨湖区统计局政府信息公开工作年度报告\n发布时间：2022-04-12\n全年主动公开信息66条。\n"
    )
    assert md(annual).year == 2021
    # …and so is a page that names no part of a year (编制本报告, no title)
    assert md(annual.replace("工作年度报告", "工作报告")).year == 2021
    # a quarter named on the annual report's page does not undo it
    assert md(annual.replace("全年", "按季度更新，全年")).year == 2021


def test_a_title_and_a_preamble_naming_two_districts_bureaus_give_no_agency() -> None:
    # v38: 吴兴区… in the title, 现公布南浔区… and 请与南浔区…联系 in the preamble
    text = (
        "吴兴区住房和城乡建设局2022年政府信息公开工作年度报告\n现公布南浔区住房和城乡建设局2022年"
        "政府信息公开工作年度报告。如对本报告有疑问，请与南浔区住房和城乡建设局办公室联系。" + BODY
    )
    assert md(text).agency is None
    # the same district, with its city or without, is the same body
    same = text.replace("南浔区", "湖州市吴兴区")
    assert md(same).agency in ("吴兴区住房和城乡建设局", "湖州市吴兴区住房和城乡建设局")
    # another body of another area named as this report's compiler is not a conflict
    other = text.replace("南浔区住房和城乡建设局2022年", "南浔区财政局2022年").replace(
        "请与南浔区住房和城乡建设局办公室", "请与吴兴区住房和城乡建设局办公室"
    )
    assert md(other).agency is not None


def test_the_compiler_named_as_such_is_the_reporter_not_the_areas_subject() -> None:
    # paraphrase18 g03, g04 (WRONG): no title; the opening sentence's subject, the whole
    # area (2023年,祁阳市按照…), was read as its government over the compiler the preamble names
    overview = "\n(一)主动公开方面。2023年,祁阳市按照国家、湖南省的部署,贯彻执行条例。\n"
    m = md(
        "一、总体情况\n本报告依照《中华人民共和国政府信息公开条例》(国务院令第711号)编制,"
        "编制单位为祁阳市人民政府办公室。数据统计区间为2023年1月1日至2023年12月31日。" + overview
    )
    assert (m.agency, m.kind, m.level) == ("祁阳市人民政府办公室", "government", "county")
    m = md(
        "一、总体情况\n为全面反映本年度政府信息公开工作,三台县人民政府办公室依据《中华人民共和国政府"
        "信息公开条例》(国务院令第711号)编写本报告。" + overview.replace("祁阳市", "三台县")
    )
    assert m.agency == "三台县人民政府办公室"
    # g01 (null): 官桥镇人民政府编写本镇2021年度…报告, the county in the contact address
    m = md(
        "按照有关部署,官桥镇人民政府编写本镇2021年度政府信息公开工作报告。对报告内容有疑问的,"
        "可联系官桥镇党政综合办公室(地址:南安市官桥镇官桥街188号)。\n一、总体情况\n"
    )
    assert m.agency in ("南安市官桥镇人民政府", "官桥镇人民政府")
    # the area alone, where no compiler is named, is read as before (its government)
    m = md("一、总体情况\n2023年,祁阳市按照国家、湖南省的部署,贯彻执行条例。\n")
    assert m.agency == "祁阳市人民政府"


def test_a_linked_title_with_its_view_count_is_not_the_reports() -> None:
    # formats8 k08 (WRONG 2020): a 点击排行 item above the 2021 report's heading, and the
    # 2020 report's tables appended for comparison, outvoted the statistics period
    text = (
        "点击排行\n2020年政府信息公开工作年度报告 阅读 1236\n行政许可事项目录 56 项\n"
        "衢州市柯城区农业农村局2021年政府信息公开工作年度报告\n一、总体情况\n"
        "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n"
        "附件：2020年度政府信息公开工作统计表（供对比）\n2020年度主动公开情况\n2020年度申请情况\n"
    )
    assert md(text).year == 2021
    # a title without a count above the report's heading is read as before
    assert md(text.replace(" 阅读 1236", "")).year != 2021
