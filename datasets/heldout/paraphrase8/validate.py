"""Check paraphrase set 8's gold (the checks are ``../written_validate.py``'s).

Usage: python datasets/heldout/paraphrase8/validate.py [gold.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import written_validate  # noqa: E402

PATTERN = "z*.ann"


def problems(path: Path | None = None) -> list[str]:
    return written_validate.problems(HERE, PATTERN, path)


if __name__ == "__main__":
    sys.exit(written_validate.main(HERE, PATTERN, sys.argv[1:]))
