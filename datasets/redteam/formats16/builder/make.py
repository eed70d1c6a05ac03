"""Build formats16's files and truth.jsonl (see ../README.md for what each file is).

The report model, the HTML/DOCX renderers and the Chromium/LibreOffice drivers are formats4's;
the helpers of formats5-formats15 are imported from their builders (formats15's loader brings
them all), not copied. What is new here is the forms the files take: a page, a PDF or a DOCX
holding two years' reports (last year's first, or this year's first), last year's tables as
an appendix of a Writer PDF, a draft (征求意见稿) of the report before the report in a text
file, a related-links list right above table 三, spans that overshoot the table (rowspan 99,
colspan past the grid) and rowspan=0, thousands grouped by a full-width comma or a comma and
a space, 〇 typed for the digit 0, the 申请人情况 header merged over the whole first row in a
DOCX, table 三 as a picture in a DOCX, sections in another order in the markup than drawn
(CSS order), and the two clones a DataTables grid writes (FixedColumns' left columns, scrollX's
header table over a body table with a zero-height sizing header).

Cells the truth gives as None are blank in the source: a value read for them is WRONG.
"""

from __future__ import annotations

import html
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
F4 = HERE.parents[1] / "formats4" / "builder"
F15 = HERE.parents[1] / "formats15" / "builder"
sys.path.insert(0, str(F4))

from docx.shared import Cm  # noqa: E402
from model import C, Report, grid_positions  # noqa: E402
from render import (  # noqa: E402
    TABLE_TITLES,
    Grid,
    add_borders,
    article_body,
    chromium_pdf,
    docx_table,
    html_table,
    page,
    soffice,
)
from sets import build, load_builder  # noqa: E402


f15 = load_builder("f15make", F15 / "make.py")
f14, f13, f12, f7, f6 = f15.f14, f15.f13, f15.f12, f15.f7, f15.f6

OUT = HERE.parent / "files"
TRUTH: list[dict] = []
ONLY = sys.argv[1:]


saved_page = f15.saved_page  # formats7's saved page around an article


def last_year(rep: Report, seed: int) -> Report:
    """Last year's report of the same body: other figures, same template."""
    return Report(rep.agency, rep.year - 1, rep.template, seed)


def differs(rep: Report, other: Report) -> dict:
    """The other report's cells (every key), for the truth's record of the stale figures."""
    return dict(other.cells)


def without_h1(article: str) -> str:
    return re.sub(r"<h1[^>]*>.*?</h1>", "", article, count=1, flags=re.S)


def text_report(rep: Report, title: str | None = None) -> str:
    """The report as plain text (tables as pipe lines, a merged cell's text in its first
    place): formats15's text form."""

    def table(n: str, rows: Grid) -> str:
        return "\n".join(" | ".join(line) for line in f15._placed(rows))

    out = f15._text_report(rep, table)
    if title is not None:
        out = out.replace(rep.title(), title, 1)
    return out


# ---------------------------------------------------------------- two years on one page


def u01() -> None:
    """Saved page: last year's report (附件1) first, then this year's (附件2)."""
    rep = Report("邵阳市大祥区住房和城乡建设局", 2023, "2021", 1601)
    old = last_year(rep, 16011)
    name = "u01_html_two_years_last_year_first.html"
    art = (
        f'<h1 class="title">{html.escape(rep.title())}</h1>'
        f"<p>发布日期：2024-01-25</p><p>附件1：{html.escape(old.title())}</p>"
        + without_h1(article_body(old))
        + f"<p>附件2：{html.escape(rep.title())}</p>"
        + without_h1(article_body(rep))
    )
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page under this year's title (2023) holding TWO WHOLE REPORTS: 附件1 LAST YEAR'S report (its title, six sections, three tables of 2022's figures) FIRST, then 附件2 THIS YEAR'S (2023) report: the row is the 2023 report; 2022's figures are WRONG", stale=differs(rep, old)))


def u02() -> None:
    """Saved page: this year's report, then after its sign-off last year's whole report
    (same template) under its title."""
    rep = Report("邵阳市双清区财政局", 2023, "2021", 1602)
    old = last_year(rep, 16021)
    name = "u02_html_two_years_this_year_first.html"
    art = article_body(rep) + "<p>　</p>" + article_body(old).replace('<h1 class="title">', '<h1 class="title" style="font-size:16pt">')
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page: this year's (2023) report, then after its sign-off LAST YEAR'S WHOLE REPORT under its own <h1> title (2022, the SAME 2021 template, other figures): the row is the first report; 2022's figures are WRONG", stale=differs(rep, old)))


def u03() -> None:
    """Chromium PDF: last year's report first, then this year's, in one PDF."""
    rep = Report("邵阳市北塔区民政局", 2023, "2021", 1603)
    old = last_year(rep, 16031)
    name = "u03_pdf_two_years_last_year_first.pdf"
    body = (
        f"<h1>{html.escape(rep.title())}</h1>"
        f"<p>附件1：{html.escape(old.title())}</p>"
        + without_h1(article_body(old))
        + '<p style="break-before:page">附件2：' + html.escape(rep.title()) + "</p>"
        + without_h1(article_body(rep))
    )
    chromium_pdf(page(body, css="@page{size:A4;margin:15mm}", title=rep.title()), OUT / name)
    TRUTH.append(rep.truth(name, "Chromium PDF under this year's title (2023) holding TWO WHOLE REPORTS: 附件1 LAST YEAR'S (2022) report first, then on a new page 附件2 this year's: the row is the 2023 report; 2022's figures are WRONG", stale=differs(rep, old)))


def u04() -> None:
    """Writer PDF of a DOCX whose last year's three tables come as an appendix."""
    rep = Report("邵阳市邵东市交通运输局", 2023, "2021", 1604)
    old = last_year(rep, 16041)
    name = "u04_pdf_writer_last_year_tables_appendix.pdf"
    doc, _ = f6._docx_with_tables(rep)
    doc.add_paragraph(f"附件：{rep.agency}{old.year}年度政府信息公开情况统计表（供对比）")
    for n, rows in (("t2", old.t2()), ("t3", old.t3()), ("t4", old.t4())):
        doc.add_paragraph(TABLE_TITLES[n])
        add_borders(docx_table(doc, rows))
    with tempfile.TemporaryDirectory(prefix="formats16-") as d:
        src = Path(d) / "u04.docx"
        doc.save(src)
        pdf = soffice(src, "pdf", Path(d))
        (OUT / name).write_bytes(pdf.read_bytes())
    TRUTH.append(rep.truth(name, "Writer PDF (LibreOffice) of a DOCX report (2023) whose sign-off is followed by an APPENDIX 附件：…2022年度政府信息公开情况统计表（供对比） holding LAST YEAR'S THREE TABLES (same template, other figures): the appendix's figures are WRONG", stale=differs(rep, old)))


def u05() -> None:
    """Text file: the report's draft (征求意见稿, other figures) first, then the report."""
    rep = Report("邵阳市新邵县卫生健康局", 2023, "2021", 1605)
    draft = Report(rep.agency, rep.year, rep.template, 16051)
    name = "u05_txt_draft_then_report.txt"
    text = (
        text_report(draft, title=draft.title() + "（征求意见稿）")
        + "\n"
        + text_report(rep)
    )
    (OUT / name).write_text(text, encoding="utf-8")
    TRUTH.append(rep.truth(name, "plain text holding the report TWICE: first its DRAFT under the title …2023年政府信息公开工作年度报告（征求意见稿） (whole report, other figures), then the report itself under its title: the draft's figures are WRONG where they differ (the page says which is final only by the draft's title)", stale=differs(rep, draft)))


def u06() -> None:
    """Saved page: a related-links list (last year's report) right above table 三."""
    rep = Report("邵阳市隆回县市场监督管理局", 2023, "2021", 1606)
    name = "u06_html_related_links_above_table_three.html"
    links = (
        '<div class="xggj"><p>相关阅读：</p><ul>'
        f'<li><a href="../2023/0125/1.html">{rep.agency}2022年政府信息公开工作年度报告</a></li>'
        f'<li><a href="../2022/0120/2.html">{rep.agency}2021年政府信息公开工作年度报告</a></li>'
        "</ul></div>"
    )

    def table(n: str, rows: Grid) -> str:
        return (links if n == "t3" else "") + html_table(rows)

    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table)), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page (2023) whose CMS put a RELATED-LINKS box (相关阅读： then links to the body's 2022 and 2021 reports, their titles alone on their lines) between table 三's caption and table 三: the table is this year's; the links name other years"))


# ---------------------------------------------------------------- spans


def _span_table(rows: Grid, over_rows: int = 0, over_cols: int = 0, zero: bool = False) -> str:
    """An HTML table whose spans overshoot: each rowspan of a label cell that reaches the
    last row made ``over_rows`` (99), the last header cell's colspan past the grid by
    ``over_cols``; or (``zero``) rowspans that reach the table's end written 0."""
    cells, width = grid_positions(rows)
    height = len(rows)
    out = ['<table border="1" cellspacing="0" cellpadding="3">']
    for r, row in enumerate(rows):
        tds = []
        placed = [x for x in cells if x[0] == r]
        for i, (rr, c, text, rs, cs) in enumerate(placed):
            attrs = ""
            if rs > 1:
                if rr + rs == height and over_rows:
                    rs = over_rows
                if rr + rs == height and zero:
                    rs = 0
                attrs += f' rowspan="{rs}"'
            if over_cols and r == 0 and i == len(placed) - 1:
                cs += over_cols
            if cs > 1:
                attrs += f' colspan="{cs}"'
            tds.append(f"<td{attrs}>{html.escape(text)}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def u07() -> None:
    """Saved page: rowspans and colspans past the table's edge."""
    rep = Report("邵阳市洞口县教育局", 2023, "2021", 1607)
    name = "u07_html_spans_past_the_table.html"

    def table(n: str, rows: Grid) -> str:
        if n == "t3":
            # the grid with the 三、本年度办理结果 label and 四、结转 row moved so that a label's
            # rowspan reaches the last row: written rowspan=99 (a browser stops at the table's end)
            grid = [list(r) for r in rows]
            return _span_table(grid[:-1], over_rows=99, over_cols=4) + _tail_table(grid[-1:], rows)
        if n == "t4":
            return _span_table(rows, over_cols=6)
        return _span_table(rows, over_rows=99, over_cols=3)

    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table)), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose spans OVERSHOOT THE TABLE as CMS editors leave them: a label cell's rowspan that reaches the table's last row written rowspan=99 (table 二's merged labels, table 三's 三、本年度办理结果 over its 22 rows; a browser stops it at the table's end), the first header row's last cell with a COLSPAN PAST THE GRID (申请人情况 colspan 11, table 四's 行政诉讼 colspan 16, a browser adds empty columns at the right), table 三's last row (四、结转下年度继续办理) as a one-row table right under it: every cell where the template puts it"))


def _tail_table(last: Grid, rows: Grid) -> str:
    """The last row of table 三 as a one-row table of the same columns."""
    cells, width = grid_positions(rows)
    tds = "".join(
        f'<td{f" colspan={cs}" if cs > 1 else ""}>{html.escape(text)}</td>' for text, _rs, cs in last[0]
    )
    return f'<table border="1" cellspacing="0" cellpadding="3" style="margin-top:-1px"><tr>{tds}</tr></table>'


def u08() -> None:
    """Saved page: rowspan="0" (to the end of the row group) on labels that reach it."""
    rep = Report("邵阳市绥宁县水利局", 2023, "2021", 1608)
    name = "u08_html_rowspan_zero.html"

    def table(n: str, rows: Grid) -> str:
        if n == "t3":
            grid = [list(r) for r in rows]
            head = _span_table(grid[:3], zero=True)
            body = _span_table(grid[3:-1], zero=True)
            # one table, two row groups: thead (its corner cell rowspan=0 to thead's end) and
            # tbody (三、本年度办理结果 rowspan=0 to tbody's end), the last row in a tfoot
            head_rows = head.split("\n")[1:-1]
            body_rows = body.split("\n")[1:-1]
            last = _tail_table(grid[-1:], rows).split("<tr>", 1)[1].rsplit("</tr>", 1)[0]
            return (
                '<table border="1" cellspacing="0" cellpadding="3"><thead>'
                + "".join(head_rows)
                + "</thead><tbody>"
                + "".join(body_rows)
                + f"</tbody><tfoot><tr>{last}</tr></tfoot></table>"
            )
        return _span_table(rows, zero=True)

    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table)), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose merged cells that reach the end of their ROW GROUP are written ROWSPAN=\"0\" (HTML: the cell spans to the end of its thead/tbody/tfoot): table 三's corner note over its three header rows (thead), 三、本年度办理结果 over the body rows (tbody; 四、结转 in a tfoot), table 二's last merged labels, each where a browser puts them"))


# ---------------------------------------------------------------- how numbers are written


def u09() -> None:
    """Saved page: thousands grouped by a full-width comma or a comma and a space."""
    rep = f14.big(Report("邵阳市武冈市公安局", 2023, "2021", 1609), 60)
    name = "u09_html_fullwidth_comma_thousands.html"
    rnd = random.Random(1609)
    written: dict[str, str] = {}

    def body(k: str, t: str) -> str:
        if "." in t or len(t) < 4 or rnd.random() < 0.3:
            return t
        sep = rnd.choice(["，", "，", ", "])
        w = f"{int(t):,}".replace(",", sep)
        written[k] = w
        return html.escape(w)

    art = article_body(rep, table=lambda n, rows: f12.keyed_table(rep, n, rows, body))
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page, a big city police bureau's figures: most numbers of four or more digits grouped by a FULL-WIDTH COMMA (3，429, 12，056) or a COMMA AND A SPACE (3, 429) as typed in a Chinese input method: each cell is its whole number", written=written))


def u10() -> None:
    """Saved page: 〇 typed for the digit 0 inside Arabic numbers and for a zero."""
    rep = Report("邵阳市新宁县农业农村局", 2023, "2021", 1610)
    name = "u10_html_ling_circle_for_zero_digit.html"
    rnd = random.Random(1610)
    written: dict[str, str] = {}

    def body(k: str, t: str) -> str:
        if "0" not in t or "." in t or rnd.random() < 0.25:
            return t
        w = t.replace("0", "〇")
        written[k] = w
        return w

    art = article_body(rep, table=lambda n, rows: f12.keyed_table(rep, n, rows, body))
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose cells have the DIGIT 0 TYPED AS 〇 (U+3007) in three quarters of the numbers holding a 0: zeros are 〇, and 10, 105, 2040 are 1〇, 1〇5, 2〇4〇 (a typist's habit from dates, 二〇二三年): each cell is its number", written=written))


# ---------------------------------------------------------------- DOCX


def u11() -> None:
    """DOCX: table 三's first row one cell 申请人情况 over the whole width."""
    rep = Report("邵阳市城步苗族自治县司法局", 2023, "2021", 1611)
    name = "u11_docx_applicant_header_over_whole_width.docx"
    t3 = rep.t3()
    head = [
        [C("申请人情况", cs=10)],
        [
            C("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rs=2, cs=3),
            C("自然人", rs=2),
            C("法人或其他组织", cs=5),
            C("总计", rs=2),
        ],
        [C("商业企业"), C("科研机构"), C("社会公益组织"), C("法律服务机构"), C("其他")],
    ]
    doc, _ = f6._docx_with_tables(rep, {"t3": head + t3[3:]})
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX whose table 三 header has 申请人情况 as ONE CELL MERGED OVER THE WHOLE FIRST ROW (gridSpan 10, over the label columns too), the corner note (本列数据的勾稽关系…) merged over the two rows under it, then 自然人 | 法人或其他组织 (five) | 总计: the columns are the template's"))


def u12() -> None:
    """DOCX: table 三 as a picture (a screenshot of the table), tables 二 and 四 as tables."""
    rep = Report("邵阳市邵阳县应急管理局", 2023, "2021", 1612)
    name = "u12_docx_table_three_as_picture.docx"
    with tempfile.TemporaryDirectory(prefix="formats16-") as d:
        src = Path(d) / "t3.html"
        src.write_text(
            page(html_table(rep.t3()), css="body{margin:4px;background:#fff} table{font-size:11pt}"),
            encoding="utf-8",
        )
        png = Path(d) / "t3.png"
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={d}/p",
             "--hide-scrollbars", "--force-device-scale-factor=2", "--window-size=900,1700",
             f"--screenshot={png}", src.as_uri()],
            check=True, capture_output=True, timeout=120,
        )
        from PIL import Image, ImageChops

        shot = Image.open(png).convert("RGB")
        box = ImageChops.difference(shot, Image.new("RGB", shot.size, "white")).getbbox()
        shot.crop((0, 0, shot.size[0], min(shot.size[1], box[3] + 8))).save(png)
        made: dict = {}

        def table(doc, n, rows):
            if n == "t3":
                doc.add_picture(str(png), width=Cm(16))
                return
            t = docx_table(doc, rows)
            add_borders(t)
            made[n] = t

        from render import docx_report

        doc = docx_report(rep, table=table)
        doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX whose TABLE 三 IS A PICTURE (a PNG screenshot of the table, 2x, inline in the body: no table, no text of its cells), tables 二 and 四 Word tables: table 三's cells may be unread (or read by OCR where the extra is installed), never other than the picture's"))


# ---------------------------------------------------------------- markup order


def u13() -> None:
    """Saved page: the sections in another order in the markup than drawn (CSS order)."""
    rep = Report("邵阳市洞口县自然资源局", 2023, "2021", 1613)
    name = "u13_html_css_order_sections.html"
    art = article_body(rep)
    parts = re.split(r"(?=<h3>)", art)
    head, secs = parts[0], parts[1:]
    order = [3, 1, 5, 2, 0, 4]  # the markup's order of sections (0-based), each told where to draw
    blocks = "".join(f'<section style="order:{k}">{secs[k]}</section>' for k in order)
    art = head + f'<div style="display:flex;flex-direction:column">{blocks}</div>'
    (OUT / name).write_text(saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose six sections stand in the MARKUP OUT OF ORDER (四, 二, 六, 三, 一, 五), each in a <section style=order:k> of a flex column, so a browser DRAWS them in order 一…六: each table in its own section, under its own heading; what the markup's order would put where is not the page"))


def u14() -> None:
    """Saved page: a DataTables grid with FixedColumns: the left columns cloned over the table."""
    rep = Report("邵阳市新邵县文化旅游广电体育局", 2023, "2021", 1614)
    name = "u14_html_datatables_fixed_columns_clone.html"
    widths: list[int] = []
    # (fixed column widths and row heights, as the plugin sets them: the clone lies exactly
    # over the table's own left columns)
    css = ".dataTable{table-layout:fixed;border-collapse:collapse} .dataTable tr{height:84px} .dataTable td{overflow:hidden;font-size:9pt}"

    def clone(rows: Grid, keep: int) -> str:
        cells, width = grid_positions(rows)
        out = ['<table class="dataTable DTFC_Cloned" border="1" cellspacing="0" cellpadding="3">' + cols(keep)]
        for r in range(len(rows)):
            tds = []
            for rr, c, text, rs, cs in cells:
                if rr != r or c >= keep:
                    continue
                cs = min(cs, keep - c)
                span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                tds.append(f"<td{span}>{html.escape(text)}</td>")
            out.append("<tr>" + "".join(tds) + "</tr>")
        return "\n".join(out + ["</table>"])

    def cols(n: int) -> str:
        return "<colgroup>" + "".join(f'<col style="width:{w}px">' for w in widths[:n]) + "</colgroup>"

    def table(n: str, rows: Grid) -> str:
        nonlocal widths
        _cells, width = grid_positions(rows)
        keep = {"t2": 1, "t3": width - 7 + 1, "t4": 0}[n]
        labels = width - 7 if n == "t3" else 1
        widths = [130] * labels + [64] * (width - labels)
        main = html_table(rows).replace("<table ", '<table class="dataTable" ', 1)
        main = main.replace(">", ">" + cols(width), 1)
        if not keep:
            return f'<div class="dataTables_wrapper">{main}</div>'
        return (
            '<div class="dataTables_wrapper" style="position:relative"><div class="dataTables_scroll">'
            f"{main}</div>"
            '<div class="DTFC_LeftWrapper" style="position:absolute;top:0;left:0;background:#fff">'
            f'<div class="DTFC_LeftBodyWrapper">{clone(rows, keep)}</div></div></div>'
        )

    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table), css=css), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page of a DataTables grid with FIXEDCOLUMNS: tables 二 and 三 each followed by the plugin's CLONE of their left columns (table 二: the labels; table 三: the labels and the 自然人 column), absolutely placed over the table's own left part (drawn on top, the same text where they lie): each cell once, where the full table has it"))


def u15() -> None:
    """Saved page: a DataTables scrollX grid: the header in its own table, the body table's
    header a zero-height sizing copy."""
    rep = Report("邵阳市隆回县人力资源和社会保障局", 2023, "2021", 1615)
    name = "u15_html_datatables_scroll_head_split.html"

    def table(n: str, rows: Grid) -> str:
        if n != "t3":
            return html_table(rows)
        head, body = rows[:3], rows[3:]
        head_html = html_table(head).replace("<table ", '<table class="dataTable" ', 1)
        sizing = html_table(head).split("\n")[1:-1]
        sizing = [
            re.sub(r"<td([^>]*)>(.*?)</td>", r'<td\1 style="padding-top:0;padding-bottom:0;border-top-width:0;border-bottom-width:0;height:0"><div class="dataTables_sizing" style="height:0;overflow:hidden">\2</div></td>', tr).replace("<tr>", '<tr style="height:0">')
            for tr in sizing
        ]
        body_html = html_table(body).split("\n")
        body_table = (
            '<table class="dataTable" border="1" cellspacing="0" cellpadding="3"><thead>'
            + "".join(sizing)
            + "</thead><tbody>"
            + "".join(body_html[1:-1])
            + "</tbody></table>"
        )
        return (
            '<div class="dataTables_scroll"><div class="dataTables_scrollHead" style="overflow:hidden">'
            f'<div class="dataTables_scrollHeadInner">{head_html}</div></div>'
            f'<div class="dataTables_scrollBody" style="overflow:auto">{body_table}</div></div>'
        )

    (OUT / name).write_text(saved_page(rep, article_body(rep, table=table)), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page of a DataTables grid with SCROLLX: table 三's three header rows in a table of their own (dataTables_scrollHead), its body rows in a second table (dataTables_scrollBody) whose thead is the plugin's SIZING COPY of the header, every cell's text inside a zero-height div with overflow hidden (not drawn): one table on the screen"))


def u16() -> None:
    """DOCX: last year's whole report first, then this year's, in one document."""
    rep = Report("邵阳市新宁县财政局", 2023, "2021", 1616)
    old = last_year(rep, 16161)
    name = "u16_docx_two_years_last_year_first.docx"
    from render import docx_report

    doc = docx_report(old)
    body = doc.element.body
    first = body[0]
    from docx.oxml.ns import qn

    (p,) = f6.frag(f"<w:p>{f6.run(rep.title())}</w:p>")
    first.addprevious(p)
    (p,) = f6.frag(f"<w:p>{f6.run('附件1：')}</w:p>")
    first.addprevious(p)
    doc.add_paragraph("附件2：")
    cur = docx_report(rep)
    sect = body.find(qn("w:sectPr"))
    for el in list(cur.element.body):
        if el.tag == qn("w:sectPr"):
            continue
        sect.addprevious(el)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX under this year's title (2023, first line) holding TWO WHOLE REPORTS: 附件1 then LAST YEAR'S (2022) report (its title, six sections, three tables), then 附件2 and THIS YEAR'S report: the row is the 2023 report; 2022's figures are WRONG", stale=differs(rep, old)))


def main() -> None:
    builders = [u01, u02, u03, u04, u05, u06, u07, u08, u09, u10, u11, u12, u13, u14, u15, u16]
    build(HERE, builders, TRUTH, ONLY)


if __name__ == "__main__":
    main()
