"""Prose wrapped as a PDF's text layer wraps it, every 16-40 characters wherever the
line ends (benchmarks/eval_metamorphic_facts.py ``b_wrap``): inside a number and
next to its thousands comma or decimal point, before its counter or %, before a
comma or a closing mark, after an opening quote, inside a gloss's brackets, and on
lines that hold no mark of their own. The facts read are those of the unwrapped
page, and a number whose pieces cannot be told one is not read (never its tail).
The cases are the classes of b_wrap's lost facts on the real train and dev pages
(session 20); the grammar sets random sentences at random widths."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from pathlib import Path
from shutil import which

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from test_facts import by_quantity, facts_of
from test_facts_web_pages import shipped
from test_facts_wraps import full_lines, ragged_lines, readings

from govinfo_nlp import parse
from govinfo_nlp.facts.extractor import reading_text
from govinfo_nlp.facts.pipeline import prepare
from govinfo_nlp.noise import find_chrome

HEAD = "一、总体情况\n"


def view_of(text: str) -> str:
    """The text the facts stage reads (its wraps cut out)."""
    norm, sections = prepare(HEAD + text)
    view, _, _ = reading_text(norm, sections)
    return view.text[len(HEAD) :]


# --- inside a number: a thousands comma or a decimal point at the break ---------
# (b_wrap on train+dev, session 20: 1⏎,286 read 1, 3,⏎975 read 975, 2,1⏎46 read 2)


@pytest.mark.parametrize(
    ("text", "qty", "value"),
    [
        (
            "平台建设方面，厅门户网站全年访问量达1\n,286万人次，政务微博全年发布信息2,315条。",
            "1\n,286万人次",
            12_860_000,
        ),
        ("其中县政府公开1,203条，县直部门公开3,\n975条，乡镇公开1,240条。", "3,\n975条", 3975),
        (
            "累计发布各类信息5,203条，其中行政许可信息2,1\n46条，行政处罚信息1,018条。",
            "2,1\n46条",
            2146,
        ),
        ("婚姻登记处办理结婚登记分别为3,21\n8对，离婚登记1,406对。", "3,21\n8对", 3218),
        ("全市现有各级各类学校1,438所，在校学生79\n.6万人，教职工5.1万人。", "79\n.6万人", 796_000),
        ("截至2021年底，全市实有市场主体146.\n7万户，同比增长9.3%。", "146.\n7万户", 1_467_000),
        ("全区共收到政府信息公开申请1126件，同比增长18\n.3%；办结1089件。", "18\n.3%", 0.183),
        # the number's head in thousands or with decimals, its counter after the break
        ("全年受理城管热线工单5.3万件，办结5.28\n万件；回复网民来信642封。", "5.28\n万件", 52_800),
        ("办理12345热线和局长信箱诉求2,416\n件。开展政务公开检查2次。", "2,416\n件", 2416),
        # a percent sign opens the line (100⏎% read 100)
        ("依法依规答复处理24件，办结率100\n%。积极回应社会关切。", "100\n%", 1),
        ("网站全年访问量61.63万次，较上年增长9.1\n%；办事服务频道访问4.2万人次。", "9.1\n%", 0.091),
        # a counter the old list lacked, a quoted label, a label's colon
        ("全年在门户网站公开行政处罚信息238\n起，其中食品安全类97起。", "238\n起", 238),
        ("“不予公开”7件、“无法提供”13\n9件、“不予处理”28件。", "13\n9件", 139),
        (
            "主动公开信息数量：1,046条；其中，规划许可批前公示：1\n86条；土地征收相关公告：92条。",
            "1\n86条",
            186,
        ),
    ],
)
def test_a_number_wrapped_at_its_marks_reads_whole(text: str, qty: str, value: float) -> None:
    text = HEAD + text
    for facts in (facts_of(text), shipped(text)):
        assert by_quantity(facts, text, qty).value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        # two well-formed pieces and no sign which: the number is not read, nor its tail
        "全年收到申请12\n,345人次咨询。其中网上申请241件，信函申请19件。",
        # a date's digits before the comma
        "截至2021年1,\n975条信息在网站公开。其中网上申请241件，信函申请19件。",
    ],
)
def test_a_number_split_at_a_comma_is_never_read_as_its_tail(text: str) -> None:
    text = HEAD + text
    for facts in (facts_of(text), shipped(text)):
        values = {f.value for f in facts}
        assert not {345, 975} & values, [text[f.quantity_start : f.quantity_end] for f in facts]
        assert {241, 19} <= values


# --- a break no sentence ends at -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a line opening with a comma, an enumeration mark, a closing mark
        ("全年主动公开信息3,918条。其中\n，交通管制和施工占道通告412条。", "其中，交通管制"),
        ("户籍类信息4条、其它信息526条\n、依申请公开信息0条。", "526条、依申请"),
        ("编印《柳州市人民政府公报\n》6期。", "公报》6期"),
        ("答复“民生e点通”“区长信箱\n”留言87条。", "区长信箱”留言"),
        # a line ending with an opening quote
        ("便民热线转办件2.3万件，办理“\n局长信箱”来信1,460件。", "办理“局长信箱”"),
        # a break inside brackets (a gloss a mirror page adds is dropped with it)
        ("全年办理完成七十八件余件转下年度办理（符合办\n结时间要求）。", "（符合办结时间要求）"),
    ],
)
def test_a_break_at_a_mark_no_line_ends_or_opens_with_is_read_through(text: str, read: str) -> None:
    assert read.replace("，", ",").replace("（", "(").replace("）", ")") in view_of(text)


def test_a_gloss_wrapped_inside_its_brackets_is_a_gloss() -> None:
    text = "政府行政复议6件，5件結(ji\né)果維持，1件結(jié)果糾正。"
    assert [n.text for n in find_chrome(text) if n.kind == "gloss"] == ["(ji\né)", "(jié)"]
    assert "(" not in view_of(text)


# a page whose lines hold few marks, every line as full as the next (b_wrap at 18)
NO_MARKS = (
    "全区因政府信息公开被申请行政复议47件其中结果维持31件结果纠正5件其他结果6件尚未审结5件"
    "被提起行政诉讼22件其中被纠正2件全年开展全市政府网站和政务新媒体季度抽查4轮抽查政府网站256个"
    "次政务新媒体730个次。"
)


def test_lines_without_marks_as_wide_as_the_page_are_wraps() -> None:
    lines = [NO_MARKS[i : i + 18] for i in range(0, len(NO_MARKS), 18)]
    # (a few lines with a mark show the page's width)
    mark = "全年主动公开政府信息共3,571条，"  # (18 characters)
    page = "\n".join([mark] * 6 + lines)
    view = view_of(page)
    assert NO_MARKS in view
    # one line shorter than the page's: a paragraph may end there, the break stays
    short = page.replace(lines[2], lines[2][:9], 1)
    assert "\n" in view_of(short)


# --- the grammar: sentences set at a width, breaks wherever they fall ------------

CLAUSES = [
    "全年收到政府信息公开申请{}件，",
    "门户网站全年访问量达{}万人次，",
    "县直部门公开政府信息{}条，",
    "因政府信息公开被申请行政复议{}件",
    "全市实有市场主体{}万户，",
    "政府信息公开申请同比增长{}%，",
    "办理局长信箱来信{}封；",
    "公开行政处罚信息{}起",
    "发布政策解读{}篇，",
]
NUMBERS = st.one_of(
    st.integers(10, 999_999).map(str),
    st.integers(1_000, 99_999).map(lambda n: f"{n:,}"),
    st.sampled_from(["86.3", "1.58", "146.7", "18.3", "9.1"]),
)
PARAGRAPHS = st.lists(st.tuples(st.sampled_from(CLAUSES), NUMBERS), min_size=12, max_size=18).map(
    lambda parts: "".join(c.format(n) for c, n in parts).rstrip("，；") + "。"
)


MARKS = re.compile("[，,。、；;！？]")


def shows_its_width(lines: list[str]) -> bool:
    """Whether at least five of ``lines`` (besides the last) hold a mark, end inside a
    sentence and are followed by a line holding one."""
    shown = sum(
        1
        for line, nxt in pairwise(lines)
        if MARKS.search(line) and line[-1] not in "。：" and MARKS.search(nxt)
    )
    return shown >= 5


@settings(max_examples=30, deadline=None)
@given(PARAGRAPHS, st.integers(16, 40))
def test_a_paragraph_wrapped_every_n_characters_reads_as_unwrapped(
    paragraph: str, width: int
) -> None:
    # b_wrap: every line `width` characters, the break wherever it falls
    lines = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
    # a line of no mark is read as wrapped only on a page that shows its width:
    # five lines holding a mark, each followed by one (segments._Page.as_wide); on a
    # page of fewer the break stays (a miss, never a wrong value: the ragged test)
    assume(shows_its_width(lines))
    whole, read = readings(paragraph, lines)
    assert read == whole


@settings(max_examples=20, deadline=None)
@given(PARAGRAPHS, st.integers(30, 72))
def test_a_paragraph_set_at_a_page_width_reads_as_unwrapped(paragraph: str, columns: int) -> None:
    # a PDF's half-width digits: every line as full as the page in columns
    lines = full_lines(paragraph, columns)
    assume(len(lines) >= 5)
    whole, read = readings(paragraph, lines)
    assert read == whole


@settings(max_examples=40, deadline=None)
@given(PARAGRAPHS, st.lists(st.integers(8, 40), min_size=30, max_size=30))
def test_a_paragraph_on_a_ragged_page_never_reads_a_wrong_value(
    paragraph: str, cuts: list[int]
) -> None:
    # lines of random widths: a number a break splits may be read whole or not at
    # all, never as a piece (975 of 3,⏎975条, 1 of 1⏎,286万人次)
    whole, read = readings(paragraph, ragged_lines(paragraph, cuts))
    assert read <= whole


# --- real files: one report as PDF, DOCX and .doc --------------------------------

FIXTURES = Path(__file__).resolve().parents[1] / "datasets" / "fixtures"


def _facts(name: str) -> Counter[tuple[str, float, str, int | None]]:
    return Counter((f.type, f.value, f.scope, f.year) for f in parse(FIXTURES / name).facts)


@pytest.mark.parametrize(
    ("base", "other"),
    [
        ("word2021.docx", "word2021.pdf"),
        ("word2021.docx", "word2021_chromium_wqy.pdf"),
        ("word2021.docx", "word2021_fake_bold.pdf"),
        ("word2021.docx", "word2021_no_tounicode.pdf"),
        ("word2021.docx", "word2021.doc"),
        ("word2019.docx", "word2019.pdf"),
        ("word2019.docx", "word2019.doc"),
    ],
)
def test_a_reports_facts_are_the_same_in_every_format(base: str, other: str) -> None:
    # (the noto and type3 renderings hold the tables only, the scan needs OCR)
    if other.endswith(".doc") and which("soffice") is None and which("libreoffice") is None:
        pytest.skip("LibreOffice is not installed (.doc)")
    want = _facts(base)
    assert sum(want.values()) >= 9  # the prose holds facts: the check says something
    assert _facts(other) == want


@pytest.mark.parametrize("width", [16, 23, 31, 40])
def test_a_reports_prose_rewrapped_reads_the_same_facts(width: int) -> None:
    # word2021's text as the DOCX gives it (one line a paragraph), its prose lines
    # broken every `width` characters as b_wrap breaks them
    text = parse(FIXTURES / "word2021.docx").text
    lines = []
    for line in text.split("\n"):
        if "|" in line or len(line) <= width:
            lines.append(line)
        else:
            lines.extend(line[i : i + width] for i in range(0, len(line), width))
    wrapped = "\n".join(lines)
    assert wrapped != text

    def key(t: str) -> Counter[tuple[str, float]]:
        return Counter((f.type, f.value) for f in parse(t).facts)

    assert key(wrapped) == key(text)


def test_a_counts_digits_alone_on_a_line_read_with_it() -> None:
    # paraphrase15 d13: the text layer set the count's first digit on a line of its own
    text = HEAD + (
        "全县各级行政机关通过县政府门户网站主动公开政府信息5830条，其中政策文件\n3\n"
        "4件、政策解读41篇。以县政府名义制发行政规范性文件7件。"
    )
    for facts in (facts_of(text), shipped(text)):
        assert by_quantity(facts, text, "3\n4件").value == 34
    # a cell-per-line table's cells after a label of no mark stay lines
    table = "第二十条第（一）项\n信息内容\n本年制发件数\n规章\n0\n3\n行政规范性文件\n1\n4\n"
    assert view_of(table) == prepare(HEAD + table)[0].text[len(HEAD) :]
