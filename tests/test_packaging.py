"""A plain `pip install .` must carry everything the library loads at run time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
        ],
        check=True,
    )
    (built,) = out.glob("govinfo_nlp-*.whl")
    return built


@pytest.fixture(scope="module")
def wheel_names(wheel: Path) -> list[str]:
    return zipfile.ZipFile(wheel).namelist()


def test_wheel_has_every_model_file(wheel_names: list[str]) -> None:
    shipped = {n for n in wheel_names if n.startswith("govinfo_nlp/models/")}
    on_disk = {
        "govinfo_nlp/models/" + p.relative_to(ROOT / "models").as_posix()
        for p in (ROOT / "models").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert on_disk, "models/ is empty"
    assert on_disk <= shipped, sorted(on_disk - shipped)


def test_wheel_has_every_package_data_file(wheel_names: list[str]) -> None:
    package = ROOT / "govinfo_nlp"
    data = {
        p.relative_to(ROOT).as_posix()
        for p in package.rglob("*")
        if p.is_file() and p.suffix in {".json", ".jsonl", ".txt", ".tsv", ".css", ".js", ".typed"}
    }
    assert "govinfo_nlp/py.typed" in data
    assert data <= set(wheel_names), sorted(data - set(wheel_names))


def test_wheel_has_every_module(wheel_names: list[str]) -> None:
    # a new subpackage must be listed in pyproject's packages, or it is left out
    modules = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "govinfo_nlp").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert {"govinfo_nlp/batch/pool.py", "govinfo_nlp/view/page.py"} <= modules
    assert modules <= set(wheel_names), sorted(modules - set(wheel_names))


def test_training_tools_are_not_installed(wheel_names: list[str]) -> None:
    assert not [n for n in wheel_names if n.startswith("govinfo_nlp_dev/")]
    runtime = {n for n in wheel_names if n.endswith(".py")}
    for gone in ("facts/train.py", "facts/evaluate.py", "facts/gold.py", "tokens/train.py"):
        assert f"govinfo_nlp/{gone}" not in runtime


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The wheel installed on its own (no checkout on the path): the environment to run it in."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), wheel],
        check=True,
    )
    return {**os.environ, "PYTHONPATH": str(target), "PYTHONSAFEPATH": "1"}


def _run(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=600
    )


@pytest.mark.parametrize(
    "command",
    [
        ["train", "facts"],
        ["train", "segmenter"],
        ["evaluate", "facts"],
        ["evaluate", "segmenter"],
        ["annotate", "absent.txt"],
        ["crosscheck", "absent.jsonl"],
        ["render", "absent.txt", "-o", "x.html"],
    ],
)
def test_installed_commands_never_print_a_traceback(
    installed: dict[str, str], tmp_path: Path, command: list[str]
) -> None:
    done = _run(installed, tmp_path, "-m", "govinfo_nlp", *command)
    assert done.returncode in (1, 2), done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    if command[0] in ("train", "evaluate"):
        assert "source checkout" in done.stderr


def test_installed_entry_points_reload_a_saved_pipeline(
    installed: dict[str, str], tmp_path: Path
) -> None:
    # Saved here with load(); reloaded in a fresh process that imports nothing
    # of ours: spaCy finds both components through the installed entry points.
    import govinfo_nlp

    texts = ["全年共办结依申请公开65件，其中予以公开46.72%。", "收到申请1200余条(次)。"]
    nlp = govinfo_nlp.load()
    nlp.add_pipe("govinfo_facts")
    nlp.to_disk(tmp_path / "pipeline")
    expected = [[t.text for t in nlp(text)] for text in texts]
    script = (
        "import json, sys, spacy; nlp = spacy.load(sys.argv[1]);"
        "print(json.dumps([nlp.pipe_names, [[t.text for t in nlp(x)] for x in sys.argv[2:]]]))"
    )
    done = _run(installed, tmp_path, "-c", script, str(tmp_path / "pipeline"), *texts)
    assert done.returncode == 0, done.stderr
    names, tokens = json.loads(done.stdout)
    assert names == ["govinfo_merge_quantities", "govinfo_facts"]
    assert tokens == expected
