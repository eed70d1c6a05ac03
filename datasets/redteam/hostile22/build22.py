"""Build the inputs of the hostile22 red team (session 22, hostile22) into a directory.

Every case's files are generated here at check time (nothing big is committed). Written
before any library code under ``govinfo_nlp/`` was read and before the library was run on
these inputs, from README/SCHEMA, docs/schema.md, the CLI's ``--help`` and the earlier rounds'
READMEs, expect.jsonl, harnesses and docstrings only (see README.md). hostile19's hand-made
PDF, DOCX and sample helpers, hostile20's api.py prelude and hostile21's picture helpers are
imported: they are the tool, not the code under test. Building the PDF fixtures of two
cases needs reportlab (as hostile19's ``report_pdf``); the scans need Pillow and the Noto CJK
font.

    python datasets/redteam/hostile22/build22.py OUTDIR [CASE ...]

``build(case, d)`` writes case ``case``'s files under ``d``; ``check22.py`` calls it.
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
import socket
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
SAMPLE_NS = (1, 2, 3, 4, 7, 8, 9)


def three(d: Path, sub: str = "in", ns: tuple[int, ...] = (1, 2, 3)) -> Path:
    return b20.three(d, sub, ns)


def api(d: Path, body: str, *, main_guard: bool = False) -> None:
    b21.api(d, body, main_guard=main_guard)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def _deflate_zeros(total: int, unit: bytes = b"\0") -> bytes:
    comp = zlib.compressobj(9)
    block = unit * (4 * MIB // len(unit))
    out = []
    left = total
    while left >= len(block):
        out.append(comp.compress(block))
        left -= len(block)
    out.append(comp.compress(unit * (left // len(unit))))
    out.append(comp.flush())
    return b"".join(out)


# ---------------------------------------------------------------- resume with a damaged output


def r01_resume_first_row_other_input(d: Path) -> None:
    three(d)


def r02_resume_row_repeated(d: Path) -> None:
    three(d)


def r03_resume_crlf(d: Path) -> None:
    three(d)


def r04_resume_bom(d: Path) -> None:
    three(d)


def r05_resume_csv_column_dropped(d: Path) -> None:
    three(d)


# ---------------------------------------------------------------- inputs given twice, odd directories


def i01_same_file_spellings(d: Path) -> None:
    three(d, ns=(1, 2))


def i02_links_in_one_dir(d: Path) -> None:
    src = three(d, ns=(1, 2))
    os.link(src / "a.txt", src / "a_hard.txt")
    os.symlink("a.txt", src / "a_soft.txt")


def i03_overlapping_dirs(d: Path) -> None:
    src = d / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    (src / "sub" / "b.txt").write_text(sample(2), encoding="utf-8")


def d01_ten_thousand_empty(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    for i in range(10_000):
        (src / f"e{i:05d}.txt").write_bytes(b"")
    (src / "zz_good.txt").write_text(sample(1), encoding="utf-8")


def d02_symlink_loops_at_scale(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    (src / "good.txt").write_text(sample(1), encoding="utf-8")
    for i in range(1000):
        os.symlink(f"loop_b{i:04d}.txt", src / f"loop_a{i:04d}.txt")
        os.symlink(f"loop_a{i:04d}.txt", src / f"loop_b{i:04d}.txt")
        os.symlink(f"self{i:04d}.txt", src / f"self{i:04d}.txt")
    # a chain of 45 links (past the kernel's 40: ELOOP) and one of 20 (resolves to good.txt)
    prev = "good.txt"
    for k in range(45, 0, -1):
        os.symlink(prev, src / f"chain45_{k:02d}.txt")
        prev = f"chain45_{k:02d}.txt"
    prev = "good.txt"
    for k in range(20, 0, -1):
        os.symlink(prev, src / f"chain20_{k:02d}.txt")
        prev = f"chain20_{k:02d}.txt"


def d03_no_permission(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    (src / "good.txt").write_text(sample(1), encoding="utf-8")
    for i in range(200):
        p = src / f"locked{i:03d}.txt"
        p.write_text(sample(2), encoding="utf-8")
        os.chmod(p, 0)
    ld = src / "locked_dir"
    ld.mkdir()
    (ld / "inner.txt").write_text(sample(3), encoding="utf-8")
    os.chmod(ld, 0)
    nx = src / "noexec_dir"
    nx.mkdir()
    (nx / "inner2.txt").write_text(sample(4), encoding="utf-8")
    os.chmod(nx, 0o644)  # names can be listed, the files cannot be reached


def d04_sockets(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    (src / "good.txt").write_text(sample(1), encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(src)  # AF_UNIX names are limited to 108 bytes: bind by relative name
    try:
        for i in range(300):
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.bind(f"sock{i:03d}.txt")
            s.close()
    finally:
        os.chdir(cwd)


# ---------------------------------------------------------------- outputs on a full disk, through links


def _eight(d: Path) -> Path:
    src = d / "in"
    src.mkdir(parents=True, exist_ok=True)
    for i, n in enumerate((1, 2, 3, 4, 7, 8, 9, 1)):
        text = sample(n)
        if i == 7:
            text = text.replace("2020", "2019")
        (src / f"{'abcdefgh'[i]}.txt").write_text(text, encoding="utf-8")
    (d / "full").mkdir()
    return src


def o01_full_disk_resume(d: Path) -> None:
    _eight(d)


def o02_full_disk_force_jsonl(d: Path) -> None:
    _eight(d)


def o03_full_disk_force_parquet(d: Path) -> None:
    _eight(d)


def o04_full_disk_csv_then_resume(d: Path) -> None:
    _eight(d)


def o05_disk_already_full(d: Path) -> None:
    _eight(d)


def o06_output_is_input_via_links(d: Path) -> None:
    real = three(d, sub="real")
    os.symlink("real", d / "alias")  # a directory given through a link
    os.symlink("real/a.txt", d / "a_link.txt")  # a file given through a link
    os.symlink("a_link.txt", d / "link2.jsonl")  # a link to a link to an input
    os.symlink(str(real / "c.txt"), d / "abs_link.jsonl")  # an absolute link


# ---------------------------------------------------------------- standard input and output


def s01_stdin_huge_line(d: Path) -> None:
    t = sample(1)
    with open(d / "stdin.txt", "w", encoding="utf-8") as f:
        f.write(t.replace("\n", "　"))  # the report as one line
        for _ in range(40 * MIB // len("收到申请5件，".encode())):
            f.write("收到申请5件，")
    (d / "small_stdin.txt").write_text(sample(2), encoding="utf-8")


def s02_output_dash(d: Path) -> None:
    three(d)


# ---------------------------------------------------------------- Python API


def a01_parse_odd_arguments(d: Path) -> None:
    src = three(d, ns=(1,))
    (src / "empty.pdf").write_bytes(b"")
    (src / "empty.docx").write_bytes(b"")
    api(
        d,
        """
import shutil

REPORT = Path("in/a.txt").read_text(encoding="utf-8")


class Where:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


record("path_ok", lambda: govinfo_nlp.parse(Path("in/a.txt")))
record("empty_str", lambda: govinfo_nlp.parse(""))
record("empty_bytes", lambda: govinfo_nlp.parse(b""))
record("blank_str", lambda: govinfo_nlp.parse(" \\n\\t\\u3000\\n  \\n"))
record("none", lambda: govinfo_nlp.parse(None))
record("zero_pdf_path", lambda: govinfo_nlp.parse(Path("in/empty.pdf")))
record("zero_docx_path", lambda: govinfo_nlp.parse(Path("in/empty.docx")))
record("zero_pdf_str", lambda: govinfo_nlp.parse("in/empty.pdf"))
record("pdf_header_bytes", lambda: govinfo_nlp.parse(b"%PDF-1.7\\n"))
record("zip_header_bytes", lambda: govinfo_nlp.parse(b"PK\\x03\\x04"))
record("path_empty", lambda: govinfo_nlp.parse(Path("")))
record("str_dot", lambda: govinfo_nlp.parse("."))
record("missing_cjk_path", lambda: govinfo_nlp.parse("报告/泰州市2020年年度报告.pdf"))
record("missing_windows_path", lambda: govinfo_nlp.parse("C:\\\\reports\\\\taizhou-2020.docx"))
record("missing_tilde_path", lambda: govinfo_nlp.parse("~/reports/taizhou-2020.txt"))
record("file_url", lambda: govinfo_nlp.parse("file:///nonexistent/reports/a.txt"))
record("pathlike", lambda: govinfo_nlp.parse(Where("in/a.txt")))
record("bytearray", lambda: govinfo_nlp.parse(bytearray(REPORT.encode("utf-8"))))
""",
    )


def a02_engines_in_loop(d: Path) -> None:
    rule = json.loads(
        (ROOT / "govinfo_nlp" / "facts" / "data" / "rules.jsonl")
        .read_text(encoding="utf-8")
        .split("\n")[0]
    )
    rule["id"] = "hostile22.copied_rule"
    (d / "my_rules.jsonl").write_text(json.dumps(rule, ensure_ascii=False) + "\n", encoding="utf-8")
    (d / "report.txt").write_text(sample(1), encoding="utf-8")
    api(
        d,
        """
import gc
from govinfo_nlp import Engine


def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


text = Path("report.txt").read_text(encoding="utf-8")
marks = {}
failed = 0
N = 120
WORDS = ["批次", "宗", "份次", "人次", "卷", "册", "盒", "套", "台次", "宗次"]
eng = None
for i in range(N):
    try:
        eng = Engine(rules=["my_rules.jsonl"], counters=[WORDS[i % len(WORDS)]])
        eng.parse(text.replace("2020", str(2000 + i % 20)))
    except Exception as e:
        failed += 1
        if failed <= 3:
            put({"source": "engine%d" % i, "errors": [raised(e)]})
    eng = None
    if i + 1 in (20, 40, 80, 120):
        gc.collect()
        marks[i + 1] = rss_mb()
growth = marks[120] - marks[40]
row = {"source": "growth", "errors": [], "rss_mb": marks, "failed": failed}
if growth > 40:
    row["errors"].append("memory.growth: RSS grew %.0f MB over the last 80 engines (%s)" % (growth, marks))
put(row)
""",
    )


def a03_annotate_odd_iterables(d: Path) -> None:
    three(d)
    api(
        d,
        """
def rows_of(label, make, want):
    try:
        rows = list(make())
    except Exception as e:
        put({"source": label, "errors": [raised(e)]})
        return
    row = {"source": label, "errors": [], "n": len(rows)}
    if len(rows) not in want:
        row["errors"].append("rows.count: %d rows (expected %s)" % (len(rows), " or ".join(map(str, want))))
    bad = [r for r in rows if (r.to_dict() if hasattr(r, "to_dict") else r).get("errors")]
    if bad and label.startswith("good"):
        row["errors"].append("rows.error: %s" % (bad[0].to_dict() if hasattr(bad[0], "to_dict") else bad[0]).get("errors"))
    put(row)


rows_of("a_str_path", lambda: govinfo_nlp.annotate("in/a.txt"), (1,))
rows_of("a_path", lambda: govinfo_nlp.annotate(Path("in/a.txt")), (1,))
rows_of("a_dir_path", lambda: govinfo_nlp.annotate(Path("in")), (3,))
rows_of("a_bytes", lambda: govinfo_nlp.annotate(Path("in/a.txt").read_bytes()), (1,))
rows_of("good_empty_list", lambda: govinfo_nlp.annotate([]), (0,))
rows_of("good_generator_jobs2", lambda: govinfo_nlp.annotate((str(p) for p in sorted(Path("in").iterdir())), jobs=2), (3,))
rows_of("good_same_path_thrice_jobs2", lambda: govinfo_nlp.annotate(["in/a.txt"] * 3, jobs=2), (3,))
rows_of("good_tuple_of_paths", lambda: govinfo_nlp.annotate((Path("in/a.txt"), Path("in/b.txt"))), (2,))
""",
        main_guard=True,
    )


def a04_limits_odd_api(d: Path) -> None:
    (d / "in").mkdir()
    (d / "in" / "r.txt").write_text(sample(1), encoding="utf-8")
    api(
        d,
        """
from govinfo_nlp import Limits


def go(label, **kw):
    record(label, lambda: govinfo_nlp.parse("in/r.txt", limits=Limits(**kw)))


go("page_chars_zero", max_page_chars=0)
go("page_chars_neg", max_page_chars=-1)
go("page_chars_str", max_page_chars="100000")
go("bytes_bool", max_bytes=True)
go("facts_bool", max_facts=False)
go("facts_zero", max_facts=0)
go("seconds_half", max_seconds=0.5)
go("ocr_pages_neg", max_ocr_pages=-2)
go("cells_float", max_table_cells=5e4)
go("bytes_2_64", max_bytes=2 ** 64)
try:
    record("unknown_limit", lambda: govinfo_nlp.parse("in/r.txt", limits=Limits(max_bytez=10)))
except Exception as e:
    put({"source": "unknown_limit", "errors": [raised(e)]})
record("limits_dict", lambda: govinfo_nlp.parse("in/r.txt", limits={"max_bytes": 10}))
""",
    )


def l01_cli_odd_limits(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    b19.report_pdf(src / "r.pdf", sample(1))
    (d / "t").mkdir()
    for n, name in zip((1, 2, 3), "abc"):
        (d / "t" / f"{name}.txt").write_text(sample(n), encoding="utf-8")


# ---------------------------------------------------------------- corpus commands on odd rows


def _corpus_api(d: Path) -> None:
    api(
        d,
        """
KINDS = ["documents", "tables", "facts", "checks", "reconciliation", "notices"]
for kind in KINDS:
    record("to_frame_" + kind, lambda: {"n": len(govinfo_nlp.to_frame("out.jsonl", kind=kind)), "errors": []})
record("panel", lambda: {"n": len(govinfo_nlp.panel("out.jsonl")), "errors": []})
""",
    )


def e01_old_rows(d: Path) -> None:
    three(d)
    _corpus_api(d)


def e02_missing_core_keys(d: Path) -> None:
    three(d, ns=(1, 2, 3, 4))
    _corpus_api(d)


def e03_json_oddities(d: Path) -> None:
    three(d, ns=(1, 2, 3, 4, 7))
    _corpus_api(d)


# ---------------------------------------------------------------- hostile files


def _text_page_ops(lines: list[str]) -> bytes:
    ops = [b"BT /F1 11 Tf 14 TL 60 760 Td"]
    for line in lines:
        ops.append(b"(" + line.encode("latin-1") + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops) + b"\n"


TEXT_LINES = [
    "Annual report on government information disclosure 2021",
    "1. Overview: 12 requests received, 11 closed, 1 carried over.",
    "2. Proactive disclosure: 35 documents published, 4 rules revised.",
    "3. Requests: 12 received in 2021, 11 answered within the time limit.",
    "4. Reviews and suits: 1 administrative review, 0 suits.",
    "5. Problems and improvements: staff training (3 sessions, 40 people).",
    "6. Other matters: no fees were charged.",
]


def _page_with_image(img_dict: bytes, img_data: bytes, box: bytes) -> bytes:
    content = _text_page_ops(TEXT_LINES) + b"q " + box + b" cm /Im0 Do Q\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> /XObject << /Im0 6 0 R >> >> >>",
        b19.stream(content),
        b19.FONT,
        b19.stream(img_data, img_dict),
    ]
    return b19.pdf_bytes(objs)


def h01_pdf_picture_bomb_text_page(d: Path) -> None:
    # (1) 100,000 x 100,000 one-bit pixels (1.25 GB unpacked, about 1.2 MB deflated) in a table-sized box
    w = 100_000
    data = _deflate_zeros((w // 8) * w, b"\xff")
    (d / "bomb_on_text.pdf").write_bytes(
        _page_with_image(
            b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 1 /Filter /FlateDecode" % (w, w),
            data,
            b"480 0 0 300 60 300",
        )
    )
    # (2) 12,000 x 12,000 8-bit gray (144 Mpx, at the bound, not past it): a ruled grid, a table's look
    side = 12_000
    white = b"\x00" + b"\xff" * side
    rule = b"\x00" + b"\x00" * side
    col = bytearray(white)
    for x in range(1, side + 1, 1000):
        col[x : x + 4] = b"\x00\x00\x00\x00"
    col = bytes(col)
    comp = zlib.compressobj(9)
    out = []
    for y in range(side):
        out.append(comp.compress(rule if y % 600 < 4 else col))
    out.append(comp.flush())
    raw = b"".join(out)
    # PNG-predictor rows (each row opens with its filter byte 0): /DecodeParms says so
    (d / "grid_on_text.pdf").write_bytes(
        _page_with_image(
            b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Columns %d /Colors 1 >>"
            % (side, side, side),
            raw,
            b"480 0 0 300 60 300",
        )
    )


def h02_html_100k_scripts(d: Path) -> None:
    t = sample(1)
    lines = t.splitlines()
    parts = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告</title>']
    script = "<script>var s='<p>收到申请987654件</p>';document.write(s);/* 987654 */</script>\n"
    parts.append(script * 50_000)
    parts.append("</head><body>\n")
    per = max(1, 50_000 // max(1, len(lines)))
    for line in lines:
        parts.append(f"<p>{b19.esc(line)}</p>\n")
        parts.append(script * per)
    parts.append("<style>p::after{content:'收到申请987654件'}</style>\n" * 1000)
    parts.append("</body></html>\n")
    (d / "scripts.html").write_text("".join(parts), encoding="utf-8")


def _laughs_dtd(root: str, levels: int = 10) -> str:
    ents = ['<!ENTITY lol0 "lol">']
    for k in range(1, levels):
        ents.append(f'<!ENTITY lol{k} "' + f"&lol{k - 1};" * 10 + '">')
    return f"<!DOCTYPE {root} [" + "".join(ents) + "]>"


def h03_html_svg_laughs(d: Path) -> None:
    t = sample(2)
    body = "".join(f"<p>{b19.esc(line)}</p>\n" for line in t.splitlines())
    dtd = _laughs_dtd("html")
    # (1) an XHTML-looking page whose internal DTD is billion laughs, used in the body
    (d / "xhtml_laughs.html").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        + dtd
        + '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"/><title>年度报告</title></head><body>'
        + body
        + "<p>&lol9;</p></body></html>\n",
        encoding="utf-8",
    )
    # (2) an inline <svg> carrying its own DTD of laughs and 10,000 nested <g>
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        + "<g>" * 10_000
        + "<text>&lol9;</text>"
        + "</g>" * 10_000
        + "</svg>"
    )
    (d / "svg_laughs.html").write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告</title></head><body>'
        + body
        + dtd
        + svg
        + "</body></html>\n",
        encoding="utf-8",
    )


def h04_docx_laughs_package_parts(d: Path) -> None:
    doc = b19.document_xml(b19.paras(sample(3)))
    base = {
        "[Content_Types].xml": b19.CT_DOCX,
        "_rels/.rels": b19.RELS,
        "word/_rels/document.xml.rels": b19.DOC_RELS,
        "word/document.xml": doc,
        "word/styles.xml": b19.STYLES,
    }

    def write(name: str, part: str) -> None:
        files = dict(base)
        xml = files[part]
        head, sep, rest = xml.partition("?>")
        root = "Types" if part.startswith("[") else "Relationships"
        files[part] = (
            head
            + sep
            + _laughs_dtd(root)
            + rest.replace("</" + root + ">", "<!-- &lol9; --></" + root + ">", 1)
        )
        if part != "[Content_Types].xml":  # the entity used where a parser must expand it
            files[part] = files[part].replace('Target="', 'Target="&lol9;', 1)
        with zipfile.ZipFile(d / name, "w", zipfile.ZIP_DEFLATED) as z:
            for k, v in files.items():
                z.writestr(k, v)

    write("laughs_content_types.docx", "[Content_Types].xml")
    write("laughs_package_rels.docx", "_rels/.rels")
    write("laughs_document_rels.docx", "word/_rels/document.xml.rels")
    # the entity used in an attribute a reader looks up (the relationship's Id)
    files = dict(base)
    rels = files["word/_rels/document.xml.rels"]
    head, sep, rest = rels.partition("?>")
    files["word/_rels/document.xml.rels"] = (
        head + sep + _laughs_dtd("Relationships") + rest.replace('Id="rId1"', 'Id="&lol9;"')
    )
    with zipfile.ZipFile(d / "laughs_rel_id.docx", "w", zipfile.ZIP_DEFLATED) as z:
        for k, v in files.items():
            z.writestr(k, v)


def h05_docx_500mb_document(d: Path) -> None:
    with zipfile.ZipFile(d / "big_document.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", b19.CT_DOCX)
        z.writestr("_rels/.rels", b19.RELS)
        z.writestr("word/_rels/document.xml.rels", b19.DOC_RELS)
        z.writestr("word/styles.xml", b19.STYLES)
        head = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{b19.W}"><w:body>' + b19.paras(sample(1)) + "<w:p><w:r><w:t>"
        ).encode()
        b19.write_streamed_member(
            z,
            "word/document.xml",
            head,
            "收到申请5件，".encode(),
            500 * MIB // 19,
            b"</w:t></w:r></w:p></w:body></w:document>",
        )


def _content_pdf(path: Path, content: bytes) -> None:
    objs = b19.simple_pdf(b"")
    objs[3] = b19.stream(zlib.compress(content, 9), b"/Filter /FlateDecode")
    path.write_bytes(b19.pdf_bytes(objs))


def h06_pdf_million_text_objects(d: Path) -> None:
    n = 1_000_000
    # (1) a million BT/ET text objects, each showing one character as a hex string
    parts = [b"BT /F1 2 Tf ET\n"]
    for i in range(n):
        x = 10 + (i % 296) * 2
        y = 10 + (i // 296) % 386 * 2
        parts.append(b"BT %d %d Td <%02x> Tj ET\n" % (x, y, 0x30 + i % 10))
    _content_pdf(d / "hex_objects.pdf", b"".join(parts))
    # (2) 10,000 TJ arrays of 100 hex glyphs each (a million glyphs in 10,000 text objects)
    arr = b"[" + b"".join(b"<%02x>-20" % (0x30 + k % 10) for k in range(100)) + b"] TJ"
    parts = []
    for i in range(10_000):
        parts.append(b"BT /F1 2 Tf 1 0 0 1 10 %d Tm %s ET\n" % (10 + (i % 380) * 2, arr))
    _content_pdf(d / "tj_hex_arrays.pdf", b"".join(parts))
    # (3) a million characters shown by the ' operator (next line, then show)
    parts = [b"BT /F1 2 Tf 2 TL 10 780 Td\n"]
    for i in range(n):
        parts.append(b"(%d) '\n" % (i % 10))
    parts.append(b"ET\n")
    _content_pdf(d / "quote_operator.pdf", b"".join(parts))
    # (4) 100,000 strings of 20 characters with balanced parentheses inside each
    s = b"(0(1(2(3(4)5)6)7)8)9"
    parts = [b"BT /F1 2 Tf\n"]
    for i in range(100_000):
        parts.append(
            b"1 0 0 1 %d %d Tm (%s%s) Tj\n" % (10 + (i % 29) * 20, 10 + (i // 29) % 386 * 2, s, s)
        )
    parts.append(b"ET\n")
    _content_pdf(d / "nested_parens.pdf", b"".join(parts))
    # (5) a million empty text objects and one real line
    _content_pdf(d / "empty_objects.pdf", b"BT ET\n" * n + b19.TEXT_OPS)


def h07_pdf_xref_stream_loops(d: Path) -> None:
    objs = b19.simple_pdf(b19.TEXT_OPS)
    body, offs = b20._classic(objs)
    n = len(objs)

    def xref_stream(num: int, prev: int, extra: bytes = b"") -> bytes:
        rows = [struct.pack(">BIH", 0, 0, 65535)] + [struct.pack(">BIH", 1, o, 0) for o in offs]
        rows.append(struct.pack(">BIH", 1, 0, 0))  # patched below: the stream's own entry
        data = b"".join(rows)
        dic = b"<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d /Prev %010d%s >>" % (
            n + 2,
            len(data),
            prev,
            extra,
        )
        return b"%d 0 obj\n" % num + dic + b"\nstream\n" + data + b"\nendstream\nendobj\n"

    # (1) two xref streams whose /Prev point at each other
    x1 = len(body)
    probe = xref_stream(n + 1, 0)
    x2 = x1 + len(probe)
    s1 = xref_stream(n + 1, x2)
    s2 = xref_stream(n + 1, x1)
    assert len(s1) == len(probe)
    (d / "xrefstm_mutual.pdf").write_bytes(body + s1 + s2 + b"startxref\n%d\n%%%%EOF\n" % x2)
    # (2) a hybrid file: the classic trailer's /XRefStm names an xref stream whose /Prev is the classic table
    xs = len(body)
    stream_obj = xref_stream(n + 1, 0)
    xt = xs + len(stream_obj)
    stream_obj = xref_stream(n + 1, xt)
    table = b20._xref_table(
        n, offs
    ) + b"trailer\n<< /Size %d /Root 1 0 R /XRefStm %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        n + 2,
        xs,
        xt,
    )
    (d / "hybrid_xrefstm_loop.pdf").write_bytes(body + stream_obj + table)
    # (3) an xref stream whose /XRefStm and /Prev are both its own offset
    x = len(body)
    own = xref_stream(n + 1, x, b" /XRefStm %010d" % x)
    (d / "xrefstm_self_both.pdf").write_bytes(body + own + b"startxref\n%d\n%%%%EOF\n" % x)


def h08_png_text_chunks(d: Path) -> None:
    page = b21._page_images(sample(1), 1, lines_per_page=20)[0]
    buf = io.BytesIO()
    page.save(buf, format="PNG")
    png = buf.getvalue()
    head, iend = png[:-12], png[-12:]
    assert iend[4:8] == b"IEND"
    # (1) one 30 MB tEXt chunk (under the 32 MiB input bound)
    (d / "big_text_chunk.png").write_bytes(
        head + _chunk(b"tEXt", b"Comment\0" + b"A" * (30 * MIB)) + iend
    )
    # (2) a zTXt chunk that inflates to 1 GiB
    (d / "ztxt_bomb.png").write_bytes(
        head + _chunk(b"zTXt", b"Comment\0\0" + _deflate_zeros(1 << 30, b"A")) + iend
    )
    # (3) 500,000 small tEXt chunks
    small = _chunk(b"tEXt", b"k\0v")
    (d / "many_text_chunks.png").write_bytes(head + small * 500_000 + iend)
    # (4) an iCCP profile that inflates to 1 GiB
    (d / "iccp_bomb.png").write_bytes(
        png[:33] + _chunk(b"iCCP", b"icc\0\0" + _deflate_zeros(1 << 30)) + png[33:]
    )


CASES = {
    name: fn
    for name, fn in globals().items()
    if name[:1] in "ridoslaeh" and name[1:3].isdigit() and name[3:4] == "_" and callable(fn)
}


def build(case: str, d: Path) -> None:
    """Case ids are matched on their first three characters (r01, h07...)."""
    d.mkdir(parents=True, exist_ok=True)
    [fn] = [fn for name, fn in CASES.items() if name[:3] == case[:3]]
    fn(d)


if __name__ == "__main__":
    out = Path(sys.argv[1])
    for case in sys.argv[2:] or sorted(CASES):
        build(case, out / case)
        print(
            case,
            sum(
                p.stat().st_size
                for p in (out / case).rglob("*")
                if p.is_file() and not p.is_symlink()
            ),
            flush=True,
        )
