"""The vexcerpt24 red team: 31 real train/dev excerpts' own prose (none vexcerpt22 or vexcerpt23
used) made whole reports, with sentences added in sections 二-六 for the kinds the excerpts left
(datasets/redteam/vexcerpt24, written blind in session 24; first reading in its README: 0 false
accusations, 7/8 planted contradictions, 41/43 consistent).

No claim expected not to be accused is, no quantity that no claim covers is, and in the blind
documents every planted contradiction stays found and every consistent claim but the two the facts
stage reads as a channel stays consistent. Then the miss of the first reading: an aside in brackets
right after a count (申请18件(2023年为13件),办结18件) dated the next clause's count to the aside's
year. And the false accusation of a probe written after it (an 11-character PDF layer): a clause
opening with the whole area (全县各部门因政府信息公⏎开被申请行政复议3件) whose 全县 the facts stage did
not see across the wrap.
"""

from __future__ import annotations

import pytest
from conftest import ROOT, load_module
from test_reconcile import tables
from test_reconcile_verdicts19 import FB

from govinfo_nlp.reconcile import reconcile

VEXCERPT24 = ROOT / "datasets" / "redteam" / "vexcerpt24"
score = load_module("vexcerpt24_score", VEXCERPT24 / "score.py").scorer()
CLAIMS = score.load_claims()

#: Consistent claims the facts stage read as a channel of applications in session 24, so that
#: reconciliation said unverifiable: 其中市局本级收到236件 under the city's police total (since
#: session 25, facts25, the bureau itself: compared with its total) and 其中市民个人申请6件
#: (since session 25 the 自然人 column). None is left.
FACTS_SIDE: dict[str, list[tuple[str, str]]] = {}


@pytest.mark.parametrize("doc", sorted(CLAIMS))
def test_vexcerpt24_report(doc: str) -> None:
    rows, unclaimed = score.read_doc(VEXCERPT24 / "docs" / doc, CLAIMS[doc])
    false = [
        (r["snippet"], r["got"])
        for r in rows
        if r["got"] == "inconsistent" and r["expect"] != "inconsistent"
    ]
    # the probes written after the first reading (narrower PDF layers, Traditional) lose more
    # claims in the facts stage (a wrap at 11 or 19 characters inside 政府信息公⏎开申请 reads the
    # count as `other`: README), never to an accusation
    missed = [
        (r["snippet"], r["got"])
        for r in rows
        if r["expect"] in ("inconsistent", "consistent")
        and r["got"] != r["expect"]
        and r["set"] == "blind"
    ]
    assert false == [] and unclaimed == []
    assert missed == FACTS_SIDE.get(doc, [])


# --- an aside after a count dates that count only (vx24_27) ----------------------------


def _closed(text: str, results: int) -> str:
    """The verdict of 办结18件 in ``text`` (a 2024 report) against t3.results_total ``results``."""
    phrase = "办结18件"
    start = text.index(phrase)
    q = start + 2
    fact = FB(
        "requests.closed",
        18,
        phrase,
        year=2024,
        start=start,
        end=start + len(phrase),
        quantity_start=q,
        quantity_end=q + 3,
        section="requests",
    )
    cells = {"t3__results_total__total": results, "t3__new__total": 18, "t3__carried_out__total": 1}
    (rec,) = reconcile([fact], tables("2021", **cells), report_year=2024, text=text)
    return rec.verdict


@pytest.mark.parametrize(
    "text",
    [
        # vx24_27's sentence: last year's figure in brackets after this year's
        "2024年,我委共收到政府信息公开申请18件(2023年为13件),办结18件。",
        "2024年，我委共收到政府信息公开申请18件（2023年为13件），办结18件。",
        "2024年,我委共收到政府信息公开申请18件(较2023年的13件增加5件),办结18件。",
        # a part of the year in brackets, as a part of the count before
        "我委共收到政府信息公开申请18件(其中1-6月9件),办结18件。",
    ],
)
@pytest.mark.parametrize(("results", "want"), [(17, "inconsistent"), (18, "consistent")])
def test_an_aside_after_a_count_does_not_date_the_next_clause(
    text: str, results: int, want: str
) -> None:
    # before: not_comparable ("its clause names another year (2023年)" / "another period")
    assert _closed(text, results) == want


@pytest.mark.parametrize(
    "text",
    [
        # an aside without a count of its own: it may date the whole sentence
        "我委共收到政府信息公开申请18件(2023年度),办结18件。",
        # an aside after words, not after a count
        "上半年(1-6月),我委办结18件。",
        # another year named outside brackets, before the claim
        "我委共收到政府信息公开申请18件,2023年办结18件。",
        # the aside in the claim's own clause
        "2023年(上年为13件)办结18件。",
    ],
)
def test_other_years_and_periods_still_date_the_claim(text: str) -> None:
    assert _closed(text, 17) == "not_comparable"


# --- a clause opening with the whole area, across a wrap the facts stage kept (vx24_42) --------

HEADING_4 = "四、政府信息公开行政复议、行政诉讼情况\n"


def _review(text: str) -> str:
    """The verdict of 行政复议3件 in ``text`` (a 2021 report; the facts stage's reading: scope
    self, its words from the line the count is on) against t4.review.total 0."""
    phrase = "行政复议3件"
    start = text.index(phrase)
    q = start + 4
    fact = FB(
        "appeals.review",
        3,
        phrase,
        year=2021,
        start=start,
        end=start + len(phrase),
        quantity_start=q,
        quantity_end=q + 2,
        section="appeals",
    )
    (rec,) = reconcile([fact], tables("2021", t4__review__total=0), report_year=2021, text=text)
    return rec.verdict


@pytest.mark.parametrize(
    "text",
    [
        # vx24_42: an 11-character PDF layer
        HEADING_4 + "全县各部门因政府信\n息公开被申请行政复议3件,\n其中县人民政府本级0件\n。\n",
        HEADING_4 + "全县各部门因政府信息公\n开被申请行政复议3件,\n其中县人民政府本级0件\n。\n",
        HEADING_4 + "2021年全市\n各级行政机关因政府信息公开被申请\n行政复议3件。\n",
        # no wrap: the heading runs into the sentence without a clause mark
        HEADING_4 + "全区各部门因政府信息公开被申请行政复议3件,其中本机关0件。\n",
    ],
)
def test_a_clause_opening_with_the_whole_area_is_not_the_agencys(text: str) -> None:
    # before: inconsistent (3 against t4.review.total 0) where the wrap hid 全县 from the facts
    assert _review(text) == "not_comparable"


@pytest.mark.parametrize(
    "text",
    [
        HEADING_4 + "我局因政府信息公开被申\n请行政复议3件。\n",
        HEADING_4 + "按照全县统一部署,我局因政府信息公开被申请行政复议3件。\n",
        HEADING_4 + "全州县人民政府因政府信息公开被申请\n行政复议3件。\n",
        HEADING_4 + "全年,我局因政府信息\n公开被申请行政复议3件。\n",
    ],
)
def test_the_agencys_own_clause_stays_accused(text: str) -> None:
    assert _review(text) == "inconsistent"


# --- an accusation read again with a narrow layer's line breaks as wraps ------------------------


def _verdict_at(text: str, phrase: str, type_: str, value: int, section: str, **cells: int) -> str:
    """The verdict of the count ``value`` (one digit) whose words are ``phrase`` (as the text
    writes them, the facts stage's reading of a line: scope self) against ``cells``, in 2021."""
    start = text.index(phrase)
    q = start + phrase.index(str(value))
    fact = FB(
        type_,
        value,
        phrase,
        year=2021,
        start=start,
        end=start + len(phrase),
        quantity_start=q,
        quantity_end=q + 1,
        section=section,
    )
    (rec,) = reconcile([fact], tables("2021", **cells), report_year=2021, text=text)
    return rec.verdict


def _review_at(text: str, phrase: str) -> str:
    """The verdict of the count 3 whose words are ``phrase`` against t4.review.total 0."""
    return _verdict_at(text, phrase, "appeals.review", 3, "appeals", t4__review__total=0)


@pytest.mark.parametrize(
    ("lines", "phrase"),
    [
        # hand probes after vexcerpt24: its r107 page's sentence wrapped at 7-13 characters,
        # which the facts stage's view keeps as lines (the fact's words start on the count's)
        ("本年度涉及全县的政府信息公\n开行政复议案件3件。", "行政复议案件3件"),
        ("上级机关转来的\n行政复议案件3\n件。", "行政复议案件3\n件"),
        ("县政府各部门被申\n请行政复议3件。", "行政复议3件"),
        ("各乡镇、各部门因\n政府信息公开被申\n请行政复议3件。", "行政复议3件"),
        ("所属乡镇因政府信息公开被申请行政复议3件。", "行政复议3件"),
    ],
)
def test_a_narrow_layers_sentence_is_read_whole_before_an_accusation(
    lines: str, phrase: str
) -> None:
    # before: inconsistent (3 against t4.review.total 0)
    assert _review_at(HEADING_4 + lines + "\n", phrase) != "inconsistent"


@pytest.mark.parametrize(
    ("lines", "phrase"),
    [
        ("我局因政府信息公\n开被申请行政复议3件。", "行政复议3件"),
        ("本机关被申请行政复\n议3件,均已审结。", "议3件"),
        ("全年,我局被申请行\n政复议3件。", "政复议3件"),
    ],
)
def test_the_agencys_own_wrapped_sentence_stays_accused(lines: str, phrase: str) -> None:
    assert _review_at(HEADING_4 + lines + "\n", phrase) == "inconsistent"


def test_joined_reads_wraps_but_not_headings_rows_or_sentence_ends() -> None:
    from govinfo_nlp.reconcile import _joined

    text = "四、政府信息公开\n全县各部门因政\n府信息公开被申请。\n行政复议 | 行政诉讼\n0 | 0\n"
    joined = _joined(text)
    assert len(joined) == len(text)
    assert (
        joined
        == "四、政府信息公开\n全县各部门因政 府信息公开被申请。\n行政复议 | 行政诉讼\n0 | 0\n"
    )


# --- the agency with its units; a year named across a narrow layer's wrap (hand probes) --------

HEADING_3 = "三、收到和处理政府信息公开申请情况\n"


def _received_at(text: str, phrase: str) -> str:
    """The verdict of the count 6 whose words are ``phrase`` (scope self) against
    t3.new.total 2, in a 2021 report."""
    return _verdict_at(text, phrase, "requests.received", 6, "requests", t3__new__total=2)


@pytest.mark.parametrize(
    ("lines", "phrase"),
    [
        ("县人民政府及其部门收到申请6件。", "收到申请6件"),
        ("县人民政府及其部门收到\n申请6件。", "申请6件"),
        ("2020年我县收到政府信\n息公开申请6\n件。", "息公开申请6\n件"),
        ("2020年我县收到政府信息公\n开申请6件。", "开申请6件"),
    ],
)
def test_units_and_years_before_a_wrap_are_read(lines: str, phrase: str) -> None:
    # before: inconsistent (6 against t3.new.total 2)
    assert _received_at(HEADING_3 + lines + "\n", phrase) != "inconsistent"


@pytest.mark.parametrize(
    ("lines", "phrase"),
    [
        ("本机关收到政府信息公\n开申请6件。", "开申请6件"),
        ("2021年本机关收到政府信\n息公开申请6件。", "息公开申请6件"),
    ],
)
def test_the_agencys_own_years_count_stays_accused(lines: str, phrase: str) -> None:
    assert _received_at(HEADING_3 + lines + "\n", phrase) == "inconsistent"


def test_joined_keeps_a_saved_pages_paragraphs_apart() -> None:
    from govinfo_nlp.reconcile import _joined

    # eval_redteam_verdicts' HTML pages: joined, a heading's year dated the next paragraph
    text = (
        "<h1>某局2021年政府信息公开工作年度报告</h1>\n<p>全年共办结申请9件，其中予以公开5件。</p>\n"
    )
    assert _joined(text) == text
