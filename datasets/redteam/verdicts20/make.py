"""Render the verdicts20 red-team documents and their hand-judged claims.

Each document is rendered by verdicts19's make.py (which renders the template through verdicts18's,
15's and 17's, applies `replace`, `org_subtotal`, `fullwidth`, the page chrome and Traditional
script), all loaded by path so the shapes live there once. One shape is added here, as data in
docs_spec.py: `then`, a second report rendered the same way and appended to the first on the same
page (a county's page holding two townships' reports, an agency's two years saved as one file).
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


def reports(doc: dict) -> list[dict]:
    """The document and the reports appended after it on the same page."""
    out = [doc]
    while "then" in out[-1]:
        out.append(out[-1]["then"])
    return out


def main() -> None:
    sys.path.insert(0, str(HERE))
    from docs_spec import DOCS

    docs_dir = HERE / "docs"
    docs_dir.mkdir(exist_ok=True)
    for old in docs_dir.glob("v20_*"):
        old.unlink()
    claims = []
    for doc in DOCS:
        name = f"v20_{doc['n']:02d}" + (".html" if doc["layout"] == "html" else ".txt")
        parts = reports(doc)
        for part in parts:
            if not part.get("arith_fails") and not v18.balance_holds(v18.TEMPLATE[part["template"]], part["t3"]):
                raise SystemExit(f"{name}: the t3 balance fails and the document does not say so")
        if len(parts) > 1 and doc["layout"] == "html":
            raise SystemExit(f"{name}: `then` joins text pages only")
        text = "\n".join(v19.render(part).rstrip("\n") for part in parts) + "\n"
        (docs_dir / name).write_text(text, encoding="utf-8")
        for part in parts:
            script = v19.script_of(part)
            claims += [
                sets.claim_row(name, text, c, set_=doc.get("set", "blind"), script=script, whole_number=True)
                for c in part["claims"]
            ]
    by = sets.write_claims(HERE, claims)
    print(len(DOCS), "documents,", len(claims), "claims", by)


if __name__ == "__main__":
    main()
