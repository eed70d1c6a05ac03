"""What the panel red teams' tests share (panel21, panel22: datasets/redteam/panelN).

Each set commits ``rows.jsonl`` (what the panel reads of each page's annotate row) and
``truth.json`` (each page's agency key, year and lineage; the carry checks the pages make
certain): the identity and cross-year code is tested against that fixed input.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

from govinfo_nlp import panel

Truth = dict[str, Any]
Rows = dict[str, dict[str, Any]]


def read_panel(set_dir: Path) -> tuple[Truth, Rows]:
    """The set's truth and the panel's row of each page (by file name; a row joining
    several pages is each one's)."""
    truth = json.loads((set_dir / "truth.json").read_text(encoding="utf-8"))
    frame = panel(set_dir / "rows.jsonl")
    rows: Rows = {}
    for rec in frame.to_dict("records"):
        for source in str(rec["sources"]).split("; "):
            rows[Path(source).name] = rec
    assert set(rows) == set(truth["pages"])
    return truth, rows


def agency_key(rec: dict[str, Any]) -> str | None:
    """The row's agency key, None where it has none."""
    key = rec["agency_key"]
    return key if isinstance(key, str) and key else None


def wrong_joins(truth: Truth, rows: Rows) -> list[tuple[str, str, str]]:
    """Pairs of pages of two agencies (neither the other's predecessor) the panel gave one
    key: (heading, heading, key)."""
    wrong = []
    for a, b in itertools.combinations(sorted(truth["pages"]), 2):
        ta, tb = truth["pages"][a], truth["pages"][b]
        if ta["key"] == tb["key"] or tb["key"] in ta["lineage"]:
            continue
        ka = agency_key(rows[a])
        if ka is not None and ka == agency_key(rows[b]):
            wrong.append((ta["heading"], tb["heading"], ka))
    return wrong


def carry(truth: Truth, rows: Rows) -> dict[str, list[str]]:
    """The truth's carry checks (key, year, column) as ``right``, ``wrong`` and ``missed``
    by the panel's ``xcheck.t3.carry.<col>``: a check the truth leaves open (``none``) may
    be confirmed, never broken."""
    later = {(t["key"], t["year"]): f for f, t in truth["pages"].items()}
    out: dict[str, list[str]] = {"right": [], "wrong": [], "missed": []}
    for c in truth["carry"]:
        rec = rows[later[(c["key"], c["year_to"])]]
        got = rec.get(f"xcheck.t3.carry.{c['col']}")
        got = None if got is None or got != got else bool(got)
        want = {"holds": True, "breaks": False}.get(c["expect"])
        tag = f"{c['key']} {c['year_to']} {c['col']}"
        broken = want is None and got is False  # a `none` cell may confirm, never break
        if (got is not None and want is not None and got != want) or broken:
            out["wrong"].append(tag)
        elif want is not None and got is None:
            out["missed"].append(tag)
        else:
            out["right"].append(tag)
    return out
