"""The vexcerpt23 red team: 30 real train/dev excerpts' own prose (none vexcerpt22 used) made
whole reports (datasets/redteam/vexcerpt23, written blind in session 23; first reading in its
README: 0 false accusations, 8/8 planted contradictions, 23/23 consistent).

No claim expected not to be accused is, no quantity that no claim covers is, and in the blind
documents every planted contradiction stays found and every consistent claim stays consistent. Then a leftover the
brief named: a correction note's right value (“予以公开”误填为9件，现更正为11件) takes the
wrong value's cell when the facts stage read the wrong value as no count of the report
(``other``), as it did when both were read as closed counts (verdicts19's v19_11).
"""

from __future__ import annotations

import pytest
from conftest import ROOT, load_module
from test_reconcile import tables
from test_reconcile_verdicts19 import FB

from govinfo_nlp.reconcile import reconcile

VEXCERPT23 = ROOT / "datasets" / "redteam" / "vexcerpt23"
score = load_module("vexcerpt23_score", VEXCERPT23 / "score.py").scorer()
CLAIMS = score.load_claims()


@pytest.mark.parametrize("doc", sorted(CLAIMS))
def test_vexcerpt23_report(doc: str) -> None:
    rows, unclaimed = score.read_doc(VEXCERPT23 / "docs" / doc, CLAIMS[doc])
    false = [
        (r["snippet"], r["got"])
        for r in rows
        if r["got"] == "inconsistent" and r["expect"] != "inconsistent"
    ]
    # the blind documents' verdicts all stay right; the probes written after the first
    # reading (narrower PDF layers, Traditional) lose some claims in the facts stage (a wrap
    # inside 依申请公⏎开事项 reads the count as `other`: README), never to an accusation
    missed = [
        (r["snippet"], r["got"])
        for r in rows
        if r["expect"] in ("inconsistent", "consistent")
        and r["got"] != r["expect"]
        and r["set"] == "blind"
    ]
    assert false == [] and unclaimed == [] and missed == []


# --- a correction's right value after a wrong value read as `other` (v19_11) -----------


def _right_value(text: str, wrong_type: str, granted: int) -> str:
    """The verdict of the count after 9件 in ``text`` (11件), the 9件 typed ``wrong_type``
    without a breakdown (the facts stage's reading of a correction's wrong value)."""
    first = text.index("9件")
    q = text.index("11件")
    facts = [
        FB(wrong_type, 9, text[: first + 2], year=2020, start=0, end=first + 2,
           quantity_start=first, quantity_end=first + 2, section="other"),
        FB("requests.closed", 11, text[first + 3 : q + 3], year=2020, start=first + 3,
           end=q + 3, quantity_start=q, quantity_end=q + 3, section="other"),
    ]  # fmt: skip
    cells = {"t3__granted__total": granted, "t3__results_total__total": 17}
    recs = reconcile(facts, tables("2021", **cells), report_year=2020, text=text)
    return next(r.verdict for r in recs if r.fact == 1)


@pytest.mark.parametrize(
    "text",
    [
        "“予以公开”误填为9件，现更正为11件。",
        "“予以公开”误写为9件，更正为11件。",
        "予以公开一栏错填为9件，应为11件。",
    ],
)
@pytest.mark.parametrize(("granted", "want"), [(11, "consistent"), (12, "unverifiable")])
def test_a_corrections_right_value_takes_the_cell_an_other_wrong_value_names(
    text: str, granted: int, want: str
) -> None:
    # before: the wrong value typed `other` gave no cell, and 11 was compared with the
    # results total 17 (unverifiable as a correction's value, whatever granted said)
    assert _right_value(text, "other", granted) == want


def test_an_other_count_without_correction_words_names_no_cell() -> None:
    # 公开信息9件，现更正为11件: the count before names no correction of its own; the 11 stays
    # compared with the results total (no accusation: a correction's value)
    assert _right_value("公开信息9件，现更正为11件。", "other", 11) == "unverifiable"
