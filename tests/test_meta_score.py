"""The shared metadata scorer (datasets/redteam/meta_score.py): meta12 and meta16 run it
on their folders, and any folder with a ``meta.jsonl`` in meta16's truth format is
scored by naming it (``--dir``), its pages beside the truth file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, load_module

REDTEAM = ROOT / "datasets" / "redteam"
meta_score = load_module("meta_score", REDTEAM / "meta_score.py")


def _truth(name: str) -> dict:
    rows = (REDTEAM / "meta16" / "truth.jsonl").read_text("utf-8").splitlines()
    return next(json.loads(r) for r in rows if r and json.loads(r)["file"] == name)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A facts set's layout: pages beside meta.jsonl (no pages/ folder)."""
    shutil.copy(REDTEAM / "meta16" / "pages" / "q02.txt", tmp_path / "p01.txt")
    row = {**_truth("q02.txt"), "file": "p01.txt"}
    (tmp_path / "meta.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", "utf-8")
    return tmp_path


def test_a_folder_with_meta_jsonl_is_scored(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert meta_score.problems(folder, "p01") == []
    assert meta_score.main(argv=["--dir", str(folder), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["probes"] is None
    pages = counts["pages"]
    assert (pages["a_right"], pages["y_right"], pages["w_right"]) == (1, 1, 1)


def test_a_wrong_truth_is_reported(folder: Path) -> None:
    row = {**_truth("q02.txt"), "file": "p01.txt", "agency": "济南市财政局", "year": 2019}
    (folder / "meta.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", "utf-8")
    found = meta_score.problems(folder, "p01")
    assert any("agency WRONG: 济南市统计局" in p for p in found), found
    assert any("year WRONG: 2021" in p for p in found), found


def test_a_folder_without_truth_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        meta_score.main(argv=["--dir", str(tmp_path)])


def test_a_set_written_with_prefix_variants_counts_them_right(folder: Path) -> None:
    # meta11's rule, folded in: the truth with its province prefix added is right only
    # where the set asks for it, and counted apart
    row = {**_truth("q02.txt"), "file": "p01.txt", "agency": "山东省济南市统计局"}
    row["region"] = {"province": "山东省", "city": "济南市"}
    (folder / "meta.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", "utf-8")
    assert any("agency WRONG" in p for p in meta_score.problems(folder, "p01"))
    assert meta_score.problems(folder, "p01", prefix_variants=True) == []
    counts = meta_score.score_pages(folder, [], prefix_variants=True)
    assert (counts["a_right"], counts["a_variant"], counts["a_wrong"]) == (1, 1, 0)


def test_a_claim_without_a_snippet_owns_the_rows_of_its_type_and_value() -> None:
    # meta11's probes (type, value), scored by meta_score.py through meta11/score.py
    meta11 = load_module("meta11_score", REDTEAM / "meta11" / "score.py")
    rows = [
        json.loads(r)
        for r in (REDTEAM / "meta11" / "probes_truth.jsonl").read_text("utf-8").splitlines()
        if r
    ]
    assert all("text" not in c for t in rows for c in t["claims"])
    counts = meta_score.score_probes(REDTEAM / "meta11", [], rows[:1])
    assert counts["bad"] == 1 and counts["bad_found"] == 1
    assert meta11.problems("v01") == []


@pytest.mark.parametrize(
    ("name", "as_written"),
    [("meta12", False), ("meta16", True), ("meta18", True)]
    + [
        (name, True)
        for name in (
            "meta24",
            "meta25",
            "meta26",
            "meta27",
            "meta28",
            "meta29",
            "meta30",
            "red27",
            "red28",
            "red29",
        )
    ],
)
def test_a_red_team_rewrites_its_pages_and_truth_byte_for_byte(
    tmp_path: Path, name: str, as_written: bool
) -> None:
    # its build_pages.py keeps the pages; datasets/redteam/meta_pages.py writes them
    build = load_module(f"{name}_build_pages", REDTEAM / name / "build_pages.py")
    meta_pages = load_module("meta_pages", REDTEAM / "meta_pages.py")
    meta_pages.write_pages(tmp_path, build.PAGES, as_written=as_written)
    here = REDTEAM / name
    assert (tmp_path / "truth.jsonl").read_bytes() == (here / "truth.jsonl").read_bytes()
    written = sorted(p.name for p in (tmp_path / "pages").iterdir())
    assert written == sorted(p.name for p in (here / "pages").iterdir())
    for page in written:
        assert (tmp_path / "pages" / page).read_bytes() == (here / "pages" / page).read_bytes()


def test_meta10s_truth_rows_are_read_in_meta16s_format() -> None:
    # the scorer crashed on meta10 (KeyError 'region': its rows predate meta16's format)
    rows = meta_score.load_rows(REDTEAM / "meta10" / "truth.jsonl")
    assert all({"agency", "accept", "region", "level", "kind", "year"} <= set(r) for r in rows)
    by_file = {r["file"]: r for r in rows}
    customs = by_file["m02_customs.txt"]  # doubt: level and region
    assert (customs["agency"], customs["region"], customs["level"]) == ("南京海关", {}, None)
    assert by_file["m28_unnamed.txt"]["agency"] is None  # the page names no agency
    tax = by_file["m01_tax_district.html"]
    assert tax["region"] == {"province": "江苏省", "city": "扬州市", "county": "江都区"}
    assert meta_score.problems(REDTEAM / "meta10", "m01_tax_district") == []
