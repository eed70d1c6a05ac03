"""Score the library's verdicts on the verdicts14 red team (hand-judged claims in gold.jsonl).

    python datasets/redteam/verdicts14/score.py [--errors] [--json]

A claim is matched to the library's facts by its quantity's span (a fact whose
``quantity_span`` overlaps it); the claim's predicted verdict is that of the
fact's reconciliation entry, ``absent`` when no fact or no entry covers it
(``inconsistent`` wins when several entries do). Reported:

* false ``inconsistent``: an accusation where the hand verdict is anything else
  (must be 0), plus every ``inconsistent`` the library gives to a quantity no gold
  claim covers (listed, to be judged by hand);
* missed contradictions: true ``inconsistent`` claims the library did not accuse;
* agreement per hand verdict: the same verdict (or one the gold accepts, ``C/U``);
  for ``not_comparable``/``unverifiable`` an ``absent`` is counted apart as harmless
  (no accusation, no false agreement); for ``none`` (no table counterpart) absent
  is the agreement.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

import govinfo_nlp  # noqa: E402

ORDER = ("consistent", "inconsistent", "not_comparable", "unverifiable", "absent")
RANK = {"inconsistent": 0, "consistent": 1, "unverifiable": 2, "not_comparable": 3}


def predictions(doc: Path, spans: list[tuple[int, int]]) -> tuple[list[str], list[dict[str, Any]]]:
    row = govinfo_nlp.parse(doc).to_dict()
    facts = row["facts"]
    by_fact: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in row["reconciliation"]:
        by_fact[r["fact"]].append(r)
    out = []
    covered: set[int] = set()
    for start, end in spans:
        verdicts = []
        for i, f in enumerate(facts):
            qs, qe = f.get("quantity_span") or f["span"]
            if qs < end and start < qe:
                covered.add(i)
                verdicts += [r["verdict"] for r in by_fact.get(i, [])]
        out.append(min(verdicts, key=RANK.__getitem__) if verdicts else "absent")
    unlisted = [
        {"doc": doc.name, "text": facts[i]["text"], **r}
        for i, rs in by_fact.items()
        if i not in covered
        for r in rs
        if r["verdict"] == "inconsistent"
    ]
    return out, unlisted


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list every disagreement")
    ap.add_argument("--json", action="store_true", help="print the per-claim results as JSON lines")
    ap.add_argument(
        "--set",
        choices=("blind", "after", "third", "all"),
        default="blind",
        help="blind: before reading the code (v01-v40); after: after the first fixes "
        "(w01-w15); third: after the second (x01-x12)",
    )
    args = ap.parse_args()
    gold = [json.loads(line) for line in (HERE / "gold.jsonl").open(encoding="utf-8")]
    gold = [g for g in gold if args.set in ("all", g["set"])]
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        by_doc[g["doc"]].append(g)
    unlisted: list[dict[str, Any]] = []
    for name, claims in sorted(by_doc.items()):
        preds, extra = predictions(HERE / "docs" / name, [tuple(c["span"]) for c in claims])
        unlisted += extra
        for c, p in zip(claims, preds):
            c["predicted"] = p
    matrix: Counter[tuple[str, str]] = Counter(
        (g["verdict"], g["predicted"]) for g in gold
    )
    false_acc = [g for g in gold if g["predicted"] == "inconsistent" and g["verdict"] != "inconsistent"]
    missed = [g for g in gold if g["verdict"] == "inconsistent" and g["predicted"] != "inconsistent"]
    print(f"{len(by_doc)} documents, {len(gold)} claims")
    print(f"false inconsistent: {len(false_acc)} (+ {len(unlisted)} on quantities no claim covers)")
    n_true = sum(1 for g in gold if g["verdict"] == "inconsistent")
    print(f"missed contradictions: {len(missed)} of {n_true}")
    print("agreement per hand verdict:")
    for v in ("consistent", "inconsistent", "not_comparable", "unverifiable", "none"):
        rows = [g for g in gold if g["verdict"] == v]
        if not rows:
            continue
        agree = sum(
            1
            for g in rows
            if g["predicted"] == v
            or g["predicted"] in g["accept"]
            or (v == "none" and g["predicted"] == "absent")
        )
        harmless = sum(1 for g in rows if v in ("not_comparable", "unverifiable") and g["predicted"] == "absent")
        extra = f", {harmless} absent (harmless)" if harmless else ""
        print(f"  {v:15s} {agree}/{len(rows)}{extra}")
    print("hand verdict × predicted:")
    print(" " * 16 + " ".join(f"{p[:12]:>12s}" for p in ORDER))
    for v in ("consistent", "inconsistent", "not_comparable", "unverifiable", "none"):
        print(f"  {v:14s}" + " ".join(f"{matrix[(v, p)]:12d}" for p in ORDER))
    if args.errors:
        print("\nfalse inconsistent:")
        for g in false_acc:
            print(f"  {g['id']} [{g['trap']}] {g['quantity']} in {g['claim']!r}: hand {g['verdict']} ({g['why']})")
        for u in unlisted:
            print(f"  (unlisted) {u['doc']} {u['text']!r}: {u['reason']}")
        print("\nmissed contradictions:")
        for g in missed:
            print(f"  {g['id']} [{g['trap']}] {g['quantity']} in {g['claim']!r}: {g['predicted']} ({g['why']})")
        print("\nother disagreements:")
        for g in gold:
            if g in false_acc or g in missed:
                continue
            p = g["predicted"]
            v = g["verdict"]
            if p == v or p in g["accept"] or (p == "absent" and v in ("none", "not_comparable", "unverifiable")):
                continue
            print(f"  {g['id']} [{g['trap']}] {g['quantity']} in {g['claim']!r}: hand {v}, got {p} ({g['why']})")
    if args.json:
        for g in gold:
            print(json.dumps(g, ensure_ascii=False))
    return 1 if false_acc or unlisted else 0


if __name__ == "__main__":
    sys.exit(main())
