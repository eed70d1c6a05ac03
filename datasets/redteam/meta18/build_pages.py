"""Write meta18's metadata pages (`pages/`) and `truth.jsonl`.

Written blind (session 18), before reading the library's metadata code
(`metadata.py`, `gazetteer.py`, `identity.py`, their data) or the earlier red
teams' pages (only their READMEs, to choose other kinds, and meta16's `html()`
helper for the layout). Real places and bodies, invented reports. Each page is
kept beside its truth so that a reader checks one against the other. Run once:
`python datasets/redteam/meta18/build_pages.py` (Traditional pages go through
OpenCC s2t).

Truth keys (SCHEMA §1, meta16's format): `agency` canonical (area prefix restored
from the page; null where the page does not make it certain), `accept` (other
forms of the same body that are right), `as_written` (the form the page's heading
uses), `region` (only keys the page makes certain; scored), `level`/`kind`
(null = not scored), `year` (the year the statistics cover; null where the page
does not make it certain).
"""

from __future__ import annotations

import sys
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from meta_pages import clip, paras, text, write_pages  # noqa: E402

NAV = ["首页", "信息公开", "政务服务", "政民互动", "走进机构"]


def trad(s: str) -> str:
    return opencc.OpenCC("s2t").convert(s)


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
) -> str:
    nav = "".join(f'<li><a href="/n{i}/">{w}</a></li>' for i, w in enumerate(NAV))
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{head_title}</title>\n"
        '<meta name="keywords" content="政府信息公开,年度报告">\n</head>\n<body>\n'
        f'<div class="top"><div class="logo">{banner}</div><ul class="menu">{nav}</ul></div>\n'
        f'<div class="crumb">当前位置：{crumbs}</div>\n'
        f'<div class="main"><div class="detail">\n<h1 class="tit">{title}</h1>\n'
        f'<div class="info">{info}<span>字号：【大 中 小】</span></div>\n'
        f'<div class="TRS_Editor">\n{body}\n</div>\n</div>\n'
        f'<div class="aside">{sidebar}</div></div>\n'
        f'<div class="footer"><p>{footer}</p><p>网站标识码：0000000000 ICP备05000000号</p>'
        "<p>建议使用IE9以上版本浏览器</p></div>\n"
        "</body>\n</html>\n"
    )


def sections(me: str, year: str, n: int, plan_year: str) -> list[str]:
    """The body every page shares in shape: six headings, a few counts.
    `me` is how the body calls the agency (我局, 本机关, 我镇...)."""
    return [
        "一、总体情况",
        f"{year}，{me}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国"
        "政府信息公开条例》，围绕中心工作深化政务公开，政府信息公开工作取得新的进展。",
        "二、主动公开政府信息情况",
        f"全年主动公开政府信息{n}条，其中规范性文件{n // 12}件，政策解读{n // 25 + 1}篇。",
        "三、收到和处理政府信息公开申请情况",
        f"全年收到政府信息公开申请{n // 50 + 1}件，均已按期答复。",
        "四、政府信息公开行政复议、行政诉讼情况",
        "全年未发生政府信息公开行政复议、行政诉讼案件。",
        "五、存在的主要问题及改进情况",
        f"信息公开的精准度还有差距。{plan_year}，{me}将进一步加强政策解读和发布审核。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
    ]


PAGES: list[tuple[str, str, str, dict]] = []


def add(pid: str, ext: str, page: str, truth: dict) -> None:
    PAGES.append((pid, ext, page, truth))


# ---------------------------------------------------------------- vertical systems

# s01: a district tax bureau's full name in the title; the breadcrumb, banner and
# <title> name the province bureau (the site's owner).
add(
    "s01",
    "html",
    html(
        "国家税务总局杭州市西湖区税务局2023年政府信息公开工作年度报告",
        paras(
            "本报告根据《中华人民共和国政府信息公开条例》和国家税务总局浙江省税务局工作要求编制。"
            "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
            *sections("我局", "2023年", 412, "2024年"),
            "国家税务总局杭州市西湖区税务局",
            "2024年1月19日",
        ),
        head_title="国家税务总局杭州市西湖区税务局2023年政府信息公开工作年度报告_国家税务总局浙江省税务局",
        banner="国家税务总局浙江省税务局",
        crumbs="首页 > 信息公开 > 杭州市税务局 > 西湖区税务局 > 政府信息公开年报",
        info="<span>发布时间：2024-01-19</span><span>来源：西湖区税务局</span>",
        sidebar="<h3>相关链接</h3><ul><li>国家税务总局浙江省税务局2023年政府信息公开工作年度报告</li>"
        "<li>国家税务总局杭州市税务局2023年政府信息公开工作年度报告</li></ul>",
        footer="主办：国家税务总局浙江省税务局",
    ),
    {
        "agency": "国家税务总局杭州市西湖区税务局",
        "accept": [],
        "as_written": "国家税务总局杭州市西湖区税务局",
        "region": {"city": "杭州市", "county": "西湖区"},
        "level": None,
        "kind": "department",
        "year": 2023,
        "note": "vertical body; the site's owner (the province bureau) in banner, <title>, footer and sidebar",
    },
)

# s02: the title's short form (南山区税务局); the full name in the preamble only.
add(
    "s02",
    "txt",
    clip(
        text(
            "南山区税务局2021年政府信息公开工作年度报告",
            "发布日期：2022-01-25  信息来源：南山区税务局",
            "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现将国家税务总局深圳市南山区"
            "税务局2021年度政府信息公开工作情况报告如下。",
            *sections("我局", "2021年", 260, "2022年"),
        )
    ),
    {
        "agency": "国家税务总局深圳市南山区税务局",
        "accept": ["深圳市南山区税务局"],
        "as_written": "南山区税务局",
        "region": {"city": "深圳市", "county": "南山区"},
        "level": None,
        "kind": "department",
        "year": 2021,
        "note": "short form in the title; 国家税务总局…税务局 in the preamble",
    },
)

# s03: a tax bureau's page in Traditional characters (heading, breadcrumb, body).
add(
    "s03",
    "html",
    trad(
        html(
            "国家税务总局广州市天河区税务局2022年政府信息公开工作年度报告",
            paras(
                "依据《中华人民共和国政府信息公开条例》，结合工作实际，编制本报告。",
                *sections("本局", "2022年", 377, "2023年"),
                "如对本报告有疑问，请联系国家税务总局广州市天河区税务局办公室，电话：020-38000000。",
            ),
            head_title="国家税务总局广州市天河区税务局2022年政府信息公开工作年度报告-国家税务总局广东省税务局",
            banner="国家税务总局广东省税务局",
            crumbs="首页 > 广州市税务局 > 天河区税务局 > 政府信息公开",
            info="<span>发布时间：2023-01-16</span>",
        )
    ),
    {
        "agency": "国家税务总局广州市天河区税务局",
        "accept": [],
        "as_written": trad("国家税务总局广州市天河区税务局"),
        "region": {"city": "广州市", "county": "天河区"},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "Traditional (s2t) whole page; the province bureau's site",
    },
)

# s04: a survey team of the national statistics bureau (vertical); a city's name
# without 市 inside the body's name.
add(
    "s04",
    "txt",
    clip(
        text(
            "国家统计局杭州调查队2023年政府信息公开工作年度报告",
            "发布时间：2024-01-26",
            "本报告由国家统计局杭州调查队按照《中华人民共和国政府信息公开条例》要求编制，"
            "所列数据统计期限为2023年1月1日至12月31日。",
            *sections("我队", "2023年", 96, "2024年"),
        )
    ),
    {
        "agency": "国家统计局杭州调查队",
        "accept": [],
        "as_written": "国家统计局杭州调查队",
        "region": {},
        "level": None,
        "kind": "department",
        "year": 2023,
        "note": "vertical; 杭州 without 市 inside the name: region not scored",
    },
)

# s05: a city postal administration (vertical under 国家邮政局), on the province
# administration's site.
add(
    "s05",
    "html",
    html(
        "杭州市邮政管理局2022年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》和国家邮政局有关要求，杭州市邮政管理局编制了本报告。",
            *sections("我局", "2022年", 145, "2023年"),
        ),
        head_title="浙江省邮政管理局",
        banner="浙江省邮政管理局",
        crumbs="首页 > 市局信息 > 杭州市局",
        info="<span>发布日期：2023-01-13</span><span>来源：杭州市邮政管理局</span>",
        footer="浙江省邮政管理局 版权所有",
    ),
    {
        "agency": "杭州市邮政管理局",
        "accept": [],
        "as_written": "杭州市邮政管理局",
        "region": {"city": "杭州市"},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "vertical; <title> is the province administration's name only",
    },
)

# s06: a city police bureau's district branch, titled by the branch's short name;
# the full name in the contact line and the breadcrumb's parent.
add(
    "s06",
    "html",
    html(
        "南山分局2022年政府信息公开工作年度报告",
        paras(
            *sections("我分局", "2022年", 233, "2023年"),
            "联系单位：深圳市公安局南山分局办公室；联系电话：0755-26000000。",
        ),
        head_title="南山分局2022年政府信息公开工作年度报告--深圳市公安局",
        banner="深圳市公安局",
        crumbs="首页 > 政府信息公开 > 分局信息公开 > 南山分局",
        info="<span>发布时间：2023-01-30</span>",
    ),
    {
        "agency": "深圳市公安局南山分局",
        "accept": [],
        "as_written": "南山分局",
        "region": {"city": "深圳市"},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "bare 南山分局 is not canonical (many cities have one); the contact line names it",
    },
)

# s07: a county meteorological bureau on the city bureau's site; 中国气象局 above.
add(
    "s07",
    "html",
    html(
        "桐庐县气象局2024年政府信息公开工作年度报告",
        paras(
            "按照中国气象局和浙江省气象局关于做好政府信息公开工作年度报告的要求，现公布桐庐县气象局"
            "2024年政府信息公开工作年度报告。",
            *sections("我局", "2024年", 88, "2025年"),
        ),
        head_title="桐庐县气象局2024年政府信息公开工作年度报告 - 杭州市气象局",
        banner="杭州市气象局",
        crumbs="中国气象局 > 浙江省气象局 > 杭州市气象局 > 区县气象局 > 桐庐县气象局",
        info="<span>发布时间：2025-01-22</span>",
    ),
    {
        "agency": "桐庐县气象局",
        "accept": ["杭州市桐庐县气象局"],
        "as_written": "桐庐县气象局",
        "region": {},
        "level": None,
        "kind": "department",
        "year": 2024,
        "note": "three superiors named before the agency in the preamble and breadcrumb",
    },
)

# s08: a national administration (the railway administration).
add(
    "s08",
    "html",
    html(
        "国家铁路局2022年政府信息公开工作年度报告",
        paras(
            "本报告由国家铁路局依据《中华人民共和国政府信息公开条例》编制。"
            "本报告中所列数据统计期限为2022年1月1日至2022年12月31日。",
            *sections("国家铁路局", "2022年", 540, "2023年"),
        ),
        head_title="国家铁路局2022年政府信息公开工作年度报告_国家铁路局",
        banner="中华人民共和国交通运输部 国家铁路局",
        crumbs="首页 > 政府信息公开 > 政府信息公开年度报告",
        info="<span>发布时间：2023-01-31</span>",
        sidebar="<h3>地区铁路监督管理局</h3><ul><li>沈阳铁路监督管理局</li><li>上海铁路监督管理局</li>"
        "<li>广州铁路监督管理局</li></ul>",
    ),
    {
        "agency": "国家铁路局",
        "accept": [],
        "as_written": "国家铁路局",
        "region": {},
        "level": "national",
        "kind": "department",
        "year": 2022,
        "note": "banner names the ministry that manages it; sidebar lists regional bureaus",
    },
)

# s09: a civil aviation regional administration: the short 民航…管理局 in the title,
# the full name (中国民用航空…) in the preamble; 华东 is no administrative area.
add(
    "s09",
    "txt",
    clip(
        text(
            "民航华东地区管理局2025年政府信息公开工作年度报告",
            "2026-01-23",
            "中国民用航空华东地区管理局（以下简称华东局）根据《中华人民共和国政府信息公开条例》和"
            "中国民用航空局的要求，编制本报告。本报告统计期限自2025年1月1日至2025年12月31日。",
            *sections("华东局", "2025年", 301, "2026年"),
        )
    ),
    {
        "agency": "中国民用航空华东地区管理局",
        "accept": ["民航华东地区管理局"],
        "as_written": "民航华东地区管理局",
        "region": {},
        "level": None,
        "kind": "department",
        "year": 2025,
        "note": "a regional administration of 民航局; the short form is the body's common name",
    },
)

# s10: a regional railway supervision bureau (its 上海 is not its area).
add(
    "s10",
    "txt",
    clip(
        text(
            "上海铁路监督管理局",
            "2021年政府信息公开工作年度报告",
            "发布时间：2022年01月28日",
            "根据《中华人民共和国政府信息公开条例》和国家铁路局工作部署，现将上海铁路监督管理局"
            "2021年政府信息公开工作情况报告如下：",
            *sections("我局", "2021年", 122, "2022年"),
        )
    ),
    {
        "agency": "上海铁路监督管理局",
        "accept": [],
        "as_written": "上海铁路监督管理局",
        "region": {},
        "level": None,
        "kind": "department",
        "year": 2021,
        "note": "title split over two lines; supervises several provinces",
    },
)

# ---------------------------------------------------------------- national ministries

# s11: a ministry; its general office compiled the report (a second body named).
add(
    "s11",
    "html",
    html(
        "教育部2022年政府信息公开工作年度报告",
        paras(
            "本报告由教育部办公厅会同部内各司局编制，依据《中华人民共和国政府信息公开条例》，"
            "报告教育部2022年政府信息公开工作情况。",
            *sections("教育部", "2022年", 1260, "2023年"),
            "如对本报告有任何疑问，请与教育部办公厅政务公开办公室联系。",
        ),
        head_title="教育部2022年政府信息公开工作年度报告 - 中华人民共和国教育部政府门户网站",
        banner="中华人民共和国教育部",
        crumbs="首页 > 信息公开 > 政府信息公开年度报告",
        info="<span>发布时间：2023-01-30</span><span>来源：教育部办公厅</span>",
    ),
    {
        "agency": "教育部",
        "accept": ["中华人民共和国教育部"],
        "as_written": "教育部",
        "region": {},
        "level": "national",
        "kind": "department",
        "year": 2022,
        "note": "教育部办公厅 (compiler, 来源) is another body: wrong",
    },
)

# s12: a national commission's short form (国家发展改革委) in the title, its full
# name in the preamble.
add(
    "s12",
    "txt",
    clip(
        text(
            "国家发展改革委2023年政府信息公开工作年度报告",
            "发布时间：2024-01-29 来源：办公厅",
            "本报告依据《中华人民共和国政府信息公开条例》要求，由国家发展和改革委员会编制。全文包括总体情况、"
            "主动公开政府信息情况、收到和处理政府信息公开申请情况等。",
            *sections("我委", "2023年", 980, "2024年"),
        )
    ),
    {
        "agency": "国家发展和改革委员会",
        "accept": [],
        "as_written": "国家发展改革委",
        "region": {},
        "level": "national",
        "kind": "department",
        "year": 2023,
        "note": "the short 国家发展改革委 is not the canonical name the preamble writes",
    },
)

# s13: the State Council's general office (a general office: kind government).
add(
    "s13",
    "html",
    html(
        "国务院办公厅2021年政府信息公开工作年度报告",
        paras(
            "本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制，"
            "由总体情况、主动公开政府信息情况等部分组成。",
            *sections("国务院办公厅", "2021年", 2300, "2022年"),
        ),
        head_title="国务院办公厅2021年政府信息公开工作年度报告_政务公开_中国政府网",
        banner="中国政府网 中央人民政府门户网站",
        crumbs="首页 > 政务公开 > 政府信息公开年度报告",
        info="<span>来源：中国政府网</span><span>发布时间：2022-01-28</span>",
        sidebar="<ul><li>国务院部门政府信息公开工作年度报告</li><li>省级政府政府信息公开工作年度报告</li></ul>",
    ),
    {
        "agency": "国务院办公厅",
        "accept": [],
        "as_written": "国务院办公厅",
        "region": {},
        "level": "national",
        "kind": "government",
        "year": 2021,
    },
)

# s14: a ministry's 派出机构 (a river basin commission), its short name in the title.
add(
    "s14",
    "html",
    html(
        "长江水利委员会2022年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》和水利部有关要求，水利部长江水利委员会（以下简称长江委）"
            "编制了2022年政府信息公开工作年度报告。",
            *sections("长江委", "2022年", 430, "2023年"),
            "联系地址：湖北省武汉市江岸区解放大道1863号。",
        ),
        head_title="长江水利委员会2022年政府信息公开工作年度报告-水利部长江水利委员会",
        banner="水利部长江水利委员会",
        crumbs="首页 > 政务公开 > 年度报告",
        info="<span>发布时间：2023-01-20</span>",
    ),
    {
        "agency": "水利部长江水利委员会",
        "accept": ["长江水利委员会"],
        "as_written": "长江水利委员会",
        "region": {},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "a ministry's 派出机构; the address's 武汉市江岸区 is not its area",
    },
)

# s15: a body created in the 2023 reform (国家数据局), its first full year.
add(
    "s15",
    "txt",
    clip(
        text(
            "国家数据局2024年政府信息公开工作年度报告",
            "日期：2025-01-24",
            "2024年是国家数据局组建后全面履职的第一年。根据《中华人民共和国政府信息公开条例》，"
            "现发布国家数据局2024年政府信息公开工作年度报告。",
            *sections("我局", "2024年", 210, "2025年"),
        )
    ),
    {
        "agency": "国家数据局",
        "accept": [],
        "as_written": "国家数据局",
        "region": {},
        "level": "national",
        "kind": "department",
        "year": 2024,
    },
)

# ---------------------------------------------------------------- province bodies, short forms

# s16: 省发展改革委 in the title; the full name in 发布机构 and the signature.
add(
    "s16",
    "html",
    html(
        "省发展改革委2022年政府信息公开工作年度报告",
        paras(
            *sections("我委", "2022年", 690, "2023年"),
            "浙江省发展和改革委员会",
            "2023年1月28日",
        ),
        head_title="省发展改革委2022年政府信息公开工作年度报告",
        banner="浙江省发展和改革委员会",
        crumbs="首页 > 政务公开 > 政府信息公开年报",
        info="<table><tr><td>索引号：</td><td>002482155/2023-00011</td><td>发布机构：</td>"
        "<td>浙江省发展和改革委员会</td></tr><tr><td>发布日期：</td><td>2023-01-28</td></tr></table>",
    ),
    {
        "agency": "浙江省发展和改革委员会",
        "accept": [],
        "as_written": "省发展改革委",
        "region": {"province": "浙江省"},
        "level": "province",
        "kind": "department",
        "year": 2022,
    },
)

# s17: 省卫生健康委 in the title; the province only in the site's name and contact.
add(
    "s17",
    "html",
    html(
        "省卫生健康委2023年政府信息公开工作年度报告",
        paras(
            "本年度报告根据《中华人民共和国政府信息公开条例》要求编制，统计期限为2023年1月1日至12月31日。",
            *sections("我委", "2023年", 820, "2024年"),
            "如对本报告有疑问，请联系江苏省卫生健康委员会办公室（南京市中央路42号）。",
        ),
        head_title="省卫生健康委2023年政府信息公开工作年度报告_江苏省卫生健康委员会",
        banner="江苏省卫生健康委员会",
        crumbs="首页 > 信息公开 > 年度报告",
        info="<span>发布时间：2024-01-24</span>",
    ),
    {
        "agency": "江苏省卫生健康委员会",
        "accept": [],
        "as_written": "省卫生健康委",
        "region": {"province": "江苏省"},
        "level": "province",
        "kind": "department",
        "year": 2023,
        "note": "南京市 in the contact address is not the body's area",
    },
)

# s18: 广东省人社厅 in the title; the full name in the preamble.
add(
    "s18",
    "txt",
    clip(
        text(
            "广东省人社厅2020年政府信息公开工作年度报告",
            "发布日期：2021-01-29",
            "根据《中华人民共和国政府信息公开条例》规定，广东省人力资源和社会保障厅编制了本报告。"
            "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
            *sections("我厅", "2020年", 1040, "2021年"),
        )
    ),
    {
        "agency": "广东省人力资源和社会保障厅",
        "accept": [],
        "as_written": "广东省人社厅",
        "region": {"province": "广东省"},
        "level": "province",
        "kind": "department",
        "year": 2020,
    },
)

# s19: 省市场监管局 in the title; the full name only in the signature at the end.
add(
    "s19",
    "txt",
    text(
        "江西省人民政府",
        "省市场监管局2024年政府信息公开工作年度报告",
        "来源：省市场监管局  发布时间：2025-01-21",
        *sections("我局", "2024年", 760, "2025年"),
        "江西省市场监督管理局",
        "2025年1月21日",
    ),
    {
        "agency": "江西省市场监督管理局",
        "accept": [],
        "as_written": "省市场监管局",
        "region": {"province": "江西省"},
        "level": "province",
        "kind": "department",
        "year": 2024,
        "note": "the province government's site name first; the full name only in the signature",
    },
)

# s20: a province department with a long name and a spam suffix (with a year) in
# the heading and <title>.
add(
    "s20",
    "html",
    html(
        "湖南省住房和城乡建设厅2021年政府信息公开工作年度报告-亚博体育官网入口2023最新版",
        paras(
            "依据《中华人民共和国政府信息公开条例》，湖南省住房和城乡建设厅编制本报告。",
            *sections("我厅", "2021年", 530, "2022年"),
        ),
        head_title="湖南省住房和城乡建设厅2021年政府信息公开工作年度报告-亚博体育官网入口2023最新版",
        crumbs="首页 > 信息公开 > 年度报告",
        info="<span>发布时间：2022-01-27</span>",
    ),
    {
        "agency": "湖南省住房和城乡建设厅",
        "accept": [],
        "as_written": "湖南省住房和城乡建设厅",
        "region": {"province": "湖南省"},
        "level": "province",
        "kind": "department",
        "year": 2021,
        "note": "spam suffix with 2023 in it",
    },
)

# ---------------------------------------------------------------- 派出机构: streets, zones

# s21: a street office titled by its bare name on its district's portal.
add(
    "s21",
    "html",
    html(
        "湖滨街道2022年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》和上城区人民政府办公室的部署，湖滨街道办事处编制本报告。",
            *sections("街道", "2022年", 167, "2023年"),
            "联系方式：杭州市上城区湖滨街道办事处党政办，0571-87000000。",
        ),
        head_title="湖滨街道2022年政府信息公开工作年度报告_杭州市上城区人民政府",
        banner="杭州市上城区人民政府",
        crumbs="首页 > 政府信息公开 > 街道信息公开 > 湖滨街道",
        info="<span>发布时间：2023-01-17</span><span>信息来源：湖滨街道</span>",
    ),
    {
        "agency": "杭州市上城区湖滨街道办事处",
        "accept": ["上城区湖滨街道办事处", "湖滨街道办事处"],
        "as_written": "湖滨街道",
        "region": {"city": "杭州市", "county": "上城区"},
        "level": "street",
        "kind": "government",
        "year": 2022,
        "note": "上城区人民政府 in the preamble is the superior, not the reporter",
    },
)

# s22: a street office of a county-level city; the city government's site name as
# the scrape's first line.
add(
    "s22",
    "txt",
    clip(
        text(
            "义乌市人民政府",
            "稠城街道办事处2023年政府信息公开工作年度报告",
            "发布时间：2024-01-10  信息来源：稠城街道",
            "义乌市稠城街道办事处根据《中华人民共和国政府信息公开条例》编制本报告，"
            "所列数据的统计期限为2023年1月1日至2023年12月31日。",
            *sections("街道", "2023年", 134, "2024年"),
        )
    ),
    {
        "agency": "义乌市稠城街道办事处",
        "accept": ["稠城街道办事处"],
        "as_written": "稠城街道办事处",
        "region": {"county": "义乌市"},
        "level": "street",
        "kind": "government",
        "year": 2023,
        "note": "the site name (义乌市人民政府) is the first line of the scrape",
    },
)

# s23: an industrial park named alone in the title (苏州工业园区); 发布机构 names
# its committee.
add(
    "s23",
    "html",
    html(
        "苏州工业园区2022年政府信息公开工作年度报告",
        paras(
            "本报告根据《中华人民共和国政府信息公开条例》编制，由园区党政办公室汇总。",
            *sections("园区", "2022年", 905, "2023年"),
        ),
        head_title="苏州工业园区2022年政府信息公开工作年度报告 - 苏州工业园区管理委员会",
        banner="苏州工业园区",
        crumbs="首页 > 政务公开 > 政府信息公开年报",
        info="<span>发布机构：苏州工业园区管理委员会</span><span>发布日期：2023-01-31</span>",
    ),
    {
        "agency": "苏州工业园区管理委员会",
        "accept": ["苏州工业园区管委会"],
        "as_written": "苏州工业园区",
        "region": {"city": "苏州市"},
        "level": None,
        "kind": None,
        "year": 2022,
        "note": "苏州工业园区人民政府 is a name the page never writes: wrong",
    },
)

# s24: a Beijing park committee's full name in the title.
add(
    "s24",
    "txt",
    clip(
        text(
            "中关村科技园区管理委员会2021年政府信息公开工作年度报告",
            "发布日期：2022-01-26  来源：中关村管委会",
            "本报告依据《中华人民共和国政府信息公开条例》和北京市政务服务管理局的工作要求编制。",
            *sections("中关村管委会", "2021年", 356, "2022年"),
        )
    ),
    {
        "agency": "中关村科技园区管理委员会",
        "accept": ["中关村管委会"],
        "as_written": "中关村科技园区管理委员会",
        "region": {},
        "level": None,
        "kind": None,
        "year": 2021,
        "note": "北京市政务服务管理局 named in the preamble is another body",
    },
)

# ---------------------------------------------------------------- townships sharing a county's name

# s25: 成安镇 of 成安县 on the county's portal (title, banner and breadcrumb name the county).
add(
    "s25",
    "html",
    html(
        "成安镇人民政府2022年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》和成安县人民政府办公室要求，现将成安镇人民政府2022年度"
            "政府信息公开工作情况报告如下。",
            *sections("我镇", "2022年", 74, "2023年"),
        ),
        head_title="成安镇人民政府2022年政府信息公开工作年度报告_成安县人民政府",
        banner="成安县人民政府",
        crumbs="首页 > 信息公开 > 乡镇信息公开 > 成安镇",
        info="<span>发布日期：2023-01-12</span><span>来源：成安镇人民政府</span>",
        footer="主办：成安县人民政府办公室",
    ),
    {
        "agency": "成安县成安镇人民政府",
        "accept": ["成安镇人民政府", "邯郸市成安县成安镇人民政府"],
        "as_written": "成安镇人民政府",
        "region": {"county": "成安县"},
        "level": "township",
        "kind": "government",
        "year": 2022,
        "note": "a town with its county's name; 成安县人民政府 is wrong",
    },
)

# s26: 馆陶镇 without 人民政府 in the title; the county's site name first; the
# town's government in the contact line.
add(
    "s26",
    "txt",
    clip(
        text(
            "馆陶县人民政府网",
            "馆陶镇2021年政府信息公开工作年度报告",
            "发布时间：2022-01-14",
            *sections("我镇", "2021年", 58, "2022年"),
            "联系单位：馆陶县馆陶镇人民政府党政办公室，电话：0310-2800000。",
        )
    ),
    {
        "agency": "馆陶县馆陶镇人民政府",
        "accept": ["馆陶镇人民政府", "馆陶县馆陶镇", "馆陶镇"],
        "as_written": "馆陶镇",
        "region": {"county": "馆陶县"},
        "level": "township",
        "kind": "government",
        "year": 2021,
        "note": "a town with its county's name; 馆陶县人民政府 is wrong",
    },
)

# ---------------------------------------------------------------- renamed bodies, county → district

# s27: a county's 2019 report (新津县, made a district in 2020) on the district's site.
add(
    "s27",
    "html",
    html(
        "新津县人民政府2019年政府信息公开工作年度报告",
        paras(
            "本报告依据《中华人民共和国政府信息公开条例》编制，统计期限自2019年1月1日至2019年12月31日。",
            *sections("县政府", "2019年", 1480, "2020年"),
            "新津县人民政府办公室",
            "2020年1月20日",
        ),
        head_title="新津县人民政府2019年政府信息公开工作年度报告_成都市新津区人民政府",
        banner="成都市新津区人民政府",
        crumbs="首页 > 政务公开 > 法定主动公开内容 > 政府信息公开年报",
        info="<span>发布时间：2020-01-20</span>",
        sidebar="<h3>往年年报</h3><ul><li>成都市新津区人民政府2021年政府信息公开工作年度报告</li>"
        "<li>成都市新津区人民政府2020年政府信息公开工作年度报告</li></ul>",
    ),
    {
        "agency": "新津县人民政府",
        "accept": ["成都市新津县人民政府", "成都市新津区人民政府"],
        "as_written": "新津县人民政府",
        "region": {"city": "成都市"},
        "level": "county",
        "kind": "government",
        "year": 2019,
        "note": "撤县设区 2020: the 2019 report is the county's; the district is the same body renamed (accepted)",
    },
)

# s28: the first report of a district made from an abolished city (莱芜市 → 济南市莱芜区, 2019).
add(
    "s28",
    "txt",
    clip(
        text(
            "莱芜区人民政府2019年政府信息公开工作年度报告",
            "发布日期：2020-01-21",
            "2019年1月，国务院批复同意撤销莱芜市，将其所辖区域划归济南市管辖，设立济南市莱芜区。"
            "本报告是济南市莱芜区人民政府的第一份政府信息公开工作年度报告。",
            *sections("区政府", "2019年", 1020, "2020年"),
        )
    ),
    {
        "agency": "济南市莱芜区人民政府",
        "accept": ["莱芜区人民政府"],
        "as_written": "莱芜区人民政府",
        "region": {"city": "济南市", "county": "莱芜区"},
        "level": "county",
        "kind": "government",
        "year": 2019,
        "note": "莱芜市 (abolished) in the preamble: 莱芜市人民政府 is wrong",
    },
)

# s29: an abolished district's 2020 report (江干区, merged in 2021) on the new
# district's site.
add(
    "s29",
    "html",
    html(
        "杭州市江干区人民政府办公室2020年政府信息公开工作年度报告",
        paras(
            *sections("我办", "2020年", 620, "2021年"),
            "杭州市江干区人民政府办公室",
            "2021年1月26日",
        ),
        head_title="杭州市上城区人民政府",
        banner="杭州市上城区人民政府",
        crumbs="首页 > 政府信息公开 > 原江干区信息公开 > 年度报告",
        info="<span>发布时间：2021-01-26</span><span>来源：原江干区政府办</span>",
    ),
    {
        "agency": "杭州市江干区人民政府办公室",
        "accept": ["江干区人民政府办公室"],
        "as_written": "杭州市江干区人民政府办公室",
        "region": {"city": "杭州市", "county": "江干区"},
        "level": "county",
        "kind": "government",
        "year": 2020,
        "note": "the successor district's <title>; 上城区 is another body",
    },
)

# s30: a town made a county-level city in 2019 (苍南县龙港镇 → 龙港市, 温州市代管).
add(
    "s30",
    "txt",
    clip(
        text(
            "龙港市人民政府2019年政府信息公开工作年度报告",
            "发布时间：2020-01-23",
            "2019年8月，经国务院批准，撤销苍南县龙港镇，设立县级龙港市，由浙江省直辖，温州市代管。"
            "龙港市人民政府依据《中华人民共和国政府信息公开条例》编制本报告。",
            *sections("市政府", "2019年", 480, "2020年"),
        )
    ),
    {
        "agency": "龙港市人民政府",
        "accept": ["温州市龙港市人民政府"],
        "as_written": "龙港市人民政府",
        "region": {"province": "浙江省", "county": "龙港市"},
        "level": "county",
        "kind": "government",
        "year": 2019,
        "note": "苍南县/龙港镇 (the old units) in the preamble",
    },
)

# s31: a 2023 report of a county rural revitalisation bureau (merged into the
# agriculture bureau in 2024), published on the successor's site.
add(
    "s31",
    "html",
    html(
        "会宁县乡村振兴局2023年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》，现公布会宁县乡村振兴局2023年政府信息公开工作年度报告。"
            "2024年机构改革后，原县乡村振兴局职责划入县农业农村局，本报告由县农业农村局发布。",
            *sections("我局", "2023年", 112, "2024年"),
        ),
        head_title="会宁县乡村振兴局2023年政府信息公开工作年度报告-会宁县农业农村局",
        banner="会宁县人民政府",
        crumbs="首页 > 部门信息公开 > 会宁县农业农村局 > 年度报告",
        info="<span>发布机构：会宁县农业农村局</span><span>发布时间：2024-01-30</span>",
    ),
    {
        "agency": "会宁县乡村振兴局",
        "accept": ["白银市会宁县乡村振兴局"],
        "as_written": "会宁县乡村振兴局",
        "region": {"county": "会宁县"},
        "level": "county",
        "kind": "department",
        "year": 2023,
        "note": "发布机构 is the successor that published it: 会宁县农业农村局 is wrong",
    },
)

# ---------------------------------------------------------------- portals hosting another's report

# s32: a county portal; the title has no agency; the bureau only in the preamble.
add(
    "s32",
    "html",
    html(
        "2022年度政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》规定，现将宁海县教育局2022年度政府信息公开工作情况报告如下。",
            *sections("我局", "2022年", 205, "2023年"),
        ),
        head_title="2022年度政府信息公开工作年度报告_宁海县人民政府",
        banner="宁海县人民政府",
        crumbs="首页 > 政府信息公开 > 部门 > 县教育局 > 年度报告",
        info="<span>发布时间：2023-01-29</span>",
        footer="主办单位：宁海县人民政府办公室",
    ),
    {
        "agency": "宁海县教育局",
        "accept": ["宁波市宁海县教育局"],
        "as_written": "宁海县教育局",
        "region": {"county": "宁海县"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "宁海县人民政府 (<title>, banner, footer) is the portal, not the reporter",
    },
)

# s33: a township's report on its county's portal; the title has no agency;
# 发布机构 names the township.
add(
    "s33",
    "html",
    html(
        "2023年政府信息公开工作年度报告",
        paras(
            "本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限自2023年1月1日起至"
            "2023年12月31日止。",
            *sections("我乡", "2023年", 61, "2024年"),
        ),
        head_title="2023年政府信息公开工作年度报告-淳安县人民政府门户网站",
        banner="淳安县人民政府",
        crumbs="首页 > 信息公开 > 乡镇信息公开 > 王阜乡 > 年度报告",
        info="<table><tr><td>索引号：</td><td>11330127002500000X/2024-00003</td>"
        "<td>发布机构：</td><td>淳安县王阜乡人民政府</td></tr>"
        "<tr><td>成文日期：</td><td>2024-01-16</td></tr></table>",
    ),
    {
        "agency": "淳安县王阜乡人民政府",
        "accept": ["王阜乡人民政府"],
        "as_written": None,
        "region": {"county": "淳安县"},
        "level": "township",
        "kind": "government",
        "year": 2023,
        "note": "淳安县人民政府 in <title> and banner is the portal: wrong",
    },
)

# ---------------------------------------------------------------- two agencies in one page

# s34: one body with two names (一个机构两块牌子) in the title's brackets.
add(
    "s34",
    "txt",
    clip(
        text(
            "海口市自然资源和规划局（海口市林业局）2021年政府信息公开工作年度报告",
            "发布日期：2022-01-18",
            "本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2021年1月1日至12月31日。",
            *sections("我局", "2021年", 640, "2022年"),
        )
    ),
    {
        "agency": "海口市自然资源和规划局",
        "accept": [],
        "as_written": "海口市自然资源和规划局（海口市林业局）",
        "region": {"city": "海口市"},
        "level": "city",
        "kind": "department",
        "year": 2021,
        "note": "海口市林业局 alone would be wrong (a plaque of the same body, not its canonical name)",
    },
)

# s35: a county-level city administered directly by its province (仙桃市).
add(
    "s35",
    "html",
    html(
        "仙桃市人民政府2020年政府信息公开工作年度报告",
        paras(
            "仙桃市为湖北省直管市。根据《中华人民共和国政府信息公开条例》，现发布仙桃市人民政府"
            "2020年政府信息公开工作年度报告。",
            *sections("市政府", "2020年", 870, "2021年"),
        ),
        head_title="仙桃市人民政府2020年政府信息公开工作年度报告_仙桃市人民政府",
        banner="仙桃市人民政府",
        crumbs="首页 > 政务公开 > 政府信息公开年报",
        info="<span>发布时间：2021-01-29</span>",
    ),
    {
        "agency": "仙桃市人民政府",
        "accept": ["湖北省仙桃市人民政府"],
        "as_written": "仙桃市人民政府",
        "region": {"province": "湖北省"},
        "level": None,
        "kind": "government",
        "year": 2020,
        "note": "province-administered county-level city: level not scored",
    },
)

# s36: a county-level city government's report compiled by its general office
# (named in the preamble, the contact line and 来源).
add(
    "s36",
    "txt",
    clip(
        text(
            "嵊州市人民政府2022年政府信息公开工作年度报告",
            "来源：嵊州市人民政府办公室  发布时间：2023-01-20",
            "本报告由嵊州市人民政府办公室根据《中华人民共和国政府信息公开条例》要求，"
            "在市级各部门和各乡镇（街道）提供材料的基础上编制。",
            *sections("市政府", "2022年", 1730, "2023年"),
        )
    ),
    {
        "agency": "嵊州市人民政府",
        "accept": ["绍兴市嵊州市人民政府"],
        "as_written": "嵊州市人民政府",
        "region": {"county": "嵊州市"},
        "level": "county",
        "kind": "government",
        "year": 2022,
        "note": "the compiler (人民政府办公室) is another body: wrong",
    },
)

# ---------------------------------------------------------------- Traditional, spam, uncertain

# s37: a street office's whole page in Traditional.
add(
    "s37",
    "html",
    trad(
        html(
            "厦门市思明区鹭江街道办事处2023年政府信息公开工作年度报告",
            paras(
                "本报告根据《中华人民共和国政府信息公开条例》要求编制，统计期限自2023年1月1日至12月31日。",
                *sections("本街道", "2023年", 115, "2024年"),
            ),
            head_title="厦门市思明区鹭江街道办事处2023年政府信息公开工作年度报告-厦门市思明区人民政府",
            banner="厦门市思明区人民政府",
            crumbs="首页 > 信息公开 > 街道 > 鹭江街道",
            info="<span>发布时间：2024-01-18</span>",
        )
    ),
    {
        "agency": "厦门市思明区鹭江街道办事处",
        "accept": ["思明区鹭江街道办事处"],
        "as_written": trad("厦门市思明区鹭江街道办事处"),
        "region": {"city": "厦门市", "county": "思明区"},
        "level": "street",
        "kind": "government",
        "year": 2023,
    },
)

# s38: the title's year and the statistics period disagree; the body says only
# 本年度 and no date survives: the year is NOT certain.
add(
    "s38",
    "txt",
    clip(
        text(
            "嘉善县司法局2022年政府信息公开工作年度报告",
            "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
            *sections("我局", "本年度", 143, "下一年度"),
        )
    ),
    {
        "agency": "嘉善县司法局",
        "accept": ["嘉兴市嘉善县司法局"],
        "as_written": "嘉善县司法局",
        "region": {"county": "嘉善县"},
        "level": "county",
        "kind": "department",
        "year": None,
        "note": "title 2022 vs 统计期限 2021, nothing else: year null; either value is invented",
    },
)

# s39: a township name that hundreds of counties bear (城关镇), no county anywhere
# (blind: the agency NOT certain; see the truth's comment).
add(
    "s39",
    "txt",
    clip(
        text(
            "城关镇人民政府2022年度政府信息公开工作年度报告",
            "发布时间：2023-01-11",
            "根据《中华人民共和国政府信息公开条例》要求，现将我镇2022年度政府信息公开工作情况报告如下。",
            *sections("我镇", "2022年", 47, "2023年"),
        )
    ),
    {
        # Blind truth: agency null (the name would merge hundreds of bodies).
        # Corrected after the first reading to the project's convention, which the
        # blind writer had not read: a name several areas' bodies bear is the agency
        # as written, with no region (docs/schema.md: 鼓楼区 alone; the synthetic
        # 城关镇人民政府 of govinfo_nlp_dev/metadata_redteam.py).
        "agency": "城关镇人民政府",
        "accept": [],
        "as_written": "城关镇人民政府",
        "region": {},
        "level": "township",
        "kind": "government",
        "year": 2022,
        "note": "a township name many counties bear, no county: the name as written, no region "
        "(truth null at the first reading)",
    },
)

# s40: a ministry's page whose heading and <title> carry a spam suffix with years.
add(
    "s40",
    "html",
    html(
        "生态环境部2023年政府信息公开工作年度报告_半岛体育官方网站-2024世界杯",
        paras(
            "本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2023年1月1日至2023年12月31日。",
            *sections("我部", "2023年", 1600, "2024年"),
        ),
        head_title="生态环境部2023年政府信息公开工作年度报告_半岛体育官方网站-2024世界杯",
        crumbs="首页 > 新闻 > 半岛体育",
        info="<span>发布时间：2024-01-31</span>",
    ),
    {
        "agency": "生态环境部",
        "accept": ["中华人民共和国生态环境部"],
        "as_written": "生态环境部",
        "region": {},
        "level": "national",
        "kind": "department",
        "year": 2023,
        "note": "spam suffix with two years (2024) after the title",
    },
)

# s41: a district bureau's report whose only year cue is a June publication date:
# the year is NOT certain (a late report, most likely of the year before).
add(
    "s41",
    "html",
    html(
        "鄞州区统计局政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》，现将本局本年度政府信息公开工作情况报告如下。",
            *sections("我局", "本年度", 99, "下一年度"),
            "宁波市鄞州区统计局",
        ),
        head_title="鄞州区统计局政府信息公开工作年度报告_宁波市鄞州区人民政府",
        banner="宁波市鄞州区人民政府",
        crumbs="首页 > 信息公开 > 部门 > 区统计局",
        info="<span>发布时间：2024-06-12</span>",
    ),
    {
        "agency": "宁波市鄞州区统计局",
        "accept": ["鄞州区统计局"],
        "as_written": "鄞州区统计局",
        "region": {"city": "宁波市", "county": "鄞州区"},
        "level": "county",
        "kind": "department",
        "year": None,
        "note": "only a June publication date: year null (2023 likely, not certain)",
    },
)


def main() -> None:
    write_pages(HERE, PAGES, as_written=True)


if __name__ == "__main__":
    main()
