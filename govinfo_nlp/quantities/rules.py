"""The grammar's word lists, loaded from the data files beside this module and validated.

Every file is checked entry by entry; all bad entries of a file are reported
together in one :class:`~govinfo_nlp.errors.RuleFileError` as ``file:index``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..datafiles import load_json, read_text
from ..errors import BadArgumentType, RuleFileError

__all__ = [
    "APPROX_VALUES",
    "KINDS",
    "Counter",
    "Marker",
    "Markers",
    "example_named",
    "load_counter_lines",
    "word_alternation",
]

KINDS = ("count", "money", "ratio")
APPROX_VALUES = ("over", "under", "about")
_COUNTER_KEYS = ("kind", "not_before", "needs_after", "not_after")


@dataclass(frozen=True, slots=True)
class Counter:
    """One counter word and the conditions under which it counts."""

    word: str
    kind: str = "count"
    not_before: str = ""  # chars that, following the counter, make it start a word
    needs_after: tuple[str, ...] = ()  # the counter counts only before one of these
    not_after: str = ""  # chars that, before the number, make it a date part


@dataclass(frozen=True, slots=True)
class Marker:
    """An approximation marker (余, 超过, 左右…) and its meaning."""

    word: str
    approx: str
    not_after: str = ""  # chars before a prefix marker that make it part of a word (最近)
    not_before: str = ""  # chars after a suffix marker that make it part of a word
    alone: bool = True  # an infix (余/多) may end the quantity without a counter
    not_units: tuple[str, ...] = ()  # units with which the marker means something else (近3年)


@dataclass(frozen=True, slots=True)
class Markers:
    prefix: tuple[Marker, ...]
    infix: tuple[Marker, ...]
    suffix: tuple[Marker, ...]
    ordinal_before: tuple[str, ...]
    chinese_word_before: tuple[str, ...]
    label_before: tuple[str, ...]
    latin_label_before: tuple[str, ...]
    bare_not_before: tuple[str, ...]
    bare_not_after: tuple[str, ...]
    range_joiners: str


def _is_word(s: object) -> bool:
    return isinstance(s, str) and bool(s) and not any(ch.isspace() for ch in s)


def load_counter_lines(lines: Iterable[str], source: str) -> list[Counter]:
    """Parse counter-file lines (see ``counters.txt``); bad entries raise one error.

    >>> load_counter_lines(["件", "成 kind=ratio not_before=员", "# note"], "x.txt")[1]
    Counter(word='成', kind='ratio', not_before='员', needs_after=(), not_after='')
    """
    counters: list[Counter] = []
    errors: list[str] = []
    for lineno, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        word, *fields = line.split()
        opts: dict[str, str] = {}
        bad = False
        for field in fields:
            key, sep, val = field.partition("=")
            if not sep or key not in _COUNTER_KEYS or not val:
                errors.append(f"{source}:{lineno}: bad field {field!r} (keys: {_COUNTER_KEYS})")
                bad = True
            else:
                opts[key] = val
        kind = opts.get("kind", "count")
        if kind not in KINDS:
            errors.append(f"{source}:{lineno}: kind {kind!r} not in {KINDS}")
            bad = True
        if any(ch.isdigit() for ch in word):
            errors.append(f"{source}:{lineno}: counter {word!r} contains a digit")
            bad = True
        if not bad:
            counters.append(
                Counter(
                    word=word,
                    kind=kind,
                    not_before=opts.get("not_before", ""),
                    needs_after=tuple(opts["needs_after"].split(","))
                    if "needs_after" in opts
                    else (),
                    not_after=opts.get("not_after", ""),
                )
            )
    if errors:
        raise RuleFileError(f"invalid counter entries in {source}:\n" + "\n".join(errors))
    return counters


def _read_package_text(name: str) -> str:
    return read_text("quantities/" + name)


def builtin_counters() -> list[Counter]:
    return load_counter_lines(_read_package_text("counters.txt").splitlines(), "counters.txt")


def counters_from_path(path: str | Path) -> list[Counter]:
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except OSError as exc:
        raise RuleFileError(f"cannot read counter file {p}: {exc}") from exc
    return load_counter_lines(text.splitlines(), str(p))


def counters_from_words(words: Iterable[str]) -> list[Counter]:
    if isinstance(words, str):
        raise BadArgumentType("add_counters() takes an iterable of words, not one string")
    out: list[Counter] = []
    errors: list[str] = []
    for i, w in enumerate(words):
        if not _is_word(w) or any(ch.isdigit() for ch in w):
            errors.append(f"add_counters:{i}: {w!r} is not a counter word")
        else:
            out.append(Counter(word=w))
    if errors:
        raise RuleFileError("invalid counters:\n" + "\n".join(errors))
    return out


@lru_cache(maxsize=1)
def example_named() -> str:
    """``re`` source of the words after a quotation that call it an example
    (为例, 作为反面案例, 等案例): markers.json ``example_named``, read by the grammar
    and by the facts cues (``{example_named}`` in cues.json ``not_held.example_after``).
    """
    name = "markers.json"
    raw = load_json("quantities/" + name)
    entry = raw.get("example_named") if isinstance(raw, dict) else None
    parts: dict[str, str] = {}
    for key in ("verbs", "kinds", "nouns"):
        words = entry.get(key) if isinstance(entry, dict) else None
        if not isinstance(words, list) or not words or not all(_is_word(w) for w in words):
            raise RuleFileError(f"{name}:example_named.{key}: expected a list of words")
        parts[key] = "|".join(map(re.escape, words))
    return rf"\s*(?:{parts['verbs']})\s*(?:{parts['kinds']})?(?:{parts['nouns']})"


def builtin_negatives() -> list[str]:
    out: list[str] = []
    errors: list[str] = []
    for lineno, raw in enumerate(_read_package_text("negatives.txt").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if not _is_word(line):
            errors.append(f"negatives.txt:{lineno}: {line!r} has spaces")
        else:
            out.append(line)
    if errors:
        raise RuleFileError("invalid negative phrases:\n" + "\n".join(errors))
    return out


def _markers_list(
    raw: dict[str, Any], key: str, errors: list[str], name: str
) -> tuple[Marker, ...]:
    entries = raw.get(key)
    if not isinstance(entries, list):
        errors.append(f"{name}:{key}: expected a list")
        return ()
    out: list[Marker] = []
    for i, e in enumerate(entries):
        where = f"{name}:{key}:{i}"
        if not isinstance(e, dict) or not _is_word(e.get("marker")):
            errors.append(f"{where}: needs a 'marker' word")
            continue
        if e.get("approx") not in APPROX_VALUES:
            errors.append(f"{where}: approx must be one of {APPROX_VALUES}")
            continue
        unknown = set(e) - {"marker", "approx", "not_after", "not_before", "alone", "not_units"}
        if unknown:
            errors.append(f"{where}: unknown keys {sorted(unknown)}")
            continue
        out.append(
            Marker(
                word=e["marker"],
                approx=e["approx"],
                not_after=str(e.get("not_after", "")),
                not_before=str(e.get("not_before", "")),
                alone=bool(e.get("alone", True)),
                not_units=tuple(str(u) for u in e.get("not_units", ())),
            )
        )
    return tuple(out)


def _word_list(raw: dict[str, Any], key: str, errors: list[str], name: str) -> tuple[str, ...]:
    entries = raw.get(key)
    if not isinstance(entries, list):
        errors.append(f"{name}:{key}: expected a list")
        return ()
    out = []
    for i, e in enumerate(entries):
        if _is_word(e):
            out.append(e)
        else:
            errors.append(f"{name}:{key}:{i}: {e!r} is not a word")
    return tuple(out)


def builtin_markers() -> Markers:
    name = "markers.json"
    raw = load_json("quantities/" + name)
    errors: list[str] = []
    if not isinstance(raw, dict):
        raise RuleFileError(f"{name}: expected an object")
    joiners = raw.get("range_joiners")
    if not isinstance(joiners, str) or not joiners:
        errors.append(f"{name}:range_joiners: expected a non-empty string")
        joiners = ""
    markers = Markers(
        prefix=_markers_list(raw, "approx_prefix", errors, name),
        infix=_markers_list(raw, "approx_infix", errors, name),
        suffix=_markers_list(raw, "approx_suffix", errors, name),
        ordinal_before=_word_list(raw, "ordinal_before", errors, name),
        chinese_word_before=_word_list(raw, "chinese_word_before", errors, name),
        label_before=_word_list(raw, "label_before", errors, name),
        latin_label_before=_word_list(raw, "latin_label_before", errors, name),
        bare_not_before=_word_list(raw, "bare_not_before", errors, name),
        bare_not_after=_word_list(raw, "bare_not_after", errors, name),
        range_joiners=joiners,
    )
    for m in markers.infix:
        if len(m.word) != 1:
            errors.append(f"{name}:approx_infix: {m.word!r} must be one character")
    if errors:
        raise RuleFileError(f"invalid entries in {name}:\n" + "\n".join(errors))
    return markers


def longest_first(words: Iterable[str]) -> Iterator[str]:
    """Distinct words, longest first, so a regex alternation prefers 场次 over 场."""
    return iter(sorted(set(words), key=lambda w: (-len(w), w)))


def word_alternation(words: Iterable[str]) -> str:
    """``re`` source matching what ``"|".join(map(re.escape, longest_first(words)))``
    matches, written as a trie.

    At each position the alternation matches the longest of the words found
    there, then (backtracking) the shorter ones, longest first. The trie
    does the same: a shared prefix is matched once and each longer
    continuation is tried before stopping (a greedy optional group). An
    alternation of hundreds of words tries every word at every position where
    one of their first characters stands; the trie tries each first
    character once and follows only the branch that matches.
    """
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branches(node: dict[str, Any]) -> list[str]:
        return [re.escape(ch) + rest(node[ch]) for ch in sorted(node) if ch]

    def rest(node: dict[str, Any]) -> str:
        after = branches(node)
        if not after:
            return ""
        if len(after) == 1 and "" not in node:
            return after[0]
        group = f"(?:{'|'.join(after)})"
        return group + "?" if "" in node else group

    if "" in root:  # the empty word: matched where no other word is (the alternation's last)
        return rest(root)
    return "|".join(branches(root))
