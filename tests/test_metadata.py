"""Metadata cues, one case per phrasing; a null beats a wrong value."""

from __future__ import annotations

import pytest

from govinfo_nlp.metadata import read_metadata
from govinfo_nlp.normalize import normalize

CASES = [
    (
        "title",
        "宁波市交通运输局2021年政府信息公开工作年度报告\n一、总体情况\n",
        "宁波市交通运输局",
        2021,
    ),
    (
        "title-wrapped",
        "信丰县卫生健康委2023年政府信息公开工作\n\n年度报告\n一、总体情况\n",
        "信丰县卫生健康委",
        2023,
    ),
    ("year-first", "2020年卫生健康委员会政府信息公开工作年度报告\n", "卫生健康委员会", 2020),
    (
        "preamble-publish",
        "根据条例规定，现公布泰州市人民政府办公室2020年政府信息公开工作年度报告。",
        "泰州市人民政府办公室",
        2020,
    ),
    (
        "agency-line-above",
        "凉州区市场监督管理局\n2020年度政府信息公开工作落实情况\n",
        "凉州区市场监督管理局",
        2020,
    ),
    (
        "compiled-by",
        "本报告由梁山县住房和城乡建设局按照条例要求编制。本报告所列数据的统计期限自2021年1月1日起",
        "梁山县住房和城乡建设局",
        2021,
    ),
    ("spam-title", "bet365亚洲官网 办公室2021年政府信息公开工作年度报告\n", None, 2021),
    ("generic-only", "关于做好2021年政府信息公开工作年度报告编制工作的通知\n", None, 2021),
    ("our-bureau", "现将我局2021年政府信息公开工作报告如下:\n", None, 2021),
    (
        "traditional",
        "廣州市越秀區司法局2021年政府信息公開工作年度報告\n",
        "广州市越秀区司法局",
        2021,
    ),
    (
        "fullwidth-year",
        "沛县农业农村局２０２２年政府信息公开工作年度报告\n",
        "沛县农业农村局",
        2022,
    ),
    (
        "alias-cut",
        "清远市清新区人民政府办公室(以下简称区政府办公室)2022年政府信息公开工作年度报告",
        "清远市清新区人民政府办公室",
        2022,
    ),
]


@pytest.mark.parametrize(
    ("text", "agency", "year"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_agency_and_year(text: str, agency: str | None, year: int) -> None:
    norm = normalize(text)
    metadata, warnings = read_metadata(norm.text, script=norm.script)
    assert metadata.agency == agency
    assert metadata.year == year
    if agency is None:
        assert any(w.startswith("metadata.agency_missing") for w in warnings)


def test_statistics_period_beats_the_title() -> None:
    text = "我镇编制了《田黄镇2020年政府信息公开工作年度报告》。本报告统计期限自2021年1月1日起至2021年12月31日止。"
    metadata, warnings = read_metadata(normalize(text).text)
    assert metadata.year == 2021
    assert any(w.startswith("metadata.year_conflict") for w in warnings)


@pytest.mark.parametrize(
    ("block", "index_no", "published"),
    [
        (
            "索引号 | 公开方式 | 发布机构 |\n11620602MB161547XN/2021-02130 | 主动公开 | 凉州区市场监督管理局 |\n",
            "11620602MB161547XN/2021-02130",
            None,
        ),
        (
            "索引號 | 014416330/2021-354903 | 分類 | 綜合政務 |\n發布機構 | 市政府辦 | 發文日期 | 2021-01-27 |\n",
            "014416330/2021-354903",
            "2021-01-27",
        ),
        (
            "| 索 引 号 | WQX001-2020-000152 | 主题分类 | |\n| 发布机构 | 乌恰县人民政府办公室 | 发布日期 | 2020-01-31 13:56 |\n",
            "WQX001-2020-000152",
            "2020-01-31",
        ),
        ("某局2020年政府信息公开工作报告\n(2021年1 月21 日)\n", None, "2021-01-21"),
        ("发布日期：2020-02-30\n", None, None),
    ],
    ids=["header-row", "traditional-pairs", "spaced-labels", "date-line", "impossible-date"],
)
def test_index_number_and_date(block: str, index_no: str | None, published: str | None) -> None:
    metadata, _ = read_metadata(normalize(block).text)
    assert metadata.index_no == index_no
    assert metadata.published == published
