"""Render the verdicts21 red-team documents and their hand-judged claims.

Each report is rendered by verdicts19's make.py (the template through verdicts18's, 15's and
17's renderers, then `replace`, `org_subtotal`, `fullwidth`, the page chrome and Traditional
script), and a page's reports are joined by `then` as verdicts20 joins them; the page and claim
writing is `verdict_sets.write_pages`, shared with verdicts19 and 20. One shape is added here, as
data in docs_spec.py: `raw`, a report given as its own text (a 2008-template report of the years
before 2019, which had no tables), rendered as written. `python make.py` rewrites docs/ and
claims.jsonl with write_pages' checks (every snippet once in the page, the number first found in
its snippet and not inside a longer number, the t3 balance of each templated report).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import verdict_sets as sets  # noqa: E402  (the claims' rows and the page writer, shared with verdicts15-20)

v19 = sets.load("verdicts19_make", HERE.parent / "verdicts19" / "make.py")
v18 = v19.v18


def render(part: dict) -> str:
    """A templated report through verdicts19's renderer; a `raw` one as written (in
    Traditional script where asked)."""
    if "raw" in part:
        return v18.v15.s2t(part["raw"]) if part.get("traditional") else part["raw"]  # type: ignore[no-any-return]
    return v19.render(part)  # type: ignore[no-any-return]


def balance_holds(part: dict) -> bool:
    """A `raw` report has no tables to balance."""
    return "raw" in part or v18.balance_holds(v18.TEMPLATE[part["template"]], part["t3"])  # type: ignore[no-any-return]


def main() -> None:
    sys.path.insert(0, str(HERE))
    from docs_spec import DOCS

    sets.write_pages(HERE, "v21_", DOCS, render, v19.script_of, balance_holds)


if __name__ == "__main__":
    main()
