"""Render the verdicts20 red-team documents and their hand-judged claims.

Each document is rendered by verdicts19's make.py (which renders the template through verdicts18's,
15's and 17's, applies `replace`, `org_subtotal`, `fullwidth`, the page chrome and Traditional
script), all loaded by path so the shapes live there once. One shape is added here, as data in
docs_spec.py: `then`, a second report rendered the same way and appended to the first on the same
page (a county's page holding two townships' reports, an agency's two years saved as one file);
the pages and claims are written by `../verdict_sets.py`'s write_pages (shared with verdicts19 and 21).
`python make.py` rewrites docs/ and claims.jsonl and checks that every snippet occurs once in the
whole page, that the claim's number is first found in its snippet and not inside a longer number,
and that the t3 balance of the values given holds in each report. A document's `set` ("blind",
the default, or "after": the probes written after the reconcile code was read) goes to its claims.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import verdict_sets as sets  # noqa: E402  (the claims' rows, shared with verdicts15-19)

v19 = sets.load("verdicts19_make", HERE.parent / "verdicts19" / "make.py")
v18 = v19.v18


def main() -> None:
    sys.path.insert(0, str(HERE))
    from docs_spec import DOCS

    sets.write_pages(
        HERE,
        "v20_",
        DOCS,
        v19.render,
        v19.script_of,
        lambda part: v18.balance_holds(v18.TEMPLATE[part["template"]], part["t3"]),
    )


if __name__ == "__main__":
    main()
