"""Held-out evaluation of the table stage.

    python benchmarks/eval_heldout_tables.py [-v] [PATTERN ...]

Documents: datasets/heldout/tables/h??_*.txt|.html, each with <name>.truth.json
(built by datasets/heldout/tables/build.py; written independently of the table
code, the generator and the red-team set — do not tune the library on it).

Each document is parsed with govinfo_nlp.parse(path, format=<from suffix>) and
report.tables.to_dict() is compared with the truth, cell by cell:

  right    field in truth["tables"], parsed with the same value
  missing  field in truth["tables"], not parsed
  WRONG    parsed with a value different from the truth; or parsed although the
           field is neither in truth["tables"] nor in truth["unknowable"]
           (a cell that is blank, a placeholder, or not in the document)
  guessed  field in truth["unknowable"] (its position cannot be told from the
           document) parsed with its real value — not an error;
           parsed with any other value it is WRONG

Template: report.template must equal truth["template"].
Checks: the ids in truth["failing_checks"] must come out holds=false
("caught"); any other check with holds=false is a false alarm.
Stage errors (report.errors) and exceptions are listed at the end.
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import govinfo_nlp  # noqa: E402
from govinfo_nlp_dev.table_truth import score_cells  # noqa: E402

CORPUS = ROOT / "datasets" / "heldout" / "tables"


def truth_path(doc: Path) -> Path:
    return doc.with_name(doc.name.rsplit(".", 1)[0] + ".truth.json")


def evaluate(doc: Path) -> dict:
    truth = json.loads(truth_path(doc).read_text(encoding="utf-8"))
    fmt = "html" if doc.suffix == ".html" else "text"
    r = {
        "doc": doc.stem,
        "truth": truth,
        "exc": None,
        "errors": [],
        "warnings": [],
        "template": None,
        "right": 0,
        "missing": [],
        "wrong": [],
        "guessed": 0,
        "failed": [],
        "secs": 0.0,
    }
    t0 = time.perf_counter()
    try:
        report = govinfo_nlp.parse(doc, format=fmt)
    except Exception as exc:  # parse promises never to raise on content
        r["exc"] = f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=4)}"
        r["secs"] = time.perf_counter() - t0
        return r
    r["secs"] = time.perf_counter() - t0
    r["errors"] = [str(e) for e in report.errors]
    r["warnings"] = [str(w) for w in report.warnings]
    r["template"] = report.template
    got = report.tables.to_dict() if report.tables is not None else {}
    want, unknowable = truth["tables"], truth.get("unknowable", {})
    cells = score_cells(
        got,
        want,
        unknowable,
        absent="not in document/blank",
        unknowable_as="unknowable, real {real}",
    )
    r.update(missing=cells.missing, right=cells.right, wrong=cells.wrong, guessed=cells.guessed)
    r["failed"] = sorted(c.id for c in report.checks if not c.holds)
    return r


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    pats = [a for a in argv if not a.startswith("-")]
    docs = sorted(p for p in CORPUS.glob("h[0-9][0-9]_*") if p.suffix in (".txt", ".html"))
    if pats:
        docs = [p for p in docs if any(x in p.name for x in pats)]
    if not docs:
        print(f"no documents under {CORPUS}")
        return 2
    results = [evaluate(p) for p in docs]

    hdr = (
        f"{'document':46} {'template':>13} {'cells':>5} {'right':>5} {'miss':>4} {'WRONG':>5} {'gues':>4}"
        f"  checks (caught/expected, false alarms)"
    )
    print(hdr)
    print("-" * len(hdr))
    T = dict(
        cells=0,
        right=0,
        missing=0,
        wrong=0,
        guessed=0,
        tpl=0,
        exp=0,
        caught=0,
        false=0,
        perfect=0,
        unknowable=0,
    )
    for r in results:
        t = r["truth"]
        tpl_ok = r["exc"] is None and r["template"] == t["template"]
        exp, got = set(t.get("failing_checks", [])), set(r["failed"])
        caught, false = exp & got, got - exp
        n = len(t["tables"])
        T["cells"] += n
        T["unknowable"] += len(t.get("unknowable", {}))
        T["right"] += r["right"]
        T["missing"] += len(r["missing"])
        T["wrong"] += len(r["wrong"])
        T["guessed"] += r["guessed"]
        T["tpl"] += tpl_ok
        T["exp"] += len(exp)
        T["caught"] += len(caught)
        T["false"] += len(false)
        perfect = (
            r["exc"] is None
            and not r["errors"]
            and tpl_ok
            and not r["missing"]
            and not r["wrong"]
            and exp == got
        )
        T["perfect"] += perfect
        tpl = f"{r['template']}" + ("" if tpl_ok else f"≠{t['template']}")
        chk = (
            "EXCEPTION"
            if r["exc"]
            else f"{len(caught)}/{len(exp)}" + (f", {len(false)} false" if false else "")
        )
        if r["errors"]:
            chk += f", {len(r['errors'])} stage error(s)"
        print(
            f"{r['doc'][:46]:46} {tpl:>13} {n:>5} {r['right']:>5} {len(r['missing']):>4} {len(r['wrong']):>5}"
            f" {r['guessed']:>4}  {chk}{'' if perfect else '  ✗'}"
        )
    print("-" * len(hdr))
    c = T["cells"] or 1
    print(
        f"{'TOTAL (' + str(len(results)) + ' documents)':46} {str(T['tpl']) + '/' + str(len(results)):>13}"
        f" {T['cells']:>5} {T['right']:>5} {T['missing']:>4} {T['wrong']:>5} {T['guessed']:>4}"
        f"  {T['caught']}/{T['exp']}, {T['false']} false"
    )
    print(
        f"cell recall {T['right'] / c:.3f}   WRONG per truth cell {T['wrong'] / c:.4f}   "
        f"unknowable guessed {T['guessed']}/{T['unknowable']}   template right {T['tpl']}/{len(results)}   "
        f"expected check failures caught {T['caught']}/{T['exp']}   false alarms {T['false']}   "
        f"perfect documents {T['perfect']}/{len(results)}   parse time {sum(r['secs'] for r in results):.1f}s"
    )

    print("\n== WRONG cells (field: truth -> parsed) ==")
    any_ = False
    for r in results:
        if r["wrong"]:
            any_ = True
            print(f"-- {r['doc']} ({len(r['wrong'])})")
            for f, v, g in r["wrong"]:
                print(f"   {f}: {v} -> {g}")
    if not any_:
        print("(none)")

    print("\n== check disagreements (expected to fail but held/absent; failed but not expected) ==")
    any_ = False
    for r in results:
        exp, got = set(r["truth"].get("failing_checks", [])), set(r["failed"])
        if exp != got and r["exc"] is None:
            any_ = True
            print(
                f"-- {r['doc']}: not caught {sorted(exp - got)}; false alarms {sorted(got - exp)}"
            )
    if not any_:
        print("(none)")

    print("\n== stage errors and exceptions ==")
    any_ = False
    for r in results:
        if r["exc"] or r["errors"]:
            any_ = True
            print(f"-- {r['doc']}")
            if r["exc"]:
                print("   " + r["exc"].replace("\n", "\n   "))
            for e in r["errors"]:
                print(f"   {e}")
    if not any_:
        print("(none)")

    if verbose:
        print("\n== missing cells ==")
        for r in results:
            if r["missing"]:
                print(f"-- {r['doc']} ({len(r['missing'])}): {', '.join(r['missing'])}")
        print("\n== warnings ==")
        for r in results:
            if r["warnings"]:
                print(f"-- {r['doc']}: " + " | ".join(r["warnings"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
