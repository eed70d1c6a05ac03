"""Whole saved web pages: the report among site chrome, layout tables, blank cells in place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govinfo_nlp import parse
from govinfo_nlp.read import read

SAMPLE = Path(__file__).resolve().parents[1] / "datasets" / "samples" / "s06_html_2019.html"
BLANK = "&nbsp;"


def _article(t4: list[str]) -> str:
    """The sample article with its table 四 values replaced by ``t4`` (15 cells)."""
    source = SAMPLE.read_text("utf-8")
    at = source.index("四、政府信息公开行政复议")
    end = source.index("</table>", at)
    rows = source[at:end].split("<tr>")
    cells = "".join(f"<td><p><span>{v}</span></p></td>" for v in t4)
    table = "<tr>".join([*rows[:-1], cells + "</tr>\n</tbody>\n"])
    return source[:at] + table + source[end:]


def _saved_page(article: str) -> str:
    """The article inside a layout table with navigation, a sidebar and a footer."""
    body = article.split("<body>")[1].split("</body>")[0]
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>市政府网站</title></head>
<body><table width="100%"><tr><td colspan="2"><a href="/">首页</a> | <a href="/a">政务公开</a>
 | <a href="/b">办事服务</a></td></tr>
<tr><td width="200"><ul><li><a href="/r">2018年度报告</a>：本机关收到行政复议申请77件</li>
<li>访问量：1234567次</li></ul>
<table><tr><td>相关链接</td></tr><tr><td><a href="/x">国务院</a></td></tr></table></td>
<td>{body}</td></tr>
<tr><td colspan="2">版权所有 市人民政府 网站访问量：1234567次</td></tr></table></body></html>"""


T4_CASES = {
    "review_only": ["3", "1", "0", "0", "4"] + [BLANK] * 10,
    "first_and_total": ["1", BLANK, BLANK, BLANK, "1"] + [BLANK] * 10,
    "middle_group": [BLANK] * 5 + ["2", BLANK, BLANK, BLANK, "2"] + [BLANK] * 5,
    "last_cell_only": ["0"] * 10 + [BLANK] * 4 + ["0"],
}
GROUPS = [
    f"t4.{g}.{c}"
    for g in ("review", "suit_direct", "suit_after_review")
    for c in ("upheld", "corrected", "other", "pending", "total")
]


def _t4(report) -> dict[str, int | float]:
    return {k: v.value for k, v in report.tables.values.items() if k.startswith("t4.")}


@pytest.mark.parametrize("name", sorted(T4_CASES))
@pytest.mark.parametrize("wrapped", [False, True], ids=["article", "saved_page"])
def test_blank_cells_keep_their_column(name: str, wrapped: bool) -> None:
    cells = T4_CASES[name]
    expected = {f: int(v) for f, v in zip(GROUPS, cells) if v != BLANK}
    article = _article(cells)
    report = parse((_saved_page(article) if wrapped else article).encode())
    assert _t4(report) == expected
    assert not [w for w in report.warnings if "t4" in w]


def test_saved_page_reads_like_the_bare_article() -> None:
    article = _article(T4_CASES["review_only"])
    bare, page = parse(article.encode()), parse(_saved_page(article).encode())
    assert {k: v.value for k, v in page.tables.values.items()} == {
        k: v.value for k, v in bare.tables.values.items()
    }
    assert len(page.tables.values) == len(bare.tables.values) > 150
    assert [(f.type, f.value, f.text) for f in page.facts] == [
        (f.type, f.value, f.text) for f in bare.facts
    ]
    assert [r.verdict for r in page.reconciliation] == [r.verdict for r in bare.reconciliation]


def test_chrome_numbers_are_neither_facts_nor_verdicts() -> None:
    page = parse(_saved_page(_article(T4_CASES["review_only"])).encode())
    values = {f.value for f in page.facts}
    assert 77 not in values and 1234567 not in values
    assert all(r.narrative != 77 for r in page.reconciliation)
    # The chrome is only hidden from the stages: offsets still index the page as saved.
    assert "访问量：1234567次" in page.text


def test_layout_tables_are_dropped_and_their_data_tables_kept() -> None:
    doc = read(_saved_page(_article(T4_CASES["review_only"])).encode())
    assert len(doc.html_tables) == 3  # 二, 三, 四; not the layout table nor the sidebar's
    first_cells = [t.rows[0][0].text for t in doc.html_tables]
    assert "第二十条" in first_cells[0]
    assert next(doc.text[s:e] for s, e in doc.chrome).count("首页") == 1


def test_a_number_wrapped_in_a_one_cell_table_is_its_cells_text() -> None:
    inner = "<table><tr><td>7</td></tr></table>"
    html = (
        "<html><body><table><tr><td>信息内容</td><td>本年制发件数</td></tr>"
        f"<tr><td>规章</td><td>{inner}</td></tr></table></body></html>"
    )
    doc = read(html.encode())
    assert len(doc.html_tables) == 1
    assert doc.html_tables[0].rows[1][1].text == "7"


def test_a_bare_article_has_no_chrome() -> None:
    assert read(SAMPLE).chrome == ()


def test_a_page_without_report_cues_keeps_the_prose_with_most_text() -> None:
    prose = "".join(
        f"<p>本机关全年主动公开政府信息{n}条，办理依申请公开{n}件。</p>" for n in range(20)
    )
    html = (
        "<html><body><div><a href='/'>首页</a><a href='/b'>浏览次数 99次</a></div>"
        f"<div>{prose}</div><div><a href='/c'>本机关收到行政复议申请77件</a></div></body></html>"
    )
    doc = read(html.encode())
    kept = re.sub(r"\s", "", doc.text[doc.chrome[0][1] : doc.chrome[1][0]])
    assert "77件" not in kept and "99次" not in kept and "办理依申请公开19件" in kept


# --- the page's own title as a metadata cue -----------------------------------

_BODY = (
    "<p>一、总体情况</p><p>2020年，本局全年主动公开政府信息120条。</p>"
    "<p>三、收到和处理政府信息公开申请情况</p><p>本年度收到政府信息公开申请5件。</p>"
)


def _titled(title: str, heading: str) -> str:
    head = f"<title>{title}</title>" if title else ""
    return f"<html><head>{head}</head><body><div><h1>{heading}</h1>{_BODY}</div></body></html>"


@pytest.mark.parametrize(
    ("title", "heading", "agency", "year"),
    [
        pytest.param(
            "凉州区市场监督管理局2020年度政府信息公开工作年度报告_武威市凉州区人民政府",
            "政府信息公开工作年度报告",
            "凉州区市场监督管理局",
            2020,
            id="heading-cut-title-names-all",
        ),
        pytest.param(
            "綿陽市衛生健康委員會2020年政府信息公開工作年度報告",
            "卫生健康委员会2019年政府信息公开工作年度报告",
            "绵阳市卫生健康委员会",
            # the page's title and the article's heading name different years and no
            # statistics period settles them: no year (session 18; a heading may be a
            # sidebar's other report, formats5 h14)
            None,
            id="traditional-title-restores-area",
        ),
        pytest.param(
            "政府信息公开工作年度报告_武威市凉州区人民政府",
            "政府信息公开工作年度报告",
            None,  # the site's name is not the report's agency
            2020,
            id="site-name-is-no-agency",
        ),
    ],
)
def test_page_title_is_a_metadata_cue_of_last_resort(
    title: str, heading: str, agency: str | None, year: int | None
) -> None:
    meta = parse(_titled(title, heading)).metadata
    assert (meta.agency, meta.year) == (agency, year)
    # Without the page title the same article names no full agency.
    assert parse(_titled("", heading)).metadata.agency is None


def test_page_titles_read_title_and_meta_unescaped() -> None:
    from govinfo_nlp.readers.page import page_titles

    source = (
        '<head><title>A局&amp;2020年报告</title><meta name="ArticleTitle" content="B局2020年报告">'
        '<meta property="og:title" content="A局&amp;2020年报告"><meta name="keywords" content="x"></head>'
    )
    assert page_titles(source) == ("A局&2020年报告", "B局2020年报告")


@pytest.mark.parametrize("title_in_body", [True, False])
def test_a_sidebar_of_other_agencies_reports_is_not_the_agency(title_in_body: bool) -> None:
    # Plain text above the nav (a date bar), the sidebar's report titles are links, and
    # the report's heading sits in the article's block or in its own block above it.
    side = "".join(
        f"<li><a href='/r{i}'>{a}2021年政府信息公开工作年度报告</a></li>"
        for i, a in enumerate(["衡阳市财政局", "南岳区教育局"])
    )
    title = "<h1>衡山县行政审批服务局2020年政府信息公开工作年度报告</h1>"
    body = (
        "<p>一、总体情况</p><p>2020年，本局主动公开政府信息120条。</p>"
        "<p>二、主动公开政府信息情况</p><p>第二十条第（一）项</p>"
    )
    page = (
        "<html><body><div>今天是2021年1月5日 星期二</div><ul>"
        + side
        + "</ul>"
        + (f"<div>{title}{body}</div>" if title_in_body else f"<div>{title}</div><div>{body}</div>")
        + "<div>主办：衡山县人民政府办公室</div></body></html>"
    )
    report = parse(page.encode())
    assert report.metadata.agency == "衡山县行政审批服务局"
    assert report.metadata.year == 2020
    doc = read(page.encode())
    assert "衡阳市财政局" in doc.text[doc.chrome[0][0] : doc.chrome[0][1]]
