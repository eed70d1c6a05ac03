"""Features of one candidate quantity for the type and scope classifiers.

Sparse string features (name -> weight): characters and character n-grams
of the left clause, sentence and right context, the counter, the rule and
cue evidence, the position in the sentence and the neighbouring quantities.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import repeat
from operator import add

from .analysis import Candidate

__all__ = ["FAMILIES", "FeatureEncoder", "candidate_features", "feature_list"]

_LEFT_SENTENCE = 30
_LEFT_CLAUSE = 14
_RIGHT = 8
# the words before the sentence's first quantity: what a list of parts breaks
# down (主动公开政府信息81条，其中工作动态50条、财政数据4条…)
_HEAD = 16
# bigram slices of a string of length n: _BIGRAMS[: n - 1]
_BIGRAMS = tuple(slice(i, i + 2) for i in range(256))


def _trigrams(s: str) -> dict[str, None]:
    """The distinct character trigrams of ``s``, first occurrence first."""
    return dict.fromkeys(s[k : k + 3] for k in range(len(s) - 2))


def _head_bigrams(text: str, cands: Sequence[Candidate], i: int) -> dict[str, None]:
    """Bigrams of the text before the first quantity of candidate ``i``'s sentence
    (none for that first quantity itself)."""
    c = cands[i]
    # the sentence's first candidate, from the candidate's index in its sentence;
    # walking back one by one would be quadratic in a sentence of many quantities
    first = i - c.index_in_sentence
    if not (
        0 <= first <= i
        and cands[first].sent_start == c.sent_start
        and (first == 0 or cands[first - 1].sent_start != c.sent_start)
    ):
        first = i
        while first > 0 and cands[first - 1].sent_start == c.sent_start:
            first -= 1
    if first == i:
        return {}
    head_end = cands[first].start
    head = text[max(c.sent_start, head_end - _HEAD) : head_end].replace(" ", "")
    return dict.fromkeys(head[k : k + 2] for k in range(len(head) - 1))


#: The features of a candidate, one entry each in the three lists: the family,
#: the value (name = family + value; "" for a family that is a feature of its
#: own) and the weight.
FeatureList = tuple[list[str], list[str], list[float]]
_L_FAMILIES = ("L1=", "L2=", "L3=", "L4=")
_R_FAMILIES = ("R1=", "R2=")
_FLAGS = ("inherited", "delta", "cumulative", "not_own", "year_cue")


def feature_list(text: str, cands: Sequence[Candidate], i: int) -> FeatureList:
    """The features of candidate ``i``, family by family: the one feature list.

    :func:`candidate_features` (training) names them, :class:`FeatureEncoder`
    (run time) looks them up as model rows; both read this, so they cannot
    drift apart. Values are distinct within a family (a repeated n-gram is one
    feature, at its first occurrence); every family is in :data:`FAMILIES`.
    Flat lists rather than one object per family: the encoder then looks a
    candidate's features up in one pass.
    """
    c = cands[i]
    q = c.qty
    start, end = c.start, c.end
    left_clause = text[max(c.clause_start, start - _LEFT_CLAUSE) : start].replace(" ", "")
    left_sent = text[max(c.sent_start, start - _LEFT_SENTENCE) : start].replace(" ", "")
    right = text[end : min(c.sent_end, end + _RIGHT)]
    families = ["bias", "unit=", "kind=", "approx=", "section="]
    values = ["", f"{q.unit}", f"{q.kind}", f"{q.approx}", f"{c.section}"]
    n_l, n_r = min(4, len(left_clause)), min(2, len(right))
    families += _L_FAMILIES[:n_l]
    values += [left_clause[-k:] for k in range(1, n_l + 1)]
    families += _R_FAMILIES[:n_r]
    values += [right[:k] for k in range(1, n_r + 1)]
    weights = [1.0] * len(families)
    for s, prefix, weight in ((left_clause, "lc", 1.0), (left_sent, "ls", 0.5), (right, "r", 0.5)):
        chars = dict.fromkeys(s)
        bigrams = dict.fromkeys(map(s.__getitem__, _BIGRAMS[: max(0, len(s) - 1)]))
        n = len(chars) + len(bigrams)
        families += repeat(prefix + "1:", len(chars))
        families += repeat(prefix + "2:", len(bigrams))
        values += chars
        values += bigrams
        weights += repeat(weight, n)
    for family, found, weight in (
        ("lc3:", _trigrams(left_clause), 1.0),
        ("h2:", _head_bigrams(text, cands, i), 0.5),
    ):
        families += repeat(family, len(found))
        values += found
        weights += repeat(weight, len(found))
    # rule types of the three best matches, each at its best score
    rule_types: dict[str, float] = {}
    for m in c.matches[:3]:
        rule_types[m.rule.type] = max(rule_types.get(m.rule.type, 0.0), m.score)
    families += repeat("rule_type=", len(rule_types))
    values += rule_types
    weights += rule_types.values()
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
    # every feature after the scores weighs 1
    weights += repeat(1.0, len(families) - len(weights))
    return families, values, weights


#: Every family :func:`feature_list` emits. One ending in "=" or ":" is keyed
#: (a feature per value); the others are features of their own.
FAMILIES = (
    "bias",
    "unit=",
    "kind=",
    "approx=",
    "section=",
    "L1=",
    "L2=",
    "L3=",
    "L4=",
    "R1=",
    "R2=",
    "lc1:",
    "lc2:",
    "ls1:",
    "ls2:",
    "r1:",
    "r2:",
    "lc3:",
    "h2:",
    "rule_type=",
    "best_rule=",
    "best_type=",
    "best_score",
    "no_rule",
    "inherited",
    "delta",
    "cumulative",
    "not_own",
    "year_cue",
    "scope_cue=",
    "scope_word=",
    "area_report",
    "pos_in_sentence=",
    "enum_comma",
    "qizhong",
    "has_prev",
    "prev_same_unit",
    "prev_type=",
    "has_next",
)
_KEYED = tuple(f for f in FAMILIES if f.endswith(("=", ":")))


def candidate_features(text: str, cands: Sequence[Candidate], i: int) -> dict[str, float]:
    """The features of candidate ``i`` by name (training's input to ``DictVectorizer``)."""
    families, values, weights = feature_list(text, cands, i)
    return dict(zip(map(add, families, values), weights, strict=True))


class FeatureEncoder:
    """:func:`feature_list` as row indices of one model vocabulary.

    At run time the model only needs, per candidate, the rows of its features
    and their weights. Building ~90 feature-name strings per candidate and
    hashing each into a 9k-entry vocabulary was most of the scoring time; here
    each family has its own value -> row table and values are looked up bare.
    A feature the model lacks maps to ``unknown`` (the scorer's zero row),
    exactly as the scorer maps that feature's name, so :meth:`encode` gives
    the rows of :func:`candidate_features` in the same order with the same
    weights and the model's sums are bit for bit the same
    (tests/test_facts_features.py checks it).
    """

    def __init__(self, vocabulary: Mapping[str, int], unknown: int) -> None:
        tables: dict[str, dict[str, int]] = {f: {} for f in FAMILIES}
        for name, col in vocabulary.items():
            if name in tables:  # a family that is a feature of its own
                tables[name][""] = col
                continue
            for family in _KEYED:
                if name.startswith(family):
                    tables[family][name[len(family) :]] = col
                    break
        self._tables = tables
        self._unknown = unknown

    def encode(
        self, text: str, cands: Sequence[Candidate], i: int, cols: list[int], vals: list[float]
    ) -> int:
        """Append candidate ``i``'s feature rows to ``cols`` and weights to ``vals``.

        Returns how many were appended.
        """
        families, values, weights = feature_list(text, cands, i)
        tables = map(self._tables.__getitem__, families)
        cols.extend(map(dict.get, tables, values, repeat(self._unknown)))
        vals.extend(weights)
        return len(weights)
