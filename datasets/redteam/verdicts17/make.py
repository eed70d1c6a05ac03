"""Render the verdicts17 red-team documents and their hand-judged claims.

Each document in docs_spec.py is written as an agency writes a 2021-template
report (国办公开办函〔2021〕30号: t2 with 本年制发件数/本年废止件数/现行有效件数 and
one 本年处理决定数量 or 本年收费金额 column below, t3 with (六)其他处理 in three
rows, t4 as one row of fifteen cells), for the years 2021-2025. The tables are
rendered into the layouts real corpora hold: pipe rows from a web scrape, one
cell per line, a saved HTML page with chrome and spans, a PDF text layer with
wrapped labels, rows broken across lines and page marks; some in Traditional
script. `python make.py` rewrites docs/ and claims.jsonl, checks every claim's
snippet occurs once in its document, and checks the t3 balance of the values given holds unless a
document says its arithmetic fails on purpose (`arith_fails`: damaged totals).

The helpers that do not depend on the template (t4 cells, the HTML cell, the
headings, s2t) are verdicts15's make.py, imported by path so they are written once.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent

_spec = importlib.util.spec_from_file_location("verdicts15_make", HERE.parent / "verdicts15" / "make.py")
assert _spec and _spec.loader
v15 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(v15)

COLS = v15.COLS
td = v15.td
t4_cells = v15.t4_cells
HEADINGS = v15.HEADINGS

OTHER_1 = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
OTHER_2 = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
# the 2019 template's rows, but (六)其他处理 in the three rows the 2021 template gives it
T3_ROWS = tuple(
    part
    for row in v15.T3_ROWS
    for part in (
        (
            ("other_handling.no_supplement", OTHER_1, "(六)其他处理"),
            ("other_handling.no_fee", OTHER_2, None),
            ("other_handling.other", "3.其他", None),
        )
        if row[0] == "other_handling"
        else (row,)
    )
)
RESULT_ROWS = [r for r, _, _ in T3_ROWS if r not in ("new", "carried_in", "results_total", "carried_out")]


def t3_numbers(spec: dict) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = {}
    for row, _, _ in T3_ROWS:
        v = spec.get(row, 0)
        rows[row] = [v, 0, 0, 0, 0, 0] if isinstance(v, int) else list(v)
    rows["results_total"] = [sum(rows[r][i] for r in RESULT_ROWS) for i in range(6)]
    return {row: cells + [sum(cells)] for row, cells in rows.items()}


def t3_values(spec: dict) -> dict[str, list[str]]:
    """Every t3 row's seven cells as text; a row given as an int is all 自然人.
    `damage` replaces a cell's text ("row.col": text); `drop` removes a row's cell
    (row: index), as a scrape that lost a cell gives it."""
    out = {row: [str(c) for c in cells] for row, cells in t3_numbers(spec).items()}
    for key, text in spec.get("damage", {}).items():
        row, col = key.rsplit(".", 1)
        out[row][list((*COLS, "total")).index(col)] = text
    for row, idx in spec.get("drop", {}).items():
        del out[row][idx]
    return out


def balance_holds(spec: dict) -> bool:
    n = t3_numbers(spec)
    return all(
        n["new"][i] + n["carried_in"][i] == n["results_total"][i] + n["carried_out"][i] for i in range(7)
    )


T2_DEFAULT = {
    "rules": (0, 0, 0),
    "normative": (0, 0, 0),
    "license": (0,),
    "penalty": (0,),
    "coercion": (0,),
    "fees": (0,),
}
T2_LAYOUT = (
    ("第二十条第(一)项", ("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), ("rules", "normative")),
    ("第二十条第(五)项", ("信息内容", "本年处理决定数量"), ("license",)),
    ("第二十条第(六)项", ("信息内容", "本年处理决定数量"), ("penalty", "coercion")),
    ("第二十条第(八)项", ("信息内容", "本年收费金额(单位:万元)"), ("fees",)),
)
T2_LABEL = {
    "rules": "规章",
    "normative": "行政规范性文件",
    "license": "行政许可",
    "penalty": "行政处罚",
    "coercion": "行政强制",
    "fees": "行政事业性收费",
}
T3_HEAD = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)"


def t2_rows(doc: dict) -> list[tuple[str, list[list[str]]]]:
    t2 = dict(T2_DEFAULT)
    t2.update(doc.get("t2", {}))
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
        out += [" | ".join(r) + " | " + "|" * (4 - len(r)) for r in body]
    v = t3_values(doc["t3"])
    lines = [
        T3_HEAD + " | 申请人情况 | ||||||||",
        "自然人 | 法人或其他组织 | 总计 | |||||||",
        "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||",
    ]
    for row, label, group in T3_ROWS:
        lead = f"{group} | {label}" if group else label
        lines.append(lead + " | " + " | ".join(v[row]) + " | ||")
    t4 = [
        "行政复议 | 行政诉讼 | |||||||||||||",
        " | ".join(v15.T4_HEAD2) + " | ||||||||",
        " | ".join(v15.T4_HEAD3) + " | |||||",
        " | ".join(t4_cells(doc["t4"])) + " |",
    ]
    return assemble(doc, "\n".join(out), "\n".join(lines), "\n".join(t4))


def render_cells(doc: dict) -> str:
    out = []
    for title, body in t2_rows(doc):
        out += [title + " |", "|" * (len(body[0]) - 1)]
        for r in body:
            out += [c + " |" for c in r]
    v = t3_values(doc["t3"])
    lines = [T3_HEAD + " |", "申请人情况 |", "||||||||", "自然人 |", "法人或其他组织 |", "总计 |", "|||||||"]
    lines += [c + " |" for c in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")] + ["|||||"]
    for row, label, group in T3_ROWS:
        if group:
            lines.append(group + " |")
        lines.append(label + " |")
        lines += [c + " |" for c in v[row]]
        lines.append("||")
    t4l = [c + " |" for c in ("行政复议", "行政诉讼", *v15.T4_HEAD2, *v15.T4_HEAD3)]
    t4l += [c + " |" for c in t4_cells(doc["t4"])]
    return assemble(doc, "\n".join(out), "\n".join(lines), "\n".join(t4l))


def render_pdf(doc: dict) -> str:
    """A PDF text layer: cells separated by spaces, long labels wrapped onto the
    next line, the 其他处理 labels on a line of their own above their numbers, the
    two count rows broken after the third cell, and a page mark inside table 三."""
    out = []
    for title, body in t2_rows(doc):
        out.append(title)
        out += [" ".join(r) for r in body]
    v = t3_values(doc["t3"])
    pages = doc.get("pages", 5)
    lines = [
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四 申请人情况",
        "项之和)",
        "自然人 法人或其他组织 总计",
        "商业企业 科研机构 社会公益组织 法律服务机构 其他",
    ]
    for row, label, group in T3_ROWS:
        cells = v[row]
        lead = f"{group} {label}" if group else label
        if row in ("new", "carried_in"):
            lines += [lead + " " + " ".join(cells[:3]), " ".join(cells[3:])]
        elif row == "partial":
            lines += ["(二)部分公开(区分处理的,只计这一情形,不计其他 " + " ".join(cells), "情形)"]
        elif row.startswith("other_handling.") and row != "other_handling.other":
            lines += [lead, " ".join(cells)]
        elif row == "not_processed.confirm":
            lines += ["5.要求行政机关确认或重新出具已获取 " + " ".join(cells), "信息"]
        else:
            lines.append(lead + " " + " ".join(cells))
        if row == "denied.prohibited":
            lines.append(f"第 3 页 共 {pages} 页")
    t4 = [
        "行政复议 行政诉讼",
        "结果 结果 其他 尚未 总计 未经复议直接起诉 复议后起诉",
        "维持 纠正 结果 审结 结果 结果 其他 尚未 总计 结果 结果 其他 尚未 总计",
        "维持 纠正 结果 审结 维持 纠正 结果 审结",
        " ".join(t4_cells(doc["t4"])),
    ]
    return assemble(doc, "\n".join(out), "\n".join(lines), "\n".join(t4), page_marks=pages)


def render_html(doc: dict) -> str:
    t2 = []
    for title, body in t2_rows(doc):
        t2.append(f"<tr>{td(title, colspan=4)}</tr>")
        for r in body:
            last = len(r) - 1
            t2.append("<tr>" + "".join(td(c, colspan=4 - last) if i == last and last < 3 else td(c) for i, c in enumerate(r)) + "</tr>")
    t2s = '<table class="MsoNormalTable" border="1" cellspacing="0" width="600"><tbody>' + "\n".join(t2) + "</tbody></table>"
    v = t3_values(doc["t3"])
    rows = [
        "<tr>" + td(T3_HEAD, colspan=3, rowspan=3) + td("申请人情况", colspan=7) + "</tr>",
        "<tr>" + td("自然人", rowspan=2) + td("法人或其他组织", colspan=5) + td("总计", rowspan=2) + "</tr>",
        "<tr>" + "".join(td(c) for c in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")) + "</tr>",
    ]
    spans = {
        "denied.state_secret": ("(三)不予公开", 8),
        "unavailable.not_held": ("(四)无法提供", 3),
        "not_processed.complaint": ("(五)不予处理", 5),
        "other_handling.no_supplement": ("(六)其他处理", 3),
    }
    for row, label, _group in T3_ROWS:
        cells = ""
        if row in ("new", "carried_in", "carried_out"):
            cells = td(label, colspan=3)
        else:
            if row == "granted":
                cells += td("三、本年度办理结果", rowspan=22)
            if "." in row:
                if row in spans:
                    cells += td(spans[row][0], rowspan=spans[row][1])
                cells += td(label)
            else:
                cells += td(label, colspan=2)
        cells += "".join(td(c) for c in v[row])
        rows.append(f"<tr>{cells}</tr>")
    t3s = '<table border="1" cellspacing="0" width="640"><tbody>' + "\n".join(rows) + "</tbody></table>"
    t4rows = [
        "<tr>" + td("行政复议", colspan=5) + td("行政诉讼", colspan=10) + "</tr>",
        "<tr>" + "".join(td(c, rowspan=2) for c in v15.T4_HEAD2[:5]) + td("未经复议直接起诉", colspan=5) + td("复议后起诉", colspan=5) + "</tr>",
        "<tr>" + "".join(td(c) for c in v15.T4_HEAD3) + "</tr>",
        "<tr>" + "".join(td(c) for c in t4_cells(doc["t4"])) + "</tr>",
    ]
    t4s = '<table border="1" cellspacing="0"><tbody>' + "\n".join(t4rows) + "</tbody></table>"
    body = assemble(doc, t2s, t3s, t4s, para=True)
    agency, year, n = doc["agency"], doc["year"], doc["n"]
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>'
        f"{agency}{year}年政府信息公开工作年度报告-{doc.get('site', agency)}</title>\n"
        '<meta name="ArticleTitle" content="' + f"{agency}{year}年政府信息公开工作年度报告" + '">\n</head>\n<body>\n'
        '<div class="top"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a> | 无障碍 | 长者模式</div>\n'
        '<div class="crumb">您当前所在位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>\n'
        f'<div class="article"><h1>{agency}{year}年政府信息公开工作年度报告</h1>\n'
        f'<div class="info">发布日期：{year + 1}-01-{10 + n % 19}  信息来源：{agency}  字号：[大 中 小]  阅读次数：{300 + n * 17}</div>\n'
        f'<div class="TRS_Editor">\n{body}\n</div>\n'
        '<div class="share">分享到：微信 微博 | 【打印本页】 【关闭窗口】</div></div>\n'
        '<div class="related"><h3>相关链接</h3><ul><li><a href="/zwgk/nb/">历年政府信息公开年报</a></li></ul></div>\n'
        f'<div class="footer">主办单位：{agency}  网站标识码：{3300000000 + n * 2311}  ICP备案号：ICP备0{n}012345号  联系电话：0{n % 9 + 1}71-8{6100000 + n * 377}</div>\n</body></html>\n'
    )


def assemble(doc: dict, t2: str, t3: str, t4: str, para: bool = False, page_marks: int = 0) -> str:
    def p(text: str) -> str:
        if not para:
            return text
        return "\n".join(f"<p>{line}</p>" for line in text.split("\n") if line)

    parts = []
    title = f"{doc['agency']}{doc['year']}年政府信息公开工作年度报告"
    if not para:
        parts.append(title)
    preamble = doc.get(
        "preamble",
        "本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔2021〕30号)要求编制。"
        f"报告中所列数据的统计期限自{doc['year']}年1月1日起至{doc['year']}年12月31日止。",
    )
    parts.append(p(preamble))
    for sec in ("overview", "proactive", "requests", "appeals", "problems", "other"):
        parts.append(p(HEADINGS[sec]))
        text = doc.get(sec, "")
        if text:
            parts.append(p(text))
        if sec == "proactive":
            parts.append(t2)
            if page_marks:
                parts.append(f"第 2 页 共 {page_marks} 页")
        if sec == "requests":
            parts.append(t3)
            if page_marks:
                parts.append(f"第 4 页 共 {page_marks} 页")
        if sec == "appeals":
            parts.append(t4)
    if not para:
        parts.append(f"{doc['agency']}\n{doc['year'] + 1}年1月{10 + doc['n'] % 18}日")
    return "\n".join(parts) + "\n"


RENDER = {"pipe": render_pipe, "cells": render_cells, "pdf": render_pdf, "html": render_html}


def main() -> None:
    import sys

    sys.path.insert(0, str(HERE))
    from docs_spec import DOCS

    docs_dir = HERE / "docs"
    docs_dir.mkdir(exist_ok=True)
    for old in docs_dir.glob("v17_*"):
        old.unlink()
    claims = []
    for doc in DOCS:
        if not doc.get("arith_fails") and not balance_holds(doc["t3"]):
            raise SystemExit(f"v17_{doc['n']:02d}: the t3 balance fails and the document does not say so")
        text = RENDER[doc["layout"]](doc)
        if doc.get("traditional"):
            text = v15.s2t(text)
        ext = ".html" if doc["layout"] == "html" else ".txt"
        name = f"v17_{doc['n']:02d}{ext}"
        (docs_dir / name).write_text(text, encoding="utf-8")
        script = v15.s2t if doc.get("traditional") else None
        claims += [v15.sets.claim_row(name, text, c, script=script) for c in doc["claims"]]
    by = v15.sets.write_claims(HERE, claims)
    print(len(DOCS), "documents,", len(claims), "claims", by)


if __name__ == "__main__":
    main()
