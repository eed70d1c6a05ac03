"""The facts engine, top to bottom: candidates → rules and cues → model → facts."""

from __future__ import annotations

import functools
import logging
import math
import os
import threading
import warnings
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from pathlib import Path
from typing import Any

import regex

from ..datafiles import load_json
from ..frozen import builder
from ..limits import checkpoint
from ..noise import advert_spans
from ..normalize import chinese_marks
from ..textcache import PerDocument
from .analysis import Candidate, QuantityFinder, iter_candidates
from .cues import flawed_of, joint_of, not_held, plan_of, respective_of, stock_of, wrong_value_of
from .fact import Fact
from .model import MODEL_NAME, FactModel, Verdict, load_model
from .outcomes import appeal_outcomes
from .rules import (
    Cues,
    FactRule,
    RuleSet,
    ScopeCues,
    Scoring,
    load_cues,
    load_rules,
    load_scope,
    load_scoring,
)
from .segments import (
    SectionLike,
    Wraps,
    continued_lines,
    prose_spans,
    section_tables,
    sort_pairs,
    wrapped_lines,
)

__all__ = [
    "FactExtractor",
    "add_rules",
    "extract_facts",
    "marked_wraps",
    "original_view",
    "provenance",
    "reading_text",
    "reading_view",
]

#: Candidates encoded and scored together by the facts model (bounded memory,
#: a few numpy passes per chunk), at least. The scorer gathers coefficients a
#: few candidates at a time (model.GATHER_ENTRIES) into a scratch of its own. A
#: chunk's features cost ~4 KB a candidate while they are encoded (features.
#: FeatureEncoder: the n-gram keys, ~33 bytes an n-gram): once the scorer's gather
#: was made once per thread, that was a small report's peak (speed29); 4 keep it
#: under ~8x a small report's size (a real excerpt: 2 KB, up to 25 candidates):
#: peak medians real 22.1x -> 19.2x, gen-text 20.6x -> 18.8x, gen-html 21.6x ->
#: 20.2x, for ~5 % more CPU in the facts stage of generated text reports (none
#: measured on real excerpts or HTML). Scores do not depend on the chunk.
_SCORE_CHUNK = 4
#: A longer document is scored in bigger chunks (fewer numpy calls, which
#: cost as much as their work on a few candidates): one candidate more per
#: this many characters of normalised text, so that a chunk costs no more per
#: byte of the document than the smallest chunk does of a small report
#: (~730 characters of 2 KB of UTF-8: 4 candidates), up to _MAX_CHUNK.
_CHARS_PER_CANDIDATE = 192
_MAX_CHUNK = 64
#: Candidates read ahead of the chunk being scored. The analysis runs on as
#: candidates are asked for (analysis.iter_candidates), holding its state (the
#: folded text, the line marks): a document with fewer candidates is analysed to
#: its end before its first chunk is scored, so that state is gone by then (a
#: small report's peak), and a long one holds at most this many candidates.
_READ_AHEAD = 256

log = logging.getLogger(__name__)

#: How rules and model decide a fact's type: both (the rule unless the model is
#: surer), the rules alone, or the model alone (the card's ablation).
COMBINE_MODES = ("both", "rules", "model")

# the rule id of a count of an event others held (cues.not_held)
_TOOK_PART = "cue:took_part"
# the kinds a count of reviews and suits together is misread as (cues.joint_of);
# appeals.corrected counts over both kinds (datasets/gold/README.md §11)
_APPEALS = frozenset({"appeals.review", "appeals.suit"})

# the types a count given respectively for two verbs may take (cues.respective_of)
_REQUESTS = frozenset({"requests.received", "requests.closed"})

# A report has one fact per number of its prose: built through the slots (frozen.py).
_fact = builder(Fact)


def _quantity_finder(counters: tuple[Any, ...]) -> Callable[..., Iterable[Any]]:
    # imported late: the grammar compiles its data on first use
    from ..quantities.grammar import find_quantities, grammar_for

    return functools.partial(find_quantities, grammar=grammar_for(counters))


def reading_view(text: str) -> str:
    """The normalised text as the facts stage reads it, character for character
    (offsets unchanged): a page typed with ASCII marks read as one with Chinese
    ones, a line break after a clause mark or inside a wrapped sentence as a space.
    :func:`reading_text` reads the breaks a PDF wrapped inside a word or a number
    as nothing, on top of it."""
    return continued_lines(chinese_marks(text))


def marked_wraps(text: str, marked: str) -> Wraps:
    """segments.wrapped_lines of ``marked``, ``text`` read with Chinese marks
    (``chinese_marks(text)``): the wraps :func:`reading_text`, the settling and the
    breakdowns read, found once per document through the parse's
    :class:`~..textcache.PerDocument`. Kept by ``text``, which the parse holds
    anyway, and not the views: a big document's views are not held past their
    readers (the wraps are a few offsets)."""
    return wrapped_lines(marked)


def original_view(text: str, once: PerDocument) -> str:
    """:func:`reading_view` of ``text``, its wraps found once for the parse
    (:func:`marked_wraps`). The breakdowns and the reconciliation read the original
    through it, one after the other: ``once(original_view, text, once)`` makes it for
    both (kept from the breakdowns to the reconciliation only, which would make it
    anyway: the tables stage's peak does not hold it)."""
    marked = chinese_marks(text)
    return continued_lines(marked, once(marked_wraps, text, marked))


@dataclass(frozen=True, slots=True)
class _Section:
    id: str
    start: int
    end: int


def reading_text(
    text: Any, sections: Sequence[SectionLike], *, once: PerDocument | None = None
) -> tuple[Any, list[Any], Wraps]:
    """``text`` (a normalised document) as the facts stage reads it, its
    ``sections`` placed in it, and the wraps found (offsets into ``text.text``);
    ``once``: what the parse finds once (:func:`marked_wraps`: the settling and
    the breakdowns read the original through the same wraps, often of this text).

    The :func:`reading_view`, and the line breaks a PDF wrapped inside a word or a
    number cut out (segments.wrapped_lines: 按时答⏎复9件 reads 答复, 审核信息410⏎条
    reads 410条); the offsets map of the result still leads to the original. Training
    reads the gold documents through it too: the model learns from the text it is
    run on."""
    marked = chinese_marks(text.text)
    wraps = wrapped_lines(marked) if once is None else once(marked_wraps, text.text, marked)
    view = continued_lines(marked, wraps)
    if view is not text.text:
        text = replace(text, text=view)
    if not wraps.joined:
        return text, list(sections), wraps
    cut = wraps.joined
    ends = [e for _, e in cut]
    lost = list(accumulate(e - s for s, e in cut))

    def moved(pos: int) -> int:
        # the cuts that end at or before ``pos``, and any that holds it
        k = bisect_right(ends, pos)
        gone = lost[k - 1] if k else 0
        if k < len(cut) and cut[k][0] < pos:
            gone += pos - cut[k][0]
        return pos - gone

    placed = [_Section(sec.id, moved(sec.start), moved(sec.end)) for sec in sections]
    return text.without(cut), placed, wraps


class FactExtractor:
    """Rules plus an optional statistical model; immutable once built.

    ``model="auto"`` loads the shipped ``facts-v3`` lazily on first use and
    falls back to rules only (with a warning) when it is missing;
    ``model=None`` means rules only; a path loads that model directory.
    ``counters`` are user counters the quantity grammar adds to the shipped
    ones; ``find_quantities`` replaces the grammar (tests use a double).
    """

    def __init__(
        self,
        *,
        rules: RuleSet | None = None,
        extra_rules: Sequence[FactRule] = (),
        model: FactModel | str | os.PathLike[str] | None = "auto",
        counters: Sequence[Any] = (),
        find_quantities: QuantityFinder | None = None,
        combine: str = "both",
    ) -> None:
        if combine not in COMBINE_MODES:
            raise ValueError(f"combine must be one of {', '.join(COMBINE_MODES)}, not {combine!r}")
        self._combine = combine
        self._rules = (rules or load_rules()).extended(extra_rules)
        self._counters = tuple(counters)
        self._scope: ScopeCues = load_scope()
        self._cues: Cues = load_cues()
        self._scoring: Scoring = load_scoring()
        self._model_spec = model
        self._model: FactModel | None = model if isinstance(model, FactModel) else None
        self._model_loaded = isinstance(model, FactModel) or model is None
        self._finder = find_quantities
        self._lock = threading.Lock()

    @property
    def rules(self) -> RuleSet:
        return self._rules

    @property
    def model(self) -> FactModel | None:
        if not self._model_loaded:
            with self._lock:
                if not self._model_loaded:
                    spec = self._model_spec
                    path = None if spec == "auto" else Path(str(spec))
                    self._model = load_model(path)
                    if self._model is None:
                        warnings.warn(
                            f"facts model {MODEL_NAME if path is None else path} not found; "
                            "using rules only (rebuild with `govinfo-nlp train facts`)",
                            stacklevel=2,
                        )
                    self._model_loaded = True
        return self._model

    def candidates(
        self,
        text: str,
        sections: Sequence[SectionLike],
        *,
        report_year: int | None,
        limit: int | None = None,
    ) -> list[Candidate]:
        """Every prose quantity with its rule/cue evidence (normalised offsets); the
        first ``limit`` only, when given."""
        return list(self._iter_candidates(text, sections, report_year=report_year, limit=limit))

    def _iter_candidates(
        self,
        text: str,
        sections: Sequence[SectionLike],
        *,
        report_year: int | None,
        limit: int | None = None,
    ) -> Iterator[Candidate]:
        """:meth:`candidates`, one at a time."""
        finder = self._finder
        tables = None
        if finder is None:
            # The grammar skips what lies outside the given spans, and table
            # cells are most of a report's numbers: scan only the prose.
            grammar = _quantity_finder(self._counters)
            # table lines found once, for the prose spans and the candidates' check
            tables = section_tables(text, sections)
            prose = prose_spans(text, sections, tables=tables, blank=False)

            def finder(t: str) -> Iterable[Any]:
                # a row's cells (4 0 0) are dropped by `analyse`: not even validated
                return grammar(t, spans=prose, cells=False)

        return iter_candidates(
            text,
            sections,
            report_year=report_year,
            rules=self._rules,
            scope=self._scope,
            cues=self._cues,
            find_quantities=finder,
            tables=tables,
            limit=limit,
        )

    def extract(
        self,
        text: Any,
        sections: Sequence[SectionLike],
        *,
        report_year: int | None,
        agency: str | None = None,
        max_facts: int | None = None,
        adverts: Sequence[tuple[int, int]] | None = None,
        once: PerDocument | None = None,
    ) -> tuple[Fact, ...]:
        """``agency``: the reporting agency's name as metadata read it, if it did;
        ``max_facts``: one fact more than that at most is read, so that the caller
        can tell a document at the bound from one over it; ``adverts``: the
        stretches of ``text.original`` injected adverts hold, in order
        (:func:`govinfo_nlp.noise.spam_adverts`; found in ``text`` when not
        given): a quantity there is no fact of the report; ``once``: what the
        parse finds once (:func:`reading_text`)."""
        if once is None:
            once = PerDocument()
        if adverts is None:
            # on the text as the pipeline finds them: an advert ends at its line's
            # end, which reading_view below would carry on to the next line
            adverts = advert_spans(text)
        # a page typed with ASCII marks read as one with Chinese ones, a wrapped
        # line as one (its break cut out inside a word or a number)
        split = text
        text, sections, wraps = reading_text(text, sections, once=once)
        norm = text.text
        # a government office named in another body's report is another agency
        own = agency is None or "政府" in agency
        foreign = frozenset() if own else self._scope.government_bodies
        own_name = _own_name(norm, agency)
        limit = None if max_facts is None else max_facts + 1
        found = self._iter_candidates(norm, sections, report_year=report_year, limit=limit)
        model = self.model if self._combine != "rules" else None
        # one string object per distinct explanation line and phrase of the
        # document: facts repeat them, and a big document keeps every fact
        same: dict[str, str] = {}
        sent_starts: list[int] = []
        facts: list[Fact] = []
        if model is None:
            for c in found:
                checkpoint()  # the document's time bound, once a candidate (limits.py)
                sent_starts.append(c.sent_start)
                facts.append(self._decide(text, c, None, None, same, foreign, None, own_name))
            return _unsplit(
                split, wraps, _outside(adverts, _settled(text.original, sent_starts, facts, once))
            )
        # the candidates of the document scored together (both models), their
        # features encoded straight as the model's rows
        joint = model.joint
        # Candidates come one at a time and are scored in chunks: a huge document
        # has tens of thousands (each row's scores are the same). ``cands`` holds
        # those from candidate ``done`` on: a chunk's features read the candidate
        # after it and the first of its sentence (features.tail_features, _head),
        # and the candidates no later chunk reads are dropped (with their rule
        # evidence they weigh more than their facts; a big document's peak was
        # all of them).
        cands: list[Candidate] = []
        done = lo = 0
        more = True
        chunk = _chunk_size(len(norm))
        marks: dict[tuple[int, int], int] = {}  # features.first_qizhong, across chunks
        while True:
            while more and len(cands) <= lo + chunk + _READ_AHEAD - done:
                checkpoint()  # the document's time bound, once a candidate (limits.py)
                ahead = next(found, None)
                if ahead is None:
                    more = False
                else:
                    cands.append(ahead)
                    sent_starts.append(ahead.sent_start)
            n = done + len(cands)
            if lo >= n:
                break
            hi = min(n, lo + chunk)
            encoded = joint.encoder.encode(norm, cands, lo - done, hi - done, marks)
            for c, v in zip(cands[lo - done : hi - done], joint.verdicts(*encoded), strict=True):
                # a part of an enumeration is read as the count it took its reading from
                # was read (that one is decided already: candidates come in order)
                j = c.inherited_from
                sibling = facts[j].type if j is not None and j < len(facts) else None
                facts.append(self._decide(text, c, model, v, same, foreign, sibling, own_name))
            del encoded
            if hi < n and sent_starts[done] != sent_starts[hi]:
                # a sentence begun before the next chunk begins at ``keep`` (kept)
                keep = hi - 1
                while keep > done and sent_starts[keep - 1] == sent_starts[hi]:
                    keep -= 1
                del cands[: keep - done]
                done = keep
            lo = hi
        return _unsplit(
            split, wraps, _outside(adverts, _settled(text.original, sent_starts, facts, once))
        )

    def _decide(
        self,
        text: Any,
        c: Candidate,
        model: FactModel | None,
        verdict: Verdict | None,
        same: dict[str, str] | None = None,
        foreign: frozenset[str] = frozenset(),
        sibling: str | None = None,
        own_name: str | None = None,
    ) -> Fact:
        """``verdict``: the model's most probable type and scope, None without a model;
        ``same``: the strings of the document's facts so far, by value (shared);
        ``foreign``: self cues that name another agency in this report; ``sibling``: the
        type the count ``c`` took its reading from was given (``c.inherited_from``), if any."""
        if same is None:
            same = {}
        q = c.qty
        why: list[str] = []
        rule_type = c.rule_type
        score = self._scoring
        rule_score = 0.0
        rule_id: str | None = None
        if c.best is not None:
            why.extend(c.best.reasons)
            rule_id = c.best.rule.id
            rule_score = c.best.score
        # several years, an event others held: not the agency's own events of
        # the report year, whatever the words count (cues.json not_held)
        held = (
            None
            if c.forced_other
            else not_held(self._cues, text.text, c.sent_start, c.start, q.unit, c.end, c.year)
        )
        if held is None and not c.forced_other and c.rule_type in _APPEALS:
            # 行政复议和行政诉讼共3件: a sum of both kinds, neither kind's count
            joint = joint_of(self._cues, text.text, c.sent_start, c.start, q.value)
            if joint is not None:
                held = ("joint", joint)
        if held is None and not c.forced_other:
            # 误填为15件,现更正为17件: the wrong figure of a correction is no count
            wrong = wrong_value_of(self._cues, text.text, c.sent_start, c.start, c.end)
            if wrong is not None:
                held = ("wrong_value", wrong)
        if held is None and not c.forced_other:
            # 规章对外公开总数量45件, 现行有效规范性文件58件, 共有规章45件: a stock of
            # documents, not the report year's count (cues.json stock)
            stock = stock_of(self._cues, text.text, c.sent_start, c.start)
            if stock is not None:
                held = ("stock", stock)
        if held is None and not c.forced_other and c.rule_type in (None, "proactive.items"):
            # 有误差的信息3条, 发现错误信息4条: information a check found wrong and
            # corrected, not an item published (cues.json flawed); a response rule's
            # count (澄清错误信息3条) keeps its type
            flawed = flawed_of(self._cues, text.text, c.sent_start, c.start, c.end)
            if flawed is not None:
                held = ("flawed", flawed)
        forced = c.forced_other or held is not None
        if held is not None:
            rule_type = "other"
        if forced:
            kind, cue = (
                held
                if held is not None
                else ("delta", c.delta_cue)
                if c.delta_cue
                else ("cumulative", c.cumulative_cue)
                if c.cumulative_cue
                else ("not_own", c.not_own_cue)
                if c.not_own_cue
                else ("ratio", q.unit)
            )
            what = {
                "delta": "change",
                "cumulative": "running total",
                "not_own": "others' cases",
                "ratio": "ratio",
                "several_years": "several years'",
                "per_period": "frequency",
                "took_part": "event held by others",
                "example": "example",
                "joint": "joint count",
                "wrong_value": "corrected figure",
                "stock": "stock",
                "flawed": "information found wrong",
            }[kind]
            why.append(f"{what} cue {cue!r} makes it 'other'")
            rule_id = f"cue:{kind}"
            rule_score = max(rule_score, score.cue_other_score)
        method = "rule"
        model_id: str | None = None
        fact_type = rule_type or "other"
        confidence = rule_score if rule_type else score.no_rule_confidence
        if rule_type is None:
            why.append("no rule fired: 'other' by default")
        if model is not None and verdict is not None:
            model_id = model.name
            m_type, m_p = verdict.type, verdict.type_p
            why.append(f"model {model.name}: {m_type} p={m_p:.2f}")
            if self._combine == "model":
                method, fact_type, confidence = "model", m_type, m_p
            elif rule_type == m_type:
                method, fact_type = "both", m_type
                confidence = max(m_p, rule_score)
                why.append("rule and model agree")
            elif (
                sibling is not None
                and rule_type == sibling
                and m_type != "other"
                and not forced
                and any(m.rule.id in self._cues.part_rules for m in c.matches)
            ):
                # 办理申请…其中网上申请1件、信函申请2件、传真申请3件、当面申请4件: a part
                # (its own words name which part, a channel or an applicant: cues.json
                # part_rules) is read as its siblings were, however far its inherited score
                # decayed along the list; the model reads each part alone and may take a
                # channel word for another verb's (issue 15). The model's 'other' is the
                # part's own words saying otherwise (…已答复8件,1件转入2024年办理; 属于依申请
                # 公开的7条: paraphrase17 f18-f20), and a count with no part's words after
                # a clause mark is no part (…自查1次,全年2次;组织教职工学习…1次: written2
                # v026): the model still decides those as before.
                why.append(
                    f"read as the count before it ({sibling}), not as the model ({m_type} p={m_p:.2f})"
                )
                confidence = rule_score
            elif rule_type is None or (
                rule_score < m_p + self._margin(model, rule_id)
                and not forced
                and not (m_type == "other" and self._planned(text.text, c))
                and not (m_type == "other" and self._year_total(text.text, c))
            ):
                method, fact_type, confidence = "model", m_type, m_p
                if rule_type is not None:
                    why.append(f"model overrides rule ({rule_type} {rule_score:.2f})")
            else:
                why.append(f"rule kept over model ({m_type} p={m_p:.2f})")
                confidence = rule_score * (1 - score.rule_kept_discount * m_p)
        if fact_type in _REQUESTS and not forced:
            # 收到和办结…申请分别为17件和16件: the second count is the second verb's
            respective = respective_of(self._cues, text.text, c.sent_start, c.start)
            if respective is not None and respective != fact_type:
                why.append(f"counts given respectively: {respective}, not {fact_type}")
                fact_type = respective
        # 参加全市政务公开培训2次: the area word after the verb of taking part
        # names whose event it was, not whose count (the staff's: self)
        event = (
            text.text.rfind(held[1], c.sent_start, c.start)
            if held is not None and held[0] == "took_part"
            else -1
        )
        bodies = self._counts_bodies(text.text, c, q.unit)
        if bodies and fact_type != "other":
            # 培训1期，2个中小学80余人参加: the count's noun follows it, the area's bodies,
            # whatever word before it a rule anchored on (all 244 such gold counts: other)
            why.append(f"a count of the area's bodies: other, not {fact_type}")
            fact_type = "other"
        scope = self._scope_of(c, verdict, why, foreign, text.text, event, own_name)
        if (
            scope == "unknown"
            and fact_type in self._scope.others_caseload_types
            and (body := self._others_caseload(text.text, c, own_name)) is not None
        ):
            # 区人民法院全年受理行政诉讼案件214件: the court's caseload, not appeals
            # about this agency's disclosure (scope.json others_caseload)
            why.append(f"appeals counted by another body ({body!r}), not of disclosure: other")
            fact_type = "other"
        if scope == "self" and bodies and fact_type == "other":
            # 对9个市（州）…开展评估 after 我厅/组织全省…培训: the area's bodies counted
            why.append("a count of the area's bodies → jurisdiction")
            scope = "jurisdiction"
        if held is not None and held[0] == "example":
            # one case's count is neither the agency's count nor an area's
            why.append("a case told as an example: scope unknown")
            scope = "unknown"
        if c.year_cue:
            why.append(f"year {c.year} from {c.year_cue!r}")
        o_start, o_end = text.to_original(c.phrase_start, c.end)
        qo_start, qo_end = text.to_original(c.start, c.end)
        return _fact(
            type=fact_type,
            value=q.value,
            unit=q.unit,
            approx=q.approx,
            scope=scope,
            year=c.year,
            section=c.section,
            subject=c.subject,
            start=o_start,
            end=o_end,
            quantity_start=qo_start,
            quantity_end=qo_end,
            text=same.setdefault(phrase := text.original[o_start:o_end], phrase),
            method=method,
            rule=rule_id,
            model=model_id,
            confidence=float(
                round(min(score.max_confidence, self._calibrated(confidence, model)), 4)
            ),
            delta=c.delta_cue is not None,
            cumulative=c.cumulative_cue is not None
            or (held is not None and held[0] == "several_years"),
            explanation=tuple(map(same.setdefault, why, why)),
            item=c.item or None,
            breakdown=None,
        )

    def _opening_body(self, c: Candidate, norm: str, own_name: str | None) -> str | None:
        """Another body (scope.json ``named_body``) opening ``c``'s clause, or opening its
        sentence with no scope cue between it and ``c`` (越城区人民医院全年门急诊68万余人次，
        开展四级手术1236例: the hospital's operations; not 区人民法院…214件，我局协助开展…);
        else None."""
        s = self._scope
        named_re = s.named_body
        if own_name is None or named_re is None or c.area_report:
            return None
        named = _named_body(named_re, norm, c.clause_start, c.start, own_name)
        if named is not None or c.sent_start >= c.clause_start:
            return named
        m = named_re.match(norm, c.sent_start, c.start)
        if m is None or _named_body(named_re, norm, c.sent_start, c.start, own_name) is None:
            return None
        if s.pattern is not None and s.pattern.search(norm, m.end(1), c.start) is not None:
            return None
        return str(m[1])

    def _others_caseload(self, norm: str, c: Candidate, own_name: str | None) -> str | None:
        """The body (scope.json ``named_body``/``other_body``) opening ``c``'s clause whose
        appeals it counts, when nothing from the sentence's start to the count ties them
        to this agency's disclosure (``others_caseload.about``); else None."""
        s = self._scope
        about = s.others_caseload_about
        if about is not None and about.search(norm, c.sent_start, c.end) is not None:
            return None
        if s.other_body is not None and (m := s.other_body.match(norm, c.clause_start, c.start)):
            return m[0].strip()
        return self._opening_body(c, norm, own_name)

    def _counts_bodies(self, norm: str, c: Candidate, unit: str | None) -> bool:
        """Whether ``c`` counts bodies of the area (scope.json ``bodies``): its counter
        among theirs, their words right after it, no 局属 (the agency's own units) before."""
        s = self._scope
        if unit not in s.body_counters or s.body_after is None:
            return False
        if s.body_after.match(norm, c.end) is None:
            return False
        lo = max(c.sent_start, c.start - 4)
        return s.body_not_before is None or s.body_not_before.search(norm, lo, c.start) is None

    def _planned(self, norm: str, c: Candidate) -> bool:
        """Whether ``c`` is a count the agency plans (cues.json ``plan``): it keeps the
        type the same count would have had (gold §12), and a model taught on gold
        that called plans `other` does not overrule its rule with `other`."""
        return plan_of(self._cues, norm, c.sent_start, c.start, c.end) is not None

    def _year_total(self, norm: str, c: Candidate) -> bool:
        """Whether ``c`` is the report year's total written with 累计 (全年累计对外发布各类
        政府信息752条: a period word of the year in its clause, no running-total cue): it
        keeps its type (SCHEMA §3 'a total within the report year keeps its type even
        when written with 累计'), and a model taught when every 累计 count was `other`
        does not overrule its rule with `other` (paraphrase20 m03, skeleton r018)."""
        period = self._cues.cumulative_period_word
        if period is None or c.cumulative_cue is not None:
            return False
        clause = norm[c.clause_start : c.start]
        return "累计" in clause and period.search(clause) is not None

    def _margin(self, model: FactModel, rule_id: str | None) -> float:
        """How much surer than the model a rule must be to win a disagreement
        (minus infinity, always kept, for one it may not overrule:
        FactModel.overrulable_rules)."""
        allowed = model.overrulable_rules
        if allowed is not None and rule_id not in allowed:
            return -math.inf
        if rule_id in model.seen_rules:
            return self._scoring.seen_rule_margin
        return self._scoring.rule_margin

    def _calibrated(self, raw: float, model: FactModel | None) -> float:
        """``raw`` through the model's calibration (fitted for the default combination)."""
        if model is None or self._combine != "both":
            return raw
        return model.calibration(raw)

    def _other_agency(self, c: Candidate, foreign: frozenset[str], norm: str) -> str | None:
        """The sentence's scope cue when it is another agency doing the counting: a
        ``foreign`` body opening its clause (区政府办公室全年收到申请40件), not one the
        agency sends to or reviews (向省政府办公厅送交文件45件); else None."""
        lead_re, marks = self._scope.subject_lead, self._scope.clause_marks
        if c.scope_cue is None or not c.scope_cue_near or lead_re is None or marks is None:
            return None
        word = c.scope_cue[0]
        if word not in foreign:
            return None
        at = norm.rfind(word, c.sent_start, c.start)
        lead = marks.split(norm[c.sent_start : max(at, c.sent_start)])[-1]
        return word if lead_re.fullmatch(lead) is not None else None

    def _scope_of(
        self,
        c: Candidate,
        verdict: Verdict | None,
        why: list[str],
        foreign: frozenset[str] = frozenset(),
        norm: str = "",
        event: int = -1,
        own_name: str | None = None,
    ) -> str:
        """Scope from the cues, settled by the model's ``verdict`` (None without a model);
        ``event``: where the name of an event others held begins (its area words
        are no cue), -1 for none."""
        scope = self._scope_by_cues(c, verdict, why, foreign, norm, event, own_name)
        gov_re = self._scope.other_government
        if (
            scope == "self"
            and own_name is not None
            and gov_re is not None
            and not c.area_report
            and (gov := _named_body(gov_re, norm, c.clause_start, c.start, own_name)) is not None
        ):
            # 区政府召开常务会议24次 in a 区财政局's report: the government's count, not
            # the bureau's (red27 p01, p05); an area reading a cue gave stands (f11)
            why.append(f"clause opened by a government not this report's ({gov!r}) → unknown")
            return "unknown"
        return scope

    def _scope_by_cues(
        self,
        c: Candidate,
        verdict: Verdict | None,
        why: list[str],
        foreign: frozenset[str],
        norm: str,
        event: int,
        own_name: str | None,
    ) -> str:
        """:meth:`_scope_of` before a government not the report's own is taken out
        of ``self``."""
        body = self._scope.other_body
        if body is not None and (found := body.match(norm, c.clause_start, c.start)) is not None:
            # 上级市政府受理…15件: the body above counts, not the agency nor its area
            why.append(f"clause opened by a body above the agency ({found[0].strip()!r})")
            return "unknown"
        if (named := self._opening_body(c, norm, own_name)) is not None:
            # 福建省生态环境厅全年公开…286家 in a city bureau's report: the body named as
            # its clause's subject counts, not the agency (gold README §11)
            why.append(f"clause opened by another body ({named!r})")
            return "unknown"
        if (other := self._other_agency(c, foreign, norm)) is not None:
            # 区政府办公室…收到申请40件 in a department's report: another agency's
            # count, whatever the model (trained on the offices' own reports) says
            why.append(f"scope cue {other!r} names another agency than this report's")
            return "unknown"
        cue = c.scope_cue
        if cue is not None and event >= 0 and norm.find(cue[0], event, c.start) >= 0:
            why.append(f"scope cue {cue[0]!r} names the event taken part in")
            cue = None
        if c.area_report:
            # a whole area's report: no count in it is like-for-like with one
            # organ's table, whatever its words (市政府办公厅…42件, 政府新收…)
            cue_scope, cue_why = "jurisdiction", "report covers a whole area"
        elif cue is not None and c.scope_cue_near:
            cue_scope = cue[1]
            cue_why = f"scope cue {cue[0]!r} in the sentence → {cue_scope}"
        elif cue is not None:
            cue_scope = cue[1]
            cue_why = f"scope cue {cue[0]!r} in the paragraph → {cue_scope}"
        else:
            cue_scope = self._scope.default
            cue_why = f"no scope cue: default {cue_scope}"
        if verdict is None:
            why.append(cue_why)
            return cue_scope
        m_scope, m_p = verdict.scope, verdict.scope_p
        has_cue = (cue is not None and c.scope_cue_near) or c.area_report
        # An explicit cue is more reliable than the model on unseen agencies
        # (measured on dev/test, card.md); the model settles the cue-less cases.
        min_p = self._scoring.scope_model_min_p
        if m_scope == cue_scope or (not has_cue and m_p >= min_p):
            why.append(f"{cue_why}; model scope {m_scope} p={m_p:.2f}")
            return m_scope
        why.append(f"{cue_why} (model said {m_scope} p={m_p:.2f})")
        return cue_scope


_TITLE_NAME = regex.compile(
    r"^[ \t　]*([\p{Han}（）()]{4,40}?)[ \t　]*(?:19|20)[0-9]{2}[ \t　]*年度?[\p{Han}]{0,12}?报告",
    regex.M,
)


def _own_name(norm: str, agency: str | None) -> str | None:
    """The reporting agency's name: metadata's, else the title's (the words before the
    year of the first line naming a report in the text's head)."""
    if agency:
        return agency
    m = _TITLE_NAME.search(norm, 0, 400)
    return m[1] if m is not None else None


def _short(name: str) -> str:
    return name.replace("人民政府", "政府").replace("（", "(").replace("）", ")")


def _named_body(pattern: Any, norm: str, lo: int, hi: int, own: str) -> str | None:
    """A body ``pattern`` (scope.json named_body, other_government) finds as the subject
    of the clause ``norm[lo:hi]`` that is not the report's own (``own``, nor a short form of it:
    市生态环境局 in 三明市生态环境局's report)."""
    m = pattern.match(norm, lo, hi)
    if m is None:
        return None
    name, mine = _short(m[1]), _short(own)
    if len(name) == 2 and name[1] == "局":
        # 市局, 县局…: a 局 named by its level alone is the report's own where its level is
        # the agency's (市局 in 宣城市市场监督管理局's report), else the body of another
        # level, the parent of a 分局 among them (市局全年受理…45件 in 宣城市公安局宣州分局's
        # report was read as the 分局's own: red30 facts_r2 p01)
        return name if mine.endswith("分局") or _level_of(mine) != name[0] else None
    if mine.endswith(name) or name.endswith(mine):
        return None
    if any(part.endswith(name) for part in _JOINT.split(mine)[:-1]):
        # 区政府 in 宁波市鄞州区人民政府及区人民政府办公室's report: a joint report's
        # first body (paraphrase26 t07, session 30)
        return None
    at = mine.find(name)
    if at >= 0 and mine[at + len(name) :] in _OWN_AFTER:
        # 区政府 in 杭州市西湖区政府办公室's report: the government its office serves;
        # not 绍兴市生态环境局 in 绍兴市生态环境局上虞分局's: the branch's parent body
        return None
    if at < 0 and _abbreviates(name, mine):
        # 市市场监管局, 宣城市市场监管局 in 宣城市市场监督管理局's report, 市人社局 in
        # 洛阳市人力资源和社会保障局's: the agency's own name shortened (not 省公安厅 in
        # 泾县公安局's, red29 v02; not 宁波市人民政府 in 宁波市鄞州区人民政府's)
        return None
    return m[1]


def _level_of(name: str) -> str:
    """The level character of the place ``name`` opens with, its last before the organ's
    局/厅/委/办 (宣城市市场监督管理局: 市; 泾县公安局: 县; 宣城市宣州区教育体育局: 区)."""
    organ = min((k for k in (name.find(c) for c in "局厅委办") if k >= 0), default=len(name))
    return next((ch for ch in reversed(name[:organ]) if ch in "省市县区州旗"), "")


# what joins the bodies of a joint report's title (…人民政府及区人民政府办公室,
# …人民政府和区政府办公室): not the 和 inside one name (发展和改革局)
_JOINT = regex.compile(r"及|和(?=[省市区县旗州])")

# the characters that end a place's name (宣城市, 泾县, 鄞州区, 大均乡)
_PLACE_ENDS = "省市区县州旗盟乡镇"


def _place_splits(name: str) -> list[tuple[str, str]]:
    """Every (place, organ) reading of ``name``: cut after each place-ending character
    (宣城市市场监督管理局: 宣城市 | 市场监督管理局, 宣城市市 | 场监督管理局)."""
    return [(name[:k], name[k:]) for k in range(1, len(name)) if name[k - 1] in _PLACE_ENDS]


def _abbreviates(short: str, full: str) -> bool:
    """Whether the body ``short`` is ``full`` shortened: its place the end of ``full``'s
    place (市 of 宣城市, 宣城市 itself), its organ ``full``'s organ with characters left
    out, from the same first character on (市场监管局 of 市场监督管理局, 发改委 of
    发展和改革委员会)."""
    for place, organ in _place_splits(short):
        for full_place, full_organ in _place_splits(full):
            if (
                full_place.endswith(place)
                and full_organ[:1] == organ[:1]
                and _in_order(organ, full_organ)
            ):
                return True
    return False


def _in_order(part: str, whole: str) -> bool:
    """Whether every character of ``part`` is in ``whole``, in order."""
    rest = iter(whole)
    return all(ch in rest for ch in part)


# what may follow a body's name inside the report's own agency's name for that body to
# be the agency itself: a people's government's office serves it (gold README §4)
_OWN_AFTER = frozenset({"办公室", "办公厅"})


def _chunk_size(text_length: int) -> int:
    """Candidates scored together in a document of ``text_length`` characters."""
    return min(_MAX_CHUNK, max(_SCORE_CHUNK, text_length // _CHARS_PER_CANDIDATE))


def _settled(
    original: str, sent_starts: Sequence[int], facts: list[Fact], once: PerDocument
) -> list[Fact]:
    """The document's facts once each is read with its neighbours: attendees after
    their sessions, an outcome in a review's or suit's list as a part of it."""

    # (the last text's view, kept by a closure: an lru_cache made for each document
    # cost ~50 us to make, for the few documents that ask)
    made: list[tuple[str, str]] = []

    def view(text: str) -> str:
        # the original's reading_view, made once for both readers that ask for it
        # (few documents do: each reads it for one kind of count only), its wraps
        # found once for the parse (reading_text's, when the original is the text read)
        if not made or made[0][0] != text:
            marked = chinese_marks(text)
            made[:] = [(text, continued_lines(marked, once(marked_wraps, text, marked)))]
        return made[0][1]

    facts = _attendees_follow_sessions(
        sent_starts, _staff_trained(original, sent_starts, facts, view)
    )
    return appeal_outcomes(original, facts, view)


@functools.lru_cache(maxsize=1)
def _trainees() -> tuple[tuple[str, ...], str]:
    raw = load_json("data/trainees.json")
    return tuple(raw["verbs"]), "".join(raw["clause_marks"])


_STAFF_RULE = "other.staff"


def _staff_trained(
    original: str,
    sent_starts: Sequence[int],
    facts: list[Fact],
    view: Callable[[str], str] = reading_view,
) -> list[Fact]:
    """Staff counted in a clause opened by 培训 after training held in its sentence
    (举办培训班1期，培训…工作人员150余人) are people trained, not staffing
    (``data/trainees.json``); ``view`` reads ``original`` as the facts stage does
    (:func:`reading_view`, or the one the caller made)."""
    verbs: tuple[str, ...] = ()
    marks = ""
    # whether a training held comes earlier in the current sentence: one pass, not a
    # walk back over the sentence for each count (a list of thousands of trainees)
    held = False
    text = original
    for i, f in enumerate(facts):
        if i == 0 or sent_starts[i] != sent_starts[i - 1]:
            held = False
        if f.type == "training.sessions" and f.rule != _TOOK_PART:
            held = True
            continue
        if not held or f.rule != _STAFF_RULE or f.type != "other":
            continue
        if not verbs:
            verbs, marks = _trainees()
            # a line a PDF wrapped inside the trainees' list (培训各县（区）农业⏎农村局、
            # …工作人员150人) ends no clause: read as the facts stage reads the text
            text = view(original)
        at = f.quantity_start
        lo = max(0, at - 80)
        cut = max(text.rfind(m, lo, at) for m in marks)
        if cut < 0 or not text[cut + 1 : at].lstrip().startswith(verbs):
            continue
        why = "people the training held before it in the sentence trained: training.attendees"
        facts[i] = replace(
            f,
            type="training.attendees",
            method="rule",
            rule="cue:trained_staff",
            explanation=(*f.explanation, why),
        )
    return facts


def _attendees_follow_sessions(sent_starts: Sequence[int], facts: list[Fact]) -> list[Fact]:
    """People trained take the scope of the training held in their sentence, and
    are no people the agency trained after training it took part in.

    In 举办全市业务培训2期，各县（市、区）教育局参训150人 the trainees come from the
    whole area but attend the agency's own training: the count is the agency's.
    In 参加市级培训2次，参训30人次 they attended training another body held: `other`
    (datasets/gold/README.md §12), whatever the rule or the model said.
    """
    # the last count of the current sentence that is a training or taken part in (as
    # settled): one pass, not a walk back over the sentence for each count
    held: Fact | None = None
    for i, f in enumerate(facts):
        if i == 0 or sent_starts[i] != sent_starts[i - 1]:
            held = None
        if f.type == "training.attendees" and held is not None:
            if held.type == "training.sessions":
                if held.scope != f.scope:
                    why = f"scope {held.scope} of the training held in the sentence"
                    facts[i] = replace(f, scope=held.scope, explanation=(*f.explanation, why))
            else:
                why = "trained at the event others held before it in the sentence: 'other'"
                facts[i] = replace(
                    f,
                    type="other",
                    method="rule",
                    rule=_TOOK_PART,
                    explanation=(*f.explanation, why),
                )
        settled = facts[i]
        if settled.type == "training.sessions" or settled.rule == _TOOK_PART:
            held = settled
    return facts


def add_rules(path: str | os.PathLike[str]) -> None:
    """Deprecated: use :meth:`govinfo_nlp.Engine.add_rules`.

    Adds the rules to the default engine (what :func:`govinfo_nlp.parse` uses
    without an engine).
    """
    from ..engine import default_engine, deprecated

    deprecated("govinfo_nlp.add_rules", "Engine.add_rules")
    default_engine().add_rules(path)


def _outside(adverts: Sequence[tuple[int, int]], facts: Iterable[Fact]) -> tuple[Fact, ...]:
    """``facts`` but those whose quantity starts inside one of ``adverts`` (in order,
    disjoint): an advert's 首存送100% or 日赚3000 counts nothing the report does."""
    if not adverts:
        return tuple(facts)
    starts = [a for a, _ in adverts]
    return tuple(
        f
        for f in facts
        if (i := bisect_right(starts, f.quantity_start) - 1) < 0
        or f.quantity_start >= adverts[i][1]
    )


def _unsplit(text: Any, wraps: Wraps, facts: tuple[Fact, ...]) -> tuple[Fact, ...]:
    """``facts`` but those whose quantity ends or begins at a break that may lie
    inside one number (``wraps.unsure``, offsets into ``text.text``): 86 of
    申请2⏎86件 is no count the report states, and a wrong value is worse than none."""
    if not wraps.unsure or not facts:
        return facts
    # only the facts' own ends and starts are asked about: a page of cells, one a
    # line, has a break between every two numbers (100,000 on a 760K page), and
    # sets of all their ends and starts held megabytes (issue 17)
    q_ends = {f.quantity_end for f in facts}
    q_starts = {f.quantity_start for f in facts}
    heads = set()
    tails = set()
    begins = array("q")
    finish = array("q")
    norm = text.text
    # each character's original span, looked up in the offsets maps (what
    # text.to_original(i, i + 1) gives, without its checks: these are breaks of the text)
    starts, ends = text.starts, text.ends
    for at, to in wraps.unsure:
        # (a point or a thousands comma at the break belongs to neither piece's
        # numeral: 86.⏎3, 86⏎.3, 3,⏎975)
        last = at - 1 - (norm[at - 1] in ".,")
        first = to + (norm[to] in ".,")
        if (head := ends[last]) in q_ends:
            heads.add(head)
        if (tail := starts[first]) in q_starts:
            tails.add(tail)
        begins.append(starts[at])
        finish.append(ends[to - 1])
    # nor one read across such a break: a break inside a sentence reads as a space
    # (segments.continued_lines), and 1⏎174条 then reads 1 174条, a number with a
    # space between its thousands, where the line may have ended with a whole 1.
    # A break lies inside a quantity when it begins after the quantity's start and
    # ends before its end: the breaks sorted by their start, the least end of those
    # from each on tells (not every break tried for every fact: a table of numbers
    # one a line has thousands of such breaks, a long report thousands of facts).
    # (Sorted already, as the breaks are: the offsets maps only grow.)
    sort_pairs(begins, finish)
    least = array("q", accumulate(reversed(finish), min))
    least.reverse()
    return tuple(
        f
        for f in facts
        if f.quantity_end not in heads
        and f.quantity_start not in tails
        and not (
            (k := bisect_right(begins, f.quantity_start)) < len(least) and least[k] < f.quantity_end
        )
    )


def extract_facts(
    text: Any,
    sections: Sequence[SectionLike],
    *,
    report_year: int | None,
    extractor: FactExtractor | None = None,
) -> tuple[Fact, ...]:
    """Facts of every prose quantity of a normalised document (SCHEMA §3).

    ``text`` is a :class:`govinfo_nlp.normalize.NormalizedText`; ``sections``
    come from :func:`govinfo_nlp.sections.find_sections` over ``text.text``.
    Offsets in the result point into ``text.original``.
    """
    if extractor is None:
        from ..engine import default_engine

        extractor = default_engine().extractor
    return extractor.extract(text, sections, report_year=report_year)


def provenance() -> dict[str, str]:
    """What the default engine runs with (SCHEMA §5 ``models``); see :meth:`Engine.provenance`."""
    from ..engine import default_engine

    return default_engine().provenance()
