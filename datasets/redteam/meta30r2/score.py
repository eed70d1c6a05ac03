"""Score the library on meta30r2's red team (metadata pages; ../meta_score.py): [--errors] [--json]."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from meta_score import for_set

problems, main = for_set(__file__)

if __name__ == "__main__":
    sys.exit(main())
