"""What meta16's red team found, one case each (every test fails on the code before
the fix): an agency word abbreviated in a way no table lists, a zone's committee
named with its charge, a township on its county's portal."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from govinfo_nlp.agency.region import _expansions
from govinfo_nlp.metadata import _PAGE_TITLE_PARTS, read_metadata

BODY = "一、总体情况\n全年主动公开信息312条。\n"


def meta(text: str, titles: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    md, _ = read_metadata(text, page_titles=titles)
    return md.agency, md.agency_as_written


def test_a_short_agency_word_is_written_out_as_the_preamble_writes_it() -> None:
    # q14: 人力社保局 is in no table of abbreviations; the preamble names the bureau
    # in full with its city, after the title's district alone
    text = (
        "南湖区人力社保局2023年政府信息公开工作年度报告\n"
        "本报告由嘉兴市南湖区人力资源和社会保障局根据条例编制，经嘉兴市人力资源和社会保障局审核。\n"
        + BODY
    )
    assert meta(text) == ("嘉兴市南湖区人力资源和社会保障局", "南湖区人力社保局")


def test_a_short_agency_word_under_a_full_area_is_written_out_too() -> None:
    text = (
        "嘉兴市南湖区人力社保局2023年政府信息公开工作年度报告\n"
        "本报告由南湖区人力资源和社会保障局编制。\n" + BODY
    )
    assert meta(text)[0] == "嘉兴市南湖区人力资源和社会保障局"


def test_another_body_whose_name_holds_the_short_one_is_no_full_form() -> None:
    # one place of dropped characters: a body under the bureau, not its full name
    text = "嘉兴市南湖区财政局2023年政府信息公开工作年度报告\n会同南湖区财政国库支付局，\n" + BODY
    assert meta(text)[0] == "嘉兴市南湖区财政局"
    assert _expansions("", "教育局", "县教育体育局") == set()


def test_two_full_forms_of_one_short_word_restore_nothing() -> None:
    text = (
        "南湖区人力社保局2023年政府信息公开工作年度报告\n"
        "嘉兴市南湖区人力资源和社会保障局、嘉兴市南湖区人力资源社会保障局\n" + BODY
    )
    assert meta(text)[0] != "嘉兴市南湖区人力资源和社会保障局"
    assert meta(text)[0] != "嘉兴市南湖区人力资源社会保障局"


HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5).filter(
    lambda c: c not in "局委办厅院镇乡区县市省旗盟州"
)


@settings(deadline=None)  # a busy machine must not fail it
@given(
    kept=st.lists(HAN, min_size=2, max_size=4),
    dropped=st.lists(st.text(HAN, min_size=1, max_size=3), min_size=2, max_size=2),
    area=st.sampled_from(["南湖区", "西湖区", "岳麓区", "江宁区"]),
)
def test_an_abbreviation_expands_to_the_one_full_form_written(
    kept: list[str], dropped: list[str], area: str
) -> None:
    # (a character kept and dropped at once may align either way: distinct ones)
    assume(len(set("".join(kept + dropped))) == len("".join(kept + dropped)))
    # the full word drops characters after the first two kept ones; the short word
    # keeps the order; the document writes the full word after the same area
    full = kept[0] + dropped[0] + kept[1] + dropped[1] + "".join(kept[2:]) + "局"
    short = "".join(kept) + "局"
    assert _expansions(area, short, f"联系单位：{area}{full}办公室") == {area + full}
    # one place of dropped characters is not a full form of the short word
    one_gap = kept[0] + dropped[0] + "".join(kept[1:]) + "局"
    assert _expansions(area, short, f"联系单位：{area}{one_gap}办公室") == set()


def test_a_zone_named_alone_is_its_committee_named_with_its_charge() -> None:
    # q28: 西咸新区 alone in the title; 发布机构 names the 开发建设管理委员会
    title = "西咸新区2021年政府信息公开工作年度报告\n"
    named = title + "发布机构：陕西省西咸新区开发建设管理委员会 发布日期：2022-01-27\n" + BODY
    assert meta(named)[0] == "陕西省西咸新区开发建设管理委员会"
    # the party working committee is another body; two committees, no certain one
    assert meta(title + "发布机构：陕西省西咸新区党工委管委会\n" + BODY)[0] is None
    two = title + "由西咸新区开发建设管理委员会和西咸新区规划建设管理委员会编制\n" + BODY
    assert meta(two)[0] is None


def test_a_township_on_its_county_portal_takes_the_county() -> None:
    # q31, q33: the town's name alone on the page; the page's title names the
    # county government whose portal publishes it
    text = "柳城畲族镇2022年政府信息公开工作年度报告\n" + BODY
    assert meta(text, ("柳城畲族镇2022年政府信息公开工作年度报告_武义县人民政府",))[0] == (
        "武义县柳城畲族镇人民政府"
    )
    assert meta("周庄镇政府信息公开工作年度报告\n" + BODY, ("周庄镇_昆山市人民政府",))[0] == (
        "昆山市周庄镇人民政府"
    )
    # a city's portal (no county) and two counties' names restore nothing
    assert meta(text, ("柳城畲族镇_金华市人民政府",))[0] == "柳城畲族镇人民政府"
    assert meta(text, ("柳城畲族镇_武义县人民政府_永康市人民政府",))[0] == "柳城畲族镇人民政府"


def test_a_regulators_branch_short_form_takes_the_full_name_the_document_writes() -> None:
    # q26: 泉州金融监管分局 in the title, the full name in the contact line
    title = "泉州金融监管分局2023年政府信息公开工作年度报告\n" + BODY
    full = title + "联系单位：国家金融监督管理总局泉州监管分局办公室\n"
    assert meta(full) == ("国家金融监督管理总局泉州监管分局", "泉州金融监管分局")
    # another place's branch in the text is no full form of this one
    other = title + "联系单位：国家金融监督管理总局厦门监管局办公室\n"
    assert meta(other)[0] != "国家金融监督管理总局厦门监管局"
    assert not (meta(other)[0] or "").startswith("国家金融监督管理总局")


def test_a_page_title_joined_by_a_bare_hyphen_names_the_site() -> None:
    # q35: …年度报告-澳门新葡京娱乐场-佛山市顺德区人民政府网站 (no spaces round the hyphens)
    text = "北滘镇2022年政府信息公开工作年度报告\n" + BODY
    titles = ("北滘镇2022年政府信息公开工作年度报告-澳门新葡京娱乐场-佛山市顺德区人民政府网站",)
    assert meta(text, titles)[0] == "佛山市顺德区北滘镇人民政府"
    # a hyphen between digits joins no parts (2021-2022学年)
    assert _PAGE_TITLE_PARTS.split("某大学2021-2022学年信息公开工作年度报告") == [
        "某大学2021-2022学年信息公开工作年度报告"
    ]


def test_a_customs_district_under_the_states_name_is_read() -> None:
    # q19 read its name from the breadcrumb only: 共 of 共和国 made the title's
    # 中华人民共和国宁波海关 a fragment; the canonical name is the usual one
    text = "中华人民共和国宁波海关2022年政府信息公开工作年度报告\n" + BODY
    assert meta(text) == ("宁波海关", "中华人民共和国宁波海关")
    assert (
        meta("中华人民共和国上海海事局2022年政府信息公开工作年度报告\n" + BODY)[0] == "上海海事局"
    )
    # the regulation's title is still no agency
    cited = "根据《中华人民共和国政府信息公开条例》，现公布2022年政府信息公开工作年度报告\n" + BODY
    assert meta(cited)[0] is None
