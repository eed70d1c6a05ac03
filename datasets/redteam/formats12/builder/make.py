"""Build formats12's files and truth.jsonl (see ../README.md for what each file is).

The report model, the HTML/DOCX renderers and the Chromium/LibreOffice drivers are
formats4's, the helpers of formats5–formats11 imported from their builders (formats11's
loader brings them all), not copied; what is new here is the forms the files take: numbers
as Chinese numerals, Word's and Excel's own HTML (conditional comments, x:num, hidden
columns), hiding by structural pseudo-classes and by media rules, a declarative shadow root,
columns in another order, a four-row header, tracked cell deletions in DOCX, a glossary
part, struck-through old figures, an ODT with repeated cells and hidden characters, PDF
figures whited out by rectangles and by annotations, a PDF with an OCR layer over its own
text, two tables side by side, a /Rotate 270 page.

Cells the truth gives as None are blank in the source or must stay unread: a value read
for them is WRONG.
"""

from __future__ import annotations

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
F11 = HERE.parents[1] / "formats11" / "builder"
sys.path.insert(0, str(F4))
from sets import build, load_builder  # noqa: E402

from docx.oxml.ns import qn  # noqa: E402
from lxml import etree  # noqa: E402
from model import T3_COLS, T4_COLS, T4_GROUPS, C, Report, grid_positions  # noqa: E402
from render import TABLE_TITLES, Grid, article_body, chromium_pdf, html_table, page, soffice  # noqa: E402, F401


f11 = load_builder("f11make", F11 / "make.py")
f10 = f11.f10
f9, f8, f7, f6, f5, f4 = f10.f9, f10.f8, f10.f7, f10.f6, f10.f5, f10.f4

OUT = HERE.parent / "files"
TRUTH: list[dict] = []
ONLY = sys.argv[1:]
NUM = re.compile(r"[+-]?\d+(\.\d+)?")


def tmpdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="formats12-"))


def saved_page(rep: Report, article: str, css: str = "") -> str:
    return f10.saved_page(rep, article, css=css)


def value_keys(rep: Report, n: str) -> list[str]:
    return f9.value_keys(rep, n)


def grids(rep: Report) -> dict[str, Grid]:
    return {"t2": rep.t2(), "t3": rep.t3(), "t4": rep.t4()}


def keyed_cells(rep: Report, n: str, rows: Grid) -> dict[tuple[int, int], str]:
    """(row, index in row) of each value cell -> its field."""
    return dict(zip(f8._value_positions(rep, n, rows), value_keys(rep, n)))


def keyed_table(rep: Report, n: str, rows: Grid, body, attrs: str = 'border="1" cellspacing="0" cellpadding="3"', tr=None, extra=None) -> str:
    """An HTML table whose value cells' inner HTML is body(key, text); `tr(r)` gives a row's
    attributes, `extra(r, row)` HTML appended to a row."""
    at = keyed_cells(rep, n, rows)
    out = [f"<table {attrs}>"]
    for r, row in enumerate(rows):
        tds = []
        for i, (text, rs, cs) in enumerate(row):
            span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            inner = body(at[(r, i)], text) if (r, i) in at else html.escape(text)
            tds.append(f"<td{span}>{inner}</td>")
        out.append(f"<tr{tr(r) if tr else ''}>" + "".join(tds) + (extra(r, row) if extra else "") + "</tr>")
    return "\n".join(out + ["</table>"])


def other_year(rep: Report, seed: int, year: int | None = None) -> Report:
    return Report(rep.agency, year or rep.year - 1, rep.template, seed)


def older(rep: Report, k: str, rnd: random.Random) -> str:
    """A stale figure for `k` that differs from the shown one."""
    v = rep.cells[k]
    if isinstance(v, float):
        return f"{v + rnd.choice([11.5, 23.25, 104.0]):.2f}"
    return str(int(v) + rnd.choice([1, 2, 3, 5, 8, 12]))


# ---------------------------------------------------------------- HTML

ZH = "〇一二三四五六七八九"


def zh_numeral(n: int, rnd: random.Random) -> str:
    """A count written in Chinese numerals as people type them (十二, 一百零五, 〇/零)."""
    if n == 0:
        return rnd.choice(["〇", "零"])

    def under_10000(n: int) -> str:
        out, zero = "", False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d, n = divmod(n, unit)
            if d:
                if zero and out:
                    out += "零"
                zero = False
                out += ("" if (unit == 10 and d == 1 and not out) else ZH[d]) + name
            elif out:
                zero = True
        return out

    return under_10000(n)


def p01() -> None:
    rep = Report("岳阳市岳阳楼区住房和城乡建设局", 2021, "2021", 1201)
    name = "p01_html_chinese_numerals.html"
    rnd = random.Random(1201)
    written: dict[str, str] = {}

    def body(k: str, t: str) -> str:
        v = rep.cells[k]
        if isinstance(v, int) and rnd.random() < 0.55:
            written[k] = zh_numeral(v, rnd)
            return written[k]
        return html.escape(t)

    art = article_body(rep, table=lambda n, rows: keyed_table(rep, n, rows, body))
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose table cells are typed as CHINESE NUMERALS in over half the cells of every table (十二, 二十三, 一百零五, 一千二百零四, zeros 〇 or 零), the rest Arabic: each numeral means its number (unread is fine, a wrong value is WRONG)", written=written))


# ---- Word's HTML export


def word_html_doc(rep: Report, body: str) -> bytes:
    head = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv=Content-Type content="text/html; charset=gb2312">\n'
        '<meta name=ProgId content=Word.Document>\n<meta name=Generator content="Microsoft Word 15">\n'
        '<meta name=Originator content="Microsoft Word 15">\n'
        f"<title>{html.escape(rep.title())}</title>\n"
        "<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>admin</o:Author>\n"
        "  <o:LastAuthor>办公室</o:LastAuthor>\n  <o:Revision>17</o:Revision>\n  <o:TotalTime>384</o:TotalTime>\n"
        "  <o:Created>2022-01-12T02:11:00Z</o:Created>\n  <o:Pages>6</o:Pages>\n  <o:Words>1837</o:Words>\n"
        "  <o:Characters>10473</o:Characters>\n  <o:Lines>87</o:Lines>\n  <o:Paragraphs>24</o:Paragraphs>\n"
        "  <o:Version>16.00</o:Version>\n </o:DocumentProperties>\n</xml><![endif]-->\n"
        "<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:View>Print</w:View>\n  <w:Zoom>120</w:Zoom>\n"
        "  <w:TrackMoves>false</w:TrackMoves>\n  <w:PunctuationKerning/>\n  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>\n"
        " </w:WordDocument>\n</xml><![endif]-->\n"
        "<style>\n<!--\n /* Font Definitions */\n @font-face\n\t{font-family:宋体;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{mso-style-unhide:no;margin:0cm;text-align:justify;font-size:10.5pt;"
        "font-family:\"Calibri\",sans-serif;}\np.MsoListParagraph\n\t{margin:0cm;text-indent:21.0pt;font-size:10.5pt;}\n"
        "@page WordSection1\n\t{size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n"
        "-->\n</style>\n<!--[if gte mso 10]>\n<style>\n table.MsoNormalTable\n\t{mso-style-name:普通表格;mso-tstyle-rowband-size:0;}\n</style>\n<![endif]-->\n"
        '<!--[if gte mso 9]><xml>\n <o:shapedefaults v:ext="edit" spidmax="2050"/>\n</xml><![endif]-->\n'
        "</head>\n\n<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n\n<div class=WordSection1 style='layout-grid:15.6pt'>\n"
    )
    return (head + body + "\n</div>\n\n</body>\n\n</html>\n").encode("gb18030")


def word_p(text: str, align: str = "") -> str:
    a = f" align={align} style='text-align:{align}'" if align else ""
    return f"<p class=MsoNormal{a}><span style='font-family:仿宋_GB2312'>{html.escape(text)}<span lang=EN-US><o:p></o:p></span></span></p>"


def p02() -> None:
    rep = Report("常德市武陵区自然资源局", 2021, "2021", 1202)
    name = "p02_html_word_export_conditional_comments.htm"
    rnd = random.Random(1202)
    hidden: dict[str, str] = {}
    fields: dict[str, str] = {}
    sp = "<span lang=EN-US style='font-size:9.0pt'>"

    def number(k: str, t: str) -> str:
        r = rnd.random()
        if k.endswith(".total") and k.startswith("t3.") or r < 0.12:
            a = rnd.randint(0, int(float(t)) if "." not in t else 9)
            instr = "=SUM(LEFT)" if k.endswith(".total") else f"= {a} + {float(t) - a:g}".replace("+ -", "- ")
            fields[k] = instr
            return (f"<!--[if supportFields]>{sp}<span style='mso-element:field-begin'></span>"
                    f"<span style='mso-spacerun:yes'>&nbsp;</span>{html.escape(instr)} <span style='mso-element:field-separator'></span></span><![endif]-->"
                    f"{sp}<span style='mso-no-proof:yes'>{html.escape(t)}</span></span>"
                    f"<!--[if supportFields]>{sp}<span style='mso-element:field-end'></span></span><![endif]-->")
        if r < 0.4:
            old = older(rep, k, rnd)
            hidden[k] = old
            hid = f"<span lang=EN-US style='font-size:9.0pt;display:none;mso-hide:all'>{html.escape(old)}</span>"
            return (hid + sp + html.escape(t) + "</span>") if rnd.random() < 0.5 else (sp + html.escape(t) + "</span>" + hid)
        return sp + html.escape(t) + "<o:p></o:p></span>"

    def table(n: str, rows: Grid) -> str:
        at = keyed_cells(rep, n, rows)
        cells, width = grid_positions(rows)
        out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;"
               "mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
        for r, row in enumerate(rows):
            tds = []
            for i, (text, rs, cs) in enumerate(row):
                span = (f" colspan={cs}" if cs > 1 else "") + (f" rowspan={rs}" if rs > 1 else "")
                w = 38 * cs
                if (r, i) in at:
                    inner = number(at[(r, i)], text)
                else:
                    m = re.match(r"^(（[一二三四五六七]）|[一二三四五六七]、|\d\.)(.+)$", text)
                    if m and rnd.random() < 0.7:
                        # the ordinal is Word's list numbering: shown by browsers through a
                        # downlevel-revealed conditional (<![if !supportLists]>)
                        inner = (f"<![if !supportLists]><span style='font-size:9.0pt;mso-list:Ignore'>{html.escape(m.group(1))}</span><![endif]>"
                                 f"<span style='font-size:9.0pt'>{html.escape(m.group(2))}</span>")
                    else:
                        inner = f"<span style='font-size:9.0pt'>{html.escape(text)}</span>"
                tds.append(f"<td width={w}{span} valign=top style='width:{w * 0.75:.1f}pt;border:solid windowtext 1.0pt;"
                           f"mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
                           f"  <p class=MsoNormal align=center style='text-align:center'>{inner}</p>\n  </td>")
            out.append(f" <tr style='mso-yfti-irow:{r}{';mso-yfti-firstrow:yes' if r == 0 else ''}'>\n  " + "\n  ".join(tds) + "\n </tr>")
        out.append(" <![if !supportMisalignedColumns]>\n <tr height=0>\n  " + "".join("<td width=38 style='border:none'></td>" for _ in range(width)) + "\n </tr>\n <![endif]>")
        out.append("</table>")
        tbl = "\n".join(out)
        if n != "t3":
            return tbl
        # table 三 sits in a text box: the VML shape (inside a downlevel-hidden comment, read
        # only by Word) and the browsers' fallback (downlevel-revealed) both hold it
        return ("<p class=MsoNormal><!--[if gte vml 1]><v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">"
                "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>"
                "<v:shape id=\"文本框 2\" o:spid=\"_x0000_s1026\" type=\"#_x0000_t202\" style='position:absolute;margin-left:0;margin-top:6pt;width:480pt;height:560pt;z-index:251659264'>"
                f"<v:textbox><![if !mso]><table cellpadding=0 cellspacing=0 width=\"100%\"><tr><td><![endif]><div>{tbl}</div><![if !mso]></td></tr></table><![endif]></v:textbox></v:shape><![endif]-->"
                "<![if !vml]><span style='mso-ignore:vglayout;position:relative;z-index:251659264'>"
                "<table cellpadding=0 cellspacing=0 align=left><tr><td width=0 height=8></td><td></td></tr><tr><td></td><td>"
                f"<![endif]><div v:shape=\"_x0000_s1026\" style='padding:3.6pt 7.2pt 3.6pt 7.2pt' class=shape>{tbl}</div>"
                "<![if !vml]></td></tr></table></span><![endif]></p>\n<br style='mso-ignore:vglayout' clear=ALL>")

    parts = [word_p(rep.title(), "center")]
    for i, (head, paras) in enumerate(rep.sections()):
        lab, rest = head[:2], head[2:]
        parts.append(f"<p class=MsoListParagraph style='margin-left:0cm;text-indent:32.0pt;mso-list:l0 level1 lfo1'>"
                     f"<![if !supportLists]><span style='font-family:黑体;mso-list:Ignore'>{lab}</span><![endif]>"
                     f"<span style='font-family:黑体'>{html.escape(rest)}<span lang=EN-US><o:p></o:p></span></span></p>")
        for p in paras:
            parts.append(word_p(p))
        n = {1: "t2", 2: "t3", 3: "t4"}.get(i)
        if n:
            parts.append(word_p(TABLE_TITLES[n]))
            parts.append(table(n, grids(rep)[n]))
    (OUT / name).write_bytes(word_html_doc(rep, "\n\n".join(parts)))
    TRUTH.append(rep.truth(name, "Word's own 'Web Page' HTML (.htm, gb2312 declared, GB18030 bytes) with everything Word writes: <!--[if gte mso 9]><xml> document properties with counts (Pages 6, Words 1837…), FIELDS whose codes sit in downlevel-hidden <!--[if supportFields]> comments (=SUM(LEFT) in table 三's 总计, '= 5 + 7' in others: digits in the comment, the result outside), list numbering in downlevel-revealed <![if !supportLists]> (shown by browsers: 一、 and （一） of headings and labels), HIDDEN TEXT as Word exports it (display:none;mso-hide:all: an old figure beside 40 % of the numbers), the <![if !supportMisalignedColumns]> row of empty spacer cells, and table 三 in a TEXT BOX: once in the VML shape inside a comment, once in the <![if !vml]> fallback: shown once", hidden=hidden, fields=fields))


# ---- Excel's HTML pasted into the CMS


def p03() -> None:
    rep = Report("张家界市永定区财政局", 2021, "2021", 1203)
    name = "p03_html_excel_paste_xnum_hidden.html"
    rnd = random.Random(1203)
    last = other_year(rep, 12031)
    blanks: list[str] = []

    def number(k: str, t: str) -> str:
        v = rep.cells[k]
        cls = "xl67"
        if isinstance(v, float):
            return f'<td class=xl71 align=right x:num="{v - 0.00000000000004:.14f}">{t}</td>'
        if v == 0 and k.startswith("t3.") and rnd.random() < 0.3:
            blanks.append(k)
            # the number format 0;-0;;@ draws a zero as nothing
            return '<td class=xl69 align=right x:num="0"></td>'
        if k.endswith(".total"):
            return f'<td class=xl68 align=right x:num="{v}" x:fmla="=SUM(D{rnd.randint(5, 30)}:I{rnd.randint(5, 30)})">{t}</td>'
        r = rnd.random()
        if r < 0.2:
            return f'<td class={cls} align=right x:num="{v}.000000000000004">{t}</td>'
        if r < 0.5:
            return f"<td class={cls} align=right x:num>{t}</td>"
        return f'<td class={cls} align=right x:num="{v}">{t}</td>'

    def table(n: str, rows: Grid) -> str:
        at = keyed_cells(rep, n, rows)
        cells, width = grid_positions(rows)
        hide_col = n == "t3"
        lastv = {k: last.v(k) for k in value_keys(last, n)}
        out = ["<table border=0 cellpadding=0 cellspacing=0 width=720 style='border-collapse:collapse;table-layout:fixed;width:540pt'>"]
        for c in range(width + (1 if hide_col else 0)):
            if hide_col and c == 3:
                out.append(" <col class=xl65 width=0 style='display:none;mso-width-source:userset;mso-width-alt:2304'>")
            else:
                out.append(f" <col class=xl65 width={60 if c >= width - 7 else 90} style='mso-width-source:userset;width:{45 if c >= width - 7 else 68}pt'>")
        for r, row in enumerate(rows):
            if n == "t4" and r == 3:
                # last year's value row, hidden in the sheet (Excel writes the row with display:none)
                out.append(" <tr height=0 style='display:none;mso-height-source:userset;mso-height-alt:0'>" +
                           "".join(f"<td class=xl67 align=right x:num>{last.v(f't4.{g}.{c}')}</td>" for g in T4_GROUPS for c in T4_COLS) + "</tr>")
            tds = []
            for i, (text, rs, cs) in enumerate(row):
                span = (f" colspan={cs}" if cs > 1 else "") + (f" rowspan={rs}" if rs > 1 else "")
                if (r, i) in at:
                    tds.append(number(at[(r, i)], text))
                else:
                    tds.append(f"<td{span} class=xl66 width={90 * cs} style='width:{68 * cs}pt'>{html.escape(text)}</td>")
            if hide_col:
                # a hidden column D (last year's totals) after the label columns
                if r == 0:
                    tds.insert(1, "<td rowspan=3 class=xl66 style='display:none'>上年合计</td>")
                elif r >= 3:
                    rid = rep.t3_rows()[r - 3][0]
                    nlab = len(row) - 7
                    tds.insert(nlab, f"<td class=xl67 align=right style='display:none' x:num>{lastv.get(f't3.{rid}.total', '')}</td>")
            out.append(f" <tr height=24 style='mso-height-source:userset;height:18.0pt'>\n  " + "\n  ".join(tds) + "\n </tr>")
        out.append(" <![if supportMisalignedColumns]>\n <tr height=0 style='display:none'>\n  " + "".join("<td width=60 style='width:45pt'></td>" for _ in range(width)) + "\n </tr>\n <![endif]>")
        out.append("</table>")
        return "\n".join(out)

    css = (".xl65{mso-style-parent:style0;mso-number-format:General} .xl66{border:.5pt solid windowtext;text-align:center;white-space:normal}"
           " .xl67{border:.5pt solid windowtext;mso-number-format:0} .xl68{border:.5pt solid windowtext;mso-number-format:0}"
           " .xl69{border:.5pt solid windowtext;mso-number-format:\"0\\;-0\\;\\;\\@\"} .xl71{border:.5pt solid windowtext;mso-number-format:\"0\\.00\"}")
    art = article_body(rep, table=table)
    (OUT / name).write_text(saved_page(rep, art, css=css), encoding="utf-8")
    truth = rep.truth(name, "saved page whose three tables were PASTED FROM EXCEL (the CMS kept Excel's HTML): numbers with x:num holding the raw value (x:num=\"12.000000000000004\", a bare x:num, 793.78999999999996 shown 793.79), 总计 cells with x:fmla, zeros drawn as NOTHING by the number format 0;-0;;@ (x:num=\"0\", no text: blank, truth None), table 三's hidden column D of last year's totals (<col style=display:none> and each cell display:none, between the labels and 自然人), table 四's hidden row of last year's values, the <![if supportMisalignedColumns]> spacer row", blanks=blanks)
    for k in blanks:
        truth["cells"][k] = None
    TRUTH.append(truth)


# ---- hiding by structural pseudo-classes and media rules


def p04() -> None:
    rep = Report("娄底市娄星区人力资源和社会保障局", 2021, "2021", 1204)
    name = "p04_html_css_structural_selectors.html"
    rnd = random.Random(1204)
    last = other_year(rep, 12041)
    hidden: dict[str, str] = {}

    def t2body(k: str, t: str) -> str:
        old = older(rep, k, rnd)
        hidden[k] = old
        return f"<span>{html.escape(old)}</span><span>{html.escape(t)}</span>"

    def table(n: str, rows: Grid) -> str:
        if n == "t2":
            return keyed_table(rep, n, rows, t2body, attrs='class="t2" border="1" cellspacing="0"')
        if n == "t3":
            lastrows = {rid: last.v(f"t3.{rid}.total") for rid, _l, _x in last.t3_rows()}
            rids = [rid for rid, _l, _x in rep.t3_rows()]

            def extra(r: int, row) -> str:
                if r == 0:
                    return '<td rowspan="3">上年总计</td>'
                if r < 3:
                    return ""
                return f"<td>{lastrows[rids[r - 3]]}</td>"

            # header rows 2 and 3 get no extra cell: row 1's spans three rows
            return keyed_table(rep, n, rows, lambda k, t: html.escape(t), attrs='class="t3" border="1" cellspacing="0"', extra=extra)
        # table 四: last year's values as the 4th row, this year's the 5th
        t4 = keyed_table(rep, n, rows, lambda k, t: html.escape(t), attrs='class="t4" border="1" cellspacing="0"')
        lastrow = "<tr>" + "".join(f"<td>{last.v(f't4.{g}.{c}')}</td>" for g in T4_GROUPS for c in T4_COLS) + "</tr>"
        i = [m.start() for m in re.finditer("<tr>", t4)][3]
        return t4[:i] + lastrow + "\n" + t4[i:]

    css = (".t2 td > span:first-child{display:none}"
           " .t3 tr:first-child > td:last-child, .t3 tr:nth-child(n+4) > td:last-child{display:none}"
           " .t4 tr:nth-child(4){display:none}")
    art = article_body(rep, table=table)
    (OUT / name).write_text(saved_page(rep, art, css=css), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose old figures are hidden by STRUCTURAL PSEUDO-CLASS selectors in the page's <style>: table 二's value cells hold <span>old</span><span>new</span> with `.t2 td > span:first-child{display:none}`; table 三 has a trailing column of last year's totals (上年总计) hidden by `.t3 tr:first-child > td:last-child, .t3 tr:nth-child(n+4) > td:last-child`; table 四's 4th row (last year's values) hidden by `.t4 tr:nth-child(4)`", hidden=hidden))


def p05() -> None:
    rep = Report("怀化市鹤城区发展和改革局", 2021, "2021", 1205)
    name = "p05_html_media_rules.html"
    rnd = random.Random(1205)
    hidden: dict[str, str] = {}
    olds = ["o1", "o2", "o3", "o4"]
    news = ["n1", "n2", "n3"]

    def body(k: str, t: str) -> str:
        r = rnd.random()
        if r < 0.45:
            old = older(rep, k, rnd)
            hidden[k] = old
            o = f'<span class="{rnd.choice(olds)}">{html.escape(old)}</span>'
            return o + html.escape(t) if rnd.random() < 0.5 else html.escape(t) + o
        if r < 0.75:
            return f'<span class="{rnd.choice(news)}">{html.escape(t)}</span>'
        return html.escape(t)

    art = article_body(rep, table=lambda n, rows: keyed_table(rep, n, rows, body))
    css = ("@media screen{.o1{display:none}} @media all and (min-width:1px){.o3{display:none}}"
           " @supports (display:grid){.o4{display:none}}"
           " @media print{.n1{display:none} .o1,.o2,.o3,.o4{display:inline}} @media (max-width:1px){.n3{display:none}}")
    doc = saved_page(rep, art, css=css)
    doc = doc.replace("</head>", '<style media="screen">.o2{display:none}</style><style media="print">.n2{display:none}</style></head>', 1)
    (OUT / name).write_text(doc, encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose old figures (beside 45 % of the numbers) are hidden by rules INSIDE AT-RULES that apply on a screen: @media screen, @media all and (min-width:1px), @supports (display:grid), a <style media=screen>; and 30 % of the shown numbers are in spans hidden only where the page is NOT on a screen: @media print, @media (max-width:1px), a <style media=print> (the print rule also shows the old figures): on the screen the page shows the current numbers", hidden=hidden))


def p06() -> None:
    rep = Report("郴州市北湖区水利局", 2022, "2021", 1206)
    name = "p06_html_declarative_shadow_root.html"
    last = other_year(rep, 12061)
    g_now, g_last = grids(rep), grids(last)

    def table(n: str, rows: Grid) -> str:
        return ('<div class="tbl"><template shadowrootmode="open"><style>table{border-collapse:collapse;font-size:9pt}'
                "td{border:1px solid #000;padding:2px}</style>" + html_table(g_now[n]) + "</template>"
                + '<div class="fallback">' + html_table(g_last[n]) + "</div></div>")

    art = article_body(rep, table=table)
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page of a web-component CMS: each table a host <div> with a DECLARATIVE SHADOW ROOT (<template shadowrootmode=open>, drawn by browsers since 2023) holding this year's table, and as its light-DOM child last year's table (the script-less fallback the component replaces): with no <slot> in the shadow root the light-DOM table is NOT drawn; the page shows the shadow root's", hidden_table_year=last.year))


def t3_permuted(rep: Report, order: list[str]) -> Grid:
    names = dict(zip(T3_COLS, ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]))
    head = rep.t3_header()
    head[2] = [C(names[c]) for c in order]
    rows = [list(r) for r in head]
    for rid, _labels, lead in rep.t3_rows():
        rows.append(lead + [C(rep.v(f"t3.{rid}.natural"))] + [C(rep.v(f"t3.{rid}.{c}")) for c in order] + [C(rep.v(f"t3.{rid}.total"))])
    return rows


def t4_permuted(rep: Report, order: list[str]) -> Grid:
    names = dict(zip(T4_COLS, ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]))
    return [
        [C("行政复议", cs=5), C("行政诉讼", cs=10)],
        [C(names[c], rs=2) for c in order] + [C("未经复议直接起诉", cs=5), C("复议后起诉", cs=5)],
        [C(names[c]) for c in order * 2],
        [C(rep.v(f"t4.{g}.{c}")) for g in T4_GROUPS for c in order],
    ]


def p07() -> None:
    rep = Report("永州市零陵区林业局", 2021, "2021", 1207)
    name = "p07_html_columns_in_another_order.html"
    o3 = ["research", "commercial", "legal", "social", "other"]
    o4 = ["corrected", "upheld", "pending", "other", "total"]

    def table(n: str, rows: Grid) -> str:
        if n == "t3":
            return html_table(t3_permuted(rep, o3))
        if n == "t4":
            return html_table(t4_permuted(rep, o4))
        return html_table(rows)

    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table)), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose tables keep the template's labels but put COLUMNS IN ANOTHER ORDER: table 三's 法人或其他组织 sub-columns 科研机构, 商业企业, 法律服务机构, 社会公益组织, 其他; table 四's five columns of each group 结果纠正, 结果维持, 尚未审结, 其他结果, 总计: every value belongs to the column its header names (placed by position, columns swap)", t3_order=o3, t4_order=o4))


def p08() -> None:
    rep = Report("株洲市天元区城市管理和综合执法局", 2021, "2021", 1208)
    name = "p08_html_four_row_headers.html"

    def table(n: str, rows: Grid) -> str:
        if n == "t3":
            head = [
                [C("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rs=4, cs=3), C("申请人情况（单位：件）", cs=7)],
                [C("自然人", rs=3), C("法人或其他组织", cs=5), C("总计", rs=3)],
                [C("企业", cs=1), C("非企业组织", cs=4)],
                [C("商业企业"), C("科研机构"), C("社会公益组织"), C("法律服务机构"), C("其他")],
            ]
            return html_table(head + rows[3:])
        if n == "t4":
            head = [
                [C("政府信息公开行政复议、行政诉讼情况（单位：件）", cs=15)],
                [C("行政复议", cs=5), C("行政诉讼", cs=10)],
                [C("复议结果", cs=4), C("总计", rs=3), C("未经复议直接起诉", cs=5), C("复议后起诉", cs=5)],
                [C(x, rs=2) for x in ("结果维持", "结果纠正", "其他结果", "尚未审结")] + [C("诉讼结果", cs=4), C("总计", rs=2), C("诉讼结果", cs=4), C("总计", rs=2)],
                [C(x) for x in ("结果维持", "结果纠正", "其他结果", "尚未审结") * 2],
            ]
            return html_table(head + rows[3:])
        return html_table(rows)

    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table)), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose tables 三 and 四 have HEADERS OVER MORE ROWS with merged cells: table 三's header four rows (申请人情况（单位：件）; 自然人 / 法人或其他组织 / 总计; an extra level 企业 over 商业企业 and 非企业组织 over the other four; the five kinds), table 四's five (a title row across all 15 columns, 行政复议 / 行政诉讼, 复议结果 over four columns with its 总计 beside, 诉讼结果 over four columns in each suit group with its 总计 beside)"))


# ---------------------------------------------------------------- DOCX


def p09() -> None:
    rep = Report("湘潭市岳塘区司法局", 2021, "2021", 1209)
    name = "p09_docx_tracked_cell_deletions.docx"
    doc, t = f6._docx_with_tables(rep)
    rnd = random.Random(1209)
    ident = [900]
    rev = f6.REV

    def nid() -> str:
        ident[0] += 1
        return str(ident[0])

    def del_cell(text: str) -> object:
        (tc,) = f6.frag(f'<w:tc><w:tcPr><w:tcW w:w="600" w:type="dxa"/><w:cellDel w:id="{nid()}" {rev}/></w:tcPr>'
                        f'<w:p><w:del w:id="{nid()}" {rev}><w:r><w:delText>{html.escape(text)}</w:delText></w:r></w:del></w:p></w:tc>')
        return tc

    keys = f6.t3_value_keys(rep)
    tcs = f6.value_tcs(t["t3"], 3, 7)
    cut = {"before_natural": [], "after_total": [], "digit_in_wrapper": []}
    for i, row in enumerate(tcs):
        r = rnd.random()
        if r < 0.4:
            # a column of old figures was deleted with tracking: the row keeps a deleted cell
            row[0].addprevious(del_cell(older(rep, keys[i][0], rnd)))
            cut["before_natural"].append(keys[i][0].rsplit(".", 1)[0])
        elif r < 0.6:
            row[-1].addnext(del_cell(older(rep, keys[i][-1], rnd)))
            cut["after_total"].append(keys[i][-1].rsplit(".", 1)[0])
        for j, tc in enumerate(row):
            if rnd.random() < 0.12:
                (x,) = f6.frag(f'<w:cellIns w:id="{nid()}" {rev}/>')
                tc.find(qn("w:tcPr")).append(x)
            elif rnd.random() < 0.15:
                v = rep.v(keys[i][j])
                junk = str(rnd.randint(0, 9))
                at = rnd.randint(0, len(v))
                pre, post = v[:at], v[at:]
                deleted = f'<w:del w:id="{nid()}" {rev}><w:r><w:delText>{junk}</w:delText></w:r></w:del>'
                wrap = rnd.choice(["sdt", "hyperlink", "smartTag"])
                inner = (f6.run(pre) if pre else "") + deleted + (f6.run(post) if post else "")
                if wrap == "sdt":
                    xml = f"<w:sdt><w:sdtPr><w:id w:val=\"{nid()}\"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>"
                elif wrap == "hyperlink":
                    xml = f'<w:hyperlink w:anchor="_t{nid()}">{inner}</w:hyperlink>'
                else:
                    xml = f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chmetcnv">{inner}</w:smartTag>'
                f6.set_cell_xml(tc, xml)
                cut["digit_in_wrapper"].append(keys[i][j])
    # table 四: a deleted cell between the review group and the direct suits
    t4 = t["t4"]._tbl.findall(qn("w:tr"))[3].findall(qn("w:tc"))
    t4[4].addnext(del_cell("7"))
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX with TRACKED CELL DELETIONS (w:tcPr/w:cellDel: a cell deleted with Track Changes on, not accepted): in 40 % of table 三's body rows a deleted cell of old figures stands before 自然人 (its text w:delText), in 20 % one after 总计, in table 四 one between 行政复议's 总计 and the direct suits; some cells marked w:cellIns (inserted: shown); 15 % of the numbers have a DELETED DIGIT inside a run-level content control, a hyperlink or a smart tag. The final document has no deleted cell: counting a deleted cell shifts every later value of the row", changed=cut))


def p10() -> None:
    rep = Report("益阳市赫山区应急管理局", 2021, "2021", 1210)
    name = "p10_docx_glossary_and_header_parts.docx"
    last = other_year(rep, 12101)
    doc, t = f6._docx_with_tables(rep)
    hdr = doc.sections[0].header
    ht = hdr.add_table(1, 4, width=doc.sections[0].page_width - doc.sections[0].left_margin - doc.sections[0].right_margin)
    for c, s in zip(ht.rows[0].cells, ["索引号", "431103/2022-00217", "文号", "益赫应急〔2022〕3号"]):
        c.text = s
    d = tmpdir()
    doc.save(d / "base.docx")
    ldoc, lt = f6._docx_with_tables(last)
    parts = []
    for n in ("t2", "t3", "t4"):
        xml = etree.tostring(lt[n]._tbl, encoding="unicode")
        parts.append(f'<w:docPart><w:docPartPr><w:name w:val="{last.year}年统计表{n}"/><w:category><w:name w:val="常规"/><w:gallery w:val="autoTxt"/></w:category>'
                     f'<w:behaviors><w:behavior w:val="content"/></w:behaviors><w:guid w:val="{{4A1B2C3D-0000-4000-8000-00000000000{len(parts)}}}"/></w:docPartPr>'
                     f'<w:docPartBody><w:p><w:r><w:t>{TABLE_TITLES[n]}</w:t></w:r></w:p>{xml}<w:p/></w:docPartBody></w:docPart>')
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    gloss = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:glossaryDocument xmlns:w="{W}" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:docParts>' + "".join(parts) + "</w:docParts></w:glossaryDocument>")
    gloss = re.sub(r' xmlns:\w+="[^"]+"', "", gloss.split("<w:docParts>", 1)[1])
    gloss = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:glossaryDocument xmlns:w="{W}" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
             'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:docParts>' + gloss)
    with zipfile.ZipFile(d / "base.docx") as zin, zipfile.ZipFile(OUT / name, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/glossary/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"/></Types>')
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdGl1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument" Target="glossary/document.xml"/></Relationships>')
            zout.writestr(item, data)
        zout.writestr("word/glossary/document.xml", gloss)
    TRUTH.append(rep.truth(name, "DOCX made from a unit's template: its GLOSSARY DOCUMENT part (word/glossary/document.xml, building blocks / AutoText) holds LAST YEAR'S three tables with their figures (never shown in the document); the page HEADER holds a small table (索引号 431103/2022-00217, 文号 益赫应急〔2022〕3号): only the body's tables count", glossary_year=last.year))


def p11() -> None:
    rep = Report("邵阳市大祥区教育局", 2021, "2021", 1211)
    name = "p11_docx_struck_old_figures.docx"
    doc, t = f6._docx_with_tables(rep)
    rnd = random.Random(1211)
    struck: dict[str, str] = {}
    for n, first in (("t3", 3), ("t2", None)):
        if n == "t3":
            keys = [k for row in f6.t3_value_keys(rep) for k in row]
            tcs = [tc for row in f6.value_tcs(t["t3"], 3, 7) for tc in row]
        else:
            tbl = t["t2"]
            keys, tcs = [], []
            for k in value_keys(rep, "t2"):
                keys.append(k)
            vals = [tc for tr in tbl._tbl.findall(qn("w:tr")) for tc in tr.findall(qn("w:tc"))
                    if NUM.fullmatch("".join(x.text or "" for x in tc.iter(qn("w:t"))))]
            tcs = vals
            assert len(tcs) == len(keys), (len(tcs), len(keys))
        for k, tc in zip(keys, tcs):
            if rnd.random() < (0.3 if n == "t3" else 0.5):
                old = older(rep, k, rnd)
                struck[k] = old
                s = f6.run(old, rnd.choice(["<w:strike/>", "<w:dstrike/>", '<w:strike/><w:color w:val="FF0000"/>']))
                gap = rnd.choice(["", f6.run(" ")])
                cur = f6.run(rep.v(k))
                f6.set_cell_xml(tc, s + gap + cur if rnd.random() < 0.7 else cur + gap + s)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX where the reviewer STRUCK THROUGH the old figure instead of tracking the change: 30 % of table 三's cells and half of table 二's hold an old number in a run with w:strike or w:dstrike (some red) before or after the current one (with or without a space): the current number is the one not struck (as j15's <del>/<s> in HTML)", hidden=struck))


def p12() -> None:
    rep = Report("衡阳市石鼓区文化旅游广电体育局", 2021, "2021", 1212)
    name = "p12_odt_repeated_cells_hidden_chars.odt"
    rnd = random.Random(1212)
    d = tmpdir()
    doc, _t = f6._docx_with_tables(rep)
    doc.save(d / "src.docx")
    odt = soffice(d / "src.docx", "odt", d)
    ns = {
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
        "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    }
    T = "{%s}" % ns["table"]
    X = "{%s}" % ns["text"]
    with zipfile.ZipFile(odt) as z:
        files = {i.filename: z.read(i.filename) for i in z.infolist()}
        infos = z.infolist()
    root = etree.fromstring(files["content.xml"])
    auto = root.find("office:automatic-styles", ns)
    (st,) = etree.fromstring(
        f'<x xmlns:style="{ns["style"]}" xmlns:text="{ns["text"]}" xmlns:fo="{ns["fo"]}"><style:style style:name="Thid" style:family="text">'
        '<style:text-properties text:display="none"/></style:style></x>')
    auto.append(st)
    tables = root.findall(".//table:table", ns)
    hidden: dict[str, str] = {}
    repeated = 0
    # hidden old digits (a character style with text:display="none") in table 三's numbers
    t3 = tables[1]
    keys = iter([k for row in f6.t3_value_keys(rep) for k in row])
    rows3 = t3.findall(".//table:table-row", ns)[3:]
    for tr in rows3:
        cells = [c for c in tr if c.tag == T + "table-cell"][-7:]
        for c in cells:
            k = next(keys)
            p = c.find("text:p", ns)
            assert (p.text or "").strip() == rep.v(k), (k, p.text, rep.v(k))
            if rnd.random() < 0.25:
                old = str(rnd.randint(0, 9))
                hidden[k] = old
                v = rep.v(k)
                at = rnd.randint(0, len(v))
                p.text = v[:at]
                span = etree.SubElement(p, X + "span")
                span.set(X + "style-name", "Thid")
                span.text = old
                span.tail = v[at:]
    # identical neighbouring cells written once with table:number-columns-repeated
    for tbl in tables:
        for tr in tbl.findall(".//table:table-row", ns):
            cells = list(tr)
            i = 0
            while i < len(cells):
                c = cells[i]
                if c.tag != T + "table-cell" or T + "number-columns-spanned" in c.attrib:
                    i += 1
                    continue
                j = i + 1
                ser = etree.tostring(c, with_tail=False)
                while j < len(cells) and cells[j].tag == T + "table-cell" and etree.tostring(cells[j], with_tail=False) == ser:
                    j += 1
                if j - i > 1 and rnd.random() < 0.8:
                    c.set(T + "number-columns-repeated", str(j - i))
                    for x in cells[i + 1:j]:
                        tr.remove(x)
                    repeated += j - i - 1
                i = j
    files["content.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    with zipfile.ZipFile(OUT / name, "w") as zout:
        for info in infos:
            zout.writestr(info, files[info.filename], compress_type=zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED)
    TRUTH.append(rep.truth(name, f"OpenDocument text (LibreOffice's ODT, edited as ODF allows): IDENTICAL NEIGHBOURING CELLS WRITTEN ONCE with table:number-columns-repeated ({repeated} cells folded: 0 0 0 as one cell repeated 3 times; counted once every later cell of the row shifts left), and an old digit in 25 % of table 三's numbers in a span whose character style is HIDDEN (style:text-properties text:display=\"none\")", hidden=hidden, repeated=repeated))


# ---------------------------------------------------------------- PDF


def sheet_pdf(rep: Report, path: Path, number, sheet_cls=None, after=None) -> None:
    sheet = (sheet_cls or f9.Sheet)(path, number=None)
    sheet.number = lambda x, y, s, size, key: number(sheet, x, y, s, size, key)
    if after:
        after(sheet)
    f9.sheet_report(rep, sheet)
    sheet.save()


def p13() -> None:
    rep = Report("岳阳市君山区市场监督管理局", 2021, "2021", 1213)
    name = "p13_pdf_whiteout_rectangles.pdf"
    rnd = random.Random(1213)
    covered: dict[str, str] = {}

    def number(sh, x, y, s, size, key):
        cv = sh.cv
        cv.setFont("STSong-Light", size)
        if key and rnd.random() < 0.45:
            old = older(rep, key, rnd)
            covered[key] = old
            ow = sh.pm.stringWidth(old, "STSong-Light", size)
            ox = x + (sh.pm.stringWidth(s, "STSong-Light", size) - ow) / 2
            cv.setFillColorRGB(0, 0, 0)
            cv.drawString(ox, y, old)
            # what a PDF editor's 'edit text' leaves: a white box over the old figure, the new one on it
            cv.setFillColorRGB(1, 1, 1)
            cv.rect(ox - 1.5, y - 2.2, ow + 3, size + 3.2, stroke=0, fill=1)
            cv.setFillColorRGB(0, 0, 0)
        cv.drawString(x, y, s)

    sheet_pdf(rep, OUT / name, number)
    TRUTH.append(rep.truth(name, "report-engine PDF EDITED WITH A PDF EDITOR's 'edit text': 45 % of the value cells of all three tables drew the OLD figure, then a WHITE FILLED RECTANGLE over it (a vector path, no picture), then the new figure on the rectangle: the text layer holds both (old first); the page shows the new", hidden=covered))


def p14() -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject

    rep = Report("常德市鼎城区农业农村局", 2021, "2021", 1214)
    name = "p14_pdf_freetext_annotation_corrections.pdf"
    rnd = random.Random(1214)
    covered: dict[str, str] = {}
    marks: list[tuple[int, float, float, float, float, str]] = []
    d = tmpdir()

    def number(sh, x, y, s, size, key):
        cv = sh.cv
        cv.setFont("STSong-Light", size)
        if key and rnd.random() < 0.4:
            old = older(rep, key, rnd)
            covered[key] = old
            ow = sh.pm.stringWidth(old, "STSong-Light", size)
            ox = x + (sh.pm.stringWidth(s, "STSong-Light", size) - ow) / 2
            cv.drawString(ox, y, old)
            w = max(ow, sh.pm.stringWidth(s, "STSong-Light", size)) + 4
            marks.append((cv.getPageNumber() - 1, ox + ow / 2 - w / 2, y - 2.2, w, size + 3.2, s))
            return
        cv.drawString(x, y, s)

    sheet_pdf(rep, d / "src.pdf", number)
    reader = PdfReader(str(d / "src.pdf"))
    writer = PdfWriter(clone_from=reader)
    helv = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    helv_ref = writer._add_object(helv)
    for pg, x, y, w, h, s in marks:
        size = h - 3.2
        tw = len(s) * size * 0.556
        ap = DecodedStreamObject()
        ap.set_data(f"q 1 1 1 rg 0 0 {w:.2f} {h:.2f} re f Q BT 0 0 0 rg /Helv {size:.1f} Tf {(w - tw) / 2:.2f} 2.2 Td ({s}) Tj ET".encode())
        ap.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                   NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(w), FloatObject(h)]),
                   NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): helv_ref})})})
        annot = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
            NameObject("/Rect"): ArrayObject([FloatObject(x), FloatObject(y), FloatObject(x + w), FloatObject(y + h)]),
            NameObject("/Contents"): TextStringObject(s), NameObject("/F"): NumberObject(4),
            NameObject("/DA"): TextStringObject(f"0 0 0 rg /Helv {size:.1f} Tf"), NameObject("/T"): TextStringObject("审核"),
            NameObject("/IC"): ArrayObject([FloatObject(1), FloatObject(1), FloatObject(1)]),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(ap)}),
        })
        page = writer.pages[pg]
        if "/Annots" not in page:
            page[NameObject("/Annots")] = ArrayObject()
        page["/Annots"].append(writer._add_object(annot))
    with open(OUT / name, "wb") as f:
        writer.write(f)
    TRUTH.append(rep.truth(name, "report-engine PDF CORRECTED WITH ANNOTATIONS in a PDF reader: 40 % of the value cells' page text holds the OLD figure; over each a FreeText annotation (printable, an appearance stream filling a white box and drawing the corrected figure in Helvetica; /Contents the same figure): every viewer and printer shows the annotation's figure, the page's own text is covered", hidden=covered))


SLIP = {"0": "O", "1": "l", "3": "8", "5": "6", "8": "3", "6": "5", "7": "1"}


def p15() -> None:
    rep = Report("张家界市武陵源区卫生健康局", 2021, "2021", 1215)
    name = "p15_pdf_ocr_layer_over_own_text.pdf"
    rnd = random.Random(1215)
    slips: dict[str, str] = {}

    def invisible(cv, x, y, s, font, size):
        t = cv.beginText()
        t.setTextRenderMode(3)
        t.setFont(font, size)
        t.setTextOrigin(x + rnd.uniform(-0.8, 0.8), y + rnd.uniform(-0.6, 0.6))
        t.textOut(s)
        # the render mode is text state, kept past ET: the page's own text after it must
        # be drawn visible again
        t.setTextRenderMode(0)
        cv.drawText(t)

    def number(sh, x, y, s, size, key):
        sh.cv.setFont("STSong-Light", size)
        sh.draw_visible(x, y, s)
        o = s
        if key and rnd.random() < 0.15:
            i = rnd.randrange(len(s))
            if s[i] in SLIP:
                o = s[:i] + SLIP[s[i]] + s[i + 1:]
                slips[key] = o
        invisible(sh.cv, x, y, o, "Helvetica", size)

    def after(sh):
        draw = sh.draw_visible = sh.cv.drawString

        def both(x, y, s, *a, **kw):
            draw(x, y, s, *a, **kw)
            invisible(sh.cv, x, y, s.replace("公开", "公幵" if rnd.random() < 0.2 else "公开"), "STSong-Light", sh.cv._fontsize)

        sh.cv.drawString = both

    sheet_pdf(rep, OUT / name, number, after=after)
    TRUTH.append(rep.truth(name, "born-digital report-engine PDF later run through OCR that did NOT skip pages with text ('force OCR'): every line and number is in the text layer TWICE, the page's own visible text and an INVISIBLE OCR copy (render mode 3) at nearly the same place (±0.8 pt), the OCR copy with slips in 15 % of the numbers (8↔3, 0→O, 1→l, 5↔6, 7→1) and 公幵 in some labels: the page shows one number per cell, the visible one", slips=slips))


def p16() -> None:
    rep = Report("湘西州凤凰县交通运输局", 2021, "2021", 1216)
    name = "p16_pdf_tables_side_by_side.pdf"

    def table(n: str, rows: Grid) -> str:
        if n == "t2":
            return ('<div style="display:flex;gap:18px;align-items:flex-start">'
                    f'<div style="flex:1"><p>表一 主动公开政府信息情况</p>{html_table(rows)}</div>'
                    f'<div style="flex:1.4"><p>表三 政府信息公开行政复议、行政诉讼情况</p>{html_table(rep.t4())}</div></div>')
        if n == "t4":
            return "<p>（见表三）</p>"
        return html_table(rows)

    css = "@page{size:A4 landscape;margin:14mm} body{font-size:10.5pt} table{font-size:8pt}"
    chromium_pdf(page(article_body(rep, table=table), css=css, title=rep.title()), OUT / name)
    TRUTH.append(rep.truth(name, "Chromium PDF (A4 landscape) with TWO TABLES SIDE BY SIDE: under section 二, table 二 (表一) on the left and table 四 (表三, 15 columns) on the right in one flex row, their rows on the same lines of the page; table 三 full width after section 三; section 四 says （见表三）",
                           # 湘西州 is the short form of the prefecture's name (added after the first reading, as formats11 o11's)
                           agency_any=[rep.agency, "湘西土家族苗族自治州凤凰县交通运输局"]))


def p18() -> None:
    from pypdf import PdfWriter, Transformation

    rep = Report("邵阳市新邵县民政局", 2021, "2021", 1218)
    name = "p18_pdf_rotate_270_page.pdf"
    d = tmpdir()

    def table(n: str, rows: Grid) -> str:
        h = html_table(rows)
        return f'<div class="land">{h}</div>' if n == "t3" else h

    css = "@page land{size:A4 landscape} .land{page:land} .land table{font-size:8pt}"
    chromium_pdf(page(article_body(rep, table=table), css=css), d / "src.pdf")
    writer = PdfWriter(clone_from=str(d / "src.pdf"))
    for p in writer.pages:
        w, h = float(p.mediabox.width), float(p.mediabox.height)
        if w > h:
            # portrait media, content turned a quarter the other way (counter-clockwise),
            # /Rotate 270 turning it back for the viewer
            p.add_transformation(Transformation().rotate(-90).translate(0, w))
            p.mediabox.upper_right = (h, w)
            p.cropbox.upper_right = (h, w)
            p.rotation = 270
    with open(OUT / name, "wb") as f:
        writer.write(f)
    TRUTH.append(rep.truth(name, "Chromium PDF whose table 三 page is landscape stored as PORTRAIT MEDIA with the content turned a quarter COUNTER-clockwise and /Rotate 270 turning it back for the viewer (g05 was the other way, /Rotate 90)"))


def main() -> None:
    builders = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16, p18]
    build(HERE, builders, TRUTH, ONLY)


if __name__ == "__main__":
    main()
