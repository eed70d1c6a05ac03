"""Stage 2 — normalise: one script, one width, plain whitespace, with an offset map.

Every later stage works on :attr:`NormalizedText.text` and reports its
results through :meth:`NormalizedText.to_original`, so that offsets in the
output always point into the input as given (the HTML source for HTML).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .datafiles import read_text
from .errors import BadArgument
from .offsets import Offsets, span_of

if TYPE_CHECKING:
    from .read import Document

__all__ = [
    "NormalizedText",
    "chinese_marks",
    "drop_invisible",
    "is_traditional",
    "normalize",
    "normalize_text",
]

# Whitespace a browser or a word processor leaves behind: all become " ".
_ODD_SPACE = frozenset(
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u202f\u205f\u3000\x0b\x0c\u0085\u2028\u2029"
)


def _invisible_classes() -> tuple[str, str]:
    """Regex classes of the invisible format characters listed in data/invisible.txt:
    exactly those, and a quick superset (those of the BMP, a CR, any character
    beyond the BMP) whose absence proves that nothing is dropped."""
    text = read_text("data/invisible.txt")
    parts, bmp = [], []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            first, _, last = entry.partition("-")
            span = re.escape(chr(int(first, 16))) + (
                "-" + re.escape(chr(int(last, 16))) if last else ""
            )
            parts.append(span)
            if int(last or first, 16) <= 0xFFFF:
                bmp.append(span)
    # A class of BMP characters and one range is tested in constant time per
    # character; the exact class, with its ranges beyond the BMP, is not.
    quick = "[" + "".join(bmp) + "\r\U00010000-\U0010ffff]"
    return "[" + "".join(parts) + "]", quick


@dataclass(frozen=True, slots=True)
class _Invisible:
    """The patterns of the characters normalisation drops (data/invisible.txt)."""

    dropped: re.Pattern[str]  # an invisible character, or the CR of a CR LF
    invisible: re.Pattern[str]  # an invisible character
    may_drop: re.Pattern[str]  # no match: neither pattern above can match (a fast test first)


@lru_cache(maxsize=1)
def _invisible() -> _Invisible:
    """:class:`_Invisible`, built on first use (importing reads no file)."""
    exact, quick = _invisible_classes()
    return _Invisible(re.compile(exact + "|\r(?=\n)"), re.compile(exact), re.compile(quick))


@dataclass(frozen=True, slots=True)
class _T2S:
    """OpenCC's t2s converter, the phrases it must not touch, and what it may change."""

    opencc: Any
    exceptions: tuple[tuple[str, str], ...]  # (traditional, simplified), same length
    # A character of every dictionary entry or exception that changes a text
    # (data/opencc_t2s_changes.txt), and lone surrogates (which OpenCC refuses):
    # a text without any is converted to itself. None: the installed
    # dictionaries are not those the list was made from; always convert.
    may_change: re.Pattern[str] | None


def opencc_files(config: str | None = None) -> list[Path] | None:
    """The t2s config OpenCC loads and the dictionary files it names (None: not files on disk)."""
    if config is None:
        config = getattr(_t2s().opencc, "config", None)
    if not isinstance(config, str) or not os.path.isfile(config):
        return None
    folder = Path(config).parent
    names: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("file"), str):
                names.append(node["file"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(Path(config).read_text("utf-8")))
    files = [Path(config), *(folder / name for name in names)]
    return files if all(f.is_file() for f in files) else None


def opencc_files_digest(files: Sequence[Path]) -> str:
    """One SHA-256 over the names and bytes of OpenCC's config and dictionaries."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _may_change(
    files: Sequence[Path] | None, exceptions: Iterable[tuple[str, str]]
) -> re.Pattern[str] | None:
    text = read_text("data/opencc_t2s_changes.txt")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    if files is None or not lines or lines[0] != f"sha256 {opencc_files_digest(files)}":
        return None
    chars = set("".join(lines[1:]))
    chars.update(a for source, target in exceptions for a, b in zip(source, target) if a != b)
    bmp = "".join(re.escape(c) for c in sorted(chars) if c <= "\uffff")
    # Every character beyond the BMP counts too (they are rare): a class of BMP
    # characters and a single range is tested in constant time per character.
    return re.compile(f"[{bmp}\\ud800-\\udfff\\U00010000-\\U0010ffff]")


@lru_cache(maxsize=1)
def _t2s() -> _T2S:
    from opencc import OpenCC

    converter = OpenCC("t2s")
    exceptions = _exceptions()
    config = getattr(converter, "config", None)
    files = opencc_files(config) if isinstance(config, str) else None
    return _T2S(converter, exceptions, _may_change(files, exceptions))


def _exceptions() -> tuple[tuple[str, str], ...]:
    """Phrases OpenCC must not touch (place names it would break), as (traditional, simplified)."""
    text = read_text("data/script_exceptions.tsv")
    pairs = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            source, _, target = line.partition("\t")
            if len(source) == len(target):
                pairs.append((source, target))
    return tuple(pairs)


def _unchanged(text: str) -> bool:
    """Whether t2s conversion surely leaves ``text`` as it is (no OpenCC call needed)."""
    may_change = _t2s().may_change
    return may_change is not None and may_change.search(text) is None


def _convert(text: str) -> str:
    return text if _unchanged(text) else _convert_always(text)


def _convert_always(text: str) -> str:
    """OpenCC t2s and the exceptions, without the shortcut for text it cannot change."""
    t2s = _t2s()
    converted: str = t2s.opencc.convert(text)
    if len(converted) == len(text):
        for source, target in t2s.exceptions:
            start = text.find(source)
            while start >= 0:
                converted = converted[:start] + target + converted[start + len(target) :]
                start = text.find(source, start + 1)
    return converted


_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")


def is_traditional(text: str) -> bool:
    """Whether ``text`` is (mostly or partly) in Traditional script.

    >>> is_traditional("政府信息公開工作年度報告"), is_traditional("政府信息公开工作年度报告")
    (True, False)
    """
    # The whole text (bounded): a report may turn Traditional after a
    # Simplified opening (a mirror that converted only part of the page).
    sample = text if len(text) <= 200_000 else text[:100_000] + text[-100_000:]
    if _unchanged(sample):
        return False  # conversion changes no character: nothing counts as Traditional
    # Converting each distinct character once (in order of first use) is ~10x
    # cheaper than the text; only the few that change need counting.
    cjk, distinct, counts = _distinct_han(sample)
    if not cjk:
        return False
    converted = _convert(distinct)
    if len(converted) == len(distinct):
        changed = _changed(distinct, converted, counts)
    else:
        whole = _convert(sample)
        changed = sum(1 for a, b in zip(sample, whole) if a != b) + abs(len(whole) - len(sample))
    # Simplified text is left alone by t2s except in rare words; a few
    # changed characters per thousand means Traditional (even partly). A
    # short string (a label, a cell) has too few characters for a ratio.
    if cjk < 50:
        return changed >= 1
    return changed >= 2 and changed / cjk >= 0.004


def _distinct_han(text: str) -> tuple[int, str, list[int] | np.ndarray[Any, Any]]:
    """How many Han characters ``text`` has, the distinct ones in order of first
    use, and how often each of those occurs (in that order). A document's are
    found on its code points (numpy), not one Python string per character."""
    if len(text) < 512:
        seen = Counter(_NOT_CJK.sub("", text))  # (a dict: in order of first use)
        return seen.total(), "".join(seen), list(seen.values())
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    codes = codes[(codes >= 0x4E00) & (codes <= 0x9FFF)]
    values, first, counts = np.unique(codes, return_index=True, return_counts=True)
    order = np.argsort(first)
    return len(codes), values[order].tobytes().decode("utf-32-le"), counts[order]


def _changed(distinct: str, converted: str, counts: list[int] | np.ndarray[Any, Any]) -> int:
    """How many characters change: the counts of the distinct ones ``converted``
    (as long as ``distinct``) writes otherwise. A document's hundreds of
    distinct characters are compared as code points, not one string each."""
    if not isinstance(counts, np.ndarray):
        return sum(n for a, b, n in zip(distinct, converted, counts, strict=True) if a != b)
    before = np.frombuffer(distinct.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    after = np.frombuffer(converted.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return int(counts[before != after].sum())


# Full-width ASCII to half-width, odd whitespace to " ", a lone CR to LF.
_FOLD: dict[int, int | str] = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FOLD.update({ord(ch): " " for ch in _ODD_SPACE})
_FOLD[ord("\r")] = "\n"
_FOLD_STR = {chr(k): v if isinstance(v, str) else chr(v) for k, v in _FOLD.items()}
_NEEDS_FOLD = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD)) + "]")


def drop_invisible(text: str) -> str:
    """``text`` without invisible format characters (for a cell or a label, no offset map).

    >>> drop_invisible("1\u200e23件")
    '123件'
    """
    drop = _invisible()
    if drop.may_drop.search(text) is None or drop.invisible.search(text) is None:
        return text
    return drop.invisible.sub("", text)


# An ASCII full stop after a Han character, a closing mark or % ends a sentence (a page
# typed with ASCII punctuation: 办结65件.其中…): after a Han character it can be no
# decimal point, and no domain name (www.gov.cn) has one there. Not before a letter
# (中国政府网.gov) or another stop (an ellipsis ...). The lookbehind follows the dot
# (it reads the character before it and the dot): a pattern opening with a lookbehind
# is tried at every position of the text, one opening with the dot only at the dots.
_ASCII_STOP = re.compile(r"\.(?<=[\u4e00-\u9fff）)”》\"%]\.)(?![A-Za-z.])")


# A line holding two ASCII double quotes or more (chinese_marks pairs them), and a Han
# character (only a line with one has its quotes paired)
_QUOTED_LINE = re.compile(r'^[^\n"]*"[^\n"]*"[^\n]*', re.MULTILINE)
_HAN_CHAR = re.compile("[\u4e00-\u9fff]")


def chinese_marks(text: str) -> str:
    """``text`` with the ASCII marks of Chinese prose as the stages that read
    sentences look for them, character for character (offsets unchanged): a full
    stop that ends a sentence as 。, and the ASCII double quotes of a line with
    Han characters paired as “ ” (a quoted name, a title in quotes).

    >>> chinese_marks('办结65件.其中"稳楼市9条"等3.5万份.')
    '办结65件。其中“稳楼市9条”等3.5万份。'
    """
    if "." not in text and '"' not in text:
        return text
    text = _ASCII_STOP.sub("。", text)
    if '"' not in text:
        return text
    # Only the lines with two quotes or more and a Han character change: found by a
    # search (a page of many lines, most of them with no quote, is not split into
    # lines nor read a character at a time in Python)
    out: list[str] = []
    at = 0
    for m in _QUOTED_LINE.finditer(text):
        line = m[0]
        if _HAN_CHAR.search(line) is None:
            continue
        parts = line.split('"')
        # parts alternate outside/inside; an odd quote left at the end stays ASCII
        pairs = (len(parts) - 1) // 2
        out += (text[at : m.start()], parts[0])
        for i in range(1, len(parts)):
            mark = ("“" if i % 2 else "”") if i <= 2 * pairs else '"'
            out.append(mark + parts[i])
        at = m.end()
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)


def normalize_text(text: str, *, traditional: bool | None = None) -> str:
    """Normalise a short string (a label, a cell) the same way documents are.

    Gives ``normalize(text).text`` without building the offset map, which a
    label or a cell never needs and which costs more than the conversion.

    >>> normalize_text("規範性文件（１２）")
    '规范性文件(12)'
    """
    drop = _invisible()
    if drop.may_drop.search(text) and drop.dropped.search(text):
        text = drop.dropped.sub("", text)
    text = _fold(text)
    if traditional is None:
        traditional = is_traditional(text)
    if not traditional:
        return text
    converted = _convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_convert(line) for line in text.splitlines(keepends=True))


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalised text plus, for each character, the original span it came from."""

    text: str
    original: str
    script: str
    starts: Offsets  # runs: a few per line, not an int per character
    ends: Offsets

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`text` to the span of :attr:`original` it came from."""
        if not 0 <= start <= end <= len(self.text):
            raise BadArgument(f"span ({start}, {end}) outside text of length {len(self.text)}")
        if start == end:
            at = (
                self.starts[start]
                if start < len(self.starts)
                else (self.ends[-1] if self.ends else 0)
            )
            return at, at
        return span_of(self.starts, self.ends, start, end)

    def without(self, spans: Iterable[tuple[int, int]]) -> NormalizedText:
        """The same text with ``spans`` (in :attr:`text` coordinates) removed."""
        drop = sorted((s, e) for s, e in spans if e > s)
        if not drop:
            return self
        keep: list[tuple[int, int]] = []
        pos = 0
        for s, e in drop:
            if s > pos:
                keep.append((pos, s))
            pos = max(pos, e)
        if pos < len(self.text):
            keep.append((pos, len(self.text)))
        text = "".join(self.text[s:e] for s, e in keep)
        return NormalizedText(
            text, self.original, self.script, self.starts.keep(keep), self.ends.keep(keep)
        )


def normalize(
    source: str | Document,
    *,
    traditional: bool | None = None,
) -> NormalizedText:
    """Normalise a document (or a string) and keep the map to its original offsets.

    Traditional→Simplified only when the text is Traditional (``traditional``
    forces the decision), full-width ASCII to half-width, odd whitespace to
    " ", CR LF to LF, zero-width characters dropped.
    """
    if isinstance(source, str):
        original, visible = source, source
        base: Sequence[int] | None = None
    else:
        original, visible = source.text, source.visible
        # A text document is its own visible text: the map is the identity.
        base = None if source.format == "text" else source.visible_offsets

    # One pass over the code points says which of the three scans below can
    # find anything, and which characters fold (see _scan).
    present, fold_chars = _scan(visible)
    # Characters that disappear (zero-width, the CR of CR LF) are the only
    # reason the map is not the identity; find them once, fold the rest in C.
    drop = _invisible().dropped
    dropped = [m.start() for m in drop.finditer(visible)] if present & _MAY_DROP_BIT else []
    if dropped:
        keep = np.ones(len(visible), dtype=bool)
        keep[dropped] = False
        index: Any = np.flatnonzero(keep)
        kept = drop.sub("", visible)  # each match is one dropped character
    else:
        index = range(len(visible))
        kept = visible
    # (fold_chars may hold a dropped character: replacing it changes nothing)
    folded = _fold(kept, fold_chars)

    if traditional is None:
        # folding and dropping add no character conversion may change
        traditional = bool(present & _MAY_CHANGE_BIT) and is_traditional(folded)
    text = folded
    if traditional:
        text, index = _convert_aligned(folded, index)

    script = "traditional" if traditional else "simplified"
    if base is None and isinstance(index, range):
        # nothing dropped from a text: every character is its own source
        return NormalizedText(
            text, original, script, Offsets.shifted(len(text), 0), Offsets.shifted(len(text), 1)
        )
    # 4-byte offsets whenever they fit: the temporary arrays are a few per character
    dtype = np.int32 if len(original) < 2**31 - 1 else np.int64
    at = (
        np.arange(len(visible), dtype=dtype)
        if isinstance(index, range)
        else np.array(index, dtype=dtype)
    )
    if base is None:
        starts = Offsets.of(at)
        at += 1
        ends = Offsets.of(at)
    else:
        where = np.asarray(base, dtype=dtype)  # the reader's array("i"): no copy
        first = where[at]
        starts = Offsets.of(first)
        at += 1
        ends = Offsets.of(np.maximum(where[at], first + 1))
    del at
    return NormalizedText(text, original, script, starts, ends)


def _fold(text: str, chars: Iterable[str] | None = None) -> str:
    """``text.translate(_FOLD)``: full-width ASCII, odd spaces and a lone CR folded.

    Most characters need no folding, and the few that do are few kinds (，（）：):
    one str.replace per kind present beats translate() (a lookup a character)
    and a callback a match. Each folds to ASCII, which folds no further.
    ``chars``: the characters of _FOLD ``text`` holds (or more), when known.
    """
    for char in set(_NEEDS_FOLD.findall(text)) if chars is None else chars:
        text = text.replace(char, _FOLD_STR[char])
    return text


# The bits of _scan_table: a character _Invisible.may_drop matches, one to fold, one
# t2s conversion may change (_T2S.may_change).
_MAY_DROP_BIT, _FOLD_BIT, _MAY_CHANGE_BIT = 1, 2, 4


@lru_cache(maxsize=1)
def _scan_table() -> np.ndarray[Any, np.dtype[np.uint8]]:
    """Per UTF-16 code unit, the _*_BIT of the classes it belongs to, read off the
    patterns themselves (each tried on every code point of the BMP). A
    surrogate (half of a character beyond the BMP, or a lone one) is in every
    class holding such characters: may_drop and may_change hold all of them;
    no character to fold is one."""
    units = "".join(map(chr, range(0x10000)))
    table = np.zeros(0x10000, dtype=np.uint8)
    may_change = _t2s().may_change
    for bit, pattern in (
        (_MAY_DROP_BIT, _invisible().may_drop),
        (_FOLD_BIT, _NEEDS_FOLD),
        (_MAY_CHANGE_BIT, may_change),
    ):
        if pattern is None:  # unknown dictionaries: conversion may change anything
            table |= bit
            continue
        table[[m.start() for m in pattern.finditer(units)]] |= bit
        if bit != _FOLD_BIT:
            table[0xD800:0xE000] |= bit
    if any(table[ord(to)] & _MAY_CHANGE_BIT for to in set(_FOLD_STR.values())):
        # (a character folded to one conversion may change: folding may add it)
        table[(table & _FOLD_BIT) != 0] |= _MAY_CHANGE_BIT
    return table


def _scan(text: str) -> tuple[int, str]:
    """Which classes of _scan_table ``text`` holds a character of (or, for a lone
    surrogate, may), and its distinct characters to fold: one pass over its code
    units in numpy where three scans of a character class each tried every
    character. Tested against the patterns (tests/test_normalize.py)."""
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    bits = _scan_table().take(units)
    present = int(np.bitwise_or.reduce(bits)) if len(bits) else 0
    if not present & _FOLD_BIT:
        return present, ""
    fold = np.unique(units[(bits & _FOLD_BIT) != 0])
    return present, fold.astype(np.uint32).tobytes().decode("utf-32-le")


def _convert_aligned(text: str, index: Sequence[int]) -> tuple[str, Sequence[int]]:
    """Convert to Simplified; keep the char→source index even where lengths differ."""
    converted = _convert(text)
    if len(converted) == len(text):
        return converted, index
    # Rare: a phrase changed length. Align line by line so offsets stay exact
    # everywhere else.
    out: list[str] = []
    out_index: list[int] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        conv = _convert(line)
        line_index = index[pos : pos + len(line)]
        if len(conv) == len(line):
            out.append(conv)
            out_index.extend(line_index)
        else:
            matcher = difflib.SequenceMatcher(None, line, conv, autojunk=False)
            for tag, a0, a1, b0, b1 in matcher.get_opcodes():
                out.append(conv[b0:b1])
                for k in range(b1 - b0):
                    a = min(a0 + k * max(a1 - a0, 1) // max(b1 - b0, 1), max(a1 - 1, a0))
                    out_index.append(line_index[min(a, len(line_index) - 1)])
                del tag
        pos += len(line)
    return "".join(out), out_index
