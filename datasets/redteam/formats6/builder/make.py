"""Build formats6's files and truth.jsonl (see ../README.md for what each file is).

The report model, the HTML/DOCX renderers and the Chromium/LibreOffice drivers are
formats4's, formats5's model edit (rebalance) and its formats4 handle (both imported from
their builders, not copied); what is new here is the forms the files take: PDF text
layers that lie (Kangxi radicals, no ToUnicode, outlines), encrypted and form-field
PDFs, DOCX revisions, controls, text boxes, fields and hidden runs, and HTML tables
split, nested side by side, drawn by CSS tables, footnoted, with hidden cells, in
charsets their pages misstate.
"""

from __future__ import annotations

import html
import importlib.util
import quopri
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from base64 import b64encode
from pathlib import Path

HERE = Path(__file__).resolve().parent
F4 = HERE.parents[1] / "formats4" / "builder"
F5 = HERE.parents[1] / "formats5" / "builder"
sys.path.insert(0, str(F4))
from sets import build  # noqa: E402

from docx.oxml.ns import qn  # noqa: E402
from lxml import etree  # noqa: E402
from model import T3_COLS, T4_COLS, T4_GROUPS, C, Report, grid_positions  # noqa: E402
from pypdf import PdfReader, PdfWriter  # noqa: E402
from pypdf.generic import (  # noqa: E402
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
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

_spec = importlib.util.spec_from_file_location("f5make", F5 / "make.py")
f5 = importlib.util.module_from_spec(_spec)
_argv, sys.argv = sys.argv, sys.argv[:1]  # formats4/5's builders read their argv at import
_spec.loader.exec_module(f5)
sys.argv = _argv
f4 = f5.f4

OUT = HERE.parent / "files"
TRUTH: list[dict] = []
ONLY = sys.argv[1:]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def tmpdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="formats6-"))


def t3_value_keys(rep: Report) -> list[list[str]]:
    """Table 三's value cell keys row by row, in the model's row order."""
    return [[f"t3.{rid}.{c}" for c in T3_COLS] for rid, _l, _lead in rep.t3_rows()]


# ---------------------------------------------------------------- PDF helpers


def _cmap_pairs(data: str) -> tuple[str, dict[str, str]]:
    """A ToUnicode CMap's codespace block and its code -> text map (bfrange expanded)."""
    space = re.search(r"\d+\s+begincodespacerange.*?endcodespacerange", data, re.S)
    out: dict[str, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[code.upper()] = bytes.fromhex(dst).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, rest in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block):
            n = len(lo)
            a, b = int(lo, 16), int(hi, 16)
            if rest.startswith("["):
                dsts = re.findall(r"<([0-9A-Fa-f]+)>", rest)
                for i, d in enumerate(dsts):
                    out[f"{a + i:0{n}X}"] = bytes.fromhex(d).decode("utf-16-be")
            else:
                base = int(rest[1:-1], 16)
                width = len(rest) - 2
                for i in range(b - a + 1):
                    out[f"{a + i:0{n}X}"] = bytes.fromhex(f"{base + i:0{width}X}").decode("utf-16-be")
    return (space.group(0) if space else "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange"), out


def _cmap_text(space: str, pairs: dict[str, str]) -> bytes:
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        space,
    ]
    items = sorted(pairs.items())
    for i in range(0, len(items), 100):
        chunk = items[i : i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        for code, text in chunk:
            lines.append(f"<{code}> <{text.encode('utf-16-be').hex().upper()}>")
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def _page_fonts(page) -> list:
    res = page.get("/Resources")
    if res is None:
        return []
    res = res.get_object()
    fonts = res.get("/Font")
    out = []
    if fonts is not None:
        for _name, ref in fonts.get_object().items():
            out.append(ref.get_object())
    xobjs = res.get("/XObject")
    if xobjs is not None:
        for _n, ref in xobjs.get_object().items():
            x = ref.get_object()
            if x.get("/Subtype") == "/Form":
                out += _page_fonts(x)
    return out


def kangxi_map() -> dict[str, str]:
    """Unified ideograph -> the Kangxi radical or CJK compatibility ideograph whose
    NFKC form it is (a Kangxi radical first): what some PDF makers write in ToUnicode."""
    inv: dict[str, str] = {}
    for cp in list(range(0x2F00, 0x2FD6)) + list(range(0xF900, 0xFADA)):
        n = unicodedata.normalize("NFKC", chr(cp))
        if len(n) == 1 and n not in inv:
            inv[n] = chr(cp)
    return inv


# ---------------------------------------------------------------- PDF files


def i01() -> None:
    rep = Report("大连市甘井子区工业和信息化局", 2021, "2021", 601)
    name = "i01_pdf_kangxi_radicals.pdf"
    d = tmpdir()
    chromium_pdf(page(article_body(rep)), d / "src.pdf")
    inv = kangxi_map()
    reader = PdfReader(str(d / "src.pdf"))
    writer = PdfWriter(clone_from=reader)
    done: set[int] = set()
    changed = 0
    for pg in writer.pages:
        for font in _page_fonts(pg):
            tu = font.get("/ToUnicode")
            if tu is None or id(tu.get_object()) in done:
                continue
            stream = tu.get_object()
            done.add(id(stream))
            space, pairs = _cmap_pairs(stream.get_data().decode("latin-1"))
            for code, text in pairs.items():
                if text in inv:
                    pairs[code] = inv[text]
                    changed += 1
            stream.set_data(_cmap_text(space, pairs))
    assert changed > 20, changed
    with open(OUT / name, "wb") as f:
        writer.write(f)
    TRUTH.append(
        rep.truth(
            name,
            f"Chromium PDF whose ToUnicode maps write Kangxi radicals and CJK compatibility ideographs for the ideographs that have them ({changed} codes: ⼀ for 一, ⼈ for 人, ⼯ for 工, ⾏ for 行, 不 U+F967 for 不 …): the labels, headings and agency extract as those code points",
        )
    )


def i02() -> None:
    rep = Report("沈阳市和平区住房和城乡建设局", 2021, "2021", 602)
    name = "i02_pdf_t3_font_without_tounicode.pdf"
    d = tmpdir()
    doc, t = _docx_with_tables(rep)
    for r in t["t3"]._tbl.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        if rpr is None:
            rpr = etree.SubElement(r, qn("w:rPr"))
            r.remove(rpr)
            r.insert(0, rpr)
        fonts = etree.SubElement(rpr, qn("w:rFonts"))
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            fonts.set(qn(a), "Noto Sans CJK SC")
    doc.save(str(d / "r.docx"))
    src = soffice(d / "r.docx", "pdf", d)
    shutil.copy(src, d / "src.pdf")
    reader = PdfReader(str(d / "src.pdf"))
    writer = PdfWriter(clone_from=reader)
    stripped = []
    for pg in writer.pages:
        for font in _page_fonts(pg):
            base = str(font.get("/BaseFont", ""))
            if "Sans" in base and "/ToUnicode" in font:
                del font[NameObject("/ToUnicode")]
                stripped.append(base)
    assert stripped, "no Sans font found"
    with open(OUT / name, "wb") as f:
        writer.write(f)
    TRUTH.append(
        rep.truth(
            name,
            "Writer PDF: table 三 set in another font (Noto Sans CJK) whose ToUnicode map was dropped (as some PDF makers and optimisers write them): that table's glyphs have no text mapping; its cells may come out unread, never wrong; tables 二/四 and the prose are intact",
            fonts_without_tounicode=sorted(set(stripped)),
        )
    )


def i03() -> None:
    rep = Report("鞍山市铁东区退役军人事务局", 2021, "2021", 603)
    name = "i03_pdf_outlined_text.pdf"
    d = tmpdir()
    chromium_pdf(page(article_body(rep)), d / "src.pdf")
    subprocess.run(
        ["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-dNoOutputFonts", f"-sOutputFile={OUT / name}", str(d / "src.pdf")],
        check=True,
    )
    TRUTH.append(
        rep.truth(
            name,
            "vector PDF whose text was converted to outlines (Ghostscript -dNoOutputFonts, as print shops and 'flatten' tools do): no text layer at all, every glyph a filled path; OCR or a clear error, cells unread rather than wrong",
            expect="read_or_error",
            may_unread=True,
            error_codes=["read."],
        )
    )


def i04() -> None:
    rep = Report("抚顺市新抚区司法局", 2020, "2019", 604)
    name = "i04_pdf_aes256_owner_password.pdf"
    d = tmpdir()
    docx_report(rep).save(str(d / "r.docx"))
    pdf = soffice(d / "r.docx", "pdf", d)
    from pypdf.constants import UserAccessPermissions as P

    writer = PdfWriter(clone_from=PdfReader(str(pdf)))
    writer.encrypt(user_password="", owner_password="Fs#2021-xxgk", permissions_flag=P.PRINT | P.PRINT_TO_REPRESENTATION, algorithm="AES-256")
    with open(OUT / name, "wb") as f:
        writer.write(f)
    TRUTH.append(
        rep.truth(
            name,
            "Writer PDF encrypted with AES-256 (revision 6): empty user password, an owner password, printing allowed, copying and editing not (how agencies 'protect' published reports); 2019 template",
        )
    )


def _fixed_t3_table(rep: Report, value) -> str:
    """Table 三 with fixed column widths (so two renders share one geometry), each value
    cell's text `value(key)`."""
    rows = rep.t3_header()
    for (rid, _l, lead), keys in zip(rep.t3_rows(), t3_value_keys(rep)):
        rows.append(lead + [C(value(k)) for k in keys])
    widths = [34, 60, 190] + [52] * 7
    cols = "".join(f'<col style="width:{w}px">' for w in widths)
    return html_table(rows, attrs='border="1" cellspacing="0" cellpadding="3" style="table-layout:fixed;width:646px"').replace(">", ">" + f"<colgroup>{cols}</colgroup>", 1)


def i05() -> None:
    """Table 三's numbers are the values of AcroForm text fields (a fillable form filled in
    and not flattened): the page content has the grid and labels only."""
    import pdfplumber

    rep = Report("本溪市平山区市场监督管理局", 2021, "2021", 605)
    name = "i05_pdf_form_fields.pdf"
    d = tmpdir()
    keys = [k for row in t3_value_keys(rep) for k in row]
    mark = {k: f"Q{i:03d}" for i, k in enumerate(keys)}

    def make(value) -> str:
        def table(n, rows):
            return _fixed_t3_table(rep, value) if n == "t3" else html_table(rows)

        return page(article_body(rep, table=table))

    chromium_pdf(make(lambda k: mark[k]), d / "marked.pdf")
    chromium_pdf(make(lambda k: ""), d / "blank.pdf")
    where: dict[str, tuple[int, float, float, float, float, float]] = {}
    back = {v: k for k, v in mark.items()}
    with pdfplumber.open(str(d / "marked.pdf")) as pdf:
        for pno, pg in enumerate(pdf.pages):
            for w in pg.extract_words():
                if w["text"] in back:
                    where[back[w["text"]]] = (pno, w["x0"], w["top"], w["x1"], w["bottom"], float(pg.height))
    assert len(where) == len(keys), (len(where), len(keys))
    writer = PdfWriter(clone_from=PdfReader(str(d / "blank.pdf")))
    helv = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    helv_ref = writer._add_object(helv)
    fields = ArrayObject()
    for k in keys:
        pno, x0, top, x1, bottom, h = where[k]
        pg = writer.pages[pno]
        val = rep.v(k)
        rect = [x0 - 4, h - bottom - 2, x0 + 40, h - top + 2]
        ap = writer._add_object(_appearance(val, rect[2] - rect[0], rect[3] - rect[1], helv_ref))
        widget = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject(k.replace(".", "_")),
                NameObject("/V"): TextStringObject(val),
                NameObject("/DA"): TextStringObject("/Helv 9 Tf 0 g"),
                NameObject("/F"): NumberObject(4),
                NameObject("/Ff"): NumberObject(1),
                NameObject("/Rect"): ArrayObject([FloatObject(x) for x in rect]),
                NameObject("/AP"): DictionaryObject({NameObject("/N"): ap}),
                NameObject("/P"): pg.indirect_reference,
            }
        )
        ref = writer._add_object(widget)
        if "/Annots" not in pg:
            pg[NameObject("/Annots")] = ArrayObject()
        pg["/Annots"].append(ref)
        fields.append(ref)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {
            NameObject("/Fields"): fields,
            NameObject("/DA"): TextStringObject("/Helv 9 Tf 0 g"),
            NameObject("/DR"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): helv_ref})}),
        }
    )
    with open(OUT / name, "wb") as f:
        writer.write(f)
    TRUTH.append(
        rep.truth(
            name,
            "Chromium PDF of the report with table 三's value cells empty in the page content; each number is the value (/V and its appearance stream) of a read-only AcroForm text field over its cell: a filled-in form never flattened. Cells unread rather than wrong",
        )
    )


def _appearance(val: str, w: float, h: float, font_ref) -> object:
    from pypdf.generic import StreamObject

    s = StreamObject()
    s[NameObject("/Type")] = NameObject("/XObject")
    s[NameObject("/Subtype")] = NameObject("/Form")
    s[NameObject("/BBox")] = ArrayObject([FloatObject(0), FloatObject(0), FloatObject(w), FloatObject(h)])
    s[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): font_ref})})
    s.set_data(f"/Tx BMC q BT /Helv 9 Tf 0 g 4 {h / 2 - 3:.2f} Td ({val}) Tj ET Q EMC".encode("ascii"))
    return s


def i06() -> None:
    rep = Report("丹东市振兴区文化旅游和广播电视局", 2021, "2021", 606)
    name = "i06_pdf_letter_spaced_numbers.pdf"
    d = tmpdir()
    num = re.compile(r"<td>(-?\+?[0-9][0-9.]*)</td>")

    def table(n, rows):
        return num.sub(r'<td class="n">\1</td>', html_table(rows))

    css = "td.n{letter-spacing:1.1em;text-align:center;padding-left:1.1em}"
    chromium_pdf(page(article_body(rep, table=table), css=css), d / "src.pdf")
    shutil.copy(d / "src.pdf", OUT / name)
    TRUTH.append(
        rep.truth(
            name,
            "Chromium PDF: every number in the tables letter-spaced (CSS letter-spacing 1.1em, as 分散 alignment of numbers looks): 37 is drawn '3   7', each digit its own glyph a word's gap apart",
        )
    )


# ---------------------------------------------------------------- DOCX helpers

NSDECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
)


def frag(xml: str) -> list:
    """Parse WordprocessingML fragments (the namespaces declared on a wrapper)."""
    root = etree.fromstring(f"<x {NSDECL}>{xml}</x>")
    return list(root)


def set_cell_xml(tc, runs_xml: str) -> None:
    """Replace a cell's paragraphs with one paragraph holding `runs_xml`."""
    for p in tc.findall(qn("w:p")):
        tc.remove(p)
    (p,) = frag(f"<w:p>{runs_xml}</w:p>")
    tc.append(p)


def run(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{html.escape(text)}</w:t></w:r>'


def value_tcs(table, first_row: int, ncols: int) -> list[list]:
    """The last `ncols` real cells (w:tc) of each row from `first_row` on."""
    return [tr.findall(qn("w:tc"))[-ncols:] for tr in table._tbl.findall(qn("w:tr"))[first_row:]]


REV = 'w:author="办公室" w:date="2022-01-18T09:30:00Z"'


# ---------------------------------------------------------------- DOCX files


def _docx_with_tables(rep: Report, grids: dict[str, Grid] | None = None):
    """The report as a python-docx Document and its three tables by name."""
    made: dict = {}
    grids = grids or {}

    def table(doc, n, rows):
        t = docx_table(doc, grids.get(n, rows))
        add_borders(t)
        made[n] = t

    doc = docx_report(rep, table=table)
    return doc, made


def i07() -> None:
    rep = Report("营口市站前区财政局", 2021, "2021", 607)
    name = "i07_docx_tracked_rows_and_digits.docx"
    doc, t = _docx_with_tables(rep)
    ids = iter(range(100, 100000))
    # table 三: numbers revised digit by digit (a wrong digit deleted, the right one inserted)
    n_edit = 0
    for r, (keys, tcs) in enumerate(zip(t3_value_keys(rep), value_tcs(t["t3"], 3, 7))):
        for j, (k, tc) in enumerate(zip(keys, tcs)):
            v = rep.v(k)
            if (r + j) % 3:
                continue
            old = str((int(v[-1]) + 3) % 10)
            xml = (run(v[:-1]) if len(v) > 1 else "") + (
                f'<w:del w:id="{next(ids)}" {REV}><w:r><w:delText>{old}</w:delText></w:r></w:del>'
                f'<w:ins w:id="{next(ids)}" {REV}>{run(v[-1])}</w:ins>'
            )
            set_cell_xml(tc, xml)
            n_edit += 1
    # a whole row deleted with tracked changes after （二）部分公开: label and numbers in w:delText
    trs = t["t3"]._tbl.findall(qn("w:tr"))
    partial = trs[3 + 3]
    import copy

    ghost = copy.deepcopy(partial)
    trpr = ghost.find(qn("w:trPr"))
    if trpr is None:
        trpr = etree.SubElement(ghost, qn("w:trPr"))
        ghost.remove(trpr)
        ghost.insert(0 if ghost.find(qn("w:tblPrEx")) is None else 1, trpr)
    trpr.append(frag(f'<w:del w:id="{next(ids)}" {REV}/>')[0])
    for i, tc in enumerate(ghost.findall(qn("w:tc"))):
        text = "".join(x.text or "" for x in tc.iter(qn("w:t")))
        if i > 0 and not text.startswith("（"):
            text = str(int(text) + 2) if text.isdigit() else text
        set_cell_xml(tc, f'<w:del w:id="{next(ids)}" {REV}><w:r><w:delText>{html.escape(text)}</w:delText></w:r></w:del>')
    partial.addnext(ghost)
    # table 四: the old value row deleted, the new one inserted (both tracked)
    t4_trs = t["t4"]._tbl.findall(qn("w:tr"))
    new_row = t4_trs[-1]
    old_row = copy.deepcopy(new_row)
    for tr, kind in ((old_row, "del"), (new_row, "ins")):
        trpr = tr.find(qn("w:trPr"))
        if trpr is None:
            trpr = frag("<w:trPr/>")[0]
            tr.insert(0, trpr)
        trpr.append(frag(f'<w:{kind} w:id="{next(ids)}" {REV}/>')[0])
    keys4 = [f"t4.{g}.{c}" for g in T4_GROUPS for c in T4_COLS]
    for k, tc in zip(keys4, old_row.findall(qn("w:tc"))):
        old = str(int(rep.cells[k]) + 1)
        set_cell_xml(tc, f'<w:del w:id="{next(ids)}" {REV}><w:r><w:delText>{old}</w:delText></w:r></w:del>')
    for k, tc in zip(keys4, new_row.findall(qn("w:tc"))):
        set_cell_xml(tc, f'<w:ins w:id="{next(ids)}" {REV}>{run(rep.v(k))}</w:ins>')
    new_row.addprevious(old_row)
    doc.save(str(OUT / name))
    TRUTH.append(
        rep.truth(
            name,
            f"DOCX with tracked changes left in: {n_edit} table 三 numbers revised digit by digit (the last digit a w:del of a wrong one and a w:ins of the right one), a whole table 三 row deleted under （二）部分公开 (w:trPr/w:del, its label and numbers in w:delText), table 四's old value row deleted and the new one inserted (w:trPr/w:del, w:trPr/w:ins)",
        )
    )


def i08() -> None:
    rep = Report("盘锦市兴隆台区自然资源局", 2021, "2021", 608)
    name = "i08_docx_controls_and_textbox_table.docx"
    for rid in ("denied.state_secret", "denied.security", "unavailable.unclear"):
        rep.cells[f"t3.{rid}.legal"] = 0
    f5.rebalance(rep)
    doc, t = _docx_with_tables(rep)
    ids = iter(range(7000, 90000))
    # table 二 inside a block-level content control
    tbl2 = t["t2"]._tbl
    (sdt,) = frag(
        f'<w:sdt><w:sdtPr><w:alias w:val="主动公开情况"/><w:tag w:val="t2"/><w:id w:val="{next(ids)}"/></w:sdtPr><w:sdtContent/></w:sdt>'
    )
    tbl2.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(tbl2)
    # table 三: the 科研机构 cells each in a cell-level content control; three 法律服务机构
    # cells showing the control's placeholder text (nothing typed: blank)
    truth = dict(rep.cells)
    col_r, col_l = T3_COLS.index("research"), T3_COLS.index("legal")
    rows = list(zip(rep.t3_rows(), value_tcs(t["t3"], 3, 7)))
    for (rid, _l, _lead), tcs in rows:
        tc = tcs[col_r]
        (csdt,) = frag(
            f'<w:sdt><w:sdtPr><w:alias w:val="科研机构"/><w:tag w:val="research_{rid}"/><w:id w:val="{next(ids)}"/><w:text/></w:sdtPr><w:sdtContent/></w:sdt>'
        )
        tc.addprevious(csdt)
        csdt.find(qn("w:sdtContent")).append(tc)
        if rid in ("denied.state_secret", "denied.security", "unavailable.unclear"):
            set_cell_xml(
                tcs[col_l],
                f'<w:sdt><w:sdtPr><w:id w:val="{next(ids)}"/><w:showingPlcHdr/><w:text/></w:sdtPr>'
                '<w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
                "<w:t>单击或点击此处输入文字。</w:t></w:r></w:sdtContent></w:sdt>",
            )
            truth[f"t3.{rid}.legal"] = None
    # table 四 inside a text box (DrawingML with its VML fallback: the table twice in the XML)
    tbl4 = t["t4"]._tbl
    import copy

    body_p = frag("<w:p/>")[0]
    tbl4.addprevious(body_p)
    tbl4.getparent().remove(tbl4)
    tb1 = etree.tostring(tbl4).decode()
    tb2 = etree.tostring(copy.deepcopy(tbl4)).decode()
    tb1 = re.sub(r"<w:tbl [^>]*>", "<w:tbl>", tb1, count=1)
    tb2 = re.sub(r"<w:tbl [^>]*>", "<w:tbl>", tb2, count=1)
    box = (
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5600000" cy="1500000"/>'
        '<wp:docPr id="5" name="文本框 5"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5600000" cy="1500000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{tb1}<w:p/></w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape id="文本框 5" type="#_x0000_t202" style="width:441pt;height:118pt">'
        f"<v:textbox><w:txbxContent>{tb2}<w:p/></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    for x in frag(box):
        body_p.append(x)
    doc.save(str(OUT / name))
    t_ = rep.truth(
        name,
        "DOCX: table 二 inside a block-level content control (w:sdt); table 三's 科研机构 cells each inside a cell-level content control (w:sdt around the w:tc), three 法律服务机构 cells a control showing its placeholder text (nothing typed: blank); table 四 inside a text box (DrawingML wps:txbx and its VML fallback: the table twice in the XML, once on the page)",
    )
    t_["cells"] = truth
    TRUTH.append(t_)


def i09() -> None:
    rep = Report("锦州市古塔区教育局", 2021, "2021", 609)
    name = "i09_docx_split_runs_hidden_digits.docx"
    doc, t = _docx_with_tables(rep)
    looks = ['<w:b/>', '<w:color w:val="C00000"/>', '<w:sz w:val="24"/>', '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>', '<w:i/>']
    n_hidden = 0
    for r, (keys, tcs) in enumerate(zip(t3_value_keys(rep), value_tcs(t["t3"], 3, 7))):
        for j, (k, tc) in enumerate(zip(keys, tcs)):
            v = rep.v(k)
            parts = []
            for i, ch in enumerate(v):
                parts.append(run(ch, looks[(r + j + i) % len(looks)]))
                if i == 0 and len(v) > 1:
                    parts.append('<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="%d" w:name="_Hlk%d"/><w:bookmarkEnd w:id="%d"/>' % (r * 10 + j, r * 10 + j, r * 10 + j))
            xml = "".join(parts)
            if (r * 7 + j) % 3 == 0:
                # a hidden run (w:vanish: Word does not show it) holding an old figure
                hid = run(str((int(v[-1]) + 5) % 10) if (r + j) % 2 else "1" + v, "<w:vanish/>")
                xml = hid + xml if (r + j) % 2 else xml + hid
                n_hidden += 1
            if (r + j) % 5 == 0:
                xml = f'<w:hyperlink w:anchor="_Hlk{r}" w:history="1">{xml}</w:hyperlink>'
            set_cell_xml(tc, xml)
    # table 二: numbers as two runs of different size, a hidden '0' between
    for tr in t["t2"]._tbl.findall(qn("w:tr")):
        for tc in tr.findall(qn("w:tc"))[1:]:
            text = "".join(x.text or "" for x in tc.iter(qn("w:t")))
            if re.fullmatch(r"[0-9]+(\.[0-9]+)?", text) and len(text) > 1:
                set_cell_xml(tc, run(text[0], '<w:sz w:val="21"/>') + run("0", "<w:vanish/>") + run(text[1:], '<w:sz w:val="22"/>'))
                n_hidden += 1
    doc.save(str(OUT / name))
    TRUTH.append(
        rep.truth(
            name,
            f"DOCX: every table 三 number split into one run per digit, each with other formatting (bold, colour, size, font, italic), proofErr and bookmarks between, some in a w:hyperlink; {n_hidden} cells also hold a hidden run (w:vanish) with a stale digit or figure before or after the shown number (tables 二 and 三): only the shown digits are the value",
        )
    )


def i10() -> None:
    rep = Report("朝阳市双塔区卫生健康局", 2021, "2021", 610)
    name = "i10_docx_formula_fields.docx"
    doc, t = _docx_with_tables(rep)
    rows = list(zip(rep.t3_rows(), t3_value_keys(rep), value_tcs(t["t3"], 3, 7)))
    for r, ((rid, _l, _lead), keys, tcs) in enumerate(rows):
        tc = tcs[-1]
        if r % 2:
            set_cell_xml(tc, f'<w:fldSimple w:instr=" =SUM(LEFT) \\# &quot;#,##0&quot; ">{run(rep.v(keys[-1]))}</w:fldSimple>')
            continue
        set_cell_xml(
            tc,
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> =SUM(LEFT) </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"{run(rep.v(keys[-1]))}"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        )
    t4_tcs = t["t4"]._tbl.findall(qn("w:tr"))[-1].findall(qn("w:tc"))
    for gi, g in enumerate(T4_GROUPS):
        tc = t4_tcs[gi * 5 + 4]
        a, b = chr(ord("A") + gi * 5), chr(ord("A") + gi * 5 + 3)
        set_cell_xml(
            tc,
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> =SUM({a}4:{b}4) </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"{run(rep.v(f't4.{g}.total'))}"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        )
    doc.save(str(OUT / name))
    TRUTH.append(
        rep.truth(
            name,
            "DOCX whose sums are Word formula fields: table 三's 总计 column alternately complex fields (fldChar begin, instrText ' =SUM(LEFT) ', separate, the cached result, end) and w:fldSimple ' =SUM(LEFT) \\# \"#,##0\" '; table 四's three 总计 cells complex fields ' =SUM(A4:D4) ', ' =SUM(F4:I4) ', ' =SUM(K4:N4) ' (digits in the instruction): the value is the cached result, never the instruction's digits",
        )
    )


def i11() -> None:
    rep = Report("葫芦岛市龙港区审计局", 2020, "2019", 611)
    name = "i11_doc_repeated_labels.doc"
    rows = rep.t3_header()
    for (rid, labels, lead), keys in zip(rep.t3_rows(), t3_value_keys(rep)):
        if rid in ("new", "carried_in", "carried_out"):
            lab = lead
        elif len(labels) == 1:
            lab = [C("三、本年度办理结果"), C(labels[0], cs=2)]
        else:
            lab = [C("三、本年度办理结果"), C(labels[0]), C(labels[1])]
        rows.append(lab + [C(rep.v(k)) for k in keys])
    d = tmpdir()
    doc, _t = _docx_with_tables(rep, {"t3": rows})
    doc.save(str(d / "r.docx"))
    out = soffice(d / "r.docx", "doc", d)
    shutil.copy(out, OUT / name)
    TRUTH.append(
        rep.truth(
            name,
            "Word 97 .doc written by LibreOffice, 2019 template: table 三's label columns not merged: 三、本年度办理结果 written again in each of its 20 rows, （三）不予公开 / （四）无法提供 / （五）不予处理 in each row of their groups",
        )
    )


def i12() -> None:
    rep = Report("铁岭市银州区统计局", 2020, "2019", 612)
    name = "i12_libreoffice.rtf"
    d = tmpdir()
    docx_report(rep).save(str(d / "r.docx"))
    out = soffice(d / "r.docx", "rtf", d)
    shutil.copy(out, OUT / name)
    TRUTH.append(
        rep.truth(
            name,
            "RTF written by LibreOffice Writer (\\trowd tables, \\clvmgf/\\clvmrg merges, CJK as \\uN escapes), 2019 template: read it or give a clear read.* error",
            expect="read_or_error",
            error_codes=["read."],
        )
    )


# ---------------------------------------------------------------- HTML files


def _css_table(rows: Grid) -> str:
    """A table drawn with CSS display:table divs: one cell per grid column (CSS tables do
    not span), a merged cell's text in its top-left cell, the cells it covered empty."""
    cells, width = grid_positions(rows)
    grid: dict[tuple[int, int], str] = {}
    for r, c, text, rs, cs in cells:
        for dr in range(rs):
            for dc in range(cs):
                grid[(r + dr, c + dc)] = text if (dr, dc) == (0, 0) else ""
    out = ['<div class="t">']
    for r in range(len(rows)):
        out.append('<div class="tr">' + "".join(f'<div class="td">{html.escape(grid.get((r, c), ""))}</div>' for c in range(width)) + "</div>")
    out.append("</div>")
    return "\n".join(out)


def i13() -> None:
    rep = Report("温州市鹿城区民政局", 2021, "2021", 613)
    name = "i13_html_css_display_table.html"
    css = ".t{display:table;border-collapse:collapse} .tr{display:table-row} .td{display:table-cell;border:1px solid #999;padding:3px;font-size:9pt}"
    body = f4.CHROME_TOP + article_body(rep, table=lambda n, rows: _css_table(rows)) + f4.CHROME_BOTTOM.format(agency=rep.agency)
    (OUT / name).write_text(page(body, css=css, title=rep.title()), encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            "saved page whose tables are <div>s with CSS display:table / table-row / table-cell (no <table>): CSS tables cannot span, so a merged cell's text sits in its first grid cell and the cells it covered are empty divs",
        )
    )


def i14() -> None:
    rep = Report("嘉兴市南湖区住房和城乡建设局", 2021, "2021", 614)
    name = "i14_html_fixed_column_tables.html"

    def table(n, rows):
        if n != "t3":
            return html_table(rows)
        # a 'fixed first columns' table component: the label columns one table, the
        # numbers another, side by side, rows kept level by a fixed row height
        head = rep.t3_header()
        left = [[head[0][0]]] + [[] for _ in head[1:]]
        right = [[head[0][1]], head[1], head[2]]
        for (rid, _labels, lead), keys in zip(rep.t3_rows(), t3_value_keys(rep)):
            left.append(lead)
            right.append([C(rep.v(k)) for k in keys])
        left_rows = [r for r in left]
        lt = html_table(left_rows, attrs='class="fix" border="1" cellspacing="0"').replace("<tr></tr>", '<tr class="e"></tr>')
        rt = html_table(right, attrs='class="body" border="1" cellspacing="0"')
        return f'<div class="wrap"><div class="l">{lt}</div><div class="r">{rt}</div></div>'

    css = ".wrap{display:flex} .fix tr,.body tr{height:27px} .fix td,.body td{white-space:nowrap;font-size:9pt;padding:0 3px} .r{overflow-x:auto}"
    body = f4.CHROME_TOP + article_body(rep, table=table) + f4.CHROME_BOTTOM.format(agency=rep.agency)
    (OUT / name).write_text(page(body, css=css, title=rep.title()), encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            "saved page of a table component with fixed first columns: table 三's header corner and label columns are one <table>, the 申请人情况 header and the numbers a second <table> beside it (flex), rows level only by a fixed row height; tables 二/四 ordinary",
        )
    )


GB_CHROME = (
    '<div class="top">网站首页 | 政务公开 | 信息公开目录</div>'
    '<div class="crumb">当前位置：政府信息公开 &gt; 法定主动公开内容 &gt; 政府信息公开年度报告</div>'
)


def i15() -> None:
    rep = Report("湖州市吴兴区交通运输局", 2021, "2021", 615)
    name = "i15_html_gb18030_meta_latin1.html"
    body = GB_CHROME + article_body(rep) + "<p>联系人：王𠮷 电话：0572-2012345</p>"
    doc = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        f"<title>{html.escape(rep.title())}</title></head><body>{body}</body></html>"
    )
    (OUT / name).write_bytes(doc.encode("gb18030"))
    TRUTH.append(
        rep.truth(
            name,
            "old CMS page saved with its server's default: the meta http-equiv says charset=iso-8859-1 while the bytes are GB18030 (one 4-byte sequence: 𠮷 in the contact line)",
        )
    )


def i16() -> None:
    rep = Report("信阳市浉河区教育体育局", 2020, "2019", 616)
    name = "i16_mhtml_qp_gb2312.mht"
    bnd = "----=_NextPart_000_0000_01D6F3A1.7B2C4E50"
    url = "http://www.shihe.gov.cn/zwgk/ndbg/2021/0125/1234.html"
    html_doc = (
        f"<HTML><HEAD><TITLE>{html.escape(rep.title())}</TITLE></HEAD><BODY>"
        + GB_CHROME
        + article_body(rep)
        + "</BODY></HTML>"
    )
    qp = quopri.encodestring(html_doc.encode("gbk")).decode("ascii").replace("\n", "\r\n")
    subj = "=?gb2312?B?" + b64encode(rep.title().encode("gbk")).decode("ascii") + "?="
    mht = (
        "From: <由 Windows Internet Explorer 8 保存>\r\n".encode("gbk").decode("latin-1")
        + f"Subject: {subj}\r\n"
        "Date: Mon, 25 Jan 2021 10:03:17 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/related;\r\n"
        '\ttype="text/html";\r\n'
        f'\tboundary="{bnd}"\r\n'
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24158\r\n\r\n"
        "This is a multi-part message in MIME format.\r\n\r\n"
        f"--{bnd}\r\n"
        'Content-Type: text/html;\r\n\tcharset="gb2312"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {url}\r\n\r\n"
        + qp
        + f"\r\n\r\n--{bnd}\r\n"
        "Content-Type: image/gif\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Location: http://www.shihe.gov.cn/images/logo.gif\r\n\r\n"
        "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\r\n\r\n"
        f"--{bnd}--\r\n"
    )
    (OUT / name).write_bytes(mht.encode("latin-1"))
    TRUTH.append(
        rep.truth(
            name,
            "Internet Explorer .mht: the HTML part quoted-printable in charset=\"gb2312\" given only in the part's header (no meta in the HTML), the bytes GBK (浉 is outside GB2312), the Subject RFC 2047 gb2312 base64, a logo part after it; 2019 template",
        )
    )


def i17() -> None:
    rep = Report("绍兴市越城区商务局", 2021, "2021", 617)
    name = "i17_html_t3_rows_over_tables.html"

    def table(n, rows):
        if n != "t3":
            return html_table(rows)
        cells, _w = grid_positions(rows)
        by_row: dict[int, list[tuple[int, str, int, int]]] = {}
        for r, c, text, rs, cs in cells:
            by_row.setdefault(r, []).append((c, text, rs, cs))
        cols = "<colgroup>" + "".join(f'<col style="width:{w}px">' for w in [40, 90, 260] + [62] * 7) + "</colgroup>"
        cuts = [3, 10, 17, len(rows)]  # header; then body rows in chunks (a paginated editor)
        out = []
        start = 0
        spans: list[tuple[int, int, int, int]] = []  # (col, end_row, cs, rs) of merges still open
        for ci, end in enumerate(cuts):
            out.append('<table border="1" cellspacing="0" cellpadding="3" class="t3part">' + cols)
            out.append("<thead>" if ci == 0 else "<tbody>")
            for r in range(start, end):
                tds = []
                items = list(by_row.get(r, []))
                if r == start and ci > 0:
                    # merges cut by the previous part go on as empty cells over the rest of theirs
                    for col, end_row, cs, _rs in spans:
                        if end_row > r:
                            items.append((col, "", min(end_row, end) - r, cs))
                for c, text, rs, cs in sorted(items):
                    span_rs = min(rs, end - r)
                    if rs > 1:
                        spans.append((c, r + rs, cs, rs))
                    attr = (f' rowspan="{span_rs}"' if span_rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                    tds.append(f"<td{attr}>{html.escape(text)}</td>")
                out.append("<tr>" + "".join(tds) + "</tr>")
            out.append("</thead>" if ci == 0 else "</tbody>")
            out.append("</table>")
            start = end
        return "\n".join(out)

    body = f4.CHROME_TOP + article_body(rep, table=table) + f4.CHROME_BOTTOM.format(agency=rep.agency)
    css = "table.t3part{margin:0;table-layout:fixed;width:824px} table.t3part+table.t3part{border-top:0}"
    (OUT / name).write_text(page(body, css=css, title=rep.title()), encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            "saved page: table 三 written as four <table>s one under the other (header rows in the first's <thead>, the body rows in chunks of 7 in the next three's <tbody>, one <colgroup> of fixed widths in each); the merges cut by a split (三、本年度办理结果, （三）不予公开) go on as empty rowspan cells in the next table",
        )
    )


FW = str.maketrans("0123456789.", "０１２３４５６７８９．")


def i18() -> None:
    rep = Report("台州市椒江区农业农村局", 2021, "2021", 618)
    name = "i18_html_fullwidth_and_ling.html"
    zeros = ["〇", "零", "０", "0", "〇", "０"]
    nz = 0
    n0 = 0

    def fmt(key: str) -> str:
        nonlocal nz, n0
        v = rep.v(key)
        if v == "0":
            n0 += 1
            return zeros[n0 % len(zeros)]
        nz += 1
        if nz % 2:
            return v.translate(FW)
        return "\u3000" + v.translate(FW) if nz % 3 == 0 else v

    def table(n, rows):
        out = []
        for row in rows:
            new = []
            for text, rs, cs in row:
                new.append((text, rs, cs))
            out.append(new)
        return html_table(out)

    grids = {"t2": rep.t2(), "t3": rep.t3(), "t4": rep.t4()}
    # rewrite the value cells: walk the model's keys in grid order
    key_order = {
        "t3": [k for row in t3_value_keys(rep) for k in row],
        "t4": [f"t4.{g}.{c}" for g in T4_GROUPS for c in T4_COLS],
    }
    for n in ("t3", "t4"):
        keys = iter(key_order[n])
        grid = grids[n]
        start = 3 if n == "t3" else 3
        for row in grid[start:]:
            for i, (text, rs, cs) in enumerate(row):
                if re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", text) and rs == 1 and cs == 1:
                    row[i] = (fmt(next(keys)), rs, cs)
    t2 = grids["t2"]
    for row in t2:
        for i, (text, rs, cs) in enumerate(row):
            if re.fullmatch(r"[0-9]+(\.[0-9]+)?", text):
                row[i] = (text.translate(FW) if text != "0" else "〇", rs, cs)
    body = f4.CHROME_TOP + article_body(rep, table=lambda n, rows: html_table(grids[n])) + f4.CHROME_BOTTOM.format(agency=rep.agency)
    (OUT / name).write_text(page(body, title=rep.title()), encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            f"saved page: table numbers typed with the IME in full-width (１２, ４７０．２５), some after an ideographic space; {n0} zero cells of tables 三/四 written 〇, 零, ０ or 0 (each a written zero: 0); table 二's zeros 〇",
        )
    )


def i19() -> None:
    rep = Report("金华市婺城区司法局", 2021, "2021", 619)
    name = "i19_html_footnote_marks.html"
    marks = ["<sup>1</sup>", "<sup>①</sup>", "<sup>[2]</sup>", "<sup>注3</sup>", "<sup>*</sup>", '<sup><a href="#fn4">4</a></sup>']
    keys = [k for row in t3_value_keys(rep) for k in row]
    chosen = {k: marks[i % len(marks)] for i, k in enumerate(keys) if i % 9 == 4}

    def table(n, rows):
        if n != "t3":
            h = html_table(rows)
            if n == "t2":
                v = rep.v("t2.license.decisions")
                h = h.replace(f"<td colspan=\"3\">{v}</td>", f'<td colspan="3">{v}<sup>2</sup></td>', 1)
            return h
        grid = rep.t3_header()
        for (rid, _l, lead), ks in zip(rep.t3_rows(), t3_value_keys(rep)):
            grid.append(lead + [C(f"@@{k}@@") for k in ks])
        h = html_table(grid)
        for k in ks_all:
            h = h.replace(f"@@{k}@@", rep.v(k) + chosen.get(k, ""))
        notes = (
            '<p class="note">注：1. 含网上申请12件；① 含来信申请3件；[2] 含上年度遗留1件；注3 含当面申请2件；'
            '* 数据截至12月31日；<a id="fn4">4</a>. 含电子邮件申请5件。</p>'
        )
        return h + notes

    ks_all = keys
    body = f4.CHROME_TOP + article_body(rep, table=table) + f4.CHROME_BOTTOM.format(agency=rep.agency)
    (OUT / name).write_text(page(body, title=rep.title()), encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            f"saved page: {len(chosen)} table 三 numbers and table 二's 行政许可 carry a footnote mark in <sup> (1, ①, [2], 注3, *, a linked 4) with the notes under the table, themselves holding numbers (含网上申请12件): the value is the number without its mark",
        )
    )


def i20() -> None:
    rep = Report("衢州市柯城区人力资源和社会保障局", 2021, "2021", 620)
    name = "i20_html_hidden_cells.html"

    def table(n, rows):
        h = html_table(rows)
        out = []
        for line in h.split("\n"):
            if n == "t3" and line.startswith("<tr>") and "自然人" not in line and "商业企业" not in line and "勾稽" not in line:
                # a hidden 上年数 cell before the numbers (an editor's column switched off)
                tds = re.findall(r"<td[^>]*>.*?</td>", line)
                nums = [i for i, td in enumerate(tds) if re.fullmatch(r"<td>[0-9]+</td>", td)]
                if nums:
                    first = nums[0]
                    old = str(int(re.sub(r"\D", "", tds[first])) + 7)
                    tds.insert(first, f'<td style="display:none">{old}</td>')
                line = "<tr>" + "".join(tds) + "</tr>"
            elif n == "t2" and line.startswith("<tr>") and re.search(r"<td[^>]*>[0-9.]+</td>", line):
                line = line.replace("</tr>", "<td hidden>999</td></tr>")
            elif n == "t4" and line.startswith("<tr>") and re.search(r"<td>[0-9]+</td>", line):
                tds = re.findall(r"<td[^>]*>.*?</td>", line)
                tds.insert(5, '<td class="hide">12</td>')
                tds.insert(11, '<td class="hide">3</td>')
                line = "<tr>" + "".join(tds) + "</tr>"
            out.append(line)
        return "\n".join(out)

    css = ".hide{display:none}"
    body = f4.CHROME_TOP + article_body(rep, table=table) + f4.CHROME_BOTTOM.format(agency=rep.agency)
    (OUT / name).write_text(page(body, css=css, title=rep.title()), encoding="utf-8")
    TRUTH.append(
        rep.truth(
            name,
            "saved page whose tables hold hidden cells: each table 三 row a style=\"display:none\" cell (an old 上年数 figure) before its numbers, table 二's value rows a trailing <td hidden>999</td>, table 四's values two class=\"hide\" cells (display:none in the page's stylesheet): nothing hidden is read and no column shifts",
        )
    )


def main() -> None:
    builders = [i01, i02, i03, i04, i05, i06, i07, i08, i09, i10, i11, i12, i13, i14, i15, i16, i17, i18, i19, i20]
    build(HERE, builders, TRUTH, ONLY)


if __name__ == "__main__":
    main()
