"""The vfiles19 red team: reports as PDF, DOCX, DOC and scans with hand-judged claims
(datasets/redteam/vfiles19; first reading in its README).

Written blind in session 19 before reading the reconcile code or the readers. Every claim
expected not to be accused is not, every true contradiction is found, and no quantity that
no claim covers is accused. The scans need tesseract (chi_sim), the .doc files LibreOffice:
those documents are skipped, with the reason, where the tool is missing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import ROOT, load_module, wrong_verdicts
from hypothesis import given
from hypothesis import strategies as st

VFILES19 = ROOT / "datasets" / "redteam" / "vfiles19"
score = load_module("vfiles19_score", VFILES19 / "score.py").scorer()
CLAIMS = score.load_claims()
sys.path.insert(0, str(ROOT / "datasets" / "redteam"))
import verdict_sets  # noqa: E402


def _tesseract_chi_sim() -> bool:
    if not shutil.which("tesseract"):
        return False
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
    return "chi_sim" in out.stdout


def _needs(doc: str) -> str | None:
    """Why ``doc`` cannot be read here, or None."""
    if "_scan_" in doc and not _tesseract_chi_sim():
        return "tesseract with chi_sim is not installed (the scans are read only by OCR)"
    if doc.endswith(".doc") and not (shutil.which("soffice") or shutil.which("libreoffice")):
        return "LibreOffice is not installed (a .doc is converted by it)"
    return None


#: documents whose reading is known to fall short (name -> why); none since f02's
#: contradictions were re-judged (README: "Re-judged after the first reading")
KNOWN: dict[str, str] = {}


def _param(doc: str):
    marks = []
    why = _needs(doc)
    if why:
        marks.append(pytest.mark.skip(reason=why))
    if doc in KNOWN:
        marks.append(pytest.mark.xfail(strict=True, reason=KNOWN[doc]))
    return pytest.param(doc, marks=marks)


@pytest.mark.parametrize("doc", [_param(d) for d in sorted(CLAIMS)])
def test_vfiles19_report(doc: str) -> None:
    assert wrong_verdicts(score, VFILES19, CLAIMS, doc) == ([], [])


def test_claim_found_across_line_breaks_and_fullwidth() -> None:
    assert verdict_sets.claim_in_fact("予以公开26件", "26", "予以公\n开 ２６ 件")
    assert verdict_sets.claim_in_fact("共收到申请15件", "15", "本年度共收到申请15件")


def test_claim_not_found_in_a_longer_number_or_other_words() -> None:
    assert not verdict_sets.claim_in_fact("予以公开6件", "6", "予以公开16件")
    assert not verdict_sets.claim_in_fact("予以公开6件", "6", "予以公开6.5件")
    assert not verdict_sets.claim_in_fact("予以公开6件", "6", "部分公开6件")


@given(
    st.text(alphabet="收到申请予以公开部分本年度其中", min_size=4, max_size=12),
    st.integers(min_value=0, max_value=99999),
    st.text(alphabet=" \n", max_size=3),
)
def test_claim_found_in_its_own_words_whatever_the_spacing(words: str, n: int, gap: str) -> None:
    snippet = f"{words}{n}件"
    spaced = gap.join(snippet)
    assert verdict_sets.claim_in_fact(snippet, str(n), "前文" + spaced)


def test_every_claim_snippet_holds_its_number_and_files_exist() -> None:
    for doc, claims in CLAIMS.items():
        assert (VFILES19 / "docs" / doc).is_file()
        for c in claims:
            assert c["number"] in c["snippet"] and c["expect"] in (
                "consistent",
                "inconsistent",
                "safe",
            )
