"""Score the library's agency x year panel on panel23's corpus.

panel20's scorer (`datasets/redteam/panel20/score.py`, imported, not copied) runs
the public CLI (`python -m govinfo_nlp annotate pages -o rows.jsonl`) and API
(`govinfo_nlp.panel`) and prints wrong joins (must be 0), missed joins among
pages whose agency is certain, lineage joins (renamed or merged bodies: listed
apart, never wrong), cross-year carry cells right/wrong/missed, reports accused
and duplicates flagged. A page keyed `?…` in the truth does not make its agency
certain, so any join of it is a guess, and wrong.

This set adds (as panel22's scorer, written again here on panel20's `score()`):
- years: the year of each page's panel row; a year other than the truth's is
  wrong, and so is any year given to a page whose year is not certain (`year:
  null`); a file holding two years' reports (`years_ok`) may be either year;
- stated renames (`stated_lineage`: the later page says the body was renamed or
  merged): joined — does `join_evidence` say it rests on a rename? apart — does
  anything in the later rows (any text column) name the predecessor or a
  rename? (Reported, not failures: README's known limits keep renames apart.)
- the keys given to the pages whose agency or area is not certain (`-v`).

Usage: `python datasets/redteam/panel23/score.py [--rows rows.jsonl] [-v]`
(`--rows` must be an annotate output of `pages/`). Exit 1 on any wrong join,
wrong carry cell or wrong year.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# what a join_evidence (or any column) that states a rename would contain
RENAME_WORDS = re.compile(
    r"renam|lineage|predecessor|successor|merg|更名|改名|撤销|组建|整合|不再保留"
)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", help="an annotate output of pages/ to reuse (default: annotate now)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    truth = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
    p20 = _load("panel20_score", HERE.parent / "panel20" / "score.py")
    pages = truth["pages"]
    res = p20.score(
        pages, truth["carry"], truth["duplicates"], [str(HERE / "pages")], args.rows, args.verbose
    )
    df, row_of, key_of = res["df"], res["row_of"], res["key_of"]

    wrong_year, missed_year, right_year = [], [], 0
    for f, t in sorted(pages.items()):
        if f not in row_of:
            continue
        got = df.iloc[row_of[f]]["year"] if "year" in df.columns else None
        got = None if p20.is_na(got) else int(got)
        ok = t.get("years_ok") or ([t["year"]] if t["year"] is not None else [])
        tag = f"  {f} {t['heading']}: truth {ok or None}, panel {got}"
        if got is not None and got in ok:
            right_year += 1
        elif got is None and ok:
            missed_year.append(tag)
        elif got is None:
            right_year += 1
        else:
            wrong_year.append(tag)
    uncertain = sum(1 for t in pages.values() if t["year"] is None and not t.get("years_ok"))
    print(
        f"years: right {right_year}, wrong {len(wrong_year)} (must be 0; a year given to one of the "
        f"{uncertain} pages whose year is not certain is wrong), missed {len(missed_year)}"
    )
    for t in wrong_year + missed_year:
        print(t)

    ev_col = "join_evidence" if "join_evidence" in df.columns else None
    text_cols = [c for c in df.columns if df[c].dtype == object]
    stated = {
        "joined, stated": 0,
        "joined, not stated": 0,
        "apart, named": 0,
        "apart, not named": 0,
    }
    for old, new in truth["stated_lineage"]:
        olds = [f for f, t in pages.items() if t["key"] == old]
        news = [f for f, t in pages.items() if t["key"] == new and f in row_of]
        old_name = re.sub(r"^.*\|", "", old)
        kold = {key_of.get(f) for f in olds} - {None}
        knew = {key_of.get(f) for f in news} - {None}
        if kold & knew:
            evs = [str(df.iloc[row_of[f]][ev_col]) if ev_col else "" for f in news]
            said = any(RENAME_WORDS.search(e) for e in evs)
            stated["joined, stated" if said else "joined, not stated"] += 1
            print(f"  rename {old} -> {new}: joined; join_evidence: {sorted(set(evs))}")
        else:
            said_cols = sorted(
                {
                    c
                    for f in news
                    for c in text_cols
                    if isinstance(df.iloc[row_of[f]][c], str)
                    and (
                        old_name in df.iloc[row_of[f]][c]
                        or (c == ev_col and RENAME_WORDS.search(df.iloc[row_of[f]][c]))
                    )
                }
            )
            stated["apart, named" if said_cols else "apart, not named"] += 1
            if args.verbose or said_cols:
                print(
                    f"  rename {old} -> {new}: apart; predecessor named in {said_cols or 'nothing'}"
                )
    print(
        "stated renames (the later page says so): "
        + ", ".join(f"{k} {v}" for k, v in stated.items())
    )
    if args.verbose:
        print("pages whose agency or area is not certain:")
        for f, t in sorted(pages.items()):
            if not t["resolvable"]:
                print(f"  {f} {t['heading']} (truth {t['key']}) -> [{key_of.get(f)}]")
        for f, t in sorted(pages.items()):
            print(f"  {f} {t['year']} {t['heading']} -> [{key_of.get(f)}]")
    return 1 if res["wrong"] or res["x_wrong"] or wrong_year else 0


if __name__ == "__main__":
    sys.exit(main())
