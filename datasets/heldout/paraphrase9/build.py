"""Build paraphrase set 9 (the first 1-2 KB of reports, as a scraper or a PDF's text layer gives them): src/bNN.ann -> bNN.txt + gold.jsonl (../written_build.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from written_build import FREE, for_set  # noqa: E402

__all__ = ["FREE", "build_one", "main"]
build_one, main = for_set(__file__, "b*.ann")

if __name__ == "__main__":
    sys.exit(main())
