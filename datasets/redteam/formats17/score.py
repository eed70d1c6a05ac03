"""Score the library on the formats17 red team (the scorer is ``../formats_score.py``).

    python datasets/redteam/formats17/score.py [--only s07] [--json out.json] [--stages tables] [--quiet]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from formats_score import main, score_one  # noqa: E402

__all__ = ["score_one"]

if __name__ == "__main__":
    raise SystemExit(main(HERE))
