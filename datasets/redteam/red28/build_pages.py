"""Write red28's metadata pages and truth (blind: committed before the library ran on them).

Aimed at session 28's metadata changes (meta28: 05975ff links to another report are not
the title; a460674 a page only listing reports has no year/agency, 龙湾区分局 completed
from the whole name the text writes; 4781253/e8f082f new areas' committees named from
data). Each page is one a real site could serve; the truth is what a reader of the page
knows. A WRONG or invented value is a failure; a null is not.

    python datasets/redteam/red28/build_pages.py    # writes pages/ and truth.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from meta_pages import (  # noqa: E402
    Pages,
    html,
    paras,
    preamble,
    report_body as b,
    text,
    write_pages,
)

PAGES = Pages()
add = PAGES.add
AH = "安徽省"
ZJ = "浙江省"
HEAD = "年政府信息公开工作年度报告"
SC = "宣城市市场监督管理局"
SC_REGION = {"province": AH, "city": "宣城市"}


def bare_pre(y: str = "2023") -> str:
    """A preamble that does not name the agency (本局)."""
    return preamble("本局", y)


# m01: a 相关阅读 line naming the SAME body and year above an undated heading: still 2023, 宣城
add(
    "m01",
    "html",
    html(
        SC + "政府信息公开工作年度报告",
        [
            "相关阅读：" + SC + "2023" + HEAD + "（图解）",
            bare_pre(),
            *b(n=118),
        ],
        info="发布日期：2024-01-25　来源：" + SC,
        footer="主办：宣城市人民政府办公室",
    ),
    agency=SC,
    region=SC_REGION,
    level="city",
    kind="department",
    year=2023,
    note="the link names the report's own body and year (its graphic version): must still read right",
)

# m02: a scrape whose sidebar (相关阅读 alone, then links) runs straight into the page's own DATED
# heading (no blank line); the site's office in 来源. The own heading is the only name.
add(
    "m02",
    "txt",
    text(
        "宣城市人民政府",
        "当前位置：首页 > 政务公开 > 政府信息公开年报",
        "相关阅读",
        SC + "2022" + HEAD,
        SC + "2021" + HEAD,
        SC + "2023" + HEAD,
        "来源：宣城市人民政府办公室　发布时间：2024-01-20",
        bare_pre(),
        *b(n=131),
        "主办：宣城市人民政府办公室",
    ),
    agency=SC,
    region=SC_REGION,
    level="city",
    kind="department",
    year=2023,
    note="the own dated heading right under two links (no blank line): the portal's office wrong",
)

# m03: the same with another body's links, the own dated heading last
add(
    "m03",
    "txt",
    text(
        "宣城市人民政府",
        "往年报告",
        "宣城市财政局2022" + HEAD,
        "宣城市财政局2021" + HEAD,
        "宣城市财政局2023" + HEAD,
        "发布时间：2024-01-18",
        bare_pre(),
        *b(n=77),
        "主办：宣城市人民政府办公室",
    ),
    agency="宣城市财政局",
    region=SC_REGION,
    level="city",
    kind="department",
    year=2023,
    note="own dated heading right under its own older reports' links; the portal's office wrong",
)

# m04: a page flattened to one line; the column's name 历年报告 stands right before the title
add(
    "m04",
    "txt",
    " ".join(
        [
            "宣城市人民政府 首页 政务公开 历年报告",
            SC + "2023" + HEAD,
            "发布时间：2024-01-20",
            bare_pre(),
            *b(n=140),
            "主办：宣城市人民政府办公室",
        ]
    )
    + "\n",
    agency=SC,
    region=SC_REGION,
    level="city",
    kind="department",
    year=2023,
    note="a one-line page: the column word 历年报告 before the own title; the host's office wrong",
)

# m05: a table-only report (no sentence, no overview heading) with a sidebar of another body's
# reports: not a list page; its own title names it
T_ONLY = [
    "二、主动公开政府信息情况",
    "本年制发规范性文件 12件；现行有效 83件",
    "三、收到和处理政府信息公开申请情况",
    "本年新收政府信息公开申请 6件；予以公开 4件",
    "四、政府信息公开行政复议、行政诉讼情况",
    "行政复议 0件；行政诉讼 0件",
]
add(
    "m05",
    "html",
    html(
        "宣城市人民政府办公室2023" + HEAD,
        T_ONLY,
        info="发布日期：2024-01-28",
        sidebar=["宣城市财政局2023" + HEAD, "宣城市财政局2022" + HEAD],
    ),
    agency="宣城市人民政府办公室",
    region=SC_REGION,
    level="city",
    kind="government",
    year=2023,
    note="a report in tables only beside another body's report links: 宣城市财政局 wrong",
)

# m06: the same as a text scrape: the sidebar first, then the own heading
add(
    "m06",
    "txt",
    text(
        "宣城市财政局2023" + HEAD,
        "宣城市财政局2022" + HEAD,
        "",
        "宣城市人民政府办公室2023" + HEAD,
        "发布日期：2024-01-28",
        *T_ONLY,
    ),
    agency="宣城市人民政府办公室",
    region=SC_REGION,
    level="city",
    kind="government",
    year=2023,
    note="a table-only report under a sidebar of 财政局's reports: 财政局 wrong",
)

# m07: 龙湾区分局 in the title; the text writes another bureau's 龙湾区分局 whole (a partner); the
# site (crumb, footer) is the city's market regulator: its branch is the reporter
add(
    "m07",
    "html",
    html(
        "龙湾区分局2023" + HEAD,
        [
            bare_pre(),
            "2023年，我分局联合温州市公安局龙湾区分局开展打击侵权假冒专项行动，相关信息及时公开。",
            *b(me="我分局", n=64),
        ],
        crumb="首页 > 温州市市场监督管理局 > 信息公开 > 年度报告",
        footer="温州市市场监督管理局 版权所有",
    ),
    agency="温州市市场监督管理局龙湾区分局",
    accept=["温州市市场监督管理局龙湾分局"],
    region={},
    year=2023,
    note="the police 分局 is a partner: 温州市公安局龙湾区分局 WRONG (invented); the market "
    "regulator's branch accepted",
)

# m08: control: the text writes its own whole name
add(
    "m08",
    "txt",
    text(
        "龙湾区分局2023" + HEAD,
        "发布机构：温州市公安局龙湾区分局　发布日期：2024-01-21",
        bare_pre(),
        *b(me="我分局", n=55),
    ),
    agency="温州市公安局龙湾区分局",
    region={"province": ZJ, "city": "温州市", "county": "龙湾区"},
    kind="department",
    year=2023,
    note="control: the whole name in 发布机构",
)

# m09: a department of a new area: its committee named short in 发布机构 and the body's name
# the title's: the department, not the committee
add(
    "m09",
    "txt",
    text(
        "湘江新区教育局2023" + HEAD,
        "发布机构：湘江新区管委会　发布日期：2024-01-24",
        bare_pre(),
        *b(n=48),
    ),
    agency="湘江新区教育局",
    accept=["湖南湘江新区管理委员会教育局", "湖南湘江新区教育局", "湘江新区管委会教育局"],
    region={"province": "湖南省"},
    kind="department",
    year=2023,
    note="the committee (发布机构) is the host: 湖南湘江新区管理委员会 WRONG",
)

# m10: a township's report that names the new area's committee as its superior
add(
    "m10",
    "html",
    html(
        "雷锋街道办事处2023" + HEAD,
        [
            "根据《中华人民共和国政府信息公开条例》规定，现公布雷锋街道办事处2023" + HEAD + "。",
            "2023年，在湘江新区管委会的指导下，我街道扎实推进基层政务公开标准化规范化建设。",
            *b(me="我街道", n=35),
        ],
        banner="湖南湘江新区管理委员会",
        footer="主办：湖南湘江新区管理委员会",
    ),
    agency="长沙市岳麓区雷锋街道办事处",
    accept=["雷锋街道办事处", "岳麓区雷锋街道办事处"],
    region={"province": "湖南省", "city": "长沙市"},
    kind="government",
    year=2023,
    note="the committee (banner, footer, guidance) is another body: wrong",
)

# m11: a list heading 上一篇 alone, one link, then a blank, then the own undated heading and a body
add(
    "m11",
    "txt",
    text(
        "上一篇：",
        SC + "2022" + HEAD,
        "",
        SC + "政府信息公开工作年度报告",
        "发布时间：2024-01-20",
        bare_pre(),
        *b(n=101),
    ),
    agency=SC,
    region=SC_REGION,
    level="city",
    kind="department",
    year=2023,
    note="the one link above gives 2022: WRONG year",
)

# m12: 下一篇 in a 2023 report written one per line with the link in the next line and a body
# that never writes a year but 本年度 (the page's date 2024)
add(
    "m12",
    "html",
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>"
    + SC
    + "政府信息公开工作年度报告</title></head><body><h1>"
    + SC
    + "政府信息公开工作年度报告</h1><div class='info'>发布日期：2024-01-26</div>"
    + paras(preamble("本局", "2023"), *b(year="2023", n=90))
    + "<div class='pn'><p>上一篇：<a href='#'>"
    + SC
    + "2022"
    + HEAD
    + "</a></p><p>下一篇：<a href='#'>宣城市财政局2023"
    + HEAD
    + "</a></p></div></body></html>\n",
    agency=SC,
    region=SC_REGION,
    level="city",
    kind="department",
    year=2023,
    note="links below the body: 2022 or 财政局 WRONG",
)

if __name__ == "__main__":
    write_pages(HERE, PAGES, as_written=True)
