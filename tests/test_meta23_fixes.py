"""What meta23's red team found, one test each (every test fails on the code before the
fix): a street named after a road holding another city's name placed in that city
(x10 WRONG); a zone named after another city's bay placed in that city (x11 WRONG); a
national administration's branch cut inside its branch word (x18 WRONG); the first
report of a compilation taken as the page's (x41 invented); a dotted statistics period
(x32 year null); 联合会/联合社/档案馆 and a 请联系 label (x26, x28, x29 null); the Corps'
short form (x20 null); a name a PDF wrapped inside a sentence (x02 null); a zone's
committee named by its city's short form (x04 null); 資訊 on a Traditional page (x36
null)."""

from __future__ import annotations

from govinfo_nlp.metadata import Metadata, read_metadata

BODY = "\n一、总体情况\n2022年，我局主动公开信息312条。\n"


def md(text: str, **kw: object) -> Metadata:
    return read_metadata(text, **kw)[0]  # type: ignore[arg-type]


def test_a_street_named_after_a_road_with_a_direction_is_not_that_citys() -> None:
    # x10: 南京东路街道办事处 of 上海 黄浦区 was placed in 南京市 (江苏省)
    text = (
        "南京东路街道办事处2022年度政府信息公开工作年度报告\n"
        "信息来源：黄浦区南京东路街道办事处\n一、总体情况\n2022年，本街道主动公开信息102条。\n"
    )
    m = md(text)
    assert m.agency == "黄浦区南京东路街道办事处"
    assert m.region is not None and m.region.province == "上海市"
    # alone, no district anywhere: never 南京市's
    alone = md(text.replace("信息来源：黄浦区南京东路街道办事处\n", ""))
    assert alone.region is None or alone.region.city != "南京市"
    # a road without a direction (山东路街道) as before
    assert md("山东路街道2022年政府信息公开工作年度报告" + BODY).region is None


def test_a_zone_named_after_another_citys_bay_is_the_written_citys() -> None:
    # x11: 杭州湾新区管委会 titled, 宁波杭州湾新区管理委员会 in the opening
    text = (
        "杭州湾新区管委会2022年政府信息公开工作年度报告\n"
        "根据《条例》规定，现公布宁波杭州湾新区管理委员会2022年政府信息公开工作年度报告。" + BODY
    )
    m = md(text)
    assert m.agency == "宁波杭州湾新区管理委员会"
    assert m.region is not None and m.region.city == "宁波市"
    # the same city (or its province) written before it is no other area: read as before
    same = md(text.replace("现公布宁波杭州湾", "现公布杭州湾"))
    assert same.agency == "杭州湾新区管理委员会"


def test_a_branch_word_is_read_whole_as_the_text_writes_it() -> None:
    # x18: 浙江能源监管办 titled, 国家能源局浙江监管办公室 in the opening: not 国家能源局浙江监管办
    text = (
        "浙江能源监管办2022年政府信息公开工作年度报告\n"
        "根据《条例》规定，现公布国家能源局浙江监管办公室2022年政府信息公开工作年度报告。\n"
        "一、总体情况\n2022年，我办主动公开信息67条。\n"
    )
    assert md(text).agency == "国家能源局浙江监管办公室"


def test_a_compilation_of_reports_has_no_one_agency() -> None:
    # x41: …各部门2022年…年度报告汇编, three bureaus' reports below it
    text = (
        "上城区各部门2022年政府信息公开工作年度报告汇编\n"
        "杭州市上城区发展和改革局2022年政府信息公开工作年度报告\n"
        "2022年，我局全年主动公开政府信息86条。\n"
        "杭州市上城区财政局2022年政府信息公开工作年度报告\n"
        "2022年，我局全年主动公开政府信息112条。\n"
    )
    m = md(text)
    assert m.agency is None and m.year == 2022
    # one report (no 汇编 line) as before
    assert md(text.split("\n", 1)[1]).agency == "杭州市上城区发展和改革局"


def test_a_dotted_statistics_period_gives_the_year() -> None:
    # x32: 统计期限：2021.1.1—2021.12.31, no title year, no date
    text = "常熟市商务局政府信息公开工作年度报告\n统计期限：2021.1.1—2021.12.31\n一、总体情况\n本年度，我局主动公开信息69条。\n"
    assert md(text).year == 2021
    assert md(text.replace("2021.1.1", "2021-01-01")).year == 2021
    # a date that is no period's start gives no period year
    assert md(text.replace("2021.1.1—2021.12.31", "2021.3.1")).year is None


def test_group_and_archive_bodies_and_a_contact_label() -> None:
    # x26, x28: 残疾人联合会 in 发布机构, 档案馆 in the title
    own = "\n一、总体情况\n2022年，市残联主动公开信息95条。\n"
    m = md("市残联2022年政府信息公开工作年度报告\n发布机构：杭州市残疾人联合会" + own)
    assert (m.agency, m.level, m.kind) == ("杭州市残疾人联合会", "city", "department")
    assert md("宁波市档案馆2023年政府信息公开工作年度报告" + own).agency == "宁波市档案馆"
    # x29: 请联系：…联合社办公室，电话… (the office names its body; the value ends at the comma)
    text = (
        "市供销社2022年度政府信息公开工作年度报告"
        + own
        + "如对本报告有疑问，请联系：温州市供销合作社联合社办公室，电话0577-8888。\n"
    )
    assert md(text).agency == "温州市供销合作社联合社"


def test_the_corps_short_form_is_the_corps() -> None:
    # x20: 兵团民政局 titled
    m = md("兵团民政局2022年政府信息公开工作年度报告" + BODY)
    assert m.agency == "新疆生产建设兵团民政局"
    assert m.level is None and m.region is not None and m.region.province == "新疆维吾尔自治区"


def test_a_name_a_pdf_wrapped_inside_a_sentence() -> None:
    # x02: …现公布宜春市袁州区民 / 政局2021年度…年度报告。本报告…
    text = (
        "2021年度政府信息公开工作年度报告\n"
        "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布宜春市袁州区民\n"
        "政局2021年度政府信息公开工作年度报告。本报告所列数据的统计期限自2021年1月1日起至2021年\n"
        "12月31日止。" + BODY
    )
    m = md(text)
    assert m.agency == "宜春市袁州区民政局" and m.year == 2021
    # a wrapped sentence whose line ends in no division's name: the fragment gives nothing
    other = text.replace("现公布宜春市袁州区民", "现将有关情况报告如下并公布民")
    assert md(other).agency is None


def test_a_zone_committee_named_by_its_citys_short_form() -> None:
    # x04: 经开区管委会 titled, 长春经济技术开发区管理委员会党政办公室 in the contact block
    text = (
        "经开区管委会2023年政府信息公开工作年度报告"
        + BODY.replace("2022", "2023")
        + "联系单位：长春经济技术开发区管理委员会党政办公室\n"
    )
    m = md(text)
    assert m.agency == "长春经济技术开发区管理委员会"
    assert m.region is not None and m.region.city == "长春市"
    # two cities' zones written: which, not certain
    two = text + "合肥经济技术开发区管理委员会主办。\n"
    assert md(two).agency is None
    # (one of them cited as a model, 参照…的做法, is another body: session 27's restore rules)
    cited = text + "参照合肥经济技术开发区管理委员会的做法。\n"
    assert md(cited).agency == "长春经济技术开发区管理委员会"


def test_a_traditional_pages_taiwan_word_for_information() -> None:
    # x36: 臺州市黃巖區司法局二〇二二年度政府資訊公開工作年度報告 (after t2s: 资讯)
    text = "台州市黄岩区司法局2022年度政府资讯公开工作年度报告\n一、总体情况\n本局主动公开资讯112条。\n"
    assert md(text, script="traditional").agency == "台州市黄岩区司法局"
    # a Simplified page's 资讯 is left as written
    assert md(text).agency is None


def test_a_zero_written_in_a_name() -> None:
    # x25 (and meta21 v16, meta22 w20): 〇 (U+3007) in a 团's or a school's name was null
    m = md(
        "一〇四团2022年政府信息公开工作年度报告\n根据《条例》规定，现公布新疆生产建设兵团第十二师"
        "一〇四团2022年政府信息公开工作年度报告。\n一、总体情况\n2022年，我团主动公开信息38条。\n"
    )
    assert m.agency == "新疆生产建设兵团第十二师一〇四团" and m.year == 2022
    school = md(
        "北京一〇一中学2022年政府信息公开工作年度报告\n一、总体情况\n本年度，我校主动公开信息20条。\n"
    )
    assert school.agency == "北京一〇一中学" and school.year == 2022
    # a year written with 〇 is still a year, and no name keeps the stand-in
    m = md(
        "北京一〇一中学二〇二二年度政府信息公开工作年度报告\n一、总体情况\n本年度主动公开信息20条。\n"
    )
    assert m.year == 2022 and "\u9fa5" not in (m.agency or "") + (m.agency_as_written or "")
    # a signature's date in numerals (二〇二二年一月二十日) stays a date (meta11 p26)
    signed = md(
        "二〇二一年政府信息公开工作年度报告\n一、总体情况\n二〇二一年，我局主动公开信息126条。\n"
        "六、其他需要报告的事项\n无。\n\n鹰潭市余江区自然资源局\n二〇二二年一月二十日\n"
    )
    assert (signed.agency, signed.year) == ("鹰潭市余江区自然资源局", 2021)


def test_a_counted_title_below_a_ranking_heading_is_a_link() -> None:
    # session 22's leftover (formats8 k08 / meta18 h14's shape): a lone ranked title
    page = ("南京市秦淮区城市管理局2021年政府信息公开工作年度报告_南京市秦淮区人民政府",)
    text = "点击排行\n2020年政府信息公开工作年度报告 阅读 1236\n行政许可事项目录 56 项\n"
    assert read_metadata(text, page_titles=page)[0].year == 2021
    # a lone ranked title naming a body is not the page's agency
    ranked = text.replace("2020年", "南京市秦淮区财政局2020年")
    assert (md(ranked).agency, md(ranked).year) == (None, None)
    # a page's own heading with its own counter below it, no ranking heading: as before
    own = "南京市秦淮区财政局2022年政府信息公开工作年度报告\n阅读 2210" + BODY
    assert (md(own).agency, md(own).year) == ("南京市秦淮区财政局", 2022)
