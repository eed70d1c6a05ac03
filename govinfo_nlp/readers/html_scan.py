"""A fast tokeniser for ordinary HTML that gives exactly the events of ``html.parser``.

:class:`html.parser.HTMLParser` (``convert_charrefs=False``) scans a tag
twice with its general regexes and keeps line/column positions up to date
on every step; most of a page's reading time went there. Ordinary markup —
start and end tags with plain attributes, comments, a doctype, character
and entity references, ``<script>``/``<style>`` content — is tokenised here
with one match per construct, into the same handler calls, in the same
order, with the source offset of each. Anything else (processing
instructions, marked sections, bogus comments, a construct cut off by the
end of the page, a start tag whose attributes are not plain) makes
:func:`html_events` return ``None``, and the caller uses ``html.parser``:
the result is the same either way, only the time differs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from html import unescape
from typing import Any

__all__ = ["CELL_INLINE", "Event", "cell_events", "html_events", "scan_events"]

# (handler name, source offset, arguments); see html.parser.HTMLParser.goahead
Event = tuple[str, int, tuple[Any, ...]]

# One construct per match, in html.parser's terms: text up to the next "<" or
# "&"; a start tag with plain attributes (name, name=value, name="value",
# name='value': html.parser ends such a tag at the same ">" and reads the same
# attributes); an end tag; a comment (its 3.11 end: "--", spaces, ">"); a
# doctype; a character or entity reference, followed by its ";" or by the
# character html.parser's own patterns need (looked at, not read); and a "<"
# or "&" that starts none of these. Every position starts a match, so
# ``finditer`` reads the page end to end.
_ATTRS = r"""(?:\s+[^\s/>"'=<]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*"""
_TOKENS = r"""(?P<data>[^&<]+)
    |(?P<cell>{cell})
    |(?P<start><(?P<tag>[a-zA-Z][^\t\n\r\f\ />\x00]*){attrs}\s*(?P<slash>/?)>)
    |(?P<end></\s*(?P<etag>[a-zA-Z][-.a-zA-Z0-9:_]*)\s*>)
    |(?P<comment><!--.*?--\s*>)
    |(?P<doctype><![dD][oO][cC][tT][yY][pP][eE][^>]*>)
    |(?P<charref>&\#(?P<number>[0-9]+|[xX][0-9a-fA-F]+)(?:;|(?=[^0-9a-fA-F])))
    |(?P<entityref>&(?P<name>[a-zA-Z][-.a-zA-Z0-9]*)(?:;|(?=[^a-zA-Z0-9])))
    |(?P<other>[<&])"""
# A table cell holding one run of text, inside at most a <p> and inline tags
# (<td><p style="..."><span>12</span></p></td>, most cells of a report's tables),
# which scan_events passes as one "cell" event with ``cells``. Each piece is one
# the alternatives read the same way (a start tag with plain attributes, text,
# an end tag), with nothing between them; the inline tags (any start, end or
# empty tag of CELL_INLINE, Word's <o:p> among them) are ones a renderer that
# asks for cells leaves out: the cell's events are those of its td/th, <p>,
# text, </p> and end tag (see cell_events).
CELL_INLINE = frozenset({"span", "font", "strong", "b", "em", "i", "u", "sup", "sub", "o:p"})
_INLINE = "|".join(sorted(CELL_INLINE))
# (a class of their first letters first: sre tries each name in turn)
_FIRST = "".join(sorted({name[0] for name in CELL_INLINE}))
_INLINE_TAGS = rf"""(?:<(?=[{_FIRST}])(?:{_INLINE}){_ATTRS}\s*/?>
        |</(?=[{_FIRST}])(?:{_INLINE})\s*>)*"""
_CELL = rf"""(?P<cstart><(?P<ctag>td|th){_ATTRS}\s*>)
        {_INLINE_TAGS}(?:(?P<popen><p{_ATTRS}\s*>){_INLINE_TAGS})?
        (?P<ctext>[^&<]+)
        {_INLINE_TAGS}(?:(?P<pclose></p\s*>){_INLINE_TAGS})?
        (?P<cend></(?P=ctag)\s*>)"""
_TOKEN = re.compile(_TOKENS.format(cell="(?!)" + _CELL, attrs=_ATTRS), re.X | re.S)
# The same groups, numbered alike; only here can a cell match ("(?!)" never does).
_TOKEN_CELLS = re.compile(_TOKENS.format(cell=_CELL, attrs=_ATTRS), re.X | re.S)
# Each alternative is one named group holding its whole match, so the group
# that closed last (``lastindex``) names it: compared as an int, read by number.
_GROUP = _TOKEN.groupindex
_DATA, _START, _END = _GROUP["data"], _GROUP["start"], _GROUP["end"]
_CHARREF, _ENTITYREF, _OTHER = _GROUP["charref"], _GROUP["entityref"], _GROUP["other"]
_TAG, _SLASH, _ETAG = _GROUP["tag"], _GROUP["slash"], _GROUP["etag"]
_NUMBER, _NAME = _GROUP["number"], _GROUP["name"]
_CELL_GROUP, _CTAG, _CTEXT = _GROUP["cell"], _GROUP["ctag"], _GROUP["ctext"]
_CSTART, _POPEN, _PCLOSE, _CEND = (_GROUP[g] for g in ("cstart", "popen", "pclose", "cend"))
_INCOMPLETE = re.compile("&[a-zA-Z#]")
# html.parser's patterns for a start tag's name and attributes
_TAGFIND = re.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
_ATTRFIND = re.compile(
    r"((?<=[\'\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*"
    r"(\'[^\']*\'|\"[^\"]*\"|(?![\'\"])[^>\s]*))?(?:\s|/(?!>))*"
)
_CDATA = ("script", "style")
# Elements whose attributes the renderer reads (rowspan, colspan; an input's type and
# value; a table's direction; an <svg>'s size, read.py _SVG_UNDRAWN); others get none.
_WITH_ATTRS = frozenset({"td", "th", "input", "table", "svg"})


def cell_events(pos: int, args: tuple[Any, ...]) -> list[Event]:
    """The events of a ``("cell", pos, args)`` event, in order (the tags of
    :data:`CELL_INLINE` left out)."""
    tag, attrs, popen, text, at, pclose, end = args
    events: list[Event] = [("handle_starttag", pos, (tag, attrs))]
    if popen >= 0:
        events.append(("handle_starttag", popen, ("p", [])))
    events.append(("handle_data", at, (text,)))
    if pclose >= 0:
        events.append(("handle_endtag", pclose, ("p",)))
    events.append(("handle_endtag", end, (tag,)))
    return events


def _attrs(source: str, start: int, end: int) -> list[tuple[str, str | None]]:
    """The attributes of the start tag ``source[start:end]``, as html.parser reads them."""
    m = _TAGFIND.match(source, start + 1)
    assert m is not None  # the tag matched _START_TAG
    k = m.end()
    attrs: list[tuple[str, str | None]] = []
    while k < end:
        m = _ATTRFIND.match(source, k)
        if not m:
            break
        name, rest, value = m.group(1, 2, 3)
        if not rest:
            value = None
        elif value[:1] == "'" == value[-1:] or value[:1] == '"' == value[-1:]:
            value = value[1:-1]
        if value:
            value = unescape(value)
        attrs.append((name.lower(), value))
        k = m.end()
    return attrs


def html_events(source: str) -> list[Event] | None:
    """The handler calls ``HTMLParser(convert_charrefs=False)`` makes for ``source``
    (``feed`` then ``close``), or None when the markup needs ``html.parser`` itself."""
    events: list[Event] = []
    return events if scan_events(source, events.append) else None


def scan_events(
    source: str,
    emit: Callable[[Event], object],
    tags: Container[str] | None = None,
    *,
    cells: bool = False,
    all_attrs: bool = False,
) -> bool:
    """Pass :func:`html_events`' events to ``emit`` as they are read (a big page's
    events are never held in a list); False, after the events before it, at the
    first construct that needs ``html.parser``. With ``tags``, the events of
    other tags are left out (text, references and ``<script>``/``<style>`` are
    always passed). With ``cells`` (and ``tags`` that leave out :data:`CELL_INLINE`),
    a simple table cell is passed as one ``("cell", offset, args)`` event, whose
    events :func:`cell_events` gives. With ``all_attrs``, every start tag's attributes
    are read (else only those of _WITH_ATTRS: the renderer asks for all on a page that
    hides markup in a table)."""
    i = 0
    token = _TOKEN_CELLS if cells else _TOKEN
    while True:
        for m in token.finditer(source, i):
            # the alternative that matched, by its group's number (see _GROUP)
            kind = m.lastindex
            if kind == _DATA:
                emit(("handle_data", m.start(), (m.group(),)))
            elif kind == _CELL_GROUP:
                start, end = m.span(_CSTART)
                attrs = _attrs(source, start, end) if end - start > 4 else []
                popen, pclose = m.start(_POPEN), m.start(_PCLOSE)  # -1: absent
                text = (m.group(_CTEXT), m.start(_CTEXT))
                emit(("cell", start, (m.group(_CTAG), attrs, popen, *text, pclose, m.start(_CEND))))
            elif kind == _START:
                tag = m.group(_TAG).lower()
                slash = m.group(_SLASH)
                if tag in _CDATA and not slash:
                    i, end = m.span()
                    close = re.compile(rf"</\s*{tag}\s*>", re.I).search(source, end)
                    if close is None:
                        return False  # html.parser keeps it unread: leave it to it
                    emit(("handle_starttag", i, (tag, [])))
                    if end < close.start():
                        emit(("handle_data", end, (source[end : close.start()],)))
                    emit(("handle_endtag", close.start(), (tag,)))
                    i = close.end()
                    break  # read on after the raw text
                if tags is None or tag in tags:
                    i, end = m.span()
                    # a bare <td> (most cells) has none to read
                    attrs = (
                        _attrs(source, i, end)
                        if (all_attrs or tag in _WITH_ATTRS) and end - i > 4
                        else []
                    )
                    name = "handle_startendtag" if slash else "handle_starttag"
                    emit((name, i, (tag, attrs)))
            elif kind == _END:
                tag = m.group(_ETAG).lower()
                if tags is None or tag in tags:
                    emit(("handle_endtag", m.start(), (tag,)))
            elif kind == _CHARREF:
                emit(("handle_charref", m.start(), (m.group(_NUMBER),)))
            elif kind == _ENTITYREF:
                emit(("handle_entityref", m.start(), (m.group(_NAME),)))
            elif kind == _OTHER:
                # "<" or "&" starting nothing above: html.parser's data "<" / "&", or
                # a construct it reads its own way
                i = m.start()
                ch, nxt = source[i], source[i + 1 : i + 2]
                if not nxt or (ch == "<" and (nxt in "!?/" or (nxt.isascii() and nxt.isalpha()))):
                    return False
                if ch == "&" and (nxt == "#" or _INCOMPLETE.match(source, i)):
                    return False
                emit(("handle_data", i, (ch,)))
            # comments and the doctype: the renderer has no handler for them
        else:
            return True
