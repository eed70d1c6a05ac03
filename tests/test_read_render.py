"""The HTML renderer gives the same page whichever tokeniser feeds it.

The fast tokeniser (:mod:`govinfo_nlp.readers.html_scan`) leaves out the
events of tags the renderer ignores; html.parser passes them all. Text,
offsets, tables and outline must not differ.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govinfo_nlp.errors import UnreadableDocument
from govinfo_nlp.read import _render_html, decode

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


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=30).map("".join))
def test_any_markup_renders_alike(source: str) -> None:
    _same(source)
