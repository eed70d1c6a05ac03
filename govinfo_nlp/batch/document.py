"""One document → one SCHEMA §5 row, whatever happens inside the pipeline."""

from __future__ import annotations

import gc
import logging
import os
import signal
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ..about import SCHEMA_VERSION, __version__
from ..limits import DEFAULT_LIMITS, Limits, OutOfTime, expire, seconds_left, time_bound
from ..notices import Notice

if TYPE_CHECKING:
    from ..engine import Engine

__all__ = ["annotate_one", "error_row", "row_is_readable"]

logger = logging.getLogger(__name__)


def error_row(source: str, code: str, message: str) -> dict[str, Any]:
    """A row for a document the pipeline could not return; errors as "<code>: message".

    The codes follow the pipeline's "<stage>.<what>" convention: ``parse.failed``
    (an exception escaped ``parse``), ``parse.timeout`` (more CPU time than
    ``Limits.max_seconds``) and ``worker.crashed`` (the process died).
    """
    return {
        "id": None,
        "source": source,
        "template": None,
        "govinfo_nlp_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "models": {},
        "stages": [],
        "metadata": {},
        "sections": [],
        "tables": {},
        "tables_unread": [],
        "tables_derived": [],
        "tables_placed": [],
        "checks": [],
        "facts": [],
        "reconciliation": [],
        "warnings": [],
        "errors": [f"{code}: {message}"],
        "notices": [{"level": "error", **Notice(code, message).to_dict()}],
    }


#: The longest CPU timer set (a century): setitimer takes a C time, which 10**30 s overflows.
_TIMER_MAX: Final = 100 * 365 * 24 * 3600
#: CPU seconds the timer waits, once the document's time is up, for a checkpoint to stop
#: it before it raises itself (and again, if what it raised was dropped).
_GRACE: Final = 1.0


@contextmanager
def _cpu_bound(seconds: int) -> Iterator[None]:
    """Bound this document's CPU time: :class:`~govinfo_nlp.limits.OutOfTime` once it
    has used ``seconds``.

    In any thread the pipeline's checkpoints compare the thread's own CPU clock with the
    bound (:func:`~govinfo_nlp.limits.time_bound`). Session 25 bounded a thread that is
    not the main one (``annotate()`` from a web server's thread, a Dask worker thread;
    no signal reaches it) by a watcher raising an asynchronous exception in it, which
    Python drops where it lands inside a gc callback ("Exception ignored in
    gc_callback"), and the document then ran with no bound at all. In a process's main
    thread on POSIX (batch workers, the CLI) a CPU timer's signal bounds it as well:
    it stops Python code between checkpoints too (a reader's loop the checkpoints miss).

    The timer counts the process's CPU time, the bound the thread's: when it fires before
    the document's own time is up (other threads of the process worked meanwhile: a server's
    other requests took a main-thread document to parse.timeout, hostile26 a02), it is set
    again for what is left. When the time is up it makes the next checkpoint raise and waits
    :data:`_GRACE` more for it, in the pipeline's own code; only then does it raise where the
    thread is, which may be a gc callback that drops the exception ("Exception ignored in",
    hostile26 a01): it is then set again to raise once more.
    """
    with time_bound(seconds):
        if (
            seconds > _TIMER_MAX
            or threading.current_thread() is not threading.main_thread()
            or not hasattr(signal, "setitimer")
        ):
            # (a bound past what the timer holds is no timer: hostile21 a05, --max-seconds
            # 10**30 was an OverflowError, each document a parse.failed row)
            yield
            return

        late: list[bool] = []

        def on_timer(signum: int, frame: Any) -> None:
            left = seconds_left()
            if left is not None and left > 0:
                signal.setitimer(signal.ITIMER_PROF, max(left, 0.01))
                return
            if not late:
                late.append(True)
                expire()  # the next checkpoint raises, whatever its stride
                signal.setitimer(signal.ITIMER_PROF, _GRACE)
                return
            if _where_dropped(frame):
                # an exception raised here would be dropped: once more, soon
                signal.setitimer(signal.ITIMER_PROF, _SOON)
                return
            signal.setitimer(signal.ITIMER_PROF, _GRACE)
            raise OutOfTime(seconds)

        previous = signal.signal(signal.SIGPROF, on_timer)
        theirs = signal.setitimer(signal.ITIMER_PROF, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, previous)
            # The caller's own CPU timer (a sampling profiler's, whose handler was just put
            # back) is set again as it was: it was cancelled, and the profiler went silent
            # after the first annotate() (hostile27 a01). It did not run during the document.
            value, interval = theirs
            if value > 0 or interval > 0:
                signal.setitimer(signal.ITIMER_PROF, value if value > 0 else interval, interval)


#: CPU seconds after which a timer that found itself where Python drops exceptions fires again.
_SOON: Final = 0.05


def _where_dropped(frame: Any) -> bool:
    """Whether ``frame`` runs inside a gc callback or a ``__del__``, where an exception is
    printed as "Exception ignored in" and dropped (hostile26 a01: a callback that takes
    time held the thread when the timer fired, three times over)."""
    codes = set()
    for callback in gc.callbacks:
        code = getattr(getattr(callback, "__func__", callback), "__code__", None)
        if code is not None:
            codes.add(code)
    depth = 0
    while frame is not None and depth < 200:
        if frame.f_code in codes or frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
        depth += 1
    return False


def annotate_one(
    source: str | os.PathLike[str],
    *,
    explain: bool = False,
    stages: Iterable[str] | None = None,
    engine: Engine | None = None,
    limits: Limits | None = None,
    with_text: bool = False,
) -> dict[str, Any]:
    """Parse one input file into its SCHEMA §5 row; never raises for the document's sake.

    ``source`` in the row is the path as given. An exception inside the
    pipeline becomes an error entry ``"parse.failed: <exception>"``.
    Without ``explain`` the facts' ``explanation`` lists are left out. With
    ``with_text`` the row holds the text its offsets index (``text``): for
    PDF, DOCX and the other binary formats, the extracted text.
    ``stages``, ``engine`` and ``limits`` are passed to
    :func:`~govinfo_nlp.pipeline.parse` (default: all stages, the default engine).
    A document that takes more than ``limits.max_seconds`` of CPU time gets a
    ``parse.timeout`` error row (see :class:`~govinfo_nlp.limits.Limits`).
    """
    name = os.fspath(source)
    seconds = (limits or DEFAULT_LIMITS).max_seconds
    failed = None
    try:
        from .. import pipeline

        with _cpu_bound(seconds):
            report = pipeline.parse(
                Path(name), source_name=name, stages=stages, engine=engine, limits=limits
            )
            # without explain, the explanations are left out as the row is built (no second walk)
            row: dict[str, Any] = report.to_dict(explain=explain)
    except OutOfTime as exc:
        logger.warning("out of time on %s", name)
        failed = error_row(name, "parse.timeout", str(exc))
    except Exception as exc:  # one document must never stop a batch
        # the log gets the text, not the exception: a record kept by a handler would keep
        # its traceback, and with it every object the failed document built
        logger.warning("internal error on %s: %s", name, repr(exc))
        failed = error_row(name, "parse.failed", _failure(exc))
    if failed is not None:
        # What the document had built is freed before the next one starts: pdfminer's
        # parser, document and fonts refer to each other, and such cycles wait for a full
        # collection that a process of long-lived objects runs seldom. After a font map
        # that ran out of memory, the next PDFs of a --jobs 1 run failed with MemoryError
        # too, the 2 GB still held (hostile23 p03; a collection gives them back).
        gc.collect()
        return failed
    row["source"] = name
    if with_text:
        row["text"] = report.text
    return row


def _failure(exc: Exception) -> str:
    if isinstance(exc, MemoryError) and not str(exc):
        return "MemoryError: the document needs more memory than this process may take"
    return f"{type(exc).__name__}: {exc}"


def row_is_readable(row: Mapping[str, Any]) -> bool:
    """Whether some text was read from the input (it may still carry errors)."""
    if not row.get("errors"):
        return True
    return bool(row.get("sections") or row.get("facts") or row.get("tables"))
