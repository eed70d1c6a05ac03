"""Features of one candidate quantity for the type and scope classifiers.

Sparse string features (name -> weight): characters and character n-grams
of the left clause, sentence and right context, the counter, the rule and
cue evidence, the position in the sentence and the neighbouring quantities.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import repeat

from .analysis import Candidate

__all__ = ["FAMILIES", "FeatureEncoder", "candidate_features", "feature_groups"]

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
    first = i
    while first > 0 and cands[first - 1].sent_start == c.sent_start:
        first -= 1
    if first == i:
        return {}
    head_end = cands[first].start
    head = text[max(c.sent_start, head_end - _HEAD) : head_end].replace(" ", "")
    return dict.fromkeys(head[k : k + 2] for k in range(len(head) - 1))


#: A group of features: the family, the values (one feature each, name =
#: family + value; "" for a family that is a feature of its own) and their
#: weight (one for the group, or one per value).
Group = tuple[str, Iterable[str], "float | tuple[float, ...]"]
_ONE = ("",)


def feature_groups(text: str, cands: Sequence[Candidate], i: int) -> list[Group]:
    """The features of candidate ``i``, family by family: the one feature list.

    :func:`candidate_features` (training) names them, :class:`FeatureEncoder`
    (run time) looks them up as model rows; both read this, so they cannot
    drift apart. Values are distinct within a group (a repeated n-gram is one
    feature, at its first occurrence); every family is in :data:`FAMILIES`.
    """
    c = cands[i]
    q = c.qty
    start, end = c.start, c.end
    left_clause = text[max(c.clause_start, start - _LEFT_CLAUSE) : start].replace(" ", "")
    left_sent = text[max(c.sent_start, start - _LEFT_SENTENCE) : start].replace(" ", "")
    right = text[end : min(c.sent_end, end + _RIGHT)]
    groups: list[Group] = [
        ("bias", _ONE, 1.0),
        ("unit=", (f"{q.unit}",), 1.0),
        ("kind=", (f"{q.kind}",), 1.0),
        ("approx=", (f"{q.approx}",), 1.0),
        ("section=", (f"{c.section}",), 1.0),
    ]
    groups += [(f"L{k}=", (left_clause[-k:],), 1.0) for k in range(1, min(4, len(left_clause)) + 1)]
    groups += [(f"R{k}=", (right[:k],), 1.0) for k in range(1, min(2, len(right)) + 1)]
    for s, prefix, weight in ((left_clause, "lc", 1.0), (left_sent, "ls", 0.5), (right, "r", 0.5)):
        groups.append((prefix + "1:", dict.fromkeys(s), weight))
        bigrams = dict.fromkeys(map(s.__getitem__, _BIGRAMS[: max(0, len(s) - 1)]))
        groups.append((prefix + "2:", bigrams, weight))
    groups.append(("lc3:", _trigrams(left_clause), 1.0))
    groups.append(("h2:", _head_bigrams(text, cands, i), 0.5))
    # rule types of the three best matches, each at its best score
    rule_types: dict[str, float] = {}
    for m in c.matches[:3]:
        rule_types[m.rule.type] = max(rule_types.get(m.rule.type, 0.0), m.score)
    groups.append(("rule_type=", tuple(rule_types), tuple(rule_types.values())))
    best = c.best
    if best is not None:
        groups.append(("best_rule=", (best.rule.id,), 1.0))
        groups.append(("best_type=", (best.rule.type,), 1.0))
        groups.append(("best_score", _ONE, best.score))
    else:
        groups.append(("no_rule", _ONE, 1.0))
    flags = [
        ("inherited", c.inherited_from is not None),
        ("delta", bool(c.delta_cue)),
        ("cumulative", bool(c.cumulative_cue)),
        ("not_own", bool(c.not_own_cue)),
        ("year_cue", bool(c.year_cue)),
    ]
    groups += [(name, _ONE, 1.0) for name, on in flags if on]
    if c.scope_cue:
        near = "" if c.scope_cue_near else "/para"
        groups.append(("scope_cue=", (c.scope_cue[1] + near,), 1.0))
        groups.append(("scope_word=", (c.scope_cue[0],), 1.0))
    if c.area_report:
        groups.append(("area_report", _ONE, 1.0))
    groups.append(("pos_in_sentence=", (f"{min(c.index_in_sentence, 3)}",), 1.0))
    before = text[start - 1 : start] if start else ""
    clause_open = text[c.clause_start - 1 : c.clause_start] if c.clause_start else ""
    if clause_open == "、" or before == "、":
        groups.append(("enum_comma", _ONE, 1.0))
    if "其中" in text[c.sent_start : start]:
        groups.append(("qizhong", _ONE, 1.0))
    if i > 0 and cands[i - 1].sent_start == c.sent_start:
        prev = cands[i - 1]
        groups.append(("has_prev", _ONE, 1.0))
        if prev.qty.unit == q.unit:
            groups.append(("prev_same_unit", _ONE, 1.0))
        if prev.rule_type:
            groups.append(("prev_type=", (prev.rule_type,), 1.0))
    if i + 1 < len(cands) and cands[i + 1].sent_start == c.sent_start:
        groups.append(("has_next", _ONE, 1.0))
    return groups


#: Every family :func:`feature_groups` emits. One ending in "=" or ":" is keyed
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
    f: dict[str, float] = {}
    for family, values, weight in feature_groups(text, cands, i):
        names = [family + v for v in values]
        if isinstance(weight, tuple):
            f.update(zip(names, weight, strict=True))
        else:
            f.update(dict.fromkeys(names, weight))
    return f


class FeatureEncoder:
    """:func:`feature_groups` as row indices of one model vocabulary.

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
        n0 = len(cols)
        tables, unk = self._tables, self._unknown
        for family, values, weight in feature_groups(text, cands, i):
            n = len(cols)
            cols.extend(map(tables[family].get, values, repeat(unk)))
            if isinstance(weight, tuple):
                vals.extend(weight)
            else:
                vals.extend([weight] * (len(cols) - n))
        return len(cols) - n0
