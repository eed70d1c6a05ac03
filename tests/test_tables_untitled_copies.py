"""Two copies of a table with nothing between them saying which is this year's (session 30,
decisions30 D7).

A page under this year's title prints table 二, 三 or 四 (or all three) twice: the copies
right after each other, each under its own heading again, or the second after the
report's last section, with no report title, notice, caption or draft mark between them.
What a demanding user expects: where the copies disagree, the cells that differ are
unread (which figure is this year's the page does not say), in either order and every
layout; where they agree, every cell is read. Before session 30 table 四 alone was read
from its first copy by the fast reader (tables/fast.py), so last year's table 四 printed
before this year's gave 2 stale cells in every layout."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from conftest import ROOT, load_module
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govinfo_nlp

probes = load_module("table_probes", ROOT / "datasets" / "redteam" / "table_probes.py")
LAYOUTS = ("html", "pipe", "cell_per_line", "markdown", "tsv")
FIVE = ("五、存在的主要问题及改进情况", "无。")


@cache
def _copies(layout: str) -> tuple[dict[str, str], dict[str, Any], dict[str, str], dict[str, Any]]:
    """This year's tables and last year's, every table differing (issued 37 / 29, new 19 /
    46, granted 13 / 31, review 1 / 3), drawn by the red teams' table probes."""
    cur, cur_v = probes.tables(2023, 19, 13, 37, 1, layout=layout)
    old, old_v = probes.tables(2022, 46, 31, 29, 3, layout=layout)
    return cur, cur_v, old, old_v


def _page(layout: str, which: str, place: str, first: str, second: str) -> str:
    """This year's report with table ``which`` (or ``all``) given twice, ``first`` then
    ``second`` (``cur``/``old``), placed ``place``; every other table this year's."""
    cur, _, old, _ = _copies(layout)
    tables = {"cur": cur, "old": old}
    html = layout == "html"

    def para(text: str) -> str:
        return f"<p>{text}</p>" if html else text + "\n"

    twice = ("t2", "t3", "t4") if which == "all" else (which,)
    body = ""
    for key, head in probes.HEADS:
        body += para(head) + tables[first if key in twice else "cur"][key]
        if key in twice and place != "appendix":
            body += (para(head) if place == "heading" else "") + tables[second][key]
    body += "".join(map(para, FIVE))
    if place == "appendix":
        body += "".join(
            (para(head) if which == "all" else "") + tables[second][key]
            for key, head in probes.HEADS
            if key in twice
        )
    text = para(probes.TITLE) + para("一、总体情况") + para("2023年，我局认真落实《条例》。") + body
    if html:
        return f'<html><head><meta charset="utf-8"></head><body>{text}</body></html>'
    return text


def _tables(tmp_path: Path, layout: str, page: str) -> dict[str, Any]:
    path = tmp_path / ("r.html" if layout == "html" else "r.txt")
    path.write_text(page, encoding="utf-8")
    return govinfo_nlp.parse(path).to_dict()["tables"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    layout=st.sampled_from(LAYOUTS),
    which=st.sampled_from(["t2", "t3", "t4", "all"]),
    place=st.sampled_from(["adjacent", "heading", "appendix"]),
    old_first=st.booleans(),
)
def test_disagreeing_untitled_copies_leave_their_cells_unread(
    tmp_path: Path, layout: str, which: str, place: str, old_first: bool
) -> None:
    _, cur_v, _, old_v = _copies(layout)
    order = ("old", "cur") if old_first else ("cur", "old")
    got = _tables(tmp_path, layout, _page(layout, which, place, *order))
    case = (layout, which, place, order)
    # never a figure that is not this year's
    assert [k for k, v in got.items() if k in cur_v and v != cur_v[k]] == [], case
    # the cells the copies disagree on are unread
    twice = ("t2", "t3", "t4") if which == "all" else (which,)
    differ = [k for k in cur_v if k[:2] in twice and old_v.get(k) != cur_v[k]]
    assert differ, case
    assert [k for k in differ if got.get(k) is not None] == [], case


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    layout=st.sampled_from(LAYOUTS),
    which=st.sampled_from(["t2", "t3", "t4", "all"]),
    place=st.sampled_from(["adjacent", "heading", "appendix"]),
)
def test_agreeing_copies_are_read(tmp_path: Path, layout: str, which: str, place: str) -> None:
    _, cur_v, _, _ = _copies(layout)
    got = _tables(tmp_path, layout, _page(layout, which, place, "cur", "cur"))
    assert {k: got.get(k) for k in cur_v} == cur_v, (layout, which, place)


def test_last_years_table_four_first_is_not_read(tmp_path: Path) -> None:
    # the case the fast reader got wrong, in its simplest form: table 四 twice, last year's
    # first, right after each other
    _, cur_v, _, old_v = _copies("pipe")
    got = _tables(tmp_path, "pipe", _page("pipe", "t4", "adjacent", "old", "cur"))
    assert got.get("t4.review.total") is None
    assert got.get("t3.new.total") == cur_v["t3.new.total"] != old_v["t3.new.total"]
