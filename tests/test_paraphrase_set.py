"""The paraphrase selection set's gold is well-formed: its offsets point at the
quantities they describe and its types are SCHEMA §3 types (the scores of
benchmarks/eval_paraphrase_facts.py mean nothing otherwise)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT, gold_splits, load_module

SET = ROOT / "datasets" / "heldout" / "paraphrase"


def _validator() -> ModuleType:
    return load_module("paraphrase_validate", SET / "validate.py")


def _rows() -> list[dict]:
    return [json.loads(x) for x in (SET / "gold.jsonl").read_text("utf-8").splitlines() if x]


def test_gold_validates() -> None:
    assert _validator().problems() == []


def test_documents_and_types() -> None:
    rows = _rows()
    schema_types = _validator().SCHEMA_TYPES
    assert len(rows) >= 15
    assert len({r["doc"] for r in rows}) == len(rows)
    for r in rows:
        assert (SET / r["doc"].rsplit("/", 1)[1]).is_file()
        assert r["facts"], r["doc"]
        assert {f["type"] for f in r["facts"]} <= schema_types


def test_source_is_never_a_test_document() -> None:
    # the set paraphrases train/dev excerpts only (README: blindness rules)
    split = gold_splits()
    for r in _rows():
        source = r["notes"].split(";")[0].removeprefix("paraphrase of ")
        assert split.get(source) in ("train", "dev"), (r["doc"], source)


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
    assert _validator().problems(bad)
