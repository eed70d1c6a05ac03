"""The agency as the document writes it (:func:`written_form`: its own characters on a
Traditional page) and the check of a name OCR read (:func:`ocr_confirmed`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from ..metadata import _PINYIN_GLOSS, Metadata
from ..normalize import NormalizedText, normalize_text

# How many times OCR'd text must write an agency's name for the name to stand: a misread
# character (沧州市 read 论州市, 六盘水市 read 六盟水市) is seldom misread the same way in
# the title's large type and the body's small type.
_OCR_TIMES = 2


def ocr_confirmed(meta: Metadata, text: str) -> tuple[Metadata, tuple[str, ...]]:
    """``meta`` of a document whose title page OCR read (a scan), with its agency kept only
    where the reading is confirmed: the name (as written, or canonical) written at least
    _OCR_TIMES times in ``text`` (spaces aside: OCR puts them between characters) and an
    area the gazetteer knows (a region read; or a national body). Else the agency and what
    it gives (as written, region, level, kind) are withheld, with a warning: OCR misreads a
    character now and then, and a misread city is another area's agency (formats5 h03
    read 论州市运河区交通运输局; a fixture's 六盘水市 is read 六盟水市), a wrong value where
    a null is safe. Tables' OCR'd cells are kept by the same rule: only where confirmed."""
    if meta.agency is None:
        return meta, ()
    compact = "".join(text.split())
    names = {meta.agency, meta.agency_as_written or meta.agency}
    times = max(compact.count("".join(name.split())) for name in names)
    if times >= _OCR_TIMES and (meta.region is not None or meta.level == "national"):
        return meta, ()
    why = (
        "its area is no division the gazetteer knows"
        if times >= _OCR_TIMES
        else (f"its name is written {times} time(s)")
    )
    warning = (
        f"metadata.agency_ocr_unconfirmed: {meta.agency!r} was read by OCR and {why}; a"
        " misread character would name another body: agency left null"
    )
    withheld = replace(
        meta, agency=None, agency_as_written=None, region=None, level=None, kind=None
    )
    return withheld, (warning,)


# The longest form one character of a name takes in a page's source: an HTML character
# reference (&#x2F8FF;, &#194560;: 9 and 10), a character with a variation selector.
_OWN_FORM = 10


def written_form(name: str, norm: NormalizedText, titles: Sequence[str] = ()) -> str:
    """``name``, read from the normalised (Simplified) text, in the characters the
    document writes it with (SCHEMA §1 ``agency_as_written``: 南海區人民政府辦公室 on a
    Traditional page): its first place in ``norm.text``, blanks or pinyin glosses
    between its characters allowed (a letter-spaced title, 區(qū)), mapped back to ``norm.original``
    character by character through the offsets map; else its place in one of the
    page's raw ``titles``. ``name`` itself where it is found nowhere, or where what
    is found does not normalise back to it (a character of the map that is a tag,
    an entity): never a form the document does not hold."""
    traditional = norm.script == "traditional"
    search = partial(_gapped_search, name=name)
    m = search(norm.text)
    if m is not None:
        pieces = []
        j = 0  # the name's next character
        for i in range(*m):
            ch = norm.text[i]
            if j < len(name) and ch == name[j]:
                j += 1
                lo, hi = norm.to_original(i, i + 1)
                # a character's span runs on to the next one's start over any tag
                # between them (市<b>): its shortest head that reads as it, among the
                # heads a character's own form can be (not every head of a span run
                # over thousands of tags: a normalisation each, quadratic in the span)
                piece = norm.original[lo:hi]
                head = (
                    piece[:k]
                    for k in range(1, min(len(piece), _OWN_FORM + 1))
                    if normalize_text(piece[:k], traditional=traditional) == ch
                )
                pieces.append(next(head, piece))
        found = "".join(pieces)
        if normalize_text(found, traditional=traditional) == name:
            return found
    for title in titles:
        # a title normalised character for character (no phrase changed length)
        folded = normalize_text(title, traditional=traditional)
        m = search(folded) if len(folded) == len(title) else None
        if m is not None:
            found = "".join(title[m[0] : m[1]].split())
            if normalize_text(found, traditional=traditional) == name:
                return found
    return name


# _PINYIN_GLOSS's parts, for _gapped_search (tests/test_metadata_written.py holds them to it).
_GLOSS_OPEN, _GLOSS_CLOSE, _GLOSS_LONGEST = "(（", ")）", 6


_GLOSS_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü")


# Past this many places where a name may start, its pattern is compiled and searched
# in C (a compile is ~2.5 ms; a huge page may hold its first character everywhere).
_BY_HAND = 200


def _gapped_search(text: str, name: str) -> tuple[int, int] | None:
    """``(start, end)`` of the first match in ``text`` of ``name`` with blanks or pinyin
    glosses between its characters, as the pattern ``(?:\\s|<gloss>)*`` joined between
    them (re.escape'd) finds it, or ``None``. Found by hand, without compiling that
    pattern: a compile took ~2.5 ms, once for each agency name on a Traditional page,
    new to the process on every page (an eighth of a tables-only run over new reports).
    A name holding a blank (whose gaps may run inside a long blank run), or a page
    holding its first character more than _BY_HAND times, goes to the compiled pattern;
    a bracketed name (…局（…林业局）) is found by hand too."""
    if not name:
        return 0, 0
    first = name[0]
    if text.count(first) > _BY_HAND or any(ch.isspace() for ch in name):
        gap = f"(?:\\s|{_PINYIN_GLOSS.pattern})*"
        m = re.compile(gap.join(map(re.escape, name))).search(text)
        return None if m is None else m.span()
    start = text.find(first)
    while start >= 0:
        end = _gapped_from(text, name, 1, start + 1)
        if end is not None:
            return start, end
        start = text.find(first, start + 1)
    return None


def _gapped_from(text: str, name: str, j: int, at: int) -> int | None:
    """Where ``name[j:]`` ends matched from ``at`` (a gap before each character), as the
    pattern would: each gap as long as it can be first (greedy), then shorter."""
    if j == len(name):
        return at
    for stop in reversed(_gap_stops(text, at)):
        if stop < len(text) and text[stop] == name[j]:
            end = _gapped_from(text, name, j + 1, stop + 1)
            if end is not None:
                return end
    return None


def _gap_stops(text: str, at: int) -> list[int]:
    """Where a run of blanks and pinyin glosses from ``at`` can end, nearest first: the
    run is a chain (a blank, or a gloss, whose end is fixed: its letters hold no bracket)."""
    stops = [at]
    n = len(text)
    while at < n:
        if text[at].isspace():
            at += 1
        elif text[at] in _GLOSS_OPEN:
            k = at + 1
            while k < n and k - at <= _GLOSS_LONGEST and text[k] in _GLOSS_LETTERS:
                k += 1
            if k == at + 1 or k >= n or text[k] not in _GLOSS_CLOSE:
                break
            at = k + 1
        else:
            break
        stops.append(at)
    return stops
