"""red29: a red team of session 29's own landed changes (datasets/redteam/red29).

a05: a page of last year's report, then this year's, each titled with its year in Chinese
numerals (附件1：某局二〇二二年政府信息公开工作年度报告 … 附件2：某局二〇二三年…), under a
page heading of this year in digits. The titles were not read as titles (report_titles and
the page split read digits only): the first report's tables, last year's, were read as
this year's (10 stale cells) and this year's own claim (申请19件) was accused against them
(a false `inconsistent`). What a demanding user expects: a year in Chinese numerals is a
year; never a stale figure, never an accusation from one.

c01/c02: a line over this year's tables that names another year beside a caption's word
(（统计数据截至2024年1月15日）, 表二：与2022年统计数据对比) was read as the caption of that
year's tables (tables29's year_captions, 05cf427), and a stale copy above, under this
year's title, read instead: 10 stale cells and a false `inconsistent` (c01; 2 stale on
04d230d), 2 stale (c02; none on 04d230d). d03: a note naming the report's 初稿 in passing
marked the tables under it as a draft's. A caption's year is the tables' own: before the
caption's word, not after 与/较/截至, no month or day between; a draft's word closes a
title."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_tables_stale_copies import HEADS, NAME, TAIL, _block, _copies, _para, _stale

import govinfo_nlp

DIGITS = "0123456789"


def _cn(year: int, zero: str) -> str:
    return "".join("〇一二三四五六七八九"[DIGITS.index(c)] for c in str(year)).replace("〇", zero)


def _page(layout: str, zero: str, suffix: str) -> str:
    cur, _, old, _ = _copies(layout)
    html = layout == "html"
    title = f"{NAME}{{}}{suffix}政府信息公开工作年度报告"
    text = (
        _para(title.format("2023"), html)
        + _para("一、总体情况", html)
        + _para("本年度，我局共收到政府信息公开申请19件。", html)
        + _para("附件1：" + title.format(_cn(2022, zero)), html)
        + _para("一、总体情况", html)
        + _para("本年度，我局共收到政府信息公开申请46件。", html)
        + _block(old, html)
        + _para("附件2：" + title.format(_cn(2023, zero)), html)
        + _para("一、总体情况", html)
        + _block(cur, html)
        + "".join(_para(line, html) for line in TAIL.splitlines())
    )
    if html:
        return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{text}</body></html>'
    return text


def _parse(tmp_path: Path, layout: str, page: str) -> dict[str, Any]:
    path = tmp_path / ("r.html" if layout == "html" else "r.txt")
    path.write_text(page, encoding="utf-8")
    return govinfo_nlp.parse(path).to_dict()


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    layout=st.sampled_from(["html", "pipe"]),
    zero=st.sampled_from(["〇", "○", "零"]),
    suffix=st.sampled_from(["年", "年度"]),
)
def test_a05_chinese_numeral_titles_last_year_first(
    tmp_path: Path, layout: str, zero: str, suffix: str
) -> None:
    doc = _parse(tmp_path, layout, _page(layout, zero, suffix))
    assert _stale(doc["tables"], layout) == [], (layout, zero, suffix)
    assert doc["tables"].get("t3.new.total") == 19  # this year's report's tables are read
    assert not [r for r in doc["reconciliation"] if r["verdict"] == "inconsistent"]


def _over(tmp_path: Path, layout: str, stale: str, line: str) -> dict[str, Any]:
    """This year's title, a stale copy (``stale``: all tables or table 二), ``line``, then
    this year's tables."""
    cur, _, old, _ = _copies(layout)
    html = layout == "html"
    first = _block(old, html) if stale == "all" else _para(HEADS[0][1], html) + old["t2"]
    page = (
        _para(f"{NAME}2023年政府信息公开工作年度报告", html)
        + _para("一、总体情况", html)
        + _para("本年度，我局共收到政府信息公开申请19件。", html)
        + first
        + _para(line, html)
        + _block(cur, html)
        + "".join(_para(x, html) for x in TAIL.splitlines())
    )
    if html:
        page = f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{page}</body></html>'
    return _parse(tmp_path, layout, page)


@settings(
    max_examples=16, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    layout=st.sampled_from(["html", "pipe"]),
    stale=st.sampled_from(["all", "t2"]),
    line=st.sampled_from(
        [
            "（统计数据截至2024年1月15日）",
            "表二：与2022年统计数据对比",
            "注：较2022年度统计数据有所增加",
            "（本报告初稿经2024年1月10日局务会审议通过）",
        ]
    ),
)
def test_c01_c02_a_line_naming_another_year_is_no_caption_of_its_tables(
    tmp_path: Path, layout: str, stale: str, line: str
) -> None:
    doc = _over(tmp_path, layout, stale, line)
    assert _stale(doc["tables"], layout) == [], (layout, stale, line)
    assert not [r for r in doc["reconciliation"] if r["verdict"] == "inconsistent"]


def test_captions_and_draft_titles_that_mark_copies() -> None:
    from govinfo_nlp.tables.extract import _other_marks

    def mark(line: str) -> list[int | None]:
        return list(_other_marks(line + "\n").values())

    assert mark("附件：某局2022年度政府信息公开情况统计表（供对比）") == [2022]
    assert mark("2022年度统计数据") == [2022]
    assert mark("某局2023年政府信息公开工作年度报告（征求意见稿）") == [-1]
    assert mark("附件1：某局2023年政府信息公开工作年度报告(送审稿)") == [-1]
    for line in (
        "表二：与2022年统计数据对比",
        "（统计数据截至2024年1月15日）",
        "（本报告初稿经2024年1月10日局务会审议通过）",
        "2023年度统计表、2022年度统计表",
    ):
        assert mark(line) == [], line


def test_report_titles_read_a_year_in_chinese_numerals() -> None:
    from govinfo_nlp.reconcile.claimant import report_titles

    text = (
        "某局2023年政府信息公开工作年度报告\n正文\n附件1：某局二〇二二年度政府信息公开工作年度报告\n"
        "附件2：某局二○二三年政府信息公开年报\n某局二零二一年政府信息公开工作年度报告\n"
        "二〇二二年，我局认真落实《条例》。\n"
    )
    assert report_titles(text).years == (2023, 2022, 2023, 2021)


def test_p06_a_short_name_in_brackets_is_no_plaque(tmp_path: Path) -> None:
    # red29 p06 (meta29's written-plaque rule, 74adfcf): 中共于都县委办公室（以下简称县委办）
    # in the text gave the agency "以下简称县委办"; a bracket names the office's state plaque
    # only where it opens with the party name's own area
    head = "中共于都县委办公室2023年政府信息公开工作年度报告\n"
    body = (
        "根据《中华人民共和国政府信息公开条例》规定，现公布我办2023年政府信息公开工作年度报告。\n"
        "一、总体情况\n2023年，我办认真贯彻落实《条例》。\n"
    )
    for line, agency in (
        ("中共于都县委办公室（以下简称县委办）认真贯彻《条例》。\n", {None, "中共于都县委办公室"}),
        ("中共于都县委办公室（简称县委办公室）认真贯彻《条例》。\n", {None, "中共于都县委办公室"}),
        (
            "中共于都县委办公室（于都县人民政府办公室）认真贯彻《条例》。\n",
            {"于都县人民政府办公室"},
        ),
    ):
        path = tmp_path / "r.txt"
        path.write_text(head + line + body, encoding="utf-8")
        got = govinfo_nlp.parse(path).to_dict()["metadata"]["agency"]
        assert got in agency, (line, got)


def test_o05_an_area_word_after_the_committee_is_no_self_cue(tmp_path: Path) -> None:
    # red29 o05 (facts29's own_organ, 8534575): 管委会 opening a clause was a self cue even
    # when the area it serves followed (管委会辖区内…): the zone's new market entities read
    # as the committee's own count; the committee's own publishing stays self
    agency = "宣城经济技术开发区管理委员会"
    head = (
        f"{agency}2023年政府信息公开工作年度报告\n"
        f"根据《中华人民共和国政府信息公开条例》规定，现公布{agency}2023年政府信息公开工作年度报告。\n"
        "一、总体情况\n"
    )
    path = tmp_path / "r.txt"
    for sentence, value, scopes in (
        ("管委会辖区内共有规模以上企业126家，全年新增市场主体1850户。", 1850, {"jurisdiction"}),
        ("管委会全年主动公开政府信息420条。", 420, {"self"}),
    ):
        path.write_text(head + sentence + "\n二、主动公开政府信息情况\n", encoding="utf-8")
        facts = [f for f in govinfo_nlp.parse(path).to_dict()["facts"] if f["value"] == value]
        assert facts and {f["scope"] for f in facts} <= scopes, (sentence, facts)
