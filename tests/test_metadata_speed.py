"""agency.region._expansions reads without a pattern what re.finditer found with the
pattern it compiled for each agency word (~5 ms a compile): the old version is kept
here, verbatim but for its name, as the reference."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.agency import region
from govinfo_nlp.agency.region import _DROPPED_REACH, _expansions
from govinfo_nlp.agency.words import _words


def old_expansions(prefix: str, short: str, text: str) -> set[str]:
    if len(short) < 3 or not short.endswith(_words().heads):
        return set()
    gap = rf"([\u4e00-\u9fff]{{0,{_DROPPED_REACH}}}?)"
    pattern = (
        re.escape(prefix)
        + re.escape(short[0])
        + "".join(gap + re.escape(c) for c in short[1:])
        + ("(?:员会)?" if short.endswith("委") else "")
    )
    return {m.group() for m in re.finditer(pattern, text) if sum(1 for g in m.groups() if g) >= 2}


SHORTS = ["人力社保局", "住建局", "民宗局", "发改委", "人社局", "卫健委", "局局局局局"]
# the shorts' own characters, other Han characters, the council's 员会, non-Han marks
_CHARS = st.sampled_from(
    list("人力资源和社会保障局住房城乡建设民族宗教事务发展改革委员会卫生健康区市，a1 （")
)


@settings(max_examples=600, deadline=None)
@given(
    st.sampled_from(["南湖区", "", "A市", "区"]),
    st.sampled_from(SHORTS),
    st.lists(st.one_of(_CHARS, st.sampled_from(["南湖区", "A市", "员会"])), max_size=60),
)
def test_expansions_answer_as_the_pattern(prefix: str, short: str, pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _expansions(prefix, short, text) == old_expansions(prefix, short, text)


def test_a_full_form_is_found_and_a_near_one_is_not() -> None:
    text = "南湖区人力资源和社会保障局2023年报告。南湖区人力社保局。南湖区财政国库支付局"
    assert _expansions("南湖区", "人力社保局", text) == {"南湖区人力资源和社会保障局"}
    text = "市发展和改革委员会；市发改委"
    assert _expansions("市", "发改委", text) == {"市发展和改革委员会"}
    # characters dropped in one place only: another body's name, not a full form
    assert _expansions("南湖区", "财政局", "南湖区财政国库局") == set()


def test_a_hostile_name_is_read_in_bounded_time() -> None:
    # a word whose characters fill every gap: the walk remembers the places that lead
    # nowhere instead of trying every way of gapping (5 ** 30 of them)
    short = "局" * 30
    text = "区" + "局" * 200 + "X"
    assert region._gapped(text, 1, short[1:] + "Y") is None
