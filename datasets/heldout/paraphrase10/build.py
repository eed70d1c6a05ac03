"""Build paraphrase set 10: ``cNN.txt`` and ``gold.jsonl`` from ``src/cNN.ann``
(the builder and the source format are ``../written_build.py``'s).

Each source is the first ~2,000 bytes of one agency's annual report page as a
scraper, a PDF's text layer or a Word export gives it (chrome, title, preamble,
一、总体情况 and its sub-parts, often cut off mid-sentence) with its gold written
inline. One difference from set 9: a span may run over a line break (a PDF's
hard wrap inside a number, ``1⏎174条``): the set is built with ``wraps``.

Usage: python datasets/heldout/paraphrase10/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import written_build  # noqa: E402

FREE = written_build.FREE
MARK = written_build.WRAPPED_MARK


def build_one(src: Path) -> tuple[str, dict]:
    """(page text, gold row) of one source (of this set or another built like it)."""
    return written_build.build_one(src, wraps=True)


def main(here: Path = HERE, pattern: str = "c*.ann") -> int:
    """Build the set in ``here`` from ``here/src/<pattern>`` (another set passes its own)."""
    return written_build.build(here, pattern, wraps=True)


if __name__ == "__main__":
    sys.exit(main())
