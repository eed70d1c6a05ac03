"""The one loader of the library's data files (govinfo_nlp/datafiles.py): a missing
or broken file is one DataFileError naming it, every module reads through it, and
importing a module reads no file."""

from __future__ import annotations

import ast
import json
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from govinfo_nlp import datafiles
from govinfo_nlp.crossyear import jump_rule
from govinfo_nlp.errors import DataFileError, GovinfoError

PACKAGE = Path(datafiles.__file__).resolve().parent


@pytest.fixture
def package_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the package's data folder that the loader reads instead (to break files in)."""
    shutil.copytree(PACKAGE / "data", tmp_path / "data")
    monkeypatch.setattr(datafiles, "_root", lambda: tmp_path)
    return tmp_path


def test_a_shipped_file_is_read() -> None:
    assert datafiles.load_json("data/crossyear.json")["ratio"] > 1
    assert "件" in datafiles.read_text("quantities/counters.txt").splitlines()


@pytest.mark.parametrize("load", [datafiles.read_text, datafiles.load_json])
def test_a_missing_file_is_named(load: object) -> None:
    with pytest.raises(DataFileError, match=r"^govinfo_nlp/data/no_such\.json: cannot read"):
        load("data/no_such.json")  # type: ignore[operator]


def test_broken_json_is_named_with_its_line(package_copy: Path) -> None:
    (package_copy / "data" / "crossyear.json").write_text('{\n  "ratio": 5.0,\n}', "utf-8")
    with pytest.raises(DataFileError, match=r"^govinfo_nlp/data/crossyear\.json:3:1: invalid JSON"):
        datafiles.load_json("data/crossyear.json")


def test_a_file_that_is_not_utf8_is_named(package_copy: Path) -> None:
    (package_copy / "data" / "invisible.txt").write_bytes("# 说明\n".encode("gb18030"))
    with pytest.raises(DataFileError, match=r"^govinfo_nlp/data/invisible\.txt: not UTF-8"):
        datafiles.read_text("data/invisible.txt")


def test_a_stage_reports_its_broken_file(package_copy: Path) -> None:
    # crossyear's jump rule, read on first use, says which file is broken
    (package_copy / "data" / "crossyear.json").write_text("{", "utf-8")
    jump_rule.cache_clear()
    try:
        with pytest.raises(GovinfoError, match=r"govinfo_nlp/data/crossyear\.json:1:2"):
            jump_rule()
    finally:
        jump_rule.cache_clear()
    assert json.loads((PACKAGE / "data" / "crossyear.json").read_text("utf-8"))["floor"] > 0


# Modules that may open package files themselves: the loader, and the model and
# digest code, which read models/ and hash whole folders (not data to parse).
_OWN_READERS = {"datafiles.py", "engine.py", "facts/model.py", "tokens/__init__.py"}


def test_every_module_reads_its_data_through_the_loader() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if name in _OWN_READERS:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "files":
                offenders.append(f"{name}:{node.lineno}")
            if isinstance(node, ast.ImportFrom) and (
                node.module == "importlib.resources"
                or (node.module == "importlib" and any(a.name == "resources" for a in node.names))
            ):
                offenders.append(f"{name}:{node.lineno}")
    assert not offenders, f"read package data with govinfo_nlp.datafiles: {offenders}"


_READS_AT_IMPORT = """
import sys
from govinfo_nlp import datafiles
read = []
original = datafiles.read_text
def recording(name):
    read.append(name)
    return original(name)
datafiles.read_text = recording
import importlib
for module in sys.argv[1:]:
    importlib.import_module(module)
print("\\n".join(read))
"""


def _read_at_import(*modules: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", _READS_AT_IMPORT, *modules],
        capture_output=True,
        text=True,
        check=True,
        cwd=PACKAGE.parent,
    )
    return out.stdout.split()


def _modules() -> list[str]:
    import govinfo_nlp

    return [m.name for m in pkgutil.walk_packages(govinfo_nlp.__path__, "govinfo_nlp.")]


def test_importing_a_module_reads_no_file() -> None:
    # crossyear's jump rule, normalize's invisible characters, the tables' header words
    modules = _modules()
    assert {
        "govinfo_nlp.crossyear",
        "govinfo_nlp.normalize",
        "govinfo_nlp.tables.grid",
        "govinfo_nlp.reconcile.words",
    } <= set(modules)
    assert _read_at_import(*modules) == []
