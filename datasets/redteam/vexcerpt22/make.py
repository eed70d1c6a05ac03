"""Render the vexcerpt22 red-team documents (real excerpts' own prose made whole reports) and claims.

Each document starts from one REAL excerpt of /work/shared/reports (the train or dev split of
datasets/gold/facts-part3.jsonl; copied to `excerpts/` so the set rebuilds alone): the first ~2,000
bytes of a real report page, mostly its title, preamble and section 一 with the agency's own
sentences and noise, kept unchanged (`cut` drops a dangling heading or fragment from a given text
on, as docs_spec.py says where). The rest of the report (sections 二-六 with the template's tables,
2019 or 2021 as the report's year says) is rendered by the set that already writes that template
(verdicts15's make.py for 2019, verdicts17's for 2021, through verdicts18's `TEMPLATE`), and
everything the renderer wrote before heading 二 is replaced by the excerpt.

Forms: `pipe` rows and `cells` (one cell per line) as text; `html` (the template's saved page, the
excerpt's lines as paragraphs; verdicts18's `dress_html` chrome where a document gives it); `pdf`
(the template's PDF text layer, the excerpt hard-wrapped as vreal21's `to_pdf` wraps prose);
`traditional` "all" (the whole page through verdicts15's `s2t`) or "rest" (an excerpt already in
Traditional script is kept as it is and only the rest is converted). Pages and claims are written
by `../verdict_sets.py`'s `write_pages`.
"""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import verdict_sets as sets  # noqa: E402  (claims' rows and the page writer, shared with verdicts15-21)

v18 = sets.load("verdicts18_make", HERE.parent / "verdicts18" / "make.py")
vr21 = sets.load("vreal21_make", HERE.parent / "vreal21" / "make.py")
v15 = v18.v15
HEADING_2 = v15.HEADINGS["proactive"]


def excerpt(part: dict) -> str:
    """The real excerpt, unchanged up to the document's `cut` (the text it is cut before)."""
    text = (HERE / "excerpts" / part["src"]).read_text(encoding="utf-8")
    if part.get("cut"):
        if text.count(part["cut"]) != 1:
            raise SystemExit(f"{part['src']}: cut {part['cut']!r} not found once")
        text = text[: text.index(part["cut"])]
    return text.rstrip("\n") + "\n"


def rest_of(part: dict) -> dict:
    """The document as the template renderers take it: sections 二-六's prose (docs_spec's `REST`
    with the agency's own word for itself) and its tables."""
    from docs_spec import REST

    we = part.get("we", "我局")
    return {**{k: v.format(we=we) for k, v in REST.items()}, "t3": {}, "t4": {}, **part}


def render(part: dict) -> str:
    module = v18.TEMPLATE[part["template"]]
    doc = rest_of(part)
    head = excerpt(part)
    form = part["layout"]
    trad = part.get("traditional")
    conv = v15.s2t if trad else (lambda s: s)
    if form == "html":
        page = conv(module.RENDER["html"](doc))
        # the article's body: verdicts15's page holds it in div.content, verdicts17's in div.TRS_Editor
        start = re.search(r'<div class="(?:content|TRS_Editor)">\n', page).end()  # type: ignore[union-attr]
        end = page.index(f"<p>{conv(HEADING_2)}</p>")
        paras = "\n".join(f"<p>{html.escape(line)}</p>" for line in head.split("\n") if line.strip())
        text = page[:start] + paras + "\n" + page[end:]
    else:
        body = conv(module.RENDER[form](doc))
        end = body.index(conv(HEADING_2))
        text = (vr21.to_pdf(narrow(head, part.get("width"))) if form == "pdf" else head) + body[end:]
    if trad == "all":
        text = v15.s2t(text)
    chrome = part.get("chrome")
    if chrome:
        text = v18.dress_html(text, chrome) if form == "html" else v18.dress_text(text, chrome)
    return text  # type: ignore[no-any-return]


def narrow(text: str, width: int | None) -> str:
    """``text``'s lines cut at ``width`` characters (a PDF layer narrower than vreal21's
    38, whose `to_pdf` then leaves them as they are); as they are without a width."""
    if width is None:
        return text
    return "\n".join(
        line[i : i + width] if line else "" for line in text.split("\n") for i in range(0, max(len(line), 1), width)
    )


def script_of(part: dict) -> Callable[[str], str] | None:
    if part.get("rewrapped"):
        return None  # its claims were found in the page in its script already (:func:`rewrap`)
    return v15.s2t if part.get("traditional") == "all" else None  # type: ignore[no-any-return]


#: What may stand between two characters of a claim on a PDF page: a wrap, or a wrap with a
#: page footer between the lines
_BREAK = r"(?:\n— \d+ —)?\n?"


def _across(words: str) -> str:
    return _BREAK.join(map(re.escape, words))


def rewrap(part: dict) -> dict:
    """An "after" document re-rendered at another width: its claims as its page now writes
    them (their snippet and number with the wraps and footers that fall inside them)."""
    text = render(part)
    script = v15.s2t if part.get("traditional") == "all" else (lambda s: s)
    claims = []
    for c in part["claims"]:
        found = list(re.finditer(_across(script(c["snippet"].replace("\n", ""))), text))
        if len(found) != 1:
            raise SystemExit(f"{part['n']}: {c['snippet']!r} found {len(found)} times")
        snippet = found[0][0]
        number = re.search(_across(script(c["number"].replace("\n", ""))), snippet)
        assert number is not None
        claims.append({**c, "snippet": snippet, "number": number[0]})
    return {**part, "claims": claims, "rewrapped": True}


def balance_holds(part: dict) -> bool:
    return bool(v18.balance_holds(v18.TEMPLATE[part["template"]], part.get("t3", {})))


def main() -> None:
    sys.path.insert(0, str(HERE))
    from docs_spec import AFTER, AFTER_TRADITIONAL, DOCS

    docs = DOCS + [rewrap(part) for part in AFTER] + AFTER_TRADITIONAL
    sets.write_pages(HERE, "vx22_", docs, render, script_of, balance_holds)


if __name__ == "__main__":
    main()
