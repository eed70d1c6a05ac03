"""The counted noun of a quantity and the words of its own list item."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import regex

from ..errors import RuleFileError
from .rules import RuleMatch, load_word_lists
from .stdre import compile_cue

__all__ = ["item_of", "subject_of"]

# Where a list item ends: clause marks, brackets and the enumeration comma.
_ITEM_MARKS = "。！？!?\n,，、:：;；(（)）"
_ITEM_BACK = regex.compile(f"(?r)[{regex.escape(_ITEM_MARKS)}]")
_ITEM_FWD = re.compile(f"[{re.escape(_ITEM_MARKS)}]")
_ITEM_RIGHT = 8


def _alternation(words: tuple[str, ...]) -> str:
    # in the list's order: at one position the first listed word that matches is taken
    return "(?:" + "|".join(map(re.escape, words)) + ")"


@lru_cache(maxsize=1)
def _subject_words() -> tuple[Any, Any]:
    """(trim, verb_end) built on first use from ``facts/data/wordlists.json``:
    ``subject_trim_start`` / ``subject_trim_end`` are cut from the edges of the words
    before a count (not part of the counted noun), and words ending in a
    ``verb_before_count`` verb leave the counted noun after the number."""
    lists = load_word_lists()
    missing = [
        n for n in ("subject_trim_start", "subject_trim_end", "verb_before_count") if n not in lists
    ]
    if missing:
        raise RuleFileError(
            f"wordlists.json: missing the word list(s) {missing} (facts/subjects.py)"
        )
    trim = compile_cue(
        f"^{_alternation(lists['subject_trim_start'])}+|{_alternation(lists['subject_trim_end'])}+$"
    )
    return trim, compile_cue(f"{_alternation(lists['verb_before_count'])}$")


# Where a counted noun after the quantity ends, and a Han character.
_RIGHT_SUBJECT_END = compile_cue(r"[的等进和与及]|(?:进行|开展)")
_HAN = regex.compile(r"\p{Han}")


def item_of(text: str, lo: int, q_start: int, q_end: int, hi: int, *, first: bool) -> str:
    """The words of the quantity's own list item, the quantity left out.

    Back to the previous quantity of the sentence (``lo``) or a clause mark —
    an enumeration comma only when a quantity comes before it (``first`` is
    False), so 予以公开、部分公开共258件 keeps both categories while in
    予以公开28件、部分公开9件 each item keeps its own — and forward to the next mark.
    """
    m = _ITEM_BACK.search(text, lo, q_start)
    while first and m is not None and m[0] == "、":
        m = _ITEM_BACK.search(text, lo, m.start())
    start = m.end() if m is not None else lo
    f = _ITEM_FWD.search(text, q_end, min(hi, q_end + _ITEM_RIGHT))
    end = f.start() if f is not None else min(hi, q_end + _ITEM_RIGHT)
    return (text[start:q_start] + " " + text[q_end:end]).strip()


def subject_of(
    text: str,
    c_start: int,
    q_start: int,
    q_end: int,
    c_end: int,
    match: RuleMatch | None,
    floor: int = 0,
) -> tuple[str | None, int]:
    """The counted noun phrase as written, and where the fact's phrase starts.

    ``floor``: where the previous quantity of the sentence ends. A rule's noun
    before it is that quantity's noun, left out here (收到申请12件，办结12件; 申请35件
    （含上年结转3件），本年新收32件): the subject is the noun as the rule names it (the
    caller starts the phrase after that quantity, not over it)."""
    trim, verb_end = _subject_words()
    phrase_start = match.anchor_start if match else q_start
    left = text[c_start:q_start]
    if match and match.subject and match.subject_start is not None:
        if match.subject_start < floor:
            # (the phrase is cut at ``floor`` by the caller)
            return match.subject, phrase_start
        if match.subject_start < q_start:
            # from the subject word to the quantity ("政府信息依申请公开" after 办结)
            trig = match.anchor_start
            s = max(c_start, trig) if trig < match.subject_start else match.subject_start
            if s == trig and match.anchor and text.startswith(match.anchor, s):
                s += len(match.anchor) if s + len(match.anchor) <= match.subject_start else 0
            cand = trim.sub("", text[min(s, match.subject_start) : q_start]).strip()
            if cand and len(cand) <= 20:
                return cand, min(phrase_start, c_start if s < c_start else s)
            return match.subject, phrase_start
        return match.subject, phrase_start
    cand = trim.sub("", left).strip()
    if cand and not verb_end.search(cand) and len(cand) <= 14:
        return cand, min(phrase_start, q_start - len(left.lstrip()))
    right = text[q_end:c_end].strip()
    right = _RIGHT_SUBJECT_END.split(right, maxsplit=1)[0]
    if right and len(right) <= 10 and _HAN.match(right):
        return right, phrase_start
    if cand and len(cand) <= 14:
        return cand, min(phrase_start, q_start - len(left.lstrip()))
    return None, phrase_start
