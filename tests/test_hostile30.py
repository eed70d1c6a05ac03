"""hostile30's findings (session 30, robust30), each a test that fails on the code before.

* A helper program's output was read whole into the worker: a fake or broken converter
  writing GiBs to its standard error or output (p01, p02) held them all, then joined them.
  Standard output is now bounded (past it the program is stopped and the document is an
  error); standard error keeps its first MiB, the rest is read and dropped.

No timing assertion.
"""

from __future__ import annotations

import shutil

import pytest

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
