"""Facts-stage errors found on real-style text (session 16: paraphrase set 9 and the
spent sets 1–8): page marks, review and suit outcomes, hard wraps inside a word.
One case per general rule, hypothesis where the rule is a grammar; rules only
where the rules decide alone, the shipped combination (rules and facts-v3) where
the model takes part."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_facts import by_quantity, facts_of
from test_facts_web_pages import shipped

NUMERALS = st.one_of(
    st.integers(1, 120).map(str),
    st.sampled_from(["一", "二", "三", "五", "十", "十二"]),
    st.integers(1, 9).map(lambda n: chr(0xFF10 + n)),
)


@settings(max_examples=40, deadline=None)
@given(
    NUMERALS,
    NUMERALS,
    st.sampled_from([" ", "", "  ", "，", "/", "／", "、"]),
    st.sampled_from([" ", ""]),
    st.booleans(),
    st.sampled_from(["\n", "\n\n", "  "]),
)
def test_a_page_mark_is_no_fact(
    page: str, pages: str, sep: str, pad: str, page_first: bool, brk: str
) -> None:
    # 第 1 页 共 3 页 in a PDF's text layer: a page number and the count of pages
    # beside it are chrome (SCHEMA §3), in either order and any spacing
    this, total = f"第{pad}{page}{pad}页", f"共{pad}{pages}{pad}页"
    mark = f"{this}{sep}{total}" if page_first else f"{total}{sep}{this}"
    text = f"一、总体情况{brk}{mark}{brk}2022年，本机关收到政府信息公开申请12件。"
    facts = facts_of(text)
    assert [f.value for f in facts] == [12]
    assert [f.value for f in shipped(text, 2022)] == [12]


@settings(max_examples=20, deadline=None)
@given(st.integers(2, 40), st.sampled_from(["", " "]))
def test_a_scraped_pager_is_no_fact(pages: int, pad: str) -> None:
    text = f"首页 上一页 1 2 下一页 尾页 共{pad}{pages}{pad}页 跳转到第 页\n全年收到申请12件。"
    assert [f.value for f in facts_of(text)] == [12]


def test_a_count_of_pages_in_prose_stays_a_fact() -> None:
    # no page number beside it: a report-structure count (gold README §3: other)
    text = "本报告共3页，附表2张。全年收到申请12件。"
    assert by_quantity(facts_of(text), text, "3页").type == "other"
    assert by_quantity(shipped(text), text, "3页").type == "other"
