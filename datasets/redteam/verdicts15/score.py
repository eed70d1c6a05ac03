"""Score the library's verdicts on the verdicts15 red team (2019-template reports).

    python datasets/redteam/verdicts15/score.py [--errors] [--doc v15_07]

A claim is matched to the facts whose quantity covers the claim's number (the
number's offsets in the document as given) and to their reconciliation entries
(the worst verdict wins, `inconsistent` first, as verdicts14's score.py does); a
claim with no fact or no entry reads as "none". Counted:

* false `inconsistent`: a claim expected "consistent" or "safe" that reads
  `inconsistent`, plus every `inconsistent` entry on a fact no claim covers
  (every true contradiction of the set is a claim, so an unclaimed accusation
  is false by construction);
* missed contradictions: a claim expected "inconsistent" that reads otherwise;
* consistent found: a claim expected "consistent" that reads `consistent`.

Each error is printed with the fact's type, breakdown, the fields compared and
the reason, so it can be classified (facts stage, tables stage, reconcile).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

import govinfo_nlp  # noqa: E402


def number_span(text: str, snippet: str, number: str) -> tuple[int, int]:
    at = text.index(snippet)
    off = snippet.index(number)
    return at + off, at + off + len(number)


RANK = {"inconsistent": 0, "consistent": 1, "unverifiable": 2, "not_comparable": 3}


def facts_for(facts: list[dict], span: tuple[int, int]) -> list[int]:
    """Every fact whose quantity overlaps the claim's number (several may: a total and a part)."""
    out = []
    for i, f in enumerate(facts):
        q = f.get("quantity_span") or f.get("span")
        if q and q[0] < span[1] and span[0] < q[1]:
            out.append(i)
    return out


def read_doc(path: Path, claims: list[dict]) -> tuple[list[dict], list[str]]:
    """Each claim's reading (the claim plus ``got`` and what was compared) and the
    accusations on facts no claim covers."""
    text = path.read_text(encoding="utf-8")
    d = govinfo_nlp.parse(path).to_dict()
    facts, rec = d["facts"], d["reconciliation"]
    entries: dict[int, dict] = {}
    for r in rec:
        if r["fact"] not in entries or RANK[r["verdict"]] < RANK[entries[r["fact"]]["verdict"]]:
            entries[r["fact"]] = r
    claimed: set[int] = set()
    rows = []
    for c in claims:
        found = facts_for(facts, number_span(text, c["snippet"], c["number"]))
        claimed.update(found)
        # the worst verdict wins where several facts cover the number
        cands = [entries[i] for i in found if i in entries]
        entry = min(cands, key=lambda r: RANK[r["verdict"]]) if cands else None
        fi = entry["fact"] if entry else (found[0] if found else None)
        f = facts[fi] if fi is not None else {}
        rows.append(
            {
                **c,
                "got": entry["verdict"] if entry else "none",
                "fact_type": f.get("type"),
                "value_read": f.get("value"),
                "scope": f.get("scope"),
                "year": f.get("year"),
                "breakdown": f.get("breakdown"),
                "fields": entry.get("fields") if entry else None,
                "table": entry.get("table") if entry else None,
                "reason": entry.get("reason") if entry else None,
            }
        )
    unclaimed = [
        f"{path.name} unclaimed {text[facts[r['fact']]['span'][0] : facts[r['fact']]['span'][1]]!r}:"
        f" got inconsistent [type={facts[r['fact']].get('type')} value={facts[r['fact']].get('value')}"
        f" breakdown={facts[r['fact']].get('breakdown')}; fields={r.get('fields')}"
        f" table={r.get('table')} reason={r.get('reason')!r}]"
        for r in rec
        if r["verdict"] == "inconsistent" and r["fact"] not in claimed
    ]
    return rows, unclaimed


def load_claims() -> dict[str, list[dict]]:
    by_doc: dict[str, list[dict]] = {}
    for line in (HERE / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        if line:
            c = json.loads(line)
            by_doc.setdefault(c["doc"], []).append(c)
    return by_doc


def describe(r: dict) -> str:
    return (
        f"{r['doc']} {r['snippet']!r}: expect {r['expect']}, got {r['got']}"
        f" [fact type={r['fact_type']} value={r['value_read']} scope={r['scope']}"
        f" year={r['year']} breakdown={r['breakdown']}"
        + (f"; fields={r['fields']} table={r['table']} reason={r['reason']!r}" if r["reason"] else "")
        + f"] ({r['why']})"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true", help="print every error and miss")
    ap.add_argument("--doc", help="only this document (name without extension)")
    ap.add_argument("--json", help="write every claim's reading to this file")
    ap.add_argument(
        "--set",
        choices=("blind", "after", "all"),
        default="all",
        help="blind: v15_01-32, written before reading the reconcile code; after: "
        "v15_33-42, written after the first fixes",
    )
    args = ap.parse_args()
    by_doc = {
        doc: cs
        for doc, cs in load_claims().items()
        if args.set in ("all", cs[0].get("set", "blind"))
    }
    rows: list[dict] = []
    unclaimed: list[str] = []
    for name in sorted(by_doc):
        if args.doc and not name.startswith(args.doc):
            continue
        got, extra = read_doc(HERE / "docs" / name, by_doc[name])
        rows += got
        unclaimed += extra
    false_inc = [describe(r) for r in rows if r["got"] == "inconsistent" and r["expect"] != "inconsistent"]
    false_inc += unclaimed
    missed = [describe(r) for r in rows if r["expect"] == "inconsistent" and r["got"] != "inconsistent"]
    cons_missed = [describe(r) for r in rows if r["expect"] == "consistent" and r["got"] != "consistent"]
    n_inc = sum(r["expect"] == "inconsistent" for r in rows)
    n_con = sum(r["expect"] == "consistent" for r in rows)
    counts = Counter(f"{r['expect']}->{r['got']}" for r in rows)
    print(f"claims {len(rows)} in {len({r['doc'] for r in rows})} documents")
    print(f"false inconsistent: {len(false_inc)} ({len(unclaimed)} on quantities no claim covers)")
    print(f"contradictions found: {n_inc - len(missed)}/{n_inc}")
    print(f"consistent found: {n_con - len(cons_missed)}/{n_con}")
    print("readings:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if args.errors:
        for title, items in (
            ("FALSE INCONSISTENT", false_inc),
            ("MISSED CONTRADICTION", missed),
            ("CONSISTENT MISSED", cons_missed),
        ):
            for item in items:
                print(f"{title}: {item}")
    if args.json:
        Path(args.json).write_text(
            "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
        )
    return 1 if false_inc or missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
