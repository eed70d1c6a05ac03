"""Web pages' CSS, as far as reading their tables needs it: what a page hides or draws.

A browser does not draw text hidden by display:none, a zero font size, a transparent or
white-on-white colour, visibility, opacity 0, an off-page or clipped place, or a rule of
the page's style sheets (its <style> elements, a web archive's style sheet parts, a saved
page's linked files: read.py gathers them); nor does the markup hold a digit a
::before/::after rule draws. read.py's renderer asks this module, per element inside a
table, whether it is shown (_is_hidden, _shows_again, _sized_again, _drawn_text) and
what the page's style sheets hide (_page_hiding). Only what is certain is taken: a rule
inside @media, a selector with other ancestors than a table's, a sibling combinator is
not; a cell whose text is not known for certain is left unread by the renderer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# A zero written as CSS writes it (0, 0.0, .0): the one number both the tag scan below
# and a declaration's size (_ZERO_SIZE) must read alike.
_ZERO_NUMBER = r"(?:0+(?:\.0*)?|\.0+)"
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I)
# Text set in a zero font size is not seen either: anti-copy scripts put junk digits
# inside a page's numbers so (1<font style="font-size:0px;color:#FFFFFF">4</font>8
# shows 18), and they were read as digits of the number (formats10 n14: 1859 as
# 148659, 8 as 86). Only an element inside a cell is passed over for it: a cell or a
# row set in a zero size still takes its place in the table (a stylesheet zeroes a
# container's size to close the gaps between inline blocks and sizes their content
# again), and so is not dropped.
_FONT_SIZE = re.compile(r"(?<![\w-])font-size\s*:\s*([^;]*)", re.I)
_ZERO_SIZE = re.compile(
    rf"{_ZERO_NUMBER}(?:px|pt|em|rem|ex|ch|%|vw|vh)?\s*(?:!\s*important)?", re.I
)
_PLACED_TAGS = frozenset(
    {"td", "th", "tr", "table", "tbody", "thead", "tfoot", "caption", "col", "colgroup"}
)


def _zero_size(style: str) -> bool:
    """Whether a style's (last) font-size declaration sets a zero size."""
    sizes = _FONT_SIZE.findall(style)
    return bool(sizes) and bool(_ZERO_SIZE.fullmatch(sizes[-1].strip()))


# A page's own stylesheet may hide a class (.hide{display:none}: a CMS's switched-off
# column, SingleFile's .sf-hidden): its cells in a table are passed over as an inline
# display:none is (formats6 i20's table 四 read two hidden cells; formats7 j03). Only
# what is certain: a rule outside any @media/@supports block whose selector is the
# class alone (or tag.class), display:none; a class that any other rule shows again
# (display set otherwise, in any selector, also inside @media) is not taken.
# A rule whose subject (the selector's last part) is a class, a tag or an attribute
# under table ancestors only (td .q, table i, [data-x]: anti-copy junk the stylesheet
# hides inside numbers; formats11 o02 read 1797 as 14797) hides as surely inside a
# table; another ancestor (p .q) or a sibling combinator is not taken. A rule that sizes
# or shows a class again counts only when the class is in its subject (.zz b{font-size:
# 9pt} sizes the <b>s, not .zz: formats11 o04).
_STYLE_ELEMENT = re.compile(r"<style\b([^>]*)>(.*?)</style\s*>", re.I | re.S)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_CSS_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
_CSS_SIMPLE_CLASS = re.compile(r"(?:[a-zA-Z][a-zA-Z0-9]*)?\.(-?[_a-zA-Z][\w-]*)")
_CSS_TAG = re.compile(r"[a-zA-Z][a-zA-Z0-9]*")
_CSS_ATTR = re.compile(r"(?:[a-zA-Z][a-zA-Z0-9]*)?\[\s*([a-zA-Z_][\w-]*)\s*\]")
_CSS_ID = re.compile(r"#(-?[_a-zA-Z][\w-]*)")
_CSS_SIMPLE_ID = re.compile(r"(?:[a-zA-Z][a-zA-Z0-9]*)?#(-?[_a-zA-Z][\w-]*)")
_CSS_PSEUDO = re.compile(r"(.*?)::?(?:before|after)", re.I)
# (any case: CSS property names and keywords are; .OLD{DISPLAY:NONE} hid nothing, red26 h11)
_CSS_DISPLAY = re.compile(r"(?<![\w-])display\s*:\s*([a-zA-Z-]+)", re.I)
_CSS_PUNCT = re.compile(r"[{};]")
_CSS_COMBINATOR = re.compile(r"\s*[>+~]\s*|\s+")
# Ancestors under which a rule's subject is surely matched inside any table cell.
_TABLE_ANCESTORS = frozenset({"html", "body", "table", "tbody", "thead", "tfoot", "tr", "td", "th"})
# Stylesheets bigger than this are not looked into (a page inlining a framework's CSS)
_MAX_STYLE_CHARS = 1 << 20


# What an at-rule's block means for a page on a screen (formats12 p05: old figures hidden
# by `@media screen{.o{display:none}}` were read joined to the shown ones, 15 beside 10 as
# 1510; numbers in spans hidden by `@media print` only are shown). A media query list
# holding a query that is a screen's for certain (screen, all; `only`) applies; one whose
# every query names print or speech never does (its rules are dropped: they neither hide
# nor show); anything else (a width, @supports, @container) may or may not: its rules are
# "inside an at-rule" (uncertain). @layer's block applies as if it were not there.
_SCREEN_QUERY = re.compile(r"\s*(?:only\s+)?(?:screen|all)\s*", re.I)
_UNSEEN_QUERY = re.compile(r"\s*(?:only\s+)?(?:print|speech)(?![\w-])[^,]*", re.I)
_LAYER = re.compile(r"@layer(?![\w-])", re.I)


def _media_applies(queries: str) -> bool | None:
    """Whether a media query list applies on a screen: True, False (never), None (not
    certain)."""
    parts = queries.split(",")
    if any(_SCREEN_QUERY.fullmatch(q) for q in parts):
        return True
    if all(_UNSEEN_QUERY.fullmatch(q) for q in parts):
        return False
    return None


def _at_rule_applies(prelude: str) -> bool | None:
    """Whether the rules in an at-rule's block apply on a screen (see _media_applies)."""
    if _LAYER.match(prelude):
        return True
    if prelude[:6].lower() == "@media":
        return _media_applies(prelude[6:])
    return None


def _css_rules(css: str, inside_at: bool = False) -> list[tuple[str, str, bool]]:
    """``(selectors, declarations, inside an at-rule)`` of each rule of a stylesheet (an
    at-rule that certainly applies on a screen counts as none; the rules of one that
    never does are left out: see _at_rule_applies)."""
    out: list[tuple[str, str, bool]] = []
    depth = start = 0
    prelude = ""
    for m in _CSS_PUNCT.finditer(css):
        i, ch = m.start(), m.group()
        if ch == "{":
            if depth == 0:
                prelude = css[start:i].strip()
                start = i + 1
            depth += 1
        elif ch == "}" and depth:
            depth -= 1
            if depth == 0:
                body = css[start:i]
                if prelude.startswith("@"):
                    applies = _at_rule_applies(prelude)
                    if applies is not False and "{" in body:
                        out += _css_rules(body, inside_at or applies is None)
                else:
                    out.append((prelude, body, inside_at))
                start = i + 1
        elif ch == ";" and depth == 0:
            start = i + 1  # an @import or @charset statement
    return out


_MEDIA_ATTR = re.compile(r"""\smedia\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)


def _page_css(source: str, css: str = "") -> str:
    """The text of the page's <style> elements, and ``css`` (its linked stylesheets); a
    <style media=…> is given as an @media block of its queries (see _media_applies)."""
    if "<style" not in source.lower() and not css:
        return ""
    sheets = []
    for m in _STYLE_ELEMENT.finditer(source):
        media = _MEDIA_ATTR.search(m.group(1))
        if media is None:
            sheets.append(m.group(2))
        else:
            queries = next(q for q in media.groups() if q is not None)
            sheets.append(f"@media {queries.replace('{', ' ')}{{{m.group(2)}}}")
    return "\n".join([*sheets, css])


def _hidden_classes(source: str, css: str = "", sheet: str | None = None) -> frozenset[str]:
    """The classes the page's <style> elements hide for certain (see _STYLE_ELEMENT)."""
    return _styled_classes(
        source, "display", _CSS_DISPLAY, lambda v: v.lower() == "none", css, sheet=sheet
    )


def _zero_size_classes(source: str, css: str = "", sheet: str | None = None) -> frozenset[str]:
    """The classes the page's <style> elements set in a zero font size for certain (see
    _STYLE_ELEMENT, _ZERO_SIZE): a class another rule sizes otherwise is not taken."""
    return _styled_classes(
        source,
        "font-size",
        _FONT_SIZE,
        lambda v: bool(_ZERO_SIZE.fullmatch(v.strip())),
        css,
        sheet=sheet,
    )


def _subject(selector: str) -> tuple[str, bool] | None:
    """A selector's subject (its last compound) and whether every ancestor before it is
    one of _TABLE_ANCESTORS; None for a sibling combinator (not certain)."""
    if "+" in selector or "~" in selector:
        return None
    parts = [p for p in _CSS_COMBINATOR.split(selector.strip()) if p]
    if not parts:
        return None
    return parts[-1], all(p.lower() in _TABLE_ANCESTORS for p in parts[:-1])


def _styled_classes(
    source: str,
    prop: str,
    values_of: re.Pattern[str],
    matches: Callable[[str], bool],
    css: str = "",
    kind: str = "class",
    sheet: str | None = None,
) -> frozenset[str]:
    """The classes (``kind`` "tag": tags; "attr": attribute names; "id": ids) a rule sets ``prop``
    to a value ``matches`` accepts (see _STYLE_ELEMENT: the subject alone, or under
    table ancestors, outside an at-rule), and no rule whose subject names it sets
    otherwise. ``sheet`` is ``_page_css(source, css)`` when the caller has it (a page's
    readings share it: each built it again, lowering the whole page, before)."""
    text = _page_css(source, css) if sheet is None else sheet
    if not text or len(text) > _MAX_STYLE_CHARS or prop not in text.lower():
        # (a property in any case: DISPLAY:NONE as old editors write it, red26 h11, and
        # Display:None, which a test for the two cases missed)
        return frozenset()
    pattern = {
        "class": _CSS_SIMPLE_CLASS,
        "tag": _CSS_TAG,
        "attr": _CSS_ATTR,
        "id": _CSS_SIMPLE_ID,
    }[kind]
    taken: set[str] = set()
    shown: set[str] = set()
    for selectors, body, inside_at in _css_rules(_CSS_COMMENT.sub(" ", text)):
        values = values_of.findall(body)
        if not values:
            continue
        none = matches(values[-1])
        for selector in selectors.split(","):
            found = _subject(selector)
            if found is None:
                continue
            subject, under_tables = found
            if none and not inside_at and under_tables:
                simple = pattern.fullmatch(subject)
                if simple is not None:
                    taken.add(simple.group(1) if kind != "tag" else simple.group().lower())
            elif not none:
                if kind == "class":
                    shown.update(_CSS_CLASS.findall(subject))
                elif kind == "tag" and (tag := _CSS_TAG.match(subject)) is not None:
                    shown.add(tag.group().lower())
                elif kind == "id":
                    shown.update(_CSS_ID.findall(subject))
                else:
                    shown.update(_CSS_ATTR.findall(subject))
    return frozenset(taken - shown)


# Text a browser does not draw though its element is there (formats11 o01, o02: anti-copy
# junk inside a page's numbers read as digits: 112 as 12182): an inline style making it
# invisible (visibility hidden, opacity 0, a transparent colour), taking it off the page
# (absolutely placed a thousand pixels or more off, clipped to nothing, a box of no width
# or height whose overflow is hidden), or WHITE text on a page whose backgrounds are all
# white (a cell's dark background would show it). Only an element inside a cell (not the
# table's own) is passed over so; a `<tr>` collapsed (visibility:collapse) is dropped as
# a hidden row is.
_VISIBILITY = re.compile(r"(?<![\w-])visibility\s*:\s*([a-zA-Z]+)", re.I)
_OPACITY_ZERO = re.compile(rf"(?<![\w-])opacity\s*:\s*{_ZERO_NUMBER}(?![\d.%])", re.I)
_COLOR = re.compile(r"(?<![\w-])color\s*:\s*([^;]*)", re.I)
_TRANSPARENT = re.compile(
    rf"\s*(?:transparent|rgba\(\s*[\d.]+%?\s*,\s*[\d.]+%?\s*,\s*[\d.]+%?\s*,\s*{_ZERO_NUMBER}\s*\))"
    r"\s*(?:!\s*important)?\s*",
    re.I,
)
_WHITE_COLOR = re.compile(
    r"\s*(?:#fff(?:fff)?|white|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))\s*(?:!\s*important)?\s*",
    re.I,
)
_ABSOLUTE = re.compile(r"(?<![\w-])position\s*:\s*(?:absolute|fixed)", re.I)
_FAR_OFF = re.compile(
    r"(?<![\w-])(?:left|top|right|margin-left|margin-top)\s*:\s*-\s*(?:\d{4,}(?:\.\d*)?px|\d{3,}(?:\.\d*)?r?em)",
    re.I,
)
_CLIPPED = re.compile(
    r"(?<![\w-])clip\s*:\s*rect\(\s*0(?:px)?(?:\s*,?\s*0(?:px)?){3}\s*\)"
    r"|(?<![\w-])clip-path\s*:\s*inset\(\s*50%",
    re.I,
)
_BOXED = re.compile(r"(?<![\w-])display\s*:\s*(?:inline-block|block)", re.I)
_NO_BOX = re.compile(
    rf"(?<![\w-])(?:max-)?(?:width|height)\s*:\s*{_ZERO_NUMBER}(?:px|pt|em|rem|%)?\s*(?:;|!|$)",
    re.I,
)
_OVERFLOW_HIDDEN = re.compile(r"(?<![\w-])overflow\s*:\s*hidden", re.I)
_BACKGROUND = re.compile(
    r"(?<![\w-])background(?:-color|-image)?\s*:\s*([^;}\"'<>]*)|\sbgcolor\s*=\s*[\"']?([^\"'\s>]*)",
    re.I,
)
_WHITE_BACKGROUND = re.compile(
    r"\s*(?:#fff(?:fff)?|white|transparent|none|inherit|initial"
    r"|rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(?:,\s*1(?:\.0*)?\s*)?\))\s*(?:!\s*important)?\s*",
    re.I,
)
# A digit drawn by the stylesheet (.g3::before{content:"3"}, content:attr(data-v)): the
# markup's text lacks it (formats11 o03: 3374 read as 334). An EMPTY element of one such
# class, whose rules (the class alone or under table ancestors, outside at-rules, one
# rule for its ::before and one for its ::after) draw a string or an attribute's value,
# reads as what they draw; a cell holding any other such element is left unread.
_CSS_CONTENT = re.compile(r"(?<![\w-])content\s*:\s*([^;]*)", re.I)
_DRAWN = re.compile(r"\d|attr\(|counter", re.I)
# The words of a tag's own markup that may make text in it not drawn as above (a quick
# test before the page is scanned with every tag's attributes: read.py's one tag scan,
# _HIDDEN_TAG, looks for them with its own hiding words). Each with a part of it that
# a text the word matches under re.I holds in lower case (see read._HIDING_WORDS).
_FAINT_WORDS = (
    (r"visibility\s*:\s*(?:hidden|collapse)", "ty"),
    (r"opacity\s*:\s*[0.]", "opac"),
    (r"color\s*[:=]\s*[\"']?\s*(?:transparent|rgba|white|#fff)", "colo"),
    (r"clip", "cl"),
    (r"overflow\s*:\s*hidden", "flow"),
    (r":\s*-\s*\d{3,}", ":"),
    (r"line-through", "throu"),
)
# Text struck through by its own style (<span style="text-decoration:line-through">29</span>
# 37) is an old figure the editor replaced, as a <del> is (read.py _STRUCK): joined to the
# shown one it read 2937 for 37 (red27 s04, s05). A style sheet's rule striking a class,
# an id, a tag or an attribute strikes as an inline style does (session 28: red27 s06 read
# 2937 for 37 under `.old{text-decoration:line-through}`, w01 a stale table 二 struck by
# `table.was{…}`): the renderer passes over such an element inside a cell (Hiding.struck,
# struck_ids; tags and attributes with Hiding.tags, attrs), readers/shown.py takes a table
# under one for not the page's (hiding_rules), and a rule that may strike (a pseudo-class,
# an at-rule, an ancestor that is not a table's) leaves its cells unread (_unsure_hiding).
_LINE_THROUGH = re.compile(r"text-decoration(?:-line)?\s*:[^;\"']*line-through", re.I)
_TEXT_DECORATION = re.compile(r"(?<![\w-])text-decoration(?:-line)?\s*:\s*([^;]*)", re.I)


def _strikes(value: str) -> bool:
    """Whether a text-decoration value draws a line through."""
    return "line-through" in value.lower()


def _struck_by_rule(body: str) -> bool:
    """Whether a rule's declarations strike its element (their last text-decoration)."""
    values = _TEXT_DECORATION.findall(body)
    return bool(values) and _strikes(values[-1])


# What a ::before/::after rule draws, when it is certain: one quoted string, or one
# attribute's value (attr(data-v)), or nothing (none, normal).
_CONTENT_STRING = re.compile(r"""\s*(?:"([^"\\]*)"|'([^'\\]*)')\s*(?:!\s*important)?\s*""")
_CONTENT_ATTR = re.compile(r"\s*attr\(\s*([a-zA-Z_][\w-]*)\s*\)\s*(?:!\s*important)?\s*", re.I)
_CONTENT_NONE = re.compile(r"\s*(?:none|normal)\s*(?:!\s*important)?\s*", re.I)


def _content_spec(value: str) -> tuple[str, str] | None:
    """A ``content`` value as ("text", the string) or ("attr", an attribute's name), or
    None when it is anything else (a counter, several parts, an escape)."""
    if m := _CONTENT_STRING.fullmatch(value):
        return ("text", m.group(1) if m.group(1) is not None else m.group(2))
    if m := _CONTENT_ATTR.fullmatch(value):
        return ("attr", m.group(1).lower())
    if _CONTENT_NONE.fullmatch(value):
        return ("text", "")
    return None


def _drawn_text(
    attrs: list[tuple[str, str | None]], drawn: frozenset[str], pseudo: dict[str, Any]
) -> str | None:
    """What the stylesheet draws into an element (its ::before then its ::after), when
    it names one class that draws and that class's rules are certain; else None."""
    names = [c for c in _classes_of(attrs) if c in drawn]
    if len(names) != 1 or names[0] not in pseudo:
        return None
    values = {k: v or "" for k, v in attrs}
    return "".join(
        spec[1] if spec[0] == "text" else values.get(spec[1], "") for spec in pseudo[names[0]]
    )


# A part of each word _BACKGROUND matches, as a text the word matches under re.I holds
# it in lower case (letters re.I matches in their two ASCII cases only, as
# read._HIDING_WORDS' parts): a page holding neither is not scanned. The scan tries
# its look-behind and both words at every character, ten times the lower-casing's time.
_BACKGROUND_PARTS = ("ground", "bgcolo")


def parts_in_lower(text: str, parts: tuple[str, ...], piece: int = 65536) -> frozenset[str]:
    """The ``parts`` (lower case) the lower case of ``text`` holds, looked for a piece
    of ``piece`` characters at a time, each piece reaching a part's length into the
    next: a big page's lower-cased copy is not made whole."""
    reach = max(map(len, parts)) - 1
    found: set[str] = set()
    for at in range(0, len(text), piece):
        lowered = text[at : at + piece + reach].lower()
        found.update(part for part in parts if part in lowered)
        if len(found) == len(parts):
            break
    return frozenset(found)


def _white_page(source: str, css: str) -> bool:
    """Whether every background the page sets (inline, in a stylesheet, bgcolor) is white:
    white text on it is not seen."""
    for text in (source, css):
        if not parts_in_lower(text, _BACKGROUND_PARTS):
            continue  # (no background: the scan would find none)
        for m in _BACKGROUND.finditer(text):
            value = m.group(1) if m.group(1) is not None else m.group(2)
            if not _WHITE_BACKGROUND.fullmatch(value):
                return False
    return True


@dataclass(frozen=True, slots=True)
class Hiding:
    """What a page hides for certain, by its stylesheets (see _STYLE_ELEMENT, _FAINT_WORDS).

    ``classes``: display:none; ``tiny``: a zero font size; ``faint``: text not drawn
    (a transparent colour, white on a white page, visibility hidden, opacity 0);
    ``tags``, ``attrs``: tags and attribute names display:none inside tables; ``white``:
    the page's backgrounds are all white; ``drawn``: classes a ::before/::after rule
    draws a digit into; ``restyled``: classes and tags a rule gives a size, a colour or
    visibility (they may show text inside an element hidden by those); ``unsure``,
    ``unsure_tags``: classes and tags a rule may hide (see _HIDES: a cell holding one is
    not read; a td, th or tr among the tags: no cell is); ``unsure_rows``: classes of rows
    and tables a rule may hide (tr.x, table.x: no cell of such a row or table is read);
    ``unsure_scoped``: (tag, class) of a rule that may hide a tag only inside a table of
    that class (.t3 td:last-child: no cell of such a table holding one is read); ``ids``:
    display:none, as ``classes``; ``struck``, ``struck_ids``: classes and ids a rule draws a
    line through (an element inside a cell passed over, as an inline line-through is;
    struck tags and attributes are in ``tags`` and ``attrs``)."""

    classes: frozenset[str] = frozenset()
    tiny: frozenset[str] = frozenset()
    faint: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    attrs: frozenset[str] = frozenset()
    white: bool = False
    drawn: frozenset[str] = frozenset()
    pseudo: tuple[tuple[str, tuple[str, str], tuple[str, str]], ...] = ()
    restyled: frozenset[str] = frozenset()
    unsure: frozenset[str] = frozenset()
    unsure_tags: frozenset[str] = frozenset()
    unsure_rows: frozenset[str] = frozenset()
    unsure_scoped: frozenset[tuple[str, str]] = frozenset()
    ids: frozenset[str] = frozenset()
    struck: frozenset[str] = frozenset()
    struck_ids: frozenset[str] = frozenset()


# A page that hides nothing (the default of the renderer and the tag scan).
_NO_HIDING = Hiding()


# A rule that hides (display:none, visibility hidden, opacity 0, a zero size) or strikes
# (a line-through: an old figure) what only a browser can tell: its subject has a
# pseudo-class (td:last-child, span:first-child, tr:nth-child(4): which element it is
# depends on the markup's order; formats12 p04 read the hidden <span>old</span> of
# `td > span:first-child` joined to the shown one, 6 as 116), it is inside an at-rule that
# may not apply (a width, @supports: formats12 p05), or a class is its subject under an
# ancestor that is not a table's (`.rep .old`: whether the element is inside a .rep is not
# looked up; session 28). Such an element's cell is left unread: its figure may or may
# not be drawn, or be an old one.
_HIDES = re.compile(
    rf"(?<![\w-])(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)"
    rf"|opacity\s*:\s*{_ZERO_NUMBER}(?![\d.%])|font-size\s*:\s*{_ZERO_NUMBER}(?![\d.])"
    r"|text-decoration(?:-line)?\s*:[^;]*line-through)",
    re.I,
)
_PSEUDO_CLASS = re.compile(r"(?<!:):(?!:)")
_CSS_PARENS = re.compile(r"\([^()]*\)")
_EMPTY = re.compile(r":empty(?![\w-])", re.I)
# the tags whose class a cell does not look up (see _unsure_hiding)
_ROW_TAGS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "col", "colgroup"})


# A rule's reach (session 26): a row's or a table's class is looked up in the row or the
# table (tr.x reaches the rows of class x, not every cell of the page), and a subject
# under a table's class (.t3 td:last-child, table.m td:nth-child(3) in a width query:
# a responsive page hiding a column on phones) reaches only the tables of that class
# (and the tables inside them). Before, either left every cell of the page unread (a
# report whose stylesheet hides a column of another table lost all its cells). A class
# named on an ancestor scopes only where the page gives it to tables alone, and to one at
# least (_table_only_classes): on a <div> around the table, or on no element (a script may
# give it), the rule reaches every table.
_UnsureHiding = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[tuple[str, str]]]


def _unsure_hiding(rules: list[tuple[str, str, bool]]) -> _UnsureHiding:
    """The classes and tags of the subjects of rules that may hide (see _HIDES), the
    classes of the rows and tables they may hide, and (tag, class) of those reaching a
    tag only under an ancestor of that class."""
    classes: set[str] = set()
    tags: set[str] = set()
    rows: set[str] = set()
    scoped: set[tuple[str, str]] = set()
    for selectors, body, at_rule in rules:
        if not _HIDES.search(body):
            continue
        for selector in _CSS_PARENS.sub("()", selectors).split(","):
            parts = [p for p in _CSS_COMBINATOR.split(selector.strip()) if p]
            if not parts or _CSS_PSEUDO.fullmatch(parts[-1]):
                continue  # ::before/::after: see _DRAWN
            subject = parts[-1]
            named = _CSS_CLASS.findall(subject)
            tag = _CSS_TAG.match(subject)
            name = tag.group().lower() if tag is not None else None
            if (
                not at_rule
                and not _PSEUDO_CLASS.search(subject)
                and (
                    all(p.lower() in _TABLE_ANCESTORS for p in parts[:-1])
                    or not named
                    or name in _ROW_TAGS
                )
            ):
                # certain (_styled_classes); a bare tag under other ancestors (a page's
                # menu rules would leave every cell unread); a row or a table, whose
                # copies readers/shown.py weighs
                continue
            if _EMPTY.search(subject):
                continue  # an element with no content hides no figure (td:empty)
            classes.update(named)
            if named and name in ("tr", "table"):
                rows.update(named)  # looked up in the row or the table itself
                continue
            # td.x may hide only the cells of class x, which the cell's own class tells; a
            # tbody's or a col's class is not looked up in its cells, so those stay by tag
            if name is not None and (not named or name in _ROW_TAGS):
                scope = None
                for part in parts[:-1]:
                    if found := _CSS_CLASS.findall(part):
                        scope = (name, found[0])
                        break
                if scope is not None and not named:
                    scoped.add(scope)
                else:
                    tags.add(name)
    return frozenset(classes), frozenset(tags), frozenset(rows), frozenset(scoped)


_TABLE_CLASS_ATTR = re.compile(
    r"""<([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))"""
)


def _table_only_classes(source: str, names: set[str]) -> set[str]:
    """Those of ``names`` that some <table> of ``source`` has and no other start tag: a
    class no element has may be given by a script (the rule then reaches every table)."""
    if not names:
        return set()
    other: set[str] = set()
    tables: set[str] = set()
    for m in _TABLE_CLASS_ATTR.finditer(source):
        named = (m.group(2) or m.group(3) or m.group(4) or "").split()
        (tables if m.group(1).lower() == "table" else other).update(named)
    return (names & tables) - other


def _page_hiding(source: str, css: str = "") -> Hiding:
    """What the page at ``source`` (and its linked stylesheets ``css``) hides (Hiding)."""
    text = _page_css(source, css)
    white = _white_page(source, css)
    faint_colour = (
        (lambda v: bool(_TRANSPARENT.fullmatch(v) or _WHITE_COLOR.fullmatch(v)))
        if white
        else (lambda v: bool(_TRANSPARENT.fullmatch(v)))
    )
    faint = (
        _styled_classes(source, "color", _COLOR, faint_colour, css, sheet=text)
        | _styled_classes(
            source,
            "visibility",
            _VISIBILITY,
            lambda v: v.lower() in ("hidden", "collapse"),
            css,
            sheet=text,
        )
        | _styled_classes(
            source,
            "opacity",
            re.compile(r"(?<![\w-])opacity\s*:\s*([^;]*)", re.I),
            lambda v: bool(re.fullmatch(rf"\s*{_ZERO_NUMBER}\s*", v)),
            css,
            sheet=text,
        )
    )
    none = lambda v: v.lower() == "none"  # noqa: E731
    drawn: set[str] = set()
    restyled: set[str] = set()
    drawing: dict[tuple[str, str], tuple[str, str]] = {}  # (class, before/after) -> spec
    unsure: set[str] = set()  # classes whose drawing is not known for certain
    may_hide: _UnsureHiding = (frozenset(), frozenset(), frozenset(), frozenset())
    if text and len(text) <= _MAX_STYLE_CHARS:
        may_hide = _unsure_hiding(_css_rules(_CSS_COMMENT.sub(" ", text)))
    # a scope holds only where the page gives the class to tables alone (and to one at
    # least); elsewhere the rule reaches its tag in every table
    tables_only = _table_only_classes(source, {c for _t, c in may_hide[3]})
    scoped = frozenset((t, c) for t, c in may_hide[3] if c in tables_only)
    loose = frozenset(t for t, c in may_hide[3] if c not in tables_only)
    if (
        text
        and len(text) <= _MAX_STYLE_CHARS
        and ("content" in text or "color" in text or "font-size" in text or "visibility" in text)
    ):
        for selectors, body, at_rule in _css_rules(_CSS_COMMENT.sub(" ", text)):
            contents = _CSS_CONTENT.findall(body)
            for selector in selectors.split(","):
                pseudo = _CSS_PSEUDO.fullmatch(selector.strip())
                if pseudo is not None and contents:
                    found = _subject(pseudo.group(1))
                    if found is None:
                        continue
                    names = _CSS_CLASS.findall(found[0])
                    if _DRAWN.search(contents[-1]):
                        drawn.update(names)
                    simple = _CSS_SIMPLE_CLASS.fullmatch(found[0])
                    spec = _content_spec(contents[-1])
                    where = "after" if selector.strip().lower().endswith("after") else "before"
                    for name in names:
                        key = (name, where)
                        if (
                            simple is None
                            or not found[1]
                            or at_rule
                            or spec is None
                            or key in drawing
                        ):
                            unsure.add(name)
                        drawing[key] = spec or ("", "")
                elif pseudo is None and re.search(
                    r"(?<![\w-])(?:font-size|color|visibility)\s*:", body, re.I
                ):
                    found = _subject(selector)
                    if found is not None:
                        restyled.update(_CSS_CLASS.findall(found[0]))
                        tag = _CSS_TAG.match(found[0])
                        if tag is not None:
                            restyled.add(tag.group().lower())
    struck = _struck_names(source, css, text)
    return Hiding(
        classes=_hidden_classes(source, css, text),
        tiny=_zero_size_classes(source, css, text),
        faint=faint,
        tags=_styled_classes(source, "display", _CSS_DISPLAY, none, css, kind="tag", sheet=text)
        | struck["tag"],
        attrs=_styled_classes(source, "display", _CSS_DISPLAY, none, css, kind="attr", sheet=text)
        | struck["attr"],
        ids=_styled_classes(source, "display", _CSS_DISPLAY, none, css, kind="id", sheet=text),
        struck=struck["class"],
        struck_ids=struck["id"],
        white=white,
        drawn=frozenset(drawn),
        pseudo=tuple(
            (name, drawing.get((name, "before"), ("", "")), drawing.get((name, "after"), ("", "")))
            for name in sorted(drawn - unsure)
        ),
        restyled=frozenset(restyled),
        unsure=may_hide[0],
        unsure_tags=may_hide[1] | loose,
        unsure_rows=may_hide[2],
        unsure_scoped=scoped,
    )


def _struck_names(source: str, css: str, sheet: str) -> dict[str, frozenset[str]]:
    """The classes, ids, tags and attribute names (by kind) the page's rules strike for
    certain (see _LINE_THROUGH, _styled_classes)."""
    if "line-through" not in sheet.lower():
        return dict.fromkeys(("class", "id", "tag", "attr"), frozenset())
    return {
        kind: _styled_classes(
            source, "text-decoration", _TEXT_DECORATION, _strikes, css, kind=kind, sheet=sheet
        )
        for kind in ("class", "id", "tag", "attr")
    }


def _class_tag(classes: frozenset[str]) -> re.Pattern[str]:
    """A start tag whose class attribute names one of ``classes``."""
    names = "|".join(re.escape(c) for c in sorted(classes))
    return re.compile(
        rf"<[a-zA-Z][^<>]*?\sclass\s*=\s*[\"']?[^\"'<>]*?(?<![\w-])(?:{names})(?![\w-])[^<>]*>"
    )


def _id_tag(ids: frozenset[str]) -> re.Pattern[str]:
    """A start tag whose id attribute is one of ``ids``."""
    names = "|".join(re.escape(i) for i in sorted(ids))
    return re.compile(rf"<[a-zA-Z][^<>]*?\sid\s*=\s*[\"']?\s*(?:{names})(?![\w-])[^<>]*>")


def _classes_of(attrs: list[tuple[str, str | None]]) -> list[str]:
    return [c for key, value in attrs if key == "class" and value for c in value.split()]


def _is_hidden(
    attrs: list[tuple[str, str | None]], hiding: Hiding = Hiding(), tag: str = ""
) -> str | None:
    """How an element is not shown, or None: "gone" (hidden, display:none, a hidden
    class, tag or attribute; for an element inside a cell also opacity 0, off the page,
    clipped, no box), "size" (inside a cell: a zero font size, see _ZERO_SIZE), "faint"
    (inside a cell: visibility hidden, a transparent colour, white on a white page); a
    ``<tr>`` collapsed is "gone"."""
    inline = tag not in _PLACED_TAGS
    if inline and tag in hiding.tags:
        return "gone"
    how: str | None = None
    for key, value in attrs:
        if key == "hidden":
            return "gone"
        if inline and key in hiding.attrs:
            return "gone"
        if not value:
            continue
        if key == "style":
            if _DISPLAY_NONE.search(value):
                return "gone"
            if (
                tag == "tr"
                and (vis := _VISIBILITY.findall(value))
                and vis[-1].lower() == "collapse"
            ):
                return "gone"
            if not inline:
                continue
            if (
                _OPACITY_ZERO.search(value)
                or _LINE_THROUGH.search(value)
                or (_ABSOLUTE.search(value) and (_FAR_OFF.search(value) or _CLIPPED.search(value)))
                or (
                    _BOXED.search(value)
                    and _OVERFLOW_HIDDEN.search(value)
                    and _NO_BOX.search(value)
                )
            ):
                return "gone"
            if _zero_size(value):
                how = how or "size"
            vis = _VISIBILITY.findall(value)
            colours = _COLOR.findall(value)
            if (vis and vis[-1].lower() in ("hidden", "collapse")) or (
                colours
                and (
                    _TRANSPARENT.fullmatch(colours[-1])
                    or (hiding.white and _WHITE_COLOR.fullmatch(colours[-1]))
                )
            ):
                how = how or "faint"
        elif key == "class":
            names = value.split()
            if hiding.classes and not hiding.classes.isdisjoint(names):
                return "gone"
            if inline and hiding.struck and not hiding.struck.isdisjoint(names):
                return "gone"
            if inline and hiding.tiny and not hiding.tiny.isdisjoint(names):
                how = how or "size"
            if inline and hiding.faint and not hiding.faint.isdisjoint(names):
                how = how or "faint"
        elif key == "id" and (hiding.ids or hiding.struck_ids):
            if value.strip() in hiding.ids or (inline and value.strip() in hiding.struck_ids):
                return "gone"
        elif (
            key == "color"
            and inline
            and tag == "font"
            and hiding.white
            and (_WHITE_COLOR.fullmatch(value) or _TRANSPARENT.fullmatch(value))
        ):
            how = how or "faint"
    return how


# A size that is not relative to the parent's (a child of a zero-size element sized in
# em or % is zero too).
_ABSOLUTE_SIZE = re.compile(
    r"\s*(?:(?:\d+\.?\d*|\.\d+)\s*(?:px|pt|pc|in|cm|mm|rem)"
    r"|xx-small|x-small|small|medium|large|x-large|xx-large|xxx-large)\s*(?:!\s*important)?\s*",
    re.I,
)


def _sized_again(attrs: list[tuple[str, str | None]], tag: str, hiding: Hiding) -> bool:
    """Whether an element inside one hidden by a zero font size is shown for certain: its
    own inline style sets a size of its own, not zero, and nothing else hides it (a
    zero-size parent's junk digits around children sized again: formats11 o04, where
    ``<span style="font-size:0">7<span style="font-size:12px">1</span></span>`` shows 1)."""
    sizes = [v for k, v in attrs if k == "style" and v for v in _FONT_SIZE.findall(v)]
    if (
        not sizes
        or _ZERO_SIZE.fullmatch(sizes[-1].strip())
        or not _ABSOLUTE_SIZE.fullmatch(sizes[-1])
    ):
        return False
    return _is_hidden(attrs, hiding, tag) is None


def _shows_again(attrs: list[tuple[str, str | None]], tag: str, hiding: Hiding) -> bool:
    """Whether an element inside one hidden by its size or colour ("size", "faint") may
    be shown: it sets its own size, colour or visibility (a zero-size parent's junk
    digits around children sized again: formats11 o04)."""
    if tag in hiding.restyled:
        return True
    for key, value in attrs:
        if key == "color":
            return True
        if not value:
            continue
        if key == "style" and re.search(
            r"(?<![\w-])(?:font-size|color|visibility|font)\s*:", value, re.I
        ):
            return True
        if key == "class" and not hiding.restyled.isdisjoint(value.split()):
            return True
    return False


# What readers/shown.py asks of a page's style sheets: the rules that hide or strike an
# element (a table around which is not the page's copy), and whether an element's own
# inline style does (session 28: it imported eight private names of this module).
@dataclass(frozen=True, slots=True)
class HidingRule:
    """A rule that hides, strikes (see _HIDES) or takes its element off the screen (see
    _TINY_BOX): ``compounds``, its selector's compound
    selectors with the combinators dropped (its subject last); ``sure``, whether it hides
    for certain what its selector matches: display:none or a line-through last in its
    declarations (or its element placed off the screen), outside any at-rule, and no rule
    gives a name of its subject a display (for a line-through, a text-decoration; for a
    place off the screen, a clip or a position) of its own."""

    compounds: tuple[str, ...]
    sure: bool


_NAMES = re.compile(r"[.#\[]\s*(-?[_a-zA-Z][\w-]*)")
# A rule that takes its element off the screen as the "visually hidden" pattern does
# (.sr-only: absolutely placed, clipped to nothing, or a box of at most 1 px whose overflow
# is hidden): a copy of the tables for screen readers left from a draft, before the drawn
# one, gave table 四 the draft's figures (formats15 s16, 15 cells). What a rule whose
# selector names the same class, id or attribute sets back (clip:auto, a static or relative
# position) makes it unsure.
_TINY_BOX = re.compile(
    r"(?<![\w-])(width|height)\s*:\s*(?:0+(?:\.0*)?|\.0+|1)(?:px)?\s*(?:!\s*important\s*)?(?:;|$)",
    re.I,
)
_UNCLIPPED = re.compile(
    r"(?<![\w-])(?:clip\s*:\s*auto|clip-path\s*:\s*none|position\s*:\s*(?:static|relative))",
    re.I,
)


def _clipped_away(body: str) -> bool:
    """Whether a rule's declarations take its element off the screen (see _TINY_BOX)."""
    if not _ABSOLUTE.search(body):
        return False
    if _CLIPPED.search(body) or _FAR_OFF.search(body):
        return True
    return bool(_OVERFLOW_HIDDEN.search(body)) and {
        m.group(1).lower() for m in _TINY_BOX.finditer(body)
    } == {"width", "height"}


def hiding_rules(source: str, css: str = "") -> list[HidingRule]:
    """The page's rules that hide or strike (see HidingRule), one per selector of a
    selector list; a ::before/::after selector is left out (it draws, see _DRAWN)."""
    sheet = _page_css(source, css)
    if not sheet:
        return []
    rules = _css_rules(_CSS_COMMENT.sub(" ", sheet))
    # the names a rule shows again (a display of its own) or leaves unstruck
    shown: set[str] = set()
    unstruck: set[str] = set()
    unclipped: set[str] = set()
    for selectors, body, _at in rules:
        if _UNCLIPPED.search(body):
            for selector in selectors.split(","):
                unclipped.update(_NAMES.findall(selector))
        values = _CSS_DISPLAY.findall(body)
        decorations = _TEXT_DECORATION.findall(body)
        if values and values[-1].lower() != "none":
            for selector in selectors.split(","):
                shown.update(_NAMES.findall(selector))
        if decorations and not _strikes(decorations[-1]):
            for selector in selectors.split(","):
                unstruck.update(_NAMES.findall(selector))
    out: list[HidingRule] = []
    for selectors, body, at_rule in rules:
        clipped = _clipped_away(body)
        if not clipped and not _HIDES.search(body):
            continue
        display = _CSS_DISPLAY.findall(body)
        none = bool(display) and display[-1].lower() == "none"
        struck = _struck_by_rule(body)
        for selector in selectors.split(","):
            selector = selector.strip()
            if not selector or _CSS_PSEUDO.fullmatch(selector):
                continue  # ::before/::after: what they draw, not the element
            parts = tuple(p for p in _CSS_COMBINATOR.split(selector) if p)
            if not parts:
                continue
            names = set(_NAMES.findall(parts[-1]))
            sure = not at_rule and (
                (none and names.isdisjoint(shown))
                or (struck and names.isdisjoint(unstruck))
                or (clipped and names.isdisjoint(unclipped))
            )
            out.append(HidingRule(parts, sure))
    return out


# The words of an element's own markup that hide or strike it (readers/shown.py looks for
# them before it looks at the page's tags).
INLINE_HIDING_WORDS = (_DISPLAY_NONE.pattern, _LINE_THROUGH.pattern)


def hides_inline(style: str) -> bool:
    """Whether an element's own style attribute hides it (display:none) or strikes it."""
    return bool(_DISPLAY_NONE.search(style) or _LINE_THROUGH.search(style))
