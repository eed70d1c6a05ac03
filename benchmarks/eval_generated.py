"""Accuracy of the whole pipeline on generated reports it has never seen.

    python benchmarks/eval_generated.py [--n 300] [--seed 7001] [--show 5] [--breakdowns]

Generates reports with ``govinfo_nlp_dev.synthetic.generator`` (every layout, both templates,
faults), parses them, and compares with the generator's truth:

* tables: cells right, cells missing, and cells *wrong* (a value in the
  output that differs from the truth, or a field the table did not have) —
  the number that must stay at zero;
* template, year and agency;
* narrative facts: precision / recall / F1 of type + value (matched by the
  quantity's span), over types other than ``other`` and over all;
* reconciliation verdicts of the claims the generator wrote;
* warnings the injected faults must raise.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import govinfo_nlp  # noqa: E402
from govinfo_nlp_dev.synthetic.generator import generate_corpus  # noqa: E402


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(n: int, seed: int, show: int, breakdowns: bool = False) -> dict[str, Any]:
    c: collections.Counter[str] = collections.Counter()
    by_layout: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    examples: dict[str, list[str]] = collections.defaultdict(list)
    verdicts: collections.Counter[tuple[str, str]] = collections.Counter()
    for syn in generate_corpus(n, seed=seed, breakdowns=breakdowns):
        report = govinfo_nlp.parse(
            syn.text.encode("utf-8"), format=syn.format, source_name=f"gen-{syn.seed}"
        )
        row = report.to_dict()
        lay = by_layout[syn.layout]
        # tables
        got = row["tables"]
        for field, value in syn.truth.items():
            c["cells"] += 1
            lay["cells"] += 1
            if field not in got:
                c["cells_missing"] += 1
                lay["cells_missing"] += 1
            elif got[field] != value and abs(float(got[field]) - float(value)) > 1e-6:
                c["cells_wrong"] += 1
                lay["cells_wrong"] += 1
                if len(examples["wrong"]) < show:
                    examples["wrong"].append(
                        f"seed {syn.seed} {syn.layout} {syn.faults}: "
                        f"{field} = {got[field]} (truth {value})"
                    )
            else:
                c["cells_right"] += 1
        derived = set(row.get("tables_derived", ()))
        for field in got:
            if field not in syn.truth and field in derived and syn.hidden.get(field) == got[field]:
                # a lost cell worked out from the sums: the value it had
                c["cells_lost_derived"] += 1
            elif field not in syn.truth:
                c["cells_invented"] += 1
                lay["cells_wrong"] += 1
                if len(examples["invented"]) < show:
                    examples["invented"].append(
                        f"seed {syn.seed} {syn.layout} {syn.faults}: "
                        f"{field} = {got[field]} (absent in truth)"
                    )
        c["docs"] += 1
        c["template_right"] += row["template"] == syn.template
        c["year_right"] += row["metadata"]["year"] == syn.year
        agency = row["metadata"]["agency"]
        if "spam_agency" in syn.faults:
            c["spam_docs"] += 1
            c["spam_agency_null"] += agency is None or agency == syn.agency
        else:
            c["agency_docs"] += 1
            c["agency_right"] += agency == syn.agency
            c["agency_wrong"] += agency is not None and agency != syn.agency
        # warnings
        for code in syn.expected_warnings:
            c["warn_expected"] += 1
            text = (
                " ".join(row["warnings"])
                + " "
                + " ".join(ch["id"] for ch in row["checks"] if not ch["holds"])
            )
            if code in text:
                c["warn_found"] += 1
            elif len(examples["warn"]) < show:
                examples["warn"].append(f"seed {syn.seed} {syn.layout}: missing {code}")
        # facts
        facts = row["facts"]
        used: set[int] = set()
        for tf in syn.facts:
            typed = tf.type != "other"
            c["gold_all"] += 1
            c["gold_typed"] += typed
            match = next(
                (
                    i
                    for i, f in enumerate(facts)
                    if i not in used and _overlap(tuple(f["quantity_span"]), (tf.start, tf.end))
                ),
                None,
            )
            if match is None:
                if typed and len(examples["fact_missed"]) < show:
                    examples["fact_missed"].append(f"seed {syn.seed}: {tf.text} {tf.type}")
                continue
            used.add(match)
            f = facts[match]
            ok = f["type"] == tf.type and abs(float(f["value"]) - float(tf.value)) < 1e-9
            c["tp_all"] += ok
            c["tp_typed"] += ok and typed
            if not ok and len(examples["fact_wrong"]) < show:
                examples["fact_wrong"].append(
                    f"seed {syn.seed}: {tf.text!r} gold {tf.type}={tf.value} "
                    f"got {f['type']}={f['value']}"
                )
            if tf.verdict:
                rec = next((r for r in row["reconciliation"] if r["fact"] == match), None)
                got_v = rec["verdict"] if rec else "none"
                verdicts[(tf.verdict, got_v)] += 1
        c["pred_all"] += len(facts)
        c["pred_typed"] += sum(f["type"] != "other" for f in facts)
    return {"c": c, "by_layout": by_layout, "examples": examples, "verdicts": verdicts}


def _prf(tp: int, pred: int, gold: int) -> str:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7001)
    parser.add_argument("--show", type=int, default=5)
    parser.add_argument(
        "--breakdowns", action="store_true", help="prose states totals with their parts"
    )
    args = parser.parse_args()
    out = evaluate(args.n, args.seed, args.show, args.breakdowns)
    c = out["c"]
    print(f"documents: {c['docs']}")
    print(
        f"table cells: {c['cells']}  right {c['cells_right']}  missing {c['cells_missing']}  "
        f"WRONG {c['cells_wrong']}  invented {c['cells_invented']}  "
        f"(lost cells worked out from the sums: {c['cells_lost_derived']})"
    )
    for layout, lc in sorted(out["by_layout"].items()):
        print(
            f"  {layout:14s} cells {lc['cells']:6d}  missing {lc['cells_missing']:5d}  "
            f"wrong {lc['cells_wrong']}"
        )
    print(
        f"template right: {c['template_right']}/{c['docs']}   year right: "
        f"{c['year_right']}/{c['docs']}"
    )
    print(
        f"agency right: {c['agency_right']}/{c['agency_docs']} (wrong {c['agency_wrong']}); "
        f"spam agency withheld: {c['spam_agency_null']}/{c['spam_docs']}"
    )
    print(f"expected warnings found: {c['warn_found']}/{c['warn_expected']}")
    print(f"facts (types except other): {_prf(c['tp_typed'], c['pred_typed'], c['gold_typed'])}")
    print(f"facts (all types):          {_prf(c['tp_all'], c['pred_all'], c['gold_all'])}")
    total = sum(out["verdicts"].values())
    right = sum(v for (g, p), v in out["verdicts"].items() if g == p)
    false_inc = sum(v for (g, p), v in out["verdicts"].items() if p == "inconsistent" != g)
    print(f"verdicts right: {right}/{total}  false inconsistent: {false_inc}")
    for (gold, got), count in sorted(out["verdicts"].items()):
        if gold != got:
            print(f"  gold {gold:15s} got {got:15s} x{count}")
    for kind, lines in out["examples"].items():
        print(f"-- {kind}")
        for line in lines:
            print("   ", line)


if __name__ == "__main__":
    main()
