"""Where a fact's words stand in the text: the rest of its clause, its sentence, the
clause of its quantity, and the markup-free form the cue patterns read.
"""

from __future__ import annotations

import re
from dataclasses import is_dataclass, replace
from typing import Any, Final, cast

from ..normalize import normalize_text
from ..textcache import text_cache
from .inputs import FactLike

#: Where the clause after a fact ends: cues are looked for up to here.
CLAUSE_END: Final = "。；;！!？?\n，,"


#: At most this many characters after a fact are looked at for cues.
AFTER_WINDOW: Final = 24


def _phrase(fact: FactLike) -> str:
    return f"{fact.text or ''} {fact.subject or ''}"


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


#: What ends a clause inside a fact's own words: a line break there is a PDF's wrap (涉⏎及政府
#:信息5件), which the facts stage read across, not the end of a clause.
_WORDS_CLAUSE_END: Final = CLAUSE_END.replace("\n", "")


def _clause_cut(fact: FactLike, text: str | None) -> int:
    """Where in the fact's words the clause of its quantity starts, less one (-1: at 0)."""
    qs, qe = getattr(fact, "quantity_start", None), getattr(fact, "quantity_end", None)
    words = fact.text or ""
    if text is None or qs is None or qe is None:
        return -1
    at = words.rfind(text[qs:qe])
    return max(words.rfind(c, 0, at) for c in _WORDS_CLAUSE_END) if at > 0 else -1


def _quantity_clause(fact: FactLike, text: str) -> str:
    """The fact's words from its quantity's clause on, plain (:func:`_plain`: a PDF's wrap
    inside them, 涉⏎及, is no break of the words)."""
    return _plain((fact.text or "")[_clause_cut(fact, text) + 1 :])


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


_TAG: Final = re.compile(r"<[^>]*>|&[a-z]+;|\s+")


_CLAUSE_MARKS: Final = "，,；;：:。！？!?\n"


_PERIOD_MARKS: Final = "；;。！？!?\n"


# A claim's words are read plain by several rules each (its phrase, subject and
# clause): 7,681 calls over 300 generated reports, 2,128 texts; 739 and 343 over the
# real excerpts. Longer texts (a whole page, for the summary table) are not kept.
@text_cache(maxsize=2048, longest=256)
def _plain(text: str) -> str:
    """``text`` without markup and spaces, normalised: what the clause patterns read."""
    if "<" not in text and "&" not in text:
        # no tag nor entity: _TAG takes out the blanks only, which str.split finds
        # in C without trying the pattern at each character (\s is str.isspace).
        # A whole page is read here for its summary-table words (doubts._summary_table).
        return normalize_text("".join(text.split()))
    return normalize_text(_TAG.sub("", text))


def _after_last(text: str, marks: str) -> str:
    """What follows the last of ``marks`` in ``text`` (all of it without one)."""
    return text[max(text.rfind(c) for c in marks) + 1 :]


#: A count and its counter (2件, 十五件): where the words of an earlier item end.
_COUNT: Final = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千]+\s*[件个项条起次]")


def _since_count(words: str) -> str:
    """What follows the last count in ``words`` (all of them without one): an earlier
    item's cause is not this one's (逾期不补正的2件、其余其他处理1件)."""
    ends = [m.end() for m in _COUNT.finditer(words)]
    return words[ends[-1] :] if ends else words
