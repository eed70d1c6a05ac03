"""Score the whole-page red team: ``python datasets/redteam/whole/check.py [names...]``.

Prints per case: agency/year/template/level/kind against the truth, cells right /
wrong / missing / unread, and verdicts that break the accusation rule.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# the checkout's library, not an installed copy
sys.path.insert(0, str(HERE.parents[2]))

import govinfo_nlp  # noqa: E402


def score(path: Path) -> list[str]:
    truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
    row = govinfo_nlp.parse(path).to_dict()
    md = row["metadata"]
    bad = []
    if row["errors"]:
        bad.append(f"errors {row['errors']}")
    for key in ("agency", "year", "level", "kind"):
        if key in truth and md.get(key) != truth[key]:
            alts = truth.get(f"{key}_alternatives", [])
            if md.get(key) not in alts:
                bad.append(f"{key}: {md.get(key)!r} (truth {truth[key]!r})")
    if "agency_as_written" in truth and md.get("agency_as_written") != truth["agency_as_written"]:
        bad.append(f"agency_as_written: {md.get('agency_as_written')!r}")
    for k, v in truth.get("region", {}).items():
        got = (md.get("region") or {}).get(k)
        if got != v:
            bad.append(f"region.{k}: {got!r} (truth {v!r})")
    if "template" in truth and row["template"] != truth["template"]:
        bad.append(f"template {row['template']!r}")
    cells = truth.get("cells")
    if cells:
        tables = row["tables"]
        wrong = {f: (tables[f], v) for f, v in cells.items() if f in tables and tables[f] != v}
        missing = [f for f in cells if f not in tables]
        extra = [f for f in tables if f not in cells]
        if wrong:
            bad.append(f"WRONG cells {wrong}")
        unread = set(row.get("tables_unread", []))
        silent = [f for f in missing if f not in unread]
        if silent:
            bad.append(f"{len(silent)} cells absent and not listed unread, e.g. {silent[:4]}")
        if len(missing) > len(silent) and not truth.get("unread_allowed"):
            bad.append(f"{len(missing) - len(silent)} cells unread, e.g. {sorted(set(missing) & unread)[:4]}")
        if extra:
            bad.append(f"extra cells {extra[:5]}")
    facts = row["facts"]
    for r in row["reconciliation"]:
        f = facts[r["fact"]]
        if r["verdict"] == "inconsistent":
            allowed = truth.get("inconsistent_types_allowed", [])
            if truth.get("no_inconsistent", True) and r["type"] not in allowed and r["type"] not in truth.get(
                    "must_be_inconsistent", []):
                bad.append(f"INCONSISTENT {f['text']!r} {r['narrative']} vs {r['table']} {r['fields']}")
    for typ in truth.get("must_be_inconsistent", []):
        if not any(r["verdict"] == "inconsistent" and r["type"] == typ for r in row["reconciliation"]):
            bad.append(f"missed contradiction {typ}: "
                       + str([(r['narrative'], r['table'], r['verdict']) for r in row['reconciliation']
                              if r['type'] == typ]))
    return bad


def main(argv: list[str]) -> int:
    paths = sorted(p for p in HERE.iterdir() if p.suffix in (".html", ".txt", ".pdf", ".docx") and
                   (not argv or any(a in p.name for a in argv)))
    n_bad = 0
    for p in paths:
        bad = score(p)
        n_bad += bool(bad)
        print(f"{p.name}: {'ok' if not bad else ''}")
        for b in bad:
            print("   ", b)
    print(f"{len(paths) - n_bad} of {len(paths)} cases clean")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
