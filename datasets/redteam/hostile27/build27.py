"""Build the inputs of the hostile27 red team (session 27, robust27) into a directory.

Every case's files are generated here at check time (nothing big is committed). Written
before the library was run on these inputs, from README, the earlier rounds' READMEs (their
case tables) and the builders' helpers. hostile19's PDF, DOCX and sample helpers, hostile21's
slow corpus, hostile24's RTF writer and hostile25's HTML writer are imported: they are the
tool, not the code under test.

    python datasets/redteam/hostile27/build27.py OUTDIR [CASE ...]

``build(case, d)`` writes case ``case``'s files under ``d``; ``check27.py`` calls it.
"""

from __future__ import annotations

import base64
import io
import os
import plistlib
import struct
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


sys.path.insert(0, str(HERE.parent))
from hostile_harness import inputs as _in  # noqa: E402
from hostile_harness import load as _load  # noqa: E402

b19 = _load("build19", HERE.parent / "hostile19" / "build.py")
b21 = _load("build21", HERE.parent / "hostile21" / "build21.py")
b24 = _load("build24", HERE.parent / "hostile24" / "build24.py")
b25 = _load("build25", HERE.parent / "hostile25" / "build25.py")

sample = b19.sample
esc = b19.esc
html = b25.html
docx_report = b25.docx_report
W = b19.W


def _docx_members(text: str, styles: str | None = None) -> dict[str, bytes]:
    buf = io.BytesIO()
    b19.write_docx(buf, b19.document_xml(b19.paras(text)), *([styles] if styles else []))  # type: ignore[arg-type]
    with zipfile.ZipFile(buf) as z:
        return {n: z.read(n) for n in z.namelist()}


# ---------------------------------------------------------------- zip and XML


def _zip64(entries: list[tuple[str, bytes, int | None]]) -> bytes:
    """A deflated zip written by hand; an entry with a declared size (not None) carries a zip64
    extra field (local and central) saying that uncompressed size, 0xFFFFFFFF in the 32-bit
    fields: the data itself is honest."""
    out = io.BytesIO()
    central = []
    for name, data, declared in entries:
        bname = name.encode()
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = c.compress(data) + c.flush()
        crc = zlib.crc32(data)
        at = out.tell()
        if declared is None:
            extra = b""
            csize32, usize32 = len(comp), len(data)
        else:
            extra = struct.pack("<HHQQ", 1, 16, declared, len(comp))
            csize32 = usize32 = 0xFFFFFFFF
        out.write(
            struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, 0, 0x21, crc, csize32, usize32, len(bname), len(extra))
            + bname
            + extra
            + comp
        )
        central.append((bname, crc, csize32, usize32, extra, at))
    cd = out.tell()
    for bname, crc, csize32, usize32, extra, at in central:
        out.write(
            struct.pack(
                "<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, 0, 0x21, crc, csize32, usize32,
                len(bname), len(extra), 0, 0, 0, 0, at,
            )
            + bname
            + extra
        )
    end = out.tell()
    n = len(central)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, end - cd, cd, 0))
    return out.getvalue()


def z01_docx_zip64_lies(d: Path) -> None:
    src = _in(d)
    m = _docx_members(sample(1))
    docx_report(src / "plain.docx", sample(1))
    # document.xml (3 KB) declared 10 GiB in its zip64 extra field; then declared 0 bytes
    for name, size in (("zip64_10g.docx", 10 << 30), ("zip64_zero.docx", 0)):
        entries = [(n, v, size if n == "word/document.xml" else None) for n, v in m.items()]
        (src / name).write_bytes(_zip64(entries))
    (src / "a.txt").write_text(sample(2), encoding="utf-8")


def z02_docx_xml_encodings(d: Path) -> None:
    src = _in(d)
    docx_report(src / "plain.docx", sample(1))
    doc = b19.document_xml(b19.paras(sample(1)))
    body = doc.split("?>", 1)[1]
    variants = {
        # legal XML encodings Word and other writers use: UTF-16 with a BOM, GB18030 declared
        "utf16.docx": b"\xff\xfe" + ('<?xml version="1.0" encoding="UTF-16" standalone="yes"?>' + body).encode("utf-16-le"),
        "gb18030.docx": ('<?xml version="1.0" encoding="GB18030" standalone="yes"?>' + body).encode("gb18030"),
        # a declaration that lies: GBK bytes declared UTF-8 (not well-formed XML)
        "gbk_says_utf8.docx": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + body).encode("gbk"),
    }
    m = _docx_members(sample(1))
    for name, xml in variants.items():
        with zipfile.ZipFile(src / name, "w", zipfile.ZIP_DEFLATED) as z:
            for n, v in m.items():
                z.writestr(n, xml if n == "word/document.xml" else v)


_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def _odt_content(text: str, doctype: str = "", extra: str = "") -> str:
    paras = "".join(f"<text:p>{esc(line)}</text:p>" for line in text.splitlines())
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        + doctype
        + f'<office:document-content {_ODT_NS} office:version="1.2"><office:body><office:text>'
        + paras
        + extra
        + "</office:text></office:body></office:document-content>"
    )


def _odt(path: Path, content: str) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", _MANIFEST)
        z.writestr("content.xml", content)


def _laughs(levels: int = 10) -> str:
    ents = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, levels)]
    return "<!DOCTYPE office:document-content [" + "".join(ents) + "]>"


def x01_odt_entities(d: Path) -> None:
    src = _in(d)
    _odt(src / "plain.odt", _odt_content(sample(1)))
    _odt(src / "laughs.odt", _odt_content(sample(1), _laughs(10), "<text:p>&l9;</text:p>"))
    xxe = '<!DOCTYPE office:document-content [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    _odt(src / "xxe.odt", _odt_content(sample(1), xxe, "<text:p>&x;</text:p>"))
    zero = '<!DOCTYPE office:document-content [<!ENTITY z SYSTEM "file:///dev/zero">]>'
    _odt(src / "xxe_zero.odt", _odt_content(sample(1), zero, "<text:p>&z;</text:p>"))
    flat_paras = "".join(f"<text:p>{esc(line)}</text:p>" for line in sample(1).splitlines())
    (src / "flat_xxe.fodt").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<!DOCTYPE office:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<office:document {_ODT_NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">'
        f"<office:body><office:text>{flat_paras}<text:p>&x;</text:p></office:text></office:body></office:document>",
        encoding="utf-8",
    )
    (src / "a.txt").write_text(sample(2), encoding="utf-8")


def x02_rtf_include_fields(d: Path) -> None:
    src = _in(d)
    body = b24.rtf(sample(1))[:-1]  # without the closing brace
    fields = {
        "include.doc": r'{\field{\*\fldinst INCLUDETEXT "/etc/passwd"}{\fldrslt old}}',
        "include_url.doc": r'{\field{\*\fldinst INCLUDETEXT "file:///etc/passwd" \\c AnsiText}{\fldrslt old}}',
        "includepic_zero.doc": r'{\field{\*\fldinst INCLUDEPICTURE "/dev/zero" \\d}{\fldrslt x}}',
        "plain.doc": "",
    }
    for name, field in fields.items():
        (src / name).write_text(body + r"\par " + field + r"\par}", encoding="ascii")
    (src / "a.txt").write_text(sample(2), encoding="utf-8")


# ---------------------------------------------------------------- Safari web archives


def _bplist(objects: list, top: int = 0) -> bytes:
    """A binary plist written by hand: each object is ("dict", [(kref, vref)...]), ("array",
    [refs]), ("str", ascii), ("data", bytes); references are object indexes (2 bytes), so
    an object may refer to itself or an ancestor (a cycle)."""

    def head(kind: int, n: int) -> bytes:
        if n < 15:
            return bytes([kind << 4 | n])
        return bytes([kind << 4 | 0xF]) + b"\x12" + struct.pack(">I", n)

    out = io.BytesIO()
    out.write(b"bplist00")
    offsets = []
    for kind, value in objects:
        offsets.append(out.tell())
        if kind == "str":
            raw = value.encode("ascii")
            out.write(head(0x5, len(raw)) + raw)
        elif kind == "data":
            out.write(head(0x4, len(value)) + value)
        elif kind == "array":
            out.write(head(0xA, len(value)) + b"".join(struct.pack(">H", r) for r in value))
        elif kind == "dict":
            out.write(
                head(0xD, len(value))
                + b"".join(struct.pack(">H", k) for k, _ in value)
                + b"".join(struct.pack(">H", v) for _, v in value)
            )
    table = out.tell()
    for off in offsets:
        out.write(struct.pack(">I", off))
    out.write(b"\0" * 6 + bytes([4, 2]) + struct.pack(">QQQ", len(objects), top, table))
    return out.getvalue()


def _archive_objects(page: bytes) -> list:
    """The objects of a plain web archive: 0 the top dict, 1 the main resource."""
    return [
        ("dict", [(2, 1), (3, 8)]),  # top: WebMainResource -> 1, WebSubresources -> 8
        ("dict", [(4, 5), (6, 7), (9, 10)]),  # main: data, MIME type, URL
        ("str", "WebMainResource"),
        ("str", "WebSubresources"),
        ("str", "WebResourceData"),
        ("data", page),
        ("str", "WebResourceMIMEType"),
        ("str", "text/html"),
        ("array", []),
        ("str", "WebResourceURL"),
        ("str", "https://example.gov.cn/report.html"),
    ]


def w01_webarchive_plists(d: Path) -> None:
    src = _in(d)
    page = html(sample(1)).encode("utf-8")
    (src / "plain.webarchive").write_bytes(_bplist(_archive_objects(page)))
    # WebSubresources holds the archive itself
    objs = _archive_objects(page)
    objs[8] = ("array", [0])
    (src / "cycle_sub.webarchive").write_bytes(_bplist(objs))
    # WebSubframeArchives holds the archive itself (a frame that is its own page)
    objs = _archive_objects(page)
    objs[0] = ("dict", [(2, 1), (3, 8), (11, 12)])
    objs += [("str", "WebSubframeArchives"), ("array", [0, 0, 0])]
    (src / "cycle_frames.webarchive").write_bytes(_bplist(objs))
    # the main resource's dict holds itself under another key
    objs = _archive_objects(page)
    objs[1] = ("dict", [(4, 5), (6, 7), (9, 10), (11, 1)])
    objs.append(("str", "WebResourceResponse"))
    (src / "cycle_main.webarchive").write_bytes(_bplist(objs))
    # 30,000 subframe archives each holding the next (distinct objects, no cycle)
    objs = _archive_objects(page)
    objs[0] = ("dict", [(2, 1), (3, 8), (11, 12)])
    objs += [("str", "WebSubframeArchives")]
    depth = 30000
    first = len(objs)
    for k in range(depth):
        me = first + 2 * k
        nxt = me + 2 if k + 1 < depth else None
        objs.append(("array", [me + 1]))
        objs.append(("dict", [(2, 1), (11, nxt)] if nxt is not None else [(2, 1)]))
    objs[0] = ("dict", [(2, 1), (3, 8), (11, first)])
    (src / "deep_frames.webarchive").write_bytes(_bplist(objs))
    # an XML property list with billion laughs in its DTD
    xml = plistlib.dumps({"WebMainResource": {"WebResourceData": page, "WebResourceMIMEType": "text/html"}})
    laughs = "".join(['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, 10)])
    xml = xml.replace(b"<plist", b"<!DOCTYPE plist [" + laughs.encode() + b"]><plist", 1)
    xml = xml.replace(b"<string>text/html</string>", b"<string>text/html&l9;</string>", 1)
    (src / "xml_laughs.webarchive").write_bytes(xml)
    # a trailer declaring 2^40 objects
    raw = bytearray(_bplist(_archive_objects(page)))
    struct.pack_into(">Q", raw, len(raw) - 24, 1 << 40)
    (src / "huge_count.webarchive").write_bytes(bytes(raw))
    (src / "a.txt").write_text(sample(2), encoding="utf-8")


# ---------------------------------------------------------------- DOCX styles


def _styles(defs: list[tuple[str, str | None]]) -> str:
    body = "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{sid}"/>'
        + (f'<w:basedOn w:val="{base}"/>' if base else "")
        + "</w:style>"
        for sid, base in defs
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">{body}</w:styles>'


def _styled_paras(text: str, style: str) -> str:
    return "".join(
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t xml:space="preserve">{esc(line)}</w:t></w:r></w:p>'
        for line in text.splitlines()
    )


def d01_docx_style_cycles(d: Path) -> None:
    src = _in(d)
    docx_report(src / "plain.docx", sample(1))
    doc = b19.document_xml(_styled_paras(sample(1), "S1"))
    b19.write_docx(src / "self_based.docx", doc, _styles([("S1", "S1")]))
    b19.write_docx(src / "pair_based.docx", doc, _styles([("S1", "S2"), ("S2", "S1")]))
    n = 50000
    b19.write_docx(src / "ring_50000.docx", doc, _styles([(f"S{k}", f"S{k % n + 1}") for k in range(1, n + 1)]))
    (src / "a.txt").write_text(sample(2), encoding="utf-8")


# ---------------------------------------------------------------- PDF


def _report_pdf_after_blank(path: Path, text: str, blank: int, image: bool = False) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    dot = None
    if image:
        from PIL import Image

        buf = io.BytesIO()
        Image.new("L", (2, 2), 255).save(buf, "PNG")
        dot = ImageReader(io.BytesIO(buf.getvalue()))
    for _ in range(blank):
        if dot is not None:
            c.drawImage(dot, 100, 100, 2, 2)
        c.showPage()
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


def p01_pdf_1999_empty_pages(d: Path) -> None:
    src = _in(d)
    b19.report_pdf(src / "report.pdf", sample(1))
    # 1,999 empty pages, then the report (2,000 pages or a few more: README's page bound is 2,000)
    _report_pdf_after_blank(src / "empty_then_report.pdf", sample(1), 1990)
    # 1,999 pages each holding only a 2 x 2 white picture (image-only pages: OCR candidates)
    _report_pdf_after_blank(src / "dots_then_report.pdf", sample(1), 1990, image=True)
    (src / "a.txt").write_text(sample(2), encoding="utf-8")


def p02_pdf_encrypted(d: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    src = _in(d)
    b19.report_pdf(src / "report.pdf", sample(1))
    for name, user, algo in (
        ("rc4_40_empty.pdf", "", "RC4-40"),
        ("rc4_128_empty.pdf", "", "RC4-128"),
        ("aes_128_empty.pdf", "", "AES-128"),
        ("aes_256_empty.pdf", "", "AES-256"),
        ("aes_256_secret.pdf", "secret", "AES-256"),
    ):
        w = PdfWriter(clone_from=PdfReader(src / "report.pdf"))
        w.encrypt(user_password=user, owner_password="owner-only", algorithm=algo)
        with open(src / name, "wb") as f:
            w.write(f)
    (src / "a.txt").write_text(sample(2), encoding="utf-8")


# ---------------------------------------------------------------- HTML and text


def h01_html_100k_nested_tables(d: Path) -> None:
    src = _in(d)
    (src / "plain.html").write_text(html(sample(1)), encoding="utf-8")
    n = 100000
    unclosed = "<table><tr><td>收到申请1件" * n
    (src / "nested_open.html").write_text(html(sample(1), extra=unclosed), encoding="utf-8")
    closed = "<table><tr><td>" * n + "收到申请5件" + "</td></tr></table>" * n
    (src / "nested_closed.html").write_text(html(sample(1), extra=closed), encoding="utf-8")
    cells = "<table><tr>" + "<td><table><tr><td>1</td></tr></table></td>" * n + "</tr></table>"
    (src / "cells_of_tables.html").write_text(html(sample(1), extra=cells), encoding="utf-8")


def t01_text_cr_line_ends(d: Path) -> None:
    src = _in(d)
    text = sample(1)
    lines = text.splitlines()
    (src / "plain.txt").write_text(text, encoding="utf-8")
    (src / "cr.txt").write_bytes("\r".join(lines).encode("utf-8"))  # classic Mac OS line ends
    (src / "crcrlf.txt").write_bytes("\r\r\n".join(lines).encode("utf-8"))  # CRLF converted twice
    (src / "then_crs.txt").write_bytes((text + "\n").encode("utf-8") + b"\r" * 2_000_000)


def _mhtml(boundary: str, part_headers: str, body: bytes, *, use: str | None = None) -> bytes:
    use = boundary if use is None else use
    head = (
        "From: <Saved by Blink>\r\nSubject: report\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related; type="text/html"; boundary="{boundary}"\r\n\r\n'
        f"--{use}\r\n" + part_headers + "\r\n"
    )
    return head.encode() + body + f"\r\n--{use}--\r\n".encode()


def m01_mhtml_boundaries(d: Path) -> None:
    src = _in(d)
    page = html(sample(1)).encode("utf-8")
    plain = "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
    (src / "plain.mhtml").write_bytes(_mhtml("----B", plain, page))
    # the declared boundary never appears (another one is used)
    (src / "no_boundary.mhtml").write_bytes(_mhtml("----B", plain, page, use="----C"))
    # a boundary of 100,000 characters (RFC 2046 allows 70)
    (src / "long_boundary.mhtml").write_bytes(_mhtml("B" * 100000, plain, page))
    # a base64 part of 10 MB of characters outside the alphabet, then the page
    b64 = "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"
    junk = b"!*" * (5 << 20) + b"\r\n" + base64.encodebytes(page)
    (src / "junk_base64.mhtml").write_bytes(_mhtml("----B", b64, junk))
    # the boundary is empty
    (src / "empty_boundary.mhtml").write_bytes(_mhtml("", plain, page))


# ---------------------------------------------------------------- files, names, directories


def _bad_name(src: Path, raw: bytes, text: str) -> None:
    with open(os.path.join(os.fsencode(src), raw), "wb") as f:
        f.write(text.encode("utf-8"))


def b01_names_invalid_utf8(d: Path) -> None:
    src = _in(d)
    for k, raw in enumerate((b"\xff\xfe.txt", b"a\x80b.txt", b"\xc0\xaf.txt", b"ok.txt", b"REPORT.txt", b"report.txt")):
        _bad_name(src, raw, sample((1, 2, 3, 4, 7, 8)[k]))


def b02_input_dir_changes(d: Path) -> None:
    src = b21._slow_corpus(d, n=6, reps=120)
    sub = src / "sub"
    sub.mkdir()
    (sub / "g.txt").write_text(sample(1), encoding="utf-8")
    (sub / "h.txt").write_text(sample(2), encoding="utf-8")
    (d / "other.txt").write_text(sample(3), encoding="utf-8")


def b03_output_nul_tail(d: Path) -> None:
    src = _in(d)
    for k, name in enumerate("abc"):
        (src / f"{name}.txt").write_text(sample((1, 2, 3)[k]), encoding="utf-8")


def b04_link_loops_by_name(d: Path) -> None:
    src = _in(d)
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    os.symlink("self.txt", src / "self.txt")
    for k in range(45):  # a chain of 45 links: past the kernel's 40
        os.symlink(f"l{k + 1}.txt" if k < 44 else "a.txt", src / f"l{k}.txt")
    os.symlink("nowhere.txt", src / "dangling.txt")
    os.symlink("pong.txt", src / "ping.txt")
    os.symlink("ping.txt", src / "pong.txt")


def b05_pipes_as_inputs(d: Path) -> None:
    src = _in(d)
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    (src / "b.txt").write_text(sample(2), encoding="utf-8")


def b06_tmpdir_odd(d: Path) -> None:
    src = _in(d)
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    (src / "r.doc").write_text(b24.rtf(sample(2)), encoding="ascii")
    b19.report_pdf(src / "p.pdf", sample(3))
    (d / "a_file").write_text("not a directory\n", encoding="utf-8")
    (d / "tiny").mkdir()


def b07_output_no_inodes(d: Path) -> None:
    src = _in(d)
    for k, name in enumerate("abc"):
        (src / f"{name}.txt").write_text(sample((1, 2, 3)[k]), encoding="utf-8")
    (d / "fs").mkdir()


def b08_output_dev_stdout(d: Path) -> None:
    b07_output_no_inodes(d)


# ---------------------------------------------------------------- signals and the environment


def s01_nohup_sighup(d: Path) -> None:
    b21._slow_corpus(d, n=6, reps=120)


def s02_sigchld_ignored(d: Path) -> None:
    src = _in(d)
    for k, name in enumerate("abc"):
        (src / f"{name}.txt").write_text(sample((1, 2, 3)[k]), encoding="utf-8")
    (src / "r.doc").write_text(b24.rtf(sample(4)), encoding="ascii")


_A01 = '''
import json, signal, sys, time
sys.path.insert(0, {root!r})
import govinfo_nlp
from govinfo_nlp import Limits

REPORT = {report!r}
ref = govinfo_nlp.parse(REPORT)
ticks = [0]

def on_prof(signum, frame):
    ticks[0] += 1

def on_alarm(signum, frame):
    pass

def spin(seconds):
    t = time.process_time()
    while time.process_time() - t < seconds:
        sum(range(1000))

out = {{}}
signal.signal(signal.SIGPROF, on_prof)
signal.signal(signal.SIGALRM, on_alarm)
for how in ("parse", "annotate"):
    signal.setitimer(signal.ITIMER_PROF, 0.01, 0.01)
    signal.alarm(1000)
    spin(0.3)
    before = ticks[0]
    if how == "parse":
        got = govinfo_nlp.parse(REPORT, limits=Limits(max_seconds=60))
        same = got.to_dict() == ref.to_dict() if hasattr(got, "to_dict") else repr(got) == repr(ref)
    else:
        rows = list(govinfo_nlp.annotate([REPORT], jobs=1, limits=Limits(max_seconds=60)))
        same = len(rows) == 1
    prof = signal.getitimer(signal.ITIMER_PROF)
    handler = signal.getsignal(signal.SIGPROF) is on_prof
    alarm_left = signal.alarm(0)
    mid = ticks[0]
    spin(0.5)
    out[how] = {{
        "same": same,
        "prof_interval": prof[1],
        "prof_handler_kept": handler,
        "alarm_left": alarm_left,
        "alarm_handler_kept": signal.getsignal(signal.SIGALRM) is on_alarm,
        "ticks_after": ticks[0] - mid,
        "ticks_during_before": mid - before,
    }}
    signal.setitimer(signal.ITIMER_PROF, 0)
print(json.dumps(out))
'''


def a01_user_itimer_prof(d: Path) -> None:
    src = _in(d)
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    (d / "api.py").write_text(_A01.format(root=str(ROOT), report=str(src / "a.txt")), encoding="utf-8")


# ---------------------------------------------------------------- the cases

CASES = {
    name: fn
    for name, fn in globals().items()
    if callable(fn) and name[:1] in "zxwdphtmbsa" and name[1:3].isdigit() and name[3:4] == "_"
}


def build(case: str, d: Path) -> None:
    d.mkdir(parents=True, exist_ok=True)
    CASES[case](d)


if __name__ == "__main__":
    out = Path(sys.argv[1])
    names = sys.argv[2:] or list(CASES)
    for n in names:
        build(n, out / n)
        print("built", n)
