"""Build the inputs of the hostile19 red team (session 19, robust19) into a directory.

Every case's files are generated here at check time (nothing big is committed): the
bombs are a few hundred KB on disk and hundreds of MB unpacked. Written before the
library's batch, CLI or reader code was read, from README/SCHEMA and the earlier red
teams' names only (see README.md).

    python datasets/redteam/hostile19/build.py OUTDIR [CASE ...]

``build(case, d)`` writes case ``case``'s files under ``d``; ``check.py`` calls it.
"""

from __future__ import annotations

import gzip
import io
import os
import struct
import sys
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "datasets" / "samples"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT_DOCX = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.styles+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/styles" Target="styles.xml"/></Relationships>'
)
STYLES = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}"/>'


def sample(n: int = 1) -> str:
    name = sorted(p for p in SAMPLES.glob(f"s0{n}_*.txt"))[0]
    return name.read_text(encoding="utf-8")


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras(text: str) -> str:
    return "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{esc(line)}</w:t></w:r></w:p>" for line in text.splitlines())


def document_xml(body: str, doctype: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + doctype
        + f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    )


def write_docx(path: Path, doc: str, styles: str = STYLES) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT_DOCX)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", doc)
        z.writestr("word/styles.xml", styles)


def write_streamed_member(z: zipfile.ZipFile, name: str, head: bytes, unit: bytes, n: int, tail: bytes) -> None:
    """A member of ``len(head) + n * len(unit) + len(tail)`` bytes, written without holding it."""
    info = zipfile.ZipInfo(name, date_time=(2021, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    with z.open(info, "w", force_zip64=True) as f:
        f.write(head)
        block = unit * max(1, (1 << 20) // len(unit))
        per = (1 << 20) // len(unit)
        left = n
        while left >= per:
            f.write(block)
            left -= per
        f.write(unit * left)
        f.write(tail)


def patch_member(path: Path, name: str, *, size: int | None = None, flag: int | None = None) -> None:
    """Rewrite the local and central headers of member ``name`` (declared size, flag bits)."""
    data = bytearray(path.read_bytes())
    bname = name.encode()
    # central directory entries: PK\1\2
    pos = 0
    while True:
        pos = data.find(b"PK\x01\x02", pos)
        if pos < 0:
            break
        nlen = struct.unpack_from("<H", data, pos + 28)[0]
        if bytes(data[pos + 46 : pos + 46 + nlen]) == bname:
            local = struct.unpack_from("<I", data, pos + 42)[0]
            if size is not None:
                struct.pack_into("<I", data, pos + 24, size)
                struct.pack_into("<I", data, local + 22, size)
            if flag is not None:
                old = struct.unpack_from("<H", data, pos + 8)[0]
                struct.pack_into("<H", data, pos + 8, old | flag)
                old = struct.unpack_from("<H", data, local + 6)[0]
                struct.pack_into("<H", data, local + 6, old | flag)
        pos += 4
    path.write_bytes(bytes(data))


# ---------------------------------------------------------------- PDF by hand


def pdf_bytes(objects: list[bytes], root: int = 1, *, prev_loop: bool = False) -> bytes:
    """A PDF from numbered objects (1-based bodies, without ``obj``/``endobj``), valid xref."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    trailer = b"/Size %d /Root %d 0 R" % (len(objects) + 1, root)
    if prev_loop:
        trailer += b" /Prev %d" % xref
    out.write(b"trailer\n<< " + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def stream(data: bytes, extra: bytes = b"", *, length: bytes | None = None) -> bytes:
    ln = length if length is not None else b"%d" % len(data)
    return b"<< /Length " + ln + b" " + extra + b" >>\nstream\n" + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
TEXT_OPS = b"BT /F1 12 Tf 72 720 Td (Annual report 2021: 12 requests received, 11 closed.) Tj ET\n"


def simple_pdf(content: bytes, *, pages_extra: bytes = b"", kids_extra: bytes = b"", page_extra: bytes = b"") -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R" + kids_extra + b"] /Count 1 " + pages_extra + b">>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> " + page_extra + b">>",
        stream(content),
        FONT,
    ]


def report_pdf(path: Path, text: str) -> None:
    """A text-layer PDF of a sample report (reportlab, a CID font)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for line in text.splitlines():
        while line:
            c.setFont("STSong-Light", 10)
            c.drawString(40, y, line[:50])
            line = line[50:]
            y -= 14
            if y < 40:
                c.showPage()
                y = 800
    c.save()


# ---------------------------------------------------------------- cases


def h01_docx_styles_bomb(d: Path) -> None:
    with zipfile.ZipFile(d / "styles_bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT_DOCX)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", document_xml(paras(sample(1))))
        head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">'.encode()
        unit = b'<w:style w:type="paragraph" w:styleId="a"/>'
        write_streamed_member(z, "word/styles.xml", head, unit, 300_000_000 // len(unit), b"</w:styles>")


def h02_docx_lying_size(d: Path) -> None:
    p = d / "lying_size.docx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT_DOCX)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/styles.xml", STYLES)
        head = (document_xml(paras(sample(1))).split("</w:body>")[0]).encode()
        unit = "<w:p><w:r><w:t>收到申请5件</w:t></w:r></w:p>".encode()
        write_streamed_member(z, "word/document.xml", head, unit, 300_000_000 // len(unit), b"</w:body></w:document>")
    patch_member(p, "word/document.xml", size=4000)


def h03_docx_billion_laughs(d: Path) -> None:
    ents = ['<!ENTITY a0 "收到申请5件。收到申请5件。">']
    for i in range(1, 10):
        ents.append(f'<!ENTITY a{i} "' + f"&a{i - 1};" * 10 + '">')
    doctype = "<!DOCTYPE w:document [" + "".join(ents) + "]>"
    body = paras(sample(1)) + "<w:p><w:r><w:t>&a9;</w:t></w:r></w:p>"
    write_docx(d / "laughs.docx", document_xml(body, doctype))


def h04_docx_xxe(d: Path) -> None:
    doctype = '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    body = paras(sample(1)) + "<w:p><w:r><w:t>&x;</w:t></w:r></w:p>"
    write_docx(d / "xxe.docx", document_xml(body, doctype))
    # the same through an HTML page's DOCTYPE
    (d / "xxe.html").write_text(
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<html><body><p>" + esc(sample(1)).replace("\n", "</p><p>") + "</p><p>&x;</p></body></html>",
        encoding="utf-8",
    )


def _nested_tables(depth: int) -> str:
    open_ = "".join(f"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>层{k}</w:t></w:r></w:p>" for k in range(depth))
    close = "<w:p/></w:tc></w:tr></w:tbl>" * depth
    return open_ + close


def h05_docx_deep_nesting(d: Path) -> None:
    write_docx(d / "deep080.docx", document_xml(paras(sample(1)) + _nested_tables(80)))
    write_docx(d / "deep400.docx", document_xml(paras(sample(1)) + _nested_tables(400)))


def h06_docx_encrypted_member(d: Path) -> None:
    p = d / "encrypted_member.docx"
    write_docx(p, document_xml(paras(sample(1))))
    patch_member(p, "word/document.xml", flag=0x1)


def h07_xlsx_as_docx(d: Path) -> None:
    ct = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    wb = f'<?xml version="1.0"?><workbook xmlns="{S}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表三" sheetId="1" r:id="rId1"/></sheets></workbook>'
    wbrels = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>"
    )
    sheet = f'<?xml version="1.0"?><worksheet xmlns="{S}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>本年新收政府信息公开申请数量</t></is></c><c r="B1"><v>64</v></c></row></sheetData></worksheet>'
    with zipfile.ZipFile(d / "spreadsheet.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", wbrels)
        z.writestr("xl/worksheets/sheet1.xml", sheet)


def h08_misnamed_pdf_docx(d: Path) -> None:
    report_pdf(d / "a_is_pdf.docx", sample(1))
    write_docx(d / "b_is_docx.pdf", document_xml(paras(sample(2))))


def h09_pdf_self_ref_length(d: Path) -> None:
    objs = simple_pdf(TEXT_OPS)
    objs[3] = stream(TEXT_OPS, length=b"6 0 R")
    objs.append(b"6 0 R")  # object 6 is a reference to itself
    (d / "self_ref_length.pdf").write_bytes(pdf_bytes(objs))


def h10_pdf_loops(d: Path) -> None:
    (d / "tree_cycle.pdf").write_bytes(pdf_bytes(simple_pdf(TEXT_OPS, kids_extra=b" 2 0 R")))
    (d / "xref_prev_loop.pdf").write_bytes(pdf_bytes(simple_pdf(TEXT_OPS), prev_loop=True))


def h11_pdf_flate_bomb(d: Path) -> None:
    co = zlib.compressobj(9)
    parts = [co.compress(TEXT_OPS)]
    chunk = b"q Q " * (1 << 18)
    for _ in range(200):  # 200 MiB of operators
        parts.append(co.compress(chunk))
    parts.append(co.flush())
    data = b"".join(parts)
    objs = simple_pdf(b"")
    objs[3] = stream(data, b"/Filter /FlateDecode")
    (d / "flate_bomb.pdf").write_bytes(pdf_bytes(objs))


def h12_pdf_deep_array(d: Path) -> None:
    n = 50_000
    deep = b"[" * n + b"(x)" + b"]" * n
    objs = simple_pdf(TEXT_OPS + b"BT /F1 12 Tf 72 700 Td " + deep + b" TJ ET\n", page_extra=b"/PieceInfo " + deep + b" ")
    (d / "deep_array.pdf").write_bytes(pdf_bytes(objs))


def _html(text: str, extra: str = "") -> str:
    body = "".join(f"<p>{esc(line)}</p>" for line in text.splitlines())
    return f'<html><head><meta charset="utf-8"><title>报告</title></head><body>{body}{extra}</body></html>'


def h13_html_10000_tables(d: Path) -> None:
    t = "<table><tr><td>项目</td><td>数量</td></tr><tr><td>合计</td><td>{}</td></tr></table>"
    extra = "".join(t.format(i) for i in range(10_000))
    (d / "ten_thousand_tables.html").write_text(_html(sample(1), extra), encoding="utf-8")


def h14_html_table_100k_rows(d: Path) -> None:
    rows = "".join(f"<tr><td>第{i}项</td><td>{i}</td></tr>" for i in range(100_000))
    (d / "table_100k_rows.html").write_text(_html(sample(1), f"<table>{rows}</table>"), encoding="utf-8")


def h15_number_repeated(d: Path) -> None:
    (d / "five_jian.txt").write_text(sample(1) + "\n" + "5件，" * 500_000 + "\n", encoding="utf-8")
    (d / "one_number.txt").write_text(sample(1) + "\n" + "2021 " * 1_000_000 + "\n", encoding="utf-8")


def h16_utf16_no_bom(d: Path) -> None:
    t = sample(1)
    (d / "a_utf8.txt").write_text(t, encoding="utf-8")
    (d / "b_utf16le.txt").write_bytes(t.encode("utf-16-le"))
    (d / "c_utf16be.txt").write_bytes(t.encode("utf-16-be"))


def h17_lone_surrogate(d: Path) -> None:
    t = sample(1)
    cut = len(t) // 2
    raw = b"\xff\xfe" + t[:cut].encode("utf-16-le") + b"\x00\xd8" + t[cut:].encode("utf-16-le")
    (d / "a_surrogate16.txt").write_bytes(raw)
    u = t.encode("utf-8")
    cut8 = u.index("。".encode()) + 3
    (d / "b_cesu.txt").write_bytes(u[:cut8] + b"\xed\xa0\x80" + u[cut8:])
    (d / "c_good.txt").write_text(t, encoding="utf-8")


def h18_html_nul(d: Path) -> None:
    h = _html(sample(1))
    h = h.replace("<body>", '<body class="a\x00b">', 1).replace("</p><p>", "</p>\x00<p>", 3)
    mid = len(h) // 2
    h = h[:mid] + "\x00" + h[mid:]
    (d / "nul.html").write_text(h, encoding="utf-8")


def h19_mhtml_nested(d: Path) -> None:
    depth = 3000
    parts = ['From: <Saved by Blink>\r\nSubject: report\r\nMIME-Version: 1.0\r\n']
    parts.append('Content-Type: multipart/related; boundary="b0"\r\n\r\n')
    for k in range(1, depth):
        parts.append(f'--b{k - 1}\r\nContent-Type: multipart/related; boundary="b{k}"\r\n\r\n')
    parts.append(f"--b{depth - 1}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
    parts.append(_html(sample(1)) + "\r\n")
    for k in range(depth - 1, -1, -1):
        parts.append(f"--b{k}--\r\n")
    (d / "nested.mhtml").write_bytes("".join(parts).encode("utf-8"))


# ---------------------------------------------------------------- batch situations


def _three(d: Path, sub: str = "in") -> Path:
    src = d / sub
    src.mkdir(parents=True, exist_ok=True)
    for n, name in ((1, "a.txt"), (2, "b.txt"), (3, "c.txt")):
        (src / name).write_text(sample(n), encoding="utf-8")
    return src


def b01_output_hardlink(d: Path) -> None:
    src = _three(d)
    os.link(src / "a.txt", d / "out.jsonl")
    os.symlink(src / "b.txt", d / "out2.jsonl")


def b02_output_dev_full(d: Path) -> None:
    _three(d)


def b03_output_missing_dir(d: Path) -> None:
    _three(d)


def b04_same_basename(d: Path) -> None:
    for n, sub in ((1, "in1"), (2, "in2")):
        (d / sub).mkdir()
        (d / sub / "report.txt").write_text(sample(n), encoding="utf-8")


def b05_duplicate_inputs(d: Path) -> None:
    _three(d)


def b06_resume_no_newline(d: Path) -> None:
    _three(d)


def b07_resume_cut_jsonl(d: Path) -> None:
    _three(d)


def b08_resume_cut_csv(d: Path) -> None:
    _three(d)


def b09_empty_corpus(d: Path) -> None:
    (d / "empty").mkdir()
    (d / "keep.jsonl").write_text('{"mine": "a file the user keeps"}\n', encoding="utf-8")


def b10_dir_symlink_loop(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    os.symlink(".", src / "loop")
    os.symlink("..", src / "up")


def b11_names_control_chars_csv(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    for i, name in enumerate(["a\nb.txt", "c\td.txt", "e\rf.txt", "g\u2028h.txt"]):
        (src / name).write_text(sample(1 + i % 3), encoding="utf-8")


def b12_mixed_corpus(d: Path) -> None:
    src = d / "in"
    (src / "sub.txt").mkdir(parents=True)
    (src / "sub.txt" / "a.txt").write_text(sample(1), encoding="utf-8")
    (src / "z.pdf").write_bytes(b"")
    (src / "z.docx").write_bytes(b"")
    (src / "bom.txt").write_bytes(b"\xef\xbb\xbf")
    (src / "bom16.txt").write_bytes(b"\xff\xfe")
    (src / "gz.txt").write_bytes(gzip.compress(sample(2).encode("utf-8"), mtime=0))
    locked = src / "locked.txt"
    locked.write_text(sample(3), encoding="utf-8")
    os.chmod(locked, 0)


def b13_kill9_then_resume(d: Path) -> None:
    src = _three(d)
    (src / "d.txt").write_text((sample(1) + "\n") * 150, encoding="utf-8")  # slow enough to be killed during
    (src / "e.txt").write_text(sample(2), encoding="utf-8")
    (src / "f.txt").write_text(sample(3), encoding="utf-8")


def b14_output_is_directory(d: Path) -> None:
    _three(d)
    (d / "outdir").mkdir()


def b15_line_separators_resume(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    t = sample(1)
    lines = t.splitlines()
    seps = ["\u2028", "\u2029", "\x85", "\x1c", "\x1d", "\x1e", "\x0b", "\x0c"]
    lines = [line + seps[i % len(seps)] if i % 3 == 1 else line for i, line in enumerate(lines)]
    (src / "a.txt").write_text("\n".join(lines), encoding="utf-8")
    (src / "b\u2028name.txt").write_text(sample(2), encoding="utf-8")
    (src / "c.txt").write_text(sample(3), encoding="utf-8")


def b16_resume_parquet(d: Path) -> None:
    _three(d)


def b17_many_empty_files(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    for i in range(2000):
        (src / f"e{i:05d}.txt").write_bytes(b"")


def b18_bomb_among_good(d: Path) -> None:
    src = _three(d)
    (src / "a.txt").rename(src / "a1.txt")
    h11_pdf_flate_bomb(src)
    h01_docx_styles_bomb(src)


CASES = {name: fn for name, fn in globals().items() if name[:1] in "hb" and name[1:3].isdigit() and callable(fn)}


def build(case: str, d: Path) -> None:
    """Case ids are matched on their first three characters (h04, b18...)."""
    d.mkdir(parents=True, exist_ok=True)
    [fn] = [fn for name, fn in CASES.items() if name[:3] == case[:3]]
    fn(d)


if __name__ == "__main__":
    out = Path(sys.argv[1])
    for case in sys.argv[2:] or sorted(CASES):
        build(case, out / case)
        print(case, sum(p.stat().st_size for p in (out / case).rglob("*") if p.is_file() and not p.is_symlink()))
