"""Red-team table corpus: hand-designed layouts, written independently of
govinfo_nlp_dev/synthetic/generator.py (which was deliberately not read).

Each case below is a small complete report whose tables are laid out the way
real sites, Word/PDF/Excel copy-paste and HTML exports lay them out.  The
builder keeps the *truth* next to the rendering so the arithmetic stays
consistent; the quirks (split labels, dropped cells, units, signs, scripts…)
are applied case by case by hand.

    python datasets/redteam/tables/build.py      # rewrites t??_*.txt|html + .truth.json

Truth JSON: {"template", "year", "tables": {field: value as written},
"failing_checks": [...], "unknowable": {field: real value} (cells whose
position cannot be known from the document; not in "tables"), "notes"}.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent

T3_COLS = ["natural", "commercial", "research", "social", "legal", "other", "total"]
T3_HEAD = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
T4_GROUPS = ["review", "suit_direct", "suit_after_review"]
T4_COLS = ["upheld", "corrected", "other", "pending", "total"]
T4_HEAD = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

# (row id, group label or None, own label) in official order
T3_LAYOUT = {
    "2019": None,
    "2021": None,
}
_RES = [
    ("granted", None, "（一）予以公开"),
    ("partial", None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("denied.state_secret", "（三）不予公开", "1.属于国家秘密"),
    ("denied.prohibited", "（三）不予公开", "2.其他法律行政法规禁止公开"),
    ("denied.security", "（三）不予公开", "3.危及“三安全一稳定”"),
    ("denied.third_party", "（三）不予公开", "4.保护第三方合法权益"),
    ("denied.internal", "（三）不予公开", "5.属于三类内部事务信息"),
    ("denied.process", "（三）不予公开", "6.属于四类过程性信息"),
    ("denied.enforcement", "（三）不予公开", "7.属于行政执法案卷"),
    ("denied.query", "（三）不予公开", "8.属于行政查询事项"),
    ("unavailable.not_held", "（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("unavailable.needs_creation", "（四）无法提供", "2.没有现成信息需要另行制作"),
    ("unavailable.unclear", "（四）无法提供", "3.补正后申请内容仍不明确"),
    ("not_processed.complaint", "（五）不予处理", "1.信访举报投诉类申请"),
    ("not_processed.duplicate", "（五）不予处理", "2.重复申请"),
    ("not_processed.publication", "（五）不予处理", "3.要求提供公开出版物"),
    ("not_processed.mass", "（五）不予处理", "4.无正当理由大量反复申请"),
    ("not_processed.confirm", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
]
_OH19 = [("other_handling", None, "（六）其他处理")]
_OH21 = [
    ("other_handling.no_supplement", "（六）其他处理",
     "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other_handling.no_fee", "（六）其他处理",
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other_handling.other", "（六）其他处理", "3.其他"),
]
RESULT_ROWS = {"2019": _RES + _OH19, "2021": _RES + _OH21}

T2_SECTIONS = {
    "2019": [
        ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
         [("rules", "规章", ["made", "published", "total"]),
          ("normative", "规范性文件", ["made", "published", "total"])]),
        ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
         [("license", "行政许可", ["prev", "change", "decisions"]),
          ("other_services", "其他对外管理服务事项", ["prev", "change", "decisions"])]),
        ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
         [("penalty", "行政处罚", ["prev", "change", "decisions"]),
          ("coercion", "行政强制", ["prev", "change", "decisions"])]),
        ("第二十条第（八）项", ["上一年项目数量", "本年增/减", ""],
         [("fees", "行政事业性收费", ["prev", "change", None])]),
        ("第二十条第（九）项", ["采购项目数量", "采购总金额", ""],
         [("procurement", "政府集中采购", ["count", "amount", None])]),
    ],
    "2021": [
        ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
         [("rules", "规章", ["issued", "repealed", "in_force"]),
          ("normative", "行政规范性文件", ["issued", "repealed", "in_force"])]),
        ("第二十条第（五）项", ["本年处理决定数量"], [("license", "行政许可", ["decisions"])]),
        ("第二十条第（六）项", ["本年处理决定数量"],
         [("penalty", "行政处罚", ["decisions"]), ("coercion", "行政强制", ["decisions"])]),
        ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("fees", "行政事业性收费", ["amount"])]),
    ],
}


# ----------------------------------------------------------------- values
def gen_values(tpl: str, seed: int, busy: int = 1) -> dict[str, float]:
    """Consistent values: t3 row totals, results sum, balance; t4 totals."""
    rng = random.Random(seed)
    v: dict[str, float] = {}
    if tpl == "2019":
        for r in ("rules", "normative"):
            made = rng.choice([0, 0, 1, 2, 3, 6, 12]) if r == "rules" else rng.randint(0, 40) * busy
            v[f"t2.{r}.made"] = made
            v[f"t2.{r}.published"] = made
            v[f"t2.{r}.total"] = made + (rng.randint(0, 8) if r == "rules" else rng.randint(0, 300) * busy)
        for r in ("license", "other_services", "penalty", "coercion"):
            prev = rng.choice([0, 0, 3, 12, 45, 61, 128])
            v[f"t2.{r}.prev"] = prev
            v[f"t2.{r}.change"] = rng.choice([0, 0, 1, 2, -1, 3])
            v[f"t2.{r}.decisions"] = rng.choice([0, 0, 5, 17, 97, 236, 1450]) * busy
        v["t2.fees.prev"] = rng.choice([0, 2, 5])
        v["t2.fees.change"] = 0
        v["t2.procurement.count"] = rng.choice([0, 3, 6, 14])
        v["t2.procurement.amount"] = rng.choice([0, 35.2, 128.66, 976.81, 3798.8854])
    else:
        for r in ("rules", "normative"):
            iss = rng.choice([0, 0, 1, 2]) if r == "rules" else rng.randint(0, 20) * busy
            v[f"t2.{r}.issued"] = iss
            v[f"t2.{r}.repealed"] = rng.choice([0, 0, 1, 3])
            v[f"t2.{r}.in_force"] = iss + (rng.randint(0, 3) if r == "rules" else rng.randint(0, 60) * busy)
        for r in ("license", "penalty", "coercion"):
            v[f"t2.{r}.decisions"] = rng.choice([0, 0, 9, 47, 312, 2041]) * busy
        v["t2.fees.amount"] = rng.choice([0, 0, 172, 12.5, 976.81])
    rows = [r for r, _, _ in RESULT_ROWS[tpl]]
    res = {r: [0] * 6 for r in rows}
    weights = {"granted": 9, "partial": 3, "unavailable.not_held": 5, "not_processed.duplicate": 2,
               "not_processed.complaint": 2, "denied.third_party": 1, "denied.process": 1,
               "other_handling": 2, "other_handling.other": 2, "other_handling.no_supplement": 1,
               "unavailable.unclear": 1}
    for r in rows:
        w = weights.get(r, 0)
        if w:
            res[r][0] = rng.randint(0, w * 3) * busy
            res[r][1] = rng.randint(0, w) if rng.random() < 0.6 else 0
            res[r][4] = rng.randint(0, 1) if rng.random() < 0.3 else 0
            res[r][5] = rng.randint(0, 2) if rng.random() < 0.3 else 0
    tot = [sum(res[r][c] for r in rows) for c in range(6)]
    out_ = [rng.randint(0, 3) if c in (0, 1) else 0 for c in range(6)]
    cin = [min(rng.randint(0, 2), tot[c] + out_[c]) if c in (0, 1) else 0 for c in range(6)]
    new = [tot[c] + out_[c] - cin[c] for c in range(6)]
    def put(r, six):
        for c, x in zip(T3_COLS, six + [sum(six)]):
            v[f"t3.{r}.{c}"] = x
    put("new", new)
    put("carried_in", cin)
    for r in rows:
        put(r, res[r])
    put("results_total", tot)
    put("carried_out", out_)
    for g in T4_GROUPS:
        four = [rng.choice([0, 0, 1, 2, 3]) for _ in range(4)] if g != "suit_after_review" else [0, 0, rng.choice([0, 1]), 0]
        for c, x in zip(T4_COLS, four + [sum(four)]):
            v[f"t4.{g}.{c}"] = x
    return v


def t3_rows(tpl):
    return ([("new", None, "一、本年新收政府信息公开申请数量"), ("carried_in", None, "二、上年结转政府信息公开申请数量")]
            + RESULT_ROWS[tpl]
            + [("results_total", None, "（七）总计"), ("carried_out", None, "四、结转下年度继续办理")])


def failing_checks(tpl: str, t: dict) -> list[str]:
    fail = []
    def have(*fs):
        return all(f in t for f in fs)
    rows = [r for r, _, _ in RESULT_ROWS[tpl]]
    for c in T3_COLS:
        fs = [f"t3.new.{c}", f"t3.carried_in.{c}", f"t3.results_total.{c}", f"t3.carried_out.{c}"]
        if have(*fs) and t[fs[0]] + t[fs[1]] != t[fs[2]] + t[fs[3]]:
            fail.append(f"t3.balance.{c}")
    for r in ["new", "carried_in"] + rows + ["results_total", "carried_out"]:
        fs = [f"t3.{r}.{c}" for c in T3_COLS]
        if have(*fs) and sum(t[f] for f in fs[:6]) != t[fs[6]]:
            fail.append(f"t3.row_total.{r}")
    for c in T3_COLS:
        fs = [f"t3.{r}.{c}" for r in rows]
        if have(f"t3.results_total.{c}", *fs) and sum(t[f] for f in fs) != t[f"t3.results_total.{c}"]:
            fail.append(f"t3.results_sum.{c}")
    for g in T4_GROUPS:
        fs = [f"t4.{g}.{c}" for c in T4_COLS]
        if have(*fs) and sum(t[f] for f in fs[:4]) != t[fs[4]]:
            fail.append(f"t4.total.{g}")
    return fail


# ------------------------------------------------------------------- grid
class C:
    """One table cell: text, spans, and the field it shows (if a value)."""

    def __init__(self, text="", cs=1, rs=1, field=None):
        self.text, self.cs, self.rs, self.field = text, cs, rs, field

    def __repr__(self):
        return f"C({self.text!r},{self.cs},{self.rs})"


def fmt_default(v):
    if isinstance(v, float) and v.is_integer() and False:
        return str(int(v))
    return str(v)


class Doc:
    """Values + per-cell display overrides -> cells; truth bookkeeping."""

    def __init__(self, tpl, year, vals):
        self.tpl, self.year, self.vals = tpl, year, dict(vals)
        self.shown: dict[str, str] = {}     # field -> text as written
        self.absent: set[str] = set()       # fields written blank//—
        self.truth_override: dict[str, float] = {}
        self.unknowable: dict[str, float] = {}
        self.fmt = fmt_default

    def text(self, f):
        if f in self.shown:
            return self.shown[f]
        if f in self.absent:
            return ""
        return self.fmt(self.vals[f])

    def show(self, f, text, value="same"):
        """Write cell f as `text`; value None = absent, else the value it means."""
        self.shown[f] = text
        if value is None:
            self.absent.add(f)
        elif value != "same":
            self.truth_override[f] = value

    def truth_tables(self):
        t = {}
        for f, x in self.vals.items():
            if f in self.absent or f in self.unknowable:
                continue
            t[f] = self.truth_override.get(f, x)
        return t

    def cell(self, f, **kw):
        return C(self.text(f), field=f, **kw)

    # official geometries -------------------------------------------------
    def t2_grid(self, note_rows=True):
        rows = []
        for sec, heads, body in T2_SECTIONS[self.tpl]:
            rows.append([C(sec, cs=4)])
            if self.tpl == "2021" and len(heads) == 1:
                rows.append([C("信息内容"), C(heads[0], cs=3)])
            else:
                rows.append([C("信息内容")] + [C(h) for h in heads])
            for rid, lab, cols in body:
                if self.tpl == "2021" and len(cols) == 1:
                    rows.append([C(lab), self.cell(f"t2.{rid}.{cols[0]}", cs=3)])
                else:
                    rows.append([C(lab)] + [self.cell(f"t2.{rid}.{c}") if c else C("") for c in cols])
        return rows

    def t3_grid(self):
        rows = [
            [C(NOTE, cs=3, rs=3), C("申请人情况", cs=7)],
            [C("自然人", rs=2), C("法人或其他组织", cs=5), C("总计", rs=2)],
            [C(h) for h in T3_HEAD[1:6]],
        ]
        lay = t3_rows(self.tpl)
        nres = len(RESULT_ROWS[self.tpl]) + 1
        seen_groups = set()
        for rid, grp, lab in lay:
            vals = [self.cell(f"t3.{rid}.{c}") for c in T3_COLS]
            lead = []
            if rid == "granted":
                lead.append(C("三、本年度办理结果", rs=nres))
            if rid in ("new", "carried_in", "carried_out"):
                lead.append(C(lab, cs=3))
            elif grp is None:
                lead.append(C(lab, cs=2))
            else:
                if grp not in seen_groups:
                    seen_groups.add(grp)
                    n = sum(1 for _, g, _ in lay if g == grp)
                    lead.append(C(grp, rs=n))
                lead.append(C(lab))
            rows.append(lead + vals)
        return rows

    def t4_grid(self, three_rows=False):
        rows = [
            [C("行政复议", cs=5), C("行政诉讼", cs=10)],
            [C(h, rs=2) for h in T4_HEAD] + [C("未经复议直接起诉", cs=5), C("复议后起诉", cs=5)],
            [C(h) for h in T4_HEAD * 2],
        ]
        if three_rows:
            rows = [[C("")] + [C(h) for h in T4_HEAD]]
            for g, lab in zip(T4_GROUPS, ["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"]):
                rows.append([C(lab)] + [self.cell(f"t4.{g}.{c}") for c in T4_COLS])
            return rows
        rows.append([self.cell(f"t4.{g}.{c}") for g in T4_GROUPS for c in T4_COLS])
        return rows


def expand(rows):
    """Merged cells -> full matrix; text in the top-left slot, '' elsewhere."""
    mat: dict[tuple[int, int], str] = {}
    width = 0
    for i, row in enumerate(rows):
        j = 0
        for c in row:
            while (i, j) in mat:
                j += 1
            for di in range(c.rs):
                for dj in range(c.cs):
                    mat[(i + di, j + dj)] = c.text if (di, dj) == (0, 0) else ""
            j += c.cs
            width = max(width, j)
    return [[mat.get((i, j), "") for j in range(width)] for i in range(len(rows))]


# ------------------------------------------------------------- renderers
def r_pipe(rows, lead=False, trail=True, bar="|", sep=None, pad_spans=True, cellfix=lambda s: s):
    sep = sep if sep is not None else f" {bar} "
    out = []
    for row in rows:
        cells = [cellfix(c.text) for c in row]
        line = sep.join(cells)
        if lead:
            line = f"{bar} " + line
        if trail:
            line += f" {bar}"
        if pad_spans:
            extra = sum(c.cs - 1 for c in row)
            line += bar * extra
        out.append(line)
    return "\n".join(out)


def r_lines(rows, trail_bar=False, blank_sep=False, lone_bar=False):
    out = []
    for row in rows:
        if lone_bar:
            out.append("|")
        for c in row:
            out.append(c.text + (" |" if trail_bar else ""))
            if blank_sep:
                out.append("")
    return "\n".join(out)


def r_tsv(rows):
    return "\n".join("\t".join(r) for r in expand(rows))


def r_markdown(rows, header_rows=1):
    m = expand(rows)
    out = []
    for i, r in enumerate(m):
        out.append("| " + " | ".join(r) + " |")
        if i == header_rows - 1:
            out.append("|" + "|".join(["---"] * len(r)) + "|")
    return "\n".join(out)


def r_html(rows, cellwrap=lambda c: c.text, th_rows=0, thead=False, attrs=' border="1" cellspacing="0"'):
    out = [f"<table{attrs}>"]
    if thead:
        out.append("<thead>")
    for i, row in enumerate(rows):
        if thead and i == th_rows:
            out.append("</thead><tbody>")
        tag = "th" if i < th_rows else "td"
        cells = []
        for c in row:
            a = ""
            if c.cs > 1:
                a += f' colspan="{c.cs}"'
            if c.rs > 1:
                a += f' rowspan="{c.rs}"'
            cells.append(f"<{tag}{a}>{cellwrap(c)}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    if thead:
        out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


# ---------------------------------------------------------------- document
OVERVIEW = ("{year}年，{agency}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，"
            "全年通过门户网站主动公开政府信息{items}条，发布政策解读{interp}篇，受理政府信息公开申请{req}件，"
            "办结{closed}件，组织业务培训{train}场次。")
PROBLEMS = ("一是公开内容的深度和广度还需拓展；二是政策解读形式较为单一。下一步，我们将进一步加强业务培训，"
            "提升政务公开工作水平。")
OTHER = "本年度未收取信息处理费。本报告统计期限为{year}年1月1日至{year}年12月31日。"
HEADS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
         "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def prose(doc: Doc, agency):
    v = doc.vals
    return OVERVIEW.format(year=doc.year, agency=agency, items=137 + doc.year % 7 * 31, interp=6,
                           req=int(v.get("t3.new.total", 0)), closed=int(v.get("t3.results_total.total", 0)), train=3)


def text_report(doc, agency, t2, t3, t4, title=None, sep="\n"):
    title = title or f"{agency}{doc.year}年政府信息公开工作年度报告"
    parts = [title, HEADS[0], prose(doc, agency), HEADS[1], t2, HEADS[2], t3, HEADS[3], t4,
             HEADS[4], PROBLEMS, HEADS[5], OTHER.format(year=doc.year)]
    return sep.join(p for p in parts if p is not None) + "\n"


def html_report(doc, agency, t2, t3, t4, head_extra="", title=None, ptag="p"):
    title = title or f"{agency}{doc.year}年政府信息公开工作年度报告"
    def p(s):
        return f"<{ptag}>{s}</{ptag}>"
    body = [f"<h1>{title}</h1>", p(HEADS[0]), p(prose(doc, agency)), p(HEADS[1]), t2, p(HEADS[2]), t3,
            p(HEADS[3]), t4, p(HEADS[4]), p(PROBLEMS), p(HEADS[5]), p(OTHER.format(year=doc.year))]
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title + "</title>" + head_extra
            + "</head>\n<body>\n" + "\n".join(body) + "\n</body></html>\n")


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def save(name, suffix, content, doc, notes, template="same", tables=None, extra=None):
    (HERE / f"{name}.{suffix}").write_text(content, encoding="utf-8")
    t = doc.truth_tables() if tables is None else tables
    tpl = doc.tpl if template == "same" else template
    truth = {"template": tpl, "year": doc.year, "tables": t,
             "failing_checks": failing_checks(tpl, t) if tpl else [],
             "notes": notes}
    if doc.unknowable:
        truth["unknowable"] = doc.unknowable
    if extra:
        truth.update(extra)
    (HERE / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# =================================================================== cases
exec(compile((HERE / "cases.py").read_text(encoding="utf-8"), str(HERE / "cases.py"), "exec"))

if __name__ == "__main__":
    for p in HERE.glob("t[0-9][0-9]_*"):
        p.unlink()
    for fn in CASES:
        fn()
    print(len(list(HERE.glob("t*.truth.json"))), "documents")
