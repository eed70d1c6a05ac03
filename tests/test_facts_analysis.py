"""Candidate analysis: what the enumeration a quantity stands in says about it.

A breakdown item that only a generic rule claims weakly takes the type of the
total it breaks down, at a discount; one its own rule claims firmly keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.engine import Engine
from govinfo_nlp.facts.analysis import Candidate
from govinfo_nlp.facts.cues import CueScan
from govinfo_nlp.facts.pipeline import prepare
from govinfo_nlp.facts.rules import RuleMatch, load_rules
from govinfo_nlp.facts.segments import TableSkip, prose_spans, section_tables, table_lines
from govinfo_nlp.facts.subjects import item_of, subject_of
from govinfo_nlp.quantities import find_quantities


@pytest.fixture(scope="module")
def candidates() -> dict[str, list[Candidate]]:
    extractor = Engine().extractor
    texts = {
        # 90件's own rule is weak (its 申请 is far back): the list's evidence is stronger
        "weak": "本年度共收到政府信息公开申请120件，其中，当面申请30件、网络申请90件。",
        # 90件's own words name no rule (the 公开 of 政府信息公开 its publish rule's window
        # cut claimed it weakly until session 30): it takes the list's type
        "wrong": "全年共收到政府信息公开申请120件，其中，来自市直部门的30件，来自各县区的为90件。",
        "firm": "本年度共收到政府信息公开申请120件，其中，自然人提出申请100件，法人或其他组织提出申请20件。",
    }
    out = {}
    for name, sentence in texts.items():
        norm, sections = prepare("一、总体情况\n" + sentence + "\n")
        out[name] = extractor.candidates(norm.text, sections, report_year=2022)
    return out


def _by_text(cands: list[Candidate]) -> dict[str, Candidate]:
    return {c.qty.text: c for c in cands}


@pytest.mark.parametrize("case", ["weak", "wrong"])
def test_a_weakly_claimed_item_inherits_from_the_item_before_it(
    candidates: dict[str, list[Candidate]], case: str
) -> None:
    cands = candidates[case]
    item, before = _by_text(cands)["90件"], _by_text(cands)["30件"]
    # its own evidence is weak, or none
    assert all(m.score < 0.7 for m in item.matches)
    assert bool(item.matches) == (case == "weak")
    assert item.inherited_from == cands.index(before)
    assert item.rule_type == before.rule_type == "requests.received"
    assert item.best is not None and before.best is not None
    # at a discount: a part is less sure than the total it is read from
    assert item.best.score == pytest.approx(before.best.score * 0.92, abs=1e-4)
    assert all(item.best.score > m.score for m in item.matches)


def test_a_firmly_claimed_item_keeps_its_own_rule(
    candidates: dict[str, list[Candidate]],
) -> None:
    for text in ("100件", "20件"):
        item = _by_text(candidates["firm"])[text]
        assert item.inherited_from is None
        assert item.best is not None and item.best.rule.id == "requests.received"


def test_an_item_inherits_by_its_index_deep_in_a_long_document() -> None:
    """Candidates are analysed one at a time, only the last few held: an item
    far into the document still inherits from its own total, by its index."""
    sentence = "本年度共收到政府信息公开申请120件，其中，当面申请30件、网络申请90件。"
    norm, sections = prepare("一、总体情况\n" + sentence * 40 + "\n")
    cands = Engine().extractor.candidates(norm.text, sections, report_year=2022)
    items = [i for i, c in enumerate(cands) if c.qty.text == "90件"]
    assert len(items) == 40 and items[-1] > 100
    for i in items:
        assert cands[i].inherited_from == i - 1
        assert cands[i].rule_type == "requests.received"


# --- where facts can be: table lines are left out ----------------------------------


def _table_line_texts(text: str) -> list[str]:
    return [text[s:e] for s, e in table_lines(text, 0, len(text))]


@pytest.mark.parametrize(
    ("lines", "table"),
    [
        pytest.param(["本年收到申请|5|3"], ["本年收到申请|5|3"], id="two-pipes-is-a-row"),
        pytest.param(["收到申请共5件|其中3件"], [], id="one-pipe-in-prose-is-not"),
        pytest.param(["12 0 3 4"], ["12 0 3 4"], id="bare-numbers"),
        pytest.param(["申请人情况|"], ["申请人情况|"], id="short-line-ending-in-a-pipe"),
        # "short" is at most 20 characters
        pytest.param(["申" * 19 + "|"], ["申" * 19 + "|"], id="20-chars-ending-in-a-pipe"),
        pytest.param(["申" * 20 + "|"], [], id="21-chars-ending-in-a-pipe"),
        pytest.param(["全年共受理申请5件。"], [], id="a-sentence"),
    ],
)
def test_table_lines_alone(lines: list[str], table: list[str]) -> None:
    assert _table_line_texts("\n".join(lines)) == table


def test_a_tabular_section_takes_its_short_cells_too() -> None:
    rows = ["a|1|2", "b|3|4", "c|5|6"]
    cells = ["新收政府信息公开申请数量", "本机关全年共受理申请5件，均已办结。"]
    # three hard rows make the section tabular: short lines without sentence marks are cells
    assert _table_line_texts("\n".join(rows + cells)) == [*rows, cells[0]]
    # two are not enough
    assert _table_line_texts("\n".join(rows[:2] + cells)) == rows[:2]


# --- the quantity's own words: its list item and its counted noun -------------------


def _item(text: str, quantity: str, after: str | None = None) -> str:
    """``item_of`` for ``quantity``; ``after``: the previous quantity of the sentence."""
    start = text.index(quantity)
    lo = text.index(after) + len(after) if after else 0
    return item_of(text, lo, start, start + len(quantity), len(text), first=after is None)


@pytest.mark.parametrize(
    ("text", "quantity", "after", "item"),
    [
        pytest.param(
            "予以公开、部分公开共258件，其他",
            "258件",
            None,
            "予以公开、部分公开共",
            id="first-keeps-both-categories",
        ),
        pytest.param("予以公开28件、部分公开9件。", "28件", None, "予以公开", id="first-item"),
        pytest.param("予以公开28件、部分公开9件。", "9件", "28件", "部分公开", id="next-item"),
        pytest.param(
            "收到申请5件次，超过期限的", "5件", None, "收到申请 次", id="stops-at-a-clause-mark"
        ),
        pytest.param(
            "收到申请5件我们已全部按时答复完毕",
            "5件",
            None,
            "收到申请 我们已全部按时答",
            id="at-most-8-after",
        ),
    ],
)
def test_the_item_of_a_quantity(text: str, quantity: str, after: str | None, item: str) -> None:
    assert _item(text, quantity, after) == item


def _subject(text: str, quantity: str) -> str | None:
    start = text.index(quantity)
    return subject_of(text, 0, start, start + len(quantity), len(text), None)[0]


@pytest.mark.parametrize(
    ("text", "quantity", "subject"),
    [
        pytest.param("依申请公开政府信息5件", "5件", "依申请公开政府信息", id="noun-before"),
        pytest.param("发布政务微博信息共计120条", "120条", "发布政务微博信息", id="trimmed-共计"),
        pytest.param("举办5场培训会", "5场", "培训会", id="verb-before-noun-after"),
        pytest.param(
            "政务公开专题培训会议参会人员5人", "5人", "政务公开专题培训会议参会人员", id="14-before"
        ),
        pytest.param("政务公开专题培训会议参会人员数5人", "5人", None, id="15-before-is-too-long"),
        # the noun before wins over one after, up to 14 characters
        pytest.param(
            "政务公开专题培训会议参会人员5人参加考试",
            "5人",
            "政务公开专题培训会议参会人员",
            id="14-before-beats-after",
        ),
        # a verb before and nothing after: the words before, up to 14 characters
        pytest.param(
            "全市各级行政机关工作人员开展5场",
            "5场",
            "全市各级行政机关工作人员开展",
            id="14-verbish-before",
        ),
        pytest.param("全市各级行政机关全体工作人员开展5场", "5场", None, id="15-verbish-before"),
        pytest.param("举办5场政务公开专题培训会议", "5场", "政务公开专题培训会议", id="10-after"),
        pytest.param("举办5场政务公开专题业务培训会", "5场", "举办", id="11-after-is-too-long"),
    ],
)
def test_the_subject_of_a_quantity_without_a_rule(
    text: str, quantity: str, subject: str | None
) -> None:
    assert _subject(text, quantity) == subject


@dataclass(frozen=True)
class _Section:
    id: str
    start: int
    end: int


def test_prose_and_table_lines_split_a_section_without_gaps() -> None:
    text = "a|1|2\nb|3|4\nc|5|6\n全年共受理申请5件。\nd|7|8"
    section = _Section("requests", 0, len(text))
    prose = prose_spans(text, [section])
    # the line breaks between table lines are prose too, and nothing else is
    assert [text[s:e] for s, e in prose] == ["\n", "\n", "\n全年共受理申请5件。\n"]
    assert all(s < e for s, e in prose)  # no empty span where a table line opens the section
    tables = section_tables(text, [section])[0]
    covered = sorted([*prose, *tables])
    assert covered[0][0] == 0 and covered[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(covered))


def test_prose_spans_without_blanks_leave_out_only_whitespace() -> None:
    text = "a|1|2\nb|3|4\nc|5|6\n全年共受理申请5件。\nd|7|8"
    section = _Section("requests", 0, len(text))
    every = prose_spans(text, [section])
    visible = prose_spans(text, [section], blank=False)
    assert [text[s:e] for s, e in visible] == ["\n全年共受理申请5件。\n"]
    assert [sp for sp in every if not text[sp[0] : sp[1]].isspace()] == visible


_LINES = ["a|1|2", "| 35 | 12 |", "12 34", "  ", "", "\t", "全年共受理申请5件。", "办结 3 件", "7"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=12).map("\n".join))
def test_the_quantities_of_the_prose_are_those_of_its_visible_parts(text: str) -> None:
    # the facts stage scans only the visible prose: no quantity is lost with the blanks
    section = _Section("requests", 0, len(text))
    every = list(find_quantities(text, spans=prose_spans(text, [section]), cells=False))
    visible = prose_spans(text, [section], blank=False)
    assert list(find_quantities(text, spans=visible, cells=False)) == every


def test_a_position_on_the_first_table_line_is_skipped() -> None:
    text = "a|1|2\nb|3|4\nc|5|6\n全年共受理申请5件。"
    skip = TableSkip(text, [_Section("requests", 0, len(text))])
    assert skip(2, 0) and skip(text.index("c"), 0)
    assert not skip(text.index("全"), 0)


@pytest.mark.parametrize(
    ("line", "is_table"),
    [
        pytest.param("申" * 20, True, id="20-char-cell"),
        pytest.param("申" * 21, False, id="21-char-line"),
        pytest.param("申" * 19 + "|" + "请" * 19, True, id="39-char-line-with-a-pipe"),
        pytest.param("申" * 20 + "|" + "请" * 19, False, id="40-char-line-with-a-pipe"),
    ],
)
def test_the_short_lines_of_a_tabular_section(line: str, is_table: bool) -> None:
    rows = ["a|1|2", "b|3|4", "c|5|6"]
    assert (line in _table_line_texts("\n".join([*rows, line]))) is is_table


def _ruled_subject(text: str, anchor: str, subject: str, quantity: str) -> str | None:
    """``subject_of`` when a rule found ``anchor`` (its verb) and ``subject`` (its noun)."""
    rule = next(r for r in load_rules().rules if r.id == "requests.closed")
    start = text.index(quantity)
    match = RuleMatch(rule, 0.9, anchor, text.index(anchor), subject, text.index(subject))
    return subject_of(text, 0, start, start + len(quantity), len(text), match)[0]


@pytest.mark.parametrize(
    ("words", "subject"),
    [
        pytest.param("政府信息依申请公开", "政府信息依申请公开", id="verb-left-out"),
        pytest.param("政府信息" + "申" * 16, "政府信息" + "申" * 16, id="20-chars-from-the-noun"),
        pytest.param("政府信息" + "申" * 17, "政府信息", id="21-chars-give-the-rule-noun"),
    ],
)
def test_the_subject_of_a_quantity_a_rule_found(words: str, subject: str) -> None:
    assert _ruled_subject(f"办结{words}5件", "办结", "政府信息", "5件") == subject


_CUE_WORDS = ["全市", "市级部门", "市级", "各县", "县区", "我局", "本局", "局"]
_CUE_PIECES = [*_CUE_WORDS, "，", "。", "\n", "公开", "3件", "全", "市"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_CUE_PIECES), max_size=25).map("".join),
    st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=12),
)
def test_a_cue_scan_answers_as_a_scan_from_its_start(
    text: str, asks: list[tuple[int, int]]
) -> None:
    # one CueScan answers many questions from a few line scans: each answer must be
    # the last cue a scan of text[lo:q] finds, whatever the order of the questions
    pattern = regex.compile("|".join(sorted(_CUE_WORDS, key=len, reverse=True)))
    scan = CueScan(pattern, text)
    for a, b in asks:
        lo, q = sorted((min(a, len(text)), min(b, len(text))))
        lo = text.rfind("\n", 0, q) + 1 if "\n" in text[lo:q] else lo  # one line, as asked
        expected = None
        for m in pattern.finditer(text, lo, q):
            expected = m
        got = scan.last(lo, q)
        assert (got.span() if got else None) == (expected.span() if expected else None)
