"""Reconciliation: compare what the prose says with what the tables say (SCHEMA §4).

For every narrative fact whose type has a table counterpart, :func:`reconcile`
returns one :class:`Reconciliation` with a verdict:

* ``consistent`` — the values agree (an approximate fact agrees when the
  table value lies within its bound, see :func:`approx_bounds`);
* ``inconsistent`` — both sides present, scope ``self``, values disagree;
* ``not_comparable`` — the fact is not about the reporting agency
  (scope other than ``self``), is about another year, is a change
  (``delta``), a running total (``cumulative``) or a ratio;
* ``unverifiable`` — no table, or none of the counterpart fields present.

Which table fields a fact type compares with is data (:data:`COUNTERPARTS`),
as are the cue words that refine the choice (:data:`RECEIVED_WITH_CARRY_CUES`,
:data:`PUBLISHED_CUES`, :data:`RESULT_CATEGORIES`). Decisions:

* ``proactive.normative`` / ``proactive.rules`` compare with the 2019
  template's ``made`` column (本年新制作数量) whatever verb the prose uses
  (制定, 印发, 公开: agencies rarely distinguish); only when that cell is
  absent is the ``published`` column (本年新公开数量) used, and the reason
  says so. In the 2021 template the counterpart is ``issued`` (本年制发件数).
* ``requests.received`` compares with ``t3.new.total``, or with
  ``t3.new.total + t3.carried_in.total`` when the phrase, or the rest of its
  clause (``text`` given), says the count includes carried-over applications
  (共受理N件（含上年结转申请）); a negation (不含上年结转) keeps ``new``.
  The rest of the sentence counts too: a total after a carried-over count
  (加上上年结转12件，共计338件; 上年结转4件，合计77件) and a total followed by
  its carried-over part (108件，其中上年结转5件) include it.
* ``requests.closed`` compares with ``t3.results_total.total``, unless the
  fact's list item names result categories (予以公开, 部分公开, 不予公开, 本机关
  不掌握…): then with the sum of those result rows' ``total`` cells — only
  the categories of its OWN item (:attr:`Fact.item <govinfo_nlp.facts.Fact>`),
  so in 予以公开28件、部分公开9件 each count meets its own row, while
  予以公开及部分公开258件 sums both.
* Breakdowns by applicant (来自自然人41件, 法人或其他组织5件) compare with that
  column of ``t3.new`` (``t3.results_total`` for handled counts); breakdowns by
  channel (网上申请41件) have no table field and are ``unverifiable``;
  appeal outcomes (维持2件, 一宗尚在审理) compare with that column of ``t4``.

Tables lookup is structural (see :class:`FactLike` and :class:`TablesLike`):
:class:`govinfo_nlp.facts.Fact` and :class:`govinfo_nlp.tables.TablesResult`
satisfy these protocols, and so do test doubles.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Protocol

from .normalize import normalize_text

__all__ = [
    "AFTER_WINDOW",
    "APPEAL_OUTCOMES",
    "APPLICANT_CATEGORIES",
    "CARRY_SUM_WORDS",
    "CHANNEL_WORDS",
    "CLAUSE_END",
    "COUNTERPARTS",
    "NOT_CARRY_CUES",
    "RECEIVED_WITH_CARRY_CUES",
    "RESULT_CATEGORIES",
    "CellEvidence",
    "Reconciliation",
    "approx_bounds",
    "counterpart_fields",
    "reconcile",
]


# --- structural inputs ---------------------------------------------------------


class FactLike(Protocol):
    """What reconciliation reads from a narrative fact."""

    @property
    def type(self) -> str: ...
    @property
    def value(self) -> float | int: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def approx(self) -> str | None: ...
    @property
    def scope(self) -> str: ...
    @property
    def year(self) -> int | None: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def delta(self) -> bool: ...
    @property
    def cumulative(self) -> bool: ...


class TableValueLike(Protocol):
    """One table cell: its value and where it came from (original offsets)."""

    @property
    def value(self) -> float | int: ...
    @property
    def raw(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class TablesLike(Protocol):
    """The tables of one report: the template and the cells by field id."""

    @property
    def template(self) -> str | None: ...
    @property
    def values(self) -> Mapping[str, TableValueLike]: ...


# --- the mapping, as data ------------------------------------------------------

#: fact type -> template ("2019", "2021") -> alternatives tried in order; each
#: alternative is a tuple of fields summed. The first alternative with at least
#: one field present is used. Template ``None`` (unknown) tries every alternative.
COUNTERPARTS: Final[dict[str, dict[str, tuple[tuple[str, ...], ...]]]] = {
    "proactive.normative": {
        "2019": (("t2.normative.made",), ("t2.normative.published",)),
        "2021": (("t2.normative.issued",),),
    },
    "proactive.rules": {
        "2019": (("t2.rules.made",), ("t2.rules.published",)),
        "2021": (("t2.rules.issued",),),
    },
    "requests.received": {
        "2019": (("t3.new.total",),),
        "2021": (("t3.new.total",),),
    },
    "requests.closed": {
        "2019": (("t3.results_total.total",),),
        "2021": (("t3.results_total.total",),),
    },
    "appeals.review": {
        "2019": (("t4.review.total",),),
        "2021": (("t4.review.total",),),
    },
    "appeals.suit": {
        "2019": (("t4.suit_direct.total", "t4.suit_after_review.total"),),
        "2021": (("t4.suit_direct.total", "t4.suit_after_review.total"),),
    },
    "appeals.corrected": {
        "2019": (
            ("t4.review.corrected", "t4.suit_direct.corrected", "t4.suit_after_review.corrected"),
        ),
        "2021": (
            ("t4.review.corrected", "t4.suit_direct.corrected", "t4.suit_after_review.corrected"),
        ),
    },
}

#: Phrases saying a received count includes the applications carried over
#: from last year (matched on normalised, i.e. Simplified, text).
RECEIVED_WITH_CARRY_CUES: Final = (
    "含上年结转",
    "含上年度结转",
    "包括上年结转",
    "包括上年度结转",
    "含结转",
    "包含上年",
    "含上年",
    "上年结转",
    "上年度结转",
)

#: Negations that cancel :data:`RECEIVED_WITH_CARRY_CUES` (不含上年结转).
NOT_CARRY_CUES: Final = ("不含", "不包括", "未含", "不包含")

#: Where the clause after a fact ends: cues are looked for up to here.
CLAUSE_END: Final = "。；;！!？?\n，,"
#: At most this many characters after a fact are looked at for cues.
AFTER_WINDOW: Final = 24

#: Result categories named in prose -> t3 result row (prefix: the row itself or
#: its numbered sub-rows). Every category named in the fact's item is summed
#: ("予以公开及部分公开258件" -> granted + partial), except that a named
#: sub-row replaces its parent (不予公开中属于国家秘密的1件 -> state_secret only);
#: "不予公开" does not contain "予以公开".
RESULT_CATEGORIES: Final[tuple[tuple[str, str], ...]] = (
    ("予以公开", "granted"),
    ("同意公开", "granted"),
    ("部分公开", "partial"),
    ("不予公开", "denied"),
    ("国家秘密", "denied.state_secret"),
    ("禁止公开", "denied.prohibited"),
    ("三安全一稳定", "denied.security"),
    ("第三方合法权益", "denied.third_party"),
    ("内部事务", "denied.internal"),
    ("过程性信息", "denied.process"),
    ("行政执法案卷", "denied.enforcement"),
    ("行政查询", "denied.query"),
    ("无法提供", "unavailable"),
    ("不掌握", "unavailable.not_held"),
    ("没有现成信息", "unavailable.needs_creation"),
    ("另行制作", "unavailable.needs_creation"),
    ("仍不明确", "unavailable.unclear"),
    ("不予处理", "not_processed"),
    ("信访举报投诉", "not_processed.complaint"),
    ("重复申请", "not_processed.duplicate"),
    ("公开出版物", "not_processed.publication"),
    ("大量反复", "not_processed.mass"),
    ("重新出具", "not_processed.confirm"),
    ("其他处理", "other_handling"),
    # The 2021 sub-rows of （六）其他处理 describe why handling stopped; the
    # row (or its sub-rows) is what such a count is compared with.
    ("终止办理", "other_handling"),
    ("不再处理", "other_handling"),
    ("逾期不补正", "other_handling"),
    ("逾期未补正", "other_handling"),
    ("未按收费通知", "other_handling"),
)

_NON_NATURAL: Final = ("commercial", "research", "social", "legal", "other")

#: Applicant types named in a breakdown -> t3 columns (first match wins, longest
#: first; 企业 means 商业企业 only when no other applicant type is named).
APPLICANT_CATEGORIES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("法人或其他组织", _NON_NATURAL),
    ("法人和其他组织", _NON_NATURAL),
    ("法人及其他组织", _NON_NATURAL),
    ("自然人", ("natural",)),
    ("商业企业", ("commercial",)),
    ("科研机构", ("research",)),
    ("社会公益组织", ("social",)),
    ("法律服务机构", ("legal",)),
    ("法人", _NON_NATURAL),
    ("企业", ("commercial",)),
)

#: Channels applications arrive by: no table field counts them (unverifiable).
CHANNEL_WORDS: Final = (
    "网上申请",
    "网络申请",
    "在线申请",
    "网站申请",
    "信函申请",
    "邮寄申请",
    "当面申请",
    "现场申请",
    "传真申请",
    "电子邮件申请",
    "邮件申请",
)

#: Appeal outcomes named in a breakdown -> t4 column (尚在审理 before 审理…).
APPEAL_OUTCOMES: Final[tuple[tuple[str, str], ...]] = (
    ("尚在审理", "pending"),
    ("尚未审结", "pending"),
    ("正在审理", "pending"),
    ("审理中", "pending"),
    ("未审结", "pending"),
    ("维持", "upheld"),
    ("纠正", "corrected"),
    ("纠错", "corrected"),
    ("确认违法", "corrected"),
    ("责令", "corrected"),
    ("撤销", "corrected"),
    ("败诉", "corrected"),
    ("驳回", "other"),
    ("终止", "other"),
    ("撤诉", "other"),
    ("其他结果", "other"),
)

_APPEAL_GROUPS: Final = {
    "appeals.review": ("review",),
    "appeals.suit": ("suit_direct", "suit_after_review"),
}

#: A total after a carried-over count in its sentence includes it when one of
#: these stands between them (加上上年结转12件，共计338件); bare 共 does not.
CARRY_SUM_WORDS: Final = ("共计", "合计", "总计", "一共", "加上", "连同")
_CARRY_WORDS: Final = ("上年结转", "上年度结转")
_CARRY_PART_HEADS: Final = ("其中", "含", "包括", "包含")
_CARRY_PART: Final = re.compile(
    "(?:" + "|".join(_CARRY_PART_HEADS) + r")[^。；;，,]{0,12}?(?:结转|新收)"
)

#: Units that make a fact a ratio, never comparable with a count cell.
RATIO_UNITS: Final = ("%", "％", "成", "‰", "倍")

_T3_RESULT_ROW_ORDER: Final = (
    "granted",
    "partial",
    "denied",
    "unavailable",
    "not_processed",
    "other_handling",
)


# --- results -------------------------------------------------------------------


@dataclass(frozen=True)
class CellEvidence:
    """One table cell used on the table side: value, raw text, original span."""

    field: str
    value: float | int
    raw: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "value": self.value,
            "raw": self.raw,
            "span": [self.start, self.end],
        }


@dataclass(frozen=True)
class Reconciliation:
    """The verdict on one narrative fact against its table counterpart."""

    fact: int
    type: str
    narrative: float | int
    fields: tuple[str, ...]
    table: float | int | None
    verdict: str
    reason: str
    fact_span: tuple[int, int]
    cells: tuple[CellEvidence, ...] = ()
    absent: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The SCHEMA §4 entry plus ``reason``, ``evidence`` and ``absent``."""
        return {
            "fact": self.fact,
            "type": self.type,
            "narrative": self.narrative,
            "fields": list(self.fields),
            "table": self.table,
            "verdict": self.verdict,
            "reason": self.reason,
            "evidence": {
                "fact": list(self.fact_span),
                "cells": [c.to_dict() for c in self.cells],
            },
            "absent": list(self.absent),
        }


# --- helpers -------------------------------------------------------------------


def _step(value: float | int) -> float:
    """The granularity a round number is written at: 1200 -> 100, 50 -> 10, 7 -> 1."""
    if isinstance(value, float) and not value.is_integer():
        return 1.0
    n = abs(int(value))
    if n == 0:
        return 1.0
    step = 1
    while n % (step * 10) == 0:
        step *= 10
    return float(step)


def approx_bounds(value: float | int, approx: str | None) -> tuple[float, float]:
    """The closed interval of table values an (approximate) narrative value agrees with.

    ``over`` (余, 多, 超过, 以上) is ``[v, v + step)`` where ``step`` is the
    granularity the number is written at (1200余 → [1200, 1300), 50多 → [50, 60));
    ``under`` (近, 不到) is ``[v - margin, v]`` and ``about`` (约, 左右) is
    ``[v - margin, v + margin]``, with ``margin = max(10% of v, 1)`` (近50 →
    [45, 50], 约1200 → [1080, 1320]). The upper bound of ``over`` is exclusive;
    it is returned as the value 0.001 below it.

    >>> approx_bounds(1200, "over")
    (1200.0, 1299.999)
    >>> approx_bounds(50, "under")
    (45.0, 50.0)
    >>> approx_bounds(65, None)
    (65.0, 65.0)
    """
    v = float(value)
    step = _step(value)
    if approx == "over":
        return (v, v + step - 0.001)
    margin = max(0.1 * abs(v), 1.0)
    if approx == "under":
        return (max(0.0, v - margin), v)
    if approx == "about":
        return (max(0.0, v - margin), v + margin)
    return (v, v)


def _agrees(narrative: float | int, approx: str | None, table: float | int) -> bool:
    low, high = approx_bounds(narrative, approx)
    t = float(table)
    if approx is None:
        return math.isclose(t, low, rel_tol=1e-9, abs_tol=1e-9)
    return low - 1e-9 <= t <= high + 1e-9


def _phrase(fact: FactLike) -> str:
    return f"{fact.text or ''} {fact.subject or ''}"


def _result_rows(phrase: str) -> tuple[str, ...]:
    """Result-row prefixes named in a phrase, in table order; a sub-row replaces its parent."""
    named = {row for word, row in RESULT_CATEGORIES if word in phrase}
    named = {r for r in named if not any(o.startswith(r + ".") for o in named)}
    order = {row: i for i, row in enumerate(_T3_RESULT_ROW_ORDER)}
    return tuple(sorted(named, key=lambda r: (order[r.split(".")[0]], r)))


def _expand_result_row(prefix: str, values: Mapping[str, TableValueLike]) -> tuple[str, ...]:
    """The ``total`` fields of one result row: the row itself, or its sub-rows."""
    own = f"t3.{prefix}.total"
    if own in values:
        return (own,)
    subs = tuple(
        f for f in values if f.startswith(f"t3.{prefix}.") and f.endswith(".total") and f != own
    )
    return tuple(sorted(subs)) if subs else (own,)


def _applicant_columns(phrase: str) -> tuple[str, ...] | None:
    """The t3 columns of the one applicant type the phrase names (None: none or several)."""
    hits: list[tuple[str, ...]] = []
    rest = phrase
    for word, cols in APPLICANT_CATEGORIES:
        if word in rest:
            hits.append(cols)
            rest = rest.replace(word, " ")
    distinct = set(hits)
    return hits[0] if len(distinct) == 1 else None


def _appeal_columns(phrase: str) -> tuple[str, ...]:
    """The t4 columns of the appeal outcomes a phrase names, in table order."""
    named: list[str] = []
    rest = phrase
    for word, col in APPEAL_OUTCOMES:
        if word in rest:
            rest = rest.replace(word, " ")
            if col not in named:
                named.append(col)
    order = ("upheld", "corrected", "other", "pending")
    return tuple(c for c in order if c in named)


def _breakdown_fields(
    fact: FactLike, phrase: str, values: Mapping[str, TableValueLike]
) -> tuple[str, ...] | None:
    """The fields a breakdown count compares with, ``()`` when no field can, None if no breakdown."""
    if fact.type in ("requests.received", "requests.closed"):
        if any(w in phrase for w in CHANNEL_WORDS):
            return ()
        cols = _applicant_columns(phrase)
        if cols is not None:
            row = "new" if fact.type == "requests.received" else "results_total"
            return tuple(f"t3.{row}.{c}" for c in cols)
        if fact.type == "requests.closed":
            rows = _result_rows(phrase)
            if rows:
                return tuple(f for r in rows for f in _expand_result_row(r, values))
        return None
    groups = _APPEAL_GROUPS.get(fact.type)
    if groups:
        appeal_cols = _appeal_columns(phrase)
        if appeal_cols:
            return tuple(f"t4.{g}.{c}" for c in appeal_cols for g in groups)
    return None


def counterpart_fields(
    fact: FactLike,
    template: str | None,
    values: Mapping[str, TableValueLike] | None = None,
    *,
    after: str = "",
    sentence: tuple[str, str] = ("", ""),
) -> tuple[tuple[str, ...], ...]:
    """The alternatives (tuples of summed fields) a fact is compared with, in order.

    ``after`` is the text right after the fact's phrase (up to the end of its
    clause), where cues such as （含上年结转） often stand; ``sentence`` the rest
    of its sentence before and after the phrase. Empty when the fact type has
    no table counterpart; ``((),)`` when it has one but no field counts what
    this breakdown counts (applications by channel).
    """
    spec = COUNTERPARTS.get(fact.type)
    if spec is None:
        return ()
    if template in spec:
        alternatives = list(spec[template])
    else:
        alternatives = [alt for tpl in sorted(spec) for alt in spec[tpl]]
    # Facts quote the original text, which may be Traditional: match cues on
    # the normalised form so that one cue list serves every script.
    phrase = normalize_text(_phrase(fact) + (" " + after if after else ""))
    # What a breakdown counts is named in its own list item; a fact of this
    # library says which (``item``), a plain fact has only its phrase.
    item = getattr(fact, "item", None)
    part = normalize_text(item) if item else phrase
    vals: Mapping[str, TableValueLike] = values or {}
    fields = _breakdown_fields(fact, part, vals)
    if fields is not None:
        alternatives = [fields]
    elif fact.type == "requests.received" and _includes_carried(phrase, sentence):
        alternatives = [("t3.new.total", "t3.carried_in.total")]
    seen: list[tuple[str, ...]] = []
    for alt in alternatives:
        if alt not in seen:
            seen.append(alt)
    return tuple(seen)


def _includes_carried(phrase: str, sentence: tuple[str, str]) -> bool:
    """Whether a received count includes last year's carried-over applications."""
    if any(c in phrase for c in NOT_CARRY_CUES):
        return False
    if any(c in phrase for c in RECEIVED_WITH_CARRY_CUES):
        return True
    before, after = (normalize_text(s) for s in sentence)
    # 一百零八件，其中上年结转五件 / 27件（含上年结转2件） / 58件（含2018年结转3件）
    # / 120件，其中本年新收114件: a part that is carried over, or a part that
    # is this year's new applications, makes the total include both.
    head = after.lstrip("，,、 （(")
    if _CARRY_PART.match(head):
        return True
    # 加上上年结转12件，共计338件 / 上年结转4件，合计77件
    at = max(before.rfind(w) for w in _CARRY_WORDS)
    if at < 0:
        return False
    return any(w in before[at:] + phrase for w in CARRY_SUM_WORDS) or "加上" in before[:at]


def _clause_after(text: str, end: int) -> str:
    """The rest of the clause after offset ``end`` (at most :data:`AFTER_WINDOW` chars).

    An enumeration comma ends it too: the next item of a list is not this fact's.
    """
    window = text[end : end + AFTER_WINDOW] if 0 <= end <= len(text) else ""
    for i, ch in enumerate(window):
        if ch in CLAUSE_END or ch == "、":
            return window[:i]
    return window


_SENTENCE_END: Final = "。！？!?\n"
_SENTENCE_REACH: Final = 200


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the sentence before offset ``start`` and after offset ``end``."""
    floor = max(0, start - _SENTENCE_REACH)
    lo = max(floor, max(text.rfind(c, floor, start) for c in _SENTENCE_END) + 1)
    ceil = min(len(text), end + _SENTENCE_REACH)
    his = [i for i in (text.find(c, end, ceil) for c in _SENTENCE_END) if i >= 0]
    return text[lo:start], text[end : min(his) if his else ceil]


def _sum(values: Sequence[float | int]) -> float | int:
    total: float | int = 0
    for v in values:
        total += v
    if isinstance(total, float) and total.is_integer():
        return int(total)
    return total


def _fmt(value: float | int | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


_APPROX_WORD: Final = {"over": "at least", "under": "at most", "about": "about"}


# --- the one entry point -------------------------------------------------------


def reconcile(
    facts: Sequence[FactLike],
    tables: TablesLike | None,
    *,
    report_year: int | None,
    text: str | None = None,
) -> tuple[Reconciliation, ...]:
    """Compare every fact that has a table counterpart with the tables.

    ``facts`` are the report's narrative facts (the result refers to them by
    index); ``tables`` the extracted tables (``None`` when the report has
    none); ``report_year`` the year the report covers (``None`` when
    unknown: then no fact is ruled out for its year); ``text`` the original
    input text the facts' offsets point into (optional: it lets cues after
    a fact's phrase, such as （含上年结转）, count).
    """
    template = tables.template if tables is not None else None
    values: Mapping[str, TableValueLike] = tables.values if tables is not None else {}
    out: list[Reconciliation] = []
    for index, fact in enumerate(facts):
        after = _clause_after(text, fact.end) if text is not None else ""
        sentence = _sentence_around(text, fact.start, fact.end) if text is not None else ("", "")
        alternatives = counterpart_fields(fact, template, values, after=after, sentence=sentence)
        if not alternatives:
            continue
        out.append(_one(index, fact, alternatives, values, report_year))
    return tuple(out)


def _one(
    index: int,
    fact: FactLike,
    alternatives: tuple[tuple[str, ...], ...],
    values: Mapping[str, TableValueLike],
    report_year: int | None,
) -> Reconciliation:
    span = (fact.start, fact.end)

    def result(
        verdict: str,
        reason: str,
        fields: tuple[str, ...],
        table: float | int | None = None,
        cells: tuple[CellEvidence, ...] = (),
        absent: tuple[str, ...] = (),
    ) -> Reconciliation:
        return Reconciliation(
            fact=index,
            type=fact.type,
            narrative=fact.value,
            fields=fields,
            table=table,
            verdict=verdict,
            reason=reason,
            fact_span=span,
            cells=cells,
            absent=absent,
        )

    # Choose the alternative: the first with at least one field present.
    chosen = alternatives[0]
    fallback_note = ""
    for i, alt in enumerate(alternatives):
        if any(f in values for f in alt):
            chosen = alt
            if i > 0:
                fallback_note = (
                    f" ({', '.join(alternatives[0])} absent; used {', '.join(alt)} instead)"
                )
            break

    # Not comparable: what the fact counts is not what the table counts.
    if fact.delta:
        return result("not_comparable", "the fact states a change, not a count", chosen)
    if fact.cumulative:
        return result("not_comparable", "the fact states a running total, not this year's", chosen)
    if fact.scope != "self":
        return result(
            "not_comparable",
            f"scope is {fact.scope!r}, not the reporting agency itself",
            chosen,
        )
    if fact.year is not None and report_year is not None and fact.year != report_year:
        return result(
            "not_comparable",
            f"the fact is about {fact.year}, the report about {report_year}",
            chosen,
        )
    if fact.unit is not None and fact.unit in RATIO_UNITS:
        return result("not_comparable", f"the fact is a ratio ({fact.unit})", chosen)

    # Unverifiable: nothing to compare with.
    if not chosen:
        return result(
            "unverifiable",
            "no table field counts this breakdown (e.g. applications by channel)",
            (),
        )
    if not values:
        return result("unverifiable", "the report has no table values", chosen, absent=chosen)
    present = tuple(f for f in chosen if f in values)
    absent = tuple(f for f in chosen if f not in values)
    if not present:
        return result(
            "unverifiable",
            f"table field{'s' if len(chosen) > 1 else ''} {', '.join(chosen)} absent",
            chosen,
            absent=absent,
        )

    cells = tuple(
        CellEvidence(f, values[f].value, values[f].raw, values[f].start, values[f].end)
        for f in present
    )
    table_value = _sum([c.value for c in cells])
    lhs = " + ".join(present)
    absent_note = f"; absent: {', '.join(absent)}" if absent else ""
    bound = ""
    if fact.approx in _APPROX_WORD:
        low, high = approx_bounds(fact.value, fact.approx)
        bound = f" ({_APPROX_WORD[fact.approx]} {_fmt(fact.value)}: {_fmt(low)}..{_fmt(high)})"
    if _agrees(fact.value, fact.approx, table_value):
        verdict = "consistent"
        relation = "agrees with"
    else:
        verdict = "inconsistent"
        relation = "disagrees with"
    reason = (
        f"narrative {_fmt(fact.value)}{bound} {relation} {lhs} = {_fmt(table_value)}"
        f"{absent_note}{fallback_note}"
    )
    return result(verdict, reason, chosen, table_value, cells, absent)
