"""Stage 4 — sections: split a report into the six SCHEMA §1 sections.

Headings are recognised by title words (data in ``data/sections.json``), not
by numbering alone, so a table row such as 四、结转下年度继续办理 is not section
四 and sub-headings such as （一）主动公开情况 stay inside their section.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .datafiles import load_json
from .frozen import builder
from .schema import SECTION_IDS

__all__ = ["Section", "find_sections"]

_NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True, slots=True)
class Section:
    """A section in normalised-text coordinates; the body starts after the heading."""

    id: str
    start: int
    end: int
    heading: str = ""
    body_start: int = -1


# (a frozen dataclass's __init__ sets each field through object.__setattr__:
# building a report's sections so cost a tenth of finding them)
_build_section = builder(Section)


@dataclass(frozen=True, slots=True)
class _Spec:
    id: str
    numeral: str
    titles: tuple[str, ...]
    exact: tuple[str, ...]
    not_: tuple[str, ...]


@lru_cache(maxsize=1)
def _specs() -> tuple[_Spec, ...]:
    raw = load_json("data/sections.json")
    return tuple(
        _Spec(s["id"], s["numeral"], tuple(s["titles"]), tuple(s["exact"]), tuple(s["not"]))
        for s in raw["sections"]
    )


# A numbered heading at the start of a line: 一、 一. 一, 一 第一部分 (not （一） nor 一是).
_HEADING = re.compile(
    r"""
    ^[ \t]*
    (?:第(?P<num2>[一二三四五六七八九十])部分[、.,:：\s]*
      |(?P<num>[一二三四五六七八九十])[ \t]*[、.,，．:：][ \t]*
      |(?P<num3>[一二三四五六七八九十])[ \t]+
    )?
    (?P<title>[^\n|]{2,40}?)
    [ \t。:：]*$
    """,
    re.M | re.X,
)
# In text flattened onto one line: a numbered standard heading after whitespace.
# (The numeral first, the lookbehinds after it, so that the engine scans for the
# numerals: a lookbehind first was tried at every character, 36 us a page, now 7;
# the same matches.)
_INLINE = re.compile(
    r"(?P<num>[一二三四五六])(?:(?<=\s.)|(?<=^.))[、.,，．][ \t]*(?P<title>[^\s,，。;；|]{2,24})"
)


@lru_cache(maxsize=1)
def _any_title() -> re.Pattern[str]:
    """Any title word of any section: a line without one is no heading (one search)."""
    words = {w for spec in _specs() for w in (*spec.titles, *spec.exact)}
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


_NOT_A_TITLE = re.compile(r"\d|[|]")
# The one way a heading match runs over a line break: 第一部分 then whitespace.
_PART = re.compile(r"第[一二三四五六七八九十]部分")


def _heading_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of _HEADING.finditer(text) that may name a section.

    A match lies within one line (unless the text has a 第…部分) and names a
    section only if its line holds a title word: so _HEADING is tried only at
    the start of such lines, found by one search for every title word.
    """
    if _PART.search(text):
        yield from _HEADING.finditer(text)
        return
    title = _any_title()
    word = title.search(text)
    while word is not None:
        # each line is scanned once, back to its start and on to its end:
        # linear even on one huge line full of title words
        start = text.rfind("\n", 0, word.start()) + 1
        line_end = text.find("\n", word.start())
        line_end = len(text) if line_end < 0 else line_end
        if line_end - start <= _MAX_HEADING or _may_head(text[start:line_end]):
            m = _HEADING.match(text, start)
            if m is not None:
                yield m
        # the line's other title words are not looked for (no title word holds a
        # line break, so none begins before the line's end and ends after it)
        word = title.search(text, line_end)


# Without 第…部分 (see _heading_matches), a heading line is a numeral and its mark
# (2 characters), a title of at most 40 and spaces or end marks around them: a
# longer line without a space or a tab is prose, not tried with _HEADING.
_MAX_HEADING = 42
_HEADING_END = " \t。:："


def _may_head(line: str) -> bool:
    """Whether a line longer than _MAX_HEADING may still match _HEADING (its spaces
    may be any number)."""
    return " " in line or "\t" in line or len(line.rstrip(_HEADING_END)) <= _MAX_HEADING


# Headings and the lines that look like them repeat from one report to the next.
@lru_cache(maxsize=4096)
def _classify(title: str, numeral: str | None) -> str | None:
    title = title.strip()
    if (
        _any_title().search(title) is None
        or _NOT_A_TITLE.search(title)
        or title.startswith(("是", "要"))
    ):
        return None
    for spec in _specs():
        if any(bad in title for bad in spec.not_):
            continue
        exact = any(title == t or title == t + "情况" for t in spec.exact)
        if not exact and not any(t in title for t in spec.titles):
            continue
        if numeral is None:
            # An unnumbered line must be exactly a standard title.
            if exact or title in spec.titles:
                return spec.id
            continue
        if numeral == spec.numeral or exact:
            return spec.id
        # Older layouts number differently (e.g. 7 parts); accept a strong title.
        if len(title) <= 24 and any(t in title for t in spec.titles[:2]):
            return spec.id
    return None


def find_sections(text: str) -> tuple[Section, ...]:
    """Sections of a normalised report, in text order, with start/end offsets.

    Text before the first heading is ``preamble``; a section runs to the next
    heading. Headings out of the standard order are kept only if they move
    forward, so a repeated title (a table caption, a table of contents) does
    not start the section again.
    """
    heads: list[tuple[int, int, str, str]] = []  # (start, body_start, id, heading)
    for m in _heading_matches(text):
        numeral = m.group("num") or m.group("num2") or m.group("num3")
        sid = _classify(m.group("title"), numeral)
        if sid:
            heads.append(
                (
                    m.start() + len(m.group()) - len(m.group().lstrip()),
                    m.end(),
                    sid,
                    m.group().strip(),
                )
            )
    if len(heads) < 2:
        # Probably flattened text: look for numbered headings inline.
        for m in _INLINE.finditer(text):
            sid = _classify(m.group("title"), m.group("num"))
            if sid and not any(h[0] <= m.start() < h[1] for h in heads):
                heads.append((m.start(), m.end(), sid, m.group().strip()))
        heads.sort()

    # A table of contents lists the headings with nothing under them; the same
    # heading again further down is the real one. Whether one comes later is
    # known from the end backwards: asked of every later heading for each, a page
    # of 1,000,000 heading lines ran for hours (hostile20 x10).
    again = [False] * len(heads)
    later: set[str] = set()
    for i in range(len(heads) - 1, -1, -1):
        again[i] = heads[i][2] in later
        later.add(heads[i][2])
    heads = [
        h
        for i, h in enumerate(heads)
        if not (i + 1 < len(heads) and not text[h[1] : heads[i + 1][0]].strip() and again[i])
    ]
    accepted: list[tuple[int, int, str, str]] = []
    last = 0
    for head in heads:
        order = SECTION_IDS.index(head[2])
        if order > last:
            accepted.append(head)
            last = order
    sections: list[Section] = []
    first = accepted[0][0] if accepted else len(text)
    if text[:first].strip():
        sections.append(_build_section("preamble", 0, first, "", 0))
    for i, (start, body, sid, heading) in enumerate(accepted):
        end = accepted[i + 1][0] if i + 1 < len(accepted) else len(text)
        sections.append(_build_section(sid, start, end, heading, body))
    return tuple(sections)
