"""Render the verdicts18 red-team documents and their hand-judged claims.

Most documents are 2019-template reports (国办公开办函〔2019〕60号), the rest
2021-template ones; each is rendered by the set that already writes its template
(verdicts15's make.py for 2019, verdicts17's for 2021, loaded by path: the
template shapes live there once) and then dressed as the page it was saved from:
the site's chrome (navigation, breadcrumbs, a 相关阅读 list of other reports'
titles with their numbers, 上一篇/下一篇, a footer), which docs_spec.py gives as
data per document (`chrome`). `python make.py` rewrites docs/ and claims.jsonl and
checks that every snippet occurs once, that the claim's number is the first such
number in its snippet and not part of a longer one (the scorer finds it there),
and that the t3 balance of the values given holds unless the document says its
arithmetic fails on purpose (`arith_fails`).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import verdict_sets as sets  # noqa: E402  (the claims' rows, shared with verdicts15 and 17)

v15 = sets.load("verdicts15_make", HERE.parent / "verdicts15" / "make.py")
v17 = sets.load("verdicts17_make", HERE.parent / "verdicts17" / "make.py")
TEMPLATE = {2019: v15, 2021: v17}


def balance_holds(module, spec: dict) -> bool:  # type: ignore[no-untyped-def]
    """new + carried_in = results_total + carried_out in every column, results_total
    being the sum of the result rows (as both templates' renderers compute it)."""
    cells = {}
    for row, _, _ in module.T3_ROWS:
        v = spec.get(row, 0)
        cells[row] = [v, 0, 0, 0, 0, 0] if isinstance(v, int) else list(v)
    total = [sum(cells[r][i] for r in module.RESULT_ROWS) for i in range(6)]
    return all(cells["new"][i] + cells["carried_in"][i] == total[i] + cells["carried_out"][i] for i in range(6))


def dress_html(page: str, chrome: dict) -> str:
    """The related list and 上一篇/下一篇 go between the article and the footer."""
    parts = []
    if chrome.get("related"):
        items = "".join(f"<li><a href=\"/art/{i}.html\">{html.escape(t)}</a></li>" for i, t in enumerate(chrome["related"], 1))
        parts.append(f'<div class="xgyd"><h3>{chrome.get("related_title", "相关阅读")}</h3><ul>{items}</ul></div>')
    if chrome.get("prev"):
        parts.append(f'<div class="pre-next"><p>上一篇：<a href="/art/p.html">{html.escape(chrome["prev"])}</a></p>')
        parts.append(f'<p>下一篇：<a href="/art/n.html">{html.escape(chrome.get("next", "无"))}</a></p></div>')
    for line in chrome.get("side", ()):
        parts.append(f'<div class="side">{html.escape(line)}</div>')
    return page.replace('<div class="footer">', "\n".join(parts) + '\n<div class="footer">', 1)


def dress_text(text: str, chrome: dict) -> str:
    """A page saved as text: the chrome's lines above the report and below it."""
    tail = []
    if chrome.get("related"):
        tail.append(chrome.get("related_title", "相关阅读"))
        tail += chrome["related"]
    if chrome.get("prev"):
        tail.append("上一篇：" + chrome["prev"])
        tail.append("下一篇：" + chrome.get("next", "无"))
    tail += chrome.get("side", [])
    tail += chrome.get("foot", [])
    return "\n".join([*chrome.get("head", []), text.rstrip("\n"), *tail]) + "\n"


def render(doc: dict) -> str:
    module = TEMPLATE[doc["template"]]
    text = module.RENDER[doc["layout"]](doc)
    chrome = doc.get("chrome")
    if chrome:
        text = dress_html(text, chrome) if doc["layout"] == "html" else dress_text(text, chrome)
    return v15.s2t(text) if doc.get("traditional") else text


def main() -> None:
    sys.path.insert(0, str(HERE))
    from docs_spec import DOCS

    docs_dir = HERE / "docs"
    docs_dir.mkdir(exist_ok=True)
    for old in docs_dir.glob("v18_*"):
        old.unlink()
    claims = []
    for doc in DOCS:
        name = f"v18_{doc['n']:02d}" + (".html" if doc["layout"] == "html" else ".txt")
        if not doc.get("arith_fails") and not balance_holds(TEMPLATE[doc["template"]], doc["t3"]):
            raise SystemExit(f"{name}: the t3 balance fails and the document does not say so")
        text = render(doc)
        (docs_dir / name).write_text(text, encoding="utf-8")
        script = v15.s2t if doc.get("traditional") else None
        claims += [sets.claim_row(name, text, c, script=script, whole_number=True) for c in doc["claims"]]
    by = sets.write_claims(HERE, claims)
    print(len(DOCS), "documents,", len(claims), "claims", by)


if __name__ == "__main__":
    main()
