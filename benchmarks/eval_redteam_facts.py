"""Evaluate govinfo_nlp narrative facts + reconciliation on the red-team set.

Held-out documents: datasets/redteam/facts/f*.txt, gold in
datasets/redteam/facts/gold.jsonl (written independently of the library; see
datasets/redteam/facts/README.md). Predicted facts are matched to gold facts
one-to-one by overlap of the quantity spans (pred quantity_start/end vs gold
start/end), largest overlap first.

Reports:
  * span detection P/R/F1 (any overlap);
  * type+value exact P/R/F1 (micro), overall and excluding type "other"
    (for the latter, gold and predictions of type "other" are set aside);
  * per-type recall/precision;
  * scope and year accuracy on matched facts;
  * verdict accuracy over gold verdicts (missing prediction = wrong);
  * every miss, false positive, wrong type/value/scope/year, wrong verdict,
    with context.

Usage: python benchmarks/eval_redteam_facts.py [--json OUT] [--quiet]
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

GOLD = ROOT / "datasets" / "redteam" / "facts" / "gold.jsonl"


def load_gold():
    docs = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            docs.append(json.loads(line))
    return docs


def doc_path(doc: str) -> Path:
    assert doc.startswith("corpus:")
    return ROOT / "datasets" / doc.split(":", 1)[1]


def ctx(text: str, s: int, e: int, w: int = 14) -> str:
    left = text[max(0, s - w) : s].replace("\n", "⏎")
    right = text[e : e + w].replace("\n", "⏎")
    return f"{left}[{text[s:e]}]{right}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", help="write the metrics as JSON here")
    ap.add_argument("--quiet", action="store_true", help="metrics only, no lists")
    args = ap.parse_args()

    docs = load_gold()
    n_gold = n_pred = n_span_tp = n_tv = 0
    n_gold_no = n_pred_no = n_tv_no = 0
    n_matched = n_scope_ok = n_year_ok = 0
    n_verd = n_verd_ok = 0
    per_type_gold, per_type_pred, per_type_tp = Counter(), Counter(), Counter()
    verdict_conf = Counter()
    subset = defaultdict(lambda: Counter())
    lists = defaultdict(list)

    for d in docs:
        path = doc_path(d["doc"])
        with open(path, encoding="utf-8-sig", newline="") as fh:
            text = fh.read()
        report = govinfo_nlp.parse(text)
        preds = list(report.facts)
        gold = d["facts"]
        name = path.name
        tag = (
            "traditional"
            if d.get("script") == "traditional"
            else ("fullwidth" if d.get("fullwidth") else "simplified")
        )
        g2p, p2g = match(gold, preds)
        n_gold += len(gold)
        n_pred += len(preds)
        n_span_tp += len(g2p)
        n_gold_no += sum(1 for g in gold if g["type"] != "other")
        n_pred_no += sum(1 for p in preds if p.type != "other")
        subset[tag]["gold"] += len(gold)
        subset[tag]["pred"] += len(preds)
        for g in gold:
            per_type_gold[g["type"]] += 1
        for p in preds:
            per_type_pred[p.type] += 1
        for gi, g in enumerate(gold):
            gs = f"{name}:{g['start']} {ctx(text, g['start'], g['end'])}"
            if gi not in g2p:
                lists["miss"].append(
                    f"{gs}  gold {g['type']} {g['value']} {g['unit']}"
                    f"{' approx=' + g['approx'] if g['approx'] else ''}"
                )
                continue
            p = preds[g2p[gi]]
            n_matched += 1
            span_note = (
                ""
                if (p.quantity_start, p.quantity_end) == (g["start"], g["end"])
                else f" pred-span={text[p.quantity_start : p.quantity_end]!r}"
            )
            type_ok = p.type == g["type"]
            val_ok = same_value(p.value, g["value"])
            if type_ok and val_ok:
                n_tv += 1
                per_type_tp[g["type"]] += 1
                subset[tag]["tp"] += 1
                if g["type"] != "other":
                    n_tv_no += 1
            if not type_ok:
                lists["wrong_type"].append(
                    f"{gs}  gold {g['type']} → pred {p.type} (rule {p.rule}){span_note}"
                )
            if not val_ok:
                lists["wrong_value"].append(
                    f"{gs}  gold {g['value']} → pred {p.value} (unit {p.unit}){span_note}"
                )
            if p.scope == g["scope"]:
                n_scope_ok += 1
            else:
                lists["wrong_scope"].append(
                    f"{gs}  gold {g['scope']} → pred {p.scope}  [{g['type']}]"
                )
            if p.year == g["year"]:
                n_year_ok += 1
            else:
                lists["wrong_year"].append(f"{gs}  gold {g['year']} → pred {p.year}  [{g['type']}]")
            if (p.approx or None) != g["approx"] or (p.unit or None) != g["unit"]:
                lists["wrong_unit_or_approx"].append(
                    f"{gs}  gold unit={g['unit']} approx={g['approx']} → pred unit={p.unit} approx={p.approx}"
                )
        for pi, p in enumerate(preds):
            if pi not in p2g:
                lists["false_positive"].append(
                    f"{name}:{p.quantity_start} {ctx(text, p.quantity_start, p.quantity_end)}"
                    f"  pred {p.type} {p.value} {p.unit} (rule {p.rule})"
                )
        # verdicts
        rec_by_fact = {r.fact: r for r in report.reconciliation}
        start2gi = {g["start"]: gi for gi, g in enumerate(gold)}
        gold_verdict_p = set()
        for gv in d.get("verdicts", []):
            gi = start2gi[gv["start"]]
            g = gold[gi]
            n_verd += 1
            gs = f"{name}:{g['start']} {ctx(text, g['start'], g['end'])}"
            pi = g2p.get(gi)
            r = rec_by_fact.get(pi) if pi is not None else None
            got = r.verdict if r is not None else "(none)"
            if pi is not None:
                gold_verdict_p.add(pi)
            verdict_conf[(gv["verdict"], got)] += 1
            if got == gv["verdict"]:
                n_verd_ok += 1
            else:
                why = ""
                if r is not None:
                    why = f" fields={list(r.fields)} table={r.table} reason={r.reason!r}"
                elif pi is None:
                    why = " (gold fact not found)"
                else:
                    why = f" (pred type {preds[pi].type}, no reconciliation)"
                lists["wrong_verdict"].append(
                    f"{gs}  [{g['type']} {g['value']}] gold {gv['verdict']} (fields {gv['fields']}, table {gv['table']})"
                    f" → pred {got}{why}"
                )
        for r in report.reconciliation:
            if r.fact not in gold_verdict_p:
                p = preds[r.fact]
                lists["extra_verdict"].append(
                    f"{name}:{p.quantity_start} {ctx(text, p.quantity_start, p.quantity_end)}"
                    f"  pred {p.type} {p.value} → {r.verdict} (no gold verdict)"
                )

    sp, sr, sf = prf(n_span_tp, n_pred, n_gold)
    p, r, f = prf(n_tv, n_pred, n_gold)
    pn, rn, fn = prf(n_tv_no, n_pred_no, n_gold_no)
    metrics = {
        "documents": len(docs),
        "gold_facts": n_gold,
        "pred_facts": n_pred,
        "span": {"p": sp, "r": sr, "f1": sf, "matched": n_span_tp},
        "type_value": {"p": p, "r": r, "f1": f, "tp": n_tv},
        "type_value_excl_other": {
            "p": pn,
            "r": rn,
            "f1": fn,
            "tp": n_tv_no,
            "gold": n_gold_no,
            "pred": n_pred_no,
        },
        "scope_acc": n_scope_ok / n_matched if n_matched else 0.0,
        "year_acc": n_year_ok / n_matched if n_matched else 0.0,
        "verdict_acc": n_verd_ok / n_verd if n_verd else 0.0,
        "verdicts": n_verd,
    }
    print(
        f"govinfo_nlp {getattr(govinfo_nlp, '__version__', '?')} on {GOLD.relative_to(ROOT)}: "
        f"{len(docs)} documents, {n_gold} gold facts, {n_pred} predicted"
    )
    print(f"span detection      P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}  ({n_span_tp} matched)")
    print(f"type+value exact    P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({n_tv} correct)")
    print(
        f"  excluding other   P {pn:.3f}  R {rn:.3f}  F1 {fn:.3f}  ({n_tv_no} correct; gold {n_gold_no}, pred {n_pred_no})"
    )
    print(f"scope accuracy (matched)  {metrics['scope_acc']:.3f}  ({n_scope_ok}/{n_matched})")
    print(f"year accuracy (matched)   {metrics['year_acc']:.3f}  ({n_year_ok}/{n_matched})")
    print(f"verdict accuracy          {metrics['verdict_acc']:.3f}  ({n_verd_ok}/{n_verd})")
    print("\nby script:")
    for tag, c in sorted(subset.items()):
        pp, rr, ff = prf(c["tp"], c["pred"], c["gold"])
        print(
            f"  {tag:12s} gold {c['gold']:4d} pred {c['pred']:4d}  type+value P {pp:.3f} R {rr:.3f} F1 {ff:.3f}"
        )
    print("\nper type (type+value):   gold  pred   tp   R      P")
    for t in sorted(set(per_type_gold) | set(per_type_pred)):
        g_, p_, tp_ = per_type_gold[t], per_type_pred[t], per_type_tp[t]
        print(
            f"  {t:28s} {g_:4d} {p_:5d} {tp_:4d}  {tp_ / g_ if g_ else 0:.2f}  {tp_ / p_ if p_ else 0:.2f}"
        )
    print("\nverdict confusion (gold → pred):")
    for (gv, pv), n in sorted(verdict_conf.items()):
        print(f"  {gv:15s} → {pv:15s} {n}")
    if not args.quiet:
        for key in (
            "miss",
            "false_positive",
            "wrong_type",
            "wrong_value",
            "wrong_unit_or_approx",
            "wrong_scope",
            "wrong_year",
            "wrong_verdict",
            "extra_verdict",
        ):
            print(f"\n== {key} ({len(lists[key])})")
            for line in lists[key]:
                print("  " + line)
    if args.json:
        Path(args.json).write_text(json.dumps(metrics, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
