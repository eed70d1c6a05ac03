"""A conversion's temporary files go with it, however it ends (session 27, robust27; hostile26 s02).

LibreOffice writes ``lu*.tmp`` files in TMPDIR itself, outside the conversion's own directory,
so a conversion ended by SIGTERM (hostile26 s02) or any conversion left them in the user's
TMPDIR. The conversion now gets its own directory as TMPDIR. A caller that dies without its
own cleanup (a worker SIGKILLed by the OOM killer) left that whole directory (the input's copy,
the profile) in TMPDIR: the watcher that ends the helper's group when its caller dies now runs
in a session of its own and removes the directory after the group is killed.

The fake ``soffice`` below writes a ``lu<pid>.tmp`` in $TMPDIR as the real one does. No timing
assertion: the waits are bounds on a loop, not measurements.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from child_processes import fake_soffice, gone, wait_for
from conftest import ROOT

from govinfo_nlp.readers import bounded, legacy

linux_only = pytest.mark.skipif(
    not Path("/proc/self/stat").exists() or shutil.which("setsid") is None,
    reason="needs Linux /proc and setsid (the watcher's own session)",
)

# soffice writes a lock file in $TMPDIR; the fake does too, before the test's body.
_LOCK = 'echo lock > "${TMPDIR:-/tmp}/lu$$.tmp"\n'


def _fake(tmp_path: Path, body: str) -> str:
    return fake_soffice(tmp_path, _LOCK + body)


def test_a_conversions_lock_files_go_with_its_directory(tmp_path: Path, monkeypatch) -> None:
    """A normal conversion: soffice's lu*.tmp is written in the conversion's directory (TMPDIR),
    which is removed after it; the user's TMPDIR is as it was (it held the file before)."""
    user_tmp = tmp_path / "tmpdir"
    user_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(user_tmp))
    monkeypatch.setattr("tempfile.tempdir", None)  # tempfile reads TMPDIR again
    body = """printf 'PK' > "$out/input.docx"
"""
    monkeypatch.setattr(legacy, "converter", lambda: _fake(tmp_path, body))
    assert legacy.convert_to_docx(b"{\\rtf1 x}", ".doc") == b"PK"
    assert list(user_tmp.iterdir()) == []


def _caller(tmp_path: Path, body: str) -> tuple[subprocess.Popen[bytes], Path, Path]:
    """A process converting with the fake soffice (which writes its pid, then runs ``body``),
    its TMPDIR and the pid file."""
    user_tmp = tmp_path / "tmpdir"
    user_tmp.mkdir()
    pid_file = tmp_path / "pid"
    fake = _fake(tmp_path, f'echo $$ > "{pid_file}"\n' + body)
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from govinfo_nlp.readers import legacy\n"
        f"legacy.converter = lambda: {fake!r}\n"
        "legacy.convert_to_docx(b'{\\\\rtf1 x}', '.doc')\n"
    )
    env = {**os.environ, "TMPDIR": str(user_tmp)}
    caller = subprocess.Popen([sys.executable, "-c", code], env=env, stderr=subprocess.DEVNULL)
    assert wait_for(lambda: pid_file.exists() and pid_file.read_text().strip() != "")
    return caller, user_tmp, pid_file


@linux_only
def test_a_caller_killed_with_sigkill_leaves_no_conversion_directory(tmp_path: Path) -> None:
    """The caller (a batch worker) is SIGKILLed while soffice converts: no ``finally`` runs, so
    only the watcher can end soffice and remove the conversion's directory (input copy, profile,
    lock file). Before: the helper was ended but the directory stayed in TMPDIR."""
    caller, user_tmp, pid_file = _caller(tmp_path, "exec sleep 300\n")
    helper = int(pid_file.read_text())
    try:
        assert [p.name for p in user_tmp.iterdir()]  # the conversion's directory is there
        os.kill(caller.pid, signal.SIGKILL)
        caller.wait()
        assert wait_for(lambda: gone(helper) and not list(user_tmp.iterdir()))
    finally:
        if not gone(helper):
            os.kill(helper, signal.SIGKILL)
    assert list(user_tmp.iterdir()) == []


@linux_only
def test_a_caller_interrupted_leaves_no_lock_file(tmp_path: Path) -> None:
    """An interrupt (Ctrl-C; the CLI's SIGTERM takes its path) while soffice converts: the
    caller kills the group and removes the directory, lock file included (before: lu*.tmp was
    left in the user's TMPDIR, hostile26 s02)."""
    caller, user_tmp, pid_file = _caller(tmp_path, "exec sleep 300\n")
    helper = int(pid_file.read_text())
    try:
        os.kill(caller.pid, signal.SIGINT)
        caller.wait(timeout=60)
        assert wait_for(lambda: gone(helper))
    finally:
        if not gone(helper):
            os.kill(helper, signal.SIGKILL)
    assert list(user_tmp.iterdir()) == []


@linux_only
def test_the_watcher_ends_when_the_program_ends(tmp_path: Path) -> None:
    """The watcher runs in a session of its own (so the group kill does not end it before it
    removes the directory): it must still end by itself once the program's group is gone,
    not wait for its caller (a batch worker lives for many documents)."""
    done = bounded.run_bounded(
        ["sh", "-c", "echo $$"], cpu_seconds=10, wall_seconds=60, code="x", scratch=str(tmp_path)
    )
    group = done.stdout.decode().strip()

    def watchers() -> list[str]:
        found = []
        for p in Path("/proc").iterdir():
            if not p.name.isdigit():
                continue
            try:
                args = p.joinpath("cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if bounded._WATCH.encode() in args and group.encode() in args and not gone(int(p.name)):
                found.append(p.name)
        return found

    assert wait_for(lambda: not watchers(), tries=200)
    assert tmp_path.is_dir()  # the caller lives: the directory is the caller's to remove
