"""Fault injection: outputs never clobbered, odd names and special files, kills, disk full.

Every subprocess here runs under a timeout that fails the test (a hang is a
failure) and, for hostile input, under ``resource.setrlimit(RLIMIT_AS)`` (a
memory blow-up is a failure). No assertion is about speed.
"""

from __future__ import annotations

import csv
import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st

from govinfo_nlp import batch, outfile
from govinfo_nlp.batch import pool
from govinfo_nlp.batch.document import error_row
from govinfo_nlp.cli import main
from govinfo_nlp.errors import GovinfoError, NotOurOutput
from govinfo_nlp.limits import Limits
from govinfo_nlp.pipeline import parse
from govinfo_nlp.read import read

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file semantics")


def stub_worker(path: str, explain: bool, **_: Any) -> dict[str, Any]:
    """A quick stand-in for the pipeline (module level: picklable)."""
    row = error_row(path, "read.empty", "empty") if not os.path.getsize(path) else None
    return row or {"id": str(os.path.getsize(path)), "source": path, "errors": [], "sections": []}


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "_worker", stub_worker)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"r{i}.txt").write_text("报告" * (i + 1), encoding="utf-8")
    return folder


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "govinfo_nlp", *args]


# A CLI run whose per-document work is the stub, slowed down so that a second
# run or a kill can happen while it writes.
_SLOW_CLI = textwrap.dedent(
    """
    import os, sys, time
    from govinfo_nlp.batch import pool
    from govinfo_nlp.cli import main

    def slow(path, explain, **_):
        time.sleep(float(os.environ.get("STUB_DELAY", "0.05")))
        gate = os.environ.get("STUB_GATE")  # hold every row after the first until it exists
        deadline = time.monotonic() + 60
        while gate and os.path.getsize(path) > 2 * 3 and not os.path.exists(gate):
            if time.monotonic() > deadline:
                break
            time.sleep(0.01)
        return {"id": str(os.path.getsize(path)), "source": path, "errors": [], "sections": []}

    pool._worker = slow
    sys.exit(main(sys.argv[1:]))
    """
)


def _slow_cli(*args: str) -> list[str]:
    return [sys.executable, "-c", _SLOW_CLI, *args]


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra}


# --- resume refuses what is not ours ------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"my notes\nkeep them\n", id="notes"),
        pytest.param(b"my notes, no newline", id="notes-no-newline"),
        pytest.param(b'{"source": "a"}\n{"sou\xffrce": "b"}\n{"source": "c"}\n', id="bad-byte"),
        pytest.param(b'{"source": "a"}\n{"note": 1}\n', id="foreign-json-last"),
        pytest.param(b'{"source": "a"}\n\n{"source": "b"}\n', id="blank-line"),
        pytest.param(b"[1, 2]\n", id="json-not-a-row"),
    ],
)
def test_resume_refuses_a_file_that_is_not_ours(
    stub: None, inputs: Path, tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(content)
    with pytest.raises(SystemExit) as exc:
        main(["annotate", str(inputs), "-o", str(out), "--resume", "-q"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    # a first row naming an input this run does not have first is refused as another
    # run's (hostile21's order check) before a damaged later line is reached: either
    # refusal leaves the file as it was; resume_jsonl below still finds the damage
    assert "not a clean govinfo-nlp output" in err or "would mix rows of two runs" in err
    assert "(nothing was changed)" in err
    assert out.read_bytes() == content
    with pytest.raises(NotOurOutput):
        batch.resume_jsonl(out)
    assert out.read_bytes() == content


def test_resume_force_starts_a_foreign_file_over(stub: None, inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"junk\n")
    assert main(["annotate", str(inputs), "-o", str(out), "--resume", "--force", "-q"]) == 0
    assert [r["source"] for r in batch.read_jsonl(out)] == batch.collect_inputs([inputs])


@pytest.mark.parametrize("tail", [b"", b"{", b'{"id": "to', b'{"id": "torn\n'])
def test_resume_drops_only_a_torn_last_row(tail: bytes, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    good = b'{"source": "a"}\n{"source": "b"}\n'
    out.write_bytes(good + tail)
    assert batch.resume_jsonl(out) == {"a": 1, "b": 1}
    assert out.read_bytes() == good


# --- one output, one run --------------------------------------------------------


@posix_only
def test_a_locked_output_is_refused_and_left_alone(
    stub: None, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"source": "x"}\n')
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from govinfo_nlp import outfile\n"
            "with outfile.locked(sys.argv[1], overwrite=True):\n"
            "    print('locked', flush=True); sys.stdin.read()",
            str(out),
        ],
        env=_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        for extra in (["--force"], ["--resume"]):
            with pytest.raises(SystemExit) as exc:
                main(["annotate", str(inputs), "-o", str(out), "-q", *extra])
            assert exc.value.code == 2
            assert "locked" in capsys.readouterr().err
            assert out.read_bytes() == b'{"source": "x"}\n'
    finally:
        holder.communicate("", timeout=60)


@posix_only
def test_two_concurrent_runs_write_each_row_once(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    gate = tmp_path / "gate"
    first = subprocess.Popen(
        _slow_cli("annotate", str(inputs), "-o", str(out), "--force", "-q"),
        env=_env(STUB_DELAY="0", STUB_GATE=str(gate)),
    )
    try:
        _wait_for_rows(out, 1, first)  # the first run holds the output, mid-way
        second = subprocess.run(
            _slow_cli("annotate", str(inputs), "-o", str(out), "--force", "-q"),
            env=_env(STUB_DELAY="0"),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert second.returncode == 2 and "locked" in second.stderr
    finally:
        gate.touch()
        assert first.wait(timeout=120) == 0
    sources = [r["source"] for r in batch.read_jsonl(out)]
    assert sources == batch.collect_inputs([inputs])


def _wait_for_rows(out: Path, rows: int, proc: subprocess.Popen[Any], limit: float = 120) -> None:
    """Wait until ``out`` holds ``rows`` complete lines; a hang fails the test."""
    deadline = time.monotonic() + limit
    while not (out.exists() and out.read_bytes().count(b"\n") >= rows):
        assert proc.poll() is None, "the run ended before writing"
        assert time.monotonic() < deadline, f"no {rows} rows in {out} after {limit} s"
        time.sleep(0.01)


def test_no_force_creates_the_output_atomically(
    stub: None, inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another run creates the output between our checks and our open: refused.
    out = tmp_path / "out.jsonl"
    real = outfile.locked

    def racing(path: Any, *, overwrite: bool) -> Any:
        Path(path).write_bytes(b"theirs\n")
        return real(path, overwrite=overwrite)

    monkeypatch.setattr(outfile, "locked", racing)
    with pytest.raises(SystemExit) as exc:
        main(["annotate", str(inputs), "-o", str(out), "-q"])
    assert exc.value.code == 2
    assert out.read_bytes() == b"theirs\n"


# --- odd file names -------------------------------------------------------------


@pytest.fixture
def odd_names(tmp_path: Path) -> Path:
    folder = tmp_path / "odd"
    folder.mkdir()
    names = [b"\xff\xfe-latin1.txt", b"=HYPERLINK(1).txt", b"+1-2.txt"]
    for name in names:
        try:
            with open(os.path.join(os.fsencode(folder), name), "wb") as handle:
                handle.write("一、总体情况\n本机关办结申请1件。\n".encode())
        except (OSError, UnicodeError) as exc:  # pragma: no cover - e.g. macOS APFS
            pytest.skip(f"file system refuses the name {name!r}: {exc}")
    return folder


@posix_only
def test_undecodable_names_survive_jsonl_and_resume(
    stub: None, odd_names: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(odd_names), "-o", str(out), "-q"]) == 0
    out.read_bytes().decode("utf-8")  # the output is valid UTF-8
    sources = [r["source"] for r in batch.read_jsonl(out)]
    assert sources == batch.collect_inputs([odd_names])
    assert any(os.fsencode(s).endswith(b"\xff\xfe-latin1.txt") for s in sources)
    before = out.read_bytes()
    assert main(["annotate", str(odd_names), "-o", str(out), "--resume", "-q"]) == 0
    assert out.read_bytes() == before


@posix_only
def test_undecodable_names_and_formulas_in_csv(stub: None, odd_names: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert main(["annotate", str(odd_names), "-o", str(out), "-q"]) == 0
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3
    assert any("\\udcff\\udcfe-latin1.txt" in r["source"] for r in rows)
    # file names are absolute paths here, so build one cell that starts a formula
    from govinfo_nlp.export import _csv_cell

    assert _csv_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert _csv_cell("@cmd") == "'@cmd" and _csv_cell("+1") == "'+1"
    assert _csv_cell(-3) == -3 and _csv_cell("泰州") == "泰州"


def test_csv_source_cell_never_starts_a_formula(
    stub: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("=1+1.txt").write_text("报告", encoding="utf-8")
    Path("-2.txt").write_text("报告", encoding="utf-8")
    out = tmp_path / "o.csv"
    assert main(["annotate", "-o", str(out), "-q", "--", "=1+1.txt", "-2.txt"]) == 0
    with open(out, encoding="utf-8", newline="") as handle:
        sources = [r["source"] for r in csv.DictReader(handle)]
    assert sources == ["'=1+1.txt", "'-2.txt"]


@posix_only
def test_undecodable_names_in_parquet(stub: None, odd_names: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow (extra 'parquet') not installed")
    out = tmp_path / "out.parquet"
    assert main(["annotate", str(odd_names), "-o", str(out), "-q"]) == 0
    sources = pq.read_table(out).column("source").to_pylist()
    assert len(sources) == 3
    assert any("\\udcff\\udcfe-latin1.txt" in s for s in sources)


# --- usage errors that used to write something else -----------------------------


def test_unknown_output_suffix_is_a_usage_error(
    stub: None, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.xlsx"
    with pytest.raises(SystemExit) as exc:
        main(["annotate", str(inputs), "-o", str(out)])
    assert exc.value.code == 2
    assert "--format" in capsys.readouterr().err
    assert not out.exists()
    assert main(["annotate", str(inputs), "-o", str(out), "--format", "jsonl", "-q"]) == 0


def test_crosscheck_of_a_non_utf8_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "rows.jsonl"
    bad.write_bytes(b'{"source": "a"}\n' + "本机关".encode("gb18030") + b"\n")
    proc = subprocess.run(
        _cli("crosscheck", str(bad)), env=_env(), capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 2
    assert "not UTF-8" in proc.stderr and "Traceback" not in proc.stderr
    with pytest.raises(GovinfoError, match=r"rows\.jsonl:2"):
        list(batch.read_jsonl(bad))


# --- kill points and disk full ------------------------------------------------------


@posix_only
@pytest.mark.parametrize("kill_after", [0, 1, 3])
def test_kill_then_resume_equals_an_uninterrupted_run(
    inputs: Path, tmp_path: Path, kill_after: int
) -> None:
    for i in range(4, 8):
        (inputs / f"s{i}.txt").write_text("报告" * i, encoding="utf-8")
    full = tmp_path / "full.jsonl"
    subprocess.run(
        _slow_cli("annotate", str(inputs), "-o", str(full), "-q"),
        env=_env(STUB_DELAY="0"),
        check=True,
        timeout=120,
    )
    part = tmp_path / "part.jsonl"
    proc = subprocess.Popen(
        _slow_cli("annotate", str(inputs), "-o", str(part), "-q", "--jobs", "2"),
        env=_env(STUB_DELAY="0.3"),
    )
    if kill_after:
        _wait_for_rows(part, kill_after, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    if part.exists():
        with open(part, "ab") as handle:  # the worst case: a kill mid-line
            handle.write(b'{"id":"torn')
    subprocess.run(
        _slow_cli("annotate", str(inputs), "-o", str(part), "-q", "--resume"),
        env=_env(STUB_DELAY="0"),
        check=True,
        timeout=120,
    )
    assert part.read_bytes() == full.read_bytes()


class _DiskFull:
    """A stream that fills up after ``room`` characters or bytes (half a line written)."""

    def __init__(self, inner: Any, room: int) -> None:
        self.inner, self.room = inner, room

    def write(self, text: Any) -> int:
        if len(text) > self.room:
            self.inner.write(text[: self.room])
            self.inner.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(text)
        return int(self.inner.write(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def __enter__(self) -> _DiskFull:
        return self

    def __exit__(self, *exc: object) -> None:
        self.inner.close()


def test_disk_full_keeps_the_rows_written_and_resume_completes(
    stub: None,
    inputs: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    full = tmp_path / "full.jsonl"
    assert main(["annotate", str(inputs), "-o", str(full), "-q"]) == 0
    room = len(full.read_bytes().splitlines(keepends=True)[0]) + 10
    real = outfile.binary_writer  # annotate -o writes JSON lines as bytes
    monkeypatch.setattr(outfile, "binary_writer", lambda fd: _DiskFull(real(fd), room))
    part = tmp_path / "part.jsonl"
    assert main(["annotate", str(inputs), "-o", str(part), "-q"]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert part.read_bytes().count(b"\n") == 1  # one row and a torn one
    monkeypatch.setattr(outfile, "binary_writer", real)
    assert main(["annotate", str(inputs), "-o", str(part), "-q", "--resume"]) == 0
    assert part.read_bytes() == full.read_bytes()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_a_full_standard_output_is_a_clear_error(inputs: Path) -> None:
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            _slow_cli("annotate", str(inputs), "-q"),
            env=_env(STUB_DELAY="0"),
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 1
    assert "No space left on device" in proc.stderr and "Traceback" not in proc.stderr


# --- special files ------------------------------------------------------------------


@pytest.fixture
def special_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "special"
    folder.mkdir()
    (folder / "ok.txt").write_text("一、总体情况\n本机关办结申请1件。\n", encoding="utf-8")
    try:
        os.mkfifo(folder / "fifo.txt")
    except (AttributeError, OSError) as exc:  # pragma: no cover - no FIFOs here
        pytest.skip(f"cannot make a FIFO: {exc}")
    os.symlink(folder / "gone.txt", folder / "dangling.txt")
    os.symlink(folder / "loop2.txt", folder / "loop1.txt")
    os.symlink(folder / "loop1.txt", folder / "loop2.txt")
    if os.path.exists("/dev/zero"):
        os.symlink("/dev/zero", folder / "zero.txt")
    return folder


_SPECIAL_ERRORS = {
    "fifo.txt": "a FIFO",
    "dangling.txt": "dangling symbolic link",
    "loop1.txt": "symbolic link loop",
    "loop2.txt": "symbolic link loop",
    "zero.txt": "a character device",
}


@posix_only
def test_special_files_in_a_directory_get_one_error_row_each(special_dir: Path) -> None:
    rows = _annotate_in_subprocess([str(special_dir)])
    by_name = {Path(r["source"]).name: r for r in rows}
    assert sorted(by_name) == sorted(p.name for p in special_dir.iterdir())
    assert by_name["ok.txt"]["errors"] == []
    for name, reason in _SPECIAL_ERRORS.items():
        if name in by_name:
            (error,) = by_name[name]["errors"]
            assert reason in error, (name, error)


@posix_only
def test_special_files_on_the_command_line_never_hang(special_dir: Path) -> None:
    given = [str(special_dir / n) for n in ("fifo.txt", "dangling.txt", "loop1.txt", "ok.txt")]
    rows = _annotate_in_subprocess(given)
    assert [r["source"] for r in rows] == given
    assert [bool(r["errors"]) for r in rows] == [True, True, True, False]


def _annotate_in_subprocess(inputs: list[str]) -> list[dict[str, Any]]:
    """The CLI's rows for ``inputs``; a hang (e.g. opening a FIFO) fails the test."""
    proc = subprocess.run(
        _cli("annotate", "-q", "--stages", "read", "--", *inputs),
        env=_env(),
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]


def test_parse_of_a_directory_or_a_fifo_is_an_error_not_text(tmp_path: Path) -> None:
    report = parse(str(tmp_path))
    assert report.errors and "a directory" in report.errors[0]
    assert not report.sections and report.source == str(tmp_path)
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "p")
        report = parse(tmp_path / "p")
        assert report.errors == (f"read.not_a_file: {tmp_path / 'p'}: a FIFO, not a regular file",)


# --- hostile HTML and text: bounded time and memory -------------------------------

# Run in a child with its address space capped: a blow-up is a MemoryError
# there, and the child's timeout (below) fails the test on a hang. The child
# prints what the parent checks.
_HOSTILE_CHILD = textwrap.dedent(
    """
    import json, resource, sys
    limit = int(sys.argv[3])
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from hostile import build
    from govinfo_nlp import parse
    from govinfo_nlp.read import read

    data = build(sys.argv[1], int(sys.argv[2]))
    report = parse(data)
    try:
        visible = read(data).visible
    except Exception as exc:
        visible = repr(exc)
    print(json.dumps({
        "errors": list(report.errors),
        "warnings": list(report.warnings),
        "values": sorted({f.value for f in report.facts}),
        "facts": len(report.facts),
        "markup_shown": "<p>" in visible,
    }))
    """
)

_HOSTILE_CASES = [
    ("span_bomb", 423),
    ("span_bomb_5k", 5_500),
    ("span_rows", 5_500),
    ("html_unclosed_tags", 200_000),
    ("html_unclosed_comment", 50_000),
    ("html_unclosed_comments", 200_000),
    ("html_marked_sections", 200_000),
    ("html_bad_charrefs", 200_000),
    ("html_nested_tables", 200_000),
    ("html_many_tables", 200_000),
    ("comma_line", 100_000),
    ("digit_commas", 100_000),
    ("spaced_numbers", 50_000),
    ("one_items", 100_000),
    ("digit_line", 2_000_000),
    ("tiny_lines", 200_000),
    ("html_nested_divs", 1_100_000),
    ("trainee_list", 330_000),
]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="needs resource.setrlimit")
@pytest.mark.parametrize(("case", "size"), _HOSTILE_CASES, ids=[c for c, _ in _HOSTILE_CASES])
def test_hostile_input_is_bounded_in_time_and_memory(case: str, size: int) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _HOSTILE_CHILD, case, str(size), str(1 << 30)],
        env=_env(PYTHONPATH=os.pathsep.join([str(ROOT), str(Path(__file__).parent)])),
        capture_output=True,
        text=True,
        timeout=240,  # a hang fails the test; this is no speed assertion
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout)
    assert not [e for e in result["errors"] if ".failed" in e], result["errors"]
    assert not result["markup_shown"], "markup leaked into the visible text"
    if case.startswith("span"):
        # the grid is clipped to the table, or the table is left unread and said so
        assert case == "span_bomb" or any("read.table_too_large" in w for w in result["warnings"])
    elif case.startswith("html"):
        # the prose after (or around) the hostile markup is still read
        assert {63, 65} <= set(result["values"]), result
    else:
        assert result["facts"] >= 1


def test_unclosed_comment_ends_at_the_next_tag_end() -> None:
    page = "<html><body><p>甲</p><!-- 没有结束 <p>本机关办结申请12件。</p><p>乙</p></body></html>"
    visible = read(page, format="html").visible
    assert "本机关办结申请12件。" in visible and "乙" in visible
    assert "<p>" not in visible and "没有结束" not in visible


@pytest.mark.parametrize(
    ("markup", "shown"),
    [
        ("<p>A&#;B</p><p>C&amp;D</p>", "A&#;B\nC&D"),
        ("<p>A<![if !supportLists]>1.<![endif]>B</p>", "A1.B"),
        ("<p>A<![foo[ x ]]>B</p>", "AB"),
        ("<p>A</p><p>B<a href=x", "A\nB"),
        ("<p>A</p>tail<b", "A\ntail"),
    ],
)
def test_broken_markup_reads_like_a_browser(markup: str, shown: str) -> None:
    assert read("<html><body>" + markup, format="html").visible == shown


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(1, 3)), min_size=1, max_size=12))
def test_data_tables_sweep_equals_the_pairwise_definition(shape: list[tuple[int, int]]) -> None:
    from govinfo_nlp.readers.page import data_tables

    # nested intervals from a random bracket structure: (depth change, rows)
    class T:
        def __init__(self, start: int, rows: int) -> None:
            self.start, self.end, self.rows = start, 0, [()] * rows

    tables: list[T] = []
    stack: list[T] = []
    pos = 0
    for close, rows in shape:
        for _ in range(min(close, len(stack))):
            pos += 1
            stack.pop().end = pos
        pos += 1
        t = T(pos, rows)
        tables.append(t)
        stack.append(t)
    while stack:
        pos += 1
        stack.pop().end = pos

    def inside(a: T, b: T) -> bool:
        return b.start < a.start and a.end <= b.end

    layout = {id(t) for t in tables if any(inside(u, t) and len(u.rows) >= 2 for u in tables)}
    expected = [
        t
        for t in tables
        if id(t) not in layout and all(id(o) in layout for o in tables if inside(t, o))
    ]
    assert data_tables(tables) == expected


# --- orphans ------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found.extend(int(c) for c in text)
    return found


def _running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status  # a zombie has exited (init may be slow to reap)


@pytest.mark.skipif(
    not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(),
    reason="needs Linux /proc/<pid>/task/<tid>/children",
)
def test_workers_exit_when_the_parent_is_killed(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    gate = tmp_path / "gate"  # never created: the workers stay busy or idle
    parent = subprocess.Popen(
        _slow_cli("annotate", str(inputs), "-o", str(out), "-q", "--jobs", "2"),
        env=_env(STUB_DELAY="0", STUB_GATE=str(gate)),
    )
    try:
        _wait_for_rows(out, 1, parent)
        workers = _children(parent.pid)
        assert workers, "no worker processes found"
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=60)
    deadline = time.monotonic() + 60
    while any(_running(w) for w in workers):
        assert time.monotonic() < deadline, f"orphaned workers still running: {workers}"
        time.sleep(0.1)


# --- API misuse: one exception family, raised at the call -------------------------


@pytest.mark.parametrize(
    ("call", "kind"),
    [
        pytest.param(lambda: batch.annotate(["x.txt"], window=-1), ValueError, id="window-1"),
        pytest.param(lambda: batch.annotate(["x.txt"], jobs="2"), TypeError, id="jobs-str"),
        pytest.param(lambda: batch.annotate(["x.txt"], jobs=0), ValueError, id="jobs-0"),
        pytest.param(lambda: batch.annotate(5), TypeError, id="inputs-int"),
        pytest.param(lambda: batch.annotate([b"x.txt"]), TypeError, id="inputs-bytes"),
        pytest.param(lambda: batch.annotate(["x"], stages="nope"), ValueError, id="stage"),
        pytest.param(lambda: batch.annotate(["x"], limits={"max_bytes": 1}), TypeError, id="lim"),
        pytest.param(lambda: parse(123), TypeError, id="parse-int"),
        pytest.param(lambda: read("x", format="xlsx"), ValueError, id="format"),
        pytest.param(lambda: Limits(max_bytes=0), ValueError, id="limit-0"),
    ],
)
def test_misuse_raises_a_govinfo_error_at_the_call(call: Any, kind: type[Exception]) -> None:
    with pytest.raises(GovinfoError) as exc:
        call()  # annotate() is lazy: the error comes before any row is asked for
    assert isinstance(exc.value, kind)


def test_a_lone_surrogate_in_text_never_escapes_parse() -> None:
    report = parse("一、总体情况\n本机关办结申请\ud80012件，受理\udfff5件。\n")
    assert not [e for e in report.errors if ".failed" in e]
    assert 12 in [f.value for f in report.facts]
    json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")  # writable as is


def test_input_and_table_bounds_are_clear_and_raisable(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("一、总体情况\n" + "本机关办结申请1件。\n" * 200, encoding="utf-8")
    (error,) = parse(big, limits=Limits(max_bytes=1000)).errors
    assert error.startswith("read.too_large:") and "--max-bytes" in error
    assert not parse(big, limits=Limits(max_bytes=10_000)).errors

    cells = "".join(f'<td colspan="40">{i}</td>' for i in range(10))
    page = f"<html><body><p>一、总体情况</p><table><tr>{cells}</tr></table></body></html>"
    warned = parse(page, limits=Limits(max_table_cells=399)).warnings
    assert any(w.startswith("read.table_too_large") for w in warned)
    assert not any("table_too_large" in w for w in parse(page).warnings)
