"""Build the second paraphrase selection set: src/qNN.ann -> qNN.txt + gold.jsonl.

The source format and the surface parser are set 1's (``../paraphrase/build.py``,
imported, not copied): a document's text with every quantity marked inline
``⟦span|type flags⟧``, offsets computed. Two differences, applied to set 1's
output row: ``doc`` names this folder, and a document written freely
(``#source free``, no excerpt behind it) says so in its ``notes`` instead of
naming a source.

Usage: python datasets/heldout/paraphrase2/build.py
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
FREE = "written freely (no source excerpt)"


@cache
def set1_module(name: str) -> ModuleType:
    """A module of set 1's tooling (build, validate), loaded from its file."""
    path = HERE.parent / "paraphrase" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"paraphrase_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_one(path: Path) -> tuple[str, dict]:
    text, row = set1_module("build").build_one(path)
    # the set is the folder above src/ (set 3, ../paraphrase3, builds through this function)
    row["doc"] = f"corpus:heldout/{path.parent.parent.name}/{path.stem}.txt"
    row["notes"] = row["notes"].replace("paraphrase of reports/free.txt", FREE)
    return text, row


def main() -> int:
    return set1_module("build").main(HERE, "q*.ann", build_one)


if __name__ == "__main__":
    sys.exit(main())
