"""Score the library on a red team of formats (formats3, formats4): cells right /
wrong / unread, errors as expected. Each set's ``score.py`` runs it on its folder:

    python datasets/redteam/formats4/score.py [--only g04] [--json out.json] [--stages tables]

A cell is right when read with the truth's value, wrong when read with another
value or read where the source is blank or has no such cell (invented), and
unread when absent. A file whose truth is an error must give an error with one
of the named codes and no cell. `read_or_error` files (scans, a truncated
download, a .doc named .docx) may give the expected error instead of cells,
and their cells may stay unread, never wrong. `no_cells` files (a table of the
2008 template) must give no cell at all.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import govinfo_nlp  # noqa: E402

TIMEOUT_S = 300


def load_truth(folder: Path) -> list[dict]:
    return [
        json.loads(line)
        for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _codes(messages: list[str]) -> list[str]:
    return [m.split(":", 1)[0] for m in messages]


def score_one(t: dict, row: dict, seconds: float) -> dict:
    out: dict = {
        "file": t["file"],
        "seconds": round(seconds, 2),
        "right": 0,
        "wrong": [],
        "unread": [],
        "blank_ok": 0,
    }
    errors = _codes(row.get("errors", []))
    out["errors"] = errors
    tables = {k: v for k, v in (row.get("tables") or {}).items()}
    expect = t["expect"]
    wanted = tuple(t.get("error_codes", []))
    got_expected_error = (
        bool(errors) and any(e.startswith(wanted) for e in errors) if wanted else False
    )
    if expect == "error":
        out["outcome"] = (
            "error-ok" if got_expected_error else ("error-other" if errors else "error-missing")
        )
        out["wrong"] = [f"{k}={v} (invented)" for k, v in tables.items()]
        return out
    if expect == "read_or_error" and got_expected_error and not tables:
        out["outcome"] = "error-ok"
        out["unread"] = [k for k, v in t["cells"].items() if v is not None]
        return out
    out["outcome"] = "read" if not errors else "read-with-errors"
    truth_cells = t["cells"]
    if t.get("no_cells"):
        # a table of another template: no field of t2/t3/t4 may come out of it
        out["wrong"] = [f"{k}={v} (invented: no such table)" for k, v in tables.items()]
    for k, v in truth_cells.items():
        if v is None:
            if k in tables:
                out["wrong"].append(f"{k}={tables[k]} (blank in source)")
            else:
                out["blank_ok"] += 1
        elif k not in tables:
            out["unread"].append(k)
        elif abs(float(tables[k]) - float(v)) > 1e-6:
            out["wrong"].append(f"{k}={tables[k]} (truth {v})")
        else:
            out["right"] += 1
    for k, v in tables.items():
        if k not in truth_cells and k.split(".")[0] in {"t3", "t4"} | (
            {"t2"} if any(x.startswith("t2.") for x in truth_cells) else set()
        ):
            out["wrong"].append(f"{k}={v} (invented: no such cell)")
    md = row.get("metadata") or {}
    if "agency" in t:
        ok = md.get("agency") in (t.get("agency_any") or [t["agency"]])
        out["agency"] = (
            "ok" if ok else ("null" if md.get("agency") is None else f"WRONG {md.get('agency')}")
        )
    if "year" in t:
        out["year"] = (
            "ok"
            if md.get("year") == t["year"]
            else ("null" if md.get("year") is None else f"WRONG {md.get('year')}")
        )
    if "template" in t:
        out["template"] = "ok" if row.get("template") == t["template"] else f"{row.get('template')}"
    if "sections" in t:
        found = {s["id"] for s in row.get("sections", [])}
        out["sections_missing"] = [s for s in t["sections"] if s not in found]
    if expect == "read" and errors:
        out["outcome"] = "UNEXPECTED-ERROR"
    return out


def _alarm(signum, frame):
    raise TimeoutError(f"over {TIMEOUT_S} s")


def main(folder: Path) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--json", default="")
    ap.add_argument("--stages", default=None)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    results = []
    signal.signal(signal.SIGALRM, _alarm)
    for t in load_truth(folder):
        if args.only and args.only not in t["file"]:
            continue
        path = folder / "files" / t["file"]
        t0 = time.process_time()
        signal.alarm(TIMEOUT_S)
        try:
            rep = govinfo_nlp.parse(path, stages=args.stages)
            row = rep.to_dict()
        except Exception as exc:  # a crash is a finding, not the scorer's end
            row = {"errors": [f"CRASH: {type(exc).__name__}: {exc}"], "tables": {}}
        finally:
            signal.alarm(0)
        results.append(score_one(t, row, time.process_time() - t0))
    tot = {"right": 0, "wrong": 0, "unread": 0, "blank_ok": 0}
    for r in results:
        for k in ("right", "blank_ok"):
            tot[k] += r[k]
        tot["wrong"] += len(r["wrong"])
        tot["unread"] += len(r["unread"])
        if not args.quiet or r["wrong"] or r["outcome"] not in ("read", "error-ok"):
            meta = " ".join(
                f"{k}={r[k]}" for k in ("agency", "year", "template") if k in r and r[k] != "ok"
            )
            miss = f" sections_missing={r['sections_missing']}" if r.get("sections_missing") else ""
            print(
                f"{r['file']:28s} {r['outcome']:16s} right={r['right']:3d} wrong={len(r['wrong']):3d} unread={len(r['unread']):3d} "
                f"blank_ok={r['blank_ok']} cpu={r['seconds']}s {meta}{miss} errors={r['errors']}"
            )
            for w in r["wrong"][:12]:
                print(f"    WRONG {w}")
            if r["unread"] and not args.quiet:
                print(
                    f"    unread: {' '.join(r['unread'][:10])}{' …' if len(r['unread']) > 10 else ''}"
                )
    outcomes = {}
    for r in results:
        outcomes[r["outcome"]] = outcomes.get(r["outcome"], 0) + 1
    meta_ok = {
        k: sum(1 for r in results if r.get(k) == "ok") for k in ("agency", "year", "template")
    }
    meta_n = {k: sum(1 for r in results if k in r) for k in ("agency", "year", "template")}
    sec_ok = sum(1 for r in results if "sections_missing" in r and not r["sections_missing"])
    sec_n = sum(1 for r in results if "sections_missing" in r)
    print(
        f"TOTAL files={len(results)} cells right={tot['right']} WRONG={tot['wrong']} unread={tot['unread']} blank_ok={tot['blank_ok']} "
        f"outcomes={outcomes} agency={meta_ok['agency']}/{meta_n['agency']} year={meta_ok['year']}/{meta_n['year']} "
        f"template={meta_ok['template']}/{meta_n['template']} sections_all={sec_ok}/{sec_n}"
    )
    if args.json:
        Path(args.json).write_text(
            json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return 0

