"""Reconciliation: compare what the prose says with what the tables say (SCHEMA §4).

For every narrative fact whose type has a table counterpart, :func:`reconcile`
returns one :class:`Reconciliation` with a verdict:

* ``consistent`` — the values agree (an approximate fact agrees when the
  table value lies within its bound, see :func:`approx_bounds`; a marker that
  bounds one side only, 超过3件 or 不到5件, agrees with every value on that
  side: :data:`LOWER_BOUND_MARKERS`);
* ``inconsistent`` — both sides present, scope ``self``, values disagree;
* ``not_comparable`` — the fact is not about the reporting agency
  (scope other than ``self``), is about another year, is a change
  (``delta``), a running total (``cumulative``) or a ratio;
* ``unverifiable`` — no table, or none of the counterpart fields present.

Which table fields a fact type compares with is data (:data:`COUNTERPARTS`),
as are the cue words that refine the choice (:data:`RECEIVED_WITH_CARRY_CUES`)
and those that make a disagreement no accusation: every word list and cue
pattern is in ``data/reconcile.json``, each with why (the grammar that uses them
stays here); the cues that make a fact a part of a total are in
``data/breakdowns.json``.
Decisions:

* ``proactive.normative`` / ``proactive.rules`` compare with the 2019
  template's ``made`` column (本年新制作数量) whatever verb the prose uses
  (制定, 印发, 公开: agencies rarely distinguish); only when that cell is
  absent is the ``published`` column (本年新公开数量) used, and the reason
  says so. A claim the made cell contradicts and the published cell agrees
  with is consistent with the published cell when its words say 公开 and
  nothing of making (新公开规范性文件3件), and no accusation otherwise.
  In the 2021 template the counterpart is ``issued`` (本年制发件数).
* ``requests.received`` compares with ``t3.new.total``, or with
  ``t3.new.total + t3.carried_in.total`` when the phrase, or the rest of its
  clause (``text`` given), says the count includes carried-over applications
  (共受理N件（含上年结转申请）); a negation (不含上年结转) keeps ``new``.
  The rest of the sentence counts too: a total after a carried-over count
  (加上上年结转12件，共计338件; 上年结转4件，合计77件) and a total followed by
  its carried-over part (108件，其中上年结转5件) include it.
* ``requests.closed`` compares with ``t3.results_total.total``.
* A count read as the whole （六）其他处理 group whose words name one row's cause
  (逾期不补正, 未缴纳费用) compares with that row of the 2021 template; in the 2019
  template it may confirm the one row, never contradict it (the row holds withdrawals too).
* A closed count read as the part finished of the applications handled (共办理20件，
  其中办结18件: ``channel:办结``) compares with ``t3.results_total.total``, confirming
  only.
* A part of a total (a fact with a ``breakdown``, see :mod:`.breakdown`) is
  compared with its own field only (予以公开12件 with ``t3.granted.total``,
  自然人申请40件 with ``t3.new.natural``, 结果维持2件 with ``t4.review.upheld``),
  never with the total; a part the tables do not count (``channel:…``) is
  ``unverifiable``.

When ``inconsistent`` is allowed (SCHEMA §4): it is an accusation, so it
needs every compared cell read from the source (not blank, not in
``tables_unread``, not worked out from the sums), scope ``self``, the report
year, and a like-for-like comparison (a total with its own total field, or
a part with its own field). Otherwise a disagreement is ``unverifiable``
with the reason in plain words: a derived cell or a fallback column can
confirm a claim, never contradict it, and a count that follows a larger one
of the same kind in its sentence may be a part of it whose kind no cue
names. A sum whose parts are partly blank in the source is taken over the
parts present (the absent ones named); a part that could not be read makes
it ``unverifiable``. A fact outside the report's body (``outside_body``, or after
its sign-off and a line of chrome on a page saved as text: :func:`_body_end`)
gets no verdict; one whose sentence holds injected spam (a hacked page's
brand in place of a name) may confirm its table, never contradict it. Nor may
a count inside an example or a case (某企业一次性提出申请15件: :data:`EXAMPLE`),
one of a single month (12月份办结3件) or from a day of the year on (新《条例》5月15日
施行以来), one whose clause names another year
last (2021年度报告中，我局受理申请7件 in the 2022 report), reviews and suits
named together (行政复议和行政诉讼共3件: :data:`BOTH_APPEALS`), what applications
involve (涉及信息17条), another procedure's applications (教师资格认定申请800件:
:data:`APPLICATION_QUALIFIERS`), a unit under the agency (所属事业单位), normative
documents forwarded, drafted, filed or reviewed (转发上级规范性文件: :data:`NOT_ISSUED`),
normative documents not disclosed (1件因涉及内部事项未予公开: :data:`NOT_DISCLOSED`), a count
beside the one its sentence is about (另有…: :data:`ADDITIONAL`), a count read as a part
that names the set its parts are counted among (3件申请中予以公开2件: :data:`SET_AFTER`),
consultations or messages answered (答复群众咨询120件, 依申请公开以外的…:
:data:`CONSULTATION_WORDS`, :data:`OTHER_THAN`), the agency as a respondent named once for its sentence (作为被申请人的行政复议案件5件…；
行政诉讼案件1件: :data:`RESPONDENT`),
cases of every kind (含非信息公开类) or joined as a third party (第三人), cases about
another matter (涉及房屋征收补偿的行政复议答复: :data:`MATTER`), a count in another body's name
(以区政府名义制发: :data:`IN_NAME_OF`), the applications closed among those received
(本年新收申请办结14件: :data:`RECEIVED_WORDS`), a period to the year's end (自7月1日起至年底),
another report's number on its line (a saved page's related link, 某局2020年度报告(收到申请5件):
:data:`QUOTED_REPORT`), a body named before a respondent's role (区政府作为被申请人的…:
:data:`RESPONDENT_ROLE`), normative documents public or in force at a date (截至年底，对外公开的
规范性文件共14件: :data:`NORMATIVE_STOCK`),
a value of a correction note (误填为9件，现更正为11件, 由15件更正为, 原公布的数据为9件:
:data:`CORRECTION`, :data:`CORRECTION_AFTER`), a unit named after a word of including
before the claim (含局属3家单位在内，全局共…: :data:`INCLUDING_UNITS`), an outcome in a
sentence about documents that names no application (新公开4件(1件涉及国家秘密未公开):
:data:`DOCUMENT_WORDS`), the rest of a set (其余3件中…, 其他0件 after a list of applicant
kinds: :data:`REMAINDER`), one of several counts given 分别 (:data:`RESPECTIVELY`), a body's
own level (本级政府…44件: :data:`OWN_LEVEL`), any claim of a report that says its tables are
the whole area's (本部分表格为全县…汇总数据: :data:`SUMMARY_TABLE`),
a 近 count one under its cell (近10 beside 11: :func:`_close`), or a cell whose value
the table's own failing checks give otherwise (a (七)总计 beside rows summing to
another value, when the claim agrees with the rows: :func:`_implied_values`). Cues are read in the
quantity's own clause: a phrase that reaches back over an earlier count
(申请35件（含上年结转3件），本年新收32件) does not take that count's cues.

Tables lookup is structural (see :class:`FactLike` and :class:`TablesLike`):
:class:`govinfo_nlp.facts.Fact` and :class:`govinfo_nlp.tables.TablesResult`
satisfy these protocols, and so do test doubles.

The package, one job a module: :mod:`.inputs` (what is read), :mod:`.results` (what is
returned), :mod:`.words` (``data/reconcile.json``), :mod:`.clauses` (a fact's clause and
sentence), :mod:`.fields` (which cells a fact is compared with), :mod:`.bounds` (when
two numbers agree), :mod:`.claimant` (another body's or period's count), :mod:`.doubts`
(why a disagreement is no accusation), :mod:`.verdict` (one fact's verdict); this module
runs them over a report's facts (:func:`reconcile`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, is_dataclass, replace
from functools import partial
from itertools import pairwise
from typing import Any, Final, cast

from ..breakdown import expand_breakdown
from ..limits import checkpoint
from ..normalize import normalize_text
from ..textcache import PerDocument
from .bounds import _one_side, approx_bounds
from .claimant import ReportTitles, _other_claimant, report_titles
from .clauses import (
    _CLAUSE_MARKS,
    AFTER_WINDOW,
    CLAUSE_END,
    _after_last,
    _clause_after,
    _own_clause,
    _phrase,
    _plain,
    _sentence_around,
    _since_count,
)
from .doubts import _body_end, _doubt, _petition, _summary_table
from .fields import (
    OTHER_HANDLING,
    _after_outcomes,
    _breakdown,
    _closed_share,
    _corrected_cell,
    _earlier_in_sentence,
    _larger_before,
    _other_handling_rows,
    _part_is_agency,
    _row_apart,
    counterpart_fields,
    table_two_field,
)
from .inputs import FactLike, TablesLike
from .results import CellEvidence, Reconciliation
from .verdict import _Cells, _implied_values, _one, reconciliation
from .words import _Data, _data

# CARRY_SUM_WORDS, COUNTERPARTS, NOT_CARRY_CUES, RECEIVED_WITH_CARRY_CUES are built from
# data/reconcile.json on first use and served by __getattr__ (ruff's F822 does not know it)
__all__ = [
    "AFTER_WINDOW",
    "CARRY_SUM_WORDS",
    "CLAUSE_END",
    "COUNTERPARTS",
    "NOT_CARRY_CUES",
    "RECEIVED_WITH_CARRY_CUES",
    "CellEvidence",
    "Reconciliation",
    "approx_bounds",
    "counterpart_fields",
    "reconcile",
]


def __getattr__(name: str) -> Any:
    """The data-built constants as module attributes (``reconcile.COUNTERPARTS``),
    built on first use."""
    if name in _Data.__dataclass_fields__:
        return getattr(_data(), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _facts_year(facts: Sequence[FactLike]) -> int | None:
    """The year most of the facts carry, when the report's year is unknown (no title or
    period read): the year its counts are of. Without it a count the text dates to another
    year (2023年，我委收到申请13件 on a page whose counts are 2024's) was compared with the
    tables and accused (vexcerpt24 vx24_71 with its bracket written as a sentence). None
    when no fact is dated or two years are as common."""
    counts = Counter(f.year for f in facts if f.year is not None)
    if not counts:
        return None
    top = counts.most_common(2)
    if len(top) > 1 and top[1][1] == top[0][1]:
        return None
    return top[0][0]


def reconcile(
    facts: Sequence[FactLike],
    tables: TablesLike | None,
    *,
    report_year: int | None,
    text: str | None = None,
    agency: str | None = None,
    region: Mapping[str, Any] | None = None,
    ocr_spans: Sequence[tuple[int, int]] = (),
    once: PerDocument | None = None,
) -> tuple[Reconciliation, ...]:
    """Compare every fact that has a table counterpart with the tables.

    ``facts`` are the report's narrative facts (the result refers to them by
    index); ``tables`` the extracted tables (``None`` when the report has
    none); ``report_year`` the year the report covers (``None`` when
    unknown: then a fact dated to another year than most facts carry,
    :func:`_facts_year`, is not compared; no other check reads that year); ``text`` the original
    input text the facts' offsets point into (optional: it lets cues after
    a fact's phrase, such as （含上年结转）, count, and tells which counts
    share a sentence); ``agency`` and ``region`` the reporting agency as
    metadata read it (optional: they tell a body that opens a claim's clause
    apart from the agency itself, see :data:`CLAUSE_SUBJECT`); ``ocr_spans`` the spans
    of ``text`` that OCR read (a scanned page, a table pasted as a picture): a number
    there may confirm its counterpart, never contradict it (:func:`_ocr_doubt`).
    ``once``: what the parse found once in its texts (the wraps of ``text``, which the
    breakdowns read: :func:`_unwrapped` does not look for them again).

    An accusation is read a second time with every line break inside its paragraph read
    as a PDF's wrap (:func:`_read_accused_again`), where the facts stage's view kept it
    as a line's end (a layer 7-13 characters wide): if the whole sentence makes it no
    accusation (全县各部门因政府信息公⏎开被申请行政复议3件), it is none, since whether that
    break ends the sentence is not certain.
    """
    cells = _Cells(
        tables.values if tables is not None else {},
        frozenset(getattr(tables, "unread", ()) or ()),
        frozenset(getattr(tables, "blank", ()) or ()),
        _implied_values(
            getattr(tables, "checks", ()) or (), tables.values if tables is not None else {}
        ),
        frozenset(getattr(tables, "placed", ()) or ()),
    )
    # whether the report says its tables are the whole area's: read once, and only where
    # a claim disagrees with its table (most agree)
    # (a closure, not an lru_cache made for each document: ~80 µs to make one, with
    # functools.update_wrapper's look-ups on a partial, against ~2 µs)
    read_summary: list[str | None] = []

    def summary() -> str | None:
        if not read_summary:
            read_summary.append(_summary_table(text or ""))
        return read_summary[0]

    # the report titles above a claim another report's may stand under: found once, and
    # only where a claim disagrees with its table (claimant.report_titles)
    found_titles: list[ReportTitles] = []

    def titles() -> ReportTitles:
        if not found_titles:
            found_titles.append(report_titles(text or ""))
        return found_titles[0]

    doc = _Document(
        facts=facts,
        template=tables.template if tables is not None else None,
        cells=cells,
        report_year=report_year,
        claims_year=report_year if report_year is not None else _facts_year(facts),
        text=text,
        agency=agency,
        region=region,
        ocr_spans=tuple(ocr_spans),
        # the spans of the other reports on a page holding several: the tables are the first's
        others=tuple(getattr(tables, "others", ()) or ()),
        body_end=_body_end(text) if text is not None else None,
        summary=summary,
        titles=titles,
    )
    # where sentences end: the text with the line breaks a PDF wrapped inside a sentence
    # read as spaces (所属瓯海分局⏎被提起行政诉讼1件 is one sentence), offsets unchanged
    view = _unwrapped(text, once) if text is not None else None
    # the fields each fact so far was compared with (a group's count after one of its
    # rows named apart: _row_apart)
    compared: dict[int, tuple[str, ...]] = {}
    out: list[Reconciliation] = []
    for index in range(len(facts)):
        checkpoint()  # the document's time bound, once a fact (limits.py)
        read = _fields_of(doc, index, view)
        if read is None:
            continue
        if isinstance(read, Reconciliation):
            out.append(read)
            continue
        out.append(_verdict_of(doc, index, view, read, compared))
    if view is None or not any(r.verdict == "inconsistent" for r in out):
        return tuple(out)  # (most documents: no accusation)
    return _read_accused_again(doc, view, tuple(out))


@dataclass(frozen=True)
class _Document:
    """What every claim of one report is read against: its facts, its tables' cells,
    the report's year, text and agency, and what is found once for all its claims."""

    facts: Sequence[FactLike]
    template: str | None
    cells: _Cells
    report_year: int | None
    # the year a claim dated otherwise is not compared for: the report's, else the year
    # most facts carry (_facts_year; only this check reads it)
    claims_year: int | None
    text: str | None
    agency: str | None
    region: Mapping[str, Any] | None
    ocr_spans: tuple[tuple[int, int], ...]
    others: tuple[tuple[int, int], ...]
    body_end: int | None
    summary: Callable[[], str | None]
    titles: Callable[[], ReportTitles]


@dataclass(frozen=True)
class _Fields:
    """A claim's reading up to the cells it is compared with: its sentence and the rest
    of its clause on the view, and the alternatives of fields (the first with a cell
    present is compared), with the one row of （六）其他处理 its cause names where that
    row may confirm it only."""

    alternatives: tuple[tuple[str, ...], ...]
    sentence: tuple[str, str]
    after: str
    cause: str | None


# What may stand between a count of documents and the bare 废止 count after it (制发规范性
# 文件3件，废止1件): a comma of the same sentence, nothing else.
_ELIDED_GAP: Final = re.compile(r"[，,、\s]*")
# The documents' own types, and the noun each puts back into a bare 废止N件 after them.
_ELIDED_NOUNS: Final = {"proactive.normative": "规范性文件", "proactive.rules": "规章"}


def _noun_restored(doc: _Document, index: int) -> FactLike:
    """Fact ``index``, or a copy whose text names the documents a bare 废止N件 right after a
    count of them leaves out (制发行政规范性文件3件，废止1件: 废止规范性文件1件), so that it
    is read as that row of table 二 (session 25's leftover; the clause is still the row's
    words and its count, nothing else)."""
    fact = doc.facts[index]
    text = fact.text or ""
    if index == 0 or doc.text is None or not text.startswith("废止") or not is_dataclass(fact):
        return fact
    prev = doc.facts[index - 1]
    noun = _ELIDED_NOUNS.get(prev.type)
    if (
        noun is None
        or prev.end > fact.start
        or _ELIDED_GAP.fullmatch(doc.text, prev.end, fact.start) is None
        or prev.scope != fact.scope
        or prev.year != fact.year
    ):
        return fact
    return replace(fact, text="废止" + noun + text[2:])


def _fields_of(doc: _Document, index: int, view: str | None) -> _Fields | Reconciliation | None:
    """Which cells fact ``index`` is compared with, read on ``view`` (None: it is compared
    with none; a Reconciliation: its verdict without a comparison, a claim of another
    report on the page)."""
    fact = doc.facts[index]
    # a count typed other may state a table 二 row in prose (废止行政规范性文件1件), or
    # the row's verb alone right after a count of its documents (制发…规范性文件3件，废止1件)
    table_two = fact.type not in _data().COUNTERPARTS
    if table_two and fact.type == "other":
        fact = _noun_restored(doc, index)
    if getattr(fact, "outside_body", False) or (
        table_two and (fact.type != "other" or table_two_field(fact, doc.template) is None)
    ):
        return None  # (most facts have no table counterpart: no text is read for them)
    if doc.body_end is not None and fact.start >= doc.body_end:
        return None  # after the report's sign-off: a saved page's chrome (热点新闻, 上一篇)
    template, text, values = doc.template, doc.text, doc.cells.values
    after = _clause_after(view, fact.end) if view is not None else ""
    sentence = _sentence_around(view, fact.start, fact.end) if view is not None else ("", "")
    if table_two:
        # the whole clause must be the row's words (累计废止… is not): read with its words
        # before the fact's
        field = table_two_field(fact, template, _after_last(sentence[0], _CLAUSE_MARKS))
        if field is None:
            return None
        alternatives: tuple[tuple[str, ...], ...] = ((field,),)
    else:
        own, own_sentence = _own_clause(fact, text, sentence)
        alternatives = counterpart_fields(own, template, values, after=after, sentence=own_sentence)
    if not alternatives:
        return None
    if (other := _in_other_report(fact, doc.others)) is not None:
        return _other_report(index, fact, alternatives[0], other)
    cause = None
    if _breakdown(fact, template) == OTHER_HANDLING and (
        rows := _other_handling_rows(
            normalize_text(_phrase(fact) + _since_count(_after_last(sentence[0], _CLAUSE_MARKS)))
        )
    ):
        if any(f in values for f in rows.split("+")):
            # 因逾期未缴纳信息处理费不再处理1件, read as the whole (六)其他处理 group of
            # the 2021 template: the row its cause names
            alternatives = (expand_breakdown(rows, tuple(values)),)
        else:
            # the 2019 template's one row holds other causes (withdrawals): it may confirm
            # the count, not contradict it
            cause = rows
    if text is not None and (donor := _corrected_cell(doc.facts, index, text, template)):
        # “予以公开”误填为9件，现更正为11件: the right value names the wrong one's cell (it
        # may confirm it; a disagreement stays a correction's value, no accusation)
        alternatives = counterpart_fields(
            replace(cast(Any, fact), breakdown=donor), template, values
        )
    if alternatives == ((),) and _part_is_agency(fact, template, doc.agency, doc.region):
        # 全县…186件，其中县政府办公室收到12件 in that office's report: the agency's
        # own total among the area's, which its table counts (it may confirm it;
        # read as a part, a disagreement stays unverifiable).
        alternatives = counterpart_fields(replace(cast(Any, fact), breakdown=None), template)
    elif alternatives == ((),) and _closed_share(fact, template):
        # 共办理申请20件，其中办结18件: the part finished of the applications handled
        # is what table 三's results total counts (it may confirm it; read as a
        # part, a disagreement stays unverifiable).
        alternatives = (("t3.results_total.total",),)
    return _Fields(alternatives, sentence, after, cause)


def _verdict_of(
    doc: _Document,
    index: int,
    view: str | None,
    read: _Fields,
    compared: dict[int, tuple[str, ...]],
) -> Reconciliation:
    """The verdict on fact ``index`` compared with the cells ``read`` found, read on
    ``view``; ``compared`` holds the fields each earlier fact of its sentence was
    compared with, and is given this one's."""
    facts, text, template = doc.facts, doc.text, doc.template
    fact = facts[index]
    alternatives = read.alternatives
    larger = _larger_before(facts, index, view, template)
    neighbour = _neighbour_doubt(facts, index, view, template, compared, alternatives[0])
    compared[index] = alternatives[0]
    # the claim's words plain, as the doubts read them: a PDF's wrap inside them (办⏎结)
    # would hide the cue it splits
    phrase = f"{_plain(fact.text or '')} {_plain(read.after)}"
    new_only = any(c in phrase for c in _data().NOT_CARRY_CUES)
    handled = not any(w in phrase for w in _data().CLOSED_ONLY_WORDS)
    petition = fact.type.startswith("requests.") and _petition(_plain(fact.text or ""))
    # read only where a claim disagrees with its table (most agree)
    claimant = (
        partial(
            _other_claimant,
            text,
            fact.start,
            doc.agency,
            doc.region,
            report_year=doc.report_year,
            at=getattr(fact, "quantity_start", fact.start),
            view=view,
            titles=doc.titles,
        )
        if text is not None
        else None
    )
    doubter = (
        partial(_doubt, fact, text, read.sentence, doc.summary, read.cause, neighbour)
        if text is not None
        else None
    )
    return _one(
        index,
        fact,
        alternatives,
        doc.cells,
        doc.claims_year,
        larger,
        new_only,
        handled,
        petition,
        claimant,
        doubter,
        _one_side(fact, text),
        doc.ocr_spans,
    )


def _read_accused_again(
    doc: _Document, view: str, first: tuple[Reconciliation, ...]
) -> tuple[Reconciliation, ...]:
    """``first`` with each accusation read again on ``view`` with the line breaks of its
    paragraph read as a PDF's wraps (:func:`_joined`), and withheld where the whole
    sentence makes it none.

    Only the accused claims are read again, with the fields of the earlier claims of
    their sentences (:func:`.fields._row_apart` asks which rows those were compared
    with). No reading of a claim looks past a line break of the view (a sentence, a
    clause, a line's opening year end there), so joining the paragraphs the claims read
    gives each the verdict a reading of the whole text joined would."""
    facts = doc.facts
    accused = [r.fact for r in first if r.verdict == "inconsistent"]
    joined = _joined_around(view, [(facts[i].start, facts[i].end) for i in accused])
    if joined == view:
        return first  # (no line break to read again)
    # the earlier claims of each accused one's sentence: their paragraphs joined too (a
    # claim's span may run over a break that ends its paragraph)
    earlier = sorted({j for i in accused for j, _ in _earlier_in_sentence(facts, i, joined)})
    if earlier:
        spans = [(facts[i].start, facts[i].end) for i in (*accused, *earlier)]
        joined = _joined_around(view, spans)
    compared: dict[int, tuple[str, ...]] = {}
    for j in earlier:
        read = _fields_of(doc, j, joined)
        if isinstance(read, _Fields):
            compared[j] = read.alternatives[0]
    again: dict[int, Reconciliation] = {}
    for i in accused:
        read = _fields_of(doc, i, joined)
        if isinstance(read, _Fields):
            # (it looks up only the earlier claims of its own sentence, all in `compared`)
            again[i] = _verdict_of(doc, i, joined, read, compared)
        elif isinstance(read, Reconciliation):
            again[i] = read
    return tuple(
        _withheld(r, again[r.fact])
        if r.verdict == "inconsistent"
        and r.fact in again
        and again[r.fact].verdict != "inconsistent"
        else r
        for r in first
    )


#: A line that is a heading (四、…, （二）…, 3.…), a table row or a date (a sign-off's): the
#: line break after or before it ends what came before, whatever the facts stage's view says.
_NOT_JOINED: Final = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d))"
    r"|\||\S\s{2,}\S|^\s*(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?\s*$"
)

#: What ends a sentence at a line's end: the break after it is no wrap.
_LINE_END_MARKS: Final = "。！？!?；;"


def _wrap(before: str, line: str) -> bool:
    """Whether the line break between the lines ``before`` and ``line`` of the facts
    stage's view is a PDF's wrap in a narrow layer: the line before ends no sentence nor
    tag and neither line is a heading, a table row or markup."""
    end, start = before.rstrip(), line.lstrip()
    return (
        end != ""
        and start != ""
        and end[-1] not in _LINE_END_MARKS
        # a saved page's markup (</p>⏎<p>, </h1>⏎) ends its paragraphs: no wrap
        and end[-1] != ">"
        and start[0] != "<"
        and _NOT_JOINED.search(before) is None
        and _NOT_JOINED.search(line) is None
        # a report's title (某局2021年政府信息公开工作年度报告) is a line of its own
        and _data().REPORT_TITLE.search(_plain(before)) is None
    )


def _joined(view: str) -> str:
    """``view`` with each remaining line break read as a space where it is a wrap
    (:func:`_wrap`; offsets unchanged): a PDF's wraps the facts stage's view kept, in a
    narrow layer."""
    lines = view.split("\n")
    out = [lines[0]]
    for before, line in pairwise(lines):
        out.append((" " if _wrap(before, line) else "\n") + line)
    return "".join(out)


def _line_end(view: str, at: int) -> int:
    """Where the line holding offset ``at`` ends (its line break, or the text's end)."""
    end = view.find("\n", at)
    return len(view) if end < 0 else end


def _joined_around(view: str, spans: Sequence[tuple[int, int]]) -> str:
    """``view`` with the line breaks of the paragraphs holding ``spans`` read as
    :func:`_joined` reads them, the others kept (offsets unchanged): a paragraph runs
    over every wrap (:func:`_wrap`) from the lines of a span on, back and forth, so
    inside it the text is what :func:`_joined` makes of the whole."""
    ranges: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if ranges and start < ranges[-1][1] and _line_end(view, max(start, end)) <= ranges[-1][1]:
            # inside the paragraphs found for a span before it (from the line of a span's
            # start back and from its end's on, over every wrap): the same paragraphs, or
            # some of them (a narrow layer's paragraph of many claims, walked again for
            # each, was a cost growing with the square of its length)
            continue
        lo = view.rfind("\n", 0, start) + 1
        while lo > 0:
            above = view.rfind("\n", 0, lo - 1) + 1
            if not _wrap(view[above : lo - 1], view[lo : _line_end(view, lo)]):
                break
            lo = above
        hi = _line_end(view, max(start, end))
        while hi < len(view):
            below = _line_end(view, hi + 1)
            if not _wrap(view[view.rfind("\n", 0, hi) + 1 : hi], view[hi + 1 : below]):
                break
            hi = below
        ranges.append((lo, hi))
    pieces: list[str] = []
    done = 0
    for lo, hi in sorted(ranges):
        lo = max(lo, done)  # (paragraphs are apart or the same: a repeat starts where done)
        if lo >= hi:
            continue
        pieces += [view[done:lo], _joined(view[lo:hi])]
        done = hi
    return "".join([*pieces, view[done:]])


def _withheld(first: Reconciliation, second: Reconciliation) -> Reconciliation:
    """The accusation ``first`` withheld: the reading ``second`` of its sentence whole."""
    return replace(
        second,
        reason=f"{second.reason} (read with the line breaks inside its sentence as a PDF's "
        f"wraps; as lines: {first.reason})",
    )


def _in_other_report(fact: FactLike, others: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the other report on the page the fact stands in (None: the row's own)."""
    return next((span for span in others if span[0] <= fact.start < span[1]), None)


def _other_report(
    index: int, fact: FactLike, fields: tuple[str, ...], span: tuple[int, int]
) -> Reconciliation:
    """A claim of another report on the page than the row's (tables.other_reports):
    the row's tables are not its report's, so it is compared with none of them."""
    reason = (
        f"the claim is in another report on the page (offsets {span[0]}-{span[1]}), "
        "whose tables are not this row's"
    )
    return reconciliation(index, fact, "unverifiable", reason, fields)


def _unwrapped(text: str, once: PerDocument | None = None) -> str:
    """``text`` with each line break the facts stage reads inside a sentence (a PDF's
    wrap: :func:`govinfo_nlp.facts.extractor.reading_view`) a space, character for
    character; the other characters are the text's own (the view reads ASCII marks as
    Chinese ones, which the cue patterns read as they are written). ``once``: the
    parse's view of ``text``, made once (facts.extractor.original_view)."""
    # imported here: the facts package reads the reconciliation's words (breakdowns)
    from ..facts.extractor import original_view, reading_view

    if "\n" not in text:
        return text
    # (the breakdowns' view of the parse's original, made once)
    view = reading_view(text) if once is None else once(original_view, text, once)
    joined = [m.start() for m in re.finditer("\n", text) if view[m.start()] != "\n"]
    if not joined:
        return text
    pieces = [text[lo + 1 : hi] for lo, hi in zip([-1, *joined], joined, strict=False)]
    return " ".join([*pieces, text[joined[-1] + 1 :]])


def _neighbour_doubt(
    facts: Sequence[FactLike],
    index: int,
    view: str | None,
    template: str | None,
    compared: Mapping[int, tuple[str, ...]],
    fields: tuple[str, ...],
) -> str | None:
    """Why an earlier count of the fact's sentence makes a disagreement no accusation, or
    None: a row of the group it is compared with named apart before it
    (:func:`.fields._row_apart`), or outcomes listed before a received count
    (:func:`.fields._after_outcomes`)."""
    if (row := _row_apart(facts, index, view, compared, fields)) is not None:
        return f"its sentence named a row of its group apart before it ({row!r}): it may count the rest of the group"
    if (outcome := _after_outcomes(facts, index, view, template)) is not None:
        return f"it stands in a list of outcomes after {outcome!r}: an outcome's count, not the received total"
    return None
