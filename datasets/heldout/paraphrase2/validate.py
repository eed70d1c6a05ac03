"""Check paraphrase set 2's gold.jsonl with set 1's checks (../selection_set.py): [--missed] [-v]."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from selection_set import validation_for  # noqa: E402

problems, main = validation_for(__file__)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
