"""Many documents, in input order, over worker processes that may die."""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final

from ..errors import BadArgument, BadArgumentType
from ..limits import Limits
from .document import annotate_one, error_row
from .inputs import collect_inputs, is_dir

if TYPE_CHECKING:
    from ..engine import Engine

__all__ = ["annotate"]

logger = logging.getLogger(__name__)

#: A tiny report parsed once per worker so that every model is loaded up front.
_WARM_UP_TEXT: Final = "一、总体情况\n本机关全年办结政府信息公开申请2件，行政复议1件。\n"


#: How often a worker checks that the process that started it is alive.
_PARENT_POLL_SECONDS: Final = 0.5

#: How often the run, waiting for a row, checks that no worker died unseen (see :func:`_result`).
_WATCH_SECONDS: Final = 1.0

#: How many times a document that was in flight when a worker died is run alone, each
#: death of its worker a try, before it is the culprit (``worker.crashed``). One try made a
#: document the culprit of a second kill from outside (an admin, the OOM killer under
#: another process's pressure) that hit during its run alone (hostile30 w02); a document
#: that kills its worker itself does so each time.
_ALONE_TRIES: Final = 2

#: How long an ended worker (SIGTERM) may take to exit before it is killed (SIGKILL).
_END_GRACE_SECONDS: Final = 5.0

#: How long the pool's manager thread may take to fail the documents in flight once its
#: workers are ended and its result pipe closed: it has nothing left to wait for.
_BREAK_GRACE_SECONDS: Final = 60.0


def _worker_init(engine: Engine | None = None, parent: int | None = None) -> None:
    """Load the engine's models once per worker process, by parsing a tiny report.

    With ``parent`` (the pid of the process that starts the pool), the worker
    also ends when that process dies, even by ``kill -9``: no idle worker is
    left behind.
    """
    import signal

    # a forked worker inherits the CLI's SIGTERM handler (cli._stop_once): a worker told
    # to end ends, as before, and the run sees it as a worker gone. A run started with
    # SIGTERM ignored (`trap '' TERM`, a supervisor's) keeps it ignored in its workers too,
    # as a POSIX program's children do: they died of a SIGTERM to the group while the run
    # went on, and their documents were parsed again (session 29). The run ends them with
    # SIGKILL then (_break).
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_IGN:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # Ctrl-C reaches the whole process group: a worker that raised KeyboardInterrupt when
    # idle or in this initializer printed a traceback (hostile24 s02). The process that
    # started the pool is interrupted and ends its workers (_end_workers).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # forked with both held (_signals_held): a SIGTERM sent meanwhile ends it now
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    if parent is not None:
        _exit_with_parent(parent)
    try:
        from .. import pipeline

        pipeline.parse(_WARM_UP_TEXT, source_name="warm-up", engine=engine)
    except Exception as exc:  # the first parse will report it per document
        logger.warning("worker initialisation failed: %r", exc)


def _exit_with_parent(parent: int) -> None:
    """End this process soon after ``parent`` dies.

    A daemon thread polls ``os.getppid()``, which changes when the parent dies
    (the orphan is re-parented). Unlike ``prctl(PR_SET_PDEATHSIG)`` this is
    portable across POSIX systems and does not fire when merely the thread
    that created the worker ends. On Windows, where orphans keep their
    parent's id, it does nothing.
    """
    if sys.platform == "win32":  # pragma: no cover
        return
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="govinfo-parent-watch", daemon=True).start()


def _worker(
    source: str,
    explain: bool,
    *,
    stages: tuple[str, ...] | None = None,
    engine: Engine | None = None,
    limits: Limits | None = None,
    with_text: bool = False,
) -> dict[str, Any]:
    # The engine travels with each task: it pickles to its content (rules'
    # text, counters, model location) and the worker builds it once.
    return annotate_one(
        source, explain=explain, stages=stages, engine=engine, limits=limits, with_text=with_text
    )


def _expand(inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    if isinstance(inputs, str | os.PathLike):
        items: list[Any] = [inputs]
    elif isinstance(inputs, Iterable) and not isinstance(inputs, bytes):
        items = list(inputs)
    else:
        raise BadArgumentType(
            f"inputs must be a path or an iterable of paths, not {type(inputs).__name__}"
        )
    out: list[str] = []
    for item in items:
        if not isinstance(item, str | os.PathLike):
            raise BadArgumentType(f"an input must be a path, not {type(item).__name__}")
        if is_dir(item):
            out.extend(collect_inputs([item]))
        else:
            out.append(os.fspath(item))
    return out


def annotate(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    explain: bool = False,
    window: int | None = None,
    worker: Callable[[str, bool], dict[str, Any]] | None = None,
    stages: Iterable[str] | str | None = None,
    engine: Engine | None = None,
    limits: Limits | None = None,
    with_text: bool = False,
) -> Iterator[dict[str, Any]]:
    """Annotate every input file; yield one row per input, in input order.

    ``inputs`` are file paths or directories (a directory means every
    .txt/.htm/.html/.mhtml/.mht/.pdf/.docx/.doc/.wps under it, and images where OCR is
    installed, sorted; see :func:`collect_inputs`). ``with_text``: each row
    carries the text its offsets index (see :func:`annotate_one`). A path
    that cannot be read gives a row with ``errors``, like any unreadable
    document.
    ``jobs > 1`` parses in that many worker processes, each loading the
    models once; at most ``window`` (default ``4 * jobs``) documents are in
    flight, and each row is yielded as soon as its predecessors are done.
    A worker process that dies takes its in-flight documents with it: they
    are re-run one at a time in a fresh pool, and the one that kills it
    again, twice, gets a ``"worker.crashed: ..."`` error row. ``worker`` replaces the
    per-document function (tests; it must be picklable for ``jobs > 1``).
    ``stages`` selects the pipeline stages, as in :func:`~govinfo_nlp.pipeline.parse`
    (an unknown stage is a :class:`GovinfoError`). ``engine`` (default: the
    default engine, as it is now) is the one every worker runs with, whatever
    the start method (fork or spawn).
    ``limits`` bounds each document (see :class:`~govinfo_nlp.limits.Limits`).
    Bad arguments raise :class:`~govinfo_nlp.errors.GovinfoError` at the call.
    """
    _check_count("jobs", jobs)
    if window is not None:
        _check_count("window", window)
    if worker is not None and not callable(worker):
        raise BadArgumentType(f"worker must be callable, not {type(worker).__name__}")
    if limits is not None and not isinstance(limits, Limits):
        raise BadArgumentType(f"limits must be a Limits, not {type(limits).__name__}")
    chosen = None
    if stages is not None:
        from ..pipeline import resolve_stages

        chosen = resolve_stages(stages)
    if engine is None:
        from ..engine import default_engine

        engine = default_engine()
    work = worker or functools.partial(
        _worker, stages=chosen, engine=engine, limits=limits, with_text=with_text
    )
    warm = None if worker is not None else functools.partial(_warm_up, engine, chosen)
    return _annotate(_expand(inputs), jobs, explain, window or 4 * jobs, work, engine, warm)


def _warm_up(engine: Engine, stages: tuple[str, ...] | None) -> None:
    """Load the models this run's stages need before its first document is timed.

    A document's ``max_seconds`` is its own CPU time: loading the models counted
    against the first one of a process (hostile23 b18: with --max-seconds 2, a 5 KB
    report was parse.timeout). Worker processes load them in :func:`_worker_init`.
    """
    try:
        from .. import pipeline

        pipeline.parse(_WARM_UP_TEXT, source_name="warm-up", stages=stages, engine=engine)
    except Exception as exc:  # the first parse will report it per document
        logger.warning("initialisation failed: %r", exc)


def _annotate(
    paths: list[str],
    jobs: int,
    explain: bool,
    window: int,
    work: Callable[[str, bool], dict[str, Any]],
    engine: Engine,
    warm: Callable[[], None] | None = None,
) -> Iterator[dict[str, Any]]:
    if jobs == 1 or len(paths) <= 1 or not _may_have_children():
        if paths and warm is not None:
            warm()
        for path in paths:
            yield _safe_call(work, path, explain)
        return
    yield from _annotate_parallel(paths, jobs, explain, window, work, engine)


def _may_have_children() -> bool:
    """Whether this process may start worker processes.

    A daemonic process (a ``multiprocessing.Pool`` worker, where a pipeline calls
    ``annotate(jobs=2)``) may not: every row was lost to multiprocessing's
    ``AssertionError: daemonic processes are not allowed to have children``
    (hostile24 a01). Such a process annotates in itself, one document at a time.
    """
    import multiprocessing

    if multiprocessing.current_process().daemon:
        logger.warning("a daemonic process cannot start workers; annotating in this process")
        return False
    return True


def _check_count(name: str, value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise BadArgumentType(f"{name} must be an int, not {type(value).__name__} ({value!r})")
    if value < 1:
        raise BadArgument(f"{name} must be >= 1, got {value}")


def _safe_call(
    work: Callable[[str, bool], dict[str, Any]], path: str, explain: bool
) -> dict[str, Any]:
    try:
        return work(path, explain)
    except Exception as exc:
        return error_row(path, "parse.failed", f"{type(exc).__name__}: {exc}")


def _start_method() -> str:
    """ "fork" on Linux when this process runs no other thread (cheap start, inherited
    imports and models), else "spawn" (fork with threads can deadlock)."""
    import threading

    if sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _ping() -> bool:
    return True


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM wait (blocked in this thread) while the pool starts its workers.

    A fork runs Python code in the parent after it (``os.register_at_fork`` hooks: logging
    releases its lock): an interrupt raised there was printed as "Exception ignored in:
    <function _releaseLock>" with a traceback (hostile29 s03, Ctrl-C once the workers
    existed). Held, it is raised when the workers have started, here. The threads the pool
    starts meanwhile keep them blocked (signals go to the main thread); the workers unblock
    them in :func:`_worker_init`.
    """
    import signal

    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _annotate_parallel(
    paths: Sequence[str],
    jobs: int,
    explain: bool,
    window: int,
    work: Callable[[str, bool], dict[str, Any]],
    engine: Engine,
) -> Iterator[dict[str, Any]]:
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context(_start_method())

    def new_pool() -> ProcessPoolExecutor | None:
        """A fresh pool whose workers answer; None when workers cannot start at all
        (e.g. "spawn" from an interactive ``<stdin>`` main)."""
        fresh = ProcessPoolExecutor(
            max_workers=min(jobs, len(paths)),
            mp_context=context,
            initializer=_worker_init,
            initargs=(engine, os.getpid()),
        )
        try:
            with _signals_held():
                ping = fresh.submit(_ping)  # starts the workers
            _result(fresh, ping)
        except BrokenProcessPool:
            fresh.shutdown(wait=False, cancel_futures=True)
            logger.warning("worker processes cannot start; annotating in this process")
            return None
        except BaseException:  # an interrupt while the workers start
            _end_workers(fresh)
            raise
        return fresh

    pool = new_pool()
    if pool is None:
        for path in paths:
            yield _safe_call(work, path, explain)
        return
    pending = deque(enumerate(paths))
    inflight: deque[tuple[int, str, Future[dict[str, Any]]]] = deque()
    suspects: deque[tuple[int, str]] = deque()
    alone: dict[int, int] = {}  # a suspect's worker deaths while it ran alone
    done: dict[int, dict[str, Any]] = {}
    next_out = 0
    finished = False
    try:
        while next_out < len(paths):
            if pool is None:
                rest = sorted([*suspects, *pending])
                suspects.clear()
                pending.clear()
                for index, path in rest:
                    done[index] = _safe_call(work, path, explain)
            elif suspects:
                # After a crash: run the documents that were in flight one by one,
                # so the one that kills a worker again is identified.
                index, path = suspects.popleft()
                try:
                    done[index] = _result(pool, pool.submit(work, path, explain))
                except BrokenProcessPool:
                    alone[index] = alone.get(index, 0) + 1
                    if alone[index] < _ALONE_TRIES:
                        suspects.appendleft((index, path))
                    else:
                        done[index] = error_row(
                            path, "worker.crashed", "the worker process died on it"
                        )
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = new_pool()
                except Exception as exc:  # e.g. an unpicklable result
                    done[index] = error_row(path, "parse.failed", f"{type(exc).__name__}: {exc}")
            else:
                while pending and len(inflight) < window:
                    index, path = pending.popleft()
                    inflight.append((index, path, pool.submit(work, path, explain)))
                index, path, future = inflight.popleft()
                try:
                    done[index] = _result(pool, future)
                except BrokenProcessPool:
                    logger.warning("a worker process died; re-running its batch one by one")
                    suspects.append((index, path))
                    suspects.extend((i, p) for i, p, _ in inflight)
                    inflight.clear()
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = new_pool()
                except Exception as exc:
                    done[index] = error_row(path, "parse.failed", f"{type(exc).__name__}: {exc}")
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
        finished = True
    finally:
        if pool is not None:
            if not finished:  # an interrupt, or the caller closed the rows
                _end_workers(pool)
            pool.shutdown(wait=True, cancel_futures=True)


def _result(pool: Any, future: Any) -> Any:
    """``future``'s result, or :class:`BrokenProcessPool` when a worker of ``pool`` died
    and the pool cannot see it.

    The pool's manager thread reads each result from one pipe. A worker that dies while
    it writes a result (a SIGTERM to the run's process group, an out-of-memory kill, on a
    row larger than the pipe holds) leaves half a message there: the thread waited
    forever for the rest, as this process holds a write end, and the run hung (CI, session
    28: SIGTERM then Ctrl-C with --jobs 2). Waiting here in steps, a worker seen dead twice
    in a row, a step apart, with the document still in flight, means the thread is stuck:
    the workers are ended and the pipe closed (:func:`_break`), and the documents in flight
    fail as on any worker's death (they are re-run one by one).
    """
    from concurrent.futures import TimeoutError as FutureTimeout
    from concurrent.futures.process import BrokenProcessPool

    seen_dead = False
    while True:
        try:
            return future.result(timeout=_WATCH_SECONDS)
        except FutureTimeout:
            pass
        if not _a_worker_died(pool):
            seen_dead = False
        elif seen_dead:
            break
        else:
            seen_dead = True
    logger.warning("a worker process died unseen by its pool; ending the pool")
    _break(pool)
    try:
        return future.result(timeout=_BREAK_GRACE_SECONDS)
    except FutureTimeout:
        raise BrokenProcessPool("the worker pool did not end after a worker died") from None


def _sentinels(pool: Any) -> dict[Any, Any]:
    """``pool``'s worker processes by sentinel (the executor's private ``_processes``; none
    without it). A process is known ended by its sentinel, not by reaping it: the pool's
    manager thread reaps its workers, and a pid reaped by one thread may be reused before
    another sends its signal."""
    found = {}
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):  # not started yet, or closed
            found[process.sentinel] = process
    return found


def _a_worker_died(pool: Any) -> bool:
    """Whether a worker process of ``pool`` has exited (its sentinel is ready; not reaped)."""
    from multiprocessing.connection import wait

    sentinels = list(_sentinels(pool))
    return bool(sentinels) and bool(wait(sentinels, timeout=0))


def _break(pool: Any) -> None:
    """End ``pool``'s workers (SIGTERM, then SIGKILL after a grace; SIGKILL at once when
    they ignore SIGTERM), then close this process's copy of the result pipe's write end.

    With no write end left open, the manager thread, blocked reading half a message a
    dead worker wrote (see :func:`_result`), reads end-of-file: it marks the pool broken,
    fails the documents in flight and ends, so a shutdown that joins it returns. Uses the
    executor's private ``_processes`` and ``_result_queue`` (CPython 3.9-3.13); without
    them it does what it can.
    """
    import time
    from multiprocessing.connection import wait

    living = _sentinels(pool)
    # workers that ignore SIGTERM (a run started so: _worker_init) are killed at once
    stop = "kill" if _term_ignored() else "terminate"
    for process in living.values():
        with contextlib.suppress(Exception):
            getattr(process, stop)()
    deadline = time.monotonic() + _END_GRACE_SECONDS
    while living and (left := deadline - time.monotonic()) > 0:
        for ended in wait(list(living), timeout=left):
            del living[ended]
    for process in living.values():  # e.g. stopped (SIGSTOP): SIGTERM waits, SIGKILL does not
        with contextlib.suppress(Exception):
            process.kill()
    if living:
        wait(list(living), timeout=_END_GRACE_SECONDS)
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.close()


def _term_ignored() -> bool:
    """Whether this process ignores SIGTERM, and so its workers (see :func:`_worker_init`)."""
    import signal

    return signal.getsignal(signal.SIGTERM) is signal.SIG_IGN


def _end_workers(pool: Any) -> None:
    """End ``pool``'s worker processes now, without waiting for their documents.

    Called when the rows are no longer wanted (an interrupt, the caller closing the
    rows): ``shutdown(wait=True)`` waited for each document in flight, up to its
    ``max_seconds``, and workers ignore SIGINT (:func:`_worker_init`). A worker ended
    while it wrote a result left the pool's manager thread waiting for the rest of it,
    and the shutdown, which joins that thread, waited forever: :func:`_break` closes the
    pipe too. Without the executor's process table, the shutdown waits as before.
    """
    _break(pool)
    pool.shutdown(wait=True, cancel_futures=True)
