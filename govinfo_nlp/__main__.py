"""``python -m govinfo_nlp`` runs the ``govinfo-nlp`` command line (:func:`main`, also the
console script's entry point)."""

from __future__ import annotations

import contextlib
import os
import sys

#: The exit status of a command stopped by Ctrl-C (128 + SIGINT, as a shell reports it).
_INTERRUPTED = 130


def main() -> int:
    """Run :func:`govinfo_nlp.cli.main`; a Ctrl-C before its own handler is set is one too.

    The command sets its SIGINT handler once its arguments are read; a Ctrl-C in the tenths
    of a second before (Python importing the command and its libraries, the parser built)
    printed Python's own traceback, ending in ``KeyboardInterrupt`` (hostile29). It is now
    "interrupted" and exit 130, as later. What runs before this function (Python's start,
    ``site``, the package's ``__init__``) is outside its reach. So is a Ctrl-C once the
    command has returned, while Python exits: it ends the process with the same line.
    """
    try:
        from .cli import main as command

        status = command()
    except KeyboardInterrupt:
        _say_interrupted()
        return _INTERRUPTED
    _quiet_exit()
    return status


def _say_interrupted() -> None:
    """Say "interrupted" on standard error; nothing when it is closed or full."""
    with contextlib.suppress(OSError):
        os.write(2, b"interrupted\n")


def _interrupted_at_exit(signum: int, frame: object) -> None:
    _say_interrupted()
    os._exit(_INTERRUPTED)


def _quiet_exit() -> None:
    """A Ctrl-C while Python exits (its ``atexit`` work, the flush of standard output)
    ends the process at once with "interrupted", not a traceback. An ignored Ctrl-C (nohup,
    a script's background job) stays ignored, and a caller's own handler stays."""
    import signal

    with contextlib.suppress(ValueError):  # not the main thread (the command run in a thread)
        # Python's own handler, put back by the command; a stopped run keeps its handler,
        # which ignores a second Ctrl-C (it said "interrupted" already)
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            signal.signal(signal.SIGINT, _interrupted_at_exit)


if __name__ == "__main__":
    sys.exit(main())
