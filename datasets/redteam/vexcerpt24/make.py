"""Render the vexcerpt24 red-team documents (real excerpts' own prose made whole reports) and claims.

vexcerpt22's make.py does the work (read its docstring): each document starts from one REAL excerpt of
/work/shared/reports (train or dev split of datasets/gold/facts-part3.jsonl, not one vexcerpt22 or
vexcerpt23 used; copied to `excerpts/` so the set rebuilds alone), kept unchanged up to its `cut`, and
the rest of the report (sections 二-六 with the template's tables) is rendered by the set that writes
that template. It is loaded by path and pointed at this directory (its `HERE`, whose `excerpts/` it
reads; its `rest_of` reads the `REST` of the `docs_spec` module imported first, this one's).

A PDF document's added sentences are hard-wrapped at the document's width too (vexcerpt22's `narrow`;
38 characters, the excerpt's wrap, when no width is given), since the template's PDF renderer writes
prose unwrapped: so a claim of an added sentence can be broken by the wrap as the excerpt's are. PDF
documents then go through vexcerpt22's `rewrap`, so that each claim is found as the page writes it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import docs_spec  # noqa: E402  (first, so vexcerpt22's render reads this set's REST)
import verdict_sets as sets  # noqa: E402

vx22 = sets.load("vexcerpt22_make", HERE.parent / "vexcerpt22" / "make.py")
vx22.HERE = HERE  # type: ignore[attr-defined]  # excerpts are read from this set's excerpts/

#: the prose of sections 二-六 a document may give
SECTIONS = ("proactive", "requests", "appeals", "problems", "other")
#: vreal21's `to_pdf` wraps the excerpt's prose at this width
PDF_WIDTH = 38


def as_pdf(part: dict) -> dict:
    """``part`` with its own section prose wrapped at its width, then its claims found in its page."""
    width = part.get("width") or PDF_WIDTH
    wrapped = {k: vx22.narrow(part[k], width) for k in SECTIONS if part.get(k)}
    return vx22.rewrap({**part, **wrapped})


def main() -> None:
    docs = [
        as_pdf(part) if part["layout"] == "pdf" else part
        for part in docs_spec.DOCS + docs_spec.AFTER + docs_spec.AFTER_TRADITIONAL
    ]
    sets.write_pages(HERE, "vx24_", docs, vx22.render, vx22.script_of, vx22.balance_holds)


if __name__ == "__main__":
    main()
