"""Score the library on meta16's red team (metadata pages).

    python datasets/redteam/meta16/score.py [--errors]

Pages (`truth.jsonl`): the agency is right when it equals the canonical
name or one of `accept`, wrong when it is another non-null value, null when
absent; on a page whose truth is null any value is *invented*. The year
likewise. Region: each key the truth gives is compared (a null output key
is not wrong, another value is). Level and kind are scored where the truth
gives them (null = not scored).

`agency_as_written` is compared where the truth gives it and the
agency is right (reported, not part of right/wrong).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

import govinfo_nlp  # noqa: E402


def _rows(name: str) -> list[dict]:
    with open(HERE / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score_pages(errors: list[str], rows: list[dict] | None = None) -> dict:
    s = {
        k: 0
        for k in (
            "a_right",
            "a_wrong",
            "a_null",
            "a_pages",
            "a_invented",
            "a_nullpages",
            "y_right",
            "y_wrong",
            "y_null",
            "y_pages",
            "y_invented",
            "y_nullpages",
            "region_wrong",
            "l_right",
            "l_wrong",
            "k_right",
            "k_wrong",
            "w_right",
            "w_other",
        )
    }
    for t in _rows("truth.jsonl") if rows is None else rows:
        md = govinfo_nlp.parse(HERE / "pages" / t["file"]).to_dict()["metadata"]
        agency, year = md.get("agency"), md.get("year")
        if t["agency"] is None:
            s["a_nullpages"] += 1
            if agency is not None:
                s["a_invented"] += 1
                errors.append(f"{t['file']} agency invented: {agency}")
        else:
            s["a_pages"] += 1
            if agency is None:
                s["a_null"] += 1
                errors.append(f"{t['file']} agency null (truth {t['agency']})")
            elif agency == t["agency"] or agency in t["accept"]:
                s["a_right"] += 1
                written = md.get("agency_as_written")
                if t.get("agency_as_written") is not None:
                    if written == t["agency_as_written"]:
                        s["w_right"] += 1
                    else:
                        s["w_other"] += 1
                        errors.append(
                            f"{t['file']} agency_as_written: {written} (truth {t['agency_as_written']})"
                        )
            else:
                s["a_wrong"] += 1
                errors.append(f"{t['file']} agency WRONG: {agency} (truth {t['agency']})")
        if t["year"] is None:
            s["y_nullpages"] += 1
            if year is not None:
                s["y_invented"] += 1
                errors.append(f"{t['file']} year invented: {year}")
        else:
            s["y_pages"] += 1
            if year is None:
                s["y_null"] += 1
                errors.append(f"{t['file']} year null (truth {t['year']})")
            elif year == t["year"]:
                s["y_right"] += 1
            else:
                s["y_wrong"] += 1
                errors.append(f"{t['file']} year WRONG: {year} (truth {t['year']})")
        region = md.get("region") or {}
        bad = [
            f"{k}={region.get(k)}"
            for k, v in t["region"].items()
            if region.get(k) is not None and region.get(k) != v
        ]
        if bad:
            s["region_wrong"] += 1
            errors.append(f"{t['file']} region WRONG: {', '.join(bad)} (truth {t['region']})")
        for key, tag in (("level", "l"), ("kind", "k")):
            if t[key] is None or md.get(key) is None:
                if t[key] is not None:
                    errors.append(f"{t['file']} {key} null (truth {t[key]})")
                continue
            if md[key] == t[key]:
                s[f"{tag}_right"] += 1
            else:
                s[f"{tag}_wrong"] += 1
                errors.append(f"{t['file']} {key} WRONG: {md[key]} (truth {t[key]})")
    return s


def problems(name: str) -> list[str]:
    """What is wrong or missed on one page or probe (``p07``, ``v21``), as
    ``--errors`` lists it: [] when it reads as its truth says (for the tests)."""
    errors: list[str] = []
    rows = [t for t in _rows("truth.jsonl") if t["file"].split(".")[0] == name]
    if rows:
        score_pages(errors, rows)
    return errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list every miss and wrong value")
    args = ap.parse_args()
    errors: list[str] = []
    p = score_pages(errors)
    print(
        f"agency: {p['a_right']}/{p['a_wrong']}/{p['a_null']} (right/wrong/null) of {p['a_pages']} pages "
        f"naming one; invented on {p['a_nullpages']} null pages: {p['a_invented']}"
    )
    print(
        f"year: {p['y_right']}/{p['y_wrong']}/{p['y_null']} of {p['y_pages']}; invented on "
        f"{p['y_nullpages']} null pages: {p['y_invented']}"
    )
    print(
        f"region wrong on {p['region_wrong']} pages; level {p['l_right']} right {p['l_wrong']} wrong; "
        f"kind {p['k_right']} right {p['k_wrong']} wrong"
    )
    print(
        f"agency_as_written (where the agency is right): {p['w_right']} equal, {p['w_other']} other"
    )
    if args.errors:
        for e in errors:
            print(" ", e)


if __name__ == "__main__":
    main()
