"""Metadata cues, one case per phrasing; a null beats a wrong value."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.metadata import Metadata, Region, read_metadata
from govinfo_nlp.normalize import normalize

CASES = [
    (
        "title",
        "宁波市交通运输局2021年政府信息公开工作年度报告\n一、总体情况\n",
        "宁波市交通运输局",
        2021,
    ),
    (
        "title-wrapped",
        "信丰县卫生健康委2023年政府信息公开工作\n\n年度报告\n一、总体情况\n",
        # The canonical name spells the agency word out; agency_as_written keeps 卫生健康委.
        "信丰县卫生健康委员会",
        2023,
    ),
    # The title names no area and nothing restores it: a partial name is no agency.
    ("year-first", "2020年卫生健康委员会政府信息公开工作年度报告\n", None, 2020),
    (
        "area-from-contact",
        "2020年卫生健康委员会政府信息公开工作年度报告\n如有疑问请与绵阳市卫生健康委员会办公室联系。",
        "绵阳市卫生健康委员会",
        2020,
    ),
    (
        "fragment-verb-cut",
        "根据条例规定，现公开孝感市人民政府办公室2021年政府信息公开工作年度报告。",
        "孝感市人民政府办公室",
        2021,
    ),
    (
        "fragment-sentence",
        "2021年,县统计局积极部署2021年政府信息公开工作年度报告编制。",
        None,
        2021,
    ),
    (
        "spam-suffix",
        "兰州新区卫生健康委员会2020年政府信息公开工作年度报告-尊龙网平台\n",
        "兰州新区卫生健康委员会",
        2020,
    ),
    ("year-of-work", "市财政局高质量完成2021年度政府信息公开各项工作。", None, 2021),
    (
        "abbreviation-restored",
        "市市场监管局2023年政府信息公开工作年度报告\n本报告可在广元市市场监督管理局门户网站下载。",
        "广元市市场监督管理局",
        2023,
    ),
    (
        "alias",
        "由广西壮族自治区北部湾经济区规划建设管理办公室(以下简称自治区北部湾办)编制。\n"
        "自治区北部湾办2022年政府信息公开工作年度报告\n",
        "广西壮族自治区北部湾经济区规划建设管理办公室",
        2022,
    ),
    (
        "opener",
        "一、总体情况\n2019年,北京市交通执法总队认真贯彻落实条例。",
        "北京市交通执法总队",
        2019,
    ),
    (
        "preamble-publish",
        "根据条例规定，现公布泰州市人民政府办公室2020年政府信息公开工作年度报告。",
        "泰州市人民政府办公室",
        2020,
    ),
    (
        "agency-line-above",
        "凉州区市场监督管理局\n2020年度政府信息公开工作落实情况\n",
        "凉州区市场监督管理局",
        2020,
    ),
    (
        "compiled-by",
        "本报告由梁山县住房和城乡建设局按照条例要求编制。本报告所列数据的统计期限自2021年1月1日起",
        "梁山县住房和城乡建设局",
        2021,
    ),
    ("spam-title", "bet365亚洲官网 办公室2021年政府信息公开工作年度报告\n", None, 2021),
    ("generic-only", "关于做好2021年政府信息公开工作年度报告编制工作的通知\n", None, 2021),
    ("our-bureau", "现将我局2021年政府信息公开工作报告如下:\n", None, 2021),
    (
        "traditional",
        "廣州市越秀區司法局2021年政府信息公開工作年度報告\n",
        "广州市越秀区司法局",
        2021,
    ),
    (
        "fullwidth-year",
        "沛县农业农村局２０２２年政府信息公开工作年度报告\n",
        "沛县农业农村局",
        2022,
    ),
    (
        "alias-cut",
        "清远市清新区人民政府办公室(以下简称区政府办公室)2022年政府信息公开工作年度报告",
        "清远市清新区人民政府办公室",
        2022,
    ),
    # The subject of the opening sentence, when no title names the agency.
    (
        "opener-after-heading",
        "一、总体情况\n兴庆区坚持以人民为中心深化政务公开。本报告统计期限为2021年1月1日至12月31日。",
        "兴庆区人民政府",
        2021,
    ),
    (
        "opener-other-verb",
        "一、总体情况\n2022年,山西省退役军人事务厅准确把握新时代政务公开工作新要求。",
        "山西省退役军人事务厅",
        2022,
    ),
    (
        "opener-after-clause",
        "2021年度,结合工作实际,海口市财政局坚持“公开为原则，不公开为例外”。",
        "海口市财政局",
        2021,
    ),
    (
        "topic-first-government",
        "和田县吾宗肖乡人民政府信息公开工作\n2023年度报告\n",
        "和田县吾宗肖乡人民政府",
        2023,
    ),
    # A page flattened to one line: the breadcrumb must not join the name.
    (
        "one-line-chrome",
        "首页 >> 文章详情 荔浦市2022年政府信息公开工作年度报告 2023-01-16 来源: 荔浦市政府",
        "荔浦市人民政府",
        2022,
    ),
    (
        "one-line-repeated-name",
        "左贡县人民政府 首页 左贡县人民政府 左贡县人民政府2021年政府信息公开工作年度报告 一、总体情况",
        "左贡县人民政府",
        2021,
    ),
    # 市场 is not the area word 市.
    (
        "market-regulator-restored",
        "市场监督管理局2023年政府信息公开工作年度报告\n如有疑问，请与随州市市场监督管理局联系。",
        "随州市市场监督管理局",
        2023,
    ),
    # The same area written short and long restores the long form.
    (
        "nested-areas",
        "统计局2022年政府信息公开工作年度报告\n2022年,思明区统计局认真贯彻条例。"
        "\n如有疑问，请与厦门市思明区统计局联系。",
        "厦门市思明区统计局",
        2022,
    ),
    # Two different areas: no prefix is certain.
    (
        "two-areas",
        "统计局2022年政府信息公开工作年度报告\n根据厦门市统计局要求，请与思明区统计局联系。",
        None,
        2022,
    ),
    ("city-dropped-from-branch", "公安局船山区分局2023年政府信息公开工作年度报告\n", None, 2023),
    ("zone-without-city", "高新区管委会2022年政府信息公开工作年度报告\n", None, 2022),
    ("year-end", "一、总体情况\n截至2022年底，我局主动公开政府信息15条。", None, 2022),
    ("heading-inline-year", "一、总体情况 2021年,我局认真贯彻条例。", None, 2021),
    (
        "abbreviation-spelled-out",
        "黄石港区文旅局2024年政府信息公开工作年度报告",
        "黄石港区文化和旅游局",
        2024,
    ),
    (
        "office-abbreviation",
        "泰州市人民政府办2020年政府信息公开工作年度报告",
        "泰州市人民政府办公室",
        2020,
    ),
    # A title without its year; the year from the publication date, last.
    (
        "title-without-year",
        "发布日期：2023-01-20\n岐山县教体局政府信息公开工作年度报告\n一、总体情况\n",
        "岐山县教育体育局",
        2022,
    ),
    # The portal's owner where the report can be downloaded is not the agency.
    ("download-site", "本报告电子版可在清新区政府门户网站查阅。", None, None),
    (
        "announced-without-year",
        "现公布清远市清新区人民政府办公室(以下简称区政府办公室)本年政府信息公开工作年度报告。",
        "清远市清新区人民政府办公室",
        None,
    ),
    # Another agency's report in a related-links list, on its own line or on a
    # page flattened to one line, names nobody here.
    (
        "related-links",
        "一、总体情况\n2022年，我局认真贯彻条例。\n相关链接\n宁波市交通运输局2022年政府信息公开工作年度报告",
        None,
        2022,
    ),
    (
        "related-links-one-line",
        "2022年，我局认真贯彻条例。 相关文章： 宁波市交通运输局2021年政府信息公开工作年度报告",
        None,
        2022,
    ),
    # The site's owner in a 来源 label is not the report's agency.
    (
        "owner-label",
        "信息来源：泾县人民政府\n一、总体情况\n全年主动公开政府信息86条。\n"
        "本报告统计期限为2023年1月1日至12月31日。",
        None,
        2023,
    ),
    # A bureau's report (我局) is not its government's, whatever a weak cue says.
    (
        "self-reference",
        "发布机构：嵩明县人民政府\n2024年，我局认真贯彻条例。\n请与嵩明县卫生健康局联系。",
        "嵩明县卫生健康局",
        2024,
    ),
    # Another year's report mentioned in the text is not this report's title.
    (
        "previous-report",
        "2022年，我局按时公开了2021年政府信息公开工作年度报告。\n一、总体情况\n",
        None,
        2022,
    ),
    (
        "previous-report-of-year",
        "我局按时公开了2021年度政府信息公开工作年度报告。\n一、总体情况\n",
        None,
        None,
    ),
    (
        "own-report-compiled",
        "某局编制了2021年政府信息公开年度报告。统计期限自2021年1月1日起。",
        None,
        2021,
    ),
]


@pytest.mark.parametrize(
    ("text", "agency", "year"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_agency_and_year(text: str, agency: str | None, year: int | None) -> None:
    norm = normalize(text)
    metadata, warnings = read_metadata(norm.text, script=norm.script)
    assert metadata.agency == agency
    assert metadata.year == year
    if agency is None:
        partial = ("metadata.agency_missing", "metadata.agency_partial")
        assert any(w.startswith(partial) for w in warnings)


@pytest.mark.parametrize(
    ("text", "agency", "region", "level", "kind"),
    [
        (
            "杭州市余杭区卫生健康局2024年政府信息公开工作年度报告",
            "杭州市余杭区卫生健康局",
            ("浙江省", "杭州市", "余杭区", "330110"),
            "county",
            "department",
        ),
        (
            "天津市2021年政府信息公开工作年度报告",
            "天津市人民政府",
            ("天津市", None, None, "120000"),
            "province",
            "government",
        ),
        (
            "威海市文登人民政府办公室2022年政府信息公开工作年度报告",
            "威海市文登区人民政府办公室",
            ("山东省", "威海市", "文登区", "371003"),
            "county",
            "government",
        ),
        (
            "沙塘镇人民政府2021年政府信息公开工作年度报告\n地址:开平市沙塘镇沙塘东路1号",
            "开平市沙塘镇人民政府",
            ("广东省", "江门市", "开平市", "440783"),
            "township",
            "government",
        ),
        (
            "文化和旅游部政府信息公开工作2021年度报告",
            "文化和旅游部",
            None,
            "national",
            "department",
        ),
        (
            "杭州市公安局滨江区分局2022年政府信息公开工作年度报告",
            "杭州市公安局滨江区分局",
            ("浙江省", "杭州市", "滨江区", "330108"),
            "county",
            "department",
        ),
        # 朝阳区 is in Beijing and in Changchun: a county-level government whose
        # city (and so province and code) is unknown.
        (
            "朝阳区人民政府2022年政府信息公开工作年度报告",
            "朝阳区人民政府",
            (None, None, "朝阳区", None),
            "county",
            "government",
        ),
        (
            "中国证券监督管理委员会2022年政府信息公开工作年度报告",
            "中国证券监督管理委员会",
            None,
            "national",
            "department",
        ),
        # A customs district is no administrative area's level.
        (
            "南京海关2022年政府信息公开工作年度报告",
            "南京海关",
            ("江苏省", "南京市", None, "320100"),
            None,
            "department",
        ),
        (
            "泰州市人民政府办2020年政府信息公开工作年度报告",
            "泰州市人民政府办公室",
            ("江苏省", "泰州市", None, "321200"),
            "city",
            "government",
        ),
    ],
    ids=[
        "county-department",
        "municipality",
        "short-county",
        "township",
        "national",
        "branch",
        "ambiguous-government",
        "national-by-name",
        "customs",
        "office-abbreviation",
    ],
)
def test_region_level_kind(
    text: str, agency: str, region: tuple[str | None, ...] | None, level: str | None, kind: str
) -> None:
    metadata, _ = read_metadata(normalize(text).text)
    assert metadata.agency == agency
    got = metadata.region
    assert ((got.province, got.city, got.county, got.code) if got else None) == region
    assert (metadata.level, metadata.kind) == (level, kind)


def test_ambiguous_district_has_no_code() -> None:
    # 鼓楼区 is a district of four cities: without the city its code is not
    # certain, but its name and level are.
    metadata, _ = read_metadata(normalize("鼓楼区民政局2022年政府信息公开工作年度报告").text)
    assert metadata.agency == "鼓楼区民政局"
    assert metadata.region == Region(None, None, "鼓楼区", None)
    assert metadata.level == "county"
    # 城关镇 is no county (a township of many counties): no region at all.
    metadata, _ = read_metadata(normalize("城关镇人民政府2022年政府信息公开工作年度报告").text)
    assert metadata.region is None and metadata.level == "township"


def test_title_year_conflict_settled_by_the_body() -> None:
    text = (
        "某县自然资源局编制了2021年政府信息公开年度报告。本报告统计期限自2020年1月1日起至2020年12月31日止。\n"
        "2021年,我局按照要求开展工作。2021年通过门户网站公开信息1268条。"
    )
    metadata, warnings = read_metadata(normalize(text).text)
    assert metadata.year == 2021
    assert any(w.startswith("metadata.year_conflict") for w in warnings)


def test_publication_date_is_the_last_resort() -> None:
    metadata, warnings = read_metadata(
        normalize("发布日期：2021-01-27\n我局积极推进公开工作。").text
    )
    assert metadata.year == 2020
    assert any(w.startswith("metadata.year_from_date") for w in warnings)


def test_title_and_period_disagreeing_alone_give_no_year() -> None:
    # Either may be the stale copy (田黄镇 calls its 2021 report 2020; another
    # report's period says 2021 under its 2022 title): with nothing else, no year.
    text = "我镇编制了《田黄镇2020年政府信息公开工作年度报告》。本报告统计期限自2021年1月1日起至2021年12月31日止。"
    metadata, warnings = read_metadata(normalize(text).text)
    assert metadata.year is None
    assert any(w.startswith("metadata.year_conflict") for w in warnings)


@pytest.mark.parametrize(("published", "year"), [("2022-01-20", 2021), ("2023-01-16", 2022)])
def test_publication_date_settles_a_title_period_tie(published: str, year: int) -> None:
    text = (
        f"发布日期：{published}\n某县交通运输局2022年政府信息公开工作年度报告\n"
        "本报告统计期限自2021年1月1日起至2021年12月31日止。"
    )
    metadata, warnings = read_metadata(normalize(text).text)
    assert metadata.year == year
    assert any(w.startswith("metadata.year_conflict") and published in w for w in warnings)


@pytest.mark.parametrize(
    ("block", "index_no", "published"),
    [
        (
            "索引号 | 公开方式 | 发布机构 |\n11620602MB161547XN/2021-02130 | 主动公开 | 凉州区市场监督管理局 |\n",
            "11620602MB161547XN/2021-02130",
            None,
        ),
        (
            "索引號 | 014416330/2021-354903 | 分類 | 綜合政務 |\n發布機構 | 市政府辦 | 發文日期 | 2021-01-27 |\n",
            "014416330/2021-354903",
            "2021-01-27",
        ),
        (
            "| 索 引 号 | WQX001-2020-000152 | 主题分类 | |\n| 发布机构 | 乌恰县人民政府办公室 | 发布日期 | 2020-01-31 13:56 |\n",
            "WQX001-2020-000152",
            "2020-01-31",
        ),
        ("某局2020年政府信息公开工作报告\n(2021年1 月21 日)\n", None, "2021-01-21"),
        ("发布日期：2020-02-30\n", None, None),
    ],
    ids=["header-row", "traditional-pairs", "spaced-labels", "date-line", "impossible-date"],
)
def test_index_number_and_date(block: str, index_no: str | None, published: str | None) -> None:
    metadata, _ = read_metadata(normalize(block).text)
    assert metadata.index_no == index_no
    assert metadata.published == published


# --- red team meta9 (datasets/redteam/meta9): each failed on the code before ---

_BODY = "本报告统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n2022年,我局主动公开政府信息198条。\n"


def test_a_list_of_other_reports_above_the_heading_is_not_the_title() -> None:
    text = (
        "相关阅读\n泰州市财政局2020年政府信息公开工作年度报告\n泰州市教育局2021年政府信息公开工作年度报告\n\n"
        "泰州市司法局2022年政府信息公开工作年度报告\n" + _BODY
    )
    metadata, _ = read_metadata(normalize(text).text)
    assert (metadata.agency, metadata.year) == ("泰州市司法局", 2022)


def test_the_title_repeated_is_no_list() -> None:
    title = "泰州市司法局2022年政府信息公开工作年度报告\n"
    metadata, _ = read_metadata(normalize(title + title + _BODY).text)
    assert metadata.agency == "泰州市司法局"


_HALF_YEAR = "上半年，我办扎实推进政务公开工作。\n一、主动公开情况\n上半年发布信息1325条。\n"


def test_a_title_naming_the_work_not_a_report_names_the_agency() -> None:
    # meta12 p14: a half-year report's title has no 报告
    title = "鼓楼区人民政府办公室2021年上半年政府信息公开工作情况\n"
    metadata, _ = read_metadata(normalize(title + _HALF_YEAR).text)
    assert metadata.agency == "鼓楼区人民政府办公室"
    metadata, _ = read_metadata(normalize(title + title + _HALF_YEAR).text)
    assert metadata.agency == "鼓楼区人民政府办公室"  # repeated, not a list
    summary = "泰州市司法局2022年度政务公开工作总结\n"
    metadata, _ = read_metadata(normalize(summary + _HALF_YEAR).text)
    assert metadata.agency == "泰州市司法局"


def test_a_list_of_work_titles_names_no_agency() -> None:
    text = (
        "泰州市财政局2021年上半年政府信息公开工作情况\n"
        "泰州市教育局2021年上半年政府信息公开工作情况\n" + _HALF_YEAR
    )
    metadata, _ = read_metadata(normalize(text).text)
    assert metadata.agency is None
    # a notice about the work is not its report's title
    notice = "泰州市人民政府办公室关于报送2021年上半年政府信息公开工作情况的通知\n"
    metadata, _ = read_metadata(normalize(notice + _HALF_YEAR).text)
    assert metadata.agency is None


def test_the_signature_names_the_agency() -> None:
    text = (
        "根据孝感市人民政府办公室《关于做好2022年政府信息公开工作年度报告编制发布工作的通知》要求,"
        "现将我局2022年政府信息公开工作情况报告如下。"
        + _BODY
        + "\n\n孝感市孝南区水利和湖泊局\n2023年1月18日\n"
    )
    metadata, _ = read_metadata(normalize(text).text)
    assert metadata.agency == "孝感市孝南区水利和湖泊局"
    assert metadata.region is not None and metadata.region.county == "孝南区"


def test_a_department_sites_name_in_the_page_title() -> None:
    text = "2021年度政府信息公开工作年度报告\n" + _BODY.replace("2022", "2021")
    titles = ["2021年度政府信息公开工作年度报告_孝感市应急管理局"]
    metadata, warnings = read_metadata(normalize(text).text, page_titles=titles)
    assert metadata.agency == "孝感市应急管理局"
    assert any(w.startswith("metadata.agency_from_page_title") for w in warnings)
    # a government's portal hosts every department's reports: never the agency
    portal = ["2021年度政府信息公开工作年度报告_孝感市人民政府"]
    assert read_metadata(normalize(text).text, page_titles=portal)[0].agency is None


def test_the_portals_area_restores_a_heading_of_the_same_level() -> None:
    text = "市应急管理局2022年政府信息公开工作年度报告\n" + _BODY
    metadata, _ = read_metadata(normalize(text).text, page_titles=["孝感市人民政府门户网站"])
    assert metadata.agency == "孝感市应急管理局"
    # a county's bureau on the city's portal: the portal's city is not its area
    county = "县统计局2022年政府信息公开工作年度报告\n" + _BODY
    assert read_metadata(normalize(county).text, page_titles=["孝感市人民政府"])[0].agency is None


def test_a_title_spaced_inside_its_name_and_year() -> None:
    text = "威海市文登区 人民政府办公室 2022 年政府信息公开工作年度报告\n" + _BODY
    metadata, _ = read_metadata(normalize(text).text)
    assert metadata.agency == "威海市文登区人民政府办公室"


def test_a_circle_for_zero_in_a_year() -> None:
    text = "二○二一年度政府信息公开工作年度报告\n发布机构:安吉县人民政府办公室\n一、总体情况\n本年度主动公开信息88条。"
    metadata, _ = read_metadata(normalize(text).text)
    assert metadata.year == 2021


def test_a_label_value_ends_at_the_next_label_after_one_space() -> None:
    text = (
        "二〇二一年度政府信息公开工作年度报告\n发布机构:安吉县人民政府办公室 发布日期:2022-01-26\n"
        "一、总体情况\n2021年,县政府办公室主动公开政府信息3356条。"
    )
    metadata, _ = read_metadata(normalize(text).text)
    assert metadata.agency == "安吉县人民政府办公室"
    assert metadata.published == "2022-01-26"


def test_a_previous_or_next_link_above_the_heading_is_not_the_title() -> None:
    text = (
        "上一篇:泰州市财政局2022年政府信息公开工作年度报告\n"
        "下一篇:泰州市教育局2021年政府信息公开工作年度报告\n"
        "泰州市司法局2022年政府信息公开工作年度报告\n" + _BODY
    )
    metadata, _ = read_metadata(normalize(text).text)
    assert (metadata.agency, metadata.year) == ("泰州市司法局", 2022)


def test_a_title_with_its_year_in_brackets_after_it() -> None:
    text = "泰州市司法局政府信息公开工作年度报告（2022年）\n" + _BODY
    metadata, _ = read_metadata(normalize(text).text)
    assert (metadata.agency, metadata.year) == ("泰州市司法局", 2022)


# --- red team meta11: schools, signatures, labels, second names, spam, zones, districts ---


def _read(text: str) -> Metadata:
    norm = normalize(text)
    return read_metadata(norm.text, script=norm.script)[0]


@settings(max_examples=30, deadline=None)
@given(
    school=st.sampled_from(
        ["长沙市第一中学", "浙江机电职业技术学院", "厦门大学", "苏州市实验小学校"]
    ),
    first=st.integers(2008, 2025),
    dash=st.sampled_from(["-", "—", "–", "－", "~", "至", " - "]),
    tail=st.sampled_from(
        ["信息公开工作年度报告", "学年度信息公开工作年度报告", "信息公开年度报告"]
    ),
)
def test_an_academic_years_report_is_its_schools_and_the_year_it_ends(
    school: str, first: int, dash: str, tail: str
) -> None:
    academic = f"{first}{dash}{first + 1}学年"
    if tail.startswith("学年度"):
        academic, tail = academic + "度", tail[3:]
    text = f"{school}{academic}{tail}\n一、总体情况\n本学年我校公开信息86条。\n"
    metadata = _read(text)
    assert metadata.agency == school
    # the gold's report_year of a 学年 report: the year it ends in
    assert metadata.year == first + 1


def test_a_signature_dated_in_chinese_numerals_names_the_agency() -> None:
    text = (
        "二〇二一年政府信息公开工作年度报告\n"
        + _BODY.replace("2022", "2021")
        + "\n鹰潭市余江区自然资源局\n二〇二二年一月二十日\n"
    )
    metadata = _read(text)
    assert metadata.agency == "鹰潭市余江区自然资源局"
    assert metadata.year == 2021


def test_a_contact_units_label_names_the_agency() -> None:
    text = (
        "2021年政府信息公开工作年度报告\n"
        + _BODY
        + "咨询单位：盘锦市公安局双台子分局  电话：0427-2821234\n"
    )
    assert _read(text).agency == "盘锦市公安局双台子分局"


def test_a_second_name_in_brackets_stays_as_written_only() -> None:
    norm = normalize(
        "丽江市市场监督管理局（丽江市知识产权局）2021年政府信息公开工作年度报告\n" + _BODY
    )
    metadata, _ = read_metadata(norm.text, script=norm.script)
    assert metadata.agency == "丽江市市场监督管理局"
    assert metadata.agency_as_written is not None
    assert metadata.agency_as_written.endswith("知识产权局)")


@pytest.mark.parametrize(
    ("title", "agency"),
    [
        # a city word longer than any city's name, which no division bears: spam's tail
        pytest.param("皇冠体育官网市交通运输局", None, id="unknown-spam"),
        pytest.param("威尼斯人娱乐官方市财政局", None, id="unknown-spam-2"),
        # a made-up province of a written report is as long as a real one: kept
        pytest.param("东江省自然资源厅", "东江省自然资源厅", id="fictitious-province"),
    ],
)
def test_an_area_word_no_division_bears(title: str, agency: str | None) -> None:
    assert _read(title + "2022年政府信息公开工作年度报告\n" + _BODY).agency == agency


@pytest.mark.parametrize(
    ("heading", "elsewhere", "agency"),
    [
        pytest.param(
            "长春经开区管委会",
            "请与长春经济技术开发区管理委员会党政办公室联系。",
            "长春经济技术开发区管理委员会",
            id="zone-spelled-out",
        ),
        pytest.param("长春经开区管委会", "", "长春经开区管委会", id="zone-kept-short"),
        pytest.param(
            "鼓楼区司法局",
            "请与福州市鼓楼区司法局办公室联系。",
            "福州市鼓楼区司法局",
            id="district-with-its-city",
        ),
        pytest.param(
            "黄浦区人社局",
            "\n上海市黄浦区人力资源和社会保障局\n2023年1月20日\n",
            "上海市黄浦区人力资源和社会保障局",
            id="district-with-its-municipality",
        ),
        pytest.param(
            "如皋市人民政府",
            "南通市如皋市人民政府办公室负责编制。",
            "如皋市人民政府",
            id="county-level-city-alone",
        ),
    ],
)
def test_a_short_heading_takes_the_form_the_document_writes(
    heading: str, elsewhere: str, agency: str
) -> None:
    text = heading + "2022年政府信息公开工作年度报告\n" + _BODY + elsewhere
    assert _read(text).agency == agency


def test_a_universitys_level_is_not_its_citys() -> None:
    metadata = _read(
        "厦门大学2019-2020学年信息公开工作年度报告\n一、总体情况\n本学年公开信息3100条。\n"
    )
    assert metadata.agency == "厦门大学"
    assert metadata.level is None


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("中国科学技术大学", None),  # 中国… and no area: yet a university, not a ministry
        ("中国人民大学", None),
        ("中国科学院", "national"),  # an academy the State Council runs
        ("国家统计局", "national"),
    ],
)
def test_a_central_name_ending_in_a_university_has_no_level(name: str, level: str | None) -> None:
    metadata = _read(f"{name}2022年政府信息公开工作年度报告\n一、总体情况\n本年公开信息3100条。\n")
    assert (metadata.agency, metadata.level) == (name, level)
