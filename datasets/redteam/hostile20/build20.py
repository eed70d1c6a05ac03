"""Build the inputs of the hostile20 red team (session 20, robust20) into a directory.

Every case's files are generated here at check time (nothing big is committed). Written
before the library's batch, CLI, export or reader code was read, from README/SCHEMA,
docs/schema.md and the earlier rounds' names and docstrings only (see README.md). The
hand-made PDF, DOCX and sample helpers are hostile19's (``build.py`` there), imported.

    python datasets/redteam/hostile20/build20.py OUTDIR [CASE ...]

``build(case, d)`` writes case ``case``'s files under ``d``; ``check.py`` calls it. A case
that exercises the Python API gets an ``api.py`` here, run by ``check.py`` as a step: it
writes one JSON line per call into ``api.jsonl`` — the report's row, or for a call that
raised, ``{"source": label, "errors": ["exception.<Type>: (<Type>,<its bases>) <message>"]}``.
"""

from __future__ import annotations

import base64
import importlib.util
import io
import os
import struct
import sys
import tarfile
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("build19", HERE.parent / "hostile19" / "build.py")
assert _spec and _spec.loader
b19 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(b19)

sample = b19.sample  # 1-4, 7-9 are text samples
W = b19.W
SAMPLES = b19.SAMPLES
MIB = 1 << 20


# ---------------------------------------------------------------- the api.py prelude

PRELUDE = '''\
import io, json, os, sys
from pathlib import Path
import govinfo_nlp
OUT = []  # opened on the first row: a process that re-imports this script (spawn) writes nothing


def put(row):
    if not OUT:
        OUT.append(open("api.jsonl", "w", encoding="utf-8"))
    OUT[0].write(json.dumps(row, ensure_ascii=False, default=str) + "\\n")
    OUT[0].flush()


def raised(e):
    """The error string of an exception: its class, then every class it is (a library
    error that is also a ValueError answers to both names), then its message."""
    kinds = [k.__name__ for k in type(e).__mro__ if k not in (object, BaseException)]
    return "exception.%s: (%s) %s" % (type(e).__name__, ",".join(kinds), str(e)[:300])


def record(label, fn):
    """One line for one call: the row it returned, or the exception it raised."""
    try:
        r = fn()
    except Exception as e:  # the finding is the exception's type and message
        put({"source": label, "errors": [raised(e)]})
        return None
    row = dict(r.to_dict() if hasattr(r, "to_dict") else r)
    row["source"] = label
    put(row)
    return r

'''


def api(d: Path, body: str) -> None:
    (d / "api.py").write_text(PRELUDE + body, encoding="utf-8")


def three(d: Path, sub: str = "in", ns: tuple[int, ...] = (1, 2, 3)) -> Path:
    src = d / sub
    src.mkdir(parents=True, exist_ok=True)
    for n, name in zip(ns, "abcdefgh"):
        (src / f"{name}.txt").write_text(sample(n), encoding="utf-8")
    return src


# ---------------------------------------------------------------- Python API


def a01_api_bytes(d: Path) -> None:
    (d / "ref.txt").write_text(sample(1), encoding="utf-8")
    b19.report_pdf(d / "r.pdf", sample(2))
    b19.write_docx(d / "r.docx", b19.document_xml(b19.paras(sample(3))))
    api(
        d,
        """
t = Path("ref.txt").read_text(encoding="utf-8")
record("ref.txt", lambda: govinfo_nlp.parse("ref.txt"))
record("utf16_bytes", lambda: govinfo_nlp.parse(b"\\xff\\xfe" + t.encode("utf-16-le")))
record("gbk_bytes", lambda: govinfo_nlp.parse(t.encode("gb18030")))
record("pdf_path", lambda: govinfo_nlp.parse("r.pdf"))
record("pdf_bytes", lambda: govinfo_nlp.parse(Path("r.pdf").read_bytes()))
record("docx_path", lambda: govinfo_nlp.parse("r.docx"))
record("docx_bytes", lambda: govinfo_nlp.parse(Path("r.docx").read_bytes()))
record("engine_pdf_bytes", lambda: govinfo_nlp.Engine().parse(Path("r.pdf").read_bytes()))
""",
    )


def a02_api_str_path(d: Path) -> None:
    (d / "reports").mkdir()
    (d / "reports" / "real.txt").write_text(sample(1), encoding="utf-8")
    api(
        d,
        """
record("real_str", lambda: govinfo_nlp.parse("reports/real.txt"))
record("missing_str", lambda: govinfo_nlp.parse("reports/taizhou-2020.txt"))
record("missing_abs_str", lambda: govinfo_nlp.parse(os.path.abspath("reports/nanjing-2021.pdf")))
record("missing_path", lambda: govinfo_nlp.parse(Path("reports/missing-2019.txt")))
record("dir_str", lambda: govinfo_nlp.parse("reports"))
record("dir_path", lambda: govinfo_nlp.parse(Path("reports")))
""",
    )


def a03_api_file_objects(d: Path) -> None:
    (d / "r.txt").write_text(sample(2), encoding="utf-8")
    api(
        d,
        """
record("path", lambda: govinfo_nlp.parse("r.txt"))
record("binary_file", lambda: govinfo_nlp.parse(open("r.txt", "rb")))
record("text_file", lambda: govinfo_nlp.parse(open("r.txt", encoding="utf-8")))
record("bytesio", lambda: govinfo_nlp.parse(io.BytesIO(Path("r.txt").read_bytes())))
record("stringio", lambda: govinfo_nlp.parse(io.StringIO(Path("r.txt").read_text(encoding="utf-8"))))
record("memoryview", lambda: govinfo_nlp.parse(memoryview(Path("r.txt").read_bytes())))
""",
    )


def a04_api_huge(d: Path) -> None:
    (d / "base.txt").write_text(sample(1), encoding="utf-8")
    api(
        d,
        """
base = Path("base.txt").read_text(encoding="utf-8")
reps = (48 << 20) // len(base.encode("utf-8")) + 1
big = (base + "\\n") * reps  # 48 MiB as UTF-8, over the 32 MiB bound
record("huge_str", lambda: govinfo_nlp.parse(big))
data = big.encode("utf-8")
del big
record("huge_bytes", lambda: govinfo_nlp.parse(data))
""",
    )


def a05_api_limits_odd(d: Path) -> None:
    (d / "r.html").write_text(
        (SAMPLES / "s06_html_2019.html").read_text(encoding="utf-8"), encoding="utf-8"
    )
    api(
        d,
        """
from govinfo_nlp import Limits


def go(label, **kw):
    record(label, lambda: govinfo_nlp.parse("r.html", limits=Limits(**kw)))


go("bytes_neg", max_bytes=-1)
go("bytes_str", max_bytes="10K")
go("facts_neg", max_facts=-5)
go("cells_neg", max_table_cells=-100)
go("pages_float", max_pages=1.5)
go("seconds_nan", max_seconds=float("nan"))
go("seconds_zero", max_seconds=0)
""",
    )


def a06_api_annotate_mixed(d: Path) -> None:
    src = three(d)
    (src / "sub").mkdir()
    api(
        d,
        """
labels = ["good_a", "none", "int", "missing", "bytes", "dir", "good_b"]
items = ["in/a.txt", None, 42, "in/missing.txt", Path("in/b.txt").read_bytes(), "in/sub", "in/c.txt"]
try:
    rows = list(govinfo_nlp.annotate(items))
except Exception as e:
    put({"source": "call", "errors": [raised(e)]})
else:
    if len(rows) == len(items):
        for label, row in zip(labels, rows):
            row = dict(row.to_dict() if hasattr(row, "to_dict") else row)
            row["source"] = label
            put(row)
    else:
        for i, row in enumerate(rows):
            row = dict(row.to_dict() if hasattr(row, "to_dict") else row)
            row["source"] = "extra%d" % i
            put(row)
""",
    )


# ---------------------------------------------------------------- export, panel, summary


def e01_panel_broken_line(d: Path) -> None:
    three(d, ns=(1, 2, 3, 4, 7))


def e02_summary_injection(d: Path) -> None:
    three(d, ns=(1, 2, 9))


def e03_other_schema(d: Path) -> None:
    three(d, ns=(1, 2, 3, 4))
    api(
        d,
        """
for kind in ("documents", "tables", "facts", "checks", "reconciliation", "notices"):
    record("to_frame_" + kind, lambda: {"errors": [], "n": len(govinfo_nlp.to_frame("out.jsonl", kind=kind))})
record("panel", lambda: {"errors": [], "n": len(govinfo_nlp.panel("out.jsonl"))})
""",
    )


def e04_panel_100k_one_agency(d: Path) -> None:
    three(d, ns=(1,))


def e05_nan_infinity(d: Path) -> None:
    three(d, ns=(1, 2, 3))


def e06_junk_annotation_files(d: Path) -> None:
    (d / "empty.jsonl").write_bytes(b"")
    (d / "blank.jsonl").write_bytes(b"\n\n  \n")
    b19.report_pdf(d / "report.pdf.jsonl", sample(1))
    (d / "utf16.jsonl").write_bytes(
        '\ufeff{"id": "x", "source": "a.txt", "metadata": {"agency": "某局", "year": 2020}, "tables": {}}\n'.encode(
            "utf-16-le"
        )
    )
    (d / "adir.jsonl").mkdir()


# ---------------------------------------------------------------- Dask


def d01_dask_failing_inputs(d: Path) -> None:
    src = three(d)
    (src / "sub").mkdir()
    os.symlink("nowhere.txt", src / "dangling.txt")
    (src / "gz.txt").write_bytes(zlib.compress(b"x" * 1000))
    api(
        d,
        """
from govinfo_nlp import distributed as gd
import dask

if __name__ == "__main__":
    labels = ["a.txt", "missing.txt", "sub", "dangling.txt", "gz.txt", "b.txt", "c.txt"]
    paths = ["in/" + x for x in labels]
    with dask.config.set(scheduler="processes", num_workers=2):
        try:
            rows = list(gd.annotate_bag(paths).compute())
        except Exception as e:
            put({"source": "bag", "errors": [raised(e)]})
            rows = []
    if len(rows) != len(labels):
        put({"source": "bag", "errors": ["count.mismatch: %d rows for %d paths" % (len(rows), len(labels))]})
    for label, row in zip(labels, rows):
        row = dict(row)
        row["source"] = "bag:" + label
        put(row)
    try:
        rows = list(gd.annotate_chunk(paths))
    except Exception as e:
        put({"source": "chunk", "errors": [raised(e)]})
        rows = []
    if len(rows) != len(labels):
        put({"source": "chunk", "errors": ["count.mismatch: %d rows for %d paths" % (len(rows), len(labels))]})
    for label, row in zip(labels, rows):
        row = dict(row)
        row["source"] = "chunk:" + label
        put(row)
""",
    )


def d02_dask_killed_worker(d: Path) -> None:
    src = three(d, ns=(1, 2, 3, 4, 7, 8))
    (src / "c.txt").write_text(
        (sample(3) + "\n") * 120, encoding="utf-8"
    )  # slow: killed while on it
    api(
        d,
        """
import signal, time
from dask.distributed import Client, LocalCluster
from govinfo_nlp import distributed as gd

if __name__ == "__main__":
    labels = sorted(os.listdir("in"))
    paths = ["in/" + x for x in labels]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            fut = client.compute(gd.annotate_bag(paths))
            deadline = time.time() + 120
            busy = []
            while time.time() < deadline and not busy:
                time.sleep(0.2)
                busy = [w for w, tasks in client.processing().items() if tasks]
            pids = client.run(os.getpid)
            victim = busy[0] if busy else sorted(pids)[0]
            os.kill(pids[victim], signal.SIGKILL)  # a worker dies mid-task
            try:
                rows = list(fut.result(timeout=400))
            except Exception as e:
                put({"source": "bag", "errors": [raised(e)]})
                rows = []
    if len(rows) != len(labels):
        put({"source": "bag", "errors": ["count.mismatch: %d rows for %d paths" % (len(rows), len(labels))]})
    for label, row in zip(labels, rows):
        row = dict(row)
        row["source"] = label
        put(row)
""",
    )


# ---------------------------------------------------------------- resume and outputs


def r01_resume_changed_input(d: Path) -> None:
    three(d)


def r02_resume_gained_lost(d: Path) -> None:
    three(d)


def r03_resume_other_max_facts(d: Path) -> None:
    three(d)


def r04_output_inside_input_dir(d: Path) -> None:
    three(d)


def r05_full_disk_jsonl(d: Path) -> None:
    three(d, ns=(1, 2, 3, 4, 7, 8))


def r06_full_disk_parquet(d: Path) -> None:
    three(d)


def r07_readonly_dir(d: Path) -> None:
    three(d)
    (d / "ro").mkdir()


def r10_resume_other_max_bytes(d: Path) -> None:
    three(d)


def l01_cli_odd_limits(d: Path) -> None:
    three(d, ns=(1,))


def r08_symlink_dir_loops(d: Path) -> None:
    src = d / "in"
    (src / "x").mkdir(parents=True)
    (src / "y").mkdir()
    (src / "x" / "a.txt").write_text(sample(1), encoding="utf-8")
    (src / "y" / "b.txt").write_text(sample(2), encoding="utf-8")
    os.symlink("../y", src / "x" / "toy")
    os.symlink("../x", src / "y" / "tox")
    os.symlink("../in", src / "self")
    os.symlink("x/a.txt", src / "a_again.txt")  # one file by a second name
    os.symlink("in", d / "inlink")


def r09_archives(d: Path) -> None:
    src = three(d, sub="docs")
    with zipfile.ZipFile(d / "reports.zip", "w", zipfile.ZIP_DEFLATED) as z:
        for p in sorted(src.iterdir()):
            z.write(p, p.name)
    for name, mode in (("reports.tar", "w"), ("reports.tar.gz", "w:gz")):
        with tarfile.open(d / name, mode) as t:
            for p in sorted(src.iterdir()):
                t.add(p, p.name)
    (d / "tar_named.txt").write_bytes((d / "reports.tar").read_bytes())
    (d / "zip_named.html").write_bytes((d / "reports.zip").read_bytes())


# ---------------------------------------------------------------- hostile files


def _pdf_objs() -> list[bytes]:
    return b19.simple_pdf(b19.TEXT_OPS)


def _classic(objects: list[bytes]) -> tuple[bytes, list[int]]:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objects, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    return out.getvalue(), offs


def _xref_table(n: int, offs: list[int]) -> bytes:
    s = b"xref\n0 %d\n0000000000 65535 f \n" % (n + 1)
    for off in offs:
        s += b"%010d 00000 n \n" % off
    return s


def x01_pdf_prev_variants(d: Path) -> None:
    objs = _pdf_objs()
    n = len(objs)
    # (1) two xref sections whose /Prev point at each other
    body, offs = _classic(objs)
    x1 = len(body)
    sec1 = _xref_table(n, offs)
    x2 = x1 + len(sec1) + len(b"trailer\n<< /Size %d /Root 1 0 R /Prev %010d >>\n" % (n + 1, 0))
    part1 = sec1 + b"trailer\n<< /Size %d /Root 1 0 R /Prev %010d >>\n" % (n + 1, x2)
    assert len(body) + len(part1) == x2
    part2 = _xref_table(
        n, offs
    ) + b"trailer\n<< /Size %d /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (n + 1, x1, x2)
    (d / "prev_mutual.pdf").write_bytes(body + part1 + part2)
    # (2) /Prev far past the end, (3) /Prev negative
    for name, prev in (("prev_past_eof.pdf", b"999999999999"), ("prev_negative.pdf", b"-5")):
        tail = _xref_table(
            n, offs
        ) + b"trailer\n<< /Size %d /Root 1 0 R /Prev %s >>\nstartxref\n%d\n%%%%EOF\n" % (
            n + 1,
            prev,
            x1,
        )
        (d / name).write_bytes(body + tail)
    # (4) an xref stream whose /Prev is its own offset
    (d / "xrefstm_prev_self.pdf").write_bytes(_xref_stream_pdf(objs, prev_self=True))


def _xref_stream_pdf(
    objs: list[bytes],
    *,
    prev_self: bool = False,
    compressed: dict[int, tuple[int, int]] | None = None,
    objstms: dict[int, bytes] | None = None,
) -> bytes:
    """A PDF 1.5 with an xref stream. ``compressed``: object number -> (stream, index) entries
    written as type 2 whatever the file holds; ``objstms``: object number -> body of an
    object stream written in the file as that object."""
    compressed = compressed or {}
    objstms = objstms or {}
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offs: dict[int, int] = {}
    total = max([len(objs), *objstms, *compressed]) + 1  # + the xref stream itself
    for i in range(1, total):
        if i in compressed:
            continue
        body = objstms.get(i) if i in objstms else (objs[i - 1] if i <= len(objs) else b"null")
        offs[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xnum = total
    xoff = out.tell()
    offs[xnum] = xoff
    rows = [struct.pack(">BIH", 0, 0, 65535)]
    for i in range(1, xnum + 1):
        if i in compressed:
            s, k = compressed[i]
            rows.append(struct.pack(">BIH", 2, s, k))
        else:
            rows.append(struct.pack(">BIH", 1, offs[i], 0))
    data = b"".join(rows)
    dic = b"<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d" % (xnum + 1, len(data))
    if prev_self:
        dic += b" /Prev %d" % xoff
    dic += b" >>"
    out.write(b"%d 0 obj\n" % xnum + dic + b"\nstream\n" + data + b"\nendstream\nendobj\n")
    out.write(b"startxref\n%d\n%%%%EOF\n" % xoff)
    return out.getvalue()


def _objstm(members: list[tuple[int, bytes]], extra: bytes = b"") -> bytes:
    head = b""
    blob = b""
    for num, body in members:
        head += b"%d %d " % (num, len(blob))
        blob += body + b" "
    data = head + blob
    return (
        b"<< /Type /ObjStm /N %d /First %d /Length %d %s>>\nstream\n"
        % (len(members), len(head), len(data), extra)
        + data
        + b"\nendstream"
    )


def x02_pdf_objstm_loops(d: Path) -> None:
    objs = _pdf_objs()
    # object 6 is an object stream that /Extends itself; the page's /Annots is object 8, kept in
    # object stream 9, which the xref puts inside object stream 8: a cycle of object streams
    objs[2] = objs[2].replace(
        b"/Contents 4 0 R", b"/Contents 4 0 R /Annots 8 0 R /StructParents 7 0 R"
    )
    ext = _objstm([(7, b"0")], b"/Extends 6 0 R ")
    objstms = {6: ext, 9: _objstm([(8, b"[]")])}
    (d / "objstm_loop.pdf").write_bytes(
        _xref_stream_pdf(objs, compressed={7: (6, 0), 8: (9, 0), 9: (8, 0)}, objstms=objstms)
    )


def _bomb_pdf(path: Path, data: bytes, filters: bytes, extra: bytes = b"") -> None:
    objs = b19.simple_pdf(b19.TEXT_OPS)
    objs[2] = objs[2].replace(b"/Contents 4 0 R", b"/Contents [4 0 R 6 0 R]")
    objs.append(
        b"<< /Length %d /Filter %s %s>>\nstream\n" % (len(data), filters, extra)
        + data
        + b"\nendstream"
    )
    path.write_bytes(b19.pdf_bytes(objs))


def x03_pdf_runlength_bomb(d: Path) -> None:
    # 2 bytes -> 128 bytes of spaces: 200 MiB from 3.3 MB
    n = (200 * MIB) // 128
    _bomb_pdf(d / "runlength_bomb.pdf", b"\x81 " * n + b"\x80", b"/RunLengthDecode")


def _lzw_spaces(total: int) -> bytes:
    """A PDF LZWDecode stream (EarlyChange 1) of ``total`` spaces: each code one byte
    longer than the last, the table cleared when full, about 1,300:1."""

    def width(table_len: int) -> int:  # the decoder's code width with this many entries
        return 9 if table_len < 511 else 10 if table_len < 1023 else 11 if table_len < 2047 else 12

    codes = [(256, 9)]
    made = 0
    size = 258
    while made < total:
        codes.append((32, 9))  # after a clear: the single space
        made += 1
        size, length = 258, 1
        while size <= 4095 and made < total:
            codes.append((size, width(size)))  # the entry being made: the last string + a space
            length += 1
            made += length
            size += 1
        if made < total:
            codes.append((256, width(size)))
    codes.append((257, width(size)))
    acc = nbits = 0
    out = bytearray()
    for code, w in codes:
        acc = (acc << w) | code
        nbits += w
        while nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)
        acc &= (1 << nbits) - 1
    if nbits:
        out.append((acc << (8 - nbits)) & 0xFF)
    return bytes(out)


def x04_pdf_lzw_bomb(d: Path) -> None:
    _bomb_pdf(d / "lzw_bomb.pdf", _lzw_spaces(200 * MIB), b"/LZWDecode")


def _flate(total: int) -> bytes:
    co = zlib.compressobj(9)
    chunk = b"q Q " * (1 << 18)
    parts = [co.compress(chunk) for _ in range(total // len(chunk))]
    parts.append(co.flush())
    return b"".join(parts)


def x05_pdf_flate_inside_other_filters(d: Path) -> None:
    z = _flate(200 * MIB)
    _bomb_pdf(d / "hex_flate.pdf", z.hex().encode() + b">", b"[/ASCIIHexDecode /FlateDecode]")
    _bomb_pdf(d / "a85_flate.pdf", base64.a85encode(z) + b"~>", b"[/ASCII85Decode /FlateDecode]")


def x06_docx_100k_runs(d: Path) -> None:
    text = sample(1)
    b19.write_docx(d / "plain.docx", b19.document_xml(b19.paras(text)))

    def runs(line: str, k0: int) -> str:
        return "".join(
            f'<w:r><w:rPr><w:b w:val="{(k0 + k) % 2}"/></w:rPr><w:t xml:space="preserve">{b19.esc(c)}</w:t></w:r>'
            for k, c in enumerate(line)
        )

    body = "".join(f"<w:p>{runs(line, i)}</w:p>" for i, line in enumerate(text.splitlines()))
    filler = "本机关持续推进政务公开标准化规范化建设" * (100_000 // 19 + 1)
    body += f"<w:p>{runs(filler[:100_000], 0)}</w:p>"
    b19.write_docx(d / "runs.docx", b19.document_xml(body))


def x07_html_100k_tables(d: Path) -> None:
    t = "<table><tr><td>项目</td><td>{}</td></tr></table>"
    (d / "tables_100k.html").write_text(
        b19._html(sample(1), "".join(t.format(i) for i in range(100_000))), encoding="utf-8"
    )


def _laughs(root: str) -> str:
    ents = ['<!ENTITY a0 "收到申请5件。收到申请5件。">']
    for i in range(1, 10):
        ents.append(f'<!ENTITY a{i} "' + f"&a{i - 1};" * 10 + '">')
    return f"<!DOCTYPE {root} [" + "".join(ents) + "]>"


def x08_docx_laughs_other_parts(d: Path) -> None:
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    styles = (
        head
        + _laughs("w:styles")
        + f'<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="a"><w:name w:val="&a9;"/></w:style></w:styles>'
    )
    b19.write_docx(d / "laughs_styles.docx", b19.document_xml(b19.paras(sample(1))), styles=styles)
    # a header part, related and referenced from the body's section properties
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
        "</Relationships>"
    )
    ct = b19.CT_DOCX.replace(
        "</Types>",
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>',
    )
    header = (
        head
        + _laughs("w:hdr")
        + f'<w:hdr xmlns:w="{W}"><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:hdr>'
    )
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    body = (
        b19.paras(sample(1))
        + f'<w:sectPr><w:headerReference xmlns:r="{R}" w:type="default" r:id="rId2"/></w:sectPr>'
    )
    with zipfile.ZipFile(d / "laughs_header.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", b19.RELS)
        z.writestr("word/_rels/document.xml.rels", rels)
        z.writestr("word/document.xml", b19.document_xml(body))
        z.writestr("word/styles.xml", b19.STYLES)
        z.writestr("word/header1.xml", header)


def x09_docx_quadratic_blowup(d: Path) -> None:
    # one 100,000-character entity used 100,000 times: 10^10 characters, no nesting
    doctype = '<!DOCTYPE w:document [<!ENTITY a "' + "收" * 100_000 + '">]>'
    body = b19.paras(sample(1)) + "<w:p><w:r><w:t>" + "&a;" * 100_000 + "</w:t></w:r></w:p>"
    b19.write_docx(d / "quadratic.docx", b19.document_xml(body, doctype))


def x10_text_1m_headings(d: Path) -> None:
    heads = "一、总体情况\n六、其他需要报告的事项\n" * 500_000
    (d / "headings.txt").write_text(sample(1) + "\n" + heads, encoding="utf-8")


def x11_docx_100k_members(d: Path) -> None:
    p = d / "members.docx"
    b19.write_docx(p, b19.document_xml(b19.paras(sample(1))))
    with zipfile.ZipFile(p, "a", zipfile.ZIP_STORED) as z:
        for i in range(100_000):
            z.writestr(f"customXml/item{i}.xml", b"")


CASES = {
    name: fn
    for name, fn in globals().items()
    if name[:1] in "aerdxl" and name[1:3].isdigit() and callable(fn)
}


def build(case: str, d: Path) -> None:
    """Case ids are matched on their first three characters (a01, r05...)."""
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
        )
