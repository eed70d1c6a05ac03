"""Score the library's verdicts on the vfiles19 red team (reports as PDF, DOCX, DOC and scans).

    python datasets/redteam/vfiles19/score.py [--errors] [--doc f05] [--json out.jsonl]

The scorer is verdicts15's (`../verdicts15/score.py`, read its docstring for what is counted),
loaded by path through `../verdict_sets.py` and given `verdict_sets.read_file_doc`: a file's
offsets index the text the library extracted, so a claim is found in the facts' own text (its
number with the four or more characters before it, whitespace and NFKC aside). False
`inconsistent` (claims that must not be accused plus every accusation on a quantity no claim
covers), contradictions found, consistent found. The scans need tesseract (chi_sim), the .doc
files LibreOffice: without them the library reports a read error, printed as a note, and
those claims read "none".
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import verdict_sets  # noqa: E402


def scorer() -> ModuleType:
    return verdict_sets.file_scorer(HERE)


if __name__ == "__main__":
    raise SystemExit(scorer().main())
