"""Score metadata on the red-team variants (govinfo_nlp_dev/metadata_redteam.py).

The variants are built by us from the real excerpts in ../shared/reports whose
agency and year SOURCES.tsv gives and the library reads right on the
untouched text, plus synthetic titles (townships, 管委会, national bodies,
ambiguous districts). A set we built and looked at, not held-out evidence.

Agency: right (the true agency, strictly), short (the true agency without
its outer areas: 静海区人民政府 for 天津市静海区人民政府), wrong (any other name, or any name
where the text no longer establishes one), null (split into nulls where the
text still names it — a miss — and where it does not — the right answer).
Year: right / wrong / null. Synthetic variants also check level, kind and
region code (and that an ambiguous district gets no region).

Usage: python benchmarks/eval_redteam_metadata.py [--show] [--errors]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from govinfo_nlp import parse  # noqa: E402
from govinfo_nlp_dev.metadata_redteam import (  # noqa: E402
    Variant,
    agency_matches,
    agency_shortened,
    body_variants,
    real_variants,
    synthetic_variants,
)

REPORTS = ROOT.parent / "shared" / "reports"


def judge(v: Variant) -> tuple[str, str, list[str]]:
    md = parse(v.text).metadata
    problems = []
    if md.agency is None:
        agency = "null-miss" if v.named else "null-ok"
    elif v.agency is not None and agency_matches(md.agency, v.agency):
        agency = "right"
    elif v.agency is not None and agency_shortened(md.agency, v.agency):
        agency = "short"
    else:
        agency = "WRONG"
    year = "null" if md.year is None else "right" if md.year == v.year else "WRONG"
    if v.kind is not None and md.kind != v.kind:
        problems.append(f"kind {md.kind}≠{v.kind}")
    if v.kind is not None and md.level != v.level:
        problems.append(f"level {md.level}≠{v.level}")
    code = md.region.code if md.region else None
    if v.code is not None and code != v.code:
        problems.append(f"code {code}≠{v.code}")
    if v.no_region and md.region is not None and (md.region.city or md.region.code):
        problems.append(f"region {md.region} for an ambiguous area")
    return agency, year, [*problems, f"ours={md.agency!r} y={md.year}"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true", help="print every variant")
    ap.add_argument("--errors", action="store_true", help="print wrong and missed variants")
    args = ap.parse_args()
    variants = [*real_variants(REPORTS), *synthetic_variants(), *body_variants()]
    by_kind: dict[str, Counter[str]] = {}
    extra = 0
    for v in variants:
        agency, year, notes = judge(v)
        kind = v.name.split("/", 1)[
            0
            if v.name.startswith(("synthetic/", "own-document/", "parent-dropped/", "english/"))
            else 1
        ]
        c = by_kind.setdefault(kind, Counter())
        c["n"] += 1
        c["named"] += v.named
        c[f"a:{agency}"] += 1
        c[f"y:{year}"] += 1
        bad = agency in ("WRONG", "null-miss", "short") or year != "right" or len(notes) > 1
        extra += len(notes) > 1
        if args.show or (args.errors and bad):
            print(
                f"{v.name:40} agency={agency:9} year={year:5} true={v.agency!r} " + "; ".join(notes)
            )
    total: Counter[str] = Counter()
    print(
        f"{'variant':24} {'n':>4} {'a-right':>8} {'a-short':>8} {'a-WRONG':>8} {'a-miss':>7}"
        f" {'a-null-ok':>9} {'y-right':>8} {'y-WRONG':>8} {'y-null':>7}"
    )
    for kind, c in sorted(by_kind.items()):
        total.update(c)
        print(
            f"{kind:24} {c['n']:4} {c['a:right']:8} {c['a:short']:8} {c['a:WRONG']:8}"
            f" {c['a:null-miss']:7}"
            f" {c['a:null-ok']:9} {c['y:right']:8} {c['y:WRONG']:8} {c['y:null']:7}"
        )
    print(
        f"{'all':24} {total['n']:4} {total['a:right']:8} {total['a:short']:8} {total['a:WRONG']:8}"
        f" {total['a:null-miss']:7} {total['a:null-ok']:9} {total['y:right']:8}"
        f" {total['y:WRONG']:8} {total['y:null']:7}"
    )
    print(
        f"agency right where the text names it: {total['a:right']}/{total['named']}"
        f"; synthetic level/kind/region problems: {extra}"
    )


if __name__ == "__main__":
    main()
