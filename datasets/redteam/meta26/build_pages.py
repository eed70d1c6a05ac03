"""Write meta26's pages and truth (a fifteenth blind metadata red team, session 26).

Every page is kept here beside its truth; ``pages/`` and ``truth.jsonl`` are this
script's output (``python datasets/redteam/meta26/build_pages.py``). Real places and
bodies, invented reports. Text pages are a scraper's first 2,000 bytes (``clip``); the
cues a truth rests on are asserted to be inside the cut. HTML pages are whole saved
pages (meta25's ``html()``, ``scrape()`` and ``add()``, copied).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from meta_pages import Pages, html, preamble, scrape, sections, write_pages  # noqa: E402

PAGES = Pages()
add = PAGES.add


B23 = sections("我局", "2023年", 188, "2024年")
B24 = sections("我局", "2024年", 203, "2025年")
ZJ = "浙江省"
GOV_RULE = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，"

# --- township and street bodies ------------------------------------------------------

add(
    "b01",
    "html",
    html(
        "良渚街道办事处2024年政府信息公开工作年度报告",
        [preamble("良渚街道办事处", "2024"), *sections("我街道", "2024年", 96, "2025年")],
        title="良渚街道办事处2024年政府信息公开工作年度报告_杭州市余杭区人民政府",
        banner="杭州市余杭区人民政府",
        crumb="首页 > 政务公开 > 镇街信息公开 > 良渚街道 > 年度报告",
        info="发布机构：杭州市余杭区良渚街道办事处 发布日期：2025-01-16",
        sidebar=[
            "仁和街道办事处2024年政府信息公开工作年度报告",
            "瓶窑镇人民政府2024年政府信息公开工作年度报告",
        ],
        footer="主办：杭州市余杭区人民政府办公室 地址：杭州市余杭区临平大道",
    ),
    agency="杭州市余杭区良渚街道办事处",
    accept=["余杭区良渚街道办事处", "良渚街道办事处"],
    as_written="良渚街道办事处",
    region={"province": ZJ, "city": "杭州市", "county": "余杭区"},
    level="street",
    kind="government",
    year=2024,
    note="a street office of a district on the district portal; 2024 report published 2025; "
    "the sidebar's 仁和街道/瓶窑镇 and the host are others",
)

add(
    "b02",
    "txt",
    scrape(
        "阿拉坦合力苏木2023年政府信息公开工作年度报告",
        "发布时间：2024-01-19",
        preamble("东乌珠穆沁旗阿拉坦合力苏木人民政府", "2023"),
        *sections("我苏木", "2023年", 41, "2024年"),
        must=("东乌珠穆沁旗阿拉坦合力苏木人民政府",),
    ),
    agency="东乌珠穆沁旗阿拉坦合力苏木人民政府",
    accept=["阿拉坦合力苏木人民政府", "锡林郭勒盟东乌珠穆沁旗阿拉坦合力苏木人民政府"],
    as_written="阿拉坦合力苏木",
    region={"province": "内蒙古自治区", "city": "锡林郭勒盟", "county": "东乌珠穆沁旗"},
    level="township",
    kind="government",
    year=2023,
    note="a 苏木 (a township of a 旗) titled without 人民政府; the banner's 旗 in the preamble",
)

add(
    "b03",
    "html",
    html(
        "长安镇2024年政府信息公开工作年度报告",
        [
            preamble("我镇", "2024", contact="东莞市长安镇党政办公室"),
            *sections("我镇", "2024年", 133, "2025年"),
        ],
        title="长安镇2024年政府信息公开工作年度报告_东莞市人民政府门户网站",
        banner="东莞市人民政府门户网站",
        crumb="首页 > 信息公开 > 镇街信息公开 > 长安镇",
        info="发布机构：东莞市长安镇人民政府 发布日期：2025-01-22",
        sidebar=["虎门镇2024年政府信息公开工作年度报告", "莞城街道2024年政府信息公开工作年度报告"],
        footer="主办：东莞市人民政府办公室",
    ),
    agency="东莞市长安镇人民政府",
    accept=["长安镇人民政府"],
    as_written="长安镇",
    region={"province": "广东省", "city": "东莞市", "county": None},
    level="township",
    kind="government",
    year=2024,
    note="a town of a city without counties; 长安 is also 西安's 长安区 (wrong)",
)

add(
    "b04",
    "txt",
    scrape(
        "南京东路街道办事处2023年政府信息公开工作年度报告",
        "来源：黄浦区南京东路街道办事处　发布日期：2024年1月25日",
        preamble("黄浦区南京东路街道办事处", "2023"),
        *sections("我街道", "2023年", 77, "2024年"),
        must=("黄浦区南京东路街道办事处",),
    ),
    agency="上海市黄浦区南京东路街道办事处",
    accept=["黄浦区南京东路街道办事处"],
    as_written="南京东路街道办事处",
    region={"province": "上海市", "county": "黄浦区"},
    level="street",
    kind="government",
    year=2023,
    note="a street named after a road named after a city (南京: 南京市 wrong)",
)

add(
    "b05",
    "html",
    html(
        "火烧坪乡人民政府2023年政府信息公开工作年度报告",
        [
            preamble("火烧坪乡人民政府", "2023"),
            *sections("我乡", "2023年", 58, "2024年"),
            "长阳土家族自治县火烧坪乡人民政府",
            "2024年1月20日",
        ],
        title="火烧坪乡人民政府2023年政府信息公开工作年度报告_长阳土家族自治县人民政府",
        banner="长阳土家族自治县人民政府",
        crumb="首页 > 政府信息公开 > 乡镇 > 火烧坪乡",
        info="发布日期：2024-01-20",
        footer="主办：长阳土家族自治县人民政府办公室 地址：湖北省宜昌市长阳土家族自治县龙舟坪镇",
    ),
    agency="长阳土家族自治县火烧坪乡人民政府",
    accept=["火烧坪乡人民政府", "宜昌市长阳土家族自治县火烧坪乡人民政府"],
    as_written="火烧坪乡人民政府",
    region={"province": "湖北省", "city": "宜昌市", "county": "长阳土家族自治县"},
    level="township",
    kind="government",
    year=2023,
    note="a 乡 of an autonomous county; the full name in the signature; 龙舟坪镇 (the seat, "
    "in the footer's address) is another",
)

add(
    "b06",
    "html",
    html(
        "太原街街道办事处2023年政府信息公开工作年度报告",
        [
            preamble("沈阳市和平区太原街街道办事处", "2023"),
            *sections("我街道", "2023年", 64, "2024年"),
        ],
        title="太原街街道办事处2023年政府信息公开工作年度报告-沈阳市和平区人民政府",
        banner="沈阳市和平区人民政府",
        crumb="当前位置：首页 > 政务公开 > 街道年报",
        info="发布日期：2024-01-26",
        footer="主办单位：沈阳市和平区人民政府办公室",
    ),
    agency="沈阳市和平区太原街街道办事处",
    accept=["和平区太原街街道办事处", "太原街街道办事处"],
    as_written="太原街街道办事处",
    region={"province": "辽宁省", "city": "沈阳市", "county": "和平区"},
    level="street",
    kind="government",
    year=2023,
    note="a street named 太原街 (太原市 wrong) of 沈阳's 和平区 (天津's 和平区 wrong)",
)

add(
    "b07",
    "html",
    html(
        "新市镇人民政府2023年政府信息公开工作年度报告",
        [
            preamble("我镇", "2023", contact="新市镇党政办"),
            *sections("我镇", "2023年", 119, "2024年"),
        ],
        title="新市镇人民政府2023年政府信息公开工作年度报告_德清县人民政府",
        banner="德清县人民政府",
        crumb="首页 > 政府信息公开 > 乡镇（街道） > 新市镇",
        info="发布机构：德清县新市镇人民政府 发布日期：2024-01-23",
        footer="主办：德清县人民政府办公室 地址：浙江省湖州市德清县武康街道",
    ),
    agency="德清县新市镇人民政府",
    accept=["新市镇人民政府", "湖州市德清县新市镇人民政府"],
    as_written="新市镇人民政府",
    region={"province": ZJ, "city": "湖州市", "county": "德清县"},
    level="township",
    kind="government",
    year=2023,
    note="a town named 新市 (保定/乌鲁木齐's 新市区 wrong)",
)

add(
    "b08",
    "html",
    html(
        "塘栖镇政府2023年政府信息公开工作年度报告",
        [preamble("我镇", "2023"), *sections("我镇", "2023年", 102, "2024年")],
        title="塘栖镇政府2023年政府信息公开工作年度报告_杭州市临平区人民政府",
        banner="杭州市临平区人民政府",
        crumb="首页 > 信息公开 > 镇街 > 塘栖镇",
        info="发布机构：临平区塘栖镇人民政府 发布日期：2024-01-18",
        sidebar=["余杭区2020年塘栖镇政府信息公开工作年度报告"],
        footer="主办：杭州市临平区人民政府办公室",
    ),
    agency="杭州市临平区塘栖镇人民政府",
    accept=["临平区塘栖镇人民政府", "塘栖镇人民政府"],
    as_written="塘栖镇政府",
    region={"province": ZJ, "city": "杭州市", "county": "临平区"},
    level="township",
    kind="government",
    year=2023,
    note="a town moved from 余杭区 to 临平区 in 2021 (the sidebar's old report); 余杭区 wrong",
)

add(
    "b09",
    "html",
    html(
        "稠城街道2023年政府信息公开工作年度报告",
        [preamble("稠城街道办事处", "2023"), *sections("我街道", "2023年", 87, "2024年")],
        title="稠城街道2023年政府信息公开工作年度报告_义乌市人民政府",
        banner="义乌市人民政府 中国小商品城",
        crumb="首页 > 政务公开 > 镇街 > 稠城街道",
        info="发布机构：义乌市稠城街道办事处 发布日期：2024-01-24",
        footer="主办：义乌市人民政府办公室 浙ICP备05004471号",
    ),
    agency="义乌市稠城街道办事处",
    accept=["稠城街道办事处", "金华市义乌市稠城街道办事处"],
    as_written="稠城街道",
    region={"province": ZJ, "city": "金华市", "county": "义乌市"},
    level="street",
    kind="government",
    year=2023,
    note="a street office of a county-level city, titled without 办事处",
)

# --- development zones and new areas ------------------------------------------------------

add(
    "b10",
    "html",
    html(
        "河北雄安新区管理委员会2023年政府信息公开工作年度报告",
        [
            preamble("河北雄安新区管理委员会", "2023"),
            *sections("新区管委会", "2023年", 265, "2024年"),
        ],
        title="河北雄安新区管理委员会2023年政府信息公开工作年度报告_中国雄安官网",
        banner="中国雄安官网 雄县 容城县 安新县",
        crumb="首页 > 政务公开 > 年度报告",
        info="发布日期：2024-01-30",
        footer="主办：河北雄安新区管理委员会 地址：河北省保定市容城县",
    ),
    agency="河北雄安新区管理委员会",
    accept=["雄安新区管理委员会"],
    as_written="河北雄安新区管理委员会",
    region={"province": "河北省"},
    level=None,
    kind=None,
    year=2023,
    note="a 新区 over three counties (banner) of 保定; 容城县 (address) and 保定市 not its area",
)

add(
    "b11",
    "txt",
    scrape(
        "天津经济技术开发区管理委员会",
        "2023年政府信息公开工作年度报告",
        "发布日期：2024-01-29",
        GOV_RULE + "现公布天津经济技术开发区管理委员会2023年政府信息公开工作年度报告。"
        "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        *sections("泰达管委会", "2023年", 156, "2024年"),
        must=("天津经济技术开发区管理委员会2023年",),
    ),
    agency="天津经济技术开发区管理委员会",
    accept=["天津开发区管委会"],
    as_written="天津经济技术开发区管理委员会",
    region={"province": "天津市"},
    level=None,
    kind=None,
    year=2023,
    note="a 经开区 committee inside 滨海新区 (not named); the name over two lines",
)

add(
    "b12",
    "html",
    html(
        "长春新区管理委员会2024年政府信息公开工作年度报告",
        [preamble("长春新区管理委员会", "2024"), *sections("我委", "2024年", 142, "2025年")],
        title="长春新区管理委员会2024年政府信息公开工作年度报告-长春新区",
        banner="长春新区 CHANGCHUN NEW AREA",
        info="发布日期：2025-01-27 来源：长春新区管委会办公室",
        sidebar=["长春高新技术产业开发区管理委员会2024年政府信息公开工作年度报告"],
        footer="主办：长春新区管理委员会 地址：吉林省长春市高新区",
    ),
    agency="长春新区管理委员会",
    accept=["长春新区管委会"],
    as_written="长春新区管理委员会",
    region={"province": "吉林省", "city": "长春市"},
    level=None,
    kind=None,
    year=2024,
    note="a 新区 committee; its office (来源) and the 高新区 (sidebar) are others",
)

add(
    "b13",
    "html",
    html(
        "高新区社会事业局2023年政府信息公开工作年度报告",
        [
            preamble("我局", "2023", contact="合肥高新区社会事业局综合办公室"),
            *sections("我局", "2023年", 73, "2024年"),
        ],
        title="高新区社会事业局2023年政府信息公开工作年度报告_合肥高新技术产业开发区",
        banner="合肥高新技术产业开发区管理委员会",
        crumb="首页 > 信息公开 > 部门年报",
        info="发布机构：合肥高新技术产业开发区管理委员会社会事业局 发布日期：2024-01-22",
        footer="主办：合肥高新技术产业开发区管理委员会",
    ),
    agency="合肥高新技术产业开发区管理委员会社会事业局",
    accept=["合肥高新区社会事业局"],
    as_written="高新区社会事业局",
    region={"province": "安徽省", "city": "合肥市"},
    level=None,
    kind="department",
    year=2023,
    note="a zone committee's bureau; the committee (banner, host) wrong",
)

add(
    "b14",
    "html",
    html(
        "区生态环境局2023年政府信息公开工作年度报告",
        [preamble("我局", "2023"), *B23],
        title="区生态环境局2023年政府信息公开工作年度报告_上海市浦东新区人民政府",
        banner="上海浦东 上海市浦东新区人民政府",
        crumb="首页 > 政务公开 > 委办局 > 区生态环境局",
        info="发布机构：浦东新区生态环境局 发布日期：2024-01-26",
        footer="主办：上海市浦东新区人民政府办公室",
    ),
    agency="上海市浦东新区生态环境局",
    accept=["浦东新区生态环境局"],
    as_written="区生态环境局",
    region={"province": "上海市", "county": "浦东新区"},
    level="county",
    kind="department",
    year=2023,
    note="a department of a 新区 that is a district",
)

add(
    "b15",
    "txt",
    scrape(
        "昆山经济技术开发区管理委员会2023年政府信息公开工作年度报告",
        "发布日期：2024-01-25　来源：昆山开发区管委会",
        preamble("昆山经济技术开发区管理委员会", "2023"),
        *sections("我区", "2023年", 121, "2024年"),
        must=("昆山经济技术开发区管理委员会2023年",),
    ),
    agency="昆山经济技术开发区管理委员会",
    accept=["昆山开发区管委会"],
    as_written="昆山经济技术开发区管理委员会",
    region={"province": "江苏省", "city": "苏州市", "county": "昆山市"},
    level=None,
    kind=None,
    year=2023,
    note="a national 经开区 of a county-level city",
)

# --- bodies renamed or formed in 2023-25 ------------------------------------------------

add(
    "b16",
    "html",
    html(
        "浙江省数据局2024年政府信息公开工作年度报告",
        [
            preamble("浙江省数据局", "2024"),
            "2024年，省数据局在原浙江省大数据发展管理局基础上组建，承接数据资源管理职责。",
            *B24,
        ],
        title="浙江省数据局2024年政府信息公开工作年度报告_浙江省数据局",
        banner="浙江省数据局",
        info="发布日期：2025-01-24",
        sidebar=["浙江省大数据发展管理局2023年政府信息公开工作年度报告"],
        footer="主办：浙江省数据局",
    ),
    agency="浙江省数据局",
    as_written="浙江省数据局",
    region={"province": ZJ},
    level="province",
    kind="department",
    year=2024,
    note="a body formed in 2024 on its predecessor (named in the text and the sidebar: wrong)",
)

add(
    "b17",
    "html",
    html(
        "深圳市政务服务数据管理局2023年政府信息公开工作年度报告",
        [preamble("深圳市政务服务数据管理局", "2023"), *B23],
        title="深圳市政务服务数据管理局2023年政府信息公开工作年度报告_深圳市政务和数据局",
        banner="深圳市政务和数据局",
        crumb="首页 > 政府信息公开 > 政府信息公开年报",
        info="发布日期：2024-01-30",
        footer="主办：深圳市政务和数据局",
    ),
    agency="深圳市政务服务数据管理局",
    accept=["深圳市政务和数据局"],
    as_written="深圳市政务服务数据管理局",
    region={"province": "广东省", "city": "深圳市"},
    level="city",
    kind="department",
    year=2023,
    note="the predecessor's 2023 report on the renamed body's site: the report's own name "
    "canonical, the successor accepted (meta18/19)",
)

add(
    "b18",
    "txt",
    scrape(
        "宁波市数据局2025年政府信息公开工作年度报告",
        "发布时间：2026-01-21",
        preamble("宁波市数据局", "2025"),
        *sections("我局", "2025年", 174, "2026年"),
        must=("宁波市数据局2025年",),
    ),
    agency="宁波市数据局",
    as_written="宁波市数据局",
    region={"province": ZJ, "city": "宁波市"},
    level="city",
    kind="department",
    year=2025,
    note="a 2025 report published in January 2026",
)

add(
    "b19",
    "html",
    html(
        "县社会工作部2024年政府信息公开工作年度报告",
        [
            GOV_RULE + "现公布中共泰顺县委社会工作部2024年度政府信息公开工作年度报告。"
            "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。",
            *sections("我部", "2024年", 35, "2025年"),
        ],
        title="县社会工作部2024年政府信息公开工作年度报告_泰顺县人民政府",
        banner="泰顺县人民政府",
        info="发布日期：2025-01-20",
        footer="主办：泰顺县人民政府办公室 地址：浙江省温州市泰顺县罗阳镇",
    ),
    agency="中共泰顺县委社会工作部",
    accept=["泰顺县委社会工作部"],
    as_written="县社会工作部",
    region={"province": ZJ, "city": "温州市", "county": "泰顺县"},
    level="county",
    kind=None,
    year=2024,
    note="a party department formed in 2024 that reports (it took over the 信访局's work); "
    "the county government (host) wrong",
)

# --- pages that list several years' reports -------------------------------------------------

add(
    "b20",
    "html",
    html(
        "政府信息公开年报",
        [
            "桐乡市水利局2023年政府信息公开工作年度报告　2024-01-19",
            "桐乡市水利局2022年政府信息公开工作年度报告　2023-01-18",
            "桐乡市水利局2021年政府信息公开工作年度报告　2022-01-20",
            "桐乡市水利局2020年政府信息公开工作年度报告　2021-01-22",
        ],
        title="政府信息公开年报_桐乡市水利局",
        banner="桐乡市水利局",
        crumb="首页 > 政府信息公开 > 政府信息公开年报",
        footer="主办：桐乡市水利局",
    ),
    agency="桐乡市水利局",
    as_written="桐乡市水利局",
    region={"province": ZJ, "city": "嘉兴市", "county": "桐乡市"},
    level="county",
    kind="department",
    year=None,
    note="a column listing one bureau's reports of four years, no report: year null (any "
    "year invented); the agency is the list's one body",
)

add(
    "b21",
    "txt",
    scrape(
        "政府信息公开年报",
        "永康市财政局2022年政府信息公开工作年度报告 2023-01-16",
        "永康市财政局2021年政府信息公开工作年度报告 2022-01-25",
        "永康市财政局2023年政府信息公开工作年度报告",
        "发布日期：2024-01-23",
        preamble("我局", "2023"),
        *B23,
        must=("永康市财政局2023年政府信息公开工作年度报告", "统计期限自2023年1月1日"),
    ),
    agency="永康市财政局",
    accept=["金华市永康市财政局"],
    as_written="永康市财政局",
    region={"province": ZJ, "city": "金华市", "county": "永康市"},
    level="county",
    kind="department",
    year=2023,
    note="a scrape whose first lines list the bureau's earlier reports, then the 2023 "
    "report: 2022/2021 wrong",
)

add(
    "b22",
    "html",
    html(
        "乐清市民政局2023年政府信息公开工作年度报告",
        [
            preamble("我局", "2023"),
            *B23,
            "往年报告：2022年度报告　2021年度报告　2020年度报告　2019年度报告",
        ],
        title="乐清市民政局2023年政府信息公开工作年度报告_乐清市人民政府",
        banner="乐清市人民政府",
        info="发布日期：2024-01-22",
        footer="主办：乐清市人民政府办公室",
    ),
    agency="乐清市民政局",
    accept=["温州市乐清市民政局"],
    as_written="乐清市民政局",
    region={"province": ZJ, "city": "温州市", "county": "乐清市"},
    level="county",
    kind="department",
    year=2023,
    note="links to four earlier years' reports at the end of the article",
)

add(
    "b23",
    "html",
    html(
        "部门政府信息公开工作年度报告",
        [
            "余姚市教育局2023年政府信息公开工作年度报告　2024-01-21",
            "余姚市民政局2023年政府信息公开工作年度报告　2024-01-20",
            "余姚市财政局2022年政府信息公开工作年度报告　2023-01-19",
            "余姚市卫生健康局2022年政府信息公开工作年度报告　2023-01-18",
        ],
        title="部门政府信息公开工作年度报告_余姚市人民政府",
        banner="余姚市人民政府",
        crumb="首页 > 政府信息公开 > 年度报告 > 部门",
        footer="主办：余姚市人民政府办公室",
    ),
    agency=None,
    as_written=None,
    region={},
    level=None,
    kind=None,
    year=None,
    note="NOT certain: a portal column of several departments' reports of two years, no "
    "report: agency and year null",
)

# --- a title's year against the body's statistics period -----------------------------------

add(
    "b24",
    "txt",
    scrape(
        "海宁市司法局2023年政府信息公开工作年度报告",
        "发布日期：2023-01-17",
        GOV_RULE + "现公布海宁市司法局2022年度政府信息公开工作年度报告。"
        "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
        *sections("我局", "2022年", 99, "2023年"),
        must=("统计期限自2022年1月1日",),
    ),
    agency="海宁市司法局",
    accept=["嘉兴市海宁市司法局"],
    as_written="海宁市司法局",
    region={"province": ZJ, "city": "嘉兴市", "county": "海宁市"},
    level="county",
    kind="department",
    year=2022,
    note="the heading says 2023 (a slip), the preamble, the statistics period, the body "
    "and the January 2023 date say 2022: 2022 (2023 wrong)",
)

add(
    "b25",
    "html",
    html(
        "平阳县应急管理局2023年政府信息公开工作年度报告",
        [preamble("我局", "2023"), *sections("我局", "2022年", 84, "2024年")],
        title="平阳县应急管理局2023年政府信息公开工作年度报告_平阳县人民政府",
        banner="平阳县人民政府",
        info="发布日期：2024-01-25",
        footer="主办：平阳县人民政府办公室",
    ),
    agency="平阳县应急管理局",
    accept=["温州市平阳县应急管理局"],
    as_written="平阳县应急管理局",
    region={"province": ZJ, "city": "温州市", "county": "平阳县"},
    level="county",
    kind="department",
    year=2023,
    note="title, preamble, period and date say 2023; the overview copied last year's "
    "2022年 (a stale sentence): 2023",
)

add(
    "b26",
    "txt",
    scrape(
        "嵊州市交通运输局政府信息公开工作年度报告",
        "发布日期：2024-01-26",
        GOV_RULE
        + "现公布本局政府信息公开工作年度报告。本报告所列数据的统计期限为二〇二三年一月一日至"
        "二〇二三年十二月三十一日。",
        *sections("我局", "本年度", 66, "下一年度"),
        must=("二〇二三年一月一日",),
    ),
    agency="嵊州市交通运输局",
    accept=["绍兴市嵊州市交通运输局"],
    as_written="嵊州市交通运输局",
    region={"province": ZJ, "city": "绍兴市", "county": "嵊州市"},
    level="county",
    kind="department",
    year=2023,
    note="a title without a year; the period only in Chinese numerals; a January 2024 date",
)

add(
    "b27",
    "txt",
    scrape(
        "龙泉市林业局2022—2023年度政府信息公开工作报告",
        "发布日期：2024-02-05",
        GOV_RULE + "因机构改革，现将龙泉市林业局2022—2023年度政府信息公开工作情况合并报告如下。"
        "本报告所列数据的统计期限自2022年1月1日起至2023年12月31日止。",
        *sections("我局", "两年来", 150, "2024年"),
        must=("统计期限自2022年1月1日起至2023年12月31日止",),
    ),
    agency="龙泉市林业局",
    accept=["丽水市龙泉市林业局"],
    as_written="龙泉市林业局",
    region={"province": ZJ, "city": "丽水市", "county": "龙泉市"},
    level="county",
    kind="department",
    year=None,
    note="NOT certain year: one report for two years (2022—2023, the period over both): year null",
)

add(
    "b28",
    "html",
    html(
        "台州市椒江区商务局2023年度政府信息公开工作年度报告",
        [preamble("我局", "2023"), *B23],
        title="台州市椒江区商务局2023年度政府信息公开工作年度报告_台州市椒江区人民政府",
        banner="台州市椒江区人民政府",
        info="发布日期：2025-03-12",
        footer="主办：台州市椒江区人民政府办公室",
    ),
    agency="台州市椒江区商务局",
    accept=["椒江区商务局"],
    as_written="台州市椒江区商务局",
    region={"province": ZJ, "city": "台州市", "county": "椒江区"},
    level="county",
    kind="department",
    year=2023,
    note="a 2023 report posted late, in March 2025: the title and period say 2023 (2025/2024 wrong)",
)

# --- agencies named only in the footer ---------------------------------------------------

add(
    "b29",
    "html",
    html(
        "2023年政府信息公开工作年度报告",
        [preamble("我局", "2023"), *B23],
        title="2023年政府信息公开工作年度报告",
        crumb="首页 > 信息公开 > 年度报告",
        info="发布日期：2024-01-24",
        footer="版权所有：丽水市莲都区应急管理局 技术支持：浙江某某网络科技有限公司 浙ICP备12345678号",
    ),
    agency="丽水市莲都区应急管理局",
    accept=["莲都区应急管理局"],
    as_written=None,
    region={"province": ZJ, "city": "丽水市", "county": "莲都区"},
    level="county",
    kind="department",
    year=2023,
    note="a 我局 report on the bureau's own site, named only in the footer's 版权所有; "
    "the technical company wrong",
)

add(
    "b30",
    "txt",
    scrape(
        "2023年政府信息公开工作年度报告",
        "发布日期：2024-01-18",
        preamble("我局", "2023"),
        "一、总体情况",
        "2023年，我局坚持公开为常态、不公开为例外，全年主动公开信息135条。",
        "二、收到和处理政府信息公开申请情况",
        "全年收到申请3件，均已按期答复。",
        "主办：温岭市人民政府办公室　承办：温岭市大数据中心　网站标识码：3310810001",
        must=("主办：温岭市人民政府办公室",),
    ),
    agency=None,
    as_written=None,
    region={},
    level=None,
    kind=None,
    year=2023,
    note="NOT certain agency: a 我局 report whose only names are the portal's host "
    "(a government office) and its data centre: agency null",
)

add(
    "b31",
    "html",
    html(
        "2023年政府信息公开工作年度报告",
        [preamble("我局", "2023"), *B23],
        title="2023年政府信息公开工作年度报告",
        crumb="当前位置：首页 > 政务公开 > 政府信息公开年报",
        info="发布日期：2024-01-19",
        footer="网站主办：衢州市柯城区民政局 地址：衢州市柯城区荷花中路 联系电话：0570-3012345",
    ),
    agency="衢州市柯城区民政局",
    accept=["柯城区民政局"],
    as_written=None,
    region={"province": ZJ, "city": "衢州市", "county": "柯城区"},
    level="county",
    kind="department",
    year=2023,
    note="a 我局 report on the bureau's own site: 网站主办 names it (a 主办 with another label)",
)

add(
    "b32",
    "html",
    html(
        "2023年政府信息公开工作年度报告",
        [preamble("我局", "2023"), *B23],
        title="2023年政府信息公开工作年度报告",
        info="发布日期：2024-01-23",
        footer="本网站由德清县交通运输局主办　浙ICP备10203040号",
    ),
    agency="德清县交通运输局",
    accept=["湖州市德清县交通运输局"],
    as_written=None,
    region={"province": ZJ, "city": "湖州市", "county": "德清县"},
    level="county",
    kind="department",
    year=2023,
    note="a 我局 report on the bureau's own site: the footer's sentence 本网站由…主办 names it",
)

add(
    "b33",
    "txt",
    scrape(
        "2023年政府信息公开工作年度报告",
        "发布日期：2024-01-17",
        preamble("我街道", "2023"),
        "一、总体情况",
        "2023年，我街道认真落实《条例》，全年主动公开信息58条。",
        "二、收到和处理政府信息公开申请情况",
        "全年未收到政府信息公开申请。",
        "北京市朝阳区小关街道办事处 版权所有",
        must=("北京市朝阳区小关街道办事处 版权所有",),
    ),
    agency="北京市朝阳区小关街道办事处",
    accept=["朝阳区小关街道办事处"],
    as_written=None,
    region={"province": "北京市", "county": "朝阳区"},
    level="street",
    kind="government",
    year=2023,
    note="a 我街道 report named only in the last line's 版权所有 (朝阳: Beijing's, written whole)",
)

# --- English and pinyin in titles ----------------------------------------------------------

add(
    "b34",
    "html",
    html(
        "深圳市商务局2023年政府信息公开工作年度报告",
        [preamble("深圳市商务局", "2023"), *B23],
        title="2023 Annual Report on Government Information Disclosure - Shenzhen Municipal "
        "Commerce Bureau",
        banner="深圳市商务局 Shenzhen Municipal Commerce Bureau",
        info="发布日期：2024-01-29",
        footer="主办：深圳市商务局",
    ),
    agency="深圳市商务局",
    as_written="深圳市商务局",
    region={"province": "广东省", "city": "深圳市"},
    level="city",
    kind="department",
    year=2023,
    note="an English <title> and banner beside the Chinese heading",
)

add(
    "b35",
    "html",
    html(
        "海南省旅游和文化广电体育厅2023年政府信息公开工作年度报告",
        [preamble("我厅", "2023"), *sections("我厅", "2023年", 240, "2024年")],
        h1="海南省旅游和文化广电体育厅2023年政府信息公开工作年度报告<br><span class='en'>2023 "
        "Annual Report on Government Information Disclosure of the Department of Tourism, "
        "Culture, Radio, Television and Sports of Hainan Province</span>",
        title="海南省旅游和文化广电体育厅2023年政府信息公开工作年度报告",
        info="发布日期：2024-01-26",
        footer="主办：海南省旅游和文化广电体育厅",
    ),
    agency="海南省旅游和文化广电体育厅",
    as_written="海南省旅游和文化广电体育厅",
    region={"province": "海南省"},
    level="province",
    kind="department",
    year=2023,
    note="an English line inside the <h1> under the Chinese title",
)

add(
    "b36",
    "html",
    html(
        "市自然资源和规划局2023年政府信息公开工作年度报告",
        [preamble("我局", "2023"), *B23],
        title="市自然资源和规划局2023年政府信息公开工作年度报告_江山市人民政府",
        banner="JIANGSHAN SHI RENMIN ZHENGFU 江山市人民政府",
        info="发布机构：江山市自然资源和规划局 发布日期：2024-01-22",
        footer="主办：江山市人民政府办公室",
    ),
    agency="江山市自然资源和规划局",
    accept=["衢州市江山市自然资源和规划局"],
    as_written="市自然资源和规划局",
    region={"province": ZJ, "city": "衢州市", "county": "江山市"},
    level="county",
    kind="department",
    year=2023,
    note="a county-level city's bureau titled 市…局 (衢州市's wrong); a pinyin banner",
)

add(
    "b37",
    "txt",
    scrape(
        "Annual Report 2024 on Government Information Disclosure of Xiamen Municipal Bureau "
        "of Justice",
        "发布日期：2025-01-23",
        preamble("厦门市司法局", "2024"),
        *B24,
        must=("厦门市司法局2024年",),
    ),
    agency="厦门市司法局",
    as_written="厦门市司法局",
    region={"province": "福建省", "city": "厦门市"},
    level="city",
    kind="department",
    year=2024,
    note="an English first line as the title; the Chinese name only in the preamble",
)

add(
    "b38",
    "html",
    html(
        "Government Information Disclosure Annual Report 2023",
        [
            GOV_RULE + "现公布宁波市北仑区商务局2023年政府信息公开工作年度报告。"
            "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
            *B23,
        ],
        title="Government Information Disclosure Annual Report 2023",
        info="Source: Beilun District Bureau of Commerce 发布日期：2024-01-25",
        footer="Copyright Ningbo Beilun",
    ),
    agency="宁波市北仑区商务局",
    accept=["北仑区商务局"],
    as_written="宁波市北仑区商务局",
    region={"province": ZJ, "city": "宁波市", "county": "北仑区"},
    level="county",
    kind="department",
    year=2023,
    note="an English heading and <title>; the Chinese name in the preamble only",
)

add(
    "b39",
    "html",
    html(
        "区教育体育局2023年政府信息公开工作年度报告",
        [preamble("我局", "2023"), *B23],
        title="区教育体育局2023年政府信息公开工作年度报告_绍兴市上虞区人民政府",
        banner="SHANGYU 上虞",
        info="发布日期：2024-01-24",
        footer="主办：绍兴市上虞区人民政府办公室",
    ),
    agency="绍兴市上虞区教育体育局",
    accept=["上虞区教育体育局"],
    as_written="区教育体育局",
    region={"province": ZJ, "city": "绍兴市", "county": "上虞区"},
    level="county",
    kind="department",
    year=2023,
    note="a pinyin banner; the district in the <title>'s site name and the footer",
)

# --- a province's department on a city's portal -----------------------------------------------

add(
    "b40",
    "html",
    html(
        "省生态环境厅2023年政府信息公开工作年度报告",
        [preamble("浙江省生态环境厅", "2023"), *sections("我厅", "2023年", 310, "2024年")],
        title="省生态环境厅2023年政府信息公开工作年度报告_杭州市人民政府门户网站",
        banner="杭州市人民政府门户网站",
        crumb="首页 > 政务公开 > 上级信息 > 省级部门",
        info="发布日期：2024-01-29 来源：浙江省生态环境厅",
        sidebar=["杭州市生态环境局2023年政府信息公开工作年度报告"],
        footer="主办：杭州市人民政府办公厅",
    ),
    agency="浙江省生态环境厅",
    as_written="省生态环境厅",
    region={"province": ZJ, "city": None},
    level="province",
    kind="department",
    year=2023,
    note="a province department's report reposted on a city portal: 杭州市 not its area, the "
    "city bureau (sidebar) wrong",
)

add(
    "b41",
    "html",
    html(
        "省政府办公厅2023年政府信息公开工作年度报告",
        [
            preamble("福建省人民政府办公厅", "2023"),
            *sections("省政府办公厅", "2023年", 520, "2024年"),
        ],
        title="省政府办公厅2023年政府信息公开工作年度报告_福州市人民政府",
        banner="福州市人民政府",
        crumb="首页 > 政务公开 > 省政府信息",
        info="发布日期：2024-01-30",
        footer="主办：福州市人民政府办公厅",
    ),
    agency="福建省人民政府办公厅",
    as_written="省政府办公厅",
    region={"province": "福建省", "city": None},
    level="province",
    kind="government",
    year=2023,
    note="the province government's office on the provincial capital's portal: 福州市人民政府"
    "办公厅 (host) wrong",
)

add(
    "b42",
    "html",
    html(
        "省水利厅2023年政府信息公开工作年度报告",
        [preamble("我厅", "2023"), *sections("我厅", "2023年", 207, "2024年")],
        title="省水利厅2023年政府信息公开工作年度报告_南京市人民政府",
        banner="南京市人民政府",
        crumb="首页 > 信息公开 > 省级部门信息",
        info="发布日期：2024-01-25 来源：江苏省水利厅",
        footer="主办：南京市人民政府办公厅 地址：南京市玄武区北京东路41号",
    ),
    agency="江苏省水利厅",
    as_written="省水利厅",
    region={"province": "江苏省", "city": None},
    level="province",
    kind="department",
    year=2023,
    note="a province department named in full only in 来源, on the capital's portal: "
    "南京市水利局 and 南京市 wrong",
)

add(
    "b43",
    "html",
    html(
        "2023年政府信息公开工作年度报告",
        [preamble("我街道", "2023"), *sections("我街道", "2023年", 52, "2024年")],
        title="2023年政府信息公开工作年度报告_杭州市拱墅区人民政府",
        banner="杭州市拱墅区人民政府",
        crumb="首页 > 政务公开 > 街道信息公开",
        info="发布日期：2024-01-22",
        sidebar=[
            "米市巷街道2023年政府信息公开工作年度报告",
            "湖墅街道2023年政府信息公开工作年度报告",
            "小河街道2023年政府信息公开工作年度报告",
        ],
        footer="主办：杭州市拱墅区人民政府办公室",
    ),
    agency=None,
    as_written=None,
    region={},
    level=None,
    kind=None,
    year=2023,
    note="NOT certain agency: a 我街道 report on a district portal whose sidebar lists three "
    "streets: which one is not said (agency null)",
)

add(
    "b44",
    "html",
    html(
        "遂昌县市场监督管理局政府信息公开工作年度报告",
        [
            GOV_RULE + "现公布遂昌县市场监督管理局政府信息公开工作年度报告。",
            *sections("我局", "本年度", 95, "下一年度"),
        ],
        title="遂昌县市场监督管理局政府信息公开工作年度报告_遂昌县人民政府",
        banner="遂昌县人民政府",
        info="发布日期：2024-06-28",
        footer="主办：遂昌县人民政府办公室",
    ),
    agency="遂昌县市场监督管理局",
    accept=["丽水市遂昌县市场监督管理局"],
    as_written="遂昌县市场监督管理局",
    region={"province": ZJ, "city": "丽水市", "county": "遂昌县"},
    level="county",
    kind="department",
    year=None,
    note="NOT certain year: no year in title or text (本年度, 下一年度 only) and a June date "
    "(past the season): year null",
)


if __name__ == "__main__":
    write_pages(HERE, PAGES, as_written=True)
