"""Score the library's agency x year panel on panel20's corpus.

Runs the public CLI (`python -m govinfo_nlp annotate pages -o rows.jsonl`) and
the public API (`govinfo_nlp.panel(rows.jsonl)`), then compares with
`truth.json`:

- joins: two pages are joined when the panel gives them one (non-empty)
  `agency_key`. A wrong join (different agencies, and neither is the other's
  renamed/merged predecessor) must be 0. A missed join is a pair of pages of
  one agency not joined, counted only where both pages make the area certain
  (`resolvable`); lineage joins (a rename or merger joined) are listed apart.
- cross-year: for each declared pair, each column's `xcheck.t3.carry.<col>` on
  the later year's row: `holds` expects True, `breaks` expects False (a flag on
  the later row), `none` expects no False (a gap in years, or a cell the earlier
  report does not print). Right / wrong / missed (NA where a value was expected).
- accusations: a carry break must not make either report `inconsistent`
  (`n_inconsistent` must stay 0: these pages carry no narrative claims).

- duplicates (wave 2): an agency-year saved twice is one row flagged `duplicate`.

Usage: `python datasets/redteam/panel20/score.py [--wave 1|2] [--rows rows.jsonl] [-v]`
(`--rows` must be an annotate output of the same folders). `score()` is what a later
set's scorer imports (panel21).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# the checkout this set lives in, not an installed copy: a script's sys.path[0] is its own
# folder, so a plain `python datasets/redteam/panel20/score.py` read the panel with whatever
# govinfo_nlp site-packages held (session 21 found it stale)
ROOT = HERE.parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def is_na(x: object) -> bool:
    if x is None:
        return True
    try:
        return bool(x != x) or (isinstance(x, float) and math.isnan(x))
    except (TypeError, ValueError):
        return str(x) in ("<NA>", "nan", "None")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", help="an annotate output to reuse (default: annotate now)")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument(
        "--wave", type=int, default=2, help="1: wave 1 only (pages/); 2 (default): pages/ + pages2/"
    )
    args = ap.parse_args()
    truth = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
    pages: dict[str, dict] = {f: t for f, t in truth["pages"].items() if t["wave"] <= args.wave}
    carries = [c for c in truth["carry"] if c["wave"] <= args.wave]
    dirs = [str(HERE / "pages")] + [str(HERE / f"pages{w}") for w in range(2, args.wave + 1)]
    dups = truth.get("duplicates", []) if args.wave >= 2 else None
    res = score(pages, carries, dups, dirs, args.rows, args.verbose)
    return 1 if res["wrong"] or res["x_wrong"] else 0


def score(
    pages: dict[str, dict],
    carries: list[dict],
    duplicates: list | None,
    dirs: list[str],
    rows: str | None = None,
    verbose: bool = False,
) -> dict:
    """Annotate `dirs` (unless `rows` is given), build the panel and print the
    comparison with the truth (`duplicates` None: not scored). Returns the
    panel (`df`), each page's row (`row_of`) and key (`key_of`) and the failures
    (`wrong`, `x_wrong`), for a later set's scorer to import and extend."""
    tmp = tempfile.TemporaryDirectory()
    if rows is None:
        rows = str(Path(tmp.name) / "rows.jsonl")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "govinfo_nlp",
                "annotate",
                *dirs,
                "-o",
                rows,
                "-q",
            ],
            check=True,
            cwd=ROOT,
        )
    import govinfo_nlp

    df = govinfo_nlp.panel(rows)

    key_of: dict[str, str | None] = {}
    row_of: dict[str, int] = {}
    for i, r in enumerate(df.to_dict("records")):
        srcs = [s for s in re.split(r"[;,|\n]\s*|\s+", str(r.get("sources") or "")) if s]
        k = r.get("agency_key")
        k = None if is_na(k) or not str(k).strip() else str(k)
        for s in srcs:
            name = Path(s).name
            if name in pages:
                key_of[name] = k
                row_of[name] = i
    lost = sorted(set(pages) - set(key_of))

    wrong, missed, lineage_joined, lineage_apart, right = [], [], [], [], 0
    for a, b in itertools.combinations(sorted(pages), 2):
        ta, tb = pages[a], pages[b]
        ka, kb = key_of.get(a), key_of.get(b)
        joined = ka is not None and ka == kb
        same = ta["key"] == tb["key"]
        kin = tb["key"] in ta["lineage"] or ta["key"] in tb["lineage"]
        if joined and same:
            right += 1
        elif joined and kin:
            lineage_joined.append((a, b))
        elif joined:
            wrong.append((a, b))
        elif same and ta["resolvable"] and tb["resolvable"]:
            missed.append((a, b))
        elif kin:
            lineage_apart.append((a, b))

    def show(pair: tuple[str, str]) -> str:
        a, b = pair
        return (
            f"  {a} {pages[a]['year']} {pages[a]['heading']} [{key_of.get(a)}]  ~  "
            f"{b} {pages[b]['year']} {pages[b]['heading']} [{key_of.get(b)}]"
        )

    # cross-year carries
    by_agency_year: dict[tuple[str, int], str] = {
        (t["key"], t["year"]): f for f, t in pages.items()
    }
    x_right, x_wrong, x_missed = 0, [], []
    for c in carries:
        later = by_agency_year[(c["key"], c["year_to"])]
        col = f"xcheck.t3.carry.{c['col']}"
        got = None
        if later in row_of and col in df.columns:
            v = df.iloc[row_of[later]][col]
            got = None if is_na(v) else bool(v)
        exp = c["expect"]
        tag = f"  {later} {c['key']} {c['year_from']}->{c['year_to']} {c['col']}: expect {exp}, got {got}"
        if exp == "holds":
            if got is True:
                x_right += 1
            elif got is False:
                x_wrong.append(tag)
            else:
                x_missed.append(tag)
        elif exp == "breaks":
            if got is False:
                x_right += 1
            elif got is True:
                x_wrong.append(tag)
            else:
                x_missed.append(tag)
        else:  # none: no break may be reported
            if got is False:
                x_wrong.append(tag)
            else:
                x_right += 1

    accused = []
    if "n_inconsistent" in df.columns:
        for f, i in row_of.items():
            v = df.iloc[i]["n_inconsistent"]
            if not is_na(v) and int(v) > 0:
                accused.append(f"  {f} n_inconsistent={v}")

    same_pairs = sum(
        1
        for a, b in itertools.combinations(pages, 2)
        if pages[a]["key"] == pages[b]["key"] and pages[a]["resolvable"] and pages[b]["resolvable"]
    )
    print(f"pages {len(pages)}, panel rows {len(df)}, pages not found in the panel {len(lost)}")
    print(f"wrong joins {len(wrong)} (must be 0)")
    for p in wrong:
        print(show(p))
    print(
        f"joins right {right}; missed joins {len(missed)} of {same_pairs} resolvable same-agency pairs"
    )
    for p in missed if verbose else missed[:40]:
        print(show(p))
    print(f"lineage (rename/merger) pairs joined {len(lineage_joined)}, apart {len(lineage_apart)}")
    for p in lineage_joined:
        print(show(p))
    n = len(carries)
    print(
        f"cross-year carry cells {n}: right {x_right}, wrong {len(x_wrong)}, missed {len(x_missed)}"
    )
    for t in x_wrong:
        print(t)
    for t in x_missed if verbose else x_missed[:20]:
        print(t)
    print(f"reports accused (n_inconsistent > 0): {len(accused)}")
    for t in accused:
        print(t)
    dup_ok, dup_bad = 0, []
    for key, year in duplicates or []:
        files = [f for f, t in pages.items() if t["key"] == key and t["year"] == int(year)]
        rows_ = {row_of.get(f) for f in files}
        flag = len(rows_) == 1 and None not in rows_ and bool(df.iloc[rows_.pop()]["duplicate"])
        if flag:
            dup_ok += 1
        else:
            dup_bad.append(f"  {key} {year}: {files} not one row flagged duplicate")
    if duplicates is not None:
        print(f"duplicates flagged {dup_ok} of {len(duplicates)}")
        for t in dup_bad:
            print(t)
    if lost:
        print("not in panel:", " ".join(lost))
    return {
        "df": df,
        "row_of": row_of,
        "key_of": key_of,
        "wrong": wrong,
        "x_wrong": x_wrong,
        "dup_bad": dup_bad,
        "tmp": tmp,
    }


if __name__ == "__main__":
    sys.exit(main())
