"""Table 三 wider than its page, its last columns clipped at the edge (formats7 j20: a
Chromium print of a table fixed at 1150px, 其他 and 总计 not on the page): the columns
its header names are read, the clipped ones unread (never blank, never guessed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.schema import T3_COLUMNS
from govinfo_nlp.tables import parse_tables

LABELS = {
    "new": "一、本年新收政府信息公开申请数量",
    "carried_in": "二、上年结转政府信息公开申请数量",
    "granted": "（一）予以公开",
    "partial": "（二）部分公开",
    "results_total": "（七）总计",
    "carried_out": "四、结转下年度继续办理",
}
ROWS = {
    "new": (28, 35, 0, 11, 3, 13, 90),
    "carried_in": (4, 0, 1, 0, 0, 4, 9),
    "granted": (0, 20, 1, 5, 0, 0, 26),
    "partial": (1, 2, 0, 0, 0, 3, 6),
    "results_total": (30, 34, 1, 7, 2, 13, 87),
    "carried_out": (2, 1, 0, 4, 1, 4, 12),
}


def _text(width: int) -> str:
    cols = list(T3_COLUMNS.values())[:width]
    lines = ["三、收到和处理政府信息公开申请情况", "申请人情况", " | ".join(cols)]
    lines += [" | ".join([LABELS[r], *map(str, v[:width])]) for r, v in ROWS.items()]
    return "\n".join(lines)


@settings(max_examples=10, deadline=None)
@given(st.sampled_from([4, 5]))
def test_the_columns_on_the_page_are_read_the_clipped_ones_unread(width: int) -> None:
    # was: the header (no 总计) not read, the standard order assumed, rows of `width`
    # cells for 7 columns: every cell of table 三 unread
    result = parse_tables(_text(width))
    got = result.to_dict()
    cols = list(T3_COLUMNS)
    for row, values in ROWS.items():
        for k, col in enumerate(cols):
            field = f"t3.{row}.{col}"
            if k < width:
                assert got[field] == values[k]
            else:
                assert field not in got and field in result.unread
    assert any(w.startswith("tables.columns_clipped") for w in result.warnings)


def test_rows_wider_than_the_header_keep_the_standard_order() -> None:
    # the header's last words lost, not the columns: rows of 7 cells under 5 words
    text = _text(7).replace(" | 其他 | 总计", "")
    got = parse_tables(text).to_dict()
    assert got["t3.new.total"] == 90 and got["t3.new.other"] == 13
