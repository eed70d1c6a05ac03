"""Wrong values left by session 29 and found by paraphrase26 (session 30, facts30, issue 15).

- A body named by its level alone (省公安厅, 市卫生健康委, 区教育局) opening its clause counts
  for itself: `unknown` (red29 v02), unless it is the report's own agency shortened
  (市市场监管局 in 宣城市市场监督管理局's report: place and organ read apart, so
  宁波市人民政府 is not 宁波市鄞州区人民政府); a joint report's first body is its own.
- 所在区域/区域内 name the area (red29 o03).
- A list item opening with a verb of compiling a periodical (编印《…》12期 after 其中…156条) and another
  year's count after 分别为 are no parts of the total before them (red29 p01; p25 z02/z44).
- 双随机、一公开 publishes nothing, even where a rule's window starts inside it (p25 z12);
  a context word of an event counted in an earlier closed clause does not lower
  a rule (p25 z05); 统计公报和数据解读
  is items (p25 z43); a verb rule's blockers read the count's own item (p26 t27, t40).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_facts_scope_subject import _fact, _page

from govinfo_nlp.facts.extractor import _abbreviates

LEVEL_NAMED = [
    ("泾县公安局", "省公安厅全年印发规范性文件9件。"),
    ("泾县公安局", "市公安局全年印发规范性文件9件。"),
    ("温州市第三人民医院", "市卫生健康委全年对我院开展院务公开检查9件。"),
    ("杭州市余杭区实验小学", "区教育局全年发布招生政策解读9件。"),
    ("安吉县发展和改革局", "市发改委全年下达我县投资计划9件。"),
    ("丽水市莲都区卫生健康局", "汤溪镇中心卫生院全年开展健康讲座9件。"),
    ("台州市椒江区海门街道办事处", "衢州市自然资源和规划局柯城分局全年批复建房9件。"),
    ("宁波市鄞州区人民政府", "宁波市人民政府全年对我区开展评估9件。"),
]


@settings(max_examples=30, deadline=None)
@given(case=st.sampled_from(LEVEL_NAMED), lead=st.sampled_from(["", "2023年，", "同时，"]))
def test_a_body_named_by_its_level_alone_counts_for_itself(
    case: tuple[str, str], lead: str
) -> None:
    # red29 v02, paraphrase26: the start code read all of them `self`
    agency, sentence = case
    text = _page(agency, f"我单位主动公开政府信息104条。{lead}{sentence}")
    assert _fact(text, "9件").scope == "unknown"
    assert _fact(text, "104条").scope == "self"


OWN_SHORT = [
    ("宣城市市场监督管理局", "市市场监管局"),
    ("宣城市市场监督管理局", "宣城市市场监管局"),
    ("洛阳市人力资源和社会保障局", "市人社局"),
    ("泾县公安局", "县公安局"),
    ("安吉县发展和改革局", "县发改局"),
]


@settings(max_examples=20, deadline=None)
@given(case=st.sampled_from(OWN_SHORT))
def test_the_agency_named_shortened_is_itself(case: tuple[str, str]) -> None:
    # 宣城市市场监管局 in 宣城市市场监督管理局's report read `unknown` on the start code
    agency, short = case
    text = _page(agency, f"{short}全年主动公开政府信息860条。")
    assert _fact(text, "860条").scope == "self"


def test_a_joint_reports_first_body_is_its_own() -> None:
    # paraphrase26 t07: 区政府 in the joint report of a government and its office
    text = _page(
        "宁波市鄞州区人民政府及区政府办公室",
        "2022年，区政府及区政府办公室主动公开政府信息1286条。区政府全年召开常务会议28次。",
        2022,
    )
    assert _fact(text, "28次").scope == "self"


PLACES = ["宣城市", "泾县", "鄞州区", "大均乡", "桐乡市"]
ORGANS = ["市场监督管理局", "发展和改革委员会", "人力资源和社会保障局", "公安局", "教育局"]


@settings(max_examples=60, deadline=None)
@given(
    place=st.sampled_from(PLACES),
    organ=st.sampled_from(ORGANS),
    keep=st.lists(st.booleans(), min_size=12, max_size=12),
    other=st.sampled_from("省市区县"),
)
def test_a_short_name_keeps_the_place_and_the_organs_first_character(
    place: str, organ: str, keep: list[bool], other: str
) -> None:
    full = place + organ
    # the organ with characters left out, its first and last kept
    short = organ[0] + "".join(c for c, k in zip(organ[1:-1], keep) if k) + organ[-1]
    assert _abbreviates(place[-1] + short, full)
    assert _abbreviates(place + short, full)
    if other != place[-1]:
        # another level's body of the same organ (市公安局 in 泾县公安局's report)
        assert not _abbreviates(other + short, full)


def test_the_area_a_centre_serves_is_no_centre() -> None:
    # red29 o03
    text = _page("宣城市公共资源交易中心", "中心所在区域各交易平台共发布交易公告3600条。")
    assert _fact(text, "3600条").scope != "self"


def test_the_areas_bodies_reach_no_further_than_their_sentence() -> None:
    # paraphrase26 t24: 各社区 of the sentence before made the office's event the area's
    body = (
        "2023年，街道主动公开政府信息167条。"
        "各社区全年公开居务信息1200余条。街道举办“政务开放日”活动3场，组织政务公开培训2场。"
    )
    text = _page("宁波市镇海区招宝山街道办事处", body)
    assert _fact(text, "1200余条").scope == "jurisdiction"
    assert _fact(text, "3场").scope == "self"


def test_a_count_of_bodies_after_the_audience_word() -> None:
    # paraphrase26 t26: 对26个区级部门开展…检查2轮 are the office's inspections
    text = _page(
        "嘉兴市南湖区人民政府办公室",
        "区政府办公室对26个区级部门开展政务公开检查2轮。",
    )
    assert _fact(text, "2轮").scope == "self"
    assert _fact(text, "26个").scope == "jurisdiction"


def test_a_periodical_after_a_list_is_no_part_of_its_total() -> None:
    # red29 p01: the 12期 read as channel:编印《市场监管动态》 of the 860条
    text = _page(
        "宣城市市场监督管理局",
        "全年主动公开政府信息860条，其中价格监测信息156条，编印《市场监管动态》12期。",
    )
    assert _fact(text, "156条").breakdown == "channel:价格监测信息"
    assert _fact(text, "12期").breakdown is None


def test_list_items_opening_with_other_verbs_stay_parts() -> None:
    # paraphrase8 z08 (开展政策解读 an item of the list) and real r051 (组织机构 a noun)
    text = _page(
        "洛阳高新技术产业开发区管理委员会",
        "全年主动公开政府信息2046条。其中，发布管委会规范性文件4件，开展政策解读12篇。",
    )
    assert (_fact(text, "12篇").breakdown or "").startswith("channel:")
    text = _page(
        "某市档案馆", "全年主动公开政府信息61条。其中,工作动态50条,通知公告9条,组织机构2条。"
    )
    assert _fact(text, "2条").breakdown == "channel:组织机构"


def test_other_years_after_fenbie_are_no_parts() -> None:
    # paraphrase25 z02, z44
    text = _page(
        "江山市发展和改革局",
        "2023年，我局主动公开政府信息204条，2022年、2021年分别为176条、158条。",
    )
    for count, year in (("176条", 2022), ("158条", 2021)):
        fact = _fact(text, count)
        assert (fact.year, fact.breakdown) == (year, None)


def test_a_slogan_cut_by_the_window_publishes_nothing() -> None:
    # paraphrase25 z12: 公开 of 双随机、一公开 typed the cases as items published
    body = (
        "2022年，我局主动公开政府信息352条。全年开展“双随机、一公开”抽查126次，"
        "检查市场主体1840家；办结行政处罚案件214件，罚没款486.5万元。"
    )
    text = _page("嘉兴市秀洲区市场监督管理局", body, 2022)
    assert _fact(text, "214件").type == "other"


def test_interpretations_after_a_closed_press_conference_clause() -> None:
    # paraphrase25 z05: 新闻发布会 of the clause before lowered the interpretations rule
    text = _page(
        "中华人民共和国宁波海关",
        "本关主动公开政府信息562条，其中行政处罚决定书148份；召开新闻发布会6场，发布政策解读24篇。",
    )
    assert _fact(text, "24篇").type == "proactive.interpretations"
    assert _fact(text, "6场").type == "proactive.press_conferences"


def test_a_bulletin_with_its_interpretations_is_items() -> None:
    # paraphrase25 z43 (another body's: unknown)
    text = _page(
        "桐乡市统计局", "我局主动公开政府信息146条。浙江省统计局全年发布统计公报和数据解读58篇。"
    )
    fact = _fact(text, "58篇")
    assert (fact.type, fact.scope) == ("proactive.items", "unknown")


def test_a_self_inspection_after_a_meeting_clause() -> None:
    # paraphrase26 t27: 会议 of the clause before blocked the inspections rule
    text = _page(
        "金华职业技术学院", "学院召开信息公开工作专题会议2次，组织信息公开专项自查1次。", 2022
    )
    assert _fact(text, "1次").type == "supervision.inspections"
    assert _fact(text, "2次").type == "other"


def test_the_areas_bodies_as_subject_go_on_into_a_verb_clause() -> None:
    # paraphrase26 t32: 各社区…840余条，组织居民议事48次 are the communities' meetings;
    # after a semicolon and a subject of its own the clause is the office's again
    body = (
        "2022年，我街道主动公开政府信息156条。各社区全年公开居务信息840余条，组织居民议事48次；"
        "街道开展政务公开进社区活动12场。"
    )
    text = _page("温州市鹿城区五马街道办事处", body, 2022)
    assert _fact(text, "48次").scope == "jurisdiction"
    assert _fact(text, "12场").scope == "self"


def test_a_township_whose_name_begins_with_quan() -> None:
    # paraphrase26 t40: 全旺镇人民政府 is a government, not 全镇
    text = _page(
        "衢州市衢江区全旺镇中心小学",
        "学校公开信息96条。全旺镇人民政府全年资助我校困难学生26人。",
        2022,
    )
    assert _fact(text, "26人").scope == "unknown"


def test_a_place_word_after_a_preposition_is_where_the_agency_worked() -> None:
    # red30 a02: 所在地区 after 在 read the bureau's own count `jurisdiction`
    text = _page("宣城市市场监督管理局", "我局在所在地区主动公开政府信息860条。")
    assert _fact(text, "860条").scope == "self"


def test_a_branch_named_by_its_area_counts_for_itself() -> None:
    # red30 b01: 宣州分局 in 宣城市公安局's report read `self`
    text = _page(
        "宣城市公安局", "我局主动公开政府信息320条。宣州分局全年受理政府信息公开申请12件。"
    )
    assert _fact(text, "12件").scope == "unknown"
    assert _fact(text, "320条").scope == "self"
