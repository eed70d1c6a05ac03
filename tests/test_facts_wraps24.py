"""PDF wraps the session-23 wrap study left (session 24, facts24; issue 15).

A wrap put at every position around the real train/dev gold counts (line-level pages,
blanks on either side of the break) still lost these, each a shape any report can
show: a count and its counter opening a line after 公众号 (号 ends a word, not only a
date: real train r160), a numeral in words opening the line after a line of prose
(每月开展⏎ 一次: r012), a line that ends with a closing bracket (…(含“三公”经费)⏎4条:
r048), 则 as a counter (报道497⏎则: r032), a count after a list's comma (申请23份,5⏎份:
r024; 复议6件,5⏎件: r007). Each wrapped sentence must read as the same sentence unwrapped.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp import parse
from govinfo_nlp.facts.segments import wrapped_lines

HEAD = "某县人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况\n"


def counts(body: str) -> list[tuple[str, float, str | None]]:
    """(type, value, breakdown) of the facts of a page holding ``body``, in order."""
    return [(f.type, f.value, f.breakdown) for f in parse(HEAD + body).facts]


# (the sentence with ⏎ where the wrap falls, the count the wrap cuts off: type, value)
CASES = [
    (
        "我镇通过政府门户网站主动公开乡镇快讯信息109条,“融安县板榄镇”公众号⏎558篇,"
        "利用信息公开栏公开各类政府信息379条。",
        ("proactive.items", 558),
    ),
    (
        "建立内部自查和第三方监测相结合的制度,每月开展⏎一次常态化检查,全年组织培训2次。",
        ("other", 1),
    ),
    ("其中人事信息6条;财政预决算(含“三公”经费)⏎4条;应急管理信息5条。", ("proactive.items", 4)),
    ("在各级媒体刊发报道497⏎则,微信公众号发布信息300条。", ("proactive.items", 497)),
    ("本年度共收到政府信息公开申请23份,5⏎份转下年度继续办理。", ("other", 5)),
    ("全年被申请行政复议6件,5⏎件结果维持,1件结果纠正。", ("appeals.review", 5)),
]
BREAKS = ["\n", "\n ", " \n", " \n "]


@pytest.mark.parametrize(("sentence", "count"), CASES, ids=[c[0][:12] for c in CASES])
@pytest.mark.parametrize("wrap", BREAKS, ids=repr)
def test_a_wrap_reads_as_the_sentence_unwrapped(
    sentence: str, count: tuple[str, int], wrap: str
) -> None:
    plain = counts(sentence.replace("⏎", ""))
    assert count in [(t, v) for t, v, _ in plain]
    assert counts(sentence.replace("⏎", wrap)) == plain


# numerals in words opening a line, after a line of prose: any counter of the list
@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from("一两三四五六七八九十"),
    st.sampled_from(("次常态化检查", "场专题培训", "期政务公开专栏")),
    st.sampled_from(BREAKS),
)
def test_a_numeral_in_words_opening_a_line_goes_on_with_the_sentence(
    numeral: str, rest: str, wrap: str
) -> None:
    sentence = f"建立自查制度,全年开展⏎{numeral}{rest},发布信息12条。"
    assert counts(sentence.replace("⏎", wrap)) == counts(sentence.replace("⏎", ""))


@pytest.mark.parametrize(
    "text",
    [
        # a heading of no mark, then a paragraph opening with a numeral in words
        "（一）主动公开\n 两个平台建设有序推进，发布信息12条。\n",
        # a date's 号 and 年 before the break (5号, 2021年,)
        "本机关于3月5号\n 3件申请均已办结，按时答复。\n",
        "截至2021年,5\n 件申请均已办结，按时答复。\n",
    ],
)
def test_breaks_that_stay_breaks(text: str) -> None:
    assert not wrapped_lines(text).joined
