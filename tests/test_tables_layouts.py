"""Tables stage: layouts an outside tester found, each as a small inline document."""

from __future__ import annotations

import json
import re
from itertools import pairwise

import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.normalize import normalize
from govinfo_nlp.sections import find_sections
from govinfo_nlp.tables import TablesResult, parse_tables
from govinfo_nlp.tables import grid as grid_module
from govinfo_nlp.tables.align import RowObs, Slot, resolve
from govinfo_nlp.tables.checks import check_defs
from govinfo_nlp.tables.grid import _anchor_lines, _line_parts, _part_cells
from govinfo_nlp.tables.headers import cell_info
from govinfo_nlp.tables.templates import (
    _marker_patterns,
    any_t2_header,
    clean_label,
    compact,
    is_group,
    is_structural,
    load_rules,
    template_votes,
)

LABELS = ROOT / "govinfo_nlp" / "tables" / "data" / "labels.json"


def read(text: str, *, year: int = 2021) -> TablesResult:
    norm = normalize(text)
    return parse_tables(norm, sections=find_sections(norm.text), year=year)


def values(result: TablesResult, prefix: str) -> dict[str, int | float]:
    return {f: v.value for f, v in result.values.items() if f.startswith(prefix)}


def codes(result: TablesResult) -> set[str]:
    return {w.split(":", 1)[0] for w in result.warnings}


# --------------------------------------------------------------- rows in prose sections

_OVERVIEW_DECOY = """\
一、总体情况
本年度主动公开信息情况统计如下：
| 类别 | 数量 |
| 规章 | 4 |
| 行政规范性文件 | 19 |
| 行政许可 | 900 |
| 行政处罚 | 77 |
二、主动公开政府信息情况
第二十条第（一）项 ||||
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
规章 | 1 | 0 | 6 |
行政规范性文件 | 8 | 2 | 40 |
第二十条第（五）项 ||||
信息内容 | 本年处理决定数量 |||
行政许可 | 215 |||
第二十条第（六）项 ||||
信息内容 | 本年处理决定数量 |||
行政处罚 | 1302 |||
三、收到和处理政府信息公开申请情况
"""


def test_rows_of_a_summary_table_in_the_overview_are_not_table_two() -> None:
    result = read(_OVERVIEW_DECOY)
    assert values(result, "t2.") == {
        "t2.rules.issued": 1,
        "t2.rules.repealed": 0,
        "t2.rules.in_force": 6,
        "t2.normative.issued": 8,
        "t2.normative.repealed": 2,
        "t2.normative.in_force": 40,
        "t2.license.decisions": 215,
        "t2.penalty.decisions": 1302,
    }


def test_a_row_only_in_the_overview_is_not_read_when_table_two_has_its_section() -> None:
    text = _OVERVIEW_DECOY.replace("行政处罚 | 1302 |||\n", "")
    result = read(text)
    assert "t2.penalty.decisions" not in result.values
    assert "tables.prose_row" in codes(result)


def test_without_sections_the_row_under_the_table_header_is_preferred() -> None:
    result = parse_tables(normalize(_OVERVIEW_DECOY), year=2021)
    assert result.values["t2.license.decisions"].value == 215
    assert result.values["t2.rules.issued"].value == 1
    assert "tables.duplicate_row" in codes(result)


def test_two_disagreeing_occurrences_under_the_header_give_no_cells() -> None:
    text = _OVERVIEW_DECOY.replace(
        "行政处罚 | 1302 |||", "行政处罚 | 1302 |||\n行政处罚 | 1203 |||"
    )
    result = read(text)
    assert "t2.penalty.decisions" not in result.values
    assert result.values["t2.license.decisions"].value == 215


# --------------------------------------------------------------- table 四 as an attachment

_T4_HEADER = """\
行政复议 | 行政诉讼 ||||||||||||||
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |||||||||
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
"""
_T4_VALUES = "3 | 1 | 0 | 1 | 5 | 0 | 2 | 0 | 0 | 2 | 0 | 0 | 1 | 0 | 1 |\n"
_ANNEX = """\
某县交通运输局2021年政府信息公开工作年度报告
四、政府信息公开行政复议、行政诉讼情况
本年度行政复议、行政诉讼情况见附件3。
五、存在的主要问题及改进情况
宣传解读形式还不够丰富。
六、其他需要报告的事项
本年度未收取信息处理费。
某县交通运输局
2022年1月20日
附件3
政府信息公开行政复议、行政诉讼情况统计表
"""


def test_table_four_attached_after_the_signature_is_read_under_its_full_header() -> None:
    # Some agencies attach the tables after the signature (附件1-3): table 四 then stands in
    # section 六's prose, where a row may be anything; a header naming all of its
    # groups and columns is what makes it table 四.
    result = read(_ANNEX + _T4_HEADER + _T4_VALUES)
    assert values(result, "t4.") == {
        "t4.review.upheld": 3,
        "t4.review.corrected": 1,
        "t4.review.other": 0,
        "t4.review.pending": 1,
        "t4.review.total": 5,
        "t4.suit_direct.upheld": 0,
        "t4.suit_direct.corrected": 2,
        "t4.suit_direct.other": 0,
        "t4.suit_direct.pending": 0,
        "t4.suit_direct.total": 2,
        "t4.suit_after_review.upheld": 0,
        "t4.suit_after_review.corrected": 0,
        "t4.suit_after_review.other": 1,
        "t4.suit_after_review.pending": 0,
        "t4.suit_after_review.total": 1,
    }


def test_in_prose_table_four_without_its_full_header_is_not_read() -> None:
    # 行政复议 over numbers in prose, without the column words: nothing says which is which
    cut = "行政复议 | 行政诉讼 ||||||||||||||\n"
    assert values(read(_ANNEX + cut + _T4_VALUES), "t4.") == {}
    rows = "行政复议 | 3 | 1 | 0 | 1 | 5 |\n未经复议直接起诉 | 0 | 2 | 0 | 0 | 2 |\n"
    assert values(read(_ANNEX + rows), "t4.") == {}


# --------------------------------------------------------------- full-width cells


def test_full_width_signs_and_points_in_cells_are_read() -> None:
    from govinfo_nlp.tables.values import Absent, parse_cell

    assert parse_cell("－３") is not None and parse_cell("－３").value == -3  # type: ignore[union-attr]
    assert parse_cell("＋２").value == 2  # type: ignore[union-attr]
    assert parse_cell("４５．０５").value == 45.05  # type: ignore[union-attr]
    assert isinstance(parse_cell("／"), Absent)


# --------------------------------------------------------------- table 三 without a column

_T3_NO_OTHER = """\
三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |
自然人 | 法人或其他组织 | 总计 |
商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 |
一、本年新收政府信息公开申请数量 | 10 | 3 | 0 | 1 | 0 | 14 |
二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 1 |
三、本年度办理结果 | （一）予以公开 | 6 | 2 | 0 | 1 | 0 | 9 |
（二）部分公开 | 2 | 0 | 0 | 0 | 0 | 2 |
（七）总计 | 8 | 2 | 0 | 1 | 0 | 11 |
四、结转下年度继续办理 | 3 | 1 | 0 | 0 | 0 | 4 |
"""


def test_table_three_columns_come_from_its_header_when_one_is_absent() -> None:
    result = read(_T3_NO_OTHER)
    got = values(result, "t3.new.")
    assert got == {
        "t3.new.natural": 10,
        "t3.new.commercial": 3,
        "t3.new.research": 0,
        "t3.new.social": 1,
        "t3.new.legal": 0,
        "t3.new.total": 14,
    }
    assert not any(f.endswith(".other") for f in result.values)
    assert "tables.columns_absent" in codes(result)


def test_a_short_header_is_not_trusted_when_the_rows_have_seven_cells() -> None:
    text = _T3_NO_OTHER.replace(" | 0 | 14 |", " | 0 | 0 | 14 |").replace(
        " | 0 | 1 |\n", " | 0 | 0 | 1 |\n"
    )
    text = text.replace(" | 0 | 9 |", " | 0 | 0 | 9 |").replace(" | 0 | 2 |\n", " | 0 | 0 | 2 |\n")
    text = text.replace(" | 0 | 11 |", " | 0 | 0 | 11 |").replace(" | 0 | 4 |", " | 0 | 0 | 4 |")
    result = read(text)
    assert result.values["t3.new.total"].value == 14
    assert result.values["t3.new.other"].value == 0


# --------------------------------------------------------------- labels wrapped over two lines

_T3_HEAD = """\
三、收到和处理政府信息公开申请情况
申请人情况
自然人
法人或其他组织
总计
商业企业
科研机构
社会公益组织
法律服务机构
其他
一、本年新收政府信息公开申请数量
5
1
0
0
0
0
6
"""


def test_a_label_wrapped_over_two_cell_lines_keeps_its_row() -> None:
    text = _T3_HEAD + "5.要求行政机关确认或重\n新出具已获取信息\n2\n0\n0\n0\n0\n0\n2\n"
    result = read(text)
    assert values(result, "t3.not_processed.confirm.") == {
        "t3.not_processed.confirm.natural": 2,
        "t3.not_processed.confirm.commercial": 0,
        "t3.not_processed.confirm.research": 0,
        "t3.not_processed.confirm.social": 0,
        "t3.not_processed.confirm.legal": 0,
        "t3.not_processed.confirm.other": 0,
        "t3.not_processed.confirm.total": 2,
    }


def test_a_pdf_label_whose_tail_follows_the_numbers_keeps_its_row() -> None:
    text = (
        "三、收到和处理政府信息公开申请情况\n"
        "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n"
        "一、本年新收政府信息公开申请数量 9 1 0 0 0 0 10\n"
        "（四）无法提供 1.本机关不掌握相关 4 0 0 0 0 1 5\n"
        "政府信息\n"
        "2.没有现成信息需要另行制作 0 0 0 0 0 0 0\n"
    )
    result = read(text)
    assert result.values["t3.unavailable.not_held.natural"].value == 4
    assert result.values["t3.unavailable.not_held.total"].value == 5
    assert result.values["t3.unavailable.needs_creation.total"].value == 0


# --------------------------------------------------------------- lone "|" lines between rows


def test_a_lone_bar_before_table_four_values_is_a_separator_not_a_cell() -> None:
    header = "结果维持 |\n结果纠正 |\n其他结果 |\n尚未审结 |\n总计 |\n"
    numbers = "2 |\n0 |\n1 |\n1 |\n4 |\n0 |\n0 |\n0 |\n0 |\n0 |\n1 |\n0 |\n0 |\n0 |\n1 |\n"
    text = (
        "四、政府信息公开行政复议、行政诉讼情况\n|\n行政复议 |\n行政诉讼 |\n|\n"
        + header
        + "未经复议直接起诉 |\n复议后起诉 |\n|\n"
        + header
        + header
        + "|\n"
        + numbers
    )
    result = read(text)
    assert values(result, "t4.review.") == {
        "t4.review.upheld": 2,
        "t4.review.corrected": 0,
        "t4.review.other": 1,
        "t4.review.pending": 1,
        "t4.review.total": 4,
    }
    assert result.values["t4.suit_after_review.total"].value == 1


def _slots(*cells: int | None) -> tuple[Slot, ...]:
    return tuple(Slot(c, "" if c is None else str(c), 0, 0) for c in cells)


def test_a_long_row_drops_its_empty_cell_before_any_number() -> None:
    fields = tuple(f"t4.review.{c}" for c in ("upheld", "corrected", "other", "pending", "total"))
    defs = [d for d in check_defs("2021", frozenset()) if d.id == "t4.total.review"]
    res = resolve([RowObs("t4", fields, _slots(None, 3, 0, 1, 2, 6))], defs)
    assert {f: s.value for f, s in res.cells.items()} == dict(zip(fields, (3, 0, 1, 2, 6)))


def test_a_long_row_whose_empty_cell_cannot_be_the_stray_one_is_not_forced() -> None:
    fields = tuple(f"t4.review.{c}" for c in ("upheld", "corrected", "other", "pending", "total"))
    defs = [d for d in check_defs("2021", frozenset()) if d.id == "t4.total.review"]
    # Dropping the empty cell breaks the sum (3+0+1+2 != 9): the checks decide among the rest.
    res = resolve([RowObs("t4", fields, _slots(None, 3, 0, 1, 2, 9))], defs)
    assert len(res.cells) < len(fields)
    assert "alignment inferred" not in " ".join(res.warnings)


# --------------------------------------------------------------- table 四 drawn otherwise

_T4_HEADING = "四、政府信息公开行政复议、行政诉讼情况\n"
_NEXT = "五、存在的主要问题及改进情况\n人员力量不足。\n"


def test_table_four_as_one_labelled_row_per_group() -> None:
    text = (
        _T4_HEADING
        + "| 项目 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
        + "| 行政复议 | 3 | 1 | 0 | 0 | 4 |\n"
        + "| 行政诉讼（复议后起诉） | 0 | 0 | 1 | 0 | 1 |\n"
        + "| 行政诉讼（未经复议直接起诉） | 1 | 0 | 0 | 1 | 2 |\n"
        + _NEXT
    )
    result = read(text)
    assert values(result, "t4.") == {
        **dict(zip((f"t4.review.{c}" for c in _T4_COLS), (3, 1, 0, 0, 4))),
        **dict(zip((f"t4.suit_after_review.{c}" for c in _T4_COLS), (0, 0, 1, 0, 1))),
        **dict(zip((f"t4.suit_direct.{c}" for c in _T4_COLS), (1, 0, 0, 1, 2))),
    }


_T4_COLS = ("upheld", "corrected", "other", "pending", "total")


def test_table_four_transposed_groups_as_columns() -> None:
    text = (
        _T4_HEADING
        + "| 项目 | 行政复议 | 行政诉讼（未经复议直接起诉） | 行政诉讼（复议后起诉） |\n"
        + "| 结果维持 | 2 | 1 | 0 |\n"
        + "| 结果纠正 | 0 | 1 | 0 |\n"
        + "| 其他结果 | 1 | 0 | 0 |\n"
        + "| 尚未审结 | 0 | 0 | 1 |\n"
        + "| 总计 | 3 | 2 | 1 |\n"
        + _NEXT
    )
    result = read(text)
    got = values(result, "t4.")
    assert got["t4.review.upheld"] == 2 and got["t4.review.total"] == 3
    assert got["t4.suit_direct.corrected"] == 1 and got["t4.suit_direct.total"] == 2
    assert got["t4.suit_after_review.pending"] == 1 and got["t4.suit_after_review.total"] == 1
    assert len(got) == 15


def test_fifteen_numbers_right_under_the_heading_are_table_four() -> None:
    text = _T4_HEADING + "2 0 0 1 3 0 1 0 0 1 0 0 0 0 0\n" + _NEXT
    result = read(text)
    assert result.values["t4.review.total"].value == 3
    assert result.values["t4.suit_direct.corrected"].value == 1
    assert result.values["t4.suit_after_review.total"].value == 0


def test_a_short_number_line_under_the_heading_is_not_table_four() -> None:
    result = read(_T4_HEADING + "2 0 0 1 3\n" + _NEXT)
    assert not values(result, "t4.")


# --------------------------------------------------------------- blank lines as empty cells

_BLANK_IS_EMPTY = """\
二、主动公开政府信息情况
第二十条第（一）项
信息内容
本年新制作数量
本年新公开数量
对外公开总数量
规章
2
2
7
第二十条第（六）项
信息内容
上一年项目数量
本年增/减
处理决定数量
行政处罚
4
1
900
行政强制
9
0

三、收到和处理政府信息公开申请情况
申请人情况
自然人
法人或其他组织
总计
商业企业
科研机构
社会公益组织
法律服务机构
其他
一、本年新收政府信息公开申请数量
7
2
0
0

1
10
"""


def test_blank_lines_are_empty_cells_where_cells_are_otherwise_consecutive() -> None:
    result = read(_BLANK_IS_EMPTY, year=2020)
    # The blank after 行政强制's two numbers is its third cell, so the two are its first two.
    assert result.values["t2.coercion.prev"].value == 9
    assert result.values["t2.coercion.change"].value == 0
    assert "t2.coercion.decisions" not in result.values
    assert "t3.new.legal" not in result.values
    assert result.values["t3.new.other"].value == 1


def test_blank_lines_between_every_cell_are_not_cells() -> None:
    # Double-spaced cells (the blank cell of the source is lost): rows come out short
    # and are left to the arithmetic, never padded by the blank lines.
    text = "\n\n".join(line for line in _BLANK_IS_EMPTY.splitlines() if line)
    result = read(text, year=2020)
    assert result.values["t2.rules.total"].value == 7
    # 7 2 0 0 1 10 for seven columns: only 社会公益组织 is 0 whichever cell
    # was lost (a cell seen, or the row's sum); it is derived, the rest unread.
    assert values(result, "t3.new.") == {"t3.new.social": 0}
    assert result.values["t3.new.social"].method == "derived"
    assert "t3.new.natural" in result.unread
    assert not values(result, "t2.coercion.")


# --------------------------------------------------------------- the layout's anchors

_ANCHOR_WORDS = sorted(
    {w for ws in json.loads(LABELS.read_text("utf-8"))["layout_anchors"].values() for w in ws}
)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_ANCHOR_WORDS),
            st.sampled_from(_ANCHOR_WORDS).map(lambda w: w[: len(w) // 2]),
            st.sampled_from(_ANCHOR_WORDS).map(lambda w: w[len(w) // 2 :]),
            st.text("\n |信息本年第二十条申请勾稽行政复议", max_size=6),
        ),
        max_size=12,
    )
)
def test_one_scan_finds_each_zones_first_anchor(parts: list[str]) -> None:
    # text_layout scans for the three zones' anchors at once: the line of each
    # zone's first anchor is the one a search for that zone's words alone gives
    text = "".join(parts)
    words = json.loads(LABELS.read_text("utf-8"))["layout_anchors"]
    want = {}
    for zone, zone_words in words.items():
        m = re.search("|".join(map(re.escape, zone_words)), text)
        if m:
            want[zone] = text.count("\n", 0, m.start())
    assert _anchor_lines(text) == want


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.text(" 0123456789万元件规章|\t", max_size=8), min_size=1, max_size=8))
def test_a_lines_cells_are_its_parts_cells_in_place(parts: list[str]) -> None:
    # a line's cells come from its parts' cells (cached per part), moved to
    # where each part starts: every cell reads the text at its offsets, in order
    raw = "|".join(parts)
    cells, _ = _line_parts(raw)
    assert [c[4] for c in cells] == list(range(len(cells)))
    assert all(a[3] <= b[2] for a, b in pairwise(cells))
    for kind, text, start, end, _col in cells:
        if kind == "empty":
            assert start == end and not raw[start:end].strip()
        elif start + len(text) == end:  # (a number and its unit may be joined across a space)
            assert raw[start:end] == text


def test_long_parts_are_not_kept() -> None:
    # hostile input: a line of long parts must not fill the cache of parts
    before = _part_cells.cache_info().currsize
    _line_parts("|".join(f"{'长' * 100}{k}" for k in range(50)))
    assert _part_cells.cache_info().currsize == before


_HEADER_TEXT = "".join(
    sorted({ch for r in load_rules().t2_headers for ch in r.pattern.pattern if ord(ch) > 0x2E80})
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(_HEADER_TEXT + "()（）:：单位万元 ", max_size=14))
def test_one_search_for_any_header_misses_only_where_every_header_misses(text: str) -> None:
    # a cell no joined header pattern matches is given no columns without trying
    # each rule: exact only if no rule matches where the joined pattern does not
    joined = any_t2_header()
    assert joined is not None
    label = compact(text)
    each = any(r.pattern.search(label) for r in load_rules().t2_headers)
    assert (joined.search(label) is not None) == each
    if not each:
        assert cell_info(text).header_cols == ()


_RULE_WORDS = load_rules()
_MARKER_TEXT = "".join(
    sorted(
        {
            ch
            for pats in (
                *_RULE_WORDS.markers.values(),
                _RULE_WORDS.groups,
                _RULE_WORDS.structural,
            )
            for p in pats
            for ch in p.pattern
            if ord(ch) > 0x2E80
        }
    )
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(_MARKER_TEXT + "()（）:：、一三 ", max_size=14))
def test_joined_marker_group_and_structural_patterns_match_where_one_of_theirs_does(
    text: str,
) -> None:
    # a cell is searched once a template for its markers (and once for the group
    # and structural words), not once a pattern: exact only if the joined pattern
    # matches where one of the patterns does, anchors (^本年新(数量)?$) included
    label, cleaned = compact(text), clean_label(text)
    each = {
        tpl
        for tpl, pats in _RULE_WORDS.markers.items()
        if any(p.search(label) or p.search(cleaned) for p in pats)
    }
    assert template_votes(text) == each
    assert is_group(text) == any(p.search(cleaned) for p in _RULE_WORDS.groups)
    assert is_structural(text) == any(p.search(label) for p in _RULE_WORDS.structural)
    assert all(len(pats) == 1 for _, pats in _marker_patterns())  # (joined, not the fallback)


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("本年新", {"2019"}),
        ("本年新数量", {"2019"}),
        ("本年新增", set()),
        ("本年制发件数", {"2021"}),
    ],
)
def test_an_anchored_marker_stays_anchored_when_joined(text: str, votes: set[str]) -> None:
    assert template_votes(text) == votes


@settings(max_examples=200, deadline=None)
@given(st.from_regex(grid_module._MD_SEPARATOR, fullmatch=True))
def test_every_markdown_rule_holds_three_dashes(line: str) -> None:
    # the layout tests "---" in a line before trying _MD_SEPARATOR on it
    stripped = line.strip()
    assert grid_module._MD_SEPARATOR.match(stripped)
    assert "---" in stripped and stripped[0] in grid_module._MD_FIRST


def _style_line_by_line(text: str) -> str:
    """grid._style_of as it was written before the page's line shapes: line by line."""
    page = grid_module._Page(text)
    multi = suffix = plain = lone = 0
    gaps: list[int] = []
    blank_run = 0
    seen = False
    for k in range(len(page)):
        stripped = page.stripped[k]
        if not stripped:
            blank_run += 1
            continue
        if seen:
            gaps.append(blank_run)
        seen, blank_run = True, 0
        if page.pipes[k]:
            lone += page.pipes[k] == 1
            continue
        if len(stripped) > 50 or grid_module._MD_SEPARATOR.match(stripped):
            continue
        cells, ends_with_pipe = _line_parts(page.raw[k])
        if len(cells) >= 2:
            multi += 1
        elif ends_with_pipe:
            suffix += 1
        else:
            plain += 1
    if multi >= max(suffix, plain) and multi > 0:
        return "rows"
    if suffix >= plain and suffix > 0:
        return "suffix"
    if lone >= 3 and lone * 2 >= plain:
        return "separator"
    if gaps and sum(1 for g in gaps if g >= 1) >= 0.7 * len(gaps):
        return "double"
    return "plain"


_LAYOUT_LINES = [
    "",
    "  ",
    "|",
    " | ",
    "||",
    "| |",
    "规章 | 6 | 7 |",
    "| 规章 | 6 |",
    "规章 |",
    "6 |",
    "规章",
    "12",
    "规章 3 4",
    "|---|---|",
    "---",
    "- 9 -",
    "第 3 页 共 8 页",
    "第" + " " * 60 + "3页",
    "本机关" * 20,
    "本机关" * 20 + " | 3 |",
]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_LAYOUT_LINES), max_size=14))
def test_a_zones_style_counted_over_line_shapes_is_the_line_by_line_style(
    lines: list[str],
) -> None:
    # the style is counted over one letter a line (_Page.shape); it must be the
    # style the line-by-line count gives, blank gaps, page numbers and rules included
    text = "\n".join(lines)
    assert grid_module.detect_style(text) == _style_line_by_line(text)
    page = grid_module._Page(text)
    with_cells = [
        k
        for k, s in enumerate(page.stripped)
        if s
        and not page.pipes[k]
        and not grid_module._MD_SEPARATOR.match(s)
        and not grid_module._PAGE_NUMBER.match(s)
    ]
    assert grid_module.cell_lines(page, 0, len(page)) == with_cells


def test_compact_drops_every_character_a_regex_space_matches() -> None:
    # compact removes whitespace with str.split (C): the same characters as \s
    spaces = [c for c in map(chr, range(0x3100)) if re.fullmatch(r"\s", c)]
    assert len(spaces) > 20
    for space in spaces:
        assert compact(f"规{space}章{space * 2}") == "规章", repr(space)


def _gaps_line_by_line(
    page: grid_module._Page, lo: int, hi: int, style: str, blank_cells: bool
) -> dict[int, int]:
    """grid.gap_cells as it was written before the runs of lines without cells: every
    line of the zone in turn."""
    gaps: dict[int, int] = {}
    if style == "rows":
        return gaps
    blank_run = pipe_run = 0
    next_cells = [-1] * (hi - lo)
    ahead = -1
    for k in range(hi - 1, lo - 1, -1):
        next_cells[k - lo] = ahead
        if page.stripped[k] and not page.pipes[k]:
            ahead = k

    def next_is_value(k: int) -> bool:
        nxt = next_cells[k - lo]
        return nxt >= 0 and page.is_value(nxt)

    for k in range(lo, hi):
        stripped = page.stripped[k]
        if not stripped:
            if style == "double" or blank_cells or next_is_value(k):
                blank_run += 1
            continue
        pipes = page.pipes[k]
        if pipes:
            if style == "separator":
                pipe_run += pipes
            elif style == "suffix" and pipes == 1 and next_is_value(k):
                blank_run += 1
            continue
        if grid_module._MD_SEPARATOR.match(stripped) or grid_module._PAGE_NUMBER.match(stripped):
            blank_run = 0 if style != "double" else blank_run
            continue
        if style == "separator" and stripped.startswith("|"):
            pipe_run += 1
        if blank_run or pipe_run:
            empties = 0
            if style in ("plain", "suffix"):
                empties = blank_run
            elif style == "double":
                empties = max(0, (blank_run - 1) // 2)
            elif style == "separator":
                empties = max(0, pipe_run - 1)
            if empties:
                gaps[k] = empties
        blank_run = pipe_run = 0
        if style == "separator" and stripped.endswith("|"):
            pipe_run += 1
    return gaps


@settings(max_examples=500, deadline=None, derandomize=True)
@given(
    st.lists(
        st.sampled_from([*_LAYOUT_LINES, "0", "12件", "/", "| 3", "3 |", "|规章"]), max_size=16
    ),
    st.sampled_from(["rows", "suffix", "separator", "plain", "double"]),
    st.booleans(),
)
def test_gap_cells_read_over_runs_are_the_line_by_line_gaps(
    lines: list[str], style: str, blank_cells: bool
) -> None:
    # gap_cells reads only the runs of lines without cells; its empty cells must
    # be those of reading every line of the zone, in every style
    page = grid_module._Page("\n".join(lines))
    for lo, hi in ((0, len(page)), (len(page) // 3, len(page) - len(page) // 4)):
        want = _gaps_line_by_line(page, lo, hi, style, blank_cells)
        assert grid_module.gap_cells(page, lo, hi, style, blank_cells) == want  # type: ignore[arg-type]


def _blank_gaps_line_by_line(text: str, lo: int, hi: int) -> tuple[int, int, bool]:
    """grid._blank_gaps as it was written before it counted over the shapes: every
    line in turn, each non-blank line read (is it a single value?) from its text."""
    from govinfo_nlp.tables.values import is_value_token, may_end_value

    lines = text.split("\n")

    def is_value(k: int) -> bool:
        cell = lines[k].strip().strip("|").strip()
        return bool(cell) and may_end_value(cell[-1]) and is_value_token(cell.replace(" ", ""))

    gaps = blanks = run = 0
    between_values = prev_value = seen = False
    for k in range(lo, hi):
        if not lines[k].strip():
            run += 1
            continue
        value = is_value(k)
        if seen:
            gaps += 1
            if run:
                blanks += 1
                between_values = between_values or (prev_value and value)
        seen, run, prev_value = True, 0, value
    return gaps, blanks, between_values


@settings(max_examples=400, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from([*_LAYOUT_LINES, "0", " 12 ", "| 3 |", "3 件", "", ""]), max_size=16),
    st.integers(min_value=0, max_value=16),
    st.integers(min_value=0, max_value=16),
)
def test_blank_gaps_counted_over_shapes_are_the_line_by_line_gaps(
    lines: list[str], a: int, b: int
) -> None:
    # _blank_gaps finds the runs of blank lines between non-blank lines with a
    # regex over the shapes and reads only the lines around them; it must give
    # the counts of the loop over every line, in any sub-range of the page
    text = "\n".join(lines)
    page = grid_module._Page(text)
    lo, hi = sorted((min(a, len(page)), min(b, len(page))))
    assert grid_module._blank_gaps(page, lo, hi) == _blank_gaps_line_by_line(text, lo, hi)
