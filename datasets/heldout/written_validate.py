"""Check a written facts set's gold (paraphrase sets 8, 9, 10 and the sets after
them; see ``written_build.py``): every row is what its source builds, offsets
point at quantities whose surface gives the value/unit/approx (unless the source
sets them by hand), types are SCHEMA's, facts are sorted and never overlap.
Each set's ``validate.py`` runs :func:`main` on its folder with its source pattern.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from written_build import TOOLS, build_one, mark  # noqa: E402

sys.path.insert(0, str(TOOLS))
from goldlib_part1 import KEYS, SCOPES, TYPES, parse_surface  # noqa: E402

OVERRIDDEN = ("value=", "unit=", "approx=")


def overrides(src: Path, *, wraps: bool = False) -> set[int]:
    """Offsets of facts whose value/unit/approx the source sets by hand."""
    body = src.read_text("utf-8").partition("\n---\n")[2]
    out, pos, last = set(), 0, 0
    for m in mark(wraps).finditer(body):
        pos += m.start() - last
        fields = m.group(1).split("|")
        if any(f.startswith(OVERRIDDEN) for f in " ".join(fields[3:]).split()):
            out.add(pos)
        pos += len(fields[0].strip())
        last = m.end()
    return out


def problems(
    here: Path, pattern: str, path: Path | None = None, *, wraps: bool = False
) -> list[str]:
    """Problems of the set in ``here`` (its gold.jsonl, or ``path``) against its sources."""
    gold = path or here / "gold.jsonl"
    rows = [json.loads(x) for x in gold.read_text("utf-8").splitlines() if x.strip()]
    out: list[str] = []
    built = {}
    for src in sorted((here / "src").glob(pattern)):
        try:
            text, row = build_one(src, wraps=wraps)
        except ValueError as exc:
            out.append(f"{src.name}: {exc}")
            continue
        built[row["doc"]] = (text, row, overrides(src, wraps=wraps))
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


def main(here: Path, pattern: str, argv: list[str], *, wraps: bool = False) -> int:
    """``validate.py [gold.jsonl]``: print the problems; exit 1 when there are any."""
    found = problems(here, pattern, Path(argv[0]) if argv else None, wraps=wraps)
    for p in found:
        print(p)
    print(f"{len(found)} problems")
    return 1 if found else 0


def for_set(
    script: str, pattern: str, *, wraps: bool = False
) -> tuple[Callable[..., list[str]], Callable[[list[str]], int]]:
    """A set's ``problems([gold.jsonl])`` and ``main(argv)``: its ``validate.py``
    (``script``) names its source pattern, and the set is the folder it is in."""
    here = Path(script).resolve().parent

    def set_problems(path: Path | None = None) -> list[str]:
        return problems(here, pattern, path, wraps=wraps)

    def set_main(argv: list[str]) -> int:
        return main(here, pattern, argv, wraps=wraps)

    return set_problems, set_main
