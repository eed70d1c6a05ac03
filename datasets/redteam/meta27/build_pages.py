"""Write meta27's pages and truth (a sixteenth blind metadata red team, session 27).

Every page is kept here beside its truth; ``pages/`` and ``truth.jsonl`` are this
script's output (``python datasets/redteam/meta27/build_pages.py``). Real places and
bodies, invented reports. Text pages are a scraper's first 2,000 bytes (``clip``); the
cues a truth rests on are asserted to be inside the cut. HTML pages are whole saved
pages (meta_pages.py's ``html()``, ``scrape()`` and ``Pages.add``, first written for meta25).
"""

from __future__ import annotations

import sys
from pathlib import Path

from opencc import OpenCC

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from meta_pages import (  # noqa: E402
    Pages,
    html,
    preamble,
    report_body as b,
    scrape,
    sections,
    write_pages,
)

PAGES = Pages()
add = PAGES.add


ZJ = "浙江省"
GOV_RULE = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，"
HEAD = "年政府信息公开工作年度报告"


# --- zones' committees (开发区, 高新区, 新区, 风景名胜区) ------------------------------

add(
    "c01",
    "html",
    html(
        "湘江新区管委会2023" + HEAD,
        [preamble("湖南湘江新区管理委员会", "2023"), *b("我委", n=210)],
        title="湘江新区管委会2023" + HEAD + "_湖南湘江新区",
        banner="湖南湘江新区",
        info="发布日期：2024-01-26",
        footer="主办：湖南湘江新区管理委员会",
    ),
    agency="湖南湘江新区管理委员会",
    accept=["湘江新区管理委员会"],
    as_written="湘江新区管委会",
    region={"province": "湖南省"},
    level=None,
    kind=None,
    year=2023,
    note="a state-level new area's committee titled short, the full name in the preamble; "
    "no city scored (the area spans the capital's districts)",
)

add(
    "c02",
    "txt",
    scrape(
        "昆山经济技术开发区管理委员会2023" + HEAD,
        "来源：昆山市人民政府  发布时间：2024-01-19",
        preamble("昆山经济技术开发区管理委员会", "2023"),
        *b("我委", n=88),
        must=("昆山经济技术开发区管理委员会2023",),
    ),
    agency="昆山经济技术开发区管理委员会",
    accept=["苏州市昆山经济技术开发区管理委员会"],
    as_written="昆山经济技术开发区管理委员会",
    region={"province": "江苏省", "city": "苏州市", "county": "昆山市"},
    level=None,
    kind=None,
    year=2023,
    note="a national 经开区 named by its county-level city; 昆山市人民政府 (来源) is the host: wrong",
)

add(
    "c03",
    "html",
    html(
        "高新区管委会2023" + HEAD,
        [
            GOV_RULE + "现公布我委2023年政府信息公开工作年度报告。",
            *b("我委", n=132),
            "襄阳高新技术产业开发区管理委员会",
            "2024年1月25日",
        ],
        title="高新区管委会2023" + HEAD + "_襄阳市人民政府",
        banner="襄阳市人民政府",
        info="发布日期：2024-01-25",
    ),
    agency="襄阳高新技术产业开发区管理委员会",
    accept=["襄阳高新区管委会", "襄阳高新区管理委员会"],
    as_written="高新区管委会",
    region={"province": "湖北省", "city": "襄阳市"},
    level=None,
    kind=None,
    year=2023,
    note="高新区管委会 titled, the full name only in the signature at the end, the city's "
    "portal the host (襄阳市人民政府 wrong)",
)

add(
    "c04",
    "html",
    html(
        "西湖风景名胜区管委会2023" + HEAD,
        [preamble("杭州西湖风景名胜区管理委员会", "2023"), *b("我委", n=176)],
        title="西湖风景名胜区管委会2023" + HEAD + "_杭州市人民政府",
        banner="杭州市人民政府",
        info="发布机构：杭州西湖风景名胜区管理委员会 发布日期：2024-01-30",
    ),
    agency="杭州西湖风景名胜区管理委员会",
    accept=["西湖风景名胜区管理委员会"],
    as_written="西湖风景名胜区管委会",
    region={"province": ZJ, "city": "杭州市", "county": None},
    level=None,
    kind=None,
    year=2023,
    note="a scenic area's committee (the city's 派出机构): 西湖 is also 杭州's 西湖区, which is "
    "not this body's county (county: null is scored)",
)

# --- streets and townships -------------------------------------------------------

add(
    "c05",
    "html",
    html(
        "北山街道2023" + HEAD,
        [preamble("北山街道办事处", "2023"), *b("我街道", n=64)],
        title="北山街道2023" + HEAD + "_杭州市西湖区人民政府",
        banner="杭州市西湖区人民政府",
        crumb="首页 > 政务公开 > 街道信息公开 > 北山街道 > 年度报告",
        info="发布日期：2024-01-18",
        footer="主办：杭州市西湖区人民政府办公室",
    ),
    agency="杭州市西湖区北山街道办事处",
    accept=["西湖区北山街道办事处", "北山街道办事处"],
    as_written="北山街道",
    region={"province": ZJ, "city": "杭州市", "county": "西湖区"},
    level="street",
    kind="government",
    year=2023,
    note="a street titled without 办事处, its district only in the portal's name; the host "
    "(区人民政府办公室) wrong",
)

add(
    "c06",
    "txt",
    scrape(
        "喜洲镇人民政府2023" + HEAD,
        "来源：大理市人民政府  发布时间：2024-01-22",
        preamble("大理市喜洲镇人民政府", "2023"),
        *b("我镇", n=47),
        must=("大理市喜洲镇人民政府",),
    ),
    agency="大理市喜洲镇人民政府",
    accept=["喜洲镇人民政府", "大理白族自治州大理市喜洲镇人民政府"],
    as_written="喜洲镇人民政府",
    region={"province": "云南省", "city": "大理白族自治州", "county": "大理市"},
    level="township",
    kind="government",
    year=2023,
    note="a town of a county-level city of an autonomous prefecture; 大理市人民政府 (来源) wrong",
)

add(
    "c07",
    "txt",
    scrape(
        "大均乡2023" + HEAD,
        "发布时间：2024-01-16",
        preamble("景宁畲族自治县大均乡人民政府", "2023"),
        *b("我乡", n=39),
        must=("景宁畲族自治县大均乡人民政府",),
    ),
    agency="景宁畲族自治县大均乡人民政府",
    accept=["大均乡人民政府", "丽水市景宁畲族自治县大均乡人民政府"],
    as_written="大均乡",
    region={"province": ZJ, "city": "丽水市", "county": "景宁畲族自治县"},
    level="township",
    kind="government",
    year=2023,
    note="a 乡 titled bare, of an autonomous county named in full in the preamble",
)

add(
    "c08",
    "html",
    html(
        "稠城街道办事处2023" + HEAD,
        [
            GOV_RULE + "现公布我街道2023年政府信息公开工作年度报告。",
            *b("我街道", n=73),
        ],
        title="稠城街道办事处2023" + HEAD + "_义乌市人民政府",
        banner="义乌市人民政府",
        info="发布日期：2024-01-23",
        footer="主办：义乌市人民政府办公室",
    ),
    agency="义乌市稠城街道办事处",
    accept=["稠城街道办事处", "金华市义乌市稠城街道办事处"],
    as_written="稠城街道办事处",
    region={"province": ZJ, "city": "金华市", "county": "义乌市"},
    level="street",
    kind="government",
    year=2023,
    note="a county-level city's street, the city only in the portal's name",
)

add(
    "c09",
    "html",
    html(
        "苍南县龙港镇人民政府2018" + HEAD,
        [preamble("苍南县龙港镇人民政府", "2018"), *b("我镇", "2018", 150)],
        title="苍南县龙港镇人民政府2018" + HEAD + "_龙港市人民政府",
        banner="龙港市人民政府",
        crumb="首页 > 政务公开 > 历史信息 > 年度报告",
        info="发布日期：2019-01-28",
    ),
    agency="苍南县龙港镇人民政府",
    accept=["龙港镇人民政府", "温州市苍南县龙港镇人民政府"],
    as_written="苍南县龙港镇人民政府",
    region={"province": ZJ, "city": "温州市"},
    level="township",
    kind="government",
    year=2018,
    note="a town that became a county-level city (龙港市, 2019): its 2018 report on the new "
    "city's site; the report's own name decides (龙港市人民政府 wrong); county not scored",
)

# --- vertical systems and 派出 bodies ---------------------------------------------

add(
    "c10",
    "html",
    html(
        "鹿城区税务局2023" + HEAD,
        [GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。", *b(n=240)],
        title="鹿城区税务局2023" + HEAD + "_国家税务总局浙江省税务局",
        banner="国家税务总局浙江省税务局",
        info="来源：国家税务总局温州市鹿城区税务局 发布日期：2024-01-29",
        sidebar=["国家税务总局温州市税务局2023" + HEAD],
    ),
    agency="国家税务总局温州市鹿城区税务局",
    accept=["温州市鹿城区税务局"],
    as_written="鹿城区税务局",
    region={"province": ZJ, "city": "温州市", "county": "鹿城区"},
    level="county",
    kind="department",
    year=2023,
    note="a district tax bureau titled short on the province bureau's site; the full name in "
    "来源; the province's and the city's bureaus wrong",
)

add(
    "c11",
    "html",
    html(
        "南京海关2023" + HEAD,
        [preamble("南京海关", "2023"), *b("我关", n=312)],
        title="南京海关2023" + HEAD + "_中华人民共和国海关总署",
        banner="中华人民共和国海关总署",
        crumb="首页 > 直属海关 > 南京海关 > 信息公开",
        info="发布日期：2024-01-30",
    ),
    agency="南京海关",
    accept=["中华人民共和国南京海关"],
    as_written="南京海关",
    region={},
    level=None,
    kind="department",
    year=2023,
    note="a customs district on the administration's site (海关总署 wrong); region not scored",
)

add(
    "c12",
    "txt",
    scrape(
        "浙江省气象局",
        "首页 > 信息公开 > 市县气象局 > 兰溪市气象局",
        "兰溪市气象局2023" + HEAD,
        "发布时间：2024-01-24",
        GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。",
        *b(n=58),
        must=("兰溪市气象局2023",),
    ),
    agency="兰溪市气象局",
    accept=["金华市兰溪市气象局"],
    as_written="兰溪市气象局",
    region={"province": ZJ, "city": "金华市", "county": "兰溪市"},
    level="county",
    kind="department",
    year=2023,
    note="a county-level meteorological bureau on the province bureau's site (浙江省气象局 wrong)",
)

add(
    "c13",
    "html",
    html(
        "湖州监管分局2023" + HEAD,
        [GOV_RULE + "现公布我分局2023年政府信息公开工作年度报告。", *b("我分局", n=44)],
        title="湖州监管分局2023" + HEAD + "_国家金融监督管理总局",
        banner="国家金融监督管理总局",
        info="发布机构：国家金融监督管理总局湖州监管分局 发布日期：2024-01-31",
    ),
    agency="国家金融监督管理总局湖州监管分局",
    accept=[],
    as_written="湖州监管分局",
    region={"province": ZJ, "city": "湖州市"},
    level=None,
    kind="department",
    year=2023,
    note="the financial regulator's city branch titled short (湖州监管分局), the full name in "
    "发布机构; the national administration (banner) wrong",
)

add(
    "c14",
    "txt",
    scrape(
        "国家统计局嘉兴调查队2023" + HEAD,
        "发布时间：2024-01-20",
        preamble("国家统计局嘉兴调查队", "2023"),
        *b("我队", n=36),
        must=("国家统计局嘉兴调查队2023",),
    ),
    agency="国家统计局嘉兴调查队",
    accept=[],
    as_written="国家统计局嘉兴调查队",
    region={"province": ZJ, "city": "嘉兴市"},
    level=None,
    kind="department",
    year=2023,
    note="a national bureau's survey team (派出机构) named by the city's short form: not 国家统计局",
)

add(
    "c15",
    "html",
    html(
        "舟山市邮政管理局2023" + HEAD,
        [preamble("舟山市邮政管理局", "2023"), *b(n=27)],
        title="舟山市邮政管理局2023" + HEAD + "_浙江省邮政管理局",
        banner="浙江省邮政管理局",
        info="发布日期：2024-01-19",
    ),
    agency="舟山市邮政管理局",
    accept=[],
    as_written="舟山市邮政管理局",
    region={"province": ZJ, "city": "舟山市"},
    level="city",
    kind="department",
    year=2023,
    note="a vertically run city postal bureau on its province bureau's site (the latter wrong)",
)

add(
    "c16",
    "txt",
    scrape(
        "嘉兴市生态环境局海宁分局2023" + HEAD,
        "来源：海宁市人民政府  发布时间：2024-01-25",
        preamble("嘉兴市生态环境局海宁分局", "2023"),
        *b("我分局", n=69),
        must=("嘉兴市生态环境局海宁分局2023",),
    ),
    agency="嘉兴市生态环境局海宁分局",
    accept=[],
    as_written="嘉兴市生态环境局海宁分局",
    region={"province": ZJ, "city": "嘉兴市"},
    level=None,
    kind="department",
    year=2023,
    note="a city bureau's 分局 in a county-level city: 嘉兴市生态环境局 (cut) and 海宁市人民政府 "
    "(来源) wrong; county and level not scored",
)

add(
    "c17",
    "html",
    html(
        "金华市消防救援支队2023" + HEAD,
        [preamble("金华市消防救援支队", "2023"), *b("我支队", n=51)],
        title="金华市消防救援支队2023" + HEAD + "_浙江省消防救援总队",
        banner="浙江省消防救援总队",
        info="发布日期：2024-01-22",
    ),
    agency="金华市消防救援支队",
    accept=[],
    as_written="金华市消防救援支队",
    region={"province": ZJ, "city": "金华市"},
    level="city",
    kind="department",
    year=2023,
    note="a fire and rescue 支队 (vertical) on its province 总队's site (the 总队 wrong)",
)

add(
    "c18",
    "txt",
    scrape(
        "温州市烟草专卖局2023" + HEAD,
        "来源：浙江省烟草专卖局  发布时间：2024-01-26",
        preamble("温州市烟草专卖局", "2023"),
        *b(n=45),
        must=("温州市烟草专卖局2023",),
    ),
    agency="温州市烟草专卖局",
    accept=[],
    as_written="温州市烟草专卖局",
    region={"province": ZJ, "city": "温州市"},
    level="city",
    kind="department",
    year=2023,
    note="a tobacco monopoly bureau (vertical); the province bureau (来源) wrong",
)

add(
    "c19",
    "html",
    html(
        "西湖区公安分局2023" + HEAD,
        [GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。", *b(n=205)],
        title="西湖区公安分局2023" + HEAD + "_杭州市西湖区人民政府",
        banner="杭州市西湖区人民政府",
        info="发布机构：杭州市公安局西湖区分局 发布日期：2024-01-24",
    ),
    agency="杭州市公安局西湖区分局",
    accept=["西湖区公安分局"],
    as_written="西湖区公安分局",
    region={"province": ZJ, "city": "杭州市", "county": "西湖区"},
    level=None,
    kind="department",
    year=2023,
    note="a district's police 分局 (the city bureau's 派出) titled short on the district portal; "
    "the full name in 发布机构; 杭州市公安局 and the district government wrong",
)

# --- reports titled only by year; crumbs naming the portal's owner ------------------

add(
    "c20",
    "txt",
    scrape(
        "当前位置：首页 > 信息公开 > 部门信息公开 > 湖州市吴兴区民政局 > 年度报告",
        "2023年度报告",
        "发布时间：2024-01-22",
        GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。",
        *b(n=83),
        must=("湖州市吴兴区民政局",),
    ),
    agency="湖州市吴兴区民政局",
    accept=["吴兴区民政局"],
    as_written=None,
    region={"province": ZJ, "city": "湖州市", "county": "吴兴区"},
    level="county",
    kind="department",
    year=2023,
    note="titled 2023年度报告 only; the bureau only as the crumb's column above a 我局 report",
)

add(
    "c21",
    "html",
    html(
        "政府信息公开工作年度报告（2023年）",
        [preamble("平阳县应急管理局", "2023"), *b(n=61)],
        title="政府信息公开工作年度报告（2023年）",
        info="发布日期：2024-01-17",
    ),
    agency="平阳县应急管理局",
    accept=["温州市平阳县应急管理局"],
    as_written=None,
    region={"province": ZJ, "city": "温州市", "county": "平阳县"},
    level="county",
    kind="department",
    year=2023,
    note="a title naming no body, its year in brackets; the bureau only in the preamble",
)

add(
    "c22",
    "html",
    html(
        "二〇二三年度政府信息公开工作年度报告",
        [
            GOV_RULE + "现公布我局二〇二三年度政府信息公开工作年度报告。",
            *sections("我局", "2023年", 77, "2024年"),
            "海盐县司法局",
            "2024年1月20日",
        ],
        info="浏览次数：312",
    ),
    agency="海盐县司法局",
    accept=["嘉兴市海盐县司法局"],
    as_written=None,
    region={"province": ZJ, "city": "嘉兴市", "county": "海盐县"},
    level="county",
    kind="department",
    year=2023,
    note="a year in Chinese numerals in the title, the bureau only in the signature",
)

add(
    "c23",
    "html",
    html(
        "市体育局2023" + HEAD,
        [
            GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。如对本报告有疑问，"
            "请与绍兴市体育局办公室联系。",
            *b(n=48),
        ],
        title="市体育局2023" + HEAD + "_绍兴市人民政府",
        banner="绍兴市人民政府",
        crumb="首页 > 绍兴市人民政府 > 政府信息公开 > 部门年报",
        info="发布日期：2024-01-23",
    ),
    agency="绍兴市体育局",
    accept=[],
    as_written="市体育局",
    region={"province": ZJ, "city": "绍兴市"},
    level="city",
    kind="department",
    year=2023,
    note="a crumb naming the portal's owner (绍兴市人民政府, wrong); the bureau in full in the "
    "contact line",
)

add(
    "c24",
    "html",
    html(
        "2023" + HEAD,
        [GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。", *b(n=144)],
        title="2023" + HEAD + "_瑞安市教育局",
        crumb="您当前的位置：首页 > 瑞安市人民政府 > 瑞安市教育局 > 信息公开年报",
        info="发布日期：2024-01-25",
    ),
    agency="瑞安市教育局",
    accept=["温州市瑞安市教育局"],
    as_written=None,
    region={"province": ZJ, "city": "温州市", "county": "瑞安市"},
    level="county",
    kind="department",
    year=2023,
    note="a year-only title; the crumb names the portal's owner, then the bureau; the page "
    "title's site is the bureau (瑞安市人民政府 wrong)",
)

# --- Traditional script ------------------------------------------------------------

_S2T = OpenCC("s2t")
add(
    "c25",
    "html",
    _S2T.convert(
        html(
            "温州市鹿城区财政局2023" + HEAD,
            [preamble("温州市鹿城区财政局", "2023"), *b(n=95)],
            title="温州市鹿城区财政局2023" + HEAD,
            info="发布日期：2024-01-26",
        )
    ),
    agency="温州市鹿城区财政局",
    accept=["鹿城区财政局"],
    as_written="溫州市鹿城區財政局",
    region={"province": ZJ, "city": "温州市", "county": "鹿城区"},
    level="county",
    kind="department",
    year=2023,
    note="a whole page converted to Traditional (OpenCC s2t: 溫, 區, 財, 報告)",
)

add(
    "c26",
    "txt",
    scrape(
        _S2T.convert("广州市越秀区人民政府办公室2023" + HEAD),
        "发布时间：2024-01-29",
        preamble("广州市越秀区人民政府办公室", "2023"),
        *b("我办", n=260),
        must=("廣州市越秀區人民政府辦公室",),
    ),
    agency="广州市越秀区人民政府办公室",
    accept=["越秀区人民政府办公室"],
    as_written="廣州市越秀區人民政府辦公室",
    region={"province": "广东省", "city": "广州市", "county": "越秀区"},
    level="county",
    kind="government",
    year=2023,
    note="a Traditional title over a simplified body",
)

add(
    "c27",
    "html",
    html(
        "缙云县农业农村局2023" + HEAD,
        [preamble("缙云县农业农村局", "2023"), *b(n=66)],
        title="缙云县农业农村局2023" + HEAD + "_缙云县人民政府",
        banner="缙云县人民政府 <span>简体</span> | <span>繁體</span> | 无障碍 | 长者模式",
        info="发布日期：2024-01-19",
    ),
    agency="缙云县农业农村局",
    accept=["丽水市缙云县农业农村局"],
    as_written="缙云县农业农村局",
    region={"province": ZJ, "city": "丽水市", "county": "缙云县"},
    level="county",
    kind="department",
    year=2023,
    note="a script switch (简体 | 繁體) and elder-mode links in the banner; the host wrong",
)

# --- reprinted by another body's site ----------------------------------------------

add(
    "c28",
    "html",
    html(
        "桐乡市卫生健康局2023" + HEAD,
        [preamble("桐乡市卫生健康局", "2023"), *b(n=102)],
        title="桐乡市卫生健康局2023" + HEAD + "_嘉兴市卫生健康委员会",
        banner="嘉兴市卫生健康委员会",
        crumb="首页 > 县市动态",
        info="来源：桐乡市卫生健康局 转载时间：2024-01-26",
        footer="主办：嘉兴市卫生健康委员会",
    ),
    agency="桐乡市卫生健康局",
    accept=["嘉兴市桐乡市卫生健康局"],
    as_written="桐乡市卫生健康局",
    region={"province": ZJ, "city": "嘉兴市", "county": "桐乡市"},
    level="county",
    kind="department",
    year=2023,
    note="a county-level city bureau's report reprinted by the city's 卫健委 (wrong)",
)

add(
    "c29",
    "html",
    html(
        "松阳县人民政府2023" + HEAD,
        [preamble("松阳县人民政府", "2023"), *b("县政府", n=318)],
        title="松阳县人民政府2023" + HEAD + "_丽水市人民政府",
        banner="丽水市人民政府",
        crumb="首页 > 新闻中心 > 县市区动态",
        info="信息来源：松阳县人民政府办公室 发布日期：2024-01-30",
    ),
    agency="松阳县人民政府",
    accept=["丽水市松阳县人民政府"],
    as_written="松阳县人民政府",
    region={"province": ZJ, "city": "丽水市", "county": "松阳县"},
    level="county",
    kind="government",
    year=2023,
    note="a county government's report reposted in the city portal's news; the source line's "
    "office and the city government wrong",
)

add(
    "c30",
    "txt",
    scrape(
        "德清县人民政府",
        "首页 > 部门动态",
        "德清县自然资源和规划局2023" + HEAD,
        "来源：德清县自然资源和规划局  转载：德清县人民政府办公室  2024-01-24",
        preamble("德清县自然资源和规划局", "2023"),
        *b(n=93),
        must=("德清县自然资源和规划局2023",),
    ),
    agency="德清县自然资源和规划局",
    accept=["湖州市德清县自然资源和规划局"],
    as_written="德清县自然资源和规划局",
    region={"province": ZJ, "city": "湖州市", "county": "德清县"},
    level="county",
    kind="department",
    year=2023,
    note="a text scrape of a repost: 转载 by the government's office (wrong)",
)

# --- reformed, renamed, re-divided -------------------------------------------------

add(
    "c31",
    "html",
    html(
        "浙江省地方金融监督管理局2023" + HEAD,
        [preamble("浙江省地方金融监督管理局", "2023"), *b(n=57)],
        title="浙江省地方金融监督管理局2023" + HEAD + "_浙江省地方金融管理局",
        banner="浙江省地方金融管理局",
        info="发布日期：2024-01-29",
    ),
    agency="浙江省地方金融监督管理局",
    accept=["浙江省地方金融管理局"],
    as_written="浙江省地方金融监督管理局",
    region={"province": ZJ, "city": None},
    level="province",
    kind="department",
    year=2023,
    note="the old bureau's 2023 report on its renamed successor's site (2024 reform): the "
    "report's name canonical, the successor accepted",
)

add(
    "c32",
    "txt",
    scrape(
        "开化县农业农村局 > 信息公开 > 年度报告",
        "开化县乡村振兴局2022" + HEAD,
        "发布时间：2023-01-18",
        "（注：根据机构改革方案，开化县乡村振兴局职责已划入开化县农业农村局。）",
        preamble("开化县乡村振兴局", "2022"),
        *b("我局", "2022", 31),
        must=("开化县乡村振兴局2022",),
    ),
    agency="开化县乡村振兴局",
    accept=["开化县农业农村局", "衢州市开化县乡村振兴局"],
    as_written="开化县乡村振兴局",
    region={"province": ZJ, "city": "衢州市", "county": "开化县"},
    level="county",
    kind="department",
    year=2022,
    note="a merged bureau's last report under its successor's column with a note of the merger",
)

add(
    "c33",
    "html",
    html(
        "临安市财政局2016" + HEAD,
        [preamble("临安市财政局", "2016"), *b("我局", "2016", 84)],
        title="临安市财政局2016" + HEAD + "_杭州市临安区人民政府",
        banner="杭州市临安区人民政府",
        crumb="首页 > 政务公开 > 历史信息",
        info="发布日期：2017-03-20",
    ),
    agency="临安市财政局",
    accept=["杭州市临安区财政局", "临安区财政局"],
    as_written="临安市财政局",
    region={"province": ZJ, "city": "杭州市"},
    level="county",
    kind="department",
    year=2016,
    note="a county-level city that became a district (临安市 → 临安区, 2017): its 2016 report on "
    "the district's site; the report's name canonical, the successor accepted",
)

# --- the agency after or around the title ------------------------------------------

add(
    "c34",
    "html",
    html(
        "2023年政府信息公开工作年度报告-温岭市交通运输局",
        [GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。", *b(n=71)],
        info="发布日期：2024-01-15",
    ),
    agency="温岭市交通运输局",
    accept=["台州市温岭市交通运输局"],
    as_written="温岭市交通运输局",
    region={"province": ZJ, "city": "台州市", "county": "温岭市"},
    level="county",
    kind="department",
    year=2023,
    note="the body after the title, joined by a hyphen",
)

add(
    "c35",
    "txt",
    scrape(
        "岱山县水利局：2023" + HEAD,
        "发布时间：2024-01-21",
        GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。",
        *b(n=29),
        must=("岱山县水利局：",),
    ),
    agency="岱山县水利局",
    accept=["舟山市岱山县水利局"],
    as_written="岱山县水利局",
    region={"province": ZJ, "city": "舟山市", "county": "岱山县"},
    level="county",
    kind="department",
    year=2023,
    note="the body before the title, joined by a colon",
)

add(
    "c36",
    "txt",
    scrape(
        "嵊泗县民政局关于2023年度政府信息公开工作情况的报告",
        "发布时间：2024-01-18",
        GOV_RULE + "现将我局2023年度政府信息公开工作情况报告如下。",
        *b(n=24),
        must=("嵊泗县民政局关于",),
    ),
    agency="嵊泗县民政局",
    accept=["舟山市嵊泗县民政局"],
    as_written="嵊泗县民政局",
    region={"province": ZJ, "city": "舟山市", "county": "嵊泗县"},
    level="county",
    kind="department",
    year=2023,
    note="a 关于…工作情况的报告 title with the year inside it",
)

add(
    "c37",
    "txt",
    scrape(
        "余姚市自然资源和规划局2023年政府信息公开年报",
        "发布时间：2024-01-26",
        GOV_RULE + "现公布我局2023年政府信息公开年报。",
        *b(n=118),
        must=("余姚市自然资源和规划局2023年",),
    ),
    agency="余姚市自然资源和规划局",
    accept=["宁波市余姚市自然资源和规划局"],
    as_written="余姚市自然资源和规划局",
    region={"province": ZJ, "city": "宁波市", "county": "余姚市"},
    level="county",
    kind="department",
    year=2023,
    note="a 年报 title (not 年度报告)",
)

add(
    "c38",
    "html",
    html(
        "常山县住房和城乡建设局2024" + HEAD,
        [
            preamble("常山县住房和城乡建设局", "2024"),
            *b("我局", "2024", 86),
            "七、其他需要说明的事项",
            "2023年政府信息公开工作年度报告中提出的问题均已整改到位。",
        ],
        info="发布日期：2025-01-20",
    ),
    agency="常山县住房和城乡建设局",
    accept=["衢州市常山县住房和城乡建设局"],
    as_written="常山县住房和城乡建设局",
    region={"province": ZJ, "city": "衢州市", "county": "常山县"},
    level="county",
    kind="department",
    year=2024,
    note="a 2024 report naming last year's report in its text (2023 wrong)",
)

# --- another body's office or bureau cited (not blind to this session's fix) ----------

add(
    "c39",
    "txt",
    scrape(
        "瑞安市人民政府",
        "市政府办公室2023" + HEAD,
        "发布时间：2024-01-26",
        GOV_RULE + "现公布我室2023年政府信息公开工作年度报告。",
        "一、总体情况",
        "2023年，我室按照温州市人民政府办公室2023年政务公开工作要点，扎实推进政务公开。",
        *b("我室", n=133)[2:],
        must=("温州市人民政府办公室2023年政务公开工作要点",),
    ),
    agency="瑞安市人民政府办公室",
    accept=["温州市瑞安市人民政府办公室"],
    as_written="市政府办公室",
    region={"province": ZJ, "city": "温州市", "county": "瑞安市"},
    level="county",
    kind="government",
    year=2023,
    note="a county-level city's office citing its prefecture's office's plan (温州市人民政府办公室 "
    "WRONG); the site line names the city (this session's fix: not blind)",
)

add(
    "c40",
    "html",
    html(
        "市财政局2023" + HEAD,
        [
            GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。",
            "一、总体情况",
            "2023年，在温州市财政局的指导下，我局扎实推进政务公开工作。",
            *b(n=92)[2:],
        ],
        title="市财政局2023" + HEAD + "_乐清市人民政府",
        banner="乐清市人民政府",
        info="发布日期：2024-01-24",
    ),
    agency="乐清市财政局",
    accept=["温州市乐清市财政局"],
    as_written="市财政局",
    region={"province": ZJ, "city": "温州市", "county": "乐清市"},
    level="county",
    kind="department",
    year=2023,
    note="a county-level city's bureau guided by the prefecture's (温州市财政局 WRONG); the portal "
    "names the city (this session's fix: not blind)",
)

# --- NOT certain ---------------------------------------------------------------------

add(
    "c41",
    "html",
    html(
        "县财政局2023" + HEAD,
        [GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。", *b(n=77)],
        title="县财政局2023" + HEAD + "_衢州市人民政府",
        banner="衢州市人民政府",
        crumb="首页 > 新闻中心 > 县市动态",
        info="来源：县财政局 发布日期：2024-01-27",
    ),
    agency=None,
    as_written=None,
    region={},
    level=None,
    kind=None,
    year=2023,
    note="NOT certain agency: a county's bureau reposted on the city portal; which county is "
    "not said (衢州市财政局 invented)",
)

add(
    "c42",
    "html",
    html(
        "经济发展局2023" + HEAD,
        [GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。", *b(n=40)],
        title="政府信息公开年报",
        info="发布日期：2024-01-18",
    ),
    agency=None,
    as_written=None,
    region={},
    level=None,
    kind=None,
    year=2023,
    note="NOT certain agency: a zone's or county's 经济发展局 with no area anywhere",
)

add(
    "c43",
    "html",
    html(
        "区司法局2023" + HEAD,
        [
            GOV_RULE + "现公布鼓楼区司法局2023年政府信息公开工作年度报告。",
            *b(n=63),
        ],
        title="区司法局2023" + HEAD + "_鼓楼区人民政府",
        banner="鼓楼区人民政府",
        info="发布日期：2024-01-22",
    ),
    agency="鼓楼区司法局",
    accept=[],
    as_written="区司法局",
    region={},
    level="county",
    kind="department",
    year=2023,
    note="鼓楼区 is a district of 福州, 南京, 徐州 and 开封: the body as written, its city NOT "
    "certain (福州市鼓楼区司法局 or any city WRONG)",
)

add(
    "c44",
    "txt",
    scrape(
        "政府信息公开工作年度报告",
        "发布时间：2024-07-16",
        GOV_RULE + "现公布永嘉县市场监督管理局政府信息公开工作年度报告。",
        *sections("我局", "本年度", 88, "下一年度"),
        "（注：本报告于2024年7月补充发布。）",
        must=("永嘉县市场监督管理局",),
    ),
    agency="永嘉县市场监督管理局",
    accept=["温州市永嘉县市场监督管理局"],
    as_written=None,
    region={"province": ZJ, "city": "温州市", "county": "永嘉县"},
    level="county",
    kind="department",
    year=None,
    note="NOT certain year: no year but a July date and a note that it was published late "
    "(2024 or 2023 invented)",
)


if __name__ == "__main__":
    write_pages(HERE, PAGES, as_written=True)
