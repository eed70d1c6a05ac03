"""hostile30's findings (session 30, robust30), each a test that fails on the code before.

* A helper program's output was read whole into the worker: a fake or broken converter
  writing GiBs to its standard error or output (p01, p02) held them all, then joined them.
  Standard output is now bounded (past it the program is stopped and the document is an
  error); standard error keeps its first MiB, the rest is read and dropped.
* A document in flight when a worker died was re-run alone once: a second kill from outside
  during that run made it the culprit (w02: ``worker.crashed`` for a good report). It now
  gets a second run alone; one that kills its worker itself still does so each time.

No timing assertion.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from govinfo_nlp import batch
from govinfo_nlp.batch.document import error_row
from govinfo_nlp.errors import UnreadableDocument
from govinfo_nlp.readers import bounded

needs_sh = pytest.mark.skipif(
    not (shutil.which("sh") and shutil.which("head")), reason="needs sh and head"
)


@needs_sh
def test_a_program_flooding_its_standard_output_is_stopped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bounded, "_MAX_STDOUT", 1 << 20)
    with pytest.raises(UnreadableDocument, match="more than 1 MiB to its standard output"):
        bounded.run_bounded(
            ["sh", "-c", "head -c 5000000 /dev/zero"], cpu_seconds=60, wall_seconds=600, code="x"
        )


@needs_sh
def test_a_program_flooding_its_standard_error_keeps_its_first_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bounded, "_MAX_STDERR", 1 << 16)
    done = bounded.run_bounded(
        ["sh", "-c", "echo first words >&2; head -c 5000000 /dev/zero >&2; echo out"],
        cpu_seconds=60,
        wall_seconds=600,
        code="x",
    )
    assert done.returncode == 0
    assert done.stdout == b"out\n"
    assert len(done.stderr) == 1 << 16
    assert done.stderr.startswith(b"first words\n")


@needs_sh
def test_output_under_the_bounds_is_whole() -> None:
    done = bounded.run_bounded(
        ["sh", "-c", "head -c 3000000 /dev/zero; head -c 300000 /dev/zero >&2"],
        cpu_seconds=60,
        wall_seconds=600,
        code="x",
    )
    assert (len(done.stdout), len(done.stderr)) == (3_000_000, 300_000)


def _dies_twice(path: str, explain: bool) -> dict[str, Any]:
    """A worker that dies the first two times it is given a file holding "KILLED" (as if
    killed from outside, once in the batch and once in its run alone), and reads it after."""
    data = Path(path).read_bytes()
    if b"KILLED" in data:
        with open(path + ".tries", "ab") as tries:
            tries.write(b"x")
        if os.path.getsize(path + ".tries") <= 2:
            os._exit(9)
    row = error_row(path, "x.y", "z")
    row["errors"] = []
    return row


def _always_dies(path: str, explain: bool) -> dict[str, Any]:
    if path.endswith("killer.txt"):
        os._exit(9)
    row = error_row(path, "x.y", "z")
    row["errors"] = []
    return row


def test_a_document_killed_again_in_its_run_alone_gets_a_second_one(tmp_path: Path) -> None:
    paths = []
    for name, text in (("a.txt", b"a"), ("b.txt", b"KILLED"), ("c.txt", b"c"), ("d.txt", b"d")):
        (tmp_path / name).write_bytes(text)
        paths.append(str(tmp_path / name))
    rows = list(batch.annotate(paths, jobs=2, worker=_dies_twice, window=4))
    assert [r["source"] for r in rows] == paths
    assert [r["errors"] for r in rows] == [[], [], [], []]
    assert (tmp_path / "b.txt.tries").read_bytes() == b"xxx"


def test_a_document_that_kills_its_worker_each_time_is_the_culprit(tmp_path: Path) -> None:
    paths = []
    for name in ("a.txt", "killer.txt", "c.txt"):
        (tmp_path / name).write_bytes(b"x")
        paths.append(str(tmp_path / name))
    rows = list(batch.annotate(paths, jobs=2, worker=_always_dies, window=4))
    assert [r["errors"][0].split(":")[0] if r["errors"] else None for r in rows] == [
        None,
        "worker.crashed",
        None,
    ]
