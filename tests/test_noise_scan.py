"""Noise's fast scans give what the plain patterns they replace give."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from govinfo_nlp.noise import _SCHEME_REACH, _URL, _first_link, find_spam


def test_scheme_reach_is_the_longest_scheme() -> None:
    # :// is at most this far into a link (re's parser measures the longest scheme)
    longest = re._parser.parse(r"https?").getwidth()[1]  # type: ignore[attr-defined]
    assert longest == _SCHEME_REACH
    assert _URL.pattern.startswith(r"(?:https?://|www\.)")


def test_only_w_and_W_match_w_ignoring_case() -> None:
    w = re.compile("w", re.I)
    assert [c for c in map(chr, range(0x110000)) if w.fullmatch(c)] == ["W", "w"]


URL_PIECES = st.sampled_from(
    [*"httpsw:/.a1 -，。中", "http://", "HTTPS://", "httpſ://", "www.", "WwW.", "://", "bet365"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(URL_PIECES, max_size=30).map("".join))
@example("见 HTTPS://example.com 与 Www.bet365.cn")
def test_links_found_from_the_first_candidate(text: str) -> None:
    expected = [m.span() for m in _URL.finditer(text)]
    assert [m.span() for m in _URL.finditer(text, _first_link(text))] == expected


def test_spam_link_in_prose() -> None:
    text = "详见本局网站。另见 http://www.bet365.cc/a 页面"
    assert [n.text for n in find_spam(text)] == ["http://www.bet365.cc/a", "bet365"]
