"""The sixth blind hostile-input red team's findings (session 24, ``datasets/redteam/hostile24``).

Each test failed on the code before its fix (the set's README holds the first reading):
``--force`` onto an output that a backup had hard-linked emptied the backup too (b07);
``annotate(jobs=2)`` inside a daemonic process (a ``multiprocessing.Pool`` worker) lost every
row to multiprocessing's AssertionError (a01); an MHTML 3,000 multipart levels deep parsed in a
thread with a small stack crashed the process (a02); under LC_ALL=C with PYTHONUTF8=0 the rows'
sources were ``\\udcXX`` escapes of UTF-8 names (e02). And hostile23's leftovers: a file past
PATH_MAX had no row of its own (b14); loading the models counted against the first document's
--max-seconds (b18). The tests assert on rows, exit codes, messages and files, never on time.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

import govinfo_nlp.batch

SAMPLE = ROOT / "datasets" / "samples" / "s01_pipe_2021.txt"
SAMPLE2 = sorted((ROOT / "datasets" / "samples").glob("s02_*.txt"))[0]
ENTRY = "import sys; from govinfo_nlp.cli import main; sys.exit(main())"


def _run(argv: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    cmd = [sys.executable, "-c", ENTRY, *argv]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, timeout=600)


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


# --------------------------------------------------------------- outputs


def test_force_leaves_a_hard_linked_backup_alone(tmp_path: Path) -> None:
    """b07: --force replaces out.jsonl, not the other names of its file: a backup made with
    ``cp -l`` (rsnapshot) keeps its rows; the new output keeps the old one's mode."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in2").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "in2" / "b.txt").write_bytes(SAMPLE2.read_bytes())
    first = _run(["annotate", "in", "-o", "out.jsonl", "-q"], tmp_path)
    assert first.returncode == 0, first.stderr
    os.link(tmp_path / "out.jsonl", tmp_path / "backup.jsonl")
    os.chmod(tmp_path / "out.jsonl", 0o640)
    before = (tmp_path / "backup.jsonl").read_bytes()
    second = _run(["annotate", "in2", "-o", "out.jsonl", "-q", "--force"], tmp_path)
    assert second.returncode == 0, second.stderr
    assert (tmp_path / "backup.jsonl").read_bytes() == before
    assert [os.path.basename(r["source"]) for r in _rows(tmp_path / "out.jsonl")] == ["b.txt"]
    assert os.stat(tmp_path / "out.jsonl").st_mode & 0o777 == 0o640
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_force_on_an_unlinked_output_replaces_it_once_written(tmp_path: Path) -> None:
    """Without other names too, --force writes the new rows beside the output and moves
    them in once whole (session 28: it truncated the file itself, losing the old rows
    until the run ended): a new inode with the old one's mode, nothing left beside."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(SAMPLE.read_bytes())
    assert _run(["annotate", "in", "-o", "out.jsonl", "-q"], tmp_path).returncode == 0
    os.chmod(tmp_path / "out.jsonl", 0o604)
    inode = os.stat(tmp_path / "out.jsonl").st_ino
    assert _run(["annotate", "in", "-o", "out.jsonl", "-q", "--force"], tmp_path).returncode == 0
    assert os.stat(tmp_path / "out.jsonl").st_ino != inode
    assert os.stat(tmp_path / "out.jsonl").st_mode & 0o777 == 0o604
    assert len(_rows(tmp_path / "out.jsonl")) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.jsonl"]


# --------------------------------------------------------------- the API in odd processes


def _echo(path: str, explain: bool) -> dict:
    return {"source": path, "errors": [], "pid": os.getpid()}


def _annotate_in_pool_worker(paths: list[str]) -> list[dict]:
    return list(govinfo_nlp.batch.annotate(paths, jobs=2, worker=_echo))


def test_annotate_with_jobs_inside_a_daemonic_process() -> None:
    """a01: a Pool worker (daemonic) calling annotate(jobs=2) got multiprocessing's
    'daemonic processes are not allowed to have children' for every row; it now annotates
    in itself: one row per input, in order."""
    paths = ["a.txt", "b.txt", "c.txt"]
    with multiprocessing.get_context("fork").Pool(1) as pool:
        rows = pool.map(_annotate_in_pool_worker, [paths])[0]
    assert [r["source"] for r in rows] == paths
    assert len({r["pid"] for r in rows}) == 1  # the pool worker itself


# --------------------------------------------------------------- hostile23's leftovers


def test_models_load_before_the_first_document_is_timed(monkeypatch: pytest.MonkeyPatch) -> None:
    """hostile23 b18: --max-seconds bounds a document's own CPU time, but loading the
    models counted against the first document of a process (--max-seconds 2 timed out a
    5 KB report). The run loads them with a warm-up parse before the first timer starts."""
    from govinfo_nlp import pipeline
    from govinfo_nlp.batch import document

    timing: list[bool] = []
    events: list[tuple[str, bool]] = []

    @contextlib.contextmanager
    def bound(seconds: int) -> Iterator[None]:
        timing.append(True)
        try:
            yield
        finally:
            timing.pop()

    real_parse = pipeline.parse

    def parse(*args: Any, source_name: str | None = None, **kwargs: Any) -> Any:
        events.append((str(source_name), bool(timing)))
        return real_parse(*args, source_name=source_name, **kwargs)

    monkeypatch.setattr(document, "_cpu_bound", bound)
    monkeypatch.setattr(pipeline, "parse", parse)
    rows = list(govinfo_nlp.batch.annotate([str(SAMPLE)], jobs=1, stages="tables"))
    assert [r["errors"] for r in rows] == [[]]
    assert events == [("warm-up", False), (str(SAMPLE), True)]


def _nested_mhtml(depth: int) -> bytes:
    parts = ['MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b0"\r\n\r\n']
    for k in range(1, depth):
        parts.append(f'--b{k - 1}\r\nContent-Type: multipart/related; boundary="b{k}"\r\n\r\n')
    parts.append(f"--b{depth - 1}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n")
    parts.append("<html><body><p>" + SAMPLE.read_text(encoding="utf-8") + "</p></body></html>\r\n")
    parts.extend(f"--b{k}--\r\n" for k in range(depth - 1, -1, -1))
    return "".join(parts).encode("utf-8")


def test_deep_mhtml_on_a_small_thread_stack_is_an_error_row(tmp_path: Path) -> None:
    """a02: an MHTML 3,000 multipart levels deep parsed in a thread with a 256 KiB stack
    (musl's threads have 128 KiB) overflowed the C stack in the email package: the process
    died (SIGSEGV), every later row lost. The parts are counted before the email package
    sees them: read.html, in any thread. Run in a child: a crash must not take pytest."""
    (tmp_path / "deep.mhtml").write_bytes(_nested_mhtml(3000))
    (tmp_path / "shallow.mhtml").write_bytes(_nested_mhtml(3))
    code = (
        "import json, sys, threading\n"
        "import govinfo_nlp\n"
        "threading.stack_size(256 * 1024)\n"
        "out = {}\n"
        "def work():\n"
        "    for name in ('deep.mhtml', 'shallow.mhtml'):\n"
        "        out[name] = govinfo_nlp.parse(name).to_dict()['errors']\n"
        "t = threading.Thread(target=work); t.start(); t.join()\n"
        "print(json.dumps(out))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-500:]
    errors = json.loads(done.stdout)
    assert [e.split(":")[0] for e in errors["deep.mhtml"]] == ["read.html"]
    assert "nest too deep" in errors["deep.mhtml"][0]
    assert errors["shallow.mhtml"] == []


def test_a_file_past_path_max_gets_its_own_row(tmp_path: Path) -> None:
    """hostile23 b14: a report 460 directories deep (a path of 4,600 bytes) had no row of
    its own: the walk stopped at the folder past PATH_MAX, which alone had one. The tree
    past it is listed by descriptors: the report gets its row (read.io: its name is too long
    to open), the folder none (it could be listed)."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "top.txt").write_bytes(SAMPLE.read_bytes())
    fd = os.open(src, os.O_RDONLY)
    try:
        for _ in range(460):
            os.mkdir("ddddddddd", dir_fd=fd)
            child = os.open("ddddddddd", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = child
        out = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(out, SAMPLE.read_bytes())
        os.close(out)
    finally:
        os.close(fd)
    paths = govinfo_nlp.batch.collect_inputs([str(src)])
    assert [os.path.basename(p) for p in paths] == ["deep.txt", "top.txt"]
    deep = next(p for p in paths if p.endswith("deep.txt"))
    row = govinfo_nlp.batch.annotate_one(deep, stages=["tables"])
    assert row["errors"][0].startswith("read.io:") and row["errors"][0].endswith("too long")


def test_c_locale_keeps_file_names(tmp_path: Path) -> None:
    """e02: under LC_ALL=C with PYTHONUTF8=0 (a minimal container, cron) the file names were
    decoded in ASCII: 报告甲.txt was '\\udce6\\udc8a...' in the row's source, the rows other
    than under a UTF-8 locale. The CLI reads names as the UTF-8 bytes they are."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "报告甲.txt").write_bytes(SAMPLE.read_bytes())
    cmd = [sys.executable, "-c", ENTRY, "annotate", "in", "-o", "结果.jsonl", "-q"]
    cmd += ["--stages", "tables"]
    env = dict(os.environ, PYTHONPATH=str(ROOT), LC_ALL="C", LANG="C", PYTHONUTF8="0")
    done = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert [r["source"] for r in _rows(tmp_path / "结果.jsonl")] == ["in/报告甲.txt"]


def test_a_failed_document_frees_what_it_held(monkeypatch: pytest.MonkeyPatch) -> None:
    """hostile23 p03 (the brief's leftover): in a --jobs 1 run, after a font map ran out of
    memory, the next PDFs failed with MemoryError too (they read fine alone): what the
    failed document built (pdfminer's objects refer to each other) waited in reference
    cycles for a full collection. A failed document's cycles are collected before the
    next document starts (reproduced: the 2^32-code map with the font budget lifted, 2.4 GB
    of address space: VmSize back to 228 MB, the next PDF read)."""
    import gc
    import weakref

    from govinfo_nlp import pipeline

    held: list[weakref.ref[Any]] = []

    class Font:
        pass

    def parse(*args: Any, **kwargs: Any) -> Any:
        font = Font()
        font.document = font  # a cycle, as pdfminer's parser, document and fonts make
        held.append(weakref.ref(font))
        raise MemoryError

    monkeypatch.setattr(pipeline, "parse", parse)
    gc.disable()  # only the batch's own collection may free the cycle
    try:
        row = govinfo_nlp.batch.annotate_one(str(SAMPLE))
        assert held and held[0]() is None
    finally:
        gc.enable()
    assert row["errors"] == [
        "parse.failed: MemoryError: the document needs more memory than this process may take"
    ]
