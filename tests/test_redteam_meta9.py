"""The meta9 red team: real-style pages for metadata and verdicts (datasets/redteam/meta9).

Written blind (before reading the metadata and reconcile code) in session 9;
each page is scored by the set's own ``check.py`` against ``truth.json``:
agency, year, region, level and kind never wrong and never null where the
page names them, and every listed claim's verdict as expected, never a false
``inconsistent``. Known limits are strict xfails naming why.
"""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, load_module, with_known_limits

META9 = ROOT / "datasets" / "redteam" / "meta9"
check = load_module("meta9_check", META9 / "check.py")

KNOWN: dict[str, str] = {}
CASES = [t["file"] for t in check.load_truth()]


@pytest.mark.parametrize("name", with_known_limits(CASES, KNOWN))
def test_meta9_page(name: str) -> None:
    assert check.problems(name) == []


def test_every_page_has_its_truth() -> None:
    pages = sorted(p.name for p in META9.iterdir() if p.suffix in (".txt", ".html"))
    assert pages == sorted(CASES) and len(pages) >= 40


def test_the_scorer_catches_a_wrong_agency_and_a_false_accusation() -> None:
    truth = next(t for t in check.load_truth() if t["file"] == "v06.txt")
    row = {
        "metadata": {"agency": "德清县财政局", "year": 2022, "region": None},
        "facts": [],
        "reconciliation": [],
    }
    marks = check.score_metadata(row, truth)
    assert marks["agency"] == "WRONG" and marks["region"] == "null"
    claim = dict(truth["verdicts"][0], verdict="not_comparable")
    text = (META9 / "v06.txt").read_text(encoding="utf-8")
    at = text.index(claim["anchor"])
    row["facts"] = [{"value": claim["value"], "span": [at, at + len(claim["anchor"])]}]
    row["reconciliation"] = [{"fact": 0, "verdict": "inconsistent"}]
    ((_, _, mark),) = check.score_verdicts(row, text, dict(truth, verdicts=[claim]))
    assert mark == "FALSE inconsistent"
    assert json.loads((META9 / "truth.json").read_text(encoding="utf-8"))
