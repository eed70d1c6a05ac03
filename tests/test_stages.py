"""parse(stages=...) and annotate --stages: only the asked-for stages (and what they need) run,
and what they produce is exactly what the full pipeline produces."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, seed_path

import govinfo_nlp.engine
import govinfo_nlp.reconcile
import govinfo_nlp.tables
from govinfo_nlp import parse
from govinfo_nlp.pipeline import STAGES, resolve_stages

SAMPLES = ROOT / "datasets" / "samples"
#: The keys each stage fills in a row (``stages``/``models`` name the run itself).
PRODUCED_BY = {
    "metadata": ("metadata",),
    "sections": ("sections",),
    "tables": ("tables", "checks", "template"),
    "facts": ("facts",),
    "reconcile": ("reconciliation",),
}


def _inputs() -> list[Path]:
    return [seed_path("000"), seed_path("003"), *sorted(SAMPLES.glob("s0[1-6]_*.*t*"))]


@pytest.mark.parametrize(
    ("asked", "ran"),
    [
        (None, STAGES),
        ("tables", ("read", "normalize", "noise", "metadata", "sections", "tables")),
        (["facts"], ("read", "normalize", "noise", "metadata", "sections", "facts")),
        ("reconcile", STAGES),
        ("sections", ("read", "normalize", "noise", "sections")),
        ("metadata , sections", ("read", "normalize", "noise", "metadata", "sections")),
        ((), ("read", "normalize", "noise")),
    ],
)
def test_a_stage_brings_what_it_needs(asked: Any, ran: tuple[str, ...]) -> None:
    assert resolve_stages(asked) == ran


def test_an_unknown_stage_is_named() -> None:
    with pytest.raises(ValueError, match="'table'"):
        resolve_stages("table")
    with pytest.raises(ValueError, match="'table'"):
        parse("一、总体情况\n", stages=["table"])


def _count_calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Wrap the stage entry points the pipeline imports, counting calls."""
    calls = {"tables": 0, "facts": 0, "reconcile": 0}
    for module, attr, name in (
        (govinfo_nlp.tables, "parse_tables", "tables"),
        (govinfo_nlp.engine.Engine, "extract_facts", "facts"),
        (govinfo_nlp.reconcile, "reconcile", "reconcile"),
    ):
        original = getattr(module, attr)

        def counted(*args: Any, _f: Any = original, _n: str = name, **kwargs: Any) -> Any:
            calls[_n] += 1
            return _f(*args, **kwargs)

        monkeypatch.setattr(module, attr, counted)
    return calls


@pytest.mark.parametrize(
    ("asked", "called"),
    [
        ("tables", {"tables": 1, "facts": 0, "reconcile": 0}),
        ("facts", {"tables": 0, "facts": 1, "reconcile": 0}),
        ("sections", {"tables": 0, "facts": 0, "reconcile": 0}),
        (None, {"tables": 1, "facts": 1, "reconcile": 1}),
    ],
)
def test_a_skipped_stage_does_not_run(
    monkeypatch: pytest.MonkeyPatch, asked: str | None, called: dict[str, int]
) -> None:
    calls = _count_calls(monkeypatch)
    report = parse(seed_path("000"), stages=asked)
    assert calls == called
    assert report.stages == resolve_stages(asked)
    assert set(report.timings) <= set(report.stages)
    assert {"read", "normalize"} <= set(report.timings)


@pytest.mark.parametrize("path", _inputs(), ids=lambda p: p.name[:12])
@pytest.mark.parametrize("asked", ["metadata", "sections", "tables", "facts", "tables,facts"])
def test_the_stages_that_ran_give_the_full_runs_output(path: Path, asked: str) -> None:
    full = parse(path).to_dict()
    part = parse(path, stages=asked).to_dict()
    ran = resolve_stages(asked)
    assert part["stages"] == list(ran)
    assert full["stages"] == list(STAGES)
    for stage, keys in PRODUCED_BY.items():
        for key in keys:
            if stage in ran:
                assert part[key] == full[key], (stage, key)
            elif key == "metadata":  # the script is normalize's finding
                assert part[key] == {**dict.fromkeys(full[key]), "script": full[key]["script"]}
            else:
                assert not part[key], (stage, key)
    for key in ("id", "source", "encoding", "format", "errors"):
        assert part[key] == full[key], key
    # warnings come from metadata, noise and tables; a partial run keeps those in full order
    assert [w for w in full["warnings"] if w in part["warnings"]] == part["warnings"]
    # provenance names what ran: the facts model and rules with the facts stage,
    # the table labels with the tables stage
    assert part["models"] == {k: v for k, v in full["models"].items() if k in part["models"]}
    assert ("facts" in part["models"]) == ("facts" in ran), "a run without facts used no model"
    assert ("tables_sha256" in part["models"]) == ("tables" in ran)


def test_annotate_stages_on_the_command_line(tmp_path: Path) -> None:
    from govinfo_nlp.cli import main

    out = tmp_path / "rows.jsonl"
    inputs = [str(p) for p in _inputs()[:3]]
    assert main(["annotate", *inputs, "--stages", "tables", "-o", str(out), "-q"]) == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["source"] for r in rows] == inputs
    for row, path in zip(rows, inputs, strict=True):
        assert row["stages"] == list(resolve_stages("tables"))
        assert row["facts"] == [] and row["reconciliation"] == []
        assert row["tables"] == parse(path).to_dict()["tables"]


def test_annotate_stages_rejects_an_unknown_stage(capsys: pytest.CaptureFixture[str]) -> None:
    from govinfo_nlp.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["annotate", str(seed_path("000")), "--stages", "tables,fact"])
    assert exc.value.code == 2
    assert "'fact'" in capsys.readouterr().err


def test_a_run_without_facts_loads_no_facts_model(monkeypatch: pytest.MonkeyPatch) -> None:
    # provenance names only what ran: a tables-only run must not build the
    # facts extractor (its rules and model) just to name it
    def no_extractor(*args: Any) -> Any:
        raise AssertionError("the facts extractor was built")

    monkeypatch.setattr(govinfo_nlp.engine, "_extractor", no_extractor)
    report = govinfo_nlp.engine.Engine().parse(seed_path("000"), stages="tables")
    assert not report.errors
    assert list(report.models) == ["tables_sha256"]
    assert report.tables is not None and report.tables.values
