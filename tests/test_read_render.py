"""The HTML renderer gives the same page whichever tokeniser feeds it.

The fast tokeniser (:mod:`govinfo_nlp.readers.html_scan`) leaves out the
events of tags the renderer ignores; html.parser passes them all. Text,
offsets, tables and outline must not differ.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from govinfo_nlp.errors import UnreadableDocument
from govinfo_nlp.read import _RENDERED_TAGS, _render_html, decode
from govinfo_nlp.readers.html_scan import CELL_INLINE, cell_events, scan_events

ROOT = Path(__file__).resolve().parents[1]


def _rendered(source: str, *, fast: bool) -> Any:
    try:
        visible, offsets, tables, outline = _render_html(source, fast=fast)
    except UnreadableDocument as exc:
        return str(exc)
    elements = [(e.tag, e.start, e.end, e.depth) for e in outline.finish()]
    return visible, list(offsets), tables, elements, outline.links


def _same(source: str) -> None:
    assert _rendered(source, fast=True) == _rendered(source, fast=False)


@pytest.mark.parametrize("path", sorted((ROOT / "datasets").rglob("*.html")), ids=lambda p: p.name)
def test_pages_render_alike(path: Path) -> None:
    _same(decode(path.read_bytes())[0])  # the red team's pages include GBK and Big5


def test_generated_pages_render_alike() -> None:
    from govinfo_nlp_dev.synthetic.generator import generate_corpus

    pages = [r.text for r in generate_corpus(30, seed=4) if r.format == "html"]
    assert pages
    for page in pages:
        _same(page)


PIECES = st.sampled_from(
    [
        "<table>",
        "</table>",
        "<tr>",
        "</tr>",
        "<td>",
        "<td >",
        "</td>",
        "<th rowspan='2' colspan=3>",
        "</th>",
        "<span>",
        "</span>",
        "<font color=red>",
        "<strong/>",
        "<p>",
        "</p>",
        "<p class=MsoNormal align=center style='text-align:center'>",
        "</p >",
        "<span lang=EN-US>",
        "<o:p>",
        "</o:p>",
        "<b/>",
        "<th>",
        "</th>",
        "<TD>",
        "<head>",
        "</head>",
        "<div>",
        "</div>",
        "<br>",
        "<br/>",
        "<hr/>",
        "<a href='/x'>",
        "</a>",
        "<script>var a = '<td>';</script>",
        "<style/>",
        "<title>",
        "&nbsp;",
        "&#10;",
        "&amp",
        "&",
        "<",
        " ",
        "  ",
        "\n",
        "\t",
        "一、总体情况",
        "本年新收",
        "12",
    ]
)

_INLINE = st.lists(
    st.sampled_from(["<span>", "</span>", "<o:p>", "</o:p>", "<b/>", "<font size=2>"])
)
# A cell as the tokeniser reads in one go, or nearly (an entity, a space, another tag
# inside): the pieces around it decide whether the renderer reads it at once.
CELLS = st.tuples(
    st.sampled_from(["<td>", "<th>", "<td colspan=2>", "<td rowspan='2' class=x>"]),
    _INLINE,
    st.sampled_from(["", "<p>", "<p style='a'>"]),
    _INLINE,
    st.sampled_from(["12", " 1 ", "本年新收", "a  b", "\n", "&nbsp;", "<br>", ""]),
    _INLINE,
    st.sampled_from(["", "</p>"]),
    _INLINE,
    st.sampled_from(["</td>", "</th>", ""]),
).map(lambda parts: "".join("".join(p) if isinstance(p, list) else p for p in parts))
MARKUP = st.lists(st.one_of(PIECES, CELLS), max_size=30).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKUP)
@example("<table><tr><head><td><p>12</p></td></head><td>3</td></table>")  # a cell in skipped markup
@example("<table>" * 40 + "<tr><td>12</td>" + "</table>" * 40)  # in tables nested too deep
def test_any_markup_renders_alike(source: str) -> None:
    _same(source)


def _scanned(source: str, *, cells: bool) -> list[Any] | None:
    events: list[Any] = []
    if not scan_events(source, events.append, _RENDERED_TAGS, cells=cells):
        return None
    return [
        e for event in events for e in (cell_events(*event[1:]) if event[0] == "cell" else [event])
    ]


def test_a_cell_event_holds_the_events_of_its_cell() -> None:
    # a Word cell: <p>, inline tags before and after its text, Word's empty <o:p>
    page = (
        "<table><tr><td valign=center style='border:solid'><p class=MsoNormal align=center>"
        "<span style='font-size:10.5pt'>信息内容</span><span lang=EN-US><o:p></o:p></span></p></td>"
        "<td>12</td></tr></table>"
    )
    events: list[Any] = []
    assert scan_events(page, events.append, _RENDERED_TAGS, cells=True)
    assert [e[0] for e in events] == ["handle_starttag", "handle_starttag", "cell", "cell"] + [
        "handle_endtag"
    ] * 2
    assert _scanned(page, cells=True) == _scanned(page, cells=False)
    # the renderer leaves the inline tags out, as a cell event does
    assert not CELL_INLINE & _RENDERED_TAGS


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKUP)
def test_cell_events_are_the_events_of_the_cell(source: str) -> None:
    assert _scanned(source, cells=True) == _scanned(source, cells=False)
