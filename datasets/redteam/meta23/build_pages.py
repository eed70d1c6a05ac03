"""Write meta23's red-team pages and truth (blind: written before reading the
library's metadata code or running the library on them).

Each page sits beside its truth in ``PAGES``; ``python build_pages.py`` writes
``pages/`` and ``truth.jsonl`` (meta_pages.write_pages). Text pages are a scraper's
first 2,000 bytes (``clip``); every cue a truth rests on is asserted to be inside
the cut (``cues``). HTML pages are whole saved pages (``html``).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from meta_pages import clip, paras, sections, text, write_pages  # noqa: E402

PAGES: list[tuple[str, str, str, dict]] = []


def html(
    *,
    title: str,
    banner: str,
    crumb: str,
    heading: str,
    info: str = "",
    body: list[str],
    side: list[str] = (),  # type: ignore[assignment]
    footer: str,
    head_extra: str = "",
    above: str = "",
) -> str:
    """A whole saved page: <title>, banner, nav, crumb, an info line (发布机构/来源/日期),
    the article, a sidebar list and a footer."""
    side_html = "".join(f'<li><a href="#">{s}</a></li>' for s in side)
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title}</title>\n{head_extra}</head>\n<body>\n"
        f'<div class="banner">{banner}</div>\n'
        '<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a>'
        ' <a href="#">互动交流</a></div>\n'
        f'<div class="crumb">{crumb}</div>\n{above}'
        f'<div class="article">\n<h1>{heading}</h1>\n'
        f'<div class="info">{info}</div>\n<div class="content">\n{paras(*body)}\n</div>\n</div>\n'
        f'<div class="side"><h3>相关文章</h3><ul>{side_html}</ul></div>\n'
        f'<div class="footer">{footer}</div>\n</body>\n</html>\n'
    )


def add(pid: str, ext: str, page: str, truth: dict, cues: tuple[str, ...] = ()) -> None:
    """One page; a text page is clipped to 2,000 bytes and its cues must survive."""
    if ext == "txt":
        page = clip(page)
    for c in cues:
        assert c in page, (pid, c)
    PAGES.append((pid, ext, page, truth))


def body(me: str, y: str, n: int, plan: str) -> list[str]:
    return sections(me, y, n, plan)


# --- x01: the agency only in a PDF's running header (page 1 and page 2), the title none
add(
    "x01",
    "txt",
    text(
        "德清县交通运输局",
        "2022年政府信息公开工作年度报告",
        "本报告根据《中华人民共和国政府信息公开条例》要求编制，内容包括总体情况、主动公开政府信息情况、"
        "收到和处理政府信息公开申请情况等。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
        *body("本机关", "2022年", 214, "2023年")[:4],
        "— 1 —",
        "\f德清县交通运输局",
        *body("本机关", "2022年", 214, "2023年")[4:],
    ),
    {
        "agency": "德清县交通运输局",
        "accept": ["湖州市德清县交通运输局"],
        "as_written": None,
        "region": {"county": "德清县"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "the name only as the PDF's running header line on each page; the title names none",
    },
    cues=("\f德清县交通运输局",),
)

# --- x02: the name wrapped by the PDF inside the opening sentence; the title names none
add(
    "x02",
    "txt",
    text(
        "2021年度政府信息公开工作年度报告",
        "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布宜春市袁州区民",
        "政局2021年度政府信息公开工作年度报告。本报告所列数据的统计期限自2021年1月1日起至2021年",
        "12月31日止。",
        *body("我局", "2021年", 96, "2022年"),
    ),
    {
        "agency": "宜春市袁州区民政局",
        "accept": ["袁州区民政局"],
        "as_written": None,
        "region": {"city": "宜春市", "county": "袁州区"},
        "level": "county",
        "kind": "department",
        "year": 2021,
        "note": "PDF line break inside the name (民⏎政局); 政局 or 宜春市袁州区民 alone is a fragment",
    },
)

# --- x03: a 高新区's bureau titled with the zone's short name; full name in 发布机构
add(
    "x03",
    "html",
    html(
        title="成都高新区社区发展治理和社会保障局2022年政府信息公开工作年度报告_成都高新区管委会",
        banner="成都高新技术产业开发区管理委员会",
        crumb="首页 > 政务公开 > 政府信息公开年报",
        heading="成都高新区社区发展治理和社会保障局2022年政府信息公开工作年度报告",
        info="发布机构：成都高新技术产业开发区社区发展治理和社会保障局　发布日期：2023-01-29",
        body=body("我局", "2022年", 322, "2023年"),
        side=["成都高新区管委会2022年政府信息公开工作年度报告", "成都高新区财政金融局2022年政府信息公开工作年度报告"],
        footer="主办：成都高新技术产业开发区管理委员会　地址：四川省成都市高新区天府大道",
    ),
    {
        "agency": "成都高新技术产业开发区社区发展治理和社会保障局",
        "accept": ["成都高新区社区发展治理和社会保障局"],
        "as_written": "成都高新区社区发展治理和社会保障局",
        "region": {"city": "成都市"},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "a zone's bureau; the 管委会 (banner, host, sidebar) and the 财政金融局 are other bodies: wrong",
    },
)

# --- x04: 经开区管委会 titled short, the full name only in the contact block
add(
    "x04",
    "txt",
    text(
        "经开区管委会2023年政府信息公开工作年度报告",
        "发布时间：2024-01-22",
        "本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自2023年1月1日起至2023年"
        "12月31日止。",
        *body("我委", "2023年", 188, "2024年"),
        "联系单位：长春经济技术开发区管理委员会党政办公室",
        "联系地址：吉林省长春市经开区浦东路",
        "联系电话：0431-8456XXXX",
    ),
    {
        "agency": "长春经济技术开发区管理委员会",
        "accept": ["长春经开区管委会"],
        "as_written": "经开区管委会",
        "region": {"province": "吉林省", "city": "长春市"},
        "level": None,
        "kind": None,
        "year": 2023,
        "note": "contact block's office names its committee (meta11); 经开区管委会 alone is a generic form",
    },
    cues=("联系单位：长春经济技术开发区管理委员会",),
)

# --- x05: a street whose name holds 民族 (a word of 民族乡), titled with 办事处 but no area
add(
    "x05",
    "txt",
    text(
        "民族街道办事处2022年政府信息公开工作年度报告",
        "来源：江汉区人民政府　时间：2023-01-13",
        "根据《中华人民共和国政府信息公开条例》规定，现公布武汉市江汉区民族街道办事处2022年政府信息公开"
        "工作年度报告。",
        *body("我街道", "2022年", 77, "2023年"),
    ),
    {
        "agency": "武汉市江汉区民族街道办事处",
        "accept": ["江汉区民族街道办事处"],
        "as_written": "民族街道办事处",
        "region": {"city": "武汉市", "county": "江汉区"},
        "level": "street",
        "kind": "government",
        "year": 2022,
        "note": "民族街道 is the street's name (not an ethnic township); 江汉区人民政府 (来源) is the host",
    },
)

# --- x06: a district's forest farm on the district portal
add(
    "x06",
    "html",
    html(
        title="长乐林场2022年度政府信息公开工作年度报告_杭州市余杭区人民政府",
        banner="杭州市余杭区人民政府",
        crumb="首页 > 政务公开 > 部门信息公开 > 长乐林场",
        heading="长乐林场2022年度政府信息公开工作年度报告",
        info="来源：杭州市余杭区长乐林场　发布日期：2023-01-20　浏览次数：87",
        body=body("我场", "2022年", 41, "2023年"),
        side=["余杭区林业水利局2022年度政府信息公开工作年度报告", "余杭区人民政府2022年度政府信息公开工作年度报告"],
        footer="主办单位：杭州市余杭区人民政府办公室　版权所有",
    ),
    {
        "agency": "杭州市余杭区长乐林场",
        "accept": ["余杭区长乐林场"],
        "as_written": "长乐林场",
        "region": {"city": "杭州市", "county": "余杭区"},
        "level": None,
        "kind": None,
        "year": 2022,
        "note": "a district's 林场; the portal's government and its office, the 林业水利局 (sidebar) are wrong",
    },
)

# --- x07: a tax bureau's 稽查局 (a number word in the name), titled without 国家税务总局
add(
    "x07",
    "txt",
    text(
        "国家税务总局上海市税务局",
        "上海市税务局第一稽查局2022年政府信息公开工作年度报告",
        "发布日期：2023年01月30日",
        "根据《中华人民共和国政府信息公开条例》和国家税务总局上海市税务局的统一部署，现公布国家税务总局"
        "上海市税务局第一稽查局2022年政府信息公开工作年度报告。",
        *body("我局", "2022年", 58, "2023年"),
    ),
    {
        "agency": "国家税务总局上海市税务局第一稽查局",
        "accept": ["上海市税务局第一稽查局"],
        "as_written": "上海市税务局第一稽查局",
        "region": {"province": "上海市"},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "the city bureau (site line, the 部署 sentence) is another body: wrong",
    },
)

# --- x08: 天津市河北区 (a district named like a province), titled bare
add(
    "x08",
    "html",
    html(
        title="河北区民政局2021年政府信息公开工作年度报告-天津市河北区人民政府",
        banner="天津市河北区人民政府",
        crumb="首页 > 政务公开 > 法定主动公开内容 > 政府信息公开年报",
        heading="河北区民政局2021年政府信息公开工作年度报告",
        info="发布时间：2022-01-25　来源：区民政局",
        body=body("我局", "2021年", 133, "2022年"),
        side=["河北区教育局2021年政府信息公开工作年度报告", "河北区人民政府2021年政府信息公开工作年度报告"],
        footer="天津市河北区人民政府主办　地址：天津市河北区中山路",
    ),
    {
        "agency": "天津市河北区民政局",
        "accept": ["河北区民政局"],
        "as_written": "河北区民政局",
        "region": {"province": "天津市", "county": "河北区"},
        "level": "county",
        "kind": "department",
        "year": 2021,
        "note": "河北区 of 天津; 河北省 is wrong",
    },
)

# --- x09: 乌海市海南区 (a district named like a province)
add(
    "x09",
    "txt",
    text(
        "海南区卫生健康委员会2022年政府信息公开工作年度报告",
        "根据《中华人民共和国政府信息公开条例》规定，现公布乌海市海南区卫生健康委员会2022年政府信息公开"
        "工作年度报告。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
        *body("我委", "2022年", 64, "2023年"),
        "联系地址：内蒙古自治区乌海市海南区人民路",
    ),
    {
        "agency": "乌海市海南区卫生健康委员会",
        "accept": ["海南区卫生健康委员会", "内蒙古自治区乌海市海南区卫生健康委员会"],
        "as_written": "海南区卫生健康委员会",
        "region": {"province": "内蒙古自治区", "city": "乌海市", "county": "海南区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "海南区 of 乌海; 海南省 is wrong",
    },
)

# --- x10: a Shanghai street whose name holds another city's name (南京东路)
add(
    "x10",
    "html",
    html(
        title="南京东路街道办事处2022年度政府信息公开工作年度报告_上海市黄浦区人民政府",
        banner="上海市黄浦区人民政府",
        crumb="首页 > 政务公开 > 街道信息公开 > 南京东路街道",
        heading="南京东路街道办事处2022年度政府信息公开工作年度报告",
        info="信息来源：黄浦区南京东路街道办事处　发布日期：2023-01-18",
        body=body("本街道", "2022年", 102, "2023年"),
        side=["外滩街道办事处2022年度政府信息公开工作年度报告", "黄浦区人民政府2022年度政府信息公开工作年度报告"],
        footer="主办：上海市黄浦区人民政府办公室",
    ),
    {
        "agency": "上海市黄浦区南京东路街道办事处",
        "accept": ["黄浦区南京东路街道办事处"],
        "as_written": "南京东路街道办事处",
        "region": {"province": "上海市", "county": "黄浦区"},
        "level": "street",
        "kind": "government",
        "year": 2022,
        "note": "南京东路 is a road: 南京市 anywhere in the region is wrong (city not scored: a municipality)",
    },
)

# --- x11: a zone named after another city (宁波杭州湾新区)
add(
    "x11",
    "txt",
    text(
        "杭州湾新区管委会2022年政府信息公开工作年度报告",
        "发布日期：2023-01-31　来源：宁波杭州湾新区管理委员会",
        "根据《中华人民共和国政府信息公开条例》规定，现公布宁波杭州湾新区管理委员会2022年政府信息公开"
        "工作年度报告。",
        *body("我委", "2022年", 145, "2023年"),
    ),
    {
        "agency": "宁波杭州湾新区管理委员会",
        "accept": ["宁波杭州湾新区管委会"],
        "as_written": "杭州湾新区管委会",
        "region": {"province": "浙江省", "city": "宁波市"},
        "level": None,
        "kind": None,
        "year": 2022,
        "note": "a 宁波 zone named after the bay; 杭州市 is wrong (province 浙江 either way)",
    },
)

# --- x12: a scenic area's committee named like a district (黄山风景区 vs 黄山区)
add(
    "x12",
    "html",
    html(
        title="黄山风景区管委会2021年政府信息公开工作年度报告",
        banner="黄山风景区管理委员会",
        crumb="首页 > 信息公开 > 年度报告",
        heading="黄山风景区管委会2021年政府信息公开工作年度报告",
        info="发布机构：黄山风景区管理委员会　发布日期：2022-01-21",
        body=body("我委", "2021年", 119, "2022年"),
        side=["黄山风景区管委会2020年政府信息公开工作年度报告"],
        footer="黄山风景区管理委员会主办　地址：安徽省黄山市",
    ),
    {
        "agency": "黄山风景区管理委员会",
        "accept": ["黄山风景区管委会"],
        "as_written": "黄山风景区管委会",
        "region": {"province": "安徽省", "city": "黄山市", "county": None},
        "level": None,
        "kind": None,
        "year": 2021,
        "note": "a city's scenic-area committee; county 黄山区 (a prefix match) is wrong",
    },
)

# --- x13: 市中区 (several cities' district) of 乐山
add(
    "x13",
    "txt",
    text(
        "市中区人力资源和社会保障局2022年政府信息公开工作年度报告",
        "根据《中华人民共和国政府信息公开条例》规定，现公布乐山市市中区人力资源和社会保障局2022年政府信息"
        "公开工作年度报告。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
        *body("我局", "2022年", 91, "2023年"),
    ),
    {
        "agency": "乐山市市中区人力资源和社会保障局",
        "accept": ["市中区人力资源和社会保障局"],
        "as_written": "市中区人力资源和社会保障局",
        "region": {"city": "乐山市", "county": "市中区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "市中区 is 乐山's (济南, 内江, 枣庄 have one too); 中区… or a city-level body is wrong",
    },
)

# --- x14: a district named 城区 (阳泉), titled bare
add(
    "x14",
    "html",
    html(
        title="城区人民政府2022年政府信息公开工作年度报告-阳泉市城区人民政府",
        banner="阳泉市城区人民政府",
        crumb="首页 > 政务公开 > 政府信息公开年报",
        heading="城区人民政府2022年政府信息公开工作年度报告",
        info="发布机构：城区人民政府办公室　发布日期：2023-01-30",
        body=body("区政府", "2022年", 256, "2023年"),
        side=["城区教育局2022年政府信息公开工作年度报告", "阳泉市人民政府2022年政府信息公开工作年度报告"],
        footer="主办：阳泉市城区人民政府办公室　地址：山西省阳泉市城区",
    ),
    {
        "agency": "阳泉市城区人民政府",
        "accept": ["城区人民政府"],
        "as_written": "城区人民政府",
        "region": {"province": "山西省", "city": "阳泉市", "county": "城区"},
        "level": "county",
        "kind": "government",
        "year": 2022,
        "note": "a district whose name is 城区; its office (发布机构) and 阳泉市人民政府 are wrong",
    },
)

# --- x15: 国家医保局 titled short, the full name in the opening
add(
    "x15",
    "html",
    html(
        title="国家医保局2022年政府信息公开工作年度报告",
        banner="国家医疗保障局",
        crumb="首页 > 政务公开 > 政府信息公开年报",
        heading="国家医保局2022年政府信息公开工作年度报告",
        info="来源：办公室　日期：2023-03-10",
        body=[
            "本报告由国家医疗保障局根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自2022年1月1日"
            "起至2022年12月31日止。",
            *body("我局", "2022年", 410, "2023年"),
        ],
        side=["国家卫生健康委2022年政府信息公开工作年度报告", "国务院办公厅2022年政府信息公开工作年度报告"],
        footer="版权所有：国家医疗保障局",
    ),
    {
        "agency": "国家医疗保障局",
        "accept": [],
        "as_written": "国家医保局",
        "region": {},
        "level": "national",
        "kind": "department",
        "year": 2022,
        "note": "国家医保局 is not canonical where the full name is written (meta18's 国家发展改革委)",
    },
)

# --- x16: 海关总署 with 中华人民共和国海关总署 in the opening
add(
    "x16",
    "txt",
    text(
        "海关总署2021年政府信息公开工作年度报告",
        "2022-03-25　来源：海关总署办公厅",
        "本报告根据《中华人民共和国政府信息公开条例》要求，由中华人民共和国海关总署编制。本报告所列数据的"
        "统计期限自2021年1月1日起至2021年12月31日止。",
        *body("海关总署", "2021年", 520, "2022年"),
    ),
    {
        "agency": "海关总署",
        "accept": ["中华人民共和国海关总署"],
        "as_written": "海关总署",
        "region": {},
        "level": "national",
        "kind": "department",
        "year": 2021,
        "note": "the 办公厅 (来源) is another body: wrong",
    },
)

# --- x17: a 国家局 under a ministry (crumb), its own title
add(
    "x17",
    "html",
    html(
        title="国家中医药管理局2023年政府信息公开工作年度报告",
        banner="国家中医药管理局",
        crumb="首页 > 国家卫生健康委员会 > 国家中医药管理局 > 政府信息公开",
        heading="国家中医药管理局2023年政府信息公开工作年度报告",
        info="发布时间：2024-03-18",
        body=body("我局", "2023年", 233, "2024年"),
        side=["国家卫生健康委员会2023年政府信息公开工作年度报告", "国家疾病预防控制局2023年政府信息公开工作年度报告"],
        footer="主办：国家中医药管理局办公室",
    ),
    {
        "agency": "国家中医药管理局",
        "accept": [],
        "as_written": "国家中医药管理局",
        "region": {},
        "level": "national",
        "kind": "department",
        "year": 2023,
        "note": "国家卫生健康委员会 (crumb, sidebar) is the supervising ministry: wrong",
    },
)

# --- x18: a national administration's 派出机构 titled by its short name
add(
    "x18",
    "txt",
    text(
        "浙江能源监管办2022年政府信息公开工作年度报告",
        "根据《中华人民共和国政府信息公开条例》规定，现公布国家能源局浙江监管办公室2022年政府信息公开工作"
        "年度报告。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
        *body("我办", "2022年", 67, "2023年"),
    ),
    {
        "agency": "国家能源局浙江监管办公室",
        "accept": ["浙江能源监管办"],
        "as_written": "浙江能源监管办",
        "region": {"province": "浙江省"},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "国家能源局 (national) is wrong; 浙江省…办公室 (the province government's office) is wrong",
    },
)

# --- x19: an autonomous region's department titled 自治区…厅, the region only in banner/title
add(
    "x19",
    "html",
    html(
        title="广西壮族自治区生态环境厅",
        banner="广西壮族自治区生态环境厅",
        crumb="首页 > 信息公开 > 政府信息公开年报",
        heading="自治区生态环境厅2022年政府信息公开工作年度报告",
        info="发布时间：2023-01-28　来源：厅办公室",
        body=body("我厅", "2022年", 301, "2023年"),
        side=["自治区生态环境厅2021年政府信息公开工作年度报告"],
        footer="版权所有：广西壮族自治区生态环境厅　地址：广西南宁市教育路",
    ),
    {
        "agency": "广西壮族自治区生态环境厅",
        "accept": [],
        "as_written": "自治区生态环境厅",
        "region": {"province": "广西壮族自治区"},
        "level": "province",
        "kind": "department",
        "year": 2022,
        "note": "自治区…厅 is the usual self-reference; the region only in <title>, banner, footer",
    },
)

# --- x20: a 兵团 department titled 兵团…局
add(
    "x20",
    "txt",
    text(
        "兵团民政局2022年政府信息公开工作年度报告",
        "发布日期：2023-01-19",
        "根据《中华人民共和国政府信息公开条例》规定，现公布新疆生产建设兵团民政局2022年政府信息公开工作"
        "年度报告。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
        *body("我局", "2022年", 88, "2023年"),
    ),
    {
        "agency": "新疆生产建设兵团民政局",
        "accept": [],
        "as_written": "兵团民政局",
        "region": {},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "the Corps' own department (province-like); 兵团民政局 alone is its short form",
    },
)

# --- x21: an autonomous county's bureau titled by the county's short name
add(
    "x21",
    "txt",
    text(
        "北川县教育局2022年政府信息公开工作年度报告",
        "根据《中华人民共和国政府信息公开条例》规定，现公布绵阳市北川羌族自治县教育局2022年政府信息公开"
        "工作年度报告。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
        *body("我局", "2022年", 72, "2023年"),
    ),
    {
        "agency": "北川羌族自治县教育局",
        "accept": ["绵阳市北川羌族自治县教育局"],
        "as_written": "北川县教育局",
        "region": {"city": "绵阳市", "county": "北川羌族自治县"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "an autonomous county's short form is not canonical where the full name is written (meta19)",
    },
)

# --- x22: an autonomous banner's government titled 莫旗, the full name in 发布机构
add(
    "x22",
    "html",
    html(
        title="莫旗人民政府2021年政府信息公开工作年度报告",
        banner="莫力达瓦达斡尔族自治旗人民政府",
        crumb="首页 > 政务公开 > 年度报告",
        heading="莫旗人民政府2021年政府信息公开工作年度报告",
        info="发布机构：莫力达瓦达斡尔族自治旗人民政府　发布日期：2022-01-27",
        body=body("旗政府", "2021年", 207, "2022年"),
        side=["呼伦贝尔市人民政府2021年政府信息公开工作年度报告"],
        footer="主办：莫旗人民政府办公室　内蒙古自治区呼伦贝尔市",
    ),
    {
        "agency": "莫力达瓦达斡尔族自治旗人民政府",
        "accept": ["呼伦贝尔市莫力达瓦达斡尔族自治旗人民政府"],
        "as_written": "莫旗人民政府",
        "region": {"city": "呼伦贝尔市", "county": "莫力达瓦达斡尔族自治旗"},
        "level": "county",
        "kind": "government",
        "year": 2021,
        "note": "莫旗 is the banner's usual short name; 呼伦贝尔市人民政府 (sidebar) is wrong",
    },
)

# --- x23: a county-level city's bureau titled 市…, the prefecture's bureau in related links
add(
    "x23",
    "txt",
    text(
        "晋江市人民政府门户网站",
        "首页 > 信息公开 > 部门年报",
        "市卫生健康局2022年政府信息公开工作年度报告",
        "发布时间：2023-01-17　来源：晋江市卫生健康局",
        *body("我局", "2022年", 156, "2023年"),
        "相关链接：泉州市卫生健康委员会　福建省卫生健康委员会",
    ),
    {
        "agency": "晋江市卫生健康局",
        "accept": [],
        "as_written": "市卫生健康局",
        "region": {"county": "晋江市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "市 here is 晋江 (a 县级市); 泉州市卫生健康委员会 is wrong",
    },
    cues=("相关链接：泉州市",),
)

# --- x24: a county-level city of a 盟 (二连浩特, 锡林郭勒盟)
add(
    "x24",
    "html",
    html(
        title="二连浩特市应急管理局2022年政府信息公开工作年度报告",
        banner="二连浩特市人民政府",
        crumb="首页 > 锡林郭勒盟 > 二连浩特市 > 政务公开",
        heading="二连浩特市应急管理局2022年政府信息公开工作年度报告",
        info="发布日期：2023-01-16",
        body=body("我局", "2022年", 49, "2023年"),
        side=["锡林郭勒盟应急管理局2022年政府信息公开工作年度报告"],
        footer="二连浩特市人民政府办公室主办",
    ),
    {
        "agency": "二连浩特市应急管理局",
        "accept": ["锡林郭勒盟二连浩特市应急管理局"],
        "as_written": "二连浩特市应急管理局",
        "region": {"city": "锡林郭勒盟", "county": "二连浩特市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "a 盟's county-level city; the 盟's bureau (sidebar) is wrong",
    },
)

# --- x25: a 兵团 团场 with 〇 in its name
add(
    "x25",
    "html",
    html(
        title="一〇四团2022年政府信息公开工作年度报告_第十二师政务网",
        banner="新疆生产建设兵团第十二师",
        crumb="首页 > 团场信息公开 > 一〇四团",
        heading="一〇四团2022年政府信息公开工作年度报告",
        info="发布时间：2023-01-20",
        body=[
            "根据《中华人民共和国政府信息公开条例》规定，现公布新疆生产建设兵团第十二师一〇四团2022年政府信息"
            "公开工作年度报告。",
            *body("我团", "2022年", 38, "2023年"),
        ],
        side=["二二一团2022年政府信息公开工作年度报告", "第十二师2022年政府信息公开工作年度报告"],
        footer="新疆生产建设兵团第十二师主办",
    ),
    {
        "agency": "新疆生产建设兵团第十二师一〇四团",
        "accept": ["第十二师一〇四团"],
        "as_written": "一〇四团",
        "region": {},
        "level": None,
        "kind": None,
        "year": 2022,
        "note": "as meta21 v16; the 师 (banner, host) and 二二一团 (sidebar) are wrong",
    },
)

# --- x26: a 群团 body (残联) titled by its short name, full name in 发布机构
add(
    "x26",
    "html",
    html(
        title="市残联2022年政府信息公开工作年度报告_杭州市人民政府门户网站",
        banner="杭州市人民政府门户网站",
        crumb="首页 > 政务公开 > 部门政府信息公开年报",
        heading="市残联2022年政府信息公开工作年度报告",
        info="发布机构：杭州市残疾人联合会　发布日期：2023-01-31",
        body=body("市残联", "2022年", 95, "2023年"),
        side=["杭州市民政局2022年政府信息公开工作年度报告", "杭州市人民政府2022年政府信息公开工作年度报告"],
        footer="主办：杭州市人民政府办公厅",
    ),
    {
        "agency": "杭州市残疾人联合会",
        "accept": [],
        "as_written": "市残联",
        "region": {"city": "杭州市"},
        "level": "city",
        "kind": "department",
        "year": 2022,
        "note": "a 群团 body publishing as an agency; 市残联 alone is a short form; the portal's government wrong",
    },
)

# --- x27: 住房公积金管理中心 (its name has no 市)
add(
    "x27",
    "txt",
    text(
        "杭州住房公积金管理中心2022年政府信息公开工作年度报告",
        "发布日期：2023-01-28",
        "根据《中华人民共和国政府信息公开条例》规定，现公布杭州住房公积金管理中心2022年政府信息公开工作"
        "年度报告。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
        *body("中心", "2022年", 130, "2023年"),
    ),
    {
        "agency": "杭州住房公积金管理中心",
        "accept": ["杭州市住房公积金管理中心"],
        "as_written": "杭州住房公积金管理中心",
        "region": {"city": "杭州市"},
        "level": "city",
        "kind": "department",
        "year": 2022,
        "note": "the center's own name writes 杭州 without 市",
    },
)

# --- x28: a city 档案馆 on its own site
add(
    "x28",
    "html",
    html(
        title="宁波市档案馆2023年政府信息公开工作年度报告",
        banner="宁波档案　宁波市档案馆",
        crumb="首页 > 政府信息公开 > 年度报告",
        heading="宁波市档案馆2023年政府信息公开工作年度报告",
        info="发布日期：2024-01-24　来源：办公室",
        body=body("我馆", "2023年", 61, "2024年"),
        side=["宁波市档案馆2022年政府信息公开工作年度报告", "宁波市档案馆政府信息公开指南"],
        footer="主办：宁波市档案馆　浙ICP备XXXXXXXX号",
    ),
    {
        "agency": "宁波市档案馆",
        "accept": [],
        "as_written": "宁波市档案馆",
        "region": {"city": "宁波市"},
        "level": "city",
        "kind": "department",
        "year": 2023,
        "note": "a 馆 publishing its own report; the sidebar's 2022 report is another year",
    },
)

# --- x29: 供销社 titled short, the full name in the contact block
add(
    "x29",
    "txt",
    text(
        "市供销社2022年度政府信息公开工作年度报告",
        "发布时间：2023-01-12",
        *body("我社", "2022年", 44, "2023年"),
        "如对本报告有疑问，请联系：温州市供销合作社联合社办公室，电话0577-8888XXXX。",
    ),
    {
        "agency": "温州市供销合作社联合社",
        "accept": [],
        "as_written": "市供销社",
        "region": {"city": "温州市"},
        "level": "city",
        "kind": "department",
        "year": 2022,
        "note": "the contact's office names its body (meta11); 市供销社 alone is a short form",
    },
    cues=("温州市供销合作社联合社办公室",),
)

# --- x30: the year only in the January publication date; the 索引号 holds the publication year
add(
    "x30",
    "html",
    html(
        title="政府信息公开工作年度报告_嘉兴市南湖区人民政府",
        banner="嘉兴市南湖区人民政府",
        crumb="首页 > 信息公开 > 区财政局 > 年度报告",
        heading="政府信息公开工作年度报告",
        info="索引号：002579421/2023-00015　发布机构：嘉兴市南湖区财政局　发布日期：2023-01-16",
        body=body("我局", "本年度", 83, "下一步"),
        side=["区财政局政府信息公开指南", "区财政局机构职能"],
        footer="主办：嘉兴市南湖区人民政府办公室",
    ),
    {
        "agency": "嘉兴市南湖区财政局",
        "accept": ["南湖区财政局"],
        "as_written": None,
        "region": {"city": "嘉兴市", "county": "南湖区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "no year but a January 2023 date (previous year, meta16); the 索引号's 2023 is the publication's",
    },
)

# --- x31: a revision note in the title names a later year
add(
    "x31",
    "txt",
    text(
        "温岭市农业农村和水利局2022年政府信息公开工作年度报告（2023年3月修订）",
        "发布日期：2023-03-20",
        "根据《中华人民共和国政府信息公开条例》规定，现公布温岭市农业农村和水利局2022年政府信息公开工作年度"
        "报告。因原报告第三部分数据统计有误，现予修订。",
        *body("我局", "2022年", 178, "2023年"),
    ),
    {
        "agency": "温岭市农业农村和水利局",
        "accept": [],
        "as_written": "温岭市农业农村和水利局",
        "region": {"county": "温岭市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "（2023年3月修订） is the revision's date, not the report year",
    },
)

# --- x32: the year only in a dotted 统计期限
add(
    "x32",
    "txt",
    text(
        "常熟市商务局政府信息公开工作年度报告",
        "统计期限：2021.1.1—2021.12.31",
        *body("我局", "本年度", 69, "下一步"),
    ),
    {
        "agency": "常熟市商务局",
        "accept": [],
        "as_written": "常熟市商务局",
        "region": {"county": "常熟市"},
        "level": "county",
        "kind": "department",
        "year": 2021,
        "note": "no title year, no date: the statistics period written with dots",
    },
)

# --- x33: the year only as 二零二一年度 (零, not 〇)
add(
    "x33",
    "html",
    html(
        title="张家港市司法局二零二一年度政府信息公开工作年度报告",
        banner="张家港市人民政府",
        crumb="首页 > 政务公开 > 部门年报",
        heading="张家港市司法局二零二一年度政府信息公开工作年度报告",
        info="来源：张家港市司法局",
        body=body("我局", "二零二一年", 85, "下一步"),
        side=["张家港市人民政府二零二一年度政府信息公开工作年度报告"],
        footer="张家港市人民政府办公室主办",
    ),
    {
        "agency": "张家港市司法局",
        "accept": [],
        "as_written": "张家港市司法局",
        "region": {"county": "张家港市"},
        "level": "county",
        "kind": "department",
        "year": 2021,
        "note": "二零二一 with 零 (many pages write 零 for 〇); no digit year, no date",
    },
)

# --- x34: a 2024 report; a 2025 要点 notice's link above its title
add(
    "x34",
    "txt",
    text(
        "海宁市自然资源和规划局",
        "关于印发《海宁市2025年政务公开工作要点》的通知　2025-03-02",
        "海宁市自然资源和规划局2024年政府信息公开工作年度报告",
        "发布日期：2025-01-21",
        "根据《中华人民共和国政府信息公开条例》规定，现公布本局2024年政府信息公开工作年度报告。本报告所列"
        "数据的统计期限自2024年1月1日起至2024年12月31日止。",
        *body("我局", "2024年", 126, "2025年"),
    ),
    {
        "agency": "海宁市自然资源和规划局",
        "accept": [],
        "as_written": "海宁市自然资源和规划局",
        "region": {"county": "海宁市"},
        "level": "county",
        "kind": "department",
        "year": 2024,
        "note": "a 2024 report (the 2025 notice link above is another document)",
    },
)

# --- x35: a list of earlier years' reports with a date on the next line, above the report
add(
    "x35",
    "html",
    html(
        title="区水利局2022年政府信息公开工作年度报告_南京市江宁区人民政府",
        banner="南京市江宁区人民政府",
        crumb="首页 > 信息公开 > 区水利局",
        above=(
            '<div class="list"><h3>年度报告</h3><ul>'
            '<li><a href="#">区水利局2021年政府信息公开工作年度报告</a><br>2022-01-24</li>'
            '<li><a href="#">区水利局2020年政府信息公开工作年度报告</a><br>2021-01-26</li>'
            '<li><a href="#">区水利局2019年政府信息公开工作年度报告</a><br>2020-01-20</li>'
            "</ul></div>\n"
        ),
        heading="区水利局2022年政府信息公开工作年度报告",
        info="发布机构：南京市江宁区水利局　发布日期：2023-01-19",
        body=body("我局", "2022年", 99, "2023年"),
        side=["江宁区人民政府2022年政府信息公开工作年度报告"],
        footer="主办：南京市江宁区人民政府办公室",
    ),
    {
        "agency": "南京市江宁区水利局",
        "accept": ["江宁区水利局"],
        "as_written": "区水利局",
        "region": {"city": "南京市", "county": "江宁区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "the three listed reports (dates on the next line) are earlier years'",
    },
)

# --- x36: a whole Traditional page, 臺州/黃巖, the year as 二〇二二年度
add(
    "x36",
    "html",
    html(
        title="臺州市黃巖區司法局二〇二二年度政府資訊公開工作年度報告",
        banner="臺州市黃巖區人民政府",
        crumb="首頁 > 政務公開 > 部門年報",
        heading="臺州市黃巖區司法局二〇二二年度政府資訊公開工作年度報告",
        info="發佈日期：2023-01-18",
        body=[
            "一、總體情況",
            "二〇二二年，本局堅持以習近平新時代中國特色社會主義思想為指導，認真貫徹落實《中華人民共和國政府資訊"
            "公開條例》，政府資訊公開工作取得新的進展。",
            "二、主動公開政府資訊情況",
            "全年主動公開政府資訊112條。",
            "三、收到和處理政府資訊公開申請情況",
            "全年收到政府資訊公開申請3件，均已按期答覆。",
            "四、政府資訊公開行政復議、行政訴訟情況",
            "全年未發生政府資訊公開行政復議、行政訴訟案件。",
            "五、存在的主要問題及改進情況",
            "下一步，本局將進一步加強政策解讀。",
        ],
        side=["黃巖區人民政府二〇二二年度政府資訊公開工作年度報告"],
        footer="臺州市黃巖區人民政府辦公室主辦",
    ),
    {
        "agency": "台州市黄岩区司法局",
        "accept": ["黄岩区司法局"],
        "as_written": "臺州市黃巖區司法局",
        "region": {"city": "台州市", "county": "黄岩区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "Traditional 臺州 (the city writes 台州 in both scripts; a converter writes 臺) and 巖",
    },
)

# --- x37: a spam keyword block above the real title, a year inside the spam
add(
    "x37",
    "txt",
    text(
        "澳门威尼斯人官网|太阳城集团|2023世界杯买球app|亚洲城官方网站|永利皇宫网址",
        "天台县民政局2021年政府信息公开工作年度报告",
        "发布时间：2022-01-11",
        "根据《中华人民共和国政府信息公开条例》规定，现公布天台县民政局2021年政府信息公开工作年度报告。",
        *body("我局", "2021年", 80, "2022年"),
    ),
    {
        "agency": "天台县民政局",
        "accept": ["台州市天台县民政局"],
        "as_written": "天台县民政局",
        "region": {"county": "天台县"},
        "level": "county",
        "kind": "department",
        "year": 2021,
        "note": "the spam line's 2023 and its 官方网站 are not the report's",
    },
)

# --- x38: a spam suffix ending in 有限公司 after the title
add(
    "x38",
    "html",
    html(
        title="丽水市莲都区教育局2022年政府信息公开工作年度报告-亚博体育官网(中国)有限公司",
        banner="丽水市莲都区人民政府",
        crumb="首页 > 政务公开 > 部门年报",
        heading="丽水市莲都区教育局2022年政府信息公开工作年度报告-亚博体育官网(中国)有限公司",
        info="发布日期：2023-01-20",
        body=body("我局", "2022年", 140, "2023年"),
        side=["莲都区人民政府2022年政府信息公开工作年度报告"],
        footer="亚博体育官网(中国)有限公司 版权所有",
    ),
    {
        "agency": "丽水市莲都区教育局",
        "accept": ["莲都区教育局"],
        "as_written": "丽水市莲都区教育局",
        "region": {"city": "丽水市", "county": "莲都区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "the spam company (title suffix, footer) is no agency: wrong",
    },
)

# --- x39: NOT certain — 高新区管委会 with no city anywhere
add(
    "x39",
    "txt",
    text(
        "高新区管委会2022年政府信息公开工作年度报告",
        "发布时间：2023-01-30",
        "根据《中华人民共和国政府信息公开条例》规定，现公布高新区管委会2022年政府信息公开工作年度报告。",
        *body("我委", "2022年", 150, "2023年"),
    ),
    {
        "agency": None,
        "accept": [],
        "as_written": "高新区管委会",
        "region": {},
        "level": None,
        "kind": None,
        "year": 2022,
        "note": "NOT certain: 高新区 is a generic word (every city has one); no area anywhere",
    },
)

# --- x40: NOT certain year — only a cited 2023 要点, no date, 本年度
add(
    "x40",
    "txt",
    text(
        "瑞安市统计局政府信息公开工作年度报告",
        "一、总体情况",
        "本年度，我局按照《瑞安市政务公开三年行动计划（2021—2023年）》要求，坚持以公开为常态、不公开为例外，"
        "政府信息公开工作取得新的进展。",
        *body("我局", "本年度", 55, "下一步")[2:],
    ),
    {
        "agency": "瑞安市统计局",
        "accept": [],
        "as_written": "瑞安市统计局",
        "region": {"county": "瑞安市"},
        "level": "county",
        "kind": "department",
        "year": None,
        "note": "NOT certain: only a three-year plan's range (2021—2023年), no date, 本年度",
    },
)

# --- x41: NOT certain agency — a compilation of several bodies' reports
add(
    "x41",
    "txt",
    text(
        "上城区各部门2022年政府信息公开工作年度报告汇编",
        "杭州市上城区发展和改革局2022年政府信息公开工作年度报告",
        "2022年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息86条，收到政府信息"
        "公开申请2件。",
        "杭州市上城区财政局2022年政府信息公开工作年度报告",
        "2022年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息112条，收到政府信息"
        "公开申请1件。",
        "杭州市上城区民政局2022年政府信息公开工作年度报告",
        "2022年，我局全年主动公开政府信息64条，未收到政府信息公开申请。",
    ),
    {
        "agency": None,
        "accept": [],
        "as_written": None,
        "region": {"city": "杭州市", "county": "上城区"},
        "level": None,
        "kind": None,
        "year": 2022,
        "note": "NOT certain: a compilation of three bureaus' reports (any one bureau is invented)",
    },
    cues=("杭州市上城区民政局2022年",),
)

# --- x42: the agency only in the contact block (its office), the title and opening none
add(
    "x42",
    "txt",
    text(
        "2022年政府信息公开工作年度报告",
        "本机关根据《中华人民共和国政府信息公开条例》编制本报告。本报告所列数据的统计期限自2022年1月1日起至"
        "2022年12月31日止。",
        *body("本机关", "2022年", 120, "2023年")[:6],
        "联系单位：诸暨市自然资源和规划局办公室",
        "联系地址：浙江省诸暨市暨阳街道艮塔西路",
        "联系电话：0575-8712XXXX",
    ),
    {
        "agency": "诸暨市自然资源和规划局",
        "accept": [],
        "as_written": None,
        "region": {"province": "浙江省", "county": "诸暨市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "the contact's office names its bureau (meta11); 暨阳街道 (address) is wrong",
    },
    cues=("联系单位：诸暨市自然资源和规划局办公室",),
)

# --- x43: a town whose name is a number (五十镇) of an autonomous county, titled bare
add(
    "x43",
    "txt",
    text(
        "五十镇2022年政府信息公开工作年度报告",
        "来源：互助县人民政府　发布时间：2023-01-29",
        "根据《中华人民共和国政府信息公开条例》规定，现公布海东市互助土族自治县五十镇人民政府2022年政府信息"
        "公开工作年度报告。",
        *body("我镇", "2022年", 47, "2023年"),
    ),
    {
        "agency": "海东市互助土族自治县五十镇人民政府",
        "accept": ["互助土族自治县五十镇人民政府"],
        "as_written": "五十镇",
        "region": {"city": "海东市", "county": "互助土族自治县"},
        "level": "township",
        "kind": "government",
        "year": 2022,
        "note": "五十 is the town's name, not a count; 互助县人民政府 (来源) is the host",
    },
)

# --- x44: a 公共企事业单位 (bus group) report on its supervisor's site
add(
    "x44",
    "html",
    html(
        title="温州市公共交通集团有限公司2022年信息公开工作年度报告_温州市交通运输局",
        banner="温州市交通运输局",
        crumb="首页 > 信息公开 > 公共企事业单位信息公开",
        heading="温州市公共交通集团有限公司2022年信息公开工作年度报告",
        info="来源：温州市交通运输局　发布日期：2023-01-30",
        body=body("公司", "2022年", 36, "2023年"),
        side=["温州市交通运输局2022年政府信息公开工作年度报告"],
        footer="主办：温州市交通运输局",
    ),
    {
        "agency": "温州市公共交通集团有限公司",
        "accept": [],
        "as_written": "温州市公共交通集团有限公司",
        "region": {"city": "温州市"},
        "level": None,
        "kind": None,
        "year": 2022,
        "note": "a company under 公共企事业单位; the 交通运输局 (来源, host) is its supervisor: wrong",
    },
)

# --- x45: no headings, no title year, no date; a plan paragraph 2024年，我局将…
add(
    "x45",
    "txt",
    text(
        "慈溪市文化和广电旅游体育局政府信息公开工作年度报告",
        "2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开"
        "条例》，全年主动公开政府信息142条，收到政府信息公开申请3件，均已按期答复，未发生政府信息公开行政复议、"
        "行政诉讼案件。",
        "同时，我局政府信息公开工作还存在政策解读形式单一等问题。2024年，我局将进一步丰富解读形式，"
        "提升公开质量。",
    ),
    {
        "agency": "慈溪市文化和广电旅游体育局",
        "accept": [],
        "as_written": "慈溪市文化和广电旅游体育局",
        "region": {"county": "慈溪市"},
        "level": "county",
        "kind": "department",
        "year": 2023,
        "note": "free-form report; 2024 is the plan's year (no plans heading)",
    },
)

# --- x46: a 乡 of a county-level city, titled bare, the city only in <title>/banner
add(
    "x46",
    "html",
    html(
        title="叶坪乡2021年政府信息公开工作年度报告-瑞金市人民政府",
        banner="瑞金市人民政府",
        crumb="首页 > 政务公开 > 乡镇信息公开 > 叶坪乡",
        heading="叶坪乡2021年政府信息公开工作年度报告",
        info="发布日期：2022-01-19",
        body=body("我乡", "2021年", 52, "2022年"),
        side=["瑞金市人民政府2021年政府信息公开工作年度报告", "沙洲坝镇2021年政府信息公开工作年度报告"],
        footer="主办：瑞金市人民政府办公室",
    ),
    {
        "agency": "瑞金市叶坪乡人民政府",
        "accept": ["叶坪乡人民政府"],
        "as_written": "叶坪乡",
        "region": {"county": "瑞金市"},
        "level": "township",
        "kind": "government",
        "year": 2021,
        "note": "the township titled bare on its county-level city's portal; 瑞金市人民政府 is wrong",
    },
)

if __name__ == "__main__":
    write_pages(HERE, PAGES, as_written=True)
