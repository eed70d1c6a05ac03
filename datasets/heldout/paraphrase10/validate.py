"""Check paraphrase set 10's gold: every row is what its source builds, offsets
point at quantities whose surface gives the value/unit/approx, types are
SCHEMA's, facts are sorted and never overlap.

Usage: python datasets/heldout/paraphrase10/validate.py [gold.jsonl]
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "gold" / "tools"))
from goldlib_part1 import KEYS, SCOPES, TYPES, parse_surface  # noqa: E402

OVERRIDDEN = ("value=", "unit=", "approx=")


def _build_module() -> ModuleType:
    # by path, not ``import build``: every paraphrase set has a build.py
    spec = importlib.util.spec_from_file_location("paraphrase10_build", HERE / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _overrides(src: Path, build: ModuleType) -> set[int]:
    """Offsets of facts whose value/unit/approx the source sets by hand."""
    body = src.read_text("utf-8").partition("\n---\n")[2]
    out, pos, last = set(), 0, 0
    for m in build.MARK.finditer(body):
        pos += m.start() - last
        fields = m.group(1).split("|")
        if any(f.startswith(OVERRIDDEN) for f in " ".join(fields[3:]).split()):
            out.add(pos)
        pos += len(fields[0].strip())
        last = m.end()
    return out


def problems(path: Path | None = None, here: Path = HERE, pattern: str = "c*.ann") -> list[str]:
    """Problems of the set in ``here`` (another set passes its directory and source pattern)."""
    build = _build_module()
    gold = path or here / "gold.jsonl"
    rows = [json.loads(x) for x in gold.read_text("utf-8").splitlines() if x.strip()]
    out: list[str] = []
    built = {}
    for src in sorted((here / "src").glob(pattern)):
        try:
            text, row = build.build_one(src)
        except ValueError as exc:
            out.append(f"{src.name}: {exc}")
            continue
        built[row["doc"]] = (text, row, _overrides(src, build))
    for r in rows:
        doc = r["doc"]
        if doc not in built:
            out.append(f"{doc}: no source")
            continue
        text, row, manual = built[doc]
        if r != row:
            out.append(f"{doc}: differs from what its source builds")
        end = -1
        for f in r["facts"]:
            where = f"{doc}@{f['start']}"
            if list(f) != [*KEYS, "breakdown"]:
                out.append(f"{where}: keys")
                continue
            if f["type"] not in TYPES or f["scope"] not in SCOPES:
                out.append(f"{where}: type/scope")
            if f["start"] < end:
                out.append(f"{where}: overlaps or unsorted")
            end = f["end"]
            span = text[f["start"] : f["end"]]
            if f["start"] not in manual:
                try:
                    got = parse_surface(span)
                except ValueError:
                    got = None
                if got != (f["value"], f["unit"], f["approx"]):
                    out.append(f"{where}: {span!r} parses to {got}")
            if (f["delta"] or f["cumulative"]) and f["type"] != "other":
                out.append(f"{where}: delta/cumulative but {f['type']}")
    if len(rows) != len(built):
        out.append(f"{len(rows)} rows, {len(built)} sources")
    return out


if __name__ == "__main__":
    found = problems(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    for p in found:
        print(p)
    print(f"{len(found)} problems")
    sys.exit(1 if found else 0)
