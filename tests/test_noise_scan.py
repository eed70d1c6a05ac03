"""Noise's fast scans give what the plain patterns they replace give."""

from __future__ import annotations

import json
import re
from importlib import resources

from hypothesis import example, given, settings
from hypothesis import strategies as st

from govinfo_nlp.noise import (
    _SCHEME_REACH,
    _URL,
    _first_link,
    _patterns,
    find_spam,
    ignorecase_forms,
    is_spam,
)

RAW = json.loads(resources.files("govinfo_nlp").joinpath("data/noise.json").read_text("utf-8"))
TERMS = sorted(RAW["spam_terms"], key=len, reverse=True)
# The pattern the spam scan replaces: every term, longest first, ignoring case.
PLAIN_SPAM = re.compile("|".join(map(re.escape, TERMS)), re.I)


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


def test_ignorecase_forms_are_every_character_re_i_matches() -> None:
    extra = {k: v for k, v in RAW["ignorecase_extra"].items() if not k.startswith("_")}
    firsts = sorted({t[0] for t in TERMS})
    any_first = re.compile("[" + "".join(map(re.escape, firsts)) + "]", re.I)
    near = [c for c in map(chr, range(0x110000)) if any_first.fullmatch(c)]
    for first in firsts:
        same = re.compile(re.escape(first), re.I)
        assert ignorecase_forms(first, extra) == sorted(c for c in near if same.fullmatch(c))


SPAM_PIECES = st.sampled_from(
    [
        *"bBiIİıaAgG3六5 ，中体育彩票app旗舰厅",
        "bet365",
        "iBET",
        "İbet",
        "ıBet",
        "AG旗舰厅",
        "365体育",
        "投注官网",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(SPAM_PIECES, max_size=25).map("".join))
@example("BET365体育 ibet365 投注官网")
def test_spam_scan_is_the_plain_patterns(text: str) -> None:
    expected = [m.span() for m in PLAIN_SPAM.finditer(text)]
    assert [m.span() for m in _patterns().spam.finditer(text)] == expected
    assert is_spam(text) == bool(expected)
