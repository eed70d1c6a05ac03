"""A page holding its tables more than once, some copies hidden (session 27, red26 css.py).

What a demanding user expects: where a shown copy of the tables exists, no hidden copy
gives a cell; where the only copy is hidden (a tab, a collapsed panel), it is read; where
two copies disagree and which one a browser draws is not certain, the cells they disagree
on are unread, never the other copy's figure. readers/shown.py tells each table's sight,
tables/decide.by_sight weighs the copies of a row by it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, load_module
from hypothesis import given, settings
from hypothesis import strategies as st

import govinfo_nlp
from govinfo_nlp.read import read
from govinfo_nlp.readers.css import _page_hiding
from govinfo_nlp.readers.shown import table_sight

# the red teams' table probes (datasets/redteam/table_probes.py) draw the copies
probes = load_module("table_probes", ROOT / "datasets" / "redteam" / "table_probes.py")

_HEADS = (
    ("t2", "二、主动公开政府信息情况"),
    ("t3", "三、收到和处理政府信息公开申请情况"),
    ("t4", "四、政府信息公开行政复议、行政诉讼情况"),
)


# four copies of the tables, each year's figures of its own, laid out alike
COPIES: list[tuple[dict[str, str], dict[str, Any]]] = [
    probes.tables(2023 - k, 12 + 9 * k, 7 + 7 * k, 2 + 3 * k, 1 + k, seed=0) for k in range(4)
]

# ways a copy is hidden for certain: (attribute on each table, wrapper around the copy, style)
HIDDEN = {
    "inline": ('style="display:none"', "", ""),
    "attribute": ("hidden", "", ""),
    "wrapper": ("", 'style="display: none"', ""),
    "wrapper_class": ("", 'class="tab-off"', ".tab-off{display:none}"),
    "id": ('id="old{k}"', "", "#old{k}{display:none}"),
    "data_attribute": ('data-year="old"', "", 'table[data-year="old"]{display:none}'),
}


def _page(blocks: list[str], style: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{style}</style></head><body>'
        "<h1>宣城市市场监督管理局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p>"
        "<p>2023年，我局认真落实《条例》。</p>"
        + "".join(blocks)
        + "<p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>"
    )


def _block(k: int, attr: str = "", wrap: str = "") -> str:
    tables, _ = COPIES[k]
    out = ""
    for key, head in _HEADS:
        table = tables[key]
        if attr:
            table = table.replace("<table", "<table " + attr.replace("{k}", str(k)), 1)
        out += f"<p>{head}</p>{table}"
    return f"<div {wrap}>{out}</div>" if wrap else out


def _cells(tmp_path: Path, html: str) -> dict[str, Any]:
    page = tmp_path / "p.html"
    page.write_text(html, encoding="utf-8")
    return govinfo_nlp.parse(page).to_dict()["tables"]


def _stale(got: dict[str, Any], shown: int | None, hidden: list[int]) -> list[str]:
    """Cells read with a hidden copy's figure that the shown copy (if any) does not have."""
    own = COPIES[shown][1] if shown is not None else {}
    return sorted(
        k
        for k, v in got.items()
        for h in hidden
        if k in COPIES[h][1] and COPIES[h][1][k] == v and own.get(k) != v
    )


@settings(max_examples=20)
@given(
    hidden=st.lists(st.sampled_from(sorted(HIDDEN)), min_size=1, max_size=3),
    shown_at=st.integers(0, 3),
)
def test_no_hidden_copy_gives_a_cell_where_a_shown_one_is(
    tmp_path_factory: pytest.TempPathFactory, hidden: list[str], shown_at: int
) -> None:
    # one shown copy (copy 0, this year's) among 1-3 hidden ones (older years), in any order
    blocks, styles, hidden_ks = [], [], []
    for k, how in enumerate(hidden, start=1):
        attr, wrap, style = HIDDEN[how]
        blocks.append(_block(k, attr, wrap))
        styles.append(style.replace("{k}", str(k)))
        hidden_ks.append(k)
    blocks.insert(min(shown_at, len(blocks)), _block(0))
    got = _cells(tmp_path_factory.mktemp("h"), _page(blocks, "".join(styles)))
    assert _stale(got, 0, hidden_ks) == []
    # the shown copy is read: each of its cells, where one is read, has its figure
    wrong = {k: v for k, v in got.items() if k in COPIES[0][1] and v != COPIES[0][1][k]}
    assert wrong == {}
    for k in ("t2.normative.issued", "t3.new.total", "t3.results_total.total", "t4.review.total"):
        assert got.get(k) == COPIES[0][1][k], k


@pytest.mark.parametrize("how", sorted(HIDDEN))
def test_the_only_copy_hidden_is_read(tmp_path: Path, how: str) -> None:
    # a tab switched off holding the report's one copy of the tables: its cells are read
    attr, wrap, style = HIDDEN[how]
    got = _cells(tmp_path, _page([_block(1, attr, wrap)], style.replace("{k}", "1")))
    assert got.get("t3.new.total") == COPIES[1][1]["t3.new.total"]
    assert got.get("t2.normative.issued") == COPIES[1][1]["t2.normative.issued"]


# (a rule that may hide a table.x under a pseudo-class or an uncertain query leaves the
# cells of class x's tables unread already, css._unsure_hiding: no row of that copy agrees)
@pytest.mark.parametrize(
    "rule, attrs",
    [
        ("table:not(.current){display:none}", ('class="current"', 'class="old"')),
        ("p + table:not(.new){display:none}", ('class="new"', "")),
        ("table.new ~ table.x{display:none}", ('class="new"', 'class="x"')),
        ("div.old > table{display:none}", ('class="cur"', "")),
        ("@media (max-width:600px){table.old{display:none}}", ('class="cur"', 'class="old"')),
        ("table.old:first-of-type{display:none}", ('class="cur"', 'class="old"')),
    ],
)
@pytest.mark.parametrize("hidden_first", [True, False])
def test_copies_a_browser_alone_can_tell_apart_give_no_cell_they_disagree_on(
    tmp_path: Path, rule: str, attrs: tuple[str, str], hidden_first: bool
) -> None:
    shown, old = _block(0, attrs[0]), _block(1, attrs[1])
    if "div.old" in rule:
        old = f'<div class="old">{old}</div>'
    got = _cells(tmp_path, _page([old, shown] if hidden_first else [shown, old], rule))
    assert _stale(got, 0, [1]) == []
    if "table.old" not in rule:
        # where the copies agree the row is read (0 in both)
        assert got.get("t2.license.decisions") == 0
        assert got.get("t3.denied.state_secret.total") == 0


def test_a_hidden_table_four_gives_way_to_the_shown_one(tmp_path: Path) -> None:
    # table 四 was read from its first header: a hidden stale copy before the shown one won
    got = _cells(tmp_path, _page([_block(1, "hidden"), _block(0)]))
    assert got.get("t4.review.total") == COPIES[0][1]["t4.review.total"] == 1


def test_two_shown_copies_read_as_before(tmp_path: Path) -> None:
    # no hiding at all: the sight is not asked for (the fast reader's path, unchanged)
    doc = read(_page([_block(1), _block(0)]).encode(), format="html")
    assert {t.shown for t in doc.html_tables} == {"yes"}


@pytest.mark.parametrize(
    "html, style, expected",
    [
        (
            "<table hidden><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table>",
            "",
            ["no", "yes"],
        ),
        (
            '<div style="DISPLAY:NONE"><table><tr><td>1</td></tr></table></div><table></table>',
            "",
            ["no", "yes"],
        ),
        (
            '<div class="a"><table></table></div><table class="b"></table>',
            ".a{display:none}",
            ["no", "yes"],
        ),
        ('<table id="x"></table><table id="y"></table>', "#x{display:none}", ["no", "yes"]),
        # another rule shows the class again: not certain
        (
            '<table class="a"></table><table></table>',
            ".a{display:none} .a.on{display:table}",
            ["maybe", "yes"],
        ),
        (
            '<table class="a"></table><table></table>',
            "@media (min-width:1px){.a{display:none}}",
            ["maybe", "yes"],
        ),
        (
            '<table class="a"></table><table></table>',
            "@media print{.a{display:none}}",
            ["yes", "yes"],
        ),
        ('<table class="a"></table><table></table>', ".a{color:red}", ["yes", "yes"]),
        (
            '<table data-y="2022"></table><table data-y="2023"></table>',
            '[data-y="2022"]{display:none}',
            ["no", "yes"],
        ),
        (
            '<table data-y="2022"></table><table data-y="2023"></table>',
            '[data-y^="2022"]{display:none}',
            ["maybe", "maybe"],
        ),
        # a closed hidden element hides nothing after it; a comment's table is none
        ("<div hidden>x</div><table></table><!-- <table> --><table></table>", "", ["yes", "yes"]),
        ('<p style="display:none">x<table></table>', "", ["yes"]),
    ],
)
def test_table_sight(html: str, style: str, expected: list[str]) -> None:
    source = f"<html><head><style>{style}</style></head><body>{html}</body></html>"
    sight = table_sight(source, _page_hiding(source))
    starts = [
        i
        for i in range(len(source))
        if source.startswith("<table", i) and "<!--" not in source[max(0, i - 5) : i]
    ]
    assert [sight.get(at, "yes") for at in starts] == expected


@pytest.mark.parametrize("tag", ["del", "s", "strike"])
def test_a_table_struck_through_whole_gives_no_cell(tmp_path: Path, tag: str) -> None:
    # formats14 r11: last year's table kept above this year's, struck through as a whole
    got = _cells(tmp_path, _page([f"<{tag}>{_block(1)}</{tag}>", _block(0)]))
    assert _stale(got, 0, [1]) == []
    assert got.get("t3.results_total.total") == COPIES[0][1]["t3.results_total.total"]


@pytest.mark.parametrize("notice", ["更正如下：", "附："])
def test_two_drawn_copies_of_table_three_that_disagree_give_no_cell_they_disagree_on(
    tmp_path: Path, notice: str
) -> None:
    # formats14 r12: a corrected table 三 after the one first published, both drawn. The
    # second copy's 总计 and 3.其他 (labels read only in table 三's context) were not found,
    # and the first copy's were read: 10 WRONG. Since session 28 the copy after a notice
    # that it is the corrected one (更正如下) is read (tables/decide.by_notice); without
    # one the rows the copies disagree on stay unread.
    tables0, tables1 = COPIES[0][0], COPIES[1][0]
    block = (
        f"<p>{_HEADS[0][1]}</p>{tables0['t2']}<p>{_HEADS[1][1]}</p>{tables1['t3']}"
        f"<p>{notice}</p>{tables0['t3']}<p>{_HEADS[2][1]}</p>{tables0['t4']}"
    )
    got = _cells(tmp_path, _page([block]))
    assert _stale(got, 0, [1]) == []
    if notice.startswith("更正"):
        assert got.get("t3.results_total.total") == COPIES[0][1]["t3.results_total.total"]
    else:
        assert "t3.results_total.total" not in got
    assert got.get("t2.normative.issued") == COPIES[0][1]["t2.normative.issued"]


@pytest.mark.parametrize(
    ("notice", "corrected"),
    [
        (
            "经核查，我局2022年政府信息公开工作年度报告第三部分数据有误，现将更正后的表格公布如下：",
            False,
        ),
        ("上年度报告表三数据有误，更正如下：", False),
        ("经核查，我局2023年政府信息公开工作年度报告表三数据有误，更正如下：", True),
        ("表三数据有误，现将更正后的表格公布如下，以本表为准：", True),
    ],
)
def test_a_notice_correcting_another_years_table_makes_no_copy_win(
    tmp_path: Path, notice: str, corrected: bool
) -> None:
    # red28 n02: section 六 of a 2023 report correcting LAST year's table 三, that table
    # after it: tables28's by_notice read it for this year's (8 stale cells). A notice
    # naming another year's report (or 上年度) corrects that report, not this table: the
    # copies are weighed as without it (the current one, before, is the report's own here
    # by its section). This year's correction still makes the copy after it win.
    tables0, tables1 = COPIES[0][0], COPIES[1][0]
    if corrected:
        block = (
            f"<p>{_HEADS[0][1]}</p>{tables0['t2']}<p>{_HEADS[1][1]}</p>{tables1['t3']}"
            f"<p>{notice}</p>{tables0['t3']}<p>{_HEADS[2][1]}</p>{tables0['t4']}"
        )
    else:
        block = (
            f"<p>{_HEADS[0][1]}</p>{tables0['t2']}<p>{_HEADS[1][1]}</p>{tables0['t3']}"
            f"<p>{_HEADS[2][1]}</p>{tables0['t4']}<p>六、其他需要报告的事项</p>"
            f"<p>{notice}</p>{tables1['t3']}"
        )
    got = _cells(tmp_path, _page([block]))
    assert _stale(got, 0, [1]) == []
    if corrected:
        assert got.get("t3.results_total.total") == COPIES[0][1]["t3.results_total.total"]


@settings(max_examples=10)
@given(hidden=st.lists(st.sampled_from(sorted(HIDDEN)), min_size=2, max_size=3))
def test_hidden_copies_with_none_drawn_give_no_cell_they_disagree_on(
    tmp_path_factory: pytest.TempPathFactory, hidden: list[str]
) -> None:
    # several hidden copies (tabs none of which is active): none is more the report's
    blocks, styles = [], []
    for k, how in enumerate(hidden, start=1):
        attr, wrap, style = HIDDEN[how]
        blocks.append(_block(k, attr, wrap))
        styles.append(style.replace("{k}", str(k)))
    got = _cells(tmp_path_factory.mktemp("n"), _page(blocks, "".join(styles)))
    ks = range(1, len(hidden) + 1)
    disagree = {k for k in got if len({COPIES[c][1].get(k) for c in ks}) > 1}
    assert disagree == set()
    assert got.get("t3.denied.state_secret.total") == 0  # the copies agree: read
