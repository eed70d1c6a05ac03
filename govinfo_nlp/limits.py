"""Bounds on what one document may cost, so that hostile input cannot exhaust a machine.

A document over a bound is not guessed at: it gets an error (too large) or a
warning naming the part left unread (a table too large to lay out), and the
batch goes on. Every bound can be raised for a trusted corpus:
``parse(source, limits=Limits(max_bytes=...))``, ``annotate(..., limits=...)``,
or ``govinfo-nlp annotate --max-bytes N --max-table-cells N`` (``--max-pages``,
``--max-ocr-pages``, ``--max-facts``, ``--max-page-chars``).
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Final

from .errors import BadArgument, BadArgumentType

__all__ = [
    "DEFAULT_LIMITS",
    "Limits",
    "OutOfTime",
    "checkpoint",
    "expire",
    "other_bounds",
    "seconds_left",
    "time_bound",
]


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-document bounds.

    ``max_bytes``: the largest input read, in bytes (a ``str``: its UTF-8
    size). Real reports are well under 5 MB even as whole saved pages;
    the default, 32 MiB, keeps peak memory near 20x that in the worst case.
    It bounds the XML unpacked from a DOCX too: a zip bomb of a few hundred
    KB unpacks to gigabytes.

    ``max_pages``: the most pages read from a PDF. A report has tens; a PDF
    of 32 MiB may hold 200,000 tiny pages, about half an hour of reading.

    ``max_ocr_pages``: the most pages of a PDF read by OCR. OCR takes about
    15 s a page, so a scan of a few hundred pages would hold a worker for
    hours; a scanned report has tens. The pages after the bound are left
    unread and named in a ``read.ocr_page_limit`` warning.

    ``max_facts``: the most narrative facts read from a document. A report
    states a few hundred; 32 MiB of 收到申请5件。 states nearly two million, each
    several KB while it is decided (gigabytes, minutes). The prose after the
    bound is left unread for facts and named in a ``facts.limit`` warning.

    ``max_page_chars``: the most characters one PDF page may draw, counted on
    its content before the page is read. A page of a report draws a few
    thousand; one of a million (25 MB of content, under ``max_bytes``) took
    2.4 GB, pdfplumber building a dict of each (hostile21 p05). A page over the
    bound makes the document a ``read.too_large`` error.

    ``max_table_cells``: the largest HTML table laid out, counted as the
    grid cells its rowspans and colspans cover (a span is clipped to the
    table's rows first, as browsers do). A real disclosure table covers a
    few hundred cells; ``rowspan="1000" colspan="1000"`` on a few cells
    would cover millions, and is left unread with a warning.

    ``max_seconds``: the most CPU seconds spent on one document, by
    ``parse`` as by a batch (``annotate``, ``annotate_chunk``, ``govinfo-nlp
    annotate``). A report takes seconds (OCR's tesseract runs in processes of
    its own, not counted); a reader caught in a loop of a hostile file (a PDF
    whose stream length refers to itself: hostile19 h09) would hold the batch
    forever. The document gets a ``parse.timeout`` error (a batch's row, or
    the report ``parse`` returns) and the batch goes on. The bound is the
    thread's own CPU clock, compared at checkpoints the pipeline passes
    (between stages; per page, table, row and stretch of prose inside them:
    :func:`checkpoint`), in any thread. A batch document in a process's main
    thread (batch workers, the CLI) is bounded by a CPU timer's signal as
    well, which also stops Python code between checkpoints. A loop inside C
    code that never returns to Python is stopped by neither. ``parse`` counts
    loading the models on a first call; a batch loads them before its first
    document's bound starts. The clock counts only the time the thread runs (a
    thread waiting for the GIL sleeps and is not counted), but that time grows
    when the process's other threads parse too: each hand-over of the GIL (every
    5 ms, ``sys.getswitchinterval()``) leaves the caches to the other threads'
    data. Measured (``benchmarks/bench_thread_clock.py``, session 30): a
    document of 1.15 s alone read 1.35-1.5 s among three parsing threads; the
    scheduler's own count agrees with the clock. On a loaded machine more; set
    the bound with room for it (a few times what a document takes alone).
    """

    max_bytes: int = 32 * 1024 * 1024
    max_table_cells: int = 50_000
    max_pages: int = 2_000
    max_ocr_pages: int = 50
    max_facts: int = 20_000
    max_seconds: int = 900
    max_page_chars: int = 100_000

    def __post_init__(self) -> None:
        for name in (
            "max_bytes",
            "max_table_cells",
            "max_pages",
            "max_ocr_pages",
            "max_facts",
            "max_seconds",
            "max_page_chars",
        ):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise BadArgumentType(f"{name} must be an int, not {type(value).__name__}")
            if value < 1:
                raise BadArgument(f"{name} must be >= 1, got {value}")


DEFAULT_LIMITS: Final = Limits()


class OutOfTime(BaseException):
    """A document used more CPU time than ``Limits.max_seconds``.

    Not an ``Exception``: a reader's ``except Exception`` (which turns a part it
    cannot read into a warning) and a stage's (which turns a failed stage into an
    error entry) must not swallow it; ``parse`` and the batch turn it into the
    document's ``parse.timeout`` error."""

    def __init__(self, seconds: int) -> None:
        super().__init__(seconds)
        self.seconds = seconds

    def __str__(self) -> str:
        return (
            f"more than {self.seconds} s of CPU time on this document; left unread "
            "(a hostile or broken file; raise the bound with --max-seconds or "
            "Limits(max_seconds=...))"
        )


class _Deadline:
    """One document's CPU time bound: the thread's CPU clock at which it ends.

    The thread's own clock (``time.thread_time``), so that a document parsed in a
    server's thread is not charged for its neighbours' work, and the same document
    times out alike in any thread."""

    __slots__ = ("end", "expired", "passed", "seconds")

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        self.end = time.thread_time() + seconds
        self.passed = 0
        # set by a CPU timer that found the time up: the next checkpoint raises
        self.expired = False

    def check(self) -> None:
        # the clock is read at every _STRIDE-th checkpoint: a reading costs about half a
        # microsecond, and the hot loops (a row label, a fact candidate) pass one each
        self.passed += 1
        if self.expired or (not self.passed % _STRIDE and time.thread_time() > self.end):
            raise OutOfTime(self.seconds)


#: How many checkpoints pass between two readings of the clock: the work between two
#: checkpoints is at most a page, a table or a row, so 16 of them are milliseconds.
_STRIDE: Final = 16


#: The time bound of the document this context (this thread, or this task) is parsing.
#: Held in a context variable, not passed down: the checkpoints sit deep in the readers,
#: the tables and the facts, whose functions take no engine or limits. No value is set
#: at import, and none is seen by another thread: each has a context of its own, and
#: :func:`time_bound` resets the value it set when the document ends, however it ends.
_DEADLINE: Final[ContextVar[_Deadline | None]] = ContextVar("govinfo_nlp_deadline", default=None)


@contextmanager
def time_bound(seconds: int) -> Iterator[bool]:
    """Bound the CPU time of the work inside the block, at :func:`checkpoint`: one past
    the bound raises :class:`OutOfTime`. Yields whether this block set the bound: inside
    another block the outer bound holds (a parse inside a batch's document is one
    document), and the outer block's owner turns :class:`OutOfTime` into the error."""
    if _DEADLINE.get() is not None:
        yield False
        return
    token = _DEADLINE.set(_Deadline(seconds))
    try:
        yield True
    finally:
        _DEADLINE.reset(token)


def seconds_left() -> float | None:
    """The CPU seconds this thread's document has left (None: no bound holds here)."""
    deadline = _DEADLINE.get()
    return None if deadline is None else deadline.end - time.thread_time()


def expire() -> None:
    """Make the next checkpoint of this context's document raise :class:`OutOfTime` (a CPU
    timer that found the time up: the checkpoint raises in the pipeline's own code)."""
    deadline = _DEADLINE.get()
    if deadline is not None:
        deadline.expired = True


def checkpoint() -> None:
    """Raise :class:`OutOfTime` if the document being parsed has used up its CPU time.

    Called where the pipeline passes often but not too often (between stages; per page,
    table, row label, fact candidate): a ContextVar read and a count, and at every
    16th call a reading of the thread's CPU clock (a system call: 0.5-2 µs). Outside a
    parse, a ContextVar read and a None check."""
    deadline = _DEADLINE.get()
    if deadline is not None:
        deadline.check()


#: Each bound's flag, as the message of an error or warning it caused names it (read.py,
#: the readers, the pipeline, batch/document.py), and the bound that message states:
#: "(5,055 > 5,000 bytes)", "(more than 2,000)", "more than 2 facts", "the bound of 50 pages".
_FLAGS: Final = {
    "--max-bytes": "max_bytes",
    "--max-table-cells": "max_table_cells",
    "--max-pages": "max_pages",
    "--max-ocr-pages": "max_ocr_pages",
    "--max-facts": "max_facts",
    "--max-seconds": "max_seconds",
    "--max-page-chars": "max_page_chars",
}
_STATED: Final = re.compile(r"(?:more than |> |bound of )(\d[\d,]*)")


def other_bounds(row: Mapping[str, Any], limits: Limits) -> str | None:
    """What in an annotate row says it was made under other bounds than ``limits``
    (None: nothing does).

    A row keeps no record of its bounds, only the traces of those it met: an
    error or warning naming the flag and the bound it stated, or more facts than
    ``max_facts`` allows, or a good row of a file larger than ``max_bytes``. A
    ``--resume`` with other bounds would otherwise keep such a row beside rows of
    the new bounds (hostile20 r03, r10: a ``read.too_large`` row of ``--max-bytes
    5000`` kept after resuming with the default).
    """
    for message in (*(row.get("errors") or ()), *(row.get("warnings") or ())):
        if not isinstance(message, str):
            continue
        for flag, field in _FLAGS.items():
            if flag not in message or not (stated := _STATED.search(message)):
                continue
            bound = int(stated.group(1).replace(",", ""))
            if bound != getattr(limits, field):
                return f"with {flag} {bound} (this run: {getattr(limits, field)})"
    facts = row.get("facts")
    if isinstance(facts, list) and len(facts) > limits.max_facts:
        return f"with {len(facts)} facts (this run's --max-facts: {limits.max_facts})"
    source = row.get("source")
    if not row.get("errors") and isinstance(source, str):
        try:
            size = os.stat(source).st_size
        except (OSError, ValueError):
            return None
        if size > limits.max_bytes:
            return f"from {size:,} bytes (this run's --max-bytes: {limits.max_bytes:,})"
    return None
