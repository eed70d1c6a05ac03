"""A row's last cell (申请数量 4 0 0) is not made by the prose scan.

``find_quantities(cells=False)`` passes over the cells of a row of numbers that
another number follows, and, since this change, over the last one too: a bare
number of ASCII digits after a digit and a cell gap. The facts analysis used to
make it and then drop it (a number without a counter or magnitude is a fact only
right after a measuring word, a counted noun or an English word: cues.json
``bare_number``), so the skip must drop exactly what that drop dropped. The old
scan is kept here as the reference: the scan with ``_last_cell`` always false.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govinfo_nlp.facts import FactExtractor, analysis
from govinfo_nlp.facts.cues import english_bare, listed_bare
from govinfo_nlp.facts.pipeline import prepare
from govinfo_nlp.facts.rules import load_cues
from govinfo_nlp.quantities import find_quantities
from govinfo_nlp.quantities import grammar as grammar_module

# labels that a bare number may follow as a fact (数量, 共, 为, an English word) and
# ones it may not; cells of every shape the scan meets (decimals, full width, a
# magnitude, a counter, a percent); the gaps between them
LABELS = [
    "申请数量", "办理政府信息公开申请", "行政许可", "共", "合计:", "总数为", "浏览次数:",
    "All", "文件", "其中", "公开", "第", "",
]  # fmt: skip
CELLS = ["0", "4", "12", "2205", "1.5", "０", "3万", "5件", "7%", "0591", "1,234", "+6", "一"]
GAPS = [" ", "  ", "\t", "\u3000", "\t\t", " \u3000", ":"]
ENDS = ["\n", "", "。", "，", "件\n", " |\n", "\t\t\n", " departments\n", "、"]


@st.composite
def rows(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 5))):
        line = draw(st.sampled_from(LABELS))
        for _ in range(draw(st.integers(1, 6))):
            line += draw(st.sampled_from(GAPS)) + draw(st.sampled_from(CELLS))
        lines.append(line + draw(st.sampled_from(ENDS)))
    return "".join(lines)


class _OldScan:
    """The scan before the change: the row's last cell made, for the analysis to drop."""

    def __enter__(self) -> None:
        self._patch = pytest.MonkeyPatch()
        self._patch.setattr(grammar_module, "_last_cell", lambda t, p, m: False)

    def __exit__(self, *exc: object) -> None:
        self._patch.undo()


def _spans(text: str) -> list[tuple[int, int, Any, Any, str]]:
    return [(q.start, q.end, q.value, q.unit, q.kind) for q in find_quantities(text, cells=False)]


def _dropped_by_analysis(cues: Any, text: str, q: Any) -> bool:
    """The drop of :func:`analysis.iter_candidates` a bare number meets first."""
    return bool(
        q.unit is None
        and q.kind not in ("money", "ratio")
        and not analysis._MAGNITUDE.search(q.text)
        and analysis._cue(
            cues.bare_number, cues.gates.get("bare_number"), text[max(0, q.start - 6) : q.start]
        )
        is None
        and not listed_bare(cues, text, q)
        and not english_bare(cues, text, q)
    )


def _old_quantities(text: str) -> Iterator[Any]:
    with _OldScan():
        yield from list(find_quantities(text, cells=False))


@settings(max_examples=600, deadline=None)
@given(rows())
@example("申请数量 4 0 0\n办结3件")
@example("行政许可\t0\t0\t\t\n")
@example("合计 1 148\u3000200")
@example("电话 0591 8765 4321。")
@example("总数为 12 3万\n")
def test_the_scan_leaves_out_only_what_the_analysis_drops(text: str) -> None:
    cues = load_cues()
    new = list(find_quantities(text, cells=False))
    old = list(_old_quantities(text))
    # the new scan is the old one less some quantities, in the same order
    left_out = [q for q in old if q not in new]
    assert [q for q in old if q in new] == new
    for q in left_out:
        assert _dropped_by_analysis(cues, text, q), (text, q)


@settings(max_examples=150, deadline=None)
@given(rows(), st.sampled_from(["", "全年共受理申请12件。\n", "All 36 departments.\n"]))
def test_the_candidates_are_those_of_the_old_scan(text: str, prose: str) -> None:
    norm, sections = prepare("一、总体情况\n" + prose + text + "\n")
    ext = FactExtractor(model=None)
    new = ext.candidates(norm.text, sections, report_year=2020)
    with _OldScan():
        old = ext.candidates(norm.text, sections, report_year=2020)
    assert new == old


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("申请数量 4 0 0", "0"),
        ("行政处罚\t4\t12\n", "12"),
        ("合计 1 148\u3000200", "200"),
        ("电话 0591 8765 4321", "4321"),  # in a clause (。) no group of it is read at all
        ("数量 4 ０", "０"),  # full-width digits are folded first
    ],
)
def test_the_last_cell_is_made_only_by_the_old_scan(text: str, last: str) -> None:
    # the skip must fire, or the tests above compare the old scan with itself
    assert last in [q.text for q in _old_quantities(text)]
    assert last not in [q.text for q in find_quantities(text, cells=False)]


@pytest.mark.parametrize(
    "text",
    [
        "申请数量 4",  # one cell: its label may be a measuring word (数量)
        "行政许可 0 3万",  # a magnitude: a fact without a counter
        "行政许可 0 5件",  # a counter
        "比例 4 7%",  # a ratio
        "增长 4% 0",  # a percent before: not a digit
    ],
)
def test_what_the_skip_leaves_to_the_analysis(text: str) -> None:
    assert _spans(text) == [
        (q.start, q.end, q.value, q.unit, q.kind) for q in _old_quantities(text)
    ]
