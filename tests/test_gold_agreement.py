"""The second annotations of the dev and test splits (datasets/gold/agreement/) are exactly
what their sources build and cover their split's documents only; the agreement measures of
benchmarks/eval_gold_agreement.py count what they say."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT, SHARED, load_module

GOLD = ROOT / "datasets" / "gold"
TOOLS = GOLD / "tools"


def _load(name: str, path: Path) -> ModuleType:
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))  # the gold tools import each other by name
    return load_module(name, path)


def test_second_annotation_is_what_its_source_builds() -> None:
    if not (SHARED / "reports" / "r005.txt").is_file():
        pytest.skip("../shared/reports is not available")
    build = _load("gold_build_agreement", TOOLS / "build_agreement.py")
    source = GOLD / "agreement" / "dev-second.ann"
    rows = [json.loads(x) for x in source.with_suffix(".jsonl").read_text("utf-8").splitlines()]
    assert build.build(str(source)) == rows
    dev = {doc for doc, _ in build.split_docs("dev")}
    assert {r["doc"] for r in rows} == dev and len(dev) == 36
    assert all(r["split"] == "dev" for r in rows)


def test_test_split_second_annotation_is_what_its_source_builds() -> None:
    """Session 24's blind second reading of the test split: every test document (the 34
    real ones and the 3 written ones), nothing else, and the jsonl is its source's build."""
    if not (SHARED / "reports" / "r001.txt").is_file():
        pytest.skip("../shared/reports is not available")
    build = _load("gold_build_agreement", TOOLS / "build_agreement.py")
    source = GOLD / "agreement" / "test-second.ann"
    rows = [json.loads(x) for x in source.with_suffix(".jsonl").read_text("utf-8").splitlines()]
    assert build.build(str(source)) == rows
    test = {doc for doc, _ in build.split_docs("test")}
    assert {r["doc"] for r in rows} == test and len(test) == 37
    assert all(r["split"] == "test" for r in rows)


def _fact(start: int, ftype: str, value: float = 1, **kw: object) -> dict[str, object]:
    return {
        "start": start,
        "end": start + 2,
        "type": ftype,
        "value": value,
        "scope": kw.get("scope", "self"),
        "year": 2022,
        "breakdown": kw.get("breakdown"),
    }


def test_agreement_counts_spans_types_and_breakdowns() -> None:
    mod = _load("bench_eval_gold_agreement", ROOT / "benchmarks" / "eval_gold_agreement.py")
    gold = [_fact(0, "proactive.items"), _fact(10, "other"), _fact(20, "other")]
    same = mod.agreement([(gold, gold)])
    assert (same["span_f1"], same["fact_f1"], same["type_kappa"]) == (1.0, 1.0, 1.0)
    second = [
        _fact(0, "proactive.items", breakdown="channel:网站"),
        _fact(10, "proactive.items", scope="jurisdiction"),
        _fact(30, "other"),
    ]
    gold[0]["breakdown"] = "channel:门户网站"  # any two channels agree
    a = mod.agreement([(second, gold)])
    assert (a["spans_both"], a["only_second"], a["only_gold"]) == (2, 1, 1)
    assert a["span_f1"] == pytest.approx(2 / 3)
    assert a["fact_f1"] == pytest.approx(1 / 3)  # 1 agreeing fact of 3 on each side
    assert a["type_agreement"] == 0.5
    # observed 1/2, expected (1·2)/4: no better than chance
    assert a["type_kappa"] == pytest.approx(0.0)
    assert (a["scope"], a["breakdown"], a["breakdown_n"]) == (1.0, 1.0, 1)
    assert a["type_confusion"] == [("other -> proactive.items", 1)]


def test_sets_split_real_and_written_documents() -> None:
    """--set old is the real documents of parts 1-2 only: the written reports (test split
    only) are their own set, and real = part3 + old."""
    mod = _load("bench_eval_gold_agreement", ROOT / "benchmarks" / "eval_gold_agreement.py")
    docs = [
        "reports/r051.txt",
        "reports/r050.txt",
        "seeds/000_x.txt",
        "corpus:gold/written/w005.txt",
    ]
    got = {
        s: [d for d in docs if mod.in_set(d, s)] for s in ("part3", "old", "written", "real", "all")
    }
    assert got["part3"] == docs[:1]
    assert got["old"] == docs[1:3]
    assert got["written"] == docs[3:]
    assert got["real"] == docs[:3] and got["all"] == docs
