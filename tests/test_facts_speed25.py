"""The facts stage's speed changes of session 25 (speedf25; issue 17) find what the
code they replace found: each rewritten scan is checked against the old one, kept
here as written before, on drawn texts of the characters it reads."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govinfo_nlp.facts import cues, rules, segments
from govinfo_nlp.facts.segments import wrapped_lines

# _CLOSER_BREAK before session 25: a look behind at every character of the page
OLD_CLOSER_BREAK = regex.compile(r"(?<=[^\s|])[ \t]*\n[ \t]{0,2}(?=[,、;:。)》”」』%])")

# blanks of both kinds, breaks, a pipe, other white space (\u3000, \r, \x1c: \s but no
# blank), a word, a digit, and every mark the break waits for
CHARS = [" ", "\t", "\n", "|", "\u3000", "\r", "\x1c", "信", "7", *",、;:。)》”」』%"]


def old_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in OLD_CLOSER_BREAK.finditer(text)]


def new_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(1), m.end()) for m in segments._CLOSER_BREAK.finditer(text)]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(CHARS), max_size=30).map("".join))
@example("办结率为 100\n %")
@example("办结率为 100 \t\n  %")
@example("| 100 \n ,")
@example("\n,")
@example("信\u3000\n,")
@example("信 \n   ,")
def test_closer_break_finds_the_old_spans(text: str) -> None:
    assert new_spans(text) == old_spans(text)


def test_closer_break_span_starts_at_the_blanks_before_the_break() -> None:
    # the span (read as nothing) takes the blanks ending the line before along
    assert new_spans("办结率为 100  \n %") == [(8, 12)]
    assert wrapped_lines("办结率为 100  \n %。").joined == ((8, 12),)


# the clause and statement starts before session 25: an rfind per mark, the greatest
def old_clause_lo(text: str, lo: int, pos: int) -> int:
    return max(lo, *(text.rfind(c, lo, pos) + 1 for c in rules._CLAUSE_ENDS))


def old_statement_lo(text: str, floor: int, q_start: int) -> int:
    return max(floor, max(text.rfind(c, floor, q_start) for c in cues._STATEMENT_MARKS) + 1)


def new_statement_lo(text: str, floor: int, q_start: int) -> int:
    mark = cues._LAST_STATEMENT_MARK.search(text, floor, q_start)
    return floor if mark is None else mark.end()


MARKED = st.lists(st.sampled_from(["信", "息", "7", " ", "\n", *"，,；;。：:、"]), max_size=24).map(
    "".join
)


@settings(max_examples=800, deadline=None)
@given(MARKED, st.integers(0, 30), st.integers(-30, 30))
@example("收到申请12件，其中网上申请5件", 0, 16)
@example("受理3件；办结2件", 0, 9)
@example("，", 1, 0)
def test_last_mark_searches_find_the_old_starts(text: str, lo: int, pos: int) -> None:
    assert rules._clause_lo(text, lo, pos) == old_clause_lo(text, lo, pos)
    assert new_statement_lo(text, lo, pos) == old_statement_lo(text, lo, pos)


def test_clause_lo_reads_after_the_last_mark() -> None:
    text = "收到申请12件，其中网上申请5件"
    assert rules._clause_lo(text, 0, len(text)) == text.index("，") + 1
    assert rules._clause_lo(text, 0, text.index("，")) == 0
