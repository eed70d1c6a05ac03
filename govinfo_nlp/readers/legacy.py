"""DOC, WPS and ODT: converted to DOCX by LibreOffice, then read as DOCX.

There is no well-kept pure-Python reader of the legacy binary Word and WPS
formats (nor of OpenDocument's merged cells), and a half-read file would lose
cells silently; LibreOffice reads all three. Without it the file is an error that says what to install, never a
skipped file.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ..errors import UnreadableDocument
from .bounded import run_bounded

__all__ = ["convert_to_docx", "converter"]

# CPU seconds a conversion may spend (RLIMIT_CPU, set before soffice starts and inherited
# by the soffice.bin it forks): a bound on its work, not on the clock, so a file converts
# the same on a busy machine as on an idle one. A wall clock of 180 s (until session 25)
# made the result depend on the load. A Word 97 report converts in a few CPU seconds.
_CPU_S = 120
# A backstop for a conversion that waits instead of working (LibreOffice on a dialog or a
# lock): far above the CPU bound, so no load reaches it before that one (120 CPU seconds
# at a load of 15 on 2 cores is 15 min).
_WALL_S = 1800
_INSTALL = (
    "install LibreOffice so that `soffice` is on PATH "
    "(Debian/Ubuntu: apt-get install libreoffice-writer; macOS: brew install --cask libreoffice)"
)


# A line LibreOffice writes on every run where no Java is installed (most servers): it stood
# at the head of every read.convert message, before what went wrong (hostile27 x01).
_NOISE = ("Warning: failed to launch javaldx",)


def _what_it_said(output: bytes) -> str:
    """LibreOffice's message, without the lines it writes on every run, at most 300 chars."""
    lines = output.decode("utf-8", "replace").strip().splitlines()
    return "\n".join(line for line in lines if not line.startswith(_NOISE)).strip()[:300]


def converter() -> str | None:
    """The LibreOffice executable on PATH, if any."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(data: bytes, suffix: str, *, name: str = "input") -> bytes:
    """The DOCX bytes of a .doc/.wps/.odt file (``suffix`` tells LibreOffice which)."""
    exe = converter()
    if exe is None:
        raise UnreadableDocument(
            f"{name}: {suffix} files are read by converting them with LibreOffice; {_INSTALL}",
            code="converter_missing",
        )
    with tempfile.TemporaryDirectory(prefix="govinfo_nlp_") as tmp:
        src = Path(tmp) / f"input{suffix}"
        src.write_bytes(data)
        # A private profile: a user's running LibreOffice (or another conversion) holds
        # the default one's lock, and the conversion would silently do nothing.
        profile = Path(tmp, "profile").as_uri()
        cmd = [
            exe,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx",
            "--outdir",
            tmp,
            os.fspath(src),
        ]
        # HOME in the conversion's own directory: LibreOffice and the libraries it loads
        # (fontconfig's cache, dconf) write under HOME, and a user's files are not ours to
        # touch; the profile is already there (-env:UserInstallation). TMPDIR too: soffice
        # writes its own lu*.tmp files in TMPDIR, which a conversion ended by a signal left
        # there (hostile26 s02); in this directory they go with it. The watcher removes the
        # directory if this process dies without its own cleanup (scratch=).
        env = {
            **os.environ,
            "HOME": tmp,
            "XDG_CONFIG_HOME": tmp,
            "XDG_CACHE_HOME": tmp,
            "TMPDIR": tmp,
        }
        try:
            done = run_bounded(
                cmd,
                cpu_seconds=_CPU_S,
                wall_seconds=_WALL_S,
                code="convert",
                env=env,
                cwd=tmp,
                scratch=tmp,
            )
        except UnreadableDocument as exc:
            raise UnreadableDocument(
                f"{name}: LibreOffice could not convert it: {exc}", code=exc.code
            ) from exc
        out = Path(tmp) / "input.docx"
        if done.returncode != 0 or not out.is_file():
            said = _what_it_said(done.stderr or done.stdout)
            raise UnreadableDocument(
                f"{name}: LibreOffice could not convert it ({said or 'no output'})", code="convert"
            )
        return out.read_bytes()
