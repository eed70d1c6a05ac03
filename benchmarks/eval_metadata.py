"""Score metadata (agency, year) on the real excerpts in ../shared/reports.

SOURCES.tsv gives each excerpt's year and agency as the page makes them
certain ("unknown" or empty otherwise). Its agency is the name as the page
writes it, sometimes without the area prefix (市财政局) or as the bare area
for a government's report (合江县), so "right" is a compatible name, not
string equality:

- right: ours (canonical or as written) equals the source's, or one is the
  other with an area prefix or a government suffix added, after folding
  Traditional script and the usual abbreviations (卫健局 = 卫生健康局 …);
- wrong: we give a name and it is not right (a partial or fragment name is
  wrong, a null is not);
- spam names in SOURCES (a gambling site's text where the area should be)
  are excluded from the agency score; ours must not contain spam.

Year: right / wrong / null against the source's year.

Usage: python benchmarks/eval_metadata.py [--show] [--docs r051-r178]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from govinfo_nlp import parse  # noqa: E402
from govinfo_nlp.noise import is_spam  # noqa: E402
from govinfo_nlp_dev.metadata_redteam import agency_right  # noqa: E402

REPORTS = ROOT.parent / "shared" / "reports"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true", help="print every document")
    ap.add_argument("--docs", default="", help="range like r051-r178")
    args = ap.parse_args()
    lo, hi = [*args.docs.split("-"), ""][:2] if args.docs else ("", "")
    with open(REPORTS / "SOURCES.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    n_named = a_right = a_wrong = a_null = 0
    n_year = y_right = y_wrong = y_null = spam_out = 0
    for row in rows:
        stem = row["file"].removesuffix(".txt")
        if lo and not (lo <= stem <= hi):
            continue
        report = parse(REPORTS / row["file"])
        md = report.metadata
        src_agency = (row["agency"] or "").strip()
        mark = ""
        if md.agency and is_spam(md.agency):
            spam_out += 1
            mark = "SPAM"
        if src_agency and src_agency != "unknown" and not is_spam(src_agency):
            n_named += 1
            if md.agency is None:
                a_null += 1
                mark = mark or "a-null"
            elif agency_right(md.agency, src_agency) or (
                md.agency_as_written and agency_right(md.agency_as_written, src_agency)
            ):
                a_right += 1
            else:
                a_wrong += 1
                mark = "A-WRONG"
        if row["year"].strip().isdigit():
            n_year += 1
            if md.year is None:
                y_null += 1
                mark += " y-null"
            elif md.year == int(row["year"]):
                y_right += 1
            else:
                y_wrong += 1
                mark += " Y-WRONG"
        if args.show or mark:
            print(
                f"{stem} {mark:12} src={src_agency!r}/{row['year']} ours={md.agency!r}"
                f" as_written={md.agency_as_written!r} "
                f" {md.level} {md.kind} {md.region} y={md.year}"
            )
    print(
        f"agency: {n_named} named; right {a_right} ({a_right / max(n_named, 1):.1%}),"
        f" wrong {a_wrong}, null {a_null}; spam in ours: {spam_out}"
    )
    print(
        f"year: {n_year} named; right {y_right} ({y_right / max(n_year, 1):.1%}),"
        f" wrong {y_wrong}, null {y_null}"
    )


if __name__ == "__main__":
    main()
