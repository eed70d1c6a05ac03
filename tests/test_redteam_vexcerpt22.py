"""The vexcerpt22 red team: 34 real train/dev excerpts' own prose made whole reports
(datasets/redteam/vexcerpt22, written blind in session 22; first reading in its README: 0 false
accusations, 8/8 planted contradictions, 29/35 consistent).

No claim expected not to be accused is, no quantity that no claim covers is, and every planted
contradiction stays found. Then the doubts read a claim's words plain: a PDF text layer's wrap
inside them (本⏎级, 涉⏎及, 误⏎填为, 分⏎别) hid the cue it split, and the wrapped claim was accused
where the unwrapped one was not.
"""

from __future__ import annotations

import pytest
from conftest import ROOT, load_module, wrong_verdicts
from test_reconcile import tables
from test_reconcile_blind import fact_in

from govinfo_nlp.reconcile import reconcile

VEXCERPT22 = ROOT / "datasets" / "redteam" / "vexcerpt22"
score = load_module("vexcerpt22_score", VEXCERPT22 / "score.py").scorer()
CLAIMS = score.load_claims()


@pytest.mark.parametrize("doc", sorted(CLAIMS))
def test_vexcerpt22_report(doc: str) -> None:
    # no false accusation, no contradiction missed, no accusation on a fact no claim covers
    assert wrong_verdicts(score, VEXCERPT22, CLAIMS, doc) == ([], [])


def _verdict(text: str, phrase: str, kind: str, value: int, unit: str, **cells: int) -> str:
    fact = fact_in(text, phrase, f"{value}{unit}", kind, value, year=2022)
    (rec,) = reconcile([fact], tables("2021", **cells), report_year=2022, text=text)
    return rec.verdict


NEW7 = {"t3__new__total": 7}
CLOSED7 = {"t3__results_total__total": 7}

#: (sentence, the claim's words, type, table): each claim disagrees with its cell and its words
#: hold a cue that makes it no accusation; the PDF layer's wrap splits the cue
WRAPPED = [
    ("市本级收到政府信息公开申请5件。", "市本级收到政府信息公开申请5件", "requests.received", NEW7),
    ("共收到申请涉及政府信息5件。", "共收到申请涉及政府信息5件", "requests.received", NEW7),
    ("超期答复申请5件。", "超期答复申请5件", "requests.closed", CLOSED7),
    ("本年新收申请办结5件。", "本年新收申请办结5件", "requests.closed", CLOSED7),
    ("全年共受理居民信息查询咨询5件。", "共受理居民信息查询咨询5件", "requests.received", NEW7),
    ("误填为5件。", "误填为5件", "requests.received", NEW7),
    ("收到和办结申请分别为5件和7件。", "收到和办结申请分别为5件", "requests.received", NEW7),
]


def _wrap(words: str, at: int) -> str:
    return words[:at] + "\n" + words[at:]


@pytest.mark.parametrize(("text", "phrase", "kind", "cells"), WRAPPED)
def test_a_cue_is_read_unwrapped(text: str, phrase: str, kind: str, cells: dict) -> None:
    assert _verdict(text, phrase, kind, 5, "件", **cells) == "unverifiable"


@pytest.mark.parametrize(("text", "phrase", "kind", "cells"), WRAPPED)
def test_a_cue_split_by_a_wrap_is_still_read(
    text: str, phrase: str, kind: str, cells: dict
) -> None:
    # every place the wrap may fall inside the claim's words before its quantity
    for at in range(1, phrase.index("5")):
        wrapped, words = _wrap(text, text.index(phrase) + at), _wrap(phrase, at)
        assert _verdict(wrapped, words, kind, 5, "件", **cells) == "unverifiable", words


def test_an_answer_document_split_by_a_wrap_is_still_read() -> None:
    text = "全年制作《政府信息公开申请答复\n书》5份。"
    phrase = "制作《政府信息公开申请答复\n书》5份"
    assert _verdict(text, phrase, "requests.closed", 5, "份", **CLOSED7) == "unverifiable"


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "cells"),
    [
        (
            "全年共收到政府信息公开\n申请5件。",
            "共收到政府信息公开\n申请5件",
            "requests.received",
            NEW7,
        ),
        (
            "全年共办结政府信息公\n开申请5件。",
            "共办结政府信息公\n开申请5件",
            "requests.closed",
            CLOSED7,
        ),
    ],
)
def test_a_plain_claim_across_a_wrap_stays_accused(
    text: str, phrase: str, kind: str, cells: dict
) -> None:
    # control: a wrap alone is no doubt
    assert _verdict(text, phrase, kind, 5, "件", **cells) == "inconsistent"
