"""benchmarks/profile_pipeline.py: every stage it reports names a function that does it."""

from __future__ import annotations

import ast
from types import ModuleType

from conftest import ROOT, load_module


def _script() -> ModuleType:
    return load_module("profile_pipeline", ROOT / "benchmarks" / "profile_pipeline.py")


def _functions(file: str) -> set[str]:
    tree = ast.parse((ROOT / "govinfo_nlp" / file).read_text("utf-8"))
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }


def test_every_stage_names_a_function_of_its_file() -> None:
    # a function renamed or moved would read as a 0 % stage, not as an error
    for label, file, name in _script().STAGES:
        assert name in _functions(file), (label, file, name)


def test_a_stage_is_the_cumulative_time_of_its_function_in_its_file_only() -> None:
    script = _script()
    stats = {
        ("/x/govinfo_nlp/facts/extractor.py", 10, "_decide"): (1, 1, 0.1, 2.0, {}),
        ("/x/govinfo_nlp/tables/extractor.py", 10, "_decide"): (1, 1, 0.1, 5.0, {}),
        ("/x/govinfo_nlp/facts/extractor.py", 90, "_decided"): (1, 1, 0.1, 7.0, {}),
    }
    assert script._cumulative(stats, "facts/extractor.py", "_decide") == 2.0
