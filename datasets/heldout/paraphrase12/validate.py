"""Check paraphrase set 12: its facts gold with paraphrase set 10's checks (every row
is what its source builds, offsets point at quantities whose surface gives the
value/unit/approx, SCHEMA types, sorted, no overlap), and its metadata gold
``meta.jsonl`` (one line per document, the keys of
``datasets/redteam/meta16/truth.jsonl``, the year the facts gold's, the agency as
written found in the page).

Usage: python datasets/heldout/paraphrase12/validate.py
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
PATTERN = "q*.ann"
# meta16's truth keys, in its order ("note" optional)
META_KEYS = ["file", "agency", "accept", "agency_as_written", "region", "level", "kind", "year"]


def _set10_validate() -> ModuleType:
    path = HERE.parent / "paraphrase10" / "validate.py"
    spec = importlib.util.spec_from_file_location("paraphrase10_validate", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def meta_problems() -> list[str]:
    """Problems of ``meta.jsonl`` against the pages and the facts gold."""
    gold = [json.loads(x) for x in (HERE / "gold.jsonl").read_text("utf-8").splitlines() if x]
    years = {r["doc"].rsplit("/", 1)[1]: r["report_year"] for r in gold}
    out = []
    lines = [json.loads(x) for x in (HERE / "meta.jsonl").read_text("utf-8").splitlines() if x]
    for m in lines:
        name = m.get("file")
        if [k for k in m if k != "note"] != META_KEYS:
            out.append(f"meta {name}: keys")
            continue
        if name not in years:
            out.append(f"meta {name}: no such document")
            continue
        if m["year"] is not None and m["year"] != years[name]:
            out.append(f"meta {name}: year {m['year']} but gold {years[name]}")
        text = (HERE / name).read_text("utf-8")
        if m["agency_as_written"] and m["agency_as_written"] not in text:
            out.append(f"meta {name}: agency_as_written not in the page")
    if sorted(m.get("file") for m in lines) != sorted(years):
        out.append("meta.jsonl does not have one line per document")
    return out


def problems() -> list[str]:
    """Every problem of the set (facts gold, then metadata gold)."""
    return _set10_validate().problems(here=HERE, pattern=PATTERN) + meta_problems()


if __name__ == "__main__":
    found = problems()
    for p in found:
        print(p)
    print(f"{len(found)} problems")
    sys.exit(1 if found else 0)
