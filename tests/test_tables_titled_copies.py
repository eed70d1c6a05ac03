"""Two copies of a table that disagree, one under this year's report title (session 28).

verdicts21 v21_31 holds a 2021 report and, after it, the agency's 2020 one under a title
the page split of tables/reports.py does not take (…2020年度政府信息公开年报): its two
tables 三 disagreed and the rows were unread (session 27's cost of reading a second table
三 whole). What a demanding user expects: the copy under this year's title is read where
every other copy stands under another year's title; anywhere less certain (a copy under no
title, two copies under this year's) the row stays unread, never the other year's figure
and never a shifted column."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st

import govinfo_nlp
from govinfo_nlp.tables.decide import by_title
from govinfo_nlp.tables.reading import RowRead

V21_31 = (ROOT / "datasets/redteam/verdicts21/docs/v21_31.txt").read_text(encoding="utf-8")
SECOND = "诸暨市司法局2020年度政府信息公开年报"
# this year's table 三 (the first copy) and last year's, where they differ
OWN = {"t3.new.total": 13, "t3.granted.total": 6, "t3.partial.total": 2}
LAST = {"t3.new.total": 9, "t3.granted.total": 5, "t3.partial.total": 1}


def _tables(tmp_path: Path, text: str) -> dict[str, Any]:
    page = tmp_path / "r.txt"
    page.write_text(text, encoding="utf-8")
    return govinfo_nlp.parse(page).to_dict()["tables"]


def test_the_copy_under_this_years_title_is_read(tmp_path: Path) -> None:
    got = _tables(tmp_path, V21_31)
    assert {k: got.get(k) for k in OWN} == OWN


def test_a_second_title_of_the_same_year_leaves_the_rows_unread(tmp_path: Path) -> None:
    # two copies under titles both naming 2021: which is the report's is not said
    got = _tables(tmp_path, V21_31.replace(SECOND, SECOND.replace("2020", "2021")))
    assert all(got.get(k) is None for k in OWN)


def test_a_copy_under_no_title_leaves_the_rows_unread(tmp_path: Path) -> None:
    # the second report's title dropped: a second copy under this year's title only
    got = _tables(tmp_path, V21_31.replace(SECOND + "\n", ""))
    assert all(got.get(k) is None for k in OWN)


def test_last_years_report_first_is_read_as_its_own_year(tmp_path: Path) -> None:
    # the 2020 report first and the 2021 one after it: the page is the 2020 report (its
    # metadata says so), and the copy under the 2020 title is read
    first, second = V21_31.split(SECOND + "\n")
    page = tmp_path / "r.txt"
    page.write_text(SECOND + "\n" + second + first, encoding="utf-8")
    doc = govinfo_nlp.parse(page).to_dict()
    assert doc["metadata"]["year"] == 2020
    assert {k: doc["tables"].get(k) for k in LAST} == LAST


@given(
    st.lists(
        st.tuples(st.sampled_from([True, False, None]), st.sampled_from(["1", "2"])),
        min_size=2,
        max_size=5,
    )
)
def test_by_title_takes_a_copy_only_when_every_title_says_so(
    copies: list[tuple[bool | None, str]],
) -> None:
    # copy k's label at offset k, its one cell's text; the title above it as drawn
    reads = [
        cast(
            RowRead,
            SimpleNamespace(label=SimpleNamespace(start=k), slots=[SimpleNamespace(text=t)]),
        )
        for k, (_, t) in enumerate(copies)
    ]
    kept = by_title(reads, lambda at: copies[at][0])
    own = {text for where, text in copies if where is True}
    if any(where is None for where, _ in copies) or len(own) != 1:
        assert kept is None
    else:
        assert kept is not None and copies[kept.label.start] == (True, own.pop())
