"""Gates that skip a cue search: they must never skip one that would find
something (the answers with the gate equal those without)."""

from __future__ import annotations

import re
from dataclasses import replace

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.facts.cues import not_held
from govinfo_nlp.facts.rules import _NOT_HELD_PATTERNS, load_cues
from govinfo_nlp.facts.stdre import compile_cue, needed_chars

CUES = load_cues()


def test_needed_chars_reads_the_syntax() -> None:
    assert needed_chars(re.compile("a(?:b|bc)d?")) == {"a", "b"}
    assert needed_chars(re.compile("(?:近|最近|过去)\\s*[二三]年(?!度)")) == {"年"}
    assert needed_chars(re.compile("x*y+(?=z)")) == {"y"}  # a lookahead consumes nothing
    assert needed_chars(re.compile("[年]来|年")) == {"年"}
    assert needed_chars(re.compile("a|b")) == frozenset()
    assert needed_chars(re.compile("年", re.IGNORECASE)) == frozenset()
    assert needed_chars(regex.compile("[\\p{Han}]{1,3}政")) == {"政"}
    assert needed_chars(regex.compile("(?r)年")) == frozenset()  # not read by re


# the cue patterns of the shipped data and the characters their matches are made of
_PATTERNS = [getattr(CUES.not_held, key) for key in _NOT_HELD_PATTERNS] + [
    p for p in (CUES.year_explicit, CUES.policy_name, CUES.not_own, CUES.slogan) if p is not None
]
_ALPHABET = "年以来每近三2019至参加培训共计复议苏政“一个”：度报 ，；"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, max_size=24))
def test_a_window_without_a_needed_character_has_no_match(text: str) -> None:
    for pattern in _PATTERNS:
        if pattern.search(text) is not None:
            assert needed_chars(pattern) <= set(text), pattern.pattern


def _ungated() -> object:
    """The shipped cues with no character known to be needed: every search runs."""
    cues = load_cues()
    object.__setattr__(cues, "needs", dict.fromkeys(_NOT_HELD_PATTERNS, frozenset()))
    return cues


_WORDS = [
    "近三年",
    "三年来",
    "2019年至2021年",
    "2008年以来",
    "累计",
    "每季度",
    "参加",
    "组织",
    "召开和",
    "其中",
    "干部",
    "培训",
    "《2021年规划》",
    "2023年",
    "，",
    "；",
    "共",
]
_UNITS = ["次", "场", "人", "名", "件", "条", None]


@settings(max_examples=400, deadline=None)
@given(
    before=st.lists(st.sampled_from(_WORDS), max_size=8).map("".join),
    after=st.lists(st.sampled_from(_WORDS), max_size=3).map("".join),
    unit=st.sampled_from(_UNITS),
    year=st.sampled_from([None, 2023]),
    with_end=st.booleans(),
)
def test_not_held_with_its_gate_answers_as_without(
    before: str, after: str, unit: str | None, year: int | None, with_end: bool
) -> None:
    qty = f"3{unit or ''}"
    text = before + qty + after
    q_start = len(before)
    q_end = q_start + len(qty) if with_end else None
    args = (text, 0, q_start, unit, q_end, year)
    assert not_held(CUES, *args) == not_held(_ungated(), *args)  # type: ignore[arg-type]


def test_the_gate_is_read_from_the_data() -> None:
    """A several-years cue without 年 in a user's cues file is still looked for."""
    raw = {key: getattr(CUES.not_held, key).pattern for key in _NOT_HELD_PATTERNS}
    raw["several_years"] = "多届以来"
    nh = type(CUES.not_held)(
        event_counters=CUES.not_held.event_counters,
        people_counters=CUES.not_held.people_counters,
        **{key: compile_cue(source) for key, source in raw.items()},
    )
    cues = replace(CUES, not_held=nh)
    assert cues.needs["several_years"] == set("多届以来")
    assert not_held(cues, "多届以来共受理申请40件", 0, 9, "件") == ("several_years", "多届以来")
