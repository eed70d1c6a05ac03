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


# Pieces of tags that hide or strike, in odd cases and with the characters re.I matches
# to i and s (ı, İ, ſ), which a lower-cased page does not show as i or s.
HIDING = st.lists(
    st.sampled_from(
        [
            "<span",
            "<td",
            "<p",
            "<s",
            "<ſ",
            "<DEL",
            "<strike",
            " hidden",
            " HIDDEN",
            " hıdden",
            " hİdden",
            "=",
            ">",
            "<",
            "/",
            " ",
            "\n",
            'style="',
            '"',
            "display:none",
            "DISPLAY : None",
            "diſplay:none",
            "font-size:0",
            "font-ſize: 0.0",
            "FONT-SIZE:.0px",
            "font-size:0.5",
            "x",
            "数",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(HIDING)
@example("<span diſplay:none>7</span>")  # ſ is s to re.I: the full scan finds it
@example("<ſ>7</ſ>")  # a struck tag in the second branch only
@example('<td style="FONT-SIZE:0">1</td><s>2</s>')
def test_hidden_tags_are_the_full_patterns(source: str) -> None:
    """The shortcut of _hidden_tags (the second branch alone on a page without the first
    branch's words) finds the places the whole _HIDDEN_TAG finds."""
    from govinfo_nlp.read import _HIDDEN_TAG, _hidden_tags

    assert _hidden_tags(source) == [m.start() for m in _HIDDEN_TAG.finditer(source)]


def test_a_hiding_word_across_pieces_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lower-cased pieces overlap by a part's length but one: a part across the
    seam is found (with 4-character pieces, 'font' at every offset)."""
    import importlib

    read_module = importlib.import_module("govinfo_nlp.read")  # (the package's read is a function)
    monkeypatch.setattr(read_module, "_LOWER_PIECE", 4)
    for pad in range(6):
        source = "x" * pad + '<span style="FONT-SIZE:0">1</span>'
        expected = [m.start() for m in read_module._HIDDEN_TAG.finditer(source)]
        assert expected == [pad]
        assert read_module._hidden_tags(source) == expected
    assert not read_module._holds_hiding_word("x" * 9 + "fon" + "x" * 9)


def test_each_hiding_word_has_a_part_only_ascii_cases_match() -> None:
    """_hidden_tags's shortcut holds while each word of _HIDDEN_TAG's first branch has
    its part in _HIDING_WORDS (a word added to the pattern alone would be skipped on a
    page without the others' parts), and re.I matches each letter of a part in its two
    ASCII cases only (a lower-cased page shows any other as itself)."""
    import re

    from govinfo_nlp.read import _HIDDEN_TAG, _HIDING_WORDS, _STRUCK

    words = "|".join(word for word, _ in _HIDING_WORDS)
    assert _HIDDEN_TAG.pattern == rf"<[a-zA-Z][^<>]*?(?:{words})[^<>]*>|{_STRUCK}"
    every = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))
    for word, part in _HIDING_WORDS:
        assert part in word
        for letter in set(part):
            assert set(re.findall(re.escape(letter), every, re.I)) == {
                letter.lower(),
                letter.upper(),
            }
    # the letters the parts avoid: re.I matches a third character to each
    assert re.findall("i", "\u0131\u0130", re.I) and re.findall("s", "\u017f", re.I)
