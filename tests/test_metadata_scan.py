"""Metadata's fast scans give what the plain patterns they replace give."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govinfo_nlp import metadata
from govinfo_nlp.agency.candidates import (
    _BY_LAW_MARK_RE,
    _BY_LAW_TAIL_RE,
    _COMPILED_MARK_RE,
    _COMPILED_TAIL_RE,
    _CUES,
    _NAME_REACH,
    _TITLE_AFTER,
    _TITLE_AFTER_TAIL,
    _TITLE_BEFORE,
    _TITLE_ENDS,
    _TITLE_REACH,
    _TITLE_TOPIC_FIRST,
    _TITLE_TOPIC_FIRST_TAIL,
    _TITLE_TOPICS,
    _anchored,
    _cue_matches,
    _self_tails,
)
from govinfo_nlp.agency.region import _ALIAS, _ALIAS_QUOTES, _area_names, _occurrences
from govinfo_nlp.agency.words import _words
from govinfo_nlp.gazetteer import gazetteer
from govinfo_nlp.metadata import (
    _DATE_LINE,
    _LINKS_BEFORE,
    _LINKS_REACH,
    _OVERVIEW,
    _YEAR_PERIOD_EN,
    _YEAR_TITLE_EN,
    _date_line,
    _fields,
    _lines_matching,
    _related_links,
)

# The definition _area_names implements without trying every position.
AREA_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:省|自治区|市|州|盟|地区)")

PIECES = st.sampled_from(
    [
        *"省自治区市州盟地中华杭浙江 a,，。\n",
        "自治区",
        "地区",
        "杭州市",
        "新疆维吾尔自治区",
        "阿里地区",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_area_names_are_the_patterns_matches(text: str) -> None:
    assert list(_area_names(text)) == [m.group() for m in AREA_NAME.finditer(text)]


def test_area_names_in_prose() -> None:
    # a line break right before the area word: not part of a name ($ would match before it)
    for text in ("浙江省杭州市余杭区人民政府，西藏自治区阿里地区", "a 和华\n盟", "和华\n\n盟市"):
        assert list(_area_names(text)) == [m.group() for m in AREA_NAME.finditer(text)]
    assert "浙江省" in _area_names("浙江省杭州市")


LINK_PIECES = st.sampled_from(
    [
        *"相关链接阅读【】[]:： \n\t。a1",
        "相关链接",
        "友情链接",
        " 【相关链接】",
        "\n[相关阅读]:",
        "\u3000",
    ]
)


def test_links_reach_is_the_widest_prefix() -> None:
    # the first heading word is at most this far into a match (re's parser measures the prefix)
    assert re._parser.parse(_LINKS_BEFORE).getwidth()[1] == _LINKS_REACH  # type: ignore[attr-defined]


@settings(max_examples=200, deadline=None)
@given(st.lists(LINK_PIECES, max_size=30).map("".join))
@example("正文。 【相关链接】\n某县报告")
def test_related_links_is_the_patterns_first_match(text: str) -> None:
    expected = metadata._page_words().links.search(text)
    found = _related_links(text)
    assert (found and found.span()) == (expected and expected.span())


LINE_PIECES = st.sampled_from(
    [*"索引号发布机构文日期公开成生一、.．总体情况概述 \t\u3000\x00|:", "\n", "索 引", "发\n布"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(LINE_PIECES, max_size=12).map("".join), max_size=8))
def test_lines_matching_is_a_search_a_line(lines: list[str]) -> None:
    for pattern in (metadata._page_words().label_hint, _OVERVIEW):
        expected = {i for i, line in enumerate(lines) if pattern.search(line)}
        assert _lines_matching(pattern, lines) == expected


FORM_PIECES = st.sampled_from([*"市场监管局督理财政卫健委员会县", "市场监管局", "市场监督管理局"])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(FORM_PIECES, max_size=30).map("".join),
    st.sets(st.lists(FORM_PIECES, min_size=1, max_size=4).map("".join), min_size=1, max_size=4),
)
def test_occurrences_are_the_alternations_matches(text: str, forms: set[str]) -> None:
    pattern = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    expected = [(m.start(), m.group()) for m in re.finditer(pattern, text)]
    assert list(_occurrences(text, forms)) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*'由(（)以下简称“"「」办公室编制 ', "北部湾办", "广西壮族自治区"]),
        max_size=20,
    ).map("".join)
)
def test_alias_needs_its_literal_tail(text: str) -> None:
    # _describe searches for the alias pattern only where 简称 + a quote or none + the name is written
    name = "北部湾办"
    named = any(f"简称{q}{name}" in text for q in ("", *_ALIAS_QUOTES))
    assert named or re.search(_ALIAS + re.escape(name), text) is None


def test_related_links_in_a_document() -> None:
    text = (
        "某局2021年政府信息公开工作年度报告\n一、总体情况\n正文。\n【相关链接】\n某县2020年度报告"
    )
    meta, _ = metadata.read_metadata(text)
    assert _related_links(text) is not None
    assert meta.year == 2021


TITLE_PIECES = st.sampled_from(
    [
        *"某县局年度的工作报告政府信息公开务()（） 2013",
        "人民政府",
        "信息公开",
        "政务公开",
        "政府信息",
        "年报",
        "落实情况",
        "2021年",
        "年度报告",
        "报告",
        "杭州市",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(TITLE_PIECES, max_size=24).map("".join))
@example("杭州市2021年度政府信息公开工作年度报告")
@example("某局政府信息公开工作2021年度报告")
def test_title_patterns_need_a_topic_word(line: str) -> None:
    # _agency skips the title patterns on a line without a topic word, 20 or a report word
    matched = any(p.search(line) for p in (_TITLE_AFTER, _TITLE_BEFORE, _TITLE_TOPIC_FIRST))
    assert not matched or _TITLE_TOPICS.search(line)
    assert not matched or ("20" in line and any(end in line for end in _TITLE_ENDS))


ANCHORED = (
    (_TITLE_AFTER, _TITLE_AFTER_TAIL, _TITLE_REACH, False, None),
    (_TITLE_TOPIC_FIRST, _TITLE_TOPIC_FIRST_TAIL, _TITLE_REACH + 4, False, None),
    (_CUES[1][1], _COMPILED_TAIL_RE, _NAME_REACH, True, None),
    # tried only at the marks a match opens with (as _cue_matches reads the two cues)
    (_CUES[1][1], _COMPILED_TAIL_RE, _NAME_REACH, True, _COMPILED_MARK_RE),
    (_CUES[4][1], _BY_LAW_TAIL_RE, _NAME_REACH, True, _BY_LAW_MARK_RE),
)
# Names at the reach's edge (39-41 characters), spaces of re's \s, the cues' words
LONG_NAME = "某" * 37
CUE_PIECES = st.sampled_from(
    [
        *"某县局()（） \u3000\t\n,，。、)）本特现将2",
        *TITLE_PIECES.elements,
        LONG_NAME,
        "编制了",
        "现向社会公开",
        "特发布",
        "发布2021年",
        "依据《条例》",
        "根据《",
        "》规定",
        "编写本报告",
        *";；",
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(CUE_PIECES, max_size=30).map("".join))
@example("某" * 40 + "2021年度政府信息公开工作年度报告")
@example("某" * 41 + "  2021年政府信息公开工作报告，某县政府信息公开工作2021年度报告")
@example("。 \u3000" + "某" * 40 + "编制了本报告")
@example(" " + "某" * 39 + "人民政府信息公开工作2021年度报告")
@example("；\u3000" + "某" * 40 + "依据《条例》规定编写本报告")
@example("某" * 3 + "根据《条例》编写本报告，" + "某" * 2 + "依据《条例》编写本报告")
def test_anchored_matches_are_the_patterns_matches(text: str) -> None:
    for pattern, tail, reach, spaced, first in ANCHORED:
        expected = [m.span("agency") for m in pattern.finditer(text)]
        found = [
            m.span("agency")
            for m in _anchored(pattern, tail, reach, text, spaced=spaced, first=first)
        ]
        assert found == expected, pattern.pattern
    for _, pattern in _CUES:
        expected = [m.span("agency") for m in pattern.finditer(text)]
        assert [m.span("agency") for m in _cue_matches(pattern, text)] == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*"杭州市余鼓楼区县省a ", "杭州市", "鼓楼区"]), max_size=12).map(
        "".join
    )
)
def test_a_full_name_starts_only_at_an_opening(text: str) -> None:
    gaz = gazetteer()
    for i in range(len(text)):
        assert not gaz.match_at(text, i)[0] or text[i : i + 2] in gaz.openings


FIELD_LINES = st.lists(
    st.lists(
        st.sampled_from(
            [
                *"索引号发布机构文单位日期公开成时间生ID ：:|-\u3000",
                "索 引 号",
                "发布日期",
                "2021-03-05",
            ]
        ),
        max_size=12,
    ).map("".join),
    max_size=5,
)


@settings(max_examples=400, deadline=None)
@given(FIELD_LINES)
@example(["索引号 | 发布机构 | 发布日期", "11440 | 某县人民政府 | 2021-03-05"])
@example(["索 引 I D", "0001"])
def test_fields_read_from_the_hinted_lines_are_those_of_every_line(lines: list[str]) -> None:
    hinted = _fields(lines)
    with pytest.MonkeyPatch.context() as patch:
        every_line = dataclasses.replace(metadata._page_words(), label_hint=re.compile("(?s:.)"))
        patch.setattr(metadata, "_page_words", lambda: every_line)
        assert hinted == _fields(lines)


DATE_PIECES = st.sampled_from(
    ["\n", " ", "\u3000", "（", "(", ")", "）", "2021年3月5日", "日", "a", "20", "2021", "一"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(DATE_PIECES, max_size=20).map("".join))
@example("正文\n\n  （2021年3月5日）\n")
@example("（一）总体情况\n（二）主动公开\n \n（2021年3月5日）")
def test_date_line_is_the_anchored_search(text: str) -> None:
    expected = _DATE_LINE.search(text)
    found = _date_line(text)
    assert (found and found.span(1)) == (expected and expected.span(1))


def test_only_j_and_J_match_j_ignoring_case() -> None:
    j = re.compile("j", re.I)
    assert [c for c in map(chr, range(0x110000)) if j.fullmatch(c)] == ["J", "j"]


@settings(max_examples=200, deadline=None)
@given(st.from_regex(_YEAR_PERIOD_EN), st.from_regex(_YEAR_TITLE_EN))
def test_english_year_cues_hold_the_word_they_are_gated_on(period: str, title: str) -> None:
    # _year reads them only in a text with a j or J, and with Annual
    assert "j" in period or "J" in period
    assert "Annual" in title


SELF_KEYS = sorted(k for k in _words().self_reference)


def test_no_self_reference_holds_another_ones_first_character() -> None:
    # so that their matches never overlap: one pattern per first character finds them all
    firsts = {k[0] for k in SELF_KEYS}
    assert not [k for k in SELF_KEYS if firsts & set(k[1:])]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*SELF_KEYS, *"我本局委中心街道镇，。"]), max_size=20).map("".join))
def test_self_tails_are_those_of_the_plain_alternation(text: str) -> None:
    table = _words().self_reference
    found = re.findall("|".join(map(re.escape, table)), text)
    kinds = {tuple(table[w]) for w in found}
    assert _self_tails(text) == (next(iter(kinds)) if len(kinds) == 1 else None)


# The year-with-letters pattern before it opened with its literal 2 (a lookbehind first).
_LETTER_YEAR_PLAIN = re.compile(r"(?<![A-Za-z0-9])2[0-9lIOo]{3}(?![A-Za-z0-9])(?=\s*年)")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="2012lIOoaZ年 \n\t二９", max_size=24))
@example("2022年 202l年 2O22年 x2021年 2021a年 20222年 ２0２l年")
@example("22021年2l21年 202l 年")
def test_the_letter_year_scan_finds_the_plain_patterns_years(text: str) -> None:
    rewrite = metadata._letter_year
    assert metadata._LETTER_YEAR.sub(rewrite, text) == _LETTER_YEAR_PLAIN.sub(rewrite, text)
    # a year of four digits is no match (no call); one with a letter is
    assert metadata._LETTER_YEAR.search("2022年") is None
    assert metadata._LETTER_YEAR.sub(rewrite, "于202l年度") == "于2021年度"


# _YEAR_OF_WORK before its literal 2 came first.
_YEAR_OF_WORK_PLAIN = re.compile(
    r"(?<![《\d])(?P<year>20\d\d)\s*年度\s*(?:政府信息公开|政务公开|信息公开)(?![^《》\n]{0,30}》)"
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["2021", "20", "2", "1", "年度", "政府信息公开", "政务公开", "《", "》", "\n", " "]
        ),
        max_size=10,
    ).map("".join)
)
@example("《2021年度政府信息公开工作报告》 完成2021年度政府信息公开 12021年度政务公开")
def test_the_year_of_work_scan_finds_the_plain_patterns_matches(text: str) -> None:
    def found(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], str]]:
        return [(m.span(), m["year"]) for m in pattern.finditer(text)]

    assert found(metadata._YEAR_OF_WORK) == found(_YEAR_OF_WORK_PLAIN)


# _YEAR_TITLE before its first character's class came first.
_YEAR_TITLE_PLAIN = re.compile(
    r"(?:(?<![-—–－~～至/\d])(?P<year>20\d\d)\s*年\s*度?"
    r"|20\d\d\s*[-—–－~～至/]\s*(?P<ayear>20\d\d)\s*学年\s*度?)"
    r"\s*[^\n。,，]{0,40}?(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:情况的?)?"
    r"(?:年度)?(?:报告|落实情况)"
    r"|(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:年度)?报告\s*[(（]\s*(?P<year2>20\d\d)\s*年?度?\s*[)）]"
)
_TITLE_PIECES = [
    "2021", "2022", "20", "2", "1", "-", "至", "/", "年", "度", "学年", "政府", "政务公开",
    "信息公开", "政", "信", "工作", "情况的", "年度", "报告", "落实情况", "(", "（", ")", "）",
    "\n", " ", "。", "x",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_PIECES), max_size=14).map("".join), st.integers(0, 4))
@example("某局2021年政府信息公开工作年度报告", 0)
@example(
    "2020-2021学年度信息公开工作报告 政府信息公开工作年度报告（2022年度） 12021年信息公开报告", 0
)
def test_the_year_title_scan_finds_the_plain_patterns_matches(text: str, pos: int) -> None:
    def found(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), m.groupdict()) for m in pattern.finditer(text, pos)]

    assert found(metadata._YEAR_TITLE) == found(_YEAR_TITLE_PLAIN)
    assert metadata._YEAR_TITLE.groupindex == _YEAR_TITLE_PLAIN.groupindex


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "2024",
                "20",
                "年",
                "一",
                "二",
                "十",
                "月",
                "日",
                "1",
                "12",
                " ",
                "\t",
                "\u3000",
                "\n",
                "x",
            ]
        ),
        max_size=16,
    ).map("".join)
)
@example("某局\n  2024年一月\n")
@example("x2024年1月\n 2023年十二月十日 \n")
def test_the_cover_date_scan_is_the_anchored_search(text: str) -> None:
    expected = metadata._COVER_DATE.search(text)
    found = metadata._cover_search(text)
    assert (found and (found.span(), found.groupdict())) == (
        expected and (expected.span(), expected.groupdict())
    )
