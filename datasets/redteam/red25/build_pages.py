"""Write red25's pages and truth (session 25's red team of its own changes, blind).

Real places and bodies, invented reports. Every page is written here beside its truth;
``pages/`` and ``truth.jsonl`` are this script's output. The set probes session 25's
landed changes for WRONG values (a null is a miss, not an error): the area from a
labelled .gov.cn address (meta25 6a4857f), the year from a picture's alt text
(metadata.year_from_image_title), joint titles named by their first body (f1bb2f8,
5362d8a), short places two divisions share (朝阳), 监管支局, 地区.

``must_null``: keys the library must leave null (a region the page does not make
certain); first_reading.txt checks them by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

BODY = [
    "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布{we}本年度政府信息公开工作年度报告。",
    "一、总体情况",
    "本年度，{we}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》，政府信息公开工作取得新的进展。",
    "二、主动公开政府信息情况",
    "全年主动公开政府信息126条，其中规范性文件5件，政策解读3篇。",
    "三、收到和处理政府信息公开申请情况",
    "全年收到政府信息公开申请3件，均已按期答复。",
    "四、政府信息公开行政复议、行政诉讼情况",
    "全年未发生政府信息公开行政复议、行政诉讼案件。",
    "五、存在的主要问题及改进情况",
    "信息公开的精准度还有差距。下一年度，{we}将进一步加强政策解读和发布审核。",
    "六、其他需要报告的事项",
    "本年度未收取信息处理费。",
]


def body(we: str = "我局", extra: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    return [p.format(we=we) for p in BODY] + list(extra)


def html(
    heading: str,
    paras: list[str],
    *,
    title: str = "",
    banner: str = "",
    h1: str | None = None,
    info: str = "",
    sidebar: str = "",
    footer: str = "",
) -> str:
    ps = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title or heading}</title></head>
<body>
<div class="banner">{banner}</div>
<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
<div class="main"><div class="article"><h1>{h1 if h1 is not None else heading}</h1>
<div class="info">{info}</div>
<div class="content">
{ps}
</div></div>
<div class="sidebar">{sidebar}</div></div>
<div class="footer">{footer}</div>
</body></html>
"""


PAGES: list[tuple[str, str, dict]] = []


def page(file: str, content: str, **truth) -> None:
    truth.setdefault("accept", [])
    truth.setdefault("region", {})
    truth.setdefault("level", None)
    truth.setdefault("kind", None)
    PAGES.append((file, content, {"file": file, **truth}))


HEAD = "政府信息公开工作年度报告"

# --- A. the area from a labelled .gov.cn address (6a4857f) -------------------------
# a01: the national public-security filing site's host (beian.gov.cn) is the pinyin of
# 北安市; a footer writes it under a 网址 label. The city is written nowhere.
page(
    "a01.html",
    html(
        "市民政局" + HEAD,
        body(),
        title="市民政局" + HEAD,
        banner="市民政局",
        info="发布时间：2024-01-22",
        footer="主办：市民政局　公安机关备案网址：http://www.beian.gov.cn/portal/registerSystemInfo",
    ),
    agency=None,
    year=2023,
    note="NOT certain agency: the city is written nowhere; beian.gov.cn is the national filing site, not 北安市's",
)
# a02: a county-level city's bureau (义乌市) on its prefecture's portal: the labelled
# address is jinhua's; the contact address says 义乌市.
page(
    "a02.html",
    html(
        "市发改局" + HEAD,
        body(extra=["七、联系方式", "联系地址：义乌市稠州北路499号　联系电话：0579-85522000"]),
        title="市发改局" + HEAD,
        info="发布时间：2024-01-25　来源网址：http://www.jinhua.gov.cn/art/2024/1/25/art_1229160383_60212.html",
    ),
    agency="义乌市发展和改革局",
    accept=["金华市义乌市发展和改革局", "义乌市发改局"],
    region={"province": "浙江省", "city": "金华市"},
    must_null=["agency_if_not_yiwu"],
    year=2023,
    note="the labelled address is the prefecture's portal (a repost); the body's city is 义乌市 (contact address): 金华市发展和改革局 is wrong",
)
# a03: a county-level city's bureau quoting its prefecture's portal as a channel (网址: ningbo)
page(
    "a03.html",
    html(
        "市司法局" + HEAD,
        body(
            extra=[
                "七、公开渠道",
                "本机关通过市政府门户网站和宁波市人民政府门户网站（网址：http://www.ningbo.gov.cn）同步公开政府信息。",
                "八、联系方式",
                "联系地址：浙江省慈溪市新城大道北路318号",
            ]
        ),
        title="市司法局" + HEAD,
        info="发布时间：2024-01-18",
    ),
    agency="慈溪市司法局",
    accept=["宁波市慈溪市司法局"],
    region={"province": "浙江省", "city": "宁波市"},
    year=2023,
    note="the only labelled host is the prefecture's (a channel the report names); the body is 慈溪市's (contact): 宁波市司法局 is wrong",
)
# a04: a district bureau whose labelled address is its own district's host (control)
page(
    "a04.html",
    html(
        "区民政局" + HEAD,
        body(),
        title="区民政局" + HEAD,
        info="发布时间：2024-01-20　来源网址：http://www.gongshu.gov.cn/art/2024/1/20/art_1229_88.html",
    ),
    agency="杭州市拱墅区民政局",
    accept=["拱墅区民政局"],
    region={"province": "浙江省", "city": "杭州市", "county": "拱墅区"},
    level="county",
    year=2023,
    note="control: the labelled address is the district's own portal",
)
# a05: a 来源 line naming a news site (not .gov.cn) and a 网址 of the news site
page(
    "a05.html",
    html(
        "市卫生健康委" + HEAD,
        body(we="我委"),
        title="市卫生健康委" + HEAD,
        info="来源：杭州网　来源网址：http://news.hangzhou.com.cn/gnxw/content/2024-01/22/content_8678.htm",
    ),
    agency=None,
    year=None,
    note="NOT certain agency (a news site's address names no body); no year cue but 本年度",
)
# a06: a superior's portal (the province) as the only labelled host for a 市 bureau
page(
    "a06.html",
    html(
        "市交通运输局" + HEAD,
        body(),
        title="市交通运输局" + HEAD,
        info="发布时间：2024-01-26　原文链接：https://www.zhejiang.gov.cn/art/2024/1/26/art_1229_5.html",
    ),
    agency=None,
    year=2023,
    note="NOT certain agency: the province's portal names no city",
)
# a07: a county bureau, its own county's host (control, 桐庐县)
page(
    "a07.txt",
    "县发改局" + HEAD + "\n" + "\n".join(body()) + "\n本文链接：http://www.tonglu.gov.cn/art/2024/1/19/art_1229_77.html\n",
    agency="桐庐县发展和改革局",
    accept=["杭州市桐庐县发展和改革局"],
    region={"province": "浙江省", "city": "杭州市", "county": "桐庐县"},
    level="county",
    year=None,
    note="control; no year cue (本年度, no date)",
)
# a08: a 市 bureau page mirrored by a district portal: 本文链接 of the district (xiaoshan)
page(
    "a08.html",
    html(
        "市场监管局" + HEAD,
        body(),
        title="市场监管局" + HEAD,
        info="发布时间：2024-01-21　本文链接：http://www.xiaoshan.gov.cn/art/2024/1/21/art_1302_9.html",
    ),
    agency=None,
    year=2023,
    note="NOT certain agency: 市场监管局 (a 市场 word, not 市 + 场监管局) names no area; a district's host is no 市's area",
)

# --- B. the year from a picture's alt text (metadata.year_from_image_title) ---------
SIDE_2022 = '<div class="tit">往年报告</div><a href="/art/2023/1/20/art_1.html"><img src="/img/r2022.png" alt="2022年度政府信息公开工作年度报告"></a>'
page(
    "b01.html",
    html(
        "杭州市民政局" + HEAD,
        body(),
        sidebar=SIDE_2022,
        footer="主办：杭州市民政局",
    ),
    agency="杭州市民政局",
    region={"province": "浙江省", "city": "杭州市"},
    year=None,
    note="NOT certain year: only last year's report pictured in the sidebar names a year; the page has no date, 本年度 only",
)
page(
    "b02.html",
    html(
        "宁波市财政局" + HEAD,
        body(),
        sidebar='<div class="tit">相关阅读</div><a href="/art/2.html"><img src="/img/x.png" alt="宁波市2022年国民经济和社会发展统计公报解读"></a>'
        '<a href="/art/3.html"><img src="/img/y.png" alt="宁波市财政局2022年度政府信息公开工作年度报告"></a>',
        footer="主办：宁波市财政局",
    ),
    agency="宁波市财政局",
    region={"province": "浙江省", "city": "宁波市"},
    year=None,
    note="NOT certain year: the body's own agency's last-year report pictured in 相关阅读",
)
page(
    "b03.html",
    html(
        "温州市司法局" + HEAD,
        body(),
        banner='<img src="/img/banner.png" alt="温州市司法局法治政府建设2021年度报告专题">',
        footer="主办：温州市司法局",
    ),
    agency="温州市司法局",
    region={"province": "浙江省", "city": "温州市"},
    year=None,
    note="NOT certain year: a banner's picture of another report (法治政府建设年度报告) names 2021",
)
# b04: control: the heading is the picture of this year's report, no other cue
page(
    "b04.html",
    html(
        "湖州市水利局" + HEAD,
        body(),
        h1='<img src="/img/t.png" alt="湖州市水利局2023年度政府信息公开工作年度报告"><br>湖州市水利局' + HEAD,
        footer="主办：湖州市水利局",
    ),
    agency="湖州市水利局",
    region={"province": "浙江省", "city": "湖州市"},
    year=2023,
    note="control: the heading's picture names the year",
)

# --- C. joint titles named by their first body (f1bb2f8, 5362d8a) -------------------
page(
    "c01.html",
    html(
        "中共嘉兴市委组织部、嘉兴市公务员局2023年" + HEAD,
        body(we="我局"),
        info="发布机构：嘉兴市公务员局　发布时间：2024-01-29",
    ),
    agency="嘉兴市公务员局",
    region={"province": "浙江省", "city": "嘉兴市"},
    year=2023,
    note="a party department first (合署, 组织部 under the 公务员局 plaque): the government body reports (meta20 u32's convention); 发布机构 says so",
)
page(
    "c02.html",
    html(
        "绍兴市民政局、绍兴市财政局2023年度" + HEAD,
        body(we="本局"),
        info="发布机构：绍兴市财政局　发布时间：2024-01-30",
    ),
    agency="绍兴市财政局",
    region={"province": "浙江省", "city": "绍兴市"},
    year=2023,
    note="a joint-looking title whose 发布机构 names the second body: the labelled publisher is the reporter",
)
page(
    "c03.txt",
    "中共温州市委宣传部、温州市新闻出版局2023年" + HEAD + "\n" + "\n".join(body(we="我局")) + "\n",
    agency="温州市新闻出版局",
    region={"province": "浙江省", "city": "温州市"},
    year=2023,
    note="a party department first (宣传部 and the 新闻出版局 plaque): the government body reports",
)
page(
    "c04.txt",
    "杭州市人民政府、杭州市人民政府办公厅2023年" + HEAD + "\n" + "\n".join(body(we="本机关")) + "\n",
    agency=None,
    accept=["杭州市人民政府", "杭州市人民政府办公厅"],
    region={"province": "浙江省", "city": "杭州市"},
    year=2023,
    note="either; truth null only as 'no other body': any third body is wrong (scored by hand)",
)

# --- E. short places two divisions share (朝阳) ------------------------------------
page(
    "e01.txt",
    "朝阳税务局" + HEAD + "\n" + "\n".join(body()) + "\n",
    agency="朝阳税务局",
    accept=["国家税务总局朝阳税务局"],
    must_null=["region", "level"],
    year=None,
    note="NOT certain region: 朝阳 is 辽宁省朝阳市 and 北京市朝阳区 (and 长春市朝阳区)",
)
page(
    "e02.txt",
    "朝阳税务局" + HEAD + "\n" + "\n".join(body(extra=["七、联系方式", "联系地址：北京市朝阳区朝阳门外大街20号"])) + "\n",
    agency="国家税务总局北京市朝阳区税务局",
    accept=["北京市朝阳区税务局", "朝阳税务局", "国家税务总局朝阳税务局"],
    region={"province": "北京市", "county": "朝阳区"},
    year=None,
    note="the contact address says 北京市朝阳区: 辽宁 is wrong (null region is a miss)",
)
page(
    "e03.txt",
    "朝阳区税务局" + HEAD + "\n" + "\n".join(body()) + "\n",
    agency="朝阳区税务局",
    accept=["国家税务总局朝阳区税务局"],
    must_null=["region", "level"],
    year=None,
    note="NOT certain region: 北京市朝阳区 and 长春市朝阳区",
)
page(
    "e04.txt",
    "国家税务总局朝阳市税务局" + HEAD + "\n" + "\n".join(body()) + "\n",
    agency="国家税务总局朝阳市税务局",
    accept=["朝阳市税务局"],
    region={"province": "辽宁省", "city": "朝阳市"},
    year=None,
    note="control: 朝阳市 is one city",
)
page(
    "e05.txt",
    "朝阳民政局" + HEAD + "\n" + "\n".join(body()) + "\n",
    agency="朝阳民政局",
    accept=[],
    must_null=["region", "level"],
    year=None,
    note="NOT certain region (as e01, a government department)",
)
page(
    "e06.txt",
    "鼓楼税务局" + HEAD + "\n" + "\n".join(body()) + "\n",
    agency="鼓楼税务局",
    accept=["国家税务总局鼓楼税务局"],
    must_null=["region", "level"],
    year=None,
    note="NOT certain region: 鼓楼区 in 福州, 南京, 徐州, 开封",
)

# --- D. 监管支局, 地区 -----------------------------------------------------------------
page(
    "d01.txt",
    "国家金融监督管理总局朝阳监管支局" + HEAD + "\n" + "\n".join(body()) + "\n",
    agency="国家金融监督管理总局朝阳监管支局",
    must_null=["region"],
    year=None,
    note="NOT certain region: a 支局 of a short place two divisions share",
)
page(
    "d02.txt",
    "地区林业和草原局" + HEAD + "\n" + "\n".join(body()) + "\n",
    agency=None,
    year=None,
    note="NOT certain agency: 地区 names no prefecture",
)


def main() -> None:
    pages = HERE / "pages"
    pages.mkdir(exist_ok=True)
    for file, content, _ in PAGES:
        (pages / file).write_text(content, encoding="utf-8")
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as f:
        for _, _, truth in PAGES:
            f.write(json.dumps(truth, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
