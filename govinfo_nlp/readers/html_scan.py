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
from html import unescape
from typing import Any

__all__ = ["html_events"]

# (handler name, source offset, arguments); see html.parser.HTMLParser.goahead
Event = tuple[str, int, tuple[Any, ...]]

# One construct per match, in html.parser's terms: text up to the next "<" or
# "&"; a start tag with plain attributes (name, name=value, name="value",
# name='value': html.parser ends such a tag at the same ">" and reads the same
# attributes); an end tag; a comment (its 3.11 end: "--", spaces, ">"); a
# doctype; a character or entity reference with the one character after it
# that html.parser's own patterns need.
_TOKEN = re.compile(
    r"""(?P<data>[^&<]+)
    |(?P<start><(?P<tag>[a-zA-Z][^\t\n\r\f\ />\x00]*)
        (?:\s+[^\s/>"'=<]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*
        \s*(?P<slash>/?)>)
    |(?P<end></\s*(?P<etag>[a-zA-Z][-.a-zA-Z0-9:_]*)\s*>)
    |(?P<comment><!--.*?--\s*>)
    |(?P<doctype><![dD][oO][cC][tT][yY][pP][eE][^>]*>)
    |(?P<charref>&\#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F])
    |(?P<entityref>&(?P<name>[a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9])""",
    re.X | re.S,
)
_INCOMPLETE = re.compile("&[a-zA-Z#]")
# html.parser's patterns for a start tag's name and attributes
_TAGFIND = re.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
_ATTRFIND = re.compile(
    r"((?<=[\'\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*"
    r"(\'[^\']*\'|\"[^\"]*\"|(?![\'\"])[^>\s]*))?(?:\s|/(?!>))*"
)
_CDATA = ("script", "style")
# Elements whose attributes the renderer reads (rowspan, colspan); others get none.
_WITH_ATTRS = frozenset({"td", "th"})


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
    add = events.append
    match = _TOKEN.match
    n = len(source)
    i = 0
    while i < n:
        m = match(source, i)
        if m is None:
            # "<" or "&" starting nothing above: html.parser's data "<" / "&", or
            # a construct it reads its own way
            ch, nxt = source[i], source[i + 1 : i + 2]
            if not nxt or (ch == "<" and (nxt in "!?/" or (nxt.isascii() and nxt.isalpha()))):
                return None
            if ch == "&" and (nxt == "#" or _INCOMPLETE.match(source, i)):
                return None
            add(("handle_data", i, (ch,)))
            i += 1
            continue
        kind = m.lastgroup
        end = m.end()
        if kind == "data":
            add(("handle_data", i, (m.group(),)))
        elif kind == "start":
            tag = m.group("tag").lower()
            attrs = _attrs(source, i, end) if tag in _WITH_ATTRS else []
            if m.group("slash"):
                add(("handle_startendtag", i, (tag, attrs)))
            else:
                add(("handle_starttag", i, (tag, attrs)))
                if tag in _CDATA:
                    close = re.compile(rf"</\s*{tag}\s*>", re.I).search(source, end)
                    if close is None:
                        return None  # html.parser keeps it unread: leave it to it
                    if end < close.start():
                        add(("handle_data", end, (source[end : close.start()],)))
                    add(("handle_endtag", close.start(), (tag,)))
                    end = close.end()
        elif kind == "end":
            add(("handle_endtag", i, (m.group("etag").lower(),)))
        elif kind == "charref":
            add(("handle_charref", i, (m.group()[2:-1],)))
            if source[end - 1] != ";":
                end -= 1
        elif kind == "entityref":
            add(("handle_entityref", i, (m.group("name"),)))
            if source[end - 1] != ";":
                end -= 1
        # comments and the doctype: the renderer has no handler for them
        i = end
    return events
