"""Functions of reconcile rewritten for speed answer as the versions they replaced:
the old versions are kept here, verbatim but for names, as the reference."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.reconcile.clauses import _SENTENCE_END, _SENTENCE_REACH
from govinfo_nlp.reconcile.fields import _breakdown, _larger_before

# --- the reference version -----------------------------------------------------


def old_larger_before(facts, index, text, template):  # type: ignore[no-untyped-def]
    fact = facts[index]
    if text is None or _breakdown(fact, template) is not None:
        return None
    for j in range(index - 1, -1, -1):
        other = facts[j]
        if other.end > fact.start:
            continue
        between = text[other.end : fact.start]
        if any(c in between for c in _SENTENCE_END) or len(between) > _SENTENCE_REACH:
            return None
        if (
            other.type == fact.type
            and other.value > fact.value
            and _breakdown(other, template) is None
            and other.year == fact.year
        ):
            return other.text
    return None


@dataclass(frozen=True)
class _Fact:
    start: int
    end: int
    type: str
    value: int
    year: int | None
    breakdown: str | None
    text: str


# text of clause words, sentence ends and long runs without one (the reach is 200)
_PIECES = st.sampled_from(["受理申请", "，", "。", "\n", "！", "、", "x" * 90, "件"])


@st.composite
def _case(draw: st.DrawFn) -> tuple[list[_Fact], str]:
    text = "".join(draw(st.lists(_PIECES, max_size=40)))
    n = draw(st.integers(0, 12))
    facts = []
    for k in range(n):
        # facts in any order, some overlapping, some beyond the text's end
        start = draw(st.integers(0, len(text) + 5))
        end = start + draw(st.integers(0, 8))
        facts.append(
            _Fact(
                start,
                end,
                draw(st.sampled_from(["requests.received", "requests.closed"])),
                draw(st.integers(1, 4)),
                draw(st.sampled_from([2023, None])),
                draw(st.sampled_from([None, None, "t3.x"])),
                f"f{k}",
            )
        )
    return facts, text


@settings(max_examples=400, deadline=None)
@given(_case())
def test_larger_before_answers_as_the_old_walk(case: tuple[list[_Fact], str]) -> None:
    facts, text = case
    for index in range(len(facts)):
        assert _larger_before(facts, index, text, None) == old_larger_before(
            facts, index, text, None
        )
        assert _larger_before(facts, index, None, None) is None


def test_larger_before_stops_at_a_sentence_end_and_the_reach() -> None:
    text = "办结40件，答复38件。答复39件" + "，" + "x" * 210 + "答复30件"
    facts = [
        _Fact(0, 5, "requests.closed", 40, 2023, None, "办结40件"),
        _Fact(6, 11, "requests.closed", 38, 2023, None, "答复38件"),
        _Fact(12, 17, "requests.closed", 39, 2023, None, "答复39件"),
        _Fact(len(text) - 5, len(text), "requests.closed", 30, 2023, None, "答复30件"),
    ]
    assert text[6:11] == "答复38件" and text[12:17] == "答复39件"
    assert _larger_before(facts, 1, text, None) == "办结40件"
    assert _larger_before(facts, 2, text, None) is None  # after 。
    assert _larger_before(facts, 3, text, None) is None  # beyond the reach
