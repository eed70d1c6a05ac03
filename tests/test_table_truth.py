"""govinfo_nlp_dev.table_truth: the table evaluators' cell scoring, each outcome and each
evaluator's wording of a WRONG cell (benchmarks/eval_heldout_tables.py, eval_redteam_tables.py)."""

from __future__ import annotations

import pytest

from govinfo_nlp_dev.table_truth import same, score_cells


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [
        (3, 3.0, True),
        (0.1 + 0.2, 0.3, True),
        (3, 4, False),
        (True, 1 + 1e-12, False),  # a bool is compared by ==, not to within 1e-9
        (1, 1 + 1e-12, True),
        (None, None, True),
        (None, 0, False),
        ("/", "/", True),
    ],
)
def test_same(a: object, b: object, want: bool) -> None:
    assert same(a, b) is want


def test_every_outcome_and_its_words() -> None:
    got = {"a": 1, "b": 5, "c": 7, "d": 9, "e": 2, "f": 4}
    want = {"a": 1, "b": 6, "g": 3}
    unknowable = {"c": 7, "d": 8}
    derivable = {"e": 2, "f": 5}
    s = score_cells(
        got,
        want,
        unknowable,
        absent="absent",
        unknowable_as="unknowable (real {real})",
        derivable=derivable,
        derived={"e", "f"},
    )
    assert (s.right, s.missing, s.guessed, s.derived) == (1, ["g"], 1, 1)
    assert s.wrong == [("b", 6, 5), ("d", "unknowable (real 8)", 9), ("f", "absent", 4)]


def test_without_derivation_a_derivable_cell_is_absent() -> None:
    s = score_cells(
        {"e": 2},
        {},
        {},
        absent="not in document/blank",
        unknowable_as="unknowable, real {real}",
        derivable={"e": 2},
    )
    assert s.derived == 0 and s.wrong == [("e", "not in document/blank", 2)]
