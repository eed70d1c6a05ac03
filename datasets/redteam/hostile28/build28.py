"""Build the inputs of the hostile28 red team (session 28, robust28) into a directory.

Every case's files are generated here at check time (nothing big is committed). Written
before the library was run on these inputs, from README, the earlier rounds' READMEs (their
case tables) and the builders' helpers. hostile19's PDF, DOCX and sample helpers, hostile24's
RTF writer and hostile25's HTML writer are imported: they are the tool, not the code under test.

    python datasets/redteam/hostile28/build28.py OUTDIR [CASE ...]

``build(case, d)`` writes case ``case``'s files under ``d``; ``check28.py`` calls it.
"""

from __future__ import annotations

import io
import os
import re
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
b24 = _load("build24", HERE.parent / "hostile24" / "build24.py")
b25 = _load("build25", HERE.parent / "hostile25" / "build25.py")

sample = b19.sample
esc = b19.esc
W = b19.W


def _changed(text: str) -> str:
    """The report with every count of its table lines changed (a stale or hidden copy)."""
    out = []
    for line in text.splitlines():
        if "|" in line:
            line = re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) + 700), line)
        out.append(line)
    return "\n".join(out) + "\n"


def html_tables(text: str) -> str:
    """The report as a page: prose lines as <p>, runs of pipe-table lines as one <table>."""
    parts: list[str] = []
    rows: list[str] = []

    def flush() -> None:
        if rows:
            parts.append("<table border=1>" + "".join(rows) + "</table>")
            rows.clear()

    for line in text.splitlines():
        if "|" in line:
            cells = [c.strip() for c in line.split("|")]
            while cells and not cells[-1]:
                cells.pop()
            rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
        else:
            flush()
            parts.append(f"<p>{esc(line)}</p>")
    flush()
    return "".join(parts)


def page(body: str, head: str = "", charset: str = "utf-8") -> str:
    return (
        f'<html><head><meta charset="{charset}"><title>报告</title>{head}</head>'
        f"<body>{body}</body></html>"
    )


# ---------------------------------------------------------------- PDF


def _report_pdf(path: Path, text: str, *, extra=None, media=None) -> None:
    """A text-layer PDF of a report (reportlab, a CID font); ``extra(canvas)`` draws more on
    the first page; ``media`` is the page size."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=media or A4)
    if extra is not None:
        extra(c)
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


def p01_pdf_junk_around(d: Path) -> None:
    """Junk before the header (a web server's error page glued in front), megabytes of junk
    after %%EOF, a second %%EOF with a bogus startxref after the real one."""
    src = _in(d)
    _report_pdf(src / "report.pdf", sample(1))
    pdf = (src / "report.pdf").read_bytes()
    (src / "junk_before.pdf").write_bytes(b"<html>502 Bad Gateway</html>\n" * 30 + pdf)
    (src / "junk_after.pdf").write_bytes(pdf + os.urandom(1 << 20) + b"\0" * (8 << 20))
    (src / "bogus_eof.pdf").write_bytes(pdf + b"\nstartxref\n999999999\n%%EOF\n")
    (src / "a.txt").write_text(sample(2), encoding="utf-8")


def p02_pdf_no_xref_many_objects(d: Path) -> None:
    """A PDF with no xref table (readers rebuild it by scanning) whose body holds 200,000
    small objects before the page; and one whose xref offsets all point 7 bytes off."""
    src = _in(d)
    objs = b19.simple_pdf(b19.TEXT_OPS)
    base = b19.pdf_bytes(objs)
    body_end = base.index(b"xref\n")
    junk = b"".join(b"%d 0 obj\n<< /K %d >>\nendobj\n" % (k, k) for k in range(100, 200_100))
    (src / "no_xref.pdf").write_bytes(base[:body_end] + junk + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
    shifted = re.sub(
        rb"(\d{10}) 00000 n",
        lambda m: b"%010d 00000 n" % (int(m.group(1)) + 7),
        base,
    )
    (src / "xref_off.pdf").write_bytes(shifted)
    (src / "plain.pdf").write_bytes(base)


def p03_pdf_gstate_stack(d: Path) -> None:
    """Content streams that push the graphics state 1,000,000 times without popping (q only),
    and pop 1,000,000 times more than they push (Q only), before the text."""
    src = _in(d)
    for name, ops in (("q_million.pdf", b"q " * 1_000_000), ("Q_million.pdf", b"Q " * 1_000_000)):
        data = zlib.compress(ops + b"\n" + b19.TEXT_OPS)
        objs = b19.simple_pdf(b"")
        objs[3] = b19.stream(data, b"/Filter /FlateDecode")
        (src / name).write_bytes(b19.pdf_bytes(objs))
    (src / "plain.pdf").write_bytes(b19.pdf_bytes(b19.simple_pdf(b19.TEXT_OPS)))


def p04_pdf_degenerate_boxes(d: Path) -> None:
    """Pages whose MediaBox is empty [0 0 0 0], inverted [612 792 0 0], huge [0 0 1e30 1e30],
    of strings, missing entirely, or whose /Rotate is 45 or -9000000; text drawn as usual."""
    src = _in(d)
    boxes = {
        "empty_box.pdf": b"[0 0 0 0]",
        "inverted_box.pdf": b"[612 792 0 0]",
        "huge_box.pdf": b"[0 0 1e30 1e30]",
        "string_box.pdf": b"[(a) (b) (c) (d)]",
    }
    for name, box in boxes.items():
        objs = b19.simple_pdf(b19.TEXT_OPS)
        objs[2] = objs[2].replace(b"[0 0 612 792]", box)
        (src / name).write_bytes(b19.pdf_bytes(objs))
    objs = b19.simple_pdf(b19.TEXT_OPS)
    objs[2] = objs[2].replace(b"/MediaBox [0 0 612 792] ", b"")
    (src / "no_box.pdf").write_bytes(b19.pdf_bytes(objs))
    for name, rot in (("rotate45.pdf", b"45"), ("rotate_huge.pdf", b"-9000000")):
        objs = b19.simple_pdf(b19.TEXT_OPS, page_extra=b"/Rotate " + rot + b" ")
        (src / name).write_bytes(b19.pdf_bytes(objs))
    (src / "plain.pdf").write_bytes(b19.pdf_bytes(b19.simple_pdf(b19.TEXT_OPS)))


def p05_pdf_text_off_page(d: Path) -> None:
    """A report PDF whose first page also draws, far outside its MediaBox (x = -5000), a copy
    of the report with every table count changed: nothing a viewer or a printer shows."""
    src = _in(d)
    t = sample(1)
    _report_pdf(src / "report.pdf", t)

    def off(c) -> None:
        c.setFont("STSong-Light", 10)
        y = 800
        for line in _changed(t).splitlines():
            c.drawString(-5000, y, line[:50])
            y -= 14

    _report_pdf(src / "off_page.pdf", t, extra=off)


# ---------------------------------------------------------------- DOCX


def _docx_parts(doc: str, *, main: str = "word/document.xml", ns_doc: str | None = None) -> dict[str, str]:
    rels_target = main
    return {
        "[Content_Types].xml": b19.CT_DOCX.replace("/word/document.xml", "/" + main),
        "_rels/.rels": b19.RELS.replace('Target="word/document.xml"', f'Target="{rels_target}"'),
        main.rsplit("/", 1)[0] + "/_rels/" + main.rsplit("/", 1)[1] + ".rels": b19.DOC_RELS,
        main: doc,
        main.rsplit("/", 1)[0] + "/styles.xml": b19.STYLES,
    }


def _zip(path: Path, parts: dict[str, str | bytes], method: int = zipfile.ZIP_DEFLATED) -> None:
    with zipfile.ZipFile(path, "w", method) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def d01_docx_main_part_renamed(d: Path) -> None:
    """Legal OPC packages whose main part is not word/document.xml: word/doc2.xml named by
    _rels/.rels, and a package whose parts sit under a folder 'Word/' in another case."""
    src = _in(d)
    doc = b19.document_xml(b19.paras(sample(1)))
    _zip(src / "plain.docx", _docx_parts(doc))
    _zip(src / "doc2.docx", _docx_parts(doc, main="word/doc2.xml"))
    _zip(src / "body_elsewhere.docx", _docx_parts(doc, main="content/main.xml"))


def d02_docx_damaged_members(d: Path) -> None:
    """DOCX reports whose document.xml has a wrong CRC; is cut 100 bytes short (its deflate
    stream ends early, the sizes say more); is stored with a deflate flag (method lies)."""
    src = _in(d)
    doc = b19.document_xml(b19.paras(sample(1)))
    _zip(src / "plain.docx", _docx_parts(doc))
    data = bytearray((src / "plain.docx").read_bytes())
    pos = 0
    while (pos := data.find(b"PK\x01\x02", pos)) >= 0:
        nlen = struct.unpack_from("<H", data, pos + 28)[0]
        if bytes(data[pos + 46 : pos + 46 + nlen]) == b"word/document.xml":
            local = struct.unpack_from("<I", data, pos + 42)[0]
            bad = bytearray(data)
            struct.pack_into("<I", bad, pos + 16, 0xDEADBEEF)
            struct.pack_into("<I", bad, local + 14, 0xDEADBEEF)
            (src / "bad_crc.docx").write_bytes(bytes(bad))
            csize = struct.unpack_from("<I", data, local + 18)[0]
            lname = struct.unpack_from("<H", data, local + 26)[0]
            lextra = struct.unpack_from("<H", data, local + 28)[0]
            start = local + 30 + lname + lextra
            cut = bytearray(data)
            cut[start + csize - 100 : start + csize] = b"\0" * 100  # the stream's end zeroed
            (src / "cut_short.docx").write_bytes(bytes(cut))
            break
        pos += 4
    # stored (method 0) bytes, declared deflated (method 8)
    with zipfile.ZipFile(src / "method_lies.docx", "w", zipfile.ZIP_STORED) as z:
        for name, part in _docx_parts(doc).items():
            z.writestr(name, part)
    raw = bytearray((src / "method_lies.docx").read_bytes())
    pos = 0
    while (pos := raw.find(b"PK\x01\x02", pos)) >= 0:
        nlen = struct.unpack_from("<H", raw, pos + 28)[0]
        if bytes(raw[pos + 46 : pos + 46 + nlen]) == b"word/document.xml":
            local = struct.unpack_from("<I", raw, pos + 42)[0]
            struct.pack_into("<H", raw, pos + 10, 8)
            struct.pack_into("<H", raw, local + 8, 8)
        pos += 4
    (src / "method_lies.docx").write_bytes(bytes(raw))


def d03_docx_prefix_and_comment(d: Path) -> None:
    """A DOCX with 1 MB of junk in front (a self-extractor's stub, a mail gateway's banner),
    and one whose zip comment (64 KB) holds a second, fake end-of-central-directory record."""
    src = _in(d)
    doc = b19.document_xml(b19.paras(sample(1)))
    _zip(src / "plain.docx", _docx_parts(doc))
    plain = (src / "plain.docx").read_bytes()
    (src / "prefixed.docx").write_bytes(os.urandom(1 << 20) + plain)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, part in _docx_parts(doc).items():
            z.writestr(name, part)
        fake = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 3, 3, 100, 10, 0)
        z.comment = (fake + b"x" * 65000)[:65535]
    (src / "fake_eocd_comment.docx").write_bytes(buf.getvalue())


def d04_docx_other_prefixes(d: Path) -> None:
    """The same DOCX written with another namespace prefix (x: for w:), with the namespace as
    the default (no prefix), and in Strict Open XML (Word's 'Strict' save: another URI)."""
    src = _in(d)
    doc = b19.document_xml(b19.paras(sample(1)))
    _zip(src / "plain.docx", _docx_parts(doc))
    other = doc.replace("<w:", "<x:").replace("</w:", "</x:").replace("xmlns:w=", "xmlns:x=")
    other = other.replace(' xml:space="preserve"', ' xml:space="preserve"')
    _zip(src / "prefix_x.docx", _docx_parts(other))
    default = doc.replace("<w:", "<").replace("</w:", "</").replace("xmlns:w=", "xmlns=")
    _zip(src / "default_ns.docx", _docx_parts(default))
    strict = doc.replace(W, "http://purl.oclc.org/ooxml/wordprocessingml/main")
    _zip(src / "strict.docx", _docx_parts(strict))


# ---------------------------------------------------------------- misnamed files


def f01_misnamed_office(d: Path) -> None:
    """What government sites serve under office names: a .doc that is an HTML page (Word's
    'save as web page' renamed), a .doc that is an MHTML archive, a .doc that is GBK text, a
    .docx that is an RTF, a .wps that is a DOCX; and the report as text, as a page, as an RTF
    .doc and as a DOCX (the references)."""
    src = _in(d)
    t = sample(1)
    body = html_tables(t)
    (src / "a.txt").write_text(t, encoding="utf-8")
    (src / "html_as.doc").write_text(page(body), encoding="utf-8")
    mhtml = (
        "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n"
        "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + page(body)
        + "\r\n--B--\r\n"
    )
    (src / "mhtml_as.doc").write_bytes(mhtml.encode("utf-8"))
    (src / "gbk_text_as.doc").write_bytes(t.encode("gbk", "replace"))
    (src / "rtf_as.docx").write_text(b24.rtf(t), encoding="ascii")
    _zip(src / "docx_as.wps", _docx_parts(b19.document_xml(b19.paras(t))))
    # the references, each named for what it is
    (src / "plain.html").write_text(page(body), encoding="utf-8")
    (src / "plain_rtf.doc").write_text(b24.rtf(t), encoding="ascii")
    _zip(src / "plain.docx", _docx_parts(b19.document_xml(b19.paras(t))))


# ---------------------------------------------------------------- HTML


def h01_html_late_charset(d: Path) -> None:
    """A GBK page whose <meta charset=gbk> comes after 2 MB of comments (past where browsers
    sniff), and a GBK page declaring nothing; the same page in UTF-8 as the reference."""
    src = _in(d)
    t = sample(1)
    (src / "plain.html").write_text(page(html_tables(t)), encoding="utf-8")
    late = "<html><head>" + "<!-- " + "x" * (2 << 20) + " -->" + '<meta charset="gbk"><title>报告</title></head><body>' + html_tables(t) + "</body></html>"
    (src / "late_gbk.html").write_bytes(late.encode("gbk", "replace"))
    bare = "<html><head><title>报告</title></head><body>" + html_tables(t) + "</body></html>"
    (src / "undeclared_gbk.html").write_bytes(bare.encode("gbk", "replace"))


def h02_html_comment_storm(d: Path) -> None:
    """The report page with an empty comment between every two characters of its text and
    cells (about 60,000 comments), and with 500,000 comments between two paragraphs."""
    src = _in(d)
    t = sample(1)
    body = html_tables(t)
    (src / "plain.html").write_text(page(body), encoding="utf-8")
    stormy = re.sub(r">([^<]+)<", lambda m: ">" + "<!---->".join(m.group(1)) + "<", body)
    (src / "between_chars.html").write_text(page(stormy), encoding="utf-8")
    mid = body.index("</p>") + 4
    (src / "between_paras.html").write_text(page(body[:mid] + "<!-- c -->" * 500_000 + body[mid:]), encoding="utf-8")


def h03_html_conditional_comments(d: Path) -> None:
    """A page saved by Word: a copy of the tables with other counts inside <!--[if gte mso 9]>
    ... <![endif]--> (a comment to every browser), and the real tables inside the downlevel-
    revealed <![if !vml]> ... <![endif]> (shown by every browser)."""
    src = _in(d)
    t = sample(1)
    (src / "plain.html").write_text(page(html_tables(t)), encoding="utf-8")
    hidden = "<!--[if gte mso 9]>" + html_tables(_changed(t)) + "<![endif]-->"
    (src / "mso_comment_copy.html").write_text(page(html_tables(t) + hidden), encoding="utf-8")
    (src / "mso_comment_first.html").write_text(page(hidden + html_tables(t)), encoding="utf-8")
    (src / "downlevel_revealed.html").write_text(page("<![if !vml]>" + html_tables(t) + "<![endif]>"), encoding="utf-8")


# ---------------------------------------------------------------- text at scale


def t01_mixed_line_ends_scale(d: Path) -> None:
    """The report with its line ends cycling CRLF, CR, LF, U+2028, U+2029, NEL line by line,
    then 300,000 lines of prose ending so (about 12 MB)."""
    src = _in(d)
    t = sample(1)
    (src / "plain.txt").write_text(t, encoding="utf-8")
    ends = ["\r\n", "\r", "\n", "\u2028", "\u2029", "\x85"]
    lines = t.splitlines()
    mixed = "".join(line + ends[k % len(ends)] for k, line in enumerate(lines))
    (src / "mixed.txt").write_text(mixed, encoding="utf-8", newline="")
    prose = "本机关严格落实政府信息公开工作要求"
    tail = "".join(prose + ends[k % len(ends)] for k in range(300_000))
    (src / "mixed_then_prose.txt").write_text(mixed + tail, encoding="utf-8", newline="")


def t02_bom_storm(d: Path) -> None:
    """The report with a UTF-8 byte order mark at the start of every line (files concatenated
    by a script), and followed by 1,000,000 BOMs alone."""
    src = _in(d)
    t = sample(1)
    (src / "plain.txt").write_text(t, encoding="utf-8")
    (src / "bom_lines.txt").write_text("".join("\ufeff" + line + "\n" for line in t.splitlines()), encoding="utf-8")
    (src / "bom_tail.txt").write_text(t + "\ufeff" * 1_000_000, encoding="utf-8")


def t03_whitespace_scale(d: Path) -> None:
    """The report followed by 1,000,000 lines of spaces and tabs only, by one line of 20 MB of
    spaces, and by 2,000,000 ideographic spaces (U+3000) between two counts."""
    src = _in(d)
    t = sample(1)
    (src / "plain.txt").write_text(t, encoding="utf-8")
    (src / "blank_lines.txt").write_text(t + " \t \n" * 1_000_000, encoding="utf-8")
    (src / "space_line.txt").write_text(t + " " * (20 << 20) + "\n", encoding="utf-8")
    (src / "ideographic.txt").write_text(t + "收到申请5件" + "\u3000" * 2_000_000 + "办结3件。\n", encoding="utf-8")


def t04_report_repeated(d: Path) -> None:
    """The same report 2,000 times in one file (a crawler's page appended on every visit: 8 MB)."""
    src = _in(d)
    t = sample(1)
    (src / "plain.txt").write_text(t, encoding="utf-8")
    (src / "repeated.txt").write_text((t + "\n") * 2000, encoding="utf-8")


def l01_size_boundary(d: Path) -> None:
    """With --max-bytes 64K: a text report padded to 64 KiB - 1, 64 KiB and 64 KiB + 1 bytes."""
    src = _in(d)
    t = sample(1).encode("utf-8")
    limit = 64 << 10
    for name, size in (("under.txt", limit - 1), ("at.txt", limit), ("over.txt", limit + 1)):
        (src / name).write_bytes(t + b" " * (size - len(t) - 1) + b"\n")


# ---------------------------------------------------------------- outputs and runs


def b01_output_odd_links(d: Path) -> None:
    """-o a dangling symlink (to a new file in an existing folder), -o a symlink into a folder
    that does not exist, -o a symlink to itself, -o 'out.jsonl/' (a trailing slash)."""
    src = _in(d)
    for k in range(3):
        (src / f"r{k}.txt").write_text(sample(k + 1), encoding="utf-8")
    (d / "real").mkdir()
    os.symlink("real/new.jsonl", d / "dangling.jsonl")
    os.symlink("nowhere/new.jsonl", d / "dangling_dir.jsonl")
    os.symlink("self.jsonl", d / "self.jsonl")


def c01_two_force_runs(d: Path) -> None:
    """A good out.jsonl of 2 reports; then two --force runs over 4 slow reports started at once."""
    src = _in(d)
    for k in range(4):
        b25.slow(src, f"s{k}.txt", n=(k % 4) + 1, reps=60)
    old = d / "old"
    old.mkdir()
    for k in range(2):
        (old / f"o{k}.txt").write_text(sample(8 + k), encoding="utf-8")


def _three(d: Path) -> None:
    src = _in(d)
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    (src / "b.html").write_text(page(html_tables(sample(2))), encoding="utf-8")
    _zip(src / "c.docx", _docx_parts(b19.document_xml(b19.paras(sample(3)))))


def e01_tz_odd(d: Path) -> None:
    """A text, an HTML page and a DOCX annotated with TZ unset, TZ=':/dev/zero', TZ='UTC+25',
    TZ='Asia/Shanghai' and TZ a 10,000-character string."""
    _three(d)


def e02_stdout_utf16(d: Path) -> None:
    """annotate -o - (JSON lines and CSV) with PYTHONIOENCODING=utf-16 and =utf-32."""
    _three(d)


def e03_small_main_stack(d: Path) -> None:
    """Earlier rounds' deep inputs (DOCX tables 400 deep, PDF arrays 50,000 deep, HTML lists
    50,000 deep) and a report, annotated with the main thread's stack at 256 KiB (ulimit -s)."""
    src = _in(d)
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    b19.write_docx(src / "deep400.docx", b19.document_xml(b19.paras(sample(1)) + b19._nested_tables(400)))
    b19.h12_pdf_deep_array(src)
    inner = "".join(f"<p>{esc(line)}</p>" for line in sample(1).splitlines())
    n = 50_000
    (src / "nested_lists.html").write_text("<html><body>" + "<ul><li>" * n + inner + "</li></ul>" * n + "</body></html>", encoding="utf-8")


def e04_empty_path(d: Path) -> None:
    """A text, an RTF .doc (LibreOffice converts it) and an image-only PDF page (OCR) annotated
    with PATH empty (a service unit's bare environment): no soffice, no tesseract found."""
    src = _in(d)
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    (src / "b.doc").write_text(b24.rtf(sample(2)), encoding="ascii")
    scan = ROOT / "datasets" / "redteam" / "formats5" / "files" / "h02_two_up_scan.pdf"
    (src / "c_scan.pdf").write_bytes(scan.read_bytes())


def e05_std_streams_dev_full(d: Path) -> None:
    """annotate -o out.jsonl (not quiet) with standard error /dev/full; annotate -o - with
    standard output /dev/full (every write: ENOSPC)."""
    _three(d)


CASES = {
    name: fn
    for name, fn in sorted(globals().items())
    if callable(fn) and re.match(r"^[a-z]\d\d_", name)
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
