"""Score the library on meta11's red team (metadata pages and verdict probes;
../meta_score.py, with the prefix variants meta11 was written for): [--errors] [--json].

The truth files (truth.jsonl, probes_truth.jsonl) were written before the library was
run on these pages (see README.md). Agency: right when the output equals the truth or
one of the page's accepted forms, or the truth with its province and/or city prefix
dropped or added (香城镇人民政府 for 邹城市香城镇人民政府); a null level or kind is
not an error. Verdicts: a claim (type, value) owns the reconciliation rows of its type
whose narrative value is its value (meta_score.py's docstring).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from meta_score import for_set  # noqa: E402

problems, main = for_set(__file__, prefix_variants=True)

if __name__ == "__main__":
    sys.exit(main())
