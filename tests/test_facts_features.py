"""The run-time feature encoder is the training features, column for column."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

from govinfo_nlp.facts import FactExtractor
from govinfo_nlp.facts.features import candidate_features
from govinfo_nlp.facts.pipeline import prepare


def _documents() -> list[Path]:
    docs = sorted(SEEDS.glob("*.txt")) + sorted(
        (ROOT / "datasets" / "redteam" / "facts").glob("f*.txt")
    )
    if not docs:
        pytest.skip("no documents to encode")
    return docs


def test_encoder_matches_candidate_features() -> None:
    ext = FactExtractor()
    model = ext.model
    if model is None:
        pytest.skip("facts model not built")
    joint = model.joint
    n = 0
    for path in _documents():
        norm, sections = prepare(path.read_text(encoding="utf-8"))
        cands = ext.candidates(norm.text, sections, report_year=None)
        cols: list[int] = []
        vals: list[float] = []
        lens = [joint.encoder.encode(norm.text, cands, i, cols, vals) for i in range(len(cands))]
        rows = [candidate_features(norm.text, cands, i) for i in range(len(cands))]
        pos = 0
        for row, k in zip(rows, lens, strict=True):
            # the rows the scorer looks the dict's features up as, in order, same weights
            want = [(joint.vocabulary.get(f, joint.unknown), v) for f, v in row.items()]
            assert list(zip(cols[pos : pos + k], vals[pos : pos + k], strict=True)) == want
            pos += k
        assert pos == len(cols) == len(vals)
        assert joint.predict_columns(cols, vals, lens) == joint.predict(rows)
        n += len(cands)
    assert n > 0
