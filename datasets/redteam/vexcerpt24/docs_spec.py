"""The vexcerpt24 documents: real excerpts (excerpts/) made whole reports, as data (see make.py, README.md).

The shape is vexcerpt22's and vexcerpt23's (vexcerpt22's docs_spec.py docstring): a document names its
excerpt (`src`, a train or dev file of /work/shared/reports that neither vexcerpt22 nor vexcerpt23
used), the agency and year its title gives, the template (2019 for reports of 2019-2020, 2021 after),
its form (`layout` pipe / cells / html / pdf with `width`, `traditional` all / rest, `chrome`), the
tables (`t2` rows beside the template's defaults, `t3` rows that are not zero: an int is all 自然人,
else six applicant cells; `t4` groups as upheld, corrected, other, pending), `cut` where the excerpt
had begun section 二 (its table, or its prose, which is then the section's own prose: `proactive`),
and its hand-judged claims. `plant` says what was changed on purpose.

Sections 二-六 are vexcerpt22's short prose without counts (`REST`), except where a document gives its
own `proactive`, `requests`, `appeals` or `other` text: those sentences (claims whose `why` starts
"added") were written for this set, in the excerpt's style, since the 42 train/dev excerpts left hold
almost no count of applications (most say 未收到 without a numeral). They hold the kinds the brief
names: totals beside their parts, last year's figures and changes (上年, 同比, 较2024年), area-wide
counts beside the agency's own (全县 / 全市公安机关 / 我县 vs 本级), corrected figures of an earlier
report in quotes, ranges and 近/余, new + carried-in summed, table 二's decisions in prose.

Claim `expect`: "consistent" (the agency's own count for the report year, like for like, and the table
says the same), "inconsistent" (the one planted contradiction of a document: a like-for-like claim of
the agency for the report year, every compared cell read clean) or "safe" (must never be
`inconsistent`); `ideal` the verdict SCHEMA §4 prefers.
"""

from __future__ import annotations

import sys
from pathlib import Path

_SETS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(_SETS))
from verdict_sets import C, load  # noqa: E402

# sections 二-六 around the tables: vexcerpt22's (short, without counts), by path, not copied
REST = load("vexcerpt22_docs_spec", _SETS / "vexcerpt22" / "docs_spec.py").REST
# verdicts15's Simplified -> Traditional converter: the added sentences of a page whose excerpt is
# Traditional already ("rest") are converted by the renderer, so their claims are written through it
_s2t = load("verdicts15_make_for_vx24", _SETS / "verdicts15" / "make.py").s2t

ITEMS = "proactive.items"
REC = "requests.received"
CLO = "requests.closed"
REV = "appeals.review"
SUIT = "appeals.suit"
NORM = "proactive.normative"
LIC = "other"  # table 二's decisions in prose: SCHEMA §3 gives them no type of their own
S = "safe"
OK = "consistent"
BAD = "inconsistent"
HEADING_2 = "二、主动公开政府信息情况"


def items(*pairs: tuple) -> list[dict]:
    """Counts of items published and the like: no table cell compares with them (a third element is
    the value where the number is not written plainly)."""
    return [
        C(p[0], p[1], ITEMS, S, "items released; no table cell", value=p[2] if len(p) > 2 else None)
        for p in pairs
    ]


def tr(claim: dict) -> dict:
    """A claim on an added sentence of a page whose excerpt is Traditional and whose rest the
    renderer converts: its snippet and number as the page writes them."""
    return {**claim, "snippet": _s2t(claim["snippet"]), "number": _s2t(claim["number"])}


DOCS: list[dict] = [
    dict(
        n=1,
        src="r053.txt",
        agency="湖口县大垅乡人民政府",
        we="我乡",
        year=2020,
        template=2019,
        layout="cells",
        cut=HEADING_2,
        t2={
            "license": ("0", "0", "0"),
            "other_services": ("0", "0", "0"),
            "penalty": ("0", "0", "0"),
            "coercion": ("0", "0", "0"),
            "fees": ("0", "0"),
            "procurement": ("0", "0"),
        },
        requests="2020年,我乡共收到政府信息公开申请3件,其中当面申请2件、网上申请1件,均已按期答复。",
        appeals="2020年,全县共发生政府信息公开行政复议案件5件,我乡未发生行政复议和行政诉讼案件。",
        t3={"new": 3, "granted": 2, "partial": 1},
        claims=[
            C("一名专职工作人员", "一", "other", S, "staffing", value=1.0),
            C("我乡共收到政府信息公开申请3件", "3", REC, OK, "added §三; t3.new.total 3"),
            C("当面申请2件", "2", REC, S, "added; a channel (no field)"),
            C("网上申请1件", "1", REC, S, "added; a channel (no field)"),
            C(
                "全县共发生政府信息公开行政复议案件5件",
                "5",
                REV,
                S,
                "added §四; the whole county's (t4 of the township 0)",
            ),
        ],
    ),
    dict(
        n=2,
        src="r054.txt",
        agency="吉林市昌邑区两家子满族乡人民政府",
        we="我乡",
        year=2020,
        template=2019,
        layout="pdf",
        width=17,
        plant="全年共办结6件 vs t3.results_total.total 5 (new 5 + carried 1 = 5 + carried_out 1)",
        requests="2020年,我乡新收政府信息公开申请5件,上年结转1件,全年共办结6件。",
        t3={"new": 5, "carried_in": 1, "granted": 4, "unavailable.not_held": 1, "carried_out": 1},
        claims=[
            C("六部分组成", "六", "other", S, "report structure", value=6.0),
            C("我乡新收政府信息公开申请5件", "5", REC, OK, "added §三; t3.new.total 5"),
            C("上年结转1件", "1", REC, S, "added; t3.carried_in.total 1", ideal=OK),
            C(
                "全年共办结6件",
                "6",
                CLO,
                BAD,
                "PLANTED: t3.results_total.total 5 (one carried out)",
            ),
        ],
    ),
    dict(
        n=3,
        src="r055.txt",
        agency="盂县教育科技局",
        year=2023,
        template=2021,
        layout="html",
        requests="2023年,我局共收到政府信息公开申请近10件,均已在法定期限内答复,答复率100%。",
        t3={"new": 9, "granted": 7, "unavailable.not_held": 2},
        claims=[
            C(
                "政策解读等领域信息共50余",
                "50",
                ITEMS,
                S,
                "items (the excerpt cuts the counter off)",
            ),
            C(
                "共收到政府信息公开申请近10件",
                "10",
                REC,
                OK,
                "added §三; 近10 (under) agrees with t3.new.total 9",
            ),
            C("答复率100%", "100", "other", S, "added; a rate", value=1.0),
        ],
    ),
    dict(
        n=4,
        src="r061.txt",
        agency="道里区经纬街道办事处",
        we="街道",
        year=2022,
        template=2021,
        layout="cells",
        appeals="本年度,街道未发生因政府信息公开被申请行政复议的情况;被提起行政诉讼1件,目前尚在审理中。",
        other="经核查,街道2021年度报告中“收到政府信息公开申请0件”有误,应为2件,特此更正。本年度未收取信息处理费。",
        t4={"suit_direct": (0, 0, 0, 1)},
        claims=[
            C("被提起行政诉讼1件", "1", SUIT, OK, "added §四; t4 suits 1 (pending)"),
            C(
                "“收到政府信息公开申请0件”",
                "0",
                REC,
                S,
                "added §六; the 2021 report's wrong figure, quoted",
            ),
            C("应为2件", "2", REC, S, "added; the 2021 report's corrected figure"),
        ],
    ),
    dict(
        n=5,
        src="r066.txt",
        agency="青川县自然资源局",
        year=2021,
        template=2021,
        layout="pipe",
        appeals="2021年,我局因政府信息公开被申请行政复议2件,复议结果均为维持。",
        t4={"review": (2, 0, 0, 0)},
        claims=[
            *items(("作废公告共270余条", "270")),
            C(
                "被申请行政复议2件",
                "2",
                REV,
                OK,
                "added §四; t4.review.total 2 (the page has no title: the year is the prose's)",
            ),
        ],
    ),
    dict(
        n=6,
        src="r067.txt",
        agency="宁强县自然资源局",
        year=2021,
        template=2021,
        layout="pipe",
        cut=HEADING_2,
        # the excerpt's own first sentence of section 二 (cut off by the excerpt after 件9), kept as
        # the section's prose, unchanged
        proactive="2021年,我局主动公开信息66条,其中:信息公开年报1条、通知公告18条、人大建议政协提案2条、"
        "部门预决算公开2条、行政许可事项3条、行政处罚1,回复公众诉求件9",
        requests="2021年,我局共收到政府信息公开申请1件,已按期答复。",
        t2={"license": (5,), "penalty": (1,)},
        t3={"new": 1, "granted": 1},
        claims=[
            *items(("主动公开信息66条", "66"), ("通知公告18条", "18"), ("信息公开年报1条", "1")),
            C(
                "行政许可事项3条",
                "3",
                ITEMS,
                S,
                "items published about licensing (a part of 66); t2.license.decisions 5 counts decisions",
            ),
            C(
                "、行政处罚1",
                "1",
                ITEMS,
                S,
                "items published (counter cut); t2.penalty 1 is another count",
            ),
            C(
                "回复公众诉求件9",
                "9",
                "opinion.responses",
                S,
                "replies to the public's requests; no cell",
            ),
            C("共收到政府信息公开申请1件", "1", REC, OK, "added §三; t3.new.total 1"),
        ],
    ),
    dict(
        n=7,
        src="r079.txt",
        agency="城厢区卫生健康局",
        year=2024,
        template=2021,
        layout="html",
        proactive="2024年,我局作出行政许可决定1286件、行政处罚决定37件,均按规定在网站公示。",
        appeals="2024年,我局行政复议案件0件,行政诉讼案件0件。",
        t2={"license": (1286,), "penalty": (37,)},
        claims=[
            *items(
                ("主动公开各类信息共6条", "6"), ("机构职能类信息4条", "4"), ("规划计划类1条", "1")
            ),
            C("全文电子化达100%", "100", "other", S, "a rate", value=1.0),
            C(
                "作出行政许可决定1286件",
                "1286",
                LIC,
                S,
                "added §二; t2.license.decisions 1286 (decisions are not compared: a schema leftover)",
                ideal=OK,
            ),
            C("行政处罚决定37件", "37", LIC, S, "added; t2.penalty.decisions 37", ideal=OK),
            C("行政复议案件0件", "0", REV, OK, "added §四; t4.review.total 0"),
            C("行政诉讼案件0件", "0", SUIT, OK, "added; t4 suits 0"),
        ],
    ),
    dict(
        n=8,
        src="r081.txt",
        agency="广州市统计局",
        year=2022,
        template=2021,
        layout="pipe",
        traditional="rest",
        requests="2022年,我局共收到政府信息公开申请12件,其中自然人申请10件、法人或其他组织申请2件;全年办结12件。",
        t3={"new": (10, 2, 0, 0, 0, 0), "granted": (8, 2, 0, 0, 0, 0), "unavailable.not_held": 2},
        claims=[
            *items(("主動公開政府信息304條", "304"), ("號發(fā)布205條", "205")),
            tr(
                C(
                    "我局共收到政府信息公开申请12件",
                    "12",
                    REC,
                    OK,
                    "added §三; t3.new.total 12 (no title: the year is the prose's)",
                )
            ),
            tr(C("自然人申请10件", "10", REC, OK, "added; t3.new.natural 10")),
            tr(
                C(
                    "法人或其他组织申请2件",
                    "2",
                    REC,
                    S,
                    "added; the five legal-person columns summed (no field)",
                )
            ),
            tr(C("全年办结12件", "12", CLO, OK, "added; t3.results_total.total 12")),
        ],
    ),
    dict(
        n=9,
        src="r087.txt",
        agency="厦门市思明区统计局",
        year=2022,
        template=2021,
        layout="html",
        chrome={
            "related": [
                "厦门市思明区统计局2021年政府信息公开工作年度报告",
                "思明区人民政府办公室2022年政府信息公开工作年度报告",
            ],
            "prev": "2022年思明区国民经济和社会发展统计公报",
            "next": "无",
        },
        requests="2022年,我局共收到政府信息公开申请1件,已按期答复(2021年收到申请3件)。",
        t3={"new": 1, "granted": 1},
        claims=[
            C(
                "我局共收到政府信息公开申请1件",
                "1",
                REC,
                OK,
                "added §三; t3.new.total 1 (the preamble names 2021 and the 区政府办公室: real noise)",
            ),
            C("2021年收到申请3件", "3", REC, S, "added; last year's"),
        ],
    ),
    dict(
        n=10,
        src="r088.txt",
        agency="濱江區統計局",
        year=2022,
        template=2021,
        layout="cells",
        traditional="rest",
        other="全区统计系统全年共受理统计数据查询咨询86件,均已答复。本年度未收取信息处理费。",
        claims=[
            *items(("共主動公開各類政府信息100條", "100")),
            tr(
                C(
                    "全区统计系统全年共受理统计数据查询咨询86件",
                    "86",
                    REC,
                    S,
                    "added §六; the district's statistics system's consultations, not applications",
                )
            ),
        ],
    ),
    dict(
        n=11,
        src="r096.txt",
        agency="通江县交通运输局",
        year=2020,
        template=2019,
        layout="pdf",
        cut=HEADING_2,
        requests="2020年,我局共受理政府信息公开申请4件,同比增加2件,已全部办结。",
        t2={"normative": (1, 1, 9)},
        t3={"new": 4, "granted": 3, "unavailable.not_held": 1},
        claims=[
            *items(("主动公开政府信息92条", "92"), ("动态信息40条", "40"), ("其他信息33条", "33")),
            C(
                "文件信息7条",
                "7",
                ITEMS,
                S,
                "documents among the items; t2.normative.made 1 is another count",
            ),
            C("占43.5%", "43.5", "other", S, "a share", value=0.435),
            C("我局共受理政府信息公开申请4件", "4", REC, OK, "added §三; t3.new.total 4"),
            C("同比增加2件", "2", REC, S, "added; a change"),
        ],
    ),
    dict(
        n=12,
        src="r100.txt",
        agency="宣城市交通運輸局",
        year=2020,
        template=2019,
        layout="html",
        traditional="rest",
        plant="予以公开9件 vs t3.granted.total 8 (the ninth is a 重复申请 the prose does not name)",
        requests="全年共收到政府信息公开申请15件,其中网上申请11件、信函申请4件;办结15件,其中予以公开9件、部分公开2件、不予公开1件、无法提供3件。",
        t3={
            "new": 15,
            "granted": 8,
            "partial": 2,
            "denied.third_party": 1,
            "unavailable.not_held": 3,
            "not_processed.duplicate": 1,
        },
        claims=[
            *items(("共發布信息260余條", "260")),
            tr(C("全年共收到政府信息公开申请15件", "15", REC, OK, "added §三; t3.new.total 15")),
            tr(C("网上申请11件", "11", REC, S, "added; a channel")),
            tr(C("信函申请4件", "4", REC, S, "added; a channel")),
            tr(C("办结15件", "15", CLO, OK, "added; t3.results_total.total 15")),
            tr(C("予以公开9件", "9", CLO, BAD, "PLANTED: t3.granted.total 8")),
            tr(C("部分公开2件", "2", CLO, OK, "added; t3.partial.total 2")),
            tr(
                C(
                    "不予公开1件",
                    "1",
                    CLO,
                    S,
                    "added; the 不予公开 group (no total field)",
                    ideal=OK,
                )
            ),
            tr(
                C(
                    "无法提供3件",
                    "3",
                    CLO,
                    S,
                    "added; the 无法提供 group (no total field)",
                    ideal=OK,
                )
            ),
        ],
    ),
    dict(
        n=13,
        src="r104.txt",
        agency="兴国县农业农村局",
        year=2023,
        template=2021,
        layout="cells",
        proactive="本年度制发行政规范性文件2件,废止1件,现行有效12件。",
        t2={"normative": (2, 1, 12)},
        claims=[
            *items(
                ("全年共公开各类信息1559条", "1559"),
                ("主动公开各类信息1549条", "1549"),
                ("公开政府信息15条", "15"),
            ),
            C("回应公众关注热点14次", "14", "opinion.responses", S, "responses; no cell"),
            C("制发行政规范性文件2件", "2", NORM, OK, "added §二; t2.normative.issued 2"),
            C("废止1件", "1", "other", S, "added; repealed (SCHEMA: other)", ideal=OK),
            C("现行有效12件", "12", "other", S, "added; in force (SCHEMA: other)", ideal=OK),
        ],
    ),
    dict(
        n=14,
        src="r106.txt",
        agency="西藏自治區人民政府辦公廳",
        we="办公厅",
        year=2021,
        template=2021,
        layout="pipe",
        traditional="rest",
        requests="2021年,自治区人民政府办公厅共受理政府信息公开申请27件(含上年结转2件),已全部办结。"
        "全区各级行政机关共收到政府信息公开申请1,236件。",
        t3={"new": 25, "carried_in": 2, "granted": 20, "partial": 3, "unavailable.not_held": 4},
        claims=[
            tr(
                C(
                    "办公厅共受理政府信息公开申请27件",
                    "27",
                    REC,
                    OK,
                    "added §三; 共受理…含上年结转: new 25 + carried_in 2 (SCHEMA §3)",
                )
            ),
            tr(C("含上年结转2件", "2", REC, S, "added; t3.carried_in.total 2", ideal=OK)),
            tr(
                C(
                    "全区各级行政机关共收到政府信息公开申请1,236件",
                    "1,236",
                    REC,
                    S,
                    "added; the whole region's agencies",
                    value=1236.0,
                )
            ),
        ],
    ),
    dict(
        n=15,
        src="r107.txt",
        agency="左贡县人民政府",
        we="我们",
        year=2021,
        template=2021,
        layout="pipe",
        cut=HEADING_2,
        t2={"normative": (2, 0, 2)},
        requests="2021年,我县共收到政府信息公开申请6件,其中县人民政府本级收到2件,均已按期答复。",
        appeals="全县各部门因政府信息公开被申请行政复议3件,其中县人民政府本级0件。",
        t3={"new": 2, "granted": 2},
        claims=[
            C(
                "我县共收到政府信息公开申请6件",
                "6",
                REC,
                S,
                "added §三; the whole county (its part 本级 is the table's)",
            ),
            C(
                "县人民政府本级收到2件",
                "2",
                REC,
                OK,
                "added; the county government itself: t3.new.total 2",
            ),
            C("被申请行政复议3件", "3", REV, S, "added §四; every department of the county"),
            C(
                "县人民政府本级0件",
                "0",
                REV,
                S,
                "added; the government's own part: t4.review.total 0",
                ideal=OK,
            ),
        ],
    ),
    dict(
        n=16,
        src="r108.txt",
        agency="西藏自治区水利厅",
        we="我厅",
        year=2021,
        template=2021,
        layout="html",
        chrome={
            "related": ["西藏自治区水利厅2020年政府信息公开工作年度报告"],
            "prev": "西藏自治区水利厅2021年法治政府建设情况报告",
            "next": "关于2022年度水利建设项目的公示",
        },
        plant="尚未审结1件 vs t4.review.pending 0 (the table says 维持1, 纠正1: the total 2 agrees)",
        proactive="全年共作出行政许可决定23件。",
        requests="2021年,我厅共收到政府信息公开申请3件,办结3件,其中予以公开2件、无法提供1件。",
        appeals="2021年,我厅因政府信息公开被申请行政复议2件,其中结果维持1件、尚未审结1件。",
        t2={"license": (23,)},
        t3={"new": 3, "granted": 2, "unavailable.not_held": 1},
        t4={"review": (1, 1, 0, 0)},
        claims=[
            C(
                "取水许可(新办)等17项",
                "17",
                ITEMS,
                S,
                "service items whose guides were published; t2.license.decisions 23 counts decisions",
            ),
            C("作出行政许可决定23件", "23", LIC, S, "added §二; t2.license.decisions 23", ideal=OK),
            C("我厅共收到政府信息公开申请3件", "3", REC, OK, "added §三; t3.new.total 3"),
            C("办结3件", "3", CLO, OK, "added; t3.results_total.total 3"),
            C("予以公开2件", "2", CLO, OK, "added; t3.granted.total 2"),
            C("无法提供1件", "1", CLO, S, "added; the 无法提供 group", ideal=OK),
            C("被申请行政复议2件", "2", REV, OK, "added §四; t4.review.total 2"),
            C("结果维持1件", "1", REV, OK, "added; t4.review.upheld 1"),
            C("尚未审结1件", "1", REV, BAD, "PLANTED: t4.review.pending 0"),
        ],
    ),
    dict(
        n=17,
        src="r109.txt",
        agency="临河区退役军人事务局",
        year=2025,
        template=2021,
        layout="pipe",
        traditional="all",
        requests="2025年,我局共收到政府信息公开申请2件,较2024年(5件)减少3件,均在5至10个工作日内答复完毕。",
        t3={"new": 2, "granted": 2},
        claims=[
            *items(("服务信息等共计158条", "158"), ("全年发布工作动态50条", "50")),
            C("我局共收到政府信息公开申请2件", "2", REC, OK, "added §三; t3.new.total 2"),
            C("较2024年(5件)", "5", REC, S, "added; last year's"),
            C("减少3件", "3", REC, S, "added; a change"),
            C("5至10个工作日", "10", "other", S, "added; days, a range"),
        ],
    ),
    dict(
        n=18,
        src="r110.txt",
        agency="山西省退役军人事务厅",
        we="我厅",
        year=2022,
        template=2021,
        layout="pdf",
        width=29,
        plant="制发行政规范性文件3件 vs t2.normative.issued 2",
        proactive="2022年,我厅制发行政规范性文件3件,废止2件。",
        appeals="2022年,我厅被申请行政复议1件,复议机关维持原处理决定;未被提起行政诉讼。",
        t2={"normative": (2, 2, 15)},
        t4={"review": (1, 0, 0, 0)},
        claims=[
            *items(
                ("主动公开政府信息106篇", "106"),
                ("工作动态类信息887篇", "887"),
                ("转发要闻信息1260篇", "1260"),
            ),
            C("等6个方面", "6", "other", S, "report structure"),
            C("我厅制发行政规范性文件3件", "3", NORM, BAD, "PLANTED: t2.normative.issued 2"),
            C("废止2件", "2", "other", S, "added; repealed", ideal=OK),
            C("我厅被申请行政复议1件", "1", REV, OK, "added §四; t4.review.total 1"),
        ],
    ),
    dict(
        n=19,
        src="r111.txt",
        agency="常州市武进区退役军人事务局",
        year=2022,
        template=2021,
        layout="cells",
        cut=HEADING_2,
        other="全年通过12345热线办理退役军人诉求件213件,办结率100%。本年度未收取信息处理费。",
        claims=[
            *items(
                ("主动公开政府信息15条", "15"), ("通知公告类信息6条", "6"), ("其他类别7条", "7")
            ),
            C(
                "诉求件213件",
                "213",
                "opinion.responses",
                S,
                "added §六; hotline tickets, not applications",
            ),
        ],
    ),
    dict(
        n=20,
        src="r116.txt",
        agency="开阳县市场监督管理局",
        year=2021,
        template=2021,
        layout="pipe",
        proactive="本年度作出行政处罚决定156件。",
        appeals="全县市场监管系统共被提起行政诉讼2件,均不涉及政府信息公开;我局未发生因政府信息公开引起的行政复议和行政诉讼。",
        t2={"penalty": (156,)},
        claims=[
            C(
                "全年共发布政策解读2篇",
                "2",
                "proactive.interpretations",
                S,
                "interpretations; no cell",
            ),
            *items(("市场监管信息240余篇", "240")),
            C(
                "作出行政处罚决定156件",
                "156",
                LIC,
                S,
                "added §二; t2.penalty.decisions 156",
                ideal=OK,
            ),
            C(
                "共被提起行政诉讼2件",
                "2",
                SUIT,
                S,
                "added §四; the county's whole system, not about disclosure",
            ),
        ],
    ),
    dict(
        n=21,
        src="r117.txt",
        agency="葫芦岛市市场监督管理局",
        year=2021,
        template=2021,
        layout="cells",
        cut=HEADING_2,
        plant="被提起行政诉讼0件 vs t4 suits 1 (suit_direct pending 1)",
        proactive="本年度制发行政规范性文件1件,现行有效5件。",
        appeals="本年度,我局被申请行政复议0件,被提起行政诉讼0件。",
        t2={"normative": (1, 0, 5)},
        t4={"suit_direct": (0, 0, 0, 1)},
        claims=[
            C("制发行政规范性文件1件", "1", NORM, OK, "added §二; t2.normative.issued 1"),
            C("现行有效5件", "5", "other", S, "added; in force", ideal=OK),
            C("我局被申请行政复议0件", "0", REV, OK, "added §四; t4.review.total 0"),
            C("被提起行政诉讼0件", "0", SUIT, BAD, "PLANTED: t4 suits 1"),
        ],
    ),
    dict(
        n=22,
        src="r121.txt",
        agency="广东省生态环境厅",
        we="我厅",
        year=2020,
        template=2019,
        layout="html",
        requests="2020年,我厅共收到政府信息公开申请120余件,均在法定期限内答复。另通过“12369”环保举报热线受理群众投诉3,218件。",
        t3={
            "new": (120, 6, 0, 0, 0, 0),
            "granted": (80, 4, 0, 0, 0, 0),
            "partial": 10,
            "unavailable.not_held": (20, 2, 0, 0, 0, 0),
            "unavailable.needs_creation": 5,
            "not_processed.duplicate": 5,
        },
        claims=[
            C(
                "我厅共收到政府信息公开申请120余件",
                "120",
                REC,
                OK,
                "added §三; 120余 (over) agrees with t3.new.total 126",
            ),
            C(
                "受理群众投诉3,218件",
                "3,218",
                REC,
                S,
                "added; complaints by hotline (the number in quotes is the line's)",
                value=3218.0,
            ),
        ],
    ),
    dict(
        n=23,
        src="r123.txt",
        agency="廣州市生態環境局",
        year=2023,
        template=2021,
        layout="pipe",
        traditional="rest",
        requests="2023年,本机关新收政府信息公开申请328件,上年结转21件,共计349件;办结337件,结转下年度12件。",
        t3={
            "new": 328,
            "carried_in": 21,
            "granted": 150,
            "partial": 40,
            "denied.third_party": 10,
            "denied.process": 12,
            "unavailable.not_held": 80,
            "unavailable.needs_creation": 15,
            "unavailable.unclear": 5,
            "not_processed.complaint": 5,
            "not_processed.duplicate": 10,
            "other_handling.other": 10,
            "carried_out": 12,
        },
        claims=[
            *items(("類信息2888份", "2888")),
            tr(C("本机关新收政府信息公开申请328件", "328", REC, OK, "added §三; t3.new.total 328")),
            tr(C("上年结转21件", "21", REC, S, "added; t3.carried_in.total 21", ideal=OK)),
            tr(
                C("共计349件", "349", REC, S, "added; new + carried-in summed (328 + 21)", ideal=OK)
            ),
            tr(C("办结337件", "337", CLO, OK, "added; t3.results_total.total 337")),
            tr(C("结转下年度12件", "12", REC, S, "added; t3.carried_out.total 12", ideal=OK)),
        ],
    ),
    dict(
        n=24,
        src="r130.txt",
        agency="乌恰县吾合沙鲁乡人民政府",
        we="我乡",
        year=2025,
        template=2021,
        layout="html",
        plant="共收到政府信息公开申请2件 vs t3.new.total 3 (one carried out; 办结2件 agrees)",
        requests="本年度共收到政府信息公开申请2件,办结2件,其中予以公开1件、不予处理1件(重复申请)。",
        t3={"new": 3, "granted": 1, "not_processed.duplicate": 1, "carried_out": 1},
        claims=[
            *items(
                ("内容共计108条", "108"),
                ("发布各类信息96条", "96"),
                ("发布视频203条", "203"),
                ("公示乡村信息170条", "170"),
            ),
            C("本年度共收到政府信息公开申请2件", "2", REC, BAD, "PLANTED: t3.new.total 3"),
            C("办结2件", "2", CLO, OK, "added; t3.results_total.total 2"),
            C("予以公开1件", "1", CLO, OK, "added; t3.granted.total 1"),
            C("不予处理1件", "1", CLO, S, "added; the 不予处理 group", ideal=OK),
        ],
    ),
    dict(
        n=25,
        src="r135.txt",
        agency="长春市公安局",
        we="市局",
        year=2023,
        template=2021,
        layout="pdf",
        requests="2023年,全市公安机关共收到政府信息公开申请1,052件,其中市局本级收到236件,各分局、县(市)公安局收到816件。"
        "市局本级办结231件,结转下年度5件。",
        t3={
            "new": 236,
            "granted": 120,
            "partial": 30,
            "unavailable.not_held": 60,
            "unavailable.needs_creation": 11,
            "not_processed.duplicate": 10,
            "carried_out": 5,
        },
        claims=[
            C(
                "全市公安机关共收到政府信息公开申请1,052件",
                "1,052",
                REC,
                S,
                "added §三; the whole city's police",
                value=1052.0,
            ),
            C("市局本级收到236件", "236", REC, OK, "added; the bureau itself: t3.new.total 236"),
            C("公安局收到816件", "816", REC, S, "added; other bodies (branches, county bureaus)"),
            C("市局本级办结231件", "231", CLO, OK, "added; t3.results_total.total 231"),
            C("结转下年度5件", "5", REC, S, "added; t3.carried_out.total 5", ideal=OK),
        ],
    ),
    dict(
        n=26,
        src="r139.txt",
        agency="北京市人力资源和社会保障局",
        year=2019,
        template=2019,
        layout="pipe",
        requests="2019年,我局共受理政府信息公开申请1,286件,同比下降12.3%;依法答复1,270件,16件结转至2020年办理。",
        other="经复核,本报告此前发布稿中“依法答复1,207件”有误,应为1,270件,特此更正。本年度未收取信息处理费。",
        t3={
            "new": 1286,
            "granted": 600,
            "partial": 150,
            "denied.third_party": 30,
            "unavailable.not_held": 400,
            "unavailable.needs_creation": 40,
            "unavailable.unclear": 20,
            "not_processed.complaint": 10,
            "not_processed.duplicate": 20,
            "carried_out": 16,
        },
        claims=[
            C("相关工作157项", "157", ITEMS, S, "items of a list published"),
            C(
                "我局共受理政府信息公开申请1,286件",
                "1,286",
                REC,
                OK,
                "added §三; t3.new.total 1286",
                value=1286.0,
            ),
            C("同比下降12.3%", "12.3", "other", S, "added; a change", value=0.123),
            C(
                "依法答复1,270件",
                "1,270",
                CLO,
                OK,
                "added; t3.results_total.total 1270",
                value=1270.0,
            ),
            C("16件结转至2020年办理", "16", REC, S, "added; t3.carried_out.total 16", ideal=OK),
            C(
                "“依法答复1,207件”",
                "1,207",
                CLO,
                S,
                "added §六; a wrong figure of an earlier release, corrected",
                value=1207.0,
            ),
            C(
                "应为1,270件",
                "1,270",
                CLO,
                S,
                "added; the corrected figure (t3.results_total.total 1270)",
                value=1270.0,
                ideal=OK,
            ),
        ],
    ),
    dict(
        n=27,
        src="r146.txt",
        agency="常德市卫生健康委员会",
        we="我委",
        year=2024,
        template=2021,
        layout="pipe",
        chrome={
            "head": [
                "首页 > 政务公开 > 政府信息公开年报",
                "常德市卫生健康委员会2024年政府信息公开工作年度报告",
            ],
            "related": ["常德市卫生健康委员会2023年政府信息公开工作年度报告"],
        },
        plant="办结18件 vs t3.results_total.total 17 (one carried out)",
        requests="2024年,我委共收到政府信息公开申请18件(2023年为13件),办结18件。",
        other="我委2023年度报告中“收到政府信息公开申请11件”有误,应为13件,特此更正。本年度未收取信息处理费。",
        t3={"new": 18, "granted": 12, "partial": 2, "unavailable.not_held": 3, "carried_out": 1},
        claims=[
            *items(("主动公开政府信息共145条", "145")),
            C("历年累计11046条", "11046", "other", S, "cumulative over the years"),
            C("我委共收到政府信息公开申请18件", "18", REC, OK, "added §三; t3.new.total 18"),
            C("2023年为13件", "13", REC, S, "added; last year's"),
            C("办结18件", "18", CLO, BAD, "PLANTED: t3.results_total.total 17"),
            C(
                "“收到政府信息公开申请11件”",
                "11",
                REC,
                S,
                "added §六; the 2023 report's wrong figure, quoted",
            ),
            C("应为13件", "13", REC, S, "added; the 2023 report's corrected figure"),
        ],
    ),
    dict(
        n=28,
        src="r158.txt",
        agency="柳城县古砦仫佬族乡人民政府",
        we="我乡",
        year=2025,
        template=2021,
        layout="cells",
        traditional="all",
        requests="2025年,我乡共受理政府信息公开申请3件,已全部办结,其中予以公开2件、无法提供1件。",
        t3={"new": 3, "granted": 2, "unavailable.not_held": 1},
        claims=[
            *items(
                ("主动公开信息73条", "73"),
                ("文件类信息公开31条", "31"),
                ("微信公众号发布信息71条", "71"),
            ),
            C("我乡共受理政府信息公开申请3件", "3", REC, OK, "added §三; t3.new.total 3"),
            C("予以公开2件", "2", CLO, OK, "added; t3.granted.total 2"),
            C("无法提供1件", "1", CLO, S, "added; the 无法提供 group", ideal=OK),
        ],
    ),
    dict(
        n=29,
        src="r164.txt",
        agency="水务局",
        year=2020,
        template=2019,
        layout="html",
        cut=HEADING_2,
        requests="2020年,我局共收到政府信息公开申请7件,其中市民个人申请6件、企业申请1件,均在法定期限内予以答复。",
        t3={"new": (6, 1, 0, 0, 0, 0), "granted": (5, 1, 0, 0, 0, 0), "unavailable.not_held": 1},
        claims=[
            *items(("全年共主动公开政务信息4条", "4")),
            C("我局共收到政府信息公开申请7件", "7", REC, OK, "added §三; t3.new.total 7"),
            C("市民个人申请6件", "6", REC, OK, "added; t3.new.natural 6"),
            C("企业申请1件", "1", REC, OK, "added; t3.new.commercial 1"),
        ],
    ),
    dict(
        n=30,
        src="r170.txt",
        agency="重庆市北碚区审计局",
        year=2022,
        template=2021,
        layout="pdf",
        width=23,
        plant="被申请行政复议1件 vs t4.review.total 0",
        appeals="2022年,我局因政府信息公开被申请行政复议1件,已审结,结果为维持;未被提起行政诉讼。",
        claims=[
            *items(("发布工作信息38条", "38"), ("等3条信息", "3")),
            C("被申请行政复议1件", "1", REV, BAD, "PLANTED: t4.review.total 0"),
        ],
    ),
    dict(
        n=31,
        src="r171.txt",
        agency="东风区审计局",
        year=2022,
        template=2021,
        layout="pipe",
        cut=HEADING_2,
        requests="本年度共收到政府信息公开申请1件,为上年结转申请,已办结。",
        t3={"carried_in": 1, "granted": 1},
        claims=[
            C(
                "本年度共收到政府信息公开申请1件",
                "1",
                REC,
                S,
                "added §三; the one is carried in (new 0)",
                ideal=OK,
            ),
        ],
    ),
]

# --- probes written after the first reading (`set: "after"`) ------------------------------------

#: The blind documents with a claim a table cell is compared with (consistent or planted).
_COUNTED = [d for d in DOCS if any(c["expect"] != S for c in d["claims"])]
#: Every such document in Simplified script again as a PDF text layer at two narrower widths (the
#: wraps fall inside other words and numbers of the same sentences, excerpt and added ones):
#: vx24_32 on.
AFTER_WIDTHS = (11, 19)
_SIMPLIFIED = [d for d in _COUNTED if not d.get("traditional")]
AFTER: list[dict] = [
    {**doc, "n": 32 + k * len(_SIMPLIFIED) + i, "layout": "pdf", "width": width, "chrome": None, "set": "after"}
    for k, width in enumerate(AFTER_WIDTHS)
    for i, doc in enumerate(_SIMPLIFIED)
]
#: And in Traditional script (verdicts15's s2t of the whole page, excerpt included), PDF pages as
#: pipe rows (a page converted after its wrap splits words apart: vexcerpt23's README).
_AFTER_TRADITIONAL_FROM = 32 + len(AFTER)
AFTER_TRADITIONAL: list[dict] = [
    {
        **doc,
        "n": _AFTER_TRADITIONAL_FROM + i,
        "layout": "pipe" if doc["layout"] == "pdf" else doc["layout"],
        "traditional": "all",
        "width": None,
        "set": "after",
    }
    for i, doc in enumerate(_SIMPLIFIED)
]
