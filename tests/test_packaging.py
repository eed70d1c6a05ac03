"""A plain `pip install .` must carry everything the library loads at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
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
    (wheel,) = out.glob("govinfo_nlp-*.whl")
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
