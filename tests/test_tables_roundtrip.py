"""Round trips through the synthetic report generator: render → parse → compare.

Clean tables in every layout, both templates and both scripts parse back to
exactly the generated values. With a fault injected, every value read is
still the generated one (a missing value is allowed, a wrong one is not),
and the fault is reported by the right warning or failing check.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

generator = pytest.importorskip(
    "govinfo_nlp_dev.synthetic.generator",
    reason="govinfo_nlp_dev/synthetic/generator.py not available",
)

from govinfo_nlp.normalize import normalize  # noqa: E402
from govinfo_nlp.read import read  # noqa: E402
from govinfo_nlp.tables import TablesResult, parse_tables  # noqa: E402

LAYOUTS = generator.LAYOUTS
TABLE_FAULTS = (
    "dropped_cell",
    "extra_cell",
    "wrong_total",
    "blank_cells",
    "blank_total_column",
    "dropped_empty_cells",
)
SEEDS = st.integers(min_value=0, max_value=10**6)
SETTINGS = settings(
    max_examples=15, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


def _parse(report: object) -> TablesResult:
    doc = read(report.text, format="html" if report.format == "html" else None)  # type: ignore[attr-defined]
    return parse_tables(normalize(doc), html_tables=doc.html_tables, year=report.year)  # type: ignore[attr-defined]


@pytest.mark.parametrize("template", ["2019", "2021"])
@pytest.mark.parametrize("layout", LAYOUTS)
@SETTINGS
@given(seed=SEEDS, traditional=st.booleans())
def test_clean_tables_parse_back_exactly(
    layout: str, template: str, seed: int, traditional: bool
) -> None:
    report = generator.generate_report(
        seed,
        template=template,
        layout=layout,
        script="traditional" if traditional else "simplified",
    )
    result = _parse(report)
    assert result.template == template
    assert result.to_dict() == report.truth
    assert all(check.holds for check in result.checks)
    assert not any(
        w.startswith(("tables.short_row", "tables.long_row", "tables.missing"))
        for w in result.warnings
    )


@pytest.mark.parametrize("fault", TABLE_FAULTS)
@pytest.mark.parametrize("layout", LAYOUTS)
@SETTINGS
@given(seed=SEEDS, template=st.sampled_from(["2019", "2021"]))
def test_faults_are_reported_never_repaired(
    layout: str, fault: str, seed: int, template: str
) -> None:
    report = generator.generate_report(seed, template=template, layout=layout, faults=[fault])
    result = _parse(report)
    got = result.to_dict()
    # A lost cell may be worked out from the sums: then it has the value it had.
    expected = {**report.hidden, **report.truth}
    wrong = {
        f: (v, expected.get(f))
        for f, v in got.items()
        if report.truth.get(f) != v
        and not (result.values[f].method == "derived" and expected.get(f) == v)
    }
    assert not wrong, f"values in the wrong field: {wrong}"
    # What is neither read nor blank is listed as unread, never silently absent.
    assert not set(result.unread) & got.keys()
    codes = {w.split(":", 1)[0] for w in result.warnings}
    failing = {c.id for c in result.checks if not c.holds}
    for expected in report.expected_warnings:
        if expected.startswith("tables."):
            assert expected in codes, (expected, result.warnings)
        elif expected.startswith(("t3.", "t4.")):
            assert expected in failing, (expected, result.checks)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_missing_tables(layout: str) -> None:
    report = generator.generate_report(3, template="2021", layout=layout, faults=["missing_tables"])
    result = _parse(report)
    assert result.template is None and result.values == {}
    assert any(w.startswith("tables.missing") for w in result.warnings)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_offsets_point_into_the_original(layout: str) -> None:
    report = generator.generate_report(11, template="2019", layout=layout, script="traditional")
    result = _parse(report)
    assert result.values
    for value in result.values.values():
        cell = report.text[value.start : value.end]
        digits = "".join(ch for ch in value.raw if ch.isdigit())
        assert digits and digits in "".join(ch for ch in cell if ch.isdigit()), (value, cell)
