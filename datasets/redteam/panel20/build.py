"""Write panel20's corpus (`pages/`) and `truth.json`: a blind red team of the
agency x year panel (identity joins across years, cross-year table checks).

Written blind (session 20), before reading the library's identity, panel,
cross-year or metadata code or their data and tests. Real places and bodies,
invented reports. Each page is declared beside its truth (`A(...)` = one
agency; `P(...)` = one page of it) so that a reader checks one against the
other. Run once: `python datasets/redteam/panel20/build.py`.

Truth (`truth.json`):
- `pages[file]`: `key` (the agency's identity: pages with one key are the same
  agency), `resolvable` (false where the page alone cannot make its area
  certain: a missed join to it is no fault, a join to the wrong one is),
  `lineage` (other keys it may rightly be joined to: a renamed or merged body's
  predecessor/successor; such a join is counted apart, never as wrong), `year`.
- `carry`: for each pair of one agency's reports with tables, year y's
  结转下年度 against year y+1's 上年结转 per column: `holds` (equal),
  `breaks` (differ, both cells printed), `none` (no check may be reported as a
  break: the years are not consecutive, or one side's cell is not printed).
"""

from __future__ import annotations

import json
import random
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLS = ["natural", "commercial", "research", "social", "legal", "other", "total"]

# ---------------------------------------------------------------- table 三


def t3_values(rng: random.Random, carried_in: list[int] | None = None) -> dict:
    """Balanced table 三 numbers for the six applicant columns (+ total)."""
    v: dict[str, list[int]] = {k: [] for k in ("new", "ci", "granted", "partial", "not_held", "co")}
    for i in range(6):
        big = i == 0
        n = rng.randint(20, 140) if big else rng.choice([0, 0, 1, 2, 3])
        ci = carried_in[i] if carried_in is not None else (rng.randint(1, 9) if big else 0)
        avail = n + ci
        co = rng.randint(0, min(6, avail)) if big else 0
        done = avail - co
        g = done * 6 // 10
        p = done // 5
        u = done - g - p
        for k, x in zip(
            ("new", "ci", "granted", "partial", "not_held", "co"), (n, ci, g, p, u, co), strict=True
        ):
            v[k].append(x)
    for k in v:
        v[k].append(sum(v[k]))
    return v


def cells(vals: list[int] | None, blank: str = "0") -> str:
    if vals is None:
        return "".join(f"<td>{blank}</td>" for _ in COLS)
    return "".join(f"<td>{x}</td>" for x in vals)


def t3_html(
    v: dict, template: str, blank_co: bool = False, trad: bool = False, blank_ci: bool = False
) -> str:
    z = [0] * 7
    results = [v["granted"][j] + v["partial"][j] + v["not_held"][j] for j in range(7)]
    r = []
    r.append(
        '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
        '<td colspan="7">申请人情况</td></tr>'
    )
    r.append(
        '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>'
    )
    r.append(
        "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"
    )
    r.append(f'<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>{cells(v["new"])}</tr>')
    r.append(
        f'<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>{cells(None if blank_ci else v["ci"], blank="")}</tr>'
    )
    span = 22 if template == "2021" else 20
    r.append(
        f'<tr><td rowspan="{span}">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>{cells(v["granted"])}</tr>'
    )
    r.append(
        '<tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>'
        f"{cells(v['partial'])}</tr>"
    )
    denied = [
        "1.属于国家秘密",
        "2.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”",
        "4.保护第三方合法权益",
        "5.属于三类内部事务信息",
        "6.属于四类过程性信息",
        "7.属于行政执法案卷",
        "8.属于行政查询事项",
    ]
    for i, lab in enumerate(denied):
        head = '<td rowspan="8">（三）不予公开</td>' if i == 0 else ""
        r.append(f"<tr>{head}<td>{lab}</td>{cells(z)}</tr>")
    unav = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
    for i, lab in enumerate(unav):
        head = '<td rowspan="3">（四）无法提供</td>' if i == 0 else ""
        r.append(f"<tr>{head}<td>{lab}</td>{cells(v['not_held'] if i == 0 else z)}</tr>")
    notp = [
        "1.信访举报投诉类申请",
        "2.重复申请",
        "3.要求提供公开出版物",
        "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息",
    ]
    for i, lab in enumerate(notp):
        head = '<td rowspan="5">（五）不予处理</td>' if i == 0 else ""
        r.append(f"<tr>{head}<td>{lab}</td>{cells(z)}</tr>")
    if template == "2021":
        oth = [
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "3.其他",
        ]
        for i, lab in enumerate(oth):
            head = '<td rowspan="3">（六）其他处理</td>' if i == 0 else ""
            r.append(f"<tr>{head}<td>{lab}</td>{cells(z)}</tr>")
    else:
        r.append(f'<tr><td colspan="2">（六）其他处理</td>{cells(z)}</tr>')
    r.append(f'<tr><td colspan="2">（七）总计</td>{cells(results)}</tr>')
    co = None if blank_co else v["co"]
    r.append(f'<tr><td colspan="3">四、结转下年度继续办理</td>{cells(co, blank="")}</tr>')
    head = "三、收到和處理政府信息公開申請情況" if trad else "三、收到和处理政府信息公开申请情况"
    return f'<p>{head}</p>\n<table border="1">\n' + "\n".join(r) + "\n</table>\n"


# ---------------------------------------------------------------- pages

NAV = '<div class="nav">首页 | 信息公开 | 政务服务 | 互动交流 | 走进{site}</div>'


# the rest of a report's first screen, the same on every page (no agency, no year)
MORE = [
    "（一）主动公开。围绕优化营商环境、乡村振兴、民生保障等重点领域，及时公开政策文件、规划计划、"
    "财政预决算、重大建设项目等信息，做好政策解读和回应关切，提升公开质量。",
    "（二）依申请公开。严格落实受理、审查、办理、答复等环节要求，规范答复文书格式，"
    "依法保障申请人的合理信息需求，全年未发生因依申请公开引发的行政复议、行政诉讼。",
    "（三）政府信息管理。健全信息发布审查机制，坚持“先审后发”，对拟公开信息进行保密审查，"
    "动态更新政府信息公开指南和目录。",
    "（四）平台建设。持续加强政府网站和政务新媒体建设管理，优化栏目设置，"
    "做好政府信息公开专栏日常维护，确保信息发布及时准确。",
    "（五）监督保障。将政务公开工作纳入年度绩效考核，加强业务培训，"
    "组织工作人员参加政务公开专题培训，提升工作人员业务能力。",
]


def page_html(
    *,
    page_title: str,
    title: str,
    preamble: str,
    overview: str,
    table: str,
    contact: str,
    site: str,
    year: int,
) -> str:
    body = [f"<p>{preamble}</p>", "<p>一、总体情况</p>", f"<p>{overview}</p>"]
    body += [f"<p>{x}</p>" for x in MORE]
    if table:
        body.append(table)
    if contact:
        body.append(f"<p>{contact}</p>")
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{page_title}</title></head>\n<body>\n"
        + NAV.format(site=site)
        + f'\n<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>\n'
        f'<div class="article"><h1>{title}</h1>\n'
        f'<div class="info">发布时间：{year + 1}-01-2{year % 7} 来源：{site}</div>\n'
        '<div class="content">\n' + "\n".join(body) + "\n</div></div>\n"
        f'<div class="footer">主办：{site} 版权所有 网站标识码：{zlib.crc32(site.encode()):010d}</div>\n'
        "</body></html>\n"
    )


def page_text(*, title: str, preamble: str, overview: str, contact: str) -> str:
    lines = [title, preamble, "一、总体情况", overview, *MORE]
    if contact:
        lines.append(contact)
    return "\n".join(lines) + "\n"


def std_pre(name: str, year: int, trad: bool = False) -> str:
    if trad:
        return (
            f"根據《中華人民共和國政府信息公開條例》規定，現公布{name}{year}年政府信息公開工作年度報告。"
            f"本報告所列數據的統計期限自{year}年1月1日起至{year}年12月31日止。"
        )
    return (
        f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和上级有关工作要求，{name}编制本报告。"
        f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
    )


def std_over(short: str, year: int, n: int, trad: bool = False) -> str:
    if trad:
        return (
            f"{year}年，{short}堅持以習近平新時代中國特色社會主義思想為指導，認真落實《條例》各項要求，"
            f"全年主動公開政府信息{n}條，政務公開工作取得新進展。"
        )
    return (
        f"{year}年，{short}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和上级部署，"
        f"聚焦重点领域信息公开，全年通过门户网站主动公开政府信息{n}条，政务新媒体发布信息{n // 3}条，"
        "政府信息公开工作取得新进展。"
    )


AGENCIES: list[dict] = []
WAVE = [
    1
]  # the wave a page is declared in (wave 2: written after wave 1's first reading, still blind)


def A(key: str, **kw) -> dict:
    a = {"key": key, "pages": [], **kw}
    AGENCIES.append(a)
    return a


def P(
    a: dict,
    year: int,
    heading: str,
    *,
    fmt: str = "html",
    self_name: str | None = None,
    short: str | None = None,
    contact: str = "",
    site: str = "",
    page_title: str | None = None,
    title: str | None = None,
    table: str | None = None,  # None | "2021" | "2019"
    blank_co: bool = False,
    blank_ci: bool = False,
    trad: bool = False,
    pre: str | None = None,
    resolvable: bool = True,
    lineage: tuple[str, ...] = (),
    note: str = "",
) -> None:
    a["pages"].append(
        dict(
            year=year,
            heading=heading,
            fmt=fmt,
            self_name=self_name or heading,
            short=short or "我单位",
            contact=contact,
            site=site or heading,
            page_title=page_title,
            title=title,
            table=table,
            blank_co=blank_co,
            blank_ci=blank_ci,
            trad=trad,
            pre=pre,
            wave=WAVE[0],
            resolvable=resolvable,
            lineage=list(lineage),
            note=note,
        )
    )


# carry pairs: (key, year_from) -> "equal" | "differ"; the later year's 上年结转
CARRY: dict[tuple[str, int], str] = {}

# ---- 1. a township written with province+city, city, and bare (contact gives the city)
a = A("中山市|小榄镇人民政府")
P(a, 2021, "广东省中山市小榄镇人民政府", table="2021", short="我镇", site="中山市小榄镇人民政府")
P(a, 2022, "中山市小榄镇人民政府", table="2021", short="我镇", site="中山市小榄镇人民政府")
P(
    a,
    2023,
    "小榄镇人民政府",
    self_name="中山市小榄镇人民政府",
    table="2021",
    short="我镇",
    page_title="小榄镇人民政府2023年政府信息公开工作年度报告_中山市小榄镇人民政府",
    site="中山市小榄镇人民政府",
)
CARRY[("中山市|小榄镇人民政府", 2021)] = "equal"
CARRY[("中山市|小榄镇人民政府", 2022)] = "differ"

# ---- 2. a city commission: full, 市卫健委 (city in preamble/contact), 绵阳市卫健委
a = A("绵阳市|卫生健康委员会")
P(a, 2021, "绵阳市卫生健康委员会", table="2021", short="市卫生健康委", site="绵阳市人民政府")
P(
    a,
    2022,
    "市卫健委",
    self_name="绵阳市卫生健康委员会",
    table="2021",
    short="市卫健委",
    site="绵阳市人民政府",
    contact="联系单位：绵阳市卫生健康委员会办公室，地址：绵阳市涪城区安昌路17号，电话：0816-2222222。",
)
P(a, 2023, "绵阳市卫健委", fmt="txt", short="市卫健委")
CARRY[("绵阳市|卫生健康委员会", 2021)] = "equal"

# ---- 3. a city government's general office: full, 政府办, Traditional
a = A("泰州市|人民政府办公室")
P(a, 2020, "泰州市人民政府办公室", table="2019", short="市政府办公室", site="泰州市人民政府")
P(
    a,
    2021,
    "泰州市政府办",
    self_name="泰州市人民政府办公室",
    table="2021",
    short="市政府办",
    site="泰州市人民政府",
)
P(a, 2022, "泰州市人民政府辦公室", fmt="txt", trad=True, short="市政府辦公室")
CARRY[("泰州市|人民政府办公室", 2020)] = "differ"

# ---- 4. confuser: the government itself, not its office
a = A("泰州市|人民政府")
P(a, 2021, "泰州市人民政府", short="市政府", site="泰州市人民政府")
P(a, 2022, "泰州市人民政府", fmt="txt", short="市政府")

# ---- 5/6. 鼓楼区 of Nanjing and of Fuzhou
a = A("南京市鼓楼区|人民政府")
P(a, 2021, "南京市鼓楼区人民政府", table="2021", short="区政府", site="南京市鼓楼区人民政府")
P(
    a,
    2022,
    "鼓楼区人民政府",
    self_name="南京市鼓楼区人民政府",
    table="2021",
    short="区政府",
    page_title="鼓楼区人民政府2022年政府信息公开工作年度报告_南京市鼓楼区人民政府",
    site="南京市鼓楼区人民政府",
)
CARRY[("南京市鼓楼区|人民政府", 2021)] = "differ"
a = A("福州市鼓楼区|人民政府")
P(a, 2021, "福州市鼓楼区人民政府", table="2021", short="区政府", site="福州市鼓楼区人民政府")
P(
    a,
    2022,
    "鼓楼区人民政府",
    self_name="福州市鼓楼区人民政府",
    table="2021",
    short="区政府",
    page_title="鼓楼区人民政府2022年政府信息公开工作年度报告_福州市鼓楼区人民政府",
    site="福州市鼓楼区人民政府",
)
CARRY[("福州市鼓楼区|人民政府", 2021)] = "equal"

# ---- 7/8. 朝阳区 (Beijing) 人社局 vs 朝阳市 (Liaoning) 人社局
a = A("北京市朝阳区|人力资源和社会保障局")
P(a, 2021, "北京市朝阳区人力资源和社会保障局", short="区人力社保局", site="北京市朝阳区人民政府")
P(
    a,
    2022,
    "朝阳区人力资源和社会保障局",
    self_name="北京市朝阳区人力资源和社会保障局",
    short="区人社局",
    site="北京市朝阳区人民政府",
)
P(
    a,
    2023,
    "朝阳区人社局",
    fmt="txt",
    short="区人社局",
    resolvable=False,
    note="no city anywhere on the page: 朝阳区 is in Beijing and Changchun; must stay alone",
)
a = A("朝阳市|人力资源和社会保障局")
P(a, 2021, "朝阳市人力资源和社会保障局", short="市人社局", site="朝阳市人民政府")
P(
    a,
    2022,
    "朝阳市人社局",
    self_name="辽宁省朝阳市人力资源和社会保障局",
    short="市人社局",
    site="朝阳市人民政府",
)

# ---- 9/10. two townships named 城关镇 in two counties (both under 兰州市)
a = A("永登县|城关镇人民政府")
P(a, 2021, "永登县城关镇人民政府", table="2021", blank_co=True, short="我镇", site="永登县人民政府")
P(
    a,
    2022,
    "城关镇人民政府",
    self_name="永登县城关镇人民政府",
    table="2021",
    short="我镇",
    site="永登县人民政府",
    page_title="城关镇人民政府2022年政府信息公开工作年度报告_永登县人民政府",
)
CARRY[("永登县|城关镇人民政府", 2021)] = "blank"
a = A("榆中县|城关镇人民政府")
P(a, 2021, "榆中县城关镇人民政府", short="我镇", site="榆中县人民政府")
P(a, 2022, "甘肃省兰州市榆中县城关镇人民政府", short="我镇", site="榆中县人民政府")
P(
    a,
    2023,
    "城关镇人民政府",
    fmt="txt",
    short="我镇",
    resolvable=False,
    note="城关镇 with no county on the page: hundreds of counties have one",
)

# ---- 11/12. a city bureau vs its 派出 branch
a = A("广州市|生态环境局")
P(a, 2021, "广州市生态环境局", table="2021", short="市生态环境局", site="广州市生态环境局")
P(a, 2022, "广州市生态环境局", table="2021", short="市生态环境局", site="广州市生态环境局")
CARRY[("广州市|生态环境局", 2021)] = "differ"
a = A("广州市|生态环境局番禺分局")
P(a, 2021, "广州市生态环境局番禺分局", table="2021", short="番禺分局", site="广州市番禺区人民政府")
P(a, 2022, "广州市生态环境局番禺分局", table="2021", short="番禺分局", site="广州市番禺区人民政府")
CARRY[("广州市|生态环境局番禺分局", 2021)] = "equal"

# ---- 13/14. a bureau vs a same-named 事业单位 (…局 vs …中心)
a = A("芜湖市|公共资源交易管理局")
P(a, 2019, "芜湖市公共资源交易管理局", short="市公管局", site="芜湖市人民政府")
P(a, 2020, "芜湖市公管局", self_name="芜湖市公共资源交易管理局", fmt="txt", short="市公管局")
a = A("芜湖市|公共资源交易中心")
P(a, 2019, "芜湖市公共资源交易中心", short="市交易中心", site="芜湖市人民政府")
P(a, 2020, "芜湖市公共资源交易中心", fmt="txt", short="市交易中心")

# ---- 15. renamed in the middle: 环境保护局 -> 生态环境局 (the page says so)
a = A("铜陵市|环境保护局")
P(
    a,
    2018,
    "铜陵市环境保护局",
    short="市环保局",
    site="铜陵市人民政府",
    lineage=("铜陵市|生态环境局",),
)
a = A("铜陵市|生态环境局")
P(
    a,
    2019,
    "铜陵市生态环境局",
    short="市生态环境局",
    site="铜陵市人民政府",
    lineage=("铜陵市|环境保护局",),
    contact="2019年1月，根据机构改革方案，原铜陵市环境保护局更名为铜陵市生态环境局。",
)
P(a, 2020, "铜陵市生态环境局", fmt="txt", short="市生态环境局", lineage=("铜陵市|环境保护局",))

# ---- 16. merged in the middle: 文广新局 + 旅发委 -> 文化广电旅游局
a = A("九江市|文化广电新闻出版局")
P(
    a,
    2018,
    "九江市文化广电新闻出版局",
    short="市文广新局",
    site="九江市人民政府",
    lineage=("九江市|文化广电旅游局",),
)
a = A("九江市|旅游发展委员会")
P(a, 2018, "九江市旅游发展委员会", fmt="txt", short="市旅发委", lineage=("九江市|文化广电旅游局",))
a = A("九江市|文化广电旅游局")
lin = ("九江市|文化广电新闻出版局", "九江市|旅游发展委员会")
P(
    a,
    2019,
    "九江市文化广电旅游局",
    short="市文广旅局",
    site="九江市人民政府",
    lineage=lin,
    contact="根据机构改革，原九江市文化广电新闻出版局、九江市旅游发展委员会的职责整合，组建九江市文化广电旅游局。",
)
P(a, 2020, "九江市文化广电旅游局", fmt="txt", short="市文广旅局", lineage=lin)

# ---- 17. English title in one year
a = A("厦门市思明区|人民政府")
P(a, 2021, "厦门市思明区人民政府", short="区政府", site="厦门市思明区人民政府")
P(
    a,
    2022,
    "思明区人民政府",
    self_name="厦门市思明区人民政府",
    table="2021",
    short="区政府",
    title="Siming District People's Government of Xiamen Municipality: 2022 Annual Report on Government Information Disclosure",
    page_title="Annual Report 2022 - Siming District, Xiamen",
    site="厦门市思明区人民政府",
)
P(a, 2023, "厦门市思明区人民政府", table="2021", short="区政府", site="厦门市思明区人民政府")
CARRY[("厦门市思明区|人民政府", 2022)] = "equal"

# ---- 18. 人民政府办公室 vs 政府办 vs 政府办公室
a = A("绵阳市涪城区|人民政府办公室")
P(a, 2021, "绵阳市涪城区人民政府办公室", short="区政府办", site="绵阳市涪城区人民政府")
P(
    a,
    2022,
    "涪城区政府办",
    self_name="绵阳市涪城区人民政府办公室",
    table="2021",
    short="区政府办",
    site="绵阳市涪城区人民政府",
)
P(
    a,
    2023,
    "绵阳市涪城区政府办公室",
    table="2021",
    short="区政府办公室",
    site="绵阳市涪城区人民政府",
)
CARRY[("绵阳市涪城区|人民政府办公室", 2022)] = "differ"

# ---- 19. a prefecture government office, one year with 现公开… in the preamble
a = A("孝感市|人民政府办公室")
P(a, 2021, "孝感市人民政府办公室", short="市政府办公室", site="孝感市人民政府")
P(
    a,
    2022,
    "孝感市人民政府办公室",
    fmt="txt",
    short="市政府办公室",
    self_name="孝感市人民政府办公室",
)

# ---- 20. a county bureau written 县统计局 in one year (county in contact + site)
a = A("云梦县|统计局")
P(a, 2021, "云梦县统计局", short="县统计局", site="云梦县人民政府")
P(
    a,
    2022,
    "县统计局",
    self_name="县统计局",
    short="县统计局",
    site="云梦县人民政府",
    page_title="县统计局2022年政府信息公开工作年度报告_云梦县人民政府",
    contact="联系单位：云梦县统计局，地址：湖北省孝感市云梦县城关镇曲阳路88号，电话：0712-4322222。",
)

# ---- 21/22. 中山区 (Dalian) vs 中山市 (Guangdong); 中山市 has a year gap
a = A("大连市中山区|人民政府")
P(a, 2021, "大连市中山区人民政府", short="区政府", site="大连市中山区人民政府")
P(a, 2022, "中山区人民政府", self_name="大连市中山区人民政府", fmt="txt", short="区政府")
a = A("中山市|人民政府")
P(a, 2020, "中山市人民政府", table="2019", short="市政府", site="中山市人民政府")
P(a, 2022, "中山市人民政府", table="2021", short="市政府", site="中山市人民政府")
CARRY[("中山市|人民政府", 2020)] = "gap"

# ---- 23/24. 省教育厅 of two provinces
a = A("广东省|教育厅")
P(a, 2021, "广东省教育厅", short="省教育厅", site="广东省教育厅")
P(
    a,
    2022,
    "省教育厅",
    self_name="广东省教育厅",
    short="省教育厅",
    site="广东省教育厅",
    page_title="省教育厅2022年政府信息公开工作年度报告_广东省教育厅",
)
a = A("浙江省|教育厅")
P(a, 2022, "浙江省教育厅", fmt="txt", short="省教育厅")
P(
    a,
    2023,
    "省教育厅",
    self_name="浙江省教育厅",
    short="省教育厅",
    site="浙江省教育厅",
    page_title="省教育厅2023年政府信息公开工作年度报告_浙江省教育厅",
)

# ---- 25. a university, once with its province before it
a = A("高校|兰州大学")
P(a, 2021, "兰州大学", short="学校", site="兰州大学信息公开网")
P(a, 2022, "甘肃省兰州大学", self_name="兰州大学", fmt="txt", short="学校")

# ---- 26. a county government with province+city, city, bare; template switch 2020->2021
a = A("三台县|人民政府")
P(a, 2020, "四川省绵阳市三台县人民政府", table="2019", short="县政府", site="三台县人民政府")
P(a, 2021, "三台县人民政府", table="2021", short="县政府", site="三台县人民政府")
P(a, 2022, "绵阳市三台县人民政府", fmt="txt", short="县政府")
CARRY[("三台县|人民政府", 2020)] = "equal"

# ---- 27. 鼓楼区教育局 of Nanjing and Fuzhou, and one with no city
a = A("南京市鼓楼区|教育局")
P(a, 2021, "南京市鼓楼区教育局", short="区教育局", site="南京市鼓楼区人民政府")
P(
    a,
    2022,
    "鼓楼区教育局",
    fmt="txt",
    short="区教育局",
    resolvable=False,
    note="鼓楼区 with no city anywhere on the page: must stay alone",
)
a = A("福州市鼓楼区|教育局")
P(a, 2021, "福州市鼓楼区教育局", short="区教育局", site="福州市鼓楼区人民政府")

# ---- 28. 朝阳区 of Beijing vs of Changchun (governments), one year each
a = A("北京市朝阳区|人民政府")
P(a, 2022, "北京市朝阳区人民政府", short="区政府", site="北京市朝阳区人民政府")
a = A("长春市朝阳区|人民政府")
P(a, 2022, "长春市朝阳区人民政府", fmt="txt", short="区政府")


# ================================================================ wave 2
# Written after wave 1's first reading (0 wrong, 0 missed, 91/91) and still before
# reading any panel/identity/metadata code: harder names and cross-year cases.
WAVE[0] = 2
DUPLICATES: list[list[str]] = []  # (key, year) of agency-years saved twice: one row, `duplicate`


def ag(key: str) -> dict:
    return next(a for a in AGENCIES if a["key"] == key)


# ---- 29/30/31. 市中区 of Jinan and of Leshan, and one with no city
a = A("济南市市中区|人民政府")
P(a, 2021, "济南市市中区人民政府", short="区政府", site="济南市市中区人民政府")
P(
    a,
    2022,
    "市中区人民政府",
    self_name="济南市市中区人民政府",
    short="区政府",
    site="济南市市中区人民政府",
    page_title="市中区人民政府2022年政府信息公开工作年度报告_济南市市中区人民政府",
)
a = A("乐山市市中区|人民政府")
P(a, 2022, "乐山市市中区人民政府", fmt="txt", short="区政府")
P(
    a,
    2023,
    "市中区人民政府",
    fmt="txt",
    short="区政府",
    resolvable=False,
    note="市中区 (Jinan, Zaozhuang, Neijiang, Leshan) with no city on the page",
)

# ---- 32/33. a district literally named 城区: 长治市城区 vs 阳泉市城区; 上年结转 blank in 2022
a = A("长治市城区|人民政府")
P(a, 2021, "长治市城区人民政府", table="2021", short="区政府", site="长治市城区人民政府")
P(
    a,
    2022,
    "城区人民政府",
    self_name="长治市城区人民政府",
    table="2021",
    blank_ci=True,
    short="区政府",
    site="长治市城区人民政府",
    page_title="城区人民政府2022年政府信息公开工作年度报告_长治市城区人民政府",
)
CARRY[("长治市城区|人民政府", 2021)] = "blank_in"
a = A("阳泉市城区|人民政府")
P(a, 2022, "阳泉市城区人民政府", short="区政府", site="阳泉市城区人民政府")

# ---- 34/35/36. 白云区 of Guangzhou and of Guiyang; the government vs its office in one year
a = A("广州市白云区|人民政府")
P(a, 2021, "广州市白云区人民政府", table="2021", short="区政府", site="广州市白云区人民政府")
P(
    a,
    2022,
    "白云区人民政府",
    self_name="广州市白云区人民政府",
    table="2021",
    short="区政府",
    site="广州市白云区人民政府",
    page_title="白云区人民政府2022年政府信息公开工作年度报告_广州市白云区人民政府",
)
CARRY[("广州市白云区|人民政府", 2021)] = "equal"
a = A("广州市白云区|人民政府办公室")
P(
    a,
    2022,
    "广州市白云区政府办",
    self_name="广州市白云区人民政府办公室",
    short="区政府办",
    site="广州市白云区人民政府",
)
a = A("贵阳市白云区|人民政府")
P(a, 2022, "贵阳市白云区人民政府", fmt="txt", short="区政府")

# ---- 37. a street: 街道办事处 / 街道 (district in the preamble)
a = A("南京市鼓楼区|宁海路街道办事处")
P(a, 2021, "南京市鼓楼区宁海路街道办事处", short="街道", site="南京市鼓楼区人民政府")
P(
    a,
    2022,
    "宁海路街道",
    self_name="南京市鼓楼区宁海路街道办事处",
    short="街道",
    site="南京市鼓楼区人民政府",
    page_title="宁海路街道2022年政府信息公开工作年度报告_南京市鼓楼区人民政府",
)

# ---- 38. an autonomous prefecture written in full and as 海西州
a = A("海西蒙古族藏族自治州|生态环境局")
P(
    a,
    2021,
    "海西蒙古族藏族自治州生态环境局",
    short="州生态环境局",
    site="海西蒙古族藏族自治州人民政府",
)
P(a, 2022, "海西州生态环境局", self_name="海西州生态环境局", fmt="txt", short="州生态环境局")

# ---- 39/40. a county-level city's commission vs its prefecture's
a = A("如皋市|卫生健康委员会")
P(a, 2021, "如皋市卫生健康委员会", short="市卫健委", site="如皋市人民政府")
P(a, 2022, "如皋市卫健委", self_name="如皋市卫健委", fmt="txt", short="市卫健委")
a = A("南通市|卫生健康委员会")
P(a, 2022, "南通市卫生健康委员会", short="市卫生健康委", site="南通市人民政府")

# ---- 41. 撤县设区: 孟津县 2020 -> 孟津区 2021 (the page says so)
a = A("洛阳市|孟津县人民政府")
P(
    a,
    2020,
    "洛阳市孟津县人民政府",
    short="县政府",
    site="孟津县人民政府",
    lineage=("洛阳市|孟津区人民政府",),
)
a = A("洛阳市|孟津区人民政府")
P(
    a,
    2021,
    "洛阳市孟津区人民政府",
    short="区政府",
    site="洛阳市孟津区人民政府",
    lineage=("洛阳市|孟津县人民政府",),
    contact="2021年，经国务院批准，撤销孟津县、洛阳市吉利区，设立洛阳市孟津区。",
)
P(
    a,
    2022,
    "孟津区人民政府",
    self_name="洛阳市孟津区人民政府",
    fmt="txt",
    short="区政府",
    lineage=("洛阳市|孟津县人民政府",),
)

# ---- 42. an industrial park's committee: 管理委员会 / 管委会
a = A("苏州工业园区|管理委员会")
P(a, 2021, "苏州工业园区管理委员会", short="园区管委会", site="苏州工业园区管理委员会")
P(a, 2022, "苏州工业园区管委会", fmt="txt", short="园区管委会")

# ---- 43. a county seen only through a pinyin title one year
a = A("汝阳县|人民政府")
P(
    a,
    2021,
    "汝阳县人民政府",
    self_name="汝阳县人民政府",
    short="县政府",
    site="汝阳县人民政府",
    title="Ruyang Xian Renmin Zhengfu 2021 Nian Zhengfu Xinxi Gongkai Gongzuo Niandu Baogao",
    page_title="Ruyang Xian Renmin Zhengfu",
)
P(a, 2022, "洛阳市汝阳县人民政府", fmt="txt", short="县政府")

# ---- 44. 市监局 for 市场监督管理局 (one body of the area fits)
a = A("泰州市|市场监督管理局")
P(a, 2021, "泰州市市场监督管理局", short="市市场监管局", site="泰州市人民政府")
P(a, 2022, "泰州市市监局", self_name="泰州市市监局", fmt="txt", short="市市监局")

# ---- 45. a district bureau whose only area cue is the site's footer/nav (chrome)
a = ag("福州市鼓楼区|教育局")
P(
    a,
    2022,
    "区教育局",
    self_name="区教育局",
    short="区教育局",
    site="福州市鼓楼区人民政府",
    resolvable=False,
    note="only the site's chrome names the district: not certain",
)

# ---- 46. the province's general office vs the province's government
a = A("广东省|人民政府办公厅")
P(a, 2022, "广东省人民政府办公厅", short="省府办公厅", site="广东省人民政府")
P(
    a,
    2023,
    "省政府办公厅",
    self_name="省政府办公厅",
    short="省府办公厅",
    site="广东省人民政府",
    page_title="省政府办公厅2023年政府信息公开工作年度报告_广东省人民政府",
)
a = A("广东省|人民政府")
P(a, 2022, "广东省人民政府", fmt="txt", short="省政府")

# ---- wave-1 agencies, one more report each
# 番禺分局 2023: no year in the title (the preamble's 统计期限 carries it); carry from 2022 equal
a = ag("广州市|生态环境局番禺分局")
P(
    a,
    2023,
    "广州市生态环境局番禺分局",
    table="2021",
    short="番禺分局",
    site="广州市番禺区人民政府",
    title="广州市生态环境局番禺分局政府信息公开工作年度报告",
)
CARRY[("广州市|生态环境局番禺分局", 2022)] = "equal"
# 广东省教育厅 2022 saved twice (html in wave 1, txt here): one row flagged duplicate
a = ag("广东省|教育厅")
P(a, 2022, "广东省教育厅", fmt="txt", short="省教育厅")
DUPLICATES.append(["广东省|教育厅", "2022"])
# 九江 2021 written 文广局: fits 文化广电新闻出版局 and 文化广电旅游局 alike
a = ag("九江市|文化广电旅游局")
P(
    a,
    2021,
    "九江市文广局",
    self_name="九江市文广局",
    fmt="txt",
    short="市文广局",
    resolvable=False,
    note="文广局 fits both bodies of 九江; the year says which, but no page does",
)


def write_wave(wave: int, rng: random.Random, tables: dict, pages: dict) -> None:
    out = HERE / ("pages" if wave == 1 else f"pages{wave}")
    prefix = "report" if wave == 1 else f"w{wave}"
    out.mkdir(exist_ok=True)
    for f in out.iterdir():
        f.unlink()
    flat = [(a, p) for a in AGENCIES for p in a["pages"] if p["wave"] == wave]
    order = list(range(len(flat)))
    rng.shuffle(order)
    # table values in year order per agency so that carries chain as declared
    for a in AGENCIES:
        prev = None
        for p in sorted(a["pages"], key=lambda q: q["year"]):
            if not p["table"]:
                continue
            if p["wave"] != wave:
                if p["wave"] < wave:
                    prev = {"year": p["year"], "co": p["_v"]["co"]}
                continue
            kind = CARRY.get((a["key"], prev["year"])) if prev else None
            if prev is not None and kind == "equal":
                v = t3_values(rng, carried_in=prev["co"][:6])
            elif prev is not None and kind in ("differ", "blank"):
                ci = list(prev["co"][:6])
                ci[0] = ci[0] + rng.randint(2, 5)
                v = t3_values(rng, carried_in=ci)
            else:
                v = t3_values(rng)
            p["_v"] = v
            tables[(a["key"], p["year"])] = v
            prev = {"year": p["year"], "co": v["co"]}
    for n, i in enumerate(order, 1):
        a, p = flat[i]
        y = p["year"]
        ext = "txt" if p["fmt"] == "txt" else "html"
        name = f"{prefix}_{n:03d}.{ext}"
        trad = p["trad"]
        suffix = "年政府信息公開工作年度報告" if trad else "年政府信息公开工作年度报告"
        title = p["title"] or f"{p['heading']}{y}{suffix}"
        pre = p["pre"] or std_pre(p["self_name"], y, trad)
        if a["key"] == "孝感市|人民政府办公室" and y == 2022:
            pre = (
                "根据《中华人民共和国政府信息公开条例》规定，现公开孝感市人民政府办公室2022年政府信息公开工作年度报告。"
                "本报告所列数据统计期限自2022年1月1日至2022年12月31日。"
            )
        over = std_over(p["short"], y, rng.randint(80, 2400), trad)
        if ext == "txt":
            body = page_text(title=title, preamble=pre, overview=over, contact=p["contact"])
        else:
            table = (
                t3_html(p["_v"], p["table"], p["blank_co"], trad, p["blank_ci"])
                if p["table"]
                else ""
            )
            body = page_html(
                page_title=p["page_title"] or f"{title}_{p['site']}",
                title=title,
                preamble=pre,
                overview=over,
                table=table,
                contact=p["contact"],
                site=p["site"],
                year=y,
            )
        (out / name).write_text(body, encoding="utf-8")
        pages[name] = dict(
            key=a["key"],
            year=y,
            heading=p["heading"],
            resolvable=p["resolvable"],
            lineage=p["lineage"],
            note=p["note"],
            wave=wave,
        )


def build() -> None:
    pages: dict[str, dict] = {}
    tables: dict[tuple[str, int], dict] = {}
    for wave in (1, 2):
        write_wave(wave, random.Random(20 if wave == 1 else 2020), tables, pages)
    waves = {(t["key"], t["year"]): t["wave"] for t in pages.values()}
    carry: list[dict] = []
    for (key, y0), kind in CARRY.items():
        v0 = tables[(key, y0)]
        ys = sorted(y for k, y in tables if k == key and y > y0)
        y1 = ys[0]
        v1 = tables[(key, y1)]
        for j, col in enumerate(COLS):
            if kind in ("gap", "blank", "blank_in"):
                exp = "none"
            else:
                exp = "holds" if v0["co"][j] == v1["ci"][j] else "breaks"
            carry.append(
                dict(
                    key=key,
                    year_from=y0,
                    year_to=y1,
                    col=col,
                    expect=exp,
                    carried_out=None if kind == "blank" else v0["co"][j],
                    carried_in=None if kind == "blank_in" else v1["ci"][j],
                    why={
                        "gap": "years not consecutive",
                        "blank": "结转下年度 row blank in the earlier report",
                        "blank_in": "上年结转 row blank in the later report",
                    }.get(kind, ""),
                    wave=max(waves[(key, y0)], waves[(key, y1)]),
                )
            )
    pages = dict(sorted(pages.items()))
    truth = {"pages": pages, "carry": carry, "duplicates": DUPLICATES}
    (HERE / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(len(pages), "pages,", len(AGENCIES), "agencies,", len(carry), "carry cells")


if __name__ == "__main__":
    build()
