"""Fact rules and cues as data: loading, validation and matching.

A rule says "a quantity with one of these counters, near these trigger and/or
subject words, is a fact of this type" (``data/rules.jsonl``, one rule per
line). Scope, period, change and cumulative cues are plain word/regex lists
(``data/scope.json``, ``data/cues.json``). Everything is validated on load;
all bad entries of one file are reported together as ``file:index``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from ..datafiles import load_json, read_text
from ..errors import RuleFileError
from ..frozen import builder
from ..quantities.rules import example_named
from ..schema import FACT_TYPES, SCOPES
from .stdre import compile_cue, first_gate, needed_chars, word_alternation

__all__ = [
    "Cues",
    "Evidence",
    "FactRule",
    "NotHeld",
    "RuleMatch",
    "RuleSet",
    "ScopeCues",
    "load_cues",
    "load_rules",
    "load_scope",
    "match_rules",
    "sentence_bits",
    "sentence_words",
]

_REQUIRE = ("trigger", "subject", "both", "either", "none")
_RULE_KEYS = {
    "id",
    "type",
    "description",
    "triggers",
    "subjects",
    "require",
    "clause",
    "counters",
    "window",
    "right_window",
    "score",
    "context_up",
    "context_down",
    "blockers",
    "blockers_in_clause",
    "list_blockers",
    "bare_verb_blockers",
    "not_in",
    "verb_only",
}

# Scoring constants: a rule's anchor loses a little per character of distance
# and more per clause boundary crossed, so the nearest specific subject wins
# over one further back in the sentence ("规范性文件6篇,政策解读10篇").
DISTANCE_PENALTY = 0.004
CLAUSE_PENALTY = 0.04
CONTEXT_UP = 0.03
CONTEXT_DOWN = 0.15
CONTEXT_REACH = 30
BLOCKER_REACH = 16
_CLAUSE_MARKS = ",，、:：;；"
# the marks between a label and its value (予以公开：19件)
_LABEL_MARKS = ":："


@dataclass(frozen=True, slots=True)
class FactRule:
    """One validated rule of a pattern file."""

    id: str
    type: str
    triggers: tuple[str, ...]
    subjects: tuple[str, ...]
    require: str
    counters: tuple[str | None, ...]
    window: int
    right_window: int
    score: float
    clause: bool = False
    context_up: tuple[str, ...] = ()
    context_down: tuple[str, ...] = ()
    blockers: tuple[str, ...] = ()
    # compounds in which a trigger/subject word does not count ("公开" in 政务公开)
    not_in: tuple[str, ...] = ()
    # blockers looked for in the count's own item of its clause, not BLOCKER_REACH
    # characters back (see :func:`_clause_region`)
    blockers_in_clause: bool = False
    # verbs that, heading the count's clause before a list, govern each item of the
    # list (抽查网站36家、新媒体240个): see :func:`_list_head`
    list_blockers: tuple[str, ...] = ()
    # words that, in the clause before a count whose own clause is a bare verb of the
    # rule (…收到群众来信318件，已全部答复318件), name what it counts: see :func:`_bare_verb_of`
    bare_verb_blockers: tuple[str, ...] = ()
    # the count's clause is only a period and one of the rule's triggers (全年印发0件,
    # 2022年新制定1件): the noun is the sentence's topic before it, with no count
    # between (see :func:`_verb_only_ok`)
    verb_only: bool = False
    description: str = ""
    source: str = ""


# What a match's score was made of (see :attr:`RuleMatch.evidence`): the
# trigger of a "both" rule left of the quantity, the anchor's distance and the
# clause marks crossed (None, 0 without an anchor), the context words that
# raised and that lowered it.
Evidence = tuple[str | None, int | None, int, tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class RuleMatch:
    """A rule that fired on one quantity, with the evidence for its score."""

    rule: FactRule
    score: float
    anchor: str | None
    anchor_start: int  # position in the normalised text (phrase start)
    subject: str | None
    subject_start: int | None
    # Kept raw and worded by `reasons` when asked: every rule that fires on a
    # quantity is matched, but only the best match's reasons reach its fact.
    # A string is one reason as written (an inherited match's).
    evidence: Evidence | str = ""

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why the rule scored what it did, one line per step of the score."""
        evidence = self.evidence
        if isinstance(evidence, str):
            return (evidence,) if evidence else ()
        trigger, dist, clauses, ups, downs = evidence
        rule = self.rule
        out = [f"rule {rule.id} ({rule.source}) base {rule.score:.2f}"]
        if trigger is not None:
            # "first verb wins": a trigger further left still anchors the phrase
            out.append(f"trigger {trigger!r}")
        if dist is not None:
            penalty = DISTANCE_PENALTY * dist + CLAUSE_PENALTY * clauses
            out.append(
                f"anchor {self.anchor!r} at distance {dist}"
                + (f", {clauses} clause mark(s)" if clauses else "")
                + f" (-{penalty:.3f})"
            )
        if ups:
            out.append(f"context raised by {list(ups)}")
        if downs:
            out.append(f"context lowered by {list(downs)}")
        return tuple(out)


# built through its slots: every rule that fires on a quantity makes one
_rule_match = builder(RuleMatch)


def _alternation(words: Sequence[str]) -> re.Pattern[str] | None:
    """One pattern matching any of ``words``, longest first (None for no words)."""
    if not words:
        return None
    return re.compile(word_alternation(words))


@dataclass(frozen=True, slots=True)
class _Finder:
    """Where the words of a list occur in a string, with one regex call each way.

    Plain ``re`` patterns (a call costs half of a ``regex`` one): the words
    longest first, and the words reversed longest first, searched in the
    reversed string for the occurrence ending last.
    """

    last: re.Pattern[str]  # in the reversed string: the occurrence ending last (longest on ties)
    first: re.Pattern[str]  # forward search: the occurrence starting first (longest on ties)

    @staticmethod
    def of(words: Sequence[str]) -> _Finder | None:
        if not words:
            return None
        return _Finder(
            re.compile(word_alternation(w[::-1] for w in words)),
            re.compile(word_alternation(words)),
        )


class _RuleIndex:
    """Matching aids derived from a rule set (built once per :class:`RuleSet`).

    Most rules that accept a quantity's counter have none of their words in
    its sentence (measured: ~20 pass the counter, ~2.6 have a word). Finding
    which rule words occur in a sentence once, with one combined pattern,
    and keeping per word the bit set of rules it triggers or is a subject of,
    lets :func:`match_rules` pick the rules that can fire with a few integer
    operations instead of a ``str.find`` per word of every rule.
    """

    def __init__(self, rules: Sequence[FactRule]) -> None:
        self.rules = tuple(rules)
        words = sorted(
            {w for r in rules for w in (*r.triggers, *r.subjects)}, key=lambda w: (-len(w), w)
        )
        # longest first: at each position the alternation reports the longest word;
        # the shorter words starting there are its prefixes (added via `prefixes`)
        self.word_re: re.Pattern[str] | None = (
            re.compile(word_alternation(words)) if words else None
        )
        self.prefixes: dict[str, tuple[str, ...]] = {
            w: tuple(v for v in words if w.startswith(v)) for w in words
        }
        # bit i stands for rules[i]
        self.word_bits: dict[str, tuple[int, int]] = {}  # word -> (as trigger, as subject)
        for w in words:
            t = sum(1 << i for i, r in enumerate(rules) if w in r.triggers)
            sb = sum(1 << i for i, r in enumerate(rules) if w in r.subjects)
            self.word_bits[w] = (t, sb)
        # what an occurrence of a word found by `word_re` brings: its bits and its
        # prefixes' (the shorter words starting there)
        self.match_bits: dict[str, tuple[int, int]] = {
            w: self.bits_of(self.prefixes[w]) for w in words
        }
        self.scan_steps = _scan_steps(words, self.match_bits, self.bits_of)

        def req(kind: str) -> int:
            return sum(1 << i for i, r in enumerate(rules) if r.require == kind)

        # per rule: one pattern for its blockers / masked compounds (None: it has none)
        self.blockers: dict[str, re.Pattern[str] | None] = {
            r.id: _alternation(r.blockers) for r in rules
        }
        self.not_in: dict[str, re.Pattern[str] | None] = {
            r.id: _alternation(r.not_in) for r in rules
        }
        # per rule: its triggers / subjects as one pattern, searched backwards (the
        # occurrence ending nearest to the end, longest on ties: `_last_find`) and
        # forwards (the first occurrence, longest on ties: `_first_find`)
        self.finders: dict[str, tuple[_Finder | None, _Finder | None]] = {
            r.id: (_Finder.of(r.triggers), _Finder.of(r.subjects)) for r in rules
        }
        # the windows of a quantity's blockers (or compounds) searched as one string,
        # joined by a character none of their words holds (so no match spans both)
        self.joinable = not any(_APART in w for r in rules for w in (*r.blockers, *r.not_in))
        # how far right of a quantity any rule reads (its clause's end is found once)
        self.right_reach = max([BLOCKER_REACH, *(r.right_window for r in rules)])
        self.req_none, self.req_trigger = req("none"), req("trigger")
        self.req_subject, self.req_either = req("subject"), req("either")
        self._by_unit: dict[str | None, int] = {}
        # per rule, in order: everything match_rules reads of it, unpacked at once
        self._plans = tuple(
            _plan(
                r,
                self.blockers[r.id],
                self.not_in[r.id],
                self.finders[r.id],
                _alternation(r.list_blockers),
                _alternation(r.bare_verb_blockers),
            )
            for r in rules
        )
        # the plans of `live_plans` by (unit, trigger bits, subject bits): a report
        # repeats few combinations, and the bit loop costs more than the look-up
        self._live: dict[tuple[str | None, int, int], tuple[_Plan, ...]] = {}

    def unit_bits(self, unit: str | None) -> int:
        """The rules whose counters accept ``unit``.

        A counter with its alternative in brackets (篇(条), 条(次)) counts as
        the first one: the report wrote both words for the same items.
        """
        hit = self._by_unit.get(unit)
        if hit is None:
            base = _BRACKETED.sub("", unit) if unit else unit
            hit = sum(
                1 << i
                for i, r in enumerate(self.rules)
                if not r.counters or unit in r.counters or base in r.counters
            )
            self._by_unit[unit] = hit  # same value whichever thread stores it
        return hit

    def bits_of(self, words: Iterable[str]) -> tuple[int, int]:
        """The rules that have one of ``words`` as a trigger, and as a subject (bit sets)."""
        t_bits = s_bits = 0
        bits = self.word_bits
        for w in words:
            tb, sb = bits.get(w, (0, 0))
            t_bits |= tb
            s_bits |= sb
        return t_bits, s_bits

    def _live_bits(self, unit: str | None, bits: tuple[int, int]) -> int:
        t_bits, s_bits = bits
        return self.unit_bits(unit) & (
            self.req_none
            | (t_bits & s_bits)  # enough for any requirement, "both" included
            | (t_bits & self.req_trigger)
            | (s_bits & self.req_subject)
            | ((t_bits | s_bits) & self.req_either)
        )

    def live_plans(self, unit: str | None, bits: tuple[int, int]) -> tuple[_Plan, ...]:
        """The :func:`_plan` of each rule accepting ``unit`` whose required words are
        in the sentence (``bits``: :func:`sentence_bits`), in rule order."""
        key = (unit, *bits)
        hit = self._live.get(key)
        if hit is None:
            if len(self._live) >= _LIVE_CACHE:
                self._live.clear()  # bounded whatever the input: rebuilt as needed
            plans = self._plans
            live = self._live_bits(unit, bits)
            found = []
            while live:
                low = live & -live
                found.append(plans[low.bit_length() - 1])
                live ^= low
            hit = tuple(found)
            self._live[key] = hit  # same value whichever thread stores it
        return hit


def _scan_steps(
    words: Sequence[str],
    match_bits: dict[str, tuple[int, int]],
    bits_of: Callable[[Iterable[str]], tuple[int, int]],
) -> dict[str, tuple[int, int, int]]:
    """Per word found by ``word_re``: the bits of every word occurring within it
    (at its start, and inside it), and how far past its start the next word can
    begin that the text after it decides (its length when none can).

    A word inside a found one (信息 in 政府信息公开) is known from the found word
    alone, so :func:`sentence_bits` need not search for it again; only a word
    that begins inside it and runs past its end (a suffix of it is a proper
    prefix of that word) needs the text, so the scan resumes there.
    """
    known = set(words)
    begins = {w[:i] for w in words for i in range(1, len(w))}
    steps: dict[str, tuple[int, int, int]] = {}
    for w in words:
        inside = [w[k:e] for k in range(1, len(w)) for e in range(k + 1, len(w) + 1)]
        t_bits, s_bits = bits_of(v for v in inside if v in known)
        t_own, s_own = match_bits[w]
        step = next((k for k in range(1, len(w)) if w[k:] in begins), len(w))
        steps[w] = (t_own | t_bits, s_own | s_bits, step)
    return steps


# Distinct (unit, sentence words) combinations whose live rules are kept.
_LIVE_CACHE = 4096

# What match_rules needs of a rule: (rule, window, right_window, clause, blockers,
# not_in, trigger finder last/first, subject finder last/first, require,
# context_up, context_down, how far back context words are looked for, whether
# its blockers read the count's item of its clause, its list and bare-verb blockers,
# whether its clause must be a bare verb).
_Plan = tuple[Any, ...]


def _plan(
    rule: FactRule,
    blockers: re.Pattern[str] | None,
    not_in: re.Pattern[str] | None,
    finders: tuple[_Finder | None, _Finder | None],
    list_blockers: re.Pattern[str] | None = None,
    bare_verb_blockers: re.Pattern[str] | None = None,
) -> _Plan:
    t_find, s_find = finders
    return (
        rule,
        rule.window,
        rule.right_window,
        rule.clause,
        blockers,
        not_in,
        t_find.last if t_find is not None else None,
        t_find.first if t_find is not None else None,
        s_find.last if s_find is not None else None,
        s_find.first if s_find is not None else None,
        rule.require,
        rule.context_up,
        rule.context_down,
        max(rule.window, CONTEXT_REACH),
        rule.blockers_in_clause,
        list_blockers,
        bare_verb_blockers,
        rule.verb_only,
    )


# Joins two windows searched as one string (see _RuleIndex.joinable).
_APART = "\x00"
# how far before a rule's window a compound of its not_in may begin (the longest such
# words, 政府信息公开, are six characters): a compound the window's start cuts is
# still a compound (paraphrase25 z12's 双随机、一公开)
_NOT_IN_LEAD = 5

_BRACKETED = re.compile(r"[(（][^()（）]*[)）]$")


@dataclass(frozen=True, slots=True)
class RuleSet:
    rules: tuple[FactRule, ...]
    _index: Any = field(default=None, repr=False, compare=False)

    def extended(self, more: Iterable[FactRule]) -> RuleSet:
        return RuleSet(self.rules + tuple(more))

    @property
    def index(self) -> _RuleIndex:
        if self._index is None:
            object.__setattr__(self, "_index", _RuleIndex(self.rules))
        index: _RuleIndex = self._index
        return index


@dataclass(frozen=True, slots=True)
class ScopeCues:
    default: str
    cues: tuple[tuple[str, str], ...]  # (word, scope), longest first
    pattern: Any = field(repr=False, default=None)
    jurisdiction_title: Any = field(repr=False, default=None)
    # a people's government's (or its office's) report: its cues add `government_only`
    government_title: Any = field(repr=False, default=None)
    government_pattern: Any = field(repr=False, default=None)
    # ...and, by the title's level (区, 县…), the cues naming that government itself
    government_patterns: dict[str, Any] = field(repr=False, default_factory=dict)
    government_self: frozenset[str] = frozenset()
    # ...as a place, not the clause's subject (区政府门户网站)
    government_self_not_subject: Any = field(repr=False, default=None)
    # cues of the bodies the agency urged or guided: their own clause only (scope.json)
    own_clause: frozenset[str] = frozenset()
    # cues only as the subject opening their clause (辖区…, 中心…): see scope.json
    subject_only: frozenset[str] = frozenset()
    # an agency titled by an organ word (…中心2023年…报告): its group, then the cue
    # pattern with the words it calls itself by (own_organ.words) as self, subject only
    own_organ_title: Any = field(repr=False, default=None)
    own_organ_patterns: dict[str, Any] = field(repr=False, default_factory=dict)
    subject_not_after: Any = field(repr=False, default=None)
    # area words naming a place, no cue after a preposition of place (scope.json place_cues)
    place_words: frozenset[str] = frozenset()
    place_not_after: Any = field(repr=False, default=None)
    # appeals another body counts with no word of this agency's disclosure: its caseload
    others_caseload_types: frozenset[str] = frozenset()
    others_caseload_about: Any = field(repr=False, default=None)
    # another body named as its clause's subject (福建省生态环境厅全年公开…): see scope.json
    named_body: Any = field(repr=False, default=None)
    # a government named by its level opening its clause (区政府召开…): see scope.json
    other_government: Any = field(repr=False, default=None)
    _by_word: Any = field(repr=False, default=None, compare=False)
    # an area word as the audience/object of the agency's own action (see scope.json)
    object_audience: Any = field(repr=False, default=None)
    object_verb: Any = field(repr=False, default=None)
    object_event: Any = field(repr=False, default=None)
    object_embedded: Any = field(repr=False, default=None)
    # an area word as what the agency's published items are about (发布全市…信息12条)
    object_publish: Any = field(repr=False, default=None)
    object_published_count: Any = field(repr=False, default=None)
    object_publish_not: Any = field(repr=False, default=None)
    # self cues naming a government's office: another agency in a department's report
    government_bodies: frozenset[str] = frozenset()
    subject_lead: Any = field(repr=False, default=None)  # what may open a clause before it
    clause_marks: Any = field(repr=False, default=None)
    # a body above the agency opening a clause: its count is neither self nor area
    other_body: Any = field(repr=False, default=None)
    # a count of the area's bodies (对9个市（州）…): see scope.json ``bodies``
    body_counters: frozenset[str] = frozenset()
    body_after: Any = field(repr=False, default=None)
    body_not_before: Any = field(repr=False, default=None)
    # a page that opens speaking as the area (一、总体情况⏎我县认真…): as a jurisdiction title
    area_opener: Any = field(repr=False, default=None)
    # a sentence itemising the one before it (其中, 具体为, 一是): see scope.json ``list_opener``
    list_opener: Any = field(repr=False, default=None)
    list_opener_gate: Any = field(repr=False, default=None)

    @property
    def by_word(self) -> dict[str, str]:
        """``dict(cues)``: the scope of each cue word (built once, not per quantity)."""
        if self._by_word is None:
            object.__setattr__(self, "_by_word", dict(self.cues))
        by_word: dict[str, str] = self._by_word
        return by_word


@dataclass(frozen=True, slots=True)
class NotHeld:
    """Cues of counts that are not the agency's own events of the report year
    (``cues.json`` ``not_held``; read by :func:`cues.not_held`)."""

    event_counters: frozenset[str]
    people_counters: frozenset[str]
    took_part: Any
    held: Any
    joined: Any  # a held verb coordinated with the verb of taking part (召开和参加)
    sent_to: Any  # after people the agency sends: 6名干部参加…
    part: Any
    several_years: Any
    since: Any  # 自2008年以来: a running total from a year before the count's
    since_total: Any  # …when the count's own clause sums (累计, 共)
    per_period: Any  # 每季度…1次: a frequency
    period_reset: Any
    # before people in their own clause: the agency sends them to another's event
    # (并选派2名干部参加市级培训), whatever an earlier clause of the statement held
    sent_by: Any = None
    # a case or example told in the statement before the count (典型案例：,
    # 申请人张某, 某企业): its counts are the case's, not the agency's year's
    example: Any = None
    # …or a quoted case the sentence calls an example after the count (以“…1件…”为例)
    example_after: Any = None
    # the training people attend, named between the verb of taking part and their
    # count in its clause (派员参加市政务公开办培训4人次): trainees of another's event
    trained: Any = None
    # a verb of holding and 的 after the verb of taking part: another body is named
    # as the training's holder (参加区政务公开办组织的线上培训35人次)
    others_held: Any = None


@dataclass(frozen=True, slots=True)
class Cues:
    delta: Any
    delta_window: int
    cumulative: Any
    cumulative_window: int
    year_explicit: Any
    year_previous: Any
    year_current: Any
    bare_number: Any
    # 累计 dated by its sentence (截至…累计), and the report year's own period written
    # in a clause (2020年, 全年): what makes 累计 alone a running total (cues.json cumulative)
    cumulative_dated: Any = None
    cumulative_period_word: Any = None
    # a year cue that is not the clause's period (comparison base, range end, 上年结转)
    year_not_before: Any = None
    year_carried_before: Any = None
    year_not_after: Any = None
    year_relative_after: Any = None
    year_compared: Any = None
    # a bracketed note with a count of its own (（上年19件）): its year dates that
    # count only, not the counts after the note (cues.json year.closed_note)
    year_closed_note: Any = None
    # a year naming a report (2021年度报告): the report's name after the year, and
    # the words that make the report the frame the count is stated in (…中, 据…)
    year_report: Any = None
    year_report_frame_after: Any = None
    year_report_frame_before: Any = None
    # two appeal kinds counted together (行政复议和行政诉讼共3件) and the words
    # that make the number each kind's (各, 均)
    joint: Any = None
    joint_distributive: Any = None
    # the wrong figure of a correction note (误填为15件, 18件（系笔误，应为19件）)
    correction_before: Any = None
    correction_after: Any = None
    # information found wrong, outdated or garbled (有误差的信息3条): no item published
    flawed_before: Any = None
    flawed_after: Any = None
    # counts given respectively for two verbs named together (收到和办结…分别为17件和16件)
    respective_pair: Any = None
    respective_marker: Any = None
    respective_received: Any = None
    respective_closed: Any = None
    # a stock of documents (规章对外公开总数量45件, 现行有效, 共有规章45件, 截至年底…): not the
    # report year's count (cues.json stock)
    stock_column: Any = None
    stock_running: Any = None
    stock_in_force: Any = None
    stock_existing: Any = None
    stock_dated: Any = None
    stock_documents: Any = None
    stock_action: Any = None
    stock_this_year: Any = None
    # quantities that are not facts: look-back periods (近三年), slogan expansions
    period: Any = None
    period_units: frozenset[str] = frozenset()
    slogan: Any = None
    policy_name: Any = None
    # a bare number right after a counted noun, before a list mark (文件46、)
    bare_listed: Any = None
    bare_listed_end: Any = None
    # the last item of a prose list at its line's end (…27条、行政处罚决定2，答复来信件5⏎)
    bare_listed_line: Any = None
    # a whole number between English words: (before, after, not before) patterns
    bare_english: tuple[Any, Any, Any] | None = None
    article: Any = None
    article_texts: frozenset[str] = frozenset()
    direction: Any = None
    direction_units: frozenset[str] = frozenset()
    # a web page's view counter label and colon before a number (浏览次数：873)
    page_counter: Any = None
    # a printed page's mark around a count of pages: before it (第1页 共) and
    # after it ( 第1页): chrome, no count (第 1 页 共 3 页)
    page_mark: Any = None
    page_mark_after: Any = None
    # right after a quantity that is part of a name (两家子满族乡, 白广路二条2号)
    name_after: Any = None
    # list items in a row opening with one numeral that make a slogan (三个安全、三个环境…)
    repeated_items: int = 0
    # typed categories of a list that do not pass their type to the next item
    not_inherited: frozenset[str] = frozenset()
    # rules that read a part of a total (a channel, an applicant kind) and yield to the
    # type of the total before them in the sentence (cues.json enumeration.part_rules)
    part_rules: frozenset[str] = frozenset()
    # ...the types of the totals they yield to (cues.json enumeration.part_totals)
    part_types: frozenset[str] = frozenset()
    # a disclosure attribute of documents made (cues.json attribute_parts): the words in
    # a count's item, the rules of the totals it parts, the rule it is read by
    attribute_words: Any = None
    attribute_totals: frozenset[str] = frozenset()
    attribute_rule: str | None = None
    # counters a list's parts may use for one another (条, 件, 篇…)
    counter_groups: tuple[frozenset[str], ...] = ()
    # a sentence opening an enumeration (其中…, 按…分), and the words that announce
    # a list as a total's parts (cues.json enumeration head / announced)
    enumeration_head: Any = None
    enumeration_announced: Any = None
    # a clause that is only a verb before its count (新公开3件) and the types of the
    # count before it whose noun it takes (cues.json elided)
    elided_verb: Any = None
    elided_types: frozenset[str] = frozenset()
    # the agency acting for others (as review body): counts after it are other
    not_own: Any = None
    # events the agency took part in, plans, several years (see NotHeld)
    not_held: NotHeld | None = None
    # a plan's words in its sentence, opening a sentence of its paragraph, and
    # at the quantity itself (不少于): its year is the one planned for (cues.json plan)
    plan_sentence: Any = None
    plan_opener: Any = None
    plan_own: Any = None
    # a character every year cue contains ("年"), when the cues guarantee one: a
    # sentence without it has no year cue to look for (None: always look)
    year_mark: str | None = None
    # Per cue pattern (by field name; the parts of ``bare_english`` as
    # ``english_before``/``english_after``/``english_not_before``): the class of
    # the characters a match can begin with (stdre.first_gate; None: any). A
    # window without them needs no search. Not arguments: built from the
    # patterns (a replace()d copy builds its own), and attributes, not
    # properties: the cue functions read them for every quantity.
    gates: dict[str, Any] = field(init=False, repr=False, compare=False, default_factory=dict)
    # Per pattern of ``not_held`` (by key): the characters every match holds
    # (stdre.needed_chars; empty: none known). A window lacking one needs no search.
    needs: dict[str, frozenset[str]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        named = {f.name: getattr(self, f.name) for f in fields(self) if f.init}
        if self.bare_english is not None:
            names = ("english_before", "english_after", "english_not_before")
            named.update(zip(names, self.bare_english, strict=True))
        gates = {
            name: first_gate(p)
            for name, p in named.items()
            if isinstance(p, (re.Pattern, regex.Pattern))
        }
        nh = self.not_held
        needs = {} if nh is None else {k: needed_chars(getattr(nh, k)) for k in _NOT_HELD_PATTERNS}
        object.__setattr__(self, "gates", gates)
        object.__setattr__(self, "needs", needs)


def _str_list(value: Any, *, allow_null: bool = False) -> bool:
    return isinstance(value, list) and all(
        (isinstance(v, str) and v) or (allow_null and v is None) for v in value
    )


def _validate_rule(raw: Any) -> list[str]:
    """Every problem of one rule entry (empty when valid)."""
    if not isinstance(raw, dict):
        return ["entry is not a JSON object"]
    problems: list[str] = []
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        problems.append(f"unknown keys {sorted(unknown)}")
    if not isinstance(raw.get("id"), str) or not raw.get("id"):
        problems.append("'id' must be a non-empty string")
    if raw.get("type") not in FACT_TYPES:
        problems.append(f"'type' {raw.get('type')!r} is not a SCHEMA fact type")
    for key in (
        "triggers",
        "subjects",
        "context_up",
        "context_down",
        "blockers",
        "list_blockers",
        "bare_verb_blockers",
        "not_in",
    ):
        if key in raw and not _str_list(raw[key]):
            problems.append(f"'{key}' must be a list of non-empty strings")
    if "counters" in raw and not _str_list(raw["counters"], allow_null=True):
        problems.append("'counters' must be a list of strings (null = no counter)")
    require = raw.get("require", "either")
    if require not in _REQUIRE:
        problems.append(f"'require' must be one of {_REQUIRE}")
    else:
        needs_t = require in ("trigger", "both")
        needs_s = require in ("subject", "both")
        if needs_t and not raw.get("triggers"):
            problems.append(f"require={require!r} needs 'triggers'")
        if needs_s and not raw.get("subjects"):
            problems.append(f"require={require!r} needs 'subjects'")
        if require == "either" and not (raw.get("triggers") or raw.get("subjects")):
            problems.append("require='either' needs 'triggers' or 'subjects'")
    for key in ("window", "right_window"):
        v = raw.get(key, 0)
        if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= 200:
            problems.append(f"'{key}' must be an integer in [0, 200]")
    for key in ("clause", "blockers_in_clause", "verb_only"):
        if not isinstance(raw.get(key, False), bool):
            problems.append(f"'{key}' must be true or false")
    score = raw.get("score")
    if not isinstance(score, (int, float)) or isinstance(score, bool) or not 0 < score <= 1:
        problems.append("'score' must be a number in (0, 1]")
    return problems


def _rule_from(raw: dict[str, Any], source: str) -> FactRule:
    return FactRule(
        id=raw["id"],
        type=raw["type"],
        triggers=tuple(sorted(raw.get("triggers", []), key=len, reverse=True)),
        subjects=tuple(sorted(raw.get("subjects", []), key=len, reverse=True)),
        require=raw.get("require", "either"),
        counters=tuple(raw.get("counters", [])),
        window=raw.get("window", 24),
        right_window=raw.get("right_window", 0),
        score=float(raw["score"]),
        clause=raw.get("clause", False),
        context_up=tuple(raw.get("context_up", [])),
        context_down=tuple(raw.get("context_down", [])),
        blockers=tuple(raw.get("blockers", [])),
        not_in=tuple(sorted(raw.get("not_in", []), key=len, reverse=True)),
        blockers_in_clause=raw.get("blockers_in_clause", False),
        list_blockers=tuple(raw.get("list_blockers", [])),
        bare_verb_blockers=tuple(raw.get("bare_verb_blockers", [])),
        verb_only=raw.get("verb_only", False),
        description=raw.get("description", ""),
        source=source,
    )


_WORD_LIST_KEYS = (
    "triggers",
    "subjects",
    "counters",
    "context_up",
    "context_down",
    "blockers",
    "list_blockers",
    "bare_verb_blockers",
    "not_in",
)


def load_word_lists() -> dict[str, tuple[str, ...]]:
    """The shared word lists of ``data/wordlists.json`` (each with the reason it exists)."""
    raw = _load_json("wordlists.json")
    lists: dict[str, tuple[str, ...]] = {}
    problems: list[str] = []
    for name, entry in raw.items():
        if name == "_comment":
            continue
        ok = isinstance(entry, dict) and _str_list(entry.get("words"))
        if not ok or not isinstance(entry.get("why"), str) or not entry["why"].strip():
            problems.append(f"wordlists.json:{name}: needs 'words' (non-empty strings) and a 'why'")
            continue
        lists[name] = tuple(entry["words"])
    if problems:
        raise RuleFileError("invalid word lists:\n" + "\n".join(problems))
    return lists


def _expand_word_lists(
    raw: Any, lists: dict[str, tuple[str, ...]], where: str, problems: list[str]
) -> Any:
    """``raw`` with every ``"@name"`` in a word list replaced by the named list's words."""
    if not isinstance(raw, dict):
        return raw
    out = dict(raw)
    for key in _WORD_LIST_KEYS:
        value = raw.get(key)
        if not isinstance(value, list) or not any(
            isinstance(v, str) and v.startswith("@") for v in value
        ):
            continue
        words: list[Any] = []
        for v in value:
            if isinstance(v, str) and v.startswith("@"):
                if v[1:] not in lists:
                    problems.append(f"{where}: unknown word list {v!r} in '{key}'")
                words.extend(lists.get(v[1:], ()))
            else:
                words.append(v)
        out[key] = words
    return out


def parse_rules(lines: Sequence[str], source: str) -> tuple[FactRule, ...]:
    """Validate JSONL rule lines; raise one RuleFileError listing every bad entry.

    A word list may name a shared list of ``data/wordlists.json`` as ``"@name"``.
    """
    problems: list[str] = []
    rules: list[FactRule] = []
    seen: set[str] = set()
    lists = load_word_lists()
    index = 0
    for line in lines:
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        index += 1
        where = f"{source}:{index}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: invalid JSON ({exc.msg})")
            continue
        n_problems = len(problems)
        raw = _expand_word_lists(raw, lists, where, problems)
        if len(problems) > n_problems:
            continue
        errs = _validate_rule(raw)
        if not errs and raw["id"] in seen:
            errs = [f"duplicate id {raw['id']!r}"]
        if errs:
            problems.extend(f"{where}: {e}" for e in errs)
            continue
        seen.add(raw["id"])
        rules.append(_rule_from(raw, source))
    if problems:
        raise RuleFileError("invalid fact rules:\n" + "\n".join(problems))
    return tuple(rules)


def load_rules(path: str | os.PathLike[str] | None = None) -> RuleSet:
    """The shipped rules (``path=None``) or a user's JSONL pattern file."""
    if path is None:
        text = read_text("facts/data/rules.jsonl")
        source = "rules.jsonl"
    else:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise RuleFileError(f"{p}: cannot read rule file ({exc})") from exc
        source = str(p)
    return RuleSet(parse_rules(text.splitlines(), source))


def _load_json(name: str) -> Any:
    return load_json("facts/data/" + name)


def parse_scope(raw: Any, source: str = "scope.json") -> ScopeCues:
    problems: list[str] = []
    if not isinstance(raw, dict):
        raise RuleFileError(f"{source}:0: not a JSON object")
    if raw.get("default") not in SCOPES:
        problems.append(f"{source}:default: must be one of {SCOPES}")
    cues = raw.get("cues")
    pairs: list[tuple[str, str]] = []
    if not isinstance(cues, dict):
        problems.append(f"{source}:cues: must be an object of scope -> words")
    else:
        for scope, words in cues.items():
            if scope not in SCOPES:
                problems.append(f"{source}:cues.{scope}: unknown scope")
            elif not _str_list(words):
                problems.append(f"{source}:cues.{scope}: must be a list of non-empty strings")
            else:
                pairs.extend((w, scope) for w in words)
    titles: dict[str, Any] = {}
    doc_cues = raw.get("document_cues", {})
    for key in (
        "jurisdiction_title",
        "area_opener",
        "government_title",
        "subject_lead",
        "clause_marks",
        "other_body",
        "named_body",
        "other_government",
        "government_self_not_subject",
    ):
        if doc_cues.get(key):
            try:
                titles[key] = compile_cue(doc_cues[key])
            except (regex.error, TypeError) as exc:
                problems.append(f"{source}:document_cues.{key}: bad regex ({exc})")
    only = doc_cues.get("government_only", [])
    if not _str_list(only):
        problems.append(
            f"{source}:document_cues.government_only: must be a list of non-empty strings"
        )
    elif not set(only) <= {w for w, _ in pairs}:
        problems.append(f"{source}:document_cues.government_only: every word must be a cue")
    own_clause = raw.get("own_clause", [])
    if not _str_list(own_clause):
        problems.append(f"{source}:own_clause: must be a list of non-empty strings")
        own_clause = []
    elif not set(own_clause) <= {w for w, s in pairs if s == "jurisdiction"}:
        problems.append(f"{source}:own_clause: every word must be a jurisdiction cue")
    subject_only = raw.get("subject_only", [])
    if not _str_list(subject_only):
        problems.append(f"{source}:subject_only: must be a list of non-empty strings")
        subject_only = []
    elif not set(subject_only) <= {w for w, _ in pairs}:
        problems.append(f"{source}:subject_only: every word must be a cue")
    organ = raw.get("own_organ", {})  # optional: older scope files have none
    organ_words = organ.get("words", {})
    if not isinstance(organ_words, dict) or not all(
        isinstance(k, str) and _str_list(v) for k, v in organ_words.items()
    ):
        problems.append(f"{source}:own_organ.words: must map an organ word to words")
        organ_words = {}
    organ_res = _compile_keys(organ, ("title", "not_after"), f"{source}:own_organ", problems)
    place = raw.get("place_cues", {})  # optional: older scope files have none
    place_words = place.get("words", [])
    if not _str_list(place_words) and place:
        problems.append(f"{source}:place_cues.words: must be a list of non-empty strings")
        place_words = []
    elif not set(place_words) <= {w for w, s in pairs if s == "jurisdiction"}:
        problems.append(f"{source}:place_cues.words: every word must be a jurisdiction cue")
    place_res = _compile_keys(place, ("not_after",), f"{source}:place_cues", problems)
    caseload = raw.get("others_caseload", {})  # optional: older scope files have none
    caseload_types = caseload.get("types", [])
    if not _str_list(caseload_types) and caseload:
        problems.append(f"{source}:others_caseload.types: must be a list of non-empty strings")
        caseload_types = []
    caseload_res = _compile_keys(caseload, ("about",), f"{source}:others_caseload", problems)
    by_level = doc_cues.get("government_self", {})
    if not isinstance(by_level, dict) or not all(
        isinstance(k, str) and len(k) == 1 and _str_list(v) for k, v in by_level.items()
    ):
        problems.append(
            f"{source}:document_cues.government_self: must map a level character to words"
        )
        by_level = {}
    bodies = doc_cues.get("government_bodies", [])
    if not _str_list(bodies):
        problems.append(
            f"{source}:document_cues.government_bodies: must be a list of non-empty strings"
        )
    elif not set(bodies) <= {w for w, s in pairs if s == "self"}:
        problems.append(f"{source}:document_cues.government_bodies: every word must be a self cue")
    objects: dict[str, Any] = {}
    for key in (
        "audience",
        "verb",
        "event",
        "embedded",
        "publish",
        "published_count",
        "publish_not",
    ):
        pat = raw.get("object_cues", {}).get(key)
        if pat is None:
            continue
        try:
            objects[key] = compile_cue(pat)
        except (regex.error, TypeError) as exc:
            problems.append(f"{source}:object_cues.{key}: bad regex ({exc})")
    body_block = raw.get("bodies", {})  # optional: older scope files have none
    body_counters = body_block.get("counters", [])
    if not _str_list(body_counters) and body_block:
        problems.append(f"{source}:bodies.counters: must be a list of non-empty strings")
    body_res = _compile_keys(body_block, ("after", "not_before"), f"{source}:bodies", problems)
    opener = _compile_keys(
        raw.get("list_opener", {}), ("pattern",), f"{source}:list_opener", problems
    ).get("pattern")
    if problems:
        raise RuleFileError("invalid scope cues:\n" + "\n".join(problems))
    pairs.sort(key=lambda p: len(p[0]), reverse=True)

    def alternation(words: list[str]) -> Any:
        return re.compile(word_alternation(words)) if words else None

    level_words = {w for words in by_level.values() for w in words}
    pairs.extend((w, "self") for w in sorted(level_words, key=len, reverse=True))
    pairs.sort(key=lambda p: len(p[0]), reverse=True)
    pattern = alternation([w for w, _ in pairs if w not in only and w not in level_words])
    government_pattern = alternation([w for w, _ in pairs if w not in level_words])
    government_patterns = {
        level: alternation([w for w, _ in pairs if w not in level_words or w in words])
        for level, words in by_level.items()
    }
    base = [w for w, _ in pairs if w not in only and w not in level_words]
    own_words = {w for words in organ_words.values() for w in words} - {w for w, _ in pairs}
    pairs.extend((w, "self") for w in sorted(own_words, key=len, reverse=True))
    pairs.sort(key=lambda p: len(p[0]), reverse=True)
    own_organ_patterns = {
        word: alternation(sorted(set(base) | set(words), key=len, reverse=True))
        for word, words in organ_words.items()
    }
    return ScopeCues(
        raw["default"],
        tuple(pairs),
        pattern,
        titles.get("jurisdiction_title"),
        titles.get("government_title"),
        government_pattern,
        government_patterns=government_patterns,
        government_self=frozenset(level_words),
        government_self_not_subject=titles.get("government_self_not_subject"),
        own_clause=frozenset(own_clause),
        subject_only=frozenset(subject_only) | frozenset(own_words),
        own_organ_title=organ_res.get("title"),
        own_organ_patterns=own_organ_patterns,
        subject_not_after=organ_res.get("not_after"),
        place_words=frozenset(place_words) if _str_list(place_words) else frozenset(),
        place_not_after=place_res.get("not_after"),
        others_caseload_types=frozenset(caseload_types)
        if _str_list(caseload_types)
        else frozenset(),
        others_caseload_about=caseload_res.get("about"),
        named_body=titles.get("named_body"),
        other_government=titles.get("other_government"),
        object_audience=objects.get("audience"),
        object_verb=objects.get("verb"),
        object_event=objects.get("event"),
        object_embedded=objects.get("embedded"),
        object_publish=objects.get("publish"),
        object_published_count=objects.get("published_count"),
        object_publish_not=objects.get("publish_not"),
        government_bodies=frozenset(bodies) if _str_list(bodies) else frozenset(),
        subject_lead=titles.get("subject_lead"),
        clause_marks=titles.get("clause_marks"),
        other_body=titles.get("other_body"),
        area_opener=titles.get("area_opener"),
        list_opener=opener,
        list_opener_gate=first_gate(opener) if opener is not None else None,
        body_counters=frozenset(body_counters) if _str_list(body_counters) else frozenset(),
        body_after=body_res.get("after"),
        body_not_before=body_res.get("not_before"),
    )


def load_scope() -> ScopeCues:
    return parse_scope(_load_json("scope.json"))


def _compile_all(patterns: Any, where: str, problems: list[str]) -> Any:
    if not _str_list(patterns):
        problems.append(f"{where}: must be a list of non-empty strings")
        return None
    good = []
    for i, p in enumerate(patterns):
        try:
            regex.compile(p)
        except regex.error as exc:
            problems.append(f"{where}:{i}: bad regex {p!r} ({exc})")
        else:
            good.append(f"(?:{p})")
    return compile_cue("|".join(good)) if good else None


_YEAR_MARK = "年"


def _compile_keys(
    block: Any, keys: tuple[str, ...], where: str, problems: list[str]
) -> dict[str, Any]:
    """The patterns of ``block`` under ``keys`` that it has, compiled; a bad one is
    reported as ``<where>.<key>`` in ``problems`` and left out (every key optional:
    cue files written before a key keep loading)."""
    compiled: dict[str, Any] = {}
    for key in keys:
        if key in block:
            try:
                compiled[key] = compile_cue(block[key])
            except (regex.error, TypeError) as exc:
                problems.append(f"{where}.{key}: bad regex ({exc})")
    return compiled


def parse_cues(raw: Any, source: str = "cues.json") -> Cues:
    problems: list[str] = []
    if not isinstance(raw, dict):
        raise RuleFileError(f"{source}:0: not a JSON object")
    delta = raw.get("delta", {})
    cum = raw.get("cumulative", {})
    year = raw.get("year", {})
    delta_re = _compile_all(delta.get("patterns"), f"{source}:delta.patterns", problems)
    cum_re = _compile_all(cum.get("patterns"), f"{source}:cumulative.patterns", problems)
    try:
        explicit = compile_cue(year.get("explicit", ""))
        if explicit.groups < 1:
            problems.append(f"{source}:year.explicit: needs one capturing group (the year)")
    except (regex.error, TypeError) as exc:
        problems.append(f"{source}:year.explicit: bad regex ({exc})")
        explicit = None
    prev_re = _compile_all(
        [regex.escape(w) for w in year.get("previous", [])] or None,
        f"{source}:year.previous",
        problems,
    )
    cur_re = _compile_all(
        [regex.escape(w) for w in year.get("current", [])] or None,
        f"{source}:year.current",
        problems,
    )
    bare = bare_listed = bare_listed_end = bare_listed_line = None
    bare_english: tuple[Any, Any, Any] | None = None
    bare_raw = raw.get("bare_number", {})
    try:
        bare = compile_cue(bare_raw.get("pattern", "(?!)"))
        bare_listed = compile_cue(bare_raw.get("listed", "(?!)"))
        bare_listed_end = compile_cue(bare_raw.get("listed_end", "(?!)"))
        if "listed_line" in bare_raw:
            bare_listed_line = compile_cue(bare_raw["listed_line"])
        if "english_before" in bare_raw:
            bare_english = (
                compile_cue(bare_raw["english_before"]),
                compile_cue(bare_raw.get("english_after", "(?!)")),
                compile_cue(bare_raw.get("english_not_before", "(?!)")),
            )
    except (regex.error, TypeError) as exc:
        problems.append(f"{source}:bare_number: bad regex ({exc})")
    for key, block in (("delta", delta), ("cumulative", cum)):
        w = block.get("window", 0)
        if not isinstance(w, int) or w <= 0:
            problems.append(f"{source}:{key}.window: must be a positive integer")
    not_period = year.get("not_period", {})
    compiled = {
        key: _compile_all(not_period[key], f"{source}:year.not_period.{key}", problems)
        if key in not_period
        else None
        for key in ("before", "carried_before", "after", "relative_after", "compared")
    }
    report = _compile_keys(
        year.get("report", {}),
        ("name", "frame_after", "frame_before"),
        f"{source}:year.report",
        problems,
    )
    closed_note = _compile_keys(
        year.get("closed_note", {}), ("pattern",), f"{source}:year.closed_note", problems
    )
    joint = _compile_keys(
        raw.get("joint", {}), ("pattern", "distributive"), f"{source}:joint", problems
    )
    correction = _compile_keys(
        raw.get("correction", {}), ("before", "after"), f"{source}:correction", problems
    )
    flawed = _compile_keys(raw.get("flawed", {}), ("before", "after"), f"{source}:flawed", problems)
    stock = _compile_keys(
        raw.get("stock", {}),
        (
            "column",
            "running",
            "in_force",
            "existing",
            "dated",
            "documents",
            "action",
            "this_year",
        ),
        f"{source}:stock",
        problems,
    )
    respective = _compile_keys(
        raw.get("respective", {}),
        ("pair", "marker", "received", "closed"),
        f"{source}:respective",
        problems,
    )
    cum_more = _compile_keys(cum, ("dated", "period_word"), f"{source}:cumulative", problems)
    enum = _compile_keys(
        raw.get("enumeration", {}), ("head", "announced"), f"{source}:enumeration", problems
    )
    not_facts = raw.get("not_facts", {})
    compiled_nf = _compile_keys(
        not_facts,
        (
            "period",
            "slogan",
            "policy_name",
            "article",
            "direction",
            "page_counter",
            "page_mark",
            "page_mark_after",
            "name_after",
        ),
        f"{source}:not_facts",
        problems,
    )
    not_own = None
    if "not_own" in raw:
        not_own = _compile_all(
            raw["not_own"].get("patterns"), f"{source}:not_own.patterns", problems
        )
    not_held = _parse_not_held(raw.get("not_held"), f"{source}:not_held", problems)
    elided = _compile_keys(raw.get("elided", {}), ("verb",), f"{source}:elided", problems)
    attribute = _compile_keys(
        raw.get("attribute_parts", {}), ("words",), f"{source}:attribute_parts", problems
    )
    plan = _compile_keys(
        raw.get("plan", {}), ("sentence", "opener", "own"), f"{source}:plan", problems
    )
    units = not_facts.get("period_units", [])
    if not _str_list(units):
        problems.append(f"{source}:not_facts.period_units: must be a list of non-empty strings")
    repeated = not_facts.get("repeated_items", 0)
    if not isinstance(repeated, int) or isinstance(repeated, bool) or repeated < 0:
        problems.append(f"{source}:not_facts.repeated_items: must be a non-negative integer")
        repeated = 0
    if problems:
        raise RuleFileError("invalid cues:\n" + "\n".join(problems))
    return Cues(
        delta_re,
        delta["window"],
        cum_re,
        cum["window"],
        explicit,
        prev_re,
        cur_re,
        bare,
        cumulative_dated=cum_more.get("dated"),
        cumulative_period_word=cum_more.get("period_word"),
        year_not_before=compiled["before"],
        year_carried_before=compiled["carried_before"],
        year_not_after=compiled["after"],
        year_relative_after=compiled["relative_after"],
        year_compared=compiled["compared"],
        year_closed_note=closed_note.get("pattern"),
        year_report=report.get("name"),
        year_report_frame_after=report.get("frame_after"),
        year_report_frame_before=report.get("frame_before"),
        joint=joint.get("pattern"),
        joint_distributive=joint.get("distributive"),
        correction_before=correction.get("before"),
        correction_after=correction.get("after"),
        flawed_before=flawed.get("before"),
        flawed_after=flawed.get("after"),
        respective_pair=respective.get("pair"),
        respective_marker=respective.get("marker"),
        respective_received=respective.get("received"),
        respective_closed=respective.get("closed"),
        stock_column=stock.get("column"),
        stock_running=stock.get("running"),
        stock_in_force=stock.get("in_force"),
        stock_existing=stock.get("existing"),
        stock_dated=stock.get("dated"),
        stock_documents=stock.get("documents"),
        stock_action=stock.get("action"),
        stock_this_year=stock.get("this_year"),
        period=compiled_nf.get("period"),
        period_units=frozenset(units),
        slogan=compiled_nf.get("slogan"),
        policy_name=compiled_nf.get("policy_name"),
        bare_listed=bare_listed,
        bare_listed_end=bare_listed_end,
        bare_listed_line=bare_listed_line,
        bare_english=bare_english,
        article=compiled_nf.get("article"),
        article_texts=frozenset(not_facts.get("article_texts", ())),
        direction=compiled_nf.get("direction"),
        direction_units=frozenset(not_facts.get("direction_units", ())),
        page_counter=compiled_nf.get("page_counter"),
        page_mark=compiled_nf.get("page_mark"),
        page_mark_after=compiled_nf.get("page_mark_after"),
        name_after=compiled_nf.get("name_after"),
        repeated_items=repeated,
        not_inherited=frozenset(raw.get("enumeration", {}).get("not_inherited", ())),
        part_rules=frozenset(raw.get("enumeration", {}).get("part_rules", ())),
        part_types=frozenset(raw.get("enumeration", {}).get("part_totals", ())),
        attribute_words=attribute.get("words"),
        attribute_totals=frozenset(raw.get("attribute_parts", {}).get("totals", ())),
        attribute_rule=raw.get("attribute_parts", {}).get("rule"),
        counter_groups=tuple(
            frozenset(group) for group in raw.get("enumeration", {}).get("counter_groups", ())
        ),
        enumeration_head=enum.get("head"),
        enumeration_announced=enum.get("announced"),
        elided_verb=elided.get("verb"),
        elided_types=frozenset(raw.get("elided", {}).get("types", ())),
        not_own=not_own,
        not_held=not_held,
        plan_sentence=plan.get("sentence"),
        plan_opener=plan.get("opener"),
        plan_own=plan.get("own"),
        # every match of the explicit pattern holds 年 (read from the pattern, as the
        # not_held gates are) and so does every relative word
        year_mark=_YEAR_MARK
        if explicit is not None
        and _YEAR_MARK in needed_chars(explicit)
        and all(_YEAR_MARK in w for w in (*year.get("previous", []), *year.get("current", [])))
        else None,
    )


_NOT_HELD_PATTERNS = (
    "took_part",
    "held",
    "joined",
    "sent_to",
    "part",
    "several_years",
    "since",
    "since_total",
    "per_period",
    "period_reset",
)


def _parse_not_held(raw: Any, where: str, problems: list[str]) -> NotHeld | None:
    """The ``not_held`` block of the cues file: every pattern is required."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        problems.append(f"{where}: not a JSON object")
        return None
    counters: list[str] = raw.get("event_counters") or []
    if not _str_list(counters):
        problems.append(f"{where}.event_counters: must be a list of non-empty strings")
        return None
    compiled: dict[str, Any] = {}
    for key in _NOT_HELD_PATTERNS:
        try:
            compiled[key] = compile_cue(raw[key])
        except KeyError:
            problems.append(f"{where}.{key}: missing")
        except (regex.error, TypeError) as exc:
            problems.append(f"{where}.{key}: bad regex ({exc})")
    people: list[str] = raw.get("people_counters") or []
    if not _str_list(people):
        problems.append(f"{where}.people_counters: must be a list of non-empty strings")
        return None
    if len(compiled) < len(_NOT_HELD_PATTERNS):
        return None
    for key in ("sent_by", "example", "example_after", "trained", "others_held"):
        if key in raw:  # optional: files written before them keep loading
            try:
                source = raw[key]
                if key == "example_after" and isinstance(source, str):
                    # the words naming a quotation an example: one list, the grammar's
                    source = source.replace("{example_named}", example_named())
                compiled[key] = compile_cue(source)
            except (regex.error, TypeError) as exc:
                problems.append(f"{where}.{key}: bad regex ({exc})")
                return None
    return NotHeld(
        event_counters=frozenset(counters), people_counters=frozenset(people), **compiled
    )


@dataclass(frozen=True, slots=True)
class Scoring:
    """The numbers that combine rule and model evidence (``data/scoring.json``)."""

    rule_margin: float
    seen_rule_margin: float
    scope_model_min_p: float
    no_rule_confidence: float
    cue_other_score: float
    rule_kept_discount: float
    max_confidence: float


def parse_scoring(raw: Any, source: str = "scoring.json") -> Scoring:
    """Validate the scoring file: every number in [0, 1] and with its ``why``."""
    if not isinstance(raw, dict):
        raise RuleFileError(f"{source}:0: not a JSON object")
    names = Scoring.__dataclass_fields__
    problems = [f"{source}:{k}: unknown key" for k in raw if k not in names and k != "_comment"]
    values: dict[str, float] = {}
    for name in names:
        entry = raw.get(name)
        if not isinstance(entry, dict):
            entry = {}
        value = entry.get("value")
        why = entry.get("why")
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value <= 1:
            problems.append(f"{source}:{name}: needs a 'value' in [0, 1]")
        elif not isinstance(why, str) or not why.strip():
            problems.append(f"{source}:{name}: needs a 'why'")
        else:
            values[name] = float(value)
    if problems:
        raise RuleFileError("invalid scoring file:\n" + "\n".join(problems))
    return Scoring(**values)


def load_scoring() -> Scoring:
    return parse_scoring(_load_json("scoring.json"))


def load_cues() -> Cues:
    return parse_cues(_load_json("cues.json"))


# --- matching -----------------------------------------------------------------


_TITLE = compile_cue(r"《[^》\n]{0,80}》")


def _titles_len(text: str, lo: int, hi: int) -> int:
    """Extra reach for quoted titles: a 《…》 counts as one word, not its length."""
    lo = max(0, lo)
    return sum(len(m[0]) - 1 for m in _TITLE.finditer(text, lo, hi))


# a colon after a count opens the list of its parts (办结5件：予以公开3件…): what
# follows it names the parts, not the count
_CLIP = re.compile("[，,;；。、(（:：]")
_CLAUSE_MARK = re.compile(f"[{re.escape(_CLAUSE_MARKS)}]")


def _right_of(text: str, q_end: int, hi: int) -> str:
    """``text[q_end:hi]`` up to the clause's end; a parenthesis is an aside
    ("1466件(上年结转16件)")."""
    m = _CLIP.search(text, q_end, hi)
    return text[q_end : m.start() if m is not None else hi]


def _clip_end(text: str, q_end: int, far: int) -> int:
    """Where ``_right_of(text, q_end, hi)`` ends for every ``hi`` up to ``far``: at
    ``min(hi, _clip_end(text, q_end, far))`` (one search answers for every window)."""
    m = _CLIP.search(text, q_end, far)
    return m.start() if m is not None else far


# a number, at most a few characters of its counter (条, 篇次, 万条), then a clause mark:
# the words before such a count are its own, and a blocker among them (等信息318条,)
# says nothing of the count after it
_COUNT_CLOSED = re.compile(r"[0-9０-９][^0-9０-９，,、：:；;。]{0,3}[，,；;]")
# an event's count a clause mark closes (新闻发布会6场，)
_EVENT_CLOSED = re.compile(r"[0-9０-９]\s*(?:余|多)?\s*(?:场次|场|次)[，,；;]")


def _last_item_comma(near: str) -> int:
    """Where the last list item of ``near`` starts (the last 、, -1 for none), a
    quoted name's 、 left alone: in 开展“双随机、一公开”抽查 the item is the whole
    name (its opening quote may lie before the window: a 、 with a closing quote
    after it and no opening one between is inside the quotation)."""
    k = near.rfind("、")
    close = near.rfind("”")
    if k < 0 or close < k or near.rfind("“", k) >= 0:
        return k
    opening = near.rfind("“", 0, k)
    return near.rfind("、", 0, opening) if opening >= 0 else -1


# the marks that end a clause (a 、 parts a list inside one)
_CLAUSE_ENDS = "，,；;。：:"
# the last of them before a position: one backward search, not an rfind per mark and
# the greatest of them (a few clauses a candidate are asked for)
_LAST_CLAUSE_END = regex.compile(f"(?r)[{regex.escape(_CLAUSE_ENDS)}]")
# a number, at most a few characters of its counter, then a list or clause mark: a
# count closed before the one read, whose words before it are its own
_ITEM_CLOSED = re.compile(r"[0-9０-９][^0-9０-９，,、：:；;。]{0,3}[，,、；;]")
# ...or joined to the next item by a word (网站36家和新媒体240个): an item of a list
_LIST_ITEM = re.compile(r"[0-9０-９][^0-9０-９，,、：:；;。和及与]{0,3}(?:[，,、；;]|和|及|与)")


def _clause_lo(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``text[pos]`` starts: after the last clause mark
    (:data:`_CLAUSE_ENDS`) in ``text[lo:pos]``, else at ``lo``."""
    # (``lo`` >= 0: a text's offsets; the same answer as the greatest rfind for any ``pos``)
    mark = _LAST_CLAUSE_END.search(text, lo, pos)
    return lo if mark is None else mark.end()


def _after_closed(text: str, lo: int, hi: int, closed: re.Pattern[str] = _ITEM_CLOSED) -> int:
    """Where ``text[lo:hi]`` goes on after the last count ``closed`` finds in it
    (``lo`` for none)."""
    end = lo
    for m in closed.finditer(text, lo, hi):
        end = m.end()
    return end


def _clause_region(
    text: str, q_start: int, sent_start: int, window: int, s_first: Any, s_last: Any
) -> str:
    """What a count's clause says of the count, for a rule whose blockers read its own
    item of the clause (``blockers_in_clause``), not the 16 characters before it.

    The clause runs from the last ，；。： before the count (never before the
    sentence) to it; the item, from after the last count a mark closes in it on (a
    noun belongs to its item: in 办理局长信箱来信96件、12345热线工单7652件 the mailbox is
    the 96's; gold README §13.5, C4: a message anywhere in the count's own clause
    makes it a reply, 办理区长信箱、民生热线转办件64件). An item naming none of the
    rule's subjects is a bare verb (…“院长信箱”及12345转办件共收到1276件，办结1276件):
    it counts what the count before it counted, so the clause read is the one holding
    the subject the rule finds nearest before it.
    """
    lo = _after_closed(text, _clause_lo(text, sent_start, q_start), q_start)
    own = text[lo:q_start]
    if s_first is None or s_first.search(own) is not None:
        return own
    w_lo = max(sent_start, q_start - window)
    m = s_last.search(text[w_lo:lo][::-1])
    if m is None:
        return own
    subject_at = lo - m.end()  # where the subject nearest before the item begins
    k = _clause_lo(text, sent_start, subject_at)
    return text[_after_closed(text, k, subject_at) : q_start]


def _list_head(text: str, q_start: int, sent_start: int, triggers: Any) -> str:
    """The head of the list a count is an item of: its clause (from the last ，；。：
    before it, never before the sentence) up to the end of the clause's first count
    a mark closes, when the count is a later item ("" for a first item, or for an
    item with a verb of the rule's of its own: 废止规章4件、制定规范性文件19件). A verb
    there governs each item (抽查网站36家、新媒体240个; 集中清理规章56件、规范性文件213件)."""
    lo = _clause_lo(text, sent_start, q_start)
    item = lo
    first = -1
    for m in _LIST_ITEM.finditer(text, lo, q_start):
        first = m.start() if first < 0 else first
        item = m.end()
    if first < 0 or (triggers is not None and triggers.search(text, item, q_start)):
        return ""
    return text[lo:first]


# what may stand beside a bare verb in its clause (已全部答复, 均按时办结)
_BARE_VERB_ADVERBS = re.compile(
    r"[\s　]*(?:已|均|并|都|共|全部|按时|按期|如期|及时|依法|当场|逐件|逐一|分别|予以)*[\s　]*"
)


def _bare_verb_of(text: str, q_start: int, sent_start: int, triggers: Any) -> str:
    """The clause before a count whose own clause is a bare verb of the rule, with
    adverbs at most (…收到师生校务意见47条，已回复45条): what the count counts is named
    there, the count before it's noun ("" when the clause holds more, or none is
    before it in the sentence). In the tuning gold, every bare closing verb after a
    clause naming letters, opinions, complaints or a hotline counts those (29 of 29),
    none applications; 168 bare verbs of applications have none of those words."""
    lo = _clause_lo(text, sent_start, q_start)
    if lo <= sent_start or triggers is None:
        return ""
    own = text[lo:q_start]
    m = triggers.search(own)
    if m is None:
        return ""
    if _BARE_VERB_ADVERBS.fullmatch(own, 0, m.start()) is None or own[m.end() :].strip():
        return ""
    return text[_clause_lo(text, sent_start, lo - 1) : lo - 1]


def _mask(s: str, compounds: re.Pattern[str]) -> str:
    """``s`` with every compound blanked out (same length, so offsets hold)."""
    return compounds.sub(lambda m: "\u3000" * len(m[0]), s)


def sentence_words(rules: RuleSet, text: str, start: int, end: int) -> frozenset[str]:
    """The trigger and subject words of ``rules`` that occur in ``text[start:end]``."""
    index = rules.index
    if index.word_re is None:
        return frozenset()
    found: set[str] = set()
    search = index.word_re.search
    prefixes = index.prefixes
    pos = start
    # overlapping occurrences: restart one character after each match
    while (m := search(text, pos, end)) is not None:
        found.update(prefixes[m[0]])
        pos = m.start() + 1
    return frozenset(found)


def sentence_bits(rules: RuleSet, text: str, start: int, end: int) -> tuple[int, int]:
    """``rules.index.bits_of(sentence_words(...))`` in the same scan: the rules that
    have a trigger, and a subject, among the words of ``text[start:end]``."""
    index = rules.index
    if index.word_re is None:
        return 0, 0
    t_bits = s_bits = 0
    search = index.word_re.search
    steps = index.scan_steps
    pos = start
    # every word occurring: the longest at each position where one begins, with
    # the words within it (_scan_steps), resuming where the next may begin
    while (m := search(text, pos, end)) is not None:
        tb, sb, step = steps[m[0]]
        t_bits |= tb
        s_bits |= sb
        pos = m.start() + step
    return t_bits, s_bits


# the requirements a trigger alone, or a subject alone, meets
_TRIGGER_OK = frozenset({"trigger", "either"})
# How far after a count its noun may begin for the count to be written before it
# (5件申请, 8件政府信息公开申请: the longest subject's qualifier, 政府信息公开)
_NOUN_AFTER = 6
# How far after a count its own verb is looked for (申请均在法定期限内答复)
_VERB_AFTER = 18
_SUBJECT_OK = frozenset({"subject", "either"})


def match_rules(
    rules: RuleSet,
    text: str,
    q_start: int,
    q_end: int,
    unit: str | None,
    sent_start: int,
    sent_end: int,
    *,
    words: AbstractSet[str] | None = None,
    word_bits: tuple[int, int] | None = None,
    clause_start: int | None = None,
) -> list[RuleMatch]:
    """Every rule that fires on the quantity ``text[q_start:q_end]``, best first.

    Rules look left within ``window`` characters (never before the sentence
    start) and right within ``right_window`` characters up to the next
    clause mark; distance and crossed clause marks lower the score.
    ``word_bits`` is :func:`sentence_bits` of the sentence (or ``words``
    :func:`sentence_words` of it; computed when neither is given: callers with
    several quantities in one sentence pass it once) and ``clause_start`` where
    the quantity's clause starts (just after the last clause mark in the
    sentence before it), likewise computed when not given.
    """
    out: list[RuleMatch] = []
    index = rules.index
    if word_bits is None:
        word_bits = (
            index.bits_of(words)
            if words is not None
            else sentence_bits(rules, text, sent_start, sent_end)
        )
    # A rule's words can only be found inside the sentence (both windows are
    # clipped to it), so a rule whose required words are all absent from the
    # sentence cannot fire: skip it before any window is cut.
    plans = index.live_plans(unit, word_bits)
    if not plans:
        return out
    # computed once per quantity, shared by every rule
    if clause_start is None:
        clause_lo = max(text.rfind(c, sent_start, q_start) for c in _CLAUSE_MARKS) + 1
        clause_lo = max(clause_lo, sent_start)
    else:
        clause_lo = clause_start
    if (
        clause_lo > sent_start
        and text[clause_lo - 1] in _LABEL_MARKS
        and not text[clause_lo:q_start].strip()
    ):
        # a label and its value (予以公开：19件, 政策解读:12篇): the colon right before the
        # count opens no clause of its own, the label is the count's words (a list of
        # such items, 予以公开:19份;部分公开:6份, had no rule of its clause fire:
        # metamorphic f_synonyms on the real train and dev pages, written2 v125)
        clause_lo = max(text.rfind(c, sent_start, clause_lo - 1) for c in _CLAUSE_MARKS) + 1
        clause_lo = max(clause_lo, sent_start)
    # a clause after a semicolon is a statement of its own: a blocker before it blocks
    # nothing after it (in 废止1件;印发规范性文件22件 the repeal does not block the issue).
    # The rules' own windows still cross it: a 'label:value;' list (本年新收申请数量:54件;
    # 本年办结数量:55件) names its subject once, in its first item.
    semi_lo = max(text.rfind(";", sent_start, q_start), text.rfind("；", sent_start, q_start)) + 1
    if semi_lo < sent_start:
        semi_lo = sent_start
    near: str | None = None  # the blockers' windows, cut for the first rule with blockers
    near_own = ""  # ...and from the last closed count on (_COUNT_CLOSED), cut with it
    titles = text.find("《", max(sent_start, q_start - 200), q_start) >= 0
    rights: dict[int, str] = {}  # right context by right_window: rules share a few sizes
    # where every right window ends at the latest: the first clip mark after the
    # quantity (_right_of), found once for all of them
    far = q_end + index.right_reach
    if far > sent_end:
        far = sent_end
    cut = _clip_end(text, q_end, far)
    joinable = index.joinable
    for (
        rule,
        window,
        right_window,
        clause,
        blockers,
        not_in,
        t_last,
        t_first,
        s_last,
        s_first,
        require,
        context_up,
        context_down,
        context_reach,
        in_clause,
        list_blockers,
        bare_verb_blockers,
        verb_only,
    ) in plans:
        if list_blockers is not None and list_blockers.search(
            _list_head(text, q_start, sent_start, t_first)
        ):
            continue
        if bare_verb_blockers is not None and bare_verb_blockers.search(
            _bare_verb_of(text, q_start, sent_start, t_first)
        ):
            continue
        if blockers is not None and in_clause:
            region = _clause_region(text, q_start, sent_start, window, s_first, s_last)
            # (the words right of the count as the window's blockers read them)
            after_end = q_end + BLOCKER_REACH
            if blockers.search(region) or blockers.search(
                text[q_end : cut if cut < after_end else after_end]
            ):
                continue
        elif blockers is not None:
            if near is None:
                near = text[max(semi_lo, q_start - BLOCKER_REACH) : q_start]
                # an item of a 、-list names its own kind: 权责清单、行政许可等信息1652条 counts 信息
                near = near[_last_item_comma(near) + 1 :]
                # a subject rule reading its own clause, or a verb rule: a count closed by
                # a clause mark takes the words before it along (in 执法等信息318条,新制作
                # 规范性文件1件 the mixed list 等信息 is the 318's, not the 1's; in 召开…专题
                # 会议2次，组织信息公开专项自查1次 the meeting is the 2次's: paraphrase26 t27)
                near_own = near[_after_closed(near, 0, len(near), _COUNT_CLOSED) :]
                # _right_of(text, q_end, min(sent_end, q_end + BLOCKER_REACH)), from `cut`
                after_end = q_end + BLOCKER_REACH
                after = text[q_end : cut if cut < after_end else after_end]
                if joinable:
                    near = near + _APART + after
                    near_own = near_own + _APART + after
            own_item = (clause and require == "subject") or require == "trigger"
            if blockers.search(near_own if own_item else near) or (
                not joinable and blockers.search(after)
            ):
                continue
        reach = window
        if titles:
            reach += _titles_len(text, q_start - window, q_start)
        # (conditionals, not max/min: a builtin call costs more than the comparison)
        lo = q_start - reach
        if lo < sent_start:
            lo = sent_start
        if clause and clause_lo > lo:
            # the word must sit in the quantity's own clause ("政策解读12条,政府文件19条")
            lo = clause_lo
        left = text[lo:q_start]
        right = rights.get(right_window)
        if right is None:
            # _right_of(text, q_end, min(sent_end, q_end + right_window)), from `cut`
            right_end = q_end + right_window
            right = text[q_end : cut if cut < right_end else right_end]
            rights[right_window] = right
        if not_in is not None:
            # a compound the window's start cuts (…、一|公开”抽查126次，…案件214件) is
            # read whole: the window is masked from a few characters before it
            wide_lo = lo - _NOT_IN_LEAD if lo > _NOT_IN_LEAD else 0
            wide = text[wide_lo:q_start]
            # (most windows hold no compound: one search of both tells)
            if not joinable or not_in.search(wide + _APART + right) is not None:
                if not_in.search(wide) is not None:
                    left = _mask(wide, not_in)[lo - wide_lo :]
                if not_in.search(right) is not None:
                    right = _mask(right, not_in)
        # the occurrence ending last on the left, else the first one on the right
        # (longest on ties: the alternations are longest first)
        trig = subj = None  # (word, start in left)
        if t_last is not None or s_last is not None:
            # the `last` patterns are the words reversed: the first match in the
            # reversed window is the occurrence ending last (longest on ties)
            size, backwards = len(left), left[::-1]
            if t_last is not None and (m := t_last.search(backwards)) is not None:
                trig = (left[size - m.end() : size - m.start()], size - m.end())
            if s_last is not None and (m := s_last.search(backwards)) is not None:
                subj = (left[size - m.end() : size - m.start()], size - m.end())
        if (
            require == "both"
            and s_first is not None
            and clause_lo > lo
            and (trig is not None or subj is not None)
            and (lead := s_first.search(right, 0, _NOUN_AFTER + 8)) is not None
            and lead.start() <= _NOUN_AFTER
            and _own_verb(plans, text, q_end + lead.end(), min(sent_end, q_end + _VERB_AFTER))
        ):
            # a count written before its noun, then its own verb, opens a phrase of its
            # own (；5件申请均已答复, 均为自然人提出，14件申请均已按时答复): the words of
            # the clauses before it speak of another count. Without a verb after its
            # noun, a verb before may govern a list (开放12个目录,300条数据).
            if trig is not None and lo + trig[1] < clause_lo:
                trig = None
            if subj is not None and lo + subj[1] < clause_lo:
                subj = None
        if (
            trig is not None
            and lo + trig[1] < clause_lo
            and _after_closed(text, lo + trig[1], clause_lo, _COUNT_CLOSED) != lo + trig[1]
            and opens_with_own_verb(text, clause_lo, q_start)
        ):
            # a verb whose own count a clause mark closed does not reach a later clause
            # opening with a verb of its own (主动公开政府信息85条，开展…执法检查约320次)
            trig = None
        if trig is not None and _verb_taken(text, lo + trig[1] + len(trig[0]), q_start):
            # a verb written right before a count of its own in an earlier part of
            # the list governs that count only (转下年度办理1件、当面申请3件: the 3件
            # are applications made in person, not handled)
            trig = None
        r_trig = t_first.search(right) if t_first is not None and trig is None else None
        r_subj = s_first.search(right) if s_first is not None and subj is None else None
        has_t = trig is not None or r_trig is not None
        has_s = subj is not None or r_subj is not None
        if verb_only and not _verb_only_ok(text, clause_lo, q_start, t_first, subj, lo):
            continue
        if not (
            (has_t and has_s)
            or (has_t and require in _TRIGGER_OK)
            or (has_s and require in _SUBJECT_OK)
            or require == "none"
        ):
            continue
        score = rule.score
        # The anchor is the word the rule needs most: the subject for
        # subject rules, else the trigger; its distance drives the penalty.
        # Subject rules are anchored on the subject; verb rules ("both": the
        # verb decides between received and closed) on the trigger.
        a_word: str | None = None
        a_pos = 0
        if require == "subject" or (require == "either" and has_s):
            if subj is not None:
                a_word, a_pos = subj[0], lo + subj[1]
            elif r_subj is not None:
                a_word, a_pos = r_subj[0], q_end + r_subj.start()
        elif trig is not None:
            a_word, a_pos = trig[0], lo + trig[1]
        elif r_trig is not None:
            a_word, a_pos = r_trig[0], q_end + r_trig.start()
        dist: int | None = None
        clauses = 0
        if a_word is not None:
            if a_pos < q_start:
                gap_lo = a_pos + len(a_word)
                gap = text[gap_lo:q_start]
                # no clause mark lies between the clause's start and the quantity:
                # an anchor in its clause (most) crosses none, found without a search
                clauses = len(_CLAUSE_MARK.findall(gap)) if gap_lo < clause_lo else 0
            else:
                gap = text[q_end:a_pos]
                clauses = len(_CLAUSE_MARK.findall(gap))
            # a 《title》 counts as two characters (no title: the gap as it is)
            dist = len(_TITLE.sub("《》", gap)) if "《" in gap else len(gap)
            score -= DISTANCE_PENALTY * dist + CLAUSE_PENALTY * clauses
        ups: tuple[str, ...] = ()
        downs: tuple[str, ...] = ()
        if context_up or context_down:
            # context words look further than the anchor: the whole sentence up to
            # CONTEXT_REACH characters back ("县长信箱…已办结3件")
            ctx_lo = q_start - context_reach
            if ctx_lo < sent_start:
                ctx_lo = sent_start
            ctx = text[ctx_lo:q_start] + right
            ups = tuple([w for w in context_up if w in ctx])
            downs = tuple([w for w in context_down if w in ctx])
            if downs:
                # a word of an event counted in an earlier clause a mark closed speaks of
                # that count (召开新闻发布会6场，发布政策解读24篇: paraphrase25 z05); not a
                # thing counted there, which the later clause may go on about (提案27件，
                # 已全部办结并公开答复摘要27件)
                own_lo = _after_closed(text, ctx_lo, q_start, _EVENT_CLOSED)
                if own_lo > ctx_lo:
                    own = text[own_lo:q_start] + right
                    downs = tuple([w for w in downs if w in own])
            if ups:
                score += CONTEXT_UP * min(len(ups), 2)
            if downs:
                score -= CONTEXT_DOWN
        score = 0.01 if score <= 0.01 else score if score < 0.99 else 0.99
        phrase_start = q_start
        if trig is not None and lo + trig[1] < phrase_start:
            phrase_start = lo + trig[1]
        subj_word: str | None = None
        subj_pos: int | None = None
        if subj is not None:
            subj_word, subj_pos = subj[0], lo + subj[1]
            if subj_pos < phrase_start:
                phrase_start = subj_pos
        elif r_subj is not None:
            subj_word, subj_pos = r_subj[0], q_end + r_subj.start()
        evidence = (trig[0] if require == "both" and trig else None, dist, clauses, ups, downs)
        out.append(_rule_match(rule, score, a_word, phrase_start, subj_word, subj_pos, evidence))
    if len(out) > 1:
        out.sort(key=_by_score)
    return out


# what may stand before the verb of a clause that is only a verb (2022年新制定1件,
# 全年印发0件, 本年度共制发0件): a period, then an adverb
_VERB_ONLY_LEAD = re.compile(
    r"[\s　]*(?:(?:19|20)[0-9]{2}\s*年度?|本年度?|今年|全年|当年|年内)?[\s　]*"
    r"(?:新|另|共|共计|又|还|已)?[\s　]*"
)


def _verb_only_ok(
    text: str, clause_lo: int, q_start: int, t_first: Any, subj: tuple[str, int] | None, lo: int
) -> bool:
    """Whether a ``verb_only`` rule may fire: the count's clause ``text[clause_lo:q_start]``
    is a period, an adverb and one of the rule's triggers, nothing more, and the
    subject found on the left (``subj``, its start in ``text[lo:]``) lies before that
    clause with no count closed between them (对本局规范性文件开展集中清理，2022年新制定1件:
    the documents made are the sentence's topic; in 印发规范性文件3件，发布信息20条，
    发布5件 the 5件 is not)."""
    if t_first is None or subj is None or clause_lo <= lo + subj[1]:
        return False
    m = t_first.search(text, clause_lo, q_start)
    if m is None or text[m.end() : q_start].strip(" 　"):
        return False
    if _VERB_ONLY_LEAD.fullmatch(text, clause_lo, m.start()) is None:
        return False
    return _after_closed(text, lo + subj[1], clause_lo, _COUNT_CLOSED) == lo + subj[1]


# a verb's own count: at most an adverb, then a number, its counter and a mark that
# ends its part of the list (办理1件、 共办结19件，); a number with no counter after it
# is a name (办理12345热线、市长信箱等转办件), not the verb's count
_VERB_COUNT = re.compile(
    r"[\s　]*(?:已|共|共计|合计|总计|计|均|全部|依法|按时|按期|及时)?[\s　]*"
    r"(?:[0-9０-９][0-9０-９.,]*|[零〇一二两三四五六七八九十百千万]+)(?:余|多)?"
    r"(?:件次|人次|场次|[件条次个份场人项宗例起篇期家名部])(?:左右)?[\s　]*[，,、；;]"
)
# words after a count that make it a total whose parts follow (办结19件，其中网上申请12件):
# a part of a total keeps the total's verb
_PARTS_FOLLOW = re.compile("其中|包括|含|分别|：|:")
# a part that is only a period (每学期开展自查1次，全年2次): the verb before it is
# elided there, not another part's
_PERIOD_ONLY = re.compile(
    r"[\s　]*(?:(?:19|20)[0-9]{2}\s*年度?|本年度?|今年|全年|当年|年内|上半年|下半年|"
    r"每年|每季度?|每月|每周|每学期)?[\s　]*(?:新|另|共|共计|又|还|已|累计)?[\s　]*"
)


# what may open a clause before its own verb (全年开展…, 同时立案查处…, 共受理…, 全区查办…,
# 我局受理…): a time word, an adverb, the area or the agency as its subject
_CLAUSE_LEAD = (
    r"[\s　]*(?:(?:19|20)[0-9]{2}\s*年度?|全年|今年|本年度?|年内|同时|此外|另外|并|还)?[\s　]*"
    r"(?:全(?:省|市|区|县|州|旗|镇|乡|街道)|[我本](?:分局|中心|局|委|办|厅|队|馆|院|所|站))?"
    r"[\s　]*(?:全年|共|共计|累计|依法|先后|还|又|已)?[\s　]*"
)


@lru_cache(maxsize=1)
def _clause_verb() -> re.Pattern[str]:
    verbs = word_alternation(load_word_lists()["clause_own_verbs"])
    return re.compile(_CLAUSE_LEAD + "(?:" + verbs + ")" + _NOT_A_VERB_AFTER)


# a verb's word heading a noun is no verb of the clause (办理结果总计18件, 检查情况,
# 受理量, 培训班: verdicts19 v19_09's 办理结果 is the list's total)
_NOT_A_VERB_AFTER = r"(?!结果|情况|率|量|数|中|后|时|期间|工作|费|班|次数|件数|人数)"


def opens_with_own_verb(text: str, clause_lo: int, q_start: int) -> bool:
    """Whether the clause ``text[clause_lo:q_start]`` opens with a verb of its own work
    (wordlists.json ``clause_own_verbs``: 开展…执法检查约320次, 立案查处…案件27件): it
    counts what that verb does, not what a verb of an earlier clause counted."""
    return _clause_verb().match(text, clause_lo, q_start) is not None


def _verb_taken(text: str, verb_end: int, q_start: int) -> bool:
    """Whether the verb ending at ``verb_end`` has a count of its own right after it,
    closed by a mark before the count at ``q_start`` and not a total whose parts
    follow (其中…): the verb counts that count, and a later item of the list with
    words of its own is another part (转下年度办理1件、当面申请3件; 受理1件，当面申请3件),
    not its object. A verb followed by a noun heads the list and governs each item
    (办结网上申请12件、信函申请3件); an item that is only a period repeats the verb
    (每学期开展自查1次，全年2次)."""
    m = _VERB_COUNT.match(text, verb_end, q_start)
    if m is None or _PARTS_FOLLOW.search(text, m.end() - 1, q_start) is not None:
        return False
    # the count's own item: after the last mark before it (the verb's count's mark at least)
    item_lo = max(text.rfind(c, m.end() - 1, q_start) for c in _CLAUSE_MARKS) + 1
    return _PERIOD_ONLY.fullmatch(text, item_lo, q_start) is None


def _own_verb(plans: Sequence[Any], text: str, lo: int, hi: int) -> bool:
    """Whether a verb rule's trigger follows in ``text[lo:hi]``, its clause only."""
    after = _right_of(text, lo, hi)
    return any(
        plan[10] == "both" and plan[7] is not None and plan[7].search(after) for plan in plans
    )


def _by_score(m: RuleMatch) -> float:
    return -m.score
