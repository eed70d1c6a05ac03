"""Fixes of session 27's metadata work, each failing on the code before it.

A short name in the title (市政府办公室, 市财政局) was completed from any mention of a body of
that name with an area before it, wherever the text wrote it: a county-level city's office
that follows its prefecture's plan (按照福州市人民政府办公室2023年政务公开工作要点) was read
as the prefecture's office (red26 left it: the restore took a year after the name as the
report's own). A mention the text marks as another body's (one followed, reported to, worked
with, or the issuer of another document on the work) completes nothing now.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.metadata import read_metadata

_TITLE = "2023年政府信息公开工作年度报告"


def _report(heading: str, line: str) -> str:
    return f"{heading}{_TITLE}\n发布时间：2024-01-25\n一、总体情况\n2023年，{line}\n"


# (the title's short name, a sentence naming another body of that name in full)
_OTHERS = [
    ("市政府办公室", "我室按照福州市人民政府办公室2023年政务公开工作要点，扎实推进政务公开。"),
    ("市政府办公室", "福州市人民政府办公室2023年政务公开工作要点印发后，我室逐项分解任务。"),
    ("市政府办公室", "福州市政府办公室2023年政务公开工作要点印发后，我室逐项分解任务。"),
    ("市政府办公室", "我室认真学习《福州市人民政府办公室2023年政务公开工作要点》。"),
    ("市政府办公室", "我室参照福州市人民政府办公室2022年政府信息公开工作年度报告编制本报告。"),
    ("市政府办公室", "本年度我室与宁波市人民政府办公室联合举办培训1次。"),
    ("市政府", "在福州市人民政府的正确领导下，全市政务公开工作取得新成效。"),
    ("市财政局", "我局按照福州市财政局2023年政务公开工作要点，扎实推进政务公开。"),
    ("市财政局", "我局按照福州市财政局的部署，扎实推进政务公开。"),
    ("市财政局", "在福州市财政局的指导下，我局扎实推进政务公开。"),
    ("市财政局", "我局积极参加上级福州市财政局组织的培训。"),
    ("市财政局", "我局转发福州市财政局印发的文件3件。"),
    ("市财政局", "我局向福州市财政局报送信息12条。"),
    ("区财政局", "我局根据福州市鼓楼区财政局工作要求，扎实推进政务公开。"),
]


@pytest.mark.parametrize(("heading", "line"), _OTHERS)
def test_another_bodys_name_completes_no_short_title(heading: str, line: str) -> None:
    meta, warned = read_metadata(_report(heading, line))
    assert meta.agency is None
    assert any(w.startswith("metadata.agency_partial") for w in warned)


# (the title's short name, a sentence naming the report's own body in full, the agency)
_OWN = [
    (
        "市政府办公室",
        "现公布福州市人民政府办公室2023年政府信息公开工作年度报告。",
        "福州市人民政府办公室",
    ),
    (
        "市政府办公室",
        "福州市人民政府办公室2023年度政府信息公开工作年度报告由本机关编制。",
        "福州市人民政府办公室",
    ),
    ("市财政局", "如对本报告有疑问，请与福清市财政局办公室联系。", "福清市财政局"),
    ("市财政局", "福清市财政局2023年共收到政府信息公开申请5件。", "福清市财政局"),
]


@pytest.mark.parametrize(("heading", "line", "agency"), _OWN)
def test_the_reports_own_name_still_completes_it(heading: str, line: str, agency: str) -> None:
    assert read_metadata(_report(heading, line))[0].agency == agency


_CITING = ["按照", "根据", "依据", "参照", "落实", "贯彻", "向", "经", "会同", "配合", "上级"]
_LED = ["的指导", "的领导", "的部署", "的要求", "的统一部署", "印发的"]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from([("市财政局", "财政局"), ("市政府办公室", "人民政府办公室")]),
    st.sampled_from(["福州市", "宁波市", "杭州市"]),
    st.one_of(
        st.tuples(st.sampled_from(_CITING), st.sampled_from(["", "《"]), st.just("")),
        st.tuples(st.just("在"), st.just(""), st.sampled_from(_LED)),
    ),
    st.booleans(),
)
def test_a_cited_body_is_never_the_reporter(
    names: tuple[str, str], city: str, cue: tuple[str, str, str], own_contact: bool
) -> None:
    heading, tail = names
    before, mark, after = cue
    line = f"我单位{before}{mark}{city}{tail}{after}，做好政务公开工作。"
    if own_contact:
        # the report's own body named too (a county-level city's): that one, never the cited
        line += "现公布福清市" + tail + _TITLE + "。"
    agency = read_metadata(_report(heading, line))[0].agency
    assert agency != city + tail
    assert agency == ("福清市" + tail if own_contact else None)


# meta27's first reading (blind): a committee named without its area in the title, in full
# after its area's short name in the text, was kept short (c01, c04: WRONG by the scorer's
# rule, the same body's short form); a colon between the body and its title lost it (c35).


@pytest.mark.parametrize(
    ("title", "full", "region_code"),
    [
        ("湘江新区管委会", "湖南湘江新区管理委员会", "430000"),
        ("西湖风景名胜区管委会", "杭州西湖风景名胜区管理委员会", "330100"),
        ("南太湖新区管委会", "湖州南太湖新区管理委员会", "330500"),
    ],
)
def test_a_committee_is_named_as_the_text_writes_it_after_its_area(
    title: str, full: str, region_code: str
) -> None:
    text = (
        f"{title}{_TITLE}\n现公布{full}{_TITLE}。\n一、总体情况\n2023年，我委扎实推进政务公开。\n"
    )
    meta, _ = read_metadata(text)
    assert meta.agency == full
    assert meta.region is not None and meta.region.code == region_code
    # (the scenic area's 西湖 is no county of it: 杭州's 西湖区 is another body's area)
    assert meta.region.county is None


def test_a_committee_written_after_two_areas_stays_as_titled() -> None:
    text = (
        f"新区管委会{_TITLE}\n现公布湖南湘江新区管理委员会{_TITLE}。\n"
        "我委与贵州贵安新区管理委员会开展交流。\n"
    )
    assert read_metadata(text)[0].agency != "湖南湘江新区管理委员会"


@pytest.mark.parametrize("colon", ["：", ":", " ： "])
def test_a_colon_between_the_body_and_its_title(colon: str) -> None:
    text = f"岱山县水利局{colon}{_TITLE}\n一、总体情况\n2023年，我局扎实推进政务公开。\n"
    meta, _ = read_metadata(text)
    assert meta.agency == "岱山县水利局"
    assert meta.year == 2023


@pytest.mark.parametrize("label", ["来源", "发布机构", "标题", "相关链接"])
def test_a_label_before_a_colon_is_no_body(label: str) -> None:
    text = f"{label}：{_TITLE}\n一、总体情况\n2023年，我局扎实推进政务公开。\n"
    assert read_metadata(text)[0].agency is None


# meta26's strict xfails b10, b19, b33 (session 26), read since session 27.


@pytest.mark.parametrize(
    ("written", "province"),
    [
        ("河北雄安新区管理委员会", "河北省"),
        ("河北雄安新区", "河北省"),
    ],
)
def test_a_new_areas_province_stays_in_its_name(written: str, province: str) -> None:
    # (b10: the state names the new area with its province; 河北 was cut from the form as
    # written, a city-level zone division after it)
    meta, _ = read_metadata(f"{written}{_TITLE}\n一、总体情况\n2023年，我委扎实推进政务公开。\n")
    assert meta.agency_as_written == written
    assert meta.region is not None and meta.region.province == province


@pytest.mark.parametrize(
    ("written", "cut"),
    [
        ("湖北武汉市财政局", "武汉市财政局"),
        ("标题河北雄安新区管理委员会", "河北雄安新区管理委员会"),
    ],
)
def test_a_provinces_short_name_before_a_city_is_still_cut(written: str, cut: str) -> None:
    meta, _ = read_metadata(f"{written}{_TITLE}\n一、总体情况\n2023年，我局扎实推进政务公开。\n")
    assert meta.agency_as_written == cut


@pytest.mark.parametrize(
    ("title", "text", "agency"),
    [
        # (b19: 社会工作部 was no name head: null)
        ("县社会工作部", "现公布中共泰顺县委社会工作部", "中共泰顺县委社会工作部"),
        ("县社会工作部", "现公布泰顺县委社会工作部", "泰顺县委社会工作部"),
        ("中共泰顺县委社会工作部", "我部", "中共泰顺县委社会工作部"),
        ("泰顺县委社会工作部", "我部", "泰顺县委社会工作部"),
        # a party department's name without its committee's 委 is no body's name
        ("泰顺县社会工作部", "我部", None),
        ("县社会工作部", "现公布泰顺县社会工作部", None),
    ],
)
def test_a_party_committees_department_is_named_with_its_committee(
    title: str, text: str, agency: str | None
) -> None:
    meta, _ = read_metadata(f"{title}{_TITLE}\n{text}{_TITLE}。\n")
    assert meta.agency == agency
    if agency is not None:
        assert meta.kind == "department"
        assert meta.level == "county"
        assert meta.region is not None and meta.region.county == "泰顺县"


@pytest.mark.parametrize(
    ("me", "footer", "agency"),
    [
        # (b33: a government's name was never read from a footer)
        ("我街道", "北京市朝阳区小关街道办事处 版权所有", "北京市朝阳区小关街道办事处"),
        ("我镇", "版权所有：德清县新市镇人民政府", "德清县新市镇人民政府"),
        ("我乡", "主办单位：景宁畲族自治县大均乡人民政府", "景宁畲族自治县大均乡人民政府"),
        # a portal's government or office hosts others' reports: never
        ("我街道", "主办：杭州市拱墅区人民政府办公室", None),
        ("我镇", "版权所有：德清县人民政府", None),
        ("我局", "北京市朝阳区小关街道办事处 版权所有", None),  # not the kind it calls itself
        ("我街道", "版权所有：德清县新市镇人民政府", None),  # a town's site, a street's report
    ],
)
def test_a_streets_or_towns_own_site_names_it(me: str, footer: str, agency: str | None) -> None:
    text = f"2023{_TITLE}\n一、总体情况\n2023年，{me}扎实推进政务公开。\n{footer}\n"
    assert read_metadata(text)[0].agency == agency


# The cited-mention rule's red team (this session, after the first landing): another body
# named in a sentence that names the report's own body by its word (我局) was still taken.
_BESIDE = [
    "我局根据温州市委办公室、温州市财政局《关于做好政务公开工作的通知》要求，推进工作。",
    "我局在市委市政府和温州市财政局正确领导下推进工作。",
    "我局认真落实上级部门温州市财政局要求。",
    "我局参加温州市财政局组织的政务公开培训2次。",
    "我局政务公开工作获温州市财政局通报表扬。",
    "温州市财政局对我局政务公开工作进行了督查。",
]


@pytest.mark.parametrize("line", _BESIDE)
def test_another_body_beside_the_reports_own_word_completes_nothing(line: str) -> None:
    assert read_metadata(_report("市财政局", line))[0].agency is None


@pytest.mark.parametrize(
    "line",
    [
        "福清市财政局（以下简称我局）扎实推进政务公开。",
        "我局（福清市财政局）扎实推进政务公开。",
        "我局通过“福清市财政局”公众号发布信息58条。",
        "我局修订《福清市财政局政府信息公开审核制度》。",
        "如对本报告有疑问，请与我局（福清市财政局办公室）联系。",
        # (我局在福清市财政局门户网站公开…: a site beside 我局 is the report's own as often as
        # a superior's; null since the rule, a miss taken for safety)
    ],
)
def test_the_reports_own_name_beside_its_word_completes_it(line: str) -> None:
    assert read_metadata(_report("市财政局", line))[0].agency == "福清市财政局"


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["我局", "本局"]),
    st.sampled_from(["在{o}的指导下", "向{o}报送信息", "参加{o}组织的培训", "{o}对{me}开展督查"]),
    st.booleans(),
)
def test_a_body_beside_the_reports_word_is_never_the_reporter(
    me: str, shape: str, own_named: bool
) -> None:
    line = shape.format(o="温州市财政局", me=me)
    if "{me}" not in shape:
        line = me + line
    line += "。"
    if own_named:
        line += "现公布福清市财政局" + _TITLE + "。"
    agency = read_metadata(_report("市财政局", line))[0].agency
    assert agency == ("福清市财政局" if own_named else None)


# meta27 c43 (a null): 区司法局 in the title, 鼓楼区司法局 in the preamble; 鼓楼区 is a
# district of 福州, 南京, 徐州 and 开封, so no chain read it and the title stayed partial.


@pytest.mark.parametrize("district", ["鼓楼区", "朝阳区", "江北区"])
def test_a_district_several_cities_bear_restores_a_short_title(district: str) -> None:
    text = f"区司法局{_TITLE}\n现公布{district}司法局{_TITLE}。\n一、总体情况\n2023年，我局推进工作。\n"
    meta, _ = read_metadata(text)
    assert meta.agency == district + "司法局"
    # (which city's, the page does not say: no city, no code)
    assert meta.region is None or (meta.region.city is None and meta.region.code is None)


def test_a_shared_district_written_beside_the_reports_word_restores_nothing() -> None:
    text = _report("区司法局", "我局参加鼓楼区司法局组织的培训。")
    assert read_metadata(text)[0].agency is None


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("高新区管委会", "2023年，我委赴苏州高新区管委会考察学习。"),
        ("新区管委会", "2023年，我委学习借鉴上海浦东新区管理委员会经验。"),
        # (天府新区: two committees bear it; 湘江新区's one committee is given its name from
        # data since session 28, cited or not: tests/test_meta28_fixes.py)
        ("天府新区管委会", "2023年，我委参加四川天府新区管理委员会组织的培训。"),
    ],
)
def test_a_zone_named_beside_the_reports_word_is_not_its_committee(title: str, line: str) -> None:
    # (the zone's and committee's readings after an area: the same cited rules as the restore)
    text = f"{title}{_TITLE}\n一、总体情况\n{line}\n"
    assert read_metadata(text)[0].agency in (None, title)
