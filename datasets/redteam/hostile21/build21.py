"""Build the inputs of the hostile21 red team (session 21, hostile21) into a directory.

Every case's files are generated here at check time (nothing big is committed). Written
before any library code under ``govinfo_nlp/`` was read and before the library was run on
these inputs, from README/SCHEMA, docs/schema.md, the CLI's ``--help`` and the earlier rounds'
READMEs, expect.jsonl and docstrings only (see README.md). hostile19's hand-made PDF, DOCX
and sample helpers (``../hostile19/build.py``) and hostile20's api.py prelude
(``../hostile20/build20.py``) are imported: they are the tool, not the code under test.

    python datasets/redteam/hostile21/build21.py OUTDIR [CASE ...]

``build(case, d)`` writes case ``case``'s files under ``d``; ``check21.py`` calls it. A case
of the Python API gets an ``api.py`` that writes one JSON line per call into ``api.jsonl``
(hostile20's convention: the row, or ``exception.<Type>: (<classes>) <message>``).
"""

from __future__ import annotations

import base64
import importlib.util
import io
import json
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

sample = b19.sample  # 1-4, 7-9 are text samples
SAMPLES = b19.SAMPLES
MIB = 1 << 20
FONT_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def three(d: Path, sub: str = "in", ns: tuple[int, ...] = (1, 2, 3)) -> Path:
    return b20.three(d, sub, ns)


def html_page(text: str, middle: str = "", after: str = "") -> str:
    """A saved page of a sample report: its lines as paragraphs, ``middle`` wrapping them."""
    body = "".join(f"<p>{b19.esc(line)}</p>\n" for line in text.splitlines())
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告</title></head><body>\n'
        + body
        + middle
        + after
        + "\n</body></html>\n"
    )


def api(d: Path, body: str, *, main_guard: bool = False) -> None:
    if main_guard:  # spawn re-imports the script: the work runs only in the parent
        body = 'if __name__ == "__main__":\n' + "".join(
            "    " + line + "\n" if line.strip() else "\n" for line in body.splitlines()
        )
    b20.api(d, body)


# ---------------------------------------------------------------- HTML structure


def n01_html_nested(d: Path) -> None:
    t = sample(1)
    inner = "".join(f"<p>{b19.esc(line)}</p>" for line in t.splitlines())
    n = 20_000
    (d / "nested_tables.html").write_text(
        "<html><body>" + "<table><tr><td>" * n + inner + "</td></tr></table>" * n + "</body></html>",
        encoding="utf-8",
    )
    n = 50_000
    (d / "nested_lists.html").write_text(
        "<html><body>" + "<ul><li>" * n + inner + "</li></ul>" * n + "</body></html>",
        encoding="utf-8",
    )
    n = 200_000
    (d / "nested_spans.html").write_text(
        "<html><body><p>" + "<span>" * n + b19.esc(t) + "</span>" * n + "</p></body></html>",
        encoding="utf-8",
    )


def n02_html_million_td(d: Path) -> None:
    t = sample(2)
    n = 1_000_000
    (d / "one_row.html").write_text(
        html_page(t, after="<table><tr>" + "<td>1</td>" * n + "</tr></table>"), encoding="utf-8"
    )
    (d / "stray_td.html").write_text(html_page(t, after="<td>1</td>" * n), encoding="utf-8")


def n03_html_attributes(d: Path) -> None:
    t = sample(3)
    attrs = " ".join(f'a{i}="1"' for i in range(300_000))
    (d / "many_attrs.html").write_text(
        html_page(t, after=f"<p {attrs}>附注</p>"), encoding="utf-8"
    )
    (d / "long_attr.html").write_text(
        html_page(t, after='<div title="' + "5件，" * 2_500_000 + '">附注</div>'), encoding="utf-8"
    )


def n04_html_srcdoc_nested(d: Path) -> None:
    import html

    t = sample(1)
    doc = "<p>" + b19.esc(t) + "</p>"
    depth = 0
    while depth < 1200:
        nxt = '<html><body><iframe srcdoc="' + html.escape(doc, quote=True) + '"></iframe></body></html>'
        if len(nxt.encode("utf-8")) > 28 * MIB:
            break
        doc = nxt
        depth += 1
    (d / "srcdoc_nested.html").write_text(doc, encoding="utf-8")
    (d / "depth.txt").write_text(str(depth), encoding="utf-8")


def _png_1bit(width: int, height: int) -> bytes:
    """A valid 1-bit grayscale PNG of zeros (white is 1; zeros are black), streamed."""
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    comp = zlib.compressobj(9)
    chunks = []
    block = row * max(1, (4 * MIB) // len(row))
    per = max(1, (4 * MIB) // len(row))
    left = height
    while left >= per:
        chunks.append(comp.compress(block))
        left -= per
    chunks.append(comp.compress(row * left))
    chunks.append(comp.flush())
    idat = b"".join(chunks)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def n05_html_data_uri_bomb(d: Path) -> None:
    t = sample(2)
    bomb = base64.b64encode(_png_1bit(50_000, 50_000)).decode("ascii")
    (d / "bomb_img.html").write_text(
        html_page(t, after=f'<p>附表：</p><img alt="统计表" src="data:image/png;base64,{bomb}">'),
        encoding="utf-8",
    )
    junk = base64.b64encode(os.urandom(8 * MIB)).decode("ascii")
    (d / "junk_img.html").write_text(
        html_page(t, after=f'<p>附表：</p><img alt="统计表" src="data:image/png;base64,{junk}">'),
        encoding="utf-8",
    )


# ---------------------------------------------------------------- PDF structure


def p01_pdf_page_tree_dag(d: Path) -> None:
    levels = 32
    for name, honest in (("dag_counted.pdf", True), ("dag_lying.pdf", False)):
        objs = [b"<< /Type /Catalog /Pages 2 0 R >>"]
        # objects 2 .. levels+1 are /Pages nodes, each listing the next node twice
        for k in range(levels):
            num = 2 + k
            child = num + 1
            count = 2 ** (levels - k) if honest else 2
            parent = b"" if k == 0 else b"/Parent %d 0 R " % (num - 1)
            objs.append(
                b"<< /Type /Pages %s/Kids [%d 0 R %d 0 R] /Count %d >>" % (parent, child, child, count)
            )
        page = 2 + levels
        objs.append(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (page - 1, page + 1, page + 2)
        )
        objs.append(b19.stream(b19.TEXT_OPS))
        objs.append(b19.FONT)
        (d / name).write_bytes(b19.pdf_bytes(objs))


def p02_pdf_count_lies(d: Path) -> None:
    n = 5000
    # 1 catalog, 2 pages root, 3 font, 4 shared content, then n page objects
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the root, filled below
        b19.FONT,
        b19.stream(b"BT /F1 12 Tf 72 720 Td (Page: 12 requests received, 11 closed.) Tj ET\n"),
    ]
    kids = []
    for i in range(n):
        num = 5 + i
        kids.append(b"%d 0 R" % num)
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>"
        )
    objs[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count 1 >>"
    (d / "many_pages_count1.pdf").write_bytes(b19.pdf_bytes(objs))
    one = b19.simple_pdf(b19.TEXT_OPS)
    one[1] = one[1].replace(b"/Count 1", b"/Count 2147483647")
    (d / "count_huge.pdf").write_bytes(b19.pdf_bytes(one))


def _xobject_pdf(forms: dict[str, bytes], page_ops: bytes) -> bytes:
    """A page drawing text then ``page_ops``; ``forms``: name -> form content, every form
    having every form in its /Resources (so a form can draw itself or another)."""
    names = sorted(forms)
    first_form = 6
    xobj = b" ".join(b"/%s %d 0 R" % (n.encode(), first_form + i) for i, n in enumerate(names))
    res = b"<< /Font << /F1 5 0 R >> /XObject << " + xobj + b" >> >>"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources " + res + b" >>",
        b19.stream(b19.TEXT_OPS + page_ops),
        b19.FONT,
    ]
    for n in names:
        objs.append(
            b19.stream(
                forms[n], b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources " + res
            )
        )
    return b19.pdf_bytes(objs)


def p03_pdf_xobject_recursion(d: Path) -> None:
    (d / "self_form.pdf").write_bytes(_xobject_pdf({"X0": b"q 0.5 0 0 0.5 0 0 cm /X0 Do Q"}, b"/X0 Do\n"))
    (d / "mutual_forms.pdf").write_bytes(
        _xobject_pdf({"X0": b"q /X1 Do Q", "X1": b"q /X0 Do Q"}, b"/X0 Do\n")
    )
    (d / "self_twice.pdf").write_bytes(
        _xobject_pdf({"X0": b"q /X0 Do Q q /X0 Do Q"}, b"/X0 Do\n")
    )


def p05_pdf_million_chars(d: Path) -> None:
    parts = [b"BT /F1 2 Tf\n"]
    n = 1_000_000
    for i in range(n):
        x = 10 + (i % 296) * 2
        y = 10 + (i // 296) % 386 * 2
        parts.append(b"1 0 0 1 %d %d Tm (%c) Tj\n" % (x, y, 48 + i % 10))
    parts.append(b"ET\n")
    data = b"".join(parts)
    comp = zlib.compress(data, 9)
    objs = b19.simple_pdf(b"")
    objs[3] = b19.stream(comp, b"/Filter /FlateDecode")
    (d / "million_chars.pdf").write_bytes(b19.pdf_bytes(objs))
    (d / "decoded_bytes.txt").write_text(str(len(data)), encoding="utf-8")


def p06_pdf_huge_page_ocr(d: Path) -> None:
    # a page image only (no text layer: OCR's turn); the page 14,400 pt square at /UserUnit 75
    img = zlib.compress(bytes(range(256)) * 40, 9)  # 100 x 100 gray, deflated (10,240 > 10,000: fine)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /UserUnit 75 /Contents 4 0 R "
        b"/Resources << /XObject << /Im0 5 0 R >> >> >>",
        b19.stream(b"q 14400 0 0 14400 0 0 cm /Im0 Do Q\n"),
        b19.stream(
            img,
            b"/Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 /Filter /FlateDecode",
        ),
    ]
    (d / "userunit.pdf").write_bytes(b19.pdf_bytes(objs))
    # an image XObject declaring 100,000 x 100,000 one-bit pixels (1.25 GB unpacked) on a normal page
    w = 100_000
    row = b"\xff" * (w // 8)
    comp = zlib.compressobj(9)
    block_rows = 2000
    out = []
    for _ in range(w // block_rows):
        out.append(comp.compress(row * block_rows))
    out.append(comp.flush())
    data = b"".join(out)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /XObject << /Im0 5 0 R >> >> >>",
        b19.stream(b"q 612 0 0 792 0 0 cm /Im0 Do Q\n"),
        b19.stream(
            data,
            b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 1 /Filter /FlateDecode" % (w, w),
        ),
    ]
    (d / "image_decl.pdf").write_bytes(b19.pdf_bytes(objs))


# ---------------------------------------------------------------- OCR


def _page_images(text: str, n_pages: int, lines_per_page: int = 34, label: str = "第{p}页", mode: str = "L"):
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT_PATH, 26)
    big = ImageFont.truetype(FONT_PATH, 44)
    lines = [line for line in text.splitlines() if line.strip()] or ["政府信息公开"]
    pages = []
    k = 0
    for p in range(1, n_pages + 1):
        im = Image.new("L", (1240, 1754), 255)
        dr = ImageDraw.Draw(im)
        dr.text((80, 60), label.format(p=p), font=big, fill=0)
        y = 140
        for _ in range(lines_per_page):
            dr.text((80, y), lines[k % len(lines)][:40], font=font, fill=0)
            k += 1
            y += 46
        pages.append(im if mode == "L" else im.convert(mode))
    return pages


def i01_tiff_many_pages(d: Path) -> None:
    pages = _page_images(sample(1), 400, lines_per_page=20, mode="1")
    pages[0].save(
        d / "scan400.tif", save_all=True, append_images=pages[1:], compression="group4"
    )


# ---------------------------------------------------------------- DOCX structure


def z01_docx_zip_paths(d: Path) -> None:
    doc = b19.document_xml(b19.paras(sample(1)))
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/image" Target="../../../../../../../../etc/passwd"/>'
        "</Relationships>"
    )
    absolute = str((d / "escaped_abs.xml").resolve())
    with zipfile.ZipFile(d / "zipslip.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", b19.CT_DOCX)
        z.writestr("_rels/.rels", b19.RELS)
        z.writestr("word/_rels/document.xml.rels", rels)
        z.writestr("word/document.xml", doc)
        z.writestr("word/styles.xml", b19.STYLES)
        z.writestr("../escaped_rel.xml", "<x>escaped</x>")
        z.writestr("../../escaped_rel2.xml", "<x>escaped</x>")
        z.writestr(zipfile.ZipInfo(absolute), "<x>escaped</x>")
        z.writestr("word\\..\\..\\escaped_bs.xml", "<x>escaped</x>")
        z.writestr("word/" + "长" * 300 + ".xml", "<x/>")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the duplicate name is the case
        with zipfile.ZipFile(d / "dup_member.docx", "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", b19.CT_DOCX)
            z.writestr("_rels/.rels", b19.RELS)
            z.writestr("word/_rels/document.xml.rels", b19.DOC_RELS)
            z.writestr("word/document.xml", doc)
            z.writestr("word/styles.xml", b19.STYLES)
            z.writestr("word/document.xml", b19.document_xml(b19.paras(sample(2))))
    b19.write_docx(d / "declared_4g.docx", doc)
    b19.patch_member(d / "declared_4g.docx", "word/document.xml", size=0xFFFFFFFE)


def _tc(text: str, extra: str = "") -> str:
    return f"<w:tc>{extra}<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def z02_docx_table_grid(d: Path) -> None:
    body = b19.paras(sample(1))
    n = 300
    row = "<w:tr>" + _tc("1") * n + "</w:tr>"
    grid = "<w:tblGrid>" + '<w:gridCol w:w="30"/>' * n + "</w:tblGrid>"
    b19.write_docx(
        d / "wide_table.docx", b19.document_xml(body + "<w:tbl>" + grid + row * n + "</w:tbl>")
    )
    rows = ["<w:tr>" + _tc("合计", '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>') + _tc("1") + "</w:tr>"]
    cont = "<w:tr>" + _tc("", "<w:tcPr><w:vMerge/></w:tcPr>") + _tc("1") + "</w:tr>"
    rows += [cont] * 30_000
    grid = '<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>'
    b19.write_docx(
        d / "vmerge.docx", b19.document_xml(body + "<w:tbl>" + grid + "".join(rows) + "</w:tbl>")
    )


# ---------------------------------------------------------------- text


EXTRA_4BYTE = "\n附：𠮷野家 𡈽 𤋮 🀄 〇\n"


def t01_text_encodings(d: Path) -> None:
    base = sample(1) + EXTRA_4BYTE
    (d / "a_utf8.txt").write_text(base, encoding="utf-8")
    (d / "b_gb18030.txt").write_bytes(base.encode("gb18030"))
    (d / "c_utf32le_bom.txt").write_bytes(base.encode("utf-32"))
    (d / "d_utf32be.txt").write_bytes(base.encode("utf-32-be"))
    (d / "e_widened.txt").write_bytes(b"".join(bytes([b, 0]) for b in base.encode("utf-8")))
    (d / "f_bom_gbk.txt").write_bytes(b"\xef\xbb\xbf" + sample(1).encode("gbk"))


def t02_invisible_at_scale(d: Path) -> None:
    (d / "zwsp_number.txt").write_text(
        sample(1) + "\n本年收到申请1" + "\u200b" * 1_000_000 + "2件。\n", encoding="utf-8"
    )
    (d / "combining.txt").write_text(
        sample(2) + "\n收" + "\u0301" * 1_000_000 + "到申请5件。\n", encoding="utf-8"
    )
    (d / "brackets.txt").write_text(
        sample(3) + "\n" + "（" * 500_000 + "“" * 500_000 + "收到申请5件。\n", encoding="utf-8"
    )


# ---------------------------------------------------------------- concurrency and signals


def _slow_corpus(d: Path, n: int = 6, reps: int = 120) -> Path:
    """``n`` reports, each a sample repeated ``reps`` times (0.5-1 MB: seconds each)."""
    src = d / "in"
    src.mkdir(parents=True, exist_ok=True)
    for i, name in enumerate("abcdefgh"[:n]):
        (src / f"{name}.txt").write_text((sample((1, 2, 3, 4, 7, 8)[i % 6]) + "\n") * reps, encoding="utf-8")
    return src


def c01_lock_other_spelling(d: Path) -> None:
    _slow_corpus(d)
    (d / "sub").mkdir()


def c02_sigint_group(d: Path) -> None:
    _slow_corpus(d)


def c03_sigterm_run(d: Path) -> None:
    _slow_corpus(d)


def c04_sigpipe(d: Path) -> None:
    three(d)
    os.mkfifo(d / "fifo.jsonl")


def c05_worker_killed_resume(d: Path) -> None:
    src = three(d, ns=(1, 2, 3, 4))
    (src / "b.txt").write_text((sample(2) + "\n") * 300, encoding="utf-8")  # slow: killed during


# ---------------------------------------------------------------- outputs and inputs


def o01_output_names(d: Path) -> None:
    three(d)


def v01_inputs_vanish(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    (src / "b_slow.txt").write_text((sample(2) + "\n") * 200, encoding="utf-8")
    (src / "c_gone.txt").write_text(sample(3), encoding="utf-8")
    (src / "d_fifo.txt").write_text(sample(4), encoding="utf-8")
    (src / "e_dir.txt").write_text(sample(7), encoding="utf-8")
    (src / "f_empty.txt").write_text(sample(8), encoding="utf-8")
    (src / "g.txt").write_text(sample(9), encoding="utf-8")


# ---------------------------------------------------------------- resume


def r01_resume_other_version(d: Path) -> None:
    three(d)


def r02_resume_input_order(d: Path) -> None:
    three(d)


# ---------------------------------------------------------------- corpus commands


def q01_panel_many_agencies(d: Path) -> None:
    three(d, ns=(1,))


def q02_corpus_huge_fields(d: Path) -> None:
    three(d)


def q03_corpus_output_is_input(d: Path) -> None:
    three(d)


# ---------------------------------------------------------------- Python API


def a01_threads_one_engine(d: Path) -> None:
    src = three(d, ns=(1, 2, 3, 4, 7, 8, 9))
    for name in ("s05_html_2021_chrome.html", "s06_html_2019.html", "s10_traditional_2019.txt", "s11_wrong_total_2021.txt"):
        (src / name).write_bytes((SAMPLES / name).read_bytes())
    api(
        d,
        """
import threading
from govinfo_nlp import Engine

paths = sorted(str(p) for p in Path("in").iterdir())
eng = Engine()


def canon(r):
    return json.dumps(r.to_dict() if hasattr(r, "to_dict") else r, sort_keys=True, ensure_ascii=False)


seq = {p: canon(eng.parse(p)) for p in paths}
got = {p: [] for p in paths}
errs = []


def work(k, parse):
    try:
        for rnd in range(3):
            for j in range(len(paths)):
                p = paths[(j + k + rnd) % len(paths)]
                got[p].append(canon(parse(p)))
    except Exception as e:
        errs.append(raised(e))


threads = [threading.Thread(target=work, args=(k, eng.parse)) for k in range(4)]
threads += [threading.Thread(target=work, args=(k, govinfo_nlp.parse)) for k in range(4, 6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
default_seq = {p: canon(govinfo_nlp.parse(p)) for p in paths}
for p in paths:
    bad = [g for g in got[p] if g != seq[p]]
    row = {"source": os.path.basename(p), "errors": [], "n": len(got[p])}
    if default_seq[p] != seq[p]:
        row["errors"].append("mismatch.default_engine: the default engine's row differs from Engine()'s")
    if bad:
        row["errors"].append("mismatch.threads: %d of %d rows from threads differ from the sequential row" % (len(bad), len(got[p])))
    if len(got[p]) != 18:
        row["errors"].append("mismatch.count: %d rows, expected 18" % len(got[p]))
    put(row)
for e in errs:
    put({"source": "thread", "errors": [e]})
""",
    )


def a02_engine_many_docs(d: Path) -> None:
    base = [sample(n) for n in (1, 2, 3, 4, 7, 8, 9)]
    (d / "bases.json").write_text(json.dumps(base, ensure_ascii=False), encoding="utf-8")
    api(
        d,
        """
import gc, random
from govinfo_nlp import Engine

bases = json.loads(Path("bases.json").read_text(encoding="utf-8"))
CITIES = ["绵阳市", "泰州市", "鄂尔多斯市", "嘉兴市", "赣州市", "南充市", "常德市", "曲靖市", "柳州市", "渭南市",
          "宜宾市", "九江市", "邯郸市", "潍坊市", "揭阳市", "玉林市", "遵义市", "天水市", "开封市", "十堰市"]
COUNTIES = ["城关区", "新城区", "东湖区", "西山区", "南岸区", "北塘区", "安宁县", "长乐县", "永和县", "太平县",
            "兴隆县", "和平区", "清河县", "青山区", "白云区", "红旗区", "光明县", "长宁县", "富顺县", "高坪区"]
BODIES = ["财政局", "教育局", "民政局", "司法局", "审计局", "统计局", "林业局", "水务局", "商务局", "文旅局",
          "医保局", "体育局", "信访局", "粮食局", "气象局"]
rng = random.Random(21)


def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def doc(i):
    t = bases[i % len(bases)]
    agency = CITIES[i % 20] + COUNTIES[(i // 20) % 20] + BODIES[(i // 400) % 15]
    year = 2014 + i % 9
    head = "%s%d年政府信息公开工作年度报告\\n" % (agency, year)
    digits = str(rng.randrange(10, 99))
    return head + t.replace("2020", str(year)).replace("5", digits[0]) + "\\n（编号%08d）\\n" % i


eng = Engine()
marks = {}
failed = 0
N = 6000
for i in range(N):
    try:
        eng.parse(doc(i))
    except Exception as e:
        failed += 1
        if failed <= 3:
            put({"source": "doc%d" % i, "errors": [raised(e)]})
    if i + 1 in (1000, 2000, 4000, 6000):
        gc.collect()
        marks[i + 1] = rss_mb()
growth = marks[6000] - marks[4000]
row = {"source": "growth", "errors": [], "rss_mb": marks, "failed": failed}
if growth > 30:
    row["errors"].append("memory.growth: RSS grew %.0f MB over the last 2,000 documents (%s)" % (growth, marks))
put(row)
""",
    )


def a03_api_special_paths(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    os.mkfifo(src / "pipe.txt")
    os.symlink("/dev/zero", src / "zero.txt")
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    api(
        d,
        """
record("fifo_path", lambda: govinfo_nlp.parse(Path("in/pipe.txt")))
record("fifo_str", lambda: govinfo_nlp.parse("in/pipe.txt"))
record("zero_link", lambda: govinfo_nlp.parse(Path("in/zero.txt")))
record("dev_zero", lambda: govinfo_nlp.parse(Path("/dev/zero")))
record("dev_stdin", lambda: govinfo_nlp.parse(Path("/dev/stdin")))
try:
    rows = list(govinfo_nlp.annotate(["in/pipe.txt", "in/zero.txt", "in/a.txt"]))
except Exception as e:
    put({"source": "annotate", "errors": [raised(e)]})
else:
    for label, row in zip(["annotate_fifo", "annotate_zero", "annotate_good"], rows):
        row = dict(row.to_dict() if hasattr(row, "to_dict") else row)
        row["source"] = label
        put(row)
    if len(rows) != 3:
        put({"source": "annotate", "errors": ["rows.count: %d rows for 3 inputs" % len(rows)]})
""",
    )


def a04_engine_rules_gone(d: Path) -> None:
    three(d, ns=(1, 2, 3))
    first = (ROOT / "govinfo_nlp" / "facts" / "data" / "rules.jsonl").read_text(encoding="utf-8").split("\n")[0]
    rule = json.loads(first)
    rule["id"] = "hostile21.copied_rule"
    (d / "my_rules.jsonl").write_text(json.dumps(rule, ensure_ascii=False) + "\n", encoding="utf-8")
    api(
        d,
        """
import multiprocessing as mp
from govinfo_nlp import Engine, annotate

paths = sorted(str(p) for p in Path("in").iterdir())


def canon(r):
    # the row without its source and explanations (annotate leaves explanations out
    # unless asked, parse keeps them: not what this case compares)
    r = dict(r.to_dict() if hasattr(r, "to_dict") else r)
    r.pop("source", None)
    for key in ("facts", "reconciliation"):
        r[key] = [{k: v for k, v in x.items() if k != "explanation"} for x in r.get(key) or []]
    return json.dumps(r, sort_keys=True, ensure_ascii=False)


eng = Engine(rules=["my_rules.jsonl"], counters=["批次"])
direct = [canon(eng.parse(p)) for p in paths]
os.remove("my_rules.jsonl")  # the engine holds what it loaded
for method in ("default", "spawn"):
    if method == "spawn":
        mp.set_start_method("spawn", force=True)
    try:
        rows = list(annotate(paths, jobs=2, engine=eng))
    except Exception as e:
        put({"source": method, "errors": [raised(e)]})
        continue
    if len(rows) != len(paths):
        put({"source": method, "errors": ["rows.count: %d rows for %d inputs" % (len(rows), len(paths))]})
    for p, want, row in zip(paths, direct, rows):
        out = {"source": method + ":" + os.path.basename(p), "errors": []}
        errs = (row.to_dict() if hasattr(row, "to_dict") else row).get("errors") or []
        if errs:
            out["errors"] = list(errs)
        elif canon(row) != want:
            out["errors"] = ["mismatch.engine: the worker's row differs from engine.parse's"]
        put(out)
""",
        main_guard=True,
    )


def a05_limits_huge(d: Path) -> None:
    (d / "in").mkdir()
    (d / "in" / "r.html").write_text((SAMPLES / "s06_html_2019.html").read_text(encoding="utf-8"), encoding="utf-8")
    api(
        d,
        """
from govinfo_nlp import Limits

BIG = 10 ** 30


def go(label, **kw):
    record(label, lambda: govinfo_nlp.parse("in/r.html", limits=Limits(**kw)))


go("bytes_huge", max_bytes=BIG)
go("facts_huge", max_facts=BIG)
go("cells_huge", max_table_cells=BIG)
go("pages_huge", max_pages=BIG)
go("ocr_pages_huge", max_ocr_pages=BIG)
go("seconds_huge", max_seconds=BIG)
for jobs in (1, 2):
    label = "annotate_seconds_huge_jobs%d" % jobs
    try:
        rows = list(govinfo_nlp.annotate(["in/r.html"], jobs=jobs, limits=Limits(max_seconds=BIG, max_bytes=BIG)))
    except Exception as e:
        put({"source": label, "errors": [raised(e)]})
    else:
        for row in rows:
            row = dict(row.to_dict() if hasattr(row, "to_dict") else row)
            row["source"] = label
            put(row)
""",
        main_guard=True,
    )


# ---------------------------------------------------------------- memory


def m01_ordered_buffer(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    pages = _page_images(sample(2), 12)
    pages[0].save(src / "a_scan.pdf", save_all=True, append_images=pages[1:], resolution=150)
    heavy = sample(1) + "\n" + "收到申请5件。" * 25_000 + "\n"
    for i in range(40):
        (src / f"b{i:02d}.txt").write_text(heavy.replace("5件", f"{5 + i % 4}件"), encoding="utf-8")


CASES = {
    name: fn
    for name, fn in globals().items()
    if name[:1] in "npizqtcovram" and name[1:3].isdigit() and name[3:4] == "_" and callable(fn)
}


def build(case: str, d: Path) -> None:
    """Case ids are matched on their first three characters (n01, c05...)."""
    d.mkdir(parents=True, exist_ok=True)
    [fn] = [fn for name, fn in CASES.items() if name[:3] == case[:3]]
    fn(d)


if __name__ == "__main__":
    out = Path(sys.argv[1])
    for case in sys.argv[2:] or sorted(CASES):
        build(case, out / case)
        print(
            case,
            sum(p.stat().st_size for p in (out / case).rglob("*") if p.is_file() and not p.is_symlink()),
        )
