"""Functions of the facts stage rewritten for speed answer as the versions they
replaced: the old versions are kept here, verbatim but for names, as the reference."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import repeat
from typing import Any

import pytest
from conftest import facts_documents
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.facts import FactExtractor
from govinfo_nlp.facts.cues import (
    SENT_BACK,
    SENT_FWD,
    _may_at,
    _repeated_numeral,
    bounds,
    not_a_fact,
)
from govinfo_nlp.facts.features import first_qizhong, head_features, tail_features, windows
from govinfo_nlp.facts.pipeline import prepare
from govinfo_nlp.facts.rules import Cues, load_cues
from govinfo_nlp.quantities import find_quantities

CUES = load_cues()

# --- the reference versions ----------------------------------------------------

_BEFORE_CUES = ("policy_name", "article", "direction", "period")
_SLOGAN_REACH = 200


def old_not_a_fact(cues: Cues, text: str, q: Any) -> bool:
    if (
        cues.name_after is not None
        and _may_at(cues.gates["name_after"], text, q.end)
        and cues.name_after.match(text, q.end)
    ):
        return True
    if cues.repeated_items and _repeated_numeral(text, q, cues.repeated_items):
        return True
    before_cues = (
        (cues.policy_name, q.unit == "条", 3),
        (cues.article, q.text in cues.article_texts, 3),
        (cues.direction, q.unit in cues.direction_units, 2),
        (cues.period, q.unit in cues.period_units, 4),
    )
    gates = cues.gates
    for (pattern, applies, reach), name in zip(before_cues, _BEFORE_CUES, strict=True):
        if (
            pattern is not None
            and applies
            and _may_at(gates[name], text, max(0, q.start - reach), q.start)
            and pattern.search(text, max(0, q.start - reach), q.start)
        ):
            return True
    if cues.slogan is None or not q.text.startswith("一"):
        return False
    lo = max(0, q.start - _SLOGAN_REACH)
    sent_start = bounds(text, q.start, lo, q.start, SENT_FWD, SENT_BACK)[0]
    return cues.slogan.search(text, sent_start, q.start) is not None


_FLAGS = ("inherited", "delta", "cumulative", "not_own", "year_cue")


def old_tail_features(text: str, cands: Sequence[Any], i: int) -> Any:
    c = cands[i]
    q = c.qty
    start = c.start
    rule_types: dict[str, float] = {}
    for m in c.matches[:3]:
        rule_types[m.rule.type] = max(rule_types.get(m.rule.type, 0.0), m.score)
    families = ["rule_type="] * len(rule_types)
    values = list(rule_types)
    weights = list(rule_types.values())
    best = c.best
    if best is not None:
        families += ("best_rule=", "best_type=", "best_score")
        values += (best.rule.id, best.rule.type, "")
        weights += (1.0, 1.0, best.score)
    else:
        families.append("no_rule")
        values.append("")
        weights.append(1.0)
    flags = (
        c.inherited_from is not None,
        bool(c.delta_cue),
        bool(c.cumulative_cue),
        bool(c.not_own_cue),
        bool(c.year_cue),
    )
    on = [name for name, is_on in zip(_FLAGS, flags, strict=True) if is_on]
    families += on
    values += repeat("", len(on))
    if c.scope_cue:
        near = "" if c.scope_cue_near else "/para"
        families += ("scope_cue=", "scope_word=")
        values += (c.scope_cue[1] + near, c.scope_cue[0])
    if c.area_report:
        families.append("area_report")
        values.append("")
    families.append("pos_in_sentence=")
    values.append(f"{min(c.index_in_sentence, 3)}")
    before = text[start - 1 : start] if start else ""
    clause_open = text[c.clause_start - 1 : c.clause_start] if c.clause_start else ""
    if clause_open == "、" or before == "、":
        families.append("enum_comma")
        values.append("")
    if "其中" in text[c.sent_start : start]:
        families.append("qizhong")
        values.append("")
    if i > 0 and cands[i - 1].sent_start == c.sent_start:
        prev = cands[i - 1]
        families.append("has_prev")
        values.append("")
        if prev.qty.unit == q.unit:
            families.append("prev_same_unit")
            values.append("")
        if prev.rule_type:
            families.append("prev_type=")
            values.append(prev.rule_type)
    if i + 1 < len(cands) and cands[i + 1].sent_start == c.sent_start:
        families.append("has_next")
        values.append("")
    weights += repeat(1.0, len(families) - len(weights))
    return families, values, weights


def old_windows(text: str, cands: Sequence[Any], i: int) -> tuple[str, str, str, str]:
    # the plain expressions of feature set 3 (session 15): each figure of a window
    # read as one 0, from 16 characters more than its width
    c = cands[i]
    start, end = c.start, c.end

    def masked(s: str) -> str:
        return re.sub(r"[0-9](?:[0-9,.]*[0-9])?", "0", s)

    def left(lo: int, at: int, width: int) -> str:
        return masked(text[max(lo, at - width - 16) : at].replace(" ", ""))[-width:]

    first = i
    while first > 0 and cands[first - 1].sent_start == c.sent_start:
        first -= 1
    return (
        left(c.clause_start, start, 14),
        left(c.sent_start, start, 30),
        masked(text[end : min(c.sent_end, end + 8 + 16)])[:8],
        "" if first == i else left(c.sent_start, cands[first].start, 16),
    )


def old_head_features(c: Any, left_clause: str, right: str) -> tuple[list[str], list[str]]:
    q = c.qty
    families = ["bias", "unit=", "kind=", "approx=", "section="]
    values = ["", f"{q.unit}", f"{q.kind}", f"{q.approx}", f"{c.section}"]
    n_l, n_r = min(4, len(left_clause)), min(2, len(right))
    families += ("L1=", "L2=", "L3=", "L4=")[:n_l]
    values += [left_clause[-k:] for k in range(1, n_l + 1)]
    families += ("R1=", "R2=")[:n_r]
    values += [right[:k] for k in range(1, n_r + 1)]
    return families, values


def _same_features(text: str, cands: Sequence[Any]) -> None:
    marks: dict[tuple[int, int], int] = {}
    for i in range(len(cands)):
        assert tail_features(text, cands, i) == old_tail_features(text, cands, i)
        # the sentence's 其中 found once (the encoder's path) answers as the search per candidate
        qizhong = first_qizhong(text, cands[i], marks)
        assert tail_features(text, cands, i, qizhong) == old_tail_features(text, cands, i)
        wins = windows(text, cands, i)
        assert wins == old_windows(text, cands, i)
        assert head_features(cands[i], wins[0], wins[2]) == old_head_features(
            cands[i], wins[0], wins[2]
        )


# --- random prose ----------------------------------------------------------------

_PIECES = [
    "近",
    "过去",
    "作为",
    "形成了",
    "的",
    "苏政",
    "西",
    "北侧",
    "“三个一”：",
    "三个安全、",
    "一个专栏、",
    "一项",
    "一套",
    "两家子满族乡",
    "号",
    "其中",
    "、",
    "，",
    "。",
    " ",
    "\n",
    "全市",
    "我局",
    "累计",
    "2020年",
    "上年",
    "主动公开",
    "申请",
    "培训",
    "参加",
]
_NUMBERS = st.builds(
    lambda n, unit: f"{n}{unit}",
    st.sampled_from(["一", "三", "2", "50", "200", "12"]),
    st.sampled_from(["条", "年", "个月", "米", "项", "套", "件", "次", "人", "个", ""]),
)
_PROSE = st.lists(st.one_of(st.sampled_from(_PIECES), _NUMBERS), max_size=24).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_PROSE)
def test_not_a_fact_answers_as_before(text: str) -> None:
    for q in find_quantities(text):
        assert not_a_fact(CUES, text, q) == old_not_a_fact(CUES, text, q), (text, q.text)


def test_not_a_fact_answers_as_before_after_every_pair_of_cue_words() -> None:
    cue_words = [
        "近",
        "过去",
        "作为",
        "的",
        "苏政",
        "西",
        "北侧",
        "“三个一”：",
        "三个安全、",
        "两家子满族乡",
        " ",
        "，",
    ]
    numbers = [
        f"{n}{u}"
        for n in ("一", "三", "50", "200")
        for u in ("条", "年", "个月", "米", "项", "个", "")
    ]
    seen = 0
    for a in cue_words:
        for b in cue_words:
            for number in numbers:
                text = a + b + number + "号。"
                for q in find_quantities(text):
                    new = not_a_fact(CUES, text, q)
                    assert new == old_not_a_fact(CUES, text, q), (text, q.text)
                    seen += new
    assert seen > 0


def test_features_are_as_before_on_reports() -> None:
    ext = FactExtractor(model=None)
    n = 0
    for path in facts_documents():
        norm, sections = prepare(path.read_text(encoding="utf-8"))
        cands = ext.candidates(norm.text, sections, report_year=None)
        _same_features(norm.text, cands)
        n += len(cands)
    assert n > 0


@settings(max_examples=80, deadline=None)
@given(text=_PROSE)
def test_features_are_as_before_on_random_prose(text: str) -> None:
    norm, sections = prepare("一、总体情况\n" + text + "。\n")
    cands = FactExtractor(model=None).candidates(norm.text, sections, report_year=2020)
    _same_features(norm.text, cands)


# --- session 19: the families' tiling, the reductions ------------------------------


def test_window_grams_past_the_tiled_families_are_as_within() -> None:
    """A batch bigger than the tiled families (_TILED candidates) tiles its own:
    the same rows, families and counts as the batch cut at the tile's size."""
    from govinfo_nlp.facts import features

    ext = FactExtractor()
    if ext.model is None:
        pytest.skip("facts model not built")
    encoder = ext.model.joint.encoder
    four = ["政府信息公开申请", "收到申请", "件，其中", "主动公开"]
    n = features._TILED + 3
    wins = [w + str(i % 7) for i in range(n) for w in four]
    rows, fams, per = encoder._window_grams(wins, n)
    cut = features._TILED
    rows_a, fams_a, per_a = encoder._window_grams(wins[: 4 * cut], cut)
    rows_b, fams_b, per_b = encoder._window_grams(wins[4 * cut :], n - cut)
    assert per.tolist() == per_a.tolist() + per_b.tolist()
    assert rows.tolist() == rows_a.tolist() + rows_b.tolist()
    assert fams.tolist() == fams_a.tolist() + fams_b.tolist()


@settings(max_examples=100, deadline=None)
@given(
    rows=st.lists(
        st.lists(st.floats(-50, 50, allow_nan=False), min_size=3, max_size=3),
        min_size=1,
        max_size=9,
    )
)
def test_softmax_is_numpys_wrapped_reductions(rows: list[list[float]]) -> None:
    """model._softmax calls the reductions ndarray.max and .sum wrap: bit for bit the same."""
    import numpy as np

    from govinfo_nlp.facts.model import _softmax

    z = np.array(rows)
    want = np.exp(z - z.max(axis=1, keepdims=True))
    want /= want.sum(axis=1, keepdims=True)
    assert _softmax(z.copy()).tobytes() == want.tobytes()
