"""Write meta22's metadata pages (`pages/`) and `truth.jsonl`.

Written blind (session 22), before reading the library's metadata code
(`metadata.py`, `gazetteer.py`, `identity.py`, their data) or the earlier red
teams' pages (only their READMEs, to choose other kinds, and the `html()` helper at
the top of meta21's `build_pages.py` for the layout, copied here). Real places and
bodies, invented reports. Each page is kept beside its truth so that a reader
checks one against the other. Run once: `python datasets/redteam/meta22/build_pages.py`.

Truth keys (SCHEMA §1, meta16's format as meta19/20/21 extended it): `agency`
canonical (area prefix restored from the page; null where the page does not make it
certain), `accept` (other forms of the same body that are right), `as_written`
(the form the page's heading uses; null where the heading names no agency),
`region` (only keys the page makes certain; scored; a key given as null means the
area has no such level OR the page leaves it open, so any value there is wrong),
`level`/`kind` (null = not scored), `year` (the year the statistics cover; null
where the page does not make it certain). `cues` (not written to the truth): the
strings the truth rests on, asserted to be in the page as saved (a text page is
clipped to its first 2,000 bytes, so a cue past the cut would leave the truth
unfounded); `absent`: strings the page must not hold.
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
    """A whole saved page (meta18–21's layout, copied from meta21)."""
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


PAGES: list[tuple[str, str, str, dict]] = []


def add(pid: str, ext: str, page: str, truth: dict) -> None:
    if ext == "txt":
        page = clip(page)
    for cue in truth.pop("cues", []):
        assert cue in page, (pid, cue)
    for gone in truth.pop("absent", []):
        assert gone not in page, (pid, gone)
    PAGES.append((pid, ext, page, truth))


# An opening that names no body: the report's own words, no 现公布X.
def opening(y: str, period: bool = True) -> str:
    out = (
        "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，特编制本报告。本报告由总体情况、"
        "主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、"
        "存在的主要问题及改进情况、其他需要报告的事项六部分组成。"
    )
    if period:
        out += f"本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"
    return out


# ------------------------------------------------ the agency only in a contact block

# w01: no name in the title or opening; a 联系单位/联系地址/联系电话 block (a bureau's
# office) is the only place the reporter is named.
add(
    "w01",
    "txt",
    text(
        "政府信息公开工作年度报告（2022年度）",
        "发布日期：2023-01-28　　浏览次数：112",
        opening("2022"),
        "联系单位：淮安市洪泽区水利局办公室",
        "联系地址：淮安市洪泽区东七街26号",
        "联系电话：0517-87220000",
        *sections("我局", "2022年", 236, "2023年"),
    ),
    {
        "agency": "淮安市洪泽区水利局",
        "accept": ["洪泽区水利局"],
        "as_written": None,
        "region": {"city": "淮安市", "county": "洪泽区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "cues": ["联系单位：淮安市洪泽区水利局办公室", "2022年12月31日"],
        "note": "the bureau only in the contact block (its office names the bureau, meta11)",
    },
)

# ------------------------------------------------ names wrapped or spaced by a PDF

# w02: a PDF's text layer wraps the title inside the name (卫生健⏎康委员会).
add(
    "w02",
    "txt",
    text(
        "绵阳市卫生健",
        "康委员会2021年政府信息公开",
        "工作年度报告",
        opening("2021"),
        *sections("我委", "2021年", 318, "2022年"),
        "— 1 —",
    ),
    {
        "agency": "绵阳市卫生健康委员会",
        "accept": [],
        "as_written": "绵阳市卫生健康委员会",
        "region": {"province": "四川省", "city": "绵阳市"},
        "level": "city",
        "kind": "department",
        "year": 2021,
        "cues": ["绵阳市卫生健\n康委员会2021年"],
        "note": "title wrapped by the PDF inside the name; 卫生健 alone or 康委员会 is a fragment",
    },
)

# w03: a letter-spaced name line above the title (a PDF cover); the opening names
# the government's office as compiler (another body).
add(
    "w03",
    "txt",
    text(
        "泰 州 市 人 民 政 府",
        "2023年政府信息公开工作年度报告",
        "本报告由泰州市人民政府办公室根据《中华人民共和国政府信息公开条例》（以下简称《条例》）"
        "编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六部分。"
        "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        *sections("市政府", "2023年", 1520, "2024年"),
    ),
    {
        "agency": "泰州市人民政府",
        "accept": [],
        "as_written": "泰州市人民政府",
        "region": {"province": "江苏省", "city": "泰州市"},
        "level": "city",
        "kind": "government",
        "year": 2023,
        "cues": ["泰 州 市 人 民 政 府"],
        "note": "letter-spaced cover line; 泰州市人民政府办公室 (compiler) is another body",
    },
)

# w40: a saved page whose heading spaces the name with full-width spaces and a <br>.
add(
    "w40",
    "html",
    html(
        "绍　兴　市　财　政　局<br>2022年政府信息公开工作年度报告",
        paras(opening("2022"), *sections("我局", "2022年", 402, "2023年")),
        head_title="绍兴市财政局2022年政府信息公开工作年度报告",
        crumbs="首页 > 政务公开 > 年度报告",
        info="发布时间：2023-01-18",
        banner="绍兴市财政局",
        footer="主办：绍兴市财政局",
    ),
    {
        "agency": "绍兴市财政局",
        "accept": [],
        "as_written": "绍兴市财政局",
        "region": {"city": "绍兴市"},
        "level": "city",
        "kind": "department",
        "year": 2022,
        "cues": ["绍　兴　市　财　政　局<br>"],
    },
)

# w23: a township's PDF: title names the town bare; the county comes only from the
# running footer the text layer keeps between pages.
add(
    "w23",
    "txt",
    text(
        "黄水镇2022年政府信息公开工作年度报告",
        opening("2022"),
        "一、总体情况",
        "2022年，我镇坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》，"
        "围绕乡村振兴和旅游发展深化政务公开。",
        "石柱土家族自治县黄水镇人民政府　　　　— 1 —",
        "二、主动公开政府信息情况",
        "全年主动公开政府信息86条，其中政策解读3篇。",
        "三、收到和处理政府信息公开申请情况",
        "全年收到政府信息公开申请2件，均已按期答复。",
        "石柱土家族自治县黄水镇人民政府　　　　— 2 —",
        "四、政府信息公开行政复议、行政诉讼情况",
        "全年未发生政府信息公开行政复议、行政诉讼案件。",
        "五、存在的主要问题及改进情况",
        "2023年，我镇将进一步规范公开流程。",
    ),
    {
        "agency": "石柱土家族自治县黄水镇人民政府",
        "accept": [
            "重庆市石柱土家族自治县黄水镇人民政府",
            "黄水镇人民政府",
            "石柱土家族自治县黄水镇",
        ],
        "as_written": "黄水镇",
        "region": {"county": "石柱土家族自治县"},
        "level": "township",
        "kind": "government",
        "year": 2022,
        "cues": ["石柱土家族自治县黄水镇人民政府　　　　— 1 —"],
        "note": "the county only in the PDF's running footer",
    },
)

# w24: a red-header document (…局文件, a 文号) that carries the bureau's report.
add(
    "w24",
    "txt",
    text(
        "江阴市交通运输局文件",
        "澄交发〔2023〕6号",
        "江阴市交通运输局",
        "关于印发2022年政府信息公开工作年度报告的通知",
        "局属各单位、机关各科室：",
        "现将《江阴市交通运输局2022年政府信息公开工作年度报告》印发给你们，请认真贯彻落实。",
        "江阴市交通运输局",
        "2023年1月20日",
        "江阴市交通运输局2022年政府信息公开工作年度报告",
        opening("2022"),
        *sections("我局", "2022年", 264, "2023年"),
    ),
    {
        "agency": "江阴市交通运输局",
        "accept": ["无锡市江阴市交通运输局"],
        "as_written": "江阴市交通运输局",
        "region": {"city": "无锡市", "county": "江阴市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "cues": ["江阴市交通运输局文件", "2022年12月31日"],
        "note": "江阴市交通运输局文件 (the letterhead) is not a name",
    },
)

# ------------------------------------------------ zones, their bureaus and streets

# w04: a new area's committee's bureau, titled without 管理委员会, the full name in
# 发布机构; the committee is the host.
add(
    "w04",
    "html",
    html(
        "江北新区教育和社会保障局2022年政府信息公开工作年度报告",
        paras(opening("2022"), *sections("我局", "2022年", 288, "2023年")),
        head_title="江北新区教育和社会保障局2022年政府信息公开工作年度报告_南京江北新区管理委员会",
        crumbs="首页 > 信息公开 > 部门年报",
        info="发布机构：南京江北新区管理委员会教育和社会保障局　发布日期：2023-01-30",
        banner="南京江北新区",
        sidebar=side("南京江北新区管理委员会2022年政府信息公开工作年度报告"),
        footer="主办：南京江北新区管理委员会",
    ),
    {
        "agency": "南京江北新区管理委员会教育和社会保障局",
        "accept": ["南京江北新区教育和社会保障局", "江北新区管理委员会教育和社会保障局"],
        "as_written": "江北新区教育和社会保障局",
        "region": {"city": "南京市"},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "the committee (host, sidebar) is another body: wrong",
    },
)

# w28: a county-level city's development zone's committee, titled short.
add(
    "w28",
    "html",
    html(
        "昆山开发区管委会2022年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》规定，现公布昆山经济技术开发区管理委员会2022年"
            "政府信息公开工作年度报告。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
            *sections("我委", "2022年", 356, "2023年"),
        ),
        head_title="昆山开发区管委会2022年政府信息公开工作年度报告_昆山市人民政府",
        crumbs="首页 > 政府信息公开 > 年度报告",
        info="发布时间：2023-01-29",
        banner="昆山市人民政府",
        footer="主办：昆山市人民政府办公室",
    ),
    {
        "agency": "昆山经济技术开发区管理委员会",
        "accept": ["昆山开发区管委会", "昆山经济技术开发区管委会"],
        "as_written": "昆山开发区管委会",
        "region": {"city": "苏州市", "county": "昆山市"},
        "level": None,
        "kind": None,
        "year": 2022,
        "note": "a 管委会: level and kind not scored; 昆山市人民政府 (host) wrong",
    },
)

# w34: a street office of 苏州工业园区 (a zone, not a district).
add(
    "w34",
    "txt",
    text(
        "苏州工业园区 > 政务公开 > 街道信息公开",
        "唯亭街道2022年政府信息公开工作年度报告",
        "发布日期：2023-01-19",
        preamble("苏州工业园区唯亭街道办事处", "2022"),
        *sections("我街道", "2022年", 174, "2023年"),
    ),
    {
        "agency": "苏州工业园区唯亭街道办事处",
        "accept": ["唯亭街道办事处", "苏州市苏州工业园区唯亭街道办事处"],
        "as_written": "唯亭街道",
        "region": {"city": "苏州市"},
        "level": "street",
        "kind": "government",
        "year": 2022,
        "cues": ["现公布苏州工业园区唯亭街道办事处2022年"],
    },
)

# w30: a zone's tax bureau titled 园区税务局, the full name in 发布机构, the city bureau
# as host.
add(
    "w30",
    "html",
    html(
        "园区税务局2022年政府信息公开工作年度报告",
        paras(opening("2022"), *sections("我局", "2022年", 215, "2023年")),
        head_title="园区税务局2022年政府信息公开工作年度报告_国家税务总局苏州市税务局",
        crumbs="首页 > 信息公开 > 政府信息公开年报",
        info="发布机构：国家税务总局苏州工业园区税务局　发布时间：2023-01-31",
        banner="国家税务总局苏州市税务局",
        sidebar=side("国家税务总局苏州市税务局2022年政府信息公开工作年度报告"),
        footer="国家税务总局苏州市税务局 版权所有",
    ),
    {
        "agency": "国家税务总局苏州工业园区税务局",
        "accept": [],
        "as_written": "园区税务局",
        "region": {"city": "苏州市"},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "the city bureau (host, banner, sidebar) is wrong",
    },
)

# ------------------------------------------------ townships, streets, 林场

# w05: a province-owned forest farm's own report.
add(
    "w05",
    "txt",
    text(
        "福建省洋口国有林场2022年政府信息公开工作年度报告",
        "发布日期：2023-01-17",
        opening("2022"),
        *sections("我场", "2022年", 64, "2023年"),
    ),
    {
        "agency": "福建省洋口国有林场",
        "accept": ["洋口国有林场"],
        "as_written": "福建省洋口国有林场",
        "region": {"province": "福建省"},
        "level": None,
        "kind": None,
        "year": 2022,
        "note": "a 国有林场 (a public institution): level and kind not scored",
    },
)

# w06: a county-level city's street office, titled bare, the full name (with the
# city's government) in the opening.
add(
    "w06",
    "txt",
    text(
        "义乌市人民政府门户网站 > 政务公开 > 镇街信息公开",
        "稠城街道2021年政府信息公开工作年度报告",
        "发布时间：2022-01-25　　来源：稠城街道",
        preamble("义乌市人民政府稠城街道办事处", "2021"),
        *sections("我街道", "2021年", 203, "2022年"),
    ),
    {
        "agency": "义乌市人民政府稠城街道办事处",
        "accept": ["义乌市稠城街道办事处", "稠城街道办事处"],
        "as_written": "稠城街道",
        "region": {"city": "金华市", "county": "义乌市"},
        "level": "street",
        "kind": "government",
        "year": 2021,
        "note": "义乌市人民政府 (host) is wrong",
    },
)

# w29: an ethnic township of an autonomous banner, titled bare.
add(
    "w29",
    "txt",
    text(
        "巴彦鄂温克民族乡2023年政府信息公开工作年度报告",
        "发布日期：2024-01-22",
        preamble("莫力达瓦达斡尔族自治旗巴彦鄂温克民族乡人民政府", "2023"),
        *sections("我乡", "2023年", 58, "2024年"),
    ),
    {
        "agency": "莫力达瓦达斡尔族自治旗巴彦鄂温克民族乡人民政府",
        "accept": [
            "呼伦贝尔市莫力达瓦达斡尔族自治旗巴彦鄂温克民族乡人民政府",
            "巴彦鄂温克民族乡人民政府",
        ],
        "as_written": "巴彦鄂温克民族乡",
        "region": {"city": "呼伦贝尔市", "county": "莫力达瓦达斡尔族自治旗"},
        "level": "township",
        "kind": "government",
        "year": 2023,
    },
)

# w32: a Traditional street office page whose name is 北京街道 (of 广州 越秀区).
add(
    "w32",
    "txt",
    text(
        "北京街道2022年政府信息公開工作年度報告",
        "發布日期：2023-01-16",
        "根據《中華人民共和國政府信息公開條例》規定，現公布廣州市越秀區人民政府北京街道辦事處"
        "2022年度政府信息公開工作年度報告。本報告所列數據的統計期限自2022年1月1日起至2022年12月31日止。",
        "一、總體情況",
        "2022年，本街道堅持以習近平新時代中國特色社會主義思想為指導，深化政務公開，"
        "政府信息公開工作取得新的進展。",
        "二、主動公開政府信息情況",
        "全年主動公開政府信息132條，其中政策解讀6篇。",
        "三、收到和處理政府信息公開申請情況",
        "全年收到政府信息公開申請3件，均已按期答覆。",
        "四、政府信息公開行政復議、行政訴訟情況",
        "全年未發生政府信息公開行政復議、行政訴訟案件。",
        "五、存在的主要問題及改進情況",
        "2023年，本街道將進一步加強政策解讀。",
    ),
    {
        "agency": "广州市越秀区人民政府北京街道办事处",
        "accept": ["广州市越秀区北京街道办事处", "越秀区北京街道办事处", "北京街道办事处"],
        "as_written": "北京街道",
        "region": {"province": "广东省", "city": "广州市", "county": "越秀区"},
        "level": "street",
        "kind": "government",
        "year": 2022,
        "note": "Traditional; 北京 is the street's name, not the municipality",
    },
)

# ------------------------------------------------ 派出 bodies, county-level cities

# w07: a city police bureau's district branch titled 北仑公安分局, the full name only
# in 信息来源, the city bureau as host.
add(
    "w07",
    "html",
    html(
        "北仑公安分局2022年政府信息公开工作年度报告",
        paras(opening("2022"), *sections("我局", "2022年", 145, "2023年")),
        head_title="北仑公安分局2022年政府信息公开工作年度报告_宁波市公安局",
        crumbs="首页 > 政务公开 > 分局信息公开",
        info="信息来源：宁波市公安局北仑分局　发布时间：2023-01-12",
        banner="宁波市公安局",
        sidebar=side(
            "宁波市公安局2022年政府信息公开工作年度报告",
            "海曙公安分局2022年政府信息公开工作年度报告",
        ),
        footer="主办：宁波市公安局",
    ),
    {
        "agency": "宁波市公安局北仑分局",
        "accept": [],
        "as_written": "北仑公安分局",
        "region": {"city": "宁波市"},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "宁波市公安局 (host, sidebar) wrong; the short form not canonical (meta18)",
    },
)

# w08: 市人社局 on a county-level city's portal: 市 is 昆山市.
add(
    "w08",
    "html",
    html(
        "市人社局2022年政府信息公开工作年度报告",
        paras(opening("2022"), *sections("我局", "2022年", 331, "2023年")),
        head_title="市人社局2022年政府信息公开工作年度报告_昆山市人民政府",
        crumbs="首页 > 政府信息公开 > 部门年报",
        info="来源：市人社局　发布时间：2023-01-20",
        banner="昆山市人民政府",
        sidebar=side("苏州市人社局2022年政府信息公开工作年度报告"),
        footer="主办：昆山市人民政府办公室",
    ),
    {
        "agency": "昆山市人力资源和社会保障局",
        "accept": ["昆山市人社局", "苏州市昆山市人力资源和社会保障局"],
        "as_written": "市人社局",
        "region": {"city": "苏州市", "county": "昆山市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "the sidebar's 苏州市人社局 and the host are other bodies",
    },
)

# w31: a county-level city's government titled 市政府, its office the compiler.
add(
    "w31",
    "txt",
    text(
        "义乌市人民政府门户网站 > 政务公开 > 政府信息公开年报",
        "市政府2022年政府信息公开工作年度报告",
        "发布时间：2023-01-30　　来源：市府办",
        "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由义乌市人民政府办公室"
        "编制。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
        *sections("市政府", "2022年", 2860, "2023年"),
    ),
    {
        "agency": "义乌市人民政府",
        "accept": ["金华市义乌市人民政府"],
        "as_written": "市政府",
        "region": {"city": "金华市", "county": "义乌市"},
        "level": "county",
        "kind": "government",
        "year": 2022,
        "note": "义乌市人民政府办公室 (compiler, 市府办) is another body",
    },
)

# w33: 市市场监管局 of 义乌 on the prefecture's portal: the prefecture's name is the
# host's; 义乌 only in 来源.
add(
    "w33",
    "html",
    html(
        "市市场监管局2022年政府信息公开工作年度报告",
        paras(opening("2022"), *sections("我局", "2022年", 296, "2023年")),
        head_title="市市场监管局2022年政府信息公开工作年度报告_金华市人民政府",
        crumbs="首页 > 信息公开 > 县市区 > 义乌市",
        info="来源：义乌市市场监督管理局　发布时间：2023-01-29",
        banner="金华市人民政府",
        sidebar=side("金华市市场监督管理局2022年政府信息公开工作年度报告"),
        footer="主办：金华市人民政府办公室",
    ),
    {
        "agency": "义乌市市场监督管理局",
        "accept": ["金华市义乌市市场监督管理局"],
        "as_written": "市市场监管局",
        "region": {"city": "金华市", "county": "义乌市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "金华市市场监督管理局 (host's city, sidebar) is wrong",
    },
)

# w36: a county-level city government's office, titled short (政府办公室), the full
# name in the opening.
add(
    "w36",
    "txt",
    text(
        "昆山市政府办公室2022年政府信息公开工作年度报告",
        preamble("昆山市人民政府办公室", "2022"),
        *sections("我办", "2022年", 512, "2023年"),
    ),
    {
        "agency": "昆山市人民政府办公室",
        "accept": ["苏州市昆山市人民政府办公室"],
        "as_written": "昆山市政府办公室",
        "region": {"city": "苏州市", "county": "昆山市"},
        "level": "county",
        "kind": "government",
        "year": 2022,
        "note": "the short 昆山市政府办公室 is not canonical where the full name is written",
    },
)

# ------------------------------------------------ autonomous banners and counties

# w09: an autonomous banner's bureau titled with the banner's short form.
add(
    "w09",
    "txt",
    text(
        "鄂伦春旗教育局2023年政府信息公开工作年度报告",
        "发布时间：2024-01-26",
        preamble("呼伦贝尔市鄂伦春自治旗教育局", "2023"),
        *sections("我局", "2023年", 119, "2024年"),
    ),
    {
        "agency": "鄂伦春自治旗教育局",
        "accept": ["呼伦贝尔市鄂伦春自治旗教育局"],
        "as_written": "鄂伦春旗教育局",
        "region": {"city": "呼伦贝尔市", "county": "鄂伦春自治旗"},
        "level": "county",
        "kind": "department",
        "year": 2023,
        "note": "an autonomous area's short form is not canonical where the full name is written (meta19)",
    },
)

# w10: a whole saved page in Traditional characters: an autonomous county's office.
add(
    "w10",
    "html",
    html(
        "雙江拉祜族佤族布朗族傣族自治縣人民政府辦公室2021年政府信息公開工作年度報告",
        paras(
            "根據《中華人民共和國政府信息公開條例》規定，特編制本報告。本報告所列數據的統計期限自"
            "2021年1月1日起至2021年12月31日止。",
            "一、總體情況",
            "2021年，我辦堅持以習近平新時代中國特色社會主義思想為指導，深化政務公開。",
            "二、主動公開政府信息情況",
            "全年主動公開政府信息412條。",
            "三、收到和處理政府信息公開申請情況",
            "全年收到政府信息公開申請4件，均已按期答覆。",
            "五、存在的主要問題及改進情況",
            "2022年，我辦將進一步加強公開平台建設。",
        ),
        head_title="雙江拉祜族佤族布朗族傣族自治縣人民政府辦公室2021年政府信息公開工作年度報告",
        crumbs="首頁 > 政務公開 > 年度報告",
        info="發布時間：2022-01-21",
        banner="雙江縣人民政府",
        footer="主辦：臨滄市雙江拉祜族佤族布朗族傣族自治縣人民政府辦公室",
        nav=["首頁", "信息公開", "政務服務", "政民互動"],
    ),
    {
        "agency": "双江拉祜族佤族布朗族傣族自治县人民政府办公室",
        "accept": ["临沧市双江拉祜族佤族布朗族傣族自治县人民政府办公室"],
        "as_written": "雙江拉祜族佤族布朗族傣族自治縣人民政府辦公室",
        "region": {"city": "临沧市", "county": "双江拉祜族佤族布朗族傣族自治县"},
        "level": "county",
        "kind": "government",
        "year": 2021,
        "note": "Traditional; the banner's 雙江縣人民政府 (short, the government) is wrong",
    },
)

# ------------------------------------------------ central ministries and their bodies

# w11: a ministry titled with its own short form; the full name in the opening.
add(
    "w11",
    "txt",
    text(
        "人力资源社会保障部2022年政府信息公开工作年度报告",
        "根据《中华人民共和国政府信息公开条例》规定，现公布中华人民共和国人力资源和社会保障部2022年"
        "政府信息公开工作年度报告。本报告由办公厅会同有关司局编制，所列数据的统计期限自2022年1月1日"
        "起至2022年12月31日止。",
        *sections("我部", "2022年", 1840, "2023年"),
    ),
    {
        "agency": "人力资源和社会保障部",
        "accept": ["中华人民共和国人力资源和社会保障部"],
        "as_written": "人力资源社会保障部",
        "region": {},
        "level": "national",
        "kind": "department",
        "year": 2022,
        "note": "the short 人力资源社会保障部 is not canonical where the full name is written (meta18's 国家发展改革委)",
    },
)

# w25: a 部管国家局 titled with its common short form.
add(
    "w25",
    "html",
    html(
        "国家粮食和储备局2022年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》规定，现公布国家粮食和物资储备局2022年政府信息公开"
            "工作年度报告。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
            *sections("我局", "2022年", 668, "2023年"),
        ),
        head_title="国家粮食和储备局2022年政府信息公开工作年度报告_国家粮食和物资储备局",
        crumbs="首页 > 政务公开 > 政府信息公开年报",
        info="发布时间：2023-01-31",
        banner="国家粮食和物资储备局",
        sidebar=side("国家发展和改革委员会2022年政府信息公开工作年度报告"),
        footer="国家粮食和物资储备局 版权所有",
    ),
    {
        "agency": "国家粮食和物资储备局",
        "accept": [],
        "as_written": "国家粮食和储备局",
        "region": {},
        "level": "national",
        "kind": "department",
        "year": 2022,
        "note": "a 国家… short form is not canonical; 国家发展和改革委员会 (the ministry, sidebar) wrong",
    },
)

# w26: a national administration formed in 2020 under a ministry; the ministry in
# the site line.
add(
    "w26",
    "txt",
    text(
        "应急管理部 | 国家矿山安全监察局",
        "国家矿山安全监察局2021年政府信息公开工作年度报告",
        "发布时间：2022-01-27",
        opening("2021"),
        *sections("我局", "2021年", 542, "2022年"),
    ),
    {
        "agency": "国家矿山安全监察局",
        "accept": [],
        "as_written": "国家矿山安全监察局",
        "region": {},
        "level": "national",
        "kind": "department",
        "year": 2021,
        "note": "应急管理部 (the ministry in the site line) is wrong",
    },
)

# w27: the national administration's province bureau on the national site.
add(
    "w27",
    "html",
    html(
        "国家矿山安全监察局山西局2022年政府信息公开工作年度报告",
        paras(opening("2022"), *sections("我局", "2022年", 233, "2023年")),
        head_title="国家矿山安全监察局山西局2022年政府信息公开工作年度报告_国家矿山安全监察局",
        crumbs="首页 > 地方局 > 山西局",
        info="发布时间：2023-01-29　来源：山西局",
        banner="国家矿山安全监察局",
        sidebar=side(
            "国家矿山安全监察局2022年政府信息公开工作年度报告",
            "国家矿山安全监察局内蒙古局2022年政府信息公开工作年度报告",
        ),
        footer="国家矿山安全监察局 版权所有",
    ),
    {
        "agency": "国家矿山安全监察局山西局",
        "accept": [],
        "as_written": "国家矿山安全监察局山西局",
        "region": {"province": "山西省"},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "a vertical body: level not scored; the national bureau (host) wrong",
    },
)

# w35: a ministry's own report; 来源 is its 办公厅 written bare.
add(
    "w35",
    "html",
    html(
        "中华人民共和国商务部2022年政府信息公开工作年度报告",
        paras(opening("2022"), *sections("我部", "2022年", 1377, "2023年")),
        head_title="商务部2022年政府信息公开工作年度报告",
        crumbs="首页 > 政务公开 > 政府信息公开年报",
        info="来源：办公厅　发布时间：2023-01-30",
        banner="中华人民共和国商务部",
        footer="中华人民共和国商务部 版权所有",
    ),
    {
        "agency": "商务部",
        "accept": ["中华人民共和国商务部"],
        "as_written": "中华人民共和国商务部",
        "region": {},
        "level": "national",
        "kind": "department",
        "year": 2022,
        "note": "商务部办公厅 (来源) is another body",
    },
)

# ------------------------------------------------ published for a bureau by the district's office

# w12: the district government's office publishes (发布机构) a bureau's report; 来源 the
# bureau written short.
add(
    "w12",
    "html",
    html(
        "区卫生健康局2022年政府信息公开工作年度报告",
        paras(opening("2022"), *sections("我局", "2022年", 377, "2023年")),
        head_title="区卫生健康局2022年政府信息公开工作年度报告_杭州市拱墅区人民政府",
        crumbs="首页 > 政府信息公开 > 部门年报",
        info="发布机构：杭州市拱墅区人民政府办公室　来源：区卫生健康局　发布日期：2023-01-31",
        banner="杭州市拱墅区人民政府",
        footer="主办：杭州市拱墅区人民政府办公室",
    ),
    {
        "agency": "杭州市拱墅区卫生健康局",
        "accept": ["拱墅区卫生健康局"],
        "as_written": "区卫生健康局",
        "region": {"city": "杭州市", "county": "拱墅区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "the publisher (拱墅区人民政府办公室) is another body",
    },
)

# ------------------------------------------------ years

# w13: a 2020 report whose year is only in a header image's alt text; published
# January 2021; the sidebar holds last year's report.
add(
    "w13",
    "html",
    html(
        "宜兴市审计局政府信息公开工作年度报告",
        '<p><img src="/images/2021/01/nb.jpg" alt="2020年度政府信息公开工作年度报告"></p>\n'
        + paras(opening("", period=False), *sections("我局", "本年度", 88, "新的一年")),
        head_title="宜兴市审计局政府信息公开工作年度报告_宜兴市人民政府",
        crumbs="首页 > 政府信息公开 > 部门年报",
        info="发布日期：2021-01-26",
        banner="宜兴市人民政府",
        sidebar=side("宜兴市审计局2019年政府信息公开工作年度报告"),
        footer="主办：宜兴市人民政府办公室",
    ),
    {
        "agency": "宜兴市审计局",
        "accept": ["无锡市宜兴市审计局"],
        "as_written": "宜兴市审计局",
        "region": {"city": "无锡市", "county": "宜兴市"},
        "level": "county",
        "kind": "department",
        "year": 2020,
        "note": "2020 only in the image's alt and the January 2021 date; 2019 in the sidebar",
    },
)

# w14: the year only as 二〇二二年度 in the opening; no date, no digits.
add(
    "w14",
    "txt",
    text(
        "常熟市司法局政府信息公开工作年度报告",
        "根据《中华人民共和国政府信息公开条例》规定，现公布常熟市司法局二〇二二年度政府信息公开工作"
        "年度报告。",
        *sections("我局", "本年度", 143, "新的一年"),
    ),
    {
        "agency": "常熟市司法局",
        "accept": ["苏州市常熟市司法局"],
        "as_written": "常熟市司法局",
        "region": {"city": "苏州市", "county": "常熟市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "cues": ["二〇二二年度"],
        "absent": ["2022", "2023"],
    },
)

# w15: the year only in a February publication date of the next year.
add(
    "w15",
    "txt",
    text(
        "张家港市退役军人事务局政府信息公开工作年度报告",
        "发布日期：2023-02-10　　来源：张家港市退役军人事务局",
        opening("", period=False),
        *sections("我局", "本年度", 97, "新的一年"),
    ),
    {
        "agency": "张家港市退役军人事务局",
        "accept": ["苏州市张家港市退役军人事务局"],
        "as_written": "张家港市退役军人事务局",
        "region": {"city": "苏州市", "county": "张家港市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "absent": ["2022"],
        "note": "a February date of the next year: the previous year (the brief's rule)",
    },
)

# w16: a plan paragraph (2024年，我局将…) inside the overview, no plans heading; the
# date is January 2024.
add(
    "w16",
    "txt",
    text(
        "徐州市鼓楼区城市管理局政府信息公开工作年度报告",
        "发布时间：2024-01-19",
        "一、总体情况",
        "2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国"
        "政府信息公开条例》，围绕市容环境整治深化政务公开。全年主动公开政府信息156条。",
        "2024年，我局将继续加强政府信息公开工作，进一步完善主动公开目录，全年计划公开信息200条以上。",
        "二、依申请公开情况",
        "全年收到政府信息公开申请5件，均已按期答复。",
        "三、复议诉讼情况",
        "全年未发生政府信息公开行政复议、行政诉讼案件。",
    ),
    {
        "agency": "徐州市鼓楼区城市管理局",
        "accept": ["鼓楼区城市管理局"],
        "as_written": "徐州市鼓楼区城市管理局",
        "region": {"city": "徐州市", "county": "鼓楼区"},
        "level": "county",
        "kind": "department",
        "year": 2023,
        "note": "2024 is the plan year (no plans heading); the date 2024-01",
    },
)

# w17: a list of earlier years' reports with view counts on the next line, above
# the opened report.
add(
    "w17",
    "txt",
    text(
        "南通市崇川区教育体育局 > 信息公开 > 年度报告",
        "2021年政府信息公开工作年度报告",
        "阅读 1236",
        "2020年政府信息公开工作年度报告",
        "阅读 987",
        "2019年政府信息公开工作年度报告",
        "阅读 1520",
        "崇川区教育体育局2022年政府信息公开工作年度报告",
        "发布时间：2023-01-16",
        opening("2022"),
        *sections("我局", "2022年", 248, "2023年"),
    ),
    {
        "agency": "南通市崇川区教育体育局",
        "accept": ["崇川区教育体育局"],
        "as_written": "崇川区教育体育局",
        "region": {"city": "南通市", "county": "崇川区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "cues": ["阅读 1236"],
    },
)

# ------------------------------------------------ companies and schools (公共企事业单位)

# w18: a bus company's 公共企事业单位 report on its supervisor's site.
add(
    "w18",
    "html",
    html(
        "苏州市公共交通有限公司2022年度信息公开工作年度报告",
        paras(
            "根据《公共企事业单位信息公开规定制定办法》和交通运输行业有关要求，现公布苏州市公共交通"
            "有限公司2022年度信息公开工作年度报告。本报告所列数据的统计期限自2022年1月1日起至2022年"
            "12月31日止。",
            "一、总体情况",
            "2022年，公司围绕公交服务公开线路调整、票价和服务标准等信息。",
            "二、主动公开信息情况",
            "全年主动公开信息265条。",
        ),
        head_title="苏州市公共交通有限公司2022年度信息公开工作年度报告_苏州市交通运输局",
        crumbs="首页 > 公共企事业单位信息公开 > 公交",
        info="来源：苏州市公共交通有限公司　发布时间：2023-01-30",
        banner="苏州市交通运输局",
        footer="主办：苏州市交通运输局",
    ),
    {
        "agency": "苏州市公共交通有限公司",
        "accept": [],
        "as_written": "苏州市公共交通有限公司",
        "region": {"city": "苏州市"},
        "level": None,
        "kind": None,
        "year": 2022,
        "note": "a company: kind and level not scored; 苏州市交通运输局 (host) wrong",
    },
)

# w19: a water company's report as a text scrape.
add(
    "w19",
    "txt",
    text(
        "宜兴市水务集团有限公司2023年度信息公开工作报告",
        "发布日期：2024-01-24",
        "根据《公共企事业单位信息公开规定制定办法》，现公布宜兴市水务集团有限公司2023年度信息公开工作"
        "报告。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        "一、总体情况",
        "2023年，公司公开供水水质、水价和停水信息，接受社会监督。",
        "二、主动公开信息情况",
        "全年公开水质信息52期，停水通知38条。",
        "三、收到和处理信息公开申请情况",
        "全年收到信息公开申请1件，已按期答复。",
    ),
    {
        "agency": "宜兴市水务集团有限公司",
        "accept": [],
        "as_written": "宜兴市水务集团有限公司",
        "region": {"city": "无锡市", "county": "宜兴市"},
        "level": None,
        "kind": None,
        "year": 2023,
        "note": "a company: kind and level not scored",
    },
)

# w20: a school with 〇 in its name on the district's education commission's site.
add(
    "w20",
    "html",
    html(
        "北京一〇一中学2022年度信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》和《教育部关于公布〈高等学校信息公开事项清单〉的通知》"
            "精神，现公布北京一〇一中学2022年度信息公开工作年度报告。",
            *sections("我校", "2022年", 96, "2023年"),
        ),
        head_title="北京一〇一中学2022年度信息公开工作年度报告_北京市海淀区教育委员会",
        crumbs="首页 > 信息公开 > 学校信息公开",
        info="来源：北京一〇一中学　发布时间：2023-01-18",
        banner="北京市海淀区教育委员会",
        footer="主办：北京市海淀区教育委员会",
    ),
    {
        "agency": "北京一〇一中学",
        "accept": ["北京一零一中学", "北京市一〇一中学"],
        "as_written": "北京一〇一中学",
        "region": {},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "a school (meta19: kind department, level not scored); the commission (host) wrong",
    },
)

# ------------------------------------------------ spam

# w21: a spam bracket between the name and the year in the title.
add(
    "w21",
    "txt",
    text(
        "海宁市民政局【点击领取】2022年政府信息公开工作年度报告",
        "发布时间：2023-01-18",
        opening("2022"),
        *sections("我局", "2022年", 187, "2023年"),
    ),
    {
        "agency": "海宁市民政局",
        "accept": ["嘉兴市海宁市民政局"],
        "as_written": "海宁市民政局",
        "region": {"city": "嘉兴市", "county": "海宁市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)

# w22: spam before and after the title, and in <title>.
add(
    "w22",
    "html",
    html(
        "【官方推荐】温岭市财政局2021年政府信息公开工作年度报告-澳门新葡京【点击进入】",
        paras(
            "根据《中华人民共和国政府信息公开条例》规定，现公布温岭市财政局2021年政府信息公开工作年度报告。"
            "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
            *sections("我局", "2021年", 221, "2022年"),
        ),
        head_title="【官方推荐】温岭市财政局2021年政府信息公开工作年度报告-澳门新葡京【点击进入】",
        crumbs="首页 > 信息公开",
        info="发布时间：2022-01-20",
    ),
    {
        "agency": "温岭市财政局",
        "accept": ["台州市温岭市财政局"],
        "as_written": "温岭市财政局",
        "region": {"city": "台州市", "county": "温岭市"},
        "level": "county",
        "kind": "department",
        "year": 2021,
    },
)

# ------------------------------------------------ NOT certain

# w37: 城关街道办事处 with no county or city anywhere: many counties have one. Written
# blind as null; corrected after the first reading to the project's convention (meta18 s39).
add(
    "w37",
    "txt",
    text(
        "城关街道办事处2022年政府信息公开工作年度报告",
        "发布日期：2023-01-13",
        opening("2022"),
        *sections("我街道", "2022年", 66, "2023年"),
    ),
    {
        "agency": "城关街道办事处",
        "accept": [],
        "as_written": "城关街道办事处",
        "region": {},
        "level": "street",
        "kind": "government",
        "year": 2022,
        "note": "a street name many counties bear, no county: the name as written, no region"
        " (the project's convention, meta18 s39; truth null at the first reading)",
    },
)

# w38: the year not certain: 本年度 only, no date, earlier years' reports in the sidebar.
add(
    "w38",
    "html",
    html(
        "绍兴市上虞区人力资源和社会保障局政府信息公开工作年度报告",
        paras(opening("", period=False), *sections("我局", "本年度", 210, "下一步")),
        head_title="绍兴市上虞区人力资源和社会保障局政府信息公开工作年度报告",
        crumbs="首页 > 信息公开 > 年度报告",
        banner="绍兴市上虞区人力资源和社会保障局",
        sidebar=side(
            "上虞区人力社保局2021年政府信息公开工作年度报告",
            "上虞区人力社保局2020年政府信息公开工作年度报告",
        ),
        footer="主办：绍兴市上虞区人力资源和社会保障局",
    ),
    {
        "agency": "绍兴市上虞区人力资源和社会保障局",
        "accept": ["上虞区人力资源和社会保障局"],
        "as_written": "绍兴市上虞区人力资源和社会保障局",
        "region": {"city": "绍兴市", "county": "上虞区"},
        "level": "county",
        "kind": "department",
        "year": None,
        "note": "year not certain: no date, 本年度 only; the sidebar's years are other reports",
    },
)

# w39: 区市场监督管理局 with no area of its own; a list above it names another
# district's government's report.
add(
    "w39",
    "txt",
    text(
        "首页 > 政务公开 > 年度报告",
        "西湖区人民政府2023年政府信息公开工作年度报告",
        "阅读 2210",
        "区市场监督管理局2023年政府信息公开工作年度报告",
        "发布时间：2024-01-25",
        opening("2023"),
        *sections("我局", "2023年", 301, "2024年"),
    ),
    {
        "agency": None,
        "accept": [],
        "as_written": "区市场监督管理局",
        "region": {},
        "level": None,
        "kind": None,
        "year": 2023,
        "note": "agency not certain: the listed 西湖区 report is another page's; many cities have a 西湖区",
    },
)

# w41: the article is only a PDF link; the agency and year only in its file name.
add(
    "w41",
    "html",
    html(
        "政府信息公开工作年度报告",
        '<p>附件：<a href="/art/2021/1/25/p.pdf">安吉县民政局2020年度政府信息公开工作年度报告.pdf</a></p>',
        head_title="政府信息公开工作年度报告_安吉县人民政府",
        crumbs="首页 > 政府信息公开 > 部门年报",
        info="发布时间：2021-01-25",
        banner="安吉县人民政府",
        footer="主办：安吉县人民政府办公室",
    ),
    {
        "agency": "安吉县民政局",
        "accept": ["湖州市安吉县民政局"],
        "as_written": None,
        "region": {"county": "安吉县"},
        "level": "county",
        "kind": "department",
        "year": 2020,
        "note": "agency and year only in the PDF link's file name (meta12 p03's kind); the host wrong",
    },
)

# w42: a town of a 林区 (no city level), titled with 人民政府, the 林区 in the site line.
add(
    "w42",
    "txt",
    text(
        "神农架林区人民政府门户网站 > 乡镇信息公开 > 木鱼镇",
        "木鱼镇人民政府2022年政府信息公开工作年度报告",
        "发布时间：2023-01-20",
        opening("2022"),
        *sections("我镇", "2022年", 77, "2023年"),
    ),
    {
        "agency": "神农架林区木鱼镇人民政府",
        "accept": ["木鱼镇人民政府", "湖北省神农架林区木鱼镇人民政府"],
        "as_written": "木鱼镇人民政府",
        "region": {"province": "湖北省", "city": None, "county": "神农架林区"},
        "level": "township",
        "kind": "government",
        "year": 2022,
        "note": "神农架林区人民政府 (host) wrong; a 林区 has no city",
    },
)

if __name__ == "__main__":
    write_pages(HERE, sorted(PAGES), as_written=True)
