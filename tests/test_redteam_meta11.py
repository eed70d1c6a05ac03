"""The meta11 red team (written blind, session 11): every page's metadata and every
probe's verdicts as its truth says.

Pages: agency and year right (a null only where the page names none), region,
level and kind where the truth gives them. Probes: true contradictions read
``inconsistent``, traps never. Known limits are strict xfails naming why.
"""

from __future__ import annotations

import importlib.util
import json

import pytest
from conftest import ROOT

META11 = ROOT / "datasets" / "redteam" / "meta11"
_spec = importlib.util.spec_from_file_location("meta11_score", META11 / "score.py")
assert _spec is not None and _spec.loader is not None
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

KNOWN = {
    "v11": "全年收到13件 after 上半年…6件 and 第四季度办结…5件 in one sentence gets no fact of its own "
    "(the subject is elided): no verdict, never an accusation",
}
CASES = [
    json.loads(line)["id"]
    for name in ("truth.jsonl", "probes_truth.jsonl")
    for line in (META11 / name).read_text(encoding="utf-8").splitlines()
    if line
]


def _case(name: str) -> object:
    if name in KNOWN:
        return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=KNOWN[name]))
    return name


@pytest.mark.parametrize("name", [_case(n) for n in CASES])
def test_meta11_case(name: str) -> None:
    assert score.problems(name) == []
