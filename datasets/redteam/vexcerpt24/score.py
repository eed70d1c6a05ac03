"""Score the library's verdicts on the vexcerpt24 red team (real excerpts made whole reports).

    python datasets/redteam/vexcerpt24/score.py [--errors] [--doc vx24_07] [--json out.jsonl] [--set blind|after|all]

The scorer is verdicts15's (`../verdicts15/score.py`, read its docstring for what is counted),
loaded by path through `../verdict_sets.py` and pointed at this directory: false `inconsistent`
(claims that must not be accused plus every accusation on a quantity no claim covers),
contradictions found, consistent found.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import verdict_sets  # noqa: E402


def scorer() -> ModuleType:
    return verdict_sets.scorer(HERE)


if __name__ == "__main__":
    raise SystemExit(scorer().main())
