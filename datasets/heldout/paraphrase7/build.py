"""Build the seventh paraphrase selection set: src/yNN.ann -> yNN.txt + gold.jsonl.

Set 2's ``build_one`` (``../paraphrase2/build.py``, imported, not copied) over set 1's
source format and surface parser: a document's text with every quantity marked
inline ``⟦span|type flags⟧``, offsets computed; ``#source free`` for a document
written freely.

Usage: python datasets/heldout/paraphrase7/build.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# loaded by path under its own name: a module called "build" may already be imported
_spec = importlib.util.spec_from_file_location(
    "paraphrase2_build", HERE.parent / "paraphrase2" / "build.py"
)
assert _spec is not None and _spec.loader is not None
_set2 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_set2)
set1_module = _set2.set1_module
build_one = _set2.build_one
FREE = _set2.FREE


def main() -> int:
    return set1_module("build").main(HERE, "y*.ann", build_one)


if __name__ == "__main__":
    sys.exit(main())
