"""The vexcerpt23 documents: real excerpts (excerpts/) made whole reports, as data (see make.py, README.md).

The shape is vexcerpt22's (its docs_spec.py docstring): a document names its excerpt (`src`, a
train or dev file of /work/shared/reports that vexcerpt22 did not use), the agency and year its
title gives, the template (2019 for reports of 2019-2020, 2021 after), its form (`layout` pipe /
cells / html / pdf, `traditional` all / rest, `chrome`), the tables (`t2` rows beside the
template's defaults, `t3` rows that are not zero: an int is all 自然人, else six applicant cells;
`t4` groups as upheld, corrected, other, pending), `cut` where a dangling fragment or a table the
excerpt had begun is dropped, and its hand-judged claims. `plant` says what was changed on purpose.

Sections 二-六 are vexcerpt22's short prose without counts (`REST`), except where a document gives
its own `requests`, `appeals` or `other` text: those few sentences (marked "added" in each claim's
`why`) were written for this set, in the excerpt's style, to hold kinds the real excerpts left out
(last year's figures beside this year's, table 二's decisions in prose, a corrected figure of an
earlier report, new + carried-in summed).

Claim `expect`: "consistent" (the agency's own count for the report year, like for like, and the
table says the same), "inconsistent" (the one planted contradiction of a document: a like-for-like
claim of the agency for the report year, every compared cell read clean) or "safe" (must never be
`inconsistent`: area-wide, another year's, another body's, a part, a mixture, a channel, items
published, or not in the tables); `ideal` the verdict SCHEMA §4 prefers.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from verdict_sets import C, load

# sections 二-六 around the tables: vexcerpt22's (short, without counts), by path, not copied
REST = load(
    "vexcerpt22_docs_spec", Path(__file__).resolve().parent.parent / "vexcerpt22" / "docs_spec.py"
).REST

ITEMS = "proactive.items"
REC = "requests.received"
CLO = "requests.closed"
REV = "appeals.review"
SUIT = "appeals.suit"
NORM = "proactive.normative"
OPIN = "opinion.responses"
S = "safe"
OK = "consistent"
BAD = "inconsistent"
HEADING_2 = "二、主动公开政府信息情况"


def items(*pairs: tuple) -> list[dict]:
    """Counts of items published, visits and the like: no cell compares with them (a third
    element is the value where the number is not written plainly: 3.6萬餘)."""
    return [
        C(
            p[0],
            p[1],
            ITEMS,
            S,
            "items released or other activity; no table cell",
            value=p[2] if len(p) > 2 else None,
        )
        for p in pairs
    ]


DOCS: list[dict] = [
    dict(
        n=1,
        src="r114.txt",
        agency="河北省市场监督管理局",
        year=2021,
        template=2021,
        layout="html",
        cut="本年度共办结2",
        chrome={
            "related": [
                "河北省市场监督管理局2020年政府信息公开工作年度报告",
                "河北省药品监督管理局2021年政府信息公开工作年度报告",
            ],
            "prev": "河北省市场监督管理局2021年法治政府建设情况报告",
            "next": "关于公布2021年第12批食品安全监督抽检结果的通告",
        },
        plant="收到政府信息公开申请22件 vs t3.new.total 23 (natural 19, commercial 4; the balance holds)",
        t3={
            "new": (19, 4, 0, 0, 0, 0),
            "carried_in": 5,
            "granted": (10, 1, 0, 0, 0, 0),
            "partial": 3,
            "unavailable.not_held": (5, 1, 0, 0, 0, 0),
            "unavailable.needs_creation": 1,
            "not_processed.complaint": (0, 2, 0, 0, 0, 0),
            "carried_out": 5,
        },
        claims=[
            C("各类文件327件", "327", ITEMS, S, "documents published"),
            *items(
                ("发布信息7336条", "7336"),
                ("门户网站年度点击量526万次", "526", 5260000.0),
                ("动画等100余条", "100"),
                ("媒体采访访谈30余次", "30"),
            ),
            C(
                "举办新闻发布会10场",
                "10",
                "proactive.press_conferences",
                S,
                "press conferences; no cell",
            ),
            C("办理网民留言825条", "825", OPIN, S, "messages 办理…条, not applications"),
            C(
                "政协委员提案办理结果16件",
                "16",
                "other",
                S,
                "deputies' suggestions' results published",
            ),
            C("2021年共收到政府信息公开申请22件", "22", REC, BAD, "PLANTED: t3.new.total 23"),
            C("上一年度结转5件", "5", REC, S, "t3.carried_in.total 5", ideal=OK),
        ],
    ),
    dict(
        n=2,
        src="r148.txt",
        agency="泰安市财政局",
        we="我局",
        year=2022,
        template=2021,
        layout="pdf",
        plant="收到依申请公开信息12条 vs t3.new.total 13 (across the PDF wrap where it falls)",
        t3={"new": 13, "granted": 9, "partial": 1, "unavailable.not_held": 3},
        claims=[
            C(
                "主动公开信息890条",
                "890",
                ITEMS,
                S,
                "items released (its parts sum to 702: the agency's own slip)",
            ),
            *items(
                ("机构概况信息6条", "6"),
                ("政府预决算信息568条", "568"),
                ("财政收支信息12条", "12"),
                ("财政收支信息解读4条", "4"),
                ("决策公开类信息18条", "18"),
                ("执行公开类信息56条", "56"),
                ("管理公开类信息38条", "38"),
            ),
            C(
                "全年共收到依申请公开信息12条",
                "12",
                REC,
                BAD,
                "PLANTED: t3.new.total 13 (收到…依申请公开信息: applications, counted in 条)",
            ),
            C("收到邮递依申请公开信息 1 条", "1", REC, S, "a channel (post) of the applications"),
            C(
                "信息公开平台依申请公开 11 条",
                "11",
                REC,
                S,
                "a channel (platform) of the applications",
            ),
            C("办结率100%", "100", "other", S, "a rate"),
        ],
    ),
    dict(
        n=3,
        src="r157.txt",
        agency="鱼峰区雒容镇人民政府",
        we="我镇",
        year=2024,
        template=2021,
        layout="cells",
        traditional="all",
        plant="办结1件 vs t3.results_total.total 2 (one carried in from 2023 and closed too; 受理1件 agrees with new 1)",
        t3={"new": 1, "carried_in": 1, "granted": 1, "partial": 1},
        claims=[
            *items(
                ("市级媒体发布55篇", "55"),
                ("网站发布信息14条", "14"),
                ("公众号发布信息241篇", "241"),
            ),
            C("2024年受理政府信息公开申请1件", "1", REC, OK, "t3.new.total 1"),
            C("办结1件", "1", CLO, BAD, "PLANTED: t3.results_total.total 2"),
        ],
    ),
    dict(
        n=4,
        src="r166.txt",
        agency="银川市水务局",
        year=2021,
        template=2021,
        layout="pipe",
        plant="收到并答复公民申请事项1件 vs t3.new.natural 2 (= total 2)",
        t3={"new": 2, "granted": 1, "unavailable.not_held": 1},
        claims=[
            *items(
                ("主动公开政府信息355条", "355"),
                ("通过网站公开145条", "145"),
                ("新闻等方式公开210条", "210"),
                ("水资源保护等领域信息60余条", "60"),
                ("政策解读2条", "2"),
            ),
            C(
                "共收到并答复公民申请事项1件",
                "1",
                REC,
                BAD,
                "PLANTED: t3.new.total 2, all 自然人 (公民): the part and the total both disagree",
            ),
        ],
    ),
    dict(
        n=5,
        src="r064.txt",
        agency="长春市绿园区春城街道办事处",
        we="街道",
        year=2022,
        template=2021,
        layout="html",
        t3={"new": 1, "granted": 1},
        claims=[C("春城街道收到政府信息公开申请1件", "1", REC, OK, "t3.new.total 1")],
    ),
    dict(
        n=6,
        src="r103.txt",
        agency="衢州市农业农村局",
        year=2023,
        template=2021,
        layout="cells",
        plant="全年共制发6份局本级规范性文件 vs t2.normative.issued 5",
        t2={"normative": (5, 8, 23)},
        claims=[
            *items(("各类政府信息共计660条", "660")),
            C(
                "全年共制发6份局本级规范性文件",
                "6",
                NORM,
                BAD,
                "PLANTED: t2.normative.issued 5 (制发…局本级: this bureau's own, this year)",
            ),
            C(
                "协助市司法局做好1个以市政府名义发文规范性文件",
                "1",
                NORM,
                S,
                "the city government's document (another body's), cleared",
            ),
            C("共清查规范性文件11件", "11", "other", S, "documents reviewed (清查), not issued"),
            C(
                "其中8件因相关",
                "8",
                "other",
                S,
                "a part of the reviewed (repealed or amended: cut off)",
            ),
        ],
    ),
    dict(
        n=7,
        src="r101.txt",
        agency="广东省农业农村厅",
        year=2023,
        template=2021,
        layout="pdf",
        t2={"normative": (7, 3, 64)},
        t3={
            "new": (21, 6, 0, 0, 2, 0),
            "granted": (12, 4, 0, 0, 1, 0),
            "partial": 3,
            "unavailable.not_held": (6, 2, 0, 0, 1, 0),
        },
        claims=[
            C("主动公开政府信息571条", "571", ITEMS, S, "items released"),
            C(
                "其中规范性文件7条",
                "7",
                NORM,
                S,
                "normative documents among the items disclosed (a part of 571); t2.normative.issued 7 agrees",
                ideal=OK,
            ),
            *items(("其他文件564条", "564"), ("共推出589条图文", "589")),
            C("省委“1310”具体部署", "1310", "other", S, "a programme's name in quotes"),
        ],
    ),
    dict(
        n=8,
        src="r094.txt",
        agency="义乌市交通运输局",
        year=2020,
        template=2019,
        layout="pipe",
        cut=HEADING_2,
        t2={"normative": (1, 1, 12), "license": ("18", "0", "1206"), "penalty": ("22", "0", "340")},
        claims=[
            *items(
                ("主动公开信息总数458条", "458"),
                ("政府网站公开政府信息数238条", "238"),
                ("政务微信公开政府信息数170", "170"),
                ("其他方式公开政府信息数49条", "49"),
            ),
            C(
                "规范性文件数1条",
                "1",
                NORM,
                S,
                "normative documents among the items disclosed; t2.normative made 1, published 1 agree",
                ideal=OK,
            ),
        ],
    ),
    dict(
        n=9,
        src="r093.txt",
        agency="興慶區人民政府",
        we="我區",
        year=2021,
        template=2021,
        layout="pipe",
        traditional="rest",
        t2={"normative": (4, 2, 37)},
        t3={
            "new": 23,
            "granted": 14,
            "partial": 2,
            "unavailable.not_held": 5,
            "not_processed.duplicate": 2,
        },
        claims=[
            C("公開政府信息3.6萬餘條", "3.6", ITEMS, S, "items released", value=36000.0),
            C(
                "其中:行政規範性檔案4份",
                "4",
                NORM,
                S,
                "a part of the items disclosed (檔案 for 文件); t2.normative.issued 4 agrees",
                ideal=OK,
            ),
            C("政策解讀率100%", "100", "other", S, "a rate"),
            C("活動15次", "15", "other", S, "open days held"),
            C(
                "建議意見16條",
                "16",
                OPIN,
                S,
                "收到並答覆…建議意見: suggestions, not disclosure applications (t3.new 23)",
            ),
            C("編制政府公報3期", "3", "proactive.gazette", S, "gazette issues"),
        ],
    ),
    dict(
        n=10,
        src="r118.txt",
        agency="内蒙古自治区市场监督管理局",
        year=2021,
        template=2021,
        layout="html",
        t2={"license": (2140,), "penalty": (312,), "coercion": (47,)},
        t3={
            "new": (40, 18, 0, 0, 3, 0),
            "carried_in": 2,
            "granted": (22, 15, 0, 0, 2, 0),
            "partial": 6,
            "unavailable.not_held": (12, 3, 0, 0, 1, 0),
            "not_processed.complaint": 2,
        },
        t4={"review": (1, 0, 0, 1)},
        appeals="本年度因政府信息公开工作被申请行政复议2件,其中结果维持1件、尚在审理中1件;未发生行政诉讼。",
        claims=[
            C(
                "共公开各类信息2514条",
                "2514",
                ITEMS,
                S,
                "items on the bureau's site (the drug administration's included)",
            ),
            C("门户网站信息1273条", "1273", ITEMS, S, "another body's (自治区药监局) items"),
            *items(("疫情防控相关信息204条", "204"), ("抽查检查结果100%", "100")),
            C(
                "双随机抽查任务4077个",
                "4077",
                "other",
                S,
                "the whole region's market regulators (全区)",
            ),
            C("检查市场主体63030户", "63030", "other", S, "objects inspected region-wide"),
            C(
                "领域48件典型案例",
                "48",
                "other",
                S,
                "typical cases published, not applications (t3.new 61)",
            ),
            C(
                "行政许可信息93842条",
                "93842",
                "other",
                S,
                "licence records of all the region's departments (全区各部门), beside t2.license.decisions 2140",
            ),
            C(
                "行政处罚信息16683条",
                "16683",
                "other",
                S,
                "penalty records region-wide, beside t2.penalty.decisions 312",
            ),
            C("被申请行政复议2件", "2", REV, OK, "added §四: t4.review.total 2"),
            C("其中结果维持1件", "1", REV, S, "added §四: a part, t4.review.upheld 1", ideal=OK),
            C("尚在审理中1件", "1", REV, S, "added §四: a part, t4.review.pending 1"),
        ],
    ),
    dict(
        n=11,
        src="r147.txt",
        agency="重庆市开州区财政局",
        year=2022,
        template=2021,
        layout="pipe",
        t2={"penalty": (3,)},
        t3={"new": 4, "granted": 3, "unavailable.not_held": 1},
        requests="本年度共收到政府信息公开申请4件(上年同期为7件),同比减少3件,均已在法定期限内答复。",
        claims=[
            *items(
                ("共公开60条预决算信息", "60"),
                ("财政直达资金政策11条", "11"),
                ("重大财政政策公开17条", "17"),
                ("共公开28条", "28"),
                ("采购项目信息801条", "801"),
                ("其中采购公告387条", "387"),
                ("结果公告406条", "406"),
            ),
            C("投诉处理决定5条", "5", ITEMS, S, "procurement complaint decisions published"),
            C(
                "行政处罚决定1条",
                "1",
                ITEMS,
                S,
                "a procurement penalty decision published (an item), beside t2.penalty.decisions 3",
            ),
            C("监督检查报告2条", "2", ITEMS, S, "reports published"),
            C("共收到政府信息公开申请4件", "4", REC, OK, "added §三: t3.new.total 4"),
            C("上年同期为7件", "7", REC, S, "added §三: last year's count", ideal="not_comparable"),
            C("同比减少3件", "3", "other", S, "added §三: a change"),
        ],
    ),
    dict(
        n=12,
        src="r075.txt",
        agency="长春市卫生健康委员会",
        we="我委",
        year=2024,
        template=2021,
        layout="html",
        chrome={
            "related": ["长春市卫生健康委员会2023年度政府信息公开工作年度报告"],
            "prev": "长春市卫生健康委员会2024年部门决算",
            "next": "无",
        },
        t2={"license": (1536,), "penalty": (25,), "coercion": (0,)},
        t3={
            "new": 14,
            "carried_in": 2,
            "granted": 9,
            "partial": 2,
            "unavailable.not_held": 4,
            "carried_out": 1,
        },
        proactive="本年度作出行政许可决定1536件、行政处罚决定25件,均已在规定时限内公开。",
        requests="本年度新收政府信息公开申请14件,另有上年结转2件,共计16件。",
        claims=[
            *items(
                ("委官方网站公开发布信息244条", "244"),
                ("其中发布1条概况类信息", "1"),
                ("35条政务动态信息", "35"),
                ("29条信息公开目录信息", "29"),
                ("目录发布26条信息", "26"),
                ("共推文1570篇", "1570"),
                ("总点击量达到66万", "66", 660000.0),
            ),
            C(
                "行政许可决定1536件",
                "1536",
                "other",
                S,
                "added §二: t2.license.decisions 1536",
                ideal=OK,
            ),
            C("行政处罚决定25件", "25", "other", S, "added §二: t2.penalty.decisions 25", ideal=OK),
            C("新收政府信息公开申请14件", "14", REC, OK, "added §三: t3.new.total 14"),
            C("另有上年结转2件", "2", REC, S, "added §三: t3.carried_in.total 2", ideal=OK),
            C(
                "共计16件",
                "16",
                REC,
                S,
                "added §三: new + carried_in 16 (SCHEMA: compared with the sum where the text includes the carried-over)",
                ideal=OK,
            ),
        ],
    ),
    dict(
        n=13,
        src="r177.txt",
        agency="文化和旅游部",
        we="我部",
        year=2021,
        template=2021,
        layout="pdf",
        t3={
            "new": (268, 41, 2, 1, 8, 0),
            "carried_in": (12, 1, 0, 0, 0, 0),
            "granted": (101, 17, 1, 0, 3, 0),
            "partial": (31, 6, 0, 0, 1, 0),
            "unavailable.not_held": (96, 13, 1, 1, 3, 0),
            "not_processed.complaint": 20,
            "carried_out": (32, 6, 0, 0, 1, 0),
        },
        t4={"review": (6, 1, 0, 2), "suit_direct": (3, 0, 0, 1)},
        requests="2021年,我部共收到政府信息公开申请320件,较2020年的281件增长13.9%。",
        claims=[
            *items(
                ("各类信息8118篇", "8118"), ("发布信息545篇", "545"), ("共发布信息3376条", "3376")
            ),
            C("网站总访问量达4.5亿次", "4.5", "platform.visits", S, "visits", value=450000000.0),
            C("增长了81%", "81", "other", S, "a change on 2020"),
            C("总关注量137.6万", "137.6", "other", S, "followers", value=1376000.0),
            C(
                "新闻发布会19场",
                "19",
                "proactive.press_conferences",
                S,
                "press conferences held and attended",
            ),
            C("发布会11场", "11", "proactive.press_conferences", S, "a part of the 19"),
            C("共收到政府信息公开申请320件", "320", REC, OK, "added §三: t3.new.total 320"),
            C("较2020年的281件", "281", REC, S, "added §三: 2020's count", ideal="not_comparable"),
            C("增长13.9%", "13.9", "other", S, "added §三: a change"),
        ],
    ),
    dict(
        n=14,
        src="r137.txt",
        agency="黄石市公安局下陆区分局",
        we="分局",
        year=2023,
        template=2021,
        layout="pipe",
        t3={"new": 3, "granted": 1, "partial": 1, "unavailable.not_held": 1},
        requests="本年度共受理政府信息公开申请3件,办结3件。",
        other="经核查,分局2022年度报告中“办结申请2件”有误,现更正为4件。本年度未收取信息处理费。",
        claims=[
            C(
                "公开发布各类信息300余条",
                "300",
                ITEMS,
                S,
                "items released, beside last year's (远超去年总量)",
            ),
            C("共受理政府信息公开申请3件", "3", REC, OK, "added §三: t3.new.total 3"),
            C("办结3件", "3", CLO, OK, "added §三: t3.results_total.total 3"),
            C("“办结申请2件”", "2", CLO, S, "added §六: the 2022 report's wrong figure, quoted"),
            C(
                "现更正为4件",
                "4",
                CLO,
                S,
                "added §六: the corrected 2022 figure (another year's)",
                ideal="not_comparable",
            ),
        ],
    ),
    dict(
        n=15,
        src="r058.txt",
        agency="泾县教育体育局",
        year=2023,
        template=2021,
        layout="pipe",
        claims=[
            C("召开1次新闻发布会", "1", "proactive.press_conferences", S, "press conferences"),
            C("对6所学校", "6", "other", S, "schools"),
            *items(("发布信息共1342 条", "1342"), ("发布(转发)信息1066条", "1066")),
            C("热线派件247件", "247", OPIN, S, "12345 hotline tickets 办理…派件, not applications"),
            C("热线派件40件", "40", OPIN, S, "hotline tickets"),
        ],
    ),
    dict(
        n=16,
        src="r062.txt",
        agency="新下陆街道办事处",
        we="我街道",
        year=2022,
        template=2021,
        layout="html",
        t3={"new": 2, "granted": 1, "unavailable.not_held": 1},
        requests="2022年,我街道共收到政府信息公开申请2件,均已按期办结。",
        claims=[
            C("行政处罚等信息1851条", "1851", ITEMS, S, "items released"),
            C("共收到政府信息公开申请2件", "2", REC, OK, "added §三: t3.new.total 2"),
        ],
    ),
    dict(
        n=17,
        src="r113.txt",
        agency="荣成市退役军人事务局",
        year=2025,
        template=2021,
        layout="pipe",
        plant="受理依申请公开事项0件 vs t3.new.total 1",
        t3={"new": 1, "granted": 1},
        claims=[
            *items(("微信公众号发布70篇", "70")),
            C("邀请27名退役军人", "27", "other", S, "participants"),
            C("受理依申请公开事项0件", "0", REC, BAD, "PLANTED: t3.new.total 1"),
        ],
    ),
    dict(
        n=18,
        src="r112.txt",
        agency="硚口区退役军人事务局",
        year=2025,
        template=2021,
        layout="pdf",
        claims=[
            *items(
                ("微信公众号发布信息47条", "47"),
                ("部门工作动态5条", "5"),
                ("财务公开2条", "2"),
                ("公告公示0条", "0"),
            ),
            C(
                "行政处罚事项0条",
                "0",
                ITEMS,
                S,
                "penalty items published; t2.penalty.decisions 0 agrees",
            ),
            C(
                "行政强制事项0条",
                "0",
                ITEMS,
                S,
                "coercion items published; t2.coercion.decisions 0 agrees",
            ),
        ],
    ),
    dict(
        n=19,
        src="r159.txt",
        agency="合水镇人民政府",
        we="我镇",
        year=2024,
        template=2021,
        layout="pipe",
        cut=HEADING_2,
        claims=[
            *items(
                ("主动公开政府信息21条", "21"),
                ("规章文件4条", "4"),
                ("规范计划5条", "5"),
                ("其他文件4条", "4"),
                ("动态信息0条", "0"),
                ("年度报告1条", "1"),
            ),
            C(
                "累计办理依申请公开信息0条",
                "0",
                CLO,
                OK,
                "t3.results_total.total 0 (累计 within the year; 办理…依申请公开: applications)",
            ),
        ],
    ),
    dict(
        n=20,
        src="r156.txt",
        agency="落水镇人民政府",
        we="我镇",
        year=2024,
        template=2021,
        layout="cells",
        claims=[
            *items(("公开政府信息80余条", "80")),
            C(
                "落水镇依申请公开信息0条",
                "0",
                REC,
                S,
                "依申请公开信息: applications or items (ambiguous); t3.new 0 agrees",
                ideal=OK,
            ),
        ],
    ),
    dict(
        n=21,
        src="r161.txt",
        agency="钦北区大垌镇人民政府",
        we="我镇",
        year=2023,
        template=2021,
        layout="html",
        claims=[
            *items(
                ("公开政府信息47条", "47"),
                ("机构概况信息26条", "26"),
                ("其他信息1条", "1"),
                ("部门文件信息14条", "14"),
                ("财政信息3条", "3"),
                ("目录信息2条", "2"),
                ("年度报告信息1条", "1"),
                ("发布信息142条", "142"),
            ),
        ],
    ),
    dict(
        n=22,
        src="r132.txt",
        agency="大兴乡人民政府",
        we="我乡",
        year=2023,
        template=2021,
        layout="pdf",
        claims=[
            *items(
                ("各类政府信息308条", "308"),
                ("预算信息1条", "1"),
                ("决算信息1条", "1"),
                ("政府通知公告34条", "34"),
                ("工作信息动态16条", "16"),
                ("工作信息动态80条", "80"),
                ("工作信息动态105条", "105"),
                ("张贴公开信息71条", "71"),
            ),
        ],
    ),
    dict(
        n=23,
        src="r155.txt",
        agency="大山镇人民政府",
        we="我镇",
        year=2024,
        template=2021,
        layout="pipe",
        traditional="all",
        claims=[
            *items(
                ("发布政务信息共52条", "52"),
                ("发布信息共122篇", "122"),
                ("一周工作动态有50篇", "50"),
                ("工作简报有43篇", "43"),
                ("法律宣传有5篇", "5"),
                ("其他内容有24篇", "24"),
            ),
            C("确定1名工作人员", "1", "other", S, "staff"),
        ],
    ),
    dict(
        n=24,
        src="r090.txt",
        agency="肃南裕固族自治县人民政府",
        we="我县",
        year=2021,
        template=2021,
        layout="pipe",
        t3={
            "new": 34,
            "granted": 20,
            "partial": 4,
            "unavailable.not_held": 8,
            "not_processed.duplicate": 2,
        },
        requests="2021年,县政府办公室共收到政府信息公开申请34件,已全部按期答复。",
        claims=[
            C(
                "我县主动公开政府信息34152",
                "34152",
                ITEMS,
                S,
                "items released (the counter cut off with the excerpt); t3.new 34 is no part of it",
            ),
            C(
                "县政府办公室共收到政府信息公开申请34件",
                "34",
                REC,
                S,
                "added §三: the county government's office by name in the county government's report (its own count or only the office's); t3.new.total 34 agrees",
                ideal=OK,
            ),
        ],
    ),
    dict(
        n=25,
        src="r089.txt",
        agency="苏银产业园管理委员会",
        we="管委会",
        year=2025,
        template=2021,
        layout="pipe",
        requests="本年度未收到政府信息公开申请。园区企业通过12345热线反映诉求126件,均已办结。",
        claims=[
            *items(("主动公开政府信息146条", "146")),
            C(
                "反映诉求126件",
                "126",
                OPIN,
                S,
                "added §三: hotline requests 办结, not disclosure applications (t3 0)",
            ),
            C("独立访客总量达112895人", "112895", "platform.visits", S, "visitors"),
            C("累计访问量179715次", "179715", "platform.visits", S, "visits"),
        ],
    ),
    dict(
        n=26,
        src="r176.txt",
        agency="黄石港区文化和旅游局",
        year=2025,
        template=2021,
        layout="cells",
        cut=HEADING_2,
        plant="共受理依申请公开事项0件 vs t3.new.total 1",
        t2={"license": (96,)},
        t3={"new": 1, "granted": 1},
        claims=[
            C(
                "共受理依申请公开事项0件",
                "0",
                REC,
                BAD,
                "PLANTED: t3.new.total 1 (今年以来: the report year)",
            )
        ],
    ),
    dict(
        n=27,
        src="r127.txt",
        agency="和田市吉亚乡人民政府",
        we="我乡",
        year=2023,
        template=2021,
        layout="pipe",
        cut=HEADING_2,
        claims=[C("吉亚乡受理依申请公开0件", "0", REC, OK, "t3.new.total 0")],
    ),
    dict(
        n=28,
        src="r098.txt",
        agency="交通运输局",
        year=2019,
        template=2019,
        layout="cells",
        cut=HEADING_2,
        t2={
            "license": ("339", "+123", "462"),
            "penalty": ("", "+239", "239"),
            "coercion": ("", "+10", "10"),
            "fees": ("0", "0"),
            "procurement": ("2", "27270"),
        },
        claims=[
            *items(
                ("主动公开政府信息累计600条", "600"),
                ("网上政府信息公开600条", "600"),
                ("全文电子化率达100%", "100"),
            )
        ],
    ),
    dict(
        n=29,
        src="r115.txt",
        agency="西平县市场监督管理局",
        year=2021,
        template=2021,
        layout="html",
        claims=[
            *items(
                ("政务信息共2728条", "2728"),
                ("各类政务信息44779条", "44779"),
                ("累计推送我局信息256条", "256"),
            ),
            C(
                "咨询求助403条",
                "403",
                OPIN,
                S,
                "回复投诉举报咨询求助: hotline replies, not applications (t3 0: 依申请 无)",
            ),
        ],
    ),
    dict(
        n=30,
        src="r124.txt",
        agency="安宁市民政局",
        year=2019,
        template=2019,
        layout="pdf",
        claims=[*items(("主动公开信息258条", "258"))],
    ),
]


def agreeing(base: int, n: int, **changes: object) -> dict:
    """Document ``base`` again as document ``n`` in another form (``changes``: layout, width,
    traditional, chrome, tables), its tables made to agree with the claim its plant
    contradicted: the same real sentences, wrapped or converted elsewhere."""
    doc = {k: v for k, v in next(d for d in DOCS if d["n"] == base).items() if k != "plant"}
    claims = [
        {
            **c,
            "expect": OK,
            "why": f"as vx23_{base:02d}, the tables agreeing: "
            + c["why"].replace("PLANTED: ", "was "),
        }
        if c["expect"] == BAD
        else c
        for c in doc["claims"]
    ]
    return {**doc, "n": n, "claims": claims, "variant_of": base, **changes}


# the excerpts with counts of applications again, in other forms (narrow PDF layers break their
# sentences elsewhere, Traditional script, HTML) and with tables that agree: the same real sentences
# read as consistent claims, beside the planted documents above
DOCS += [
    agreeing(
        2,
        31,
        layout="html",
        traditional="all",
        t3={"new": 12, "granted": 9, "partial": 1, "unavailable.not_held": 2},
    ),
    agreeing(
        1,
        32,
        layout="pdf",
        width=17,
        chrome=None,
        t3={**DOCS[0]["t3"], "new": (18, 4, 0, 0, 0, 0), "granted": (9, 1, 0, 0, 0, 0)},
    ),
    agreeing(4, 33, layout="pdf", width=29, t3={"new": 1, "granted": 1}),
    agreeing(3, 34, layout="pipe", traditional=None, t3={"new": 1, "granted": 1}),
    agreeing(5, 35, layout="pdf", width=17),
    agreeing(17, 36, layout="html", traditional="all", t3={}),
    agreeing(26, 37, layout="pipe", t3={}),
    agreeing(6, 38, layout="pdf", width=29, t2={"normative": (6, 8, 24)}),
    agreeing(27, 39, layout="cells", traditional="all"),
    agreeing(19, 40, layout="pdf", width=17),
]

# and one more planted contradiction on a real sentence, across a narrow PDF layer's wraps: the
# received count this time (vx23_03 planted the closed one)
_r157 = next(d for d in DOCS if d["n"] == 3)
DOCS.append(
    {
        **{k: v for k, v in _r157.items() if k not in ("traditional", "claims")},
        "n": 41,
        "layout": "pdf",
        "width": 17,
        "plant": "受理政府信息公开申请1件 vs t3.new.total 2 (one carried to 2025; 办结1件 agrees with results 1)",
        "t3": {"new": 2, "granted": 1, "carried_out": 1},
        "claims": [
            *_r157["claims"][:3],
            C("2024年受理政府信息公开申请1件", "1", REC, BAD, "PLANTED: t3.new.total 2"),
            C("办结1件", "1", CLO, OK, "t3.results_total.total 1"),
        ],
    }
)


# --- probes written after the first reading, once the reconciliation code was read ("after") ---

#: the blind documents with a count the tables could be compared with (not only items), again
#: as PDF text layers narrower than the blind set's (11 and 23 characters), so that the wraps fall
#: inside other words and numbers of the same real sentences; vx23_42 on
_COUNTED = [d for d in DOCS if any(c["type"] not in (ITEMS, "other") for c in d["claims"])]
#: (a page converted to Traditional after its wrap converts the words a wrap splits apart, 發⏎布
#: for 發⏎佈, and the claims could not be found: the Traditional documents stay in their forms)
_SIMPLIFIED = [d for d in _COUNTED if not d.get("traditional")]
AFTER_WIDTHS = (11, 23)
AFTER: list[dict] = [
    {
        **doc,
        "n": 42 + k * len(_SIMPLIFIED) + i,
        "layout": "pdf",
        "width": width,
        "chrome": None,
        "set": "after",
    }
    for k, width in enumerate(AFTER_WIDTHS)
    for i, doc in enumerate(_SIMPLIFIED)
]

#: and those in Simplified script again in Traditional (the whole page, excerpt included), in
#: their own form
AFTER_TRADITIONAL: list[dict] = [
    {
        **doc,
        "n": 42 + 2 * len(_SIMPLIFIED) + i,
        "traditional": "all",
        "set": "after",
        # (a PDF layer as pipe rows: converted after its wrap, it would split words apart as above)
        "layout": "pipe" if doc["layout"] == "pdf" else doc["layout"],
        "width": None,
    }
    for i, doc in enumerate(_SIMPLIFIED)
]
