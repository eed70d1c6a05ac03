"""The blind paraphrase selection sets' gold (sets 2 to 22) is well-formed and blind:
offsets point at the quantities they describe (set 1's checks), every document is
what its source builds, and a re-written document's source is a train/dev excerpt,
never a test one nor one an earlier set re-words (benchmarks/eval_paraphrase_facts.py
--set paraphrase2/…/15 means nothing otherwise). Sets 11–15 also give each page's
metadata (``meta.jsonl``, meta16's truth format)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT, gold_splits, load_module

HELDOUT = ROOT / "datasets" / "heldout"
# each set in the order written: its source pattern and how many documents at least
# re-word a real excerpt (sets 3, 7 and later were written freely); a set must not re-word
# a source any earlier set re-words
SETS = {
    "paraphrase2": ("q*.ann", 10),
    "paraphrase3": ("s*.ann", 0),
    "paraphrase4": ("u*.ann", 10),
    "paraphrase5": ("w*.ann", 20),
    "paraphrase6": ("x*.ann", 20),
    "paraphrase7": ("y*.ann", 0),
    "paraphrase8": ("z*.ann", 0),
    "paraphrase9": ("b*.ann", 0),
    "paraphrase10": ("c*.ann", 0),
    "paraphrase11": ("p*.ann", 0),
    "paraphrase12": ("q*.ann", 0),
    "paraphrase13": ("s*.ann", 0),
    "paraphrase14": ("u*.ann", 0),
    "paraphrase15": ("d*.ann", 0),
    "paraphrase16": ("e*.ann", 0),
    "paraphrase17": ("f*.ann", 0),
    "paraphrase18": ("g*.ann", 0),
    "paraphrase19": ("h*.ann", 0),
    "paraphrase20": ("m*.ann", 0),
    "paraphrase21": ("n*.ann", 0),
    "paraphrase22": ("q*.ann", 0),
    "paraphrase23": ("q*.ann", 0),
    "paraphrase24": ("k*.ann", 0),
    "paraphrase25": ("z*.ann", 0),
    "paraphrase26": ("t*.ann", 0),
}
ORDER = ("paraphrase", *SETS)
# sets cut at 2,000 bytes as the real excerpts are: a page may hold no count before its cut
PAGE_CUTS = (
    "paraphrase11",
    "paraphrase12",
    "paraphrase13",
    "paraphrase14",
    "paraphrase15",
    "paraphrase16",
    "paraphrase17",
    "paraphrase18",
    "paraphrase19",
    "paraphrase20",
    "paraphrase21",
)
# meta16's truth keys, in its order ("note" optional)
META_KEYS = ["file", "agency", "accept", "agency_as_written", "region", "level", "kind", "year"]
each_set = pytest.mark.parametrize("name", SETS)


def _module(name: str, module: str) -> ModuleType:
    return load_module(f"{name}_{module}", HELDOUT / name / f"{module}.py")


def _rows(name: str) -> list[dict]:
    text = (HELDOUT / name / "gold.jsonl").read_text("utf-8")
    return [json.loads(x) for x in text.splitlines() if x]


@each_set
def test_gold_validates(name: str) -> None:
    assert _module(name, "validate").problems() == []


@each_set
def test_documents_are_what_their_sources_build(name: str) -> None:
    build = _module(name, "build")
    rows = {r["doc"]: r for r in _rows(name)}
    sources = sorted((HELDOUT / name / "src").glob(SETS[name][0]))
    assert len(sources) == len(rows) >= 20
    for src in sources:
        text, row = build.build_one(src)
        assert row["doc"] == f"corpus:heldout/{name}/{src.stem}.txt"
        with open(HELDOUT / name / f"{src.stem}.txt", encoding="utf-8", newline="") as fh:
            assert fh.read() == text, src.name
        assert rows[row["doc"]] == row, src.name
        assert row["facts"] or name in PAGE_CUTS, src.name


@pytest.mark.parametrize("name", PAGE_CUTS)
def test_metadata_gold_has_one_line_per_page(name: str) -> None:
    years = {r["doc"].rsplit("/", 1)[1]: r["report_year"] for r in _rows(name)}
    path = HELDOUT / name / "meta.jsonl"
    text = path.read_text("utf-8")
    lines = [json.loads(x) for x in text.splitlines() if x]
    assert sorted(m["file"] for m in lines) == sorted(years), path
    for m in lines:
        assert [k for k in m if k != "note"] == META_KEYS, m["file"]
        assert m["year"] in (None, years[m["file"]]), m["file"]
        page = (HELDOUT / name / m["file"]).read_text("utf-8")
        assert m["agency_as_written"] is None or m["agency_as_written"] in page, m["file"]


@each_set
def test_source_is_never_a_test_document(name: str) -> None:
    split = gold_splits()
    least = SETS[name][1]
    earlier = ORDER[: ORDER.index(name)]
    used = {r["notes"].split(";")[0] for e in earlier for r in _rows(e)}
    rewritten = 0
    for r in _rows(name):
        note = r["notes"].split(";")[0]
        if note == _module(name, "build").FREE:
            continue
        rewritten += 1
        source = note.removeprefix("paraphrase of ")
        assert split.get(source) in ("train", "dev"), (r["doc"], source)
        assert note not in used, (r["doc"], "an earlier set already re-words", source)
    assert rewritten >= least


@each_set
@pytest.mark.parametrize(
    "break_it",
    [
        lambda f: f.update(start=f["start"] + 1),
        lambda f: f.update(value=f["value"] + 1),
        lambda f: f.update(type="proactive.item"),
        lambda f: f.update(approx="over" if f["approx"] is None else None),
    ],
)
def test_validator_catches_a_broken_fact(tmp_path: Path, name: str, break_it) -> None:
    rows = _rows(name)
    break_it(rows[0]["facts"][0])
    bad = tmp_path / "gold.jsonl"
    bad.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    assert _module(name, "validate").problems(bad)


# What the tuning sets that copy real pages' structure read after the fixes to their
# errors: a floor each, a hair below, so that a later change that loses what was fixed
# on one is seen. paraphrase18 (session 21; read once blind at F1 0.956, scope 0.886)
# reads 0.965 / 0.961 after session 21's fixes; paraphrase17 (session 21's blind set, 0.944
# / 0.991 at the end of session 21) reads 0.991 / 1.0 after session 22's fixes and the
# lead's post hoc gold change of f19/f20 (its README); paraphrase20 (session 22; read once
# blind at 0.949 / 0.959) reads 0.992 / 0.972 after session 22's fixes and the post hoc
# change of m17/m18 (its README); paraphrase19 (session 22's blind set) read 0.973 / 0.964
# both at the session's start and at its end (the library's facts on it identical);
# paraphrase21 (session 23's blind set) read 0.957 / 0.989 at both ends likewise;
# paraphrase22 (session 26's blind set, written freely; read once blind at 0.967 / 0.918)
# reads 0.974 / 0.922 after session 26's fixes; paraphrase23 (session 27's blind set, read
# once blind at 0.926 / 0.918, 0.936 / 0.919 with its C1 gold correction) reads 0.948 / 0.963
# after session 27's fixes, paraphrase22 0.977 / 0.939. paraphrase24 (session 28's blind set,
# read once blind at 0.968 / 0.947 on the start code, 0.968 / 0.961 with the scope fix it was
# written after; 0.971 / 0.947 with its two gold corrections) reads 0.980 / 0.981 after session
# 28's fixes; paraphrase23 0.960 / 0.961. paraphrase25 (session 29's blind set, read once blind
# at 0.984 / 0.949 on the start code, 0.986 / 0.971 with the fixes it was written after) reads
# 0.988 / 1.000 after session 29's fixes; paraphrase24 0.981 / 0.997. paraphrase26 (session 30's
# blind set, read once blind at 0.982 / 0.942 on the start code, 0.983 / 0.973 with the fixes it was
# written after) reads 0.988 / 0.997 after session 30's fixes; paraphrase25 0.993 / 1.000.
FLOORS = {
    "paraphrase17": {"f1": 0.985, "scope": 0.99},
    "paraphrase18": {"f1": 0.96, "scope": 0.955},
    "paraphrase19": {"f1": 0.965, "scope": 0.955},
    "paraphrase20": {"f1": 0.985, "scope": 0.965},
    "paraphrase21": {"f1": 0.95, "scope": 0.98},
    "paraphrase22": {"f1": 0.97, "scope": 0.935},
    "paraphrase23": {"f1": 0.955, "scope": 0.955},
    "paraphrase24": {"f1": 0.975, "scope": 0.99},
    "paraphrase25": {"f1": 0.985, "scope": 0.99},
    "paraphrase26": {"f1": 0.98, "scope": 0.99},
}


@pytest.mark.parametrize("name", FLOORS)
def test_a_tuning_set_reads_at_least_its_floor(name: str) -> None:
    from govinfo_nlp.engine import default_engine
    from govinfo_nlp_dev.facts.evaluate import predict, score_documents

    ext = default_engine().extractor
    docs = []
    for row in _rows(name):
        path = HELDOUT / name / row["doc"].rsplit("/", 1)[1]
        with open(path, encoding="utf-8-sig", newline="") as fh:
            text = fh.read()
        docs.append((predict(ext, text, row["report_year"]), row["facts"]))
    scores = score_documents(docs)
    assert scores["micro"]["f1"] >= FLOORS[name]["f1"], scores["micro"]
    assert scores["scope_accuracy_on_correct"] >= FLOORS[name]["scope"], scores
