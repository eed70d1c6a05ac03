"""Build the inputs of the hostile23 red team (session 23, hostile23) into a directory.

Every case's files are generated here at check time (nothing big is committed). Written
before any library code under ``govinfo_nlp/`` was read and before the library was run on
these inputs, from README/SCHEMA, the CLI's ``--help`` and the earlier rounds' READMEs,
expect.jsonl, harnesses and docstrings only (see README.md). hostile19's hand-made PDF, DOCX
and sample helpers and hostile20/21's api.py prelude are imported: they are the tool, not the
code under test. Nothing here needs reportlab.

    python datasets/redteam/hostile23/build23.py OUTDIR [CASE ...]

``build(case, d)`` writes case ``case``'s files under ``d``; ``check23.py`` calls it.
"""

from __future__ import annotations

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
b21 = _load("build21", HERE.parent / "hostile21" / "build21.py")

sample = b19.sample  # 1-4, 7-9 are text samples
MIB = 1 << 20
FUTURE = 4102444800  # 2100-01-01 UTC: a corpus unpacked from an archive made on a wrong clock


def three(d: Path, sub: str = "in", ns: tuple[int, ...] = (1, 2, 3)) -> Path:
    return b20.three(d, sub, ns)


def api(d: Path, body: str, *, main_guard: bool = False) -> None:
    b21.api(d, body, main_guard=main_guard)


def docx_report(path: Path, text: str) -> None:
    b19.write_docx(path, b19.document_xml(b19.paras(text)))


def _deflated_member(
    z: zipfile.ZipFile,
    name: str,
    total: int,
    unit: bytes = b"\0",
    head: bytes = b"",
    tail: bytes = b"",
) -> None:
    b19.write_streamed_member(z, name, head, unit, total // len(unit), tail)


# ---------------------------------------------------------------- batch: render, outputs, stages


def b01_render_output_is_input(d: Path) -> None:
    three(d, ns=(1,))
    os.symlink("in/a.txt", d / "link.html")


def b02_render_hostile_inputs(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    with open(src / "huge.txt", "w", encoding="utf-8") as f:
        f.write(sample(1))
        unit = "收到申请5件，"
        for _ in range(40 * MIB // len(unit.encode()) // 1000 + 1):
            f.write(unit * 1000)
    (src / "junk.txt").write_bytes(bytes(range(256)) * 400)
    (src / "adir.txt").mkdir()
    os.mkfifo(src / "fifo.txt")


def b03_unknown_output_suffix(d: Path) -> None:
    three(d, ns=(1,))


def b04_odd_stages(d: Path) -> None:
    three(d, ns=(1,))


def b05_resume_empty_output(d: Path) -> None:
    three(d)
    (d / "zero.jsonl").write_bytes(b"")
    (d / "nl.jsonl").write_bytes(b"\n")


def b06_resume_future_mtime(d: Path) -> None:
    src = three(d)
    for p in src.iterdir():
        os.utime(p, (FUTURE, FUTURE))


def _ten(d: Path) -> Path:
    src = d / "in"
    src.mkdir(parents=True, exist_ok=True)
    ns = (1, 2, 3, 4, 7, 8, 9, 1, 2, 3)
    for i, n in enumerate(ns):
        text = sample(n)
        if i >= 7:
            text = text.replace("2020", "2018").replace("2021", "2017")
        (src / f"r{i:02d}.txt").write_text(text, encoding="utf-8")
    return src


def b07_output_removed_midrun(d: Path) -> None:
    _ten(d)
    (d / "outdir").mkdir()


def b08_output_dir_removed_midrun(d: Path) -> None:
    _ten(d)
    (d / "outdir").mkdir()


def b10_closed_std_streams(d: Path) -> None:
    src = three(d)
    (src / "坏文件.txt").write_bytes(bytes(range(256)) * 50)


def b11_few_file_descriptors(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    for i in range(150):
        (src / f"n{i:03d}.txt").write_text(
            f"某某县人民政府办公室2021年政府信息公开工作年度报告\n本机关2021年共收到政府信息公开申请{i + 1}件，办结{i + 1}件。\n",
            encoding="utf-8",
        )
    (src / "zz_report.txt").write_text(sample(1), encoding="utf-8")


def b12_narrow_console(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    (src / "报告甲.txt").write_text(sample(1), encoding="utf-8")
    (src / "報告乙.txt").write_text(sample(2), encoding="utf-8")
    (src / "坏文件.txt").write_bytes(bytes(range(256)) * 50)


def b14_paths_past_path_max(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    (src / "top.txt").write_text(sample(1), encoding="utf-8")
    # 460 levels of 9-byte names: the bottom file's path is about 4,600 bytes (PATH_MAX 4,096)
    fd = os.open(src, os.O_RDONLY)
    try:
        for _ in range(460):
            os.mkdir("ddddddddd", dir_fd=fd)
            nfd = os.open("ddddddddd", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nfd
        wfd = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(wfd, sample(2).encode("utf-8"))
        os.close(wfd)
    finally:
        os.close(fd)


def b15_upper_case_suffixes(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    (src / "B.TXT").write_text(sample(2), encoding="utf-8")
    (src / "C.Txt").write_text(sample(3), encoding="utf-8")
    (src / "d.HTML").write_text(b19._html(sample(4)), encoding="utf-8")
    docx_report(src / "E.DOCX", sample(7))
    (src / "F.PDF").write_bytes(b19.pdf_bytes(b19.simple_pdf(b19.TEXT_OPS)))


APPLEDOUBLE = (
    b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        \x00\x02"
    + b"\x00\x00\x00\x09\x00\x00\x00\x32\x00\x00\x0e\xb0\x00\x00\x00\x02\x00\x00\x0e\xe2\x00\x00\x01\x1e"
    + b"\x00" * 3700
)


def b16_os_junk_files(d: Path) -> None:
    src = d / "in"
    (src / "__MACOSX").mkdir(parents=True)
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    docx_report(src / "b.docx", sample(2))
    (src / "__MACOSX" / "._a.txt").write_bytes(APPLEDOUBLE)
    (src / "._b.docx").write_bytes(APPLEDOUBLE)
    # Word's owner file for an open b.docx: a length byte, the user's name, padding
    owner = (
        bytes([5])
        + b"admin"
        + b"\x00" * 48
        + bytes([5, 0])
        + "admin".encode("utf-16-le")
        + b"\x00" * 90
    )
    (src / "~$b.docx").write_bytes(owner[:162])
    (src / "Thumbs.db.txt").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)


def b18_timeout_then_rows(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    (src / "a_big.txt").write_text(sample(1) + "收到申请5件，办结5件。" * 800_000, encoding="utf-8")
    (src / "b.txt").write_text(sample(2), encoding="utf-8")
    (src / "c.txt").write_text(sample(3), encoding="utf-8")


# ---------------------------------------------------------------- Python API


def a01_quantity_grammar_hostile(d: Path) -> None:
    api(
        d,
        """
import math


def q(label, fn):
    try:
        r = fn()
    except Exception as e:
        put({"source": label, "errors": [raised(e)]})
        return
    errs = []
    vals = r if isinstance(r, list) else [r]
    for v in vals:
        x = getattr(v, "value", None)
        if isinstance(x, float) and not math.isfinite(x):
            errs.append("bad.value: a non-finite value %r" % (x,))
    put({"source": label, "errors": errs, "n": len(vals), "first": repr(vals[:1])[:200]})


pq = govinfo_nlp.parse_quantity
fq = govinfo_nlp.find_quantities
q("digits_5000", lambda: pq("1" * 5000 + "件"))
q("digits_4301_wan", lambda: pq("9" * 4301 + "万件"))
q("fullwidth_5000", lambda: pq("５" * 5000 + "件"))
q("wan_chain", lambda: pq("5" + "万" * 2000 + "件"))
q("yi_chain", lambda: pq("一" + "亿" * 2000 + "件"))
q("cn_long", lambda: pq("一千二百" + "万亿" * 500 + "件"))
q("zeros_cn", lambda: pq("零" * 100000 + "件"))
q("commas", lambda: pq("1," * 50000 + "1件"))
q("dots", lambda: pq("1." * 50000 + "件"))
q("exp", lambda: pq("1e400件"))
q("nan_word", lambda: pq("NaN件"))
q("empty", lambda: pq(""))
q("none", lambda: pq(None))
q("int", lambda: pq(5))
q("find_many", lambda: list(fq("收到申请5件，" * 200000)))
q("find_commas", lambda: list(fq("1," * 200000)))
q("find_digits", lambda: list(fq("1" * 200000)))
q("find_cn", lambda: list(fq("一二三四五六七八九十" * 50000)))
q("find_wan", lambda: list(fq("5" + "万" * 100000 + "件")))
""",
    )


def a02_huge_numbers_in_reports(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    t = sample(1)
    (src / "a_digits.txt").write_text(
        t + "\n本年度共收到申请" + "1" * 5000 + "件。\n", encoding="utf-8"
    )
    (src / "b_wan.txt").write_text(
        t + "\n共收到申请5" + "万" * 2000 + "件，办结" + "9" * 4400 + "件。\n", encoding="utf-8"
    )
    (src / "c_exp.txt").write_text(
        t + "\n受理1e400件，办结NaN件，增长Infinity%，同比增长" + "9" * 400 + "%。\n",
        encoding="utf-8",
    )
    (src / "d_commas.txt").write_text(t + "\n收到" + "1," * 100000 + "1件。\n", encoding="utf-8")
    cell = (
        "<table><tr><td>本年新收政府信息公开申请数量</td><td>" + "7" * 5000 + "</td></tr></table>"
    )
    (src / "e_cell.html").write_text(b19._html(t, cell), encoding="utf-8")


def a03_engine_bad_rules(d: Path) -> None:
    rule = json.loads(
        (ROOT / "govinfo_nlp" / "facts" / "data" / "rules.jsonl")
        .read_text(encoding="utf-8")
        .split("\n")[0]
    )
    rule["id"] = "hostile23.rule"
    good = json.dumps(rule, ensure_ascii=False)
    r = d / "rules"
    r.mkdir()
    (r / "empty.jsonl").write_bytes(b"")
    (r / "bad_json.jsonl").write_text(good + "\n{not json\n", encoding="utf-8")
    (r / "array.jsonl").write_text("[1, 2, 3]\n", encoding="utf-8")
    (r / "gbk.jsonl").write_bytes(good.encode("gb18030") + b"\n")
    (r / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + good.encode() + b"\n")
    (r / "adir.jsonl").mkdir()

    def variant(name: str, **kw) -> None:
        x = dict(rule, **kw)
        (r / name).write_text(json.dumps(x, ensure_ascii=False) + "\n", encoding="utf-8")

    variant("window_neg.jsonl", window=-1)
    variant("window_huge.jsonl", window=10**9)
    variant("trigger_empty.jsonl", triggers=[""])
    variant("trigger_str.jsonl", triggers="公开")
    variant("counter_int.jsonl", counters=[5])
    variant("type_unknown.jsonl", type="no.such.type")
    variant("score_str.jsonl", score="high")
    variant("not_in_missing.jsonl", not_in=["@no_such_list"])
    with open(r / "many.jsonl", "w", encoding="utf-8") as f:
        for i in range(5_000):
            f.write(json.dumps(dict(rule, id=f"hostile23.rule{i}"), ensure_ascii=False) + "\n")
    (d / "report.txt").write_text(sample(1), encoding="utf-8")
    api(
        d,
        """
from govinfo_nlp import Engine

REPORT = Path("report.txt").read_text(encoding="utf-8")


def use(label, **kw):
    def go():
        e = Engine(**kw)
        return e.parse(REPORT)
    record(label, go)


for name in sorted(os.listdir("rules")):
    use("rules_" + name, rules=["rules/" + name])
use("rules_missing", rules=["rules/no_such.jsonl"])
use("rules_str", rules="rules/bom.jsonl")
use("counters_empty_word", counters=[""])
use("counters_long_word", counters=["件" * 1000])
use("counters_none", counters=[None])
use("counters_digit", counters=["5"])
""",
    )


def a04_distributed_misuse(d: Path) -> None:
    three(d)
    api(
        d,
        """
from govinfo_nlp import distributed as gd


def n_rows(label, fn, want):
    try:
        rows = list(fn())
    except Exception as e:
        put({"source": label, "errors": [raised(e)]})
        return
    errs = [] if len(rows) == want else ["bad.rows: %d rows for %d input(s)" % (len(rows), want)]
    for r in rows:
        r = r.to_dict() if hasattr(r, "to_dict") else r
        for e in (r.get("errors") or []) if isinstance(r, dict) else []:
            if str(e).startswith(("parse.failed", "worker.crashed")):
                errs.append(str(e)[:200])
    put({"source": label, "errors": errs, "n": len(rows)})


n_rows("chunk_str", lambda: gd.annotate_chunk("in/a.txt"), 1)
n_rows("chunk_path", lambda: gd.annotate_chunk(Path("in/a.txt")), 1)
n_rows("chunk_bytes", lambda: gd.annotate_chunk(b"in/a.txt"), 1)
n_rows("chunk_empty", lambda: gd.annotate_chunk([]), 0)
n_rows("chunk_generator", lambda: gd.annotate_chunk(p for p in ["in/a.txt", "in/b.txt"]), 2)
n_rows("chunk_dir", lambda: gd.annotate_chunk(["in"]), 1)


def bag(paths):
    import dask
    with dask.config.set(scheduler="synchronous"):
        return gd.annotate_bag(paths).compute()


n_rows("bag_str", lambda: bag("in/a.txt"), 1)
n_rows("bag_list", lambda: bag(["in/a.txt", "in/c.txt"]), 2)
n_rows("bag_empty", lambda: bag([]), 0)
""",
    )


def a05_to_frame_odd(d: Path) -> None:
    three(d)
    api(
        d,
        """
import subprocess
rows = [govinfo_nlp.parse(Path("in/a.txt")).to_dict(), govinfo_nlp.parse(Path("in/b.txt")).to_dict()]
Path("out.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\\n" for r in rows), encoding="utf-8")
err_row = {"source": "in/x.txt", "errors": ["read.empty: in/x.txt: empty"]}


def frame(label, fn, want_rows=None):
    try:
        f = fn()
    except Exception as e:
        put({"source": label, "errors": [raised(e)]})
        return
    errs = []
    if want_rows is not None and len(f) != want_rows:
        errs.append("bad.rows: %d rows, expected %d" % (len(f), want_rows))
    put({"source": label, "errors": errs, "n": len(f)})


tf = govinfo_nlp.to_frame
frame("kind_unknown", lambda: tf(rows, kind="nope"))
frame("kind_none", lambda: tf(rows, kind=None))
frame("missing_path", lambda: tf("no_such.jsonl"))
frame("jsonl_text_as_str", lambda: tf(Path("out.jsonl").read_text(encoding="utf-8")))
frame("empty_list", lambda: tf([]), 0)
frame("generator", lambda: tf((r for r in rows), kind="documents"), 2)
frame("error_row_facts", lambda: tf([err_row], kind="facts"), 0)
frame("error_row_documents", lambda: tf([err_row], kind="documents"), 1)
frame("int", lambda: tf(42))
frame("dict_not_list", lambda: tf(rows[0], kind="documents"), 1)
frame("panel_int", lambda: govinfo_nlp.panel(42))
frame("panel_empty", lambda: govinfo_nlp.panel([]), 0)
frame("panel_dir", lambda: govinfo_nlp.panel("in"))
""",
    )


def a07_parse_long_one_line_str(d: Path) -> None:
    three(d, ns=(1,))
    api(
        d,
        """
REPORT = Path("in/a.txt").read_text(encoding="utf-8")
line = REPORT.replace("\\n", "　")
record("one_line_report", lambda: govinfo_nlp.parse(line))
record("one_line_300_bytes", lambda: govinfo_nlp.parse("本机关收到申请5件，" * 10))
record("one_line_4000_bytes", lambda: govinfo_nlp.parse("本机关收到申请5件，" * 130))
record("one_line_5000_bytes", lambda: govinfo_nlp.parse("本机关收到申请5件，" * 170))
record("text_with_nul", lambda: govinfo_nlp.parse(REPORT + "\\x00"))
record("one_line_with_nul", lambda: govinfo_nlp.parse("本机关收到申请5件\\x00"))
record("text_with_slash_start", lambda: govinfo_nlp.parse("/" + line))
""",
    )


# ---------------------------------------------------------------- corpus commands


def e01_corpus_on_csv_parquet(d: Path) -> None:
    three(d)


def e02_panel_csv_formula(d: Path) -> None:
    three(d, ns=(1, 2))


def e04_corpus_odd_outputs(d: Path) -> None:
    three(d, ns=(1, 2))
    (d / "adir.csv").mkdir()


# ---------------------------------------------------------------- PDF structure


def p01_pdf_long_prev_chain(d: Path) -> None:
    base = b19.pdf_bytes(b19.simple_pdf(b19.TEXT_OPS))
    out = io.BytesIO()
    out.write(base)
    prev = int(base[base.rindex(b"startxref") + 10 :].split()[0])
    for i in range(3000):
        body = b19.stream(
            b"BT /F1 12 Tf 72 %d Td (update %d: 12 requests received) Tj ET\n" % (700 - i % 600, i)
        )
        off = out.tell()
        out.write(b"4 0 obj\n" + body + b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n4 1\n%010d 00000 n \n" % off)
        out.write(
            b"trailer\n<< /Size 6 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (prev, xref)
        )
        prev = xref
    (d / "long_chain.pdf").write_bytes(out.getvalue())


def p02_pdf_huge_xref_counts(d: Path) -> None:
    base = b19.pdf_bytes(b19.simple_pdf(b19.TEXT_OPS))
    # a subsection header claiming two billion entries
    k = base.index(b"xref\n0 6\n")
    (d / "xref_two_billion.pdf").write_bytes(
        base[:k] + b"xref\n0 2000000000\n" + base[k + len(b"xref\n0 6\n") :]
    )
    # a trailer /Size of 2^31 - 1
    (d / "size_huge.pdf").write_bytes(base.replace(b"/Size 6", b"/Size 2147483647"))
    # an xref stream whose /Index claims two billion entries
    objs = b19.simple_pdf(b19.TEXT_OPS)
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n")
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xo = out.tell()
    rows = b"\x00" + struct.pack(">I", 0) + b"\xff\xff"
    for off in offs:
        rows += b"\x01" + struct.pack(">I", off) + b"\x00\x00"
    rows += b"\x01" + struct.pack(">I", xo) + b"\x00\x00"
    data = zlib.compress(rows)
    out.write(
        b"6 0 obj\n<< /Type /XRef /Size 2000000000 /Index [0 2000000000] /W [1 4 2] /Root 1 0 R "
        b"/Filter /FlateDecode /Length %d >>\nstream\n"
        % len(data)
        + data
        + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xo
    )
    (d / "xrefstm_index_huge.pdf").write_bytes(out.getvalue())
    # a page referring to object 9999999999
    (d / "obj_num_huge.pdf").write_bytes(
        b19.pdf_bytes(
            b19.simple_pdf(b19.TEXT_OPS, page_extra=b"/Annots [9999999999 0 R 4294967297 0 R] ")
        )
    )


def _cmap(body: bytes, extra: bytes = b"") -> bytes:
    head = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def "
        b"/CMapName /Hostile def /CMapType 2 def "
    )
    return head + extra + body + b" endcmap CMapName currentdict /CMap defineresource pop end end"


def _font_pdf(path: Path, font: bytes, extra_objs: list[bytes], content: bytes) -> None:
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b19.stream(content),
        font,
        *extra_objs,
    ]
    path.write_bytes(b19.pdf_bytes(objs))


def p03_pdf_cmap_bombs(d: Path) -> None:
    cid_font = (
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Hostile /Encoding /Identity-H "
        b"/DescendantFonts [7 0 R] /ToUnicode 6 0 R >>"
    )
    desc = (
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Hostile "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>"
    )
    content = b"BT /F1 12 Tf 72 720 Td <00410042> Tj ET\n"
    # a bfrange over every 4-byte code: 4,294,967,296 mappings if expanded
    big = _cmap(
        b"1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange "
        b"1 beginbfrange <00000000> <FFFFFFFF> <4E00> endbfrange"
    )
    _font_pdf(d / "bfrange_4g.pdf", cid_font, [b19.stream(big), desc], content)
    # 1,000 bfranges over every 2-byte code (65 million mappings)
    many = b"100 beginbfrange " + b"<0000> <FFFF> <4E00> " * 100 + b"endbfrange "
    big2 = _cmap(b"1 begincodespacerange <0000> <FFFF> endcodespacerange " + many * 10)
    _font_pdf(
        d / "bfrange_many.pdf",
        cid_font,
        [b19.stream(big2), desc],
        b"BT /F1 12 Tf 72 720 Td <0041> Tj ET\n",
    )
    # a ToUnicode CMap that uses itself
    selfuse = _cmap(
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfchar <0041> <4E00> endbfchar",
        b"/Hostile usecmap ",
    )
    _font_pdf(
        d / "usecmap_self.pdf", cid_font, [b19.stream(selfuse, b"/UseCMap 6 0 R"), desc], content
    )
    # a Type0 font whose /Encoding is an embedded CMap stream that uses itself
    enc_font = b"<< /Type /Font /Subtype /Type0 /BaseFont /Hostile /Encoding 6 0 R /DescendantFonts [7 0 R] >>"
    enc = _cmap(
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange 1 begincidrange <0000> <FFFF> 0 endcidrange",
        b"/Hostile usecmap ",
    )
    _font_pdf(
        d / "encoding_usecmap_self.pdf",
        enc_font,
        [b19.stream(enc, b"/Type /CMap /CMapName /Hostile /UseCMap 6 0 R"), desc],
        content,
    )


def p04_pdf_annots_many(d: Path) -> None:
    annot = b"<< /Type /Annot /Subtype /FreeText /Rect [72 600 300 620] /Contents (12 requests received) /DA (/Helv 12 Tf 0 g) >>"
    refs = b" ".join([b"6 0 R"] * 300_000)
    field = b"<< /FT /Tx /T (f) /V (12 requests) /Rect [0 0 10 10] /Subtype /Widget /Type /Annot >>"
    objs = b19.simple_pdf(b19.TEXT_OPS, page_extra=b"/Annots [" + refs + b"] ")
    objs[0] = (
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields ["
        + b" ".join([b"7 0 R"] * 100_000)
        + b"] >> >>"
    )
    objs += [annot, field]
    (d / "annots.pdf").write_bytes(b19.pdf_bytes(objs))


def p05_pdf_inline_images(d: Path) -> None:
    # one inline image declaring 100,000 x 100,000 one-bit pixels, deflated
    comp = zlib.compressobj(9)
    chunks = []
    row = b"\0" * (100_000 // 8)
    block = row * 256
    for _ in range(100_000 // 256):
        chunks.append(comp.compress(block))
    chunks.append(comp.flush())
    data = b"".join(chunks)
    content = (
        b19.TEXT_OPS
        + b"q 300 0 0 300 72 300 cm BI /W 100000 /H 100000 /BPC 1 /CS /G /F /Fl /L %d ID "
        % len(data)
        + data
        + b"\nEI Q\n"
    )
    (d / "inline_bomb.pdf").write_bytes(b19.pdf_bytes(b19.simple_pdf(content)))
    # 100,000 one-pixel inline images on a text page
    tiny = b"q 1 0 0 1 %d %d cm BI /W 1 /H 1 /BPC 8 /CS /G ID \x80 EI Q\n"
    many = b19.TEXT_OPS + b"".join(tiny % (i % 500, i // 500 % 700) for i in range(100_000))
    (d / "inline_many.pdf").write_bytes(b19.pdf_bytes(b19.simple_pdf(many)))


def p06_pdf_deep_chains(d: Path) -> None:
    # 5,000 distinct form XObjects, each drawing the next (a chain, no cycle)
    n = 5000
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >> >>",
        b19.stream(b19.TEXT_OPS + b"/X Do\n"),
        b19.FONT,
    ]
    for i in range(n):
        num = 6 + i
        if i < n - 1:
            objs.append(
                b19.stream(
                    b"/X Do",
                    b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X %d 0 R >> >>"
                    % (num + 1),
                )
            )
        else:
            objs.append(
                b19.stream(
                    b"BT /F1 12 Tf 72 600 Td (deepest form) Tj ET",
                    b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>",
                )
            )
    (d / "form_chain.pdf").write_bytes(b19.pdf_bytes(objs))
    # a page tree 5,000 /Pages levels deep, one kid each
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    n = 5000
    for i in range(n):
        num = 2 + i
        parent = b"/Parent %d 0 R " % (num - 1) if i else b""
        objs.append(b"<< /Type /Pages " + parent + b"/Kids [%d 0 R] /Count 1 >>" % (num + 1))
    page = 2 + n
    objs.append(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>"
        % (page - 1, page + 1, page + 2)
    )
    objs.append(b19.stream(b19.TEXT_OPS))
    objs.append(b19.FONT)
    (d / "deep_page_tree.pdf").write_bytes(b19.pdf_bytes(objs))


# ---------------------------------------------------------------- DOCX, HTML, text, images


def z01_docx_non_xml_bombs(d: Path) -> None:
    doc = b19.document_xml(b19.paras(sample(1)))
    rels_img = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>'
        '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk.htm"/>'
        "</Relationships>"
    )
    ct = b19.CT_DOCX.replace(
        "</Types>",
        '<Default Extension="png" ContentType="image/png"/><Default Extension="bin" ContentType="application/octet-stream"/>'
        '<Default Extension="htm" ContentType="application/xhtml+xml"/></Types>',
    )

    def base(z: zipfile.ZipFile, rels: str) -> None:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", b19.RELS)
        z.writestr("word/_rels/document.xml.rels", rels)
        z.writestr("word/document.xml", doc)
        z.writestr("word/styles.xml", b19.STYLES)

    with zipfile.ZipFile(d / "media_bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
        base(z, rels_img)
        _deflated_member(z, "word/media/image1.png", 1536 * MIB, head=b"\x89PNG\r\n\x1a\n")
    with zipfile.ZipFile(d / "unreferenced_bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
        base(z, b19.DOC_RELS)
        _deflated_member(z, "word/media/junk.bin", 1536 * MIB)
    with zipfile.ZipFile(d / "afchunk_bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
        base(z, rels_img)
        z.writestr("word/media/image1.png", b"\x89PNG\r\n\x1a\n")
        _deflated_member(
            z,
            "word/afchunk.htm",
            400 * MIB,
            unit="<p>收到申请5件</p>".encode(),
            head=b"<html><body>",
            tail=b"</body></html>",
        )


def h01_html_char_references(d: Path) -> None:
    t = sample(1)
    (d / "plain.html").write_text(b19._html(t), encoding="utf-8")
    body = "".join(
        "<p>" + "".join(f"&#{ord(c)};" if c.isdigit() else b19.esc(c) for c in line) + "</p>"
        for line in t.splitlines()
    )
    odd = "<p>&#0;&#xD800;&#x110000;&#99999999999999999999999999;&#x;&#;&#-5;&#xFFFFFFFFFFFFFFFFFFFF;</p>"
    page = f'<html><head><meta charset="utf-8"><title>报告</title></head><body>{body}{odd}</body></html>'
    (d / "charrefs.html").write_text(page, encoding="utf-8")
    (d / "million_refs.html").write_text(
        b19._html(t, "<p>" + "&#x5;&#0;&#65;" * 400_000 + "</p>"), encoding="utf-8"
    )


def h02_html_charset_lies(d: Path) -> None:
    t = sample(1)
    plain = b19._html(t)
    (d / "plain.html").write_text(plain, encoding="utf-8")
    for name, cs in (
        ("utf7.html", '<meta charset="utf-7">'),
        ("user_defined.html", '<meta charset="x-user-defined">'),
        ("utf16_meta.html", '<meta charset="utf-16">'),
        ("ebcdic.html", '<meta http-equiv="Content-Type" content="text/html; charset=cp037">'),
        ("rot13.html", '<meta charset="rot13">'),
    ):
        (d / name).write_bytes(plain.replace('<meta charset="utf-8">', cs).encode("utf-8"))


def t01_text_grids(d: Path) -> None:
    t = sample(1)
    (d / "plain.txt").write_text(t, encoding="utf-8")
    grid_row = "│" + "│".join(f" {i % 10} " for i in range(60)) + "│\n"
    rule = "├" + "┼".join("───" for _ in range(60)) + "┤\n"
    (d / "box_grid.txt").write_text(
        t
        + "\n┌"
        + "┬".join("───" for _ in range(60))
        + "┐\n"
        + (grid_row + rule) * 2000
        + "└───┘\n",
        encoding="utf-8",
    )
    (d / "tsv_rows.txt").write_text(
        t + "\n" + "".join(f"项目{i}\t{i}\t{i + 1}\t{i + 2}\n" for i in range(100_000)),
        encoding="utf-8",
    )
    (d / "wide_line.txt").write_text(
        t + "\n合计 " + " ".join(str(i % 97) for i in range(100_000)) + "\n", encoding="utf-8"
    )


def m01_mhtml_many_parts(d: Path) -> None:
    t = sample(1)
    b = "----=_Part_hostile23"
    parts = []
    for i in range(100_000):
        parts.append(
            f"--{b}\r\nContent-Type: text/plain\r\nContent-Location: file:///p{i}.txt\r\n\r\n{i}\r\n"
        )
    html = b19._html(t)
    parts.append(
        f"--{b}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\nContent-Location: http://x/r.html\r\n\r\n{html}\r\n"
    )
    msg = (
        f'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="{b}"; type="text/html"\r\n\r\n'
        + "".join(parts)
        + f"--{b}--\r\n"
    )
    (d / "many_parts.mhtml").write_bytes(msg.encode("utf-8"))


def _png(w: int, h: int, idat: bytes, bit_depth: int = 1, color: int = 0) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, bit_depth, color, 0, 0, 0))
        + chunk(b"IDAT", idat)
        + chunk(b"IEND", b"")
    )


def i01_image_files_hostile(d: Path) -> None:
    # a PNG declaring 100,000 x 100,000 one-bit pixels
    comp = zlib.compressobj(9)
    row = b"\0" + b"\0" * (100_000 // 8)
    chunks = [comp.compress(row * 1000) for _ in range(100)]
    chunks.append(comp.flush())
    (d / "png_bomb.png").write_bytes(_png(100_000, 100_000, b"".join(chunks)))
    # a JPEG whose frame header declares 65,500 x 65,500 and then stops
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 65500, 65500, 1) + b"\x01\x11\x00"
    (d / "jpeg_lie.jpg").write_bytes(
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + sof + b"\xff\xd9"
    )
    # a TIFF whose first IFD names itself as the next one (a loop of frames)
    entries = [
        (256, 3, 1, 8),
        (257, 3, 1, 8),
        (258, 3, 1, 8),
        (259, 3, 1, 1),
        (262, 3, 1, 1),
        (273, 4, 1, 200),
        (277, 3, 1, 1),
        (278, 3, 1, 8),
        (279, 4, 1, 64),
    ]
    ifd = struct.pack("<H", len(entries))
    for tag, typ, cnt, val in entries:
        ifd += struct.pack("<HHI", tag, typ, cnt) + (
            struct.pack("<HH", val, 0) if typ == 3 else struct.pack("<I", val)
        )
    ifd += struct.pack("<I", 8)  # next IFD: itself
    tif = b"II*\x00" + struct.pack("<I", 8) + ifd
    tif = tif.ljust(200, b"\0") + b"\x80" * 64
    (d / "tiff_ifd_loop.tif").write_bytes(tif)


# ---------------------------------------------------------------- the cases

CASES = {
    name: fn
    for name, fn in globals().items()
    if callable(fn) and name[:1] in "abeptzhmi" and name[1:3].isdigit() and name[3:4] == "_"
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
