"""The library's own data files, read one way.

Word lists, cue patterns, label rules and the number grammar are data files
beside the code that uses them (``data/``, ``facts/data/``, ``tables/data/``,
``readers/data/``, ``quantities/``). Every module reads its files through
:func:`read_text` or :func:`load_json`, named by their path inside the package
(``"facts/data/cues.json"``), as spaCy's ``util.load_json`` serves its
language data: one place knows where the files are (``importlib.resources``,
so a wheel or a zip import works too) and a missing or broken file is one
:class:`~govinfo_nlp.errors.DataFileError` naming it, not a bare
``FileNotFoundError`` or ``JSONDecodeError`` from deep inside a stage.

Nothing is cached here: each caller keeps what it builds from a file (compiled
patterns, frozen tables) behind its own ``lru_cache``, so no parsed, mutable
JSON is shared between callers. User files (``Engine.add_rules``, counter
files) are paths of the user's and are read by the code that validates them.

>>> load_json("data/crossyear.json")["ratio"] > 1
True
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from .errors import DataFileError

__all__ = ["load_json", "read_text"]

_PACKAGE = "govinfo_nlp"


def _root() -> Any:
    """The package's folder (a ``Traversable``: a directory, or a folder in a zip)."""
    return resources.files(_PACKAGE)


def read_text(name: str) -> str:
    """The text of the package's data file ``name`` (a ``/``-separated path inside
    the package, e.g. ``"quantities/counters.txt"``), decoded as UTF-8.

    Raises :class:`~govinfo_nlp.errors.DataFileError` naming the file when it is
    missing or not UTF-8.
    """
    where = f"{_PACKAGE}/{name}"
    try:
        return _root().joinpath(name).read_text(encoding="utf-8")
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise DataFileError(f"{where}: cannot read the data file ({reason})") from exc
    except UnicodeDecodeError as exc:
        raise DataFileError(f"{where}: not UTF-8 (byte {exc.start}: {exc.reason})") from exc


def load_json(name: str) -> Any:
    """The parsed JSON of the package's data file ``name`` (see :func:`read_text`).

    Raises :class:`~govinfo_nlp.errors.DataFileError` naming the file, and the
    line and column of a syntax error, when it cannot be read or parsed.
    """
    text = read_text(name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataFileError(
            f"{_PACKAGE}/{name}:{exc.lineno}:{exc.colno}: invalid JSON ({exc.msg})"
        ) from exc
