"""Cue patterns run by ``re`` match exactly what their ``regex`` source matches."""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import govinfo_nlp.facts.rules as rules_module
from govinfo_nlp.facts import stdre
from govinfo_nlp.facts.stdre import (
    DIGIT_CLASS,
    SPACE_CLASS,
    compile_cue,
    to_re_source,
    word_alternation,
)

FACTS = Path(stdre.__file__).parent


# every code point once, for one-character patterns: the characters they match
EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


def _matched(pattern: Any) -> set[str]:
    return set(pattern.findall(EVERY_CHARACTER))


@pytest.mark.parametrize(("escape", "body"), [(r"\s", SPACE_CLASS), (r"\d", DIGIT_CLASS)])
def test_written_out_classes_are_regex_classes_on_every_code_point(escape: str, body: str) -> None:
    assert _matched(re.compile(f"[{body}]")) == _matched(regex.compile(escape))


@pytest.mark.parametrize("source", [r"\s", r"\d", r"[\s]", r"[\d,]"])
def test_translated_escapes_match_like_regex_on_every_code_point(source: str) -> None:
    translated = to_re_source(source)
    assert translated is not None
    assert _matched(re.compile(translated)) == _matched(regex.compile(source))


@pytest.mark.parametrize("source", [r"\S", r"\D", r"[^\s]", r"[^\d,]"])
def test_translated_negations_refuse_what_regex_refuses(source: str) -> None:
    # the characters either table holds, their neighbours, and the BMP's start
    # (a negated class matches nearly everything: refusals are what tell)
    translated = to_re_source(source)
    assert translated is not None
    ours, theirs = re.compile(translated), regex.compile(source)
    sample = {chr(c) for c in range(0x3100)} | _matched(regex.compile(r"[\s\d]"))
    sample |= {chr(ord(c) + 1) for c in set(sample) if ord(c) < sys.maxunicode}
    assert {c for c in sample if not ours.match(c)} == {c for c in sample if not theirs.match(c)}


@pytest.mark.parametrize(
    "source",
    [
        r"\w+",
        r"a\b",
        r"\p{Han}",
        r"(?r)[。]",
        r"(?i)abc",
        r"(?:abc){e<=1}",
        r"[[:alpha:]]",
        r"[\w。]",
        r"[^\S\n]",
        r"(\d)\1",
        r"a{}",
        r"(?<name>a)",
    ],
)
def test_what_may_differ_stays_with_regex(source: str) -> None:
    assert isinstance(compile_cue(source), regex.Pattern)


def test_plain_patterns_move_to_re() -> None:
    assert isinstance(compile_cue(r"(?:19|20)\d{2}\s*年(?!度)"), re.Pattern)
    assert isinstance(compile_cue(r"[^，,。；;]{0,8}(?:累计|共)$"), re.Pattern)
    with pytest.raises(regex.error):
        compile_cue("(unclosed")


def _shipped_sources() -> list[str]:
    """Every source the cue and scope loaders compile, and every literal
    ``compile_cue("…")`` of the facts modules."""
    seen: list[str] = []

    def record(source: str) -> Any:
        seen.append(source)
        return compile_cue(source)

    data = FACTS / "data"
    with mock.patch.object(rules_module, "compile_cue", record):
        rules_module.parse_cues(json.loads((data / "cues.json").read_text("utf-8")))
        rules_module.parse_scope(json.loads((data / "scope.json").read_text("utf-8")))
    for path in sorted(FACTS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "compile_cue"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                seen.append(node.args[0].value)
    return seen


SOURCES = _shipped_sources()
MOVED = [s for s in SOURCES if isinstance(compile_cue(s), re.Pattern)]


def test_the_shipped_patterns_are_found_and_mostly_moved() -> None:
    assert len(SOURCES) >= 30
    assert len(MOVED) >= 0.8 * len(SOURCES)


# Characters every text draws from besides the pattern's own: the spaces and
# digits the two engines' tables disagree on, line breaks, Latin, CJK punctuation.
_TRICKY = (
    " \t\n\r\x1c\x1f\u3000\xa0\u2028" + "0123456789٣０" + "\U00010d40" + "aZ，。、；:：（）《》年"
)


def _pieces(source: str) -> list[str]:
    """What texts are made of: the pattern's literal runs, its characters, tricky ones."""
    runs = regex.findall(r"[^\\()\[\]|?*+{}^$.]+", source)
    return sorted(set(runs) | set(source) - {"\\"} | set(_TRICKY) | {"2020", "1999", "12"})


def _same(a: Any, b: Any) -> None:
    if a is None or b is None:
        assert a is None and b is None
        return
    assert (a.span(), a.groups()) == (b.span(), b.groups())


@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_re_matches_like_regex_on_random_text(data: st.DataObject) -> None:
    for source in MOVED:
        ours, theirs = compile_cue(source), regex.compile(source)
        pieces = st.lists(st.sampled_from(_pieces(source)), max_size=12).map("".join)
        text = data.draw(pieces)
        pos = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(pos, len(text)))
        _same(ours.search(text, pos, end), theirs.search(text, pos, end))
        _same(ours.match(text, pos, end), theirs.match(text, pos, end))
        assert [(m.span(), m.groups()) for m in ours.finditer(text, pos, end)] == [
            (m.span(), m.groups()) for m in theirs.finditer(text, pos, end)
        ]
        assert ours.sub("#", text) == theirs.sub("#", text)
        assert ours.split(text, maxsplit=1) == theirs.split(text, maxsplit=1)


_WORD_CHARS = "ab公开信"


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.text(alphabet=_WORD_CHARS, max_size=4), min_size=1, max_size=8),
    text=st.text(alphabet=_WORD_CHARS + "x", max_size=16),
)
def test_a_word_trie_matches_like_the_longest_first_alternation(
    words: list[str], text: str
) -> None:
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    trie = word_alternation(words)
    for old, new in ((alternation, trie), (f"(?:{alternation})信?$", f"(?:{trie})信?$")):
        a, b = re.compile(old), re.compile(new)
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        for pos in range(len(text) + 1):  # sentence_bits restarts one past each match
            found_a, found_b = a.search(text, pos), b.search(text, pos)
            assert (found_a and found_a.span()) == (found_b and found_b.span())


def test_a_word_trie_shares_prefixes() -> None:
    assert word_alternation(["公开", "公开信息", "公告", "a.b"]) == r"a\.b|公(?:告|开(?:信息)?)"
