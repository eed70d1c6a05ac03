"""The page outline built during the renderer's parse equals a separate parse's outline."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_page import T4_CASES, _article, _saved_page

from govinfo_nlp.read import _render_html
from govinfo_nlp.readers.page import report_body

SAMPLES = Path(__file__).resolve().parents[1] / "datasets" / "samples"


def _pages() -> list[str]:
    article = _article(T4_CASES["review_only"])
    return [
        article,
        _saved_page(article),
        "<div><p>一、总体情况</p><a href='/x'>其他<div>链接</div></a><td>三、收到",
        *(p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.html"))),
    ]


@pytest.mark.parametrize("source", _pages(), ids=lambda s: str(len(s)))
def test_one_pass_outline_finds_the_same_chrome(source: str) -> None:
    visible, offsets, _, outline = _render_html(source)
    one_pass = report_body(source, visible, offsets, outline)
    assert one_pass == report_body(source, visible, offsets)
    if "网站访问量" in source:
        assert one_pass, "a saved page has chrome"
