"""Helper programs (tesseract, LibreOffice) run with their CPU time bounded in the child.

A result must not depend on how busy the machine is. A wall-clock timeout kills a run that
a loaded machine merely slowed (session 24: the two-up scan formats5 h02 lost its text under
load; LibreOffice had 180 s of wall clock until session 25), so the bound is CPU time:
RLIMIT_CPU, which the kernel enforces on work done, not on time spent waiting for a core.

The limit is set in the child before it runs the program, by a ``/bin/sh`` wrapper
(``ulimit -t``, then ``exec``): LibreOffice forks (``soffice`` → ``oosplash`` →
``soffice.bin``), and a limit set from here after the child started (``prlimit`` on its
pid) races that fork, while one set before ``exec`` is inherited by every process the
program starts. No Python code runs between fork and exec (no ``preexec_fn``), so the call
is safe from a threaded caller. The child starts a session of its own, and its whole
process group is killed when the run ends: on the wall-clock backstop, on an interrupt,
and after a normal exit (a helper a program left behind does not outlive the document);
and, by a watcher the wrapper starts, when the caller dies without ending it (SIGKILL). The
watcher then also removes the program's scratch directory (``scratch``), which the caller's
own cleanup would have removed: a killed conversion leaves no files behind either.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from typing import IO, Final

from ..errors import UnreadableDocument

__all__ = ["run_bounded"]

# sh's ulimit takes whole seconds; the hard bound (SIGKILL) 5 s after the soft one
# (SIGXCPU, which a program may catch to stop cleanly); no core file from a killed helper.
# The soft bound first (a hard one below the soft is refused). A caller already under a
# lower hard bound (a batch run under ulimit -t) cannot raise it:
# the soft bound is then that hard one, and the program still runs.
#
# A watcher started first ends the program's process group once the caller is gone: a batch
# worker SIGKILLed (the OOM killer) or a run ended by SIGTERM runs no ``finally``, and its
# LibreOffice (its own session, so a kill of the run's group misses it) went on until its CPU
# bound, minutes of a core (hostile26 s02, s03). It asks once a second whether the caller
# ($PPID: sh's parent) lives; its descriptors are /dev/null, so that the program's output
# pipes close when the program ends.
#
# The watcher runs in a session of its own (setsid) so that the group kill does not end it
# before it removes the scratch directory ($3, may be empty) that the dead caller can no
# longer remove (session 27, robust27: a conversion's directory with its input copy and
# profile was left in TMPDIR by a SIGKILLed worker). Not being in the program's group, it
# ends by itself once that group is gone (the normal end: the caller killed the group and
# removes the directory itself). Where there is no setsid (not Linux), the watcher stays in
# the group, ends with it and removes nothing (the caller's cleanup is then all there is).
_WATCH = (
    'while kill -0 "$1" 2>/dev/null; do kill -0 -"$2" 2>/dev/null || exit 0; sleep 1; done; '
    'kill -KILL -"$2" 2>/dev/null; [ -z "$3" ] || rm -rf -- "$3"'
)
_WRAPPER = (
    "p=$PPID; h=$1; t=$2; d=$3; w=$4; shift 4; "
    'if command -v setsid >/dev/null 2>&1; then setsid sh -c "$w" sh "$p" "$$" "$d" '
    "</dev/null >/dev/null 2>&1 & "
    'else (while kill -0 "$p" 2>/dev/null; do sleep 1; done; kill -KILL 0) '
    "</dev/null >/dev/null 2>&1 & fi; "
    'ulimit -S -t "$t" 2>/dev/null || ulimit -S -t "$(ulimit -H -t)"; '
    'ulimit -H -t "$h" 2>/dev/null; ulimit -c 0 2>/dev/null; exec "$@"'
)


def _executable(prog: str) -> str | None:
    if os.sep in prog:
        return prog if os.access(prog, os.X_OK) and not os.path.isdir(prog) else None
    return shutil.which(prog)


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):  # the group has ended
        os.killpg(pid, signal.SIGKILL)


def _end_group(proc: subprocess.Popen[bytes]) -> None:
    """Kill the program's group and wait, bounded, until it is gone: the caller removes the
    program's directory right after, and a process that has been sent SIGKILL still
    finishes the write it is in (LibreOffice's lu*.tmp appearing in a directory being
    removed, session 27). The program itself is reaped first (an unreaped zombie keeps the
    group); its own children are reaped by init, so the wait gives up after a second."""
    _kill_group(proc.pid)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=1)
    for _ in range(50):
        try:
            os.killpg(proc.pid, 0)
        except (ProcessLookupError, PermissionError):
            return
        time.sleep(0.02)


#: How often the caller looks whether the program has exited while its pipes stay open.
_POLL_SECONDS: Final = 1.0

#: How long the pipes of a program that has exited may stay open before what holds them is
#: killed (the program's process group), and again before they are closed unread (a process
#: in a session of its own holds them). A helper the program left running held them, and the
#: conversion waited for their end until the 30 min backstop (hostile29 p05).
_AFTER_EXIT_SECONDS: Final = 2.0


#: The most of a program's standard output kept: what the caller reads (tesseract's words of
#: a page are well under 1 MiB). A program that writes more is stopped and its document is an
#: error: a fake or broken converter writing GiBs (hostile30 p02) held them all in the worker.
_MAX_STDOUT: Final = 64 << 20

#: The most of a program's standard error kept: its first words say why it failed; the rest
#: is read and dropped (hostile30 p01: 2 GiB of it were held, then joined, in the worker).
_MAX_STDERR: Final = 1 << 20


class _TooMuchOutput(Exception):
    """The program wrote more than :data:`_MAX_STDOUT` to its standard output."""


def _communicate(
    proc: subprocess.Popen[bytes], data: bytes | None, wall_seconds: float
) -> tuple[bytes, bytes]:
    """Feed ``data`` to ``proc`` and read its standard output and error until they close.

    ``Popen.communicate`` waited for the pipes' end-of-file however long it took once the
    program had exited (a helper it started holding them), and cannot be resumed after a
    timeout with its input still unsent. Here, once the program has exited, its pipes get
    :data:`_AFTER_EXIT_SECONDS` to close; then its process group is killed, and after as long
    again they are closed unread: what the program wrote before it exited has been read.
    Raises :class:`subprocess.TimeoutExpired` at ``wall_seconds`` while the program runs, and
    :class:`_TooMuchOutput` past :data:`_MAX_STDOUT`; standard error past :data:`_MAX_STDERR`
    is read and dropped.
    """
    import selectors

    deadline = time.monotonic() + wall_seconds
    pipes: dict[int, IO[bytes]] = {}
    read: dict[int, list[bytes]] = {}
    kept: dict[int, int] = {}  # bytes read from each pipe
    view = memoryview(data or b"")
    sent = 0
    exited: float | None = None
    killed = False
    with selectors.DefaultSelector() as sel:

        def done(fd: int) -> None:
            sel.unregister(fd)
            pipes[fd].close()

        if proc.stdin is not None:
            if view:
                pipes[proc.stdin.fileno()] = proc.stdin
                sel.register(proc.stdin.fileno(), selectors.EVENT_WRITE)
            else:
                proc.stdin.close()
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:
                pipes[pipe.fileno()] = pipe
                read[pipe.fileno()] = []
                sel.register(pipe.fileno(), selectors.EVENT_READ)
        out_fd = proc.stdout.fileno() if proc.stdout is not None else -1
        err_fd = proc.stderr.fileno() if proc.stderr is not None else -1
        room = {out_fd: _MAX_STDOUT, err_fd: _MAX_STDERR}
        while sel.get_map():
            now = time.monotonic()
            if proc.poll() is not None:
                if exited is None:
                    exited = now
                elif now - exited >= _AFTER_EXIT_SECONDS:
                    if killed:  # held by a process outside the group: taken as they are
                        for key in list(sel.get_map().values()):
                            done(key.fd)
                        break
                    _kill_group(proc.pid)  # a helper the program left in its group
                    killed, exited = True, now
            elif now >= deadline:
                raise subprocess.TimeoutExpired(proc.args, wall_seconds)
            for key, _ in sel.select(max(0.0, min(_POLL_SECONDS, deadline - now))):
                fd = key.fd
                if fd in read:
                    chunk = os.read(fd, 32768)
                    if not chunk:
                        done(fd)
                        continue
                    have = kept.get(fd, 0)
                    if have + len(chunk) > room[fd] and fd == out_fd:
                        raise _TooMuchOutput
                    if have < room[fd]:
                        read[fd].append(chunk[: room[fd] - have])
                    kept[fd] = have + len(chunk)
                    continue
                try:
                    sent += os.write(fd, view[sent : sent + _PIPE_CHUNK])
                except BrokenPipeError:  # the program stopped reading: its exit says why
                    sent = len(view)
                if sent >= len(view):
                    done(fd)
    proc.wait(timeout=max(0.0, deadline - time.monotonic()))
    return b"".join(read.get(out_fd, [])), b"".join(read.get(err_fd, []))


#: What is written to the program's standard input at a time (select says a pipe takes it).
_PIPE_CHUNK: Final = 4096


def _close_pipes(proc: subprocess.Popen[bytes]) -> None:
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe is not None:
            with contextlib.suppress(OSError):
                pipe.close()


def run_bounded(
    cmd: Sequence[str],
    data: bytes | None = None,
    *,
    cpu_seconds: int,
    wall_seconds: float,
    code: str,
    env: Mapping[str, str] | None = None,
    cwd: str | None = None,
    scratch: str | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run ``cmd`` (fed ``data`` on standard input) with ``cpu_seconds`` of CPU time.

    A program that works past the bound is killed by the kernel, one that waits is not,
    however busy the machine; ``wall_seconds`` is only a backstop for one that waits for
    ever. A program that cannot start, is killed (the bound, the OOM killer) or outlives
    the backstop raises :class:`UnreadableDocument` with ``code``: its output would be
    partial. Any other exit is returned, the caller judges its status. ``scratch`` is a
    directory of the program's that the caller removes after the call; if the caller dies
    first (SIGKILL), the watcher removes it once the program's group is killed.
    """
    exe = _executable(cmd[0])
    if exe is None:
        raise UnreadableDocument(f"{cmd[0]} failed: no such program", code=code)
    sh = shutil.which("sh") or "/bin/sh"
    argv = [sh, "-c", _WRAPPER, "sh", str(cpu_seconds + 5), str(cpu_seconds)]
    argv += [scratch or "", _WATCH, exe, *cmd[1:]]
    try:
        proc = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE if data is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=dict(env) if env is not None else None,
            cwd=cwd,
            start_new_session=True,
        )
    except OSError as exc:
        raise UnreadableDocument(f"{cmd[0]} failed: {exc}", code=code) from exc
    with proc:
        try:
            out, err = _communicate(proc, data, wall_seconds)
        except subprocess.TimeoutExpired as exc:
            _kill_group(proc.pid)
            _close_pipes(proc)
            raise UnreadableDocument(f"{cmd[0]} failed: {exc}", code=code) from exc
        except _TooMuchOutput:
            _kill_group(proc.pid)
            _close_pipes(proc)
            raise UnreadableDocument(
                f"{cmd[0]} wrote more than {_MAX_STDOUT >> 20} MiB to its standard output; stopped",
                code=code,
            ) from None
        except BaseException:  # an interrupt, the batch's own CPU bound: no helper left
            _end_group(proc)
            raise
        finally:
            _kill_group(proc.pid)
    if proc.returncode < 0:
        sig = -proc.returncode
        why = (
            f"ran past {cpu_seconds} s of CPU time"
            if sig in (signal.SIGXCPU, signal.SIGKILL)
            else f"was killed by signal {sig}"
        )
        raise UnreadableDocument(f"{cmd[0]} {why}", code=code)
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)
