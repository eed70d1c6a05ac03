"""The facts bound (Limits.max_facts): hostile prose stating a fact a few characters
apart is read up to the bound, the rest named, never gigabytes of facts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from govinfo_nlp import Limits, parse
from govinfo_nlp.cli import main

HEAD = "某县财政局2022年政府信息公开工作年度报告\n一、总体情况\n"
CLAIM = "收到申请5件。"


def _limit_warnings(row: dict[str, Any]) -> list[str]:
    return [w for w in row["warnings"] if w.startswith("facts.limit")]


def test_over_the_bound_the_first_facts_are_kept_and_the_rest_named() -> None:
    text = HEAD + CLAIM * 12
    row = parse(text, limits=Limits(max_facts=5)).to_dict()
    assert [f["value"] for f in row["facts"]] == [5] * 5
    (warning,) = _limit_warnings(row)
    sixth = text.index(CLAIM) + 5 * len(CLAIM) + CLAIM.index("5")
    assert f"offset {sixth} on" in warning
    assert row["facts"][-1]["quantity_span"][0] < sixth


@pytest.mark.parametrize("n", [1, 4, 5])
def test_at_or_under_the_bound_every_fact_is_read_without_a_warning(n: int) -> None:
    row = parse(HEAD + CLAIM * n, limits=Limits(max_facts=5)).to_dict()
    assert len(row["facts"]) == n
    assert _limit_warnings(row) == []


def test_the_cli_takes_the_bound(tmp_path: Path) -> None:
    src = tmp_path / "r.txt"
    src.write_text(HEAD + CLAIM * 9, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(src), "-o", str(out), "--max-facts", "3", "-q"]) == 0
    (row,) = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(row["facts"]) == 3
    assert _limit_warnings(row)


def test_the_bound_is_a_positive_int() -> None:
    with pytest.raises(ValueError):
        Limits(max_facts=0)
