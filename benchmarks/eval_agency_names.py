"""Region, level and kind of agency names generated from the gazetteer.

The names (govinfo_nlp_dev/agency_names.py) combine random divisions, department
words and the forms reports write them in (full, with or without the province
and city, cut short under the city, an autonomous division's customary form,
a city bureau's district branch, Traditional script). A set we built and
looked at while fixing the rules, not held-out evidence.

Usage: python benchmarks/eval_agency_names.py [--n 2000] [--seed 0] [--errors]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from govinfo_nlp_dev.agency_names import agency_names, judge  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--errors", action="store_true", help="print every name not fully right")
    args = ap.parse_args()
    by_form: dict[str, Counter[str]] = defaultdict(Counter)
    for name in agency_names(args.seed, args.n):
        out = judge(name)
        form = name.form.removesuffix("+traditional")
        for scope in (form, "all"):
            c = by_form[scope]
            c["n"] += 1
            c["region." + out.region] += 1
            c["level." + out.level] += 1
            c["kind." + out.kind] += 1
        if args.errors and (out.region != "right" or out.level != "right" or out.kind != "right"):
            print(
                f"{name.written}\t{name.form}\t{name.code}\t{name.level}\tunique={name.unique}\t{out}"
            )
    cols = ["region.right", "region.partial", "region.null", "region.wrong"]
    cols += ["level.right", "level.null", "level.wrong", "kind.wrong"]
    print(f"{'form':<24}{'n':>6}" + "".join(f"{c:>16}" for c in cols))
    for form in sorted(by_form, key=lambda f: (f == "all", f)):
        c = by_form[form]
        cells = "".join(f"{c[k]:>9} {c[k] / c['n']:>5.1%}" for k in cols)
        print(f"{form:<24}{c['n']:>6}{cells}")


if __name__ == "__main__":
    main()
