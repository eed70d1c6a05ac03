"""The ``govinfo-nlp`` command line: a thin layer over the library.

Subcommands::

    govinfo-nlp annotate DIR|FILES... -o out.jsonl [--jobs N] [--force | --resume]
                [--format jsonl|csv|parquet] [--explain]
    govinfo-nlp crosscheck out.jsonl [-o checks.json] [--force]
    govinfo-nlp panel out.jsonl -o panel.parquet|panel.csv [--force]
    govinfo-nlp summary out.jsonl -o summary.html [--force]
    govinfo-nlp render REPORT -o report.html [--force]
    govinfo-nlp render out.jsonl --disagreements -o page.html [--force]
    govinfo-nlp train segmenter | facts
    govinfo-nlp evaluate segmenter | facts [--split train|dev|test]
    govinfo-nlp --version

Each command checks its arguments, refuses to overwrite an output without
``--force``, calls one library function and prints. Library modules are
imported inside the commands, so ``govinfo-nlp --help`` stays fast.
Exit codes: 0 success; 1 nothing could be read / a command failed; 2 bad
arguments (including an output that exists).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from .about import __version__

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class _Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, a scheduler, a container stopping), raised as an interrupt is.

    Its default action ended the process where it stood: no ``finally`` ran, and a
    ``--force`` onto a Parquet output left its ``.part`` file beside the output
    (hostile26 s04; LibreOffice's group too, before its watcher). Raised here it takes the
    path Ctrl-C takes: what this run made is cleaned up, the output kept as it was."""


class _StopOnce:
    """The CLI's SIGINT and SIGTERM handler: the first one stops the run, later ones wait for it.

    The first raises :class:`KeyboardInterrupt` (SIGINT) or :class:`_Terminated` (SIGTERM)
    in the main thread, so that what this run made is cleaned up on the way out. A second
    one while the run stops (Ctrl-C pressed twice) raised again inside that cleanup: it
    was cut short and Python printed a traceback ("Exception ignored in: <generator>",
    hostile24 s02); it is now ignored, and stopping is bounded instead (worker processes
    are ended, not waited for: see ``batch.pool``). In a forked worker, which inherits
    this handler until its initializer runs, SIGINT is ignored (its parent ends it) and
    SIGTERM takes its default action.
    """

    def __init__(self) -> None:
        self.owner = os.getpid()
        self.first: int | None = None

    def stop_again(self) -> None:
        """Raise the first signal's interrupt again, when the run went on after it.

        An interrupt raised where Python only reports exceptions (a ``__del__``, a weakref
        callback: "Exception ignored in ...") is swallowed; later signals, ignored while the
        run stops, would then never stop it. The run calls this at each row.
        """

        if self.first is None:
            return
        first, self.first = self.first, None
        self(first, None)

    def deliver_again(self) -> None:
        """Send the first signal again in a moment: its interrupt was raised inside a
        finalizer (a ``__del__``: regex's, while the models load) and only reported.

        Python printed it as "Exception ignored in: <function SetBase.__del__>" with a
        traceback, then the run went on to its next row (see :func:`_unraisable`). Sent
        again a little later, it lands outside the finalizer and stops the run at once.
        """
        import threading

        if self.first is None:
            return
        signum, self.first = self.first, None
        timer = threading.Timer(_AGAIN_SECONDS, os.kill, (self.owner, signum))
        timer.daemon = True
        timer.start()

    def __call__(self, signum: int, frame: Any) -> None:
        import signal

        if os.getpid() != self.owner:
            if signum == signal.SIGTERM:
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                os.kill(os.getpid(), signal.SIGTERM)
            return
        if self.first is not None:
            return  # the run is stopping already
        self.first = signum
        if signum == signal.SIGTERM:
            raise _Terminated
        raise KeyboardInterrupt


@contextlib.contextmanager
def _stop_once(*, keep: bool = False) -> Iterator[_StopOnce]:
    """SIGINT and SIGTERM stop the run once (see :class:`_StopOnce`) in the block.

    The main thread only: no signal handler can be set elsewhere. A caller's own
    handlers are put back after, unless ``keep`` and the run was stopped: the process
    is about to exit, and a Ctrl-C during Python's own shutdown would print a traceback.
    """
    import signal
    import threading

    global _STOPPER
    handler = _StopOnce()
    if threading.current_thread() is not threading.main_thread():
        yield handler
        return
    _STOPPER = handler
    # an ignored signal stays ignored (a job started in the background by a script, nohup)
    previous = {
        sig: signal.signal(sig, handler)
        for sig in (signal.SIGINT, signal.SIGTERM)
        if signal.getsignal(sig) is not signal.SIG_IGN
    }
    hook = sys.unraisablehook
    sys.unraisablehook = functools.partial(_unraisable, handler, hook)
    try:
        yield handler
    finally:
        _STOPPER = None
        if not (keep and handler.first is not None):
            sys.unraisablehook = hook
            for sig, old in previous.items():
                signal.signal(sig, old)


#: How long after an interrupt swallowed by a finalizer its signal is sent again.
_AGAIN_SECONDS = 0.05


def _unraisable(handler: _StopOnce, hook: Callable[[Any], Any], unraisable: Any) -> None:
    """``sys.unraisablehook`` while the command runs: the run's own interrupt, raised in a
    finalizer, is not printed but delivered again (:meth:`_StopOnce.deliver_again`); anything
    else goes to ``hook``, as before."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt) and handler.first is not None:
        handler.deliver_again()
        return
    hook(unraisable)


#: The handler of the run in progress in the main thread (None: none, or another thread's).
_STOPPER: _StopOnce | None = None


class _UsageError(Exception):
    """Bad arguments: reported as ``govinfo-nlp: error: ...`` with exit code 2."""


def _err(message: str) -> None:
    """A message on standard error. Messages are for people, not the data: standard error
    full or gone (``2>/dev/full``) ended a run whose rows were all written with exit 1
    (hostile28 e05); such a write is given up."""
    try:
        print(message, file=sys.stderr, flush=True)
    except OSError:
        # what is left in its buffer would fail again in Python's own flush at exit,
        # which makes the exit status 120: later messages go nowhere
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process's life


def _check_output(path: Path, *, force: bool, source: Path | None = None) -> None:
    if source is not None and _same_file(path, source):
        # even with --force: the input would be lost (hostile21 q03, as annotate's b01)
        raise _UsageError(f"the output {path} is the input {source}; write to another file")
    if path.exists() and not force:
        raise _UsageError(f"{path} exists; use --force to overwrite it")
    if path.exists() and path.is_dir():
        raise _UsageError(f"{path} is a directory")
    if not path.parent.exists():
        raise _UsageError(f"directory {path.parent} does not exist")


def _same_file(out: Path, source: Path) -> bool:
    """Whether writing ``out`` would overwrite ``source``: one path once links are
    followed, or one inode (a hard link)."""
    from .outfile import file_id

    if os.path.realpath(out) == os.path.realpath(source):
        return True
    out_id = file_id(out)
    return out_id is not None and out_id == file_id(source)


def _progress(rows: Any, total: int, *, enabled: bool) -> Any:
    """Wrap an iterator in a tqdm bar on a TTY (when tqdm is installed)."""
    if not enabled:
        return rows
    try:
        from tqdm import tqdm
    except ImportError:
        return rows
    return tqdm(rows, total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)


# --- annotate ------------------------------------------------------------------


def _cmd_annotate(args: argparse.Namespace) -> int:
    from . import batch
    from .errors import GovinfoError, OutputError

    # Without -o (or with -o -) the rows go to standard output.
    to_stdout = args.output in (None, "-")
    if to_stdout and not getattr(args, "stdout_open", True):
        # rows written to a closed descriptor are lost (hostile23 b10)
        raise _UsageError("standard output is closed; name the output file with -o")
    if not to_stdout and args.output.endswith(("/", os.sep)):
        # Path() drops the slash: 'out.jsonl/' wrote the file out.jsonl (hostile28 b01)
        raise _UsageError(
            f"{args.output} names a directory (it ends with a slash); -o takes a file"
        )
    out = Path(os.devnull if to_stdout else args.output)
    fmt = args.format or ("jsonl" if to_stdout else _format_from_suffix(out))
    if args.jobs < 1:
        raise _UsageError("--jobs must be at least 1")
    if args.resume and fmt != "jsonl":
        raise _UsageError("--resume works with --format jsonl only")
    if to_stdout and (args.resume or fmt == "parquet"):
        raise _UsageError("--resume and --format parquet need an output file (-o)")
    if not to_stdout:
        if not out.parent.exists():
            raise _UsageError(f"directory {out.parent} does not exist")
        if out.is_dir():
            raise _UsageError(f"{out} is a directory; -o takes a file")
    # An output that exists and is not a regular file (/dev/stdout on a pipe, a
    # FIFO, /dev/null) is a stream: rows are written in order, nothing can be
    # clobbered, locked, truncated or resumed there.
    stream = not to_stdout and out.exists() and not out.is_file()
    if stream and (args.resume or fmt == "parquet"):
        raise _UsageError(f"--resume and --format parquet need a regular file; {out} is not one")
    try:
        paths = batch.collect_inputs(args.inputs)
    except GovinfoError as exc:
        raise _UsageError(str(exc)) from exc
    if not paths:
        raise _UsageError("no report file (.txt/.htm/.html/.mhtml/.pdf/.docx/.doc/.wps) found")
    if not to_stdout:
        paths = _inputs_but_the_output(out, args.inputs, paths)

    limits = None
    bounds = (
        args.max_bytes,
        args.max_table_cells,
        args.max_pages,
        args.max_ocr_pages,
        args.max_facts,
        args.max_seconds,
        args.max_page_chars,
    )
    if bounds != (None,) * len(bounds):
        from .limits import DEFAULT_LIMITS, Limits

        limits = Limits(
            max_bytes=args.max_bytes or DEFAULT_LIMITS.max_bytes,
            max_table_cells=args.max_table_cells or DEFAULT_LIMITS.max_table_cells,
            max_pages=args.max_pages or DEFAULT_LIMITS.max_pages,
            max_ocr_pages=args.max_ocr_pages or DEFAULT_LIMITS.max_ocr_pages,
            max_facts=args.max_facts or DEFAULT_LIMITS.max_facts,
            max_seconds=args.max_seconds or DEFAULT_LIMITS.max_seconds,
            max_page_chars=args.max_page_chars or DEFAULT_LIMITS.max_page_chars,
        )
    summary = batch.BatchSummary()
    opened: list[Any] = []

    def rows_for(todo: list[str]) -> Any:
        rows = batch.annotate(
            todo,
            jobs=args.jobs,
            explain=args.explain,
            stages=args.stages,
            limits=limits,
            with_text=args.with_text,
        )
        opened.append(rows)
        return _counted(rows, summary, len(todo), progress=sys.stderr.isatty() and not args.quiet)

    started = time.perf_counter()
    skipped = 0
    with contextlib.ExitStack() as stack:
        # an interrupt left the rows' generators to the garbage collector, which shut the
        # workers down after "interrupted" was printed, or in Python's own exit (hostile24
        # s02): they are closed here, on every way out
        stack.callback(_close_all, opened)
        if to_stdout or stream:
            sent = [0]
            try:
                with (
                    _stdout_utf8(fmt)
                    if to_stdout
                    else open(out, "w", encoding="utf-8", newline="\n")
                ) as handle:
                    if fmt == "jsonl":
                        _drain(batch.write_jsonl(rows_for(paths), handle), sent)
                    else:
                        from .export import write_csv

                        _drain(write_csv(rows_for(paths), handle), sent)
            except BrokenPipeError:
                if to_stdout or _is_stdout(out):
                    raise  # `| head`: the reader had what it wanted (see _run)
                raise _reader_left(out, paths, sent[0]) from None
            written = None
        else:
            try:
                skipped, written = _write_output(out, fmt, paths, rows_for, args, limits, stack)
            except OutputError as exc:
                raise _UsageError(str(exc)) from exc
        seconds = time.perf_counter() - started
        _report(summary, seconds, args, "standard output" if to_stdout else out)
        if written is not None:
            # the last thing the run does (hostile23 b08): the output is where the user asked
            _put_back_if_removed(written, out)
    if summary.documents and summary.readable == 0 and not skipped:
        return EXIT_FAILED
    return EXIT_OK


def _counted(rows: Any, summary: Any, total: int, *, progress: bool) -> Iterator[Any]:
    """``rows``, each added to ``summary`` as it passes (behind a progress bar on a TTY)."""
    for row in _progress(rows, total, enabled=progress):
        if _STOPPER is not None:
            _STOPPER.stop_again()  # an interrupt swallowed on the way (see _StopOnce)
        summary.add(row)
        yield row


def _close_all(generators: list[Any]) -> None:
    for rows in generators:
        rows.close()


def _report(summary: Any, seconds: float, args: Any, where: Any) -> None:
    """The run's summary on standard error (nothing with ``--quiet``)."""
    from . import batch

    if args.quiet:
        return
    rate = summary.documents / seconds if seconds > 0 else 0.0
    _err(summary.format())
    _err(f"{seconds:.1f} s, {rate:.2f} docs/s, --jobs {args.jobs}; wrote {where}")
    left_out = batch.skipped_inputs(args.inputs)
    if left_out:
        listed = "; ".join(f"{path} ({why})" for path, why in left_out[:20])
        more = f"; and {len(left_out) - 20} more" if len(left_out) > 20 else ""
        _err(f"skipped {len(left_out)} files: {listed}{more}")


@contextlib.contextmanager
def _stdout_utf8(fmt: str) -> Iterator[IO[Any]]:
    """Standard output for rows: UTF-8 whatever the console's encoding.

    Rows are data: on a console whose encoding cannot hold Chinese (a Windows
    cp1252 one, ``PYTHONIOENCODING``) the first row was a UnicodeEncodeError
    and no row was written (hostile23 b12). JSON lines go to the byte stream
    under ``sys.stdout``; CSV through a UTF-8 text layer over it, detached after.
    """
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only stream put in its place (io.StringIO)
        yield sys.stdout
        return
    sys.stdout.flush()
    if fmt == "jsonl":
        yield buffer
        buffer.flush()
        return
    text = io.TextIOWrapper(buffer, encoding="utf-8", newline="\n", write_through=True)
    try:
        yield text
    finally:
        text.flush()
        text.detach()


def _inputs_but_the_output(out: Path, given: list[str], paths: list[str]) -> list[str]:
    """``paths`` without the output; refuses an output that is one of the inputs.

    The output is the same file as an input when its path resolves to the
    input's (realpath, unlike Path.resolve, does not raise on a link loop) or,
    for an existing file, when both are one inode: a hard link, or a symlink
    to the input (truncating it with ``--force`` lost the input: hostile19
    b01). A file found in a directory that is the output is left out only when
    it is an earlier output of ours (a .txt written with ``--format``) or
    empty; any other such file is an input, and the run is refused.
    """
    from .outfile import file_id, looks_like_output

    out_resolved = os.path.realpath(out)
    out_id = file_id(out)

    def is_output(path: str) -> bool:
        if os.path.realpath(path) == out_resolved:
            return True
        return out_id is not None and file_id(path) == out_id

    for name in given:
        if is_output(name):
            raise _UsageError(f"the output {out} is also an input; write to another file")
    kept = []
    for path in paths:
        if not is_output(path):
            kept.append(path)
        elif not looks_like_output(out):
            raise _UsageError(
                f"the output {out} is the input {path} (a link to it); write to another file"
            )
    return kept


def _stages(value: str) -> tuple[str, ...]:
    from .pipeline import resolve_stages

    if not value.replace(",", "").strip():
        # an empty list would run no stage at all and write rows holding nothing
        raise argparse.ArgumentTypeError("name at least one stage, e.g. tables")
    try:
        return resolve_stages(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _drain(rows: Any, count: list[int] | None = None) -> None:
    """Run ``rows`` (a writer's generator) to its end, counting in ``count[0]`` the rows
    it yielded (written) so far, which a failed write leaves said."""
    for _ in rows:
        if count is not None:
            count[0] += 1


def _is_stdout(out: Path) -> bool:
    """Whether ``out`` is this process's standard output under another name
    (``-o /dev/stdout``): its reader leaving is a ``| head``, as with ``-o -``."""
    try:
        mine, named = os.fstat(1), os.stat(out)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (named.st_dev, named.st_ino)


def _reader_left(out: Path, paths: list[str], sent: int) -> Exception:
    """The error of a run whose output (a FIFO, a pipe named with ``-o``) lost its reader.

    It ended with exit 0 and no message (hostile29 b07): the user named a file for the rows
    and most never arrived. Rows go out whole and in input order, so the rows written are
    the first ``sent`` inputs' (the reader may have read fewer: it left mid-way)."""
    from .errors import ReaderLeft

    total = len(paths)
    if sent >= total:  # e.g. the flush at close: every row was written
        return ReaderLeft(f"{out}: its reader left after the last of {total} rows was written")
    return ReaderLeft(
        f"{out}: its reader left after {sent} of {total} rows were written; "
        f"the rows of {total - sent} inputs, from {paths[sent]} on, were not written"
    )


def _write_output(
    out: Path,
    fmt: str,
    paths: list[str],
    rows_for: Any,
    args: Any,
    limits: Any,
    stack: contextlib.ExitStack,
) -> tuple[int, int]:
    """Write the rows to ``out`` under its lock.

    Returns how many inputs resume skipped and a descriptor of the file now at
    ``out`` (open, and locked, until ``stack`` closes: the run's last check is made
    on it). Nothing is truncated before the lock is held; ``--resume`` truncates
    only the torn last line of a file that is a clean output of ours and appends.
    An output that holds rows (or has other names) is replaced only by a finished
    run's: the new file is written beside it and moved in whole (``--force``).
    """
    from . import batch, outfile
    from .errors import NotOurOutput

    skipped = 0
    fd = stack.enter_context(outfile.locked(out, overwrite=args.force or args.resume))
    if args.resume:
        written = os.fstat(fd).st_mtime_ns  # its last row's time: before the torn line goes
        replace = False
        with open(fd, "r+b", closefd=False) as handle:
            try:
                done, keep = outfile.scan_jsonl(
                    handle, str(out), _in_order(paths, _same_run(args, limits))
                )
                _check_sources(done, paths, out)
                _check_unchanged(done, written, out)
            except NotOurOutput:
                if not args.force:
                    raise
                _err(f"{out} is not a clean output of this run; overwriting it (--force)")
                done, replace = Counter(), True
            else:
                handle.truncate(keep)
        todo = batch.skip_done(paths, done)
        skipped = len(paths) - len(todo)
        paths = todo
        if skipped and not args.quiet:
            _err(_resuming(out, skipped, len(todo)))
        os.lseek(fd, 0, os.SEEK_END)
    else:
        held = os.fstat(fd)
        # the old rows stay until the new ones are whole; a hard link (a backup made with
        # cp -l) keeps its content under its other names (hostile24 b07)
        replace = held.st_size > 0 or held.st_nlink > 1
    if fmt == "parquet":  # a parquet file is always replaced whole, once written
        return skipped, _write_parquet_whole(out, fd, rows_for(paths), stack)
    if replace:
        beside = _open_beside(out, fd, stack)
        if beside is not None:
            return skipped, _write_beside(out, beside, fmt, rows_for(paths))
        os.ftruncate(fd, 0)
    _write_rows(fd, fmt, rows_for(paths))
    return skipped, fd


def _resuming(out: Path, skipped: int, left: int) -> str:
    """What ``--resume`` found in ``out``, said for a person (not with ``--quiet``:
    session 29 printed "resuming: 1 inputs already in out.jsonl" under ``-q``)."""
    if not left:
        return f"resuming {out}: every input is in it already ({skipped}); nothing to annotate"
    done = "1 input is" if skipped == 1 else f"{skipped} inputs are"
    todo = "1 input" if left == 1 else f"{left} inputs"
    return f"resuming {out}: {done} in it already; annotating the {todo} left"


def _write_rows(fd: int, fmt: str, rows: Any) -> None:
    """Write ``rows`` at ``fd``'s position as JSON lines or CSV, cut back to whole rows on failure."""
    from . import batch, outfile

    with _whole_rows(fd) as whole:
        if fmt == "jsonl":
            # UTF-8 bytes: each line encoded once (see write_jsonl)
            with outfile.binary_writer(fd) as binary:
                _drain(whole(batch.write_jsonl(rows, binary)))
        else:
            from .export import write_csv

            with outfile.text_writer(fd) as handle:
                _drain(whole(write_csv(rows, handle)))


def _open_beside(out: Path, fd: int, stack: contextlib.ExitStack) -> tuple[int, str] | None:
    """A new, locked file beside ``out``'s (see :func:`~govinfo_nlp.outfile.open_beside`),
    closed with ``stack``; None, said on standard error, where no new file can be made
    there (a file the user may write in a folder they may not, a filesystem with no inode
    left: hostile27 b07): the output is then written in place, as before."""
    import errno

    from . import outfile

    try:
        new, part = outfile.open_beside(out, fd)
    except OSError as exc:
        if not isinstance(exc, PermissionError) and exc.errno not in (
            errno.ENOSPC,
            errno.EDQUOT,
        ):
            raise
        _err(f"{out}: cannot make a new file beside it ({exc.strerror}); writing it in place")
        return None
    stack.callback(os.close, new)
    return new, part


def _write_beside(out: Path, beside: tuple[int, str], fmt: str, rows: Any) -> int:
    """Write the rows to the file beside ``out`` and move it in once whole; returns its descriptor.

    ``--force`` truncated the output and wrote it in place: until the run ended the
    old rows were gone, and a run stopped half-way (killed, a full disk, an error)
    left the user half a new file for a whole old one. Now a run that does not
    finish leaves ``out`` as it was and removes its new file (``kill -9`` leaves
    it, hidden: ``.NAME.part``, which the next run on ``out`` replaces).
    """
    new, part = beside
    try:
        _write_rows(new, fmt, rows)
        os.replace(part, os.path.realpath(out))  # a link to the output: its file is replaced
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(part)
        raise
    return new


def _put_back_if_removed(fd: int, out: Path) -> None:
    """Write the output again at ``out`` when it was removed while this run wrote it.

    The rows went to the open file, which a removal (``rm``, a cleanup script,
    the directory deleted) unlinks but does not stop: the run ended with exit
    0 and every row lost in silence (hostile23 b07, b08). The descriptor still
    holds them: they are copied to a new file at ``out``; where that cannot be
    made (the directory is gone too) the run fails saying the rows are lost.
    """
    from .errors import OutputGone

    if os.fstat(fd).st_nlink > 0:
        return
    try:
        new = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise OutputGone(
            f"{out} was removed while this run wrote it and cannot be made again "
            f"({exc.strerror}): its rows are lost; run again"
        ) from exc
    try:
        offset = 0
        while chunk := os.pread(fd, 1 << 20, offset):
            os.write(new, chunk)  # a regular file: a short write only on a full disk (OSError)
            offset += len(chunk)
    finally:
        os.close(new)
    _err(f"{out} was removed while this run wrote it; its rows were written there again")


@contextlib.contextmanager
def _whole_rows(fd: int) -> Iterator[Callable[[Iterator[Any]], Iterator[Any]]]:
    """Cut ``fd`` back to its last whole row when writing fails (a full disk) or stops.

    A write that fails part-way (ENOSPC, EFBIG, EIO) left half a row at the end
    of the output (hostile22 o02, o05). The rows written before it are kept, so the
    file stays a clean prefix that ``--resume`` completes. An interrupt (Ctrl-C,
    SIGTERM) is cut back the same way: a row written but not yet counted is dropped,
    and ``--resume`` writes it again. ``whole`` wraps the writer's generator, which
    yields each row once it is written and flushed.
    """
    end = [os.lseek(fd, 0, os.SEEK_CUR)]

    def whole(written: Iterator[Any]) -> Iterator[Any]:
        for row in written:
            end[0] = os.lseek(fd, 0, os.SEEK_CUR)
            yield row

    try:
        yield whole
    except BaseException:
        # after the writer is closed (its close flushes what is left of the torn row)
        with contextlib.suppress(OSError):
            os.ftruncate(fd, end[0])
        raise


def _write_parquet_whole(out: Path, fd: int, rows: Any, stack: contextlib.ExitStack) -> int:
    """Write the Parquet file beside ``out`` and put it in ``out``'s place once whole.

    A Parquet file is only readable whole: one cut short by a full disk (or any
    failure) was left in place of the file it replaced (hostile20 r06, with
    ``--force``: the old output lost, the new one unreadable). Now a failure
    leaves ``out`` as it was, and removes it when this run had made it (empty).
    Returns a descriptor of the new file (closed with ``stack``).
    """
    import tempfile

    from .export import write_parquet

    target = os.path.realpath(out)  # a link to the output: its file is replaced, not the link
    folder, name = os.path.split(target)
    handle, part = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
    stack.callback(os.close, handle)
    try:
        os.fchmod(handle, os.fstat(fd).st_mode & 0o7777)  # the output's mode, not mkstemp's 0600
        with open(handle, "wb", closefd=False) as binary:
            write_parquet(rows, binary)
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(part)
        if os.fstat(fd).st_size == 0:  # the empty file this run made (or found): no output
            with contextlib.suppress(OSError):
                os.unlink(target)
        raise
    return handle


def _check_unchanged(done: Counter[str], written: int, out: Path) -> None:
    """Refuse to resume when an input whose row is in ``out`` changed after ``out`` was written.

    Its row was made from its old content: resuming would keep it, and the file
    would not be what an uninterrupted run on these inputs gives (hostile20 r01:
    a report replaced under the same name, another edited with its size and
    mtime kept). The inode's change time, which no tool sets back, is compared
    with the output's last write; an input changed while the first run was
    still writing later rows is not seen.
    """
    from .errors import NotOurOutput

    for source in done:
        try:
            st = os.stat(source)
        except (OSError, ValueError):
            continue  # gone, or not a path: its row says why it was unreadable
        # an mtime later than now says nothing (an archive made on a wrong clock:
        # --resume was refused forever, hostile23 b06); the change time still does
        changed = st.st_ctime_ns
        if st.st_mtime_ns <= time.time_ns():
            changed = max(changed, st.st_mtime_ns)
        if changed > written:
            raise NotOurOutput(
                f"{source} changed after {out} was written: its row there is of its old "
                "content (nothing was changed); use --force to start over, or write to "
                "another file"
            )


def _same_run(args: Any, limits: Any) -> Callable[[dict[str, Any]], str | None]:
    """What says that a row of the output being resumed is not one this run would write.

    Rows of other options (``--stages``, ``--with-text``, ``--explain``, the
    ``--max-*`` bounds as the row's traces show them: see
    :func:`~govinfo_nlp.limits.other_bounds`) next to this run's would make a file
    that no single run gives. An error row ran only the first stages (a prefix
    of the run's); rows of a version that did not record ``stages`` are not
    questioned on it.
    """
    from .about import SCHEMA_VERSION, __version__
    from .limits import DEFAULT_LIMITS, other_bounds
    from .pipeline import resolve_stages

    stages = list(resolve_stages(args.stages))
    bounds = limits or DEFAULT_LIMITS
    models: dict[str, str] = {}

    def other_models(row_models: Any) -> str | None:
        # the digests of what this run's engine would run (hostile21 r01: a row of an
        # older release, or of other rules or model files, kept beside this run's rows)
        if not isinstance(row_models, dict) or not row_models:
            return None  # an error row that ran no model says nothing
        if not models:
            from .engine import default_engine

            models.update(default_engine().provenance(stages))
        for key, value in row_models.items():
            if key in models and value != models[key]:
                return f"with other models or rules ({key} {value}; this run: {models[key]})"
        return None

    def problem(row: dict[str, Any]) -> str | None:
        version = row.get("govinfo_nlp_version")
        if version is not None and version != __version__:
            return f"by govinfo_nlp {version} (this is {__version__})"
        schema = row.get("schema_version")
        if schema is not None and schema != SCHEMA_VERSION:
            return f"in schema_version {schema} (this version writes {SCHEMA_VERSION})"
        got = row.get("stages")
        stopped_early = row.get("errors") and got == stages[: len(got or [])]
        if isinstance(got, list) and got != stages and not stopped_early:
            return f"with the stages {','.join(got)} (this run: {','.join(stages)})"
        if ("text" in row) != args.with_text:
            return "with --with-text" if "text" in row else "without --with-text (this run has it)"
        facts = row.get("facts")
        if facts and isinstance(facts[0], dict) and ("explanation" in facts[0]) != args.explain:
            return "without --explain (this run has it)" if args.explain else "with --explain"
        return other_bounds(row, bounds) or other_models(row.get("models"))

    return problem


def _in_order(
    paths: list[str], fits: Callable[[dict[str, Any]], str | None]
) -> Callable[[dict[str, Any]], str | None]:
    """``fits``, and the rows of the output being resumed in this run's input order.

    A run writes one row per input in input order; the rows kept by ``--resume``
    must be those of this run's first inputs, in that order, or the completed
    file is no run's output (hostile21 r02: a run over c, a, b resumed over a, b, c
    kept c's row first).
    """
    seen = [0]
    given = set(paths)

    def problem(row: dict[str, Any]) -> str | None:
        other = fits(row)
        if other is not None:
            return other
        at = seen[0]
        source = row.get("source")
        if at < len(paths) and source != paths[at]:
            # say what is wrong with the row, not only where it stands (hostile22 r01,
            # r02: a row of an input this run does not have, or a row written twice,
            # was called "the inputs in another order")
            if source not in given:
                why = "an input this run does not have"
            elif paths[:at].count(source) >= paths.count(source):
                why = "a row written again: the file is damaged"
            else:
                why = "the inputs in another order"
            return f"for the input {source} where this run's input {at + 1} is {paths[at]} ({why})"
        seen[0] += 1
        return None

    return problem


def _check_sources(done: Counter[str], paths: list[str], out: Path) -> None:
    """Refuse to resume an output holding rows of inputs this run does not have."""
    from .errors import NotOurOutput

    missing = Counter(done)
    missing.subtract(Counter(paths))
    extra = sorted(source for source, n in missing.items() if n > 0)
    if extra:
        raise NotOurOutput(
            f"{out} holds rows of {len(extra)} inputs that this run does not have "
            f"(e.g. {extra[0]}); resuming would not give the output of these inputs "
            "(nothing was changed): resume with the same inputs, use --force to start "
            "over, or write to another file"
        )


#: Output suffixes and the format each means; any other suffix needs --format.
_SUFFIX_FORMATS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}


def _format_from_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[suffix]
    if not suffix:
        return "jsonl"
    raise _UsageError(
        f"cannot tell the format of {path.name} from its suffix {suffix!r}: use "
        f"{', '.join(sorted(_SUFFIX_FORMATS))}, or --format jsonl|csv|parquet"
    )


# --- crosscheck ----------------------------------------------------------------


def _cmd_crosscheck(args: argparse.Namespace) -> int:
    from .batch import read_jsonl
    from .crossyear import crosscheck
    from .errors import GovinfoError
    from .outfile import escape_surrogates

    source = Path(args.input)
    if not source.is_file():
        raise _UsageError(f"input not found: {source}")
    out = Path(args.output) if args.output else None
    if out is not None:
        _check_output(out, force=args.force, source=source)
    try:
        result = crosscheck(read_jsonl(source))
    except GovinfoError as exc:
        raise _UsageError(str(exc)) from exc
    print(escape_surrogates(result.format()))
    if out is not None:
        out.write_text(
            escape_surrogates(json.dumps(result.to_dict(), ensure_ascii=False, indent=2)) + "\n",
            encoding="utf-8",
        )
        _err(f"wrote {out}")
    return EXIT_OK


# --- panel and summary --------------------------------------------------------


def _annotate_output(args: argparse.Namespace) -> Path:
    source = Path(args.input)
    if not source.is_file():
        raise _UsageError(f"input not found: {source}")
    return source


def _cmd_panel(args: argparse.Namespace) -> int:
    from .errors import GovinfoError
    from .panels import panel, write_panel

    source = _annotate_output(args)
    out = Path(args.output)
    if out.suffix.lower() not in (".csv", ".parquet", ".pq"):
        raise _UsageError(f"{out.name}: the panel is written as .csv or .parquet")
    _check_output(out, force=args.force, source=source)
    started = time.perf_counter()
    try:
        frame = panel(source)
    except GovinfoError as exc:
        raise _UsageError(str(exc)) from exc
    write_panel(frame, out)
    warnings = frame.attrs.get("warnings", [])
    for warning in warnings[:20]:
        _err(warning)
    if len(warnings) > 20:
        _err(f"... and {len(warnings) - 20} more warnings")
    agencies = frame["agency_key"].nunique()
    _err(
        f"{len(frame)} agency-years of {agencies} agencies, "
        f"{int(frame['duplicate'].sum())} with two or more reports, "
        f"{int(frame['agency_key'].isna().sum())} unresolved; "
        f"{time.perf_counter() - started:.1f} s; wrote {out}"
    )
    return EXIT_OK


def _cmd_summary(args: argparse.Namespace) -> int:
    from .errors import GovinfoError
    from .summary import summary_html

    source = _annotate_output(args)
    out = Path(args.output)
    _check_output(out, force=args.force, source=source)
    try:
        page = summary_html(source)
    except GovinfoError as exc:
        raise _UsageError(str(exc)) from exc
    _write_page(out, page)
    _err(f"wrote {out}")
    return EXIT_OK


def _write_page(out: Path, page: str) -> None:
    """An HTML page as UTF-8: a file name that is not valid UTF-8 shows its ``\\udcXX`` escapes."""
    from .outfile import escape_surrogates

    out.write_text(escape_surrogates(page), encoding="utf-8")


# --- render --------------------------------------------------------------------


def _cmd_render(args: argparse.Namespace) -> int:
    source = Path(args.report)
    if source.is_dir():
        raise _UsageError(f"{source} is a directory: render takes one report file")
    if not source.is_file():
        raise _UsageError(f"input not found: {source}")
    out = Path(args.output)
    _check_output(out, force=args.force, source=source)
    if args.disagreements:
        from .batch import read_jsonl
        from .errors import GovinfoError
        from .view import render_disagreements

        try:
            page = render_disagreements(read_jsonl(source))
        except GovinfoError as exc:
            raise _UsageError(str(exc)) from exc
        _write_page(out, page)
        _err(f"wrote {out}")
        return EXIT_OK
    from .pipeline import parse
    from .view import render_html

    report = parse(source, source_name=args.report)
    for error in report.errors:
        _err(f"error: {error}")
    if report.errors and not report.sections:
        # nothing was read: a page of the error is not a rendering of a report, and a
        # failed run leaves no output behind (hostile23 b02: binary junk made junk.html)
        return EXIT_FAILED
    _write_page(out, render_html(report))
    _err(f"wrote {out}")
    return EXIT_OK


# --- train / evaluate ----------------------------------------------------------

DEV_PACKAGE = "govinfo_nlp_dev"


class _NeedsCheckout(Exception):
    """Training and evaluation need a source checkout, which an installed package lacks."""


def _dev(module: str) -> Any:
    """``govinfo_nlp_dev.<module>``, the checkout's training tools, imported lazily.

    An installed package does not carry them (nor the ``datasets/`` they
    read); run from inside a checkout, the command finds the checkout's copy.
    """
    import importlib

    name = f"{DEV_PACKAGE}.{module}"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name not in (DEV_PACKAGE, name, name.rsplit(".", 1)[0]):
            raise  # a dependency of the tools is missing: not a checkout question
    for folder in (Path.cwd(), *Path.cwd().parents):
        if (folder / DEV_PACKAGE / "__init__.py").is_file() and (folder / "datasets").is_dir():
            sys.path.insert(0, str(folder))
            return importlib.import_module(name)
    raise _NeedsCheckout(
        "needs a source checkout of govinfo_nlp (its govinfo_nlp_dev/ tools and datasets/"
        ", which `pip install .` does not install): run it from inside the checkout"
    )


def _cmd_train(args: argparse.Namespace) -> int:
    out_dir = Path(args.out) if args.out else None
    if args.what == "segmenter":
        result = _dev("tokens.train").train_segmenter(out_dir)
    else:
        # the test split is read once, by the lead, at the end: training scores
        # it only when asked (--score-test)
        result = _dev("facts.train").train_facts(out_dir, score_test=args.score_test)
    if result is not None:
        print(result)
    return EXIT_OK


def _cmd_evaluate(args: argparse.Namespace) -> int:
    if args.what == "segmenter":
        evaluate = _dev("tokens.evaluate")
        print(evaluate.format_scores(evaluate.evaluate_segmenter()))
    else:
        evaluate = _dev("facts.evaluate")
        print(evaluate.format_report(evaluate.evaluate_facts(split=args.split)))
    return EXIT_OK


# --- parser --------------------------------------------------------------------


def _size(value: str) -> int:
    """A positive count, with an optional K/M/G suffix (powers of 1024)."""
    scale = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}.get(value[-1:].lower(), 1)
    digits = value[:-1] if scale > 1 else value
    if not digits.isdigit() or int(digits) < 1:
        raise argparse.ArgumentTypeError(
            f"expected a positive number like 5000 or 64M, not {value!r}"
        )
    return int(digits) * scale


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govinfo-nlp",
        description="Structured data from Chinese government information-disclosure "
        "annual reports (政府信息公开工作年度报告).",
    )
    parser.add_argument("--version", action="version", version=f"govinfo-nlp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser(
        "annotate",
        help="annotate reports, one JSON line per input",
        description="Annotate reports: a directory means every .txt/.htm/.html/.mhtml/.mht/.pdf/"
        ".docx/.doc/.wps under it (and images where OCR is installed), sorted. One output row per "
        "input, in input order.",
    )
    p.add_argument("inputs", nargs="+", metavar="DIR|FILE", help="input files or directories")
    p.add_argument(
        "-o", "--output", help="output file (.jsonl, .csv, .parquet); default: standard output"
    )
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--force", action="store_true", help="overwrite an existing output")
    p.add_argument(
        "--resume", action="store_true", help="skip inputs already in the output and append"
    )
    p.add_argument(
        "--format",
        choices=("jsonl", "csv", "parquet"),
        default=None,
        help="output format (default: from the output suffix, else jsonl)",
    )
    p.add_argument(
        "--explain", action="store_true", help="keep each fact's explanation in the output"
    )
    p.add_argument(
        "--stages",
        type=_stages,
        default=None,
        metavar="STAGE[,STAGE...]",
        help="run only these stages and what they need, e.g. tables (the year, no agency), "
        "tables,agency (what panel and crosscheck need) or tables,facts "
        "(default: all; each row's 'stages' lists those that ran)",
    )
    p.add_argument(
        "--max-bytes",
        type=_size,
        default=None,
        metavar="N",
        help="largest input read (e.g. 64M; default 32M); a larger one gets an error row",
    )
    p.add_argument(
        "--max-table-cells",
        type=_size,
        default=None,
        metavar="N",
        help="largest HTML table laid out, in grid cells its spans cover (default 50000)",
    )
    p.add_argument(
        "--max-pages",
        type=_size,
        default=None,
        metavar="N",
        help="most pages read from a PDF (default 2000); a longer one gets an error row",
    )
    p.add_argument(
        "--max-ocr-pages",
        type=_size,
        default=None,
        metavar="N",
        help="most pages of a PDF read by OCR, about 15 s each (default 50); the pages "
        "after them are left unread with a warning",
    )
    p.add_argument(
        "--max-facts",
        type=_size,
        default=None,
        metavar="N",
        help="most narrative facts read from a document (default 20000); the prose after "
        "them is left unread for facts with a warning",
    )
    p.add_argument(
        "--max-seconds",
        type=_size,
        default=None,
        metavar="N",
        help="most CPU seconds spent on one document (default 900); a document that "
        "takes longer gets a parse.timeout error row and the run goes on",
    )
    p.add_argument(
        "--max-page-chars",
        type=_size,
        default=None,
        metavar="N",
        help="most characters one PDF page may draw (default 100000); a PDF with a "
        "denser page gets an error row",
    )
    p.add_argument(
        "--with-text",
        action="store_true",
        help="write the text the offsets index into each row ('text'): for PDF, DOCX and "
        "the other binary formats, the extracted text",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    p.set_defaults(func=_cmd_annotate)

    p = sub.add_parser(
        "crosscheck",
        help="cross-year checks over an annotate output",
        description="Group reports by agency across years: t3.carry.<col>, "
        "t2.prev_change.<row> and year-on-year jumps.",
    )
    p.add_argument("input", metavar="OUT.jsonl", help="an annotate output (JSON lines)")
    p.add_argument("-o", "--output", help="write the checks as JSON")
    p.add_argument("--force", action="store_true", help="overwrite an existing output")
    p.set_defaults(func=_cmd_crosscheck)

    p = sub.add_parser(
        "panel",
        help="one row per agency and year, from an annotate output",
        description="An agency x year panel: the same agency under different spellings "
        "joined (each row says on what evidence), cross-year checks as columns.",
    )
    p.add_argument("input", metavar="OUT.jsonl", help="an annotate output (JSON lines)")
    p.add_argument("-o", "--output", required=True, help="panel.csv or panel.parquet")
    p.add_argument("--force", action="store_true", help="overwrite an existing output")
    p.set_defaults(func=_cmd_panel)

    p = sub.add_parser(
        "summary",
        help="a self-contained HTML page describing an annotate output",
        description="Coverage, templates and formats, warnings and errors, verdicts, "
        "distributions and cross-year breaks on one page with inline SVG charts.",
    )
    p.add_argument("input", metavar="OUT.jsonl", help="an annotate output (JSON lines)")
    p.add_argument("-o", "--output", required=True, help="the HTML file to write")
    p.add_argument("--force", action="store_true", help="overwrite an existing output")
    p.set_defaults(func=_cmd_summary)

    p = sub.add_parser("render", help="render one report as a self-contained HTML page")
    p.add_argument(
        "report",
        metavar="REPORT",
        help="a report file (.txt/.htm/.html), or with --disagreements an annotate output",
    )
    p.add_argument("-o", "--output", required=True, help="the HTML file to write")
    p.add_argument("--force", action="store_true", help="overwrite an existing output")
    p.add_argument(
        "--disagreements",
        action="store_true",
        help="REPORT is an annotate output (JSON lines): one page of every claim that "
        "contradicts its report's tables",
    )
    p.set_defaults(func=_cmd_render)

    p = sub.add_parser("train", help="rebuild a shipped model")
    p.add_argument("what", choices=("segmenter", "facts"))
    p.add_argument("-o", "--out", help="model directory to write (default: the shipped one)")
    p.add_argument(
        "--score-test",
        action="store_true",
        help="facts: also score the test split in the card (default: not read; the "
        "card keeps the previous card's test floor)",
    )
    p.set_defaults(func=_cmd_train)

    p = sub.add_parser("evaluate", help="score a model on its evaluation set")
    p.add_argument("what", choices=("segmenter", "facts"))
    # dev by default: the test split is read once, at the end of a session, by asking for it
    p.add_argument(
        "--split",
        default="dev",
        choices=("train", "dev", "test"),
        help="facts: which gold split (default: dev; test only when you mean to read it)",
    )
    p.set_defaults(func=_cmd_evaluate)
    return parser


def _std_streams() -> bool:
    """Make standard output and error safe to print to; whether standard output is open.

    A stream closed when the process started (a cron job or service run with
    ``2>&-``) is None in Python: the progress check on it raised after the rows
    were parsed and before one was written (hostile23 b10: 0 rows, exit 1, the
    traceback shown nowhere). Messages are for people: a character the console
    cannot encode (cp1252 and a report's name, b12) is escaped, not a crash.
    """
    stdout_open = sys.stdout is not None
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process's life
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process's life
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, io.UnsupportedOperation):
                reconfigure(errors="backslashreplace")
    return stdout_open


def _utf8_names() -> None:
    """Run this command again in Python's UTF-8 mode when file names are decoded otherwise.

    Under ``LC_ALL=C`` with ``PYTHONUTF8=0`` (a minimal container, a cron job) or a
    Latin-1 locale, Python decodes file names and arguments with the locale's codec:
    报告甲.txt was ``\\udce6\\udc8a…`` in every row's source, and the rows differed
    from the same run's under a UTF-8 locale (hostile24 e02). The names on disk are
    UTF-8 bytes whatever the locale; UTF-8 mode reads them so (``-X utf8`` outranks
    ``PYTHONUTF8``), and a name that is not UTF-8 keeps its ``\\udcXX`` escapes.
    """
    if os.name != "posix" or sys.flags.utf8_mode:
        return
    if sys.getfilesystemencoding().lower().replace("-", "") == "utf8":
        return
    original = getattr(sys, "orig_argv", None)
    if not original or not sys.executable:
        return
    os.execv(sys.executable, [sys.executable, "-X", "utf8", *original[1:]])


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (the console script exits with it)."""
    if argv is None:
        _utf8_names()
    stdout_open = _std_streams()
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    args.stdout_open = stdout_open
    # the messages below are written while a second Ctrl-C is still ignored (hostile24 s02)
    with _stop_once(keep=argv is None):
        return _run(parser, args)


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """The command's exit code; its failures said in one line on standard error."""
    from .errors import GovinfoError, MissingExtra

    try:
        return int(args.func(args))
    except _UsageError as exc:
        parser.exit(EXIT_USAGE, f"{parser.prog} {args.command}: error: {exc}\n")
    except MissingExtra as exc:
        _err(f"{parser.prog}: {exc}")
        return EXIT_FAILED
    except (_NeedsCheckout, GovinfoError) as exc:
        # e.g. training data absent: one line, no traceback
        _err(f"{parser.prog} {args.command}: {exc}")
        return EXIT_FAILED
    except KeyboardInterrupt as exc:
        if isinstance(exc, _Terminated):
            _err("terminated")
            return 143  # (128 + SIGTERM, as a shell reports a process it ended)
        _err("interrupted")
        return 130
    except BrokenPipeError:
        # e.g. `govinfo-nlp crosscheck out.jsonl | head`; keep Python from complaining
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        # e.g. the disk is full: what was written stays (a JSON-lines output
        # can be completed with --resume); no traceback for an outside cause.
        where = f" {exc.filename}" if exc.filename else ""
        _err(f"{parser.prog} {args.command}: error{where}: {exc.strerror or exc}")
        return EXIT_FAILED
    return EXIT_OK  # pragma: no cover - parser.exit raises


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
