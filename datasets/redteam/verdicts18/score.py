"""Score the library's verdicts on the verdicts18 red team (2019-template reports and whole saved pages).

    python datasets/redteam/verdicts18/score.py [--errors] [--doc v18_07] [--json out.jsonl]

The scorer is verdicts15's (`../verdicts15/score.py`, read its docstring for what is
counted), loaded by path and pointed at this directory, as verdicts17's is: false
`inconsistent` (claims that must not be accused plus every accusation on a quantity no
claim covers), contradictions found, consistent found. Every claim here is of the
blind set (`set: "blind"`).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent


def scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("verdicts15_score", HERE.parent / "verdicts15" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # load_claims() and main() read the module's HERE: this directory's claims and docs
    module.HERE = HERE
    return module


if __name__ == "__main__":
    raise SystemExit(scorer().main())
