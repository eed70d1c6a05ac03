"""Red-team format corpus: realistic Word, WPS/DOC, PDF and saved-page files with their truth.

CI never runs this script (it needs LibreOffice, Chromium, CJK fonts and pypdf);
it wrote the committed files. To rebuild on Debian:

    apt-get install libreoffice-writer chromium fonts-noto-cjk
    pip install pypdf
    python datasets/redteam/formats/build.py

Content: the prose of three real seed reports (../shared/seeds: 000 泰州, Traditional
script; 003 泉州台商投资区; 004 衡山县) with the table values typed from them
(tests/golden/tables), and two generated reports (2021 template). The tables are
laid out like the official templates (merged header cells); some cells are left
blank ("", "/", "—") as real reports do, and the truth lists them under "blank".

Each file ``<name>.<ext>`` gets ``<name>.truth.json``: {"format", "template",
"year", "agency", "tables": {field: value}, "blank": [field], "notes"}.
A field in neither "tables" nor "blank" is not in the document.
"""

from __future__ import annotations

import copy
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
sys.path.insert(0, str(ROOT))

from govinfo_nlp_dev.synthetic import generator as gen  # noqa: E402

FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>仿宋</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
"""
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def q(tag: str) -> str:
    prefix, name = tag.split(":")
    return "{%s}%s" % (
        {
            "w": W,
            "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
            "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
            "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
            "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
            "v": "urn:schemas-microsoft-com:vml",
        }[prefix],
        name,
    )


# --------------------------------------------------------------------------- reports


@dataclass
class Report:
    key: str
    agency: str
    year: int
    template: str
    title: str
    blocks: list[tuple[str, str]]  # ("h1"|"h"|"p", text) or ("table", "t2"|"t3"|"t4")
    values: dict[str, int | float]
    blank: dict[str, str] = field(default_factory=dict)  # field -> mark written
    traditional: bool = False

    def shown(self) -> dict[str, str]:
        out = {f: _fmt(v) for f, v in self.values.items() if f not in self.blank}
        out.update(self.blank)
        return out

    def truth(self, fmt: str, notes: str) -> dict:
        return {
            "format": fmt,
            "template": self.template,
            "year": self.year,
            "agency": self.agency,
            "tables": {f: v for f, v in self.values.items() if f not in self.blank},
            "blank": sorted(self.blank),
            "notes": notes,
        }


def _fmt(v: int | float) -> str:
    return repr(v)


def brief(report: Report, per_section: int = 2, chars: int = 90) -> Report:
    """The report with its prose cut short (a PDF embeds every glyph it draws: small files)."""
    out = copy.deepcopy(report)
    blocks: list[tuple[str, str]] = []
    kept = 0
    for kind, text in report.blocks:
        if kind == "p":
            if kept >= per_section:
                continue
            kept += 1
            if len(text) > chars:
                cut = text.rfind("。", 0, chars)
                text = text[: cut + 1] if cut > 20 else text[:chars] + "。"
        else:
            kept = 0
        blocks.append((kind, text))
    out.blocks = blocks
    return out


SEED_META = {
    "000": ("泰州市人民政府办公室", 2020, True),
    "003": ("泉州台商投资区规划建设与交通运输局", 2020, False),
    "004": ("衡山县行政审批服务局", 2020, False),
}
HEAD = re.compile(r"^[一二三四五六][、.]")


def seed_report(key: str) -> Report:
    agency, year, trad = SEED_META[key]
    path = next(SEEDS.glob(f"{key}_*.txt"))
    lines = [ln.strip() for ln in path.read_text("utf-8").splitlines()]
    values = json.loads((ROOT / "tests" / "golden" / "tables" / f"{key}.json").read_text())
    lines = [ln for ln in lines if ln and "|" not in ln and not ln.startswith("- ") and ln != "?"]
    start = next(i for i, ln in enumerate(lines) if re.match(r"^(根據|根据|本年报|编制说明)", ln))
    end = next(
        (i for i, ln in enumerate(lines) if ln.startswith(("下一篇", "下一篇", "扫一扫"))),
        len(lines),
    )
    body = lines[start:end]
    title = f"{agency}{year}年政府信息公开工作年度报告"
    if trad:
        title = gen.to_traditional(title)
    blocks: list[tuple[str, str]] = [("h1", title)]
    after = {"二": "t2", "三": "t3", "四": "t4"}
    pending: str | None = None
    for ln in body:
        if HEAD.match(ln) and not ln.startswith(
            ("一、本年", "二、上年", "三、本年", "四、结转", "四、結轉")
        ):
            if pending:
                blocks.append(("table", pending))
                pending = None
            pending = after.get(ln[0])
            blocks.append(("h", ln))
        else:
            blocks.append(("p", ln))
    return Report(
        key, agency, year, values["template"], title, blocks, values["values"], traditional=trad
    )


def generated_report(seed: int, template: str) -> Report:
    r = gen.generate_report(seed, layout="html", template=template)
    blocks: list[tuple[str, str]] = []
    n = 0
    for m in re.finditer(r"<(h1|h3|p)[^>]*>(.*?)</\1>|<table.*?</table>", r.text, re.S):
        if m.group(0).startswith("<table"):
            n += 1
            blocks.append(("table", f"t{n + 1}"))
        else:
            tag = {"h1": "h1", "h3": "h", "p": "p"}[m.group(1)]
            blocks.append((tag, html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))))
    return Report(
        f"g{seed}", r.agency, r.year, r.template or template, blocks[0][1], blocks, dict(r.truth)
    )


def with_blanks(report: Report, fields: list[str], mark: str) -> Report:
    """The report with these cells (zeros in the source) written as blank."""
    out = copy.deepcopy(report)
    for f in fields:
        assert out.values.get(f) == 0, (report.key, f, out.values.get(f))
        out.blank[f] = mark
    return out


def table_rows(report: Report, which: str) -> list[list]:
    style = gen._LabelStyle("（", "）", False, False, False, False)
    shown = report.shown()
    if which == "t2":
        import random

        rows = gen._t2_rows(report.template, shown, style, random.Random(0))
    elif which == "t3":
        rows = gen._t3_rows(report.template, shown, style)
    else:
        rows = gen._t4_rows(shown)
    if report.traditional:
        rows = [[gen.replace(c, text=gen.to_traditional(c.text)) for c in row] for row in rows]
    return rows


# --------------------------------------------------------------------------- HTML


def table_html(report: Report, which: str, *, thead: int = 0, td_attrs: str = "") -> str:
    rows = table_rows(report, which)
    out = [
        '<table border="1" cellspacing="0" cellpadding="2" width="100%" style="border-collapse:collapse">'
    ]
    for i, row in enumerate(rows):
        if thead and i == 0:
            out.append("<thead>")
        if thead and i == thead:
            out.append("</thead><tbody>")
        cells = []
        for c in row:
            attrs = td_attrs
            if c.rowspan > 1:
                attrs += f' rowspan="{c.rowspan}"'
            if c.colspan > 1:
                attrs += f' colspan="{c.colspan}"'
            text = html.escape(c.text).replace("\n", "<br>") or "&nbsp;"
            cells.append(f"<td{attrs}>{text}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>" if thead else "</table>")
    return "\n".join(out)


def body_html(report: Report, *, thead: int = 0, td_attrs: str = "", columns: bool = False) -> str:
    out = []
    prose: list[str] = []

    def flush() -> None:
        if prose:
            inner = "\n".join(prose)
            out.append(
                f'<div style="column-count:2;column-gap:2em">{inner}</div>' if columns else inner
            )
            prose.clear()

    for kind, text in report.blocks:
        if kind == "table":
            flush()
            out.append(table_html(report, text, thead=thead, td_attrs=td_attrs))
        elif kind == "h1":
            flush()
            out.append(f'<h1 style="text-align:center;font-size:18pt">{html.escape(text)}</h1>')
        elif kind == "h":
            prose.append(f"<h3>{html.escape(text)}</h3>")
        else:
            prose.append(f'<p style="text-indent:2em">{html.escape(text)}</p>')
    flush()
    return "\n".join(out)


def plain_page(report: Report, body: str, css: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{html.escape(report.title)}</title>"
        "<style>body{font-family:\"WenQuanYi Zen Hei\";font-size:11pt} h3{font-family:\"WenQuanYi Zen Hei\"}"
        " table{font-size:8pt} td{border:1px solid #000}" + css + "</style>"
        f"</head><body>{body}</body></html>"
    )


# --------------------------------------------------------------------------- tools


class Tools:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        (tmp / "fonts.conf").write_text(FONTCONFIG, "utf-8")
        self.env = {**os.environ, "FONTCONFIG_FILE": str(tmp / "fonts.conf"), "HOME": str(tmp)}

    def run(self, cmd: list[str]) -> None:
        subprocess.run(cmd, check=True, env=self.env, capture_output=True, timeout=300)

    def soffice(self, src: Path, target: str, outdir: Path | None = None) -> Path:
        outdir = outdir or src.parent
        self.run(
            [
                "soffice",
                "--headless",
                "--norestore",
                "--convert-to",
                target,
                "--outdir",
                str(outdir),
                str(src),
            ]
        )
        return outdir / f"{src.stem}.{target.split(':')[0]}"

    def chromium(self, src: Path, *, pdf: Path | None = None) -> str:
        base = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"]
        if pdf is not None:
            self.run([*base, f"--print-to-pdf={pdf}", src.as_uri()])
            return ""
        done = subprocess.run(
            [*base, "--dump-dom", src.as_uri()],
            check=True,
            env=self.env,
            capture_output=True,
            timeout=300,
        )
        return done.stdout.decode("utf-8")

    def docx(self, report: Report, name: str, **kw) -> Path:
        """HTML imported by LibreOffice Writer: real gridSpan/vMerge cells."""
        src = self.tmp / f"{name}.html"
        src.write_text(plain_page(report, body_html(report, **kw)), "utf-8")
        return self.soffice(src, "docx:MS Word 2007 XML")


# --------------------------------------------------------------------------- DOCX edits


def edit_docx(path: Path, fn) -> None:
    import docx

    doc = docx.Document(str(path))
    fn(doc)
    doc.save(str(path))


def _tables(doc) -> list:
    return doc.element.body.findall(q("w:tbl"))


def _table_with(doc, text: str):
    for tbl in _tables(doc):
        if text in "".join(t.text or "" for t in tbl.iter(q("w:t"))):
            return tbl
    raise LookupError(text)


def split_table(doc, marker: str, at_text: str) -> None:
    """Splits the table holding ``marker`` before the row holding ``at_text``, as Word does:
    an empty paragraph between, a vertical merge cut in two (the lower part restarts empty)."""
    tbl = _table_with(doc, marker)
    rows = tbl.findall(q("w:tr"))
    k = next(
        i for i, r in enumerate(rows) if at_text in "".join(t.text or "" for t in r.iter(q("w:t")))
    )
    second = copy.deepcopy(tbl)
    for r in second.findall(q("w:tr"))[:k]:
        second.remove(r)
    for r in rows[k:]:
        tbl.remove(r)
    first_row = second.find(q("w:tr"))
    for tc in first_row.findall(q("w:tc")):
        vm = tc.find(f"{q('w:tcPr')}/{q('w:vMerge')}")
        if vm is not None and vm.get(q("w:val")) in (None, "continue"):
            vm.set(q("w:val"), "restart")
    para = copy.deepcopy(doc.element.body.find(q("w:p")))
    for child in list(para):
        if child.tag != q("w:pPr"):
            para.remove(child)
    tbl.addnext(para)
    para.addnext(second)


def repeat_header(doc, marker: str, rows: int) -> None:
    tbl = _table_with(doc, marker)
    for tr in tbl.findall(q("w:tr"))[:rows]:
        trpr = tr.find(q("w:trPr"))
        if trpr is None:
            trpr = tr.makeelement(q("w:trPr"), {})
            tr.insert(0, trpr)
        trpr.append(trpr.makeelement(q("w:tblHeader"), {}))


def rows_may_split(doc) -> None:
    for cs in doc.element.body.iter(q("w:cantSplit")):
        cs.getparent().remove(cs)


def into_textboxes(doc, markers: list[str]) -> None:
    """Moves the tables holding ``markers`` into floating text boxes, the way Word 2010+
    writes them: a DrawingML shape and its VML fallback, each with the whole content."""
    from lxml import etree

    for marker in markers:
        tbl = _table_with(doc, marker)
        anchor_p = tbl.makeelement(q("w:p"), {})
        tbl.addprevious(anchor_p)
        tbl.getparent().remove(tbl)
        content = f"""<w:r xmlns:w="{W}"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="5760000" cy="6000000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{abs(hash(marker)) % 1000 + 1}" name="Text Box"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5760000" cy="6000000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
<wps:txbx><w:txbxContent>TABLE<w:p/></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape style="position:absolute;width:453pt;height:472pt"><v:textbox><w:txbxContent>TABLE<w:p/></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>"""
        table_xml = etree.tostring(tbl, encoding="unicode")
        table_xml = re.sub(r' xmlns:\w+="[^"]*"', "", table_xml)
        run = etree.fromstring(content.replace("TABLE", table_xml.replace("<w:tbl>", "<w:tbl>", 1)))
        anchor_p.append(run)


def content_controls(doc, marker: str) -> None:
    """Wraps every other number cell of the table holding ``marker`` in a content control
    (w:sdt around the w:tc) and each row from the fifth on in one (w:sdt around the w:tr),
    as Word's form templates do."""
    tbl = _table_with(doc, marker)

    def wrap(el, tag: str) -> None:
        sdt = el.makeelement(q("w:sdt"), {})
        sdt.append(sdt.makeelement(q("w:sdtPr"), {}))
        content = sdt.makeelement(q("w:sdtContent"), {})
        sdt.append(content)
        el.addprevious(sdt)
        content.append(el)

    for i, tr in enumerate(tbl.findall(q("w:tr"))):
        for k, tc in enumerate(tr.findall(q("w:tc"))):
            text = "".join(t.text or "" for t in tc.iter(q("w:t")))
            if text.strip().isdigit() and k % 2:
                wrap(tc, "tc")
        if i >= 4:
            wrap(tr, "tr")


def into_layout_table(doc) -> None:
    """The whole body inside a one-cell table (a page copied from a web layout into Word)."""
    body = doc.element.body
    children = [c for c in body if c.tag != q("w:sectPr")]
    tbl = body.makeelement(q("w:tbl"), {})
    tblpr = tbl.makeelement(q("w:tblPr"), {})
    tbl.append(tblpr)
    grid = tbl.makeelement(q("w:tblGrid"), {})
    col = grid.makeelement(q("w:gridCol"), {q("w:w"): "9000"})
    grid.append(col)
    tbl.append(grid)
    tr = tbl.makeelement(q("w:tr"), {})
    tc = tr.makeelement(q("w:tc"), {})
    tr.append(tc)
    tbl.append(tr)
    for c in children:
        body.remove(c)
        tc.append(c)
    if tc[-1].tag != q("w:p"):
        tc.append(tc.makeelement(q("w:p"), {}))
    body.insert(0, tbl)


def header_footer(doc, header: str) -> None:
    """A running header and a page-number footer ("— N —"), on every page."""
    from docx.oxml import parse_xml

    for section in doc.sections:
        section.header.paragraphs[0].text = header
        p = section.footer.paragraphs[0]
        p.alignment = 1
        p.add_run("— ")
        p._p.append(
            parse_xml(
                f'<w:fldSimple xmlns:w="{W}" w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
            )
        )
        p.add_run(" —")


def landscape(doc) -> None:
    from docx.enum.section import WD_ORIENT

    for section in doc.sections:
        w, h = section.page_width, section.page_height
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = max(w, h), min(w, h)


def pad_before(doc, marker: str, n: int) -> None:
    tbl = _table_with(doc, marker)
    for _ in range(n):
        p = tbl.makeelement(q("w:p"), {})
        r = p.makeelement(q("w:r"), {})
        t = r.makeelement(q("w:t"), {})
        t.text = "　"
        r.append(t)
        p.append(r)
        tbl.addprevious(p)


# --------------------------------------------------------------------------- PDF edits


def pages_of(pdf: Path, texts: list[str]) -> list[int]:
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        pages = [p.extract_text() or "" for p in doc.pages]
    return [next((i for i, t in enumerate(pages) if s in t.replace(" ", "")), -1) for s in texts]


def rotate_pages(src: Path, dst: Path, *, attribute: bool, clockwise: bool = False) -> None:
    """Landscape pages stored as portrait: the content turned 90°, and (``attribute``)
    the page's /Rotate set so viewers show it upright, as print drivers write them."""
    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.generic import RectangleObject

    writer = PdfWriter(clone_from=PdfReader(src))
    for page in writer.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if w > h:
            turn = (
                Transformation().rotate(-90).translate(0, w)
                if clockwise
                else Transformation().rotate(90).translate(h, 0)
            )
            page.add_transformation(turn)
            page.mediabox = RectangleObject([0, 0, h, w])
            page.cropbox = RectangleObject([0, 0, h, w])
            if attribute:
                page.rotate(90)
        page.compress_content_streams()
    with dst.open("wb") as fh:
        writer.write(fh)


# --------------------------------------------------------------------------- web pages

NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进本市", "专题专栏"]


def saved_page(
    report: Report,
    *,
    site: str,
    related: list[str],
    layout_table: bool,
    info_agency: bool,
    title_outside: bool = False,
) -> str:
    """A whole article page as a portal serves it: nav, breadcrumb, sidebar, related reports
    of other agencies and years, footer naming the site's owner, scripts."""
    nav = "".join(f'<li><a href="/col/{i}/">{n}</a></li>' for i, n in enumerate(NAV, 101))
    side = "".join(
        f'<li><a href="/art/{2019 + i}/{i}.html">{t}</a></li>' for i, t in enumerate(related)
    )
    info = (
        f'<table class="xxgk_info"><tr><td>索引号：</td><td>11320800MB1234567X/{report.year + 1}-00012</td>'
        f"<td>发布机构：</td><td>{report.agency}</td></tr>"
        f"<tr><td>发文日期：</td><td>{report.year + 1}-01-22</td><td>主题分类：</td><td>政务公开</td></tr></table>"
        if info_agency
        else ""
    )
    page_title = f"{report.title}_{site}"
    art_title = ""
    if title_outside:
        # The heading in its own block above the article's text, the page's <title>
        # only the column's name (how many portals' templates are made).
        report = copy.deepcopy(report)
        report.blocks = [b for b in report.blocks if b[0] != "h1"]
        page_title = f"政府信息公开年报_{site}"
        art_title = f'<div class="art_title"><h1>{html.escape(report.title)}</h1></div>'
    article = body_html(report, td_attrs=' style="text-align:center"')
    if layout_table:
        article = f'<table width="100%" class="layout"><tr><td width="5%">&nbsp;</td><td>{article}</td><td width="5%">&nbsp;</td></tr></table>'
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(page_title)}</title>
<meta name="SiteName" content="{site}"><meta name="ColumnName" content="政府信息公开年报">
<script>var _hmt=_hmt||[];var siteid="3208000012";var pv=20231;function share(){{return 1024;}}</script>
<link rel="stylesheet" href="/css/main.css"></head>
<body>
<div class="top"><div class="w1200"><span>今天是2022年1月25日 星期二</span><a href="/wza/">无障碍</a><a href="/en/">English</a></div></div>
<div class="header"><img src="/images/logo.png" alt="{site}"><form><input name="q" placeholder="请输入关键字"></form></div>
<div class="nav"><ul>{nav}</ul></div>
<div class="main w1200">
 <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; <a href="/zfxxgk/ndbg/">政府信息公开年报</a></div>
 <div class="left"><h4>政府信息公开年报</h4><ul class="related">{side}</ul>
  <div class="hot"><h4>热点排行</h4><ol><li><a href="#">关于2021年度第3批次建设用地的批复（5个地块）</a></li><li><a href="#">2022年第1季度12345热线办理情况（受理8365件）</a></li></ol></div></div>
 <div class="right">{info}
  <div class="article">{art_title}<div class="art_info">发布时间：{report.year + 1}-01-22 09:30  浏览次数：<span id="hits">1368</span>  字号：[大 中 小]</div>
   <div class="content"><div class="TRS_Editor"><div class="Custom_UnionStyle">
{article}
   </div></div></div>
   <div class="art_tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
   <div class="prevnext"><p>上一篇：<a href="/art/1.html">{related[0]}</a></p><p>下一篇：<a href="/art/2.html">{related[1]}</a></p></div>
  </div>
 </div>
</div>
<div class="footer"><p>主办单位：{site.replace("门户网站", "")}办公室  承办单位：大数据管理中心</p>
<p>网站标识码：3208000012  <a href="https://beian.miit.gov.cn">苏ICP备05012345号-1</a>  苏公网安备 32080202000156号</p>
<p>联系电话：0523-86839012  建议使用1920×1080分辨率</p></div>
<script>document.getElementById("hits").textContent=String(1368+7);</script>
</body></html>"""


def print_page(report: Report) -> str:
    """The portal's 打印 page: the article alone, with the print/close links and the date."""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>打印页面</title><style>td{{border:1px solid #333;font-size:9pt}}</style></head>
<body onload="window.print()">
<table width="700" align="center"><tr><td class="bt">{html.escape(report.title)}</td></tr>
<tr><td>{report.year + 1}-01-25  来源：本站</td></tr>
<tr><td>{body_html(report)}</td></tr>
<tr><td align="right"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></td></tr></table>
</body></html>"""


# --------------------------------------------------------------------------- the corpus


def main() -> None:
    out = HERE
    for old in out.glob("f*_*.*"):
        old.unlink()
    taizhou = seed_report("000")
    quanzhou = seed_report("003")
    hengshan = seed_report("004")
    g21 = generated_report(2107, "2021")
    g21b = generated_report(2113, "2021")
    zeros = lambda r, prefix: [f for f, v in r.values.items() if v == 0 and f.startswith(prefix)]  # noqa: E731
    made: list[tuple[str, Path | str, dict]] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        tools = Tools(tmp)

        def save(name: str, src: Path | str, report: Report, fmt: str, notes: str) -> None:
            made.append((name, src, report.truth(fmt, notes)))

        # 1. DOCX: merged header cells, table 三 split into two tables inside a merge.
        r = with_blanks(hengshan, zeros(hengshan, "t4.")[:5], "")
        p = tools.docx(r, "f01")
        edit_docx(p, lambda d: split_table(d, "本年新收", "4.保护第三方合法权益"))
        save(
            "f01_docx_split_table.docx",
            p,
            r,
            "docx",
            "merged header cells (gridSpan/vMerge); table 三 split in two inside the 不予公开 merge; blank t4 cells",
        )
        # 2. DOCX: tables 三 and 四 in floating text boxes (DrawingML + VML fallback).
        r = g21
        p = tools.docx(r, "f02")
        edit_docx(p, lambda d: into_textboxes(d, ["本年新收", "行政复议"]))
        save(
            "f02_docx_textbox.docx",
            p,
            r,
            "docx",
            "tables 三 and 四 inside text boxes with a VML fallback copy",
        )
        # 3. DOCX: the whole report inside a one-cell layout table.
        r = with_blanks(quanzhou, zeros(quanzhou, "t2.")[:6], "/")
        p = tools.docx(r, "f03")
        edit_docx(p, into_layout_table)
        save(
            "f03_docx_layout_table.docx",
            p,
            r,
            "docx",
            "body inside a one-cell layout table; '/' cells in table 二",
        )
        # 4. DOC written by LibreOffice's MS Word 97 filter (how WPS/old Word files reach us).
        r = with_blanks(g21b, zeros(g21b, "t4.")[:4], "—")
        p = tools.docx(r, "f04")
        doc = tools.soffice(p, "doc:MS Word 97")
        save("f04_word97.doc", doc, r, "doc", "Word 97 binary; '—' cells in table 四")
        # 5. DOC, Traditional script (seed 000).
        p = tools.docx(taizhou, "f05")
        save(
            "f05_traditional.doc",
            tools.soffice(p, "doc:MS Word 97"),
            taizhou,
            "doc",
            "Traditional script",
        )

        # 6. PDF (Writer): table 三 across a page break, header rows repeated, running
        #    header and page numbers.
        def writer_pdf(
            report: Report, name: str, edits, marker: str = "本年新收", end: str = "结转下年度"
        ) -> Path:
            for pad in range(0, 60, 3):
                p = tools.docx(report, name)
                edit_docx(p, lambda d: (edits(d), pad_before(d, marker, pad)))
                pdf = tools.soffice(p, "pdf")
                a, b = pages_of(
                    pdf, [marker, end if not report.traditional else gen.to_traditional(end)]
                )
                if a != b and a >= 0 and b >= 0:
                    return pdf
            raise RuntimeError(f"{name}: the table never crossed a page")

        r = brief(with_blanks(quanzhou, zeros(quanzhou, "t3.other_handling"), ""), 4)
        pdf = writer_pdf(
            r,
            "f06",
            lambda d: (
                repeat_header(d, "本年新收", 3),
                header_footer(d, f"{r.agency}政府信息公开工作年度报告"),
            ),
        )
        save(
            "f06_pdf_repeat_header.pdf",
            pdf,
            r,
            "pdf",
            "Writer PDF; table 三 across a page break with its 3 header rows repeated; running header and '— N —' page numbers",
        )
        # 7. PDF (Writer): break without repeated header, rows allowed to split, page numbers.
        r = brief(hengshan, 4)
        pdf = writer_pdf(
            r, "f07", lambda d: (rows_may_split(d), header_footer(d, "衡山县人民政府门户网站"))
        )
        save(
            "f07_pdf_break_no_header.pdf",
            pdf,
            r,
            "pdf",
            "Writer PDF; table 三 across a page break, header not repeated; page header naming the portal",
        )
        # 8. PDF landscape (Writer).
        r = brief(g21)
        p = tools.docx(r, "f08")
        edit_docx(p, landscape)
        save("f08_pdf_landscape.pdf", tools.soffice(p, "pdf"), r, "pdf", "landscape pages")
        # 9/10. The landscape PDF stored as portrait pages, with and without /Rotate.
        rotate_pages(tmp / "f08.pdf", tmp / "f09.pdf", attribute=True)
        save(
            "f09_pdf_rotate_attribute.pdf",
            tmp / "f09.pdf",
            r,
            "pdf",
            "portrait pages with /Rotate 90 whose content is turned 90°",
        )
        rotate_pages(tmp / "f08.pdf", tmp / "f10.pdf", attribute=False)
        save(
            "f10_pdf_rotated_content.pdf",
            tmp / "f10.pdf",
            r,
            "pdf",
            "portrait pages whose content is turned 90° (text runs vertically)",
        )
        rotate_pages(tmp / "f08.pdf", tmp / "f17.pdf", attribute=False, clockwise=True)
        save(
            "f17_pdf_rotated_clockwise.pdf",
            tmp / "f17.pdf",
            r,
            "pdf",
            "portrait pages whose content is turned 90° clockwise (text runs downwards)",
        )
        # 11. PDF (Chromium): two columns of prose, thead repeated by the browser.
        r = brief(with_blanks(g21b, zeros(g21b, "t3.denied")[:6], "/"), 3, 200)
        src = tmp / "f11.html"
        src.write_text(plain_page(r, body_html(r, thead=3, columns=True)), "utf-8")
        tools.chromium(src, pdf=tmp / "f11.pdf")
        save(
            "f11_pdf_two_columns.pdf",
            tmp / "f11.pdf",
            r,
            "pdf",
            "Chromium PDF; prose in two columns; table 三's header repeated by the browser; '/' cells",
        )
        # 12. PDF (Chromium), Traditional, running header and footer drawn as fixed boxes.
        tz = brief(taizhou, 1, 60)
        src = tmp / "f12.html"
        fixed = (
            "<div style='position:fixed;top:0;width:100%;text-align:center;font-size:9pt'>泰州市人民政府辦公室 2021年1月</div>"
            "<div style='position:fixed;bottom:0;width:100%;text-align:center;font-size:9pt'>泰州市人民政府 第1頁</div>"
        )
        src.write_text(
            plain_page(tz, fixed + body_html(tz, thead=3), "@page{margin:20mm}"), "utf-8"
        )
        tools.chromium(src, pdf=tmp / "f12.pdf")
        save(
            "f12_pdf_traditional_fixed_header.pdf",
            tmp / "f12.pdf",
            tz,
            "pdf",
            "Chromium PDF, Traditional script; header and footer (with a page-like number) printed on every page over the tables' area",
        )

        # 13. Whole saved page, the DOM as the browser holds it (chromium --dump-dom).
        r = with_blanks(hengshan, zeros(hengshan, "t2.")[:6], "")
        related = [
            "衡阳市财政局2021年政府信息公开工作年度报告",
            "衡山县人民政府2019年政府信息公开工作年度报告",
            "南岳区教育局2022年政府信息公开工作年度报告",
            "衡山县卫生健康局2020年政府信息公开工作年度报告",
        ]
        src = tmp / "f13.html"
        src.write_text(
            saved_page(
                r,
                site="衡山县人民政府门户网站",
                related=related,
                layout_table=False,
                info_agency=True,
            ),
            "utf-8",
        )
        save(
            "f13_page_dump_dom.html",
            tools.chromium(src),
            r,
            "html",
            "whole page (chromium --dump-dom): nav, sidebar of other agencies' reports of other years, footer naming the county government",
        )
        # 14. Whole saved page, GBK declared by meta, article in a layout table, no 发布机构 field.
        r = with_blanks(quanzhou, zeros(quanzhou, "t4.")[:5], "&nbsp;")
        related = [
            "泉州市生态环境局2021年政府信息公开工作年度报告",
            "泉州台商投资区管理委员会2019年政府信息公开工作年度报告",
            "惠安县自然资源局2022年政府信息公开工作年度报告",
        ]
        page = saved_page(
            r,
            site="泉州台商投资区管理委员会门户网站",
            related=related,
            layout_table=True,
            info_agency=False,
        )
        page = page.replace(
            '<meta charset="utf-8">',
            '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
        )
        page = page.replace(">&amp;nbsp;<", ">&nbsp;<")
        save(
            "f14_page_gbk_layout.html",
            page.encode("gbk"),
            r,
            "html",
            "whole saved page in GBK (meta gb2312), article inside a layout table; &nbsp; cells in table 四",
        )
        # 18. A .wps file: WPS Office saves the Word 97 binary format under its own suffix.
        save("f18_wps_office.wps", doc, with_blanks(g21b, zeros(g21b, "t4.")[:4], "—"), "wps",
             "Word 97 binary with the .wps suffix, as WPS Office saves it (LibreOffice detects it by content)")
        # 19. Whole page: the heading in its own block outside the article's text,
        #     the sidebar of other agencies' reports above it, a column-name <title>.
        r = with_blanks(g21, zeros(g21, "t2.")[:3], "")
        related = [
            "六盘水市财政局2023年政府信息公开工作年度报告",
            "钟山区人民政府2024年政府信息公开工作年度报告",
            "水城区教育局2022年政府信息公开工作年度报告",
        ]
        src = tmp / "f19.html"
        src.write_text(saved_page(r, site="六盘水市人民政府门户网站", related=related,
                                  layout_table=False, info_agency=False, title_outside=True), "utf-8")
        save("f19_page_title_outside.html", src, r, "html",
             "whole page; the title above the article's block, the sidebar of other agencies' reports before it; <title> is the column's name")
        # 20. Writer PDF whose tables have no ruling lines (borders removed in Word).
        r = brief(hengshan, 2)
        src = tmp / "f20.html"
        page = plain_page(r, body_html(r), "td{border:none !important}").replace('border="1"', 'border="0"')
        src.write_text(page, "utf-8")
        save("f20_pdf_borderless.pdf", tools.soffice(tools.soffice(src, "docx:MS Word 2007 XML"), "pdf"),
             r, "pdf", "Writer PDF, tables without ruling lines (read from their text only)")
        # 21. Chromium PDF: table 三 alone on a page, turned a quarter (a landscape table
        #     in a portrait document), the heading above it upright.
        r = brief(g21b, 2)
        body = body_html(r)
        t3 = table_html(r, "t3")
        turned = (
            '<div style="page-break-before:always;height:1000px;position:relative">'
            '<div style="position:absolute;top:960px;left:0;width:960px;'
            f'transform:rotate(-90deg);transform-origin:top left">{t3}</div></div>'
            '<div style="page-break-before:always"></div>'
        )
        src = tmp / "f21.html"
        src.write_text(plain_page(r, body.replace(t3, turned)), "utf-8")
        tools.chromium(src, pdf=tmp / "f21.pdf")
        save("f21_pdf_turned_table_page.pdf", tmp / "f21.pdf", r, "pdf",
             "Chromium PDF; table 三 turned a quarter on its own page of an upright document")
        # 22. Writer PDF, borderless tables across a page break, page numbers in the footer
        #     and a running header: the numbers of the page furniture sit between rows.
        r = brief(taizhou, 3)

        def borderless(d) -> None:
            for el in d.element.body.iter(q("w:tblBorders"), q("w:tcBorders")):
                el.getparent().remove(el)
            header_footer(d, "泰州市人民政府办公室 2021年1月27日")

        pdf = writer_pdf(r, "f22", borderless)
        save("f22_pdf_borderless_page_numbers.pdf", pdf, r, "pdf",
             "Writer PDF, Traditional; tables without ruling lines, table 三 across a page break, a dated running header and '— N —' page numbers")
        # 23. DOCX made from a form template: table 三's cells and rows in content controls.
        r = taizhou
        p = tools.docx(r, "f23")
        edit_docx(p, lambda d: content_controls(d, gen.to_traditional("本年新收")))
        save("f23_docx_content_controls.docx", p, r, "docx",
             "Traditional; table 三's number cells (every other one) and rows wrapped in content controls (w:sdt)")
        # 24. Chromium PDF with a slanted watermark (the county's name and a date) drawn
        #     over every page, its digits across table cells.
        r = brief(hengshan, 2)
        mark = (
            "<div style='position:fixed;top:300px;left:50px;transform:rotate(-30deg);"
            "font-size:40pt;color:#ccc;opacity:0.5;z-index:9'>衡山县人民政府 2021 08 18</div>"
        )
        src = tmp / "f24.html"
        src.write_text(plain_page(r, mark + body_html(r)), "utf-8")
        tools.chromium(src, pdf=tmp / "f24.pdf")
        save("f24_pdf_watermark.pdf", tmp / "f24.pdf", r, "pdf",
             "Chromium PDF; a watermark slanted 30° with digits (2021 08 18) over the tables on every page")
        # 15. The portal's print page, Big5, Traditional.
        save(
            "f15_print_page_big5.html",
            print_page(taizhou)
            .replace("charset=utf-8", "charset=big5")
            .encode("big5", "xmlcharrefreplace"),
            taizhou,
            "html",
            "print page (打印) in Big5, Traditional script",
        )
        # 16. DOCX, Traditional, table 三 in a text box and table 二 split (Word's merged labels).
        r = with_blanks(taizhou, zeros(taizhou, "t4.")[:3], "")
        p = tools.docx(r, "f16")
        edit_docx(
            p,
            lambda d: (
                into_textboxes(d, [gen.to_traditional("本年新收")]),
                split_table(
                    d, gen.to_traditional("规章"), gen.to_traditional("第二十条第（五）项")
                ),
            ),
        )
        save(
            "f16_docx_traditional_textbox.docx",
            p,
            r,
            "docx",
            "Traditional; table 三 in a text box; table 二 split in two",
        )

        for name, src, truth in made:
            target = out / name
            if isinstance(src, Path):
                shutil.copy(src, target)
            else:
                target.write_bytes(src if isinstance(src, bytes) else src.encode("utf-8"))
            (out / f"{name.rsplit('.', 1)[0]}.truth.json").write_text(
                json.dumps(truth, ensure_ascii=False, indent=1) + "\n", "utf-8"
            )
            print(f"{name}: {target.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
