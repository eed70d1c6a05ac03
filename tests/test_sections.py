"""Sections and metadata: golden seeds and randomly assembled reports."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest
from conftest import seed_path
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.metadata import read_metadata
from govinfo_nlp.noise import find_chrome
from govinfo_nlp.normalize import normalize
from govinfo_nlp.read import read
from govinfo_nlp.sections import find_sections

GOLDEN = json.loads((Path(__file__).parent / "golden" / "seeds.json").read_text("utf-8"))
SEEDS = [k for k in GOLDEN if not k.startswith("_")]


def _sections(prefix: str):  # type: ignore[no-untyped-def]
    doc = read(seed_path(prefix))
    norm = normalize(doc)
    work = norm.without((c.start, c.end) for c in find_chrome(norm.text))
    spans = {s.id: work.to_original(s.start, s.end) for s in find_sections(work.text)}
    return doc.text, spans, norm


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_sections_start_at_their_headings(seed: str) -> None:
    gold = GOLDEN[seed]
    text, spans, _ = _sections(seed)
    assert [k for k in spans if k != "preamble"] == list(gold["headings"])
    for sid, heading in gold["headings"].items():
        start, end = spans[sid]
        assert text[start : start + len(heading)] == heading, sid
        assert end > start
    # Sections tile the document in order.
    ordered = sorted(spans.values())
    for (_, e1), (s2, _) in itertools.pairwise(ordered):
        assert e1 <= s2
    for chrome in gold["chrome_after"]:
        at = text.index(chrome)
        assert all(not (s <= at < e) for s, e in spans.values()), chrome
    for bogus in gold["not_headings"]:
        at = text.index(bogus)
        assert all(s != at for s, _ in spans.values()), bogus


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_metadata(seed: str) -> None:
    _, _, norm = _sections(seed)
    metadata, warnings = read_metadata(norm.text, script=norm.script)
    assert metadata.to_dict() == GOLDEN[seed]["metadata"]
    if GOLDEN[seed]["metadata"]["agency"] is None:
        assert any(w.startswith("metadata.agency_missing") for w in warnings)


def test_empty_sections_of_seed_002_are_kept() -> None:
    text, spans, _ = _sections("002")
    for sid in GOLDEN["002"]["empty_sections"]:
        start, end = spans[sid]
        body = text[start:end].split("\n", 1)[1] if "\n" in text[start:end] else ""
        assert body.strip() == "", sid


HEADINGS = {
    "overview": ["总体情况", "概述", "總體情況"],
    "proactive": ["主动公开政府信息情况", "主动公开政府信息的情况"],
    "requests": ["收到和处理政府信息公开申请情况", "政府信息依申请公开办理情况"],
    "appeals": ["政府信息公开行政复议、行政诉讼情况"],
    "problems": ["存在的主要问题及改进情况"],
    "other": ["其他需要报告的事项", "需要说明的其他事项与附表"],
}
NUMERALS = "一二三四五六"
BODIES = [
    "本年度主动公开政府信息105条。",
    "(一)主动公开情况。全年发布信息20条。\n(二)依申请公开情况。受理申请3件。",
    "四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
    "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |",
    "一是加强领导。二是完善制度。",
    "",
    "1.全面落实“五公开”工作机制。",
]


@settings(max_examples=120, deadline=None)
@given(
    st.lists(st.booleans(), min_size=6, max_size=6),
    st.lists(st.integers(0, 10), min_size=6, max_size=6),
    st.sampled_from(["、", ".", "，", ",", " "]),
    st.lists(st.sampled_from(BODIES), min_size=6, max_size=6),
    st.booleans(),
)
def test_random_reports_split_back_into_their_sections(
    present: list[bool], variant: list[int], sep: str, bodies: list[str], preamble: bool
) -> None:
    parts = ["某某局2021年政府信息公开工作年度报告\n根据条例编制本报告。\n"] if preamble else []
    expected = []
    for i, sid in enumerate(HEADINGS):
        if not present[i]:
            continue
        title = HEADINGS[sid][variant[i] % len(HEADINGS[sid])]
        start = sum(map(len, parts))
        parts.append(f"{NUMERALS[i]}{sep}{title}\n{bodies[i]}\n")
        expected.append((sid, start, start + len(parts[-1])))
    text = "".join(parts)
    norm = normalize(text)
    found = [(s.id, *norm.to_original(s.start, s.end)) for s in find_sections(norm.text)]
    if preamble:
        assert found[0][0] == "preamble"
        found = found[1:]
    assert found == expected


def test_a_table_of_contents_does_not_take_the_sections() -> None:
    toc = "".join(f"{NUMERALS[i]}、{HEADINGS[sid][0]}\n" for i, sid in enumerate(HEADINGS))
    body = "".join(
        f"{NUMERALS[i]}、{HEADINGS[sid][0]}\n第{i}部分正文。\n" for i, sid in enumerate(HEADINGS)
    )
    text = "某局2021年政府信息公开工作年度报告\n目录\n" + toc + body
    found = {s.id: s for s in find_sections(text)}
    assert list(found) == ["preamble", *HEADINGS]
    for i, sid in enumerate(HEADINGS):
        assert text[found[sid].start : found[sid].end].endswith(f"第{i}部分正文。\n")


# Lines of every kind _heading_matches must judge: headings, prose holding a
# title word (short and long, with and without spaces), end marks, table rows.
_LINE_PARTS = st.sampled_from(
    [
        "一、",
        "二 ",
        "三.",
        " ",
        "\t",
        "。",
        "：",
        "|",
        "主动公开政府信息情况",
        "存在的主要问题及改进情况",
        "其他需要报告的事项",
        "行政复议",
        "本机关",
        "持续深化政务公开工作，",
        "x" * 30,
        "12件",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_LINE_PARTS, max_size=8).map("".join), max_size=12))
def test_heading_matches_are_the_patterns_on_lines_with_a_title(lines: list[str]) -> None:
    # the shortcuts (one line tried once, long prose lines skipped) find what
    # _HEADING finds at the start of every line holding a title word
    from govinfo_nlp import sections

    text = "\n".join(lines)
    expected = [
        (m.start(), m.group())
        for m in sections._HEADING.finditer(text)
        if sections._any_title().search(_line_of(text, m.start()))
    ]
    assert [(m.start(), m.group()) for m in sections._heading_matches(text)] == expected


def _line_of(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : len(text) if end < 0 else end]


# The inline-heading pattern before its numeral came first (a lookbehind first).
_INLINE_PLAIN = re.compile(
    r"(?:(?<=\s)|^)(?P<num>[一二三四五六])[、.,，．][ \t]*(?P<title>[^\s,，。;；|]{2,24})"
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["一", "二", "七", "、", ".", " ", "\n", "\t", "总体情况", "，", "x"]),
        max_size=12,
    ).map("".join)
)
def test_the_inline_heading_scan_finds_the_plain_patterns_matches(text: str) -> None:
    from govinfo_nlp import sections

    def found(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]

    assert found(sections._INLINE) == found(_INLINE_PLAIN)
    # at the text's start and after a space, never inside a word
    assert [
        m["num"] for m in sections._INLINE.finditer("一、总体情况 二、主动公开 x三、收到申请")
    ] == [
        "一",
        "二",
    ]
