"""LibreOffice's bound is CPU time set before it starts, its process group killed (session 25, robust25).

readers/legacy.py ran soffice under a 180 s wall-clock timeout, so whether a .doc/.wps/.odt was
read depended on the machine's load (as tesseract's did until session 24), and a timeout killed
only the first process: soffice forks (oosplash -> soffice.bin) and the rest lived on. The
conversion now runs through ``readers.bounded.run_bounded``: RLIMIT_CPU set by a ``sh`` wrapper
before ``exec`` (inherited by every process soffice starts; a limit set on the pid afterwards
races the fork), a session of its own whose process group is killed when the run ends, and HOME
in the conversion's own directory (a user's files are not touched).

Most tests run ``convert_to_docx`` with a fake ``soffice`` (a shell script that forks as the real
one does), so they need no LibreOffice; the one that converts a committed fixture skips without
it. No timing assertion: the waits below are bounds on a loop, not measurements.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path

import pytest
from child_processes import fake_soffice, gone, wait_for

from govinfo_nlp.errors import UnreadableDocument
from govinfo_nlp.readers import bounded, legacy

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "datasets" / "fixtures" / "word2019.doc"

linux_only = pytest.mark.skipif(not Path("/proc/self/limits").exists(), reason="needs Linux /proc")


@linux_only
def test_the_cpu_bound_reaches_the_process_soffice_forks(tmp_path: Path, monkeypatch) -> None:
    """soffice forks soffice.bin: the bound must be set before exec to be inherited. The fake
    forks a child that records its own RLIMIT_CPU; under the old wall clock it had none."""
    record = tmp_path / "limits.txt"
    body = f"""( grep "Max cpu time" /proc/self/limits > "{record}" ) &
wait
printf 'PK' > "$out/input.docx"
"""
    monkeypatch.setattr(legacy, "converter", lambda: fake_soffice(tmp_path, body))
    assert legacy.convert_to_docx(b"{\\rtf1 x}", ".doc") == b"PK"
    fields = record.read_text().split()
    assert fields[3:5] == [str(legacy._CPU_S), str(legacy._CPU_S + 5)]


@linux_only
def test_a_stuck_conversion_is_killed_with_everything_it_started(
    tmp_path: Path, monkeypatch
) -> None:
    """On the wall-clock backstop the whole process group goes: the old timeout killed the
    first process only, and what it had forked (soffice.bin) lived on."""
    pidfile = tmp_path / "child.pid"
    body = f"""sleep 300 &
echo $! > "{pidfile}"
sleep 300
"""
    monkeypatch.setattr(legacy, "converter", lambda: fake_soffice(tmp_path, body))
    monkeypatch.setattr(legacy, "_WALL_S", 2)
    with pytest.raises(UnreadableDocument) as caught:
        legacy.convert_to_docx(b"{\\rtf1 x}", ".doc", name="stuck.doc")
    assert caught.value.code == "convert"
    assert "stuck.doc" in str(caught.value)
    pid = int(pidfile.read_text())
    # the kill is sent before the call returns; let the kernel finish it
    assert wait_for(lambda: gone(pid), tries=200), "a process the conversion started outlived it"


@linux_only
def test_a_conversion_that_works_past_the_cpu_bound_is_stopped(tmp_path: Path, monkeypatch) -> None:
    """A spinning conversion is killed by the kernel after its CPU seconds, whatever the wall
    clock allows: a read.convert error saying so, never its partial output."""
    body = """printf 'partial' > "$out/input.docx"
while :; do :; done
"""
    monkeypatch.setattr(legacy, "converter", lambda: fake_soffice(tmp_path, body))
    monkeypatch.setattr(legacy, "_CPU_S", 1)
    monkeypatch.setattr(legacy, "_WALL_S", 900)
    with pytest.raises(UnreadableDocument, match="CPU time") as caught:
        legacy.convert_to_docx(b"{\\rtf1 x}", ".doc")
    assert caught.value.code == "convert"


def test_a_conversion_that_waits_is_not_killed_by_the_cpu_bound(
    tmp_path: Path, monkeypatch
) -> None:
    """The bound is CPU time: a conversion that sleeps past it (soffice waiting for a core on
    a loaded machine) ends normally and its output is kept."""
    body = """sleep 2.5
printf 'PK-done' > "$out/input.docx"
"""
    monkeypatch.setattr(legacy, "converter", lambda: fake_soffice(tmp_path, body))
    monkeypatch.setattr(legacy, "_CPU_S", 1)
    assert legacy.convert_to_docx(b"{\\rtf1 x}", ".doc") == b"PK-done"


def test_the_users_home_is_not_touched(tmp_path: Path, monkeypatch) -> None:
    """LibreOffice and its libraries write under HOME (profile, caches): the conversion gets
    its own directory as HOME, the user's stays as it was."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    body = """mkdir -p "$HOME/.config/libreoffice" && echo x > "$HOME/.config/libreoffice/touched"
printf 'PK' > "$out/input.docx"
"""
    monkeypatch.setattr(legacy, "converter", lambda: fake_soffice(tmp_path, body))
    assert legacy.convert_to_docx(b"{\\rtf1 x}", ".doc") == b"PK"
    assert list(home.iterdir()) == []


def test_a_failed_conversion_says_so(tmp_path: Path, monkeypatch) -> None:
    body = """echo 'Error: source file could not be loaded' >&2
exit 1
"""
    monkeypatch.setattr(legacy, "converter", lambda: fake_soffice(tmp_path, body))
    with pytest.raises(UnreadableDocument, match="could not be loaded") as caught:
        legacy.convert_to_docx(b"junk", ".doc", name="bad.doc")
    assert caught.value.code == "convert"


@linux_only
def test_run_bounded_keeps_a_lower_bound_the_caller_is_under(tmp_path: Path) -> None:
    """A batch run under ``ulimit -t`` cannot raise its hard bound (without CAP_SYS_RESOURCE):
    the helper still runs, under the caller's bound; the wrapper does not give up."""
    code = (
        "import resource, sys\n"
        "from govinfo_nlp.readers import bounded\n"
        "resource.setrlimit(resource.RLIMIT_CPU, (60, 60))\n"
        "done = bounded.run_bounded(['sh', '-c', 'grep \"Max cpu time\" /proc/self/limits'],"
        " cpu_seconds=120, wall_seconds=600, code='ocr')\n"
        "sys.stdout.write(done.stdout.decode())\n"
    )
    import subprocess

    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ).stdout
    # 60 where the hard bound cannot be raised; 120 with CAP_SYS_RESOURCE (root, usually)
    assert out.split()[3] in {"60", "120"}


def test_a_missing_program_is_an_error_with_the_callers_code() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        bounded.run_bounded(
            ["/nonexistent/soffice"], cpu_seconds=10, wall_seconds=60, code="convert"
        )
    assert caught.value.code == "convert"


@pytest.mark.skipif(legacy.converter() is None, reason="needs LibreOffice (soffice on PATH)")
def test_a_committed_doc_converts_under_the_bound_and_leaves_home_alone(
    tmp_path: Path, monkeypatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    data = legacy.convert_to_docx(FIXTURE.read_bytes(), ".doc", name=FIXTURE.name)
    assert data[:2] == b"PK"
    assert list(home.iterdir()) == []
    assert shutil.which("soffice") or shutil.which("libreoffice")


def test_a_failed_conversion_says_what_went_wrong_first(tmp_path: Path, monkeypatch) -> None:
    """LibreOffice's every-run javaldx warning is not the message (hostile27 x01: it stood
    before 'source file could not be loaded' in every read.convert error)."""
    body = """echo 'Warning: failed to launch javaldx - java may not function correctly' >&2
echo 'Error: source file could not be loaded' >&2
exit 1
"""
    monkeypatch.setattr(legacy, "converter", lambda: fake_soffice(tmp_path, body))
    with pytest.raises(UnreadableDocument) as caught:
        legacy.convert_to_docx(b"junk", ".doc", name="bad.doc")
    assert "javaldx" not in str(caught.value)
    assert "(Error: source file could not be loaded)" in str(caught.value)


@linux_only
@pytest.mark.parametrize("escape", [False, True], ids=["in_its_group", "setsid"])
def test_a_conversion_that_exits_leaving_a_child_on_its_pipes_ends(
    tmp_path: Path, monkeypatch, escape: bool
) -> None:
    """hostile29 p05: soffice exits, its document written, leaving a process that holds its
    output pipes, in its group or in a session of its own: the conversion waited for the pipes'
    end until the 30 min backstop (here 120 s: a failure, not a hang). It now takes the output
    once the program has exited, and a helper left in the program's group is killed."""
    if escape and shutil.which("setsid") is None:
        pytest.skip("needs setsid")
    pidfile = tmp_path / "child.pid"
    body = f"""{"setsid sleep 300" if escape else "sleep 300"} &
echo $! > "{pidfile}"
printf 'PK' > "$out/input.docx"
exit 0
"""
    monkeypatch.setattr(legacy, "converter", lambda: fake_soffice(tmp_path, body))
    monkeypatch.setattr(legacy, "_WALL_S", 120)
    try:
        assert legacy.convert_to_docx(b"{\\rtf1 x}", ".doc") == b"PK"
        if not escape:
            pid = int(pidfile.read_text())
            assert wait_for(lambda: gone(pid), tries=200), "the helper it left outlived it"
    finally:
        if pidfile.exists() and not gone(int(pidfile.read_text())):
            os.kill(int(pidfile.read_text()), signal.SIGKILL)


@linux_only
def test_input_larger_than_a_pipe_reaches_a_program_slow_to_read_it() -> None:
    """The program's standard input is fed while its output is read (tesseract reads a page
    image so): all of it, however late the program starts reading."""
    data = bytes(range(256)) * 4096  # 1 MiB, sixteen pipes' worth
    done = bounded.run_bounded(
        ["sh", "-c", "sleep 1.5; cat; echo done >&2"],
        data,
        cpu_seconds=30,
        wall_seconds=120,
        code="ocr",
    )
    assert done.stdout == data
    assert done.stderr == b"done\n"
