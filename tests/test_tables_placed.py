"""Rows whose numbers were given their label by position (``tables_placed``).

Where a table's rows come from lines (a PDF text layer without rules, pdftotext -layout,
OCR, text), a label wrapped over lines with its numbers on a line in the middle is joined
to those numbers by where they stand: the lines above could end the row before, those below
begin the next. Such a row's fields are listed in ``TablesResult.placed`` (the row's
``tables_placed``) and reconciliation may confirm a claim with them, never accuse
(:func:`govinfo_nlp.tables.reading.placed_by_position`). A grid row (HTML, DOCX, a ruled
PDF) and a label whose numbers are on its first line are never placed.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govinfo_nlp import parse
from govinfo_nlp.readers import pdf  # (its layout rules need no pdfplumber)
from govinfo_nlp.reconcile import reconcile
from govinfo_nlp.tables import TablesResult, TableValue, parse_tables

ROOT = Path(__file__).resolve().parents[1]
VARIANTS = ROOT / "datasets" / "redteam" / "vfiles19" / "variants"
COLS = ("natural", "commercial", "research", "social", "legal", "other", "total")
HEAD = "三、收到和处理政府信息公开申请情况\n"
SETTINGS = settings(
    max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


def rows_placed(result: TablesResult) -> set[str]:
    return {f.rpartition(".")[0] for f in result.placed}


def fields(row: str, numbers: list[int]) -> dict[str, int]:
    return {f"{row}.{c}": n for c, n in zip(COLS, numbers, strict=True)}


# --- the rule on text lines --------------------------------------------------------


def test_numbers_in_the_middle_of_a_wrapped_label_are_placed() -> None:
    text = (
        HEAD
        + "2.其他法律行政法规禁止公开 3 1 0 0 0 1 5\n3.危\n及\n“三\n1 0 0 0 0 1 2\n安全\n一稳\n定”\n"
    )
    result = parse_tables(text)
    assert result.to_dict()["t3.denied.security.total"] == 2
    assert rows_placed(result) == {"t3.denied.security"}
    assert set(result.placed) == set(fields("t3.denied.security", [0] * 7))


def test_numbers_on_a_line_of_their_own_between_label_lines_are_placed() -> None:
    text = HEAD + "一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5\n（七）总\n4 0 0 0 0 0 4\n计\n"
    assert rows_placed(parse_tables(text)) == {"t3.results_total"}


def test_numbers_on_the_labels_first_line_are_not_placed() -> None:
    # Writer's top-aligned cells: the tail below the numbers, the next label numbered
    text = (
        HEAD
        + "1.本机关不掌握相关 5 1 2 0 2 1 11\n政府信息\n2.没有现成信息需要另 2 0 0 0 0 0 2\n行制作\n"
    )
    result = parse_tables(text)
    assert result.to_dict()["t3.unavailable.not_held.total"] == 11
    assert result.placed == ()


def test_a_whole_label_above_its_numbers_is_not_placed() -> None:
    # a long label pushing its numbers down a line, the next row's label after them (s09)
    text = (
        HEAD + "（六）其他处理\n"
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\n"
        "0 0 0 0 0 0 0\n3.其他 1 0 0 0 0 0 1\n"
    )
    result = parse_tables(text)
    assert result.to_dict()["t3.other_handling.no_fee.total"] == 0
    assert result.placed == ()


def test_a_cell_per_line_label_wrapped_over_two_lines_is_read_in_order() -> None:
    numbers = "\n".join(f"{n} |" for n in (5, 0, 0, 0, 0, 2, 7))
    text = (
        HEAD
        + "自然人 |\n商业企业 |\n总计 |\n一、本年新收政府信息公\n开申请数量 |\n"
        + numbers
        + "\n"
    )
    result = parse_tables(text)
    assert result.to_dict().get("t3.new.total") == 7
    assert result.placed == ()


def test_a_grid_row_is_never_placed_however_its_label_wraps() -> None:
    html = (
        "<h3>三、收到和处理政府信息公开申请情况</h3><table>"
        "<tr><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td>"
        "<td>法律服务机构</td><td>其他</td><td>总计</td></tr>"
        "<tr><td>3.危<br>及<br>“三<br>安全<br>一稳<br>定”</td><td>1</td><td>0</td><td>0</td>"
        "<td>0</td><td>0</td><td>1</td><td>2</td></tr></table>"
    )
    report = parse(html, format="html")
    assert report.tables is not None
    assert report.tables.to_dict()["t3.denied.security.total"] == 2
    assert report.to_dict()["tables_placed"] == []


def test_a_lone_item_number_ends_the_row_before_it() -> None:
    # "2." alone on a line (its words wrapped below it in a narrow column) starts a row:
    # the fragment before it ("国家" / "秘密") never takes row 2's numbers
    text = (
        HEAD + "1. 0 0 1 0 0 0 1\n属于\n国家\n秘密\n2. 3 1 0 0 0 1 5\n其他\n法律\n"
        "3.危及“三安全一稳定” 1 0 0 0 0 1 2\n"
    )
    cells = parse_tables(text).to_dict()
    assert cells.get("t3.denied.state_secret.total") in (None, 1)
    assert cells["t3.denied.security.total"] == 2


# --- PDF text layers: labels wrapped in narrow columns, numbers at any of their lines ----

ROWS = (
    ("一、本年新收政府信息公开申请数量", "new"),
    ("二、上年结转政府信息公开申请数量", "carried_in"),
    ("（一）予以公开", "granted"),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partial"),
    ("1.属于国家秘密", "denied.state_secret"),
    ("2.其他法律行政法规禁止公开", "denied.prohibited"),
    ("3.危及“三安全一稳定”", "denied.security"),
    ("4.保护第三方合法权益", "denied.third_party"),
    ("1.本机关不掌握相关政府信息", "unavailable.not_held"),
    ("2.没有现成信息需要另行制作", "unavailable.needs_creation"),
    ("1.信访举报投诉类申请", "not_processed.complaint"),
    ("2.重复申请", "not_processed.duplicate"),
    (
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "other_handling.no_supplement",
    ),
    ("3.其他", "other_handling.other"),
    ("（七）总计", "results_total"),
    ("四、结转下年度继续办理", "carried_out"),
)
SIZE, PITCH, LABEL_X, NUMBERS_X = 11.0, 13.7, 60.0, 200.0


def _chars(text: str, x: float, top: float, size: float = SIZE) -> list:
    out = []
    for ch in text:
        width = 0.6 * size if ch.isascii() else size
        out.append(pdf._Char(ch, x, top, x + width, top + size, size))
        x += width
    return out


def _wrap(label: str, em: float) -> list[str]:
    """``label`` as a cell ``em`` font sizes wide wraps it (a digit 0.6 of one)."""
    lines, line, used = [], "", 0.0
    for ch in label:
        width = 0.6 if ch.isascii() else 1.0
        if line and used + width > em:
            lines.append(line)
            line, used = "", 0.0
        line += ch
        used += width
    return [*lines, line]


def _page(em: float, where: str, seed: int) -> tuple[str, dict[str, int]]:
    """Table 三 without rules as its text layer gives it: each label wrapped in a column
    ``em`` wide, its numbers on its first, middle, last or any line; the text the PDF
    reader writes, and the cells' true values."""
    rng = random.Random(seed)
    page = _chars(HEAD.strip(), 56.0, 60.0, 14.0)
    truth: dict[str, int] = {}
    top = 100.0
    for label, row in ROWS:
        lines = _wrap(label, em)
        at = {"top": 0, "middle": (len(lines) - 1) // 2, "bottom": len(lines) - 1}.get(
            where, rng.randrange(len(lines))
        )
        numbers = [rng.randrange(20) for _ in range(6)]
        numbers.append(sum(numbers))
        truth |= fields(f"t3.{row}", numbers)
        for k, line in enumerate(lines):
            page += _chars(line, LABEL_X, top)
            if k == at:
                for j, n in enumerate(numbers):
                    page += _chars(str(n), NUMBERS_X + 37.0 * j, top)
            top += PITCH
        top += 6.0
    blocks = pdf._layout(page, [])
    text = "\n".join("".join(p for p, _ in b) for _, b in blocks if isinstance(b, list))
    return text, truth


@SETTINGS
@given(
    st.sampled_from([1.0, 1.6, 2.0, 2.4, 3.0, 4.0, 6.0]),
    st.sampled_from(["top", "middle", "bottom", "any"]),
    st.integers(0, 1000),
)
def test_a_cell_not_placed_is_never_another_rows(em: float, where: str, seed: int) -> None:
    text, truth = _page(em, where, seed)
    result = parse_tables(text)
    wrong = {f: v for f, v in result.to_dict().items() if truth.get(f) != v}
    assert not set(wrong) - set(result.placed), wrong
    if where == "top":
        # the numbers on each label's first line: nothing is placed
        assert result.placed == ()


def test_numbers_set_below_their_labels_first_line_are_placed() -> None:
    text, truth = _page(2.4, "middle", 0)
    result = parse_tables(text)
    # 一、本 / 年新 / 收政 + numbers / 府信 / …: the label's first lines above its numbers
    assert {"t3.new", "t3.carried_in", "t3.carried_out"} <= rows_placed(result)
    assert result.to_dict()["t3.new.total"] == truth["t3.new.total"]


def test_a_label_join_stops_at_the_next_labels_cut_number() -> None:
    # （一 / ）予以 + numbers / 公开 / （二 / ）部分: the lines below join as far as the
    # next label's number, cut by the wrap (it was joined: 予以公开（二）部分公开 read as 部分公开)
    text, truth = _page(2.0, "middle", 1)
    cells = parse_tables(text).to_dict()
    assert cells.get("t3.partial.total") in (None, truth["t3.partial.total"])
    assert cells.get("t3.carried_in.total") in (None, truth["t3.carried_in.total"])


# --- reconciliation ------------------------------------------------------------------


def test_the_borderless_f02_accusation_is_withheld_and_its_true_claims_stand() -> None:
    for name in ("f02_borderless.txt", "f02_layout.txt"):
        report = parse((VARIANTS / name).read_text(encoding="utf-8"))
        placed = set(report.to_dict()["tables_placed"])
        assert "t3.denied.security.total" in placed
        by_field = {r.fields: r for r in report.reconciliation}
        security = by_field[("t3.denied.security.total",)]
        assert security.verdict == "unverifiable"
        assert "t3.denied.security" in security.reason and "position" in security.reason
        assert by_field[("t3.new.total",)].verdict == "consistent"
        assert not [r for r in report.reconciliation if r.verdict == "inconsistent"]


class _Fact:
    type, unit, approx, scope, year, subject = "requests.closed", "件", None, "self", 2022, None
    start, end, text, delta, cumulative = 0, 12, "因危及“三安全一稳定”不予公开4件", False, False
    breakdown = "t3.denied.security.total"

    def __init__(self, value: int) -> None:
        self.value = value


def _tables(placed: tuple[str, ...]) -> TablesResult:
    values = {
        f: TableValue(f, v, str(v), 100 + k, 101 + k)
        for k, (f, v) in enumerate(fields("t3.denied.security", [1, 0, 0, 0, 0, 1, 2]).items())
    }
    return TablesResult("2021", values, placed=placed)


@pytest.mark.parametrize("placed", [(), ("t3.denied.security.total",)])
def test_a_placed_cell_confirms_and_never_accuses(placed: tuple[str, ...]) -> None:
    tables = _tables(placed)
    (agree,) = reconcile([_Fact(2)], tables, report_year=2022)
    (disagree,) = reconcile([_Fact(4)], tables, report_year=2022)
    assert agree.verdict == "consistent"
    if placed:
        assert disagree.verdict == "unverifiable"
        assert "(t3.denied.security)" in disagree.reason and "tables_placed" in disagree.reason
    else:
        assert disagree.verdict == "inconsistent"


def test_the_borderless_f02_header_is_not_read_in_its_lines_order() -> None:
    # 自然人's cell, two header rows tall and centred, prints a line below 法人或其他组织:
    # read in the text's order, every row's 自然人 cell went to 总计's place (36 cells wrong)
    result = parse_tables((VARIANTS / "f02_borderless.txt").read_text(encoding="utf-8"))
    cells = result.to_dict()
    for row, numbers in (
        ("t3.new", [43, 8, 4, 8, 10, 14, 87]),
        ("t3.denied.prohibited", [3, 1, 0, 0, 0, 1, 5]),
        ("t3.results_total", [40, 11, 2, 7, 5, 10, 75]),
    ):
        assert {f: cells.get(f) for f in fields(row, numbers)} == fields(row, numbers)
    assert not any(w.startswith("tables.column_order") for w in result.warnings)


def test_natural_after_the_legal_entities_group_is_no_column_order() -> None:
    from govinfo_nlp.tables.headers import t3_order

    subs = "商业企业|科研机构|社会公益组织|法律服务机构|其他"
    assert t3_order(f"申请人情况|法人或其他组织|自然人|总计|{subs}") == (None, True)
    order, _ = t3_order(f"申请人情况|自然人|法人或其他组织|总计|{subs}")
    assert order is not None and order[0] == "natural" and order[-1] == "total"
