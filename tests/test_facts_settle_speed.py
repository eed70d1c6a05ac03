"""The extractor's settling passes over a document's facts (trainees after training
held in their sentence) answer as the walks back they replaced, which were quadratic
in a sentence's counts: the old versions are kept here, verbatim but for names, as
the reference."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.facts.extractor import (
    _STAFF_RULE,
    _TOOK_PART,
    _attendees_follow_sessions,
    _staff_trained,
    _trainees,
)

# --- the reference versions ----------------------------------------------------


def old_staff_trained(original: str, sent_starts: Sequence[int], facts: list) -> list:  # type: ignore[type-arg]
    verbs: tuple[str, ...] = ()
    marks = ""
    for i, f in enumerate(facts):
        if f.rule != _STAFF_RULE or f.type != "other":
            continue
        if not verbs:
            verbs, marks = _trainees()
        at = f.quantity_start
        lo = max(0, at - 80)
        cut = max(original.rfind(m, lo, at) for m in marks)
        if cut < 0 or not original[cut + 1 : at].lstrip().startswith(verbs):
            continue
        for j in range(i - 1, -1, -1):
            if sent_starts[j] != sent_starts[i]:
                break
            if facts[j].type == "training.sessions" and facts[j].rule != _TOOK_PART:
                why = (
                    "people the training held before it in the sentence trained: training.attendees"
                )
                facts[i] = replace(
                    f,
                    type="training.attendees",
                    method="rule",
                    rule="cue:trained_staff",
                    explanation=(*f.explanation, why),
                )
                break
    return facts


def old_attendees_follow_sessions(sent_starts: Sequence[int], facts: list) -> list:  # type: ignore[type-arg]
    for i, f in enumerate(facts):
        if f.type != "training.attendees":
            continue
        for j in range(i - 1, -1, -1):
            if sent_starts[j] != sent_starts[i]:
                break
            held = facts[j]
            if held.type == "training.sessions":
                if held.scope != f.scope:
                    why = f"scope {held.scope} of the training held in the sentence"
                    facts[i] = replace(f, scope=held.scope, explanation=(*f.explanation, why))
                break
            if held.rule == _TOOK_PART:
                why = "trained at the event others held before it in the sentence: 'other'"
                facts[i] = replace(
                    f,
                    type="other",
                    method="rule",
                    rule=_TOOK_PART,
                    explanation=(*f.explanation, why),
                )
                break
    return facts


@dataclass(frozen=True)
class _Fact:
    type: str
    rule: str | None
    scope: str
    quantity_start: int
    method: str = "model"
    explanation: tuple[str, ...] = ()


_TYPES = st.sampled_from(["training.sessions", "training.attendees", "other", "requests.received"])
_RULES = st.sampled_from([None, _STAFF_RULE, _TOOK_PART, "r1"])
_SCOPES = st.sampled_from(["self", "jurisdiction"])
# a clause opened by 培训 or not before each count's quantity
_CLAUSES = st.sampled_from(["，培训工作人员", "，参加人员", "。培训", "、"])


@st.composite
def _document(draw: st.DrawFn) -> tuple[str, list[int], list[_Fact]]:
    n = draw(st.integers(0, 14))
    text, starts, facts = "", [], []
    sent = 0
    for _ in range(n):
        text += draw(_CLAUSES)
        if draw(st.booleans()) and draw(st.booleans()):
            sent = len(text)  # a new sentence (the passes read only the starts)
        facts.append(_Fact(draw(_TYPES), draw(_RULES), draw(_SCOPES), len(text)))
        starts.append(sent)
        text += "1人"
    return text, starts, facts


@settings(max_examples=500, deadline=None)
@given(_document())
def test_settling_passes_answer_as_the_old_walks(doc: tuple[str, list[int], list[_Fact]]) -> None:
    text, starts, facts = doc
    assert _staff_trained(text, starts, list(facts)) == old_staff_trained(text, starts, list(facts))
    assert _attendees_follow_sessions(starts, list(facts)) == old_attendees_follow_sessions(
        starts, list(facts)
    )


def test_trainees_after_training_held_are_attendees_of_its_scope() -> None:
    text = "举办培训班1期，培训工作人员150人，培训工作人员20人"
    facts = [
        _Fact("training.sessions", "r1", "jurisdiction", text.index("1期")),
        _Fact("other", _STAFF_RULE, "self", text.index("150")),
        _Fact("other", _STAFF_RULE, "self", text.index("20人")),
    ]
    settled = _attendees_follow_sessions([0, 0, 0], _staff_trained(text, [0, 0, 0], list(facts)))
    assert [f.type for f in settled] == ["training.sessions", *["training.attendees"] * 2]
    assert [f.scope for f in settled] == ["jurisdiction"] * 3
    # in a sentence of their own, the same counts stay staffing
    alone = _attendees_follow_sessions([0, 9, 9], _staff_trained(text, [0, 9, 9], list(facts)))
    assert [f.type for f in alone] == ["training.sessions", "other", "other"]


# --- segments.continued_lines cuts the text at its breaks (no list of characters) ---

_WRAP_PIECES = st.sampled_from(
    [
        "收到申请",
        "政府信息公开申请数量",
        "2",
        "86",
        "件",
        "，",
        "。",
        "\n",
        "其中",
        "本年新收",
        "x" * 30,
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WRAP_PIECES, max_size=40))
def test_continued_lines_turns_only_line_breaks_into_spaces(pieces: list[str]) -> None:
    from govinfo_nlp.facts.segments import continued_lines

    text = "".join(pieces)
    view = continued_lines(text)
    assert len(view) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, view, strict=True))


def test_continued_lines_joins_a_wrapped_page_as_before() -> None:
    from govinfo_nlp.facts.segments import continued_lines

    line = "本机关全年共收到政府信息公开申请数量较上年有所增加其中网上申请"
    text = "\n".join([line] * 6) + "\n" + line + "3\n件，办结申请2\n86件。\n"
    view = continued_lines(text)
    assert len(view) == len(text) and view.count("\n") < text.count("\n")
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, view, strict=True))


# --- segments: the break patterns anchored on the line break (module regex) find
# the breaks the fixed-lookbehind patterns of `re` found, with the same blanks ---

_OLD_BREAK = re.compile(
    r"(?<=[\u4e00-\u9fff》”」』0-9０-９.])([ \t]*)\n([ \t]*)(?=[\u4e00-\u9fff0-9０-９.])"
)
_OLD_IN_WORD = re.compile(r"(?<=[\u4e00-\u9fff》”」』])([ \t]*)\n(?=[\u4e00-\u9fff0-9０-９])")
_OLD_WRAPPED = re.compile("(?<=[，,、；;])([ \t]*)\n")
_OLD_PROSE_LINE = frozenset("，,。、；;！？")

_BREAK_PIECES = st.sampled_from(
    [
        "信息",
        "2",
        "８",
        ".",
        "。",
        "，",
        ",",
        "、",
        "；",
        "》",
        "”",
        "\n",
        " ",
        "\t",
        "x",
        "|",
        "一、",
        "1.",
        "（二）",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_BREAK_PIECES, max_size=40))
def test_break_patterns_find_what_the_re_patterns_found(pieces: list[str]) -> None:
    from govinfo_nlp.facts import segments

    text = "".join(pieces)
    assert [(m.start(1), m.end(2)) for m in segments._BREAK.finditer(text)] == [
        m.span() for m in _OLD_BREAK.finditer(text)
    ]
    assert [(m.start(1), m.end()) for m in segments._IN_WORD.finditer(text)] == [
        m.span() for m in _OLD_IN_WORD.finditer(text)
    ]
    assert segments._WRAPPED.sub(" ", text) == _OLD_WRAPPED.sub(lambda m: m.group(1) + " ", text)
    for line in text.split("\n"):
        marker = segments._LIST_MARKER.match(line)
        old = "|" not in line and not (
            _OLD_PROSE_LINE - {"、"} if marker else _OLD_PROSE_LINE
        ).isdisjoint(line[marker.end() :] if marker else line)
        assert segments._prose_line(line) == old


# --- extractor._unsplit: a quantity across an unsure break, found by the least end
# of the breaks after its start, as by trying every break ---


@dataclass(frozen=True)
class _Quantity:
    quantity_start: int
    quantity_end: int


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 60), st.integers(1, 3)), max_size=12),
    st.lists(st.tuples(st.integers(0, 64), st.integers(1, 8)), max_size=12),
)
def test_unsplit_drops_what_trying_every_break_dropped(
    breaks: list[tuple[int, int]], spans: list[tuple[int, int]]
) -> None:
    from govinfo_nlp.facts.extractor import _unsplit
    from govinfo_nlp.facts.segments import Wraps
    from govinfo_nlp.normalize import normalize

    norm = normalize("信" * 70)
    unsure = tuple(sorted({(at, min(at + n, 69)) for at, n in breaks}))
    facts = tuple(_Quantity(s, s + n) for s, n in spans)
    heads = {norm.to_original(at - 1, at)[1] for at, _ in unsure}
    tails = {norm.to_original(to, to + 1)[0] for _, to in unsure}
    across = [norm.to_original(at, to) for at, to in unsure]
    expected = tuple(
        f
        for f in facts
        if f.quantity_end not in heads
        and f.quantity_start not in tails
        and not any(f.quantity_start < a and b < f.quantity_end for a, b in across)
    )
    assert _unsplit(norm, Wraps((), unsure), facts) == expected  # type: ignore[arg-type]
