"""The grammar's shortcuts decide as the full validation does.

``find_quantities`` refuses dates (2020年, 12月31日) before the full validation
of ``_match_to_quantity``: a shortcut may only refuse what the full path
refuses, so the scan with it and without it must find the same quantities.
"""

from __future__ import annotations

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
