"""Score govinfo_nlp on the meta10 red team: metadata of every page, verdicts of every claim.

Usage: ``python datasets/redteam/meta10/score.py [--errors]`` (from a checkout:
the checkout's own package is imported first).

Agency: right (the truth or one of its ``alts``), short (the truth without its
outer areas, e.g. 鼓楼区司法局 for 福州市鼓楼区司法局), WRONG (anything else),
null-miss (the page names it) or null-ok (it does not). Year: right / WRONG /
null (null-ok where the page states no year). Region, level, kind: checked
where the truth has them; keys the spec leaves open (``doubt``) apart.

Claims: the verdict of the fact whose span holds the claim's number; a claim
with no fact reads as ``None``. A false accusation is ``inconsistent`` for a
claim whose truth does not allow it; a missed control is a true contradiction
not read as ``inconsistent``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

import opencc  # noqa: E402

from govinfo_nlp import parse  # noqa: E402

T2S = opencc.OpenCC("t2s")


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line]


def simp(s: str | None) -> str | None:
    return None if s is None else T2S.convert(s)


def judge_agency(got: str | None, t: dict) -> str:
    if got is None:
        return "null-miss" if t["named"] and t["agency"] else "null-ok"
    got = simp(got)
    if t["agency"] is None:
        return "WRONG"
    if got == t["agency"] or got in t["alts"]:
        return "right"
    if any(a.endswith(got) and len(got) >= 4 for a in [t["agency"], *t["alts"]]):
        return "short"
    return "WRONG"


def judge_year(got: int | None, t: dict) -> str:
    if got is None:
        return "null" if t["year_named"] else "null-ok"
    return "right" if got == t["year"] else "WRONG"


def judge_fields(md, t: dict) -> tuple[list[str], list[str]]:
    """Mismatches of region/level/kind: (firm ones, ones the spec leaves open)."""
    firm: list[str] = []
    open_: list[str] = []
    if t["agency"] is None:
        return firm, open_
    region = md.region
    for key in ("province", "city", "county"):
        got = simp(getattr(region, key, None)) if region else None
        if got != t[key] and not (got is None and t[key] is None):
            (open_ if "region" in t["doubt"] else firm).append(f"{key} {got}≠{t[key]}")
    for key in ("level", "kind"):
        got = getattr(md, key)
        if got != t[key]:
            (open_ if key in t["doubt"] else firm).append(f"{key} {got}≠{t[key]}")
    return firm, open_


def claim_verdict(report, text: str, c: dict) -> str | None:
    at = text.index(c["marker"]) + c["marker"].index(c["number"])
    facts = [i for i, f in enumerate(report.facts) if f.start <= at < f.end]
    verdicts = [r.verdict for r in report.reconciliation if r.fact in facts]
    if not verdicts:
        return None
    # the harshest verdict counts: one accusation is enough to be wrong
    for v in ("inconsistent", "consistent", "unverifiable", "not_comparable"):
        if v in verdicts:
            return v
    return verdicts[0]


def problems(name: str) -> list[str]:
    """What the library gets wrong or misses on one page (empty: all right).

    Agency and year must be right (null only where the page does not state
    them), region/level/kind right where the spec is firm, and each claim's
    verdict one its truth allows.
    """
    t = next(t for t in load("truth.jsonl") if t["file"] == name)
    path = HERE / "pages" / name
    rep = parse(path)
    md = rep.metadata
    out = []
    a, y = judge_agency(md.agency, t), judge_year(md.year, t)
    if a not in ("right", "null-ok"):
        out.append(f"agency {a}: {md.agency!r}")
    if y not in ("right", "null-ok"):
        out.append(f"year {y}: {md.year}")
    out += judge_fields(md, t)[0]
    text = path.read_text(encoding="utf-8")
    for c in load("claims.jsonl"):
        if c["page"] == name and (v := claim_verdict(rep, text, c)) not in c["expect"]:
            out.append(f"{c['marker']}: {v}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true", help="print every miss and wrong")
    args = ap.parse_args()
    truth = load("truth.jsonl")
    claims = load("claims.jsonl")
    agency: Counter[str] = Counter()
    year: Counter[str] = Counter()
    firm_n = open_n = 0
    reports = {}
    for t in truth:
        path = HERE / "pages" / t["file"]
        rep = parse(path)
        reports[t["file"]] = rep
        md = rep.metadata
        a, y = judge_agency(md.agency, t), judge_year(md.year, t)
        agency[a] += 1
        year[y] += 1
        firm, open_ = judge_fields(md, t)
        firm_n += bool(firm)
        open_n += bool(open_)
        if args.errors and (a not in ("right", "null-ok") or y not in ("right", "null-ok") or firm):
            print(f"{t['file']}: agency {a} {md.agency!r} (truth {t['agency']}); year {y} {md.year}; "
                  f"{'; '.join(firm)}{' | open: ' + '; '.join(open_) if open_ else ''}")
    named = sum(1 for t in truth if t["named"] and t["agency"])
    print(f"pages {len(truth)}: agency {dict(agency)} (right {agency['right']}/{named} named)")
    print(f"year {dict(year)}")
    print(f"pages with a firm region/level/kind mismatch {firm_n}; with an open one {open_n}")
    outcome: Counter[str] = Counter()
    for c in claims:
        rep = reports[c["page"]]
        text = (HERE / "pages" / c["page"]).read_text(encoding="utf-8")
        v = claim_verdict(rep, text, c)
        ok = v in c["expect"]
        if v == "inconsistent" and not ok:
            outcome["FALSE inconsistent"] += 1
        elif c["kind"] == "control" and v != "inconsistent":
            outcome["missed control"] += 1
        elif ok:
            outcome["right"] += 1
        else:
            outcome["other"] += 1
        if args.errors and not ok:
            print(f"  {c['page']} {c['marker']}: {v} (want {c['expect']}; {c['why']})")
    print(f"claims {len(claims)}: {dict(outcome)}")


if __name__ == "__main__":
    main()
