"""The facts stage's text views made faster (issue 17, session 28) read exactly as the
code they replaced: each old implementation is kept here as the reference, and
hypothesis compares them on texts made of the characters the views decide on."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

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
