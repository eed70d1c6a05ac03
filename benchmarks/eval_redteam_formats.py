"""Red-team evaluation of reading real file forms (DOCX, DOC, PDF, whole saved pages).

    python benchmarks/eval_redteam_formats.py [-v] [--set formats2] [PATTERN]

For every file of datasets/redteam/<set>/ with a .truth.json next to it (made by
that directory's build.py): parse it, compare the table cells and the metadata with
the truth and print one line per file and the totals. The sets: ``formats`` (the
first red team; the readers were fixed on it) and ``formats2`` (built blind, after
it: the readers were not tuned on it when it was first measured).

Per cell:
  right    in truth["tables"], read with the same value
  blank    in truth["blank"] (blank, "/", "—" in the source) and absent from the output
  unread   in truth["tables"], absent from the output (listed in tables_unread or not)
  WRONG    read with another value; a blank cell given a value; a cell the document
           does not have (another template's field, a shifted column)
Metadata (agency, year, template): right / null / WRONG.

The .doc files need LibreOffice; without it their rows say so and count nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import govinfo_nlp  # noqa: E402

SETS = ("formats", "formats2", "readers")
CORPUS = ROOT / "datasets" / "redteam" / "formats"


def files(pattern: str = "", corpus: Path = CORPUS) -> list[Path]:
    return sorted(
        p
        for p in corpus.glob("*.*")
        if p.suffix not in (".json", ".py", ".md") and pattern in p.name
    )


def truth_of(path: Path) -> dict[str, Any]:
    return json.loads(path.with_name(path.stem + ".truth.json").read_text("utf-8"))


def _same(a: Any, b: Any) -> bool:
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def score(path: Path) -> dict[str, Any]:
    """The counts of one file (see the module docstring) and the names of what went wrong."""
    truth = truth_of(path)
    report = govinfo_nlp.parse(path)
    got = {k: v.value for k, v in report.tables.values.items()} if report.tables else {}
    want: dict[str, Any] = truth["tables"]
    blank = set(truth["blank"])
    out: dict[str, Any] = {
        "file": path.name,
        "errors": [str(e) for e in report.errors],
        "right": 0,
        "blank": 0,
        "unread": [],
        "wrong": [],
    }
    for f, v in want.items():
        if f not in got:
            out["unread"].append(f)
        elif _same(got[f], v):
            out["right"] += 1
        else:
            out["wrong"].append(f"{f}={got[f]} (truth {v})")
    for f in blank:
        if f in got:
            out["wrong"].append(f"{f}={got[f]} (truth blank)")
        else:
            out["blank"] += 1
    out["wrong"] += [
        f"{f}={got[f]} (not in the document)" for f in got if f not in want and f not in blank
    ]
    md = report.metadata
    for key, value in (("agency", md.agency), ("year", md.year), ("template", report.template)):
        out[key] = "null" if value is None else "right" if value == truth[key] else f"WRONG {value}"
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pattern", nargs="?", default="")
    ap.add_argument(
        "--set", choices=SETS, default="formats", help="which red team (default formats)"
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="list unread and wrong cells")
    ap.add_argument("--json", type=Path, help="write the per-file results here")
    args = ap.parse_args(argv)
    rows = [score(p) for p in files(args.pattern, CORPUS.parent / args.set)]
    total = {"right": 0, "blank": 0, "unread": 0, "wrong": 0}
    meta = {"agency": {}, "year": {}, "template": {}}
    print(f"{'file':44} {'right':>5} {'blank':>5} {'unread':>6} {'WRONG':>5}  agency year template")
    for r in rows:
        n_unread, n_wrong = len(r["unread"]), len(r["wrong"])
        print(
            f"{r['file']:44} {r['right']:5} {r['blank']:5} {n_unread:6} {n_wrong:5}  "
            f"{r['agency']} {r['year']} {r['template']}"
        )
        for e in r["errors"]:
            print(f"    error: {e[:160]}")
        if args.verbose:
            for w in r["wrong"]:
                print(f"    WRONG {w}")
            if r["unread"]:
                print(f"    unread: {' '.join(r['unread'])}")
        total["right"] += r["right"]
        total["blank"] += r["blank"]
        total["unread"] += n_unread
        total["wrong"] += n_wrong
        for key in meta:
            kind = r[key].split()[0]
            meta[key][kind] = meta[key].get(kind, 0) + 1
    print(
        f"{'TOTAL':44} {total['right']:5} {total['blank']:5} {total['unread']:6} {total['wrong']:5}"
    )
    print("metadata:", json.dumps(meta, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
