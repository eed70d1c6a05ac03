"""Features of one candidate quantity for the type and scope classifiers.

Sparse string features (name -> weight): characters and character n-grams
of the left clause, sentence and right context, the counter, the rule and
cue evidence, the position in the sentence and the neighbouring quantities.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import repeat

from .analysis import Candidate

__all__ = ["FeatureEncoder", "candidate_features"]

_LEFT_SENTENCE = 30
_LEFT_CLAUSE = 14
_RIGHT = 8
# the words before the sentence's first quantity: what a list of parts breaks
# down (主动公开政府信息81条，其中工作动态50条、财政数据4条…)
_HEAD = 16


def _ngrams(s: str, prefix: str, n_max: int, out: dict[str, float], weight: float) -> None:
    """Add ``{prefix}{n}:{gram}`` for every n-gram of ``s``; a key keeps its largest weight."""
    for n in range(1, n_max + 1):
        head = f"{prefix}{n}:"
        keys = [head + s[i : i + n] for i in range(len(s) - n + 1)]
        if out.keys().isdisjoint(keys):
            # the usual case (the prefix is the call's own): repeats within `keys` have
            # the same weight, and fromkeys keeps first-seen order, like the loop below
            out.update(dict.fromkeys(keys, weight))
        else:
            for key in keys:
                out[key] = max(out.get(key, 0.0), weight)


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


def candidate_features(text: str, cands: Sequence[Candidate], i: int) -> dict[str, float]:
    c = cands[i]
    q = c.qty
    f: dict[str, float] = {"bias": 1.0}
    f[f"unit={q.unit}"] = 1.0
    f[f"kind={q.kind}"] = 1.0
    f[f"approx={q.approx}"] = 1.0
    f[f"section={c.section}"] = 1.0
    left_clause = text[max(c.clause_start, c.start - _LEFT_CLAUSE) : c.start].replace(" ", "")
    left_sent = text[max(c.sent_start, c.start - _LEFT_SENTENCE) : c.start].replace(" ", "")
    right = text[c.end : min(c.sent_end, c.end + _RIGHT)]
    for k in range(1, 5):
        if len(left_clause) >= k:
            f[f"L{k}={left_clause[-k:]}"] = 1.0
    for k in range(1, 3):
        if len(right) >= k:
            f[f"R{k}={right[:k]}"] = 1.0
    _ngrams(left_clause, "lc", 2, f, 1.0)
    _ngrams(left_sent, "ls", 2, f, 0.5)
    _ngrams(right, "r", 2, f, 0.5)
    for key in _trigrams(left_clause):
        f["lc3:" + key] = 1.0
    for key in _head_bigrams(text, cands, i):
        f["h2:" + key] = 0.5
    for m in c.matches[:3]:
        f[f"rule_type={m.rule.type}"] = max(f.get(f"rule_type={m.rule.type}", 0.0), m.score)
    if c.best is not None:
        f[f"best_rule={c.best.rule.id}"] = 1.0
        f[f"best_type={c.best.rule.type}"] = 1.0
        f["best_score"] = c.best.score
    else:
        f["no_rule"] = 1.0
    if c.inherited_from is not None:
        f["inherited"] = 1.0
    if c.delta_cue:
        f["delta"] = 1.0
    if c.cumulative_cue:
        f["cumulative"] = 1.0
    if c.not_own_cue:
        f["not_own"] = 1.0
    if c.year_cue:
        f["year_cue"] = 1.0
    if c.scope_cue:
        f[f"scope_cue={c.scope_cue[1]}" + ("" if c.scope_cue_near else "/para")] = 1.0
        f[f"scope_word={c.scope_cue[0]}"] = 1.0
    if c.area_report:
        f["area_report"] = 1.0
    f[f"pos_in_sentence={min(c.index_in_sentence, 3)}"] = 1.0
    before = text[c.start - 1 : c.start] if c.start else ""
    clause_open = text[c.clause_start - 1 : c.clause_start] if c.clause_start else ""
    if clause_open == "、" or before == "、":
        f["enum_comma"] = 1.0
    if "其中" in text[c.sent_start : c.start]:
        f["qizhong"] = 1.0
    if i > 0 and cands[i - 1].sent_start == c.sent_start:
        p = cands[i - 1]
        f["has_prev"] = 1.0
        if p.qty.unit == q.unit:
            f["prev_same_unit"] = 1.0
        if p.rule_type:
            f[f"prev_type={p.rule_type}"] = 1.0
    if i + 1 < len(cands) and cands[i + 1].sent_start == c.sent_start:
        f["has_next"] = 1.0
    return f


# Feature families of `candidate_features` whose names are ``{prefix}{value}``.
_KEYED = (
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
    "rule_type=",
    "best_rule=",
    "best_type=",
    "scope_cue=",
    "scope_word=",
    "pos_in_sentence=",
    "prev_type=",
    "lc1:",
    "lc2:",
    "ls1:",
    "ls2:",
    "r1:",
    "r2:",
    "lc3:",
    "h2:",
)
_PLAIN = (
    "bias",
    "best_score",
    "no_rule",
    "inherited",
    "delta",
    "cumulative",
    "not_own",
    "year_cue",
    "area_report",
    "enum_comma",
    "qizhong",
    "has_prev",
    "prev_same_unit",
    "has_next",
)
# bigram slices of a string of length n: _BIGRAMS[: n - 1]
_BIGRAMS = tuple(slice(i, i + 2) for i in range(256))


class FeatureEncoder:
    """:func:`candidate_features` as row indices of one model vocabulary.

    At run time the model only needs, per candidate, the rows of its features
    and their weights. Building ~90 feature-name strings per candidate and
    hashing each into a 9k-entry vocabulary was most of the scoring time; here
    each family has its own value -> row table and n-grams are looked up as
    bare substrings. A feature the model lacks maps to ``unknown`` (the
    scorer's zero row), exactly as the scorer maps that feature's name, so
    :meth:`encode` gives the rows of ``candidate_features`` in the same order
    with the same weights and the model's sums are bit for bit the same
    (tests/test_facts_features.py checks it). Keep the two in step when a
    feature changes.
    """

    def __init__(self, vocabulary: Mapping[str, int], unknown: int) -> None:
        fam: dict[str, dict[str, int]] = {p: {} for p in _KEYED}
        for name, col in vocabulary.items():
            for p in _KEYED:
                if name.startswith(p):
                    fam[p][name[len(p) :]] = col
                    break
        self._fam = fam
        self._plain = {p: vocabulary.get(p, unknown) for p in _PLAIN}
        self._unknown = unknown
        self._left = tuple(fam[f"L{k}="] for k in range(1, 5))
        self._right = (fam["R1="], fam["R2="])
        self._ngrams = (
            (fam["lc1:"], fam["lc2:"], 1.0),
            (fam["ls1:"], fam["ls2:"], 0.5),
            (fam["r1:"], fam["r2:"], 0.5),
        )

    def encode(
        self, text: str, cands: Sequence[Candidate], i: int, cols: list[int], vals: list[float]
    ) -> int:
        """Append candidate ``i``'s feature rows to ``cols`` and weights to ``vals``.

        Returns how many were appended. Mirrors :func:`candidate_features` line by line.
        """
        n0 = len(cols)
        fam, plain, unk = self._fam, self._plain, self._unknown
        add = cols.append
        c = cands[i]
        q = c.qty
        add(plain["bias"])
        add(fam["unit="].get(f"{q.unit}", unk))
        add(fam["kind="].get(f"{q.kind}", unk))
        add(fam["approx="].get(f"{q.approx}", unk))
        add(fam["section="].get(f"{c.section}", unk))
        start, end = c.start, c.end
        left_clause = text[max(c.clause_start, start - _LEFT_CLAUSE) : start].replace(" ", "")
        left_sent = text[max(c.sent_start, start - _LEFT_SENTENCE) : start].replace(" ", "")
        right = text[end : min(c.sent_end, end + _RIGHT)]
        for k, table in enumerate(self._left[: len(left_clause)], 1):
            add(table.get(left_clause[-k:], unk))
        for k, table in enumerate(self._right[: len(right)], 1):
            add(table.get(right[:k], unk))
        vals.extend([1.0] * (len(cols) - n0))
        for s, (uni, bi, weight) in zip((left_clause, left_sent, right), self._ngrams, strict=True):
            # a repeated n-gram is one feature, at its first occurrence
            n1 = len(cols)
            cols.extend(map(uni.get, dict.fromkeys(s), repeat(unk)))
            bigrams = dict.fromkeys(map(s.__getitem__, _BIGRAMS[: max(0, len(s) - 1)]))
            cols.extend(map(bi.get, bigrams, repeat(unk)))
            vals.extend([weight] * (len(cols) - n1))
        n1 = len(cols)
        cols.extend(map(fam["lc3:"].get, _trigrams(left_clause), repeat(unk)))
        vals.extend([1.0] * (len(cols) - n1))
        n1 = len(cols)
        cols.extend(map(fam["h2:"].get, _head_bigrams(text, cands, i), repeat(unk)))
        vals.extend([0.5] * (len(cols) - n1))
        # rule types of the three best matches, each at its best score
        rule_types: dict[str, float] = {}
        for m in c.matches[:3]:
            rule_types[m.rule.type] = max(rule_types.get(m.rule.type, 0.0), m.score)
        cols.extend(map(fam["rule_type="].get, rule_types, repeat(unk)))
        vals.extend(rule_types.values())
        n1 = len(cols)
        best = c.best
        if best is not None:
            add(fam["best_rule="].get(best.rule.id, unk))
            add(fam["best_type="].get(best.rule.type, unk))
            vals.extend((1.0, 1.0))
            cols.append(plain["best_score"])
            vals.append(best.score)
            n1 = len(cols)
        else:
            add(plain["no_rule"])
        if c.inherited_from is not None:
            add(plain["inherited"])
        if c.delta_cue:
            add(plain["delta"])
        if c.cumulative_cue:
            add(plain["cumulative"])
        if c.not_own_cue:
            add(plain["not_own"])
        if c.year_cue:
            add(plain["year_cue"])
        if c.scope_cue:
            add(fam["scope_cue="].get(c.scope_cue[1] + ("" if c.scope_cue_near else "/para"), unk))
            add(fam["scope_word="].get(c.scope_cue[0], unk))
        if c.area_report:
            add(plain["area_report"])
        add(fam["pos_in_sentence="].get(f"{min(c.index_in_sentence, 3)}", unk))
        before = text[start - 1 : start] if start else ""
        clause_open = text[c.clause_start - 1 : c.clause_start] if c.clause_start else ""
        if clause_open == "、" or before == "、":
            add(plain["enum_comma"])
        if "其中" in text[c.sent_start : start]:
            add(plain["qizhong"])
        if i > 0 and cands[i - 1].sent_start == c.sent_start:
            prev = cands[i - 1]
            add(plain["has_prev"])
            if prev.qty.unit == q.unit:
                add(plain["prev_same_unit"])
            if prev.rule_type:
                add(fam["prev_type="].get(prev.rule_type, unk))
        if i + 1 < len(cands) and cands[i + 1].sent_start == c.sent_start:
            add(plain["has_next"])
        # everything from the rule evidence on has weight 1 (best_score was added above)
        vals.extend([1.0] * (len(cols) - n1))
        return len(cols) - n0
