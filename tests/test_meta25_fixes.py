"""What meta25's red team found, one test each (every test fails on the code before the
fix): 地区财政局 read as a name (z30 WRONG), 国家金融监督管理总局德清监管支局 with no area (z13
null), a year only in a heading picture's alt text (z39, z42 null), a canonical name with
half-width brackets where the state writes full-width ones (z27 WRONG)."""

from __future__ import annotations

from govinfo_nlp.metadata import Metadata, read_metadata

BODY = "\n一、总体情况\n本年度，我局主动公开信息312条。\n"


def md(text: str, **kw: object) -> Metadata:
    return read_metadata(text, **kw)[0]  # type: ignore[arg-type]


def test_a_prefecture_named_by_diqu_alone() -> None:
    # z30: 地区财政局 (of 和田地区, named in the contact line) was the agency as it stood
    text = (
        "地区财政局2023年政府信息公开工作年度报告"
        + BODY
        + "如有疑问，请与和田地区财政局办公室联系。\n"
    )
    m = md(text)
    assert m.agency == "和田地区财政局"
    assert m.level == "city" and m.region is not None and m.region.city == "和田地区"
    assert m.agency_as_written == "地区财政局"
    # no prefecture anywhere: no agency (never the bare 地区财政局)
    assert md("地区财政局2023年政府信息公开工作年度报告" + BODY).agency is None


def test_a_county_jianguan_zhiju_of_the_financial_regulator() -> None:
    # z13: the 2023 reform's county 监管支局 was 'partial' (no area read in 德清)
    text = (
        "德清监管支局2023年政府信息公开工作年度报告\n现公布国家金融监督管理总局德清监管支局2023年"
        "政府信息公开工作年度报告。" + BODY
    )
    m = md(text)
    assert m.agency == "国家金融监督管理总局德清监管支局"
    assert m.region is not None and m.region.county == "德清县"
    # the 分局 above it as before
    up = md("国家金融监督管理总局湖州监管分局2023年政府信息公开工作年度报告" + BODY)
    assert up.agency == "国家金融监督管理总局湖州监管分局"


def test_a_year_only_in_a_heading_pictures_alt_text() -> None:
    # z39/z42: 二〇二三年度 in <img alt>, 本年度 in the text, no date (or a May one)
    text = "市交通运输局政府信息公开工作年度报告" + BODY + "舟山市交通运输局\n"
    alt = "舟山市交通运输局二〇二三年度政府信息公开工作年度报告"
    m = md(text, image_titles=[alt])
    assert m.year == 2023
    assert md(text, image_titles=["舟山市交通运输局2023年度政府信息公开工作年度报告"]).year == 2023
    # a gallery of several years' reports names no one year; a year alone is no title
    both = [alt, "舟山市交通运输局2022年度政府信息公开工作年度报告"]
    assert md(text, image_titles=both).year is None
    assert md(text, image_titles=["2023年度报告封面"]).year is None
    # the text's own year wins over a picture's
    dated = "市交通运输局2022年政府信息公开工作年度报告" + BODY
    assert md(dated, image_titles=[alt]).year == 2022


def test_brackets_inside_a_canonical_name_are_full_width() -> None:
    # z27: 杭州高新开发区(滨江)市场监督管理局, the normalised text's half-width brackets, where
    # the heading writes （滨江）: another string for the same body
    text = "杭州高新开发区(滨江)市场监督管理局2023年政府信息公开工作年度报告" + BODY
    m = md(text)
    assert m.agency == "杭州高新开发区（滨江）市场监督管理局"
    # a bracketed second name is still dropped (…局（…局）), as before
    two = md("丽江市市场监督管理局（丽江市知识产权局）2023年政府信息公开工作年度报告" + BODY)
    assert two.agency == "丽江市市场监督管理局"


def _keys(*names: str) -> list[str | None]:
    from govinfo_nlp.identity import identities

    region = {"province": "浙江省", "city": "湖州市"}
    rows = [
        {"metadata": {"agency": n, "year": 2019 + i, "region": region, "level": "city"}}
        for i, n in enumerate(names)
    ]
    return [i.key for i in identities(rows)]


def test_a_mergers_name_without_its_he_joins_its_own_spelling_only() -> None:
    # the session-24 leftover: 自然资源规划局 fitted 自然资源局 (a rename: kept apart) and
    # 自然资源和规划局 (its own 和 spelling) and joined neither
    keys = _keys("湖州市自然资源局", "湖州市自然资源和规划局", "湖州市自然资源规划局")
    assert keys[0] is not None and keys[1] is not None
    assert keys[0] != keys[1]  # the rename stays apart
    assert keys[2] == keys[1]  # the 和-less spelling is the same body
    # with only the old name in the corpus: still apart (a merger, not a short form)
    alone = _keys("湖州市自然资源局", "湖州市自然资源规划局")
    assert alone[0] != alone[1]
    # a real short form still joins (资源局 is no whole body)
    short = _keys("湖州市国土局", "湖州市国土资源局")
    assert short[0] is not None and short[0] == short[1]


def test_a_joint_report_is_named_by_its_first_body() -> None:
    # z19: 平湖市发展和改革局、平湖市统计局2023年… read the second (the name slot starts after 、)
    text = "平湖市发展和改革局、平湖市统计局2023年政府信息公开工作年度报告" + BODY
    assert md(text).agency == "平湖市发展和改革局"
    # a single body as before; a 、 list that is no name before it is not taken
    assert md("平湖市统计局2023年政府信息公开工作年度报告" + BODY).agency == "平湖市统计局"
    listed = md("一、平湖市统计局2023年政府信息公开工作年度报告" + BODY)
    assert listed.agency == "平湖市统计局"
    # one office under a party and a government plaque (合署): the government's, as before
    plaques = "中共平湖市委办公室、平湖市人民政府办公室2023年政府信息公开工作年度报告"
    assert md(plaques + BODY).agency == "平湖市人民政府办公室"


def test_an_area_only_in_a_government_sites_host() -> None:
    # meta24 y15 (the session-24 leftover): 市发改委 with 杭州 only in fgw.hangzhou.gov.cn
    text = (
        "来源网址：http://fgw.hangzhou.gov.cn/art/2023/1/18/art_1229_5871.html\n"
        "市发改委2022年政府信息公开工作年度报告" + BODY
    )
    m = md(text)
    assert m.agency == "杭州市发展和改革委员会"
    assert m.region is not None and m.region.city == "杭州市"
    # a reading two divisions share (taizhou: 台州市 and 泰州市), a reading another
    # division could have (chaoyang: 朝阳 or 潮阳), hosts of two areas, the national
    # portal or a province's letters: no area
    for host in (
        "www.taizhou.gov.cn",
        "www.chaoyang.gov.cn",
        "www.hangzhou.gov.cn\n原文链接：http://www.wenzhou.gov.cn/art/1.html",
        "www.gov.cn",
        "www.zj.gov.cn",
        "www.hangzhou.com.cn",
    ):
        assert md(f"网址：{host}\n市发改委2022年政府信息公开工作年度报告" + BODY).agency is None
    # an address no label calls the page's own (a list of links): no area
    links = "友情链接 杭州市人民政府 http://www.hangzhou.gov.cn\n"
    assert md(links + "市发改委2022年政府信息公开工作年度报告" + BODY).agency is None
    # the area word must fit: 区 is no city
    assert (
        md("网址：fgw.hangzhou.gov.cn\n区发改局2022年政府信息公开工作年度报告" + BODY).agency
        is None
    )
