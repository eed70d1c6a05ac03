"""Write meta21's metadata pages (`pages/`) and `truth.jsonl`.

Written blind (session 21), before reading the library's metadata code
(`metadata.py`, `gazetteer.py`, `identity.py`, their data) or the earlier red
teams' pages (only their READMEs, to choose other kinds, and the `html()` helper at
the top of meta20's `build_pages.py` for the layout, copied here). Real places and
bodies, invented reports. Each page is kept beside its truth so that a reader
checks one against the other. Run once: `python datasets/redteam/meta21/build_pages.py`.

Truth keys (SCHEMA §1, meta16's format as meta19/20 extended it): `agency` canonical
(area prefix restored from the page; null where the page does not make it
certain), `accept` (other forms of the same body that are right), `as_written`
(the form the page's heading uses; null where the heading names no agency),
`region` (only keys the page makes certain; scored; a key given as null means the
area has no such level OR the page leaves it open, so any value there is wrong),
`level`/`kind` (null = not scored), `year` (the year the statistics cover; null
where the page does not make it certain). `cues` (not written to the truth): the
strings the truth rests on, asserted to be in the page as saved (a text page is
clipped to its first 2,000 bytes, so a cue past the cut would leave the truth
unfounded); `absent`: strings the cut must have removed (v42).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from meta_pages import clip, paras, preamble, sections, text, write_pages  # noqa: E402

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
    """A whole saved page (meta18/19/20's layout, copied from meta20)."""
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


def side(*items: str) -> str:
    """A related-articles sidebar."""
    return (
        "<h3>相关文章</h3><ul>" + "".join(f"<li><a href='#'>{t}</a></li>" for t in items) + "</ul>"
    )


def table(rows: list[list[str]]) -> str:
    """A saved HTML table, the first row its header."""
    out = ["<table border='1'>"]
    for i, row in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>")
    out.append("</table>")
    return "".join(out)


def pipes(rows: list[list[str]]) -> list[str]:
    """A table as a scrape saves it: one pipe row a line."""
    return ["| " + " | ".join(r) + " |" for r in rows]


PAGES: list[tuple[str, str, str, dict]] = []


def add(pid: str, ext: str, page: str, truth: dict) -> None:
    if ext == "txt":
        page = clip(page)
    for cue in truth.pop("cues", []):
        assert cue in page, (pid, cue)
    for gone in truth.pop("absent", []):
        assert gone not in page, (pid, gone)
    PAGES.append((pid, ext, page, truth))


# ------------------------------------------------ bodies renamed by 机构改革

# v01: the first full-year report of a bureau formed in the 2019 reform; the
# preamble names the two abolished bureaus, and a comparison table puts 2018年
# (the old bureaus' figures, 上年) before 2019年. The title's name and year decide.
add(
    "v01",
    "html",
    html(
        "南通市自然资源和规划局2019年政府信息公开工作年度报告",
        paras(
            "2019年是南通市自然资源和规划局组建后的第一个完整年度。根据机构改革方案，原南通市国土资源局、"
            "原南通市城乡规划局的职责整合划入我局。现将我局2019年政府信息公开工作情况报告如下。"
            "本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。",
            *sections("我局", "2019年", 612, "2020年"),
        )
        + "<p>主要指标与上年对比：</p>"
        + table(
            [
                ["指标", "2018年（原市国土资源局、市规划局合计）", "2019年"],
                ["主动公开信息（条）", "538", "612"],
                ["收到申请（件）", "41", "13"],
            ]
        )
        + paras("南通市自然资源和规划局", "2020年1月20日"),
        head_title="南通市自然资源和规划局2019年政府信息公开工作年度报告_南通市自然资源和规划局",
        crumbs="首页 > 信息公开 > 政府信息公开年报",
        info="发布时间：2020-01-20　来源：南通市自然资源和规划局",
        banner="南通市自然资源和规划局",
        sidebar=side(
            "南通市国土资源局2018年政府信息公开工作年度报告",
            "南通市城乡规划局2018年政府信息公开工作年度报告",
        ),
        footer="主办：南通市自然资源和规划局　地址：南通市崇川区",
    ),
    {
        "agency": "南通市自然资源和规划局",
        "accept": [],
        "as_written": "南通市自然资源和规划局",
        "region": {"city": "南通市"},
        "level": "city",
        "kind": "department",
        "year": 2019,
        "note": "formed 2019; 原…国土资源局/城乡规划局 in the preamble and sidebar (2018 reports) are other bodies; 2018年 column first",
    },
)

# v02: the old 国土资源局's 2018 report, published in 2019 on the renamed
# 自然资源局's site (banner, footer); the report is signed with the old name.
add(
    "v02",
    "html",
    html(
        "赣州市国土资源局2018年政府信息公开工作年度报告",
        paras(
            preamble(
                "赣州市国土资源局", "2018", contact="赣州市自然资源局办公室（电话：0797-8888888）"
            ),
            "2019年1月，根据赣州市机构改革方案，组建赣州市自然资源局，不再保留赣州市国土资源局。本报告由赣州市自然资源局发布。",
            *sections("原市国土资源局", "2018年", 466, "2019年"),
            "赣州市国土资源局",
            "2019年2月28日",
        ),
        head_title="赣州市国土资源局2018年政府信息公开工作年度报告-赣州市自然资源局",
        crumbs="首页 > 政务公开 > 年度报告",
        info="发布时间：2019-02-28　发布机构：赣州市自然资源局",
        banner="赣州市自然资源局",
        sidebar=side(
            "赣州市自然资源局2019年政府信息公开工作年度报告",
            "赣州市自然资源局2020年政府信息公开工作年度报告",
        ),
        footer="赣州市自然资源局 版权所有",
    ),
    {
        "agency": "赣州市国土资源局",
        "accept": ["赣州市自然资源局"],
        "as_written": "赣州市国土资源局",
        "region": {"city": "赣州市"},
        "level": "city",
        "kind": "department",
        "year": 2018,
        "note": "renamed body: the name the report is signed with for 2018; the successor accepted (the same body's site)",
    },
)

# v03: a data bureau created in the 2024 round; the preamble names the old centre.
add(
    "v03",
    "txt",
    text(
        "苏州市人民政府",
        "首页 | 政务公开 | 部门信息公开 | 苏州市数据局",
        "苏州市数据局2024年政府信息公开工作年度报告",
        "发布日期：2025-01-22　信息来源：苏州市数据局",
        "2024年，按照机构改革部署，苏州市数据局正式组建，原苏州市大数据管理中心承担的数据资源管理职责划入我局。"
        "现公布苏州市数据局2024年政府信息公开工作年度报告。本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。",
        *sections("我局", "2024年", 288, "2025年"),
    ),
    {
        "agency": "苏州市数据局",
        "accept": [],
        "as_written": "苏州市数据局",
        "region": {"city": "苏州市"},
        "level": "city",
        "kind": "department",
        "year": 2024,
        "cues": ["苏州市数据局2024年政府信息公开工作年度报告"],
        "note": "a 2024 data bureau; the host (苏州市人民政府) and the old centre are not the reporter",
    },
)

# v04: 地方金融监督管理局 renamed 地方金融管理局 in 2024: the report names itself
# with the new name; the old one in the preamble.
add(
    "v04",
    "html",
    html(
        "北京市地方金融管理局2024年政府信息公开工作年度报告",
        paras(
            "按照本市机构改革部署，北京市地方金融监督管理局更名为北京市地方金融管理局，加挂中共北京市委金融委员会办公室牌子。"
            "根据《中华人民共和国政府信息公开条例》，现公布北京市地方金融管理局2024年政府信息公开工作年度报告。"
            "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。",
            *sections("我局", "2024年", 355, "2025年"),
        ),
        head_title="北京市地方金融管理局2024年政府信息公开工作年度报告_首都之窗_北京市人民政府门户网站",
        crumbs="首都之窗 > 政务公开 > 北京市地方金融管理局",
        info="发布日期：2025-01-17　来源：北京市地方金融管理局",
        banner="首都之窗 北京市人民政府门户网站",
        sidebar=side("北京市地方金融监督管理局2023年政府信息公开工作年度报告"),
        footer="主办：北京市人民政府办公厅　承办：北京市政务服务和数据管理局",
    ),
    {
        "agency": "北京市地方金融管理局",
        "accept": ["北京市地方金融监督管理局"],
        "as_written": "北京市地方金融管理局",
        "region": {},
        "level": "province",
        "kind": "department",
        "year": 2024,
        "note": "renamed 2024; the old name accepted (same body); the party plaque (市委金融办) and the portal host are not the reporter",
    },
)

# ---------------------------------------------------- 党委 bodies that publish

# v05: a city party committee's 编办, full name in the title; 中共 must stay.
add(
    "v05",
    "html",
    html(
        "中共无锡市委机构编制委员会办公室2022年政府信息公开工作年度报告",
        paras(
            preamble(
                "中共无锡市委机构编制委员会办公室",
                "2022",
                contact="市委编办综合处（电话：0510-81822000）",
            ),
            *sections("我办", "2022年", 96, "2023年"),
            "中共无锡市委机构编制委员会办公室",
            "2023年1月18日",
        ),
        head_title="中共无锡市委机构编制委员会办公室2022年政府信息公开工作年度报告 - 无锡市人民政府",
        crumbs="首页 > 政府信息公开 > 部门 > 市委编办",
        info="发布时间：2023-01-18　信息来源：市委编办",
        banner="无锡市人民政府",
        footer="主办：无锡市人民政府办公室",
    ),
    {
        "agency": "中共无锡市委机构编制委员会办公室",
        "accept": [],
        "as_written": "中共无锡市委机构编制委员会办公室",
        "region": {"city": "无锡市"},
        "level": "city",
        "kind": "department",
        "year": 2022,
        "note": "a party committee body; 无锡市委机构编制委员会办公室 (中共 dropped) is a fragment: wrong",
    },
)

# v06: a party committee's 网信办 titled by its short form, full name in the preamble.
add(
    "v06",
    "txt",
    text(
        "中共南通市委网信办2021年政府信息公开工作年度报告",
        "发布时间：2022-01-25",
        "根据《中华人民共和国政府信息公开条例》规定，现公布中共南通市委网络安全和信息化委员会办公室2021年政府信息公开工作年度报告。"
        "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
        *sections("我办", "2021年", 134, "2022年"),
    ),
    {
        "agency": "中共南通市委网络安全和信息化委员会办公室",
        "accept": [],
        "as_written": "中共南通市委网信办",
        "region": {"city": "南通市"},
        "level": "city",
        "kind": "department",
        "year": 2021,
        "cues": ["中共南通市委网络安全和信息化委员会办公室2021年"],
        "note": "short form in the title, full in the preamble; a form without 中共 is wrong",
    },
)

# v07: a county-level city's party school (a 事业单位 under the party committee).
add(
    "v07",
    "html",
    html(
        "中共海宁市委党校2023年度政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》和上级有关要求，现公布中共海宁市委党校2023年度政府信息公开工作年度报告。"
            "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
            *sections("我校", "2023年", 58, "2024年"),
            "中共海宁市委党校",
            "2024年1月26日",
        ),
        head_title="中共海宁市委党校2023年度政府信息公开工作年度报告-海宁市人民政府",
        crumbs="首页 > 信息公开 > 部门信息公开 > 市委党校",
        info="发布时间：2024-01-26　来源：市委党校",
        banner="海宁市人民政府",
        footer="嘉兴市海宁市人民政府办公室 主办",
    ),
    {
        "agency": "中共海宁市委党校",
        "accept": ["中共嘉兴市海宁市委党校"],
        "as_written": "中共海宁市委党校",
        "region": {"city": "嘉兴市", "county": "海宁市"},
        "level": None,
        "kind": "department",
        "year": 2023,
        "note": "a party school (public institution): level not scored; 海宁市委党校 without 中共 is wrong",
    },
)

# ---------------------------------------------- 人大 / 政协 offices

# v08: a province 人大常委会办公厅, short in the title, full in the preamble.
add(
    "v08",
    "html",
    html(
        "浙江省人大常委会办公厅2021年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》和省人大常委会有关规定，现公布浙江省人民代表大会常务委员会办公厅"
            "2021年政府信息公开工作年度报告。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
            *sections("我厅", "2021年", 210, "2022年"),
            "浙江省人大常委会办公厅",
            "2022年1月28日",
        ),
        head_title="浙江省人大常委会办公厅2021年政府信息公开工作年度报告_浙江人大",
        crumbs="首页 > 信息公开 > 年度报告",
        info="发布时间：2022-01-28　来源：浙江人大",
        banner="浙江人大 浙江省人民代表大会常务委员会",
        sidebar=side("浙江省人民政府2021年政府信息公开工作年度报告"),
        footer="浙江省人民代表大会常务委员会办公厅 主办",
    ),
    {
        "agency": "浙江省人民代表大会常务委员会办公厅",
        "accept": ["浙江省人大常委会办公厅"],
        "as_written": "浙江省人大常委会办公厅",
        "region": {"province": "浙江省"},
        "level": "province",
        "kind": "department",
        "year": 2021,
        "note": "人大's office; 浙江省人民代表大会常务委员会 (the banner: the committee, not its office) and the province government are wrong",
    },
)

# v09: a city 政协's office, the short common form titled, the full name in the preamble.
add(
    "v09",
    "txt",
    text(
        "杭州市政协办公厅2022年政府信息公开工作年度报告",
        "2023-01-16 来源：杭州政协",
        "现公布中国人民政治协商会议杭州市委员会办公厅2022年度政府信息公开工作年度报告。"
        "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
        *sections("我厅", "2022年", 77, "2023年"),
    ),
    {
        "agency": "中国人民政治协商会议杭州市委员会办公厅",
        "accept": ["杭州市政协办公厅", "政协杭州市委员会办公厅"],
        "as_written": "杭州市政协办公厅",
        "region": {"city": "杭州市"},
        "level": "city",
        "kind": "department",
        "year": 2022,
        "cues": ["中国人民政治协商会议杭州市委员会办公厅2022年度"],
        "note": "政协's office: the full name canonical, its usual short forms accepted",
    },
)

# v10: a county 人大常委会办公室 on the county portal; 宁波市 only in the footer.
add(
    "v10",
    "html",
    html(
        "宁海县人大常委会办公室2020年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》，现公布宁海县人民代表大会常务委员会办公室2020年政府信息公开工作年度报告。"
            "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
            *sections("我办", "2020年", 64, "2021年"),
            "宁海县人大常委会办公室",
            "2021年1月29日",
        ),
        head_title="宁海县人大常委会办公室2020年政府信息公开工作年度报告_宁海县人民政府",
        crumbs="首页 > 政府信息公开 > 宁海县人大常委会办公室 > 年度报告",
        info="发布时间：2021-01-29　发布机构：宁海县人大常委会办公室",
        banner="宁海县人民政府",
        footer="主办：宁波市宁海县人民政府办公室",
    ),
    {
        "agency": "宁海县人民代表大会常务委员会办公室",
        "accept": [
            "宁海县人大常委会办公室",
            "宁波市宁海县人民代表大会常务委员会办公室",
            "宁波市宁海县人大常委会办公室",
        ],
        "as_written": "宁海县人大常委会办公室",
        "region": {"city": "宁波市", "county": "宁海县"},
        "level": "county",
        "kind": "department",
        "year": 2020,
        "note": "a county 人大 office on the county portal; the host government/its office are wrong",
    },
)

# ---------------------------------------------- 公共企事业单位, 社区

# v11: a school, its report on the city education bureau's site (发布机构 the bureau).
add(
    "v11",
    "html",
    html(
        "宁波市第二中学2022年度信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》和《教育部关于公布〈高等学校信息公开事项清单〉的通知》精神，"
            "结合宁波市教育局有关要求，现公布宁波市第二中学2022年度信息公开工作年度报告。",
            *sections("我校", "2022年", 143, "2023年"),
            "宁波市第二中学",
            "2023年1月10日",
        ),
        head_title="宁波市第二中学2022年度信息公开工作年度报告_宁波市教育局",
        crumbs="首页 > 信息公开 > 直属学校 > 宁波二中",
        info="发布时间：2023-01-10　发布机构：宁波市教育局",
        banner="宁波市教育局",
        sidebar=side(
            "宁波市教育局2022年政府信息公开工作年度报告", "宁波中学2022年度信息公开工作年度报告"
        ),
        footer="宁波市教育局 主办",
    ),
    {
        "agency": "宁波市第二中学",
        "accept": [],
        "as_written": "宁波市第二中学",
        "region": {"city": "宁波市"},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "a school (public institution); the education bureau (发布机构, host, sidebar) is wrong",
    },
)

# v12: a city hospital's report on the city 卫健委's site.
add(
    "v12",
    "txt",
    text(
        "嘉兴市卫生健康委员会",
        "当前位置：首页>信息公开>委属单位",
        "嘉兴市第一医院2021年信息公开工作年度报告",
        "发布日期：2022-01-20 来源：嘉兴市第一医院",
        "根据《医疗卫生服务单位信息公开管理办法》和市卫生健康委有关要求，现将嘉兴市第一医院2021年信息公开工作情况报告如下。",
        *sections("我院", "2021年", 180, "2022年"),
    ),
    {
        "agency": "嘉兴市第一医院",
        "accept": [],
        "as_written": "嘉兴市第一医院",
        "region": {"city": "嘉兴市"},
        "level": None,
        "kind": "department",
        "year": 2021,
        "cues": ["嘉兴市第一医院2021年信息公开工作年度报告"],
        "note": "a hospital; the host 卫生健康委员会 is wrong",
    },
)

# v13: a state-owned water company's disclosure report (公共企事业单位信息公开).
add(
    "v13",
    "html",
    html(
        "台州市自来水有限公司2023年度信息公开工作年度报告",
        paras(
            "根据《供水、供气、供热等公用事业单位信息公开实施办法》规定，现公布台州市自来水有限公司2023年度信息公开工作年度报告。"
            "本报告统计期限为2023年1月1日至2023年12月31日。",
            "一、总体情况",
            "2023年，公司认真落实公用事业单位信息公开有关要求，主动公开水质、水价、停水通知等信息。",
            "二、主动公开信息情况",
            "全年通过公司网站、微信公众号主动公开信息215条，其中停水通知86条，水质公告12期。",
            "三、依申请公开情况",
            "全年收到信息公开申请3件，均已按期答复。",
            "四、存在的问题及改进措施",
            "2024年，公司将进一步规范信息公开流程。",
            "台州市自来水有限公司",
            "2024年1月30日",
        ),
        head_title="台州市自来水有限公司2023年度信息公开工作年度报告_台州市水务集团股份有限公司",
        crumbs="首页 > 信息公开 > 年度报告",
        info="发布时间：2024-01-30",
        banner="台州市水务集团股份有限公司",
        footer="台州市水务集团股份有限公司 版权所有　监督单位：台州市住房和城乡建设局",
    ),
    {
        "agency": "台州市自来水有限公司",
        "accept": [],
        "as_written": "台州市自来水有限公司",
        "region": {"city": "台州市"},
        "level": None,
        "kind": None,
        "year": 2023,
        "note": "a public utility company: kind and level not scored; the group (host) and the supervising 住建局 are wrong",
    },
)

# v14: a residents' committee's report on its district's site; the area in the contact line.
add(
    "v14",
    "txt",
    text(
        "曙光社区居民委员会2022年度信息公开工作报告",
        "发布时间：2023-01-12　来源：北山街道",
        "根据上级关于基层政务公开标准化规范化建设的要求，现将本社区2022年度信息公开工作情况报告如下。"
        "联系单位：杭州市西湖区北山街道曙光社区居民委员会，电话0571-87000000。",
        "一、总体情况",
        "2022年，社区通过居务公开栏、微信群公开居务信息，重点公开低保、困难救助、垃圾分类等事项。",
        "二、主动公开情况",
        "全年公开居务信息126条，其中民生保障类38条。",
        "三、依申请公开情况",
        "全年未收到信息公开申请。",
        "四、存在的问题及改进情况",
        "2023年，社区将进一步规范公开栏更新。",
    ),
    {
        "agency": "杭州市西湖区北山街道曙光社区居民委员会",
        "accept": [
            "西湖区北山街道曙光社区居民委员会",
            "北山街道曙光社区居民委员会",
            "曙光社区居民委员会",
        ],
        "as_written": "曙光社区居民委员会",
        "region": {"city": "杭州市", "county": "西湖区"},
        "level": None,
        "kind": None,
        "year": 2022,
        "cues": ["联系单位：杭州市西湖区北山街道曙光社区居民委员会"],
        "note": "a residents' committee (not an agency of government): kind/level not scored; 北山街道 (来源, its street office) is wrong",
    },
)

# ------------------------------------- 苏木, 盟/旗, 自治州/县, 兵团 团

# v15: a 苏木 titled by its bare name; the 旗 and 盟市 in the preamble.
add(
    "v15",
    "txt",
    text(
        "阿尔巴斯苏木2022年政府信息公开工作年度报告",
        "发布时间：2023-01-19",
        "根据《中华人民共和国政府信息公开条例》规定，现公布鄂尔多斯市鄂托克旗阿尔巴斯苏木人民政府2022年政府信息公开工作年度报告。"
        "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
        *sections("我苏木", "2022年", 71, "2023年"),
    ),
    {
        "agency": "鄂托克旗阿尔巴斯苏木人民政府",
        "accept": [
            "鄂尔多斯市鄂托克旗阿尔巴斯苏木人民政府",
            "阿尔巴斯苏木人民政府",
            "鄂托克旗阿尔巴斯苏木",
            "阿尔巴斯苏木",
        ],
        "as_written": "阿尔巴斯苏木",
        "region": {"city": "鄂尔多斯市", "county": "鄂托克旗"},
        "level": "township",
        "kind": "government",
        "year": 2022,
        "cues": ["鄂尔多斯市鄂托克旗阿尔巴斯苏木人民政府2022年"],
        "note": "a 苏木 (township of a 旗)",
    },
)

# v16: a 兵团 团场 titled by its number; the 兵团 and 师 in the preamble.
add(
    "v16",
    "html",
    html(
        "一〇三团2022年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》和兵团、师市有关要求，现公布新疆生产建设兵团第六师一〇三团"
            "2022年政府信息公开工作年度报告。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
            *sections("我团", "2022年", 120, "2023年"),
            "第六师一〇三团",
            "2023年1月31日",
        ),
        head_title="一〇三团2022年政府信息公开工作年度报告-第六师五家渠市",
        crumbs="首页 > 政务公开 > 团场信息公开 > 一〇三团",
        info="发布时间：2023-01-31　来源：一〇三团",
        banner="新疆生产建设兵团第六师五家渠市",
        footer="主办：第六师五家渠市党委宣传部",
    ),
    {
        "agency": "新疆生产建设兵团第六师一〇三团",
        "accept": ["第六师一〇三团"],
        "as_written": "一〇三团",
        "region": {},
        "level": None,
        "kind": None,
        "year": 2022,
        "note": "a 兵团 团场: level and kind not scored; the 师市 (host) is wrong; 一〇三团 alone is not the full name",
    },
)

# v17: an autonomous prefecture's 卫健委 titled 州卫生健康委, the full name only in 发布机构.
add(
    "v17",
    "html",
    html(
        "州卫生健康委2021年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》，现公布州卫生健康委2021年政府信息公开工作年度报告。"
            "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
            *sections("我委", "2021年", 330, "2022年"),
        ),
        head_title="州卫生健康委2021年政府信息公开工作年度报告-阿坝州人民政府",
        crumbs="首页 > 政务公开 > 州级部门 > 州卫生健康委",
        info="发布时间：2022-01-24　发布机构：阿坝藏族羌族自治州卫生健康委员会",
        banner="阿坝藏族羌族自治州人民政府",
        footer="主办：阿坝藏族羌族自治州人民政府办公室　四川省阿坝藏族羌族自治州马尔康市",
    ),
    {
        "agency": "阿坝藏族羌族自治州卫生健康委员会",
        "accept": ["四川省阿坝藏族羌族自治州卫生健康委员会"],
        "as_written": "州卫生健康委",
        "region": {"province": "四川省", "city": "阿坝藏族羌族自治州"},
        "level": "city",
        "kind": "department",
        "year": 2021,
        "note": "州 short title, full name in 发布机构; 阿坝州卫生健康委员会 (short prefecture) is not canonical; 马尔康市 is the seat, not the reporter's county",
    },
)

# v18: 科右前旗 (a banner's usual short name) titled, full name in the preamble.
add(
    "v18",
    "txt",
    text(
        "科右前旗人民政府2021年政府信息公开工作年度报告",
        "发布日期：2022-01-27 来源：旗政府办",
        "根据《中华人民共和国政府信息公开条例》规定，现公布兴安盟科尔沁右翼前旗人民政府2021年政府信息公开工作年度报告。"
        "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
        *sections("旗政府", "2021年", 902, "2022年"),
    ),
    {
        "agency": "科尔沁右翼前旗人民政府",
        "accept": ["兴安盟科尔沁右翼前旗人民政府"],
        "as_written": "科右前旗人民政府",
        "region": {"city": "兴安盟", "county": "科尔沁右翼前旗"},
        "level": "county",
        "kind": "government",
        "year": 2021,
        "cues": ["兴安盟科尔沁右翼前旗人民政府2021年"],
        "note": "a banner's government; 科右前旗人民政府 (short) not canonical where the full name is written; 旗政府办 (来源) is another body",
    },
)

# v19: an autonomous county's bureau titled 县民宗局; full name in the signature
# (short page, so the signature stays inside the scrape).
add(
    "v19",
    "html",
    html(
        "县民宗局2022年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》规定，现公布我局2022年政府信息公开工作年度报告。"
            "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
            *sections("我局", "2022年", 48, "2023年"),
            "恭城瑶族自治县民族宗教事务局",
            "2023年1月13日",
        ),
        head_title="县民宗局2022年政府信息公开工作年度报告_恭城瑶族自治县人民政府门户网站",
        crumbs="首页 > 信息公开 > 部门 > 县民宗局",
        info="发布时间：2023-01-13　来源：县民宗局",
        banner="恭城瑶族自治县人民政府",
        footer="主办：恭城瑶族自治县人民政府办公室　广西壮族自治区桂林市恭城瑶族自治县",
    ),
    {
        "agency": "恭城瑶族自治县民族宗教事务局",
        "accept": ["桂林市恭城瑶族自治县民族宗教事务局"],
        "as_written": "县民宗局",
        "region": {"province": "广西壮族自治区", "city": "桂林市", "county": "恭城瑶族自治县"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "abbreviated title; the full name only in the signature; 恭城县民宗局 or the county government are wrong",
    },
)

# ---------------------------------------------------------- vertical chains

# v20: a province tax bureau with 国家税务总局 in the logo.
add(
    "v20",
    "html",
    html(
        "国家税务总局内蒙古自治区税务局2021年政府信息公开工作年度报告",
        paras(
            preamble(
                "国家税务总局内蒙古自治区税务局",
                "2021",
                contact="国家税务总局内蒙古自治区税务局办公室",
            ),
            *sections("我局", "2021年", 1650, "2022年"),
        ),
        head_title="国家税务总局内蒙古自治区税务局2021年政府信息公开工作年度报告",
        crumbs="首页 > 信息公开 > 政府信息公开年报",
        info="发布时间：2022-01-26　来源：办公室",
        banner="<img src='/images/logo.png' alt='国家税务总局'> 内蒙古自治区税务局",
        sidebar=side(
            "国家税务总局2021年政府信息公开工作年度报告",
            "国家税务总局呼和浩特市税务局2021年政府信息公开工作年度报告",
        ),
        footer="国家税务总局内蒙古自治区税务局 版权所有",
    ),
    {
        "agency": "国家税务总局内蒙古自治区税务局",
        "accept": [],
        "as_written": "国家税务总局内蒙古自治区税务局",
        "region": {"province": "内蒙古自治区"},
        "level": None,
        "kind": "department",
        "year": 2021,
        "note": "vertical body; 国家税务总局 (logo, sidebar) and the city bureau in the sidebar are wrong",
    },
)

# v21: a city tobacco monopoly bureau on its province bureau's site.
add(
    "v21",
    "txt",
    text(
        "江苏省烟草专卖局（公司）",
        "首页 > 政务公开 > 市级局",
        "连云港市烟草专卖局2022年政府信息公开工作年度报告",
        "发布时间：2023-01-29",
        preamble("连云港市烟草专卖局", "2022"),
        *sections("我局", "2022年", 95, "2023年"),
    ),
    {
        "agency": "连云港市烟草专卖局",
        "accept": [],
        "as_written": "连云港市烟草专卖局",
        "region": {"city": "连云港市"},
        "level": None,
        "kind": "department",
        "year": 2022,
        "cues": ["连云港市烟草专卖局2022年政府信息公开工作年度报告"],
        "note": "a vertical (tobacco) body on its province bureau's site; 江苏省烟草专卖局 is wrong",
    },
)

# v22: a 外汇 province branch, 合署 with the central bank's province branch (banner).
add(
    "v22",
    "html",
    html(
        "国家外汇管理局浙江省分局2023年政府信息公开工作年度报告",
        paras(
            preamble("国家外汇管理局浙江省分局", "2023"),
            *sections("我分局", "2023年", 260, "2024年"),
            "国家外汇管理局浙江省分局",
            "2024年1月25日",
        ),
        head_title="国家外汇管理局浙江省分局2023年政府信息公开工作年度报告",
        crumbs="首页 > 信息公开 > 政府信息公开年报",
        info="发布日期：2024-01-25",
        banner="中国人民银行浙江省分行 国家外汇管理局浙江省分局",
        sidebar=side("中国人民银行浙江省分行2023年政府信息公开工作年度报告"),
        footer="中国人民银行浙江省分行 版权所有",
    ),
    {
        "agency": "国家外汇管理局浙江省分局",
        "accept": [],
        "as_written": "国家外汇管理局浙江省分局",
        "region": {"province": "浙江省"},
        "level": None,
        "kind": "department",
        "year": 2023,
        "note": "vertical body sharing a site with the central bank's branch (banner, footer, sidebar): that branch is wrong",
    },
)

# v23: a prefecture tax bureau titled with the prefecture's short name.
add(
    "v23",
    "txt",
    text(
        "恩施州税务局2020年政府信息公开工作年度报告",
        "发布日期：2021-01-28 来源：国家税务总局湖北省税务局",
        "根据《中华人民共和国政府信息公开条例》规定，现公布国家税务总局恩施土家族苗族自治州税务局2020年政府信息公开工作年度报告。"
        "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
        *sections("我局", "2020年", 540, "2021年"),
    ),
    {
        "agency": "国家税务总局恩施土家族苗族自治州税务局",
        "accept": [],
        "as_written": "恩施州税务局",
        "region": {"city": "恩施土家族苗族自治州"},
        "level": None,
        "kind": "department",
        "year": 2020,
        "cues": ["国家税务总局恩施土家族苗族自治州税务局2020年"],
        "note": "short title; the province bureau in 来源 is wrong; 恩施州税务局 not canonical where the full is written",
    },
)

# ---------------------------- abbreviations, the area elsewhere on the page

# v24: 市发改委 titled on the city portal; the full name in the contact line.
add(
    "v24",
    "html",
    html(
        "市发改委2022年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》规定，现公布市发改委2022年政府信息公开工作年度报告。"
            "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。"
            "如对本报告有疑问，请与绍兴市发展和改革委员会办公室联系（电话：0575-85200000）。",
            *sections("我委", "2022年", 390, "2023年"),
        ),
        head_title="市发改委2022年政府信息公开工作年度报告-绍兴市人民政府",
        crumbs="首页 > 政府信息公开 > 市发改委",
        info="发布时间：2023-01-20　来源：市发改委",
        banner="绍兴市人民政府",
        sidebar=side(
            "越城区发改局2022年政府信息公开工作年度报告", "市经信局2022年政府信息公开工作年度报告"
        ),
        footer="主办：绍兴市人民政府办公室",
    ),
    {
        "agency": "绍兴市发展和改革委员会",
        "accept": [],
        "as_written": "市发改委",
        "region": {"city": "绍兴市"},
        "level": "city",
        "kind": "department",
        "year": 2022,
        "note": "abbreviated title; full name in the contact (its office names the bureau); 绍兴市发改委 not canonical",
    },
)

# v25: 区人社局 on the district portal: the area only in the site line; the contact
# line writes the bureau's office without the city.
add(
    "v25",
    "txt",
    text(
        "杭州市萧山区人民政府",
        "首页 | 政务公开 | 部门文件",
        "区人社局2023年政府信息公开工作年度报告",
        "发布时间：2024-01-18　来源：区人社局",
        "根据《中华人民共和国政府信息公开条例》，现公布区人社局2023年政府信息公开工作年度报告。"
        "如有疑问请联系萧山区人力资源和社会保障局办公室，电话0571-82800000。"
        "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        *sections("我局", "2023年", 415, "2024年"),
    ),
    {
        "agency": "杭州市萧山区人力资源和社会保障局",
        "accept": ["萧山区人力资源和社会保障局"],
        "as_written": "区人社局",
        "region": {"city": "杭州市", "county": "萧山区"},
        "level": "county",
        "kind": "department",
        "year": 2023,
        "cues": ["萧山区人力资源和社会保障局办公室"],
        "note": "abbreviation titled; the district government (site line) is wrong",
    },
)

# v26: 县市场监管局 titled; the county only in the signature (short scrape).
add(
    "v26",
    "txt",
    text(
        "县市场监管局2023年政府信息公开工作年度报告",
        "2024-01-22",
        "一、总体情况",
        "2023年，我局认真贯彻《中华人民共和国政府信息公开条例》，全年主动公开政府信息318条。",
        "二、收到和处理政府信息公开申请情况",
        "全年收到政府信息公开申请7件，均已按期答复。",
        "三、政府信息公开行政复议、行政诉讼情况",
        "全年未发生政府信息公开行政复议、行政诉讼案件。",
        "四、存在的主要问题及改进情况",
        "2024年，我局将进一步加强政策解读。",
        "永嘉县市场监督管理局",
        "2024年1月22日",
    ),
    {
        "agency": "永嘉县市场监督管理局",
        "accept": ["温州市永嘉县市场监督管理局"],
        "as_written": "县市场监管局",
        "region": {"county": "永嘉县"},
        "level": "county",
        "kind": "department",
        "year": 2023,
        "cues": ["永嘉县市场监督管理局\n2024年1月22日"],
        "note": "the full name only in the signature",
    },
)

# v27: a district's 卫健局 under a name two districts bear (普陀区: Shanghai and
# 舟山); the city only in the footer and `<title>`.
add(
    "v27",
    "html",
    html(
        "普陀区卫生健康局2022年政府信息公开工作年度报告",
        paras(
            preamble("普陀区卫生健康局", "2022"),
            *sections("我局", "2022年", 265, "2023年"),
            "普陀区卫生健康局",
            "2023年1月16日",
        ),
        head_title="普陀区卫生健康局2022年政府信息公开工作年度报告_舟山市普陀区人民政府",
        crumbs="首页 > 信息公开 > 区卫生健康局",
        info="发布时间：2023-01-16　来源：区卫生健康局",
        banner="舟山市普陀区人民政府",
        footer="主办：舟山市普陀区人民政府办公室　地址：浙江省舟山市普陀区东港街道",
    ),
    {
        "agency": "舟山市普陀区卫生健康局",
        "accept": ["普陀区卫生健康局"],
        "as_written": "普陀区卫生健康局",
        "region": {"province": "浙江省", "city": "舟山市", "county": "普陀区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "普陀区 of 舟山 (site, footer), not Shanghai's: 上海市普陀区… is wrong",
    },
)

# v28: 区文旅局 titled; the full name only in 发布机构 of the index table.
add(
    "v28",
    "html",
    html(
        "区文旅局2021年政府信息公开工作年度报告",
        "<table class='index'><tr><td>索引号：</td><td>11610113MB0000000X/2022-00012</td>"
        "<td>发布机构：</td><td>西安市雁塔区文化和旅游局</td></tr>"
        "<tr><td>发文日期：</td><td>2022-01-21</td><td>主题分类：</td><td>年度报告</td></tr></table>"
        + paras(
            "根据《中华人民共和国政府信息公开条例》，现公布区文旅局2021年政府信息公开工作年度报告。"
            "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
            *sections("我局", "2021年", 187, "2022年"),
        ),
        head_title="区文旅局2021年政府信息公开工作年度报告 - 西安市雁塔区人民政府",
        crumbs="首页 > 信息公开 > 法定主动公开内容 > 年度报告",
        banner="西安市雁塔区人民政府",
        sidebar=side(
            "区教育局2021年政府信息公开工作年度报告", "区民政局2021年政府信息公开工作年度报告"
        ),
        footer="主办：西安市雁塔区人民政府办公室",
    ),
    {
        "agency": "西安市雁塔区文化和旅游局",
        "accept": ["雁塔区文化和旅游局"],
        "as_written": "区文旅局",
        "region": {"city": "西安市", "county": "雁塔区"},
        "level": "county",
        "kind": "department",
        "year": 2021,
        "note": "abbreviation titled; the full name in 发布机构 of the index table",
    },
)

# v29: 市政数局 titled on the city portal; the full name in 来源.
add(
    "v29",
    "txt",
    text(
        "广州市人民政府门户网站",
        "市政数局2023年政府信息公开工作年度报告",
        "来源：广州市政务服务和数据管理局  发布时间：2024-01-30",
        "根据《中华人民共和国政府信息公开条例》，现公布市政数局2023年政府信息公开工作年度报告。"
        "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        *sections("我局", "2023年", 506, "2024年"),
    ),
    {
        "agency": "广州市政务服务和数据管理局",
        "accept": [],
        "as_written": "市政数局",
        "region": {"city": "广州市"},
        "level": "city",
        "kind": "department",
        "year": 2023,
        "cues": ["来源：广州市政务服务和数据管理局"],
        "note": "abbreviation titled; full name in 来源; the portal's government is wrong",
    },
)

# ----------------------------- a city bureau's logo above its 分局's report

# v30: the city bureau's logo (alt text) and banner above its district branch's
# report titled 崂山分局 alone; the full name in the preamble.
add(
    "v30",
    "html",
    html(
        "崂山分局2022年政府信息公开工作年度报告",
        paras(
            preamble(
                "青岛市生态环境局崂山分局", "2022", contact="崂山分局办公室（电话：0532-88000000）"
            ),
            *sections("我分局", "2022年", 150, "2023年"),
        ),
        head_title="崂山分局2022年政府信息公开工作年度报告-青岛市生态环境局",
        crumbs="首页 > 信息公开 > 区市分局 > 崂山分局",
        info="发布时间：2023-01-13　来源：崂山分局",
        banner="<img src='/images/logo.png' alt='青岛市生态环境局'>",
        sidebar=side(
            "青岛市生态环境局2022年政府信息公开工作年度报告",
            "市南分局2022年政府信息公开工作年度报告",
        ),
        footer="主办：青岛市生态环境局",
    ),
    {
        "agency": "青岛市生态环境局崂山分局",
        "accept": [],
        "as_written": "崂山分局",
        "region": {"city": "青岛市"},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "the logo/`<title>`/footer's 青岛市生态环境局 is the superior: wrong",
    },
)

# v31: a planning bureau's 分局 titled short, its full name only in 发布机构; the
# city bureau's name in logo alt, banner, `<title>` and a 2021 年报 sidebar.
add(
    "v31",
    "html",
    html(
        "江宁分局2021年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》，现公布我分局2021年政府信息公开工作年度报告。"
            "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
            *sections("我分局", "2021年", 233, "2022年"),
        ),
        head_title="南京市规划和自然资源局",
        crumbs="首页 > 信息公开 > 年度报告",
        info="发布机构：南京市规划和自然资源局江宁分局　发布日期：2022-01-26",
        banner="<img src='/img/logo.png' alt='南京市规划和自然资源局'>南京市规划和自然资源局",
        sidebar=side(
            "南京市规划和自然资源局2021年政府信息公开工作年度报告",
            "浦口分局2021年政府信息公开工作年度报告",
        ),
        footer="南京市规划和自然资源局 版权所有",
    ),
    {
        "agency": "南京市规划和自然资源局江宁分局",
        "accept": [],
        "as_written": "江宁分局",
        "region": {"city": "南京市"},
        "level": None,
        "kind": "department",
        "year": 2021,
        "note": "the superior in logo/banner/`<title>`/footer is wrong",
    },
)

# ------------------------------------------------------------------ years

# v32: the year only as 二〇二二年度 in the title; the body says 本年度.
add(
    "v32",
    "txt",
    text(
        "常熟市司法局二〇二二年度政府信息公开工作年度报告",
        "发布日期：2023-01-19",
        "根据《中华人民共和国政府信息公开条例》规定，现公布常熟市司法局二〇二二年度政府信息公开工作年度报告。",
        *sections("我局", "本年度", 206, "下一年度"),
    ),
    {
        "agency": "常熟市司法局",
        "accept": ["苏州市常熟市司法局"],
        "as_written": "常熟市司法局",
        "region": {"county": "常熟市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "cues": ["二〇二二年度政府信息公开工作年度报告"],
        "note": "year only in Chinese numerals",
    },
)

# v33: no year in the title or body (全年, 下一步); the page says it is the annual
# report; 发布时间 in April of the next year (a late report): the previous year.
add(
    "v33",
    "html",
    html(
        "湘潭市雨湖区统计局政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》规定，现公布湘潭市雨湖区统计局政府信息公开工作年度报告。",
            *sections("我局", "全年", 66, "下一步"),
        ),
        head_title="湘潭市雨湖区统计局政府信息公开工作年度报告_雨湖区人民政府",
        crumbs="首页 > 信息公开 > 年度报告",
        info="发布时间：2022-04-12 09:30　来源：区统计局",
        banner="湘潭市雨湖区人民政府",
        footer="主办：湘潭市雨湖区人民政府办公室",
    ),
    {
        "agency": "湘潭市雨湖区统计局",
        "accept": ["雨湖区统计局"],
        "as_written": "湘潭市雨湖区统计局",
        "region": {"city": "湘潭市", "county": "雨湖区"},
        "level": "county",
        "kind": "department",
        "year": 2021,
        "note": "an annual report (title, preamble) whose only date is 发布时间 2022-04: 2021 (the brief's rule; doubt: a late report)",
    },
)

# v34: not the annual report: a 工作情况 report published in April with 今年以来 and
# 一季度: no report year is certain.
add(
    "v34",
    "txt",
    text(
        "醴陵市农业农村局关于政府信息公开工作情况的报告",
        "发布时间：2022-04-08",
        "今年以来，醴陵市农业农村局认真贯彻落实《中华人民共和国政府信息公开条例》，现将一季度政府信息公开工作情况报告如下。",
        "一、主动公开情况",
        "一季度主动公开政府信息46条，其中政策文件5件。",
        "二、依申请公开情况",
        "一季度收到政府信息公开申请2件，均已按期答复。",
        "三、下一步工作",
        "我局将进一步加强政务公开工作。",
    ),
    {
        "agency": "醴陵市农业农村局",
        "accept": ["株洲市醴陵市农业农村局"],
        "as_written": "醴陵市农业农村局",
        "region": {"county": "醴陵市"},
        "level": "county",
        "kind": "department",
        "year": None,
        "cues": ["一季度"],
        "note": "a quarter's report with only an April date: year null (2022 or 2021 invented)",
    },
)

# v35: a 2019 report with no year in the title; a comparison table 2018年 | 2019年 |
# 增减; 发布时间 January 2020; the body says 本年度 and 上年.
add(
    "v35",
    "txt",
    text(
        "铜陵市义安区财政局政府信息公开工作年度报告",
        "发布时间：2020-01-21",
        "根据《中华人民共和国政府信息公开条例》要求，现将我局本年度政府信息公开工作情况报告如下。",
        "一、总体情况",
        "本年度，我局主动公开政府信息数量较上年有所增加，主要指标如下：",
        *pipes(
            [
                ["指标", "2018年", "2019年", "增减"],
                ["主动公开（条）", "152", "187", "+35"],
                ["依申请公开（件）", "6", "4", "-2"],
                ["行政复议（件）", "1", "0", "-1"],
            ]
        ),
        "二、存在的主要问题及改进情况",
        "2020年，我局将进一步加强预决算公开。",
    ),
    {
        "agency": "铜陵市义安区财政局",
        "accept": ["义安区财政局"],
        "as_written": "铜陵市义安区财政局",
        "region": {"city": "铜陵市", "county": "义安区"},
        "level": "county",
        "kind": "department",
        "year": 2019,
        "cues": ["| 指标 | 2018年 | 2019年 | 增减 |", "2020年，我局将进一步"],
        "note": "本年度 = the later column (2019); 2018 is 上年; published Jan 2020; 2020 plans",
    },
)

# v36: a 2021 report (2021 template table 二 as HTML) with no year in the title; a
# comparison table 2020年（上年）| 2021年（本年）.
add(
    "v36",
    "html",
    html(
        "马鞍山市博望区应急管理局政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》，现公布马鞍山市博望区应急管理局政府信息公开工作年度报告。",
            "一、总体情况",
            "本年度主动公开政府信息情况与上年对比如下：",
        )
        + table(
            [
                ["项目", "2020年（上年）", "2021年（本年）"],
                ["主动公开信息（条）", "96", "121"],
                ["收到申请（件）", "1", "3"],
            ]
        )
        + paras(
            "二、主动公开政府信息情况",
            "全年制发规范性文件0件，本年废止0件，现行有效2件。",
            "三、收到和处理政府信息公开申请情况",
            "全年收到申请3件，均已按期答复。",
            "五、存在的主要问题及改进情况",
            "2022年，我局将进一步加强公开平台建设。",
        ),
        head_title="马鞍山市博望区应急管理局政府信息公开工作年度报告_马鞍山市博望区人民政府",
        crumbs="首页 > 信息公开 > 年度报告",
        info="发布时间：2022-01-25　来源：区应急管理局",
        banner="马鞍山市博望区人民政府",
        footer="主办：马鞍山市博望区人民政府办公室",
    ),
    {
        "agency": "马鞍山市博望区应急管理局",
        "accept": ["博望区应急管理局"],
        "as_written": "马鞍山市博望区应急管理局",
        "region": {"city": "马鞍山市", "county": "博望区"},
        "level": "county",
        "kind": "department",
        "year": 2021,
        "note": "本年 = 2021 (the table's column, 2022 plans, Jan 2022 publication); 2020 is 上年",
    },
)

# ---------------------------------------------- 转载, title/body disagree

# v37: a district government's report reposted by the district's news site, 来源 the
# district government's office (the compiler); the heading names only the area.
add(
    "v37",
    "html",
    html(
        "鹿城区2022年政府信息公开工作年度报告",
        paras(
            "本报告根据《中华人民共和国政府信息公开条例》要求，由温州市鹿城区人民政府办公室编制，现公布鹿城区人民政府"
            "2022年政府信息公开工作年度报告。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
            *sections("区政府", "2022年", 2310, "2023年"),
        ),
        head_title="鹿城区2022年政府信息公开工作年度报告-鹿城新闻网",
        crumbs="鹿城新闻网 > 政务 > 转载",
        info="2023-01-30 11:02　来源：温州市鹿城区人民政府办公室　责任编辑：陈某",
        banner="鹿城新闻网 温州市鹿城区融媒体中心主办",
        sidebar=side(
            "龙湾区2022年政府信息公开工作年度报告", "瓯海区2022年政府信息公开工作年度报告"
        ),
        footer="温州市鹿城区融媒体中心 版权所有",
    ),
    {
        "agency": "温州市鹿城区人民政府",
        "accept": ["鹿城区人民政府"],
        "as_written": None,
        "region": {"city": "温州市", "county": "鹿城区"},
        "level": "county",
        "kind": "government",
        "year": 2022,
        "note": "a 转载: the reporter is the district government; 来源 its office (compiler) and the media centre (host) are wrong",
    },
)

# v38: the title names 吴兴区's 住建局, the preamble, contact and signature 南浔区's (a
# copied template): the agency is not certain.
add(
    "v38",
    "txt",
    text(
        "吴兴区住房和城乡建设局2022年政府信息公开工作年度报告",
        "发布时间：2023-01-28",
        "根据《中华人民共和国政府信息公开条例》规定，现公布南浔区住房和城乡建设局2022年政府信息公开工作年度报告。"
        "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。如对本报告有疑问，请与南浔区住房和城乡建设局办公室联系。",
        *sections("我局", "2022年", 240, "2023年"),
    ),
    {
        "agency": None,
        "accept": [],
        "as_written": "吴兴区住房和城乡建设局",
        "region": {},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "cues": ["请与南浔区住房和城乡建设局办公室联系"],
        "note": "title and preamble/contact name two districts' bureaus: agency null",
    },
)

# v39: a correction notice's suffix on the title (更正版) and a 更正说明 line.
add(
    "v39",
    "html",
    html(
        "蚌埠市禹会区人民政府2021年政府信息公开工作年度报告（更正版）",
        paras(
            "更正说明：原发布的报告中表三数据有误，现予更正。",
            preamble("蚌埠市禹会区人民政府", "2021", contact="禹会区人民政府办公室"),
            *sections("区政府", "2021年", 1760, "2022年"),
            "蚌埠市禹会区人民政府",
            "2022年3月2日",
        ),
        head_title="蚌埠市禹会区人民政府2021年政府信息公开工作年度报告（更正版）_禹会区人民政府",
        crumbs="首页 > 信息公开 > 年度报告",
        info="发布时间：2022-03-02　来源：区政府办",
        banner="蚌埠市禹会区人民政府",
        sidebar=side(
            "蚌埠市禹会区人民政府2021年政府信息公开工作年度报告",
            "蚌埠市禹会区人民政府2020年政府信息公开工作年度报告",
        ),
        footer="主办：蚌埠市禹会区人民政府办公室",
    ),
    {
        "agency": "蚌埠市禹会区人民政府",
        "accept": ["禹会区人民政府"],
        "as_written": "蚌埠市禹会区人民政府",
        "region": {"city": "蚌埠市", "county": "禹会区"},
        "level": "county",
        "kind": "government",
        "year": 2021,
        "note": "a corrected version: suffix （更正版） not part of the name; its office (来源, contact) is wrong",
    },
)

# v40: a 2018 report titled with the renamed 卫生健康局 (renamed early 2019), the
# preamble naming the old 卫生和计划生育局 for 2018.
add(
    "v40",
    "txt",
    text(
        "仙居县卫生健康局2018年政府信息公开工作年度报告",
        "发布时间：2019-03-08",
        "2019年2月，按照县级机构改革方案，组建仙居县卫生健康局，不再保留仙居县卫生和计划生育局。"
        "现将原仙居县卫生和计划生育局2018年政府信息公开工作情况报告如下。"
        "本报告所列数据的统计期限自2018年1月1日起至2018年12月31日止。",
        *sections("原县卫计局", "2018年", 198, "2019年"),
    ),
    {
        "agency": "仙居县卫生健康局",
        "accept": [
            "仙居县卫生和计划生育局",
            "台州市仙居县卫生健康局",
            "台州市仙居县卫生和计划生育局",
        ],
        "as_written": "仙居县卫生健康局",
        "region": {"county": "仙居县"},
        "level": "county",
        "kind": "department",
        "year": 2018,
        "cues": ["仙居县卫生健康局2018年政府信息公开工作年度报告"],
        "note": "renamed body: the title's (the publishing successor) canonical, the 2018 name accepted (the same body)",
    },
)

# v41: a county party committee's office (县委办公室) publishing its own report on the
# county portal, whose host is the government's office; the full name in the title.
add(
    "v41",
    "html",
    html(
        "中共安吉县委办公室2023年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》和县委、县政府关于政务公开工作的部署，现公布中共安吉县委办公室2023年"
            "政府信息公开工作年度报告。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
            *sections("我办", "2023年", 41, "2024年"),
            "中共安吉县委办公室",
            "2024年1月24日",
        ),
        head_title="中共安吉县委办公室2023年政府信息公开工作年度报告_安吉县人民政府",
        crumbs="首页 > 政府信息公开 > 部门 > 县委办",
        info="发布时间：2024-01-24　来源：县委办",
        banner="安吉县人民政府",
        sidebar=side("安吉县人民政府办公室2023年政府信息公开工作年度报告"),
        footer="主办：安吉县人民政府办公室　湖州市安吉县",
    ),
    {
        "agency": "中共安吉县委办公室",
        "accept": ["中共湖州市安吉县委办公室"],
        "as_written": "中共安吉县委办公室",
        "region": {"city": "湖州市", "county": "安吉县"},
        "level": "county",
        "kind": "department",
        "year": 2023,
        "note": "a party committee's office: not the government's general office (kind department); "
        "安吉县委办公室 (中共 lost) and 安吉县人民政府办公室 (host, sidebar) are wrong",
    },
)


# v42: a long scrape cut at 2,000 bytes: the heading 区卫健委, no site line, and the
# signature that named the district lost past the cut: no area is certain.
_V42_SIGNATURE = "杭州市拱墅区卫生健康委员会"
add(
    "v42",
    "txt",
    text(
        "区卫健委2022年政府信息公开工作年度报告",
        "发布时间：2023-01-29",
        "根据《中华人民共和国政府信息公开条例》规定，现公布区卫健委2022年政府信息公开工作年度报告。"
        "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
        *sections("我委", "2022年", 388, "2023年"),
        "2022年，我委围绕疫情防控、健康服务等群众关注事项，持续加大信息公开力度，及时发布疫情防控通告、疫苗接种点信息和"
        "核酸检测点信息，全年发布各类通告和提示信息二百余条，并通过政务新媒体同步推送，回应群众关切。",
        "在政策解读方面，我委坚持政策性文件与解读材料同步组织、同步审签、同步部署，采用图文解读、视频解读、专家解读等"
        "多种形式，对医疗服务价格调整、家庭医生签约服务、基本公共卫生服务项目等政策进行解读，全年发布解读材料三十余篇。",
        "在平台建设方面，我委进一步规范政府信息公开专栏的栏目设置，及时更新机构职能、领导信息、办事指南等内容，"
        "定期开展网站内容自查，确保公开信息准确、完整、及时。",
        "附件：2022年政府信息公开情况统计表",
        _V42_SIGNATURE,
        "2023年1月29日",
    ),
    {
        "agency": None,
        "accept": [],
        "as_written": "区卫健委",
        "region": {},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "cues": ["区卫健委2022年政府信息公开工作年度报告"],
        "absent": [_V42_SIGNATURE, "拱墅"],
        "note": "the signature naming 拱墅区 is past the 2,000-byte cut: agency null (any district invented)",
    },
)

# v43: a district party committee's 编办, the title split by <br> after 区委 so that 中共
# and the district stand on the first line alone (临平区: formed 2021).
add(
    "v43",
    "html",
    html(
        "中共杭州市临平区委<br>机构编制委员会办公室2022年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》规定，现公布我办2022年政府信息公开工作年度报告。"
            "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
            *sections("我办", "2022年", 52, "2023年"),
            "中共杭州市临平区委机构编制委员会办公室",
            "2023年1月20日",
        ),
        head_title="机构编制委员会办公室2022年政府信息公开工作年度报告_杭州市临平区人民政府",
        crumbs="首页 > 信息公开 > 部门信息公开 > 区委编办",
        info="发布时间：2023-01-20　来源：区委编办",
        banner="杭州市临平区人民政府",
        footer="主办：杭州市临平区人民政府办公室",
    ),
    {
        "agency": "中共杭州市临平区委机构编制委员会办公室",
        "accept": ["中共临平区委机构编制委员会办公室"],
        "as_written": "中共杭州市临平区委机构编制委员会办公室",
        "region": {"city": "杭州市", "county": "临平区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "title split over <br>; the `<title>` lost the first line; 临平区机构编制委员会办公室 or 杭州市临平区… without 中共 are wrong",
    },
)


def main() -> None:
    write_pages(HERE, PAGES, as_written=True)


if __name__ == "__main__":
    main()
