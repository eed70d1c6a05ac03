"""Breakdowns: which part of a stated total a fact counts (SCHEMA §3 ``breakdown``).

A report states totals and their parts in one breath (办结65件，其中予以公开12件、
不予公开3件; 以信函形式申请35件; 行政复议3件，其中结果维持2件). A part keeps the
type of its total and names what it counts:

* a table field — ``t3.granted.total``, ``t3.new.natural``, ``t4.review.upheld``;
  a few parts span several cells and use a group name of the same shape:
  ``t3.denied.total`` (the sum of 不予公开's numbered rows), ``t3.<row>.legal_or_other``
  (法人或其他组织: every column after 自然人), ``t4.suit.<column>`` (both kinds of
  suit); several parts named together are joined with ``+``;
* ``channel:<words>`` — a part the tables do not count (applications by
  channel, 新制定/修改 among the rules made).

A part of the applications still being handled (除1件尚在办理中外) is no part
the tables have: it is retyped ``other``. A count of applications carried in
from last year (上年结转3件, whatever type the extractor gave it) is
``requests.received``, ``t3.carried_in.total`` (convention C10). A typed
category listed in a stated total (其中政策解读3条) takes the total's type with
``channel:<its words>`` (C1; ``category_parts.retype`` switches it). The cue words are data
(``data/breakdowns.json``); they are read from the fact's own list item
(:attr:`Fact.item <govinfo_nlp.facts.Fact>`), so in 予以公开12件、部分公开6件
each count meets only its own category.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import Any, Final, Protocol

import regex

from .datafiles import load_json
from .frozen import replaced
from .normalize import chinese_marks, normalize_text
from .schema import T3_COLUMNS, T3_RESULT_GROUPS, T3_ROWS, T4_COLUMNS
from .textcache import PerDocument

__all__ = ["OPEN_PART", "assign_breakdowns", "breakdown_of", "expand_breakdown", "listed_part"]

#: What :func:`breakdown_of` returns for a part still being handled.
OPEN_PART: Final = "open"

_NON_NATURAL: Final = tuple(c for c in T3_COLUMNS if c not in ("natural", "total"))
_T4_ORDER: Final = tuple(c for c in T4_COLUMNS if c != "total")


class _FactLike(Protocol):
    @property
    def type(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def subject(self) -> str | None: ...


@lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    raw = load_json("data/breakdowns.json")
    return {k: v["words"] for k, v in raw.items() if not k.startswith("_")}


def _named(part: str, pairs: Sequence[Sequence[str]]) -> list[str]:
    """The targets of the cues found in ``part``; a found cue is blanked so that
    a shorter cue inside it (维持 in 结果维持) is not counted again."""
    found: list[str] = []
    for word, target in pairs:
        if word in part:
            part = part.replace(word, " ")
            if target not in found:
                found.append(target)
    return found


# A space between two Han characters in a fact's words is a line a PDF wrapped
# inside a word (无法⏎提供28件 reads 无法 提供): the part's cue words are read whole.
# (A channel's words stay its item's first word: the space may also end them,
# 污染源监控月报 等.)
_WRAPPED_WORD: Final = regex.compile(r"(?<=\p{Han})[ \t]+(?=\p{Han})")


def _unwrapped(words: str) -> str:
    return _WRAPPED_WORD.sub("", words) if " " in words or "\t" in words else words


def _part_text(fact: _FactLike, after: str = "") -> str:
    item = getattr(fact, "item", None)
    words = _unwrapped(item) if item else f"{fact.text or ''} {fact.subject or ''}"
    return normalize_text(f"{words} {after}" if after else words)


def _requests(fact: _FactLike, part: str, after: str) -> str | None:
    cues = _cues()
    if any(w in part for w in cues["open_parts"]):
        return OPEN_PART
    channels = _named(part, cues["channels"])
    if channels:
        return "channel:" + "、".join(channels)
    # Without its own item a fact's phrase may hold a note on the total
    # (68件(含上年结转4件)): carried-over parts are told by the item only.
    if fact.type == "requests.received" and getattr(fact, "item", None):
        rows = _named(part, cues["received_parts"])
        if len(rows) == 1:
            return rows[0]
    if not any(w in part for w in cues["totals"]):
        kinds = _named(part, cues["applicants"])
        if len(kinds) == 1:
            row = "new" if fact.type == "requests.received" else "results_total"
            return f"t3.{row}.{kinds[0]}"
    if fact.type == "requests.closed":
        found = set(_named(part, cues["outcomes"]))
        # A named sub-row replaces its parent: 不予公开中属于国家秘密的 -> state_secret.
        kept = {r for r in found if not any(o.startswith(r + ".") for o in found)}
        order = {r: i for i, r in enumerate(T3_RESULT_GROUPS)}
        named = sorted(kept, key=lambda r: (order[r.split(".")[0]], r))
        if named:
            return "+".join(f"t3.{r}.total" for r in named)
    # 涉及房屋征收补偿的19件，占44.2%: a count given with its share is a part,
    # here of a kind the tables do not count.
    if normalize_text(after).lstrip("，, ").startswith(tuple(cues["share"])):
        words = normalize_text(getattr(fact, "item", None) or fact.subject or "").strip()
        if _own(words):
            return None  # 全县…412件，我局收到17件，占全县的4.1%: the agency's own total
        return "channel:" + (words or "share")
    return None


def _appeals(fact: _FactLike, part: str, context: str) -> str | None:
    cues = _cues()
    cols = _named(part, cues["appeal_results"])
    cols = [c for c in _T4_ORDER if c in cols]
    if fact.type == "appeals.review":
        groups = ["review"]
    elif fact.type == "appeals.corrected":
        # Which appeals were corrected is said before the count (行政复议…被纠错1件):
        # the sentence up to the count tells, not only the item.
        phrase = normalize_text(context or fact.text or "")
        review = "复议" in phrase.replace("复议后起诉", "")
        suit = any(w in phrase for w in ("诉讼", "起诉", "败诉", "法院"))
        col = next((c for c in cols if c != "corrected"), "corrected")
        if review == suit:
            # A result other than 纠正 is no count of corrections; with no
            # group named it cannot be told which cell counts it.
            return None if col == "corrected" else f"channel:{col}"
        return f"t4.review.{col}" if review else f"t4.suit.{col}"
    else:
        # A result of suits (结果维持3件) belongs to the kind of suit its
        # sentence names before it, if only one.
        groups = _named(part, cues["appeal_groups"])
        if not groups and cols:
            groups = _named(normalize_text(context), cues["appeal_groups"])
        groups = groups if len(groups) == 1 else ["suit"]
    if not cols:
        return None if groups == ["suit"] or groups == ["review"] else f"t4.{groups[0]}.total"
    return "+".join(f"t4.{groups[0]}.{c}" for c in cols)


def _documents(fact: _FactLike, part: str, template: str | None) -> str | None:
    kinds = _named(part, _cues()["subtypes"])
    words = [w for w, _ in _cues()["subtypes"] if w in part]
    if not kinds or len(words) != 1:
        return None
    row = fact.type.split(".")[1]
    if kinds == ["repealed"] and template == "2021":
        return f"t2.{row}.repealed"
    return f"channel:{words[0]}"


def breakdown_of(
    fact: _FactLike, template: str | None, context: str = "", after: str = ""
) -> str | None:
    """The part of a total ``fact`` counts, :data:`OPEN_PART`, or None for a total.

    ``template`` ("2019", "2021" or None) decides whether 废止 has a column;
    ``context`` is the fact's sentence up to its end (which appeals a count
    of corrections is about); ``after`` the rest of its clause (另有1件因申请人
    逾期未补正终止办理: the outcome follows the count).
    """
    kind = _KINDS.get(fact.type)
    if kind is None:
        return None  # a type without parts: its words are not read
    clause = _CLAUSE_AFTER.match(after)
    part = _part_text(fact, clause.group() if clause else "")
    if kind == "requests":
        return _requests(fact, part, after)
    if kind == "appeals":
        return _appeals(fact, part, context)
    return _documents(fact, part, template)


# The types whose facts may count a part of a total, by the reader of their parts.
_KINDS: Final = {
    "requests.received": "requests",
    "requests.closed": "requests",
    "appeals.review": "appeals",
    "appeals.suit": "appeals",
    "appeals.corrected": "appeals",
    "proactive.rules": "documents",
    "proactive.normative": "documents",
}


_SENTENCE_END: Final = "。！？!?\n"
# The clause after a count ends at a mark, a bracket (a note on the count:
# 37件（含上年结转3件）), a colon (the list of its parts follows: 5件申请均已答复：
# 予以公开3件…) or the next number.
_CLAUSE_AFTER: Final = re.compile(r"[^，,、；;：:。！？!?\n（(（0-9０-９]{0,24}")


# The last sentence end before a position, found by searching backwards from it:
# an rfind per mark scans the whole text before it for a mark that is absent,
# which made a long document's breakdowns quadratic. The search stops after
# _SENTENCE_REACH characters (a longer sentence is cut: the words that tell a
# part sit near its count), so a page without sentence marks stays linear.
_SENTENCE_BACK: Final = regex.compile(f"(?r)[{regex.escape(_SENTENCE_END)}]")
_SENTENCE_REACH: Final = 300


def _sentence_to(text: str, end: int) -> str:
    lo = max(0, end - _SENTENCE_REACH)
    m = _SENTENCE_BACK.search(text, lo, end)
    return text[m.end() if m is not None else lo : end]


def assign_breakdowns(
    facts: Sequence[Any],
    template: str | None,
    text: str | None = None,
    *,
    once: PerDocument | None = None,
) -> tuple[Any, ...]:
    """The facts with ``breakdown`` set; a part still being handled becomes ``other``.

    ``text`` is the original input the facts' offsets point into; ``once``: what
    the parse found once (:class:`~.textcache.PerDocument`: the wraps of ``text``,
    when the facts stage read it). A carried-in
    count is a part of the received applications (C10); a typed category listed
    in a stated total would take the total's type (C1, off: see ``_listed``).
    """
    out = []
    # Lists are read in the text as the facts stage reads it: a line a PDF wrapped
    # inside a list (其中⏎关区统计快讯12期, 环境行政处⏎罚信息29条) does not end it.
    listing = _continued(text, once) if text is not None else None
    for k, fact in enumerate(facts):
        carried = _carried_in(fact)
        if carried is not None:
            new = {"type": "requests.received", "year": carried, "breakdown": "t3.carried_in.total"}
            same = all(getattr(fact, name) == v for name, v in new.items())
            out.append(fact if same else replaced(fact, **new))
            continue
        # only the appeals read their sentence (see breakdown_of)
        context = (
            _sentence_to(text, fact.end)
            if text is not None and _KINDS.get(fact.type) == "appeals"
            else ""
        )
        after = text[fact.end : fact.end + 32] if text is not None else ""
        b = breakdown_of(fact, template, context, after)
        if b is None and listing is not None:
            listed = _listed(facts, k, listing)
            if listed is not None:
                b, kind = listed
                if kind != fact.type:
                    fact = replaced(fact, type=kind)
        if b is None and listing is not None:
            b = _attended_part(facts, k, listing)
        if b == OPEN_PART:
            out.append(replaced(fact, type="other", breakdown=None))
        else:
            out.append(replaced(fact, breakdown=b) if b != fact.breakdown else fact)
    return tuple(out)


def _attended_part(facts: Sequence[Any], k: int, text: str) -> str | None:
    """``channel:<item>`` when ``facts[k]`` counts the events some named people
    attended (省政府领导出席9场) right after a count of those events, no smaller,
    in its sentence (新闻发布会58场，…): a part of it (data ``attended_parts``)."""
    cues = _cues()["attended_parts"]
    fact = facts[k]
    if k == 0 or fact.type not in cues["types"]:
        return None
    item = _item_words(fact)
    if not any(w in item for w in cues["words"]):
        return None
    total = facts[k - 1]
    if total.type != fact.type or total.value < fact.value or total.unit != fact.unit:
        return None
    if _BOUNDARY.search(text, total.quantity_end, fact.quantity_start) is not None:
        return None  # another sentence's count
    return "channel:" + item


def _continued(text: str, once: PerDocument | None = None) -> str:
    """``text`` with the line breaks inside a sentence read as spaces, character for
    character (:func:`govinfo_nlp.facts.segments.continued_lines`, the facts stage's
    reading view; its wraps found once for the parse when ``once`` is given)."""
    # imported here: the facts package reads breakdowns (facts.outcomes)
    from .facts.extractor import original_view
    from .facts.segments import continued_lines

    # a page typed with ASCII marks read as one with Chinese ones, as the facts stage
    # reads it (normalize.chinese_marks, character for character): 信息1530条.市政府制发
    # 行政规范性文件7件 is two sentences, and the documents are no part of the 1530条
    # (metamorphic c_ascii on the real train and dev pages, a tuning set: 48 facts
    # retyped as a list's items)
    if once is None:
        return continued_lines(chinese_marks(text))
    # the wraps the facts stage found when ``text`` is the text it read; the view made
    # once for the reconciliation too
    return once(original_view, text, once)


def _carried_in(fact: Any) -> int | None:
    """The year of a carried-in count (上年结转3件, 2021年受理的申请中2件结转本年度办理),
    which is ``requests.received``, ``t3.carried_in.total`` and of the year the
    applications were carried into (C10); None for any other count.

    The year is the fact's own unless the words name the year the applications
    came from (含2022年结转 in a 2023 report): then the year after it.
    """
    cues = _cues()["carried_in"]
    if fact.type not in cues["from_types"] or getattr(fact, "delta", False):
        return None
    words, _, after = normalize_text(getattr(fact, "item", None) or "").partition(" ")
    if any(w in words for w in cues["not"]):
        return None
    cue = max((words.rfind(w) + len(w) for w in cues["words"] if w in words), default=-1)
    if cue >= 0 and any(w in words[cue:] for w in cues["sum_after"]):
        return None  # 连同上年结转共办理8件: a sum with the carried-in ones, not them
    if not (
        cue >= 0
        or _YEAR_CARRIED.search(words)
        or after.lstrip("，, ").startswith(tuple(cues["after"]))
    ):
        return None
    m = _YEAR_NAMED.search(words)
    if m is not None and fact.year == int(m.group(1)):
        return fact.year + 1
    year: int | None = fact.year
    return year


# the noun may follow (2022年度结转申请3件 in a 2023 report: paraphrase22 q07)
_YEAR_CARRIED: Final = re.compile(
    r"((?:19|20)\d\d)年度?(?:结转|转结)(?:的)?(?:政府信息公开|信息公开|依申请公开)?(?:申请)?$"
)
_YEAR_NAMED: Final = re.compile(r"((?:19|20)\d\d)年")


# How far back (characters, and facts) a list's total is looked for.
_LIST_REACH: Final = 240
_LIST_FACTS: Final = 64
_BOUNDARY: Final = re.compile(r"[。！？!?\n][。！？!?\s]*")
# An item number inside a list ((一)…(二)…, ①, 1.): neither a bracket that
# opens a note nor one that closes it; blanked before the list is read.
# (The lookahead names the characters a match may begin with, which every branch
# begins with: the engine skips to them instead of trying each branch at each
# character; it is read for every count, over the 240 characters before it.)
_ENUMERATION: Final = re.compile(
    r"(?=[（(①-⑳\d])"
    r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[①-⑳]|(?<![\d.])\d{1,2}[.．、](?!\d))"
)


def listed_part(facts: Sequence[Any], k: int, text: str) -> str | None:
    """``channel:<item>`` (or the table row it names) when ``facts[k]`` is listed
    after a stated total of its own type and no smaller (主动公开政府信息81条，其中
    工作动态50条、通知公告9条), in its sentence or, when its sentence opens with a
    list word (。其中…), in the sentence before; else None.

    The list word must lie between the total and the part, outside a bracket
    closed before the part. A semicolon ends the list unless the list word
    opens it with a colon (其中：A；B；C) or the list's items add up to its
    total (其中通知公告6条；政策法规2条，其他7条 of 15条): then each item is
    read as it would be alone.
    """
    listed = _listed(facts, k, text)
    return listed[0] if listed is not None and listed[1] == facts[k].type else None


def _listed(facts: Sequence[Any], k: int, text: str) -> tuple[str | None, str] | None:
    """(breakdown, type) of ``facts[k]`` as a part listed in a stated total
    (see :func:`listed_part`); the type is the total's when the part is a typed
    category of it (C1: 其中政策解读3条 in 主动公开信息500条 is ``proactive.items``)."""
    fact = facts[k]
    if k == 0:
        return None
    # 有效规范性文件2件 listed in 公开各类信息309条，其中…: a count of valid documents (other
    # standing alone, §3) named as a part of the items published (C14): read as the
    # documents' type in the list
    reads_as = _VALID_DOCUMENTS if fact.type == "other" and _valid_documents(fact) else fact.type
    if reads_as == "other":
        return None
    at = fact.quantity_start
    lo = max(0, at - _LIST_REACH)
    before = _ENUMERATION.sub(lambda m: " " * len(m[0]), text[lo:at])
    # the last list word before the part, outside a bracket closed before it
    # (100条（其中图片20条），微信50条)
    closed = max(before.rfind(")"), before.rfind("）"))
    cut = closed + 1 if closed > max(before.rfind("("), before.rfind("（")) else 0
    last = _last_head().search(before, cut)
    if last is None:
        return None
    head = last.end()
    if last[0] in "（(" and not before[head:].strip():
        return None  # 已全部答复（23条）: the count restated, not a part of it
    cues = _cues()
    between = before[head:]
    breaks = cues["list_breaks"]
    if any(w in between for w in breaks) or any(w in normalize_text(between) for w in breaks):
        # …，同时对4件文件进行了解读: a statement beside the list (in either script:
        # 同時對區政府制發的4件, metamorphic d_traditional of written2 v135)
        return None
    if _compiled_after_item(before, head):
        return None
    crossed = any(c in before[head:] for c in "；;")
    colon = before[head:].lstrip(" ，,")[:1] in ("：", ":")
    # where a total may end: in the part's sentence, or the one before it
    # when the part's sentence opens with a list word
    ends = list(_BOUNDARY.finditer(before))
    own = lo + ends[-1].end() if ends else lo
    earlier: int | None = None  # the sentence before's start, once asked for
    for j in range(k - 1, max(-1, k - 1 - _LIST_FACTS), -1):
        total = facts[j]
        if total.quantity_end < own:
            if earlier is None:
                opens = bool(ends) and _opens_list(before[ends[-1].end() :], cues["list_heads"])
                earlier = (lo + ends[-2].end() if len(ends) > 1 else lo) if opens else own
            if total.quantity_end < earlier:
                break
        if lo + head < total.quantity_end or total.value < fact.value:
            continue
        if getattr(total, "year", None) != getattr(fact, "year", None):
            # 主动公开政府信息186条，2021年、2020年分别为152条、131条: other years' totals
            # after 分别为, no parts of this year's (paraphrase25 z02, z44)
            continue
        kind = _part_type(reads_as, total.type)
        if kind is None or (kind != fact.type and not _same_kind_of_count(fact, total)):
            continue
        items = _list_items(facts, j, lo + head, text)
        if crossed and (
            (not colon and sum(f.value for f in items) != total.value)
            or any(
                lo + head <= f.quantity_start < at and _part_type(f.type, total.type) is None
                for f in facts[j + 1 : k]
            )
        ):
            # past a semicolon the list goes on only with items of the total
            # (…；开展活动15次；编制政府公报3期 is no item of the 3.6万条)
            return None
        if kind != fact.type and sum(f.value for f in items if f.quantity_start < at) >= (
            total.value
        ):
            return None  # the items before it make up the total: it stands alone
        if kind != fact.type and not cues["category_parts"]["retype"]:
            return None  # C1 is not applied (data/breakdowns.json category_parts)
        item = _item_words(fact)
        if getattr(total, "scope", None) == "jurisdiction" and _own(item):
            return None  # 全区…542件，其中我局办理12件: the agency's own total
        if kind == "requests.received":
            row = next((r for w, r in cues["listed_received"] if item.startswith(w)), None)
            if row is not None:
                return row, kind  # not 区政府新收104件: a part by who received it
        return "channel:" + (item or "part"), kind
    return None


# a count closed by a clause mark (…156条，): an item of the list ends there
_ITEM_CLOSED: Final = re.compile(r"[0-9０-９][^0-9０-９，,、：:；;。]{0,3}[，,；;]")
# what may stand before a clause's verb (全年编印…, 同时编发…)
_VERB_LEAD: Final = "全年|同时|另|并|还|共"


@lru_cache(maxsize=1)
def _compiled_clause() -> re.Pattern[str]:
    """A clause opening with a verb of compiling a periodical (data ``list_compiled``)."""
    words = sorted(_cues()["list_compiled"], key=len, reverse=True)
    return re.compile(rf"\s*(?:{_VERB_LEAD})?\s*(?:{'|'.join(map(re.escape, words))})")


def _compiled_after_item(before: str, head: int) -> bool:
    """Whether the part at the end of ``before`` is a periodical's issues compiled in a
    clause of its own after an item the list word ``head`` opened (其中价格监测信息156条，
    编印《市场监管动态》12期: no part of the items total; red29 p01, paraphrase24 k42)."""
    end = -1
    for closed in _ITEM_CLOSED.finditer(before, head):
        end = closed.end()
    return end >= 0 and _compiled_clause().match(before, end) is not None


# the type a valid-documents count is read as in a list (C14): the documents it counts
_VALID_DOCUMENTS: Final = "proactive.normative"


def _valid_documents(fact: Any) -> bool:
    """Whether ``fact`` counts documents still valid (有效/现行有效…文件, data
    ``category_parts.valid``): `other` alone, a part when listed in a published total."""
    item = _item_words(fact)
    valid = _cues()["category_parts"]["valid"]
    return item.startswith(tuple(valid["words"])) and any(w in item for w in valid["documents"])


def _part_type(part: str, total: str) -> str | None:
    """The type a count of type ``part`` listed in a total of type ``total``
    takes (C1), or None when it is no part of it."""
    if part == total:
        return total
    c1 = _cues()["category_parts"]
    if part in c1["parts"] and total in c1["totals"]:
        return total
    return None


def _same_kind_of_count(part: Any, total: Any) -> bool:
    """Whether ``part`` counts things of the kind ``total`` does: 新闻发布会解读46场
    is no part of 政策解读210篇 (events, not texts), whatever its list says. A bare
    number (its counter lost by the page: …行政处罚1，回复公众诉求件9 in r067's list of
    items) is of no other kind."""
    texts = _cues()["category_parts"]["counters"]
    return bool(
        part.unit == total.unit or part.unit is None or (part.unit in texts and total.unit in texts)
    )


def _list_items(facts: Sequence[Any], j: int, head: int, text: str) -> list[Any]:
    """The counts listed after ``facts[j]``'s list word at ``head``, to the end
    of the sentence: those of a type that may be its part, and no larger."""
    total = facts[j]
    out = []
    for f in facts[j + 1 : j + 1 + _LIST_FACTS]:
        if _BOUNDARY.search(text, head, f.quantity_start) is not None:
            break
        if f.quantity_start >= head and f.value <= total.value and _part_type(f.type, total.type):
            out.append(f)
    return out


def _own(item: str) -> bool:
    """Whether a list item names the reporting agency itself (我局办理12件,
    市局机关受理12件): its own total among an area's, not a part of one."""
    return any(w in item for w in _cues()["own_parts"])


@lru_cache(maxsize=1)
def _last_head() -> regex.Pattern[str]:
    """The list word that ends last (a reverse search: the first match found ends last)."""
    words = sorted(_cues()["list_heads"], key=len, reverse=True)
    return regex.compile("(?r)" + "|".join(regex.escape(w) for w in words))


def _opens_list(sentence: str, heads: Sequence[str]) -> bool:
    """Whether ``sentence`` opens with a list word (。其中…), in either script."""
    start = sentence.lstrip(" ，,\u3000")[:6]
    return start.startswith(tuple(heads)) or normalize_text(start).startswith(tuple(heads))


def _item_words(fact: _FactLike) -> str:
    words = normalize_text(getattr(fact, "item", None) or fact.subject or "").strip()
    words = _ENUMERATION.sub("", words).strip()
    lead = tuple(_cues()["item_lead"])
    while words.startswith(lead):
        words = words[len(next(w for w in lead if words.startswith(w))) :].lstrip(" ，,")
    return words.split(" ")[0].rstrip("的共计达为")


def expand_breakdown(breakdown: str, fields_present: Collection[str]) -> tuple[str, ...]:
    """The table fields a (non-channel) breakdown adds up.

    Group names expand to their cells: ``t3.denied.total`` to the ``total``
    of each numbered row of 不予公开; ``t3.other_handling.total`` stays the
    2019 row unless only the 2021 sub-rows are in ``fields_present``;
    ``t3.<row>.legal_or_other`` to the five columns after 自然人;
    ``t4.suit.<col>`` to both suit groups.
    """
    out: list[str] = []
    for name in breakdown.split("+"):
        table, _, rest = name.partition(".")
        row, _, col = rest.rpartition(".")
        subs = [f"t3.{r}.total" for r in T3_ROWS if r.startswith(row + ".")]
        if table == "t3" and col == "legal_or_other":
            out += [f"t3.{row}.{c}" for c in _NON_NATURAL]
        elif table == "t4" and row == "suit":
            out += [f"t4.suit_direct.{col}", f"t4.suit_after_review.{col}"]
        elif table == "t3" and col == "total" and subs and row in T3_ROWS:
            # （六）其他处理: one row in 2019, three sub-rows in 2021.
            own_read = name in fields_present or not any(s in fields_present for s in subs)
            out += [name] if own_read else subs
        elif table == "t3" and col == "total" and subs:
            out += subs
        else:
            out.append(name)
    return tuple(dict.fromkeys(out))
