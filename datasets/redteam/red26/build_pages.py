"""Write red26's pages and truth (session 26's red team of its own changes, blind).

Real places and bodies, invented reports. Every page is written here beside its truth;
``pages/`` and ``truth.jsonl`` are this script's output. The set probes session 26's
landed metadata/agency changes for WRONG values (a null is a miss, not an error):
the footer's site owner (版权所有：X, 本网站由X主办, X 版权所有) read for a 我局-style
report that names itself nowhere (1c1a808) when the owner is not the reporter; a dated
list of a body's reports above an undated title kept as the page's heading (1c1a808,
37e9737) when the undated line is another link; 市政府办公室 restored from a 人民政府
form the text writes for another body (1c1a808); a statistics period that closes the
year it opens (must keep its year, metadata.year_span must not fire); a title over two
years and a school year (964faa1).

``NOT certain`` in a note: the page does not say which body reports; any agency is
invented.
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

# --- F. the footer's site owner is not the reporter (1c1a808) ----------------------
# f01: a housing report (我局) on a city portal whose copyright is the data bureau's
page(
    "f01.html",
    html(
        "2023年度" + HEAD,
        body(
            extra=[
                "七、其他需要说明的事项",
                "我局作为全市住房保障和房屋征收主管部门，本年度公开保障性住房分配结果12批次。",
            ]
        ),
        title="2023年度" + HEAD,
        info="发布时间：2024-01-26",
        footer="Copyright © 2024 淮南市数据资源管理局 版权所有　皖ICP备05001234号",
    ),
    agency=None,
    year=2023,
    note="NOT certain agency: a housing bureau's report; the footer's owner is the portal's data bureau (淮南市数据资源管理局 is WRONG)",
)
# f02: a county bureau's report (全县, 县委县政府) on its city bureau's site
page(
    "f02.html",
    html(
        "2023年" + HEAD,
        body(
            extra=[
                "七、其他需要说明的事项",
                "我局紧紧围绕县委县政府中心工作，全县市场主体登记信息全部依法公开。",
            ]
        ),
        title="2023年" + HEAD,
        info="发布时间：2024-01-15",
        footer="版权所有：六安市市场监督管理局　技术支持：安徽某某信息技术有限公司",
    ),
    agency=None,
    year=2023,
    note="NOT certain agency: a county's bureau (全县, 县委县政府); the footer is its city bureau's site (六安市市场监督管理局 is WRONG)",
)
# f03: a government service centre's report (我中心) on a portal a media centre runs
page(
    "f03.html",
    html(
        "2023年度" + HEAD,
        body(
            we="我中心",
            extra=[
                "七、其他需要说明的事项",
                "我中心负责全市政务服务大厅的运行管理，本年度办件量稳步增长。",
            ],
        ),
        title="2023年度" + HEAD,
        info="发布时间：2024-01-30",
        footer="本网站由宁国市融媒体中心主办　联系电话：0563-4012345",
    ),
    agency=None,
    year=2023,
    note="NOT certain agency: a 政务服务中心's report; the site is run by the media centre (宁国市融媒体中心 is WRONG)",
)
# f04: a sub-bureau (我分局) whose site's owner is its parent bureau
page(
    "f04.html",
    html(
        "2023年度" + HEAD,
        body(
            we="我分局",
            extra=["七、其他需要说明的事项", "我分局在市局的指导下，做好辖区内政府信息公开工作。"],
        ),
        title="2023年度" + HEAD,
        info="发布时间：2024-01-12",
        footer="上海市公安局 版权所有　沪ICP备10005678号",
    ),
    agency=None,
    year=2023,
    note="NOT certain agency: one of the city bureau's 分局 (上海市公安局 is WRONG: the parent, named as the site's owner)",
)
# f05: a company's copyright under a 我局 report
page(
    "f05.html",
    html(
        "2023年度" + HEAD,
        body(),
        title="2023年度" + HEAD,
        info="发布时间：2024-01-19",
        footer="版权所有：绍兴市交通投资集团有限公司　网站维护：绍兴市信息中心",
    ),
    agency=None,
    year=2023,
    note="NOT certain agency: a company and a centre in the footer, the report is a 局's",
)

# --- L. a dated list above an undated line (1c1a808, 37e9737) ----------------------
LIST_L = [
    "往年报告",
    "龙泉市林业局2020年政府信息公开工作年度报告（2021-01-25）",
    "龙泉市林业局2021年政府信息公开工作年度报告（2022-01-20）",
    "龙泉市林业局2022年政府信息公开工作年度报告（2023-01-18）",
]
PERIOD23 = "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。"
# l01: the undated line under the list is a newer report's link; the page's heading is below
page(
    "l01.txt",
    "\n".join(
        [
            "首页 > 政务公开 > 政府信息公开年报",
            *LIST_L,
            "龙泉市林业局2024年政府信息公开工作年度报告",
            "龙泉市林业局2023年政府信息公开工作年度报告",
            "发布时间：2024-01-19",
            PERIOD23,
            *body(),
        ]
    )
    + "\n",
    agency="龙泉市林业局",
    accept=["丽水市龙泉市林业局"],
    region={"province": "浙江省", "city": "丽水市", "county": "龙泉市"},
    level="county",
    kind="department",
    year=2023,
    note="the undated 2024 line is a sidebar link (2024 is WRONG); the heading below it and the period say 2023",
)
# l02: another body's dated list and its newer undated link, then this page's own heading
page(
    "l02.txt",
    "\n".join(
        [
            "首页 > 政务公开 > 部门年报",
            *LIST_L[:3],
            "龙泉市林业局2023年政府信息公开工作年度报告",
            "龙泉市水利局2023年政府信息公开工作年度报告",
            "发布时间：2024-01-22",
            PERIOD23,
            *body(),
        ]
    )
    + "\n",
    agency="龙泉市水利局",
    accept=["丽水市龙泉市水利局"],
    region={"province": "浙江省", "city": "丽水市", "county": "龙泉市"},
    level="county",
    kind="department",
    year=2023,
    note="the list and its undated last line are the 林业局's (龙泉市林业局 is WRONG); the page is the 水利局's",
)
# l03: the list under the page's own title (a sidebar after the article), undated link last
page(
    "l03.txt",
    "\n".join(
        [
            "龙泉市林业局2022年政府信息公开工作年度报告",
            "发布时间：2023-01-18",
            "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
            *body(),
            "相关链接",
            *LIST_L[1:3],
            "龙泉市林业局2023年政府信息公开工作年度报告",
        ]
    )
    + "\n",
    agency="龙泉市林业局",
    accept=["丽水市龙泉市林业局"],
    region={"province": "浙江省", "city": "丽水市", "county": "龙泉市"},
    level="county",
    kind="department",
    year=2022,
    note="the page's 2022 report; a related list after it ends in the undated 2023 link (2023 is WRONG)",
)

# --- O. 市政府办公室 restored from another body's 人民政府 form (1c1a808) -------------
# o01: a county-level city's office citing its prefecture's office in full
page(
    "o01.html",
    html(
        "市政府办公室2023年" + HEAD,
        body(
            we="我室",
            extra=[
                "七、其他需要说明的事项",
                "按照福州市人民政府办公室关于做好2023年政务公开工作的部署，我室细化了本年度工作任务。",
            ],
        ),
        info="发布时间：2024-01-25",
    ),
    agency=None,
    year=2023,
    note="NOT certain agency: 市政府办公室 follows 福州市人民政府办公室's deployment, so it is not it (福州市人民政府办公室 is WRONG)",
)
# o02: a city's office that trained with a neighbouring city's office
page(
    "o02.txt",
    "\n".join(
        [
            "市政府办公室2023年" + HEAD,
            "发布时间：2024-01-28",
            PERIOD23,
            *body(
                we="我室",
                extra=[
                    "七、其他需要说明的事项",
                    "本年度我室与宁波市人民政府办公室联合举办政务公开业务培训1次。",
                ],
            ),
        ]
    )
    + "\n",
    agency=None,
    year=2023,
    note="NOT certain agency: the office trained together with 宁波市人民政府办公室, another city's (宁波市人民政府办公室 is WRONG)",
)
# o03: a district office under the city's office (level word 区 keeps the city's out)
page(
    "o03.txt",
    "\n".join(
        [
            "区政府办公室2023年" + HEAD,
            "发布时间：2024-01-20",
            PERIOD23,
            *body(
                we="我室",
                extra=[
                    "七、其他需要说明的事项",
                    "根据杭州市人民政府办公厅和杭州市人民政府办公室的要求，我室完成了各项任务。",
                ],
            ),
        ]
    )
    + "\n",
    agency=None,
    year=2023,
    note="NOT certain agency: which district's office is not written (a 杭州市 body is WRONG)",
)

# --- Y. years: a period within one year, two-year titles, school years (1c1a808, 964faa1)
page(
    "y01.html",
    html("鹰潭市林业局2023年" + HEAD, [PERIOD23, *body()], info="发布时间：2024-01-22"),
    agency="鹰潭市林业局",
    region={"province": "江西省", "city": "鹰潭市"},
    level="city",
    kind="department",
    year=2023,
    note="a period that opens and closes 2023: the year stays (metadata.year_span must not fire)",
)
page(
    "y02.txt",
    "\n".join(
        [
            "鹰潭市水利局" + HEAD,
            "发布时间：2024-01-24",
            "本报告统计时间为2023.01.01-2023.12.31。",
            *body(),
        ]
    )
    + "\n",
    agency="鹰潭市水利局",
    region={"province": "江西省", "city": "鹰潭市"},
    level="city",
    kind="department",
    year=2023,
    note="an undated title, the period in dots within 2023",
)
page(
    "y03.txt",
    "\n".join(
        [
            "鹰潭市民政局2023年" + HEAD,
            "发布时间：2024-01-24",
            "本报告统计期限为2023年1月1日至2023年12月31日，2024年12月31日前完成全部整改。",
            *body(),
        ]
    )
    + "\n",
    agency="鹰潭市民政局",
    region={"province": "江西省", "city": "鹰潭市"},
    level="city",
    kind="department",
    year=2023,
    note="a later year's 12月31日 after the period's own end: the year stays 2023",
)
page(
    "y04.html",
    html(
        "浙江工业大学2022-2023学年信息公开工作年度报告",
        [
            "根据《高等学校信息公开办法》，现公布我校2022-2023学年信息公开工作年度报告。",
            "本报告统计时间为2022年9月1日至2023年8月31日。",
            *body(we="我校"),
        ],
        info="发布时间：2023-10-30",
    ),
    agency="浙江工业大学",
    year=2023,
    note="a school year: the year it ends (docs/schema.md)",
)
page(
    "y05.txt",
    "\n".join(
        [
            "龙泉市林业局2022—2023年度政府信息公开工作报告",
            "发布时间：2024-02-01",
            "本报告统计期限为2022年1月1日至2023年12月31日。",
            *body(),
        ]
    )
    + "\n",
    agency="龙泉市林业局",
    accept=["丽水市龙泉市林业局"],
    region={"province": "浙江省", "city": "丽水市", "county": "龙泉市"},
    level="county",
    kind="department",
    year=None,
    note="a report over two years: no one year (2022 or 2023 is WRONG)",
)
page(
    "y06.txt",
    "\n".join(
        [
            "鹰潭市财政局2023年" + HEAD,
            "发布时间：2024-01-20",
            "本报告统计期限为2023年1月1日至2023年12月31日止（上年度报告统计期限为2022年1月1日至2022年12月31日）。",
            *body(),
        ]
    )
    + "\n",
    agency="鹰潭市财政局",
    region={"province": "江西省", "city": "鹰潭市"},
    level="city",
    kind="department",
    year=2023,
    note="last year's period quoted after this year's",
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
