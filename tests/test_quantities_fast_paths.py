"""The grammar's shortcuts decide as the full validation does.

``find_quantities`` refuses dates (2020年, 12月31日) before the full validation
of ``_match_to_quantity``, and with ``cells=False`` passes over a row's cells
(申请数量 4 0 0) in one step: a shortcut may only skip what the general path
skips, so the scan with it and without it must find the same quantities.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govinfo_nlp.quantities import find_quantities
from govinfo_nlp.quantities import grammar as grammar_module

PIECES = [
    *"0123456789一二两三十百千万亿余多几约近件条个次人%成年月日号时度底内 \u3000\n|-.,，、（）《》“”",
    "2020", "2021", "1,999", "2,020", "2020.5", "12", "31", "179", "一二", "十二",
    "年度", "年底", "日内", "以内", "之内", "个月", "周年", "号文", "季度", "热线",
    "以上", "左右", "超过", "条(次)", "万元", "人次", "第", "截至", "全年共受理申请",
]  # fmt: skip

texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _without_shortcut(text: str, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    with monkeypatch.context() as patch:
        patch.setattr(grammar_module, "_date_part", lambda g, t, m: False)
        return list(find_quantities(text))


@settings(max_examples=800, deadline=None)
@given(texts)
@example("2020年12月31日办结申请65件")
@example("2020 年受理3日内办结5件，31日，179号，2,020年，2020.5年")
@example("十二月一日，两年，近3年")
def test_the_date_shortcut_refuses_only_what_the_full_path_refuses(text: str) -> None:
    monkeypatch = pytest.MonkeyPatch()
    try:
        assert list(find_quantities(text)) == _without_shortcut(text, monkeypatch)
    finally:
        monkeypatch.undo()


@settings(max_examples=800, deadline=None)
@given(texts)
@example("2020年，12月，3日内，2020 年，二〇二〇年")
@example("约万月")  # a magnitude alone after 约, before a date word: refused by both
def test_every_shortcut_refusal_is_a_full_path_refusal(text: str) -> None:
    g = grammar_module.grammar_for(())
    t = grammar_module.fold(text)
    for p, ch in enumerate(t):
        if not (ch.isdigit() or ch in grammar_module.CN_NUMERAL_CHARS):
            continue
        m = g.pattern.match(t, p)
        if m is None or m.group(3) is None or not grammar_module._date_part(g, t, m):
            continue
        assert grammar_module._match_to_quantity(g, text, t, m) is None, t[p : m.end()]


def test_the_shortcut_refuses_the_dates_of_a_report() -> None:
    # it must fire at all, or the tests above compare the full path with itself
    g = grammar_module.grammar_for(())
    t = "2020年12月31日"
    hits = [p for p in (0, 5, 8) if grammar_module._date_part(g, t, g.pattern.match(t, p))]
    assert hits == [0, 5, 8]
    assert not grammar_module._date_part(g, "3年", g.pattern.match("3年", 0))


ROW_PIECES = [
    *"0123456789０１ \t\u3000\xa0\n|.,万余件%申请",
    "12 ", "0 0 0", "\t7\t", "4 0 0\n", "1,234 ", "3 件", "5 万", "第 3", "办结 ",
]  # fmt: skip


@st.composite
def rows_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]] | None]:
    text = draw(st.lists(st.sampled_from(ROW_PIECES), max_size=30).map("".join))
    if draw(st.booleans()):
        return text, None
    bound = st.integers(-1, len(text) + 1)
    return text, draw(st.lists(st.tuples(bound, bound), max_size=4))


@settings(max_examples=800, deadline=None)
@given(rows_and_spans())
@example(("申请数量 4 0 0\n办结3件", None))
@example((",\t7\t12 003 件", None))  # a cell, a tab, then a grouped run
@example(("申请数量 4 0 0 12\t7\u30008 9", [(0, 9), (10, 30)]))
def test_a_row_of_cells_is_skipped_as_cell_by_cell(case: tuple[str, list | None]) -> None:
    text, spans = case
    fast = list(find_quantities(text, spans=spans, cells=False))
    monkeypatch = pytest.MonkeyPatch()
    try:
        monkeypatch.setattr(grammar_module, "_CELL_ROW", re.compile(r"(?!)"))
        assert list(find_quantities(text, spans=spans, cells=False)) == fast
    finally:
        monkeypatch.undo()


def test_the_row_shortcut_passes_over_the_cells_but_the_last() -> None:
    text = "申请数量 4 0 0\n"
    assert grammar_module._CELL_ROW.match(text, 6).end() == 8  # past "0", before " 0\n"


@settings(max_examples=200, deadline=None)
@given(texts)
def test_a_quantity_built_through_its_slots_is_the_dataclass_one(text: str) -> None:
    # the scan builds quantities by setting their slots (faster than the frozen
    # __init__): each must be the object the dataclass builds, equal, hashable, frozen
    for q in find_quantities(text):
        fields = {f: getattr(q, f) for f in grammar_module.Quantity.__dataclass_fields__}
        built = grammar_module.Quantity(**fields)
        assert q == built and hash(q) == hash(built) and repr(q) == repr(built)
        with pytest.raises(AttributeError):
            q.value = 0  # type: ignore[misc]


def _plain_pattern(g: grammar_module._Grammar) -> re.Pattern[str]:
    """The candidate pattern as first written: every part an optional group, the
    counters an alternation longest first (what the engine-shaped one must match)."""
    from govinfo_nlp.quantities.numerals import ARABIC_PATTERN, CN_NUMERAL_CHARS

    numeral = rf"(?:{ARABIC_PATTERN}|[{CN_NUMERAL_CHARS}])++"
    space = grammar_module._SPACE
    ctr = grammar_module._re_alternation(g.counters)
    infixes = re.escape("".join(g.infix))
    suffixes = grammar_module._re_alternation(g.suffix)
    return re.compile(
        rf"(?:(?P<pct>百分之|千分之)(?P<pnum>{numeral})"
        rf"|(?P<num>{numeral})(?:{space}(?P<inf>[{infixes}]))?(?:{space}(?P<mag>[万亿]++))?"
        rf"(?P<inf2>[余多])?(?:{space}(?P<ctr>{ctr}|%|‰))?(?:[(（](?P<ctr2>{ctr})[)）])?)"
        rf"(?P<suf>{suffixes})?"
    )


CANDIDATE_PIECES = [
    *PIECES, *"场次册篇份项(（)）‰ \xa0多余几上下左有之以", "场次", "人次", "1000余条(次)",
    "10 万余", "2800 余条", "十几个", "百分之", "千分之五", "3万4千", "1.2万", "48 篇",
    "个工作日", "个百分点", "平方米", "上下", "之多", "有余", "以下",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(CANDIDATE_PIECES), max_size=20).map("".join))
@example("2800 余条(次)以上，10 万余人次，十几个工作日，百分之3.5左右，5(件)，7%之多")
def test_the_candidate_pattern_matches_as_its_plain_form(text: str) -> None:
    g = grammar_module.grammar_for(())
    plain = _plain_pattern(g)
    t = grammar_module.fold(text)
    for p in range(len(t)):
        for end in (len(t), min(len(t), p + 3)):
            m, ref = g.pattern.match(t, p, end), plain.match(t, p, end)
            assert (m is None) == (ref is None), t[p:]
            if m is not None and ref is not None:
                assert (m.regs, m.lastindex) == (ref.regs, ref.lastindex), t[p:]


class _Everything:
    """A character set holding every character: the lone-numeral shortcut never fires."""

    def __contains__(self, ch: object) -> bool:
        return True


LONE_PIECES = [*CANDIDATE_PIECES, *ROW_PIECES, "一是", "三、", "统一", "第一", "一\t5", "二,3"]


@st.composite
def lone_cases(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]] | None, bool]:
    text = draw(st.lists(st.sampled_from(LONE_PIECES), max_size=25).map("".join))
    bound = st.integers(-1, len(text) + 1)
    spans = draw(st.none() | st.lists(st.tuples(bound, bound), max_size=4))
    return text, spans, draw(st.booleans())


@settings(max_examples=1000, deadline=None)
@given(lone_cases())
@example(("一是统一部署，三、四件，一\t5 6，十二,3件，百分之五，一以上", None, False))
@example(("一是统一部署，三、四件，一\t5 6", [(2, 9), (12, 20)], True))
@example(("约万月，约万", None, False))
@example(("超过万度", None, False))
def test_a_lone_chinese_numeral_is_passed_over_as_the_pattern_would(
    case: tuple[str, list[tuple[int, int]] | None, bool],
) -> None:
    import dataclasses

    text, spans, cells = case
    g = grammar_module.grammar_for(())
    never = dataclasses.replace(g, lone_after=_Everything())
    expected = list(find_quantities(text, spans=spans, grammar=never, cells=cells))
    assert list(find_quantities(text, spans=spans, grammar=g, cells=cells)) == expected


def test_the_lone_numeral_shortcut_skips_the_pattern() -> None:
    # it must fire at all, or the test above compares the scan with itself
    import dataclasses

    g = grammar_module.grammar_for(())
    seen: list[int] = []

    class Counting:
        def match(self, t: str, p: int, end: int) -> re.Match[str] | None:
            seen.append(p)
            return g.pattern.match(t, p, end)

    counted = dataclasses.replace(g, pattern=Counting())
    assert [q.text for q in find_quantities("一是统一，办结三件", grammar=counted)] == ["三件"]
    assert seen == [7]  # not 一 (before 是, before ，): 三 has its counter


# numerals of any length, with the grammar's markers and counters around them
long_texts = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.text(alphabet="0123456789,.", min_size=20, max_size=60),
        st.text(alphabet="一二三十百千万亿〇", min_size=20, max_size=40),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(long_texts)
@example("本机关办结申请" + "1" * 40 + "件，" + "1,000" * 8 + "万元，" + "一" + "亿" * 40 + "余人")
def test_a_numeral_too_long_for_the_caches_is_read_as_a_cached_one(text: str) -> None:
    # with every numeral read through the caches (a bound no numeral reaches) and with
    # none (a bound of 0), the same quantities
    monkeypatch = pytest.MonkeyPatch()
    try:
        monkeypatch.setattr(grammar_module, "_CACHED_NUMERAL", 10**9)
        cached = list(find_quantities(text))
        monkeypatch.setattr(grammar_module, "_CACHED_NUMERAL", 0)
        assert list(find_quantities(text)) == cached
    finally:
        monkeypatch.undo()


def test_a_long_numeral_stays_out_of_the_caches() -> None:
    caches = (
        grammar_module._cached_integer,
        grammar_module._cached_value,
        grammar_module._as_number,
    )
    list(find_quantities("本机关办结申请1件。"))
    sizes = [c.cache_info().currsize for c in caches]
    numeral = "9" * 200 + ".5"  # a numeral of a hostile page: no count has it
    list(find_quantities(f"本机关办结申请{numeral}件，{numeral}万元，近一{'亿' * 40}人。"))
    assert [c.cache_info().currsize for c in caches] == sizes


def _old_arabic_context_ok(g: object, t: str, start: int, num_end: int, num: str) -> bool:
    # session 15's version, which read the integer digits of every numeral
    integer = grammar_module._leading_integer(num)
    if (len(integer) > 1 and integer[0] == "0") or len(integer) >= 12:
        return False
    return grammar_module._arabic_context_ok(g, t, start, num_end, "1" + num[1:])  # type: ignore[arg-type]


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="0123456789,， .０１", min_size=1, max_size=20).filter(
        lambda s: s[0].isdigit()
    )
)
@example("0595")
@example("123456789012")
@example("1,234,567,890")
def test_the_context_check_reads_the_integer_only_when_it_can_refuse(num: str) -> None:
    g = grammar_module.grammar_for(())
    t = f"办结{num}件"
    assert grammar_module._arabic_context_ok(g, t, 2, 2 + len(num), num) == _old_arabic_context_ok(
        g, t, 2, 2 + len(num), num
    )
