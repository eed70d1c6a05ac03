"""The red team's whole pages, metadata and verdict traps (datasets/redteam/whole).

Each case is scored by the set's own ``check.py`` against its truth: agency,
year, region, level, kind, template, every cell (none wrong, none missing
unless listed unread), and no ``inconsistent`` verdict that is not a
like-for-like claim of the agency for the report year. Known limits are strict
xfails naming why.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, load_module, with_known_limits

from govinfo_nlp import parse

WHOLE = ROOT / "datasets" / "redteam" / "whole"
check = load_module("whole_check", WHOLE / "check.py")

KNOWN: dict[str, str] = {}
CASES = sorted(p.name for p in WHOLE.iterdir() if p.suffix == ".html")


@pytest.mark.parametrize("name", with_known_limits(CASES, KNOWN))
def test_whole_page_case(name: str) -> None:
    assert check.score(WHOLE / name) == []


def test_every_case_has_its_truth_and_a_manifest_line() -> None:
    manifest = (WHOLE / "MANIFEST.md").read_text(encoding="utf-8")
    assert len(CASES) >= 20
    for name in CASES:
        assert (WHOLE / name).with_suffix(".truth.json").is_file()
        assert f"| {name} |" in manifest


def test_the_scorer_catches_a_wrong_agency(tmp_path: Path) -> None:
    # the scorer is not vacuous: a page whose truth names another agency fails
    page = tmp_path / "x.html"
    page.write_bytes((WHOLE / "w01_cms_utf8.html").read_bytes())
    truth = (WHOLE / "w01_cms_utf8.truth.json").read_text(encoding="utf-8")
    page.with_suffix(".truth.json").write_text(
        truth.replace("涪城区卫生", "游仙区卫生", 1), "utf-8"
    )
    assert any(problem.startswith("agency") for problem in check.score(page))


@pytest.mark.parametrize(
    ("title", "scope", "verdict"),
    [
        # a department's report naming the government office: another agency's count
        ("绵阳市涪城区卫生健康局", "unknown", "not_comparable"),
        # the office's own report: its own count, compared with its table
        ("绵阳市涪城区人民政府办公室", "self", "inconsistent"),
    ],
)
def test_a_government_office_named_in_a_department_report_is_another_agency(
    title: str, scope: str, verdict: str
) -> None:
    table = (WHOLE / "v01_traps.html").read_text("utf-8")
    assert "区政府办公室全年收到政府信息公开申请40件" in table
    row = parse(table.replace("绵阳市涪城区卫生健康局", title)).to_dict()
    (fact,) = [f for f in row["facts"] if f["value"] == 40]
    assert fact["scope"] == scope
    (claim,) = [c for c in row["reconciliation"] if c["narrative"] == 40]
    assert claim["verdict"] == verdict


def test_a_government_office_the_agency_acts_on_leaves_the_count_its_own() -> None:
    text = (
        "绵阳市涪城区卫生健康局2022年政府信息公开工作年度报告\n一、总体情况\n"
        "全年向区政府办公室报送主动公开文件45件。\n"
    )
    (fact,) = parse(text).to_dict()["facts"]
    assert (fact["value"], fact["scope"]) == (45, "self")


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # petitions or reports are not disclosure applications, whatever their type
        ("办结信访举报40件。", "not_comparable"),
        ("受理信访举报40件。", "not_comparable"),
        # applications are still compared (the table says 13)
        ("办结政府信息公开申请40件。", "inconsistent"),
    ],
)
def test_a_count_of_petitions_is_never_compared_with_the_applications(
    sentence: str, verdict: str
) -> None:
    page = (WHOLE / "v01_traps.html").read_text("utf-8")
    row = parse(page.replace("区政府办公室全年收到政府信息公开申请40件。", sentence)).to_dict()
    verdicts = [c["verdict"] for c in row["reconciliation"] if c["narrative"] == 40]
    if verdict == "not_comparable":
        # a petition count is never judged against table 三: reconcile refuses it, or
        # the facts stage did not read it as applications at all (petitions handled
        # are opinion.responses, received ones other: nothing to compare)
        assert set(verdicts) <= {"not_comparable"}, verdicts
    else:
        assert verdicts == [verdict]
