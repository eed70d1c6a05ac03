"""The engine end to end: parse() never raises on content; copies read alike; provenance."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import seed_path
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govinfo_nlp
from govinfo_nlp import parse
from govinfo_nlp.about import SCHEMA_VERSION, __version__

SCHEMA_KEYS = {
    "id",
    "source",
    "template",
    "govinfo_nlp_version",
    "schema_version",
    "models",
    "metadata",
    "sections",
    "tables",
    "checks",
    "facts",
    "reconciliation",
    "warnings",
    "errors",
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300)))
def test_parse_never_raises_on_arbitrary_input(source: str | bytes) -> None:
    if isinstance(source, str) and "\n" not in source and os.path.exists(source):
        return  # an existing path is a different test
    report = parse(source)
    row = report.to_dict()
    assert set(row) >= SCHEMA_KEYS
    json.dumps(row, ensure_ascii=False)
    if report.errors:
        assert all(isinstance(e, str) and ":" in e for e in report.errors)


PIECES = st.sampled_from(
    [
        "一、总体情况\n",
        "二、主动公开政府信息情况\n",
        "规章 | 6 | 6 | 14 |\n",
        "|||\n",
        "本年度共办结申请65件。",
        "四、结转下年度继续办理 | 3 | 0 |",
        "<table><tr><td>1</td>",
        "本机关",
        "2020年",
        "第二十条",
        "余",
        "近",
        "%",
        "\u3000",
        "首页 > 政务公开\n",
        "bet365",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=30).map("".join))
def test_parse_never_raises_on_report_like_noise(text: str) -> None:
    report = parse(text)
    assert not [e for e in report.errors if ".failed" in e], report.errors


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"", "read.empty"), (os.urandom(3000), "read.")],
    ids=["empty", "random-bytes"],  # the bytes as an id changed every run
)
def test_unreadable_input_is_an_error_row(data: bytes, code: str) -> None:
    report = parse(data, source_name="x.txt")
    assert report.errors and report.errors[0].startswith(code)
    row = report.to_dict()
    assert row["source"] == "x.txt"
    assert row["tables"] == {} and row["facts"] == []


def _comparable(row: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in row.items() if k not in ("source", "encoding")}


def test_batch_of_bad_and_reencoded_files(tmp_path: Path) -> None:
    seed = seed_path("000")
    original = seed.read_text("utf-8")
    files = {
        "a-empty.txt": b"",
        "b-random.txt": bytes(range(256)) * 20,
        "c-gb18030.txt": original.encode("gb18030"),
        "d-utf16.txt": original.encode("utf-16"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    rows = [parse(tmp_path / name).to_dict() for name in sorted(files)]
    assert [Path(r["source"]).name for r in rows] == sorted(files)
    assert rows[0]["errors"] and rows[1]["errors"]
    reference = _comparable(parse(seed).to_dict())
    assert rows[2]["encoding"] == "gb18030" and rows[3]["encoding"] == "utf-16"
    assert _comparable(rows[2]) == reference
    assert _comparable(rows[3]) == reference


def test_provenance_matches_installed_versions() -> None:
    row = parse(seed_path("001")).to_dict()
    assert row["govinfo_nlp_version"] == __version__ == govinfo_nlp.__version__
    assert row["schema_version"] == SCHEMA_VERSION
    assert row["models"], "every row names the models and rule sets used"
    for name, version in row["models"].items():
        assert isinstance(name, str) and isinstance(version, str) and version


def test_seed_offsets_point_into_the_original() -> None:
    path = seed_path("000")
    text = path.read_text("utf-8")
    report = parse(path)
    for fact in report.facts:
        assert text[fact.start : fact.end] == fact.text
    for value in report.tables.values.values():
        assert text[value.start : value.end].strip(), value


def test_every_annotate_row_carries_provenance(tmp_path: Path) -> None:
    """Rows written by `govinfo-nlp annotate` name the library, schema and model versions."""
    import importlib.metadata

    from govinfo_nlp.cli import main

    samples = Path(__file__).resolve().parents[1] / "datasets" / "samples"
    out = tmp_path / "rows.jsonl"
    assert main(["annotate", str(samples), "-o", str(out), "-q"]) == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == len([p for p in samples.iterdir() if p.suffix in (".txt", ".html")])
    try:
        installed = importlib.metadata.version("govinfo_nlp")
    except importlib.metadata.PackageNotFoundError:
        installed = __version__
    models_dir = Path(__file__).resolve().parents[1] / "models"
    for row in rows:
        assert row["govinfo_nlp_version"] == installed == __version__
        assert row["schema_version"] == SCHEMA_VERSION
        assert row["models"]["facts"] in {p.name for p in models_dir.iterdir() if p.is_dir()}
        assert row["models"]["rules"].startswith("rules-v")
        assert len(row["models"]["rules_sha256"]) == 16


@pytest.mark.parametrize(
    "text",
    [
        "一、总体情况 " + "1" * 20000,
        "一、总体情况 " + "1 " * 20000,
        "一、总体情况\n本机关" + "一二三四五六七八九十" * 500 + "件",
    ],
    ids=["digit-run", "spaced-digits", "numeral-run"],
)
def test_extreme_runs_do_not_fail_a_stage(text: str) -> None:
    report = parse(text)
    assert not report.errors, report.errors


# seed 002's tables were lost in publication (its row says so: tables.missing)
@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
def test_every_stage_succeeds_on_a_seed(prefix: str) -> None:
    """Each stage ran without an error and produced its part (a crashing stage
    leaves its part empty with a "<stage>.failed" error, which this catches)."""
    from govinfo_nlp.pipeline import STAGES

    report = parse(seed_path(prefix))
    assert not report.errors, report.errors
    assert report.stages == STAGES
    assert set(report.timings) == set(STAGES)
    assert report.metadata.year is not None
    assert {s.id for s in report.sections} >= {"overview", "requests"}
    assert report.tables is not None and len(report.tables.values) >= 30
    assert report.checks and report.facts
    if prefix == "000":  # the seed whose prose restates table cells
        assert report.metadata.agency and report.reconciliation
    row = report.to_dict()
    assert row["models"]["facts"] != "none" and len(row["tables"]) >= 30


def test_a_crashing_stage_is_caught_and_named(monkeypatch: pytest.MonkeyPatch) -> None:
    import govinfo_nlp.engine

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(govinfo_nlp.engine.Engine, "extract_facts", crash)
    report = parse(seed_path("000"))
    assert report.errors == ("facts.failed: RuntimeError: boom",)
    assert report.facts == () and report.tables is not None and report.tables.values


def test_two_crashing_stages_are_named_in_stage_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """Facts are read before the tables (memory); their errors still come in stage order."""
    import govinfo_nlp.engine
    import govinfo_nlp.tables

    def crash(name: str) -> Callable[..., None]:
        def fail(*args: object, **kwargs: object) -> None:
            raise RuntimeError(name)

        return fail

    monkeypatch.setattr(govinfo_nlp.engine.Engine, "extract_facts", crash("facts"))
    monkeypatch.setattr(govinfo_nlp.tables, "parse_tables", crash("tables"))
    report = parse(seed_path("000"))
    assert report.errors == (
        "tables.failed: RuntimeError: tables",
        "facts.failed: RuntimeError: facts",
    )


def test_the_tables_result_is_not_held_while_facts_are_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The facts stage's peak is a parse's highest: the tables result must not
    be held beside it (the tables are read after the facts)."""
    import govinfo_nlp.engine
    import govinfo_nlp.tables

    calls: list[str] = []
    read_tables = govinfo_nlp.tables.parse_tables
    read_facts = govinfo_nlp.engine.Engine.extract_facts

    def tables(*args: object, **kwargs: object) -> object:
        calls.append("tables")
        return read_tables(*args, **kwargs)

    def facts(self: object, *args: object, **kwargs: object) -> object:
        calls.append("facts")
        return read_facts(self, *args, **kwargs)

    monkeypatch.setattr(govinfo_nlp.tables, "parse_tables", tables)
    monkeypatch.setattr(govinfo_nlp.engine.Engine, "extract_facts", facts)
    report = parse(seed_path("000"))
    assert calls == ["facts", "tables"]
    assert report.facts and report.tables is not None and report.tables.values


@settings(max_examples=200, deadline=None)
@given(
    st.text(st.characters(blacklist_categories=()), max_size=40),
    st.integers(min_value=1, max_value=7),
)
def test_a_text_id_is_the_hash_of_its_whole_utf8(text: str, chunk: int) -> None:
    """The id is encoded a chunk at a time (no whole copy of the input at the peak);
    it must stay the SHA-1 of the whole text's bytes, a chunk cutting a surrogate
    pair or a multi-byte character included."""
    import hashlib
    from unittest import mock

    import govinfo_nlp.pipeline as pipeline

    whole = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    with mock.patch.object(pipeline, "_ID_CHUNK", chunk):
        assert pipeline._content_id(text) == whole
    assert pipeline._content_id(text) == whole
    assert pipeline._content_id(text.encode("utf-8", "surrogatepass")) == whole


def test_a_long_text_id_is_read_in_chunks() -> None:
    """A text longer than one chunk gets the id of its whole bytes."""
    import hashlib

    import govinfo_nlp.pipeline as pipeline

    text = "公开政府信息12条。\ud83d\ude00" * (pipeline._ID_CHUNK // 3)
    assert len(text) > 2 * pipeline._ID_CHUNK
    expected = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    assert pipeline._content_id(text) == expected
