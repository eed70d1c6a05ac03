"""spaCy users get everything inside their own pipeline."""

from __future__ import annotations


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
