"""Write meta24's pages and truth (a thirteenth blind metadata red team, session 24).

Every page is kept here beside its truth; ``pages/`` and ``truth.jsonl`` are this
script's output (``python datasets/redteam/meta24/build_pages.py``). Real places and
bodies, invented reports. Text pages are a scraper's first 2,000 bytes (``clip``); the
cues a truth rests on are asserted to be inside the cut. HTML pages are whole saved
pages.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import meta_pages  # noqa: E402
from meta_pages import Pages, preamble, scrape, sections, write_pages  # noqa: E402

# meta24 was written before the shared html() gained lang: its pages have a bare <html>
html = partial(meta_pages.html, lang=None)

PAGES = Pages()
add = PAGES.add


BODY = sections("我局", "2022年", 164, "2023年")

# --- place names that are also a province's, a city's or common words ------------

add(
    "y01",
    "html",
    html(
        "市生态环境局2022年政府信息公开工作年度报告",
        [preamble("我局", "2022"), *BODY,
         "联系地址：吉林省吉林市船营区解放北路120号，联系电话：0432-62011234。"],
        title="市生态环境局2022年政府信息公开工作年度报告_吉林市人民政府",
        banner="吉林市人民政府",
        crumb="首页 > 政务公开 > 政府信息公开年报",
        info="发布日期：2023-01-19 来源：市生态环境局",
        sidebar=["吉林省生态环境厅2022年政府信息公开工作年度报告",
                 "市水利局2022年政府信息公开工作年度报告"],
        footer="主办：吉林市人民政府办公室 吉ICP备05001234号",
    ),
    agency="吉林市生态环境局",
    as_written="市生态环境局",
    region={"province": "吉林省", "city": "吉林市"},
    level="city",
    kind="department",
    year=2022,
    note="吉林市 (a city named like its province); 吉林省生态环境厅 in the sidebar is another body",
)

add(
    "y02",
    "html",
    html(
        "省教育厅2021年政府信息公开工作年度报告",
        [preamble("我厅", "2021"), *sections("我厅", "2021年", 388, "2022年")],
        title="吉林省教育厅",
        banner="吉林省教育厅",
        crumb="首页 > 信息公开 > 年度报告",
        info="发布时间：2022-01-25",
        sidebar=["吉林市教育局2021年政府信息公开工作年度报告",
                 "长春市教育局2021年政府信息公开工作年度报告"],
        footer="主办：吉林省教育厅 地址：长春市南关区人民大街2000号",
    ),
    agency="吉林省教育厅",
    as_written="省教育厅",
    region={"province": "吉林省", "city": None},
    level="province",
    kind="department",
    year=2021,
    note="a province department: no city (吉林市 in the sidebar, 长春市 in the footer address: wrong)",
)

add(
    "y03",
    "txt",
    scrape(
        "白云区卫生健康局2022年政府信息公开工作年度报告",
        "发布时间：2023-01-17",
        preamble("白云区卫生健康局", "2022", contact="贵州省贵阳市白云区卫生健康局办公室"),
        *BODY,
        must=("贵州省贵阳市白云区卫生健康局",),
    ),
    agency="贵阳市白云区卫生健康局",
    # (corrected after the first reading: the form with the province the page writes is
    # accepted, as earlier sets accept 辽宁省朝阳市自然资源局, 吉林省吉林市财政局)
    accept=["白云区卫生健康局", "贵州省贵阳市白云区卫生健康局"],
    as_written="白云区卫生健康局",
    region={"province": "贵州省", "city": "贵阳市", "county": "白云区"},
    level="county",
    kind="department",
    year=2022,
    note="白云区 of 贵阳 (not 广州), the city only in the contact sentence",
)

add(
    "y04",
    "html",
    html(
        "江北区民政局2023年政府信息公开工作年度报告",
        [preamble("我局", "2023"), *sections("我局", "2023年", 96, "2024年")],
        title="江北区民政局2023年政府信息公开工作年度报告_宁波市江北区人民政府",
        banner="宁波市江北区人民政府",
        info="发布日期：2024-01-22 信息来源：区民政局",
        footer="主办：宁波市江北区人民政府办公室 浙ICP备10202355号",
    ),
    agency="宁波市江北区民政局",
    accept=["江北区民政局"],
    as_written="江北区民政局",
    region={"province": "浙江省", "city": "宁波市", "county": "江北区"},
    level="county",
    kind="department",
    year=2023,
    note="江北区 of 宁波 (重庆 has one too); the city only in <title>, banner, footer",
)

add(
    "y05",
    "txt",
    scrape(
        "中山区人民政府2022年政府信息公开工作年度报告",
        "发布日期：2023-01-28",
        "本报告由大连市中山区人民政府办公室编制。" + preamble("中山区人民政府", "2022"),
        *sections("本机关", "2022年", 520, "2023年"),
        "地址：辽宁省大连市中山区人民路75号",
        must=("大连市中山区人民政府办公室",),
    ),
    agency="大连市中山区人民政府",
    accept=["中山区人民政府"],
    as_written="中山区人民政府",
    region={"province": "辽宁省", "city": "大连市", "county": "中山区"},
    level="county",
    kind="government",
    year=2022,
    note="中山区 of 大连: 中山市 (广东) is wrong; the office named as compiler is another body",
)

add(
    "y06",
    "txt",
    scrape(
        "攀枝花市东区人民政府门户网站",
        "首页 | 政务公开 | 政务服务 | 互动交流",
        "东区人民政府办公室2021年度政府信息公开工作年度报告",
        "发布时间：2022-01-21 来源：东区政府办",
        preamble("东区人民政府办公室", "2021"),
        *sections("我办", "2021年", 233, "2022年"),
        must=("东区人民政府办公室2021年度",),
    ),
    agency="攀枝花市东区人民政府办公室",
    accept=["东区人民政府办公室"],
    as_written="东区人民政府办公室",
    region={"province": "四川省", "city": "攀枝花市", "county": "东区"},
    level="county",
    kind="government",
    year=2021,
    note="a district named 东区 (a common word); the city only in the site line",
)

add(
    "y07",
    "html",
    html(
        "东方市人民政府办公室2022年政府信息公开工作年度报告",
        [preamble("我办", "2022"), *sections("我办", "2022年", 410, "2023年")],
        title="东方市人民政府办公室2022年政府信息公开工作年度报告-东方市人民政府",
        banner="东方市人民政府",
        info="发布日期：2023-01-30",
        footer="主办单位：海南省东方市人民政府办公室",
    ),
    agency="东方市人民政府办公室",
    accept=["海南省东方市人民政府办公室"],
    as_written="东方市人民政府办公室",
    region={"province": "海南省", "city": None, "county": "东方市"},
    level="county",
    kind="government",
    year=2022,
    note="东方 is a common word; a county-level city under the province (no city)",
)

add(
    "y08",
    "txt",
    scrape(
        "开平市卫生健康局2022年政府信息公开工作年度报告",
        "发布日期：2023-01-16",
        "2022年，在市委、市政府的领导和江门市卫生健康局的指导下，开平市卫生健康局认真贯彻落实"
        "《中华人民共和国政府信息公开条例》。" + preamble("开平市卫生健康局", "2022"),
        *BODY,
        "联系地址：广东省开平市长沙街道幕沙路8号",
        must=("广东省开平市长沙街道",),
    ),
    agency="开平市卫生健康局",
    accept=["江门市开平市卫生健康局"],
    as_written="开平市卫生健康局",
    region={"province": "广东省", "city": "江门市", "county": "开平市"},
    level="county",
    kind="department",
    year=2022,
    note="开平市 of 江门 (唐山 has a 开平区); 长沙街道 is a street of 开平 (长沙市 wrong); "
    "江门市卫生健康局 is the superior",
)

add(
    "y09",
    "html",
    html(
        "大同区农业农村局2021年政府信息公开工作年度报告",
        [preamble("大同区农业农村局", "2021"), *sections("我局", "2021年", 75, "2022年")],
        title="大庆市大同区人民政府",
        banner="大庆市大同区人民政府",
        info="发布时间：2022-01-14 来源：区农业农村局",
        footer="版权所有：大庆市大同区人民政府 黑ICP备06001122号",
    ),
    agency="大庆市大同区农业农村局",
    accept=["大同区农业农村局"],
    as_written="大同区农业农村局",
    region={"province": "黑龙江省", "city": "大庆市", "county": "大同区"},
    level="county",
    kind="department",
    year=2021,
    note="大同区 of 大庆: 大同市 (山西) is wrong",
)

add(
    "y10",
    "txt",
    scrape(
        "省庄镇人民政府2022年政府信息公开工作年度报告",
        "发布日期：2023-01-31",
        preamble("省庄镇人民政府", "2022"),
        *sections("我镇", "2022年", 58, "2023年"),
        "联系地址：泰安市岱岳区省庄镇政府大院，联系电话：0538-8561234",
        must=("泰安市岱岳区省庄镇",),
    ),
    agency="泰安市岱岳区省庄镇人民政府",
    accept=["岱岳区省庄镇人民政府"],
    as_written="省庄镇人民政府",
    region={"province": "山东省", "city": "泰安市", "county": "岱岳区"},
    level="township",
    kind="government",
    year=2022,
    note="a town whose name opens with 省 (not a province's body)",
)

add(
    "y11",
    "html",
    html(
        "市南区司法局2023年政府信息公开工作年度报告",
        [preamble("我局", "2023"), *sections("我局", "2023年", 47, "2024年")],
        title="市南区司法局2023年政府信息公开工作年度报告-青岛市市南区人民政府",
        banner="青岛市市南区人民政府",
        info="发布日期：2024-01-18 来源：区司法局",
        footer="主办：青岛市市南区人民政府办公室",
    ),
    agency="青岛市市南区司法局",
    accept=["市南区司法局"],
    as_written="市南区司法局",
    region={"province": "山东省", "city": "青岛市", "county": "市南区"},
    level="county",
    kind="department",
    year=2023,
    note="a district whose name opens with 市 (市南区); 青岛市南区司法局 (a 南区 of 青岛) is a fragment: wrong",
)

add(
    "y12",
    "txt",
    scrape(
        "青岛市市北区人民政府",
        "当前位置：首页 > 政务公开 > 街道信息公开",
        "合肥路街道办事处2022年政府信息公开工作年度报告",
        "发布时间：2023-01-20",
        preamble("合肥路街道办事处", "2022"),
        *sections("本街道", "2022年", 61, "2023年"),
        must=("合肥路街道办事处2022年",),
    ),
    agency="青岛市市北区合肥路街道办事处",
    accept=["市北区合肥路街道办事处"],
    as_written="合肥路街道办事处",
    region={"province": "山东省", "city": "青岛市", "county": "市北区"},
    level="street",
    kind="government",
    year=2022,
    note="合肥路 is a road (no direction word before 路): 合肥市 (安徽) is wrong",
)

# --- renamed or merged divisions ---------------------------------------------------

add(
    "y13",
    "html",
    html(
        "任县人民政府2019年政府信息公开工作年度报告",
        [preamble("任县人民政府", "2019"), *sections("本机关", "2019年", 312, "2020年")],
        title="邢台市任泽区人民政府",
        banner="任泽区人民政府",
        crumb="首页 > 政务公开 > 政府信息公开年报",
        info="发布日期：2020-01-20",
        sidebar=["任泽区人民政府2020年政府信息公开工作年度报告"],
        footer="主办：邢台市任泽区人民政府办公室",
    ),
    agency="任县人民政府",
    accept=["邢台市任县人民政府"],
    as_written="任县人民政府",
    region={"province": "河北省", "city": "邢台市"},
    level="county",
    kind="government",
    year=2019,
    note="任县 became 任泽区 in 2020; its 2019 report on the successor's site: the report's "
    "own name decides (任泽区人民政府 wrong); county not scored",
)

add(
    "y14",
    "txt",
    scrape(
        "郊区人民政府办公室2022年政府信息公开工作年度报告",
        "发布日期：2023-01-29",
        preamble("郊区人民政府办公室", "2022", contact="铜陵市郊区人民政府办公室"),
        *sections("我办", "2022年", 140, "2023年"),
        must=("铜陵市郊区人民政府办公室",),
    ),
    agency="铜陵市郊区人民政府办公室",
    accept=["郊区人民政府办公室"],
    as_written="郊区人民政府办公室",
    region={"province": "安徽省", "city": "铜陵市", "county": "郊区"},
    level="county",
    kind="government",
    year=2022,
    note="a district named 郊区 (a common word)",
)

# --- abbreviations with the area elsewhere ------------------------------------------

add(
    "y15",
    "txt",
    scrape(
        "来源网址：http://fgw.hangzhou.gov.cn/art/2023/1/18/art_1229_5871.html",
        "市发改委2022年政府信息公开工作年度报告",
        "发布日期：2023-01-18 信息来源：市发改委",
        "根据《中华人民共和国政府信息公开条例》规定，现公布本委2022年政府信息公开工作年度报告。",
        *sections("我委", "2022年", 402, "2023年"),
        must=("hangzhou",),
    ),
    agency="杭州市发展和改革委员会",
    accept=["杭州市发改委"],
    as_written="市发改委",
    region={"city": "杭州市"},
    level="city",
    kind="department",
    year=2022,
    note="the area only in the URL's host (hangzhou): null is a miss; 市发展和改革委员会 "
    "(no area) is a partial name: wrong",
)

add(
    "y16",
    "html",
    html(
        "区人社局2022年政府信息公开工作年度报告",
        [preamble("我局", "2022"), *BODY],
        title="区人社局2022年政府信息公开工作年度报告 - 上海市宝山区人民政府",
        crumb="首页 > 宝山区人民政府 > 政务公开 > 政府信息公开年报",
        info="发布日期：2023-01-30 来源：区人社局",
        footer="上海市宝山区人民政府 版权所有",
    ),
    agency="上海市宝山区人力资源和社会保障局",
    accept=["宝山区人力资源和社会保障局", "上海市宝山区人社局", "宝山区人社局"],
    as_written="区人社局",
    region={"province": "上海市", "county": "宝山区"},
    level="county",
    kind="department",
    year=2022,
    note="宝山区 of 上海 (双鸭山 has one); an abbreviation titled, the district in crumb and <title>",
)

# --- 党委 and government offices working as one (合署) -------------------------------

add(
    "y17",
    "txt",
    scrape(
        "长兴县人民政府办公室2022年政府信息公开工作年度报告",
        "发布机构：中共长兴县委办公室 发布日期：2023-01-20",
        "县委办、县府办（合署办公）深入贯彻《中华人民共和国政府信息公开条例》。"
        + preamble("长兴县人民政府办公室", "2022"),
        *sections("我办", "2022年", 356, "2023年"),
        "地址：浙江省湖州市长兴县雉城街道县前中路1号",
        must=("湖州市长兴县",),
    ),
    agency="长兴县人民政府办公室",
    accept=["湖州市长兴县人民政府办公室"],
    as_written="长兴县人民政府办公室",
    region={"province": "浙江省", "city": "湖州市", "county": "长兴县"},
    level="county",
    kind="government",
    year=2022,
    note="a 合署 office: the title names the government's office; 中共长兴县委办公室 (发布机构) wrong",
)

add(
    "y18",
    "html",
    html(
        "市外办2022年政府信息公开工作年度报告",
        ["中共温州市委外事工作委员会办公室（温州市人民政府外事办公室）根据《中华人民共和国"
         "政府信息公开条例》要求，编制本报告。" + preamble("本机关", "2022"), *BODY],
        title="温州市人民政府",
        banner="温州市人民政府",
        info="发布机构：温州市人民政府外事办公室 发布日期：2023-01-26",
        footer="主办：温州市人民政府办公室",
    ),
    agency="温州市人民政府外事办公室",
    accept=["中共温州市委外事工作委员会办公室"],
    as_written="市外办",
    region={"province": "浙江省", "city": "温州市"},
    level="city",
    kind="department",
    year=2022,
    note="a 人民政府…办公室 that is a department, not the general office (kind government wrong); "
    "the party plaque names the same body",
)

# --- vertical and national bodies -----------------------------------------------------

add(
    "y19",
    "txt",
    scrape(
        "中华人民共和国海事局 > 宁波海事局",
        "宁波海事局2022年政府信息公开工作年度报告",
        "发布机构：中华人民共和国宁波海事局 发布日期：2023-01-31",
        preamble("宁波海事局", "2022"),
        *BODY,
        must=("中华人民共和国宁波海事局",),
    ),
    agency="宁波海事局",
    accept=["中华人民共和国宁波海事局"],
    as_written="宁波海事局",
    region={"province": "浙江省"},
    level=None,
    kind="department",
    year=2022,
    note="a 交通运输部 直属海事局; 中华人民共和国海事局 (the superior) wrong",
)

add(
    "y20",
    "html",
    html(
        "山东黄河河务局2021年政府信息公开工作年度报告",
        [preamble("山东黄河河务局", "2021"), *sections("我局", "2021年", 128, "2022年")],
        title="山东黄河河务局2021年政府信息公开工作年度报告-水利部黄河水利委员会",
        banner="水利部黄河水利委员会",
        crumb="首页 > 信息公开 > 山东黄河河务局",
        info="发布日期：2022-01-27",
        footer="水利部黄河水利委员会 版权所有",
    ),
    agency="山东黄河河务局",
    accept=["黄河水利委员会山东黄河河务局", "水利部黄河水利委员会山东黄河河务局"],
    as_written="山东黄河河务局",
    region={"province": "山东省"},
    level=None,
    kind="department",
    year=2021,
    note="a 流域机构's province bureau; the 黄河水利委员会 (superior, host) wrong",
)

# --- universities and hospitals ----------------------------------------------------------

add(
    "y21",
    "txt",
    scrape(
        "浙江大学医学院附属第一医院2022年信息公开工作年度报告",
        "发布日期：2023-02-10",
        "浙江大学医学院附属第一医院（以下简称浙大一院）在浙江大学和浙江省卫生健康委员会的领导下，"
        "依据《医疗卫生机构信息公开管理办法》，现公布本院2022年度信息公开工作年度报告。",
        *sections("我院", "2022年", 301, "2023年"),
        "地址：杭州市上城区庆春路79号",
        must=("杭州市上城区庆春路",),
    ),
    agency="浙江大学医学院附属第一医院",
    as_written="浙江大学医学院附属第一医院",
    region={},
    level=None,
    kind="department",
    year=2022,
    note="a university hospital; 浙江大学 and 浙江省卫生健康委员会 (the leaders) wrong",
)

add(
    "y22",
    "html",
    html(
        "浙江工业大学2022-2023学年信息公开工作年度报告",
        ["根据《高等学校信息公开办法》，现公布浙江工业大学2022-2023学年信息公开工作年度报告。"
         "报告统计期限为2022年9月1日至2023年8月31日。",
         "一、概述", "学校党委办公室、校长办公室统筹推进信息公开工作。",
         "二、主动公开情况", "学年内主动公开信息1206条。"],
        title="浙江工业大学信息公开网",
        banner="浙江工业大学信息公开网",
        info="发布时间：2023-10-30 来源：党委办公室、校长办公室",
        footer="浙江工业大学 地址：杭州市潮王路18号",
    ),
    agency="浙江工业大学",
    as_written="浙江工业大学",
    region={},
    level=None,
    kind="department",
    # (corrected after the first reading: the 学年's end year, the gold's report_year
    # convention, as meta11's truth was corrected; written blind as its first year)
    year=2023,
    note="an academic year's report: the year the 学年 ends (the gold's report_year convention)",
)

add(
    "y23",
    "txt",
    scrape(
        "政协海盐县委员会办公室2022年政府信息公开工作年度报告",
        "发布日期：2023-01-19",
        preamble("政协海盐县委员会办公室", "2022"),
        *sections("我办", "2022年", 35, "2023年"),
        "地址：嘉兴市海盐县武原街道枣园东路1号",
        must=("嘉兴市海盐县",),
    ),
    agency="中国人民政治协商会议海盐县委员会办公室",
    accept=["政协海盐县委员会办公室", "海盐县政协办公室"],
    as_written="政协海盐县委员会办公室",
    region={"province": "浙江省", "city": "嘉兴市", "county": "海盐县"},
    level="county",
    kind="department",
    year=2022,
    note="the area inside the name (政协…委员会办公室)",
)

add(
    "y24",
    "html",
    html(
        "市政府办公厅2022年政府信息公开工作年度报告",
        [preamble("本机关", "2022"), *sections("市政府办公厅", "2022年", 1021, "2023年")],
        title="首都之窗-北京市人民政府门户网站",
        banner="首都之窗 北京市人民政府门户网站",
        info="发布日期：2023-01-30 来源：市政府办公厅",
        footer="主办：北京市人民政府办公厅 承办：北京市政务服务和数据管理局",
    ),
    agency="北京市人民政府办公厅",
    as_written="市政府办公厅",
    region={"province": "北京市"},
    level="province",
    kind="government",
    year=2022,
    note="a municipality's general office; the 政务服务和数据管理局 (承办) wrong",
)

# --- PDF-like text ---------------------------------------------------------------------

add(
    "y25",
    "txt",
    scrape(
        "绍兴市上虞区⼈⺠政府办公室",
        "2022年政府信息公开⼯作年度报告",
        "根据《中华⼈⺠共和国政府信息公开条例》规定，现公布本办2022年政府信息公开⼯作年度报告。"
        "本报告所列数据的统计期限⾃2022年1⽉1⽇起⾄2022年12⽉31⽇⽌。",
        "⼀、总体情况",
        "2022年，我办坚持以习近平新时代中国特⾊社会主义思想为指导，深化政务公开。",
        "⼆、主动公开政府信息情况",
        "全年主动公开政府信息526条。",
        "— 1 —",
        must=("⺠政府办公室",),
    ),
    agency="绍兴市上虞区人民政府办公室",
    accept=["上虞区人民政府办公室"],
    as_written=None,
    region={"province": "浙江省", "city": "绍兴市", "county": "上虞区"},
    level="county",
    kind="government",
    year=2022,
    note="a PDF text layer with Kangxi/radical code points (⼈ U+2F08, ⺠ U+2EA0, ⼯): the name "
    "is 人民政府办公室",
)

add(
    "y26",
    "txt",
    scrape(
        "2023",
        "政府信息公开工作年度报告",
        "",
        "嘉善县综合行政执法局",
        "二〇二四年一月",
        "\f一、总体情况",
        "本年度，我局坚持以习近平新时代中国特色社会主义思想为指导，深化政务公开。",
        "二、主动公开政府信息情况",
        "全年主动公开政府信息88条。",
        "三、收到和处理政府信息公开申请情况",
        "全年收到政府信息公开申请3件，均已按期答复。",
        "2024年，我局将进一步加强政策解读。",
        must=("嘉善县综合行政执法局", "2024年，我局将"),
    ),
    agency="嘉善县综合行政执法局",
    accept=["嘉兴市嘉善县综合行政执法局"],
    as_written="嘉善县综合行政执法局",
    region={"county": "嘉善县"},
    level="county",
    kind="department",
    year=2023,
    note="a PDF cover: the year alone on the first line, the agency and 二〇二四年一月 below",
)

add(
    "y27",
    "txt",
    scrape(
        "诸暨市审计局202l年度政府信息公开工作年度报告",
        "发布日期：2022-01-20",
        "根据《中华人民共和国政府信息公开条例》规定，现公布诸暨市审计局202l年度政府信息公开"
        "工作年度报告。本报告所列数据的统计期限自202l年1月1日起至202l年12月31日止。",
        *sections("我局", "202l年", 44, "2022年"),
        must=("202l年度",),
    ),
    agency="诸暨市审计局",
    as_written="诸暨市审计局",
    region={"county": "诸暨市"},
    level="county",
    kind="department",
    year=2021,
    note="an OCR'd text layer writing 202l (a letter l for 1) throughout; the January 2022 date "
    "and the 2022 plans agree on 2021",
)

# --- reposted reports --------------------------------------------------------------------

add(
    "y28",
    "html",
    html(
        "【转载】安吉县人民政府2022年政府信息公开工作年度报告",
        [preamble("安吉县人民政府", "2022"), *sections("本机关", "2022年", 690, "2023年")],
        title="【转载】安吉县人民政府2022年政府信息公开工作年度报告_安吉新闻网",
        banner="安吉新闻网",
        info="发布时间：2024-03-05 来源：安吉县人民政府 编辑：安吉新闻集团",
        sidebar=["安吉县2024年春耕生产有序推进"],
        footer="主办：安吉新闻集团 浙ICP备09044321号",
    ),
    agency="安吉县人民政府",
    accept=["湖州市安吉县人民政府"],
    as_written="安吉县人民政府",
    region={"county": "安吉县"},
    level="county",
    kind="government",
    year=2022,
    note="reposted on a news site in March 2024; the news group is another body",
)

add(
    "y29",
    "txt",
    scrape(
        "桐乡市财政局政府信息公开工作年度报告",
        "转载时间：2024-03-05 原文发布时间：2023-01-16 原文来源：桐乡市财政局",
        "根据《中华人民共和国政府信息公开条例》规定，现公布本局政府信息公开工作年度报告。",
        *sections("我局", "本年度", 152, "2023年"),
        must=("原文发布时间：2023-01-16", "2023年，我局将"),
    ),
    agency="桐乡市财政局",
    as_written="桐乡市财政局",
    region={"county": "桐乡市"},
    level="county",
    kind="department",
    year=2022,
    note="a repost: the original's January 2023 date and the 2023 plans give 2022; the repost "
    "date (March 2024) is not the report's",
)

add(
    "y30",
    "txt",
    scrape(
        "海宁市司法局政府信息公开工作年度报告",
        "发布时间：2024-03-05 来源：转载自海宁市人民政府网",
        "根据《中华人民共和国政府信息公开条例》规定，现公布本局政府信息公开工作年度报告。",
        *sections("我局", "本年度", 39, "下一年度"),
        must=("2024-03-05",),
    ),
    agency="海宁市司法局",
    as_written="海宁市司法局",
    region={"county": "海宁市"},
    level="county",
    kind="department",
    year=None,
    note="NOT certain: only a repost's March 2024 date, 本年度 and 下一年度: year null",
)

# --- site owners in footers ---------------------------------------------------------------

add(
    "y31",
    "html",
    html(
        "2022年度政府信息公开工作年度报告",
        [preamble("我局", "2022"), *BODY],
        title="丽水市人民政府门户网站",
        banner="丽水市人民政府",
        info="发布日期：2023-01-20 来源：本站",
        footer="主办单位：丽水市人民政府办公室 浙ICP备05007788号",
    ),
    agency=None,
    as_written=None,
    region={},
    level=None,
    kind=None,
    year=2022,
    note="NOT certain: 我局 of some bureau on the city portal; the footer's 主办单位 is the host",
)

add(
    "y32",
    "html",
    html(
        "市水利局2022年政府信息公开工作年度报告",
        [preamble("我局", "2022"), *BODY],
        title="衢州市人民政府",
        banner="衢州市人民政府",
        info="发布日期：2023-01-21 来源：市水利局",
        footer="主办单位：衢州市人民政府办公室 网站标识码3308000001",
    ),
    agency="衢州市水利局",
    as_written="市水利局",
    region={"province": "浙江省", "city": "衢州市"},
    level="city",
    kind="department",
    year=2022,
    note="the city's office in the footer is the host: wrong",
)

# --- years ------------------------------------------------------------------------------------

add(
    "y33",
    "txt",
    scrape(
        "平湖市商务局2024年政府信息公开工作年度报告",
        "发布日期：2024-01-22",
        "根据《中华人民共和国政府信息公开条例》规定，现公布本局政府信息公开工作年度报告。"
        "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        *sections("我局", "2023年", 77, "2024年"),
        must=("统计期限自2023年1月1日", "2024年，我局将"),
    ),
    agency="平湖市商务局",
    as_written="平湖市商务局",
    region={"county": "平湖市"},
    level="county",
    kind="department",
    year=2023,
    note="the title names the publication year (2024); the 统计期限, the January 2024 date and the "
    "2024 plans say 2023: 2024 is wrong",
)

add(
    "y34",
    "html",
    html(
        "龙泉市民政局政府信息公开工作年度报告",
        ["根据《中华人民共和国政府信息公开条例》规定，现公布本局政府信息公开工作年度报告。",
         *sections("我局", "本年度", 66, "下一年度")],
        title="龙泉市民政局政府信息公开工作年度报告_龙泉市人民政府",
        banner="龙泉市人民政府",
        info="发布日期：2024年1月12日",
        sidebar=["龙泉市民政局2022年政府信息公开工作年度报告",
                 "龙泉市民政局2021年政府信息公开工作年度报告"],
        footer="主办：龙泉市人民政府办公室",
    ),
    agency="龙泉市民政局",
    as_written="龙泉市民政局",
    region={"county": "龙泉市"},
    level="county",
    kind="department",
    year=2023,
    note="本年度 only and a January 2024 date (the previous year); the sidebar's 2022 is another report",
)

# --- names several areas bear ---------------------------------------------------------------

add(
    "y35",
    "txt",
    scrape(
        "龙华区人民政府办公室2022年政府信息公开工作年度报告",
        "发布日期：2023-01-28",
        preamble("龙华区人民政府办公室", "2022", contact="海口市龙华区人民政府办公室"),
        *sections("我办", "2022年", 288, "2023年"),
        must=("海口市龙华区人民政府办公室",),
    ),
    agency="海口市龙华区人民政府办公室",
    accept=["龙华区人民政府办公室"],
    as_written="龙华区人民政府办公室",
    region={"province": "海南省", "city": "海口市", "county": "龙华区"},
    level="county",
    kind="government",
    year=2022,
    note="龙华区 of 海口 (深圳 has one)",
)

add(
    "y36",
    "txt",
    scrape(
        "新城区民政局2022年政府信息公开工作年度报告",
        "发布日期：2023-01-20",
        preamble("新城区民政局", "2022"),
        *BODY,
        "联系地址：新城区人民路28号",
        must=("新城区民政局2022年",),
    ),
    agency="新城区民政局",
    as_written="新城区民政局",
    region={"province": None, "city": None},
    level="county",
    kind="department",
    year=2022,
    note="新城区 of no city the page names (西安 and 呼和浩特 both have one): kept as written, "
    "province and city open (any value wrong)",
)

add(
    "y37",
    "html",
    html(
        "区府办2022年政府信息公开工作年度报告",
        [preamble("我办", "2022"), *sections("我办", "2022年", 467, "2023年")],
        title="杭州市余杭区人民政府门户网站",
        banner="杭州市余杭区人民政府",
        info="发布日期：2023-01-31 来源：区府办",
        footer="主办：杭州市余杭区人民政府办公室",
    ),
    agency="杭州市余杭区人民政府办公室",
    accept=["余杭区人民政府办公室"],
    as_written="区府办",
    region={"province": "浙江省", "city": "杭州市", "county": "余杭区"},
    level="county",
    kind="government",
    year=2022,
    note="区府办 is the district government's office (the government itself is wrong)",
)

add(
    "y38",
    "html",
    html(
        "区教育局2022年政府信息公开工作年度报告",
        [preamble("我局", "2022"), *BODY],
        title="金华市婺城区人民政府门户网站",
        banner="金华市婺城区人民政府",
        info="发布日期：2023-01-19 来源：区教育局",
        related=["金东区教育局2022年政府信息公开工作年度报告",
                 "兰溪市教育局2022年政府信息公开工作年度报告"],
        footer="主办：金华市婺城区人民政府办公室",
    ),
    agency="金华市婺城区教育局",
    accept=["婺城区教育局"],
    as_written="区教育局",
    region={"province": "浙江省", "city": "金华市", "county": "婺城区"},
    level="county",
    kind="department",
    year=2022,
    note="区教育局 on 婺城区's portal; 金东区教育局 (a related article below the body) wrong",
)

add(
    "y39",
    "txt",
    scrape(
        "路桥区交通运输局2022年政府信息公开工作年度报告",
        "发布日期：2023-01-17",
        preamble("路桥区交通运输局", "2022", contact="台州市路桥区交通运输局办公室"),
        *BODY,
        must=("台州市路桥区交通运输局",),
    ),
    agency="台州市路桥区交通运输局",
    accept=["路桥区交通运输局"],
    as_written="路桥区交通运输局",
    region={"province": "浙江省", "city": "台州市", "county": "路桥区"},
    level="county",
    kind="department",
    year=2022,
    note="路桥 (road and bridge) is a district's name beside a transport bureau's word",
)

add(
    "y40",
    "txt",
    scrape(
        "矿区人民政府2022年政府信息公开工作年度报告",
        "发布日期：2023-01-30",
        preamble("矿区人民政府", "2022", contact="阳泉市矿区人民政府办公室"),
        *sections("本机关", "2022年", 199, "2023年"),
        must=("阳泉市矿区人民政府办公室",),
    ),
    agency="阳泉市矿区人民政府",
    accept=["矿区人民政府"],
    as_written="矿区人民政府",
    region={"province": "山西省", "city": "阳泉市", "county": "矿区"},
    level="county",
    kind="government",
    year=2022,
    note="a district named 矿区 (a common word); its office in the contact is another body",
)

add(
    "y41",
    "html",
    html(
        "和平区教育局2022年政府信息公开工作年度报告",
        [preamble("和平区教育局", "2022"), *BODY],
        title="和平区教育局2022年政府信息公开工作年度报告_天津市和平区人民政府",
        banner="天津市和平区人民政府",
        info="发布时间：2023-01-29",
        footer="天津市和平区人民政府办公室 主办",
    ),
    agency="天津市和平区教育局",
    accept=["和平区教育局"],
    as_written="和平区教育局",
    region={"province": "天津市", "county": "和平区"},
    level="county",
    kind="department",
    year=2022,
    note="和平区 of 天津 (沈阳 has one); a municipality: city not scored",
)

# --- spam, markup, a cut -------------------------------------------------------------------------

add(
    "y42",
    "txt",
    scrape(
        "瑞安市应急管理局2022年政府信息公开工作年度报告_北京赛车pk10-官方网站",
        "发布日期：2023-01-18",
        preamble("瑞安市应急管理局", "2022"),
        *BODY,
        must=("北京赛车",),
    ),
    agency="瑞安市应急管理局",
    as_written="瑞安市应急管理局",
    region={"province": "浙江省", "county": "瑞安市"},
    level="county",
    kind="department",
    year=2022,
    note="a spam suffix naming 北京 (a place word in spam): province 北京市 wrong",
)

add(
    "y43",
    "html",
    html(
        "上城区城市管理局2022年政府信息公开工作年度报告",
        [preamble("我局", "2022"), *BODY],
        title="杭州市上城区人民政府",
        banner="杭州市上城区人民政府",
        info="发布日期：2023-01-20",
        footer="主办：杭州市上城区人民政府办公室",
        h1="<span class=\"a\">上城区</span><span class=\"b\">城市管理局</span>"
        "<span class=\"c\">2022年政府信息公开工作年度报告</span>",
    ),
    agency="杭州市上城区城市管理局",
    accept=["上城区城市管理局"],
    as_written="上城区城市管理局",
    region={"province": "浙江省", "city": "杭州市", "county": "上城区"},
    level="county",
    kind="department",
    year=2022,
    note="the heading split over three spans",
)

add(
    "y44",
    "txt",
    scrape(
        *[f"首页 | {a} | {b} | {c}" for a, b, c in [
            ("政务公开", "政务服务", "互动交流"), ("机构概况", "政策文件", "政策解读"),
            ("规划计划", "财政信息", "人事信息"), ("统计信息", "应急管理", "重大项目"),
            ("建议提案", "民生实事", "新闻发布"), ("双随机", "行政执法", "权责清单"),
        ] * 6],
        "您当前所在的位置：首页 > 政务公开 > 政府信息公开年报 > 区级",
        "宁波市鄞州区市场监督管理局2022年政府信息公开工作年度报告",
        "发布日期：2023-01-20",
        preamble("我局", "2022"),
        must=("宁波市鄞州区市场监督管理局2022年政府信息公",),
    ),
    agency="宁波市鄞州区市场监督管理局",
    accept=["鄞州区市场监督管理局"],
    as_written="宁波市鄞州区市场监督管理局",
    region={"province": "浙江省", "city": "宁波市", "county": "鄞州区"},
    level="county",
    kind="department",
    year=2022,
    note="a long navigation eats most of the 2,000 bytes; the cut falls inside the title",
)

add(
    "y45",
    "html",
    html(
        "定海区财政局2022年政府信息公开工作年度报告",
        [preamble("定海区财政局", "2022"), *BODY],
        title="定海区财政局2021年政府信息公开工作年度报告_舟山市定海区人民政府",
        banner="舟山市定海区人民政府",
        info="发布日期：2023-01-16",
        footer="主办：舟山市定海区人民政府办公室",
    ),
    agency="舟山市定海区财政局",
    accept=["定海区财政局"],
    as_written="定海区财政局",
    region={"province": "浙江省", "city": "舟山市", "county": "定海区"},
    level="county",
    kind="department",
    year=2022,
    note="a stale <title> (last year's 2021) over the 2022 heading and 统计期限",
)


if __name__ == "__main__":
    write_pages(HERE, PAGES, as_written=True)
