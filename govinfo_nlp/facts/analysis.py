"""Candidate quantities of the prose and the rule/cue evidence about each.

This stage is shared by extraction and training: it finds the quantities in
prose lines (never table rows), cuts sentences and clauses, runs the rules
and cues, and carries enumerations ("其中, 市级部门41个、各市(区)83个") over
from the total they break down. It knows nothing of the statistical model.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any, Protocol

import regex

from .rules import Cues, RuleMatch, RuleSet, ScopeCues, match_rules, sentence_words

__all__ = [
    "Candidate",
    "QuantityLike",
    "SectionLike",
    "analyse",
    "prose_spans",
    "section_tables",
    "table_lines",
]

log = logging.getLogger(__name__)


class QuantityLike(Protocol):
    @property
    def value(self) -> int | float: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def approx(self) -> str | None: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> str: ...


class SectionLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


QuantityFinder = Callable[[str], Iterable[Any]]

_SENT_END = "。！？!?\n"
_CLAUSE_END = _SENT_END + ",，、:：;；"
# Boundary marks as patterns: the forward one finds where a sentence/clause
# ends, the reverse one (module `regex`, (?r)) where it starts, both in C
# instead of a Python loop over every character.
_SENT_FWD = re.compile(f"[{re.escape(_SENT_END)}]")
_SENT_BACK = regex.compile(f"(?r)[{regex.escape(_SENT_END)}]")
_CLAUSE_FWD = re.compile(f"[{re.escape(_CLAUSE_END)}]")
_CLAUSE_BACK = regex.compile(f"(?r)[{regex.escape(_CLAUSE_END)}]")
# How far around its quantity a subject is looked for (a subject is at most 20
# characters; the bound keeps a long line without clause marks linear).
_SUBJECT_REACH = 200
# How far back a slogan's opening (“三个一”：) is looked for from its item.
_SLOGAN_REACH = 200
_MAGNITUDE = regex.compile(r"[万亿千]")
# Where a list item ends: clause marks, brackets and the enumeration comma.
_ITEM_MARKS = "。！？!?\n,，、:：;；(（)）"
_ITEM_BACK = regex.compile(f"(?r)[{regex.escape(_ITEM_MARKS)}]")
_ITEM_FWD = re.compile(f"[{re.escape(_ITEM_MARKS)}]")
_ITEM_RIGHT = 8
# How much text around a year cue tells its role: 与2021年…相比, 较2022年的,
# 2021—2035年 and 上年结转 put their words within a few characters of the year.
_YEAR_CONTEXT = 12
# A quantity whose own rule scores at least this keeps its type; a weaker one
# takes the type of the quantity before it in the same list (其中…N件、M件).
_INHERIT_BELOW = 0.7
# An enumeration is looked back through at most this many quantities.
_INHERIT_REACH = 12
# A line of a table: cells separated by pipes, or nothing but numbers.
_BARE_NUMBERS = regex.compile(r"^[\s\d.|/\-+%]*\d[\s\d.|/\-+%]*$")
_PROSE_MARK = regex.compile(r"[。，,；;]")
_ENUM_HEAD = regex.compile(r"^\s*(?:其中|包括|含|按.{1,8}分)")
# Left-edge words that are not part of the counted noun (subject trimming).
_SUBJECT_TRIM = regex.compile(
    r"^(?:共|累计|全年|及时|依法|主动|共计|合计|总计|其中|分别|均|全部|已|了|的)+"
    r"|(?:共计|合计|总计|共|达到|达|为|计|约|近|超过|的|了|各|等)+$"
)
_VERBISH = regex.compile(
    r"(?:开展|举办|组织|召开|开放|发放|印制|制作|编制|新增|保留|完成|参与|获评|上线)$"
)
# Where a counted noun after the quantity ends, and a Han character.
_RIGHT_SUBJECT_END = regex.compile(r"[的等进和与及]|(?:进行|开展)")
_HAN = regex.compile(r"\p{Han}")
# Brackets that make a year a document title or number, not a period.
_TITLE_SPAN = regex.compile(r"《[^》\n]{0,60}》|〔[^〕\n]{0,8}〕|\[[^\]\n]{0,8}\]")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One quantity of the prose and everything the rules say about it."""

    qty: Any
    start: int  # normalised-text offsets of the quantity
    end: int
    section: str
    sent_start: int
    sent_end: int
    clause_start: int
    line_start: int
    index_in_sentence: int
    matches: tuple[RuleMatch, ...]
    best: RuleMatch | None
    inherited_from: int | None
    delta_cue: str | None
    cumulative_cue: str | None
    year: int | None
    year_cue: str | None
    scope_cue: tuple[str, str] | None  # (word, scope)
    scope_cue_near: bool  # cue in the same sentence (else paragraph)
    area_report: bool
    subject: str | None
    phrase_start: int
    not_own_cue: str | None = None  # the agency acts for others (作为复议机关)
    item: str = ""  # the quantity's own list item, quantity left out (see Fact.item)

    @property
    def rule_type(self) -> str | None:
        if self.forced_other:
            return "other"
        return self.best.rule.type if self.best else None

    @property
    def forced_other(self) -> bool:
        """Changes, running totals, ratios and others' cases are `other` whatever they count."""
        return bool(
            self.delta_cue
            or self.cumulative_cue
            or self.not_own_cue
            or self.qty.unit in ("%", "成")
        )


def table_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the lines of ``text[start:end]`` that belong to a table.

    Pipe rows and bare-number rows always; in a section that has such rows
    (a tabular section), also short lines without sentence punctuation —
    the cells of a cell-per-line table.
    """
    lines: list[tuple[int, int, str]] = []
    pos = start
    for line in text[start:end].split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    hard = [
        ln.count("|") >= 2
        or (bool(ln.strip()) and _BARE_NUMBERS.match(ln) is not None)
        or (ln.rstrip().endswith("|") and len(ln.strip()) <= 20)
        for _, _, ln in lines
    ]
    tabular = sum(hard) >= 3
    out = []
    for (s, e, ln), is_hard in zip(lines, hard, strict=True):
        short_cell = tabular and len(ln.strip()) <= 20 and not _PROSE_MARK.search(ln)
        if is_hard or short_cell or (tabular and ln.count("|") >= 1 and len(ln) < 40):
            out.append((s, e))
    return out


Spans = list[tuple[int, int]]


def section_tables(text: str, sections: Sequence[SectionLike]) -> list[Spans]:
    """Per section, its table lines (:func:`table_lines`) as sorted disjoint spans."""
    return [_merge(table_lines(text, sec.start, sec.end)) for sec in sections]


def prose_spans(
    text: str, sections: Sequence[SectionLike], *, tables: Sequence[Spans] | None = None
) -> list[tuple[int, int]]:
    """The parts of the sections that are not table lines: where facts can be.

    ``tables`` is :func:`section_tables` of the same sections when the caller has it.
    """
    out: list[tuple[int, int]] = []
    for k, sec in enumerate(sections):
        pos = sec.start
        lines = tables[k] if tables is not None else _merge(table_lines(text, sec.start, sec.end))
        for s, e in lines:
            if s > pos:
                out.append((pos, s))
            pos = max(pos, e)
        if pos < sec.end:
            out.append((pos, sec.end))
    return out


def _bounds(
    text: str, pos: int, lo: int, hi: int, fwd: re.Pattern[str], back: Any
) -> tuple[int, int]:
    """From just after the last mark before ``pos`` (or ``lo``) to the next mark at or
    after ``pos`` (or ``hi``); ``fwd``/``back`` match one mark forwards/in reverse."""
    m = back.search(text, lo, pos)
    s = m.end() if m is not None else lo
    f = fwd.search(text, pos, hi)
    return s, f.start() if f is not None else hi


class _TableSkip:
    """Whether a position lies on a table line (see :func:`table_lines`).

    With sections in order and disjoint (what ``find_sections`` gives), only
    the section holding the position matters, and its lines are classified on
    the first question about it: sections without candidate quantities (most
    of a table-heavy report) are never split into lines. Otherwise every
    section's lines are taken up front, as a merged interval list.
    """

    def __init__(
        self, text: str, sections: Sequence[SectionLike], tables: Sequence[Spans] | None = None
    ) -> None:
        self._text = text
        self._sections = sections
        # `tables`: section_tables(text, sections), already computed by the caller
        self._per_section: dict[int, Spans] = dict(enumerate(tables)) if tables else {}
        self._disjoint = all(a.end <= b.start for a, b in pairwise(sections))
        if not self._disjoint:
            spans: list[tuple[int, int]] = []
            for k, sec in enumerate(sections):
                spans.extend(tables[k] if tables else table_lines(text, sec.start, sec.end))
            self._all = _merge(spans)

    def __call__(self, pos: int, section_index: int) -> bool:
        if self._disjoint:
            spans = self._per_section.get(section_index)
            if spans is None:
                sec = self._sections[section_index]
                spans = _merge(table_lines(self._text, sec.start, sec.end))
                self._per_section[section_index] = spans
        else:
            spans = self._all
        i = bisect_right(spans, (pos, float("inf"))) - 1
        return i >= 0 and pos < spans[i][1]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted disjoint half-open intervals covering the same positions as ``spans``."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(sp for sp in spans if sp[0] < sp[1]):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# Between a compared year and the compared quantity: 较2022年[同期]的[共]176件.
_COMPARED_GAP = re.compile(r"\s*(?:底|末|同期|全年)?\s*的?\s*(?:共|总计|合计)?\s*")


def _is_period(
    cues: Cues, text: str, start: int, end: int, relative: bool, q_start: int, q_end: int
) -> bool:
    """Whether the year cue ``text[start:end]`` is the period of the quantity ending at ``q_end``.

    A year is the time adverbial of its clause (2019年，共受理…), not the base of a
    comparison (较上年; 与2021年…相比, except for the quantity compared itself), the
    end of a range (2021—2035年) nor, for a relative word, a carry-over (上年结转).
    """
    before = text[max(0, start - _YEAR_CONTEXT) : start]
    after = text[end : end + _YEAR_CONTEXT]
    if cues.year_not_before is not None and cues.year_not_before.search(before):
        # "与2021年的[25件]相比", "较2022年的[176件]有所上升": the compared quantity
        # itself is of that year
        if _COMPARED_GAP.fullmatch(text, end, q_start):
            return True
        return (
            cues.year_compared is not None
            and _CLAUSE_FWD.search(text, end, q_end) is None
            and cues.year_compared.match(text[q_end : q_end + _YEAR_CONTEXT]) is not None
        )
    if cues.year_not_after is not None and cues.year_not_after.match(after):
        return False
    return not (
        relative and cues.year_relative_after is not None and cues.year_relative_after.match(after)
    )


def _year(
    cues: Cues, text: str, lo: int, q_start: int, q_end: int, report_year: int | None
) -> tuple[int | None, str | None]:
    """The nearest period cue before the quantity in its sentence, else the report year."""
    if cues.year_mark is not None and text.find(cues.year_mark, lo, q_start) < 0:
        # every year cue has 年 (NNNN年, 上年, 全年…) and blanking titles adds
        # none: nothing to find (about half the quantities of a report)
        return report_year, None
    left = text[lo:q_start]
    left = _TITLE_SPAN.sub(lambda m: " " * len(m[0]), left)
    found: list[tuple[int, int, int | None, bool]] = []  # (start, end, year, relative)
    for m in cues.year_explicit.finditer(left):
        found.append((m.start(), m.end(), int(m[1]), False))
    if cues.year_previous is not None and report_year is not None:
        found.extend(
            (m.start(), m.end(), report_year - 1, True) for m in cues.year_previous.finditer(left)
        )
    if cues.year_current is not None:
        found.extend(
            (m.start(), m.end(), report_year, True) for m in cues.year_current.finditer(left)
        )
    if not found:
        return report_year, None
    best: tuple[int, int | None, str] | None = None  # (pos, year, cue)
    # the nearest cue that is a period (on ties, the later-listed kind wins)
    if len(found) > 1:
        found = [
            f for _, f in sorted(enumerate(found), key=lambda e: (e[1][0], e[0]), reverse=True)
        ]
    for start, end, year, relative in found:
        if _is_period(cues, text, lo + start, lo + end, relative, q_start, q_end):
            best = (start, year, left[start:end])
            break
    if best is None:
        return report_year, None
    return best[1], best[2]


def _item(text: str, lo: int, q_start: int, q_end: int, hi: int, *, first: bool) -> str:
    """The words of the quantity's own list item, the quantity left out.

    Back to the previous quantity of the sentence (``lo``) or a clause mark —
    an enumeration comma only when a quantity comes before it (``first`` is
    False), so 予以公开、部分公开共258件 keeps both categories while in
    予以公开28件、部分公开9件 each item keeps its own — and forward to the next mark.
    """
    m = _ITEM_BACK.search(text, lo, q_start)
    while first and m is not None and m[0] == "、":
        m = _ITEM_BACK.search(text, lo, m.start())
    start = m.end() if m is not None else lo
    f = _ITEM_FWD.search(text, q_end, min(hi, q_end + _ITEM_RIGHT))
    end = f.start() if f is not None else min(hi, q_end + _ITEM_RIGHT)
    return (text[start:q_start] + " " + text[q_end:end]).strip()


_CELL_RUN = regex.compile(r"[ \t\u3000]+[0-9０-９]")
_RUNNING_SINCE = regex.compile(r"(?:截至|截止)[^。；;]{0,24}累计")


# the report year's own period, written in a clause (2020年主动公开…43条, 全年累计…)
_PERIOD_WORD = regex.compile(r"(?:19|20)\d{2}\s*年(?!\s*\d{1,2}\s*月)|今年|本年|全年|年内|当年")


def _dated_same_counter(
    text: str, sent: tuple[int, int], clause: tuple[int, int], unit: str
) -> regex.Match[str] | None:
    """Another clause of the sentence counting in ``unit`` for a stated period
    (2020年发布各类政府信息43条，累计发布2816条): the 累计 count runs past it."""
    counted = regex.compile(r"\d\s*" + regex.escape(unit))
    for part in regex.split(
        r"[，,；;]", text[sent[0] : clause[0]] + "，" + text[clause[1] : sent[1]]
    ):
        if counted.search(part) and _PERIOD_WORD.search(part):
            return counted.search(part)
    return None


def _listed_bare(cues: Cues, text: str, q: QuantityLike) -> bool:
    """A bare number right after a counted noun and before a list mark (文件46、)."""
    return bool(
        cues.bare_listed is not None
        and cues.bare_listed_end is not None
        and cues.bare_listed.search(text, max(0, q.start - 6), q.start)
        and cues.bare_listed_end.match(text, q.end)
    )


def _not_a_fact(cues: Cues, text: str, q: QuantityLike) -> bool:
    """A look-back period (近三年), an item of a slogan's expansion (“三个一”：一个专栏…),
    the number in a policy package's name (苏政50条), 一项 as an article
    (作为一项重要工作) or a distance in an address (国宾馆西200米)."""
    # (pattern at the end of the text before, whether this quantity can be it, reach)
    before_cues = (
        (cues.policy_name, q.unit == "条", 3),
        (cues.article, q.text in cues.article_texts, 3),
        (cues.direction, q.unit in cues.direction_units, 2),
        (cues.period, q.unit in cues.period_units, 4),
    )
    for pattern, applies, reach in before_cues:
        if (
            pattern is not None
            and applies
            and pattern.search(text, max(0, q.start - reach), q.start)
        ):
            return True
    if cues.slogan is None or not q.text.startswith("一"):
        return False
    # a slogan is near: looking back a bounded way keeps "一件，一件，…" linear
    lo = max(0, q.start - _SLOGAN_REACH)
    sent_start = _bounds(text, q.start, lo, q.start, _SENT_FWD, _SENT_BACK)[0]
    return cues.slogan.search(text, sent_start, q.start) is not None


class _CueScan:
    """The last scope cue before a position, from one scan per scan start.

    The quantities of a sentence (and of a paragraph) ask about the same stretch
    of text: it is scanned once, from its start to the end of its line, and each
    question is a bisection. The matches of ``finditer(text, lo, q)`` are those of
    the longer scan that end by ``q`` — the cues are plain words, so cutting the
    text at ``q`` only changes a match that straddles ``q``; then the short scan
    is done as before.
    """

    def __init__(self, pattern: Any, text: str) -> None:
        self._pattern = pattern
        self._text = text
        self._scans: dict[int, tuple[list[Any], list[int]]] = {}

    def last(self, lo: int, q_start: int) -> Any:
        scan = self._scans.get(lo)
        if scan is None:
            # `lo` is a sentence or line start: every later question about it
            # comes from the same line
            hi = self._text.find("\n", q_start)
            found = list(self._pattern.finditer(self._text, lo, hi if hi >= 0 else len(self._text)))
            scan = self._scans[lo] = (found, [m.end() for m in found])
        found, ends = scan
        k = bisect_right(ends, q_start)
        if k < len(found) and found[k].start() < q_start:
            last = None
            for m in self._pattern.finditer(self._text, lo, q_start):
                last = m
            return last
        return found[k - 1] if k else None


def _scope(
    scope: ScopeCues,
    text: str,
    sent_start: int,
    line_start: int,
    q_start: int,
    scan: _CueScan | None = None,
) -> tuple[tuple[str, str] | None, bool]:
    """The nearest scope cue before the quantity: in its sentence (near), else its paragraph.

    ``scan``: a :class:`_CueScan` of ``scope.pattern`` over ``text`` shared by the
    document's quantities (one is made when None).
    """
    if scope.pattern is None:
        return None, False
    if scan is None:
        scan = _CueScan(scope.pattern, text)
    for lo, near in ((sent_start, True), (line_start, False)):
        found = scan.last(lo, q_start)
        if found is not None:
            word = found[0]
            cue_scope = scope.by_word[word]
            if cue_scope == "jurisdiction" and _is_object(scope, text, lo, found, q_start):
                return (word, "self"), near
            return (word, cue_scope), near
        if lo == line_start:
            break
    return None, False


def _is_object(scope: ScopeCues, text: str, lo: int, cue: Any, q_start: int) -> bool:
    """Whether the area word ``cue`` is the audience or object of the agency's own action.

    对县级部门开展检查4次 and 组织全区业务培训2场 are the agency's (self); 全区各单位
    发布信息… and 组织各单位参加培训 count what the area's agencies did (jurisdiction).
    """
    before = text[max(lo, cue.start() - 4) : cue.start()]
    between = text[cue.end() : q_start]
    if scope.object_audience is not None and scope.object_audience.search(before):
        return scope.object_verb is not None and scope.object_verb.search(between) is not None
    if scope.object_event is not None and scope.object_event.search(before):
        return scope.object_embedded is None or scope.object_embedded.search(between) is None
    return False


def _subject(
    text: str, c_start: int, q_start: int, q_end: int, c_end: int, match: RuleMatch | None
) -> tuple[str | None, int]:
    """The counted noun phrase as written, and where the fact's phrase starts."""
    phrase_start = match.anchor_start if match else q_start
    left = text[c_start:q_start]
    if match and match.subject and match.subject_start is not None:
        if match.subject_start < q_start:
            # from the subject word to the quantity ("政府信息依申请公开" after 办结)
            trig = match.anchor_start
            s = max(c_start, trig) if trig < match.subject_start else match.subject_start
            if s == trig and match.anchor and text.startswith(match.anchor, s):
                s += len(match.anchor) if s + len(match.anchor) <= match.subject_start else 0
            cand = _SUBJECT_TRIM.sub("", text[min(s, match.subject_start) : q_start]).strip()
            if cand and len(cand) <= 20:
                return cand, min(phrase_start, c_start if s < c_start else s)
            return match.subject, phrase_start
        return match.subject, phrase_start
    cand = _SUBJECT_TRIM.sub("", left).strip()
    if cand and not _VERBISH.search(cand) and len(cand) <= 14:
        return cand, min(phrase_start, q_start - len(left.lstrip()))
    right = text[q_end:c_end].strip()
    right = _RIGHT_SUBJECT_END.split(right, maxsplit=1)[0]
    if right and len(right) <= 10 and _HAN.match(right):
        return right, phrase_start
    if cand and len(cand) <= 14:
        return cand, min(phrase_start, q_start - len(left.lstrip()))
    return None, phrase_start


def analyse(
    text: str,
    sections: Sequence[SectionLike],
    *,
    report_year: int | None,
    rules: RuleSet,
    scope: ScopeCues,
    cues: Cues,
    find_quantities: QuantityFinder,
    tables: Sequence[Spans] | None = None,
) -> list[Candidate]:
    """Candidates of every prose quantity, in reading order.

    ``tables`` is :func:`section_tables` of the sections when the caller has it.
    """
    in_table = _TableSkip(text, sections, tables)
    cue_scan = _CueScan(scope.pattern, text) if scope.pattern is not None else None
    area = bool(scope.jurisdiction_title and scope.jurisdiction_title.search(text[:400]))

    def section_of(pos: int) -> int | None:
        for k, sec in enumerate(sections):
            if sec.start <= pos < sec.end:
                return k
        return None

    cands: list[Candidate] = []
    last_sent = sent = clause = (-1, -1)
    idx_in_sent = 0
    words: frozenset[str] = frozenset()
    word_bits = (0, 0)
    own_sent: tuple[int, int] = (-1, -1)
    own_all: Any = None  # the sentence's first not-own cue (作为复议机关…)
    for q in find_quantities(text):
        # a counterless number is a fact only with a magnitude or after a measuring word
        if (
            q.unit is None
            and q.kind not in ("money", "ratio")
            and not _MAGNITUDE.search(q.text)
            and not cues.bare_number.search(text[max(0, q.start - 6) : q.start])
            and not _listed_bare(cues, text, q)
        ):
            continue
        if q.unit is None and _CELL_RUN.match(text, q.end):
            # 申请数量 4 0 0: bare numbers side by side are a table row's cells
            continue
        sec_k = section_of(q.start)
        if sec_k is None or in_table(q.start, sec_k):
            continue
        if _not_a_fact(cues, text, q):
            continue
        sec_id = sections[sec_k].id
        # Quantities come in order: one that lies in the last sentence (clause)
        # is in the same one, found without a search; searching again would
        # make a long line without marks (numbers joined by spaces) quadratic.
        if not last_sent[0] <= q.start < last_sent[1]:
            sent = _bounds(text, q.start, 0, len(text), _SENT_FWD, _SENT_BACK)
        if not (sent == last_sent and clause[0] <= q.start < clause[1]):
            clause = _bounds(text, q.start, sent[0], sent[1], _CLAUSE_FWD, _CLAUSE_BACK)
        line_start = text.rfind("\n", 0, q.start) + 1
        if sent == last_sent:
            idx_in_sent += 1
        else:
            idx_in_sent = 0
            # the rule words of the sentence, shared by its quantities
            words = sentence_words(rules, text, sent[0], sent[1])
            word_bits = rules.index.bits_of(words)
        last_sent = sent
        matches = tuple(
            match_rules(
                rules,
                text,
                q.start,
                q.end,
                q.unit,
                sent[0],
                sent[1],
                words=words,
                word_bits=word_bits,
                clause_start=clause[0],
            )
        )
        best = matches[0] if matches else None
        cl_left = text[max(clause[0], q.start - cues.delta_window) : q.start]
        dm = cues.delta.search(cl_left) if cues.delta is not None else None
        cl_left = text[max(clause[0], q.start - cues.cumulative_window) : q.start]
        cm = cues.cumulative.search(cl_left) if cues.cumulative is not None else None
        if cm is None and cues.cumulative is not None:
            # "累计参训800多人次" and "截至目前累计…": the marker may sit one clause back
            cm = cues.cumulative.search(text[max(sent[0], q.start - 8) : q.start])
        if cm is None and "累计" in cl_left:
            # 累计 is a running total when the sentence dates it (截至2019年底，累计…)
            # or gives this year's count in the same counter in another clause
            # (2020年发布信息43条，累计发布2816条); alone, or with 全年 in its own
            # clause, it sums the report year (全年累计主动公开165条，其中…59条).
            sentence_left = text[sent[0] : q.start]
            cm = _RUNNING_SINCE.search(sentence_left) or (
                _dated_same_counter(text, sent, clause, q.unit)
                if q.unit and not _PERIOD_WORD.search(text[clause[0] : q.start])
                else None
            )
        year, year_cue = _year(cues, text, sent[0], q.start, q.end, report_year)
        if dm is not None and year != report_year:
            # a change is this year's change; the year in "比2019年底" is its base
            year, year_cue = report_year, f"change vs {year_cue}"
        scope_cue, near = _scope(scope, text, sent[0], line_start, q.start, cue_scan)
        if sent != own_sent:
            own_sent = sent
            own_all = cues.not_own.search(text, *sent) if cues.not_own is not None else None
        own = own_all if own_all is not None and own_all.end() <= q.start else None
        if own is not None:
            scope_cue, near = (own[0], "jurisdiction"), True
        # a subject is a few words: a clause is read that far around the quantity
        near_clause = (
            max(clause[0], q.start - _SUBJECT_REACH),
            min(clause[1], q.end + _SUBJECT_REACH),
        )
        subject, phrase_start = _subject(text, near_clause[0], q.start, q.end, near_clause[1], best)
        # the phrase reaches back to the furthest verb/subject any rule saw in the clause
        # ("公开政府信息204条", not just "信息204条")
        for m in matches:
            if clause[0] <= m.anchor_start < phrase_start:
                phrase_start = m.anchor_start
        phrase_start = max(phrase_start, sent[0])
        first = not (cands and cands[-1].sent_start == sent[0])
        prev_end = sent[0] if first else cands[-1].end
        cands.append(
            Candidate(
                qty=q,
                start=q.start,
                end=q.end,
                section=sec_id,
                sent_start=sent[0],
                sent_end=sent[1],
                clause_start=clause[0],
                line_start=line_start,
                index_in_sentence=idx_in_sent,
                matches=matches,
                best=best,
                inherited_from=None,
                delta_cue=dm[0] if dm else None,
                cumulative_cue=cm[0] if cm else None,
                year=year,
                year_cue=year_cue,
                scope_cue=scope_cue,
                scope_cue_near=near,
                area_report=area,
                subject=subject,
                phrase_start=phrase_start,
                not_own_cue=own[0] if own is not None else None,
                item=_item(text, prev_end, q.start, q.end, sent[1], first=first),
            )
        )
    return _inherit(text, cands)


def _inherit(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Breakdowns take the type of the total they break down.

    Code, not data: it needs the neighbouring candidates. A candidate without
    a specific rule inherits from the nearest earlier plain count of the same
    counter in its sentence, or in the previous sentence when its own opens
    an enumeration (其中…, 按…分).
    """
    out = list(cands)
    for i, c in enumerate(out):
        if c.forced_other or (c.best and c.best.score >= _INHERIT_BELOW):
            continue
        enum_head = bool(_ENUM_HEAD.match(text[c.sent_start : c.start]))
        for j in range(i - 1, max(-1, i - _INHERIT_REACH), -1):
            p = out[j]
            same_sent = p.sent_start == c.sent_start
            if not (same_sent or (enum_head and p.line_start == c.line_start)):
                break
            if p.forced_other or p.qty.unit != c.qty.unit or p.best is None:
                continue
            if p.best.rule.type == "other":
                break
            own = text[c.clause_start : c.start]
            if any(b in own for b in p.best.rule.blockers):
                # 发布信息332条，收到留言2521条: the rule itself refuses this clause
                break
            score = round(p.best.score * 0.92, 4)
            if c.best is not None and c.best.score >= score:
                break
            inherited = RuleMatch(
                rule=p.best.rule,
                score=score,
                anchor=p.best.anchor,
                anchor_start=c.clause_start,
                subject=None,
                subject_start=None,
                reasons=(f"inherits {p.best.rule.id} from {p.qty.text!r} (enumeration, x0.92)",),
            )
            out[i] = replace(c, best=inherited, inherited_from=j)
            break
    return out
