"""find_quantities(text, spans=...): the restricted scan equals the filtered full scan.

A quantity is produced when it lies wholly inside one of the spans; it must be
exactly the quantity the unrestricted call finds there, although the scan
skips the text outside the spans (context before a span is still read).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from conftest import ROOT, shared_path
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govinfo_nlp.quantities import Quantity, find_quantities
from govinfo_nlp.quantities import grammar as grammar_module

Spans = Sequence[tuple[int, int]]

PIECES = [
    *"0123456789一二两三十百千万亿零余多几约近超过件条个次人%成第年月日号-−+.,，、:：（()）《》“” \n\t|",
    "以上", "左右", "上下", "超过", "不到", "百分之", "千分之", "场次", "人次", "条(次)",
    "电话", "邮编", "第", "一次性", "一批批", "统一", "万一", "No.", "2020", "1,234", "12.5",
    "| 35 | 12 |", "\n| 2020 | 3 |\n", "\t45\t", "我局发布信息", "办结申请",
]  # fmt: skip


def _inside(q: Quantity, spans: Spans) -> bool:
    return any(a <= q.start and q.end <= b for a, b in spans)


def _check(text: str, spans: Spans) -> None:
    full = [q for q in find_quantities(text) if _inside(q, spans)]
    assert list(find_quantities(text, spans=spans)) == full


texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(texts)
    bound = st.integers(-2, len(text) + 2)
    spans = draw(st.lists(st.tuples(bound, bound), max_size=5))
    return text, spans


@settings(max_examples=600, deadline=None)
@given(text_and_spans())
@example(("办结申请65件，超过1200余条以上", [(4, 9), (9, 18)]))
@example(("超过1200余条", [(2, 8)]))  # the prefix is outside: no quantity in the span
@example(("| 35 | 12 |\n其中3万5千件", [(12, 20)]))
@example(("十万一千件", [(1, 5)]))
def test_restricted_equals_filtered(case: tuple[str, list[tuple[int, int]]]) -> None:
    _check(*case)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_line_spans_equal_filtered(text: str, data: st.DataObject) -> None:
    """Spans made of whole lines, as the facts stage passes them."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    keep = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    _check(text, [span for span, k in zip(lines, keep) if k])


def test_trivial_span_sets() -> None:
    text = "全年发布信息1200余条，培训两场"
    everything = list(find_quantities(text))
    assert list(find_quantities(text, spans=None)) == everything
    assert list(find_quantities(text, spans=[(0, len(text))])) == everything
    assert list(find_quantities(text, spans=[])) == []
    assert list(find_quantities(text, spans=[(5, 5), (9, 3)])) == []
    # A span must hold the whole quantity, markers included.
    assert [q.text for q in find_quantities(text, spans=[(6, 11)])] == []
    assert [q.text for q in find_quantities(text, spans=[(6, 12)])] == ["1200余条"]


_TABLE_LINE = re.compile(r"[\s\d.,，%‰+\-−]*\d[\s\d.,，%‰+\-−]*")


def _prose_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        if line.count("|") < 2 and "\t" not in line and not _TABLE_LINE.fullmatch(line):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def test_prose_lines_of_the_seeds_and_reports() -> None:
    paths = sorted(shared_path("seeds").glob("*.txt"))
    paths += sorted(shared_path("reports").glob("*.txt"))
    for written in ("written", "written2"):
        paths += sorted((ROOT / "datasets" / "gold" / written).glob("*.txt"))
    assert paths
    for path in paths:
        text = path.read_text("utf-8-sig")
        _check(text, _prose_spans(text))


def test_work_outside_the_spans_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    table = "\n".join(f"| {i} | {i * 7} | {i * 13} |" for i in range(1, 200))
    text = f"{table}\n全年办结申请65件。\n{table}"
    start = len(table) + 1
    prose = (start, start + len("全年办结申请65件。"))
    calls = 0
    real = grammar_module._match_to_quantity

    def counting(*args: object, **kw: object) -> Quantity | None:
        nonlocal calls
        calls += 1
        return real(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(grammar_module, "_match_to_quantity", counting)
    assert [q.text for q in find_quantities(text, spans=[prose])] == ["65件"]
    assert calls == 1


_CELL_RUN = re.compile(r"[ \t\u3000]+[0-9０-９]")
_AFTER_CELL = re.compile(r"[0-9][ \t\u3000]+\Z")


@settings(max_examples=400, deadline=None)
@given(text_and_spans())
@example(("申请数量 4 0 0\n办结申请 65 件", [(0, 30)]))
@example(("1\u30002 件", [(0, 5)]))
def test_cells_false_drops_only_bare_numbers_before_a_number(
    case: tuple[str, list[tuple[int, int]]],
) -> None:
    """cells=False leaves out exactly the bare quantities followed by spaces and a
    digit, and the last cell of such a row: a numeral alone, of (folded) ASCII digits,
    after a digit and spaces."""
    text, spans = case
    t = grammar_module.fold(text)

    def last_cell(q: Quantity) -> bool:
        num = t[q.start : q.end]
        return (
            q.unit is None
            and q.approx is None
            and num.isascii()
            and num[0].isdigit()
            and num[-1].isdigit()
            and _AFTER_CELL.search(t, 0, q.start) is not None
        )

    kept = [
        q
        for q in find_quantities(text, spans=spans)
        if not (q.unit is None and (_CELL_RUN.match(text, q.end) or last_cell(q)))
    ]
    assert list(find_quantities(text, spans=spans, cells=False)) == kept
