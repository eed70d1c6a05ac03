"""Fixes from meta26's first reading (session 26), each failing on the code before it:
a statistics period over two years gives no year (b27 read its start); a dated list of
a bureau's earlier reports above its own undated heading keeps the heading (b21 lost it);
a footer's 版权所有 or 本网站由…主办 names a 我局 report's site owner as 主办 does (b29, b32);
省政府办公厅 is restored from the text's 福建省人民政府办公厅 (b41)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.metadata import read_metadata

_BODY = "一、总体情况\n本年度，我局认真贯彻落实《条例》。\n"


@settings(max_examples=200, deadline=None)
@given(st.integers(2008, 2030), st.integers(0, 3), st.booleans())
def test_a_period_over_several_years_gives_no_year(start: int, more: int, dots: bool) -> None:
    end = start + more
    period = (
        f"统计期限为{start}.1.1-{end}.12.31。"
        if dots
        else f"本报告所列数据的统计期限自{start}年1月1日起至{end}年12月31日止。"
    )
    meta, warned = read_metadata("某县林业局政府信息公开工作报告\n" + period + "\n" + _BODY)
    if more:
        assert meta.year is None
        assert any(w.startswith("metadata.year_span") for w in warned)
    else:
        assert meta.year == start


def test_a_period_ending_early_next_year_is_still_its_start() -> None:
    # (only a later year's close, 12月31日, makes a span: not the reporting date)
    text = "统计期限自2022年1月1日起至2023年1月20日。\n" + _BODY
    assert read_metadata(text)[0].year == 2022


def test_chinese_numeral_span_gives_no_year() -> None:
    text = (
        "统计期限为二〇二二年一月一日至二〇二三年十二月三十一日。\n发布日期：2024-02-05\n" + _BODY
    )
    meta, warned = read_metadata(text)
    assert meta.year is None  # (not 2022, nor 2023 from the February date)
    assert any(w.startswith("metadata.year_span") for w in warned)


_LIST = [
    "永康市财政局2022年政府信息公开工作年度报告 2023-01-16",
    "永康市财政局2021年政府信息公开工作年度报告 2022-01-25",
]


def test_an_undated_heading_under_a_dated_list_is_the_reports() -> None:
    text = "\n".join(
        [*_LIST, "永康市财政局2023年政府信息公开工作年度报告", "发布日期：2024-01-23", _BODY]
    )
    meta, _ = read_metadata(text)
    assert (meta.agency, meta.year) == ("永康市财政局", 2023)


@pytest.mark.parametrize(
    "last",
    [
        "永康市民政局2023年政府信息公开工作年度报告",  # another body's
        "永康市财政局2020年政府信息公开工作年度报告",  # an older year's: a link that lost its date
    ],
)
def test_an_undated_title_not_the_lists_newest_stays_in_the_list(last: str) -> None:
    # (left in the list, the line gives neither its body nor its year: the date gives 2023)
    text = "\n".join([*_LIST, last, "发布日期：2024-01-23", _BODY])
    meta, _ = read_metadata(text)
    assert meta.agency != "永康市民政局"
    assert meta.year == 2023


def test_a_run_of_undated_titles_stays_a_list() -> None:
    # only dated links above an undated line make that line a heading: three undated
    # titles of one bureau are a list of its reports (no year, as before)
    titles = [f"永康市财政局{y}年政府信息公开工作年度报告" for y in (2021, 2022, 2023)]
    meta, warned = read_metadata("\n".join(titles))
    assert meta.year is None
    assert any(w.startswith("metadata.agency_from_list") for w in warned)


def test_a_page_that_is_only_a_list_reads_without_failing() -> None:
    # (the agency's title scan raised ValueError when metadata had left out every line)
    meta, warned = read_metadata("\n".join(_LIST))
    assert (meta.agency, meta.year) == ("永康市财政局", None)
    assert any(w.startswith("metadata.agency_from_list") for w in warned)


def test_one_dated_link_above_an_undated_title_stays_a_list() -> None:
    meta, _ = read_metadata("\n".join([_LIST[0], "永康市财政局2021年政府信息公开工作年度报告"]))
    assert meta.year is None


@pytest.mark.parametrize(
    ("footer", "agency"),
    [
        (
            "版权所有：丽水市莲都区应急管理局 技术支持：浙江某某网络科技有限公司",
            "丽水市莲都区应急管理局",
        ),
        ("本网站由德清县交通运输局主办　浙ICP备10203040号", "德清县交通运输局"),
        ("德清县交通运输局 版权所有", "德清县交通运输局"),
        ("版权所有：德清县人民政府办公室", None),  # a government: the portal's host
        ("主办：德清县交通运输局 版权所有：德清县水利局", None),  # two owners: none
    ],
)
def test_a_footers_owner_names_a_wo_ju_report(footer: str, agency: str | None) -> None:
    text = "2023年政府信息公开工作年度报告\n" + _BODY.replace("本年度", "2023年") + "\n" + footer
    assert read_metadata(text)[0].agency == agency


@pytest.mark.parametrize(
    ("heading", "preamble", "agency"),
    [
        ("省政府办公厅", "福建省人民政府办公厅", "福建省人民政府办公厅"),
        ("市政府办公室", "福州市人民政府办公室", "福州市人民政府办公室"),
        ("市政府办公室", "福州市人民政府办公室、厦门市人民政府办公室", None),
    ],
)
def test_a_governments_office_without_renmin_is_restored(
    heading: str, preamble: str, agency: str | None
) -> None:
    text = (
        f"{heading}2023年政府信息公开工作年度报告\n现公布{preamble}2023年政府信息公开工作年度报告。"
    )
    meta, _ = read_metadata(text)
    assert meta.agency == agency
    if agency is not None:
        assert meta.kind == "government"


@pytest.mark.parametrize(
    ("title", "agency"),
    [
        ("龙泉市林业局2022—2023年度政府信息公开工作报告", "龙泉市林业局"),
        ("嘉兴市水务投资集团有限公司2023-2024年度信息公开工作报告", "嘉兴市水务投资集团有限公司"),
        ("浙江工业大学2022-2023学年信息公开工作年度报告", "浙江工业大学"),
    ],
)
def test_a_title_over_two_years_names_its_body_not_a_year(title: str, agency: str) -> None:
    # (meta26 b27, meta25 z44: the agency was null; the year stays none but a 学年's end)
    meta, _ = read_metadata(title + "\n" + _BODY.replace("本年度", "两年来"))
    assert meta.agency == agency
    assert meta.year == (2023 if "学年" in title else None)
