"""Score the meta11 blind red team: metadata of pages and verdict probes.

Usage (from the checkout): python datasets/redteam/meta11/score.py [--errors] [--json]

The truth files (truth.jsonl, probes_truth.jsonl) were written before the
library was run on these pages, and before its metadata, gazetteer,
identity, reconcile and crossyear code was read (see README.md).

Agency: right when the output equals the truth or one of the page's accepted
forms, or the truth with its province and/or city prefix dropped or added
(the area prefix a document does or does not repeat: 香城镇人民政府 for
邹城市香城镇人民政府); a different non-null agency is wrong; null is null.
On a page whose truth is null any agency is wrong (invented).
Year: the same, without variants.
Verdicts: every claim is (type, value, expect). `inconsistent` expected: right
when a reconciliation row of that type and narrative value says inconsistent.
`not_inconsistent`/`consistent` expected: a false accusation when such a row
says inconsistent; `consistent` is also counted right/missed. Any
inconsistent row of a probe that no claim expects is a false accusation too.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

import govinfo_nlp  # noqa: E402


def _norm(s):
    if s is None:
        return None
    return s.replace("(", "（").replace(")", "）").replace(" ", "").strip()


def _variants(truth, region):
    """The truth with its province/city prefix dropped or added."""
    out = {truth}
    prefixes = [p for p in (region.get("province"), region.get("city")) if p]
    for _ in range(2):
        for form in list(out):
            for p in prefixes:
                if form.startswith(p) and len(form) > len(p) + 2:
                    out.add(form[len(p):])
                if not form.startswith(p):
                    out.add(p + form)
    return {_norm(v) for v in out}


def _load(name):
    return [json.loads(x) for x in (HERE / name).read_text(encoding="utf-8").splitlines() if x]


def score_pages():
    return _score_pages(_load("truth.jsonl"))


def _score_pages(truth):
    rows = []
    for t in truth:
        d = govinfo_nlp.parse(str(HERE / "pages" / t["file"])).to_dict()
        m = d.get("metadata") or {}
        agency, year = m.get("agency"), m.get("year")
        if t["agency"] is None:
            a = "null_ok" if agency is None else "invented"
        elif agency is None:
            a = "null"
        elif _norm(agency) in {_norm(x) for x in [t["agency"], *t["accept"]]}:
            a = "right"
        elif _norm(agency) in _variants(t["agency"], t["region"]):
            a = "right_core"
        else:
            a = "wrong"
        if t["year"] is None:
            y = "null_ok" if year is None else "invented"
        elif year is None:
            y = "null"
        else:
            y = "right" if year == t["year"] else "wrong"
        region = m.get("region") or {}
        reg = {k: (region.get(k), v) for k, v in t["region"].items() if v}
        reg_bad = {k: pair for k, pair in reg.items() if pair[0] is not None and pair[0] != pair[1]}
        reg_null = {k: pair for k, pair in reg.items() if pair[0] is None}
        lv = None if t["level"] is None else ("right" if m.get("level") == t["level"] else ("null" if m.get("level") is None else "wrong"))
        kd = None if t["kind"] is None else ("right" if m.get("kind") == t["kind"] else ("null" if m.get("kind") is None else "wrong"))
        rows.append(dict(id=t["id"], cat=t["category"], agency=a, year=y, out_agency=agency, out_year=year,
                         truth_agency=t["agency"], truth_year=t["year"], region_bad=reg_bad, region_null=reg_null,
                         level=lv, out_level=m.get("level"), truth_level=t["level"], kind=kd, out_kind=m.get("kind"),
                         truth_kind=t["kind"]))
    return rows


def score_probes():
    return _score_probes(_load("probes_truth.jsonl"))


def _score_probes(truth):
    rows = []
    for t in truth:
        d = govinfo_nlp.parse(str(HERE / "probes" / t["file"])).to_dict()
        rec = d.get("reconciliation") or []
        expected_inc = {(c["type"], c["value"]) for c in t["claims"] if c["expect"] == "inconsistent"}
        for c in t["claims"]:
            hits = [r for r in rec if r.get("type") == c["type"] and r.get("narrative") == c["value"]]
            verdicts = sorted({r.get("verdict") for r in hits})
            if c["expect"] == "inconsistent":
                res = "right" if "inconsistent" in verdicts else "missed"
            elif "inconsistent" in verdicts:
                res = "FALSE_INCONSISTENT"
            elif c["expect"] == "consistent":
                res = "right" if "consistent" in verdicts else "missed"
            else:
                res = "right"
            rows.append(dict(id=t["id"], type=c["type"], value=c["value"], expect=c["expect"], result=res,
                             verdicts=verdicts, why=c["why"]))
        for r in rec:
            if r.get("verdict") == "inconsistent" and (r.get("type"), r.get("narrative")) not in expected_inc:
                listed = any(c["type"] == r.get("type") and c["value"] == r.get("narrative") for c in t["claims"])
                if not listed:
                    rows.append(dict(id=t["id"], type=r.get("type"), value=r.get("narrative"), expect="(unlisted)",
                                     result="FALSE_INCONSISTENT", verdicts=["inconsistent"], why="a row no claim expects"))
    return rows


def problems(case):
    """What the library gets wrong or misses on one page or probe (empty: all right)."""
    if case.startswith("p"):
        r = _score_pages([t for t in _load("truth.jsonl") if t["id"] == case])[0]
        out = [f"agency {r['agency']}: {r['out_agency']!r}"] if r["agency"] not in ("right", "right_core", "null_ok") else []
        out += [f"year {r['year']}: {r['out_year']}"] if r["year"] not in ("right", "null_ok") else []
        out += [f"region {r['region_bad']}"] if r["region_bad"] else []
        out += [f"level {r['out_level']}"] if r["level"] == "wrong" else []
        out += [f"kind {r['out_kind']}"] if r["kind"] == "wrong" else []
        return out
    probes = _score_probes([t for t in _load("probes_truth.jsonl") if t["id"] == case])
    return [f"{r['type']} {r['value']}: {r['result']} {r['verdicts']}" for r in probes if r["result"] != "right"]


def _count(rows, key, value):
    return sum(1 for r in rows if r[key] == value)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list every miss")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = ap.parse_args(argv)
    pages = score_pages()
    probes = score_probes()
    named = [r for r in pages if r["truth_agency"] is not None]
    yeared = [r for r in pages if r["truth_year"] is not None]
    summary = {
        "pages": len(pages),
        "agency_named": len(named),
        "agency_right": _count(named, "agency", "right") + _count(named, "agency", "right_core"),
        "agency_right_core": _count(named, "agency", "right_core"),
        "agency_wrong": _count(named, "agency", "wrong"),
        "agency_null": _count(named, "agency", "null"),
        "agency_invented_on_null_pages": _count(pages, "agency", "invented"),
        "year_named": len(yeared),
        "year_right": _count(yeared, "year", "right"),
        "year_wrong": _count(yeared, "year", "wrong"),
        "year_null": _count(yeared, "year", "null"),
        "year_invented_on_null_pages": _count(pages, "year", "invented"),
        "region_wrong_pages": sum(1 for r in pages if r["region_bad"]),
        "level_right": _count(pages, "level", "right"),
        "level_wrong": _count(pages, "level", "wrong"),
        "kind_right": _count(pages, "kind", "right"),
        "kind_wrong": _count(pages, "kind", "wrong"),
        "probe_claims": len([r for r in probes if r["expect"] != "(unlisted)"]),
        "contradictions": _count(probes, "expect", "inconsistent"),
        "contradictions_found": sum(1 for r in probes if r["expect"] == "inconsistent" and r["result"] == "right"),
        "traps": sum(1 for r in probes if r["expect"] in ("not_inconsistent", "consistent")),
        "consistent_expected": _count(probes, "expect", "consistent"),
        "consistent_found": sum(1 for r in probes if r["expect"] == "consistent" and r["result"] == "right"),
        "false_inconsistent": _count(probes, "result", "FALSE_INCONSISTENT"),
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    else:
        s = summary
        print(f"agency: {s['agency_right']}/{s['agency_wrong']}/{s['agency_null']} (right/wrong/null) of {s['agency_named']} pages naming one"
              f" ({s['agency_right_core']} of the right by prefix variant); invented on {len(pages) - len(named)} null pages: {s['agency_invented_on_null_pages']}")
        print(f"year: {s['year_right']}/{s['year_wrong']}/{s['year_null']} of {s['year_named']}; invented on null pages: {s['year_invented_on_null_pages']}")
        print(f"region wrong on {s['region_wrong_pages']} pages; level {s['level_right']} right {s['level_wrong']} wrong; kind {s['kind_right']} right {s['kind_wrong']} wrong")
        print(f"verdicts: contradictions found {s['contradictions_found']}/{s['contradictions']}; consistent found {s['consistent_found']}/{s['consistent_expected']};"
              f" FALSE inconsistent {s['false_inconsistent']} (traps {s['traps']})")
    if args.errors:
        for r in pages:
            bad = []
            if r["agency"] not in ("right", "null_ok"):
                bad.append(f"agency {r['agency']}: {r['out_agency']!r} (truth {r['truth_agency']!r})")
            if r["year"] not in ("right", "null_ok"):
                bad.append(f"year {r['year']}: {r['out_year']} (truth {r['truth_year']})")
            if r["region_bad"]:
                bad.append(f"region {r['region_bad']}")
            if r["level"] == "wrong":
                bad.append(f"level {r['out_level']} (truth {r['truth_level']})")
            if r["kind"] == "wrong":
                bad.append(f"kind {r['out_kind']} (truth {r['truth_kind']})")
            if bad:
                print(f"{r['id']} [{r['cat']}] " + "; ".join(bad))
        for r in probes:
            if r["result"] != "right":
                print(f"{r['id']} {r['type']} {r['value']} expect {r['expect']} -> {r['result']} {r['verdicts']} ({r['why']})")
    return summary


if __name__ == "__main__":
    main()
