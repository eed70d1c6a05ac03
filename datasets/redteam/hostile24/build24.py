"""Build the inputs of the hostile24 red team (session 24, robust24) into a directory.

Every case's files are generated here at check time (nothing big is committed). Written
before any library code under ``govinfo_nlp/`` was read and before the library was run on
these inputs, from README, the CLI's ``--help`` and the earlier rounds' READMEs, expect.jsonl
and harnesses (see README.md). hostile19's hand-made PDF, DOCX and sample helpers, hostile20/21's
api.py prelude and hostile23's builders are imported: they are the tool, not the code under test.

    python datasets/redteam/hostile24/build24.py OUTDIR [CASE ...]

``build(case, d)`` writes case ``case``'s files under ``d``; ``check24.py`` calls it.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
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
# a committed scan (formats5 h02: image-only, two report pages per sheet) whose OCR README
# documents as slow: the one the session's brief says loses its text under load
SCAN = ROOT / "datasets" / "redteam" / "formats5" / "files" / "h02_two_up_scan.pdf"


def api(d: Path, body: str, *, main_guard: bool = False) -> None:
    b21.api(d, body, main_guard=main_guard)


def docx_report(path: Path, text: str, extra: str = "") -> None:
    b19.write_docx(path, b19.document_xml(b19.paras(text) + extra))


def rtf(text: str) -> str:
    """A report as RTF (README: RTF named .doc/.wps is converted by LibreOffice)."""
    out = [r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0 SimSun;}}\uc1 "]
    for line in text.splitlines():
        for ch in line:
            o = ord(ch)
            if ch in "\\{}":
                out.append("\\" + ch)
            elif o < 128:
                out.append(ch)
            elif o < 0x10000:
                out.append(f"\\u{o if o < 32768 else o - 65536}?")
            else:  # a surrogate pair, each half its own \u
                v = o - 0x10000
                for half in (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF)):
                    out.append(f"\\u{half - 65536}?")
        out.append("\\par\n")
    out.append("}")
    return "".join(out)


def mixed(src: Path) -> Path:
    """Five formats of five reports: the corpus the determinism cases compare."""
    src.mkdir(parents=True, exist_ok=True)
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    (src / "b.html").write_text(b19._html(sample(2)), encoding="utf-8")
    docx_report(src / "c.docx", sample(3))
    b19.report_pdf(src / "d.pdf", sample(4))
    (src / "e.txt").write_text(sample(7), encoding="utf-8")
    return src


def ten(d: Path) -> Path:
    src = d / "in"
    src.mkdir(parents=True, exist_ok=True)
    ns = (1, 2, 3, 4, 7, 8, 9, 1, 2, 3)
    for i, n in enumerate(ns):
        text = sample(n)
        if i >= 7:
            text = text.replace("2020", "2018").replace("2021", "2017")
        (src / f"r{i:02d}.txt").write_text(text, encoding="utf-8")
    return src


# ---------------------------------------------------------------- signals and load


def s01_sighup_then_resume(d: Path) -> None:
    ten(d)


def s02_sigint_twice(d: Path) -> None:
    ten(d)


def s03_stopped_not_charged(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    for n, name in ((1, "a.txt"), (2, "b.txt"), (3, "c.txt")):
        (src / name).write_text(sample(n), encoding="utf-8")


def s04_ocr_under_load(d: Path) -> None:
    (d / "in").mkdir()
    shutil.copyfile(SCAN, d / "in" / "scan.pdf")


def s05_stderr_pipe_closed(d: Path) -> None:
    ten(d)


# ---------------------------------------------------------------- memory, size, scale


def _big_text(path: Path, mib: int) -> None:
    unit = "本机关收到政府信息公开申请5件，办结5件。\n".encode("utf-8")
    block = unit * (MIB // len(unit))
    with open(path, "wb") as f:
        f.write(sample(1).encode("utf-8"))
        for _ in range(mib):
            f.write(block)


def m01_memoryerror_then_more_cli(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    _big_text(src / "b_big.txt", 200)
    b19.report_pdf(src / "c.pdf", sample(2))
    b19.report_pdf(src / "d.pdf", sample(3))
    docx_report(src / "e.docx", sample(4))


def m02_memoryerror_then_more_api(d: Path) -> None:
    (d / "a.txt").write_text(sample(1), encoding="utf-8")
    b19.report_pdf(d / "b.pdf", sample(2))
    docx_report(d / "c.docx", sample(3))
    b19.report_pdf(d / "d.pdf", sample(4))
    _big_text(d / "big.txt", 30)  # under the 32 MiB bound: read, at some cost in memory
    api(
        d,
        """
import resource


def vm_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmSize:"):
            return int(line.split()[1]) // 1024
    return 0


for name in ("a.txt", "b.pdf", "c.docx"):
    record("before_" + name, lambda: govinfo_nlp.parse(name))
# an address space 300 MB above what the warm process holds: the 30 MB text needs more
limit = (vm_mb() + 300) << 20
resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
record("big.txt", lambda: govinfo_nlp.parse("big.txt"))
for name in ("a.txt", "b.pdf", "c.docx"):
    record("after_" + name, lambda: govinfo_nlp.parse(name))
record("after_new_d.pdf", lambda: govinfo_nlp.parse("d.pdf"))
""",
    )


def m03_docx_paragraphs_and_nesting(d: Path) -> None:
    t = sample(7)
    docx_report(d / "plain.docx", t)
    filler = "<w:p><w:r><w:t>本机关继续做好政府信息公开工作。</w:t></w:r></w:p>" * 100_000
    docx_report(d / "paragraphs.docx", t, filler)
    n = 10_000
    sdt = "<w:sdt><w:sdtContent>" * n + b19.paras(t) + "</w:sdtContent></w:sdt>" * n
    b19.write_docx(d / "deep_sdt.docx", b19.document_xml(sdt))
    inline = (
        "<w:p>"
        + "<w:smartTag w:uri=\"urn:x\" w:element=\"x\">" * n
        + "<w:r><w:t>另有</w:t></w:r>"
        + "</w:smartTag>" * n
        + "</w:p>"
    )
    docx_report(d / "deep_smarttag.docx", t, inline)


def m04_html_span_values(d: Path) -> None:
    t = sample(1)
    (d / "plain.html").write_text(b19._html(t), encoding="utf-8")
    spans = [
        'colspan="1e30"',
        'colspan="99999999999999999999"',
        'rowspan="0"',
        'colspan="-1"',
        'colspan="5x"',
        'rowspan="2147483648"',
        'colspan=" 3 "',
        'colspan="١٠٠٠٠٠٠"',  # Arabic-Indic digits: Python's int() takes them
        'colspan="１０００００"',  # full-width digits, which int() takes too
        'rowspan="1_000_000"',  # an underscore int() takes
        'colspan="NaN"',
        'colspan=""',
    ]
    tables = "".join(
        f"<table><tr><td {s}>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table>"
        for s in spans
    )
    (d / "spans.html").write_text(b19._html(t, tables), encoding="utf-8")


def m05_resume_20000_files(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    for i in range(20_000):
        (src / f"e{i:05d}.txt").write_bytes(b"")
    (src / "report.txt").write_text(sample(1), encoding="utf-8")


# ---------------------------------------------------------------- the process's environment


def e01_hashseed_determinism(d: Path) -> None:
    mixed(d / "in")


def e02_c_locale_names(d: Path) -> None:
    src = d / "in"
    (src / "年报 2021").mkdir(parents=True)
    (src / "报告甲.txt").write_text(sample(1), encoding="utf-8")
    (src / "報告乙.html").write_text(b19._html(sample(2)), encoding="utf-8")
    docx_report(src / "年报 2021" / "丙.docx", sample(3))


def e03_python_optimize(d: Path) -> None:
    src = mixed(d / "in")
    b19.h01_docx_styles_bomb(src)
    b19.h11_pdf_flate_bomb(src)
    b19.h12_pdf_deep_array(src)
    b19.h19_mhtml_nested(src)
    b19.h09_pdf_self_ref_length(src)


def e04_warnings_error(d: Path) -> None:
    src = mixed(d / "in")
    (src / "f.doc").write_text(rtf(sample(8)), encoding="ascii")


def e05_home_tmpdir_missing(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    b19.report_pdf(src / "b.pdf", sample(2))
    (src / "r.doc").write_text(rtf(sample(3)), encoding="ascii")


def e06_cwd_removed(d: Path) -> None:
    b20.three(d)


def e07_stdin_closed(d: Path) -> None:
    src = mixed(d / "in")
    (src / "f.doc").write_text(rtf(sample(8)), encoding="ascii")


# ---------------------------------------------------------------- batch: names and outputs


def b01_output_odd_names(d: Path) -> None:
    b20.three(d)


def b02_glob_metachar_names(d: Path) -> None:
    src = d / "in[2020]"
    src.mkdir()
    names = ["a[1].txt", "*.txt", "?.txt", "{b,c}.txt", "[!x].txt", "back\\slash.txt"]
    for k, name in enumerate(names):
        (src / name).write_text(sample((1, 2, 3, 4, 7, 8)[k]), encoding="utf-8")


def b03_option_like_names(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    for k, name in enumerate(["-.txt", "--force.txt", "-o.txt", " lead.txt", ".hidden.txt"]):
        (src / name).write_text(sample((1, 2, 3, 4, 7)[k]), encoding="utf-8")
    (d / "-.txt").write_text(sample(8), encoding="utf-8")
    (d / "--resume.txt").write_text(sample(9), encoding="utf-8")


def b04_identical_copies_resume(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    t = sample(1)
    for i in range(60):
        (src / f"c{i:03d}.txt").write_text(t, encoding="utf-8")
    (src / "z.txt").write_text(sample(2), encoding="utf-8")


def b05_csv_names_control_resume(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    names = ["a\nb.txt", "c\rd.txt", "e\r\nf.txt", "g\th.txt", "i.txt"]
    for k, name in enumerate(names):
        (src / name).write_text(sample((1, 2, 3, 4, 7)[k]), encoding="utf-8")


def b06_output_symlink_force(d: Path) -> None:
    b20.three(d)
    b20.three(d, "in2", (4, 7))
    (d / "real").mkdir()
    os.symlink("real/out.parquet", d / "link.parquet")
    os.symlink("real/out.jsonl", d / "link.jsonl")


def b07_force_hardlinked_backup(d: Path) -> None:
    b20.three(d, "in", (1, 2))
    b20.three(d, "in2", (3, 4, 7))
    (d / "backup").mkdir()


def b08_soffice_parallel(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    for k, n in enumerate((1, 2, 3, 4, 7, 8)):
        (src / f"r{k}.doc").write_text(rtf(sample(n)), encoding="ascii")


# ---------------------------------------------------------------- Python API in odd processes


def a01_annotate_thread_daemon(d: Path) -> None:
    b20.three(d)
    api(
        d,
        """
import multiprocessing, threading

PATHS = ["in/a.txt", "in/b.txt", "in/c.txt"]


def put_rows(prefix, fn):
    try:
        rows = fn()
    except Exception as e:  # the finding is the exception's type and message
        for p in PATHS:
            put({"source": prefix + Path(p).name, "errors": [raised(e)]})
        return
    for p, r in zip(PATHS, rows):
        row = dict(r.to_dict() if hasattr(r, "to_dict") else r)
        row["source"] = prefix + Path(p).name
        put(row)


def in_daemon(_):
    return [dict(r.to_dict() if hasattr(r, "to_dict") else r) for r in govinfo_nlp.annotate(PATHS, jobs=2)]


put_rows("main_", lambda: list(govinfo_nlp.annotate(PATHS, jobs=2)))
box = {}


def run():
    try:
        box["rows"] = list(govinfo_nlp.annotate(PATHS, jobs=2))
    except Exception as e:
        box["error"] = e


t = threading.Thread(target=run)
t.start()
t.join(600)


def from_thread():
    if "error" in box:
        raise box["error"]
    return box["rows"]


put_rows("thread_", from_thread)
with multiprocessing.Pool(1) as pool:  # a Pool's workers are daemonic
    put_rows("daemon_", lambda: pool.map(in_daemon, [0])[0])
""",
        main_guard=True,
    )


def a02_small_thread_stack(d: Path) -> None:
    src = d / "in"
    src.mkdir()
    (src / "a.txt").write_text(sample(1), encoding="utf-8")
    b19.h05_docx_deep_nesting(src)
    b19.h12_pdf_deep_array(src)
    b19.h19_mhtml_nested(src)
    b21.n01_html_nested(src)
    api(
        d,
        """
import threading

names = sorted(p.name for p in Path("in").iterdir())
threading.stack_size(256 * 1024)  # musl's (Alpine's) thread stacks are 128 KiB


def work():
    for n in names:
        record("t_" + n, lambda: govinfo_nlp.parse("in/" + n))


t = threading.Thread(target=work)
t.start()
t.join()
for n in names:
    record("m_" + n, lambda: govinfo_nlp.parse("in/" + n))
""",
    )


def a03_fork_after_threads(d: Path) -> None:
    b20.three(d)
    api(
        d,
        """
import threading, time, signal

PATHS = ["in/a.txt", "in/b.txt", "in/c.txt"]
record("ref", lambda: govinfo_nlp.parse("in/a.txt"))
stop = []


def churn():
    while not stop:
        for p in PATHS:
            govinfo_nlp.parse(p)


threads = [threading.Thread(target=churn, daemon=True) for _ in range(2)]
for t in threads:
    t.start()
for k in range(4):
    time.sleep(1.5)
    pid = os.fork()
    if pid == 0:  # the child: one parse, its row in a file, then out
        try:
            row = govinfo_nlp.parse("in/a.txt").to_dict()
        except Exception as e:
            row = {"errors": [raised(e)]}
        row["source"] = f"child_{k}"
        with open(f"child_{k}.json", "w", encoding="utf-8") as f:
            f.write(json.dumps(row, ensure_ascii=False, default=str))
        os._exit(0)
    t0 = time.monotonic()
    while True:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() - t0 > 120:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            break
        time.sleep(0.2)
    p = Path(f"child_{k}.json")
    if p.exists():
        put(json.loads(p.read_text(encoding="utf-8")))
    else:
        put({"source": f"child_{k}", "errors": ["exception.Hang: (Hang) the forked child did not finish in 120 s"]})
stop.append(1)
""",
    )


def a04_notebook_interrupt(d: Path) -> None:
    src = ten(d)
    for i in range(6):
        shutil.copyfile(src / f"r{i:02d}.txt", src / f"s{i:02d}.txt")
    api(
        d,
        """
import signal, multiprocessing, time

ALL = sorted(str(p) for p in Path("in").iterdir())
THREE = ALL[:3]


def on_alarm(signum, frame):
    raise KeyboardInterrupt  # the user presses the notebook's stop button


signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 6)
try:
    rows = list(govinfo_nlp.annotate(ALL, jobs=2))
    put({"source": "first_call", "errors": []})
except KeyboardInterrupt:
    put({"source": "first_call", "errors": []})
signal.setitimer(signal.ITIMER_REAL, 0)
for label, jobs in (("again_", 2), ("ref_", 1)):
    try:
        got = list(govinfo_nlp.annotate(THREE, jobs=jobs))
        for p, r in zip(THREE, got):
            row = dict(r.to_dict() if hasattr(r, "to_dict") else r)
            row["source"] = label + Path(p).name
            put(row)
    except Exception as e:
        for p in THREE:
            put({"source": label + Path(p).name, "errors": [raised(e)]})
time.sleep(5)
left = multiprocessing.active_children()
put({"source": "children_left", "errors": [f"exception.Leftover: (Leftover) {len(left)} worker(s) alive"] if left else []})
""",
        main_guard=True,
    )


# ---------------------------------------------------------------- the cases

CASES = {
    name: fn
    for name, fn in globals().items()
    if callable(fn) and name[:1] in "smeba" and name[1:3].isdigit() and name[3:4] == "_"
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
