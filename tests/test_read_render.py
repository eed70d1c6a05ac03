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


# Every word of _HIDING_WORDS, written in odd cases and split over tags, with the
# characters re.I matches to i, s and k (ı, İ, ſ, K) and the markup around them: the
# scan of the words a page holds the parts of (_hiding_scan) finds what _HIDDEN_TAG finds.
HIDING_WORDS = st.lists(
    st.sampled_from(
        [
            "<span",
            "<td",
            "<d",
            "<s",
            "<ſ",
            "<c",
            "<DEL",
            ">",
            "<",
            " ",
            "\t",
            "/",
            "=",
            '"',
            "'",
            ":",
            "-",
            "0",
            "999",
            ".",
            " hidden",
            " HıDDEN",
            "display:none",
            "DISPLAY : None",
            "diſplay:none",
            "font-size:0",
            "font-ſize: .0",
            "visibility:hidden",
            "VISIBILITY: collapse",
            "opacity:0",
            "OPACITY:.",
            "color:white",
            "color='#fff",
            "COLOR: transparent",
            "clip",
            "CLIP",
            "overflow:hidden",
            "OVERFLOW : HİDDEN",
            ": -1234",
            "d",
            "f",
            "v",
            "o",
            "c",
            "x",
            "数",
        ]
    ),
    max_size=24,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(HIDING_WORDS)
@example('<td class="x" style="color:white">1</td>')
@example("<dclip>")  # a word right after the tag's first letter only: no match
@example("<d clip>")
@example("<td o=overflow:hidden>")
def test_hidden_tags_with_every_word_are_the_full_pattern(source: str) -> None:
    """_hidden_tags (the words whose parts the page holds, each tried only where its
    first character is) finds the places the whole _HIDDEN_TAG finds."""
    from govinfo_nlp.read import _HIDDEN_TAG, _hidden_tags

    assert _hidden_tags(source) == [m.start() for m in _HIDDEN_TAG.finditer(source)]


def test_each_hiding_word_starts_with_a_character_class_can_hold() -> None:
    """_hiding_scan skips the characters no word starts with: each word starts with
    \\s or a character that re.I matches to itself and its other ASCII case only (so
    the class of first characters matches what the words' first characters match)."""
    import re

    from govinfo_nlp.read import _HIDING_WORDS

    every = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))
    for word, _ in _HIDING_WORDS:
        # the first character is one the word must start with: a literal letter or ":"
        # (or \s), not made optional or repeated by what follows it
        lead = 2 if word.startswith(r"\s") else 1
        assert word[lead : lead + 1] not in ("?", "*", "+", "{", "|"), word
        if word.startswith(r"\s"):
            continue
        assert word[0].isascii() and (word[0].isalpha() or word[0] == ":"), word
        assert set(re.findall(re.escape(word[0]), every, re.I)) == {
            word[0].lower(),
            word[0].upper(),
        }


# Backgrounds in odd cases, with K (the Kelvin sign: re.I matches it to k) and the
# characters around the words the scan looks at.
BACKGROUNDS = st.lists(
    st.sampled_from(
        [
            "background",
            "BACKGROUND",
            "bac\u212aground",
            "backgrounds",
            "-color",
            "-image",
            " bgcolor",
            " BGCOLOR",
            "\tbgcolor",
            "=",
            ":",
            " ",
            ";",
            '"',
            "#fff",
            "white",
            "red",
            "-",
            "x",
            "<",
            ">",
            "数",
        ]
    ),
    max_size=16,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(BACKGROUNDS, BACKGROUNDS)
@example("<p style='background:red'>", "")
@example("", "td{bac\u212aground:red}")
@example("<td bgcolor=red>", "")
def test_white_page_is_the_full_scan(source: str, css: str) -> None:
    """_white_page, which scans only a text whose lower case holds a part of the
    background words (_BACKGROUND_PARTS), says what the scan of every text says."""
    from govinfo_nlp.readers.css import _BACKGROUND, _WHITE_BACKGROUND, _white_page

    expected = all(
        _WHITE_BACKGROUND.fullmatch(m.group(1) if m.group(1) is not None else m.group(2))
        for text in (source, css)
        for m in _BACKGROUND.finditer(text)
    )
    assert _white_page(source, css) == expected


def test_background_parts_are_in_the_words_and_two_cased() -> None:
    """Each part of _BACKGROUND_PARTS is in its word, and re.I matches each of its
    letters in the two ASCII cases only (the lower-cased page shows any other as itself)."""
    import re

    from govinfo_nlp.readers.css import _BACKGROUND, _BACKGROUND_PARTS

    assert "background" in _BACKGROUND.pattern and "bgcolor" in _BACKGROUND.pattern
    assert _BACKGROUND_PARTS[0] in "background" and _BACKGROUND_PARTS[1] in "bgcolor"
    every = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))
    for letter in set("".join(_BACKGROUND_PARTS)):
        assert set(re.findall(re.escape(letter), every, re.I)) == {letter, letter.upper()}


def test_parts_in_lower_across_pieces() -> None:
    """A part across the seam of two pieces is found (pieces reach a part's length into
    the next), and one absent is not."""
    from govinfo_nlp.readers.css import parts_in_lower

    for pad in range(8):
        text = "x" * pad + "GROUND" + "x" * 5
        assert parts_in_lower(text, ("ground", "bgcolo"), piece=4) == {"ground"}
    assert parts_in_lower("groun" + "x" * 9, ("ground",), piece=4) == frozenset()
    assert parts_in_lower("", ("ground",)) == frozenset()
