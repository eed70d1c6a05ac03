"""Render the verdicts19 red-team documents and their hand-judged claims.

Each document is rendered by the set that already writes its template (verdicts15's make.py
for 2019, verdicts17's for 2021, through verdicts18's make.py, all loaded by path so the
template shapes and the page chrome live there once), then given the shapes docs_spec.py asks
for as data: `replace` (text pairs: a heading naming the wrong year), `org_subtotal` (a 合计
column of the five organisation columns before 总计 in a pipe table 三), `fullwidth` (every
digit and % of a text document fullwidth), then its chrome, then Traditional script where
asked. `python make.py` rewrites docs/ and claims.jsonl and checks that every snippet occurs
once, that the claim's number is first found in its snippet and not inside a longer number,
and that the t3 balance of the values given holds.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import verdict_sets as sets  # noqa: E402  (the claims' rows, shared with verdicts15, 17 and 18)

v18 = sets.load("verdicts18_make", HERE.parent / "verdicts18" / "make.py")
v15 = v18.v15

FULLWIDTH = str.maketrans("0123456789%", "０１２３４５６７８９％")
ORG_HEAD = "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||"


def org_subtotal(text: str) -> str:
    """A pipe table 三 with a 合计 column (商业企业…其他 summed) before 总计."""
    out = []
    for line in text.split("\n"):
        if line == ORG_HEAD:
            line = "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 合计 | ||||"
        elif line.endswith(" | ||"):
            parts = line[: -len(" | ||")].split(" | ")
            cells = parts[-7:]
            if len(parts) > 7 and all(c.isdigit() for c in cells):
                sub = sum(int(c) for c in cells[1:6])
                line = " | ".join([*parts[:-1], str(sub), parts[-1]]) + " | |"
        out.append(line)
    return "\n".join(out)


def render(doc: dict) -> str:
    module = v18.TEMPLATE[doc["template"]]
    text = module.RENDER[doc["layout"]](doc)
    for old, new in doc.get("replace", ()):
        if old not in text:
            raise SystemExit(f"{doc['n']}: {old!r} not in the document")
        text = text.replace(old, new)
    if doc.get("org_subtotal"):
        text = org_subtotal(text)
    if doc.get("fullwidth"):
        text = text.translate(FULLWIDTH)
    chrome = doc.get("chrome")
    if chrome:
        text = v18.dress_html(text, chrome) if doc["layout"] == "html" else v18.dress_text(text, chrome)
    return v15.s2t(text) if doc.get("traditional") else text


def script_of(doc: dict) -> Callable[[str], str] | None:
    if doc.get("traditional"):
        return v15.s2t  # type: ignore[no-any-return]
    if doc.get("fullwidth"):
        return lambda s: s.translate(FULLWIDTH)
    return None


def main() -> None:
    sys.path.insert(0, str(HERE))
    from docs_spec import DOCS

    sets.write_pages(
        HERE,
        "v19_",
        DOCS,
        render,
        script_of,
        lambda doc: v18.balance_holds(v18.TEMPLATE[doc["template"]], doc["t3"]),
    )


if __name__ == "__main__":
    main()
