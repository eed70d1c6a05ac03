"""Deterministic harnesses for the batch's timing windows (session 28).

Two hostile cases failed once and passed on a re-run, because a removal or a signal from
outside landed in a window of a few milliseconds: hostile23 b08 (the output's directory
removed while the run wrote it: exit 0 and no message) and hostile24 s02 (Ctrl-C twice,
0.4 s apart: a traceback). Here the removal or the signal is made from inside the run, at a
fixed row or at a named point of its way out, so each window is hit every time:

* b08's window was after the run's check of its output and before the process exited
  (the summary, the closing of the output, Python's own shutdown: 0.1-0.2 s). The check is
  now the last thing the command does; a removal after it is after the run (its exit
  status says what was at the path when it ended), and is the one window left.
* s02's windows were a second signal while the first one's cleanup ran: in the pool's
  shutdown, which ran when the garbage collector closed the rows (after "interrupted" was
  printed), in the message itself, or in a worker (idle, or in its initializer). The first
  Ctrl-C now stops the run and later ones wait for it; workers ignore SIGINT and are ended
  by the process that started them.
* ``--force`` wrote in place: a run killed at row 2 left two new rows for the old file. It
  now writes beside the output and moves the new file in once whole.

The tests assert on rows, exit codes, messages, files and processes, never on time.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

import govinfo_nlp.batch
from govinfo_nlp import cli
from govinfo_nlp.batch.document import error_row

SAMPLES = sorted((ROOT / "datasets" / "samples").glob("s0*.txt"))[:4]

# --------------------------------------------------------------- b08: the output removed


def _fake_rows(removal: Any, at: int, count: int = 3) -> Any:
    """batch.annotate's stand-in: ``count`` readable rows, ``removal()`` before row ``at``
    (``at == count``: after the last row, once the rows are all written)."""

    def fake(todo: list[str], **kwargs: Any) -> Any:
        for k, path in enumerate(todo[:count]):
            if k == at:
                removal()
            row = error_row(path, "x.y", "z")
            row["errors"], row["notices"] = [], []
            yield row
        if at == count:
            removal()

    return fake


@pytest.fixture
def three(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (src / name).write_text("x", encoding="utf-8")
    (tmp_path / "outdir").mkdir()
    return src


@pytest.mark.parametrize("at", [0, 1, 2, 3])
@pytest.mark.parametrize("quiet", [True, False])
def test_the_output_directory_removed_at_any_row_is_never_a_silent_success(
    three: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    at: int,
    quiet: bool,
) -> None:
    out = tmp_path / "outdir" / "out.jsonl"
    monkeypatch.setattr(
        govinfo_nlp.batch, "annotate", _fake_rows(lambda: shutil.rmtree(out.parent), at)
    )
    argv = ["annotate", str(three), "-o", str(out)] + (["-q"] if quiet else [])
    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    assert str(out) in err and "rows are lost" in err


@pytest.mark.parametrize("quiet", [True, False])
def test_the_output_directory_removed_after_the_rows_before_the_summary(
    three: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    quiet: bool,
) -> None:
    """b08's window: every row written and the output checked, then the summary, the
    output closed, the process ending. The check is now after all of that but the exit."""
    out = tmp_path / "outdir" / "out.jsonl"
    monkeypatch.setattr(govinfo_nlp.batch, "annotate", _fake_rows(lambda: None, 9))
    report = cli._report

    def report_then_remove(*args: Any) -> None:
        report(*args)
        shutil.rmtree(out.parent)

    monkeypatch.setattr(cli, "_report", report_then_remove)
    argv = ["annotate", str(three), "-o", str(out)] + (["-q"] if quiet else [])
    assert cli.main(argv) == 1
    assert "rows are lost" in capsys.readouterr().err


def test_the_output_file_removed_after_the_rows_is_written_again(
    three: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "outdir" / "out.jsonl"
    monkeypatch.setattr(govinfo_nlp.batch, "annotate", _fake_rows(lambda: out.unlink(), 3))
    assert cli.main(["annotate", str(three), "-o", str(out), "-q"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [os.path.basename(r["source"]) for r in rows] == ["a.txt", "b.txt", "c.txt"]


@pytest.mark.parametrize("force", [False, True])
def test_a_removal_after_the_last_check_is_after_the_run(
    three: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, force: bool
) -> None:
    """The one window left, named: the run's last act is its check; the output was whole
    at its path then (with --force, the new file moved in), and exit 0 says so."""
    out = tmp_path / "outdir" / "out.jsonl"
    if force:
        out.write_text('{"id":"old","source":"old"}\n', encoding="utf-8")
    monkeypatch.setattr(govinfo_nlp.batch, "annotate", _fake_rows(lambda: None, 9))
    check = cli._put_back_if_removed
    seen: list[list[str]] = []

    def check_then_remove(fd: int, path: Path) -> None:
        check(fd, path)
        seen.append(path.read_text(encoding="utf-8").splitlines())
        shutil.rmtree(out.parent)

    monkeypatch.setattr(cli, "_put_back_if_removed", check_then_remove)
    argv = ["annotate", str(three), "-o", str(out), "-q"] + (["--force"] if force else [])
    assert cli.main(argv) == 0
    assert [os.path.basename(json.loads(line)["source"]) for line in seen[0]] == [
        "a.txt",
        "b.txt",
        "c.txt",
    ]


# --------------------------------------------------------------- s02: Ctrl-C twice

# The run, with its signal made from inside at a fixed row (after the row is written) or at
# a named point of the first signal's handling; started in its own session so that a
# signal to its process group is Ctrl-C in its terminal (the run and its workers).
DRIVER = textwrap.dedent(
    """
    import faulthandler, os, signal, sys
    faulthandler.dump_traceback_later(100, exit=True)  # a hang prints every thread's stack
    from concurrent.futures import ProcessPoolExecutor
    import govinfo_nlp.batch as batch
    from govinfo_nlp import cli

    ROW, FIRST, SECOND, WHERE = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    SIG = {"INT": signal.SIGINT, "TERM": signal.SIGTERM, "KILL": signal.SIGKILL}

    def send(name, to_group=True):
        if to_group and name != "KILL":
            os.killpg(os.getpgid(0), SIG[name])
        else:
            os.kill(os.getpid(), SIG[name])

    write = batch.write_jsonl

    def write_jsonl(rows, out):
        for n, row in enumerate(write(rows, out), 1):
            yield row
            if n == ROW:
                send(FIRST)
                if WHERE == "at_once":
                    send(SECOND)

    batch.write_jsonl = write_jsonl
    shutdown = ProcessPoolExecutor.shutdown

    def shutdown_second(self, *args, **kwargs):
        if WHERE == "shutdown":
            send(SECOND)
        return shutdown(self, *args, **kwargs)

    ProcessPoolExecutor.shutdown = shutdown_second
    err = cli._err

    def err_second(message):
        if WHERE == "message" and message in ("interrupted", "terminated"):
            send(SECOND)
        err(message)

    cli._err = err_second
    sys.argv = ["govinfo-nlp", *sys.argv[5:]]
    sys.exit(cli.main())
    """
)

#: A bound on each run of these harnesses (a run takes seconds): a hang fails the test with
#: the run's stacks (faulthandler, at 100 s) instead of a long silence.
RUN_TIMEOUT = 120


def _ctrl_c_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _driver(
    cwd: Path, row: int, first: str, second: str, where: str, argv: list[str]
) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-c", DRIVER, str(row), first, second, where, *argv]
    # a Ctrl-C the run can take: a test runner started in the background (nohup, `&`)
    # hands on SIGINT ignored, and the run keeps an ignored Ctrl-C ignored (by design)
    return _bounded_run(cmd, cwd, _ctrl_c_default)


def _bounded_run(
    cmd: list[str], cwd: Path, start: Callable[[], None]
) -> subprocess.CompletedProcess[str]:
    """``cmd`` run in ``cwd`` in a session of its own (``start`` run in the child first),
    with the checkout importable: a hang past RUN_TIMEOUT fails the test with the run's
    output, and no process of its session may outlive it."""
    run = subprocess.Popen(
        cmd,
        cwd=cwd,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=start,
    )
    try:
        out, err = run.communicate(timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        out, err = run.communicate()
        pytest.fail(f"the run hung; its stack dump and output:\n{err}\n{out}")
    # nothing of its session outlives it (its workers, their helpers)
    left = _session_members(run.pid)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, f"{len(left)} process(es) of the run outlived it"
    return subprocess.CompletedProcess(cmd, run.returncode, out, err)


def _session_members(sid: int) -> list[int]:
    """Processes of session ``sid`` still alive (not zombies), after a grace of a few seconds
    for workers ending on their parent's death."""
    found: list[int] = []
    for _ in range(50):
        found = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z" and int(fields[3]) == sid:
                found.append(int(entry))
        if not found:
            return []
        time.sleep(0.1)
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("windows")
    src = base / "in"
    src.mkdir()
    for k, sample in enumerate(SAMPLES):
        (src / f"r{k}.txt").write_bytes(sample.read_bytes())
    ref = subprocess.run(
        [sys.executable, "-m", "govinfo_nlp", "annotate", "in", "-o", "ref.jsonl", "-q"],
        cwd=base,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        timeout=RUN_TIMEOUT,
    )
    assert ref.returncode == 0, ref.stderr
    return base


def _whole_lines(path: Path) -> list[bytes]:
    data = path.read_bytes()
    assert not data or data.endswith(b"\n"), "the output ends in half a row"
    return data.splitlines(keepends=True)


needs_linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@needs_linux
@pytest.mark.parametrize("where", ["at_once", "shutdown", "message"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_twice_stops_once_with_one_line(
    corpus: Path, tmp_path: Path, where: str, jobs: str
) -> None:
    """hostile24 s02, each window hit on purpose: exit 130, "interrupted" and nothing else,
    the rows written whole, no process left; --resume completes to the uninterrupted rows."""
    work = tmp_path / where
    shutil.copytree(corpus, work)
    argv = ["annotate", "in", "-o", "out.jsonl", "-q", "--jobs", jobs]
    run = _driver(work, 2, "INT", "INT", where, argv)
    assert run.returncode == 130
    assert run.stderr == "interrupted\n"
    ref = _whole_lines(work / "ref.jsonl")
    got = _whole_lines(work / "out.jsonl")
    assert got == ref[: len(got)] and len(got) >= 1
    again = _driver(work, 99, "INT", "INT", "none", [*argv, "--resume"])
    assert again.returncode == 0, again.stderr
    assert _whole_lines(work / "out.jsonl") == ref


@needs_linux
def test_sigterm_then_ctrl_c_says_terminated_once(corpus: Path, tmp_path: Path) -> None:
    work = tmp_path / "term"
    shutil.copytree(corpus, work)
    argv = ["annotate", "in", "-o", "out.jsonl", "-q", "--jobs", "2"]
    run = _driver(work, 1, "TERM", "INT", "shutdown", argv)
    assert (run.returncode, run.stderr) == (143, "terminated\n")


# Ctrl-C at the instant the workers are forked: a fork runs Python code in the parent after
# it (os.register_at_fork hooks; logging releases its lock), and an interrupt raised there
# was printed as "Exception ignored in: <function _releaseLock>" with a traceback (hostile29
# s03). The hook below sends it there every time.
FORK_HOOK = textwrap.dedent(
    """
    import faulthandler, os, signal, sys
    faulthandler.dump_traceback_later(100, exit=True)
    from govinfo_nlp import cli

    sent = []

    def interrupt():
        if not sent:
            sent.append(1)
            os.kill(os.getpid(), signal.SIGINT)

    os.register_at_fork(after_in_parent=interrupt)
    sys.argv = ["govinfo-nlp", *sys.argv[1:]]
    sys.exit(cli.main())
    """
)


@needs_linux
def test_ctrl_c_while_the_workers_are_forked_says_interrupted_once(
    corpus: Path, tmp_path: Path
) -> None:
    work = tmp_path / "fork"
    shutil.copytree(corpus, work)
    run = subprocess.Popen(
        [sys.executable, "-c", FORK_HOOK, "annotate", "in", "-o", "out.jsonl", "-q", "--jobs", "2"],
        cwd=work,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_ctrl_c_default,
    )
    try:
        _, err = run.communicate(timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        _, err = run.communicate()
    left = _session_members(run.pid)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert (run.returncode, err) == (130, "interrupted\n")
    assert not left, f"{len(left)} process(es) of the run outlived it"


def _blocks(path: str, explain: bool) -> dict[str, Any]:
    """A worker that never finishes its second document (a stuck converter)."""
    if path.endswith("b.txt"):
        time.sleep(3600)
    row = error_row(path, "x.y", "z")
    row["errors"] = []
    return row


def test_closing_the_rows_ends_the_workers_without_waiting(tmp_path: Path) -> None:
    """An interrupt, or a caller that stops reading, closes the rows: the pool waited for
    every document in flight (here forever); its workers are now ended."""
    paths = []
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
        paths.append(str(tmp_path / name))
    rows = govinfo_nlp.batch.annotate(paths, jobs=2, worker=_blocks)
    assert os.path.basename(next(rows)["source"]) == "a.txt"
    closer = threading.Thread(target=rows.close, daemon=True)
    closer.start()
    closer.join(timeout=RUN_TIMEOUT)  # a hang guard, not a timing: the old code never returned
    assert not closer.is_alive(), "closing the rows waited for a worker stuck on a document"
    import multiprocessing

    assert not [p for p in multiprocessing.active_children() if p.is_alive()]


# A worker that dies, or stops, while it writes its row into the pool's result pipe (the CI
# hang of session 28: SIGTERM to the run's process group with --jobs 2, at a moment a worker
# was writing a row larger than the pipe holds). The pool's manager thread read the first
# half and waited for the rest forever, as the run holds a write end: the run hung, and so
# did the shutdown of an interrupted run, which joins that thread. Here the worker writes
# half of its row on purpose (its connection's low-level write replaced in that worker
# only), so the window is hit every time; each run is a subprocess with a bound, whose
# stacks are printed if it hangs.
HALF_ROW = textwrap.dedent(
    """
    import faulthandler, json, os, signal, sys
    faulthandler.dump_traceback_later(100, exit=True)
    from multiprocessing import connection
    import govinfo_nlp.batch
    from govinfo_nlp.batch.document import error_row

    # b's worker: "die" (killed halfway through writing its row), "stop" (stopped there),
    # "frozen" (SIGSTOPped before it writes)
    MODE, PATHS = sys.argv[1], sys.argv[2:]
    GO_R, GO_W = os.pipe()  # the run to b's worker: write your row now
    HALF_R, HALF_W = os.pipe()  # b's worker to the run: half my row is in the pipe

    def half_then(end):
        send = connection.Connection._send

        def half(self, buf, write=os.write):
            if len(buf) < 100_000:  # a header, or another message
                return send(self, buf)
            write(self._handle, bytes(buf[: len(buf) // 2]))
            end()

        connection.Connection._send = half

    def stop():
        os.write(HALF_W, b"x")
        signal.pause()  # stuck, as a worker stopped (SIGSTOP) or swapped out

    def work(path, explain):
        row = error_row(path, "x.y", "z")
        row["errors"] = []
        if path.endswith("b.txt") and MODE == "frozen":
            os.write(HALF_W, b"x")
            os.kill(os.getpid(), signal.SIGSTOP)  # frozen: a SIGTERM waits until it goes on
        elif path.endswith("b.txt"):
            row["pad"] = "x" * 400_000  # larger than a pipe holds: written in parts
            if MODE == "die":
                half_then(lambda: os.kill(os.getpid(), signal.SIGKILL))
            else:
                os.read(GO_R, 1)
                half_then(stop)
        return row

    rows = govinfo_nlp.batch.annotate(PATHS, jobs=2, worker=work)
    if MODE == "die":
        for row in rows:
            print(json.dumps([os.path.basename(row["source"]), row["errors"]]), flush=True)
    else:
        print(json.dumps([os.path.basename(next(rows)["source"]), []]), flush=True)
        if MODE == "stop":
            os.write(GO_W, b"x")
        os.read(HALF_R, 1)
        rows.close()  # what an interrupt does: the workers are ended, not waited for
        print(json.dumps(["closed", []]), flush=True)
    """
)


def _half_row_run(tmp_path: Path, mode: str) -> list[list[Any]]:
    paths = []
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
        paths.append(str(tmp_path / name))
    run = subprocess.Popen(
        [sys.executable, "-c", HALF_ROW, mode, *paths],
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = run.communicate(timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        out, err = run.communicate()
    left = _session_members(run.pid)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert run.returncode == 0, f"the run hung or failed; its stacks:\n{err}\n{out}"
    assert not left, f"{len(left)} process(es) of the run outlived it"
    return [json.loads(line) for line in out.splitlines()]


@needs_linux
def test_a_worker_dying_while_it_writes_its_row_is_a_crashed_row_not_a_hang(
    tmp_path: Path,
) -> None:
    """A worker killed (kill -9, out of memory) halfway through writing its row: the run
    goes on, the row is ``worker.crashed`` (re-run alone, it dies again), the others whole."""
    rows = _half_row_run(tmp_path, "die")
    assert [name for name, _ in rows] == ["a.txt", "b.txt", "c.txt"]
    assert rows[0][1] == [] and rows[2][1] == []
    assert [e.split(":")[0] for e in rows[1][1]] == ["worker.crashed"]


@needs_linux
def test_closing_the_rows_with_a_frozen_worker_returns(tmp_path: Path) -> None:
    """A worker stopped (SIGSTOP: a debugger, a cgroup freezer) holds a SIGTERM until it goes
    on: closing the rows ended it with SIGTERM and waited for it forever; it is now killed."""
    assert _half_row_run(tmp_path, "frozen") == [["a.txt", []], ["closed", []]]


@needs_linux
def test_closing_the_rows_with_half_a_row_in_the_pipe_returns(tmp_path: Path) -> None:
    """The CI hang: the rows closed (an interrupt) while half a row is in the result pipe
    and its worker is stopped; the workers are ended and the shutdown returns."""
    assert _half_row_run(tmp_path, "stop") == [["a.txt", []], ["closed", []]]


def test_workers_ignore_ctrl_c(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker's Ctrl-C is its parent's to handle: the initializer ignores SIGINT."""
    from govinfo_nlp.batch import pool

    seen: dict[int, Any] = {}
    monkeypatch.setattr(signal, "signal", lambda sig, handler: seen.__setitem__(sig, handler))
    monkeypatch.setattr(pool, "_exit_with_parent", lambda parent: None)
    monkeypatch.setattr("govinfo_nlp.pipeline.parse", lambda *a, **k: None)
    pool._worker_init(None, None)
    assert seen[signal.SIGINT] is signal.SIG_IGN
    assert seen[signal.SIGTERM] is signal.SIG_DFL


def test_an_ignored_ctrl_c_stays_ignored(tmp_path: Path) -> None:
    """A run started with SIGINT ignored (in the background of a script, nohup) is not made
    interruptible by the CLI's handler, and its handlers are put back after."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with cli._stop_once():
            assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
            assert isinstance(signal.getsignal(signal.SIGTERM), cli._StopOnce)
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
        assert not isinstance(signal.getsignal(signal.SIGTERM), cli._StopOnce)
    finally:
        signal.signal(signal.SIGINT, previous)


def test_a_second_signal_while_stopping_is_ignored() -> None:
    handler = cli._StopOnce()
    with pytest.raises(KeyboardInterrupt) as first:
        handler(signal.SIGINT, None)
    assert not isinstance(first.value, cli._Terminated)
    handler(signal.SIGINT, None)  # no second KeyboardInterrupt inside the first's cleanup
    handler(signal.SIGTERM, None)
    term = cli._StopOnce()
    with pytest.raises(cli._Terminated):
        term(signal.SIGTERM, None)


# --------------------------------------------------------------- --force: the old rows kept


def _old_output(work: Path) -> bytes:
    """An earlier output at out.jsonl: the reference row of the first input (a run killed
    at row 2 that wrote in place left two)."""
    old = b"".join(_whole_lines(work / "ref.jsonl")[:1])
    (work / "out.jsonl").write_bytes(old)
    return old


@needs_linux
@pytest.mark.parametrize("sig", ["KILL", "TERM", "INT"])
def test_force_killed_at_a_row_leaves_the_old_output(
    corpus: Path, tmp_path: Path, sig: str
) -> None:
    """--force killed at row 2: the old output as it was (it held the new prefix). SIGTERM
    and Ctrl-C clean up the new file; kill -9 leaves it hidden beside (.out.jsonl.part),
    and the next run on the output replaces it."""
    work = tmp_path / sig
    shutil.copytree(corpus, work)
    old = _old_output(work)
    argv = ["annotate", "in", "-o", "out.jsonl", "-q", "--force"]
    run = _driver(work, 2, sig, "INT", "none", argv)
    assert run.returncode == {"KILL": -9, "TERM": 143, "INT": 130}[sig]
    assert (work / "out.jsonl").read_bytes() == old
    part = work / ".out.jsonl.part"
    ref = _whole_lines(work / "ref.jsonl")
    if sig == "KILL":
        assert _whole_lines(part) == ref[:2]
    else:
        assert not part.exists()
    # --resume goes on from the old file: here a prefix of this run's rows, completed
    again = _driver(
        work, 99, "INT", "INT", "none", ["annotate", "in", "-o", "out.jsonl", "-q", "--resume"]
    )
    assert again.returncode == 0, again.stderr
    assert _whole_lines(work / "out.jsonl") == ref
    assert part.exists() == (sig == "KILL")
    # and the next --force replaces a part file a killed run left
    done = _driver(work, 99, "INT", "INT", "none", argv)
    assert done.returncode == 0, done.stderr
    assert _whole_lines(work / "out.jsonl") == ref
    assert sorted(p.name for p in work.iterdir()) == ["in", "out.jsonl", "ref.jsonl"]


def test_force_keeps_the_old_rows_until_the_new_ones_are_whole(
    three: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a --force run writes, the output still holds the old rows (read at each row)."""
    out = tmp_path / "outdir" / "out.jsonl"
    old = '{"id":"old","source":"old"}\n'
    out.write_text(old, encoding="utf-8")
    seen: list[str] = []
    monkeypatch.setattr(
        govinfo_nlp.batch,
        "annotate",
        _fake_rows(lambda: None, 9),
    )
    write = govinfo_nlp.batch.write_jsonl

    def watch(rows: Any, handle: Any) -> Any:
        for row in write(rows, handle):
            seen.append(out.read_text(encoding="utf-8"))
            yield row

    monkeypatch.setattr(govinfo_nlp.batch, "write_jsonl", watch)
    assert cli.main(["annotate", str(three), "-o", str(out), "-q", "--force"]) == 0
    assert seen == [old, old, old]
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_force_where_no_new_file_can_be_made_writes_in_place(
    three: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from govinfo_nlp import outfile

    out = tmp_path / "outdir" / "out.jsonl"
    out.write_text('{"id":"old","source":"old"}\n', encoding="utf-8")
    inode = out.stat().st_ino
    monkeypatch.setattr(govinfo_nlp.batch, "annotate", _fake_rows(lambda: None, 9))

    def refused(path: Any, fd: int) -> Any:
        raise OSError(errno.ENOSPC, "No space left on device")  # no inode left

    monkeypatch.setattr(outfile, "open_beside", refused)
    assert cli.main(["annotate", str(three), "-o", str(out), "-q", "--force"]) == 0
    assert "writing it in place" in capsys.readouterr().err
    assert out.stat().st_ino == inode
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_an_interrupt_swallowed_on_the_way_stops_the_run_at_the_next_row() -> None:
    """A KeyboardInterrupt raised inside a ``__del__`` is only reported by Python; with later
    signals ignored while the run stops, the run would go on for good. The next row raises
    it again."""
    with cli._stop_once() as handler:
        with pytest.raises(KeyboardInterrupt):
            handler(signal.SIGINT, None)  # raised, and (here) swallowed by the caller
        rows = cli._counted(iter([{}, {}]), govinfo_nlp.batch.BatchSummary(), 2, progress=False)
        with pytest.raises(KeyboardInterrupt):
            next(rows)
        handler(signal.SIGINT, None)  # the run is stopping again: ignored


# --------------------------------------------------------------- Ctrl-C before the handler

# The command sets its SIGINT handler once its arguments are read. A Ctrl-C before (Python
# importing the command, the parser built) printed Python's own traceback (session 29's
# leftover). Here the interrupt is sent from inside, at the import of govinfo_nlp.cli or at
# the building of the parser, through `python -m govinfo_nlp`'s own path (runpy).
EARLY = textwrap.dedent(
    """
    import os, runpy, signal, sys

    WHERE = sys.argv[1]

    class Interrupt:
        def find_spec(self, name, path=None, target=None):
            if WHERE == "import" and name == "govinfo_nlp.cli":
                os.kill(os.getpid(), signal.SIGINT)  # raised here, on the next line
            return None

    sys.meta_path.insert(0, Interrupt())
    if WHERE == "parser":
        from govinfo_nlp import cli

        build = cli.build_parser

        def build_parser():
            os.kill(os.getpid(), signal.SIGINT)
            return build()

        cli.build_parser = build_parser
    if WHERE == "exit":
        import atexit, time

        def late():  # Python exiting after the command returned (atexit work)
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.5)

        atexit.register(late)
    sys.argv = ["govinfo-nlp", *sys.argv[2:]]
    runpy.run_module("govinfo_nlp", run_name="__main__", alter_sys=True)
    """
)


@pytest.mark.parametrize("where", ["import", "parser", "exit"])
def test_ctrl_c_before_the_command_s_handler_says_interrupted(tmp_path: Path, where: str) -> None:
    (tmp_path / "a.txt").write_bytes(SAMPLES[0].read_bytes())
    run = subprocess.run(
        [sys.executable, "-c", EARLY, where, "annotate", "a.txt", "-o", "out.jsonl", "-q"],
        cwd=tmp_path,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        preexec_fn=_ctrl_c_default,
    )
    assert (run.returncode, run.stderr) == (130, "interrupted\n")
    assert (tmp_path / "out.jsonl").exists() == (where == "exit")


def test_the_console_script_is_the_guarded_entry() -> None:
    """`govinfo-nlp` runs the entry that says a Ctrl-C while the command loads (above)."""
    import govinfo_nlp.__main__

    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    with open(ROOT / "pyproject.toml", "rb") as handle:
        target = tomllib.load(handle)["project"]["scripts"]["govinfo-nlp"]
    module, name = target.split(":")
    assert (module, name) == ("govinfo_nlp.__main__", "main")
    assert callable(govinfo_nlp.__main__.main)


# --------------------------------------------------------------- SIGTERM ignored


def test_workers_keep_an_ignored_sigterm_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run started with SIGTERM ignored (`trap '' TERM`): its workers inherit the ignore, as
    a POSIX program's children do (they died of a SIGTERM to the group, session 29)."""
    from govinfo_nlp.batch import pool

    previous = signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        seen: dict[int, Any] = {}
        monkeypatch.setattr(signal, "signal", lambda sig, handler: seen.__setitem__(sig, handler))
        monkeypatch.setattr(pool, "_exit_with_parent", lambda parent: None)
        monkeypatch.setattr("govinfo_nlp.pipeline.parse", lambda *a, **k: None)
        pool._worker_init(None, None)
        monkeypatch.undo()
        assert signal.SIGTERM not in seen
        assert seen[signal.SIGINT] is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGTERM, previous)


class _FakeWorker:
    """A worker process stand-in whose sentinel is ready once it is ended as ``ends_by``."""

    def __init__(self, ends_by: str) -> None:
        self.ends_by = ends_by
        self.sent: list[str] = []
        self._read, self._write = os.pipe()
        self.sentinel = self._read

    def _end(self, how: str) -> None:
        self.sent.append(how)
        if how in (self.ends_by, "kill") and self._write >= 0:
            os.close(self._write)  # the read end is ready: ended
            self._write = -1

    def terminate(self) -> None:
        self._end("terminate")

    def kill(self) -> None:
        self._end("kill")


@pytest.mark.parametrize("ignored", [False, True])
def test_ending_workers_that_ignore_sigterm_kills_them_at_once(
    monkeypatch: pytest.MonkeyPatch, ignored: bool
) -> None:
    """Workers ignoring SIGTERM (above) are ended by SIGKILL at once, not after a grace."""
    from govinfo_nlp.batch import pool

    workers = [_FakeWorker("kill" if ignored else "terminate") for _ in range(2)]
    fake = type("Pool", (), {})()
    fake._processes = {k: w for k, w in enumerate(workers)}
    monkeypatch.setattr(pool, "_END_GRACE_SECONDS", 60.0)
    monkeypatch.setattr(pool, "_term_ignored", lambda: ignored)
    try:
        pool._break(fake)
    finally:
        for w in workers:
            os.close(w._read)
            if w._write >= 0:
                os.close(w._write)
    assert [w.sent for w in workers] == [["kill" if ignored else "terminate"]] * 2


@pytest.fixture(scope="module")
def eight(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eight reports (the samples twice) and their rows from a plain run (ref.jsonl)."""
    base = tmp_path_factory.mktemp("eight")
    src = base / "in"
    src.mkdir()
    for k in range(8):
        (src / f"r{k}.txt").write_bytes(SAMPLES[k % len(SAMPLES)].read_bytes())
    ref = subprocess.run(
        [sys.executable, "-m", "govinfo_nlp", "annotate", "in", "-o", "ref.jsonl", "-q"],
        cwd=base,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        timeout=RUN_TIMEOUT,
    )
    assert ref.returncode == 0, ref.stderr
    return base


def _term_ignored_run(work: Path, first: str) -> subprocess.CompletedProcess[str]:
    """The driver's run with SIGTERM ignored from its start (and Ctrl-C at its default)."""

    def start() -> None:
        _ctrl_c_default()
        signal.signal(signal.SIGTERM, signal.SIG_IGN)

    # the pool's warnings shown ("a worker process died; re-running ..."): the CLI leaves
    # the library's logging to its NullHandler
    shown = "import logging; logging.basicConfig(level=logging.WARNING)\n"
    cmd = [sys.executable, "-c", shown + DRIVER, "1", first, "INT", "none"]
    cmd += ["annotate", "in", "-o", "out.jsonl", "-q", "--jobs", "2"]
    return _bounded_run(cmd, work, start)


@needs_linux
def test_a_run_started_with_sigterm_ignored_goes_on_whole_after_one(
    eight: Path, tmp_path: Path
) -> None:
    """`trap '' TERM`, then a SIGTERM to the run's group at its first row (six documents in
    flight): no worker dies of it, nothing is parsed twice, every row is the plain run's."""
    work = tmp_path / "term"
    shutil.copytree(eight, work)
    run = _term_ignored_run(work, "TERM")
    assert (run.returncode, run.stderr) == (0, "")
    assert _whole_lines(work / "out.jsonl") == _whole_lines(work / "ref.jsonl")


@needs_linux
def test_ctrl_c_ends_a_run_whose_workers_ignore_sigterm(eight: Path, tmp_path: Path) -> None:
    work = tmp_path / "int"
    shutil.copytree(eight, work)
    run = _term_ignored_run(work, "INT")
    assert (run.returncode, run.stderr) == (130, "interrupted\n")
    got = _whole_lines(work / "out.jsonl")
    assert got == _whole_lines(work / "ref.jsonl")[: len(got)] and len(got) >= 1


class _Finalized:
    """An object whose finalizer takes the run's Ctrl-C (as regex's ``SetBase.__del__`` did,
    while the models loaded)."""

    def __del__(self) -> None:
        os.kill(os.getpid(), signal.SIGINT)  # the handler runs here, inside __del__


def test_an_interrupt_raised_in_a_finalizer_is_not_printed_and_stops_the_run(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Python only reports an exception raised in a ``__del__`` ("Exception ignored in: ...",
    a traceback, session 30's probe of Ctrl-C in the first second); the run then went on to
    its next row. The run's own interrupt is now silent there and sent again at once."""
    import gc

    # a suite started in the background (nohup … &) inherits SIGINT ignored, which the run
    # keeps ignored by design; the test is of a run that takes Ctrl-C (D9)
    theirs = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with cli._stop_once(), pytest.raises(KeyboardInterrupt):
            _Finalized()  # dropped at once: its __del__ runs here
            gc.collect()
            for _ in range(600):  # a hang guard: the old code never raised again
                time.sleep(0.1)
    finally:
        signal.signal(signal.SIGINT, theirs)
    err = capsys.readouterr().err
    assert "Exception ignored" not in err and "Traceback" not in err
