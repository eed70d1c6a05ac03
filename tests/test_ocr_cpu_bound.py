"""tesseract's bound is CPU time, set in the child, not a wall clock (session 24, robust24).

A wall-clock timeout of 120 s on each tesseract run made the output depend on the machine's
load: the two-up scan formats5 h02 lost its text, year and template when the machine was
busy (hostile24 s04: the same file read with the run stopped 0.9 s of every second gave
another row). The bound is now RLIMIT_CPU on the child (a child that waits is not killed, one
that works past it is), tesseract runs on one OpenMP thread (threads spinning under load are
CPU time spent on nothing), and a wall-clock backstop stays far above. These tests run
``run_bounded`` on small Python children, so they need no tesseract; no timing assertion.
"""

from __future__ import annotations

import sys

import pytest

from govinfo_nlp.errors import UnreadableDocument
from govinfo_nlp.readers import ocr


def test_a_child_that_waits_is_not_killed_by_the_cpu_bound() -> None:
    """The bound is CPU time: a child that sleeps past it (as a tesseract run on a loaded
    machine waits for a core) ends normally and its output is kept."""
    code = "import time, sys; time.sleep(2.5); sys.stdout.write('done')"
    out = ocr.run_bounded([sys.executable, "-c", code], b"", cpu_seconds=1, wall_seconds=600)
    assert out == b"done"


def test_a_child_that_works_past_the_cpu_bound_is_stopped() -> None:
    """A child that spins past its CPU seconds is killed by the kernel: an ``ocr`` error
    (the page a read.ocr_failed warning), never its partial output taken as the page's."""
    code = "import sys; sys.stdout.write('partial'); sys.stdout.flush()\nwhile True: pass"
    with pytest.raises(UnreadableDocument, match="CPU time") as caught:
        ocr.run_bounded([sys.executable, "-c", code], b"", cpu_seconds=1, wall_seconds=600)
    assert caught.value.code == "ocr"


def test_tesseract_runs_on_one_thread() -> None:
    """OpenMP threads spin while they wait: under load that is CPU time spent on nothing,
    which would count against the bound. The child gets OMP_THREAD_LIMIT=1."""
    code = "import os, sys; sys.stdout.write(os.environ.get('OMP_THREAD_LIMIT', 'unset'))"
    out = ocr.run_bounded([sys.executable, "-c", code], b"", cpu_seconds=10, wall_seconds=600)
    assert out == b"1"


def test_a_missing_program_is_an_ocr_error() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        ocr.run_bounded(["/nonexistent/tesseract"], b"", cpu_seconds=10, wall_seconds=600)
    assert caught.value.code == "ocr"
