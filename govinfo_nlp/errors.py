"""One exception family for misuse of the API and unreadable input.

Problems *inside* one document never raise out of :func:`govinfo_nlp.parse`;
they become entries in ``Report.warnings`` / ``Report.errors``.
"""

from __future__ import annotations


class GovinfoError(Exception):
    """Base class of every error raised by govinfo_nlp."""


class UnreadableDocument(GovinfoError):
    """The input cannot be turned into text (empty, binary, undecodable)."""

    def __init__(self, message: str, *, code: str = "unreadable") -> None:
        super().__init__(message)
        self.code = code


class RuleFileError(GovinfoError):
    """A pattern file has invalid entries; the message lists each as file:index."""


class DataFileError(GovinfoError):
    """A data file shipped with the library is missing, not UTF-8 or not valid JSON
    (a damaged install or a bad edit); the message names the file."""


class ModelError(GovinfoError):
    """A shipped model is missing, corrupt or was built for another version."""


class MissingExtra(GovinfoError):
    """An optional dependency is not installed; the message names the extra."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(
            f"{package} is not installed; install it with: pip install 'govinfo_nlp[{extra}]'"
        )
        self.package = package
        self.extra = extra


class BadArgument(GovinfoError, ValueError):
    """An argument has a value the function cannot use (e.g. ``window=-1``)."""


class BadArgumentType(GovinfoError, TypeError):
    """An argument has the wrong type (e.g. ``jobs="2"``)."""


class BadRow(GovinfoError, ValueError):
    """A line of an annotate output (JSON lines) is not a row of this version: not JSON,
    not an object, or keys of other types; the message names the file and line."""


class OutputError(GovinfoError):
    """An output file cannot be written safely; nothing was written to it."""


class OutputExists(OutputError, FileExistsError):
    """The output exists and overwriting it was not asked for."""


class OutputLocked(OutputError):
    """Another run holds the output's lock."""


class NotOurOutput(OutputError):
    """``--resume`` into a file that is not a clean output of ``annotate``."""


class OutputGone(GovinfoError):
    """The output was removed while a run wrote it and could not be made again."""


class ReaderLeft(GovinfoError):
    """The reader of the output (a FIFO or a pipe named with ``-o``) left before every row
    was written; the message says how many were and which input is the first one not."""
