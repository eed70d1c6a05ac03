"""The Engine: owns rules, counters, models; picklable; reaches every worker; provenance."""

from __future__ import annotations

import importlib.util
import json
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from govinfo_nlp import Engine, parse
from govinfo_nlp.batch import pool
from govinfo_nlp.engine import _package_data, default_engine
from govinfo_nlp.errors import RuleFileError

HOTLINE = {
    "id": "user.hotline",
    "type": "opinion.responses",
    "subjects": ["热线工单"],
    "require": "subject",
    "counters": ["件"],
    "window": 10,
    "score": 0.97,
}
TEXT = "一、总体情况\n本机关全年办理热线工单5件。\n"


def _rule_file(folder: Path, rule: dict[str, object], name: str = "user.jsonl") -> Path:
    path = folder / name
    path.write_text(json.dumps(rule, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _hotline_fact(report_facts: list[dict[str, object]]) -> dict[str, object]:
    (fact,) = [f for f in report_facts if f["value"] == 5]
    return fact


@pytest.fixture
def fresh_default() -> Iterator[None]:
    """Isolate the deprecated module-level functions, which change the default engine."""
    default_engine.cache_clear()
    yield
    default_engine.cache_clear()


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    e = Engine()
    e.add_rules(_rule_file(tmp_path, HOTLINE))
    return e


def test_a_user_rule_applies_through_the_engine(engine: Engine) -> None:
    plain = _hotline_fact(parse(TEXT).to_dict()["facts"])
    assert plain["rule"] != "user.hotline"
    fact = _hotline_fact(engine.parse(TEXT).to_dict()["facts"])
    assert (fact["type"], fact["rule"]) == ("opinion.responses", "user.hotline")


def test_bad_rule_files_are_reported_entry_by_entry(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "type": "nope", "score": 2}\nnot json\n', encoding="utf-8")
    engine = Engine()
    with pytest.raises(RuleFileError) as err:
        engine.add_rules(bad)
    assert f"{bad}:1" in str(err.value) and f"{bad}:2" in str(err.value)
    assert engine.rule_files == ()
    with pytest.raises(RuleFileError, match="cannot read"):
        engine.add_rules(tmp_path / "absent.jsonl")


def test_rule_ids_must_be_new(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match=r"already defined: user\.hotline"):
        engine.add_rules(_rule_file(tmp_path, HOTLINE, "again.jsonl"))
    shipped = dict(HOTLINE, id="proactive.items.publish")
    with pytest.raises(RuleFileError, match="already defined"):
        Engine().add_rules(_rule_file(tmp_path, shipped, "shipped.jsonl"))


def test_counters_belong_to_the_engine() -> None:
    engine = Engine(counters=["架"])
    assert [q.text for q in engine.find_quantities("出动无人机3架")] == ["3架"]
    assert engine.parse_quantity("3架") is not None
    assert [q.text for q in Engine().find_quantities("出动无人机3架")] == ["3"]
    with pytest.raises(RuleFileError):
        engine.add_counters(["3件"])


def test_counters_reach_the_facts_stage() -> None:
    text = "一、总体情况\n本机关全年更新无人机3架。\n"
    units = {f["unit"] for f in Engine(counters=["架"]).parse(text).to_dict()["facts"]}
    assert "架" in units
    assert "架" not in {f["unit"] for f in parse(text).to_dict()["facts"]}


def test_engine_pickles_to_its_content(engine: Engine) -> None:
    engine.add_counters(["架"])
    copy = pickle.loads(pickle.dumps(engine))
    assert copy == engine and copy is not engine
    assert copy.rule_files == engine.rule_files and copy.counters == engine.counters
    assert copy.provenance() == engine.provenance()
    assert len(pickle.dumps(engine)) < 10_000  # the content, not compiled patterns or models
    fact = _hotline_fact(copy.parse(TEXT).to_dict()["facts"])
    assert fact["rule"] == "user.hotline"


def test_provenance_follows_the_rules_content(tmp_path: Path) -> None:
    base = Engine().provenance()
    assert base["rules"] == "rules-v1" and base["facts"] == "facts-v3"
    one = Engine(rules=[_rule_file(tmp_path, HOTLINE)]).provenance()
    edited = Engine(rules=[_rule_file(tmp_path, dict(HOTLINE, score=0.9))]).provenance()
    assert one["rules"] == edited["rules"] == "rules-v1+1user"
    assert len({base["rules_sha256"], one["rules_sha256"], edited["rules_sha256"]}) == 3
    assert one["facts_sha256"] == base["facts_sha256"]
    assert Engine(counters=["架"]).provenance()["quantities_sha256"] != base["quantities_sha256"]
    rules_only = Engine(facts_model=None).provenance()
    assert rules_only["facts"] == "none" and rules_only["facts_sha256"] != base["facts_sha256"]


def test_provenance_digests_the_shipped_data_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Editing a shipped data file (rules.jsonl, labels.json...) changes the digest.
    package = tmp_path / "engine_digest_pkg"
    (package / "data").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "data" / "rules.jsonl").write_text('{"id": "a"}\n')
    (package / "code.py").write_text("X = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    before = _package_data("engine_digest_pkg")
    _package_data.cache_clear()
    (package / "code.py").write_text("X = 2\n")  # code is versioned with the library
    assert _package_data("engine_digest_pkg") == before
    _package_data.cache_clear()
    (package / "data" / "rules.jsonl").write_text('{"id": "b"}\n')
    assert _package_data("engine_digest_pkg") != before
    _package_data.cache_clear()


def test_rows_carry_the_engines_provenance(engine: Engine) -> None:
    row = engine.parse(TEXT).to_dict()
    assert row["models"] == engine.provenance() != Engine().provenance()
    unreadable = engine.parse(b"").to_dict()
    assert unreadable["errors"] and unreadable["models"] == engine.provenance()


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_batch_workers_run_the_callers_engine(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, method: str
) -> None:
    if method == "fork" and sys.platform != "linux":
        pytest.skip("fork is used on Linux only")
    monkeypatch.setattr(pool, "_start_method", lambda: method)
    paths = []
    for i in range(3):
        path = tmp_path / f"d{i}.txt"
        path.write_text(TEXT, encoding="utf-8")
        paths.append(str(path))
    rows = list(engine.annotate(paths, jobs=2))
    assert [r["source"] for r in rows] == paths
    for row in rows:
        assert not row["errors"], row["errors"]
        assert _hotline_fact(row["facts"])["rule"] == "user.hotline"
        assert row["models"] == engine.provenance()


def test_dask_workers_run_the_callers_engine(engine: Engine, tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    from govinfo_nlp.distributed import annotate_bag

    paths = []
    for i in range(2):
        path = tmp_path / f"d{i}.txt"
        path.write_text(TEXT, encoding="utf-8")
        paths.append(str(path))
    # The "processes" scheduler pickles each task into a spawned process.
    rows = annotate_bag(paths, partition_size=1, engine=engine).compute(scheduler="processes")
    assert [r["source"] for r in rows] == paths
    for row in rows:
        assert _hotline_fact(row["facts"])["rule"] == "user.hotline"
        assert row["models"] == engine.provenance()


@pytest.mark.usefixtures("fresh_default")
def test_rules_added_to_the_default_engine_reach_spawned_and_dask_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's case: add_rules, then annotate with jobs=2 (spawn) and on dask, no engine given."""
    import govinfo_nlp

    with pytest.deprecated_call():
        govinfo_nlp.add_rules(_rule_file(tmp_path, HOTLINE))
    monkeypatch.setattr(pool, "_start_method", lambda: "spawn")
    paths = []
    for i in range(2):
        path = tmp_path / f"d{i}.txt"
        path.write_text(TEXT, encoding="utf-8")
        paths.append(str(path))
    rows = list(govinfo_nlp.annotate(paths, jobs=2))
    if importlib.util.find_spec("dask") is not None:
        from govinfo_nlp.distributed import annotate_bag

        rows += annotate_bag(paths, partition_size=1).compute(scheduler="processes")
    assert len(rows) == (4 if importlib.util.find_spec("dask") else 2)
    for row in rows:
        assert _hotline_fact(row["facts"])["rule"] == "user.hotline"
        assert row["models"]["rules"] == "rules-v1+1user"


@pytest.mark.usefixtures("fresh_default")
def test_deprecated_module_functions_change_the_default_engine(tmp_path: Path) -> None:
    import govinfo_nlp
    from govinfo_nlp.quantities import add_counters, find_quantities, load_counters

    with pytest.deprecated_call():
        govinfo_nlp.add_rules(_rule_file(tmp_path, HOTLINE))
    assert _hotline_fact(parse(TEXT).to_dict()["facts"])["rule"] == "user.hotline"
    assert parse(TEXT).to_dict()["models"]["rules"] == "rules-v1+1user"
    with pytest.deprecated_call():
        add_counters(["架"])
    assert [q.text for q in find_quantities("3架")] == ["3架"]
    counters = tmp_path / "c.txt"
    counters.write_text("栋\n", encoding="utf-8")
    with pytest.deprecated_call():
        load_counters(counters)
    assert [q.text for q in find_quantities("3栋")] == ["3栋"]
    assert default_engine().rule_files == (str(tmp_path / "user.jsonl"),)
