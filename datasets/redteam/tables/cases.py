# Case definitions for build.py (executed in its namespace: Doc, C, r_*, save…).
# One function per document; each states, in `notes`, what it tests.

FW = str.maketrans("0123456789.-+,", "０１２３４５６７８９．－＋，")
T2S_INV = {  # Simplified -> Traditional, enough for the labels and the prose
    '开': '開', '请': '請', '数': '數', '结': '結', '转': '轉', '办': '辦', '处': '處', '规': '規',
    '许': '許', '罚': '罰', '强': '強', '费': '費', '购': '購', '总': '總', '计': '計', '项': '項',
    '务': '務', '对': '對', '业': '業', '机': '機', '构': '構', '组': '組', '织': '織', '维': '維',
    '纠': '糾', '诉': '訴', '讼': '訟', '复': '復', '议': '議', '经': '經', '审': '審', '决': '決',
    '发': '發', '废': '廢', '现': '現', '单': '單', '万': '萬', '关': '關', '国': '國', '门': '門',
    '执': '執', '询': '詢', '没': '沒', '补': '補', '确': '確', '访': '訪', '举': '舉', '报': '報',
    '类': '類', '为': '為', '无': '無', '缴': '繳', '纳': '納', '况': '況', '网': '網', '统': '統',
    '问': '問', '题': '題', '进': '進', '护': '護', '权': '權', '属': '屬', '过': '過', '稳': '穩',
    '实': '實', '会': '會', '众': '眾', '县': '縣', '区': '區', '卫': '衛', '条': '條', '时': '時',
    '间': '間', '当': '當', '产': '產', '体': '體', '长': '長', '领': '領', '导': '導', '设': '設',
    '传': '傳', '训': '訓', '动': '動', '级': '級', '专': '專', '栏': '欄', '极': '極', '财': '財',
    '还': '還', '将': '將', '后': '後', '险': '險', '职': '職', '责': '責', '习': '習', '贯': '貫',
    '彻': '徹', '华': '華', '认': '認', '门': '門', '户': '戶', '站': '站', '读': '讀', '篇': '篇',
    '场': '場', '范': '範', '场': '場', '压': '壓', '单': '單', '层': '層', '态': '態', '报': '報',
    '这': '這', '与': '與', '们': '們', '质': '質', '营': '營', '样': '樣', '义': '義', '从': '從',
}


def to_trad(s):
    return "".join(T2S_INV.get(ch, ch) for ch in s)


# ---------------------------------------------------------------- t01
@case
def t01():
    d = Doc("2021", 2021, gen_values("2021", 101))
    d.vals["t2.fees.amount"] = 976.81
    t2 = r_pipe(d.t2_grid(), lead=True, trail=True, pad_spans=False)
    t3 = r_pipe(d.t3_grid(), lead=True, trail=True, pad_spans=False)
    t4 = r_pipe(d.t4_grid(), lead=True, trail=True, pad_spans=False)
    save("t01_pipe_outer_bars", "txt", text_report(d, "济南市历下区教育和体育局", t2, t3, t4), d,
         "Pipe rows with leading AND trailing '|' (markdown-like without separator rows); 2021 template; "
         "t4 as the official single row of 15 numbers; fees amount bare '976.81' (no unit: value in 万元, "
         "warning expected).")


# ---------------------------------------------------------------- t02
@case
def t02():
    d = Doc("2019", 2020, gen_values("2019", 102))
    kw = dict(bar="｜", trail=True, pad_spans=True)
    save("t02_fullwidth_bars", "txt",
         text_report(d, "泰州市海陵区人力资源和社会保障局", r_pipe(d.t2_grid(), **kw), r_pipe(d.t3_grid(), **kw),
                     r_pipe(d.t4_grid(), **kw)), d,
         "Pipe rows written with full-width bars '｜' (U+FF5C) instead of '|'; colspan padding '｜｜｜' at row "
         "ends; 2019 template.")


# ---------------------------------------------------------------- t03
@case
def t03():
    d = Doc("2021", 2022, gen_values("2021", 103))
    d.vals["t2.fees.amount"] = 172

    def pad(s):
        if s and (s[0].isdigit() or s[0] == "-"):
            return "\u00a0" * 7 + s + "\u00a0"
        return "\u3000\u3000" + s if s else "\u3000"
    g2 = d.t2_grid()
    for row in g2:
        if row[0].text == "第二十条第（六）项":
            row[0].text = "第二十条\u00a0\u00a0第（六）项"
    kw = dict(lead=True, trail=True, cellfix=pad)
    t4 = r_pipe(d.t4_grid(), **kw)
    save("t03_nbsp_u3000_padding", "txt",
         text_report(d, "石家庄市桥西区卫生健康局", r_pipe(g2, **kw), r_pipe(d.t3_grid(), **kw), t4), d,
         "Pipe cells padded with NBSP (U+00A0) around numbers and U+3000 ideographic spaces before labels and in "
         "empty cells, as copied from a site that centres cells with &nbsp; (cf. r005); '第二十条  第（六）项' "
         "with NBSPs inside the section label.")


# ---------------------------------------------------------------- t04
@case
def t04():
    d = Doc("2019", 2020, gen_values("2019", 104))
    g2 = d.t2_grid()
    for row in g2:
        if row[0].text == "其他对外管理服务事项":
            row[0:1] = [C("其他对外管理"), C("服务事项")]
    g3 = d.t3_grid()
    for row in g3:
        for i, c in enumerate(row):
            if c.text == "一、本年新收政府信息公开申请数量":
                row[i:i + 1] = [C("一、本年新收政府信息"), C("公开申请数量")]
                break
            if c.text.startswith("（二）部分公开"):
                row[i:i + 1] = [C("（二）部分公开（区分处理的，只计这一情形，"), C("不计其他情形）")]
                break
            if c.text == "2.其他法律行政法规禁止公开":
                row[i:i + 1] = [C("2.其他法律行政法规"), C("禁止公开")]
                break
            if c.text == "四、结转下年度继续办理":
                row[i:i + 1] = [C("四、结转下年度"), C("继续办理")]
                break
    save("t04_label_split_two_cells", "txt",
         text_report(d, "杭州市西湖区市场监督管理局", r_pipe(g2), r_pipe(g3), r_pipe(d.t4_grid())), d,
         "Pipe rows where a row label is split over two cells (Word cell wrap exported as two cells): "
         "'其他对外管理 | 服务事项 | …', '一、本年新收政府信息 | 公开申请数量 | …', '（二）部分公开（…， | 不计其他情形） | …', "
         "'2.其他法律行政法规 | 禁止公开 | …', '四、结转下年度 | 继续办理 | …'. Values are still the last 3/7 cells.")


# ---------------------------------------------------------------- t05
@case
def t05():
    d = Doc("2019", 2020, gen_values("2019", 105))
    g2 = d.t2_grid()
    for row in g2:
        for c in row:
            if c.text in ("本年新制作数量", "本年新公开数量"):
                c.text = "本年新"
    save("t05_cpl_trailing_bar_lost_headers", "txt",
         text_report(d, "辽宁省卫生健康委员会", r_lines(g2, trail_bar=True, lone_bar=True),
                     r_lines(d.t3_grid(), trail_bar=True, lone_bar=True),
                     r_lines(d.t4_grid(), trail_bar=True, lone_bar=True)), d,
         "Cell-per-line: every cell on its own line ending ' |', a lone '|' line before every row (cf. r030); "
         "header cells '本年新 |' twice (制作数量/公开数量 lost in scraping, cf. r006); 2019 template.")


# ---------------------------------------------------------------- t06
@case
def t06():
    d = Doc("2019", 2019, gen_values("2019", 106))
    # legal column left blank throughout t3; the whole 复议后起诉 group blank in t4
    for r, _, _ in t3_rows("2019"):
        d.show(f"t3.{r}.legal", "", None)
    for c in T4_COLS:
        d.show(f"t4.suit_after_review.{c}", "", None)
    d.show("t2.coercion.decisions", "", None)
    save("t06_cpl_blank_lines_are_empty_cells", "txt",
         text_report(d, "平利县正阳镇人民政府", r_lines(d.t2_grid()), r_lines(d.t3_grid()), r_lines(d.t4_grid())), d,
         "Cell-per-line, no separators: each cell is one line and an EMPTY cell is an empty line. Empty cells: "
         "the 法律服务机构 column of t3 on every row, the whole 复议后起诉 group of t4, 行政强制 处理决定数量, plus "
         "the official blank third cells of 行政事业性收费/政府集中采购. A parser that drops blank lines shifts "
         "every later value one column left.")


# ---------------------------------------------------------------- t07
@case
def t07():
    d = Doc("2019", 2020, gen_values("2019", 107))
    wrap = {"本年新制作数量": "本年新\n制作数量", "本年新公开数量": "本年新\n公开数量", "对外公开总数量": "对外公开\n总数量",
            "上一年项目数量": "上一年\n项目数量", "处理决定数量": "处理决定\n数量", "商业企业": "商业\n企业",
            "科研机构": "科研\n机构", "社会公益组织": "社会公益\n组织", "法律服务机构": "法律服务\n机构",
            "结果维持": "结果\n维持", "结果纠正": "结果\n纠正", "其他结果": "其他\n结果", "尚未审结": "尚未\n审结",
            "未经复议直接起诉": "未经复议\n直接起诉", "采购项目数量": "采购项目\n数量",
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "（二）部分公开（区分处理的，只计这一\n情形，不计其他情形）",
            "5.要求行政机关确认或重新出具已获取信息": "5.要求行政机关确认或重\n新出具已获取信息",
            NOTE: "（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）"}
    gs = [d.t2_grid(), d.t3_grid(), d.t4_grid()]
    for g in gs:
        for row in g:
            for c in row:
                c.text = wrap.get(c.text, c.text)
    save("t07_cpl_wrapped_headers", "txt", text_report(d, "衡山县行政审批服务局", *[r_lines(g) for g in gs]), d,
         "Cell-per-line where header words and long labels wrap onto two lines ('本年新' / '制作数量', '商业' / '企业', "
         "'结果' / '维持', '（二）部分公开（…只计这一' / '情形，不计其他情形）', '5.要求行政机关确认或重' / "
         "'新出具已获取信息'): a cell is not always one line.")


# ---------------------------------------------------------------- t08
@case
def t08():
    d = Doc("2021", 2023, gen_values("2021", 108))
    wrap = {"商业企业": "商业\n\n企业", "科研机构": "科研\n\n机构"}
    g3 = d.t3_grid()
    for row in g3:
        for c in row:
            c.text = wrap.get(c.text, c.text)
    title = "信丰县卫生健康委2023年政府信息公开工作\n\n年度报告"
    save("t08_cpl_blank_separated_split_headers", "txt",
         text_report(d, "信丰县卫生健康委", r_lines(d.t2_grid(), blank_sep=True), r_lines(g3, blank_sep=True),
                     r_lines(d.t4_grid(), blank_sep=True), title=title, sep="\n\n"), d,
         "Cell-per-line with a blank line between every cell (cf. r017/r039); header '商业'/'企业' and '科研'/'机构' "
         "split into two 'cells'; title split over two lines; 2021 template (year 2023).")


# ---------------------------------------------------------------- t09
@case
def t09():
    d = Doc("2021", 2021, gen_values("2021", 109))
    t2 = r_html(d.t2_grid(), th_rows=0)
    # t2 rebuilt with thead per section is unusual; use thead for t3/t4 headers
    t3 = r_html(d.t3_grid(), th_rows=3, thead=True)
    t4 = r_html(d.t4_grid(), th_rows=3, thead=True)
    save("t09_html_thead_th", "html", html_report(d, "广州市花都区人民政府办公室", t2, t3, t4), d,
         "HTML <table> with <thead>/<tbody> and <th> header cells (t3, t4), rowspan/colspan header geometry as in "
         "the official template; t2 plain <td> table with colspan section rows.")


# ---------------------------------------------------------------- t10
@case
def t10():
    d = Doc("2019", 2020, gen_values("2019", 110))

    def wrap(c):
        if c.field:
            return (f'<p style="text-align:center"><span style="font-size:14px;font-family:仿宋_GB2312">'
                    f'<font face="Times New Roman">&nbsp;{c.text}&nbsp;</font></span></p>')
        if not c.text:
            return "&nbsp;"
        return f'<p><span style="font-size:14px"><font face="仿宋">{c.text}</font></span></p>'
    save("t10_html_nested_tags_nbsp", "html",
         html_report(d, "凉州区市场监督管理局", r_html(d.t2_grid(), wrap), r_html(d.t3_grid(), wrap),
                     r_html(d.t4_grid(), wrap)), d,
         "HTML cells with nested <p><span><font> and &nbsp; padding around every number; empty cells are "
         "'&nbsp;'; 2019 template.")


# ---------------------------------------------------------------- t11
@case
def t11():
    d = Doc("2021", 2022, gen_values("2021", 111, busy=3))
    # t2 as four separate tables, one per 第二十条 item (very common on gov sites)
    g2 = d.t2_grid()
    parts, cur = [], []
    for row in g2:
        if row[0].text.startswith("第二十条") and cur:
            parts.append(cur)
            cur = []
        cur.append(row)
    parts.append(cur)
    t2 = "\n".join(r_html(p) for p in parts)
    save("t11_html_t2_split_tables", "html",
         html_report(d, "成都市武侯区人民政府办公室", t2, r_html(d.t3_grid()), r_html(d.t4_grid())), d,
         "HTML where table 二 is four separate <table>s (one per 第二十条 item) and t3/t4 use the official "
         "rowspan/colspan geometry (三、本年度办理结果 rowspan, （三）不予公开 rowspan=8, （六）其他处理 rowspan=3); "
         "busier agency (larger numbers); 2021 template, year 2022.")


# ---------------------------------------------------------------- t12
@case
def t12():
    d = Doc("2019", 2020, gen_values("2019", 112))
    d.vals["t2.procurement.amount"] = 3798.8854
    d.show("t2.procurement.amount", "3798.8854万元")

    def wrap(c):
        if c.field or (c.text and c.text[0].isdigit() and len(c.text) < 8):
            inner = (f"<span lang=EN-US style='font-size:10.5pt;font-family:\"Times New Roman\",serif'>{c.text}"
                     f"<o:p></o:p></span>")
        elif c.text:
            t = c.text
            if len(t) > 8:  # Word splits runs
                k = len(t) // 2
                inner = (f"<span style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:\"Times New Roman\"'>{t[:k]}</span>"
                         f"<span style='font-size:10.5pt;font-family:宋体'>{t[k:]}</span><span lang=EN-US><o:p></o:p></span>")
            else:
                inner = f"<span style='font-size:10.5pt;font-family:宋体'>{t}<span lang=EN-US><o:p></o:p></span></span>"
        else:
            inner = "<span lang=EN-US><o:p>&nbsp;</o:p></span>"
        return f"<p class=MsoNormal align=center style='text-align:center;mso-line-height-rule:exactly'>{inner}</p>"

    def word_table(rows):
        out = ["<div align=center>",
               "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=604 "
               "style='width:453.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
               "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
        for i, row in enumerate(rows):
            out.append(f" <tr style='mso-yfti-irow:{i};height:19.85pt'>")
            for c in row:
                a = f" colspan={c.cs}" if c.cs > 1 else ""
                a += f" rowspan={c.rs}" if c.rs > 1 else ""
                out.append(f"  <td width=57{a} valign=center style='width:42.55pt;border:solid windowtext 1.0pt;"
                           f"border-top:none;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;"
                           f"height:19.85pt'>\n  {wrap(c)}\n  </td>")
            out.append(" </tr>")
        out.append(" <![if !supportMisalignedColumns]>\n <tr height=0>" + "".join(
            "  <td width=57 style='border:none'></td>" for _ in range(max(sum(c.cs for c in r) for r in rows)))
            + " </tr>\n <![endif]>")
        out.append("</table>\n</div>\n<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
        return "\n".join(out)
    head = ("<meta name=ProgId content=Word.Document><meta name=Generator content=\"Microsoft Word 15\">"
            "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->"
            "<style><!-- p.MsoNormal {margin:0cm;font-size:10.5pt;} --></style>")
    save("t12_html_msword_export", "html",
         html_report(d, "泰州市人民政府办公室", word_table(d.t2_grid()), word_table(d.t3_grid()), word_table(d.t4_grid()),
                     head_extra=head, ptag="p class=MsoNormal"), d,
         "MS-Word 'Save as Web Page' HTML: <td width=57 style='…'><p class=MsoNormal><span lang=EN-US>6<o:p></o:p>"
         "</span></p></td>, labels split across several <span> runs, <o:p>&nbsp;</o:p> empty cells, conditional "
         "comments and the trailing <![if !supportMisalignedColumns]> row of empty width cells; procurement "
         "amount '3798.8854万元'.")


# ---------------------------------------------------------------- t13
@case
def t13():
    d = Doc("2021", 2021, gen_values("2021", 113))
    for r, _, _ in t3_rows("2021"):
        d.show(f"t3.{r}.total", "", None)
    save("t13_html_total_column_empty", "html",
         html_report(d, "南京市鼓楼区司法局", r_html(d.t2_grid()), r_html(d.t3_grid()), r_html(d.t4_grid())), d,
         "HTML t3 whose 总计 column cells are all empty <td></td> (agency did not fill the totals): every "
         "t3.*.total must be ABSENT, not computed and not 0; row_total and balance.total checks cannot be "
         "evaluated.")


# ---------------------------------------------------------------- t14
@case
def t14():
    d = Doc("2019", 2020, gen_values("2019", 114))
    d.fmt = lambda v: str(v).translate(FW)
    d.vals["t2.procurement.amount"] = 128.66
    g = [d.t2_grid(), d.t3_grid(), d.t4_grid()]
    for grid in g:
        for row in grid:
            for c in row:
                c.text = to_trad(c.text)
    agency = to_trad("泉州市鲤城区教育局")
    html = html_report(d, agency, *[r_html(x) for x in g])
    html = to_trad(html.replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">"))
    save("t14_html_traditional_fullwidth", "html", html, d,
         "HTML in Traditional script (報告, 數量, 規範性文件, 處理決定數量, 結轉, 總計, 行政復議, 訴訟…) with every "
         "number in FULL-WIDTH digits (６, １２８．６６); 2019 template.")


# ---------------------------------------------------------------- t15
@case
def t15():
    d = Doc("2021", 2021, gen_values("2021", 115, busy=4))
    d.vals["t2.normative.in_force"] = 1234
    d.show("t2.normative.in_force", "1,234")
    d.vals["t2.license.decisions"] = 12318
    d.show("t2.license.decisions", "12,318")
    d.vals["t2.penalty.decisions"] = 2041
    d.show("t2.penalty.decisions", "2,041")
    d.vals["t2.fees.amount"] = 0.0
    d.show("t2.fees.amount", "0.00")
    d.show("t2.rules.issued", "—", None)
    d.show("t2.rules.repealed", "—", None)
    d.show("t2.rules.in_force", "—", None)
    d.show("t2.coercion.decisions", "/", None)
    for c in T4_COLS:
        d.show(f"t4.suit_after_review.{c}", "/", None)
    save("t15_html_thousands_dash_slash", "html",
         html_report(d, "深圳市福田区城市管理和综合执法局", r_html(d.t2_grid()), r_html(d.t3_grid()), r_html(d.t4_grid())),
         d,
         "HTML with thousands separators ('1,234', '12,318', '2,041'), fees amount written '0.00' (a value: 0), "
         "规章 row written '—' in all three cells (absent), 行政强制 '/', and the whole 复议后起诉 group '/' (absent).")


# ---------------------------------------------------------------- t16
@case
def t16():
    d = Doc("2021", 2022, gen_values("2021", 116))
    save("t16_tsv_excel_copy", "txt",
         text_report(d, "苏州市吴中区住房和城乡建设局", r_tsv(d.t2_grid()), r_tsv(d.t3_grid()), r_tsv(d.t4_grid())), d,
         "Tab-separated rows as pasted from Excel: merged cells become the text in the first slot and empty "
         "fields after it (so '三、本年度办理结果' rows start with empty tab fields for the rowspan), 2021 template.")


# ---------------------------------------------------------------- t17
@case
def t17():
    d = Doc("2019", 2020, gen_values("2019", 117))
    save("t17_markdown_tables", "txt",
         text_report(d, "武汉市江岸区民政局", r_markdown(d.t2_grid()), r_markdown(d.t3_grid()),
                     r_markdown(d.t4_grid())), d,
         "Markdown pipe tables with a '|---|---|' separator row after the first row (as produced by "
         "pandoc/HTML-to-markdown); merged cells expanded to empty cells; 2019 template.")


# ---------------------------------------------------------------- PDF helpers
def pdf_rows(rows, wrap_label_at=None, numbers_next_line=(), page_breaks=(), wrap_numbers=(), footer="- {n} -"):
    out, n = [], 2
    for i, row in enumerate(rows):
        if i in page_breaks:
            out.append(footer.format(n=n))
            n += 1
        labels = [c.text for c in row if not c.field and c.text]
        nums = [c.text if c.text else "" for c in row if c.field]
        nums = [x for x in nums if x != ""]
        lab = " ".join(labels)
        numtxt = " ".join(nums)
        if i in wrap_numbers and len(nums) > 4:
            k = len(nums) // 2
            numtxt = " ".join(nums[:k]) + "\n" + " ".join(nums[k:])
        if wrap_label_at and len(lab) > wrap_label_at and nums:
            out.append(lab[:wrap_label_at] + " " + numtxt)
            out.append(lab[wrap_label_at:])
        elif i in numbers_next_line and lab:
            out.append(lab)
            out.append(numtxt)
        else:
            out.append((lab + " " + numtxt).strip())
    return "\n".join(out)


# ---------------------------------------------------------------- t18
@case
def t18():
    d = Doc("2019", 2020, gen_values("2019", 118))
    t2 = pdf_rows(d.t2_grid())
    t3 = pdf_rows(d.t3_grid(), wrap_label_at=18, page_breaks=(12,))
    t4 = pdf_rows(d.t4_grid())
    save("t18_pdf_text_label_numbers", "txt", text_report(d, "郑州市金水区财政局", t2, t3, t4), d,
         "Text extracted from a PDF: one line per row, label then space-separated numbers ('1.属于国家秘密 0 0 0 0 0 0 0' "
         "— the '1.' of the label is not a value); labels longer than 18 chars wrap AFTER the numbers onto the next "
         "line ('（二）部分公开（区分处理的，只计这一 3 0 0 0 0 0 3' / '情形，不计其他情形）'); page-number line "
         "'- 2 -' between two t3 rows; t4 header words on lines, then 15 numbers on one line.")


# ---------------------------------------------------------------- t19
@case
def t19():
    d = Doc("2021", 2021, gen_values("2021", 119))
    g3 = d.t3_grid()
    idx = {i for i, row in enumerate(g3) if any(c.text.startswith(("1.申请人", "2.申请人")) for c in row)}
    t3 = pdf_rows(g3, numbers_next_line=idx, page_breaks=(9, 22), wrap_numbers={3, 4, 25},
                  footer="第 {n} 页 共 5 页")
    t4 = pdf_rows(d.t4_grid(), wrap_numbers={3})
    save("t19_pdf_text_wrapped_rows", "txt",
         text_report(d, "长沙市岳麓区交通运输局", pdf_rows(d.t2_grid()), t3, t4), d,
         "PDF text, 2021 template: the long （六） sub-row labels stand on one line with the 7 numbers on the next "
         "line; some t3 rows have their numbers wrapped onto a second line ('0 0 0' / '0 0 0 0'); the t4 line of 15 "
         "numbers is wrapped after 7; page footers '第 2 页 共 5 页' interrupt t3.")


# ---------------------------------------------------------------- t20
@case
def t20():
    d = Doc("2019", 2022, gen_values("2019", 120))
    d.vals["t2.procurement.amount"] = 12000
    d.show("t2.procurement.amount", "1.2亿元")
    d.vals["t2.procurement.count"] = 37
    save("t20_2022_report_2019_tables", "txt",
         text_report(d, "西宁市城东区人民政府", r_pipe(d.t2_grid()), r_pipe(d.t3_grid()), r_pipe(d.t4_grid())), d,
         "A 2022 report still using the 2019 tables (本年新制作数量…, 上一年项目数量/本年增/减): template must be "
         "'2019' although the year is 2022; procurement amount '1.2亿元' = 12000 万元.")


# ---------------------------------------------------------------- t21
@case
def t21():
    d = Doc("2021", 2021, gen_values("2021", 121))
    # distinctive values in the three （六） sub-rows
    sub = {"other_handling.no_supplement": [2, 1, 0, 0, 0, 0], "other_handling.no_fee": [0, 1, 0, 0, 0, 0],
           "other_handling.other": [4, 0, 0, 0, 1, 0]}
    for r, six in sub.items():
        old = [d.vals[f"t3.{r}.{c}"] for c in T3_COLS[:6]]
        for k, c in enumerate(T3_COLS[:6]):
            delta = six[k] - old[k]
            for rr in (r, "results_total", "new"):
                d.vals[f"t3.{rr}.{c}"] += delta
        for rr in (r, "results_total", "new"):
            d.vals[f"t3.{rr}.total"] = sum(d.vals[f"t3.{rr}.{c}"] for c in T3_COLS[:6])
    d.vals["t2.fees.amount"] = 3798.8854
    d.show("t2.fees.amount", "3798.8854万元")
    g3 = d.t3_grid()
    for row in g3:
        for c in row:
            c.text = c.text.replace("（", "(").replace("）", ")")
    save("t21_2021_other_handling_subrows", "txt",
         text_report(d, "厦门市思明区退役军人事务局", r_pipe(d.t2_grid()), r_pipe(g3), r_pipe(d.t4_grid())), d,
         "2021 t3 where (六)其他处理 is split into 3 sub-rows with distinct non-zero values (2/1/0/0/0/0, 0/1/…, "
         "4/0/0/0/1/0); ASCII parentheses '(六)' '(七)总计'; fees amount '3798.8854万元'.")


# ---------------------------------------------------------------- t22
@case
def t22():
    d = Doc("2019", 2020, gen_values("2019", 122))
    d.vals.update({"t2.license.prev": 61, "t2.license.change": 1, "t2.other_services.prev": 12,
                   "t2.other_services.change": -3, "t2.penalty.prev": 9, "t2.penalty.change": -4,
                   "t2.coercion.prev": 3, "t2.coercion.change": 2, "t2.procurement.amount": 25.1})
    d.show("t2.license.change", "+1")
    d.show("t2.other_services.change", "-3")
    d.show("t2.penalty.change", "减4")
    d.show("t2.coercion.change", "增加2")
    d.show("t2.procurement.amount", "251000元")
    save("t22_signed_changes_yuan", "txt",
         text_report(d, "合肥市蜀山区农业农村局", r_pipe(d.t2_grid()), r_pipe(d.t3_grid()), r_pipe(d.t4_grid())), d,
         "2019 本年增/减 column with signed cells '+1', '-3', '减4' (=-4), '增加2' (=2); procurement amount "
         "'251000元' = 25.1 万元.")


# ---------------------------------------------------------------- t23
@case
def t23():
    d = Doc("2019", 2020, gen_values("2019", 123))
    # make the partial row non-trivial, then drop its 科研机构 cell (a zero)
    d.vals.update({"t3.partial.natural": 4, "t3.partial.commercial": 1, "t3.partial.research": 0,
                   "t3.partial.social": 0, "t3.partial.legal": 0, "t3.partial.other": 0})
    fix_t3(d, "2019")
    g3 = d.t3_grid()
    for row in g3:
        for c in list(row):
            if c.field == "t3.partial.research":
                row.remove(c)
    for c in T3_COLS:
        d.unknowable[f"t3.partial.{c}"] = d.vals[f"t3.partial.{c}"]
    save("t23_t3_row_missing_one_cell", "txt",
         text_report(d, "昆明市五华区教育体育局", r_pipe(d.t2_grid()), r_pipe(g3, pad_spans=False), r_pipe(d.t4_grid())), d,
         "Pipe t3 where the （二）部分公开 row has 6 numbers for 7 columns ('4 | 1 | 0 | 0 | 0 | 5', the 科研机构 cell "
         "lost). Which cell is missing cannot be known from the row itself, so all 7 t3.partial.* cells are "
         "'unknowable' (not in tables; emitting one is scored against the real value: 4,1,0,0,0,0,5). Column "
         "balance would let a parser infer it — if it does, it must say so in a warning.")


def fix_t3(d, tpl):
    """Recompute t3 totals/new after editing result rows (keeps checks holding)."""
    rows = [r for r, _, _ in RESULT_ROWS[tpl]]
    for c in T3_COLS[:6]:
        d.vals[f"t3.results_total.{c}"] = sum(d.vals[f"t3.{r}.{c}"] for r in rows)
        d.vals[f"t3.new.{c}"] = (d.vals[f"t3.results_total.{c}"] + d.vals[f"t3.carried_out.{c}"]
                                  - d.vals[f"t3.carried_in.{c}"])
    for r in ["new", "carried_in"] + rows + ["results_total", "carried_out"]:
        d.vals[f"t3.{r}.total"] = sum(d.vals[f"t3.{r}.{c}"] for c in T3_COLS[:6])


# ---------------------------------------------------------------- t24
@case
def t24():
    d = Doc("2021", 2021, gen_values("2021", 124))
    for c in T3_COLS[:6]:
        d.vals[f"t3.carried_out.{c}"] = 0
    d.vals["t3.carried_out.natural"] = 3
    fix_t3(d, "2021")
    for c in T3_COLS[:6]:
        d.vals[f"t3.carried_in.{c}"] = 0
    d.vals["t3.carried_in.natural"] = 0
    fix_t3(d, "2021")
    g3 = d.t3_grid()
    for row in g3:
        if row[0].text == "四、结转下年度继续办理":
            row[1:] = [d.cell("t3.carried_out.total")]
    for c in T3_COLS[:6]:
        d.absent.add(f"t3.carried_out.{c}")
    # Each absent column is still fixed by t3.balance (new + carried_in - results_total):
    # SCHEMA §2 lets a parser read it with method "derived", never from the lone 3.
    derivable = {f"t3.carried_out.{c}": d.vals[f"t3.carried_out.{c}"] for c in T3_COLS[:6]}
    save("t24_t3_row_only_total", "txt",
         text_report(d, "青岛市市南区人力资源和社会保障局", r_pipe(d.t2_grid()), r_pipe(g3, pad_spans=False),
                     r_pipe(d.t4_grid())), d,
         "Pipe t3 whose last row carries only its 总计 value: '四、结转下年度继续办理 | 3 |'. The single number is "
         "t3.carried_out.total; the six applicant columns are absent (a parser that puts 3 under 自然人 is WRONG). "
         "They are 'derivable': the balance identity fixes each one, so a cell emitted with method 'derived' and "
         "the value listed there is counted as derived, not WRONG.",
         extra={"derivable": derivable})


# ---------------------------------------------------------------- t25
@case
def t25():
    d = Doc("2021", 2021, gen_values("2021", 125))
    d.vals["t3.new.total"] += 1
    d.vals["t4.review.total"] += 2
    save("t25_wrong_totals", "txt",
         text_report(d, "福州市鼓楼区生态环境局", r_pipe(d.t2_grid()), r_pipe(d.t3_grid()), r_pipe(d.t4_grid())), d,
         "Rendered totals are wrong: t3 本年新收 总计 is one more than the sum of its row, and t4 行政复议 总计 is 2 "
         "more than 维持+纠正+其他+尚未审结. Truth keeps the values as written; the checks listed in "
         "failing_checks must come out holds=false (and nothing else).")


# ---------------------------------------------------------------- t26
@case
def t26():
    d = Doc("2019", 2020, gen_values("2019", 126))
    d.vals.update({"t4.review.upheld": 2, "t4.review.corrected": 1, "t4.review.other": 0, "t4.review.pending": 1,
                   "t4.review.total": 4, "t4.suit_direct.upheld": 1, "t4.suit_direct.corrected": 0,
                   "t4.suit_direct.other": 0, "t4.suit_direct.pending": 2, "t4.suit_direct.total": 3,
                   "t4.suit_after_review.upheld": 0, "t4.suit_after_review.corrected": 0,
                   "t4.suit_after_review.other": 1, "t4.suit_after_review.pending": 0,
                   "t4.suit_after_review.total": 1})
    save("t26_t4_three_rows", "txt",
         text_report(d, "沈阳市和平区自然资源局", r_pipe(d.t2_grid()), r_pipe(d.t3_grid()),
                     r_pipe(d.t4_grid(three_rows=True))), d,
         "Table 四 transposed into three rows, one per group ('行政复议 | 2 | 1 | 0 | 1 | 4', '行政诉讼（未经复议直接"
         "起诉） | …', '行政诉讼（复议后起诉） | …') under one header row 结果维持/结果纠正/其他结果/尚未审结/总计.")


# ---------------------------------------------------------------- t27
@case
def t27():
    d = Doc("2021", 2021, gen_values("2021", 127))
    drop = ["denied.prohibited", "denied.security", "denied.internal", "denied.enforcement", "denied.query",
            "not_processed.publication", "not_processed.mass", "other_handling.no_fee"]
    for r in drop:
        for c in T3_COLS:
            d.vals[f"t3.{r}.{c}"] = 0
    fix_t3(d, "2021")
    g3 = d.t3_grid()
    keep = []
    for row in g3:
        f = next((c.field for c in row if c.field), None)
        if f and any(f.startswith(f"t3.{r}.") for r in drop):
            # keep a group label that would be lost with the row
            grp = [c for c in row if not c.field and c.text.startswith("（")]
            if grp:
                keep.append(("carry", grp[0].text))
            continue
        keep.append(row)
    rows, carry = [], None
    for x in keep:
        if isinstance(x, tuple):
            carry = x[1]
            continue
        if carry and x and not x[0].text.startswith("（"):
            x.insert(0, C(carry))
        carry = None
        rows.append(x)
    for r in drop:
        for c in T3_COLS:
            d.absent.add(f"t3.{r}.{c}")
    save("t27_t3_rows_omitted", "txt",
         text_report(d, "太原市小店区文化和旅游局", r_pipe(d.t2_grid()), r_pipe(rows, pad_spans=False),
                     r_pipe(d.t4_grid())), d,
         "Pipe t3 with sub-rows omitted entirely (the agency deleted rows it had nothing for): 不予公开 2,3,5,7,8, "
         "不予处理 3,4 and （六） sub-row 2 are missing; the remaining rows keep their numbering ('4.保护第三方合法权益' "
         "after '1.属于国家秘密'). Omitted rows must be absent (not 0, not shifted onto neighbours).")


# ---------------------------------------------------------------- t28
@case
def t28():
    d = Doc("2021", 2021, gen_values("2021", 128))
    save("t28_tables_lost", "txt", text_report(d, "佛山市顺德区人民政府办公室", "", "", ""), d,
         "Headings 二/三/四 with nothing under them (tables were images or lost in scraping, cf. seed 002): "
         "template null, tables {}; prose numbers must not be read as table cells.", template=None, tables={})


# ---------------------------------------------------------------- t29
@case
def t29():
    d = Doc("2019", 2020, gen_values("2019", 129))

    def pipe_matrix(rows):
        return "\n".join("| " + " | ".join(r) + " |" for r in expand(rows))
    save("t29_pipe_merged_cells_expanded", "txt",
         text_report(d, "重庆市九龙坡区二郎街道办事处", pipe_matrix(d.t2_grid()), pipe_matrix(d.t3_grid()),
                     pipe_matrix(d.t4_grid())), d,
         "Pipe rows produced by a converter that expands merged cells in place: '| 一、本年新收政府信息公开申请数量 |  "
         "|  | 61 | …', rowspan continuation rows start with empty cells '|  |  | 2.其他法律行政法规禁止公开 | 0 | …', "
         "section rows '| 第二十条第（一）项 |  |  |  |'. Empty cells sit BEFORE the numbers, not after.")


# ---------------------------------------------------------------- t30
@case
def t30():
    d = Doc("2019", 2020, gen_values("2019", 130))
    d.vals.update({"t2.license.prev": 61, "t2.license.change": 36, "t2.license.decisions": 97})
    g2 = d.t2_grid()
    for row in g2:
        if row[0].text == "行政许可":
            del row[2]
    for c in ("prev", "change", "decisions"):
        d.unknowable[f"t2.license.{c}"] = d.vals[f"t2.license.{c}"]
    save("t30_t2_row_missing_one_cell", "txt",
         text_report(d, "略阳县自然资源局", r_lines(g2, trail_bar=True), r_lines(d.t3_grid(), trail_bar=True),
                     r_lines(d.t4_grid(), trail_bar=True)), d,
         "Cell-per-line (' |' endings), 2019 t2 where the 行政许可 row lost one cell: '行政许可 |' '61 |' '97 |' "
         "(本年增/减 36 dropped). No arithmetic links prev/change/decisions, so none of the 3 cells is knowable "
         "(listed under unknowable: 61/36/97); the rows after it must NOT shift.")


# ---------------------------------------------------------------- t31
@case
def t31():
    d = Doc("2021", 2021, gen_values("2021", 131))
    d.vals["t4.review.upheld"] = 1
    d.vals["t4.review.total"] = sum(d.vals[f"t4.review.{c}"] for c in T4_COLS[:4])
    g4 = d.t4_grid()
    g4[-1].pop(7)  # drop 未经复议直接起诉·其他结果
    for g in T4_GROUPS:
        for c in T4_COLS:
            d.unknowable[f"t4.{g}.{c}"] = d.vals[f"t4.{g}.{c}"]
    save("t31_t4_fourteen_numbers", "txt",
         text_report(d, "贵阳市云岩区应急管理局", r_pipe(d.t2_grid()), r_pipe(d.t3_grid()), r_pipe(g4, pad_spans=False)),
         d,
         "Pipe t4 data row with 14 numbers for 15 columns (one cell of 未经复议直接起诉 lost). The three groups' "
         "totals make some placements inconsistent, but as written the row cannot be aligned with certainty: all "
         "15 cells are 'unknowable' (scored against the real values if emitted).")


# ---------------------------------------------------------------- t32
@case
def t32():
    d = Doc("2019", 2020, gen_values("2019", 132))
    # PDF text with a t2 where every section is flattened and the t3 header is the official 3-line header
    t2 = pdf_rows(d.t2_grid(), page_breaks=(5,), footer="— {n} —")
    t3 = pdf_rows(d.t3_grid(), numbers_next_line=set(range(3, 30)))
    t4 = pdf_rows(d.t4_grid())
    save("t32_pdf_numbers_on_own_line", "txt", text_report(d, "兰州市城关区审计局", t2, t3, t4), d,
         "PDF text where every t3 label is on its own line and its 7 numbers on the next line ('三、本年度办理结果 "
         "（一）予以公开' / '5 0 0 0 0 0 5'); page footer '— 3 —' inside t2.")


# ---------------------------------------------------------------- t33
@case
def t33():
    d = Doc("2021", 2021, gen_values("2021", 133))
    extra = ("全年主动公开信息情况统计如下：\n| 类别 | 数量 |\n| 规章 | 3 |\n| 行政规范性文件 | 27 |\n"
             "| 行政许可 | 1450 |\n| 行政处罚 | 86 |\n| 政府信息公开申请 | 25 |\n| 合计 | 1591 |")
    body = text_report(d, "宁波市鄞州区人民政府办公室", r_pipe(d.t2_grid()), r_pipe(d.t3_grid()), r_pipe(d.t4_grid()))
    body = body.replace("\n二、主动公开政府信息情况", "\n" + extra + "\n二、主动公开政府信息情况", 1)
    save("t33_decoy_table_in_overview", "txt", body, d,
         "A small pipe summary table inside 一、总体情况 with rows labelled 规章 3 / 行政规范性文件 27 / 行政许可 1450 / "
         "行政处罚 86 (jurisdiction-wide counts, NOT table 二); the real table 二 follows under 二. The decoy must "
         "not overwrite or be taken for t2 cells.")


# ---------------------------------------------------------------- t34
@case
def t34():
    d = Doc("2019", 2020, gen_values("2019", 134))
    g3 = d.t3_grid()
    import re as _re
    for row in g3:
        for i, c in enumerate(row):
            m = _re.match(r"^(\d\.)(.+)$", c.text)
            if m and not c.field:
                row[i:i + 1] = [C(m.group(1)), C(m.group(2))]
                break
    save("t34_cpl_numbering_split", "txt",
         text_report(d, "南宁市青秀区发展和改革局", r_lines(d.t2_grid()), r_lines(g3), r_lines(d.t4_grid())), d,
         "Cell-per-line where Word auto-numbering of t3 sub-rows is detached onto its own line: '1.' / "
         "'属于国家秘密' / 0 / 0 …; the '1.'…'8.' lines are label parts, never values.")


# ---------------------------------------------------------------- t35
@case
def t35():
    d = Doc("2019", 2020, gen_values("2019", 135))
    for r, _, _ in t3_rows("2019"):
        d.vals[f"t3.{r}.total"] -= d.vals[f"t3.{r}.other"]
        d.vals[f"t3.{r}.other"] = 0
        d.absent.add(f"t3.{r}.other")
    g3 = d.t3_grid()
    g3[0][1].cs = 6
    g3[1][1].cs = 4
    g3[2] = [C(h) for h in T3_HEAD[1:5]]
    for row in g3[3:]:
        row[:] = [c for c in row if not (c.field and c.field.endswith(".other"))]
    save("t35_t3_without_other_column", "txt",
         text_report(d, "海口市美兰区商务局", r_pipe(d.t2_grid()), r_pipe(g3), r_pipe(d.t4_grid())), d,
         "Locally modified t3 with NO '其他' applicant column (法人或其他组织 spans 商业企业/科研机构/社会公益组织/"
         "法律服务机构 only): 6 numbers per row. The header says which columns exist; t3.*.other must be absent and "
         "the 6th number is 总计 (putting it under 其他 is WRONG).")


# ---------------------------------------------------------------- t36
@case
def t36():
    d = Doc("2021", 2021, gen_values("2021", 136, busy=3))
    d.vals["t2.license.decisions"] = 1234
    d.show("t2.license.decisions", "1，234")
    d.vals["t2.penalty.decisions"] = 12
    d.show("t2.penalty.decisions", "12件")
    d.vals["t2.fees.amount"] = 1234.56
    d.show("t2.fees.amount", "1,234.56万元")
    d.vals["t2.normative.in_force"] = d.vals["t2.normative.issued"] + 35
    d.show("t2.normative.in_force", f"{d.vals['t2.normative.in_force']}件")
    save("t36_units_and_cjk_comma_in_cells", "txt",
         text_report(d, "东莞市市场监督管理局", r_pipe(d.t2_grid()), r_pipe(d.t3_grid()), r_pipe(d.t4_grid())), d,
         "t2 cells with a full-width comma thousands separator '1，234', counters inside the cell ('12件', and the 现行有效件数 cell written with '件') "
         "and '1,234.56万元'.")


# ---------------------------------------------------------------- t37
@case
def t37():
    d = Doc("2021", 2021, gen_values("2021", 137))
    g3 = [[C("项目")] + [C(h) for h in T3_HEAD]]
    for rid, grp, lab in t3_rows("2021"):
        full = lab if grp is None or not lab.startswith("1.") else f"{grp}{lab}"
        g3.append([C(full)] + [d.cell(f"t3.{rid}.{c}") for c in T3_COLS])
    save("t37_html_flat_t3_labels", "html",
         html_report(d, "昆山市人民政府办公室", r_html(d.t2_grid()), r_html(g3, th_rows=1), r_html(d.t4_grid())), d,
         "HTML t3 flattened to one label column and one header row (项目 | 自然人 | 商业企业 | … | 总计): no 申请人情况/"
         "法人或其他组织 rows, no 三、本年度办理结果 cell; group label glued to the first sub-row ('（三）不予公开1.属于国家秘密'); "
         "'2.其他法律…' rows stand alone.")


# ---------------------------------------------------------------- t38
@case
def t38():
    d = Doc("2021", 2022, gen_values("2021", 138))
    g3 = d.t3_grid()
    g3[0].append(C("备注", rs=3))
    for row in g3[3:]:
        row.append(C(""))
    for row in g3:
        if row and row[0].text.startswith("一、本年新收"):
            row[-1].text = "含网上申请12件"
    save("t38_t3_extra_remark_column", "txt",
         text_report(d, "大连市中山区教育局", r_pipe(d.t2_grid()), r_pipe(g3, pad_spans=False), r_pipe(d.t4_grid())), d,
         "t3 with an extra trailing 备注 column: mostly empty, but the 本年新收 row's remark is '含网上申请12件' (a "
         "number inside text). 12 must not become a cell and the 7 columns must not shift.")


# ---------------------------------------------------------------- t39
@case
def t39():
    d = Doc("2019", 2020, gen_values("2019", 139))
    d.vals.update({"t4.review.upheld": 3, "t4.review.corrected": 1, "t4.review.other": 0, "t4.review.pending": 2,
                   "t4.review.total": 6, "t4.suit_direct.upheld": 2, "t4.suit_direct.corrected": 0,
                   "t4.suit_direct.other": 1, "t4.suit_direct.pending": 1, "t4.suit_direct.total": 4})
    g4 = [[C("项目"), C("行政复议"), C("行政诉讼（未经复议直接起诉）"), C("行政诉讼（复议后起诉）")]]
    for c, h in zip(T4_COLS, T4_HEAD):
        g4.append([C(h)] + [d.cell(f"t4.{g}.{c}") for g in T4_GROUPS])
    save("t39_html_t4_transposed", "html",
         html_report(d, "贵州省黔东南州生态环境局", r_html(d.t2_grid()), r_html(d.t3_grid()), r_html(g4, th_rows=1)), d,
         "HTML t4 transposed: one row per result (结果维持/结果纠正/其他结果/尚未审结/总计) and one column per group "
         "(行政复议 | 未经复议直接起诉 | 复议后起诉).")


# ---------------------------------------------------------------- t40
@case
def t40():
    d = Doc("2019", 2020, gen_values("2019", 140))

    def w(s):  # display width: CJK = 2
        return sum(2 if ord(ch) > 0x2e80 else 1 for ch in s)

    def ljust(s, n):
        return s + " " * max(1, n - w(s))
    lines = []
    for sec, heads, body in T2_SECTIONS["2019"]:
        lines.append(sec)
        h1 = [h[:len(h) // 2 + 1] if h else "" for h in heads]
        h2 = [h[len(h) // 2 + 1:] if h else "" for h in heads]
        lines.append(ljust("", 26) + "".join(ljust(x, 14) for x in h1).rstrip())
        lines.append(ljust("信息内容", 26) + "".join(ljust(x, 14) for x in h2).rstrip())
        for rid, lab, cols in body:
            lines.append(ljust(lab, 26) + "".join(ljust(d.text(f"t2.{rid}.{c}"), 14) for c in cols if c).rstrip())
    t2 = "\n".join(lines)
    lines = ["                               申请人情况",
             "                               自然人        法人或其他组织                                 总计",
             "                                             商业   科研   社会公益  法律服务   其他",
             "                                             企业   机构   组织      机构"]
    for rid, grp, lab in t3_rows("2019"):
        vals = [d.text(f"t3.{rid}.{c}") for c in T3_COLS]
        lab2 = (grp + " " if grp and lab.startswith("1.") else "    ") + lab if grp else lab
        lab2 = lab2[:22]
        lines.append(ljust(lab2, 46 - 14) + ljust(vals[0], 14) + "".join(ljust(v, 7) for v in vals[1:6]) + "   " + vals[6])
    t3 = "\n".join(lines)
    t4 = ("            行政复议                              行政诉讼\n"
          "                                      未经复议直接起诉            复议后起诉\n"
          "结果 结果 其他 尚未 总计   结果 结果 其他 尚未 总计   结果 结果 其他 尚未 总计\n"
          "维持 纠正 结果 审结        维持 纠正 结果 审结        维持 纠正 结果 审结\n"
          + "   ".join("  ".join(f"{d.text(f't4.{g}.{c}'):>3}" for c in T4_COLS) for g in T4_GROUPS))
    save("t40_pdftotext_layout", "txt", text_report(d, "西安市雁塔区城市管理和综合执法局", t2, t3, t4), d,
         "pdftotext -layout output: columns aligned with runs of spaces, header words split over two lines "
         "('本年新' above '制作数量', '商业' above '企业'), long t3 labels truncated at the column edge; t4 header in "
         "4 lines and 15 numbers on one line.")
