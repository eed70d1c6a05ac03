"""Run and score the hostile27 red team: each case in fresh subprocesses under limits.

    python datasets/redteam/hostile27/check27.py                 # every case
    python datasets/redteam/hostile27/check27.py z01 b05         # cases whose id starts so
    python datasets/redteam/hostile27/check27.py --keep /tmp/h27 # keep the case directories

hostile19's harness pieces are imported, not copied: its limits (RLIMIT_CPU per process,
RLIMIT_AS three times the memory bound, at least 2 GiB), its row reader (JSON lines read as
strict UTF-8: invalid UTF-8 is a failure; CSV; Parquet), its error-code matching (``good``,
``read.``, ``read.pdf~password|encrypt``: a code prefix, then words one of which the message
holds) and its snapshots. Unlike hostile19-26, whose cases are lines of ``expect.jsonl`` in a
shared vocabulary, each case here is a function below: several need what no earlier step
kind does (a shell's process substitution, a tmpfs with no free inodes, SIGCHLD or SIGHUP
ignored by the parent, a directory changed while it is read). ``expect.jsonl`` lists the cases
with what a demanding user expects, for the record; the functions are the checks.

Every step is also checked for: a hang (the wall-clock bound), the CPU bound (killed by
RLIMIT_CPU), a traceback on standard error, peak RSS (the run and the processes it reaped)
over the case's memory bound, processes of the step's session left 15 s after it ended, and
a library failure in any row (``parse.failed``, ``worker.crashed``, ``*.failed``).

It prints PASS/FAIL/SKIP per case with what failed; it always exits 0.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
_spec = importlib.util.spec_from_file_location("check19", HERE.parent / "hostile19" / "check.py")
assert _spec and _spec.loader
check19 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check19)
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import build27  # noqa: E402
import hostile_harness  # noqa: E402

ENTRY = check19.ENTRY
PASSWD = "root:x:0:0"  # a line of /etc/passwd: never in an output


class Skip(Exception):
    pass


class Case:
    def __init__(self, cid: str, d: Path, log: Path, *, cpu_s: int = 120, mem_mb: int = 800, timeout_s: int = 300):
        self.id, self.d, self.log = cid, d, log
        self.cpu_s, self.mem_mb, self.timeout_s = cpu_s, mem_mb, timeout_s
        self.fails: list[str] = []
        self.results: list[dict] = []

    def fail(self, msg: str) -> None:
        self.fails.append(msg)

    # -- running ------------------------------------------------------------------------

    def annotate(self, *args: str, **kw) -> dict:
        return self.run([sys.executable, "-c", ENTRY, "annotate", *args, *(() if "-q" in args else ("-q",))], **kw)

    def run(
        self,
        argv: list[str],
        *,
        env: dict | None = None,
        stdin=subprocess.DEVNULL,
        before_exec=None,
        during=None,
        exit: str = "any",
        label: str = "",
        timeout_s: int | None = None,
        ignore: tuple[str, ...] = (),
    ) -> dict:
        n = len(self.results)
        full_env = dict(os.environ, PYTHONPATH=str(ROOT))
        full_env.update(env or {})
        out = open(self.log / f"step{n}.out", "wb")
        err = open(self.log / f"step{n}.err", "wb")
        lim = check19.limits(self.cpu_s, max(3 * self.mem_mb, 2048))

        def pre() -> None:
            lim()
            if before_exec is not None:
                before_exec()

        t0 = time.monotonic()
        proc = subprocess.Popen(
            argv, cwd=self.d, env=full_env, stdout=out, stderr=err, stdin=stdin,
            preexec_fn=pre, start_new_session=True,
        )
        killed = None
        state: dict = {}
        while True:
            pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            elapsed = time.monotonic() - t0
            if elapsed > (timeout_s or self.timeout_s):
                os.killpg(proc.pid, signal.SIGKILL)
                killed = "timeout"
                _, status, rusage = os.wait4(proc.pid, 0)
                break
            if during is not None:
                during(proc, elapsed, state)
            time.sleep(0.1)
        out.close()
        err.close()
        res = {
            "rc": os.waitstatus_to_exitcode(status),
            "wall": round(time.monotonic() - t0, 1),
            "cpu": round(rusage.ru_utime + rusage.ru_stime, 1),
            "maxrss_mb": round(rusage.ru_maxrss / 1024),
            "killed": killed,
            "stderr": (self.log / f"step{n}.err").read_text(errors="replace"),
            "stdout_path": self.log / f"step{n}.out",
            "label": label or f"step {n}",
        }
        left = []
        for _ in range(150):
            left = [p for p in check19.session_alive(proc.pid) if not _ignored(p, ignore)]
            if not left:
                break
            time.sleep(0.1)
        for pid in left:  # ours to end: the session this step started
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        self.results.append(res)
        lab = res["label"]
        if killed == "timeout":
            self.fail(f"{lab}: HANG (killed after {res['wall']} s wall)")
        elif res["rc"] in (-signal.SIGXCPU, -signal.SIGKILL):
            self.fail(f"{lab}: killed by signal {-res['rc']} (the CPU bound is {self.cpu_s} s)")
        if "Traceback (most recent call last)" in res["stderr"]:
            self.fail(f"{lab}: traceback on stderr: {res['stderr'].strip().splitlines()[-1][:160]}")
        if res["maxrss_mb"] > self.mem_mb:
            self.fail(f"{lab}: peak RSS {res['maxrss_mb']} MB > {self.mem_mb} MB")
        if left and killed is None:
            self.fail(f"{lab}: {len(left)} process(es) of the run left 15 s after it")
        if killed is None:
            if exit == "zero" and res["rc"] != 0:
                self.fail(f"{lab}: exit {res['rc']}, expected 0: {res['stderr'].strip()[-200:]}")
            if exit == "nonzero" and res["rc"] == 0:
                self.fail(f"{lab}: exit 0, expected a refusal or an error")
            if exit == "nonzero" and res["rc"] != 0 and not res["stderr"].strip():
                self.fail(f"{lab}: exit {res['rc']} without a message")
        return res

    # -- rows ---------------------------------------------------------------------------

    def rows(self, out: str | Path, n: int | None = None, label: str = "") -> list[dict]:
        path = out if isinstance(out, Path) else self.d / out
        lab = label or str(out)
        if not path.exists():
            self.fail(f"{lab}: no output")
            return []
        try:
            rows = check19.read_rows(path)
            for r in rows:  # (corrected after the first reading: Parquet holds them as JSON text)
                for k in ("errors", "warnings"):
                    if isinstance(r.get(k), str) and r[k].startswith("["):
                        r[k] = json.loads(r[k])
        except Exception as e:  # noqa: BLE001 - a broken output is the finding
            self.fail(f"{lab}: unreadable: {type(e).__name__}: {str(e)[:120]}")
            return []
        if n is not None and len(rows) != n:
            self.fail(f"{lab}: {len(rows)} rows, expected {n}")
        for row in rows:
            bugs = [c for c, _ in check19.codes(row) if c in check19.BUG_CODES or c.endswith(".failed")]
            if bugs:
                self.fail(f"{lab}: {check19.basename(row)!r}: library failure {check19.describe(row)}")
        return rows

    def expect(self, rows: list[dict], name: str, *allowed: str, label: str = "") -> dict | None:
        hits = [r for r in rows if check19.basename(r) == name]
        if len(hits) != 1:
            self.fail(f"{label}{name!r}: {len(hits)} rows, expected 1")
        for r in hits:
            if not check19.outcome_ok(r, list(allowed)):
                self.fail(f"{label}{name!r}: {check19.describe(r)} (expected {' or '.join(allowed)})")
        return hits[0] if hits else None

    def same_as(self, rows: list[dict], name: str, ref: str, label: str = "") -> None:
        """``name``'s tables and agency are ``ref``'s, when ``name`` was read (an error row is
        judged by expect)."""
        a = [r for r in rows if check19.basename(r) == name]
        b = [r for r in rows if check19.basename(r) == ref]
        if not a or not b or check19.codes(a[0]):
            return
        for key in ("tables", "metadata"):
            va, vb = a[0].get(key), b[0].get(key)
            if key == "metadata" and isinstance(va, dict) and isinstance(vb, dict):
                va, vb = va.get("agency"), vb.get("agency")
            if va != vb:
                self.fail(f"{label}{name!r}: {key} differs from {ref!r}'s ({str(va)[:70]} vs {str(vb)[:70]})")

    def no_leak(self, path: Path, res: dict | None = None) -> None:
        blob = path.read_bytes().decode("utf-8", "replace") if path.exists() else ""
        if res is not None:
            blob += res["stderr"]
        if PASSWD in blob:
            self.fail(f"LEAK: {path.name} holds a line of /etc/passwd")


def _ignored(pid: int, names: tuple[str, ...]) -> bool:
    """Whether process ``pid`` is one the step's own shell started (its command named)."""
    try:
        argv0 = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0].decode(errors="replace")
    except OSError:
        return True
    return os.path.basename(argv0) in names


def _lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except OSError:
        return 0


# ---------------------------------------------------------------- zip and XML


def z01_docx_zip64_lies(c: Case) -> None:
    c.annotate("in", "-o", "out.jsonl")
    rows = c.rows("out.jsonl", 4)
    c.expect(rows, "plain.docx", "good")
    c.expect(rows, "a.txt", "good")
    for name in ("zip64_10g.docx", "zip64_zero.docx"):
        c.expect(rows, name, "good", "read.docx", "read.too_large")
        c.same_as(rows, name, "plain.docx")


def z02_docx_xml_encodings(c: Case) -> None:
    c.annotate("in", "-o", "out.jsonl")
    rows = c.rows("out.jsonl", 4)
    c.expect(rows, "plain.docx", "good")
    for name in ("utf16.docx", "gb18030.docx", "gbk_says_utf8.docx"):
        c.expect(rows, name, "good", "read.docx")
        c.same_as(rows, name, "plain.docx")


def _need_soffice() -> None:
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        raise Skip("needs LibreOffice")


def x01_odt_entities(c: Case) -> None:
    _need_soffice()
    names = ["in/plain.odt", "in/laughs.odt", "in/xxe.odt", "in/xxe_zero.odt", "in/flat_xxe.fodt", "in/a.txt"]
    res = c.annotate(*names, "-o", "out.jsonl", "--with-text")
    rows = c.rows("out.jsonl", 6)
    c.no_leak(c.d / "out.jsonl", res)
    c.expect(rows, "plain.odt", "good")
    c.expect(rows, "a.txt", "good")
    for name in ("laughs.odt", "xxe.odt", "xxe_zero.odt", "flat_xxe.fodt"):
        c.expect(rows, name, "good", "read.")
    for name in ("xxe.odt", "xxe_zero.odt"):
        c.same_as(rows, name, "plain.odt")


def x02_rtf_include_fields(c: Case) -> None:
    _need_soffice()
    res = c.annotate("in", "-o", "out.jsonl", "--with-text")
    rows = c.rows("out.jsonl", 5)
    c.no_leak(c.d / "out.jsonl", res)
    c.expect(rows, "plain.doc", "good")
    c.expect(rows, "a.txt", "good")
    for name in ("include.doc", "include_url.doc", "includepic_zero.doc"):
        c.expect(rows, name, "good", "read.")
        c.same_as(rows, name, "plain.doc")


def w01_webarchive_plists(c: Case) -> None:
    names = sorted(p.name for p in (c.d / "in").iterdir())
    c.annotate(*(f"in/{n}" for n in names), "-o", "out.jsonl")
    rows = c.rows("out.jsonl", len(names))
    c.expect(rows, "plain.webarchive", "good")
    c.expect(rows, "a.txt", "good")
    for name in names:
        if name not in ("plain.webarchive", "a.txt"):
            c.expect(rows, name, "good", "read.")
            c.same_as(rows, name, "plain.webarchive")


def d01_docx_style_cycles(c: Case) -> None:
    c.annotate("in", "-o", "out.jsonl")
    rows = c.rows("out.jsonl", 5)
    c.expect(rows, "plain.docx", "good")
    for name in ("self_based.docx", "pair_based.docx", "ring_50000.docx"):
        c.expect(rows, name, "good", "read.docx")
        c.same_as(rows, name, "plain.docx")


# ---------------------------------------------------------------- PDF


def p01_pdf_1999_empty_pages(c: Case) -> None:
    c.annotate("in", "-o", "out.jsonl")
    rows = c.rows("out.jsonl", 4)
    c.expect(rows, "report.pdf", "good")
    c.expect(rows, "a.txt", "good")
    for name in ("empty_then_report.pdf", "dots_then_report.pdf"):
        c.expect(rows, name, "good", "read.too_large", "read.pdf", "parse.timeout")
        c.same_as(rows, name, "report.pdf")


def p02_pdf_encrypted(c: Case) -> None:
    c.annotate("in", "-o", "out.jsonl")
    rows = c.rows("out.jsonl", 7)
    c.expect(rows, "report.pdf", "good")
    c.expect(rows, "a.txt", "good")
    for name in ("rc4_40_empty.pdf", "rc4_128_empty.pdf", "aes_128_empty.pdf", "aes_256_empty.pdf"):
        # an owner password only (printing or copying restricted): readers open it as it is
        c.expect(rows, name, "good", "read.pdf~encrypt|password")
        c.same_as(rows, name, "report.pdf")
    c.expect(rows, "aes_256_secret.pdf", "read.pdf~encrypt|password", "read.~encrypt|password")


# ---------------------------------------------------------------- HTML and text


def h01_html_100k_nested_tables(c: Case) -> None:
    c.annotate("in", "-o", "out.jsonl")
    rows = c.rows("out.jsonl", 4)
    c.expect(rows, "plain.html", "good")
    for name in ("nested_open.html", "nested_closed.html", "cells_of_tables.html"):
        c.expect(rows, name, "good", "read.html", "read.too_large")
        c.same_as(rows, name, "plain.html")


def t01_text_cr_line_ends(c: Case) -> None:
    c.annotate("in", "-o", "out.jsonl")
    rows = c.rows("out.jsonl", 4)
    for name in ("plain.txt", "cr.txt", "crcrlf.txt", "then_crs.txt"):
        c.expect(rows, name, "good")
        c.same_as(rows, name, "plain.txt")


def m01_mhtml_boundaries(c: Case) -> None:
    c.annotate("in", "-o", "out.jsonl")
    rows = c.rows("out.jsonl", 5)
    c.expect(rows, "plain.mhtml", "good")
    for name in ("no_boundary.mhtml", "long_boundary.mhtml", "junk_base64.mhtml", "empty_boundary.mhtml"):
        c.expect(rows, name, "good", "read.")
        c.same_as(rows, name, "plain.mhtml")


# ---------------------------------------------------------------- files, names, directories


def b01_names_invalid_utf8(c: Case) -> None:
    for out in ("out.jsonl", "out.csv", "out.parquet"):
        c.annotate("in", "-o", out, exit="zero", label=out)
        rows = c.rows(out, 6)
        srcs = [r.get("source") for r in rows]
        if len(set(map(str, srcs))) != len(srcs):
            c.fail(f"{out}: sources not distinct: {srcs}")
        ids = [r.get("id") for r in rows]
        if len(set(map(str, ids))) != len(ids):
            c.fail(f"{out}: ids not distinct")
        bad = [check19.describe(r) for r in rows if check19.codes(r)]
        if bad:
            c.fail(f"{out}: {len(bad)} rows not read: {bad[0]}")
    before = (c.d / "out.jsonl").read_bytes()
    c.annotate("in", "-o", "out.jsonl", "--resume", exit="zero", label="--resume")
    if (c.d / "out.jsonl").read_bytes() != before:
        c.fail("--resume changed a complete output")


def b02_input_dir_changes(c: Case) -> None:
    src = c.d / "in"

    def during(proc, elapsed, state) -> None:
        if state.get("done") or _lines(c.d / "out.jsonl") < 1:
            return
        state["done"] = True
        for k in range(20):  # files appear
            shutil.copyfile(c.d / "other.txt", src / f"new_{k:02d}.txt")
        os.rename(src / "c.txt", src / "zz_c.txt")  # a file renamed away
        tmp = src / ".d.txt.partial"  # an atomic replace (rsync, an editor)
        shutil.copyfile(c.d / "other.txt", tmp)
        os.rename(tmp, src / "d.txt")
        shutil.rmtree(src / "sub")  # a subdirectory removed

    c.annotate("in", "-o", "out.jsonl", "--jobs", "1", during=during)
    rows = c.rows("out.jsonl")
    for name in ("a.txt", "b.txt", "e.txt", "f.txt", "d.txt"):
        c.expect(rows, name, "good")
    for name in ("c.txt", "g.txt", "h.txt"):
        c.expect(rows, name, "good", "read.")
    for r in rows:
        name = check19.basename(r)
        if sum(check19.basename(x) == name for x in rows) > 1:
            c.fail(f"{name!r} has more than one row")
            break


def b03_output_nul_tail(c: Case) -> None:
    for fmt in ("jsonl", "csv"):
        ref, out = f"ref.{fmt}", f"out.{fmt}"
        c.annotate("in", "-o", ref, exit="zero", label=f"{fmt} reference")
        data = (c.d / ref).read_bytes()
        cut = data.index(b"\n") + 1 if fmt == "jsonl" else data.index(b"\n", data.index(b"\n") + 1) + 1
        # a power loss after the file's size was written, before its data: the tail is NULs
        (c.d / out).write_bytes(data[:cut] + b"\0" * 4096)
        before = (c.d / out).read_bytes()
        res = c.annotate("in", "-o", out, "--resume", label=f"{fmt} --resume")
        if res["rc"] == 0:
            got = c.rows(out, label=f"{fmt} --resume")
            if got and got != check19.read_rows(c.d / ref):
                c.fail(f"{fmt}: --resume exit 0 but not the uninterrupted rows ({len(got)} rows)")
            if (c.d / out).exists() and b"\0" in (c.d / out).read_bytes():
                c.fail(f"{fmt}: NUL bytes left in the output after --resume")
        else:
            if not res["stderr"].strip():
                c.fail(f"{fmt}: refused without a message")
            if (c.d / out).read_bytes() != before:
                c.fail(f"{fmt}: refused but changed {out}")


def b04_link_loops_by_name(c: Case) -> None:
    names = ["in/a.txt", "in/self.txt", "in/l0.txt", "in/dangling.txt", "in/ping.txt"]
    res = c.annotate(*names, "-o", "out.jsonl")
    if res["rc"] != 0 and not res["stderr"].strip():
        c.fail("non-zero exit without a message")
    rows = c.rows("out.jsonl", 5)
    c.expect(rows, "a.txt", "good")
    for name in ("self.txt", "dangling.txt", "ping.txt"):
        c.expect(rows, name, "read.")
    c.expect(rows, "l0.txt", "good", "read.")


def b05_pipes_as_inputs(c: Case) -> None:
    bash = shutil.which("bash")
    if bash is None:
        raise Skip("needs bash")
    entry = f"{sys.executable} -c '{ENTRY}' annotate -q"
    c.run([bash, "-c", f"{entry} <(cat in/a.txt) in/b.txt -o out1.jsonl"], label="<(cat a)", timeout_s=120)
    rows = c.rows("out1.jsonl", 2, label="<(cat a)")
    c.expect(rows, "b.txt", "good", label="<(cat a): ")
    # a pipe whose writer never closes it (a process substitution still running)
    # (corrected after the first reading: the substitution's own sleep, bash's, is not the run's)
    c.run(
        [bash, "-c", f"{entry} <(cat in/a.txt; sleep 600) in/b.txt -o out2.jsonl"],
        label="<(cat a; sleep)", timeout_s=120, ignore=("sleep",),
    )
    rows = c.rows("out2.jsonl", 2, label="<(cat a; sleep)")
    c.expect(rows, "b.txt", "good", label="<(cat a; sleep): ")
    # standard input that never ends
    with open("/dev/zero", "rb") as zero:
        res = c.annotate("-", "-o", "out3.jsonl", stdin=zero, label="- < /dev/zero", timeout_s=120)
    # (corrected after the first reading: '-' is not an input the CLI takes; a refusal with a
    # message, at once, is a clear answer too)
    if res["rc"] != 0 and res["stderr"].strip() and not (c.d / "out3.jsonl").exists():
        return
    rows = c.rows("out3.jsonl", 1, label="- < /dev/zero")
    for r in rows:
        if not check19.outcome_ok(r, ["read."]):
            c.fail(f"- < /dev/zero: {check19.describe(r)} (expected read.*)")


def _tmpfs(where: Path, opts: str) -> bool:
    where.mkdir(exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(where)], capture_output=True)
    return done.returncode == 0


def _umount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


def b06_tmpdir_odd(c: Case) -> None:
    envs = {
        "TMPDIR a file": {"TMPDIR": str(c.d / "a_file")},
        "HOME and XDG_CACHE_HOME files": {"HOME": str(c.d / "a_file"), "XDG_CACHE_HOME": str(c.d / "a_file")},
    }
    tiny = c.d / "tiny"
    mounted = _tmpfs(tiny, "size=64k")
    if mounted:
        envs["TMPDIR a 64 KiB tmpfs"] = {"TMPDIR": str(tiny)}
    try:
        for k, (what, env) in enumerate(envs.items()):
            out = f"out{k}.jsonl"
            c.annotate("in", "-o", out, env=env, label=what)
            rows = c.rows(out, 3, label=what)
            c.expect(rows, "a.txt", "good", label=f"{what}: ")
            c.expect(rows, "p.pdf", "good", label=f"{what}: ")
            c.expect(rows, "r.doc", "good", "read.convert", "read.converter_missing", label=f"{what}: ")
    finally:
        if mounted:
            _umount(tiny)
    if not mounted:
        print("     (note: tmpfs could not be mounted: the tiny TMPDIR part was not run)", flush=True)


def b07_output_no_inodes(c: Case) -> None:
    fs = c.d / "fs"
    c.annotate("in", "-o", "good.jsonl", exit="zero", label="reference")
    if not _tmpfs(fs, "size=1m,nr_inodes=4"):
        raise Skip("tmpfs could not be mounted")
    try:
        shutil.copyfile(c.d / "good.jsonl", fs / "out.jsonl")
        k = 0
        while True:  # use up the inodes
            try:
                (fs / f"fill{k}").touch()
            except OSError:
                break
            k += 1
        before = (fs / "out.jsonl").read_bytes()
        names_before = sorted(os.listdir(fs))
        # (corrected after the first reading: --force truncates a JSON-lines output in place
        # and writes it, which needs no inode: a run that succeeds must leave the new rows)
        res = c.annotate("in", "-o", "fs/out.jsonl", "--force", label="--force, no inode left")
        if res["rc"] == 0:
            if check19.read_rows(fs / "out.jsonl") != check19.read_rows(c.d / "good.jsonl"):
                c.fail("--force exit 0 but fs/out.jsonl is not the run's rows")
        elif (fs / "out.jsonl").read_bytes() != before:
            c.fail("LOST: fs/out.jsonl changed by a run that could not write")
        c.annotate("in", "-o", "fs/new.jsonl", exit="nonzero", label="new output, no inode left")
        if sorted(os.listdir(fs)) != names_before:
            c.fail(f"fs/ holds {sorted(set(os.listdir(fs)) - set(names_before))} besides what it had")
        for r in c.results[1:]:
            if r["rc"] != 0 and not any(w in r["stderr"].lower() for w in ("space", "inode", "disk", "full")):  # noqa: E501
                c.fail(f"{r['label']}: the message does not say why: {r['stderr'].strip()[-160:]}")
    finally:
        _umount(fs)


def b08_output_dev_stdout(c: Case) -> None:
    links = {p: os.readlink(p) for p in ("/dev/stdout", "/dev/stderr", "/dev/fd") if os.path.islink(p)}
    try:
        for k, target in enumerate(("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")):
            res = c.annotate("in", "-o", target, label=f"-o {target}")
            if res["rc"] == 0:
                rows = c.rows(res["stdout_path"], 3, label=f"-o {target}")
                for name in ("a.txt", "b.txt", "c.txt"):
                    c.expect(rows, name, "good", label=f"-o {target}: ")
            elif not res["stderr"].strip():
                c.fail(f"-o {target}: exit {res['rc']} without a message")
    finally:
        for p, target in links.items():
            now = os.readlink(p) if os.path.islink(p) else None
            if now != target:
                c.fail(f"LOST: {p} was {target!r}, now {now!r} (put back)")
                if os.path.lexists(p):
                    os.remove(p)
                os.symlink(target, p)


# ---------------------------------------------------------------- signals and the environment


def s01_nohup_sighup(c: Case) -> None:
    def ignore_hup() -> None:
        signal.signal(signal.SIGHUP, signal.SIG_IGN)  # what nohup does before exec

    def during(proc, elapsed, state) -> None:
        if not state.get("sent") and _lines(c.d / "out.jsonl") >= 1:
            state["sent"] = True
            os.killpg(proc.pid, signal.SIGHUP)  # the terminal closed

    c.annotate("in", "-o", "out.jsonl", "--jobs", "2", before_exec=ignore_hup, during=during, exit="zero")
    rows = c.rows("out.jsonl", 6)
    for name in "abcdef":
        c.expect(rows, f"{name}.txt", "good")


def s02_sigchld_ignored(c: Case) -> None:
    def ignore_chld() -> None:
        signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # a parent that leaves SIGCHLD ignored

    for jobs in ("1", "2"):
        out = f"out{jobs}.jsonl"
        c.annotate("in", "-o", out, "--jobs", jobs, before_exec=ignore_chld, exit="zero", label=f"--jobs {jobs}")
        rows = c.rows(out, 4, label=f"--jobs {jobs}")
        for name in ("a.txt", "b.txt", "c.txt"):
            c.expect(rows, name, "good", label=f"--jobs {jobs}: ")
        if shutil.which("soffice") or shutil.which("libreoffice"):
            c.expect(rows, "r.doc", "good", label=f"--jobs {jobs}: ")


def a01_user_itimer_prof(c: Case) -> None:
    res = c.run([sys.executable, "api.py"], exit="zero")
    try:
        got = json.loads(res["stdout_path"].read_text().strip().splitlines()[-1])
    except (ValueError, IndexError):
        c.fail(f"api.py printed no result: {res['stderr'].strip()[-200:]}")
        return
    for how, r in got.items():
        if not r["same"]:
            c.fail(f"{how}: the result differs from a parse without the user's timers")
        if not r["prof_handler_kept"]:
            c.fail(f"{how}: the user's SIGPROF handler was replaced")
        if r["prof_interval"] <= 0:
            c.fail(f"{how}: the user's ITIMER_PROF (a sampling profiler's) was cancelled")
        if r["ticks_after"] <= 0:
            c.fail(f"{how}: the user's profiler got no tick after the call")
        if not r["alarm_handler_kept"] or r["alarm_left"] <= 0:
            c.fail(f"{how}: the user's alarm was cancelled or its handler replaced")


# ---------------------------------------------------------------- the run

LIMITS = {
    "x01_odt_entities": {"cpu_s": 600, "mem_mb": 1500, "timeout_s": 900},
    "x02_rtf_include_fields": {"cpu_s": 600, "mem_mb": 1500, "timeout_s": 900},
    "p01_pdf_1999_empty_pages": {"cpu_s": 300, "timeout_s": 900},
    "b02_input_dir_changes": {"timeout_s": 600},
    "b06_tmpdir_odd": {"cpu_s": 300, "timeout_s": 900},
    "s01_nohup_sighup": {"timeout_s": 600},
    "s02_sigchld_ignored": {"cpu_s": 300, "timeout_s": 900},
}
CASES = {name: fn for name, fn in globals().items() if name in build27.CASES}


def main(argv: list[str]) -> int:
    return hostile_harness.main(
        argv, prefix="hostile27", build=build27, cases=CASES, limits=LIMITS, case=Case, skip=Skip
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
