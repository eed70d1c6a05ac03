"""Build paraphrase set 26: ``tNN.txt`` and ``gold.jsonl`` from ``src/tNN.ann``
(the builder and the source format are ``../written_build.py``'s, with set 10's
wraps: a span may run over a hard wrap).

Usage: python datasets/heldout/paraphrase26/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import written_build  # noqa: E402

FREE = written_build.FREE


def build_one(src: Path) -> tuple[str, dict]:
    """(page text, gold row) of one source."""
    return written_build.build_one(src, wraps=True)


if __name__ == "__main__":
    sys.exit(written_build.build(HERE, "t*.ann", wraps=True))
