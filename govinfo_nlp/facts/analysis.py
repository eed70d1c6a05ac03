"""Candidate quantities of the prose and the rule/cue evidence about each.

This stage is shared by extraction and training: it finds the quantities in
prose lines (never table rows), cuts sentences and clauses, runs the rules
and cues, and carries enumerations ("其中, 市级部门41个、各市(区)83个") over
from the total they break down. It knows nothing of the statistical model.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any, Protocol

from ..quantities.grammar import CELL_RUN
from .cues import (
    CueScan,
    dated_same_counter,
    english_bare,
    listed_bare,
    not_a_fact,
    period_of,
    scope_of,
)
from .rules import (
    Cues,
    FactRule,
    RuleMatch,
    RuleSet,
    ScopeCues,
    match_rules,
    opens_with_own_verb,
    sentence_bits,
)
from .segments import CLAUSE_FWD, LineMarks, SectionLike, Spans, TableSkip
from .stdre import compile_cue, search_past_lookbehind
from .subjects import item_of, subject_of

__all__ = ["Candidate", "QuantityFinder", "QuantityLike", "analyse", "iter_candidates"]

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


QuantityFinder = Callable[[str], Iterable[Any]]

# How far around its quantity a subject is looked for (a subject is at most 20
# characters; the bound keeps a long line without clause marks linear).
_SUBJECT_REACH = 200
_MAGNITUDE = compile_cue(r"[万亿千]")
_HAN = compile_cue(r"\p{Han}")
# what ends a clause between two counts (、 joins counts that share a verb)
_CLAUSE_END = compile_cue(r"[，,；;：:（()）。！？!?\n]")
# A quantity whose own rule scores at least this keeps its type; a weaker one
# takes the type of the quantity before it in the same list (其中…N件、M件).
_INHERIT_BELOW = 0.7
# What a type taken from another count (a total's, a paragraph's noun) is worth
# against that count's own score (the "x0.92" of the explanations).
_INHERIT_DISCOUNT = 0.92
# How far after a quantity its counted noun may run (48件典型案例).
_INHERIT_RIGHT = 8
# An enumeration is looked back through at most this many quantities.
_INHERIT_REACH = 12
# the candidates _inherited may read: those it looks back through and the one
# before the furthest
_INHERIT_KEEP = _INHERIT_REACH
# How far back in its sentence a quantity looks for the words announcing a list
# (cues.json enumeration.announced; a whole page on one line is one sentence: bounded).
_ENUM_REACH = 300


@dataclass(slots=True)
class Candidate:
    """One quantity of the prose and everything the rules say about it.

    Not frozen: the analysis builds one per quantity and never changes it (a
    changed candidate is a ``replace``d copy), and a frozen dataclass's
    ``__init__`` sets each of its fields through ``object.__setattr__``, which
    costs seven times a plain one.
    """

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
    # Changes, running totals, ratios and others' cases are `other` whatever they
    # count. Set once from the fields it reads (a ``replace``d copy sets it again):
    # the analysis and the extractor ask it several times a candidate, and
    # an enumeration's inheritance once for each count it looks back through.
    forced_other: bool = field(init=False)

    def __post_init__(self) -> None:
        self.forced_other = bool(
            self.delta_cue
            or self.cumulative_cue
            or self.not_own_cue
            or self.qty.unit in ("%", "成")
        )

    @property
    def rule_type(self) -> str | None:
        if self.forced_other:
            return "other"
        return self.best.rule.type if self.best else None


# What ends a comma-clause (not 、 nor a label's colon, which LineMarks.clause ends at).
_COMMA_MARKS = "，,；;"
# A count closed by a clause mark (办结申请12件，): what stands before it was its words.
_COUNT_CLOSED = compile_cue(r"[0-9０-９][^0-9０-９，,、：:；;。]{0,3}[，,；;]")


def _own_clause_first(
    text: str, matches: tuple[RuleMatch, ...], sent_start: int, q_start: int
) -> tuple[RuleMatch, ...]:
    """``matches`` with the best one's words moved behind another type's subject in the
    count's own comma-clause when they served an earlier count: a verb and its object
    before a count a comma closed (办结申请12件，) do not reach the next clause's count of
    a noun of its own (有误差的信息3条: read as closed applications, a list of two unlike
    counts), whose own words decide (SCHEMA §3: a fact counts what its words name). A
    clause that names the rule's words again (其中网上申请5件, 其中网上政府信息公开申请件22件;
    受理来电28.6万个,办理报修、投诉等工单4.1万件: 办理 is the rule's verb) is the verb's."""
    best = matches[0]
    if best.rule.require != "both":
        return matches
    lo = max(sent_start, max(text.rfind(c, sent_start, q_start) for c in _COMMA_MARKS) + 1)
    if best.anchor_start >= lo or _COUNT_CLOSED.search(text, best.anchor_start, lo) is None:
        return matches
    own_words = text[lo:q_start]
    rule = best.rule
    if any(w in own_words for w in rule.subjects) or any(w in own_words for w in rule.triggers):
        return matches
    own = [
        m
        for m in matches
        if m.rule.type != rule.type and m.subject_start is not None and m.subject_start >= lo
    ]
    if not own:
        return matches
    return (*own, *(m for m in matches if m not in own))


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
    limit: int | None = None,
) -> list[Candidate]:
    """Candidates of every prose quantity, in reading order (:func:`iter_candidates`
    as a list).

    ``tables`` is :func:`section_tables` of the sections when the caller has it;
    ``limit``: no more candidates than that are read (hostile input).
    """
    return list(
        iter_candidates(
            text,
            sections,
            report_year=report_year,
            rules=rules,
            scope=scope,
            cues=cues,
            find_quantities=find_quantities,
            tables=tables,
            limit=limit,
        )
    )


def iter_candidates(
    text: str,
    sections: Sequence[SectionLike],
    *,
    report_year: int | None,
    rules: RuleSet,
    scope: ScopeCues,
    cues: Cues,
    find_quantities: QuantityFinder,
    tables: Sequence[Spans] | None = None,
    limit: int | None = None,
) -> Iterator[Candidate]:
    """The candidates of :func:`analyse`, one at a time.

    Each is final when it is produced: a candidate inherits only from the
    few before it (:func:`_inherited`), so a long document's candidates need
    not all be held at once (with their rule evidence, they weigh more than
    its facts).
    """
    in_table = TableSkip(text, sections, tables)
    head = text[:400]
    area = bool(
        (scope.jurisdiction_title and search_past_lookbehind(scope.jurisdiction_title, head))
        # a page with no title that opens speaking as the area (我县认真…, 兴庆区坚持…)
        or (scope.area_opener and scope.area_opener.match(head))
    )
    # 我区/我市 speak for the area only in a government's own report (scope.json)
    government = (
        search_past_lookbehind(scope.government_title, head)
        if scope.government_title is not None
        else None
    )
    organ = (
        scope.own_organ_title.search(head)
        if scope.own_organ_title is not None and government is None
        else None
    )
    pattern = (
        scope.government_patterns.get(government[0][:1], scope.government_pattern)
        if government is not None
        # …中心2023年…报告: 中心 opening a clause is the centre itself (scope.json own_organ)
        else scope.own_organ_patterns.get(organ[1], scope.pattern)
        if organ is not None
        else scope.pattern
    )
    cue_scan = CueScan(pattern, text) if pattern is not None else None

    def section_of(pos: int) -> int | None:
        for k, sec in enumerate(sections):
            if sec.start <= pos < sec.end:
                return k
        return None

    # Sections in order and disjoint (what find_sections gives): the section of
    # the last quantity is the only one that can hold the next one before a
    # later section starts, so it is tested first (one comparison for most).
    disjoint = all(a.end <= b.start for a, b in pairwise(sections))
    sec_k: int | None = None
    sec_lo = sec_hi = -1

    # Where the cue patterns can begin (None: anywhere): most windows hold none of
    # these characters, and such a window needs no search (Cues.gates).
    gates = cues.gates
    delta_gate = gates.get("delta")
    cumulative_gate = gates.get("cumulative")
    # one search of the gate over both cumulative windows answers for both searches
    # and the 累计 test below when the gate holds 累 (cues.json may change it)
    quick_gate = (
        cumulative_gate
        if cues.cumulative is not None
        and cumulative_gate is not None
        and cumulative_gate.match("累") is not None
        else None
    )
    own_gate = gates.get("not_own")
    bare_gate = gates.get("bare_number")
    marks = LineMarks(text)
    counter_groups = cues.counter_groups
    elided_verb = cues.elided_verb if cues.elided_types else None
    # the rule a disclosure attribute of documents made reads as (cues.json attribute_parts)
    attribute_rule = next((r for r in rules.rules if r.id == cues.attribute_rule), None)
    # the last candidates produced (enough for _inherited), from index `base` on
    recent: list[Candidate] = []
    base = count = 0
    prev: Candidate | None = None  # the last one, as analysed (before inheriting)
    # where a phrase may start at the earliest: after the last quantity of an
    # earlier clause of the sentence (subjects.subject_of)
    floor = 0
    last_sent = sent = clause = (-1, -1)
    idx_in_sent = 0
    word_bits = (0, 0)
    own_sent: tuple[int, int] = (-1, -1)
    own_all: Any = None  # the sentence's first not-own cue (作为复议机关…)
    for q in find_quantities(text):
        if limit is not None and count >= limit:
            break
        # a counterless number is a fact only with a magnitude or after a measuring word
        # (the grammar's prose scan, cells=False, leaves out a row's cells: none is)
        if (
            q.unit is None
            and q.kind not in ("money", "ratio")
            and not _MAGNITUDE.search(q.text)
            and _cue(cues.bare_number, bare_gate, text[max(0, q.start - 6) : q.start]) is None
            and not listed_bare(cues, text, q)
            and not english_bare(cues, text, q)
        ):
            continue
        if q.unit is None and CELL_RUN.match(text, q.end):
            # 申请数量 4 0 0: bare numbers side by side are a table row's cells
            continue
        if not (disjoint and sec_lo <= q.start < sec_hi):
            sec_k = section_of(q.start)
            if sec_k is not None:
                sec_lo, sec_hi = sections[sec_k].start, sections[sec_k].end
        if sec_k is None or in_table(q.start, sec_k):
            continue
        if not_a_fact(cues, text, q):
            continue
        sec_id = sections[sec_k].id
        # Quantities come in order: one that lies in the last sentence (clause)
        # is in the same one, found without a search; searching again would
        # make a long line without marks (numbers joined by spaces) quadratic.
        if not last_sent[0] <= q.start < last_sent[1]:
            sent = marks.sentence(q.start)
        if not (sent == last_sent and clause[0] <= q.start < clause[1]):
            clause = marks.clause(q.start, sent[0], sent[1])
        line_start = text.rfind("\n", 0, q.start) + 1
        if sent == last_sent:
            idx_in_sent += 1
        else:
            idx_in_sent = 0
            # the rule words of the sentence, shared by its quantities
            word_bits = sentence_bits(rules, text, sent[0], sent[1])
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
                word_bits=word_bits,
                clause_start=clause[0],
            )
        )
        if len(matches) > 1:
            matches = _own_clause_first(text, matches, sent[0], q.start)
        best = matches[0] if matches else None
        cl_left = text[max(clause[0], q.start - cues.delta_window) : q.start]
        dm = _cue(cues.delta, delta_gate, cl_left) if cues.delta is not None else None
        cl_lo = max(clause[0], q.start - cues.cumulative_window)
        back_lo = max(sent[0], q.start - 8)
        if quick_gate is None or quick_gate.search(text, min(cl_lo, back_lo), q.start):
            cl_left = text[cl_lo : q.start]
            cm = (
                _cue(cues.cumulative, cumulative_gate, cl_left)
                if cues.cumulative is not None
                else None
            )
            if cm is None and cues.cumulative is not None:
                # "累计参训800多人次" and "截至目前累计…": the marker may sit one clause back
                cm = _cue(cues.cumulative, cumulative_gate, text[back_lo : q.start])
        else:
            # no character a cumulative cue begins with (累 among them) in either
            # window: neither search finds one, nor is 累计 there
            cl_left, cm = "", None
        if cm is None and "累计" in cl_left:
            # 累计 is a running total when the sentence dates it (截至2019年底，累计…)
            # or gives this year's count in the same counter in another clause
            # (2020年发布信息43条，累计发布2816条); alone, or with 全年 in its own
            # clause, it sums the report year (全年累计主动公开165条，其中…59条).
            sentence_left = text[sent[0] : q.start]
            # (cues.json cumulative.dated and .period_word)
            dated, period = cues.cumulative_dated, cues.cumulative_period_word
            # a sentence that is only the running total (…重点领域征地信息36条。累计公开信息
            # 2093条。) follows the year's count in the sentence before it, on its line
            counted = (
                (line_start, sent[1])
                if sentence_left.lstrip().startswith(("累计", "累計")) and line_start < sent[0]
                else sent
            )
            cm = (dated.search(sentence_left) if dated is not None else None) or (
                dated_same_counter(period, text, counted, clause, q.unit)
                if q.unit and period is not None and not period.search(text[clause[0] : q.start])
                else None
            )
        year, year_cue = period_of(cues, text, sent[0], q.start, q.end, report_year)
        if dm is not None and year != report_year:
            # a change is this year's change; the year in "比2019年底" is its base
            year, year_cue = report_year, f"change vs {year_cue}"
        scope_cue, near = scope_of(scope, text, sent[0], line_start, q.start, cue_scan)
        if sent != own_sent:
            own_sent = sent
            own_all = (
                None
                if cues.not_own is None
                or (own_gate is not None and own_gate.search(text, *sent) is None)
                else cues.not_own.search(text, *sent)
            )
        own = own_all if own_all is not None and own_all.end() <= q.start else None
        if own is not None:
            scope_cue, near = (own[0], "jurisdiction"), True
        # a subject is a few words: a clause is read that far around the quantity
        near_clause = (
            max(clause[0], q.start - _SUBJECT_REACH),
            min(clause[1], q.end + _SUBJECT_REACH),
        )
        first = not (prev is not None and prev.sent_start == sent[0])
        prev_end = sent[0] if first or prev is None else prev.end
        if first or _CLAUSE_END.search(text, prev_end, q.start) is not None:
            floor = prev_end
        # else a count joined to the one before it (提交15件、4件) shares its verb
        # and its floor: the phrase may hold both
        subject, phrase_start = subject_of(
            text, near_clause[0], q.start, q.end, near_clause[1], best, floor
        )
        # the phrase reaches back to the furthest verb/subject any rule saw in the clause
        # ("公开政府信息204条", not just "信息204条"), never over the quantity before it
        reach = max(clause[0], floor)
        for m in matches:
            if reach <= m.anchor_start < phrase_start:
                phrase_start = m.anchor_start
        phrase_start = max(phrase_start, sent[0])
        if phrase_start < floor:
            # a verb before a quantity of an earlier clause (收到申请12件，其中网上申请5件)
            # is that quantity's: the phrase opens at the first word after it
            phrase_start = floor
            while phrase_start < q.start and not _HAN.match(text, phrase_start):
                phrase_start += 1
        prev = Candidate(
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
            item=item_of(text, prev_end, q.start, q.end, sent[1], first=first),
        )
        c = _inherited(text, prev, count, recent, base, cues)
        if c.best is None and not c.forced_other:
            c = _elided(text, c, count, recent, base, counter_groups)
        if elided_verb is not None and not c.forced_other and count > base:
            c = _elided_typed(text, c, recent[-1], count - 1, elided_verb, cues)
        if attribute_rule is not None and not c.forced_other and count > base:
            c = _attribute_part(c, count, recent, base, cues, attribute_rule)
        recent.append(c)
        count += 1
        if len(recent) >= 2 * _INHERIT_KEEP:
            del recent[:_INHERIT_KEEP]
            base += _INHERIT_KEEP
        yield c


def _same_counter(p: Candidate, c: Candidate, counter_groups: tuple[frozenset[str], ...]) -> bool:
    """Whether ``p`` and ``c`` count with one counter or with two of one group."""
    return p.qty.unit == c.qty.unit or any(
        p.qty.unit in g and c.qty.unit in g for g in counter_groups
    )


# A clause that is only a period and a verb of receiving before its count (全年收到13件,
# 上一年度受理3件): the noun received is left to the paragraph before it.
_ELIDED_RECEIVED = compile_cue(
    r"\s*(?:(?:19|20)\d{2}\s*年度?|全年|本年度?|今年|当年|上一?年度?|去年)?\s*"
    r"(?:共|共计|累计|又|还)?\s*(?:收到|受理|新收|接收|接到)\s*"
)


def _elided(
    text: str,
    c: Candidate,
    i: int,
    recent: list[Candidate],
    base: int,
    counter_groups: tuple[frozenset[str], ...] = (),
) -> Candidate:
    """Candidate ``c`` (index ``i``; no rule fired on it), or a copy counting the
    applications its paragraph counts: its clause is only a period and a verb of
    receiving (…收到政府信息公开申请6件；…。全年收到13件), and an earlier count of the
    same counter in its line is of applications received (requests.received)."""
    if _ELIDED_RECEIVED.fullmatch(text, c.clause_start, c.start) is None:
        return c
    for j in range(i - 1, max(base - 1, i - _INHERIT_REACH - 1), -1):
        p = recent[j - base]
        if p.line_start != c.line_start:
            break
        if p.forced_other or p.best is None or not _same_counter(p, c, counter_groups):
            continue
        if p.best.rule.type == "requests.received":
            return _typed_from(
                c,
                j,
                p.best.rule,
                round(p.best.score * _INHERIT_DISCOUNT, 4),
                p.best.anchor,
                f"noun left out: the applications of {p.qty.text!r} before it (x0.92)",
            )
    return c


def _elided_typed(
    text: str, c: Candidate, p: Candidate, j: int, verb: Any, cues: Cues
) -> Candidate:
    """Candidate ``c``, or a copy of the type of ``p`` (the candidate before it, index
    ``j``) when ``c``'s clause is only a verb before its count (新制作规范性文件3件，
    新公开3件: the noun is left to the count before it; cues.json elided), ``p`` is of
    its sentence, of one counter group and of a type in ``cues.elided_types``. A rule
    that found a noun for ``c`` in its clause keeps it; one that fired on the verb
    alone, or on a noun of an earlier clause (信息318条，…，新公开3件), does not."""
    best = c.best
    if best is not None and best.subject_start is not None and best.subject_start >= c.clause_start:
        return c
    pb = p.best
    if (
        pb is None
        or p.forced_other
        or p.sent_start != c.sent_start
        or pb.rule.type not in cues.elided_types
        or not _same_counter(p, c, cues.counter_groups)
        or verb.fullmatch(text, c.clause_start, c.start) is None
    ):
        return c
    return _typed_from(
        c,
        j,
        pb.rule,
        round(pb.score * _INHERIT_DISCOUNT, 4),
        pb.anchor,
        f"noun left out: the {pb.rule.type} of {p.qty.text!r} before it (x0.92)",
    )


def _attribute_part(
    c: Candidate, i: int, recent: list[Candidate], base: int, cues: Cues, rule: FactRule
) -> Candidate:
    """Candidate ``c`` (index ``i``), or a copy read by ``rule`` (`other`) when its own
    item names a disclosure attribute (不予公开, 依申请公开: cues.json attribute_parts
    ``words``) and the count before it in its sentence, of one counter group, is a
    total of documents made or reviewed (a rule of ``totals``) or another such part
    (审核公文142件，其中不予公开21件，依申请公开19件: documents, not applications)."""
    words = cues.attribute_words
    if words is None or words.search(c.item) is None:
        return c
    for j in range(i - 1, max(base - 1, i - _INHERIT_REACH - 1), -1):
        p = recent[j - base]
        if p.sent_start != c.sent_start or p.best is None:
            return c
        if not _same_counter(p, c, cues.counter_groups):
            continue
        if p.best.rule.id == rule.id:
            continue  # an attribute before it: look for the total further back
        if p.best.rule.id not in cues.attribute_totals:
            return c
        return _typed_from(
            c,
            j,
            rule,
            rule.score,
            p.best.anchor,
            f"a disclosure attribute of the documents of {p.qty.text!r} before it",
        )
    return c


def _typed_from(c: Candidate, j: int, rule: Any, score: float, anchor: Any, why: str) -> Candidate:
    """Candidate ``c`` typed by ``rule`` from the candidate ``j`` before it (its noun left
    out, a part of its list, an attribute of its documents): the match anchors at ``c``'s
    clause and names no subject of its own."""
    match = RuleMatch(
        rule=rule,
        score=score,
        anchor=anchor,
        anchor_start=c.clause_start,
        subject=None,
        subject_start=None,
        evidence=why,
    )
    return replace(c, best=match, inherited_from=j)


def _cue(pattern: Any, gate: Any, window: str) -> Any:
    """``pattern.search(window)``; None without it when no character of ``window``
    is one a match can begin with (``gate``: :attr:`Cues.gates`, None: any)."""
    if gate is not None and gate.search(window) is None:
        return None
    return pattern.search(window)


# What ends the line before an enumeration that opens its own line: a sentence's end
# (a heading or a table row ends with none).
_PARAGRAPH_END = "。！？!?：:"


def _line_above(text: str, c: Candidate) -> int:
    """Where the line above ``c``'s starts when ``c``'s sentence opens its line and
    that line ends a sentence; -1 otherwise."""
    if c.line_start < 2 or text[c.line_start : c.sent_start].strip():
        return -1
    end = c.line_start - 1  # the line break
    last = _last_mark(text, end)
    if not last or last not in _PARAGRAPH_END:
        return -1
    return text.rfind("\n", 0, end) + 1


def _last_mark(text: str, end: int) -> str:
    """The last character of ``text[:end]`` that is not a space ("" if none), read
    back a stretch at a time: no copy of all the text before each candidate."""
    hi = end
    while hi > 0:
        lo = max(0, hi - 64)
        ink = text[lo:hi].rstrip()
        if ink:
            return ink[-1]
        hi = lo
    return ""


def _sibling_with_own_verb(text: str, p: Candidate, c: Candidate, announced: Any) -> bool:
    """Whether ``p``, a count before ``c`` in its sentence, is another item of the list
    ``c`` is an item of, typed by its rule's words in its own item (其中网上申请3件、已办结
    4件、当面申请5件: the 4件; 其中网上申请21件、予以公开12件、信函申请8件: the 12件, an
    outcome): words announcing the list (其中, 包括) lie before ``p`` in the sentence and
    none between ``p`` and ``c``. Such an item names its own kind; the
    list's total lies further back (SCHEMA §3: a breakdown keeps its total's type)."""
    best = p.best
    if announced is None or best is None or p.inherited_from is not None:
        return False
    own = text[p.clause_start : p.start]
    if not any(w in own for w in best.rule.triggers) and not any(
        w in own for w in best.rule.subjects
    ):
        return False
    if announced.search(text, p.end, c.start) is not None:
        return False
    lo = max(p.sent_start, p.start - _ENUM_REACH)
    return announced.search(text, lo, p.start) is not None


def _inherited(
    text: str,
    c: Candidate,
    i: int,
    recent: list[Candidate],
    base: int,
    cues: Cues,
) -> Candidate:
    """Candidate ``c`` (index ``i``), or a copy taking the type of the total it
    breaks down; ``recent`` holds the candidates before it from index ``base`` on
    (at least the last :data:`_INHERIT_KEEP`), as produced.

    Code, not data: it needs the neighbouring candidates. A candidate without
    a specific rule inherits from the nearest earlier plain count of the same
    counter (or one of its ``counter_groups``) in its sentence, or in the
    previous sentence when its own opens an enumeration (其中…, 按…分). A
    candidate whose own clause names its kind keeps its rule. A typed category
    named in its own clause (政策解读4条 in a list of released items: types in
    ``not_inherited``) is passed over: the items after it are parts of the
    total, not of it.
    """
    # a part's rule (信函申请1件: a channel) names which part, not which total: the
    # total before it in the sentence passes its type (办理申请7件，包括网上申请4件，…，
    # 信函申请1件: handled, however far the verb lies back; cues.json part_rules)
    part = c.best is not None and c.best.rule.id in cues.part_rules
    if c.forced_other or (c.best and c.best.score >= _INHERIT_BELOW and not part):
        return c
    if (
        c.best
        and c.best.rule.type != "other"
        and c.best.anchor_start >= c.clause_start
        and not part
    ):
        # its own clause names what it counts (…依申请公开16件，主动公开83件)
        return c
    # a sentence opening an enumeration, as one opening with its quantity does
    # (共收到申请2条。1条来自网上申请，1条来自信函): cues.json enumeration.head
    head, announced = cues.enumeration_head, cues.enumeration_announced
    not_inherited, counter_groups = cues.not_inherited, cues.counter_groups
    enum_head = head is not None and head.match(text[c.sent_start : c.start]) is not None
    # a paragraph split after its total's sentence (…收到申请2条。⏎1条来自网上申请):
    # the enumeration may open the next line, as it may open the next sentence
    above = _line_above(text, c) if enum_head else -1
    # a clause opening with a verb of its own counts what that verb does: a count of an
    # earlier clause passes it no type (公开政府信息85条，立案查处…案件27件), unless the
    # sentence announces the counts after it as parts (其中…, 包括…)
    own_verb = (
        not part
        and not enum_head
        and c.clause_start > c.sent_start
        and opens_with_own_verb(text, c.clause_start, c.start)
    )
    for j in range(i - 1, max(-1, i - _INHERIT_REACH), -1):
        p = recent[j - base]
        same_sent = p.sent_start == c.sent_start
        if not (
            same_sent or (enum_head and (p.line_start == c.line_start or p.line_start == above))
        ):
            break
        if not _same_counter(p, c, counter_groups) and (
            same_sent
            and c.clause_start > p.end
            and p.clause_start > c.sent_start
            and opens_with_own_verb(text, p.clause_start, p.start)
        ):
            # 其中首次登记3260件；发放不动产权证书超2.1万本，在区政府网站公示…宗地412宗: a
            # count of another counter in a clause with a verb of its own lies between,
            # so the list before it is closed (paraphrase24 k43)
            break
        if p.forced_other or not _same_counter(p, c, counter_groups) or p.best is None:
            continue
        if (
            p.best.rule.type in not_inherited
            and p.best.anchor_start >= p.clause_start
            and j > 0
            and recent[j - 1 - base].sent_start == p.sent_start
        ):
            # a typed category inside the list, not the list's total
            # (制定政府规章2件、修订1件: the rules' own count passes its type)
            continue
        if p.best.rule.type == "other" or (part and not same_sent):
            break
        if (
            own_verb
            and p.end <= c.clause_start
            and (
                announced is None
                or announced.search(text, max(c.sent_start, p.start), c.start) is None
            )
        ):
            break
        if part and _sibling_with_own_verb(text, p, c, announced):
            # 其中网上申请3件、已办结4件、当面申请5件: the 4件 is an item of the list with
            # a verb of its own, not the total the 5件 breaks down
            continue
        if part and p.best.rule.type == c.best.rule.type:  # type: ignore[union-attr]
            return c
        # the clause up to the quantity and the noun after it (48件典型案例)
        tail = CLAUSE_FWD.search(text, c.end, c.end + _INHERIT_RIGHT)
        own = text[c.clause_start : tail.start() if tail else c.end + _INHERIT_RIGHT]
        if any(b in own for b in p.best.rule.blockers) and not (
            enum_head
            or (
                announced is not None
                and announced.search(text, max(c.sent_start, c.start - _ENUM_REACH), c.start)
            )
        ):
            # 发布信息332条，收到留言2521条: the rule itself refuses this clause;
            # not in a list announced as the total's parts (其中…权力清单1条)
            break
        score = round(p.best.score * _INHERIT_DISCOUNT, 4)
        if part and c.best is not None and p.best.rule.type not in cues.part_types:
            break
        if part and c.best is not None:
            # a total's type decays along a list; the part's own rule says nothing of it
            score = max(score, c.best.score)
        elif c.best is not None and c.best.score >= score:
            break
        return _typed_from(
            c,
            j,
            p.best.rule,
            score,
            p.best.anchor,
            f"inherits {p.best.rule.id} from {p.qty.text!r} (enumeration, x0.92)",
        )
    return c
