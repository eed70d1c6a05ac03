"""spaCy users get everything inside their own pipeline; load() pipelines save and reload;
every component has an entry point."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import seed_path

spacy = pytest.importorskip("spacy")

from govinfo_nlp.tokens import MERGE_COMPONENT, load  # noqa: E402


def test_load_then_add_the_facts_component() -> None:
    import govinfo_nlp

    nlp = govinfo_nlp.load()
    nlp.add_pipe("govinfo_facts")
    doc = nlp(
        "一、总体情况\n2020年，本机关共办结政府信息公开申请65件，举办培训两场，参训800多人次。"
    )
    assert "65件" in [t.text for t in doc] and "800多人次" in [t.text for t in doc]
    spans = {(s.text, s.label_) for s in doc.spans["govinfo_facts"]}
    assert ("参训800多人次", "training.attendees") in spans
    assert any(label == "requests.closed" and "65件" in text for text, label in spans)


ROOT = Path(__file__).resolve().parents[1]
SENTENCES = [
    "全年共办结依申请公开65件，其中予以公开46.72%。",
    "本机关2020年1月1日至12月31日收到申请1200余条(次)，近50件左右。",
    "政务新媒体发布信息800多人次，举办培训两场。",
]


def _texts() -> list[str]:
    return [*SENTENCES, seed_path("000").read_text(encoding="utf-8-sig")[:3000]]


def _tokens(nlp: object, texts: list[str]) -> list[list[str]]:
    return [[t.text for t in nlp(text)] for text in texts]  # type: ignore[operator]


def test_a_saved_pipeline_reloads_and_tokenizes_identically(tmp_path: Path) -> None:
    nlp = load()
    nlp.add_pipe("govinfo_facts", config={"report_year": 2020})
    texts = _texts()
    before = _tokens(nlp, texts)
    nlp.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    assert again.pipe_names == [MERGE_COMPONENT, "govinfo_facts"]
    assert _tokens(again, texts) == before
    # the segmenter is ours, without pkuseg's default post-processing
    assert again.tokenizer.pkuseg_seg.postprocesser.do_process is False
    doc, doc_again = nlp(texts[0]), again(texts[0])
    spans = [(s.start_char, s.end_char, s.label_) for s in doc.spans["govinfo_facts"]]
    reloaded = doc_again.spans["govinfo_facts"]
    assert spans and [(s.start_char, s.end_char, s.label_) for s in reloaded] == spans


def test_a_bare_load_pipeline_saves_too(tmp_path: Path) -> None:
    nlp = load(merge_quantities=False)
    nlp.to_disk(tmp_path / "bare")
    again = spacy.load(tmp_path / "bare")
    assert again.pipe_names == []
    assert _tokens(again, SENTENCES) == _tokens(nlp, SENTENCES)


def test_fact_spans_carry_value_unit_type_scope_by_default() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("govinfo_facts", config={"report_year": 2020})
    doc = nlp("一、总体情况\n2020年共办结政府信息依申请公开65件,公开政府公报12期。")
    by_label = {s.label_: s for s in doc.spans["govinfo_facts"]}
    closed = by_label["requests.closed"]
    assert (closed._.value, closed._.unit, closed._.scope) == (65, "件", "self")
    assert closed._.fact["type"] == "requests.closed" and closed._.fact["value"] == 65
    assert closed._.breakdown is None
    assert by_label["proactive.gazette"]._.value == 12
    assert not doc.has_extension("govinfo_facts") or doc._.govinfo_facts is None


def test_every_component_has_an_entry_point() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    section = pyproject.split("[project.entry-points.spacy_factories]", 1)[1].split("\n[", 1)[0]
    declared = dict(re.findall(r'^(\w+) = "([\w.:]+)"', section, re.M))
    registered = {
        name
        for path in (ROOT / "govinfo_nlp").rglob("*.py")
        for name in re.findall(r'@Language\.(?:factory|component)\(\s*"?(\w+)', path.read_text())
    }
    registered = {MERGE_COMPONENT if n == "MERGE_COMPONENT" else n for n in registered}
    assert registered == set(declared) == {"govinfo_facts", MERGE_COMPONENT}
    for name, target in declared.items():
        module, attr = target.split(":")
        factory = getattr(__import__(module, fromlist=[attr]), attr)
        assert spacy.language.Language.has_factory(name) and callable(factory)
