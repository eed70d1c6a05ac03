"""Functions of reconcile rewritten for speed answer as the versions they replaced:
the old versions are kept here, verbatim but for names, as the reference."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.quantities.numerals import YEAR_DIGITS
from govinfo_nlp.reconcile import _joined, _joined_around, _line_end, _wrap
from govinfo_nlp.reconcile.claimant import YEAR_NAMED, _other_year_report, report_titles
from govinfo_nlp.reconcile.clauses import _SENTENCE_END, _SENTENCE_REACH, _plain
from govinfo_nlp.reconcile.fields import _breakdown, _larger_before
from govinfo_nlp.reconcile.words import _data

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


# --- the report titles above a claim, found once a document (issue 17) --------------


def old_other_year_report(text, at, report_year, view=None):  # type: ignore[no-untyped-def]
    d = _data()
    lines = view if view is not None and len(view) == len(text) else text
    line_start = lines.rfind("\n", 0, at) + 1
    line = _plain(lines[line_start:at])
    opened = d.PARAGRAPH_YEAR.match(line)
    if (
        opened is not None
        and int(opened[1].translate(YEAR_DIGITS)) != report_year
        and not YEAR_NAMED.search(line, opened.end())
    ):
        return f"its paragraph opens with another year ({opened[0]}) than the report year"
    years = [
        int(next(filter(None, m.groups())).translate(YEAR_DIGITS))
        for raw in text[:line_start].splitlines()
        if "年" in raw and (m := d.REPORT_TITLE.search(_plain(raw))) is not None
    ]
    if years and years[-1] != report_year and report_year in years[:-1]:
        return f"it stands under another report's title ({years[-1]}年) on the same page"
    return None


# titles of three years (one with markup, one an attachment's), a paragraph year, prose,
# and every kind of line break str.splitlines knows of
_TITLE_PIECES = st.sampled_from(
    [
        "某局2021年政府信息公开工作年度报告",
        "<p>某局2022年度政府信息公开年报</p>",
        "附件1：某县2020年政府信息公开工作年度报告",
        "2021年，我局收到申请3件",
        "全年共收到申请8件",
        "年",
        "\n",
        "\n",
        "\n",
        "\r\n",
        "\r",
        "\u2028",
        "\x0c",
        "\x85",
    ]
)


@st.composite
def _titled(draw: st.DrawFn) -> tuple[str, str, list[int], int]:
    text = "".join(draw(st.lists(_TITLE_PIECES, max_size=30)))
    # a view joins some of the text's line breaks (a PDF's wraps), offsets unchanged
    breaks = [i for i, c in enumerate(text) if c == "\n"]
    joined = set(draw(st.lists(st.sampled_from(breaks), max_size=4))) if breaks else set()
    view = "".join(" " if i in joined else c for i, c in enumerate(text))
    ats = draw(st.lists(st.integers(0, len(text)), min_size=1, max_size=8))
    return text, view, ats, draw(st.sampled_from([2020, 2021, 2022]))


@settings(max_examples=400, deadline=None)
@given(_titled())
def test_other_year_report_answers_as_the_old_prefix_scan(
    case: tuple[str, str, list[int], int],
) -> None:
    text, view, ats, year = case
    titles = report_titles(text)
    for at in ats:
        for v in (None, view):
            old = old_other_year_report(text, at, year, v)
            assert _other_year_report(text, at, year, v) == old
            assert _other_year_report(text, at, year, v, lambda: titles) == old


def test_a_title_below_the_reports_own_names_another_report() -> None:
    text = (
        "某局2022年政府信息公开工作年度报告\n全年共收到申请8件\n"
        "某局2021年政府信息公开工作年度报告\r\n全年共收到申请5件"
    )
    titles = report_titles(text)
    assert titles.years == (2022, 2021)
    first, second = text.index("全年"), text.rindex("全年")
    assert _other_year_report(text, first, 2022, titles=lambda: titles) is None
    assert "2021年" in (_other_year_report(text, second, 2022, titles=lambda: titles) or "")
    # a first title alone is the report's own, whatever year it names
    assert _other_year_report(text, second, 2021, titles=lambda: titles) is None


# --- the paragraphs around accused claims, each walked once (issue 17) ---------------


def old_joined_around(view, spans):  # type: ignore[no-untyped-def]
    ranges = []
    for start, end in spans:
        lo = view.rfind("\n", 0, start) + 1
        while lo > 0:
            above = view.rfind("\n", 0, lo - 1) + 1
            if not _wrap(view[above : lo - 1], view[lo : _line_end(view, lo)]):
                break
            lo = above
        hi = _line_end(view, max(start, end))
        while hi < len(view):
            below = _line_end(view, hi + 1)
            if not _wrap(view[view.rfind("\n", 0, hi) + 1 : hi], view[hi + 1 : below]):
                break
            hi = below
        ranges.append((lo, hi))
    pieces = []
    done = 0
    for lo, hi in sorted(ranges):
        lo = max(lo, done)
        if lo >= hi:
            continue
        pieces += [view[done:lo], _joined(view[lo:hi])]
        done = hi
    return "".join([*pieces, view[done:]])


# lines of a narrow layer (wrapped claims), sentence ends, headings, table rows, markup,
# a date line, a report title, blank lines
_LINE_PIECES = st.sampled_from(
    [
        "我局收到申请",
        "3件，其中",
        "予以公开2件",
        "。",
        "一、总体情况",
        "（二）",
        "| 1 | 2 |",
        "2023年1月5日",
        "某局2022年政府信息公开工作年度报告",
        "<p>",
        "</p>",
        "  ",
        "",
    ]
)


@st.composite
def _wrapped(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    view = "\n".join(draw(st.lists(_LINE_PIECES, min_size=1, max_size=30)))
    spans = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(view)))
        spans.append((start, draw(st.integers(max(0, start - 2), len(view)))))
    return view, spans


@settings(max_examples=500, deadline=None)
@given(_wrapped())
def test_joined_around_answers_as_walking_each_span(
    case: tuple[str, list[tuple[int, int]]],
) -> None:
    view, spans = case
    assert _joined_around(view, spans) == old_joined_around(view, spans)


def test_many_claims_in_one_narrow_paragraph_join_it_once() -> None:
    lines = ["我局全年共收到", "政府信息公开申", "请999件，"] * 50
    view = "\n".join(lines) + "。\n二、其他"
    spans = [(m.start(), m.end()) for m in re.finditer("999件", view)]
    joined = _joined_around(view, spans)
    assert joined == old_joined_around(view, spans)
    assert joined.count("\n") == 1 and len(joined) == len(view)
