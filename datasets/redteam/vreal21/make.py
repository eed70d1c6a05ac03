"""Render the vreal21 red-team documents (variants of five REAL whole reports) and their claims.

Each document starts from one real report saved as text (`seeds/`, the five whole reports of
/work/shared/seeds, copied here so the set rebuilds alone) and changes only what the agency's next
report would change, as data in docs_spec.py: `edits` (text pairs, each old text found exactly
once: a figure in prose or table 二, a sentence of section 一/五/六 in another agency's words),
`t3` (the rows of table 三 that are not all zero, as six applicant cells; the 总计 column, the
(七)总计 row and the layout are the seed's, rewritten in place: pipe rows or one cell per line)
and `t4` (the groups of table 四 as upheld, corrected, other, pending; totals computed). Table 三's
arithmetic is checked here (row totals, results sum, new + carried_in = results + carried_out).

Forms: `txt` (the seed's own form), `html` (the text as a saved page: pipe rows as an HTML table,
the rest as paragraphs, then verdicts18's `dress_html` page chrome), `pdf` (a PDF text layer: prose
hard-wrapped at a fixed width, table rows as space-separated cells, page footers between pages),
`traditional` (verdicts15's `s2t`), `chrome` on a text page (verdicts18's `dress_text`). Pages and
claims are written by `../verdict_sets.py`'s `write_pages` (every snippet once in the page, the
number first found in it and not inside a longer number).
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
v15 = v18.v15

# table 三's rows in the order both templates print them (2019: one 其他处理 row; 2021: three)
ROWS_2019 = [
    "new",
    "carried_in",
    "granted",
    "partial",
    "denied.state_secret",
    "denied.prohibited",
    "denied.security",
    "denied.third_party",
    "denied.internal",
    "denied.process",
    "denied.enforcement",
    "denied.query",
    "unavailable.not_held",
    "unavailable.needs_creation",
    "unavailable.unclear",
    "not_processed.complaint",
    "not_processed.duplicate",
    "not_processed.publication",
    "not_processed.mass",
    "not_processed.confirm",
    "other_handling",
    "results_total",
    "carried_out",
]
ROWS_2021 = [
    *ROWS_2019[:20],
    "other_handling.no_supplement",
    "other_handling.no_fee",
    "other_handling.other",
    *ROWS_2019[21:],
]
# a table cell: a run of digits standing alone between pipes, spaces or line ends (labels such as
# "1.属于国家秘密" and notes such as "3件" are not cells)
CELL = re.compile(r"(?<![^\s|])[+-]?\d+(?:\.\d+)?(?![^\s|])")
T3_START = re.compile(r"^.*勾稽[关關]", re.M)
T4_START = re.compile(r"^四、.*行政复议|^四、.*行政復議", re.M)
T5_START = re.compile(r"^五、", re.M)
PDF_WIDTH = 38  # characters a line of prose holds in the PDF text layer
PDF_PAGE = 34  # lines a page holds before its footer


def seed(name: str) -> str:
    return (HERE / "seeds" / name).read_text(encoding="utf-8")


def regions(text: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """Spans of table 三 (its header line to table 四's heading) and table 四 (to 五's)."""
    m3 = T3_START.search(text)
    m4 = T4_START.search(text, m3.end() if m3 else 0)
    m5 = T5_START.search(text, m4.end() if m4 else 0)
    if not (m3 and m4 and m5):
        raise SystemExit("table 三 or 四 not found")
    return (m3.start(), m4.start()), (m4.start(), m5.start())


def fill(text: str, span: tuple[int, int], values: list[int], expect: int) -> str:
    region = text[span[0] : span[1]]
    cells = list(CELL.finditer(region))
    if len(cells) != expect or len(values) != expect:
        raise SystemExit(
            f"{len(cells)} cells in the table, {len(values)} values, {expect} expected"
        )
    it = iter(values)
    return text[: span[0]] + CELL.sub(lambda m: str(next(it)), region) + text[span[1] :]


def t3_rows(spec: dict, rows: list[str]) -> dict[str, list[int]]:
    out = {}
    for row in rows:
        v = spec.get(row, 0)
        cells = [v, 0, 0, 0, 0, 0] if isinstance(v, int) else list(v)
        out[row] = [*cells, sum(cells)]
    results = [r for r in rows if r not in ("new", "carried_in", "results_total", "carried_out")]
    out["results_total"] = [sum(out[r][i] for r in results) for i in range(7)]
    return out


def apply(part: dict) -> str:
    """The seed with the document's edits and tables."""
    text = seed(part["seed"])
    for old, new in part.get("edits", ()):
        if text.count(old) != 1:
            raise SystemExit(
                f"{part['n']}: {old!r} occurs {text.count(old)} times in {part['seed']}"
            )
        text = text.replace(old, new)
    if "t3" in part:
        rows = ROWS_2021 if part.get("template") == 2021 else ROWS_2019
        cells = t3_rows(part["t3"], rows)
        span, _ = regions(text)
        text = fill(text, span, [c for r in rows for c in cells[r]], 7 * len(rows))
    if "t4" in part:
        _, span = regions(text)
        values = []
        for g in ("review", "suit_direct", "suit_after_review"):
            cells = list(part["t4"].get(g, (0, 0, 0, 0)))
            values += [*cells, sum(cells)]
        text = fill(text, span, values, 15)
    return text


def balance_holds(part: dict) -> bool:
    if "t3" not in part:
        return True
    rows = ROWS_2021 if part.get("template") == 2021 else ROWS_2019
    c = t3_rows(part["t3"], rows)
    return all(
        c["new"][i] + c["carried_in"][i] == c["results_total"][i] + c["carried_out"][i]
        for i in range(7)
    )


def is_row(line: str) -> bool:
    return "|" in line


def to_html(text: str, part: dict) -> str:
    """A saved page: runs of pipe rows as one table each, other lines as paragraphs."""
    body, table = [], []

    def flush() -> None:
        if table:
            rows = "".join(
                "<tr>"
                + "".join(
                    f"<td><p>{html.escape(c.strip())}</p></td>"
                    for c in line.split("|")
                    if c.strip()
                )
                + "</tr>\n"
                for line in table
            )
            body.append(
                f'<table border="1" cellspacing="0" cellpadding="0"><tbody>\n{rows}</tbody></table>'
            )
            table.clear()

    lines = text.rstrip("\n").split("\n")
    title = html.escape(part["title"])
    for line in lines:
        if is_row(line):
            table.append(line)
            continue
        flush()
        if line.strip():
            body.append(f"<p>{html.escape(line)}</p>")
    flush()
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>\n<body>\n'
        '<div class="header"><a href="/">首页</a> | <a href="/zwgk/">政府信息公开</a> | <a href="/hdjl/">互动交流</a></div>\n'
        '<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 政府信息公开年报</div>\n'
        f'<div class="article"><h1>{title}</h1>\n'
        f'<div class="content">\n' + "\n".join(body) + "\n</div></div>\n"
        f'<div class="footer">主办单位：{html.escape(part["host"])} 技术支持：大汉网络 ICP备案号：{part["icp"]}</div>\n</body></html>\n'
    )


def to_pdf(text: str) -> str:
    """A PDF text layer: prose hard-wrapped, table rows as cells joined by two spaces, footers."""
    out: list[str] = []
    for line in text.rstrip("\n").split("\n"):
        if is_row(line):
            cells = [c.strip() for c in line.split("|") if c.strip()]
            if cells:
                out.append("  ".join(cells))
            continue
        while len(line) > PDF_WIDTH:
            out.append(line[:PDF_WIDTH])
            line = line[PDF_WIDTH:]
        out.append(line)
    paged: list[str] = []
    for i in range(0, len(out), PDF_PAGE):
        paged += out[i : i + PDF_PAGE]
        paged.append(f"— {i // PDF_PAGE + 1} —")
    return "\n".join(paged) + "\n"


def render(part: dict) -> str:
    text = apply(part)
    form = part["layout"]
    if form == "html":
        text = to_html(text, part)
    elif form == "pdf":
        text = to_pdf(text)
    chrome = part.get("chrome")
    if chrome:
        text = v18.dress_html(text, chrome) if form == "html" else v18.dress_text(text, chrome)
    return v15.s2t(text) if part.get("traditional") else text  # type: ignore[no-any-return]


def script_of(part: dict) -> Callable[[str], str] | None:
    return v15.s2t if part.get("traditional") else None  # type: ignore[no-any-return]


def main() -> None:
    sys.path.insert(0, str(HERE))
    from docs_spec import DOCS

    sets.write_pages(HERE, "vr21_", DOCS, render, script_of, balance_holds)


if __name__ == "__main__":
    main()
