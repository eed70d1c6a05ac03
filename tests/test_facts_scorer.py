"""The facts scorer in bounded memory: the same scores, bit for bit, however it batches."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import REPORTS, SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.errors import ModelError
from govinfo_nlp.facts import FactExtractor
from govinfo_nlp.facts import model as model_module
from govinfo_nlp.facts.model import (
    GATHER_CELLS,
    MODEL_FILE,
    JointScorer,
    LinearModel,
    Verdict,
    default_model_dir,
    load_model,
)
from govinfo_nlp.facts.pipeline import prepare


@pytest.fixture(scope="module")
def joint() -> JointScorer:
    model = FactExtractor().model
    if model is None:
        pytest.skip("facts model not built")
    return model.joint


@pytest.fixture(scope="module")
def encoded(joint: JointScorer) -> list[tuple[Any, Any, Any]]:
    """Every candidate of real reports, a document's encoded as one batch."""
    paths = sorted(SEEDS.glob("*.txt")) + sorted(REPORTS.glob("*.txt"))[:40]
    if not paths:
        pytest.skip("no real reports")
    ext = FactExtractor()
    out = []
    for path in paths:
        norm, sections = prepare(path.read_text(encoding="utf-8"))
        cands = ext.candidates(norm.text, sections, report_year=None)
        if cands:
            out.append(joint.encoder.encode(norm.text, cands, 0, len(cands)))
    return out


@pytest.fixture(scope="module")
def coefficients(joint: JointScorer) -> Any:
    """The joint vocabulary's coefficient rows (type classes then scope classes) read
    from the two models themselves, a zero row where a model lacks the feature."""
    model = FactExtractor().model
    assert model is not None
    n_type = len(model.type_model.classes)
    out = np.zeros((len(joint.vocabulary) + 1, joint.by_class.shape[0]))
    for linear, cols in (
        (model.type_model, slice(None, n_type)),
        (model.scope_model, slice(n_type, None)),
    ):
        coef = np.asarray(linear.coef, dtype=np.float64)
        for name, j in linear.vocabulary.items():
            out[joint.vocabulary[name], cols] = coef[j]
    return out


def _whole(coefficients: Any, idx: Any, vals: Any, lens: Any) -> Any:
    """The sums as scored before the gather was bounded: the whole batch gathered at
    once, every entry's coefficients times its weight."""
    weighted = coefficients.take(idx, axis=0)
    weighted *= vals[:, None]
    return np.add.reduceat(weighted, np.cumsum(lens) - lens, axis=0)


# GATHER_ENTRIES of session 26's scorer (kept here as the reference below)
_ENTRIES = 128


def _by_entries(joint: JointScorer, idx: Any, vals: Any, lens: Any) -> Any:
    """The sums as session 26 scored them: every class of up to _ENTRIES entries of
    whole rows gathered at once (a row with more alone), from the coefficients a
    feature a row (speed29 keeps them a class a row and gathers classes apart)."""
    weighted_rows = np.ascontiguousarray(joint.by_class.T)
    n = len(lens)
    sums = np.zeros((n, weighted_rows.shape[1]))
    has = lens > 0
    if not has.all():
        sums[has] = _by_entries(joint, idx, vals, lens[has])
        return sums
    ends = np.cumsum(lens)
    starts = ends - lens
    odd = np.flatnonzero((vals != joint.row_weight[idx]) & (idx != joint.unknown))
    fixes = weighted_rows[idx[odd]] / joint.row_weight[idx[odd], None] * vals[odd, None]
    lo = 0
    while lo < n:
        hi = lo + 1
        while hi < n and ends[hi] <= starts[lo] + _ENTRIES:
            hi += 1
        a, b = int(starts[lo]), int(ends[hi - 1])
        weighted = weighted_rows.take(idx[a:b], axis=0)
        inside = (odd >= a) & (odd < b)
        weighted[odd[inside] - a] = fixes[inside]
        np.add.reduceat(weighted, starts[lo:hi] - a, axis=0, out=sums[lo:hi])
        lo = hi
    return sums


@settings(max_examples=300, deadline=None)
@given(
    lens=st.lists(st.integers(0, 300), min_size=1, max_size=12),
    cells=st.sampled_from([1, 7, 21, 100, 1024, 5000, 10**6]),
    seed=st.integers(0, 2**32 - 1),
)
def test_sums_by_classes_are_session_26s_sums_bit_for_bit(
    joint: JointScorer, lens: list[int], cells: int, seed: int
) -> None:
    """However many classes and entries a gather holds, each row's sums (and so the
    probabilities) are those of the scorer that gathered every class of its entries
    at once, and of the whole batch gathered in one: entries the model lacks, at
    their own weight or weighed apart (a rule's score), rows without entries."""
    rng = np.random.default_rng(seed)
    n_rows = joint.by_class.shape[1]
    lens_a = np.array(lens, dtype=np.intp)
    total = int(lens_a.sum())
    idx = rng.integers(0, n_rows, total).astype(np.int32)
    idx[rng.random(total) < 0.2] = joint.unknown
    vals = joint.row_weight[idx].copy()
    apart = rng.random(total) < 0.05
    vals[apart] = rng.random(int(apart.sum())) * 3
    old = model_module.GATHER_CELLS
    model_module.GATHER_CELLS = cells  # (restored below: hypothesis reuses the fixture)
    try:
        got = joint._sums(idx, vals, lens_a)
    finally:
        model_module.GATHER_CELLS = old
    assert got.flags.c_contiguous and got.shape == (len(lens), joint.by_class.shape[0])
    assert np.array_equal(got, _by_entries(joint, idx, vals, lens_a))
    coefficients = np.ascontiguousarray((joint.by_class / joint.row_weight).T)
    if lens_a.all():
        assert np.array_equal(got, _whole(coefficients, idx, vals, lens_a))


def test_the_scorer_keeps_one_copy_of_the_coefficients(
    joint: JointScorer, coefficients: Any
) -> None:
    """The rows pre-weighted by their family give every coefficient back exactly
    (the scores' only source); no second matrix is held for the others."""
    held = [a.nbytes for a in vars(joint).values() if isinstance(a, np.ndarray)]
    assert sum(held) < 1.1 * coefficients.nbytes
    # the two models hold theirs as one array each, which predict_proba reads as it is
    model = load_model()
    assert model is not None and model.joint.by_class.shape == joint.by_class.shape
    for linear in (model.type_model, model.scope_model):
        assert isinstance(linear.coef, np.ndarray) and linear.matrix is linear.coef
        assert linear.coef.shape == (len(linear.vocabulary), len(linear.classes))
    assert np.array_equal(joint.by_class / joint.row_weight, coefficients.T)
    assert joint.by_class.flags.c_contiguous  # a class a row: a gather's classes are a slice
    # the n-gram families at weight 0.5 are pre-weighted (no product when scored)
    halves = [j for name, j in joint.vocabulary.items() if name.startswith(("ls1:", "r2:"))]
    assert halves and (joint.row_weight[halves] == 0.5).all()


def test_bounded_gathers_sum_as_one_gather(
    joint: JointScorer, coefficients: Any, encoded: list[Any]
) -> None:
    n = 0
    for idx, vals, lens in encoded:
        assert lens.all()  # every candidate has features (bias at least)
        assert np.array_equal(joint._sums(idx, vals, lens), _whole(coefficients, idx, vals, lens))
        n += len(lens)
    assert n * 100 > GATHER_CELLS  # documents bigger than one gather were scored


def test_verdicts_are_the_probabilities_best_classes(
    joint: JointScorer, encoded: list[Any]
) -> None:
    for idx, vals, lens in encoded:
        probs = joint.predict_encoded(idx, vals, lens)
        assert joint.verdicts(idx, vals, lens) == [Verdict.of(t, s) for t, s in probs]
        # a candidate's verdict does not depend on the batch it was scored in
        k = len(lens) // 2
        cut = int(lens[:k].sum())
        parts = joint.verdicts(idx[:cut], vals[:cut], lens[:k]) + joint.verdicts(
            idx[cut:], vals[cut:], lens[k:]
        )
        assert parts == joint.verdicts(idx, vals, lens)


class _CountingMatrix(np.ndarray):
    """The coefficient matrix, recording how many coefficients each gather takes."""

    taken: list[int]

    def take(self, indices: Any, *args: Any, **kwargs: Any) -> Any:
        self.taken.append(len(indices) * self.shape[0])
        return np.asarray(self).take(indices, *args, **kwargs)


def test_a_gather_holds_a_bounded_number_of_coefficients(
    joint: JointScorer, encoded: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = joint.by_class.view(_CountingMatrix)
    spy.taken = []  # (the slices of a view share the list: their class attribute)
    _CountingMatrix.taken = spy.taken
    monkeypatch.setattr(joint, "by_class", spy)
    biggest = 0
    for idx, vals, lens in encoded:
        joint._sums(idx, vals, lens)
        biggest = max(biggest, int(lens.max()))
    # whole candidates and some classes up to the budget; a class of a candidate
    # with more entries alone
    assert spy.taken and max(spy.taken) <= max(GATHER_CELLS, biggest)
    n_class = joint.by_class.shape[0]
    assert sum(spy.taken) == n_class * sum(len(idx) for idx, _, _ in encoded)


def test_scoring_holds_one_gather_and_a_small_buffer(
    joint: JointScorer, encoded: list[Any]
) -> None:
    """A chunk of 8 candidates (the extractor's) is scored holding one gather of at
    most GATHER_CELLS coefficients at a time, the few rows weighed apart (a rule's
    score), the sums and what tells the entries weighed apart (9 bytes an entry),
    not every class of a candidate's entries (session 26: 17-30 KB, a small
    report's peak memory)."""
    n_class = joint.by_class.shape[0]
    item = joint.by_class.itemsize
    checked = 0
    for idx, vals, lens in encoded:
        lens = lens[:8]
        cut = int(lens.sum())
        idx, vals = idx[:cut], vals[:cut]
        if len(lens) < 2:
            continue
        tracemalloc.start()
        try:
            joint._sums(idx, vals, lens)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        gather = max(GATHER_CELLS, int(lens.max())) * item
        # (and at most 4 rows a candidate weighed apart: rule_type= x3, best_score;
        # the sums twice, as gathered and a row a candidate; a few index arrays)
        assert peak <= gather + 9 * cut + 6 * len(lens) * n_class * item + 4000
        # session 26's bound: every class of the biggest candidate's entries
        assert peak < (int(lens.max()) * n_class + cut) * item
        checked += 1
    assert checked > 10


def test_a_row_without_features_scores_as_the_bias_alone(joint: JointScorer) -> None:
    a, b, c = list(joint.vocabulary)[:3]  # features the model has (non-zero rows)
    rows = [{a: 1.0, b: 0.5}, {}, {a: 1.0, b: 1.0, c: 1.0}, {}]
    got = joint.predict(rows)
    # each row as if scored alone: the rows before an empty one keep all their terms
    assert got == [joint.predict([r])[0] for r in rows]
    assert got[1] == got[3] != got[2]


def test_the_extractor_needs_no_probability_dicts(
    joint: JointScorer, monkeypatch: pytest.MonkeyPatch
) -> None:
    path: Path = sorted(SEEDS.glob("*.txt"))[0]
    norm, sections = prepare(path.read_text(encoding="utf-8"))
    ext = FactExtractor()
    before = ext.extract(norm, sections, report_year=None)

    def no_dicts(*args: Any) -> Any:
        raise AssertionError("probability dicts built")

    monkeypatch.setattr(JointScorer, "_probs", no_dicts)
    assert ext.extract(norm, sections, report_year=None) == before


@pytest.mark.parametrize("chunk", [1, 2, 5])
def test_facts_do_not_depend_on_the_chunks_dropped_behind(
    joint: JointScorer, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Small chunks drop candidates early; each fact is still the one decided in one chunk."""
    from govinfo_nlp.facts import extractor

    ext = FactExtractor()
    paths = sorted(SEEDS.glob("*.txt"))[:3] + sorted(REPORTS.glob("*.txt"))[:12]
    docs = [prepare(p.read_text(encoding="utf-8")) for p in paths]
    monkeypatch.setattr(extractor, "_SCORE_CHUNK", 10**9)
    monkeypatch.setattr(extractor, "_MAX_CHUNK", 10**9)
    whole = [ext.extract(norm, sections, report_year=2020) for norm, sections in docs]
    assert sum(map(len, whole)) > 50
    monkeypatch.setattr(extractor, "_SCORE_CHUNK", chunk)
    monkeypatch.setattr(extractor, "_CHARS_PER_CANDIDATE", 10**9)  # chunks of ``chunk``
    assert [ext.extract(norm, sections, report_year=2020) for norm, sections in docs] == whole


def test_a_long_document_is_scored_while_it_is_analysed(
    joint: JointScorer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Candidates are scored a few chunks behind the analysis, not once all are
    held (a long document's peak memory); the facts are the same."""
    from govinfo_nlp.facts import extractor

    paths = sorted(SEEDS.glob("*.txt"))[:3]
    docs = [prepare(p.read_text(encoding="utf-8")) for p in paths]
    ext = FactExtractor()
    monkeypatch.setattr(extractor, "_READ_AHEAD", 10**9)
    whole = [ext.extract(norm, sections, report_year=2020) for norm, sections in docs]
    produced = scored = 0
    ahead: list[int] = []
    real_iter, real_verdicts = FactExtractor._iter_candidates, JointScorer.verdicts

    def counting_iter(self: FactExtractor, *args: Any, **kwargs: Any) -> Any:
        nonlocal produced
        for c in real_iter(self, *args, **kwargs):
            produced += 1
            yield c

    def counting_verdicts(self: JointScorer, cols: Any, vals: Any, lens: Any) -> Any:
        nonlocal scored
        ahead.append(produced - scored)
        scored += len(lens)
        return real_verdicts(self, cols, vals, lens)

    monkeypatch.setattr(FactExtractor, "_iter_candidates", counting_iter)
    monkeypatch.setattr(JointScorer, "verdicts", counting_verdicts)
    monkeypatch.setattr(extractor, "_READ_AHEAD", 4)
    monkeypatch.setattr(extractor, "_CHARS_PER_CANDIDATE", 10**9)  # chunks of _SCORE_CHUNK
    for (norm, sections), facts in zip(docs, whole, strict=True):
        produced = scored = 0
        assert ext.extract(norm, sections, report_year=2020) == facts
        assert scored == produced == len(facts)
    assert len(ahead) > 5
    # a chunk, the read-ahead and the candidate after them
    assert max(ahead) <= extractor._SCORE_CHUNK + 4 + 1


def test_the_model_file_round_trips_through_the_arrays() -> None:
    """The coefficients read into arrays are the file's numbers: written back they give
    the file's very lists (training writes a model with to_json)."""
    directory = default_model_dir()
    if directory is None or not (directory / MODEL_FILE).is_file():
        pytest.skip("facts model not built")
    raw = json.loads((directory / MODEL_FILE).read_text(encoding="utf-8"))
    for task in ("type", "scope"):
        linear = LinearModel.from_json(raw[task])
        assert linear.coef.dtype == np.float64 and not linear.coef.flags.writeable
        assert linear.to_json() == raw[task]
        assert linear == LinearModel.from_json(raw[task])


def test_a_model_built_from_rows_scores_as_its_array() -> None:
    # training builds a model from tuples of floats: the same array, the same scores
    rows = ((0.5, -0.25), (1.0, 2.0))
    linear = LinearModel(("a", "b"), {"x": 0, "y": 1}, rows, (0.1, -0.1))
    assert linear.coef.tolist() == [list(r) for r in rows]
    assert linear == LinearModel(("a", "b"), {"x": 0, "y": 1}, np.array(rows), (0.1, -0.1))
    assert linear != LinearModel(
        ("a", "b"), {"x": 0, "y": 1}, ((0.5, -0.25), (1.0, 2.5)), (0.1, -0.1)
    )
    z = np.array([0.1 + 0.5 + 2.0, -0.1 - 0.25 + 4.0])
    p = np.exp(z - z.max()) / np.exp(z - z.max()).sum()
    assert linear.predict_proba({"x": 1.0, "y": 2.0, "unknown": 3.0}) == dict(zip("ab", p.tolist()))
    empty = LinearModel(("a", "b"), {}, (), (0.0, 0.0))
    assert empty.coef.shape == (0, 2) and empty.predict_proba({"x": 1.0}) == {"a": 0.5, "b": 0.5}


@pytest.mark.parametrize(
    "coef",
    [
        [[1.0, 2.0], [3.0]],
        [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]],
        [[1.0, None], [2.0, 3.0]],
        [1.0, 2.0],
    ],
    ids=["ragged", "too-wide", "null", "flat"],
)
def test_a_bad_coefficient_table_is_a_model_error(coef: Any) -> None:
    raw = {"classes": ["a", "b"], "vocabulary": {"x": 0, "y": 1}, "coef": coef, "intercept": [0, 0]}
    with pytest.raises(ModelError):
        LinearModel.from_json(raw)


def test_a_longer_document_is_scored_in_bigger_chunks(
    joint: JointScorer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A small report in chunks of _SCORE_CHUNK (its peak memory), a longer one in
    chunks that grow with its text up to _MAX_CHUNK (fewer numpy calls); the
    facts are those of any other chunking."""
    from govinfo_nlp.facts import extractor

    assert extractor._chunk_size(0) == extractor._SCORE_CHUNK
    assert extractor._chunk_size(730) == extractor._SCORE_CHUNK  # a 2 KB excerpt
    assert extractor._chunk_size(2600) > extractor._SCORE_CHUNK
    assert extractor._chunk_size(10**7) == extractor._MAX_CHUNK
    sizes = [extractor._chunk_size(n) for n in range(0, 10000, 97)]
    assert sizes == sorted(sizes)
    path = sorted(SEEDS.glob("*.txt"))[0]
    # a report three times over: more candidates than its chunk holds
    norm, sections = prepare(path.read_text(encoding="utf-8") * 3)
    chunk = extractor._chunk_size(len(norm.text))
    assert chunk > 2 * extractor._SCORE_CHUNK
    chunks: list[int] = []
    real_verdicts = JointScorer.verdicts

    def counting_verdicts(self: JointScorer, cols: Any, vals: Any, lens: Any) -> Any:
        chunks.append(len(lens))
        return real_verdicts(self, cols, vals, lens)

    ext = FactExtractor()
    monkeypatch.setattr(JointScorer, "verdicts", counting_verdicts)
    facts = ext.extract(norm, sections, report_year=2020)
    assert len(chunks) > 1 and set(chunks[:-1]) == {chunk} and chunks[-1] <= chunk
    chunks.clear()
    monkeypatch.setattr(extractor, "_CHARS_PER_CANDIDATE", 10**9)
    assert ext.extract(norm, sections, report_year=2020) == facts
    assert max(chunks) == extractor._SCORE_CHUNK
