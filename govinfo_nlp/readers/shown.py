"""Which of a page's tables a browser shows (session 27).

A page may hold its tables twice: last year's copy hidden and this year's shown, a
printable copy, a tab whose panel is switched off. The renderer (read.py) reads a hidden
``<table>`` outside any table on purpose: a page that reveals its content by script
hides it in the markup it was saved with, and a table hidden in a tab may be the only
copy. Which copy of a row the tables stage reads is decided over the whole page
(tables/decide.py), and before this it could take the hidden stale copy (red26
css.py: 4 cells of last year's table read as this year's). So each table gets how sure
it is that a browser draws it:

- ``"no"``: it, or an element around it, is hidden for certain (the ``hidden``
  attribute, an inline ``display:none``, a class the stylesheets hide for certain
  (css._hidden_classes), or a rule whose selector is one simple class, id or attribute
  outside any at-rule, which no other rule shows again; since session 28 also a rule
  striking it or taking it off the screen so, red27 w01, formats15 s16);
- ``"maybe"``: a rule that hides (display:none, visibility hidden, opacity 0, a zero
  size), strikes (a line-through) or takes it off the screen (css.hiding_rules) may reach
  it or an element around it, and only a browser can tell (a pseudo
  class, ``:not()``, a sibling combinator, an at-rule whose query is not certain, a
  selector another rule answers with a display of its own);
- ``"yes"``: nothing says otherwise.

A rule's reach is over-estimated on purpose: a pseudo-class or a combinator is dropped
from its subject (``table:not(.current)`` may hide every table). "maybe" costs at most
the cells where two copies disagree (the stage leaves them unread); taking a hidden copy
for a shown one costs wrong cells.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .css import INLINE_HIDING_WORDS, Hiding, hides_inline, hiding_rules

__all__ = ["table_sight"]

# What a tag holds that is not markup to walk (its own text is not looked into).
_OPAQUE = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|textarea|title)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.I | re.S
)
_ATTR = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
# Tags with no end, and <p>, which a <table> start closes (a table is never inside one).
_NO_END = frozenset(
    {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "wbr", "source"}
    | {"embed", "param", "track", "p"}
)
# A compound selector's parts: its tag, ids, classes and attribute names.
_SEL_TAG = re.compile(r"^[a-zA-Z][a-zA-Z0-9-]*")
_SEL_ID = re.compile(r"#(-?[_a-zA-Z][\w-]*)")
_SEL_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
# an attribute, and the value it equals when the selector says so ([data-y="2022"]); any
# other test of its value (~=, ^=, *=…) is taken for its presence, and is not sure
_SEL_ATTR = re.compile(
    r"""\[\s*([a-zA-Z_][\w-]*)\s*(?:(=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]*))|[~|^$*]=[^\]]*)?\s*(?:[iIsS]\s*)?\]"""
)
_SEL_PARENS = re.compile(r"\([^()]*\)")
# A compound that is one class, id or attribute (a tag before it allowed) and nothing else.
_SIMPLE = re.compile(
    r"(?:[a-zA-Z][a-zA-Z0-9-]*)?(?:\.-?[_a-zA-Z][\w-]*|#-?[_a-zA-Z][\w-]*|\[[^\[\]]*\])"
)
# The markup that hides an element by itself (the attribute, an inline display:none).
_INLINE_HIDING = re.compile(
    r"\shidden(?=[\s=/>])|<(?:del|s|strike|details)(?=[\s/>])|" + "|".join(INLINE_HIDING_WORDS),
    re.I,
)
_SURE, _MAYBE = 2, 1
# A table inside a struck element is drawn struck through: an old table the editor kept
# beside the new one, as a struck number in a cell is an old figure (read.py passes over
# those in a cell; formats7 j15).
_STRUCK = frozenset({"del", "s", "strike"})
# So is a table under an element struck by its own style (red27 w04, w05), and one inside
# a closed <details> is not drawn (only its <summary> is; red27 w03): both kept last year's
# table 二 before this year's, which gave 2 stale cells.
_CLOSED = "details"
_WORDS = {0: "yes", _MAYBE: "maybe", _SURE: "no"}


@dataclass(frozen=True, slots=True)
class _Subject:
    """A rule's subject as far as it is matched here: an element matches when it is of
    the tag (any, if None) and has every id, class and attribute named."""

    tag: str | None
    ids: frozenset[str]
    classes: frozenset[str]
    attrs: frozenset[tuple[str, str | None]]  # (name, the value it equals; None: any)
    sure: bool


def _subject(compound: str, sure: bool) -> _Subject | None:
    bare = _SEL_PARENS.sub("", compound.strip())
    tag = _SEL_TAG.match(bare)
    ids = frozenset(_SEL_ID.findall(bare))
    classes = frozenset(_SEL_CLASS.findall(bare))
    attrs = frozenset(
        (a[0].lower(), (a[2] or a[3] or a[4]) if a[1] else None) for a in _SEL_ATTR.findall(bare)
    )
    if any(m.group(2) is None and "=" in m.group() for m in _SEL_ATTR.finditer(bare)):
        sure = False  # (a test of the value other than equality)
    name = tag.group().lower() if tag is not None else None
    if name is None and not (ids or classes or attrs):
        return None  # (* or a pseudo-class alone: nothing a page's table is told by)
    return _Subject(name, ids, classes, attrs, sure)


def _subjects(source: str, css: str) -> list[_Subject]:
    """The subjects of the page's rules that hide or strike, each sure or not (see the
    module docstring and css.hiding_rules)."""
    out: list[_Subject] = []
    for rule in hiding_rules(source, css):
        compounds = rule.compounds
        sure = rule.sure and len(compounds) == 1 and _SIMPLE.fullmatch(compounds[0])
        if len(compounds) > 1 and _CELL_PART.fullmatch(compounds[-1]):
            # a rule hiding or striking every cell (row, body) under an element (.was td:
            # red28 c07, last year's copy in a <div class="was"> struck cell by cell) hides
            # the tables inside that element: its nearest ancestor that is no table's own
            # part is taken for the subject (sure where the rule is and it is one simple
            # compound, the cells' tag bare, nothing between them)
            k = len(compounds) - 1
            while k > 0 and _CELL_PART.fullmatch(compounds[k]):
                k -= 1
            if compounds[k].lower() in _PAGE_TAGS or _CELL_PART.fullmatch(compounds[k]):
                continue
            sure = rule.sure and k == 0 and len(compounds) == 2 and _SIMPLE.fullmatch(compounds[0])
            compounds = compounds[: k + 1]
        found = _subject(compounds[-1], bool(sure))
        if found is not None:
            out.append(found)
    return out


# A bare tag of a table's parts (a rule on it under an element reaches every cell there),
# and the page's own elements (a rule under them reaches every table: not taken so).
_CELL_PART = re.compile(r"(?:td|th|tr|tbody|thead|tfoot|table)", re.I)
_PAGE_TAGS = frozenset({"html", "body"})


def _matches(
    subject: _Subject, tag: str, ids: set[str], classes: set[str], attrs: dict[str, str]
) -> bool:
    return (
        (subject.tag is None or subject.tag == tag)
        and subject.ids <= ids
        and subject.classes <= classes
        and all(
            name in attrs and (value is None or attrs[name] == value)
            for name, value in subject.attrs
        )
    )


def table_sight(source: str, hiding: Hiding, css: str = "") -> dict[int, str]:
    """Where each ``<table`` start tag of ``source`` is, and how sure it is that a browser
    draws it ("yes", "maybe", "no": see the module docstring); only the tables that are
    not "yes" are in the result. ``hiding`` is the page's (css._page_hiding), ``css`` the
    text of its linked stylesheets.

    Only the start tags that may hide are looked at (a search for their words, _candidates),
    each with the element it opens (to its end tag, counted by its name); a table inside one
    takes its sight. Walking every tag of the page cost 2-3 ms on a 15 KB page."""
    subjects = [s for s in _subjects(source, css) if s.tag not in _NO_TABLE_INSIDE]
    sure_classes = hiding.classes
    if not subjects and not sure_classes and _INLINE_HIDING.search(source) is None:
        return {}  # (no element can be hidden)
    tables = [m.start() for m in _TABLE_START.finditer(source)]
    if not tables:
        return {}
    # (an element opened after the last table's start tag holds no table)
    last = source.find(">", tables[-1]) + 1 or len(source)
    opaque = [(m.start(), m.end()) for m in _OPAQUE.finditer(source, 0, last)]
    opaque_starts = [a for a, _ in opaque]

    def inside_opaque(at: int) -> bool:
        k = bisect_right(opaque_starts, at) - 1
        return k >= 0 and at < opaque[k][1]

    starts: set[int] = set()  # the start tags that may hide
    words, tags = _candidates(subjects, sure_classes)
    for m in words.finditer(source, 0, last):
        lt = source.rfind("<", 0, m.start())
        if lt >= 0 and source.find(">", lt, m.start()) < 0:
            starts.add(lt)  # (the word is inside the tag starting at lt)
    starts.update(m.start() for m in tags.finditer(source, 0, last))
    if not starts:
        return {}
    in_table = _table_spans(source, inside_opaque)
    table_starts = [a for a, _ in in_table]
    spans: list[tuple[int, int, int]] = []  # (start, end, how) of the elements that may hide
    for at in sorted(starts):
        k = bisect_right(table_starts, at) - 1
        if (k >= 0 and in_table[k][0] < at < in_table[k][1]) or inside_opaque(at):
            continue  # inside a table the renderer passes over what is hidden
        start = _START.match(source, at)
        if start is None:
            continue
        tag, rest = start.group(1).lower(), start.group(2)
        how = _how_hidden(tag, rest, subjects, sure_classes)
        if how and tag not in _NO_END and not rest.rstrip().endswith("/"):
            spans.append((at, _element_end(source, tag, start.end(), inside_opaque), how))
    out: dict[int, str] = {}
    for at in tables:
        how = max((h for a, e, h in spans if a <= at < e), default=0)
        if how and not inside_opaque(at):
            out[at] = _WORDS[how]
    return out


_START = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>")
_TABLE_EDGE = re.compile(r"<(/?)table(?=[\s/>])", re.I)


def _table_spans(source: str, inside_opaque: Callable[[int], bool]) -> list[tuple[int, int]]:
    """The spans of the outermost tables (the end of the page for one never closed)."""
    out: list[tuple[int, int]] = []
    depth = start = 0
    for m in _TABLE_EDGE.finditer(source):
        if inside_opaque(m.start()):
            continue
        if m.group(1):
            if depth:
                depth -= 1
                if not depth:
                    out.append((start, m.end()))
        else:
            if not depth:
                start = m.start()
            depth += 1
    if depth:
        out.append((start, len(source)))
    return out


# Tags no page puts a whole table inside, or whose hiding rules hide cells (read.py's renderer
# passes over those): a rule on them is not looked for here.
_NO_TABLE_INSIDE = frozenset(
    {"td", "th", "tr", "tbody", "thead", "tfoot", "col", "colgroup", "caption", "p"}
    | {"span", "font", "b", "i", "u", "em", "strong", "sup", "sub", "a", "small", "big", "img"}
)
_TABLE_START = re.compile(r"<table(?=[\s/>])", re.I)


def _candidates(
    subjects: list[_Subject], sure_classes: frozenset[str]
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What marks a start tag that may hide: a hiding word or a name a rule's subject or a
    sure class names (searched for anywhere: the tag round it is then looked for), and the
    tags struck or named by a rule's subject."""
    tags = sorted(_STRUCK | {_CLOSED} | {s.tag for s in subjects if s.tag is not None})
    words = [r"\shidden(?=[\s=/>])", *INLINE_HIDING_WORDS]
    names = set(sure_classes)
    for s in subjects:
        names |= s.ids | s.classes | {a for a, _ in s.attrs}
    if names:
        words.append("(?<![\\w-])(?:" + "|".join(map(re.escape, sorted(names))) + ")(?![\\w-])")
    return _compiled("|".join(words)), _compiled(
        rf"<(?:{'|'.join(map(re.escape, tags))})(?=[\s/>])"
    )


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


def _how_hidden(tag: str, rest: str, subjects: list[_Subject], sure: frozenset[str]) -> int:
    """How surely the element of a start tag (its name, the markup after it) is hidden."""
    if tag in _STRUCK:
        return _SURE  # a table struck through whole: old figures replaced (formats14 r11)
    ids: set[str] = set()
    classes: set[str] = set()
    attrs: dict[str, str] = {}
    for a in _ATTR.finditer(rest):
        key = a.group(1).lower()
        value = a.group(2) or a.group(3) or a.group(4) or ""
        attrs[key] = value
        if key == "hidden" or (key == "style" and hides_inline(value)):
            return _SURE
        if key == "class":
            classes.update(value.split())
        elif key == "id":
            ids.add(value.strip())
    if sure and not sure.isdisjoint(classes):
        return _SURE
    if tag == _CLOSED and "open" not in attrs:
        return _SURE
    own = 0
    for s in subjects:
        if _matches(s, tag, ids, classes, attrs):
            own = max(own, _SURE if s.sure else _MAYBE)
    return own


def _element_end(source: str, tag: str, at: int, inside_opaque: Callable[[int], bool]) -> int:
    """Where the element whose start tag of name ``tag`` ends at ``at`` ends: its end tag,
    counted by its name (the end of the page if none)."""
    depth = 1
    for m in _compiled(rf"<(/?){re.escape(tag)}(?=[\s/>])").finditer(source, at):
        if inside_opaque(m.start()):
            continue
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.start()
    return len(source)
