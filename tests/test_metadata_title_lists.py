"""metadata._without_title_lists counts the dropped lines' indexes on from one to the next,
not each from offset 0 (session 28's note: quadratic on a long list of other reports' titles,
40,000 lines 7.3 s CPU). What it leaves out and the lists it returns are those of the
previous count (kept below as the reference), on pages drawn from title, link, date, blank
and prose lines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp import metadata
from govinfo_nlp.metadata import _without_title_lists


def _reference(text: str) -> tuple[str, list[set[tuple[str, str]]]]:
    """_without_title_lists as of 04d230d (each dropped line's index counted from 0)."""
    drop: list[int] = []
    runs: list[list[tuple[int, str, str, bool]]] = []
    last_end = -1
    for start, end in metadata._report_word_lines(text):
        m = metadata._LIST_TITLE.fullmatch(text[start:end].strip())
        if m is None:
            continue
        if m["link"]:
            drop.append(start)
            continue
        if not runs or start != last_end + 1:
            runs.append([])
        runs[-1].append((start, m["name"], m["year"], m["date"] is not None))
        last_end = end
    lists = []
    for run in runs:
        if metadata._own_heading_under(run):
            run = run[:-1]
        if len(run) >= 2 and len(titles := {(name, year) for _, name, year, _ in run}) >= 2:
            drop.extend(start for start, *_ in run)
            lists.append(titles)
    if not drop:
        return text, lists
    dropped = {text.count("\n", 0, start) for start in drop}
    return "\n".join(ln for k, ln in enumerate(text.split("\n")) if k not in dropped), lists


_BODIES = ["宣城市财政局", "宣城市教育局", "温州市民政局", "本局", ""]
_LINE = st.one_of(
    st.builds(
        lambda body, year, date: f"{body}{year}年政府信息公开工作年度报告{date}",
        st.sampled_from(_BODIES),
        st.integers(2019, 2024),
        st.sampled_from(["", "（2024-01-28）", " 2023-01-30"]),
    ),
    st.builds(
        lambda word, body, year: f"{word}{body}{year}年度政府信息公开工作报告",
        st.sampled_from(["上一篇：", "下一篇:", "· ", "1. ", "【2】"]),
        st.sampled_from(_BODIES),
        st.integers(2020, 2023),
    ),
    st.sampled_from(
        [
            "",
            "   ",
            "政府信息公开工作年度报告",
            "一、总体情况",
            "现将本局2023年政府信息公开工作年度报告公布如下。",
            "全年主动公开信息64条。",
            "相关阅读：",
            "发布日期：2024-01-28",
        ]
    ),
)


@settings(max_examples=400)
@given(st.lists(_LINE, max_size=30), st.sampled_from(["", "\n"]))
def test_the_same_lines_are_left_out(lines: list[str], end: str) -> None:
    text = "\n".join(lines) + end
    assert _without_title_lists(text) == _reference(text)


def test_a_long_list_is_left_out_whole() -> None:
    # 600 different bodies' titles in a row above the page's own report: every one dropped
    names = [
        "".join(chr(0x4E00 + (i >> (4 * k)) % 16 + 100 * k) for k in range(3)) for i in range(600)
    ]
    titles = [f"宣城市{n}局{2019 + i % 5}年政府信息公开工作年度报告" for i, n in enumerate(names)]
    own = "一、总体情况\n全年主动公开信息64条。\n"
    text = "\n".join(titles) + "\n" + own
    out, lists = _without_title_lists(text)
    assert out == own and len(lists) == 1 and len(lists[0]) == 600
    assert (out, lists) == _reference(text)
