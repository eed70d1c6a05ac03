"""red30's metadata findings (datasets/redteam/red30/meta.py, found blind; fixed after the
first reading, so tuned): wrong values from session 30's own changes and one older.

* m01: a party department titled alone, its preamble bracketing two state names after it
  (中共宣城市委宣传部（宣城市新闻出版局、宣城市版权局）): the two joined were read as one agency.
* m03 (older): the contact line's bracket after the party name (请与中共宣城市委宣传部（宣城市
  政务服务中心）联系) was read as its plaque: the agency 宣城市政务服务中心.
* m04: a page flattened to one line, the crumb's last column another body's undated report
  title right before the date label, the page's own undated heading after it: the crumb's
  body was read.
* n03 (meta_r2): a notice correcting last year's report, then this year's report: the
  notice was read as the page's first report, its year 2022.
* meta_r3 c01-c06: a crumb's body column with another column after it (a parent's site,
  a portal operator's column, a topic) was read as a 我局 report's agency (meta30 b631741).
* m06: the 2022 report's page under a list 2021, 2020, then 2023 (the newer report a site
  added): 2023 was taken for the page's own heading."""

from __future__ import annotations

import pytest

from govinfo_nlp.metadata import read_metadata
from govinfo_nlp.normalize import normalize

_SC = "宣城市市场监督管理局"
_HEAD = "年政府信息公开工作年度报告"
_PREAMBLE = (
    "根据《中华人民共和国政府信息公开条例》规定，现公布我部2023年政府信息公开工作年度报告。"
    "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。"
)


def _body(year: int, me: str = "我局") -> str:
    return (
        f"一、总体情况\n{year}年，{me}认真贯彻落实《条例》，全面推进政务公开工作。\n"
        "二、主动公开政府信息情况\n全年主动公开政府信息120条。\n"
        "三、收到和处理政府信息公开申请情况\n全年收到政府信息公开申请3件。\n"
        "四、政府信息公开行政复议、行政诉讼情况\n无。\n"
        f"五、存在的主要问题及改进情况\n{year + 1}年，{me}将进一步加强政策解读。\n"
    )


def _agency_year(text: str) -> tuple[str | None, int | None]:
    meta, _ = read_metadata(normalize(text).text)
    return meta.agency, meta.year


@pytest.mark.parametrize(
    "bracket",
    [
        "宣城市新闻出版局、宣城市版权局",
        "宣城市新闻出版局，宣城市版权局",
        "宣城市新闻出版局;宣城市版权局",
    ],
)
def test_two_plaques_in_one_bracket_name_no_joined_body(bracket: str) -> None:
    text = f"中共宣城市委宣传部2023{_HEAD}\n中共宣城市委宣传部（{bracket}）{_PREAMBLE}\n{_body(2023, '我部')}"
    agency, year = _agency_year(text)
    assert agency in (None, "宣城市新闻出版局", "宣城市版权局", "中共宣城市委宣传部"), agency
    assert year == 2023


def test_one_plaque_is_still_read() -> None:
    # control (session 30, 0655de7): one state name bracketed after the party name
    text = f"中共宣城市委组织部2023{_HEAD}\n中共宣城市委组织部（宣城市公务员局）{_PREAMBLE}\n{_body(2023, '我部')}"
    assert _agency_year(text) == ("宣城市公务员局", 2023)


@pytest.mark.parametrize("verb", ["联系", "咨询", "反映"])
def test_a_bracket_in_the_contact_line_is_no_plaque(verb: str) -> None:
    text = (
        f"中共宣城市委宣传部2023{_HEAD}\n{_PREAMBLE}如对本报告有疑问，请与中共宣城市委宣传部"
        f"（宣城市政务服务中心）{verb}。\n{_body(2023, '我部')}"
    )
    assert _agency_year(text)[0] in (None, "中共宣城市委宣传部")


def test_a_state_body_in_the_contact_line_is_read_without_its_bracket() -> None:
    # the contact line's name with its second name: the name before the bracket (null
    # before: the bracket kept in the name, the name read as none)
    text = (
        f"政府信息公开工作年度报告\n一、总体情况\n2023年，我局认真贯彻落实《条例》。\n"
        f"如对本报告有疑问，请与{_SC}（宣城市知识产权局）联系。\n"
    )
    assert _agency_year(text)[0] == _SC


_OPENING = "根据《中华人民共和国政府信息公开条例》规定，现公布本局2023年政府信息公开工作年度报告。"


@pytest.mark.parametrize(
    "before",
    [
        "首页 > 政务公开 > 宣城市人民政府政府信息公开工作年度报告 发布时间：2024-01-18",
        "首页 热点推荐： 宣城市财政局政府信息公开工作年度报告 发布时间：2024-01-15",
    ],
)
def test_another_bodys_undated_title_on_a_one_line_page_is_not_the_heading(before: str) -> None:
    flat = " ".join(_body(2023).split("\n"))
    text = f"{before} {_SC}政府信息公开工作年度报告 发布时间：2024-01-18 {_OPENING} {flat}\n"
    assert _agency_year(text)[0] in (None, _SC)


def test_the_one_line_pages_own_undated_heading_is_still_read() -> None:
    # control (session 30, 3121880)
    flat = " ".join(_body(2023).split("\n"))
    text = f"首页 > 政务公开 > 年度报告 {_SC}政府信息公开工作年度报告 发布时间：2024-01-18 {_OPENING} {flat}\n"
    assert _agency_year(text)[0] == _SC


@pytest.mark.parametrize("opening", ["", _OPENING.replace("2023", "2022") + "\n"])
def test_a_list_leaving_out_the_pages_year_gives_no_heading(opening: str) -> None:
    # the 2022 report's page: 2021, 2020 listed newest first, then the newer 2023 report
    links = "".join(f"{_SC}{y}{_HEAD}\n" for y in (2021, 2020, 2023))
    text = f"历年报告\n{links}{opening}{_body(2022)}"
    assert _agency_year(text)[1] in (None, 2022)


def test_a_correction_notice_first_is_no_report_whose_year_is_the_pages() -> None:
    # red30 n03: a notice correcting last year's report (its 二、 part named), then this
    # year's whole report under its title: 2022 on c8fc7fa (the notice read as the page's
    # first report, this year's as one appended), 2023 on 86c40e4
    title = f"{_SC}{{}}{_HEAD}"
    text = (
        f"关于{title.format(2022)}的更正说明\n"
        "我局2022年政府信息公开工作年度报告中“二、主动公开政府信息情况”部分数据有误，现更正如下：\n"
        "二、主动公开政府信息情况\n全年主动公开政府信息118条。\n"
        f"{title.format(2023)}\n{_PREAMBLE.replace('我部', '我局')}\n{_body(2023)}"
    )
    assert _agency_year(text)[1] in (None, 2023)


_CRUMB_BODY = (
    "2023年政府信息公开工作年度报告\n发布时间：2024-01-20\n"
    "根据《中华人民共和国政府信息公开条例》规定，现公布我局2023年政府信息公开工作年度报告。\n"
)


@pytest.mark.parametrize(
    "crumb",
    [
        "当前位置：首页 > 宣城市公安局 > 分局信息公开 > 年度报告",
        "首页 > 宣城市税务局 > 县区局信息公开 > 年度报告",
        "首页 > 宣城市市场监督管理局 > 县区动态 > 年度报告",
        "首页 > 宣城市数据资源管理局 > 部门年报汇总 > 年度报告",
        "首页 > 专题专栏 > 宣城市财政局 > 预决算公开",
    ],
)
def test_a_crumbs_body_column_with_another_column_after_it_names_no_agency(crumb: str) -> None:
    # red30 meta_r3 c01-c03, c05, c06: a parent's site hosting a 分局's or a county bureau's
    # 我局 report, a portal operator's column, a topic column: read as the agency on 1e26ddd
    text = f"{crumb}\n{_CRUMB_BODY}{_body(2023)}"
    assert _agency_year(text)[0] is None


@pytest.mark.parametrize(
    "crumb",
    [
        "首页 > 部门 > 宣城市林业局 > 年度报告",
        "当前位置：首页 > 信息公开 > 部门信息公开 > 宣城市林业局 > 政府信息公开年报",
    ],
)
def test_a_crumbs_body_column_right_before_the_reports_column_is_read(crumb: str) -> None:
    # control (meta30 b631741: meta30 c04, meta27 c20)
    assert _agency_year(f"{crumb}\n{_CRUMB_BODY}{_body(2023)}")[0] == "宣城市林业局"
