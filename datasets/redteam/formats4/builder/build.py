"""Build formats4's files and truth.jsonl (see ../README.md for what each file is)."""

from __future__ import annotations

import html
import json
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import opencc
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm
from model import T3_COLS, Report, grid_positions
from PIL import Image, ImageFilter
from pypdf import PdfWriter, Transformation
from render import (
    Grid,
    add_borders,
    article_body,
    chromium_pdf,
    docx_report,
    docx_table,
    html_table,
    page,
    page_break,
    soffice,
    tab_text,
)

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "files"
TRUTH: list[dict] = []
ONLY = sys.argv[1:]


def want(name: str) -> bool:
    return not ONLY or any(o in name for o in ONLY)


def tmpdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="formats4-"))


# ---------------------------------------------------------------- helpers


def split_grid(rows: Grid, at: int) -> tuple[Grid, Grid]:
    """Cut a grid before row `at` as Word splits a table: a merged cell crossing the cut
    continues as an empty merged cell in the second part."""
    cells, _w = grid_positions(rows)
    first: dict[int, list] = {}
    second: dict[int, list] = {}
    for r, c, text, rs, cs in cells:
        if r < at <= r + rs - 1:
            first.setdefault(r, []).append((c, (text, at - r, cs)))
            second.setdefault(at, []).append((c, ("", r + rs - at, cs)))
        elif r < at:
            first.setdefault(r, []).append((c, (text, rs, cs)))
        else:
            second.setdefault(r, []).append((c, (text, rs, cs)))
    a = [[x for _c, x in sorted(first[r])] for r in sorted(first)]
    b = [[x for _c, x in sorted(second[r])] for r in sorted(second)]
    return a, b


def write_docx(doc, path: Path) -> None:
    doc.save(str(path))


def center_merged(table) -> None:
    """Word centres a merged label vertically, as the templates do."""
    for tc in table._tbl.iter(qn("w:tc")):
        pr = tc.get_or_add_tcPr()
        if pr.find(qn("w:vMerge")) is not None:
            va = pr.makeelement(qn("w:vAlign"), {qn("w:val"): "center"})
            pr.append(va)


# ---------------------------------------------------------------- files


def g01() -> None:
    rep = Report("合肥市蜀山区民政局", 2021, "2021", 101)
    name = "g01_searchable_scan.pdf"
    d = tmpdir()
    chromium_pdf(page(article_body(rep)), d / "src.pdf")
    subprocess.run(["pdftoppm", "-r", "110", "-gray", str(d / "src.pdf"), str(d / "p")], check=True)
    imgs = sorted(d.glob("p-*.pgm"))
    lst = []
    for i, img in enumerate(imgs):
        jpg = d / f"s{i}.jpg"
        angle = [0.6, -0.4, 0.8, -0.7, 0.3, -0.5][i % 6]
        im = (
            Image.open(img)
            .convert("L")
            .rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=False)
        )
        px = np.asarray(im, dtype=np.int16)
        noise = np.random.default_rng(i).normal(0, 22, px.shape)
        px = np.clip(px + noise, 0, 255).astype(np.uint8)
        Image.fromarray(px).filter(ImageFilter.GaussianBlur(0.5)).save(
            jpg, quality=45, dpi=(110, 110)
        )
        lst.append(str(jpg))
    (d / "list.txt").write_text("\n".join(lst) + "\n")
    subprocess.run(
        ["tesseract", str(d / "list.txt"), str(d / "ocr"), "-l", "chi_sim", "--dpi", "110", "pdf"],
        check=True,
        capture_output=True,
    )
    shutil.copy(d / "ocr.pdf", OUT / name)
    TRUTH.append(
        rep.truth(
            name,
            "searchable scan: 110 dpi page images, skewed and speckled, with tesseract's own (poor) text layer; may be unread, never wrong",
            expect="read_or_error",
            may_unread=True,
            error_codes=["read."],
        )
    )


def g02() -> None:
    rep = Report("成都市武侯区住房和城乡建设局", 2022, "2021", 102)
    name = "g02_browser_print.pdf"
    url = "http://www.cdwh.gov.cn/wuhou/c152445/2023-01/19/content_8f3c1e2a.shtml"
    css = (
        "@page{size:A4;margin:16mm 12mm;"
        "@top-left{content:'2023/1/29 09:41';font-size:8pt;font-family:sans-serif}"
        f"@top-center{{content:'{rep.title()}';font-size:8pt}}"
        f"@bottom-left{{content:'{url}';font-size:8pt;font-family:sans-serif}}"
        "@bottom-right{content:counter(page) '/' counter(pages);font-size:8pt;font-family:sans-serif}}"
        "td{padding:5px}table{font-size:11pt}"
    )
    chromium_pdf(page(article_body(rep), css=css, title=rep.title()), OUT / name)
    TRUTH.append(
        rep.truth(
            name,
            "browser print: date, title, URL and page x/y on every page; tables split across pages, header not repeated",
        )
    )


def g03() -> None:
    rep = Report("昆明市五华区教育体育局", 2021, "2021", 103)
    name = "g03_writer_from_doc.pdf"
    d = tmpdir()

    def table(doc, _name, rows):
        t = docx_table(doc, rows)
        add_borders(t)
        center_merged(t)

    docx_report(rep, table=table).save(str(d / "r.docx"))
    doc = soffice(d / "r.docx", "doc", d)
    pdf = soffice(doc, "pdf", d / "pdf")
    shutil.copy(pdf, OUT / name)
    TRUTH.append(
        rep.truth(
            name,
            "Word 97 .doc → Writer PDF: merged label column, merged labels centred vertically (（三）不予公开 sits beside item 4/5)",
        )
    )


def g04() -> None:
    rep = Report("长沙市岳麓区司法局", 2021, "2021", 104)
    name = "g04_cellspacing_boxes.pdf"
    css = "table{border-collapse:separate;border-spacing:3px;border:1px solid #000} td{border:1px solid #000;padding:3px}"
    body = article_body(rep, table=lambda n, rows: html_table(rows, 'border="1" cellspacing="3"'))
    chromium_pdf(page(body, css=css), OUT / name)
    TRUTH.append(
        rep.truth(
            name,
            "old HTML tables (border=1 cellspacing=3): every cell its own box, double rules, printed by Chromium",
        )
    )


def g05() -> None:
    rep = Report("南宁市青秀区卫生健康局", 2021, "2021", 105)
    name = "g05_rotated_page.pdf"
    d = tmpdir()

    def table(name_, rows):
        h = html_table(rows)
        return f'<div class="land">{h}</div>' if name_ == "t3" else h

    css = "@page land{size:A4 landscape} .land{page:land} .land table{font-size:8pt}"
    chromium_pdf(page(article_body(rep, table=table), css=css), d / "src.pdf")
    writer = PdfWriter(clone_from=str(d / "src.pdf"))
    for p in writer.pages:
        w, h = float(p.mediabox.width), float(p.mediabox.height)
        if w > h:
            # as some print drivers write a landscape page: portrait media, content
            # drawn turned a quarter, /Rotate 90 turning it back for the viewer
            p.add_transformation(Transformation().rotate(90).translate(h, 0))
            p.mediabox.upper_right = (h, w)
            p.cropbox.upper_right = (h, w)
            p.rotation = 90
    with open(OUT / name, "wb") as f:
        writer.write(f)
    TRUTH.append(
        rep.truth(
            name,
            "table 三 on a landscape page stored as portrait media with content turned 90° and /Rotate 90",
        )
    )


def g06() -> None:
    rep = Report("贵阳市南明区人力资源和社会保障局", 2021, "2021", 106)
    name = "g06_nested_tables.docx"

    def table(doc, name_, rows):
        if name_ == "t3":
            outer = doc.add_table(rows=2, cols=1)
            add_borders(outer)
            outer.cell(0, 0).text = "附表：收到和处理政府信息公开申请情况（单位：件）"
            inner = docx_table(outer.cell(1, 0), rows)
            add_borders(inner)
        else:
            add_borders(docx_table(doc, rows))

    docx_report(rep, table=table).save(str(OUT / name))
    TRUTH.append(rep.truth(name, "DOCX: table 三 nested in a cell of a layout table"))


def g07() -> None:
    rep = Report("兰州市城关区市场监督管理局", 2021, "2021", 107)
    name = "g07_split_table.docx"

    def table(doc, name_, rows):
        if name_ == "t3":
            a, b = split_grid(rows, 3 + 2 + 2 + 4)  # after denied.security
            add_borders(docx_table(doc, a))
            page_break(doc)
            add_borders(docx_table(doc, b))
        else:
            add_borders(docx_table(doc, rows))

    docx_report(rep, table=table).save(str(OUT / name))
    TRUTH.append(
        rep.truth(
            name,
            "DOCX: table 三 split into two tables at a page break (Ctrl+Shift+Enter), the second without header rows, merged labels continued as empty merged cells",
        )
    )


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _textbox_run(paras: list[str], ident: int) -> str:
    ps = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{html.escape(t)}</w:t></w:r></w:p>' for t in paras
    )
    return (
        f'<w:r {W_NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5400000" cy="900000"/>'
        f'<wp:docPr id="{ident}" name="Text Box {ident}"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="900000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{ps}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        f'<v:shape id="tb{ident}" type="#_x0000_t202" style="width:425pt;height:71pt">'
        f"<v:textbox><w:txbxContent>{ps}</w:txbxContent></v:textbox></v:shape>"
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def g08() -> None:
    rep = Report("西安市雁塔区交通运输局", 2021, "2021", 108)
    name = "g08_text_boxes.docx"
    doc = docx_report(rep)
    body = doc.element.body
    # the title (a red-header box) and sections 四 and 五 in text boxes, as Word 2010+
    # writes them: the DrawingML box and its VML fallback both hold the text
    paras = list(body.iter(qn("w:p")))
    by_text = {"".join(t.text or "" for t in p.iter(qn("w:t"))): p for p in paras}
    ident = 1
    for key in (
        rep.title(),
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
    ):
        p = by_text[key]
        nxt = p.getnext()
        texts = [key]
        if key != rep.title() and nxt is not None and nxt.tag == qn("w:p"):
            texts.append("".join(t.text or "" for t in nxt.iter(qn("w:t"))))
            if not key.startswith("四"):
                body.remove(nxt)
        for r in list(p.iter(qn("w:r"))):
            r.getparent().remove(r)
        p.append(parse_xml(_textbox_run(texts if not key.startswith("四") else [key], ident)))
        ident += 1
    doc.save(str(OUT / name))
    TRUTH.append(
        rep.truth(
            name,
            "DOCX: title and sections 四/五 in text boxes (DrawingML with VML fallback: the text twice in the XML)",
        )
    )


def g09() -> None:
    rep = Report("郑州市金水区财政局", 2021, "2021", 109)
    name = "g09_tracked_changes.docx"
    rnd = random.Random(9)
    doc = docx_report(rep)
    tables = doc.tables
    t3 = tables[1]
    changed = 0
    date = 'w:author="张三" w:date="2022-01-15T10:00:00Z"'
    for row in t3.rows[3:]:
        for cell in row.cells[-7:]:
            if rnd.random() > 0.12:
                continue
            p = cell.paragraphs[0]
            final = p.text
            old = str(int(final) + rnd.choice([1, 2, 3, 5]))
            for r in list(p._p.iter(qn("w:r"))):
                r.getparent().remove(r)
            p._p.append(
                parse_xml(
                    f'<w:del {W_NS} w:id="{900 + changed}" {date}><w:r><w:delText>{old}</w:delText></w:r></w:del>'
                )
            )
            p._p.append(
                parse_xml(
                    f'<w:ins {W_NS} w:id="{950 + changed}" {date}><w:r><w:t>{final}</w:t></w:r></w:ins>'
                )
            )
            changed += 1
    # a deleted paragraph in section 一 with a stale figure
    p = doc.paragraphs[2]
    p._p.append(
        parse_xml(
            f'<w:del {W_NS} w:id="990" {date}><w:r><w:delText>本年度共收到政府信息公开申请999件。</w:delText></w:r></w:del>'
        )
    )
    doc.save(str(OUT / name))
    TRUTH.append(
        rep.truth(
            name,
            f"DOCX with tracked changes: {changed} cells of table 三 hold a deleted old value and the inserted new one; truth is the accepted text",
        )
    )


def _docx_for_convert(rep: Report, d: Path) -> Path:
    docx_report(rep).save(str(d / "r.docx"))
    return d / "r.docx"


def g10() -> None:
    rep = Report("太原市小店区农业农村局", 2021, "2021", 110)
    name = "g10_writer.odt"
    d = tmpdir()
    out = soffice(_docx_for_convert(rep, d), "odt", d)
    shutil.copy(out, OUT / name)
    TRUTH.append(
        rep.truth(
            name,
            "OpenDocument text (.odt) from Writer",
            expect="read_or_error",
            may_unread=True,
            error_codes=["read."],
        )
    )


def g11() -> None:
    rep = Report("南昌市东湖区文化广电新闻出版旅游局", 2020, "2019", 111)
    name = "g11_rtf_named.doc"
    d = tmpdir()
    out = soffice(_docx_for_convert(rep, d), "rtf", d)
    shutil.copy(out, OUT / name)
    TRUTH.append(
        rep.truth(
            name, "an RTF file under a .doc name (what WPS and old CMSs hand out), 2019 template"
        )
    )


def g12() -> None:
    rep = Report("石家庄市长安区应急管理局", 2021, "2021", 112)
    name = "g12_meta_utf8_bytes_gbk.html"
    text = page(article_body(rep), charset="utf-8", title=rep.title())
    (OUT / name).write_bytes(text.encode("gbk"))
    TRUTH.append(rep.truth(name, "meta says utf-8, the bytes are GBK (a page re-saved by a CMS)"))


def _div_table(rows: Grid) -> str:
    cells, width = grid_positions(rows)
    out = [f'<div class="grid" style="display:grid;grid-template-columns:repeat({width},auto)">']
    for r, c, text, rs, cs in cells:
        out.append(
            f'<div class="cell" style="grid-row:{r + 1} / span {rs};grid-column:{c + 1} / span {cs}">{html.escape(text)}</div>'
        )
    out.append("</div>")
    return "\n".join(out)


def g13() -> None:
    rep = Report("呼和浩特市新城区科学技术局", 2021, "2021", 113)
    name = "g13_div_table.html"
    css = ".cell{border:1px solid #000;padding:2px}"
    (OUT / name).write_text(
        page(article_body(rep, table=lambda n, rows: _div_table(rows)), css=css, title=rep.title()),
        encoding="utf-8",
    )
    TRUTH.append(
        rep.truth(
            name,
            "tables built from <div>s placed by CSS grid (no <table>): cells may be unread, never shifted",
        )
    )


CHROME_TOP = (
    '<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/xxgk/">信息公开</a></div>'
    '<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 年度报告</div>'
)
CHROME_BOTTOM = (
    '<div class="foot">主办单位：{agency} 网站标识码：1401050012 ICP备案号：晋ICP备05002437号-1 '
    "联系电话：0351-7012345</div>"
)


def g14() -> None:
    rep = Report("太原市迎泽区统计局", 2021, "2021", 114)
    name = "g14_table_image.html"

    def table(n, rows):
        if n == "t3":
            return '<p style="text-align:center"><img src="g14_table_image_files/biao3.png" alt="表三" width="640"></p>'
        return html_table(rows)

    body = CHROME_TOP + article_body(rep, table=table) + CHROME_BOTTOM.format(agency=rep.agency)
    (OUT / name).write_text(page(body, title=rep.title()), encoding="utf-8")
    cells = {k: v for k, v in rep.cells.items() if not k.startswith("t3.")}
    TRUTH.append(
        rep.truth(
            name,
            "saved page: table 三 is a picture (<img>): its cells must stay unread (any t3 cell is invented)",
            cells=cells,
        )
    )


def g15() -> None:
    name = "g15_template_2008.pdf"
    agency = "洛阳市西工区人民政府办公室"
    rows = [
        ("统计指标", "单位", "统计数"),
        ("一、主动公开情况", "", ""),
        ("（一）主动公开政府信息数", "条", "1286"),
        ("其中：主动公开规范性文件数", "条", "14"),
        ("制发规范性文件总数", "件", "14"),
        ("二、依申请公开情况", "", ""),
        ("（一）收到申请数", "件", "37"),
        ("1.当面申请数", "件", "12"),
        ("2.传真申请数", "件", "0"),
        ("3.网络申请数", "件", "19"),
        ("4.信函申请数", "件", "6"),
        ("（二）申请办结数", "件", "35"),
        ("1.按时办结数", "件", "35"),
        ("2.延期办结数", "件", "0"),
        ("（三）申请答复数", "件", "35"),
        ("1.属于已主动公开范围数", "件", "9"),
        ("2.同意公开答复数", "件", "15"),
        ("3.同意部分公开答复数", "件", "3"),
        ("4.不同意公开答复数", "件", "2"),
        ("其中：涉及国家秘密", "件", "1"),
        ("涉及商业秘密", "件", "0"),
        ("涉及个人隐私", "件", "1"),
        ("5.不属于本行政机关公开数", "件", "4"),
        ("6.申请信息不存在数", "件", "2"),
        ("三、行政复议数量", "件", "1"),
        ("维持具体行政行为数", "件", "1"),
        ("被依法纠错数", "件", "0"),
        ("四、行政诉讼数量", "件", "0"),
        ("五、举报投诉数量", "件", "0"),
        ("六、依申请公开信息收取的费用", "万元", "0"),
    ]
    table = html_table([[(a, 1, 1), (b, 1, 1), (c, 1, 1)] for a, b, c in rows])
    heads = [
        "一、概述",
        "二、主动公开政府信息情况",
        "三、依申请公开政府信息情况",
        "四、政府信息公开的收费及减免情况",
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
        "六、政府信息公开工作存在的主要问题及改进措施",
        "七、其他需要报告的事项",
    ]
    body = [f"<h1>{agency}2012年政府信息公开工作年度报告</h1>"]
    for i, h in enumerate(heads):
        body.append(f"<h3>{h}</h3>")
        body.append(
            "<p>2012年，我办认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。</p>"
        )
        if i == 1:
            body.append("<p>附表：政府信息公开情况统计表</p>" + table)
    chromium_pdf(page("\n".join(body)), OUT / name)
    TRUTH.append(
        {
            "file": name,
            "expect": "read",
            "no_cells": True,
            "agency": agency,
            "year": 2012,
            "template": None,
            "cells": {},
            "note": "a 2012 report with the 2008 statistics table (统计指标/单位/统计数): no t2/t3/t4 cell may be read from it",
        }
    )


def g16() -> None:
    rep = Report("银川市兴庆区水务局", 2021, "2021", 116)
    name = "g16_tables.xlsx"
    import openpyxl  # build-time only

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附表"
    ws.cell(1, 1, f"{rep.title()}附表")
    top = 3
    for title, grid in (("表二", rep.t2()), ("表三", rep.t3()), ("表四", rep.t4())):
        ws.cell(top, 1, title)
        cells, _w = grid_positions(grid)
        for r, c, text, rs, cs in cells:
            value: object = text
            if text.replace(".", "", 1).lstrip("+-").isdigit() and not text.startswith("+"):
                value = float(text) if "." in text else int(text)
            ws.cell(top + 1 + r, 1 + c, value)
            if rs > 1 or cs > 1:
                ws.merge_cells(
                    start_row=top + 1 + r,
                    start_column=1 + c,
                    end_row=top + r + rs,
                    end_column=c + cs,
                )
        top += len(grid) + 3
    wb.save(str(OUT / name))
    t = rep.truth(
        name,
        "the tables as an .xlsx attachment (sites attach them so): read, or a clear error; never a wrong cell",
        expect="read_or_error",
        may_unread=True,
        error_codes=["read."],
    )
    for k in ("sections", "agency", "year"):
        t.pop(k)
    TRUTH.append(t)


SEAL = (
    '<svg width="150" height="150" style="position:relative;left:280px;top:-90px;opacity:.8">'
    '<circle cx="75" cy="75" r="70" fill="none" stroke="red" stroke-width="4"/>'
    '<text x="75" y="85" font-size="30" fill="red" text-anchor="middle">★</text>'
    '<text x="75" y="120" font-size="11" fill="red" text-anchor="middle">{agency}</text></svg>'
)


def g17() -> None:
    rep = Report("哈尔滨市南岗区退役军人事务局", 2021, "2021", 117)
    name = "g17_watermark_seal.pdf"
    wm = "".join(
        f'<div class="wm" style="top:{60 + 260 * i}px">哈尔滨市南岗区人民政府 2022-01-28 10:15</div>'
        for i in range(5)
    )
    css = ".wm{position:fixed;left:40px;transform:rotate(-35deg);font-size:26pt;color:rgba(0,0,0,.12);white-space:nowrap;z-index:9}"
    body = wm + article_body(rep) + SEAL.format(agency=rep.agency)
    chromium_pdf(page(body, css=css), OUT / name)
    TRUTH.append(
        rep.truth(
            name,
            "diagonal watermark text with a date on every page, over the tables; a red seal (SVG, its text in the layer) over the signature",
        )
    )


def g18() -> None:
    rep = Report("海口市美兰区生态环境局", 2021, "2021", 118)
    name = "g18_tab_text.txt"
    parts = [rep.title(), ""]
    grids = {"t2": rep.t2(), "t3": rep.t3(), "t4": rep.t4()}
    for i, (head, paras) in enumerate(rep.sections()):
        parts.append(head)
        parts += paras
        n = {1: "t2", 2: "t3", 3: "t4"}.get(i)
        if n:
            parts.append(tab_text(grids[n]))
    (OUT / name).write_text("\r\n".join("\n".join(parts).split("\n")) + "\r\n", encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            "text with tables as Word copies them: cells joined by tabs, a merged cell written once (rows have fewer cells), CRLF",
        )
    )


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def g19() -> None:
    rep = Report("西宁市城中区商务局", 2021, "2021", 119)
    rep.cells["t2.license.decisions"] = 12480
    rep.cells["t2.penalty.decisions"] = 1036
    name = "g19_cell_forms.docx"
    rnd = random.Random(19)

    def table(doc, n, rows):
        new_rows = []
        for row in rows:
            out = []
            for text, rs, cs in row:
                if text.isdigit():
                    x = int(text)
                    k = rnd.random()
                    if x >= 1000:
                        text = f"{x:,}"
                    elif k < 0.25:
                        text = text.translate(FULLWIDTH)
                    elif k < 0.4 and n == "t3":
                        text = f"{text}件"
                    elif k < 0.5:
                        text = f" {text}\u00a0"
                out.append((text, rs, cs))
            new_rows.append(out)
        add_borders(docx_table(doc, new_rows))

    docx_report(rep, table=table).save(str(OUT / name))
    TRUTH.append(
        rep.truth(
            name,
            "DOCX cells written as people type them: full-width digits, 12,480, '3件', no-break spaces",
        )
    )


def _spaced(s: str) -> str:
    return " ".join(s) if len(s) <= 6 else s


def g20() -> None:
    rep = Report("拉萨市城关区发展和改革委员会", 2021, "2021", 120)
    name = "g20_spaced_labels.pdf"

    def table(n, rows):
        return html_table(
            [[(_spaced(t) if not t.isdigit() else t, rs, cs) for t, rs, cs in row] for row in rows]
        )

    def heading(h):
        num, _, rest = h.partition("、")
        return f"<h3>{num}、{'  '.join(rest) if len(rest) <= 6 else rest}</h3>"

    css = "h1{letter-spacing:.5em;text-align:center}"
    chromium_pdf(page(article_body(rep, table=table, heading=heading), css=css), OUT / name)
    TRUTH.append(
        rep.truth(
            name,
            "spaces typed between the characters of short labels and headings (自 然 人, 总 计, 一、总  体  情  况), title letter-spaced",
        )
    )


def g21() -> None:
    rep = Report("乌鲁木齐市天山区审计局", 2021, "2021", 121)
    name = "g21_attachment.zip"
    d = tmpdir()
    src = _docx_for_convert(rep, d)
    with zipfile.ZipFile(OUT / name, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(src, f"{rep.title()}.docx")
    t = rep.truth(
        name,
        "a .zip attachment holding the DOCX: read it or a clear error",
        expect="read_or_error",
        may_unread=True,
        error_codes=["read."],
    )
    TRUTH.append(t)


def g22() -> None:
    rep = Report("福州市鼓楼区城市管理局", 2021, "2021", 122)
    name = "g22_content_controls.docx"
    doc = docx_report(rep)
    t2, t3, t4 = doc.tables
    ident = 500
    # every number of tables 二 and 四 typed into a form's content control (run-level sdt)
    for table in (t2, t4):
        for p in table._tbl.iter(qn("w:p")):
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            if not text.replace(".", "", 1).isdigit():
                continue
            for r in list(p.iter(qn("w:r"))):
                r.getparent().remove(r)
            p.append(
                parse_xml(
                    f'<w:sdt {W_NS}><w:sdtPr><w:id w:val="{ident}"/><w:text/></w:sdtPr>'
                    f"<w:sdtContent><w:r><w:t>{text}</w:t></w:r></w:sdtContent></w:sdt>"
                )
            )
            ident += 1
    # rows 不予公开 1-8 of table 三 inside a repeating-section content control (row-level sdt)
    trs = t3._tbl.findall(qn("w:tr"))
    block = trs[3 + 4 : 3 + 4 + 8]
    sdt = parse_xml(
        f'<w:sdt {W_NS}><w:sdtPr><w:id w:val="{ident}"/></w:sdtPr><w:sdtContent/></w:sdt>'
    )
    block[0].addprevious(sdt)
    content = sdt.find(qn("w:sdtContent"))
    for tr in block:
        content.append(tr)
    doc.save(str(OUT / name))
    TRUTH.append(
        rep.truth(
            name,
            "DOCX form: numbers of tables 二/四 in run-level content controls (w:sdt), 不予公开 rows of table 三 inside a row-level repeating-section control",
        )
    )


def _cards(rep: Report) -> str:
    out = ['<div class="m-cards">']
    for rid, labels, _lead in rep.t3_rows():
        vals = "".join(
            f"<p>{lab}：{rep.v(f't3.{rid}.{c}')}</p>"
            for c, lab in zip(
                T3_COLS,
                ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
            )
        )
        out.append(f'<div class="card"><h4>{"".join(labels)}</h4>{vals}</div>')
    out.append("</div>")
    return "\n".join(out)


def g23() -> None:
    rep = Report("杭州市拱墅区民政局", 2021, "2021", 123)
    name = "g23_responsive_copy.html"
    css = (
        ".m-cards{display:none} @media (max-width:600px){.m-cards{display:block} .pc{display:none}}"
    )

    def table(n, rows):
        h = f'<div class="pc">{html_table(rows)}</div>'
        return h + (_cards(rep) if n == "t3" else "")

    (OUT / name).write_text(
        page(CHROME_TOP + article_body(rep, table=table), css=css, title=rep.title()),
        encoding="utf-8",
    )
    TRUTH.append(
        rep.truth(
            name,
            "responsive page: table 三 and, hidden by a stylesheet class on desktop, its mobile card copy ('自然人：12' per row)",
        )
    )


def g24() -> None:
    rep = Report("泉州市鲤城区司法局", 2021, "2021", 124)
    name = "g24_traditional_writer.pdf"
    cc = opencc.OpenCC("s2t")
    d = tmpdir()
    doc = docx_report(rep)
    for p in doc.element.body.iter(qn("w:t")):
        p.text = cc.convert(p.text or "")
    doc.save(str(d / "t.docx"))
    pdf = soffice(d / "t.docx", "pdf", d)
    shutil.copy(pdf, OUT / name)
    TRUTH.append(
        rep.truth(
            name,
            "Traditional script throughout (labels, headings, agency), 2021 template, Writer PDF",
            agency_any=[rep.agency, cc.convert(rep.agency)],
        )
    )


def g25() -> None:
    rep = Report("重庆市渝中区规划和自然资源局", 2021, "2021", 125)
    name = "g25_docx_table_picture.docx"
    d = tmpdir()
    src = d / "t3.html"
    src.write_text(page(html_table(rep.t3())), encoding="utf-8")
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={d}/prof",
            f"--screenshot={d}/t3.png",
            "--window-size=760,900",
            "--hide-scrollbars",
            src.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    Image.open(d / "t3.png").convert("L").quantize(16).save(d / "t3s.png", optimize=True)

    def table(doc, n, rows):
        if n == "t3":
            doc.add_picture(str(d / "t3s.png"), width=Cm(15))
        else:
            add_borders(docx_table(doc, rows))

    docx_report(rep, table=table).save(str(OUT / name))
    cells = {k: v for k, v in rep.cells.items() if not k.startswith("t3.")}
    TRUTH.append(
        rep.truth(
            name,
            "DOCX: table 三 pasted as a picture: its cells must stay unread (any t3 cell is invented)",
            cells=cells,
        )
    )


def main() -> None:
    OUT.mkdir(exist_ok=True)
    builders = [
        g01,
        g02,
        g03,
        g04,
        g05,
        g06,
        g07,
        g08,
        g09,
        g10,
        g11,
        g12,
        g13,
        g14,
        g15,
        g16,
        g17,
        g18,
        g19,
        g20,
        g21,
        g22,
        g23,
        g24,
        g25,
    ]
    for b in builders:
        if want(b.__name__):
            b()
            print("built", TRUTH[-1]["file"], file=sys.stderr)
    # a partial build (named files) leaves the whole set's truth alone
    path = HERE.parent / "truth.jsonl" if not ONLY else Path(tempfile.gettempdir()) / "formats4-truth.partial.jsonl"
    path.write_text(
        "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in TRUTH), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
