"""Build the fourth paraphrase selection set: src/uNN.ann -> uNN.txt + gold.jsonl
(set 1's source format, with the differences ``../selection_set.py`` gives).

Usage: python datasets/heldout/paraphrase4/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from selection_set import FREE, build, build_one, set1_module  # noqa: E402

__all__ = ["FREE", "build_one", "main", "set1_module"]


def main() -> int:
    return build(HERE, "u*.ann")


if __name__ == "__main__":
    sys.exit(main())
