"""The written facts sets' shared tooling (datasets/heldout/written_build.py,
written_validate.py): each set's build.py rebuilds its pages and gold.jsonl byte for
byte from its sources, and its validate.py finds no problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT, load_module

HELDOUT = ROOT / "datasets" / "heldout"
# each set's source pattern and whether its markers run across lines (its build.py's arguments)
SETS = {
    "paraphrase8": ("z*.ann", False),
    "paraphrase9": ("b*.ann", False),
    "paraphrase10": ("c*.ann", True),
}


@pytest.mark.parametrize("name", SETS)
def test_a_set_rebuilds_byte_for_byte(tmp_path: Path, name: str) -> None:
    here = HELDOUT / name
    copy = tmp_path / name
    shutil.copytree(here / "src", copy / "src")
    pattern, wraps = SETS[name]
    written_build = load_module("written_build", HELDOUT / "written_build.py")
    written_build.build(copy, pattern, wraps=wraps)
    assert (copy / "gold.jsonl").read_bytes() == (here / "gold.jsonl").read_bytes()
    pages = sorted(p.name for p in copy.glob("*.txt"))
    assert len(pages) == 40
    for page in pages:
        assert (copy / page).read_bytes() == (here / page).read_bytes(), page


def test_set_10s_functions_take_another_folder(tmp_path: Path) -> None:
    # the sets after 10 call its main()/problems() with their folder and pattern
    here = HELDOUT / "paraphrase10"
    copy = tmp_path / "paraphrase99"
    (copy / "src").mkdir(parents=True)
    for src in sorted((here / "src").glob("c0[1-3].ann")):
        shutil.copy(src, copy / "src" / src.name.replace("c", "x"))
    build = load_module("paraphrase10_build", here / "build.py")
    validate = load_module("paraphrase10_validate", here / "validate.py")
    assert build.main(copy, "x*.ann") == 0
    assert (copy / "x01.txt").read_bytes() == (here / "c01.txt").read_bytes()
    assert '"doc": "corpus:heldout/paraphrase99/x01.txt"' in (copy / "gold.jsonl").read_text(
        "utf-8"
    )
    assert validate.problems(here=copy, pattern="x*.ann") == []
