"""HTML inside an <svg>'s <foreignObject> is shown (session 27, robust27; hostile26 n02).

A browser renders the HTML a <foreignObject> holds; the reader skipped everything inside an
<svg>, so a page setting its article in one was read.empty. Now the content of a
<foreignObject> whose skipping came only from <svg>s is read as the page's; inside a
<template>, <noscript>, <script>... it stays unread, as does an <svg>'s own text, and so
does a <foreignObject> a browser never draws where it stands: in an svg's <defs>/<symbol>/
<mask>/<clipPath> or a zero-size <svg> (session 27, red27 f01 f02 f04 f05; their fixed
cases stay in tests/test_redteam_red27.py).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govinfo_nlp.read import _render_html

# A tree: ("text", word) or (tag, [children]); "svg0" is an <svg> of zero size. One tag set
# and one browser rule serve robust27's foreignObject reading and red27's undrawn parts.
_TAGS = (
    "svg",
    "svg0",
    "foreignObject",
    "defs",
    "symbol",
    "mask",
    "clipPath",
    "template",
    "noscript",
    "div",
    "p",
    "span",
)
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
    """The words a browser shows: none under a <template>/<noscript>; under an <svg> only
    what a <foreignObject> holds, and none in an svg's <defs>/<symbol>/<mask>/<clipPath>
    or in a zero-size <svg> (nothing of theirs is drawn where it stands). Outside an <svg>,
    <foreignObject> and those are unknown HTML elements: shown."""
    kind, body = tree
    if kind == "text":
        return [] if hidden or in_svg else [f"w{body}w"]
    if kind in ("template", "noscript"):
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
def test_the_words_shown_are_a_browsers(trees) -> None:
    # hostile26 n02 (an article set in a foreignObject), red27 f01 f02 f04 f05 (last
    # year's tables kept in an undrawn one)
    page = "<html><body>" + "".join(_html(t) for t in trees) + "</body></html>"
    want = [w for t in trees for w in _shown(t)]
    for fast in (True, False):  # html_scan and html.parser read alike
        text = _render_html(page, fast=fast)[0]
        assert [w for w in text.split() if w.startswith("w")] == want


def test_an_svgs_own_text_stays_unread_around_a_foreign_object() -> None:
    page = (
        "<p>a</p><svg><text>drawn</text><foreignObject><div>shown <b>too</b></div>"
        "</foreignObject><text>drawn2</text></svg><p>after</p>"
    )
    assert _render_html(page)[0] == "a\nshown too\nafter"


def test_a_foreign_object_left_open_ends_with_its_svg() -> None:
    page = "<svg><foreignObject><p>open</p></svg><p>after</p><svg><text>drawn</text></svg>"
    assert _render_html(page)[0] == "open\nafter"


def test_a_table_in_a_foreign_object_is_read() -> None:
    rows = "".join(f"<tr><td>item {k}</td><td>{k}</td></tr>" for k in range(3))
    page = f"<svg><foreignObject><table>{rows}</table></foreignObject></svg>"
    tables = _render_html(page)[2]
    assert [[c.text for c in row] for t in tables for row in t.rows] == [
        [f"item {k}", str(k)] for k in range(3)
    ]
