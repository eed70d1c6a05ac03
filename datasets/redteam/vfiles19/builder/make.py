"""Build vfiles19's files and claims.jsonl (see ../README.md for what each file is).

Reports as files (Chromium and Writer PDFs, python-docx DOCX, LibreOffice .doc, image-only
scans) whose prose makes hand-judged claims about their own tables. The report model, the
renderers and the Chromium/LibreOffice drivers are formats4's, the scan helpers formats5's
(both loaded by path, not copied); the claims' rows are verdict_sets.py's. Each report's
prose is written here from its cells, so a true claim restates a cell and a contradiction is
a cell plus a known amount.

    python datasets/redteam/vfiles19/builder/make.py [f01 f05 ...]

Needs chromium, soffice, poppler (pdftoppm, pdftotext), fonts-noto-cjk, python-docx, pypdf,
pillow, numpy. Chromium stamps dates into its PDFs: a rebuild gives the same text, not the
same bytes.
"""

from __future__ import annotations

import html
import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
REDTEAM = SET.parent
sys.path.insert(0, str(REDTEAM))
sys.path.insert(0, str(REDTEAM / "formats4" / "builder"))

import verdict_sets as sets  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from model import T3_COLS, T4_COLS, T4_GROUPS, Report  # noqa: E402
from model import C as cell  # noqa: E402
from render import (  # noqa: E402
    add_borders,
    article_body,
    chromium_pdf,
    docx_report,
    docx_table,
    html_table,
    page,
    soffice,
)

_spec = importlib.util.spec_from_file_location("f5make", REDTEAM / "formats5" / "builder" / "make.py")
assert _spec and _spec.loader
f5 = importlib.util.module_from_spec(_spec)
_argv, sys.argv = sys.argv, sys.argv[:1]  # formats5 (and formats4 under it) read argv at import
_spec.loader.exec_module(f5)
sys.argv = _argv

OUT = SET / "docs"
C = sets.C


class Doc(Report):
    """A formats4 report whose sections' paragraphs are ours (``prose``: section index ->
    paragraphs); the headings, the statistics period and the signature stay formats4's."""

    prose: dict[int, list[str]]

    def sections(self) -> list[tuple[str, list[str]]]:
        base = super().sections()
        out = []
        for i, (head, paras) in enumerate(base):
            if i == 0:
                out.append((head, paras[:1] + self.prose.get(0, [])))
            else:
                out.append((head, self.prose.get(i, paras)))
        return out


def report(agency: str, year: int, template: str, seed: int, cells: dict[str, int]) -> Doc:
    rep = Doc(agency, year, template, seed)
    rep.cells.update(cells)
    f5.rebalance(rep)
    return rep


def n(rep: Report, key: str) -> int:
    return int(rep.cells[key])


def suits(rep: Report) -> int:
    return n(rep, "t4.suit_direct.total") + n(rep, "t4.suit_after_review.total")


def prose_text(rep: Doc) -> str:
    """The report's words as written (title and paragraphs): where snippets are checked."""
    parts = [rep.title()]
    for head, paras in rep.sections():
        parts += [head, *paras]
    return "\n".join(parts)


def tmpdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="vfiles19-"))


# ---------------------------------------------------------------- renderers


def chromium(rep: Doc, out: Path, css: str = "", table=None) -> None:
    chromium_pdf(page(article_body(rep, table=table), css=css, title=rep.title()), out)


def scan(rep: Doc, out: Path, *, dpi: int, seed: int, angles: list[float], bw: bool) -> None:
    """An image-only PDF: the Writer PDF printed and scanned (grey paper, noise, skew),
    in grey (JPEG 35) or black and white (an office scanner's 1-bit mode: the noise
    thresholded into specks; also what keeps the set small)."""
    d = tmpdir()
    writer_pdf(rep, d / "src.pdf")
    images = f5.scan_pages(d / "src.pdf", dpi, d, seed=seed, angles=angles, noise=12 if bw else 3)
    if bw:
        pages = [im.point(lambda v: 255 if v > 150 else 0).convert("1") for im in images]
        pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    else:
        f5.images_pdf(images, out, dpi, 35)


MARK = "@@"


def marked_grid(rows, marks: dict[str, str]):
    """A grid with the cells whose text is in ``marks`` given a marker ``@@key@@``, found
    again in the DOCX to be written with hidden or deleted runs."""
    out = []
    for row in rows:
        new = []
        for text, rs, cs in row:
            new.append((f"{MARK}{marks[text]}{MARK}" if text in marks else text, rs, cs))
        out.append(new)
    return out


def run(text: str, *, hidden: bool = False) -> OxmlElement:
    r = OxmlElement("w:r")
    if hidden:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:vanish"))
        r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    return r


def tracked(kind: str, text: str, rid: int) -> OxmlElement:
    """A tracked change: ``w:del`` (a deleted run, its text in w:delText) or ``w:ins``."""
    el = OxmlElement(f"w:{kind}")
    el.set(qn("w:id"), str(rid))
    el.set(qn("w:author"), "审核人")
    el.set(qn("w:date"), "2024-01-15T10:00:00Z")
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.text = text
    r.append(t)
    el.append(r)
    return el


def fill_marks(doc, runs: dict[str, list]) -> None:
    """Replace each marked cell's paragraph by the runs given for its key."""
    for table in doc.tables:
        for row in table.rows:
            for c in row.cells:
                for p in c.paragraphs:
                    if p.text.startswith(MARK):
                        key = p.text.strip("@")
                        for r in list(p._p):
                            if r.tag == qn("w:r"):
                                p._p.remove(r)
                        for el in runs[key]:
                            p._p.append(el)


# ---------------------------------------------------------------- the documents

DOCS: list[dict] = []


def add(name: str, rep: Doc, build, claims: list[dict], note: str) -> None:
    DOCS.append({"name": name, "rep": rep, "build": build, "claims": claims, "note": note})


def base_cells(**extra: int) -> dict[str, int]:
    return dict(extra)


# f01 Chromium PDF, 2021: two genuine contradictions on clean cells
r = report(
    "嘉兴市南湖区民政局", 2022, "2021", 1901,
    {"t3.new.natural": 0, "t3.granted.natural": 14, "t3.granted.commercial": 3,
     "t3.partial.natural": 5, "t3.unavailable.not_held.natural": 6,
     "t4.review.upheld": 2, "t4.review.corrected": 1, "t4.suit_direct.upheld": 1},
)
c = r.cells
r.prose = {
    0: ["2022年，全局共新收政府信息公开申请" + f"{n(r, 't3.new.total') + 3}件，办结率100%。"],
    1: [f"本年制发行政规范性文件{n(r, 't2.normative.issued')}件，现行有效{n(r, 't2.normative.in_force')}件。"],
    2: [
        f"本年度上年结转申请{n(r, 't3.carried_in.total')}件。按申请人类型分，"
        f"商业企业提出申请{n(r, 't3.new.commercial') + 2}件。办理结果方面，予以公开{n(r, 't3.granted.total')}件，"
        f"部分公开{n(r, 't3.partial.total')}件，本机关不掌握相关政府信息{n(r, 't3.unavailable.not_held.total')}件。"
    ],
    3: [f"本年度因政府信息公开工作被申请行政复议{n(r, 't4.review.total')}件，"
        f"被提起行政诉讼{suits(r)}件。"],
}
add("f01_chromium_2021.pdf", r, lambda rep, out: chromium(rep, out), [
    C(f"全局共新收政府信息公开申请{n(r, 't3.new.total') + 3}件", str(n(r, "t3.new.total") + 3), "requests.received", "inconsistent", f"new {n(r, 't3.new.total') + 3} vs t3.new.total {n(r, 't3.new.total')}; clean text-layer cell"),
    C("办结率100%", "100", "other", "safe", "a rate", value=1.0),
    C(f"本年制发行政规范性文件{n(r, 't2.normative.issued')}件", str(n(r, "t2.normative.issued")), "proactive.normative", "consistent", "t2.normative.issued"),
    C(f"现行有效{n(r, 't2.normative.in_force')}件", str(n(r, "t2.normative.in_force")), "other", "safe", "in force"),
    C(f"上年结转申请{n(r, 't3.carried_in.total')}件", str(n(r, "t3.carried_in.total")), "other", "safe", "carried in; t3.carried_in.total agrees", ideal="consistent"),
    C(f"商业企业提出申请{n(r, 't3.new.commercial') + 2}件", str(n(r, "t3.new.commercial") + 2), "requests.received", "inconsistent", f"commercial {n(r, 't3.new.commercial') + 2} vs t3.new.commercial {n(r, 't3.new.commercial')}; clean"),
    C(f"予以公开{n(r, 't3.granted.total')}件", str(n(r, "t3.granted.total")), "requests.closed", "consistent", "t3.granted.total"),
    C(f"部分公开{n(r, 't3.partial.total')}件", str(n(r, "t3.partial.total")), "requests.closed", "consistent", "t3.partial.total"),
    C(f"本机关不掌握相关政府信息{n(r, 't3.unavailable.not_held.total')}件", str(n(r, "t3.unavailable.not_held.total")), "requests.closed", "consistent", "t3.unavailable.not_held.total"),
    C(f"被申请行政复议{n(r, 't4.review.total')}件", str(n(r, "t4.review.total")), "appeals.review", "consistent", "t4.review.total"),
    C(f"被提起行政诉讼{suits(r)}件", str(suits(r)), "appeals.suit", "consistent", "t4 suits direct + after review"),
], "Chromium PDF, 2021 template; two genuine contradictions on clean cells (new total, commercial)")

# f02 Chromium PDF, 2021: table 三's label columns narrow, so every item label wraps over
# several lines with its numbers on one of them; the contradictions sit on those rows
WRAP_CSS = (
    "table{width:100%;table-layout:fixed} td{font-size:8.5pt;word-break:break-all}"
)
r = report(
    "湖州市吴兴区卫生健康局", 2022, "2021", 1902,
    {"t3.unavailable.not_held.natural": 5, "t3.unavailable.not_held.commercial": 1,
     "t3.other_handling.no_supplement.natural": 2, "t3.denied.security.natural": 1,
     "t3.not_processed.duplicate.natural": 3, "t3.unavailable.needs_creation.natural": 2,
     "t4.review.upheld": 1, "t4.review.pending": 1},
)
r.prose = {
    2: [
        f"本年度新收政府信息公开申请{n(r, 't3.new.total')}件。其中，本机关不掌握相关政府信息"
        f"{n(r, 't3.unavailable.not_held.total') + 2}件，没有现成信息需要另行制作{n(r, 't3.unavailable.needs_creation.total')}件，"
        f"申请人无正当理由逾期不补正、行政机关不再处理的{n(r, 't3.other_handling.no_supplement.total') + 1}件，"
        f"因危及“三安全一稳定”不予公开{n(r, 't3.denied.security.total') + 2}件，重复申请{n(r, 't3.not_processed.duplicate.total')}件。"
        f"予以公开{n(r, 't3.granted.total')}件。"
    ],
    3: [f"本年度被申请行政复议{n(r, 't4.review.total')}件，其中尚未审结{n(r, 't4.review.pending')}件。"],
}


def f02_build(rep: Doc, out: Path) -> None:
    def table(name, rows):
        if name != "t3":
            return html_table(rows)
        # the three label columns 2.2em each (a fixed layout), the seven value columns the rest
        cols = "".join('<col style="width:2.4em">' for _ in range(3)) + "".join("<col>" for _ in T3_COLS)
        return html_table(rows).replace("<tr>", "<colgroup>" + cols + "</colgroup><tr>", 1)

    chromium(rep, out, css=WRAP_CSS, table=table)


# f02's three contradictions were judged `safe` blind (a cell a reader cannot be sure of); the
# reader places them by the ruled grid's cell rectangles, so they are accusations (README,
# "Re-judged after the first reading").
REJUDGED = "re-judged by the lead in session 20: ruled grid, cells placed by the rules — rows20's evidence"
add("f02_wrapped_rows.pdf", r, f02_build, [
    C(f"本年度新收政府信息公开申请{n(r, 't3.new.total')}件", str(n(r, "t3.new.total")), "requests.received", "safe", "t3.new.total (its label wraps too)", ideal="consistent"),
    C(f"本机关不掌握相关政府信息{n(r, 't3.unavailable.not_held.total') + 2}件", str(n(r, "t3.unavailable.not_held.total") + 2), "requests.closed", "inconsistent", "a contradiction on a row whose label wraps over lines (a cell a reader cannot be sure of); " + REJUDGED),
    C(f"没有现成信息需要另行制作{n(r, 't3.unavailable.needs_creation.total')}件", str(n(r, "t3.unavailable.needs_creation.total")), "requests.closed", "safe", "true, wrapped row", ideal="consistent"),
    C(f"不再处理的{n(r, 't3.other_handling.no_supplement.total') + 1}件", str(n(r, "t3.other_handling.no_supplement.total") + 1), "requests.closed", "inconsistent", "a contradiction on the longest wrapped label (逾期不补正); " + REJUDGED),
    C(f"不予公开{n(r, 't3.denied.security.total') + 2}件", str(n(r, "t3.denied.security.total") + 2), "requests.closed", "inconsistent", "a contradiction on a wrapped row (三安全一稳定); " + REJUDGED),
    C(f"重复申请{n(r, 't3.not_processed.duplicate.total')}件", str(n(r, "t3.not_processed.duplicate.total")), "requests.closed", "safe", "true, wrapped row", ideal="consistent"),
    C(f"予以公开{n(r, 't3.granted.total')}件", str(n(r, "t3.granted.total")), "requests.closed", "safe", "true, wrapped row (label over two columns)", ideal="consistent"),
    C(f"被申请行政复议{n(r, 't4.review.total')}件", str(n(r, "t4.review.total")), "appeals.review", "consistent", "t4.review.total, table 四 not wrapped"),
    C(f"其中尚未审结{n(r, 't4.review.pending')}件", str(n(r, "t4.review.pending")), "appeals.review", "safe", "pending part of reviews; t4.review.pending agrees", ideal="consistent"),
], "Chromium PDF, 2021: table 三 label columns 2.4em wide, every label wrapped; contradictions on wrapped rows (not_held, no_supplement, security)")

# f03 Writer PDF (python-docx -> soffice), 2019 template: table 三 goes on over a page break
r = report(
    "绍兴市柯桥区交通运输局", 2020, "2019", 1903,
    {"t3.granted.natural": 9, "t3.not_processed.duplicate.natural": 2, "t3.other_handling.natural": 3,
     "t3.carried_out.natural": 2},
)
r.prose = {
    0: ["2020年，我局" + "坚持以公开为常态、不公开为例外，" * 6 + "全面推进政务公开。"],
    1: ["全年通过门户网站主动公开政府信息，" * 8 + "及时回应社会关切。"],
    2: [
        f"本年度共收到政府信息公开申请{n(r, 't3.new.total')}件，予以公开{n(r, 't3.granted.total') + 4}件，"
        f"重复申请{n(r, 't3.not_processed.duplicate.total')}件，其他处理{n(r, 't3.other_handling.total')}件，"
        f"共办结{n(r, 't3.results_total.total')}件，结转下年度继续办理{n(r, 't3.carried_out.total')}件。"
    ],
    3: [f"本年度被申请行政复议{n(r, 't4.review.total')}件，被提起行政诉讼{suits(r)}件。"],
}


def writer_pdf(rep: Doc, out: Path) -> None:
    d = tmpdir()
    doc = docx_report(rep)
    doc.save(str(d / "r.docx"))
    pdf = soffice(d / "r.docx", "pdf", d)
    shutil.copy(pdf, out)


add("f03_two_page_table.pdf", r, writer_pdf, [
    C(f"本年度共收到政府信息公开申请{n(r, 't3.new.total')}件", str(n(r, "t3.new.total")), "requests.received", "consistent", "t3.new.total"),
    C(f"予以公开{n(r, 't3.granted.total') + 4}件", str(n(r, "t3.granted.total") + 4), "requests.closed", "inconsistent", f"granted {n(r, 't3.granted.total') + 4} vs t3.granted.total {n(r, 't3.granted.total')}; clean"),
    C(f"重复申请{n(r, 't3.not_processed.duplicate.total')}件", str(n(r, "t3.not_processed.duplicate.total")), "requests.closed", "consistent", "a row after the page break"),
    C(f"其他处理{n(r, 't3.other_handling.total')}件", str(n(r, "t3.other_handling.total")), "requests.closed", "consistent", "a row after the page break (2019 其他处理)"),
    C(f"共办结{n(r, 't3.results_total.total')}件", str(n(r, "t3.results_total.total")), "requests.closed", "consistent", "t3.results_total.total after the break"),
    C(f"结转下年度继续办理{n(r, 't3.carried_out.total')}件", str(n(r, "t3.carried_out.total")), "other", "safe", "carried out", ideal="consistent"),
    C(f"被申请行政复议{n(r, 't4.review.total')}件", str(n(r, "t4.review.total")), "appeals.review", "consistent", "t4.review.total"),
    C(f"被提起行政诉讼{suits(r)}件", str(suits(r)), "appeals.suit", "consistent", "suits direct + after review"),
], "Writer PDF, 2019 template: long prose before table 三 so the table goes over a page break; a genuine contradiction on 予以公开")

# f04 Writer PDF, 2019 template
r = report(
    "金华市婺城区司法局", 2019, "2019", 1904,
    {"t2.normative.made": 4, "t2.normative.published": 4, "t3.granted.natural": 7,
     "t3.unavailable.not_held.natural": 3, "t4.suit_direct.upheld": 1},
)
r.prose = {
    1: [f"本年新制作规范性文件{n(r, 't2.normative.made') + 3}件，对外公开规范性文件总数{n(r, 't2.normative.total')}件。"
        f"作出行政处罚决定{n(r, 't2.penalty.decisions')}件。"],
    2: [f"本年度共收到政府信息公开申请{n(r, 't3.new.total')}件，上年结转{n(r, 't3.carried_in.total')}件。"
        f"其中予以公开{n(r, 't3.granted.total')}件，本机关不掌握相关政府信息{n(r, 't3.unavailable.not_held.total')}件。"],
    3: [f"本年度被申请行政复议{n(r, 't4.review.total')}件，被提起行政诉讼{suits(r)}件。"],
}
add("f04_writer_2019.pdf", r, writer_pdf, [
    C(f"本年新制作规范性文件{n(r, 't2.normative.made') + 3}件", str(n(r, "t2.normative.made") + 3), "proactive.normative", "inconsistent", f"made {n(r, 't2.normative.made') + 3} vs t2.normative.made {n(r, 't2.normative.made')}; clean"),
    C(f"对外公开规范性文件总数{n(r, 't2.normative.total')}件", str(n(r, "t2.normative.total")), "other", "safe", "the running total in force"),
    C(f"作出行政处罚决定{n(r, 't2.penalty.decisions')}件", str(n(r, "t2.penalty.decisions")), "other", "safe", "t2.penalty.decisions agrees", ideal="consistent"),
    C(f"本年度共收到政府信息公开申请{n(r, 't3.new.total')}件", str(n(r, "t3.new.total")), "requests.received", "consistent", "t3.new.total"),
    C(f"上年结转{n(r, 't3.carried_in.total')}件", str(n(r, "t3.carried_in.total")), "other", "safe", "carried in", ideal="consistent"),
    C(f"其中予以公开{n(r, 't3.granted.total')}件", str(n(r, "t3.granted.total")), "requests.closed", "consistent", "t3.granted.total"),
    C(f"本机关不掌握相关政府信息{n(r, 't3.unavailable.not_held.total')}件", str(n(r, "t3.unavailable.not_held.total")), "requests.closed", "consistent", "t3.unavailable.not_held.total"),
    C(f"被申请行政复议{n(r, 't4.review.total')}件", str(n(r, "t4.review.total")), "appeals.review", "consistent", "t4.review.total"),
    C(f"被提起行政诉讼{suits(r)}件", str(suits(r)), "appeals.suit", "consistent", "suits"),
], "Writer PDF, 2019 template; a genuine contradiction on t2.normative.made")

# f05 DOCX, 2021: table 四's 复议后起诉 group one '无' cell merged over its five columns
# (blank in the source), and the prose's suits more than the direct ones (SCHEMA §4: the sum over
# the fields present, an accusation)
r = report(
    "台州市椒江区住房和城乡建设局", 2021, "2021", 1905,
    {"t3.granted.natural": 11, "t3.partial.commercial": 2, "t4.suit_direct.upheld": 1,
     "t4.suit_direct.corrected": 0, "t4.suit_direct.other": 0, "t4.suit_direct.pending": 0,
     "t4.suit_after_review.upheld": 0, "t4.suit_after_review.corrected": 0,
     "t4.suit_after_review.other": 0, "t4.suit_after_review.pending": 0},
)
r.prose = {
    2: [f"本年度共收到政府信息公开申请{n(r, 't3.new.total')}件，予以公开{n(r, 't3.granted.total')}件，"
        f"部分公开{n(r, 't3.partial.total')}件。法人或其他组织中，商业企业申请{n(r, 't3.new.commercial')}件。"],
    3: [f"本年度被申请行政复议{n(r, 't4.review.total')}件，被提起行政诉讼3件，"
        f"其中未经复议直接起诉{n(r, 't4.suit_direct.total')}件。"],
}


def f05_build(rep: Doc, out: Path) -> None:
    t4 = rep.t4()
    t4[-1] = [cell(rep.v(f"t4.{g}.{k}")) for g in T4_GROUPS[:2] for k in T4_COLS] + [cell("无", cs=5)]

    def table(doc, name, rows):
        add_borders(docx_table(doc, t4 if name == "t4" else rows))

    docx_report(rep, table=table).save(str(out))


add("f05_docx_merged.docx", r, f05_build, [
    C(f"本年度共收到政府信息公开申请{n(r, 't3.new.total')}件", str(n(r, "t3.new.total")), "requests.received", "consistent", "t3.new.total"),
    C(f"予以公开{n(r, 't3.granted.total')}件", str(n(r, "t3.granted.total")), "requests.closed", "consistent", "t3.granted.total"),
    C(f"部分公开{n(r, 't3.partial.total')}件", str(n(r, "t3.partial.total")), "requests.closed", "consistent", "t3.partial.total"),
    C(f"商业企业申请{n(r, 't3.new.commercial')}件", str(n(r, "t3.new.commercial")), "requests.received", "consistent", "t3.new.commercial"),
    C(f"被申请行政复议{n(r, 't4.review.total')}件", str(n(r, "t4.review.total")), "appeals.review", "consistent", "t4.review.total"),
    C("被提起行政诉讼3件", "3", "appeals.suit", "inconsistent", "suits 3 against direct 1 and an after-review group written as one merged '无' cell: blank in the source, and SCHEMA §4 sums a group left blank over the fields present (judged safe blind; changed after the first reading, see README)"),
    C(f"其中未经复议直接起诉{n(r, 't4.suit_direct.total')}件", str(n(r, "t4.suit_direct.total")), "appeals.suit", "safe", "the direct part; t4.suit_direct.total agrees", ideal="consistent"),
], "DOCX, 2021: table 四 复议后起诉 one '无' cell merged over five columns; prose suits 3 against direct 1")

# f06 DOCX, 2021: hidden runs (w:vanish) in two cells: a reader that keeps hidden text reads
# another number; the prose restates the visible one
r = report(
    "丽水市莲都区农业农村局", 2023, "2021", 1906,
    {"t3.granted.natural": 6, "t3.partial.natural": 2, "t4.review.upheld": 2, "t4.review.corrected": 0,
     "t4.review.other": 0, "t4.review.pending": 0},
)
r.prose = {
    2: [f"本年度共收到政府信息公开申请{n(r, 't3.new.total')}件，其中自然人申请{n(r, 't3.new.natural')}件。"
        f"予以公开{n(r, 't3.granted.total')}件，部分公开{n(r, 't3.partial.total')}件。"],
    3: [f"本年度被申请行政复议{n(r, 't4.review.total')}件，被提起行政诉讼{suits(r)}件。"],
}


def f06_build(rep: Doc, out: Path) -> None:
    c = rep.cells
    new_total, review_total = rep.v("t3.new.total"), rep.v("t4.review.total")
    t3 = rep.t3()
    # the new row's total cell and table 四's review total: marked, then written with a hidden run
    t3[3] = t3[3][:-1] + [cell(f"{MARK}new{MARK}")]
    t4 = rep.t4()
    t4[-1] = t4[-1][:4] + [cell(f"{MARK}review{MARK}")] + t4[-1][5:]

    def table(doc, name, rows):
        add_borders(docx_table(doc, {"t3": t3, "t4": t4}.get(name, rows)))

    doc = docx_report(rep, table=table)
    fill_marks(doc, {
        "new": [run("1", hidden=True), run(new_total)],
        "review": [run(review_total), run("0", hidden=True)],
    })
    doc.save(str(out))
    assert int(c["t3.new.total"]) and review_total


add("f06_docx_hidden.docx", r, f06_build, [
    C(f"本年度共收到政府信息公开申请{n(r, 't3.new.total')}件", str(n(r, "t3.new.total")), "requests.received", "safe", "the visible t3.new.total; the cell holds a hidden '1' before it", ideal="consistent"),
    C(f"其中自然人申请{n(r, 't3.new.natural')}件", str(n(r, "t3.new.natural")), "requests.received", "consistent", "t3.new.natural, clean"),
    C(f"予以公开{n(r, 't3.granted.total')}件", str(n(r, "t3.granted.total")), "requests.closed", "consistent", "t3.granted.total"),
    C(f"部分公开{n(r, 't3.partial.total')}件", str(n(r, "t3.partial.total")), "requests.closed", "consistent", "t3.partial.total"),
    C(f"被申请行政复议{n(r, 't4.review.total')}件", str(n(r, "t4.review.total")), "appeals.review", "safe", "the visible t4.review.total; the cell holds a hidden '0' after it", ideal="consistent"),
    C(f"被提起行政诉讼{suits(r)}件", str(suits(r)), "appeals.suit", "consistent", "suits"),
], "DOCX, 2021: hidden runs (w:vanish) in t3.new.total ('1' before) and t4.review.total ('0' after)")

# f07 DOCX, 2019 template: tracked changes in cells (a deleted run and its replacement), the
# prose restating the value after the change
r = report(
    "衢州市柯城区文化和广电旅游体育局", 2020, "2019", 1907,
    {"t3.granted.natural": 8, "t3.unavailable.not_held.natural": 2, "t4.review.upheld": 1},
)
r.prose = {
    2: [f"本年度共收到政府信息公开申请{n(r, 't3.new.total')}件，其中自然人申请{n(r, 't3.new.natural')}件。"
        f"予以公开{n(r, 't3.granted.total')}件，本机关不掌握相关政府信息{n(r, 't3.unavailable.not_held.total')}件。"],
    3: [f"本年度被申请行政复议{n(r, 't4.review.total')}件，被提起行政诉讼{suits(r)}件。"],
}


def f07_build(rep: Doc, out: Path) -> None:
    natural = rep.v("t3.new.natural")
    granted = rep.v("t3.granted.total")
    t3 = rep.t3()
    t3[3] = t3[3][:1] + [cell(f"{MARK}natural{MARK}")] + t3[3][2:]
    t3[5] = t3[5][:-1] + [cell(f"{MARK}granted{MARK}")]

    def table(doc, name, rows):
        add_borders(docx_table(doc, t3 if name == "t3" else rows))

    doc = docx_report(rep, table=table)
    fill_marks(doc, {
        "natural": [tracked("del", str(int(natural) + 5), 1), tracked("ins", natural, 2)],
        "granted": [tracked("del", str(int(granted) - 2), 3), tracked("ins", granted, 4)],
    })
    doc.save(str(out))


add("f07_docx_tracked.docx", r, f07_build, [
    C(f"本年度共收到政府信息公开申请{n(r, 't3.new.total')}件", str(n(r, "t3.new.total")), "requests.received", "consistent", "t3.new.total, clean"),
    C(f"其中自然人申请{n(r, 't3.new.natural')}件", str(n(r, "t3.new.natural")), "requests.received", "safe", "t3.new.natural after a tracked change (deleted +5, inserted the value)", ideal="consistent"),
    C(f"予以公开{n(r, 't3.granted.total')}件", str(n(r, "t3.granted.total")), "requests.closed", "safe", "t3.granted.total after a tracked change (deleted -2)", ideal="consistent"),
    C(f"本机关不掌握相关政府信息{n(r, 't3.unavailable.not_held.total')}件", str(n(r, "t3.unavailable.not_held.total")), "requests.closed", "consistent", "clean"),
    C(f"被申请行政复议{n(r, 't4.review.total')}件", str(n(r, "t4.review.total")), "appeals.review", "consistent", "t4.review.total"),
    C(f"被提起行政诉讼{suits(r)}件", str(suits(r)), "appeals.suit", "consistent", "suits"),
], "DOCX, 2019: tracked changes (w:del + w:ins) in t3.new.natural and t3.granted.total")

# f08 .doc (LibreOffice Word 97), 2021: a genuine contradiction on 本机关不掌握
r = report(
    "温州市鹿城区教育局", 2022, "2021", 1908,
    {"t3.unavailable.not_held.natural": 3, "t3.granted.natural": 10, "t3.not_processed.complaint.natural": 2},
)
r.prose = {
    2: [f"本年度共收到政府信息公开申请{n(r, 't3.new.total')}件。予以公开{n(r, 't3.granted.total')}件，"
        f"本机关不掌握相关政府信息{n(r, 't3.unavailable.not_held.total') + 2}件，"
        f"信访举报投诉类申请{n(r, 't3.not_processed.complaint.total')}件。"],
    3: [f"本年度被申请行政复议{n(r, 't4.review.total')}件，被提起行政诉讼{suits(r)}件。"],
}


def lo_doc(rep: Doc, out: Path) -> None:
    d = tmpdir()
    docx_report(rep).save(str(d / "r.docx"))
    shutil.copy(soffice(d / "r.docx", "doc", d), out)


add("f08_lo_2021.doc", r, lo_doc, [
    C(f"本年度共收到政府信息公开申请{n(r, 't3.new.total')}件", str(n(r, "t3.new.total")), "requests.received", "consistent", "t3.new.total"),
    C(f"予以公开{n(r, 't3.granted.total')}件", str(n(r, "t3.granted.total")), "requests.closed", "consistent", "t3.granted.total"),
    C(f"本机关不掌握相关政府信息{n(r, 't3.unavailable.not_held.total') + 2}件", str(n(r, "t3.unavailable.not_held.total") + 2), "requests.closed", "inconsistent", f"not held {n(r, 't3.unavailable.not_held.total') + 2} vs the row {n(r, 't3.unavailable.not_held.total')}; clean"),
    C(f"信访举报投诉类申请{n(r, 't3.not_processed.complaint.total')}件", str(n(r, "t3.not_processed.complaint.total")), "requests.closed", "consistent", "t3.not_processed.complaint.total"),
    C(f"被申请行政复议{n(r, 't4.review.total')}件", str(n(r, "t4.review.total")), "appeals.review", "consistent", "t4.review.total"),
    C(f"被提起行政诉讼{suits(r)}件", str(suits(r)), "appeals.suit", "consistent", "suits"),
], ".doc by LibreOffice, 2021; a genuine contradiction on 本机关不掌握")

# f09 .doc (LibreOffice Word 97), 2019: a genuine contradiction on the suits (two groups summed)
r = report(
    "宁波市鄞州区人力资源和社会保障局", 2020, "2019", 1909,
    {"t4.suit_direct.upheld": 1, "t4.suit_after_review.upheld": 1, "t3.granted.natural": 12,
     "t3.partial.natural": 3},
)
r.prose = {
    2: [f"本年度共收到政府信息公开申请{n(r, 't3.new.total')}件，上年结转{n(r, 't3.carried_in.total')}件。"
        f"予以公开{n(r, 't3.granted.total')}件，部分公开{n(r, 't3.partial.total')}件。"],
    3: [f"本年度被申请行政复议{n(r, 't4.review.total')}件，被提起行政诉讼{suits(r) + 2}件。"],
}
add("f09_lo_2019.doc", r, lo_doc, [
    C(f"本年度共收到政府信息公开申请{n(r, 't3.new.total')}件", str(n(r, "t3.new.total")), "requests.received", "consistent", "t3.new.total"),
    C(f"上年结转{n(r, 't3.carried_in.total')}件", str(n(r, "t3.carried_in.total")), "other", "safe", "carried in", ideal="consistent"),
    C(f"予以公开{n(r, 't3.granted.total')}件", str(n(r, "t3.granted.total")), "requests.closed", "consistent", "t3.granted.total"),
    C(f"部分公开{n(r, 't3.partial.total')}件", str(n(r, "t3.partial.total")), "requests.closed", "consistent", "t3.partial.total"),
    C(f"被申请行政复议{n(r, 't4.review.total')}件", str(n(r, "t4.review.total")), "appeals.review", "consistent", "t4.review.total"),
    C(f"被提起行政诉讼{suits(r) + 2}件", str(suits(r) + 2), "appeals.suit", "inconsistent", f"suits {suits(r) + 2} vs direct {n(r, 't4.suit_direct.total')} + after review {n(r, 't4.suit_after_review.total')}; clean"),
], ".doc by LibreOffice, 2019; a genuine contradiction on the suits")


# f10-f12 scans: image-only PDFs, read only by OCR; the same contradictions as f01, f04, f08,
# f09 (received, commercial, granted, normative, not held, suits), every one `safe`, and
# their true claims `safe` (ideal consistent): an OCR'd cell is never certain
def scan_claims(r: Doc, template: str) -> tuple[dict[int, list[str]], list[dict]]:
    new, gr, nh = n(r, "t3.new.total"), n(r, "t3.granted.total"), n(r, "t3.unavailable.not_held.total")
    com, rv, su = n(r, "t3.new.commercial"), n(r, "t4.review.total"), suits(r)
    prose = {
        2: [f"本年度共收到政府信息公开申请{new + 3}件，其中商业企业申请{com + 2}件。"
            f"予以公开{gr}件，本机关不掌握相关政府信息{nh + 2}件。"],
        3: [f"本年度被申请行政复议{rv}件，被提起行政诉讼{su + 2}件。"],
    }
    claims = [
        C(f"本年度共收到政府信息公开申请{new + 3}件", str(new + 3), "requests.received", "safe", f"received {new + 3} vs t3.new.total {new}: a contradiction, but the cell is OCR'd"),
        C(f"其中商业企业申请{com + 2}件", str(com + 2), "requests.received", "safe", f"commercial {com + 2} vs {com}, OCR'd"),
        C(f"予以公开{gr}件", str(gr), "requests.closed", "safe", "true; OCR'd", ideal="consistent"),
        C(f"本机关不掌握相关政府信息{nh + 2}件", str(nh + 2), "requests.closed", "safe", f"not held {nh + 2} vs {nh}, OCR'd"),
        C(f"被申请行政复议{rv}件", str(rv), "appeals.review", "safe", "true; OCR'd", ideal="consistent"),
        C(f"被提起行政诉讼{su + 2}件", str(su + 2), "appeals.suit", "safe", f"suits {su + 2} vs {su}, OCR'd"),
    ]
    if template == "2019":
        made = n(r, "t2.normative.made")
        prose[1] = [f"本年新制作规范性文件{made + 3}件。"]
        claims.append(C(f"本年新制作规范性文件{made + 3}件", str(made + 3), "proactive.normative", "safe", f"made {made + 3} vs {made}, OCR'd"))
    else:
        iss = n(r, "t2.normative.issued")
        prose[1] = [f"本年制发行政规范性文件{iss}件。"]
        claims.append(C(f"本年制发行政规范性文件{iss}件", str(iss), "proactive.normative", "safe", "true; OCR'd", ideal="consistent"))
    return prose, claims


for name, agency, year, template, seed, dpi, bw, angles, cells in (
    ("f10_scan_2021.pdf", "杭州市上城区城市管理局", 2022, "2021", 1910, 200, True, [0.0], {"t3.granted.natural": 13, "t3.new.commercial": 0, "t3.unavailable.not_held.natural": 4, "t4.review.upheld": 2}),
    ("f11_scan_2019.pdf", "舟山市定海区自然资源和规划局", 2020, "2019", 1911, 150, True, [0.3, -0.2], {"t3.granted.natural": 9, "t3.unavailable.not_held.natural": 2, "t2.normative.made": 2, "t2.normative.published": 2, "t4.suit_direct.upheld": 1}),
    ("f12_scan_2021_skew.pdf", "嘉兴市秀洲区市场监督管理局", 2023, "2021", 1912, 150, False, [0.6, -0.5], {"t3.granted.natural": 16, "t3.unavailable.not_held.natural": 5, "t4.review.upheld": 1, "t4.review.corrected": 1}),
):
    r = report(agency, year, template, seed, cells)
    r.prose, claims = scan_claims(r, template)
    add(
        name, r,
        lambda rep, out, dpi=dpi, seed=seed, angles=angles, bw=bw: scan(rep, out, dpi=dpi, seed=seed, angles=angles, bw=bw),
        claims,
        f"image-only scan ({dpi} dpi, {'black and white' if bw else 'grey JPEG'}, angles {angles}), {template} template: the contradictions of f01/f04/f08/f09 against OCR'd cells",
    )


def main() -> None:
    only = sys.argv[1:]
    OUT.mkdir(exist_ok=True)
    rows = []
    for d in DOCS:
        text = prose_text(d["rep"])
        rows += [sets.claim_row(d["name"], text, c, whole_number=True) for c in d["claims"]]
        if not only or d["name"][:3] in only:
            d["build"](d["rep"], OUT / d["name"])
            print("built", d["name"], file=sys.stderr)
    by = sets.write_claims(SET, rows)
    manifest = "".join(f"{d['name']}\t{d['note']}\n" for d in DOCS)
    (SET / "MANIFEST.tsv").write_text(manifest, encoding="utf-8")
    print(len(DOCS), "documents,", len(rows), "claims", by)
    _ = html


if __name__ == "__main__":
    main()
