"""parse(stages=...) and annotate --stages: only the asked-for stages (and what they need) run,
and what they produce is exactly what the full pipeline produces."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, seed_path

import govinfo_nlp.engine
import govinfo_nlp.pipeline
import govinfo_nlp.reconcile
import govinfo_nlp.tables
from govinfo_nlp import parse
from govinfo_nlp.pipeline import STAGES, resolve_stages

SAMPLES = ROOT / "datasets" / "samples"
#: The keys each stage fills in a row (``stages``/``models`` name the run itself).
PRODUCED_BY = {
    "sections": ("sections",),
    "tables": ("tables", "checks", "template"),
    "facts": ("facts",),
    "reconcile": ("reconciliation",),
}


#: The metadata keys the agency stage fills (the metadata stage the others).
AGENCY_KEYS = ("agency", "agency_as_written", "region", "level", "kind")


def _inputs() -> list[Path]:
    return [seed_path("000"), seed_path("003"), *sorted(SAMPLES.glob("s0[1-6]_*.*t*"))]


@pytest.mark.parametrize(
    ("asked", "ran"),
    [
        (None, STAGES),
        # the tables need the year (metadata), not the agency
        ("tables", ("read", "normalize", "noise", "metadata", "sections", "tables")),
        (
            "tables,agency",
            ("read", "normalize", "noise", "metadata", "agency", "sections", "tables"),
        ),
        # the facts' scope reads the agency
        (["facts"], ("read", "normalize", "noise", "metadata", "agency", "sections", "facts")),
        ("reconcile", STAGES),
        ("sections", ("read", "normalize", "noise", "sections")),
        ("metadata , sections", ("read", "normalize", "noise", "metadata", "sections")),
        ("metadata", ("read", "normalize", "noise", "metadata")),
        ("agency", ("read", "normalize", "noise", "metadata", "agency")),
        ("agency,metadata", ("read", "normalize", "noise", "metadata", "agency")),
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
    calls = {"agency": 0, "tables": 0, "facts": 0, "reconcile": 0}
    for module, attr, name in (
        (govinfo_nlp.pipeline, "read_agency", "agency"),
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
        ("tables", {"agency": 0, "tables": 1, "facts": 0, "reconcile": 0}),
        ("tables,agency", {"agency": 1, "tables": 1, "facts": 0, "reconcile": 0}),
        ("facts", {"agency": 1, "tables": 0, "facts": 1, "reconcile": 0}),
        ("sections", {"agency": 0, "tables": 0, "facts": 0, "reconcile": 0}),
        (None, {"agency": 1, "tables": 1, "facts": 1, "reconcile": 1}),
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
@pytest.mark.parametrize(
    "asked", ["metadata", "agency", "sections", "tables", "tables,agency", "facts", "tables,facts"]
)
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
            else:
                assert not part[key], (stage, key)
    # metadata gives the year, dates, index number (the script is normalize's finding),
    # agency the agency's keys
    meta = {k: None for k in full["metadata"]} | {"script": full["metadata"]["script"]}
    if "metadata" in ran:
        meta |= {k: full["metadata"][k] for k in ("year", "published", "index_no")}
    if "agency" in ran:
        meta |= {k: full["metadata"][k] for k in AGENCY_KEYS}
    assert part["metadata"] == meta
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


def _chrome_page(heading: str, opening: str, side_year: str) -> bytes:
    """A web page whose article sits beside a sidebar of another body's reports and above
    a footer holding the page's fields (its chrome)."""
    side = "".join(
        f'<li><a href="/r{i}.html">某县财政局{side_year}年政府信息公开工作年度报告</a></li>'
        for i in range(3)
    )
    sections = "".join(
        f"<p>{h}</p><p>{p}</p>"
        for h, p in (
            ("二、主动公开政府信息情况", "主动公开政府信息12条。"),
            ("三、收到和处理政府信息公开申请情况", "收到申请3件。"),
            ("四、政府信息公开行政复议、行政诉讼情况", "无。"),
            ("五、存在的主要问题及改进情况", "无。"),
        )
    )
    return (
        f"<html><head><title>年报</title></head><body>"
        f'<div class="nav"><a href="/">首页</a> <a href="/xxgk">信息公开</a></div>'
        f'<div class="side"><h3>相关报告</h3><ul>{side}</ul></div>'
        f'<div class="article"><h1>{heading}</h1><p>一、总体情况</p><p>{opening}</p>'
        f"{sections}</div>"
        f'<div class="footer">主办单位：某县人民政府 发布日期：2022-01-20 索引号：11/2022-01</div>'
        f"</body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("heading", "opening", "side_year", "reads"),
    [
        # the body names no agency: the whole page's reading is the row's (its year too)
        ("2021年政府信息公开工作年度报告", "2021年，我局认真贯彻落实条例。", "2019", 1),
        ("2021年政府信息公开工作年度报告", "2021年，我局认真贯彻落实条例。", "2021", 1),
        # the body's and the whole page's readings agree: no agency is read (a sidebar of
        # another year's reports no longer makes them differ: since session 28 the whole
        # page's reading leaves a sidebar's report titles out where the article has its own)
        ("某县财政局2021年政府信息公开工作年度报告", "2021年，我局认真贯彻落实条例。", "2019", 0),
        ("某县财政局2021年度政府信息公开工作年度报告", "本年度，我局认真贯彻落实条例。", "2021", 0),
    ],
)
def test_a_page_with_chrome_has_the_full_runs_year_without_the_agency(
    monkeypatch: pytest.MonkeyPatch, heading: str, opening: str, side_year: str, reads: int
) -> None:
    # The body's reading is the row's where the body names an agency and a year, else the
    # whole page's: which one decides the year too, so a tables-only run reads the body's
    # agency where the two readings' years, dates or warnings differ, and only there.
    page = _chrome_page(heading, opening, side_year)
    full = parse(page, format="html").to_dict()
    calls = _count_calls(monkeypatch)
    part = parse(page, format="html", stages="tables").to_dict()
    assert calls["agency"] == reads
    assert full["metadata"]["year"] == 2021
    blank = dict.fromkeys(AGENCY_KEYS)
    assert part["metadata"] == {**full["metadata"], **blank}
    assert [w for w in full["warnings"] if w in part["warnings"]] == part["warnings"]
    assert all(not w.startswith("metadata.agency") for w in part["warnings"])


def test_a_tables_only_run_loads_no_facts_or_reconciliation_module() -> None:
    # (a fresh process: importing them costs a tables-only batch worker 0.15 s of CPU; the
    # agency package, 0.05 s, is not loaded either for a text that has no page chrome)
    import subprocess
    import sys

    code = (
        "import sys; from govinfo_nlp import parse; "
        f"r = parse({str(seed_path('000'))!r}, stages='tables'); "
        "assert r.tables is not None and r.tables.values and r.metadata.year; "
        "print(sorted(m for m in sys.modules if m.split('.')[:2] in "
        "(['govinfo_nlp', 'facts'], ['govinfo_nlp', 'reconcile'], ['govinfo_nlp', 'breakdown'], "
        "['govinfo_nlp', 'agency'])))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip() == "[]"
