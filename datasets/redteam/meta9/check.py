"""Score govinfo_nlp on the meta9 red team (truth.json beside this file).

    python datasets/redteam/meta9/check.py [--errors]

Metadata, per field: ``right``, ``null`` (a miss: the page names it),
``null-ok`` (null where the truth is null or null is acceptable) or ``WRONG``
(a value that is not the truth, or any value where the page makes none
certain). ``agency_ok`` lists other right forms of the agency. Region is
WRONG if any of province/city/county is wrong. Verdicts, per claim: ``right``,
``missed`` (no fact, or another verdict) or ``FALSE inconsistent``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
# a script's import path starts at its own folder: score this checkout's library, not an installed copy
sys.path.insert(0, str(HERE.parents[2]))
FIELDS = ("agency", "year", "region", "level", "kind")


def load_truth() -> list[dict]:
    return json.loads((HERE / "truth.json").read_text(encoding="utf-8"))


def _field(got: object, want: object, null_ok: bool = False) -> str:
    if got is None:
        return "null-ok" if want is None or null_ok else "null"
    return "right" if got == want else "WRONG"


def _region(got: dict | None, want: dict, null_ok: bool = False) -> str:
    marks = [
        _field((got or {}).get(k), want.get(k), null_ok) for k in ("province", "city", "county")
    ]
    if "WRONG" in marks:
        return "WRONG"
    return "null" if "null" in marks else "right" if "right" in marks else "null-ok"


def score_metadata(row: dict, truth: dict) -> dict[str, str]:
    md = row["metadata"]
    ok = truth["null_ok"]
    agency = md.get("agency")
    if agency is not None and agency in truth["agency_ok"]:
        a = "right"
    else:
        a = _field(agency, truth["agency"], truth["agency_null_ok"])
    return {
        "agency": a,
        "year": _field(md.get("year"), truth["year"], truth["year_null_ok"]),
        "region": _region(md.get("region"), truth["region"], "region" in ok),
        "level": _field(md.get("level"), truth["level"], "level" in ok),
        "kind": _field(md.get("kind"), truth["kind"], "kind" in ok),
    }


def score_verdicts(row: dict, text: str, truth: dict) -> list[tuple[str, str, str]]:
    """(anchor, expected, got-or-'no fact') -> scored 'right' / 'missed' / 'FALSE inconsistent'."""
    verdict_of = {r["fact"]: r["verdict"] for r in row["reconciliation"]}
    out = []
    for v in truth["verdicts"]:
        at = text.find(v["anchor"])
        assert at >= 0, v["anchor"]
        end = at + len(v["anchor"])
        got = "no fact"
        for i, f in enumerate(row["facts"]):
            if f["value"] == v["value"] and f["span"][0] < end and f["span"][1] > at:
                got = verdict_of.get(i, "no verdict")
                break
        want = v["verdict"]
        if got == "inconsistent" and want != "inconsistent":
            mark = "FALSE inconsistent"
        elif got == want or (want == "not_inconsistent" and got != "no fact"):
            mark = "right"
        elif want == "not_comparable" and got == "no verdict":
            # a change or running total typed ``other`` has no counterpart, hence no row
            mark = "right"
        else:
            mark = "missed"
        out.append((v["anchor"], f"{want} got {got}", mark))
    return out


def score(name: str, row: dict | None = None) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    truth = next(t for t in load_truth() if t["file"] == name)
    if row is None:
        from govinfo_nlp import parse

        row = parse(HERE / name).to_dict()
    text = (HERE / name).read_text(encoding="utf-8")
    return score_metadata(row, truth), score_verdicts(row, text, truth)


def problems(name: str) -> list[str]:
    """What is not right on one page (empty when all is right or an acceptable null)."""
    fields, verdicts = score(name)
    bad = [f"{k}: {m}" for k, m in fields.items() if m in ("WRONG", "null")]
    return bad + [f"{a}: {w} ({m})" for a, w, m in verdicts if m != "right"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true", help="print what is not right per page")
    args = ap.parse_args()
    from govinfo_nlp import parse

    fields: dict[str, Counter[str]] = {k: Counter() for k in FIELDS}
    verdicts: Counter[str] = Counter()
    for t in load_truth():
        row = parse(HERE / t["file"]).to_dict()
        fs, vs = score(t["file"], row)
        for k, m in fs.items():
            fields[k][m] += 1
        for _, _, m in vs:
            verdicts[m] += 1
        bad = [k for k, m in fs.items() if m in ("WRONG", "null")] or [
            m for *_, m in vs if m != "right"
        ]
        if args.errors and bad:
            md = row["metadata"]
            print(
                f"{t['file']}: agency={md['agency']!r} year={md['year']} region={md['region']}"
                f" level={md['level']} kind={md['kind']}"
            )
            for k, m in fs.items():
                if m in ("WRONG", "null"):
                    want = t["region"] if k == "region" else t[k]
                    print(f"    {k}: {m} (truth {want!r})")
            for a, w, m in vs:
                if m != "right":
                    print(f"    {a}: {w} -> {m}")
    print(f"{'field':8} {'right':>6} {'null-ok':>8} {'null':>5} {'WRONG':>6}")
    for k, c in fields.items():
        print(f"{k:8} {c['right']:6} {c['null-ok']:8} {c['null']:5} {c['WRONG']:6}")
    print(
        f"verdicts: right {verdicts['right']}, missed {verdicts['missed']},"
        f" FALSE inconsistent {verdicts['FALSE inconsistent']}"
    )


if __name__ == "__main__":
    sys.exit(main())
