"""The facts scorer in bounded memory: the same scores, bit for bit, however it batches."""

from __future__ import annotations

import json
import threading
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
from govinfo_nlp.facts.model import (
    GATHER_ENTRIES,
    MODEL_FILE,
    SCRATCH_ENTRIES,
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
    out = np.zeros((len(joint.vocabulary) + 1, joint.weighted.shape[1]))
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


def test_the_scorer_keeps_one_copy_of_the_coefficients(
    joint: JointScorer, coefficients: Any
) -> None:
    """The rows pre-weighted by their family give every coefficient back exactly
    (the scores' only source); no second matrix is held for the others."""
    held = [a.nbytes for a in vars(joint).values() if isinstance(a, np.ndarray)]
    assert sum(held) < 1.1 * coefficients.nbytes
    # the two models hold theirs as one array each, which predict_proba reads as it is
    model = load_model()
    assert model is not None and model.joint.weighted.shape == joint.weighted.shape
    for linear in (model.type_model, model.scope_model):
        assert isinstance(linear.coef, np.ndarray) and linear.matrix is linear.coef
        assert linear.coef.shape == (len(linear.vocabulary), len(linear.classes))
    assert np.array_equal(joint.weighted / joint.row_weight[:, None], coefficients)
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
    assert n > GATHER_ENTRIES  # documents bigger than one gather were scored


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


def _random_batch(joint: JointScorer, lens: list[int], seed: int) -> tuple[Any, Any, Any]:
    """Entries of random features (a fifth the model lacks), at their own weight or
    (one in twenty) weighed apart, as a rule's score is."""
    rng = np.random.default_rng(seed)
    lens_a = np.array(lens, dtype=np.intp)
    total = int(lens_a.sum())
    idx = rng.integers(0, len(joint.weighted), total).astype(np.int32)
    idx[rng.random(total) < 0.2] = joint.unknown
    vals = joint.row_weight[idx].copy()
    apart = rng.random(total) < 0.05
    vals[apart] = rng.random(int(apart.sum())) * 3
    return idx, vals, lens_a


@settings(max_examples=200, deadline=None)
@given(
    lens=st.lists(st.integers(1, 2 * SCRATCH_ENTRIES), min_size=1, max_size=10),
    seed=st.integers(0, 2**32 - 1),
)
def test_gathers_in_the_scratch_sum_as_one_gather(
    joint: JointScorer, coefficients: Any, lens: list[int], seed: int
) -> None:
    """Gathers taken into the thread's scratch (and, for a candidate of more entries
    than it holds, made for it) give the sums of the whole batch gathered at once,
    bit for bit, whatever the scratch held before."""
    idx, vals, lens_a = _random_batch(joint, lens, seed)
    expected = _whole(coefficients, idx, vals, lens_a)
    assert np.array_equal(joint._sums(idx, vals, lens_a), expected)
    joint._scratch(SCRATCH_ENTRIES).fill(np.nan)  # what an earlier gather left
    assert np.array_equal(joint._sums(idx, vals, lens_a), expected)


def test_a_scorer_with_a_scratch_pickles_and_scores_the_same(joint: JointScorer) -> None:
    """The engine goes to worker processes whole (spawn, Dask, the grid search): a
    threading.local scratch did not pickle (test_facts_crossval failed in CI)."""
    import pickle

    idx, vals, lens = _random_batch(joint, [3, 40, 200], 7)
    joint._scratch(SCRATCH_ENTRIES)  # this thread's scratch exists
    copy = pickle.loads(pickle.dumps(joint))
    assert np.array_equal(copy._sums(idx, vals, lens), joint._sums(idx, vals, lens))


def test_threads_score_with_scratches_of_their_own(joint: JointScorer, coefficients: Any) -> None:
    """Each thread gathers into its own scratch: batches scored at once in several
    threads get the sums each gets alone (a shared scratch would mix them)."""
    batches = [_random_batch(joint, [120, 90, 140, 60] * 3, seed) for seed in range(4)]
    expected = [_whole(coefficients, *b) for b in batches]
    wrong: list[int] = []
    start = threading.Barrier(len(batches))

    def score(k: int) -> None:
        start.wait()
        for _ in range(200):
            if not np.array_equal(joint._sums(*batches[k]), expected[k]):
                wrong.append(k)

    threads = [threading.Thread(target=score, args=(k,)) for k in range(len(batches))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not wrong
    assert all(not t.is_alive() for t in threads)


def test_a_documents_gathers_are_not_made_per_document(
    joint: JointScorer, encoded: list[Any]
) -> None:
    """Once a thread's scratch is made, scoring a chunk allocates no gather: what is
    held is the sums, the rows weighed apart (a rule's score) and what tells those
    entries (the weights of the entries' features, their converted index and two
    masks: 18 bytes an entry), not 21 classes of a candidate's entries (17-30 KB,
    the peak of a small report before speed29)."""
    row_bytes = joint.weighted.shape[1] * joint.weighted.itemsize
    joint._sums(*encoded[0])  # (this thread's scratch made)
    checked = 0
    for idx, vals, lens in encoded:
        lens = lens[:8]
        cut = int(lens.sum())
        if len(lens) < 2 or int(lens.max()) > SCRATCH_ENTRIES:
            continue
        tracemalloc.start()
        try:
            joint._sums(idx[:cut], vals[:cut], lens)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        # (at most 4 rows a candidate weighed apart: rule_type= x3, best_score)
        assert peak <= 18 * cut + (4 + 1) * len(lens) * row_bytes + 4000
        assert peak < int(lens.max()) * row_bytes  # less than one candidate's gather
        checked += 1
    assert checked > 10


class _CountingMatrix(np.ndarray):
    """The coefficient matrix, recording how many rows each gather takes."""

    taken: list[int]

    def take(self, indices: Any, *args: Any, **kwargs: Any) -> Any:
        self.taken.append(len(indices))
        return np.asarray(self).take(indices, *args, **kwargs)


def test_a_gather_holds_a_bounded_number_of_entries(
    joint: JointScorer, encoded: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = joint.weighted.view(_CountingMatrix)
    spy.taken = []
    monkeypatch.setattr(joint, "weighted", spy)
    biggest = 0
    for idx, vals, lens in encoded:
        joint._sums(idx, vals, lens)
        biggest = max(biggest, int(lens.max()))
    # whole candidates up to the budget; a candidate with more entries alone
    assert spy.taken and max(spy.taken) <= max(GATHER_ENTRIES, biggest)
    assert sum(spy.taken) == sum(len(idx) for idx, _, _ in encoded)


def test_scoring_holds_one_gather_and_a_small_buffer(
    joint: JointScorer, encoded: list[Any]
) -> None:
    """A chunk of 8 candidates (the extractor's) is scored holding one gather at a
    time and the few rows weighed apart (a rule's score), not two gathers and
    numpy's buffer for a product as big as one (a small report's peak memory)."""
    row_bytes = joint.weighted.shape[1] * joint.weighted.itemsize
    checked = 0
    for idx, vals, lens in encoded:
        lens = lens[:8]
        cut = int(lens.sum())
        idx, vals = idx[:cut], vals[:cut]
        if len(lens) < 2:
            continue
        # the biggest gather: whole candidates up to the budget, one alone above it
        ends = np.cumsum(lens).tolist()
        begin, biggest, lo = [0, *ends[:-1]], 0, 0
        while lo < len(lens):
            hi = lo + 1
            while hi < len(lens) and ends[hi] <= begin[lo] + GATHER_ENTRIES:
                hi += 1
            biggest = max(biggest, ends[hi - 1] - begin[lo])
            lo = hi
        tracemalloc.start()
        try:
            joint._sums(idx, vals, lens)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        # (the rest: the sums and a few index arrays and lists of 8 numbers)
        # (and at most 4 rows a candidate weighed apart: rule_type= x3, best_score)
        assert peak <= (biggest + 4 * len(lens)) * row_bytes + 8000
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
