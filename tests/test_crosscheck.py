"""Corpus mode: cross-year checks (SCHEMA §2) and year-on-year jumps."""

from __future__ import annotations

from typing import Any

import pytest

from govinfo_nlp.batch import ANOMALY_FLOOR, crosscheck, normalize_agency


def row(
    agency: str, year: int, template: str = "2019", source: str | None = None, **cells: float
) -> dict[str, Any]:
    return {
        "source": source or f"{agency}-{year}",
        "template": template,
        "metadata": {"agency": agency, "year": year},
        "tables": {k.replace("__", "."): v for k, v in cells.items()},
    }


def ids(result: Any) -> list[tuple[str, bool]]:
    return [(c.id, c.holds) for c in result.checks]


def test_carry_holds_and_fails_per_column() -> None:
    rows = [
        row("泰州市财政局", 2020, t3__carried_out__total=4, t3__carried_out__natural=4),
        row("泰州市财政局", 2021, "2021", t3__carried_in__total=4, t3__carried_in__natural=3),
    ]
    result = crosscheck(rows)
    assert ids(result) == [("t3.carry.natural", False), ("t3.carry.total", True)]
    check = result.checks[1]
    assert check.years == (2020, 2021) and check.lhs == 4 and check.rhs == 4
    assert check.sources == ("泰州市财政局-2020", "泰州市财政局-2021")


def test_prev_change_only_between_2019_templates() -> None:
    a = row(
        "泰州市海陵区民政局",
        2019,
        t2__license__prev=5,
        t2__license__change=1,
        t2__penalty__prev=0,
        t2__penalty__change=2,
    )
    b = row("泰州市海陵区民政局", 2020, t2__license__prev=6, t2__penalty__prev=3)
    c = row("泰州市海陵区民政局", 2021, "2021", t2__license__decisions=4)
    result = crosscheck([c, b, a])  # order of rows does not matter
    assert ids(result) == [("t2.prev_change.license", True), ("t2.prev_change.penalty", False)]
    assert result.checks[1].lhs == 2 and result.checks[1].rhs == 3


def test_agency_names_are_normalised_for_grouping() -> None:
    assert normalize_agency("泰州市人民政府辦公室") == normalize_agency(" 泰州市人民政府办公室")
    rows = [
        row("泰州市人民政府辦公室", 2019, t3__carried_out__total=2),
        row("泰州市人民政府办公室 ", 2020, t3__carried_in__total=2),
    ]
    result = crosscheck(rows)
    assert result.agencies == 1 and ids(result) == [("t3.carry.total", True)]


def test_gaps_duplicates_and_missing_metadata_are_skipped() -> None:
    rows = [
        row("沛县统计局", 2019, t3__carried_out__total=1),
        row("沛县统计局", 2021, t3__carried_in__total=9),
        row("沛县统计局", 2021, source="dup", t3__carried_in__total=9),
        {"source": "nometa", "metadata": {}, "tables": {}},
    ]
    result = crosscheck(rows)
    assert result.checks == ()
    reasons = [s["reason"] for s in result.skipped]
    assert "unresolved: no agency name" in reasons
    assert any(r.startswith("duplicate report") for r in reasons)
    assert "years not consecutive" in reasons
    assert result.reports == 2


@pytest.mark.parametrize(
    ("before", "after", "flagged"),
    [
        pytest.param(10, 100, True, id="10x-up"),
        pytest.param(100, 10, True, id="10x-down"),
        pytest.param(100, 480, False, id="4.8x"),
        pytest.param(3, 19, False, id="tiny-below-floor"),
        pytest.param(0, ANOMALY_FLOOR, True, id="from-zero"),
        pytest.param(0, 0, False, id="zeros"),
    ],
)
def test_year_on_year_jumps(before: int, after: int, flagged: bool) -> None:
    rows = [
        row("绵阳市审计局", 2020, t3__new__total=before),
        row("绵阳市审计局", 2021, t3__new__total=after),
    ]
    result = crosscheck(rows)
    assert bool(result.anomalies) is flagged
    if flagged:
        assert result.anomalies[0].field == "t3.new.total"
        assert result.anomalies[0].values == (before, after)


def test_result_to_dict_and_format() -> None:
    rows = [
        row("泰州市财政局", 2020, t3__carried_out__total=4),
        row("泰州市财政局", 2021, t3__carried_in__total=5),
    ]
    result = crosscheck(rows)
    d = result.to_dict()
    assert d["failed"] == 1 and d["agencies"] == 1 and d["reports"] == 2
    assert d["checks"][0]["fields"] == ["2021:t3.carried_in.total", "2020:t3.carried_out.total"]
    text = result.format()
    assert "泰州市财政局" in text and "2020-2021" in text and "NO" in text


def test_a_break_resting_on_a_derived_cell_is_not_reported() -> None:
    # 2020's carried_out.total was worked out from the row's sums (it may stand
    # for a blank cell): a break on it is no evidence; a chain it confirms is kept
    a = row("泰州市财政局", 2020, t3__carried_out__total=4, t3__carried_out__natural=4)
    a["tables_derived"] = ["t3.carried_out.total"]
    b = row("泰州市财政局", 2021, "2021", t3__carried_in__total=5, t3__carried_in__natural=4)
    assert ids(crosscheck([a, b])) == [("t3.carry.natural", True)]
    b["tables"]["t3.carried_in.total"] = 4
    assert ids(crosscheck([a, b])) == [("t3.carry.natural", True), ("t3.carry.total", True)]
    a["tables_derived"] = []
    b["tables"]["t3.carried_in.total"] = 5
    assert ids(crosscheck([a, b])) == [("t3.carry.natural", True), ("t3.carry.total", False)]


def test_a_break_resting_on_a_placed_cell_is_not_reported() -> None:
    # 2021's 上年结转 was given its label by position (a label wrapped around its
    # numbers in a text layer: tables_placed); it may be the next row's numbers, so
    # it confirms a chain but never breaks one (panel21: 船山区, 雁江区)
    a = row("泰州市财政局", 2020, t3__carried_out__total=4, t3__carried_out__natural=4)
    b = row("泰州市财政局", 2021, "2021", t3__carried_in__total=6, t3__carried_in__natural=4)
    b["tables_placed"] = ["t3.carried_in.total", "t3.carried_in.natural"]
    assert ids(crosscheck([a, b])) == [("t3.carry.natural", True)]
    # the earlier report's placed 结转下年度 likewise
    b["tables_placed"], a["tables_placed"] = [], ["t3.carried_out.total"]
    assert ids(crosscheck([a, b])) == [("t3.carry.natural", True)]
    a["tables_placed"] = []
    assert ids(crosscheck([a, b])) == [("t3.carry.natural", True), ("t3.carry.total", False)]


def test_a_break_on_a_cell_two_reports_of_the_year_dispute_is_not_reported() -> None:
    # 2021 saved twice: the first issue and a corrected re-issue whose 结转下年度 is
    # 2 higher; 2022 follows the correction. Which 2021 is right is not known, so
    # a break with the one chosen is no evidence (panel21: 江阳区 2021 更正)
    first = row("泸州市江阳区人民政府", 2021, "2021", "a.html", t3__carried_out__total=7)
    first["tables"]["t3.carried_out.natural"] = 7
    again = row("泸州市江阳区人民政府", 2021, "2021", "b.html", t3__carried_out__total=9)
    again["tables"]["t3.carried_out.natural"] = 9
    later = row("泸州市江阳区人民政府", 2022, "2021", "c.html", t3__carried_in__total=9)
    later["tables"]["t3.carried_in.natural"] = 9
    assert crosscheck([first, again, later]).checks == ()
    # two copies that agree still break the chain
    again["tables"] = dict(first["tables"])
    assert ids(crosscheck([first, again, later])) == [
        ("t3.carry.natural", False),
        ("t3.carry.total", False),
    ]
