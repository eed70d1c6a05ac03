"""The vreal21 red team: variants of five real whole reports (datasets/redteam/vreal21, written
blind in session 21; first reading in its README: 3 false accusations, all one real sentence,
发布网上政府公报4期，刊载规范性文件16件, read as the office's issued normative documents).

No claim expected not to be accused is, no quantity that no claim covers is, and every true
contradiction is found (受理回复政府信息依申请9条 since session 22: 回复 answers as 答复 does).
"""

from __future__ import annotations

import re

import pytest
from conftest import ROOT, load_module, wrong_verdicts
from test_reconcile import tables
from test_reconcile_blind import fact_in

from govinfo_nlp.reconcile import reconcile

VREAL21 = ROOT / "datasets" / "redteam" / "vreal21"
score = load_module("vreal21_score", VREAL21 / "score.py").scorer()
CLAIMS = score.load_claims()


@pytest.mark.parametrize("doc", sorted(CLAIMS))
def test_vreal21_report(doc: str) -> None:
    # no false accusation, no contradiction missed, no accusation on a fact no claim covers
    assert wrong_verdicts(score, VREAL21, CLAIMS, doc) == ([], [])


@pytest.mark.parametrize(
    ("text", "phrase", "want"),
    [
        # vr21_14 (session 22): 回复 answers as 答复 does; these are disclosure applications
        (
            "我局主动公开政府信息204条，受理回复政府信息依申请9条。",
            "受理回复政府信息依申请9条",
            "inconsistent",
        ),
        ("我局受理答复政府信息依申请9条。", "受理答复政府信息依申请9条", "inconsistent"),
        # controls: another procedure's applications, answered, stay no accusation
        ("我局受理回复群众咨询申请9条。", "受理回复群众咨询申请9条", "unverifiable"),
        ("我局受理回复人才引进申请9条。", "受理回复人才引进申请9条", "unverifiable"),
    ],
)
def test_answered_applications_on_request(text: str, phrase: str, want: str) -> None:
    subject = phrase[phrase.index("受理") + 2 : phrase.index("9条")]
    fact = fact_in(text, phrase, "9条", "requests.received", 9, year=2020, subject=subject)
    (rec,) = reconcile([fact], tables("2019", t3__new__total=8), report_year=2020, text=text)
    assert rec.verdict == want


def _normative(text: str, phrase: str, template: str, **cells: int) -> str:
    quantity = re.search(r"\d+件$", phrase)[0]  # type: ignore[index]
    fact = fact_in(text, phrase, quantity, "proactive.normative", int(quantity[:-1]), year=2021)
    (rec,) = reconcile([fact], tables(template, **cells), report_year=2021, text=text)
    return rec.verdict


@pytest.mark.parametrize(
    ("text", "phrase", "want"),
    [
        # vr21_10/11: what a gazette carried is not what the office issued
        (
            "全年发布网上政府公报4期，刊载规范性文件16件、区政府主动公开文件14份。",
            "刊载规范性文件16件",
            "unverifiable",
        ),
        ("全年编印政府公报12期，刊登规范性文件16件。", "刊登规范性文件16件", "unverifiable"),
        ("编印《政府公报》4期，刊发规范性文件16件。", "刊发规范性文件16件", "unverifiable"),
        # vr21_12: the same across a PDF text layer's wrap inside the phrase
        (
            "全年发布网上政府公报4期，刊\n载规范性文件16件、区政府主动公开文件14份。",
            "刊\n载规范性文件16件",
            "unverifiable",
        ),
        # the office's own issued count, in or beside a gazette, stays an accusation
        ("全年制发规范性文件16件，均在政府公报上公开。", "制发规范性文件16件", "inconsistent"),
        ("全年发布网上政府公报4期，本年制发规范性文件16件。", "制发规范性文件16件", "inconsistent"),
    ],
)
def test_a_gazettes_normative_count_is_not_the_issued_count(
    text: str, phrase: str, want: str
) -> None:
    assert _normative(text, phrase, "2021", t2__normative__issued=3) == want
