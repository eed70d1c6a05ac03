"""Render the verdicts15 red-team documents and their hand-judged claims.

Each document below is written as an agency writes a 2019-template report
(国办公开办函〔2019〕60号: t2 with 本年新制作/本年新公开/对外公开总数量, one
（六）其他处理 row in t3, t4 as one row of fifteen cells), for the years
2019-2021 (2021: laggards still on the old template). The prose and the claims
were written before the library was run on them; the tables are rendered by
the functions below into the layouts real corpora hold (pipe rows from a web
scrape, one cell per line, an HTML page, PDF-extracted text), some in
Traditional script. `python make.py` rewrites docs/ and claims.jsonl and
checks that every claim's snippet occurs exactly once in its document.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import verdict_sets as sets  # noqa: E402  (the claims' rows, shared with verdicts17 and 18)

COLS = ("natural", "commercial", "research", "social", "legal", "other")

T3_ROWS = (
    ("new", "一、本年新收政府信息公开申请数量", None),
    ("carried_in", "二、上年结转政府信息公开申请数量", None),
    ("granted", "(一)予以公开", "三、本年度办理结果"),
    ("partial", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", None),
    ("denied.state_secret", "1.属于国家秘密", "(三)不予公开"),
    ("denied.prohibited", "2.其他法律行政法规禁止公开", None),
    ("denied.security", "3.危及“三安全一稳定”", None),
    ("denied.third_party", "4.保护第三方合法权益", None),
    ("denied.internal", "5.属于三类内部事务信息", None),
    ("denied.process", "6.属于四类过程性信息", None),
    ("denied.enforcement", "7.属于行政执法案卷", None),
    ("denied.query", "8.属于行政查询事项", None),
    ("unavailable.not_held", "1.本机关不掌握相关政府信息", "(四)无法提供"),
    ("unavailable.needs_creation", "2.没有现成信息需要另行制作", None),
    ("unavailable.unclear", "3.补正后申请内容仍不明确", None),
    ("not_processed.complaint", "1.信访举报投诉类申请", "(五)不予处理"),
    ("not_processed.duplicate", "2.重复申请", None),
    ("not_processed.publication", "3.要求提供公开出版物", None),
    ("not_processed.mass", "4.无正当理由大量反复申请", None),
    ("not_processed.confirm", "5.要求行政机关确认或重新出具已获取信息", None),
    ("other_handling", "(六)其他处理", None),
    ("results_total", "(七)总计", None),
    ("carried_out", "四、结转下年度继续办理", None),
)
RESULT_ROWS = [r for r, _, _ in T3_ROWS if r not in ("new", "carried_in", "results_total", "carried_out")]


def t3_values(spec: dict) -> dict[str, list[str]]:
    """Every t3 row's seven cells as text; a row given as an int is all 自然人."""
    rows: dict[str, list[int]] = {}
    for row, _, _ in T3_ROWS:
        v = spec.get(row, 0)
        rows[row] = [v, 0, 0, 0, 0, 0] if isinstance(v, int) else list(v)
    rows["results_total"] = [sum(rows[r][i] for r in RESULT_ROWS) for i in range(6)]
    out: dict[str, list[str]] = {}
    for row, cells in rows.items():
        out[row] = [str(c) for c in cells] + [str(sum(cells))]
    for key, text in spec.get("damage", {}).items():
        row, col = key.rsplit(".", 1)
        idx = list(COLS + ("total",)).index(col)
        out[row][idx] = text
    return out


def t4_cells(spec: dict) -> list[str]:
    cells: list[str] = []
    for group in ("review", "suit_direct", "suit_after_review"):
        g = spec.get(group, (0, 0, 0, 0))
        if g is None:
            cells += [""] * 5
        else:
            cells += [str(x) for x in g] + [str(sum(g))]
    for idx, text in spec.get("t4damage", {}).items():
        cells[idx] = text
    if "t4drop" in spec:
        del cells[spec["t4drop"]]
    return cells


T2_DEFAULT = {
    "rules": (0, 0, 0),
    "normative": (0, 0, 0),
    "license": ("12", "+1", "356"),
    "other_services": ("3", "0", "41"),
    "penalty": ("25", "+2", "87"),
    "coercion": ("4", "0", "9"),
    "fees": ("2", "0"),
    "procurement": ("5", "126.5"),
}
T2_LAYOUT = (
    ("第二十条第(一)项", ("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"), ("rules", "normative")),
    ("第二十条第(五)项", ("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"), ("license", "other_services")),
    ("第二十条第(六)项", ("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"), ("penalty", "coercion")),
    ("第二十条第(八)项", ("信息内容", "上一年项目数量", "本年增/减"), ("fees",)),
    ("第二十条第(九)项", ("信息内容", "采购项目数量", "采购总金额"), ("procurement",)),
)
T2_LABEL = {
    "rules": "规章",
    "normative": "规范性文件",
    "license": "行政许可",
    "other_services": "其他对外管理服务事项",
    "penalty": "行政处罚",
    "coercion": "行政强制",
    "fees": "行政事业性收费",
    "procurement": "政府集中采购",
}
T3_HEAD = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)"
T4_HEAD1 = ("行政复议", "行政诉讼")
T4_HEAD2 = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉")
T4_HEAD3 = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计") * 2


def t2_rows(spec: dict) -> list[tuple[str, list[list[str]]]]:
    t2 = dict(T2_DEFAULT)
    t2.update(spec.get("t2", {}))
    blocks = []
    for title, head, rows in T2_LAYOUT:
        body = [list(head)] + [[T2_LABEL[r]] + [str(x) for x in t2[r]] for r in rows]
        blocks.append((title, body))
    return blocks


# ---------------------------------------------------------------- layouts


def render_pipe(doc: dict) -> str:
    out = []
    for title, body in t2_rows(doc):
        out.append(title + " | " + "|" * (len(body[0]) - 1))
        out += [" | ".join(r) + " |" for r in body]
    t2 = "\n".join(out)
    v = t3_values(doc["t3"])
    lines = [T3_HEAD + " | 申请人情况 | ||||||||", "自然人 | 法人或其他组织 | 总计 | |||||||",
             "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||"]
    for row, label, group in T3_ROWS:
        lead = f"{group} | {label}" if group else label
        lines.append(lead + " | " + " | ".join(v[row]) + " | ||")
    t3 = "\n".join(lines)
    t4 = "\n".join([
        " | ".join(T4_HEAD1) + " | |||||||||||||",
        " | ".join(T4_HEAD2) + " | ||||||||",
        " | ".join(T4_HEAD3) + " | |||||",
        " | ".join(t4_cells(doc["t4"])) + " |",
    ])
    return assemble(doc, t2, t3, t4)


def render_cells(doc: dict) -> str:
    out = []
    for title, body in t2_rows(doc):
        out += [title + " |", "|" * (len(body[0]) - 1)]
        for r in body:
            out += [c + " |" for c in r]
    t2 = "\n".join(out)
    v = t3_values(doc["t3"])
    lines = [T3_HEAD + " |", "申请人情况 |", "||||||||", "自然人 |", "法人或其他组织 |", "总计 |", "|||||||"]
    lines += [c + " |" for c in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")] + ["|||||"]
    for row, label, group in T3_ROWS:
        if group:
            lines.append(group + " |")
        lines.append(label + " |")
        lines += [c + " |" for c in v[row]]
        lines.append("||")
    t3 = "\n".join(lines)
    t4l = [c + " |" for c in T4_HEAD1 + T4_HEAD2 + T4_HEAD3]
    t4l += [c + " |" for c in t4_cells(doc["t4"])]
    return assemble(doc, t2, t3, "\n".join(t4l))


def render_pdf(doc: dict) -> str:
    out = []
    for title, body in t2_rows(doc):
        out.append(title)
        for r in body:
            out.append("  ".join(r))
    t2 = "\n".join(out)
    v = t3_values(doc["t3"])
    lines = ["(本列数据的勾稽关系为:第一项加第二项之和,等于第三", "项加第四项之和)      申请人情况",
             "自然人   法人或其他组织   总计", "商业企业 科研机构 社会公益组织 法律服务机构 其他"]
    for row, label, group in T3_ROWS:
        lead = f"{group} {label}" if group else label
        if row == "partial":
            lines.append("(二)部分公开(区分处理的,只计这一情形,不计其他 " + "  ".join(v[row]))
            lines.append("情形)")
            continue
        if row == "not_processed.confirm":
            lines.append("5.要求行政机关确认或重新出具已获取 " + "  ".join(v[row]))
            lines.append("信息")
            continue
        lines.append(lead + "  " + "  ".join(v[row]))
    t3 = "\n".join(lines)
    t4 = "\n".join([
        "行政复议                    行政诉讼",
        "结果 结果 其他 尚未 总计   未经复议直接起诉            复议后起诉",
        "维持 纠正 结果 审结        结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
        "  ".join(t4_cells(doc["t4"])),
    ])
    return assemble(doc, t2, t3, t4, page_marks=True)


def td(text: str, **attrs: int) -> str:
    a = "".join(f' {k}="{v}"' for k, v in attrs.items())
    return f"<td{a}><p>{html.escape(text)}</p></td>"


def render_html(doc: dict) -> str:
    t2 = []
    for title, body in t2_rows(doc):
        t2.append(f'<tr>{td(title, colspan=4)}</tr>')
        for r in body:
            t2.append("<tr>" + "".join(td(c) for c in r) + "</tr>")
    t2s = '<table border="1" cellspacing="0" cellpadding="0" width="600"><tbody>' + "\n".join(t2) + "</tbody></table>"
    v = t3_values(doc["t3"])
    rows = [
        "<tr>" + td(T3_HEAD, colspan=3, rowspan=3) + td("申请人情况", colspan=7) + "</tr>",
        "<tr>" + td("自然人", rowspan=2) + td("法人或其他组织", colspan=5) + td("总计", rowspan=2) + "</tr>",
        "<tr>" + "".join(td(c) for c in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")) + "</tr>",
    ]
    spans = {"granted": ("三、本年度办理结果", 20), "denied.state_secret": ("(三)不予公开", 8),
             "unavailable.not_held": ("(四)无法提供", 3), "not_processed.complaint": ("(五)不予处理", 5)}
    in_sub = {r for r, _, _ in T3_ROWS if "." in r}
    for row, label, _group in T3_ROWS:
        cells = ""
        if row in ("new", "carried_in", "carried_out"):
            cells = td(label, colspan=3)
        else:
            if row in spans and row == "granted":
                cells += td(spans[row][0], rowspan=spans[row][1])
            if row in in_sub:
                if row in spans:
                    cells += td(spans[row][0], rowspan=spans[row][1])
                cells += td(label)
            else:
                cells += td(label, colspan=2)
        cells += "".join(td(c) for c in v[row])
        rows.append(f"<tr>{cells}</tr>")
    t3s = '<table border="1" cellspacing="0" width="640"><tbody>' + "\n".join(rows) + "</tbody></table>"
    t4c = t4_cells(doc["t4"])
    t4rows = [
        "<tr>" + td("行政复议", colspan=5) + td("行政诉讼", colspan=10) + "</tr>",
        "<tr>" + "".join(td(c, rowspan=2) for c in T4_HEAD2[:5]) + td("未经复议直接起诉", colspan=5) + td("复议后起诉", colspan=5) + "</tr>",
        "<tr>" + "".join(td(c) for c in T4_HEAD3) + "</tr>",
        "<tr>" + "".join(td(c) for c in t4c) + "</tr>",
    ]
    t4s = '<table border="1" cellspacing="0"><tbody>' + "\n".join(t4rows) + "</tbody></table>"
    body = assemble(doc, t2s, t3s, t4s, para=True)
    agency = doc["agency"]
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>'
        f'{agency}{doc["year"]}年政府信息公开工作年度报告_政府信息公开年报</title></head>\n<body>\n'
        '<div class="header"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>\n'
        '<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>\n'
        f'<div class="article"><h1>{agency}{doc["year"]}年政府信息公开工作年度报告</h1>\n'
        f'<div class="info">发布时间：{doc["year"] + 1}-01-2{doc["n"] % 9}  来源：{agency}  浏览次数：</div>\n'
        f'<div class="content">\n{body}\n</div></div>\n'
        '<div class="footer">主办单位：' + agency + ' 网站标识码：' + f'{3300000000 + doc["n"] * 1777}' + ' 联系电话：0571-8' + f'{6000000 + doc["n"] * 311}' + '</div>\n</body></html>\n'
    )


HEADINGS = {
    "overview": "一、总体情况",
    "proactive": "二、主动公开政府信息情况",
    "requests": "三、收到和处理政府信息公开申请情况",
    "appeals": "四、政府信息公开行政复议、行政诉讼情况",
    "problems": "五、存在的主要问题及改进情况",
    "other": "六、其他需要报告的事项",
}


def assemble(doc: dict, t2: str, t3: str, t4: str, para: bool = False, page_marks: bool = False) -> str:
    def p(text: str) -> str:
        if not para:
            return text
        return "\n".join(f"<p>{line}</p>" for line in text.split("\n") if line)

    parts = []
    title = f'{doc["agency"]}{doc["year"]}年政府信息公开工作年度报告'
    if not para:
        parts.append(title)
    parts.append(p(doc.get("preamble", f"本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求编制。报告中所列数据的统计期限自{doc['year']}年1月1日起至{doc['year']}年12月31日止。")))
    for sec in ("overview", "proactive", "requests", "appeals", "problems", "other"):
        parts.append(p(HEADINGS[sec]))
        text = doc.get(sec, "")
        if text:
            parts.append(p(text))
        if sec == "proactive":
            parts.append(t2)
        if sec == "requests":
            parts.append(t3)
        if sec == "appeals":
            parts.append(t4)
        if page_marks and sec == "requests":
            parts.append("— 3 —")
    if not para:
        parts.append(f'{doc["agency"]}\n{doc["year"] + 1}年1月{10 + doc["n"] % 18}日')
    return "\n".join(parts) + "\n"


RENDER = {"pipe": render_pipe, "cells": render_cells, "pdf": render_pdf, "html": render_html}


def s2t(text: str) -> str:
    import opencc  # only to write the Traditional documents

    return opencc.OpenCC("s2t").convert(text)


def main() -> None:
    from docs_spec import AFTER_FROM, DOCS

    docs_dir = HERE / "docs"
    docs_dir.mkdir(exist_ok=True)
    claims = []
    for doc in DOCS:
        text = RENDER[doc["layout"]](doc)
        if doc.get("traditional"):
            text = s2t(text)
        ext = ".html" if doc["layout"] == "html" else ".txt"
        name = f'v15_{doc["n"]:02d}{ext}'
        (docs_dir / name).write_text(text, encoding="utf-8")
        set_ = "after" if doc["n"] >= AFTER_FROM else "blind"
        script = s2t if doc.get("traditional") else None
        claims += [sets.claim_row(name, text, c, set_=set_, script=script) for c in doc["claims"]]
    sets.write_claims(HERE, claims)
    print(len(DOCS), "documents,", len(claims), "claims")


if __name__ == "__main__":
    main()
