"""Build formats11's files and truth.jsonl (see ../README.md for what each file is).

The report model, the HTML/DOCX renderers and the Chromium/LibreOffice drivers are
formats4's, the model edits formats5's, the DOCX XML helpers formats6's, the saved-page
helper formats7's, the shown-cell helpers formats8's, the ReportLab page writer formats9's
and the table helpers formats10's (all imported from their builders, not copied); what is
new here is the forms the files take: anti-copy junk hidden by colour, by other CSS than
display:none and font-size 0, digits shown only by CSS pseudo-elements, zero-size parents
with sized children, right-to-left tables (HTML dir=rtl, Word bidiVisual), a column and a
row hidden by visibility:collapse, DOCX tracked property changes, fields with digits in
their instructions, a table in a text box, text hidden by style chains and tiny white runs,
a PDF text layer under a picture of a newer table, a table of positioned text without
rules, labels wrapped with the figures on their last line, an .xlsx with hidden columns,
rows and sheets, an MHTML and a "Webpage, Complete" save whose hiding rule lives in a
separate stylesheet, last year's tables in closed <details>/<template>/<dialog>, and a
table 三 drawn in inline SVG.

Cells the truth gives as None are blank in the source or must stay unread: a value read
for them is WRONG.
"""

from __future__ import annotations

import base64
import copy
import html
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
F4 = HERE.parents[1] / "formats4" / "builder"
F10 = HERE.parents[1] / "formats10" / "builder"
sys.path.insert(0, str(F4))
from sets import build, load_builder  # noqa: E402

from docx.oxml.ns import qn  # noqa: E402
from model import T3_COLS, T4_COLS, T4_GROUPS, C, Report, grid_positions  # noqa: E402
from render import Grid, article_body, chromium_pdf, html_table, page, soffice  # noqa: E402, F401


f10 = load_builder("f10make", F10 / "make.py")
f9, f8, f7, f6, f5, f4 = f10.f9, f10.f8, f10.f7, f10.f6, f10.f5, f10.f4

OUT = HERE.parent / "files"
TRUTH: list[dict] = []
ONLY = sys.argv[1:]
NUM = re.compile(r"[\d.]+")


def tmpdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="formats11-"))


def saved_page(rep: Report, article: str, css: str = "") -> str:
    return f10.saved_page(rep, article, css=css)


def cells_table(rows: Grid, body, attrs: str = 'border="1" cellspacing="0" cellpadding="3"') -> str:
    """An HTML table whose number cells' inner HTML is `body(text)`."""
    out = [f"<table {attrs}>"]
    for row in rows:
        tds = []
        for text, rs, cs in row:
            span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            inner = body(text) if NUM.fullmatch(text) else html.escape(text)
            tds.append(f"<td{span}>{inner}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    return "\n".join(out + ["</table>"])


def sprinkle(v: str, rnd: random.Random, forms: list) -> str:
    """`v` with junk characters, each wrapped by one of `forms`, between (or beside) its digits."""
    junk = lambda: str(rnd.randint(0, 9)) if rnd.random() < 0.8 else rnd.choice(["3a", "7", "0.5"])  # noqa: E731
    if len(v) == 1:
        j = rnd.choice(forms)(junk())
        return j + html.escape(v) if rnd.random() < 0.5 else html.escape(v) + j
    out = ""
    for i, ch in enumerate(v):
        out += html.escape(ch)
        if i < len(v) - 1 and rnd.random() < 0.6:
            out += rnd.choice(forms)(junk())
    return out


def junk_page(rep: Report, name: str, forms: list, css: str, seed: int, prose: bool = True) -> None:
    rnd = random.Random(seed)
    art = article_body(rep, table=lambda n, rows: cells_table(rows, lambda t: sprinkle(t, rnd, forms)))
    if prose:
        art = re.sub(r"<p>([^<]{12,})</p>", lambda m: "<p>" + "".join(
            ch + (rnd.choice(forms)(str(rnd.randint(0, 99))) if i % 6 == 5 else "") for i, ch in enumerate(m.group(1))) + "</p>", art)
    (OUT / name).write_text(saved_page(rep, art, css=css), encoding="utf-8")


# ---------------------------------------------------------------- HTML: anti-copy junk


def o01() -> None:
    rep = Report("长沙市岳麓区商务局", 2021, "2021", 1101)
    name = "o01_html_junk_colour_of_background.html"
    forms = [
        lambda j: f'<span style="color:#fff">{j}</span>',
        lambda j: f'<font color="white">{j}</font>',
        lambda j: f'<font color="#FFFFFF">{j}</font>',
        lambda j: f'<span style="color:transparent">{j}</span>',
        lambda j: f'<span class="w1">{j}</span>',
        lambda j: f'<span style="color: rgba(0, 0, 0, 0)">{j}</span>',
    ]
    junk_page(rep, name, forms, "body,td{background:#fff} .w1{color:#FFF}", 1101)
    TRUTH.append(rep.truth(name, "saved page with ANTI-COPY junk inside table numbers and prose hidden by its COLOUR being the background's (page and cells explicitly white): style=color:#fff, <font color=white>, <font color=#FFFFFF>, color:transparent, rgba(0,0,0,0), a class .w1{color:#FFF} in the <style> block: the shown number is 12 where the markup holds 1<font color=white>7</font>2"))


def o02() -> None:
    rep = Report("株洲市芦淞区市场监督管理局", 2021, "2021", 1102)
    name = "o02_html_junk_hidden_by_other_css.html"
    forms = [
        lambda j: f'<span style="visibility:hidden;position:absolute">{j}</span>',
        lambda j: f'<span style="opacity:0;position:absolute">{j}</span>',
        lambda j: f'<span style="position:absolute;left:-9999px">{j}</span>',
        lambda j: f'<span style="position:absolute;clip:rect(0 0 0 0)">{j}</span>',
        lambda j: f'<span style="display:inline-block;width:0;overflow:hidden">{j}</span>',
        lambda j: f"<span hidden>{j}</span>",
        lambda j: f"<i>{j}</i>",
        lambda j: f'<b data-x="1">{j}</b>',
        lambda j: f'<em class="q">{j}</em>',
    ]
    css = "td i{display:none} [data-x]{display:none} td .q, p .q{display:none}"
    junk_page(rep, name, forms, css, 1102)
    TRUTH.append(rep.truth(name, "saved page with ANTI-COPY junk inside table numbers and prose hidden by CSS other than display:none in the element's own style and font-size 0: visibility:hidden / opacity:0 taken out of the flow, absolutely positioned off the page (left:-9999px), clip:rect(0 0 0 0), an inline-block of width 0 with overflow hidden, the hidden attribute, and display:none reached by a DESCENDANT selector (td i), an ATTRIBUTE selector ([data-x]) and a class under a descendant selector (td .q): the shown number is 12"))


def o03() -> None:
    rep = Report("湘潭市雨湖区卫生健康局", 2021, "2021", 1103)
    name = "o03_html_digits_from_css_pseudo.html"
    rnd = random.Random(1103)

    def digit(d: str) -> str:
        r = rnd.random()
        if r < 0.45:
            return f'<span class="g{d}"></span>'
        if r < 0.8:
            return f'<span class="a{d}"></span>'
        return f'<span class="av" data-v="{d}"></span>'

    def body(t: str) -> str:
        if len(t) == 1:
            if rnd.random() < 0.3:
                return digit(t)
            return html.escape(t)
        if rnd.random() < 0.75:
            i = rnd.randrange(len(t))
            if t[i].isdigit():
                return html.escape(t[:i]) + digit(t[i]) + html.escape(t[i + 1:])
        return html.escape(t)

    css = "".join(f'.g{d}::before{{content:"{d}"}} .a{d}::after{{content:"{d}"}} ' for d in "0123456789")
    css += ".av::before{content:attr(data-v)}"
    art = article_body(rep, table=lambda n, rows: cells_table(rows, body))
    (OUT / name).write_text(saved_page(rep, art, css=css), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page (font anti-scraping's simpler cousin) where one digit of most table numbers, and the whole of some one-digit numbers, is SHOWN ONLY BY CSS: an empty <span class=g3> with .g3::before{content:\"3\"}, .a3::after{content:\"3\"}, or <span class=av data-v=3> with .av::before{content:attr(data-v)}: the shown number 132 has the DOM text 12 (WRONG if read so); an empty cell here shows a digit (not blank)"))


def o04() -> None:
    rep = Report("衡阳市蒸湘区教育局", 2021, "2021", 1104)
    name = "o04_html_zero_size_parent_sized_children.html"
    rnd = random.Random(1104)

    def body(t: str) -> str:
        form = rnd.randrange(3)
        parts = []
        for ch in t:
            if rnd.random() < 0.6:
                parts.append(str(rnd.randint(0, 9)))
            parts.append({0: f'<span style="font-size:12px">{ch}</span>', 1: f"<b>{ch}</b>", 2: f'<span style="font-size:9pt">{ch}</span>'}[form])
        if rnd.random() < 0.5:
            parts.append(str(rnd.randint(0, 9)))
        inner = "".join(parts)
        if form == 0:
            return f'<span style="font-size:0">{inner}</span>'
        if form == 1:
            return f'<span class="zz">{inner}</span>'
        return f'<div style="font-size:0px">{inner}</div>'

    css = ".zz{font-size:0} .zz b{font-size:9pt;font-weight:normal}"
    art = article_body(rep, table=lambda n, rows: cells_table(rows, body))
    (OUT / name).write_text(saved_page(rep, art, css=css), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose table numbers sit in a ZERO-SIZE PARENT with junk digits as its own text and the real digits in CHILDREN WITH THEIR OWN SIZE: <span style=font-size:0>7<span style=font-size:12px>1</span>4<span style=font-size:12px>2</span></span> shows 12 (the 7 and 4 are zero size); also a class .zz{font-size:0} with .zz b{font-size:9pt}, and a <div style=font-size:0px>: dropping the parent loses the number, keeping all gives 7142"))


# ---------------------------------------------------------------- HTML: layout tricks


def rtl_rows(rows: Grid) -> Grid:
    """Each row's cells in reverse order: with dir=rtl the first cell is drawn on the right,
    so the table looks as the template's."""
    return [list(reversed(r)) for r in rows]


def o05() -> None:
    rep = Report("邵阳市双清区民政局", 2020, "2019", 1105)
    name = "o05_html_rtl_tables.html"

    def table(n: str, rows: Grid) -> str:
        if n == "t3":
            return html_table(rtl_rows(rows), attrs='border="1" cellspacing="0" cellpadding="3" dir="rtl"')
        if n == "t4":
            return html_table(rtl_rows(rows), attrs='border="1" cellspacing="0" cellpadding="3" style="direction:rtl"')
        return html_table(rows)

    art = article_body(rep, table=table)
    (OUT / name).write_text(saved_page(rep, art, css="table[dir=rtl] td, table[style] td{direction:ltr}"), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page, 2019 template: tables 三 (dir=\"rtl\") and 四 (style=direction:rtl) written RIGHT TO LEFT: each row's cells in reverse markup order (总计 first, the labels last), drawn by the browser from the right so the table LOOKS as the template's (labels on the left, 自然人 … 总计 in order); the cells' own text direction ltr. Read by markup order every column is mirrored"))


def o06() -> None:
    rep = Report("岳阳市岳阳楼区住房和城乡建设局", 2021, "2021", 1106)
    name = "o06_html_visibility_collapse.html"
    rnd = random.Random(1106)
    old = {k: str(max(0, int(v) + rnd.randint(-3, 6))) for k, v in rep.cells.items() if k.startswith(("t3.", "t4."))}

    def t3() -> str:
        rows = rep.t3()
        head = rows[:3]
        head[0] = [head[0][0], C("上年同期", rs=3), C(head[0][1][0], 1, 7)]
        out = head
        for rid, _l, lead in rep.t3_rows():
            out.append(lead + [C(old[f"t3.{rid}.total"])] + [C(rep.v(f"t3.{rid}.{c}")) for c in T3_COLS])
        tab = html_table(out)
        return tab.replace("<table", '<table class="t3"', 1).replace(">", '><colgroup><col span="3"><col style="visibility:collapse"><col span="7"></colgroup>', 1)

    def t4() -> str:
        rows = rep.t4()
        hidden = [C(old[f"t4.{g}.{c}"]) for g in T4_GROUPS for c in T4_COLS]
        tab = html_table(rows[:3] + [hidden] + rows[3:])
        trs = tab.split("<tr>")
        return "<tr>".join(trs[:4]) + '<tr style="visibility:collapse">' + "<tr>".join(trs[4:])

    def t2() -> str:
        rows = rep.t2()
        i = next(i for i, r in enumerate(rows) if r[0][0] == "行政许可")
        oldl = str(int(rep.cells["t2.license.decisions"]) - 57)
        tab = html_table(rows[: i] + [[C("行政许可"), C(oldl, cs=3)]] + rows[i:])
        trs = tab.split("<tr>")
        return "<tr>".join(trs[: i + 1]) + "<tr hidden>" + "<tr>".join(trs[i + 1:])

    art = article_body(rep, table=lambda n, rows: {"t2": t2, "t3": t3, "t4": t4}[n]())
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page with last year's figures kept in the tables but NOT SHOWN: table 三 has an 11th column 上年同期 (header rowspan 3, then last year's 总计 per row) between the labels and 自然人, hidden by <colgroup><col style=\"visibility:collapse\">; table 四 a row of last year's 15 values above this year's, <tr style=\"visibility:collapse\">; table 二 a 行政许可 row of last year's before this year's, <tr hidden>: read with them every table 三 column shifts",
                           hidden={"t3_column": "上年同期", "t4_row": True, "t2_license_old": int(rep.cells["t2.license.decisions"]) - 57}))


def o17() -> None:
    rep = Report("常德市武陵区农业农村局", 2021, "2021", 1117)
    last = Report("常德市武陵区农业农村局", 2020, "2021", 1217)
    name = "o17_html_last_year_in_details_template_dialog.html"

    def table(n: str, rows: Grid) -> str:
        old = html_table({"t2": last.t2(), "t3": last.t3(), "t4": last.t4()}[n])
        if n == "t2":
            pre = f"<dialog id=\"cmp\"><p>2020年度数据</p>{old}</dialog>"
        elif n == "t3":
            pre = f"<details><summary>点击查看2020年度数据</summary>{old}</details>"
        else:
            pre = f"<template id=\"t4-2020\">{old}</template>"
        return pre + "\n" + html_table(rows)

    art = article_body(rep, table=table)
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page where LAST YEAR'S table sits right before each of this year's, in an element the browser does not show: table 二's in a closed <dialog>, table 三's in a closed <details> (only its <summary> 点击查看2020年度数据 shows), table 四's in a <template>: only this year's tables are on the page"))


def o19() -> None:
    rep = Report("张家界市永定区文化旅游广电体育局", 2021, "2021", 1119)
    name = "o19_html_t3_inline_svg.html"

    def svg(rows: Grid) -> str:
        cells, width = grid_positions(rows)
        widths = [28, 60, 220] + [56] * 7
        xs = [0]
        for w in widths:
            xs.append(xs[-1] + w)
        rh = 26
        H = rh * len(rows)
        parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{xs[-1] + 2}" height="{H + 2}" font-size="11">']
        for r, c, text, rs, cs in cells:
            parts.append(f'<rect x="{xs[c] + .5}" y="{r * rh + .5}" width="{xs[c + cs] - xs[c]}" height="{rs * rh}" fill="none" stroke="#000"/>')
        # the text elements written column by column (the drawing program's order)
        for r, c, text, rs, cs in sorted(cells, key=lambda x: (x[1], x[0])):
            x = (xs[c] + xs[c + cs]) / 2
            y = r * rh + rs * rh / 2 + 4
            t = text if len(text) * 11 < xs[c + cs] - xs[c] else text[: max(1, (xs[c + cs] - xs[c]) // 11 - 1)] + "…"
            parts.append(f'<text x="{x}" y="{y}" text-anchor="middle">{html.escape(t)}</text>')
        parts.append("</svg>")
        return "\n".join(parts)

    art = article_body(rep, table=lambda n, rows: svg(rows) if n == "t3" else html_table(rows))
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    t = rep.truth(name, "saved page whose table 三 is an INLINE SVG drawing: <rect> cells and <text> elements placed by x/y, the text elements written COLUMN BY COLUMN (all labels, then every 自然人 value top to bottom, …); long labels cut with …: read by placement or left unread; read in markup order every row is wrong", may_unread=True)
    TRUTH.append(t)


# ---------------------------------------------------------------- saved with a separate stylesheet


HIDE_OLD_CSS = "body{font-size:12pt} .v-old{display:none} .nav a{color:#036}"


def old_span_tables(rep: Report, seed: int) -> tuple[str, dict[str, str]]:
    """The article whose table 三 cells (30) and 行政许可 hold a draft figure in <span class=v-old>."""
    rnd = random.Random(seed)
    keys = f9.value_keys(rep, "t3")
    pick = set(rnd.sample(keys, 30))
    olds: dict[str, str] = {}
    texts: dict[str, str] = {}
    for k in keys:
        if k in pick:
            o = str(int(rep.cells[k]) + rnd.choice([1, 2, 3, 5, 10]))
            olds[k] = o
            texts[k] = f"\x00{o}\x01{rep.v(k)}" if rnd.random() < 0.5 else f"{rep.v(k)}\x00{o}\x01"
    lic = "t2.license.decisions"
    olds[lic] = str(int(rep.cells[lic]) + 120)
    t2t = {lic: f"\x00{olds[lic]}\x01{rep.v(lic)}"}

    def table(n: str, rows: Grid) -> str:
        g = f9.shown(rep, n, rows, texts) if n == "t3" else (f9.shown(rep, n, rows, t2t) if n == "t2" else rows)
        return html_table(g).replace("\x00", '<span class="v-old">').replace("\x01", "</span>")

    return article_body(rep, table=table), olds


def o15() -> None:
    rep = Report("益阳市赫山区自然资源局", 2021, "2021", 1115)
    name = "o15_mht_base64_gb18030_css_part.mht"
    art, olds = old_span_tables(rep, 1115)
    base = "http://www.hsq.gov.cn/zwgk/xxgkndbg/202201/"
    doc = saved_page(rep, art).replace('<meta charset="utf-8">', "")
    doc = doc.replace("</head>", f'<link rel="stylesheet" href="{base}css/site.css"></head>', 1)
    body = base64.encodebytes(doc.encode("gb18030")).decode("ascii")
    css = HIDE_OLD_CSS.encode("utf-8")
    bnd = "----MultipartBoundary--7Qh2Jd9sKcLw1rRfT0xYbV3mN8aZpE4uGiO5Ht6yC"
    subj = "=?utf-8?B?" + base64.b64encode(rep.title().encode()).decode() + "?="
    mht = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {base}t20220118_4421.html\r\n"
        f"Subject: {subj}\r\n"
        "Date: Tue, 18 Jan 2022 09:30:00 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{bnd}"\r\n\r\n\r\n'
        f"--{bnd}\r\n"
        'Content-Type: text/html; charset="gb18030"\r\n'
        "Content-Transfer-Encoding: base64\r\n"
        f"Content-Location: {base}t20220118_4421.html\r\n\r\n"
        + body.replace("\n", "\r\n")
        + f"\r\n--{bnd}\r\n"
        "Content-Type: text/css\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        f"Content-Location: {base}css/site.css\r\n\r\n"
        + base64.encodebytes(css).decode("ascii").replace("\n", "\r\n")
        + f"\r\n--{bnd}--\r\n"
    )
    (OUT / name).write_bytes(mht.encode("ascii"))
    TRUTH.append(rep.truth(name, "MHTML (.mht) as Chromium saves it, the page part BASE64 in GB18030 declared only in the part's header (no <meta charset>); 30 table 三 cells and 行政许可 keep a draft figure in <span class=\"v-old\"> before or after the shown number, and the rule that hides it (.v-old{display:none}) is ONLY in the separate text/css part the page links (base64 too): 172 for 12 is WRONG", hidden=olds))


def o16() -> None:
    rep = Report("郴州市北湖区人力资源和社会保障局", 2021, "2021", 1116)
    name = "o16_html_complete_external_css.html"
    files = OUT / "o16_html_complete_external_css_files"
    files.mkdir(exist_ok=True)
    (files / "site.css").write_text(HIDE_OLD_CSS + "\n", encoding="utf-8")
    art, olds = old_span_tables(rep, 1116)
    doc = saved_page(rep, art).replace("</head>", '<link rel="stylesheet" type="text/css" href="./o16_html_complete_external_css_files/site.css"></head>', 1)
    (OUT / name).write_text("<!-- saved from url=(0061)http://www.czbh.gov.cn/xxgk/ndbg/202201/t20220120_5521.html -->\n" + doc, encoding="utf-8")
    TRUTH.append(rep.truth(name, "browser \"Webpage, Complete\" save: the page and its _files folder; 30 table 三 cells and 行政许可 keep a draft figure in <span class=\"v-old\"> before or after the shown number; the rule hiding it (.v-old{display:none}) is only in ./o16_…_files/site.css, the stylesheet the page links: 172 for 12 is WRONG", hidden=olds))


# ---------------------------------------------------------------- DOCX


def o07() -> None:
    rep = Report("永州市冷水滩区交通运输局", 2021, "2021", 1107)
    name = "o07_docx_tracked_property_changes.docx"
    doc, t = f6._docx_with_tables(rep)
    rnd = random.Random(1107)
    ident = [500]

    def nid() -> str:
        ident[0] += 1
        return str(ident[0])

    rev = f6.REV
    tbl = t["t3"]._tbl
    grid = tbl.find(qn("w:tblGrid"))
    (chg,) = f6.frag(f'<w:tblGridChange w:id="{nid()}"><w:tblGrid>' + '<w:gridCol w:w="700"/>' * 11 + "</w:tblGrid></w:tblGridChange>")
    grid.append(chg)
    (tpc,) = f6.frag(f'<w:tblPrChange w:id="{nid()}" {rev}><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblInd w:w="700" w:type="dxa"/></w:tblPr></w:tblPrChange>')
    tbl.find(qn("w:tblPr")).append(tpc)
    changed = {"tcPrChange": 0, "trPrChange": 0, "rPrChange": 0}
    for r, tr in enumerate(tbl.findall(qn("w:tr"))):
        if r >= 3 and rnd.random() < 0.3:
            trpr = tr.find(qn("w:trPr"))
            if trpr is None:
                trpr = tr.makeelement(qn("w:trPr"), {})
                tr.insert(0, trpr)
            (x,) = f6.frag(f'<w:trPrChange w:id="{nid()}" {rev}><w:trPr><w:gridBefore w:val="1"/><w:wBefore w:w="700" w:type="dxa"/></w:trPr></w:trPrChange>')
            trpr.append(x)
            changed["trPrChange"] += 1
    keys = f6.t3_value_keys(rep)
    tcs = f6.value_tcs(t["t3"], 3, 7)
    for i, row in enumerate(tcs):
        for j, tc in enumerate(row):
            k = keys[i][j]
            p = rnd.random()
            if p < 0.35:
                old = rnd.choice(['<w:gridSpan w:val="2"/>', '<w:vMerge/>', '<w:vMerge w:val="restart"/>', '<w:hMerge w:val="continue"/>', '<w:gridSpan w:val="3"/><w:vMerge/>'])
                tcpr = tc.find(qn("w:tcPr"))
                (x,) = f6.frag(f'<w:tcPrChange w:id="{nid()}" {rev}><w:tcPr><w:tcW w:w="1400" w:type="dxa"/>{old}</w:tcPr></w:tcPrChange>')
                tcpr.append(x)
                changed["tcPrChange"] += 1
            elif p < 0.55:
                oldr = rnd.choice(["<w:vanish/>", '<w:rStyle w:val="Hidden"/><w:vanish/>', "<w:vanish/><w:color w:val=\"FF0000\"/>"])
                f6.set_cell_xml(tc, f6.run(rep.v(k), f'<w:rPrChange w:id="{nid()}" {rev}><w:rPr>{oldr}</w:rPr></w:rPrChange>'))
                changed["rPrChange"] += 1
    # table 四: values' cells with an old horizontal merge recorded
    t4 = t["t4"]._tbl.findall(qn("w:tr"))[3].findall(qn("w:tc"))
    for m, tc in enumerate(t4):
        if m % 3 == 1:
            (x,) = f6.frag(f'<w:tcPrChange w:id="{nid()}" {rev}><w:tcPr><w:gridSpan w:val="2"/></w:tcPr></w:tcPrChange>')
            tc.find(qn("w:tcPr")).append(x)
            changed["tcPrChange"] += 1
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX with TRACKED PROPERTY CHANGES (a reviewer's formatting revisions, not accepted): table 三's w:tblGridChange (an old 11-column grid), w:tblPrChange, w:trPrChange in body rows (old w:gridBefore 1), w:tcPrChange in value cells holding the OLD cell properties (w:gridSpan 2/3, w:vMerge, w:hMerge), w:rPrChange on numbers whose OLD run properties were hidden (w:vanish): the current properties are the ones in force; a span or a vanish read from inside a *PrChange shifts or drops cells", changed=changed))


def _fld(instr: str, result: str) -> str:
    r = f6.run
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{html.escape(instr)}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + r(result)
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def o08() -> None:
    rep = Report("怀化市鹤城区财政局", 2021, "2021", 1108)
    name = "o08_docx_fields_digits_in_instructions.docx"
    doc, t = f6._docx_with_tables(rep)
    rnd = random.Random(1108)
    keys = f6.t3_value_keys(rep)
    tcs = f6.value_tcs(t["t3"], 3, 7)
    forms: dict[str, str] = {}
    for i, row in enumerate(tcs):
        for j, tc in enumerate(row):
            k = keys[i][j]
            v = int(rep.cells[k])
            if rnd.random() > 0.45:
                continue
            a = rnd.randint(0, v)
            b = v - a
            f = rnd.randrange(5)
            if f == 0:
                xml = _fld(f" = {a} + {b} ", str(v))
            elif f == 1:
                xml = f'<w:fldSimple w:instr=" = {v + 7} - 7 \\# &quot;0&quot; ">{f6.run(str(v))}</w:fldSimple>'
            elif f == 2:
                xml = _fld(f' IF {a + 2} > 1 "{v}" "{v + 3}" ', str(v))
            elif f == 3:
                # nested: the inner field's shown result lies inside the outer field's instructions
                xml = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> = </w:instrText></w:r>'
                       + _fld(f' QUOTE "{a}" ', str(a))
                       + f'<w:r><w:instrText xml:space="preserve"> + {b} </w:instrText></w:r>'
                       + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + f6.run(str(v))
                       + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
            else:
                xml = _fld(f' QUOTE "{v}" \\* MERGEFORMAT ', str(v))
            forms[k] = ["= a + b", "fldSimple = v+7 - 7", "IF … \"v\" \"v+3\"", "nested { = { QUOTE a } + b }", "QUOTE"][f]
            f6.set_cell_xml(tc, xml)
    # table 四's totals and table 二's 行政许可 as formula fields over bookmarks' digits
    t4 = t["t4"]._tbl.findall(qn("w:tr"))[3].findall(qn("w:tc"))
    for m, tc in enumerate(t4):
        if m % 5 == 4:
            g = T4_GROUPS[m // 5]
            vals = [rep.v(f"t4.{g}.{c}") for c in T4_COLS[:-1]]
            f6.set_cell_xml(tc, _fld(f" = {' + '.join(vals)} ", rep.v(f"t4.{g}.total")))
            forms[f"t4.{g}.total"] = "= a + b + c + d"
    lic = int(rep.cells["t2.license.decisions"])
    t2rows = t["t2"]._tbl.findall(qn("w:tr"))
    for tr in t2rows:
        tcs2 = tr.findall(qn("w:tc"))
        if "行政许可" in "".join(x.text or "" for x in tcs2[0].iter(qn("w:t"))):
            f6.set_cell_xml(tcs2[-1], _fld(f" = {lic - 300} + 300 ", str(lic)))
            forms["t2.license.decisions"] = "= a + 300"
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX whose numbers are FIELDS WITH DIGITS IN THEIR INSTRUCTIONS, the cached result the shown number: complex fields { = 3 + 4 } (7), { IF 5 > 1 \"7\" \"10\" } (7), { QUOTE \"7\" \\* MERGEFORMAT }, w:fldSimple w:instr=\" = 14 - 7 \\# \"0\" \" (7), and NESTED { = { QUOTE \"3\" } + 4 } whose inner result 3 lies in the outer field's instructions (shown: 7 only); table 四's 总计 { = 1 + 0 + 2 + 0 }, 行政许可 { = n + 300 }: 347 or 37 for 7 is WRONG", fields=forms))


def o09() -> None:
    rep = Report("娄底市娄星区水利局", 2021, "2021", 1109)
    name = "o09_docx_t3_in_text_box.docx"
    doc, t = f6._docx_with_tables(rep)
    tbl = t["t3"]._tbl
    body = tbl.getparent()
    ph = '<w:p><w:r><w:t>@@TABLE@@</w:t></w:r></w:p><w:p/>'
    xml = (
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5760000" cy="8100000"/>'
        '<wp:docPr id="11" name="文本框 11"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5760000" cy="8100000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln><a:noFill/></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{ph}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape id="文本框 11" o:spid="_x0000_s1026" type="#_x0000_t202" style="width:453.5pt;height:637.8pt" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" stroked="f">'
        f"<v:textbox><w:txbxContent>{ph}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    (p,) = f6.frag(xml)
    holders = [x for x in p.iter(qn("w:p")) if "".join(tt.text or "" for tt in x.iter(qn("w:t"))) == "@@TABLE@@"]
    tbl.addprevious(p)
    body.remove(tbl)
    for n, h in enumerate(holders):
        h.addprevious(tbl if n == 0 else copy.deepcopy(tbl))
        h.getparent().remove(h)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX whose table 三 sits INSIDE A TEXT BOX (w:txbxContent), as Word 2010+ writes it: the DrawingML text box (mc:Choice wps) and its VML fallback (mc:Fallback v:textbox), so the table is TWICE in the XML; the body has only the anchoring paragraph where the table was: one table 三 on the page"))


STYLES_O10 = (
    '<w:style w:type="character" w:customStyle="1" w:styleId="HiddenBase"><w:name w:val="隐藏底"/>'
    "<w:rPr><w:vanish/></w:rPr></w:style>"
    '<w:style w:type="character" w:customStyle="1" w:styleId="DraftMid"><w:name w:val="草稿中"/>'
    '<w:basedOn w:val="HiddenBase"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="DraftFig"><w:name w:val="草稿数"/>'
    '<w:basedOn w:val="DraftMid"/><w:rPr><w:i/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="NoteBase"><w:name w:val="注释底"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:vanish/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="NoteSmall"><w:name w:val="注释小"/>'
    '<w:basedOn w:val="NoteBase"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
)


def o10() -> None:
    rep = Report("娄底市冷水江市统计局", 2020, "2019", 1110)
    name = "o10_docx_hidden_by_style_chain_and_tiny_white.docx"
    doc, t = f6._docx_with_tables(rep)
    for el in f6.frag(STYLES_O10):
        doc.styles.element.append(el)
    rnd = random.Random(1110)
    keys = f6.t3_value_keys(rep)
    tcs = f6.value_tcs(t["t3"], 3, 7)
    cand = [(i, j) for i in range(len(keys)) for j in range(7)]
    rnd.shuffle(cand)
    olds: dict[str, str] = {}
    for n, (i, j) in enumerate(cand[:40]):
        k = keys[i][j]
        v = rep.v(k)
        old = str(int(v) + rnd.choice([1, 2, 3, 4, 10]))
        if n < 20:
            hid = f6.run(old, '<w:rStyle w:val="DraftFig"/>')
            olds[k] = old + " (style chain)"
        elif n < 34:
            hid = f6.run(old, '<w:color w:val="FFFFFF"/><w:sz w:val="2"/><w:szCs w:val="2"/>')
            olds[k] = old + " (1 pt white)"
        else:
            tc = tcs[i][j]
            for p in tc.findall(qn("w:p")):
                tc.remove(p)
            (p,) = f6.frag(f"<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>{f6.run(v)}</w:p>")
            tc.append(p)
            olds[k] = "(shown; only the paragraph mark hidden)"
            continue
        f6.set_cell_xml(tcs[i][j], (hid + f6.run(v)) if n % 2 else (f6.run(v) + hid))
    t4_tcs = t["t4"]._tbl.findall(qn("w:tr"))[3].findall(qn("w:tc"))
    for m, (tc, k) in enumerate(zip(t4_tcs, [f"t4.{g}.{c}" for g in T4_GROUPS for c in T4_COLS])):
        v = rep.v(k)
        old = str(int(v) + 1 + m % 4)
        olds[k] = old + " (paragraph style chain)"
        for p in tc.findall(qn("w:p")):
            tc.remove(p)
        for el in f6.frag(f'<w:p><w:pPr><w:pStyle w:val="NoteSmall"/></w:pPr>{f6.run(old)}</w:p><w:p>{f6.run(v)}</w:p>'):
            tc.append(el)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX, 2019 template: old figures beside the shown numbers hidden by a STYLE CHAIN (character style 草稿数 based on 草稿中 based on 隐藏底, which alone has w:vanish: 20 table 三 cells), by a 1-POINT WHITE run (w:sz 2, FFFFFF: 14 cells), and table 四's each in a paragraph whose style 注释小 is based on the hidden 注释底; 6 shown numbers in a paragraph whose MARK only is hidden (w:pPr/w:rPr/w:vanish: the text shows): must be read or unread, never dropped into a neighbour", hidden=olds))


def bidi_table(tbl) -> None:
    """Word's right-to-left table (w:bidiVisual): the first cell of each row is drawn on the
    right; the cells written in reverse so the table looks as the template's."""
    tblpr = tbl.find(qn("w:tblPr"))
    (b,) = f6.frag("<w:bidiVisual/>")
    style = tblpr.find(qn("w:tblStyle"))
    (style.addnext(b) if style is not None else tblpr.insert(0, b))
    grid = tbl.find(qn("w:tblGrid"))
    cols = grid.findall(qn("w:gridCol"))
    for g in cols:
        grid.remove(g)
    for g in reversed(cols):
        grid.append(g)
    for tr in tbl.findall(qn("w:tr")):
        tcs = tr.findall(qn("w:tc"))
        for tc in tcs:
            tr.remove(tc)
        for tc in reversed(tcs):
            tr.append(tc)


def o18() -> None:
    rep = Report("衡阳市耒阳市司法局", 2021, "2021", 1118)
    name = "o18_docx_bidi_visual_tables.docx"
    doc, t = f6._docx_with_tables(rep)
    bidi_table(t["t3"]._tbl)
    bidi_table(t["t4"]._tbl)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX whose tables 三 and 四 are RIGHT-TO-LEFT TABLES (w:bidiVisual in w:tblPr): Word draws each row's first w:tc on the right, and the cells (and w:gridCol) are written in reverse so the table looks as the template's (labels left, 自然人 … 总计): read in XML order every column is mirrored (总计 as 自然人)"))


# ---------------------------------------------------------------- PDF


def o11() -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    rep = Report("湘西州吉首市城市管理和综合执法局", 2021, "2021", 1111)
    name = "o11_pdf_text_layer_under_newer_picture.pdf"
    rnd = random.Random(1111)
    keys = f9.value_keys(rep, "t3")
    olds = {k: str(int(rep.cells[k]) + rnd.choice([1, 2, 3, 5, 8])) for k in keys if rnd.random() < 0.6}
    d = tmpdir()
    widths = f9.WIDTHS["t3"]
    sheet = f9.Sheet(OUT / name)

    def t3(sh) -> None:
        top = sh.y
        rows = rep.t3()
        sh.grid(f9.shown(rep, "t3", rows, olds), widths, 8, f9.grid_keys(rep, "t3", rows))
        bottom = sh.y + 14
        pic = f9.Sheet(d / "pic.pdf")
        pic.y = top
        pic.grid(rows, widths, 8, f9.grid_keys(rep, "t3", rows))
        pic.save()
        subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(d / "pic.pdf"), str(d / "pic")], check=True)
        png = sorted(d.glob("pic*.png"))[0]
        im = Image.open(png).convert("L")
        k = 150 / 72
        x0, x1 = sh.margin - 3, sh.margin + sum(widths) + 3
        y0, y1 = bottom - 3, top + 3
        crop = im.crop((round(x0 * k), round((sh.ph - y1) * k), round(x1 * k), round((sh.ph - y0) * k)))
        sh.cv.drawImage(ImageReader(crop), x0, y0, x1 - x0, y1 - y0)

    f9.sheet_report(rep, sheet, t3=t3)
    sheet.save()
    TRUTH.append(rep.truth(name, "report-engine PDF whose table 三 page has a TEXT LAYER UNDER A PICTURE OF A DIFFERENT TABLE: the draft table 三 drawn as text (its figures older: 60 % of the value cells differ), then an opaque 150 dpi picture of the final table 三 drawn over it at the same place: what the page shows is the picture; the text under it is invisible. Truth: the picture's figures (the text layer's are WRONG; unread is fine)", hidden=olds,
                           # 湘西州 is the short form of the prefecture's name (added after the first reading)
                           agency_any=[rep.agency, "湘西土家族苗族自治州吉首市城市管理和综合执法局"]))


class RulelessSheet(f9.Sheet):
    """Tables drawn as positioned text only (no rules): labels left-aligned at the top line of
    their cell's rows, numbers right-aligned with a few points' jitter (ragged columns)."""

    def __init__(self, path: Path, seed: int) -> None:
        super().__init__(path)
        self.rnd = random.Random(seed)

    def grid(self, rows: Grid, widths: list[float], size: float, keys=None) -> None:
        keys = keys or {}
        cells, _w = grid_positions(rows)
        xs = [self.margin]
        for wd in widths:
            xs.append(xs[-1] + wd)
        hs = [size * 1.9] * len(rows)
        for r, c, text, rs, cs in cells:
            if rs == 1:
                per = max(1, int((xs[c + cs] - xs[c] - 4) / size))
                hs[r] = max(hs[r], -(-len(text) // per) * size * 1.25 + 4)
        if self.y - sum(hs) < self.margin:
            self.new_page()
        ys = [self.y]
        for h in hs:
            ys.append(ys[-1] - h)
        for r, c, text, rs, cs in cells:
            x0, x1, y0 = xs[c], xs[c + cs], ys[r]
            per = max(1, int((x1 - x0 - 4) / size))
            parts = [text[i: i + per] for i in range(0, len(text), per)] or [""]
            for k, part in enumerate(parts):
                y = y0 - size - 1 - k * size * 1.25
                if re.fullmatch(r"[+-]?\d+(\.\d+)?", part):
                    tw = self.pm.stringWidth(part, "STSong-Light", size)
                    self.number(x1 - 4 - tw - self.rnd.uniform(0, 7), y, part, size, keys.get((r, c)))
                else:
                    self.cv.setFont("STSong-Light", size)
                    self.cv.drawString(x0 + 1 + self.rnd.uniform(0, 2), y, part)
        self.y = ys[-1] - 14


def o12() -> None:
    rep = Report("益阳市沅江市应急管理局", 2021, "2021", 1112)
    name = "o12_pdf_positioned_text_no_rules_ragged.pdf"
    sheet = RulelessSheet(OUT / name, 1112)
    f9.sheet_report(rep, sheet)
    sheet.save()
    TRUTH.append(rep.truth(name, "report-engine PDF whose three tables are POSITIONED TEXT WITH NO RULES AT ALL: labels left-aligned (wrapped in their column), merged labels on the first line of their rows, numbers right-aligned with 0–7 pt jitter so no two rows' columns line up exactly (ragged); no line or rectangle on the table pages"))


def o13() -> None:
    rep = Report("岳阳市汨罗市发展和改革局", 2021, "2021", 1113)
    name = "o13_pdf_labels_wrapped_figures_last_line.pdf"

    def table(n: str, rows: Grid) -> str:
        tab = html_table(rows)
        if n == "t3":
            cg = '<colgroup><col style="width:26px"><col style="width:48px"><col style="width:92px">' + '<col style="width:44px">' * 7 + "</colgroup>"
            return tab.replace(">", ' class="wrap3" style="table-layout:fixed;width:474px">' + cg, 1)
        if n == "t2":
            cg = '<colgroup><col style="width:54px"><col style="width:90px"><col style="width:90px"><col style="width:90px"></colgroup>'
            return tab.replace(">", ' style="table-layout:fixed;width:324px">' + cg, 1)
        return tab

    art = article_body(rep, table=table)
    css = "td{vertical-align:bottom} table.wrap3 td{font-size:8pt}"
    chromium_pdf(page(art, css=css, title=rep.title()), OUT / name)
    TRUTH.append(rep.truth(name, "Chromium PDF whose table 三 label columns are narrow (26/48/92 px) so the ROW LABELS WRAP over two to six lines, every cell VERTICAL-ALIGN BOTTOM: a row's figures sit on the LAST line of its label, the lines above them the label's beginning (the row above's figures end just over it); table 二's labels (行政规范性文件, 行政事业性收费) wrap the same way"))


# ---------------------------------------------------------------- XLSX


def _col(n: int) -> str:
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _sheet_xml(cells: dict[tuple[int, int], tuple[str, str]], merges: list[str], hidden_cols: list[int], hidden_rows: set[int]) -> str:
    rows: dict[int, list[tuple[int, tuple[str, str]]]] = {}
    for (r, c), v in cells.items():
        rows.setdefault(r, []).append((c, v))
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">']
    if hidden_cols:
        out.append("<cols>" + "".join(f'<col min="{c + 1}" max="{c + 1}" width="9" hidden="1" customWidth="1"/>' for c in hidden_cols) + "</cols>")
    out.append("<sheetData>")
    for r in sorted(rows | {x: [] for x in hidden_rows}):
        attrs = ' hidden="1"' if r in hidden_rows else ""
        cs = []
        for c, (kind, v) in sorted(rows.get(r, [])):
            ref = f"{_col(c)}{r + 1}"
            if kind == "s":
                cs.append(f'<c r="{ref}" t="inlineStr"><is><t>{html.escape(v)}</t></is></c>')
            elif kind == "n":
                cs.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:  # formula with its cached value: "f" -> (formula, value) joined by \x00
                f, val = v.split("\x00")
                cs.append(f'<c r="{ref}"><f>{f}</f><v>{val}</v></c>')
        out.append(f'<row r="{r + 1}"{attrs}>' + "".join(cs) + "</row>")
    out.append("</sheetData>")
    if merges:
        out.append(f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>")
    out.append("</worksheet>")
    return "".join(out)


def xlsx_sheet(rep: Report, rnd: random.Random, hide: bool) -> tuple[str, dict]:
    """The three tables on one sheet (a title row, each table under its name). With `hide`:
    a column D of last year's totals inserted before 自然人 and hidden, a hidden row of
    last year's table 四 values, table 三's 总计 column as SUM formulas with cached values,
    a fifth of the numbers stored as text."""
    cells: dict[tuple[int, int], tuple[str, str]] = {}
    merges: list[str] = []
    hidden_rows: set[int] = set()
    cells[(0, 0)] = ("s", f"{rep.title()}统计表")
    top = 2
    info = {}
    for title, n in (("表二 主动公开政府信息情况", "t2"), ("表三 收到和处理政府信息公开申请情况", "t3"), ("表四 政府信息公开行政复议、行政诉讼情况", "t4")):
        cells[(top, 0)] = ("s", title)
        grid = {"t2": rep.t2(), "t3": rep.t3(), "t4": rep.t4()}[n]
        extra_row = None
        if hide and n == "t4":
            old = [C(str(max(0, int(rep.cells[f"t4.{g}.{c}"]) + rnd.randint(-2, 4)))) for g in T4_GROUPS for c in T4_COLS]
            grid = grid[:3] + [old] + grid[3:]
            extra_row = top + 1 + 3
            hidden_rows.add(extra_row)
        placed, _w = grid_positions(grid)
        for r, c, text, rs, cs in placed:
            if hide:
                nc = c if c < 3 else c + 1
                ncs = cs + 1 if c < 3 < c + cs else cs
            else:
                nc, ncs = c, cs
            rr = top + 1 + r
            if NUM.fullmatch(text) and text.count(".") <= 1:
                kind = "s" if rnd.random() < 0.2 else "n"
                cells[(rr, nc)] = (kind, text)
            else:
                cells[(rr, nc)] = ("s", text)
            if rs > 1 or ncs > 1:
                merges.append(f"{_col(nc)}{rr + 1}:{_col(nc + ncs - 1)}{rr + rs}")
        if hide and n == "t3":
            cells[(top + 1, 3)] = ("s", "上年合计")
            merges.append(f"D{top + 2}:D{top + 4}")
            for i, (rid, _l, _lead) in enumerate(rep.t3_rows()):
                rr = top + 1 + 3 + i
                cells[(rr, 3)] = ("n", str(int(rep.cells[f"t3.{rid}.total"]) + rnd.randint(-4, 9)))
                # 总计 (grid col 9 -> sheet col 10) as a SUM of the six columns before it
                tot = rep.v(f"t3.{rid}.total")
                cells[(rr, 10)] = ("f", f"SUM(E{rr + 1}:J{rr + 1})\x00{tot}")
        info[n] = top
        top += len(grid) + 3
    return _sheet_xml(cells, merges, [3] if hide else [], hidden_rows), info


def o14() -> None:
    rep = Report("湘潭市岳塘区政务服务中心", 2021, "2021", 1114)
    last = Report("湘潭市岳塘区政务服务中心", 2020, "2021", 1214)
    name = "o14_xlsx_hidden_column_row_sheet.xlsx"
    rnd = random.Random(1114)
    s_last, _ = xlsx_sheet(last, rnd, hide=False)
    s_now, _ = xlsx_sheet(rep, rnd, hide=True)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="1"/></bookViews><sheets>'
          '<sheet name="2020年" sheetId="1" state="hidden" r:id="rId1"/><sheet name="2021年" sheetId="2" r:id="rId2"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>')
    with zipfile.ZipFile(OUT / name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", wbrels)
        z.writestr("xl/worksheets/sheet1.xml", s_last)
        z.writestr("xl/worksheets/sheet2.xml", s_now)
    t = rep.truth(name, "the statistics attachment as an .xlsx (written as Excel stores it: inline strings, numbers, formulas with cached values): a HIDDEN FIRST SHEET 2020年 with last year's three tables; the shown sheet 2021年 with a HIDDEN COLUMN D (上年合计: last year's totals) between table 三's labels and 自然人 (every table's cells right of C one column further), a HIDDEN ROW of last year's table 四 values above this year's, table 三's 总计 as =SUM(E:J) formulas with their cached values, a fifth of the numbers stored as text: read or a clear error, never last year's figures or a shifted column",
                  expect="read_or_error", may_unread=True, error_codes=["read."])
    for k in ("sections", "agency", "year"):
        t.pop(k)
    TRUTH.append(t)


def main() -> None:
    builders = [o01, o02, o03, o04, o05, o06, o07, o08, o09, o10, o11, o12, o13, o14, o15, o16, o17, o18, o19]
    build(HERE, builders, TRUTH, ONLY)


if __name__ == "__main__":
    main()
