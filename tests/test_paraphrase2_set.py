"""The second paraphrase selection set's gold is well-formed and blind: offsets
point at the quantities they describe (set 1's checks), every document is what
its source builds, and a re-written document's source is a train/dev excerpt,
never a test one (benchmarks/eval_paraphrase_facts.py --set paraphrase2 means
nothing otherwise)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT

SET = ROOT / "datasets" / "heldout" / "paraphrase2"


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"paraphrase2_{name}", SET / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows() -> list[dict]:
    return [json.loads(x) for x in (SET / "gold.jsonl").read_text("utf-8").splitlines() if x]


def test_gold_validates() -> None:
    assert _module("validate").problems() == []


def test_documents_are_what_their_sources_build() -> None:
    build = _module("build")
    rows = {r["doc"]: r for r in _rows()}
    sources = sorted((SET / "src").glob("q*.ann"))
    assert len(sources) == len(rows) >= 20
    for src in sources:
        text, row = build.build_one(src)
        assert row["doc"] == f"corpus:heldout/paraphrase2/{src.stem}.txt"
        with open(SET / f"{src.stem}.txt", encoding="utf-8", newline="") as fh:
            assert fh.read() == text, src.name
        assert rows[row["doc"]] == row, src.name
        assert row["facts"], src.name


def test_source_is_never_a_test_document() -> None:
    gold_dir = ROOT / "datasets" / "gold"
    if not gold_dir.is_dir():
        pytest.skip("datasets/gold not available")
    split = {}
    for path in gold_dir.glob("facts-*.jsonl"):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                split[d["doc"]] = d["split"]
    set1 = (ROOT / "datasets" / "heldout" / "paraphrase" / "gold.jsonl").read_text("utf-8")
    first = {json.loads(x)["notes"].split(";")[0] for x in set1.splitlines() if x}
    rewritten = 0
    for r in _rows():
        note = r["notes"].split(";")[0]
        if note == _module("build").FREE:
            continue
        rewritten += 1
        source = note.removeprefix("paraphrase of ")
        assert split.get(source) in ("train", "dev"), (r["doc"], source)
        assert note not in first, (r["doc"], "set 1 already re-words", source)
    assert rewritten >= 10


@pytest.mark.parametrize(
    "break_it",
    [
        lambda f: f.update(start=f["start"] + 1),
        lambda f: f.update(value=f["value"] + 1),
        lambda f: f.update(type="proactive.item"),
        lambda f: f.update(approx="over" if f["approx"] is None else None),
    ],
)
def test_validator_catches_a_broken_fact(tmp_path: Path, break_it) -> None:
    rows = _rows()
    break_it(rows[0]["facts"][0])
    bad = tmp_path / "gold.jsonl"
    bad.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    assert _module("validate").problems(bad)
