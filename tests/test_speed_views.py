"""The facts stage's text views made faster (issue 17, session 28) read exactly as the
code they replaced: each old implementation is kept here as the reference, and
hypothesis compares them on texts made of the characters the views decide on."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.facts import segments
from govinfo_nlp.normalize import chinese_marks

_OLD_ASCII_STOP = re.compile(r"\.(?<=[\u4e00-\u9fff）)”》\"%]\.)(?![A-Za-z.])")


def old_chinese_marks(text: str) -> str:
    """normalize.chinese_marks before session 28 (every line split and read in Python)."""
    if "." not in text and '"' not in text:
        return text
    text = _OLD_ASCII_STOP.sub("。", text)
    if '"' not in text:
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if line.count('"') < 2 or not any("\u4e00" <= ch <= "\u9fff" for ch in line):
            continue
        parts = line.split('"')
        pairs = (len(parts) - 1) // 2
        out = [parts[0]]
        for i in range(1, len(parts)):
            mark = ("“" if i % 2 else "”") if i <= 2 * pairs else '"'
            out.append(mark + parts[i])
        lines[k] = "".join(out)
    return "\n".join(lines)


# the characters chinese_marks decides on, and a few others around them
MARKS_TEXT = st.text(alphabet='"."\n\n 办结件其中一a1%）”》\u4dff\u4e00\u9fff\ua000\r', max_size=60)


@settings(max_examples=600, deadline=None)
@given(MARKS_TEXT)
def test_chinese_marks_reads_as_before(text: str) -> None:
    assert chinese_marks(text) == old_chinese_marks(text)


def test_chinese_marks_pairs_quotes_on_its_lines_only() -> None:
    # a broken implementation pairing across lines, or pairing a line of no Han
    # character, fails here
    text = '他说"一\n二"好\n"a" "b"\n开展"双随机"和"一公开"检查"'
    assert chinese_marks(text) == '他说"一\n二"好\n"a" "b"\n开展“双随机”和“一公开”检查"'


# --- facts.segments: a line's width in columns, and whether a line is as wide as the page's


def old_width(line: str) -> int:
    """segments._width before session 28 (a lookup a character)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def old_as_wide(ordered: list[int], mine: int, slack: int, unit: int) -> bool:
    """segments._as_wide before session 28 (the page's width found again for each line)."""
    n = len(ordered)
    if n < segments._WIDE_LINES:
        return False
    page = ordered[n // 2]
    if page < unit * segments._NARROW_MIN:
        return False
    least = segments._WIDE_LINES if page >= unit * segments._WIDE_MIN else segments._NARROW_LINES
    near = bisect_right(ordered, page + slack) - bisect_left(ordered, page - slack)
    return near >= max(least, segments._WIDTH_AGREE * n) and abs(mine - page) <= slack


def old_page_as_wide(page: segments._Page, line: str) -> bool:
    body = line.rstrip()
    if len(body) < segments._NARROW_MIN or segments._SPACED_NUMBERS.search(body) is not None:
        return False
    return old_as_wide(page._columns[1], old_width(body), segments._WIDTH_SLACK, 2) or (
        old_as_wide(page._chars[1], len(body), 1, 1)
    )


# ASCII, Han at both ends of the block and beyond it, full-width forms (F), ambiguous (A),
# Hangul (W), an extension A ideograph (W), a surrogate, and the marks reports use
WIDTH_TEXT = st.text(
    alphabet=st.sampled_from(
        [
            *"a1 \t,.。，、（）：“”％%|ｱ\u00a1\u00b7\u4dff\u4e00\u9fff\ua000\u3400\uac00\ud800\uff10",
            *("\x00", "\x7f", "\x80", "\U00020000", "\u2014"),
        ]
    ),
    max_size=40,
)


@settings(max_examples=600, deadline=None)
@given(WIDTH_TEXT)
def test_width_counts_as_before(line: str) -> None:
    assert segments._width(line) == old_width(line)


def test_width_of_every_bmp_character_is_unicodes() -> None:
    # every character once (a broken fast path for a block fails here): ASCII, the Han
    # block and every other character the lookup decides
    chars = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)
    assert segments._width(chars) == old_width(chars)
    assert segments._width("规范性文件12") == 12


# lines of prose wrapped at a width, a few shorter, headings and cells: pages with a width
# and pages without
PAGE_LINE = st.one_of(
    st.integers(8, 24).map(lambda n: ("规" * (n - 2)) + "，信"),
    st.integers(8, 24).map(lambda n: ("a" * (n - 2)) + ",信"),
    st.sampled_from(["一、总体情况", "0 0 0", "信息", "办结65件。", "(一)主动公开"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PAGE_LINE, min_size=0, max_size=24), st.lists(WIDTH_TEXT | PAGE_LINE, max_size=8))
def test_page_as_wide_answers_as_before(lines: list[str], asked: list[str]) -> None:
    page = segments._Page("\n".join(lines) + "\n")
    for line in [*lines, *asked]:
        assert page.as_wide(line) == old_page_as_wide(page, line)


def test_page_as_wide_tells_full_lines() -> None:
    # eight lines wrapped at 20 characters: a line of 20 is as wide, one of 10 is not
    text = "\n".join(["规" * 18 + "，信"] * 8) + "\n"
    page = segments._Page(text)
    assert page.as_wide("规" * 20)
    assert not page.as_wide("规" * 10)
