"""Check paraphrase set 8's gold.jsonl (../written_validate.py): validate.py [gold.jsonl]."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from written_validate import for_set  # noqa: E402

problems, main = for_set(__file__, "z*.ann")

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
