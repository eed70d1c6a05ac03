"""Build the second paraphrase selection set, src/qNN.ann -> qNN.txt + gold.jsonl (../selection_set.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from selection_set import FREE, build_for, build_one  # noqa: E402

__all__ = ["FREE", "build_one", "main"]
main = build_for(__file__, "q*.ann")

if __name__ == "__main__":
    sys.exit(main())
