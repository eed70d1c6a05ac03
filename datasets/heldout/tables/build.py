#!/usr/bin/env python3
"""Build the held-out table documents (h01..h35) and their truth files.

    python datasets/heldout/tables/build.py

Written from SCHEMA.md and real reports only (not from the library's table
code, the generator or the red-team set).  Every document is produced by one
case function from one value set, so the numbers in the text and in the truth
file cannot drift apart.  failing_checks are computed from the truth with the
SCHEMA §2 check definitions (a check is listed only when all of its fields
are in the truth).

Truth per document:
  template      "2019" | "2021" | null
  year          report year
  tables        {field id: value} — every cell as written; blank/"/"/"—"/"无" cells omitted
  unknowable    {field id: real value} for cells whose position cannot be told from the document
  failing_checks  check ids that must come out holds=false
  notes         what the document tests
"""

from __future__ import annotations

import html as _html
import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent

try:  # Traditional-script cases
    import opencc

    _S2T = opencc.OpenCC("s2t")

    def s2t(s: str) -> str:
        return _S2T.convert(s)
except ImportError:  # pragma: no cover
    raise SystemExit("build.py needs opencc for the Traditional-script cases (pip install opencc)")

# ---------------------------------------------------------------------------
# SCHEMA §2, written out by hand
T3COLS = ["natural", "commercial", "research", "social", "legal", "other", "total"]
T3COLS6 = T3COLS[:6]
T3_RESULT_COMMON_HEAD = [
    "granted", "partial",
    "denied.state_secret", "denied.prohibited", "denied.security", "denied.third_party",
    "denied.internal", "denied.process", "denied.enforcement", "denied.query",
    "unavailable.not_held", "unavailable.needs_creation", "unavailable.unclear",
    "not_processed.complaint", "not_processed.duplicate", "not_processed.publication",
    "not_processed.mass", "not_processed.confirm",
]
T3_RESULT_ROWS = {
    "2019": T3_RESULT_COMMON_HEAD + ["other_handling"],
    "2021": T3_RESULT_COMMON_HEAD + ["other_handling.no_supplement", "other_handling.no_fee", "other_handling.other"],
}
T3_ROWS = {t: ["new", "carried_in"] + T3_RESULT_ROWS[t] + ["results_total", "carried_out"] for t in T3_RESULT_ROWS}
T4_GROUPS = ["review", "suit_direct", "suit_after_review"]
T4_COLS = ["upheld", "corrected", "other", "pending", "total"]
T2_FIELDS = {
    "2019": ["t2.rules.made", "t2.rules.published", "t2.rules.total",
             "t2.normative.made", "t2.normative.published", "t2.normative.total",
             "t2.license.prev", "t2.license.change", "t2.license.decisions",
             "t2.other_services.prev", "t2.other_services.change", "t2.other_services.decisions",
             "t2.penalty.prev", "t2.penalty.change", "t2.penalty.decisions",
             "t2.coercion.prev", "t2.coercion.change", "t2.coercion.decisions",
             "t2.fees.prev", "t2.fees.change", "t2.procurement.count", "t2.procurement.amount"],
    "2021": ["t2.rules.issued", "t2.rules.repealed", "t2.rules.in_force",
             "t2.normative.issued", "t2.normative.repealed", "t2.normative.in_force",
             "t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions", "t2.fees.amount"],
}

# Standard labels
L3 = {
    "new": "一、本年新收政府信息公开申请数量",
    "carried_in": "二、上年结转政府信息公开申请数量",
    "granted": "（一）予以公开",
    "partial": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "denied.state_secret": "1.属于国家秘密",
    "denied.prohibited": "2.其他法律行政法规禁止公开",
    "denied.security": "3.危及“三安全一稳定”",
    "denied.third_party": "4.保护第三方合法权益",
    "denied.internal": "5.属于三类内部事务信息",
    "denied.process": "6.属于四类过程性信息",
    "denied.enforcement": "7.属于行政执法案卷",
    "denied.query": "8.属于行政查询事项",
    "unavailable.not_held": "1.本机关不掌握相关政府信息",
    "unavailable.needs_creation": "2.没有现成信息需要另行制作",
    "unavailable.unclear": "3.补正后申请内容仍不明确",
    "not_processed.complaint": "1.信访举报投诉类申请",
    "not_processed.duplicate": "2.重复申请",
    "not_processed.publication": "3.要求提供公开出版物",
    "not_processed.mass": "4.无正当理由大量反复申请",
    "not_processed.confirm": "5.要求行政机关确认或重新出具已获取信息",
    "other_handling": "（六）其他处理",
    "other_handling.no_supplement": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other_handling.no_fee": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "other_handling.other": "3.其他",
    "results_total": "（七）总计",
    "carried_out": "四、结转下年度继续办理",
}
GROUP_OF = {}  # row -> (group label, group size) for rows inside a rowspan group
for _g, _rows in (("（三）不予公开", [r for r in T3_RESULT_COMMON_HEAD if r.startswith("denied.")]),
                  ("（四）无法提供", [r for r in T3_RESULT_COMMON_HEAD if r.startswith("unavailable.")]),
                  ("（五）不予处理", [r for r in T3_RESULT_COMMON_HEAD if r.startswith("not_processed.")]),
                  ("（六）其他处理", ["other_handling.no_supplement", "other_handling.no_fee", "other_handling.other"])):
    for _r in _rows:
        GROUP_OF[_r] = (_g, _rows)
T3_HEAD_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_COL_LABELS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
T4_HEAD = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def t3f(row: str, col: str) -> str:
    return f"t3.{row}.{col}"


def t4f(g: str, c: str) -> str:
    return f"t4.{g}.{c}"


def all_fields(tpl: str) -> list[str]:
    return (T2_FIELDS[tpl] + [t3f(r, c) for r in T3_ROWS[tpl] for c in T3COLS]
            + [t4f(g, c) for g in T4_GROUPS for c in T4_COLS])


# ---------------------------------------------------------------------------
# checks (SCHEMA §2), evaluated on the truth
def failing_checks(tpl: str | None, t: dict) -> list[str]:
    if tpl is None:
        return []
    out = []

    def check(cid, left, right):
        if all(f in t for f in left + right):
            if abs(sum(t[f] for f in left) - sum(t[f] for f in right)) > 1e-9:
                out.append(cid)

    for c in T3COLS:
        check(f"t3.balance.{c}", [t3f("new", c), t3f("carried_in", c)],
              [t3f("results_total", c), t3f("carried_out", c)])
    for r in T3_ROWS[tpl]:
        check(f"t3.row_total.{r}", [t3f(r, c) for c in T3COLS6], [t3f(r, "total")])
    for c in T3COLS:
        check(f"t3.results_sum.{c}", [t3f(r, c) for r in T3_RESULT_ROWS[tpl]], [t3f("results_total", c)])
    for g in T4_GROUPS:
        check(f"t4.total.{g}", [t4f(g, c) for c in T4_COLS[:4]], [t4f(g, "total")])
    return sorted(out)


# ---------------------------------------------------------------------------
# values
def gen_values(tpl: str, rng: random.Random, busy: float = 1.0) -> dict:
    v: dict = {}
    pick = rng.choice
    if tpl == "2019":
        m = pick([0, 0, 0, 1, 2])
        v.update({"t2.rules.made": m, "t2.rules.published": m, "t2.rules.total": m + pick([0, 0, 3, 8])})
        m = pick([0, 1, 2, 3, 5, 9, 14])
        v.update({"t2.normative.made": m, "t2.normative.published": m, "t2.normative.total": m + pick([0, 6, 21, 57])})
        for row in ("license", "other_services", "penalty", "coercion"):
            prev = pick([0, 0, 0, 2, 5, 12, 31, 140])
            change = pick([0, 0, 0, 1, 2, -1]) if prev else pick([0, 0, 1])
            v[f"t2.{row}.prev"] = prev
            v[f"t2.{row}.change"] = change
            v[f"t2.{row}.decisions"] = pick([0, 0, 0, 1, 3, 17, 86, 412]) if prev + change else 0
        p = pick([0, 0, 0, 3, 7, 12])
        v.update({"t2.fees.prev": p, "t2.fees.change": pick([0, 0, -1]) if p else 0})
        c = pick([0, 0, 2, 4, 9, 23])
        v.update({"t2.procurement.count": c,
                  "t2.procurement.amount": round(rng.uniform(8, 900), pick([1, 2, 4])) if c else 0})
    else:
        m = pick([0, 0, 0, 0, 1])
        v.update({"t2.rules.issued": m, "t2.rules.repealed": 0, "t2.rules.in_force": m + pick([0, 0, 2, 11])})
        m = pick([0, 1, 2, 4, 6, 13])
        r = pick([0, 0, 1, 3])
        v.update({"t2.normative.issued": m, "t2.normative.repealed": r,
                  "t2.normative.in_force": m + pick([0, 5, 18, 44, 126])})
        for row in ("license", "penalty", "coercion"):
            v[f"t2.{row}.decisions"] = pick([0, 0, 0, 2, 9, 47, 318, 1265])
        v["t2.fees.amount"] = pick([0, 0, 0, 12.5, 172, 36.08])
    # table 三
    rows = T3_RESULT_ROWS[tpl]
    weights = {"granted": 6, "partial": 2, "unavailable.not_held": 4, "unavailable.needs_creation": 1,
               "not_processed.complaint": 1, "not_processed.duplicate": 1, "denied.third_party": 0.5,
               "denied.process": 0.5, "denied.query": 0.4, "unavailable.unclear": 0.4,
               "other_handling": 1, "other_handling.no_supplement": 0.7, "other_handling.other": 0.7,
               "other_handling.no_fee": 0.1}
    wrow = [r for r in rows if r in weights]
    new = {"natural": int(pick([0, 1, 2, 3, 5, 8, 12, 19, 34, 61]) * busy),
           "commercial": pick([0, 0, 0, 1, 2, 4]), "research": pick([0, 0, 0, 0, 1]),
           "social": pick([0, 0, 0, 1]), "legal": pick([0, 0, 0, 1, 3]), "other": pick([0, 0, 0, 0, 2])}
    for c in T3COLS6:
        cin = pick([0, 0, 0, 1, 2]) if c == "natural" else pick([0, 0, 0, 0, 0, 1])
        pool = new[c] + cin
        cout = rng.randint(0, min(pool, 3)) if pool and rng.random() < 0.4 else 0
        res = {r: 0 for r in rows}
        for _ in range(pool - cout):
            res[rng.choices(wrow, [weights[r] for r in wrow])[0]] += 1
        v[t3f("new", c)] = new[c]
        v[t3f("carried_in", c)] = cin
        v[t3f("carried_out", c)] = cout
        for r in rows:
            v[t3f(r, c)] = res[r]
        v[t3f("results_total", c)] = pool - cout
    for r in T3_ROWS[tpl]:
        v[t3f(r, "total")] = sum(v[t3f(r, c)] for c in T3COLS6)
    # table 四
    for g in T4_GROUPS:
        parts = [0, 0, 0, 0]
        for _ in range(pick([0, 0, 0, 1, 2, 3]) if g != "suit_after_review" else pick([0, 0, 0, 1])):
            parts[rng.choices(range(4), [5, 1, 2, 1])[0]] += 1
        for c, x in zip(T4_COLS[:4], parts):
            v[t4f(g, c)] = x
        v[t4f(g, "total")] = sum(parts)
    return v


def recompute_totals(case) -> None:
    """Re-derive t3 totals (row totals, results_total, balance via carried_out) and t4 totals."""
    v, tpl = case.vals, case.tpl
    for c in T3COLS6:
        v[t3f("results_total", c)] = sum(v[t3f(r, c)] for r in T3_RESULT_ROWS[tpl])
        v[t3f("carried_out", c)] = v[t3f("new", c)] + v[t3f("carried_in", c)] - v[t3f("results_total", c)]
        assert v[t3f("carried_out", c)] >= 0, case.slug
    for r in T3_ROWS[tpl]:
        v[t3f(r, "total")] = sum(v[t3f(r, c)] for c in T3COLS6)
    for g in T4_GROUPS:
        v[t4f(g, "total")] = sum(v[t4f(g, c)] for c in T4_COLS[:4])


def num(x) -> str:
    if isinstance(x, int):
        return str(x)
    s = f"{x:.6f}".rstrip("0").rstrip(".")
    return s


FW = str.maketrans("0123456789.-+", "０１２３４５６７８９．－＋")

# ---------------------------------------------------------------------------
# geometry: rows of Cell, as the official tables are laid out in HTML


class C:
    __slots__ = ("text", "f", "cs", "rs", "h")

    def __init__(self, text="", f=None, cs=1, rs=1, h=False):
        self.text, self.f, self.cs, self.rs, self.h = text, f, cs, rs, h


def H(text, cs=1, rs=1):
    return C(text, cs=cs, rs=rs, h=True)


def F(f, cs=1):
    return C(f=f, cs=cs)


def geo_t2(tpl: str) -> list[list[C]]:
    R = []
    if tpl == "2019":
        R.append([H("第二十条第（一）项", cs=4)])
        R.append([H("信息内容"), H("本年新制作数量"), H("本年新公开数量"), H("对外公开总数量")])
        R.append([C("规章")] + [F(f"t2.rules.{c}") for c in ("made", "published", "total")])
        R.append([C("规范性文件")] + [F(f"t2.normative.{c}") for c in ("made", "published", "total")])
        for item, rows in (("（五）", [("license", "行政许可"), ("other_services", "其他对外管理服务事项")]),
                           ("（六）", [("penalty", "行政处罚"), ("coercion", "行政强制")])):
            R.append([H(f"第二十条第{item}项", cs=4)])
            R.append([H("信息内容"), H("上一年项目数量"), H("本年增/减"), H("处理决定数量")])
            for rid, lab in rows:
                R.append([C(lab)] + [F(f"t2.{rid}.{c}") for c in ("prev", "change", "decisions")])
        R.append([H("第二十条第（八）项", cs=4)])
        R.append([H("信息内容"), H("上一年项目数量"), H("本年增/减"), H("")])
        R.append([C("行政事业性收费"), F("t2.fees.prev"), F("t2.fees.change"), C("")])
        R.append([H("第二十条第（九）项", cs=4)])
        R.append([H("信息内容"), H("采购项目数量"), H("采购总金额", cs=2)])
        R.append([C("政府集中采购"), F("t2.procurement.count"), F("t2.procurement.amount", cs=2)])
    else:
        R.append([H("第二十条第（一）项", cs=4)])
        R.append([H("信息内容"), H("本年制发件数"), H("本年废止件数"), H("现行有效件数")])
        R.append([C("规章")] + [F(f"t2.rules.{c}") for c in ("issued", "repealed", "in_force")])
        R.append([C("行政规范性文件")] + [F(f"t2.normative.{c}") for c in ("issued", "repealed", "in_force")])
        R.append([H("第二十条第（五）项", cs=4)])
        R.append([H("信息内容"), H("本年处理决定数量", cs=3)])
        R.append([C("行政许可"), F("t2.license.decisions", cs=3)])
        R.append([H("第二十条第（六）项", cs=4)])
        R.append([H("信息内容"), H("本年处理决定数量", cs=3)])
        R.append([C("行政处罚"), F("t2.penalty.decisions", cs=3)])
        R.append([C("行政强制"), F("t2.coercion.decisions", cs=3)])
        R.append([H("第二十条第（八）项", cs=4)])
        R.append([H("信息内容"), H("本年收费金额（单位：万元）", cs=3)])
        R.append([C("行政事业性收费"), F("t2.fees.amount", cs=3)])
    return R


def geo_t3_head() -> list[list[C]]:
    return [
        [H(T3_HEAD_NOTE, cs=3, rs=3), H("申请人情况", cs=7)],
        [H("自然人", rs=2), H("法人或其他组织", cs=5), H("总计", rs=2)],
        [H("商业企业"), H("科研机构"), H("社会公益组织"), H("法律服务机构"), H("其他")],
    ]


def geo_t3(tpl: str, omit: set = frozenset(), head: bool = True) -> list[list[C]]:
    """Official geometry; rows in `omit` are left out (rowspans shrink accordingly)."""
    rows = [r for r in T3_ROWS[tpl] if r not in omit]
    R = geo_t3_head() if head else []
    vals = lambda r: [F(t3f(r, c)) for c in T3COLS]  # noqa: E731
    results = [r for r in rows if r not in ("new", "carried_in", "carried_out")]
    first_result = True
    seen_groups = set()
    for r in rows:
        if r in ("new", "carried_in", "carried_out"):
            R.append([C(L3[r], cs=3)] + vals(r))
            continue
        cells = []
        if first_result:
            cells.append(C("三、本年度办理结果", rs=len(results)))
            first_result = False
        if r in GROUP_OF:
            g, members = GROUP_OF[r]
            if g not in seen_groups:
                seen_groups.add(g)
                cells.append(C(g, rs=len([m for m in members if m in rows])))
            cells.append(C(L3[r]))
        else:
            cells.append(C(L3[r], cs=2))
        R.append(cells + vals(r))
    return R


def geo_t4(head: bool = True) -> list[list[C]]:
    R = []
    if head:
        R.append([H("行政复议", cs=5), H("行政诉讼", cs=10)])
        R.append([H(x, rs=2) for x in T4_HEAD] + [H("未经复议直接起诉", cs=5), H("复议后起诉", cs=5)])
        R.append([H(x) for x in T4_HEAD * 2])
    R.append([F(t4f(g, c)) for g in T4_GROUPS for c in T4_COLS])
    return R


def expand(rows: list[list[C]]) -> list[list[C | None]]:
    """Full grid; positions covered by a span are None."""
    grid: list[list] = []
    taken: dict = {}
    for i, row in enumerate(rows):
        line = []
        j = 0
        for cell in row:
            while (i, j) in taken:
                line.append(None)
                j += 1
            line.append(cell)
            for di in range(cell.rs):
                for dj in range(cell.cs):
                    if di or dj:
                        taken[(i + di, j + dj)] = True
            j += 1
            for _ in range(cell.cs - 1):
                line.append(None)
                j += 1
        while (i, j) in taken:
            line.append(None)
            j += 1
        grid.append(line)
    return grid


# ---------------------------------------------------------------------------
class Case:
    def __init__(self, n, slug, tpl, year, agency, seed, ext="txt", notes="", busy=1.0):
        self.n, self.slug, self.tpl, self.year, self.agency = n, slug, tpl, year, agency
        self.ext, self.notes = ext, notes
        self.rng = random.Random(seed)
        self.vals = gen_values(tpl, self.rng, busy) if tpl else {}
        self.disp: dict[str, str] = {}
        self.unknowable: dict = {}
        self.removed: set = set()  # fields not in the document at all
        self.digits = None  # translate table for numbers
        self.trad = False

    # value cell text as written
    def cell(self, f: str | None, text: str = "") -> str:
        if f is None:
            return text
        if f in self.disp:
            s = self.disp[f]
        else:
            v = self.vals.get(f)
            s = "" if v is None else num(v)
        if self.digits:
            s = s.translate(self.digits)
        return s

    def label(self, s: str) -> str:
        return s2t(s) if self.trad else s

    def text_of(self, c: C) -> str:
        return self.cell(c.f) if c.f else self.label(c.text)

    def blank(self, f: str, shown: str = "") -> None:
        """The cell is written as blank or a placeholder: absent from the truth."""
        self.vals[f] = None
        if shown:
            self.disp[f] = shown

    def truth(self) -> dict:
        tables = {f: v for f, v in self.vals.items()
                  if v is not None and f not in self.removed and f not in self.unknowable}
        return {
            "template": self.tpl,
            "year": self.year,
            "tables": dict(sorted(tables.items(), key=lambda kv: _order(self.tpl, kv[0]))),
            "unknowable": self.unknowable,
            "failing_checks": failing_checks(self.tpl, tables),
            "notes": self.notes,
        }


def _order(tpl, f):
    fl = all_fields(tpl)
    return fl.index(f) if f in fl else 10**6


# ---------------------------------------------------------------------------
# text renderers
def flat(case: Case, rows: list[list[C]], pad_spans=False) -> list[list[str]]:
    """One list of cell texts per <tr> (what an HTML-to-text dump gives)."""
    out = []
    for row in rows:
        line = []
        for c in row:
            line.append(case.text_of(c))
            if pad_spans:
                line += [""] * (c.cs - 1)
        out.append(line)
    return out


def grid_text(case: Case, rows: list[list[C]]) -> list[list[str]]:
    """Excel-like grid: every position one cell, positions covered by a span empty."""
    return [[case.text_of(c) if c is not None else "" for c in line] for line in expand(rows)]


def seed_pipe(lines: list[list[str]], width: int, bar="|", pad=" ") -> str:
    """'a | b | c |' plus '|' runs for the cells a span swallowed (as in scraped pages)."""
    res = []
    for cells in lines:
        s = f"{pad}{bar}{pad}".join(cells) + f"{pad}{bar}"
        s += bar * max(0, width - len(cells) - 1)
        res.append(s)
    return "\n".join(res)


def bar_rows(lines, bar="|", pad=" ", outer=True, padl=None):
    res = []
    for cells in lines:
        inner = f"{pad}{bar}{pad}".join(cells)
        res.append(f"{bar}{pad}{inner}{pad}{bar}" if outer else inner)
    return "\n".join(res)


def per_line(lines, suffix="", blank_between=False, row_sep=None):
    res = []
    for cells in lines:
        for c in cells:
            res.append(c + suffix)
            if blank_between:
                res.append("")
        if row_sep is not None:
            res.append(row_sep)
    return "\n".join(res)


# ---------------------------------------------------------------------------
# documents
HEAD2 = "二、主动公开政府信息情况"
HEAD3 = "三、收到和处理政府信息公开申请情况"
HEAD4 = "四、政府信息公开行政复议、行政诉讼情况"
HEAD5 = "五、存在的主要问题及改进情况"
HEAD6 = "六、其他需要报告的事项"


def overview_text(case: Case) -> str:
    y = case.year
    t = case.vals
    rec = t.get(t3f("new", "total"))
    s = (f"{y}年，{case.agency}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，"
         f"围绕中心工作，不断完善政务公开制度机制，全面推进决策、执行、管理、服务、结果公开，"
         f"持续加强政策解读和回应关切，政府信息公开工作取得了新成效。")
    if rec is not None:
        s += f"全年共收到政府信息公开申请{rec}件，均在法定期限内予以答复。"
    s += "同时加强政府网站和政务新媒体管理，严格落实信息发布保密审查制度。"
    return s


PROBLEMS = ("{y}年本单位政府信息公开工作虽然取得了一定成效，但仍存在一些不足：一是公开内容不够全面，二是政策解读形式较为单一。"
            "下一步，我们将进一步加强业务培训，完善信息发布审核机制，提升政府信息公开工作质量。")
OTHER = "本单位{y}年度未收取信息处理费。无其他需要报告的事项。"


def compose_text(case: Case, t2: str, t3: str, t4: str, overview: str | None = None,
                 title: str | None = None, preamble: str | None = None, tail: str = "") -> str:
    y = case.year
    title = title or f"{case.agency}{y}年政府信息公开工作年度报告"
    preamble = preamble if preamble is not None else (
        f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发"
        f"〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求编制。本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。")
    parts = [title, preamble, "一、总体情况", overview if overview is not None else overview_text(case),
             HEAD2, t2, HEAD3, t3, HEAD4, t4, HEAD5, PROBLEMS.format(y=y), HEAD6, OTHER.format(y=y)]
    text = "\n".join(p for p in parts if p is not None) + "\n" + tail
    if case.trad:
        # labels were converted cell by cell; convert the prose too (digits are unaffected)
        text = s2t(text)
    return text


# HTML
def html_table(case: Case, rows: list[list[C]], style="plain", th=False, thead_rows=0, nbsp_pad=False,
               br=None, empty="&nbsp;") -> str:
    """style: plain | word | wps."""
    br = br or {}
    out = []
    if style == "word":
        out.append("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=600 "
                   "style='width:450.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
                   "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>")
    elif style == "wps":
        out.append('<table border="1" cellspacing="0" cellpadding="0" align="center" style="border-collapse:collapse;">')
    else:
        out.append('<table border="1" cellspacing="0" width="100%">')
    for i, row in enumerate(rows):
        if thead_rows and i == 0:
            out.append("<thead>")
        if thead_rows and i == thead_rows:
            out.append("</thead><tbody>")
        if style == "word":
            out.append(f"<tr style='mso-yfti-irow:{i};height:19.85pt'>")
        else:
            out.append("<tr>")
        for c in row:
            raw = case.text_of(c)
            if not c.f and c.text in br:
                raw_html = "<br>".join(_html.escape(case.label(p)) for p in br[c.text])
            else:
                raw_html = _html.escape(raw)
            if raw == "":
                raw_html = empty
            elif nbsp_pad and c.f:
                raw_html = f"&nbsp;{raw_html}&nbsp;"
            attrs = ""
            if c.cs > 1:
                attrs += f' colspan="{c.cs}"' if style != "word" else f" colspan={c.cs}"
            if c.rs > 1:
                attrs += f' rowspan="{c.rs}"' if style != "word" else f" rowspan={c.rs}"
            tag = "th" if (th and c.h) else "td"
            if style == "word":
                lang = " lang=EN-US" if c.f else ""
                if raw == "":
                    inner = "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US>" \
                            "<o:p>&nbsp;</o:p></span></p>"
                else:
                    inner = (f"<p class=MsoNormal align=center style='text-align:center;mso-line-height-alt:12.0pt'>"
                             f"<span{lang} style='font-size:10.5pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体'>"
                             f"{raw_html}<o:p></o:p></span></p>")
                out.append(f"<td width=60 valign=center{attrs} style='border:solid windowtext 1.0pt;"
                           f"mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>{inner}</td>")
            elif style == "wps":
                if raw == "":
                    inner = "<p style=\"text-align:center;\"><span style=\"font-size:14px;\">&nbsp;</span></p>"
                else:
                    inner = (f"<p style=\"text-align:center;\"><span style=\"font-family:宋体;font-size:14px;\">"
                             f"<font face=\"宋体\">{raw_html}</font></span></p>")
                out.append(f"<{tag}{attrs} valign=\"middle\">{inner}</{tag}>")
            else:
                out.append(f"<{tag}{attrs}>{raw_html}</{tag}>")
        out.append("</tr>")
    if thead_rows:
        out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


def compose_html(case: Case, t2: str, t3: str, t4: str, style="plain", overview: str | None = None) -> str:
    y = case.year
    esc = lambda s: _html.escape(case.label(s))  # noqa: E731
    title = f"{case.agency}{y}年政府信息公开工作年度报告"
    pre = (f"本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"
           f"如对本报告有疑问，请与{case.agency}办公室联系。")
    ov = overview if overview is not None else overview_text(case)
    if style == "word":
        p = lambda s: (f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'>"  # noqa: E731
                       f"<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{esc(s)}<span lang=EN-US><o:p></o:p>"
                       f"</span></span></p>")
        hd = lambda s: (f"<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-size:16.0pt;"  # noqa: E731
                        f"font-family:黑体'>{esc(s)}<span lang=EN-US><o:p></o:p></span></span></b></p>")
        head = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                "xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n<head>\n<meta http-equiv=Content-Type "
                "content=\"text/html; charset=utf-8\">\n<meta name=Generator content=\"Microsoft Word 15\">\n"
                f"<title>{esc(title)}</title>\n<style>\n<!--p.MsoNormal {{margin:0cm;font-size:10.5pt;}}-->\n</style>\n"
                "</head>\n<body lang=ZH-CN style='tab-interval:21.0pt'>\n<div class=WordSection1>\n")
        foot = "</div>\n</body>\n</html>\n"
        tt = (f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;"
              f"font-family:方正小标宋简体'>{esc(title)}<span lang=EN-US><o:p></o:p></span></span></b></p>")
    else:
        p = lambda s: f"<p style=\"text-indent:2em;\">{esc(s)}</p>"  # noqa: E731
        hd = lambda s: f"<p style=\"text-indent:2em;\"><strong>{esc(s)}</strong></p>"  # noqa: E731
        head = ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                f"<title>{esc(title)}_{esc('政府信息公开年报')}</title>\n</head>\n<body>\n"
                "<div class=\"header\"><a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; 年度报告</div>\n"
                "<div class=\"article\">\n")
        foot = "</div>\n<div class=\"footer\">主办单位：" + esc(case.agency) + "</div>\n</body>\n</html>\n"
        tt = f"<h1>{esc(title)}</h1>"
    body = [tt, p(pre), hd("一、总体情况"), p(ov), hd(HEAD2), t2, hd(HEAD3), t3, hd(HEAD4), t4,
            hd(HEAD5), p(PROBLEMS.format(y=y)), hd(HEAD6), p(OTHER.format(y=y))]
    return head + "\n".join(body) + "\n" + foot


# ---------------------------------------------------------------------------
# PDF-text helpers
def pdf_t3_rows(case: Case, omit=(), wrap=18, group_mid=True, sep=" ") -> list[str]:
    """Label(s) then the seven numbers; long labels wrapped, numbers on the label's last line.
    Group labels (rowspan) stand on their own line in the middle of their group, as pdftotext gives them."""
    lines = []
    rows = [r for r in T3_ROWS[case.tpl] if r not in omit]
    results = [r for r in rows if r not in ("new", "carried_in", "carried_out")]
    mid_result = results[len(results) // 2]
    groups_done = set()
    for r in rows:
        nums = sep.join(case.cell(t3f(r, c)) or "" for c in T3COLS)
        lab = L3[r]
        if r in GROUP_OF and group_mid:
            g, members = GROUP_OF[r]
            present = [m for m in members if m in rows]
            if present[len(present) // 2] == r and g not in groups_done:
                groups_done.add(g)
                lines.append(case.label(g))
        if r == mid_result:
            lines.append(case.label("三、本年度办理结果"))
        lab = case.label(lab)
        chunks = [lab[i:i + wrap] for i in range(0, len(lab), wrap)]
        for ch in chunks[:-1]:
            lines.append(ch)
        lines.append(f"{chunks[-1]} {nums}")
    return lines


def t3_key_rows(case: Case) -> list[str]:
    return T3_ROWS[case.tpl]


# ---------------------------------------------------------------------------
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def std_flat(c: Case, t3omit=frozenset()):
    return flat(c, geo_t2(c.tpl)), flat(c, geo_t3(c.tpl, t3omit)), flat(c, geo_t4())


@case
def h01():
    c = Case(1, "pipe_seed_style", "2019", 2020, "某市人民政府办公室", 101,
             notes="Scraped-page pipe rows as in the seeds: no leading bar, ' |' at the end, '|' runs for spanned "
                   "cells; procurement amount bare (no unit) -> 万元 assumed")
    c.vals["t2.procurement.count"] = 6
    c.vals["t2.procurement.amount"] = 86.5
    t2, t3, t4 = std_flat(c)
    return c, compose_text(c, seed_pipe(t2, 4), seed_pipe(t3, 10), seed_pipe(t4, 15))


@case
def h02():
    c = Case(2, "pipe_no_outer_bars_padded", "2021", 2021, "某县自然资源局", 102,
             notes="2021 template, cells joined by ' | ' without outer bars, numbers padded with runs of spaces")
    t2, t3, t4 = std_flat(c)
    pad = lambda L: [[x if not x.isdigit() else f"{x:>8}" for x in row] for row in L]  # noqa: E731
    return c, compose_text(c, bar_rows(pad(t2), outer=False), bar_rows(pad(t3), outer=False),
                           bar_rows(pad(t4), outer=False))


@case
def h03():
    c = Case(3, "fullwidth_bar_ideographic_space", "2021", 2022, "某区市场监督管理局", 103, busy=2,
             notes="Full-width bar '｜' as separator, cells padded with U+3000 ideographic spaces, outer bars kept")
    t2, t3, t4 = std_flat(c)
    f = lambda L: bar_rows(L, bar="｜", pad="\u3000")  # noqa: E731
    return c, compose_text(c, f(t2), f(t3), f(t4))


@case
def h04():
    c = Case(4, "cell_per_line_bar_suffix_wrapped_headers", "2019", 2019, "某省卫生健康委员会", 104, busy=1.5,
             notes="One cell per line ending ' |', a lone '|' between rows (ln.gov.cn style); header cells wrapped "
                   "over two lines (本年新/制作数量, 商业/企业); 2019 report")
    wrapmap = {"本年新制作数量": "本年新\n制作数量", "本年新公开数量": "本年新\n公开数量", "对外公开总数量": "对外公开\n总数量",
               "商业企业": "商业\n企业", "科研机构": "科研\n机构", "社会公益组织": "社会公\n益组织",
               "法律服务机构": "法律服\n务机构", "上一年项目数量": "上一年项\n目数量"}
    t2, t3, t4 = std_flat(c)
    w = lambda L: [[wrapmap.get(x, x) for x in row] for row in L]  # noqa: E731
    f = lambda L: per_line(w(L), suffix=" |", row_sep="|")  # noqa: E731
    return c, compose_text(c, f(t2), f(t3), f(t4))


@case
def h05():
    c = Case(5, "cell_per_line_blank_separated", "2021", 2023, "某县卫生健康委员会", 105,
             notes="One cell per line with a blank line after every cell (r039 style), header labels split "
                   "(商业/企业 on two lines), 2023 report")
    wrapmap = {"商业企业": "商业\n\n企业", "科研机构": "科研\n\n机构", "社会公益组织": "社会公益\n\n组织",
               "法律服务机构": "法律服务\n\n机构"}
    t2, t3, t4 = std_flat(c)
    w = lambda L: [[wrapmap.get(x, x) for x in row] for row in L]  # noqa: E731
    f = lambda L: per_line(w(L), blank_between=True)  # noqa: E731
    return c, compose_text(c, f(t2), f(t3), f(t4))


@case
def h06():
    c = Case(6, "one_cell_per_line_blank_empty_cells", "2019", 2020, "某镇人民政府", 106,
             notes="One cell per line, no separators; empty cells (rules row left blank, the whole 复议后起诉 "
                   "group blank, 法律服务机构 column blank) appear as empty lines; positions covered by spans not written")
    for col in ("made", "published", "total"):
        c.blank(f"t2.rules.{col}")
    for r in T3_ROWS["2019"]:
        c.vals[t3f(r, "legal")] = 0
    recompute_totals(c)
    for r in T3_ROWS["2019"]:
        c.blank(t3f(r, "legal"))
    for col in T4_COLS:
        c.vals[t4f("suit_after_review", col)] = 0
        c.blank(t4f("suit_after_review", col))
    g2, g3, g4 = grid_text(c, geo_t2(c.tpl)), grid_text(c, geo_t3(c.tpl)), grid_text(c, geo_t4())
    # header cells a span covers are not written out; value cells are (blank line)
    keep = lambda G, geo: [[x for x, cell in zip(line, ex) if cell is not None]  # noqa: E731
                           for line, ex in zip(G, expand(geo))]
    f = lambda L: per_line(L)  # noqa: E731
    return c, compose_text(c, f(keep(g2, geo_t2(c.tpl))), f(keep(g3, geo_t3(c.tpl))), f(keep(g4, geo_t4())))


@case
def h07():
    c = Case(7, "html_official_geometry", "2021", 2021, "某市教育局", 107, ext="html",
             notes="HTML with the official rowspan/colspan geometry, header cells as <th> inside <thead>")
    return c, compose_html(c, html_table(c, geo_t2(c.tpl), th=True, thead_rows=2),
                           html_table(c, geo_t3(c.tpl), th=True, thead_rows=3),
                           html_table(c, geo_t4(), th=True, thead_rows=3))


@case
def h08():
    c = Case(8, "html_msword_export", "2019", 2020, "某县人力资源和社会保障局", 108, ext="html", busy=2,
             notes="MS Word 'save as HTML': MsoNormal <p>/<span> nesting, <o:p></o:p>, unquoted attributes, "
                   "&nbsp; in empty cells, <br> inside long labels")
    br = {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）": ["（二）部分公开（区分处理的，", "只计这一情形，不计其他情形）"],
          "5.要求行政机关确认或重新出具已获取信息": ["5.要求行政机关确认或", "重新出具已获取信息"],
          "其他对外管理服务事项": ["其他对外管理", "服务事项"]}
    return c, compose_html(c, html_table(c, geo_t2(c.tpl), style="word", br=br),
                           html_table(c, geo_t3(c.tpl), style="word", br=br),
                           html_table(c, geo_t4(), style="word"), style="word")


@case
def h09():
    c = Case(9, "html_wps_split_tables", "2021", 2022, "某区住房和城乡建设局", 109, ext="html",
             notes="WPS-style HTML (<p><span><font> nesting); table 二 split into one <table> per 第二十条 item, "
                   "table 三 split into two <table>s after the 不予公开 rows (second part without header)")
    g2 = geo_t2(c.tpl)
    parts2 = [g2[0:4], g2[4:7], g2[7:11], g2[11:14]]
    t2 = "\n<p>&nbsp;</p>\n".join(html_table(c, p, style="wps") for p in parts2)
    g3 = geo_t3(c.tpl)
    # split after the denied.* rows: rows 0-2 head, 3 new, 4 carried_in, 5 granted, 6 partial, 7-14 denied
    first, second = g3[:15], g3[15:]
    # the rowspan of 三、本年度办理结果 is cut by the split; as WPS writes it, the first part keeps the
    # cell with its span shortened and the second part has no first column cell
    first = [list(r) for r in first]
    first[5][0] = C("三、本年度办理结果", rs=10)
    second_rows = [list(r) for r in second]
    second_rows[0] = [C("三、本年度办理结果", rs=len(second_rows) - 1)] + second_rows[0]
    t3 = html_table(c, first, style="wps") + "\n" + html_table(c, second_rows, style="wps")
    return c, compose_html(c, t2, t3, html_table(c, geo_t4(), style="wps"))


@case
def h10():
    c = Case(10, "html_empty_total_column", "2019", 2019, "某市司法局", 110, ext="html",
             notes="HTML table 三 whose 总计 column is entirely empty (&nbsp;): no t3.*.total in the truth")
    for r in T3_ROWS["2019"]:
        c.blank(t3f(r, "total"))
    return c, compose_html(c, html_table(c, geo_t2(c.tpl)), html_table(c, geo_t3(c.tpl)), html_table(c, geo_t4()))


@case
def h11():
    c = Case(11, "tsv_excel_copy", "2021", 2021, "某市医疗保障局", 111,
             notes="Tab-separated grid pasted from Excel: merged cells give empty tab fields, every row has the "
                   "full column count; cells holding a line break (wrapped headers, the 部分公开 label) are quoted "
                   "over two lines as Excel's clipboard writes them")
    wrapmap = {"本年制发件数": "本年制发\n件数", "本年废止件数": "本年废止\n件数", "现行有效件数": "现行有效\n件数",
               "商业企业": "商业\n企业", "科研机构": "科研\n机构", "社会公益组织": "社会公益\n组织",
               "法律服务机构": "法律服务\n机构", L3["partial"]: "（二）部分公开\n（区分处理的，只计这一情形，不计其他情形）"}

    def q(x):  # Excel puts a cell that holds a line break in double quotes
        x = wrapmap.get(x, x)
        return f'"{x}"' if "\n" in x else x
    f = lambda geo: "\n".join("\t".join(q(x) for x in r) for r in grid_text(c, geo))  # noqa: E731
    return c, compose_text(c, f(geo_t2(c.tpl)), f(geo_t3(c.tpl)), f(geo_t4()))


@case
def h12():
    c = Case(12, "markdown_tables", "2019", 2020, "某区发展和改革局", 112,
             notes="Markdown (pandoc/HTML-to-Markdown): '| a | b |' rows, '|---|' rule after the first row, "
                   "spanned cells empty")
    def md(geo):
        G = grid_text(c, geo)
        lines = [bar_rows([r]) for r in G]
        lines.insert(1, "|" + "|".join(["---"] * len(G[0])) + "|")
        return "\n".join(lines)
    return c, compose_text(c, md(geo_t2(c.tpl)), md(geo_t3(c.tpl)), md(geo_t4()))


@case
def h13():
    c = Case(13, "pdf_text_page_break_in_t3", "2021", 2022, "某县交通运输局", 113, busy=1.5,
             notes="PDF text: label then numbers separated by spaces, long labels wrapped with the numbers on the "
                   "last line, group labels on their own line mid-group, page-number lines and the table 三 "
                   "header repeated on the new page")
    t2 = ["第二十条第（一）项", "信息内容 本年制发件数 本年废止件数 现行有效件数"]
    for rid, lab in (("rules", "规章"), ("normative", "行政规范性文件")):
        t2.append(lab + " " + " ".join(c.cell(f"t2.{rid}.{k}") for k in ("issued", "repealed", "in_force")))
    t2 += ["第二十条第（五）项", "信息内容 本年处理决定数量", "行政许可 " + c.cell("t2.license.decisions"),
           "第二十条第（六）项", "信息内容 本年处理决定数量", "行政处罚 " + c.cell("t2.penalty.decisions"),
           "行政强制 " + c.cell("t2.coercion.decisions"), "第二十条第（八）项", "信息内容 本年收费金额（单位：万元）",
           "行政事业性收费 " + c.cell("t2.fees.amount")]
    head = ["（本列数据的勾稽关系为：第一项加第二项之和，", "等于第三项加第四项之和）", "申请人情况",
            "自然人 法人或其他组织 总计", "商业", "企业", "科研", "机构", "社会公", "益组织", "法律服", "务机构", "其他"]
    rows = pdf_t3_rows(c, wrap=20)
    cut = 11
    t3 = head + rows[:cut] + ["", "— 3 —", "\f", "申请人情况", "自然人 法人或其他组织 总计",
                                "商业企业 科研机构 社会公益组织 法律服务机构 其他"] + rows[cut:]
    t4 = ["行政复议 行政诉讼", "结果", "维持", "结果", "纠正", "其他", "结果", "尚未", "审结", "总计",
          "未经复议直接起诉 复议后起诉", "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
          " ".join(c.cell(t4f(g, k)) for g in T4_GROUPS for k in T4_COLS)]
    return c, compose_text(c, "\n".join(t2), "\n".join(t3), "\n".join(t4) + "\n\n— 4 —")


@case
def h14():
    c = Case(14, "pdf_text_wrapped_rows", "2019", 2020, "某市生态环境局", 114,
             notes="PDF text where each row's numbers land on the line after the label; page footer lines "
                   "'第 2 页 共 5 页' inside table 二 and table 三; table 四's 15 numbers wrap over two lines (10 + 5)")
    def pdf(geo, footer_after=None):
        lines = []
        for i, row in enumerate(flat(c, geo)):
            labs = [x for x, cell in zip(row, geo[i]) if not cell.f]
            vals = [x for x, cell in zip(row, geo[i]) if cell.f]
            if labs and any(labs):
                lines.append(" ".join(x for x in labs if x))
            if vals:
                lines.append(" ".join(vals))
            if footer_after is not None and i == footer_after:
                lines += ["", "第 2 页 共 5 页", ""]
        return "\n".join(lines)
    t4 = pdf(geo_t4()).split("\n")
    nums = t4[-1].split(" ")
    t4[-1:] = [" ".join(nums[:10]), " ".join(nums[10:])]  # the 15 numbers wrap after the tenth
    return c, compose_text(c, pdf(geo_t2(c.tpl), footer_after=8), pdf(geo_t3(c.tpl), footer_after=13),
                           "\n".join(t4))


@case
def h15():
    c = Case(15, "fullwidth_digits_and_minus", "2019", 2020, "某县水利局", 115,
             notes="Full-width digits everywhere in the tables, full-width minus/plus in 本年增/减 (－１, ＋２)")
    c.vals.update({"t2.license.prev": 23, "t2.license.change": -1, "t2.license.decisions": 41,
                   "t2.penalty.prev": 8, "t2.penalty.change": 2, "t2.penalty.decisions": 6})
    c.disp["t2.penalty.change"] = "+2"
    c.digits = FW
    t2, t3, t4 = std_flat(c)
    return c, compose_text(c, seed_pipe(t2, 4), seed_pipe(t3, 10), seed_pipe(t4, 15))


@case
def h16():
    c = Case(16, "thousands_separators_nbsp", "2021", 2021, "某市公安局", 116,
             notes="Large values with thousands separators (12,345; 1,234.56 万元; 1,062 applications), cells "
                   "padded with NBSP, outer bars")
    c.vals.update({"t2.penalty.decisions": 12345, "t2.license.decisions": 3456, "t2.coercion.decisions": 1208,
                   "t2.fees.amount": 1234.56})
    c.vals[t3f("new", "natural")] += 1062
    c.vals[t3f("granted", "natural")] += 1062
    recompute_totals(c)
    for f, v in c.vals.items():
        if isinstance(v, (int, float)) and abs(v) >= 1000:
            c.disp[f] = f"{v:,}" if isinstance(v, int) else f"{v:,.2f}"
    t2, t3, t4 = std_flat(c)
    f = lambda L: bar_rows(L, pad="\u00a0\u00a0")  # noqa: E731
    return c, compose_text(c, f(t2), f(t3), f(t4))


@case
def h17():
    c = Case(17, "placeholders_dash_slash_wu", "2021", 2022, "某街道办事处", 117,
             notes="Placeholders for empty cells: '—' (规章 row), '/' (科研机构 column), '-' (复议后起诉 group), "
                   "'无' (行政强制); 收费金额 written '0.00'")
    for k in ("issued", "repealed", "in_force"):
        c.vals[f"t2.rules.{k}"] = 0
        c.blank(f"t2.rules.{k}", "—")
    c.vals["t2.coercion.decisions"] = 0
    c.blank("t2.coercion.decisions", "无")
    c.vals["t2.fees.amount"] = 0.0
    c.disp["t2.fees.amount"] = "0.00"
    for r in T3_ROWS["2021"]:
        c.vals[t3f(r, "research")] = 0
    recompute_totals(c)
    for r in T3_ROWS["2021"]:
        c.blank(t3f(r, "research"), "/")
    for k in T4_COLS:
        c.vals[t4f("suit_after_review", k)] = 0
        c.blank(t4f("suit_after_review", k), "-")
    t2, t3, t4 = std_flat(c)
    return c, compose_text(c, seed_pipe(t2, 4), seed_pipe(t3, 10), seed_pipe(t4, 15))


@case
def h18():
    c = Case(18, "signed_changes", "2019", 2020, "某县农业农村局", 118,
             notes="本年增/减 written '+2', '-1', '减3', '0'; signs must be kept")
    c.vals.update({"t2.license.prev": 14, "t2.license.change": 2, "t2.other_services.prev": 5,
                   "t2.other_services.change": -1, "t2.penalty.prev": 9, "t2.penalty.change": -3,
                   "t2.coercion.prev": 2, "t2.coercion.change": 0, "t2.fees.prev": 3, "t2.fees.change": 1})
    c.disp.update({"t2.license.change": "+2", "t2.penalty.change": "减3", "t2.fees.change": "+1"})
    t2, t3, t4 = std_flat(c)
    return c, compose_text(c, bar_rows(t2), bar_rows(t3), bar_rows(t4))


@case
def h19():
    c = Case(19, "money_yuan", "2019", 2019, "某区财政局", 119,
             notes="采购总金额 written in 元 ('56000元') -> 5.6 万元")
    c.vals.update({"t2.procurement.count": 3, "t2.procurement.amount": 5.6})
    c.disp["t2.procurement.amount"] = "56000元"
    t2, t3, t4 = std_flat(c)
    return c, compose_text(c, seed_pipe(t2, 4), seed_pipe(t3, 10), seed_pipe(t4, 15))


@case
def h20():
    c = Case(20, "money_yi_cell_per_line", "2019", 2020, "某市机关事务管理局", 120,
             notes="采购总金额 '0.3亿元' -> 3000 万元; cell-per-line layout ending ' |', long labels wrapped "
                   "inside their cell (the ' |' only after the last part)")
    c.vals.update({"t2.procurement.count": 41, "t2.procurement.amount": 3000})
    c.disp["t2.procurement.amount"] = "0.3亿元"
    t2, t3, t4 = std_flat(c)
    wrapmap = {L3["partial"]: "（二）部分公开（区分处理的，只计\n这一情形，不计其他情形）",
               L3["not_processed.confirm"]: "5.要求行政机关确认或重新出\n具已获取信息",
               L3["new"]: "一、本年新收政府信息公\n开申请数量", "其他对外管理服务事项": "其他对外管理服\n务事项"}
    w = lambda L: [[wrapmap.get(x, x) for x in row] for row in L]  # noqa: E731
    f = lambda L: per_line(w(L), suffix=" |")  # noqa: E731
    return c, compose_text(c, f(t2), f(t3), f(t4))


@case
def h21():
    c = Case(21, "money_wanyuan_fees_2021", "2021", 2021, "某县不动产登记中心", 121,
             notes="2021 收费金额 written with its unit '35.6万元'; outer-bar pipe rows")
    c.vals["t2.fees.amount"] = 35.6
    c.disp["t2.fees.amount"] = "35.6万元"
    t2, t3, t4 = std_flat(c)
    return c, compose_text(c, bar_rows(t2), bar_rows(t3), bar_rows(t4))


@case
def h22():
    c = Case(22, "traditional_pipe_2019", "2019", 2020, "某市人民政府辦公室", 122, busy=3,
             notes="Traditional script throughout (labels and prose), seed-style pipe rows, amount '2456.7836萬元'")
    c.trad = True
    c.vals.update({"t2.procurement.count": 9, "t2.procurement.amount": 2456.7836})
    c.disp["t2.procurement.amount"] = "2456.7836萬元"
    t2, t3, t4 = std_flat(c)
    return c, compose_text(c, seed_pipe(t2, 4), seed_pipe(t3, 10), seed_pipe(t4, 15))


@case
def h23():
    c = Case(23, "traditional_html_2021", "2021", 2022, "某縣教育體育局", 123, ext="html",
             notes="Traditional-script HTML (official geometry, td only) for a 2022 report")
    c.trad = True
    doc = compose_html(c, html_table(c, geo_t2(c.tpl)), html_table(c, geo_t3(c.tpl)), html_table(c, geo_t4()))
    return c, doc


@case
def h24():
    c = Case(24, "t4_single_number_row", "2021", 2021, "某区退役军人事务局", 124,
             notes="Table 四 is one line of 15 space-separated numbers with no header at all")
    c.vals.update({t4f("review", "upheld"): 1, t4f("suit_direct", "other"): 1, t4f("suit_direct", "pending"): 1})
    recompute_totals(c)
    t2, t3, _ = std_flat(c)
    t4 = " ".join(c.cell(t4f(g, k)) for g in T4_GROUPS for k in T4_COLS)
    return c, compose_text(c, seed_pipe(t2, 4), seed_pipe(t3, 10), t4)


@case
def h25():
    c = Case(25, "t4_three_labelled_rows", "2019", 2020, "某市城市管理局", 125,
             notes="Table 四 re-typed as three labelled rows (行政复议 / 行政诉讼（未经复议直接起诉） / "
                   "行政诉讼（复议后起诉）) under one header row")
    c.vals.update({t4f("review", "upheld"): 2, t4f("review", "corrected"): 1, t4f("suit_direct", "upheld"): 1})
    recompute_totals(c)
    t2, t3, _ = std_flat(c)
    t4 = [["项目", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]]
    for g, lab in zip(T4_GROUPS, ("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）")):
        t4.append([lab] + [c.cell(t4f(g, k)) for k in T4_COLS])
    return c, compose_text(c, bar_rows(t2), bar_rows(t3), bar_rows(t4))


OMIT26 = {"denied.state_secret", "denied.prohibited", "denied.security", "denied.internal",
          "denied.enforcement", "unavailable.unclear", "not_processed.publication", "not_processed.mass",
          "not_processed.confirm", "other_handling.no_fee"}


@case
def h26():
    c = Case(26, "t3_rows_omitted", "2021", 2023, "某镇人民政府", 126,
             notes="Table 三 with ten all-zero result rows left out (official geometry otherwise); the omitted "
                   "fields are not in the truth")
    for r in OMIT26:
        for k in T3COLS6:
            c.vals[t3f(r, k)] = 0
    recompute_totals(c)
    for r in OMIT26:
        for k in T3COLS:
            c.removed.add(t3f(r, k))
    t2, t3, t4 = std_flat(c, t3omit=OMIT26)
    return c, compose_text(c, bar_rows(t2, outer=False), bar_rows(t3, outer=False), bar_rows(t4, outer=False))


@case
def h27():
    c = Case(27, "t3_row_missing_cell", "2019", 2020, "某县市场监督管理局", 127,
             notes="In table 三 the row 本机关不掌握相关政府信息 has only six of its seven cells (the 商业企业 cell "
                   "was lost in copying): that row's cells cannot be placed -> unknowable")
    v = c.vals
    v[t3f("unavailable.not_held", "natural")] = 3
    v[t3f("unavailable.not_held", "commercial")] = 1
    v[t3f("new", "natural")] = max(v[t3f("new", "natural")], 0) + 3
    v[t3f("new", "commercial")] += 1
    # pull out what the extra four applications would otherwise need
    for k in ("research", "social", "legal", "other"):
        v[t3f("unavailable.not_held", k)] = 0
    recompute_totals(c)
    for k in T3COLS:
        c.unknowable[t3f("unavailable.not_held", k)] = v[t3f("unavailable.not_held", k)]
    t2, t3, t4 = std_flat(c)
    for row in t3:
        if row and row[0] == L3["unavailable.not_held"]:
            del row[2]  # the commercial cell
    return c, compose_text(c, seed_pipe(t2, 4), seed_pipe(t3, 10), seed_pipe(t4, 15))


@case
def h28():
    c = Case(28, "t4_fourteen_numbers", "2021", 2021, "某市民政局", 128,
             notes="Table 四 with the two header rows but only 14 numbers (one lost): no cell of table 四 can be "
                   "placed with certainty -> all 15 unknowable; tables 二/三 normal")
    c.vals.update({t4f("review", "upheld"): 1, t4f("suit_direct", "upheld"): 2, t4f("suit_direct", "pending"): 1})
    recompute_totals(c)
    t2, t3, t4 = std_flat(c)
    for g in T4_GROUPS:
        for k in T4_COLS:
            c.unknowable[t4f(g, k)] = c.vals[t4f(g, k)]
    del t4[-1][12]  # drops t4.suit_after_review.other
    return c, compose_text(c, seed_pipe(t2, 4), seed_pipe(t3, 10), seed_pipe(t4, 15))


@case
def h29():
    c = Case(29, "wrong_total_t3", "2019", 2020, "某区应急管理局", 129, busy=2,
             notes="Table 三 （七）总计 for 总计 written one too high: results_sum, row_total and balance checks "
                   "on that cell must fail")
    c.vals[t3f("results_total", "total")] += 1
    t2, t3, t4 = std_flat(c)
    return c, compose_text(c, seed_pipe(t2, 4), seed_pipe(t3, 10), seed_pipe(t4, 15))


@case
def h30():
    c = Case(30, "wrong_total_t4", "2021", 2022, "某县林业局", 130,
             notes="Table 四 行政复议 总计 written 3 while 1+1+0+0=2: t4.total.review must fail")
    c.vals.update({t4f("review", "upheld"): 1, t4f("review", "corrected"): 1, t4f("review", "other"): 0,
                   t4f("review", "pending"): 0})
    recompute_totals(c)
    c.vals[t4f("review", "total")] = 3
    t2, t3, t4 = std_flat(c)
    return c, compose_text(c, bar_rows(t2), bar_rows(t3), bar_rows(t4))


@case
def h31():
    c = Case(31, "tables_lost", None, 2020, "某乡人民政府", 131,
             notes="Tables lost in scraping: the headings 二/三/四 follow each other with nothing in between "
                   "-> template null, no fields")
    ov = ("2020年，某乡人民政府认真贯彻落实《中华人民共和国政府信息公开条例》，全年通过政府网站主动公开政府信息86条，"
          "未收到政府信息公开申请，未发生政府信息公开行政复议、行政诉讼案件。")
    return c, compose_text(c, None, None, None, overview=ov)


@case
def h32():
    c = Case(32, "narrative_table_in_overview", "2019", 2020, "某县人民政府办公室", 132,
             notes="总体情况 contains a small two-column table of 规章 / 规范性文件 / 行政许可 / 行政处罚 counts "
                   "(different numbers) before the real tables; it must not be read as table 二")
    c.vals.update({"t2.rules.made": 1, "t2.rules.published": 1, "t2.rules.total": 7,
                   "t2.license.prev": 212, "t2.license.change": 0, "t2.license.decisions": 1534})
    ov = overview_text(c) + "\n2020年主动公开政府信息分类统计如下：\n" + bar_rows([
        ["类别", "数量（条）"], ["规章", "2"], ["规范性文件", "18"], ["行政许可", "356"], ["行政处罚", "44"],
        ["财政预决算", "12"], ["合计", "432"]]) + "\n以上信息均已在政府门户网站政府信息公开专栏发布。"
    t2, t3, t4 = std_flat(c)
    return c, compose_text(c, seed_pipe(t2, 4), seed_pipe(t3, 10), seed_pipe(t4, 15), overview=ov)


@case
def h33():
    c = Case(33, "report_2022_on_2019_tables", "2019", 2022, "某县自然资源和规划局", 133,
             notes="A 2022 report that still uses the 2019 table 二 (本年新制作数量 …) -> template 2019; "
                   "cell-per-line ' |' with '|||' runs for spanned cells")
    c.vals.update({"t2.license.prev": 61, "t2.license.change": 36, "t2.license.decisions": 97})
    t2, t3, t4 = flat(c, geo_t2(c.tpl), pad_spans=True), flat(c, geo_t3(c.tpl)), flat(c, geo_t4())
    def f(L):
        out = []
        for row in L:
            cells = [x for x in row]
            # drop the padding blanks and show them as a '|||' run after the first cell instead
            n_pad = sum(1 for x in cells[1:] if x == "") if len(set(cells[1:])) == 1 else 0
            if n_pad:
                out.append(cells[0] + " |")
                out.append("|" * (n_pad + 1))
            else:
                out += [x + " |" for x in cells]
            out.append("|")
        return "\n".join(out)
    return c, compose_text(c, f(t2), f(t3), f(t4))


@case
def h34():
    c = Case(34, "html_wrapped_headers_nbsp", "2019", 2019, "某市统计局", 134, ext="html",
             notes="HTML with <br> in header cells (本年新<br>制作数量, 商业<br>企业) and labels, <th>, "
                   "&nbsp; padding around numbers")
    br = {"本年新制作数量": ["本年新", "制作数量"], "本年新公开数量": ["本年新", "公开数量"],
          "对外公开总数量": ["对外公开", "总数量"], "商业企业": ["商业", "企业"], "科研机构": ["科研", "机构"],
          "社会公益组织": ["社会公益", "组织"], "法律服务机构": ["法律服务", "机构"],
          "一、本年新收政府信息公开申请数量": ["一、本年新收政府", "信息公开申请数量"],
          "二、上年结转政府信息公开申请数量": ["二、上年结转政府", "信息公开申请数量"],
          "未经复议直接起诉": ["未经复议", "直接起诉"]}
    kw = dict(th=True, nbsp_pad=True, br=br)
    return c, compose_html(c, html_table(c, geo_t2(c.tpl), **kw), html_table(c, geo_t3(c.tpl), **kw),
                           html_table(c, geo_t4(), **kw))


@case
def h35():
    c = Case(35, "pdftotext_layout_columns", "2021", 2021, "某区审计局", 135, busy=1.5,
             notes="pdftotext -layout: columns aligned with runs of spaces, wrapped two-line headers, rowspan "
                   "group labels on the first line of their group")
    def dw(x):
        return sum(2 if ord(ch) > 0x2000 else 1 for ch in x)

    def layout(geo, labw, numw=8):
        lines = []
        for row, ex in zip(grid_text(c, geo), expand(geo)):
            labs = [x for x, cell in zip(row, ex) if x and not (cell is not None and cell.f)]
            vals = [x for x, cell in zip(row, ex) if cell is not None and cell.f]
            lab = "  ".join(labs)
            lines.append((lab + " " * max(2, labw - dw(lab)) + "".join(f"{v:>{numw}}" for v in vals)).rstrip())
        return lines
    g2 = geo_t2(c.tpl)
    t2 = layout(g2, 24, 16)
    body3 = geo_t3(c.tpl, head=False)
    head3 = [" " * 120 + "申请人情况",
             " " * 110 + "法人或其他组织",
             " " * 98 + "自然人    商业    科研  社会公益 法律服务   其他     总计",
             " " * 106 + "企业    机构    组织    机构"]
    t3 = head3 + layout(body3, 96)
    t4 = ["        行政复议                                        行政诉讼",
          "                                         未经复议直接起诉                        复议后起诉",
          "结果  结果  其他  尚未  总计   结果  结果  其他  尚未  总计   结果  结果  其他  尚未  总计",
          "维持  纠正  结果  审结        维持  纠正  结果  审结        维持  纠正  结果  审结",
          "".join(f"{c.cell(t4f(g, k)):<6}" for g in T4_GROUPS for k in T4_COLS).rstrip()]
    return c, compose_text(c, "\n".join(t2), "\n".join(t3), "\n".join(t4))


# ---------------------------------------------------------------------------
def main() -> None:
    for old in OUT.glob("h[0-9][0-9]_*"):
        old.unlink()
    for fn in CASES:
        c, doc = fn()
        name = f"h{c.n:02d}_{c.slug}"
        (OUT / f"{name}.{c.ext}").write_text(doc, encoding="utf-8")
        truth = c.truth()
        (OUT / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
        print(f"{name}.{c.ext}: {len(truth['tables'])} cells, {len(truth['unknowable'])} unknowable, "
              f"failing {truth['failing_checks']}")


if __name__ == "__main__":
    main()
