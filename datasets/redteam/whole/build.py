"""Build the whole-page red team (written blind: from SCHEMA.md, README and --help).

Each case is a file a user would meet: a report saved from a portal with its
chrome, in the encodings and scripts portals use, with traps for the metadata
and the verdicts. Every case has ``<name>.truth.json`` (what the contract
promises; ``null`` where the right answer is "not established") and a line in
MANIFEST.md.  Run: ``python datasets/redteam/whole/build.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent

# Table values of the base report (template 2021). Balance holds per column.
T3_COLS = ["natural", "commercial", "research", "social", "legal", "other", "total"]
T3 = {
    "new": [10, 2, 0, 0, 1, 0, 13],
    "carried_in": [1, 0, 0, 0, 0, 0, 1],
    "granted": [5, 1, 0, 0, 0, 0, 6],
    "partial": [2, 0, 0, 0, 0, 0, 2],
    "denied.state_secret": [0] * 7,
    "denied.prohibited": [0] * 7,
    "denied.security": [0] * 7,
    "denied.third_party": [1, 0, 0, 0, 0, 0, 1],
    "denied.internal": [0] * 7,
    "denied.process": [0] * 7,
    "denied.enforcement": [0] * 7,
    "denied.query": [0] * 7,
    "unavailable.not_held": [2, 1, 0, 0, 0, 0, 3],
    "unavailable.needs_creation": [0] * 7,
    "unavailable.unclear": [0] * 7,
    "not_processed.complaint": [0, 0, 0, 0, 1, 0, 1],
    "not_processed.duplicate": [0] * 7,
    "not_processed.publication": [0] * 7,
    "not_processed.mass": [0] * 7,
    "not_processed.confirm": [0] * 7,
    "other_handling.no_supplement": [0] * 7,
    "other_handling.no_fee": [0] * 7,
    "other_handling.other": [0] * 7,
    "results_total": [10, 2, 0, 0, 1, 0, 13],
    "carried_out": [1, 0, 0, 0, 0, 0, 1],
}
T4 = {"review": [1, 0, 0, 0, 1], "suit_direct": [0, 0, 0, 1, 1], "suit_after_review": [0] * 5}
T4_COLS = ["upheld", "corrected", "other", "pending", "total"]
T2 = {
    "t2.rules.issued": 0,
    "t2.rules.repealed": 0,
    "t2.rules.in_force": 0,
    "t2.normative.issued": 2,
    "t2.normative.repealed": 1,
    "t2.normative.in_force": 9,
    "t2.license.decisions": 1520,
    "t2.penalty.decisions": 36,
    "t2.coercion.decisions": 0,
    "t2.fees.amount": 0,
}


def truth_cells() -> dict[str, int]:
    cells = dict(T2)
    for row, vals in T3.items():
        for col, v in zip(T3_COLS, vals):
            cells[f"t3.{row}.{col}"] = v
    for grp, vals in T4.items():
        for col, v in zip(T4_COLS, vals):
            cells[f"t4.{grp}.{col}"] = v
    return cells


T3_LABELS = {
    "denied": ("（三）不予公开", [
        ("state_secret", "1.属于国家秘密"), ("prohibited", "2.其他法律行政法规禁止公开"),
        ("security", "3.危及“三安全一稳定”"), ("third_party", "4.保护第三方合法权益"),
        ("internal", "5.属于三类内部事务信息"), ("process", "6.属于四类过程性信息"),
        ("enforcement", "7.属于行政执法案卷"), ("query", "8.属于行政查询事项")]),
    "unavailable": ("（四）无法提供", [
        ("not_held", "1.本机关不掌握相关政府信息"), ("needs_creation", "2.没有现成信息需要另行制作"),
        ("unclear", "3.补正后申请内容仍不明确")]),
    "not_processed": ("（五）不予处理", [
        ("complaint", "1.信访举报投诉类申请"), ("duplicate", "2.重复申请"),
        ("publication", "3.要求提供公开出版物"), ("mass", "4.无正当理由大量反复申请"),
        ("confirm", "5.要求行政机关确认或重新出具已获取信息")]),
    "other_handling": ("（六）其他处理", [
        ("no_supplement", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        ("no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        ("other", "3.其他")]),
}


def td(v: object, attrs: str = "") -> str:
    return f"<td{(' ' + attrs) if attrs else ''}>{v}</td>"


def tables_html(t3=T3, t4=T4, t2=T2, drop: set[str] | None = None) -> str:
    drop = drop or set()

    def cell(field: str, v: object) -> str:
        return td("" if field in drop else v)

    t2h = f"""<p>二、主动公开政府信息情况</p>
<table border="1" cellspacing="0">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td>{cell('t2.rules.issued', t2['t2.rules.issued'])}{cell('t2.rules.repealed', t2['t2.rules.repealed'])}{cell('t2.rules.in_force', t2['t2.rules.in_force'])}</tr>
<tr><td>行政规范性文件</td>{cell('t2.normative.issued', t2['t2.normative.issued'])}{cell('t2.normative.repealed', t2['t2.normative.repealed'])}{cell('t2.normative.in_force', t2['t2.normative.in_force'])}</tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">{t2['t2.license.decisions']}</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">{t2['t2.penalty.decisions']}</td></tr>
<tr><td>行政强制</td><td colspan="3">{t2['t2.coercion.decisions']}</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">{t2['t2.fees.amount']}</td></tr>
</table>
"""
    rows = []
    rows.append('<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
                '<td colspan="7">申请人情况</td></tr>')
    rows.append('<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>')
    rows.append("<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>")

    def nums(row: str) -> str:
        return "".join(cell(f"t3.{row}.{c}", v) for c, v in zip(T3_COLS, t3[row]))

    rows.append(f'<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>{nums("new")}</tr>')
    rows.append(f'<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>{nums("carried_in")}</tr>')
    rows.append(f'<tr><td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>{nums("granted")}</tr>')
    rows.append(f'<tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>{nums("partial")}</tr>')
    for grp, (head, subs) in T3_LABELS.items():
        for i, (sid, lab) in enumerate(subs):
            first = f'<td rowspan="{len(subs)}">{head}</td>' if i == 0 else ""
            rows.append(f"<tr>{first}<td>{lab}</td>{nums(grp + '.' + sid)}</tr>")
    rows.append(f'<tr><td colspan="2">（七）总计</td>{nums("results_total")}</tr>')
    rows.append(f'<tr><td colspan="3">四、结转下年度继续办理</td>{nums("carried_out")}</tr>')
    t3h = ('<p>三、收到和处理政府信息公开申请情况</p>\n<table border="1" cellspacing="0">\n'
           + "\n".join(rows) + "\n</table>\n")
    g = "".join(
        cell(f"t4.{grp}.{c}", v) for grp in ("review", "suit_direct", "suit_after_review")
        for c, v in zip(T4_COLS, t4[grp]))
    t4h = f"""<p>四、政府信息公开行政复议、行政诉讼情况</p>
<table border="1" cellspacing="0">
<tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>
<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>
<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr>{g}</tr>
</table>
"""
    return t2h, t3h, t4h


def body(agency="绵阳市涪城区卫生健康局", heading_agency=None, year=2022, extra_prose="",
         tables=None, overview=None) -> str:
    ha = heading_agency if heading_agency is not None else agency
    t2h, t3h, t4h = tables or tables_html()
    ov = overview or (
        f"<p>{year}年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，"
        f"全年主动公开政府信息356条，发布政策解读12篇，制发行政规范性文件2件。"
        f"本年度共收到政府信息公开申请13件，上年结转1件，办结申请13件，结转下年度继续办理1件。"
        f"全年发生政府信息公开行政复议1件，行政诉讼1件。</p>")
    return f"""<div class="article">
<h1 class="title">{ha}{year}年政府信息公开工作年度报告</h1>
<p>本报告由{agency}根据《中华人民共和国政府信息公开条例》要求编制。本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。</p>
<p>一、总体情况</p>
{ov}
{extra_prose}
{t2h}
{t3h}
{t4h}
<p>五、存在的主要问题及改进情况</p>
<p>{year}年，我局政府信息公开工作取得一定成效，但仍存在公开内容不够全面等问题。下一步，我局将加强培训，提升工作人员业务水平。</p>
<p>六、其他需要报告的事项</p>
<p>本年度未收取信息处理费。</p>
<p style="text-align:right">{agency}</p>
<p style="text-align:right">{year + 1}年1月18日</p>
</div>"""


def page(title: str, article: str, charset="utf-8", sidebar="", nav_extra="", head_extra="") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}</title>{head_extra}</head>
<body>
<div class="top">绵阳市涪城区人民政府 | 无障碍 | 长者模式 | 简体 繁體 | 今天是2023年3月2日 星期四</div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/ndbg/">政府信息公开年报</a> {nav_extra}</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报 &gt; 部门年报</div>
<table class="meta"><tr><td>索引号：</td><td>11510703MB1234567X/2023-00012</td><td>发布机构：</td><td>绵阳市涪城区卫生健康局</td></tr>
<tr><td>发文日期：</td><td>2023-01-18</td><td>主题分类：</td><td>政府信息公开年报</td></tr></table>
{article}
<div class="tools">【字体：大 中 小】 打印本页 关闭窗口 浏览次数：1352</div>
<div class="prev">上一篇：<a href="/a/1.html">绵阳市涪城区卫生健康局2021年政府信息公开工作年度报告</a></div>
<div class="next">下一篇：<a href="/a/3.html">绵阳市涪城区教育和体育局2022年政府信息公开工作年度报告</a></div>
{sidebar}
<div class="footer">主办：绵阳市涪城区人民政府办公室 地址：绵阳市涪城区安昌路17号 邮编：621000 电话：0816-2222222
蜀ICP备05001234号-1 川公网安备51070302000123号 网站标识码：5107030001 访问量：2,345,678</div>
</body></html>"""


SIDEBAR_RELATED = """<div class="side"><h3>相关年报</h3><ul>
<li><a href="/r1">绵阳市涪城区卫生健康局2021年政府信息公开工作年度报告</a> 2022-01-20</li>
<li><a href="/r2">绵阳市游仙区卫生健康局2022年政府信息公开工作年度报告</a> 2023-01-19</li>
<li><a href="/r3">绵阳市卫生健康委员会2022年政府信息公开工作年度报告</a> 2023-01-15</li>
<li><a href="/r4">涪城区人民政府2022年政府信息公开工作年度报告（全区收到申请326件）</a></li>
</ul><h3>热点排行</h3><ol><li>关于2023年度第1批次医师资格考试的公告 阅读12034次</li>
<li>2022年全区共完成核酸检测1,234,567人次</li></ol></div>"""

SIDEBAR_FIRST = """<div class="side"><h3>年报目录</h3><ul>
<li><a href="/r1">绵阳市游仙区卫生健康局2021年政府信息公开工作年度报告</a></li>
<li><a href="/r2">绵阳市游仙区卫生健康局2020年政府信息公开工作年度报告</a></li>
</ul></div>"""

SPAM = "澳门新葡京娱乐城【官网】-2023最新版"


def cases() -> list[tuple[str, bytes, dict, str]]:
    base_truth = {"agency": "绵阳市涪城区卫生健康局", "year": 2022, "template": "2021",
                  "level": "county", "kind": "department",
                  "region": {"province": "四川省", "city": "绵阳市", "county": "涪城区"},
                  "cells": truth_cells()}
    title = "绵阳市涪城区卫生健康局2022年政府信息公开工作年度报告-绵阳市涪城区人民政府"
    out = []

    def add(name, data, what, **over):
        t = json.loads(json.dumps(base_truth))
        t.update(over)
        out.append((name, data, t, what))

    std = page(title, body(), sidebar=SIDEBAR_RELATED)
    add("w01_cms_utf8.html", std.encode("utf-8"),
        "whole CMS page, UTF-8: top bar with a date, breadcrumb, 索引号 box, prev/next links to other years and "
        "agencies, a related-reports sidebar naming another year and another agency with a count, footer with "
        "ICP/phone/visit counter. Everything from the body, nothing from chrome.")
    add("w02_cms_gbk.html", page(title, body(), charset="gbk", sidebar=SIDEBAR_RELATED).encode("gbk", "replace"),
        "w01 encoded GBK (meta charset=gbk)")
    add("w03_cms_gb18030_nometa.html",
        page(title, body(), charset="x", sidebar=SIDEBAR_RELATED).replace(
            '<meta http-equiv="Content-Type" content="text/html; charset=x">', "").encode("gb18030"),
        "w01 in GB18030 with no charset declared at all")
    t2s = opencc.OpenCC("s2t")
    trad = t2s.convert(page(title, body(), charset="big5", sidebar=SIDEBAR_RELATED))
    add("w04_cms_big5_traditional.html", trad.encode("big5", "replace"),
        "w01 in Traditional script, Big5 bytes (site's 繁體 edition)", script="traditional")
    add("w05_spam_title.html",
        page(SPAM + title, body(heading_agency=SPAM), sidebar=SIDEBAR_RELATED).encode(),
        "spam replaced the agency in the <h1> and prefixes <title>; the agency is still written in the "
        "preamble (本报告由…编制), 发布机构 and the signature: agency right, never the spam; spam warning")
    add("w06_spam_inline.html",
        page(title, body(extra_prose=f"<p>{SPAM} 注册送38元 www.xpj888.com 开户即送188元彩金 日返水1.8%</p>"),
             sidebar=SIDEBAR_RELATED).encode(),
        "spam paragraph injected in the body with amounts (38元, 188元, 1.8%): no fact claimed about the agency "
        "is inconsistent; agency and year right")
    add("w07_sidebar_first.html",
        page("2022年政府信息公开工作年度报告", body(), nav_extra=SIDEBAR_FIRST).encode(),
        "another agency's report list of other years sits in the navigation BEFORE the article; page title "
        "has no agency: agency and year must come from the body")
    short = body(heading_agency="区卫健局", agency="区卫健局")
    add("w08_short_heading.html",
        page(title, short).encode(),
        "the body writes only 区卫健局 (heading, preamble, signature); the full name is in the page title and "
        "the 发布机构 box: agency restored, as written 区卫健局",
        agency_as_written="区卫健局")
    two = body(year=2022) + "\n<hr>\n" + body(year=2021, tables=tables_html(
        t3={k: [x + 1 if i in (0, 6) else x for i, x in enumerate(v)] if k in (
            "new", "results_total", "granted") else v for k, v in T3.items()}))
    add("w09_two_years.html", page(title, two).encode(),
        "one page holds the 2022 report then the 2021 report (two articles). Year must not be 2021; the "
        "cells must be 2022's or unread (listed in tables_unread), never a mix nor silently absent",
        note="expected: year 2022 with a warning, cells of 2022 only", unread_allowed=True)
    anon = body().replace("本报告由绵阳市涪城区卫生健康局根据", "本报告根据").replace(
        '<h1 class="title">绵阳市涪城区卫生健康局', '<h1 class="title">').replace(
        '<p style="text-align:right">绵阳市涪城区卫生健康局</p>', "")
    add("w10_agency_only_in_chrome.html",
        page("2022年政府信息公开工作年度报告", anon, sidebar=SIDEBAR_RELATED).encode(),
        "the article never names its agency; the page's 发布机构 box does (绵阳市涪城区卫生健康局), the footer "
        "names the portal owner (区人民政府办公室), the sidebar names other agencies: the agency is the 发布机构's "
        "or null — never the portal owner, never a sidebar one, never a fragment",
        agency_alternatives=[None])
    frag = body().replace(
        "本报告由绵阳市涪城区卫生健康局根据《中华人民共和国政府信息公开条例》要求编制。",
        "根据《中华人民共和国政府信息公开条例》和省、市关于做好政府信息公开工作年度报告的通知要求，"
        "现将绵阳市涪城区卫生健康局2022年政府信息公开工作情况报告如下。")
    add("w11_fragment_preamble.html", page(title, frag).encode(),
        "preamble sentence that runs the agency into a long clause: agency must be the name, not a fragment "
        "of the sentence (…通知要求，现将绵阳市…)")
    town = body(agency="绵阳市涪城区城郊街道办事处")
    add("w12_street.html", page("绵阳市涪城区城郊街道办事处2022年政府信息公开工作年度报告", town).encode(),
        "a street office (街道办事处): level street, region county 涪城区; kind: SCHEMA says government is a "
        "people's government or its general office, and a 街道办事处 is the district's agency acting as the "
        "street's government: either kind accepted (a doubt about the spec)",
        agency="绵阳市涪城区城郊街道办事处", level="street", kind="department",
        kind_alternatives=["government"])
    out_one_line = page(title, body(), sidebar=SIDEBAR_RELATED).replace("\n", "")
    add("w13_one_line.html", out_one_line.encode(), "w01 minified onto one line")
    cn = body().replace('<h1 class="title">绵阳市涪城区卫生健康局2022年', '<h1 class="title">绵阳市涪城区卫生健康局二〇二二年度').replace(
        "自2022年1月1日起至2022年12月31日止", "为本年度").replace(
        "下一步，我局将", "2023年，我局将围绕2023年政务公开工作要点，")
    add("w14_chinese_numeral_year.html",
        page("绵阳市涪城区卫生健康局二〇二二年度政府信息公开工作年度报告", cn,
             sidebar=SIDEBAR_RELATED.replace("2022年", "2023年")).encode(),
        "the year only in Chinese numerals (二〇二二年度); the body and sidebar name 2023 (plans, other items): "
        "year 2022, never 2023")
    prov = body(agency="四川省卫生健康委员会")
    add("w15_province_department.html",
        page("四川省卫生健康委员会2022年政府信息公开工作年度报告-四川省人民政府", prov).encode(),
        "a province department on the provincial portal (footer names 涪城区's portal: chrome): level province",
        agency="四川省卫生健康委员会", level="province", region={"province": "四川省"})
    gov = body(agency="绵阳市涪城区人民政府办公室", heading_agency="绵阳市涪城区")
    add("w16_area_title_government.html",
        page("绵阳市涪城区2022年政府信息公开工作年度报告", gov).encode(),
        "a government's report titled by its area (绵阳市涪城区2022年…), compiled by the general office: agency "
        "a government (the office or the area's people's government), kind government, level county",
        agency="绵阳市涪城区人民政府办公室", agency_alternatives=["绵阳市涪城区人民政府", "涪城区人民政府", None],
        kind="government")
    noyear = body().replace('<h1 class="title">绵阳市涪城区卫生健康局2022年', '<h1 class="title">绵阳市涪城区卫生健康局')
    add("w17_spam_year_in_title.html",
        page("2024世界杯投注平台-澳门葡京官网-绵阳市涪城区卫生健康局政府信息公开工作年度报告", noyear).encode(),
        "spam with a year (2024) in the <title>; the <h1> has no year, the statistics period says 2022: year "
        "2022, never 2024")
    fw = opencc.OpenCC("s2hk").convert(page(title, body())).replace("2022", "２０２２")
    add("w18_hk_fullwidth.html", fw.encode("utf-8"),
        "Hong Kong Traditional variants (s2hk) and the year in full-width digits", script="traditional")
    copied = body().replace("<p>2022年，本局认真", "<p>2021年，本局认真").replace(
        "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止", "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止")
    add("w19_copied_last_year.html", page(title, copied).encode(),
        "the title and <title> say 2022, the body was copied from last year's (统计期限 2021, 2021年，本局…): "
        "year 2022 with a year_conflict warning, or null; never silently 2021",
        year_alternatives=[None])
    loading = ('<div class="article"><h1 class="title">绵阳市涪城区卫生健康局2022年政府信息公开工作年度报告</h1>'
               '<div id="content">正文加载中……</div><script>load("/api/article/3")</script></div>')
    add("w20_body_not_saved.html", page(title, loading, sidebar=SIDEBAR_RELATED).encode(),
        "the page was saved before its script loaded the article: only the heading and chrome. No cells, no "
        "facts from the sidebar or footer (全区收到申请326件, 访问量, 1,234,567人次); agency and year from the heading",
        template=None, cells={})
    page1 = body().split("<p>三、收到和处理政府信息公开申请情况</p>")[0] + (
        '<div class="page">共3页 <a>1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">下一页</a></div></div>')
    add("w21_paginated_first_page.html", page(title, page1, sidebar=SIDEBAR_RELATED).encode(),
        "an article paginated by the CMS (共3页, 下一页), saved at page 1: sections 一-二 and table 二 only. Table "
        "二's cells right; 三 and 四 absent with tables.missing; no verdict inconsistent",
        cells={k: v for k, v in truth_cells().items() if k.startswith("t2.")})
    return out


def verdict_cases() -> list[tuple[str, bytes, dict, str]]:
    """Narratives next to the base tables: which verdict each claim may get."""
    traps = (
        "<p>全区各级行政机关共收到政府信息公开申请326件，办结320件。</p>"
        "<p>2021年，我局共收到政府信息公开申请9件。</p>"
        "<p>自2008年以来，我局累计受理政府信息公开申请128件。</p>"
        "<p>区政府办公室全年收到政府信息公开申请40件。</p>"
        "<p>全区共发生政府信息公开行政复议案件7件，行政诉讼案件3件。</p>"
        "<p>我局收到的申请较上年增加4件。</p>"
    )
    t = []
    truth = {"no_inconsistent": True, "year": 2022, "agency": "绵阳市涪城区卫生健康局"}
    t.append(("v01_traps.html", page("绵阳市涪城区卫生健康局2022年政府信息公开工作年度报告",
                                      body(extra_prose=traps)).encode(), dict(truth),
              "claims about the whole district, last year, since 2008, another agency, a change: none may be "
              "inconsistent (all not_comparable); the self claims (13 received, 13 closed, 1 review, 1 suit) "
              "consistent"))
    unread = tables_html(drop={"t3.new.total", "t3.new.natural"})
    claim = ("<p>" "2022年，本局共收到政府信息公开申请14件，办结申请14件。" "</p>")
    t.append(("v02_unread_cell.html", page("绵阳市涪城区卫生健康局2022年政府信息公开工作年度报告",
                                            body(tables=unread, overview=claim)).encode(), dict(truth),
              "t3.new.total and t3.new.natural are blank in the row: the claim 14 received cannot be accused "
              "(the cell is blank/unread or derived = 13: a derived cell never makes it inconsistent); 14 closed "
              "vs 13 read: inconsistent is right here (control)",
              ))
    t[-1][2]["no_inconsistent"] = False
    t[-1][2]["inconsistent_types_allowed"] = ["requests.closed"]
    claim2 = ("<p>2022年，本局共收到政府信息公开申请15件，办结13件。全年发生行政复议2件。</p>")
    t.append(("v03_true_contradiction.html", page("绵阳市涪城区卫生健康局2022年政府信息公开工作年度报告",
                                                   body(overview=claim2)).encode(),
              {"year": 2022, "must_be_inconsistent": ["requests.received", "appeals.review"]},
              "control: the agency's own 2022 claims of 15 received and 2 reviews against 13 and 1 read with "
              "certainty: inconsistent is required (otherwise the red team's negatives prove nothing)"))
    claim3 = ("<p>2022年，本局共收到政府信息公开申请13件（其中自然人申请11件），办结13件，其中予以公开7件。</p>")
    t.append(("v04_parts.html", page("绵阳市涪城区卫生健康局2022年政府信息公开工作年度报告",
                                      body(overview=claim3)).encode(),
              {"year": 2022, "must_be_inconsistent": [], "no_inconsistent": False,
               "note": "11 自然人 vs t3.new.natural 10, 予以公开 7 vs t3.granted.total 6: parts compared with "
                       "their own field: inconsistent allowed ONLY for those parts, never for the totals"},
              "parts of a total stated next to it"))
    more = (
        "<p>本年度共受理政府信息公开申请14件（含上年结转1件）。</p>"
        "<p>全年共办理政府信息公开申请14件，其中办结13件，结转下年度办理1件。</p>"
        "<p>市卫生健康委员会转办我局的政府信息公开申请3件。</p>"
        "<p>截至2022年底，我局累计办理政府信息公开申请136件。</p>"
        "<p>2023年1月，我局又收到政府信息公开申请4件。</p>"
        "<p>全市卫生健康系统共收到申请1,208件。</p>"
    )
    t.append(("v05_more_traps.html", page("绵阳市涪城区卫生健康局2022年政府信息公开工作年度报告",
                                           body(extra_prose=more)).encode(), dict(truth),
              "more claims that are not the agency's own count for 2022 (received incl. carried over = 14 = "
              "new + carried_in; 办理 14 incl. 1 carried to next year; requests passed on by the city commission; "
              "running total to the end of the year; January 2023; the whole "
              "city's system): none may be inconsistent"))
    return t


def main() -> None:
    rows = []
    for name, data, truth, what in cases() + verdict_cases():
        (HERE / name).write_bytes(data)
        (HERE / (name.rsplit(".", 1)[0] + ".truth.json")).write_text(
            json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        rows.append(f"| {name} | {what} |")
    head = (HERE / "MANIFEST.head.md").read_text(encoding="utf-8") if (HERE / "MANIFEST.head.md").exists() else ""
    (HERE / "MANIFEST.md").write_text(
        head + "| file | what it tests; expected |\n|---|---|\n" + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
