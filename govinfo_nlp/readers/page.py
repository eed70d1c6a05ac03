"""Whole saved web pages: which part of the page is the report, and which tables are data.

A scraper saves the page as the browser got it: site navigation, breadcrumbs,
a sidebar of links (often with snippets of other reports), related-article
lists and a footer around the article, and the article itself is often a
cell of a layout table. We find the article by what it says, never by a
site's class names: the smallest element that holds every report cue (the
section headings, the tables' anchors); without cues, the smallest element
that holds most of the page's prose (text outside links). Everything outside
it is chrome: its numbers are neither facts nor table cells.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache, partial
from html.parser import HTMLParser
from typing import NamedTuple, Protocol, TypeVar

import numpy as np

from ..sections import find_sections

__all__ = [
    "Outline",
    "data_tables",
    "image_titles",
    "logo_names",
    "page_sources",
    "page_titles",
    "report_body",
]

# Elements that can hold a whole article (a layout cell, a content div...).
_CONTAINERS = frozenset(
    {"body", "div", "td", "th", "table", "section", "article", "main", "center", "form", "ul", "ol"}
)
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "wbr"})


@lru_cache(maxsize=1)
def _table_cues() -> re.Pattern[str]:
    """Cues that only the report's own body carries: its tables' anchors, the words
    that open the table zone (tables/data/labels.json ``layout_anchors.zone``; not
    行政复议, which a sidebar snippet of another report may say)."""
    from ..tables.templates import layout_anchors  # the tables' own data, on first use

    _, zones = layout_anchors()
    return re.compile("|".join(re.escape(w) for w, z in zones.items() if "zone" in z))


# Without cues, the article is the smallest element with this share of the prose.
_PROSE_SHARE = 0.7
# The characters str.isspace() is true for (the prose share counts the others).
_SPACE_CODES = np.array([c for c in range(0x3001) if chr(c).isspace()], dtype=np.uint32)
# A table holding another table of this many rows is a layout table.
_LAYOUT_NESTED_ROWS = 2
# A report's title: a line of its own ending in 报告 (本报告根据… is a sentence).
_REPORT_TITLE = re.compile(r"(?m)^[ \t\u3000]*[^\n]{2,80}?(?:报告|報告)[ \t\u3000]*$")
# How far (visible characters) a title block may sit above the body, or into it.
_TITLE_REACH = 300
# Titles sit in the page's <head>: searching further would only find <title>
# inside inline SVG or quoted markup, and would cost time on a hostile page.
_HEAD_REACH = 65536
_TITLE_TAG = re.compile(r"<title\b[^>]*>([^<]{1,300})</title\s*>", re.I)
_META_TAG = re.compile(r"<meta\b[^>]{0,600}>", re.I)
# An image's alt text (a picture of the report's title, its text nowhere else), at most
# 300 characters: a longer one is no title.
_IMG_ALT = re.compile(
    r"""<img\b[^>]{0,600}?\balt\s*=\s*(?:"([^"<]{1,300})"|'([^'<]{1,300})')""", re.I
)
_META_ATTR = re.compile(r"""\b(name|property|content)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""", re.I)
# <meta> names that carry the article's title (ArticleTitle is what the CMSs of
# Chinese government sites write; the others are the common web conventions).
_META_TITLES = frozenset({"articletitle", "title", "og:title", "dc.title"})


class _Element(NamedTuple):
    """An element's tag, source extent and depth (how many elements hold it)."""

    tag: str
    start: int
    end: int
    depth: int


# an _Element of its four fields, by tuple's own constructor (no Python call an element)
_new_element = partial(tuple.__new__, _Element)


class Outline:
    """Container elements with their source extent, and the source extent of every link.

    Fed tag by tag (name and source offset) by an HTML parse: the renderer's
    own (:mod:`govinfo_nlp.read`), so that a page is tokenised once.
    """

    #: The only tags :meth:`start_tag` and :meth:`end_tag` act on.
    TAGS = _CONTAINERS | {"a"}

    def __init__(self, size: int) -> None:
        self.size = size
        # the open elements' (tag, start), outermost first: an element's depth is
        # its index here; a closed one is a plain tuple (an _Element's fields),
        # built by tuple's own constructor (a page has one per table cell)
        self.open: list[tuple[str, int]] = []
        self.done: list[tuple[str, int, int, int]] = []
        self.links: list[tuple[int, int]] = []
        self.link_start: int | None = None

    def start_tag(self, tag: str, pos: int) -> None:
        if tag == "a":
            self.link_start = pos
        elif tag in _CONTAINERS:
            self.open.append((tag, pos))

    def end_tag(self, tag: str, pos: int) -> None:
        if tag == "a" and self.link_start is not None:
            self.links.append((self.link_start, pos))
            self.link_start = None
        elif tag in _CONTAINERS:
            if self.open and self.open[-1][0] == tag:
                # the innermost element, as in well-formed markup: the loop below, at once
                start = self.open.pop()[1]
                self.done.append((tag, start, pos, len(self.open)))
                return
            # Close up to the matching element (browsers forgive unclosed children).
            for k in range(len(self.open) - 1, -1, -1):
                if self.open[k][0] == tag:
                    for depth in range(k, len(self.open)):
                        self.done.append((*self.open[depth], pos, depth))
                    del self.open[k:]
                    break

    def leaf(self, tag: str, start: int, end: int) -> None:
        """``start_tag(tag, start)`` then ``end_tag(tag, end)`` with no tag between them (a
        simple table cell, see read._renderer): one call where the cells of a page made two."""
        if tag == "a":
            self.links.append((start, end))
            self.link_start = None
        elif tag in _CONTAINERS:
            self.done.append((tag, start, end, len(self.open)))

    def finish(self) -> list[_Element]:
        for depth, (tag, start) in enumerate(self.open):
            self.done.append((tag, start, self.size, depth))
        self.open = []
        # tuple's own constructor, not _make (a Python call a table cell): each
        # entry holds the four fields
        return list(map(_new_element, self.done))


class _OutlineParser(HTMLParser):
    """An :class:`Outline` of a page parsed on its own."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.outline = Outline(len(source))

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.outline.start_tag(tag, self._pos())

    def handle_endtag(self, tag: str) -> None:
        self.outline.end_tag(tag, self._pos())


def report_body(
    source: str, visible: str, offsets: Sequence[int], outline: Outline | None = None
) -> tuple[tuple[int, int], ...]:
    """Source ranges of the page's chrome: everything outside the report's body.

    ``visible``/``offsets`` are the page's rendered text and its map to the
    source; ``outline`` the page's :class:`Outline` when its parse made one
    (else the page is parsed again for it). Empty when the page is the
    article alone, or when no element stands out as the body (nothing is
    dropped on a guess).
    """
    if outline is None:
        parser = _OutlineParser(source)
        try:
            parser.feed(source)
            parser.close()
        except (AssertionError, ValueError):
            return ()
        outline = parser.outline
    elements = outline.finish()
    if not elements or not visible:
        return ()
    starts = np.asarray(offsets[: len(visible)])
    if len(starts) > 1 and bool((starts[1:] < starts[:-1]).any()):
        return ()

    def visible_range(s: int, e: int) -> tuple[int, int]:
        return int(starts.searchsorted(s)), int(starts.searchsorted(e))

    # The preamble is no cue: it starts at the page's first visible character.
    cues = [
        int(starts[s.start])
        for s in find_sections(visible)
        if s.id != "preamble" and s.start < len(starts)
    ]
    cues += [int(starts[m.start()]) for m in _table_cues().finditer(visible)]
    # A cue inside a link is another page's title.
    cues = [c for c in cues if not _in_links(c, outline.links)]
    if len(cues) >= 2:
        lo, hi = min(cues), max(cues)
        holding = [el for el in elements if el.start <= lo and hi < el.end]
    else:
        prose = _prose_mask(starts, outline.links, visible)
        total = int(prose[-1])
        if total == 0:
            return ()
        holding = []
        for el in elements:
            a, b = visible_range(el.start, el.end)
            if prose[b] - prose[a] >= _PROSE_SHARE * total:
                holding.append(el)
    if not holding:
        return ()
    body = max(holding, key=lambda el: (el.depth, -el.start))
    a, b = visible_range(body.start, body.end)
    start = body.start
    title = _title_above(visible, a, starts, outline.links)
    if title is not None:
        a, start = title, int(starts[title])
    chrome: list[tuple[int, int]] = []
    if visible[:a].strip():
        chrome.append((0, start))
    if visible[b:].strip():
        chrome.append((body.end, len(source)))
    return tuple(chrome)


def _title_above(
    visible: str, a: int, starts: np.ndarray, links: Sequence[tuple[int, int]]
) -> int | None:
    """Where the report's title starts when it sits in its own block just above the
    body (a portal's heading block) and the body has none: the last line ending in
    报告 before the body, not a link (a sidebar's other reports are links)."""
    if _REPORT_TITLE.search(visible, a, a + _TITLE_REACH):
        return None
    found = None
    for m in _REPORT_TITLE.finditer(visible, max(0, a - _TITLE_REACH), a):
        at = m.start() + len(m.group()) - len(m.group().lstrip())
        if not _in_links(int(starts[at]), links):
            found = at
    return found


def _prose_mask(starts: np.ndarray, links: Sequence[tuple[int, int]], visible: str) -> np.ndarray:
    """How many visible characters before each position are prose (not whitespace,
    not inside a link): ``len(visible) + 1`` running counts, one array, no list per character."""
    codes = np.frombuffer(visible.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    prose = ~np.isin(codes, _SPACE_CODES)
    if links:
        link_start = np.fromiter((s for s, _ in links), dtype=np.int64, count=len(links))
        link_end = np.fromiter((e for _, e in links), dtype=np.int64, count=len(links))
        # the last link starting at or before each offset (links are sorted, disjoint)
        k = link_start.searchsorted(starts, side="right") - 1
        prose &= ~((k >= 0) & (starts < link_end[np.maximum(k, 0)]))
    return np.concatenate(([0], np.cumsum(prose)))


def _in_links(offset: int, links: Sequence[tuple[int, int]]) -> bool:
    """Whether a source offset lies inside a link (``links`` sorted, disjoint)."""
    k = bisect_left(links, (offset + 1,)) - 1
    return k >= 0 and links[k][0] <= offset < links[k][1]


class _TableLike(Protocol):
    @property
    def rows(self) -> Sequence[Sequence[object]]: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_TableLike)


def data_tables(tables: Sequence[T]) -> list[T]:
    """The tables that hold data: layout tables are dropped, the tables inside them kept.

    A table that holds a table of several rows lays the page out; a table
    nested in a data table's cell (a layout wrapper around one number) is
    that cell's text, not a table of its own.
    """
    ordered = sorted(tables, key=lambda t: t.start)
    # One sweep with a stack of the open tables (tables nest or are disjoint):
    # linear in the number of tables times the nesting depth, which read
    # bounds; hostile pages hold thousands of tables.
    ancestors: list[tuple[T, ...]] = []
    stack: list[T] = []
    for t in ordered:
        while stack and not (stack[-1].start < t.start and t.end <= stack[-1].end):
            stack.pop()
        ancestors.append(tuple(stack))
        stack.append(t)
    layout = {
        id(o)
        for t, chain in zip(ordered, ancestors, strict=True)
        if len(t.rows) >= _LAYOUT_NESTED_ROWS
        for o in chain
    }
    return [
        t
        for t, chain in zip(ordered, ancestors, strict=True)
        if id(t) not in layout and all(id(o) in layout for o in chain)
    ]


def page_titles(source: str) -> tuple[str, ...]:
    """The page's own titles (``<title>``, title ``<meta>``), unescaped, in page order.

    A saved page often names the report in full there where the article's
    heading is cut or shortened; metadata reads them as cues of last resort.
    """
    head = source[:_HEAD_REACH]
    found = [html.unescape(m[1]) for m in _TITLE_TAG.finditer(head)]
    for tag in _META_TAG.finditer(head):
        attrs = {k.lower(): v.strip("\"'") for k, v in _META_ATTR.findall(tag.group())}
        key = (attrs.get("name") or attrs.get("property") or "").lower()
        if key in _META_TITLES and attrs.get("content"):
            found.append(html.unescape(attrs["content"]))
    return tuple(dict.fromkeys(t.strip() for t in found if t.strip()))


def page_sources(source: str) -> tuple[str, ...]:
    """The page's ``<meta name="ContentSource">`` values (the article's 来源, which the CMSs
    of Chinese government sites write beside ArticleTitle), unescaped, in page order:
    metadata reads them last, as a 来源 label (meta19 t35: the one place a bureau's name
    was written)."""
    head = source[:_HEAD_REACH]
    found = []
    for tag in _META_TAG.finditer(head):
        attrs = {k.lower(): v.strip("\"'") for k, v in _META_ATTR.findall(tag.group())}
        if (attrs.get("name") or "").lower() == "contentsource" and attrs.get("content"):
            found.append(html.unescape(attrs["content"]).strip())
    return tuple(dict.fromkeys(t for t in found if t))


def image_titles(source: str) -> tuple[str, ...]:
    """The alt texts of the page's images that name a report (报告), unescaped, in page order.

    A report's title is sometimes only a picture, its alt text the one place its
    agency is written. Only titles are kept: a logo's alt text names the site's
    owner (a county's portal above a bureau's report), and a link's ``title`` is
    as often another report's (a list, a sidebar); metadata reads these last.
    """
    found = (
        html.unescape(m[1] or m[2]).strip()
        for m in _IMG_ALT.finditer(source)
        if not _linked(source, m.start())
    )
    return tuple(dict.fromkeys(t for t in found if "报告" in t))


_LINK_OPEN = re.compile(r"<a\b", re.I)
_LINK_CLOSE = re.compile(r"</a\s*>", re.I)
# How far back an <img>'s enclosing <a> is looked for (a link wraps its picture closely).
_LINK_REACH = 2000


def _linked(source: str, at: int) -> bool:
    """Whether the tag at ``at`` is inside a link (<a href=…><img alt=…></a>): a picture
    that links elsewhere is a list's or a sidebar's entry, another report's (red25 b01,
    b02: last year's report pictured beside a page with no year cue gave 2022), never the
    page's own title."""
    start = max(0, at - _LINK_REACH)
    opened = [m.start() for m in _LINK_OPEN.finditer(source, start, at)]
    closed = [m.start() for m in _LINK_CLOSE.finditer(source, start, at)]
    return bool(opened) and (not closed or opened[-1] > closed[-1])


# The end of a page's head (its <title>, <meta>s), past which the banner starts.
_HEAD_END = re.compile(r"</head\s*>", re.I)


def logo_names(source: str) -> tuple[str, ...]:
    """The alt texts of the images above the report's title (a banner's logo), that
    name no report, unescaped, in page order: the site's owner, as often a portal's
    government as a department whose own site it is. Metadata reads them last of all,
    under the guards of a site's name (never a government, of the kind the report calls
    itself: meta20 u34, a bureau's logo above a 我局 report that names itself nowhere).
    Above the title: before the first 报告 of the page's body, the title's (or a list's
    of reports, above which a logo still is)."""
    head = _HEAD_END.search(source)
    start = head.end() if head else 0
    end = source.find("报告", start)
    top = source[start : end if end >= 0 else start]
    found = (html.unescape(m[1] or m[2]).strip() for m in _IMG_ALT.finditer(top))
    return tuple(dict.fromkeys(t for t in found if t and "报告" not in t))
