"""Build paraphrase set 13: ``sNN.txt`` and ``gold.jsonl`` from ``src/sNN.ann``.

The source format and the builder are paraphrase set 10's (its README and
``build.py``): this set passes only its directory and its source pattern, and
re-exports ``build_one``/``FREE`` so it is read like every other set.

Usage: python datasets/heldout/paraphrase13/build.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
PATTERN = "s*.ann"


def _shared() -> ModuleType:
    # by path, not ``import build``: every paraphrase set has a build.py
    spec = importlib.util.spec_from_file_location(
        "paraphrase10_build", HERE.parent / "paraphrase10" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_SHARED = _shared()
build_one = _SHARED.build_one
FREE = _SHARED.FREE
MARK = _SHARED.MARK


def main() -> int:
    return _SHARED.main(HERE, PATTERN)


if __name__ == "__main__":
    sys.exit(main())
