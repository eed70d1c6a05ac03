"""Check datasets/heldout/paraphrase7/gold.jsonl against its documents with set 1's
checks (``../paraphrase/validate.py``: keys, types, scopes, spans vs surface,
tables, delta/cumulative ⇒ other).

Usage: python datasets/heldout/paraphrase7/validate.py [--missed] [-v]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("paraphrase7_build", HERE / "build.py")
assert _spec is not None and _spec.loader is not None
_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_build)
set1_module = _build.set1_module


def problems(gold: Path = HERE / "gold.jsonl") -> list[str]:
    return set1_module("validate").problems(gold, HERE)


if __name__ == "__main__":
    sys.exit(set1_module("validate").main(sys.argv[1:], HERE))
