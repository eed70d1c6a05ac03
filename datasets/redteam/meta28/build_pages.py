"""Write meta28's pages and truth (a seventeenth blind metadata red team, session 28).

Every page is kept here beside its truth; ``pages/`` and ``truth.jsonl`` are this
script's output (``python datasets/redteam/meta28/build_pages.py``). Real places and
bodies, invented reports. Text pages are a scraper's first 2,000 bytes (``scrape``); the
cues a truth rests on are asserted to be inside the cut. HTML pages are whole saved
pages (meta_pages.py's ``html()``).
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
_S2T = OpenCC("s2t")
_S2HK = OpenCC("s2hk")


# --- vertical and 派出 bodies at county level (税务, 海关, 气象, 分局, 调查队) -------------

add(
    "d01",
    "html",
    html(
        "国家税务总局文成县税务局2023" + HEAD,
        [preamble("国家税务总局文成县税务局", "2023"), *b(n=96)],
        title="国家税务总局文成县税务局2023" + HEAD + "_国家税务总局浙江省税务局",
        banner="国家税务总局浙江省税务局",
        crumb="首页 > 信息公开 > 市县局信息公开 > 温州 > 文成县",
        info="发布日期：2024-01-19",
        sidebar=["国家税务总局温州市税务局2023" + HEAD, "国家税务总局泰顺县税务局2023" + HEAD],
        footer="主办：国家税务总局浙江省税务局",
    ),
    agency="国家税务总局文成县税务局",
    accept=["文成县税务局"],
    as_written="国家税务总局文成县税务局",
    region={"province": ZJ, "city": "温州市", "county": "文成县"},
    level=None,
    kind="department",
    year=2023,
    note="a county tax bureau on the province bureau's site; the province bureau (host) and "
    "the sidebar's city and 泰顺 bureaus wrong",
)

add(
    "d02",
    "txt",
    scrape(
        "泰顺县税务局2023" + HEAD,
        "来源：国家税务总局温州市税务局　发布时间：2024-01-22",
        preamble("国家税务总局泰顺县税务局", "2023"),
        *b(n=81),
        must=("国家税务总局泰顺县税务局",),
    ),
    agency="国家税务总局泰顺县税务局",
    accept=["泰顺县税务局"],
    as_written="泰顺县税务局",
    region={"province": ZJ, "city": "温州市", "county": "泰顺县"},
    level=None,
    kind="department",
    year=2023,
    note="titled short, the full name in the preamble; the city bureau (来源) wrong",
)

add(
    "d03",
    "html",
    html(
        "温州海关2023" + HEAD,
        [preamble("中华人民共和国温州海关", "2023"), *b("本关", n=64)],
        title="温州海关2023" + HEAD + "_杭州海关",
        banner="中华人民共和国杭州海关",
        crumb="首页 > 隶属海关 > 温州海关 > 政府信息公开",
        info="发布机构：杭州海关办公室　发布日期：2024-01-25",
        footer="版权所有：中华人民共和国杭州海关",
    ),
    agency="中华人民共和国温州海关",
    accept=["温州海关"],
    as_written="温州海关",
    region={},
    level=None,
    kind="department",
    year=2023,
    note="a 隶属海关 on its 直属海关's site; 杭州海关 (banner, 发布机构's office, footer) wrong",
)

add(
    "d04",
    "txt",
    scrape(
        "浙江省气象局",
        "当前位置：首页 > 政府信息公开 > 市县气象局",
        "苍南县气象局2023" + HEAD,
        "发布时间：2024-01-17　来源：温州市气象局",
        GOV_RULE + "现公布苍南县气象局2023年政府信息公开工作年度报告。",
        *b(n=42),
        must=("苍南县气象局2023",),
    ),
    agency="苍南县气象局",
    accept=["温州市苍南县气象局"],
    as_written="苍南县气象局",
    region={"province": ZJ, "city": "温州市", "county": "苍南县"},
    level="county",
    kind="department",
    year=2023,
    note="a county meteorological bureau in the province bureau's scrape; the province's and "
    "the city's (来源) bureaus wrong",
)

add(
    "d05",
    "html",
    html(
        "江山市气象局2023" + HEAD,
        [GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。", *b(n=38)],
        title="江山市气象局2023" + HEAD + "_衢州市气象局",
        banner="衢州市气象局",
        info="发布日期：2024-01-29",
        footer="主办：衢州市气象局　地址：衢州市柯城区",
    ),
    agency="江山市气象局",
    accept=["衢州市江山市气象局"],
    as_written="江山市气象局",
    region={"province": ZJ, "city": "衢州市", "county": "江山市"},
    level="county",
    kind="department",
    year=2023,
    note="a county-level city's meteorological bureau on its city bureau's site (衢州市气象局 wrong)",
)

add(
    "d06",
    "txt",
    scrape(
        "温州市生态环境局洞头分局2023" + HEAD,
        "来源：温州市洞头区人民政府　发布时间：2024-01-23",
        preamble("温州市生态环境局洞头分局", "2023"),
        *b(n=57),
        must=("温州市生态环境局洞头分局2023",),
    ),
    agency="温州市生态环境局洞头分局",
    accept=[],
    as_written="温州市生态环境局洞头分局",
    region={"province": ZJ, "city": "温州市"},
    level=None,
    kind="department",
    year=2023,
    note="a city bureau's 分局 in a district: the city bureau (cut) and 洞头区人民政府 (来源) wrong; "
    "county and level not scored",
)

add(
    "d07",
    "html",
    html(
        "龙湾区分局2023" + HEAD,
        [
            GOV_RULE + "现公布温州市公安局龙湾区分局2023年政府信息公开工作年度报告。",
            *b("我分局", n=110),
        ],
        title="龙湾区分局2023" + HEAD + "_温州市公安局",
        banner="温州市公安局",
        info="发布日期：2024-01-26",
        footer="主办：温州市公安局",
    ),
    agency="温州市公安局龙湾区分局",
    accept=[],
    as_written="龙湾区分局",
    region={"province": ZJ, "city": "温州市", "county": "龙湾区"},
    level=None,
    kind="department",
    year=2023,
    note="a district police 分局 titled by its district alone on the city bureau's site; the "
    "city bureau (host) wrong",
)

add(
    "d08",
    "txt",
    scrape(
        "国家统计局瑞安调查队2023" + HEAD,
        "发布时间：2024-01-15",
        preamble("国家统计局瑞安调查队", "2023"),
        *b("我队", n=33),
        must=("国家统计局瑞安调查队2023",),
    ),
    agency="国家统计局瑞安调查队",
    accept=[],
    as_written="国家统计局瑞安调查队",
    region={"province": ZJ, "city": "温州市", "county": "瑞安市"},
    level=None,
    kind="department",
    year=2023,
    note="a county-level survey team of the national bureau (派出): not 国家统计局",
)

add(
    "d09",
    "html",
    html(
        "杭州市规划和自然资源局富阳分局2023" + HEAD,
        [preamble("杭州市规划和自然资源局富阳分局", "2023"), *b("我分局", n=143)],
        title="杭州市规划和自然资源局富阳分局2023" + HEAD + "_杭州市富阳区人民政府",
        banner="杭州市富阳区人民政府",
        info="发布日期：2024-01-31",
        footer="主办：杭州市富阳区人民政府办公室",
    ),
    agency="杭州市规划和自然资源局富阳分局",
    accept=[],
    as_written="杭州市规划和自然资源局富阳分局",
    region={"province": ZJ, "city": "杭州市"},
    level=None,
    kind="department",
    year=2023,
    note="a city bureau's district 分局 on the district's portal: the district government "
    "and its office (host) wrong; county and level not scored",
)

add(
    "d10",
    "txt",
    scrape(
        "义乌海关2023" + HEAD,
        "发布机构：杭州海关　发布日期：2024-01-24",
        GOV_RULE + "现公布中华人民共和国义乌海关2023年政府信息公开工作年度报告。",
        *b("本关", n=52),
        must=("中华人民共和国义乌海关",),
    ),
    agency="中华人民共和国义乌海关",
    accept=["义乌海关"],
    as_written="义乌海关",
    region={},
    level=None,
    kind="department",
    year=2023,
    note="a 隶属海关 named after a county-level city (义乌海关 is no city's body): 发布机构 杭州海关 "
    "wrong; region not scored",
)

# --- renamed in 机构改革 (title under the old name, text under the new) ---------------

add(
    "r01",
    "txt",
    scrape(
        "龙湾区安全生产监督管理局2018" + HEAD,
        "发布时间：2019-01-28　来源：温州市龙湾区应急管理局",
        GOV_RULE + "现公布龙湾区安全生产监督管理局2018年政府信息公开工作年度报告。"
        "根据机构改革方案，原区安全生产监督管理局职责已划入温州市龙湾区应急管理局，"
        "本报告由温州市龙湾区应急管理局发布。",
        *b(year="2018", n=61),
        must=("龙湾区安全生产监督管理局2018", "温州市龙湾区应急管理局发布"),
    ),
    agency="温州市龙湾区安全生产监督管理局",
    accept=["龙湾区安全生产监督管理局", "温州市龙湾区应急管理局"],
    as_written="龙湾区安全生产监督管理局",
    region={"province": ZJ, "city": "温州市", "county": "龙湾区"},
    level="county",
    kind="department",
    year=2018,
    note="the old bureau's last report, published by its successor: the report's name "
    "canonical, the successor accepted",
)

add(
    "r02",
    "html",
    html(
        "诸暨市工商行政管理局2018" + HEAD,
        [
            preamble("诸暨市工商行政管理局", "2018"),
            "2019年1月，诸暨市市场监督管理局正式挂牌，原诸暨市工商行政管理局的政府信息公开工作"
            "由诸暨市市场监督管理局承担。",
            *b(year="2018", n=188),
        ],
        title="诸暨市工商行政管理局2018" + HEAD + "_诸暨市市场监督管理局",
        banner="诸暨市市场监督管理局",
        info="发布日期：2019-02-20",
        footer="主办：诸暨市市场监督管理局",
    ),
    agency="诸暨市工商行政管理局",
    accept=["诸暨市市场监督管理局", "绍兴市诸暨市工商行政管理局"],
    as_written="诸暨市工商行政管理局",
    region={"province": ZJ, "city": "绍兴市", "county": "诸暨市"},
    level="county",
    kind="department",
    year=2018,
    note="a 工商局's 2018 report on its successor 市场监督管理局's site: either name right",
)

add(
    "r03",
    "txt",
    scrape(
        "新昌县卫生和计划生育局2018" + HEAD,
        "发布时间：2019-03-05",
        "2018年，我局（2019年1月起为新昌县卫生健康局）坚持以习近平新时代中国特色社会主义思想"
        "为指导，认真贯彻落实《中华人民共和国政府信息公开条例》。",
        *b(year="2018", n=102)[2:],
        must=("新昌县卫生和计划生育局2018", "新昌县卫生健康局"),
    ),
    agency="新昌县卫生和计划生育局",
    accept=["新昌县卫生健康局", "绍兴市新昌县卫生和计划生育局"],
    as_written="新昌县卫生和计划生育局",
    region={"province": ZJ, "city": "绍兴市", "county": "新昌县"},
    level="county",
    kind="department",
    year=2018,
    note="a 卫计局's 2018 report, the new name in brackets in the opening; published in March "
    "(the date alone would give 2018 too)",
)

add(
    "r04",
    "html",
    html(
        "长兴县国土资源局2018" + HEAD,
        [
            GOV_RULE + "现公布2018年度政府信息公开工作年度报告。",
            "（注：根据县机构改革，原长兴县国土资源局已整合组建为长兴县自然资源和规划局。）",
            *b(year="2018", n=77),
        ],
        title="2018" + HEAD + "_长兴县自然资源和规划局",
        banner="长兴县自然资源和规划局",
        crumb="首页 > 信息公开 > 年度报告",
        info="发布日期：2019-03-12",
    ),
    agency="长兴县国土资源局",
    accept=["长兴县自然资源和规划局", "湖州市长兴县国土资源局"],
    as_written="长兴县国土资源局",
    region={"province": ZJ, "city": "湖州市", "county": "长兴县"},
    level="county",
    kind="department",
    year=2018,
    note="the old bureau in the heading, the successor in the <title>, banner and a note: either",
)

add(
    "r05",
    "txt",
    scrape(
        "郫县环境保护局2016" + HEAD,
        "发布时间：2017-03-20　来源：成都市郫都区环境保护局",
        GOV_RULE + "现公布郫县环境保护局2016年政府信息公开工作年度报告。2016年11月，经国务院批准，"
        "撤销郫县，设立成都市郫都区，我局更名为成都市郫都区环境保护局。",
        *b(year="2016", n=69),
        must=("郫县环境保护局2016", "成都市郫都区环境保护局"),
    ),
    agency="郫县环境保护局",
    accept=["成都市郫都区环境保护局", "郫都区环境保护局", "成都市郫县环境保护局"],
    as_written="郫县环境保护局",
    region={"province": "四川省", "city": "成都市"},
    level="county",
    kind="department",
    year=2016,
    note="a county that became a district (郫县 → 郫都区, 2016): its bureau's 2016 report; the "
    "re-divided county's county key not scored",
)

add(
    "r06",
    "html",
    html(
        "临平街道办事处2020" + HEAD,
        [
            preamble("余杭区临平街道办事处", "2020"),
            "2021年4月，经国务院批准，撤销杭州市余杭区，设立杭州市临平区，我街道划归临平区管辖。",
            *b("我街道", year="2020", n=58),
        ],
        title="临平街道办事处2020" + HEAD + "_杭州市临平区人民政府",
        banner="杭州市临平区人民政府",
        info="发布日期：2021-05-10",
        footer="主办：杭州市临平区人民政府办公室",
    ),
    agency="杭州市余杭区临平街道办事处",
    accept=["杭州市临平区临平街道办事处", "余杭区临平街道办事处", "临平街道办事处"],
    as_written="临平街道办事处",
    region={"province": ZJ, "city": "杭州市"},
    level="street",
    kind="government",
    year=2020,
    note="a street moved to the new 临平区 (2021): its 2020 report (published late, May 2021) "
    "on the new district's site; county not scored; the district government wrong",
)

# --- two bodies reporting jointly (合署办公, 挂牌) ------------------------------------

add(
    "j01",
    "txt",
    scrape(
        "文成县人民政府办公室2023" + HEAD,
        "发布机构：中共文成县委办公室　发布日期：2024-01-25",
        GOV_RULE + "现公布文成县人民政府办公室2023年政府信息公开工作年度报告。县委办公室、"
        "县政府办公室合署办公。",
        *b("我办", n=231),
        must=("文成县人民政府办公室2023", "中共文成县委办公室"),
    ),
    agency="文成县人民政府办公室",
    accept=["温州市文成县人民政府办公室"],
    as_written="文成县人民政府办公室",
    region={"province": ZJ, "city": "温州市", "county": "文成县"},
    level="county",
    kind="government",
    year=2023,
    note="a 合署 office titled by the government's office; 中共文成县委办公室 (发布机构) wrong",
)

add(
    "j02",
    "html",
    html(
        "中共泰顺县委办公室 泰顺县人民政府办公室2023" + HEAD,
        [
            GOV_RULE + "现公布中共泰顺县委办公室、泰顺县人民政府办公室（合署办公）2023年政府信息"
            "公开工作年度报告。",
            *b("我办", n=205),
        ],
        title="泰顺县人民政府办公室2023" + HEAD + "_泰顺县人民政府",
        banner="泰顺县人民政府",
        info="发布日期：2024-01-30",
        footer="主办：泰顺县人民政府办公室",
    ),
    agency="泰顺县人民政府办公室",
    accept=["中共泰顺县委办公室", "温州市泰顺县人民政府办公室"],
    as_written="泰顺县人民政府办公室",
    region={"province": ZJ, "city": "温州市", "county": "泰顺县"},
    level="county",
    kind=None,
    year=2023,
    note="a 合署 office titled with both names: either is the one office (kind not scored); "
    "as written not scored where the party's name is read",
)

add(
    "j03",
    "txt",
    scrape(
        "中共乐清市纪律检查委员会 乐清市监察委员会2023" + HEAD,
        "发布时间：2024-01-18",
        GOV_RULE + "现公布市纪委市监委2023年政府信息公开工作年度报告。",
        *b("我委", n=46),
        must=("乐清市监察委员会2023",),
    ),
    agency="乐清市监察委员会",
    accept=["中共乐清市纪律检查委员会", "温州市乐清市监察委员会"],
    as_written="乐清市监察委员会",
    region={"province": ZJ, "city": "温州市", "county": "乐清市"},
    level="county",
    kind=None,
    year=2023,
    note="纪委监委 reporting jointly (合署): either name; kind not scored (a party body and a "
    "state body, one office)",
)

add(
    "j04",
    "html",
    html(
        "中共江山市委宣传部（江山市新闻出版局）2023" + HEAD,
        [
            GOV_RULE + "现公布我部2023年政府信息公开工作年度报告。",
            *b("我部", n=74),
        ],
        title="中共江山市委宣传部（江山市新闻出版局）2023" + HEAD + "_江山市人民政府",
        banner="江山市人民政府",
        info="发布日期：2024-01-22",
        footer="主办：江山市人民政府办公室",
    ),
    agency="中共江山市委宣传部",
    accept=["江山市新闻出版局", "江山市委宣传部"],
    as_written="中共江山市委宣传部（江山市新闻出版局）",
    region={"province": ZJ, "city": "衢州市", "county": "江山市"},
    level="county",
    kind="department",
    year=2023,
    note="a party department carrying a state bureau's plaque in brackets: the first name "
    "canonical (schema: a second name in brackets stays in as_written), the plaque accepted; "
    "the portal's government wrong",
)

add(
    "j05",
    "txt",
    scrape(
        "龙游县民族宗教事务局2023" + HEAD,
        "发布机构：中共龙游县委统一战线工作部　发布日期：2024-01-26",
        GOV_RULE + "现公布龙游县民族宗教事务局2023年政府信息公开工作年度报告。"
        "县民族宗教事务局在县委统战部挂牌。",
        *b(n=29),
        must=("龙游县民族宗教事务局2023",),
    ),
    agency="龙游县民族宗教事务局",
    accept=["衢州市龙游县民族宗教事务局"],
    as_written="龙游县民族宗教事务局",
    region={"province": ZJ, "city": "衢州市", "county": "龙游县"},
    level="county",
    kind="department",
    year=2023,
    note="a state bureau whose plaque hangs in the party's 统战部 (发布机构): the 统战部 wrong",
)

add(
    "j06",
    "html",
    html(
        "长兴县发展和改革局（长兴县统计局）2023" + HEAD,
        [preamble("长兴县发展和改革局", "2023"), *b(n=164)],
        title="长兴县发展和改革局2023" + HEAD + "_长兴县人民政府",
        banner="长兴县人民政府",
        info="发布机构：长兴县发展和改革局　发布日期：2024-01-24",
    ),
    agency="长兴县发展和改革局",
    accept=["湖州市长兴县发展和改革局"],
    as_written="长兴县发展和改革局（长兴县统计局）",
    region={"province": ZJ, "city": "湖州市", "county": "长兴县"},
    level="county",
    kind="department",
    year=2023,
    note="a bureau with a merged bureau's name in brackets: the first name (统计局 wrong)",
)

# --- pages listing several reports (an index: no agency, no year) -----------------

add(
    "i01",
    "html",
    html(
        "政府信息公开年度报告",
        [
            "平阳县人民政府2023" + HEAD + "　2024-01-30",
            "平阳县财政局2023" + HEAD + "　2024-01-26",
            "平阳县教育局2023" + HEAD + "　2024-01-25",
            "平阳县民政局2022" + HEAD + "　2023-01-20",
            "平阳县卫生健康局2022" + HEAD + "　2023-01-18",
            "共5条　第1页/共1页",
        ],
        title="政府信息公开年度报告_平阳县人民政府",
        banner="平阳县人民政府",
        crumb="首页 > 政府信息公开 > 政府信息公开年报",
        footer="主办：平阳县人民政府办公室",
    ),
    agency=None,
    accept=[],
    as_written=None,
    region={},
    level=None,
    kind=None,
    year=None,
    note="NOT certain: a county portal's index of several bodies' reports of two years (any "
    "agency or year invented)",
)

add(
    "i02",
    "txt",
    scrape(
        "温州市人民政府",
        "当前位置：首页 > 政府信息公开 > 年度报告",
        "温州市人民政府2023" + HEAD + "　2024-01-31",
        "温州市发展和改革委员会2023" + HEAD + "　2024-01-29",
        "温州市人民政府2022" + HEAD + "　2023-01-30",
        "温州市财政局2021" + HEAD + "　2022-01-27",
        "温州市交通运输局2021" + HEAD + "　2022-01-25",
        "上一页　1　2　3　下一页",
        must=("温州市交通运输局2021",),
    ),
    agency=None,
    accept=[],
    as_written=None,
    region={},
    level=None,
    kind=None,
    year=None,
    note="NOT certain: a city portal's paged list of reports (the government's among them: "
    "invented)",
)

add(
    "i03",
    "txt",
    scrape(
        "搜索结果",
        "关键词：政府信息公开工作年度报告　共找到 38 条结果",
        "1. 常山县住房和城乡建设局2023" + HEAD,
        "……全年主动公开政府信息136条……　发布时间：2024-01-19",
        "2. 常山县自然资源和规划局2022" + HEAD,
        "……全年收到政府信息公开申请12件……　发布时间：2023-01-28",
        "3. 常山县水利局2023" + HEAD,
        "……本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止……",
        must=("常山县水利局2023",),
    ),
    agency=None,
    accept=[],
    as_written=None,
    region={},
    level=None,
    kind=None,
    year=None,
    note="NOT certain: a site search's results, three bodies' reports with snippets",
)

add(
    "i04",
    "html",
    html(
        "各乡镇（街道）政府信息公开工作年度报告",
        [
            "为方便公众查阅，现将各乡镇（街道）政府信息公开工作年度报告汇总如下：",
            "城关镇2023" + HEAD,
            "五里亭镇2023" + HEAD,
            "紫霞街道2022" + HEAD,
            "霍童镇2022" + HEAD,
        ],
        title="各乡镇（街道）政府信息公开工作年度报告_宁德市蕉城区人民政府",
        banner="宁德市蕉城区人民政府",
        info="发布日期：2024-02-02",
    ),
    agency=None,
    accept=[],
    as_written=None,
    region={},
    level=None,
    kind=None,
    year=None,
    note="NOT certain: a district's page gathering its townships' reports of two years "
    "(the district government invented)",
)

# --- years as 二〇二三年, 2023年度, 统计期限 only, full-width digits ------------------------

add(
    "y01",
    "txt",
    scrape(
        "瑞安市民政局二〇二三年政府信息公开工作年度报告",
        "发布时间：2024-01-22",
        GOV_RULE + "现公布瑞安市民政局二〇二三年政府信息公开工作年度报告。",
        *sections("我局", "二〇二三年", 84, "二〇二四年"),
        must=("瑞安市民政局二〇二三年",),
    ),
    agency="瑞安市民政局",
    accept=["温州市瑞安市民政局"],
    as_written="瑞安市民政局",
    region={"province": ZJ, "city": "温州市", "county": "瑞安市"},
    level="county",
    kind="department",
    year=2023,
    note="the year in Chinese numerals everywhere",
)

add(
    "y02",
    "html",
    html(
        "洞头区交通运输局政府信息公开工作年度报告",
        [
            GOV_RULE + "现将洞头区交通运输局2023年度政府信息公开工作情况报告如下。",
            *sections("我局", "本年度", 58, "下一年度"),
        ],
        title="洞头区交通运输局政府信息公开工作年度报告_温州市洞头区人民政府",
        banner="温州市洞头区人民政府",
        footer="主办：温州市洞头区人民政府办公室",
    ),
    agency="温州市洞头区交通运输局",
    accept=["洞头区交通运输局"],
    as_written="洞头区交通运输局",
    region={"province": ZJ, "city": "温州市", "county": "洞头区"},
    level="county",
    kind="department",
    year=2023,
    note="an undated title; 2023年度 only in the preamble; no date on the page",
)

add(
    "y03",
    "txt",
    scrape(
        "嵊州市司法局政府信息公开工作年度报告",
        GOV_RULE + "编制本报告。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        *sections("我局", "本年度", 47, "下一年度"),
        must=("嵊州市司法局", "统计期限自2023年1月1日"),
    ),
    agency="嵊州市司法局",
    accept=["绍兴市嵊州市司法局"],
    as_written="嵊州市司法局",
    region={"province": ZJ, "city": "绍兴市", "county": "嵊州市"},
    level="county",
    kind="department",
    year=2023,
    note="the statistics period the only cue of the year",
)

add(
    "y04",
    "txt",
    scrape(
        "上虞区农业农村局政府信息公开工作年度报告",
        GOV_RULE + "编制本报告。本报告统计期限为二〇二三年一月一日至十二月三十一日。",
        *sections("我局", "本年度", 66, "下一年度"),
        must=("上虞区农业农村局", "二〇二三年一月一日"),
    ),
    agency="绍兴市上虞区农业农村局",
    accept=["上虞区农业农村局"],
    as_written="上虞区农业农村局",
    region={"province": ZJ, "city": "绍兴市", "county": "上虞区"},
    level="county",
    kind="department",
    year=2023,
    note="the statistics period in Chinese numerals, its end without the year",
)

add(
    "y05",
    "html",
    html(
        "柯桥区教育体育局２０２３年政府信息公开工作年度报告",
        [preamble("绍兴市柯桥区教育体育局", "2023"), *b(n=151)],
        title="柯桥区教育体育局２０２３年政府信息公开工作年度报告",
        info="发布日期：２０２４－０１－２３",
    ),
    agency="绍兴市柯桥区教育体育局",
    accept=["柯桥区教育体育局"],
    as_written="柯桥区教育体育局",
    region={"province": ZJ, "city": "绍兴市", "county": "柯桥区"},
    level="county",
    kind="department",
    year=2023,
    note="full-width digits in the title and the date",
)

add(
    "y06",
    "txt",
    scrape(
        "新郑市财政局政府信息公开工作年度报告",
        "（2023年度）",
        "发布时间：2024年1月26日",
        GOV_RULE + "现公布本年度政府信息公开工作年度报告。",
        *sections("我局", "本年度", 93, "下一年度"),
        must=("新郑市财政局", "（2023年度）"),
    ),
    agency="新郑市财政局",
    accept=["郑州市新郑市财政局"],
    as_written="新郑市财政局",
    region={"province": "河南省", "city": "郑州市", "county": "新郑市"},
    level="county",
    kind="department",
    year=2023,
    note="the year on its own line under the title, in brackets with 年度",
)

add(
    "y07",
    "txt",
    scrape(
        "寿光市审计局政府信息公开工作年度报告",
        "寿光市审计局",
        "二〇二四年一月",
        GOV_RULE + "现公布本局政府信息公开工作年度报告。",
        *sections("本局", "本年度", 31, "下一年度"),
        must=("寿光市审计局", "二〇二四年一月"),
    ),
    agency="寿光市审计局",
    accept=["潍坊市寿光市审计局"],
    as_written="寿光市审计局",
    region={"province": "山东省", "city": "潍坊市", "county": "寿光市"},
    level="county",
    kind="department",
    year=2023,
    note="a cover's date in Chinese numerals (January 2024) the only cue: the report covers 2023",
)

# --- Traditional titles ------------------------------------------------------------

_T1 = (
    "广州市天河区人民政府办公室2023" + HEAD,
    [preamble("广州市天河区人民政府办公室", "2023"), *b("我办", n=212)],
)
add(
    "t01",
    "html",
    _S2T.convert(
        html(
            _T1[0],
            _T1[1],
            title=_T1[0] + "_广州市天河区人民政府",
            banner="广州市天河区人民政府",
            info="发布日期：2024-01-29",
        )
    ),
    agency="广州市天河区人民政府办公室",
    accept=["天河区人民政府办公室"],
    as_written=_S2T.convert("广州市天河区人民政府办公室"),
    region={"province": "广东省", "city": "广州市", "county": "天河区"},
    level="county",
    kind="government",
    year=2023,
    note="a whole page in Traditional (OpenCC s2t); the district government (host) wrong",
)

add(
    "t02",
    "html",
    html(
        _S2HK.convert("佛山市顺德区卫生健康局2023" + HEAD),
        [preamble("佛山市顺德区卫生健康局", "2023"), *b(n=118)],
        title=_S2HK.convert("佛山市顺德区卫生健康局2023" + HEAD),
        info="发布日期：2024-01-24",
        lang="zh-HK",
    ),
    agency="佛山市顺德区卫生健康局",
    accept=["顺德区卫生健康局"],
    as_written=_S2HK.convert("佛山市顺德区卫生健康局"),
    region={"province": "广东省", "city": "佛山市", "county": "顺德区"},
    level="county",
    kind="department",
    year=2023,
    note="a title in Hong Kong Traditional (OpenCC s2hk: 衞, 順) over a simplified body",
)

add(
    "t03",
    "txt",
    scrape(
        "晉江市商務局2023年政府資訊公開工作年度報告",
        "發佈時間：2024-01-19",
        _S2T.convert(preamble("晋江市商务局", "2023")).replace("信息", "資訊"),
        *[_S2T.convert(s) for s in b(n=45)],
        must=("晉江市商務局2023",),
    ),
    agency="晋江市商务局",
    accept=["泉州市晋江市商务局"],
    as_written="晉江市商務局",
    region={"province": "福建省", "city": "泉州市", "county": "晋江市"},
    level="county",
    kind="department",
    year=2023,
    note="Traditional with Taiwan's word 資訊 for 信息 in the title and preamble",
)

add(
    "t04",
    "txt",
    scrape(
        _S2T.convert("宜兴市人民政府办公室二〇二三年政府信息公开工作年度报告"),
        _S2T.convert("发布时间：2024-01-31"),
        _S2T.convert(GOV_RULE + "现公布宜兴市人民政府办公室2023年政府信息公开工作年度报告。"),
        *[_S2T.convert(s) for s in b("我办", n=301)],
        must=(_S2T.convert("宜兴市人民政府办公室二〇二三年"),),
    ),
    agency="宜兴市人民政府办公室",
    accept=["无锡市宜兴市人民政府办公室"],
    as_written=_S2T.convert("宜兴市人民政府办公室"),
    region={"province": "江苏省", "city": "无锡市", "county": "宜兴市"},
    level="county",
    kind="government",
    year=2023,
    note="a Traditional text scrape with the year in Chinese numerals in the title",
)

# --- reprints on a portal whose name is everywhere --------------------------------

_PORTAL = "永康市人民政府"
add(
    "p01",
    "html",
    html(
        "永康市教育局2023" + HEAD,
        [preamble("永康市教育局", "2023"), *b(n=166)],
        title="永康市教育局2023" + HEAD + "_" + _PORTAL,
        banner=_PORTAL + "门户网站",
        crumb=f"首页 > {_PORTAL} > 政府信息公开 > 部门信息",
        info=f"来源：{_PORTAL}办公室　发布日期：2024-01-25",
        sidebar=[_PORTAL + "2023" + HEAD, "永康市财政局2023" + HEAD],
        related=["永康市卫生健康局2023" + HEAD],
        footer=f"主办：{_PORTAL}办公室　版权所有：{_PORTAL}",
    ),
    agency="永康市教育局",
    accept=["金华市永康市教育局"],
    as_written="永康市教育局",
    region={"province": ZJ, "city": "金华市", "county": "永康市"},
    level="county",
    kind="department",
    year=2023,
    note="the portal's government in <title>, banner, crumb, 来源, sidebar and footer: wrong",
)

add(
    "p02",
    "html",
    html(
        "区教育局2023" + HEAD,
        [GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。", *b(n=139)],
        title="区教育局2023" + HEAD + "_杭州市拱墅区人民政府",
        banner="杭州市拱墅区人民政府",
        info="发布日期：2024-01-26",
        footer="主办：杭州市拱墅区人民政府办公室",
    ),
    agency="杭州市拱墅区教育局",
    accept=["拱墅区教育局"],
    as_written="区教育局",
    region={"province": ZJ, "city": "杭州市", "county": "拱墅区"},
    level="county",
    kind="department",
    year=2023,
    note="区教育局 titled on the district's portal: the portal's district restores it "
    "(meta22 w31's convention); the district government wrong",
)

add(
    "p03",
    "txt",
    scrape(
        "中国江山网",
        "首页 > 新闻 > 部门动态",
        "江山市卫生健康局2023" + HEAD,
        "来源：江山市卫生健康局　编辑：中国江山网　2024-01-23",
        preamble("江山市卫生健康局", "2023"),
        *b(n=121),
        must=("江山市卫生健康局2023",),
    ),
    agency="江山市卫生健康局",
    accept=["衢州市江山市卫生健康局"],
    as_written="江山市卫生健康局",
    region={"province": ZJ, "city": "衢州市", "county": "江山市"},
    level="county",
    kind="department",
    year=2023,
    note="a local news portal's reprint (中国江山网 in the banner and the editor line)",
)

add(
    "p04",
    "html",
    html(
        "2023" + HEAD,
        [GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。", *b(n=88)],
        title="2023" + HEAD + "_绍兴市人民政府",
        banner="绍兴市人民政府",
        crumb="首页 > 政府信息公开 > 年度报告",
        info="来源：绍兴市人民政府办公室　发布日期：2024-01-27",
        sidebar=["绍兴市人民政府2023" + HEAD, "绍兴市财政局2023" + HEAD],
        footer="主办：绍兴市人民政府办公室",
    ),
    agency=None,
    accept=[],
    as_written=None,
    region={},
    level=None,
    kind=None,
    year=2023,
    note="NOT certain: a 我局 report on the city portal that names no bureau (the government, "
    "its office, the sidebar's 财政局: invented)",
)

add(
    "p05",
    "txt",
    scrape(
        "浙江政务服务网",
        "首页 > 信息公开 > 年度报告",
        "常山县人力资源和社会保障局2023" + HEAD,
        "来源：浙江政务服务网　发布时间：2024-01-28",
        GOV_RULE + "现公布常山县人力资源和社会保障局2023年政府信息公开工作年度报告。",
        *b(n=97),
        must=("常山县人力资源和社会保障局2023",),
    ),
    agency="常山县人力资源和社会保障局",
    accept=["衢州市常山县人力资源和社会保障局"],
    as_written="常山县人力资源和社会保障局",
    region={"province": ZJ, "city": "衢州市", "county": "常山县"},
    level="county",
    kind="department",
    year=2023,
    note="a county bureau's report on the province's service portal (浙江政务服务网 as 来源)",
)

add(
    "p06",
    "html",
    html(
        "肥西县人民政府2023" + HEAD,
        [preamble("肥西县人民政府", "2023"), *b("县政府", n=356)],
        title="肥西县人民政府2023" + HEAD + "_合肥市人民政府",
        banner="合肥市人民政府",
        crumb="首页 > 信息公开 > 县区信息",
        info="信息来源：合肥市人民政府办公室　发布日期：2024-01-31",
        sidebar=["合肥市人民政府2023" + HEAD, "长丰县人民政府2023" + HEAD],
        footer="主办：合肥市人民政府办公室　版权所有：合肥市人民政府",
    ),
    agency="肥西县人民政府",
    accept=["合肥市肥西县人民政府"],
    as_written="肥西县人民政府",
    region={"province": "安徽省", "city": "合肥市", "county": "肥西县"},
    level="county",
    kind="government",
    year=2023,
    note="a county government's report on its city's portal; the city's government, office "
    "and the sidebar's 长丰县 wrong",
)

# --- links to other reports around an undated title (NOT blind: this session's fix) ---

add(
    "n01",
    "html",
    html(
        "平阳县市场监督管理局政府信息公开工作年度报告",
        [preamble("平阳县市场监督管理局", "2023"), *b(n=129)],
        title="平阳县市场监督管理局政府信息公开工作年度报告_平阳县人民政府",
        banner="平阳县人民政府",
        sidebar=["平阳县市场监督管理局2022" + HEAD],
    ),
    agency="平阳县市场监督管理局",
    accept=["温州市平阳县市场监督管理局"],
    as_written="平阳县市场监督管理局",
    region={"province": ZJ, "city": "温州市", "county": "平阳县"},
    level="county",
    kind="department",
    year=2023,
    note="NOT blind (this session's fix): a sidebar (相关年报) linking the body's 2022 report "
    "above its undated title; the period says 2023 (2022 WRONG)",
)

add(
    "n02",
    "txt",
    scrape(
        "相关阅读：苍南县民政局2022" + HEAD,
        "苍南县财政局政府信息公开工作年度报告",
        "发布时间：2024-02-20",
        GOV_RULE + "现公布我局政府信息公开工作年度报告。",
        *sections("我局", "本年度", 71, "下一年度"),
        must=("苍南县财政局政府信息公开工作年度报告",),
    ),
    agency="苍南县财政局",
    accept=["温州市苍南县财政局"],
    as_written="苍南县财政局",
    region={"province": ZJ, "city": "温州市", "county": "苍南县"},
    level="county",
    kind="department",
    year=2023,
    note="NOT blind (this session's fix): another body's 2022 link above the undated title; "
    "the February 2024 date gives 2023 (民政局 or 2022 WRONG)",
)


if __name__ == "__main__":
    write_pages(HERE, PAGES, as_written=True)
