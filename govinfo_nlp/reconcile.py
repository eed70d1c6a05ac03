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
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, is_dataclass, replace
from functools import lru_cache, partial
from typing import Any, Final, Protocol, cast

from .breakdown import OPEN_PART, breakdown_of, expand_breakdown
from .datafiles import load_json
from .errors import DataFileError
from .identity import is_abbreviation, read_name
from .noise import is_spam
from .normalize import normalize_text

# CARRY_SUM_WORDS, COUNTERPARTS, NOT_CARRY_CUES, RECEIVED_WITH_CARRY_CUES are built from
# data/reconcile.json on first use and served by __getattr__ (ruff's F822 does not know it)
__all__ = [
    "AFTER_WINDOW",
    "CARRY_SUM_WORDS",  # noqa: F822
    "CLAUSE_END",
    "COUNTERPARTS",  # noqa: F822
    "NOT_CARRY_CUES",  # noqa: F822
    "RECEIVED_WITH_CARRY_CUES",  # noqa: F822
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


# --- the word lists, as data (data/reconcile.json, each with why) ---------------


def _load_lists() -> dict[str, Any]:
    """data/reconcile.json, checked: every list says why and holds what its kind needs."""
    name = "reconcile.json"
    data = load_json("data/" + name)
    for key, entry in data["lists"].items():
        where = f"{name}:lists.{key}"
        if not isinstance(entry.get("why"), str) or not entry["why"].strip():
            raise ValueError(f"{where}: no 'why'")
        kinds = [k for k in ("words", "patterns", "scale") if k in entry]
        if len(kinds) != 1:
            raise ValueError(f"{where}: needs exactly one of words, patterns, scale")
        items = entry[kinds[0]]
        if kinds[0] == "scale":
            if not items or not all(isinstance(v, int) and v > 0 for v in items.values()):
                raise ValueError(f"{where}: scale values must be positive integers")
            continue
        if not items or not all(isinstance(w, str) and w for w in items):
            raise ValueError(f"{where}: {kinds[0]} must be non-empty strings")
        if kinds[0] == "patterns":
            for i, pattern in enumerate(items):
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise ValueError(f"{where}[{i}]: {exc}") from None
    if not isinstance(data.get("counterparts", {}).get("why"), str):
        raise ValueError(f"{name}:counterparts: no 'why'")
    return cast(dict[str, Any], data)


def _words(data: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(data["lists"][key]["words"])


def _word(data: dict[str, Any], key: str) -> str:
    (word,) = _words(data, key)
    return word


def _pattern(data: dict[str, Any], key: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile("|".join(data["lists"][key]["patterns"]), flags)


def _alternatives(data: dict[str, Any], key: str) -> str:
    """The words or patterns of list ``key`` as one regex alternation, in the
    list's order (words escaped)."""
    entry = data["lists"].get(key)
    if entry is None:
        raise DataFileError(
            f"govinfo_nlp/data/reconcile.json: no list {key!r} (reconcile.py reads it)"
        )
    items = entry["patterns"] if "patterns" in entry else map(re.escape, entry["words"])
    return "|".join(items)


def _scale(data: dict[str, Any], key: str) -> dict[str, int]:
    return dict(data["lists"][key]["scale"])


def _counterparts(data: dict[str, Any]) -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
    return {
        kind: {tpl: tuple(tuple(alt) for alt in alts) for tpl, alts in spec.items()}
        for kind, spec in data["counterparts"]["types"].items()
    }


#: Where the clause after a fact ends: cues are looked for up to here.
CLAUSE_END: Final = "。；;！!？?\n，,"
#: At most this many characters after a fact are looked at for cues.
AFTER_WINDOW: Final = 24

#: A count written in 万 or 亿 (受理申请1.2万件 beside a table's 12034) is rounded at its
#: last digit: it agrees with any table value it rounds from.
ROUNDED: Final = re.compile(r"(?P<number>\d+(?:\.(?P<decimals>\d+))?)\s*(?P<unit>[万亿])")
#: A count written as a share of a set named just before it (本年度新收申请中，有18件
#: 已办结; 其中18件): a part, whatever its verb says.
PARTITIVE: Final = re.compile(r"中\s*[，,]?\s*(?:有|共有|共)?\s*\Z")
#: A total whose sentence then names its disclosure share (行政诉讼7件，其中政府信息公开类1件).
APPEALS_WIDER: Final = re.compile(r"^[^。；;]*其中[^。；;]{0,12}(?:政府信息公开|信息公开|依申请)")
#: The words after a count that make it the set its parts are counted among (3件申请中
#: 予以公开2件): a total, whatever part the facts stage read into the next words.
SET_AFTER: Final = re.compile(r"^[^，,。；;\d]{0,8}?(?<![集其])中(?![心央国华])[^，,。；;]*?\d")


@dataclass(frozen=True, slots=True)
class _Data:
    """The word lists and patterns reconcile.py builds from ``data/reconcile.json``,
    once, on first use (:func:`_data`), not when the module is imported; each read as
    ``_data().NAME`` (and as the module attribute ``NAME``, :func:`__getattr__`)."""

    #: fact type -> template ("2019", "2021") -> alternatives tried in order; each
    #: alternative is a tuple of fields summed. The first alternative with at least
    #: one field present is used. Template ``None`` (unknown) tries every alternative.
    COUNTERPARTS: dict[str, dict[str, tuple[tuple[str, ...], ...]]]
    #: Phrases saying a received count includes the applications carried over
    #: from last year (matched on normalised, i.e. Simplified, text).
    RECEIVED_WITH_CARRY_CUES: tuple[str, ...]
    #: Negations that cancel :data:`RECEIVED_WITH_CARRY_CUES` (不含上年结转).
    NOT_CARRY_CUES: tuple[str, ...]
    #: Verbs that count only the applications finished (办结15件): a count of
    #: applications handled (办理) may also hold those carried over to next year.
    CLOSED_ONLY_WORDS: tuple[str, ...]
    #: A count of petitions, reports or complaints (受理信访举报1,318件) is not a count of
    #: disclosure applications, whatever type the facts stage gave it; unless the phrase
    #: speaks of applications (信访举报投诉类申请: a row of table 三).
    PETITION_WORDS: tuple[str, ...]
    APPLICATION_WORDS: tuple[str, ...]
    #: A total after a carried-over count in its sentence includes it when one of
    #: these stands between them (加上上年结转12件，共计338件); bare 共 does not.
    CARRY_SUM_WORDS: tuple[str, ...]
    _CARRY_WORDS: tuple[str, ...]
    _CARRY_PART_HEADS: tuple[str, ...]
    _CARRY_PART: re.Pattern[str]
    ROUNDED_SCALE: dict[str, int]
    #: Approximation markers (``quantities/markers.json``) that bound a count on one side
    #: only: 超过3件 is any count above 3 (a table's 4 agrees), 不到5件 any below 5 (3
    #: agrees). 余, 多 (1200余: 1200..1299) and 近 (近50: 45..50) also say the count is
    #: close to its number; these do not, so :func:`approx_bounds`' closeness must not
    #: turn a true claim into an accusation. Upper-bound words are looked for first:
    #: 不超过 holds 超过.
    UPPER_BOUND_MARKERS: tuple[str, ...]
    LOWER_BOUND_MARKERS: tuple[str, ...]
    #: Units that make a fact a ratio, never comparable with a count cell.
    RATIO_UNITS: tuple[str, ...]
    #: A clause opened by a named body (its subject) before a claim: 2022年，马鞍山市人民政府
    #: 共受理申请300件 / 上级宣城市人民政府全年发生行政复议案件15件; or by an area alone
    #: (马鞍山市全年收到申请…: the whole area's count). A body that the report's
    #: own agency is not (another area, another body) counts for itself; a disagreement
    #: with this report's table is then no accusation (the facts stage may have read
    #: the count as the agency's own: its scope cues know only the short forms).
    #: ``time`` may open the clause, ``tail`` (adverbs, a verb) close it before the claim.
    CLAUSE_SUBJECT: re.Pattern[str]
    #: Level words that open a body's name without its area (市教育局, 区财政局): beside an
    #: agency of the same kind at another level (南平市延平区教育局), another body.
    LEVEL_CHARS: str
    #: The last words of a township's or a street's name (湖南路街道, 大兴镇).
    TOWN_WORDS: tuple[str, ...]
    #: Words that mark a clause's subject as the reporting agency itself.
    SELF_OPENERS: tuple[str, ...]
    #: A body of its own whose name need not state an area (孝南分局, 城关派出所): when the
    #: report's agency is not one of them, it is another body.
    BRANCH_WORDS: tuple[str, ...]
    #: An appeals count that is not the agency's disclosure cases: the agency as the
    #: review body (收到行政复议申请120件, 受理/审结…), its suits of every kind as a
    #: defendant (应诉), or a total whose sentence then names its disclosure share
    #: (行政诉讼7件，其中政府信息公开类1件).
    APPEALS_ORGAN: re.Pattern[str]
    DISCLOSURE_WORDS: tuple[str, ...]
    #: The agency as the respondent of a review or a suit (我局被申请行政复议5件, 被提起
    #: 行政诉讼2件, 被诉): of every kind unless its sentence says disclosure.
    #: 作为被申请人的行政复议案件5件 / 作为被告: the same, the agency named by its role.
    RESPONDENT: re.Pattern[str]
    #: A count inside an example or a case (某企业一次性提出申请15件, 申请人张某先后提出6件,
    #: 如某村民诉我局一案): one applicant's or one case's items, not the agency's count.
    #: 某些/某种 (some) name no one.
    EXAMPLE: re.Pattern[str]
    #: Reviews and suits named together before one count (行政复议和行政诉讼共3件): their
    #: sum, or each of them (各1件), not the one kind the fact's type names.
    BOTH_APPEALS: re.Pattern[str]
    #: 涉及信息17条 after 收到申请5件: what the applications involve (items, persons), not
    #: applications, unless 申请 follows (涉及征地拆迁的申请12件).
    INVOLVES: str
    #: Words that may qualify a disclosure application in a claim's subject (政府信息公开申请,
    #: 书面申请, 自然人申请, 上年结转申请, 重复申请): a qualifier made of other words names
    #: another procedure's applications (教师资格认定申请, 政务服务申请, 各类申请事项), which
    #: table 三 does not count, whatever type the facts stage gave the count.
    APPLICATION_QUALIFIERS: tuple[str, ...]
    # longest first: 政府信息公开 before 信息公开 leaves no 政府 behind
    _QUALIFIERS_LONGEST_FIRST: tuple[str, ...]
    #: Normative documents the agency did not issue this year: forwarded (转发上级…), drafted
    #: for another body (参与起草), drafts out for comment (征求意见稿, 草案), filed or
    #: reviewed (备案, 审查, 清理, 评估).
    NOT_ISSUED: re.Pattern[str]
    #: A unit under the agency opening a claim's clause (我局所属事业单位受理申请4件): its own
    #: count, which the agency's table need not hold.
    SUBORDINATE: re.Pattern[str]
    #: The respondent named by its role after a body's name (区政府作为被申请人的行政复议案件12件):
    #: the words before the role are the clause's subject (:data:`CLAUSE_SUBJECT`).
    RESPONDENT_ROLE: re.Pattern[str]
    #: Words that open a body's name before its role (以区政府为被申请人): not the name.
    ROLE_OPENERS: tuple[str, ...]
    #: Another report's title before a count on its line (某分局2019年度报告:收到申请5件, a
    #: related link or 上一篇 on a saved page): that report's number.
    QUOTED_REPORT: re.Pattern[str]
    #: Normative documents counted as the stock at a date (截至年底，对外公开的规范性文件共14件),
    #: unless words of the year's own count stand beside (:data:`NORMATIVE_FLOW`).
    NORMATIVE_STOCK: re.Pattern[str]
    NORMATIVE_FLOW: tuple[str, ...]
    #: The report's sign-off (a line holding only a date) and its last section's heading
    #: (六、…), per line: a fact after a sign-off that follows that heading, and after a
    #: line of chrome, is outside the report and gets no verdict (:func:`_body_end`).
    #: A government's site, platform or window counting applications for every body it
    #: serves (区政府门户网站依申请公开平台全年共收到申请1,024件), unless a word of the
    #: agency's channel stands before it (:data:`CHANNEL_OPENERS`: 通过, 经, 我, 本).
    SHARED_CHANNEL: re.Pattern[str]
    CHANNEL_OPENERS: tuple[str, ...]
    #: Words of applications answered late (超期答复0件): a part no cell holds.
    TIMELINESS: tuple[str, ...]
    #: Words of reviews and suits in a count typed as applications (上年度结转的行政复议
    #: 案件1件): appeals, not applications.
    APPEAL_WORDS: tuple[str, ...]
    #: Words opening a count of the rest of a set (其余3件中…, 其他0件 after a list of
    #: applicant kinds): a part, not the total.
    REMAINDER: re.Pattern[str]
    #: 分别 before a count (…分别为2件和1件): one of several counts, not their sum.
    RESPECTIVELY: tuple[str, ...]
    #: 本级 in a claim's clause (本级政府全年办结申请44件): the body's own share of a wider
    #: count, which a summary table, or one holding units, need not be.
    OWN_LEVEL: tuple[str, ...]
    #: A report's words saying its tables hold the whole area's figures (汇总).
    SUMMARY_TABLE: re.Pattern[str]
    #: A set of applications named before an outcome (上年结转的3件申请中，予以公开2件) and
    #: the words that make it a part of what the result rows count.
    SUBSET_SET: re.Pattern[str]
    SUBSET_WORDS: tuple[str, ...]
    #: A correction note's words before a count (误填为9件，现更正为11件): the wrong value
    #: first published, or the right value of a cell named earlier in the sentence.
    CORRECTION: re.Pattern[str]
    #: Words right after a count that make it a correction's wrong value (由15件更正为…).
    CORRECTION_AFTER: re.Pattern[str]
    #: Words naming the 2021 template's (六)其他处理 rows 1 and 2 (逾期不补正; 未缴纳费用).
    NO_SUPPLEMENT_WORDS: tuple[str, ...]
    NO_FEE_WORDS: tuple[str, ...]
    #: Words after a cause that add others to it (逾期不补正等): the whole group again.
    AND_OTHERS: tuple[str, ...]
    #: A unit under the agency after a word of including (含局属3家单位在内，…).
    INCLUDING_UNITS: re.Pattern[str]
    #: Words of documents in a sentence that says nothing of applications (新公开4件(1件
    #: 涉及国家秘密未公开)): its counts are documents, not applications.
    DOCUMENT_WORDS: tuple[str, ...]
    DOCUMENT_NOT_IF: tuple[str, ...]
    #: A part dated another year right after a total (…2件，其中1件系2019年起诉): the total
    #: mixes years.
    OTHER_YEAR_PART: re.Pattern[str]
    #: A part of a normative total drafted for or issued in another body's name, named
    #: after it (其中以县政府办公室名义代拟3件): the total need not be the agency's own.
    OTHER_ISSUER_PART: re.Pattern[str]
    SIGN_OFF: re.Pattern[str]
    LAST_HEADING: re.Pattern[str]
    #: Words of a line of a site's chrome (相关阅读, 热点新闻, 上一篇…; read on the line
    #: normalised, so 熱點新聞 too): the body ends at the first such line after the sign-off.
    CHROME_MARKERS: tuple[str, ...]
    #: Words that make a normative count the published one (新公开规范性文件3件): beside a
    #: 2019 table whose made column disagrees and published column agrees, consistent,
    #: unless a word of making (:data:`MAKE_WORDS`) stands beside.
    PUBLISH_WORDS: tuple[str, ...]
    MAKE_WORDS: tuple[str, ...]
    #: A count opened by 另有 (另有1件规范性文件因涉及内部管理事项未予公开): one beside the
    #: count the sentence is about (a remainder, an addition), not the total its type names.
    ADDITIONAL: re.Pattern[str]
    #: Normative documents not disclosed (1件因涉及内部事项未予公开): the 2019 template's
    #: made column counts them, its published column does not: neither is their count.
    NOT_DISCLOSED: re.Pattern[str]
    #: Cases of every kind, disclosure ones among them (行政诉讼3起（含非信息公开类）).
    WIDER_CASES: re.Pattern[str]
    #: The agency in a case that is not its own as respondent (作为第三人参与行政诉讼).
    THIRD_PARTY: str
    #: A count of applications the agency helped another body with (市政府办公室收到
    #: 申请40件，我局配合办理3件): not the agency's own applications.
    HELPED: re.Pattern[str]
    #: A count of applications passed to or from another body (约30件转由其他部门办理;
    #: 转来申请2件): an outcome or a channel, a part at most, whatever type it was given.
    PASSED: re.Pattern[str]
    #: Consultations, messages, hotline orders answered (答复群众咨询120件): not applications.
    CONSULTATION_WORDS: tuple[str, ...]
    #: 依申请公开以外的…: a count the text says is of something else than applications.
    OTHER_THAN: re.Pattern[str]
    #: Words that qualify applications as the ones received (本年新收申请办结14件): with a
    #: closing verb after 申请, the count is of those closed among the received.
    RECEIVED_WORDS: tuple[str, ...]
    #: A count in another body's name (以区政府及区政府办公室名义制发…6件 in the office's
    #: report): that body's documents or answers, which the agency's table need not count.
    IN_NAME_OF: re.Pattern[str]
    #: The matter an appeals count names (涉及房屋征收补偿的行政复议答复40余件): cases about
    #: it, not about disclosure, unless the matter names disclosure.
    MATTER: re.Pattern[str]
    #: The verbs that close an application part's subject (县政府办公室收到).
    _PART_VERBS: re.Pattern[str]


@lru_cache(maxsize=1)
def _data() -> _Data:
    """Every list and pattern of ``data/reconcile.json``, built once (see :class:`_Data`)."""
    data = _load_lists()
    carry_heads = _words(data, "carry_part_heads")
    qualifiers = _words(data, "application_qualifiers")
    return _Data(
        COUNTERPARTS=_counterparts(data),
        RECEIVED_WITH_CARRY_CUES=_words(data, "received_with_carry"),
        NOT_CARRY_CUES=_words(data, "not_carry"),
        CLOSED_ONLY_WORDS=_words(data, "closed_only"),
        PETITION_WORDS=_words(data, "petition"),
        APPLICATION_WORDS=_words(data, "application"),
        CARRY_SUM_WORDS=_words(data, "carry_sum"),
        _CARRY_WORDS=_words(data, "carry"),
        _CARRY_PART_HEADS=carry_heads,
        _CARRY_PART=re.compile("(?:" + "|".join(carry_heads) + r")[^。；;，,]{0,12}?(?:结转|新收)"),
        ROUNDED_SCALE=_scale(data, "rounded_scale"),
        UPPER_BOUND_MARKERS=_words(data, "upper_bound"),
        LOWER_BOUND_MARKERS=_words(data, "lower_bound"),
        RATIO_UNITS=_words(data, "ratio_units"),
        CLAUSE_SUBJECT=re.compile(
            # time: reconcile.json clause_subject_time (or nothing)
            f"(?:{_alternatives(data, 'clause_subject_time')}|)"
            # part: the agency's own office (clause_subject_part)
            f"(?:(?P<part>{_alternatives(data, 'clause_subject_part')})"
            # 局属某中心, 下属某分局: a unit under the agency; 原某局: a former body (机构改革前，
            # 原区经信局与原区商务局共收到…): each counts for itself, not the agency's table.
            f"|(?P<relation>{_alternatives(data, 'clause_subject_relation')}|)"
            r"(?P<name>[\u4e00-\u9fff]{0,16}"
            f"(?:{_alternatives(data, 'clause_subject_body_end')})))"
            # tail: dates, adverbs and verbs before the claim (clause_subject_tail)
            f"(?:{_alternatives(data, 'clause_subject_tail')})*"
        ),
        LEVEL_CHARS="".join(_words(data, "level_chars")),
        TOWN_WORDS=_words(data, "town_words"),
        SELF_OPENERS=_words(data, "self_openers"),
        BRANCH_WORDS=_words(data, "branch_words"),
        APPEALS_ORGAN=_pattern(data, "appeals_organ"),
        DISCLOSURE_WORDS=_words(data, "disclosure"),
        RESPONDENT=_pattern(data, "respondent"),
        EXAMPLE=_pattern(data, "example"),
        BOTH_APPEALS=_pattern(data, "both_appeals"),
        INVOLVES=_word(data, "involves"),
        APPLICATION_QUALIFIERS=qualifiers,
        _QUALIFIERS_LONGEST_FIRST=tuple(sorted(qualifiers, key=len, reverse=True)),
        NOT_ISSUED=_pattern(data, "not_issued"),
        SUBORDINATE=_pattern(data, "subordinate"),
        RESPONDENT_ROLE=_pattern(data, "respondent_role"),
        ROLE_OPENERS=_words(data, "role_openers"),
        QUOTED_REPORT=_pattern(data, "quoted_report"),
        NORMATIVE_STOCK=_pattern(data, "normative_stock"),
        NORMATIVE_FLOW=_words(data, "normative_flow"),
        SHARED_CHANNEL=_pattern(data, "shared_channel"),
        CHANNEL_OPENERS=_words(data, "channel_openers"),
        TIMELINESS=_words(data, "timeliness"),
        APPEAL_WORDS=_words(data, "appeal_words"),
        REMAINDER=re.compile("^(?:" + "|".join(map(re.escape, _words(data, "remainder"))) + ")"),
        RESPECTIVELY=_words(data, "respectively"),
        OWN_LEVEL=_words(data, "own_level"),
        SUMMARY_TABLE=_pattern(data, "summary_table"),
        SUBSET_SET=_pattern(data, "subset_set"),
        SUBSET_WORDS=_words(data, "subset_words"),
        CORRECTION=_pattern(data, "correction"),
        CORRECTION_AFTER=_pattern(data, "correction_after"),
        NO_SUPPLEMENT_WORDS=_words(data, "no_supplement_words"),
        NO_FEE_WORDS=_words(data, "no_fee_words"),
        AND_OTHERS=_words(data, "and_others"),
        INCLUDING_UNITS=re.compile(
            f"(?:{_alternatives(data, 'including')})[^，,。；;]{{0,4}}"
            f"(?:{_alternatives(data, 'subordinate')})"
        ),
        DOCUMENT_WORDS=_words(data, "document_words"),
        DOCUMENT_NOT_IF=_words(data, "document_not_if"),
        OTHER_YEAR_PART=_pattern(data, "other_year_part"),
        OTHER_ISSUER_PART=_pattern(data, "other_issuer_part"),
        SIGN_OFF=_pattern(data, "sign_off", re.M),
        LAST_HEADING=_pattern(data, "last_heading", re.M),
        CHROME_MARKERS=_words(data, "chrome_markers"),
        PUBLISH_WORDS=_words(data, "publish_words"),
        MAKE_WORDS=_words(data, "make_words"),
        ADDITIONAL=re.compile("^(?:" + "|".join(map(re.escape, _words(data, "additional"))) + ")"),
        NOT_DISCLOSED=_pattern(data, "not_disclosed"),
        WIDER_CASES=_pattern(data, "wider_cases"),
        THIRD_PARTY=_word(data, "third_party"),
        HELPED=_pattern(data, "helped"),
        PASSED=_pattern(data, "passed"),
        CONSULTATION_WORDS=_words(data, "consultation"),
        OTHER_THAN=_pattern(data, "other_than"),
        RECEIVED_WORDS=_words(data, "received_words"),
        IN_NAME_OF=_pattern(data, "in_name_of"),
        MATTER=_pattern(data, "matter"),
        _PART_VERBS=re.compile(f"(?:{_alternatives(data, 'part_verbs')})+$"),
    )


def __getattr__(name: str) -> Any:
    """The data-built constants as module attributes (``reconcile.COUNTERPARTS``),
    built on first use."""
    if name in _Data.__dataclass_fields__:
        return getattr(_data(), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: A claim whose clause (back to the last ；or full stop) states a period other
#: than the whole report year: a part of the year, several years.
PART_PERIOD: Final = re.compile(
    r"(?<!\d)(?P<m1>\d{1,2})月(?:份)?(?:\d{1,2}日)?起?(?:至|到|—|－|-|~|～)"
    r"(?:(?:19|20)\d{2}年)?(?P<m2>\d{1,2})月"
    # 1至6月, 1-6月: the first month written without its 月
    r"|(?<![\d.\-/])(?P<m4>\d{1,2})(?:至|到|—|－|-|~|～)(?P<m5>\d{1,2})月"
    r"|[上下]半年|第?[一二三四1-4]季度|前[二三两]季度|近[二三四五六七八九十两\d]+年(?!度)"
    r"|[二三四五六七八九十两]年(?:以)?来|近年来"
    r"|截至(?:(?:19|20)\d{2}年)?(?P<m3>\d{1,2})月"
    # 新《条例》5月15日施行以来, 自6月起: from a day or a month of the year on (自1月1日起:
    # the whole year)
    r"|(?<![\d.\-/])(?P<m6>\d{1,2})月(?:(?P<d6>\d{1,2})日|份)?[^，,；;。\d]{0,10}?"
    r"(?:以来|起(?![草诉至到]))"
    # 自2023年7月1日起至年底, 7月起至今: from a day or a month on to the year's end (or now);
    # 自1月1日起至年底: the whole year
    r"|(?<![\d.\-/])(?P<m7>\d{1,2})月(?:(?P<d7>\d{1,2})日|份)?起?(?:至|到)(?:本?年底|年末|年终|今|目前)"
    # 12月份办结3件 / 3月，收到…: one month (a month closing a range is matched above)
    r"|(?<![\d.\-/至到~～—－])\d{1,2}月(?:份|(?:上旬|中旬|下旬|初|底|末)?(?=[，,]))"
)
#: A year written in the clause before a claim (2021年度报告中，我局受理申请7件 in the
#: 2022 report): the last one named before the claim is the period it speaks of.
YEAR_NAMED: Final = re.compile(r"(?<!\d)((?:19|20)\d{2})年")

# --- results -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CellEvidence:
    """One table cell used on the table side: value, raw text, original span."""

    field: str
    value: float | int
    raw: str
    start: int
    end: int
    method: str = "read"

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "value": self.value,
            "raw": self.raw,
            "span": [self.start, self.end],
            "method": self.method,
        }


@dataclass(frozen=True, slots=True)
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
    explanation: tuple[str, ...] = ()

    def to_dict(self, *, explain: bool = True) -> dict[str, Any]:
        """The SCHEMA §4 entry plus ``reason``, ``evidence``, ``absent`` and (with
        ``explain``) ``explanation``."""
        out: dict[str, Any] = {
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
        if explain:
            out["explanation"] = list(self.explanation)
        return out


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


def _agrees(
    narrative: float | int, approx: str | None, table: float | int, side: str | None = None
) -> bool:
    low, high = _bounds(narrative, approx, side)
    t = float(table)
    if approx is None:
        return math.isclose(t, low, rel_tol=1e-9, abs_tol=1e-9)
    return low - 1e-9 <= t <= high + 1e-9


def _bounds(value: float | int, approx: str | None, side: str | None) -> tuple[float, float]:
    """:func:`approx_bounds`, or the one-sided bound a marker states (:func:`_one_side`)."""
    if side == "lower":
        return (float(value), math.inf)
    if side == "upper":
        return (0.0, float(value))
    return approx_bounds(value, approx)


def _one_side(fact: FactLike, text: str | None) -> str | None:
    """``"lower"`` or ``"upper"`` when the fact's quantity is bounded on that side only
    (超过3件, 3件以上 / 不到5件, 5件以下: :data:`LOWER_BOUND_MARKERS`), else None."""
    if fact.approx not in ("over", "under"):
        return None
    qs, qe = getattr(fact, "quantity_start", None), getattr(fact, "quantity_end", None)
    surface = text[qs:qe] if text is not None and qs is not None and qe is not None else ""
    surface = normalize_text(surface or fact.text or "")
    upper = any(m in surface for m in _data().UPPER_BOUND_MARKERS)
    if fact.approx == "under":
        return "upper" if upper else None
    return "lower" if not upper and any(m in surface for m in _data().LOWER_BOUND_MARKERS) else None


def _phrase(fact: FactLike) -> str:
    return f"{fact.text or ''} {fact.subject or ''}"


_UNSET: Final = object()


def _breakdown(fact: FactLike, template: str | None) -> str | None:
    b = getattr(fact, "breakdown", _UNSET)
    if b is _UNSET:
        return breakdown_of(fact, template)
    return b if isinstance(b, str) else None


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
    spec = _data().COUNTERPARTS.get(fact.type)
    if spec is None:
        return ()
    if template in spec:
        alternatives = list(spec[template])
    else:
        alternatives = [alt for tpl in sorted(spec) for alt in spec[tpl]]
    # Facts quote the original text, which may be Traditional: match cues on
    # the normalised form so that one cue list serves every script.
    phrase = normalize_text(_phrase(fact) + (" " + after if after else ""))
    # A fact of this library carries its breakdown; a plain fact (a test
    # double, a user's own) has it worked out from its phrase.
    breakdown = _breakdown(fact, template)
    if breakdown == OPEN_PART:
        return ()
    if breakdown is not None and breakdown.startswith("channel:"):
        # 行政复议案件4件，其中涉及政府信息公开的1件: the part named by its subject
        # matter is the disclosure cases, which table 四 counts whole.
        if not (fact.type.startswith("appeals.") and _names_disclosure(breakdown)):
            return ((),)
        breakdown = None
    if breakdown is not None:
        alternatives = [expand_breakdown(breakdown, tuple(values or {}))]
    elif fact.type == "requests.received" and _includes_carried(phrase, sentence):
        alternatives = [("t3.new.total", "t3.carried_in.total")]
    seen: list[tuple[str, ...]] = []
    for alt in alternatives:
        if alt not in seen:
            seen.append(alt)
    return tuple(seen)


#: The (六)其他处理 group: one row in the 2019 template, three in the 2021 one.
OTHER_HANDLING: Final = "t3.other_handling.total"


def _other_handling_rows(phrase: str) -> str | None:
    """The 2021 template's (六)其他处理 rows a count of the group names by its cause
    (逾期不补正 → row 1, 未缴纳费用 → row 2), joined by ``+``; None when it names none.
    A cause followed by others (逾期不补正等) names the whole group: None."""
    d = _data()
    rows = []
    for row, words in (
        ("t3.other_handling.no_supplement.total", d.NO_SUPPLEMENT_WORDS),
        ("t3.other_handling.no_fee.total", d.NO_FEE_WORDS),
    ):
        at = max(phrase.rfind(w) for w in words)
        if at < 0:
            continue
        if any(w in phrase[at:] for w in d.AND_OTHERS):
            return None
        rows.append(row)
    return "+".join(rows) or None


def _names_disclosure(text: str) -> bool:
    """Whether ``text`` says it is about disclosure (DISCLOSURE_WORDS)."""
    return any(w in text for w in _data().DISCLOSURE_WORDS)


def _includes_carried(phrase: str, sentence: tuple[str, str]) -> bool:
    """Whether a received count includes last year's carried-over applications."""
    if any(c in phrase for c in _data().NOT_CARRY_CUES):
        return False
    if any(c in phrase for c in _data().RECEIVED_WITH_CARRY_CUES):
        return True
    before, after = (normalize_text(s) for s in sentence)
    # 一百零八件，其中上年结转五件 / 27件（含上年结转2件） / 58件（含2018年结转3件）
    # / 120件，其中本年新收114件: a part that is carried over, or a part that
    # is this year's new applications, makes the total include both.
    head = after.lstrip("，,、 （(")
    if _data()._CARRY_PART.match(head):
        return True
    # 加上上年结转12件，共计338件 / 上年结转4件，合计77件
    at = max(before.rfind(w) for w in _data()._CARRY_WORDS)
    if at < 0:
        return False
    return any(w in before[at:] + phrase for w in _data().CARRY_SUM_WORDS) or "加上" in before[:at]


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
    agency: str | None = None,
    region: Mapping[str, Any] | None = None,
    ocr_spans: Sequence[tuple[int, int]] = (),
) -> tuple[Reconciliation, ...]:
    """Compare every fact that has a table counterpart with the tables.

    ``facts`` are the report's narrative facts (the result refers to them by
    index); ``tables`` the extracted tables (``None`` when the report has
    none); ``report_year`` the year the report covers (``None`` when
    unknown: then no fact is ruled out for its year); ``text`` the original
    input text the facts' offsets point into (optional: it lets cues after
    a fact's phrase, such as （含上年结转）, count, and tells which counts
    share a sentence); ``agency`` and ``region`` the reporting agency as
    metadata read it (optional: they tell a body that opens a claim's clause
    apart from the agency itself, see :data:`CLAUSE_SUBJECT`); ``ocr_spans`` the spans
    of ``text`` that OCR read (a scanned page, a table pasted as a picture): a number
    there may confirm its counterpart, never contradict it (:func:`_ocr_doubt`).
    """
    template = tables.template if tables is not None else None
    cells = _Cells(
        tables.values if tables is not None else {},
        frozenset(getattr(tables, "unread", ()) or ()),
        frozenset(getattr(tables, "blank", ()) or ()),
        _implied_values(
            getattr(tables, "checks", ()) or (), tables.values if tables is not None else {}
        ),
    )
    out: list[Reconciliation] = []
    body_end = _body_end(text) if text is not None else None
    # whether the report says its tables are the whole area's: read once, and only where
    # a claim disagrees with its table (most agree)
    summary = lru_cache(maxsize=1)(partial(_summary_table, text or ""))
    for index, fact in enumerate(facts):
        if getattr(fact, "outside_body", False) or fact.type not in _data().COUNTERPARTS:
            continue  # (most facts have no table counterpart: no text is read for them)
        if body_end is not None and fact.start >= body_end:
            continue  # after the report's sign-off: a saved page's chrome (热点新闻, 上一篇)
        after = _clause_after(text, fact.end) if text is not None else ""
        sentence = _sentence_around(text, fact.start, fact.end) if text is not None else ("", "")
        own, own_sentence = _own_clause(fact, text, sentence)
        alternatives = counterpart_fields(
            own, template, cells.values, after=after, sentence=own_sentence
        )
        if not alternatives:
            continue
        cause = None
        if _breakdown(fact, template) == OTHER_HANDLING and (
            rows := _other_handling_rows(
                normalize_text(_phrase(fact) + _after_last(sentence[0], _CLAUSE_MARKS))
            )
        ):
            if any(f in cells.values for f in rows.split("+")):
                # 因逾期未缴纳信息处理费不再处理1件, read as the whole (六)其他处理 group of
                # the 2021 template: the row its cause names
                alternatives = (expand_breakdown(rows, tuple(cells.values)),)
            else:
                # the 2019 template's one row holds other causes (withdrawals): it may confirm
                # the count, not contradict it
                cause = rows
        if text is not None and (donor := _corrected_cell(facts, index, text, template)):
            # “予以公开”误填为9件，现更正为11件: the right value names the wrong one's cell (it
            # may confirm it; a disagreement stays a correction's value, no accusation)
            alternatives = counterpart_fields(
                replace(cast(Any, fact), breakdown=donor), template, cells.values
            )
        if alternatives == ((),) and _part_is_agency(fact, template, agency, region):
            # 全县…186件，其中县政府办公室收到12件 in that office's report: the agency's
            # own total among the area's, which its table counts (it may confirm it;
            # read as a part, a disagreement stays unverifiable).
            alternatives = counterpart_fields(replace(cast(Any, fact), breakdown=None), template)
        elif alternatives == ((),) and _closed_share(fact, template):
            # 共办理申请20件，其中办结18件: the part finished of the applications handled
            # is what table 三's results total counts (it may confirm it; read as a
            # part, a disagreement stays unverifiable).
            alternatives = (("t3.results_total.total",),)
        larger = _larger_before(facts, index, text, template)
        phrase = normalize_text(f"{fact.text or ''} {after}")
        new_only = any(c in phrase for c in _data().NOT_CARRY_CUES)
        handled = not any(w in phrase for w in _data().CLOSED_ONLY_WORDS)
        petition = fact.type.startswith("requests.") and _petition(normalize_text(fact.text or ""))
        # read only where a claim disagrees with its table (most agree)
        claimant = (
            partial(
                _other_claimant,
                text,
                fact.start,
                agency,
                region,
                report_year=report_year,
                at=getattr(fact, "quantity_start", fact.start),
            )
            if text is not None
            else None
        )
        doubter = (
            partial(_doubt, fact, text, sentence, summary, cause) if text is not None else None
        )
        out.append(
            _one(
                index,
                fact,
                alternatives,
                cells,
                report_year,
                larger,
                new_only,
                handled,
                petition,
                claimant,
                doubter,
                _one_side(fact, text),
                tuple(ocr_spans),
            )
        )
    return tuple(out)


def _ocr_doubt(
    fact: FactLike, cells: Sequence[CellEvidence], ocr_spans: Sequence[tuple[int, int]]
) -> str | None:
    """Why a disagreement is no accusation when OCR read one of its numbers, else None.

    OCR misreads a digit now and then (6 as 8, 1 as 7). A table cell read by OCR is kept
    only where the table's arithmetic confirms it, which a misread pair of cells can still
    satisfy; a number of the prose read by OCR has no check at all. Either may confirm
    its counterpart (two misreadings that agree are unlikely), neither may contradict it
    (vfiles19 f10, f12: scans whose contradictions the blind set counts as unsure)."""
    if not ocr_spans:
        return None
    q = (getattr(fact, "quantity_start", fact.start), getattr(fact, "quantity_end", fact.end))
    if any(a <= q[0] < b for a, b in ocr_spans):
        return "its number was read by OCR, which may misread a digit"
    read = [c.field for c in cells if any(a <= c.start < b for a, b in ocr_spans)]
    if read:
        return f"{', '.join(read)} {'was' if len(read) == 1 else 'were'} read by OCR, which may misread a digit"
    return None


def _corrected_cell(
    facts: Sequence[FactLike], index: int, text: str, template: str | None
) -> str | None:
    """The part a correction's right value counts when the fact right before it is the
    wrong value of the same kind, read as a part (“予以公开”误填为9件，现更正为11件: the 11
    is 予以公开 too), else None. Only for the library's facts (a dataclass with a
    breakdown) that have none."""
    fact = facts[index]
    if index == 0 or not is_dataclass(fact) or _breakdown(fact, template) is not None:
        return None
    prev = facts[index - 1]
    donor = _breakdown(prev, template)
    if (
        prev.type != fact.type
        or donor is None
        or donor.startswith("channel:")
        or donor == OPEN_PART
    ):
        return None
    between = text[prev.end : getattr(fact, "quantity_start", fact.start)]
    if not 0 < len(between) <= 12 or any(c in between for c in _SENTENCE_END + "；;"):
        return None
    return donor if _data().CORRECTION.search(normalize_text(between)) else None


def _body_end(text: str) -> int | None:
    """Where the report ends on a page saved as text: the first line of the site's chrome
    (相关阅读, 热点新闻, 上一篇…) after the report's sign-off, a line holding only a date
    after the last section's heading (六、其他需要报告的事项 … XX局 / 2021年1月15日); None
    when there is none."""
    d = _data()
    headings = list(d.LAST_HEADING.finditer(text))
    if not headings:
        return None
    sign_off = d.SIGN_OFF.search(text, headings[-1].end())
    if sign_off is None:
        return None
    at = sign_off.end()
    for line in text[at:].splitlines(keepends=True):
        if any(w in line for w in d.CHROME_MARKERS) or any(
            w in normalize_text(line) for w in d.CHROME_MARKERS
        ):
            return at
        at += len(line)
    return None


def _clause_cut(fact: FactLike, text: str | None) -> int:
    """Where in the fact's words the clause of its quantity starts, less one (-1: at 0)."""
    qs, qe = getattr(fact, "quantity_start", None), getattr(fact, "quantity_end", None)
    words = fact.text or ""
    if text is None or qs is None or qe is None:
        return -1
    at = words.rfind(text[qs:qe])
    return max(words.rfind(c, 0, at) for c in CLAUSE_END) if at > 0 else -1


def _quantity_clause(fact: FactLike, text: str) -> str:
    """The fact's words from its quantity's clause on, normalised."""
    return normalize_text((fact.text or "")[_clause_cut(fact, text) + 1 :])


def _own_clause(
    fact: FactLike, text: str | None, sentence: tuple[str, str]
) -> tuple[FactLike, tuple[str, str]]:
    """The fact with its phrase cut to its quantity's own clause, and its sentence.

    A phrase may reach back over an earlier clause (申请35件（含上年结转3件），本年新收32件):
    that clause's cues are the earlier count's, so they move to the sentence before
    the phrase, where they count only as the sentence's (加上上年结转12件，共计338件).
    """
    words = fact.text or ""
    cut = _clause_cut(fact, text)
    if cut < 0 or not is_dataclass(fact):
        return fact, sentence
    subject = fact.subject or ""
    subject = subject[max(subject.rfind(c) for c in CLAUSE_END) + 1 :]
    own = replace(cast(Any, fact), text=words[cut + 1 :], subject=subject or fact.subject)
    return own, (sentence[0] + words[: cut + 1], sentence[1])


@dataclass(frozen=True)
class _Cells:
    """The table side: cells read, fields unread, fields blank in the source."""

    values: Mapping[str, TableValueLike]
    unread: frozenset[str]
    blank: frozenset[str]
    # field -> (check id, value) for each failing check (勾稽关系) that reads the cell:
    # the value the check gives it (_implied_values)
    implied: Mapping[str, tuple[tuple[str, float | int], ...]]

    def state(self, field: str) -> str:
        if field in self.values:
            return getattr(self.values[field], "method", "read")
        if field in self.unread:
            return "unread"
        if field in self.blank:
            return "blank"
        return "missing"


#: How many of a check's fields (SCHEMA §2: its left side, then its right) stand on the
#: left, by the check's kind: new + carried_in = results_total + carried_out; the results
#: total = its rows; a row's or a group's parts = its total. Checks of other kinds give
#: no implied values.
_LEFT_SIZE: Final[dict[str, Callable[[int], int]]] = {
    "t3.balance.": lambda n: 2,
    "t3.results_sum.": lambda n: 1,
    "t3.row_total.": lambda n: n - 1,
    "t4.total.": lambda n: n - 1,
}


def _implied_values(
    checks: Sequence[Any], values: Mapping[str, TableValueLike]
) -> dict[str, tuple[tuple[str, float | int], ...]]:
    """For each cell a failing check of the table reads, the value the check gives it
    (the other side's sum less the rest of its own side), with the check's id: the
    table then states the cell twice, differently (a (七)总计 of 14 beside rows summing to
    12), and a claim that agrees with either reading is no contradiction of the table."""
    implied: dict[str, list[tuple[str, float | int]]] = {}
    for check in checks:
        if getattr(check, "holds", True):
            continue
        fields = tuple(getattr(check, "fields", ()))
        size = next((f(len(fields)) for k, f in _LEFT_SIZE.items() if check.id.startswith(k)), 0)
        if not 0 < size < len(fields) or not all(f in values for f in fields):
            continue
        sides = (fields[:size], fields[size:])
        for own, other in (sides, sides[::-1]):
            for f in own:
                rest = _sum([values[g].value for g in own if g != f])
                value = _sum([values[g].value for g in other]) - rest
                implied.setdefault(f, []).append((check.id, value))
    return {f: tuple(v) for f, v in implied.items()}


_STATE_WORDS: Final = {
    "unread": "could not be read with certainty (tables_unread)",
    "blank": "is blank in the source",
    "missing": "was not found in the tables",
}


def _larger_before(
    facts: Sequence[FactLike], index: int, text: str | None, template: str | None
) -> str | None:
    """The text of a larger total-like count of the same type earlier in the sentence.

    A count right after such a total may be a part of it (办结40件，答复38件 …),
    even when no cue says which part: it must not be accused of disagreeing
    with the total's cell.
    """
    fact = facts[index]
    if text is None or _breakdown(fact, template) is not None:
        return None
    # The words between an earlier count and this one hold a sentence's end, or are
    # longer than the reach, exactly when that count ends before `lo`: found once,
    # not by reading the words between again for each count walked back over (in a
    # long sentence, every count of the reach).
    start = min(fact.start, len(text))
    floor = max(0, start - _SENTENCE_REACH)
    lo = max(start - _SENTENCE_REACH, max(text.rfind(c, floor, start) for c in _SENTENCE_END) + 1)
    for j in range(index - 1, -1, -1):
        other = facts[j]
        if other.end > fact.start:
            continue
        if other.end < lo:
            return None
        if (
            other.type == fact.type
            and other.value > fact.value
            and _breakdown(other, template) is None
            and other.year == fact.year
        ):
            return other.text
    return None


def _one(
    index: int,
    fact: FactLike,
    alternatives: tuple[tuple[str, ...], ...],
    tbl: _Cells,
    report_year: int | None,
    larger: str | None,
    new_only: bool = False,
    handled: bool = False,
    petition: bool = False,
    claimant: Callable[[], str | None] | None = None,
    doubter: Callable[[], str | None] | None = None,
    side: str | None = None,
    ocr_spans: tuple[tuple[int, int], ...] = (),
) -> Reconciliation:
    span = (fact.start, fact.end)
    values = tbl.values
    explanation: list[str] = []

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
            explanation=(f"verdict {verdict}: {reason}", *explanation),
        )

    # Choose the alternative: the first with at least one field present.
    chosen = alternatives[0]
    fallback = ""
    for i, alt in enumerate(alternatives):
        if any(f in values for f in alt):
            chosen = alt
            if i > 0:
                fallback = (
                    f"{', '.join(alternatives[0])} absent; compared with {', '.join(alt)} "
                    "instead, which need not count the same documents"
                )
            break
    breakdown = getattr(fact, "breakdown", None)
    if breakdown:
        explanation.append(f"the claim counts a part of a total: {breakdown}")

    # Not comparable: what the fact counts is not what the table counts.
    if fact.delta:
        return result("not_comparable", "the claim states a change, not a count", chosen)
    if fact.cumulative:
        return result(
            "not_comparable", "the claim states a running total, not this year's count", chosen
        )
    if fact.scope != "self":
        return result(
            "not_comparable",
            f"the claim is about {_SCOPE_WORDS.get(fact.scope, fact.scope)}, "
            "not the reporting agency itself",
            chosen,
        )
    if fact.year is not None and report_year is not None and fact.year != report_year:
        return result(
            "not_comparable",
            f"the claim is about {fact.year}, the report about {report_year}",
            chosen,
        )
    if fact.unit is not None and fact.unit in _data().RATIO_UNITS:
        return result("not_comparable", f"the claim is a ratio ({fact.unit})", chosen)
    if petition:
        return result(
            "not_comparable",
            "the claim counts petitions, reports or complaints, not disclosure applications",
            chosen,
        )

    # Unverifiable: nothing to compare with.
    if not chosen:
        what = breakdown.partition(":")[2] if breakdown else "this part"
        # 其中，湖南路街道收到申请6件: a part of the total, and another body's own count.
        if claimant is not None and (other_claim := claimant()) is not None:
            return result(
                "not_comparable",
                f"the claim counts a part the tables do not count ({what}), and {other_claim}",
                (),
            )
        return result(
            "unverifiable",
            f"the claim counts a part the tables do not count ({what})",
            (),
        )
    if not values:
        return result("unverifiable", "the report has no table values", chosen, absent=chosen)
    present = tuple(f for f in chosen if f in values)
    absent = tuple(f for f in chosen if f not in values)
    for f in chosen:
        state = tbl.state(f)
        if f in values:
            v = values[f]
            how = (
                "worked out from the table's sums" if state == "derived" else f"read from {v.raw!r}"
            )
            explanation.append(f"{f} = {_fmt(v.value)} ({how})")
        else:
            explanation.append(f"{f} {_STATE_WORDS[state]}")
    if not present:
        states = {tbl.state(f) for f in chosen}
        word = _STATE_WORDS[
            "unread" if "unread" in states else "missing" if "missing" in states else "blank"
        ]
        return result(
            "unverifiable",
            f"table field{'s' if len(chosen) > 1 else ''} {', '.join(chosen)} {word}",
            chosen,
            absent=absent,
        )
    not_blank = tuple(f for f in absent if tbl.state(f) != "blank")
    if not_blank:
        return result(
            "unverifiable",
            "the sum needs "
            + ", ".join(f"{f}, which {_STATE_WORDS[tbl.state(f)]}" for f in not_blank),
            chosen,
            absent=absent,
        )

    cells = tuple(_evidence(f, values[f]) for f in present)
    table_value = _sum([c.value for c in cells])
    lhs = " + ".join(present)
    absent_note = f"; blank in the source: {', '.join(absent)}" if absent else ""
    bound = ""
    if fact.approx in _APPROX_WORD:
        low, high = _bounds(fact.value, fact.approx, side)
        upto = "" if math.isinf(high) else _fmt(high)
        bound = f" ({_APPROX_WORD[fact.approx]} {_fmt(fact.value)}: {_fmt(low)}..{upto})"
    compared = f"{lhs} = {_fmt(table_value)}{absent_note}"
    rounded = _rounding(fact)
    if rounded is not None and rounded[0] <= table_value < rounded[1]:
        return result(
            "consistent",
            f"narrative {_fmt(fact.value)} (written rounded: {_fmt(rounded[0])}..{_fmt(rounded[1])})"
            f" agrees with {compared}",
            chosen,
            table_value,
            cells,
            absent,
        )
    if _agrees(fact.value, fact.approx, table_value, side):
        note = f"; {fallback}" if fallback else ""
        return result(
            "consistent",
            f"narrative {_fmt(fact.value)}{bound} agrees with {compared}{note}",
            chosen,
            table_value,
            cells,
            absent,
        )
    # A count may hold a table row its words do not name: 共受理64件 last year's
    # carried-over applications with this year's new ones (no cue says only new),
    # 共办理申请14件 (handled, not said to be finished) those carried over to next
    # year with the closed ones. Agreeing with the sum of both rows, it agrees.
    for fact_type, field, extra, applies, why in (
        (
            "requests.received",
            "t3.new.total",
            "t3.carried_in.total",
            not new_only,
            "the count includes last year's carried-over applications",
        ),
        (
            "requests.closed",
            "t3.results_total.total",
            "t3.carried_out.total",
            handled,
            "the applications handled include those carried over to next year",
        ),
    ):
        other = values.get(extra)
        if fact.type != fact_type or chosen != (field,) or not applies or other is None:
            continue
        total = _sum([table_value, other.value])
        if _agrees(fact.value, fact.approx, total, side):
            return result(
                "consistent",
                f"narrative {_fmt(fact.value)}{bound} agrees with {field} + {extra} = "
                f"{_fmt(total)} ({why})",
                (field, extra),
                total,
                (*cells, _evidence(extra, other)),
            )
    # The 2019 template counts the year's documents twice: made (本年新制作数量) and
    # published (本年新公开数量). A claim the made column contradicts and the published one
    # agrees with is the published count when its words say so (新公开规范性文件3件), and
    # no accusation otherwise (agencies write either verb for either column).
    published = _published_agrees(fact, chosen, values, side)
    if published is not None and _says_published(fact):
        return result(
            "consistent",
            f"narrative {_fmt(fact.value)}{bound} agrees with {published[0]} = "
            f"{_fmt(published[1].value)} (its words say published: 本年新公开数量)",
            (published[0],),
            published[1].value,
            (_evidence(*published),),
        )
    # A disagreement with the agency's table is no accusation when the claim's
    # clause says it is another body's count or another period's (an agreeing
    # claim stays consistent: the agency may name itself in a form not read).
    if claimant is not None and (other_claim := claimant()) is not None:
        return result(
            "not_comparable",
            f"narrative {_fmt(fact.value)}{bound} differs from {compared}, but {other_claim}",
            chosen,
            table_value,
            cells,
            absent,
        )
    # A disagreement is an accusation only when nothing below holds.
    doubts = [
        f"{c.field} was worked out from the table's sums, not read"
        for c in cells
        if c.method == "derived"
    ]
    if fallback:
        doubts.append(fallback)
    doubts += [
        f"the table's own arithmetic ({check}) gives {c.field} = {_fmt(value)}, "
        f"with which it agrees"
        for c in cells
        for check, value in tbl.implied.get(c.field, ())
        if _agrees(fact.value, fact.approx, table_value - c.value + value, side)
    ][:1]
    if published is not None:
        doubts.append(
            f"the table's published column ({published[0]} = {_fmt(published[1].value)}) "
            "agrees with it, and its words need not mean the made column"
        )
    if fact.approx == "under" and side is None and _close(fact, table_value):
        doubts.append(
            "it is written with 近 (close to) and its cell is one above its number: "
            "a rounded word, not a contradiction"
        )
    if breakdown and breakdown.startswith("channel:"):
        # (其中涉及政府信息公开的1件, compared with table 四's total: it may confirm it;
        # 其中县政府办公室收到12件, the agency's own count among its area's)
        doubts.append(
            "it is read as the disclosure share of a wider count, which is not certain"
            if fact.type.startswith("appeals.")
            else "it is read as the share finished of the applications handled, "
            "which need not be the table's results total"
            if breakdown.partition(":")[2] in _data().CLOSED_ONLY_WORDS
            else "it is read as the agency's own share of a wider count, which is not certain"
        )
    if larger:
        doubts.append(
            f"it follows a larger count of the same kind in its sentence ({larger!r}) "
            "and may be a part of it"
        )
    if doubter is not None and (doubt := doubter()) is not None:
        doubts.append(doubt)
    if (doubt := _ocr_doubt(fact, cells, ocr_spans)) is not None:
        doubts.append(doubt)
    if doubts:
        return result(
            "unverifiable",
            f"narrative {_fmt(fact.value)}{bound} differs from {compared}, but "
            + "; ".join(doubts),
            chosen,
            table_value,
            cells,
            absent,
        )
    return result(
        "inconsistent",
        f"narrative {_fmt(fact.value)}{bound} disagrees with {compared}",
        chosen,
        table_value,
        cells,
        absent,
    )


def _published_agrees(
    fact: FactLike,
    chosen: tuple[str, ...],
    values: Mapping[str, TableValueLike],
    side: str | None,
) -> tuple[str, TableValueLike] | None:
    """The 2019 template's published cell of a normative or rules count compared with
    its made cell, when that published cell agrees with the claim (else None)."""
    if fact.type not in ("proactive.normative", "proactive.rules") or len(chosen) != 1:
        return None
    row, _, column = chosen[0].rpartition(".")
    cell = values.get(f"{row}.published") if column == "made" else None
    if cell is None or not _agrees(fact.value, fact.approx, cell.value, side):
        return None
    return f"{row}.published", cell


def _says_published(fact: FactLike) -> bool:
    """Whether a normative count's words say published (:data:`PUBLISH_WORDS`) and
    nothing of making (:data:`MAKE_WORDS`)."""
    words = normalize_text(_phrase(fact))
    d = _data()
    return any(w in words for w in d.PUBLISH_WORDS) and not any(w in words for w in d.MAKE_WORDS)


def _close(fact: FactLike, table: float | int) -> bool:
    """Whether a table value is one above a 近 count (近10 beside 11): 近 says close to the
    number, mostly under it, and a writer may round the last one in; further above (近60
    beside 65) the word is contradicted."""
    return float(fact.value) < float(table) <= float(fact.value) + 1 + 1e-9


def _rounding(fact: FactLike) -> tuple[float, float] | None:
    """The half-open interval a count written in 万 or 亿 stands for (1.2万件 →
    [11500, 12500): rounded at its last digit), or None for a count written whole
    or with an approximation word (whose bound :func:`approx_bounds` gives)."""
    if fact.approx is not None:
        return None
    for m in ROUNDED.finditer(normalize_text(fact.text or "")):
        scale = _data().ROUNDED_SCALE[m["unit"]]
        if not math.isclose(float(m["number"]) * scale, float(fact.value)):
            continue
        half = scale / 10 ** len(m["decimals"] or "") / 2
        return (float(fact.value) - half, float(fact.value) + half)
    return None


def _part_is_agency(
    fact: FactLike, template: str | None, agency: str | None, region: Mapping[str, Any] | None
) -> bool:
    """Whether an application count read as a part the tables do not count names the
    reporting agency itself as its subject (the same area and body)."""
    breakdown = _breakdown(fact, template)
    if (
        agency is None
        or not fact.type.startswith("requests.")
        or breakdown is None
        or not breakdown.startswith("channel:")
        or not (is_dataclass(fact) and hasattr(fact, "breakdown"))
    ):
        return False
    subject = _data()._PART_VERBS.sub("", breakdown.partition(":")[2])
    # 区政府本级受理58件 in that government's report: its own level is the agency
    for word in _data().OWN_LEVEL:
        subject = subject.replace(word, "")
    if len(subject) < 2:
        return False
    named, own = read_name(subject, region=region), read_name(agency, region=region)
    return named.area is not None and (named.area, named.body) == (own.area, own.body)


def _closed_share(fact: FactLike, template: str | None) -> bool:
    """Whether a closed count is read as the part finished (channel:办结) of a count
    of applications handled: what table 三's results total counts."""
    breakdown = _breakdown(fact, template)
    return (
        fact.type == "requests.closed"
        and breakdown is not None
        and breakdown.startswith("channel:")
        and breakdown.partition(":")[2] in _data().CLOSED_ONLY_WORDS
    )


def _evidence(field: str, cell: TableValueLike) -> CellEvidence:
    return CellEvidence(
        field, cell.value, cell.raw, cell.start, cell.end, getattr(cell, "method", "read")
    )


_SCOPE_WORDS: Final = {
    "jurisdiction": "a whole area or many agencies",
    "unknown": "an agency it does not name",
}


def _petition(phrase: str) -> bool:
    """Whether ``phrase`` counts petitions, reports or complaints, not applications."""
    return any(w in phrase for w in _data().PETITION_WORDS) and not any(
        w in phrase for w in _data().APPLICATION_WORDS
    )


_TAG: Final = re.compile(r"<[^>]*>|&[a-z]+;|\s+")
_CLAUSE_MARKS: Final = "，,；;：:。！？!?\n"
_PERIOD_MARKS: Final = "；;。！？!?\n"


def _plain(text: str) -> str:
    """``text`` without markup and spaces, normalised: what the clause patterns read."""
    return normalize_text(_TAG.sub("", text))


def _after_last(text: str, marks: str) -> str:
    """What follows the last of ``marks`` in ``text`` (all of it without one)."""
    return text[max(text.rfind(c) for c in marks) + 1 :]


def _summary_table(text: str) -> str | None:
    """The words by which a report says its tables hold the whole area's figures
    (:data:`SUMMARY_TABLE`: 本部分表格为全县各级行政机关的汇总数据), or None."""
    m = _data().SUMMARY_TABLE.search(_plain(text))
    return m[0] if m is not None else None


def _doubt(
    fact: FactLike,
    text: str,
    sentence: tuple[str, str],
    summary: Callable[[], str | None] = lambda: None,
    cause: str | None = None,
) -> str | None:
    """Why a disagreeing claim may not count what its table counts, or None: read
    only where a claim disagrees with its table. ``summary`` gives the words by which
    the report says its tables are the whole area's (:func:`_summary_table`); ``cause``
    the 2021 (六)其他处理 row a count of the 2019 template's one row names by its cause."""
    if cause is not None:
        return (
            "it names one cause of （六）其他处理 (逾期不补正, 未缴纳费用), a row that holds "
            "others too (withdrawals)"
        )
    at = getattr(fact, "quantity_start", fact.start)
    if PARTITIVE.search(_plain(text[max(0, at - 12) : at])):
        return "it counts those among a set named before it and may be a part"
    before, after = map(_plain, sentence)
    phrase = normalize_text(fact.text or "")
    # a brand injected in place of a name (bet365亚洲官网2021年共收到申请12件。):
    # the count is kept, but whose it is the page no longer says for certain
    if is_spam(before + phrase + after):
        return "its sentence holds injected spam (a hacked page): whose count it is is not certain"
    clause = _after_last(before, _CLAUSE_MARKS) + phrase
    if _data().CORRECTION.search(
        _quantity_head(fact, text, clause)
    ) or _data().CORRECTION_AFTER.search(after):
        return (
            "it is a value of a correction note (误填为, 更正为): the wrong one first "
            "published or the right one of a cell named before it"
        )
    if fact.type.startswith("requests.") and _counts_documents(
        _after_last(before, _PERIOD_MARKS) + phrase + after
    ):
        return "its sentence is about documents (规范性文件) and names no application"
    if (
        fact.type == "requests.closed"
        and getattr(fact, "breakdown", None) is not None
        and (subset := _subset_named(_after_last(before, _PERIOD_MARKS) + phrase)) is not None
    ):
        return f"it counts an outcome among a part of the applications ({subset}中), not the row"
    if getattr(fact, "breakdown", None) is None and _data().REMAINDER.search(clause):
        return "it counts the rest of a set named before it (其余, 其他): a part, not the total"
    if any(w in _quantity_head(fact, text, clause) for w in _data().RESPECTIVELY):
        return "it is one of several counts given for several things (分别), not their sum"
    if any(w in clause for w in _data().OWN_LEVEL):
        return (
            "it counts a body's own level (本级), a share of a wider count that its table "
            "need not be"
        )
    if (words := summary()) is not None:
        return f"the report says its tables are the whole area's ({words!r}), not the agency's own"
    if getattr(fact, "breakdown", None) is None and _data().OTHER_YEAR_PART.search(after):
        return "its sentence then names a part of it dated another year: the total mixes years"
    # 典型案件：申请人陈某…，先后提起行政复议3次: the case is named in the sentence part
    if _data().EXAMPLE.search(_after_last(before, _PERIOD_MARKS) + phrase):
        return "it counts one applicant's or one case's items (an example), not the agency's"
    own = _quantity_clause(fact, text)
    if fact.type in ("appeals.review", "appeals.suit") and _data().BOTH_APPEALS.search(own):
        return "it names reviews and suits together: their sum or each, not one kind"
    _, involves, rest = own.rpartition(_data().INVOLVES)
    if fact.type.startswith("requests.") and involves and "申请" not in rest:
        return "it counts what the applications involve (涉及), not the applications"
    if fact.type.startswith(
        ("proactive.normative", "proactive.rules")
    ) and _data().NOT_ISSUED.search(clause):
        return "it counts documents the agency forwarded, drafted, filed or reviewed, not issued"
    if (
        fact.type.startswith(("proactive.normative", "proactive.rules"))
        and getattr(fact, "breakdown", None) is None
        and _names_another_issuer(after)
    ):
        return (
            "its sentence then names a part drafted for or issued in another body's name: "
            "the total need not be the agency's own"
        )
    if fact.type.startswith(("proactive.normative", "proactive.rules")) and _stock(
        _after_last(before, _PERIOD_MARKS) + phrase
    ):
        return "it counts the documents public or in force at a date, not the year's new ones"
    if fact.type.startswith(
        ("proactive.normative", "proactive.rules")
    ) and _data().NOT_DISCLOSED.search(own + re.split(r"[，,；;。]", after, maxsplit=1)[0]):
        return "it counts documents not disclosed, which neither column of table 二 counts alone"
    if getattr(fact, "breakdown", None) is None and _data().ADDITIONAL.search(clause):
        return "it is a count beside the one its sentence is about (另有): not the total"
    qe = getattr(fact, "quantity_end", None)
    if (
        getattr(fact, "breakdown", None) is not None
        and qe is not None
        and SET_AFTER.search(_plain(text[qe : qe + 24]))
    ):
        return "it names the set its parts are counted among (…中), not the part it was read as"
    if _data().SUBORDINATE.search(clause) or _data().INCLUDING_UNITS.search(
        _after_last(before, _PERIOD_MARKS) + phrase
    ):
        return "it counts a unit under the agency, which its table need not hold"
    named = _data().IN_NAME_OF.search(clause)
    if named is not None and not named["named"].startswith(_data().SELF_OPENERS):
        return (
            f"it counts in another body's name ({named[0]}), which the agency's table need not hold"
        )
    if fact.type.startswith("requests.") and _closed_among_received(fact, text, own):
        return (
            "it counts the applications closed among those received (新收申请办结): "
            "neither the received total nor the results total"
        )
    if fact.type.startswith("requests.") and (kind := _other_application(fact)):
        return f"it counts another procedure's applications ({kind}), not disclosure ones"
    if fact.type.startswith("requests.") and (kind := _not_applications(fact, own)):
        return f"it counts {kind}, not disclosure applications"
    if fact.type.startswith("requests."):
        if _data().HELPED.search(clause):
            return "it counts applications the agency helped another body with"
        if _data().PASSED.search(clause + re.split(r"[，,；;。(（]", after, maxsplit=1)[0]):
            return "it counts applications passed to or from another body: a part at most"
        if (shared := _shared_channel(clause)) is not None:
            return f"it counts what a shared site or window received ({shared}), not the agency"
        if any(w in own for w in _data().TIMELINESS):
            return "it counts applications answered late (超期), a part no cell holds"
    if fact.type.startswith("appeals."):
        if _data().PASSED.search(clause):
            return "it counts cases passed to or from another body, not said to be its own"
        if _data().APPEALS_ORGAN.search(clause):
            return "it counts reviews the agency decides as the review body, not its own"
        if "应诉" in clause and not _names_disclosure(before + phrase):
            return "it counts every suit the agency answered, not only those about disclosure"
        if _data().THIRD_PARTY in clause:
            return "it counts cases the agency joined as a third party, not its own"
        if _data().WIDER_CASES.search(own + re.split(r"[，,；;。]", after, maxsplit=1)[0]):
            return "it counts cases of every kind, not only those about disclosure"
        matter = _data().MATTER.search(clause)
        if matter is not None and not _names_disclosure(matter["matter"]):
            return f"it counts cases about another matter ({matter[0]}), not about disclosure"
        if APPEALS_WIDER.search(after):
            return "its sentence then names its disclosure share: it counts more cases than those"
        # 我局被申请行政复议5件 in the overview: the agency as a respondent, in every
        # review or suit perhaps; in the appeals section its heading (政府信息公开行政
        # 复议…) says what it counts.
        # (the respondent may be named once for the sentence: 作为被申请人的行政复议案件
        # 5件…；行政诉讼案件1件)
        if (
            getattr(fact, "section", "appeals") != "appeals"
            and _data().RESPONDENT.search(before + phrase)
            and not _names_disclosure(before + phrase + after)
        ):
            return "it counts the agency's cases as a respondent, not said to be about disclosure"
    return None


def _quantity_head(fact: FactLike, text: str, clause: str) -> str:
    """The claim's clause up to its quantity (the words a correction note's 误填为 or
    更正为 stand in before the count)."""
    qs = getattr(fact, "quantity_start", None)
    quantity = (
        normalize_text(text[qs : getattr(fact, "quantity_end", qs)]) if qs is not None else ""
    )
    at = clause.rfind(quantity) if quantity else -1
    return clause[:at] if at >= 0 else clause


def _subset_named(words: str) -> str | None:
    """The last set of applications ``words`` name before a ``中`` (:data:`SUBSET_SET`)
    when a word makes it a part of those table 三's result rows count
    (:data:`SUBSET_WORDS`: 上年结转的3件申请), else None."""
    d = _data()
    sets = [m["set"] for m in d.SUBSET_SET.finditer(words)]
    if not sets or not any(w in sets[-1] for w in d.SUBSET_WORDS):
        return None
    return str(sets[-1])


def _counts_documents(sentence: str) -> bool:
    """Whether a sentence names documents (:data:`DOCUMENT_WORDS`) and no application
    (:data:`DOCUMENT_NOT_IF`)."""
    d = _data()
    return any(w in sentence for w in d.DOCUMENT_WORDS) and not any(
        w in sentence for w in d.DOCUMENT_NOT_IF
    )


def _names_another_issuer(after: str) -> bool:
    """Whether the rest of a normative total's sentence names a part drafted for another
    body or issued in its name (…5件，其中以县政府办公室名义代拟3件: :data:`OTHER_ISSUER_PART`)."""
    return _data().OTHER_ISSUER_PART.search(after) is not None


def _stock(words: str) -> bool:
    """Whether a normative count's words make it the stock at a date (截至年底，对外公开的
    规范性文件共14件: :data:`NORMATIVE_STOCK`) with no word of the year's own count."""
    return _data().NORMATIVE_STOCK.search(words) is not None and not any(
        w in words for w in _data().NORMATIVE_FLOW
    )


def _shared_channel(clause: str) -> str | None:
    """The government's site, platform or window a claim's clause names as what counted
    (:data:`SHARED_CHANNEL`), unless the agency's own channel or name stands before it."""
    d = _data()
    m = d.SHARED_CHANNEL.search(clause)
    if m is None or any(w in clause[: m.start()] for w in d.CHANNEL_OPENERS):
        return None
    return m[0]


def _closed_among_received(fact: FactLike, text: str, own: str) -> bool:
    """Whether the claim's clause counts the applications closed among those received
    (本年新收申请办结14件: a received word before 申请, a closing verb after it and before
    the quantity)."""
    qs, qe = getattr(fact, "quantity_start", None), getattr(fact, "quantity_end", None)
    quantity = normalize_text(text[qs:qe]) if qs is not None and qe is not None else ""
    head, mark, tail = own.rpartition("申请")
    if quantity and quantity in tail:
        tail = tail[: tail.index(quantity)]
    return (
        bool(mark)
        and any(w in head for w in _data().RECEIVED_WORDS)
        and any(w in tail for w in _data().CLOSED_ONLY_WORDS)
    )


def _not_applications(fact: FactLike, own: str) -> str | None:
    """What a requests count counts instead of applications (consultations answered,
    something its words say is other than applications), or None."""
    if _data().OTHER_THAN.search(own):
        return "something its words set apart from applications (以外)"
    if any(w in own for w in _data().APPEAL_WORDS):
        return "reviews or suits (行政复议, 行政诉讼)"
    tail = normalize_text(fact.subject or "").rsplit("的", 1)[-1]
    if "申请" not in tail and any(w in tail for w in _data().CONSULTATION_WORDS):
        return f"consultations or messages ({tail})"
    return None


def _other_level(name: str, agency: str | None) -> bool:
    """Whether ``name`` (市教育局) is the agency's kind of body at another level than the
    agency's own (南平市延平区教育局: 区)."""
    body = name[1:]
    if (
        not agency
        or len(body) < 2
        or name[0] not in _data().LEVEL_CHARS
        or not agency.endswith(body)
    ):
        return False
    at = len(agency) - len(body) - 1
    return at >= 0 and agency[at] in _data().LEVEL_CHARS and agency[at] != name[0]


def _other_application(fact: FactLike) -> str | None:
    """The subject when it names another procedure's applications (its words before
    申请 are not :data:`APPLICATION_QUALIFIERS`) or the applicants, else None."""
    subject = normalize_text(fact.subject or "")
    if "申请人" in subject and "申请" not in subject.replace("申请人", ""):
        return subject  # 申请人提出的13个(问题): the applicants or what they raised
    qualifier = subject.partition("申请")[0] if "申请" in subject else ""
    if qualifier.startswith(("依", "被")) or not qualifier:
        return None
    rest = qualifier
    for word in _data()._QUALIFIERS_LONGEST_FIRST:
        rest = rest.replace(word, "")
    return subject if len(rest) >= 2 else None


def _clause_subject(before: str) -> re.Match[str] | None:
    """:data:`CLAUSE_SUBJECT` on the clause before a claim (the last of ``before``, the
    plain text before it), or on its words before a respondent's role (区政府作为被申请人
    的…行政复议案件12件: :data:`RESPONDENT_ROLE`), or with the words before a colon that
    opens it (区民政局：全年受理申请7件, a list of bodies or a related link)."""
    lead = _after_last(before, _CLAUSE_MARKS)
    m = _data().CLAUSE_SUBJECT.fullmatch(lead)
    role = _data().RESPONDENT_ROLE.search(lead) if m is None else None
    if role is not None and role.start() > 0:
        name = lead[: role.start()]
        opener = next((w for w in _data().ROLE_OPENERS if name.startswith(w)), "")
        return _data().CLAUSE_SUBJECT.fullmatch(name[len(opener) :])
    head = before[: len(before) - len(lead)]
    if m is None and head[-1:] in ("：", ":"):
        return _data().CLAUSE_SUBJECT.fullmatch(_after_last(head[:-1], _CLAUSE_MARKS) + lead)
    return m


def _other_claimant(
    text: str,
    start: int,
    agency: str | None,
    region: Mapping[str, Any] | None,
    *,
    report_year: int | None = None,
    at: int | None = None,
) -> str | None:
    """Why the claim at ``start`` counts for another body or period, or None.

    Read on the clause before the claim (back to a comma, for its subject) and
    the sentence part before it (back to a ；, for its period; up to its quantity
    at ``at``, as the claim's own words may name it), on the text without markup.
    """
    floor = max(0, start - _SENTENCE_REACH)
    part = _plain(text[floor:start])
    at = start if at is None or at < start else at
    # cut at a line end before the markup and spaces go: a title's year is no clause's
    stretch = _after_last(
        _plain(_after_last(text[max(0, at - _SENTENCE_REACH) : at], _PERIOD_MARKS)), _PERIOD_MARKS
    )
    period = PART_PERIOD.search(stretch)
    whole_year = period is not None and (
        (period["m1"], period["m2"]) == ("1", "12")
        or (period["m4"], period["m5"]) == ("1", "12")
        or period["m3"] == "12"
        or (period["m6"] == "1" and period["d6"] in (None, "1"))
        or (period["m7"] == "1" and period["d7"] in (None, "1"))
    )
    if period is not None and not whole_year:
        return f"its clause states another period than the report year ({period[0]!r})"
    years = YEAR_NAMED.findall(stretch)
    if report_year is not None and years and int(years[-1]) != report_year:
        return f"its clause names another year ({years[-1]}年) than the report year"
    quoted = _data().QUOTED_REPORT.search(stretch)
    if quoted is not None:
        return f"its line quotes another report ({quoted[0]!r}): that report's number"
    m = _clause_subject(part)
    if m is None and "\n" in text[floor:start]:
        # The markup-free text runs a heading into its first sentence (一、总体情况
        # 局属某中心全年收到…): the claim's line alone may open with its subject.
        m = _clause_subject(_plain(text[floor:start].rsplit("\n", 1)[1]))
    if m is not None and m["part"]:
        # 局机关: the agency's own organ, without its branches the table may count
        return f"its clause counts a part of the agency ({m['part']})"
    if m is None or m["name"].startswith(_data().SELF_OPENERS):
        return None
    if m["relation"]:
        return f"its clause names another body counting ({m['relation']}{m['name']})"
    named = read_name(m["name"], region=region)
    if named.area is None:
        branch = next((w for w in _data().BRANCH_WORDS if m["name"].endswith(w)), None)
        if branch is not None and not (agency or "").endswith(branch):
            return f"its clause names another body counting ({m['name']})"
        # 湖南路街道收到申请6件 in a district's report: a township or street the
        # gazetteer does not list, which the agency's name does not hold.
        if m["name"].endswith(_data().TOWN_WORDS) and m["name"] not in (agency or ""):
            return f"its clause names another body counting ({m['name']})"
        if _other_level(m["name"], agency):
            return f"its clause names the same kind of body at another level ({m['name']})"
        # 区政府 in a bureau's or the government office's report: the government itself,
        # another body than the agency (the government's own report names it alike)
        if (
            named.kind == "government"
            and agency is not None
            and m["name"][0] in _data().LEVEL_CHARS
            and read_name(agency, region=region).body != named.body
        ):
            return f"its clause names another body counting ({m['name']})"
        return None  # not a body placed in an area (服务大局, 政务服务中心): no judgement
    if agency is not None:
        own = read_name(agency, region=region)
        same_body = (
            named.body == own.body
            or is_abbreviation(named.body, own.body)
            or (named.kind == own.kind == "government")
        )
        if named.area == own.area and same_body:
            return None
    return f"its clause names another body counting ({m['name']})"
