"""Evaluate govinfo_nlp narrative facts + reconciliation on the held-out set.

Documents: datasets/heldout/facts/h*.txt; gold: datasets/heldout/facts/gold.jsonl
(written independently of the library, never used for tuning; see
datasets/heldout/facts/README.md).

Predicted facts are matched to gold facts one-to-one by overlap of the
quantity spans (report.facts[i].quantity_start/quantity_end vs gold
start/end), largest overlap first.

Prints: span P/R/F1; type+value exact P/R/F1 (all, and excluding type
"other"); scope and year accuracy on matched facts; verdict accuracy and
confusion; per-type P/R; misses, false positives, wrong types/values and
wrong verdicts with context.

Usage: python benchmarks/eval_heldout_facts.py [--json OUT] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import govinfo_nlp  # noqa: E402
from govinfo_nlp_dev.facts.evaluate import match_by_overlap as match  # noqa: E402
from govinfo_nlp_dev.facts.evaluate import prf  # noqa: E402
from govinfo_nlp_dev.facts.evaluate import same_gold_value as same_value  # noqa: E402

GOLD = ROOT / "datasets" / "heldout" / "facts" / "gold.jsonl"
VERDICTS = ["consistent", "inconsistent", "not_comparable", "unverifiable", "(none)"]


def doc_path(doc):
    assert doc.startswith("corpus:"), doc
    return ROOT / "datasets" / doc.split(":", 1)[1]


def ctx(text, s, e, w=14):
    return (text[max(0, s - w) : s] + "[" + text[s:e] + "]" + text[e : e + w]).replace("\n", "⏎")


def fmt(name, tp, npred, ngold):
    p, r, f = prf(tp, npred, ngold)
    return f"{name:<34} P {p:6.1%}  R {r:6.1%}  F1 {f:6.1%}   (tp {tp}, pred {npred}, gold {ngold})"


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", help="write the summary numbers to this file")
    ap.add_argument("--quiet", action="store_true", help="summary only, no error lists")
    args = ap.parse_args(argv)

    docs = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    c = Counter()
    per_type = defaultdict(Counter)
    confusion = Counter()
    lists = defaultdict(list)
    errors = []
    for d in docs:
        path = doc_path(d["doc"])
        name = path.name
        with open(path, encoding="utf-8-sig", newline="") as fh:
            text = fh.read()
        report = govinfo_nlp.parse(path)
        if report.errors:
            errors.append(f"{name}: {list(report.errors)}")
        preds = list(report.facts)
        gold = d["facts"]
        g2p, p2g = match(gold, preds)
        c["gold"] += len(gold)
        c["pred"] += len(preds)
        c["span_tp"] += len(g2p)
        c["gold_nonother"] += sum(g["type"] != "other" for g in gold)
        c["pred_nonother"] += sum(p.type != "other" for p in preds)
        for g in gold:
            per_type[g["type"]]["gold"] += 1
        for p in preds:
            per_type[p.type]["pred"] += 1
        for gi, g in enumerate(gold):
            if gi not in g2p:
                lists["miss"].append(f"{name} {g['type']:<28} {ctx(text, g['start'], g['end'])}")
                continue
            p = preds[g2p[gi]]
            tv = p.type == g["type"] and same_value(p.value, g["value"])
            if tv:
                c["tv_tp"] += 1
                per_type[g["type"]]["tp"] += 1
                if g["type"] != "other":
                    c["tv_tp_nonother"] += 1
            if p.type != g["type"]:
                lists["wrong_type"].append(
                    f"{name} gold {g['type']:<28} pred {p.type:<28} {ctx(text, g['start'], g['end'])}"
                )
            elif not same_value(p.value, g["value"]):
                lists["wrong_value"].append(
                    f"{name} {g['type']:<28} gold {g['value']} pred {p.value}  {ctx(text, g['start'], g['end'])}"
                )
            c["scope_n"] += 1
            c["scope_ok"] += p.scope == g["scope"]
            if p.scope != g["scope"]:
                lists["wrong_scope"].append(
                    f"{name} {g['type']:<24} gold {g['scope']:<12} pred {p.scope:<12} {ctx(text, g['start'], g['end'])}"
                )
            c["year_ok"] += p.year == g["year"]
            if p.year != g["year"]:
                lists["wrong_year"].append(
                    f"{name} {g['type']:<24} gold {g['year']} pred {p.year}  {ctx(text, g['start'], g['end'])}"
                )
        for pi, p in enumerate(preds):
            if pi not in p2g:
                lists["false_pos"].append(
                    f"{name} {p.type:<28} {p.value!r:<10} {ctx(text, p.quantity_start, p.quantity_end)}"
                )
        # verdicts
        pred_verdict = {r.fact: r for r in report.reconciliation}
        start2gi = {g["start"]: gi for gi, g in enumerate(gold)}
        for v in d["verdicts"]:
            gi = start2gi[v["start"]]
            g = gold[gi]
            pv = "(none)"
            prec = None
            if gi in g2p and g2p[gi] in pred_verdict:
                prec = pred_verdict[g2p[gi]]
                pv = prec.verdict
            confusion[(v["verdict"], pv)] += 1
            c["verdict_n"] += 1
            if pv == v["verdict"]:
                c["verdict_ok"] += 1
            else:
                extra = f" pred fields {list(prec.fields)} table {prec.table}" if prec else ""
                lists["wrong_verdict"].append(
                    f"{name} {g['type']:<22} gold {v['verdict']:<14} pred {pv:<14} "
                    f"gold fields {v['fields']} table {v['table']}{extra}  {ctx(text, g['start'], g['end'])}"
                )
        # type+value tp excluding other on the prediction side counted above

    print(f"held-out facts: {len(docs)} documents, {c['gold']} gold facts, {c['pred']} predicted")
    if errors:
        print("parse errors:", *errors, sep="\n  ")
    print(fmt("span (any overlap)", c["span_tp"], c["pred"], c["gold"]))
    print(fmt("type+value exact (all)", c["tv_tp"], c["pred"], c["gold"]))
    print(
        fmt(
            "type+value exact (excl. other)",
            c["tv_tp_nonother"],
            c["pred_nonother"],
            c["gold_nonother"],
        )
    )
    if c["scope_n"]:
        print(
            f"scope accuracy on matched facts      {c['scope_ok'] / c['scope_n']:6.1%}  ({c['scope_ok']}/{c['scope_n']})"
        )
        print(
            f"year accuracy on matched facts       {c['year_ok'] / c['scope_n']:6.1%}  ({c['year_ok']}/{c['scope_n']})"
        )
    if c["verdict_n"]:
        print(
            f"verdict accuracy (missing = wrong)   {c['verdict_ok'] / c['verdict_n']:6.1%}  ({c['verdict_ok']}/{c['verdict_n']})"
        )
    print("\nverdict confusion (rows gold, columns predicted):")
    print(f"{'':<16}" + "".join(f"{v[:12]:>14}" for v in VERDICTS))
    for gv in VERDICTS[:-1]:
        print(f"{gv:<16}" + "".join(f"{confusion[(gv, pv)]:>14}" for pv in VERDICTS))
    print("\nper type:")
    print(f"{'type':<30}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}")
    for t in sorted(per_type):
        x = per_type[t]
        p, r, _ = prf(x["tp"], x["pred"], x["gold"])
        print(f"{t:<30}{x['gold']:>6}{x['pred']:>6}{x['tp']:>6}{p:>8.1%}{r:>8.1%}")
    summary = {
        "span": prf(c["span_tp"], c["pred"], c["gold"]),
        "type_value": prf(c["tv_tp"], c["pred"], c["gold"]),
        "type_value_excl_other": prf(c["tv_tp_nonother"], c["pred_nonother"], c["gold_nonother"]),
        "scope_acc": c["scope_ok"] / c["scope_n"] if c["scope_n"] else None,
        "year_acc": c["year_ok"] / c["scope_n"] if c["scope_n"] else None,
        "verdict_acc": c["verdict_ok"] / c["verdict_n"] if c["verdict_n"] else None,
        "counts": dict(c),
    }
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=1), encoding="utf-8")
    if not args.quiet:
        for key, title in [
            ("miss", "MISSES (gold fact, no overlapping prediction)"),
            ("false_pos", "FALSE POSITIVES (prediction, no gold fact)"),
            ("wrong_type", "WRONG TYPE"),
            ("wrong_value", "WRONG VALUE"),
            ("wrong_scope", "WRONG SCOPE"),
            ("wrong_year", "WRONG YEAR"),
            ("wrong_verdict", "WRONG VERDICT"),
        ]:
            print(f"\n{title}: {len(lists[key])}")
            for line in lists[key]:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
