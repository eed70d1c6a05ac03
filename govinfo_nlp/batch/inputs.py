"""The inputs of a batch: what a directory expands to, and what it leaves out."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Final

from ..errors import GovinfoError

__all__ = [
    "IMAGE_SUFFIXES",
    "INPUT_SUFFIXES",
    "collect_inputs",
    "input_suffixes",
    "is_dir",
    "skipped_inputs",
]

#: File suffixes a directory input expands to (case-insensitive).
INPUT_SUFFIXES: Final = (
    ".txt",
    ".htm",
    ".html",
    ".mhtml",
    ".mht",
    ".pdf",
    ".docx",
    ".doc",
    ".wps",
    ".odt",
)
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
        if is_dir(path):
            out.extend(str(p) for p in sorted(_walk(path)))
        elif _exists_or_hidden(path):
            out.append(os.fspath(arg))
        elif os.fspath(arg) == "-":
            # the Unix spelling of standard input, which annotate does not read (hostile27
            # b05: "input not found: -" did not say why)
            raise GovinfoError(
                "input not found: - (standard input is not read: save it to a file, "
                "or give files or directories)"
            )
        else:
            raise GovinfoError(f"input not found: {os.fspath(arg)}")
    return out


def _exists_or_hidden(path: Path) -> bool:
    """Whether ``path`` exists, or may and cannot be looked at (a file in a directory
    that can be listed but not searched): such an input gets its row saying why, where
    "input not found" stopped the run (hostile22 d03, a file given by name)."""
    try:
        os.lstat(path)
    except PermissionError:
        return True
    except (OSError, ValueError):
        return False
    return True


def is_dir(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a directory; False when it cannot be looked at.

    ``Path.is_dir`` raises PermissionError for an entry of a directory that can
    be listed but not searched (mode 644): that one entry stopped the whole run
    with no row for any input (hostile22 d03). Such an entry is an input like
    any other, whose row says why it could not be read.
    """
    return os.path.isdir(path)


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
        if exc.filename is None:
            continue
        name = os.fsdecode(exc.filename)
        deeper = _past_path_max(name, suffixes) if exc.errno == errno.ENAMETOOLONG else None
        if deeper is None:  # a folder that cannot be listed: its row says why
            yield Path(name)
        else:  # listed by descriptors: each file its row (its name too long to open)
            yield from deeper


def _past_path_max(folder: str, suffixes: tuple[str, ...]) -> list[Path] | None:
    """The entries with an input suffix under ``folder``, a directory whose path is longer
    than the system takes (PATH_MAX), where :func:`os.walk` stops with ENAMETOOLONG; None
    when it cannot be opened by descriptors either (then the folder's own row says why).

    A report 460 directories deep had no row of its own, only the folder where the walk
    stopped (hostile23 b14). The tree is reached by descriptors, one name at a time.
    """
    if not hasattr(os, "fwalk"):  # pragma: no cover - Windows has no descriptor walk
        return None
    found: list[Path] = []
    try:
        fd = _open_by_parts(folder)
    except (OSError, ValueError):
        return None
    try:
        for root, dirs, files, root_fd in os.fwalk(".", dir_fd=fd, onerror=lambda e: None):
            for name in (*files, *(d for d in dirs if _is_link(d, root_fd))):
                if os.path.splitext(name)[1].lower() in suffixes:
                    found.append(Path(folder, root, name))
    except RecursionError:  # a tree deeper than Python's recursion: what was found
        pass
    finally:
        os.close(fd)
    return found


def _open_by_parts(path: str) -> int:
    """A descriptor of the directory ``path``, opened one component at a time."""
    absolute = os.path.isabs(path)
    fd = os.open(os.sep if absolute else os.curdir, os.O_RDONLY)
    for part in Path(path).parts[1 if absolute else 0 :]:
        try:
            child = os.open(part, os.O_RDONLY, dir_fd=fd)
        finally:
            os.close(fd)
        fd = child
    return fd


def _is_link(name: str, dir_fd: int) -> bool:
    try:
        return stat.S_ISLNK(os.stat(name, dir_fd=dir_fd, follow_symlinks=False).st_mode)
    except OSError:
        return False


def input_suffixes() -> tuple[str, ...]:
    """The suffixes a directory expands to here: images only where OCR can read them."""
    from ..readers.ocr import ocr_available

    return INPUT_SUFFIXES + (IMAGE_SUFFIXES if ocr_available() else ())


def skipped_inputs(args: Iterable[str | os.PathLike[str]]) -> list[tuple[str, str]]:
    """Files under the directories in ``args`` that :func:`collect_inputs` leaves out, and why."""
    suffixes = input_suffixes()
    out: list[tuple[str, str]] = []
    for arg in args:
        if not is_dir(arg):
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
