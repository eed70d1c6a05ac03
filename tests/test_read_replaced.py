"""A text saved after a lossy decode of part of its page (meta19 t30: a GBK site's
lines read as UTF-8, U+FFFD in their place, then saved as UTF-8) is read, with a
warning, when its Chinese text outnumbers the replacement characters; it was refused
whole as binary before. Mostly replacement characters, or other controls, are still
refused."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govinfo_nlp import parse
from govinfo_nlp.errors import UnreadableDocument
from govinfo_nlp.read import read

REPORT = (
    "衡阳市蒸湘区人民政府2020年政府信息公开工作年度报告\n"
    "根据《中华人民共和国政府信息公开条例》规定，现公布衡阳市蒸湘区人民政府2020年政府信息公开"
    "工作年度报告。本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n"
    "一、总体情况\n2020年，区政府坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实"
    "《中华人民共和国政府信息公开条例》，政府信息公开工作取得新的进展。\n"
    "二、主动公开政府信息情况\n全年主动公开政府信息402条，其中规范性文件33件，政策解读17篇。"
    "区政府坚持以公开为常态、不公开为例外，及时发布群众关心关注的政策文件和办事指南。\n"
    "三、收到和处理政府信息公开申请情况\n全年收到政府信息公开申请9件，均已按期答复。\n"
    "四、政府信息公开行政复议、行政诉讼情况\n全年未发生政府信息公开行政复议、行政诉讼案件。\n"
)
CHROME = "衡阳市蒸湘区人民政府门户网站\n首页 | 信息公开 | 政务服务 | 互动交流\n"


def garbled(s: str) -> str:
    return s.encode("gbk").decode("utf-8", errors="replace")


def test_a_report_with_its_chrome_garbled_is_read_with_a_warning() -> None:
    data = (garbled(CHROME) + REPORT).encode("utf-8")
    doc = read(data)
    assert "衡阳市蒸湘区人民政府2020年" in doc.text
    assert any(w.startswith("read.replacement_characters") for w in doc.warnings)
    report = parse(data)
    assert report.metadata.agency == "衡阳市蒸湘区人民政府"
    assert report.metadata.year == 2020
    assert any(w.startswith("read.replacement_characters") for w in report.to_dict()["warnings"])


def test_a_clean_report_has_no_such_warning() -> None:
    assert not read(REPORT.encode("utf-8")).warnings


def test_mostly_replacement_characters_are_still_refused() -> None:
    # the whole report garbled: its Chinese characters are gone
    with pytest.raises(UnreadableDocument) as info:
        read((garbled(REPORT) + REPORT[:40]).encode("utf-8"))
    assert info.value.code == "binary"


def test_other_controls_are_still_refused_beside_chinese_text() -> None:
    with pytest.raises(UnreadableDocument):
        read((REPORT + "\x01\x02\x03" * 20).encode("utf-8"))


# OLE2's magic number then random bytes: with LibreOffice installed it was converted as
# text into a row of junk characters (hypothesis drew the magic number from the code)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@settings(max_examples=60, deadline=None)
@given(st.binary(min_size=1, max_size=400), st.integers(0, 40))
@example(_OLE + bytes(range(7, 57)), 0)
@example(_OLE, 5)
def test_random_bytes_with_replacement_characters_are_never_read(data: bytes, n: int) -> None:
    # random bytes around encoded U+FFFD: refused, or plausible text with few controls
    blob = data + "\ufffd".encode() * n
    try:
        doc = read(blob)
    except UnreadableDocument:
        return
    replaced = doc.text.count("\ufffd")
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in doc.text)
    assert replaced <= max(2, len(doc.text) // 200) or cjk >= 5 * replaced


@pytest.mark.parametrize("size", [8, 100, 2048])
def test_a_compound_file_header_that_is_only_its_magic_number_is_a_damaged_doc(size: int) -> None:
    # refused before any converter runs, the same with LibreOffice installed or not
    blob = _OLE + bytes((i * 37) % 251 for i in range(size))
    with pytest.raises(UnreadableDocument) as info:
        read(blob)
    assert info.value.code == "binary" and "damaged doc" in str(info.value)


def test_a_whole_compound_file_header_is_not_refused_as_damaged() -> None:
    from pathlib import Path

    from govinfo_nlp.readers.dispatch import ole_header_ok

    fixtures = Path(__file__).resolve().parents[1] / "datasets" / "fixtures"
    assert ole_header_ok((fixtures / "word2019.doc").read_bytes())
    assert not ole_header_ok(_OLE + bytes(2040))
