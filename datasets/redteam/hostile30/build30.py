"""Build the inputs of the hostile30 red team (session 30, robust30) into a directory.

Every case's files are generated here at check time (nothing big is committed). Written
before the library was run on these inputs. hostile19's sample helper, hostile21's slow
corpus, hostile24's RTF writer and hostile29's fake-converter writer are imported: they are
the tool, not the code under test.

    python datasets/redteam/hostile30/build30.py OUTDIR [CASE ...]

``build(case, d)`` writes case ``case``'s files under ``d``; ``check30.py`` calls it.
"""

from __future__ import annotations

import os
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
b29 = _load("build29", HERE.parent / "hostile29" / "build29.py")

sample = b19.sample


def _slow(d: Path, n: int = 6, reps: int = 120) -> Path:
    """``n`` reports of a sample repeated ``reps`` times (seconds each), a.txt ... f.txt."""
    return b21._slow_corpus(d, n=n, reps=reps)


def _doc_and_text(d: Path, body: str) -> None:
    """in/a.doc (an RTF, which LibreOffice converts) and in/b.txt; a fake soffice ``body``."""
    src = _in(d)
    (src / "a.doc").write_text(b24.rtf(sample(1)), encoding="ascii")
    (src / "b.txt").write_text(sample(2), encoding="utf-8")
    b29._fake_soffice(d, body)


# ---------------------------------------------------------------- workers and the pool


def w01_workers_frozen_then_continued(d: Path) -> None:
    """--jobs 2 over 6 slow reports; once a row is written both workers are stopped
    (SIGSTOP) for 4 s, then continued (SIGCONT): a debugger, a cgroup freezer, swap."""
    _slow(d)


def w02_workers_killed_twice(d: Path) -> None:
    """--jobs 2 over 6 slow reports; SIGKILL to one worker once a row is written, and to
    every worker once three rows are written (two pools broken in one run)."""
    _slow(d)


def w03_kill_loop(d: Path) -> None:
    """--jobs 2 over 6 slow reports; every worker of the run SIGKILLed every 1.5 s for 12 s."""
    _slow(d)


def w04_many_small_inputs(d: Path) -> None:
    """3,000 one-line reports, --jobs 2 (the pool's window and its 1 s result polling at scale)."""
    src = _in(d)
    line = "本机关全年办结政府信息公开申请{n}件，行政复议1件。\n"
    for n in range(3000):
        (src / f"r{n:04d}.txt").write_text("一、总体情况\n" + line.format(n=n + 1), encoding="utf-8")


def h01_huge_row_with_text(d: Path) -> None:
    """a.txt of 24 MB (a sample repeated; under the 32 MiB bound), b.txt and c.txt samples;
    --jobs 2 --with-text (a row of tens of MB through the result pipe); then the same run
    with SIGTERM to the group once a row is written, and --resume."""
    src = _in(d)
    text = sample(1) + "\n"
    reps = (24 << 20) // len(text.encode("utf-8"))
    (src / "a.txt").write_text(text * reps, encoding="utf-8")
    (src / "b.txt").write_text(sample(2), encoding="utf-8")
    (src / "c.txt").write_text(sample(3), encoding="utf-8")


# ---------------------------------------------------------------- signals


def s01_term_at_fork(d: Path) -> None:
    """--jobs 2 over 6 slow reports; SIGTERM to the run as soon as its first worker exists
    (the fork's signal block), then --resume."""
    _slow(d)


def s02_int_burst_at_start(d: Path) -> None:
    """--jobs 2 over 6 slow reports; Ctrl-C to the group every 0.1 s from 0.1 s after the
    start, 30 times (a user holding Ctrl-C while the command loads and forks)."""
    _slow(d)


def s03_ctrl_c_while_loading(d: Path) -> None:
    """`python -m govinfo_nlp annotate in -o out_K.jsonl` (the command's own start) with one
    SIGINT at 0.05, 0.1, ... 0.5 s after the start: ten runs."""
    _slow(d, n=2, reps=20)


def s04_term_ignored_group_term(d: Path) -> None:
    """--jobs 2 over 6 slow reports, started with SIGTERM ignored (`trap '' TERM`); SIGTERM to
    the group once a row is written and again once three are."""
    _slow(d)


def s05_term_ignored_then_ctrl_c(d: Path) -> None:
    """The same start (SIGTERM ignored); Ctrl-C to the group once a row is written; --resume."""
    _slow(d)


def s06_group_stopped_and_continued(d: Path) -> None:
    """--jobs 2 over 6 slow reports; the whole group stopped (SIGSTOP, as Ctrl-Z) for 3 s
    once a row is written, then continued (SIGCONT, as fg)."""
    _slow(d)


# ---------------------------------------------------------------- converters (fake soffice)


def p01_converter_floods_stderr(d: Path) -> None:
    """A soffice that writes 2 GiB of NULs to standard error, then exits 1; a.doc, b.txt."""
    _doc_and_text(d, "head -c 2147483648 /dev/zero >&2\nexit 1")


def p02_converter_floods_stdout(d: Path) -> None:
    """A soffice that writes 1 GiB of 'y' lines to standard output, then exits 0 without
    writing a file; a.doc, b.txt."""
    _doc_and_text(d, "yes | head -c 1073741824\nexit 0")


def p03_converter_closes_pipes_then_works(d: Path) -> None:
    """A soffice that closes its standard output and error at once, sleeps 4 s, then exits 0
    without writing a file; a.doc, b.txt."""
    _doc_and_text(d, "exec >&- 2>&-\nZZ 4\nexit 0")


# ---------------------------------------------------------------- outputs


def o01_output_dev_full(d: Path) -> None:
    """-o /dev/full (JSON lines; CSV with --format csv) and -o - with standard output
    /dev/full, --jobs 2 over 3 reports."""
    src = _in(d)
    for k, name in ((1, "a.txt"), (2, "b.txt"), (3, "c.txt")):
        (src / name).write_text(sample(k), encoding="utf-8")


def o02_fifo_reader_leaves_midrun(d: Path) -> None:
    """-o out_fifo.jsonl, a FIFO whose reader (head -c 2000) leaves after the first row's
    start; --jobs 2 over 6 slow reports; then a reader that reads everything (cat)."""
    _slow(d)


def o03_dev_stdout_reader_leaves(d: Path) -> None:
    """annotate in -o /dev/stdout --jobs 2 | head -c 100 (the output named, a pipe)."""
    _slow(d, n=4, reps=40)


# ---------------------------------------------------------------- --resume


def r01_resume_cut_mid_row(d: Path) -> None:
    """A reference output of 4 reports; copies cut inside its third row (inside a UTF-8
    character, right after its '{', inside a number, one byte before its newline); --resume
    on each."""
    src = _in(d)
    for k, name in ((1, "a.txt"), (2, "b.txt"), (3, "c.txt"), (4, "d.txt")):
        (src / name).write_text(sample(k), encoding="utf-8")


def r02_resume_no_final_newline_and_crlf(d: Path) -> None:
    """A reference output of 4 reports; a copy without its final newline (an editor's save),
    and a copy with CRLF line ends (saved on Windows); --resume on each."""
    r01_resume_cut_mid_row(d)


# ---------------------------------------------------------------- names


#: One report name in several encodings, as bytes on disk (a corpus copied from Windows,
#: an old FTP server, a zip made on a Japanese system).
NAMES = {
    "utf8": "报告甲.txt".encode(),
    "gbk": "报告乙.txt".encode("gbk"),
    "latin1": "café_rapport.txt".encode("latin-1"),
    "sjis": "報告書.txt".encode("shift_jis"),
}


def n01_mixed_encoding_names(d: Path) -> None:
    """Four reports named in UTF-8, GBK, Latin-1 and Shift-JIS bytes; runs under LC_ALL=C and
    C.UTF-8, then --resume of a cut output under the other locale."""
    src = _in(d)
    for k, raw in enumerate(NAMES.values(), 1):
        with open(os.path.join(os.fsencode(src), raw), "w", encoding="utf-8") as handle:
            handle.write(sample(k))


def n02_output_name_not_utf8(d: Path) -> None:
    """The output in a folder and under a name in GBK bytes (输出/结果.jsonl); a run, a
    --resume of it cut, a --force over it."""
    src = _in(d)
    for k, name in ((1, "a.txt"), (2, "b.txt"), (3, "c.txt")):
        (src / name).write_text(sample(k), encoding="utf-8")
    os.mkdir(os.path.join(os.fsencode(d), "输出".encode("gbk")))


CASES = [
    "w01_workers_frozen_then_continued",
    "w02_workers_killed_twice",
    "w03_kill_loop",
    "w04_many_small_inputs",
    "h01_huge_row_with_text",
    "s01_term_at_fork",
    "s02_int_burst_at_start",
    "s03_ctrl_c_while_loading",
    "s04_term_ignored_group_term",
    "s05_term_ignored_then_ctrl_c",
    "s06_group_stopped_and_continued",
    "p01_converter_floods_stderr",
    "p02_converter_floods_stdout",
    "p03_converter_closes_pipes_then_works",
    "o01_output_dev_full",
    "o02_fifo_reader_leaves_midrun",
    "o03_dev_stdout_reader_leaves",
    "r01_resume_cut_mid_row",
    "r02_resume_no_final_newline_and_crlf",
    "n01_mixed_encoding_names",
    "n02_output_name_not_utf8",
]


def build(case: str, d: Path) -> None:
    d.mkdir(parents=True, exist_ok=True)
    globals()[case](d)


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    for case in argv[1:] or CASES:
        build(case, out / case)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
