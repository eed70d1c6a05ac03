"""Inter-annotator agreement: the real gold of a split against an independent second
annotation of the same pages (``datasets/gold/agreement/<name>.jsonl``), and the
library scored against each.

The matching is eval_real_facts.py's (spans matched one-to-one by overlap; a match is
correct when type and value are equal). Printed: span agreement (a quantity both
annotators call a fact), fact F1 (type + value), type and value agreement and Cohen's
kappa of the type on the span-matched quantities, and scope, year and breakdown
agreement on the correct facts (breakdown where both annotate it).

Usage: python benchmarks/eval_gold_agreement.py [--second dev-second] [--split dev|test]
       [--set part3|old|written|real|all] [--errors] [--library]

The test split (``--split test --second test-second``) is measured between annotators
only: decisions24 lets one helper read its pages and nobody run the library on them,
except the lead, once, after the session's last landing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from govinfo_nlp.facts.extractor import FactExtractor  # noqa: E402
from govinfo_nlp_dev.facts.evaluate import (  # noqa: E402
    error_lines,
    match_facts,
    predict,
    same_breakdown,
    score_documents,
)
from govinfo_nlp_dev.facts.gold import GoldDoc, iter_gold  # noqa: E402

AGREEMENT = ROOT / "datasets" / "gold" / "agreement"


def in_set(doc: str, which: str) -> bool:
    """part3: real excerpts r051-r178; old: the real documents of parts 1-2; written: the
    reports our developers wrote (corpus:gold/written*, test split only); real: part3 + old."""
    written = doc.startswith("corpus:")
    part3 = doc.startswith("reports/r") and doc[9:12] >= "051"
    return {
        "all": True,
        "real": not written,
        "written": written,
        "part3": part3,
        "old": not part3 and not written,
    }[which]


def as_fact(g: dict[str, Any]) -> SimpleNamespace:
    """A gold line seen as a predicted Fact (the attributes the scorer reads)."""
    return SimpleNamespace(
        quantity_start=g["start"],
        quantity_end=g["end"],
        type=g["type"],
        value=g["value"],
        scope=g["scope"],
        year=g["year"],
        breakdown=g.get("breakdown"),
    )


def kappa(pairs: list[tuple[str, str]]) -> float:
    n = len(pairs)
    if not n:
        return float("nan")
    observed = sum(a == b for a, b in pairs) / n
    left = Counter(a for a, _ in pairs)
    right = Counter(b for _, b in pairs)
    expected = sum(left[t] * right[t] for t in left) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def agreement(docs: list[tuple[list[dict[str, Any]], list[dict[str, Any]]]]) -> dict[str, Any]:
    """Second annotation (first item) against the gold (second item), symmetric measures."""
    spans = only_first = only_gold = 0
    types: list[tuple[str, str]] = []
    value_ok = scope_ok = year_ok = correct = part_ok = part_n = 0
    for second, gold in docs:
        for i, j in match_facts([as_fact(f) for f in second], gold):
            if i is None:
                only_gold += 1
                continue
            if j is None:
                only_first += 1
                continue
            spans += 1
            a, g = second[i], gold[j]
            types.append((g["type"], a["type"]))
            same_value = abs(float(a["value"]) - float(g["value"])) < 1e-9
            value_ok += same_value
            if a["type"] == g["type"] and same_value:
                correct += 1
                scope_ok += a["scope"] == g["scope"]
                year_ok += a["year"] == g["year"]
                if "breakdown" in g and "breakdown" in a:
                    part_n += 1
                    part_ok += same_breakdown(a["breakdown"], g["breakdown"])

    def f1(tp: int, fp: int, fn: int) -> float:
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    return {
        "span_f1": f1(spans, only_first, only_gold),
        "spans_both": spans,
        "only_second": only_first,
        "only_gold": only_gold,
        "fact_f1": f1(correct, only_first + spans - correct, only_gold + spans - correct),
        "type_agreement": sum(a == b for a, b in types) / len(types) if types else None,
        "type_kappa": kappa(types),
        "value_agreement": value_ok / spans if spans else None,
        "scope": scope_ok / correct if correct else None,
        "year": year_ok / correct if correct else None,
        "breakdown": part_ok / part_n if part_n else None,
        "breakdown_n": part_n,
        "type_confusion": Counter(f"{g} -> {a}" for g, a in types if g != a).most_common(),
    }


def load_second(name: str) -> dict[str, list[dict[str, Any]]]:
    path = AGREEMENT / f"{name}.jsonl"
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out[d["doc"]] = d["facts"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--second", default="dev-second")
    ap.add_argument("--split", default="dev", choices=("train", "dev", "test"))
    ap.add_argument("--set", default="all", choices=("part3", "old", "written", "real", "all"))
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--library", action="store_true")
    args = ap.parse_args()
    second = load_second(args.second)
    golds: list[GoldDoc] = [
        g for g in iter_gold(split=args.split) if g.doc in second and in_set(g.doc, args.set)
    ]
    pairs = []
    for g in golds:
        mine = second[g.doc]
        pairs.append((mine, list(g.facts)))
        if args.errors:
            for line in error_lines(g.doc, g.read(), [as_fact(f) for f in mine], g.facts):
                print(line.replace(" FP ", " ONLY-SECOND ").replace(" MISS ", " ONLY-GOLD "))
    a = agreement(pairs)
    print(
        f"set={args.set} split={args.split} second={args.second} docs={len(golds)}"
        f" span F1={a['span_f1']:.3f} (both {a['spans_both']}, only second {a['only_second']},"
        f" only gold {a['only_gold']}) fact F1={a['fact_f1']:.3f}"
        f" type={a['type_agreement']:.3f} kappa={a['type_kappa']:.3f} value={a['value_agreement']:.3f}"
        f" scope={a['scope']:.3f} year={a['year']:.3f}"
        f" breakdown={a['breakdown'] if a['breakdown'] is None else round(a['breakdown'], 3)}"
        f" (n={a['breakdown_n']})"
    )
    for what, n in a["type_confusion"]:
        print(f"  gold -> second {what}: {n}")
    if not args.library:
        return
    ext = FactExtractor()
    for name, ref in (("gold", None), ("second", second)):
        docs = []
        for g in golds:
            pred = predict(ext, g.read(), g.report_year)
            docs.append((pred, tuple(ref[g.doc]) if ref else g.facts))
        s = score_documents(docs)
        m = s["micro"]
        print(
            f"library vs {name}: P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f}"
            f" (tp {m['tp']} fp {m['fp']} fn {m['fn']})"
            f" without-other F1={s['micro_without_other']['f1']:.3f}"
            f" scope={s['scope_accuracy_on_correct']} year={s['year_accuracy_on_correct']}"
            f" breakdown={s['breakdown_accuracy_on_correct']}"
        )


if __name__ == "__main__":
    main()
