"""Check paraphrase set 13's gold with paraphrase set 10's checks (its
``validate.py``), given this set's directory and source pattern.

Usage: python datasets/heldout/paraphrase13/validate.py [gold.jsonl]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
PATTERN = "s*.ann"


def _shared() -> ModuleType:
    # by path, not ``import validate``: every paraphrase set has a validate.py
    spec = importlib.util.spec_from_file_location(
        "paraphrase10_validate", HERE.parent / "paraphrase10" / "validate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def problems(path: Path | None = None) -> list[str]:
    """Problems of this set's gold (``gold.jsonl`` unless another file is given)."""
    return _shared().problems(path, HERE, PATTERN)


if __name__ == "__main__":
    found = problems(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    for p in found:
        print(p)
    print(f"{len(found)} problems")
    sys.exit(1 if found else 0)
