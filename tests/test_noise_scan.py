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
    LINE_BREAKS,
    Noise,
    _chrome_candidates,
    _first_link,
    _links,
    _patterns,
    find_chrome,
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
    # and each next one from where it can start
    assert [m.span() for m in _links(text)] == expected


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


def test_line_breaks_are_those_of_splitlines() -> None:
    breaks = [c for c in map(chr, range(0x110000)) if len(f"a{c}b".splitlines()) == 2]
    assert sorted(LINE_BREAKS) == breaks


def plain_chrome(text: str) -> list[Noise]:
    """The chrome lines find_chrome finds from its hint: every line, tried."""
    found, pos = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and len(stripped) <= 120 and _patterns().chrome.match(stripped):
            found.append(Noise("chrome", pos, pos + len(line), stripped))
        pos += len(line)
    return found


def chrome_only(text: str) -> list[Noise]:
    return [n for n in find_chrome(text) if n.kind == "chrome"]


CHROME_LINES = st.one_of(
    [st.from_regex(p, fullmatch=True) for p in RAW["chrome_lines"]]
    + [st.sampled_from(["| 一 | 2 |", "正文第一段。", "", "  ", "下一步工作"])]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", " ", "\u3000", "\t"]), CHROME_LINES, st.sampled_from("\n\n\r")
        ),
        max_size=6,
    )
)
@example([("", "首页 > 信息公开", "\n"), (" ", "| 分享到：", "\n"), ("", "扫一扫", "\n")])
@example([("", "正文首页, 首页", "\n"), ("", "首页 > 扫一扫", "\n")])
def test_chrome_from_the_hint_is_every_line_tried(lines: list[tuple[str, str, str]]) -> None:
    text = "".join(lead + line + end for lead, line, end in lines)
    assert chrome_only(text) == plain_chrome(text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(RAW["chrome_lines"]).flatmap(lambda p: st.from_regex(p, fullmatch=True)))
def test_every_chrome_line_is_a_candidate(line: str) -> None:
    # on a line of its own after prose, in normalised text (no break but \n)
    line = "".join(" " if c in LINE_BREAKS else c for c in line)
    text = f"正文。\n {line}\n正文。"
    pats = _patterns()
    found = list(_chrome_candidates(text, pats.chrome_hint, pats.chrome_words))
    stripped = line.strip()
    if stripped and _patterns().chrome.match(stripped):
        assert (4, 4 + len(line) + 2) in found


def plain_glosses(text: str) -> list[Noise]:
    """The glosses as found before the tone-mark test: the pattern, at every position."""
    gloss = re.compile(r"[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]")
    return [
        Noise("gloss", m.start(), m.end(), m.group())
        for m in gloss.finditer(text)
        if m.start() and re.match(r"[\u4e00-\u9fff]", text[m.start() - 1])
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"結果轉(（)）zhuǎnjiéüǜa e", "(jié)", "（zhuǎn）"]), max_size=30))
@example(["結", "(jié)", "果"])
@example(["結", "(jie)", "果"])
def test_glosses_are_found_only_with_a_tone_mark(parts: list[str]) -> None:
    text = "".join(parts)
    assert [n for n in find_chrome(text) if n.kind == "gloss"] == plain_glosses(text)
