"""Shortcuts of the facts stage's rule part skip work, never change what is found.

Each one is compared with the plain way of computing the same thing (issue 17:
fewer Python operations per quantity and per candidate, identical rows).
"""

from __future__ import annotations

import copy
import json
from importlib import resources

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govinfo_nlp.facts import rules as rules_module
from govinfo_nlp.facts import segments
from govinfo_nlp.facts.rules import load_cues, load_rules, match_rules, parse_cues, sentence_bits
from govinfo_nlp.facts.segments import LineMarks
from govinfo_nlp.facts.stdre import first_chars, needed_chars

_RAW = json.loads(
    (resources.files("govinfo_nlp.facts") / "data" / "cues.json").read_text(encoding="utf-8")
)


def _cues_with_explicit(pattern: str) -> str | None:
    raw = copy.deepcopy(_RAW)
    raw["year"]["explicit"] = pattern
    return parse_cues(raw).year_mark


def test_the_shipped_year_cues_all_hold_the_year_mark() -> None:
    # the gate of _period_cue: a sentence without 年 before the quantity has no year cue
    assert load_cues().year_mark == "年"


@pytest.mark.parametrize(
    ("pattern", "mark"),
    [
        (r"((?:19|20)\d{2})\s*年", "年"),
        # 年 in both branches of a group: every match holds it (read from the pattern's
        # syntax, stdre.needed_chars; the hand-written reader before it said no)
        (r"((?:19|20)\d{2})(?:年度|年)", "年"),
        # a match without 年: no gate
        (r"((?:19|20)\d{2})(?:年)?", None),
        (r"((?:19|20)\d{2})年|((?:19|20)\d{2})度", None),
        (r"((?:19|20)\d{2})[年度]", None),
    ],
)
def test_the_year_mark_gate_is_read_from_the_explicit_pattern(
    pattern: str, mark: str | None
) -> None:
    assert _cues_with_explicit(pattern) == mark


def _table_lines_plain(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """segments.table_lines as it was written before its shortcuts (one loop, no
    count of the hard lines' places): the reference the fast one must equal."""
    lines = text[start:end].split("\n")
    hard = [
        (
            "|" in ln
            and (ln.count("|") >= 2 or (ln.rstrip().endswith("|") and len(ln.strip()) <= 20))
            and not segments._prose_cell(ln)
        )
        or segments._BARE_NUMBERS.match(ln) is not None
        for ln in lines
    ]
    tabular = sum(hard) >= 3
    out = []
    pos = start
    for ln, is_hard in zip(lines, hard, strict=True):
        end_of_line = pos + len(ln)
        if is_hard or (
            tabular
            and (
                (len(ln.strip()) <= 20 and not any(mark in ln for mark in "。，,；;"))
                or ("|" in ln and len(ln) < 40)
            )
        ):
            out.append((pos, end_of_line))
        pos = end_of_line + 1
    return out


_LINE_PIECES = [
    "|",
    " | ",
    "12",
    "0",
    "3.5",
    "\t",
    " ",
    "申请",
    "。",
    "，",
    ";",
    "件",
    "-",
    "%",
    "x" * 30,
    "政府信息公开。" * 5,
    "\u3000",
    "\r",
    "\n",
    "\n",
    "\n",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_LINE_PIECES), max_size=40).map("".join),
    st.integers(0, 5),
    st.integers(0, 5),
)
@example("| a | b |\n| 1 | 2 |\n| 3 | 4 |\n短行\n长一些的句子，有标点。", 0, 0)
@example("前言\n1 2 3\n正文，有标点。", 0, 0)
def test_table_lines_finds_the_lines_the_plain_loop_finds(text: str, lo: int, hi: int) -> None:
    start, end = min(lo, len(text)), max(0, len(text) - hi)
    start = min(start, end)
    assert segments.table_lines(text, start, end) == _table_lines_plain(text, start, end)


_RULES = load_rules()
_RULE_WORDS = sorted({w for r in _RULES.rules for w in (*r.triggers, *r.subjects)})
_SENTENCE_PIECES = [*_RULE_WORDS, "，", "、", "：", "；", ",", "12件", "3条", "共", " "]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=14).map("".join),
    st.sampled_from(["12件", "3条", "5篇", "8次"]),
    st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=5).map("".join),
)
@example("全年办结政府信息，依申请公开", "65件", "")
@example("收到申请，其中，予以公开", "12件", "")
@example("受理政府信息公开申请，", "12件", "")
@example("举办培训，", "12次", "")
@example("提出修改意见，", "12件", "提出修改意见")
@example("反复申请：", "12件", "")  # the clean-clone CI's draw: a label and its value
@example("公布，：", "12件", "")  # ...and a label's colon after another mark: both crossed
def test_the_clause_marks_an_anchor_crosses_are_counted_in_its_gap(
    before: str, qty: str, after: str
) -> None:
    # match_rules counts the marks between a left anchor and the quantity only when
    # the anchor lies before the quantity's clause: the count must be the gap's
    text = before + qty + after + "。"
    start, end = len(before), len(before) + len(qty)
    marks = LineMarks(text)
    sent = marks.sentence(start)
    clause = marks.clause(start, *sent)
    unit = qty[-1]
    bits = sentence_bits(_RULES, text, *sent)
    for clause_start in (None, clause[0]):
        for m in match_rules(
            _RULES, text, start, end, unit, *sent, word_bits=bits, clause_start=clause_start
        ):
            if not isinstance(m.evidence, tuple) or m.anchor is None:
                continue
            _trigger, dist, clauses, _ups, _downs = m.evidence
            assert dist is not None
            # the anchor ends ``dist`` characters before the quantity, or begins that far
            # after it (no title in these sentences: the distance is the gap's length)
            left = text[start - dist - len(m.anchor) : start - dist] == m.anchor
            right = text[end + dist : end + dist + len(m.anchor)] == m.anchor
            counts = set()
            if left:
                gap = text[start - dist : start]
                n = sum(gap.count(c) for c in ",，、:：;；")
                # a label's colon right before the count opens no clause (反复申请：12件,
                # 予以公开：19件 are a label and its value: rules.match_rules), so an anchor
                # with no other mark before that colon is in the count's clause: none crossed
                counts.add(0 if n == 1 and gap.rstrip()[-1:] in (":", "：") else n)
            if right:
                counts.add(sum(text[end : end + dist].count(c) for c in ",，、:：;；"))
            if len(counts) == 1:  # one gap, or both alike: the marks it crosses
                assert clauses == counts.pop()


def test_a_colon_class_is_read_for_the_gates_and_a_posix_class_is_not() -> None:
    # [:：] is a plain set in both engines: the view counter and the bare-number cue
    # get their gates (a window without 浏点阅访 needs no ``regex`` search)
    assert first_chars(load_cues().page_counter) == frozenset("浏点阅访")
    assert first_chars(regex.compile(r"(?:量|数)\s*[:：]?\s*$")) == frozenset("量数")
    assert needed_chars(regex.compile(r"[:：]x年")) == frozenset("x年")
    # a POSIX class (regex syntax that re reads as a set) still refuses the pattern
    for source in (r"[[:digit:]]+件", r"[a[:digit:]]件", r"[:alpha:]件", r"[[:^alpha:]]件"):
        assert first_chars(regex.compile(source)) is None, source


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["申请", "，", "。", "(", "、", ":", "件", "12", " "]), max_size=20
    ).map("".join),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_one_clip_search_ends_every_right_window(text: str, q_end: int, reach: int) -> None:
    # match_rules cuts each rule's right window (and the blockers') from one search
    q_end = min(q_end, len(text))
    far = min(len(text), q_end + reach)
    cut = rules_module._clip_end(text, q_end, far)
    for hi in range(q_end, far + 1):
        assert text[q_end : min(cut, hi)] == rules_module._right_of(text, q_end, hi)


_GATE_PIECES = sorted(
    {w for r in _RULES.rules for w in (*r.blockers, *r.not_in, *r.triggers[:3], *r.subjects[:3])}
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*_GATE_PIECES, "，", "、", "；", "12件"]), max_size=10).map("".join),
    st.sampled_from(["12件", "3条", "5篇", "8次", "6个"]),
    st.lists(st.sampled_from([*_GATE_PIECES, "，", "、"]), max_size=4).map("".join),
)
def test_blockers_and_compounds_searched_in_one_string_as_in_two(
    before: str, qty: str, after: str
) -> None:
    # the blockers' two windows (and a rule's left and right window, for its masked
    # compounds) are searched joined by a character no word holds: the matches are
    # those of the two searches
    text = before + qty + after + "。"
    start, end = len(before), len(before) + len(qty)
    apart = load_rules()
    apart.index.joinable = False
    for rule_set in (_RULES, apart):
        assert rule_set.index.joinable is (rule_set is _RULES)
    joined = match_rules(_RULES, text, start, end, qty[-1], 0, len(text) - 1)
    separate = match_rules(apart, text, start, end, qty[-1], 0, len(text) - 1)
    assert joined == separate


# --- a sentence with no full stop for pages ----------------------------------------


def _year_of_last(text: str) -> int | None:
    from govinfo_nlp.facts.cues import period_of

    q_start = text.rindex("7件")
    return period_of(load_cues(), text, 0, q_start, q_start + 2, 2022)[0]


def test_a_period_cue_within_reach_of_a_run_on_sentence_is_read() -> None:
    # 150 clauses (1,050 characters) of one sentence; the year opens the last 14 of them
    text = "受理申请5件，" * 136 + "2021年，" + "受理申请5件，" * 13 + "受理申请7件"
    assert _year_of_last(text) == 2021


def test_a_period_cue_beyond_the_reach_of_a_run_on_sentence_is_not_read() -> None:
    # each quantity would rescan everything before it: a page with no full stop
    # cost minutes (20,000 counts, 156 s); the cue is looked for 1,000 characters back
    text = "2021年，" + "受理申请5件，" * 200 + "受理申请7件"
    assert _year_of_last(text) == 2022
    # the same sentence, shorter than the reach, reads its year
    assert _year_of_last("2021年，" + "受理申请5件，" * 100 + "受理申请7件") == 2021
