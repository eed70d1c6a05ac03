"""A year-comparison table in text (项目 | 2023年 | 2022年, this year beside last year)
before the template's tables (verdicts20 v20_08's 附表 moved before table 三): its
行政复议 row opened table 四 (all 15 cells unread) and its 办结申请 row hid table 三's
results total. Its lines are not the template's: blanked before the tables are read."""

from __future__ import annotations

from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

import govinfo_nlp
from govinfo_nlp.tables.comparison import blank_comparisons

PAGE = (ROOT / "datasets/redteam/verdicts20/docs/v20_08.txt").read_text(encoding="utf-8")
LINES = PAGE.split("\n")
AT = next(k for k, line in enumerate(LINES) if line.startswith("附表"))
REST = LINES[:AT] + LINES[AT + 6 :]
ROWS = [("新收申请", 12, 7), ("办结申请", 12, 8), ("行政复议", 0, 1), ("制发行政规范性文件", 1, 3)]


def _table(sep: str, change: bool) -> list[str]:
    head = ["项目", "2023年", "2022年"] + (["增减"] if change else [])
    rows = [[label, str(a), str(b)] + ([f"{a - b:+d}"] if change else []) for label, a, b in ROWS]
    return [sep.join(cells) for cells in [head, *rows]]


def _page(table: list[str], before: str) -> str:
    k = next(i for i, line in enumerate(REST) if line.startswith(before))
    return "\n".join(REST[:k] + table + REST[k:])


def _read(text: str) -> dict[str, object]:
    return govinfo_nlp.parse(text, stages=("tables",)).to_dict()


WHOLE = _read("\n".join(REST))


def test_the_page_without_the_comparison_reads_every_cell() -> None:
    assert len(WHOLE["tables"]) == 200 and WHOLE["tables_unread"] == []  # type: ignore[arg-type]


def test_a_comparison_before_table_3_does_not_stop_tables_3_and_4() -> None:
    # was: t4 unread (2 cells for 15 columns), t3.results_total and (六)3.其他 absent
    row = _read(_page(_table(" | ", False), "(本列数据"))
    assert row["tables"] == WHOLE["tables"] and row["tables_unread"] == []


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from([" | ", "\t", "  ", " "]),
    st.booleans(),
    st.sampled_from(["(本列数据", "二、主动公开", "四、政府信息公开行政复议"]),
)
def test_a_comparison_in_any_row_layout_is_not_read(sep: str, change: bool, before: str) -> None:
    row = _read(_page(_table(sep, change), before))
    assert row["tables"] == WHOLE["tables"] and row["tables_unread"] == []


def test_blanking_keeps_every_offset() -> None:
    text = _page(_table(" | ", True), "(本列数据")
    out = blank_comparisons(text)
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert "2022年 |" not in out and "行政复议 | 0 | 1" not in out
    assert [i for i, (a, b) in enumerate(zip(text, out, strict=True)) if a != b and b != " "] == []


def test_no_comparison_no_change() -> None:
    # one year only; two years in a sentence; years over rows that are not figures
    for lines in (
        ["项目 | 2023年 | 合计", "新收申请 | 12 | 12"],
        ["2023年收到申请12件，2022年7件，增加5件。"],
        ["项目 | 2023年 | 2022年", "负责人 | 张三 | 李四"],
    ):
        text = _page(lines, "(本列数据")
        assert blank_comparisons(text) == text
