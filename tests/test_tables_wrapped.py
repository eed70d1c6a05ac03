"""Table 四 printed as PDF text: its header wrapped over lines (tables/table4.py).

A PDF's text layer (and text copied from one) prints the header of table 四 over
two to four lines when its cells wrap, the column words split anywhere
(结果 / 维持), with or without the title line 行政复议 行政诉讼, spaced or glued (a PDF
reader drops the space between close glyphs). The rule: the lines, read column by
column, spell the template's 15 columns in their fixed order and exactly 15 numbers
follow; then cell i is column i. Otherwise nothing is read, the table is said to be
found and not read (``tables.unread``) and its 15 fields are listed as unread.
"""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govinfo_nlp
from govinfo_nlp.schema import T4_COLUMNS, T4_GROUPS
from govinfo_nlp.tables import extract, parse_tables
from govinfo_nlp.tables.fast import read_text_fast
from govinfo_nlp.tables.grid import text_layout
from govinfo_nlp.tables.reading import Zones
from govinfo_nlp.tables.table4 import AMBIGUOUS, DAMAGED, REARRANGED, SPELT, wrapped_header

ROOT = Path(__file__).resolve().parents[1]
V15 = ROOT / "datasets" / "redteam" / "verdicts15" / "docs"
FIELDS = tuple(f"t4.{g}.{c}" for g in T4_GROUPS for c in T4_COLUMNS)
WORDS = tuple(T4_COLUMNS.values())  # 结果维持 结果纠正 其他结果 尚未审结 总计

# The report of v15_24 around its table 四 (a real-style report: tables 二 and 三 above).
_DOC = (V15 / "v15_24.txt").read_text(encoding="utf-8")
_HEAD = _DOC[: _DOC.index("行政复议                    行政诉讼")]
_TAIL = _DOC[_DOC.index("五、存在的主要问题及改进情况") :]

SETTINGS = settings(
    max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


def _t4(text: str) -> tuple[dict[str, object], list[str], tuple[str, ...]]:
    result = parse_tables(text)
    cells = {k: v for k, v in result.to_dict().items() if k.startswith("t4.")}
    return cells, list(result.warnings), tuple(f for f in result.unread if f.startswith("t4."))


def _unread(text: str) -> None:
    """Nothing of table 四 read; it is said found and not read, its fields unread."""
    cells, warnings, unread = _t4(text)
    assert cells == {}
    assert any(w.startswith("tables.unread: table 四") for w in warnings), warnings
    assert not any(w.startswith("tables.missing: table 四") for w in warnings)
    assert unread == FIELDS


# --- the five reports of verdicts15 ----------------------------------------------


@pytest.mark.parametrize("name", ["v15_04", "v15_11", "v15_17", "v15_24", "v15_28"])
def test_the_verdicts15_tables_are_read(name: str) -> None:
    text = (V15 / f"{name}.txt").read_text(encoding="utf-8")
    row = text[text.index("尚未审结 总计\n") + len("尚未审结 总计\n") :].splitlines()[0]
    numbers = [int(n) for n in row.split()]
    cells, warnings, unread = _t4(text)
    assert cells == dict(zip(FIELDS, numbers, strict=True))
    assert not [w for w in warnings if "table 四" in w]
    assert unread == ()


def test_a_report_whose_table_is_read_is_checked_against_it() -> None:
    report = govinfo_nlp.parse(V15 / "v15_24.txt")
    verdicts = {r.type: r.verdict for r in report.reconciliation if r.type.startswith("appeals")}
    assert verdicts == {"appeals.review": "consistent", "appeals.suit": "consistent"}


# --- found, not read ----------------------------------------------------------------


def test_fourteen_numbers_under_a_wrapped_header_are_not_read() -> None:
    text = _DOC.replace(
        "2  0  0  0  2  1  0  0  0  1  0  0  0  0  0", "2  0  0  0  2  1  0  0  0  1  0  0  0  0"
    )
    _unread(text)
    report = govinfo_nlp.parse(text)
    row = report.to_dict()
    assert set(FIELDS) <= set(row["tables_unread"])
    assert any(n["code"] == "tables.unread" for n in row["notices"])
    # an unread cell is no blank: the claims about it cannot be checked, never contradicted
    verdicts = {r.type: r.verdict for r in report.reconciliation if r.type.startswith("appeals")}
    assert verdicts == {"appeals.review": "unverifiable", "appeals.suit": "unverifiable"}


def test_sixteen_numbers_under_a_wrapped_header_are_not_read() -> None:
    _unread(_DOC.replace("0  0  0  0  0\n五、", "0  0  0  0  0  0\n五、"))


def test_a_wrapped_header_in_another_order_is_not_read() -> None:
    # 纠正 before 维持 on the second line: the first two columns swapped
    _unread(
        _DOC.replace("维持 纠正 结果 审结        结果维持", "纠正 维持 结果 审结        结果维持")
    )


def test_a_wrapped_header_with_a_word_lost_is_not_read() -> None:
    _unread(_DOC.replace("维持 纠正 结果 审结        结果维持", "维持 纠正 结果          结果维持"))


_HEADING = "四、政府信息公开行政复议、行政诉讼情况\n"
_SECTION = _DOC[_DOC.index(_HEADING) : _DOC.index("五、存在的主要问题及改进情况")]


@pytest.mark.parametrize("count", [10, 14, 16])
def test_numbers_under_the_heading_not_15_are_found_not_read(count: int) -> None:
    # no header at all: 15 numbers are read in the standard order (tables.header); 10 or
    # more others are most of table 四's row, which cell is missing or extra unknown
    _unread(_DOC.replace(_SECTION, _HEADING + "  ".join(["1"] * count) + "\n"))


def test_nine_numbers_under_the_heading_are_no_table() -> None:
    cells, warnings, unread = _t4(_DOC.replace(_SECTION, _HEADING + "  ".join(["1"] * 9) + "\n"))
    assert cells == {} and unread == ()
    assert "tables.missing: table 四 not found" in warnings


def test_a_table_read_after_one_found_and_not_read_is_read() -> None:
    # table 四's row first without 15 numbers under its heading, then whole under its header
    cells, warnings, unread = _t4(_DOC.replace(_HEADING, _HEADING + "  ".join(["1"] * 14) + "\n"))
    assert cells["t4.review.total"] == 2 and len(cells) == 15
    assert not [w for w in warnings if w.startswith("tables.unread")]
    assert unread == ()


def test_numbers_wrapped_over_two_lines_are_read() -> None:
    text = _DOC.replace("2  0  0  0  2  1  0  0  0  1  0", "2  0  0  0  2  1  0  0\n0  1  0")
    cells, _, _ = _t4(text)
    assert cells["t4.review.total"] == 2 and cells["t4.suit_direct.total"] == 1
    assert len(cells) == 15


def test_the_shapes_of_lines_a_wrapped_header_is_told_by() -> None:
    v15 = [
        "行政复议 行政诉讼",
        "结果 结果 其他 尚未 总计 未经复议直接起诉 复议后起诉",
        "维持 纠正 结果 审结 " + " ".join(WORDS * 2),
    ]
    assert wrapped_header(v15) == SPELT
    glued = ["".join(line.split()) for line in v15]  # as the PDF reader gives it
    assert wrapped_header(glued) == SPELT
    swapped = [*v15[:2], v15[2].replace("维持 纠正", "纠正 维持", 1)]
    assert wrapped_header(swapped) == REARRANGED
    assert wrapped_header([*v15[:2], v15[2].replace("审结", "", 1)]) == DAMAGED
    assert wrapped_header([*v15, "单位:件"]) is None  # another word: not this reader's
    assert wrapped_header(v15[2:]) is None  # one line: not wrapped
    assert wrapped_header(["行政复议", "结果维持"] * 3) is None  # one cell a line: six lines
    # 其他结果 a line higher than its neighbours: over the third or the fourth column?
    higher = [
        "行政复议 未经复议直接起诉 复议后起诉",
        "其他结果 总",
        " ".join(WORDS * 2) + " 结果维持 结果纠正 尚未审结 计",
    ]
    assert wrapped_header(higher) == AMBIGUOUS
    _unread(_document(higher, "  ".join(["0"] * 15)))


# --- any wrap -----------------------------------------------------------------------

_SEPARATORS = st.sampled_from([" ", "  ", "      ", "\u3000", " \u3000", ""])


@st.composite
def _layouts(draw: st.DrawFn, *, swap: bool = False) -> tuple[list[str], list[str], bool]:
    """Header lines of table 四 wrapped anywhere, the header's columns in order, and
    whether a column word is wrapped (its pieces on two lines).

    Cells are placed on a grid (line, column) as a page prints them; a line is its
    cells left to right. With ``swap`` two different words of one group change place.
    """
    words = [w for _ in T4_GROUPS for w in WORDS]
    if swap:
        group = draw(st.integers(0, 2))
        a, b = sorted(draw(st.lists(st.integers(0, 4), min_size=2, max_size=2, unique=True)))
        words[5 * group + a], words[5 * group + b] = words[5 * group + b], words[5 * group + a]
    title = draw(st.booleans())  # 行政复议 | 行政诉讼 on a line of their own
    entries: list[tuple[int, int, str]] = []
    if title:
        entries += [(0, 0, "行政复议"), (0, 5, "行政诉讼"), (1, 5, "未经复议直接起诉")]
        entries += [(1, 10, "复议后起诉")]
        # v15's shape: 行政复议's column words start on the line of the suit groups
        first_row = {0: draw(st.sampled_from([1, 2])), 5: 2, 10: 2}
    else:
        entries += [(0, 0, "行政复议"), (0, 5, "未经复议直接起诉"), (0, 10, "复议后起诉")]
        first_row = {0: 1, 5: 1, 10: 1}
    rows = draw(st.integers(1, 3))  # lines of column words
    split = False
    for g in range(0, 15, 5):
        group: list[list[str]] = []
        for word in words[g : g + 5]:
            cuts = draw(st.lists(st.integers(0, len(word)), min_size=rows - 1, max_size=rows - 1))
            cuts.sort()
            group.append([word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)], strict=True)])
        if all(sum(map(bool, pieces)) == 1 for pieces in group):
            # no word of the group wrapped: its words on one line (see the known limit)
            group = [["".join(pieces)] for pieces in group]
        else:
            split = True
        for c, pieces in enumerate(group, start=g):
            for r, piece in enumerate(pieces):
                if piece:
                    entries.append((first_row[g] + r, c, piece))
    lines = []
    for r in range(max(e[0] for e in entries) + 1):
        cells = [text for _, _, text in sorted(e for e in entries if e[0] == r)]
        if cells:
            lines.append(draw(_SEPARATORS).join(cells))
    assert 2 <= len(lines) <= 5
    return lines, words, split


@st.composite
def _numbers(draw: st.DrawFn, count: int = 15) -> tuple[list[int], str]:
    """A row of ``count`` numbers as printed: spaced, maybe wrapped over two lines."""
    numbers = draw(st.lists(st.integers(0, 60), min_size=count, max_size=count))
    sep = draw(st.sampled_from(["  ", " ", "\t", "\u3000", "    "]))
    texts = [str(n) for n in numbers]
    if draw(st.booleans()):
        at = draw(st.integers(1, count - 1))
        return numbers, sep.join(texts[:at]) + "\n" + sep.join(texts[at:])
    return numbers, sep.join(texts)


def _document(lines: list[str], row: str) -> str:
    return _HEAD + "\n".join(lines) + "\n" + row + "\n" + _TAIL


@SETTINGS
@given(_layouts(), _numbers())
def test_a_wrapped_header_over_15_numbers_is_read(
    layout: tuple[list[str], list[str], bool], row: tuple[list[int], str]
) -> None:
    lines, _, _ = layout
    numbers, printed = row
    cells, warnings, unread = _t4(_document(lines, printed))
    truth = dict(zip(FIELDS, numbers, strict=True))
    if wrapped_header(lines) == AMBIGUOUS:
        # a word a line higher than its neighbours: read only when whole groups of
        # whole words make the order plain, else found and not read
        assert cells in ({}, truth)
        assert bool(cells) != (unread == FIELDS)
        return
    assert wrapped_header(lines) == SPELT
    assert cells == truth
    assert not [w for w in warnings if "table 四" in w]
    assert unread == ()


@SETTINGS
@given(_layouts(swap=True), _numbers())
def test_a_wrapped_header_in_another_order_is_never_read(
    layout: tuple[list[str], list[str], bool], row: tuple[list[int], str]
) -> None:
    lines, _, split = layout
    _, printed = row
    cells, _, unread = _t4(_document(lines, printed))
    if split:
        # a word wrapped: read column by column, the header is not the template's, or
        # might not be (a word a line higher than its neighbours has no column in text)
        assert wrapped_header(lines) in (REARRANGED, AMBIGUOUS)
        assert cells == {} and unread == FIELDS
    # (whole words in whole groups a line are header cells, read in their order by
    # headers.t4_order, as before)


@pytest.mark.xfail(strict=True, reason="known limit: whole words at two heights")
def test_whole_words_at_two_heights_are_read_where_their_lines_put_them() -> None:
    """A header of whole words (none wrapped) is read in reading order, as a header of
    cells (headers.t4_order): right when a line flows on to the next (a text reflowed,
    the generator's pdf_text layout), wrong when one word is printed a line higher
    than its neighbours (尚未审结 over the fourth column here, read first)."""
    lines = [
        "行政复议 未经复议直接起诉 复议后起诉",
        "尚未审结",
        "结果维持 结果纠正 其他结果 总计 " + " ".join(WORDS * 2),
    ]
    numbers = list(range(1, 16))
    cells, _, _ = _t4(_document(lines, "  ".join(map(str, numbers))))
    assert cells in ({}, dict(zip(FIELDS, numbers, strict=True)))


@SETTINGS
@given(_layouts(), st.sampled_from([13, 14, 16]), st.data())
def test_a_row_not_of_15_numbers_under_a_wrapped_header_is_not_read(
    layout: tuple[list[str], list[str], bool], count: int, data: st.DataObject
) -> None:
    lines, _, split = layout
    _, printed = data.draw(_numbers(count))
    if not split:
        return  # every word whole on its line: the header of cells, read as before
    _unread(_document(lines, printed))


@SETTINGS
@given(_layouts(), st.data())
def test_a_header_with_a_piece_lost_gives_the_right_cells_or_none(
    layout: tuple[list[str], list[str], bool], data: st.DataObject
) -> None:
    lines, _, _ = layout
    numbers, printed = data.draw(_numbers())
    k = data.draw(st.integers(0, len(lines) - 1))
    pieces = lines[k].split()
    if len(pieces) < 2:
        return
    drop = data.draw(st.integers(0, len(pieces) - 1))
    damaged = [*lines[:k], " ".join(pieces[:drop] + pieces[drop + 1 :]), *lines[k + 1 :]]
    cells, _, _ = _t4(_document(damaged, printed))
    truth = dict(zip(FIELDS, numbers, strict=True))
    assert all(truth[f] == v for f, v in cells.items())


def test_the_fast_reader_gives_what_the_general_one_gives() -> None:
    """The fast reader (tables/fast.py) reads a spelt header over 15 numbers itself and
    leaves the rest to the general reader: the same result either way."""
    texts = [
        _DOC,
        _DOC.replace("0  0  0  0  0\n五、", "0  0  0  0\n五、"),
        _DOC.replace("维持 纠正 结果 审结        结果维持", "纠正 维持 结果 审结        结果维持"),
    ]
    # (taken where it reads, declined where the general reader says found-not-read)
    taken = [read_text_fast(text_layout(t), Zones(), 2019) is not None for t in texts]
    assert taken == [True, False, False]
    for text in texts:
        fast = parse_tables(text)
        with mock.patch.object(extract, "read_text_fast", return_value=None):
            general = parse_tables(text)
        assert fast.to_dict() == general.to_dict()
        assert (fast.warnings, fast.unread) == (general.warnings, general.unread)


# --- the PDF path -------------------------------------------------------------------


def test_the_pdf_of_a_wrapped_header_is_read() -> None:
    """datasets/fixtures/t4_wrapped_header.pdf: v15_24.txt printed by LibreOffice
    (``soffice --headless --infilter="Text (encoded):UTF8,,," --convert-to pdf``): the
    PDF reader glues the header's words (结果结果其他尚未总计未经复议直接起诉)."""
    pytest.importorskip("pdfplumber")
    report = govinfo_nlp.parse(ROOT / "datasets" / "fixtures" / "t4_wrapped_header.pdf")
    cells = {k: v.value for k, v in report.tables.values.items() if k.startswith("t4.")}
    numbers = [2, 0, 0, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]
    assert cells == dict(zip(FIELDS, numbers, strict=True))
    verdicts = {r.type: r.verdict for r in report.reconciliation if r.type.startswith("appeals")}
    assert verdicts == {"appeals.review": "consistent", "appeals.suit": "consistent"}
