"""Build formats9's files and truth.jsonl (see ../README.md for what each file is).

The report model, the HTML/DOCX renderers and the Chromium/LibreOffice drivers are
formats4's, the model edits formats5's, the DOCX XML helpers formats6's, the saved-page
helper formats7's and the shown-cell helper formats8's (all imported from their builders,
not copied); what is new here is the forms the files take: tables as box-drawn <pre> text
or as &nbsp;-aligned lines, row groups out of order, footnote marks typed into cells
(①, ², *), superscript runs, smart tags, non-breaking hyphens, increases written in words,
OCR letters for digits, digits kerned into place in one TJ, figures clipped away, a table
cut by columns over two pages, a 小计 column, both templates' table 二 on one page, a
2021 report keeping the 2019 table 三, a frameset page, a table flowing between CSS
columns, gridBefore rows, and blank and approximate cell forms.

Cells the truth gives as None are blank in the source, or must stay unread (``must_unread``:
an OCR letter for a digit, an approximate figure): a value read for them is WRONG.
"""

from __future__ import annotations

import copy
import html
import random
import re
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
F4 = HERE.parents[1] / "formats4" / "builder"
F8 = HERE.parents[1] / "formats8" / "builder"
sys.path.insert(0, str(F4))
from sets import build, load_builder  # noqa: E402

from docx.oxml.ns import qn  # noqa: E402
from model import T3_COLS, C, Report, grid_positions  # noqa: E402
from render import TABLE_TITLES, Grid, article_body, chromium_pdf, html_table, soffice  # noqa: E402


f8 = load_builder("f8make", F8 / "make.py")
f7, f6, f5, f4 = f8.f7, f8.f6, f8.f5, f8.f4

OUT = HERE.parent / "files"
TRUTH: list[dict] = []
ONLY = sys.argv[1:]


def tmpdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="formats9-"))


def grids(rep: Report) -> dict[str, Grid]:
    return {"t2": rep.t2(), "t3": rep.t3(), "t4": rep.t4()}


def saved_page(rep: Report, article: str, css: str = "") -> str:
    return f7.saved_page(rep, article, css=css)


def shown(rep: Report, n: str, rows: Grid, texts: dict[str, str]) -> Grid:
    """`rows` with the value cells named in `texts` showing that text instead."""
    return f8._shown_grid(rep, n, rows, texts)


def value_keys(rep: Report, n: str) -> list[str]:
    return f8._value_keys(rep, n)


def dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


# ---------------------------------------------------------------- HTML pages


def box_text(rows: Grid) -> str:
    """A grid drawn with box-drawing characters as a fixed-width text (what 'copy as text'
    tools and some CMS editors produce): merged cells' text in their first row, no rule
    across a cell that goes on down."""
    cells, width = grid_positions(rows)
    owner: dict[tuple[int, int], tuple[int, int, str, int, int]] = {}
    for cell in cells:
        r, c, _t, rs, cs = cell
        for dr in range(rs):
            for dc in range(cs):
                owner[(r + dr, c + dc)] = cell
    colw = [4] * width
    for r, c, t, rs, cs in cells:
        if cs == 1:
            colw[c] = max(colw[c], dwidth(t) + 2)
    for r, c, t, rs, cs in cells:
        if cs > 1:
            have = sum(colw[c : c + cs]) + cs - 1
            if dwidth(t) + 2 > have:
                colw[c + cs - 1] += dwidth(t) + 2 - have
    height = len(rows)

    def pad(t: str, w: int) -> str:
        gap = w - dwidth(t)
        return " " * (gap // 2) + t + " " * (gap - gap // 2)

    lines = ["┌" + "┬".join("─" * w for w in colw) + "┐"]
    for r in range(height):
        out = "│"
        c = 0
        while c < width:
            cell = owner.get((r, c))
            if cell is None:
                out += " " * colw[c] + "│"
                c += 1
                continue
            r0, c0, t, rs, cs = cell
            w = sum(colw[c0 : c0 + cs]) + cs - 1
            out += pad(t if r0 == r else "", w) + "│"
            c = c0 + cs
        lines.append(out)
        if r < height - 1:
            seg = ""
            for c in range(width):
                a, b = owner.get((r, c)), owner.get((r + 1, c))
                seg += (" " if a is not None and a is b else "─") * colw[c]
                seg += "┼" if c < width - 1 else ""
            lines.append("├" + seg + "┤")
    lines.append("└" + "┴".join("─" * w for w in colw) + "┘")
    return "\n".join(lines)


def m01() -> None:
    rep = Report("南平市延平区商务局", 2021, "2021", 901)
    name = "m01_html_pre_box_drawing.html"
    art = article_body(rep, table=lambda n, rows: f'<pre style="font-family:\'Noto Sans Mono CJK SC\',monospace;font-size:9pt">{html.escape(box_text(rows))}</pre>')
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose three tables are fixed-width text in <pre> drawn with box-drawing characters (┌─┬─┐ │ ├─┼─┤): the cells padded with spaces to line up (a CJK character two columns wide), a merged cell's text once in its first line, no rule across a cell that goes on down"))


def nbsp_lines(rep: Report, n: str, rows: Grid) -> str:
    """A table typed as lines in a rich-text editor without a table: each row one <p>, its
    cells kept apart by runs of &nbsp; (a merged label written once, on its first row)."""
    out = []
    for row in rows:
        texts = [t for t, _rs, _cs in row]
        parts = []
        for i, t in enumerate(texts):
            gap = "&nbsp;" * (3 + (i * 5) % 4) if i else ""
            parts.append(gap + html.escape(t))
        out.append("<p>" + "".join(parts) + "</p>")
    return '<div class="biao">' + "\n".join(out) + "</div>"


def m02() -> None:
    rep = Report("三明市三元区教育局", 2021, "2021", 902)
    name = "m02_html_nbsp_columns.html"
    art = article_body(rep, table=lambda n, rows: nbsp_lines(rep, n, rows))
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose tables are typed as lines without a <table>: each row one <p>, cells kept apart by runs of 3-6 &nbsp; (a merged label once, on its first row; the header's 申请人情况 / 法人或其他组织 lines as written)"))


def _rows_html(rows: Grid) -> str:
    out = []
    for row in rows:
        tds = "".join(
            f"<td{f' rowspan={rs}' if rs > 1 else ''}{f' colspan={cs}' if cs > 1 else ''}>{html.escape(t)}</td>"
            for t, rs, cs in row
        )
        out.append(f"<tr>{tds}</tr>")
    return "\n".join(out)


def m03() -> None:
    rep = Report("龙岩市新罗区文化和旅游局", 2021, "2021", 903)
    name = "m03_html_rowgroups_out_of_order.html"

    def table(n: str, rows: Grid) -> str:
        if n == "t2":
            return html_table(rows)
        if n == "t4":
            return (f'<table border="1" cellspacing="0"><tbody>\n{_rows_html(rows[3:])}\n</tbody>'
                    f"<thead>\n{_rows_html(rows[:3])}\n</thead></table>")
        rows = [list(r) for r in rows]
        # 三、本年度办理结果 stops above （七）总计, which goes to the <tfoot> with 结转 and a
        # label over the three label columns (a row group ends every rowspan)
        r_granted = 3 + 2
        t, rs, cs = rows[r_granted][0]
        assert t == "三、本年度办理结果"
        rows[r_granted][0] = (t, rs - 1, cs)
        r_total = len(rows) - 2
        assert rows[r_total][0][0] == "（七）总计"
        rows[r_total][0] = ("（七）总计", 1, 3)
        return (f'<table border="1" cellspacing="0"><caption>单位：件</caption>'
                f"<tfoot>\n{_rows_html(rows[-2:])}\n</tfoot>\n<tbody>\n{_rows_html(rows[3:-2])}\n</tbody>\n"
                f"<thead>\n{_rows_html(rows[:3])}\n</thead></table>")

    art = article_body(rep, table=table)
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose table 三 writes its row groups out of order: <tfoot> (（七）总计 over the three label columns, 四、结转) first, then <tbody> (new … （六）), then <thead> (the three header rows) last; table 四 <tbody> (the values) before <thead>; a browser draws thead on top and tfoot at the bottom (CSS table-header-group / table-footer-group), so the page looks like the template"))


MARKS = ["①", "²", "*", "※", "¹", "②", "⑴", "注", "[1]", "³", "注1", "（注）", "⑵", "#"]


def m04() -> None:
    rep = Report("宁德市蕉城区水利局", 2021, "2021", 904)
    name = "m04_html_footnote_marks_typed.html"
    rnd = random.Random(904)
    keys = value_keys(rep, "t3")
    cand = [k for k in keys if int(rep.cells[k]) > 0]
    rnd.shuffle(cand)
    marked = {}
    for i, k in enumerate(sorted(cand[:24], key=keys.index)):
        m = MARKS[i % len(MARKS)]
        marked[k] = rep.v(k) + (" " if i % 5 == 4 else "") + m
    t2_marked = {"t2.license.decisions": rep.v("t2.license.decisions") + "①", "t2.fees.amount": rep.v("t2.fees.amount") + "²"}
    notes = ('<p style="font-size:9pt">注：①含承诺制审批及网上办理12件；²含上年度结转收费1笔；*系统统计口径，含转办件3件；'
             "※含电话申请2件；⑴⑵为补正后答复；#另有2件已撤回。</p>")

    def table(n: str, rows: Grid) -> str:
        if n == "t3":
            return html_table(shown(rep, "t3", rows, marked)) + notes
        if n == "t2":
            return html_table(shown(rep, "t2", rows, t2_marked))
        return html_table(rows)

    art = article_body(rep, table=table)
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose cells carry footnote marks TYPED into the cell text (no <sup>): 12① 3² 5* 7※ 4¹ 9⑴ 6注 2[1] 8 注1 … (① ² ¹ ³ ⑴ become digits under NFKC: 12① is not 121); table 二's 行政许可 and 收费金额 marked too; the notes under table 三 hold numbers", footnoted=marked | t2_marked))


def m08() -> None:
    rep = Report("漳州市芗城区交通运输局", 2020, "2019", 908)
    c = rep.cells
    c["t2.license.change"], c["t2.other_services.change"] = 4, -5
    c["t2.penalty.change"], c["t2.coercion.change"], c["t2.fees.change"] = 0, -1, -2
    name = "m08_html_change_in_words.html"
    words = {"t2.license.change": "增加4", "t2.other_services.change": "减少5", "t2.penalty.change": "持平",
             "t2.coercion.change": "减1", "t2.fees.change": "减少2"}

    def table(n: str, rows: Grid) -> str:
        return html_table(shown(rep, "t2", rows, words) if n == "t2" else rows)

    art = article_body(rep, table=table)
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page, 2019 template: table 二's 本年增/减 written in words as typed: 增加4 (+4), 减少5 (-5), 持平 (0), 减1 (-1), 减少2 (-2): a 减 figure read without its sign is WRONG", words=words))


def subtotal_t3(rep: Report) -> Grid:
    """Table 三 with a 小计 column after 其他 (法人或其他组织 summed), as some agencies add it."""
    head = [
        [C("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rs=3, cs=3), C("申请人情况", cs=8)],
        [C("自然人", rs=2), C("法人或其他组织", cs=6), C("总计", rs=2)],
        [C("商业企业"), C("科研机构"), C("社会公益组织"), C("法律服务机构"), C("其他"), C("小计")],
    ]
    body = []
    for rid, _labels, lead in rep.t3_rows():
        vals = [rep.v(f"t3.{rid}.{c}") for c in T3_COLS]
        sub = sum(int(rep.cells[f"t3.{rid}.{c}"]) for c in T3_COLS[1:6])
        body.append(lead + [C(v) for v in vals[:6]] + [C(str(sub)), C(vals[6])])
    return head + body


def m13() -> None:
    rep = Report("莆田市城厢区住房和城乡建设局", 2021, "2021", 913)
    name = "m13_html_t3_subtotal_column.html"
    art = article_body(rep, table=lambda n, rows: html_table(subtotal_t3(rep) if n == "t3" else rows))
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose table 三 has a 小计 column (法人或其他组织's five columns summed) between 其他 and 总计, 法人或其他组织 colspan 6: the 小计 is no field; 总计 is the last column"))


def t2_2019_of(rep21: Report) -> Grid:
    """The same year's table 二 in the 2019 form (原统计口径), figures consistent with the 2021 one."""
    c = rep21.cells
    rnd = random.Random(rep21.seed)
    r19 = Report(rep21.agency, rep21.year, "2019", rep21.seed + 1000)
    for row in ("rules", "normative"):
        r19.cells[f"t2.{row}.made"] = c[f"t2.{row}.issued"]
        r19.cells[f"t2.{row}.published"] = c[f"t2.{row}.issued"]
        r19.cells[f"t2.{row}.total"] = c[f"t2.{row}.in_force"]
    for row in ("license", "penalty", "coercion"):
        r19.cells[f"t2.{row}.decisions"] = c[f"t2.{row}.decisions"]
    r19.cells["t2.fees.prev"] = rnd.randint(1, 5)
    return r19.t2()


def m14() -> None:
    rep = Report("泉州市丰泽区财政局", 2021, "2021", 914)
    name = "m14_html_both_templates_t2.html"

    def table(n: str, rows: Grid) -> str:
        if n != "t2":
            return html_table(rows)
        return (html_table(rows) + "<p>附：按原统计口径（国办公开办函〔2019〕60号格式）填报的主动公开情况</p>"
                + html_table(t2_2019_of(rep)))

    art = article_body(rep, table=table)
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "2021 report page whose table 二 (2021 form) is followed by the same year's table 二 in the 2019 form (附：按原统计口径…填报): 本年新制作数量/上一年项目数量/本年增/减/采购 columns; template 2021: a 2019-only field (made, published, prev, change, other_services, procurement) read is invented"))


def m16() -> None:
    rep = Report("厦门市思明区城市管理局", 2021, "2021", 916)
    stem = "m16_html_frameset_saved"
    name = stem + ".html"
    files = OUT / f"{stem}_files"
    if files.exists():
        shutil.rmtree(files)
    files.mkdir(parents=True)
    (files / "top.html").write_text(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'
        '<div class="logo">思明区人民政府门户网站</div><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | '
        "<a>2020年政府信息公开工作年度报告</a> | <a>2019年政府信息公开工作年度报告</a></body></html>",
        encoding="gb2312",
    )
    (files / "left.html").write_text(
        "<html><head><meta charset=\"utf-8\"></head><body><ul><li>年度报告（36）</li><li>规章 9 8 7</li>"
        "<li>2020年度 12 件</li></ul></body></html>",
        encoding="utf-8",
    )
    (files / "content.html").write_text(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{html.escape(rep.title())}</title></head><body>{article_body(rep)}</body></html>",
        encoding="utf-8",
    )
    url = "http://www.siming.gov.cn/xxgk/ndbg/index.htm"
    main = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN">\n'
        f"<!-- saved from url=({len(url):04d}){url} -->\n"
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        "<title>思明区人民政府门户网站—政府信息公开年度报告</title></head>\n"
        '<frameset rows="96,*" frameborder="0" border="0" framespacing="0">\n'
        f'  <frame name="top" src="./{stem}_files/top.html" scrolling="no" noresize>\n'
        '  <frameset cols="180,*">\n'
        f'    <frame name="left" src="./{stem}_files/left.html">\n'
        f'    <frame name="main" src="./{stem}_files/content.html">\n'
        "  </frameset>\n"
        "  <noframes><body>您的浏览器不支持框架，请升级浏览器。</body></noframes>\n"
        "</frameset></html>\n"
    )
    (OUT / name).write_text(main, encoding="utf-8")
    TRUTH.append(rep.truth(name, "an old portal's FRAMESET page saved 'complete': <frameset rows> with a top frame (GBK, site links naming other years' reports), a left frame (a list with numbers) and the main frame holding the article, each saved in the _files folder beside it; the page's own title is the site's; <noframes> says only 您的浏览器不支持框架"))


def m17() -> None:
    rep = Report("福州市鼓楼区生态环境局", 2021, "2021", 917)
    name = "m17_pdf_table_flows_across_columns.pdf"
    css = (".TRS_Editor{column-count:2;column-gap:18px;column-fill:auto;height:980px} p{font-size:9pt;margin:3px 0}"
           " h3{font-size:10pt} table{width:100%;font-size:6.5pt;border-collapse:collapse} td{border:1px solid #000;padding:1px}"
           " h1{font-size:12pt}")
    art = f'<div class="TRS_Editor">{article_body(rep)}</div>'
    chromium_pdf(f4.page(art, css=css, title=rep.title()), OUT / name)
    TRUTH.append(rep.truth(name, "Chromium PDF of a page set in two CSS columns (column-fill:auto, fixed height per page): the tables sit inside a column, table 三 breaking at the foot of one column and going on at the head of the next (no header repeated), the prose around it flowing the same way"))


def m19() -> None:
    rep = Report("南平市建阳区退役军人事务局", 2021, "2021", 919)
    name = "m19_html_blank_and_approximate_cells.html"
    rnd = random.Random(919)
    forms = ["——", "\\", "－－", "…", "0件", "0 件", "0"]
    texts: dict[str, str] = {}
    truth_cells = dict(rep.cells)
    for k in value_keys(rep, "t3"):
        if int(rep.cells[k]) == 0 and not k.endswith(".total") and not k.startswith(("t3.results_total", "t3.new", "t3.carried")):
            f = forms[rnd.randrange(len(forms))]
            texts[k] = f
            if f in ("——", "\\", "－－", "…"):
                truth_cells[k] = None
    approx = {"t2.license.decisions": f"{int(rep.cells['t2.license.decisions']) // 100 * 100}余",
              "t2.penalty.decisions": f"约{int(rep.cells['t2.penalty.decisions'])}",
              "t2.coercion.decisions": f"{int(rep.cells['t2.coercion.decisions'])}多"}
    for k in approx:
        truth_cells[k] = None

    def table(n: str, rows: Grid) -> str:
        if n == "t3":
            return html_table(shown(rep, "t3", rows, texts))
        if n == "t2":
            return html_table(shown(rep, "t2", rows, approx))
        return html_table(rows)

    art = article_body(rep, table=table)
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    t = rep.truth(name, "saved page whose zero cells of table 三 are written ——, \\ (a backslash typed for /), －－, … (blank: None) or 0件, 0 件, 0 (zero); table 二's 行政许可 800余, 行政处罚 约156, 行政强制 68多 are approximate: must stay unread (None)",
                  must_unread=sorted(approx), blank_forms={k: v for k, v in texts.items() if truth_cells[k] is None})
    t["cells"] = truth_cells
    TRUTH.append(t)


# ---------------------------------------------------------------- DOCX files


def _rpr(xml: str) -> str:
    return f"<w:rPr>{xml}</w:rPr>"


def m05_doc(rep: Report, seed: int):
    """A DOCX whose cells end in a superscript mark (a run with w:vertAlign superscript)."""
    doc, t = f6._docx_with_tables(rep)
    keys = f6.t3_value_keys(rep)
    tcs = f6.value_tcs(t["t3"], 3, 7)
    rnd = random.Random(seed)
    cand = [(i, j) for i in range(len(keys)) for j in range(7) if int(rep.cells[keys[i][j]]) > 0]
    rnd.shuffle(cand)
    marked = {}
    sup = '<w:vertAlign w:val="superscript"/>'
    for n, (i, j) in enumerate(sorted(cand[:22])):
        k = keys[i][j]
        mark = ["1", "2", "3", "①", "*", "注"][n % 6]
        f6.set_cell_xml(tcs[i][j], f6.run(rep.v(k)) + f6.run(mark, sup))
        marked[k] = rep.v(k) + "^" + mark
    lic = t["t2"]._tbl.findall(qn("w:tr"))[6].findall(qn("w:tc"))[-1]
    f6.set_cell_xml(lic, f6.run(rep.v("t2.license.decisions")) + f6.run("2", sup))
    marked["t2.license.decisions"] = rep.v("t2.license.decisions") + "^2"
    doc.add_paragraph("注：1.含网上申请；2.含承诺制审批126件；3.含转办件；①补正后答复；*已撤回2件。")
    return doc, marked


def m05() -> None:
    rep = Report("福州市仓山区科学技术局", 2021, "2021", 905)
    name = "m05_docx_superscript_marks.docx"
    doc, marked = m05_doc(rep, 905)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX: 22 table 三 cells and table 二's 行政许可 end in a footnote mark typed as a SUPERSCRIPT run (w:vertAlign superscript: 1, 2, 3, ①, *, 注; no footnote part): Word shows 12¹; 12 then 1 is not 121", footnoted=marked))


def m20() -> None:
    rep = Report("福州市晋安区市场监督管理局", 2021, "2021", 920)
    name = "m20_pdf_superscript_marks.pdf"
    doc, marked = m05_doc(rep, 920)
    d = tmpdir()
    doc.save(d / "m20.docx")
    pdf = soffice(d / "m20.docx", "pdf", d)
    shutil.copy(pdf, OUT / name)
    TRUTH.append(rep.truth(name, "Writer PDF of a DOCX like m05: 22 table 三 cells and table 二's 行政许可 end in a superscript mark (1, 2, 3, ①, *, 注): in the PDF a smaller glyph raised at the number's right, in the same text line", footnoted=marked))


def m06() -> None:
    rep = Report("泉州市鲤城区民族宗教事务局", 2021, "2021", 906)
    name = "m06_docx_smarttag_customxml.docx"
    doc, t = f6._docx_with_tables(rep)
    keys = f6.t3_value_keys(rep)
    tcs = f6.value_tcs(t["t3"], 3, 7)
    st = ('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chmetcnv">'
          '<w:smartTagPr><w:attr w:name="UnitName" w:val="件"/><w:attr w:name="SourceValue" w:val="{v}"/>'
          '<w:attr w:name="HasSpace" w:val="False"/></w:smartTagPr>{runs}</w:smartTag>')
    cx = '<w:customXml w:uri="http://www.gov.cn/report" w:element="value">{runs}</w:customXml>'
    wrapped = {}
    for i, row in enumerate(keys):
        for j, k in enumerate(row):
            v = rep.v(k)
            form = (i * 7 + j) % 4
            if form == 0:
                xml = st.format(v=v, runs=f6.run(v))
            elif form == 1 and len(v) > 1:
                xml = f6.run(v[0]) + st.format(v=v, runs=f6.run(v[1:]))
            elif form == 2:
                xml = cx.format(runs=f6.run(v))
            elif form == 3 and len(v) > 1:
                xml = cx.format(runs=f6.run(v[:-1])) + f6.run(v[-1])
            else:
                continue
            f6.set_cell_xml(tcs[i][j], xml)
            wrapped[k] = form
    for tr in t["t4"]._tbl.findall(qn("w:tr"))[3:]:
        for tc in tr.findall(qn("w:tc")):
            v = "".join(x.text or "" for x in tc.iter(qn("w:t")))
            f6.set_cell_xml(tc, st.format(v=v, runs=f6.run(v)))
    for tr in t["t2"]._tbl.findall(qn("w:tr")):
        tcs2 = tr.findall(qn("w:tc"))
        for tc in tcs2[1:]:
            v = "".join(x.text or "" for x in tc.iter(qn("w:t")))
            if re.fullmatch(r"[\d.]+", v) and len(v) > 1:
                f6.set_cell_xml(tc, cx.format(runs=f6.run(v[:2])) + f6.run(v[2:]))
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX as Word 2003 left it: table cells' runs wrapped in w:smartTag (chmetcnv, the Chinese measurement tag, with w:smartTagPr) and w:customXml elements, a number often split between a plain run and a wrapped one (1 + <smartTag>2</smartTag>); table 四's values in smart tags, table 二's numbers' first two digits in customXml", wrapped=wrapped))


def m07_doc(rep: Report):
    """m07's document: table 二's signs as Word's non-breaking hyphen, U+2212, full-width, tabs."""
    c = rep.cells
    c["t2.license.change"], c["t2.other_services.change"] = -3, -5
    c["t2.penalty.change"], c["t2.coercion.change"], c["t2.fees.change"] = 4, -1, -2
    doc, t = f6._docx_with_tables(rep)
    rows = t["t2"]._tbl.findall(qn("w:tr"))
    forms = {
        "t2.license.change": "<w:r><w:noBreakHyphen/><w:t>3</w:t></w:r>",
        "t2.other_services.change": f6.run("\u22125"),
        "t2.penalty.change": f6.run("＋4"),
        "t2.coercion.change": "<w:r><w:noBreakHyphen/></w:r>" + f6.run("1"),
        "t2.fees.change": f6.run("－2"),
    }
    where = {"t2.license.change": (6, 2), "t2.other_services.change": (7, 2), "t2.penalty.change": (10, 2),
             "t2.coercion.change": (11, 2), "t2.fees.change": (14, 2)}
    for k, (r, ci) in where.items():
        tc = rows[r].findall(qn("w:tc"))[ci]
        have = "".join(x.text or "" for x in tc.iter(qn("w:t")))
        assert have.lstrip("+") == rep.v(k).lstrip("+") or have == rep.v(k), (k, have)
        f6.set_cell_xml(tc, forms[k])
    # table 三: a tab typed before some numbers (to push them right), as people align
    keys = f6.t3_value_keys(rep)
    tcs = f6.value_tcs(t["t3"], 3, 7)
    for i, row in enumerate(keys):
        for j, k in enumerate(row):
            if (i + j) % 3 == 0:
                f6.set_cell_xml(tcs[i][j], "<w:r><w:tab/></w:r>" + f6.run(rep.v(k)))
    return doc


SHOWN_SIGNS = {"t2.license.change": "‑3 (w:noBreakHyphen)", "t2.other_services.change": "−5 (U+2212)",
               "t2.penalty.change": "＋4", "t2.coercion.change": "‑1 (w:noBreakHyphen in its own run)", "t2.fees.change": "－2"}


def m07() -> None:
    rep = Report("厦门市湖里区工业和信息化局", 2020, "2019", 907)
    name = "m07_docx_nobreak_hyphen_signs.docx"
    m07_doc(rep).save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX, 2019 template: table 二's negative 本年增/减 typed with Word's non-breaking hyphen (w:noBreakHyphen: no w:t, Word draws '-'), U+2212 − and full-width －, a positive as ＋4; a w:tab before a third of table 三's numbers", shown=SHOWN_SIGNS))


def m21() -> None:
    rep = Report("漳州市长泰区自然资源局", 2020, "2019", 921)
    name = "m21_doc_nobreak_hyphen_signs.doc"
    d = tmpdir()
    m07_doc(rep).save(d / "m21.docx")
    shutil.copy(soffice(d / "m21.docx", "doc:MS Word 97", d), OUT / name)
    TRUTH.append(rep.truth(name, "Word 97 .doc (written by LibreOffice) of a document like m07: table 二's negative 本年增/减 with the non-breaking hyphen (in a .doc the character 0x1E), U+2212 and full-width －, ＋4; tabs before table 三 numbers", shown=SHOWN_SIGNS))


def m22() -> None:
    rep = Report("宁德市霞浦县卫生健康局", 2021, "2021", 922)
    name = "m22_docx_footnote_marks_typed.docx"
    rnd = random.Random(922)
    doc, t = f6._docx_with_tables(rep)
    keys = f6.t3_value_keys(rep)
    tcs = f6.value_tcs(t["t3"], 3, 7)
    cand = [(i, j) for i in range(len(keys)) for j in range(7) if int(rep.cells[keys[i][j]]) > 0]
    rnd.shuffle(cand)
    marked = {}
    for n, (i, j) in enumerate(sorted(cand[:22])):
        k = keys[i][j]
        text = rep.v(k) + ("" if n % 4 else " ") + MARKS[n % len(MARKS)]
        f6.set_cell_xml(tcs[i][j], f6.run(text))
        marked[k] = text
    doc.add_paragraph("注：①含网上申请；²含转办件；*系统统计口径；※含电话申请2件；⑴⑵为补正后答复；#另有2件已撤回。")
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX whose 22 table 三 cells end in a footnote mark TYPED into the cell's text, same run, no superscript: 12① 3² 5* 7※ 4¹ 9⑴ 6注 2[1] … (NFKC makes ① ² ¹ ³ ⑴ digits: 12① is not 121)", footnoted=marked))


def m09() -> None:
    rep = Report("三明市沙县区农业农村局", 2021, "2021", 909)
    name = "m09_docx_ocr_letters.docx"
    rnd = random.Random(909)
    doc, t = f6._docx_with_tables(rep)
    keys = f6.t3_value_keys(rep)
    tcs = f6.value_tcs(t["t3"], 3, 7)
    truth_cells = dict(rep.cells)
    letters = {}
    cand = [(i, j) for i in range(len(keys)) for j in range(7) if set(rep.v(keys[i][j])) & set("01")]
    rnd.shuffle(cand)
    for n, (i, j) in enumerate(cand[:28]):
        k = keys[i][j]
        v = rep.v(k)
        ocr = v.replace("0", "O" if n % 3 else "o").replace("1", "l" if n % 2 else "I")
        f6.set_cell_xml(tcs[i][j], f6.run(ocr))
        letters[k] = ocr
        truth_cells[k] = None
    for r_, ci, k in ((2, 1, "t2.rules.issued"), (3, 3, "t2.normative.in_force")):
        tc = t["t2"]._tbl.findall(qn("w:tr"))[r_].findall(qn("w:tc"))[ci]
        v = rep.v(k)
        if set(v) & set("01"):
            f6.set_cell_xml(tc, f6.run(v.replace("0", "O").replace("1", "l")))
            letters[k] = v.replace("0", "O").replace("1", "l")
            truth_cells[k] = None
    doc.save(OUT / name)
    t_ = rep.truth(name, "DOCX as OCR software writes a scanned report (the recognised text, no picture): 28 table 三 cells and table 二 cells read by the OCR with letters for digits (O or o for 0, l or I for 1: 1O, l2, O, I): the letters are what the file holds, so those cells must stay unread (None), never be read as the digits guessed", must_unread=sorted(letters), ocr_letters=letters)
    t_["cells"] = truth_cells
    TRUTH.append(t_)


def m15() -> None:
    rep = Report("漳州市龙文区应急管理局", 2021, "2021", 915)
    name = "m15_docx_2021_report_2019_t3.docx"
    c = rep.cells
    old = copy.copy(rep)
    old.template = "2019"
    old.cells = dict(c)
    for col in T3_COLS:
        old.cells[f"t3.other_handling.{col}"] = sum(int(c[f"t3.other_handling.{k}.{col}"]) for k in ("no_supplement", "no_fee", "other"))
        for k in ("no_supplement", "no_fee", "other"):
            del old.cells[f"t3.other_handling.{k}.{col}"]
    old.result_rows = [r for r in rep.result_rows if not r.startswith("other_handling.")] + ["other_handling"]
    doc, t = f6._docx_with_tables(rep, {"t3": old.t3()})
    doc.save(OUT / name)
    truth = rep.truth(name, "DOCX of a 2021 report (2021 table 二, 2021 headings) whose table 三 is still the 2019 form: one （六）其他处理 row (the sum of the three 2021 items) and 20 rows under 三、本年度办理结果; the cells are the 2019 rows' (t3.other_handling.<col>), no 2021 item row exists")
    truth["cells"] = {k: v for k, v in old.cells.items()}
    TRUTH.append(truth)


def m18() -> None:
    rep = Report("宁德市福安市司法局", 2021, "2021", 918)
    name = "m18_docx_gridbefore_rows.docx"

    def lead(rows: Grid, head: int) -> Grid:
        out = [[C("", rs=head)] + list(rows[0])] + [list(r) for r in rows[1:head]]
        return out + [[C("")] + list(r) for r in rows[head:]]

    g = {"t3": lead(rep.t3(), 3), "t4": lead(rep.t4(), 3)}
    doc, t = f6._docx_with_tables(rep, g)
    for n in ("t3", "t4"):
        for tr in t[n]._tbl.findall(qn("w:tr"))[3:]:
            tr.remove(tr.findall(qn("w:tc"))[0])
            trpr = tr.find(qn("w:trPr"))
            if trpr is None:
                trpr = tr.makeelement(qn("w:trPr"), {})
                tr.insert(0, trpr)
            (gb, wb) = f6.frag('<w:gridBefore w:val="1"/><w:wBefore w:w="284" w:type="dxa"/>')
            trpr.insert(0, wb)
            trpr.insert(0, gb)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX whose tables 三 and 四 have a narrow empty first grid column: the header rows start with an empty cell merged down them (vMerge), every body row skips that column with w:gridBefore=1 / w:wBefore (no w:tc for it): a body row's first w:tc is grid column 1, not 0"))


# ---------------------------------------------------------------- PDF files (ReportLab)


class Sheet:
    """A small ReportLab page writer: prose lines and ruled grids, numbers drawn by `number`."""

    def __init__(self, path: Path, number=None, pagesize=(595.28, 841.89)) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        self.pm = pdfmetrics
        self.cv = canvas.Canvas(str(path), pagesize=pagesize)
        self.pw, self.ph = pagesize
        self.margin = 48
        self.y = self.ph - self.margin
        self.number = number or self.plain_number

    def plain_number(self, x: float, y: float, s: str, size: float, key: str | None) -> None:
        self.cv.setFont("STSong-Light", size)
        self.cv.drawString(x, y, s)

    def new_page(self) -> None:
        self.cv.showPage()
        self.y = self.ph - self.margin

    def line(self, s: str, size: float = 10.5) -> None:
        per = int((self.pw - 2 * self.margin) / size)
        for i in range(0, max(len(s), 1), per):
            if self.y < self.margin + 20:
                self.new_page()
            self.cv.setFont("STSong-Light", size)
            self.cv.drawString(self.margin, self.y - size, s[i : i + per])
            self.y -= size * 1.6

    def grid(self, rows: Grid, widths: list[float], size: float, keys: dict[tuple[int, int], str] | None = None) -> None:
        """Draw `rows`; `keys` maps (row, col) of a value cell to its field (for `number`)."""
        keys = keys or {}
        cells, _w = grid_positions(rows)
        xs = [self.margin]
        for wd in widths:
            xs.append(xs[-1] + wd)
        hs = [size * 2.0] * len(rows)
        for r, c, text, rs, cs in cells:
            if rs == 1:
                per = max(1, int((xs[c + cs] - xs[c] - 4) / size))
                hs[r] = max(hs[r], -(-len(text) // per) * size * 1.25 + 5)
        if self.y - sum(hs) < self.margin:
            self.new_page()
        ys = [self.y]
        for h in hs:
            ys.append(ys[-1] - h)
        self.cv.setLineWidth(0.6)
        for r, c, text, rs, cs in cells:
            x0, x1, y0, y1 = xs[c], xs[c + cs], ys[r], ys[r + rs]
            self.cv.rect(x0, y1, x1 - x0, y0 - y1)
            per = max(1, int((x1 - x0 - 4) / size))
            parts = [text[i : i + per] for i in range(0, len(text), per)] or [""]
            top = (y0 + y1) / 2 + len(parts) * size * 1.25 / 2 - size
            for k, part in enumerate(parts):
                if re.fullmatch(r"[+-]?\d+(\.\d+)?", part):
                    tw = self.pm.stringWidth(part, "STSong-Light", size)
                    self.number((x0 + x1 - tw) / 2, top - k * size * 1.25, part, size, keys.get((r, c)))
                else:
                    tw = self.pm.stringWidth(part, "STSong-Light", size)
                    self.cv.setFont("STSong-Light", size)
                    self.cv.drawString((x0 + x1 - tw) / 2, top - k * size * 1.25, part)
        self.y = ys[-1] - 14

    def save(self) -> None:
        self.cv.showPage()
        self.cv.save()


WIDTHS = {"t2": [150, 110, 110, 110], "t3": [22, 46, 160] + [38] * 7, "t4": [33] * 15}


def grid_keys(rep: Report, n: str, rows: Grid) -> dict[tuple[int, int], str]:
    """(grid row, grid col) of each value cell -> its field."""
    cells, _w = grid_positions(rows)
    pos = f8._value_positions(rep, n, rows)
    keys = value_keys(rep, n)
    at = {}
    for (r, i), k in zip(pos, keys):
        at[(r, i)] = k
    out = {}
    per_row: dict[int, int] = {}
    for r, c, _t, _rs, _cs in cells:
        i = per_row.get(r, 0)
        per_row[r] = i + 1
        if (r, i) in at:
            out[(r, c)] = at[(r, i)]
    return out


def sheet_report(rep: Report, sheet: Sheet, t3_widths: list[float] | None = None, t3=None) -> None:
    sheet.line(rep.title(), 15)
    g = grids(rep)
    for i, (head, paras) in enumerate(rep.sections()):
        sheet.line(head, 12)
        for p in paras:
            sheet.line(p)
        n = {1: "t2", 2: "t3", 3: "t4"}.get(i)
        if n:
            if n == "t3":
                sheet.new_page()
            sheet.line(TABLE_TITLES[n])
            if n == "t3" and t3 is not None:
                t3(sheet)
                continue
            sheet.grid(g[n], (t3_widths if n == "t3" and t3_widths else WIDTHS[n]), 8 if n != "t4" else 7.5, grid_keys(rep, n, g[n]))


def m10() -> None:
    rep = Report("福州市马尾区港口管理局", 2021, "2021", 910)
    f8.scale_t3(rep, 10, ("natural", "commercial"))
    name = "m10_pdf_tj_kerned_digits.pdf"

    def number(self: Sheet, x: float, y: float, s: str, size: float, key: str | None) -> None:
        if len(s) < 2:
            self.plain_number(x, y, s, size, key)
            return
        self.cv.setFont("Helvetica", size)
        fname = self.cv._doc.getInternalFontName("Helvetica")
        ws = [self.pm.stringWidth(ch, "Helvetica", size) for ch in s]
        xs = [sum(ws[:i]) for i in range(len(s))]
        arr = []
        pos = 0.0
        for i in reversed(range(len(s))):  # the last digit first, each kerned to its place
            shift = xs[i] - pos
            if abs(shift) > 1e-6:
                arr.append(f"{-shift * 1000 / size:.1f}")
            arr.append(f"({s[i]})")
            pos = xs[i] + ws[i]
        self.cv._code.append(f"BT {fname} {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm [{' '.join(arr)}] TJ ET")

    sheet = Sheet(OUT / name)
    sheet.number = lambda *a: number(sheet, *a)
    sheet_report(rep, sheet)
    sheet.save()
    TRUTH.append(rep.truth(name, "report-engine PDF (ReportLab): every number of two or more digits (Helvetica) is ONE TJ string whose digits come last first, each moved to its place by a kerning number ([-1112 (1) 1668 (2)…]: a positive number moves back): drawn 1234, in stream order 4321; CJK in STSong-Light"))


def m11() -> None:
    rep = Report("龙岩市永定区林业局", 2021, "2021", 911)
    name = "m11_pdf_clipped_old_figures.pdf"
    rnd = random.Random(911)
    keys = value_keys(rep, "t3")
    chosen = set(rnd.sample(keys, 30))
    olds = {}

    def number(self: Sheet, x: float, y: float, s: str, size: float, key: str | None) -> None:
        self.plain_number(x, y, s, size, key)
        if key in chosen:
            old = str(int(s) + rnd.choice([1, 2, 3, 5, 7]))
            olds[key] = old
            self.cv.saveState()
            p = self.cv.beginPath()
            p.rect(0, 0, 0, 0)  # an empty clip: nothing drawn below shows
            self.cv.clipPath(p, stroke=0, fill=0)
            self.cv.setFont("STSong-Light", size)
            self.cv.drawString(x + self.pm.stringWidth(s, "STSong-Light", size), y, old)
            self.cv.restoreState()

    sheet = Sheet(OUT / name)
    sheet.number = lambda *a: number(sheet, *a)
    sheet_report(rep, sheet)
    sheet.save()
    TRUTH.append(rep.truth(name, "report-engine PDF whose 30 table 三 cells draw the draft's old figure right after the shown number inside an EMPTY clipping path (q 0 0 0 0 re W n … Q): no viewer shows it, the text layer has it (3 then 7 in the same line)", clipped=olds))


def m12() -> None:
    rep = Report("泉州市洛江区统计局", 2021, "2021", 912)
    name = "m12_pdf_t3_columns_over_two_pages.pdf"
    full = rep.t3()
    n3 = 22

    def half(cols: list[str], first: bool) -> Grid:
        head = [
            [C("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rs=3, cs=3),
             C("申请人情况" if first else "申请人情况（续）", cs=len(cols))],
        ]
        if first:
            head.append([C("自然人", rs=2), C("法人或其他组织", cs=3)])
            head.append([C("商业企业"), C("科研机构"), C("社会公益组织")])
        else:
            head.append([C("法人或其他组织（续）", cs=2), C("总计", rs=2)])
            head.append([C("法律服务机构"), C("其他")])
        body = []
        for rid, _labels, lead in rep.t3_rows():
            body.append(lead + [C(rep.v(f"t3.{rid}.{c}")) for c in cols])
        return head + body

    assert len(full) == 3 + n3 + 3
    a = half(["natural", "commercial", "research", "social"], True)
    b = half(["legal", "other", "total"], False)

    def t3(sheet: Sheet) -> None:
        sheet.grid(a, [22, 50, 190] + [52] * 4, 8)
        sheet.line("（续表在下页）", 8)
        sheet.new_page()
        sheet.line("表三（续）", 10)
        sheet.grid(b, [22, 50, 190] + [52] * 3, 8)

    sheet = Sheet(OUT / name)
    sheet_report(rep, sheet, t3=t3)
    sheet.save()
    TRUTH.append(rep.truth(name, "report-engine PDF of a table too wide for the page printed as a spreadsheet prints it: table 三 cut BY COLUMNS, 自然人 … 社会公益组织 on one page, the label columns again with 法律服务机构, 其他, 总计 on the next (申请人情况（续）, 法人或其他组织（续）)"))


def main() -> None:
    builders = [m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19, m20, m21, m22]
    build(HERE, builders, TRUTH, ONLY)


if __name__ == "__main__":
    main()
