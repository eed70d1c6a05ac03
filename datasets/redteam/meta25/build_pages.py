"""Write meta25's pages and truth (a fourteenth blind metadata red team, session 25).

Every page is kept here beside its truth; ``pages/`` and ``truth.jsonl`` are this
script's output (``python datasets/redteam/meta25/build_pages.py``). Real places and
bodies, invented reports. Text pages are a scraper's first 2,000 bytes (``clip``); the
cues a truth rests on are asserted to be inside the cut. HTML pages are whole saved
pages. The Traditional pages are made by OpenCC's own converters (``s2hk``: Hong Kong
forms 衞, 裏, 着; ``s2twp``: Taiwan phrases, 信息 → 資訊), as sites that offer a
繁體 button make them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from meta_pages import Pages, html, preamble, scrape, sections, text, write_pages  # noqa: E402

PAGES = Pages()
add = PAGES.add


BODY = sections("我局", "2023年", 216, "2024年")
ZJ = "浙江省"

# --- whole saved pages of portals whose chrome names another body -----------------

add(
    "z01",
    "html",
    html(
        "区卫生健康局2023年政府信息公开工作年度报告",
        [preamble("我局", "2023"), *BODY],
        title="区卫生健康局2023年政府信息公开工作年度报告_宁波市海曙区人民政府",
        banner="宁波市海曙区人民政府 中国·海曙",
        crumb="首页 > 政务公开 > 政府信息公开年报 > 部门年报",
        info="发布机构：宁波市海曙区卫生健康局 发布日期：2024-01-22",
        sidebar=["海曙区人民政府2023年政府信息公开工作年度报告",
                 "区民政局2023年政府信息公开工作年度报告",
                 "宁波市卫生健康委员会2023年政府信息公开工作年度报告"],
        footer="主办：宁波市海曙区人民政府办公室 承办：宁波市海曙区大数据中心 浙ICP备05012345号",
    ),
    agency="宁波市海曙区卫生健康局",
    accept=["海曙区卫生健康局"],
    as_written="区卫生健康局",
    region={"province": ZJ, "city": "宁波市", "county": "海曙区"},
    level="county",
    kind="department",
    year=2023,
    note="the district portal's chrome (government, its office, the data centre, the city "
    "卫健委 in the sidebar) names other bodies; 发布机构 names the bureau",
)

add(
    "z02",
    "html",
    html(
        "市民政局2023年政府信息公开工作年度报告",
        [preamble("温州市民政局", "2023"), *BODY],
        title="市民政局2023年政府信息公开工作年度报告_温州市人民政府门户网站",
        banner="温州市人民政府门户网站",
        crumb="您现在的位置：首页 > 信息公开 > 市政府办公室 > 政府信息公开年报",
        info="信息来源：市民政局 发布时间：2024-01-19 浏览次数：128",
        related=["市人民政府办公室2023年政府信息公开工作年度报告",
                 "温州市大数据发展管理局2023年政府信息公开工作年度报告"],
        footer="主办单位：温州市人民政府办公室 承办单位：温州市大数据发展管理局 "
        "地址：温州市鹿城区市府路500号",
    ),
    agency="温州市民政局",
    as_written="市民政局",
    region={"province": ZJ, "city": "温州市"},
    level="city",
    kind="department",
    year=2023,
    note="the crumb files the page under 市政府办公室; the footer's owner and 承办 are others",
)

add(
    "z03",
    "html",
    html(
        "县司法局2023年政府信息公开工作年度报告",
        [preamble("我局", "2023", contact="德清县司法局办公室"), *BODY],
        title="德清县人民政府门户网站",
        banner="中共德清县委 德清县人民政府",
        crumb="首页 > 政府信息公开 > 县司法局 > 年度报告",
        info="发布日期：2024-01-25",
        sidebar=["中共德清县委办公室2023年度工作总结", "县人民政府办公室2023年政府信息公开工作年度报告"],
        footer="主办：德清县人民政府办公室 地址：浙江省湖州市德清县武康街道余英坊2号",
    ),
    agency="德清县司法局",
    accept=["湖州市德清县司法局"],
    as_written="县司法局",
    region={"province": ZJ, "city": "湖州市", "county": "德清县"},
    level="county",
    kind="department",
    year=2023,
    note="a joint party/government portal banner; the county only in <title>, crumb's "
    "county word, contact line and footer",
)

# --- reports of departments' internal units (内设机构) ------------------------------

add(
    "z04",
    "html",
    html(
        "北京市公安局公安交通管理局2023年政府信息公开工作年度报告",
        [preamble("北京市公安局公安交通管理局", "2023"),
         *sections("本机关", "2023年", 530, "2024年")],
        title="北京市公安局公安交通管理局2023年政府信息公开工作年度报告-北京市公安局",
        banner="北京市公安局",
        crumb="首页 > 政务公开 > 政府信息公开年报",
        info="发布时间：2024-01-30 来源：北京市公安局公安交通管理局",
        sidebar=["北京市公安局2023年政府信息公开工作年度报告",
                 "北京市公安局朝阳分局2023年政府信息公开工作年度报告"],
        footer="主办：北京市公安局 京公网安备11010502030001号",
    ),
    agency="北京市公安局公安交通管理局",
    as_written="北京市公安局公安交通管理局",
    region={"province": "北京市"},
    level=None,
    kind="department",
    year=2023,
    note="a bureau's internal bureau with its own report; 北京市公安局 (the host) is wrong",
)

add(
    "z05",
    "html",
    html(
        "市财政局2023年政府信息公开工作年度报告",
        [preamble("我局", "2023", contact="市财政局办公室（政务公开科）"), *BODY,
         "绍兴市财政局办公室", "2024年1月18日"],
        title="市财政局2023年政府信息公开工作年度报告_绍兴市人民政府",
        banner="绍兴市人民政府",
        crumb="首页 > 政务公开 > 部门信息公开 > 市财政局 > 年度报告",
        info="发布机构：绍兴市财政局办公室 发布日期：2024-01-18",
        footer="主办：绍兴市人民政府办公室",
    ),
    agency="绍兴市财政局",
    as_written="市财政局",
    region={"province": ZJ, "city": "绍兴市"},
    level="city",
    kind="department",
    year=2023,
    note="the bureau's own office (an internal unit) publishes and signs; the report is "
    "the bureau's (meta11: a bureau's office names the bureau). 绍兴市财政局办公室 wrong",
)

add(
    "z06",
    "html",
    html(
        "市公安局交通警察支队2023年政府信息公开工作年度报告",
        [preamble("我支队", "2023", contact="湖州市公安局交通警察支队秩序科"),
         *sections("我支队", "2023年", 302, "2024年")],
        title="市公安局交通警察支队2023年政府信息公开工作年度报告_湖州市公安局",
        banner="湖州市公安局",
        crumb="首页 > 信息公开 > 年度报告",
        info="发布日期：2024-01-26",
        sidebar=["湖州市公安局2023年政府信息公开工作年度报告"],
        footer="主办：湖州市公安局",
    ),
    agency="湖州市公安局交通警察支队",
    as_written="市公安局交通警察支队",
    region={"province": ZJ, "city": "湖州市"},
    level=None,
    kind="department",
    year=2023,
    note="an internal unit of the city police bureau; 湖州市公安局 (the host) and the "
    "支队's 秩序科 (contact) are wrong",
)

add(
    "z07",
    "txt",
    scrape(
        "嘉兴市市场监督管理局办公室",
        "关于公布嘉兴市市场监督管理局2023年政府信息公开工作年度报告的通知",
        "各处室、各直属单位：",
        "现将《嘉兴市市场监督管理局2023年政府信息公开工作年度报告》予以公布。",
        "嘉兴市市场监督管理局办公室",
        "2024年1月22日",
        "嘉兴市市场监督管理局2023年政府信息公开工作年度报告",
        preamble("我局", "2023"),
        *BODY,
        must=("嘉兴市市场监督管理局2023年政府信息公开工作年度报告",),
    ),
    agency="嘉兴市市场监督管理局",
    as_written="嘉兴市市场监督管理局",
    region={"province": ZJ, "city": "嘉兴市"},
    level="city",
    kind="department",
    year=2023,
    note="a cover notice from the bureau's office (its internal unit) over the report; "
    "嘉兴市市场监督管理局办公室 wrong",
)

add(
    "z08",
    "html",
    html(
        "西湖区税务局第一税务所2023年政府信息公开工作年度报告",
        [preamble("国家税务总局杭州市西湖区税务局第一税务所", "2023"),
         *sections("我所", "2023年", 96, "2024年")],
        title="西湖区税务局第一税务所2023年政府信息公开工作年度报告-国家税务总局浙江省税务局",
        banner="国家税务总局浙江省税务局",
        crumb="首页 > 信息公开 > 杭州 > 西湖区 > 年度报告",
        info="发布日期：2024-01-29",
        sidebar=["国家税务总局杭州市西湖区税务局2023年政府信息公开工作年度报告"],
        footer="主办单位：国家税务总局浙江省税务局",
    ),
    agency="国家税务总局杭州市西湖区税务局第一税务所",
    accept=["杭州市西湖区税务局第一税务所", "西湖区税务局第一税务所"],
    as_written="西湖区税务局第一税务所",
    region={"city": "杭州市", "county": "西湖区"},
    level=None,
    kind="department",
    year=2023,
    note="a district tax bureau's 税务所 (its unit); the bureau itself (sidebar) and the "
    "province bureau (host) are wrong",
)

# --- vertical systems ----------------------------------------------------------------

add(
    "z09",
    "html",
    html(
        "义乌市税务局2023年政府信息公开工作年度报告",
        [preamble("国家税务总局义乌市税务局", "2023"), *BODY],
        title="义乌市税务局2023年政府信息公开工作年度报告-国家税务总局浙江省税务局",
        banner="国家税务总局浙江省税务局",
        crumb="首页 > 信息公开 > 金华 > 义乌 > 年度报告",
        info="发布日期：2024-01-24 来源：国家税务总局义乌市税务局",
        sidebar=["国家税务总局金华市税务局2023年政府信息公开工作年度报告",
                 "国家税务总局东阳市税务局2023年政府信息公开工作年度报告"],
        footer="主办单位：国家税务总局浙江省税务局",
    ),
    agency="国家税务总局义乌市税务局",
    accept=["义乌市税务局"],
    as_written="义乌市税务局",
    region={"county": "义乌市"},
    level=None,
    kind="department",
    year=2023,
    note="a county-level city's tax bureau on the province bureau's site; 金华市 bureau "
    "(sidebar) wrong",
)

add(
    "z10",
    "html",
    html(
        "北仑海关2023年政府信息公开工作年度报告",
        [preamble("中华人民共和国北仑海关", "2023"), *sections("本关", "2023年", 144, "2024年")],
        title="北仑海关2023年政府信息公开工作年度报告 - 中华人民共和国宁波海关",
        banner="中华人民共和国宁波海关 Ningbo Customs District P.R.China",
        crumb="首页 > 信息公开 > 隶属海关 > 北仑海关",
        info="发布机构：宁波海关办公室 发布时间：2024-01-31",
        sidebar=["宁波海关2023年政府信息公开工作年度报告", "大榭海关2023年政府信息公开工作年度报告"],
        footer="版权所有：中华人民共和国宁波海关",
    ),
    agency="中华人民共和国北仑海关",
    accept=["北仑海关"],
    as_written="北仑海关",
    region={},
    level=None,
    kind="department",
    year=2023,
    note="a 隶属海关 on its 直属海关's site; the 直属海关 (host, 发布机构 its office) wrong",
)

add(
    "z11",
    "html",
    html(
        "安吉县气象局2023年政府信息公开工作年度报告",
        [preamble("安吉县气象局", "2023"), *sections("本局", "2023年", 58, "2024年")],
        title="安吉县气象局2023年政府信息公开工作年度报告_湖州市气象局",
        banner="湖州市气象局",
        crumb="中国气象局 > 浙江省气象局 > 湖州市气象局 > 安吉县气象局 > 政府信息公开",
        info="发布日期：2024-01-15",
        sidebar=["湖州市气象局2023年政府信息公开工作年度报告",
                 "德清县气象局2023年政府信息公开工作年度报告"],
        footer="主办：湖州市气象局 地址：湖州市吴兴区青铜路99号",
    ),
    agency="安吉县气象局",
    accept=["湖州市安吉县气象局"],
    as_written="安吉县气象局",
    region={"county": "安吉县"},
    level=None,
    kind="department",
    year=2023,
    note="a county meteorological bureau on its city bureau's site",
)

add(
    "z12",
    "txt",
    scrape(
        "国家金融监督管理总局",
        "首页 > 机构概况 > 派出机构 > 浙江监管局 > 湖州监管分局",
        "湖州金融监管分局2023年政府信息公开工作年度报告",
        "发布机构：国家金融监督管理总局湖州监管分局 发布日期：2024-01-30",
        "根据《中华人民共和国政府信息公开条例》规定，现公布国家金融监督管理总局湖州监管分局"
        "（原中国银保监会湖州监管分局）2023年政府信息公开工作年度报告。本报告所列数据的统计期限"
        "自2023年1月1日起至2023年12月31日止。",
        *sections("我分局", "2023年", 77, "2024年"),
        must=("国家金融监督管理总局湖州监管分局", "2023年1月1日"),
    ),
    agency="国家金融监督管理总局湖州监管分局",
    accept=["湖州金融监管分局"],
    as_written="湖州金融监管分局",
    region={},
    level=None,
    kind="department",
    year=2023,
    note="renamed in 2023 (银保监 → 金融监管总局); the old name in brackets is the same body",
)

add(
    "z13",
    "html",
    html(
        "德清监管支局2023年政府信息公开工作年度报告",
        [preamble("国家金融监督管理总局德清监管支局", "2023"),
         *sections("我支局", "2023年", 31, "2024年")],
        title="德清监管支局2023年政府信息公开工作年度报告_国家金融监督管理总局",
        banner="国家金融监督管理总局 National Financial Regulatory Administration",
        crumb="首页 > 政务信息 > 政府信息公开 > 湖州监管分局 > 德清监管支局",
        info="发布时间：2024-02-02",
        sidebar=["国家金融监督管理总局湖州监管分局2023年政府信息公开工作年度报告"],
        footer="版权所有：国家金融监督管理总局",
    ),
    agency="国家金融监督管理总局德清监管支局",
    accept=["德清监管支局", "德清金融监管支局"],
    as_written="德清监管支局",
    region={},
    level=None,
    kind="department",
    year=2023,
    note="a county 监管支局 (formed 2023); the 分局 (crumb, sidebar) and the 总局 (host) wrong",
)

add(
    "z14",
    "html",
    html(
        "中国银保监会湖州监管分局2022年政府信息公开工作年度报告",
        [preamble("中国银行保险监督管理委员会湖州监管分局", "2022"),
         *sections("我分局", "2022年", 65, "2023年")],
        title="中国银保监会湖州监管分局2022年政府信息公开工作年度报告_国家金融监督管理总局",
        banner="国家金融监督管理总局",
        crumb="首页 > 政务信息 > 政府信息公开 > 湖州监管分局",
        info="发布时间：2023-01-28",
        sidebar=["国家金融监督管理总局湖州监管分局2023年政府信息公开工作年度报告"],
        footer="版权所有：国家金融监督管理总局",
    ),
    agency="中国银行保险监督管理委员会湖州监管分局",
    accept=["中国银保监会湖州监管分局", "国家金融监督管理总局湖州监管分局"],
    as_written="中国银保监会湖州监管分局",
    region={},
    level=None,
    kind="department",
    year=2022,
    note="the old name's 2022 report saved from the renamed body's site (the successor "
    "accepted, as meta18/19's convention for renamed bodies)",
)

# --- bodies renamed by the 2023-24 reforms ------------------------------------------

add(
    "z15",
    "html",
    html(
        "杭州市数据资源管理局2023年政府信息公开工作年度报告",
        [preamble("杭州市数据资源管理局", "2023"), *BODY],
        title="杭州市数据资源管理局2023年政府信息公开工作年度报告_杭州市数据局",
        banner="杭州市数据局",
        crumb="首页 > 政务公开 > 年度报告",
        info="发布日期：2024-01-26 发布机构：杭州市数据局",
        sidebar=["杭州市数据局2024年政府信息公开工作年度报告"],
        footer="主办：杭州市数据局",
    ),
    agency="杭州市数据资源管理局",
    accept=["杭州市数据局"],
    as_written="杭州市数据资源管理局",
    region={"province": ZJ, "city": "杭州市"},
    level="city",
    kind="department",
    year=2023,
    note="the old bureau's 2023 report on its successor's site (the 2024 数据局); the "
    "report's own name canonical, the successor accepted",
)

add(
    "z16",
    "html",
    html(
        "县农业农村局（县乡村振兴局）2024年政府信息公开工作年度报告",
        [preamble("遂昌县农业农村局（遂昌县乡村振兴局）", "2024"),
         *sections("我局", "2024年", 133, "2025年")],
        title="县农业农村局2024年政府信息公开工作年度报告_遂昌县人民政府",
        banner="遂昌县人民政府",
        info="发布日期：2025-01-21",
        sidebar=["遂昌县乡村振兴局2023年政府信息公开工作年度报告"],
        footer="主办：遂昌县人民政府办公室 地址：丽水市遂昌县妙高街道",
    ),
    agency="遂昌县农业农村局",
    accept=["丽水市遂昌县农业农村局"],
    as_written="县农业农村局（县乡村振兴局）",
    region={"province": ZJ, "city": "丽水市", "county": "遂昌县"},
    level="county",
    kind="department",
    year=2024,
    note="乡村振兴局 folded back into 农业农村局 (2024) as a bracketed plaque; "
    "遂昌县乡村振兴局 alone (sidebar, last year) wrong",
)

add(
    "z17",
    "txt",
    scrape(
        "浙江省地方金融管理局2024年政府信息公开工作年度报告",
        "发布日期：2025-01-23",
        "根据《中华人民共和国政府信息公开条例》规定，现公布浙江省地方金融管理局（原浙江省地方金融"
        "监督管理局，2024年6月更名）2024年政府信息公开工作年度报告。本报告所列数据的统计期限自2024年"
        "1月1日起至2024年12月31日止。",
        *sections("我局", "2024年", 188, "2025年"),
        must=("浙江省地方金融管理局2024年", "2024年1月1日"),
    ),
    agency="浙江省地方金融管理局",
    accept=["浙江省地方金融监督管理局"],
    as_written="浙江省地方金融管理局",
    region={"province": ZJ, "city": None},
    level="province",
    kind="department",
    year=2024,
    note="renamed in 2024 (…地方金融监督管理局 → 地方金融管理局), the old name in brackets",
)

add(
    "z18",
    "html",
    html(
        "绍兴市信访局2024年政府信息公开工作年度报告",
        [preamble("绍兴市信访局", "2024"), *sections("我局", "2024年", 47, "2025年")],
        title="绍兴市信访局2024年政府信息公开工作年度报告-中共绍兴市委社会工作部",
        banner="中共绍兴市委社会工作部",
        crumb="首页 > 信息公开 > 市信访局 > 年度报告",
        info="发布机构：中共绍兴市委社会工作部 发布日期：2025-01-20",
        footer="主办：中共绍兴市委社会工作部（绍兴市信访局）",
    ),
    agency="绍兴市信访局",
    as_written="绍兴市信访局",
    region={"province": ZJ, "city": "绍兴市"},
    level="city",
    kind="department",
    year=2024,
    note="a 信访局 placed under the party's 社会工作部 by the 2023 reform; the 社会工作部 "
    "(host, 发布机构) is another body: wrong",
)

# --- joint reports of two bodies ----------------------------------------------------

add(
    "z19",
    "txt",
    scrape(
        "平湖市发展和改革局、平湖市统计局2023年政府信息公开工作年度报告",
        "发布日期：2024-01-24",
        "根据《中华人民共和国政府信息公开条例》规定，现公布平湖市发展和改革局、平湖市统计局2023年"
        "政府信息公开工作年度报告。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。"
        "如对本报告有疑问，请与嘉兴市平湖市发展和改革局办公室联系。",
        *sections("我局", "2023年", 152, "2024年"),
        must=("平湖市发展和改革局、平湖市统计局2023年", "嘉兴市平湖市"),
    ),
    agency="平湖市发展和改革局",
    accept=["平湖市统计局", "嘉兴市平湖市发展和改革局", "嘉兴市平湖市统计局"],
    as_written="平湖市发展和改革局",
    region={"province": ZJ, "city": "嘉兴市", "county": "平湖市"},
    level="county",
    kind="department",
    year=2023,
    note="a joint report of two bodies (meta12 p07's convention: the first canonical, the "
    "second accepted); a merged name of both is wrong",
)

add(
    "z20",
    "html",
    html(
        "临安区财政局 临安区国有资产服务中心2023年政府信息公开工作年度报告",
        [preamble("杭州市临安区财政局、杭州市临安区国有资产服务中心", "2023"), *BODY],
        title="临安区财政局 临安区国有资产服务中心2023年政府信息公开工作年度报告_杭州市临安区人民政府",
        banner="杭州市临安区人民政府",
        info="发布日期：2024-01-19",
        footer="主办：杭州市临安区人民政府办公室",
    ),
    agency="杭州市临安区财政局",
    accept=["临安区财政局", "杭州市临安区国有资产服务中心", "临安区国有资产服务中心"],
    as_written="临安区财政局",
    region={"province": ZJ, "city": "杭州市", "county": "临安区"},
    level="county",
    kind="department",
    year=2023,
    note="a joint report, the two names spaced in the heading",
)

# --- reports posted on a superior's site ---------------------------------------------

add(
    "z21",
    "html",
    html(
        "西湖分局2023年政府信息公开工作年度报告",
        [preamble("杭州市生态环境局西湖分局", "2023"), *BODY],
        title="西湖分局2023年政府信息公开工作年度报告_杭州市生态环境局",
        banner="杭州市生态环境局",
        crumb="首页 > 信息公开 > 分局信息 > 西湖分局",
        info="发布日期：2024-01-23",
        sidebar=["杭州市生态环境局2023年政府信息公开工作年度报告",
                 "上城分局2023年政府信息公开工作年度报告"],
        footer="主办：杭州市生态环境局",
    ),
    agency="杭州市生态环境局西湖分局",
    as_written="西湖分局",
    region={"city": "杭州市"},
    level=None,
    kind="department",
    year=2023,
    note="a city bureau's 分局 on the city bureau's site, titled 西湖分局 alone; the city "
    "bureau (host) and bare 西湖分局 wrong",
)

add(
    "z22",
    "html",
    html(
        "开化县教育局2023年政府信息公开工作年度报告",
        [preamble("我局", "2023"), *BODY],
        title="开化县教育局2023年政府信息公开工作年度报告_衢州市教育局",
        banner="衢州市教育局",
        crumb="首页 > 信息公开 > 县（市、区）教育局 > 开化县",
        info="发布日期：2024-01-22 来源：开化县教育局",
        sidebar=["衢州市教育局2023年政府信息公开工作年度报告",
                 "常山县教育局2023年政府信息公开工作年度报告"],
        footer="主办：衢州市教育局 地址：衢州市柯城区荷花中路",
    ),
    agency="开化县教育局",
    accept=["衢州市开化县教育局"],
    as_written="开化县教育局",
    region={"province": ZJ, "city": "衢州市", "county": "开化县"},
    level="county",
    kind="department",
    year=2023,
    note="a county bureau's report on its city bureau's site",
)

add(
    "z23",
    "html",
    html(
        "县人力社保局2023年政府信息公开工作年度报告",
        [preamble("我局", "2023", contact="缙云县人力资源和社会保障局办公室"), *BODY],
        title="县人力社保局2023年政府信息公开工作年度报告_丽水市人力资源和社会保障局",
        banner="丽水市人力资源和社会保障局",
        crumb="首页 > 信息公开 > 县（市、区）信息",
        info="发布机构：丽水市人力资源和社会保障局 发布日期：2024-01-25",
        sidebar=["丽水市人力资源和社会保障局2023年政府信息公开工作年度报告"],
        footer="主办：丽水市人力资源和社会保障局",
    ),
    agency="缙云县人力资源和社会保障局",
    accept=["丽水市缙云县人力资源和社会保障局"],
    as_written="县人力社保局",
    region={"province": ZJ, "city": "丽水市", "county": "缙云县"},
    level="county",
    kind="department",
    year=2023,
    note="a county bureau on its city bureau's site, 发布机构 the city bureau; the county "
    "only in the contact sentence; 丽水市人力资源和社会保障局 wrong",
)

# --- 开发区 / 新区 / 自贸区 bodies ---------------------------------------------------

add(
    "z24",
    "html",
    html(
        "中国（浙江）自由贸易试验区宁波片区管理委员会2023年政府信息公开工作年度报告",
        [preamble("我委", "2023"), *sections("我委", "2023年", 121, "2024年")],
        title="宁波片区管委会2023年政府信息公开工作年度报告_宁波市人民政府",
        banner="宁波市人民政府",
        crumb="首页 > 政务公开 > 功能区 > 宁波片区（宁波保税区）",
        info="发布日期：2024-01-29",
        footer="主办：宁波市人民政府办公厅",
    ),
    agency="中国（浙江）自由贸易试验区宁波片区管理委员会",
    accept=["宁波片区管委会"],
    as_written="中国（浙江）自由贸易试验区宁波片区管理委员会",
    region={"province": ZJ, "city": "宁波市"},
    level=None,
    kind=None,
    year=2023,
    note="a 自贸区 片区's committee; the city government (host) wrong",
)

add(
    "z25",
    "html",
    html(
        "兰州新区农林水务局2023年政府信息公开工作年度报告",
        [preamble("兰州新区农林水务局", "2023"), *BODY],
        title="兰州新区农林水务局2023年政府信息公开工作年度报告-兰州新区管委会",
        banner="兰州新区管理委员会",
        info="发布日期：2024-01-20",
        footer="主办：兰州新区管理委员会办公室 地址：甘肃省兰州新区",
    ),
    agency="兰州新区农林水务局",
    as_written="兰州新区农林水务局",
    region={"province": "甘肃省"},
    level=None,
    kind="department",
    year=2023,
    note="a 新区 committee's bureau; the committee (host) wrong; 兰州市 is not its city "
    "in the name (region city not scored)",
)

add(
    "z26",
    "html",
    html(
        "滨海新区人民政府2023年政府信息公开工作年度报告",
        [preamble("天津市滨海新区人民政府", "2023"),
         *sections("区政府", "2023年", 1215, "2024年")],
        title="滨海新区人民政府2023年政府信息公开工作年度报告_天津市滨海新区人民政府",
        banner="天津市滨海新区人民政府",
        info="发布机构：天津市滨海新区人民政府办公室 发布日期：2024-01-31",
        footer="主办：天津市滨海新区人民政府办公室",
    ),
    agency="天津市滨海新区人民政府",
    accept=["滨海新区人民政府"],
    as_written="滨海新区人民政府",
    region={"province": "天津市", "county": "滨海新区"},
    level="county",
    kind="government",
    year=2023,
    note="a 新区 that is a district with a people's government (not a zone's 管委会); "
    "its office (发布机构) wrong",
)

add(
    "z27",
    "html",
    html(
        "杭州高新开发区（滨江）市场监督管理局2023年政府信息公开工作年度报告",
        [preamble("杭州高新技术产业开发区（滨江区）市场监督管理局", "2023"), *BODY],
        title="杭州高新开发区（滨江）市场监督管理局2023年政府信息公开工作年度报告_杭州市滨江区人民政府",
        banner="杭州高新技术产业开发区管委会 杭州市滨江区人民政府",
        info="发布日期：2024-01-26",
        footer="主办：杭州市滨江区人民政府办公室",
    ),
    agency="杭州高新技术产业开发区（滨江区）市场监督管理局",
    accept=["杭州市滨江区市场监督管理局", "杭州高新开发区（滨江）市场监督管理局",
            "滨江区市场监督管理局"],
    as_written="杭州高新开发区（滨江）市场监督管理局",
    region={"province": ZJ, "city": "杭州市", "county": "滨江区"},
    level=None,
    kind="department",
    year=2023,
    note="a zone and a district run as one (区政合一): the bureau under both names",
)

# --- prefecture-level 盟 / 州 / 地区 ---------------------------------------------------

add(
    "z28",
    "html",
    html(
        "盟生态环境局2023年政府信息公开工作年度报告",
        [preamble("我局", "2023", contact="阿拉善盟生态环境局办公室"), *BODY],
        title="盟生态环境局2023年政府信息公开工作年度报告_阿拉善盟行政公署",
        banner="阿拉善盟行政公署",
        info="发布日期：2024-01-18",
        footer="主办：阿拉善盟行政公署办公室 地址：内蒙古自治区阿拉善盟巴彦浩特镇",
    ),
    agency="阿拉善盟生态环境局",
    as_written="盟生态环境局",
    region={"province": "内蒙古自治区", "city": "阿拉善盟"},
    level="city",
    kind="department",
    year=2023,
    note="盟 alone in the heading; the league in the site name and contact line; "
    "the 行政公署 (host) wrong",
)

add(
    "z29",
    "html",
    html(
        "甘孜州教育和体育局2023年政府信息公开工作年度报告",
        [preamble("我局", "2023"), *BODY],
        title="甘孜州教育和体育局2023年政府信息公开工作年度报告_甘孜藏族自治州人民政府",
        banner="དཀར་མཛེས་བོད་རིགས་རང་སྐྱོང་ཁུལ་མི་དམངས་སྲིད་གཞུང་། 甘孜藏族自治州人民政府",
        info="发布机构：甘孜藏族自治州教育和体育局 发布日期：2024-01-24",
        footer="主办：甘孜藏族自治州人民政府办公室 地址：四川省甘孜藏族自治州康定市",
    ),
    agency="甘孜藏族自治州教育和体育局",
    accept=["四川省甘孜藏族自治州教育和体育局"],
    as_written="甘孜州教育和体育局",
    region={"province": "四川省", "city": "甘孜藏族自治州"},
    level="city",
    kind="department",
    year=2023,
    note="甘孜州 short in the heading, the full name in 发布机构 (meta19: the short form "
    "is not canonical where the full is written); Tibetan in the banner; 康定市 is the seat",
)

add(
    "z30",
    "html",
    html(
        "地区财政局2023年政府信息公开工作年度报告",
        [preamble("我局", "2023", contact="和田地区财政局办公室"), *BODY],
        title="地区财政局2023年政府信息公开工作年度报告_和田地区行政公署",
        banner="خوتەن ۋىلايەتلىك مەمۇرىي مەھكىمە 和田地区行政公署",
        info="发布日期：2024-01-26",
        footer="主办：和田地区行政公署办公室 地址：新疆维吾尔自治区和田市",
    ),
    agency="和田地区财政局",
    as_written="地区财政局",
    region={"province": "新疆维吾尔自治区", "city": "和田地区"},
    level="city",
    kind="department",
    year=2023,
    note="地区 alone in the heading, the prefecture in the contact line; 和田市 (the seat, "
    "in the footer address) is not its county; Uyghur in the banner",
)

add(
    "z31",
    "html",
    html(
        "大兴安岭地区行政公署2023年政府信息公开工作年度报告",
        [preamble("大兴安岭地区行政公署", "2023"), *sections("行署", "2023年", 412, "2024年")],
        title="大兴安岭地区行政公署2023年政府信息公开工作年度报告",
        banner="大兴安岭地区行政公署",
        info="发布机构：大兴安岭地区行政公署办公室 发布日期：2024-01-30",
        footer="主办：大兴安岭地区行政公署办公室 地址：黑龙江省大兴安岭地区加格达奇区",
    ),
    agency="大兴安岭地区行政公署",
    as_written="大兴安岭地区行政公署",
    region={"province": "黑龙江省", "city": "大兴安岭地区"},
    level="city",
    kind="government",
    year=2023,
    note="a 地区's 行署 (kind government, as meta19 t04 after session 20); its office "
    "(发布机构) wrong; 内蒙古 wrong",
)

add(
    "z32",
    "txt",
    scrape(
        "黔南布依族苗族自治州人民政府",
        "当前位置：首页 > 政务公开 > 政府信息公开年报",
        "州人民政府办公室2023年政府信息公开工作年度报告",
        "发布日期：2024-01-29",
        "根据《中华人民共和国政府信息公开条例》规定，现公布黔南布依族苗族自治州人民政府办公室2023年"
        "政府信息公开工作年度报告。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        *sections("我办", "2023年", 640, "2024年"),
        must=("黔南布依族苗族自治州人民政府办公室2023年",),
    ),
    agency="黔南布依族苗族自治州人民政府办公室",
    accept=["贵州省黔南布依族苗族自治州人民政府办公室"],
    as_written="州人民政府办公室",
    region={"city": "黔南布依族苗族自治州"},
    level="city",
    kind="government",
    year=2023,
    note="州 alone in the heading, the full name in the opening; the government (site "
    "line) wrong",
)

# --- minority-language names ----------------------------------------------------------

add(
    "z33",
    "html",
    html(
        "锡林郭勒盟教育局2023年政府信息公开工作年度报告",
        [preamble("锡林郭勒盟教育局", "2023"), *BODY],
        title="ᠰᠢᠯᠢ ᠶᠢᠨ ᠭᠣᠣᠯ ᠠᠶᠢᠮᠠᠭ ᠤᠨ ᠪᠣᠯᠪᠠᠰᠤᠷᠠᠯ ᠤᠨ ᠲᠣᠪᠴᠢᠶ᠎ᠠ 锡林郭勒盟教育局2023年政府信息公开工作年度报告",
        banner="ᠰᠢᠯᠢ ᠶᠢᠨ ᠭᠣᠣᠯ ᠠᠶᠢᠮᠠᠭ 锡林郭勒盟行政公署",
        h1="<span>ᠰᠢᠯᠢ ᠶᠢᠨ ᠭᠣᠣᠯ ᠠᠶᠢᠮᠠᠭ ᠤᠨ ᠪᠣᠯᠪᠠᠰᠤᠷᠠᠯ ᠤᠨ ᠲᠣᠪᠴᠢᠶ᠎ᠠ</span><br>"
        "锡林郭勒盟教育局2023年政府信息公开工作年度报告",
        info="发布日期：2024-01-23",
        footer="主办：锡林郭勒盟行政公署办公室 地址：内蒙古自治区锡林浩特市",
    ),
    agency="锡林郭勒盟教育局",
    as_written="锡林郭勒盟教育局",
    region={"province": "内蒙古自治区", "city": "锡林郭勒盟"},
    level="city",
    kind="department",
    year=2023,
    note="a Mongolian-script line inside the heading and <title>, before the Chinese name",
)

add(
    "z34",
    "html",
    html(
        "堆龙德庆区人民政府办公室2023年政府信息公开工作年度报告",
        [preamble("拉萨市堆龙德庆区人民政府办公室", "2023"),
         *sections("我办", "2023年", 233, "2024年")],
        title="堆龙德庆区人民政府办公室2023年政府信息公开工作年度报告 - 拉萨市堆龙德庆区人民政府",
        banner="ལྷ་ས་གྲོང་ཁྱེར་སྟོད་ལུང་བདེ་ཆེན་ཆུས་མི་དམངས་སྲིད་གཞུང་། 拉萨市堆龙德庆区人民政府",
        h1="ལྷ་ས་གྲོང་ཁྱེར་སྟོད་ལུང་བདེ་ཆེན་ཆུས་མི་དམངས་སྲིད་གཞུང་གི་ལས་ཁུངས།<br>"
        "堆龙德庆区人民政府办公室2023年政府信息公开工作年度报告",
        info="发布日期：2024-01-26",
        footer="主办：拉萨市堆龙德庆区人民政府办公室",
    ),
    agency="拉萨市堆龙德庆区人民政府办公室",
    accept=["堆龙德庆区人民政府办公室", "西藏自治区拉萨市堆龙德庆区人民政府办公室"],
    as_written="堆龙德庆区人民政府办公室",
    region={"city": "拉萨市", "county": "堆龙德庆区"},
    level="county",
    kind="government",
    year=2023,
    note="a Tibetan line above the Chinese heading; the government (banner) wrong",
)

add(
    "z35",
    "html",
    html(
        "乌鲁木齐市水务局2023年政府信息公开工作年度报告",
        [preamble("乌鲁木齐市水务局", "2023"), *BODY],
        title="ئۈرۈمچى شەھەرلىك سۇ ئىشلىرى ئىدارىسى | 乌鲁木齐市水务局2023年政府信息公开工作年度报告",
        banner="ئۈرۈمچى شەھەرلىك خەلق ھۆكۈمىتى 乌鲁木齐市人民政府",
        info="发布日期：2024-01-17",
        footer="主办：乌鲁木齐市人民政府办公厅",
        lang="ug",
    ),
    agency="乌鲁木齐市水务局",
    accept=["新疆维吾尔自治区乌鲁木齐市水务局"],
    as_written="乌鲁木齐市水务局",
    region={"province": "新疆维吾尔自治区", "city": "乌鲁木齐市"},
    level="city",
    kind="department",
    year=2023,
    note="Uyghur (Arabic script, right to left) before the Chinese name in <title> and banner",
)

# --- Traditional pages from HK-style converters -------------------------------------

HK = opencc.OpenCC("s2hk")
TWP = opencc.OpenCC("s2twp")

add(
    "z36",
    "html",
    HK.convert(html(
        "深圳市南山区卫生健康局2023年政府信息公开工作年度报告",
        [preamble("我局", "2023"),
         "2023年，我局着力推进线上公开，在门户网站里开设专栏。", *BODY],
        title="深圳市南山区卫生健康局2023年政府信息公开工作年度报告_深圳市南山区人民政府",
        banner="深圳市南山区人民政府",
        info="发布日期：2024-01-20",
        footer="主办：深圳市南山区人民政府办公室",
    )),
    agency="深圳市南山区卫生健康局",
    as_written="深圳市南山區衞生健康局",
    region={"province": "广东省", "city": "深圳市", "county": "南山区"},
    level="county",
    kind="department",
    year=2023,
    note="OpenCC s2hk: 衞 (Hong Kong form of 衛), 裏, 着, 綫-style variants",
)

add(
    "z37",
    "html",
    TWP.convert(html(
        "佛山市顺德区人民政府办公室2023年政府信息公开工作年度报告",
        [preamble("佛山市顺德区人民政府办公室", "2023"),
         *sections("本办", "2023年", 911, "2024年")],
        title="佛山市顺德区人民政府办公室2023年政府信息公开工作年度报告",
        banner="佛山市顺德区人民政府网站",
        info="发布日期：2024-01-22",
        footer="主办：佛山市顺德区人民政府办公室",
    )),
    agency="佛山市顺德区人民政府办公室",
    accept=["顺德区人民政府办公室"],
    as_written="佛山市順德區人民政府辦公室",
    region={"province": "广东省", "city": "佛山市", "county": "顺德区"},
    level="county",
    kind="government",
    year=2023,
    note="OpenCC s2twp converts phrases too: 政府資訊公開 for 政府信息公开 in every "
    "heading and sentence",
)

add(
    "z38",
    "txt",
    scrape(*HK.convert(text(
        "香洲区民政局2023年政府信息公开工作年度报告",
        "发布日期：2024-01-25",
        preamble("珠海市香洲区民政局", "2023"),
        "2023年，我局着力推进线上办理，里外协同。",
        *BODY,
    )).splitlines(), must=("珠海市香洲區民政局",)),
    agency="珠海市香洲区民政局",
    accept=["香洲区民政局"],
    as_written="香洲區民政局",
    region={"province": "广东省", "city": "珠海市", "county": "香洲区"},
    level="county",
    kind="department",
    year=2023,
    note="a text scrape of a s2hk page (香洲 of 珠海)",
)

# --- years in images' alt text, 年度, fiscal years ----------------------------------

add(
    "z39",
    "html",
    html(
        "市交通运输局政府信息公开工作年度报告",
        [preamble("我局", "本", period=False).replace("本年政府", "本年度政府"),
         *sections("我局", "本年度", 170, "下一年度")],
        title="市交通运输局政府信息公开工作年度报告_舟山市人民政府",
        banner="舟山市人民政府",
        h1='<img src="/images/nb2023.png" alt="舟山市交通运输局二〇二三年度政府信息公开工作年度报告">'
        "<br>市交通运输局政府信息公开工作年度报告",
        footer="主办：舟山市人民政府办公室",
    ),
    agency="舟山市交通运输局",
    as_written="市交通运输局",
    region={"province": ZJ, "city": "舟山市"},
    level="city",
    kind="department",
    year=2023,
    note="the year only as 二〇二三年度 in the heading image's alt text; no date",
)

add(
    "z40",
    "html",
    html(
        "",
        [preamble("我局", "2023"), *BODY],
        title="政府信息公开工作年度报告_丽水市莲都区人民政府",
        banner="丽水市莲都区人民政府",
        h1='<img src="/u/cms/2024/lsldsj.jpg" alt="丽水市莲都区审计局2023年度政府信息公开工作年度报告">',
        info="发布日期：2024-01-16",
        sidebar=["丽水市莲都区审计局2022年度政府信息公开工作年度报告",
                 "丽水市莲都区人民政府2023年度政府信息公开工作年度报告"],
        footer="主办：丽水市莲都区人民政府办公室",
    ),
    agency="丽水市莲都区审计局",
    accept=["莲都区审计局"],
    as_written="丽水市莲都区审计局",
    region={"province": ZJ, "city": "丽水市", "county": "莲都区"},
    level="county",
    kind="department",
    year=2023,
    note="the title only a picture: 2023年度 and the agency in its alt text; last year's "
    "report and the government's in the sidebar",
)

add(
    "z41",
    "html",
    html(
        "婺城区财政局2023年度政府信息公开工作年度报告",
        [
            "根据《中华人民共和国政府信息公开条例》规定，现公布金华市婺城区财政局2023年度政府信息公开"
            "工作年度报告。",
            "一、总体情况",
            "2023年度，我局围绕预算管理深化财政信息公开，在2024年度部门预算编制前完成2022年度部门"
            "决算公开，公开2024年度财政预算草案和2023年度预算执行情况报告。",
            "二、主动公开政府信息情况",
            "全年主动公开政府信息188条，其中2022年度部门决算42个，2024年度部门预算45个。",
            "三、收到和处理政府信息公开申请情况",
            "全年收到政府信息公开申请6件，均已按期答复。",
            "四、政府信息公开行政复议、行政诉讼情况",
            "全年未发生政府信息公开行政复议、行政诉讼案件。",
            "五、存在的主要问题及改进情况",
            "2024年度，我局将进一步做好财政预决算公开。",
            "六、其他需要报告的事项",
            "本年度未收取信息处理费。",
        ],
        title="婺城区财政局2023年度政府信息公开工作年度报告_金华市婺城区人民政府",
        banner="金华市婺城区人民政府",
        info="发布日期：2024-01-19",
        sidebar=["婺城区2024年度部门预算公开", "婺城区2022年度部门决算公开"],
        footer="主办：金华市婺城区人民政府办公室",
    ),
    agency="金华市婺城区财政局",
    accept=["婺城区财政局"],
    as_written="婺城区财政局",
    region={"province": ZJ, "city": "金华市", "county": "婺城区"},
    level="county",
    kind="department",
    year=2023,
    note="a finance bureau's report full of budget (2024年度) and final-account (2022年度) "
    "fiscal years; the report's own 2023年度 in title and opening",
)

add(
    "z42",
    "html",
    html(
        "市场监管局政府信息公开工作年度报告",
        [preamble("衢州市市场监督管理局", "本", period=False).replace("本年政府", "本年度政府"),
         *sections("我局", "本年度", 260, "下一年度")],
        title="市场监管局政府信息公开工作年度报告_衢州市人民政府",
        banner="衢州市人民政府",
        h1='<img src="/img/title.png" alt="衢州市市场监督管理局二〇二三年度政府信息公开工作年度报告">',
        info="发布日期：2024-05-10",
        footer="主办：衢州市人民政府办公室",
    ),
    agency="衢州市市场监督管理局",
    as_written=None,
    region={"province": ZJ, "city": "衢州市"},
    level="city",
    kind="department",
    year=2023,
    note="the year only in the heading image's alt (二〇二三年度); a May date (past the "
    "January-April rule); the text heading a picture only (as_written not scored)",
)

# --- NOT certain -------------------------------------------------------------------

add(
    "z43",
    "html",
    html(
        "2023年政府信息公开工作年度报告",
        [preamble("我局", "2023"), *BODY],
        title="2023年政府信息公开工作年度报告_湖州市吴兴区人民政府",
        banner="湖州市吴兴区人民政府",
        crumb="首页 > 政府信息公开 > 年度报告",
        info="发布日期：2024-01-24",
        sidebar=["吴兴区人民政府2023年政府信息公开工作年度报告",
                 "区民政局2023年政府信息公开工作年度报告",
                 "区教育局2023年政府信息公开工作年度报告"],
        footer="主办：湖州市吴兴区人民政府办公室",
    ),
    agency=None,
    as_written=None,
    region={},
    level=None,
    kind=None,
    year=2023,
    note="NOT certain: 我局 on the district portal; no body named but the host and the "
    "sidebar's others (agency null)",
)

add(
    "z44",
    "txt",
    scrape(
        "嘉兴市水务投资集团有限公司2023—2024年度信息公开工作报告",
        "根据《中华人民共和国政府信息公开条例》和《公共企事业单位信息公开规定制定办法》，现公布"
        "嘉兴市水务投资集团有限公司2023—2024年度信息公开工作报告。",
        "一、总体情况",
        "本年度，我公司坚持依法公开，及时公开供水水质、水价和服务信息。",
        "二、主动公开信息情况",
        "全年主动公开信息86条。",
        "三、收到和处理信息公开申请情况",
        "全年收到信息公开申请2件，均已按期答复。",
        "四、存在的主要问题及改进情况",
        "下一年度，我公司将进一步拓展公开渠道。",
        must=("嘉兴市水务投资集团有限公司2023—2024年度",),
    ),
    agency="嘉兴市水务投资集团有限公司",
    as_written="嘉兴市水务投资集团有限公司",
    region={"city": "嘉兴市"},
    level=None,
    kind=None,
    year=None,
    note="NOT certain year: a company's 2023—2024年度 (not a 学年, no date, no 统计期限): "
    "which year it is filed under is not certain (year null)",
)


if __name__ == "__main__":
    write_pages(HERE, PAGES, as_written=True)
