"""Build formats5's files and truth.jsonl (see ../README.md for what each file is).

The report model, the HTML/DOCX renderers and the Chromium/LibreOffice drivers are
formats4's (imported from ../../formats4/builder, not copied); what is new here is the
forms the files take: phone photos and two-up scans, PDFs laid out by a report engine
with its text in odd order, tables across pages with repeated headers or a row broken
in the middle, extra and dropped columns, merged blanks, iframes, inputs, blank forms.
"""

from __future__ import annotations

import html
import importlib.util
import io
import quopri
from email.header import Header
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
F4 = HERE.parents[1] / "formats4" / "builder"
sys.path.insert(0, str(F4))
from sets import build  # noqa: E402

import numpy as np  # noqa: E402
import opencc  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from model import (  # noqa: E402
    DENIED,
    NOT_PROCESSED,
    T3_COLS,
    T4_COLS,
    T4_GROUPS,
    C,
    Report,
    grid_positions,
)
from PIL import Image, ImageDraw, ImageFilter  # noqa: E402
from pypdf import PageObject, PdfReader, PdfWriter, Transformation  # noqa: E402
from render import (  # noqa: E402
    TABLE_TITLES,
    Grid,
    add_borders,
    article_body,
    chromium_pdf,
    docx_report,
    docx_table,
    html_table,
    page,
    soffice,
)

_spec = importlib.util.spec_from_file_location("f4build", F4 / "build.py")
f4 = importlib.util.module_from_spec(_spec)
_argv, sys.argv = sys.argv, sys.argv[:1]  # formats4's build reads its own argv at import
_spec.loader.exec_module(f4)
sys.argv = _argv

OUT = HERE.parent / "files"
TRUTH: list[dict] = []
ONLY = sys.argv[1:]


def tmpdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="formats5-"))


# ---------------------------------------------------------------- model edits


def rebalance(rep: Report) -> None:
    """Recompute table 三's sums after cells were set by hand: results_total per column,
    new = results + carried_out - carried_in (carried_in lowered if that went negative),
    the 总计 column, and table 四's totals."""
    c = rep.cells
    for col in T3_COLS[:-1]:
        res = sum(int(c[f"t3.{r}.{col}"]) for r in rep.result_rows)
        c[f"t3.results_total.{col}"] = res
        out = int(c[f"t3.carried_out.{col}"])
        if out > res:
            out = res
            c[f"t3.carried_out.{col}"] = out
        cin = min(int(c[f"t3.carried_in.{col}"]), res + out)
        c[f"t3.carried_in.{col}"] = cin
        c[f"t3.new.{col}"] = res + out - cin
    for r in ["new", "carried_in", *rep.result_rows, "results_total", "carried_out"]:
        c[f"t3.{r}.total"] = sum(int(c[f"t3.{r}.{col}"]) for col in T3_COLS[:-1])
    for g in T4_GROUPS:
        c[f"t4.{g}.total"] = sum(int(c[f"t4.{g}.{k}"]) for k in T4_COLS[:-1])


def zero_column(rep: Report, col: str) -> None:
    for key in list(rep.cells):
        if key.startswith("t3.") and key.endswith(f".{col}"):
            rep.cells[key] = 0
    rebalance(rep)


def t3_grid(rep: Report, cell) -> Grid:
    """Table 三 with each value cell made by `cell(row_id, col) -> (text, rs, cs) | None`
    (None: the position is covered by a merge above)."""
    rows = rep.t3_header()
    for rid, _labels, lead in rep.t3_rows():
        vals = [cell(rid, c) for c in T3_COLS]
        rows.append(lead + [v for v in vals if v is not None])
    return rows


# ---------------------------------------------------------------- image helpers


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]):
    """PIL's PERSPECTIVE coefficients mapping output points `dst` to input points `src`."""
    a = []
    b = []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return np.linalg.solve(np.array(a, float), np.array(b, float)).tolist()


def scan_pages(
    pdf: Path, dpi: int, d: Path, *, seed: int, angles: list[float], noise: float = 14
) -> list[Image.Image]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(pdf), str(d / "p")], check=True)
    out = []
    rng = np.random.default_rng(seed)
    for i, img in enumerate(sorted(d.glob("p-*.pgm"))):
        im = Image.open(img).convert("L")
        im = im.rotate(angles[i % len(angles)], resample=Image.BICUBIC, fillcolor=250)
        px = np.asarray(im, dtype=np.float32)
        px = px * 0.93 + 8 + rng.normal(0, noise, px.shape)  # grey paper, sensor noise
        out.append(Image.fromarray(np.clip(px, 0, 255).astype(np.uint8)))
    return out


def gutter_shadow(im: Image.Image, width_frac: float = 0.12, depth: float = 0.55) -> Image.Image:
    """A book-scan shadow darkening the left edge (the binding)."""
    px = np.asarray(im, dtype=np.float32)
    w = px.shape[1]
    edge = int(w * width_frac)
    ramp = np.ones(w, np.float32)
    ramp[:edge] = 1 - depth * (1 - np.linspace(0, 1, edge)) ** 2
    return Image.fromarray(np.clip(px * ramp[None, :], 0, 255).astype(np.uint8))


def images_pdf(images: list[Image.Image], out: Path, dpi: int, quality: int) -> None:
    """An image-only PDF (no text layer): each page one JPEG."""
    jpgs = []
    for im in images:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi))
        jpgs.append(Image.open(io.BytesIO(buf.getvalue())))
    jpgs[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=jpgs[1:])


def two_up(src: Path, out: Path) -> None:
    """Two A4 portrait pages side by side on one A4 landscape sheet (print 'pages per
    sheet: 2'), each page's content drawn scaled 0.707 into its half."""
    reader = PdfReader(str(src))
    writer = PdfWriter()
    pages = list(reader.pages)
    sheet_w, sheet_h = 841.89, 595.28
    for i in range(0, len(pages), 2):
        sheet = PageObject.create_blank_page(width=sheet_w, height=sheet_h)
        for j, p in enumerate(pages[i : i + 2]):
            w, h = float(p.mediabox.width), float(p.mediabox.height)
            s = min((sheet_w / 2) / w, sheet_h / h)
            tx = j * sheet_w / 2 + (sheet_w / 2 - w * s) / 2
            ty = (sheet_h - h * s) / 2
            sheet.merge_transformed_page(p, Transformation().scale(s, s).translate(tx, ty))
        writer.add_page(sheet)
    with open(out, "wb") as f:
        writer.write(f)


# ---------------------------------------------------------------- files


def h01() -> None:
    rep = Report("株洲市芦淞区自然资源局", 2021, "2021", 501)
    name = "h01_phone_photo_t3.jpg"
    d = tmpdir()
    src = d / "t3.html"
    body = f"<p>{TABLE_TITLES['t3']}</p>" + html_table(rep.t3())
    css = "body{background:#fff;margin:30px} table{font-size:11pt} td{padding:3px}"
    src.write_text(page(body, css=css), encoding="utf-8")
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={d}/prof",
            f"--screenshot={d}/t3.png",
            "--window-size=1000,1250",
            "--hide-scrollbars",
            src.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    sheet = Image.open(d / "t3.png").convert("RGB")
    W, H = 1100, 1450
    # the sheet lies on a desk: its corners land off square (the phone held tilted)
    corners = [(95, 60), (1040, 115), (1010, 1400), (40, 1330)]
    sw, sh = sheet.size
    coeffs = _perspective_coeffs(corners, [(0, 0), (sw, 0), (sw, sh), (0, sh)])
    desk = Image.new("RGB", (W, H), (122, 96, 70))
    warped = sheet.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", sheet.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs)
    desk.paste(warped, (0, 0), mask)
    # the hand's shadow across the lower right, warm indoor light, slight blur
    px = np.asarray(desk, dtype=np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    shade = 1 - 0.42 * np.clip((xx / W + yy / H - 1.05) * 3, 0, 1)
    px = px * shade[..., None] * np.array([1.0, 0.95, 0.85])
    px += np.random.default_rng(1).normal(0, 5, px.shape)
    img = Image.fromarray(np.clip(px, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    img.save(OUT / name, "JPEG", quality=68)
    cells = {k: v for k, v in rep.cells.items() if k.startswith("t3.")}
    TRUTH.append(
        {
            "file": name,
            "expect": "read_or_error",
            "may_unread": True,
            "error_codes": ["read."],
            "cells": cells,
            "note": "a phone photo of table 三 on a desk: perspective (corners off square), the hand's shadow, warm light, JPEG 68; only table 三 is in the picture (any t2/t4 cell is invented)",
        }
    )


def h02() -> None:
    rep = Report("保定市竞秀区人力资源和社会保障局", 2021, "2021", 502)
    name = "h02_two_up_scan.pdf"
    d = tmpdir()
    chromium_pdf(page(article_body(rep)), d / "src.pdf")
    two_up(d / "src.pdf", d / "2up.pdf")
    imgs = scan_pages(d / "2up.pdf", 150, d, seed=2, angles=[0.5, -0.7, 0.3])
    images_pdf(imgs, OUT / name, 150, 45)
    TRUTH.append(
        rep.truth(
            name,
            "image-only scan (150 dpi, ±0.7°, noise, JPEG 45) of sheets printed two pages per sheet: each report page at ~106 dpi, two side by side",
            expect="read_or_error",
            may_unread=True,
            error_codes=["read."],
        )
    )


def h03() -> None:
    rep = Report("沧州市运河区交通运输局", 2020, "2019", 503)
    name = "h03_low_dpi_shadow_scan.pdf"
    d = tmpdir()

    def table(n, rows):
        h = html_table(rows)
        return f'<div class="land">{h}</div>' if n == "t3" else h

    css = "@page land{size:A4 landscape} .land{page:land} .land table{font-size:9pt}"
    chromium_pdf(page(article_body(rep, table=table), css=css), d / "src.pdf")
    imgs = scan_pages(d / "src.pdf", 100, d, seed=3, angles=[-0.4, 0.6, 0.2, -0.3])
    out = []
    for im in imgs:
        if im.width > im.height:
            # the landscape sheet went through the feeder portrait: the picture is turned
            im = im.rotate(90, expand=True, fillcolor=250)
        out.append(gutter_shadow(im))
    images_pdf(out, OUT / name, 100, 50)
    TRUTH.append(
        rep.truth(
            name,
            "image-only scan at 100 dpi with a dark binding shadow on the left of every page; table 三's landscape page scanned turned 90° (no /Rotate); 2019 template",
            expect="read_or_error",
            may_unread=True,
            error_codes=["read."],
        )
    )


def h04() -> None:
    rep = Report("唐山市路北区卫生健康局", 2021, "2021", 504)
    name = "h04_two_up_vector.pdf"
    d = tmpdir()
    chromium_pdf(page(article_body(rep)), d / "src.pdf")
    two_up(d / "src.pdf", OUT / name)
    TRUTH.append(
        rep.truth(
            name,
            "vector PDF printed two pages per sheet: each A4 landscape sheet holds two report pages side by side, scaled 0.707 (text layer intact)",
        )
    )


def _thead_table(rows: Grid, head: int) -> str:
    out = ['<table border="1" cellspacing="0" cellpadding="3"><thead>']
    for i, row in enumerate(rows):
        if i == head:
            out.append("</thead><tbody>")
        tds = []
        for text, rs, cs in row:
            span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            tds.append(f"<td{span}>{html.escape(text)}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def h05() -> None:
    rep = Report("邯郸市丛台区市场监督管理局", 2020, "2019", 505)
    name = "h05_thead_repeated.pdf"

    def table(n, rows):
        if n == "t3":
            return _thead_table(rows, 3)
        return html_table(rows)

    # tall rows: table 三 cannot fit under section 三's start and goes on over a page
    # break, where Chromium repeats the <thead> (its three header rows)
    css = "table{font-size:10.5pt} td{padding:7px 3px} tr{break-inside:avoid}"
    chromium_pdf(page(article_body(rep, table=table), css=css), OUT / name)
    TRUTH.append(
        rep.truth(
            name,
            "Chromium PDF: table 三's three header rows are a <thead>, repeated at the top of the next page where the table continues; 2019 template",
        )
    )


def _pages_text(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
    return ["".join(p.split()) for p in out.stdout.split("\f")]


def h06() -> None:
    rep = Report("秦皇岛市海港区水务局", 2021, "2021", 506)
    name = "h06_row_broken_across_pages.pdf"
    d = tmpdir()
    # a row allowed to break across pages (Writer's default) cut in the middle of its
    # long label: the spacer before table 三 is searched until the page break falls
    # inside the row of 1.申请人无正当理由逾期不补正…
    for n in range(0, 60):
        doc = docx_report(rep)
        t3 = doc.tables[1]
        spacer = t3._tbl.getprevious()
        for _ in range(n):
            p = spacer.makeelement(qn("w:p"), {})
            spacer.addprevious(p)
        doc.save(str(d / "r.docx"))
        pdf = soffice(d / "r.docx", "pdf", d)
        pages = _pages_text(pdf)
        for i, flat in enumerate(pages[:-1]):
            nxt = pages[i + 1]
            head, tail = "1.申请人", "其政府信息公开申请"
            # the label's start on page i, its end (before item 2) on page i+1
            if head in flat and head not in nxt and "2.申请人" not in flat:
                if tail in nxt.split("2.申请人")[0] and tail not in flat.split(head)[1]:
                    shutil.copy(pdf, OUT / name)
                    TRUTH.append(
                        rep.truth(
                            name,
                            f"Writer PDF: table 三 crosses a page break inside a row: the label 1.申请人无正当理由逾期不补正… starts on page {i + 1} and ends on page {i + 2} (the row's numbers on page {i + 1}), no repeated header",
                        )
                    )
                    return
    raise SystemExit("h06: no spacer put the break inside the row")


def h07() -> None:
    """A report engine's PDF (an iText/ReportLab-style generator with the non-embedded
    STSong-Light CID font): the grid is drawn as rectangles first, then every cell's text
    in a shuffled order, then the prose; each string placed absolutely."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    rep = Report("张家口市桥西区城市管理综合行政执法局", 2021, "2021", 507)
    name = "h07_engine_shuffled_text.pdf"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    rnd = random.Random(7)
    pw, ph = 595.28, 841.89
    margin = 50
    cv = canvas.Canvas(str(OUT / name), pagesize=(pw, ph))
    y = ph - margin
    texts: list[tuple[float, float, str, float]] = []

    def wrap(s: str, n: int) -> list[str]:
        return [s[i : i + n] for i in range(0, len(s), n)] or [""]

    def para(s: str, size: float = 10.5) -> None:
        nonlocal y
        for line in wrap(s, int((pw - 2 * margin) / size)):
            if y < margin + 20:
                flush()
            texts.append((margin, y - size, line, size))
            y -= size * 1.6

    def flush() -> None:
        nonlocal y, texts
        rnd.shuffle(texts)
        for x, yy, s, size in texts:
            cv.setFont("STSong-Light", size)
            cv.drawString(x, yy, s)
        texts = []
        cv.showPage()
        y = ph - margin

    def grid(rows: Grid, widths: list[float], size: float = 8) -> None:
        nonlocal y
        cells, width = grid_positions(rows)
        assert width == len(widths), (width, len(widths))
        xs = [margin]
        for w in widths:
            xs.append(xs[-1] + w)
        nrows = len(rows)
        heights = [size * 1.9] * nrows
        for r, c, text, rs, cs in cells:
            if rs == 1:
                w = xs[c + cs] - xs[c]
                lines = len(wrap(text, max(1, int((w - 4) / size))))
                heights[r] = max(heights[r], lines * size * 1.25 + 5)
        if y - sum(heights) < margin:
            flush()
        ys = [y]
        for h in heights:
            ys.append(ys[-1] - h)
        cv.setLineWidth(0.6)
        for r, c, text, rs, cs in cells:
            x0, x1 = xs[c], xs[c + cs]
            y0, y1 = ys[r], ys[r + rs]
            cv.rect(x0, y1, x1 - x0, y0 - y1)
            lines = wrap(text, max(1, int((x1 - x0 - 4) / size)))
            top = (y0 + y1) / 2 + len(lines) * size * 1.25 / 2 - size
            for k, line in enumerate(lines):
                tw = pdfmetrics.stringWidth(line, "STSong-Light", size)
                texts.append(((x0 + x1 - tw) / 2, top - k * size * 1.25, line, size))
        y = ys[-1] - 14

    para(rep.title(), 15)
    y -= 8
    grids = {"t2": rep.t2(), "t3": rep.t3(), "t4": rep.t4()}
    widths = {
        "t2": [150, 115, 115, 115],
        "t3": [22, 46, 160] + [38] * 7,
        "t4": [33] * 15,
    }
    for i, (head, paras) in enumerate(rep.sections()):
        para(head, 12)
        for p in paras:
            para(p)
        n = {1: "t2", 2: "t3", 3: "t4"}.get(i)
        if n:
            if n == "t3":
                flush()
            para(TABLE_TITLES[n])
            grid(grids[n], widths[n], 8 if n != "t4" else 7.5)
    flush()
    cv.save()
    TRUTH.append(
        rep.truth(
            name,
            "report-engine PDF (ReportLab, non-embedded STSong-Light via UniGB-UCS2-H): grid rectangles drawn first, then each page's strings in shuffled order, every string placed absolutely",
        )
    )


def h08() -> None:
    rep = Report("衡水市桃城区教育局", 2020, "2019", 508)
    name = "h08_traditional_lo_doc.wps"
    cc = opencc.OpenCC("s2t")
    d = tmpdir()
    doc = docx_report(rep)
    for t in doc.element.body.iter(qn("w:t")):
        t.text = cc.convert(t.text or "")
    doc.save(str(d / "t.docx"))
    out = soffice(d / "t.docx", "doc", d)
    shutil.copy(out, OUT / name)
    TRUTH.append(
        rep.truth(
            name,
            "Word 97 file written by LibreOffice (soffice --convert-to doc) under a .wps name, Traditional script throughout, 2019 template (signed 本年增/減)",
            agency_any=[rep.agency, cc.convert(rep.agency)],
        )
    )


def _t3_group_rows(rep: Report) -> Grid:
    """Table 三 with the group labels （三）（四）（五）（六） as rows of their own (blank
    value cells) and the items under them spanning the two label columns; the column
    三、本年度办理结果 one vertical merge over every result row, group rows included."""
    rows = rep.t3_header()
    body = rep.t3_rows()
    groups = {"denied": "（三）不予公开", "unavailable": "（四）无法提供", "not_processed": "（五）不予处理"}
    if rep.template == "2021":
        groups["other_handling"] = "（六）其他处理"
    result_rows = [rid for rid, _l, _x in body if rid not in ("new", "carried_in", "carried_out")]
    n_group_rows = len({rid.split(".")[0] for rid in result_rows if rid.split(".")[0] in groups and "." in rid})
    span = len(result_rows) + n_group_rows
    seen: set[str] = set()
    first_result = True
    for rid, labels, _lead in body:
        vals = [C(rep.v(f"t3.{rid}.{c}")) for c in T3_COLS]
        lead: list = []
        if rid in result_rows and first_result:
            lead.append(C("三、本年度办理结果", rs=span))
            first_result = False
        g = rid.split(".")[0]
        if "." in rid and g in groups and g not in seen:
            seen.add(g)
            rows.append(lead + [C(groups[g], cs=2)] + [C("") for _ in T3_COLS])
            lead = []
        if rid in ("new", "carried_in", "carried_out"):
            rows.append([C(labels[-1], cs=3)] + vals)
        else:
            rows.append(lead + [C(labels[-1], cs=2)] + vals)
    return rows


def h09() -> None:
    rep = Report("承德市双桥区文化广电和旅游局", 2021, "2021", 509)
    name = "h09_docx_group_label_rows.docx"

    def table(doc, n, rows):
        add_borders(docx_table(doc, _t3_group_rows(rep) if n == "t3" else rows))

    docx_report(rep, table=table).save(str(OUT / name))
    TRUTH.append(
        rep.truth(
            name,
            "DOCX: table 三's group labels （三）–（六） as rows of their own with blank value cells, items under them spanning two label columns, 三、本年度办理结果 one vertical merge over all of them",
        )
    )


def h10() -> None:
    rep = Report("廊坊市广阳区应急管理局", 2021, "2021", 510)
    name = "h10_docx_merged_blanks.docx"
    # research and social received nothing denied: each writes its 8 不予公开 cells as one
    # empty cell merged down the group; table 四's 复议后起诉 group one merged '无' cell
    blank_cols = ("research", "social")
    for col in blank_cols:
        for k, _lab in DENIED:
            rep.cells[f"t3.denied.{k}.{col}"] = 0
    for k in T4_COLS[:-1]:
        rep.cells[f"t4.suit_after_review.{k}"] = 0
    rebalance(rep)
    denied = [f"denied.{k}" for k, _ in DENIED]

    def cell(rid, col):
        if col in blank_cols and rid in denied:
            return C("", rs=8) if rid == denied[0] else None
        return C(rep.v(f"t3.{rid}.{col}"))

    t4 = rep.t4()
    t4[-1] = [C(rep.v(f"t4.{g}.{c}")) for g in T4_GROUPS[:2] for c in T4_COLS] + [C("无", cs=5)]

    def table(doc, n, rows):
        g = {"t3": t3_grid(rep, cell), "t4": t4}.get(n, rows)
        add_borders(docx_table(doc, g))

    docx_report(rep, table=table).save(str(OUT / name))
    truth = rep.truth(
        name,
        "DOCX: in table 三 the 8 不予公开 cells of 科研机构 and of 社会公益组织 are one empty cell merged down the group; table 四's 复议后起诉 group is one '无' cell over its five columns (all blank: never 0)",
    )
    for col in blank_cols:
        for rid in denied:
            truth["cells"][f"t3.{rid}.{col}"] = None
    for k in T4_COLS:
        truth["cells"][f"t4.suit_after_review.{k}"] = None
    TRUTH.append(truth)


REMARKS_T3 = {
    "new": "含网上申请9件",
    "carried_in": "2020年12月受理",
    "granted": "已全部办结",
    "unavailable.not_held": "已告知向有关机关申请2件",
    "results_total": "",
    "carried_out": "2022年1月已答复",
}


def h11() -> None:
    rep = Report("邢台市信都区财政局", 2021, "2021", 511)
    name = "h11_docx_remarks_column.docx"
    t3 = rep.t3()
    t3[0].append(C("备注", rs=3))
    body_ids = [rid for rid, _l, _x in rep.t3_rows()]
    for i, rid in enumerate(body_ids):
        t3[3 + i].append(C(REMARKS_T3.get(rid, "")))
    t2 = []
    remarks_t2 = {"规章": "较上年减少1件", "行政许可": "含承诺制审批35件", "行政事业性收费": "2021年起免征"}
    for row in rep.t2():
        if len(row) == 1:  # 第二十条 heading rows widen with the extra column
            t2.append([C(row[0][0], cs=5)])
        elif row[0][0] == "信息内容":
            t2.append(row + [C("备注")])
        else:
            t2.append(row + [C(remarks_t2.get(row[0][0], ""))])

    def table(doc, n, rows):
        add_borders(docx_table(doc, {"t3": t3, "t2": t2}.get(n, rows)))

    docx_report(rep, table=table).save(str(OUT / name))
    TRUTH.append(
        rep.truth(
            name,
            "DOCX: tables 二 and 三 with an extra 备注 column at the right, some remarks holding numbers (含网上申请9件, 较上年减少1件): no remark is a cell",
        )
    )


def h12() -> None:
    rep = Report("石家庄市裕华区住房和城乡建设局", 2020, "2019", 512)
    name = "h12_docx_total_row_column.docx"
    c = rep.cells
    t2 = rep.t2()
    at = next(i for i, r in enumerate(t2) if r[0][0] == "规范性文件") + 1
    t2.insert(
        at,
        [C("合计")]
        + [C(int(c[f"t2.rules.{k}"]) + int(c[f"t2.normative.{k}"])) for k in ("made", "published", "total")],
    )
    t4 = rep.t4()
    t4[0].append(C("合计", rs=3))
    t4[-1].append(C(sum(int(c[f"t4.{g}.total"]) for g in T4_GROUPS)))
    # and table 三 with a 合计 row of the 不予公开 group under its item 8
    t3 = rep.t3()
    pos = next(i for i, (rid, _l, _x) in enumerate(rep.t3_rows()) if rid == "denied.query") + 3 + 1
    t3.insert(
        pos,
        [C("小计")] + [C(sum(int(c[f"t3.denied.{k}.{col}"]) for k, _ in DENIED)) for col in T3_COLS],
    )
    # the vertical merges crossing the inserted row grow by one
    t3[5][0] = C("三、本年度办理结果", rs=21)
    t3[7][0] = C("（三）不予公开", rs=9)

    def table(doc, n, rows):
        add_borders(docx_table(doc, {"t2": t2, "t3": t3, "t4": t4}[n]))

    docx_report(rep, table=table).save(str(OUT / name))
    TRUTH.append(
        rep.truth(
            name,
            "DOCX, 2019 template: table 二 with a 合计 row (规章+规范性文件), table 三 with a 小计 row closing the 不予公开 group, table 四 with a 合计 column after the 15: none of them is a field, nothing shifts",
        )
    )


def h13() -> None:
    rep = Report("保定市莲池区司法局", 2021, "2021", 513)
    name = "h13_docx_dropped_column.docx"
    zero_column(rep, "legal")
    t3 = rep.t3()
    t3[1] = [C("自然人", rs=2), C("法人或其他组织", cs=4), C("总计", rs=2)]
    t3[2] = [C("商业企业"), C("科研机构"), C("社会公益组织"), C("其他")]
    t3[0][1] = C("申请人情况", cs=6)
    for row in t3[3:]:
        # drop the value cell of 法律服务机构 (5th from the right: …, legal, other, total)
        del row[-3]

    def table(doc, n, rows):
        add_borders(docx_table(doc, t3 if n == "t3" else rows))

    docx_report(rep, table=table).save(str(OUT / name))
    truth = rep.truth(
        name,
        "DOCX: table 三 without the 法律服务机构 column (an agency that deleted a column it never used): the other columns must not shift, no legal cell exists",
    )
    truth["cells"] = {k: v for k, v in truth["cells"].items() if not k.endswith(".legal")}
    TRUTH.append(truth)


SIDEBAR = (
    '<div class="side"><h4>点击排行</h4><ol>'
    "<li>规章清理结果 9 8 7</li><li>2020年政府信息公开工作年度报告 阅读 1236</li>"
    "<li>行政许可事项目录 56 项</li></ol></div>"
)


def h14() -> None:
    rep = Report("南京市秦淮区城市管理局", 2021, "2021", 514)
    name = "h14_iframe_srcdoc.html"
    article = page(article_body(rep), title=rep.title())
    body = (
        f4.CHROME_TOP
        + SIDEBAR
        + f'<iframe class="article" width="100%" height="3200" frameborder="0" srcdoc="{html.escape(article, quote=True)}"></iframe>'
        + f4.CHROME_BOTTOM.format(agency=rep.agency)
    )
    (OUT / name).write_text(page(body, title=f"{rep.title()}_南京市秦淮区人民政府"), encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            "saved page whose article (title, sections, tables) is inside an <iframe srcdoc=…> (HTML escaped into the attribute); chrome and a sidebar with numbers outside it",
        )
    )


def h15() -> None:
    rep = Report("苏州市姑苏区民政局", 2020, "2019", 515)
    name = "h15_mhtml_iframe_part.mhtml"
    bnd = "----MultipartBoundary--h15Qz8xK0Lr2Vb5nT1aYcW4eS7dF3gH6jM9----"
    url = "http://www.gusu.gov.cn/szgsq/zfxxgkndbg/202101/a3f1c2d4e5.shtml"
    main_html = page(
        f4.CHROME_TOP
        + SIDEBAR
        + '<iframe src="cid:frame-7E2B1A09C4D3F65A8B0E1D2C3F4A5B6C@mhtml.blink" width="100%" height="3000"></iframe>'
        + f4.CHROME_BOTTOM.format(agency=rep.agency),
        title=rep.title(),
    )
    frame_html = page(article_body(rep), title="")

    def qp(s: str) -> str:
        return quopri.encodestring(s.encode("utf-8")).decode("ascii")

    mht = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {url}\r\n"
        f"Subject: {Header(rep.title(), 'utf-8').encode(linesep=chr(13) + chr(10))}\r\n"
        "Date: Thu, 28 Jan 2021 09:12:44 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/related;\r\n"
        '\ttype="text/html";\r\n'
        f'\tboundary="{bnd}"\r\n\r\n\r\n'
        f"--{bnd}\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-0A1B2C3D4E5F60718293A4B5C6D7E8F9@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {url}\r\n\r\n"
        + qp(main_html).replace("\n", "\r\n")
        + f"\r\n--{bnd}\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-7E2B1A09C4D3F65A8B0E1D2C3F4A5B6C@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        + qp(frame_html).replace("\n", "\r\n")
        + f"\r\n--{bnd}\r\n"
        "Content-Type: text/css\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: http://www.gusu.gov.cn/css/main.css\r\n\r\n"
        ".top{height:40px} .side{float:right;width:200px}\r\n"
        f"--{bnd}--\r\n"
    )
    (OUT / name).write_bytes(mht.encode("ascii"))
    TRUTH.append(
        rep.truth(
            name,
            "Chromium-style .mhtml whose article is an iframe saved as its own text/html part (cid:frame-…@mhtml.blink), quoted-printable; the first part is only chrome; 2019 template",
        )
    )


def _div_rows(rows: Grid, widths: list[int]) -> str:
    """A table of flex rows of divs (a front-end component): a cell spanning rows is drawn
    in its first row only, the rows under it get an empty cell of its width."""
    cells, width = grid_positions(rows)
    by_row: dict[int, dict[int, tuple[str, int]]] = {}
    for r, c, text, rs, cs in cells:
        for dr in range(rs):
            by_row.setdefault(r + dr, {})[c] = (text if dr == 0 else "", cs)
    out = ['<div class="tbl">']
    for r in sorted(by_row):
        out.append('<div class="tr">')
        for c in sorted(by_row[r]):
            text, cs = by_row[r][c]
            w = sum(widths[c : c + cs])
            out.append(f'<div class="td" style="width:{w}px">{html.escape(text)}</div>')
        out.append("</div>")
    out.append("</div>")
    return "\n".join(out)


def h16() -> None:
    rep = Report("无锡市梁溪区商务局", 2021, "2021", 516)
    name = "h16_html_div_rows.html"
    widths = {"t2": [220, 140, 140, 140], "t3": [40, 90, 260] + [70] * 7, "t4": [60] * 15}
    css = ".tr{display:flex} .td{border:1px solid #ccc;padding:4px;box-sizing:border-box}"
    body = f4.CHROME_TOP + article_body(rep, table=lambda n, rows: _div_rows(rows, widths[n]))
    (OUT / name).write_text(page(body, css=css, title=rep.title()), encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            "saved page whose tables are flex rows of <div>s (no <table>, no grid): a merged cell drawn in its first row, empty cells of its width under it",
        )
    )


def h17() -> None:
    rep = Report("常州市天宁区统计局", 2021, "2021", 517)
    name = "h17_html_input_values.html"

    def table(n, rows):
        out = ['<table class="form" border="1" cellspacing="0">']
        for row in rows:
            tds = []
            for text, rs, cs in row:
                span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                if text.replace(".", "", 1).lstrip("+-").isdigit():
                    inner = f'<input type="text" class="num" value="{text}" readonly="readonly">'
                else:
                    inner = html.escape(text)
                tds.append(f"<td{span}>{inner}</td>")
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</table>")
        return "\n".join(out)

    css = "input.num{width:48px;border:0;text-align:center}"
    body = f4.CHROME_TOP + article_body(rep, table=table)
    (OUT / name).write_text(page(body, css=css, title=rep.title()), encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            "saved page of a form-rendered report: every number of the tables is the value of a readonly <input> in its cell (no text node): read from the value, or unread, never shifted",
        )
    )


BLANKS = ["—", "/", "无", "", "-"]


def _blank_forms(rep: Report, seed: int, forms: list[str], blank_cols: tuple[str, ...]) -> tuple[Grid, dict]:
    """Table 三 with zero cells written in several ways: a kept '0' or one of `forms`;
    the columns `blank_cols` all zero and written blank in every row. Returns the grid
    and the truth cells (None where the source is blank)."""
    rnd = random.Random(seed)
    for col in blank_cols:
        zero_column(rep, col)
    truth = dict(rep.cells)

    def cell(rid, col):
        key = f"t3.{rid}.{col}"
        v = rep.v(key)
        if col in blank_cols:
            truth[key] = None
            return C(forms[0] if rid in ("new", "results_total") else "")
        if v == "0" and col != "total" and rnd.random() < 0.6:
            truth[key] = None
            return C(rnd.choice(forms))
        return C(v)

    return t3_grid(rep, cell), truth


def h18() -> None:
    rep = Report("扬州市广陵区农业农村局", 2021, "2021", 518)
    name = "h18_blank_forms.pdf"
    rep.cells["t2.coercion.decisions"] = 0
    rep.cells["t2.rules.issued"] = 0
    rep.cells["t2.rules.repealed"] = 0
    grid, truth = _blank_forms(rep, 18, BLANKS, ("research",))
    t2 = rep.t2()
    for row in t2:
        if row[0][0] == "规章":
            row[1] = C("/")
            row[2] = C("—")
        if row[0][0] == "行政强制":
            row[1] = C("无", cs=3)
    truth["t2.rules.issued"] = None
    truth["t2.rules.repealed"] = None
    truth["t2.coercion.decisions"] = None

    def table(n, rows):
        return html_table({"t3": grid, "t2": t2}.get(n, rows))

    chromium_pdf(page(article_body(rep, table=table)), OUT / name)
    t = rep.truth(
        name,
        "Chromium PDF: zero cells written as '0', '—', '/', '无', '-' or left empty (a written 0 is 0, the rest blank); 科研机构 all blank; in table 二 '/', '—', '无' cells",
    )
    t["cells"] = truth
    TRUTH.append(t)


def h19() -> None:
    rep = Report("泰州市海陵区审计局", 2020, "2019", 519)
    name = "h19_blank_forms_lo.doc"
    grid, truth = _blank_forms(rep, 19, ["／", "－", "—", ""], ("social", "legal"))
    c = rep.cells
    t2 = rep.t2()
    for row in t2:
        if row[0][0] == "行政事业性收费":
            c["t2.fees.prev"] = 0
            c["t2.fees.change"] = 0
            row[1] = C("0")
            row[2] = C("—", cs=2)
    truth["t2.fees.prev"] = 0
    truth["t2.fees.change"] = None
    # table 四 all zero, written '0' in the first group and blank elsewhere
    for g in T4_GROUPS:
        for k in T4_COLS:
            c[f"t4.{g}.{k}"] = 0
            truth[f"t4.{g}.{k}"] = 0 if g == "review" else None
    t4 = rep.t4()
    t4[-1] = [C("0") for _ in T4_COLS] + [C("") for _ in T4_COLS] + [C("—") for _ in T4_COLS]
    d = tmpdir()

    def table(doc, n, rows):
        add_borders(docx_table(doc, {"t2": t2, "t3": grid, "t4": t4}[n]))

    docx_report(rep, table=table).save(str(d / "r.docx"))
    out = soffice(d / "r.docx", "doc", d)
    shutil.copy(out, OUT / name)
    t = rep.truth(
        name,
        "Word 97 .doc written by LibreOffice, 2019 template: zero cells as '0', '／', '－', '—' or empty; 社会公益组织 and 法律服务机构 all blank; 收费 本年增/减 '—'; table 四 '0' in 行政复议 and blank or '—' in 行政诉讼",
    )
    t["cells"] = truth
    TRUTH.append(t)


def h20() -> None:
    rep = Report("镇江市京口区发展和改革局", 2021, "2021", 520)
    name = "h20_pdftotext_layout.txt"
    d = tmpdir()
    docx_report(rep).save(str(d / "r.docx"))
    pdf = soffice(d / "r.docx", "pdf", d)
    txt = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    (OUT / name).write_text(txt, encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            "the text a scraper saved with `pdftotext -layout` from a Writer PDF: tables as columns aligned by spaces, merged labels written once, long labels wrapped over lines, form feeds between pages",
        )
    )


def main() -> None:
    builders = [h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20]
    build(HERE, builders, TRUTH, ONLY)


if __name__ == "__main__":
    main()
