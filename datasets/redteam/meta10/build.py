"""Build the meta10 red team: metadata pages and verdict pages (written blind).

Run ``python datasets/redteam/meta10/build.py``: writes ``pages/*``,
``truth.jsonl`` (one line a page: metadata truth) and ``claims.jsonl`` (one
line a narrative claim beside a table, with the verdicts that are right for
it). Score with ``score.py``. The pages are Simplified in this file; those
marked ``traditional``/``hongkong`` are converted with OpenCC (s2t / s2hk),
as portals' 繁體 editions and mirrors are.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pages_meta import PAGES, html  # noqa: E402

T3_COLS = ["natural", "commercial", "research", "social", "legal", "other", "total"]
T3_ROWS = [
    ("new", "一、本年新收政府信息公开申请数量"),
    ("carried_in", "二、上年结转政府信息公开申请数量"),
    ("granted", "（一）予以公开"),
    ("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("denied.state_secret", "1.属于国家秘密"),
    ("denied.prohibited", "2.其他法律行政法规禁止公开"),
    ("denied.security", "3.危及“三安全一稳定”"),
    ("denied.third_party", "4.保护第三方合法权益"),
    ("denied.internal", "5.属于三类内部事务信息"),
    ("denied.process", "6.属于四类过程性信息"),
    ("denied.enforcement", "7.属于行政执法案卷"),
    ("denied.query", "8.属于行政查询事项"),
    ("unavailable.not_held", "1.本机关不掌握相关政府信息"),
    ("unavailable.needs_creation", "2.没有现成信息需要另行制作"),
    ("unavailable.unclear", "3.补正后申请内容仍不明确"),
    ("not_processed.complaint", "1.信访举报投诉类申请"),
    ("not_processed.duplicate", "2.重复申请"),
    ("not_processed.publication", "3.要求提供公开出版物"),
    ("not_processed.mass", "4.无正当理由大量反复申请"),
    ("not_processed.confirm", "5.要求行政机关确认或重新出具已获取信息"),
    (
        "other_handling.no_supplement",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    ),
    (
        "other_handling.no_fee",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    ),
    ("other_handling.other", "3.其他"),
    ("results_total", "（七）总计"),
    ("carried_out", "四、结转下年度继续办理"),
]
GROUP_HEAD = {
    "denied.state_secret": "（三）不予公开",
    "unavailable.not_held": "（四）无法提供",
    "not_processed.complaint": "（五）不予处理",
    "other_handling.no_supplement": "（六）其他处理",
}
RESULT_ROWS = [r for r, _ in T3_ROWS if r not in ("new", "carried_in", "results_total", "carried_out")]


def t3_table(rows: dict[str, list[int]]) -> dict[str, list]:
    """Complete a table from its nonzero rows; results_total and carried_out derived."""
    t: dict[str, list] = {r: rows.get(r, [0] * 7) for r, _ in T3_ROWS}
    for r in rows:
        assert sum(rows[r][:6]) == rows[r][6], r
    t["results_total"] = [sum(t[r][i] for r in RESULT_ROWS) for i in range(7)]
    t["carried_out"] = [
        t["new"][i] + t["carried_in"][i] - t["results_total"][i] for i in range(7)
    ]
    assert all(v >= 0 for v in t["carried_out"])
    return t


def t3_html(t: dict[str, list], blank: set[str] = frozenset()) -> str:
    def nums(row: str) -> str:
        return "".join(
            f"<td>{'' if f't3.{row}.{c}' in blank else v}</td>" for c, v in zip(T3_COLS, t[row])
        )

    out = [
        '<table border="1" cellspacing="0">',
        '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
        '<td colspan="7">申请人情况</td></tr>',
        '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
        "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>",
    ]
    for row, label in T3_ROWS:
        if row in ("new", "carried_in", "carried_out"):
            out.append(f'<tr><td colspan="3">{label}</td>{nums(row)}</tr>')
        elif row == "granted":
            out.append(f'<tr><td rowspan="22">三、本年度办理结果</td><td colspan="2">{label}</td>{nums(row)}</tr>')
        elif row in ("partial", "results_total"):
            out.append(f'<tr><td colspan="2">{label}</td>{nums(row)}</tr>')
        else:
            head = GROUP_HEAD.get(row)
            span = {"denied.state_secret": 8, "unavailable.not_held": 3, "not_processed.complaint": 5,
                    "other_handling.no_supplement": 3}.get(row)
            first = f'<td rowspan="{span}">{head}</td>' if head else ""
            out.append(f"<tr>{first}<td>{label}</td>{nums(row)}</tr>")
    out.append("</table>")
    return "\n".join(out)


def t3_pipe(t: dict[str, list]) -> str:
    def nums(row: str) -> str:
        return " | ".join(str(v) for v in t[row])

    out = [
        "| (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和) | 申请人情况 | |||||||",
        "| 自然人 | 法人或其他组织 | 总计 | ||||||",
        "| 商业 企业 | 科研 机构 | 社会公益 组织 | 法律服务 机构 | 其他 | ||||",
    ]
    for row, label in T3_ROWS:
        if row == "granted":
            out.append(f"| 三、本年度办理结果 | {label} | {nums(row)} |")
        elif row in GROUP_HEAD:
            out.append(f"| {GROUP_HEAD[row]} | {label} | {nums(row)} |")
        else:
            out.append(f"| {label} | {nums(row)} | |")
    return "\n".join(out)


def t4_values(review=(0, 0, 0, 0), direct=(0, 0, 0, 0), after=(0, 0, 0, 0)) -> list[int]:
    vals: list[int] = []
    for g in (review, direct, after):
        vals += [*g, sum(g)]
    return vals


def t4_html(vals: list[int]) -> str:
    cells = "".join(f"<td>{v}</td>" for v in vals)
    return f"""<table border="1" cellspacing="0">
<tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>
<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>
<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr>{cells}</tr>
</table>"""


def t4_pipe(vals: list[int]) -> str:
    return (
        "行政复议 | 行政诉讼 | |||||||||||||\n"
        "结果 维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||\n"
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | |||||\n"
        + " | ".join(str(v) for v in vals)
        + " |"
    )


def t2_pipe(issued: int, repealed: int, in_force: int) -> str:
    return f"""| 第二十条第(一)项 |  |  |  |
|---|---|---|---|
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | {issued} | {repealed} | {in_force} |
| 第二十条第(五)项 |  |  |  |
| 信息内容 | 本年处理决定数量 |  |  |
| 行政许可 | 126 |  |  |
| 第二十条第(六)项 |  |  |  |
| 信息内容 | 本年处理决定数量 |  |  |
| 行政处罚 | 18 |  |  |
| 行政强制 | 0 |  |  |
| 第二十条第(八)项 |  |  |  |
| 信息内容 | 本年收费金额(单位:万元) |  |  |
| 行政事业性收费 | 0 |  |  |"""


def t2_html(issued: int, repealed: int, in_force: int) -> str:
    return f"""<table border="1" cellspacing="0">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>{issued}</td><td>{repealed}</td><td>{in_force}</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">126</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">18</td></tr>
<tr><td>行政强制</td><td colspan="3">0</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">0</td></tr>
</table>"""


TAIL = """五、存在的主要问题及改进情况
{y}年，我们的政府信息公开工作取得一定成效，但仍存在公开内容不够全面、解读形式较为单一等问题。下一步将加强业务培训，提升工作人员业务水平。
六、其他需要报告的事项
本年度未收取信息处理费。"""

CLAIMS: list[dict] = []
VPAGES: list[dict] = []

# Verdict kinds: "consistent" / "inconsistent" are like-for-like claims of the
# agency for the report year (the control: a red team whose negatives mean
# something needs true contradictions too); "trap" is a claim that must never
# be accused (any verdict but inconsistent, or no fact at all).
TRAP = ["consistent", "not_comparable", "unverifiable", None]
AGREE = ["consistent"]
ACCUSE = ["inconsistent"]
NOT_ACCUSE_LIKE = ["consistent", "unverifiable", "not_comparable", None]


def claim(page: str, marker: str, number: str, expect: list, why: str, kind: str) -> None:
    CLAIMS.append({"page": page, "marker": marker, "number": number, "expect": expect,
                   "why": why, "kind": kind})


def vpage(name: str, text: str, claims: list[tuple[str, str, list, str, str]], **truth: object) -> None:
    for marker, number, expect, why, kind in claims:
        assert text.count(marker) == 1, (name, marker)
        claim(name, marker, number, expect, why, kind)
    truth.setdefault("alts", [])
    truth.setdefault("named", True)
    truth.setdefault("year_named", True)
    truth.setdefault("doubt", [])
    truth.setdefault("script", "simplified")
    for key in ("province", "city", "county"):
        truth.setdefault(key, None)
    VPAGES.append({"file": name, "text": text, **truth})


# ---------------------------------------------------------------- vp01
T_A = t3_table({
    "new": [15, 3, 0, 0, 2, 0, 20],
    "carried_in": [2, 0, 0, 0, 0, 0, 2],
    "granted": [7, 2, 0, 0, 0, 0, 9],
    "partial": [3, 0, 0, 0, 0, 0, 3],
    "denied.third_party": [1, 0, 0, 0, 0, 0, 1],
    "unavailable.not_held": [2, 0, 0, 0, 2, 0, 4],
    "not_processed.complaint": [1, 0, 0, 0, 0, 0, 1],
    "not_processed.duplicate": [0, 1, 0, 0, 0, 0, 1],
})
T4_A = t4_values(review=(1, 1, 0, 0), direct=(1, 0, 0, 0))
body = f"""<h1>绵竹市自然资源局2022年政府信息公开工作年度报告</h1>
<p>本报告由绵竹市自然资源局根据《中华人民共和国政府信息公开条例》编制，统计期限自2022年1月1日起至2022年12月31日止。</p>
<p>一、总体情况</p>
<p>2022年，我局主动公开自然资源领域信息418条。全年，全市自然资源系统共收到政府信息公开申请143件，较上年有所增长。</p>
<p>（二）依申请公开情况。本年度共收到政府信息公开申请20件，上年结转2件；全年共办结19件，结转下年度继续办理3件。与往年相比，2021年，我局收到申请11件。</p>
<p>（三）行政复议和行政诉讼。因政府信息公开工作被申请行政复议2件，被提起行政诉讼1件。</p>
<p>二、主动公开政府信息情况</p>
{t2_html(1, 0, 12)}
<p>三、收到和处理政府信息公开申请情况</p>
{t3_html(T_A)}
<p>四、政府信息公开行政复议、行政诉讼情况</p>
{t4_html(T4_A)}
<p>{TAIL.format(y=2022).replace(chr(10), '</p><p>')}</p>"""
vpage(
    "vp01_county_dept.html",
    html("绵竹市自然资源局2022年政府信息公开工作年度报告-绵竹市人民政府", body,
         chrome_top='<div class="crumb">首页 &gt; 信息公开 &gt; 部门年报</div>',
         foot="绵竹市人民政府办公室主办 蜀ICP备05001234号"),
    [
        ("共收到政府信息公开申请20件", "20", AGREE, "own received = t3.new.total", "like"),
        ("上年结转2件", "2", NOT_ACCUSE_LIKE, "carried in = t3.carried_in.total", "like"),
        ("全市自然资源系统共收到政府信息公开申请143件", "143", TRAP, "jurisdiction total", "jurisdiction"),
        ("全年共办结19件", "19", AGREE, "closed = t3.results_total.total", "like"),
        ("2021年，我局收到申请11件", "11", TRAP, "last year's count", "other_year"),
        ("被申请行政复议2件", "2", AGREE, "t4.review.total", "like"),
        ("被提起行政诉讼1件", "1", AGREE, "t4 suits", "like"),
    ],
    agency="绵竹市自然资源局", as_written="绵竹市自然资源局", year=2022,
    province="四川省", city="德阳市", county="绵竹市", level="county", kind="department",
)

# ---------------------------------------------------------------- vp02
T_B = t3_table({
    "new": [10, 2, 0, 0, 0, 0, 12],
    "granted": [6, 1, 0, 0, 0, 0, 7],
    "partial": [1, 0, 0, 0, 0, 0, 1],
    "unavailable.not_held": [2, 1, 0, 0, 0, 0, 3],
    "other_handling.other": [1, 0, 0, 0, 0, 0, 1],
})
T4_B = t4_values()
text = f"""寻乌县人民政府2021年政府信息公开工作年度报告
发布时间：2022-01-21 来源：县政府办 字号：[ 大 中 小 ]
本报告由寻乌县人民政府办公室根据《中华人民共和国政府信息公开条例》编制。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。
一、总体情况
2021年，寻乌县人民政府坚持以公开为常态、不公开为例外，扎实推进政务公开。
（二）依申请公开情况。全县各乡镇、各部门共收到政府信息公开申请87件，其中，县自然资源局收到申请31件。据市政务公开办通报，全市共收到政府信息公开申请1026件。县人民政府本机关全年收到政府信息公开申请12件，其中市政府转来申请3件；本机关全年办结政府信息公开申请13件，均在法定期限内答复。
二、主动公开政府信息情况
{t2_pipe(2, 1, 14)}
三、收到和处理政府信息公开申请情况
{t3_pipe(T_B)}
四、政府信息公开行政复议、行政诉讼情况
{t4_pipe(T4_B)}
{TAIL.format(y=2021)}
寻乌县人民政府
2022年1月20日
"""
vpage(
    "vp02_county_gov.txt", text,
    [
        ("共收到政府信息公开申请87件", "87", TRAP, "all townships and departments", "jurisdiction"),
        ("县自然资源局收到申请31件", "31", TRAP, "another body's count", "other_body"),
        ("全市共收到政府信息公开申请1026件", "1026", TRAP, "quoted upper-level figure", "quoted"),
        ("本机关全年收到政府信息公开申请12件", "12", AGREE, "own = t3.new.total", "like"),
        ("市政府转来申请3件", "3", TRAP, "part passed on by another body", "partial"),
        ("本机关全年办结政府信息公开申请13件", "13", ACCUSE, "closed 13 vs results_total 12 (control)", "control"),
    ],
    agency="寻乌县人民政府", alts=["寻乌县人民政府办公室"], as_written="寻乌县人民政府", year=2021,
    province="江西省", city="赣州市", county="寻乌县", level="county", kind="government",
)

# ---------------------------------------------------------------- vp03
T_C = t3_table({
    "new": [7, 2, 0, 0, 0, 0, 9],
    "granted": [4, 1, 0, 0, 0, 0, 5],
    "unavailable.not_held": [3, 1, 0, 0, 0, 0, 4],
})
T4_C = t4_values()
body = f"""<h1>株洲市荷塘区人力资源和社会保障局2023年政府信息公开工作年度报告</h1>
<p>依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。统计期限为2023年1月1日至2023年12月31日。</p>
<p>一、总体情况</p>
<p>2023年，我局收到政府信息公开申请9件，同比增加3件，已全部按期答复。全年发生政府信息公开行政复议1件。截至2024年3月，我局又收到申请5件。</p>
<p>二、主动公开政府信息情况</p>
{t2_html(0, 0, 6)}
<p>三、收到和处理政府信息公开申请情况</p>
{t3_html(T_C, blank={"t3.new.total", "t3.new.natural"})}
<p>四、政府信息公开行政复议、行政诉讼情况</p>
{t4_html(T4_C)}
<p>{TAIL.format(y=2023).replace(chr(10), '</p><p>')}</p>"""
vpage(
    "vp03_blank_cells.html",
    html("株洲市荷塘区人力资源和社会保障局2023年政府信息公开工作年度报告", body,
         chrome_top='<table class="meta"><tr><td>发布机构：</td><td>荷塘区人社局</td><td>发布日期：</td><td>2024-01-22</td></tr></table>'),
    [
        ("收到政府信息公开申请9件", "9", NOT_ACCUSE_LIKE, "t3.new.total blank in the row: never inconsistent", "blank"),
        ("同比增加3件", "3", TRAP, "a change", "change"),
        ("政府信息公开行政复议1件", "1", ACCUSE, "review 1 vs table 0 (control)", "control"),
        ("又收到申请5件", "5", TRAP, "another period (2024)", "other_year"),
    ],
    agency="株洲市荷塘区人力资源和社会保障局", as_written="株洲市荷塘区人力资源和社会保障局", year=2023,
    province="湖南省", city="株洲市", county="荷塘区", level="county", kind="department",
)

# ---------------------------------------------------------------- vp04
T_D = t3_table({
    "new": [9, 1, 0, 0, 1, 0, 11],
    "granted": [4, 1, 0, 0, 0, 0, 5],
    "partial": [2, 0, 0, 0, 0, 0, 2],
    "denied.process": [1, 0, 0, 0, 0, 0, 1],
    "unavailable.not_held": [2, 0, 0, 0, 1, 0, 3],
})
T4_D = t4_values()
text = f"""当前位置：首页 > 政务公开 > 法定主动公开内容 > 政府信息公开年报
湖州市南浔区住房和城乡建设局2020年政府信息公开工作年度报告
信息索引号：11330503002500123K/2021-00004 发布日期：2021-01-28 公开方式：主动公开
本报告由湖州市南浔区住房和城乡建设局编制，统计期限为2020年1月1日至2020年12月31日。
一、总体情况
（二）依申请公开。2020年，本局共收到政府信息公开申请11件，其中自然人申请9件、法人或其他组织申请2件；通过信函方式申请4件。办理结果：予以公开5件、部分公开2件、不予公开1件、无法提供3件，申请量较2019年的15件有所减少。申请涉及申请人7人，申请内容涉及政府信息36条。
二、主动公开政府信息情况
{t2_pipe(3, 0, 19)}
三、收到和处理政府信息公开申请情况
{t3_pipe(T_D)}
四、政府信息公开行政复议、行政诉讼情况
{t4_pipe(T4_D)}
{TAIL.format(y=2020)}
"""
vpage(
    "vp04_parts.txt", text,
    [
        ("共收到政府信息公开申请11件", "11", AGREE, "own total", "like"),
        ("自然人申请9件", "9", NOT_ACCUSE_LIKE, "part t3.new.natural = 9", "like"),
        ("法人或其他组织申请2件", "2", NOT_ACCUSE_LIKE, "part legal_or_other = 2", "like"),
        ("通过信函方式申请4件", "4", TRAP, "a channel", "partial"),
        ("予以公开5件", "5", NOT_ACCUSE_LIKE, "part granted", "like"),
        ("2019年的15件", "15", TRAP, "last year", "other_year"),
        ("申请人7人", "7", TRAP, "counts people, not applications", "unit"),
        ("涉及政府信息36条", "36", TRAP, "counts items, not applications", "unit"),
    ],
    agency="湖州市南浔区住房和城乡建设局", as_written="湖州市南浔区住房和城乡建设局", year=2020,
    province="浙江省", city="湖州市", county="南浔区", level="county", kind="department",
)

# ---------------------------------------------------------------- vp05 (Traditional)
T_E = t3_table({
    "new": [18, 3, 0, 1, 1, 0, 23],
    "carried_in": [1, 0, 0, 0, 0, 0, 1],
    "granted": [10, 2, 0, 1, 0, 0, 13],
    "partial": [2, 0, 0, 0, 0, 0, 2],
    "unavailable.not_held": [4, 1, 0, 0, 1, 0, 6],
    "not_processed.complaint": [2, 0, 0, 0, 0, 0, 2],
})
T4_E = t4_values(review=(2, 0, 0, 0))
text = f"""江门市生态环境局2023年政府信息公开工作年度报告
来源：江门市生态环境局 发布时间：2024-01-25 【打印】
根据《中华人民共和国政府信息公开条例》要求，江门市生态环境局编制本报告，统计期限为2023年1月1日至2023年12月31日。
一、总体情况
2023年，全市生态环境系统收到申请215件。本局及下属分局共收到申请41件，其中本年度新收政府信息公开申请23件，较上年减少5件。2022年收到申请28件。另有市政府办公室转办申请4件，已纳入上述统计。行政复议2件，均维持原行政行为。
二、主动公开政府信息情况
{t2_pipe(1, 1, 8)}
三、收到和处理政府信息公开申请情况
{t3_pipe(T_E)}
四、政府信息公开行政复议、行政诉讼情况
{t4_pipe(T4_E)}
{TAIL.format(y=2023)}
"""
vpage(
    "vp05_traditional.txt", text,
    [
        ("全市生态环境系统收到申请215件", "215", TRAP, "the city's whole system", "jurisdiction"),
        ("本局及下属分局共收到申请41件", "41", TRAP, "self plus other bodies", "other_body"),
        ("新收政府信息公开申请23件", "23", AGREE, "own new = 23", "like"),
        ("较上年减少5件", "5", TRAP, "a change", "change"),
        ("2022年收到申请28件", "28", TRAP, "last year", "other_year"),
        ("转办申请4件", "4", TRAP, "passed on, part", "partial"),
        ("行政复议2件", "2", AGREE, "t4.review.total 2", "like"),
    ],
    script="traditional",
    agency="江门市生态环境局", as_written="江门市生态环境局", year=2023,
    province="广东省", city="江门市", level="city", kind="department",
)

# ---------------------------------------------------------------- vp06 (street)
T_F = t3_table({
    "new": [6, 0, 0, 0, 0, 0, 6],
    "granted": [3, 0, 0, 0, 0, 0, 3],
    "unavailable.not_held": [3, 0, 0, 0, 0, 0, 3],
})
T4_F = t4_values()
body = f"""<h1>南京市秦淮区夫子庙街道办事处2022年政府信息公开工作年度报告</h1>
<p>本报告根据《中华人民共和国政府信息公开条例》编制，统计期限为2022年1月1日至2022年12月31日。</p>
<p>一、总体情况</p>
<p>2022年，全区共收到政府信息公开申请326件。本街道收到政府信息公开申请6件，其中区政府转办申请2件，均已按期答复。本街道被申请行政复议0件，被提起政府信息公开行政诉讼1件。</p>
<p>二、主动公开政府信息情况</p>
{t2_html(0, 0, 0)}
<p>三、收到和处理政府信息公开申请情况</p>
{t3_html(T_F)}
<p>四、政府信息公开行政复议、行政诉讼情况</p>
{t4_html(T4_F)}
<p>{TAIL.format(y=2022).replace(chr(10), '</p><p>')}</p>"""
vpage(
    "vp06_street.html",
    html("夫子庙街道2022年政府信息公开工作年度报告_南京市秦淮区人民政府", body,
         side="<div class=\"side\"><ul><li>秦淮区人民政府2022年政府信息公开工作年度报告</li></ul></div>"),
    [
        ("全区共收到政府信息公开申请326件", "326", TRAP, "the district", "jurisdiction"),
        ("本街道收到政府信息公开申请6件", "6", AGREE, "own", "like"),
        ("区政府转办申请2件", "2", TRAP, "part passed on", "partial"),
        ("被申请行政复议0件", "0", AGREE, "t4 review 0", "like"),
        ("政府信息公开行政诉讼1件", "1", ACCUSE, "suit 1 vs table 0 (control)", "control"),
    ],
    agency="南京市秦淮区夫子庙街道办事处", as_written="南京市秦淮区夫子庙街道办事处", year=2022,
    province="江苏省", city="南京市", county="秦淮区", level="street", kind="government", doubt=["kind"],
)

# ---------------------------------------------------------------- vp07 (province dept)
T_G = t3_table({
    "new": [52, 4, 0, 0, 2, 0, 58],
    "carried_in": [5, 0, 0, 0, 0, 0, 5],
    "granted": [30, 2, 0, 0, 1, 0, 33],
    "partial": [5, 0, 0, 0, 0, 0, 5],
    "denied.internal": [2, 0, 0, 0, 0, 0, 2],
    "unavailable.not_held": [12, 2, 0, 0, 1, 0, 15],
    "not_processed.complaint": [3, 0, 0, 0, 0, 0, 3],
    "not_processed.duplicate": [2, 0, 0, 0, 0, 0, 2],
})
T4_G = t4_values(review=(3, 1, 0, 0), direct=(1, 0, 0, 1), after=(1, 0, 0, 0))
text = f"""湖南省卫生健康委员会2023年政府信息公开工作年度报告
发布时间：2024-01-29 14:32 信息来源：办公室 浏览量：2816
根据《中华人民共和国政府信息公开条例》，湖南省卫生健康委员会编制本报告。统计期限为2023年1月1日至2023年12月31日。
一、总体情况
据国务院办公厅通报，全国政府信息公开申请总量持续下降。2023年，全省卫生健康系统共收到政府信息公开申请1,204件。委机关收到政府信息公开申请58件，其中网上申请41件，自然人提出申请52件；年初上年结转的5件已全部办结。全年办结申请60件，结转下年度3件。委机关被申请行政复议4件，其中被纠错1件；行政诉讼3件，其中复议后起诉1件。
二、主动公开政府信息情况
{t2_pipe(4, 2, 37)}
三、收到和处理政府信息公开申请情况
{t3_pipe(T_G)}
四、政府信息公开行政复议、行政诉讼情况
{t4_pipe(T4_G)}
{TAIL.format(y=2023)}
"""
vpage(
    "vp07_province_dept.txt", text,
    [
        ("共收到政府信息公开申请1,204件", "1,204", TRAP, "the province's system", "jurisdiction"),
        ("委机关收到政府信息公开申请58件", "58", AGREE, "own new", "like"),
        ("网上申请41件", "41", TRAP, "a channel", "partial"),
        ("自然人提出申请52件", "52", NOT_ACCUSE_LIKE, "part natural = 52", "like"),
        ("上年结转的5件已全部办结", "5", TRAP, "last year's carried over, closed", "partial"),
        ("全年办结申请60件", "60", AGREE, "closed = results_total 60", "like"),
        ("被申请行政复议4件", "4", AGREE, "review total 4", "like"),
        ("被纠错1件", "1", NOT_ACCUSE_LIKE, "corrected = 1", "like"),
        ("行政诉讼3件", "3", AGREE, "suits 2 + 1 = 3", "like"),
        ("复议后起诉1件", "1", NOT_ACCUSE_LIKE, "t4.suit_after_review.total 1", "like"),
    ],
    agency="湖南省卫生健康委员会", as_written="湖南省卫生健康委员会", year=2023,
    province="湖南省", level="province", kind="department",
)

# ---------------------------------------------------------------- vp08 (normative, one line chrome)
T_H = t3_table({
    "new": [6, 1, 0, 0, 0, 0, 7],
    "granted": [4, 1, 0, 0, 0, 0, 5],
    "unavailable.not_held": [2, 0, 0, 0, 0, 0, 2],
})
T4_H = t4_values()
text = f"""首页 | 政务公开 | 政策文件 | 年度报告
佛山市南海区发展和改革局2021年政府信息公开工作年度报告
本报告由佛山市南海区发展和改革局编制，统计期限为2021年1月1日至2021年12月31日。
一、总体情况
（一）主动公开。2021年，本局制发行政规范性文件3件，现行有效规范性文件27件。全区各部门共制发规范性文件45件。2020年，本局制发规范性文件5件。
（二）依申请公开。本局受理政府信息公开申请8件，申请量同比增长25%。
二、主动公开政府信息情况
{t2_pipe(3, 2, 27)}
三、收到和处理政府信息公开申请情况
{t3_pipe(T_H)}
四、政府信息公开行政复议、行政诉讼情况
{t4_pipe(T4_H)}
{TAIL.format(y=2021)}
"""
vpage(
    "vp08_normative.txt", text,
    [
        ("制发行政规范性文件3件", "3", AGREE, "t2.normative.issued 3", "like"),
        ("现行有效规范性文件27件", "27", NOT_ACCUSE_LIKE, "in force (other)", "like"),
        ("全区各部门共制发规范性文件45件", "45", TRAP, "the district's departments", "jurisdiction"),
        ("本局制发规范性文件5件", "5", TRAP, "2020's", "other_year"),
        ("受理政府信息公开申请8件", "8", ACCUSE, "received 8 vs t3.new.total 7 (control)", "control"),
        ("同比增长25%", "25", TRAP, "a ratio of change", "change"),
    ],
    agency="佛山市南海区发展和改革局", as_written="佛山市南海区发展和改革局", year=2021,
    province="广东省", city="佛山市", county="南海区", level="county", kind="department",
)


def convert(text: str, script: str) -> str:
    if script == "traditional":
        return opencc.OpenCC("s2t").convert(text)
    if script == "hongkong":
        return opencc.OpenCC("s2hk").convert(text)
    return text


def main() -> None:
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    truth_lines = []
    for p in [*PAGES, *VPAGES]:
        text = convert(p["text"], p["script"])
        (out / p["file"]).write_text(text, encoding="utf-8")
        truth_lines.append(json.dumps({k: v for k, v in p.items() if k != "text"}, ensure_ascii=False))
    (HERE / "truth.jsonl").write_text("\n".join(truth_lines) + "\n", encoding="utf-8")
    scripts = {p["file"]: p["script"] for p in VPAGES}
    lines = []
    for c in CLAIMS:
        c = dict(c)
        c["marker"] = convert(c["marker"], scripts[c["page"]])
        text = (out / c["page"]).read_text(encoding="utf-8")
        assert text.count(c["marker"]) == 1, c
        lines.append(json.dumps(c, ensure_ascii=False))
    (HERE / "claims.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(PAGES) + len(VPAGES)} pages, {len(CLAIMS)} claims")


if __name__ == "__main__":
    main()
