"""Batch annotation and corpus mode.

* :func:`annotate` parses many inputs, in parallel over processes if asked,
  and yields one SCHEMA §5 row (a ``dict``) per input **in input order**,
  whatever the job count. A problem inside one document — unreadable bytes,
  an exception inside the pipeline, even a worker process dying — becomes
  an error entry in that document's row; it never stops the batch.
* :func:`write_jsonl` streams rows to a JSON-lines file, one flushed line per
  row, so a killed run leaves a valid prefix; :func:`resume_jsonl` repairs
  such a prefix (drops a partial last line) and tells which inputs are done.
* :func:`crosscheck` (from :mod:`govinfo_nlp.crossyear`) groups annotated
  reports by agency identity across years and evaluates the cross-year
  checks of SCHEMA §2 and flags year-on-year jumps.

Everything here is plain functions over plain data; the CLI
(:mod:`govinfo_nlp.cli`) only parses arguments and prints.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final

from .about import SCHEMA_VERSION, __version__
from .crossyear import (
    ANOMALY_FIELDS,
    ANOMALY_FLOOR,
    ANOMALY_RATIO,
    CrossCheck,
    CrossCheckResult,
    crosscheck,
)
from .errors import BadArgument, BadArgumentType, GovinfoError
from .identity import clean_name as normalize_agency
from .limits import Limits
from .notices import Notice
from .outfile import escape_surrogates, scan_jsonl

if TYPE_CHECKING:
    from .engine import Engine

__all__ = [
    "ANOMALY_FIELDS",
    "ANOMALY_FLOOR",
    "ANOMALY_RATIO",
    "IMAGE_SUFFIXES",
    "INPUT_SUFFIXES",
    "BatchSummary",
    "CrossCheck",
    "CrossCheckResult",
    "annotate",
    "annotate_one",
    "collect_inputs",
    "crosscheck",
    "input_suffixes",
    "normalize_agency",
    "read_jsonl",
    "resume_jsonl",
    "row_is_readable",
    "skipped_inputs",
    "summarize",
    "write_jsonl",
]

logger = logging.getLogger(__name__)

#: File suffixes a directory input expands to (case-insensitive).
INPUT_SUFFIXES: Final = (".txt", ".htm", ".html", ".pdf", ".docx", ".doc", ".wps")
#: Pictures of reports: inputs only where OCR is installed (see :func:`input_suffixes`).
IMAGE_SUFFIXES: Final = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


# --- inputs --------------------------------------------------------------------


def collect_inputs(args: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Expand command-line inputs: a directory means every report file under it
    (:func:`input_suffixes`).

    Files are kept as given, in the order given (duplicates too); a
    directory's files are sorted by path. Every entry with an input suffix
    is kept, whatever it is — a FIFO, a device, a dangling link, a link loop
    — and so is a subdirectory that cannot be listed: each gets a row whose
    error says what it is, never a silent skip nor a hang. Raises
    :class:`GovinfoError` for a path that does not exist (a dangling link
    given by name exists: it is a link).
    """
    out: list[str] = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            out.extend(str(p) for p in sorted(_walk(path)))
        elif os.path.lexists(path):
            out.append(os.fspath(arg))
        else:
            raise GovinfoError(f"input not found: {os.fspath(arg)}")
    return out


def _walk(folder: Path) -> Iterator[Path]:
    """The entries under ``folder`` with an input suffix, and the folders that cannot be read.

    Links to directories are not followed (no cycles); a link to a file is
    an entry like the file.
    """
    unreadable: list[OSError] = []
    suffixes = input_suffixes()
    for root, dirs, files in os.walk(folder, onerror=unreadable.append):
        for name in (*files, *(d for d in dirs if os.path.islink(os.path.join(root, d)))):
            if os.path.splitext(name)[1].lower() in suffixes:
                yield Path(root, name)
    for exc in unreadable:
        if exc.filename is not None:
            yield Path(os.fsdecode(exc.filename))


def input_suffixes() -> tuple[str, ...]:
    """The suffixes a directory expands to here: images only where OCR can read them."""
    from .readers.ocr import ocr_available

    return INPUT_SUFFIXES + (IMAGE_SUFFIXES if ocr_available() else ())


def skipped_inputs(args: Iterable[str | os.PathLike[str]]) -> list[tuple[str, str]]:
    """Files under the directories in ``args`` that :func:`collect_inputs` leaves out, and why."""
    suffixes = input_suffixes()
    out: list[tuple[str, str]] = []
    for arg in args:
        if not Path(arg).is_dir():
            continue
        for root, _, files in os.walk(arg):
            for name in files:
                suffix = os.path.splitext(name)[1].lower()
                if suffix in suffixes:
                    continue
                if suffix in IMAGE_SUFFIXES:
                    why = "an image: install tesseract (the OCR extra) to read it"
                else:
                    why = f"{suffix or 'no suffix'}: not a report format"
                out.append((os.path.join(root, name), why))
    return sorted(out)


# --- one document --------------------------------------------------------------


def _error_row(source: str, code: str, message: str) -> dict[str, Any]:
    """A row for a document the pipeline could not return; errors as "<code>: message".

    The codes follow the pipeline's "<stage>.<what>" convention: ``parse.failed``
    (an exception escaped ``parse``) and ``worker.crashed`` (the process died).
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
        "checks": [],
        "facts": [],
        "reconciliation": [],
        "warnings": [],
        "errors": [f"{code}: {message}"],
        "notices": [{"level": "error", **Notice(code, message).to_dict()}],
    }


def _strip_explanations(row: dict[str, Any]) -> dict[str, Any]:
    for entry in (*(row.get("facts") or ()), *(row.get("reconciliation") or ())):
        if isinstance(entry, dict):
            entry.pop("explanation", None)
    return row


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
    """
    name = os.fspath(source)
    try:
        from . import pipeline

        report = pipeline.parse(
            Path(name), source_name=name, stages=stages, engine=engine, limits=limits
        )
        row: dict[str, Any] = report.to_dict()
    except Exception as exc:  # one document must never stop a batch
        logger.warning("internal error on %s: %r", name, exc)
        return _error_row(name, "parse.failed", f"{type(exc).__name__}: {exc}")
    row["source"] = name
    if with_text:
        row["text"] = report.text
    if not explain:
        _strip_explanations(row)
    return row


def row_is_readable(row: Mapping[str, Any]) -> bool:
    """Whether some text was read from the input (it may still carry errors)."""
    if not row.get("errors"):
        return True
    return bool(row.get("sections") or row.get("facts") or row.get("tables"))


# --- many documents ------------------------------------------------------------


#: A tiny report parsed once per worker so that every model is loaded up front.
_WARM_UP_TEXT: Final = "一、总体情况\n本机关全年办结政府信息公开申请2件，行政复议1件。\n"


#: How often a worker checks that the process that started it is alive.
_PARENT_POLL_SECONDS: Final = 0.5


def _worker_init(engine: Engine | None = None, parent: int | None = None) -> None:
    """Load the engine's models once per worker process, by parsing a tiny report.

    With ``parent`` (the pid of the process that starts the pool), the worker
    also ends when that process dies, even by ``kill -9``: no idle worker is
    left behind.
    """
    if parent is not None:
        _exit_with_parent(parent)
    try:
        from . import pipeline

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
        if Path(item).is_dir():
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
    .txt/.htm/.html/.pdf/.docx/.doc/.wps under it, and images where OCR is
    installed, sorted; see :func:`collect_inputs`). ``with_text``: each row
    carries the text its offsets index (see :func:`annotate_one`). A path
    that cannot be read gives a row with ``errors``, like any unreadable
    document.
    ``jobs > 1`` parses in that many worker processes, each loading the
    models once; at most ``window`` (default ``4 * jobs``) documents are in
    flight, and each row is yielded as soon as its predecessors are done.
    A worker process that dies takes its in-flight documents with it: they
    are re-run one at a time in a fresh pool, and the one that kills it
    again gets a ``"worker.crashed: ..."`` error row. ``worker`` replaces the
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
        from .pipeline import resolve_stages

        chosen = resolve_stages(stages)
    if engine is None:
        from .engine import default_engine

        engine = default_engine()
    work = worker or functools.partial(
        _worker, stages=chosen, engine=engine, limits=limits, with_text=with_text
    )
    return _annotate(_expand(inputs), jobs, explain, window or 4 * jobs, work, engine)


def _annotate(
    paths: list[str],
    jobs: int,
    explain: bool,
    window: int,
    work: Callable[[str, bool], dict[str, Any]],
    engine: Engine,
) -> Iterator[dict[str, Any]]:
    if jobs == 1 or len(paths) <= 1:
        for path in paths:
            yield _safe_call(work, path, explain)
        return
    yield from _annotate_parallel(paths, jobs, explain, window, work, engine)


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
        return _error_row(path, "parse.failed", f"{type(exc).__name__}: {exc}")


def _start_method() -> str:
    """ "fork" on Linux when this process runs no other thread (cheap start, inherited
    imports and models), else "spawn" (fork with threads can deadlock)."""
    import threading

    if sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _ping() -> bool:
    return True


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
            fresh.submit(_ping).result()
        except BrokenProcessPool:
            fresh.shutdown(wait=False, cancel_futures=True)
            logger.warning("worker processes cannot start; annotating in this process")
            return None
        return fresh

    pool = new_pool()
    if pool is None:
        for path in paths:
            yield _safe_call(work, path, explain)
        return
    pending = deque(enumerate(paths))
    inflight: deque[tuple[int, str, Future[dict[str, Any]]]] = deque()
    suspects: deque[tuple[int, str]] = deque()
    done: dict[int, dict[str, Any]] = {}
    next_out = 0
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
                    done[index] = pool.submit(work, path, explain).result()
                except BrokenProcessPool:
                    done[index] = _error_row(
                        path, "worker.crashed", "the worker process died on it"
                    )
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = new_pool()
                except Exception as exc:  # e.g. an unpicklable result
                    done[index] = _error_row(path, "parse.failed", f"{type(exc).__name__}: {exc}")
            else:
                while pending and len(inflight) < window:
                    index, path = pending.popleft()
                    inflight.append((index, path, pool.submit(work, path, explain)))
                index, path, future = inflight.popleft()
                try:
                    done[index] = future.result()
                except BrokenProcessPool:
                    logger.warning("a worker process died; re-running its batch one by one")
                    suspects.append((index, path))
                    suspects.extend((i, p) for i, p, _ in inflight)
                    inflight.clear()
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = new_pool()
                except Exception as exc:
                    done[index] = _error_row(path, "parse.failed", f"{type(exc).__name__}: {exc}")
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


# --- JSON lines ----------------------------------------------------------------


def dumps_row(row: Mapping[str, Any]) -> str:
    """One row as one JSON line (no newline): UTF-8 text, keys in row order.

    A file name that is not valid UTF-8 (lone surrogates in a ``str``) is
    written with JSON ``\\udcXX`` escapes, which :func:`read_jsonl` turns back
    into the same ``str``.
    """
    return escape_surrogates(
        json.dumps(row, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    )


def write_jsonl(rows: Iterable[Mapping[str, Any]], out: IO[str]) -> Iterator[Mapping[str, Any]]:
    """Write each row as one line and flush it; yields the rows back as they are written."""
    for row in rows:
        out.write(dumps_row(row) + "\n")
        out.flush()
        yield row


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The rows of a JSON-lines file (blank lines skipped); a bad line is a GovinfoError."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise GovinfoError(
                    f"{os.fspath(path)}:{number}: not UTF-8 text ({exc.reason} at byte "
                    f"{exc.start}); an annotate output is UTF-8 JSON lines"
                ) from exc
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise GovinfoError(f"{os.fspath(path)}:{number}: not JSON: {exc}") from exc


def resume_jsonl(path: str | os.PathLike[str]) -> Counter[str]:
    """Repair a JSON-lines output left by an interrupted run; count rows per source.

    A last line cut short (no newline, or not valid JSON) is the trace of a
    killed run: the file is truncated to the end of the last complete row.
    A file that is not a clean output of ours (any other line that is not
    a row, a corrupted byte) raises :class:`~govinfo_nlp.errors.NotOurOutput`
    and is left untouched. Returns how many rows each ``source`` already has.
    """
    with open(path, "r+b") as handle:
        done, keep = scan_jsonl(handle, os.fspath(path))
        if keep < handle.seek(0, os.SEEK_END):
            logger.warning("%s: dropping a partial last line", os.fspath(path))
            handle.truncate(keep)
    return done


def skip_done(paths: Sequence[str], done: Counter[str]) -> list[str]:
    """The inputs still to do: each source is skipped as many times as it is done."""
    left = Counter(done)
    todo: list[str] = []
    for path in paths:
        if left[path] > 0:
            left[path] -= 1
        else:
            todo.append(path)
    return todo


# --- summary -------------------------------------------------------------------


@dataclass
class BatchSummary:
    """Counts over one batch (mutable: filled while rows stream by)."""

    documents: int = 0
    readable: int = 0
    with_errors: int = 0
    with_warnings: int = 0
    error_codes: Counter[str] = field(default_factory=Counter)
    failed: list[str] = field(default_factory=list)

    def add(self, row: Mapping[str, Any]) -> None:
        self.documents += 1
        if row_is_readable(row):
            self.readable += 1
        errors = row.get("errors") or []
        if errors:
            self.with_errors += 1
            self.failed.append(str(row.get("source")))
            for err in errors:
                code = str(err).split(":", 1)[0].strip() or "error"
                self.error_codes[str(code)] += 1
        if row.get("warnings"):
            self.with_warnings += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "readable": self.readable,
            "with_errors": self.with_errors,
            "with_warnings": self.with_warnings,
            "error_codes": dict(self.error_codes),
            "failed": list(self.failed),
        }

    def format(self) -> str:
        codes = ", ".join(f"{c}: {n}" for c, n in sorted(self.error_codes.items()))
        lines = [
            f"{self.documents} documents: {self.readable} read, "
            f"{self.documents - self.readable} unreadable, {self.with_errors} with errors"
            + (f" ({codes})" if codes else "")
            + f", {self.with_warnings} with warnings"
        ]
        lines += [f"  error: {source}" for source in self.failed[:20]]
        if len(self.failed) > 20:
            lines.append(f"  ... and {len(self.failed) - 20} more")
        return "\n".join(lines)


def summarize(rows: Iterable[Mapping[str, Any]]) -> BatchSummary:
    summary = BatchSummary()
    for row in rows:
        summary.add(row)
    return summary
