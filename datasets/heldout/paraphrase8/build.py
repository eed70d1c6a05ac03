"""Build paraphrase set 8 (scraped web pages, the first 2-4 KB of each): src/zNN.ann -> zNN.txt + gold.jsonl (../written_build.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from written_build import FREE, for_set  # noqa: E402

__all__ = ["FREE", "build_one", "main"]
build_one, main = for_set(__file__, "z*.ann")

if __name__ == "__main__":
    sys.exit(main())
