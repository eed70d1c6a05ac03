"""Build formats8's files and truth.jsonl (see ../README.md for what each file is).

The report model, the HTML/DOCX renderers and the Chromium/LibreOffice drivers are
formats4's, the model edits formats5's, the DOCX XML and Kangxi helpers formats6's, the
saved-page helpers formats7's (all imported from their builders, not copied); what is new
here is the forms the files take: text copied out of PDFs with Kangxi radicals, cells with
units (万, 亿元), a transposed table 三, HTML span attributes as browsers parse them, a
header that is a picture, two years' tables on one page, tracked moves, footnotes and
comments in cells, white-on-white old figures, an altChunk, a GBK-escaped RTF, an .xls,
numbers broken inside narrow cells, a CropBox hiding text, a pictured table with an OCR
layer on a born-digital page, glyph-by-glyph reversed numbers, and a CSS grid whose
markup order is not its visual order.
"""

from __future__ import annotations

import copy
import html
import io
import random
import re
import subprocess
import sys
import tempfile
import zipfile
from base64 import b64encode
from pathlib import Path

HERE = Path(__file__).resolve().parent
F4 = HERE.parents[1] / "formats4" / "builder"
F7 = HERE.parents[1] / "formats7" / "builder"
sys.path.insert(0, str(F4))
from sets import build, load_builder  # noqa: E402

from docx.oxml.ns import qn  # noqa: E402
from lxml import etree  # noqa: E402
from model import T3_COLS, T4_COLS, T4_GROUPS, C, Report, grid_positions  # noqa: E402
from pypdf import PdfReader, PdfWriter  # noqa: E402
from pypdf.generic import ArrayObject, FloatObject, NameObject  # noqa: E402
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


f7 = load_builder("f7make", F7 / "make.py")
f6, f5, f4 = f7.f6, f7.f5, f7.f4

OUT = HERE.parent / "files"
TRUTH: list[dict] = []
ONLY = sys.argv[1:]


def tmpdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="formats8-"))


def grids(rep: Report) -> dict[str, Grid]:
    return {"t2": rep.t2(), "t3": rep.t3(), "t4": rep.t4()}


def saved_page(rep: Report, article: str, css: str = "") -> str:
    return f7.saved_page(rep, article, css=css)


def scale_t3(rep: Report, factor: int, cols: tuple[str, ...] = ("natural", "commercial")) -> None:
    """A big city's counts: table 三's result cells of `cols` times `factor`, sums redone."""
    for key in list(rep.cells):
        if key.startswith("t3.") and key.rsplit(".", 1)[1] in cols:
            rid = key[3:].rsplit(".", 1)[0]
            if rid in rep.result_rows or rid == "carried_out" or rid == "carried_in":
                rep.cells[key] = int(rep.cells[key]) * factor + (int(rep.cells[key]) * 7) % 10
    f5.rebalance(rep)


def chromium_shot(html_text: str, out: Path, width: int, height: int) -> None:
    with tempfile.TemporaryDirectory(prefix="formats8-shot-") as d:
        src = Path(d) / "page.html"
        src.write_text(html_text, encoding="utf-8")
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={d}/profile",
             "--hide-scrollbars", f"--window-size={width},{height}", f"--screenshot={out}", src.as_uri()],
            check=True, capture_output=True, timeout=120,
        )


# ---------------------------------------------------------------- HTML pages


def k01() -> None:
    rep = Report("杭州市西湖区民政局", 2021, "2021", 801)
    name = "k01_html_kangxi_pasted.html"
    kx = f6.kangxi_map()
    art = article_body(rep)
    # the article pasted from the PDF the office printed: every ideograph that has a Kangxi
    # radical or compatibility form comes as that form (markup and digits untouched)
    art = re.sub(r">([^<]+)<", lambda m: ">" + "".join(kx.get(ch, ch) for ch in m.group(1)) + "<", art)
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose article was pasted from a PDF: every ideograph with a Kangxi radical or CJK compatibility form written as it (⼀、总体情况, （⼀）予以公开, ⾃然⼈ …); page title and chrome unified"))


def k02() -> None:
    rep = Report("宁波市鄞州区教育局", 2020, "2019", 802)
    name = "k02_docx_kangxi_pasted.docx"
    kx = f6.kangxi_map()
    doc = docx_report(rep, table=lambda d, n, rows: add_borders(docx_table(d, rows)))
    for t in doc.element.body.iter(qn("w:t")):
        if t.text:
            t.text = "".join(kx.get(ch, ch) for ch in t.text)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX, 2019 template, whose text was pasted from a PDF: every ideograph with a Kangxi radical or CJK compatibility form written as it, title, headings, labels and prose alike"))


def k03() -> None:
    rep = Report("温州市鹿城区公安分局", 2020, "2019", 803)
    name = "k03_html_units_in_cells.html"
    c = rep.cells
    c["t2.license.decisions"] = 12600
    c["t2.other_services.decisions"] = 10500
    c["t2.penalty.decisions"] = 23150
    c["t2.procurement.amount"] = 4300.0
    scale_t3(rep, 100, ("natural",))
    shown = {
        "t2.license.decisions": "1.26万",
        "t2.other_services.decisions": "1.05万件",
        "t2.penalty.decisions": "23,150",
        "t2.procurement.amount": "0.43亿元",
        "t2.procurement.count": f"{c['t2.procurement.count']}项",
    }
    for k in ("t3.new.natural", "t3.results_total.natural", "t3.new.total", "t3.results_total.total"):
        v = int(c[k])
        shown[k] = f"{v / 10000:g}万" if v % 100 == 0 else f"{v:,}"
    for k, v in c.items():
        if k.startswith("t3.") and k not in shown and int(v) >= 1000:
            shown[k] = f"{int(v):,}"

    art = article_body(rep, table=lambda n, rows: html_table(_shown_grid(rep, n, rows, shown)))
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page, 2019 template, a city police branch: cells with units and big numbers as typed: 1.26万 (12600), 1.05万件, 23,150, 采购总金额 0.43亿元 (4300 万元), 采购项目数量 with 项; table 三's natural-person counts a hundred times the usual, those of four digits with thousands separators (5,545)", shown=shown))


def _value_keys(rep: Report, n: str) -> list[str]:
    """The field keys of a table's value cells in the order the model's grid lists them."""
    if n == "t3":
        return [k for row in f6.t3_value_keys(rep) for k in row]
    if n == "t4":
        return [f"t4.{g}.{c}" for g in T4_GROUPS for c in T4_COLS]
    if rep.template == "2021":
        return [f"t2.{r}.{k}" for r in ("rules", "normative") for k in ("issued", "repealed", "in_force")] + [
            "t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions", "t2.fees.amount"]
    three = ("prev", "change", "decisions")
    return ([f"t2.{r}.{k}" for r in ("rules", "normative") for k in ("made", "published", "total")]
            + [f"t2.{r}.{k}" for r in ("license", "other_services", "penalty", "coercion") for k in three]
            + ["t2.fees.prev", "t2.fees.change", "t2.procurement.count", "t2.procurement.amount"])


def _value_positions(rep: Report, n: str, rows: Grid) -> list[tuple[int, int]]:
    """(row, index in row) of each value cell of the model's grid, in _value_keys order."""
    head = {"t2": None, "t3": 3, "t4": 3}[n]
    pos = []
    for r, row in enumerate(rows):
        for i, (t, rs, cs) in enumerate(row):
            if n == "t2":
                if i > 0 and len(row) > 1 and row[0][0] not in ("信息内容",) and not row[0][0].startswith("第二十条"):
                    pos.append((r, i))
            elif r >= head and (n == "t4" or i >= len(row) - 7):
                pos.append((r, i))
    return pos


def _shown_grid(rep: Report, n: str, rows: Grid, shown: dict[str, str]) -> Grid:
    keys = _value_keys(rep, n)
    pos = _value_positions(rep, n, rows)
    assert len(keys) == len(pos), (n, len(keys), len(pos))
    out = [list(r) for r in rows]
    for k, (r, i) in zip(keys, pos):
        t, rs, cs = out[r][i]
        assert t == rep.v(k) or (k.endswith("change") and t.lstrip("+") == rep.v(k)), (k, t, rep.v(k))
        if k in shown:
            out[r][i] = (shown[k], rs, cs)
    return out


T3_COL_LABELS = [
    ("natural", ["自然人"]),
    ("commercial", ["法人或其他组织", "商业企业"]),
    ("research", ["法人或其他组织", "科研机构"]),
    ("social", ["法人或其他组织", "社会公益组织"]),
    ("legal", ["法人或其他组织", "法律服务机构"]),
    ("other", ["法人或其他组织", "其他"]),
    ("total", ["总计"]),
]


def transposed_t3(rep: Report) -> Grid:
    """Table 三 turned: one row per kind of applicant, one column per 办理情况 row."""
    rows_ = rep.t3_rows()
    res = [r for r in rows_ if r[0] not in ("new", "carried_in", "carried_out")]
    groups: list[tuple[str, int]] = []
    for rid, labels, _lead in res:
        g = labels[0] if len(labels) == 2 else None
        if g and groups and groups[-1][0] == g:
            groups[-1] = (g, groups[-1][1] + 1)
        elif g:
            groups.append((g, 1))
        else:
            groups.append((labels[0], 0))
    h1 = [C("申请人情况＼办理情况", rs=3, cs=2), C("一、本年新收政府信息公开申请数量", rs=3),
          C("二、上年结转政府信息公开申请数量", rs=3), C("三、本年度办理结果", cs=len(res)),
          C("四、结转下年度继续办理", rs=3)]
    h2 = [C(g, cs=n) if n else C(g, rs=2) for g, n in groups]
    h3 = [C(labels[1]) for _rid, labels, _l in res if len(labels) == 2]
    body: Grid = []
    order = ["new", "carried_in"] + [r[0] for r in res] + ["carried_out"]
    for col, lab in T3_COL_LABELS:
        if len(lab) == 1:
            lead = [C(lab[0], cs=2)]
        elif col == "commercial":
            lead = [C(lab[0], rs=5), C(lab[1])]
        else:
            lead = [C(lab[1])]
        body.append(lead + [C(rep.v(f"t3.{rid}.{col}")) for rid in order])
    return [h1, h2, h3] + body


def k04() -> None:
    rep = Report("嘉兴市南湖区人力资源和社会保障局", 2021, "2021", 804)
    name = "k04_html_transposed_t3.html"
    art = article_body(rep, table=lambda n, rows: html_table(transposed_t3(rep) if n == "t3" else rows))
    (OUT / name).write_text(saved_page(rep, art, css=".TRS_Editor table{font-size:8pt}"), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose table 三 is transposed: one row per kind of applicant (自然人, 法人或其他组织 × 5 under a rowspan, 总计), one column per 办理情况 row (一、本年新收 … 四、结转下年度继续办理; 三、本年度办理结果 a colspan over 22 columns, the group labels （三）–（六） colspans over their items, （一）（二）（七） rowspans)"))


def _span_attr(kind: str, n: int, style: int) -> str:
    forms = [f'{kind}="{n}"', f"{kind}={n}", f'{kind.upper()}="{n}"', f'{kind}=" {n}"', f'{kind}="{n} "',
             f"{kind}='{n}'", f'{kind}="{n}.0"']
    return forms[style % len(forms)]


def span_trap_table(rows: Grid, name: str, counter: list[int]) -> str:
    """HTML whose span attributes are written as CMS and hand edits leave them (every form
    parses to the same number in a browser: unquoted, upper case, blank around it, '22.0'),
    colspan="0"/rowspan="1" on single cells, rowspans on the last row running past the
    table's end, and an empty <td> after some rows' last cell."""
    out = ['<table border="1" cellspacing="0" cellpadding="3">']
    last = len(rows) - 1
    for r, row in enumerate(rows):
        tds = []
        for text, rs, cs in row:
            counter[0] += 1
            i = counter[0]
            attrs = ""
            if rs > 1:
                attrs += " " + _span_attr("rowspan", rs, i)
            elif r == last and i % 2:
                attrs += f' rowspan="{2 + i % 3}"'  # runs past the table's end: clamped
            elif i % 7 == 0:
                attrs += ' rowspan="1"'
            if cs > 1:
                attrs += " " + _span_attr("colspan", cs, i + 3)
            elif i % 5 == 0:
                attrs += ' colspan="0"'  # 0 is not a valid colspan: a browser takes 1
            tds.append(f"<td{attrs}>{html.escape(text)}</td>")
        if r % 4 == 3:
            tds.append("<td></td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def k05() -> None:
    rep = Report("湖州市吴兴区自然资源和规划局", 2021, "2021", 805)
    name = "k05_html_span_attribute_forms.html"
    counter = [0]
    art = article_body(rep, table=lambda n, rows: span_trap_table(rows, n, counter))
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose rowspan/colspan attributes take every form a browser parses to the same number: rowspan=22 unquoted, ROWSPAN=\"8\", colspan=\" 2\", colspan=\"3 \", rowspan='3', rowspan=\"22.0\" (the spec reads the leading digits: 22); colspan=\"0\" (invalid: 1) and rowspan=\"1\" on single cells; on each table's last row rowspans of 2–4 running past the end (clamped); an empty <td> after the last cell of every fourth row"))


def _header_picture(head: Grid, widths: list[int], d: Path, stem: str) -> str:
    """The header rows of a table as a PNG (a data: URI), drawn with the table's own column widths."""
    from PIL import Image, ImageOps

    css = ("body{margin:0;font-family:'Noto Serif CJK SC';font-size:12px} table{border-collapse:collapse;table-layout:fixed}"
           " td{border:1px solid #000;text-align:center;padding:2px}")
    tab = html_table(head).replace(">", ">" + _colgroup(widths), 1)
    chromium_shot(f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{tab}</body></html>", d / f"{stem}.png", 900, 600)
    im = Image.open(d / f"{stem}.png").convert("L")
    box = ImageOps.invert(im).getbbox()
    im.crop((0, 0, sum(widths) + 1, box[3])).save(d / f"{stem}-c.png")
    return b64encode((d / f"{stem}-c.png").read_bytes()).decode()


def k06() -> None:
    rep = Report("绍兴市越城区卫生健康局", 2021, "2021", 806)
    name = "k06_html_header_image.html"
    d = tmpdir()
    g = grids(rep)
    widths = {"t3": [40, 60, 250] + [52] * 7, "t4": [48] * 15}
    imgs = {n: _header_picture(g[n][:3], widths[n], d, n) for n in ("t3", "t4")}

    def table(n: str, rows: Grid) -> str:
        if n == "t2":
            return html_table(rows)
        w = widths[n]
        body = html_table(rows[3:]).replace("<table ", '<table style="table-layout:fixed;width:%dpx" ' % sum(w), 1)
        body = body.replace(">", ">" + _colgroup(w), 1)
        img = (f'<tr><td colspan="{len(w)}" style="padding:0;border:0"><img src="data:image/png;base64,{imgs[n]}" '
               f'width="{sum(w) + 1}" alt="表头" style="display:block"></td></tr>')
        return body.replace("</colgroup>", "</colgroup>\n" + img, 1)

    css = "td{font-size:12px;text-align:center}"
    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table), css=css), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose tables 三 and 四 have their header rows as a picture (a data: PNG in the first row, colspan over the table, alt=表头, drawn with the table's own fixed column widths so it lines up): the label and value cells are text, the column headings (申请人情况, 自然人 …; 行政复议, 结果维持 …) only in the image"))


def _caption_table(caption: str, rows: Grid) -> str:
    return f'<div class="yr"><p class="cap">{caption}</p>{html_table(rows)}</div>'


def k07() -> None:
    rep = Report("金华市婺城区市场监督管理局", 2021, "2021", 807)
    prev = Report("金华市婺城区市场监督管理局", 2020, "2021", 817)
    name = "k07_html_two_years_side_by_side.html"
    pg = grids(prev)

    def table(n: str, rows: Grid) -> str:
        if n == "t2":
            return html_table(rows)
        return ('<div class="cmp">' + _caption_table("2020年度", pg[n]) + _caption_table("2021年度", rows) + "</div>")

    css = ".cmp{display:flex;gap:8px}.cmp .yr{flex:1}.cmp table{font-size:7pt}.cap{text-align:center;font-weight:bold}"
    art = article_body(rep, table=table)
    art = art.replace(TABLE_TITLES["t3"], TABLE_TITLES["t3"] + "（与上年对比）").replace(TABLE_TITLES["t4"], TABLE_TITLES["t4"] + "（与上年对比）")
    (OUT / name).write_text(saved_page(rep, art, css=css), encoding="utf-8")
    TRUTH.append(rep.truth(name, "2021 report page whose tables 三 and 四 are shown beside last year's: a flex row of two captioned tables, 2020年度 on the LEFT (other numbers), 2021年度 on the right; the report's own cells are the 2021 ones", prev_year_cells={k: v for k, v in prev.cells.items() if k.startswith(("t3.", "t4."))}))


def k08() -> None:
    rep = Report("衢州市柯城区农业农村局", 2021, "2021", 808)
    prev = Report("衢州市柯城区农业农村局", 2020, "2019", 818)
    name = "k08_html_two_years_in_turn.html"
    art = article_body(rep)
    pg = grids(prev)
    app = ["<h3>附件：2020年度政府信息公开工作统计表（供对比）</h3>"]
    for n in ("t2", "t3", "t4"):
        app.append(f"<p>2020年{TABLE_TITLES[n][3:]}</p>")
        app.append(html_table(pg[n]))
    (OUT / name).write_text(saved_page(rep, art + "\n" + "\n".join(app)), encoding="utf-8")
    TRUTH.append(rep.truth(name, "2021 report page followed by an appendix holding the 2020 report's three tables (2019 template, other numbers) under 附件：2020年度…统计表（供对比）: the report's cells are the 2021 ones"))


def css_grid_table(rows: Grid, colmajor: bool) -> str:
    """A CSS grid with each cell placed by grid-row/grid-column; written column by column
    (the markup order is not the order the page shows)."""
    cells, width = grid_positions(rows)
    if colmajor:
        cells = sorted(cells, key=lambda c: (c[1], c[0]))
    items = []
    for r, c, text, rs, cs in cells:
        items.append(f'<div class="gc" style="grid-row:{r + 1} / span {rs};grid-column:{c + 1} / span {cs}">{html.escape(text)}</div>')
    return f'<div class="gt" style="grid-template-columns:repeat({width},auto)">' + "".join(items) + "</div>"


def k20() -> None:
    rep = Report("舟山市定海区交通运输局", 2021, "2021", 821)
    name = "k20_html_css_grid_column_order.html"
    art = article_body(rep, table=lambda n, rows: css_grid_table(rows, colmajor=True))
    css = ".gt{display:grid;border-left:1px solid #000;border-top:1px solid #000;font-size:9pt}.gc{border-right:1px solid #000;border-bottom:1px solid #000;padding:2px}"
    (OUT / name).write_text(saved_page(rep, art, css=css), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose tables are CSS grids (no <table>), every cell a <div> placed by inline grid-row/grid-column, the cells written column by column (all of column 1 top to bottom, then column 2 …): the markup order is not the visual order"))


# ---------------------------------------------------------------- DOCX, RTF, XLS

REV = f6.REV


def k09() -> None:
    rep = Report("台州市椒江区司法局", 2021, "2021", 809)
    name = "k09_docx_tracked_moves.docx"
    # each moved figure goes from a cell whose value is 0 to a neighbour holding it
    rnd = random.Random(809)
    keys = f6.t3_value_keys(rep)
    pairs = []
    for i, row in enumerate(keys):
        vals = [int(rep.cells[k]) for k in row[:6]]
        for j in range(5):
            if vals[j] > 0 and vals[j + 1] == 0:
                pairs.append((i, j, j + 1))
                break
            if vals[j] == 0 and vals[j + 1] > 0:
                pairs.append((i, j + 1, j))
                break
    rnd.shuffle(pairs)
    pairs = sorted(pairs[:10])
    assert len(pairs) >= 8, pairs
    doc, t = f6._docx_with_tables(rep)
    tcs = f6.value_tcs(t["t3"], 3, 7)
    ids = iter(range(300, 100000))
    for n, (i, to, frm) in enumerate(pairs):
        v = rep.v(keys[i][to])
        a, b, c_, d = next(ids), next(ids), next(ids), next(ids)
        f6.set_cell_xml(
            tcs[i][to],
            f'<w:moveToRangeStart w:id="{a}" w:name="move{n}" {REV}/>'
            f'<w:moveTo w:id="{b}" {REV}>{f6.run(v)}</w:moveTo><w:moveToRangeEnd w:id="{a}"/>',
        )
        f6.set_cell_xml(
            tcs[i][frm],
            f'<w:moveFromRangeStart w:id="{c_}" w:name="move{n}" {REV}/>'
            f'<w:moveFrom w:id="{d}" {REV}>{f6.run(v)}</w:moveFrom><w:moveFromRangeEnd w:id="{c_}"/>'
            f'<w:ins w:id="{next(ids)}" {REV}>{f6.run("0")}</w:ins>',
        )
    # table 四: each total typed in 尚未审结 first, then moved to 总计
    t4 = f6.value_tcs(t["t4"], 3, 15)[0]
    for gi, g in enumerate(T4_GROUPS):
        if int(rep.cells[f"t4.{g}.pending"]) != 0:
            continue
        a, b, c_, d = next(ids), next(ids), next(ids), next(ids)
        v = rep.v(f"t4.{g}.total")
        f6.set_cell_xml(t4[gi * 5 + 4], f'<w:moveToRangeStart w:id="{a}" w:name="t4move{gi}" {REV}/><w:moveTo w:id="{b}" {REV}>{f6.run(v)}</w:moveTo><w:moveToRangeEnd w:id="{a}"/>')
        f6.set_cell_xml(t4[gi * 5 + 3], f'<w:moveFromRangeStart w:id="{c_}" w:name="t4move{gi}" {REV}/><w:moveFrom w:id="{d}" {REV}>{f6.run(v)}</w:moveFrom><w:moveFromRangeEnd w:id="{c_}"/><w:ins w:id="{next(ids)}" {REV}>{f6.run("0")}</w:ins>')
    doc.save(OUT / name)
    moved = [f"{keys[i][frm]}->{keys[i][to]}" for i, to, frm in pairs]
    TRUTH.append(rep.truth(name, "DOCX with tracked MOVES left in (w:moveFrom / w:moveTo with their range marks): in table 三 a figure typed in the wrong column was moved to its neighbour and a 0 inserted (w:ins) where it stood; table 四's totals moved from 尚未审结 to 总计 the same way: moveFrom text is not shown (struck, gone on accept), moveTo text is", moved=moved))


FOOTNOTES_XML = (
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "{notes}</w:footnotes>"
)


def k10() -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    rep = Report("丽水市莲都区发展和改革局", 2021, "2021", 810)
    name = "k10_docx_footnotes_comments.docx"
    doc, t = f6._docx_with_tables(rep)
    keys = f6.t3_value_keys(rep)
    tcs = f6.value_tcs(t["t3"], 3, 7)
    rnd = random.Random(810)
    notes = []
    where = []
    fid = 0
    cand = [(i, j) for i in range(len(keys)) for j in range(7)]
    rnd.shuffle(cand)
    for i, j in cand[:14]:
        fid += 1
        k = keys[i][j]
        v = rep.v(k)
        note = f"其中网上申请{rnd.randint(1, 40)}件，信函申请{rnd.randint(1, 9)}件。" if fid % 2 else f"较上年增加{rnd.randint(2, 30)}件，详见附件{fid}。"
        notes.append(f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {html.escape(note)}</w:t></w:r></w:p></w:footnote>')
        f6.set_cell_xml(tcs[i][j], f6.run(v) + f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>')
        where.append(k)
    # table 二: a footnote on the licence count too
    fid += 1
    notes.append(f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 含承诺制审批128件。</w:t></w:r></w:p></w:footnote>')
    lic = t["t2"]._tbl.findall(qn("w:tr"))[6].findall(qn("w:tc"))[-1]
    f6.set_cell_xml(lic, f6.run(rep.v("t2.license.decisions")) + f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>')
    where.append("t2.license.decisions")
    part = Part(PackURI("/word/footnotes.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                FOOTNOTES_XML.format(notes="".join(notes)).encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    # comments on other cells, their text holding figures
    from docx.table import Table

    t3 = Table(t["t3"]._tbl, doc._body)
    commented = []
    for i, j in cand[14:26]:
        cell = t3.cell(3 + i, 3 + j)
        runs = cell.paragraphs[0].runs
        if not runs:
            continue
        doc.add_comment(runs, text=f"请核对：系统导出为{rnd.randint(10, 99)}件，上年为{rnd.randint(1, 60)}件。", author="审核人", initials="SH")
        commented.append(keys[i][j])
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX: 14 table 三 cells and table 二's 行政许可 end in a footnote reference (Word shows a superscript 1, 2 … 15 after the number: 12¹), the footnotes (in footnotes.xml) holding figures; 12 other table 三 cells carry a comment whose text holds figures (请核对：系统导出为57件…)", footnoted=where, commented=commented))


def _white_docx(rep: Report):
    doc, t = f6._docx_with_tables(rep)
    keys = f6.t3_value_keys(rep)
    tcs = f6.value_tcs(t["t3"], 3, 7)
    rnd = random.Random(rep.seed)
    cand = [(i, j) for i in range(len(keys)) for j in range(7)]
    rnd.shuffle(cand)
    white = '<w:color w:val="FFFFFF"/>'
    marked = []
    for n, (i, j) in enumerate(cand[:32]):
        k = keys[i][j]
        v = rep.v(k)
        old = str(max(0, int(rep.cells[k]) + rnd.choice([-3, -2, -1, 1, 2, 5, 11])))
        if old == v:
            old = str(int(v) + 1)
        sep = " " if n % 3 == 0 else ""
        if n % 2:
            xml = f6.run(old + sep, white) + f6.run(v)
        else:
            xml = f6.run(v) + f6.run(sep + old, white)
        f6.set_cell_xml(tcs[i][j], xml)
        marked.append(k)
    return doc, marked


def k11() -> None:
    rep = Report("杭州市拱墅区城市管理局", 2021, "2021", 811)
    name = "k11_docx_white_old_figures.docx"
    doc, marked = _white_docx(rep)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX: 32 table 三 cells keep the draft's old figure in a WHITE run (w:color FFFFFF on a white page: not seen) before or after the shown number, with or without a space", white=marked))


def k12() -> None:
    rep = Report("宁波市海曙区商务局", 2021, "2021", 812)
    name = "k12_pdf_white_old_figures.pdf"
    doc, marked = _white_docx(rep)
    d = tmpdir()
    doc.save(d / "k12.docx")
    soffice(d / "k12.docx", "pdf", d).rename(OUT / name)
    TRUTH.append(rep.truth(name, "Writer PDF of a DOCX whose 32 table 三 cells keep the draft's old figure in white text beside the shown number (drawn white on white: in the text layer, not seen)", white=marked))


def k13() -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    rep = Report("温州市瓯海区住房和城乡建设局", 2021, "2021", 813)
    name = "k13_docx_altchunk_tables.docx"
    g = grids(rep)

    def table(doc, n, rows):
        if n == "t2":
            add_borders(docx_table(doc, rows))
        else:
            doc.add_paragraph(f"@@ALT_{n}@@")

    doc = docx_report(rep, table=table)
    for p in list(doc.element.body.iter(qn("w:p"))):
        text = "".join(x.text or "" for x in p.iter(qn("w:t")))
        m = re.fullmatch(r"@@ALT_(t\d)@@", text)
        if not m:
            continue
        n = m.group(1)
        htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
               "<style>td{border:1px solid #000;font-size:9pt}table{border-collapse:collapse}</style></head><body>"
               + html_table(g[n]) + "</body></html>")
        part = Part(PackURI(f"/word/afchunk_{n}.htm"), "text/html", htm.encode("utf-8"), doc.part.package)
        rid = doc.part.relate_to(part, RT.A_F_CHUNK)
        alt = etree.SubElement(p.getparent(), qn("w:altChunk"))
        alt.set("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id", rid)
        p.addprevious(alt)
        p.getparent().remove(p)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX as web systems export it: tables 三 and 四 are altChunk parts (w:altChunk → word/afchunk_t3.htm, an HTML table Word imports when it opens the file); prose and table 二 ordinary WordprocessingML"))


def _gbk_escapes(rtf: str) -> str:
    def one(m: re.Match) -> str:
        n = int(m.group(1))
        ch = chr(n % 65536)
        try:
            b = ch.encode("gbk")
        except UnicodeEncodeError:
            return m.group(0)
        return "".join(f"\\'{x:02x}" for x in b)

    out = re.sub(r"\\u(-?\d+)\\'3f", one, rtf)
    out = re.sub(r"\\u(-?\d+) ?\?", one, out)
    out = out.replace("\\rtf1\\ansi", "\\rtf1\\ansi\\ansicpg936\\deflang2052", 1)
    out = re.sub(r"\\fcharset0 (Noto [^;]*CJK[^;]*;)", r"\\fcharset134 \1", out)
    return out


def k14() -> None:
    rep = Report("嘉兴市秀洲区文化广电旅游局", 2020, "2019", 814)
    name = "k14_rtf_gbk_escapes.rtf"
    d = tmpdir()
    doc, _t = f6._docx_with_tables(rep)
    doc.save(d / "k14.docx")
    rtf = soffice(d / "k14.docx", "rtf", d).read_text(encoding="latin-1")
    out = _gbk_escapes(rtf)
    assert "\\u2" not in out.replace("\\uc", ""), "an ideograph left as \\uN"
    (OUT / name).write_text(out, encoding="latin-1")
    TRUTH.append(rep.truth(name, "RTF as Chinese Word writes it: \\ansicpg936, every CJK character two GBK bytes as hex escapes (\\'b9\\'fa), no \\uN; the CJK font \\fcharset134; tables \\trowd with merges; 2019 template", expect="read_or_error", error_codes=["read."]))


def k15() -> None:
    import xlwt

    rep = Report("湖州市南浔区财政局", 2021, "2021", 815)
    name = "k15_xls_statistics_attachment.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("统计表")
    style = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre, horiz centre")
    r0 = 0
    ws.write_merge(0, 0, 0, 14, rep.title() + "附表", xlwt.easyxf("font: bold on; align: horiz centre"))
    r0 = 2
    for n, rows in grids(rep).items():
        ws.write(r0, 0, TABLE_TITLES[n])
        r0 += 1
        cells, width = grid_positions(rows)
        for r, c, text, rs, cs in cells:
            val: object = text
            if re.fullmatch(r"-?\d+", text):
                val = int(text)
            elif re.fullmatch(r"-?\d+\.\d+", text):
                val = float(text)
            if rs > 1 or cs > 1:
                ws.write_merge(r0 + r, r0 + r + rs - 1, c, c + cs - 1, val, style)
            else:
                ws.write(r0 + r, c, val, style)
        r0 += len(rows) + 2
    wb.save(str(OUT / name))
    t = rep.truth(name, "the statistics attachment as an Excel 97–2003 workbook (.xls, BIFF8 by xlwt): one sheet, a title row, tables 二/三/四 with merged cells, numbers as numeric cells; no prose: read or a clear error", expect="read_or_error", error_codes=["read."])
    t["sections"] = []
    TRUTH.append(t)


# ---------------------------------------------------------------- PDFs


def _colgroup(widths: list[int]) -> str:
    return "<colgroup>" + "".join(f'<col style="width:{w}px">' for w in widths) + "</colgroup>"


def k16() -> None:
    rep = Report("杭州市上城区公安分局", 2021, "2021", 816)
    scale_t3(rep, 100, ("natural", "commercial"))
    name = "k16_pdf_numbers_broken_in_cells.pdf"

    def table(n: str, rows: Grid) -> str:
        h = html_table(rows)
        if n == "t3":
            h = h.replace(">", ">" + _colgroup([26, 40, 150] + [22] * 7), 1)
            h = h.replace("<table ", '<table class="narrow" ', 1)
        return h

    css = ".narrow{table-layout:fixed;width:430px}.narrow td{word-break:break-all;font-size:9pt;padding:1px}"
    d = tmpdir()
    chromium_pdf(page(article_body(rep, table=table), css=css, title=rep.title()), OUT / name)
    big = sorted(k for k, v in rep.cells.items() if k.startswith("t3.") and int(v) >= 100)
    TRUTH.append(rep.truth(name, "Chromium PDF of a city police branch's page whose table 三 has fixed 22px value columns with word-break:break-all: numbers of three or more digits break inside their cell (4321 drawn 43 over 21, 12345 as 12/34/5)", broken=big))


def k17() -> None:
    rep = Report("温州市龙湾区生态环境分局", 2021, "2021", 817)
    prev = Report("温州市龙湾区生态环境分局", 2020, "2021", 827)
    name = "k17_pdf_cropbox_hides_draft.pdf"
    css = (
        "@page{size:420mm 297mm;margin:0} body{margin:0}"
        ".sheet{display:flex;width:420mm}.half{width:190mm;padding:12mm 10mm;box-sizing:content-box}"
        ".half.draft{color:#555}"
    )
    body = (
        '<div class="sheet"><div class="half">' + article_body(rep) + "</div>"
        '<div class="half draft"><p>【上年底稿，勿发布】</p>' + article_body(prev) + "</div></div>"
    )
    d = tmpdir()
    chromium_pdf(page(body, css=css, title=rep.title()), d / "wide.pdf")
    r = PdfReader(str(d / "wide.pdf"))
    w = PdfWriter()
    a4w, a4h = 595.28, 841.89
    for p in r.pages:
        mb = p.mediabox
        top = float(mb.top)
        p.cropbox.lower_left = (0, top - a4h)
        p.cropbox.upper_right = (a4w, top)
        p.trimbox.lower_left = (0, top - a4h)
        p.trimbox.upper_right = (a4w, top)
        w.add_page(p)
    with open(OUT / name, "wb") as fh:
        w.write(fh)
    TRUTH.append(rep.truth(name, "Chromium PDF on A3-landscape media, the report on the left half, last year's draft report (2020: other numbers, all three tables) on the right half; every page's CropBox (and TrimBox) cut to the left A4: viewers and printers show only the report, the draft stays in the content and the text layer"))


def k18() -> None:
    import pdfplumber
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    rep = Report("金华市金东区水务局", 2021, "2021", 818)
    name = "k18_pdf_table_picture_ocr_layer.pdf"
    d = tmpdir()
    g = grids(rep)
    tw = 700
    tcss = ("@page{size:800px 1400px;margin:0} body{margin:0;font-family:'Noto Sans CJK SC'} table{border-collapse:collapse;width:700px;font-size:11px}"
            " td{border:1px solid #000;padding:2px;text-align:center}")
    thtml = f"<html><head><meta charset='utf-8'><style>{tcss}</style></head><body>{html_table(g['t3'])}</body></html>"
    chromium_pdf(thtml, d / "t3.pdf")
    with tempfile.TemporaryDirectory(prefix="formats8-shot-") as dd:
        src = Path(dd) / "t.html"
        src.write_text(thtml, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={dd}/p", "--hide-scrollbars",
                        "--force-device-scale-factor=2", "--window-size=800,1400", f"--screenshot={d / 'shot.png'}", src.as_uri()],
                       check=True, capture_output=True, timeout=120)
    with pdfplumber.open(str(d / "t3.pdf")) as pdf:
        pg = pdf.pages[0]
        edges = pg.rects + pg.lines
        x1 = max(e["x1"] for e in edges)
        bottom = max(e["bottom"] for e in edges)
        words = pg.extract_words(use_text_flow=False, keep_blank_chars=False)
    from PIL import Image

    shot = Image.open(d / "shot.png").convert("L")
    crop = shot.crop((0, 0, round(x1 / 0.75 * 2), round(bottom / 0.75 * 2)))
    crop.save(d / "t3.png")
    b64 = b64encode((d / "t3.png").read_bytes()).decode()

    def table(n: str, rows: Grid) -> str:
        if n != "t3":
            return html_table(rows)
        return f'<img src="data:image/png;base64,{b64}" style="width:{x1 / 0.75:.1f}px;display:block">'

    chromium_pdf(page(article_body(rep, table=table), title=rep.title()), d / "report.pdf")
    # where the picture landed
    with pdfplumber.open(str(d / "report.pdf")) as pdf:
        hits = [(i, im) for i, p in enumerate(pdf.pages) for im in p.images]
        assert len(hits) == 1, hits
        pno, im = hits[0]
        ph = float(pdf.pages[pno].height)
        pw = float(pdf.pages[pno].width)
    s = (im["x1"] - im["x0"]) / x1
    # the OCR layer: every word of table 三 at its place over the picture, invisible (Tr 3),
    # with the slips an OCR engine makes on a few figures and labels
    slips = {"公开": "公幵", "自然人": "自然入"}
    rnd = random.Random(818)
    keys = f6.t3_value_keys(rep)
    numbers = [w for w in words if re.fullmatch(r"\d+", w["text"])]
    nums_sorted = sorted(numbers, key=lambda w: (round(w["top"]), w["x0"]))
    assert len(nums_sorted) == sum(len(r) for r in keys), len(nums_sorted)
    flat = [k for r in keys for k in r]
    digit_slip = {"8": "3", "6": "5", "1": "7", "0": "8", "3": "8", "5": "6", "7": "1", "2": "7", "4": "1", "9": "4"}
    wrong_at = set(rnd.sample(range(len(flat)), 6))
    ocr_wrong = {}
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    cv = canvas.Canvas(str(d / "layer.pdf"), pagesize=(pw, ph))
    num_index = {id(w): i for i, w in enumerate(nums_sorted)}
    for w in words:
        text = w["text"]
        import unicodedata

        text = unicodedata.normalize("NFKC", text)
        if id(w) in num_index and num_index[id(w)] in wrong_at:
            i = num_index[id(w)]
            text = digit_slip[text[-1]] if len(text) == 1 else text[:-1] + digit_slip[text[-1]]
            ocr_wrong[flat[i]] = text
        for a, b in slips.items():
            text = text.replace(a, b)
        x = im["x0"] + s * w["x0"]
        top = im["top"] + s * w["top"]
        bot = im["top"] + s * w["bottom"]
        size = (bot - top) * 0.92
        width = s * (w["x1"] - w["x0"])
        natural = pdfmetrics.stringWidth(text, "STSong-Light", size) or 1
        to = cv.beginText()
        to.setTextRenderMode(3)
        to.setFont("STSong-Light", size)
        to.setHorizScale(100 * width / natural)
        to.setTextOrigin(x, ph - bot + size * 0.12)
        to.textOut(text)
        cv.drawText(to)
    cv.showPage()
    cv.save()
    w_ = PdfWriter(clone_from=str(d / "report.pdf"))
    w_.pages[pno].merge_page(PdfReader(str(d / "layer.pdf")).pages[0])  # wraps the page's own content in q … Q
    with open(OUT / name, "wb") as fh:
        w_.write(fh)
    TRUTH.append(rep.truth(name, "born-digital Chromium PDF (prose, tables 二 and 四 as text) whose table 三 is a PICTURE (a 2x screenshot) with an invisible OCR text layer (Tr 3, STSong-Light) laid over it by another program: the layer holds every label and figure at its place, with OCR slips in 6 figures and two labels (公幵, 自然入): a layer figure is not a typed figure", ocr_wrong=ocr_wrong))


def k19() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    rep = Report("衢州市衢江区应急管理局", 2021, "2021", 819)
    scale_t3(rep, 10, ("natural",))
    name = "k19_pdf_cells_glyphwise_reversed.pdf"
    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    rnd = random.Random(819)
    pw, ph, margin = 595.28, 841.89, 48
    cv = canvas.Canvas(str(OUT / name), pagesize=(pw, ph))
    ops: list[tuple] = []
    y = ph - margin

    def emit_page() -> None:
        nonlocal ops, y
        rnd.shuffle(ops)  # each cell / line its own text object, in no reading order
        for kind, *a in ops:
            if kind == "s":
                x, yy, s, size = a
                cv.setFont(font, size)
                cv.drawString(x, yy, s)
            elif kind == "n":  # a number glyph by glyph, the last digit first
                x, yy, s, size = a
                cv.setFont(font, size)
                xs = [x + pdfmetrics.stringWidth(s[:i], font, size) for i in range(len(s))]
                for i in reversed(range(len(s))):
                    cv.drawString(xs[i], yy, s[i])
            else:
                cv.setLineWidth(0.6)
                cv.rect(*a)
        ops = []
        cv.showPage()
        y = ph - margin

    def line(s: str, size: float = 10.5) -> None:
        nonlocal y
        per = int((pw - 2 * margin) / size)
        for i in range(0, max(len(s), 1), per):
            if y < margin + 20:
                emit_page()
            ops.append(("s", margin, y - size, s[i : i + per], size))
            y -= size * 1.6

    def grid(rows: Grid, widths: list[float], size: float) -> None:
        nonlocal y
        cells, width = grid_positions(rows)
        xs = [margin]
        for wd in widths:
            xs.append(xs[-1] + wd)
        hs = [size * 2.0] * len(rows)
        for r, c, text, rs, cs in cells:
            if rs == 1:
                per = max(1, int((xs[c + cs] - xs[c] - 4) / size))
                hs[r] = max(hs[r], -(-len(text) // per) * size * 1.25 + 5)
        if y - sum(hs) < margin:
            emit_page()
        ys = [y]
        for h in hs:
            ys.append(ys[-1] - h)
        for r, c, text, rs, cs in cells:
            x0, x1_, y0, y1 = xs[c], xs[c + cs], ys[r], ys[r + rs]
            ops.append(("r", x0, y1, x1_ - x0, y0 - y1))
            per = max(1, int((x1_ - x0 - 4) / size))
            parts = [text[i : i + per] for i in range(0, len(text), per)] or [""]
            top = (y0 + y1) / 2 + len(parts) * size * 1.25 / 2 - size
            for k, part in enumerate(parts):
                tw = pdfmetrics.stringWidth(part, font, size)
                kind = "n" if re.fullmatch(r"[+-]?\d+(\.\d+)?", part) and len(part) > 1 else "s"
                ops.append((kind, (x0 + x1_ - tw) / 2, top - k * size * 1.25, part, size))
        y = ys[-1] - 14

    line(rep.title(), 15)
    g = grids(rep)
    widths = {"t2": [150, 110, 110, 110], "t3": [22, 46, 160] + [38] * 7, "t4": [33] * 15}
    for i, (head, paras) in enumerate(rep.sections()):
        line(head, 12)
        for p in paras:
            line(p)
        n = {1: "t2", 2: "t3", 3: "t4"}.get(i)
        if n:
            if n == "t3":
                emit_page()
            line(TABLE_TITLES[n])
            grid(g[n], widths[n], 8 if n != "t4" else 7.5)
    emit_page()
    cv.save()
    TRUTH.append(rep.truth(name, "report-engine PDF (ReportLab, STSong-Light): every table cell and prose line its own text object, drawn in shuffled order after the rectangles; every number of two or more digits drawn glyph by glyph from its LAST digit to its first (each glyph placed at its own x): in stream order 4321 comes out 1234"))


def main() -> None:
    builders = [k01, k02, k03, k04, k05, k06, k07, k08, k09, k10, k11, k12, k13, k14, k15, k16, k17, k18, k19, k20]
    build(HERE, builders, TRUTH, ONLY)


if __name__ == "__main__":
    main()
