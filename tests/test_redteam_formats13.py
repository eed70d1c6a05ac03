"""The thirteenth blind format red team (datasets/redteam/formats13, made by its build.sh).

Built and its truth written before the readers were read; its first reading
(README, first_reading.txt) is the evidence. No file may give a wrong cell, a
wrong agency or year, or an unexpected error (``test_nothing_wrong``); the files
read completely are pinned (``test_every_cell``). Then the fixes the set led to,
each with a test that fails on the code before it: Safari's web archive (q08) and
blank marks PDF text gives as other characters (q16).
"""

from __future__ import annotations

import plistlib
import struct
import threading
from typing import Any

import pytest
from conftest import ROOT
from formats_redteam import BlindSet, load_truth
from hypothesis import given, settings
from hypothesis import strategies as st

import govinfo_nlp
from govinfo_nlp.errors import UnreadableDocument
from govinfo_nlp.read import read
from govinfo_nlp.tables.values import Absent, parse_cell

# file -> why it is not read completely now
LIMITS: dict[str, str] = {}


BLIND = BlindSet("formats13", LIMITS)
FILES, TRUTH, _score = BLIND.files, BLIND.truth, BLIND.score
test_the_corpus_is_there, test_nothing_wrong, test_every_cell = BLIND.tests()


# --- blank marks as PDF text gives them (q16) ------------------------------------------------


@pytest.mark.parametrize("cell", ["∕", "⁄", "⸺", "⸻", "⸺⸺", " ∕ "])
def test_blank_marks_pdf_text_gives_are_absent(cell: str) -> None:
    # a CJK font's ／ comes back from PDF text as U+2215 or U+2044, —— drawn as one glyph
    # as U+2E3A: read as labels they made q16's rows short and the sums gave them 0
    assert isinstance(parse_cell(cell), Absent)


def test_q16_blank_marks_stay_blank() -> None:
    truth = TRUTH["q16_pdf_fullwidth_digits_and_blank_marks.pdf"]
    result = _score(truth["file"])
    assert result["blank_ok"] == sum(v is None for v in truth["cells"].values()) == 42
    assert not result["wrong"]


# --- Safari's web archive (q08) --------------------------------------------------------------

_TABLE = (
    "<table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
    "<tr><td>规章</td><td>{a}</td><td>2</td><td>30</td></tr></table>"
)


def _page(a: str, extra: str = "") -> bytes:
    body = f"<p>一、总体情况</p><p>本年度主动公开信息12条。</p>{_TABLE.format(a=a)}{extra}"
    return f"<html><head><title>t</title></head><body>{body}</body></html>".encode()


def _archive(page: bytes, subs: list[dict[str, Any]] | None = None, **main: Any) -> bytes:
    res = {
        "WebResourceData": page,
        "WebResourceMIMEType": "text/html",
        "WebResourceTextEncodingName": "UTF-8",
        "WebResourceURL": "http://www.example.gov.cn/a.html",
        **main,
    }
    arch: dict[str, Any] = {"WebMainResource": res}
    if subs is not None:
        arch["WebSubresources"] = subs
    return plistlib.dumps(arch, fmt=plistlib.FMT_BINARY)


def test_q08_reads_as_the_page_it_holds() -> None:
    row = govinfo_nlp.parse(FILES / "q08_html_safari_webarchive.webarchive").to_dict()
    assert not row["errors"]
    assert row["metadata"]["agency"] == "邵阳市双清区自然资源局"
    assert len(row["tables"]) == 200


def test_a_webarchive_is_read_as_its_html(tmp_path: Any) -> None:
    path = tmp_path / "page.webarchive"
    path.write_bytes(_archive(_page("7")))
    doc = read(str(path))
    assert doc.format == "html"
    assert "本年度主动公开信息12条" in doc.visible
    assert [c.text for c in doc.html_tables[0].rows[1]] == ["规章", "7", "2", "30"]


def test_a_webarchive_from_bytes_and_in_its_declared_encoding() -> None:
    # Safari names the page's encoding as the server sent it (GBK, gb2312)
    doc = read(_archive(_page("7").decode().encode("gbk"), WebResourceTextEncodingName="GBK"))
    assert doc.encoding == "gbk"
    assert "本年度主动公开信息12条" in doc.visible


def test_a_webarchives_style_sheet_hides_what_it_hides() -> None:
    css = {"WebResourceData": b".old{display:none}", "WebResourceMIMEType": "text/css",
           "WebResourceURL": "http://www.example.gov.cn/a.css"}  # fmt: skip
    doc = read(_archive(_page('<span class="old">15</span>7'), [css]))
    assert doc.html_tables[0].rows[1][1].text == "7"
    # without the sheet the old figure is drawn and read with the new
    doc = read(_archive(_page('<span class="old">15</span>7'), []))
    assert doc.html_tables[0].rows[1][1].text == "157"


def test_a_webarchives_frame_is_put_in_place() -> None:
    frame_url = "http://www.example.gov.cn/frame.html"
    page = (
        b'<html><body><p>\xe7\xab\x99\xe7\x82\xb9</p><iframe src="'
        + frame_url.encode()
        + b'"></iframe></body></html>'
    )
    sub = {"WebMainResource": {"WebResourceData": _page("9"), "WebResourceMIMEType": "text/html",
                               "WebResourceTextEncodingName": "UTF-8", "WebResourceURL": frame_url}}  # fmt: skip
    arch = plistlib.loads(_archive(page))
    arch["WebSubframeArchives"] = [sub]
    doc = read(plistlib.dumps(arch, fmt=plistlib.FMT_BINARY))
    assert doc.html_tables and doc.html_tables[0].rows[1][1].text == "9"


def test_a_property_list_that_is_no_web_archive_is_refused() -> None:
    with pytest.raises(UnreadableDocument) as e:
        read(plistlib.dumps({"a": [1, 2]}, fmt=plistlib.FMT_BINARY))
    assert e.value.code == "binary"


def _nested(depth: int, cycle: bool = False) -> bytes:
    """A binary property list of ``depth`` one-element arrays nested in one another (built
    by hand: plistlib's writer recurses too), the innermost empty or, with ``cycle``,
    holding the outermost."""
    ref = 4
    body = bytearray(b"bplist00")
    offsets = []
    for i in range(depth):
        offsets.append(len(body))
        if i == depth - 1 and not cycle:
            body += b"\xa0"
        else:
            body += b"\xa1" + ((i + 1) % depth).to_bytes(ref, "big")
    table = len(body)
    for off in offsets:
        body += off.to_bytes(8, "big")
    body += struct.pack(">6xBBQQQ", 8, ref, depth, 0, table)
    return bytes(body)


def test_the_hand_built_list_is_what_plistlib_reads() -> None:
    assert plistlib.loads(_nested(3), fmt=plistlib.FMT_BINARY) == [[[]]]


@pytest.mark.parametrize(("depth", "cycle"), [(33, False), (5000, False), (4, True)])
def test_a_list_nested_deep_or_in_a_cycle_is_refused_on_a_small_stack(
    depth: int, cycle: bool
) -> None:
    # plistlib parses recursively (a C call per level): on a worker thread's small stack a
    # list nested thousands deep would overflow the C stack; it is refused before parsing
    data = _nested(depth, cycle)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            read(data)
        except BaseException as exc:  # the test looks at whatever came out
            errors.append(exc)

    old = threading.stack_size(256 * 1024)
    try:
        t = threading.Thread(target=run)
        t.start()
        t.join()
    finally:
        threading.stack_size(old)
    assert len(errors) == 1 and isinstance(errors[0], UnreadableDocument)
    assert errors[0].code == "binary"


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300), st.integers(0, 200))
def test_any_bytes_after_the_magic_are_read_or_refused(tail: bytes, cut: int) -> None:
    real = _archive(_page("7"))
    for data in (b"bplist00" + tail, real[: len(real) - cut] + tail[:cut]):
        try:
            doc = read(data)
        except UnreadableDocument as e:
            assert e.code in ("binary", "encoding", "empty", "html")
        else:
            assert doc.format == "html"


# --- the reach of a rule that may hide (session 25's leftover) -------------------------------


def _cells(page: str, fast: bool) -> list[list[list[str]]]:
    from govinfo_nlp.read import _render_html

    _, _, tables, _ = _render_html(page, fast=fast)
    return [[[c.text for c in row] for row in t.rows] for t in tables]


def _two_tables(
    style: str, first: str = 'class="r"', second: str = 'class="m"', wrap: str = ""
) -> str:
    rows = "".join(
        f'<tr class="k{i}"><td>行{i}</td><td>{i}1</td><td>{i}2</td></tr>' for i in range(3)
    )
    tables = f"<table {first}>{rows}</table><table {second}>{rows}</table>"
    if wrap:
        tables = f"<div {wrap}>{tables}</div>"
    return f"<html><head><style>{style}</style></head><body>{tables}</body></html>"


_SHOWN = [["行0", "01", "02"], ["行1", "11", "12"], ["行2", "21", "22"]]


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize(
    "style",
    [
        # a responsive page hiding another table's column on phones
        "@media (max-width:600px){.m td:nth-child(3){display:none}}",
        "@media (max-width:600px){table.m td:nth-child(3){display:none}}",
        ".m tr:first-child > td:last-child{display:none}",
    ],
)
def test_a_rule_under_another_tables_class_leaves_this_table_read(style: str, fast: bool) -> None:
    first, second = _cells(_two_tables(style), fast)
    assert first == _SHOWN
    assert second != _SHOWN and all("?" in "".join(r) for r in second[:1])


@pytest.mark.parametrize("fast", [True, False])
def test_a_rule_on_a_rows_class_reaches_those_rows_only(fast: bool) -> None:
    first, second = _cells(_two_tables("@media (min-width:1px){tr.k1{display:none}}"), fast)
    for t in (first, second):
        assert t[0] == _SHOWN[0] and t[2] == _SHOWN[2]
        assert t[1][1:] == ["?", "?"]


@pytest.mark.parametrize("fast", [True, False])
def test_a_rule_on_a_tables_class_reaches_that_table_only(fast: bool) -> None:
    first, second = _cells(_two_tables("table.m:first-of-type{display:none}"), fast)
    assert first == _SHOWN and all(c == "?" for r in second for c in r)


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize(
    ("style", "wrap"),
    [
        # the class is on a <div> around both tables: the rule reaches every table
        (".m td:last-child{display:none}", 'class="m"'),
        # no class: every table
        ("td:last-child{display:none}", ""),
        # a class the page gives to a row as well as to a table: not a table's scope
        (".k1 td:last-child{display:none}", ""),
    ],
)
def test_a_rule_whose_scope_is_not_a_tables_leaves_every_table_unsure(
    style: str, wrap: str, fast: bool
) -> None:
    for t in _cells(_two_tables(style, wrap=wrap), fast):
        assert all(r[1:] == ["?", "?"] for r in t)


# --- cells in Chinese numerals (formats12 p01, session 25's leftover) ------------------------

_ZH = "〇一二三四五六七八九"


def _zh(n: int) -> str:
    """A count in Chinese numerals as people type them (十二, 一百零五, 一千零四)."""
    if n == 0:
        return "〇"
    out, zero = "", False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, unit)
        if d:
            out += "零" if zero and out else ""
            zero = False
            out += ("" if unit == 10 and d == 1 and not out else _ZH[d]) + name
        elif out:
            zero = True
    return out


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("三", 3),
        ("十", 10),
        ("十二", 12),
        ("二十三", 23),
        ("一百零五", 105),
        ("两", 2),
        ("一千二百零四", 1204),
        ("三千零四", 3004),
        (" 二十 ", 20),
    ],
)
def test_a_cell_in_chinese_numerals_is_its_number(cell: str, value: int) -> None:
    parsed = parse_cell(cell)
    assert parsed is not None and not isinstance(parsed, Absent)
    assert parsed.value == value and type(parsed.value) is int


@pytest.mark.parametrize(
    # digits in a row are a year or a code (二〇二一), or "three or five" (三五); a bare
    # 百 or 千 is a word; an ordinal or a list mark is a label
    "cell",
    ["三五", "一〇", "二〇二一", "百", "千", "三、", "第三", "（三）", "三项", "十二五"],
)
def test_a_cell_of_numeral_characters_that_is_no_count_is_no_value(cell: str) -> None:
    assert parse_cell(cell) is None


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 9999))
def test_every_count_typed_in_numerals_reads_back(n: int) -> None:
    parsed = parse_cell(_zh(n))
    assert parsed is not None and not isinstance(parsed, Absent) and parsed.value == n


def test_a_numeral_ends_no_value_in_text_lines() -> None:
    # PDF and text lines are cut into cells by value tokens; a label's first character
    # (三、本年度办理结果 drawn one character a line) must not open a value there
    from govinfo_nlp.tables.values import may_end_value

    # (〇 and 零 alone are written zeros, values.json ``zero``, since formats6 i18)
    assert not any(may_end_value(c) for c in "一二三四五六七八九十百千两")


def _with_serial_column(page: str, ordinal: Any) -> str:
    """``page`` with a first column 序号 numbering every row of every table."""
    import re

    def number(table: re.Match[str]) -> str:
        rows = iter(range(10_000))
        return re.sub(
            r"<tr>",
            lambda _m: (
                "<tr><td>" + (lambda i: "序号" if i == 0 else ordinal(i))(next(rows)) + "</td>"
            ),
            table.group(0),
        )

    return re.sub(r"<table.*?</table>", number, page, flags=re.S)


@pytest.mark.parametrize("ordinal", [str, _zh], ids=["arabic", "numerals"])
def test_a_serial_column_in_numerals_is_no_column_of_values(ordinal: Any) -> None:
    # a row's cells in numerals left of its label are ordinals: read as counts they gave
    # each row a cell too many and the sums a shifted placement (40 of 200 cells wrong)
    set12 = ROOT / "datasets" / "redteam" / "formats12"
    name = "p07_html_columns_in_another_order.html"
    page = _with_serial_column((set12 / "files" / name).read_text(encoding="utf-8"), ordinal)
    assert ">序号<" in page and f"<td>{ordinal(12)}</td>" in page
    row = govinfo_nlp.parse(page.encode("utf-8"), stages=("tables",)).to_dict()
    truth = load_truth(set12)[name]["cells"]
    assert row["tables"] == truth
