"""What the tests of LibreOffice's bounded conversion share: a fake ``soffice`` and a look at
a child process in /proc (no LibreOffice needed).

The fake is a shell script that finds ``--outdir`` in its arguments (as soffice's command
line gives it) and then runs the test's body, which writes ``$out/input.docx`` or not.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

_ARGS = """#!/bin/sh
out=""
prev=""
for a in "$@"; do
  if [ "$prev" = "--outdir" ]; then out="$a"; fi
  prev="$a"
done
"""


def fake_soffice(tmp_path: Path, body: str) -> str:
    """The path of an executable fake soffice in ``tmp_path`` running ``body`` with ``$out``
    set to the conversion's output directory."""
    path = tmp_path / "fake_soffice"
    path.write_text(_ARGS + body, encoding="utf-8")
    path.chmod(0o755)
    return str(path)


def gone(pid: int) -> bool:
    """The process has ended (no entry, or a zombie nobody reaped yet)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat[stat.rindex(")") + 2] in "ZX"


def wait_for(cond: Callable[[], bool], tries: int = 600) -> bool:
    """``cond()`` once it holds, or its last value after ``tries`` looks 0.05 s apart (a bound
    on a loop, not a measurement: a watcher looks once a second)."""
    for _ in range(tries):
        if cond():
            return True
        time.sleep(0.05)
    return cond()
