"""The seams of reconcile's verdict (late20d): whether a claim is comparable at all
(:mod:`govinfo_nlp.reconcile.comparable`) and the list of doubts that keeps a
disagreement from being an accusation (:func:`govinfo_nlp.reconcile.doubts._doubts`),
asked on their own; the words lists' opening patterns (:func:`words._opening`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from test_reconcile import F

from govinfo_nlp.reconcile import words
from govinfo_nlp.reconcile.comparable import _not_comparable
from govinfo_nlp.reconcile.doubts import _doubts
from govinfo_nlp.reconcile.results import CellEvidence

BASE = F("requests.received", 12)


@pytest.mark.parametrize(
    ("change", "petition", "words_in_reason"),
    [
        ({"delta": True}, False, "a change"),
        ({"cumulative": True}, False, "running total"),
        ({"scope": "jurisdiction"}, False, "a whole area"),
        ({"scope": "unknown"}, False, "does not name"),
        ({"year": 2019}, False, "about 2019, the report about 2020"),
        ({"unit": "%"}, False, "a ratio (%)"),
        ({}, True, "petitions"),
    ],
)
def test_not_comparable_names_why(
    change: dict[str, Any], petition: bool, words_in_reason: str
) -> None:
    reason = _not_comparable(replace(BASE, **change), 2020, petition)
    assert reason is not None and words_in_reason in reason


def test_a_self_count_of_the_report_year_is_comparable() -> None:
    assert _not_comparable(BASE, 2020, False) is None
    # a report whose year is not known takes the claim's year on trust
    assert _not_comparable(replace(BASE, year=2019), None, False) is None


def _cell(field: str, value: int, method: str = "read") -> CellEvidence:
    return CellEvidence(field, value, str(value), 0, 2, method)


def _ask(cells: tuple[CellEvidence, ...], **kw: Any) -> list[str]:
    args: dict[str, Any] = {
        "values": {},
        "placed": frozenset(),
        "implied": {},
        "fallback": "",
        "published": None,
        "larger": None,
        "doubter": None,
        "ocr_spans": (),
    }
    args.update(kw)
    return _doubts(BASE, cells, sum(c.value for c in cells), None, **args)


def test_a_plain_disagreement_has_no_doubt() -> None:
    assert _ask((_cell("t3.new.total", 14),)) == []


def test_each_doubt_is_named() -> None:
    derived = _ask((_cell("t3.new.total", 14, "derived"),))
    assert derived == ["t3.new.total was worked out from the table's sums, not read"]
    implied = _ask(
        (_cell("t3.new.total", 14),), implied={"t3.new.total": (("t3.balance.total", 12),)}
    )
    assert len(implied) == 1 and "t3.balance.total" in implied[0]
    # an implied value the claim does not agree with is no doubt
    assert _ask((_cell("t3.new.total", 14),), implied={"t3.new.total": (("c", 13),)}) == []
    larger = _ask((_cell("t3.new.total", 14),), larger="共收到20件")
    assert len(larger) == 1 and "共收到20件" in larger[0]
    asked = _ask((_cell("t3.new.total", 14),), doubter=lambda: "its clause names another body")
    assert asked == ["its clause names another body"]
    ocr = _ask((_cell("t3.new.total", 14),), ocr_spans=((0, 5),))
    assert len(ocr) == 1 and "OCR" in ocr[0]


def test_opening_matches_a_word_only_at_the_start() -> None:
    data = {"lists": {"k": {"words": ["其余", "另(有)"]}}}
    pattern = words._opening(data, "k")
    assert pattern.match("其余3件") and pattern.match("另(有)2件")
    assert not pattern.match("另有2件") and not pattern.search("共有其余")
