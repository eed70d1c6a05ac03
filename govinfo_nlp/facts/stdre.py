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

import re
import warnings
from typing import Any

import regex

from ..quantities.rules import word_alternation

__all__ = ["compile_cue", "to_re_source", "word_alternation"]

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
