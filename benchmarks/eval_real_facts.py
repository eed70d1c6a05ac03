"""Score narrative facts on the real gold (datasets/gold/facts-*.jsonl), per split and set.

Sets: ``part3`` = the 128 real reports annotated last (reports/r051-r178,
splits by agency, test never used for tuning), ``old`` = the earlier gold
(seeds, r001-r050, written narratives), ``all`` = both.

Prints micro F1 (type + value exact, spans matched by overlap), scope and
year (and breakdown) accuracy on the correct facts, and with --errors every miss, false
positive and wrong type/scope with its context.

Usage: python benchmarks/eval_real_facts.py [--split test] [--set part3] [--errors]
       [--mode both|rules|model]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from govinfo_nlp.facts.extractor import FactExtractor  # noqa: E402
from govinfo_nlp_dev.facts.evaluate import (  # noqa: E402
    error_lines,
    predict,
    score_documents,
)
from govinfo_nlp_dev.facts.gold import iter_gold  # noqa: E402


def in_set(doc: str, which: str) -> bool:
    part3 = doc.startswith("reports/r") and doc[9:12] >= "051"
    return which == "all" or (which == "part3") == part3


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test")
    ap.add_argument("--set", default="part3", choices=("part3", "old", "all"))
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--mode", default="both", choices=("both", "rules", "model"))
    args = ap.parse_args()
    ext = FactExtractor(model=None) if args.mode == "rules" else FactExtractor(combine=args.mode)
    docs = []
    for g in iter_gold(split=args.split):
        if not in_set(g.doc, args.set):
            continue
        text = g.read()
        pred = predict(ext, text, g.report_year)
        docs.append((pred, g.facts))
        if not args.errors:
            continue
        for line in error_lines(g.doc, text, pred, g.facts):
            print(line)
    scores = score_documents(docs)
    m = scores["micro"]
    print(
        f"set={args.set} split={args.split} mode={args.mode} docs={scores['documents']}"
        f" facts P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f}"
        f" (tp {m['tp']} fp {m['fp']} fn {m['fn']})"
        f" without-other F1={scores['micro_without_other']['f1']:.3f}"
        f" scope={scores['scope_accuracy_on_correct']} year={scores['year_accuracy_on_correct']}"
        f" breakdown={scores['breakdown_accuracy_on_correct']}"
    )


if __name__ == "__main__":
    main()
