"""Build the inputs of the hostile29 red team (session 29, robust29) into a directory.

Every case's files are generated here at check time (nothing big is committed). Written
before the library was run on these inputs. hostile19's sample helper, hostile21's slow
corpus, hostile24's RTF writer and hostile26's large RTF are imported: they are the tool, not
the code under test.

    python datasets/redteam/hostile29/build29.py OUTDIR [CASE ...]

``build(case, d)`` writes case ``case``'s files under ``d``; ``check29.py`` calls it.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


sys.path.insert(0, str(HERE.parent))
from hostile_harness import inputs as _in  # noqa: E402
from hostile_harness import load as _load  # noqa: E402

b19 = _load("build19", HERE.parent / "hostile19" / "build.py")
b21 = _load("build21", HERE.parent / "hostile21" / "build21.py")
b24 = _load("build24", HERE.parent / "hostile24" / "build24.py")
b26 = _load("build26", HERE.parent / "hostile26" / "build26.py")

sample = b19.sample


def _slow(d: Path, n: int = 6, reps: int = 120) -> Path:
    """``n`` reports of a sample repeated ``reps`` times (seconds each)."""
    return b21._slow_corpus(d, n=n, reps=reps)


def _three(d: Path) -> Path:
    src = _in(d)
    for k, name in ((1, "a.txt"), (2, "b.txt"), (3, "c.txt")):
        (src / name).write_text(sample(k), encoding="utf-8")
    return src


# ---------------------------------------------------------------- signals at each step


def s01_sigterm_each_step(d: Path) -> None:
    """--jobs 2 over 6 slow reports; SIGTERM to the process group (kill -TERM -PGID) at each
    step of a run: 0.3 s after the start, once the workers exist, once a row is written, once
    every row is written; --resume after each."""
    _slow(d)


def s02_sighup_each_step(d: Path) -> None:
    """The same with SIGHUP to the group (the terminal or the ssh session closed)."""
    _slow(d)


def s03_sigint_each_step(d: Path) -> None:
    """The same with SIGINT to the group (Ctrl-C at each step)."""
    _slow(d)


def s04_sigpipe_head(d: Path) -> None:
    """annotate in -o - --jobs 2 | head -1 (JSON lines), and --format csv | head -c 100."""
    _slow(d, n=4, reps=40)


def s05_signal_storm(d: Path) -> None:
    """--jobs 2: once a row is written, 40 signals to the group 5 ms apart, SIGINT and SIGTERM
    alternating (a key held down, a supervisor that repeats its stop)."""
    _slow(d)


def s06_default_deadly_signals(d: Path) -> None:
    """--jobs 2: once a row is written, SIGQUIT, SIGUSR1 or SIGALRM to the group (signals whose
    default action ends a process: logrotate's USR1 to the wrong pid, Ctrl-\\); --resume after each."""
    _slow(d)


def s07_term_and_int_ignored(d: Path) -> None:
    """A run started with SIGTERM and SIGINT ignored (a supervisor's trap '' TERM INT, nohup
    for INT); once a row is written, SIGTERM then SIGINT to its process group."""
    _slow(d)


# ---------------------------------------------------------------- workers


def w01_both_workers_sigkilled(d: Path) -> None:
    """--jobs 2: once a row is written, both worker processes SIGKILLed at once (the OOM
    killer taking two)."""
    _slow(d)


def w02_worker_stopped_then_stop(d: Path) -> None:
    """--jobs 2: once a row is written, every worker SIGSTOPped (frozen: a debugger, a cgroup
    freezer), then Ctrl-C to the group; then again with SIGTERM to the group."""
    _slow(d)


def w03_big_rows_sigterm(d: Path) -> None:
    """--jobs 2 --with-text over 4 reports of 3-4 MB (rows larger than a pipe holds);
    SIGTERM to the group once a row is written, three runs in a row with --resume between."""
    src = _in(d)
    for i, name in enumerate("abcd"):
        (src / f"{name}.txt").write_text((sample((1, 2, 3, 4)[i]) + "\n") * 700, encoding="utf-8")


# ---------------------------------------------------------------- the run's parent dies


def p01_parent_kill9_during_soffice(d: Path) -> None:
    """--jobs 2 over an RTF .doc of 2,000 table-like lines (LibreOffice converts it) and two
    reports; the run (not its workers) SIGKILLed while LibreOffice converts."""
    src = _in(d)
    b26._big_rtf(src, "a_big.doc", 2000)
    (src / "b.txt").write_text(sample(2), encoding="utf-8")
    (src / "c.txt").write_text(sample(3), encoding="utf-8")
    (d / "tmp").mkdir()


def p02_parent_kill9_csv_resume(d: Path) -> None:
    """--jobs 2 --format csv over 6 slow reports; the run SIGKILLed once a record is written;
    --resume."""
    _slow(d)


def p03_kill_storm_resume(d: Path) -> None:
    """--jobs 2 --with-text over 6 slow reports; the whole group SIGKILLed at a different
    moment in each of five runs (a power cut, a container killed), --resume each time."""
    _slow(d)


def _fake_soffice(d: Path, body: str) -> None:
    """bin/soffice and bin/libreoffice: a shell script ``body``; bin/zzsleep a copy of sleep
    (its command line names the case directory, so that a process left is found)."""
    bindir = d / "bin"
    bindir.mkdir()
    sleep = shutil.which("sleep") or "/bin/sleep"
    shutil.copyfile(sleep, bindir / "zzsleep")
    os.chmod(bindir / "zzsleep", 0o755)
    for name in ("soffice", "libreoffice"):
        (bindir / name).write_text("#!/bin/sh\n" + body.replace("ZZ", str(bindir / "zzsleep")) + "\n")
        os.chmod(bindir / name, 0o755)


def p04_converter_hangs_then_stop(d: Path) -> None:
    """A soffice that never ends and whose child (in its group) holds its output pipe (bin/soffice
    first on PATH); --jobs 1 over a.doc (RTF) and b.txt: SIGTERM to the run once the converter
    runs; then Ctrl-C to the group the same way."""
    src = _in(d)
    (src / "a.doc").write_text(b24.rtf(sample(1)), encoding="ascii")
    (src / "b.txt").write_text(sample(2), encoding="utf-8")
    _fake_soffice(d, "ZZ 3600 &\nZZ 3601")


def p05_converter_leaves_child(d: Path) -> None:
    """A soffice that exits at once, leaving a child holding its output pipe: in its group
    (a.doc's run), and in a session of its own (setsid, b.doc's run); c.txt a report."""
    for sub, body in (("grp", "ZZ 3600 &\nexit 0"), ("sid", "setsid ZZ 3600 &\nexit 0")):
        part = d / sub
        src = _in(part)
        (src / "a.doc").write_text(b24.rtf(sample(1)), encoding="ascii")
        (src / "c.txt").write_text(sample(3), encoding="utf-8")
        _fake_soffice(part, body)


# ---------------------------------------------------------------- inputs and outputs


def b01_long_names_deep_paths(d: Path) -> None:
    """Inputs named with 83 CJK characters (253 bytes, NAME_MAX is 255), and a report 22
    directories of 200-byte names deep (a path of 4,500 bytes, past PATH_MAX); JSON lines and
    CSV; then --resume."""
    src = _in(d)
    long = "年度报告" * 20 + "政府信"
    (src / f"{long}.txt").write_text(sample(1), encoding="utf-8")
    (src / f"{long[:-1]}x.txt").write_text(sample(2), encoding="utf-8")
    fd = os.open(src, os.O_RDONLY)
    try:
        os.mkdir("deep", dir_fd=fd)
        cur = os.open("deep", os.O_RDONLY, dir_fd=fd)
        for k in range(22):
            name = f"{k:02d}" + "d" * 198
            os.mkdir(name, dir_fd=cur)
            nxt = os.open(name, os.O_RDONLY, dir_fd=cur)
            os.close(cur)
            cur = nxt
        w = os.open("deep_report.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=cur)
        os.write(w, sample(3).encode("utf-8"))
        os.close(w)
        os.close(cur)
    finally:
        os.close(fd)


def b02_file_becomes_directory(d: Path) -> None:
    """--jobs 1 over 6 slow reports; once the first row is written, c.txt replaced by a
    directory c.txt/ (holding x.txt) and e.txt by a dangling symlink."""
    _slow(d)


def b03_output_becomes_directory(d: Path) -> None:
    """--jobs 1 over 6 slow reports to out.jsonl; once the first row is written, out.jsonl
    removed and a directory made at its name."""
    _slow(d)


def b04_output_dir_readonly_midrun(d: Path) -> None:
    """As a user (no CAP_DAC_OVERRIDE): a good outdir/out.jsonl of 3 reports; then --force over
    6 slow reports, outdir/ made read-only (chmod 555) once a row is written."""
    b19_three = _in(d / "old")
    for k, name in ((1, "a.txt"), (2, "b.txt"), (3, "c.txt")):
        (b19_three / name).write_text(sample(k), encoding="utf-8")
    _slow(d)
    (d / "outdir").mkdir()


def b05_stdin_odd(d: Path) -> None:
    """annotate - (the document on standard input) with standard input closed, a directory,
    /dev/null, and a report."""
    (d / "report.txt").write_text(sample(1), encoding="utf-8")
    (d / "adir").mkdir()


def b06_std_streams_closed(d: Path) -> None:
    """annotate in -o - with standard output closed (>&-); annotate in -o out.jsonl (not quiet)
    with standard output and standard error closed (>&- 2>&-)."""
    _three(d)


def b07_output_fifo_reader_leaves(d: Path) -> None:
    """-o a FIFO whose reader takes 300 bytes and leaves (head -c 300 fifo), --jobs 2."""
    _slow(d, n=4, reps=40)
    os.mkfifo(d / "out.fifo")


def b08_few_file_descriptors(d: Path) -> None:
    """--jobs 2 over 6 reports with 'ulimit -n 24' (a container's low descriptor limit)."""
    _slow(d, n=6, reps=20)


CASES = {name: fn for name, fn in sorted(globals().items()) if callable(fn) and re.match(r"^[a-z]\d\d_", name)}


def build(case: str, d: Path) -> None:
    d.mkdir(parents=True, exist_ok=True)
    CASES[case](d)


if __name__ == "__main__":
    out = Path(sys.argv[1])
    names = sys.argv[2:] or list(CASES)
    for n in names:
        build(n, out / n)
        print("built", n)
