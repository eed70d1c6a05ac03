"""Build formats7's files and truth.jsonl (see ../README.md for what each file is).

The report model, the HTML/DOCX renderers and the Chromium/LibreOffice drivers are
formats4's, the model edits and image helpers formats5's, the DOCX XML helpers
formats6's (all imported from their builders, not copied); what is new here is the
forms the files take: pages as browsers and SingleFile save them (a _files folder with
the article in an iframe, a real Chromium MHTML, SingleFile's minified HTML with
sf-hidden cells, Firefox's serialized DOM), tables a CMS split or paginated, numbers in
fragments, struck or commented-out old values, diagonal header cells, a hidden PDF
layer, a spreadsheet printout with ### cells, a clipped wide table, ○/〇 zeros,
and inputs the library may not take (CSV, flat ODT, a fax TIFF, a faint scan).
"""

from __future__ import annotations

import html
import http.server
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from base64 import b64encode
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
F4 = HERE.parents[1] / "formats4" / "builder"
F5 = HERE.parents[1] / "formats5" / "builder"
F6 = HERE.parents[1] / "formats6" / "builder"
sys.path.insert(0, str(F4))
from sets import build, load_builder  # noqa: E402

import numpy as np  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from model import T3_COLS, T4_COLS, T4_GROUPS, C, Report  # noqa: E402
from PIL import Image, ImageFilter  # noqa: E402
from pypdf import PdfReader, PdfWriter  # noqa: E402
from pypdf.generic import (  # noqa: E402
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    TextStringObject,
)
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


f5 = load_builder("f5make", F5 / "make.py")
f6 = load_builder("f6make", F6 / "make.py")
f4 = f5.f4

OUT = HERE.parent / "files"
TRUTH: list[dict] = []
ONLY = sys.argv[1:]


def tmpdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="formats7-"))


def t3_keys(rep: Report) -> list[str]:
    return [k for row in f6.t3_value_keys(rep) for k in row]


def grids(rep: Report) -> dict[str, Grid]:
    return {"t2": rep.t2(), "t3": rep.t3(), "t4": rep.t4()}


def keyed_t3(rep: Report, fmt) -> Grid:
    """Table 三 whose value cells are `fmt(key, value_text)` (text, rs, cs)."""
    return f5.t3_grid(rep, lambda rid, col: fmt(f"t3.{rid}.{col}", rep.v(f"t3.{rid}.{col}")))


def saved_page(rep: Report, body_article: str, css: str = "", title: str = "") -> str:
    body = f4.CHROME_TOP + f5.SIDEBAR + body_article + f4.CHROME_BOTTOM.format(agency=rep.agency)
    return page(body, css=css, title=title or rep.title())


TINY_PNG = b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c63f8cfc0f01f0005000201e2264b0b0000000049454e44ae426082"
    )
).decode()


# ---------------------------------------------------------------- saved pages


def j01() -> None:
    rep = Report("无锡市梁溪区民政局", 2021, "2021", 701)
    stem = "j01_html_chrome_complete"
    name = stem + ".html"
    files = OUT / f"{stem}_files"
    if files.exists():
        shutil.rmtree(files)
    files.mkdir(parents=True)
    url = "http://www.wxlx.gov.cn/doc/2022/01/25/3591842.shtml"
    (files / "saved_resource.html").write_text(
        '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        '<link rel="stylesheet" href="./article.css"></head><body><div class="TRS_Editor">'
        + article_body(rep)
        + "</div></body></html>",
        encoding="utf-8",
    )
    (files / "article.css").write_text("table{border-collapse:collapse} td{border:1px solid #000}\n")
    (files / "main.css").write_text(".top{height:40px}.side{float:right;width:200px}\n")
    (files / "jquery.min.js.下载").write_text("/*! jQuery v1.12.4 */window.jQuery=function(){};\n")
    (files / "logo.png").write_bytes(bytes.fromhex("89504e470d0a1a0a"))
    main = (
        f"<!DOCTYPE html>\n<!-- saved from url=({len(url):04d}){url} -->\n"
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        f"<title>{html.escape(rep.title())}_无锡市梁溪区人民政府</title>"
        f'<link rel="stylesheet" href="./{stem}_files/main.css">'
        f'<script src="./{stem}_files/jquery.min.js.下载"></script></head><body>'
        f'<div class="logo"><img src="./{stem}_files/logo.png"></div>'
        + f4.CHROME_TOP
        + f5.SIDEBAR
        + f'<div class="xl_title">{html.escape(rep.title())}</div>'
        + '<div class="xl_info">发布日期：2022-01-25 来源：区民政局 浏览次数：1236</div>'
        + f'<iframe id="contentFrame" src="./{stem}_files/saved_resource.html" width="100%" height="3600" frameborder="0" scrolling="no"></iframe>'
        + f4.CHROME_BOTTOM.format(agency=rep.agency)
        + "</body></html>"
    )
    (OUT / name).write_text(main, encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            "Chrome 'Webpage, Complete': the page (chrome, sidebar with numbers, title line) with the article in an <iframe src=./j01_html_chrome_complete_files/saved_resource.html> saved beside it in the _files folder (with a script named jquery.min.js.下载 as Chrome's Chinese locale names it): the article is read from the frame's file",
        )
    )


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a) -> None:  # noqa: D102
        pass


def cdp_mhtml(url: str) -> str:
    """Chromium's own 'save as MHTML' (Page.captureSnapshot over --remote-debugging-pipe)."""
    r3, w3 = os.pipe()
    r4, w4 = os.pipe()
    prof = tempfile.mkdtemp(prefix="formats7-cdp-")

    def pre() -> None:
        os.dup2(r3, 3)
        os.dup2(w4, 4)

    p = subprocess.Popen(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}", "--remote-debugging-pipe", "about:blank"],
        pass_fds=(3, 4),
        preexec_fn=pre,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(r3)
    os.close(w4)
    out = os.fdopen(w3, "wb", buffering=0)
    inp = os.fdopen(r4, "rb", buffering=0)
    buf = b""
    n = 0

    def send(method: str, params: dict | None = None, session: str | None = None) -> int:
        nonlocal n
        n += 1
        msg: dict = {"id": n, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        out.write(json.dumps(msg).encode() + b"\0")
        return n

    def wait(i: int | None = None, event: str | None = None) -> dict:
        nonlocal buf
        while True:
            while b"\0" not in buf:
                chunk = inp.read(1 << 16)
                if not chunk:
                    raise RuntimeError("chromium closed the pipe")
                buf += chunk
            m, buf = buf.split(b"\0", 1)
            d = json.loads(m)
            if i is not None and d.get("id") == i:
                return d
            if event and d.get("method") == event:
                return d

    tid = wait(send("Target.createTarget", {"url": "about:blank"}))["result"]["targetId"]
    sid = wait(send("Target.attachToTarget", {"targetId": tid, "flatten": True}))["result"]["sessionId"]
    wait(send("Page.enable", {}, sid))
    send("Page.navigate", {"url": url}, sid)
    wait(event="Page.loadEventFired")
    time.sleep(1.5)
    d = wait(send("Page.captureSnapshot", {"format": "mhtml"}, sid))
    send("Browser.close")
    try:
        p.wait(timeout=20)
    except subprocess.TimeoutExpired:
        p.kill()
    shutil.rmtree(prof, ignore_errors=True)
    return d["result"]["data"]


def j02() -> None:
    rep = Report("常州市天宁区卫生健康委员会", 2020, "2019", 702)
    name = "j02_mhtml_chromium_snapshot.mhtml"
    site = tmpdir()
    (site / "css").mkdir()
    (site / "css" / "main.css").write_text(".top{height:40px}.side{float:right;width:200px}td{border:1px solid #000}")
    # the portal's page (GBK, as the site serves it) frames the article page, which frames nothing
    (site / "index.html").write_bytes(
        (
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
            f"<title>{html.escape(rep.title())}-常州市天宁区人民政府</title>"
            '<link rel="stylesheet" href="css/main.css"></head><body>'
            + f4.CHROME_TOP
            + f5.SIDEBAR
            + '<iframe src="content/3591842.html" width="100%" height="3600" frameborder="0"></iframe>'
            + f4.CHROME_BOTTOM.format(agency=rep.agency)
            + "</body></html>"
        ).encode("gbk")
    )
    (site / "content").mkdir()
    (site / "content" / "3591842.html").write_bytes(
        (
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
            '<link rel="stylesheet" href="../css/main.css"></head><body>'
            + article_body(rep)
            + "</body></html>"
        ).encode("gbk")
    )
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(site)))
    th = threading.Thread(target=srv.serve_forever, daemon=True)
    th.start()
    try:
        data = cdp_mhtml(f"http://127.0.0.1:{srv.server_address[1]}/index.html")
    finally:
        srv.shutdown()
    (OUT / name).write_bytes(data.encode("utf-8"))
    TRUTH.append(
        rep.truth(
            name,
            "a real Chromium MHTML (Page.captureSnapshot, as 'Save as… Webpage, Single File' writes it) of a GBK portal page framing the article page (served over http): Blink re-encodes both frames as UTF-8 quoted-printable parts, the article a cid:frame-…@mhtml.blink part, the stylesheet a part of its own; 2019 template",
        )
    )


def _minify_like_singlefile(h: str) -> str:
    """SingleFile's HTML compression: optional end tags dropped, simple attribute values unquoted."""
    h = re.sub(r"</(td|tr|th|p|li|tbody)>", "", h)
    h = re.sub(r'(\s[a-z-]+)="([A-Za-z0-9_-]+)"', r"\1=\2", h)
    return h.replace("\n", "")


def j03() -> None:
    rep = Report("南通市崇川区住房和城乡建设局", 2021, "2021", 703)
    name = "j03_html_singlefile.html"
    prev = random.Random(7031)

    def old(v: str) -> str:
        return str(int(float(v)) + prev.randint(1, 9)) if re.fullmatch(r"[0-9]+", v) else str(prev.randint(1, 30))

    def table(n, rows):
        h = html_table(rows)
        if n == "t2":
            return h
        out = []
        for line in h.split("\n"):
            if line.startswith("<tr>"):
                tds = re.findall(r"<td[^>]*>.*?</td>", line)
                nums = [i for i, td in enumerate(tds) if re.fullmatch(r"<td>[0-9]+</td>", td)]
                if n == "t3" and nums:
                    # the page's 上年 column (a toggle the CMS hides): after 自然人, before 总计
                    v = re.sub(r"<[^>]+>", "", tds[nums[-1]])
                    tds.insert(nums[-1], f'<td class="sf-hidden">{old(v)}</td>')
                elif n == "t3" and "自然人" in line:
                    tds.insert(len(tds) - 1, '<td rowspan="2" class="sf-hidden">上年</td>')
                elif n == "t4" and nums:
                    tds = tds[:5] + ['<td class="sf-hidden">' + old("3") + "</td>"] + tds[5:]
                line = "<tr>" + "".join(tds) + "</tr>"
            out.append(line)
        return "\n".join(out)

    css = (
        "body{margin:0;font:14px/1.6 'Microsoft YaHei',sans-serif}.top{height:40px;background:url(data:image/png;base64,"
        + TINY_PNG
        + ")}.side{float:right;width:200px}table{border-collapse:collapse}td{border:1px solid #000;padding:2px}"
        ".sf-hidden{display:none!important}"
    )
    art = (
        f'<div class=article><img src="data:image/png;base64,{TINY_PNG}" alt="">'
        + article_body(rep, table=table)
        + "</div>"
    )
    doc = (
        '<!DOCTYPE html> <html lang=zh-CN><!--\n Page saved with SingleFile \n url: http://www.chuanchuan.gov.cn/ntccq/nb/content/2022-01/b21a.html \n'
        " saved date: Tue Mar 08 2022 09:41:27 GMT+0800 (中国标准时间)\n--><meta charset=utf-8>"
        f"<title>{html.escape(rep.title())}</title>"
        "<meta http-equiv=content-security-policy content=\"default-src 'none'; font-src 'self' data:; img-src 'self' data:; style-src 'unsafe-inline'; media-src 'self' data:; script-src 'unsafe-inline' data:; object-src 'self' data:; frame-src 'self' data:;\">"
        f"<style>{css}</style><link rel=canonical href=http://www.chuanchuan.gov.cn/ntccq/nb/content/2022-01/b21a.html><body>"
        + _minify_like_singlefile(f4.CHROME_TOP + f5.SIDEBAR + art + f4.CHROME_BOTTOM.format(agency=rep.agency))
    )
    (OUT / name).write_text(doc, encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            "a page saved by SingleFile: its comment banner, CSS inlined in one <style>, images as data: URIs, HTML compressed as SingleFile does (no </td>, </tr>, </p>, </tbody>; unquoted attributes; no newlines); table 三 and 四 hold the CMS's hidden 上年 column, cells class=\"sf-hidden\" (display:none!important in the inlined stylesheet) with other numbers: only the shown cells count",
        )
    )


def j04() -> None:
    rep = Report("徐州市鼓楼区市场监督管理局", 2021, "2021", 704)
    stem = "j04_html_firefox_complete"
    name = stem + ".html"
    files = OUT / f"{stem}_files"
    if files.exists():
        shutil.rmtree(files)
    files.mkdir(parents=True)
    (files / "render.js").write_text("function render(d){/* fills #t2 #t3 #t4 from window.NB */}\n")
    other = Report(rep.agency, 2020, "2021", 7040)
    data = {
        str(y): {k: v for k, v in r.cells.items() if k.startswith("t3.new") or k.startswith("t4.")}
        for y, r in ((2020, other), (2021, rep))
    }

    def table(n, rows):
        h = html_table(rows)
        # the DOM as the page's script left it: each value cell keeps the key it was filled from
        return h.replace("<table ", f'<table id="{n}" data-rendered="1" ', 1)

    canvas = (
        '<h4>近两年依申请公开情况</h4><canvas id="chart" width="600" height="240">'
        "<table><tr><td>年度</td><td>2020</td><td>2021</td></tr>"
        f"<tr><td>本年新收政府信息公开申请数量</td><td>{other.cells['t3.new.total']}</td><td>{rep.cells['t3.new.total']}</td></tr>"
        f"<tr><td>行政复议</td><td>{other.cells['t4.review.total']}</td><td>{rep.cells['t4.review.total']}</td></tr>"
        "</table></canvas>"
    )
    body = (
        f4.CHROME_TOP
        + '<div class="nianfen">年度：<select id="year"><option value="2019">2019</option><option value="2020">2020</option>'
        '<option value="2021" selected="selected">2021</option></select></div>'
        + f5.SIDEBAR
        + article_body(rep, table=table)
        + canvas
        + f"<script>window.NB={json.dumps(data, ensure_ascii=False)};</script>"
        + f'<script src="{stem}_files/render.js"></script>'
        + f4.CHROME_BOTTOM.format(agency=rep.agency)
    )
    doc = (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head>\n"
        '<meta http-equiv="content-type" content="text/html; charset=UTF-8">\n'
        f"<title>{html.escape(rep.title())}</title>\n"
        "<style>table{border-collapse:collapse} td{border:1px solid #000}</style>\n</head>\n<body>"
        + body
        + "\n\n</body></html>"
    )
    (OUT / name).write_text(doc, encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            "Firefox 'Web Page, complete': the DOM after the page's script ran (tables filled, ids and data attributes), the script's data of two years (2020's numbers) still in a <script>, a <canvas> chart whose fallback table (never shown where canvas works) holds 2020's and 2021's 本年新收 and 行政复议 totals, a year <select>: only the article's tables count",
        )
    )


def j05() -> None:
    rep = Report("盐城市亭湖区教育局", 2021, "2021", 705)
    name = "j05_html_cms_split_tables.html"

    def table(n, rows):
        if n == "t2":
            # one <table> per 第二十条 item, the item line a caption paragraph above it
            parts, cur = [], []
            for row in rows:
                if row[0][0].startswith("第二十条"):
                    if cur:
                        parts.append(html_table(cur))
                        cur = []
                    parts.append(f"<p><strong>{row[0][0]}</strong></p>")
                else:
                    cur.append(row)
            parts.append(html_table(cur))
            return "\n".join(parts)
        if n == "t3":
            head = rep.t3_header()
            body = rep.t3_rows()
            chunks = [body[:2], body[2:4], body[4:12], body[12:15], body[15:20], body[20:23], body[23:]]
            out = []
            for ci, ch in enumerate(chunks):
                g = [list(r) for r in head]
                for rid, _labels, lead in ch:
                    lead = list(lead)
                    if lead and lead[0][0] == "三、本年度办理结果":
                        lead = lead[1:]
                    if ci in (1, 2, 3, 4, 5) and rid == ch[0][0]:
                        lead = [C("三、本年度办理结果", rs=len(ch))] + lead
                    if rid == "results_total":
                        lead = [C("三、本年度办理结果")] + lead
                    g.append(lead + [C(rep.v(f"t3.{rid}.{c}")) for c in T3_COLS])
                out.append(html_table(g))
            return "\n".join(out)
        return (
            "<p><strong>行政复议</strong></p>"
            + html_table([[C(x) for x in T4_COLS_ZH], [C(rep.v(f"t4.review.{c}")) for c in T4_COLS]])
            + "<p><strong>行政诉讼</strong></p>"
            + html_table(
                [
                    [C("未经复议直接起诉", cs=5), C("复议后起诉", cs=5)],
                    [C(x) for x in T4_COLS_ZH * 2],
                    [C(rep.v(f"t4.{gr}.{c}")) for gr in ("suit_direct", "suit_after_review") for c in T4_COLS],
                ]
            )
        )

    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table)), encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            "saved page where the CMS split every table at its section headers: table 二 as four <table>s, each 第二十条第（X）项 line a bold paragraph above its table; table 三 as seven <table>s (new/carried_in, 予以/部分公开, 不予公开, 无法提供, 不予处理, 其他处理, 总计/结转), the three header rows repeated in each, 三、本年度办理结果 a rowspan over each piece's rows; table 四 as two tables (行政复议 with its five column heads; 行政诉讼 with both groups)",
        )
    )


T4_COLS_ZH = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def _fragment(v: str, i: int) -> str:
    """One number written in pieces as editors' HTML holds it."""
    if len(v) < 2:
        forms = [
            f"<p>&nbsp;</p><p>{v}</p><p>&nbsp;</p>",
            f"<span style=\"font-family:宋体\"><span lang=\"EN-US\">{v}</span></span><o:p></o:p>",
            f"<b>{v}</b>",
            f"<p style=\"text-align:center\"><font face=\"Times New Roman\">{v}</font></p>",
        ]
        return forms[i % len(forms)]
    a, b = v[: len(v) // 2], v[len(v) // 2 :]
    forms = [
        f"<span>{a}</span><span>{b}</span>",
        f"<p>&nbsp;</p><p><span lang=\"EN-US\">{a}</span><span lang=\"EN-US\">{b}</span></p>",
        f"{a}<wbr>{b}",
        f"<font face=\"Arial\">{a}</font>{b}",
        f"{a}&#8203;{b}",
        f"<p><span>{a}</span></p>".replace("</p>", "") + f"<span>{b}</span></p>",
        f"<strong>{a}</strong><strong>{b}</strong>",
        f"{a}&shy;{b}",
    ]
    return forms[i % len(forms)]


def _fragment_table(rows: Grid, counter: list[int]) -> str:
    out = ['<table border="1" cellspacing="0" cellpadding="3">']
    for row in rows:
        tds = []
        for text, rs, cs in row:
            span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            if re.fullmatch(r"[0-9]+(\.[0-9]+)?", text):
                counter[0] += 1
                if "." in text:
                    ip, fp = text.split(".")
                    inner = f"<span>{ip}</span><span>.</span><span>{fp}</span>"
                else:
                    inner = _fragment(text, counter[0])
            else:
                inner = html.escape(text)
            tds.append(f"<td{span}>{inner}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def j06() -> None:
    rep = Report("宿迁市宿城区交通运输局", 2021, "2021", 706)
    name = "j06_html_number_fragments.html"
    counter = [0]
    art = article_body(rep, table=lambda n, rows: _fragment_table(rows, counter))
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            "saved page whose table numbers are written in pieces as pasted HTML holds them: two <span>s (12 as <span>1</span><span>2</span>), <b>/<strong>/<font> pieces, a <wbr>, a zero-width space or a soft hyphen between digits, empty <p>&nbsp;</p> paragraphs above and below, <o:p></o:p>, 395<span>.</span>23: each cell one number",
        )
    )


# ---------------------------------------------------------------- DOCX and its PDF


def _diag(cell, top: str, bottom: str) -> None:
    """A 斜线表头: the cell's top-left to bottom-right border, one label up right, one down left."""
    tc = cell._tc
    pr = tc.get_or_add_tcPr()
    borders = pr.find(qn("w:tcBorders"))
    if borders is None:
        borders = pr.makeelement(qn("w:tcBorders"), {})
        pr.append(borders)
    borders.append(borders.makeelement(qn("w:tl2br"), {qn("w:val"): "single", qn("w:sz"): "4", qn("w:space"): "0", qn("w:color"): "auto"}))
    for p in list(cell.paragraphs):
        p._p.getparent().remove(p._p)
    p1 = cell.add_paragraph(top)
    p1.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p2 = cell.add_paragraph(bottom)
    p2.alignment = WD_ALIGN_PARAGRAPH.LEFT


def _diag_docx(rep: Report):
    def table(doc, n, rows):
        if n == "t3":
            rows = [list(r) for r in rows]
            rows[0][0] = C("@diag@", rs=3, cs=3)
        t = docx_table(doc, rows)
        add_borders(t)
        if n == "t3":
            _diag(t.cell(0, 0), "申请人情况", "办理情况")
        if n == "t2":
            for r, row in enumerate(rows):
                if row[0][0] == "信息内容":
                    _diag(t.cell(r, 0), "数量", "信息内容")

    return docx_report(rep, table=table)


def j07() -> None:
    rep = Report("泰州市姜堰区水利局", 2021, "2021", 707)
    name = "j07_docx_diagonal_header.docx"
    _diag_docx(rep).save(str(OUT / name))
    TRUTH.append(
        rep.truth(
            name,
            "DOCX with 斜线表头: table 三's corner (3×3 merged, the 勾稽 note dropped) a diagonal-border cell (w:tl2br) holding 申请人情况 right-aligned above 办理情况 left-aligned; each 信息内容 cell of table 二 the same with 数量 above 信息内容",
        )
    )


def j08() -> None:
    rep = Report("扬州市江都区卫生健康委员会", 2020, "2019", 708)
    name = "j08_pdf_diagonal_header.pdf"
    d = tmpdir()
    _diag_docx(rep).save(str(d / "r.docx"))
    shutil.copy(soffice(d / "r.docx", "pdf", d), OUT / name)
    TRUTH.append(
        rep.truth(
            name,
            "Writer PDF of a DOCX with 斜线表头 (j07's kind, 2019 template): the diagonal rule drawn across table 三's corner and table 二's 信息内容 cells, the two labels of each at its top right and bottom left",
        )
    )


def _zero_marks_docx(rep: Report) -> tuple[object, dict]:
    """Table 三 with zeros as 〇 / ○ / 0 and some blank cells ('—', '/', '无', '-'),
    table 四 as two stacked tables, header labels broken with line breaks."""
    rnd = random.Random(718)
    # a few cells blank in the source: the model's zero there, written as a blank mark
    truth = dict(rep.cells)
    marks_zero = ["〇", "○", "0"]
    marks_blank = ["—", "/", "无", "-"]
    nz = [0]

    def fmt(key: str, v: str):
        if v == "0" and not key.endswith(".total"):
            nz[0] += 1
            if rnd.random() < 0.25:
                truth[key] = None
                return C(marks_blank[nz[0] % 4])
            return C(marks_zero[nz[0] % 3])
        return C(v)

    t3 = keyed_t3(rep, fmt)
    t3[1] = [C("自然\n人", rs=2), C("法人或其他\n组织", cs=5), C("总\n计", rs=2)]
    t3[2] = [C("商业\n企业"), C("科研\n机构"), C("社会公益\n组织"), C("法律服务\n机构"), C("其\n他")]
    return t3, truth


def j18() -> None:
    rep = Report("淮安市清江浦区司法局", 2021, "2021", 718)
    name = "j18_docx_zero_marks_stacked_t4.docx"
    t3, truth = _zero_marks_docx(rep)

    def table(doc, n, rows):
        if n == "t3":
            add_borders(docx_table(doc, t3))
        elif n == "t4":
            add_borders(docx_table(doc, [[C("行政复议", cs=5)], [C(x) for x in T4_COLS_ZH], [C(rep.v(f"t4.review.{c}")) for c in T4_COLS]]))
            doc.add_paragraph("")
            add_borders(
                docx_table(
                    doc,
                    [
                        [C("行政诉讼", cs=10)],
                        [C("未经复议直接起诉", cs=5), C("复议后起诉", cs=5)],
                        [C(x) for x in T4_COLS_ZH * 2],
                        [C(rep.v(f"t4.{g}.{c}")) for g in ("suit_direct", "suit_after_review") for c in T4_COLS],
                    ],
                )
            )
        else:
            add_borders(docx_table(doc, rows))

    docx_report(rep, table=table).save(str(OUT / name))
    t = rep.truth(
        name,
        "DOCX: table 三's zeros written 〇 (U+3007), ○ (U+25CB, the circle people type for it) or 0, some zero cells left blank as —, /, 无, - (null); its header labels broken by line breaks (自然↵人, 法人或其他↵组织, 社会公益↵组织…); table 四 as two stacked tables (行政复议 above, 行政诉讼 below with both groups)",
    )
    t["cells"] = truth
    TRUTH.append(t)


# ---------------------------------------------------------------- PDFs


def _t3_value_words(pdf: Path, keys_per_row: list[list[str]]) -> dict[str, tuple[int, float, float, float, float]]:
    """Where each table 三 value is drawn: page, x0, top, x1, bottom (pdfplumber),
    matched row by row between the header 自然人 and the row 四、结转下年度继续办理."""
    import pdfplumber

    out: dict = {}
    with pdfplumber.open(str(pdf)) as doc:
        for pno, pg in enumerate(doc.pages):
            words = pg.extract_words(keep_blank_chars=False, use_text_flow=False)
            for w in words:  # Chromium's ToUnicode writes Kangxi radicals (⼈ for 人)
                w["text"] = unicodedata.normalize("NFKC", w["text"])
            heads = [w for w in words if "申请人情况" in w["text"]]
            if not heads:
                continue
            top = heads[0]["top"]
            ends = [w for w in words if "结转下年度" in w["text"]]
            bottom = ends[0]["bottom"] + 2 if ends else pg.height
            nums = [w for w in words if re.fullmatch(r"[0-9]+", w["text"]) and top < w["top"] < bottom]
            rows: list[list[dict]] = []
            for w in sorted(nums, key=lambda w: (round(w["top"]), w["x0"])):
                if rows and abs(rows[-1][0]["top"] - w["top"]) < 3:
                    rows[-1].append(w)
                else:
                    rows.append([w])
            rows = [sorted(r, key=lambda w: w["x0"]) for r in rows if len(r) == 7]
            assert len(rows) == len(keys_per_row), (len(rows), len(keys_per_row))
            for ks, ws in zip(keys_per_row, rows):
                for k, w in zip(ks, ws):
                    out[k] = (pno, w["x0"], w["top"], w["x1"], w["bottom"])
    return out


def j09() -> None:
    rep = Report("镇江市润州区住房和城乡建设局", 2021, "2021", 709)
    name = "j09_pdf_hidden_layer.pdf"
    d = tmpdir()
    css = ".t3break{page-break-before:always} table{font-size:8pt}"

    def table(n, rows):
        h = html_table(rows)
        return f'<div class="t3break"></div>{h}' if n == "t3" else h

    chromium_pdf(page(article_body(rep, table=table), css=css), d / "src.pdf")
    pos = _t3_value_words(d / "src.pdf", f6.t3_value_keys(rep))
    rnd = random.Random(709)
    reader = PdfReader(str(d / "src.pdf"))
    writer = PdfWriter(clone_from=reader)
    ocg = writer._add_object(
        DictionaryObject({NameObject("/Type"): NameObject("/OCG"), NameObject("/Name"): TextStringObject("初稿数据")})
    )
    writer._root_object[NameObject("/OCProperties")] = DictionaryObject(
        {
            NameObject("/OCGs"): ArrayObject([ocg]),
            NameObject("/D"): DictionaryObject(
                {
                    NameObject("/OFF"): ArrayObject([ocg]),
                    NameObject("/Order"): ArrayObject([ocg]),
                    NameObject("/Name"): TextStringObject("Layers"),
                }
            ),
        }
    )
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    by_page: dict[int, list] = {}
    for k, (pno, x0, top, x1, bottom) in pos.items():
        by_page.setdefault(pno, []).append((k, x0, top, x1, bottom))
    n_hidden = 0
    for pno, items in by_page.items():
        pg = writer.pages[pno]
        h = float(pg.mediabox.height)
        ops = ["/OC /oc1 BDC", "BT", "0 0 0 rg"]
        for k, x0, top, x1, bottom in items:
            stale = int(rep.cells[k]) + rnd.choice([1, 2, 3, 5, 10])
            size = (bottom - top) * 1.0
            ops.append(f"/FOCG {size:.2f} Tf 1 0 0 1 {x0:.2f} {h - bottom + size * 0.2:.2f} Tm ({stale}) Tj")
            n_hidden += 1
        ops += ["ET", "EMC"]
        stream = DecodedStreamObject()
        stream.set_data(("q\n" + "\n".join(ops) + "\nQ\n").encode("latin-1"))
        ref = writer._add_object(stream)
        res = pg["/Resources"].get_object()
        fonts = res.get("/Font")
        if fonts is None:
            res[NameObject("/Font")] = DictionaryObject()
            fonts = res["/Font"]
        fonts.get_object()[NameObject("/FOCG")] = font
        props = res.get("/Properties")
        if props is None:
            res[NameObject("/Properties")] = DictionaryObject()
            props = res["/Properties"]
        props.get_object()[NameObject("/oc1")] = ocg
        contents = pg.get("/Contents")
        arr = ArrayObject(list(contents.get_object()) if isinstance(contents.get_object(), list) else [contents])
        # the page's own content in q … Q: Chromium leaves its flipped, scaled CTM set at
        # the end of its stream, and the layer is drawn in default user space
        push = DecodedStreamObject()
        push.set_data(b"q\n")
        pop = DecodedStreamObject()
        pop.set_data(b"\nQ\n")
        arr.insert(0, writer._add_object(push))
        arr.append(writer._add_object(pop))
        arr.append(ref)
        pg[NameObject("/Contents")] = arr
    assert n_hidden == 175, n_hidden
    with open(OUT / name, "wb") as fh:
        writer.write(fh)
    TRUTH.append(
        rep.truth(
            name,
            f"Chromium PDF with an optional content group (layer 初稿数据) switched OFF in the document's default view (/OCProperties /D /OFF): it draws a draft figure over each of table 三's {n_hidden} values (Helvetica, the value's position and size, another number), invisible in every viewer: only the shown numbers count",
        )
    )


def _sheet_table(rows: Grid, widths: list[int], hashes: set[int]) -> str:
    """A table as a spreadsheet prints it: fixed column widths, numbers right-aligned,
    a number too wide for its column printed as #### (Excel and Calc do), labels clipped."""
    from model import grid_positions

    cells, _w = grid_positions(rows)
    out = ['<table class="xl">', "<colgroup>" + "".join(f'<col style="width:{w}px">' for w in widths) + "</colgroup>"]
    by_row: dict[int, list] = {}
    for r, c, t, rs, cs in cells:
        by_row.setdefault(r, []).append((c, t, rs, cs))
    n_hash = 0
    for r in sorted(by_row):
        tds = []
        for c, t, rs, cs in by_row[r]:
            span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            if re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", t):
                if c in hashes and len(t) >= 2:
                    n_hash += 1
                    t = "###"
                tds.append(f'<td class="n"{span}>{t}</td>')
            else:
                tds.append(f"<td{span}>{html.escape(t)}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</table>")
    return "\n".join(out), n_hash


def j10() -> None:
    rep = Report("连云港市海州区统计局", 2021, "2021", 710)
    name = "j10_pdf_sheet_printout.pdf"
    n_hash = 0
    parts = [f'<p class="xt">{rep.agency}{rep.year}年政府信息公开工作年度报告附表</p>']
    for n, g in grids(rep).items():
        parts.append(f'<p class="xt">{TABLE_TITLES[n]}</p>')
        widths = {"t2": [110, 64, 64, 64], "t3": [40, 60, 120] + [44] * 6 + [12], "t4": [44] * 15}[n]
        hashes = {"t2": set(), "t3": {9}, "t4": {9, 14}}[n]
        h, k = _sheet_table(g, widths, hashes)
        n_hash += k
        parts.append(h)
    css = (
        "@page{size:A4 landscape;margin:12mm} body{font-family:'Noto Sans CJK SC',sans-serif}"
        ".xl{border-collapse:collapse;table-layout:fixed;font-size:8pt}"
        ".xl td{border:0.5pt solid #000;padding:0 2px;overflow:hidden;white-space:nowrap;height:14px}"
        ".xl td.n{text-align:right} .xt{font-size:9pt;margin:4px 0}"
    )
    chromium_pdf(page("\n".join(parts), css=css), OUT / name)
    t = rep.truth(
        name,
        f"the statistics attachment (a spreadsheet: the three tables on one sheet under a title row) as a spreadsheet prints it, imitated with Chromium (Calc is not installed): fixed column widths, numbers right-aligned, labels clipped by their cells (no wrap), the 总计 column of table 三 and the 总计 columns of table 四 too narrow, so each number of two or more digits there prints as ### ({n_hash} cells): those cells cannot be read and must not be guessed (derived from the sums is right); no prose, no section",
    )
    t["sections"] = []
    TRUTH.append(t)


def j20() -> None:
    rep = Report("南京市玄武区商务局", 2021, "2021", 720)
    name = "j20_pdf_clipped_wide_table.pdf"
    css = (
        ".wide table{width:1150px;table-layout:fixed;font-size:11pt} .wide td{white-space:nowrap}"
        "@page{size:A4;margin:15mm}"
    )

    def table(n, rows):
        h = html_table(rows)
        return f'<div class="wide">{h}</div>' if n == "t3" else h

    chromium_pdf(page(article_body(rep, table=table), css=css), OUT / name)
    TRUTH.append(
        rep.truth(
            name,
            "Chromium print of a page whose table 三 is fixed at 1150px with no-wrap cells: wider than the A4 page, so the browser clips its right part (the last columns fall off the page edge, partly or wholly); the cells that are not on the page may stay unread, none may be read shifted",
        )
    )


# ---------------------------------------------------------------- inputs the library may not take


def j11() -> None:
    rep = Report("苏州市吴江区档案馆", 2021, "2021", 711)
    name = "j11_csv_gbk_tables.csv"
    from model import grid_positions

    lines = [f"{rep.agency}{rep.year}年政府信息公开工作年度报告附表"]
    for n, g in grids(rep).items():
        lines.append(TABLE_TITLES[n])
        cells, w = grid_positions(g)
        at = {(r, c): t for r, c, t, _rs, _cs in cells}
        for r in range(len(g)):
            vals = [at.get((r, c), "") for c in range(w)]
            lines.append(",".join(f'"{v}"' if ("," in v or "“" in v) else v for v in vals))
        lines.append("")
    (OUT / name).write_bytes("\r\n".join(lines).encode("gbk"))
    t = rep.truth(
        name,
        "the tables as Excel's CSV from a Chinese Windows (GBK, CRLF): a merged cell's text in its first column, empty fields after it, a title line: read or a clear read.* error, never a shifted cell",
        expect="read_or_error",
        error_codes=["read."],
    )
    t["sections"] = []
    TRUTH.append(t)


def j12() -> None:
    rep = Report("无锡市惠山区农业农村局", 2020, "2019", 712)
    name = "j12_flat_odt.fodt"
    d = tmpdir()
    f6._docx_with_tables(rep)[0].save(str(d / "r.docx"))
    shutil.copy(soffice(d / "r.docx", "fodt", d), OUT / name)
    TRUTH.append(
        rep.truth(
            name,
            "a flat OpenDocument text (.fodt: the whole document as one XML file, LibreOffice 'Flat XML ODF'), 2019 template: read or a clear read.* error",
            expect="read_or_error",
            error_codes=["read."],
        )
    )


def _pages_gray(pdf: Path, dpi: int) -> list[Image.Image]:
    d = tmpdir()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(pdf), str(d / "p")], check=True)
    return [Image.open(p).convert("L") for p in sorted(d.glob("p-*.pgm"))]


def j13() -> None:
    rep = Report("常州市武进区城市管理局", 2021, "2021", 713)
    name = "j13_pdf_faint_scan.pdf"
    d = tmpdir()
    chromium_pdf(page(article_body(rep)), d / "src.pdf")
    out = []
    for i, im in enumerate(_pages_gray(d / "src.pdf", 150)):
        px = np.asarray(im, dtype=np.float32)
        # toner running out: ink at 60-70 % grey on greyish paper, uneven across the page
        h, w = px.shape
        ramp = np.linspace(0, 18, w)[None, :]
        px = 205 - (255 - px) / 255 * (62 - ramp) + np.random.default_rng(i).normal(0, 7, px.shape)
        im2 = Image.fromarray(np.clip(px, 0, 255).astype(np.uint8)).rotate(
            [1.8, -2.3, 2.6, -1.5, 2.1, -2.8][i % 6], resample=Image.BICUBIC, fillcolor=205
        )
        out.append(im2.filter(ImageFilter.GaussianBlur(0.6)))
    f5.images_pdf(out, OUT / name, 150, 40)
    TRUTH.append(
        rep.truth(
            name,
            "image-only scan of a faint print (150 dpi, ink at ~25 % contrast on grey paper, fading across the page, skewed 1.5–2.8°, noise, blur, JPEG 40): OCR or a clear error; what OCR cannot read stays unread",
            expect="read_or_error",
            error_codes=["read."],
        )
    )


def j14() -> None:
    rep = Report("南通市海门区审计局", 2020, "2019", 714)
    name = "j14_tiff_fax_g4.tif"
    d = tmpdir()
    chromium_pdf(page(article_body(rep)), d / "src.pdf")
    subprocess.run(["pdftoppm", "-rx", "204", "-ry", "98", "-mono", str(d / "src.pdf"), str(d / "p")], check=True)
    pages = [Image.open(p).convert("1") for p in sorted(d.glob("p-*.pbm"))]
    pages[0].save(OUT / name, "TIFF", compression="group4", dpi=(204, 98), save_all=True, append_images=pages[1:])
    TRUTH.append(
        rep.truth(
            name,
            "a multi-page fax TIFF (CCITT Group 4, 1-bit, 'normal' fax resolution 204×98 dpi: pixels twice as tall as wide), 2019 template: OCR or a clear error",
            expect="read_or_error",
            error_codes=["read."],
        )
    )


# ---------------------------------------------------------------- pages with stale values, pages of a paginated article


def j15() -> None:
    rep = Report("泰州市高港区财政局", 2021, "2021", 715)
    name = "j15_html_struck_and_commented.html"
    rnd = random.Random(715)
    struck = [0]

    def fmt(key: str, v: str):
        if rnd.random() < 0.2:
            struck[0] += 1
            old = str(int(v) + rnd.choice([1, 2, 4]))
            tag = ["del", "s", "strike"][struck[0] % 3]
            sep = " " if struck[0] % 2 else ""
            return C(f"@@<{tag}>{old}</{tag}>{sep}{v}@@")
        return C(v)

    t3 = keyed_t3(rep, fmt)
    old_rep = Report(rep.agency, 2020, "2021", 7150)

    def table(n, rows):
        if n == "t3":
            h = html_table(t3)
            return re.sub(r"@@(.*?)@@", lambda m: html.unescape(m.group(1)), h)
        if n == "t2":
            return "<!-- 2020年度表格（旧版，勿删）\n" + html_table(old_rep.t2()) + "\n-->\n" + html_table(rows)
        return (
            '<template id="tpl-t4">' + html_table(old_rep.t4()) + "</template>\n"
            + html_table(rows)
            + '\n<textarea style="display:none" name="t4src">' + html.escape(html_table(old_rep.t4())) + "</textarea>"
        )

    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table)), encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            f"saved page with old values kept in the markup: {struck[0]} table 三 cells hold a struck-out old number (<del>, <s>, <strike>) before the current one (with or without a space); last year's table 二 inside an HTML comment above the table; last year's table 四 in a <template> and again escaped in a hidden <textarea>: only the current values count",
        )
    )


def _paged(rep: Report, cut_row: str) -> tuple[str, str]:
    """The article cut by a CMS's pagination (<!--pagebreak-->) inside table 三, before
    the row `cut_row`: the table closed on page 1 and reopened (no header) on page 2."""
    rows = rep.t3_rows()
    idx = [r[0] for r in rows].index(cut_row)
    head = [list(r) for r in rep.t3_header()]
    first = head + [lead + [C(rep.v(f"t3.{rid}.{c}")) for c in T3_COLS] for rid, _l, lead in rows[:idx]]
    second = []
    for j, (rid, _l, lead) in enumerate(rows[idx:]):
        lead = [x for x in lead if x[0] != "三、本年度办理结果"]
        if j == 0:
            group = rid.split(".")[0]
            left = sum(1 for r in rows[idx:] if r[0].startswith(group + "."))
            lead = [C("", rs=left)] + lead if "." in rid else lead
            lead = [C("", rs=sum(1 for r in rows[idx:] if r[0] not in ("results_total", "carried_out")) + 1)] + lead
        second.append(lead + [C(rep.v(f"t3.{rid}.{c}")) for c in T3_COLS])
    # rowspans cut by the page: the first part's merges shortened to what it holds
    fixed = []
    for r, row in enumerate(first):
        new = []
        for text, rs, cs in row:
            new.append((text, min(rs, len(first) - r), cs))
        fixed.append(new)
    art_all = article_body(rep, table=lambda n, g: "@@" + n + "@@")
    art_all = art_all.replace("@@t2@@", html_table(rep.t2())).replace("@@t4@@", html_table(rep.t4()))
    a, b = art_all.split("@@t3@@")
    # the cut also leaves the 不予公开 / 无法提供 ... group label as an empty rowspan cell on page 2
    p1 = a + html_table(fixed)
    p2 = html_table(second) + b
    return p1, p2


def j16_j17_pages(rep: Report) -> tuple[str, str]:
    return _paged(rep, "denied.process")


PAGER = '<div class="page">{links}</div>'


def j16() -> None:
    rep = Report("淮安市淮阴区人力资源和社会保障局", 2021, "2021", 716)
    name = "j16_html_paginated_page1.html"
    p1, _p2 = j16_j17_pages(rep)
    pager = PAGER.format(links='<span>1</span> <a href="3591842_2.shtml">2</a> <a href="3591842_2.shtml">下一页</a>')
    (OUT / name).write_text(saved_page(rep, p1 + pager), encoding="utf-8")
    keep = [r[0] for r in rep.t3_rows()]
    keep = keep[: keep.index("denied.process")]
    cells = {k: v for k, v in rep.cells.items() if k.startswith("t2.") or (k.startswith("t3.") and k.split(".", 1)[1].rsplit(".", 1)[0] in keep)}
    t = rep.truth(
        name,
        "page 1 of a report the CMS paginated (<!--pagebreak-->) inside table 三: sections 一–三, table 二 whole, table 三's header and rows 本年新收 … 5.属于三类内部事务信息 (the table closed there, the rowspans cut to what the page holds), a pager 1 2 下一页; the rest of table 三 and table 四 are on page 2, not in this file: none of their cells may be read",
    )
    t["cells"] = cells
    t["sections"] = ["overview", "proactive", "requests"]
    TRUTH.append(t)


def j17() -> None:
    rep = Report("淮安市淮阴区人力资源和社会保障局", 2021, "2021", 716)
    name = "j17_html_paginated_page2.html"
    _p1, p2 = j16_j17_pages(rep)
    pager = PAGER.format(links='<a href="3591842.shtml">上一页</a> <a href="3591842.shtml">1</a> <span>2</span>')
    (OUT / name).write_text(
        saved_page(rep, f'<h1 class="title">{html.escape(rep.title())}</h1>' + p2 + pager, title=rep.title() + "(2)"),
        encoding="utf-8",
    )
    rows = [r[0] for r in rep.t3_rows()]
    keep = rows[rows.index("denied.process") :]
    cells = {k: v for k, v in rep.cells.items() if k.startswith("t4.") or (k.startswith("t3.") and k.split(".", 1)[1].rsplit(".", 1)[0] in keep)}
    t = rep.truth(
        name,
        "page 2 of the same paginated report (j16's): the title line, then table 三 going on without its header rows (6.属于四类过程性信息 … 四、结转下年度继续办理; the group and 办理结果 label cells of the cut merges empty), sections 四–六 with table 四, a pager: the rows here may be read only where their columns are certain without the header; table 二 is not in this file",
    )
    t["cells"] = cells
    t["sections"] = ["appeals", "problems", "other"]
    TRUTH.append(t)


def j19() -> None:
    rep = Report("宿迁市宿豫区商务局", 2020, "2019", 719)
    name = "j19_html_diagonal_and_br_labels.html"
    g = grids(rep)
    t3 = [list(r) for r in g["t3"]]
    t3[0][0] = C("@@diag@@", rs=3, cs=3)
    t3[1] = [C("自然@@br@@人", rs=2), C("法人或@@br@@其他组织", cs=5), C("总@@br@@计", rs=2)]
    for i, row in enumerate(t3):
        for j, (text, rs, cs) in enumerate(row):
            if text.startswith("一、本年新收"):
                row[j] = C("一、本年新收@@br@@政府信息公开申请数量", rs, cs)
            elif text.startswith("（二）部分公开"):
                row[j] = C("（二）部分公开@@br@@（区分处理的，只计这一情形，@@br@@不计其他情形）", rs, cs)
            elif text.startswith("5.要求行政机关确认"):
                row[j] = C("5.要求行政机关确认或@@br@@重新出具已获取信息", rs, cs)
    diag = (
        '<div class="diag"><span class="tr">申请人情况</span><span class="bl">办理情况</span></div>'
    )

    def table(n, rows):
        h = html_table(t3 if n == "t3" else rows)
        return h.replace("@@diag@@", diag).replace("@@br@@", "<br>")

    css = (
        ".diag{position:relative;height:60px;background:linear-gradient(to top right,transparent 49.5%,#000 50%,transparent 50.5%)}"
        ".diag .tr{position:absolute;right:4px;top:2px}.diag .bl{position:absolute;left:4px;bottom:2px}"
    )
    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table), css=css), encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            "saved page, 2019 template: table 三's corner a CSS 斜线表头 (a gradient diagonal, 申请人情况 and 办理情况 in absolutely placed spans); labels broken by <br> (自然<br>人, 法人或<br>其他组织, 总<br>计, 一、本年新收<br>政府信息公开申请数量, （二）部分公开<br>（区分处理的…<br>…）, 5.要求行政机关确认或<br>重新出具已获取信息)",
        )
    )


def main() -> None:
    builders = [j01, j02, j03, j04, j05, j06, j07, j08, j09, j10, j11, j12, j13, j14, j15, j16, j17, j18, j19, j20]
    build(HERE, builders, TRUTH, ONLY)


if __name__ == "__main__":
    main()
