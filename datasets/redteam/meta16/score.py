"""Score the library on meta16's red team (metadata pages); the scorer and what it counts
are ``../meta_score.py``'s.

    python datasets/redteam/meta16/score.py [--errors] [--json]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import meta_score  # noqa: E402


def problems(name: str) -> list[str]:
    """What is wrong or missed on one page or probe (``p07``), as ``--errors`` lists it."""
    return meta_score.problems(HERE, name)


if __name__ == "__main__":
    sys.exit(meta_score.main(HERE))
