"""The format red team (datasets/redteam/formats, made by its build.py): real file forms.

No file may give a wrong cell, a value for a blank cell, or a wrong agency or
year (``test_nothing_wrong``); the files read completely are pinned
(``test_every_cell``), the known limits are strict xfails with their reason.
Scores come from benchmarks/eval_redteam_formats.py.
"""

from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from formats_redteam import formats_eval

pytest.importorskip("pdfplumber", reason="the pdf extra (pdfplumber) is not installed")
pytest.importorskip("docx", reason="the docx extra (python-docx) is not installed")

CORPUS = ROOT / "datasets" / "redteam" / "formats"
HAS_SOFFICE = shutil.which("soffice") is not None or shutil.which("libreoffice") is not None
# file -> why it is not read completely (a strict xfail: fixing it must update this list)
LIMITS: dict[str, str] = {}


def _files() -> list[Path]:
    return sorted(p for p in CORPUS.glob("f*.*") if p.suffix not in (".json", ".py"))


@cache
def _score(name: str) -> dict[str, Any]:
    if name.endswith(".doc") and not HAS_SOFFICE:
        pytest.skip("reading .doc needs LibreOffice (soffice), not installed")
    result: dict[str, Any] = formats_eval().score(CORPUS / name)
    return result


def test_the_corpus_is_there() -> None:
    names = [p.name for p in _files()]
    assert len(names) >= 24
    assert set(LIMITS) <= set(names)
    for p in _files():
        assert p.with_name(p.stem + ".truth.json").is_file()


@pytest.mark.parametrize("name", [p.name for p in _files()])
def test_nothing_wrong(name: str) -> None:
    s = _score(name)
    assert s["wrong"] == []
    assert not s["agency"].startswith("WRONG") and not s["year"].startswith("WRONG")
    assert not s["template"].startswith("WRONG")


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(p.name, marks=pytest.mark.xfail(strict=True, reason=LIMITS[p.name]))
        if p.name in LIMITS
        else p.name
        for p in _files()
    ],
)
def test_every_cell(name: str) -> None:
    s = _score(name)
    truth = formats_eval().truth_of(CORPUS / name)
    assert s["errors"] == []
    assert s["unread"] == []
    assert s["right"] == len(truth["tables"])
    assert s["blank"] == len(truth["blank"])
    assert (s["agency"], s["year"], s["template"]) == ("right", "right", "right")


def test_two_columns_of_prose_are_read_one_after_the_other() -> None:
    from govinfo_nlp import parse

    report = parse(CORPUS / "f11_pdf_two_columns.pdf")
    assert [s.id for s in report.sections] == [
        "preamble",
        "overview",
        "proactive",
        "requests",
        "appeals",
        "problems",
        "other",
    ]
    # A sentence that runs down the right column comes out whole, on one line.
    assert "2020年共受理政府信息公开申请12件，本年度继续保持平稳。" in report.text
    assert "\n一、概述\n" in report.text
