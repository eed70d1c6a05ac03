"""Write meta16's metadata pages (`pages/`) and `truth.jsonl`.

Written blind (session 16), before reading the library's metadata code
(`metadata.py`, `gazetteer.py`, `identity.py`, their data) or the earlier red
teams' pages (only their READMEs, to choose other kinds). Real places, invented
reports. Each page is kept beside its truth so that a reader checks one against
the other. Run once: `python datasets/redteam/meta16/build_pages.py`.

Truth keys (SCHEMA §1): `agency` canonical (area prefix restored from the page;
null where the page does not make it certain), `accept` (other forms of the same
body that are right), `agency_as_written` (the form the page's heading uses),
`region` (only keys the page writes; scored), `level`/`kind` (null = not scored),
`year` (the year the statistics cover; null where the page states none).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from meta_pages import paras, text, write_pages  # noqa: E402

NAV = ["首页", "政务公开", "政务服务", "互动交流", "数据发布"]


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
    nav = "".join(f'<li><a href="/col{i}/">{w}</a></li>' for i, w in enumerate(NAV))
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        f"<title>{head_title}</title>\n</head>\n<body>\n"
        f'<div class="header"><div class="banner">{banner}</div><ul class="nav">{nav}</ul></div>\n'
        f'<div class="position">您当前的位置：{crumbs}</div>\n'
        f'<div class="content"><div class="article">\n<div class="title">{title}</div>\n'
        f'<div class="property">{info}<span>浏览次数：</span><span>【打印】【关闭】</span></div>\n'
        f'<div class="zoom">\n{body}\n</div>\n</div>\n'
        f'<div class="right">{sidebar}</div></div>\n'
        f'<div class="foot"><p>{footer}</p><p>政府网站标识码：3300000000 备案号：ICP备12345678号</p>'
        "<p>主办单位信息以网站首页为准 推荐使用1920×1080分辨率</p></div>\n"
        "</body>\n</html>\n"
    )


def sections(me: str, year: str, n: int, plan_year: str) -> list[str]:
    """The body every page shares in shape: six headings, a few counts.
    `me` is how the body calls the agency (我局, 本机关, 我镇...)."""
    return [
        "一、总体情况",
        f"{year}，{me}坚持以人民为中心，认真贯彻落实《中华人民共和国政府信息公开条例》，"
        "持续推进决策、执行、管理、服务、结果公开，政府信息公开工作取得新成效。",
        "二、主动公开政府信息情况",
        f"全年通过门户网站主动公开政府信息{n}条，其中政策文件{n // 10}条，"
        f"政策解读{n // 30 + 1}篇。",
        "三、收到和处理政府信息公开申请情况",
        f"全年收到政府信息公开申请{n // 40 + 2}件，均在法定期限内答复。",
        "四、政府信息公开行政复议、行政诉讼情况",
        "全年未发生因政府信息公开引起的行政复议、行政诉讼。",
        "五、存在的主要问题及改进情况",
        f"主动公开的及时性还有待提高。{plan_year}，{me}将进一步完善信息发布审核机制。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
    ]


PAGES: list[tuple[str, str, str, dict]] = []


def add(pid: str, ext: str, page: str, truth: dict) -> None:
    PAGES.append((pid, ext, page, truth))


# q01: a short form in the title (区农业农村局); the full name only in the contact
# block; the site's title names the district government.
add(
    "q01",
    "html",
    html(
        "区农业农村局2022年政府信息公开工作年度报告",
        paras(
            "根据《中华人民共和国政府信息公开条例》要求，现公布区农业农村局2022年政府信息公开工作年度报告。",
            *sections("我局", "2022年", 318, "2023年"),
            "如对本报告有疑问，请与我局联系。联系单位：杭州市西湖区农业农村局办公室；"
            "联系地址：杭州市西湖区文三路（邮编310012）；联系电话：0571-87000000。",
        ),
        head_title="区农业农村局2022年政府信息公开工作年度报告_杭州市西湖区人民政府",
        crumbs="首页 &gt; 政府信息公开 &gt; 部门信息公开 &gt; 区农业农村局 &gt; 年度报告",
        info="<span>发布时间：2023-01-29</span><span>信息来源：区农业农村局</span>",
        banner="杭州市西湖区人民政府",
        footer="主办：杭州市西湖区人民政府办公室",
    ),
    {
        "agency": "杭州市西湖区农业农村局",
        "accept": ["西湖区农业农村局"],
        "as_written": "区农业农村局",
        "region": {"city": "杭州市", "county": "西湖区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)

# q02: 市统计局 in the title, the full name in a 发布机构 field of the scraped text.
add(
    "q02",
    "txt",
    text(
        "济南市人民政府 政府信息公开",
        "索引号：11370100004188227X/2022-00031",
        "发布机构：济南市统计局",
        "成文日期：2022-01-21",
        "标题：市统计局2021年度政府信息公开工作年度报告",
        "",
        "市统计局2021年度政府信息公开工作年度报告",
        "",
        "本报告依据《中华人民共和国政府信息公开条例》编制，由总体情况、主动公开政府信息情况等部分组成。",
        *sections("市统计局", "2021年", 256, "2022年"),
    ),
    {
        "agency": "济南市统计局",
        "accept": [],
        "as_written": "市统计局",
        "region": {"city": "济南市"},
        "level": "city",
        "kind": "department",
        "year": 2021,
    },
)

# q03: the superior (成都市人民政府) in the breadcrumb, the agency's own full name
# in the title.
add(
    "q03",
    "html",
    html(
        "成都市武侯区卫生健康局2022年度政府信息公开工作年度报告",
        paras(
            "本报告根据《中华人民共和国政府信息公开条例》和成都市人民政府办公厅相关要求编制。",
            *sections("我局", "2022年", 402, "2023年"),
        ),
        head_title="成都市人民政府门户网站",
        crumbs="首页 &gt; 成都市人民政府 &gt; 区（市）县信息公开 &gt; 武侯区 &gt; 年度报告",
        info="<span>发布日期：2023-01-16</span><span>来源：武侯区卫健局</span>",
        banner="成都市人民政府",
        sidebar="<h3>相关阅读</h3><ul><li>成都市人民政府2022年政府信息公开工作年度报告</li></ul>",
    ),
    {
        "agency": "成都市武侯区卫生健康局",
        "accept": ["武侯区卫生健康局"],
        "as_written": "成都市武侯区卫生健康局",
        "region": {"city": "成都市", "county": "武侯区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)

# q04: a city government in the breadcrumb line, the district bureau short in the
# title, its full name in the contact line.
add(
    "q04",
    "txt",
    text(
        "长沙市人民政府 > 政务公开 > 区县（市）政府信息公开 > 年度报告",
        "",
        "岳麓区民政局2023年政府信息公开工作年度报告",
        "发布时间：2024-01-22 来源：岳麓区民政局 字号：大 中 小",
        "",
        *sections("我局", "2023年", 187, "2024年"),
        "联系方式：长沙市岳麓区民政局办公室，电话0731-88000000，地址：长沙市岳麓区金星中路。",
        "",
        "【打印本页】【关闭窗口】",
        "主办单位：长沙市人民政府办公厅",
    ),
    {
        "agency": "长沙市岳麓区民政局",
        "accept": ["岳麓区民政局"],
        "as_written": "岳麓区民政局",
        "region": {"city": "长沙市", "county": "岳麓区"},
        "level": "county",
        "kind": "department",
        "year": 2023,
    },
)

# q05: no year in the title; the year only in the 统计期限 sentence; published in
# January of the next year.
add(
    "q05",
    "html",
    html(
        "南京市江宁区司法局政府信息公开工作年度报告",
        paras(
            "本报告由南京市江宁区司法局根据《中华人民共和国政府信息公开条例》要求编制。"
            "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
            *sections("我局", "本年度", 233, "下一步"),
        ),
        head_title="南京市江宁区司法局政府信息公开工作年度报告_南京市江宁区人民政府",
        crumbs="首页 &gt; 信息公开 &gt; 区司法局 &gt; 年度报告",
        info="<span>发布日期：2023-01-17</span>",
        banner="南京市江宁区人民政府",
    ),
    {
        "agency": "南京市江宁区司法局",
        "accept": ["江宁区司法局"],
        "as_written": "南京市江宁区司法局",
        "region": {"city": "南京市", "county": "江宁区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)

# q06: 统计期限 as a labelled line, no year in the title, a sidebar of another
# year's report.
add(
    "q06",
    "txt",
    text(
        "郑州市金水区人民政府",
        "首页 | 政务公开 | 年度报告",
        "",
        "郑州市金水区教育局政府信息公开工作年度报告",
        "发布日期：2022-01-25",
        "",
        "统计期限：2021年1月1日至2021年12月31日",
        "",
        *sections("我局", "本年度", 512, "新的一年"),
        "",
        "相关链接",
        "郑州市金水区教育局2020年政府信息公开工作年度报告",
        "郑州市金水区卫生健康委员会2021年政府信息公开工作年度报告",
    ),
    {
        "agency": "郑州市金水区教育局",
        "accept": ["金水区教育局"],
        "as_written": "郑州市金水区教育局",
        "region": {"city": "郑州市", "county": "金水区"},
        "level": "county",
        "kind": "department",
        "year": 2021,
    },
)

# q07: 2022年度 in the title, 发文日期 2023-01-20, and 2023 in the plans.
add(
    "q07",
    "html",
    html(
        "青岛市市南区财政局2022年度政府信息公开工作年度报告",
        paras(
            *sections("我局", "2022年", 287, "2023年"),
            "2023年1月起，我局将按季度更新财政资金直达情况专栏。",
        ),
        head_title="青岛市市南区财政局2022年度政府信息公开工作年度报告",
        crumbs="首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 政府信息公开年报",
        info="<span>发文日期：2023-01-20</span><span>发布机构：青岛市市南区财政局</span>",
        banner="青岛市市南区人民政府",
    ),
    {
        "agency": "青岛市市南区财政局",
        "accept": ["市南区财政局"],
        "as_written": "青岛市市南区财政局",
        "region": {"city": "青岛市", "county": "市南区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)

# q08: the title has no agency; the preamble names it; published the next year.
add(
    "q08",
    "txt",
    text(
        "2022年政府信息公开工作年度报告",
        "2023-01-30 来源：洪山区城管执法局",
        "",
        "根据《中华人民共和国政府信息公开条例》规定，现将武汉市洪山区城市管理执法局2022年度政府信息公开工作情况报告如下。",
        *sections("我局", "2022年", 164, "2023年"),
    ),
    {
        "agency": "武汉市洪山区城市管理执法局",
        "accept": ["洪山区城市管理执法局"],
        "as_written": "武汉市洪山区城市管理执法局",
        "region": {"city": "武汉市", "county": "洪山区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)

# q09: a spam suffix after the title (heading and <title>).
add(
    "q09",
    "html",
    html(
        "西安市雁塔区发展和改革委员会2022年政府信息公开工作年度报告-开云体育app官网入口下载",
        paras(*sections("我委", "2022年", 205, "2023年")),
        head_title="西安市雁塔区发展和改革委员会2022年政府信息公开工作年度报告-开云体育app官网入口下载-雁塔区人民政府",
        crumbs="首页 &gt; 信息公开 &gt; 年度报告",
        info="<span>时间：2023-01-18</span>",
        banner="西安市雁塔区人民政府",
    ),
    {
        "agency": "西安市雁塔区发展和改革委员会",
        "accept": ["雁塔区发展和改革委员会"],
        "as_written": "西安市雁塔区发展和改革委员会",
        "region": {"city": "西安市", "county": "雁塔区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)

# q10: a spam suffix with another year (2024) in it.
add(
    "q10",
    "txt",
    text(
        "合肥市蜀山区司法局2021年政府信息公开工作年度报告_2024欧洲杯买球官网(中国)有限公司",
        "发布时间：2022-01-26 浏览次数：",
        "",
        *sections("我局", "2021年", 143, "2022年"),
    ),
    {
        "agency": "合肥市蜀山区司法局",
        "accept": ["蜀山区司法局"],
        "as_written": "合肥市蜀山区司法局",
        "region": {"city": "合肥市", "county": "蜀山区"},
        "level": "county",
        "kind": "department",
        "year": 2021,
    },
)

# q11: the site's title repeated (<title> twice, banner) above a district bureau's
# short-form heading.
add(
    "q11",
    "html",
    html(
        "天河区科技工业和信息化局2022年度政府信息公开工作年度报告",
        paras(
            *sections("我局", "2022年", 221, "2023年"),
            "联系单位：广州市天河区科技工业和信息化局综合科。",
        ),
        head_title="广州市天河区人民政府门户网站-广州市天河区人民政府门户网站",
        crumbs="广州市天河区人民政府门户网站 &gt; 广州市天河区人民政府门户网站 &gt; 政务公开 &gt; 年报",
        info="<span>发布日期：2023-01-31</span>",
        banner="广州市天河区人民政府门户网站 广州市天河区人民政府门户网站",
    ),
    {
        "agency": "广州市天河区科技工业和信息化局",
        "accept": ["天河区科技工业和信息化局"],
        "as_written": "天河区科技工业和信息化局",
        "region": {"city": "广州市", "county": "天河区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)

# q12: the scraped site name twice at the top, a city bureau's report below.
add(
    "q12",
    "txt",
    text(
        "东莞市人民政府门户网站",
        "东莞市人民政府门户网站",
        "首页 政务公开 政务服务 政民互动",
        "",
        "东莞市交通运输局2021年政府信息公开工作年度报告",
        "信息来源：东莞市交通运输局 发布日期：2022-01-28",
        "",
        *sections("我局", "2021年", 376, "2022年"),
        "东莞市人民政府门户网站 版权所有",
    ),
    {
        "agency": "东莞市交通运输局",
        "accept": [],
        "as_written": "东莞市交通运输局",
        "region": {"city": "东莞市"},
        "level": "city",
        "kind": "department",
        "year": 2021,
    },
)

# q13: two bodies in the preamble (the reporter and the office it files with),
# the title's 住建局 is a short form.
add(
    "q13",
    "html",
    html(
        "奎文区住建局2022年政府信息公开工作年度报告",
        paras(
            "按照潍坊市人民政府办公室《关于做好2022年度政府信息公开工作年度报告编制发布工作的通知》要求，"
            "潍坊市奎文区住房和城乡建设局编制了本报告，并报奎文区人民政府办公室备案。",
            *sections("我局", "2022年", 198, "2023年"),
        ),
        head_title="奎文区住建局2022年政府信息公开工作年度报告",
        crumbs="首页 &gt; 政务公开 &gt; 部门 &gt; 区住建局",
        info="<span>发布时间：2023-01-28</span>",
        banner="潍坊市奎文区人民政府",
    ),
    {
        "agency": "潍坊市奎文区住房和城乡建设局",
        "accept": ["奎文区住房和城乡建设局"],
        "as_written": "奎文区住建局",
        "region": {"city": "潍坊市", "county": "奎文区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)

# q14: the reporter and the city bureau that approved the report, both in the
# preamble; the title's 人力社保局 is a short form.
add(
    "q14",
    "txt",
    text(
        "南湖区人力社保局2023年政府信息公开工作年度报告",
        "",
        "本报告由嘉兴市南湖区人力资源和社会保障局根据《中华人民共和国政府信息公开条例》编制，"
        "经嘉兴市人力资源和社会保障局审核同意后发布。",
        *sections("我局", "2023年", 265, "2024年"),
        "嘉兴市南湖区人力资源和社会保障局",
        "2024年1月19日",
    ),
    {
        "agency": "嘉兴市南湖区人力资源和社会保障局",
        "accept": ["南湖区人力资源和社会保障局"],
        "as_written": "南湖区人力社保局",
        "region": {"city": "嘉兴市", "county": "南湖区"},
        "level": "county",
        "kind": "department",
        "year": 2023,
    },
)

# q15: a renamed body (2023: 银保监局 → 国家金融监督管理总局…监管局), the old
# name in the preamble.
add(
    "q15",
    "html",
    html(
        "国家金融监督管理总局宁波监管局2023年政府信息公开工作年度报告",
        paras(
            "2023年7月，原中国银保监会宁波监管局正式更名为国家金融监督管理总局宁波监管局。"
            "本报告包含更名前后的政府信息公开工作情况。",
            *sections("我局", "2023年", 344, "2024年"),
        ),
        head_title="国家金融监督管理总局宁波监管局2023年政府信息公开工作年度报告_国家金融监督管理总局",
        crumbs="首页 &gt; 派出机构 &gt; 宁波监管局 &gt; 政府信息公开 &gt; 年报",
        info="<span>发布时间：2024-01-30</span>",
        banner="国家金融监督管理总局",
    ),
    {
        "agency": "国家金融监督管理总局宁波监管局",
        "accept": [],
        "as_written": "国家金融监督管理总局宁波监管局",
        "region": {},
        "level": None,
        "kind": "department",
        "year": 2023,
    },
)

# q16: the last report under an old name (2018), published after the merger on
# the successor's site.
add(
    "q16",
    "txt",
    text(
        "溧阳市卫生健康局",
        "当前位置：首页 > 信息公开 > 年度报告",
        "",
        "溧阳市卫生和计划生育委员会2018年政府信息公开工作年度报告",
        "发布日期：2019-03-15",
        "",
        "（说明：2019年2月机构改革后，原溧阳市卫生和计划生育委员会的职责由溧阳市卫生健康局承担，本报告由溧阳市卫生健康局发布。）",
        *sections("我委", "2018年", 310, "2019年"),
    ),
    {
        "agency": "溧阳市卫生和计划生育委员会",
        "accept": ["溧阳市卫生健康局"],
        "as_written": "溧阳市卫生和计划生育委员会",
        "region": {"county": "溧阳市"},
        "level": "county",
        "kind": "department",
        "year": 2018,
        "note": "the successor's name is accepted (its site publishes it)",
    },
)

# q17: fully Traditional (a district government's office).
add(
    "q17",
    "html",
    html(
        "佛山市南海區人民政府辦公室2021年政府信息公開工作年度報告",
        paras(
            "一、總體情況",
            "2021年，佛山市南海區人民政府辦公室認真貫徹落實《中華人民共和國政府信息公開條例》，"
            "全面推進政務公開工作。",
            "二、主動公開政府信息情況",
            "全年主動公開政府信息1268條。",
            "三、收到和處理政府信息公開申請情況",
            "全年共收到政府信息公開申請47件。",
            "四、政府信息公開行政復議、行政訴訟情況",
            "全年發生行政復議2件。",
            "五、存在的主要問題及改進情況",
            "2022年，我辦將繼續做好政務公開工作。",
            "六、其他需要報告的事項",
            "無。",
        ),
        head_title="佛山市南海區人民政府辦公室2021年政府信息公開工作年度報告",
        crumbs="首頁 &gt; 政務公開 &gt; 年度報告",
        info="<span>發佈日期：2022-01-27</span>",
        banner="佛山市南海區人民政府",
    ),
    {
        "agency": "佛山市南海区人民政府办公室",
        "accept": ["南海区人民政府办公室"],
        "as_written": "佛山市南海區人民政府辦公室",
        "region": {"city": "佛山市", "county": "南海区"},
        "level": "county",
        "kind": "government",
        "year": 2021,
    },
)

# q18: Traditional; a city bureau's district branch (a vertical name); the year
# only in the 統計期限.
add(
    "q18",
    "txt",
    text(
        "深圳市市場監督管理局福田監管局政府信息公開工作年度報告",
        "",
        "本報告統計期限為2022年1月1日至2022年12月31日。",
        "一、總體情況",
        "本年度，我局堅持以公開為常態、不公開為例外，推進市場監管領域信息公開。",
        "二、主動公開政府信息情況",
        "全年主動公開行政處罰信息812條。",
        "三、收到和處理政府信息公開申請情況",
        "全年收到政府信息公開申請36件。",
        "四、政府信息公開行政復議、行政訴訟情況",
        "無。",
        "五、存在的主要問題及改進情況",
        "下一步，我局將加強公開隊伍建設。",
        "六、其他需要報告的事項",
        "無。",
        "深圳市市場監督管理局福田監管局",
        "2023年1月16日",
    ),
    {
        "agency": "深圳市市场监督管理局福田监管局",
        "accept": [],
        "as_written": "深圳市市場監督管理局福田監管局",
        "region": {"city": "深圳市"},
        "level": None,
        "kind": "department",
        "year": 2022,
    },
)

# q19: a customs district (a vertical body), its parent in the breadcrumb.
add(
    "q19",
    "html",
    html(
        "中华人民共和国宁波海关2022年政府信息公开工作年度报告",
        paras(*sections("宁波海关", "2022年", 455, "2023年")),
        head_title="中华人民共和国宁波海关2022年政府信息公开工作年度报告-海关总署",
        crumbs="海关总署 &gt; 宁波海关 &gt; 信息公开 &gt; 政府信息公开年报",
        info="<span>发布时间：2023-01-30</span>",
        banner="中华人民共和国海关总署",
    ),
    {
        "agency": "中华人民共和国宁波海关",
        "accept": ["宁波海关"],
        "as_written": "中华人民共和国宁波海关",
        "region": {},
        "level": None,
        "kind": "department",
        "year": 2022,
    },
)

# q20: a customs district short in the title, the full name in 发布机构.
add(
    "q20",
    "txt",
    text(
        "黄埔海关2021年政府信息公开工作年度报告",
        "发布机构：中华人民共和国黄埔海关 发布时间：2022-01-25",
        "",
        *sections("黄埔海关", "2021年", 388, "2022年"),
    ),
    {
        "agency": "中华人民共和国黄埔海关",
        "accept": ["黄埔海关"],
        "as_written": "黄埔海关",
        "region": {},
        "level": None,
        "kind": "department",
        "year": 2021,
    },
)

# q21: a district tax bureau (vertical), the province bureau in the breadcrumb.
add(
    "q21",
    "html",
    html(
        "国家税务总局杭州市西湖区税务局2022年政府信息公开工作年度报告",
        paras(*sections("我局", "2022年", 276, "2023年")),
        head_title="国家税务总局杭州市西湖区税务局2022年政府信息公开工作年度报告_国家税务总局浙江省税务局",
        crumbs="国家税务总局浙江省税务局 &gt; 信息公开 &gt; 杭州市 &gt; 西湖区",
        info="<span>发布日期：2023-01-19</span>",
        banner="国家税务总局浙江省税务局",
    ),
    {
        "agency": "国家税务总局杭州市西湖区税务局",
        "accept": [],
        "as_written": "国家税务总局杭州市西湖区税务局",
        "region": {"city": "杭州市", "county": "西湖区"},
        "level": None,
        "kind": "department",
        "year": 2022,
    },
)

# q22: a city tax bureau short in the title (no 国家税务总局), the full name in
# 发布机构.
add(
    "q22",
    "txt",
    text(
        "青岛市税务局2023年政府信息公开工作年度报告",
        "发布机构：国家税务总局青岛市税务局",
        "发布日期：2024-01-26",
        "",
        *sections("我局", "2023年", 521, "2024年"),
    ),
    {
        "agency": "国家税务总局青岛市税务局",
        "accept": ["青岛市税务局"],
        "as_written": "青岛市税务局",
        "region": {"city": "青岛市"},
        "level": None,
        "kind": "department",
        "year": 2023,
    },
)

# q23: a city meteorological bureau, the national and province bodies in the
# breadcrumb.
add(
    "q23",
    "html",
    html(
        "青岛市气象局2022年政府信息公开工作年度报告",
        paras(*sections("我局", "2022年", 132, "2023年")),
        head_title="青岛市气象局",
        crumbs="中国气象局 &gt; 山东省气象局 &gt; 青岛市气象局 &gt; 政府信息公开",
        info="<span>发布时间：2023-01-13</span>",
        banner="青岛市气象局",
    ),
    {
        "agency": "青岛市气象局",
        "accept": [],
        "as_written": "青岛市气象局",
        "region": {"city": "青岛市"},
        "level": None,
        "kind": "department",
        "year": 2022,
    },
)

# q24: a county meteorological bureau whose preamble names its superior first.
add(
    "q24",
    "txt",
    text(
        "温州市气象局 > 县级气象局 > 永嘉县",
        "",
        "永嘉县气象局2021年度政府信息公开工作年度报告",
        "",
        "2021年，在温州市气象局和永嘉县人民政府的领导下，永嘉县气象局认真落实政府信息公开各项要求。",
        *sections("我局", "2021年", 96, "2022年"),
    ),
    {
        "agency": "永嘉县气象局",
        "accept": ["温州市永嘉县气象局"],
        "as_written": "永嘉县气象局",
        "region": {"county": "永嘉县"},
        "level": None,
        "kind": "department",
        "year": 2021,
    },
)

# q25: a 国家金融监督管理总局 分局, its parents in the breadcrumb.
add(
    "q25",
    "html",
    html(
        "国家金融监督管理总局温州监管分局2023年度政府信息公开工作年度报告",
        paras(*sections("我分局", "2023年", 168, "2024年")),
        head_title="国家金融监督管理总局",
        crumbs="国家金融监督管理总局 &gt; 浙江监管局 &gt; 温州监管分局 &gt; 政府信息公开年报",
        info="<span>发布时间：2024-01-25</span>",
        banner="国家金融监督管理总局",
    ),
    {
        "agency": "国家金融监督管理总局温州监管分局",
        "accept": [],
        "as_written": "国家金融监督管理总局温州监管分局",
        "region": {},
        "level": None,
        "kind": "department",
        "year": 2023,
    },
)

# q26: the 分局's short form in the title, the full name in the contact line.
add(
    "q26",
    "txt",
    text(
        "泉州金融监管分局2023年政府信息公开工作年度报告",
        "2024-01-29",
        "",
        *sections("我分局", "2023年", 121, "2024年"),
        "联系单位：国家金融监督管理总局泉州监管分局办公室，电话0595-22000000。",
    ),
    {
        "agency": "国家金融监督管理总局泉州监管分局",
        "accept": ["泉州金融监管分局"],
        "as_written": "泉州金融监管分局",
        "region": {},
        "level": None,
        "kind": "department",
        "year": 2023,
    },
)

# q27: a development zone's 管委会, its short form in the banner.
add(
    "q27",
    "html",
    html(
        "天津经济技术开发区管理委员会2022年政府信息公开工作年度报告",
        paras(*sections("我委", "2022年", 640, "2023年")),
        head_title="天津开发区管委会-天津经济技术开发区",
        crumbs="首页 &gt; 政务公开 &gt; 年度报告",
        info="<span>发布时间：2023-01-20</span>",
        banner="天津开发区管委会",
    ),
    {
        "agency": "天津经济技术开发区管理委员会",
        "accept": ["天津开发区管委会"],
        "as_written": "天津经济技术开发区管理委员会",
        "region": {},
        "level": None,
        "kind": None,
        "year": 2022,
    },
)

# q28: a new area named alone in the title; its 管委会's full name in 发布机构.
add(
    "q28",
    "txt",
    text(
        "西咸新区2021年政府信息公开工作年度报告",
        "发布机构：陕西省西咸新区开发建设管理委员会 发布日期：2022-01-27",
        "",
        *sections("新区", "2021年", 734, "2022年"),
    ),
    {
        "agency": "陕西省西咸新区开发建设管理委员会",
        "accept": ["西咸新区开发建设管理委员会"],
        "as_written": "西咸新区",
        "region": {},
        "level": None,
        "kind": None,
        "year": 2021,
        "note": "never 西咸新区人民政府 (a name the page does not write)",
    },
)

# q29: a new area's 管委会 in its city's site; the sidebar names last year's report.
add(
    "q29",
    "html",
    html(
        "南京江北新区管理委员会2022年政府信息公开工作年度报告",
        paras(*sections("新区管委会", "2022年", 583, "2023年")),
        head_title="南京江北新区管理委员会2022年政府信息公开工作年度报告_南京市人民政府",
        crumbs="南京市人民政府 &gt; 信息公开 &gt; 江北新区 &gt; 年度报告",
        info="<span>发布日期：2023-01-31</span>",
        banner="南京市人民政府",
        sidebar="<ul><li>南京江北新区管理委员会2021年政府信息公开工作年度报告</li>"
        "<li>南京市浦口区人民政府2022年政府信息公开工作年度报告</li></ul>",
    ),
    {
        "agency": "南京江北新区管理委员会",
        "accept": [],
        "as_written": "南京江北新区管理委员会",
        "region": {},
        "level": None,
        "kind": None,
        "year": 2022,
    },
)

# q30: a zone's short form (…经开区管委会) in the title; the full name only with
# its office (党政综合办公室) in the contact block.
add(
    "q30",
    "txt",
    text(
        "长沙经开区管委会2023年政府信息公开工作年度报告",
        "",
        *sections("我委", "2023年", 302, "2024年"),
        "联系单位：长沙经济技术开发区管理委员会党政综合办公室",
        "联系电话：0731-84000000",
    ),
    {
        "agency": "长沙经济技术开发区管理委员会",
        "accept": ["长沙经开区管委会"],
        "as_written": "长沙经开区管委会",
        "region": {},
        "level": None,
        "kind": None,
        "year": 2023,
    },
)

# q31: an ethnic township without 人民政府 in the title; its county in the
# breadcrumb.
add(
    "q31",
    "html",
    html(
        "柳城畲族镇2022年政府信息公开工作年度报告",
        paras(*sections("我镇", "2022年", 119, "2023年")),
        head_title="柳城畲族镇2022年政府信息公开工作年度报告_武义县人民政府",
        crumbs="武义县人民政府 &gt; 乡镇（街道） &gt; 柳城畲族镇 &gt; 年度报告",
        info="<span>发布时间：2023-01-12</span>",
        banner="武义县人民政府",
    ),
    {
        "agency": "武义县柳城畲族镇人民政府",
        "accept": ["柳城畲族镇人民政府", "武义县柳城畲族镇", "柳城畲族镇"],
        "as_written": "柳城畲族镇",
        "region": {"county": "武义县"},
        "level": "township",
        "kind": "government",
        "year": 2022,
    },
)

# q32: a township in a county-level city; 人民政府 nowhere; its office in the
# contact line.
add(
    "q32",
    "txt",
    text(
        "大瑶镇2021年度政府信息公开工作年度报告",
        "",
        "2021年，浏阳市大瑶镇深入贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。",
        *sections("我镇", "2021年", 88, "2022年"),
        "联系单位：大瑶镇党政综合办公室",
    ),
    {
        "agency": "浏阳市大瑶镇人民政府",
        "accept": ["大瑶镇人民政府", "浏阳市大瑶镇", "大瑶镇"],
        "as_written": "大瑶镇",
        "region": {"county": "浏阳市"},
        "level": "township",
        "kind": "government",
        "year": 2021,
    },
)

# q33: a township, no year in the title, the year in 本报告所列数据的统计期限.
add(
    "q33",
    "html",
    html(
        "周庄镇政府信息公开工作年度报告",
        paras(
            "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
            *sections("我镇", "本年度", 97, "下一步"),
        ),
        head_title="周庄镇政府信息公开工作年度报告_昆山市人民政府",
        crumbs="昆山市人民政府 &gt; 区镇信息公开 &gt; 周庄镇",
        info="<span>发布日期：2024-01-23</span>",
        banner="昆山市人民政府",
    ),
    {
        "agency": "昆山市周庄镇人民政府",
        "accept": ["周庄镇人民政府", "昆山市周庄镇", "周庄镇"],
        "as_written": "周庄镇",
        "region": {"county": "昆山市"},
        "level": "township",
        "kind": "government",
        "year": 2023,
    },
)

# q34: a township in Traditional, without 人民政府; its county in the preamble.
add(
    "q34",
    "txt",
    text(
        "宏村鎮2022年政府信息公開工作年度報告",
        "",
        "2022年，黟縣宏村鎮認真貫徹落實《中華人民共和國政府信息公開條例》。",
        "一、總體情況",
        "全鎮政務公開工作有序推進。",
        "二、主動公開政府信息情況",
        "全年主動公開政府信息143條。",
        "三、收到和處理政府信息公開申請情況",
        "全年收到政府信息公開申請3件。",
        "四、政府信息公開行政復議、行政訴訟情況",
        "無。",
        "五、存在的主要問題及改進情況",
        "2023年，我鎮將進一步規範公開內容。",
        "六、其他需要報告的事項",
        "無。",
    ),
    {
        "agency": "黟县宏村镇人民政府",
        "accept": ["宏村镇人民政府", "黟县宏村镇", "宏村镇"],
        "as_written": "宏村鎮",
        "region": {"county": "黟县"},
        "level": "township",
        "kind": "government",
        "year": 2022,
    },
)

# q35: a town in a district, a spam suffix after the title.
add(
    "q35",
    "html",
    html(
        "北滘镇2022年政府信息公开工作年度报告-澳门新葡京娱乐场",
        paras(*sections("我镇", "2022年", 265, "2023年")),
        head_title="北滘镇2022年政府信息公开工作年度报告-澳门新葡京娱乐场-佛山市顺德区人民政府网站",
        crumbs="佛山市顺德区人民政府 &gt; 镇街信息公开 &gt; 北滘镇",
        info="<span>发布时间：2023-01-30</span>",
        banner="佛山市顺德区人民政府",
    ),
    {
        "agency": "佛山市顺德区北滘镇人民政府",
        "accept": ["顺德区北滘镇人民政府", "北滘镇人民政府", "佛山市顺德区北滘镇", "北滘镇"],
        "as_written": "北滘镇",
        "region": {"city": "佛山市", "county": "顺德区"},
        "level": "township",
        "kind": "government",
        "year": 2022,
    },
)

# q36: a district government's report of 2022 published 2023-01-20, whose body
# speaks of January 2023.
add(
    "q36",
    "txt",
    text(
        "济南市历下区人民政府2022年政府信息公开工作年度报告",
        "发文日期：2023年01月20日",
        "",
        *sections("区政府", "2022年", 1342, "2023年"),
        "截至2023年1月10日，区政府门户网站累计访问量达386万人次。",
    ),
    {
        "agency": "济南市历下区人民政府",
        "accept": ["历下区人民政府"],
        "as_written": "济南市历下区人民政府",
        "region": {"city": "济南市", "county": "历下区"},
        "level": "county",
        "kind": "government",
        "year": 2022,
    },
)

# q37: a body renamed in the year (扶贫办 → 乡村振兴局, 2021), the old name in a bracket.
add(
    "q37",
    "html",
    html(
        "保定市乡村振兴局2021年政府信息公开工作年度报告",
        paras(
            "2021年，保定市扶贫开发办公室更名为保定市乡村振兴局。现将2021年度政府信息公开工作情况报告如下。",
            *sections("我局", "2021年", 176, "2022年"),
        ),
        head_title="保定市乡村振兴局2021年政府信息公开工作年度报告_保定市人民政府",
        crumbs="保定市人民政府 &gt; 部门信息公开 &gt; 市乡村振兴局（原市扶贫办）",
        info="<span>发布时间：2022-01-28</span>",
        banner="保定市人民政府",
    ),
    {
        "agency": "保定市乡村振兴局",
        "accept": ["保定市扶贫开发办公室"],
        "as_written": "保定市乡村振兴局",
        "region": {"city": "保定市"},
        "level": "city",
        "kind": "department",
        "year": 2021,
    },
)

# q38: no agency anywhere but 本机关; the district government's site around it.
add(
    "q38",
    "txt",
    text(
        "上海市徐汇区人民政府",
        "首页 > 政务公开 > 年度报告",
        "",
        "本机关2022年度政府信息公开工作年度报告",
        "",
        *sections("本机关", "2022年", 77, "2023年"),
        "上海市徐汇区人民政府 版权所有",
    ),
    {
        "agency": None,
        "accept": [],
        "as_written": None,
        "region": {},
        "level": None,
        "kind": None,
        "year": 2022,
        "note": "the site's name is not the reporter (本机关 may be any body on it)",
    },
)

# q39: the year only in the publication date (2023-01-28 → 2022; null acceptable).
add(
    "q39",
    "html",
    html(
        "成都市青羊区统计局政府信息公开工作年度报告",
        paras(*sections("我局", "本年度", 84, "下一步")),
        head_title="成都市青羊区统计局政府信息公开工作年度报告_成都市青羊区人民政府",
        crumbs="首页 &gt; 信息公开 &gt; 区统计局",
        info="<span>发布时间：2023-01-28</span>",
        banner="成都市青羊区人民政府",
    ),
    {
        "agency": "成都市青羊区统计局",
        "accept": ["青羊区统计局"],
        "as_written": "成都市青羊区统计局",
        "region": {"city": "成都市", "county": "青羊区"},
        "level": "county",
        "kind": "department",
        "year": 2022,
        "note": "the year only in the publication date: null is a miss, never another year",
    },
)

# q40: a county-level city's bureau; the prefecture's bureau named first in the
# preamble.
add(
    "q40",
    "txt",
    text(
        "诸暨市市场监督管理局2022年政府信息公开工作年度报告",
        "",
        "根据绍兴市市场监督管理局和诸暨市政务公开办公室的部署，现将诸暨市市场监督管理局2022年度政府信息公开工作报告如下。",
        *sections("我局", "2022年", 689, "2023年"),
    ),
    {
        "agency": "诸暨市市场监督管理局",
        "accept": ["绍兴市诸暨市市场监督管理局"],
        "as_written": "诸暨市市场监督管理局",
        "region": {"county": "诸暨市"},
        "level": "county",
        "kind": "department",
        "year": 2022,
    },
)


def main() -> None:
    write_pages(HERE, PAGES, as_written=True)


if __name__ == "__main__":
    main()
