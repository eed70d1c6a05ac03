"""Stage 3 — noise: page chrome to drop and injected spam to flag.

Patterns live in ``data/noise.json``. Chrome lines (breadcrumbs, "扫一扫",
上一篇/下一篇, view counters, print/close links) are removed from the working
text; the 索引号/发布机构/发文日期 block is metadata and stays. Spam (a gambling
brand injected in place of the agency's name, spam links) is never removed,
only reported, so that no text the agency wrote is lost; the facts stage reads
no quantity inside an advert (:func:`spam_adverts`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .datafiles import load_json
from .normalize import chinese_marks

__all__ = [
    "Noise",
    "advert_spans",
    "find_chrome",
    "find_spam",
    "is_spam",
    "page_chrome",
    "spam_adverts",
    "spam_matches",
]


@dataclass(frozen=True, slots=True)
class Noise:
    """A span of page chrome or spam in normalised-text coordinates."""

    kind: str  # "chrome" | "gloss" | "spam"
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Patterns:
    chrome: re.Pattern[str]
    chrome_hint: re.Pattern[str]
    chrome_words: tuple[str, ...]
    spam: re.Pattern[str]
    spam_url: tuple[str, ...]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    raw = load_json("data/noise.json")
    # One alternation: every pattern is anchored to a whole line.
    chrome = re.compile("|".join(f"(?:{p})" for p in raw["chrome_lines"]))
    hint = raw["chrome_hint"]
    # A line's first character after its spaces follows a line break and spaces:
    # a pattern led by a literal, which re scans for far faster than by a set. The
    # spaces are those of one line ([^\S\n], not \s): \s* ran over every blank line
    # after each break and back, quadratic in a run of them (hostile27 t01: a report
    # then 2,000,000 CRs, each a line break once normalised, took minutes). The line a
    # hit is on, all that is kept of it, is the same.
    chrome_hint = re.compile(f"\\n[^\\S\\n]*[{re.escape(hint['first'])}]")
    # Longest first: a term inside a longer one (投注 in 投注官网) must not cut it.
    terms = sorted(raw["spam_terms"], key=len, reverse=True)
    extra = {k: v for k, v in raw["ignorecase_extra"].items() if not k.startswith("_")}
    # Case is ignored after a term's first character, which is written out in
    # each case it matches (b|B + (?i:et365)): an alternation whose branches all
    # open with a plain literal is scanned for those characters at once, where
    # a re.I alternation is tried at every position.
    branches = [
        re.escape(first) + (f"(?i:{re.escape(term[1:])})" if term[1:] else "")
        for term in terms
        for first in ignorecase_forms(term[0], extra)
    ]
    spam = re.compile("|".join(branches))
    return _Patterns(
        chrome,
        chrome_hint,
        tuple(hint["words"]),
        spam,
        tuple(t.lower() for t in raw["spam_url_terms"]),
    )


def ignorecase_forms(char: str, extra: dict[str, str]) -> list[str]:
    """The characters re.I matches to ``char``: its cases and ``extra``'s (i: İ, ı)."""
    forms = {char, char.lower(), char.upper(), *extra.get(char.lower(), "")}
    return sorted(f for f in forms if len(f) == 1)


# Mirror sites gloss characters with their pinyin (轉(zhuǎn)、結(jié)果): a gloss
# splits words (結(jié)果 is no longer 结果), so no cue, counter or heading reads
# through it. A gloss is a parenthesised syllable with a tone mark right after a
# Chinese character; English or numbered parentheticals carry no tone marks.
_TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# A PDF or a saved page may wrap a line inside a gloss (結(ji⏎é)果) or right before it
# (結⏎(jié)果): the gloss is one with its line break, which goes with it.
_GLOSS = re.compile(rf"[(（][a-zü{_TONE_MARKED}\n]{{1,12}}[)）]")
_SYLLABLE = re.compile(rf"[a-zü]{{0,5}}[{_TONE_MARKED}][a-zü]{{0,5}}")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _is_gloss(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a bracket of letters, :data:`_GLOSS`) is one
    syllable with its tone mark, at most one line break inside it, right after a Han
    character (or after a line break right after one)."""
    inner = text[start + 1 : end - 1]
    if inner.count("\n") > 1 or _SYLLABLE.fullmatch(inner.replace("\n", "")) is None:
        return False
    before = start - 1 - (start >= 2 and text[start - 1] == "\n" and "\n" not in inner)
    return before >= 0 and _HAN.match(text, before) is not None


_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9.\-]+(?::\d+)?[^\s，。；、)）\"'<>]*", re.I)
# A link opens with www. (re.I matches only w and W for w: a test checks it) or
# has :// at most _SCHEME_REACH characters in (https://): _URL, which a re.I
# alternation makes try every position, starts its scan at the first of these.
_WWW = re.compile(r"[wW]{3}\.")
#: The characters str.splitlines ends a line at (a test holds it to them).
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_SCHEME_REACH = 5


def find_chrome(text: str) -> tuple[Noise, ...]:
    """Whole lines of page chrome (each span includes its line break), and pinyin
    glosses (kind ``"gloss"``).

    >>> [(n.kind, n.text) for n in find_chrome("结(jié)果维持1件")]
    [('gloss', '(jié)')]
    """
    # Every gloss holds a tone-marked vowel, and most reports none: one `in` test
    # a vowel (a fast scan) is a third of the cost of _GLOSS's scan for brackets.
    found = (
        [
            Noise("gloss", m.start(), m.end(), m.group())
            for m in _GLOSS.finditer(text)
            if _is_gloss(text, m.start(), m.end())
        ]
        if any(vowel in text for vowel in _TONE_MARKED)
        else []
    )
    pats = _patterns()
    for start, end in _chrome_candidates(text, pats.chrome_hint, pats.chrome_words):
        stripped = text[start:end].strip()
        if stripped and len(stripped) <= 120 and pats.chrome.match(stripped):
            found.append(Noise("chrome", start, end, stripped))
    return tuple(found)


def _chrome_candidates(
    text: str, hint: re.Pattern[str], words: tuple[str, ...]
) -> Iterator[tuple[int, int]]:
    """The (start, end) of each line of ``text`` (its break included) that can be
    chrome, in order: the first line, the lines ``hint`` finds and those holding
    one of ``words``; every line when ``text`` breaks lines with anything but
    ``\\n`` (normalised text never does).
    """
    if any(b in text for b in LINE_BREAKS[1:]):
        pos = 0
        for line in text.splitlines(keepends=True):
            yield pos, pos + len(line)
            pos += len(line)
        return
    starts = {0} if text else set()
    # a hit's last character is on the line it finds
    starts.update(text.rfind("\n", 0, m.end() - 1) + 1 for m in hint.finditer(text))
    for word in words:
        at = text.find(word)
        while at >= 0:
            starts.add(text.rfind("\n", 0, at) + 1)
            # on from the next line: each line is scanned once (linear on one huge line)
            end = text.find("\n", at)
            at = text.find(word, end) if end >= 0 else -1
    for start in sorted(starts):
        end = text.find("\n", start)
        yield start, len(text) if end < 0 else end + 1


def page_chrome(
    text: str, starts: Sequence[int], ranges: Sequence[tuple[int, int]]
) -> tuple[Noise, ...]:
    """The chrome a reader found around a saved page's report, in normalised-text coordinates.

    ``ranges`` are source ranges (:attr:`Document.chrome`); ``starts`` maps
    each character of ``text`` to its source offset.
    """
    found = []
    for lo, hi in ranges:
        a = bisect_left(starts, lo)
        b = bisect_left(starts, hi)
        if b > a:
            found.append(Noise("chrome", a, b, text[a:b]))
    return tuple(found)


def is_spam(text: str) -> bool:
    """Whether ``text`` contains an injected spam term.

    >>> is_spam("bet365亚洲官网 办公室"), is_spam("泰州市人民政府办公室")
    (True, False)
    """
    return bool(_patterns().spam.search(text))


def spam_matches(text: str) -> list[re.Match[str]]:
    """The spam terms in ``text``, in order."""
    return list(_patterns().spam.finditer(text))


def find_spam(text: str) -> tuple[Noise, ...]:
    """Spam terms and spam links found anywhere in ``text``."""
    pats = _patterns()
    found = [Noise("spam", m.start(), m.end(), m.group()) for m in pats.spam.finditer(text)]
    for m in _links(text):
        host = re.sub(r"^(?:https?://)?", "", m.group(), flags=re.I).split("/")[0].lower()
        if host.endswith(".gov.cn") or ".gov." in host:
            continue
        if any(term in host for term in pats.spam_url):
            found.append(Noise("spam", m.start(), m.end(), m.group()))
    return tuple(sorted(found, key=lambda n: n.start))


#: What ends a sentence of the report: an injected brand in place of a name sits
#: in a sentence the report closes with 。; an injected advert (★★澳门新葡京
#: 首存送100% 日赚3000+ ★★) sets its phrases apart with spaces, stars and !
#: and runs to its line's end.
_SENTENCE_STOP = "。"


def spam_adverts(text: str, spam: Sequence[Noise]) -> tuple[tuple[int, int], ...]:
    """The stretches of ``text`` an injected advert holds, in order, disjoint.

    Each spam term (``spam``, from :func:`find_spam`, in order) stands in a
    sentence: from the last 。 or line break before it to the next after it.
    A sentence the report closes with 。 is the report's own with a brand in
    place of a name (bet365亚洲官网 办公室…收到申请12件。 on real hacked pages):
    not an advert, its counts are the report's. A sentence that runs to its
    line's end without one is the advert, from that start to the line's end.

    >>> t = "其他事项。\\n★★澳门新葡京 首存送100% 日赚3000+ ★★\\n本机关收到申请3件。"
    >>> [t[a:b] for a, b in spam_adverts(t, find_spam(t))]
    ['★★澳门新葡京 首存送100% 日赚3000+ ★★']
    >>> t = "沙巴体育电视台专栏播出44期。"
    >>> spam_adverts(t, find_spam(t))
    ()
    """
    text = chinese_marks(text)  # a sentence ended by an ASCII full stop too
    found: list[tuple[int, int]] = []
    line_end = stop = -1  # (the line break and 。 after the last term looked at)
    for n in spam:
        if found and n.start < found[-1][1]:
            continue  # inside the advert already found
        if n.end > line_end:
            line_end = text.find("\n", n.end)
            line_end = len(text) if line_end < 0 else line_end
        if n.end > stop:
            stop = text.find(_SENTENCE_STOP, n.end, line_end)
            stop = line_end if stop < 0 else stop
        if stop < line_end:
            continue  # a sentence of the report
        start = max(text.rfind("\n", 0, n.start), text.rfind(_SENTENCE_STOP, 0, n.start)) + 1
        found.append((start, line_end))
    return tuple(found)


def advert_spans(text: Any, spam: Sequence[Noise] | None = None) -> list[tuple[int, int]]:
    """:func:`spam_adverts` of a normalised text (a ``NormalizedText``), as stretches
    of ``text.original`` (where facts' offsets point); ``spam`` is what
    :func:`find_spam` found in ``text.text``, looked for when not given."""
    if spam is None:
        spam = find_spam(text.text)
    return [text.to_original(a, b) for a, b in spam_adverts(text.text, spam)] if spam else []


def _first_link(text: str, pos: int = 0) -> int:
    """Where the first match of _URL from ``pos`` on can start: no earlier than the
    first :// or www. (the length of the text when neither is written)."""
    starts = [len(text)]
    scheme = text.find("://", pos)
    if scheme >= 0:
        starts.append(max(pos, scheme - _SCHEME_REACH))
    # _WWW scans by a set, slowly: from the first w or W (most reports have none)
    w = [at for at in (text.find("w", pos), text.find("W", pos)) if at >= 0]
    www = _WWW.search(text, min(w)) if w else None
    if www is not None:
        starts.append(www.start())
    return min(starts)


def _links(text: str) -> Iterator[re.Match[str]]:
    """``_URL.finditer(text)``, each match looked for from where the next can start:
    the text between two links (a report's prose) is skipped, not tried at
    every position as the re.I alternation would."""
    pos = 0
    while (start := _first_link(text, pos)) < len(text):
        m = _URL.search(text, start)
        if m is None:
            return
        yield m
        pos = m.end()  # (a match is never empty)
