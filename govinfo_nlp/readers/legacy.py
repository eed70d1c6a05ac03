"""DOC, WPS and ODT: converted to DOCX by LibreOffice, then read as DOCX.

There is no well-kept pure-Python reader of the legacy binary Word and WPS
formats (nor of OpenDocument's merged cells), and a half-read file would lose
cells silently; LibreOffice reads all three. Without it the file is an error that says what to install, never a
skipped file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import UnreadableDocument

__all__ = ["convert_to_docx", "converter"]

# A conversion that takes longer is stuck (LibreOffice waiting on a dialog or a lock).
_TIMEOUT_S = 180
_INSTALL = (
    "install LibreOffice so that `soffice` is on PATH "
    "(Debian/Ubuntu: apt-get install libreoffice-writer; macOS: brew install --cask libreoffice)"
)


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
        try:
            done = subprocess.run(cmd, capture_output=True, timeout=_TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise UnreadableDocument(
                f"{name}: LibreOffice could not convert it: {exc}", code="convert"
            ) from exc
        out = Path(tmp) / "input.docx"
        if done.returncode != 0 or not out.is_file():
            said = (done.stderr or done.stdout).decode("utf-8", "replace").strip()[:300]
            raise UnreadableDocument(
                f"{name}: LibreOffice could not convert it ({said or 'no output'})", code="convert"
            )
        return out.read_bytes()
