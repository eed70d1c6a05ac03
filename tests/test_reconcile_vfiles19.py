"""False accusations the blind verdict red team vfiles19 found (datasets/redteam/vfiles19,
reports as PDF, DOCX, DOC and scans; first reading in its README).

A number OCR read (a scanned page's prose, a table cell from a picture) may confirm its
counterpart, never contradict it: OCR misreads a digit now and then, and a prose number has
no arithmetic to confirm it (f10, f12: 本年度共收到政府信息公开申请101件 against an OCR'd
t3.new.total of 98 was ``inconsistent``). The tests of the rule fail on the reconciliation
before the fix (it had no ``ocr_spans``); next to them, the same disagreement in text that
OCR did not read stays ``inconsistent``.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_reconcile import tables
from test_reconcile_blind import fact_in

from govinfo_nlp.reconcile import reconcile

TEXT = "三、收到和处理政府信息公开申请情况\n本年度共收到政府信息公开申请101件。"


def _rec(ocr_spans: list[tuple[int, int]], value: int = 101, **cells: int):
    fact = fact_in(
        TEXT,
        "收到政府信息公开申请101件",
        "101件",
        "requests.received",
        value,
        year=2022,
        section="requests",
    )
    (rec,) = reconcile(
        [fact], tables("2021", **cells), report_year=2022, text=TEXT, ocr_spans=ocr_spans
    )
    return rec


def test_a_prose_number_read_by_ocr_does_not_contradict_its_cell() -> None:
    rec = _rec([(0, len(TEXT))], t3__new__total=98)
    assert rec.verdict == "unverifiable" and "OCR" in rec.reason


def test_a_cell_read_by_ocr_does_not_contradict_the_prose() -> None:
    # the test tables place cells at offset 1000 on: OCR read that part of the text only
    rec = _rec([(1000, 1100)], t3__new__total=98)
    assert rec.verdict == "unverifiable" and "t3.new.total was read by OCR" in rec.reason


def test_a_number_read_by_ocr_may_confirm() -> None:
    assert _rec([(0, 2000)], t3__new__total=101).verdict == "consistent"


def test_a_disagreement_outside_ocr_is_still_an_accusation() -> None:
    assert _rec([], t3__new__total=98).verdict == "inconsistent"
    assert _rec([(2000, 3000)], t3__new__total=98).verdict == "inconsistent"


@given(st.integers(min_value=0, max_value=80), st.integers(min_value=1, max_value=80))
def test_an_ocr_span_over_the_number_never_gives_an_accusation(start: int, width: int) -> None:
    q = TEXT.index("101件")
    rec = _rec([(start, start + width)], t3__new__total=98)
    covered = start <= q < start + width
    assert (rec.verdict == "inconsistent") == (not covered)
