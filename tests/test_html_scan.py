"""The fast HTML tokeniser gives exactly html.parser's events, or declines."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govinfo_nlp.read import decode
from govinfo_nlp.readers.html_scan import _WITH_ATTRS, html_events

ROOT = Path(__file__).resolve().parents[1]


class _Recorder(HTMLParser):
    """html.parser's handler calls, as html_events lists them."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.events: list[tuple[str, int, tuple[Any, ...]]] = []

    def _add(self, name: str, *args: Any) -> None:
        line, col = self.getpos()
        self.events.append((name, self.line_starts[line - 1] + col, args))

    # the tags whose attributes the renderer reads (html_scan._WITH_ATTRS)
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._add("handle_starttag", tag, attrs if tag in _WITH_ATTRS else [])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._add("handle_startendtag", tag, attrs if tag in _WITH_ATTRS else [])

    def handle_endtag(self, tag: str) -> None:
        self._add("handle_endtag", tag)

    def handle_data(self, data: str) -> None:
        self._add("handle_data", data)

    def handle_charref(self, name: str) -> None:
        self._add("handle_charref", name)

    def handle_entityref(self, name: str) -> None:
        self._add("handle_entityref", name)


def _reference(source: str) -> list[tuple[str, int, tuple[Any, ...]]]:
    parser = _Recorder(source)
    parser.feed(source)
    parser.close()
    return parser.events


def _check(source: str) -> bool:
    fast = html_events(source)
    if fast is not None:
        assert fast == _reference(source)
    return fast is not None


def _pages() -> list[Path]:
    return sorted((ROOT / "datasets").rglob("*.html"))


@pytest.mark.parametrize("path", _pages(), ids=lambda p: p.name)
def test_pages_give_html_parsers_events(path: Path) -> None:
    fast = _check(decode(path.read_bytes())[0])  # the red team's pages include GBK and Big5
    if "redteam" not in path.parts:  # MS Word's <![if ...]> sections are left to html.parser
        assert fast, "an ordinary page is tokenised without html.parser"


def test_generated_pages_take_the_fast_path() -> None:
    from govinfo_nlp_dev.synthetic.generator import generate_corpus

    pages = [r.text for r in generate_corpus(30, seed=3) if r.format == "html"]
    assert pages
    for page in pages:
        assert _check(page)


PIECES = st.sampled_from(
    [
        "<td>",
        "</td>",
        "<TD colspan=2>",
        '<th rowspan="3" class=x>',
        "<td colspan = '2' >",
        "<br/>",
        "<br />",
        "<p style='a>b'>",
        '<a href="x"/>',
        "<a href=/x/>",
        "<input disabled/>",
        "<a <b>",
        "<tr\n>",
        "</tr >",
        "</ td>",
        "</>",
        "<!-- c -->",
        "<!-- a -- >",
        "<!DOCTYPE html>",
        "<![CDATA[x]]>",
        "<?php ?>",
        "<script>if (a < b && c) {}</script>",
        "<style>p{}</STYLE >",
        "<script/>",
        "&nbsp;",
        "&amp",
        "&#160;",
        "&#x3000;",
        "&#12",
        "& ",
        "&",
        "<",
        "< ",
        "<中",
        "一、总体情况",
        "12",
        " ",
        "\n",
    ]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=25).map("".join))
def test_events_equal_html_parsers_or_none(source: str) -> None:
    _check(source)


def test_unusual_markup_is_left_to_html_parser() -> None:
    for source in ("<?xml ?><p>1</p>", "<p>1</p><![CDATA[x]]>", "<p>1", "x &#12", "<a href='x"):
        assert html_events(source) is None or html_events(source) == _reference(source)
    assert html_events("<?xml ?><p>1</p>") is None
