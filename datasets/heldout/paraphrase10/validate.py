"""Check paraphrase set 10's gold (the checks are ``../written_validate.py``'s).

Usage: python datasets/heldout/paraphrase10/validate.py [gold.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import written_validate  # noqa: E402


def problems(path: Path | None = None, here: Path = HERE, pattern: str = "c*.ann") -> list[str]:
    """Problems of the set in ``here`` (another set passes its directory and source pattern)."""
    return written_validate.problems(here, pattern, path, wraps=True)


if __name__ == "__main__":
    sys.exit(written_validate.main(HERE, "c*.ann", sys.argv[1:], wraps=True))
