"""Cue patterns written for the ``regex`` module, run by the standard ``re`` engine.

The cue and rule files are ``regex`` syntax, and a few patterns need it
(``\\p{Han}``, reverse search). Most are plain alternations and classes, for
which a ``re`` call costs about half of a ``regex`` one (``regex`` also gives up
and takes back the GIL on every call). :func:`compile_cue` returns a ``re``
pattern that matches exactly what the ``regex`` pattern matches, or the
``regex`` pattern itself when that cannot be shown from the syntax.

The two engines are both leftmost-first backtracking engines and agree on the
syntax let through here; they differ on the Unicode tables of ``\\s`` and
``\\d`` (``re`` follows ``str.isspace``/``isdecimal`` of its Python, ``regex``
its own Unicode version), so those are written out as classes of what
``regex`` matches (tests/test_facts_stdre.py checks them over every code
point), and everything whose meaning could differ (``\\w``, ``\\b``, flags,
nested classes, fuzzy ``{e<=1}``, ``regex``-only groups) keeps ``regex``.

Word lists (rule triggers and subjects, scope cues) are compiled as a trie by
:func:`word_alternation`: the same matches as their longest-first alternation.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
import warnings
from typing import Any

import regex

from ..quantities.rules import word_alternation

# The parser of the ``re`` module (where its patterns can begin): ``re._parser``
# since Python 3.11, ``sre_parse`` (deprecated since) before.
_sre_parser = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")
_sre_constants = importlib.import_module(
    "re._constants" if sys.version_info >= (3, 11) else "sre_constants"
)

__all__ = [
    "compile_cue",
    "first_chars",
    "first_gate",
    "needed_chars",
    "search_past_lookbehind",
    "to_re_source",
    "word_alternation",
]

# ``regex``'s \s: the Unicode White_Space characters (``re``'s adds \x1c-\x1f).
SPACE_CLASS = "\\t-\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"
# ``regex``'s \d: ``re``'s plus the decimal digits of newer Unicode versions.
DIGIT_CLASS = (
    "\\d\\U00010d40-\\U00010d49\\U000116d0-\\U000116e3\\U00011bf0-\\U00011bf9"
    "\\U00011de0-\\U00011de9\\U00011f50-\\U00011f59\\U00016130-\\U00016139"
    "\\U00016d70-\\U00016d79\\U0001ccf0-\\U0001ccf9\\U0001e4f0-\\U0001e4f9"
    "\\U0001e5f1-\\U0001e5fa"
)
# Escapes that mean the same character in both engines.
_LITERAL_ESCAPES = frozenset("tnrfvax0uU")
_QUANTIFIER = re.compile(r"\{(?:\d+(?:,\d*)?|,\d+)\}")
# Group openings both engines read alike (atomic groups: ``re`` since 3.11).
_GROUPS = ("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>", "(?P<", "(?P=")


def to_re_source(source: str) -> str | None:
    """The ``re`` source matching what ``regex.compile(source)`` matches, or None."""
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            if i + 1 >= n:
                return None
            esc = source[i + 1]
            if esc == "s":
                out.append(f"[{SPACE_CLASS}]")
            elif esc == "S":
                out.append(f"[^{SPACE_CLASS}]")
            elif esc == "d":
                out.append(f"[{DIGIT_CLASS}]")
            elif esc == "D":
                out.append(f"[^{DIGIT_CLASS}]")
            elif esc.isascii() and esc.isalnum() and esc not in _LITERAL_ESCAPES:
                return None  # \w \b \p{…} \1 \Z …: tables or meanings that may differ
            else:
                out.append(source[i : i + 2])
            i += 2
        elif ch == "[":
            end = _class_end(source, i)
            if end is None:
                return None
            body = _class_body(source[i + 1 : end])
            if body is None:
                return None
            out.append(f"[{body}]")
            i = end + 1
        elif ch == "(" and source.startswith("(?", i):
            group = next((g for g in _GROUPS if source.startswith(g, i)), None)
            if group is None:
                return None  # flags, (?r), (?|…), conditionals, comments
            out.append(group)
            i += len(group)
        elif ch == "{":
            m = _QUANTIFIER.match(source, i)
            if m is None:
                return None  # fuzzy matching, or a brace ``re`` reads differently
            out.append(m[0])
            i = m.end()
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _class_end(source: str, start: int) -> int | None:
    """Index of the ``]`` closing the class opened at ``start``."""
    i = start + 1
    if i < len(source) and source[i] == "^":
        i += 1
    if i < len(source) and source[i] == "]":
        i += 1  # a leading ] is a literal
    while i < len(source):
        if source[i] == "\\":
            i += 2
            continue
        if source[i] == "]":
            return i
        i += 1
    return None


def _class_body(body: str) -> str | None:
    """A class's content with \\s and \\d written out; None if it may differ."""
    if "[" in body or any(op in body for op in ("&&", "--", "||", "~~")):
        return None  # nested sets, POSIX classes, set operations
    out: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        if i + 1 >= len(body):
            return None
        esc = body[i + 1]
        if esc == "s":
            out.append(SPACE_CLASS)
        elif esc == "d":
            out.append(DIGIT_CLASS)
        elif esc.isascii() and esc.isalnum() and esc not in _LITERAL_ESCAPES:
            return None  # \S \D \w \p{…} in a class
        else:
            out.append(body[i : i + 2])
        i += 2
    return "".join(out)


def compile_cue(source: str) -> Any:
    """``source`` (``regex`` syntax) compiled for ``re`` when that provably matches
    the same, else by ``regex``. Raises ``regex.error`` for a bad pattern."""
    compiled = regex.compile(source)
    translated = to_re_source(source)
    if translated is None:
        return compiled
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a FutureWarning: a construct re reads another way
        try:
            return re.compile(translated)
        except (re.error, FutureWarning):
            return compiled


# --- prefilters: when a pattern cannot match, without running it --------------------

# A class range is expanded into the set up to this many characters (larger: no set).
_RANGE_LIMIT = 512


@functools.lru_cache(maxsize=256)
def first_chars(pattern: Any) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can begin with, or None when that
    cannot be told from its syntax (classes by category or negation but ``\\s``,
    ``.``, back-references, flags, a pattern that can match the empty string,
    ``regex`` syntax ``re`` does not read).

    A match consumes its first character where it starts, inside the searched
    stretch: a stretch holding none of these characters has no match
    (``first.isdisjoint(text[lo:hi])``), and finding that out costs a fraction of
    a search for most cue patterns, whose alternatives open with groups so that
    ``re`` cannot skip ahead to where one could begin. A ``regex`` pattern is
    read by ``re``'s parser with its Unicode properties (``\\p{Han}``) taken
    for any character: only where a match can begin matters, and a property
    there makes the answer None.
    """
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    found = _first_of(parsed.data)
    if found is None or found[1]:
        return None
    return frozenset(found[0])


@functools.lru_cache(maxsize=256)
def first_gate(pattern: Any) -> re.Pattern[str] | None:
    """:func:`first_chars` as one character class (None: any character may begin
    a match): ``gate.search(text, lo, hi) is None`` tells in a fast scan, without
    a Python loop over the characters, that ``pattern`` has no match there."""
    chars = first_chars(pattern)
    if chars is None:
        return None
    return re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]")


# A Unicode property of the ``regex`` syntax (an even number of backslashes before
# it: not an escaped backslash followed by "p{").
_PROPERTY = re.compile(r"(?<!\\)((?:\\\\)*)\\[pP]\{[^}]*\}")
# ``regex`` syntax that ``re``'s parser would read another way, not refuse: fuzzy
# constraints ({e<=1}), POSIX classes ([[:alpha:]], [:alpha:]), nested sets, version
# 1; a letter in braces is refused whatever it is (\N{…} too). A set opening with a
# colon and no POSIX name after it ([:：]) is a plain set in both engines.
_REGEX_ONLY = re.compile(r"\{[^}]*[a-zA-Z]|\[\[|\[:\^?[a-zA-Z]*:\]|\(\?[a-zA-Z]*V1")
# What ``regex``'s and ``re``'s \s can match (``str.isspace``, the larger of the two).
_SPACES = frozenset(chr(c) for c in range(0x3001) if chr(c).isspace())


def _first_of(items: Any) -> tuple[set[str], bool] | None:
    """(first characters, whether it can match empty) of a parsed sequence."""
    out: set[str] = set()
    for op, av in items:
        item = _first_of_item(op, av)
        if item is None:
            return None
        out |= item[0]
        if not item[1]:
            return out, False
    return out, True


def _first_of_item(op: Any, av: Any) -> tuple[set[str], bool] | None:
    c = _sre_constants
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] <= _RANGE_LIMIT:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            elif kind is c.CATEGORY and value is c.CATEGORY_SPACE:
                chars |= _SPACES
            else:
                return None  # NEGATE, CATEGORY, a large range
        return chars, False
    if op is c.BRANCH:
        chars, empty = set(), False
        for alternative in av[1]:
            found = _first_of(alternative.data)
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return chars, empty
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _first_of(sub.data)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        low, _high, sub = av
        found = _first_of(sub.data)
        return None if found is None else (found[0], found[1] or low == 0)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _first_of(av.data)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero-width: the first character comes after it
    return None


@functools.lru_cache(maxsize=256)
def needed_chars(pattern: Any) -> frozenset[str]:
    """Characters every match of ``pattern`` holds (empty when none can be told
    from its syntax, as :func:`first_chars` reads it).

    A stretch lacking one of them has no match: a test that costs less than
    the search. Unlike :func:`first_chars` it needs no bound on where a match
    begins, so it tells patterns whose first characters are common (digits)
    apart by a rarer word they all hold (年).
    """
    parsed = _parsed(pattern)
    return frozenset() if parsed is None else frozenset(_needed(parsed.data))


def _parsed(pattern: Any) -> Any:
    """``pattern`` read by ``re``'s parser (None: it cannot be read alike; see :func:`first_chars`)."""
    if isinstance(pattern, re.Pattern):
        if pattern.flags & re.IGNORECASE:
            return None
        source, flags = pattern.pattern, pattern.flags
    elif isinstance(pattern, regex.Pattern):
        if pattern.flags & (regex.IGNORECASE | regex.REVERSE | regex.VERSION1 | regex.VERBOSE):
            return None
        source, flags = _PROPERTY.sub(r"\1\\w", pattern.pattern), 0
        if _REGEX_ONLY.search(source):
            return None  # syntax re would read another way (fuzzy, POSIX classes, V1)
    else:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a FutureWarning: a construct read another way
            parsed = _sre_parser.parse(source, flags)
    except (re.error, ValueError, OverflowError, FutureWarning):
        return None  # regex syntax re does not read
    return None if parsed.state.flags & re.IGNORECASE else parsed


def _needed(items: Any) -> set[str]:
    """The characters every match of a parsed sequence consumes."""
    c = _sre_constants
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
        elif op is c.IN and len(av) == 1 and av[0][0] is c.LITERAL:
            out.add(chr(av[0][1]))
        elif op is c.BRANCH:
            alternatives = [_needed(alt.data) for alt in av[1]]
            out |= set.intersection(*alternatives) if alternatives else set()
        elif op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not (add_flags or del_flags):
                out |= _needed(sub.data)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
            low, _high, sub = av
            if low >= 1:
                out |= _needed(sub.data)
        elif op is getattr(c, "ATOMIC_GROUP", None):
            out |= _needed(av.data)
        # anything else (classes, lookarounds, anchors, references) needs nothing
    return out


# The groups a split lookbehind may hold: none that captures, refers or sets flags.
_PLAIN_GROUPS = ("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>")


@functools.lru_cache(maxsize=64)
def _past_lookbehind(pattern: Any) -> tuple[Any, Any] | None:
    """``pattern`` opening with a lookbehind, split into (the lookbehind, the rest),
    each compiled as ``pattern`` is; None when it opens otherwise."""
    source = pattern.pattern
    if not source.startswith(("(?<!", "(?<=")) or pattern.flags & (re.VERBOSE | regex.VERBOSE):
        return None
    depth, i = 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            end = _class_end(source, i)
            if end is None or "[" in source[i + 1 : end]:
                return None  # unclosed, or a nested set
            i = end + 1
            continue
        if ch == "(":
            if not source.startswith(_PLAIN_GROUPS, i):
                return None  # a capturing group (numbered apart), a reference, flags
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                break
        i += 1
    else:
        return None
    compile_ = regex.compile if isinstance(pattern, regex.Pattern) else re.compile
    return compile_(source[: i + 1], pattern.flags), compile_(source[i + 1 :], pattern.flags)


def search_past_lookbehind(pattern: Any, text: str) -> Any:
    """``pattern.search(text)`` when only whether it matches and where count: a
    pattern opening with a lookbehind (a title not after 按照…) has the rest
    searched, and the lookbehind tested only where the rest matches.

    The engine tests a leading lookbehind at every position before anything
    else; the rest is searched as fast as any pattern. The leftmost position
    where the rest matches and the lookbehind holds is where the pattern
    matches, with the same span: the result is the rest's match there.
    """
    split = _past_lookbehind(pattern)
    if split is None:
        return pattern.search(text)
    behind, rest = split
    pos = 0
    while (m := rest.search(text, pos)) is not None:
        if behind.match(text, m.start()) is not None:
            return m
        pos = m.start() + 1
    return None
