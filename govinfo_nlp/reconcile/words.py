"""The word lists and patterns of ``data/reconcile.json``, checked on load and built once,
on first use (:func:`_data`), not when the package is imported.

The grammar that reads them lives in the modules that use them; this one only turns
the file into tuples and compiled patterns (:class:`_Data`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final, cast

from ..datafiles import load_json
from ..errors import DataFileError


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


def _opening(data: dict[str, Any], key: str) -> re.Pattern[str]:
    """A pattern matching one of list ``key``'s words at the start of a text."""
    return re.compile("^(?:" + "|".join(map(re.escape, _words(data, key))) + ")")


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


#: A count's numerals in a table_two_prose pattern (its ``#``): digits or numerals.
_COUNT_MARK: Final = r"(?:[0-9]+|[零〇一二两三四五六七八九十百千万]+)"


def _table_two_prose(data: dict[str, Any]) -> tuple[tuple[re.Pattern[str], dict[str, str]], ...]:
    """``table_two_prose``'s rows, checked: each clause pattern compiled (its ``#`` the count)
    with the one field it states by template; a bad row is reported by its index."""
    rows = data["table_two_prose"]["rows"]
    out = []
    for i, row in enumerate(rows):
        try:
            pattern = re.compile(row["pattern"].replace("#", _COUNT_MARK))
        except (re.error, KeyError, AttributeError) as exc:
            raise DataFileError(
                f"govinfo_nlp/data/reconcile.json:table_two_prose.rows.{i}: bad pattern ({exc})"
            ) from exc
        fields = row.get("fields")
        if not isinstance(fields, dict) or not all(
            isinstance(v, list) and len(v) == 1 and isinstance(v[0], str) for v in fields.values()
        ):
            raise DataFileError(
                f"govinfo_nlp/data/reconcile.json:table_two_prose.rows.{i}: fields must map a "
                "template to one field"
            )
        out.append((pattern, {tpl: v[0] for tpl, v in fields.items()}))
    return tuple(out)


def _counterparts(data: dict[str, Any]) -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
    return {
        kind: {tpl: tuple(tuple(alt) for alt in alts) for tpl, alts in spec.items()}
        for kind, spec in data["counterparts"]["types"].items()
    }


@dataclass(frozen=True, slots=True)
class _Data:
    """The word lists and patterns reconcile.py builds from ``data/reconcile.json``,
    once, on first use (:func:`_data`), not when the module is imported; each read as
    ``_data().NAME`` (and as the module attribute ``NAME``, :func:`__getattr__`)."""

    #: fact type -> template ("2019", "2021") -> alternatives tried in order; each
    #: alternative is a tuple of fields summed. The first alternative with at least
    #: one field present is used. Template ``None`` (unknown) tries every alternative.
    COUNTERPARTS: dict[str, dict[str, tuple[tuple[str, ...], ...]]]
    #: Table 二's rows written in prose by a count typed ``other`` (废止行政规范性文件2件,
    #: 作出行政许可决定1520件): the whole clause's pattern, and the field by template.
    TABLE_TWO_PROSE: tuple[tuple[re.Pattern[str], dict[str, str]], ...]
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
    #: Normative documents a publication carried (政府公报…刊载规范性文件16件): the
    #: gazette's contents, not the agency's issued count.
    CARRIED: re.Pattern[str]
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
    #: Words naming one kind of applicant (公民个人, 企业) in a count's subject: a part.
    APPLICANT_PERSONS: tuple[str, ...]
    APPLICANT_EVERY: tuple[str, ...]
    APPLICANT_ORGS: tuple[str, ...]
    #: Percent of its number a 近 or 约 count may lie off before a disagreement accuses.
    LOOSE_MARGIN: dict[str, int]
    #: The template's own words for the rows inside table 三's result groups.
    ROW_LABEL_WORDS: tuple[str, ...]
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
    #: A line that is a whole report's title, its year in group 1 (附：某局2018年政府信息公开
    #: 工作年度报告): a claim under a later one of another year is that report's.
    REPORT_TITLE: re.Pattern[str]
    #: A paragraph opened by a year as its time (2021年，…), the year in group 1.
    PARAGRAPH_YEAR: re.Pattern[str]
    #: An aside in brackets right after a count (18件(2023年为13件),): it speaks of that
    #: count, so its year or period does not date the clauses after it.
    COUNT_ASIDE: re.Pattern[str]
    #: A clause opening with the whole area (全县各部门…): the area's count.
    WHOLE_AREA: re.Pattern[str]
    #: A clause opening with a group of bodies (各乡镇, 县直各部门, 所属乡镇): their count.
    BODY_GROUPS: re.Pattern[str]
    #: The carried-over and the new applications named joined before a word of summing
    #: (上年结转和本年新收…共计20件): their sum, not the carried-in part.
    CARRY_AND_NEW: re.Pattern[str]
    #: Words of a suit lost (败诉): a count of corrections that names them is the suits'.
    SUIT_LOST: tuple[str, ...]
    #: Documents written in answer (答复书, 告知书…) named right before a count: not applications.
    ANSWER_DOCUMENTS: tuple[str, ...]
    #: Bodies at several levels named as a clause's subject (市县两级民政部门): not the agency.
    SEVERAL_LEVELS: re.Pattern[str]


@lru_cache(maxsize=1)
def _data() -> _Data:
    """Every list and pattern of ``data/reconcile.json``, built once (see :class:`_Data`)."""
    data = _load_lists()
    carry_heads = _words(data, "carry_part_heads")
    qualifiers = _words(data, "application_qualifiers")
    return _Data(
        COUNTERPARTS=_counterparts(data),
        TABLE_TWO_PROSE=_table_two_prose(data),
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
        CARRIED=_pattern(data, "carried_in_publication"),
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
        REMAINDER=_opening(data, "remainder"),
        RESPECTIVELY=_words(data, "respectively"),
        APPLICANT_PERSONS=_words(data, "applicant_persons"),
        APPLICANT_EVERY=_words(data, "applicant_every"),
        APPLICANT_ORGS=_words(data, "applicant_orgs"),
        LOOSE_MARGIN=_scale(data, "loose_margin"),
        ROW_LABEL_WORDS=_words(data, "row_label_words"),
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
        ADDITIONAL=_opening(data, "additional"),
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
        REPORT_TITLE=_pattern(data, "report_title"),
        PARAGRAPH_YEAR=_pattern(data, "paragraph_year"),
        COUNT_ASIDE=_pattern(data, "count_aside"),
        WHOLE_AREA=_pattern(data, "whole_area"),
        BODY_GROUPS=_pattern(data, "body_groups"),
        CARRY_AND_NEW=_pattern(data, "carry_and_new"),
        SUIT_LOST=_words(data, "suit_lost"),
        ANSWER_DOCUMENTS=_words(data, "answer_documents"),
        SEVERAL_LEVELS=_pattern(data, "several_levels"),
    )
