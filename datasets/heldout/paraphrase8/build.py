"""Build paraphrase set 8: ``zNN.txt`` and ``gold.jsonl`` from ``src/zNN.ann``
(the builder and the source format are ``../written_build.py``'s).

Each source is one scraped web page (the first 2-4 KB a scraper saves of an
agency's annual-report page) with its gold written inline.

Usage: python datasets/heldout/paraphrase8/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import written_build  # noqa: E402

FREE = written_build.FREE
PATTERN = "z*.ann"


def build_one(src: Path) -> tuple[str, dict]:
    """(page text, gold row) of one source."""
    return written_build.build_one(src)


def main() -> int:
    return written_build.build(HERE, PATTERN)


if __name__ == "__main__":
    sys.exit(main())
