"""Score the library's metadata (and verdict probes) on a set written in meta16's truth
format. Each red team's ``score.py`` (meta12, meta16) runs it on its folder; any other
folder with such a truth file is scored by naming it:

    python datasets/redteam/meta_score.py --dir datasets/heldout/paraphrase11 [--errors] [--json]
    python datasets/redteam/meta16/score.py [--errors]

The folder holds ``meta.jsonl`` (a facts set's metadata gold) or ``truth.jsonl`` (a
red team's), one line a page: ``file``, ``agency`` (canonical), ``accept``,
``agency_as_written`` (optional), ``region``, ``level``, ``kind``, ``year``. A page
is read from ``pages/<file>`` when the folder has ``pages/``, else from ``<file>``.

Pages: the agency is right when it equals the canonical name or one of `accept`,
wrong when it is another non-null value, null when absent; on a page whose truth is
null any value is *invented*. The year likewise. Region: each key the truth gives is
compared (a null output key is not wrong, another value is). Level and kind are
scored where the truth gives them (null = not scored). `agency_as_written` is
compared where the truth gives it and the agency is right (reported, not part of
right/wrong).

Probes (``probes_truth.jsonl``, when the folder has one): a claim owns the facts
whose span overlaps its snippet (``text``) and whose value is the claim's value; a
claim written without a snippet (meta11's: ``type``, ``value``) owns the
reconciliation rows of its type whose narrative value is its value. A contradiction
is found when one of them is `inconsistent`; a consistent claim when one is
`consistent`. Every `inconsistent` verdict on a fact (a row) no contradiction owns is
a FALSE inconsistent (whether or not the truth listed that fact as a trap).

A set written with prefix variants (meta11: ``prefix_variants=True`` in its
``score.py``) also counts as right the truth with its province and/or city prefix
dropped or added (香城镇人民政府 for 邹城市香城镇人民政府), brackets and spaces
compared loosely; those are counted apart (``a_variant``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import govinfo_nlp  # noqa: E402

PROBES = "probes_truth.jsonl"
_PAGE_COUNTS = (
    "a_right",
    "a_variant",
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


def load_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [_as_meta16(json.loads(line)) for line in f if line.strip()]


def _as_meta16(t: dict) -> dict:
    """A truth row in meta16's format. meta10's rows (written before it: ``alts``,
    ``as_written``, ``province``/``city``/``county`` at the top, ``named``, ``doubt``;
    this scorer crashed on them) are read so: the agency null where the page does not
    name it, the keys its ``doubt`` leaves open not scored, region keys only where
    given, its ``as_written`` not compared (Simplified, and 我局 where the page has no
    heading: another convention than meta16's). A year meta10 accepts null for (``year_named`` false: only a publication
    date) is still its truth's year here: a null reads as a miss, not an error."""
    if "region" in t or "alts" not in t:
        return t
    doubt = set(t.get("doubt", []))
    region = {k: t[k] for k in ("province", "city", "county") if t.get(k)}
    return {
        "file": t["file"],
        "agency": t["agency"] if t.get("named", True) else None,
        "accept": t["alts"],
        "region": {} if "region" in doubt else region,
        "level": None if "level" in doubt else t.get("level"),
        "kind": None if "kind" in doubt else t.get("kind"),
        "year": t["year"],
    }


def truth_path(folder: Path) -> Path:
    """The folder's page truth: ``meta.jsonl`` (a facts set's) or ``truth.jsonl``."""
    meta = folder / "meta.jsonl"
    return meta if meta.is_file() else folder / "truth.jsonl"


def page_path(folder: Path, name: str) -> Path:
    pages = folder / "pages"
    return pages / name if pages.is_dir() else folder / name


def _loose(name: str | None) -> str | None:
    """A name with its brackets full-width and no spaces (meta11's comparison)."""
    if name is None:
        return None
    return name.replace("(", "（").replace(")", "）").replace(" ", "").strip()


def _prefix_variants(truth: str, region: dict) -> set[str | None]:
    """The truth with its province and/or city prefix dropped or added, loosely."""
    out = {truth}
    prefixes = [p for p in (region.get("province"), region.get("city")) if p]
    for _ in range(2):
        for form in list(out):
            for p in prefixes:
                if form.startswith(p) and len(form) > len(p) + 2:
                    out.add(form[len(p) :])
                if not form.startswith(p):
                    out.add(p + form)
    return {_loose(v) for v in out}


def score_pages(
    folder: Path,
    errors: list[str],
    rows: list[dict] | None = None,
    *,
    prefix_variants: bool = False,
) -> dict:
    s = dict.fromkeys(_PAGE_COUNTS, 0)
    for t in load_rows(truth_path(folder)) if rows is None else rows:
        md = govinfo_nlp.parse(page_path(folder, t["file"])).to_dict()["metadata"]
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
            elif agency == t["agency"] or agency in t["accept"] or (
                prefix_variants
                and _loose(agency) in {_loose(a) for a in [t["agency"], *t["accept"]]}
            ):
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
            elif prefix_variants and _loose(agency) in _prefix_variants(t["agency"], t["region"]):
                s["a_right"] += 1
                s["a_variant"] += 1
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
                if t[key] is not None and not prefix_variants:
                    # (meta11's scorer counted a null level or kind as no error)
                    errors.append(f"{t['file']} {key} null (truth {t[key]})")
                continue
            if md[key] == t[key]:
                s[f"{tag}_right"] += 1
            else:
                s[f"{tag}_wrong"] += 1
                errors.append(f"{t['file']} {key} WRONG: {md[key]} (truth {t[key]})")
    return s


def score_probes(folder: Path, errors: list[str], rows: list[dict] | None = None) -> dict:
    s = {"bad": 0, "bad_found": 0, "ok": 0, "ok_found": 0, "traps": 0, "false": 0}
    for t in load_rows(folder / PROBES) if rows is None else rows:
        text = (folder / "probes" / t["file"]).read_text(encoding="utf-8")
        row = govinfo_nlp.parse(folder / "probes" / t["file"]).to_dict()
        facts = row["facts"]
        verdicts: dict[int, list[str]] = {}
        for r in row["reconciliation"]:
            verdicts.setdefault(r["fact"], []).append(r["verdict"])
        owned_bad: set[int] = set()
        for c in t["claims"]:
            if "text" in c:
                start = text.index(c["text"])
                end = start + len(c["text"])
                own = [
                    i
                    for i, f in enumerate(facts)
                    if f["span"][0] < end and f["span"][1] > start and f["value"] == c["value"]
                ]
            else:  # meta11's claims: the rows of its type whose narrative value is its value
                own = sorted(
                    {
                        r["fact"]
                        for r in row["reconciliation"]
                        if r.get("type") == c["type"] and r.get("narrative") == c["value"]
                    }
                )
            got = [v for i in own for v in verdicts.get(i, [])]
            if c["expect"] == "inconsistent":
                s["bad"] += 1
                owned_bad.update(own)
                if "inconsistent" in got:
                    s["bad_found"] += 1
                else:
                    errors.append(
                        f"{t['file']} contradiction missed: {_claim(c)} -> {got or 'no verdict'}"
                    )
            elif c["expect"] == "consistent":
                s["ok"] += 1
                if "consistent" in got:
                    s["ok_found"] += 1
                else:
                    errors.append(
                        f"{t['file']} consistent missed: {_claim(c)} -> {got or 'no verdict'}"
                    )
            else:
                s["traps"] += 1
        for r in row["reconciliation"]:
            if r["verdict"] == "inconsistent" and r["fact"] not in owned_bad:
                s["false"] += 1
                f = facts[r["fact"]]
                errors.append(
                    f"{t['file']} FALSE inconsistent: {f['text']} ({f['type']} "
                    f"{r['narrative']} vs {r['table']} {r['fields']})"
                )
    return s


def _claim(c: dict) -> str:
    """How a claim is named in an error: its snippet, else its type and value."""
    return c["text"] if "text" in c else f"{c['type']} {c['value']}"


def problems(folder: Path, name: str, *, prefix_variants: bool = False) -> list[str]:
    """What is wrong or missed on one page or probe (``p07``, ``v21``), as
    ``--errors`` lists it: [] when it reads as its truth says (for the tests)."""
    errors: list[str] = []
    pages = partial(score_pages, prefix_variants=prefix_variants)
    scorers: list[tuple[Path, Callable[..., dict]]] = [(truth_path(folder), pages)]
    if (folder / PROBES).is_file():
        scorers.append((folder / PROBES, score_probes))
    for truth, score in scorers:
        rows = [t for t in load_rows(truth) if t["file"].split(".")[0] == name]
        if rows:
            score(folder, errors, rows)
    return errors


def summary(
    folder: Path, errors: list[str], *, prefix_variants: bool = False
) -> tuple[dict, dict | None, bool]:
    """(page counts, probe counts or None, whether the truth gives agency_as_written)."""
    pages = score_pages(folder, errors, prefix_variants=prefix_variants)
    probes = score_probes(folder, errors) if (folder / PROBES).is_file() else None
    written = any("agency_as_written" in t for t in load_rows(truth_path(folder)))
    return pages, probes, written


def main(
    folder: Path | None = None, argv: list[str] | None = None, *, prefix_variants: bool = False
) -> int:
    """Score ``folder`` (a set's own score.py passes it), or the folder ``--dir`` names."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    if folder is None:
        ap.add_argument("--dir", type=Path, required=True, help="the set's folder")
    ap.add_argument("--errors", action="store_true", help="list every miss and wrong value")
    ap.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = ap.parse_args(argv)
    folder = folder if folder is not None else args.dir
    if not truth_path(folder).is_file():
        ap.error(f"{folder} has no meta.jsonl or truth.jsonl")
    errors: list[str] = []
    p, v, written = summary(folder, errors, prefix_variants=prefix_variants)
    if args.json:
        print(json.dumps({"pages": p, "probes": v}, indent=1))
    else:
        variant = f" ({p['a_variant']} of the right by prefix variant)" if prefix_variants else ""
        print(
            f"agency: {p['a_right']}/{p['a_wrong']}/{p['a_null']} (right/wrong/null) of {p['a_pages']} pages "
            f"naming one{variant}; invented on {p['a_nullpages']} null pages: {p['a_invented']}"
        )
        print(
            f"year: {p['y_right']}/{p['y_wrong']}/{p['y_null']} of {p['y_pages']}; invented on "
            f"{p['y_nullpages']} null pages: {p['y_invented']}"
        )
        print(
            f"region wrong on {p['region_wrong']} pages; level {p['l_right']} right {p['l_wrong']} wrong; "
            f"kind {p['k_right']} right {p['k_wrong']} wrong"
        )
        if written:
            print(
                f"agency_as_written (where the agency is right): {p['w_right']} equal, {p['w_other']} other"
            )
        if v is not None:
            print(
                f"verdicts: contradictions found {v['bad_found']}/{v['bad']}; consistent found "
                f"{v['ok_found']}/{v['ok']}; FALSE inconsistent {v['false']} (traps {v['traps']})"
            )
    if args.errors:
        for e in errors:
            print(" ", e)
    return 0


def for_set(
    script: str, *, prefix_variants: bool = False
) -> tuple[Callable[[str], list[str]], Callable[[], int]]:
    """A red team's ``problems(name)`` and ``main()``, for its ``score.py`` (``script``):
    the set is the folder the script is in."""
    folder = Path(script).resolve().parent
    return (
        partial(problems, folder, prefix_variants=prefix_variants),
        partial(main, folder, prefix_variants=prefix_variants),
    )


if __name__ == "__main__":
    sys.exit(main())
