"""One year pattern for the tables' report titles, captions and notices (session 30).

tables/extract.py read a report title's year in digits or Chinese numerals (red29 a05) but a
caption's in digits only, so 附件：某局二〇二二年度政府信息公开情况统计表（供对比） over last
year's tables was no caption of another year's tables: with this year's tables on the same
page, the rows the copies disagree on were unread (153 of 200 cells). The same caption in
digits read every cell. What a user expects: a year is a year however it is spelled (2022,
２０２２, 二〇二二, 二零二二, 二○二二), in a title, a caption (the text's or an HTML table's) and
a notice alike."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from conftest import ROOT, load_module
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govinfo_nlp
from govinfo_nlp.quantities.numerals import YEAR_GROUP, year_value
from govinfo_nlp.tables.extract import _names_another_year, _other_marks

probes = load_module("table_probes", ROOT / "datasets" / "redteam" / "table_probes.py")
_NUMERALS = "〇一二三四五六七八九"


def spell(year: int, style: str) -> str:
    """``year`` written as a report may write it."""
    digits = str(year)
    if style == "fullwidth":
        return digits.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if style.startswith("cn"):
        zero = style[2]  # 〇, 零 or ○
        return "".join(zero if d == "0" else _NUMERALS[int(d)] for d in digits)
    return digits


STYLES = ("arabic", "fullwidth", "cn〇", "cn零", "cn○")


@given(st.integers(2000, 2039), st.sampled_from(STYLES), st.sampled_from(["年", "年度", " 年"]))
def test_the_year_pattern_reads_every_spelling(year: int, style: str, tail: str) -> None:
    line = f"附件：某市某局{spell(year, style)}{tail}政府信息公开情况统计表"
    found = re.compile(YEAR_GROUP + r"\s*年").findall(line)
    assert list(map(year_value, found)) == [year]


@given(st.integers(2000, 2039), st.sampled_from(STYLES))
def test_a_number_holding_a_year_is_no_year(year: int, style: str) -> None:
    # a longer run of digits or numerals around it (12022年, 一二〇二二年) names no year
    before = "１" if style == "fullwidth" else ("一" if style.startswith("cn") else "1")
    assert re.compile(YEAR_GROUP + r"\s*年").search(f"共{before}{spell(year, style)}年") is None


@given(st.sampled_from(STYLES), st.integers(2018, 2024))
def test_a_caption_marks_its_year_however_spelled(style: str, year: int) -> None:
    text = f"某局2023年政府信息公开工作年度报告\n附件：某局{spell(year, style)}年度政府信息公开情况统计表\n"
    assert list(_other_marks(text).values()) == [year]


@given(st.sampled_from(STYLES))
def test_a_notice_of_another_years_table_however_spelled(style: str) -> None:
    sentence = f"{spell(2022, style)}年度报告表格数据有误，更正如下"
    assert _names_another_year(sentence, 0, 4, 2023)
    assert not _names_another_year(
        sentence.replace(spell(2022, style), spell(2023, style)), 0, 4, 2023
    )


@cache
def _copies(layout: str) -> tuple[dict[str, str], dict[str, Any], dict[str, str]]:
    cur, cur_v = probes.tables(2023, 19, 13, 37, 1, layout=layout)
    old, _ = probes.tables(2022, 46, 31, 29, 3, layout=layout)
    return cur, cur_v, old


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    layout=st.sampled_from(["html", "pipe"]),
    style=st.sampled_from(STYLES),
    old_first=st.booleans(),
)
def test_last_years_tables_under_a_caption_of_their_year(
    tmp_path: Path, layout: str, style: str, old_first: bool
) -> None:
    # this year's tables and last year's under a caption naming 2022 (its appendix, 供对比):
    # this year's are read, every cell, whatever the spelling and the order
    cur, cur_v, old = _copies(layout)
    html = layout == "html"

    def para(text: str) -> str:
        return f"<p>{text}</p>" if html else text + "\n"

    def block(t: dict[str, str]) -> str:
        return "".join(para(head) + t[k] for k, head in probes.HEADS)

    caption = para(f"附件：{probes.NAME}{spell(2022, style)}年度政府信息公开情况统计表（供对比）")
    if old_first:
        own = para(f"{probes.NAME}2023年度政府信息公开情况统计表")
        body = caption + block(old) + own + block(cur)
    else:
        body = block(cur) + caption + block(old)
    text = (
        para(probes.TITLE)
        + para("一、总体情况")
        + para("2023年，我局认真落实《条例》。")
        + body
        + para("五、存在的主要问题及改进情况")
        + para("无。")
    )
    if html:
        text = f'<html><head><meta charset="utf-8"></head><body>{text}</body></html>'
    path = tmp_path / ("r.html" if html else "r.txt")
    path.write_text(text, encoding="utf-8")
    got = govinfo_nlp.parse(path).to_dict()["tables"]
    assert {k: got.get(k) for k in cur_v} == cur_v, (layout, style, old_first)
