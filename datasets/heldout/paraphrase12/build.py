"""Build paraphrase set 12: ``qNN.txt`` and ``gold.jsonl`` from ``src/qNN.ann``.

The sources have paraphrase set 10's format (its ``build.py`` docstring: the
inline gold of ``datasets/gold/tools/build_written2.py``, a marker may run over a
line break); this script only points set 10's builder at this folder, so the two
sets are built by one piece of code. Each source body is already the first
2,000 bytes (or less: a cut never falls inside a marker) of its page.

Usage: python datasets/heldout/paraphrase12/build.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
# every source of this set is src/qNN.ann
PATTERN = "q*.ann"


def _set10_build() -> ModuleType:
    # by path, not ``import build``: every paraphrase set has a build.py
    path = HERE.parent / "paraphrase10" / "build.py"
    spec = importlib.util.spec_from_file_location("paraphrase10_build", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_one(src: Path) -> tuple[str, dict]:
    """(page text, gold row) of one source (set 10's builder)."""
    return _set10_build().build_one(src)


if __name__ == "__main__":
    sys.exit(_set10_build().main(HERE, PATTERN))
