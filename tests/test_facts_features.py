"""The run-time feature encoder is the training features, column for column."""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest
from conftest import facts_documents
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govinfo_nlp.facts import FactExtractor
from govinfo_nlp.facts.features import (
    _KEYED,
    FAMILIES,
    WINDOW_FAMILIES,
    _gram_key,
    candidate_features,
    keyed_family,
)
from govinfo_nlp.facts.pipeline import prepare


@pytest.fixture(scope="module")
def extractor() -> FactExtractor:
    ext = FactExtractor()
    if ext.model is None:
        pytest.skip("facts model not built")
    return ext


def _check_document(ext: FactExtractor, text: str, cands: Sequence[Any], chunk: int) -> None:
    """The batched rows are the dict features' known rows, in order, with their
    weights, and score exactly as the dicts do, whatever the chunk size."""
    assert ext.model is not None
    joint = ext.model.joint
    rows = [candidate_features(text, cands, i) for i in range(len(cands))]
    marks: dict[tuple[int, int], int] = {}  # one for the document, as extract passes it
    for lo in range(0, len(cands), chunk):
        hi = min(len(cands), lo + chunk)
        cols, vals, lens = joint.encoder.encode(text, cands, lo, hi, marks)
        assert len(cols) == len(vals) == int(np.sum(lens))
        pos = 0
        for row, k in zip(rows[lo:hi], lens.tolist(), strict=True):
            # the rows the scorer looks the dict's features up as, in order, same weights
            want = [(joint.vocabulary.get(f, joint.unknown), v) for f, v in row.items()]
            got = list(zip(cols[pos : pos + k].tolist(), vals[pos : pos + k].tolist()))
            assert got == want
            pos += k
        # bit for bit: the same rows summed in the same order
        assert joint.predict_encoded(cols, vals, lens) == joint.predict(rows[lo:hi])


def test_encoder_matches_candidate_features(extractor: FactExtractor) -> None:
    n = 0
    for path in facts_documents():
        norm, sections = prepare(path.read_text(encoding="utf-8"))
        cands = extractor.candidates(norm.text, sections, report_year=None)
        _check_document(extractor, norm.text, cands, 128)
        n += len(cands)
    assert n > 0


# prose made of report words, numbers, counters, marks, spaces and rare characters
_PIECES = st.sampled_from(
    [
        "主动公开政府信息",
        "收到",
        "申请",
        "办结",
        "其中",
        "、",
        "，",
        "。",
        " ",
        "\n",
        "全市",
        "本机关",
        "累计",
        "2020年",
        "上年",
        "行政复议",
        "培训",
        "举办",
        "𠀀",
        "ａ",
        "Ⅻ",
    ]
)
_NUMBERS = st.builds(
    operator.add,
    st.integers(min_value=0, max_value=99999).map(str),
    st.sampled_from(["件", "条", "次", "人次", "%", "", "余件", "篇", "场"]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.one_of(_PIECES, _NUMBERS), min_size=1, max_size=60),
    chunk=st.integers(min_value=1, max_value=9),
)
def test_batched_scores_equal_per_candidate_scores(
    extractor: FactExtractor, parts: list[str], chunk: int
) -> None:
    norm, sections = prepare("一、总体情况\n" + "".join(parts) + "。\n")
    cands = extractor.candidates(norm.text, sections, report_year=2020)
    _check_document(extractor, norm.text, cands, chunk)


# the characters of report windows, an astral one (a key holds 21 bits a
# character) and a space (kept in the right window, dropped from the left ones)
_WINDOW = st.text(alphabet=st.sampled_from("公开政府信息申请件条、，其中 𠀀ａ12"), max_size=20)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(windows=st.lists(st.tuples(_WINDOW, _WINDOW, _WINDOW, _WINDOW), min_size=1, max_size=6))
def test_window_ngrams_are_the_string_ngrams(
    extractor: FactExtractor, windows: list[tuple[str, str, str, str]]
) -> None:
    """The batch's n-grams, keyed and deduplicated as arrays, are each window's
    distinct n-grams as strings, first occurrence first, looked up by name."""
    assert extractor.model is not None
    joint = extractor.model.joint
    rows, families, per_candidate = joint.encoder._window_grams(
        [w for four in windows for w in four], len(windows)
    )
    want_rows: list[int] = []
    want_families: list[int] = []
    want_counts: list[int] = []
    for four in windows:
        count = 0
        for f, (w, n, family, _) in enumerate(WINDOW_FAMILIES):
            s = four[w]
            grams = dict.fromkeys(s[k : k + n] for k in range(len(s) - n + 1))
            want_rows += [joint.vocabulary.get(family + g, joint.unknown) for g in grams]
            want_families += [f] * len(grams)
            count += len(grams)
        want_counts.append(count)
    assert rows.tolist() == want_rows
    assert families.tolist() == want_families
    assert per_candidate.tolist() == want_counts


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    years=st.tuples(st.integers(2000, 2099), st.integers(2000, 2099)),
    numbers=st.tuples(st.integers(1, 999), st.integers(1, 999)),
    counts=st.tuples(st.integers(1, 10**7), st.integers(1, 10**7)),
)
def test_context_ngrams_see_that_a_figure_stands_there_not_which(
    years: tuple[int, int], numbers: tuple[int, int], counts: tuple[int, int]
) -> None:
    """Two pages that differ only in the figures of a year, a document number and
    another count around a fact (1,234,567 with its commas) give that fact the
    same features: each figure of the context windows reads as one 0
    (features.FEATURE_SET 3; facts-v2's n-grams saw the digits, and a value
    change flipped facts, benchmarks/eval_metamorphic_facts.py)."""
    ext = FactExtractor(model=None)

    def features(year: int, number: int, count: int) -> list[dict[str, float]]:
        text = (
            f"一、总体情况\n{year}年，我局依据〔{year}〕{number}号文件，"
            f"收到政府信息公开申请38件，办结{count:,}件，答复率100%。\n"
        )
        norm, sections = prepare(text)
        cands = ext.candidates(norm.text, sections, report_year=year)
        return [
            candidate_features(norm.text, cands, i)
            for i, c in enumerate(cands)
            if norm.text[c.start : c.end] == "38件"
        ]

    one = features(years[0], numbers[0], counts[0])
    assert len(one) == 1
    assert one == features(years[1], numbers[1], counts[1])
    grams = [name.split(":", 1)[1] for name in one[0] if ":" in name]
    assert "0" in "".join(grams) and not any(ch in "123456789" for g in grams for ch in g)


def _old_keyed_family(name: str) -> str | None:
    """The family look-up FeatureEncoder made before session 27: every family tried."""
    return next((f for f in _KEYED if name.startswith(f)), None)


# names built from the families' own pieces, marks and characters in any order
_NAME_PIECES = st.sampled_from([*FAMILIES, "=", ":", "申请", "件", "1", "lc", "L", "scope_"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=5).map("".join))
def test_a_names_family_is_found_in_one_look_up_as_by_trying_all(name: str) -> None:
    assert keyed_family(name) == _old_keyed_family(name)


def test_the_encoders_tables_are_those_every_family_tried_gives(
    extractor: FactExtractor,
) -> None:
    assert extractor.model is not None
    joint = extractor.model.joint
    old: dict[str, dict[str, int]] = {f: {} for f in FAMILIES}
    for name, col in joint.vocabulary.items():
        if name in old:
            old[name][""] = col
        elif (family := _old_keyed_family(name)) is not None:
            old[family][name[len(family) :]] = col
    windows = {family for _, _, family, _ in WINDOW_FAMILIES}
    got = joint.encoder._tables
    assert {f: t for f, t in got.items() if f not in windows} == {
        f: t for f, t in old.items() if f not in windows
    }
    # the n-grams' keys and rows, from the old tables
    pairs = sorted(
        (_gram_key(w, n, v), col)
        for w, n, family, _ in WINDOW_FAMILIES
        for v, col in old[family].items()
        if len(v) == n
    )
    assert joint.encoder._gram_keys.tolist() == [k for k, _ in pairs]
    assert joint.encoder._gram_rows.tolist() == [c for _, c in pairs]
