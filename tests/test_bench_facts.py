"""benchmarks/bench_facts.py times the facts stage on what the pipeline hands it."""

from __future__ import annotations

from types import ModuleType

import pytest
from conftest import ROOT, load_module

from govinfo_nlp.facts import FactExtractor


def _bench() -> ModuleType:
    return load_module("bench_facts", ROOT / "benchmarks" / "bench_facts.py")


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


def test_stage_peaks_tell_where_each_documents_peak_is_and_restore_the_stage() -> None:
    # --memory: per document the stage's peak over its text's size, and the step
    # reaching it (issue 17's lever: a small report's peak is the scorer's gathers)
    from govinfo_nlp.facts.features import FeatureEncoder
    from govinfo_nlp.facts.model import JointScorer

    bench = _bench()
    texts = [
        "北京市某区财政局2022年政府信息公开工作年度报告\n一、总体情况\n"
        "本年度收到政府信息公开申请5件，均已按时办结。主动公开政府信息120条，其中政策解读8条。\n",
        "某县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n全年未收到申请。\n",
    ]
    inputs = bench.capture_inputs([(t, None) for t in texts])
    ext = FactExtractor()
    if ext.model is None:
        pytest.skip("facts model not built: nothing is encoded or scored")
    real = (JointScorer._sums, FeatureEncoder.encode)
    m = bench.stage_peaks(ext, inputs)
    assert (JointScorer._sums, FeatureEncoder.encode) == real  # the spies are gone
    assert sum(m["where"].values()) == len(inputs)
    assert 0 < m["median"] <= m["worst"]
    # the stage's peak is at least the peak inside each step, which the first text reaches
    assert 0 < m["inside"]["scorer"] <= m["worst"]
    assert 0 < m["inside"]["encoder"] <= m["worst"]


def test_the_cached_grammar_answers_the_text_the_stage_reads() -> None:
    # facts-no-grammar keyed its cache by the text handed to the stage, which asks
    # about its reading view: a page typed with ASCII marks (or a wrapped line)
    # missed, and the grammar ran on the whole text inside the timed passes
    from govinfo_nlp.facts.extractor import reading_text

    bench = _bench()
    text = (
        "北京市某区财政局2022年政府信息公开工作年度报告\n一、总体情况\n"
        "本年度收到政府信息公开申请5件,均已按时办结.主动公开政府信息120条.\n"
    )
    inputs = bench.capture_inputs([(text, None)])
    find = bench.cached_finder(inputs)
    norm, sections, kwargs = inputs[0]
    view = reading_text(norm, sections)[0].text
    assert view != norm.text  # (the ASCII marks read as Chinese ones)
    assert find(view) is find(view)  # answered from the cache, not found again
    cached = FactExtractor(find_quantities=find).extract(norm, sections, **bench._fresh(kwargs))
    assert cached == FactExtractor().extract(norm, sections, **bench._fresh(kwargs))
    assert any(f.value == 120 for f in cached)
