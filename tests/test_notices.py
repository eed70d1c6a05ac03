"""Warnings and errors as structured codes: the same strings, with code, message, field, page."""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path

import pytest
from conftest import ROOT, seed_path

from govinfo_nlp import parse
from govinfo_nlp.notices import Notice
from govinfo_nlp.schema import ROW_KEYS

CASES = [
    (
        "field",
        "tables.unit_assumed: t2.procurement.amount '3985054' has no unit; 万元 assumed",
        ("tables.unit_assumed", "t2.procurement.amount '3985054' has no unit; 万元 assumed"),
        "t2.procurement.amount",
        None,
    ),
    (
        "metadata-key",
        "metadata.year_missing: no report year found",
        ("metadata.year_missing", "no report year found"),
        "metadata.year",
        None,
    ),
    (
        "page",
        "read.pdf_scanned: a.pdf: page(s) 3, 4 have no text layer",
        ("read.pdf_scanned", "a.pdf: page(s) 3, 4 have no text layer"),
        None,
        3,
    ),
    (
        "not-a-field",
        "tables.short_row: t4 has 14 cells for 15 columns",
        ("tables.short_row", "t4 has 14 cells for 15 columns"),
        None,
        None,
    ),
    ("stage", "facts.failed: ValueError: x", ("facts.failed", "ValueError: x"), None, None),
    ("bare-code", "read.empty", ("read.empty", ""), None, None),
    ("no-code", "Something odd", ("unknown", "Something odd"), None, None),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_string_splits_into_its_parts(case: tuple) -> None:
    _, text, (code, message), field, page = case
    notice = Notice.of(text)
    assert notice == text and str(notice) == text  # the old string, unchanged
    assert (notice.code, notice.message, notice.field, notice.page) == (code, message, field, page)
    assert pickle.loads(pickle.dumps(notice)).to_dict() == notice.to_dict()
    assert json.loads(json.dumps([notice])) == [text]


def test_a_stage_may_build_one_directly() -> None:
    notice = Notice("tables.negative", "t3.new.total is -1", field="t3.new.total")
    assert notice == "tables.negative: t3.new.total is -1"
    assert Notice.of(notice) is notice
    assert notice.to_dict() == {
        "code": "tables.negative",
        "message": "t3.new.total is -1",
        "field": "t3.new.total",
    }


def _documented_codes() -> str:
    return (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")


def test_report_entries_are_notices_and_rows_carry_them() -> None:
    report = parse(b"")
    assert report.errors and all(isinstance(e, Notice) for e in report.errors)
    row = report.to_dict()
    assert row["errors"] == [str(e) for e in report.errors]
    assert row["notices"] == [{"level": "error", **report.errors[0].to_dict()}]
    assert row["notices"][0]["code"] == "read.empty"


def test_every_code_on_the_samples_and_seeds_is_documented() -> None:
    docs = _documented_codes()
    paths = sorted((ROOT / "datasets" / "samples").glob("*.*"))
    paths = [p for p in paths if p.suffix in (".txt", ".html")]
    paths += [seed_path(f"00{i}") for i in range(5)]
    seen = set()
    for path in paths:
        row = parse(path).to_dict()
        assert [n["code"] + ": " + n["message"] for n in row["notices"]] == [
            *row["errors"],
            *row["warnings"],
        ]
        for n in row["notices"]:
            seen.add(n["code"])
            if "field" in n:
                assert n["field"] in n["message"] or n["code"].startswith("metadata.")
    assert seen, "the samples raise warnings (tables.missing, spam...)"
    undocumented = sorted(c for c in seen if f"`{c}`" not in docs)
    assert not undocumented, f"document these codes in docs/schema.md: {undocumented}"


def test_error_rows_of_the_batch_carry_notices(tmp_path: Path) -> None:
    from govinfo_nlp.batch.document import error_row

    row = error_row(str(tmp_path / "x.txt"), "worker.crashed", "the worker died")
    assert set(ROW_KEYS) <= set(row)
    assert row["notices"] == [
        {"level": "error", "code": "worker.crashed", "message": "the worker died"}
    ]
    assert re.match(r"worker\.crashed: ", row["errors"][0])
