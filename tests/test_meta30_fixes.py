"""meta30's fixes (session 30).

1. red29 a01: this year's dated heading right under a 历年报告 list of the body's earlier
   reports (newest first), last year's report appended below under 附件：: the list was cut
   with the heading, and the appended report's title gave 2022. The heading is read where
   the report opens right under it; a report appended after the first's part headings gives
   no year cue (its title, period and opening are its own).
2. formats16 u03/u16: a document titled this year holding last year's report first
   (附件1：…2022年…, its period) and this year's after it (附件2：…2023年…): the title's year,
   not null."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.metadata import read_metadata
from govinfo_nlp.normalize import normalize

_OWN = "宣城市市场监督管理局"
_TITLE = "{}{}年政府信息公开工作年度报告\n"
_OPENINGS = (
    "一、总体情况\n",
    "根据《中华人民共和国政府信息公开条例》规定，现公布本局政府信息公开工作年度报告。\n",
)


def _body(me: str = "我局") -> str:
    """A report's parts with no year in them (本年度): only a title or a period dates it."""
    return (
        f"一、总体情况\n本年度，{me}认真贯彻落实《条例》，全面推进政务公开工作。\n"
        "二、主动公开政府信息情况\n全年主动公开政府信息120条。\n"
        "三、收到和处理政府信息公开申请情况\n全年收到政府信息公开申请3件。\n"
        "四、政府信息公开行政复议、行政诉讼情况\n无。\n"
        "五、存在的主要问题及改进情况\n无。\n"
    )


def _period(year: int) -> str:
    return f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n"


def _read(text: str) -> tuple[str | None, int | None]:
    meta, _ = read_metadata(normalize(text).text)
    return meta.agency, meta.year


@settings(max_examples=80, deadline=None)
@given(
    word=st.sampled_from(("历年报告", "往年报告", "相关阅读", "历年年报")),
    years=st.lists(st.integers(2016, 2021), min_size=1, max_size=3, unique=True),
    opening=st.sampled_from(_OPENINGS),
    appended=st.booleans(),
)
def test_own_dated_heading_under_a_newest_first_list_is_read(
    word: str, years: list[int], opening: str, appended: bool
) -> None:
    # 历年报告 / 某局2022年… / 某局2021年… / 某局2023年… / 一、总体情况 (red29 a01): on 86c40e4
    # the heading went with the list, and an appended 2022 report gave 2022 (no agency).
    # The list's newest is the year before the heading's (red30: a gap, 2021, 2020, then
    # 2023, leaves out the page's own 2022: test_red30_meta)
    links = "".join(_TITLE.format(_OWN, y) for y in sorted([2022, *years], reverse=True))
    text = f"{word}\n{links}{_TITLE.format(_OWN, 2023)}{opening}{_body()}"
    if appended:
        text += f"附件：{_TITLE.format(_OWN, 2022)}{_period(2022)}{_body()}"
    assert _read(text) == (_OWN, 2023)


@settings(max_examples=80, deadline=None)
@given(
    years=st.lists(st.integers(2016, 2022), min_size=2, max_size=4, unique=True),
    opening=st.sampled_from(_OPENINGS),
)
def test_a_list_in_ascending_order_stays_a_list(years: list[int], opening: str) -> None:
    # 历年报告 / 2020 / 2021 / 2022: the last is one more of the list, whatever follows; no
    # title is read, and the body names no year: no agency, no year (never a link's)
    links = "".join(_TITLE.format(_OWN, y) for y in sorted(years))
    assert _read(f"历年报告\n{links}{opening}{_body()}") == (None, None)


def test_the_line_under_the_heading_must_open_the_report() -> None:
    # a footer or a sentence without the 条例 under the list: still a list (no title read)
    links = _TITLE.format(_OWN, 2022) + _TITLE.format(_OWN, 2021) + _TITLE.format(_OWN, 2023)
    assert _read(f"历年报告\n{links}本网站由宣城市人民政府主办。\n{_body()}")[1] is None


@settings(max_examples=60, deadline=None)
@given(
    prefix=st.sampled_from(("附件：", "附件2：", "附件 ", "")),
    other=st.integers(2019, 2022),
    period=st.booleans(),
)
def test_an_appended_report_gives_no_year(prefix: str, other: int, period: bool) -> None:
    # the row's report (no title, no year of its own), then another year's report appended
    # after its parts: that report's title and period are not the row's (2022 on 86c40e4)
    text = _body() + f"{prefix}{_TITLE.format(_OWN, other)}"
    text += (_period(other) if period else "") + _body()
    assert _read(text)[1] is None


def test_a_title_repeated_inside_the_report_is_no_other_report() -> None:
    # a PDF's running header (the report's title) between two part headings: no report
    # opens there (no overview heading before the next part), so the year cues after it stay
    body = _body().replace("三、", _TITLE.format(_OWN, 2023) + "三、")
    assert _read(_TITLE.format(_OWN, 2023) + _period(2023) + body) == (_OWN, 2023)


def _two(title: int, first: int, second: int | None, *, own_line: bool = False) -> str:
    """A document titled ``title``: the report of ``first`` (its title and period), then
    the report of ``second`` (None: none), each under 附件N： (on its own line: u16)."""
    p1, p2 = ("附件1：\n", "附件2：\n") if own_line else ("附件1：", "附件2：")
    text = _TITLE.format(_OWN, title) + p1 + _TITLE.format(_OWN, first) + _period(first) + _body()
    if second is not None:
        text += p2 + _TITLE.format(_OWN, second) + _period(second) + _body()
    return text


def test_last_years_report_first_then_this_years_under_this_years_title() -> None:
    # formats16 u03 (PDF), u16 (DOCX, 附件1： on its own line): null on 86c40e4
    assert _read(_two(2023, 2022, 2023)) == (_OWN, 2023)
    assert _read(_two(2023, 2022, 2023, own_line=True)) == (_OWN, 2023)
    # this year's first: the title and the period agree, as before
    assert _read(_two(2023, 2023, 2022)) == (_OWN, 2023)


def test_the_title_year_needs_its_own_report_after_the_first() -> None:
    # the appended report names another year than the title: the title's year is held by
    # no report on the page, and the rule gives nothing (the body's votes decide, as before)
    assert _read(_two(2023, 2022, 2021))[1] != 2023
    assert _read(_two(2023, 2022, None))[1] != 2023


_DEPARTMENTS = [
    # (a party committee's department that reads as no agency alone, its state plaque)
    ("中共江山市委宣传部", "江山市新闻出版局"),
    ("中共赣州市委组织部", "赣州市公务员局"),
    ("中共泉州市委统战部", "泉州市民族与宗教事务局"),
    ("九江市委宣传部", "九江市新闻出版局"),
]


def _titled(heading: str, preamble: str) -> tuple[str | None, str | None]:
    text = f"{heading}2023年政府信息公开工作年度报告\n发布时间：2024-01-20\n{preamble}{_body()}"
    meta, _ = read_metadata(normalize(text).text)
    return meta.agency, meta.agency_as_written


@settings(max_examples=40, deadline=None)
@given(
    pair=st.sampled_from(_DEPARTMENTS),
    plaque=st.sampled_from(("{}", "挂{}牌子", "加挂{}牌子")),
    where=st.sampled_from(("{}编制本报告。\n", "根据《条例》，{}编制本报告。\n")),
)
def test_a_party_department_titled_alone_is_named_by_its_written_plaque(
    pair: tuple[str, str], plaque: str, where: str
) -> None:
    # a party department titled alone (中共江山市委宣传部2023年…) whose preamble writes its state
    # plaque in brackets after its name: the state body (合署, docs/schema.md §1); null on
    # 86c40e4, the department's name alone reading as no agency
    party, state = pair
    preamble = where.format(f"{party}（{plaque.format(state)}）")
    assert _titled(party, preamble) == (state, party)


@settings(max_examples=40, deadline=None)
@given(
    pair=st.sampled_from(_DEPARTMENTS),
    preamble=st.sampled_from(
        (
            "",
            # beside it, not in brackets: may be a body the report cites
            "{party}、{state}联合印发文件3件。\n",
            # another area's body in the brackets
            "{party}（厦门市人民政府办公室）编制本报告。\n",
            # two different plaques: which is not certain
            "{party}（{state}）、{party}（{area}档案局）编制本报告。\n",
            # a short name in the brackets
            "{party}（以下简称部机关）编制本报告。\n",
        )
    ),
)
def test_no_plaque_written_no_agency(pair: tuple[str, str], preamble: str) -> None:
    party, state = pair
    area = state[:3]
    got, _ = _titled(party, preamble.format(party=party, state=state, area=area))
    assert got is None


_FLAT_BODY = (
    "根据《中华人民共和国政府信息公开条例》规定，现公布本局2023年政府信息公开工作年度报告。 "
    "一、总体情况 本年度，我局认真贯彻落实《条例》。 二、主动公开政府信息情况 全年主动公开120条。 "
)
_UNDATED = f"{_OWN}政府信息公开工作年度报告"


@settings(max_examples=60, deadline=None)
@given(
    before=st.sampled_from(
        (
            "",
            "首页 > 政务公开 > 年报 ",
            "首页 政务公开 ",
            f"相关阅读 {_OWN}2022年政府信息公开工作年度报告 ",
        )
    ),
    after=st.sampled_from(("发布时间：2024-01-20 ", "发布日期：2024-01-20 ", "")),
)
def test_an_undated_heading_on_a_one_line_page_names_the_agency(before: str, after: str) -> None:
    # a page flattened to one line: its undated heading before its date label or the
    # report's opening names the agency (null on 86c40e4, meta29's note)
    meta, _ = read_metadata(normalize(f"{before}{_UNDATED} {after}{_FLAT_BODY}").text)
    assert (meta.agency, meta.year) == (_OWN, 2023)


@pytest.mark.parametrize(
    "line",
    [
        # a site's name, then a bare topic: no body
        "宣城市人民政府门户网站 政府信息公开工作年度报告 发布时间：2024-01-20 ",
        # two titles in a row: a list's, not the heading
        f"宣城市财政局政府信息公开工作年度报告 {_UNDATED} 根据《条例》 ",
        # a view count after it: a list's link
        f"{_UNDATED} 浏览次数：12 ",
    ],
)
def test_no_agency_from_a_title_that_is_no_heading(line: str) -> None:
    meta, _ = read_metadata(normalize(line + _FLAT_BODY).text)
    assert meta.agency is None


def _attachments(
    first: int, second: int, *, title: int | None = None, numbered: bool = True
) -> str:
    """Two reports one after the other (附件1/附件2, or none), maybe under a title above both."""
    p1, p2 = ("附件1：", "附件2：") if numbered else ("", "")
    top = _TITLE.format(_OWN, title) if title else ""
    return (
        top
        + p1
        + _TITLE.format(_OWN, first)
        + _period(first)
        + _body()
        + p2
        + _TITLE.format(_OWN, second)
        + _period(second)
        + _body()
    )


def test_last_years_report_first_with_no_title_above_gives_no_year() -> None:
    # meta30 a03 (a saved page whose heading is in its chrome: the body alone is 附件1 2022,
    # 附件2 2023) and a04 (two dated titles in a row, a list, then the 2022 report, then the
    # 2023 one): 2022 on 86c40e4; which report is the page's is not told: null
    assert _read(_attachments(2022, 2023))[1] is None
    assert _read(_TITLE.format(_OWN, 2023) + _attachments(2022, 2023, numbered=False))[1] is None
    # the title above both tells (formats16 u03), and this year's first is read as before
    assert _read(_attachments(2022, 2023, title=2023))[1] == 2023
    assert _read(_attachments(2023, 2022))[1] == 2023
    assert _read(_attachments(2023, 2022, numbered=False))[1] == 2023


@pytest.mark.parametrize(
    ("crumb", "me", "agency"),
    [
        # meta30 c04: the column the page is filed under names a 我局 report's bureau
        ("首页 > 部门 > 宁安市林业和草原局 > 年度报告", "我局", "宁安市林业和草原局"),
        ("当前位置：首页 › 部门信息公开 › 宁安市林业和草原局 › 年报", "我局", "宁安市林业和草原局"),
        # a government's column (a portal's), another kind than the report's word, two bodies,
        # no crumb: no agency
        ("首页 > 宁安市人民政府 > 年度报告", "我局", None),
        ("首页 > 部门 > 宁安市林业和草原局 > 年度报告", "我委", None),
        ("首页 > 宁安市林业和草原局 > 宁安市财政局 > 年度报告", "我局", None),
        ("部门 > 宁安市林业和草原局 > 年度报告", "我局", None),
    ],
)
def test_a_crumbs_column_names_a_report_that_names_itself_nowhere(
    crumb: str, me: str, agency: str | None
) -> None:
    text = f"{crumb}\n2023年政府信息公开工作年度报告\n{_period(2023)}{_body(me)}"
    meta, _ = read_metadata(normalize(text).text)
    assert meta.agency == agency


def test_a_title_naming_none_of_the_pages_reports_gives_no_year() -> None:
    # meta30r2 j03: titled 2023 over the 2022 report (its period) and the 2021 one: the
    # body's votes gave the first report's 2022 (on 86c40e4 too); the title names no report
    # the page holds, and which year is the page's is not certain
    doc = _read(_attachments(2022, 2021, title=2023))
    assert doc == (_OWN, None)
    # one report under a stale title is settled by the body's votes as before
    one = _TITLE.format(_OWN, 2023) + _period(2022) + _body().replace("本年度，", "2022年，")
    assert _read(one)[1] == 2022
