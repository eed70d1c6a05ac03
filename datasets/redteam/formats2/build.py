"""Blind format red team 2: file forms the readers were not tuned on, with their truth.

CI never runs this script (it needs LibreOffice, Chromium, CJK fonts and pypdf);
it wrote the committed files. To rebuild on Debian:

    apt-get install libreoffice-writer chromium fonts-noto-cjk fonts-wqy-zenhei
    pip install pypdf python-docx pillow
    python datasets/redteam/formats2/build.py [NAME_PREFIX ...]   # e.g. g25 g26

It was written without reading the readers' code or the first red team's builder:
every form below is chosen from what agencies publish (MANIFEST.md says, per file,
which form and why it is realistic), before its reading was measured.

Content: the table values of generated reports (govinfo_nlp_dev.synthetic.generator,
its truth cells; some scaled by a whole number so that the counts need thousands
separators: scaling keeps every 勾稽关系 of table 三 and 四), laid out as the official
templates of 国办公开办函〔2019〕60号 and〔2021〕30号 are, typed here from the
templates (not from the generator's layouts). The prose is short and states a few
of the same numbers. Cells left blank ("/", "—", "") are in table 二 only, which has
no arithmetic a reader could use to work a blank cell out.

Each file ``<name>.<ext>`` gets ``<name>.truth.json`` in the first red team's form:
{"format", "template", "year", "agency", "tables": {field: value}, "blank": [field],
"notes"}. A field in neither "tables" nor "blank" is not in the document.
"""

from __future__ import annotations

import copy
import html
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from govinfo_nlp_dev.synthetic import generator as gen  # noqa: E402

# Office fonts the documents name, mapped to the CJK fonts Debian has (fonts-noto-cjk,
# fonts-wqy-zenhei): different faces give different glyph widths and PDF font names.
FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>SimSun</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>仿宋</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>楷体</family><prefer><family>WenQuanYi Zen Hei</family></prefer></alias>
  <alias binding="same"><family>KaiTi</family><prefer><family>WenQuanYi Zen Hei</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
</fontconfig>
"""

# --------------------------------------------------------------------------- reports


@dataclass
class Report:
    key: str
    agency: str
    year: int
    template: str
    values: dict[str, int | float]
    blank: dict[str, str] = field(default_factory=dict)  # field -> the mark written
    traditional: bool = False

    @property
    def title(self) -> str:
        return self.tr(f"{self.agency}{self.year}年政府信息公开工作年度报告")

    def tr(self, text: str) -> str:
        return gen.to_traditional(text) if self.traditional else text

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


def generated(seed: int, template: str, scale: int = 1) -> Report:
    r = gen.generate_report(seed, layout="pipe", template=template)
    assert not r.hidden and not r.faults
    values = dict(r.truth)
    for f in values:
        if f.startswith(("t3.", "t4.")):
            values[f] = values[f] * scale
    return Report(f"g{seed}", r.agency, r.year, template, values)


def with_blanks(report: Report, fields: list[str], mark: str) -> Report:
    """The report with these table 二 cells (zeros in the truth) written as blank."""
    out = copy.deepcopy(report)
    for f in fields:
        assert f.startswith("t2.") and out.values.get(f) == 0, (report.key, f)
        out.blank[f] = mark
    return out


FULL = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def number(v: int | float, *, thousands: bool = False, fullwidth: bool = False) -> str:
    whole, dot, frac = repr(v).partition(".")
    s = (f"{int(whole):,}" if thousands else whole) + dot + frac
    return s.translate(FULL) if fullwidth else s


# --------------------------------------------------------------------------- the templates' grids


@dataclass
class Cell:
    text: str  # "\n" = a line break inside the cell
    rs: int = 1
    cs: int = 1
    field: str | None = None


Rows = list[list[Cell]]
COLS = ("natural", "commercial", "research", "social", "legal", "other", "total")

T3_2021 = [
    ("new", ["一、本年新收政府信息公开申请数量"]),
    ("carried_in", ["二、上年结转政府信息公开申请数量"]),
    ("granted", ["三、本年度办理结果", "（一）予以公开"]),
    ("partial", ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]),
    ("denied.state_secret", ["（三）不予公开", "1.属于国家秘密"]),
    ("denied.prohibited", ["2.其他法律行政法规禁止公开"]),
    ("denied.security", ["3.危及“三安全一稳定”"]),
    ("denied.third_party", ["4.保护第三方合法权益"]),
    ("denied.internal", ["5.属于三类内部事务信息"]),
    ("denied.process", ["6.属于四类过程性信息"]),
    ("denied.enforcement", ["7.属于行政执法案卷"]),
    ("denied.query", ["8.属于行政查询事项"]),
    ("unavailable.not_held", ["（四）无法提供", "1.本机关不掌握相关政府信息"]),
    ("unavailable.needs_creation", ["2.没有现成信息需要另行制作"]),
    ("unavailable.unclear", ["3.补正后申请内容仍不明确"]),
    ("not_processed.complaint", ["（五）不予处理", "1.信访举报投诉类申请"]),
    ("not_processed.duplicate", ["2.重复申请"]),
    ("not_processed.publication", ["3.要求提供公开出版物"]),
    ("not_processed.mass", ["4.无正当理由大量反复申请"]),
    ("not_processed.confirm", ["5.要求行政机关确认或重新出具已获取信息"]),
    (
        "other_handling.no_supplement",
        ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
    ),
    (
        "other_handling.no_fee",
        ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
    ),
    ("other_handling.other", ["3.其他"]),
    ("results_total", ["（七）总计"]),
    ("carried_out", ["四、结转下年度继续办理"]),
]
GROUP_ROWS = {"（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5, "（六）其他处理": 3}


def t3_spec(template: str) -> list[tuple[str, list[str]]]:
    if template == "2021":
        return T3_2021
    out = [r for r in T3_2021 if not r[0].startswith("other_handling.")]
    at = next(i for i, r in enumerate(out) if r[0] == "results_total")
    out.insert(at, ("other_handling", ["（六）其他处理"]))
    return out


def t3_rows(
    template: str, show: Callable[[str], str], *, xuhao: bool = False, breaks: bool = False
) -> Rows:
    """Table 三 as the template lays it out: a 3-row header, merged label columns."""
    spec = t3_spec(template)
    results = sum(1 for r, _ in spec if r not in ("new", "carried_in", "carried_out"))
    head = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    rows: Rows = [
        [Cell(head, 3, 3), Cell("申请人情况", 1, 7)],
        [Cell("自然人", 2), Cell("法人或其他组织", 1, 5), Cell("总计", 2)],
        [Cell(t) for t in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")],
    ]
    if xuhao:
        rows[0].insert(0, Cell("序号", 3))
    for n, (row, labels) in enumerate(spec, 1):
        cells: list[Cell] = [Cell(str(n))] if xuhao else []
        for lab in labels:
            text = lab
            if breaks and len(lab) > 14:
                text = lab[: len(lab) // 2] + "\n" + lab[len(lab) // 2 :]
            if lab == "三、本年度办理结果":
                cells.append(Cell(text, results))
            elif lab in GROUP_ROWS and (template == "2021" or lab != "（六）其他处理"):
                cells.append(Cell(text, GROUP_ROWS[lab]))
            elif row in ("new", "carried_in", "carried_out"):
                cells.append(Cell(text, 1, 3))
            elif lab.startswith("（"):
                cells.append(Cell(text, 1, 2))
            else:
                cells.append(Cell(text))
        cells += [Cell(show(f"t3.{row}.{c}"), field=f"t3.{row}.{c}") for c in COLS]
        rows.append(cells)
    return rows


def t4_rows(show: Callable[[str], str]) -> Rows:
    res = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    return [
        [Cell("行政复议", 1, 5), Cell("行政诉讼", 1, 10)],
        [Cell(t, 2) for t in res] + [Cell("未经复议直接起诉", 1, 5), Cell("复议后起诉", 1, 5)],
        [Cell(t) for t in res * 2],
        [
            Cell(show(f"t4.{g}.{c}"), field=f"t4.{g}.{c}")
            for g in ("review", "suit_direct", "suit_after_review")
            for c in ("upheld", "corrected", "other", "pending", "total")
        ],
    ]


def t4_rows_vertical(show: Callable[[str], str]) -> Rows:
    """Table 四 turned to fit a portrait page: one row per kind of case, the results across."""
    res = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    cols = ("upheld", "corrected", "other", "pending", "total")

    def vals(g: str) -> list[Cell]:
        return [Cell(show(f"t4.{g}.{c}"), field=f"t4.{g}.{c}") for c in cols]

    return [
        [Cell("类别", 1, 2), *(Cell(t) for t in res)],
        [Cell("行政复议", 1, 2), *vals("review")],
        [Cell("行政诉讼", 2), Cell("未经复议直接起诉"), *vals("suit_direct")],
        [Cell("复议后起诉"), *vals("suit_after_review")],
    ]


def t2_rows(template: str, show: Callable[[str], str], *, xuhao: bool = False) -> Rows:
    """Table 二: item headings spanning the table, each with its own column labels."""

    def v(f: str, cs: int = 1) -> Cell:
        return Cell(show(f), 1, cs, f)

    width = 4
    rows: Rows = []

    def item(n: str, cols: list[str], body: list[tuple[str, list[str]]]) -> None:
        rows.append([Cell(f"第二十条第（{n}）项", 1, width)])
        span = (width - 1) // len(cols)
        heads = [
            Cell(c, 1, span if i < len(cols) - 1 else width - 1 - span * i)
            for i, c in enumerate(cols)
        ]
        rows.append([Cell("信息内容"), *heads])
        for label, fields in body:
            cells = [Cell(label)]
            for i, f in enumerate(fields):
                cells.append(v(f, span if i < len(fields) - 1 else width - 1 - span * i))
            rows.append(cells)

    if template == "2021":
        item(
            "一",
            ["本年制发件数", "本年废止件数", "现行有效件数"],
            [
                ("规章", ["t2.rules.issued", "t2.rules.repealed", "t2.rules.in_force"]),
                (
                    "行政规范性文件",
                    ["t2.normative.issued", "t2.normative.repealed", "t2.normative.in_force"],
                ),
            ],
        )
        item("五", ["本年处理决定数量"], [("行政许可", ["t2.license.decisions"])])
        item(
            "六",
            ["本年处理决定数量"],
            [
                ("行政处罚", ["t2.penalty.decisions"]),
                ("行政强制", ["t2.coercion.decisions"]),
            ],
        )
        item("八", ["本年收费金额（单位：万元）"], [("行政事业性收费", ["t2.fees.amount"])])
    else:
        three = ["上一年项目数量", "本年增/减", "处理决定数量"]
        item(
            "一",
            ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
            [
                ("规章", ["t2.rules.made", "t2.rules.published", "t2.rules.total"]),
                (
                    "规范性文件",
                    ["t2.normative.made", "t2.normative.published", "t2.normative.total"],
                ),
            ],
        )
        item(
            "五",
            three,
            [
                ("行政许可", ["t2.license.prev", "t2.license.change", "t2.license.decisions"]),
                (
                    "其他对外管理服务事项",
                    [
                        "t2.other_services.prev",
                        "t2.other_services.change",
                        "t2.other_services.decisions",
                    ],
                ),
            ],
        )
        item(
            "六",
            three,
            [
                ("行政处罚", ["t2.penalty.prev", "t2.penalty.change", "t2.penalty.decisions"]),
                ("行政强制", ["t2.coercion.prev", "t2.coercion.change", "t2.coercion.decisions"]),
            ],
        )
        item(
            "八",
            ["上一年项目数量", "本年增/减"],
            [("行政事业性收费", ["t2.fees.prev", "t2.fees.change"])],
        )
        item(
            "九",
            ["采购项目数量", "采购总金额"],
            [("政府集中采购", ["t2.procurement.count", "t2.procurement.amount"])],
        )
    if xuhao:
        # WPS-style: a 序号 column numbering the content rows; the item headings keep it empty
        n = 0
        for r in rows:
            if r[0].cs == width:
                r[0].cs += 1
            elif r[0].text == "信息内容":
                r.insert(0, Cell("序号"))
            else:
                n += 1
                r.insert(0, Cell(str(n)))
    return rows


def shower(
    report: Report, *, thousands: bool = False, fullwidth: bool = False, unit_money: str = ""
) -> Callable[[str], str]:
    def show(f: str) -> str:
        if f in report.blank:
            return report.blank[f]
        v = report.values[f]
        s = number(v, thousands=thousands, fullwidth=fullwidth)
        if unit_money and f in ("t2.procurement.amount", "t2.fees.amount"):
            s += unit_money
        return s

    return show


def table(report: Report, which: str, show: Callable[[str], str], **kw) -> Rows:
    if which == "t2":
        rows = t2_rows(report.template, show, xuhao=kw.get("xuhao", False))
    elif which == "t3":
        rows = t3_rows(
            report.template, show, xuhao=kw.get("xuhao", False), breaks=kw.get("breaks", False)
        )
    elif kw.get("vertical"):
        rows = t4_rows_vertical(show)
    else:
        rows = t4_rows(show)
    if report.traditional:
        for row in rows:
            for c in row:
                if c.field is None:
                    c.text = gen.to_traditional(c.text)
    return rows


def placed(rows: Rows, *, whole: bool = True) -> tuple[list[tuple[int, int, Cell]], int]:
    """Where each cell starts on the grid (HTML's table layout), and the number of columns."""
    taken: set[tuple[int, int]] = set()
    out = []
    width = 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            out.append((r, c, cell))
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    taken.add((r + dr, c + dc))
            c += cell.cs
            width = max(width, c)
    assert not whole or taken == {(r, c) for r in range(len(rows)) for c in range(width)}, (
        "a ragged grid"
    )
    return out, width


# --------------------------------------------------------------------------- prose


def blocks(report: Report) -> list[tuple[str, str]]:
    """("h1"|"h"|"p"|"table", text): a short report in the template's order."""
    v = report.values
    y, a = report.year, report.agency
    new, done = v["t3.new.total"], v["t3.results_total.total"]
    granted = v["t3.granted.total"]
    review = v["t4.review.total"]
    suits = v["t4.suit_direct.total"] + v["t4.suit_after_review.total"]
    out = [
        ("h1", report.title),
        (
            "p",
            f"本报告依据《中华人民共和国政府信息公开条例》第五十条规定编制，"
            f"所列数据统计期限自{y}年1月1日起至{y}年12月31日止。",
        ),
        ("h", "一、总体情况"),
        (
            "p",
            f"{y}年，{a}坚持以公开为常态、不公开为例外，认真落实政府信息公开各项工作要求，"
            "不断提升政务公开质量。",
        ),
        ("p", f"本年度共收到政府信息公开申请{new}件，办结{done}件，其中予以公开{granted}件。"),
        ("h", "二、主动公开政府信息情况"),
        ("table", "t2"),
        ("h", "三、收到和处理政府信息公开申请情况"),
        ("table", "t3"),
        ("h", "四、政府信息公开行政复议、行政诉讼情况"),
        ("table", "t4"),
        ("p", f"本年度发生政府信息公开行政复议{review}件，行政诉讼{suits}件。"),
        ("h", "五、存在的主要问题及改进情况"),
        (
            "p",
            "一是公开内容的深度和广度还需拓展；二是政策解读形式较为单一。"
            "下一步将加强业务培训，提升信息发布质量。",
        ),
        ("h", "六、其他需要报告的事项"),
        ("p", "本年度未收取信息处理费。"),
    ]
    return [(k, report.tr(t) if k != "table" else t) for k, t in out]


# --------------------------------------------------------------------------- HTML


def table_html(
    rows: Rows, *, td: Callable[[Cell, int], str] | None = None, table_attrs: str = ""
) -> str:
    attrs = (
        table_attrs or 'border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"'
    )
    out = [f"<table {attrs}>", "<tbody>"]
    for r, row in enumerate(rows):
        cells = []
        for c in row:
            if td is not None:
                cells.append(td(c, r))
                continue
            span = (f' rowspan="{c.rs}"' if c.rs > 1 else "") + (
                f' colspan="{c.cs}"' if c.cs > 1 else ""
            )
            text = html.escape(c.text).replace("\n", "<br>") or "&nbsp;"
            cells.append(f"<td{span}>{text}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def body_html(
    report: Report, tables: dict[str, str], *, p_attrs: str = ' style="text-indent:2em"'
) -> str:
    out = []
    for kind, text in blocks(report):
        if kind == "table":
            out.append(tables[text])
        elif kind == "h1":
            out.append(f'<h1 style="text-align:center">{html.escape(text)}</h1>')
        elif kind == "h":
            out.append(f"<p{p_attrs}><strong>{html.escape(text)}</strong></p>")
        else:
            out.append(f"<p{p_attrs}>{html.escape(text)}</p>")
    return "\n".join(out)


def word_paste_td(c: Cell, r: int) -> str:
    """A cell as Word's "paste into the CMS editor" writes it: inline mso styles, spans."""
    span = (f" rowspan={c.rs}" if c.rs > 1 else "") + (f" colspan={c.cs}" if c.cs > 1 else "")
    style = (
        "border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;"
        "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"
    )
    text = c.text
    if c.field and len(text) >= 2 and text.isdigit():
        # Word splits a retyped number into runs; the page keeps one span per run
        inner = (
            f"<span lang=EN-US style='font-size:10.5pt;font-family:仿宋_GB2312'>{text[:-1]}</span>"
            f"<span lang=EN-US style='font-size:10.5pt;font-family:仿宋_GB2312'>{text[-1]}</span>"
        )
    elif text:
        inner = "<br>\n".join(
            f"<span style='font-size:10.5pt;font-family:仿宋_GB2312'>{html.escape(t)}</span>"
            for t in text.split("\n")
        )
    else:
        inner = "<span lang=EN-US style='font-size:10.5pt'>&nbsp;</span>"
    return (
        f"<td{span} valign=center style='{style}'><p class=MsoNormal align=center "
        f"style='text-align:center;mso-line-height-rule:exactly;line-height:15.0pt'>{inner}"
        "<span lang=EN-US><o:p></o:p></span></p></td>"
    )


def word_paste_table(rows: Rows) -> str:
    _, width = placed(rows)
    out = [
        "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=600 "
        "style='width:450.0pt;border-collapse:collapse;mso-table-layout-alt:fixed;border:none;"
        "mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"
    ]
    for r, row in enumerate(rows):
        first = (
            " style='mso-yfti-irow:0;mso-yfti-firstrow:yes'"
            if r == 0
            else f" style='mso-yfti-irow:{r}'"
        )
        out.append(f"<tr{first}>" + "".join(word_paste_td(c, r) for c in row) + "</tr>")
    # Word ends a table whose rows have different column splits with a zero-height row
    # of spacer cells, one per grid column
    out.append("<![if !supportMisc]><tr height=0>")
    out.append("".join(f"<td width={600 // width} style='border:none'></td>" for _ in range(width)))
    out.append("</tr><![endif]>")
    out.append("</table>")
    return "\n".join(out)


# --------------------------------------------------------------------------- DOCX


def docx_document(
    report: Report,
    tables: dict[str, Rows],
    *,
    font: str = "仿宋_GB2312",
    table_font: str | None = None,
    landscape: tuple[str, ...] = (),
    nested: bool = False,
    redhead: bool = False,
    seal: bool = False,
    footer: bool | str = False,
    pad: int = 0,
    cell_paragraphs: bool = False,
    continued: str | None = None,
    font_size: float = 12,
    revised: dict[str, str] | None = None,
    pictures: dict[str, bytes] | None = None,
    vertical_labels: bool = False,
    appendix: bool = False,
):
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(font_size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)

    def run_font(run, name: str | None = None, size: float | None = None) -> None:
        name = name or font
        run.font.name = name
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
        if size:
            run.font.size = Pt(size)

    if redhead:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(report.tr(f"{report.agency}文件"))
        run_font(run, "方正小标宋简体", 30)
        run.font.color.rgb = RGBColor(0xFF, 0, 0)
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(report.tr(f"〔{report.year + 1}〕3号"))
        # the red rule under the 发文字号: a red bottom border on that paragraph
        ppr = p._element.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for k, val in (
            ("w:val", "single"),
            ("w:sz", "24"),
            ("w:space", "1"),
            ("w:color", "FF0000"),
        ):
            bottom.set(qn(k), val)
        bdr.append(bottom)
        ppr.append(bdr)

    def portrait_to(orient) -> None:
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        w, h = sec.page_width, sec.page_height
        if (orient == WD_ORIENT.LANDSCAPE) != (w > h):
            sec.page_width, sec.page_height = h, w
        sec.orientation = orient

    def fill(cell, text: str, is_value: bool, field_id: str | None = None) -> None:
        parts = text.split("\n")
        p = cell.paragraphs[0]
        if revised and field_id in revised:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _revision(p, revised[field_id], text, field_id)
            return
        if cell_paragraphs and is_value:
            # a number typed under an empty paragraph, as users centre it by hand
            p = cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for i, part in enumerate(parts):
            run = p.add_run(part)
            run_font(run, table_font, font_size - 2.5)
            if i < len(parts) - 1:
                run.add_break()
        if cell_paragraphs and is_value:
            cell.add_paragraph()

    def add_table(container, rows: Rows):
        grid, width = placed(rows)
        height = len(rows)
        t = container.add_table(rows=height, cols=width)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for i, w in enumerate(column_widths(grid, width)):
            t.columns[i].width = Cm(w)
            for c in t.columns[i].cells:
                c.width = Cm(w)
        for r, c, cell in grid:
            target = t.cell(r, c)
            if cell.rs > 1 or cell.cs > 1:
                target = target.merge(t.cell(r + cell.rs - 1, c + cell.cs - 1))
            fill(target, cell.text, cell.field is not None, cell.field)
            if vertical_labels and cell.rs > 2 and cell.field is None:
                # Word's text direction 'top to bottom' in a tall narrow cell
                direction = OxmlElement("w:textDirection")
                direction.set(qn("w:val"), "tbRlV")
                target._tc.get_or_add_tcPr().append(direction)
        return t

    for kind, text in blocks(report):
        if kind == "table" and appendix:
            continue
        if kind == "table" and pictures and text in pictures:
            # the table pasted as a picture of itself
            doc.add_paragraph().add_run().add_picture(io.BytesIO(pictures[text]), width=Cm(15.5))
            continue
        if kind == "table":
            rows = tables[text]
            turned = text in landscape
            if turned:
                portrait_to(WD_ORIENT.LANDSCAPE)
            if text == "t3" and pad:
                for i in range(pad):
                    doc.add_paragraph(
                        report.tr("（以下为本年度依申请公开情况统计。）") if i == 0 else ""
                    )
            if nested:
                outer = doc.add_table(rows=1, cols=1)
                outer.style = "Table Grid"
                inner_cell = outer.cell(0, 0)
                add_table(inner_cell, rows)
            elif continued == text:
                # the table broken by hand where the page ended; its rest under a 续表 line,
                # the header not repeated
                cut = len(rows) // 2 + 1
                add_table(doc, _clip_spans(rows, cut))
                doc.add_paragraph().add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
                doc.add_paragraph(report.tr("续表"))
                # a vertical merge crossing the cut restarts in the second part
                add_table(doc, _restart_spans(rows, cut))
            else:
                add_table(doc, rows)
            if turned:
                portrait_to(WD_ORIENT.PORTRAIT)
            continue
        p = doc.add_paragraph()
        if kind == "h1":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(text)
            run_font(run, "方正小标宋简体", 20)
        elif kind == "h":
            run = p.add_run(text)
            run_font(run, "黑体")
        else:
            p.paragraph_format.first_line_indent = Pt(font_size * 2)
            run_font(p.add_run(text))
    if appendix:
        doc.add_paragraph(
            report.tr(
                "附件：1.主动公开政府信息情况统计表 2.收到和处理政府信息公开申请情况统计表 "
                "3.政府信息公开行政复议、行政诉讼情况统计表"
            )
        )
    # signature block
    for line in (report.agency, f"{report.year + 1}年1月20日"):
        p = doc.add_paragraph(report.tr(line))
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if appendix:
        # the statistics as attached tables after the signature, each under its caption
        captions = {
            "t2": "附件1\n主动公开政府信息情况统计表",
            "t3": "附件2\n收到和处理政府信息公开申请情况统计表",
            "t4": "附件3\n政府信息公开行政复议、行政诉讼情况统计表",
        }
        for which in ("t2", "t3", "t4"):
            doc.add_paragraph().add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
            number_line, caption = captions[which].split("\n")
            run_font(doc.add_paragraph().add_run(report.tr(number_line)), "黑体")
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run_font(p.add_run(report.tr(caption)), "方正小标宋简体", 16)
            add_table(doc, tables[which])
    if seal:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run().add_picture(io.BytesIO(seal_png()), width=Cm(4))
    if footer:
        for sec in doc.sections:
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if footer == "gongwen":
                # 公文 page numbers (GB/T 9704): '— 3 —' in 宋体 4号, outside edge
                fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                run_font(fp.add_run("— "), "宋体", 14)
                _field(fp, "PAGE", "1")
                run_font(fp.add_run(" —"), "宋体", 14)
                continue
            fp.add_run("第 ")
            _field(fp, "PAGE", "1")
            fp.add_run(" 页 共 ")
            _field(fp, "NUMPAGES", "1")
            fp.add_run(" 页")
    return doc


def column_widths(grid: list[tuple[int, int, Cell]], width: int, page: float = 16.0) -> list[float]:
    """Centimetres per column as the templates have them: the label columns wide, a
    序号 column narrow, the number columns sharing the rest."""
    values = {c for _r, c, cell in grid if cell.field is not None and cell.cs == 1}
    numbering = {c for _r, c, cell in grid if cell.text == "序号"}
    labels = [c for c in range(width) if c not in values and c not in numbering]
    share = {1: [4.0], 2: [1.8, 4.0], 3: [1.4, 1.6, 3.8]}.get(len(labels), [2.0] * len(labels))
    out = [0.0] * width
    for c, w in zip(labels, share, strict=True):
        out[c] = w
    for c in numbering:
        out[c] = 0.9
    rest = [c for c in range(width) if not out[c]]
    each = max(0.9, (page - sum(out)) / len(rest)) if rest else 0.0
    for c in rest:
        out[c] = each
    return out


def _clip_spans(rows: Rows, cut: int) -> Rows:
    """rows[:cut] with the vertical merges that cross the cut ended at it."""
    out = copy.deepcopy(rows[:cut])
    grid, _ = placed(out, whole=False)
    for r, _c, cell in grid:
        cell.rs = min(cell.rs, cut - r)
    return out


def _restart_spans(rows: Rows, cut: int) -> Rows:
    """rows[cut:] with the vertical merges that started above the cut restarted at it."""
    grid, _ = placed(rows)
    out = [list(r) for r in copy.deepcopy(rows[cut:])]
    carried: dict[int, list[tuple[int, Cell]]] = {}
    for r, c, cell in grid:
        if r < cut < r + cell.rs:
            carried.setdefault(0, []).append((c, Cell(cell.text, r + cell.rs - cut, cell.cs)))
    if carried:
        # the restarted label cells come first in their row (they are the left columns)
        out[0] = [cell for _, cell in sorted(carried[0], key=lambda t: t[0])] + out[0]
    return out


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def hmerge(doc) -> None:
    """Every horizontal merge written the legacy way: a w:hMerge 'restart' cell followed by
    'continue' cells, one per grid column (old converters and WPS write this), instead of
    one cell with w:gridSpan."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for tc in list(doc.element.body.iter(f"{W}tc")):
        pr = tc.find(f"{W}tcPr")
        span = pr.find(f"{W}gridSpan") if pr is not None else None
        if span is None:
            continue
        n = int(span.get(qn("w:val")))
        pr.remove(span)
        restart = OxmlElement("w:hMerge")
        restart.set(qn("w:val"), "restart")
        pr.append(restart)
        width = pr.find(f"{W}tcW")
        at = tc
        for _ in range(n - 1):
            more = OxmlElement("w:tc")
            mpr = OxmlElement("w:tcPr")
            if width is not None:
                w = copy.deepcopy(width)
                w.set(qn("w:w"), str(int(width.get(qn("w:w"))) // n))
                mpr.append(w)
            vmerge = pr.find(f"{W}vMerge")
            if vmerge is not None:
                mpr.append(copy.deepcopy(vmerge))
            mpr.append(OxmlElement("w:hMerge"))
            more.append(mpr)
            more.append(OxmlElement("w:p"))
            at.addnext(more)
            at = more


def ragged(table) -> None:
    """Rows whose last cell stops one grid column short of the right edge (w:gridAfter):
    what dragging one cell's border in Word leaves."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for tr in table._tbl.findall(f"{W}tr"):
        last = tr.findall(f"{W}tc")[-1]
        pr = last.find(f"{W}tcPr")
        span = pr.find(f"{W}gridSpan") if pr is not None else None
        if span is None or int(span.get(qn("w:val"))) < 2:
            continue
        n = int(span.get(qn("w:val"))) - 1
        if n == 1:
            pr.remove(span)
        else:
            span.set(qn("w:val"), str(n))
        trpr = tr.find(f"{W}trPr")
        if trpr is None:
            trpr = OxmlElement("w:trPr")
            tr.insert(0, trpr)
        after = OxmlElement("w:gridAfter")
        after.set(qn("w:val"), "1")
        trpr.append(after)


SPACED = {
    "规章": "规　　章",
    "信息内容": "信 息 内 容",
    "自然人": "自 然 人",
    "总计": "总　计",
    "其他": "其　他",
    "行政许可": "行 政 许 可",
    "行政处罚": "行 政 处 罚",
    "行政强制": "行 政 强 制",
}


def distributed(doc) -> None:
    """Short labels typed with spaces between their characters and every short label cell
    set to distributed alignment (分散对齐), as Word users line labels up."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                text = cell.text.strip()
                if not text or text.replace(",", "").replace(".", "").isdigit() or text == "/":
                    continue
                for p in cell.paragraphs:
                    if len(text) <= 8:
                        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
                    for run in p.runs:
                        run.text = SPACED.get(run.text, run.text)


def _revision(paragraph, old: str, new: str, where: str) -> None:
    """A tracked change left in the file: the old number deleted, the new one inserted."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for tag, text_tag, text in (("w:del", "w:delText", old), ("w:ins", "w:t", new)):
        mark = OxmlElement(tag)
        mark.set(qn("w:id"), str(zlib.crc32(f"{tag}{where}".encode()) % 100000))
        mark.set(qn("w:author"), "办公室")
        mark.set(qn("w:date"), "2022-01-18T09:12:00Z")
        run = OxmlElement("w:r")
        t = OxmlElement(text_tag)
        t.text = text
        run.append(t)
        mark.append(run)
        paragraph._p.append(mark)


def _field(paragraph, code: str, shown: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), f" {code} \\* MERGEFORMAT ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = shown
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def seal_png() -> bytes:
    """A red round seal (its text drawn, not typed: it is a picture in real files)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (300, 300), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((10, 10, 290, 290), outline=(220, 0, 0, 255), width=12)
    cx, cy, r = 150, 150, 40
    import math

    pts = []
    for i in range(10):
        rad = r if i % 2 == 0 else r * 0.4
        ang = -math.pi / 2 + i * math.pi / 5
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=(220, 0, 0, 255))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


# --------------------------------------------------------------------------- tools


class Tools:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        (tmp / "fonts.conf").write_text(FONTCONFIG, "utf-8")
        self.env = dict(os.environ, FONTCONFIG_FILE=str(tmp / "fonts.conf"), HOME=str(tmp))

    def soffice(self, src: Path, target: str) -> Path:
        out = self.tmp / "out"
        out.mkdir(exist_ok=True)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", target, "--outdir", str(out), str(src)],
            check=True,
            env=self.env,
            capture_output=True,
            timeout=300,
        )
        ext = target.split(":")[0]
        return out / f"{src.stem}.{ext}"

    def chromium(self, src: Path, pdf: Path, *, header_footer: bool = False) -> Path:
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}"]
        if not header_footer:
            cmd.append("--no-pdf-header-footer")
        subprocess.run(
            [*cmd, src.as_uri()], check=True, env=self.env, capture_output=True, timeout=300
        )
        return pdf

    def picture(self, rows: Rows, name: str) -> bytes:
        """A screenshot of the table alone, cropped: what 'paste as picture' leaves."""
        from PIL import Image, ImageChops

        src = self.tmp / f"{name}.html"
        src.write_text(
            '<html><head><meta charset="utf-8"><style>body{margin:8px;font-family:"Noto Serif CJK SC";'
            "font-size:12px} td{border:1px solid #000;padding:2px 3px;text-align:center}</style>"
            f"</head><body>{table_html(rows)}</body></html>",
            "utf-8",
        )
        png = self.tmp / f"{name}.png"
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--screenshot={png}",
                "--window-size=900,1400",
                "--hide-scrollbars",
                src.as_uri(),
            ],
            check=True,
            env=self.env,
            capture_output=True,
            timeout=300,
        )
        img = Image.open(png).convert("L")
        box = ImageChops.invert(img).getbbox()
        buf = io.BytesIO()
        img.crop(box).save(buf, "PNG", optimize=True)
        return buf.getvalue()


# --------------------------------------------------------------------------- saved pages


def other_years(report: Report) -> list[str]:
    return [
        report.tr(f"{report.agency}{y}年政府信息公开工作年度报告")
        for y in (report.year - 1, report.year - 2, report.year - 3)
    ]


def cms_gbk_page(report: Report, body: str) -> str:
    """A county/city portal article page (TRS/大汉-like): header, breadcrumb, a left
    column with the other years' reports, an info bar, the article, 附件 links, footer."""
    t = html.escape(report.title)
    side = "\n".join(
        f'<li><a href="../{i}/t{report.year - i}_{4000 + i}.html" title="{html.escape(x)}">{html.escape(x)}</a>'
        f"<span>{report.year - i}-01-2{i}</span></li>"
        for i, x in enumerate(other_years(report), 1)
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta name="SiteName" content="{html.escape(report.agency)}" />
<meta name="ArticleTitle" content="{t}" />
<meta name="PubDate" content="{report.year + 1}-01-25 09:30" />
<title>{t}-{html.escape(report.agency)}</title>
<link href="/images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="{html.escape(report.agency)}" /></div>
<div class="search"><form action="/search"><input name="q" value="请输入关键字" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
<div class="left">
<div class="lm_title">政府信息公开年报</div>
<ul class="list">
{side}
</ul>
<div class="lm_title">信息公开目录</div>
<ul><li><a href="/zwgk/zn/">政府信息公开指南</a></li><li><a href="/zwgk/zd/">政府信息公开制度</a></li><li><a href="/zwgk/ysq/">依申请公开</a></li></ul>
</div>
<div class="right">
<table class="xxgk_table" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="t1">索 引 号：</td><td>11{report.year % 100}0000MB1234567X/{report.year + 1}-00031</td><td class="t1">信息分类：</td><td>政府信息公开年报</td></tr>
<tr><td class="t1">发布机构：</td><td>{html.escape(report.agency)}</td><td class="t1">生成日期：</td><td>{report.year + 1}-01-25</td></tr>
<tr><td class="t1">名　　称：</td><td colspan="3">{t}</td></tr>
</table>
<div class="article_title">{t}</div>
<div class="article_info">发布时间：{report.year + 1}-01-25 09:30 　来源：{html.escape(report.agency)} 　浏览次数：<span id="hits">1327</span> 　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div class="article_con"><div id="zoom"><div class="TRS_Editor">
{body}
</div></div></div>
<div class="fujian">附件：<a href="/zwgk/ndbg/{report.year + 1}01/P0{report.year + 1}0125.pdf">{t}.pdf</a><br />
<a href="/zwgk/ndbg/{report.year + 1}01/P0{report.year + 1}0126.xls">{html.escape(report.tr(f"{report.year}年政府信息公开工作统计表"))}.xls</a></div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="pre_next">上一篇：<a href="../1/t{report.year - 1}_4001.html">{html.escape(other_years(report)[0])}</a><br />下一篇：<a href="../0/t{report.year}_5002.html">关于{report.year + 1}年第一季度政务公开工作情况的通报</a></div>
</div>
</div>
<div class="footer">
<p>主办单位：{html.escape(report.agency)}　　地址：人民路88号　　邮编：421000　　联系电话：0734-5821234</p>
<p>网站标识码：4304230012　　<a href="https://beian.miit.gov.cn/">湘ICP备05012345号-1</a>　　<img src="/images/ga.png" />湘公网安备 43042302000123号</p>
<p>建议使用1366×768分辨率 IE9.0以上版本浏览器</p>
</div>
<script type="text/javascript">var _hmt = _hmt || [];</script>
</body>
</html>
"""


def layout_table_page(report: Report, body: str) -> str:
    """An older portal whose whole page is laid out with nested tables; the related
    reports list is itself a table with years and visit counts."""
    t = html.escape(report.title)
    related = "\n".join(
        f'<tr><td width="70%"><a href="/art/{report.year - i}/1/2{i}/art_1228_{93000 + i}.html">{html.escape(x)}</a></td>'
        f"<td>{report.year - i}-01-2{i}</td><td>{800 + 137 * i}</td></tr>"
        for i, x in enumerate(other_years(report), 1)
    )
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(report.agency)}</title>
<style>body{{font-family:"WenQuanYi Zen Hei"}} .bt_content{{font-size:14px;line-height:28px}}</style>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="120" background="/images/banner.jpg">&nbsp;</td></tr>
<tr><td height="36" class="nav"><a href="/">网站首页</a> | <a href="/col/col1228/">信息公开</a> | <a href="/col/col1300/">政策文件</a> | <a href="/col/col1400/">公众参与</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="240" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="lm">信息公开</td></tr>
<tr><td><a href="/col/col1229/">公开指南</a></td></tr>
<tr><td><a href="/col/col1230/">公开制度</a></td></tr>
<tr><td><a href="/col/col1228/">公开年报</a></td></tr>
</table>
</td>
<td width="760" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/col/col1228/">公开年报</a></td></tr>
<tr><td align="center" class="bt_title"><strong>{t}</strong></td></tr>
<tr><td align="center" class="bt_time">发布日期：{report.year + 1}-01-28　　信息来源：{html.escape(report.agency)}　　访问次数：<script>document.write(2213)</script></td></tr>
<tr><td class="bt_content"><div id="zoom">
{body}
</div></td></tr>
<tr><td><div class="share">分享到：<a class="weixin">微信</a> <a class="weibo">微博</a></div></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="4" class="related">
<tr><td colspan="3" class="lm">相关年报</td></tr>
{related}
</table>
</td></tr>
</table>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" class="foot">版权所有：{html.escape(report.agency)}　技术支持：某某信息技术有限公司<br>
ICP备案号：陕ICP备10001234号　网站标识码：6107270003　访问量：1048576</td></tr>
</table>
</body>
</html>
"""


def modern_page(report: Report, body: str, *, lang: str = "zh-CN") -> str:
    """A newer 集约化 platform page: header, breadcrumb, article with a 政务公开 info
    box, tables wrapped for scrolling on phones, a footer."""
    t = html.escape(report.title)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t}_{html.escape(report.tr("政府信息公开年报"))}</title>
<style>
.table-wrap{{overflow-x:auto}} table.gk{{border-collapse:collapse;width:100%}}
table.gk th,table.gk td{{border:1px solid #999;padding:4px;text-align:center;font-size:13px}}
</style>
</head>
<body>
<header class="site-header"><div class="site-name">{html.escape(report.tr(report.agency))}</div>
<nav><a href="/">{html.escape(report.tr("首页"))}</a><a href="/xxgk/">{html.escape(report.tr("信息公开"))}</a><a href="/hd/">{html.escape(report.tr("互动"))}</a></nav></header>
<div class="crumb"><a href="/">{html.escape(report.tr("首页"))}</a> / <a href="/xxgk/">{html.escape(report.tr("政府信息公开"))}</a> / <span>{html.escape(report.tr("年度报告"))}</span></div>
<main>
<article>
<h1 class="article-title">{t}</h1>
<div class="meta"><span>{html.escape(report.tr("发布日期"))}：{report.year + 1}-01-30</span> <span>{html.escape(report.tr("来源"))}：{html.escape(report.tr(report.agency))}</span></div>
<div class="article-content">
{body}
</div>
</article>
<aside><h2>{html.escape(report.tr("往年年报"))}</h2><ul>
{"".join(f'<li><a href="/xxgk/ndbg/{report.year - i}.html">{html.escape(x)}</a></li>' for i, x in enumerate(other_years(report), 1))}
</ul></aside>
</main>
<footer>{html.escape(report.tr("主办"))}：{html.escape(report.tr(report.agency))} | {html.escape(report.tr("网站标识码"))}：3201000012 | 苏ICP备12345678号</footer>
</body>
</html>
"""


def th_table(rows: Rows, head_rows: int) -> str:
    """A CMS rich-text editor's table: header rows in <thead> with <th>, wrapped for phones."""
    out = ['<div class="table-wrap"><table class="gk">', "<thead>"]
    for r, row in enumerate(rows):
        if r == head_rows:
            out.append("</thead><tbody>")
        tag = "th" if r < head_rows else "td"
        cells = []
        for c in row:
            span = (f' rowspan="{c.rs}"' if c.rs > 1 else "") + (
                f' colspan="{c.cs}"' if c.cs > 1 else ""
            )
            cells.append(f"<{tag}{span}>{html.escape(c.text).replace(chr(10), '<br/>')}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></div>")
    return "\n".join(out)


def shaded_page(report: Report, tables: dict[str, Rows]) -> str:
    """A page styled for print with no ruling lines: header rows dark, body rows banded."""

    def tab(rows: Rows, head: int) -> str:
        out = ['<table class="band">']
        for r, row in enumerate(rows):
            cls = "h" if r < head else ("odd" if (r - head) % 2 else "even")
            cells = "".join(
                f"<td{f' rowspan={c.rs}' if c.rs > 1 else ''}{f' colspan={c.cs}' if c.cs > 1 else ''}>"
                f"{html.escape(c.text)}</td>"
                for c in row
            )
            out.append(f'<tr class="{cls}">{cells}</tr>')
        out.append("</table>")
        return "\n".join(out)

    heads = {"t2": 0, "t3": 3, "t4": 3}
    body = body_html(report, {k: tab(v, heads[k]) for k, v in tables.items()})
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(report.title)}</title>
<style>
@page {{ size: A4; margin: 18mm 15mm; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: "WenQuanYi Zen Hei"; font-size: 10.5pt; }}
table.band {{ border-collapse: collapse; width: 100%; font-size: 8pt; margin: 6pt 0; }}
table.band td {{ border: none; padding: 3pt 4pt; text-align: center; }}
tr.h td {{ background: #1f4e79; color: #fff; }}
tr.odd td {{ background: #dde7f3; }}
tr.even td {{ background: #ffffff; }}
</style></head><body>{body}</body></html>"""


def wechat_page(report: Report) -> str:
    """A report posted as a WeChat official-account article and saved from the browser:
    every paragraph and cell wrapped in styled <section>/<span>, the account's chrome."""

    def para(text: str, bold: bool = False) -> str:
        weight = "font-weight:bold;" if bold else ""
        return (
            '<section style="margin:0 8px;line-height:1.75em;text-indent:2em;">'
            f'<span style="font-size:15px;letter-spacing:1px;{weight}color:rgb(62,62,62);">'
            f"{html.escape(text)}</span></section>"
        )

    def tab(rows: Rows) -> str:
        out = ['<table style="border-collapse:collapse;width:100%;"><tbody>']
        for row in rows:
            cells = []
            for c in row:
                span = (f' rowspan="{c.rs}"' if c.rs > 1 else "") + (
                    f' colspan="{c.cs}"' if c.cs > 1 else ""
                )
                inner = "<br  />".join(
                    f'<span style="font-size:12px;color:rgb(0,0,0);">{html.escape(t)}</span>'
                    for t in c.text.split("\n")
                )
                cells.append(
                    f'<td{span} valign="middle" style="border:1px solid rgb(0,0,0);word-break:break-all;">'
                    f'<section style="text-align:center;">{inner}</section></td>'
                )
            out.append('<tr style="height:20px;">' + "".join(cells) + "</tr>")
        out.append("</tbody></table>")
        return "".join(out)

    tables = {w: table(report, w, shower(report)) for w in ("t2", "t3", "t4")}
    body = []
    for kind, text in blocks(report):
        if kind == "table":
            body.append(tab(tables[text]))
        elif kind == "h1":
            continue
        else:
            body.append(para(text, kind == "h"))
    account = report.tr(f"{report.agency[:4]}发布")
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1.0">
<meta property="og:title" content="{html.escape(report.title)}" />
<title>{html.escape(report.title)}</title></head>
<body id="activity-detail" class="zh_CN">
<div class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">{html.escape(report.title)}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{html.escape(account)}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{report.year + 1}-01-29 18:30</em> <em class="rich_media_meta rich_media_meta_text">发表于{html.escape(report.agency[:2])}</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
{"".join(body)}
<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qrcode/640" class="rich_pages" data-ratio="1" data-w="258" style="width:120px;" /></section>
<section style="text-align:center;"><span style="font-size:12px;color:rgb(136,136,136);">来源：{html.escape(report.agency)}　编辑：张三　审核：李四</span></section>
</div>
<div class="rich_media_tool"><a id="js_view_source" href="##">阅读原文</a> 阅读 3028 <span class="like">赞 17</span> <span>在看 5</span></div>
<div class="rich_media_extra"><div class="title">喜欢此内容的人还喜欢</div>
<ul><li>{html.escape(report.tr(f"{report.year + 1}年全市政务公开工作要点"))}</li><li>{html.escape(other_years(report)[0])}</li></ul></div>
</div></div>
<div id="js_pc_qr_code"><p>微信扫一扫<br>关注该公众号</p></div>
</body></html>
"""


def excel_page(report: Report, show: Callable[[str], str]) -> str:
    """The tables as Excel's 'save as web page' writes them (x:num cells, xl classes,
    <col> widths), the prose typed above in one merged cell per paragraph."""
    tables = {w: table(report, w, show) for w in ("t2", "t3", "t4")}
    width = max(placed(t)[1] for t in tables.values())
    out = [
        f"<table x:str border=0 cellpadding=0 cellspacing=0 width={72 * width} "
        f"style='border-collapse:collapse;table-layout:fixed;width:{54 * width}pt'>",
        f"<col width=72 span={width} style='width:54pt'>",
    ]
    for kind, text in blocks(report):
        if kind != "table":
            cls = "xl70" if kind != "p" else "xl71"
            out.append(
                f"<tr height=24 style='height:18.0pt'><td colspan={width} height=24 class={cls} "
                f"style='height:18.0pt'>{html.escape(text)}</td></tr>"
            )
            continue
        for row in tables[text]:
            cells = []
            for c in row:
                span = (f" rowspan={c.rs}" if c.rs > 1 else "") + (
                    f" colspan={c.cs}" if c.cs > 1 else ""
                )
                raw = c.text.replace(",", "")
                if c.field and raw.replace(".", "", 1).isdigit():
                    cells.append(f'<td{span} class=xl66 x:num="{raw}">{html.escape(c.text)}</td>')
                elif c.text:
                    cells.append(
                        f"<td{span} class=xl67 style='white-space:normal'>{html.escape(c.text).replace(chr(10), '<br>')}</td>"
                    )
                else:
                    cells.append(f"<td{span} class=xl66>&nbsp;</td>")
            out.append("<tr height=19 style='height:14.25pt'>" + "".join(cells) + "</tr>")
    out.append(
        "<![if supportMisc]>"
        + "".join("<td width=72 style='width:54pt'></td>" for _ in range(width))
        + "<![endif]>"
    )
    out.append("</table>")
    css = (
        '.xl66{mso-style-parent:style0;text-align:center;border:.5pt solid windowtext;mso-number-format:"\\#\\,\\#\\#0"}\n'
        ".xl67{mso-style-parent:style0;text-align:center;vertical-align:middle;border:.5pt solid windowtext;white-space:normal}\n"
        ".xl70{font-weight:700;font-family:黑体}\n.xl71{font-family:仿宋_GB2312}"
    )
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<style>
<!--table
	{{mso-displayed-decimal-separator:"\\.";mso-displayed-thousand-separator:"\\,";}}
{css}
-->
</style>
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>Sheet1</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->
</head>
<body link=blue vlink=purple>
{"".join(out)}
</body>
</html>
"""


def three_line_page(report: Report) -> str:
    """Tables drawn as 三线表: a thick rule above and below, a thin one under the header,
    no vertical rules, as journals and designed reports print them."""
    heads = {"t2": 2, "t3": 3, "t4": 3}
    show = shower(report)
    tabs = {}
    for w in ("t2", "t3", "t4"):
        rows = table(report, w, show)
        out = ['<table class="tl">']
        for r, row in enumerate(rows):
            cls = ' class="last"' if r == heads[w] - 1 else ""
            cells = "".join(
                f"<td{f' rowspan={c.rs}' if c.rs > 1 else ''}{f' colspan={c.cs}' if c.cs > 1 else ''}>"
                f"{html.escape(c.text)}</td>"
                for c in row
            )
            out.append(f"<tr{cls}>{cells}</tr>")
        out.append("</table>")
        tabs[w] = "\n".join(out)
    body = body_html(report, tabs)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(report.title)}</title>
<style>
@page {{ size: A4; margin: 20mm 18mm; }}
body {{ font-family: "WenQuanYi Zen Hei"; font-size: 10.5pt; }}
table.tl {{ border-collapse: collapse; width: 100%; font-size: 8pt; border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; margin: 6pt 0; }}
table.tl td {{ padding: 2pt 3pt; text-align: center; border: none; }}
table.tl tr.last td {{ border-bottom: 0.75pt solid #000; }}
</style></head><body>{body}</body></html>"""


def split_header_table(rows: Rows, head: int) -> str:
    """The table's header rows in a table of their own above the body's (a 'sticky header'
    table component), both with the same <colgroup>."""
    _, width = placed(rows)
    cols = (
        "<colgroup>"
        + "".join(f'<col style="width:{100 / width:.2f}%">' for _ in range(width))
        + "</colgroup>"
    )
    style = (
        'border="1" cellspacing="0" style="width:100%;table-layout:fixed;border-collapse:collapse"'
    )
    first = table_html(rows[:head], table_attrs=f'class="thead-fixed" {style}')
    second = table_html(rows[head:], table_attrs=f'class="tbody-scroll" {style}')
    first = first.replace("<tbody>", cols + "<tbody>", 1)
    second = second.replace("<tbody>", cols + "<tbody>", 1)
    return f'<div class="table-box"><div class="table-head">{first}</div><div class="table-body" style="max-height:400px;overflow-y:auto">{second}</div></div>'


def row_rules_page(report: Report) -> str:
    """Tables styled like a web framework's default table: a rule between rows, none
    between columns, numbers right-aligned, printed by the browser."""
    show = shower(report)
    tabs = {
        w: table_html(table(report, w, show), table_attrs='class="table"')
        for w in ("t2", "t3", "t4")
    }
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(report.title)}</title>
<style>
body {{ font-family: "WenQuanYi Zen Hei"; font-size: 10.5pt; margin: 0 10mm; }}
.table {{ width: 100%; border-collapse: collapse; font-size: 8pt; margin-bottom: 8pt; }}
.table td {{ padding: 3pt 4pt; border-top: 0.75pt solid #dee2e6; text-align: right; vertical-align: top; }}
.table tr:first-child td {{ border-top: none; border-bottom: 1.5pt solid #dee2e6; }}
</style></head><body>{body_html(report, tabs)}</body></html>"""


# --------------------------------------------------------------------------- searchable scan


def searchable_scan(tools: Tools, src: Path, dst: Path, dpi: int = 100) -> None:
    """Each page a picture of the page, with the page's text under it, invisible (as a
    scanner's OCR software saves it): the ruling lines exist only in the picture."""
    from PIL import Image
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ContentStream, NameObject, NumberObject

    prefix = tools.tmp / "scan"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), str(prefix)], check=True)
    pages = sorted(tools.tmp.glob("scan-*.png"))
    reader = PdfReader(src)
    writer = PdfWriter()
    paint = {b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}
    for png, page in zip(pages, reader.pages, strict=True):
        buf = io.BytesIO()
        Image.open(png).convert("1").save(buf, "PDF", resolution=dpi)
        picture = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
        content = ContentStream(page.get_contents(), reader)
        ops = []
        for operands, op in content.operations:
            if op in paint:
                ops.append(([], b"n"))
            elif op in (b"Do", b"sh"):
                continue
            elif op == b"Tr":
                ops.append(([NumberObject(3)], b"Tr"))
            else:
                ops.append((operands, op))
                if op == b"BT":
                    ops.append(([NumberObject(3)], b"Tr"))
        content.operations = ops
        page[NameObject("/Contents")] = content
        writer.add_page(picture).merge_page(page)
    writer.compress_identical_objects()
    with dst.open("wb") as fh:
        writer.write(fh)


# --------------------------------------------------------------------------- the files


def blank_zeros(report: Report, rows: tuple[str, ...], mark: str) -> Report:
    fields = [
        f
        for f, v in report.values.items()
        if f.split(".")[:2] in [["t2", r] for r in rows] and v == 0
    ]
    return with_blanks(report, fields, mark)


def main(only: tuple[str, ...] = ()) -> None:
    """Build every file; write only those whose name starts with one of ``only`` (all
    when empty): the committed files stay the bytes that were measured."""
    out = HERE
    made: list[tuple[str, dict]] = []
    manifest: list[str] = []

    def save(
        name: str, src: Path | str | bytes, report: Report, fmt: str, form: str, why: str
    ) -> None:
        target = out / name
        made.append((name, report.truth(fmt, form)))
        manifest.append(f"| {name} | {form} | {why} |")
        if only and not name.startswith(only):
            return
        if isinstance(src, Path):
            shutil.copyfile(src, target)
        elif isinstance(src, bytes):
            target.write_bytes(src)
        else:
            target.write_text(src, "utf-8")
        print(name, target.stat().st_size)

    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        tools = Tools(tmp)

        def docx_file(
            report: Report,
            stem: str,
            show_kw: dict | None = None,
            table_kw: dict | None = None,
            edit: Callable | None = None,
            **kw,
        ) -> Path:
            """The report as a Word file; ``edit`` changes the document's XML before saving."""
            show = shower(report, **(show_kw or {}))
            tables = {w: table(report, w, show, **(table_kw or {})) for w in ("t2", "t3", "t4")}
            doc = docx_document(report, tables, **kw)
            if edit is not None:
                edit(doc)
            path = tmp / f"{stem}.docx"
            doc.save(path)
            return path

        def page_tables(report: Report, show_kw: dict | None = None, **kw) -> dict[str, Rows]:
            show = shower(report, **(show_kw or {}))
            return {w: table(report, w, show, **kw) for w in ("t2", "t3", "t4")}

        # ---------------------------------------------------------------- Word
        r = blank_zeros(generated(17, "2021", scale=23), ("rules", "normative"), "/")
        p = docx_file(r, "g01", {"thousands": True}, {"xuhao": True})
        save(
            "g01_docx_wps_xuhao.docx",
            p,
            r,
            "docx",
            "WPS-style table: a 序号 column in tables 二 and 三, counts with thousands separators (1,403), '/' in table 二",
            "WPS templates number the rows; a big agency (公安局) has >1,000 requests and Word/WPS users type 1,403",
        )

        r = generated(1, "2019")
        p = docx_file(r, "g02", {"fullwidth": True}, landscape=("t3", "t4"))
        save(
            "g02_docx_fullwidth_landscape.docx",
            p,
            r,
            "docx",
            "numbers in full-width digits (１２, ４７０２．７１); tables 三 and 四 in a landscape section",
            "Chinese IME left in full-width mode types ０-９; wide tables are put on a landscape page",
        )

        r = generated(13, "2021")
        p = docx_file(r, "g03", nested=True)
        save(
            "g03_docx_nested_tables.docx",
            p,
            r,
            "docx",
            "each table pasted inside the one cell of an outer table (nested tables)",
            "copying a table from a web page or another document into a table cell nests it",
        )

        r = blank_zeros(generated(38, "2019"), ("fees", "procurement"), "/")
        p = docx_file(r, "g04", table_kw={"breaks": True}, cell_paragraphs=True)
        save(
            "g04_docx_cell_breaks.docx",
            p,
            r,
            "docx",
            "long labels broken with manual line breaks; each number under an empty paragraph and followed by one; '/' cells",
            "users press Enter to centre numbers vertically and Shift+Enter to wrap labels",
        )

        r = generated(23, "2021")
        p = docx_file(r, "g05", redhead=True, seal=True, footer=True)
        save(
            "g05_docx_redhead_seal_footer.docx",
            p,
            r,
            "docx",
            "红头 (red agency name + 发文字号 + red rule), seal picture after the signature, footer '第 N 页 共 M 页' fields",
            "reports issued as official documents keep the 红头 and the seal; footers are page fields",
        )

        r = generated(35, "2021", scale=11)
        g06 = docx_file(r, "g06", {"thousands": True}, {"xuhao": True}, font="宋体")
        save(
            "g06_doc_wps_xuhao.doc",
            tools.soffice(g06, "doc:MS Word 97"),
            r,
            "doc",
            "Word 97 .doc of a WPS-style document: 序号 column, thousands separators",
            "many agencies still upload .doc; WPS saves .doc by default",
        )
        save(
            "g16_pdf_wps_xuhao.pdf",
            tools.soffice(g06, "pdf:writer_pdf_Export"),
            r,
            "pdf",
            "the same WPS-style document printed to PDF (序号 column, thousands separators)",
            "the PDF next to the .doc on the same page",
        )

        r = generated(6, "2021")
        r.traditional = True
        p = docx_file(r, "g07", landscape=("t3",))
        save(
            "g07_doc_traditional.doc",
            tools.soffice(p, "doc:MS Word 97"),
            r,
            "doc",
            "Traditional-script .doc (labels and prose), table 三 on a landscape page",
            "documents passed through a 简繁 converter for a Traditional-script edition",
        )

        r = blank_zeros(generated(8, "2019"), ("fees",), "—")
        g08 = docx_file(r, "g08", continued="t3")
        save(
            "g08_docx_continued_table.docx",
            g08,
            r,
            "docx",
            "table 三 cut by hand in two tables at a page break, the second under a '续表' line, header not repeated, its merged label restarted",
            "printed reports continue a long table as 续表 on the next page",
        )
        save(
            "g23_pdf_continued_table.pdf",
            tools.soffice(g08, "pdf:writer_pdf_Export"),
            r,
            "pdf",
            "the 续表 document printed to PDF: table 三 in two parts on two pages",
            "as published",
        )

        # ---------------------------------------------------------------- PDF
        r = generated(16, "2019")
        p = docx_file(r, "g09", font="宋体", table_font="仿宋")
        save(
            "g09_pdf_word_simsun.pdf",
            tools.soffice(p, "pdf:writer_pdf_Export"),
            r,
            "pdf",
            "PDF printed from Word: body in 宋体 (Noto Serif CJK), tables in 仿宋, ruled lines",
            "the commonest PDF form: Word's 'save as PDF' with serif fonts",
        )

        html_r = generated(25, "2021")
        src = tmp / "g10.html"
        src.write_text(shaded_page(html_r, page_tables(html_r)), "utf-8")
        save(
            "g10_pdf_shaded_rows.pdf",
            tools.chromium(src, tmp / "g10.pdf"),
            html_r,
            "pdf",
            "tables with no ruling lines at all: dark header rows, banded body rows (background shading)",
            "designed reports (InDesign/online editors) mark rows with shading instead of lines",
        )

        r = generated(7, "2019")
        p = docx_file(r, "g11", footer=True, pad=14, font_size=14)
        save(
            "g11_pdf_multipage_footer.pdf",
            tools.soffice(p, "pdf:writer_pdf_Export"),
            r,
            "pdf",
            "table 三 runs over a page break and its header is not repeated; footer '第 N 页 共 M 页' on every page",
            "Word does not repeat a header row unless asked; page X of Y footers are standard",
        )

        r = generated(4, "2021")
        p = docx_file(r, "g12", redhead=True, seal=True, footer=True)
        save(
            "g12_pdf_redhead_seal.pdf",
            tools.soffice(p, "pdf:writer_pdf_Export"),
            r,
            "pdf",
            "PDF of a 红头 document with a seal picture and '第 N 页 共 M 页' footers",
            "the issued document as its PDF",
        )

        r = generated(2, "2019")
        p = docx_file(r, "g13", font="楷体", table_font="KaiTi", landscape=("t3", "t4"))
        save(
            "g13_pdf_kaiti_landscape.pdf",
            tools.soffice(p, "pdf:writer_pdf_Export"),
            r,
            "pdf",
            "PDF in 楷体 (substituted by WenQuanYi Zen Hei: other glyph widths), tables 三/四 on landscape pages",
            "some towns use 楷体 throughout; landscape pages for wide tables",
        )

        r = generated(29, "2021")
        src = tmp / "g14.html"
        src.write_text(
            layout_table_page(
                r, body_html(r, {k: table_html(v) for k, v in page_tables(r).items()})
            ),
            "utf-8",
        )
        save(
            "g14_pdf_browser_print.pdf",
            tools.chromium(src, tmp / "g14.pdf", header_footer=True),
            r,
            "pdf",
            "a whole web page printed by the browser: site chrome, related reports of other years, browser header (date, title) and footer (URL, n/m)",
            "people archive pages with Ctrl+P 'save as PDF'",
        )

        r = generated(33, "2021")
        p = docx_file(r, "g15")
        scan = tmp / "g15_scan.pdf"
        searchable_scan(tools, tools.soffice(p, "pdf:writer_pdf_Export"), scan)
        save(
            "g15_pdf_searchable_scan.pdf",
            scan,
            r,
            "pdf",
            "searchable scan: each page a black-and-white picture (100 dpi), the text layer invisible above it, no vector lines",
            "scanned signed reports are published after OCR as image+text PDFs",
        )

        r = generated(12, "2019")
        src = tmp / "g24.html"
        body = body_html(
            r, {k: table_html(v) for k, v in page_tables(r, {"fullwidth": True}).items()}
        )
        src.write_text(
            f'<html><head><meta charset="utf-8"><style>body{{font-family:"FangSong","WenQuanYi Zen Hei";font-size:12pt}} '
            f"td{{font-size:9pt;padding:2px}}</style><title>{html.escape(r.title)}</title></head><body>{body}</body></html>",
            "utf-8",
        )
        save(
            "g24_pdf_fullwidth_fangsong.pdf",
            tools.chromium(src, tmp / "g24.pdf"),
            r,
            "pdf",
            "PDF printed by a browser from a page asking for FangSong (absent: a fallback font), numbers in full-width digits",
            "full-width digits survive into the PDF's text layer",
        )

        # ---------------------------------------------------------------- saved pages
        r = generated(39, "2021")
        body = body_html(
            r,
            {k: word_paste_table(v) for k, v in page_tables(r).items()},
            p_attrs=" class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'",
        )
        save(
            "g17_html_gbk_cms.html",
            cms_gbk_page(r, body).encode("gbk"),
            r,
            "html",
            "whole saved CMS page in GBK (meta charset=gb2312): Word-pasted tables (mso styles, split spans, spacer row), breadcrumb, other years' reports in the sidebar and 上一篇, 索引号 box, 附件 links, footer",
            "the usual county portal (TRS/大汉) article page saved with 'Save page as'",
        )

        r = generated(11, "2021")
        save(
            "g18_html_layout_tables.html",
            layout_table_page(
                r, body_html(r, {k: table_html(v) for k, v in page_tables(r).items()})
            ),
            r,
            "html",
            "older portal laid out with nested tables; the report's tables inside them; a related-reports table with years and visit counts",
            "table-layout sites from the 2000s are still in use for county departments",
        )

        r = generated(10, "2019")
        r.traditional = True
        heads = {"t2": 0, "t3": 3, "t4": 3}
        body = body_html(r, {k: th_table(v, heads[k]) for k, v in page_tables(r).items()})
        save(
            "g19_html_traditional.html",
            modern_page(r, body, lang="zh-Hant"),
            r,
            "html",
            "Traditional-script page (the site's 繁體 edition): labels, prose and chrome in Traditional, tables with <thead>/<th>",
            "portals offer a 繁體 switch that converts the whole page",
        )

        r = generated(28, "2019")
        p = docx_file(r, "g20")
        save(
            "g20_html_libreoffice_export.html",
            tools.soffice(p, "html:HTML (StarWriter)").read_bytes(),
            r,
            "html",
            "the Word report saved as HTML by an office suite (Writer HTML export)",
            "agencies upload the .htm their office suite wrote",
        )

        r = blank_zeros(generated(15, "2021", scale=31), ("rules", "normative"), "—")
        heads = {"t2": 0, "t3": 3, "t4": 3}
        body = body_html(
            r, {k: th_table(v, heads[k]) for k, v in page_tables(r, {"thousands": True}).items()}
        )
        save(
            "g21_html_thead_thousands.html",
            modern_page(r, body),
            r,
            "html",
            "集约化 platform page: tables with <thead>/<th> in a scrolling wrapper, counts with thousands separators, '—' cells",
            "new provincial platforms render the editor's tables this way",
        )

        r = with_blanks(
            generated(26, "2019"),
            [
                f
                for f, v in generated(26, "2019").values.items()
                if f.startswith("t2.fees.") and v == 0
            ],
            "",
        )
        body = body_html(
            r,
            {k: word_paste_table(v) for k, v in page_tables(r).items()},
            p_attrs=" class=MsoNormal",
        )
        save(
            "g22_html_word_paste.html",
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">'
            f"<title>{html.escape(r.title)}</title></head><body><div class=WordSection1>{body}</div></body></html>",
            r,
            "html",
            "Word-pasted HTML alone (mso styles, numbers split over two spans, <o:p>, the zero-height spacer row), empty cells",
            "what an editor saves when a report is pasted from Word",
        )

        # ---------------------------------------------------------------- second round
        r = generated(21, "2021")
        old = {
            "t3.new.natural": "5",
            "t3.new.total": "5",
            "t3.granted.natural": "3",
            "t3.granted.total": "3",
            "t3.results_total.natural": "5",
            "t3.results_total.total": "5",
            "t2.fees.amount": "15",
        }
        p = docx_file(r, "g25", revised={f: o for f, o in old.items() if o != number(r.values[f])})
        save(
            "g25_docx_tracked_changes.docx",
            p,
            r,
            "docx",
            "tracked changes left in: table cells hold a deleted old number (w:del) next to the inserted new one (w:ins)",
            "reports are revised in Word with Track Changes on and uploaded without accepting them",
        )

        r = generated(27, "2021")
        pics = {"t3": tools.picture(table(r, "t3", shower(r)), "g26t3")}
        p = docx_file(r, "g26", pictures=pics)
        save(
            "g26_pdf_table_picture.pdf",
            tools.soffice(p, "pdf:writer_pdf_Export"),
            r,
            "pdf",
            "table 三 pasted as a picture (a screenshot of the table) in a Word file printed to PDF; tables 二 and 四 are text",
            "editors paste a table as a picture to keep its look; its cells are then only in the image",
        )

        r = generated(31, "2021")
        imgs = {
            w: f'<p style="text-align:center"><img src="./W0{r.year + 1}0126{i}.png" width="640" alt="" /></p>'
            for i, w in enumerate(("t2", "t3", "t4"))
        }
        save(
            "g27_html_table_images.html",
            modern_page(r, body_html(r, imgs)),
            r,
            "html",
            "saved page whose three tables are <img> pictures (not saved with the page): no table cell is in the file",
            "many portals post the statistics as images of the tables",
        )
        # SCHEMA §1: template null when the tables are lost; no cell can be read
        made[-1][1].update(tables={}, template=None)
        made[-1][1]["notes"] += "; truth: no cell can be read (a cell read is invented)"

        r = generated(9, "2019")
        r.traditional = True
        p = docx_file(r, "g28", font="宋体")
        save(
            "g28_pdf_traditional.pdf",
            tools.soffice(p, "pdf:writer_pdf_Export"),
            r,
            "pdf",
            "Traditional-script report printed from Word to PDF",
            "a 简繁-converted edition saved as PDF",
        )

        r = generated(4, "2019")
        show = shower(r)

        def yuan(f: str, show=show, r=r) -> str:
            if f == "t2.procurement.amount":
                return f"{round(r.values[f] * 10000):,}元"
            return show(f)

        tables = {w: table(r, w, yuan) for w in ("t2", "t3", "t4")}
        p = tmp / "g29.docx"
        docx_document(r, tables).save(p)
        save(
            "g29_docx_money_yuan.docx",
            p,
            r,
            "docx",
            "采购总金额 written in 元 in its cell (42,793,000元) while the template's unit is 万元",
            "finance staff copy the amount from the procurement system, in 元",
        )

        r = generated(37, "2021")
        save(
            "g30_html_wechat.html",
            wechat_page(r),
            r,
            "html",
            "the report as a WeChat official-account article saved from the browser: <section>/<span> wrappers in every paragraph and cell, no heading in the body, account chrome",
            "agencies repost their annual report on their 公众号; corpora collect the saved articles",
        )

        r = generated(4, "2021")
        show = shower(r)

        def fee_yuan(f: str, show=show, r=r) -> str:
            return f"{round(r.values[f] * 10000)}" if f == "t2.fees.amount" else show(f)

        tables = {w: table(r, w, fee_yuan) for w in ("t2", "t3", "t4")}
        for row in tables["t2"]:
            for c in row:
                c.text = c.text.replace("（单位：万元）", "（单位：元）")
        page = layout_table_page(r, body_html(r, {k: table_html(v) for k, v in tables.items()}))
        save(
            "g31_html_fee_header_yuan.html",
            page,
            r,
            "html",
            "table 二's fee column headed 本年收费金额（单位：元） with the amount in 元 (5193000), not the template's 万元",
            "agencies change the header's unit rather than convert the amount",
        )

        # ---------------------------------------------------------------- third round
        r = generated(46, "2019")
        g32 = docx_file(r, "g32", table_kw={"vertical": True})
        save(
            "g32_docx_t4_vertical.docx",
            g32,
            r,
            "docx",
            "table 四 turned for a portrait page: one row per kind of case (行政复议, 行政诉讼 未经复议直接起诉 / 复议后起诉), the five results across",
            "the official 四 is 15 columns wide; agencies that keep a portrait page transpose it",
        )
        save(
            "g38_pdf_t4_vertical.pdf",
            tools.soffice(g32, "pdf:writer_pdf_Export"),
            r,
            "pdf",
            "the transposed table 四 document printed to PDF",
            "as published",
        )

        r = generated(62, "2019")
        show = shower(r)

        def signed(f: str, show=show, r=r) -> str:
            v = r.values[f]
            return f"+{v}" if f.endswith(".change") and v > 0 else show(f)

        tables = {w: table(r, w, signed) for w in ("t2", "t3", "t4")}
        body = body_html(r, {k: table_html(v) for k, v in tables.items()})
        save(
            "g33_html_signed_changes.html",
            f'<html><head><meta charset="utf-8"><title>{html.escape(r.title)}</title></head><body>{body}</body></html>',
            r,
            "html",
            "the article alone; table 二's 本年增/减 written with a plus sign (+4, +19)",
            "本年增/减 is a signed change: agencies mark increases with +",
        )

        r = generated(43, "2021")
        src = tmp / "g34.html"
        src.write_text(three_line_page(r), "utf-8")
        save(
            "g34_pdf_three_line.pdf",
            tools.chromium(src, tmp / "g34.pdf"),
            r,
            "pdf",
            "tables drawn as 三线表: thick rules above and below, a thin one under the header, no vertical rules",
            "designed and academic-style reports print tables with three horizontal rules only",
        )

        r = generated(59, "2021")
        g35 = docx_file(r, "g35", vertical_labels=True)
        save(
            "g35_docx_vertical_text.docx",
            g35,
            r,
            "docx",
            "the tall merged label cells (三、本年度办理结果, （三）不予公开 …) with Word's vertical text direction",
            "Word users turn the text of narrow tall cells to run top to bottom",
        )
        save(
            "g36_pdf_vertical_text.pdf",
            tools.soffice(g35, "pdf:writer_pdf_Export"),
            r,
            "pdf",
            "the vertical-label document printed to PDF: those labels come out one glyph per line, turned",
            "as published",
        )

        r = generated(54, "2019")
        save(
            "g37_html_excel_export.html",
            excel_page(r, shower(r, thousands=True)),
            r,
            "html",
            "the whole report as Excel's 'save as web page' (x:num cells, xl classes, thousands separators from the cell format, prose in merged rows)",
            "some agencies draft the report in a spreadsheet and publish its HTML export",
        )

        # ---------------------------------------------------------------- fourth round
        r = generated(45, "2021")
        p = docx_file(r, "g39", edit=hmerge)
        save(
            "g39_docx_hmerge.docx",
            p,
            r,
            "docx",
            "every horizontal merge written with legacy w:hMerge restart/continue cells instead of w:gridSpan",
            "documents converted by old tools or saved by WPS carry hMerge cells",
        )

        r = generated(47, "2021")
        p = docx_file(r, "g40", edit=lambda d: ragged(d.tables[0]))
        save(
            "g40_docx_ragged_rows.docx",
            p,
            r,
            "docx",
            "table 二's rows whose last cell spans columns stop one grid column short of the right edge (w:gridAfter)",
            "a cell border dragged by hand leaves ragged rows with gridAfter",
        )

        r = generated(53, "2021")
        p = docx_file(r, "g41", edit=distributed)
        save(
            "g42_docx_spaced_labels.docx",
            p,
            r,
            "docx",
            "short labels typed with spaces (规　　章, 自 然 人, 信 息 内 容) in cells with distributed alignment (分散对齐)",
            "Word users space labels out and justify them to the cell's width",
        )
        save(
            "g41_pdf_distributed_labels.pdf",
            tools.soffice(p, "pdf:writer_pdf_Export"),
            r,
            "pdf",
            "the spaced, distributed labels printed to PDF: the label's characters spread across the cell",
            "as published",
        )

        r = generated(57, "2021")
        tables = page_tables(r)
        body = body_html(
            r,
            {
                "t2": table_html(tables["t2"]),
                "t3": split_header_table(tables["t3"], 3),
                "t4": split_header_table(tables["t4"], 3),
            },
        )
        save(
            "g43_html_split_header.html",
            modern_page(r, body),
            r,
            "html",
            "tables 三 and 四 as a header table above a separate body table (a sticky-header table component), same <colgroup>",
            "platform editors render long tables with a fixed header table and a scrolling body table",
        )

        # ---------------------------------------------------------------- fifth round
        r = generated(49, "2021", scale=100)
        p = docx_file(r, "g44", {"thousands": True})
        save(
            "g44_pdf_wrapped_numbers.pdf",
            tools.soffice(p, "pdf:writer_pdf_Export"),
            r,
            "pdf",
            "a city government's five-digit counts with thousands separators in narrow columns: the widest wrap inside their cell (21,10 / 0)",
            "big cities receive tens of thousands of requests; Word wraps a number that does not fit its column",
        )

        r = generated(61, "2021")
        g45 = docx_file(r, "g45", appendix=True)
        save(
            "g45_docx_tables_appendix.docx",
            g45,
            r,
            "docx",
            "the three tables attached after the signature (附件1-3, each on its own page under a caption), not under their sections",
            "many reports send the statistics as 附件 tables at the end",
        )
        save(
            "g46_pdf_tables_appendix.pdf",
            tools.soffice(g45, "pdf:writer_pdf_Export"),
            r,
            "pdf",
            "the 附件-tables document printed to PDF",
            "as published",
        )

        # ---------------------------------------------------------------- sixth round
        r = generated(63, "2021")
        p = docx_file(r, "g47", footer="gongwen", pad=12, font_size=16)
        save(
            "g47_pdf_gongwen_page_numbers.pdf",
            tools.soffice(p, "pdf:writer_pdf_Export"),
            r,
            "pdf",
            "公文-style page numbers ('— 3 —', 宋体 4号, at the right) between the rows of table 三 where it crosses pages; 三号 body text",
            "reports issued as 公文 follow GB/T 9704's page-number form",
        )

        r = generated(55, "2021")
        src = tmp / "g48.html"
        src.write_text(row_rules_page(r), "utf-8")
        save(
            "g48_pdf_row_rules.pdf",
            tools.chromium(src, tmp / "g48.pdf"),
            r,
            "pdf",
            "tables with a light rule between rows and none between columns, every cell right-aligned (a web framework's default table), printed by the browser",
            "pages built on Bootstrap-like themes are printed to PDF as they look",
        )

    for name, truth in made:
        (out / f"{name.rsplit('.', 1)[0]}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    (out / "MANIFEST.md").write_text(
        "# Blind format red team 2: the files\n\n"
        "Made by build.py (see its docstring). Per file: the form, and why real corpora hold it.\n\n"
        "| file | form | why it is realistic |\n|---|---|---|\n"
        + "\n".join(sorted(manifest))
        + "\n",
        "utf-8",
    )


if __name__ == "__main__":
    main(tuple(sys.argv[1:]))
