"""Write red27's metadata pages and truth (a red team of session 27's own agency changes).

Blind: pages, truth and scorer were committed before the library ran on any of them. Not
blind to the code: the writer read session 27's agency diff (agency/region.py: a short
title name not completed from a cited body's mention, nor from a body named beside the
report's own word; a committee titled without its area taking the whole name written
after an area; a colon between a body and its title; a party 社会工作部; a street's own
footer naming a 我街道 report) and aimed each page at one of those rules.

Real places and bodies, invented reports. ``pages/`` and ``truth.jsonl`` are this
script's output (``python datasets/redteam/red27/build_pages.py``); truth keys as meta27's
(``agency`` null where the page does not make it certain: then any value is invented).
Helpers: ``html``, ``scrape`` and ``add`` are meta_pages.py's, ``b`` is meta27's.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from meta_pages import Pages, html, preamble, report_body as b, scrape, write_pages  # noqa: E402

PAGES = Pages()
add = PAGES.add


ZJ = "浙江省"
GOV_RULE = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，"
HEAD = "年政府信息公开工作年度报告"


# --- a colon between a name and the title whose left side is not the reporter -------

add(
    "r01",
    "html",
    html(
        "转载：2023" + HEAD,
        [preamble("岱山县交通运输局", "2023"), *b(n=96)],
        title="转载：2023" + HEAD + "_岱山县人民政府",
        banner="岱山县人民政府",
        info="发布日期：2024-01-22",
    ),
    agency="岱山县交通运输局",
    accept=["舟山市岱山县交通运输局"],
    as_written=None,
    region={"province": ZJ, "city": "舟山市", "county": "岱山县"},
    level="county",
    kind="department",
    year=2023,
    note="转载： before the title; the body only in the preamble",
)

add(
    "r02",
    "txt",
    scrape(
        "岱山县人民政府门户网站",
        "首页 > 政务公开 > 部门信息公开 > 年度报告",
        "来源：岱山县人民政府办公室",
        "2023" + HEAD,
        "发布时间：2024-01-20",
        GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。",
        *b(n=75),
        must=("来源：岱山县人民政府办公室\n2023年",),
    ),
    agency=None,
    as_written=None,
    region={},
    year=2023,
    note="NOT certain agency: the 来源 line (the county office, which posts it) stands right "
    "before the title line; the report calls itself 我局 (no office): 岱山县人民政府办公室 invented",
)

add(
    "r03",
    "html",
    html(
        "岱山县人民政府：2023" + HEAD,
        [preamble("岱山县水利局", "2023"), *b(n=58)],
        title="岱山县人民政府：2023" + HEAD,
        banner="岱山县人民政府",
        info="发布日期：2024-01-25",
    ),
    agency="岱山县水利局",
    accept=["舟山市岱山县水利局"],
    as_written=None,
    region={"province": ZJ, "city": "舟山市", "county": "岱山县"},
    level="county",
    kind="department",
    year=2023,
    note="the portal's name and a colon before the title; the report is the water bureau's "
    "(preamble, 我局): 岱山县人民政府 WRONG",
)

add(
    "r04",
    "html",
    html(
        "岱山县人民政府办公室：关于公布岱山县人民政府2023" + HEAD + "的通知",
        [
            "各乡镇人民政府，县政府各部门、各直属单位：",
            "现将岱山县人民政府2023" + HEAD + "予以公布。",
            preamble("岱山县人民政府", "2023"),
            *b("我县", n=240),
        ],
        title="岱山县人民政府2023" + HEAD,
        banner="岱山县人民政府",
        info="发布日期：2024-01-19",
    ),
    agency="岱山县人民政府",
    accept=["舟山市岱山县人民政府"],
    as_written=None,
    region={"province": ZJ, "city": "舟山市", "county": "岱山县"},
    level="county",
    kind="government",
    year=2023,
    note="the office that posts the government's report, a colon after it: 岱山县人民政府办公室 WRONG",
)

add(
    "r05",
    "html",
    html(
        "通知公告：温州市财政局2023" + HEAD,
        [preamble("温州市财政局", "2023"), *b(n=150)],
        title="温州市财政局2023" + HEAD,
        banner="温州市人民政府",
        info="发布日期：2024-01-26",
    ),
    agency="温州市财政局",
    accept=[],
    as_written="温州市财政局",
    region={"province": ZJ, "city": "温州市"},
    level="city",
    kind="department",
    year=2023,
    note="a column's name and a colon before the body and its title",
)

# --- a short title name and another body of the same word in the text -----------------

add(
    "r06",
    "html",
    html(
        "市财政局2023" + HEAD,
        [
            GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。",
            *b(n=83)[:-1],
            "本年度未收取信息处理费。本报告经温州市财政局审核后发布。",
        ],
        title="市财政局2023" + HEAD + "_瑞安市人民政府",
        banner="瑞安市人民政府",
        info="发布日期：2024-01-23",
        footer="主办：瑞安市人民政府办公室",
    ),
    agency="瑞安市财政局",
    accept=["温州市瑞安市财政局"],
    as_written="市财政局",
    region={"province": ZJ, "city": "温州市", "county": "瑞安市"},
    level="county",
    kind="department",
    year=2023,
    note="a county-level city's 市财政局 on its own portal; 温州市财政局 (经…审核) is the "
    "city's bureau above it: WRONG",
)

add(
    "r07",
    "html",
    html(
        "市政府办公室2023" + HEAD,
        [
            GOV_RULE + "现公布我办2023年政府信息公开工作年度报告。",
            *b("我办", n=131),
            "全年配合温州市人民政府办公室完成政务公开第三方评估。",
        ],
        title="市政府办公室2023" + HEAD + "_瑞安市人民政府",
        banner="瑞安市人民政府",
        info="发布日期：2024-01-29",
    ),
    agency="瑞安市人民政府办公室",
    accept=["温州市瑞安市人民政府办公室"],
    as_written="市政府办公室",
    region={"province": ZJ, "city": "温州市", "county": "瑞安市"},
    level="county",
    kind="government",
    year=2023,
    note="配合 the city's office: 温州市人民政府办公室 WRONG (kind corrected after the first "
    "reading: a government's general office is kind government, agency.json government_tails)",
)

add(
    "r08",
    "html",
    html(
        "市财政局：2023" + HEAD,
        [
            GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。",
            "全年接受温州市财政局政务公开专项检查1次。",
            *b(n=77),
        ],
        title="市财政局：2023" + HEAD + "_瑞安市人民政府",
        banner="瑞安市人民政府",
        info="发布日期：2024-01-24",
    ),
    agency="瑞安市财政局",
    accept=["温州市瑞安市财政局"],
    as_written="市财政局",
    region={"province": ZJ, "city": "温州市", "county": "瑞安市"},
    level="county",
    kind="department",
    year=2023,
    note="colon after a short name; 接受温州市财政局…检查 is the city's bureau: WRONG",
)

add(
    "r09",
    "html",
    html(
        "瑞安市市场监督管理局2023" + HEAD,
        [
            preamble("瑞安市市场监督管理局", "2023"),
            "2023年，我局认真落实瑞安市人民政府办公室2024年政务公开工作要点的前期部署。",
            *b(n=190),
        ],
        title="瑞安市市场监督管理局2023" + HEAD,
        banner="瑞安市人民政府",
        info="发布日期：2024-01-30",
    ),
    agency="瑞安市市场监督管理局",
    accept=["温州市瑞安市市场监督管理局"],
    as_written="瑞安市市场监督管理局",
    region={"province": ZJ, "city": "温州市", "county": "瑞安市"},
    level="county",
    kind="department",
    year=2023,
    note="another body's plan of the next year in the text: agency and year stay the title's",
)

# --- party 社会工作部 of another level ------------------------------------------------

add(
    "r10",
    "txt",
    scrape(
        "县委社会工作部2023" + HEAD,
        "来源：泰顺县人民政府  发布时间：2024-01-18",
        GOV_RULE + "现公布我部2023年政府信息公开工作年度报告。",
        "全年转发中共温州市委社会工作部文件5件。",
        *b("我部", n=40),
        must=("县委社会工作部2023", "温州市委社会工作部"),
    ),
    agency="中共泰顺县委社会工作部",
    accept=["泰顺县委社会工作部", "温州市泰顺县委社会工作部"],
    as_written="县委社会工作部",
    region={"province": ZJ, "city": "温州市", "county": "泰顺县"},
    level=None,
    kind=None,
    year=2023,
    note="a county's party department on the county portal; 中共温州市委社会工作部 (转发…文件) "
    "is the city's: WRONG",
)

add(
    "r11",
    "html",
    html(
        "社会工作部2023" + HEAD,
        [
            GOV_RULE + "现公布我部2023年政府信息公开工作年度报告。",
            "2023年，我部指导中共泰顺县委社会工作部开展基层治理信息公开试点。",
            *b("我部", n=45),
        ],
        title="社会工作部2023" + HEAD,
        info="发布日期：2024-01-18",
    ),
    agency=None,
    as_written="社会工作部",
    region={},
    year=2023,
    note="NOT certain agency: a 社会工作部 with no area anywhere, guiding a county's: "
    "中共泰顺县委社会工作部 invented",
)

# --- committees titled without their area, another zone in the text -------------------

add(
    "r12",
    "html",
    html(
        "经开区管委会2023" + HEAD,
        [
            GOV_RULE + "现公布我委2023年政府信息公开工作年度报告。",
            "2023年，我委组织赴长沙经济技术开发区管理委员会学习政务公开标准化建设经验。",
            *b("我委", n=66),
        ],
        title="经开区管委会2023" + HEAD,
        info="发布日期：2024-01-21",
    ),
    agency=None,
    as_written="经开区管委会",
    region={},
    year=2023,
    note="NOT certain agency: a 经开区 committee visiting another zone's committee "
    "(长沙经济技术开发区管理委员会 invented)",
)

add(
    "r13",
    "html",
    html(
        "高新区管委会2023" + HEAD,
        [
            GOV_RULE + "现公布我委2023年政府信息公开工作年度报告。",
            *b("我委", n=71),
            "株洲高新技术产业开发区管理委员会",
            "2024年1月20日",
        ],
        title="高新区管委会2023" + HEAD + "_株洲市人民政府",
        banner="株洲市人民政府",
        info="发布日期：2024-01-20",
        related=["湘潭高新技术产业开发区管理委员会2023年政府信息公开工作年度报告"],
    ),
    agency="株洲高新技术产业开发区管理委员会",
    accept=["株洲高新区管委会", "株洲高新区管理委员会"],
    as_written="高新区管委会",
    region={"province": "湖南省", "city": "株洲市"},
    level=None,
    kind=None,
    year=2023,
    note="signature names it; a related link names 湘潭's committee (WRONG)",
)

add(
    "r14",
    "html",
    html(
        "湘江新区管委会2023" + HEAD,
        [
            GOV_RULE + "现公布我委2023年政府信息公开工作年度报告。",
            "2023年，我委与贵州贵安新区管理委员会签订政务服务合作协议。",
            *b("我委", n=205),
        ],
        title="湘江新区管委会2023" + HEAD,
        info="发布日期：2024-01-26",
    ),
    agency="湖南湘江新区管理委员会",
    accept=["湘江新区管理委员会"],
    as_written="湘江新区管委会",
    region={"province": "湖南省"},
    level=None,
    kind=None,
    year=2023,
    note="the committee's own full name nowhere; another new area's committee in the text "
    "(贵州贵安新区管理委员会 WRONG); 湖南湘江新区 is the only 湘江新区",
)

# --- streets: a footer that is not the street's own ------------------------------------

add(
    "r15",
    "html",
    html(
        "2023" + HEAD,
        [GOV_RULE + "现公布我街道2023年政府信息公开工作年度报告。", *b("我街道", n=52)],
        title="2023" + HEAD + "_杭州市西湖区人民政府",
        banner="杭州市西湖区人民政府",
        info="发布日期：2024-01-17",
        footer="主办：杭州市西湖区人民政府办公室　友情链接：西湖区北山街道办事处　"
        "西湖区灵隐街道办事处　西湖区西溪街道办事处",
    ),
    agency=None,
    as_written=None,
    region={},
    year=2023,
    note="NOT certain agency: a 我街道 report on the district portal, three streets linked in "
    "the footer (any street invented; the district government invented)",
)

add(
    "r16",
    "html",
    html(
        "灵隐街道2023" + HEAD,
        [preamble("灵隐街道办事处", "2023"), *b("我街道", n=49)],
        title="灵隐街道2023" + HEAD,
        info="发布日期：2024-01-16",
        footer="版权所有：杭州市西湖区北山街道办事处",
    ),
    agency="杭州市西湖区灵隐街道办事处",
    accept=["西湖区灵隐街道办事处", "灵隐街道办事处"],
    as_written="灵隐街道",
    region={},
    level="street",
    kind="government",
    year=2023,
    note="a neighbouring street's footer (a shared template): 北山街道办事处 WRONG; the "
    "district is not certain from 灵隐 alone, so region is not scored",
)

add(
    "r17",
    "html",
    html(
        "2023" + HEAD,
        [GOV_RULE + "现公布我街道2023年政府信息公开工作年度报告。", *b("我街道", n=44)],
        title="2023" + HEAD,
        info="发布日期：2024-01-17",
        footer="版权所有：杭州市西湖区人民政府　承办：杭州市西湖区人民政府办公室",
    ),
    agency=None,
    as_written=None,
    region={},
    year=2023,
    note="NOT certain agency: the street's parent district owns the footer "
    "(杭州市西湖区人民政府 invented)",
)

add(
    "r18",
    "html",
    html(
        "2023" + HEAD,
        [GOV_RULE + "现公布我镇2023年政府信息公开工作年度报告。", *b("我镇", n=61)],
        title="2023" + HEAD,
        info="发布日期：2024-01-18",
        footer="版权所有：瑞安市安阳街道办事处",
    ),
    agency=None,
    as_written=None,
    region={},
    year=2023,
    note="NOT certain agency: a 我镇 report under a street's footer (安阳街道办事处 invented: "
    "a street is no 镇)",
)

add(
    "r19",
    "txt",
    scrape(
        "2023" + HEAD,
        "发布时间：2024-01-15",
        GOV_RULE + "现公布我街道2023年政府信息公开工作年度报告。",
        *b("我街道", n=38),
        "版权所有：中共杭州市西湖区委组织部",
        must=("版权所有：中共杭州市西湖区委组织部",),
    ),
    agency=None,
    as_written=None,
    region={},
    year=2023,
    note="NOT certain agency: a party department's footer under a 我街道 report (invented)",
)


if __name__ == "__main__":
    write_pages(HERE, PAGES, as_written=True)
