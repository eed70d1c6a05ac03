"""Which table fields a fact is compared with (its counterparts, :data:`COUNTERPARTS`)
and what decides the choice: the fact's breakdown, a carried-over cue, a correction's
cell, a part that is the agency's own, a larger count before it in its sentence.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import is_dataclass, replace
from typing import Any, Final, cast

from ..breakdown import OPEN_PART, breakdown_of, expand_breakdown
from ..identity import read_name
from ..normalize import normalize_text
from .clauses import _SENTENCE_END, _SENTENCE_REACH, _phrase, _plain
from .inputs import FactLike, TableValueLike
from .words import _data

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
    if (
        breakdown == "t3.carried_in.total"
        and fact.type == "requests.received"
        and _data().CARRY_AND_NEW.search(normalize_text(_phrase(fact)))
    ):
        # 上年结转和本年新收政府信息公开申请共计20件: both rows summed, not the carried-in part
        breakdown = None
        alternatives = [("t3.new.total", "t3.carried_in.total")]
    if breakdown is None and fact.type == "appeals.corrected" and _suit_lost(fact):
        # 被申请行政复议3件…；被提起行政诉讼2件，…，我局败诉1件: a suit lost is the suits'
        # correction, whatever else its sentence names (the facts stage keeps it a total)
        alternatives = [("t4.suit_direct.corrected", "t4.suit_after_review.corrected")]
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


def _suit_lost(fact: FactLike) -> bool:
    """Whether a count of corrections says in its own words that suits were lost
    (:data:`SUIT_LOST`: 我局败诉1件) and names no review (verdicts21's probe v21_37)."""
    words = normalize_text(fact.text or "")
    return any(w in words for w in _data().SUIT_LOST) and "复议" not in words


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


def _corrected_cell(
    facts: Sequence[FactLike], index: int, text: str, template: str | None
) -> str | None:
    """The part a correction's right value counts when the fact right before it is the
    wrong value of the same kind, read as a part (“予以公开”误填为9件，现更正为11件: the 11
    is 予以公开 too), or the wrong value read as no count of the report (``other``) whose
    words name a part when read as the right value's type, else None. Only for the library's facts (a dataclass with a
    breakdown) that have none."""
    fact = facts[index]
    if index == 0 or not is_dataclass(fact) or _breakdown(fact, template) is not None:
        return None
    prev = facts[index - 1]
    if prev.type == fact.type:
        donor = _breakdown(prev, template)
    elif (
        prev.type == "other"
        and is_dataclass(prev)
        and _data().CORRECTION.search(normalize_text(prev.text or ""))
    ):
        # the facts stage reads the wrong value (“予以公开”误填为9件) as no count of the
        # report (other): its words still name the cell, read as the right value's type
        donor = breakdown_of(replace(cast(Any, prev), type=fact.type, breakdown=None), template)
    else:
        return None
    if donor is None or donor.startswith("channel:") or donor == OPEN_PART:
        return None
    between = text[prev.end : getattr(fact, "quantity_start", fact.start)]
    if not 0 < len(between) <= 12 or any(c in between for c in _SENTENCE_END + "；;"):
        return None
    return donor if _data().CORRECTION.search(normalize_text(between)) else None


def table_two_field(fact: FactLike, template: str | None, before: str = "") -> str | None:
    """The table 二 field a count typed ``other`` states in prose, like for like (废止行政规范性
    文件2件: ``t2.normative.repealed`` in the 2021 template; 作出行政许可决定1520件:
    ``t2.license.decisions``), or None (``reconcile.json`` ``table_two_prose``): its whole
    clause (``before``: the clause's words before the fact's, 累计 of 累计废止…) must be the
    row's words and its count. An unknown template takes the field the templates agree on,
    none where they differ."""
    words = fact.text or ""
    if fact.type != "other" or ("废止" not in words and "决定" not in words):
        return None  # (most counts: no text is read)
    clause = _plain(before + words)
    clause = clause[max(clause.rfind(c) for c in "，,；;：:。") + 1 :]
    for pattern, fields in _data().TABLE_TWO_PROSE:
        if pattern.match(clause) is None:
            continue
        if template is not None:
            return fields.get(template)
        found = set(fields.values())
        return found.pop() if len(found) == 1 and len(fields) > 1 else None
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
    if _own_short_form(subject, agency):
        return True  # 其中市局本级收到236件 in 长春市公安局's report: the bureau itself
    named, own = read_name(subject, region=region), read_name(agency, region=region)
    return named.area is not None and (named.area, named.body) == (own.area, own.body)


def _own_short_form(subject: str, agency: str) -> bool:
    """Whether ``subject`` is the agency's short form by its level and its kind of body:
    市局 for 长春市公安局, 省厅 for 某省教育厅 (a level word of the agency's name, then the
    last character of its name). Another level (区局 in a city bureau's report) is not."""
    return (
        len(subject) == 2
        and subject[0] in _data().LEVEL_CHARS
        and subject[0] in agency
        and subject[1] in "局厅委办"
        and agency.endswith(subject[1])
    )


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


def _earlier_in_sentence(
    facts: Sequence[FactLike], index: int, text: str
) -> Iterator[tuple[int, FactLike]]:
    """The facts before ``facts[index]`` in its sentence (at most :data:`_SENTENCE_REACH`
    characters back), nearest first, with their indices."""
    fact = facts[index]
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
            return
        yield j, other


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
    for _, other in _earlier_in_sentence(facts, index, text):
        if (
            other.type == fact.type
            and other.value > fact.value
            and _breakdown(other, template) is None
            and other.year == fact.year
        ):
            return other.text
    return None


def _row_apart(
    facts: Sequence[FactLike],
    index: int,
    text: str | None,
    compared: Mapping[int, tuple[str, ...]],
    fields: tuple[str, ...],
) -> str | None:
    """The text of an earlier count in the sentence compared with some rows of the
    group a count is compared with (``fields``, the group's rows), not all of them:
    申请人逾期未按收费通知要求缴纳费用、本机关不再处理的1件，其他处理1件 — the group's count
    after one of its rows named apart may be the rest of the group (verdicts20's
    v20_05). ``compared`` holds the fields each earlier fact was compared with."""
    rows_of_one_group = all(f.startswith("t3.") and f.count(".") == 3 for f in fields) and (
        len({f.split(".")[1] for f in fields}) == 1
    )
    if text is None or len(fields) < 2 or not rows_of_one_group:
        return None  # (the rows of one result group of table 三 only: t3.<group>.<row>.total)
    group = set(fields)
    fact = facts[index]
    for j, other in _earlier_in_sentence(facts, index, text):
        rows = set(compared.get(j, ()))
        if other.type == fact.type and other.year == fact.year and rows and rows < group:
            return other.text
    return None


def _after_outcomes(
    facts: Sequence[FactLike], index: int, text: str | None, template: str | None
) -> str | None:
    """The text of an earlier outcome count in the sentence (a result row of table 三:
    予以公开10件) when a received count without a part stands after it: 答复结果为：公开10件，
    …，信访类及重复提交的申请2件 — an item of the list of outcomes, not the received total
    (verdicts20's probes)."""
    fact = facts[index]
    if text is None or fact.type != "requests.received" or _breakdown(fact, template) is not None:
        return None
    for _, other in _earlier_in_sentence(facts, index, text):
        b = _breakdown(other, template)
        if (
            other.type == "requests.closed"
            and b is not None
            and b.startswith("t3.")
            and not b.startswith(("t3.results_total.", "t3.new.", "t3.carried_"))
        ):
            return other.text
    return None
