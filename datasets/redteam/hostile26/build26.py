"""Build the inputs of the hostile26 red team (session 26, robust26) into a directory.

Every case's files are generated here at check time (nothing big is committed). Written
before the library was run on these inputs, from README, the earlier rounds' READMEs and
their harnesses and builders (see README.md). hostile19's PDF, DOCX and sample helpers,
hostile20/21's api.py prelude, hostile24's RTF writer and hostile25's MHTML writer are
imported: they are the tool, not the code under test.

    python datasets/redteam/hostile26/build26.py OUTDIR [CASE ...]

``build(case, d)`` writes case ``case``'s files under ``d``; ``check26.py`` calls it.
"""

from __future__ import annotations

import base64
import bz2
import gzip
import importlib.util
import io
import lzma
import os
import struct
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


b19 = _load("build19", HERE.parent / "hostile19" / "build.py")
b20 = _load("build20", HERE.parent / "hostile20" / "build20.py")
b21 = _load("build21", HERE.parent / "hostile21" / "build21.py")
b24 = _load("build24", HERE.parent / "hostile24" / "build24.py")
b25 = _load("build25", HERE.parent / "hostile25" / "build25.py")

sample = b19.sample
esc = b19.esc
MIB = 1 << 20
ENTRY = "import sys; from govinfo_nlp.cli import main; sys.exit(main())"  # hostile19's
html = b25.html
api = b25.api
docx_report = b25.docx_report


def reps(src: Path, name: str, n: int, k: int) -> None:
    """A report: sample ``n`` repeated ``k`` times (about 2 ms of CPU a copy)."""
    (src / name).write_text((sample(n) + "\n") * k, encoding="utf-8")


def _in(d: Path) -> Path:
    src = d / "in"
    src.mkdir(parents=True, exist_ok=True)
    return src


# ---------------------------------------------------------------- time bounds in the Python API


def a01_thread_bound_gc_callbacks(d: Path) -> None:
    src = _in(d)
    reps(src, "slow.txt", 3, 2000)
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    api(
        d,
        """
import gc, threading
from govinfo_nlp import Limits


def burn(phase, info):
    # a gc callback that takes time (a profiler's, a leak tracker's): where an exception
    # raised into the thread from outside may land, and be dropped
    if phase == "start":
        x = 0
        for i in range(20000):
            x += i


gc.callbacks.append(burn)
gc.set_threshold(100, 5, 5)
PATHS = ["in/slow.txt", "in/a.txt"]


def work(prefix):
    try:
        rows = list(govinfo_nlp.annotate(PATHS, jobs=1, limits=Limits(max_seconds=2)))
    except Exception as e:
        rows = [{"errors": [raised(e)]}] * len(PATHS)
    for p, r in zip(PATHS, rows):
        r = dict(r)
        r["source"] = prefix + Path(p).name
        put(r)
    record(prefix + "parse_slow", lambda: govinfo_nlp.parse("in/slow.txt", limits=Limits(max_seconds=2)))


t = threading.Thread(target=work, args=("t_",))
t.start()
t.join(900)
work("m_")
""",
    )


def a02_main_thread_bound_busy_threads(d: Path) -> None:
    src = _in(d)
    reps(src, "mid.txt", 2, 600)
    reps(src, "busy.txt", 3, 400)
    api(
        d,
        """
import threading
from govinfo_nlp import Limits

# alone first: the reference row, its bound far away
record("ref_mid", lambda: list(govinfo_nlp.annotate(["in/mid.txt"], jobs=1))[0])
stop = []


def busy():
    while not stop:
        govinfo_nlp.parse("in/busy.txt")


ts = [threading.Thread(target=busy, daemon=True) for _ in range(3)]
for t in ts:
    t.start()
# the main thread's document takes about 1.3 s of its own CPU time, under its bound of 4 s;
# three other threads of the process parse meanwhile (a web server's other requests)
record("busy_mid", lambda: list(govinfo_nlp.annotate(["in/mid.txt"], jobs=1, limits=Limits(max_seconds=4)))[0])
stop.append(1)
for t in ts:
    t.join(600)
""",
    )


def a03_asyncio_to_thread_bounds(d: Path) -> None:
    src = _in(d)
    reps(src, "slow1.txt", 3, 2000)
    reps(src, "slow2.txt", 4, 2000)
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    api(
        d,
        """
import asyncio
from concurrent.futures import ThreadPoolExecutor
from govinfo_nlp import Limits

NAMES = ["slow1.txt", "a.txt", "slow2.txt"]
for n in NAMES:
    record("ref_" + n, lambda: govinfo_nlp.parse("in/" + n, limits=Limits(max_seconds=2)))


async def main():
    # an async web handler's way: the parses in worker threads, awaited together
    return await asyncio.gather(
        *(asyncio.to_thread(govinfo_nlp.parse, "in/" + n, limits=Limits(max_seconds=2)) for n in NAMES),
        return_exceptions=True,
    )


for n, r in zip(NAMES, asyncio.run(main())):
    record("async_" + n, lambda: (_ for _ in ()).throw(r) if isinstance(r, BaseException) else r)
with ThreadPoolExecutor(3) as pool:
    futs = [pool.submit(lambda n=n: list(govinfo_nlp.annotate(["in/" + n], limits=Limits(max_seconds=2)))[0]) for n in NAMES]
    for n, f in zip(NAMES, futs):
        record("pool_" + n, f.result)
""",
    )


# ---------------------------------------------------------------- signals mid-batch


def s01_sigterm_worker(d: Path) -> None:
    b21._slow_corpus(d)


def _big_rtf(src: Path, name: str, lines: int = 20000) -> None:
    rows = "\n".join(f"第{k}行\t收到申请{k % 97}件\t办结{k % 89}件\t{k}" for k in range(lines))
    (src / name).write_text(b24.rtf(sample(1) + "\n" + rows), encoding="ascii")


# (corrected after the first reading: 20,000 lines took LibreOffice past its 120 s CPU bound,
# 900 s of wall clock on a loaded machine, before the case reached what it tests; 2,000 now)
def s02_sigterm_run_during_soffice(d: Path) -> None:
    src = _in(d)
    _big_rtf(src, "a_big.doc", 2000)
    (src / "b.txt").write_text(sample(2), encoding="utf-8")
    (d / "tmp").mkdir()


def s03_sigkill_worker_during_soffice(d: Path) -> None:
    src = _in(d)
    _big_rtf(src, "a_big.doc", 2000)
    (src / "b.txt").write_text(sample(2), encoding="utf-8")
    (src / "c.txt").write_text(sample(3), encoding="utf-8")
    (d / "tmp").mkdir()


def s04_sigterm_force_parquet(d: Path) -> None:
    b20.three(d, "old")
    b21._slow_corpus(d)


# ---------------------------------------------------------------- files that are not what they say


def f01_nul_files(d: Path) -> None:
    src = _in(d)
    (src / "zero.txt").write_bytes(b"\0" * (20 * MIB))
    (src / "zero.html").write_bytes(b"\0" * MIB)
    (src / "zero.pdf").write_bytes(b"\0" * MIB)
    (src / "zero.docx").write_bytes(b"\0" * MIB)
    (src / "three.txt").write_bytes(b"\0\0\0")
    (src / "a.txt").write_text(sample(1), encoding="utf-8")


def f02_encoding_switches(d: Path) -> None:
    src = _in(d)
    t = sample(1)
    (src / "plain.txt").write_text(t, encoding="utf-8")
    tail = "附件：政府信息公开工作年度报告说明。" * 60
    # a UTF-8 report whose appendix was pasted in GB18030
    (src / "utf8_then_gb.txt").write_bytes(t.encode("utf-8") + b"\n" + tail.encode("gb18030"))
    # a GB18030 report whose appendix is UTF-8
    (src / "gb_then_utf8.txt").write_bytes(t.encode("gb18030") + b"\n" + tail.encode("utf-8"))
    # UTF-16LE with BOM, then UTF-8 bytes appended (a second tool's output)
    (src / "utf16_then_utf8.txt").write_bytes(
        b"\xff\xfe" + t.encode("utf-16-le") + ("\n" + tail).encode("utf-8")
    )
    page = html(t)
    # a page declaring gbk whose bytes are UTF-8; a page declaring utf-8 then gbk, in GBK bytes
    (src / "meta_gbk_body_utf8.html").write_bytes(page.replace('charset="utf-8"', 'charset="gbk"').encode("utf-8"))
    two = page.replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    (src / "two_metas_gbk_bytes.html").write_bytes(two.encode("gb18030"))
    (src / "plain.html").write_text(page, encoding="utf-8")


def f03_char_devices_by_name(d: Path) -> None:
    src = _in(d)
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    os.symlink("/dev/null", src / "null_report.pdf")
    os.symlink("/dev/full", src / "full_report.txt")


def f04_pdf_truncated_while_read(d: Path) -> None:
    src = _in(d)
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    b19.report_pdf(src / "b_big.pdf", (sample(2) + "\n") * 60)
    (src / "c.txt").write_text(sample(3), encoding="utf-8")


def f05_directory_link_graph(d: Path) -> None:
    src = _in(d)
    names = [f"d{k}" for k in range(6)]
    for k, n in enumerate(names):
        (src / n).mkdir()
        (src / n / f"r{k}.txt").write_text(sample((1, 2, 3, 4, 7, 8)[k]), encoding="utf-8")
    for n in names:
        for m in names:
            os.symlink(f"../{m}", src / n / f"to_{m}")  # every directory links to every one


# ---------------------------------------------------------------- zip containers


def _docx_members(text: str) -> dict[str, bytes]:
    buf = io.BytesIO()
    b19.write_docx(buf, b19.document_xml(b19.paras(text)))  # type: ignore[arg-type]
    with zipfile.ZipFile(buf) as z:
        return {n: z.read(n) for n in z.namelist()}


def _raw_zip(entries: list[tuple[bytes, bytes, int, int, bytes | None]], comment: bytes = b"") -> bytes:
    """A zip written by hand from entries (name, data, method 0/8, declared size or -1, shared):
    with ``shared`` the name of an earlier entry, the entry's central record points at that
    entry's local header and data (no local header of its own)."""
    out = io.BytesIO()
    central = []
    for name, data, method, declared, shared in entries:
        if shared is None:
            at = out.tell()
            comp = data
            if method == 8:
                c = zlib.compressobj(9, zlib.DEFLATED, -15)
                comp = c.compress(data) + c.flush()
            crc = zlib.crc32(data)
            out.write(
                struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(comp), len(data), len(name), 0)
                + name
                + comp
            )
            central.append((name, method, crc, len(comp), declared if declared >= 0 else len(data), at))
        else:
            prev = next(c for c in central if c[0] == shared)
            central.append((name, prev[1], prev[2], prev[3], declared if declared >= 0 else prev[4], prev[5]))
    cd = out.tell()
    for name, method, crc, csize, usize, at in central:
        out.write(
            struct.pack(
                "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, csize, usize & 0xFFFFFFFF,
                len(name), 0, 0, 0, 0, 0, at,
            )
            + name
        )
    end = out.tell()
    n = len(central)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n & 0xFFFF, n & 0xFFFF, end - cd, cd, len(comment)) + comment)
    return out.getvalue()


def z01_zip_overlapping_entries(d: Path) -> None:
    src = _in(d)
    m = _docx_members(sample(1))
    docx_report(src / "plain.docx", sample(1))
    # 2,000 members whose central entries all point at one local entry of 16 MiB of zeros
    # (deflated to 16 KB): each alone is under the bound, together 32 GB (a non-recursive bomb)
    entries = [(n.encode(), v, 8, -1, None) for n, v in m.items()]
    entries.append((b"word/media/image0.png", b"\0" * (16 * MIB), 8, -1, None))
    entries += [(f"word/media/image{k}.png".encode(), b"", 8, -1, b"word/media/image0.png") for k in range(1, 2000)]
    (src / "overlap.docx").write_bytes(_raw_zip(entries))
    # document.xml's central entry points at styles.xml's local header (the names differ)
    swapped = [e for e in entries[: len(m)] if e[0] != b"word/document.xml"]
    swapped.append((b"word/document.xml", b"", 8, -1, b"word/styles.xml"))
    (src / "name_mismatch.docx").write_bytes(_raw_zip(swapped))


def z02_zip_absurd_sizes(d: Path) -> None:
    src = _in(d)
    m = _docx_members(sample(2))
    docx_report(src / "plain.docx", sample(2))
    # document.xml's declared size 0xFFFFFFFF (4 GiB, not zip64): it is small in truth
    (src / "declared_4g.docx").write_bytes(
        _raw_zip([(n.encode(), v, 8, 0xFFFFFFFF if n == "word/document.xml" else -1, None) for n, v in m.items()])
    )
    # 70,000 empty members (past 65,535: the end record's count wraps) around a report
    ents = [(n.encode(), v, 8, -1, None) for n, v in m.items()]
    ents += [(f"customXml/item{k}.xml".encode(), b"", 0, -1, None) for k in range(70_000)]
    (src / "entries_70000.docx").write_bytes(_raw_zip(ents))
    # a comment holding a fake end record that points at a second, empty central directory
    real = _raw_zip([(n.encode(), v, 8, -1, None) for n, v in m.items()])
    fake_eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0, 0, 0, 0, 0)
    (src / "fake_eocd_in_comment.docx").write_bytes(real[:-2] + struct.pack("<H", 200) + fake_eocd + b" " * (200 - 22))
    (src / "a.txt").write_text(sample(1), encoding="utf-8")


def z03_zip_odd_names(d: Path) -> None:
    src = _in(d)
    m = _docx_members(sample(3))
    other = _docx_members(sample(8))
    docx_report(src / "plain.docx", sample(3))
    ents = [(n.encode(), v, 8, -1, None) for n, v in m.items()]
    # a twin of document.xml that differs in case, holding another report
    ents.append((b"WORD/DOCUMENT.XML", other["word/document.xml"], 8, -1, None))
    # a directory entry of the same name as document.xml
    ents.append((b"word/document.xml/", b"", 0, -1, None))
    # a member name with a NUL and one of 65,535 bytes
    ents.append((b"word/evil\0.xml", b"<x/>", 8, -1, None))
    ents.append((b"word/" + b"n" * 65_000 + b".xml", b"<x/>", 8, -1, None))
    (src / "odd_names.docx").write_bytes(_raw_zip(ents))
    # the same report with the twin first: which document.xml is read must not be the twin
    ents2 = [ents[-4]] + ents[:-4]
    (src / "twin_first.docx").write_bytes(_raw_zip(ents2))


# ---------------------------------------------------------------- nesting


def n01_docx_nested_textboxes(d: Path) -> None:
    src = _in(d)
    t = sample(4)
    docx_report(src / "plain.docx", t)
    body = b19.paras(t)
    n = 5000
    box_open = '<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
    box_close = "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
    inner = '<w:p><w:r><w:t>框</w:t></w:r></w:p>'
    b19.write_docx(src / "textboxes.docx", b19.document_xml(body + box_open * n + inner + box_close * n))
    n = 100_000
    ins = "<w:p>" + '<w:ins w:id="1" w:author="a">' * n + "<w:r><w:t>插入</w:t></w:r>" + "</w:ins>" * n + "</w:p>"
    b19.write_docx(src / "nested_ins.docx", b19.document_xml(body + ins))
    n = 100_000
    hl = "<w:p>" + "<w:hyperlink>" * n + "<w:r><w:t>链接</w:t></w:r>" + "</w:hyperlink>" * n + "</w:p>"
    b19.write_docx(src / "nested_links.docx", b19.document_xml(body + hl))


def n02_html_unclosed_formatting(d: Path) -> None:
    src = _in(d)
    t = sample(1)
    (src / "plain.html").write_text(html(t), encoding="utf-8")
    # 1,000,000 formatting tags never closed, before the report
    (src / "unclosed_b.html").write_text(html(t, extra="").replace("<body>", "<body>" + "<b><font>" * 500_000), encoding="utf-8")
    # the report inside 10,000 nested <svg><foreignObject>
    n = 10_000
    wrap_o, wrap_c = "<svg><foreignObject>" * n, "</foreignObject></svg>" * n
    body = "".join(f"<p>{esc(line)}</p>" for line in t.splitlines())
    (src / "svg_foreign.html").write_text(
        '<html><head><meta charset="utf-8"><title>报告</title></head><body>' + wrap_o + body + wrap_c + "</body></html>",
        encoding="utf-8",
    )
    # 300,000 nested <div style> with the report innermost (a style looked up per ancestor)
    n = 300_000
    (src / "deep_styled_divs.html").write_text(
        '<html><head><meta charset="utf-8"><title>报告</title></head><body>'
        + '<div style="color:red">' * n + body + "</div>" * n + "</body></html>",
        encoding="utf-8",
    )


def n03_css_many_rules(d: Path) -> None:
    src = _in(d)
    t = sample(1)
    (src / "plain.html").write_text(html(t), encoding="utf-8")
    rules = "".join(f".c{k} td:nth-child({k % 7 + 2}) span.x{k}{{display:none}}\n" for k in range(20_000))
    rules += "".join(f'td[title*="k{k}"] ~ td{{visibility:hidden}}\n' for k in range(5_000))
    cells = "<table>" + "".join(
        f'<tr class="r{k}"><td title="t{k}">{k}</td><td>{k % 13}</td><td>{k % 7}</td></tr>' for k in range(20_000)
    ) + "</table>"
    (src / "many_rules.html").write_text(html(t, head=f"<style>{rules}</style>", extra=cells), encoding="utf-8")


# ---------------------------------------------------------------- lines at scale


def l01_million_digit_number(d: Path) -> None:
    src = _in(d)
    t = sample(1)
    (src / "plain.txt").write_text(t, encoding="utf-8")
    (src / "digits.txt").write_text(t + "\n收到申请" + "9" * 3_000_000 + "件。\n", encoding="utf-8")
    (src / "fullwidth_digits.txt").write_text(t + "\n办结" + "９" * 1_000_000 + "件。\n", encoding="utf-8")
    (src / "one_line_no_marks.txt").write_text(t + "\n" + "政府信息公开" * 1_500_000 + "\n", encoding="utf-8")


def l02_table_row_million_cells(d: Path) -> None:
    src = _in(d)
    t = sample(1)
    (src / "plain.txt").write_text(t, encoding="utf-8")
    (src / "row_2m_cells.txt").write_text(t + "\n本年新收政府信息公开申请数量" + " 1" * 2_000_000 + "\n", encoding="utf-8")
    (src / "pipe_row.txt").write_text(t + "\n| 本年新收政府信息公开申请数量 |" + " 3 |" * 500_000 + "\n", encoding="utf-8")
    cells = "<table><tr><td>本年新收政府信息公开申请数量</td>" + "<td>7</td>" * 200_000 + "</tr></table>"
    (src / "html_row.html").write_text(html(t, extra=cells), encoding="utf-8")


# ---------------------------------------------------------------- PDF


def p01_pdf_many_rules(d: Path) -> None:
    src = _in(d)
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    t = sample(2)
    b19.report_pdf(src / "plain.pdf", t)

    def page(path: Path, draw) -> None:
        c = canvas.Canvas(str(path), pagesize=A4)
        draw(c)
        y = 800
        for line in t.splitlines()[:50]:
            c.setFont("STSong-Light", 10)
            c.drawString(40, y, line[:50])
            y -= 14
        c.showPage()
        c.save()

    def grid(c) -> None:  # 100,000 short segments: a dense grid of rules 1 pt apart
        c.setLineWidth(0.1)
        for k in range(50_000):
            x = 20 + (k % 500)
            y = 20 + (k // 500) * 7
            c.line(x, y, x + 0.8, y)
            c.line(x, y, x, y + 0.8)

    def boxes(c) -> None:  # 60,000 tiny rectangles
        c.setLineWidth(0.1)
        for k in range(60_000):
            c.rect(20 + (k % 300) * 1.8, 20 + (k // 300) * 3.9, 1.2, 1.2)

    page(src / "grid_rules.pdf", grid)
    page(src / "tiny_boxes.pdf", boxes)


def p02_pdf_structure_loops(d: Path) -> None:
    src = _in(d)
    ops = b19.TEXT_OPS
    base = b19.simple_pdf(ops)
    (src / "plain.pdf").write_bytes(b19.pdf_bytes(base))
    # an outline whose /Next loops back to its first item
    objs = list(base)
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R >>"
    objs += [
        b"<< /Type /Outlines /First 7 0 R /Last 8 0 R /Count 2 >>",
        b"<< /Title (a) /Parent 6 0 R /Next 8 0 R /Dest [3 0 R /Fit] >>",
        b"<< /Title (b) /Parent 6 0 R /Next 7 0 R /Prev 7 0 R /Dest [3 0 R /Fit] >>",
    ]
    (src / "outline_loop.pdf").write_bytes(b19.pdf_bytes(objs))
    # a form field whose /Kids holds itself and whose /Parent is its kid; an annotation on the page
    objs = list(base)
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] >> >>"
    objs[2] = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> /Annots [7 0 R] >>"
    )
    objs += [
        b"<< /T (f) /FT /Tx /Kids [6 0 R 7 0 R] /Parent 7 0 R /V (12) >>",
        b"<< /Type /Annot /Subtype /Widget /Rect [72 600 200 620] /Parent 6 0 R /Kids [6 0 R] /P 3 0 R "
        b"/V (34) /DA (/F1 12 Tf 0 g) /Popup 7 0 R >>",
    ]
    (src / "field_loop.pdf").write_bytes(b19.pdf_bytes(objs))
    # optional content whose /Order nests 50,000 deep and whose /OCGs lists an array that holds itself
    objs = list(base)
    deep = b"[" * 50_000 + b"6 0 R" + b"]" * 50_000
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs 7 0 R /D << /Order " + deep + b" /OFF [6 0 R] >> >> >>"
    objs += [b"<< /Type /OCG /Name (layer) >>", b"[6 0 R 7 0 R]"]
    (src / "oc_loops.pdf").write_bytes(b19.pdf_bytes(objs))


def p03_pdf_jpeg_lies(d: Path) -> None:
    src = _in(d)
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (16, 16), 255).save(buf, "JPEG")
    jpeg = bytearray(buf.getvalue())
    # the SOF0 marker's height and width rewritten to 65,000 x 65,000
    sof = jpeg.index(b"\xff\xc0")
    struct.pack_into(">HH", jpeg, sof + 5, 65000, 65000)
    img = b19.stream(bytes(jpeg), b"/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode")
    page_ops = b"q 500 0 0 700 50 50 cm /Im1 Do Q\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>",
        b19.stream(page_ops),
        img,
    ]
    (src / "jpeg_lies.pdf").write_bytes(b19.pdf_bytes(objs))
    # a JPX (JPEG 2000) stream of junk declaring 100,000 x 100,000 in its header box
    jpx = b"\x00\x00\x00\x0cjP  \r\n\x87\n" + b"\x00\x00\x00\x2dihdr" + struct.pack(">IIHBBBB", 100000, 100000, 1, 7, 7, 0, 0) + os.urandom(4000)
    objs[4] = b19.stream(jpx, b"/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /JPXDecode")
    (src / "jpx_junk.pdf").write_bytes(b19.pdf_bytes(objs))
    (src / "a.txt").write_text(sample(1), encoding="utf-8")


# ---------------------------------------------------------------- web archives and compressed text


def m01_mhtml_gzip_part(d: Path) -> None:
    src = _in(d)
    page = html(sample(1)).encode("utf-8")
    ok = "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\nContent-Location: http://x/\r\n"
    (src / "plain.mhtml").write_bytes(b25._mhtml(ok, page))
    gz = "Content-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\nContent-Transfer-Encoding: base64\r\n"
    # (renamed after the first reading: "gzip" in the name passed the expectation on any message)
    (src / "part_declared.mhtml").write_bytes(b25._mhtml(gz, base64.encodebytes(gzip.compress(page))))
    # gzip'd with no Content-Encoding header (a proxy's response saved as it came)
    bare = "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"
    (src / "part_undeclared.mhtml").write_bytes(b25._mhtml(bare, base64.encodebytes(gzip.compress(page))))


def m02_compressed_named_txt(d: Path) -> None:
    src = _in(d)
    t = sample(1).encode("utf-8")
    (src / "a.txt").write_bytes(t)
    # (renamed after the first reading: the formats' names in the file names passed the
    # expectation on any message)
    (src / "r1.txt").write_bytes(lzma.compress(t))
    (src / "r2.txt").write_bytes(bz2.compress(t))
    (src / "r3.txt").write_bytes(b"\x28\xb5\x2f\xfd" + os.urandom(2000))
    (src / "r4.html").write_bytes(b"7z\xbc\xaf\x27\x1c" + os.urandom(2000))
    (src / "r5.txt").write_bytes(b"Rar!\x1a\x07\x01\x00" + os.urandom(2000))


# ---------------------------------------------------------------- the output among the inputs


def o01_stdout_into_input_dir(d: Path) -> None:
    b20.three(d)
    (d / "run.py").write_text(
        "import subprocess, sys\n"
        f"ENTRY = {ENTRY!r}\n"
        "with open('in/zz_rows.txt', 'wb') as out:\n"
        "    rc = subprocess.run([sys.executable, '-c', ENTRY, 'annotate', 'in', '-o', '-', '-q'], stdout=out).returncode\n"
        "sys.exit(rc)\n",
        encoding="utf-8",
    )


# ---------------------------------------------------------------- the cases

CASES = {
    name: fn
    for name, fn in globals().items()
    if callable(fn) and name[:1] in "asfznlpmo" and name[1:3].isdigit() and name[3:4] == "_"
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
