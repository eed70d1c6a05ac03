"""Build and check a paraphrase selection set of set 1's source format (sets 2 to 7):
a document's text with every quantity marked inline ``⟦span|type flags⟧``, offsets
computed (``../paraphrase/build.py``, imported, not copied). Each set's ``build.py``
and ``validate.py`` run :func:`build` and :func:`validate_main` on its folder.

Two differences from set 1, applied to set 1's output row: ``doc`` names the set's
folder, and a document written freely (``#source free``, no excerpt behind it) says
so in its ``notes`` instead of naming a source.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
FREE = "written freely (no source excerpt)"


@cache
def set1_module(name: str) -> ModuleType:
    """A module of set 1's tooling (build, validate), loaded from its file."""
    path = HERE / "paraphrase" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"paraphrase_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_one(path: Path) -> tuple[str, dict]:
    text, row = set1_module("build").build_one(path)
    # the set is the folder above src/
    row["doc"] = f"corpus:heldout/{path.parent.parent.name}/{path.stem}.txt"
    row["notes"] = row["notes"].replace("paraphrase of reports/free.txt", FREE)
    return text, row


def build(folder: Path, pattern: str) -> int:
    """Build every source ``folder/src/<pattern>``: its documents and gold.jsonl."""
    result: int = set1_module("build").main(folder, pattern, build_one)
    return result


def problems(gold: Path, folder: Path) -> list[str]:
    """Set 1's checks (keys, types, scopes, spans vs surface, tables,
    delta/cumulative ⇒ other) of ``gold`` against the documents of ``folder``."""
    found: list[str] = set1_module("validate").problems(gold, folder)
    return found


def validate_main(argv: list[str], folder: Path) -> int:
    """``validate.py [--missed] [-v]`` of set 1, on ``folder``."""
    result: int = set1_module("validate").main(argv, folder)
    return result


def build_for(script: str, pattern: str) -> Callable[[], int]:
    """A set's ``main()``: its ``build.py`` (``script``) names its source pattern."""
    folder = Path(script).resolve().parent
    return lambda: build(folder, pattern)


def validation_for(script: str) -> tuple[Callable[..., list[str]], Callable[[list[str]], int]]:
    """A set's ``problems([gold.jsonl])`` and ``main(argv)``, for its ``validate.py``."""
    folder = Path(script).resolve().parent

    def set_problems(gold: Path | None = None) -> list[str]:
        return problems(gold or folder / "gold.jsonl", folder)

    def set_main(argv: list[str]) -> int:
        return validate_main(argv, folder)

    return set_problems, set_main
