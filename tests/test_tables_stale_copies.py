"""A page holding this year's tables and a stale copy (last year's report, a draft), in
either order (session 29; red28 t02, t03, n03).

red28 t02: 附件1 last year's report, then 附件2 this year's, under a page heading of this
year: the page split read the first report's tables, 10 stale cells. t03: a draft table 三
under this year's heading, then 相关阅读：⏎last year's title (a link), then the current
table 三: the link was taken for a title (and for the table's caption), and the draft read,
8 stale cells. n03: a draft table 二, a notice 上表数据有误，现将更正后的表格公布如下, then
the tables again: the corrected table 二 stood in table 三's section and the draft won on
its section, 2 stale cells.

What a demanding user expects: never a stale figure, never a shifted column; the current
figure where the page says which copy is this year's (a title naming the year over every
other copy's naming another, a notice that the table below is the corrected one), else
no cell."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from conftest import ROOT, load_module
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govinfo_nlp

NAME = "宣城市市场监督管理局"
TITLE = f"{NAME}{{year}}年政府信息公开工作年度报告"
HEADS = (
    ("t2", "二、主动公开政府信息情况"),
    ("t3", "三、收到和处理政府信息公开申请情况"),
    ("t4", "四、政府信息公开行政复议、行政诉讼情况"),
)
TAIL = "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n"


# the red teams' table probes (datasets/redteam/table_probes.py) draw the copies
probes = load_module("table_probes", ROOT / "datasets" / "redteam" / "table_probes.py")


@cache
def _copies(layout: str) -> tuple[dict[str, str], dict[str, Any], dict[str, str], dict[str, Any]]:
    """This year's tables and last year's (rendered, and their values), every table
    differing: issued 37 / 29, new 19 / 46, granted 13 / 31, review 1 / 3 (the red teams'
    table probes, datasets/redteam/table_probes.py, draw them)."""
    cur, cur_v = probes.tables(2023, 19, 13, 37, 1, layout=layout)
    old, old_v = probes.tables(2022, 46, 31, 29, 3, layout=layout)
    return cur, cur_v, old, old_v


def _para(text: str, html: bool) -> str:
    return f"<p>{text}</p>" if html else text + "\n"


def _block(t: dict[str, str], html: bool) -> str:
    return "".join(_para(head, html) + t[k] for k, head in HEADS)


# What may stand before a copy: nothing, a report title (this year's, last year's, a
# draft's), a link to last year's report, a caption of last year's tables, a notice that
# the table below is the corrected one.
LEADS = {
    "none": (),
    "this": (TITLE.format(year=2023),),
    "last": ("附件：" + TITLE.format(year=2022),),
    "draft": (TITLE.format(year=2023) + "（征求意见稿）",),
    "link": ("相关阅读：", TITLE.format(year=2022)),
    "caption": (f"附件：{NAME}2022年度政府信息公开情况统计表（供对比）",),
    "notice": ("更正说明：上表数据有误，现将更正后的表格公布如下，以本表为准。",),
}
# A page that does not lie: a stale copy under no notice and no title of this year's final
# report; the current one under no draft's or last year's title, and under a notice only
# after the stale copy.
OLD_LEADS = ("none", "last", "draft", "link", "caption")
CUR_LEADS = ("none", "this", "link", "notice")


def _page(layout: str, order: str, old_lead: str, cur_lead: str) -> str:
    cur, _, old, _ = _copies(layout)
    html = layout == "html"
    body = {
        "old": "".join(_para(w, html) for w in LEADS[old_lead]) + _block(old, html),
        "cur": "".join(_para(w, html) for w in LEADS[cur_lead]) + _block(cur, html),
    }
    text = (
        _para(TITLE.format(year=2023), html)
        + _para("一、总体情况", html)
        + _para("2023年，我局认真落实《条例》。", html)
        + "".join(body[k] for k in order.split(","))
        + "".join(_para(line, html) for line in TAIL.splitlines())
    )
    if html:
        return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>年报</title></head><body>{text}</body></html>'
    return text


def _read(tmp_path: Path, layout: str, page: str) -> dict[str, Any]:
    path = tmp_path / ("r.html" if layout == "html" else "r.txt")
    path.write_text(page, encoding="utf-8")
    return govinfo_nlp.parse(path).to_dict()["tables"]


def _stale(got: dict[str, Any], layout: str) -> list[str]:
    """The cells read with last year's figure (or any figure not this year's)."""
    _, cur_v, _, old_v = _copies(layout)
    return sorted(
        k
        for k, v in got.items()
        if v is not None and k in cur_v and v != cur_v[k] and (k in old_v or v != 0)
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    layout=st.sampled_from(["html", "pipe"]),
    cur_last=st.booleans(),
    old_lead=st.sampled_from(OLD_LEADS),
    cur_lead=st.sampled_from(CUR_LEADS),
)
def test_a_stale_copy_is_never_read(
    tmp_path: Path, layout: str, cur_last: bool, old_lead: str, cur_lead: str
) -> None:
    if cur_lead == "notice" and not cur_last:
        cur_lead = "none"  # (a notice over the current copy only after the stale one)
    page = _page(layout, "old,cur" if cur_last else "cur,old", old_lead, cur_lead)
    got = _read(tmp_path, layout, page)
    assert _stale(got, layout) == [], (layout, cur_last, old_lead, cur_lead)


def test_red28_t02_last_years_report_first(tmp_path: Path) -> None:
    # the current copy under this year's title, the stale one under last year's before it
    got = _read(tmp_path, "html", _page("html", "old,cur", "last", "this"))
    _, cur_v, _, _ = _copies("html")
    assert _stale(got, "html") == []
    assert {k: got.get(k) for k in cur_v} == cur_v  # every cell this year's


def test_red28_t03_a_link_is_no_title(tmp_path: Path) -> None:
    # a draft above, the current copy under a link to last year's report: no stale cell
    # (which copy is this year's the page does not say: unread is right)
    for layout in ("html", "pipe"):
        got = _read(tmp_path, layout, _page(layout, "old,cur", "none", "link"))
        assert _stale(got, layout) == [], layout
        assert got.get("t3.new.total") in (None, 19)


def test_red28_n03_the_copy_after_a_correction_notice(tmp_path: Path) -> None:
    got = _read(tmp_path, "html", _page("html", "old,cur", "none", "notice"))
    assert _stale(got, "html") == []
    assert got.get("t2.normative.issued") == 37
    assert got.get("t3.new.total") == 19


def test_this_years_report_first_is_still_read(tmp_path: Path) -> None:
    # this year's report and, after it, last year's under its title: as before
    got = _read(tmp_path, "html", _page("html", "cur,old", "last", "none"))
    _, cur_v, _, _ = _copies("html")
    assert {k: got.get(k) for k in cur_v} == cur_v


def test_no_report_of_the_year_on_a_page_of_other_years_reads_no_table(tmp_path: Path) -> None:
    # under this year's heading, last year's report, then the year before's: neither is the
    # row's; before, the first report's (last year's) tables were read as this year's
    cur, _, old, old_v = _copies("html")
    page = (
        f"<h1>{TITLE.format(year=2023)}</h1><p>一、总体情况</p><p>2023年，我局认真落实《条例》。</p>"
        f"<p>附件1：{TITLE.format(year=2022)}</p>{_block(old, True)}"
        f"<p>附件2：{TITLE.format(year=2021)}</p>{_block(cur, True)}"
        + "".join(_para(line, True) for line in TAIL.splitlines())
    )
    path = tmp_path / "r.html"
    path.write_text(f'<html><head><meta charset="utf-8"></head><body>{page}</body></html>', "utf-8")
    doc = govinfo_nlp.parse(path).to_dict()
    assert doc["metadata"]["year"] == 2023
    assert not any(doc["tables"].get(k) == v and v for k, v in old_v.items())
    assert any(w.startswith("tables.other_year") for w in doc["warnings"])


def test_another_bodys_report_of_the_year_is_not_read(tmp_path: Path) -> None:
    # this body's last year's report first, then ANOTHER body's report of this year: neither
    # is the row's (the row's body, this year), no table is read
    cur, cur_v, old, old_v = _copies("html")
    other = TITLE.format(year=2023).replace(NAME, "宣城市财政局")
    page = (
        f"<h1>{TITLE.format(year=2023)}</h1><p>一、总体情况</p><p>2023年，我局认真落实《条例》。</p>"
        f"<p>附件1：{TITLE.format(year=2022)}</p>{_block(old, True)}"
        f"<p>附件2：{other}</p>{_block(cur, True)}"
        + "".join(_para(line, True) for line in TAIL.splitlines())
    )
    path = tmp_path / "r.html"
    path.write_text(f'<html><head><meta charset="utf-8"></head><body>{page}</body></html>', "utf-8")
    doc = govinfo_nlp.parse(path).to_dict()
    assert doc["metadata"]["year"] == 2023
    differ = [k for k, v in cur_v.items() if old_v.get(k) != v]
    assert all(doc["tables"].get(k) is None for k in differ)


def test_link_lines() -> None:
    from govinfo_nlp.metadata import report_link_lines

    text = (
        "某局2023年政府信息公开工作年度报告\n相关阅读：\n\n某局2022年政府信息公开工作年度报告\n"
        "某局2021年政府信息公开工作年度报告\n表\n上一篇：某局2021年政府信息公开工作年度报告\n"
        "某局2020年政府信息公开工作年度报告\n"
    )
    starts = sorted(report_link_lines(text))
    assert [text[s : text.index("\n", s)] for s in starts] == [
        "某局2022年政府信息公开工作年度报告",
        "某局2021年政府信息公开工作年度报告",
        "上一篇：某局2021年政府信息公开工作年度报告",
        # (a link alone on its line heads the titles under it too)
        "某局2020年政府信息公开工作年度报告",
    ]


def test_the_same_reports_title_again_is_no_second_report() -> None:
    from govinfo_nlp.sections import find_sections
    from govinfo_nlp.tables.reports import other_reports

    cur, _, old, _ = _copies("pipe")
    body = "".join(_para(h, False) + old[k] for k, h in HEADS)
    again = "".join(_para(h, False) + cur[k] for k, h in HEADS)
    for second, split in (
        (TITLE.format(year=2023), False),
        ("附件2：" + TITLE.format(year=2023), False),
        (TITLE.format(year=2022), True),
    ):
        text = f"{TITLE.format(year=2023)}（征求意见稿）\n{body}{second}\n{again}"
        assert bool(other_reports(text, find_sections(text))) is split, second
