"""Build formats14's files and truth.jsonl (see ../README.md for what each file is).

The report model, the HTML/DOCX renderers and the Chromium driver are formats4's; the helpers
of formats5-formats13 are imported from their builders (formats13's loader brings them all),
not copied. What is new here is the forms the files take: a page holding its tables twice
(a summary and the detail, a print-only draft, tabs of two years, a copy for browsers without
scripts, a struck-out old table, a corrected table after the original, the same tables again
as 附件), the only copy inside a collapsed accordion, a table given as a picture whose alt text
holds its numbers, separators written as spaces of four kinds, units and words inside the
value cells, a header row below the one it heads, a responsive table that draws its labels
into the cells on phones, a PDF table broken over a page inside a merged group with no header
again, DOCX tables nested in frames, and a DOCX whose stale copy of table 三 is hidden text.

Cells the truth gives as None are blank in the source: a value read for them is WRONG.
"""

from __future__ import annotations

import html
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
F4 = HERE.parents[1] / "formats4" / "builder"
F13 = HERE.parents[1] / "formats13" / "builder"
sys.path.insert(0, str(F4))
from sets import build, load_builder  # noqa: E402

from docx.oxml.ns import qn  # noqa: E402
from model import T3_COLS, T4_COLS, T4_GROUPS, C, Report, grid_positions  # noqa: E402, F401
from render import TABLE_TITLES, Grid, add_borders, article_body, chromium_pdf, html_table, page  # noqa: E402, F401


f13 = load_builder("f13make", F13 / "make.py")
f12 = f13.f12
f7, f6 = f13.f7, f13.f6

OUT = HERE.parent / "files"
TRUTH: list[dict] = []
ONLY = sys.argv[1:]


def saved_page(rep: Report, article: str, css: str = "") -> str:
    return f7.saved_page(rep, article, css=css)


def keyed_table(rep, n, rows, body, **kw) -> str:
    return f12.keyed_table(rep, n, rows, body, **kw)


def tables_html(rep: Report, table=None) -> str:
    """The three tables of ``rep`` with their titles, as article_body places them (no prose)."""
    table = table or (lambda n, rows: html_table(rows))
    grids = {"t2": rep.t2(), "t3": rep.t3(), "t4": rep.t4()}
    return "".join(f"<p>{TABLE_TITLES[n]}</p>{table(n, grids[n])}" for n in ("t2", "t3", "t4"))


def old(rep: Report, seed: int) -> Report:
    """Last year's report of the same body: other figures, same template."""
    return Report(rep.agency, rep.year - 1, rep.template, seed)


def grouped(v: int | float, sep: str = ",") -> str:
    if isinstance(v, float):
        return f"{v:,.2f}".replace(",", sep)
    return f"{v:,}".replace(",", sep)


def big(rep: Report, factor: int = 60) -> Report:
    f13.big(rep, factor)
    return rep


# ---------------------------------------------------------------- two copies on a page


def r01() -> None:
    """Saved page: a summary table of the year's main figures before the detailed tables."""
    rep = Report("岳阳市岳阳楼区教育局", 2022, "2021", 1401)
    name = "r01_html_summary_table_then_detail.html"
    c = rep.cells
    rows = [
        ("指标", "数量"),
        ("本年新收政府信息公开申请数量", c["t3.new.total"]),
        ("上年结转政府信息公开申请数量", c["t3.carried_in.total"]),
        ("予以公开", c["t3.granted.total"]),
        ("部分公开", c["t3.partial.total"]),
        ("结转下年度继续办理", c["t3.carried_out.total"]),
        ("行政复议", c["t4.review.total"]),
    ]
    summary = '<table border="1" class="summary"><caption>表一 主要指标一览</caption>' + "".join(
        f"<tr><td>{html.escape(str(a))}</td><td>{b}</td></tr>" for a, b in rows
    ) + "</table>"
    art = article_body(rep)
    art = art.replace("</h1>", "</h1>" + "<p>本年度主要指标如下：</p>" + summary, 1)
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page with a SUMMARY TABLE of the year's main figures (表一 主要指标一览: 本年新收…申请数量, 上年结转…, 予以公开, 部分公开, 结转下年度继续办理, 行政复议, each with its TOTAL only, in one column) right under the title, before the sections and the detailed tables 二/三/四: the same figures twice, the summary's one number a row (the totals), the detail's the template's columns"))


def r02() -> None:
    """Saved page: a print-only copy of the tables (a draft's figures) hidden on screen."""
    rep = Report("岳阳市君山区民政局", 2022, "2021", 1402)
    draft = Report(rep.agency, rep.year, rep.template, 14021)
    name = "r02_html_print_only_draft_copy.html"
    css = ".print-only{display:none} @media print{.print-only{display:block} .screen-only{display:none}}"
    body = article_body(rep, table=lambda n, rows: f'<div class="screen-only">{html_table(rows)}</div>')
    body += '<div class="print-only"><p>（打印版）</p>' + tables_html(draft) + "</div>"
    (OUT / name).write_text(saved_page(rep, body, css=css), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose tables are there TWICE: the screen's copy in the sections (class screen-only, hidden only in @media print) and, after the article, a PRINT-ONLY copy (class print-only: display:none, shown by @media print) left from a DRAFT with other figures: on screen only the first copy is drawn; the draft's figures are WRONG", draft=dict(draft.cells)))


def r03() -> None:
    """Saved page: Bootstrap tabs, this year's tables (active) and last year's (not shown)."""
    rep = Report("岳阳市云溪区财政局", 2023, "2021", 1403)
    prev = old(rep, 14031)
    name = "r03_html_tabs_two_years.html"
    css = ".tab-content>.tab-pane{display:none} .tab-content>.active{display:block} .nav-tabs li{display:inline-block;margin-right:1em}"
    tabs = (
        '<ul class="nav nav-tabs"><li><a href="#y2022" data-toggle="tab">2022年度</a></li>'
        '<li class="active"><a href="#y2023" data-toggle="tab">2023年度</a></li></ul>'
        '<div class="tab-content">'
        f'<div class="tab-pane" id="y2022">{tables_html(prev)}</div>'
        f'<div class="tab-pane active" id="y2023">{tables_html(rep)}</div></div>'
    )
    art = article_body(rep, table=lambda n, rows: "")
    for n in ("t2", "t3", "t4"):
        art = art.replace(f"<p>{TABLE_TITLES[n]}</p>", "", 1)
    art = art.replace("<h3>五、", "<p>本年度统计表如下（点击标签切换年度）：</p>" + tabs + "<h3>五、", 1)
    (OUT / name).write_text(saved_page(rep, art, css=css), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page (Bootstrap 3 tabs) whose three tables stand after section 四 in TWO TAB PANES, the first LAST YEAR'S (2022, .tab-pane: display:none) and the second THIS YEAR'S (.tab-pane.active: display:block, its tab marked active): a browser draws the 2023 pane only; the 2022 figures are WRONG", other=dict(prev.cells)))


def r04() -> None:
    """Saved page: the only copy of the tables inside a collapsed accordion panel."""
    rep = Report("岳阳市汨罗市自然资源局", 2022, "2021", 1404)
    name = "r04_html_only_copy_in_collapsed_panel.html"
    css = ".collapse:not(.show){display:none} .card-header{font-weight:bold}"

    def table(n: str, rows: Grid) -> str:
        return (
            f'<div class="card"><div class="card-header"><a data-toggle="collapse" href="#c{n}">展开统计表</a></div>'
            f'<div id="c{n}" class="collapse">{html_table(rows)}</div></div>'
        )

    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table), css=css), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose three tables, each the ONLY COPY, are inside COLLAPSED ACCORDION PANELS (Bootstrap 4 .collapse without .show: display:none until the reader clicks 展开统计表): the tables are the report's, hidden only until opened"))


def r05() -> None:
    """Saved page: the tables drawn by script, and in <noscript> last year's static copy."""
    rep = Report("岳阳市临湘市交通运输局", 2023, "2021", 1405)
    prev = old(rep, 14051)
    name = "r05_html_noscript_stale_copy.html"
    art = article_body(rep, table=lambda n, rows: f'<div class="js-table" data-t="{n}">{html_table(rows)}</div>')
    art += (
        "<noscript><p>您的浏览器未启用脚本，以下为静态统计表：</p>"
        + tables_html(prev)
        + "</noscript><script>/* tables rendered from /api/ndbg/2023.json */</script>"
    )
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page (a browser with scripts saved it after they ran) whose tables in the sections were drawn by script, and after the article a <NOSCRIPT> block holding a STATIC COPY that was never updated: LAST YEAR'S tables (2022 figures); a browser with scripts does not draw <noscript>; its figures are WRONG", other=dict(prev.cells)))


def r06() -> None:
    """Saved page: table 三 given as a picture whose alt text tells its main numbers."""
    rep = Report("常德市武陵区卫生健康局", 2022, "2021", 1406)
    name = "r06_html_table_as_image_alt_numbers.html"
    c = rep.cells
    alt = (
        f"表三 收到和处理政府信息公开申请情况：本年新收申请{c['t3.new.total']}件，"
        f"其中自然人{c['t3.new.natural']}件；上年结转{c['t3.carried_in.total']}件；"
        f"予以公开{c['t3.granted.total']}件，部分公开{c['t3.partial.total']}件；"
        f"结转下年度继续办理{c['t3.carried_out.total']}件"
    )

    def table(n: str, rows: Grid) -> str:
        if n != "t3":
            return html_table(rows)
        return f'<p style="text-align:center"><img src="data:image/png;base64,{f7.TINY_PNG}" alt="{html.escape(alt)}" title="表三" width="640" height="900"></p>'

    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table)), encoding="utf-8")
    truth = rep.truth(name, "saved page whose table 三 is a PICTURE (<img>, the table drawn as an image) whose ALT TEXT tells some of its numbers in a sentence (本年新收申请N件，其中自然人N件；上年结转N件；予以公开N件…): the truth is the table the picture shows; table 三's cells may come out unread, never other than the picture's; tables 二 and 四 are HTML", alt=alt)
    TRUTH.append(truth)


def r07() -> None:
    """Saved page: big numbers with a space as the thousands separator (four kinds of space)."""
    rep = big(Report("常德市鼎城区城市管理和综合执法局", 2022, "2021", 1407), 70)
    name = "r07_html_space_thousands_separators.html"
    rnd = random.Random(1407)
    spaces = [" ", "\u00a0", "\u2009", "\u202f"]
    written: dict[str, str] = {}

    def body(k: str, t: str) -> str:
        v = rep.cells[k]
        if isinstance(v, float) or v >= 1000:
            sp = rnd.choice(spaces)
            w = grouped(v, sp)
            written[k] = w.replace("\u00a0", "<NBSP>").replace("\u2009", "<THIN>").replace("\u202f", "<NNBSP>")
            return w.replace("\u00a0", "&nbsp;") if rnd.random() < 0.5 else w
        return t

    art = article_body(rep, table=lambda n, rows: keyed_table(rep, n, rows, body))
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page (a big city's figures) whose numbers of four digits or more are grouped by thousands with a SPACE: an ordinary space, a no-break space (U+00A0, some as &nbsp;), a thin space (U+2009) or a narrow no-break space (U+202F): 12 345 is twelve thousand three hundred and forty-five", written=written))


def r08() -> None:
    """Saved page: units and words written inside the value cells."""
    rep = Report("常德市桃源县市场监督管理局", 2022, "2021", 1408)
    name = "r08_html_units_and_words_in_cells.html"
    rnd = random.Random(1408)
    written: dict[str, str] = {}

    def body(k: str, t: str) -> str:
        v = rep.cells[k]
        if k == "t2.fees.amount":
            w = f"{t}万元"
        elif k.startswith("t2.") and k.endswith("decisions"):
            w = rnd.choice([f"{t}件", f"{t} 件", f"共{t}件"])
        elif k.startswith("t3.") or k.startswith("t4."):
            w = rnd.choice([t, f"{t}件", f"{t} 件", f"计{t}件", f"{t}件"]) if rnd.random() < 0.6 else t
        else:
            w = rnd.choice([t, f"{t}件"])
        if w != t:
            written[k] = w
        del v
        return html.escape(w)

    art = article_body(rep, table=lambda n, rows: keyed_table(rep, n, rows, body))
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose value cells carry their UNIT and a WORD inside the cell: 12件, 12 件, 共12件, 计12件 (counts), 627.68万元 (the fee, its column headed in 万元 already): each cell is its number", written=written))


def r09() -> None:
    """Saved page: table 三 with rows merged over the whole table in odd places (a unit row under
    the header, a group title inside the body)."""
    rep = Report("常德市澧县住房和城乡建设局", 2022, "2021", 1409)
    name = "r09_html_merged_rows_in_odd_places.html"
    width = 10

    def table(n: str, rows: Grid) -> str:
        if n != "t3":
            return html_table(rows)
        head, body = [list(r) for r in rows[:3]], [list(r) for r in rows[3:]]
        unit = [C("单位：件　　　　填报日期：2023年1月15日", cs=width)]
        title = [C("办理结果情况（含上年结转申请，按申请人类型分列）", cs=width)]
        return html_table(head + [unit] + body[:2] + [title] + body[2:])

    def table4(n: str, rows: Grid) -> str:
        if n != "t4":
            return table(n, rows)
        rows = [list(r) for r in rows]
        return html_table([[C("行政复议、行政诉讼情况统计（单位：件）", cs=15)]] + rows[:1] + [[C("2022年度", cs=15)]] + rows[1:])

    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table4)), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose tables carry ROWS MERGED OVER THE WHOLE WIDTH IN ODD PLACES: table 三 a row '单位：件　填报日期：2023年1月15日' between its three header rows and its body, and a group title row '办理结果情况（含上年结转申请…）' between 二、上年结转 and 三、本年度办理结果; table 四 a title row above its header and a row '2022年度' between its two header rows: the dates and years in those rows are no cells"))


def r10() -> None:
    """Saved page: a responsive table that draws each column's name into its cells on phones."""
    rep = Report("常德市安乡县司法局", 2022, "2021", 1410)
    name = "r10_html_responsive_data_label_cells.html"
    labels = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]

    def body_for(n: str):
        def body(k: str, t: str) -> str:
            col = k.rsplit(".", 1)[1]
            lab = dict(zip(list(T3_COLS), labels)).get(col, col) if n == "t3" else col
            return f'<span class="v" data-label="{html.escape(lab)}">{t}</span>'

        return body

    css = ("@media (max-width: 760px){ table,tr,td{display:block} .v::before{content:attr(data-label) \"：\";font-weight:bold}"
           " .v{display:block} }")
    art = article_body(rep, table=lambda n, rows: keyed_table(rep, n, rows, body_for(n)))
    (OUT / name).write_text(saved_page(rep, art, css=css), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page with a RESPONSIVE table style: each value is a <span class=v data-label=…>; on a phone (@media (max-width:760px)) the cells stack and a ::before rule DRAWS the column's name (content:attr(data-label) '：') before each number; on a desktop screen the table is drawn as usual and no name is drawn: each cell is its number"))


def r11() -> None:
    """Saved page: last year's table 三 kept above this year's, struck through as a whole."""
    rep = Report("益阳市南县应急管理局", 2023, "2021", 1411)
    prev = old(rep, 14111)
    name = "r11_html_old_table_struck_whole.html"

    def table(n: str, rows: Grid) -> str:
        if n != "t3":
            return html_table(rows)
        return (
            '<p style="color:#999">（原表，已作废）</p><del style="color:#999">'
            + html_table(prev.t3())
            + "</del><p>（本年度）</p>"
            + html_table(rows)
        )

    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table)), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose table 三 is preceded by LAST YEAR'S TABLE 三 STRUCK THROUGH AS A WHOLE (the whole <table> inside one <del>, grey, under '（原表，已作废）'): a browser draws it, struck; this year's table after it is the report's; the struck table's figures are WRONG", other=dict(prev.cells)))


def r12() -> None:
    """Saved page: table 三 as first published, then a correction notice and the corrected table."""
    rep = Report("益阳市桃江县发展和改革局", 2022, "2021", 1412)
    first = Report(rep.agency, rep.year, rep.template, 14121)
    name = "r12_html_corrected_table_after_original.html"

    def table(n: str, rows: Grid) -> str:
        if n != "t3":
            return html_table(rows)
        return (
            html_table(first.t3())
            + "<p><strong>更正说明：</strong>经核查，上表部分数据统计有误，现更正如下（以本表为准）：</p>"
            + html_table(rows)
        )

    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table)), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose table 三 is there TWICE, both drawn: the table AS FIRST PUBLISHED, then a CORRECTION NOTICE (更正说明：…部分数据统计有误，现更正如下（以本表为准）) and the CORRECTED TABLE: the corrected figures are the report's; the first table's where they differ are WRONG (unread is allowed)", first=dict(first.cells)))


def r13() -> None:
    """Saved page: the same three tables again after the signature as 附件 (both drawn, equal)."""
    rep = Report("益阳市安化县水利局", 2022, "2021", 1413)
    name = "r13_html_same_tables_again_as_attachment.html"
    art = article_body(rep)
    art += f'<p style="text-align:right">{rep.agency}</p><p style="text-align:right">2023年1月20日</p><p>附件：统计表</p>' + tables_html(rep)
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose three tables are in their sections AND AGAIN after the signature under 附件：统计表, the same figures: two drawn copies that agree"))


# ---------------------------------------------------------------- PDF


def r14() -> None:
    """Chromium PDF: table 三 broken over a page inside its merged group, no header again."""
    rep = Report("邵阳市新邵县教育局", 2022, "2021", 1414)
    name = "r14_pdf_table_broken_inside_merged_group.pdf"

    def table(n: str, rows: Grid) -> str:
        h = html_table(rows)
        if n == "t3":
            # pushed down so that the page breaks inside 三、本年度办理结果 (rows of 不予公开)
            return '<div style="height:150mm"></div>' + h
        return h

    css = "@page{size:A4;margin:15mm} table{font-size:10pt} td{padding:3px}"
    chromium_pdf(page(article_body(rep, table=table), css=css, title=rep.title()), OUT / name)
    TRUTH.append(rep.truth(name, "Chromium PDF whose table 三 starts low on a page and BREAKS OVER THE PAGE INSIDE its merged group 三、本年度办理结果 (the rowspan label cell split over two pages, its text on the first part only), with NO HEADER ROW AGAIN on the next page (no <thead>): the rows after the break carry only their own labels"))


# ---------------------------------------------------------------- DOCX


def r15() -> None:
    """DOCX: tables 三 and 四 nested in frames (a one-cell table, a two-cell table with a note)."""
    rep = Report("邵阳市隆回县人力资源和社会保障局", 2022, "2021", 1415)
    name = "r15_docx_nested_tables_in_frames.docx"
    doc, t = f6._docx_with_tables(rep)
    for n, note in (("t3", None), ("t4", "说明：本表统计口径为本机关作为被申请人或被告的案件。")):
        inner = t[n]._tbl
        outer = doc.add_table(rows=1, cols=1 if note is None else 2)
        add_borders(outer)
        cell = outer.rows[0].cells[0]
        inner.addprevious(outer._tbl)
        tc = cell._tc
        # a cell must end with a paragraph: the inner table goes before it
        tc.insert(len(tc) - 1, inner)
        if note is not None:
            outer.rows[0].cells[1].text = note
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX whose table 三 is NESTED inside the one cell of an outer one-cell table (a frame drawn round it) and table 四 NESTED in the first cell of an outer two-cell table whose second cell holds a note (说明：本表统计口径…): Word draws the tables inside their frames"))


def r16() -> None:
    """DOCX: last year's table 三 kept as HIDDEN TEXT (w:vanish) before this year's."""
    rep = Report("邵阳市洞口县农业农村局", 2023, "2021", 1416)
    prev = old(rep, 14161)
    name = "r16_docx_hidden_stale_table_copy.docx"
    from copy import deepcopy

    doc, t = f6._docx_with_tables(rep)
    doc_old, t_old = f6._docx_with_tables(prev)
    stale = deepcopy(t_old["t3"]._tbl)
    for r in stale.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        if rpr is None:
            (rpr,) = f6.frag("<w:rPr/>")
            r.insert(0, rpr)
        (v,) = f6.frag("<w:vanish/>")
        rpr.append(v)
    # the paragraphs' marks hidden too: the table leaves no line behind
    for p in stale.iter(qn("w:p")):
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            (ppr,) = f6.frag("<w:pPr/>")
            p.insert(0, ppr)
        (prp,) = f6.frag("<w:rPr><w:vanish/></w:rPr>")
        ppr.append(prp)
    t["t3"]._tbl.addprevious(stale)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX whose table 三 is preceded by LAST YEAR'S TABLE 三 kept as HIDDEN TEXT (every run and paragraph mark w:vanish): Word does not draw it (nor print it); this year's table after it is the report's; the hidden table's figures are WRONG", other=dict(prev.cells)))


def r17() -> None:
    """Chromium PDF: a note under each table with numbers, and the tables' values in bold with 件."""
    rep = Report("邵阳市绥宁县统计局", 2022, "2021", 1417)
    name = "r17_pdf_cells_with_units_and_notes.pdf"
    rnd = random.Random(1417)
    written: dict[str, str] = {}

    def body(k: str, t: str) -> str:
        if (k.startswith("t3.") or k.startswith("t4.")) and rnd.random() < 0.5:
            written[k] = f"{t}件"
            return f"<b>{t}</b>件"
        return t

    def table(n: str, rows: Grid) -> str:
        note = {
            "t2": "注：行政许可数量含变更、延续事项12项。",
            "t3": "注：本年新收申请中，通过互联网渠道提交的31件，当面提交的6件。",
            "t4": "注：行政复议案件中2件为上年度申请、本年度审结。",
        }[n]
        return keyed_table(rep, n, rows, body) + f'<p style="font-size:8pt">{note}</p>'

    chromium_pdf(page(article_body(rep, table=table), css="@page{size:A4;margin:15mm}", title=rep.title()), OUT / name)
    TRUTH.append(rep.truth(name, "Chromium PDF whose value cells of tables 三 and 四 carry the unit 件 after the number (half of them, the number in bold), and a NOTE LINE WITH NUMBERS under each table (注：…通过互联网渠道提交的31件，当面提交的6件): each cell is its number; the notes' numbers are no cells", written=written))


def main() -> None:
    builders = [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15, r16, r17]
    build(HERE, builders, TRUTH, ONLY)


if __name__ == "__main__":
    main()
