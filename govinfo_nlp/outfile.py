"""The output file of ``annotate``: locked, never clobbered, resumed only when it is ours.

* :func:`locked` opens the output without truncating it and takes an
  exclusive lock, so that a second run on the same output stops with
  :class:`~govinfo_nlp.errors.OutputLocked` instead of interleaving its rows;
  without ``overwrite`` the file must not exist yet (checked atomically with
  ``O_EXCL``, so two runs cannot both pass an "exists?" test).
* :func:`scan_jsonl` reads an earlier output and tells which inputs it holds.
  Only a file of our rows is resumed: one JSON object with a ``source`` per
  line, of which only the last may be torn (a run killed mid-write). Anything
  else — a notes file, a corrupted byte in the middle — raises
  :class:`~govinfo_nlp.errors.NotOurOutput`, and nothing is truncated.
* :func:`open_beside` makes the file a ``--force`` run writes beside an existing
  output and moves in once whole, so that the old rows stay until the new ones are.
* :func:`escape_surrogates` keeps file names that are not valid UTF-8 (which
  Python holds as lone surrogates, PEP 383) writable in every format.

The lock is a POSIX record lock (``fcntl.lockf``): the kernel drops it when
the process dies, and forked worker processes do not inherit it, so a run
killed with ``kill -9`` never leaves a stale lock. Caveat of POSIX locks: the
process loses the lock when it closes *any* descriptor of the file, so
everything here reads and writes through the one descriptor.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import IO, Any

from .errors import NotOurOutput, OutputExists, OutputLocked

__all__ = [
    "escape_surrogates",
    "file_id",
    "locked",
    "looks_like_output",
    "open_beside",
    "scan_jsonl",
]

_SURROGATE = re.compile("[\ud800-\udfff]")

# Every row we write starts with this (SCHEMA §5 key order): a torn last line
# is ours only if it is a prefix of a row.
_ROW_START = b'{"'


def escape_surrogates(text: str) -> str:
    r"""``text`` with each lone surrogate written as ``\udcXX`` (valid UTF-8 again).

    In a JSON string this is the JSON escape, so ``json.loads`` gives the
    original ``str`` back (and ``os.fsencode`` the original bytes).

    >>> escape_surrogates("a\udcff.txt")
    'a\\udcff.txt'
    """
    try:
        # UTF-8 refuses exactly the surrogates: encoding in C is several times
        # cheaper than the regex's scan, and a row is almost never refused.
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text


def file_id(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """``(device, inode)`` of the regular file at ``path`` (links followed), else None.

    Two paths with one id are one file: a hard link has no other trace.
    """
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


#: How each output format of ours starts (JSON lines: SCHEMA §5's first key;
#: CSV: its header; Parquet: its magic bytes).
_OUTPUT_STARTS: tuple[bytes, ...] = (b'{"id"', b"id,source,", b"PAR1")


def looks_like_output(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is empty or starts as an output of ours would.

    Decides whether a file that is both an input found in a directory and
    the output may be left out of the inputs (and overwritten): only when it
    holds nothing, or what an earlier run of ours wrote there.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return not head or head.startswith(_OUTPUT_STARTS)


def _lock(fd: int, name: str) -> None:
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        raise OutputLocked(
            f"{name} is being written by another run (it is locked); "
            "wait for that run or choose another output"
        ) from exc


@contextmanager
def locked(path: str | os.PathLike[str], *, overwrite: bool) -> Iterator[int]:
    """An exclusively locked descriptor of the output ``path`` (not truncated).

    ``overwrite=False`` creates the file and fails with
    :class:`~govinfo_nlp.errors.OutputExists` if it exists. The caller
    truncates or appends once it holds the lock.
    """
    name = os.fspath(path)
    flags = os.O_RDWR | os.O_CREAT | (0 if overwrite else os.O_EXCL)
    try:
        fd = os.open(name, flags, 0o666)
    except FileExistsError as exc:
        raise OutputExists(f"{name} exists; use --force to overwrite it") from exc
    try:
        _lock(fd, name)
        yield fd
    finally:
        os.close(fd)


def open_beside(path: str | os.PathLike[str], fd: int) -> tuple[int, str]:
    """A new, empty, locked file beside the output ``path`` (whose descriptor is ``fd``).

    Returns its descriptor and its name, ``.NAME.part`` in the folder of the file
    ``path`` names (a link to the output: beside the file it names), which the caller
    writes and renames over that file once whole, so that the old output (and its other
    names: a hard link, hostile24 b07) is kept until then. It has the output's mode
    (and owner, where allowed). A ``.NAME.part`` left by a killed run is replaced: only
    the run holding the output's lock makes one.
    """
    target = os.path.realpath(path)
    folder, name = os.path.split(target)
    part = os.path.join(folder, f".{name}.part")
    with suppress(FileNotFoundError):
        os.unlink(part)  # a killed run's (not followed: unlink removes a link itself)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    new = os.open(part, flags, 0o600)
    try:
        held = os.fstat(fd)
        os.fchmod(new, held.st_mode & 0o7777)  # the output's mode, not 0600
        with suppress(OSError):  # root writing a user's output: theirs again
            os.fchown(new, held.st_uid, held.st_gid)
        _lock(new, name)
    except BaseException:
        os.close(new)
        with suppress(OSError):
            os.unlink(part)
        raise
    return new, part


def text_writer(fd: int) -> IO[str]:
    """A UTF-8 text stream on ``fd`` at its current position; closing it keeps ``fd`` open."""
    return open(fd, "w", encoding="utf-8", newline="\n", closefd=False)


def binary_writer(fd: int) -> IO[bytes]:
    """A buffered binary stream on ``fd`` at its current position; closing it keeps
    ``fd`` open (JSON lines are written as their UTF-8 bytes: see ``write_jsonl``)."""
    return open(fd, "wb", closefd=False)


def scan_jsonl(
    handle: IO[bytes], name: str, fits: Callable[[dict[str, Any]], str | None] | None = None
) -> tuple[Counter[str], int]:
    """``(rows per source, length to keep)`` of an earlier JSON-lines output.

    The length to keep drops a torn last line. Raises
    :class:`~govinfo_nlp.errors.NotOurOutput` when any other line is not one
    of our rows, or is a row that ``fits`` says this run would not write (a
    resumed run with other options would leave rows of two shapes: no single
    run gives that file); reading is done on ``handle`` as given (from its start).
    """
    handle.seek(0)
    done: Counter[str] = Counter()
    offset = 0
    for number, line in enumerate(iter(handle.readline, b""), 1):
        problem = _row_problem(line, done, fits)
        if problem is None:
            offset += len(line)
            continue
        last = handle.read(1) == b""
        if problem.startswith(_OTHER_RUN):
            raise NotOurOutput(
                f"{name} line {number} {problem}; resuming would mix rows of two runs "
                "(nothing was changed): resume with the same options, use --force to "
                "start over, or write to another file"
            )
        if last and line.startswith(_ROW_START[: len(line)]) and problem != "not an annotate row":
            return done, offset  # a write cut short by a kill: dropped
        raise NotOurOutput(
            f"{name} is not a clean govinfo-nlp output (line {number}: {problem}); "
            "refusing to resume into it (nothing was changed); "
            "use --force to overwrite it, or write to another file"
        )
    return done, offset


_OTHER_RUN = "was written"


def _row_problem(
    line: bytes, done: Counter[str], fits: Callable[[dict[str, Any]], str | None] | None
) -> str | None:
    """Why ``line`` is not one of our rows (None: it is, and it was counted)."""
    if not line.endswith(b"\n"):
        return "no line end"
    if not line.strip():
        return "blank line"
    if line.startswith(b"\xef\xbb\xbf"):
        return "a byte order mark (the file was saved by an editor)"
    try:
        row = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return "not UTF-8"
    except json.JSONDecodeError:
        return "not JSON"
    if not isinstance(row, dict) or not isinstance(row.get("source"), str):
        return "not an annotate row"
    other = fits(row) if fits is not None else None
    if other is not None:
        return f"{_OTHER_RUN} {other}"
    done[row["source"]] += 1
    return None
