"""Facts mechanics every real report can show (session 23, facts23): PDF wraps with
blanks inside a count (申请 1⏎ 件), a count opening a line after a line of no mark, a
lone part of documents made (新制定1件: a channel, never accused), a list break in Traditional script,
更正为 with no figure after it, a quoted name holding a year and a numeral in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp import parse

ROOT = Path(__file__).resolve().parents[1]

HEAD = "某县人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况\n"


def facts_of(body: str) -> dict[str, tuple[str, float, str | None, int | None]]:
    """The facts of a report page holding ``body``: by quantity text with its line breaks
    and blanks dropped, (type, value, breakdown, year)."""
    text = HEAD + body
    return {
        "".join(text[f.quantity_start : f.quantity_end].split()): (
            f.type,
            f.value,
            f.breakdown,
            f.year,
        )
        for f in parse(text).facts
    }


# --- wraps with blanks (a PDF's text layer puts a blank around a number) ---


@pytest.mark.parametrize("before", ["", " "])
@pytest.mark.parametrize("after", [" ", "  "])
def test_counter_on_a_line_opened_by_blanks_ends_the_count(before: str, after: str) -> None:
    body = f"本年度，本机关共收到政府信息公开申请{before}1{before}\n{after}件，均已按时办结。\n"
    got = facts_of(body)
    assert got["1件"][:2] == ("requests.received", 1)


def test_magnitude_on_a_line_opened_by_a_blank_keeps_the_value() -> None:
    # the old reading took 4.5 alone (a bare number, value 4.5)
    got = facts_of("本年度，网站总访问量达4.5 \n 亿次，其中本机关栏目访问120万次。\n")
    assert got["4.5亿次"][1] == 450_000_000


def test_count_opening_a_line_after_a_line_of_no_clause_mark() -> None:
    # real train seed 001: 一是主动公开政府信息的数量:2020年主动公开发布各类政府信息⏎43条,…
    for blank in ("", " "):
        body = (
            "一是主动公开政府信息的数量:2023年主动公开发布各类政府信息\n"
            f"{blank}43条,累计发布各类政府信息2816条。\n"
        )
        assert facts_of(body)["43条"][0] == "proactive.items"


def test_line_opened_by_a_blank_after_a_count_goes_on_with_its_sentence() -> None:
    # real train seed 002: 积极应对新冠疫情,全力做好4场⏎ 疫情防控新闻发布会
    got = facts_of("积极应对新冠疫情,全力做好4场\n 疫情防控新闻发布会,回应社会关切。\n")
    assert got["4场"][0] == "proactive.press_conferences"


def test_sentence_opening_counter_after_a_postcode_is_no_count() -> None:
    got = facts_of(
        "联系地址：某县府前路1号，邮编：330000\n 本报告所列数据的统计期限自2023年1月1日起。\n"
    )
    assert not any(k.startswith("330000") for k in got)


# Real train sentences (reports and seeds of the train split), each with its counts as
# the library reads them unwrapped. A wrap with blanks anywhere inside a count or at its
# edges may leave the count unread where its pieces could be two numbers (申请2⏎ 86件),
# but never gives it another value or type.
SENTENCES = [
    "2023年共受理依申请公开33件,其中本年新收31件,上年结转2件。",
    "全年通过门户网站公开医保动态类信息35条,通知公告类信息12条。",
    "行政复议共1宗,经复议机关审理,维持原行政行为。",
    "公开目录管理系统公开信息126条,圆满完成了年度公开任务。",
    "无法提供2件,不予处理1件,其他处理3件。",
    "网站总访问量达4.5亿次,其中本机关栏目访问量120万次。",
    "发布政策解读信息33条,回应公众关切8次。",
]
BLANKS = ["\n", " \n", "\n ", " \n "]


def _counts(text: str) -> list[tuple[int, int, str, float]]:
    return [(f.quantity_start, f.quantity_end, f.type, f.value) for f in parse(text).facts]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(SENTENCES), st.sampled_from(BLANKS), st.data())
def test_a_wrap_inside_a_count_changes_no_value_or_type(
    sentence: str, blank: str, data: st.DataObject
) -> None:
    text = HEAD + sentence + "\n"
    base = _counts(text)
    assert base
    start, end, kind, value = data.draw(st.sampled_from(base))
    at = data.draw(st.integers(start, end))
    wrapped = text[:at] + blank + text[at:]
    moved = len(blank)
    # the count's span in the wrapped text
    lo, hi = (
        (start + moved, end + moved) if at == start else (start, end + (moved if at < end else 0))
    )
    got = [(s, e, t, v) for s, e, t, v in _counts(wrapped) if min(e, hi) > max(s, lo)]
    assert len(got) <= 1
    for _, _, t, v in got:
        assert (t, v) == (kind, value), (wrapped, got)
    digits = text[start:end].rstrip("件条宗次亿万")
    if at == start + len(digits) and digits[-1:].isdigit():
        # a break between a count's digits and its counter: always read
        assert got, wrapped


# --- a part's words with no stated total (paraphrase17 f26) ---


def test_lone_document_part_keeps_its_channel_and_is_never_accused() -> None:
    """A lone 新制定/修订 count is a part of what the table's 制发 column counts (new and
    revised together): read as that total, 修订2件 beside 制发 3 was called inconsistent."""
    got = facts_of("2023年，本机关新制定规范性文件1件，废止0件。\n")
    assert got["1件"][:3] == ("proactive.normative", 1, "channel:新制定")
    page = (ROOT / "datasets/redteam/vexcerpt22/docs/vx22_03.txt").read_text(encoding="utf-8")
    page = page.replace("行政规范性文件 | 0 | 0 | 0 |", "行政规范性文件 | 3 | 0 | 9 |")
    cut = page.index("\n", 200)
    page = page[:cut] + "\n本年度修订规范性文件2件。\n" + page[cut:]
    rows = parse(page).to_dict()["reconciliation"]
    normative = [r for r in rows if r.get("type") == "proactive.normative"]
    assert normative and all(r["verdict"] != "inconsistent" for r in normative)


def test_parts_after_a_stated_total_keep_their_channels() -> None:
    got = facts_of("本年度制发规范性文件9件，其中新制定5件、修订4件。\n")
    assert got["9件"][2] is None
    assert got["5件"][2] == "channel:新制定"
    assert got["4件"][2] == "channel:修订"
    # two parts of what the table's 制发 column counts: channels, never compared with it
    got = facts_of("本年度新制定规范性文件2件，修订规范性文件1件。\n")
    assert got["2件"][2] == "channel:新制定" and got["1件"][2] == "channel:修订"
    # made and revised together: whether the table's 制发 column counts the revised too is
    # not certain (paraphrase6 x37's gold says the total): kept a channel, never compared
    got = facts_of("本年度制定修订规范性文件9件。\n")
    assert got["9件"][:2] == ("proactive.normative", 9) and got["9件"][2] is not None


# --- a list break in Traditional script (metamorphic d_traditional, written2 v135) ---


def test_traditional_list_break_ends_the_list() -> None:
    body = (
        "全年通過區政府門戶網站累計發佈各類政務信息3,684條,其中區政府及區政府辦公室文件51件、"
        "人事任免信息38條、重大建設項目信息296條,同時對區政府制發的4件行政規範性文件全部進行了解讀。\n"
    )
    got = facts_of(body)
    assert got["4件"][0] == "proactive.normative"
    assert got["4件"][2] is None
    assert got["51件"][0] == "proactive.items"  # the list's parts are still parts
    assert got["51件"][2] is not None


# --- 更正为 with no figure after it is no correction of the count ---


def test_corrected_to_words_is_no_wrong_figure() -> None:
    got = facts_of("本年度，本机关将已公开的政务信息5条更正为准确内容。\n")
    assert got["5条"][0] != "other"  # the items corrected: no wrong figure (main read `other`)
    # a count of information found wrong is `other` for another reason (cues.json flawed)
    got = facts_of("本年度，本机关发现并将错误信息5条更正为准确内容。\n")
    assert got["5条"][0] == "other"
    got = facts_of("本年度收到申请，原报告误填为15件，更正为17件。\n")
    assert got["15件"][0] == "other"


# --- a quoted name holding a year and a numeral in words ---


def test_quoted_name_with_a_year_and_a_numeral_does_not_date_the_count() -> None:
    got = facts_of("本机关围绕“2022年十件民生实事”发布信息12条。\n")
    assert got["12条"][:2] == ("proactive.items", 12)
    assert got["12条"][3] == 2023
