"""Scoring predicted facts against the gold (``datasets/gold/facts-*.jsonl``).

A predicted fact matches a gold fact when their quantity spans overlap
(one-to-one, greedy by overlap); the match is correct when type and value
are exactly equal. Reported: precision/recall/F1 per type, micro over all
types, and micro over the types other than ``other`` (the acceptance metric);
on the correct facts, the share with the gold's scope, year and breakdown
(breakdown only where the gold annotates it; see :func:`same_breakdown`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from govinfo_nlp.breakdown import assign_breakdowns
from govinfo_nlp.facts.extractor import FactExtractor
from govinfo_nlp.facts.fact import Fact
from govinfo_nlp.facts.pipeline import prepare

from .gold import iter_gold

__all__ = [
    "error_lines",
    "evaluate_facts",
    "format_report",
    "match_facts",
    "predict",
    "same_breakdown",
    "score_documents",
]


def predict(ext: FactExtractor, raw: str, report_year: int | None) -> tuple[Fact, ...]:
    """The facts of ``raw`` as :func:`govinfo_nlp.parse` gives them: extracted, then
    each part of a total named (``breakdown``; a part still open becomes ``other``).

    The template (which only decides whether 废止 has a column) is read from the
    table 二 header words, not by parsing the tables.
    """
    norm, sections = prepare(raw)
    facts = ext.extract(norm, sections, report_year=report_year)
    template = "2021" if "本年制发件数" in raw else "2019" if "本年新制作数量" in raw else None
    return assign_breakdowns(facts, template, raw)


def _same_value(a: float, b: float) -> bool:
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def same_breakdown(predicted: str | None, gold: str | None) -> bool:
    """Equal breakdowns; any two channels count as equal: a channel's words are
    free text (the annotator's 机构职能类 vs our 机构职能类信息) and no table
    field depends on them."""
    if predicted and gold and predicted.startswith("channel:") and gold.startswith("channel:"):
        return True
    return predicted == gold


def match_facts(
    predicted: Sequence[Fact], gold: Sequence[dict[str, Any]]
) -> list[tuple[int | None, int | None]]:
    """Pairs (pred index, gold index); None on the side that has no partner."""
    pairs = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            ov = min(p.quantity_end, g["end"]) - max(p.quantity_start, g["start"])
            if ov > 0:
                pairs.append((-ov, i, j))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[int | None, int | None]] = []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    out.extend((i, None) for i in range(len(predicted)) if i not in used_p)
    out.extend((None, j) for j in range(len(gold)) if j not in used_g)
    return out


# --- the held-out and red-team evaluators' matching ----------------------------------
# benchmarks/eval_heldout_facts.py and eval_redteam_facts.py are older than match_facts and
# break ties their own way (the nearer start first, then the later gold and prediction);
# kept as they were so their readings stay comparable across sessions.


def same_gold_value(a: float | None, b: float | None) -> bool:
    """Equal values (to a relative 1e-9 of the first); None only equals None."""
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)))


def match_by_overlap(
    gold: Sequence[dict[str, Any]], preds: Sequence[Fact]
) -> tuple[dict[int, int], dict[int, int]]:
    """One-to-one matching by quantity-span overlap, largest overlap first: (gold index ->
    prediction index, prediction index -> gold index)."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            ov = min(g["end"], p.quantity_end) - max(g["start"], p.quantity_start)
            if ov > 0:
                pairs.append((ov, -abs(g["start"] - p.quantity_start), gi, pi))
    pairs.sort(reverse=True)
    g2p: dict[int, int] = {}
    p2g: dict[int, int] = {}
    for _, _, gi, pi in pairs:
        if gi not in g2p and pi not in p2g:
            g2p[gi], p2g[pi] = pi, gi
    return g2p, p2g


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``tp`` right among ``npred`` predicted and ``ngold`` gold."""
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _context(text: str, s: int, e: int, w: int = 16) -> str:
    return (text[max(0, s - w) : s] + "[" + text[s:e] + "]" + text[e : e + w]).replace("\n", "⏎")


def error_lines(
    doc: str, text: str, predicted: Sequence[Fact], gold: Sequence[dict[str, Any]]
) -> list[str]:
    """One line per miss, false positive, wrong type/value, or wrong scope/year/breakdown."""
    out = []
    for i, j in match_facts(predicted, gold):
        p = predicted[i] if i is not None else None
        g = gold[j] if j is not None else None
        if p is not None and g is not None:
            ok = p.type == g["type"] and _same_value(p.value, g["value"])
            part = g.get("breakdown", p.breakdown)
            if (
                ok
                and same_breakdown(p.breakdown, part)
                and (p.scope, p.year)
                == (
                    g["scope"],
                    g["year"],
                )
            ):
                continue
            what = (
                f"type {g['type']}->{p.type} value {g['value']}->{p.value}"
                if not ok
                else f"scope {g['scope']}->{p.scope} year {g['year']}->{p.year}"
                f" breakdown {part}->{p.breakdown}"
            )
            out.append(f"{doc} WRONG {what}: {_context(text, g['start'], g['end'])}")
        elif p is not None:
            ctx = _context(text, p.quantity_start, p.quantity_end)
            out.append(f"{doc} FP {p.type}: {ctx}")
        elif g is not None:
            out.append(f"{doc} MISS {g['type']}: {_context(text, g['start'], g['end'])}")
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def score_documents(
    docs: Iterable[tuple[Sequence[Fact], Sequence[dict[str, Any]]]],
) -> dict[str, Any]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    scope_ok = scope_n = year_ok = part_ok = part_n = 0
    confusion: Counter[tuple[str, str]] = Counter()
    n_docs = 0
    for predicted, gold in docs:
        n_docs += 1
        for i, j in match_facts(predicted, gold):
            p = predicted[i] if i is not None else None
            g = gold[j] if j is not None else None
            if (
                p is not None
                and g is not None
                and p.type == g["type"]
                and _same_value(p.value, g["value"])
            ):
                tp[p.type] += 1
                scope_n += 1
                scope_ok += p.scope == g["scope"]
                year_ok += p.year == g.get("year")
                if "breakdown" in g:
                    part_n += 1
                    part_ok += same_breakdown(p.breakdown, g["breakdown"])
                continue
            if p is not None:
                fp[p.type] += 1
            if g is not None:
                fn[g["type"]] += 1
            if p is not None and g is not None:
                confusion[(g["type"], p.type)] += 1
    types = sorted(set(tp) | set(fp) | set(fn))
    per_type = {t: _prf(tp[t], fp[t], fn[t]) for t in types}
    micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    no_other = _prf(
        sum(v for t, v in tp.items() if t != "other"),
        sum(v for t, v in fp.items() if t != "other"),
        sum(v for t, v in fn.items() if t != "other"),
    )
    return {
        "documents": n_docs,
        "micro": micro,
        "micro_without_other": no_other,
        "per_type": per_type,
        "scope_accuracy_on_correct": round(scope_ok / scope_n, 4) if scope_n else None,
        "year_accuracy_on_correct": round(year_ok / scope_n, 4) if scope_n else None,
        "breakdown_accuracy_on_correct": round(part_ok / part_n, 4) if part_n else None,
        "confusion": {f"{g} -> {p}": n for (g, p), n in confusion.most_common(15)},
    }


def evaluate_facts(
    *,
    split: str = "test",
    repo_root: str | Path | None = None,
    shared: str | Path | None = None,
    extractor: FactExtractor | None = None,
    where: Callable[[str], bool] | None = None,
) -> dict[str, Any]:
    """Scores of the extractor (default: shipped rules + model) on one gold split.

    ``where`` keeps the gold documents whose ``doc`` it accepts (all by default).
    """
    ext = extractor or FactExtractor()
    docs = []
    for g in iter_gold(
        split=split,
        repo_root=Path(repo_root) if repo_root else None,
        shared=Path(shared) if shared else None,
    ):
        if where is not None and not where(g.doc):
            continue
        docs.append((predict(ext, g.read(), g.report_year), g.facts))
    scores = score_documents(docs)
    scores["split"] = split
    return scores


def format_report(scores: dict[str, Any]) -> str:
    """A plain-text table: per type, then the two micro averages."""
    lines = [
        f"facts on split {scores.get('split', '?')!r}: {scores['documents']} documents",
        f"{'type':32} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}",
    ]

    def row(name: str, s: dict[str, float]) -> str:
        return (
            f"{name:32} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
            f"{s['tp']:4d} {s['fp']:4d} {s['fn']:4d}"
        )

    for t, s in scores["per_type"].items():
        lines.append(row(t, s))
    lines.append(row("micro", scores["micro"]))
    lines.append(row("micro (without other)", scores["micro_without_other"]))
    if scores.get("scope_accuracy_on_correct") is not None:
        lines.append(f"scope accuracy on correct facts: {scores['scope_accuracy_on_correct']:.3f}")
        lines.append(f"year accuracy on correct facts: {scores['year_accuracy_on_correct']:.3f}")
    if scores.get("breakdown_accuracy_on_correct") is not None:
        lines.append(
            f"breakdown accuracy on correct facts: {scores['breakdown_accuracy_on_correct']:.3f}"
        )
    return "\n".join(lines)
