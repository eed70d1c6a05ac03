"""Write meta19's metadata pages (`pages/`) and `truth.jsonl`.

Written blind (session 19), before reading the library's metadata code
(`metadata.py`, `gazetteer.py`, `identity.py`, their data) or the earlier red
teams' pages (only their READMEs, to choose other kinds, and meta18's `html()`
helper for the layout). Real places and bodies, invented reports. Each page is
kept beside its truth so that a reader checks one against the other. Run once:
`python datasets/redteam/meta19/build_pages.py`.

Truth keys (SCHEMA §1, meta16's format): `agency` canonical (area prefix restored
from the page; null where the page does not make it certain), `accept` (other
forms of the same body that are right), `as_written` (the form the page's heading
uses; null where the heading names no agency), `region` (only keys the page makes
certain; scored; a key given as null means the area has no such level, so any
value there is wrong), `level`/`kind` (null = not scored), `year` (the year the
statistics cover; null where the page does not make it certain).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from meta_pages import clip, gbk_as_latin1, paras, preamble, sections, text, write_pages  # noqa: E402

NAV = ["首页", "信息公开", "政务服务", "政民互动", "走进机构"]


def html(
    title: str,
    body: str,
    *,
    head_title: str,
    crumbs: str = "",
    info: str = "",
    banner: str = "",
    sidebar: str = "",
    footer: str = "",
    nav: list[str] | None = None,
    head_extra: str = "",
) -> str:
    """A whole saved page (meta18's layout; `nav`, `head_extra` added)."""
    items = "".join(f'<li><a href="/n{i}/">{w}</a></li>' for i, w in enumerate(nav or NAV))
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{head_title}</title>\n"
        f'<meta name="keywords" content="政府信息公开,年度报告">\n{head_extra}</head>\n<body>\n'
        f'<div class="top"><div class="logo">{banner}</div><ul class="menu">{items}</ul></div>\n'
        f'<div class="crumb">当前位置：{crumbs}</div>\n'
        f'<div class="main"><div class="detail">\n<h1 class="tit">{title}</h1>\n'
        f'<div class="info">{info}<span>字号：【大 中 小】</span></div>\n'
        f'<div class="TRS_Editor">\n{body}\n</div>\n</div>\n'
        f'<div class="aside">{sidebar}</div></div>\n'
        f'<div class="footer"><p>{footer}</p><p>网站标识码：0000000000 ICP备05000000号</p>'
        "<p>建议使用IE9以上版本浏览器</p></div>\n"
        "</body>\n</html>\n"
    )


def gbk_as_utf8(s: str) -> str:
    """Chrome of a GBK page decoded as UTF-8 with replacement (��…)."""
    return s.encode("gbk").decode("utf-8", errors="replace")


PAGES: list[tuple[str, str, str, dict]] = []


def add(pid: str, ext: str, page: str, truth: dict) -> None:
    PAGES.append((pid, ext, page, truth))


# ------------------------------------------------- minority and special divisions

# t01: an autonomous prefecture's bureau titled by the prefecture's short name
# (黔东南州); the full name in the preamble; the prefecture government in the
# breadcrumb and footer.
add(
    "t01",
    "html",
    html(
        "黔东南州生态环境局2022年政府信息公开工作年度报告",
        paras(
            preamble(
                "黔东南苗族侗族自治州生态环境局",
                "2022",
                "黔东南苗族侗族自治州生态环境局办公室（地址：贵州省凯里市宁波路；电话：0855-8221000）",
            ),
            *sections("我局", "2022年", 186, "2023年"),
        ),
        head_title="黔东南州生态环境局2022年政府信息公开工作年度报告_黔东南苗族侗族自治州人民政府",
        crumbs="首页 > 政府信息公开 > 法定主动公开内容 > 政府信息公开年报",
        info="发布时间：2023-01-28　来源：州生态环境局",
        banner="黔东南苗族侗族自治州人民政府",
        footer="主办：黔东南苗族侗族自治州人民政府办公室　承办：黔东南州大数据中心",
    ),
    {
        "agency": "黔东南苗族侗族自治州生态环境局",
        "as_written": "黔东南州生态环境局",
        "region": {"province": "贵州省", "city": "黔东南苗族侗族自治州"},
        "level": "city",
        "kind": "department",
        "year": 2022,
        "note": "autonomous prefecture's short name 黔东南州 in the title; full name in the preamble",
    },
)

# t02: an autonomous county's general office titled 长阳县政府办公室; the full name
# in the preamble, the province in the contact address.
add(
    "t02",
    "txt",
    clip(
        text(
            "长阳县政府办公室2021年政府信息公开工作年度报告",
            "发布日期：2022-01-24",
            preamble(
                "长阳土家族自治县人民政府办公室",
                "2021",
                "长阳土家族自治县人民政府办公室（地址：湖北省长阳土家族自治县龙舟坪镇龙舟大道；"
                "电话：0717-5322000）",
            ),
            *sections("县政府办公室", "2021年", 415, "2022年"),
        )
    ),
    {
        "agency": "长阳土家族自治县人民政府办公室",
        "accept": ["湖北省长阳土家族自治县人民政府办公室"],
        "as_written": "长阳县政府办公室",
        "region": {"province": "湖北省", "county": "长阳土家族自治县"},
        "level": "county",
        "kind": "government",
        "year": 2021,
        "note": "an autonomous county's short form 长阳县 in the title; full name in the preamble",
    },
)

# t03: a banner (旗) bureau on the banner government's portal; the league city
# (鄂尔多斯市) only in the contact address.
add(
    "t03",
    "html",
    html(
        "伊金霍洛旗教育体育局2023年政府信息公开工作年度报告",
        paras(
            preamble(
                "伊金霍洛旗教育体育局",
                "2023",
                "伊金霍洛旗教育体育局办公室（地址：鄂尔多斯市伊金霍洛旗阿勒腾席热镇；"
                "电话：0477-8632000）",
            ),
            *sections("我局", "2023年", 264, "2024年"),
        ),
        head_title="伊金霍洛旗教育体育局2023年政府信息公开工作年度报告-伊金霍洛旗人民政府",
        crumbs="伊金霍洛旗人民政府 > 政府信息公开 > 部门信息公开年报",
        info="发布日期：2024-01-19　信息来源：旗教育体育局",
        banner="伊金霍洛旗人民政府",
        footer="主办：伊金霍洛旗人民政府办公室　地址：内蒙古鄂尔多斯市伊金霍洛旗",
    ),
    {
        "agency": "伊金霍洛旗教育体育局",
        "accept": ["鄂尔多斯市伊金霍洛旗教育体育局"],
        "as_written": "伊金霍洛旗教育体育局",
        "region": {"city": "鄂尔多斯市", "county": "伊金霍洛旗"},
        "level": "county",
        "kind": "department",
        "year": 2023,
        "note": "a banner's bureau; the banner government as the portal's host",
    },
)

# t04: a league's administrative office (行政公署) reporting; its 办公室 compiles.
add(
    "t04",
    "txt",
    clip(
        text(
            "锡林郭勒盟行政公署2022年政府信息公开工作年度报告",
            "来源：盟行署办公室　发布时间：2023-01-30",
            "根据《中华人民共和国政府信息公开条例》规定，现公布锡林郭勒盟行政公署2022年政府信息"
            "公开工作年度报告。本报告由锡林郭勒盟行政公署办公室编制，所列数据的统计期限自2022年1月1日"
            "起至2022年12月31日止。如对本报告有疑问，请与盟行政公署办公室联系（地址：内蒙古自治区"
            "锡林郭勒盟锡林浩特市；电话：0479-8222000）。",
            *sections("盟行署", "2022年", 532, "2023年"),
        )
    ),
    {
        "agency": "锡林郭勒盟行政公署",
        "as_written": "锡林郭勒盟行政公署",
        "region": {"province": "内蒙古自治区", "city": "锡林郭勒盟"},
        "level": "city",
        "kind": "government",
        "year": 2022,
        "note": "a league's 行政公署 (does the prefecture government's work: kind government, as data/agency.json government_tails says; session 20); its office compiles (wrong)",
    },
)

# t05: a forestry district (林区), county level, directly under the province: no city.
add(
    "t05",
    "html",
    html(
        "神农架林区人民政府2020年政府信息公开工作年度报告",
        paras(
            preamble(
                "神农架林区人民政府",
                "2020",
                "神农架林区人民政府办公室（地址：湖北省神农架林区松柏镇；电话：0719-3332000）",
            ),
            *sections("林区政府", "2020年", 388, "2021年"),
        ),
        head_title="神农架林区人民政府2020年政府信息公开工作年度报告-神农架林区人民政府门户网站",
        crumbs="首页 > 信息公开 > 政府信息公开年报",
        info="发布时间：2021-01-29",
        banner="神农架林区人民政府",
        footer="主办：神农架林区人民政府办公室",
    ),
    {
        "agency": "神农架林区人民政府",
        "as_written": "神农架林区人民政府",
        "region": {"province": "湖北省", "city": None, "county": "神农架林区"},
        "level": "county",
        "kind": "government",
        "year": 2020,
        "note": "林区: county level under the province, no city",
    },
)

# t06: a special district (特区) government's office.
add(
    "t06",
    "txt",
    clip(
        text(
            "六枝特区人民政府办公室2023年政府信息公开工作年度报告",
            preamble(
                "六枝特区人民政府办公室",
                "2023",
                "六枝特区人民政府办公室（地址：贵州省六盘水市六枝特区平寨镇；电话：0858-5322000）",
            ),
            *sections("特区政府办公室", "2023年", 302, "2024年"),
        )
    ),
    {
        "agency": "六枝特区人民政府办公室",
        "accept": ["六盘水市六枝特区人民政府办公室"],
        "as_written": "六枝特区人民政府办公室",
        "region": {"province": "贵州省", "city": "六盘水市", "county": "六枝特区"},
        "level": "county",
        "kind": "government",
        "year": 2023,
        "note": "特区: a county-level division",
    },
)

# t07: a bureau of 浦东新区 (a municipality's district called 新区), the short name in
# the title, the full one in the contact line.
add(
    "t07",
    "html",
    html(
        "浦东新区生态环境局2024年度政府信息公开工作年度报告",
        paras(
            preamble(
                "浦东新区生态环境局",
                "2024",
                "上海市浦东新区生态环境局办公室（地址：上海市浦东新区世纪大道；电话：021-68540000）",
            ),
            *sections("我局", "2024年", 627, "2025年"),
        ),
        head_title="浦东新区生态环境局2024年度政府信息公开工作年度报告-上海市浦东新区人民政府",
        crumbs="浦东门户 > 政务公开 > 政府信息公开年报 > 区级部门",
        info="发布日期：2025-01-23　信息来源：区生态环境局",
        banner="上海市浦东新区人民政府",
        footer="主办：上海市浦东新区人民政府办公室　承办：浦东新区大数据中心",
    ),
    {
        "agency": "上海市浦东新区生态环境局",
        "accept": ["浦东新区生态环境局"],
        "as_written": "浦东新区生态环境局",
        "region": {"county": "浦东新区"},
        "level": "county",
        "kind": "department",
        "year": 2024,
        "note": "浦东新区 is a district with a people's government (not a zone)",
    },
)

# t08: a county inside 雄安新区 (the zone's committee in the banner and breadcrumb).
add(
    "t08",
    "html",
    html(
        "雄县人民政府2022年政府信息公开工作年度报告",
        paras(
            preamble(
                "雄县人民政府",
                "2022",
                "雄县人民政府办公室（地址：河北省雄安新区雄县雄州路；电话：0312-5812000）",
            ),
            *sections("县政府", "2022年", 244, "2023年"),
        ),
        head_title="雄县人民政府2022年政府信息公开工作年度报告_河北雄安新区管理委员会",
        crumbs="河北雄安新区 > 三县信息公开 > 雄县 > 政府信息公开年报",
        info="发布日期：2023-01-31",
        banner="河北雄安新区管理委员会",
        footer="主办：河北雄安新区管理委员会党政办公室",
    ),
    {
        "agency": "雄县人民政府",
        "as_written": "雄县人民政府",
        "region": {"province": "河北省", "county": "雄县"},
        "level": "county",
        "kind": "government",
        "year": 2022,
        "note": "a county the 雄安新区 committee hosts; the committee is the host, not the reporter",
    },
)

# t09: a bureau of a 兵团 division-city (师市合一), the short form in the title.
add(
    "t09",
    "txt",
    clip(
        text(
            "第八师石河子市财政局2022年政府信息公开工作年度报告",
            "发布时间：2023年01月20日",
            preamble(
                "新疆生产建设兵团第八师石河子市财政局",
                "2022",
                "第八师石河子市财政局办公室（电话：0993-2012000）",
            ),
            *sections("我局", "2022年", 175, "2023年"),
        )
    ),
    {
        "agency": "新疆生产建设兵团第八师石河子市财政局",
        "accept": ["第八师石河子市财政局"],
        "as_written": "第八师石河子市财政局",
        "region": {},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "兵团 师市: full name with 新疆生产建设兵团 in the preamble; level not scored",
    },
)

# ------------------------------------------- the four municipalities' districts

# t10: a Beijing street office titled by its bare name on its district's portal.
add(
    "t10",
    "html",
    html(
        "三里屯街道2021年政府信息公开工作年度报告",
        paras(
            preamble(
                "北京市朝阳区三里屯街道办事处（以下简称三里屯街道）",
                "2021",
                "三里屯街道办事处党政办公室（电话：010-64160000）",
            ),
            *sections("街道", "2021年", 156, "2022年"),
        ),
        head_title="三里屯街道2021年政府信息公开工作年度报告_北京市朝阳区人民政府",
        crumbs="首页 > 政务公开 > 街乡信息公开 > 三里屯街道 > 年度报告",
        info="发布日期：2022-01-26",
        banner="北京市朝阳区人民政府",
        footer="主办：北京市朝阳区人民政府办公室",
    ),
    {
        "agency": "北京市朝阳区三里屯街道办事处",
        "accept": ["朝阳区三里屯街道办事处"],
        "as_written": "三里屯街道",
        "region": {"county": "朝阳区"},
        "level": "street",
        "kind": "government",
        "year": 2021,
        "note": "bare street name in the title; full name in the preamble; 朝阳区 of Beijing",
    },
)

# t11: a Chongqing county's town; the municipality and county only in the contact.
add(
    "t11",
    "txt",
    clip(
        text(
            "巫峡镇人民政府2022年政府信息公开工作年度报告",
            preamble(
                "巫峡镇人民政府",
                "2022",
                "重庆市巫山县巫峡镇人民政府党政办公室（地址：巫山县巫峡镇广东中路；电话：023-57682000）",
            ),
            *sections("我镇", "2022年", 98, "2023年"),
        )
    ),
    {
        "agency": "重庆市巫山县巫峡镇人民政府",
        "accept": ["巫山县巫峡镇人民政府"],
        "as_written": "巫峡镇人民政府",
        "region": {"county": "巫山县"},
        "level": "township",
        "kind": "government",
        "year": 2022,
        "note": "township; its county (and municipality) only in the contact line",
    },
)

# t12: a Tianjin district bureau's short form (卫健委) in the title, the full name
# in 发布机构.
add(
    "t12",
    "html",
    html(
        "南开区卫健委2023年政府信息公开工作年度报告",
        paras(
            preamble("南开区卫健委", "2023"),
            *sections("我委", "2023年", 233, "2024年"),
        ),
        head_title="南开区卫健委2023年政府信息公开工作年度报告-天津市南开区人民政府",
        crumbs="首页 > 政务公开 > 政府信息公开年报",
        info="发布机构：天津市南开区卫生健康委员会　成文日期：2024-01-18",
        banner="天津市南开区人民政府",
        footer="主办：天津市南开区人民政府办公室",
    ),
    {
        "agency": "天津市南开区卫生健康委员会",
        "accept": ["南开区卫生健康委员会"],
        "as_written": "南开区卫健委",
        "region": {"county": "南开区"},
        "level": "county",
        "kind": "department",
        "year": 2023,
        "note": "卫健委 short form; full name only in 发布机构",
    },
)

# ------------------------------------ government / general office / data bureau

# t13: a city's 政务服务数据管理局 reporting on the city government's portal; the
# government's own report in the sidebar; the footer names the general office.
add(
    "t13",
    "html",
    html(
        "广州市政务服务数据管理局2022年政府信息公开工作年度报告",
        paras(
            preamble(
                "广州市政务服务数据管理局",
                "2022",
                "广州市政务服务数据管理局办公室（地址：广州市越秀区府前路；电话：020-83120000）",
            ),
            *sections("我局", "2022年", 341, "2023年"),
        ),
        head_title="广州市政务服务数据管理局2022年政府信息公开工作年度报告 - 广州市人民政府门户网站",
        crumbs="首页 > 政务公开 > 政府信息公开年报 > 市政府部门",
        info="发布日期：2023-01-30　来源：广州市政务服务数据管理局",
        banner="广州市人民政府门户网站",
        sidebar="<h3>相关阅读</h3><ul><li>广州市人民政府2022年政府信息公开工作年度报告</li>"
        "<li>广州市人民政府办公厅2022年政府信息公开工作年度报告</li></ul>",
        footer="主办：广州市人民政府办公厅　承办：广州市政务服务数据管理局",
    ),
    {
        "agency": "广州市政务服务数据管理局",
        "as_written": "广州市政务服务数据管理局",
        "region": {"city": "广州市"},
        "level": "city",
        "kind": "department",
        "year": 2022,
        "note": "the data bureau (承办 the portal) reports; the government and its office in chrome",
    },
)

# t14: a city government's report (a city with no counties) with its general office
# as 发布机构 and compiler and the data bureau as the site's 承办.
add(
    "t14",
    "html",
    html(
        "中山市人民政府2022年政府信息公开工作年度报告",
        paras(
            "本报告由中山市人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。"
            + preamble("中山市人民政府", "2022", "中山市人民政府办公室（电话：0760-88310000）"),
            *sections("市政府", "2022年", 1288, "2023年"),
        ),
        head_title="中山市人民政府2022年政府信息公开工作年度报告_中山市人民政府门户网站",
        crumbs="首页 > 政务公开 > 政府信息公开年报",
        info="发布机构：中山市人民政府办公室　发布日期：2023-01-29",
        banner="中山市人民政府",
        footer="主办：中山市人民政府　承办：中山市政务服务数据管理局",
    ),
    {
        "agency": "中山市人民政府",
        "as_written": "中山市人民政府",
        "region": {"city": "中山市"},
        "level": "city",
        "kind": "government",
        "year": 2022,
        "note": "the government's own report; 发布机构 the general office (another body: wrong)",
    },
)

# t15: a Hainan autonomous county (directly under the province: no city); the
# short 陵水县卫健委 in the title, the full name in the preamble.
add(
    "t15",
    "txt",
    clip(
        text(
            "陵水县卫健委2021年度政府信息公开工作年度报告",
            preamble(
                "陵水黎族自治县卫生健康委员会",
                "2021",
                "陵水黎族自治县卫生健康委员会办公室（地址：海南省陵水黎族自治县椰林镇；电话：0898-83322000）",
            ),
            *sections("我委", "2021年", 143, "2022年"),
        )
    ),
    {
        "agency": "陵水黎族自治县卫生健康委员会",
        "accept": ["海南省陵水黎族自治县卫生健康委员会"],
        "as_written": "陵水县卫健委",
        "region": {"province": "海南省", "city": None, "county": "陵水黎族自治县"},
        "level": "county",
        "kind": "department",
        "year": 2021,
        "note": "an autonomous county under the province directly; short form in the title",
    },
)

# ----------------------------------------------- sub-provincial cities' bodies

# t16: a Shenzhen bureau with full-width digits in the title; its district branch's
# report in the sidebar.
add(
    "t16",
    "html",
    html(
        "深圳市规划和自然资源局２０２１年政府信息公开工作年度报告",
        paras(
            preamble(
                "深圳市规划和自然资源局",
                "2021",
                "深圳市规划和自然资源局办公室（地址：深圳市福田区红荔西路；电话：0755-83950000）",
            ),
            *sections("我局", "2021年", 812, "2022年"),
        ),
        head_title="深圳市规划和自然资源局２０２１年政府信息公开工作年度报告",
        crumbs="首页 > 政府信息公开 > 政府信息公开年报",
        info="发布日期：2022-01-27",
        banner="深圳市规划和自然资源局",
        sidebar="<ul><li>深圳市规划和自然资源局南山管理局2021年政府信息公开工作年度报告</li>"
        "<li>深圳市规划和自然资源局2020年政府信息公开工作年度报告</li></ul>",
        footer="主办：深圳市规划和自然资源局",
    ),
    {
        "agency": "深圳市规划和自然资源局",
        "as_written": "深圳市规划和自然资源局",
        "region": {"city": "深圳市"},
        "level": "city",
        "kind": "department",
        "year": 2021,
        "note": "full-width digits in the title; a branch's and last year's reports in the sidebar",
    },
)

# t17: a Ningbo district bureau, 市场监管局 in the title, the full name in the contact.
add(
    "t17",
    "txt",
    clip(
        text(
            "鄞州区市场监管局2024年政府信息公开工作年度报告",
            "索引号：11330212MB0000000A/2025-00012　发布日期：2025-01-20",
            preamble(
                "鄞州区市场监管局",
                "2024",
                "宁波市鄞州区市场监督管理局办公室（地址：宁波市鄞州区天童南路；电话：0574-87110000）",
            ),
            *sections("我局", "2024年", 470, "2025年"),
        )
    ),
    {
        "agency": "宁波市鄞州区市场监督管理局",
        "accept": ["鄞州区市场监督管理局"],
        "as_written": "鄞州区市场监管局",
        "region": {"city": "宁波市", "county": "鄞州区"},
        "level": "county",
        "kind": "department",
        "year": 2024,
        "note": "市场监管局 short form; the full name in the contact line",
    },
)

# --------------------------------------------------- public institutions

# t18: a school's own report published by its education bureau (发布机构).
add(
    "t18",
    "html",
    html(
        "宁波市第二中学2021年政府信息公开工作年度报告",
        paras(
            preamble("宁波市第二中学", "2021", "宁波市第二中学校长办公室（电话：0574-87360000）"),
            *sections("我校", "2021年", 64, "2022年"),
        ),
        head_title="宁波市第二中学2021年政府信息公开工作年度报告-宁波市教育局",
        crumbs="宁波市教育局 > 信息公开 > 直属学校信息公开年报",
        info="发布机构：宁波市教育局　发布日期：2022-01-25",
        banner="宁波市教育局",
        footer="主办：宁波市教育局",
    ),
    {
        "agency": "宁波市第二中学",
        "as_written": "宁波市第二中学",
        "region": {"city": "宁波市"},
        "level": None,
        "kind": "department",
        "year": 2021,
        "note": "a school reports; the bureau publishes (wrong)",
    },
)

# t19: a hospital's report, the year only as 二〇二三年度 (title and body).
add(
    "t19",
    "txt",
    clip(
        text(
            "淄博市中心医院二〇二三年度政府信息公开工作年度报告",
            "根据《中华人民共和国政府信息公开条例》规定，现公布淄博市中心医院二〇二三年度政府信息公开"
            "工作年度报告。如对本报告有疑问，请与淄博市中心医院院办公室联系（电话：0533-2250000）。",
            *sections("我院", "本年度", 120, "下一年度"),
        )
    ),
    {
        "agency": "淄博市中心医院",
        "as_written": "淄博市中心医院",
        "region": {"city": "淄博市"},
        "level": None,
        "kind": "department",
        "year": 2023,
        "note": "a hospital; the year only in Chinese numerals 二〇二三年度",
    },
)

# t20: a public institution under a bureau (公共资源交易中心), titled 市…中心, the
# full name in the preamble, the bureau as 发布机构.
add(
    "t20",
    "html",
    html(
        "市公共资源交易中心2022年政府信息公开工作年度报告",
        paras(
            preamble("苏州市公共资源交易中心（以下简称市交易中心）", "2022"),
            *sections("市交易中心", "2022年", 905, "2023年"),
        ),
        head_title="市公共资源交易中心2022年政府信息公开工作年度报告_苏州市行政审批局",
        crumbs="首页 > 信息公开 > 法定主动公开内容 > 年度报告",
        info="发布机构：苏州市行政审批局　发布日期：2023-01-17",
        banner="苏州市行政审批局",
        footer="主办：苏州市行政审批局",
    ),
    {
        "agency": "苏州市公共资源交易中心",
        "as_written": "市公共资源交易中心",
        "region": {"city": "苏州市"},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "a public institution under a bureau; the bureau publishes (wrong)",
    },
)

# t21: 市国资委 in the title; the seal-name 绍兴市人民政府国有资产监督管理委员会
# only in the signature (a whole saved page).
add(
    "t21",
    "html",
    html(
        "市国资委2022年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》规定，现公布市国资委2022年政府信息公开工作年度"
            "报告。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
            *sections("我委", "2022年", 97, "2023年"),
            "绍兴市人民政府国有资产监督管理委员会",
            "2023年1月18日",
        ),
        head_title="市国资委2022年政府信息公开工作年度报告-绍兴市人民政府",
        crumbs="首页 > 政务公开 > 部门信息公开 > 市国资委",
        info="发布日期：2023-01-18",
        banner="绍兴市人民政府",
        footer="主办：绍兴市人民政府办公室",
    ),
    {
        "agency": "绍兴市人民政府国有资产监督管理委员会",
        "accept": ["绍兴市国有资产监督管理委员会"],
        "as_written": "市国资委",
        "region": {"city": "绍兴市"},
        "level": "city",
        "kind": "department",
        "year": 2022,
        "note": "the seal name only in the signature; the common name without 人民政府 accepted",
    },
)

# ------------------------------------------------------------- renamed bodies

# t22: a 2022 report of 浙江省大数据发展管理局 saved from the site after the body
# became 浙江省数据局 (banner, <title> suffix, footer).
add(
    "t22",
    "html",
    html(
        "浙江省大数据发展管理局2022年政府信息公开工作年度报告",
        paras(
            preamble(
                "浙江省大数据发展管理局",
                "2022",
                "浙江省大数据发展管理局办公室（地址：杭州市省府路；电话：0571-87050000）",
            ),
            *sections("我局", "2022年", 133, "2023年"),
        ),
        head_title="浙江省大数据发展管理局2022年政府信息公开工作年度报告_浙江省数据局",
        crumbs="浙江省数据局 > 政府信息公开 > 政府信息公开年报",
        info="发布日期：2023-01-30",
        banner="浙江省数据局",
        footer="主办：浙江省数据局",
    ),
    {
        "agency": "浙江省大数据发展管理局",
        "accept": ["浙江省数据局"],
        "as_written": "浙江省大数据发展管理局",
        "region": {"province": "浙江省"},
        "level": "province",
        "kind": "department",
        "year": 2022,
        "note": "renamed after the report year: the report year's name; the successor accepted",
    },
)

# t23: a county's 2020 report saved from the site of the county-level city it became
# in 2021 (会理县 → 会理市).
add(
    "t23",
    "html",
    html(
        "会理县人民政府2020年政府信息公开工作年度报告",
        paras(
            preamble(
                "会理县人民政府",
                "2020",
                "会理县人民政府办公室（地址：四川省凉山彝族自治州会理县城北街道；电话：0834-5622000）",
            ),
            *sections("县政府", "2020年", 356, "2021年"),
        ),
        head_title="会理县人民政府2020年政府信息公开工作年度报告-会理市人民政府",
        crumbs="会理市人民政府 > 政务公开 > 政府信息公开年报 > 往年年报",
        info="发布日期：2021-01-27",
        banner="会理市人民政府",
        footer="主办：会理市人民政府办公室",
    ),
    {
        "agency": "会理县人民政府",
        "accept": ["会理市人民政府"],
        "as_written": "会理县人民政府",
        "region": {"province": "四川省", "city": "凉山彝族自治州"},
        "level": "county",
        "kind": "government",
        "year": 2020,
        "note": "撤县设市 after the report year: the county's name; the successor accepted",
    },
)

# ------------------------------- the agency only in the contact, footer or <title>

# t24: no agency in the title; 我局 in the body; the bureau's office in the contact.
add(
    "t24",
    "txt",
    clip(
        text(
            "2022年度政府信息公开工作年度报告",
            "根据《中华人民共和国政府信息公开条例》规定，现公布我局2022年度政府信息公开工作年度报告。"
            "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。如对本报告有疑问，请与"
            "湘潭市岳塘区财政局办公室联系（地址：湘潭市岳塘区霞光东路；电话：0731-58560000）。",
            *sections("我局", "2022年", 88, "2023年"),
        )
    ),
    {
        "agency": "湘潭市岳塘区财政局",
        "accept": ["岳塘区财政局"],
        "as_written": None,
        "region": {"city": "湘潭市", "county": "岳塘区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "the agency only in the contact line (the bureau's office)",
    },
)

# t25: the agency only in the footer of its own site (主办单位/承办); title and
# <title> name none.
add(
    "t25",
    "html",
    html(
        "2021年度政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》规定，现公布本局2021年度政府信息公开工作年度报告。"
            "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
            *sections("我局", "2021年", 205, "2022年"),
        ),
        head_title="2021年度政府信息公开工作年度报告",
        crumbs="首页 > 政府信息公开 > 年度报告",
        info="发布日期：2022-01-21",
        banner="",
        footer="主办单位：阜阳市生态环境局　承办：阜阳市生态环境局办公室　地址：阜阳市颍州区清河西路",
    ),
    {
        "agency": "阜阳市生态环境局",
        "as_written": None,
        "region": {"city": "阜阳市"},
        "level": "city",
        "kind": "department",
        "year": 2021,
        "note": "the agency only in its own site's footer (主办单位)",
    },
)

# t26: a county department titled 县…局 on the county portal: the host (the
# county government, its office in the footer) gives only the area.
add(
    "t26",
    "html",
    html(
        "县自然资源和规划局2023年度政府信息公开工作年度报告",
        paras(
            preamble("县自然资源和规划局", "2023"),
            *sections("我局", "2023年", 318, "2024年"),
        ),
        head_title="县自然资源和规划局2023年度政府信息公开工作年度报告_平阳县人民政府",
        crumbs="平阳县人民政府 > 信息公开 > 部门信息公开年报",
        info="发布日期：2024-01-26",
        banner="平阳县人民政府",
        footer="主办：平阳县人民政府办公室　承办：平阳县大数据发展管理中心",
    ),
    {
        "agency": "平阳县自然资源和规划局",
        "as_written": "县自然资源和规划局",
        "region": {"county": "平阳县"},
        "level": "county",
        "kind": "department",
        "year": 2023,
        "note": "the area from the portal's <title>; the portal's host and its office are not the reporter",
    },
)

# t27: the agency and year only in the page <title> (with an English gloss); the
# heading says 政府信息公开工作年度报告 alone.
add(
    "t27",
    "html",
    html(
        "政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》规定，现公布本局2020年政府信息公开工作年度报告。",
            *sections("本局", "2020年", 176, "2021年"),
        ),
        head_title="东莞市水务局2020年政府信息公开工作年度报告 | Dongguan Water Affairs Bureau",
        crumbs="Home 首页 > 信息公开 > 年度报告",
        info="发布日期：2021-01-25",
        banner="Dongguan Water Affairs Bureau",
        nav=["Home 首页", "News 新闻", "Open 信息公开", "Service 办事"],
        footer="Copyright © Dongguan Water Affairs Bureau",
    ),
    {
        "agency": "东莞市水务局",
        "as_written": None,
        "region": {"city": "东莞市"},
        "level": "city",
        "kind": "department",
        "year": 2020,
        "note": "agency only in <title> (with an English gloss); year in <title> and body",
    },
)

# t28: an English title line above the Chinese one; the city in the preamble.
add(
    "t28",
    "txt",
    clip(
        text(
            "Xiamen Siming District People's Government",
            "2022 Annual Report on Government Information Disclosure",
            "思明区人民政府2022年政府信息公开工作年度报告",
            preamble("厦门市思明区人民政府", "2022", "思明区人民政府办公室（电话：0592-2020000）"),
            *sections("区政府", "2022年", 590, "2023年"),
        )
    ),
    {
        "agency": "厦门市思明区人民政府",
        "accept": ["思明区人民政府"],
        "as_written": "思明区人民政府",
        "region": {"city": "厦门市", "county": "思明区"},
        "level": "county",
        "kind": "government",
        "year": 2022,
        "note": "English title lines first",
    },
)

# ------------------------------------------------ GBK chrome mis-decoded

# t29: a whole page whose chrome (nav, banner, footer, <title> suffix) is GBK read as
# Latin-1; the article is clean.
_host = "九江市浔阳区人民政府"
add(
    "t29",
    "html",
    html(
        "浔阳区住房和城乡建设局2021年政府信息公开工作年度报告",
        paras(
            preamble(
                "九江市浔阳区住房和城乡建设局",
                "2021",
                "浔阳区住房和城乡建设局办公室（电话：0792-8220000）",
            ),
            *sections("我局", "2021年", 121, "2022年"),
        ),
        head_title="浔阳区住房和城乡建设局2021年政府信息公开工作年度报告-" + gbk_as_latin1(_host),
        crumbs=gbk_as_latin1("首页 > 信息公开 > 部门年报"),
        info="发布日期：2022-01-24",
        banner=gbk_as_latin1(_host),
        nav=[gbk_as_latin1(w) for w in NAV],
        footer=gbk_as_latin1("主办：九江市浔阳区人民政府办公室"),
    ),
    {
        "agency": "九江市浔阳区住房和城乡建设局",
        "accept": ["浔阳区住房和城乡建设局"],
        "as_written": "浔阳区住房和城乡建设局",
        "region": {"city": "九江市", "county": "浔阳区"},
        "level": "county",
        "kind": "department",
        "year": 2021,
        "note": "mojibake (GBK as Latin-1) in the chrome only",
    },
)

# t30: a text scrape whose site lines are GBK read as UTF-8 (replacement characters).
add(
    "t30",
    "txt",
    clip(
        text(
            gbk_as_utf8("衡阳市蒸湘区人民政府门户网站"),
            gbk_as_utf8("首页 | 信息公开 | 政务服务 | 互动交流"),
            "衡阳市蒸湘区人民政府2020年政府信息公开工作年度报告",
            "发布时间：2021-01-22 来源：" + gbk_as_utf8("区政府办"),
            preamble("衡阳市蒸湘区人民政府", "2020", "蒸湘区人民政府办公室（电话：0734-8860000）"),
            *sections("区政府", "2020年", 402, "2021年"),
        )
    ),
    {
        "agency": "衡阳市蒸湘区人民政府",
        "accept": ["蒸湘区人民政府"],
        "as_written": "衡阳市蒸湘区人民政府",
        "region": {"city": "衡阳市", "county": "蒸湘区"},
        "level": "county",
        "kind": "government",
        "year": 2020,
        "note": "mojibake (GBK as UTF-8, U+FFFD) in the site lines only",
    },
)

# ------------------------------------------------------------ spam and years

# t31: a spam suffix that reads like an organisation (…(中国)官方网站).
_spam = "铜仁市碧江区农业农村局2022年政府信息公开工作年度报告-开元棋牌(中国)官方网站·IOS/安卓通用版/手机APP下载"
add(
    "t31",
    "html",
    html(
        _spam,
        paras(
            preamble("碧江区农业农村局", "2022", "碧江区农业农村局办公室（电话：0856-5220000）"),
            *sections("我局", "2022年", 167, "2023年"),
        ),
        head_title=_spam,
        crumbs="首页 > 信息公开 > 年度报告",
        info="发布日期：2023-01-19",
        footer="版权所有：开元棋牌(中国)官方网站",
    ),
    {
        "agency": "铜仁市碧江区农业农村局",
        "accept": ["碧江区农业农村局"],
        "as_written": "铜仁市碧江区农业农村局",
        "region": {"city": "铜仁市", "county": "碧江区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "spam suffix ending in 官方网站 and 版权所有 in the footer",
    },
)

# t32: the year only in a statistics period written in Chinese numerals.
add(
    "t32",
    "txt",
    clip(
        text(
            "常德市武陵区司法局政府信息公开工作年度报告",
            "根据《中华人民共和国政府信息公开条例》规定，现公布常德市武陵区司法局政府信息公开工作年度"
            "报告。本报告所列数据的统计期限为二〇二〇年一月一日至二〇二〇年十二月三十一日。如对本报告"
            "有疑问，请与武陵区司法局办公室联系（电话：0736-7220000）。",
            *sections("我局", "本年度", 77, "下一年度"),
        )
    ),
    {
        "agency": "常德市武陵区司法局",
        "accept": ["武陵区司法局"],
        "as_written": "常德市武陵区司法局",
        "region": {"city": "常德市", "county": "武陵区"},
        "level": "county",
        "kind": "department",
        "year": 2020,
        "note": "year only in 统计期限 in Chinese numerals",
    },
)

# t33: 二〇二三年度 in the title; the previous year's report in the sidebar.
add(
    "t33",
    "html",
    html(
        "黄山市徽州区人民政府二〇二三年度政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》规定，现公布黄山市徽州区人民政府二〇二三年度"
            "政府信息公开工作年度报告。如对本报告有疑问，请与徽州区人民政府办公室联系（电话：0559-3510000）。",
            *sections("区政府", "二〇二三年", 366, "二〇二四年"),
        ),
        head_title="黄山市徽州区人民政府二〇二三年度政府信息公开工作年度报告_徽州区人民政府",
        crumbs="首页 > 信息公开 > 政府信息公开年报",
        info="发布日期：2024-01-22",
        banner="黄山市徽州区人民政府",
        sidebar="<ul><li>黄山市徽州区人民政府二〇二二年度政府信息公开工作年度报告</li></ul>",
        footer="主办：黄山市徽州区人民政府办公室",
    ),
    {
        "agency": "黄山市徽州区人民政府",
        "accept": ["徽州区人民政府"],
        "as_written": "黄山市徽州区人民政府",
        "region": {"city": "黄山市", "county": "徽州区"},
        "level": "county",
        "kind": "government",
        "year": 2023,
        "note": "year in Chinese numerals in the title and body; last year's in the sidebar",
    },
)

# t34: 二○一九年度 with the ring ○ (U+25CB); a cited 〔2019〕 document.
add(
    "t34",
    "txt",
    clip(
        text(
            "肇庆市端州区教育局二○一九年度政府信息公开工作年度报告",
            "根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发"
            "〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2019〕60号）要求，"
            "现公布肇庆市端州区教育局二○一九年度政府信息公开工作年度报告。如对本报告有疑问，请与"
            "端州区教育局办公室联系（电话：0758-2230000）。",
            *sections("我局", "本年度", 140, "下一年度"),
        )
    ),
    {
        "agency": "肇庆市端州区教育局",
        "accept": ["端州区教育局"],
        "as_written": "肇庆市端州区教育局",
        "region": {"city": "肇庆市", "county": "端州区"},
        "level": "county",
        "kind": "department",
        "year": 2019,
        "note": "二○一九 with ○ (U+25CB)",
    },
)

# t35: a whole saved page whose only agency cue is its <meta name="ContentSource">;
# SiteName names the district government (the host).
add(
    "t35",
    "html",
    html(
        "2019年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》规定，现公布我局2019年政府信息公开工作年度报告。",
            *sections("我局", "2019年", 151, "2020年"),
        ),
        head_title="2019年政府信息公开工作年度报告",
        head_extra='<meta name="SiteName" content="淮安市淮安区人民政府">\n'
        '<meta name="ColumnName" content="部门信息公开年报">\n'
        '<meta name="ArticleTitle" content="2019年政府信息公开工作年度报告">\n'
        '<meta name="PubDate" content="2020-01-20 09:30">\n'
        '<meta name="ContentSource" content="淮安市淮安区教育体育局">\n',
        crumbs="首页 > 信息公开 > 部门信息公开年报",
        info="发布日期：2020-01-20",
        banner="淮安市淮安区人民政府",
        footer="主办：淮安市淮安区人民政府办公室",
    ),
    {
        "agency": "淮安市淮安区教育体育局",
        "accept": ["淮安区教育体育局"],
        "as_written": None,
        "region": {"city": "淮安市", "county": "淮安区"},
        "level": "county",
        "kind": "department",
        "year": 2019,
        "note": "agency only in <meta ContentSource>; SiteName/banner/footer the host (wrong)",
    },
)

# ------------------------------------------------ more special divisions

# t36: a county-level city that shares its prefecture's name (恩施市 in 恩施州).
add(
    "t36",
    "txt",
    clip(
        text(
            "恩施市人民政府2021年政府信息公开工作年度报告",
            preamble(
                "恩施市人民政府",
                "2021",
                "恩施市人民政府办公室（地址：湖北省恩施土家族苗族自治州恩施市舞阳大街；电话：0718-8220000）",
            ),
            *sections("市政府", "2021年", 480, "2022年"),
        )
    ),
    {
        "agency": "恩施市人民政府",
        "as_written": "恩施市人民政府",
        "region": {"province": "湖北省", "city": "恩施土家族苗族自治州", "county": "恩施市"},
        "level": "county",
        "kind": "government",
        "year": 2021,
        "note": "a county-level city named as its prefecture (恩施州): level county",
    },
)

# t37: an autonomous prefecture's general office with a Korean banner line.
add(
    "t37",
    "html",
    html(
        "延边州人民政府办公室2022年政府信息公开工作年度报告",
        paras(
            preamble(
                "延边朝鲜族自治州人民政府办公室",
                "2022",
                "州政府办公室（地址：吉林省延吉市友谊路；电话：0433-2510000）",
            ),
            *sections("州政府办公室", "2022年", 275, "2023年"),
        ),
        head_title="延边州人民政府办公室2022年政府信息公开工作年度报告-延边朝鲜族自治州人民政府",
        crumbs="首页 > 政务公开 > 政府信息公开年报",
        info="发布日期：2023-01-29",
        banner="연변조선족자치주인민정부 延边朝鲜族自治州人民政府",
        footer="주최: 연변조선족자치주인민정부판공실　主办：延边朝鲜族自治州人民政府办公室",
    ),
    {
        "agency": "延边朝鲜族自治州人民政府办公室",
        "as_written": "延边州人民政府办公室",
        "region": {"city": "延边朝鲜族自治州"},
        "level": "city",
        "kind": "government",
        "year": 2022,
        "note": "short 延边州 in the title; Korean in the banner and footer",
    },
)

# t38: a prefecture (地区) bureau with an Uyghur banner line.
add(
    "t38",
    "html",
    html(
        "和田地区生态环境局2023年政府信息公开工作年度报告",
        paras(
            preamble(
                "和田地区生态环境局",
                "2023",
                "和田地区生态环境局办公室（地址：新疆维吾尔自治区和田市北京西路；电话：0903-2020000）",
            ),
            *sections("我局", "2023年", 112, "2024年"),
        ),
        head_title="和田地区生态环境局2023年政府信息公开工作年度报告",
        crumbs="首页 > 政府信息公开 > 年度报告",
        info="发布日期：2024-01-25",
        banner="خوتەن ۋىلايىتى 和田地区行政公署",
        footer="主办：和田地区行政公署办公室",
    ),
    {
        "agency": "和田地区生态环境局",
        "as_written": "和田地区生态环境局",
        "region": {"province": "新疆维吾尔自治区", "city": "和田地区"},
        "level": "city",
        "kind": "department",
        "year": 2023,
        "note": "地区 (prefecture) bureau; Uyghur in the banner; 行署 the host",
    },
)

# t39: a 2025 report of a district made in 2021 (临平区).
add(
    "t39",
    "txt",
    clip(
        text(
            "杭州市临平区人民政府办公室2025年政府信息公开工作年度报告",
            "发布日期：2026-01-16",
            preamble(
                "杭州市临平区人民政府办公室",
                "2025",
                "临平区人民政府办公室（地址：杭州市临平区南苑街道；电话：0571-86220000）",
            ),
            *sections("区政府办公室", "2025年", 260, "2026年"),
        )
    ),
    {
        "agency": "杭州市临平区人民政府办公室",
        "accept": ["临平区人民政府办公室"],
        "as_written": "杭州市临平区人民政府办公室",
        "region": {"city": "杭州市", "county": "临平区"},
        "level": "county",
        "kind": "government",
        "year": 2025,
        "note": "a 2025 report; a district created in 2021",
    },
)

# ------------------------------------------------------------- NOT certain

# t40: 区民政局 with no area anywhere (a phone area code is no name): agency null.
add(
    "t40",
    "txt",
    clip(
        text(
            "区民政局2022年政府信息公开工作年度报告",
            preamble("区民政局", "2022", "区民政局办公室（电话：0571-85000000）"),
            *sections("我局", "2022年", 71, "2023年"),
        )
    ),
    {
        "agency": None,
        "as_written": "区民政局",
        "region": {},
        "level": None,
        "kind": None,
        "year": 2022,
        "note": "NOT certain: no area written (only a phone area code)",
    },
)

# t41: the only year in the page is inside a spam suffix; the body says 本年度 and
# there is no date: year null.
_spam41 = "扬州市邗江区审计局政府信息公开工作年度报告_2024欧洲杯买球官网入口"
add(
    "t41",
    "html",
    html(
        _spam41,
        paras(
            "根据《中华人民共和国政府信息公开条例》规定，现公布扬州市邗江区审计局政府信息公开工作年度报告。",
            *sections("我局", "本年度", 59, "下一年度"),
        ),
        head_title=_spam41,
        crumbs="首页 > 信息公开 > 年度报告",
        info="",
    ),
    {
        "agency": "扬州市邗江区审计局",
        "accept": ["邗江区审计局"],
        "as_written": "扬州市邗江区审计局",
        "region": {"city": "扬州市", "county": "邗江区"},
        "level": "county",
        "kind": "department",
        "year": None,
        "note": "NOT certain year: the only year is inside the spam suffix",
    },
)

# t42: a township's report on its county's portal that names the town nowhere (本镇,
# 我镇): agency null; the host county government is not the reporter.
add(
    "t42",
    "html",
    html(
        "2021年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》规定，现公布本镇2021年政府信息公开工作年度报告。"
            "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
            *sections("我镇", "2021年", 46, "2022年"),
        ),
        head_title="2021年政府信息公开工作年度报告_永嘉县人民政府",
        crumbs="永嘉县人民政府 > 信息公开 > 乡镇（街道）信息公开",
        info="发布日期：2022-01-20",
        banner="永嘉县人民政府",
        footer="主办：永嘉县人民政府办公室",
    ),
    {
        "agency": None,
        "as_written": None,
        "region": {},
        "level": None,
        "kind": None,
        "year": 2021,
        "note": "NOT certain agency: a town (本镇) on the county portal, named nowhere",
    },
)


def main() -> None:
    write_pages(HERE, PAGES, as_written=True)


if __name__ == "__main__":
    main()
