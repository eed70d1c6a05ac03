"""Write meta12's metadata pages (`pages/`) and `truth.jsonl`.

Written blind (before reading the library's metadata code or earlier red
teams). Each page is kept beside its truth so that a reader checks one
against the other. Run once: `python datasets/redteam/meta12/build_pages.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from meta_pages import write_pages  # noqa: E402


def html(
    site: str,
    title: str,
    body: str,
    *,
    crumbs: str = "",
    info: str = "",
    footer: str = "",
    head_title: str | None = None,
    sidebar: str = "",
) -> str:
    head = head_title if head_title is not None else f"{title}_{site}"
    nav = "".join(
        f'<li><a href="/col{i}/">{w}</a></li>'
        for i, w in enumerate(["首页", "政务公开", "政务服务", "互动交流", "走进" + site[:2]])
    )
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f'<title>{head}</title>\n<meta name="keywords" content="政府信息公开,年度报告">\n'
        "</head>\n<body>\n"
        f'<div class="top"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>'
        f'<ul class="nav">{nav}</ul></div>\n'
        f'<div class="crumb">当前位置：{crumbs}</div>\n'
        f'<div class="main"><div class="article">\n<h1 class="tit">{title}</h1>\n'
        f'<div class="info">{info}<span>【字体：大 中 小】</span><span>打印本页</span></div>\n'
        f'<div class="TRS_Editor">\n{body}\n</div>\n</div>\n'
        f'<div class="side">{sidebar}</div></div>\n'
        f'<div class="footer"><p>{footer}</p><p>网站标识码：3301000001 ICP备案号：浙ICP备05012345号-1</p>'
        "<p>技术支持：某某信息技术有限公司 建议使用1366×768分辨率浏览</p></div>\n"
        "</body>\n</html>\n"
    )


def paras(*lines: str) -> str:
    return "\n".join(f'<p style="text-indent:2em">{line}</p>' for line in lines)


GENERIC_OVERVIEW = (
    "一、总体情况",
    "（一）主动公开。围绕中心工作和群众关切，及时公开机构职能、政策文件、财政预决算、"
    "行政执法等信息，做到应公开尽公开。",
    "（二）依申请公开。严格按照法定时限和程序办理，做到答复规范、程序合法。",
)

PAGES: list[tuple[str, str, str, dict]] = []


def page(pid: str, ext: str, text: str, truth: dict) -> None:
    PAGES.append((pid, ext, text, truth))


# p01: the agency only in the 索引号/发布机构 table of the article (no URL, title generic).
page(
    "p01",
    "html",
    html(
        "深圳市龙岗区人民政府",
        "2022年政府信息公开工作年度报告",
        crumbs="首页 > 政务公开 > 政府信息公开年报",
        info="",
        body=(
            '<table class="xxgk"><tr><td>索引号：</td><td>11440307MB2C12345X/2023-00012</td>'
            "<td>分类：</td><td>政府信息公开年报</td></tr>"
            "<tr><td>发布机构：</td><td>深圳市龙岗区水务局</td><td>成文日期：</td><td>2023-01-18</td></tr>"
            "<tr><td>名称：</td><td>2022年政府信息公开工作年度报告</td><td>发布日期：</td><td>2023-01-19</td></tr></table>\n"
            + paras(
                "本报告根据《中华人民共和国政府信息公开条例》要求编制。全文包括总体情况、主动公开政府信息情况、"
                "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、"
                "其他需要报告的事项。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
                *GENERIC_OVERVIEW,
                "2022年，我局围绕水污染治理、防洪排涝和供水保障等重点工作，主动公开政府信息326条。",
            )
        ),
        footer="主办：深圳市龙岗区人民政府办公室 承办：深圳市龙岗区政务服务数据管理局",
    ),
    {
        "agency": "深圳市龙岗区水务局",
        "region": {"city": "深圳市", "county": "龙岗区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)

# p02: the agency only in an image's alt text (a scanned title banner); body says 本机关.
page(
    "p02",
    "html",
    html(
        "湖州市南浔区人民政府",
        "年度报告",
        head_title="年度报告_南浔区政府信息公开",
        crumbs="首页 > 信息公开 > 年度报告",
        info="<span>发布时间：2022-01-21 09:30</span>",
        body=(
            '<p style="text-align:center"><img src="/picture/0/2201211032457.jpg" '
            'alt="湖州市南浔区人民政府办公室2021年度政府信息公开工作年度报告" width="600"></p>\n'
            + paras(
                "根据《中华人民共和国政府信息公开条例》规定，本机关编制了2021年度政府信息公开工作年度报告。"
                "报告所列数据统计期限为2021年1月1日至2021年12月31日。",
                *GENERIC_OVERVIEW,
                "全年通过区政府门户网站公开各类信息4512条，其中政策文件86件。",
            )
        ),
        footer="南浔区人民政府 版权所有",
    ),
    {
        "agency": "湖州市南浔区人民政府办公室",
        "accept": ["南浔区人民政府办公室"],
        "region": {"city": "湖州市", "county": "南浔区"},
        "level": "county",
        "kind": "government",
        "year": 2021,
        "note": "name only in alt text; null acceptable as a miss",
    },
)

# p03: a PDF-link caption is the only place the agency appears (the page is an attachment stub).
page(
    "p03",
    "html",
    html(
        "泸州市纳溪区人民政府",
        "纳溪区农业农村局2020年政府信息公开工作年度报告",
        crumbs="首页 > 政府信息公开 > 部门 > 区农业农村局 > 年度报告",
        info="<span>来源：区农业农村局</span><span>发布时间：2021-01-26</span>",
        body=paras(
            "现将我局2020年政府信息公开工作年度报告予以公布，全文详见附件。",
            '附件：<a href="/uploadfiles/202101/26/2021012610351234.pdf" target="_blank">'
            "泸州市纳溪区农业农村局2020年政府信息公开工作年度报告.pdf</a>",
            "联系电话：0830-4021234",
        ),
        footer="主办单位：泸州市纳溪区人民政府办公室",
    ),
    {
        "agency": "泸州市纳溪区农业农村局",
        "accept": ["纳溪区农业农村局"],
        "region": {"city": "泸州市", "county": "纳溪区"},
        "level": "county",
        "kind": "department",
        "year": 2020,
    },
)

# p04: a merged department (… 挂 … 牌子).
page(
    "p04",
    "txt",
    (
        "晋城市行政审批服务管理局（挂晋城市政务服务中心牌子）\n"
        "2021年政府信息公开工作年度报告\n"
        "本报告依据《中华人民共和国政府信息公开条例》编制，由总体情况、主动公开政府信息情况、收到和处理政府信息"
        "公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。"
        "所列数据统计期限自2021年1月1日起至2021年12月31日止。\n"
        "一、总体情况\n"
        "2021年，市行政审批局（市政务服务中心）坚持以公开为常态、不公开为例外，围绕“一枚印章管审批”改革，"
        "全面公开审批事项清单、办事指南和审批结果。全年主动公开审批结果信息2.3万条。\n"
        "二、主动公开政府信息情况\n（略）\n"
        "联系地址：晋城市泽州路2888号市民中心三楼；联系电话：0356-2021234。\n"
    ),
    {
        "agency": "晋城市行政审批服务管理局",
        "accept": ["晋城市行政审批服务管理局（挂晋城市政务服务中心牌子）"],
        "region": {"city": "晋城市"},
        "level": "city",
        "kind": "department",
        "year": 2021,
    },
)

# p05: a renamed agency: the 2019 report of the newly formed bureau, the preamble naming the old ones.
page(
    "p05",
    "html",
    html(
        "嘉兴市人民政府",
        "嘉兴市自然资源和规划局2019年政府信息公开工作年度报告",
        crumbs="首页 > 信息公开 > 市自然资源和规划局 > 政府信息公开年报",
        info="<span>发布日期：2020-01-16</span><span>信息来源：市自然资源和规划局</span>",
        body=paras(
            "2019年1月，根据机构改革方案，原嘉兴市国土资源局、原嘉兴市规划局的职责整合，组建嘉兴市自然资源和规划局，"
            "原市国土资源局2018年度政府信息公开工作年度报告已于去年公布。本报告是机构改革后我局的第一份年度报告，"
            "由我局根据《中华人民共和国政府信息公开条例》编制。",
            "本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。",
            *GENERIC_OVERVIEW,
        ),
        footer="嘉兴市人民政府办公室主办",
    ),
    {
        "agency": "嘉兴市自然资源和规划局",
        "region": {"city": "嘉兴市"},
        "level": "city",
        "kind": "department",
        "year": 2019,
    },
)

# p06: the old name's 2018 report, hosted on the renamed bureau's site (banner = new name).
page(
    "p06",
    "html",
    html(
        "安阳市生态环境局",
        "安阳市环境保护局2018年政府信息公开工作年度报告",
        crumbs="首页 > 政务公开 > 年度报告",
        info="<span>发布时间：2019-03-28</span><span>来源：办公室</span>",
        body=paras(
            "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和省、市有关要求，现公布安阳市环境保护局"
            "2018年政府信息公开工作年度报告。本报告所列数据统计期限自2018年1月1日起至2018年12月31日止。",
            "一、概述",
            "2018年，我局以打赢蓝天保卫战为重点，及时公开空气质量排名、重点排污单位名录和环境行政处罚信息。",
        ),
        footer="主办：安阳市生态环境局 地址：安阳市文峰区中华路西段",
    ),
    {
        "agency": "安阳市环境保护局",
        "accept": ["安阳市生态环境局"],
        "region": {"city": "安阳市"},
        "level": "city",
        "kind": "department",
        "year": 2018,
    },
)

# p07: two agencies publish one joint report.
page(
    "p07",
    "txt",
    (
        "天门市财政局 天门市国有资产监督管理局\n2022年政府信息公开工作年度报告\n"
        "根据《中华人民共和国政府信息公开条例》要求，天门市财政局、天门市国有资产监督管理局（两局合署办公）"
        "共同编制本报告。本报告中所列数据统计期限自2022年1月1日起至2022年12月31日止。\n"
        "一、总体情况\n"
        "2022年，我们以预决算公开为重点，督促全市156家预算单位按时公开部门预算和决算，"
        "本级全年主动公开财政信息412条。\n"
        "二、主动公开政府信息情况\n（见下表）\n"
    ),
    {
        "agency": "天门市财政局",
        "accept": ["天门市国有资产监督管理局"],
        "region": {"city": "天门市"},
        "level": None,
        "kind": "department",
        "year": 2022,
        "note": "joint report: either agency accepted; 天门 is a province-administered county-level city, level not scored",
    },
)

# p08: a township's report on its county's site (the township named only in title and breadcrumb).
page(
    "p08",
    "html",
    html(
        "平阳县人民政府",
        "水头镇2022年政府信息公开工作年度报告",
        crumbs="首页 > 政府信息公开 > 乡镇（街道） > 水头镇 > 年度报告",
        info="<span>发布时间：2023-01-29</span><span>信息来源：水头镇</span>",
        body=paras(
            "本报告由水头镇人民政府根据《中华人民共和国政府信息公开条例》编制。报告所列数据统计期限自2022年1月1日起"
            "至2022年12月31日止。",
            "一、总体情况",
            "2022年，我镇紧紧围绕县委、县政府决策部署，重点公开皮革产业整治提升、农村人居环境整治、"
            "惠民补贴发放等信息，全年主动公开信息213条。",
        ),
        footer="平阳县人民政府办公室 主办",
    ),
    {
        "agency": "平阳县水头镇人民政府",
        "accept": ["水头镇人民政府"],
        "region": {"county": "平阳县"},
        "level": "township",
        "kind": "government",
        "year": 2022,
    },
)

# p09: a street office's report on the district site: 南京 鼓楼 (the name several cities' districts bear).
page(
    "p09",
    "html",
    html(
        "南京市鼓楼区人民政府",
        "华侨路街道2021年政府信息公开工作年度报告",
        head_title="华侨路街道2021年政府信息公开工作年度报告_南京市鼓楼区人民政府",
        crumbs="首页 > 信息公开 > 街道信息公开 > 华侨路街道",
        info="<span>发布日期：2022-01-25</span><span>来源：华侨路街道办事处</span>",
        body=paras(
            "本年度报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限为2021年1月1日至2021年12月31日。",
            "一、总体情况",
            "2021年，华侨路街道以老旧小区改造和社区服务为重点，全年主动公开信息168条，其中民生资金类信息34条。",
        ),
        footer="南京市鼓楼区人民政府主办",
    ),
    {
        "agency": "南京市鼓楼区华侨路街道办事处",
        "accept": ["鼓楼区华侨路街道办事处", "华侨路街道办事处"],
        "region": {"city": "南京市", "county": "鼓楼区"},
        "level": "street",
        "kind": "government",
        "year": 2021,
    },
)

# p10: a county-level city's general office (the prefecture named only as the superior).
page(
    "p10",
    "txt",
    (
        "义乌市人民政府办公室2020年政府信息公开工作年度报告\n"
        "根据《中华人民共和国政府信息公开条例》和金华市人民政府办公室关于做好2020年度政府信息公开工作年度报告"
        "编制工作的通知要求，现向社会公布义乌市人民政府办公室2020年政府信息公开工作年度报告。"
        "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n"
        "一、总体情况\n"
        "2020年，市府办围绕疫情防控和复工复产，及时发布疫情防控通告、惠企政策，全年主动公开政府信息1806条。\n"
    ),
    {
        "agency": "义乌市人民政府办公室",
        "region": {"county": "义乌市"},
        "level": "county",
        "kind": "government",
        "year": 2020,
    },
)

# p11: an autonomous county's government.
page(
    "p11",
    "html",
    html(
        "长阳土家族自治县人民政府",
        "长阳土家族自治县人民政府2022年政府信息公开工作年度报告",
        crumbs="首页 > 政府信息公开 > 法定主动公开内容 > 政府信息公开年报",
        info="<span>发布时间：2023-01-30</span><span>发布机构：县政府办公室</span>",
        body=paras(
            "本报告根据《中华人民共和国政府信息公开条例》要求，由长阳土家族自治县人民政府办公室编制。"
            "所列数据统计期限为2022年1月1日至12月31日。",
            "一、总体情况",
            "2022年，县政府坚持以人民为中心，围绕清江画廊旅游度假区建设、乡村振兴等中心工作深化政务公开。",
        ),
        footer="主办：长阳土家族自治县人民政府办公室 宜昌市长阳土家族自治县龙舟坪镇",
    ),
    {
        "agency": "长阳土家族自治县人民政府",
        "region": {"county": "长阳土家族自治县"},
        "level": "county",
        "kind": "government",
        "year": 2022,
    },
)

# p12: a banner (旗) general office.
page(
    "p12",
    "txt",
    (
        "鄂托克前旗人民政府办公室\n2021年政府信息公开工作年度报告\n"
        "按照鄂尔多斯市人民政府办公室的统一部署，现将旗政府办2021年政府信息公开工作情况报告如下。"
        "本报告中使用数据统计期限为2021年1月1日至2021年12月31日。\n"
        "一、总体情况\n"
        "2021年，旗政府办认真贯彻落实《中华人民共和国政府信息公开条例》，围绕全旗中心工作，"
        "主动公开政府信息1143条，旗长信箱办理群众留言61件。\n"
    ),
    {
        "agency": "鄂托克前旗人民政府办公室",
        "region": {"county": "鄂托克前旗"},
        "level": "county",
        "kind": "government",
        "year": 2021,
    },
)

# p13: a 2023-dated page; the year only as 上一年度 (title without year).
page(
    "p13",
    "html",
    html(
        "无锡市梁溪区人民政府",
        "无锡市梁溪区民政局政府信息公开工作年度报告",
        crumbs="首页 > 政府信息公开 > 部门信息公开 > 区民政局",
        info="<span>发布日期：2023-01-20</span><span>来源：区民政局</span>",
        body=paras(
            "根据《中华人民共和国政府信息公开条例》第五十条规定，现将本局上一年度政府信息公开工作情况报告如下。",
            "一、总体情况",
            "本局围绕养老服务、社会救助、社区治理等民生领域，全年主动公开政府信息287条，其中社会救助信息96条。",
            "无锡市梁溪区民政局",
            "2023年1月20日",
        ),
        footer="无锡市梁溪区人民政府办公室",
    ),
    {
        "agency": "无锡市梁溪区民政局",
        "region": {"city": "无锡市", "county": "梁溪区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "上一年度 in a report dated 2023-01-20; null acceptable",
    },
)

# p14: a half-year report (福州 鼓楼区 office; the city given in the contact line).
page(
    "p14",
    "txt",
    (
        "鼓楼区人民政府办公室2021年上半年政府信息公开工作情况\n"
        "2021年上半年，我办按照区委、区政府部署，扎实推进政务公开工作，现将有关情况报告如下。\n"
        "一、主动公开情况\n"
        "上半年通过区政府门户网站发布各类信息1325条，召开新闻发布会2场。\n"
        "二、依申请公开情况\n"
        "上半年共收到政府信息公开申请18件，均已按时答复。\n"
        "联系地址：福州市鼓楼区湖东路168号；联系电话：0591-87512345。\n"
    ),
    {
        "agency": "福州市鼓楼区人民政府办公室",
        "accept": ["鼓楼区人民政府办公室"],
        "region": {"city": "福州市", "county": "鼓楼区"},
        "level": "county",
        "kind": "government",
        "year": 2021,
        "note": "half-year report; 南京市 would be wrong",
    },
)

# p15: a list page of several years' reports (no report of its own; year null).
page(
    "p15",
    "html",
    html(
        "绍兴市柯桥区人民政府",
        "政府信息公开年报",
        head_title="政府信息公开年报_区卫生健康局_绍兴市柯桥区人民政府",
        crumbs="首页 > 信息公开 > 部门 > 区卫生健康局 > 政府信息公开年报",
        body=(
            '<ul class="list">'
            '<li><a href="./art_2023_1.html">绍兴市柯桥区卫生健康局2022年政府信息公开工作年度报告</a><span>2023-01-17</span></li>'
            '<li><a href="./art_2022_1.html">绍兴市柯桥区卫生健康局2021年政府信息公开工作年度报告</a><span>2022-01-14</span></li>'
            '<li><a href="./art_2021_1.html">绍兴市柯桥区卫生健康局2020年政府信息公开工作年度报告</a><span>2021-01-22</span></li>'
            '<li><a href="./art_2020_1.html">绍兴市柯桥区卫生健康局2019年政府信息公开工作年度报告</a><span>2020-01-20</span></li>'
            '</ul><div class="page">共4条 1/1页</div>'
        ),
        footer="绍兴市柯桥区人民政府办公室",
    ),
    {
        "agency": "绍兴市柯桥区卫生健康局",
        "region": {"city": "绍兴市", "county": "柯桥区"},
        "level": "county",
        "kind": "department",
        "year": None,
        "note": "a list of four years' reports: no year of its own",
    },
)

# p16: a report page with a 往年年报 sidebar naming other years.
page(
    "p16",
    "html",
    html(
        "绍兴市柯桥区人民政府",
        "绍兴市柯桥区卫生健康局2022年政府信息公开工作年度报告",
        crumbs="首页 > 信息公开 > 部门 > 区卫生健康局 > 政府信息公开年报",
        info="<span>发布日期：2023-01-17</span><span>信息来源：区卫生健康局</span>",
        body=paras(
            "本报告根据《中华人民共和国政府信息公开条例》编制，数据统计期限为2022年1月1日至2022年12月31日。",
            "一、总体情况",
            "2022年，我局围绕疫情防控、医疗卫生服务等群众关心的事项，主动公开信息535条。",
        ),
        sidebar=(
            '<h3>往年年报</h3><ul><li><a href="./art_2022_1.html">2021年政府信息公开工作年度报告</a></li>'
            '<li><a href="./art_2021_1.html">2020年政府信息公开工作年度报告</a></li>'
            '<li><a href="./art_2020_1.html">2019年政府信息公开工作年度报告</a></li></ul>'
        ),
        footer="绍兴市柯桥区人民政府办公室",
    ),
    {
        "agency": "绍兴市柯桥区卫生健康局",
        "region": {"city": "绍兴市", "county": "柯桥区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)

# p17: mixed Traditional and Simplified (a site's 繁體 version, body partly converted).
page(
    "p17",
    "html",
    html(
        "廣州市天河區人民政府",
        "廣州市天河區人民政府辦公室2021年政府信息公開工作年度報告",
        crumbs="首頁 > 政務公開 > 政府信息公開年報",
        info="<span>發佈日期：2022-01-28</span><span>來源：區府辦</span>",
        body=paras(
            "本報告根據《中華人民共和國政府信息公開條例》要求編製，所列数据统计期限为2021年1月1日至2021年12月31日。",
            "一、總體情況",
            "2021年，区政府办公室以“数字天河”建设为抓手，全年通過區政府門戶網站主動公開政府信息6208條。",
        ),
        footer="主辦：廣州市天河區人民政府辦公室",
    ),
    {
        "agency": "广州市天河区人民政府办公室",
        "region": {"city": "广州市", "county": "天河区"},
        "level": "county",
        "kind": "government",
        "year": 2021,
    },
)

# p18: text: the 信息公开 metadata box flattened into lines; the title uses the short form.
page(
    "p18",
    "txt",
    (
        "索 引 号：11511502MB1234567N/2022-00031\n"
        "发布机构：宜宾市翠屏区应急管理局\n"
        "生成日期：2022-01-25\n"
        "主题分类：政府信息公开年报\n"
        "文　　号：\n"
        "区应急管理局2021年政府信息公开工作年度报告\n"
        "2021年，区应急管理局在区委、区政府的坚强领导下，认真落实《中华人民共和国政府信息公开条例》，"
        "围绕安全生产、防灾减灾和应急救援工作，及时准确公开政府信息。\n"
        "一、总体情况\n"
        "全年主动公开信息192条，其中安全生产执法信息58条。\n"
    ),
    {
        "agency": "宜宾市翠屏区应急管理局",
        "accept": ["翠屏区应急管理局"],
        "region": {"city": "宜宾市", "county": "翠屏区"},
        "level": "county",
        "kind": "department",
        "year": 2021,
    },
)

# p19: an ethnic township (彝族乡) of a county-level city.
page(
    "p19",
    "txt",
    (
        "大理市太邑彝族乡人民政府2022年政府信息公开工作年度报告\n"
        "根据《中华人民共和国政府信息公开条例》规定，现将太邑彝族乡2022年政府信息公开工作情况报告如下。\n"
        "一、总体情况\n"
        "2022年，太邑乡党委、政府高度重视政务公开工作，通过乡政务公开栏、村务公开栏和大理市人民政府门户网站"
        "公开各类信息86条。\n"
    ),
    {
        "agency": "大理市太邑彝族乡人民政府",
        "accept": ["太邑彝族乡人民政府"],
        "region": {"county": "大理市"},
        "level": "township",
        "kind": "government",
        "year": 2022,
    },
)

# p20: a county-level city department under a provincial capital.
page(
    "p20",
    "html",
    html(
        "都江堰市人民政府",
        "都江堰市应急管理局2022年度政府信息公开工作年度报告",
        crumbs="首页 > 政府信息公开 > 部门信息公开 > 市应急管理局",
        info="<span>发布时间：2023-01-12</span><span>来源：都江堰市应急管理局</span>",
        body=paras(
            "按照成都市政务公开办公室工作要求，现将都江堰市应急管理局2022年度政府信息公开工作年度报告公布如下。",
            "一、总体情况",
            "2022年，我局全年主动公开信息241条，其中防汛减灾信息87条、安全生产执法信息62条。",
        ),
        footer="主办单位：都江堰市人民政府办公室",
    ),
    {
        "agency": "都江堰市应急管理局",
        "region": {"county": "都江堰市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)

# p21: a province department: the heading uses 省…厅, the full name in the page title and contact line.
page(
    "p21",
    "html",
    html(
        "湖南省生态环境厅",
        "省生态环境厅2021年政府信息公开工作年度报告",
        head_title="省生态环境厅2021年政府信息公开工作年度报告 - 湖南省生态环境厅",
        crumbs="首页 > 政务公开 > 政府信息公开年报",
        info="<span>发布时间：2022-01-27</span><span>来源：办公室</span>",
        body=paras(
            "2021年，省生态环境厅认真贯彻落实《中华人民共和国政府信息公开条例》，围绕污染防治攻坚战深化信息公开。"
            "本报告数据统计期限为2021年1月1日至2021年12月31日。",
            "一、总体情况",
            "全年在厅门户网站主动公开信息3472条。",
            "联系单位：湖南省生态环境厅办公室，地址：长沙市岳麓区湘江中路二段8号。",
        ),
        footer="主办：湖南省生态环境厅",
    ),
    {
        "agency": "湖南省生态环境厅",
        "region": {"province": "湖南省"},
        "level": "province",
        "kind": "department",
        "year": 2021,
    },
)

# p22: a vertical (national) bureau's city branch: 国家税务总局苏州市税务局.
page(
    "p22",
    "txt",
    (
        "国家税务总局苏州市税务局2020年政府信息公开工作年度报告\n"
        "本报告根据《中华人民共和国政府信息公开条例》和国家税务总局江苏省税务局的工作要求编制。"
        "报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n"
        "一、总体情况\n"
        "2020年，苏州市税务局围绕减税降费、优化税收营商环境，在网站主动公开税收政策、纳税服务等信息1204条。\n"
    ),
    {
        "agency": "国家税务总局苏州市税务局",
        "region": {"city": "苏州市"},
        "level": "city",
        "kind": "department",
        "year": 2020,
    },
)

# p23: a notice that publishes the county government's report (title 关于印发…的通知).
page(
    "p23",
    "html",
    html(
        "泾县人民政府",
        "泾县人民政府办公室关于印发泾县人民政府2021年政府信息公开工作年度报告的通知",
        crumbs="首页 > 信息公开 > 通知公告",
        info="<span>发布时间：2022-01-26</span><span>文号：泾政办秘〔2022〕6号</span>",
        body=paras(
            "各乡镇人民政府，县政府各部门：",
            "《泾县人民政府2021年政府信息公开工作年度报告》已经县政府同意，现予印发，请结合实际认真抓好落实。",
            "泾县人民政府2021年政府信息公开工作年度报告",
            "一、总体情况",
            "2021年，县政府全面贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息5123条。",
        ),
        footer="泾县人民政府办公室主办",
    ),
    {
        "agency": "泾县人民政府",
        "accept": ["泾县人民政府办公室"],
        "region": {"county": "泾县"},
        "level": "county",
        "kind": "government",
        "year": 2021,
        "note": "the office publishes the government's report: either accepted",
    },
)

# p24: a title without 年度报告 (关于2021年度政府信息公开工作的报告), agency in the signature and title.
page(
    "p24",
    "txt",
    (
        "桂林市住房和城乡建设局关于2021年度政府信息公开工作的报告\n"
        "市政府办公室：\n"
        "根据《中华人民共和国政府信息公开条例》和市政务公开领导小组办公室的通知要求，现将我局2021年度政府信息"
        "公开工作情况报告如下。\n"
        "一、总体情况\n"
        "2021年，我局主动公开住房保障、建筑市场监管、城市建设等信息613条，受理依申请公开12件。\n"
        "桂林市住房和城乡建设局\n2022年1月24日\n"
    ),
    {
        "agency": "桂林市住房和城乡建设局",
        "region": {"city": "桂林市"},
        "level": "city",
        "kind": "department",
        "year": 2021,
    },
)

# p25: the year only in the 统计期限 line; the preamble cites the 2021 format notice (国办公开办函〔2021〕30号).
page(
    "p25",
    "txt",
    (
        "曲靖市麒麟区市场监督管理局政府信息公开工作年度报告\n"
        "本报告按照《国务院办公厅政府信息公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》"
        "（国办公开办函〔2021〕30号）要求编制。本报告所列数据统计期限为2022年1月1日至2022年12月31日。\n"
        "一、总体情况\n"
        "本年度，我局主动公开行政许可、行政处罚、抽查检查结果等信息1528条。\n"
    ),
    {
        "agency": "曲靖市麒麟区市场监督管理局",
        "region": {"city": "曲靖市", "county": "麒麟区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)

# p26: a public institution (事业单位) of a city.
page(
    "p26",
    "html",
    html(
        "温州市人民政府",
        "温州市公共资源交易中心2022年政府信息公开工作年度报告",
        crumbs="首页 > 政府信息公开 > 市公共资源交易中心",
        info="<span>发布日期：2023-01-16</span><span>来源：市公共资源交易中心</span>",
        body=paras(
            "依据《中华人民共和国政府信息公开条例》，现公布温州市公共资源交易中心2022年政府信息公开工作年度报告。",
            "一、总体情况",
            "2022年，中心在交易平台公开招标公告、中标结果等交易信息1.6万余条。",
        ),
        footer="温州市人民政府办公室主办",
    ),
    {
        "agency": "温州市公共资源交易中心",
        "region": {"city": "温州市"},
        "level": "city",
        "kind": "department",
        "year": 2022,
    },
)

# p27: a township whose page never writes 人民政府 (镇 + district in the breadcrumb and title).
page(
    "p27",
    "html",
    html(
        "杭州市余杭区人民政府",
        "塘栖镇2020年政府信息公开工作年度报告",
        head_title="塘栖镇2020年政府信息公开工作年度报告_杭州市余杭区人民政府",
        crumbs="首页 > 信息公开 > 镇街信息公开 > 塘栖镇",
        info="<span>发布时间：2021-01-29</span><span>来源：塘栖镇</span>",
        body=paras(
            "本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限为2020年1月1日至2020年12月31日。",
            "一、总体情况",
            "2020年，塘栖镇围绕古镇保护与运河文化带建设，主动公开信息302条。",
        ),
        footer="杭州市余杭区人民政府主办",
    ),
    {
        "agency": "杭州市余杭区塘栖镇人民政府",
        "accept": ["余杭区塘栖镇人民政府", "塘栖镇人民政府"],
        "region": {"city": "杭州市", "county": "余杭区"},
        "level": "township",
        "kind": "government",
        "year": 2020,
    },
)

# p28: a district department whose city appears only in the contact address (another city's 朝阳区 exists).
page(
    "p28",
    "txt",
    (
        "朝阳区统计局2022年政府信息公开工作年度报告\n"
        "本报告由朝阳区统计局根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限为2022年1月1日至12月31日。\n"
        "一、总体情况\n"
        "2022年，我局围绕统计数据发布，主动公开统计公报、月度数据等信息148条。\n"
        "六、其他需要报告的事项\n本年度无收取信息处理费情况。\n"
        "联系地址：长春市朝阳区西安大路1188号；邮编：130061。\n"
    ),
    {
        "agency": "长春市朝阳区统计局",
        "accept": ["朝阳区统计局"],
        "region": {"county": "朝阳区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "北京市 would be wrong",
    },
)

# p29: 通州区 of 南通 (not Beijing's), the city given in the title line of the preamble.
page(
    "p29",
    "txt",
    (
        "通州区司法局2021年度政府信息公开工作年度报告\n"
        "南通市通州区司法局根据《中华人民共和国政府信息公开条例》，编制本年度报告。本报告所列数据统计期限为"
        "2021年1月1日至2021年12月31日。\n"
        "一、总体情况\n"
        "2021年，我局主动公开法律援助、人民调解、普法宣传等信息225条。\n"
    ),
    {
        "agency": "南通市通州区司法局",
        "accept": ["通州区司法局"],
        "region": {"city": "南通市", "county": "通州区"},
        "level": "county",
        "kind": "department",
        "year": 2021,
        "note": "北京市 would be wrong",
    },
)

# p30: a whole district named only as area in the title (…区2021年政府信息公开工作年度报告).
page(
    "p30",
    "html",
    html(
        "上海市闵行区人民政府",
        "闵行区2021年政府信息公开工作年度报告",
        crumbs="首页 > 政府信息公开 > 政府信息公开年报",
        info="<span>发布日期：2022-01-27</span><span>来源：区政府办公室</span>",
        body=paras(
            "本报告由上海市闵行区人民政府办公室根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计"
            "期限自2021年1月1日起至2021年12月31日止。",
            "一、总体情况",
            "2021年，区政府坚持以公开促落实、促规范、促服务，全年主动公开政府信息1.1万余条。",
        ),
        footer="上海市闵行区人民政府 版权所有",
    ),
    {
        "agency": "上海市闵行区人民政府",
        "accept": ["上海市闵行区人民政府办公室"],
        "region": {"city": "上海市", "county": "闵行区"},
        "level": "county",
        "kind": "government",
        "year": 2021,
    },
)

# p31: a county-level city in an autonomous prefecture.
page(
    "p31",
    "txt",
    (
        "恩施市林业局2022年政府信息公开工作年度报告\n"
        "根据恩施土家族苗族自治州人民政府办公室通知要求，现将恩施市林业局2022年政府信息公开工作情况报告如下。\n"
        "一、总体情况\n"
        "2022年，我局主动公开林木采伐许可、森林防火、退耕还林补助等信息316条。\n"
    ),
    {
        "agency": "恩施市林业局",
        "region": {"county": "恩施市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)

# p32: a 2019 report comparing with 2018 (与2018年相比).
page(
    "p32",
    "txt",
    (
        "漳州市龙文区教育局2019年政府信息公开工作年度报告\n"
        "2019年是新修订的《中华人民共和国政府信息公开条例》施行的第一年。与2018年相比，我局主动公开信息数量增长"
        "三成以上。本报告数据统计期限为2019年1月1日至2019年12月31日。\n"
        "一、总体情况\n"
        "全年主动公开招生入学、教育收费、学校安全等信息437条。\n"
    ),
    {
        "agency": "漳州市龙文区教育局",
        "region": {"city": "漳州市", "county": "龙文区"},
        "level": "county",
        "kind": "department",
        "year": 2019,
    },
)

# p33: a 管委会 of a scenic area (kind not scored).
page(
    "p33",
    "html",
    html(
        "黄山风景区管理委员会",
        "黄山风景区管理委员会2021年政府信息公开工作年度报告",
        crumbs="首页 > 信息公开 > 年度报告",
        info="<span>发布时间：2022-01-20</span><span>发布机构：黄山风景区管委会办公室</span>",
        body=paras(
            "依据《中华人民共和国政府信息公开条例》，黄山风景区管理委员会编制本年度报告，统计期限为2021年1月1日至"
            "12月31日。",
            "一、总体情况",
            "2021年，管委会围绕景区疫情防控、游客服务和生态保护，主动公开信息1086条。",
        ),
        footer="黄山风景区管理委员会 主办",
    ),
    {
        "agency": "黄山风景区管理委员会",
        "accept": ["黄山市黄山风景区管理委员会"],
        "level": None,
        "kind": None,
        "year": 2021,
    },
)

# p34: the traffic police bureau of a city public security bureau.
page(
    "p34",
    "txt",
    (
        "宁波市公安局交通警察局2022年政府信息公开工作年度报告\n"
        "本报告根据《中华人民共和国政府信息公开条例》编制，数据统计期限为2022年1月1日至2022年12月31日。\n"
        "一、总体情况\n"
        "2022年，市公安局交通警察局围绕道路交通安全，公开交通管制、违法曝光、事故预防等信息2146条。\n"
    ),
    {
        "agency": "宁波市公安局交通警察局",
        "region": {"city": "宁波市"},
        "level": "city",
        "kind": "department",
        "year": 2022,
    },
)

# p35: a national administration that carries a second name in brackets.
page(
    "p35",
    "html",
    html(
        "国家林业和草原局",
        "国家林业和草原局（国家公园管理局）2020年政府信息公开工作年度报告",
        crumbs="首页 > 信息公开 > 政府信息公开年报",
        info="<span>发布时间：2021-01-29</span><span>来源：办公室</span>",
        body=paras(
            "本报告由国家林业和草原局根据《中华人民共和国政府信息公开条例》编制。报告中所列数据的统计期限自2020年1月1日"
            "起至2020年12月31日止。",
            "一、总体情况",
            "2020年，国家林业和草原局（国家公园管理局）在政府网站发布各类信息1.8万条。",
        ),
        footer="国家林业和草原局 国家公园管理局 主办",
    ),
    {
        "agency": "国家林业和草原局",
        "accept": ["国家林业和草原局（国家公园管理局）"],
        "region": {},
        "level": "national",
        "kind": "department",
        "year": 2020,
    },
)

# p36: an autonomous region's general office.
page(
    "p36",
    "txt",
    (
        "广西壮族自治区人民政府办公厅2022年政府信息公开工作年度报告\n"
        "本报告根据《中华人民共和国政府信息公开条例》要求，由广西壮族自治区人民政府办公厅编制。"
        "本报告中所列数据统计期限自2022年1月1日起至2022年12月31日止。\n"
        "一、总体情况\n"
        "2022年，自治区人民政府办公厅坚持以公开为常态、不公开为例外，全年在自治区人民政府门户网站发布信息2.6万条。\n"
    ),
    {
        "agency": "广西壮族自治区人民政府办公厅",
        "region": {"province": "广西壮族自治区"},
        "level": "province",
        "kind": "government",
        "year": 2022,
    },
)

# p37: a municipality's district department whose heading shortens it (区城市管理局), full name in the contact.
page(
    "p37",
    "html",
    html(
        "重庆市渝北区人民政府",
        "区城市管理局2022年政府信息公开工作年度报告",
        head_title="区城市管理局2022年政府信息公开工作年度报告_重庆市渝北区人民政府",
        crumbs="首页 > 政务公开 > 部门信息公开 > 区城市管理局",
        info="<span>发布日期：2023-01-18</span>",
        body=paras(
            "本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2022年1月1日至2022年12月31日。",
            "一、总体情况",
            "2022年，区城市管理局主动公开市容环境、占道审批等信息401条。",
            "如对本报告有任何疑问，请与重庆市渝北区城市管理局办公室联系（电话：023-67812345）。",
        ),
        footer="重庆市渝北区人民政府办公室 主办",
    ),
    {
        "agency": "重庆市渝北区城市管理局",
        "region": {"city": "重庆市", "county": "渝北区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)

# p38: a bare short form with no area anywhere on the page (truth null).
page(
    "p38",
    "txt",
    (
        "市财政局2021年政府信息公开工作年度报告\n"
        "根据《中华人民共和国政府信息公开条例》要求，现将市财政局2021年政府信息公开工作情况报告如下。\n"
        "一、总体情况\n"
        "2021年，我局主动公开财政预决算、政府采购、财政资金分配等信息522条。\n"
    ),
    {
        "agency": None,
        "level": None,
        "kind": None,
        "year": 2021,
        "note": "市财政局 with no area: null by SCHEMA",
    },
)

# p39: spam text inside the title before a county name (gambling spam injected into the heading).
page(
    "p39",
    "html",
    html(
        "汝州市人民政府",
        "澳门新葡京娱乐场官网汝州市教育体育局2021年政府信息公开工作年度报告",
        crumbs="首页 > 政务公开 > 年度报告",
        info="<span>发布时间：2022-01-24</span><span>来源：汝州市教育体育局</span>",
        body=paras(
            "本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2021年1月1日至2021年12月31日。",
            "一、总体情况",
            "2021年，我局主动公开招生考试、教育收费等信息312条。",
        ),
        footer="汝州市人民政府办公室主办",
    ),
    {
        "agency": "汝州市教育体育局",
        "region": {"county": "汝州市"},
        "level": "county",
        "kind": "department",
        "year": 2021,
    },
)

# p40: a 乡 report with the county written before it and 乡人民政府 in the signature only.
page(
    "p40",
    "txt",
    (
        "2022年政府信息公开工作年度报告\n"
        "根据《中华人民共和国政府信息公开条例》规定，现将我乡2022年政府信息公开工作情况报告如下。\n"
        "一、总体情况\n"
        "2022年，我乡围绕脱贫成果巩固、产业发展等重点工作，在县政府门户网站乡镇专栏公开信息78条。\n"
        "石阡县国荣乡人民政府\n2023年1月16日\n"
    ),
    {
        "agency": "石阡县国荣乡人民政府",
        "accept": ["国荣乡人民政府"],
        "region": {"county": "石阡县"},
        "level": "township",
        "kind": "government",
        "year": 2022,
    },
)

# p41: a year named in Chinese in the heading with another agency's year in the first line.
page(
    "p41",
    "txt",
    (
        "德阳市旌阳区卫生健康局\n2020年度政府信息公开工作年度报告\n"
        "按照区政府办公室《关于做好2019年度政府信息公开工作年度报告编制发布工作的通知》相关要求，结合我局工作实际，"
        "现将2020年度政府信息公开工作情况报告如下。\n"
        "一、总体情况\n全年主动公开信息412条。\n"
    ),
    {
        "agency": "德阳市旌阳区卫生健康局",
        "region": {"city": "德阳市", "county": "旌阳区"},
        "level": "county",
        "kind": "department",
        "year": 2020,
    },
)

# p42: an HTML page whose <title> names only the site, the heading names a sub-unit of a bureau.
page(
    "p42",
    "html",
    html(
        "常州市人民政府",
        "常州市医疗保障局2021年政府信息公开工作年度报告",
        head_title="常州市人民政府",
        crumbs="首页 > 信息公开 > 部门 > 市医保局",
        info="<span>发布时间：2022-01-19</span><span>来源：市医保局</span>",
        body=paras(
            "本报告由常州市医疗保障局编制，统计期限为2021年1月1日至2021年12月31日。",
            "一、总体情况",
            "2021年，市医疗保障局及其所属常州市医疗保险基金管理中心主动公开医保政策、定点机构名单等信息366条。",
        ),
        footer="常州市人民政府办公室主办",
    ),
    {
        "agency": "常州市医疗保障局",
        "region": {"city": "常州市"},
        "level": "city",
        "kind": "department",
        "year": 2021,
    },
)

# p43: the report of a county's department where the county appears only in the heading's first line.
page(
    "p43",
    "txt",
    (
        "富平县\n市场监督管理局2022年政府信息公开工作年度报告\n"
        "本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限为2022年1月1日至2022年12月31日。\n"
        "一、总体情况\n"
        "2022年，我局全年主动公开行政许可、行政处罚和食品安全抽检信息901条。\n"
    ),
    {
        "agency": "富平县市场监督管理局",
        "region": {"county": "富平县"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)

# p44: a report of a development zone's bureau whose zone is named in full only in the 来源.
page(
    "p44",
    "html",
    html(
        "成都高新技术产业开发区",
        "成都高新区2021年政府信息公开工作年度报告",
        crumbs="首页 > 政务公开 > 年度报告",
        info="<span>发布时间：2022-01-28</span><span>来源：成都高新技术产业开发区管理委员会</span>",
        body=paras(
            "本报告根据《中华人民共和国政府信息公开条例》编制，统计期限为2021年1月1日至2021年12月31日。",
            "一、总体情况",
            "2021年，高新区管委会全年主动公开信息8621条。",
        ),
        footer="成都高新区党政办公室主办",
    ),
    {
        "agency": "成都高新技术产业开发区管理委员会",
        "accept": ["成都高新区管委会", "成都高新区管理委员会"],
        "region": {"city": "成都市"},
        "level": None,
        "kind": None,
        "year": 2021,
    },
)

# p45: the reports page of a 街道 that keeps 区人民政府 in its seal line and says 本街道 in the body.
page(
    "p45",
    "txt",
    (
        "天津市河西区人民政府友谊路街道办事处\n2020年政府信息公开工作年度报告\n"
        "本报告根据《中华人民共和国政府信息公开条例》编制。统计期限为2020年1月1日至2020年12月31日。\n"
        "一、总体情况\n2020年，本街道主动公开社区防疫、民生救助等信息139条。\n"
    ),
    {
        "agency": "天津市河西区人民政府友谊路街道办事处",
        "accept": ["天津市河西区友谊路街道办事处"],
        "region": {"city": "天津市", "county": "河西区"},
        "level": "street",
        "kind": "government",
        "year": 2020,
    },
)

# p46: the 2021 report of a bureau renamed in the year (新组建…) with the new name in the heading.
page(
    "p46",
    "txt",
    (
        "洛阳市乡村振兴局2021年政府信息公开工作年度报告\n"
        "2021年5月，洛阳市扶贫开发办公室重新组建为洛阳市乡村振兴局。本报告统计期限为2021年1月1日至2021年12月31日，"
        "涵盖原市扶贫开发办公室1月至5月的工作。\n"
        "一、总体情况\n全年主动公开帮扶政策、资金项目等信息219条。\n"
    ),
    {
        "agency": "洛阳市乡村振兴局",
        "region": {"city": "洛阳市"},
        "level": "city",
        "kind": "department",
        "year": 2021,
    },
)

# p47: an agency only named in the 信息来源 line with a wrong-looking publish year (report posted 2023-03).
page(
    "p47",
    "html",
    html(
        "淄博市张店区人民政府",
        "2022年度政府信息公开工作年度报告",
        head_title="2022年度政府信息公开工作年度报告_张店区人民政府",
        crumbs="首页 > 政府信息公开 > 部门 > 区退役军人事务局",
        info="<span>发布日期：2023-03-02</span><span>信息来源：淄博市张店区退役军人事务局</span>",
        body=paras(
            "根据《中华人民共和国政府信息公开条例》，现公布本机关2022年度政府信息公开工作年度报告。",
            "一、总体情况",
            "2022年，我局主动公开优抚政策、退役安置等信息164条。",
        ),
        footer="淄博市张店区人民政府办公室",
    ),
    {
        "agency": "淄博市张店区退役军人事务局",
        "region": {"city": "淄博市", "county": "张店区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)

# p48: a Traditional-script page from a mainland site (fully Traditional), a county in a league-level city.
page(
    "p48",
    "txt",
    (
        "阿榮旗人民政府2021年政府信息公開工作年度報告\n"
        "本報告依據《中華人民共和國政府信息公開條例》要求，由阿榮旗人民政府辦公室編製。"
        "報告所列數據統計期限為2021年1月1日至2021年12月31日。\n"
        "一、總體情況\n2021年，旗政府全年主動公開政府信息2031條。\n"
    ),
    {
        "agency": "阿荣旗人民政府",
        "region": {"county": "阿荣旗"},
        "level": "county",
        "kind": "government",
        "year": 2021,
    },
)

# p49: no agency: a generic template page (the editor forgot to fill the name), spam-free. Truth null.
page(
    "p49",
    "txt",
    (
        "XX单位2021年政府信息公开工作年度报告\n"
        "根据《中华人民共和国政府信息公开条例》要求，现将本单位2021年度政府信息公开工作情况报告如下。\n"
        "一、总体情况\n全年主动公开信息XX条。\n"
    ),
    {"agency": None, "level": None, "kind": None, "year": 2021},
)

# p50: a county's department of a province-administered county (省直管县) with 市 in the preamble only.
page(
    "p50",
    "txt",
    (
        "巩义市卫生健康委员会\n2022年政府信息公开工作年度报告\n"
        "按照郑州市和巩义市政务公开工作要求，现将我委2022年政府信息公开工作年度报告公布如下。\n"
        "一、总体情况\n2022年，我委主动公开疫情防控、医疗服务等信息388条。\n"
    ),
    {
        "agency": "巩义市卫生健康委员会",
        "region": {"county": "巩义市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)


def main() -> None:
    write_pages(HERE, PAGES)


if __name__ == "__main__":
    main()
