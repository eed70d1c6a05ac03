"""Build the held-out facts corpus (h01.txt … h30.txt + gold.jsonl).

Written independently of the library (no govinfo_nlp import, no look at its
rule files or at datasets/redteam). Sources live in sources_*.py: each document
is a dict with the narrative (Simplified, with inline fact markers), the report
year, the script to render in and the statistical tables (or None).

Marker syntax inside the narrative: ``{SPAN|TYPE|SUBJECT|FLAGS}``

  SPAN     the quantity exactly as it appears in the text
  TYPE     short type name (see TYPES below)
  SUBJECT  the counted noun phrase (may be empty → null)
  FLAGS    space-separated: j (scope jurisdiction), u (scope unknown),
           y=YYYY (other year), d (delta), c (cumulative),
           inc (received total includes carried-over applications),
           cin (the carried-in applications themselves, 上年结转N件: breakdown
             t3.carried_in.total, compared with that row only; convention C10
             of datasets/gold/README.md §13, session 15),
           col=natural|commercial|… (applicant-type breakdown of received),
           o=OUTCOME (outcome breakdown: granted, partial, denied,
             unavailable, not_processed, other_handling, upheld, pending,
             corrected_col …), nov (no table field: unverifiable),
           pub (2019 template: count of 规范性文件 published, not made),
           v=…, un=…, ap=… (override the parsed value / unit / approx)

The value/unit/approx come from the span via surface.parse_surface.
Verdicts are computed from the same table numbers that are rendered.

Usage: python datasets/heldout/facts/build.py
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import opencc  # noqa: E402

from surface import parse_surface, to_fullwidth_digits  # noqa: E402

TYPES = {
    "items": "proactive.items",
    "norm": "proactive.normative",
    "rules": "proactive.rules",
    "interp": "proactive.interpretations",
    "gaz": "proactive.gazette",
    "press": "proactive.press_conferences",
    "recv": "requests.received",
    "closed": "requests.closed",
    "rev": "appeals.review",
    "suit": "appeals.suit",
    "corr": "appeals.corrected",
    "tsess": "training.sessions",
    "tatt": "training.attendees",
    "media": "new_media.accounts",
    "visits": "platform.visits",
    "resp": "opinion.responses",
    "insp": "supervision.inspections",
    "other": "other",
}
RECONCILED = {"proactive.normative", "proactive.rules", "requests.received",
              "requests.closed", "appeals.review", "appeals.suit", "appeals.corrected"}

COLS = ["natural", "commercial", "research", "social", "legal", "other"]
DENIED = ["state_secret", "prohibited", "security", "third_party", "internal",
          "process", "enforcement", "query"]
UNAVAIL = ["not_held", "needs_creation", "unclear"]
NOTPROC = ["complaint", "duplicate", "publication", "mass", "confirm"]
OTHER21 = ["no_supplement", "no_fee", "other"]

MARK = re.compile(r"\{([^{}|]+)\|([a-z]+)\|([^{}|]*)\|?([^{}]*)\}")


# ---------------------------------------------------------------- tables
def result_rows(template):
    rows = ["granted", "partial"] + ["denied." + r for r in DENIED] + \
        ["unavailable." + r for r in UNAVAIL] + ["not_processed." + r for r in NOTPROC]
    if template == "2019":
        rows.append("other_handling")
    else:
        rows += ["other_handling." + r for r in OTHER21]
    return rows


def as_cols(v):
    if v is None:
        return [0] * 6
    if isinstance(v, int):
        return [v, 0, 0, 0, 0, 0]
    assert len(v) == 6, v
    return list(v)


def table_fields(spec, template):
    """Flat {field id: value} from a compact table spec."""
    f = {}
    rng = random.Random(spec.get("seed", 1))
    if "t2" in spec:
        t2 = spec["t2"]
        for row in ("rules", "normative"):
            a, b, c = t2.get(row, (0, 0, 0))
            names = ("made", "published", "total") if template == "2019" else ("issued", "repealed", "in_force")
            for n, x in zip(names, (a, b, c)):
                f[f"t2.{row}.{n}"] = x
        spec.setdefault("_t2extra", [rng.randint(0, 40) for _ in range(12)])
    new = as_cols(spec["new"])
    cin = as_cols(spec.get("cin"))
    res = {r: as_cols(spec["res"].get(r)) for r in result_rows(template)}
    for k in spec["res"]:
        assert k in res, k
    tot = [sum(res[r][i] for r in res) for i in range(6)]
    cout = [new[i] + cin[i] - tot[i] for i in range(6)]
    assert min(cout) >= 0, (spec, cout)
    for name, vals in [("new", new), ("carried_in", cin), ("results_total", tot), ("carried_out", cout)] + list(res.items()):
        for c, x in zip(COLS, vals):
            f[f"t3.{name}.{c}"] = x
        f[f"t3.{name}.total"] = sum(vals)
    if "t4" in spec:
        for g in ("review", "suit_direct", "suit_after_review"):
            vals = spec["t4"].get(g, (0, 0, 0, 0))
            for n, x in zip(("upheld", "corrected", "other", "pending"), vals):
                f[f"t4.{g}.{n}"] = x
            f[f"t4.{g}.total"] = sum(vals)
    return f


def render_tables(spec, template, f):
    L = []
    if "t2" in spec:
        ex = spec["_t2extra"]
        L.append("二、主动公开政府信息情况")
        L.append("第二十条第(一)项 | |||")
        if template == "2019":
            L.append("信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 |")
            L.append(f"规章 | {f['t2.rules.made']} | {f['t2.rules.published']} | {f['t2.rules.total']} |")
            L.append(f"规范性文件 | {f['t2.normative.made']} | {f['t2.normative.published']} | {f['t2.normative.total']} |")
            L.append("第二十条第(五)项 | |||")
            L.append("信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |")
            L.append(f"行政许可 | {ex[0]} | {ex[1] % 5} | {ex[2] * 17} |")
            L.append(f"其他对外管理服务事项 | {ex[3] % 9} | 0 | {ex[4]} |")
            L.append("第二十条第(六)项 | |||")
            L.append("信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |")
            L.append(f"行政处罚 | {ex[5]} | {ex[6] % 3} | {ex[7] * 3} |")
            L.append(f"行政强制 | {ex[8] % 4} | 0 | {ex[9] % 6} |")
            L.append("第二十条第(八)项 | |||")
            L.append("信息内容 | 上一年项目数量 | 本年增/减 | |")
            L.append(f"行政事业性收费 | {ex[10] % 7} | 0 | |")
            L.append("第二十条第(九)项 | |||")
            L.append("信息内容 | 采购项目数量 | 采购总金额 | |")
            L.append(f"政府集中采购 | {ex[11] % 12} | {ex[11] * 13.25:.2f}万元 |")
        else:
            L.append("信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |")
            L.append(f"规章 | {f['t2.rules.issued']} | {f['t2.rules.repealed']} | {f['t2.rules.in_force']} |")
            L.append(f"行政规范性文件 | {f['t2.normative.issued']} | {f['t2.normative.repealed']} | {f['t2.normative.in_force']} |")
            L.append("第二十条第(五)项 | |||")
            L.append("信息内容 | 本年处理决定数量 | ||")
            L.append(f"行政许可 | {ex[2] * 23} | ||")
            L.append("第二十条第(六)项 | |||")
            L.append("信息内容 | 本年处理决定数量 | ||")
            L.append(f"行政处罚 | {ex[7] * 2} | ||")
            L.append(f"行政强制 | {ex[9] % 5} | ||")
            L.append("第二十条第(八)项 | |||")
            L.append("信息内容 | 本年收费金额(单位:万元) | ||")
            L.append(f"行政事业性收费 | {ex[10] * 1.5:.1f} | ||")
    # table 三
    def row(name):
        return " | ".join(str(f[f"t3.{name}.{c}"]) for c in COLS + ["total"])
    L.append("三、收到和处理政府信息公开申请情况")
    L.append("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||")
    L.append("自然人 | 法人或其他组织 | 总计 | |||||||")
    L.append("商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||")
    L.append(f"一、本年新收政府信息公开申请数量 | {row('new')} | ||")
    L.append(f"二、上年结转政府信息公开申请数量 | {row('carried_in')} | ||")
    L.append(f"三、本年度办理结果 | (一)予以公开 | {row('granted')} | |")
    L.append(f"(二)部分公开(区分处理的,只计这一情形,不计其他情形) | {row('partial')} | ||")
    dl = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
          "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
    for i, (r, lab) in enumerate(zip(DENIED, dl)):
        L.append((f"(三)不予公开 | {lab} | {row('denied.' + r)} | |" if i == 0 else f"{lab} | {row('denied.' + r)} | ||"))
    ul = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
    for i, (r, lab) in enumerate(zip(UNAVAIL, ul)):
        L.append((f"(四)无法提供 | {lab} | {row('unavailable.' + r)} | |" if i == 0 else f"{lab} | {row('unavailable.' + r)} | ||"))
    nl = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
          "5.要求行政机关确认或重新出具已获取信息"]
    for i, (r, lab) in enumerate(zip(NOTPROC, nl)):
        L.append((f"(五)不予处理 | {lab} | {row('not_processed.' + r)} | |" if i == 0 else f"{lab} | {row('not_processed.' + r)} | ||"))
    if template == "2019":
        L.append(f"(六)其他处理 | {row('other_handling')} | ||")
    else:
        ol = ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
              "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]
        for i, (r, lab) in enumerate(zip(OTHER21, ol)):
            L.append((f"(六)其他处理 | {lab} | {row('other_handling.' + r)} | |" if i == 0 else f"{lab} | {row('other_handling.' + r)} | ||"))
    L.append(f"(七)总计 | {row('results_total')} | ||")
    L.append(f"四、结转下年度继续办理 | {row('carried_out')} |")
    if "t4" in spec:
        L.append("四、政府信息公开行政复议、行政诉讼情况")
        L.append("行政复议 | 行政诉讼 | |||||||||||||")
        L.append("结果 维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||")
        L.append("结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | |||||")
        cells = []
        for g in ("review", "suit_direct", "suit_after_review"):
            cells += [f[f"t4.{g}.{n}"] for n in ("upheld", "corrected", "other", "pending", "total")]
        L.append(" | ".join(map(str, cells)) + " |")
    return "\n".join(L)


# ---------------------------------------------------------------- verdicts
OUTCOME_ROWS = {
    "granted": ["granted"], "partial": ["partial"],
    "granted+partial": ["granted", "partial"],
    "denied": ["denied." + r for r in DENIED],
    "unavailable": ["unavailable." + r for r in UNAVAIL],
    "not_held": ["unavailable.not_held"],
    "not_processed": ["not_processed." + r for r in NOTPROC],
}


def counterpart(ftype, flags, template):
    """Field ids whose (sum) the fact reconciles with; [] = no field."""
    o = flags.get("o")
    if "nov" in flags:
        return []
    if ftype == "requests.received":
        if "cin" in flags:
            return ["t3.carried_in.total"]
        if flags.get("col") == "org":
            return [f"t3.new.{c}" for c in COLS[1:]]
        if "col" in flags:
            return [f"t3.new.{flags['col']}"]
        return ["t3.new.total", "t3.carried_in.total"] if "inc" in flags else ["t3.new.total"]
    if ftype == "requests.closed":
        if not o:
            return ["t3.results_total.total"]
        if o == "other_handling":
            rows = ["other_handling"] if template == "2019" else ["other_handling." + r for r in OTHER21]
        else:
            rows = OUTCOME_ROWS[o]
        return [f"t3.{r}.total" for r in rows]
    if ftype == "appeals.review":
        return [f"t4.review.{o or 'total'}"]
    if ftype == "appeals.suit":
        return [f"t4.suit_direct.{o or 'total'}", f"t4.suit_after_review.{o or 'total'}"]
    if ftype == "appeals.corrected":
        return ["t4.review.corrected", "t4.suit_direct.corrected", "t4.suit_after_review.corrected"]
    if ftype in ("proactive.normative", "proactive.rules"):
        row = "normative" if ftype == "proactive.normative" else "rules"
        if template == "2021":
            return [f"t2.{row}.issued"]
        return [f"t2.{row}.published" if "pub" in flags else f"t2.{row}.made"]
    raise KeyError(ftype)


def agrees(value, approx, table):
    if approx is None:
        return abs(value - table) < 1e-9
    if approx == "over":
        return value <= table <= value * 1.5 + 1
    if approx == "under":
        return value * 0.8 - 1 <= table <= value
    if approx == "about":
        return abs(table - value) <= max(1, 0.1 * value)
    raise ValueError(approx)


def verdict(fact, fields, tables, report_year):
    if fact["scope"] != "self" or fact["year"] != report_year:
        v, t = "not_comparable", None
    elif not fields or tables is None or any(x not in tables for x in fields):
        v, t = "unverifiable", None
    else:
        t = sum(tables[x] for x in fields)
        v = "consistent" if agrees(fact["value"], fact["approx"], t) else "inconsistent"
    if v == "not_comparable" and tables is not None and fields and all(x in tables for x in fields):
        t = sum(tables[x] for x in fields)
    return {"start": fact["start"], "verdict": v, "fields": fields, "table": t}


# ---------------------------------------------------------------- build
def strip_markers(src):
    out, marks, pos = [], [], 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        start = sum(map(len, out))
        span, t, subj, fl = m.group(1), m.group(2), m.group(3), m.group(4)
        out.append(span)
        marks.append((start, start + len(span), span, t, subj.strip() or None, fl.split()))
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "{" not in text and "}" not in text, text[text.find("{") - 20:text.find("{") + 40]
    return text, marks


def parse_flags(fl):
    d = {}
    for x in fl:
        if "=" in x:
            k, v = x.split("=", 1)
            d[k] = v
        else:
            d[x] = True
    return d


def build_doc(doc):
    year = doc["year"]
    template = "2019" if year <= 2020 else "2021"
    narrative = doc["text"].strip("\n")
    from extras import EXTRA
    if doc["id"] in EXTRA:
        narrative += "\n" + EXTRA[doc["id"]]
    # split narrative around the table position marker
    if "<<TABLES>>" in narrative:
        head, tail = narrative.split("<<TABLES>>")
    else:
        head, tail = narrative, ""
    tables = None
    table_text = ""
    if doc.get("tables"):
        tables = table_fields(doc["tables"], template)
        table_text = render_tables(doc["tables"], template, tables)
    src = head.rstrip("\n") + "\n" + (table_text + "\n" if table_text else "") + tail.lstrip("\n")
    src = src.rstrip("\n") + "\n"
    text, marks = strip_markers(src)
    script = doc.get("script", "s")
    if script == "t":
        conv = opencc.OpenCC("s2t").convert(text)
        assert len(conv) == len(text), doc["id"]
        text = conv
    elif script == "fw":
        # full-width digits in the prose (not in the tables)
        tstart = text.find(table_text) if table_text else -1
        if tstart >= 0:
            text = fullwidth(text[:tstart]) + text[tstart:tstart + len(table_text)] + \
                fullwidth(text[tstart + len(table_text):])
        else:
            text = fullwidth(text)
    facts, verdicts = [], []
    for s, e, span, t, subj, fl in marks:
        flags = parse_flags(fl)
        surf = text[s:e]
        value, unit, approx = parse_surface(surf)
        if "v" in flags:
            value = float(flags["v"]) if "." in flags["v"] else int(flags["v"])
        if "un" in flags:
            unit = None if flags["un"] == "null" else flags["un"]
        if "ap" in flags:
            approx = None if flags["ap"] == "null" else flags["ap"]
        ftype = TYPES[t]
        scope = "jurisdiction" if "j" in flags else "unknown" if "u" in flags else "self"
        fyear = int(flags["y"]) if "y" in flags else year
        if subj and script == "t":
            pass  # subjects are written in Simplified
        fact = {"start": s, "end": e, "value": value, "unit": unit, "approx": approx,
                "type": ftype, "scope": scope, "year": fyear, "subject": subj,
                "delta": "d" in flags, "cumulative": "c" in flags}
        if "cin" in flags:
            fact["breakdown"] = "t3.carried_in.total"
        if fact["delta"] or fact["cumulative"]:
            assert ftype == "other", (doc["id"], span)
        if unit == "%":
            assert ftype == "other", (doc["id"], span)
        facts.append(fact)
        if ftype in RECONCILED:
            verdicts.append(verdict(fact, counterpart(ftype, flags, template), tables, year))
    bad = [f"{text[v['start']:next(f['end'] for f in facts if f['start'] == v['start'])]} "
           f"({next(f['type'] for f in facts if f['start'] == v['start'])}, table {v['table']})"
           for v in verdicts if v["verdict"] == "inconsistent"]
    doc = dict(doc, notes=(f"template {template if tables else 'none'}; script "
                           f"{ {'s': 'simplified', 't': 'traditional', 'fw': 'simplified, full-width digits in prose'}[script] }; "
                           f"deliberately inconsistent claims: {'; '.join(bad) or 'none'}"))
    return text, {"doc": f"corpus:heldout/facts/{doc['id']}.txt", "report_year": year,
                  "template": template if tables else None,
                  "facts": facts, "verdicts": verdicts,
                  **({"notes": doc["notes"]} if doc.get("notes") else {})}


def fullwidth(s):
    s = to_fullwidth_digits(s)
    s = re.sub(r"(?<=[０-９])\.(?=[０-９])", "．", s)
    return re.sub(r"(?<=[０-９])%", "％", s)


def main():
    docs = []
    for mod in ("sources_a", "sources_b", "sources_c"):
        try:
            docs += __import__(mod).DOCS
        except ModuleNotFoundError:
            pass
    lines = []
    for doc in docs:
        text, gold = build_doc(doc)
        (HERE / f"{doc['id']}.txt").write_text(text, encoding="utf-8", newline="")
        lines.append(json.dumps(gold, ensure_ascii=False))
    (HERE / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(docs)} documents, {sum(len(json.loads(x)['facts']) for x in lines)} facts")


if __name__ == "__main__":
    main()
