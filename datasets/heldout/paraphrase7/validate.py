"""Check datasets/heldout/paraphrase7/gold.jsonl against its documents with set 1's
checks (``../selection_set.py``).

Usage: python datasets/heldout/paraphrase7/validate.py [--missed] [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import selection_set  # noqa: E402


def problems(gold: Path = HERE / "gold.jsonl") -> list[str]:
    return selection_set.problems(gold, HERE)


if __name__ == "__main__":
    sys.exit(selection_set.validate_main(sys.argv[1:], HERE))
