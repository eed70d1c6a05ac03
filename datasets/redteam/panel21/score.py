"""Score the library's agency x year panel on panel21's corpus.

panel20's scorer (`datasets/redteam/panel20/score.py`, imported, not copied) runs
the public CLI (`python -m govinfo_nlp annotate pages -o rows.jsonl`) and API
(`govinfo_nlp.panel`) and prints wrong joins (must be 0), missed joins among
pages whose area is certain, lineage joins (renamed, merged or re-parented
bodies: listed apart, never wrong), cross-year carry cells right/wrong/missed,
reports accused and duplicates flagged. This set adds the year of each page's
panel row: a year other than the truth's is wrong, and so is any year given to a
page whose year the text does not make certain (`year: null` in the truth); a
null year where the truth has one is a miss.

Usage: `python datasets/redteam/panel21/score.py [--wave 1|2] [--rows rows.jsonl] [-v]`
(`--rows` must be an annotate output of the same folders; `--wave 1`: `pages/` alone,
the set of the first reading). Exit 1 on any wrong join,
wrong carry cell or wrong year.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def panel20_scorer():
    path = HERE.parent / "panel20" / "score.py"
    spec = importlib.util.spec_from_file_location("panel20_score", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", help="an annotate output of pages/ to reuse (default: annotate now)")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument(
        "--wave", type=int, default=2, help="1: wave 1 only (pages/); 2 (default): pages/ + pages2/"
    )
    args = ap.parse_args()
    truth = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
    p20 = panel20_scorer()
    pages = {f: t for f, t in truth["pages"].items() if t["wave"] <= args.wave}
    carries = [c for c in truth["carry"] if c["wave"] <= args.wave]
    dups = [[k, y] for k, y in truth["duplicates"] if any(t["key"] == k for t in pages.values())]
    dirs = [str(HERE / "pages")] + [str(HERE / f"pages{w}") for w in range(2, args.wave + 1)]
    res = p20.score(pages, carries, dups, dirs, args.rows, args.verbose)
    df, row_of = res["df"], res["row_of"]

    wrong_year, missed_year, right_year = [], [], 0
    for f, t in sorted(pages.items()):
        if f not in row_of:
            continue
        got = df.iloc[row_of[f]]["year"] if "year" in df.columns else None
        got = None if p20.is_na(got) else int(got)
        want = t["year"]
        tag = f"  {f} {t['heading']}: truth {want}, panel {got}"
        if got == want:
            right_year += 1
        elif got is None:
            missed_year.append(tag)
        else:
            wrong_year.append(tag)
    uncertain = sum(1 for t in pages.values() if t["year"] is None)
    print(
        f"years: right {right_year}, wrong {len(wrong_year)} (must be 0; a year given to one of the "
        f"{uncertain} pages whose year is not certain is wrong), missed {len(missed_year)}"
    )
    for t in wrong_year:
        print(t)
    for t in missed_year:
        print(t)
    return 1 if res["wrong"] or res["x_wrong"] or wrong_year else 0


if __name__ == "__main__":
    sys.exit(main())
