"""The facts stage's scans skip work, never change what they find.

Each shortcut of the candidate analysis is compared with the plain way of
computing the same thing, on text built from the pieces the shortcut reasons
about (rule words and their fragments).
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from govinfo_nlp.facts.rules import load_rules, sentence_bits, sentence_words

_RULES = load_rules()
_WORDS = sorted({w for r in _RULES.rules for w in (*r.triggers, *r.subjects)})
# words, and their halves: a word that begins inside another and runs past it
_FRAGMENTS = [*_WORDS, *(w[len(w) // 2 :] for w in _WORDS), *(w[: len(w) // 2] for w in _WORDS)]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from([*_FRAGMENTS, "，", "件", "12", " "]), max_size=25).map("".join),
    st.integers(0, 6),
    st.integers(0, 6),
)
@example("政府信息公开申请", 0, 0)
@example("上年度结转申请", 1, 0)
def test_sentence_bits_find_every_word_of_the_window(text: str, cut_lo: int, cut_hi: int) -> None:
    start, end = min(cut_lo, len(text)), max(0, len(text) - cut_hi)
    start = min(start, end)
    expected = _RULES.index.bits_of(sentence_words(_RULES, text, start, end))
    assert sentence_bits(_RULES, text, start, end) == expected


def test_the_scan_steps_past_words_inside_a_found_one() -> None:
    # it must skip at all, or the test above compares the scan with itself
    steps = _RULES.index.scan_steps
    assert any(step == len(w) > 1 for w, (_t, _s, step) in steps.items())
    assert all(1 <= step <= len(w) for w, (_t, _s, step) in steps.items())


# --- prefilters of the cue patterns (stdre.first_chars, stdre.search_past_lookbehind) ---

import dataclasses  # noqa: E402
import re  # noqa: E402

import regex  # noqa: E402

from govinfo_nlp.facts.rules import load_cues, load_scope  # noqa: E402
from govinfo_nlp.facts.stdre import (  # noqa: E402
    first_chars,
    first_gate,
    search_past_lookbehind,
)


def _data_patterns() -> list[object]:
    out: list[object] = []
    for loaded in (load_cues(), load_scope()):
        for f in dataclasses.fields(loaded):  # type: ignore[arg-type]
            value = getattr(loaded, f.name)
            if isinstance(value, (re.Pattern, regex.Pattern)):
                out.append(value)
            elif isinstance(value, tuple):  # bare_english: (before, after, not before)
                out.extend(v for v in value if isinstance(v, (re.Pattern, regex.Pattern)))
    return out


def test_the_cues_gate_their_own_patterns() -> None:
    cues = load_cues()
    assert cues.gates["delta"] is first_gate(cues.delta) is not None
    # a copy with another pattern gates that pattern, not the first one
    other = dataclasses.replace(cues, delta=re.compile("环比"))
    assert other.gates["delta"].pattern == "[环]"


_SYNTHETIC = [
    r"(?:同比)|(?:(?:增加|减少)(?:了)?$)|(?:(?:比|较).{0,3}(?:增|减))",
    r"[^a]b",
    r"a?b*c",
    r"\s*其中",
    r"(?:x|)y",
    r"(?=ab)a|b",
    r"^(?:1|2)[0-9]{3}年",
    r"a{0}b",
    r"(?i)ab",
    r"(?:[一-三]|戊)+己?",
]


def _module_patterns() -> list[object]:
    from govinfo_nlp.facts import cues

    return [cues._TITLE_SPAN]


_PATTERNS = [
    *_data_patterns(),
    *_module_patterns(),
    *(re.compile(p) for p in _SYNTHETIC),
    *(regex.compile(p) for p in (r"子\p{Han}{0,2}?乡|\s*\d号", r"\p{Han}x", r"[“「]\s*[一二]")),
]
_CHARS = sorted(
    {ch for p in _PATTERNS for ch in getattr(p, "pattern", "") if not ch.isspace()}
    | set(" \u3000\t2020年1\n，。")
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CHARS), max_size=30).map("".join), st.integers(0, 40))
@example("较去年增加了", 0)
def test_a_window_without_a_first_character_has_no_match(text: str, lo: int) -> None:
    for pattern in _PATTERNS:
        first = first_chars(pattern)
        if first is None:
            continue
        start = min(lo, len(text))
        gate = first_gate(pattern)
        assert gate is not None
        assert (gate.search(text, start) is None) == first.isdisjoint(text[start:])
        if first.isdisjoint(text[start:]):
            assert pattern.search(text, start) is None, (pattern, text)  # type: ignore[attr-defined]


def test_first_characters_are_told_for_the_cue_patterns() -> None:
    # the prefilter must apply at all, and never to what can match anywhere or empty
    told = [p for p in _PATTERNS if first_chars(p) is not None]
    assert len(told) >= 10
    assert first_chars(re.compile("a?b*c")) == frozenset("abc")
    for source in (r"[^a]b", r"a?", r"(?i)ab", r".x", r"\wx", r"(a)?\1b"):
        assert first_chars(re.compile(source)) is None, source
    # regex syntax re's parser would read another way (a wrong set would drop matches)
    for source in (r"(?:foo){e<=1}", r"[[:digit:]]+件", r"(?V1)[\w--x]a", r"(?i)ab", r"[[]x"):
        assert first_chars(regex.compile(source)) is None, source
    assert first_chars(regex.compile(r"\p{Han}x")) is None
    assert first_chars(regex.compile(r"(?r)ab")) is None
    assert first_chars(regex.compile(r"子\p{Han}乡")) == frozenset("子")
    assert "\u3000" in first_chars(re.compile(r"\s*其中"))  # type: ignore[operator]


_BEHIND = [
    *(p for p in _PATTERNS if getattr(p, "pattern", "").startswith(("(?<!", "(?<="))),
    regex.compile(r"(?<!(?:按照|根据)[^。，]{0,4})(?:[省市]|系统)\s*20\d{2}年(?:度)?报告"),
    re.compile(r"(?<=[(（])\d+(?=[)）])"),
    regex.compile(r"(?<![]a])b"),
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "按照",
                "根据",
                "市",
                "省",
                "系统",
                "2020年",
                "度",
                "报告",
                "，",
                "(",
                "3",
                ")",
                "]",
                "b",
                "a",
            ]
        ),
        max_size=20,
    ).map("".join)
)
@example("根据市2020年报告，省2020年度报告")
def test_a_pattern_past_its_lookbehind_matches_where_the_pattern_does(text: str) -> None:
    for pattern in _BEHIND:
        want = pattern.search(text)  # type: ignore[attr-defined]
        got = search_past_lookbehind(pattern, text)
        assert (got is None) == (want is None), (pattern, text)
        if got is not None:
            assert got.span() == want.span()


# --- sentence and clause bounds by the marks of a line (segments.LineMarks) ---

from govinfo_nlp.facts.segments import (  # noqa: E402
    CLAUSE_BACK,
    CLAUSE_FWD,
    SENT_BACK,
    SENT_FWD,
    LineMarks,
    bounds,
)

_MARKED = st.lists(
    st.sampled_from([*"。！？!?\n,，、:：;；", "办结", "12件", " ", "\r", "其中"]), max_size=30
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_MARKED, st.lists(st.integers(0, 60), max_size=8))
@example("办结12件，其中\n12件。12件", [0, 6, 9, 3])
def test_line_marks_bound_as_the_searches_do(text: str, asked: list[int]) -> None:
    marks = LineMarks(text)
    # positions in any order: a new line is scanned, an old one again
    for pos in [p for p in asked if p < len(text) and text[p] != "\n"]:
        sent = marks.sentence(pos)
        assert sent == bounds(text, pos, 0, len(text), SENT_FWD, SENT_BACK)
        clause = marks.clause(pos, *sent)
        assert clause == bounds(text, pos, sent[0], sent[1], CLAUSE_FWD, CLAUSE_BACK)


def test_a_bare_number_line_ends_with_a_character_the_prefilter_lets_through() -> None:
    from govinfo_nlp.facts import segments

    astral = [chr(c) for c in (0x10D40, 0x1E4F0, 0x1F600, 0x20000)]
    for ch in [*map(chr, range(0x10000)), *astral]:
        if 0xD800 <= ord(ch) <= 0xDFFF:
            continue
        if segments._BARE_NUMBERS.match("1" + ch) is not None:
            assert ch in segments._BARE_END or (not ch.isascii() and segments._bare_end(ch)), ch
    # and it refuses at all (prose lines end with 。 or a Han character)
    assert "。" not in segments._BARE_END and not segments._bare_end("。")
