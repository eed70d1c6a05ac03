"""The tables' arithmetic and plausibility warnings at their boundaries.

Each case sits on the edge a threshold decides (a difference of a fraction, a
zero, an equal pair, the year the template changed), so that moving the
threshold changes the outcome.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.tables.checks import (
    CheckDef,
    check_defs,
    evaluate,
    evaluate_all,
    evaluate_cells,
    fails,
    plausibility,
)
from govinfo_nlp.tables.derive import derive

BALANCE = CheckDef("t.sum", ("a", "b"), ("c",))


@pytest.mark.parametrize(
    ("values", "holds"),
    [
        pytest.param({"a": 1, "b": 2, "c": 3}, True, id="whole-numbers-equal"),
        pytest.param({"a": 0.1, "b": 0.2, "c": 0.3}, True, id="float-noise-is-equal"),
        pytest.param({"a": 1.05, "b": 0, "c": 1}, False, id="off-by-a-fraction-fails"),
        pytest.param({"a": 1, "b": 2, "c": 4}, False, id="off-by-one-fails"),
    ],
)
def test_a_check_holds_only_when_both_sides_are_equal(
    values: dict[str, float], holds: bool
) -> None:
    check = evaluate(BALANCE, values)
    assert check is not None and check.holds is holds


def test_a_check_over_an_absent_cell_says_nothing() -> None:
    assert evaluate(BALANCE, {"a": 1, "b": 2}) is None


def _codes(
    values: dict[str, float], template: str | None = None, year: int | None = None
) -> list[str]:
    return [w.split(":", 1)[0] for w in plausibility(values, template=template, year=year)]


@pytest.mark.parametrize(
    ("values", "codes"),
    [
        pytest.param({"t3.new.total": -1}, ["tables.negative"], id="negative"),
        pytest.param({"t3.new.total": 0}, [], id="zero-is-not-negative"),
        pytest.param({"t2.x.change": -3}, [], id="a-change-may-be-negative"),
        pytest.param({"t3.new.total": 1.5}, ["tables.fraction"], id="fraction"),
        pytest.param({"t2.fees.amount": 1.5}, [], id="money-may-have-a-fraction"),
        pytest.param(
            {"t2.rules.issued": 5, "t2.rules.in_force": 4},
            ["tables.in_force_lt_issued"],
            id="fewer-in-force-than-issued",
        ),
        pytest.param({"t2.rules.issued": 5, "t2.rules.in_force": 5}, [], id="as-many-in-force"),
    ],
)
def test_plausibility_of_values(values: dict[str, float], codes: list[str]) -> None:
    assert _codes(values) == codes


@pytest.mark.parametrize(
    ("template", "year", "warned"),
    [
        pytest.param("2019", 2020, False, id="2020-on-the-2019-template"),
        pytest.param("2021", 2020, True, id="2020-on-the-2021-template"),
        pytest.param("2021", 2021, False, id="2021-on-the-2021-template"),
        pytest.param("2019", 2021, True, id="2021-on-the-2019-template"),
        pytest.param("2019", None, False, id="no-year-no-verdict"),
    ],
)
def test_the_template_follows_the_year(template: str, year: int | None, warned: bool) -> None:
    assert ("tables.template_year" in _codes({}, template, year)) is warned


# derive() works out whole-number tables in exact integer arithmetic (its fast
# path); the same table written with floats (2.0) takes the general path.
_DEFS = tuple(d for d in check_defs("2021") if d.id.startswith(("t3.row_total.", "t4.")))


@st.composite
def _tables(draw: st.DrawFn) -> tuple[dict[str, int], set[str], set[str]]:
    """A table whose rows add up, some cells dropped or blank, sometimes one cell off by one."""
    full: dict[str, int] = {}
    for d in _DEFS:
        parts = [draw(st.integers(0, 5)) for _ in d.left]
        full.update(zip(d.left, parts, strict=True))
        full[d.right[0]] = sum(parts)
    fields = sorted(full)
    dropped = draw(st.sets(st.sampled_from(fields), max_size=40))
    known = {f: v for f, v in full.items() if f not in dropped}
    if known and draw(st.booleans()):
        off = draw(st.sampled_from(sorted(known)))
        known[off] += 1
    blank = draw(st.sets(st.sampled_from(sorted(dropped)), max_size=5)) if dropped else set()
    targets = set(fields) - draw(st.sets(st.sampled_from(fields), max_size=10))
    return known, blank, targets


@settings(max_examples=200, deadline=None)
@given(_tables())
def test_derive_gives_the_same_cells_for_ints_and_whole_floats(
    table: tuple[dict[str, int], set[str], set[str]],
) -> None:
    known, blank, targets = table
    as_ints = derive(known, blank, _DEFS, targets)
    as_floats = derive({f: float(v) for f, v in known.items()}, blank, _DEFS, targets)
    assert as_ints == as_floats


def _derive_as_written_before(
    known: dict[str, int | float], blank: set[str], defs: tuple[CheckDef, ...], targets: set[str]
) -> dict[str, int] | None:
    """derive() as session 26 wrote it: every check tried in every pass, every check
    tried again at the end (session 27 passes over a complete check, and tries again only
    the checks over a derived cell)."""
    vals = dict(known)

    def contradicted() -> bool:
        if min(vals.values(), default=0) < 0:
            return True
        if not all(float(v).is_integer() for v in vals.values()):
            return True
        return any(fails(d, vals) for d in defs)

    if contradicted():
        return None
    out: dict[str, int] = {}
    changed = True
    while changed:
        changed = False
        for d in defs:
            for side, other in d.sides:
                if not all(f in vals for f in other):
                    continue
                missing = [f for f in side if f not in vals]
                if not missing:
                    continue
                rest = sum(vals[f] for f in other) - sum(vals[f] for f in side if f in vals)
                if rest < -1e-6:
                    return None
                if abs(rest) <= 1e-6:
                    fill, value = [f for f in missing if f not in blank and f in targets], 0
                elif len(missing) == 1 and missing[0] not in blank and missing[0] in targets:
                    if not float(rest).is_integer():
                        return None
                    fill, value = missing, round(rest)
                else:
                    continue
                for f in fill:
                    vals[f] = out[f] = value
                    changed = True
    return None if contradicted() else out


@settings(max_examples=300, deadline=None)
@given(_tables())
def test_derive_gives_what_it_gave_trying_every_check_each_time(
    table: tuple[dict[str, int], set[str], set[str]],
) -> None:
    known, blank, targets = table
    for values in (known, {f: float(v) for f, v in known.items()}):
        expected = _derive_as_written_before(dict(values), blank, _DEFS, targets)
        assert derive(values, blank, _DEFS, targets) == expected


_CELLS = tuple("abcdefg")


@st.composite
def _sums(draw: st.DrawFn) -> tuple[tuple[CheckDef, ...], dict[str, int], set[str], set[str]]:
    """Checks over a few cells that share them (a cell in two sums, as a table 三 cell is in
    its row's and its column's), any values: a derived cell may break another check."""
    defs = []
    for k in range(draw(st.integers(1, 4))):
        left = draw(st.lists(st.sampled_from(_CELLS), min_size=1, max_size=3, unique=True))
        right = draw(st.sampled_from([c for c in _CELLS if c not in left]))
        defs.append(CheckDef(f"s{k}", tuple(left), (right,)))
    known = draw(st.dictionaries(st.sampled_from(_CELLS), st.integers(0, 6), max_size=5))
    blank = draw(st.sets(st.sampled_from(_CELLS), max_size=2)) - known.keys()
    targets = draw(st.sets(st.sampled_from(_CELLS), min_size=4))
    return tuple(defs), known, blank, targets


@settings(max_examples=500, deadline=None)
@given(_sums())
def test_derive_gives_what_it_gave_over_sums_sharing_cells(
    case: tuple[tuple[CheckDef, ...], dict[str, int], set[str], set[str]],
) -> None:
    defs, known, blank, targets = case
    for values in (known, {f: float(v) for f, v in known.items()}):
        expected = _derive_as_written_before(dict(values), blank, defs, targets)
        assert derive(values, blank, defs, targets) == expected


def test_derive_works_out_a_dropped_cell_in_both_paths() -> None:
    defs = (BALANCE,)
    for known in ({"a": 1, "c": 3}, {"a": 1.0, "c": 3.0}):
        assert derive(known, set(), defs, {"b"}) == {"b": 2}
        assert derive({**known, "c": 0}, set(), defs, {"b"}) is None  # 1 + b = 0
        assert derive(known, {"b"}, defs, {"b"}) == {}  # a blank is never filled


@settings(max_examples=100, deadline=None)
@given(_tables())
def test_evaluate_all_over_whole_numbers_is_each_check_evaluated(
    table: tuple[dict[str, int], set[str], set[str]],
) -> None:
    known = table[0]
    one_by_one = tuple(c for c in (evaluate(d, known) for d in _DEFS) if c is not None)
    assert evaluate_all(_DEFS, known) == one_by_one
    as_floats = evaluate_all(_DEFS, {f: float(v) for f, v in known.items()})
    assert [(c.id, c.holds) for c in as_floats] == [(c.id, c.holds) for c in one_by_one]


_PLAUSIBILITY_FIELDS = ("t2.rules.issued", "t2.rules.in_force", "t2.fees.amount", "t3.new.total")


@settings(max_examples=150, deadline=None)
@given(
    _tables(),
    st.dictionaries(
        st.sampled_from(_PLAUSIBILITY_FIELDS), st.integers(-2, 6) | st.floats(-2, 6), max_size=4
    ),
    st.sampled_from(["2019", "2021", None]),
    st.sampled_from([2020, 2021, None]),
)
def test_evaluate_cells_is_evaluate_all_and_plausibility_over_the_cells_numbers(
    table: tuple[dict[str, int], set[str], set[str]],
    extra: dict[str, float],
    template: str | None,
    year: int | None,
) -> None:
    # the tables stage reads its numbers in their column (numbers[at[field]]) in
    # the common case (whole, non-negative numbers), through a dict of them otherwise
    numbers: dict[str, float] = {**table[0], **extra}
    column = [-7, *reversed(numbers.values())]  # (a number no field places is not read)
    at = {f: len(numbers) - k for k, f in enumerate(numbers)}
    got = evaluate_cells(_DEFS, at, column, template=template, year=year)
    expected = (
        evaluate_all(_DEFS, numbers),
        plausibility(numbers, template=template, year=year),
    )
    assert got == expected


def test_the_checks_of_two_shapes_share_their_field_ids() -> None:
    """Each new shape of report (template, rows of table 三) builds its checks once;
    their field ids are one string object whatever the shape, not a copy a shape
    (a copy was ~35 KB at the peak of the report that brought the shape)."""
    a = check_defs("2019", frozenset({"other_handling"}))
    b = check_defs("2021", frozenset({"other_handling.no_fee", "other_handling.other"}))
    ids_a = {f: f for d in a for f in (d.id, *d.fields)}
    shared = [f for d in b for f in (d.id, *d.fields) if f in ids_a]
    assert len(shared) > 50
    assert all(ids_a[f] is f for f in shared)
    # the ids are the same text as before they were shared
    assert a[0].left == ("t3.new.natural", "t3.carried_in.natural")
    assert any(d.id == "t3.row_total.other_handling.no_fee" for d in b)
    assert any(d.id == "t4.total.review" for d in b)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["二", "三", "、", ".", "．", " ", "\n", "\t", "\u3000", "\r", "主动公开", "申请", "x"]
        ),
        max_size=14,
    ).map("".join)
)
def test_a_heading_is_found_where_the_anchored_pattern_finds_it(text: str) -> None:
    # (without section spans the tables stage asks which of 二/三/四 head a line)
    from govinfo_nlp.tables import extract

    for (num, heading), (same, tail) in zip(
        extract._SECTION_HEADINGS, extract._SECTION_HEADING_TAILS, strict=True
    ):
        assert num == same
        assert extract._heading_found(text, tail) == (heading.search(text) is not None)
    tails = dict(extract._SECTION_HEADING_TAILS)
    # one match holding another: the second numeral opens a line
    assert extract._heading_found("x二、 \n二、主动公开", tails["二"])
    assert not extract._heading_found("x二、主动公开", tails["二"])
