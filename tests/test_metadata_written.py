"""``agency_as_written`` is the form the page writes (SCHEMA §1): on a Traditional
page its Traditional characters, read back through the offsets map from the name
the metadata stage reads in Simplified (agency.written_form); ``agency`` stays
the canonical, Simplified name."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govinfo_nlp
from govinfo_nlp.agency import written_form
from govinfo_nlp.normalize import normalize

BODY = (
    "本報告統計期限為2022年1月1日至2022年12月31日。\n一、總體情況\n"
    "本年度，我局堅持以公開為常態、不公開為例外。\n二、主動公開政府信息情況\n"
    "全年主動公開行政處罰信息812條。\n"
)


def metadata_of(text: str, kind: str = "text") -> Any:
    return govinfo_nlp.parse(text.encode("utf-8"), format=kind).metadata


@pytest.mark.parametrize(
    ("heading", "written", "agency"),
    [
        (
            "深圳市市場監督管理局福田監管局",
            "深圳市市場監督管理局福田監管局",
            "深圳市市场监督管理局福田监管局",
        ),
        ("廣州市越秀區人民政府辦公室", "廣州市越秀區人民政府辦公室", "广州市越秀区人民政府办公室"),
        # a mirror that glosses characters with pinyin: the name without the glosses
        (
            "寧夏回族自治區(qū)人民政府辦公廳",
            "寧夏回族自治區人民政府辦公廳",
            "宁夏回族自治区人民政府办公厅",
        ),
        # a letter-spaced heading: the name as written, its spaces left out
        (
            "廣 州 市 越 秀 區 人 民 政 府 辦 公 室",
            "廣州市越秀區人民政府辦公室",
            "广州市越秀区人民政府办公室",
        ),
    ],
)
def test_a_traditional_page_keeps_its_characters(heading: str, written: str, agency: str) -> None:
    meta = metadata_of(f"{heading}2022年政府信息公開工作年度報告\n\n{BODY}")
    assert meta.script == "traditional"
    assert meta.agency_as_written == written
    assert meta.agency == agency


def test_a_name_split_by_tags_is_read_back_character_by_character() -> None:
    page = (
        "<html><head><title>2021年政府信息公開工作年度報告</title></head><body>"
        '<div class="title">佛山市<b>南海區</b>人民政府辦公室2021年政府信息公開工作年度報告</div>'
        f"<p>{BODY.replace(chr(10), '</p><p>')}</p></body></html>"
    )
    meta = metadata_of(page, "html")
    assert meta.agency_as_written == "佛山市南海區人民政府辦公室"
    assert meta.agency == "佛山市南海区人民政府办公室"


def test_a_bracketed_second_name_keeps_the_pages_brackets() -> None:
    # meta18 s34: the text is read with half-width brackets; the title writes （）
    meta = metadata_of(
        "海口市自然资源和规划局（海口市林业局）2021年政府信息公开工作年度报告\n\n"
        "一、总体情况\n全年主动公开信息640条。\n"
    )
    assert meta.agency_as_written == "海口市自然资源和规划局（海口市林业局）"
    assert meta.agency == "海口市自然资源和规划局"


def test_a_simplified_page_is_unchanged() -> None:
    meta = metadata_of("深圳市市场监督管理局福田监管局2022年政府信息公开工作年度报告\n\n" + BODY)
    assert meta.agency_as_written == "深圳市市场监督管理局福田监管局"


NAMES = ["南海區人民政府辦公室", "宏村鎮", "福田監管局", "廣州市越秀區衛生健康局"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(NAMES), st.data(), st.text("\u3000 ", max_size=2))
def test_written_form_maps_any_layout_back(name: str, data: st.DataObject, lead: str) -> None:
    # the name written with blanks between any of its characters, after any text:
    # found in the normalised text, it reads back as the page's characters
    gaps = data.draw(
        st.lists(
            st.sampled_from(["", " ", "\u3000"]), min_size=len(name) - 1, max_size=len(name) - 1
        )
    )
    spaced = name[0] + "".join(g + ch for g, ch in zip(gaps, name[1:], strict=True))
    norm = normalize(f"{lead}本局為{spaced}。全年公開信息12條，辦理申請3件。", traditional=True)
    simplified = "".join(norm.text[norm.text.index("为") + 1 : norm.text.index("。")].split())
    assert simplified != name
    assert written_form(simplified, norm) == name


def test_written_form_never_gives_a_form_the_page_lacks() -> None:
    norm = normalize("南海區人民政府辦公室2021年度報告", traditional=True)
    assert written_form("佛山市南海区人民政府办公室", norm) == "佛山市南海区人民政府办公室"


def test_a_span_over_a_long_run_of_tags_is_not_normalised_head_by_head(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 市's span runs over every tag up to 南: where no head of it normalises to the
    # character (here: a normaliser that never agrees), only the heads a character's
    # own form can be are tried, not each head of the span (a count of calls, not a
    # time: the old loop made one per character of the span, each as long as its head)
    import govinfo_nlp.agency.written as written
    from govinfo_nlp.read import read

    page = (
        "<html><body><div class='title'>佛山市"
        + "<b>" * 2000
        + "南海區人民政府辦公室2021年政府信息公開工作年度報告</div></body></html>"
    )
    norm = normalize(read(page.encode("utf-8"), format="html"))
    name = "佛山市南海区人民政府办公室"
    assert name in norm.text
    calls = 0

    def never(text: str, **kw: object) -> str:
        nonlocal calls
        calls += 1
        return text + "\0"

    monkeypatch.setattr(written, "normalize_text", never)
    # nothing the normaliser confirms: the name as read, never an unconfirmed form
    assert written_form(name, norm) == name
    assert calls <= len(name) * 11


_GAPPED_TEXT = st.lists(
    st.sampled_from(
        [
            "區",
            "政",
            "府",
            "区",
            " ",
            "\u3000",
            "\n",
            "(",
            ")",
            "（",
            "）",
            "q",
            "ū",
            "ǚ",
            "x",
            "(qū)",
            "（zhèng）",
            "(abcdefg)",
            "(abcdef)",
            "()",
            "辦",
        ]
    ),
    max_size=16,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_GAPPED_TEXT, st.text(alphabet="區政府区辦q (（)）ū", min_size=0, max_size=5))
def test_the_name_is_found_by_hand_where_its_pattern_finds_it(text: str, name: str) -> None:
    # written_form finds a name with blanks or pinyin glosses between its characters
    # without compiling a pattern per name: the same first match as that pattern's
    import re

    from govinfo_nlp.agency.written import _gapped_search
    from govinfo_nlp.metadata import _PINYIN_GLOSS

    gap = f"(?:\\s|{_PINYIN_GLOSS.pattern})*"
    m = re.compile(gap.join(map(re.escape, name))).search(text)
    assert _gapped_search(text, name) == (m.span() if m else None)


def test_the_gloss_parts_searched_by_hand_are_the_patterns() -> None:
    from govinfo_nlp.agency.written import _GLOSS_CLOSE, _GLOSS_LETTERS, _GLOSS_LONGEST, _GLOSS_OPEN
    from govinfo_nlp.metadata import _PINYIN_GLOSS

    gloss = _PINYIN_GLOSS.fullmatch
    bmp = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    assert {x for x in bmp if gloss(x + "a)")} == set(_GLOSS_OPEN)
    assert {x for x in bmp if gloss("(" + x + ")")} == _GLOSS_LETTERS
    assert {x for x in bmp if gloss("(a" + x)} == set(_GLOSS_CLOSE)
    assert [k for k in range(12) if gloss("(" + "a" * k + ")")] == list(
        range(1, _GLOSS_LONGEST + 1)
    )
