"""Build formats17's files and truth.jsonl (see ../README.md for what each file is).

The report model, the HTML/DOCX renderers and the Chromium/LibreOffice drivers are formats4's;
formats16's builder (and through it formats5-formats15's helpers) is imported, not copied.
What is new here is where a second copy of the tables stands and what (if anything) says
whose it is: two untitled copies of the tables in either order, table 四 alone printed
twice, last year's tables repeated after the report with no caption, a 历年报告 list of links
above the heading, titles whose year is in a bracket (（2023年度）, 【2023年】), in Chinese
numerals or full-width digits, a caption in Chinese numerals, table 四 split over two PDF pages,
three years' reports on one page, a correction given as a second whole table 三 (this year's,
and last year's report's), and another body's report quoted in the prose and appended.

Cells the truth gives as None are blank in the source: a value read for them is WRONG. The
truth is the row's report's figures (this year's, the corrected table where a notice says
so); a figure of any other copy read where it differs is WRONG; no cell is right where the
page does not say which copy is this year's.
"""

from __future__ import annotations

import copy
import html
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
F4 = HERE.parents[1] / "formats4" / "builder"
F16 = HERE.parents[1] / "formats16" / "builder"
sys.path.insert(0, str(F4))

from model import Report  # noqa: E402
from render import (  # noqa: E402
    TABLE_TITLES,
    Grid,
    article_body,
    chromium_pdf,
    docx_report,
    html_table,
    page,
)


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    argv, sys.argv = sys.argv, sys.argv[:1]  # the earlier builders read their argv at import
    spec.loader.exec_module(mod)
    sys.argv = argv
    return mod


f16 = _load("f16make", F16 / "make.py")
f15, f6 = f16.f15, f16.f6

OUT = HERE.parent / "files"
TRUTH: list[dict] = []
ONLY = sys.argv[1:]


def titled(rep: Report, title: str) -> Report:
    """The report under another spelling of its title (the year in a bracket, numerals…)."""
    out = copy.copy(rep)
    out.title = lambda: title  # type: ignore[method-assign]
    return out


def other_year(rep: Report, year: int, seed: int) -> Report:
    """The same body's report of another year: other figures, same template."""
    return Report(rep.agency, year, rep.template, seed)


def stale_of(*others: Report) -> dict:
    """The other copies' cells (every key), for the truth's record of the stale figures."""
    out: dict = {}
    for o in others:
        for k, v in o.cells.items():
            out.setdefault(k, v)
    return out


def body(rep: Report, table=None) -> str:
    """The report's article without its <h1> (its title given by the caller)."""
    return f16.without_h1(article_body(rep, table=table))


def text_table(rows: Grid) -> str:
    return "\n".join(" | ".join(line) for line in f15._placed(rows))


def grids(rep: Report) -> dict[str, Grid]:
    return {"t2": rep.t2(), "t3": rep.t3(), "t4": rep.t4()}


# ---------------------------------------------------------------- untitled copies


def v01() -> None:
    """Saved page: every table twice, last year's copy first, nothing between."""
    rep = Report("株洲市芦淞区民政局", 2023, "2021", 1701)
    old = other_year(rep, 2022, 17011)
    name = "v01_html_untitled_copies_last_year_first.html"
    og = grids(old)
    art = article_body(rep, table=lambda n, rows: html_table(og[n]) + "<p></p>" + html_table(rows))
    (OUT / name).write_text(f16.saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page (2023): under each table's caption TWO COPIES of the table with nothing between them (an editor pasted this year's table under last year's, kept from the template): LAST YEAR'S COPY FIRST, then this year's; no title, caption, notice or mark says which is which: a cell the copies disagree on may only be unread; last year's figure read is WRONG", stale=stale_of(old)))


def v02() -> None:
    """Saved page: every table twice, this year's copy first, nothing between."""
    rep = Report("株洲市荷塘区财政局", 2023, "2021", 1702)
    old = other_year(rep, 2022, 17021)
    name = "v02_html_untitled_copies_this_year_first.html"
    og = grids(old)
    art = article_body(rep, table=lambda n, rows: html_table(rows) + html_table(og[n]))
    (OUT / name).write_text(f16.saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page (2023): under each table's caption TWO COPIES of the table right after each other, THIS YEAR'S FIRST, then last year's (left in by the editor); nothing on the page says which is which: a disagreeing cell may only be unread; last year's figure is WRONG", stale=stale_of(old)))


def v03() -> None:
    """Text file: table 四 alone printed twice, last year's first."""
    rep = Report("株洲市石峰区司法局", 2023, "2021", 1703)
    old = other_year(rep, 2022, 17031)
    old.cells.update({"t4.review.upheld": 2, "t4.review.total": rep.cells["t4.review.total"] + 2})
    name = "v03_txt_table_four_twice_last_year_first.txt"
    og = grids(old)

    def table(n: str, rows: Grid) -> str:
        if n == "t4":
            return text_table(og["t4"]) + "\n\n" + text_table(rows)
        return text_table(rows)

    (OUT / name).write_text(f15._text_report(rep, table), encoding="utf-8")
    TRUTH.append(rep.truth(name, "plain text (tables as pipe lines), the 2023 report: TABLE 四 ALONE PRINTED TWICE under its caption, LAST YEAR'S COPY FIRST (other figures), a blank line, then this year's; nothing says which is which: table 四's disagreeing cells may only be unread; last year's figure is WRONG", stale={k: v for k, v in old.cells.items() if k.startswith("t4.")}))


def v04() -> None:
    """Chromium PDF: this year's report, then last year's three tables after section 六,
    under their table captions only (no year, no title)."""
    rep = Report("株洲市天元区教育局", 2023, "2021", 1704)
    old = other_year(rep, 2022, 17041)
    name = "v04_pdf_untitled_tables_after_the_report.pdf"
    og = grids(old)
    tail = "".join(f"<p>{TABLE_TITLES[n]}</p>" + html_table(og[n]) for n in ("t2", "t3", "t4"))
    doc = article_body(rep) + '<div style="break-before:page">' + tail + "</div>"
    chromium_pdf(page(doc, css="@page{size:A4;margin:15mm}", title=rep.title()), OUT / name)
    TRUTH.append(rep.truth(name, "Chromium PDF of the 2023 report, then on a new page after the sign-off THREE MORE TABLES (last year's, other figures) under the table captions alone ((一)主动公开…, (二)…, (三)…): NO YEAR, TITLE OR NOTE says whose: a disagreeing cell may only be unread; last year's figure is WRONG", stale=stale_of(old)))


# ---------------------------------------------------------------- titles


def v05() -> None:
    """Saved page: a 历年报告 list of links above the heading, this year's report, then last
    year's appended under its title."""
    rep = Report("株洲市渌口区住房和城乡建设局", 2023, "2021", 1705)
    old = other_year(rep, 2022, 17051)
    name = "v05_html_history_links_above_heading.html"
    links = "".join(
        f'<li><a href="../{y}/index.html">{html.escape(rep.agency)}{y}年政府信息公开工作年度报告</a></li>'
        for y in (2022, 2021, 2020)
    )
    art = (
        f'<div class="lnbg"><p>历年报告</p><ul>{links}</ul></div>'
        + article_body(rep)
        + f"<p>附件：{html.escape(old.title())}</p>"
        + body(old)
    )
    (OUT / name).write_text(f16.saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page: a 历年报告 box of LINKS (the body's 2022, 2021, 2020 reports' titles, one a line) RIGHT ABOVE the <h1> of this year's (2023) report; after its sign-off 附件：…2022年…年度报告 and LAST YEAR'S WHOLE REPORT (its tables other figures): the row is the 2023 report; 2022's figures are WRONG", stale=stale_of(old)))


def v06() -> None:
    """Saved page: titles with the year in a bracketed note, last year's report first."""
    rep = Report("株洲市醴陵市市场监督管理局", 2023, "2021", 1706)
    old = other_year(rep, 2022, 17061)
    name = "v06_html_bracket_year_titles_last_year_first.html"
    t23 = f"{rep.agency}政府信息公开工作年度报告（2023年度）"
    t22 = f"{rep.agency}政府信息公开工作年度报告（2022年度）"
    art = (
        f'<h1 class="title">{t23}</h1><p>发布日期：2024-01-19</p>'
        f"<p>附件1：{t22}</p>" + body(old) + f"<p>附件2：{t23}</p>" + body(rep)
    )
    (OUT / name).write_text(f16.saved_page(titled(rep, t23), art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page titled …政府信息公开工作年度报告（2023年度） (THE YEAR IN A BRACKETED NOTE) holding two whole reports: 附件1 …（2022年度） LAST YEAR'S first, then 附件2 …（2023年度） this year's: the row is the 2023 report; 2022's figures are WRONG", stale=stale_of(old)))


def v07() -> None:
    """DOCX: titles led by the year in 【】, this year's report first, last year's after."""
    rep = Report("株洲市攸县卫生健康局", 2023, "2021", 1707)
    old = other_year(rep, 2022, 17071)
    name = "v07_docx_lenticular_year_titles_this_year_first.docx"
    t23, t22 = (f"【{y}年】{rep.agency}政府信息公开工作年度报告" for y in (2023, 2022))
    doc = docx_report(titled(rep, t23))
    doc.add_paragraph("附件：")
    second = docx_report(titled(old, t22))
    from docx.oxml.ns import qn

    sect = doc.element.body.find(qn("w:sectPr"))
    for el in list(second.element.body):
        if el.tag != qn("w:sectPr"):
            sect.addprevious(el)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX whose titles LEAD WITH THE YEAR IN 【】 (【2023年】…政府信息公开工作年度报告): this year's report, then 附件： and LAST YEAR'S WHOLE REPORT under 【2022年】…: the row is the first (2023) report; 2022's figures are WRONG", stale=stale_of(old)))


def v08() -> None:
    """Text file: last year's three tables appended under a caption in Chinese numerals."""
    rep = Report("株洲市茶陵县交通运输局", 2023, "2021", 1708)
    old = other_year(rep, 2022, 17081)
    name = "v08_txt_chinese_numeral_caption_appendix.txt"
    og = grids(old)
    text = f15._text_report(rep, lambda n, rows: text_table(rows))
    text += f"\n附件：{rep.agency}二〇二二年度政府信息公开情况统计表（供对比）\n\n"
    text += "\n\n".join(TABLE_TITLES[n] + "\n" + text_table(og[n]) for n in ("t2", "t3", "t4"))
    (OUT / name).write_text(text + "\n", encoding="utf-8")
    TRUTH.append(rep.truth(name, "plain text, the 2023 report, then 附件：…二〇二二年度政府信息公开情况统计表（供对比） (A CAPTION WITH THE YEAR IN CHINESE NUMERALS) and LAST YEAR'S THREE TABLES: the caption says they are 2022's; their figures are WRONG", stale=stale_of(old)))


def v09() -> None:
    """Saved page: last year's table 三 for comparison after this year's, captioned with
    the year in Chinese numerals (零 for zero)."""
    rep = Report("株洲市炎陵县自然资源局", 2023, "2021", 1709)
    old = other_year(rep, 2022, 17091)
    name = "v09_html_chinese_numeral_caption_comparison.html"
    og = grids(old)

    def table(n: str, rows: Grid) -> str:
        if n != "t3":
            return html_table(rows)
        return (
            html_table(rows)
            + f"<p>附：二零二二年度收到和处理政府信息公开申请情况统计表（对照）</p>"
            + html_table(og["t3"])
        )

    (OUT / name).write_text(f16.saved_page(rep, article_body(rep, table=table)), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page (2023): after this year's table 三, 附：二零二二年度收到和处理政府信息公开申请情况统计表（对照） (A CAPTION IN CHINESE NUMERALS, 零 for zero) and LAST YEAR'S TABLE 三: its figures are WRONG", stale={k: v for k, v in old.cells.items() if k.startswith("t3.")}))


# ---------------------------------------------------------------- pages, splits


def v10() -> None:
    """Chromium PDF (page numbers in the margins): table 四's header on one page, its
    figures on the next."""
    rep = Report("株洲市荷塘区应急管理局", 2023, "2021", 1710)
    name = "v10_pdf_table_four_split_over_pages.pdf"

    def table(n: str, rows: Grid) -> str:
        if n != "t4":
            return html_table(rows)
        head, vals = rows[:3], rows[3:]
        return (
            html_table(head)
            + '<div style="break-before:page"></div>'
            + html_table([[(t, 1, 1) for t, _rs, _cs in vals[0]]])
        )

    chromium_pdf(
        page(article_body(rep, table=table), css="@page{size:A4;margin:15mm}", title=rep.title()),
        OUT / name,
        header_footer=True,
    )
    TRUTH.append(rep.truth(name, "Chromium PDF WITH ITS HEADER AND FOOTER (date, title, file URL, page x/y in the margins) whose TABLE 四 IS SPLIT OVER TWO PAGES: its three header rows at the foot of one page, its fifteen figures alone at the head of the next: each figure in its column"))


def v11() -> None:
    """Saved page: three years' reports under this year's heading, oldest first."""
    rep = Report("株洲市芦淞区水利局", 2023, "2021", 1711)
    y22 = other_year(rep, 2022, 17111)
    y21 = other_year(rep, 2021, 17112)
    name = "v11_html_three_years_oldest_first.html"
    art = (
        f'<h1 class="title">{html.escape(rep.title())}</h1><p>发布日期：2024-01-22</p>'
        f"<p>附件1：{html.escape(y21.title())}</p>" + body(y21)
        + f"<p>附件2：{html.escape(y22.title())}</p>" + body(y22)
        + f"<p>附件3：{html.escape(rep.title())}</p>" + body(rep)
    )
    (OUT / name).write_text(f16.saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page under this year's title (2023) holding THREE WHOLE REPORTS, OLDEST FIRST: 附件1 2021's, 附件2 2022's, 附件3 2023's (same template, other figures): the row is the 2023 report; 2021's and 2022's figures are WRONG", stale=stale_of(y22, y21)))


def _erroneous(rep: Report) -> Report:
    """The report with four cells of table 三 mistyped (the first, erroneous table)."""
    bad = copy.deepcopy(rep)
    for key, delta in (
        ("t3.granted.natural", 3),
        ("t3.granted.total", 3),
        ("t3.partial.commercial", 1),
        ("t3.unavailable.not_held.natural", 2),
    ):
        bad.cells[key] = rep.cells[key] + delta
    return bad


def v12() -> None:
    """Saved page: the report, then a correction notice and the whole corrected table 三."""
    rep = Report("株洲市石峰区人力资源和社会保障局", 2023, "2021", 1712)
    bad = _erroneous(rep)
    name = "v12_html_correction_as_second_whole_table.html"
    art = (
        article_body(bad)
        + "<p>更正说明：因工作人员疏忽，上文“收到和处理政府信息公开申请情况”表中部分数据有误，"
        "现将更正后的表格公布如下，以本表为准。</p>"
        + html_table(rep.t3())
    )
    (OUT / name).write_text(f16.saved_page(rep, art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page: the 2023 report whose table 三 has FOUR MISTYPED CELLS, then after the sign-off a CORRECTION NOTICE (更正说明：…表中部分数据有误，现将更正后的表格公布如下，以本表为准) and THE WHOLE CORRECTED TABLE 三: the corrected figures are the report's; the mistyped ones are WRONG", stale={k: v for k, v in bad.cells.items() if v != rep.cells[k]}))


def v13() -> None:
    """Text file: the report, then a correction of LAST YEAR'S report with a 2022 table 三."""
    rep = Report("株洲市天元区文化旅游广电体育局", 2023, "2021", 1713)
    old = other_year(rep, 2022, 17131)
    name = "v13_txt_correction_of_last_years_report.txt"
    text = f15._text_report(rep, lambda n, rows: text_table(rows))
    text += (
        f"\n关于《{old.title()}》的更正说明\n"
        "我局2022年政府信息公开工作年度报告中“收到和处理政府信息公开申请情况”表部分数据有误，"
        "现将更正后的表格公布如下。\n\n" + text_table(old.t3()) + "\n"
    )
    (OUT / name).write_text(text, encoding="utf-8")
    TRUTH.append(rep.truth(name, "plain text: the 2023 report, then a CORRECTION OF LAST YEAR'S REPORT (关于《…2022年…年度报告》的更正说明: 我局2022年…报告中…表部分数据有误，现将更正后的表格公布如下) and a whole table 三 of 2022: this year's table 三 is the row's; the 2022 correction's figures are WRONG", stale={k: v for k, v in old.cells.items() if k.startswith("t3.")}))


def v14() -> None:
    """DOCX: last year's report first, years in Chinese numerals, this year's after."""
    rep = Report("株洲市攸县财政局", 2023, "2021", 1714)
    old = other_year(rep, 2022, 17141)
    name = "v14_docx_chinese_numeral_titles_last_year_first.docx"
    t23, t22 = (f"{rep.agency}{y}年政府信息公开工作年度报告" for y in ("二〇二三", "二〇二二"))
    doc = docx_report(titled(old, "附件1：" + t22))
    from docx.oxml.ns import qn

    body_el = doc.element.body
    (p,) = f6.frag(f"<w:p>{f6.run(t23)}</w:p>")
    body_el[0].addprevious(p)
    doc.add_paragraph("附件2：" + t23)
    second = docx_report(titled(rep, ""))
    sect = body_el.find(qn("w:sectPr"))
    for el in list(second.element.body)[1:]:
        if el.tag != qn("w:sectPr"):
            sect.addprevious(el)
    doc.save(OUT / name)
    TRUTH.append(rep.truth(name, "DOCX whose first line is this year's title WITH THE YEAR IN CHINESE NUMERALS (…二〇二三年政府信息公开工作年度报告), then 附件1：…二〇二二年… and LAST YEAR'S WHOLE REPORT, then 附件2：…二〇二三年… and this year's: the row is the 2023 report; 2022's figures are WRONG", stale=stale_of(old)))


def v15() -> None:
    """Saved page: titles with full-width digits, last year's report first."""
    rep = Report("株洲市醴陵市农业农村局", 2023, "2021", 1715)
    old = other_year(rep, 2022, 17151)
    name = "v15_html_fullwidth_year_titles_last_year_first.html"
    t23, t22 = (f"{rep.agency}{y}年政府信息公开工作年度报告" for y in ("２０２３", "２０２２"))
    art = (
        f'<h1 class="title">{t23}</h1>'
        f"<p>附件1：{t22}</p>" + body(old) + f"<p>附件2：{t23}</p>" + body(rep)
    )
    (OUT / name).write_text(f16.saved_page(titled(rep, t23), art), encoding="utf-8")
    TRUTH.append(rep.truth(name, "saved page whose titles write the YEAR IN FULL-WIDTH DIGITS (…２０２３年…年度报告): under this year's, 附件1 LAST YEAR'S WHOLE REPORT (…２０２２年…) first, then 附件2 this year's: the row is the 2023 report; 2022's figures are WRONG", stale=stale_of(old)))


def v16() -> None:
    """Text file: the row's prose quotes another body's report, appended after the row's."""
    rep = Report("株洲市茶陵县市场监督管理局", 2023, "2021", 1716)
    other = Report("株洲市茶陵县市场监督管理局综合行政执法大队", 2023, "2021", 17161)
    name = "v16_txt_other_body_report_quoted_and_appended.txt"
    text = f15._text_report(rep, lambda n, rows: text_table(rows))
    text = text.replace(
        "健全公开工作机制，",
        f"健全公开工作机制，指导{other.agency}编制并发布了《{other.title()}》，",
        1,
    )
    text += "\n" + f15._text_report(other, lambda n, rows: text_table(rows))
    (OUT / name).write_text(text, encoding="utf-8")
    TRUTH.append(rep.truth(name, "plain text: the 2023 report, whose overview says it guided ANOTHER BODY (its 综合行政执法大队) to publish 《…大队2023年…年度报告》 (A TITLE QUOTED IN THE PROSE); after the report's sign-off THAT BODY'S WHOLE REPORT of the same year under its title: the row is the first report; the other body's figures are WRONG", stale=stale_of(other)))


def main() -> None:
    OUT.mkdir(exist_ok=True)
    builders = [v01, v02, v03, v04, v05, v06, v07, v08, v09, v10, v11, v12, v13, v14, v15, v16]
    for b in builders:
        if not ONLY or b.__name__ in ONLY:
            b()
            print("built", TRUTH[-1]["file"], file=sys.stderr)
    path = HERE.parent / "truth.jsonl" if not ONLY else Path(tempfile.gettempdir()) / "formats17-truth.partial.jsonl"
    path.write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in TRUTH), encoding="utf-8")


if __name__ == "__main__":
    main()
