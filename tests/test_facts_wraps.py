"""A PDF's text layer wraps its lines where the page is full, inside words and inside
numbers (申请2⏎86件, 信息410⏎条, 一百二⏎十六条): the facts stage reads a wrap it is sure
of as nothing, and never reads a number's tail or head as the number
(segments.wrapped_lines, extractor.reading_text). Layouts are generated: prose
wrapped at the page's width, or at random widths."""

from __future__ import annotations

import re
from itertools import pairwise
from unicodedata import east_asian_width

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from test_facts import by_quantity, facts_of
from test_facts_web_pages import shipped

from govinfo_nlp import parse
from govinfo_nlp.facts.extractor import reading_text
from govinfo_nlp.facts.pipeline import prepare
from govinfo_nlp.facts.segments import wrapped_lines

# Clauses of a report's prose, each short enough that a line of the widths below
# holds a mark (every line is prose), each with one count.
CLAUSES = [
    "全年收到政府信息公开申请{}件，",
    "其中网上申请{}件，",
    "主动公开政府信息{}条，",
    "累计发布涉企政策{}项，",
    "实施安全生命防护工程{}公里，",
    "召开新闻发布会{}场，",
    "办理建议提案{}件，",
    "开展政务公开培训{}次，",
    "培训工作人员{}人次，",
    "发布政策解读{}篇，",
]
NUMBERS = st.one_of(st.integers(10, 999_999).map(str), st.sampled_from(["86.3", "1.58", "24.6"]))
PARAGRAPHS = st.lists(st.tuples(st.sampled_from(CLAUSES), NUMBERS), min_size=14, max_size=20).map(
    lambda parts: "".join(c.format(n) for c, n in parts).rstrip("，") + "。"
)


def _width(ch: str) -> int:
    return 2 if east_asian_width(ch) in "WF" else 1


def full_lines(text: str, columns: int) -> list[str]:
    """``text`` set on a page ``columns`` wide, as a PDF sets it: each line as full
    as the next character allows, broken wherever it falls (inside a number too)."""
    lines, line, used = [], "", 0
    for ch in text:
        if used + _width(ch) > columns:
            lines.append(line)
            line, used = "", 0
        line += ch
        used += _width(ch)
    return [*lines, line]


def ragged_lines(text: str, cuts: list[int]) -> list[str]:
    """``text`` broken after each of ``cuts`` characters in turn (random widths)."""
    lines, at = [], 0
    for n in cuts:
        if at + n >= len(text):
            break
        lines.append(text[at : at + n])
        at += n
    return [*lines, text[at:]]


def readings(paragraph: str, lines: list[str]) -> tuple[set, set]:
    """(position in the paragraph, value) of the facts of the paragraph set whole and
    set in ``lines`` (one section, rules only)."""
    head = "一、总体情况\n"
    whole = {(f.quantity_start - len(head), f.value) for f in facts_of(head + paragraph)}
    wrapped = head + "\n".join(lines)
    # offsets of the wrapped text: one more after each break
    breaks = [i for i, ch in enumerate(wrapped) if ch == "\n"][1:]
    read = {
        (f.quantity_start - len(head) - sum(b < f.quantity_start for b in breaks), f.value)
        for f in facts_of(wrapped)
    }
    return whole, read


def splits_a_number(lines: list[str]) -> bool:
    """Whether a break of ``lines`` falls between two digits or a digit and a point."""
    return any(
        (a[-1:].isdigit() and (b[:1].isdigit() or b[:1] == "."))
        or (a[-1:] == "." and b[:1].isdigit())
        for a, b in pairwise(lines)
    )


def splitting(paragraph: str) -> list[int]:
    """The page widths (44–72 columns) at which ``paragraph`` breaks inside a number."""
    return [c for c in range(44, 73) if splits_a_number(full_lines(paragraph, c))]


@settings(max_examples=40, deadline=None)
@given(PARAGRAPHS, st.data())
def test_a_number_wrapped_at_the_pages_width_reads_whole(
    paragraph: str, data: st.DataObject
) -> None:
    # every line but the last as full as the page: a break inside a number is a
    # wrap, and the number reads whole (2⏎86件 is 286, not 86)
    widths = splitting(paragraph)
    assume(widths)
    lines = full_lines(paragraph, data.draw(st.sampled_from(widths)))
    whole, read = readings(paragraph, lines)
    assert read == whole


@settings(max_examples=60, deadline=None)
@given(PARAGRAPHS, st.lists(st.integers(8, 40), min_size=30, max_size=30))
def test_a_number_wrapped_on_a_ragged_page_is_never_its_tail(
    paragraph: str, cuts: list[int]
) -> None:
    # lines of random widths: whether a line ended inside a number or after one
    # cannot be told, and such a number is left unread; every value read is the
    # value the paragraph states there (never 86 of 2⏎86件, nor 2)
    lines = ragged_lines(paragraph, cuts)
    whole, read = readings(paragraph, lines)
    assert read <= whole


@settings(max_examples=25, deadline=None)
@given(PARAGRAPHS, st.data())
def test_a_count_wrapped_on_a_short_line_reads_whole_with_its_counter(
    paragraph: str, data: st.DataObject
) -> None:
    # the same page with the line before a break inside a number cut in two: the
    # break after its shorter half ends a line that is not full, but the line after
    # opens with the number's other digits and its counter (a line that ended with a
    # whole count would have its counter there): one count, read whole; a break next
    # to a decimal point (86.⏎3公里) stays unsure, and its pieces unread
    widths = splitting(paragraph)
    assume(widths)
    lines = full_lines(paragraph, data.draw(st.sampled_from(widths)))
    at = [
        i
        for i, (a, b) in enumerate(pairwise(lines))
        if a[-1:].isdigit() and b[:1].isdigit() and "，" in a[len(a) // 2 :]
    ]
    assume(at)
    i = data.draw(st.sampled_from(at))
    half = len(lines[i]) // 2
    short = [*lines[:i], lines[i][:half], lines[i][half:], *lines[i + 1 :]]
    text = "\n".join(short)
    cut = sum(len(x) + 1 for x in short[: i + 2]) - 1  # the break after the short half
    head, tail = short[i + 1], short[i + 2]
    wraps = wrapped_lines(text)
    if re.search(r"[\u4e00-\u9fff]\d{1,4}$", head) and re.match(
        r"\d{1,6}(?:\.\d+)?(?:公里|[件条项场人篇次])", tail
    ):
        assert any(a == cut for a, _ in wraps.joined)
    whole, read = readings(paragraph, short)
    assert read <= whole


# --- cases seen on paraphrase set 10 (PDF text layers written blind) ---

# a report's paragraph set on a page 40 columns wide: 286 breaks after 28
PAGE = "\n".join(
    full_lines(
        "　　2020年，省政府办公厅围绕疫情防控和经济社会发展，全面推进决策、执行、管理、"
        "服务、结果公开。全年通过省政府网站主动公开各类信息1.2万余条；发布疫情防控信息2316条，"
        "召开新闻发布会67场，邀请省直部门负责同志到场答问。制定省政府规章3件、修改2件，印发省"
        "政府行政规范性文件19件，均在3个工作日内公开。全年收到政府信息公开申请286件，比2019年"
        "的241件增加45件。其中，自然人提出259件，法人或其他组织提出27件。",
        40,
    )
)


@pytest.mark.parametrize(
    ("text", "qty", "value"),
    [
        # a number and its counter: the line cannot open with the counter
        (
            "其中予以公开6件，部分公开1件，本机关不掌握相关政府信息3\n件。申请事项涉及征地补偿。",
            "3\n件",
            3,
        ),
        ("严格执行信息发布“三审”制度，全年审核信息410\n条；开展政务公开自查2次。", "410\n条", 410),
        # a number wrapped on a full line of a page whose lines are all as full
        (PAGE, "28\n6件", 286),
    ],
)
def test_a_wrapped_number_reads_whole(text: str, qty: str, value: int) -> None:
    for facts in (facts_of("一、总体情况\n" + text), shipped("一、总体情况\n" + text)):
        assert by_quantity(facts, "一、总体情况\n" + text, qty).value == value


@pytest.mark.parametrize(
    ("text", "qty", "value"),
    [
        # a short line (a paragraph's first) ends with a count's first digits, the next
        # opens with its others and its counter (paraphrase10 c02, c03, c30; set 12 q06)
        (
            "制定规章3件。\n\n　　全年收到政府信息公开申请2\n86件，比2019年的241件增加45件。其中，自然人提出259件，\n",
            "2\n86件",
            286,
        ),
        (
            "局门户网站全年访问量46.8万人次，微信公众号全年推送信息1\n174条，重点围绕蓝天、碧水开展宣传，及时回应\n",
            "1\n174条",
            1174,
        ),
        (
            "全县完成农村公路新改建\n86.3公里，实施安全生命防护工程1\n24公里，建设资金1.58亿元全部公开。\n",
            "1\n24公里",
            124,
        ),
        (
            "专栏公开政府信息 1\n26 条，其中强农惠农政策、财政补贴资金等信息 4\n1 条；",
            "4\n1 条",
            41,
        ),
        ("全区发布各部门、各镇（街道）政府信息34\n18條，其中区政府文件6件。\n", "34\n18條", 3418),
        # a blank before the count's digits, and a break before its counter (set 12 q15, q23)
        (
            "全年\n主动公开政府信息 2\n34件，其中管委会文件 19件，招商引资信息12件。\n",
            "2\n34件",
            234,
        ),
        (
            "主\n动公开政府信息 410\n条，其中医疗机构执业登记、医师执业注册等信息186条。\n",
            "410\n条",
            410,
        ),
    ],
)
def test_a_count_split_on_a_short_line_reads_whole(text: str, qty: str, value: int) -> None:
    text = "一、总体情况\n" + text
    for facts in (facts_of(text), shipped(text)):
        assert by_quantity(facts, text, qty).value == value


@pytest.mark.parametrize(
    "text",
    [
        # a number after a date's or a label's word, or one whose next line opens with
        # a year: the line may end with a whole number
        "截至2022年12月3\n1日，全年收到政府信息公开申请86件，比2019年的241件增加45件。\n",
        "政务公开专栏浏览次数达2\n2022年度共发布信息86条，其中政策解读19条，工作动态24条。\n",
        # the numeral of a number in Chinese
        "主动公开信息一百二\n十六条，其中项目招标公告十九条。\n",
        # a blank at the break
        "全年收到政府信息公开申请2 \n86件，比2019年的241件增加45件。其中，自然人提出259件，\n",
    ],
)
def test_a_number_split_on_an_uncertain_line_is_not_read(text: str) -> None:
    text = "一、总体情况\n" + text
    for facts in (facts_of(text), shipped(text)):
        # no value read from a piece of a split number (86 of 2⏎86件, 1 of 3⏎1日, 十六)
        assert not {2, 3, 16, 286, 22022} & {f.value for f in facts}, [
            text[f.quantity_start : f.quantity_end] for f in facts
        ]
        # the counts around it still are
        assert {f.value for f in facts} & {241, 19, 259}


def test_the_page_width_is_seen_on_the_other_lines() -> None:
    # PAGE's lines are all full: the break after 28 is joined; the same break after
    # a line cut short is joined only because the next line opens with the count's
    # counter (6件): with a word there (6，) the number may end at the break
    at = PAGE.index("28\n6件") + 2
    assert (at, at + 1) in wrapped_lines(PAGE).joined
    line = PAGE.rfind("\n", 0, at) + 1
    short = PAGE[: line + 4] + "\n" + PAGE[line + 4 :]
    assert (at + 1, at + 2) in wrapped_lines(short).joined
    bare = short.replace("28\n6件", "28\n6，")
    assert (at + 1, at + 2) in wrapped_lines(bare).unsure


def test_reading_text_cuts_the_break_and_keeps_the_offsets() -> None:
    text = "一、总体情况\n全年共收到政府信息公开申请12件，其中网上申请10件；按时答\n复9件。\n"
    norm, sections = prepare(text)
    view, placed, wraps = reading_text(norm, sections)
    assert "按时答复9件" in view.text and len(view.text) == len(norm.text) - 1
    assert [(s.id, s.end) for s in placed] == [(s.id, s.end - 1) for s in sections]
    at = view.text.index("9件")
    assert view.to_original(at, at + 2) == (text.index("9件"), text.index("9件") + 2)
    assert wraps.unsure == ()


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # paraphrase13 s07: the total is not read, its parts keep their sentence's cue
        (
            "（二）依申请公开\n全年共受理政府信息公开申请2\n3件，其中本年新收21件，上年结转2件。\n",
            {21: "t3.new.total"},
        ),
        # paraphrase10 c02: the year before's count and the applicants' parts
        (
            "制定规章3件。\n\n　　全年收到政府信息公开申请2\n86件，比2019年的241件增加45件。"
            "其中，自然人提出259件，法人或其他组织提出27件。\n",
            {241: None, 259: "t3.new.natural", 27: "t3.new.legal_or_other"},
        ),
    ],
)
def test_a_sentence_runs_on_over_a_break_inside_a_count(
    text: str, parts: dict[int, str | None]
) -> None:
    text = "一、总体情况\n" + text
    for facts in (facts_of(text), shipped(text), parse(text).facts):
        read = {f.value: f for f in facts}
        # no piece of the split count (2⏎3件: the 3; 2⏎86件: the 86)
        assert 86 not in read and (3 not in read or "规章3件" in text)
        assert {23, 286} & set(read)  # the count, read whole (its line opens its counter)
        for value in parts:
            assert read[value].type == "requests.received", (value, read[value].type)
    read = {f.value: f for f in parse(text).facts}  # (breakdowns: the pipeline's)
    assert {v: read[v].breakdown for v, b in parts.items() if b} == {
        v: b for v, b in parts.items() if b
    }


def test_a_page_number_line_does_not_run_into_the_next_sentence() -> None:
    # paraphrase2 q20: P. 7 ends a line, 2021 opens the next: no wrap inside a sentence
    text = "一、总体情况\nP. 7\n2021 年共报送信息稿件 53 篇。规范依申请公开办理环节。\n"
    norm, sections = prepare(text)
    view, _, _ = reading_text(norm, sections)
    assert "P. 7\n2021" in view.text


# the three break patterns speed29 moved from the regex module to re, as they were
_AS_REGEX = {
    "_LONE_DIGITS": r"(?<=[\u4e00-\u9fff])\n[0-9]{1,3}\n",
    "_OPENER_BREAK": r"(?<=[“《(「『‘])\n(?=[^\s|])",
    "_FULL_MARK_BREAK": r"(?<=[):])\n(?=[\u4e00-\u9fff0-9“《(])",
}


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"申请件）)(:“《「『‘”|1２0 \t\n\x1c\x1f\x85\u3000\xa0,a", "\n\n", " \n ", "9\n"]
        ),
        max_size=40,
    ).map("".join)
)
def test_the_break_patterns_under_re_match_as_under_regex(text: str) -> None:
    """Each of the three break patterns finds, under re (the break first, then the look
    behind), the very spans it found under the regex module (re's \\s also holds
    \\x1c-\\x1f: the pattern says so)."""
    import regex

    from govinfo_nlp.facts import segments

    for name, source in _AS_REGEX.items():
        pattern = getattr(segments, name)
        assert isinstance(pattern, re.Pattern)
        old = regex.compile(source)
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in old.finditer(text)
        ], name
