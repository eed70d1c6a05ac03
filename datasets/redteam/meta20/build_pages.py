"""Write meta20's metadata pages (`pages/`) and `truth.jsonl`.

Written blind (session 20), before reading the library's metadata code
(`metadata.py`, `gazetteer.py`, `identity.py`, their data) or the earlier red
teams' pages (only their READMEs, to choose other kinds, and the helpers at the
top of meta19's `build_pages.py` for the layout, copied here). Real places and
bodies, invented reports. Each page is kept beside its truth so that a reader
checks one against the other. Run once: `python datasets/redteam/meta20/build_pages.py`.

Truth keys (SCHEMA §1, meta16's format as meta19 extended it): `agency` canonical
(area prefix restored from the page; null where the page does not make it
certain), `accept` (other forms of the same body that are right), `as_written`
(the form the page's heading uses; null where the heading names no agency),
`region` (only keys the page makes certain; scored; a key given as null means the
area has no such level OR the page leaves it open between several areas, so any
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
    before: str = "",
) -> str:
    """A whole saved page (meta18/19's layout; `before` added: a column left of
    the article, saved before it)."""
    items = "".join(f'<li><a href="/n{i}/">{w}</a></li>' for i, w in enumerate(nav or NAV))
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{head_title}</title>\n"
        f'<meta name="keywords" content="政府信息公开,年度报告">\n{head_extra}</head>\n<body>\n'
        f'<div class="top"><div class="logo">{banner}</div><ul class="menu">{items}</ul></div>\n'
        f'<div class="crumb">当前位置：{crumbs}</div>\n'
        f'<div class="main">{before}<div class="detail">\n<h1 class="tit">{title}</h1>\n'
        f'<div class="info">{info}<span>字号：【大 中 小】</span></div>\n'
        f'<div class="TRS_Editor">\n{body}\n</div>\n</div>\n'
        f'<div class="aside">{sidebar}</div></div>\n'
        f'<div class="footer"><p>{footer}</p><p>网站标识码：0000000000 ICP备05000000号</p>'
        "<p>建议使用IE9以上版本浏览器</p></div>\n"
        "</body>\n</html>\n"
    )


PAGES: list[tuple[str, str, str, dict]] = []


def add(pid: str, ext: str, page: str, truth: dict) -> None:
    PAGES.append((pid, ext, page, truth))


# ------------------------------------------- 国务院部门's bodies and vertical systems

# u01: a national administration under a ministry, its site carrying a second
# plaque (国家公园管理局) in the banner; 自然资源部 in the breadcrumb.
add(
    "u01",
    "html",
    html(
        "国家林业和草原局2022年政府信息公开工作年度报告",
        paras(
            preamble("国家林业和草原局", "2022"),
            *sections("我局", "2022年", 864, "2023年"),
            "国家林业和草原局",
            "2023年1月30日",
        ),
        head_title="国家林业和草原局2022年政府信息公开工作年度报告-国家林业和草原局政府网",
        banner="国家林业和草原局 国家公园管理局",
        crumbs="首页 > 自然资源部 > 国家林业和草原局 > 政府信息公开 > 年度报告",
        info="发布时间：2023-01-30 来源：办公室",
        sidebar="<h3>相关链接</h3><ul><li>自然资源部2022年政府信息公开工作年度报告</li>"
        "<li>国家林业和草原局2021年政府信息公开工作年度报告</li></ul>",
        footer="主办：国家林业和草原局 国家公园管理局",
    ),
    {
        "agency": "国家林业和草原局",
        "accept": [],
        "as_written": "国家林业和草原局",
        "region": {},
        "level": "national",
        "kind": "department",
        "year": 2022,
        "note": "a national administration under 自然资源部 (breadcrumb, sidebar); second plaque in banner",
    },
)

# u02: a 证监会 派出机构 titled by its usual short form; the full name in the
# preamble; 中国证券监督管理委员会 in the banner.
add(
    "u02",
    "txt",
    clip(
        text(
            "中国证券监督管理委员会",
            "首页 > 派出机构 > 江苏监管局 > 政府信息公开",
            "江苏证监局2021年政府信息公开工作年度报告",
            "发布时间：2022-01-25",
            preamble(
                "中国证券监督管理委员会江苏监管局", "2021", "江苏证监局办公室（电话：025-8000000）"
            ),
            *sections("我局", "2021年", 312, "2022年"),
        )
    ),
    {
        "agency": "中国证券监督管理委员会江苏监管局",
        "accept": ["江苏证监局"],
        "as_written": "江苏证监局",
        "region": {"province": "江苏省"},
        "level": None,
        "kind": "department",
        "year": 2021,
        "note": "派出机构 of 证监会: short title, full name in the preamble; 证监会 itself is wrong",
    },
)

# u03: a province earthquake bureau under 中国地震局 (breadcrumb, banner); a 2020
# report published in 2021.
add(
    "u03",
    "html",
    html(
        "四川省地震局2020年政府信息公开工作年度报告",
        paras(
            preamble("四川省地震局", "2020"),
            *sections("我局", "2020年", 146, "2021年"),
            "四川省地震局",
            "2021年1月28日",
        ),
        head_title="四川省地震局2020年政府信息公开工作年度报告_中国地震局",
        banner="中国地震局 China Earthquake Administration",
        crumbs="中国地震局 > 直属机构 > 四川省地震局 > 政务公开",
        info="发布日期：2021-01-28 信息来源：四川省地震局",
        sidebar="<h3>最新发布</h3><ul><li>中国地震局2020年政府信息公开工作年度报告</li>"
        "<li>云南省地震局2020年政府信息公开工作年度报告</li></ul>",
        footer="版权所有：中国地震局 地址：北京市海淀区复兴路63号",
    ),
    {
        "agency": "四川省地震局",
        "accept": [],
        "as_written": "四川省地震局",
        "region": {"province": "四川省"},
        "level": None,
        "kind": "department",
        "year": 2020,
        "note": "a vertical body (中国地震局's) on its parent's site; level not scored",
    },
)

# u04: a 隶属海关 on its 直属海关's site; 发布机构 the 直属海关 (the host, not the body).
add(
    "u04",
    "html",
    html(
        "金陵海关2023年政府信息公开工作年度报告",
        paras(
            preamble("中华人民共和国金陵海关", "2023"),
            *sections("我关", "2023年", 96, "2024年"),
            "中华人民共和国金陵海关",
            "2024年1月19日",
        ),
        head_title="金陵海关2023年政府信息公开工作年度报告-南京海关",
        banner="中华人民共和国南京海关",
        crumbs="南京海关 > 信息公开 > 隶属海关 > 金陵海关",
        info="发布机构：南京海关 发布日期：2024-01-19",
        sidebar="<h3>隶属海关</h3><ul><li>苏州海关</li><li>无锡海关</li><li>南通海关</li></ul>",
        footer="主办单位：中华人民共和国南京海关",
    ),
    {
        "agency": "中华人民共和国金陵海关",
        "accept": ["金陵海关"],
        "as_written": "金陵海关",
        "region": {},
        "level": None,
        "kind": "department",
        "year": 2023,
        "note": "a 隶属海关 on its 直属海关's site; 南京海关 (发布机构, host) is wrong",
    },
)

# u05: a county-level city's tax bureau (国家税务总局昆山市税务局) under the city
# bureau's site line; a 2019 report published in 2020.
add(
    "u05",
    "txt",
    clip(
        text(
            "国家税务总局苏州市税务局",
            "首页 > 信息公开 > 县区局 > 昆山市税务局",
            "国家税务总局昆山市税务局2019年政府信息公开工作年度报告",
            "2020-01-17 来源：昆山市税务局",
            preamble("国家税务总局昆山市税务局", "2019"),
            *sections("我局", "2019年", 205, "2020年"),
        )
    ),
    {
        "agency": "国家税务总局昆山市税务局",
        "accept": [],
        "as_written": "国家税务总局昆山市税务局",
        "region": {"city": "苏州市", "county": "昆山市"},
        "level": None,
        "kind": "department",
        "year": 2019,
        "note": "a county-level city's tax bureau on its city bureau's site; the city bureau is wrong",
    },
)

# u06: a 中国…委员会 titled by its short form (中国银保监会), the full name in the
# preamble; a 2022 report (the body was replaced in 2023).
add(
    "u06",
    "html",
    html(
        "中国银保监会2022年政府信息公开工作年度报告",
        paras(
            preamble("中国银行保险监督管理委员会", "2022"),
            *sections("我会", "2022年", 1204, "2023年"),
            "中国银行保险监督管理委员会",
            "2023年1月31日",
        ),
        head_title="中国银保监会2022年政府信息公开工作年度报告",
        banner="中国银行保险监督管理委员会 China Banking and Insurance Regulatory Commission",
        crumbs="首页 > 政务信息 > 政府信息公开 > 政府信息公开年报",
        info="发布时间：2023-01-31 来源：办公厅",
        sidebar="<h3>派出机构</h3><ul><li>北京银保监局</li><li>上海银保监局</li></ul>",
        footer="版权所有：中国银行保险监督管理委员会",
    ),
    {
        "agency": "中国银行保险监督管理委员会",
        "accept": [],
        "as_written": "中国银保监会",
        "region": {},
        "level": "national",
        "kind": "department",
        "year": 2022,
        "note": "a 中国…委员会 short form in the title; the full name canonical (as meta18's 国家发展改革委)",
    },
)

# u07: a national administration under a ministry titled by its short form; the
# full name in the preamble; the ministry (市场监管总局) in the site line.
add(
    "u07",
    "txt",
    clip(
        text(
            "国家药品监督管理局 国家市场监督管理总局主管",
            "国家药监局2020年政府信息公开工作年度报告",
            "发布时间：2021-01-29",
            preamble("国家药品监督管理局", "2020"),
            *sections("我局", "2020年", 1530, "2021年"),
        )
    ),
    {
        "agency": "国家药品监督管理局",
        "accept": [],
        "as_written": "国家药监局",
        "region": {},
        "level": "national",
        "kind": "department",
        "year": 2020,
        "note": "short form in the title; 国家市场监督管理总局 (the supervising ministry) is wrong",
    },
)

# u08: a city bureau's 派出分局 named by its district without 区 (苏州市吴江生态环境局).
add(
    "u08",
    "txt",
    clip(
        text(
            "苏州市生态环境局",
            "首页 > 政府信息公开 > 派出机构 > 吴江生态环境局",
            "苏州市吴江生态环境局2023年政府信息公开工作年度报告",
            "发布日期：2024-01-22",
            preamble("苏州市吴江生态环境局", "2023", "苏州市吴江生态环境局办公室"),
            *sections("我局", "2023年", 118, "2024年"),
        )
    ),
    {
        "agency": "苏州市吴江生态环境局",
        "accept": [],
        "as_written": "苏州市吴江生态环境局",
        "region": {"city": "苏州市"},
        "level": None,
        "kind": "department",
        "year": 2023,
        "note": "a 派出分局 of the city bureau; 苏州市生态环境局 (site) and 吴江区生态环境局 (never written) are wrong",
    },
)

# u09: a province department's bureau titled 省…局, the province only in <title>
# and the footer.
add(
    "u09",
    "html",
    html(
        "省监狱管理局2021年政府信息公开工作年度报告",
        paras(
            preamble("省监狱管理局", "2021"),
            *sections("我局", "2021年", 88, "2022年"),
            "省监狱管理局",
            "2022年1月26日",
        ),
        head_title="省监狱管理局2021年政府信息公开工作年度报告_江苏省监狱管理局",
        banner="江苏省监狱管理局",
        crumbs="首页 > 政务公开 > 年度报告",
        info="发布时间：2022-01-26",
        footer="主办：江苏省监狱管理局 承办：江苏省监狱管理局信息中心",
    ),
    {
        "agency": "江苏省监狱管理局",
        "accept": [],
        "as_written": "省监狱管理局",
        "region": {"province": "江苏省"},
        "level": "province",
        "kind": "department",
        "year": 2021,
        "note": "省…局 short; the province from <title>, banner, footer (its own site)",
    },
)

# ------------------------------------- 县级市 under a 地级市, 省直管市, shared names

# u10: a county-level city's bureau titled 市教育局 on the city's portal, the
# prefecture (苏州市) in the footer: 市 here is 昆山市, not 苏州市.
add(
    "u10",
    "html",
    html(
        "市教育局2022年政府信息公开工作年度报告",
        paras(
            preamble("市教育局", "2022", "昆山市教育局办公室（地址：昆山市前进西路1801号）"),
            *sections("我局", "2022年", 230, "2023年"),
            "昆山市教育局",
            "2023年1月18日",
        ),
        head_title="市教育局2022年政府信息公开工作年度报告-昆山市人民政府",
        banner="昆山市人民政府",
        crumbs="首页 > 政务公开 > 部门信息公开 > 市教育局",
        info="发布日期：2023-01-18 来源：市教育局",
        sidebar="<h3>链接</h3><ul><li>苏州市教育局</li><li>江苏省教育厅</li></ul>",
        footer="主办：昆山市人民政府办公室 苏州市昆山市前进西路 邮编：215300",
    ),
    {
        "agency": "昆山市教育局",
        "accept": ["苏州市昆山市教育局"],
        "as_written": "市教育局",
        "region": {"city": "苏州市", "county": "昆山市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "市 of a county-level city; 苏州市教育局 (footer city, sidebar) is wrong",
    },
)

# u11: a province-administered county-level city's commission (天门市, 湖北省直管).
add(
    "u11",
    "txt",
    clip(
        text(
            "天门市人民政府",
            "天门市卫生健康委员会2021年政府信息公开工作年度报告",
            "发布时间：2022-01-20 信息来源：市卫健委",
            preamble("天门市卫生健康委员会", "2021", "市卫健委办公室（0728-5200000）"),
            *sections("我委", "2021年", 174, "2022年"),
        )
    ),
    {
        "agency": "天门市卫生健康委员会",
        "accept": ["湖北省天门市卫生健康委员会"],
        "as_written": "天门市卫生健康委员会",
        "region": {"province": "湖北省"},
        "level": None,
        "kind": "department",
        "year": 2021,
        "note": "省直管市 (no prefecture): level not scored, no city given",
    },
)

# u12: Beijing's 朝阳区 (not 朝阳市 of Liaoning, not 长春's 朝阳区): the title's
# 朝阳区民政局, the contact line 北京市朝阳区.
add(
    "u12",
    "html",
    html(
        "朝阳区民政局2023年政府信息公开工作年度报告",
        paras(
            preamble("朝阳区民政局", "2023", "朝阳区民政局办公室（北京市朝阳区日坛北路17号）"),
            *sections("我局", "2023年", 301, "2024年"),
            "北京市朝阳区民政局",
            "2024年1月22日",
        ),
        head_title="朝阳区民政局2023年政府信息公开工作年度报告_北京市朝阳区人民政府",
        banner="北京市朝阳区人民政府",
        crumbs="首页 > 政务公开 > 部门 > 区民政局",
        info="发布日期：2024-01-22",
        footer="主办：北京市朝阳区人民政府办公室",
    ),
    {
        "agency": "北京市朝阳区民政局",
        "accept": ["朝阳区民政局"],
        "as_written": "朝阳区民政局",
        "region": {"province": "北京市", "county": "朝阳区"},
        "level": "county",
        "kind": "department",
        "year": 2023,
        "note": "朝阳区 of Beijing (signature, contact, host); 朝阳市 / 长春 must not appear",
    },
)

# u13: 朝阳市 of Liaoning (a prefecture): its natural resources bureau.
add(
    "u13",
    "txt",
    clip(
        text(
            "朝阳市人民政府 www.zhaoyang.gov.cn",
            "朝阳市自然资源局2020年政府信息公开工作年度报告",
            "2021-01-26",
            preamble("朝阳市自然资源局", "2020", "朝阳市自然资源局办公室（辽宁省朝阳市双塔区）"),
            *sections("我局", "2020年", 157, "2021年"),
        )
    ),
    {
        "agency": "朝阳市自然资源局",
        "accept": ["辽宁省朝阳市自然资源局"],
        "as_written": "朝阳市自然资源局",
        "region": {"province": "辽宁省", "city": "朝阳市"},
        "level": "city",
        "kind": "department",
        "year": 2020,
        "note": "朝阳市 of Liaoning (not Beijing's 朝阳区)",
    },
)

# u14: 朝阳县 of 朝阳市 (Liaoning): the county government, the prefecture in the
# breadcrumb.
add(
    "u14",
    "html",
    html(
        "朝阳县人民政府2024年政府信息公开工作年度报告",
        paras(
            preamble("朝阳县人民政府", "2024"),
            *sections("县政府", "2024年", 402, "2025年"),
            "朝阳县人民政府",
            "2025年1月24日",
        ),
        head_title="朝阳县人民政府2024年政府信息公开工作年度报告-朝阳县人民政府",
        banner="辽宁省朝阳县人民政府",
        crumbs="朝阳市人民政府 > 县区 > 朝阳县 > 政府信息公开年报",
        info="发布日期：2025-01-24 来源：朝阳县人民政府办公室",
        footer="主办：朝阳县人民政府办公室",
    ),
    {
        "agency": "朝阳县人民政府",
        "accept": ["辽宁省朝阳县人民政府", "朝阳市朝阳县人民政府"],
        "as_written": "朝阳县人民政府",
        "region": {"province": "辽宁省", "city": "朝阳市", "county": "朝阳县"},
        "level": "county",
        "kind": "government",
        "year": 2024,
        "note": "朝阳县 (a county named like its prefecture); its office (来源) is wrong",
    },
)

# u15: 徐州's 鼓楼区 (鼓楼区 also in 南京, 福州, 开封): decided by the contact address.
add(
    "u15",
    "txt",
    clip(
        text(
            "鼓楼区人民政府办公室2021年政府信息公开工作年度报告",
            "发布日期：2022-01-14",
            preamble(
                "鼓楼区人民政府办公室",
                "2021",
                "鼓楼区人民政府办公室（地址：徐州市鼓楼区中山北路288号，电话：0516-8000000）",
            ),
            *sections("我办", "2021年", 268, "2022年"),
        )
    ),
    {
        "agency": "徐州市鼓楼区人民政府办公室",
        "accept": ["鼓楼区人民政府办公室"],
        "as_written": "鼓楼区人民政府办公室",
        "region": {"city": "徐州市", "county": "鼓楼区"},
        "level": "county",
        "kind": "government",
        "year": 2021,
        "note": "鼓楼区 of 徐州 (contact address); 南京/福州/开封 are wrong",
    },
)

# u16: 开封's 鼓楼区: its finance bureau, the city only in the <title> suffix and footer.
add(
    "u16",
    "html",
    html(
        "鼓楼区财政局2022年政府信息公开工作年度报告",
        paras(
            preamble("鼓楼区财政局", "2022"),
            *sections("我局", "2022年", 133, "2023年"),
            "鼓楼区财政局",
            "2023年1月16日",
        ),
        head_title="鼓楼区财政局2022年政府信息公开工作年度报告-开封市鼓楼区人民政府",
        banner="开封市鼓楼区人民政府",
        crumbs="首页 > 政务公开 > 政府信息公开年报",
        info="发布时间：2023-01-16 来源：区财政局",
        footer="主办：开封市鼓楼区人民政府 地址：河南省开封市鼓楼区",
    ),
    {
        "agency": "开封市鼓楼区财政局",
        "accept": ["鼓楼区财政局"],
        "as_written": "鼓楼区财政局",
        "region": {"province": "河南省", "city": "开封市", "county": "鼓楼区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "鼓楼区 of 开封 (from the host's <title>, banner and footer); the host government is wrong",
    },
)

# u17: a 鼓楼区 body with nothing deciding which city: region's city and province
# must stay empty.
add(
    "u17",
    "txt",
    clip(
        text(
            "鼓楼区教育局2020年政府信息公开工作年度报告",
            "发布时间：2021-01-19",
            preamble("鼓楼区教育局", "2020", "区教育局办公室"),
            *sections("我局", "2020年", 211, "2021年"),
        )
    ),
    {
        "agency": "鼓楼区教育局",
        "accept": [],
        "as_written": "鼓楼区教育局",
        "region": {"province": None, "city": None, "county": "鼓楼区"},
        "level": "county",
        "kind": "department",
        "year": 2020,
        "note": "NOT certain region: 鼓楼区 of 南京/福州/徐州/开封, no cue; agency as written (meta18's convention), no city",
    },
)

# u18: Beijing's 通州区 (南通 has one too): decided by the contact line; a 2019
# report published in January 2020.
add(
    "u18",
    "html",
    html(
        "通州区人民政府2019年政府信息公开工作年度报告",
        paras(
            preamble(
                "通州区人民政府", "2019", "通州区人民政府办公室（北京市通州区运河东大街57号）"
            ),
            *sections("区政府", "2019年", 512, "2020年"),
            "北京市通州区人民政府",
            "2020年1月20日",
        ),
        head_title="通州区人民政府2019年政府信息公开工作年度报告",
        banner="北京城市副中心 通州",
        crumbs="首页 > 政务公开 > 年度报告",
        info="发布日期：2020-01-20",
        sidebar="<h3>最新</h3><ul><li>2020年通州区重点工作任务分工</li></ul>",
        footer="主办：北京市通州区人民政府办公室",
    ),
    {
        "agency": "北京市通州区人民政府",
        "accept": ["通州区人民政府"],
        "as_written": "通州区人民政府",
        "region": {"province": "北京市", "county": "通州区"},
        "level": "county",
        "kind": "government",
        "year": 2019,
        "note": "通州区 of Beijing (contact, signature); 南通市 is wrong; 2019 report dated 2020",
    },
)

# u19: 拉萨's 城关区 (兰州 has one too): 城关区卫健委 in the title; the full name
# and the region in the preamble's contact.
add(
    "u19",
    "txt",
    clip(
        text(
            "城关区卫健委2022年政府信息公开工作年度报告",
            "2023-01-29 来源：城关区卫健委",
            preamble(
                "拉萨市城关区卫生健康委员会",
                "2022",
                "拉萨市城关区卫生健康委员会办公室（西藏自治区拉萨市城关区江苏路）",
            ),
            *sections("我委", "2022年", 95, "2023年"),
        )
    ),
    {
        "agency": "拉萨市城关区卫生健康委员会",
        "accept": ["城关区卫生健康委员会", "西藏自治区拉萨市城关区卫生健康委员会"],
        "as_written": "城关区卫健委",
        "region": {"province": "西藏自治区", "city": "拉萨市", "county": "城关区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "城关区 of 拉萨 (preamble); 兰州 is wrong; the short 城关区卫健委 is not canonical",
    },
)

# u20: 吉林市 (a prefecture of 吉林省): its finance bureau.
add(
    "u20",
    "txt",
    clip(
        text(
            "吉林市人民政府",
            "首页 > 信息公开 > 政府信息公开年报",
            "吉林市财政局2022年度政府信息公开工作年度报告",
            "发布时间：2023-01-30",
            preamble("吉林市财政局", "2022"),
            *sections("我局", "2022年", 190, "2023年"),
        )
    ),
    {
        "agency": "吉林市财政局",
        "accept": ["吉林省吉林市财政局"],
        "as_written": "吉林市财政局",
        "region": {"province": "吉林省", "city": "吉林市"},
        "level": "city",
        "kind": "department",
        "year": 2022,
        "note": "吉林市 (a city named like its province): level city, not province",
    },
)

# u21: 通化县 of 通化市: the county government; the prefecture's portal links in the
# sidebar.
add(
    "u21",
    "html",
    html(
        "通化县人民政府2020年政府信息公开工作年度报告",
        paras(
            preamble("通化县人民政府", "2020"),
            *sections("县政府", "2020年", 356, "2021年"),
            "通化县人民政府",
            "2021年1月27日",
        ),
        head_title="通化县人民政府2020年政府信息公开工作年度报告_通化县人民政府",
        banner="通化县人民政府",
        crumbs="首页 > 政务公开 > 政府信息公开年报",
        info="发布日期：2021-01-27",
        sidebar="<h3>友情链接</h3><ul><li>通化市人民政府</li><li>吉林省人民政府</li></ul>",
        footer="主办：通化县人民政府办公室 地址：吉林省通化市通化县快大茂镇",
    ),
    {
        "agency": "通化县人民政府",
        "accept": ["吉林省通化县人民政府", "通化市通化县人民政府"],
        "as_written": "通化县人民政府",
        "region": {"province": "吉林省", "city": "通化市", "county": "通化县"},
        "level": "county",
        "kind": "government",
        "year": 2020,
        "note": "通化县 (not 通化市); 通化市人民政府 (sidebar) is wrong",
    },
)

# ----------------------------------------------- divisions merged or made anew

# u22: 钢城区 after 莱芜市 was merged into 济南 (January 2019): its 2019 report on a
# site whose banner and footer still say 莱芜市钢城区.
add(
    "u22",
    "html",
    html(
        "钢城区教育和体育局2019年政府信息公开工作年度报告",
        paras(
            preamble(
                "济南市钢城区教育和体育局",
                "2019",
                "区教育和体育局办公室（济南市钢城区府前大街）",
            ),
            *sections("我局", "2019年", 142, "2020年"),
            "济南市钢城区教育和体育局",
            "2020年1月21日",
        ),
        head_title="钢城区教育和体育局2019年政府信息公开工作年度报告-莱芜市钢城区人民政府",
        banner="莱芜市钢城区人民政府",
        crumbs="首页 > 政务公开 > 部门信息公开",
        info="发布日期：2020-01-21",
        footer="主办：莱芜市钢城区人民政府办公室",
    ),
    {
        "agency": "济南市钢城区教育和体育局",
        "accept": ["钢城区教育和体育局"],
        "as_written": "钢城区教育和体育局",
        "region": {"city": "济南市", "county": "钢城区"},
        "level": "county",
        "kind": "department",
        "year": 2019,
        "note": "莱芜市 merged into 济南市 in 2019; the stale chrome's 莱芜市 is wrong (region and agency)",
    },
)

# u23: 杭州市临平区 (made in 2021): its government office's 2025 report.
add(
    "u23",
    "txt",
    clip(
        text(
            "杭州市临平区人民政府",
            "首页>政务公开>政府信息公开年报",
            "临平区人民政府办公室2025年政府信息公开工作年度报告",
            "发布日期：2026-01-21 来源：区府办",
            preamble("杭州市临平区人民政府办公室", "2025"),
            *sections("我办", "2025年", 377, "2026年"),
        )
    ),
    {
        "agency": "杭州市临平区人民政府办公室",
        "accept": ["临平区人民政府办公室"],
        "as_written": "临平区人民政府办公室",
        "region": {"city": "杭州市", "county": "临平区"},
        "level": "county",
        "kind": "government",
        "year": 2025,
        "note": "a district made in 2021 (from 余杭区); a 2025 report",
    },
)

# u24: 杭州市钱塘区 (made in 2021): its education bureau, 区教育局 in the title.
add(
    "u24",
    "html",
    html(
        "区教育局2022年政府信息公开工作年度报告",
        paras(
            preamble("杭州市钱塘区教育局", "2022"),
            *sections("我局", "2022年", 166, "2023年"),
            "杭州市钱塘区教育局",
            "2023年1月13日",
        ),
        head_title="区教育局2022年政府信息公开工作年度报告-杭州市钱塘区人民政府",
        banner="杭州市钱塘区人民政府",
        crumbs="首页 > 政务公开 > 部门",
        info="发布日期：2023-01-13",
        footer="主办：杭州市钱塘区人民政府办公室",
    ),
    {
        "agency": "杭州市钱塘区教育局",
        "accept": ["钱塘区教育局"],
        "as_written": "区教育局",
        "region": {"city": "杭州市", "county": "钱塘区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "a district made in 2021; 区教育局 titled, full name in the preamble and signature",
    },
)

# ------------------------------------------------------- zones' 管委会

# u25: a 自贸区 新片区's 管委会: a name with full-width brackets, on Shanghai's portal.
add(
    "u25",
    "html",
    html(
        "中国（上海）自由贸易试验区临港新片区管理委员会2021年政府信息公开工作年度报告",
        paras(
            preamble("中国（上海）自由贸易试验区临港新片区管理委员会", "2021"),
            *sections("我委", "2021年", 245, "2022年"),
            "中国（上海）自由贸易试验区临港新片区管理委员会",
            "2022年1月28日",
        ),
        head_title="临港新片区管委会2021年政府信息公开工作年度报告_上海市人民政府",
        banner="上海市人民政府",
        crumbs="首页 > 政务公开 > 政府信息公开年报 > 市政府部门",
        info="发布日期：2022-01-28",
        footer="主办：上海市人民政府办公厅",
    ),
    {
        "agency": "中国（上海）自由贸易试验区临港新片区管理委员会",
        "accept": ["临港新片区管委会"],
        "as_written": "中国（上海）自由贸易试验区临港新片区管理委员会",
        "region": {"province": "上海市"},
        "level": None,
        "kind": None,
        "year": 2021,
        "note": "a 自贸区 新片区's 管委会, name with brackets; the host (上海市人民政府) is wrong",
    },
)

# u26: a 高新区 管委会 titled by its short form; the full name in 发布机构.
add(
    "u26",
    "txt",
    clip(
        text(
            "宝鸡高新区管委会2023年政府信息公开工作年度报告",
            "发布机构：宝鸡高新技术产业开发区管理委员会 发布日期：2024-01-26",
            preamble("宝鸡高新区管委会", "2023"),
            *sections("管委会", "2023年", 210, "2024年"),
        )
    ),
    {
        "agency": "宝鸡高新技术产业开发区管理委员会",
        "accept": ["宝鸡高新区管委会"],
        "as_written": "宝鸡高新区管委会",
        "region": {"city": "宝鸡市"},
        "level": None,
        "kind": None,
        "year": 2023,
        "note": "a 高新区 管委会, short form titled, full in 发布机构; never 宝鸡高新区人民政府",
    },
)

# u27: a 综合保税区's 管委会 report compiled by its office (综合办公室), the zone under
# a 地级市; the city's 商务局 in the preamble as the body it reports to.
add(
    "u27",
    "html",
    html(
        "南通综合保税区管理委员会2020年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》和南通市商务局有关要求，现公布南通综合保税区管理委员会"
            "2020年政府信息公开工作年度报告。本报告由南通综合保税区管理委员会综合办公室编制。"
            "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
            *sections("管委会", "2020年", 77, "2021年"),
            "南通综合保税区管理委员会",
            "2021年1月25日",
        ),
        head_title="南通综合保税区管理委员会2020年政府信息公开工作年度报告-南通市人民政府",
        banner="南通市人民政府",
        crumbs="首页 > 政府信息公开 > 年度报告",
        info="发布日期：2021-01-25 来源：南通综合保税区管理委员会综合办公室",
        footer="主办：南通市人民政府办公室",
    ),
    {
        "agency": "南通综合保税区管理委员会",
        "accept": [],
        "as_written": "南通综合保税区管理委员会",
        "region": {"city": "南通市"},
        "level": None,
        "kind": None,
        "year": 2020,
        "note": "a 综合保税区's 管委会; its 综合办公室 (compiler), 南通市商务局 and the host are wrong",
    },
)

# ----------------------------------------------------- townships and 党政办

# u28: a town's government report compiled and published by its 党政办公室, on the
# county-level city's portal.
add(
    "u28",
    "html",
    html(
        "周庄镇人民政府2020年政府信息公开工作年度报告",
        paras(
            preamble("昆山市周庄镇人民政府", "2020", "周庄镇党政办公室（0512-5700000）"),
            *sections("我镇", "2020年", 84, "2021年"),
            "周庄镇党政办公室",
            "2021年1月20日",
        ),
        head_title="周庄镇人民政府2020年政府信息公开工作年度报告-昆山市人民政府",
        banner="昆山市人民政府",
        crumbs="首页 > 政务公开 > 区镇信息公开 > 周庄镇",
        info="发布机构：周庄镇党政办公室 发布日期：2021-01-20",
        footer="主办：昆山市人民政府办公室 地址：江苏省苏州市昆山市",
    ),
    {
        "agency": "昆山市周庄镇人民政府",
        "accept": ["周庄镇人民政府", "苏州市昆山市周庄镇人民政府"],
        "as_written": "周庄镇人民政府",
        "region": {"city": "苏州市", "county": "昆山市"},
        "level": "township",
        "kind": "government",
        "year": 2020,
        "note": "a town of a county-level city; its 党政办公室 (发布机构, signature) is wrong",
    },
)

# u29: a 乡 (not a 镇) of a Beijing district, named in the title without its district.
add(
    "u29",
    "txt",
    clip(
        text(
            "北京市延庆区人民政府",
            "首页 > 政务公开 > 乡镇街道 > 香营乡",
            "香营乡人民政府2021年政府信息公开工作年度报告",
            "2022-01-24",
            preamble("延庆区香营乡人民政府", "2021", "香营乡人民政府办公室"),
            *sections("我乡", "2021年", 63, "2022年"),
        )
    ),
    {
        "agency": "延庆区香营乡人民政府",
        "accept": ["香营乡人民政府", "北京市延庆区香营乡人民政府"],
        "as_written": "香营乡人民政府",
        "region": {"province": "北京市", "county": "延庆区"},
        "level": "township",
        "kind": "government",
        "year": 2021,
        "note": "a 乡 of a Beijing district; the district government (site) is wrong",
    },
)

# u30: a town directly under a prefecture with no counties (中山市): region has no county.
add(
    "u30",
    "txt",
    clip(
        text(
            "中山市小榄镇人民政府",
            "小榄镇2021年政府信息公开工作年度报告",
            "发布时间：2022-01-28",
            preamble("中山市小榄镇人民政府", "2021", "小榄镇党政办（广东省中山市小榄镇）"),
            *sections("我镇", "2021年", 131, "2022年"),
        )
    ),
    {
        "agency": "中山市小榄镇人民政府",
        # (广东省…: added after the first reading, see the README's correction)
        "accept": ["小榄镇人民政府", "广东省中山市小榄镇人民政府"],
        "as_written": "小榄镇",
        "region": {"province": "广东省", "city": "中山市", "county": None},
        "level": "township",
        "kind": "government",
        "year": 2021,
        "note": "a town of 中山市 (a prefecture without counties): region county null (no such level)",
    },
)

# u31: 中山市人民政府办公室's 2019 report published in 2020 (2020 in the plans and the
# sidebar).
add(
    "u31",
    "html",
    html(
        "中山市人民政府办公室2019年政府信息公开工作年度报告",
        paras(
            preamble("中山市人民政府办公室", "2019"),
            *sections("我办", "2019年", 433, "2020年"),
            "中山市人民政府办公室",
            "2020年1月21日",
        ),
        head_title="中山市人民政府办公室2019年政府信息公开工作年度报告_中山市人民政府",
        banner="中山市人民政府",
        crumbs="首页 > 政务公开 > 年报",
        info="发布日期：2020-01-21",
        sidebar="<h3>最新发布</h3><ul><li>中山市2020年民生实事</li><li>2020年1月政府常务会议</li></ul>",
        footer="主办：中山市人民政府办公室",
    ),
    {
        "agency": "中山市人民政府办公室",
        "accept": [],
        "as_written": "中山市人民政府办公室",
        "region": {"city": "中山市"},
        "level": "city",
        "kind": "government",
        "year": 2019,
        "note": "a 2019 report published 2020-01 with 2020 in the plans and sidebar",
    },
)

# --------------------------------------------- two names, brackets, one cue only

# u32: a body with two plaques (市委网信办 / 市互联网信息办公室): the government plaque
# titled; the party plaque first in the preamble.
add(
    "u32",
    "txt",
    clip(
        text(
            "南京市互联网信息办公室2021年政府信息公开工作年度报告",
            "发布日期：2022-01-27",
            "中共南京市委网络安全和信息化委员会办公室（南京市互联网信息办公室）根据《中华人民共和国政府"
            "信息公开条例》规定，编制本报告。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
            *sections("我办", "2021年", 58, "2022年"),
        )
    ),
    {
        "agency": "南京市互联网信息办公室",
        "accept": ["中共南京市委网络安全和信息化委员会办公室（南京市互联网信息办公室）"],
        "as_written": "南京市互联网信息办公室",
        "region": {"city": "南京市"},
        "level": "city",
        "kind": "department",
        "year": 2021,
        "note": "两块牌子: the government plaque (title) canonical; the party plaque alone is not",
    },
)

# u33: an agency name with a bracket giving its second plaque's short form
# （市政府口岸办）; the preamble writes the bracket in full.
add(
    "u33",
    "html",
    html(
        "丹东市商务局（市政府口岸办）2022年政府信息公开工作年度报告",
        paras(
            preamble("丹东市商务局（丹东市人民政府口岸办公室）", "2022"),
            *sections("我局", "2022年", 121, "2023年"),
            "丹东市商务局",
            "2023年1月19日",
        ),
        head_title="丹东市商务局（市政府口岸办）2022年政府信息公开工作年度报告_丹东市人民政府",
        banner="丹东市人民政府",
        crumbs="首页 > 政务公开 > 部门年报",
        info="发布日期：2023-01-19",
        footer="主办：丹东市人民政府办公室",
    ),
    {
        "agency": "丹东市商务局",
        "accept": [
            "丹东市商务局（丹东市人民政府口岸办公室）",
            "丹东市商务局（市政府口岸办）",
        ],
        "as_written": "丹东市商务局（市政府口岸办）",
        "region": {"city": "丹东市"},
        "level": "city",
        "kind": "department",
        "year": 2022,
        "note": "a bracketed second plaque; 市政府口岸办 / 丹东市人民政府 alone are wrong",
    },
)

# u34: the agency only in the banner image's alt text (the site is its own: 我局).
add(
    "u34",
    "html",
    html(
        "2021年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》，现公布我局2021年政府信息公开工作年度报告。"
            "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
            *sections("我局", "2021年", 72, "2022年"),
        ),
        head_title="2021年政府信息公开工作年度报告",
        banner='<a href="/"><img src="/images/logo.png" alt="宁德市蕉城区农业农村局"></a>',
        crumbs="首页 > 信息公开 > 年度报告",
        info="发布日期：2022-01-17",
        footer="版权所有 技术支持：某某网络科技有限公司",
    ),
    {
        "agency": "宁德市蕉城区农业农村局",
        "accept": ["蕉城区农业农村局"],
        "as_written": None,
        "region": {"city": "宁德市", "county": "蕉城区"},
        "level": "county",
        "kind": "department",
        "year": 2021,
        "note": "the agency only in the site logo's alt text; the report says 我局",
    },
)

# u35: the agency only in the page <title> (its own site), the h1 a bare report title.
add(
    "u35",
    "html",
    html(
        "2023年度政府信息公开工作年度报告",
        paras(
            "本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限自2023年1月1日起"
            "至2023年12月31日止。",
            *sections("我局", "2023年", 149, "2024年"),
        ),
        head_title="2023年度政府信息公开工作年度报告 - 威海市文化和旅游局",
        banner="",
        crumbs="首页 > 政府信息公开 > 年报",
        info="发布日期：2024-01-23",
        footer="技术支持：威海市大数据中心",
    ),
    {
        "agency": "威海市文化和旅游局",
        "accept": [],
        "as_written": None,
        "region": {"city": "威海市"},
        "level": "city",
        "kind": "department",
        "year": 2023,
        "note": "agency only in <title> (site name); the 大数据中心 (技术支持) is wrong",
    },
)

# u36: a county bureau's report on the county portal: title 县应急管理局, county only in
# banner/<title>/footer, 来源 the county government's office.
add(
    "u36",
    "html",
    html(
        "县应急管理局2022年政府信息公开工作年度报告",
        paras(
            preamble("县应急管理局", "2022"),
            *sections("我局", "2022年", 66, "2023年"),
            "县应急管理局",
            "2023年1月12日",
        ),
        head_title="县应急管理局2022年政府信息公开工作年度报告_寿县人民政府",
        banner="寿县人民政府",
        crumbs="首页 > 信息公开 > 部门信息公开 > 县应急管理局",
        info="来源：寿县人民政府办公室 发布日期：2023-01-12",
        footer="主办：寿县人民政府办公室",
    ),
    {
        "agency": "寿县应急管理局",
        "accept": [],
        "as_written": "县应急管理局",
        "region": {"county": "寿县"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "县…局 on the county portal; the host and its office are wrong",
    },
)

# u37: a 年报 column saved with the page: six other bodies' reports listed in a left
# column before the article; the article is the 司法局's.
_COLUMN = (
    '<div class="left"><h3>政府信息公开年报</h3><ul>'
    + "".join(
        f"<li><a>{b}2022年政府信息公开工作年度报告</a><span>2023-01-1{i}</span></li>"
        for i, b in enumerate(
            [
                "乐清市人民政府办公室",
                "乐清市财政局",
                "乐清市民政局",
                "乐清市教育局",
                "乐清市公安局",
                "乐清市卫生健康局",
            ]
        )
    )
    + '<li class="on"><a>乐清市司法局2022年政府信息公开工作年度报告</a></li></ul></div>'
)
add(
    "u37",
    "html",
    html(
        "乐清市司法局2022年政府信息公开工作年度报告",
        paras(
            preamble("乐清市司法局", "2022"),
            *sections("我局", "2022年", 93, "2023年"),
            "乐清市司法局",
            "2023年1月16日",
        ),
        head_title="乐清市司法局2022年政府信息公开工作年度报告",
        banner="乐清市人民政府",
        crumbs="首页 > 政务公开 > 政府信息公开年报",
        info="发布日期：2023-01-16",
        footer="主办：乐清市人民政府办公室 地址：浙江省温州市乐清市",
        before=_COLUMN,
    ),
    {
        "agency": "乐清市司法局",
        "accept": ["温州市乐清市司法局"],
        "as_written": "乐清市司法局",
        "region": {"city": "温州市", "county": "乐清市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "a 年报 column of six other bodies saved before the article",
    },
)

# u38: a text scrape of a 年报 column: the list of bodies' reports first, then the one
# opened (县统计局 of 泰顺县).
add(
    "u38",
    "txt",
    clip(
        text(
            "泰顺县人民政府 > 政府信息公开 > 政府信息公开年报",
            "泰顺县人民政府2023年政府信息公开工作年度报告 2024-01-18",
            "泰顺县发展和改革局2023年政府信息公开工作年度报告 2024-01-17",
            "泰顺县财政局2023年政府信息公开工作年度报告 2024-01-17",
            "泰顺县统计局2023年政府信息公开工作年度报告 2024-01-16",
            "",
            "泰顺县统计局2023年政府信息公开工作年度报告",
            "发布日期：2024-01-16",
            preamble("泰顺县统计局", "2023"),
            *sections("我局", "2023年", 41, "2024年"),
        )
    ),
    {
        "agency": "泰顺县统计局",
        "accept": [],
        "as_written": "泰顺县统计局",
        "region": {"county": "泰顺县"},
        "level": "county",
        "kind": "department",
        "year": 2023,
        "note": "the column's list before the opened report; the first listed (the government) is wrong",
    },
)

# ------------------------------------------------------ English, mojibake

# u39: an English title line only; the Chinese agency in the preamble.
add(
    "u39",
    "txt",
    clip(
        text(
            "Department of Commerce of Jiangsu Province",
            "2022 Annual Report on Government Information Disclosure",
            "Release date: 2023-01-20",
            preamble("江苏省商务厅", "2022"),
            *sections("我厅", "2022年", 260, "2023年"),
        )
    ),
    {
        "agency": "江苏省商务厅",
        "accept": [],
        "as_written": None,
        "region": {"province": "江苏省"},
        "level": "province",
        "kind": "department",
        "year": 2022,
        "note": "an English title; the agency from the Chinese preamble",
    },
)

# u40: a text scrape whose nav and footer are GBK read as Latin-1 (mojibake); the
# title and body clean.
add(
    "u40",
    "txt",
    clip(
        text(
            gbk_as_latin1("首页 | 信息公开 | 政务服务 | 互动交流"),
            "株洲市住房和城乡建设局2020年政府信息公开工作年度报告",
            "2021-01-22",
            preamble("株洲市住房和城乡建设局", "2020"),
            *sections("我局", "2020年", 187, "2021年"),
        ).replace(
            "本年度未收取信息处理费。",
            "本年度未收取信息处理费。\n" + gbk_as_latin1("主办：株洲市人民政府办公室"),
        )
    ),
    {
        "agency": "株洲市住房和城乡建设局",
        "accept": [],
        "as_written": "株洲市住房和城乡建设局",
        "region": {"city": "株洲市"},
        "level": "city",
        "kind": "department",
        "year": 2020,
        "note": "Latin-1 mojibake nav line before the title",
    },
)

# ------------------------------------------------------------------ years

# u41: the year only in the attachment's file name (title and body without one).
add(
    "u41",
    "html",
    html(
        "湖州市吴兴区市场监督管理局政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》，现将本局本年度政府信息公开工作情况报告如下。",
            *sections("我局", "本年度", 104, "下一年度"),
            '附件：<a href="/att/wx_scjgj_2021nb.pdf">湖州市吴兴区市场监督管理局2021年度政府信息公开工作年度报告.pdf</a>',
        ),
        head_title="湖州市吴兴区市场监督管理局政府信息公开工作年度报告",
        banner="湖州市吴兴区人民政府",
        crumbs="首页 > 信息公开 > 部门 > 区市场监管局",
        info="",
        footer="主办：湖州市吴兴区人民政府办公室",
    ),
    {
        "agency": "湖州市吴兴区市场监督管理局",
        "accept": ["吴兴区市场监督管理局"],
        "as_written": "湖州市吴兴区市场监督管理局",
        "region": {"city": "湖州市", "county": "吴兴区"},
        "level": "county",
        "kind": "department",
        "year": 2021,
        "note": "the year only in the attachment's name (2021年度…年度报告.pdf)",
    },
)

# u42: NOT certain year: only in the URL (a publication date in the path).
add(
    "u42",
    "html",
    html(
        "嘉兴市南湖区住房和城乡建设局政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》，现公布本局上一年度政府信息公开工作年度报告。",
            *sections("我局", "上一年度", 87, "今年"),
        ),
        head_title="嘉兴市南湖区住房和城乡建设局政府信息公开工作年度报告",
        head_extra='<link rel="canonical" href="http://www.nanhu.gov.cn/art/2023/1/16/art_1229_5012345.html">\n',
        banner="嘉兴市南湖区人民政府",
        crumbs="首页 > 信息公开 > 年度报告",
        info="",
        footer="主办：嘉兴市南湖区人民政府办公室",
    ),
    {
        "agency": "嘉兴市南湖区住房和城乡建设局",
        "accept": ["南湖区住房和城乡建设局"],
        "as_written": "嘉兴市南湖区住房和城乡建设局",
        "region": {"city": "嘉兴市", "county": "南湖区"},
        "level": "county",
        "kind": "department",
        "year": None,
        "note": "NOT certain year: only the URL's publication date (2023/1/16); the text says 上一年度",
    },
)

# u43: NOT certain year: only a cited document number 〔2023〕 (the notice that
# published the report), no date, 本年度 in the text.
add(
    "u43",
    "txt",
    clip(
        text(
            "汉川市人民政府办公室关于印发汉川市人民政府政府信息公开工作年度报告的通知",
            "汉政办〔2023〕5号",
            "各镇人民政府、街道办事处，市政府各部门：",
            "现将《汉川市人民政府政府信息公开工作年度报告》印发给你们，请认真贯彻落实。",
            *sections("市政府", "本年度", 298, "下一年度"),
        )
    ),
    {
        "agency": "汉川市人民政府",
        "accept": [],
        "as_written": "汉川市人民政府",
        "region": {"county": "汉川市"},
        "level": "county",
        "kind": "government",
        "year": None,
        "note": "NOT certain year: only the notice's 〔2023〕 (issue year); the office (notice) is not the reporter",
    },
)

# u44: NOT certain agency: 区民政局 with two districts in the chrome that disagree
# (<title> 西湖区, 来源 上城区): agency null.
add(
    "u44",
    "html",
    html(
        "区民政局2022年政府信息公开工作年度报告",
        paras(
            preamble("区民政局", "2022"),
            *sections("我局", "2022年", 76, "2023年"),
            "区民政局",
            "2023年1月20日",
        ),
        head_title="区民政局2022年政府信息公开工作年度报告_杭州市西湖区人民政府",
        banner="",
        crumbs="首页 > 政务公开",
        info="来源：杭州市上城区人民政府 发布日期：2023-01-20",
        footer="",
    ),
    {
        "agency": None,
        "accept": [],
        "as_written": "区民政局",
        "region": {"city": "杭州市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "NOT certain agency: <title> says 西湖区, 来源 上城区 (a mirror or a misfiled item)",
    },
)


def main() -> None:
    write_pages(HERE, PAGES, as_written=True)


if __name__ == "__main__":
    main()
