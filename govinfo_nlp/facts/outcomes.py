"""A count of corrected appeals inside a review's or suit's outcome list is a part of
that total (SCHEMA §3; datasets/gold/README.md §11).

行政复议6件，其中维持4件、纠正1件 states six reviews and their outcomes: the 1件 is one
of the six, ``appeals.review`` (its breakdown, ``t4.review.corrected``, is read later
by :mod:`govinfo_nlp.breakdown`), not a seventh count of its own. ``appeals.corrected``
stays for a corrected count standing alone (全年被复议纠错1件), told as a statement
of its own (被纠错2件, 其中行政复议被纠错1件) or over both kinds (复议9件、诉讼4件，其中败诉1件). The words are
data (``data/appeal_outcomes.json``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, Final

from ..breakdown import breakdown_of
from ..datafiles import load_json
from ..frozen import replaced
from ..normalize import normalize_text
from .fact import Fact

__all__ = ["appeal_outcomes"]

_CORRECTED: Final = "appeals.corrected"
_RULE: Final = "cue:outcome_part"
_KINDS: Final = ("appeals.review", "appeals.suit")
# How far back a count's sentence (and its totals) is looked for.
_REACH: Final = 300
_SENTENCE_END: Final = re.compile(r"[。！？!?\n]")


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    words: dict[str, Any] = load_json("data/appeal_outcomes.json")
    return words


def _kinds_named(words: str) -> list[str]:
    """The kinds of appeal ``words`` (normalised) name: 复议 (not in 复议后起诉) a review,
    诉讼/起诉 a suit."""
    groups = _words()["groups"]
    for phrase in groups["not_review"]:
        words = words.replace(phrase, " 起诉 " if "起诉" in phrase else " ")
    return [kind for kind in _KINDS if any(w in words for w in groups[kind])]


def _own_words(fact: Fact) -> str:
    # without spaces: a line a PDF wrapped inside a word reads 纠 正 (reading_view)
    return "".join(normalize_text(fact.item or fact.text or "").split())


def _is_outcome(item: str) -> bool:
    """Whether a list item, its list words left out, begins with an outcome (纠正, 撤销…)."""
    outcomes = _words()["outcomes"]
    lead = tuple(outcomes["lead"])
    while item.startswith(lead):
        item = item[len(next(w for w in lead if item.startswith(w))) :]
    return item.startswith(tuple(outcomes["words"]))


def _total_of(
    facts: Sequence[Fact], k: int, lo: int, kinds: Sequence[str]
) -> tuple[Fact | None, set[str]]:
    """The last total of one of ``kinds`` before ``facts[k]`` from offset ``lo`` on, and
    the kinds of every total there: a count of reviews or suits whose own words name
    its kind and no outcome (行政复议6件, 复议后起诉3件; not 其中维持4件 nor
    行政复议结果维持21件)."""
    last: Fact | None = None
    seen: set[str] = set()
    for j in range(k - 1, -1, -1):
        total = facts[j]
        if total.quantity_start < lo:
            break
        if total.type not in _KINDS or total.type not in _kinds_named(_own_words(total)):
            continue
        part = breakdown_of(total, None)
        if part is not None and not part.endswith(".total"):
            continue  # 行政复议结果维持21件: an outcome itself, no stated total
        seen.add(total.type)
        if last is None and total.type in kinds:
            last = total
    return last, seen


def _list_kind(facts: Sequence[Fact], k: int, lo: int) -> list[str]:
    """The kind the first outcome of ``facts[k]``'s list names (复议维持20件、纠正2件 →
    review), from offset ``lo`` on; [] when it names none or both."""
    first: Fact | None = None
    for j in range(k - 1, -1, -1):
        if facts[j].quantity_start < lo:
            break
        if facts[j].type in _KINDS:
            first = facts[j]
    named = _kinds_named(_own_words(first)) if first is not None else []
    return named if len(named) == 1 and first is not None and first.type in named else []


def appeal_outcomes(
    original: str, facts: Sequence[Fact], view: Callable[[str], str] = str
) -> list[Fact]:
    """``facts`` (in document order, offsets into ``original``) with each corrected
    count that is an item of a stated review's or suit's outcome list retyped to
    that total's type. ``view`` reads ``original`` as the facts stage does, offsets
    unchanged (extractor.reading_view: a line a PDF wrapped is no sentence end);
    it runs only for a document with a corrected count."""
    out = list(facts)
    words = _words()
    passive = tuple(words["passive"]["words"])
    marks = tuple(words["clause_marks"]["words"])
    read = False
    for k, fact in enumerate(facts):
        if fact.type != _CORRECTED:
            continue
        if not read:
            original, read = view(original), True
        at = fact.quantity_start
        lo = max(0, at - _REACH)
        ends = list(_SENTENCE_END.finditer(original, lo, at))
        sent = ends[-1].end() if ends else lo
        item = _own_words(fact)
        named = _kinds_named(item)
        if any(w in item for w in passive):
            continue  # 被纠错2件, 全年被复议纠错1件: a statement of its own
        if len(named) == 1:
            # 复议机关决定撤销原答复1件: the kind is named
            total, _ = _total_of(facts, k, sent, named)
        elif not named and _is_outcome(item):
            # 纠正1件 after 维持4件: the totals of its clause tell whose outcome
            clause = max([original.rfind(m, sent, at) for m in marks] + [sent - 1]) + 1
            total, seen = _total_of(facts, k, clause, _KINDS)
            if not seen:
                # 复议9件，诉讼5件；复议维持6件、纠正1件 / 。行政复议中维持14件，纠正1件:
                # the list's first item names its kind, its total is told before
                head = _list_kind(facts, k, clause)
                before = ends[-2].end() if len(ends) > 1 else lo
                total = _total_of(facts, k, before, head)[0] if head else None
            elif len(seen) != 1:
                continue  # both kinds (复议9件，诉讼5件，其中败诉1件)
        else:
            continue
        if total is None:
            continue
        why = (
            f"an outcome in the list of {total.text!r}: a part of that total, "
            f"{total.type} (SCHEMA §3, gold README §11)"
        )
        # the list's reading decides, whatever the rule or the model said
        out[k] = replaced(
            fact,
            type=total.type,
            method="rule",
            rule=_RULE,
            explanation=(*fact.explanation, why),
        )
    return out
