"""Build formats15's files and truth.jsonl (see ../README.md for what each file is).

The report model, the HTML/DOCX renderers and the Chromium driver are formats4's; the helpers
of formats5-formats14 are imported from their builders (formats14's loader brings them all),
not copied. What is new here is the forms the files take: a 栏次 row numbering the columns
(HTML, Chromium PDF, DOCX), a corrected table after the original with 以本表为准, DOCX rows
deleted and inserted as tracked changes, a Writer PDF of struck old figures, invisible format
characters and figure spaces inside numbers, mathematical digits, Markdown and tab-separated
text, table 三 split into two tables side by side, DOCX legacy horizontal merges, digits in a
private-use icon font, a PDF whose table 三 page alone is landscape, notes with numbers in a
table's <tfoot>, and a screen-reader-only draft copy of the tables.

Cells the truth gives as None are blank in the source: a value read for them is WRONG.
"""

from __future__ import annotations

import html
import random
import sys
import tempfile
from copy import deepcopy
from pathlib import Path

HERE = Path(__file__).resolve().parent
F4 = HERE.parents[1] / "formats4" / "builder"
F14 = HERE.parents[1] / "formats14" / "builder"
sys.path.insert(0, str(F4))
from sets import build, load_builder  # noqa: E402

from docx.oxml.ns import qn  # noqa: E402
from model import T3_COLS, T4_COLS, T4_GROUPS, C, Report, grid_positions  # noqa: E402, F401
from render import TABLE_TITLES, Grid, article_body, chromium_pdf, html_table, page, soffice  # noqa: E402, F401


f14 = load_builder("f14make", F14 / "make.py")
f13, f12, f7, f6 = f14.f13, f14.f12, f14.f7, f14.f6

OUT = HERE.parent / "files"
TRUTH: list[dict] = []
ONLY = sys.argv[1:]


def saved_page(rep: Report, article: str, css: str = "") -> str:
    return f7.saved_page(rep, article, css=css)


def numbered(rows: Grid, n: str) -> Grid:
    """The grid with a 栏次 row numbering its value columns (as statistics forms print them)."""
    rows = [list(r) for r in rows]
    if n == "t2":
        out: Grid = []
        for row in rows:
            out.append(row)
            if row[0][0] == "信息内容":
                out.append([C("甲")] + [C(str(i + 1), cs=c[2]) for i, c in enumerate(row[1:])])
        return out
    if n == "t3":
        return rows[:3] + [[C("栏次", cs=3)] + [C(str(i + 1)) for i in range(7)]] + rows[3:]
    return rows[:3] + [[C(str(i + 1)) for i in range(15)]] + rows[3:]


def lanci_grids(rep: Report) -> dict[str, Grid]:
    return {"t2": numbered(rep.t2(), "t2"), "t3": numbered(rep.t3(), "t3"), "t4": numbered(rep.t4(), "t4")}


# ---------------------------------------------------------------- 栏次 rows


def s01() -> None:
    """Saved page: a 栏次 row (甲 1 2 3…) under each table's header."""
    rep = Report("常德市武陵区住房和城乡建设局", 2023, "2021", 1501)
    name = "s01_html_lanci_column_number_rows.html"
    grids = lanci_grids(rep)
    art = article_body(rep, table=lambda n, rows: html_table(grids[n]))
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose three tables each carry a 栏次 ROW numbering the value columns under the header, as statistics forms print it: table 二 a row 甲 | 1 | 2 | 3 under each 信息内容 row (甲 | 1 under the one-column parts), table 三 a row 栏次 | 1 … 7 under its three header rows, table 四 a row 1 … 15 right above its 15 values: the numbering row's numbers are no cells"))


def s02() -> None:
    """Chromium PDF of a page like s01."""
    rep = Report("常德市鼎城区交通运输局", 2022, "2021", 1502)
    name = "s02_pdf_lanci_column_number_rows.pdf"
    grids = lanci_grids(rep)
    css = "@page{size:A4;margin:15mm} table{font-size:9pt}"
    chromium_pdf(page(article_body(rep, table=lambda n, rows: html_table(grids[n])), css=css, title=rep.title()), OUT / name)
    TRUTH.append(rep.truth(name, "Chromium PDF of a page like s01: each table's 栏次 ROW (甲 1 2 3; 栏次 1-7; 1-15 above table 四's values) drawn in the grid under the header; its numbers are no cells"))


def s03() -> None:
    """DOCX with 栏次 rows."""
    rep = Report("常德市汉寿县卫生健康局", 2022, "2021", 1503)
    name = "s03_docx_lanci_column_number_rows.docx"
    doc, _ = f6._docx_with_tables(rep, lanci_grids(rep))
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX whose three tables carry a 栏次 ROW under the header (甲 | 1 | 2 | 3; 栏次 | 1 … 7; 1 … 15 above table 四's values): its numbers are no cells"))


# ---------------------------------------------------------------- a corrected table


def s04() -> None:
    """Saved page: table 三 as published, then a correction notice and the corrected table
    with 以本表为准."""
    rep = Report("常德市澧县自然资源局", 2022, "2021", 1504)
    draft = Report(rep.agency, rep.year, rep.template, 15041)
    name = "s04_html_corrected_table_yi_ben_biao_wei_zhun.html"

    def table(n: str, rows: Grid) -> str:
        if n != "t3":
            return html_table(rows)
        return (
            html_table(draft.t3())
            + "<p>更正说明：因统计口径有误，上表部分数据填报错误，现将更正后的表格公布如下，以本表为准。</p>"
            + "<p>收到和处理政府信息公开申请情况（更正后，以本表为准）</p>"
            + html_table(rows)
        )

    art = article_body(rep, table=table)
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose table 三 is given TWICE, both drawn: first as published (a draft's figures), then a CORRECTION NOTICE (更正说明：…上表部分数据填报错误，现将更正后的表格公布如下，以本表为准) and the CORRECTED TABLE under a caption …（更正后，以本表为准）: the corrected table's figures are the report's; the first table's where they differ are WRONG (the prose of section 三 states the corrected totals)", draft=dict(draft.cells)))


# ---------------------------------------------------------------- DOCX tracked rows


def s05() -> None:
    """DOCX: tracked changes by whole rows: an old row deleted (w:trPr/w:del), the new
    one inserted (w:trPr/w:ins) right after it."""
    rep = Report("常德市临澧县教育局", 2023, "2021", 1505)
    draft = Report(rep.agency, rep.year, rep.template, 15051)
    name = "s05_docx_tracked_row_deleted_and_inserted.docx"
    doc, t = f6._docx_with_tables(rep)
    doc_d, t_d = f6._docx_with_tables(draft)
    ids = iter(range(500, 100000))
    rnd = random.Random(1505)
    moved: list[str] = []
    for n, first in (("t2", 0), ("t3", 3)):
        rows = t[n]._tbl.findall(qn("w:tr"))
        old_rows = t_d[n]._tbl.findall(qn("w:tr"))
        for k, (tr, tr_old) in enumerate(zip(rows, old_rows)):
            if k < first or rnd.random() > 0.35:
                continue
            if all(tc.xpath("string(.)") == tco.xpath("string(.)") for tc, tco in zip(tr.findall(qn("w:tc")), tr_old.findall(qn("w:tc")))):
                continue
            stale = deepcopy(tr_old)
            trpr = stale.find(qn("w:trPr"))
            if trpr is None:
                (trpr,) = f6.frag("<w:trPr/>")
                stale.insert(0, trpr)
            (d,) = f6.frag(f'<w:del w:id="{next(ids)}" {f6.REV}/>')
            trpr.append(d)
            for r in list(stale.iter(qn("w:r"))):
                for wt in r.findall(qn("w:t")):
                    wt.tag = qn("w:delText")
                holder = f6.frag(f'<w:del w:id="{next(ids)}" {f6.REV}/>')[0]
                r.addprevious(holder)
                holder.append(r)
            own = tr.find(qn("w:trPr"))
            if own is None:
                (own,) = f6.frag("<w:trPr/>")
                tr.insert(0, own)
            (ins,) = f6.frag(f'<w:ins w:id="{next(ids)}" {f6.REV}/>')
            own.append(ins)
            for r in list(tr.iter(qn("w:r"))):
                holder = f6.frag(f'<w:ins w:id="{next(ids)}" {f6.REV}/>')[0]
                r.addprevious(holder)
                holder.append(r)
            tr.addprevious(stale)
            moved.append(f"{n} row {k}")
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX with TRACKED CHANGES BY WHOLE ROWS (not accepted): in tables 二 and 三 about a third of the rows are a DELETED ROW of a draft's figures (w:trPr/w:del, its runs w:del/w:delText) right before the same row INSERTED with the current figures (w:trPr/w:ins, runs w:ins): the document as accepted (and Word's 'Final' view) holds only the inserted rows; the deleted rows' figures are WRONG", draft=dict(draft.cells), rows=moved))


def s06() -> None:
    """Writer PDF of a DOCX whose old figures are struck through beside the current ones."""
    rep = Report("常德市安乡县财政局", 2022, "2021", 1506)
    name = "s06_pdf_writer_struck_old_figures.pdf"
    doc, t = f6._docx_with_tables(rep)
    rnd = random.Random(1506)
    struck: dict[str, str] = {}
    for keys, tcs in zip(f6.t3_value_keys(rep), f6.value_tcs(t["t3"], 3, 7)):
        for k, tc in zip(keys, tcs):
            if rnd.random() > 0.35:
                continue
            old = f12.older(rep, k, rnd)
            struck[k] = old
            v = rep.v(k)
            strike = '<w:strike/><w:color w:val="C00000"/>'
            xml = f6.run(old, strike) + f6.run(" ") + f6.run(v) if rnd.random() < 0.7 else f6.run(v) + f6.run(" ") + f6.run(old, strike)
            f6.set_cell_xml(tc, xml)
    with tempfile.TemporaryDirectory(prefix="formats15-") as d:
        src = Path(d) / "s06.docx"
        doc.save(src)
        pdf = soffice(src, "pdf", Path(d))
        (OUT / name).write_bytes(pdf.read_bytes())
    TRUTH.append(rep.truth(name, "Writer PDF (LibreOffice) of a DOCX whose table 三 keeps, in a third of its value cells, the OLD FIGURE STRUCK THROUGH (w:strike, red) before or after the current one, a space between: the PDF draws the old figure with a line through it and its text layer holds both numbers; the struck figures are WRONG, alone or joined", struck=struck))


# ---------------------------------------------------------------- characters in numbers


INVISIBLE = ["\u00ad", "\u2060", "\ufeff", "\u200d", "\u200c"]


def s07() -> None:
    """Saved page: invisible format characters inside numbers; figure spaces as separators."""
    rep = f13.big(Report("常德市桃源县公安局", 2022, "2021", 1507), 40)
    name = "s07_html_invisible_format_chars_in_numbers.html"
    rnd = random.Random(1507)
    written: dict[str, str] = {}

    def body(k: str, t: str) -> str:
        if rnd.random() < 0.4 and len(t) >= 2:
            cut = rnd.randint(1, len(t) - 1)
            ch = rnd.choice(INVISIBLE)
            w = t[:cut] + ch + t[cut:]
        elif rnd.random() < 0.5 and "." not in t and len(t) >= 4:
            w = f13.grouped(int(t), rnd.choice(["\u2007", "\u3000"]))
        else:
            return t
        written[k] = w.encode("unicode_escape").decode()
        return html.escape(w)

    art = article_body(rep, table=lambda n, rows: f12.keyed_table(rep, n, rows, body))
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page, a big city's figures: 40 % of the numbers hold an INVISIBLE FORMAT CHARACTER between two digits (U+00AD soft hyphen, U+2060 word joiner, U+FEFF, U+200D, U+200C: a browser draws nothing there, the number reads whole), and some thousands are grouped by a FIGURE SPACE U+2007 or an IDEOGRAPHIC SPACE U+3000: each cell is its whole number", written=written))


MATH = {"bold": 0x1D7CE, "double": 0x1D7D8, "sans": 0x1D7E2, "mono": 0x1D7F6}


def s08() -> None:
    """Saved page: numbers typed in mathematical alphanumeric digits (𝟏𝟐, 𝟙𝟚, 𝟷𝟸)."""
    rep = Report("常德市石门县文化旅游广电体育局", 2022, "2021", 1508)
    name = "s08_html_mathematical_digits.html"
    rnd = random.Random(1508)
    written: dict[str, str] = {}

    def body(k: str, t: str) -> str:
        if rnd.random() > 0.35 or "." in t:
            return t
        base = MATH[rnd.choice(sorted(MATH))]
        w = "".join(chr(base + int(ch)) for ch in t)
        written[k] = w
        return w

    art = article_body(rep, table=lambda n, rows: f12.keyed_table(rep, n, rows, body))
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose numbers are in a third of the cells typed in MATHEMATICAL ALPHANUMERIC DIGITS (U+1D7CE bold 𝟏𝟐, U+1D7D8 double-struck 𝟙𝟚, U+1D7E2 sans 𝟣𝟤, U+1D7F6 monospace 𝟷𝟸: NFKC gives the digits), as a rich-text editor's 'font' pasted them: each cell is its number", written=written))


# ---------------------------------------------------------------- text files


def _text_report(rep: Report, table) -> str:
    """The report as plain text: title, sections, each table rendered by ``table(n, grid)``."""
    grids = {"t2": rep.t2(), "t3": rep.t3(), "t4": rep.t4()}
    out = [rep.title(), ""]
    for i, (head, paras) in enumerate(rep.sections()):
        out.append(head)
        out.extend(paras)
        name = {1: "t2", 2: "t3", 3: "t4"}.get(i)
        if name:
            out.append(TABLE_TITLES[name])
            out.append("")
            out.append(table(name, grids[name]))
            out.append("")
    return "\n".join(out) + "\n"


def _placed(rows: Grid) -> list[list[str]]:
    """The grid as lines of cells, a spanned cell's text in its first place, others empty."""
    cells, width = grid_positions(rows)
    lines = [[""] * width for _ in rows]
    for r, c, text, _rs, _cs in cells:
        lines[r][c] = text
    return lines


def s09() -> None:
    """Text file: tables as Markdown pipe tables (a separator row under the first line)."""
    rep = Report("常德市津市市市场监督管理局", 2022, "2021", 1509)
    name = "s09_txt_markdown_pipe_tables.txt"

    def table(n: str, rows: Grid) -> str:
        lines = _placed(rows)
        md = ["| " + " | ".join(cell.replace("|", "｜") for cell in line) + " |" for line in lines]
        md.insert(1, "|" + "|".join("---" for _ in lines[0]) + "|")
        return "\n".join(md)

    (OUT / name).write_text(_text_report(rep, table), encoding="utf-8")
    TRUTH.append(rep.truth(name, "plain text as a Markdown editor saves it: each table a MARKDOWN PIPE TABLE (| a | b |, a |---|---| separator row under its first line), a merged cell's text in its first column, the columns it covers empty"))


def s10() -> None:
    """Text file: tables as tab-separated lines (copied from a spreadsheet)."""
    rep = Report("常德市西洞庭管理区社会事务局", 2022, "2021", 1510)
    name = "s10_txt_tab_separated_tables.txt"

    def table(n: str, rows: Grid) -> str:
        return "\n".join("\t".join(line) for line in _placed(rows))

    (OUT / name).write_text(_text_report(rep, table), encoding="utf-8")
    TRUTH.append(rep.truth(name, "plain text whose tables were COPIED FROM A SPREADSHEET: one line a row, cells apart by a TAB, a merged cell's text in its first cell and the cells it covers empty (tabs in a row), no other mark"))


# ---------------------------------------------------------------- HTML: split table, notes


def s11() -> None:
    """Saved page: table 三 as two tables side by side: labels and the first three value
    columns left, the other four right (no label column)."""
    rep = Report("益阳市资阳区司法局", 2022, "2021", 1511)
    name = "s11_html_t3_split_side_by_side.html"
    lines_rows = rep.t3()
    placed, width = grid_positions(lines_rows)
    label_w = width - 7
    cut = label_w + 3  # columns [0, cut) left, [cut, width) right

    def part(lo: int, hi: int) -> str:
        out = ['<table border="1" cellspacing="0" cellpadding="3">']
        for r in range(len(lines_rows)):
            tds = []
            for rr, c, text, rs, cs in placed:
                if rr != r:
                    continue
                a, b = max(c, lo), min(c + cs, hi)
                if a >= b:
                    continue
                show = text if c >= lo else ("" if r >= 3 else text)
                span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{b - a}"' if b - a > 1 else "")
                tds.append(f"<td{span}>{html.escape(show)}</td>")
            out.append("<tr>" + "".join(tds) + "</tr>")
        return "\n".join(out + ["</table>"])

    def table(n: str, rows: Grid) -> str:
        if n != "t3":
            return html_table(rows)
        return (
            '<div style="display:flex;gap:0">'
            f"<div>{part(0, cut)}</div><div>{part(cut, width)}</div></div>"
        )

    art = article_body(rep, table=table)
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose table 三 is TWO TABLES SIDE BY SIDE in a flex row: the left one the label columns and 自然人, 商业企业, 科研机构; the right one 社会公益组织, 法律服务机构, 其他, 总计 with the header rows' parts above them (申请人情况 and 法人或其他组织 cut in two, the right part's copy of the header text) and NO LABEL COLUMN, its rows level with the left's: a browser draws one table; each row's seven values are its cells"))


def s12() -> None:
    """DOCX: merges written as legacy horizontal merges (w:hMerge) instead of w:gridSpan."""
    rep = Report("益阳市赫山区审计局", 2022, "2021", 1512)
    name = "s12_docx_legacy_hmerge_cells.docx"
    doc, t = f6._docx_with_tables(rep)
    changed = 0
    for n in ("t2", "t3", "t4"):
        for tc in list(t[n]._tbl.iter(qn("w:tc"))):
            tcpr = tc.find(qn("w:tcPr"))
            span = tcpr.find(qn("w:gridSpan")) if tcpr is not None else None
            if span is None:
                continue
            k = int(span.get(qn("w:val")))
            tcpr.remove(span)
            (hm,) = f6.frag('<w:hMerge w:val="restart"/>')
            tcpr.append(hm)
            vm = tcpr.find(qn("w:vMerge"))
            for _ in range(k - 1):
                cont = deepcopy(tc)
                for p in cont.findall(qn("w:p")):
                    cont.remove(p)
                (p,) = f6.frag("<w:p/>")
                cont.append(p)
                cpr = cont.find(qn("w:tcPr"))
                cpr.find(qn("w:hMerge")).set(qn("w:val"), "continue")
                if vm is None and cpr.find(qn("w:vMerge")) is not None:
                    cpr.remove(cpr.find(qn("w:vMerge")))
                tc.addnext(cont)
            changed += 1
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, f"DOCX whose {changed} merged cells across columns are written as LEGACY HORIZONTAL MERGES (w:hMerge restart, then an empty w:hMerge continue cell per covered column) instead of w:gridSpan, as old converters write them: Word draws the same merged cells"))


def s13() -> None:
    """Saved page: table 三's 自然人 digits in a private-use icon font (anti-scrape)."""
    rep = Report("益阳市南县农业农村局", 2022, "2021", 1513)
    name = "s13_html_private_use_font_digits.html"
    rnd = random.Random(1513)
    perm = list(range(10))
    rnd.shuffle(perm)
    written: dict[str, str] = {}

    def body(k: str, t: str) -> str:
        if not k.endswith(".natural"):
            return t
        w = "".join(chr(0xE000 + perm[int(ch)]) for ch in t)
        written[k] = w.encode("unicode_escape").decode()
        return f'<span class="num">{w}</span>'

    css = (
        '@font-face{font-family:"gxnum";src:url("./s13_files/gxnum.woff2") format("woff2")}'
        ' .num{font-family:"gxnum"}'
    )

    def table(n: str, rows: Grid) -> str:
        return f12.keyed_table(rep, n, rows, body) if n == "t3" else html_table(rows)

    art = article_body(rep, table=table)
    (OUT / name).write_text(saved_page(rep, art, css=css), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose table 三 自然人 column is written in PRIVATE-USE CODE POINTS (U+E000-U+E009, a shuffled order) drawn as digits by a web font (@font-face gxnum from the site, not saved beside the page), an anti-scrape trick: the markup holds no digit; the truth is what the live page shows; those cells may be unread (or derived from the sums), never another number", written=written))


def s14() -> None:
    """Chromium PDF: table 三 alone on a landscape page (a named @page), the rest portrait."""
    rep = Report("益阳市桃江县水利局", 2022, "2021", 1514)
    name = "s14_pdf_landscape_page_for_table_three.pdf"
    css = (
        "@page{size:A4 portrait;margin:15mm} @page wide{size:A4 landscape;margin:12mm}"
        " .wide{page:wide;break-before:page;break-after:page} table{font-size:10pt}"
    )

    def table(n: str, rows: Grid) -> str:
        h = html_table(rows)
        return f'<div class="wide">{h}</div>' if n == "t3" else h

    chromium_pdf(page(article_body(rep, table=table), css=css, title=rep.title()), OUT / name)
    TRUTH.append(rep.truth(name, "Chromium PDF with MIXED PAGE ORIENTATIONS: the report's pages A4 portrait, table 三 alone on an A4 LANDSCAPE page (a named @page: MediaBox 842x595, no /Rotate, the text upright on it) between them"))


def s15() -> None:
    """Saved page: notes with numbers inside the tables (a <tfoot> row, a caption)."""
    rep = Report("益阳市安化县人力资源和社会保障局", 2022, "2021", 1515)
    name = "s15_html_tfoot_notes_with_numbers.html"
    c = rep.cells
    notes = {
        "t2": f"注：1.本表行政许可数量含变更、延续事项{c['t2.license.decisions'] // 7}项；2.收费金额单位为万元。",
        "t3": "注：本年新收申请中，网上申请12件，信函申请3件，当面申请2件；法人或其他组织申请均为企业申请。",
        "t4": "注：1.行政复议案件中2件为上年度申请、本年度审结；2.行政诉讼1件尚在一审中。",
    }
    caption = {"t2": "单位：件、万元", "t3": "单位：件（2022年1月1日-12月31日）", "t4": "单位：件"}

    def table(n: str, rows: Grid) -> str:
        _cells, width = grid_positions(rows)
        h = html_table(rows)
        h = h.replace(">", f"><caption>{caption[n]}</caption>", 1)
        return h.replace("</table>", f'<tfoot><tr><td colspan="{width}">{notes[n]}</td></tr></tfoot></table>')

    art = article_body(rep, table=table)
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose tables each have a CAPTION with a unit and dates (单位：件（2022年1月1日-12月31日）) and a <tfoot> NOTE ROW spanning the table whose text holds numbers (注：1.…含变更、延续事项N项；网上申请12件，信函申请3件…；行政复议案件中2件为上年度申请…): the notes' numbers are no cells"))


def s16() -> None:
    """Saved page: a screen-reader-only copy of the tables (a draft's figures) before the
    drawn ones."""
    rep = Report("益阳市沅江市民政局", 2023, "2021", 1516)
    draft = Report(rep.agency, rep.year, rep.template, 15161)
    name = "s16_html_screen_reader_only_draft_copy.html"
    css = ".sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}"
    art = article_body(rep)
    art = art.replace("</h1>", '</h1><div class="sr-only">（无障碍阅读版）' + f14.tables_html(draft) + "</div>", 1)
    (OUT / name).write_text(saved_page(rep, art, css=css), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose tables are there TWICE: right under the title a SCREEN-READER-ONLY copy (class sr-only: absolutely placed, 1x1 px, overflow hidden, clip rect(0,0,0,0), the 'visually hidden' pattern) left from a DRAFT with other figures, then the drawn tables in their sections: a browser draws nothing of the first copy; its figures are WRONG", draft=dict(draft.cells)))


def main() -> None:
    builders = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16]
    build(HERE, builders, TRUTH, ONLY)


if __name__ == "__main__":
    main()
