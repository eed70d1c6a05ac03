"""benchmarks/bench_large.py (D10's CPU guard on large pages): the pages it builds are the
shapes it names, and a measurement refuses a process that imported another checkout."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT, load_module


def _script() -> ModuleType:
    return load_module("bench_large", ROOT / "benchmarks" / "bench_large.py")


def test_the_pages_are_the_shapes_they_name(tmp_path: Path) -> None:
    pages = {p.stem: p.read_text(encoding="utf-8") for p in _script().build(tmp_path, 0.05)}
    sample = (ROOT / "datasets" / "samples" / "s01_pipe_2021.txt").read_text(encoding="utf-8")
    assert pages["s01x150"] == sample * 7
    assert pages["s01x300"] == sample * 15
    # many reports on one HTML page: several titles, one html element
    html = pages["html_many"]
    assert html.count("<html>") == 1 and html.count("年度报告</h1>") >= 3
    assert len(html.encode()) >= 100_000
    # a PDF's text layer: wrapped lines, numbered pages split by form feeds
    pdf = pages["pdf_text"]
    assert pdf.count("\f") >= 10 and "\n\n- 2 -\n" in pdf
    first = pdf.split("\f")[0].splitlines()
    assert max(len(line) for line in first if " " not in line) <= 38
    assert any(line.startswith("自然人 法人或其他组织") for line in pdf.splitlines())
    # one line: no break but the last
    one = pages["one_line"]
    assert one.count("\n") == 1 and one.endswith("\n") and len(one.encode()) >= 15_000
    assert "<" not in one


def test_a_process_that_imported_another_checkout_is_refused(tmp_path: Path) -> None:
    # PYTHONPATH names a folder without govinfo_nlp: the process imports the installed one,
    # whose times would be another checkout's
    with pytest.raises(SystemExit, match="imported"):
        _script().run_once(tmp_path, [])
