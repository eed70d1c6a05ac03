"""benchmarks/bench_facts.py times the facts stage on what the pipeline hands it."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from conftest import ROOT

from govinfo_nlp.facts import FactExtractor


def _bench() -> ModuleType:
    path = ROOT / "benchmarks" / "bench_facts.py"
    spec = importlib.util.spec_from_file_location("bench_facts", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_document_reaches_the_stage_with_the_pipelines_keywords() -> None:
    # the spy once named report_year alone: when the pipeline began passing agency
    # and max_facts, it raised, the pipeline's stage guard swallowed that, and the
    # benchmark printed an empty table
    bench = _bench()
    text = "北京市某区财政局2022年政府信息公开工作年度报告\n一、总体情况\n本年度收到政府信息公开申请5件，均已按时办结。\n"
    (captured,) = bench.capture_inputs([(text, None)])
    _, sections, kwargs = captured
    assert sections and kwargs["report_year"] == 2022
    assert {"agency", "max_facts"} <= set(kwargs)
    facts = FactExtractor().extract(captured[0], sections, **kwargs)
    assert any(f.value == 5 for f in facts)
