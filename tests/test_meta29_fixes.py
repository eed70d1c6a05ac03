"""meta29's fixes (session 29).

1. Values meta28's link rule lost (null, not wrong; red28 m02-m04): a body's links to its
   earlier reports right above its own dated heading and info line; a crumb's column
   (首页 政务公开 历年报告) before the title on a page flattened to one line.
2. 合署 and plaques: a party body's and a state body's names of one office written together
   name the row by the state body, whichever the title leads with (docs/schema.md §1);
   纪委/监委 spelled out; a tax branch's 稽查局."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.metadata import read_metadata
from govinfo_nlp.normalize import normalize

_OWN = "宣城市市场监督管理局"
_OTHER = "宣城市财政局"
_BODY = (
    "根据《中华人民共和国政府信息公开条例》规定，现公布本局政府信息公开工作年度报告。\n"
    "一、总体情况\n本年度，我局认真贯彻落实《条例》，全面推进政务公开工作。\n"
    "二、主动公开政府信息情况\n全年主动公开政府信息120条。\n"
)
_PERIOD = "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
_TITLE = "{}{}年政府信息公开工作年度报告"


def _read(text: str) -> tuple[str | None, int | None]:
    meta, _ = read_metadata(normalize(text).text)
    return meta.agency, meta.year


@settings(max_examples=120, deadline=None)
@given(
    word=st.sampled_from(("相关阅读", "往年报告", "历年年报", "相关年报", "其他年度报告")),
    years=st.lists(st.integers(2017, 2022), min_size=1, max_size=4, unique=True),
    info=st.sampled_from(
        (
            "发布时间：2024-01-20",
            "来源：宣城市人民政府办公室　发布时间：2024-01-20",
            "发布日期：2024-01-20",
        )
    ),
    period=st.booleans(),
    site=st.booleans(),
)
def test_own_dated_heading_under_its_own_links_is_read(
    word: str, years: list[int], info: str, period: bool, site: bool
) -> None:
    # red28 m02/m03: 相关阅读 / 某局2022年… / 某局2021年… / 某局2023年…(own) / 发布时间：…
    links = [_TITLE.format(_OWN, y) for y in years]
    top = ["宣城市人民政府", "当前位置：首页 > 政务公开 > 年报"] if site else []
    text = "\n".join([*top, word, *links, _TITLE.format(_OWN, 2023), info]) + "\n"
    text += (_PERIOD if period else "") + _BODY
    assert _read(text) == (_OWN, 2023)


@settings(max_examples=120, deadline=None)
@given(
    years=st.lists(st.integers(2017, 2023), min_size=1, max_size=4, unique=True),
    last=st.integers(2018, 2023),
    other_at=st.one_of(st.none(), st.integers(0, 4)),
    info=st.booleans(),
)
def test_a_list_stays_a_list(years: list[int], last: int, other_at: int | None, info: bool) -> None:
    # the last line is the page's heading only where every link is the same body's and of
    # an earlier year, and the page's info line is under it; else no title is read and the
    # year comes from the period alone (no body named by a list's item)
    names = [_OWN] * len(years) + [_OWN]
    if other_at is not None:
        names[min(other_at, len(names) - 1)] = _OTHER
    titles = [_TITLE.format(n, y) for n, y in zip(names, [*years, last], strict=True)]
    own = info and _OTHER not in names and all(y < last for y in years)
    lines = ["相关阅读", *titles] + (["发布时间：2024-01-20"] if info else [])
    agency, year = _read("\n".join(lines) + "\n" + _PERIOD + _BODY)
    assert year == 2023
    assert agency == (_OWN if own else None)


@settings(max_examples=100, deadline=None)
@given(
    columns=st.lists(st.sampled_from(("政务公开", "信息公开", "法定主动公开内容")), max_size=3),
    sep=st.sampled_from((" ", " > ", "›", "/")),
    word=st.sampled_from(("历年报告", "历年年报", "往年报告", "年报列表")),
    lead=st.sampled_from(("首页", "当前位置：首页", "宣城市人民政府 首页")),
)
def test_a_crumbs_column_before_a_flattened_title_is_no_link(
    columns: list[str], sep: str, word: str, lead: str
) -> None:
    # red28 m04: 宣城市人民政府 首页 政务公开 历年报告 某局2023年…报告 发布时间：… 根据… (one line)
    crumb = sep.join([lead, *columns, word])
    line = f"{crumb} {_TITLE.format(_OWN, 2023)} 发布时间：2024-01-20 " + _BODY.replace("\n", " ")
    assert _read(line) == (_OWN, 2023)


@pytest.mark.parametrize("word", ["相关阅读：", "往年报告 ", "上一篇："])
def test_a_link_without_a_crumb_is_still_a_link(word: str) -> None:
    # (no 首页 before the word: another body's 2022 report, the page's heading undated)
    text = f"{word}{_TITLE.format(_OTHER, 2022)}\n{_OWN}政府信息公开工作年度报告\n{_BODY}"
    assert _read(text) == (_OWN, None)


@settings(max_examples=100, deadline=None)
@given(
    word=st.sampled_from(("历年报告", "往年报告", "相关阅读", "上一篇", "相关年报")),
    links=st.lists(
        st.tuples(st.sampled_from((_OTHER, _OWN, "宣城市民政局")), st.integers(2019, 2022)),
        min_size=1,
        max_size=3,
    ),
    nav=st.sampled_from(("首页 政务公开 政务服务 互动交流", "当前位置：首页 > 政务公开", "首页")),
)
def test_a_flattened_nav_bar_then_links_then_the_heading_gives_no_links_value(
    word: str, links: list[tuple[str, int]], nav: str
) -> None:
    # a flattened nav bar, a sidebar's word and its links, then the page's undated heading: the
    # link's year and body are not the page's (a crumb's column only where the word is a
    # column's, 历年报告, and no title follows its title); no date, no period: no year
    titles = " ".join(_TITLE.format(b, y) for b, y in links)
    line = f"{nav} {word} {titles} {_OWN}政府信息公开工作年度报告 " + _BODY.replace("\n", " ")
    agency, year = _read(line)
    assert year is None
    assert agency in (_OWN, None)  # (never a link's body; the one line may name none)


# --- 合署 and plaques ----------------------------------------------------------------------

_PLAQUES = [
    # (party body, state body): one office
    ("中共江山市委宣传部", "江山市新闻出版局"),
    ("中共赣州市委组织部", "赣州市公务员局"),
    ("中共于都县委办公室", "于都县人民政府办公室"),
    ("中共泉州市委统战部", "泉州市民族与宗教事务局"),
    ("中共厦门市委网络安全和信息化委员会办公室", "厦门市互联网信息办公室"),
]


def _agency(heading: str, preamble: str = "") -> str | None:
    text = f"{heading}2023年政府信息公开工作年度报告\n发布时间：2024-01-20\n{preamble}{_BODY}"
    return _read(text)[0]


@settings(max_examples=60, deadline=None)
@given(
    pair=st.sampled_from(_PLAQUES),
    party_first=st.booleans(),
    half_width=st.booleans(),
)
def test_a_party_body_and_its_state_plaque_name_the_state_body(
    pair: tuple[str, str], party_first: bool, half_width: bool
) -> None:
    party, state = pair
    first, second = (party, state) if party_first else (state, party)
    heading = f"{first}（{second}）"
    if half_width:
        heading = heading.replace("（", "(").replace("）", ")")
    # the same office gets the same name whichever plaque leads, and as the state title alone
    assert _agency(heading) == state
    assert _agency(state) == state


@pytest.mark.parametrize(("party", "state"), _PLAQUES)
def test_a_party_title_with_the_plaque_in_the_preamble(party: str, state: str) -> None:
    # meta29 a07, meta20 u32: the party name titles, the preamble writes 党（政） once. A
    # party department's name alone (宣传部, 组织部, 统战部) reads as no agency: null, safe.
    alone = party.endswith("办公室")
    got = _agency(party, f"{party}（{state}）编制本报告。\n")
    assert got == state if alone else got in (None, state)


@pytest.mark.parametrize(
    "preamble",
    [
        # a name beside it (、, a space) may be another body the report cites: not a plaque
        "中共于都县委办公室、于都县人民政府办公室联合印发文件3件。\n",
        # two different plaques: which is not certain
        "中共于都县委办公室（于都县人民政府办公室）、中共于都县委办公室（于都县档案局）。\n",
        # a bracket of another area's body
        "中共于都县委办公室（赣州市人民政府办公室）。\n",
    ],
)
def test_no_plaque_read_from_a_name_beside_the_party_body(preamble: str) -> None:
    assert _agency("中共于都县委办公室", preamble) == "中共于都县委办公室"


@pytest.mark.parametrize(
    ("heading", "agency"),
    [
        ("中共修水县纪委 修水县监委", "修水县监察委员会"),
        ("中共晋江市纪律检查委员会 晋江市监察委员会", "晋江市监察委员会"),
        ("修水县纪委监委", "修水县监察委员会"),
        # a bracketed second name of a state body stays the first's (meta28 j06)
        ("长兴县发展和改革局（长兴县统计局）", "长兴县发展和改革局"),
        # a tax branch's inspection bureau, of its city
        ("国家税务总局厦门市税务局第一稽查局", "国家税务总局厦门市税务局第一稽查局"),
        ("国家税务总局杭州市税务局稽查局", "国家税务总局杭州市税务局稽查局"),
    ],
)
def test_discipline_bodies_and_branch_bodies(heading: str, agency: str) -> None:
    assert _agency(heading) == agency


def test_a_branchs_inspection_bureau_has_the_branchs_region() -> None:
    text = f"{_TITLE.format('国家税务总局厦门市税务局第一稽查局', 2023)}\n{_BODY}"
    meta, _ = read_metadata(normalize(text).text)
    assert meta.region is not None and meta.region.city == "厦门市"
    assert meta.kind == "department"


def test_the_panel_joins_one_office_whichever_plaque_leads(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # the panel joins by name: one office titled three ways over three years is one series
    from govinfo_nlp import parse
    from govinfo_nlp.panels import panel_records

    folder = tmp_path_factory.mktemp("plaques")
    headings = {
        2021: "中共江山市委宣传部（江山市新闻出版局）",
        2022: "江山市新闻出版局（中共江山市委宣传部）",
        2023: "江山市新闻出版局",
    }
    reports = []
    for year, heading in headings.items():
        path = folder / f"{year}.txt"
        path.write_text(
            f"{heading}{year}年政府信息公开工作年度报告\n发布时间：{year + 1}-01-20\n"
            + _BODY.replace("本局", f"本局{year}年"),
            encoding="utf-8",
        )
        reports.append(parse(path))
    assert {r.metadata.agency for r in reports} == {"江山市新闻出版局"}
    records, _ = panel_records(reports)
    assert len({r["agency_key"] for r in records}) == 1
    assert sorted(r["year"] for r in records) == [2021, 2022, 2023]


@settings(max_examples=120, deadline=None)
@given(
    word=st.sampled_from(("相关阅读", "相关阅读：", "往年报告", "上一篇：")),
    links=st.lists(
        st.tuples(st.sampled_from((_OTHER, _OWN, "宣城市民政局")), st.integers(2018, 2022)),
        min_size=1,
        max_size=3,
    ),
    dated=st.booleans(),
    label=st.booleans(),
)
def test_a_flattened_run_of_links_gives_no_links_value(
    word: str, links: list[tuple[str, int]], dated: bool, label: bool
) -> None:
    # 相关阅读 A2019… B2021… 某局(2023年)…报告 (发布时间：…) 根据… on one line: only the first
    # link was cut, and B's body and year were read (04d230d). The own heading after the run
    # is read where it is dated later than every link and the page's date label follows it.
    titles = " ".join(_TITLE.format(b, y) for b, y in links)
    own = _TITLE.format(_OWN, 2023) if dated else f"{_OWN}政府信息公开工作年度报告"
    info = "发布时间：2024-07-20 " if label else ""  # (July: the date alone gives no year)
    agency, year = _read(f"{word} {titles} {own} {info}" + _BODY.replace("\n", " "))
    assert agency in (_OWN, None)
    assert year in ((2023, None) if dated else (None,))
    if dated and label:
        assert (agency, year) == (_OWN, 2023)


@settings(max_examples=80, deadline=None)
@given(
    lead=st.sampled_from(("", "简称", "下称", "以下简称", "以下称")),
    short=st.sampled_from(("县委办", "县政府办", "县档案局", "于都县委办", "两办", "我办")),
    where=st.sampled_from(("title", "text")),
)
def test_a_short_name_in_brackets_after_a_party_name_is_no_plaque(
    lead: str, short: str, where: str
) -> None:
    # red29 p06 (text) and its kind in a title: 中共于都县委办公室（简称县委办） gave 简称县委办,
    # （县委办） 于都县委办: a plaque is a state body's name opening with the party name's area
    party = "中共于都县委办公室"
    bracket = f"{party}（{lead}{short}）"
    text = f"{bracket}认真贯彻《条例》。\n"
    got = _agency(bracket) if where == "title" else _agency(party, text)
    assert got in (party, None)
