"""Render a model Report to HTML, DOCX and text, and drive Chromium / LibreOffice."""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt
from model import Report, grid_positions

Grid = list[list[tuple[str, int, int]]]

TABLE_TITLES = {
    "t2": "（一）主动公开政府信息情况",
    "t3": "（二）收到和处理政府信息公开申请情况",
    "t4": "（三）政府信息公开行政复议、行政诉讼情况",
}


def html_table(rows: Grid, attrs: str = 'border="1" cellspacing="0" cellpadding="3"') -> str:
    out = [f"<table {attrs}>"]
    for row in rows:
        tds = []
        for text, rs, cs in row:
            span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            tds.append(f"<td{span}>{html.escape(text)}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def article_body(
    rep: Report,
    table: Callable[[str, Grid], str] | None = None,
    heading: Callable[[str], str] | None = None,
) -> str:
    """The article: title, six sections, tables 二/三/四 placed as reports place them."""
    table = table or (lambda name, rows: html_table(rows))
    heading = heading or (lambda h: f"<h3>{html.escape(h)}</h3>")
    grids = {"t2": rep.t2(), "t3": rep.t3(), "t4": rep.t4()}
    parts = [f'<h1 class="title">{html.escape(rep.title())}</h1>']
    for i, (head, paras) in enumerate(rep.sections()):
        parts.append(heading(head))
        for p in paras:
            parts.append(f"<p>{html.escape(p)}</p>")
        name = {1: "t2", 2: "t3", 3: "t4"}.get(i)
        if name:
            parts.append(f"<p>{TABLE_TITLES[name]}</p>")
            parts.append(table(name, grids[name]))
    return "\n".join(parts)


def page(body: str, *, charset: str | None = "utf-8", css: str = "", title: str = "") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>{html.escape(title)}</title>"
        "<style>body{font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;font-size:12pt}"
        "table{border-collapse:collapse;font-size:9pt} td{border:1px solid #000;padding:2px}"
        f"{css}</style></head><body>{body}</body></html>"
    )


def chromium_pdf(html_text: str, out: Path, *, header_footer: bool = False) -> None:
    with tempfile.TemporaryDirectory(prefix="formats4-") as d:
        src = Path(d) / "page.html"
        src.write_text(html_text, encoding="utf-8")
        cmd = [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={d}/profile",
            f"--print-to-pdf={out}",
        ]
        if not header_footer:
            cmd.append("--no-pdf-header-footer")
        cmd.append(src.as_uri())
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)


def soffice(src: Path, fmt: str, outdir: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="formats4-lo-") as prof:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{prof}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                str(outdir),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    return outdir / (src.stem + "." + fmt.split(":")[0])


# ---- DOCX ---------------------------------------------------------------


def set_cjk_font(doc: Document) -> None:
    style = doc.styles["Normal"]
    style.font.name = "Noto Serif CJK SC"
    style.font.size = Pt(11)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")


def docx_table(container, rows: Grid):
    """A table with merged cells in `container` (a Document or a cell)."""
    cells, width = grid_positions(rows)
    height = len(rows)
    table = container.add_table(rows=height, cols=width)
    table.style = "Table Grid" if hasattr(container, "styles") else table.style
    for r, c, text, rs, cs in cells:
        cell = table.cell(r, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
        cell.text = text
    return table


def add_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = tbl_pr.makeelement(qn("w:tblBorders"), {})
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = borders.makeelement(qn(f"w:{side}"), {qn("w:val"): "single", qn("w:sz"): "4"})
        borders.append(el)
    tbl_pr.append(borders)


def docx_report(
    rep: Report,
    *,
    table: Callable[[Document, str, Grid], None] | None = None,
    heading: Callable[[Document, str], None] | None = None,
) -> Document:
    doc = Document()
    set_cjk_font(doc)
    doc.add_paragraph(rep.title())

    def default_table(d: Document, name: str, rows: Grid) -> None:
        t = docx_table(d, rows)
        add_borders(t)

    table = table or default_table
    grids = {"t2": rep.t2(), "t3": rep.t3(), "t4": rep.t4()}
    for i, (head, paras) in enumerate(rep.sections()):
        if heading:
            heading(doc, head)
        else:
            doc.add_paragraph(head)
        for p in paras:
            doc.add_paragraph(p)
        name = {1: "t2", 2: "t3", 3: "t4"}.get(i)
        if name:
            doc.add_paragraph(TABLE_TITLES[name])
            table(doc, name, grids[name])
    return doc


def page_break(doc: Document) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def tab_text(rows: Grid) -> str:
    """What Word's copy as plain text gives: cells joined by tabs, a merged cell once."""
    return "\n".join("\t".join(text for text, _rs, _cs in row) for row in rows)


def which(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise SystemExit(f"build needs {name}")
    return path
