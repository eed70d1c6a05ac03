"""Check paraphrase set 11's gold with paraphrase set 10's checks (every row is
what its source builds, offsets point at quantities whose surface gives the
value/unit/approx, types are SCHEMA's, facts sorted and never overlapping).

Usage: python datasets/heldout/paraphrase11/validate.py [gold.jsonl]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _set10_validate():
    # by path, not ``import validate``: every paraphrase set has a validate.py
    spec = importlib.util.spec_from_file_location(
        "paraphrase10_validate", HERE.parent / "paraphrase10" / "validate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    found = _set10_validate().problems(
        Path(sys.argv[1]) if len(sys.argv) > 1 else None, HERE, "p*.ann"
    )
    for p in found:
        print(p)
    print(f"{len(found)} problems")
    sys.exit(1 if found else 0)
