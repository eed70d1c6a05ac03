"""read(): encodings, formats, and clear errors for what cannot be read."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import pytest
from conftest import seed_path
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govinfo_nlp.errors import GovinfoError, UnreadableDocument
from govinfo_nlp.read import decode, read
from govinfo_nlp.readers.ideographs import unify

SAMPLE = "一、总体情况\n2020年，本机关主动公开政府信息105条，办结依申请公开65件。\n"


@pytest.mark.parametrize(
    ("encoding", "reported"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("utf-16-le", "utf-16-le"),
        ("gb18030", "gb18030"),
        ("gbk", "gb18030"),
        ("big5", "big5"),
    ],
    ids=lambda v: v,
)
def test_decodes_common_encodings(encoding: str, reported: str) -> None:
    text = (
        SAMPLE
        if encoding != "big5"
        else "一、總體情況\n本機關主動公開政府信息105條，辦結依申請公開65件。\n"
    )
    decoded, used = decode(text.encode(encoding))
    assert decoded == text
    assert used == reported


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"   \n\t  \n", "empty"),
        (bytes(range(256)) * 8, None),
        (b"\x00" * 500, None),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), None),
        (b"\xff\xfe\x00\xd8" * 3, None),
    ],
    ids=["empty", "whitespace", "all-bytes", "nuls", "png", "broken-utf16"],
)
def test_unreadable_bytes_raise_one_error_family(data: bytes, code: str | None) -> None:
    with pytest.raises(UnreadableDocument) as info:
        read(data)
    assert isinstance(info.value, GovinfoError)
    if code:
        assert info.value.code == code


@settings(max_examples=60, deadline=None)
@given(st.binary(min_size=1, max_size=400))
@example(b"\xf1\x80\x80\x80\x00\x00")  # valid UTF-8: U+40000 and two NULs (found by hypothesis)
def test_random_bytes_never_give_garbage_text(data: bytes) -> None:
    try:
        doc = read(data)
    except UnreadableDocument:
        return
    # If random bytes do decode, the result must at least be plausible text.
    assert doc.text.strip()
    assert sum(not (c.isprintable() or c in "\t\n\r\f") for c in doc.text) <= max(
        2, len(doc.text) // 200
    )


@pytest.mark.parametrize("pad", ["\u00a0", "\u3000", "\u2003"], ids=["nbsp", "ideographic", "em"])
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16"])
def test_whitespace_padded_tables_are_text(pad: str, encoding: str) -> None:
    row = "|" + "|".join(pad * 7 + "0" for _ in range(7)) + "|\n"
    text = "三、收到和处理政府信息公开申请情况\n" + "一、本年新收政府信息公开申请数量 " + row * 30
    if encoding == "gb18030" and pad == "\u2003":
        pad = "\u3000"
        text = text.replace("\u2003", pad)
    decoded, _ = decode(text.encode(encoding))
    assert decoded == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_of_mostly_ascii(encoding: str) -> None:
    text = "Page 1 | 2020 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n" * 20 + "政府信息公开工作年度报告\n"
    assert decode(text.encode(encoding)) == (text, encoding)


def test_path_str_and_pathlike(tmp_path: os.PathLike[str]) -> None:
    path = os.path.join(tmp_path, "r.txt")
    with open(path, "w", encoding="gb18030") as fh:
        fh.write(SAMPLE)
    from pathlib import Path

    for source in (path, Path(path)):
        doc = read(source)
        assert doc.text == SAMPLE
        assert doc.encoding == "gb18030"
        assert doc.path == path
    assert read(SAMPLE).encoding == "str"


def test_missing_file_is_taken_as_text_not_a_crash() -> None:
    doc = read("一、总体情况 本年度无申请")
    assert doc.format == "text"


def test_seed_copies_in_other_encodings_read_identically(tmp_path: os.PathLike[str]) -> None:
    original = seed_path("000").read_text("utf-8")
    for encoding in ("gb18030", "utf-16", "utf-8-sig"):
        path = os.path.join(tmp_path, f"copy-{encoding}.txt")
        with open(path, "w", encoding=encoding, newline="") as fh:
            fh.write(original)
        assert read(path).text == original


HTML = """<!DOCTYPE html><html><head><title>t</title><script>var x = 1;</script></head>
<body><div class="crumb">首页 &gt; 政务公开</div>
<p>一、总体情况</p><p>本机关&nbsp;公开信息<b>105</b>条。</p>
<table><tr><td rowspan="2">信息内容</td><td colspan="3">本年新<br>制作数量</td></tr>
<tr><td>规章</td><td>6</td><td>&nbsp;</td></tr></table>
</body></html>"""


def test_html_visible_text_maps_back_to_source() -> None:
    doc = read(HTML.encode("utf-8"))
    assert doc.format == "html"
    assert "var x" not in doc.visible
    assert "本机关 公开信息105条。" in doc.visible.replace("\xa0", " ")
    assert len(doc.visible_offsets) == len(doc.visible) + 1
    for i, ch in enumerate(doc.visible):
        src = doc.text[doc.visible_offsets[i]]
        if ch.strip() and ch not in "|\xa0>":
            assert src == ch, (i, ch, src)


def test_html_tables_keep_spans_and_offsets() -> None:
    doc = read(HTML, format="html")
    (table,) = doc.html_tables
    first, second = table.rows
    assert [(c.text, c.rowspan, c.colspan) for c in first] == [
        ("信息内容", 2, 1),
        ("本年新\n制作数量", 1, 3),
    ]
    assert [c.text for c in second] == ["规章", "6", "\xa0"]
    six = second[1]
    assert doc.text[six.start : six.end] == "6"
    assert doc.text[first[0].start : first[0].end] == "信息内容"


def test_a_missing_path_is_an_error_not_a_one_line_report(tmp_path: os.PathLike[str]) -> None:
    from govinfo_nlp import parse

    missing = os.path.join(tmp_path, "no-such-report.txt")
    with pytest.raises(UnreadableDocument) as info:
        read(missing)
    assert info.value.code == "io"
    report = parse(missing)
    assert report.errors and report.errors[0].startswith("read.io")
    assert report.source == missing


@pytest.mark.parametrize("text", ["政府資訊公開", "本機關", "政府信息公開工作年度報告"])
def test_short_big5_is_not_read_as_gb18030_garbage(text: str) -> None:
    assert decode(text.encode("big5")) == (text, "big5")


def test_a_table_nested_in_a_cell_is_that_cells_text() -> None:
    html = (
        "<table><tr><td>规章</td><td><table><tr><td><span>6</span></td></tr></table></td>"
        "<td>7</td></tr></table>"
    )
    doc = read(html, format="html")
    (table,) = doc.html_tables
    assert [c.text for c in table.rows[0]] == ["规章", "6", "7"]
    six = table.rows[0][1]
    assert doc.text[six.start : six.end] == "6"


# Characters the control count reads at a time (govinfo_nlp.read is also the name of
# its function read)
_PIECE = importlib.import_module("govinfo_nlp.read")._CONTROL_PIECE
# Code points of every kind the control check tells apart: ASCII and C1
# controls, U+FFFD, private use, CJK, and planes beyond the BMP (4-16 among them).
_ANY_CHAR = st.one_of(
    st.characters(max_codepoint=0xFF),
    st.characters(min_codepoint=0xE000, max_codepoint=0xFFFF),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x10000),
)


@settings(deadline=None)  # the first example builds the table (a scan of the BMP)
@given(st.text(_ANY_CHAR, max_size=60))
@example("x\U00040000\x00\ufffd")
@example("\x01" * (_PIECE + 6) + "正文" * _PIECE + "\x85")  # controls in several pieces
@example("正文" * _PIECE + "\U00040000")  # beyond the BMP after the first piece
def test_control_count_is_the_patterns(text: str) -> None:
    # the numpy count that replaced the pattern's scan counts the same characters
    module = sys.modules["govinfo_nlp.read"]
    assert module._count_controls(text) == len(module._CONTROL.findall(text))


@pytest.mark.parametrize(
    "path",
    ["a.txt", "A.HTML", "d/a.b.PDF", "a.", "a..", ".bashrc", "..", "a/b.txt/", "x.txt/.", "/"],
)
def test_suffix_is_paths(path: str) -> None:
    module = sys.modules["govinfo_nlp.read"]
    assert module._suffix(path) == Path(path).suffix.lower()


def test_a_file_that_grows_while_read_is_read_to_its_end(tmp_path: os.PathLike[str]) -> None:
    # os.read may return fewer bytes than asked; _read_fd reads on to the end
    module = sys.modules["govinfo_nlp.read"]
    path = os.path.join(os.fspath(tmp_path), "r.txt")
    with open(path, "wb") as out:
        out.write(SAMPLE.encode() * 50)
    fd = os.open(path, os.O_RDONLY)
    try:
        assert module._read_fd(fd, 10) == (SAMPLE.encode() * 50)[:10]
        rest = module._read_fd(fd, 10**6)
    finally:
        os.close(fd)
    assert rest == (SAMPLE.encode() * 50)[10:]


_MIME_LINES = [
    b"MIME-Version: 1.0",
    b"Content-Type: multipart/related;",
    b'\tboundary="x"',
    b"From: <Saved by Blink>",
    b"",
    b"\xe4\xb8\x80\xe3\x80\x81",
    b"<html>",
    b"x: y",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MIME_LINES), max_size=8), st.sampled_from([b"\n", b"\r\n", b"\r"]))
def test_web_archive_sniff_is_the_header_block_rule(lines: list[bytes], eol: bytes) -> None:
    # is_web_archive refuses a first line that is no header line before splitting the
    # header block out: the same answer as the block's rule alone
    import re

    from govinfo_nlp.readers.mhtml import _HEADER_LINE, _MIME, _RELATED, is_web_archive

    data = eol.join(lines)
    head = re.split(rb"\r?\n\r?\n", data[:8192], maxsplit=1)[0]
    block = head.splitlines()
    want = (
        bool(block)
        and all(_HEADER_LINE.match(line) for line in block)
        and bool(_MIME.search(head) and _RELATED.search(head))
    )
    assert is_web_archive(data) == want


@settings(max_examples=200, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            ["一", "年", "1", " ", "\n", "\r\n", "\t", "|", "\x85", "\u2028", "\u2029", "⼀"]
        ),
        max_size=60,
    ).map(lambda parts: "年" + "".join(parts))
)
def test_a_plain_text_is_held_once_unless_its_line_ends_change(text: str) -> None:
    """A text without NEL/LS/PS (and no radical to unify) is read as one string, not a
    copy beside it (speed29: the second copy was part of a small report's peak); the
    text seen is that of translating its line ends and unifying, as before."""
    doc = read(text, format="text")
    expected = unify(text.translate({0x85: "\n", 0x2028: "\n", 0x2029: "\n"}))
    assert doc.visible == expected
    assert (doc.visible is doc.text) == (expected == doc.text)
