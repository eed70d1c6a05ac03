"""Build formats10's files and truth.jsonl (see ../README.md for what each file is).

The report model, the HTML/DOCX renderers and the Chromium/LibreOffice drivers are
formats4's, the model edits formats5's, the DOCX XML helpers formats6's, the saved-page
helper formats7's, the shown-cell helpers formats8's and the ReportLab page writer and
the OCR-letter DOCX formats9's (all imported from their builders, not copied); what is
new here is the forms the files take: tables 三 and 四 joined into one table (Word joins
two tables when the paragraph between them is deleted), a row broken over a page below
a repeated header, one TJ per table row, condensed digits (Tz), values as flattened form
XObjects, shares and year-on-year changes written in cells, 其中 sub-rows, a grid split by
misaligned borders, text hidden by a style, a table 四 stacked in one table, anti-copy
characters hidden inside numbers, pdftotext's reading-order text, blank cells merged over
whole columns, and tables in <pre> as tab-separated text.

Cells the truth gives as None are blank in the source, or must stay unread (``must_unread``:
an OCR letter for a digit): a value read for them is WRONG.
"""

from __future__ import annotations

import html
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
F4 = HERE.parents[1] / "formats4" / "builder"
F9 = HERE.parents[1] / "formats9" / "builder"
sys.path.insert(0, str(F4))
from sets import build, load_builder  # noqa: E402

from docx.oxml.ns import qn  # noqa: E402
from model import T3_COLS, T4_COLS, T4_GROUPS, C, Report  # noqa: E402
from render import Grid, article_body, chromium_pdf, html_table, page, soffice, tab_text  # noqa: E402


f9 = load_builder("f9make", F9 / "make.py")
f8, f7, f6, f5, f4 = f9.f8, f9.f7, f9.f6, f9.f5, f9.f4

OUT = HERE.parent / "files"
TRUTH: list[dict] = []
ONLY = sys.argv[1:]


def tmpdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="formats10-"))


def saved_page(rep: Report, article: str, css: str = "") -> str:
    return f7.saved_page(rep, article, css=css)


def shown(rep: Report, n: str, rows: Grid, texts: dict[str, str]) -> Grid:
    return f9.shown(rep, n, rows, texts)


def value_keys(rep: Report, n: str) -> list[str]:
    return f9.value_keys(rep, n)


def pdf_pages_text(pdf: Path, *flags: str) -> list[str]:
    out = subprocess.run(["pdftotext", *flags, str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return out.split("\f")


# ---------------------------------------------------------------- DOCX: tables joined


def joined_doc(rep: Report):
    """The report as Word leaves it when the paragraphs between table 三 and table 四 are
    deleted: the two tables become one w:tbl (table 四's rows after table 三's); section 四's
    heading and paragraph follow the joined table."""
    doc, t = f6._docx_with_tables(rep)
    t3, t4 = t["t3"]._tbl, t["t4"]._tbl
    body = t3.getparent()
    # move section 四's heading, paragraph and table 四's title after the joined table
    between = []
    el = t3.getnext()
    while el is not t4:
        between.append(el)
        el = el.getnext()
    title = between[-1]  # （三）政府信息公开行政复议、行政诉讼情况
    body.remove(title)
    # Word keeps each row's cell widths: the joined grid is the union of both tables' column
    # edges, every cell spanning the new columns between its own edges
    edges = {}
    for name, tbl in (("t3", t3), ("t4", t4)):
        ws = [int(g.get(qn("w:w"))) for g in tbl.find(qn("w:tblGrid")).findall(qn("w:gridCol"))]
        edges[name] = [sum(ws[:i]) for i in range(len(ws) + 1)]
    union = sorted(set(edges["t3"]) | set(edges["t4"]))
    total = len(union) - 1
    for name, tbl in (("t3", t3), ("t4", t4)):
        b = edges[name]
        for tr in tbl.findall(qn("w:tr")):
            col = 0
            for tc in tr.findall(qn("w:tc")):
                tcpr = tc.find(qn("w:tcPr"))
                gs = tcpr.find(qn("w:gridSpan")) if tcpr is not None else None
                s = int(gs.get(qn("w:val"))) if gs is not None else 1
                new = union.index(b[col + s]) - union.index(b[col])
                if new > 1:
                    if gs is None:
                        (gs,) = f6.frag('<w:gridSpan w:val="1"/>')
                        tcw = tcpr.find(qn("w:tcW"))
                        (tcw.addnext(gs) if tcw is not None else tcpr.insert(0, gs))
                    gs.set(qn("w:val"), str(new))
                elif gs is not None:
                    tcpr.remove(gs)
                col += s
            end = union.index(b[col])
            if end < total:
                trpr = tr.find(qn("w:trPr"))
                if trpr is None:
                    trpr = tr.makeelement(qn("w:trPr"), {})
                    tr.insert(0, trpr)
                (ga,) = f6.frag(f'<w:gridAfter w:val="{total - end}"/>')
                trpr.append(ga)
    grid = t3.find(qn("w:tblGrid"))
    for g in grid.findall(qn("w:gridCol")):
        grid.remove(g)
    for a, b2 in zip(union, union[1:]):
        (g,) = f6.frag(f'<w:gridCol w:w="{b2 - a}"/>')
        grid.append(g)
    for tr in t4.findall(qn("w:tr")):
        t3.append(tr)
    body.remove(t4)
    # the deleted paragraphs' text goes on after the table
    anchor = t3
    for el in between[:-1]:
        body.remove(el)
        anchor.addnext(el)
        anchor = el
    return doc


def n01() -> None:
    rep = Report("赣州市章贡区发展和改革委员会", 2021, "2021", 1001)
    name = "n01_docx_t3_t4_joined.docx"
    joined_doc(rep).save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX whose tables 三 and 四 are ONE w:tbl, as Word leaves them when the empty paragraph and the title between them are deleted: table 三's 28 rows (10 grid columns, w:gridAfter 5) then table 四's four rows (15 columns) in the same table; section 四's heading and paragraph follow the table; table 四's title line gone"))


def n11() -> None:
    rep = Report("吉安市吉州区住房和城乡建设局", 2021, "2021", 1011)
    name = "n11_pdf_t3_t4_joined_writer.pdf"
    d = tmpdir()
    joined_doc(rep).save(d / "n11.docx")
    shutil.copy(soffice(d / "n11.docx", "pdf", d), OUT / name)
    TRUTH.append(rep.truth(name, "Writer PDF of a DOCX like n01: tables 三 and 四 one table, table 四's header and value rows drawn right under table 三's 四、结转下年度继续办理 row, wider than it, no title or gap between"))


# ---------------------------------------------------------------- DOCX: grid split by borders


def split_grid_doc(rep: Report, seed: int):
    """Table 三 as Word writes it after borders were dragged by hand: every grid column split
    in two (a wide and a 3 mm one), and in a third of the rows the border between two value
    cells sits on the other side of the narrow column, so one cell spans 1 grid column and
    its neighbour 3 where the rows around span 2 and 2."""
    doc, t = f6._docx_with_tables(rep)
    tbl = t["t3"]._tbl
    grid = tbl.find(qn("w:tblGrid"))
    cols = grid.findall(qn("w:gridCol"))
    for gc in cols:
        w = int(gc.get(qn("w:w")) or 900)
        gc.set(qn("w:w"), str(max(w - 170, 200)))
        (extra,) = f6.frag('<w:gridCol w:w="170"/>')
        gc.addnext(extra)
    rnd = random.Random(seed)
    shifted = []
    for r, tr in enumerate(tbl.findall(qn("w:tr"))):
        col = 0
        spans = []
        for tc in tr.findall(qn("w:tc")):
            tcpr = tc.find(qn("w:tcPr"))
            gs = tcpr.find(qn("w:gridSpan")) if tcpr is not None else None
            s = int(gs.get(qn("w:val"))) if gs is not None else 1
            spans.append([tc, col, 2 * s])
            col += s
        if r >= 3 and rnd.random() < 0.35:
            # move one border between two adjacent value cells (grid columns 3 and up)
            cand = [i for i in range(len(spans) - 1) if spans[i][1] >= 3]
            i = rnd.choice(cand)
            if rnd.random() < 0.5:
                spans[i][2] -= 1
                spans[i + 1][2] += 1
            else:
                spans[i][2] += 1
                spans[i + 1][2] -= 1
            shifted.append((r, i))
        for tc, _c, s in spans:
            tcpr = tc.find(qn("w:tcPr"))
            if tcpr is None:
                tcpr = tc.makeelement(qn("w:tcPr"), {})
                tc.insert(0, tcpr)
            gs = tcpr.find(qn("w:gridSpan"))
            if gs is None:
                (gs,) = f6.frag('<w:gridSpan w:val="1"/>')
                tcw = tcpr.find(qn("w:tcW"))
                if tcw is not None:
                    tcw.addnext(gs)
                else:
                    tcpr.insert(0, gs)
            gs.set(qn("w:val"), str(s))
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is not None:
                tcpr.remove(tcw)
    return doc, shifted


def n08() -> None:
    rep = Report("九江市浔阳区教育体育局", 2021, "2021", 1008)
    name = "n08_docx_grid_split_by_borders.docx"
    doc, shifted = split_grid_doc(rep, 1008)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX whose table 三 grid has 20 columns (each of the 10 split into a wide and a narrow one by borders dragged by hand): cells span 2 grid columns (4, 6, 14 for merged ones), but in 9 body rows one border between two value cells is moved across the narrow column, one cell spanning 1 and its neighbour 3 (or 3 and 1): the cells are still one per value, in order", shifted_rows=[r for r, _ in shifted]))


# ---------------------------------------------------------------- DOCX: hidden by style


STYLES_XML = (
    '<w:style w:type="character" w:customStyle="1" w:styleId="OldFigure"><w:name w:val="旧数据"/>'
    '<w:rPr><w:vanish/><w:color w:val="808080"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="DraftNote"><w:name w:val="草稿备注"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:vanish/><w:sz w:val="16"/></w:rPr></w:style>'
)


def hidden_style_doc(rep: Report, seed: int):
    """Old figures kept in cells but hidden by a STYLE, not by the run: a character style
    旧数据 (w:vanish) on a run before or after the shown number, a paragraph style 草稿备注
    (w:vanish) on a paragraph above table 四's values; five shown numbers carry the hidden
    style but switch it off in the run (w:vanish w:val=0: shown)."""
    doc, t = f6._docx_with_tables(rep)
    styles = doc.styles.element
    for el in f6.frag(STYLES_XML):
        styles.append(el)
    keys = f6.t3_value_keys(rep)
    tcs = f6.value_tcs(t["t3"], 3, 7)
    rnd = random.Random(seed)
    cand = [(i, j) for i in range(len(keys)) for j in range(7)]
    rnd.shuffle(cand)
    olds: dict[str, str] = {}
    for n, (i, j) in enumerate(cand[:36]):
        k = keys[i][j]
        v = rep.v(k)
        if n < 31:
            old = str(int(v) + rnd.choice([1, 2, 3, 4, 10]))
            olds[k] = old
            hid = f6.run(old, '<w:rStyle w:val="OldFigure"/>')
            f6.set_cell_xml(tcs[i][j], (hid + f6.run(v)) if n % 2 else (f6.run(v) + hid))
        else:
            f6.set_cell_xml(tcs[i][j], f6.run(v, '<w:rStyle w:val="OldFigure"/><w:vanish w:val="0"/>'))
            olds[k] = "(shown, style switched off)"
    t4_tcs = t["t4"]._tbl.findall(qn("w:tr"))[3].findall(qn("w:tc"))
    for m, (tc, k) in enumerate(zip(t4_tcs, [f"t4.{g}.{c}" for g in T4_GROUPS for c in T4_COLS])):
        v = rep.v(k)
        old = str(int(v) + 1 + m % 3)
        olds[k] = old
        for p in tc.findall(qn("w:p")):
            tc.remove(p)
        for el in f6.frag(f'<w:p><w:pPr><w:pStyle w:val="DraftNote"/></w:pPr>{f6.run(old)}</w:p><w:p>{f6.run(v)}</w:p>'):
            tc.append(el)
    return doc, olds


def n09() -> None:
    rep = Report("上饶市信州区市场监督管理局", 2021, "2021", 1009)
    name = "n09_docx_hidden_by_style.docx"
    doc, olds = hidden_style_doc(rep, 1009)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX: 31 table 三 cells hold the draft's old figure in a run whose CHARACTER STYLE (旧数据) is hidden (w:vanish in the style, none in the run); table 四's 15 values each under a paragraph in the hidden PARAGRAPH STYLE 草稿备注 holding an old figure; 5 cells' shown numbers carry the hidden style with w:vanish w:val=0 in the run (shown)", hidden=olds))


def n10() -> None:
    rep = Report("抚州市临川区交通运输局", 2020, "2019", 1010)
    name = "n10_doc_hidden_by_style.doc"
    d = tmpdir()
    doc, olds = hidden_style_doc(rep, 1010)
    doc.save(d / "n10.docx")
    shutil.copy(soffice(d / "n10.docx", "doc:MS Word 97", d), OUT / name)
    TRUTH.append(rep.truth(name, "Word 97 .doc (LibreOffice) of a document like n09, 2019 template: old figures in table 三 and table 四 hidden by a character style and a paragraph style (the hidden attribute in the style, not the run)", hidden=olds))


# ---------------------------------------------------------------- DOCX → PDF: row over a page


def broken_row_doc(rep: Report, pad: int, target: str):
    """Table 三 with its three header rows repeated on each page (w:tblHeader), rows allowed
    to break, label columns wide enough for a label to wrap over a few lines; the `target`
    row's numbers each under two empty paragraphs; `pad` empty paragraphs before the table's
    title place the page break inside that row."""
    doc, t = f6._docx_with_tables(rep)
    tbl = t["t3"]._tbl
    for g, w in zip(tbl.find(qn("w:tblGrid")).findall(qn("w:gridCol")), [600, 1000, 3000] + [620] * 7):
        g.set(qn("w:w"), str(w))
    for tcw in list(tbl.iter(qn("w:tcW"))):
        tcw.getparent().remove(tcw)
    trs = tbl.findall(qn("w:tr"))
    for tr in trs[:3]:
        trpr = tr.find(qn("w:trPr"))
        if trpr is None:
            trpr = tr.makeelement(qn("w:trPr"), {})
            tr.insert(0, trpr)
        (h,) = f6.frag("<w:tblHeader/>")
        trpr.append(h)
    keys = f6.t3_value_keys(rep)
    rows = [rid for rid, _l, _lead in rep.t3_rows()]
    i = rows.index(target)
    tcs = f6.value_tcs(t["t3"], 3, 7)[i]
    for j, tc in enumerate(tcs):
        for p in tc.findall(qn("w:p")):
            tc.remove(p)
        for el in f6.frag("<w:p/><w:p/>" + f"<w:p>{f6.run(rep.v(keys[i][j]))}</w:p>"):
            tc.append(el)
    title = tbl.getprevious()
    for _ in range(pad):
        (p,) = f6.frag("<w:p/>")
        title.addprevious(p)
    return doc


def _lines(pdf: Path) -> list[list[tuple[float, str]]]:
    """Each page's text lines (yMin, text) from pdftotext -bbox-layout."""
    from lxml import etree

    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True).stdout
    root = etree.fromstring(xml, etree.XMLParser(recover=True))
    pages = []
    for pg in root.iter("{*}page"):
        lines = []
        for ln in pg.iter("{*}line"):
            lines.append((float(ln.get("yMin")), "".join(w.text or "" for w in ln.iter("{*}word"))))
        pages.append(lines)
    return pages


def n02() -> None:
    rep = Report("宜春市袁州区人力资源和社会保障局", 2021, "2021", 1002)
    name = "n02_pdf_row_broken_under_repeated_header.pdf"
    target = "other_handling.no_supplement"
    d = tmpdir()
    v = rep.v(f"t3.{target}.total")
    pad, found = 0, None
    for _attempt in range(12):
        broken_row_doc(rep, pad, target).save(d / "n02.docx")
        pdf = soffice(d / "n02.docx", "pdf", d)
        pages = _lines(pdf)
        at = [(k, y) for k, lines in enumerate(pages) for y, t in lines if t.startswith("1.申请人")]
        k, y0 = at[0]
        if k + 1 < len(pages):
            nxt = " ".join(t for _y, t in pages[k + 1])
            after = nxt.split("总计", 1)[-1].split("3.其他", 1)[0]
            rest = " ".join(t for yy, t in pages[k] if yy >= y0)
            if "申请人情况" in nxt and re.search(rf"(?<!\d){v}(?!\d)", after) and not re.search(rf"(?<!\d){v}(?!\d)", rest):
                found = pad
                break
        # move the row's top to about one and a half lines above the foot of the text area
        delta = (720 - 24) - y0
        if delta < 0:
            delta += 640
        pad += max(1, round(delta / 28))
    assert found is not None, "no padding put the break inside the row"
    shutil.copy(pdf, OUT / name)
    TRUTH.append(rep.truth(name, "Writer PDF: table 三's three header rows repeated on each page (w:tblHeader), rows allowed to break; the row 1.申请人无正当理由逾期不补正… breaks over the page: its label starts at the foot of one page, its seven numbers (each under two empty paragraphs) are drawn on the next page BELOW THE REPEATED HEADER", pad=found, broken_row=target))


# ---------------------------------------------------------------- DOCX → PDF: OCR letters


def n13() -> None:
    name = "n13_pdf_ocr_letters_writer.pdf"
    d = tmpdir()
    out, f9.OUT = f9.OUT, d
    try:
        f9.m09()
    finally:
        f9.OUT = out
    t = f9.TRUTH.pop()
    pdf = soffice(d / t["file"], "pdf", d)
    shutil.copy(pdf, OUT / name)
    t["file"] = name
    t["note"] = ("Writer PDF of formats9's m09 DOCX (an OCR program's recognised text): 28 table 三 cells "
                 "drawn with LETTERS for digits (O/o for 0, l/I for 1): must stay unread (None), never be read as the digits guessed")
    TRUTH.append(t)


# ---------------------------------------------------------------- ReportLab PDFs


class RowTJSheet(f9.Sheet):
    """Numbers buffered per text line and drawn as ONE TJ per table row at page end: the
    cells' numbers in one string array, moved apart by kerning numbers (a report engine's
    way: no space glyph between cells)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.buf: list[tuple[float, float, str, float]] = []
        self.number = self.buffer_number

    def buffer_number(self, x: float, y: float, s: str, size: float, key: str | None) -> None:
        self.buf.append((x, y, s, size))

    def flush(self) -> None:
        lines: dict[tuple[float, float], list[tuple[float, str]]] = {}
        for x, y, s, size in self.buf:
            lines.setdefault((round(y, 2), size), []).append((x, s))
        fname = self.cv._doc.getInternalFontName("Helvetica")
        self.cv.setFont("Helvetica", 8)
        for (y, size), items in lines.items():
            items.sort()
            arr = []
            pos = items[0][0]
            for x, s in items:
                gap = x - pos
                if abs(gap) > 1e-6:
                    arr.append(f"{-gap * 1000 / size:.1f}")
                arr.append(f"({s})")
                pos = x + self.pm.stringWidth(s, "Helvetica", size)
            self.cv._code.append(f"BT {fname} {size} Tf 1 0 0 1 {items[0][0]:.2f} {y:.2f} Tm [{' '.join(arr)}] TJ ET")
        self.buf = []

    def new_page(self) -> None:
        self.flush()
        super().new_page()

    def save(self) -> None:
        self.flush()
        super().save()


def n03() -> None:
    rep = Report("景德镇市珠山区城市管理局", 2021, "2021", 1003)
    name = "n03_pdf_one_tj_per_row.pdf"
    sheet = RowTJSheet(OUT / name)
    f9.sheet_report(rep, sheet)
    sheet.save()
    TRUTH.append(rep.truth(name, "report-engine PDF (ReportLab): the numbers of each table row are ONE TJ string array in Helvetica, cells moved apart by kerning numbers only ([(12) -3970 (3) -4120 (45)…] TJ: no space glyph between cells), drawn after the page's labels and grid; CJK in STSong-Light"))


class CondensedSheet(f9.Sheet):
    """Table 三's numbers wider than their cell drawn condensed to fit (Tz: horizontal
    scaling), as report engines and Word's 字符缩放 do: a reader that ignores Tz sees them
    run into the next cell. The grid is laid out with a one-digit stand-in per value cell
    (so the page writer does not wrap the number) and the number drawn in its place."""

    def __init__(self, path: Path, rep: Report, colw: float) -> None:
        super().__init__(path)
        self.rep = rep
        self.colw = colw
        self.number = self.fit_number

    def fit_number(self, x: float, y: float, s: str, size: float, key: str | None) -> None:
        if not (key and key.startswith("t3.")):
            self.plain_number(x, y, s, size, key)
            return
        cx = x + self.pm.stringWidth(s, "STSong-Light", size) / 2  # the cell's centre
        s = self.rep.v(key)
        w = self.pm.stringWidth(s, "Helvetica", size)
        room = self.colw - 3
        scale = round(min(100.0, 100.0 * room / w)) if w else 100
        tw = w * scale / 100
        t = self.cv.beginText()
        t.setFont("Helvetica", size)
        t.setHorizScale(scale)
        t.setTextOrigin(cx - tw / 2, y)
        t.textOut(s)
        self.cv.drawText(t)


def n04() -> None:
    rep = Report("萍乡市安源区公安分局", 2021, "2021", 1004)
    f8.scale_t3(rep, 100, ("natural", "commercial"))
    name = "n04_pdf_condensed_digits.pdf"
    colw = 19.0
    sheet = CondensedSheet(OUT / name, rep, colw)
    rows = rep.t3()
    stand_in = shown(rep, "t3", rows, {k: "9" for k in value_keys(rep, "t3")})
    keys = f9.grid_keys(rep, "t3", rows)
    f9.sheet_report(rep, sheet, t3=lambda sh: sh.grid(stand_in, [22, 46, 160] + [colw] * 7, 8, keys))
    sheet.save()
    TRUTH.append(rep.truth(name, "report-engine PDF of a city police branch (table 三's natural-person and business counts in thousands): table 三's value columns 19 pt wide, every number wider than its cell drawn CONDENSED to fit (Tz 45-90, horizontal scaling; Helvetica): at 100 % the numbers of neighbouring cells would overlap"))


class FlattenedSheet(f9.Sheet):
    """A filled PDF form, flattened: each value is its field's appearance, a form XObject
    (its own BBox, text at the XObject's own origin) drawn by `cm … Do` after the page's
    grid and labels."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.buf: list[tuple[float, float, str, float]] = []
        self.count = 0
        self.number = self.buffer_number

    def buffer_number(self, x: float, y: float, s: str, size: float, key: str | None) -> None:
        self.buf.append((x, y, s, size))

    def flush(self) -> None:
        rnd = random.Random(len(self.buf) + self.count)
        items = list(self.buf)
        rnd.shuffle(items)  # a form's fields come in their tab order, not the page's
        for x, y, s, size in items:
            self.count += 1
            fname = f"FRM{self.count}"
            w = self.pm.stringWidth(s, "Helvetica", size) + 4
            self.cv.beginForm(fname, 0, 0, w, size + 4)
            self.cv.setFont("Helvetica", size)
            self.cv.drawString(2, 2 + size * 0.2, s)
            self.cv.endForm()
            self.cv.saveState()
            self.cv.transform(1, 0, 0, 1, x - 2, y - 2 - size * 0.2)
            self.cv.doForm(fname)
            self.cv.restoreState()
        self.buf = []

    def new_page(self) -> None:
        self.flush()
        super().new_page()

    def save(self) -> None:
        self.flush()
        super().save()


def n05() -> None:
    rep = Report("新余市渝水区财政局", 2021, "2021", 1005)
    name = "n05_pdf_flattened_form_xobjects.pdf"
    sheet = FlattenedSheet(OUT / name)
    f9.sheet_report(rep, sheet)
    sheet.save()
    TRUTH.append(rep.truth(name, "a filled PDF form FLATTENED: the page content draws the grid and labels; every table number is a form XObject (a field's appearance: its own BBox, the text at the XObject's origin) placed by `q 1 0 0 1 x y cm /FRMn Do Q` after them, in shuffled (tab) order"))


# ---------------------------------------------------------------- HTML pages


def n06() -> None:
    rep = Report("鹰潭市月湖区卫生健康委员会", 2021, "2021", 1006)
    name = "n06_html_shares_and_changes_in_cells.html"
    rnd = random.Random(1006)
    keys = value_keys(rep, "t3")
    cand = [k for k in keys if int(rep.cells[k]) > 0]
    rnd.shuffle(cand)
    tot = {col: int(rep.cells[f"t3.results_total.{col}"]) or 1 for col in T3_COLS}
    texts: dict[str, str] = {}
    for i, k in enumerate(sorted(cand[:28], key=keys.index)):
        v = int(rep.cells[k])
        col = k.rsplit(".", 1)[1]
        form = i % 6
        if form == 0:
            texts[k] = f"{v}（{100 * v / tot[col]:.1f}%）"
        elif form == 1:
            texts[k] = f"{v}(占{round(100 * v / tot[col])}%)"
        elif form == 2:
            texts[k] = f"{v}↑{rnd.randint(1, 9)}"
        elif form == 3:
            texts[k] = f"{v}（上年{max(v - rnd.randint(-3, 5), 0)}）"
        elif form == 4:
            texts[k] = f"{v} 同比+{rnd.randint(1, 30)}%"
        else:
            texts[k] = f"{v}↓{rnd.randint(1, 4)}"
    t2t = {"t2.license.decisions": rep.v("t2.license.decisions") + "（同比增长12.5%）",
           "t2.penalty.decisions": rep.v("t2.penalty.decisions") + "(上年" + str(int(rep.cells["t2.penalty.decisions"]) + 17) + ")"}

    def table(n: str, rows: Grid) -> str:
        if n == "t3":
            return html_table(shown(rep, "t3", rows, texts))
        if n == "t2":
            return html_table(shown(rep, "t2", rows, t2t))
        return html_table(rows)

    art = article_body(rep, table=table)
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose table 三 cells (28) and table 二's 行政许可/行政处罚 carry a SHARE or a YEAR-ON-YEAR CHANGE beside the count: 12（30.0%）, 5(占13%), 7↑3, 9（上年6）, 4 同比+25%, 6↓2, 3211（同比增长12.5%）, 507(上年524): the count is the first number; 1230 or 73 is WRONG", shown=texts | t2t))


def t3_with_sub_rows(rep: Report, seed: int) -> tuple[Grid, dict]:
    """Table 三 with 其中 rows an agency added: the channels under 一、本年新收 (网上申请,
    信函申请, 当面申请: they sum to it) and 其中：延期答复 after 四、结转."""
    rnd = random.Random(seed)
    rows = rep.t3()
    head, body = rows[:3], rows[3:]
    subs = {}
    lines = []
    for lab in ("其中：网上申请", "信函申请", "当面申请"):
        lines.append(lab)
    parts: dict[str, list[int]] = {}
    for col in T3_COLS[:-1]:
        n = int(rep.cells[f"t3.new.{col}"])
        a = rnd.randint(0, n)
        b = rnd.randint(0, n - a)
        parts[col] = [a, b, n - a - b]
    parts["total"] = [sum(parts[c][i] for c in T3_COLS[:-1]) for i in range(3)]
    sub_rows = []
    for i, lab in enumerate(lines):
        sub_rows.append([C(lab, cs=3)] + [C(parts[c][i]) for c in T3_COLS])
        subs[lab] = {c: parts[c][i] for c in T3_COLS}
    delay = {c: min(int(rep.cells[f"t3.results_total.{c}"]), rnd.randint(0, 3)) for c in T3_COLS[:-1]}
    delay["total"] = sum(delay.values())
    delay_row = [C("其中：延期答复", cs=3)] + [C(delay[c]) for c in T3_COLS]
    subs["其中：延期答复"] = delay
    out = head + [body[0]] + sub_rows + body[1:] + [delay_row]
    return out, subs


def n07() -> None:
    rep = Report("南昌市东湖区民政局", 2021, "2021", 1007)
    name = "n07_html_t3_qizhong_sub_rows.html"
    grid, subs = t3_with_sub_rows(rep, 1007)
    art = article_body(rep, table=lambda n, rows: html_table(grid if n == "t3" else rows))
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose table 三 has rows the template lacks: 其中：网上申请 / 信函申请 / 当面申请 under 一、本年新收 (the channels, summing to it) and 其中：延期答复 after 四、结转下年度继续办理: those rows are no field; every template row keeps its own numbers", extra_rows=subs))


def stacked_t4(rep: Report) -> Grid:
    """Table 四 turned for a portrait page in ONE table: 行政复议's header and values,
    then 行政诉讼's two groups under it (10 columns; 行政复议's cells two columns wide)."""
    labs = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    v = rep.v
    return [
        [C("行政复议", cs=10)],
        [C(x, cs=2) for x in labs],
        [C(v(f"t4.review.{c}"), cs=2) for c in T4_COLS],
        [C("行政诉讼", cs=10)],
        [C("未经复议直接起诉", cs=5), C("复议后起诉", cs=5)],
        [C(x) for x in labs * 2],
        [C(v(f"t4.suit_direct.{c}")) for c in T4_COLS] + [C(v(f"t4.suit_after_review.{c}")) for c in T4_COLS],
    ]


def n12() -> None:
    rep = Report("赣州市南康区司法局", 2021, "2021", 1012)
    name = "n12_html_t4_stacked_one_table.html"
    art = article_body(rep, table=lambda n, rows: html_table(stacked_t4(rep) if n == "t4" else rows))
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose table 四 is STACKED in one 10-column table for a portrait page: 行政复议 (colspan 10), its five result labels and values two columns wide; then 行政诉讼 (colspan 10), 未经复议直接起诉 / 复议后起诉 (colspan 5 each), the ten labels and ten values"))


HIDE_CSS = ".jt{display:none} .hy{font-size:0;color:#fff}"


def anti_copy(v: str, rnd: random.Random) -> str:
    """A number with junk characters hidden inside it, as anti-copy scripts write pages:
    display:none spans, font-size:0 white text, a class the stylesheet hides."""
    junk = lambda: str(rnd.randint(0, 9)) if rnd.random() < 0.7 else rnd.choice(["x", "3a", "7"])  # noqa: E731
    forms = [
        lambda: f'<span style="display:none">{junk()}</span>',
        lambda: f'<font style="font-size:0px;color:#FFFFFF">{junk()}</font>',
        lambda: f'<span class="jt">{junk()}</span>',
        lambda: f'<span class="hy">{junk()}</span>',
        lambda: f'<span style="display: none;">{junk()}</span>',
    ]
    out = ""
    if len(v) == 1:
        return (forms[rnd.randrange(5)]() + html.escape(v)) if rnd.random() < 0.5 else (html.escape(v) + forms[rnd.randrange(5)]())
    for i, ch in enumerate(v):
        out += html.escape(ch)
        if i < len(v) - 1 and rnd.random() < 0.6:
            out += forms[rnd.randrange(5)]()
    return out


def n14() -> None:
    rep = Report("九江市濂溪区自然资源局", 2021, "2021", 1014)
    name = "n14_html_anticopy_hidden_digits.html"
    rnd = random.Random(1014)

    def cells_html(rows: Grid) -> str:
        out = ['<table border="1" cellspacing="0" cellpadding="3">']
        for row in rows:
            tds = []
            for text, rs, cs in row:
                span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                body = anti_copy(text, rnd) if re.fullmatch(r"[\d.]+", text) else html.escape(text)
                tds.append(f"<td{span}>{body}</td>")
            out.append("<tr>" + "".join(tds) + "</tr>")
        return "\n".join(out + ["</table>"])

    art = article_body(rep, table=lambda n, rows: cells_html(rows))
    # the prose gets the same treatment after every fifth character
    art = re.sub(r"<p>([^<]{12,})</p>", lambda m: "<p>" + "".join(
        ch + (f'<span style="display:none">{rnd.randint(0, 99)}</span>' if i % 5 == 4 else "") for i, ch in enumerate(m.group(1))) + "</p>", art)
    (OUT / name).write_text(saved_page(rep, art, css=HIDE_CSS), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page of a portal with ANTI-COPY junk: hidden characters inside table numbers and prose (1<span style=display:none>7</span>2, <font style=font-size:0px;color:#FFFFFF>3</font>, <span class=jt> hidden by the stylesheet, <span class=hy> font-size 0): the shown number is 12; 172 is WRONG"))


def blank_merged_t3(rep: Report) -> Grid:
    """Table 三 whose 科研机构 and 社会公益组织 columns (never used by the agency) are ONE cell
    '无' spanning both columns and every body row."""
    rows = rep.t3_header()
    n = len(rep.t3_rows())
    for i, (rid, _labels, lead) in enumerate(rep.t3_rows()):
        vals = [C(rep.v(f"t3.{rid}.{c}")) for c in T3_COLS]
        mid = [C("无", rs=n, cs=2)] if i == 0 else []
        rows.append(lead + vals[:2] + mid + vals[4:])
    return rows


def blank_merged_t4(rep: Report) -> Grid:
    rows = rep.t4()
    vals = rows[3]
    rows[3] = vals[:10] + [C("/", cs=5)]
    return rows


def n16() -> None:
    rep = Report("南昌市青山湖区科学技术局", 2021, "2021", 1016)
    for col in ("research", "social"):
        for k in list(rep.cells):
            if k.startswith("t3.") and k.endswith("." + col):
                rep.cells[k] = 0
    for c in T4_COLS:
        rep.cells[f"t4.suit_after_review.{c}"] = 0
    rep.cells["t2.coercion.decisions"] = 0
    f5.rebalance(rep)
    name = "n16_html_blank_merged_over_columns.html"
    truth_cells = dict(rep.cells)
    for k in truth_cells:
        if k.startswith("t3.") and k.endswith((".research", ".social")):
            truth_cells[k] = None
        if k.startswith("t4.suit_after_review."):
            truth_cells[k] = None
    truth_cells["t2.coercion.decisions"] = None

    def table(n: str, rows: Grid) -> str:
        if n == "t3":
            return html_table(blank_merged_t3(rep))
        if n == "t4":
            return html_table(blank_merged_t4(rep))
        return html_table(shown(rep, "t2", rows, {"t2.coercion.decisions": "——"}))

    art = article_body(rep, table=table)
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    t = rep.truth(name, "saved page whose table 三 科研机构 and 社会公益组织 columns are ONE cell '无' (rowspan over all 25 body rows, colspan 2); table 四's 复议后起诉 values one '/' cell colspan 5; table 二's 行政强制 '——': all blank (None), never 0 (the sums hold with them 0, but the source writes no number)")
    t["cells"] = truth_cells
    TRUTH.append(t)


def n17() -> None:
    rep = Report("吉安市青原区农业农村局", 2021, "2021", 1017)
    name = "n17_html_pre_tab_separated.html"
    art = article_body(rep, table=lambda n, rows: f"<pre>{html.escape(tab_text(rows))}</pre>")
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose tables were pasted as Word's plain text into a <pre>: cells separated by TABS, a merged cell's text once (in its first row), the header's 申请人情况 / 法人或其他组织 rows short"))


def n15() -> None:
    rep = Report("上饶市广丰区统计局", 2021, "2021", 1015)
    name = "n15_txt_pdftotext_reading_order.txt"
    d = tmpdir()
    doc, _t = f6._docx_with_tables(rep)
    doc.save(d / "n15.docx")
    pdf = soffice(d / "n15.docx", "pdf", d)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    (OUT / name).write_text(text, encoding="utf-8")
    TRUTH.append(rep.truth(name, "plain text saved by pdftotext WITHOUT -layout from a Writer PDF (what text corpora scraped from PDFs hold): the reading order puts each table cell on its own line, the cells of a row in blocks, column runs and merged labels wherever poppler's flow puts them, form feeds between pages"))


def total_first_t3(rep: Report) -> Grid:
    """Table 三 in a local form that puts 总计 right after the labels: 总计, 自然人, then
    法人或其他组织's five columns."""
    head = [
        [C("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rs=3, cs=3), C("申请人情况", cs=7)],
        [C("总计", rs=2), C("自然人", rs=2), C("法人或其他组织", cs=5)],
        [C("商业企业"), C("科研机构"), C("社会公益组织"), C("法律服务机构"), C("其他")],
    ]
    order = ["total"] + T3_COLS[:-1]
    return head + [lead + [C(rep.v(f"t3.{rid}.{c}")) for c in order] for rid, _l, lead in rep.t3_rows()]


def n18() -> None:
    rep = Report("宜春市樟树市水利局", 2021, "2021", 1018)
    name = "n18_html_t3_total_column_first.html"
    art = article_body(rep, table=lambda n, rows: html_table(total_first_t3(rep) if n == "t3" else rows))
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose table 三 is a local form with 总计 as the FIRST value column (总计, 自然人, 商业企业 … 其他): the columns are placed by their headings; read by position every column is shifted"))


def n19() -> None:
    rep = Report("景德镇市浮梁县林业局", 2021, "2021", 1019)
    name = "n19_pdf_anticopy_page_printed.pdf"
    rnd = random.Random(1019)

    def cells_html(rows: Grid) -> str:
        out = ['<table border="1" cellspacing="0" cellpadding="3">']
        for row in rows:
            tds = []
            for text, rs, cs in row:
                span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                body = anti_copy(text, rnd) if re.fullmatch(r"[\d.]+", text) else html.escape(text)
                tds.append(f"<td{span}>{body}</td>")
            out.append("<tr>" + "".join(tds) + "</tr>")
        return "\n".join(out + ["</table>"])

    art = article_body(rep, table=lambda n, rows: cells_html(rows))
    # the print keeps what is drawn: here the junk is 1 px white text (display:none spans drop out)
    art = art.replace("font-size:0px", "font-size:1px")
    chromium_pdf(page(art, css=".jt{display:none} .hy{font-size:1px;color:#fff}", title=rep.title()), OUT / name)
    TRUTH.append(rep.truth(name, "Chromium PDF of a page like n14 whose anti-copy junk inside the table numbers is 1 px WHITE text (and display:none spans, which the print drops): the 1 px white digits sit between the shown digits in the text layer (1 2 with a 7 between: the number is 12), invisible on the page"))


def main() -> None:
    builders = [n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12, n13, n14, n15, n16, n17, n18, n19]
    build(HERE, builders, TRUTH, ONLY)


if __name__ == "__main__":
    main()
