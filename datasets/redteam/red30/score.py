"""Score the library on red30's probes (the guards' meta group runs this): the metadata
pages (meta.py, meta_r2.py), the table pages (tables.py) and the facts sentences
(facts.py), each printing its ``WRONG … of N`` line; exit 1 on any WRONG."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import facts
import meta
import meta_r2
import meta_r3
import tables

if __name__ == "__main__":
    codes = [m.main() for m in (meta, meta_r2, meta_r3, tables, facts)]
    sys.exit(max(codes))
