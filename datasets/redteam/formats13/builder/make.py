"""Build formats13's files and truth.jsonl (see ../README.md for what each file is).

The report model, the HTML/DOCX renderers and the Chromium/LibreOffice drivers are
formats4's; the helpers of formats5–formats12 are imported from their builders (formats12's
loader brings them all), not copied. What is new here is the forms the files take: an
office suite's tagged PDF with repeated header rows, a table turned a quarter inside an
upright page, a table continued under a browser's running header and footer, numbers wrapped
inside narrow cells, nested tracked changes inside numbers, a hand-drawn DOCX grid, a CSS
grid placed by spans, Safari's web archive, full-width digits with separators, repeated
header rows pasted into one HTML table, both templates on one page, explicit line breaks in
numbers, custom-XML-wrapped rows and cells, a page stored sideways without /Rotate.

Cells the truth gives as None are blank in the source: a value read for them is WRONG.
"""

from __future__ import annotations

import html
import plistlib
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
F4 = HERE.parents[1] / "formats4" / "builder"
F12 = HERE.parents[1] / "formats12" / "builder"
sys.path.insert(0, str(F4))
from sets import build, load_builder  # noqa: E402

from docx.oxml.ns import qn  # noqa: E402
from lxml import etree  # noqa: E402
from model import T3_COLS, T4_COLS, T4_GROUPS, C, Report, grid_positions  # noqa: E402, F401
from render import TABLE_TITLES, Grid, article_body, chromium_pdf, html_table, page, soffice  # noqa: E402, F401


f12 = load_builder("f12make", F12 / "make.py")
f11, f10 = f12.f11, f12.f10
f9, f8, f7, f6, f5, f4 = f10.f9, f10.f8, f10.f7, f10.f6, f10.f5, f10.f4

OUT = HERE.parent / "files"
TRUTH: list[dict] = []
ONLY = sys.argv[1:]


def tmpdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="formats13-"))


def saved_page(rep: Report, article: str, css: str = "") -> str:
    return f7.saved_page(rep, article, css=css)


def keyed_table(rep, n, rows, body, **kw) -> str:
    return f12.keyed_table(rep, n, rows, body, **kw)


def big(rep: Report, factor: int = 60) -> Report:
    """A big city's counts (thousands in table 三), sums redone."""
    f8.scale_t3(rep, factor, cols=("natural", "commercial", "other"))
    return rep


def grouped(v: int | float, sep: str = ",") -> str:
    if isinstance(v, float):
        return f"{v:,.2f}".replace(",", sep)
    return f"{v:,}".replace(",", sep)


# ---------------------------------------------------------------- PDF


def q01() -> None:
    """LibreOffice's tagged PDF export of a DOCX whose tables repeat their header rows."""
    rep = Report("益阳市赫山区教育局", 2021, "2021", 1301)
    name = "q01_pdf_tagged_export_repeated_header_rows.pdf"
    doc, t = f6._docx_with_tables(rep)
    for n, k in (("t3", 3), ("t4", 3), ("t2", 1)):
        for tr in t[n]._tbl.findall(qn("w:tr"))[:k]:
            etree.SubElement(tr.get_or_add_trPr(), qn("w:tblHeader"))
    # push table 三 down so that it breaks across a page
    body = doc.element.body
    t3 = t["t3"]._tbl
    for _ in range(14):
        (p,) = f6.frag("<w:p><w:r><w:t>　</w:t></w:r></w:p>")
        t3.addprevious(p)
    d = tmpdir()
    src = d / "q01.docx"
    doc.save(src)
    out = soffice(src, 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},"ExportBookmarks":{"type":"boolean","value":"true"}}', d)
    (OUT / name).write_bytes(out.read_bytes())
    del body
    TRUTH.append(rep.truth(name, "an office suite's 'export as PDF' with TAGGED STRUCTURE (LibreOffice 7.4 writer_pdf_Export UseTaggedPDF: StructTreeRoot, marked content with MCIDs, page furniture as /Artifact) of a DOCX whose tables mark their header rows as REPEATED (w:tblHeader): table 三 starts low on a page, breaks, and its three header rows are drawn again at the top of the next page"))


def q02() -> None:
    """Chromium PDF: table 三 turned a quarter clockwise by a CSS transform on an upright page."""
    rep = Report("益阳市资阳区民政局", 2021, "2021", 1302)
    name = "q02_pdf_table_turned_on_upright_page.pdf"

    def table(n: str, rows: Grid) -> str:
        h = html_table(rows)
        if n != "t3":
            return h
        return f'<div class="rotbox"><div class="rot">{h}</div></div>'

    css = ("@page{size:A4;margin:15mm} .rotbox{break-before:page;break-after:page;position:relative;width:180mm;height:262mm}"
           " .rot{position:absolute;left:180mm;top:0;width:255mm;transform-origin:0 0;transform:rotate(90deg)}"
           " .rot table{font-size:8pt;width:255mm}")
    chromium_pdf(page(article_body(rep, table=table), css=css, title=rep.title()), OUT / name)
    TRUTH.append(rep.truth(name, "Chromium PDF, A4 portrait pages, no /Rotate: table 三 alone on a page TURNED A QUARTER CLOCKWISE inside the upright page by a CSS transform (rotate(90deg)): its text runs top to bottom, the header on the right; the prose and the other tables upright"))


def thead_table(rows: Grid, nhead: int, attrs: str = 'border="1" cellspacing="0" cellpadding="3"') -> str:
    out = [f"<table {attrs}><thead>"]
    for r, row in enumerate(rows):
        if r == nhead:
            out.append("</thead><tbody>")
        tds = "".join(
            f"<td{f' rowspan={rs}' if rs > 1 else ''}{f' colspan={cs}' if cs > 1 else ''}>{html.escape(t)}</td>" for t, rs, cs in row
        )
        out.append(f"<tr>{tds}</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def q03() -> None:
    """Chromium PDF with its running header and footer; table 三 continued under a repeated thead."""
    rep = Report("常德市津市市人民政府办公室", 2021, "2021", 1303)
    name = "q03_pdf_continued_table_browser_header_footer.pdf"

    def table(n: str, rows: Grid) -> str:
        return thead_table(rows, {"t2": 0, "t3": 3, "t4": 3}[n]) if n != "t2" else html_table(rows)

    css = "@page{size:A4;margin:18mm 14mm} table{font-size:11pt} td{padding:5px} tr{break-inside:avoid}"
    chromium_pdf(page(article_body(rep, table=table), css=css, title=rep.title()), OUT / name, header_footer=True)
    TRUTH.append(rep.truth(name, "Chromium PDF printed WITH the browser's running header and footer (the date and title at the top, the file URL and 'n/m' page numbers at the bottom of every page): table 三 (large type) goes over two page breaks (after its first two rows, and again before its last rows, inside the 三、本年度办理结果 row group), its three header rows a <thead> REPEATED by the browser at the top of each next page; page furniture with digits (a date, n/m) sits between the parts"))


def q04() -> None:
    """Chromium PDF: numbers with thousands separators WRAPPED inside narrow cells."""
    rep = big(Report("长沙市雨花区城市管理和综合执法局", 2021, "2021", 1304))
    name = "q04_pdf_numbers_wrapped_in_narrow_cells.pdf"
    wrapped: list[str] = []

    def body(k: str, t: str) -> str:
        v = rep.cells[k]
        s = grouped(v) if (isinstance(v, float) or v >= 1000) else t
        if len(s) > 3:
            wrapped.append(k)
        return html.escape(s)

    cols = {"t2": [40, 5, 5, 5], "t3": [28, 20, 40] + [7] * 7, "t4": [12] * 15}

    def table(n: str, rows: Grid) -> str:
        h = keyed_table(rep, n, rows, body, attrs=f'class="{n}" border="1" cellspacing="0" cellpadding="1"')
        cg = "<colgroup>" + "".join(f'<col style="width:{w}mm">' for w in cols[n]) + "</colgroup>"
        return h.replace(">", ">" + cg, 1)

    css = ("@page{size:A4;margin:15mm} table{table-layout:fixed} td{word-break:break-all;overflow-wrap:anywhere}"
           " .t3{width:145mm} .t3 td{font-size:8pt} .t2{width:55mm} .t4{width:180mm}")
    # the value columns only a few digits wide: CSS gives the label columns the room
    art = article_body(rep, table=table)
    chromium_pdf(page(art, css=css, title=rep.title()), OUT / name)
    TRUTH.append(rep.truth(name, "Chromium PDF whose value columns are NARROW (table-layout:fixed, word-break:break-all): numbers with thousands separators (1,234; 2,345.67) WRAP INSIDE THEIR CELLS over two or three lines ('1,23' / '4'); the page shows one number per cell, broken by the cell's width", wrapped=wrapped))


# ---------------------------------------------------------------- DOCX


def q05() -> None:
    """DOCX: tracked changes inside numbers, nested (an insertion later deleted) and digit by digit."""
    rep = Report("衡阳市雁峰区住房和城乡建设局", 2021, "2021", 1305)
    name = "q05_docx_nested_tracked_changes_in_numbers.docx"
    doc, t = f6._docx_with_tables(rep)
    rnd = random.Random(1305)
    ident = [1300]
    changed: dict[str, str] = {}
    A = 'w:author="张三" w:date="2022-01-10T09:00:00Z"'
    B = 'w:author="李四" w:date="2022-01-12T15:30:00Z"'

    def nid() -> str:
        ident[0] += 1
        return str(ident[0])

    def ins(x: str, who: str = A) -> str:
        return f'<w:ins w:id="{nid()}" {who}>{x}</w:ins>'

    def dele(text: str, who: str = B) -> str:
        return f'<w:del w:id="{nid()}" {who}><w:r><w:delText xml:space="preserve">{html.escape(text)}</w:delText></w:r></w:del>'

    def cell_xml(k: str, s: str) -> str | None:
        r = rnd.random()
        old = f12.older(rep, k, rnd)
        run = f6.run
        if r < 0.15:
            changed[k] = f"whole: -{old} +{s}"
            return dele(old, A) + ins(run(s))
        if r < 0.30:
            # inserted by A, then deleted by B: never shown
            changed[k] = f"nested: +[-{old}] +{s}"
            return ins(dele(old), A) + ins(run(s), B)
        if r < 0.45 and len(s) >= 2:
            # digit by digit: a kept prefix, a changed digit, a kept suffix
            i = rnd.randrange(len(s))
            if not s[i].isdigit():
                return None
            od = str((int(s[i]) + rnd.randint(1, 8)) % 10)
            changed[k] = f"digit {i}: -{od} +{s[i]}"
            pre, post = s[:i], s[i + 1:]
            parts = [run(pre) if pre else "", dele(od), ins(run(s[i])), run(post) if post else ""]
            if rnd.random() < 0.5:
                parts[1], parts[2] = parts[2], parts[1]
            return "".join(parts)
        if r < 0.55:
            # an inserted digit that was deleted again by its own author before the new one
            extra = str(rnd.randint(1, 9))
            changed[k] = f"inserted-then-deleted {extra} before {s}"
            return ins(dele(extra, A), A) + run(s)
        return None

    for n in ("t2", "t3", "t4"):
        keys = f12.value_keys(rep, n)
        if n == "t3":
            tcs = [tc for row in f6.value_tcs(t["t3"], 3, 7) for tc in row]
        elif n == "t4":
            tcs = f6.value_tcs(t["t4"], 3, 15)[0]
        else:
            tcs = []
            for tr in t["t2"]._tbl.findall(qn("w:tr")):
                cells = tr.findall(qn("w:tc"))
                for tc in cells[1:]:
                    txt = "".join(x.text or "" for x in tc.iter(qn("w:t")))
                    if re.fullmatch(r"[\d.]+", txt):
                        tcs.append(tc)
        assert len(tcs) == len(keys), (n, len(tcs), len(keys))
        for k, tc in zip(keys, tcs):
            xml = cell_xml(k, rep.v(k))
            if xml:
                f6.set_cell_xml(tc, xml)
    # table 四: last year's value row kept as a tracked deletion above this year's
    last = f12.other_year(rep, 13051)
    t4rows = t["t4"]._tbl.findall(qn("w:tr"))
    import copy

    old_row = copy.deepcopy(t4rows[3])
    trpr = old_row.get_or_add_trPr()
    (d,) = f6.frag(f'<w:del w:id="{nid()}" {B}/>')
    trpr.append(d)
    for (g, c), tc in zip([(g, c) for g in T4_GROUPS for c in T4_COLS], old_row.findall(qn("w:tc"))):
        f6.set_cell_xml(tc, dele(last.v(f"t4.{g}.{c}")))
    t4rows[3].addprevious(old_row)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX with TRACKED CHANGES INSIDE NUMBERS, not accepted, by two authors: a whole old figure deleted and the new inserted; text INSERTED BY ONE AUTHOR AND DELETED BY ANOTHER (w:del inside w:ins: never shown) before the new figure; digit-by-digit edits (a kept prefix, a deleted digit, an inserted digit, a kept suffix; deletion before or after the insertion); a digit inserted and deleted again by its own author; table 四 with last year's value row as a TRACKED ROW DELETION (w:trPr/w:del) above this year's. Word with markup hidden (and any reader) shows the current figures", changed=changed))


def jitter_tbl(rows: Grid, rnd: random.Random, unit: int = 600) -> str:
    """WordprocessingML for a table drawn by hand: every row its own cell edges (jittered a
    little), the grid the union of all edges, cells spanning it with gridSpan, rows starting
    late (gridBefore) or ending early (gridAfter), merged label cells as vMerge."""
    cells, width = grid_positions(rows)
    nrows = len(rows)
    base = [i * unit for i in range(width + 1)]
    # vertical merges keep one column's edges through their rows: jitter per (row, edge),
    # the same for all rows a merged cell covers
    edges = [[b + (rnd.choice([0, 0, 0, -60, 45, 90, -30]) if 0 < i < width else 0) for i, b in enumerate(base)] for _ in range(nrows)]
    for r, c, _t, rs, cs in cells:
        for dr in range(1, rs):
            for i in (c, c + cs):
                edges[r + dr][i] = edges[r][i]
    # some rows start a little right of the table's left edge and end short of its right
    def in_merge(r: int, edge: int) -> bool:
        return any(rs > 1 and rr <= r < rr + rs and edge in (c, c + cs) for rr, c, _t, rs, cs in cells)

    for r in range(nrows):
        if rnd.random() < 0.25 and not in_merge(r, 0):
            edges[r][0] = 40
        if rnd.random() < 0.2 and not in_merge(r, width):
            edges[r][width] = base[width] - 35
    allx = sorted({x for row in edges for x in row} | {0, base[width]})
    cols = [b - a for a, b in zip(allx, allx[1:])]
    out = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
           + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
           + '</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>'
           + "".join(f'<w:gridCol w:w="{w}"/>' for w in cols) + "</w:tblGrid>"]
    at = {(r, c): (t, rs, cs) for r, c, t, rs, cs in cells}
    cover = {}
    for r, c, _t, rs, cs in cells:
        for dr in range(1, rs):
            cover[(r + dr, c)] = cs
    for r in range(nrows):
        e = edges[r]
        before = allx.index(e[0])
        after = len(allx) - 1 - allx.index(e[width])
        trpr = ""
        if before or after:
            trpr = "<w:trPr>" + (f'<w:gridBefore w:val="{before}"/><w:wBefore w:w="{e[0]}" w:type="dxa"/>' if before else "") + (
                f'<w:gridAfter w:val="{after}"/><w:wAfter w:w="{base[width] - e[width]}" w:type="dxa"/>' if after else "") + "</w:trPr>"
        tcs = []
        c = 0
        while c < width:
            if (r, c) in at:
                text, rs, cs = at[(r, c)]
                vm = '<w:vMerge w:val="restart"/>' if rs > 1 else ""
            elif (r, c) in cover:
                text, cs, vm = "", cover[(r, c)], "<w:vMerge/>"
            else:
                raise AssertionError((r, c))
            x0, x1 = e[c], e[c + cs]
            span = allx.index(x1) - allx.index(x0)
            gs = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
            para = f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{f6.run(text) if text else ""}</w:p>'
            tcs.append(f'<w:tc><w:tcPr><w:tcW w:w="{x1 - x0}" w:type="dxa"/>{gs}{vm}</w:tcPr>{para}</w:tc>')
            c += cs
        out.append(f"<w:tr>{trpr}{''.join(tcs)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def q06() -> None:
    """DOCX: table 三 drawn by hand: a grid of many narrow columns, gridSpan everywhere,
    gridBefore/gridAfter rows, vMerge labels."""
    rep = Report("衡阳市石鼓区卫生健康局", 2021, "2021", 1306)
    name = "q06_docx_hand_drawn_grid_spans.docx"
    doc, t = f6._docx_with_tables(rep)
    rnd = random.Random(1306)
    for n in ("t3", "t4"):
        old = t[n]._tbl
        (new,) = f6.frag(jitter_tbl({"t3": rep.t3(), "t4": rep.t4()}[n], rnd))
        old.addprevious(new)
        old.getparent().remove(old)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX whose tables 三 and 四 were DRAWN BY HAND in Word: every row has its own cell edges (moved a little), so the table grid (w:tblGrid) is the union of all edges, up to three times the visible columns, and every cell spans several grid columns with w:gridSpan in a different way per row; some rows start right of the table's edge (w:gridBefore) or stop short of it (w:gridAfter); merged labels are w:vMerge restart/continue. Drawn, the cells line up as the template's"))


# ---------------------------------------------------------------- HTML


def q07() -> None:
    """Saved page: the tables are CSS grids of divs, placed automatically, spans for the merges."""
    rep = Report("衡阳市蒸湘区司法局", 2021, "2021", 1307)
    name = "q07_html_css_grid_auto_placed_spans.html"

    def table(n: str, rows: Grid) -> str:
        _cells, width = grid_positions(rows)
        items = []
        for row in rows:
            for text, rs, cs in row:
                st = (f"grid-column:span {cs};" if cs > 1 else "") + (f"grid-row:span {rs};" if rs > 1 else "")
                items.append(f'<div class="c"{f" style={chr(34)}{st}{chr(34)}" if st else ""}>{html.escape(text)}</div>')
        cols = "minmax(5em,2fr) " * (width - 7) + "repeat(7,minmax(3em,1fr))" if n == "t3" else f"repeat({width},minmax(3em,1fr))"
        return f'<div class="grid" role="table" style="grid-template-columns:{cols}">' + "".join(items) + "</div>"

    css = (".grid{display:grid;border-top:1px solid #000;border-left:1px solid #000;font-size:9pt;margin:8px 0}"
           " .grid .c{border-right:1px solid #000;border-bottom:1px solid #000;padding:2px;display:flex;align-items:center;justify-content:center}")
    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table), css=css), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose three tables are CSS GRIDS OF DIVs (display:grid, grid-template-columns), the cells written ROW BY ROW and PLACED AUTOMATICALLY (no line numbers), merged cells as grid-column:span n / grid-row:span n (三、本年度办理结果 spans 22 rows): the browser's auto-placement puts every cell where the table's would be"))


def q08() -> None:
    """Safari's 'Web Archive' (.webarchive): a binary property list holding the page and its parts."""
    rep = Report("邵阳市双清区自然资源局", 2021, "2021", 1308)
    name = "q08_html_safari_webarchive.webarchive"
    css = "table{border-collapse:collapse;font-size:9pt} td{border:1px solid #000;padding:2px}"
    doc = saved_page(rep, article_body(rep))
    doc = doc.replace("</head>", '<link rel="stylesheet" href="http://www.shuangqing.gov.cn/css/article.css"></head>', 1)
    url = "http://www.shuangqing.gov.cn/zwgk/xxgkndbg/202201/t20220125_1234567.html"
    arch = {
        "WebMainResource": {
            "WebResourceData": doc.encode("utf-8"),
            "WebResourceFrameName": "",
            "WebResourceMIMEType": "text/html",
            "WebResourceTextEncodingName": "UTF-8",
            "WebResourceURL": url,
        },
        "WebSubresources": [
            {"WebResourceData": css.encode(), "WebResourceMIMEType": "text/css", "WebResourceURL": "http://www.shuangqing.gov.cn/css/article.css",
             "WebResourceResponse": b"bplist00"},
            {"WebResourceData": f7.TINY_PNG.encode() if isinstance(f7.TINY_PNG, str) else f7.TINY_PNG, "WebResourceMIMEType": "image/png",
             "WebResourceURL": "http://www.shuangqing.gov.cn/images/logo.png"},
        ],
    }
    (OUT / name).write_bytes(plistlib.dumps(arch, fmt=plistlib.FMT_BINARY))
    TRUTH.append(rep.truth(name, "a page saved by SAFARI as 'Web Archive' (.webarchive): a BINARY PROPERTY LIST (bplist00) whose WebMainResource holds the page's HTML bytes (WebResourceData, UTF-8 by WebResourceTextEncodingName) and WebSubresources its stylesheet and logo; the page is an ordinary saved report page"))


FW = str.maketrans("0123456789,.-", "０１２３４５６７８９，．－")


def q09() -> None:
    """DOCX: every number typed in full-width digits, with full-width separators."""
    rep = big(Report("郴州市苏仙区财政局", 2021, "2021", 1309), 45)
    name = "q09_docx_fullwidth_digits_separators.docx"
    rnd = random.Random(1309)
    doc, t = f6._docx_with_tables(rep)
    written: dict[str, str] = {}
    for tbl in t.values():
        for tcel in tbl._tbl.iter(qn("w:t")):
            s = tcel.text or ""
            if re.fullmatch(r"\d+(\.\d+)?", s):
                v = float(s) if "." in s else int(s)
                w = grouped(v) if (isinstance(v, float) or v >= 1000) else s
                w = w.translate(FW)
                if rnd.random() < 0.25:
                    w = rnd.choice(["\u3000", " "]) + w
                if v == 0 and rnd.random() < 0.3:
                    w = "〇"
                tcel.text = w
                written[s] = w
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX whose numbers are all typed FULL-WIDTH, thousands separators and decimal points too (１，２３４ / ２，３４５．６７ / １２), some after an ideographic space, a few zeros as 〇: each is its number", written=written))


def q10() -> None:
    """Saved page: a table pasted from a paginated document: the header rows repeated inside it,
    with a 续表 row."""
    rep = Report("怀化市洪江市应急管理局", 2021, "2021", 1310)
    name = "q10_html_header_rows_repeated_inside_table.html"

    def table(n: str, rows: Grid) -> str:
        if n != "t3":
            return html_table(rows)
        head = rows[:3]
        body = rows[3:]
        # split inside the 三、本年度办理结果 group: the merged label goes on, Word's paste
        # ends its rowspan at the break and starts a fresh cell in the continued part
        cut = 9  # body rows before the break: new, carried_in, granted, partial, 5 denied
        first = [list(r) for r in body[:cut]]
        first[2] = [C("三、本年度办理结果", rs=cut - 2)] + first[2][1:]
        rest = [list(r) for r in body[cut:]]
        n_rest = sum(1 for r in rest) - 1  # all rows of the group after the break (not carried_out)
        # the 不予公开 group (8 rows) is cut after its 5th: its label starts again too
        assert first[4][0][0] == "（三）不予公开"
        first[4] = [C("（三）不予公开", rs=5)] + first[4][1:]
        rest[0] = [C("三、本年度办理结果（续）", rs=n_rest), C("（三）不予公开（续）", rs=3)] + rest[0]
        w = 10
        cont = [[C("续表", cs=w)]]
        return html_table(head + first + cont + [list(r) for r in head] + rest)

    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table)), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose table 三 was PASTED FROM A PAGINATED DOCUMENT: after the 5th 不予公开 row comes a row '续表' across the table, the THREE HEADER ROWS AGAIN (申请人情况 / 自然人 … / 商业企业 …), and the rest of the rows; the merged labels 三、本年度办理结果 and （三）不予公开 end at the break and start again (…（续）) below the repeated header: one table, each value once"))


def q11() -> None:
    """Saved page: the 2021 report, and after it last year's report in the 2019 template."""
    rep = Report("株洲市芦淞区交通运输局", 2021, "2021", 1311)
    old = Report(rep.agency, 2020, "2019", 13111)
    name = "q11_html_both_templates_one_page.html"
    art = article_body(rep)
    art_old = article_body(old).replace('<h1 class="title">', '<h2 class="title">附件：', 1).replace("</h1>", "</h2>", 1)
    body = art + "<hr><p>（以下为上一年度报告，供对照）</p>" + art_old
    (OUT / name).write_text(saved_page(rep, body), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page holding the 2021 report (2021 template) and BELOW IT, as 附件 'for comparison', LAST YEAR'S WHOLE REPORT IN THE 2019 TEMPLATE (its title, six sections and three tables: 本年新制作数量…, 其他对外管理服务事项, 政府集中采购, table 三 with one 其他处理 row): the page's report is the first, its template 2021", other_year=2020, other_template="2019"))


def q12() -> None:
    """Saved page: numbers broken by <br> inside their cells."""
    rep = big(Report("娄底市冷水江市发展和改革局", 2021, "2021", 1312), 50)
    name = "q12_html_line_breaks_inside_numbers.html"
    rnd = random.Random(1312)
    written: dict[str, str] = {}

    def body(k: str, t: str) -> str:
        v = rep.cells[k]
        if isinstance(v, float):
            a, b = t.split(".")
            written[k] = f"{a}.<br>{b}"
        elif v >= 1000 and rnd.random() < 0.8:
            g = grouped(v)
            i = g.index(",") + 1
            written[k] = f"{g[:i]}<br>{g[i:]}"
        elif rnd.random() < 0.2:
            written[k] = f"{t}<br>件"
        else:
            return t
        return written[k]

    css = "table{table-layout:fixed} td{min-width:2em}"
    (OUT / name).write_text(saved_page(rep, article_body(rep, table=lambda n, rows: keyed_table(rep, n, rows, body)), css=css), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose narrow cells had their numbers BROKEN BY HAND WITH <br>: after the thousands separator (1,<br>234), after the decimal point (160.<br>02), or the unit on a line of its own (12<br>件): each cell shows one number over two lines", written=written))


def q13() -> None:
    """DOCX: numbers broken by line breaks inside the run (w:br, w:cr) after separators."""
    rep = big(Report("邵阳市武冈市市场监督管理局", 2021, "2021", 1313), 50)
    name = "q13_docx_line_breaks_inside_numbers.docx"
    rnd = random.Random(1313)
    doc, t = f6._docx_with_tables(rep)
    written: dict[str, str] = {}
    for tbl in t.values():
        for r in list(tbl._tbl.iter(qn("w:r"))):
            tt = r.find(qn("w:t"))
            if tt is None or not re.fullmatch(r"\d+(\.\d+)?", tt.text or ""):
                continue
            s = tt.text
            v = float(s) if "." in s else int(s)
            brk = rnd.choice(["<w:br/>", "<w:cr/>"])
            if isinstance(v, float):
                a, b = s.split(".")
                xml = f'<w:t>{a}.</w:t>{brk}<w:t>{b}</w:t>'
            elif v >= 1000:
                g = grouped(v)
                i = g.index(",") + 1
                xml = f"<w:t>{g[:i]}</w:t>{brk}<w:t>{g[i:]}</w:t>"
            elif rnd.random() < 0.15:
                xml = f"<w:t>{s}</w:t>{brk}<w:t>件</w:t>"
            else:
                continue
            written[s] = xml
            (nr,) = f6.frag(f"<w:r>{xml}</w:r>")
            r.addprevious(nr)
            r.getparent().remove(r)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX whose numbers are BROKEN BY LINE BREAKS INSIDE THEIR RUN (w:br or w:cr between two w:t): after the thousands separator (1,|234), after the decimal point (160.|02), or before a unit 件 on its own line: each cell shows one number over two lines", written=written))


def q14() -> None:
    """DOCX: rows and cells wrapped in custom XML elements (w:customXml around w:tr and w:tc)."""
    rep = Report("永州市道县教育局", 2021, "2021", 1314)
    name = "q14_docx_customxml_rows_and_cells.docx"
    doc, t = f6._docx_with_tables(rep)
    rnd = random.Random(1314)
    wrapped: list[str] = []
    ns = 'w:uri="http://www.daoxian.gov.cn/ndbg" '
    for n in ("t3", "t4"):
        trs = t[n]._tbl.findall(qn("w:tr"))
        for i, tr in enumerate(trs):
            if i >= 3 and rnd.random() < 0.35:
                (cx,) = f6.frag(f'<w:customXml {ns}w:element="row{i}"/>')
                tr.addprevious(cx)
                cx.append(tr)
                wrapped.append(f"{n}.row{i}")
                tr = cx.find(qn("w:tr"))
            tcs = tr.findall(qn("w:tc"))
            for j, tc in enumerate(tcs):
                if i >= 3 and rnd.random() < 0.25:
                    (cc,) = f6.frag(f'<w:customXml {ns}w:element="cell{j}"><w:customXmlPr><w:attr w:name="col" w:val="{j}"/></w:customXmlPr></w:customXml>')
                    tc.addprevious(cc)
                    cc.append(tc)
                    wrapped.append(f"{n}.row{i}.cell{j}")
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX (as a document-assembly system writes it) whose tables 三 and 四 have ROWS AND CELLS WRAPPED IN CUSTOM XML ELEMENTS: w:customXml around 35 % of the w:tr (CT_CustomXmlRow) and around 25 % of the value and label w:tc (CT_CustomXmlCell, with w:customXmlPr): Word draws them as plain rows and cells; a cell skipped shifts its row", wrapped=wrapped))


def q15() -> None:
    """Chromium PDF: table 三's page stored SIDEWAYS (landscape media, content turned, no /Rotate)."""
    from pypdf import PdfReader, PdfWriter, Transformation

    rep = Report("张家界市慈利县水利局", 2021, "2021", 1315)
    name = "q15_pdf_sideways_page_without_rotate.pdf"
    d = tmpdir()

    def table(n: str, rows: Grid) -> str:
        h = html_table(rows)
        return f'<div style="break-before:page;break-after:page">{h}</div>' if n == "t3" else h

    chromium_pdf(page(article_body(rep, table=table), css="@page{size:A4;margin:15mm}", title=rep.title()), d / "src.pdf")
    reader = PdfReader(str(d / "src.pdf"))
    writer = PdfWriter(clone_from=reader)
    turned = []
    for i, p in enumerate(writer.pages):
        txt = subprocess.run(["pdftotext", "-f", str(i + 1), "-l", str(i + 1), str(d / "src.pdf"), "-"], capture_output=True, text=True).stdout
        if "申请人情况" in txt:
            w, h = float(p.mediabox.width), float(p.mediabox.height)
            # a scanner's 'page sideways': the portrait content turned a quarter clockwise
            # onto landscape media, no /Rotate to turn it back
            p.add_transformation(Transformation().rotate(-90).translate(0, w))
            p.mediabox.upper_right = (h, w)
            p.cropbox.upper_right = (h, w)
            turned.append(i + 1)
    assert turned
    with open(OUT / name, "wb") as f:
        writer.write(f)
    TRUTH.append(rep.truth(name, "Chromium PDF whose table 三 page is stored SIDEWAYS: landscape media, the portrait content turned a quarter clockwise, and NO /Rotate to turn it back (a viewer shows the table lying on its side; text runs top to bottom)", turned_pages=turned))


def q16() -> None:
    """Chromium PDF: full-width digits with separators in the cells; zeros as —, ／ or 无 (blank)."""
    rep = big(Report("湘潭市雨湖区人力资源和社会保障局", 2021, "2021", 1316), 40)
    name = "q16_pdf_fullwidth_digits_and_blank_marks.pdf"
    rnd = random.Random(1316)
    blanks: list[str] = []
    written: dict[str, str] = {}

    def body(k: str, t: str) -> str:
        v = rep.cells[k]
        if v == 0 and k.startswith("t3.") and not k.endswith(".total") and ".results_total." not in k and rnd.random() < 0.5:
            w = rnd.choice(["—", "／", "无", "——"])
            blanks.append(k)
        else:
            w = (grouped(v) if (isinstance(v, float) or v >= 1000) else t).translate(FW)
        written[k] = w
        return html.escape(w)

    art = article_body(rep, table=lambda n, rows: keyed_table(rep, n, rows, body))
    chromium_pdf(page(art, css="@page{size:A4;margin:15mm}", title=rep.title()), OUT / name)
    truth = rep.truth(name, "Chromium PDF whose cells hold FULL-WIDTH digits, separators and points (１，２３４, １６０．０２); half of table 三's zero cells written as a blank mark —, ——, ／ or 无 (blank in the source: truth None, SCHEMA 'blank, /, -, 无'), the others ０", blanks=blanks, written=written)
    for k in blanks:
        truth["cells"][k] = None
    TRUTH.append(truth)


def main() -> None:
    builders = [q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15, q16]
    build(HERE, builders, TRUTH, ONLY)


if __name__ == "__main__":
    main()
