"""Tables stage: golden seeds, every layout, values, alignment, checks, provenance."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp import parse
from govinfo_nlp.normalize import normalize
from govinfo_nlp.schema import T3_COLUMNS, table_fields
from govinfo_nlp.tables import Check, TablesResult, TableValue, parse_tables
from govinfo_nlp.tables.align import RowObs, Slot, resolve
from govinfo_nlp.tables.checks import check_defs
from govinfo_nlp.tables.templates import clean_label, match_row
from govinfo_nlp.tables.values import Absent, CellNumber, parse_cell, to_wanyuan
from tests.conftest import seed_path

GOLDEN = Path(__file__).parent / "golden" / "tables"


def codes(result: TablesResult) -> set[str]:
    return {w.split(":", 1)[0] for w in result.warnings}


# --------------------------------------------------------------------------- seeds


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seed_matches_golden(seed: str) -> None:
    text = seed_path(seed).read_text("utf-8")
    golden = json.loads((GOLDEN / f"{seed}.json").read_text("utf-8"))
    result = parse_tables(normalize(text), year=2020)
    assert result.template == golden["template"]
    assert result.to_dict() == golden["values"]
    assert all(c.holds for c in result.checks)


def test_seed_000_money_and_group_label_row() -> None:
    result = parse_tables(normalize(seed_path("000").read_text("utf-8")), year=2020)
    amount = result.values["t2.procurement.amount"]
    assert amount.value == 3798.8854 and amount.unit == "万元"
    assert "unit_assumed" not in " ".join(result.warnings)
    # 三、本年度办理结果 sits in the first cell of the 予以公开 row.
    assert result.values["t3.granted.total"].value == 10
    assert len(result.checks) == 40


def test_seed_002_lost_tables_is_a_warning() -> None:
    result = parse_tables(normalize(seed_path("002").read_text("utf-8")), year=2021)
    assert result.template is None and result.values == {} and result.checks == ()
    assert any(w.startswith("tables.missing: headings 二/三/四") for w in result.warnings)


def test_seed_003_all_zero_t4_missing_a_cell_is_worked_out() -> None:
    result = parse_tables(normalize(seed_path("003").read_text("utf-8")), year=2020)
    # 14 zeros for 15 cells: whichever cell was dropped, the sums make it 0
    # (non-negative cells of a group whose total is 0), yet no zero can be
    # tied to its column: every cell is derived, none unread.
    t4 = {f: v for f, v in result.values.items() if f.startswith("t4.")}
    assert len(t4) == 15 and {v.value for v in t4.values()} == {0}
    assert all(v.method == "derived" and v.raw == "" for v in t4.values())
    assert result.unread == ()
    short = [w for w in result.warnings if w.startswith("tables.short_row: t4 has 14 cells")]
    assert short and "worked out from the sums" in short[0]
    # The bare 3985054 is kept, with the unit assumption and the doubt said.
    assert result.to_dict()["t2.procurement.amount"] == 3985054
    assert {"tables.unit_assumed", "tables.implausible_amount"} <= codes(result)
    # Truncated headers (本年新 twice) still give made/published.
    assert result.to_dict()["t2.normative.published"] == 5


@pytest.mark.parametrize("seed", ["000", "003"])
def test_seed_offsets_point_at_the_cell(seed: str) -> None:
    text = seed_path(seed).read_text("utf-8")
    result = parse_tables(normalize(text), year=2020)
    for value in result.values.values():
        cell = text[value.start : value.end]
        assert value.raw.replace(" ", "") in normalize(cell).text.replace(" ", ""), value


# --------------------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("cell", "value", "unit"),
    [
        ("61", 61, None),
        ("+1", 1, None),
        ("-3", -3, None),
        ("减4", -4, None),
        ("增加2", 2, None),
        ("1,234", 1234, None),
        ("976.81万元", 976.81, "万元"),
        ("3798.8854萬元", 3798.8854, "万元"),
        ("251000元", 251000, "元"),
        ("1.5亿元", 1.5, "亿元"),
        ("5件", 5, "件"),
    ],
    ids=lambda x: str(x),
)
def test_parse_cell_numbers(cell: str, value: float, unit: str | None) -> None:
    parsed = parse_cell(cell)
    assert isinstance(parsed, CellNumber)
    assert parsed.value == value and type(parsed.value) is type(value) and parsed.unit == unit


@pytest.mark.parametrize("cell", ["", " ", "/", "-", "—", "——", "无", "不适用", "\xa0"])
def test_parse_cell_absent_is_never_zero(cell: str) -> None:
    assert isinstance(parse_cell(cell), Absent)


@pytest.mark.parametrize("cell", ["规章", "本年新", "1.属于国家秘密", "第二十条第(一)项", "12.5.3"])
def test_parse_cell_not_a_value(cell: str) -> None:
    assert parse_cell(cell) is None


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [(251000, "元", 25.1), (3798.8854, "万元", 3798.8854), (2, "亿元", 20000), (0, None, 0)],
)
def test_money_in_wanyuan(value: float, unit: str | None, expected: float) -> None:
    assert to_wanyuan(value, unit)[0] == expected


# --------------------------------------------------------------------------- labels


@pytest.mark.parametrize(
    ("cell", "row"),
    [
        ("規章", "t2.rules"),
        ("行政规范性文件", "t2.normative"),
        ("其他對外管理服務事項", "t2.other_services"),
        ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "t3.partial"),
        ("（二）部分公开（区分处理的，只计这一情形，", "t3.partial"),
        ("三、本年度办理结果 （一）予以公开", "t3.granted"),
        ("(三)不予公开 1.属于国家秘密", "t3.denied.state_secret"),
        ("3.危及“三安全一穩定”", "t3.denied.security"),
        ("2.其他法律行政法规禁止公开", "t3.denied.prohibited"),
        (
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "t3.other_handling.no_fee",
        ),
        ("四、結轉下年度繼續辦理", "t3.carried_out"),
        ("全年新收政府信息公开申请数量0件，上年结转政府信息公开申请数量0件。", None),
        ("行政许可事项办理情况良好，共办理许可123件", None),
    ],
)
def test_row_labels(cell: str, row: str | None) -> None:
    assert match_row(cell, context=frozenset()) == row


@pytest.mark.parametrize(
    ("cell", "context", "row"),
    [
        ("总计", frozenset(), None),
        ("（七）总计", frozenset({"t3.body"}), "t3.results_total"),
        ("3.其他", frozenset({"t3.body"}), None),
        ("3.其他", frozenset({"t3.body", "t3.after_other_handling"}), "t3.other_handling.other"),
    ],
)
def test_ambiguous_labels_need_context(cell: str, context: frozenset[str], row: str | None) -> None:
    assert match_row(cell, context=context) == row


def test_each_context_keeps_its_own_answers() -> None:
    """match_row keeps one cache a context (keyed by the text alone): the same
    text asked in one context, then in others, gets each context's row, never
    the answer another context cached."""
    from govinfo_nlp.tables.templates import _match_label, row_matcher

    contexts = [
        frozenset(),
        frozenset({"t3.body"}),
        frozenset({"t3.body", "t3.after_other_handling"}),
        frozenset({"t3.after_other_handling"}),
        frozenset({"t3.body", "t3.after_other_handling", "unknown"}),
    ]
    cells = [
        "3.其他",
        "（七）总计",
        "合计",
        "其他情形",
        "（二）部分公开",
        "规章",
        "本年度主动公开政府信息12条。",
    ]
    for order in (contexts, contexts[::-1]):
        for context in order:
            for cell in cells:
                expected = _match_label(clean_label.__wrapped__(cell), context)
                assert match_row(cell, context=context) == expected, (cell, context)
                assert row_matcher(context)(cell) == expected, (cell, context)
    assert match_row("3.其他", context=contexts[0]) is None
    assert match_row("3.其他", context=contexts[2]) == "t3.other_handling.other"
    assert match_row("3.其他", context=contexts[0]) is None


def test_clean_label_drops_numbering_and_remarks() -> None:
    assert clean_label("（二）部分公開（区分处理的，只计这一情形，不计其他情形）") == "部分公开"


# --------------------------------------------------------------------------- layouts

T2_2019 = {"rules": [6, 6, 14], "normative": [52, 52, 1159]}
T3_NEW = [61, 2, 0, 1, 0, 0, 64]


def _t3_rows() -> list[tuple[str, list[int]]]:
    return [
        ("一、本年新收政府信息公开申请数量", [61, 2, 0, 1, 0, 0, 64]),
        ("二、上年结转政府信息公开申请数量", [4, 0, 0, 0, 0, 0, 4]),
        ("（一）予以公开", [10, 0, 0, 0, 0, 0, 10]),
        ("（七）总计", [62, 2, 0, 1, 0, 0, 65]),
        ("四、结转下年度继续办理", [3, 0, 0, 0, 0, 0, 3]),
    ]


T3_FIELDS = {
    "一、本年新收政府信息公开申请数量": "new",
    "二、上年结转政府信息公开申请数量": "carried_in",
    "（一）予以公开": "granted",
    "（七）总计": "results_total",
    "四、结转下年度继续办理": "carried_out",
}
T3_HEADER = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
T2_HEADER = ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]


def _expected() -> dict[str, int]:
    out = {
        f"t2.{r}.{c}": v
        for r, vals in T2_2019.items()
        for c, v in zip(("made", "published", "total"), vals, strict=True)
    }
    for label, vals in _t3_rows():
        out.update({f"t3.{T3_FIELDS[label]}.{c}": v for c, v in zip(T3_COLUMNS, vals, strict=True)})
    return out


def _table_rows() -> list[list[str]]:
    rows = [["第二十条第(一)项"], T2_HEADER]
    rows += [
        [{"rules": "规章", "normative": "规范性文件"}[r], *map(str, v)] for r, v in T2_2019.items()
    ]
    rows += [["三、收到和处理政府信息公开申请情况"], ["申请人情况"], T3_HEADER]
    rows += [[label, *map(str, vals)] for label, vals in _t3_rows()]
    return rows


def _render(layout: str) -> str:
    rows = _table_rows()
    if layout == "pipe":
        return "\n".join(" | ".join(r) + " |" for r in rows)
    if layout == "markdown":
        out = []
        for k, r in enumerate(rows):
            out.append("| " + " | ".join(r) + " |")
            if k == 0:
                out.append("|---|---|")
        return "\n".join(out)
    if layout == "tsv":
        return "\n".join("\t".join(r) for r in rows)
    if layout == "suffix":  # seed 003: one cell per line ending in "|", stray "|||"
        return "\n".join("\n".join(c + " |" for c in r) + "\n|||" for r in rows)
    if layout == "double":  # r017/r039: one cell per line, blank line between cells
        return "\n\n".join(c for r in rows for c in r)
    if layout == "separator":  # r050: "|" on lines of its own
        return "\n|\n".join(c for r in rows for c in r)
    if layout == "pdf":  # label then space-separated numbers, one row wrapped
        lines = [" ".join(r) for r in rows]
        lines = [ln.replace("61 2 0 1", "61 2 0 1\n", 1) for ln in lines]
        return "\n".join(lines)
    raise AssertionError(layout)


@pytest.mark.parametrize(
    "layout", ["pipe", "markdown", "tsv", "suffix", "double", "separator", "pdf"]
)
def test_every_text_layout_reads_the_same_values(layout: str) -> None:
    text = "一、总体情况\n本机关认真贯彻条例。\n二、主动公开政府信息情况\n" + _render(layout)
    result = parse_tables(text, year=2020)
    assert result.to_dict() == _expected()
    assert result.template == "2019"


def test_traditional_script_labels() -> None:
    text = "規章 | 6 | 6 | 14 |\n規范性文件 | 52 | 52 | 1159 |\n信息內容 | 本年新 制作數量 | 本年新 公開數量 | 對外公開總數量 |"
    result = parse_tables(normalize(text))
    assert result.to_dict()["t2.normative.total"] == 1159


def test_cell_per_line_blank_lines_are_empty_cells() -> None:
    text = "\n".join(
        [
            "信息内容 |",
            "本年新制作数量 |",
            "本年新公开数量 |",
            "对外公开总数量 |",
            "规章 |",
            "6 |",
            "",
            "14 |",
        ]
    )
    result = parse_tables(text)
    assert result.to_dict() == {"t2.rules.made": 6, "t2.rules.total": 14}


def test_2021_template_and_mixed_headers() -> None:
    text = "\n".join(
        [
            "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
            "规章 | 1 | 0 | 3 |",
            "行政规范性文件 | 2 | 1 | 8 |",
            "信息内容 | 本年处理决定数量 | |",
            "行政许可 | 12 | |",
            "信息内容 | 本年收费金额(单位:万元) | |",
            "行政事业性收费 | 17.5 | |",
        ]
    )
    result = parse_tables(text, year=2022)
    assert result.template == "2021"
    assert result.to_dict() == {
        "t2.rules.issued": 1,
        "t2.rules.repealed": 0,
        "t2.rules.in_force": 3,
        "t2.normative.issued": 2,
        "t2.normative.repealed": 1,
        "t2.normative.in_force": 8,
        "t2.license.decisions": 12,
        "t2.fees.amount": 17.5,
    }
    assert "tables.unit_assumed" not in codes(result)


def test_2019_template_in_2022_report_is_a_warning() -> None:
    text = "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n规章 | 1 | 1 | 3 |"
    result = parse_tables(text, year=2022)
    assert result.template == "2019" and "tables.template_year" in codes(result)


def test_in_force_smaller_than_issued_is_flagged() -> None:
    text = "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 5 | 0 | 3 |"
    assert "tables.in_force_lt_issued" in codes(parse_tables(text, year=2021))


# --------------------------------------------------------------------------- HTML


@dataclass(frozen=True)
class Cell:
    text: str
    rowspan: int = 1
    colspan: int = 1
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[Cell, ...], ...]


def _html_t3(blank_total: bool) -> Table:
    pos = iter(range(0, 100000, 10))

    def c(text: str, rowspan: int = 1, colspan: int = 1) -> Cell:
        start = next(pos)
        return Cell(text, rowspan, colspan, start, start + 5)

    header = (
        (c("（本列数据的勾稽关系为：…）", 3, 3), c("申请人情况", 1, 7)),
        (c("自然人", 2), c("法人或其他组织", 1, 5), c("总计", 2)),
        (
            c("商业<br>企业".replace("<br>", "\n")),
            c("科研\n机构"),
            c("社会公益\n组织"),
            c("法律服务\n机构"),
            c("其他"),
        ),
    )
    rows = []
    for label, vals in _t3_rows():
        cells = [c(str(v)) for v in vals]
        if blank_total:
            cells[-1] = c("\xa0")
        rows.append((c(label, 1, 3), *cells))
    return Table((*header, *rows))


@pytest.mark.parametrize("blank_total", [False, True])
def test_html_grid_with_spans(blank_total: bool) -> None:
    table = _html_t3(blank_total)
    result = parse_tables("三、收到和处理政府信息公开申请情况\n", html_tables=[table], year=2020)
    expected = {k: v for k, v in _expected().items() if k.startswith("t3.")}
    if blank_total:
        expected = {k: v for k, v in expected.items() if not k.endswith(".total")}
    assert result.to_dict() == expected
    # Offsets are the HtmlCell offsets.
    first = table.rows[3][1]
    assert (result.values["t3.new.natural"].start, result.values["t3.new.natural"].end) == (
        first.start,
        first.end,
    )


def _year_comparison(years: tuple[str, str]) -> Table:
    """A table of this year's figures against last year's (verdicts20's v20_15), not a template's."""
    rows = (
        ("新收申请（件）", "18", "13", "+5"),
        ("办结（件）", "18", "14", "+4"),
        ("行政复议（件）", "1", "2", "-1"),
        ("行政诉讼（件）", "1", "0", "+1"),
    )
    return Table(
        (
            (Cell("指标"), Cell(years[0]), Cell(years[1]), Cell("增减")),
            *(tuple(Cell(t) for t in row) for row in rows),
        )
    )


def test_html_table_comparing_years_before_table_three_leaves_it_read() -> None:
    # v20_15: read with table 三, its 办结 row was found twice (t3.results_total unread)
    expected = {k: v for k, v in _expected().items() if k.startswith("t3.")}
    text = "三、收到和处理政府信息公开申请情况\n"
    tables = [_year_comparison(("2025年", "2024 年度")), _html_t3(False)]
    result = parse_tables(text, html_tables=tables, year=2025)
    assert result.to_dict() == expected
    # ... and its 行政复议 row was taken for table 四 (a short row: the real one never read)
    assert not [w for w in result.warnings if "short_row" in w or "table 四's header" in w]
    # one year named is no comparison of years: the table is read as before
    same_year = [_year_comparison(("2025年", "上年")), _html_t3(False)]
    assert parse_tables(text, html_tables=same_year, year=2025).to_dict() != expected


def test_html_cells_spanning_down_are_stepped_over_before_and_after_a_rows_cells() -> None:
    from govinfo_nlp.read import HtmlCell, HtmlTable
    from govinfo_nlp.tables.grid import items_from_html

    def cell(text: str, rs: int = 1, cs: int = 1) -> HtmlCell:
        return HtmlCell(text, rs, cs, 0, 0)

    # a '/' over the last two columns, merged down three rows (after each row's last
    # cell: a blank in each slot), and a label merged down two rows (before the next
    # row's first cell: stepped over, no item)
    rows = (
        (cell("1.甲"), cell("1"), cell("/", rs=3, cs=2)),
        (cell("2.乙"), cell("3")),
        (cell("3.丙", rs=2), cell("5")),
        (cell("4"),),
    )
    items = [(i.line, i.text, i.col) for i in items_from_html([HtmlTable(rows, 0, 0)])]
    assert items == [
        (0, "1.甲", 0), (0, "1", 1), (0, "/", 2), (0, "/", 3),
        (1, "2.乙", 0), (1, "3", 1), (1, "/", 2), (1, "/", 3),
        (2, "3.丙", 0), (2, "5", 1), (2, "/", 2), (2, "/", 3),
        (3, "4", 1),
    ]  # fmt: skip


def test_html_value_spanning_two_columns() -> None:
    rows = (
        (Cell("信息内容"), Cell("采购项目数量"), Cell("采购总金额"), Cell("")),
        (Cell("政府集中采购"), Cell("6"), Cell("251000元", colspan=2)),
    )
    result = parse_tables("", html_tables=[Table(rows)], year=2020)
    assert result.to_dict() == {"t2.procurement.count": 6, "t2.procurement.amount": 25.1}


# --------------------------------------------------------------------------- alignment


def _row(key: str, fields: tuple[str, ...], values: list[int | None]) -> RowObs:
    return RowObs(key, fields, tuple(Slot(v, str(v), 0, 0) for v in values))


T4_REVIEW = tuple(f"t4.review.{c}" for c in ("upheld", "corrected", "other", "pending", "total"))
T4_DIRECT = tuple(
    f"t4.suit_direct.{c}" for c in ("upheld", "corrected", "other", "pending", "total")
)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        # complete row: read as it stands even where its sum is wrong
        (
            [3, 0, 0, 0, 4, 0, 0, 2, 0, 2],
            {
                **dict(zip(T4_REVIEW, [3, 0, 0, 0, 4], strict=True)),
                **dict(zip(T4_DIRECT, [0, 0, 2, 0, 2], strict=True)),
            },
        ),
        # one cell dropped from the first group: the second group is certain
        ([3, 0, 0, 3, 0, 0, 2, 0, 2], dict(zip(T4_DIRECT, [0, 0, 2, 0, 2], strict=True))),
        # all zeros, one dropped: no cell is placed (each is worked out below)
        ([0] * 9, {}),
    ],
    ids=["complete", "short-first-group", "short-all-zero"],
)
def test_alignment_emits_only_certain_cells(values: list[int], expected: dict[str, int]) -> None:
    defs = tuple(d for d in check_defs("2019") if d.id.startswith("t4.") and "after" not in d.id)
    res = resolve([_row("t4", T4_REVIEW + T4_DIRECT, values)], defs)
    assert {f: s.value for f, s in res.cells.items()} == expected
    assert res.unread | res.cells.keys() | res.derived.keys() == set(T4_REVIEW + T4_DIRECT)
    if len(values) != 10:
        assert res.warnings and res.warnings[0].startswith("tables.short_row")


def test_dropped_cell_of_a_group_is_derived_or_unread() -> None:
    # short-first-group: the review group (3 0 0 3) lost one cell; where it
    # was is unknown, but every placement puts 0 under 其他结果 (as a cell
    # seen, or worked out); the rest stays unread.
    defs = tuple(d for d in check_defs("2019") if d.id.startswith("t4.") and "after" not in d.id)
    res = resolve([_row("t4", T4_REVIEW + T4_DIRECT, [3, 0, 0, 3, 0, 0, 2, 0, 2])], defs)
    assert res.derived == {"t4.review.other": 0}
    assert res.unread == set(T4_REVIEW) - {"t4.review.other"}
    # all zero: every placement makes every cell 0.
    res = resolve([_row("t4", T4_REVIEW + T4_DIRECT, [0] * 9)], defs)
    assert res.derived == dict.fromkeys(T4_REVIEW + T4_DIRECT, 0) and res.unread == set()
    # A blank cell stays blank, even in a group whose total is 0.
    blank = Slot(None, "/", 0, 1)
    row = RowObs(
        "t4", T4_REVIEW, (*(Slot(0, "0", 0, 1) for _ in range(3)), blank, Slot(0, "0", 0, 1))
    )
    res = resolve([row], defs)
    assert res.blank == {"t4.review.pending"} and "t4.review.pending" not in res.derived


def test_one_missing_cell_with_its_total_known_is_derived() -> None:
    cols = tuple(f"t3.new.{c}" for c in T3_COLUMNS)
    row = _row("t3.new", cols, [5, 1, 0, 0, 0, 0, 6])
    # 自然人 and 总计 read; the other parts dropped to one: the sum leaves 1.
    gap = RowObs("t3.carried_in", tuple(f"t3.carried_in.{c}" for c in T3_COLUMNS), ())
    res = resolve([row, gap], check_defs("2019"))
    assert res.unread == set(gap.fields) and not res.derived
    from govinfo_nlp.tables.derive import derive

    known = {
        "t4.review.upheld": 1,
        "t4.review.corrected": 0,
        "t4.review.other": 2,
        "t4.review.total": 4,
    }
    t4 = tuple(d for d in check_defs("2019") if d.id == "t4.total.review")
    assert derive(known, set(), t4, {"t4.review.pending"}) == {"t4.review.pending": 1}
    # a difference below 0 is a contradiction, not a cell
    assert derive({**known, "t4.review.total": 2}, set(), t4, {"t4.review.pending"}) is None
    # a blank part: the sum cannot say how much the other missing part holds
    assert derive(known, {"t4.review.pending"}, t4, {"t4.review.pending"}) == {}


def test_short_row_without_checks_is_left_out() -> None:
    fields = tuple(f"t3.new.{c}" for c in T3_COLUMNS)
    # Six cells for seven columns and no other row to check against: any of
    # the seven columns may be the blank one, so no cell is certain.
    res = resolve([_row("t3.new", fields, [2, 0, 1, 0, 0, 3])], check_defs("2019"))
    assert res.cells == {}
    # ...but every placement puts a 0 under 法律服务机构 (seen, or worked out).
    assert res.derived == {"t3.new.legal": 0} and res.unread == set(fields) - {"t3.new.legal"}
    assert "7 placements" in res.warnings[0]


def test_short_row_resolved_by_column_sums() -> None:
    cols = T3_COLUMNS
    rows = [
        _row("t3.new", tuple(f"t3.new.{c}" for c in cols), [5, 1, 0, 0, 0, 0, 6]),
        _row("t3.carried_in", tuple(f"t3.carried_in.{c}" for c in cols), [0] * 7),
        _row("t3.carried_out", tuple(f"t3.carried_out.{c}" for c in cols), [0] * 7),
        # 商业企业 dropped from the results total (its true value is 1):
        _row("t3.results_total", tuple(f"t3.results_total.{c}" for c in cols), [5, 0, 0, 0, 0, 6]),
    ]
    res = resolve(rows, [d for d in check_defs("2019") if d.id.startswith("t3.balance")])
    got = {f: s.value for f, s in res.cells.items() if f.startswith("t3.results_total")}
    # Only "commercial dropped" keeps every evaluable balance (any other gap
    # puts 0 or 5 under 商业企业, where new + carried_in is 1).
    assert got == {
        "t3.results_total.natural": 5,
        "t3.results_total.research": 0,
        "t3.results_total.social": 0,
        "t3.results_total.legal": 0,
        "t3.results_total.other": 0,
        "t3.results_total.total": 6,
    }
    assert "alignment inferred" in res.warnings[0]


def test_long_row_emits_nothing() -> None:
    fields = ("t2.rules.made", "t2.rules.published", "t2.rules.total")
    res = resolve([_row("t2.rules", fields, [1, 2, 3, 4])], [])
    assert res.cells == {} and res.warnings[0].startswith("tables.long_row")


# --------------------------------------------------------------------------- checks


def test_checks_report_both_sides() -> None:
    result = parse_tables(_render("pipe"), year=2020)
    balance = {c.id: c for c in result.checks}["t3.balance.total"]
    assert isinstance(balance, Check)
    assert (balance.left, balance.right, balance.holds) == (68, 68, True)
    assert balance.to_dict()["fields"] == [
        "t3.new.total",
        "t3.carried_in.total",
        "t3.results_total.total",
        "t3.carried_out.total",
    ]


def test_wrong_total_is_reported_not_repaired() -> None:
    text = _render("pipe").replace("| 64 |", "| 65 |")
    result = parse_tables(text, year=2020)
    assert result.to_dict()["t3.new.total"] == 65
    checks = {c.id: c for c in result.checks}
    assert not checks["t3.row_total.new"].holds and not checks["t3.balance.total"].holds


def test_table_value_to_dict() -> None:
    value = TableValue("t2.fees.amount", 25.1, "251000元", 3, 11, "万元")
    assert value.to_dict() == {
        "field": "t2.fees.amount",
        "value": 25.1,
        "raw": "251000元",
        "span": [3, 11],
        "unit": "万元",
    }


def test_fields_are_schema_fields() -> None:
    result = parse_tables(normalize(seed_path("000").read_text("utf-8")), year=2020)
    assert set(result.values) <= set(table_fields("2019"))


# --------------------------------------------------------------------------- robustness


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("规章行政许可总计其他0123456789|\t\n -/无自然人（一）予以公开")
        ),
        max_size=300,
    )
)
def test_never_raises_on_arbitrary_text(text: str) -> None:
    result = parse_tables(text)
    assert all(w.split(":", 1)[0].startswith("tables.") for w in result.warnings)
    assert all(v.value == v.value for v in result.values.values())


@pytest.mark.parametrize(
    ("header", "value", "assumed"),
    [
        ("本年收费金额(单位:万元)", 35, False),
        ("本年收费金额(万元)", 35, False),
        ("本年收费金额(单位:千元)", 3.5, False),
        ("本年收费金额(单位:元)", 0.0035, False),
        ("本年收费金额", 35, True),
    ],
    ids=["wanyuan", "wanyuan-bracket", "qianyuan", "yuan", "no-unit"],
)
def test_money_unit_in_the_column_header(header: str, value: float, assumed: bool) -> None:
    import govinfo_nlp

    text = (
        "某局2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
        "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
        "规章 | 0 | 0 | 0 |\n行政规范性文件 | 1 | 0 | 3 |\n"
        f"信息内容 | {header} |\n行政事业性收费 | 35 |\n"
    )
    report = govinfo_nlp.parse(text)
    assert report.tables is not None
    assert report.tables.to_dict()["t2.fees.amount"] == pytest.approx(value)
    assert any(w.startswith("tables.unit_assumed") for w in report.warnings) is assumed


def test_a_later_tables_total_header_is_not_read_as_table_three_s_total_row() -> None:
    """Table 三's body lost (a reader dropped it), table 四 intact: 四's header names 总计
    over its numbers, which must not be read as 三's 总计 row (cells in the wrong table)."""
    text = (
        "某市财政局2021年政府信息公开工作年度报告\n"
        "三、收到和处理政府信息公开申请情况\n"
        "一、本年新收政府信息公开申请数量 | 2 | 1 | 0\n"
        "四、政府信息公开行政复议、行政诉讼情况\n"
        "行政复议 | 行政诉讼\n"
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉\n"
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n"
        "3 | 0 | 0 | 0 | 3 | 0 | 0 | 2 | 0 | 2 | 0 | 0 | 1 | 0 | 1\n"
        "五、存在的主要问题及改进情况\n无。\n"
    )
    row = parse(text).to_dict()
    assert not [
        k for k, v in row["tables"].items() if k.startswith("t3.results_total") and v is not None
    ]
    assert any("t3.results_total" in w and "appeals" in w for w in row["warnings"])


# A report of 2012 with the 2008 statistics table: its rows are neither
# template's fields. Before, the template was assumed 2019 by the year and table
# 四's 15 cells were listed unread as if the report had them.
_TABLE_2008 = """二、依申请公开情况
（一）收到申请数 | 件 | 37
三、行政复议数量 | 件 | 1
维持具体行政行为数 | 件 | 1
被依法纠错数 | 件 | 0
四、行政诉讼数量 | 件 | 0
"""


def test_a_table_before_the_first_template_is_not_read_as_one() -> None:
    result = parse_tables(_TABLE_2008, year=2012)
    assert result.template is None
    assert result.to_dict() == {}
    assert result.unread == ()
    assert any("before the 2019 template" in w for w in result.warnings)


def test_the_same_table_in_a_template_year_is_still_assumed_by_the_year() -> None:
    # (the guard: only years before any template lose the guess)
    result = parse_tables(_TABLE_2008, year=2020)
    assert result.template == "2019"
