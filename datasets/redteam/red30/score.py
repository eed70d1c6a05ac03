"""Score the library on red30's metadata probes (meta.py; the guards' meta group runs this)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from meta import main

if __name__ == "__main__":
    sys.exit(main())
