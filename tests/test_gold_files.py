"""Every gold facts file (datasets/gold/facts-*.jsonl) is well-formed: offsets point
at the quantity the fact describes (value, unit and approx read back from the
span by the annotators' own parser), keys and labels are SCHEMA §3's, changes and
running totals are ``other``; and the written narratives of set 2 are exactly what
their annotated sources build (the text and the gold cannot drift apart)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT, SHARED, load_module

GOLD = ROOT / "datasets" / "gold"
TOOLS = GOLD / "tools"
FILES = sorted(GOLD.glob("facts-*.jsonl"))


def _tool(name: str) -> ModuleType:
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))  # the tools import each other by name
    return load_module(f"gold_{name}", TOOLS / f"{name}.py")


def _text(doc: str) -> str | None:
    corpus = doc.startswith("corpus:")
    path = ROOT / "datasets" / doc.removeprefix("corpus:") if corpus else SHARED / doc
    if not path.is_file():
        return None
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return fh.read()


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_gold_file_is_well_formed(path: Path) -> None:
    lib = _tool("goldlib_part1")
    keys = lib.KEYS
    read = 0
    for line in path.read_text("utf-8").splitlines():
        d = json.loads(line)
        assert d["split"] in ("train", "dev", "test"), d["doc"]
        text = _text(d["doc"])
        if text is None:
            continue
        read += 1
        end = 0
        for f in d["facts"]:
            where = (d["doc"], f["start"])
            assert list(f) in (keys, [*keys, "breakdown"]), where
            assert end <= f["start"] < f["end"] <= len(text), where
            end = f["end"]
            surface = text[f["start"] : f["end"]]
            parsed = lib.parse_surface(surface)
            assert (f["value"], f["unit"], f["approx"]) == parsed, (where, surface)
            assert f["type"] in lib.TYPES and f["scope"] in lib.SCOPES, where
            if f["delta"] or f["cumulative"]:
                assert f["type"] == "other", where
    if not read:
        pytest.skip(f"the documents of {path.name} are not available")


def test_written2_documents_are_what_their_sources_build() -> None:
    build = _tool("build_written2")
    rows = [json.loads(x) for x in (GOLD / "facts-written2.jsonl").read_text("utf-8").splitlines()]
    sources = sorted((TOOLS / "written2_src").glob("*.ann"))
    assert len(sources) == len(rows) >= 8
    for src, row in zip(sources, rows, strict=True):
        errors: list[str] = []
        text, built = build.parse_doc(str(src), errors)
        assert errors == [], errors
        assert built == row, src.name
        with open(GOLD / "written2" / f"{src.stem}.txt", encoding="utf-8", newline="") as fh:
            assert fh.read() == text, src.name


def test_session_15_relabel_is_in_every_gold_file() -> None:
    # edits_conv15.txt is the record of the C1/C10/C7 relabel (README §13.1): each
    # edit's new labels are in its JSONL (a rebuild from sources without the
    # overlay, or a hand edit undoing one, fails here)
    relabel = _tool("relabel_conv15")
    edits = relabel.load_edits()
    assert len(edits) >= 240
    assert {e["kind"] for e in edits} == {"C1", "C10", "C7"}
    assert relabel.check() == 0
