"""Score the library on red30's probes (the guards' meta group runs this): the metadata
pages (meta.py, meta_r2.py, meta_r3.py), the table pages (tables.py, tables_r2.py) and the
facts sentences (facts.py, facts_r2.py), each printing its ``WRONG … of N`` line; exit 1 on any WRONG."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import facts
import facts_r2
import meta
import meta_r2
import meta_r3
import tables
import tables_r2

if __name__ == "__main__":
    codes = [m.main() for m in (meta, meta_r2, meta_r3, tables, tables_r2, facts, facts_r2)]
    sys.exit(max(codes))
