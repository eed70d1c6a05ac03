"""Stocks of documents are not the report year's counts (session 24, facts24; issue 15).

verdicts15 v15_32 writes the 2019 template's 对外公开总数量 column in prose
(全年制定政府规章2件，规章对外公开总数量45件): the rule typed the 45 ``proactive.rules``
and only the shipped model's margin kept it from a false ``inconsistent`` against
t2.rules.made = 2. A stock (in force, existing, published in total at a date) is
``other`` by SCHEMA §3 ('废止 and 现行有效 counts are other'; cumulative counts past
the report year are other), read by a cue (cues.json ``stock``) the model cannot
override. A total within the report year keeps its type (§3: 全年累计…).

Every case is parsed with v15_32's own tables (t2.rules.made 2, t2.normative.made 9):
on the code before this change 251 of 416 stock variants were typed rules or
normative, 125 of them called ``inconsistent``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govinfo_nlp import parse

DOC = Path(__file__).resolve().parents[1] / "datasets/redteam/verdicts15/docs/v15_32.txt"
# v15_32's sentence of documents, replaced by each case
SENTENCE = (
    "全年制定政府规章2件,规章对外公开总数量45件;"
    "市政府办公室制发规范性文件9件,全市各部门制发规范性文件58件。"
)
RULES, NORMATIVE = ("规章", "政府规章"), ("规范性文件", "行政规范性文件")
MADE = {"proactive.rules": 2, "proactive.normative": 9}


def _type_of(noun: str) -> str:
    return "proactive.rules" if noun in RULES else "proactive.normative"


def read(sentence: str) -> list[tuple[str, str, float, str | None, str | None]]:
    """(quantity text, type, value, rule, verdict) of each fact of ``sentence`` put in
    v15_32 in place of its sentence of documents."""
    base = DOC.read_text(encoding="utf-8")
    assert SENTENCE in base
    text = base.replace(SENTENCE, sentence)
    report = parse(text)
    verdicts = {e["fact"]: e["verdict"] for e in report.to_dict()["reconciliation"]}
    lo = text.index(sentence)
    hi = lo + len(sentence)
    return [
        (text[f.quantity_start : f.quantity_end], f.type, f.value, f.rule, verdicts.get(k))
        for k, f in enumerate(report.facts)
        if lo <= f.quantity_start < hi
    ]


def test_v15_32_column_in_prose_is_a_stock() -> None:
    got = read(SENTENCE)
    by_value = {value: (kind, rule, verdict) for _, kind, value, rule, verdict in got}
    assert by_value[45] == ("other", "cue:stock", None)
    assert by_value[2][0] == "proactive.rules" and by_value[2][2] == "consistent"
    assert by_value[9][0] == "proactive.normative" and by_value[9][2] == "consistent"


# {n}: the documents, {v}: their number (the stock: never the year's made count)
_STOCKS = (
    "{n}对外公开总数量{v}件",
    "{n}对外公开总数量：{v}件",
    "{n}对外公开总数量为{v}件",
    "对外公开{n}总数{v}件",
    "对外公开{n}总数量达{v}件",
    "现行有效{n}{v}件",
    "现行有效的{n}共{v}件",
    "截至2019年底，现行有效{n}共{v}件",
    "继续有效的{n}{v}件",
    "保留有效的{n}{v}件",
    "有效{n}{v}件",
    "共有{n}{v}件",
    "现有{n}{v}件",
    "现行{n}{v}件",
    "本机关共有{n}{v}件",
    "{n}共有{v}件",
    "现有{n}共计{v}件",
    "目前共有{n}{v}件",
    "共有对外公开的{n}{v}件",
    "截至2019年底，{n}共{v}件",
    "截至目前，{n}共{v}件",
    "截止2019年12月31日，本机关{n}{v}件",
    "截至年底共有{n}{v}件",
    "截至2019年末，我市现行有效{n}{v}件",
    "累计公开{n}总数{v}件",
    "累计对外公开{n}总数达{v}件",
)
# what stands before the stock: the year's count of the same documents, or nothing
_BEFORE = (
    "全年制定政府规章2件，",
    "",
    "全年制定政府规章2件；",
    "全年制定政府规章2件。\n",
    "本年新制作{n}{m}件，",
)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_STOCKS),
    st.sampled_from(RULES + NORMATIVE),
    st.sampled_from(_BEFORE),
    st.sampled_from((45, 211, 3)),
)
@example("{n}对外公开总数量{v}件", "规章", "全年制定政府规章2件，", 45)
@example("共有{n}{v}件", "规章", "全年制定政府规章2件，", 45)
@example("截至2019年底，{n}共{v}件", "规范性文件", "", 211)
def test_a_stock_of_documents_is_other_and_never_accused(
    stock: str, noun: str, before: str, value: int
) -> None:
    made = MADE[_type_of(noun)]
    sentence = before.format(n=noun, m=made) + stock.format(n=noun, v=value) + "。"
    got = read(sentence)
    stocks = [g for g in got if g[2] == value]
    assert stocks, got
    # (a running total written with 累计 may be read by the older cumulative cue first)
    assert stocks[-1][1] == "other" and stocks[-1][3] in ("cue:stock", "cue:cumulative"), got
    assert all(verdict != "inconsistent" for *_, verdict in got), got


def test_a_list_after_an_in_force_word_is_a_stock_too() -> None:
    got = read("现行有效规章45件、规范性文件211件。")
    assert [(g[2], g[1], g[3]) for g in got] == [
        (45, "other", "cue:stock"),
        (211, "other", "cue:stock"),
    ]


# within the report year: the type is kept (§3: a total within the report year keeps
# its type even when written with 累计 or 共计; 截至12月31日 + this year's work, gold §3)
_YEAR_TOTALS = (
    "全年累计制定{n}{v}件",
    "2019年累计制定{n}{v}件",
    "截至2019年底，共制定{n}{v}件",
    "截至12月31日，共印发{n}{v}件",
    "全年共有{n}{v}件",
    "本年新制作{n}{v}件",
    "本年度共制定{n}{v}件",
    "全年累计发布{n}{v}件",
)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_YEAR_TOTALS), st.sampled_from(RULES + NORMATIVE), st.booleans())
@example("全年累计制定{n}{v}件", "规章", False)
@example("截至2019年底，共制定{n}{v}件", "规范性文件", True)
def test_a_total_within_the_year_keeps_its_type(total: str, noun: str, wrong: bool) -> None:
    kind = _type_of(noun)
    value = MADE[kind] + (1 if wrong else 0)
    got = [g for g in read(total.format(n=noun, v=value) + "。") if g[2] == value]
    assert got and got[-1][1] == kind, got
    verdict = got[-1][4]
    if wrong:
        # a true contradiction: accused or withheld, never agreed
        assert verdict in ("inconsistent", "unverifiable"), got
    else:
        assert verdict == "consistent", got


@pytest.mark.parametrize(
    ("sentence", "value", "kind", "breakdown"),
    [
        # an in-force part of a published total (C14) and the item after it: the cue
        # of the part governs no later item of another kind (paraphrase p26, f25)
        (
            "本分局共公开信息287条，包括工作动态283条、现行有效的规范性文件3件、通知公告1条。",
            1,
            "proactive.items",
            "channel:通知公告",
        ),
        (
            "本分局共公开信息287条，包括工作动态283条、现行有效的规范性文件3件、通知公告1条。",
            3,
            "proactive.items",
            "channel:现行有效的规范性文件",
        ),
        # a date that governs a publishing verb dates the year's work, not a stock
        # (paraphrase p02: 截至12月31日，…发布信息共计5203条，分别为：行政规范性文件3份)
        (
            "截至12月31日，局网站主动发布信息共计5203条，分别为：行政规范性文件3份，部门文件96条。",
            3,
            "proactive.items",
            "channel:行政规范性文件",
        ),
    ],
)
def test_parts_of_a_published_total_keep_their_channel(
    sentence: str, value: int, kind: str, breakdown: str
) -> None:
    base = DOC.read_text(encoding="utf-8")
    text = base.replace(SENTENCE, sentence)
    lo = text.index(sentence)
    facts = [
        f
        for f in parse(text).facts
        if lo <= f.quantity_start < lo + len(sentence) and f.value == value
    ]
    assert facts and (facts[0].type, facts[0].breakdown) == (kind, breakdown)
