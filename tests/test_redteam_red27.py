"""red27's red team of session 27's own changes (written blind: datasets/redteam/red27).

Each fix's test beside; every one fails on the code before it (main 6ee9c1c)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_nlp.read import _render_html

# --- an svg's <foreignObject> where a browser never draws it (red27 f01 f02 f04 f05) ---

# A tree: ("text", word) or (tag, [children]); "svg0" is an <svg> of zero size.
_TAGS = ("svg", "svg0", "foreignObject", "defs", "symbol", "mask", "clipPath", "div", "template")
_UNDRAWN = ("defs", "symbol", "mask", "clipPath")


def _trees(depth: int) -> st.SearchStrategy:
    leaf = st.tuples(st.just("text"), st.integers(0, 10**6))
    if depth == 0:
        return leaf
    node = st.tuples(st.sampled_from(_TAGS), st.lists(_trees(depth - 1), min_size=1, max_size=3))
    return st.one_of(leaf, node)


def _html(tree) -> str:
    kind, body = tree
    if kind == "text":
        return f" <span>w{body}w</span> "
    inner = "".join(_html(child) for child in body)
    if kind == "svg0":
        return f'<svg width="0" height="0">{inner}</svg>'
    return f"<{kind}>{inner}</{kind}>"


def _shown(tree, in_svg: bool = False, hidden: bool = False) -> list[str]:
    """The words a browser shows: none under a <template>; under an <svg> only what a
    <foreignObject> holds, and none in an svg's <defs>/<symbol>/<mask>/<clipPath> or in a
    zero-size <svg> (nothing of theirs is drawn where it stands). Outside an <svg> those
    are unknown HTML elements: shown."""
    kind, body = tree
    if kind == "text":
        return [] if hidden or in_svg else [f"w{body}w"]
    if kind == "template":
        hidden = True
    elif kind == "svg":
        in_svg = True
    elif kind == "svg0":
        in_svg = hidden = True
    elif kind == "foreignObject":
        in_svg = False
    elif kind in _UNDRAWN and in_svg:
        hidden = True
    return [w for child in body for w in _shown(child, in_svg, hidden)]


@given(st.lists(_trees(5), min_size=1, max_size=4))
def test_an_svgs_undrawn_parts_show_no_foreign_object(trees) -> None:
    page = "<html><body>" + "".join(_html(t) for t in trees) + "</body></html>"
    want = [w for t in trees for w in _shown(t)]
    for fast in (True, False):  # html_scan and html.parser read alike
        text = _render_html(page, fast=fast)[0]
        assert [w for w in text.split() if w.startswith("w")] == want


FO = '<foreignObject width="600" height="400"><div xmlns="http://www.w3.org/1999/xhtml">{}</div></foreignObject>'


@pytest.mark.parametrize(
    "svg",
    [
        "<svg><defs>{}</defs></svg>",
        '<svg><symbol id="s">{}</symbol></svg>',
        '<svg><mask id="m">{}</mask></svg>',
        '<svg><clipPath id="c">{}</clipPath></svg>',
        '<svg><pattern id="p">{}</pattern></svg>',
        '<svg width="0" height="0">{}</svg>',
        '<svg width="0px" height="200">{}</svg>',
        '<svg width="100" height="0">{}</svg>',
        '<svg width=".0">{}</svg>',
    ],
)
def test_a_stale_table_in_an_undrawn_foreign_object_is_unread(svg: str) -> None:
    # red27 f01 f02 f04 f05: last year's tables there gave 2 stale cells of table 二
    page = (
        "<p>before</p>"
        + svg.format(FO.format("<table><tr><td>规章</td><td>29</td></tr></table>"))
        + "<p>after</p>"
    )
    for fast in (True, False):
        text = _render_html(page, fast=fast)[0]
        assert "29" not in text and "before" in text and "after" in text


@pytest.mark.parametrize(
    "svg", ['<svg width="600" height="400">{}</svg>', '<svg width="">{}</svg>', "<svg>{}</svg>"]
)
def test_a_drawn_foreign_object_is_still_read(svg: str) -> None:
    page = svg.format(FO.format("<table><tr><td>规章</td><td>37</td></tr></table>"))
    for fast in (True, False):
        assert "37" in _render_html(page, fast=fast)[0]
