"""Features of one candidate quantity for the type and scope classifiers.

Sparse string features (name -> weight): characters and character n-grams
of the left clause, sentence and right context, the counter, the rule and
cue evidence, the position in the sentence and the neighbouring quantities.
"""

from __future__ import annotations

from collections.abc import Sequence

from .analysis import Candidate

__all__ = ["candidate_features"]

_LEFT_SENTENCE = 30
_LEFT_CLAUSE = 14
_RIGHT = 8


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
