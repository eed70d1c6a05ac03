"""Check paraphrase set 26's gold (the checks are ``../written_validate.py``'s).

Usage: python datasets/heldout/paraphrase26/validate.py [gold.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import written_validate  # noqa: E402


def problems(path: Path | None = None) -> list[str]:
    """Problems of this set's gold (none when it is well-formed)."""
    return written_validate.problems(HERE, "t*.ann", path, wraps=True)


if __name__ == "__main__":
    sys.exit(written_validate.main(HERE, "t*.ann", sys.argv[1:], wraps=True))
