"""Export: tidy DataFrames from reports or rows; CSV / Parquet writers."""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import Any

import pytest

from govinfo_nlp.errors import GovinfoError, MissingExtra
from govinfo_nlp.export import DOCUMENT_COLUMNS, records, to_frame, write_csv, write_parquet

ROW: dict[str, Any] = {
    "id": "abc",
    "source": "r.txt",
    "template": "2019",
    "metadata": {"agency": "泰州市人民政府办公室", "year": 2020, "published": "2021-01-27"},
    "sections": [{"id": "overview", "start": 0, "end": 10}],
    "tables": {
        "t3.new.total": 64,
        "t3.denied.internal.natural": 0,
        "t2.procurement.amount": 3798.8854,
    },
    "checks": [
        {"id": "t3.balance.total", "holds": True, "fields": ["a", "b"]},
        {"id": "t4.total.review", "holds": False},
    ],
    "facts": [
        {
            "type": "requests.closed",
            "value": 65,
            "span": [5, 9],
            "quantity_span": [7, 9],
            "text": "办结65件",
            "explanation": ["rule a", "ctx b"],
        }
    ],
    "reconciliation": [
        {
            "fact": 0,
            "type": "requests.closed",
            "narrative": 65,
            "fields": ["t3.results_total.total"],
            "table": 65,
            "verdict": "consistent",
            "reason": "ok",
            "evidence": {"fact": [5, 9]},
            "absent": [],
        }
    ],
    "warnings": ["w"],
    "errors": [],
}


class FakeReport:
    def to_dict(self) -> dict[str, Any]:
        return ROW


def test_tables_kind_splits_field_ids() -> None:
    recs = list(records([ROW], "tables"))
    by_field = {r["field"]: r for r in recs}
    internal = by_field["t3.denied.internal.natural"]
    assert (internal["table"], internal["row"], internal["column"]) == (
        "t3",
        "denied.internal",
        "natural",
    )
    assert internal["agency"] == "泰州市人民政府办公室" and internal["year"] == 2020
    assert by_field["t2.procurement.amount"]["value"] == 3798.8854


def test_facts_kind_flattens_spans() -> None:
    (rec,) = records([FakeReport()], "facts")
    assert (rec["start"], rec["end"], rec["quantity_start"], rec["quantity_end"]) == (5, 9, 7, 9)
    assert rec["explanation"] == "rule a; ctx b" and rec["fact"] == 0 and rec["source"] == "r.txt"


def test_checks_and_reconciliation_kinds() -> None:
    checks = list(records([ROW], "checks"))
    assert [(c["check"], c["holds"]) for c in checks] == [
        ("t3.balance.total", True),
        ("t4.total.review", False),
    ]
    (rec,) = records([ROW], "reconciliation")
    assert rec["fields"] == "t3.results_total.total" and rec["verdict"] == "consistent"


def test_documents_kind_counts() -> None:
    (rec,) = records([ROW], "documents")
    assert list(rec) == list(DOCUMENT_COLUMNS)
    assert rec["n_checks_failed"] == 1 and rec["n_consistent"] == 1 and rec["n_facts"] == 1
    assert rec["t3.new.total"] == 64 and rec["t4.review.total"] is None


def test_unknown_kind_and_bad_input_raise() -> None:
    with pytest.raises(GovinfoError, match="unknown kind"):
        list(records([ROW], "nope"))
    with pytest.raises(GovinfoError, match="expected a Report"):
        list(records([42], "tables"))


def test_to_frame_mixed_inputs() -> None:
    pytest.importorskip("pandas")
    frame = to_frame([ROW, FakeReport()], kind="tables")
    assert len(frame) == 2 * len(ROW["tables"])
    assert set(frame.columns) >= {"id", "source", "agency", "year", "field", "value"}
    empty = to_frame([{"source": "x", "metadata": {}}], kind="facts")
    assert len(empty) == 0 and "source" in empty.columns


def test_to_frame_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtra, match=r"govinfo_nlp\[pandas\]"):
        to_frame([ROW])


def test_write_csv_streams_rows() -> None:
    out = io.StringIO()
    back = list(write_csv([ROW, ROW], out))
    assert len(back) == 2
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("id,source,agency,year,template")
    assert len(lines) == 3


def test_write_parquet_round_trip(tmp_path: Any) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    path = tmp_path / "o.parquet"
    assert write_parquet([ROW, {"source": "bad", "errors": ["read.empty: x"]}], path) == 2
    frame = pd.read_parquet(path)
    assert frame["t3.new.total"].tolist()[0] == 64.0
    assert pd.isna(frame["t3.new.total"].tolist()[1])
    assert frame["n_errors"].tolist() == [0, 1]


def test_write_parquet_without_pyarrow(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingExtra, match="parquet"):
        write_parquet([ROW], tmp_path / "x.parquet")


def test_to_frame_on_real_reports() -> None:
    pytest.importorskip("pandas")
    from conftest import seed_path

    from govinfo_nlp.pipeline import parse

    reports = [parse(seed_path(p)) for p in ("000", "002")]
    tables = to_frame(reports, kind="tables")
    cell = tables[tables["field"] == "t3.results_total.total"]
    assert cell["value"].tolist() == [65]
    recs = to_frame(reports, kind="reconciliation")
    assert set(recs["verdict"]) >= {"consistent", "unverifiable"}
    docs = to_frame(reports, kind="documents")
    assert docs["template"].tolist()[0] == "2019" and docs["template"].isna().tolist()[1]
    facts = to_frame(reports, kind="facts")
    assert (facts["end"] > facts["start"]).all()


# --- notices: a column of "documents" (the last: none moved) and a kind of their own ---

NOTICED: dict[str, Any] = {
    **ROW,
    "warnings": ["tables.unit_assumed: t2.procurement.amount '3' has no unit; 万元 assumed"],
    "errors": ["read.pdf_scanned: a.pdf: page(s) 3, 4 have no text layer (scanned)"],
    "notices": [
        {"level": "error", "code": "read.pdf_scanned", "message": "…", "page": 3},
        {"level": "warning", "code": "tables.unit_assumed", "message": "…", "field": "t2.x.y"},
    ],
}


def test_documents_carry_notices_after_the_old_columns() -> None:
    assert DOCUMENT_COLUMNS[-2:] == ("models", "notices")
    (rec,) = records([NOTICED], "documents")
    assert json.loads(rec["notices"]) == NOTICED["notices"]
    out = io.StringIO()
    list(write_csv([NOTICED], out))
    header, line = list(csv.reader(io.StringIO(out.getvalue())))
    assert header[-1] == "notices" and json.loads(line[-1])[0]["page"] == 3


def test_notices_kind_one_row_per_notice() -> None:
    got = [(r["level"], r["code"], r["field"], r["page"]) for r in records([NOTICED], "notices")]
    assert got == [
        ("error", "read.pdf_scanned", None, 3),
        ("warning", "tables.unit_assumed", "t2.x.y", None),
    ]


def test_a_row_without_notices_gets_them_from_its_strings() -> None:
    old = {k: v for k, v in NOTICED.items() if k != "notices"}
    got = list(records([old], "notices"))
    assert [(r["notice"], r["level"], r["code"]) for r in got] == [
        (0, "error", "read.pdf_scanned"),
        (1, "warning", "tables.unit_assumed"),
    ]
    assert got[0]["page"] == 3 and got[1]["field"] == "t2.procurement.amount"
    (rec,) = records([old], "documents")
    assert [n["code"] for n in json.loads(rec["notices"])] == [
        "read.pdf_scanned",
        "tables.unit_assumed",
    ]


def test_notices_in_frames_and_parquet(tmp_path: Any) -> None:
    pd = pytest.importorskip("pandas")
    frame = to_frame([NOTICED, ROW], kind="notices")
    assert frame["page"].dtype == "Int64" and frame["code"].tolist()[-1] == "w"
    pytest.importorskip("pyarrow")
    path = tmp_path / "n.parquet"
    write_parquet([NOTICED], path)
    (cell,) = pd.read_parquet(path)["notices"].tolist()
    assert json.loads(cell)[1]["field"] == "t2.x.y"
