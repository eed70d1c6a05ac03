"""meta28's fixes: a link to another report (相关阅读：…, 上一篇：…, 往年报告：…) is not this
report's title, wherever on the page it stands (session 27's note: 相关阅读：温州市财政局2022年…
年度报告 above an undated heading gave 2022 to a 2023 report, and another body's link gave
its body)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.metadata import read_metadata
from govinfo_nlp.normalize import normalize

_OWN = "温州市财政局"
_UNDATED = f"{_OWN}政府信息公开工作年度报告"
_BODY = (
    "一、总体情况\n本年度，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。\n"
    "（一）主动公开情况\n全年主动公开政府信息120条。\n二、主动公开政府信息情况\n"
)
_PERIOD = "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
_WORDS = (
    "相关阅读",
    "相关链接",
    "上一篇",
    "下一篇",
    "往年报告",
    "历年年报",
    "延伸阅读",
    "相关年报",
    "其他年度报告",
)
# the bodies a link names: the report's own body (another year's report), others
_LINKED = ("温州市财政局", "温州市民政局", "瓯海区财政局", "浙江省财政厅", "")


def _read(text: str) -> tuple[str | None, int | None]:
    meta, _ = read_metadata(normalize(text).text)
    return meta.agency, meta.year


def _link(word: str, sep: str, body: str, year: int | None, dated: bool) -> str:
    title = f"{body}{year}年政府信息公开工作年度报告" if year else f"{body}政府信息公开工作年度报告"
    return f"{word}{sep}{title}" + ("（2023-01-18）" if dated else "")


@settings(max_examples=150, deadline=None)
@given(
    word=st.sampled_from(_WORDS),
    sep=st.sampled_from(("：", ":", " ", "】", "： ")),
    body=st.sampled_from(_LINKED),
    year=st.sampled_from((2019, 2021, 2022, None)),
    dated=st.booleans(),
    where=st.sampled_from(("top", "under_crumb", "under_title", "under_info", "after_body")),
    period=st.booleans(),
    dated_page=st.booleans(),
)
def test_a_link_line_gives_neither_year_nor_body(
    word: str,
    sep: str,
    body: str,
    year: int | None,
    dated: bool,
    where: str,
    period: bool,
    dated_page: bool,
) -> None:
    link = _link(("【" + word) if sep == "】" else word, sep, body, year, dated)
    crumb = "当前位置：首页 > 政府信息公开 > 年度报告"
    # (published in March: the date alone gives the year before, 2023)
    info = "发布时间：2024-03-15　来源：温州市财政局" if dated_page else "来源：温州市财政局"
    parts = {
        "top": [link, crumb, _UNDATED, info],
        "under_crumb": [crumb, link, _UNDATED, info],
        "under_title": [crumb, _UNDATED, link, info],
        "under_info": [crumb, _UNDATED, info, link],
        "after_body": [crumb, _UNDATED, info],
    }[where]
    text = "\n".join(parts) + "\n" + (_PERIOD if period else "") + _BODY
    if where == "after_body":
        text += link + "\n"
    assert _read(text) == (_OWN, 2023 if period or dated_page else None)


@settings(max_examples=100, deadline=None)
@given(
    word=st.sampled_from(_WORDS),
    links=st.lists(
        st.tuples(st.sampled_from(_LINKED[:-1]), st.sampled_from((2019, 2020, 2021, 2022))),
        min_size=1,
        max_size=4,
    ),
    colon=st.booleans(),
)
def test_the_titles_under_a_list_heading_are_its_links(
    word: str, links: list[tuple[str, int]], colon: bool
) -> None:
    # 相关阅读 alone on its line, its links under it, then the undated heading: the report's
    # own cues (here none: no period, no date) give its year, the heading its body
    heading = word + ("：" if colon else "")
    items = [f"· {b}{y}年政府信息公开工作年度报告" for b, y in links]
    text = "\n".join([heading, *items, _UNDATED]) + "\n" + _BODY
    assert _read(text) == (_OWN, None)
    assert _read("\n".join([heading, *items, _UNDATED, _PERIOD]) + _BODY) == (_OWN, 2023)


def test_the_heading_under_an_empty_list_is_still_the_title() -> None:
    # (a list a script fills is empty on a saved page: the one title under it is the page's)
    assert _read(f"相关阅读\n{_OWN}2023年政府信息公开工作年度报告\n{_BODY}") == (_OWN, 2023)


@pytest.mark.parametrize(
    ("title", "agency", "province"),
    [
        ("湘江新区管委会", "湖南湘江新区管理委员会", "湖南省"),
        ("湘江新区管理委员会", "湖南湘江新区管理委员会", "湖南省"),
        ("湖南湘江新区管委会", "湖南湘江新区管理委员会", "湖南省"),
        ("贵安新区管委会", "贵州贵安新区管理委员会", "贵州省"),
        ("赣江新区管委会", "江西赣江新区管理委员会", "江西省"),
        ("滇中新区管理委员会", "云南滇中新区管理委员会", "云南省"),
    ],
)
def test_a_new_area_titled_without_its_province_is_given_its_one_name(
    title: str, agency: str, province: str
) -> None:
    # red27 r14: the text never writes the whole name (here it names another new area's
    # committee, which is not the report's); the new area is one body nationwide
    text = (
        f"{title}2023年政府信息公开工作年度报告\n"
        "2023年，我委与四川天府新区管理委员会签订政务服务合作协议。\n" + _BODY
    )
    meta, _ = read_metadata(normalize(text).text)
    assert (meta.agency, meta.agency_as_written) == (agency, title)
    assert meta.region is not None and meta.region.province == province


@pytest.mark.parametrize("title", ["天府新区管委会", "西咸新区管委会", "湘江新区管委会办公室"])
def test_a_new_area_of_two_committees_or_another_body_is_not_expanded(title: str) -> None:
    # 天府新区: two committees (the province's, Chengdu's); 西咸新区's is named otherwise;
    # a body of the committee is not the committee
    meta, _ = read_metadata(normalize(f"{title}2023年政府信息公开工作年度报告\n" + _BODY).text)
    assert meta.agency in (None, title)


_BODIES = ("常山县住房和城乡建设局", "常山县水利局", "常山县自然资源和规划局", "常山县人民政府")


@settings(max_examples=120, deadline=None)
@given(
    items=st.lists(
        st.tuples(st.sampled_from(_BODIES), st.sampled_from((2021, 2022, 2023))),
        min_size=2,
        max_size=6,
        unique=True,
    ),
    bullet=st.sampled_from(("", "· ", "{n}. ", "{n}、", "【{n}】", "[{n}] ", "（{n}）")),
    snippets=st.booleans(),
    dated=st.booleans(),
    top=st.sampled_from(("", "搜索结果\n关键词：年度报告　共找到 38 条结果", "政府信息公开年报")),
    published=st.booleans(),
)
def test_a_page_that_only_lists_reports_has_no_year_and_no_one_body(
    items: list[tuple[str, int]],
    bullet: str,
    snippets: bool,
    dated: bool,
    top: str,
    published: bool,
) -> None:
    # a portal's column or a site search's results (meta28 i03, i04): the first title's
    # body and year, or the page's February date, are no report's on it
    lines = [top] if top else []
    if published:
        lines.append("发布日期：2024-02-02")
    for n, (body, year) in enumerate(items, 1):
        lines.append(
            bullet.format(n=n)
            + f"{body}{year}年政府信息公开工作年度报告"
            + ("　2024-01-19" if dated else "")
        )
        if snippets:
            lines.append(f"……全年主动公开政府信息{n * 17}条……")
    meta, _ = read_metadata(normalize("\n".join(lines) + "\n").text)
    bodies = {body for body, _ in items}
    assert meta.year is None
    # (one body's reports of several years name that body: meta26 b20)
    assert meta.agency is None or (len(bodies) == 1 and meta.agency in bodies)


def test_a_report_under_a_list_of_reports_keeps_its_year_and_body() -> None:
    # the same list above a report of its own (a sentence, the overview): the report's
    # (a blank line between: a list right above the heading takes the heading with it)
    text = (
        "常山县水利局2022年政府信息公开工作年度报告\n常山县水利局2021年政府信息公开工作年度报告\n\n"
        f"{_OWN}2023年政府信息公开工作年度报告\n发布日期：2024-01-20\n{_BODY}"
    )
    assert _read(text) == (_OWN, 2023)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # 龙湾区分局 (meta28 d07 kept it as a district's own body): whose 分局, written whole
        ("现公布温州市公安局龙湾区分局2023年政府信息公开工作年度报告。", "温州市公安局龙湾区分局"),
        ("现公布我分局2023年政府信息公开工作年度报告。", None),
    ],
)
def test_an_area_and_fenju_alone_names_no_body(text: str, agency: str | None) -> None:
    page = f"龙湾区分局2023年政府信息公开工作年度报告\n发布日期：2024-01-26\n{text}\n{_BODY}"
    meta, _ = read_metadata(normalize(page).text)
    assert (meta.agency, meta.year) == (agency, 2023)


_PAGE = (
    '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title></head>'
    '\n<body>\n<div class="banner">平阳县人民政府</div>\n'
    '<div class="side"><h3>{heading}</h3><ul>{links}</ul></div>\n'
    '<div class="article"><h1>{title}</h1>\n{info}<div class="content">\n'
    "<p>根据《中华人民共和国政府信息公开条例》规定，现公布我局政府信息公开工作年度报告。</p>\n"
    "<p>一、总体情况</p>\n<p>本年度，我局认真贯彻落实《条例》，全面推进政务公开工作。</p>\n"
    "<p>二、主动公开政府信息情况</p>\n<p>全年主动公开政府信息120条。</p>\n</div></div>\n"
    "</body></html>\n"
)


@settings(max_examples=40, deadline=None)
@given(
    links=st.lists(
        st.tuples(
            st.sampled_from(("平阳县市场监督管理局", "平阳县民政局", "苍南县财政局")),
            st.sampled_from((2020, 2021, 2022)),
        ),
        min_size=1,
        max_size=3,
    ),
    heading=st.sampled_from(("相关年报", "相关阅读", "往年报告", "其他年度", "")),
    dated=st.booleans(),
)
def test_a_sidebars_links_give_an_undated_page_neither_year_nor_body(
    tmp_path_factory: pytest.TempPathFactory,
    links: list[tuple[str, int]],
    heading: str,
    dated: bool,
) -> None:
    # a sidebar above the article linking other reports, the article's heading undated and
    # no statistics period: read with the whole page, the first link gave its year (and,
    # another body's, that body); the date (January: the year before) is the one cue
    from govinfo_nlp import parse

    own = "平阳县市场监督管理局"
    page = _PAGE.format(
        title=f"{own}政府信息公开工作年度报告",
        heading=heading,
        links="".join(
            f'<li><a href="#">{b}{y}年政府信息公开工作年度报告</a></li>' for b, y in links
        ),
        info='<div class="info">发布日期：2024-01-20</div>\n' if dated else "",
    )
    path = tmp_path_factory.mktemp("side") / "page.html"
    path.write_text(page, encoding="utf-8")
    meta = parse(path).to_dict()["metadata"]
    assert (meta["agency"], meta["year"]) == (own, 2023 if dated else None)


@pytest.mark.parametrize(
    ("above", "agency"),
    [
        # another year's report of the same body right above the undated heading: no year
        ("温州市财政局2022年政府信息公开工作年度报告", _OWN),
        ("· 温州市财政局2022年政府信息公开工作年度报告（2023-01-18）", _OWN),
        # another body's: which of the two is the page's is not certain
        ("温州市民政局2022年政府信息公开工作年度报告", None),
    ],
)
def test_a_dated_title_right_above_an_undated_one_gives_no_year(
    above: str, agency: str | None
) -> None:
    # (no list heading over it: the 相关阅读 line of session 27's note without its word)
    text = f"{above}\n{_UNDATED}\n{_BODY}"
    assert _read(text) == (agency, None)
    # the report's own period still gives its year
    assert _read(f"{above}\n{_UNDATED}\n{_PERIOD}{_BODY}") == (agency, 2023)
