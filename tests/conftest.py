"""Shared test fixtures: the repo root on sys.path and the ../shared material."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
REPORTS = SHARED / "reports"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# hypothesis's per-example deadline and its too-slow health check are timing assertions:
# on a loaded CI core an unchanged test failed one (session 20), and no test may time.
settings.register_profile("govinfo", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("govinfo")


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test with a reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared material not available: {path}")
    return path


def seed_path(prefix: str) -> Path:
    """The seed report whose file name starts with ``prefix`` (e.g. "000")."""
    folder = shared_path("seeds")
    matches = sorted(folder.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"seed {prefix} not found in {folder}")
    return matches[0]


def facts_documents() -> list[Path]:
    """The seed reports and the facts red team's f*.txt pages: the real prose the facts
    stage's equivalence tests encode; skips the test when there are none."""
    docs = sorted(SEEDS.glob("*.txt")) + sorted(
        (ROOT / "datasets" / "redteam" / "facts").glob("f*.txt")
    )
    if not docs:
        pytest.skip("no documents to encode")
    return docs


def load_module(name: str, path: Path) -> ModuleType:
    """The Python file at ``path`` run as module ``name``: a data set's own scorer or
    builder, which lives beside its data rather than in an importable package."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_splits() -> dict[str, str]:
    """Each gold document's split (train, dev or test), by its ``doc`` name, from
    ``datasets/gold/facts-*.jsonl`` (a set written from gold excerpts checks it used no
    test document); skips the test when the gold is absent."""
    gold_dir = ROOT / "datasets" / "gold"
    if not gold_dir.is_dir():
        pytest.skip("datasets/gold not available")
    split = {}
    for path in gold_dir.glob("facts-*.jsonl"):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                split[d["doc"]] = d["split"]
    return split


def redteam_set(name: str, *truths: str) -> tuple[ModuleType, list[str]]:
    """A red-team set's scorer (its ``score.py``, run as module ``<name>_score``) and its
    cases: the file stem of every line of its truth files (``truth.jsonl`` unless named),
    in their order; the meta and red sets' tests parametrise over these."""
    folder = ROOT / "datasets" / "redteam" / name
    score = load_module(f"{name}_score", folder / "score.py")
    cases = [
        json.loads(line)["file"].split(".")[0]
        for truth in truths or ("truth.jsonl",)
        for line in (folder / truth).read_text(encoding="utf-8").splitlines()
        if line
    ]
    return score, cases


def wrong_verdicts(
    score: ModuleType, folder: Path, claims: Mapping[str, list[dict]], doc: str
) -> tuple[list[tuple[str, str, str]], list[object]]:
    """What a verdict red team (verdicts15's scorer) finds wrong in document ``doc`` of the
    set in ``folder``: (snippet, expected, got) of each claim read ``inconsistent`` when it
    is no contradiction or read otherwise when it is one, and the inconsistent entries on
    facts no claim covers. A right reading is ``([], [])``."""
    rows, unclaimed = score.read_doc(folder / "docs" / doc, claims[doc])
    wrong = [
        (r["snippet"], r["expect"], r["got"])
        for r in rows
        if (r["got"] == "inconsistent") != (r["expect"] == "inconsistent")
    ]
    return wrong, unclaimed


def snippets_not_once(folder: Path, claims: Mapping[str, list[dict]]) -> list[tuple[str, str]]:
    """(document, snippet) of each claim whose snippet is not written exactly once in its
    document (``folder/docs``) or does not hold its number: a set's claims must name one
    place each."""
    bad = []
    for doc, cs in claims.items():
        text = (folder / "docs" / doc).read_text(encoding="utf-8")
        bad += [
            (doc, c["snippet"])
            for c in cs
            if not (text.count(c["snippet"]) == 1 and c["number"] in c["snippet"])
        ]
    return bad


def with_known_limits(cases: Iterable[str], known: Mapping[str, str]) -> list[object]:
    """``cases`` as test parameters, each one named in ``known`` a strict xfail giving
    its reason (so a fixed limit fails the suite until it is struck off)."""
    return [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=known[c])) if c in known else c
        for c in cases
    ]
