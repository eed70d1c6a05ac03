"""Why a disagreement is no accusation: the withholding rules (SCHEMA §4).

A claim whose words say it may not count what its table counts (an example, a
correction, another procedure, a unit under the agency, a shared channel, OCR read
it…) may confirm its cell, never contradict it (:func:`_doubt`, :func:`_ocr_doubt`; all
of a verdict's doubts together: :func:`_doubts`);
a fact after the report's sign-off gets no verdict (:func:`_body_end`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Final

from ..breakdown import expand_breakdown
from ..noise import is_spam
from ..normalize import normalize_text
from .bounds import _agrees, _close, _fmt, _loosely_near, _sum
from .clauses import (
    _CLAUSE_MARKS,
    _PERIOD_MARKS,
    _after_last,
    _plain,
    _quantity_clause,
)
from .fields import _names_disclosure
from .inputs import FactLike, TableValueLike
from .results import CellEvidence
from .words import _data

#: A count written as a share of a set named just before it (本年度新收申请中，有18件
#: 已办结; 其中18件): a part, whatever its verb says.
PARTITIVE: Final = re.compile(r"中\s*[，,]?\s*(?:有|共有|共)?\s*\Z")


#: A total whose sentence then names its disclosure share (行政诉讼7件，其中政府信息公开类1件).
APPEALS_WIDER: Final = re.compile(r"^[^。；;]*其中[^。；;]{0,12}(?:政府信息公开|信息公开|依申请)")


#: The words after a count that make it the set its parts are counted among (3件申请中
#: 予以公开2件): a total, whatever part the facts stage read into the next words.
SET_AFTER: Final = re.compile(r"^[^，,。；;\d]{0,8}?(?<![集其])中(?![心央国华])[^，,。；;]*?\d")


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
        if any(w in line for w in d.CHROME_MARKERS):
            return at
        # the line normalised once, not once for each marker
        plain = normalize_text(line)
        if any(w in plain for w in d.CHROME_MARKERS):
            return at
        at += len(line)
    return None


def _petition(phrase: str) -> bool:
    """Whether ``phrase`` counts petitions, reports or complaints, not applications."""
    return any(w in phrase for w in _data().PETITION_WORDS) and not any(
        w in phrase for w in _data().APPLICATION_WORDS
    )


def _summary_table(text: str) -> str | None:
    """The words by which a report says its tables hold the whole area's figures
    (:data:`SUMMARY_TABLE`: 本部分表格为全县各级行政机关的汇总数据), or None."""
    m = _data().SUMMARY_TABLE.search(_plain(text))
    return m[0] if m is not None else None


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


def _doubts(
    fact: FactLike,
    cells: Sequence[CellEvidence],
    table_value: float | int,
    side: str | None,
    *,
    values: Mapping[str, TableValueLike],
    placed: frozenset[str],
    implied: Mapping[str, tuple[tuple[str, float | int], ...]],
    fallback: str,
    published: tuple[str, TableValueLike] | None,
    larger: str | None,
    doubter: Callable[[], str | None] | None,
    ocr_spans: Sequence[tuple[int, int]],
) -> list[str]:
    """Why a claim that differs from its cells (``table_value``, their sum) is no
    accusation, each in plain words; empty when it is one. A cell worked out or placed
    by position, an alternative field, the table's own failing arithmetic, the published
    column, a rounded word (近, 约), a group or a share read from words not the row's own,
    a larger count before it, the clause's own doubt (``doubter``: :func:`_doubt`), OCR."""
    breakdown = getattr(fact, "breakdown", None)
    doubts = [
        f"{c.field} was worked out from the table's sums, not read"
        for c in cells
        if c.method == "derived"
    ]
    doubts += [
        f"{c.field} is on a row ({c.field.rpartition('.')[0]}) whose label wraps over "
        "lines around its numbers: which row they belong to was inferred from their "
        "position (tables_placed)"
        for c in cells
        if c.field in placed
    ][:1]
    if fallback:
        doubts.append(fallback)
    doubts += [
        f"the table's own arithmetic ({check}) gives {c.field} = {_fmt(value)}, "
        f"with which it agrees"
        for c in cells
        for check, value in implied.get(c.field, ())
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
    if fact.approx in ("under", "about") and side is None and _loosely_near(fact, table_value):
        doubts.append(
            "it is written with 近 or 约 and its cell lies within the reach a writer's "
            "rounding may take (a fifth of its number): not a contradiction"
        )
    if breakdown and (group := _group_agrees(fact, breakdown, values, side)) is not None:
        doubts.append(
            f"it is read as a row from words that are not the row's own label, and agrees "
            f"with its group ({group}): the words may name the whole group"
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
    return doubts


def _group_agrees(
    fact: FactLike, breakdown: str, values: Mapping[str, TableValueLike], side: str | None
) -> str | None:
    """The sum of a result row's group, as ``rows = value``, when a claim read as that row
    agrees with it and its words hold none of the rows' own labels (:data:`ROW_LABEL_WORDS`:
    告知信息不存在7件, read as 本机关不掌握 by a synonym, beside the 无法提供 group's 7); else
    None."""
    row, _, col = breakdown.rpartition(".")
    parts = row.split(".")
    if "+" in breakdown or col != "total" or len(parts) != 3 or parts[0] != "t3":
        return None
    words = f"{_plain(fact.text or '')} {_plain(fact.subject or '')}"
    if any(w in words for w in _data().ROW_LABEL_WORDS):
        return None
    rows = expand_breakdown(f"t3.{parts[1]}.total", tuple(values))
    if len(rows) < 2 or not all(f in values for f in rows):
        return None
    total = _sum([values[f].value for f in rows])
    if not _agrees(fact.value, fact.approx, total, side):
        return None
    return f"{' + '.join(rows)} = {_fmt(total)}"


def _doubt(
    fact: FactLike,
    text: str,
    sentence: tuple[str, str],
    summary: Callable[[], str | None] = lambda: None,
    cause: str | None = None,
    neighbour: str | None = None,
) -> str | None:
    """Why a disagreeing claim may not count what its table counts, or None: read
    only where a claim disagrees with its table. ``summary`` gives the words by which
    the report says its tables are the whole area's (:func:`_summary_table`); ``cause``
    the 2021 (六)其他处理 row a count of the 2019 template's one row names by its cause;
    ``neighbour`` why an earlier count of its sentence makes it no accusation (a row of
    its group named apart, outcomes listed before it: ``reconcile._neighbour_doubt``)."""
    if neighbour is not None:
        return neighbour
    if cause is not None:
        return (
            "it names one cause of （六）其他处理 (逾期不补正, 未缴纳费用), a row that holds "
            "others too (withdrawals)"
        )
    at = getattr(fact, "quantity_start", fact.start)
    if PARTITIVE.search(_plain(text[max(0, at - 12) : at])):
        return "it counts those among a set named before it and may be a part"
    # every cue below reads the claim's words plain, as its sentence's: a fact's phrase
    # keeps a PDF's wrap (本⏎级, 误⏎填为, 分⏎别), which would hide the cue it splits
    before, after = map(_plain, sentence)
    phrase = _plain(fact.text or "")
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
    carried = _data().CARRIED.search(clause)
    if fact.type.startswith(("proactive.normative", "proactive.rules")) and carried:
        return "it counts documents a publication carried (刊载), not those the agency issued"
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
    if (
        fact.type.startswith("requests.")
        and getattr(fact, "breakdown", None) is None
        and (kind := _applicant_kind(fact)) is not None
    ):
        return f"it counts one kind of applicant's applications ({kind}): a part, not the total"
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
    quantity = _plain(text[qs : getattr(fact, "quantity_end", qs)]) if qs is not None else ""
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
    quantity = _plain(text[qs:qe]) if qs is not None and qe is not None else ""
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
    tail = _plain(fact.subject or "").rsplit("的", 1)[-1]
    if "申请" not in tail and any(w in tail for w in _data().CONSULTATION_WORDS):
        return f"consultations or messages ({tail})"
    # 共受理居民信息查询咨询53件 (a subject read as 申请): the words between the clause's
    # last verb and its quantity name what is counted
    counted = _counted_words(own)
    if "申请" not in counted and any(w in counted for w in _data().CONSULTATION_WORDS):
        return f"consultations or messages ({counted})"
    # 全年制作《政府信息公开申请答复书》15份: documents written in answer
    head = _counted_words(own, verbs=False).rstrip("》〉”\"'」』")
    if (
        written := next((w for w in _data().ANSWER_DOCUMENTS if head.endswith(w)), None)
    ) is not None:
        return f"documents written in answer ({written}), not applications"
    return None


def _counted_words(own: str, *, verbs: bool = True) -> str:
    """The words of a claim's clause between its last verb of receiving or closing and its
    quantity (共受理居民信息查询咨询53件 → 居民信息查询咨询): what the count counts; with
    ``verbs`` False, all its words before the quantity."""
    d = _data()
    m = re.search(r"[0-9０-９零〇一二两三四五六七八九十百千万.]+\s*[件个项条起次份]?\s*$", own)
    head = own[: m.start()] if m is not None else own
    if not verbs:
        return head
    at = max(
        (head.rfind(w) + len(w) for w in (*d.RECEIVED_WORDS, *d.CLOSED_ONLY_WORDS) if w in head),
        default=0,
    )
    return head[at:]


def _other_application(fact: FactLike) -> str | None:
    """The subject when it names another procedure's applications (its words before
    申请 are not :data:`APPLICATION_QUALIFIERS`) or the applicants, else None."""
    subject = _plain(fact.subject or "")
    if "申请人" in subject and "申请" not in subject.replace("申请人", ""):
        return subject  # 申请人提出的13个(问题): the applicants or what they raised
    qualifier = subject.partition("申请")[0] if "申请" in subject else ""
    if qualifier.startswith(("依", "被")) or not qualifier:
        return None
    rest = qualifier
    for word in _data()._QUALIFIERS_LONGEST_FIRST:
        rest = rest.replace(word, "")
    return subject if len(rest) >= 2 else None


def _applicant_kind(fact: FactLike) -> str | None:
    """The words before 申请 in a count's subject when they name persons
    (:data:`APPLICANT_PERSONS`: 公民个人申请) or organisations (:data:`APPLICANT_ORGS`:
    企业申请), not both nor the public with organisations (公民、法人或者其他组织申请: every
    applicant; :data:`APPLICANT_EVERY`); else None."""
    d = _data()
    subject = _plain(fact.subject or "")
    head = subject.partition("申请")[0] if "申请" in subject else ""
    persons = any(w in head for w in d.APPLICANT_PERSONS)
    orgs = any(w in head for w in d.APPLICANT_ORGS)
    if orgs and (persons or any(w in head for w in d.APPLICANT_EVERY)):
        return None
    return head if persons or orgs else None
