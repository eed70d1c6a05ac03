"""Table 四 stacked as two tables (行政复议 over its five columns, then the suits' table):
formats7 j05 (HTML, a CMS split it, the first part's group only in a caption above it)
and j18 (DOCX). Read as the one row of fifteen when both parts are exactly that; a part
that does not say whose results it holds stays unread."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import govinfo_nlp
from govinfo_nlp.schema import T4_COLUMNS
from govinfo_nlp.tables import parse_tables

WORDS = {"upheld": "结果维持", "corrected": "结果纠正", "other": "其他结果", "pending": "尚未审结"}
WORDS["total"] = "总计"
REVIEW = (2, 0, 6, 0, 8)
DIRECT = (3, 0, 0, 5, 8)
AFTER = (5, 0, 0, 0, 5)


def _t4(row: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in row.items() if k.startswith("t4.")}


def _expected(cols: tuple[str, ...] = tuple(T4_COLUMNS)) -> dict[str, int]:
    out: dict[str, int] = {}
    for group, values in (
        ("review", REVIEW),
        ("suit_direct", DIRECT),
        ("suit_after_review", AFTER),
    ):
        out.update({f"t4.{group}.{c}": v for c, v in zip(cols, values, strict=True)})
    return out


def _pipes(cells: tuple[object, ...]) -> str:
    return " | ".join(map(str, cells))


def _text(review_caption: str = "行政复议", suit_values: tuple[int, ...] = DIRECT + AFTER) -> str:
    head = _pipes(tuple(WORDS.values()))
    return "\n".join(
        [
            "四、政府信息公开行政复议、行政诉讼情况",
            review_caption,
            head,
            _pipes(REVIEW),
            "",
            "行政诉讼",
            "未经复议直接起诉 | 复议后起诉",
            f"{head} | {head}",
            _pipes(suit_values),
            "五、存在的主要问题及改进情况",
        ]
    )


def test_two_stacked_parts_of_table_4_are_read_as_one_row() -> None:
    # j18 in small: was 5 cells for 15 columns, all 15 unread
    result = parse_tables(_text())
    assert _t4(result.to_dict()) == _expected()
    assert not any(f.startswith("t4.") for f in result.unread)


def test_a_suits_part_of_another_count_is_not_read_as_the_stack() -> None:
    result = parse_tables(_text(suit_values=DIRECT + AFTER[:4]))
    assert _t4(result.to_dict()) == {}


def test_a_first_part_naming_no_group_is_not_read() -> None:
    # without 行政复议 the five results could be any group's
    result = parse_tables(_text(review_caption="本机关情况"))
    assert _t4(result.to_dict()) == {}


@settings(max_examples=40, deadline=None)
@given(st.permutations(tuple(T4_COLUMNS)), st.permutations(tuple(T4_COLUMNS)))
def test_each_part_is_read_in_its_own_header_order(first: list[str], second: list[str]) -> None:
    text = "\n".join(
        [
            "行政复议",
            _pipes(tuple(WORDS[c] for c in first)),
            _pipes(REVIEW),
            "行政诉讼",
            "未经复议直接起诉 | 复议后起诉",
            _pipes(tuple(WORDS[c] for c in second) * 2),
            _pipes(DIRECT + AFTER),
        ]
    )
    got = _t4(parse_tables(text).to_dict())
    want = {f"t4.review.{c}": v for c, v in zip(first, REVIEW, strict=True)}
    for group, values in (("suit_direct", DIRECT), ("suit_after_review", AFTER)):
        want.update({f"t4.{group}.{c}": v for c, v in zip(second, values, strict=True)})
    assert got == want


def _html(caption: str) -> str:
    head = "".join(f"<td>{w}</td>" for w in WORDS.values())
    row = "".join(f"<td>{v}</td>" for v in REVIEW)
    suits = "".join(f"<td>{v}</td>" for v in DIRECT + AFTER)
    return (
        "<html><body><h3>四、政府信息公开行政复议、行政诉讼情况</h3>"
        "<p>本年度被申请行政复议8件。</p>"
        f"<p><strong>{caption}</strong></p><table><tr>{head}</tr><tr>{row}</tr></table>"
        "<p><strong>行政诉讼</strong></p><table>"
        '<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>'
        f"<tr>{head}{head}</tr><tr>{suits}</tr></table>"
        "<h3>五、存在的主要问题及改进情况</h3><p>无。</p></body></html>"
    )


def test_an_html_part_captioned_review_is_read() -> None:
    # j05 in small: the caption <p><strong>行政复议</strong></p> names the first part
    row = govinfo_nlp.parse(_html("行政复议").encode(), stages=("tables",)).to_dict()
    assert _t4(row["tables"]) == _expected()


def test_an_html_part_with_another_caption_is_not_read() -> None:
    row = govinfo_nlp.parse(_html("附表").encode(), stages=("tables",)).to_dict()
    assert _t4(row["tables"]) == {}
