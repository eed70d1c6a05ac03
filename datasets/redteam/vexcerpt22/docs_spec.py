"""The vexcerpt22 documents: real excerpts (excerpts/) made whole reports, as data (see make.py, README.md).

A document names its excerpt (`src`, a train or dev file of /work/shared/reports), the agency and
year its title gives, the template (2019 for reports of 2019-2020, 2021 after), its form (`layout`
pipe / cells / html / pdf, `traditional` all / rest, `chrome`), the tables (`t2` rows beside the
template's defaults, `t3` rows that are not zero: an int is all 自然人, else six applicant cells;
`t4` groups as upheld, corrected, other, pending), `cut` where a dangling fragment is dropped, and
its hand-judged claims on the excerpt's own prose. `plant` says what was changed on purpose.

Claim `expect`: "consistent" (the agency's own count for the report year, like for like, and the
table says the same), "inconsistent" (the one planted contradiction of a document: a like-for-like
claim of the agency for the report year, every compared cell read clean) or "safe" (must never be
`inconsistent`: area-wide, another year's, another body's, a part, a mixture, a channel, a group of
table 三 with no total field, or not in the tables); `ideal` the verdict SCHEMA §4 prefers.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from verdict_sets import C

# sections 二-六 as the renderers write them around the tables: short, without counts (the
# claims are the excerpts' own); `{we}` is the agency's word for itself
REST = {
    "proactive": "",
    "requests": "",
    "appeals": "",
    "problems": "本年度政府信息公开工作取得一定成效,但仍存在公开内容不够全面、政策解读形式较为单一等问题。"
    "下一步,{we}将进一步加强业务培训,完善主动公开目录,提升公开质量和实效。",
    "other": "本年度未收取信息处理费。无其他需要报告的事项。",
}

ITEMS = "proactive.items"
REC = "requests.received"
CLO = "requests.closed"
REV = "appeals.review"
SUIT = "appeals.suit"
NORM = "proactive.normative"
S = "safe"
OK = "consistent"
BAD = "inconsistent"


def items(*pairs: tuple) -> list[dict]:
    """Counts of items published, visits and the like: no cell compares with them (a third
    element is the value where the number is not written plainly: 20余万)."""
    return [C(p[0], p[1], ITEMS, S, "items released or other activity; no table cell", value=p[2] if len(p) > 2 else None) for p in pairs]


DOCS: list[dict] = [
    dict(
        n=1,
        src="r051.txt",
        agency="唐村镇人民政府",
        we="我镇",
        year=2020,
        template=2019,
        layout="pipe",
        t2={"rules": (0, 0, 0), "normative": (0, 0, 0)},
        claims=[
            *items(("主动公开政府信息共81条", "81"), ("公开108条信息", "108")),
            C("政策文件6条", "6", ITEMS, S, "policy documents among the 81 items posted; t2.normative.made 0 is another count"),
            C("我镇收到0件信息公开申请", "0", REC, OK, "t3.new.total 0"),
        ],
    ),
    dict(
        n=2,
        src="r056.txt",
        agency="岐山县教育体育局",
        year=2023,
        template=2021,
        layout="html",
        claims=[
            *items(("发布信息221条", "221"), ("发布信息2780多条", "2780"), ("办复率100%", "100")),
            C("微信留言480多件", "480", "opinion.responses", S, "hotline and mailbox messages 受理…480多件, not applications (t3.new 0)"),
        ],
    ),
    dict(
        n=3,
        src="r060.txt",
        agency="义乌市廿三里街道办事处",
        we="我街道",
        year=2022,
        template=2021,
        layout="pipe",
        plant="予以公开3件 vs t3.granted.total 2 (partial 1; the balance holds)",
        t3={"new": 7, "carried_in": 1, "granted": 2, "partial": 1, "unavailable.not_held": 4, "carried_out": 1},
        claims=[
            *items(("发布信息359条", "359"), ("发布信息1088条", "1088")),
            C("共收到信息公开申请7件", "7", REC, OK, "t3.new.total 7"),
            C("上年度结转1件", "1", REC, S, "t3.carried_in.total 1", ideal=OK),
            C("予以公开3件", "3", CLO, BAD, "PLANTED: t3.granted.total 2 (a part against the same part)"),
            C("无法提供4件", "4", CLO, S, "the 无法提供 group (not_held 4); no field of the group's total", ideal=OK),
            C("结转下年继续办理1件", "1", CLO, S, "t3.carried_out.total 1", ideal=OK),
        ],
    ),
    dict(
        n=4,
        src="r063.txt",
        agency="钢花村街道办事处",
        we="我街道",
        year=2022,
        template=2021,
        layout="cells",
        claims=[
            *items(("等政府信息106条", "106")),
            C("受理政府信息公开申请0件", "0", REC, OK, "t3.new.total 0"),
            C("予以公开0件", "0", CLO, OK, "t3.granted.total 0"),
        ],
    ),
    dict(
        n=5,
        src="r065.txt",
        agency="365体育直播,365体育备用网址自然资源和规划局",
        year=2021,
        template=2021,
        layout="pipe",
        t3={
            "new": (300, 12, 0, 0, 5, 0),
            "carried_in": 3,
            "granted": (170, 9, 0, 0, 5, 0),
            "partial": 18,
            "denied.internal": 3,
            "denied.process": 5,
            "unavailable.not_held": (47, 3, 0, 0, 0, 0),
            "unavailable.needs_creation": 5,
            "unavailable.unclear": 2,
            "not_processed.complaint": 10,
            "not_processed.duplicate": 8,
            "other_handling.no_supplement": 20,
            "other_handling.other": 2,
            "carried_out": 13,
        },
        claims=[
            *items(("主动公开政府信息1268条", "1268"), ("全年共推送291期", "291")),
            C("2021年新收政府信息公开申请数量317件", "317", REC, OK, "t3.new.total 317 (the stated period says 2020: a slip)"),
            C("上年结转政府信息公开申请数量3件", "3", REC, S, "t3.carried_in.total 3", ideal=OK),
            C("予以公开184件", "184", CLO, OK, "t3.granted.total 184"),
            C("部分公开18件", "18", CLO, OK, "t3.partial.total 18"),
            C("不予公开8件", "8", CLO, S, "the 不予公开 group: internal 3 + process 5", ideal=OK),
            C("本机关无法提供57件", "57", CLO, S, "the 无法提供 group 57 (not_held 50 + 5 + 2), not the 本机关不掌握 row", ideal=OK),
            C("不予处理18件", "18", CLO, S, "the 不予处理 group: complaint 10 + duplicate 8", ideal=OK),
            C("其他处理22件", "22", CLO, S, "the 其他处理 group of three rows: 20 + 0 + 2", ideal=OK),
            C("结转下年度继续办理13件", "13", CLO, S, "t3.carried_out.total 13", ideal=OK),
            C("申请行政复议0件", "0", REV, OK, "t4.review.total 0"),
        ],
    ),
    dict(
        n=6,
        src="r069.txt",
        agency="縣人民政府辦公室",
        we="我縣",
        year=2022,
        template=2021,
        layout="pipe",
        traditional="rest",
        t2={"normative": (5, 0, 31)},
        t3={"new": 9, "carried_in": 1, "granted": 6, "partial": 1, "unavailable.not_held": 3},
        t4={"review": (0, 0, 1, 0)},
        claims=[
            C("政府規范性文件5條", "5", NORM, S, "released or reposted (發布轉載): a mixture; t2.normative.issued 5", ideal=OK),
            *items(("發布轉載信息3886條", "3886"), ("政策解讀20條", "20"), ("開展征集調查7期", "7")),
            C("我縣收到政府信息依申請公開9件", "9", REC, OK, "t3.new.total 9 (我縣: the county government's own report)"),
            C("上年轉結1件", "1", REC, S, "t3.carried_in.total 1", ideal=OK),
            C("網絡申請數5件", "5", REC, S, "a channel of new + carried (5 + 5 = 10)"),
            C("信函申請數5件", "5", REC, S, "a channel of new + carried"),
            C("發生行政復議1件", "1", REV, OK, "t4.review.total 1"),
            C("來信158件", "158", "opinion.responses", S, "a leaders' mailbox's letters"),
            C("熱線共收到19357件", "19357", "opinion.responses", S, "12345 hotline tickets 收到…件, not applications"),
        ],
    ),
    dict(
        n=7,
        src="r070.txt",
        agency="中江县人民政府办公室",
        we="我县",
        year=2022,
        template=2021,
        layout="pdf",
        t3={"new": 42, "granted": 30, "partial": 3, "unavailable.not_held": 8, "carried_out": 1},
        claims=[
            *items(("信息24102条", "24102"), ("内容共计23\n05条", "23\n05", 2305.0), ("重点项目\n165个", "165"), ("重点会议500余场", "500")),
            C("全县共收到政府信息公开申请42件", "42", REC, S, "the whole county (全县); t3.new.total 42 agrees", ideal="not_comparable"),
            C("上年结转0件", "0", REC, S, "the whole county's carried-in", ideal="not_comparable"),
            C("全年依法办结41件", "41", CLO, S, "the whole county's closed; t3.results_total 41 agrees", ideal="not_comparable"),
        ],
    ),
    dict(
        n=8,
        src="r071.txt",
        agency="合江县人民政府",
        we="我县",
        year=2022,
        template=2021,
        layout="cells",
        t3={"new": 17, "granted": 12, "partial": 2, "unavailable.not_held": 3},
        claims=[
            *items(("累计公开政府信息21597条", "21597"), ("政府信息7055条", "7055"), ("各类政府信息14542条", "14542"), ("解读信息14条", "14"), ("回应信息115条", "115")),
            C("(网上信访)112件", "112", "opinion.responses", S, "mailbox letters 办理…件, not applications"),
            C("热线8391件", "8391", "opinion.responses", S, "12345 tickets 办理…件"),
            C("人大代表建议123件", "123", "other", S, "NPC deputies' suggestions"),
            C("政协提案151件", "151", "other", S, "CPPCC proposals"),
            C("新受理政府信息公开申请17件", "17", REC, S, "t3.new.total 17 (a county report: the paragraph before speaks of 全县)", ideal=OK),
            C("办结17件", "17", CLO, S, "t3.results_total.total 17", ideal=OK),
            C("上年转结政府信息公开申请0件", "0", REC, S, "t3.carried_in 0", ideal=OK),
            C("转下一年办理0件", "0", CLO, S, "t3.carried_out 0", ideal=OK),
        ],
    ),
    dict(
        n=9,
        src="r072.txt",
        agency="桐梓县人民政府",
        we="我县",
        year=2022,
        template=2021,
        layout="pipe",
        chrome={
            "head": ["首页 > 政务公开 > 政府信息公开年报", "桐梓县2022年政府信息公开工作年度报告"],
            "related": ["桐梓县2021年政府信息公开工作年度报告", "桐梓县教育局2022年政府信息公开工作年度报告"],
        },
        t3={"new": 21, "granted": 15, "partial": 2, "unavailable.not_held": 4},
        t4={"review": (0, 0, 1, 0), "suit_direct": (0, 0, 1, 0)},
        claims=[
            *items(("政策文件89条", "89"), ("重点领域信息栏目公开1915条", "1915"), ("意见征集17次", "17"), ("回应关切22条", "22"), ("公开信息5994条", "5994")),
            C("县长信箱有效信件163件", "163", "opinion.responses", S, "受理…信件163件: mailbox letters, not applications"),
            C("全县26家行政机关", "26", "other", S, "bodies, not a count of the tables"),
            C("我县共收到政府信息公开申请21件", "21", REC, OK, "t3.new.total 21"),
            C("行政复议案件1件", "1", REV, OK, "t4.review.total 1 (其他结果)"),
            C("行政诉讼案件1件", "1", SUIT, OK, "t4.suit_direct 1 + suit_after_review 0"),
        ],
    ),
    dict(
        n=10,
        src="r073.txt",
        agency="中阳县人民政府",
        we="我县",
        year=2022,
        template=2021,
        layout="html",
        t3={"new": 1, "granted": 1},
        claims=[
            *items(("各类政府信息5550条", "5550")),
            C("全县共收到依申请公开1件", "1", REC, S, "the whole county (全县); t3.new.total 1 agrees", ideal="not_comparable"),
        ],
    ),
    dict(
        n=11,
        src="r074.txt",
        agency="永安市卫生健康局",
        year=2024,
        template=2021,
        layout="cells",
        t2={"license": (15,)},
        claims=[
            C("共制作信息30条", "30", ITEMS, S, "information made"),
            C("主动公开信息数24条", "24", ITEMS, S, "information made public"),
            C("依申请公开信息数6条", "6", ITEMS, S, "information items of the 依申请公开 kind, not applications: none were received (t3.new 0)"),
            C("不予公开信息数0条", "0", ITEMS, S, "information items not to be disclosed, not t3's 不予公开 rows"),
            C("行政许可类信息11条", "11", ITEMS, S, "items about licences, not t2.license.decisions 15"),
            C("历年以来主动公开信息数453条", "453", "other", S, "cumulative over the years"),
            C("历年累计受理依申请公开信息申请0条", "0", "other", S, "cumulative over the years (t3.new 0 agrees)"),
        ],
    ),
    dict(
        n=12,
        src="r076.txt",
        agency="杭州市余杭区卫生健康局",
        year=2024,
        template=2021,
        layout="pipe",
        plant="行政复议1件 vs t4.review.total 2 (upheld 1, pending 1)",
        t3={"new": 19, "granted": 15, "partial": 1, "unavailable.not_held": 3},
        t4={"review": (1, 0, 0, 1)},
        claims=[
            *items(("累计公开信息230余篇", "230"), ("宣传1000余篇次", "1000"), ("总阅读量超700万次", "700", 7000000.0)),
            C("受理依申请公开政府信息19条", "19", REC, OK, "t3.new.total 19 (counted in 条)"),
            C("引起的行政复议1件", "1", REV, BAD, "PLANTED: t4.review.total 2"),
        ],
    ),
    dict(
        n=13,
        src="r078.txt",
        agency="嵩明县卫生健康局",
        year=2025,
        template=2021,
        layout="pipe",
        t3={"new": 1, "granted": 1},
        claims=[
            *items(("主动公开政府信息 165 条", "165"), ("平台发布 59 条", "59"), ("网站公开 106 条", "106")),
            C("共收到依申请公开申请 1 件", "1", REC, OK, "t3.new.total 1 (ASCII spaces around the number)"),
            C("答复书》1 份", "1", CLO, S, "one written answer issued; t3.results_total 1", ideal=OK),
        ],
    ),
    dict(
        n=14,
        src="r080.txt",
        agency="大冶市卫生健康局",
        year=2024,
        template=2021,
        layout="html",
        chrome={"related": ["大冶市卫生健康局2023年政府信息公开工作年度报告"], "prev": "大冶市卫生健康局2024年部门预算公开", "next": "无"},
        t3={"new": 1, "granted": 1},
        claims=[
            *items(("主动公开信息112条", "112")),
            C("共办理政府信息公开申请1件", "1", CLO, OK, "t3.results_total.total 1"),
        ],
    ),
    dict(
        n=15,
        src="r083.txt",
        agency="广州市番禺区统计局",
        year=2021,
        template=2021,
        layout="pipe",
        plant="办结8件 vs t3.results_total 7 (one carried to next year; the balance holds)",
        t3={"new": 8, "granted": 5, "unavailable.not_held": 2, "carried_out": 1},
        claims=[
            *items(("数据26批次", "26"), ("政府信息218条", "218"), ("系列公报10份", "10"), ("答复率100%", "100")),
            C("受理政府信息公开申请8件", "8", REC, OK, "t3.new.total 8"),
            C("办结8件", "8", CLO, BAD, "PLANTED: t3.results_total.total 7"),
            C("引发行政复议0件", "0", REV, OK, "t4.review.total 0"),
            C("引发行政诉讼0件", "0", SUIT, OK, "t4 suits 0 + 0"),
        ],
    ),
    dict(
        n=16,
        src="r091.txt",
        agency="银川市人民政府办公室",
        we="我办",
        year=2022,
        template=2021,
        layout="pipe",
        t3={"new": 28, "granted": 20, "partial": 3, "unavailable.not_held": 5},
        t4={"review": (1, 0, 0, 0)},
        claims=[
            *items(("主动公开政府信息20余万条", "20", 200000.0), ("发布信息16642条", "16642"), ("政务动态5749条", "5749"), ("发布政策解读信息260条", "260"), ("解读产品201个", "201")),
            C("受理答复政府信息公开申请28件", "28", REC, OK, "t3.new.total 28 (and results 28)"),
            C("其中,行政复议1件", "1", REV, S, "written as a part (其中) of the 28 applications; t4.review.total 1", ideal=OK),
            C("行政诉讼0件", "0", SUIT, S, "written as a part of the applications; t4 suits 0", ideal=OK),
        ],
    ),
    dict(
        n=17,
        src="r092.txt",
        agency="賀蘭縣",
        we="我縣",
        year=2022,
        template=2021,
        layout="pipe",
        traditional="rest",
        t3={"new": 12, "granted": 8, "partial": 1, "unavailable.not_held": 3},
        t4={"review": (2, 0, 0, 0), "suit_direct": (1, 0, 0, 0)},
        claims=[
            *items(("主動公開政府信息1萬餘條", "1", 10000.0), ("發布信息4296條", "4296"), ("政策解讀信息33條", "33")),
            C("受理答覆政府信息公開申請12件", "12", REC, S, "the page's body is 靈武市's under 賀蘭縣's title; t3.new 12 agrees", ideal=OK),
            C("其中行政複議2件", "2", REV, S, "as a part of the 12; t4.review.total 2", ideal=OK),
            C("行政訴訟1件", "1", SUIT, S, "as a part of the 12; t4 suits 1", ideal=OK),
        ],
    ),
    dict(
        n=18,
        src="r102.txt",
        agency="盐城市亭湖区农业农村局",
        year=2023,
        template=2021,
        layout="pipe",
        traditional="all",
        plant="收到依申请公开申请6条 vs t3.new.total 5",
        t3={"new": 5, "granted": 4, "unavailable.not_held": 1},
        claims=[
            *items(("公开362条政府信息", "362"), ("公告公示267条", "267")),
            C("热线292件", "292", "opinion.responses", S, "办理12345热线292件: hotline tickets, not applications"),
            C("共收到依申请公开申请6条", "6", REC, BAD, "PLANTED: t3.new.total 5"),
            C("均按期答复,办结率100%", "100", "other", S, "a rate"),
        ],
    ),
    dict(
        n=19,
        src="r105.txt",
        agency="区农业农村局",
        year=2023,
        template=2021,
        layout="cells",
        t2={"license": (41,), "penalty": (1,), "coercion": (1,), "fees": (14.4,)},
        t3={"new": 1, "granted": 1},
        claims=[
            *items(("全年共55条公开信息", "55"), ("招考录用14条", "14")),
            C("处罚/强制2条", "2", ITEMS, S, "items posted about penalties and coercion; t2 penalty 1 + coercion 1 are decisions"),
            C("共办理行政许可41件", "41", "other", S, "t2.license.decisions 41; no fact type reconciles it", ideal=OK),
            C("行政处罚1件", "1", "other", S, "t2.penalty.decisions 1", ideal=OK),
            C("行政强制1件", "1", "other", S, "t2.coercion.decisions 1", ideal=OK),
            C("收费项目14.4万元", "14.4", "other", S, "t2.fees.amount 14.4 万元", value=144000.0, ideal=OK),
            C("受理依申请公开事项1件", "1", REC, OK, "t3.new.total 1"),
        ],
    ),
    dict(
        n=20,
        src="r120.txt",
        agency="广州市生态环境局",
        year=2021,
        template=2021,
        layout="pipe",
        t2={"normative": (3, 1, 20)},
        t3={"new": (30, 4, 0, 0, 1, 0), "granted": (20, 3, 0, 0, 1, 0), "partial": 4, "unavailable.not_held": (6, 1, 0, 0, 0, 0)},
        claims=[
            C("文件类信息271份", "271", ITEMS, S, "documents published"),
            C("依申请公开401条", "401", ITEMS, S, "items by disclosure kind beside 主动公开…271份, not applications (t3.new 35)"),
            *items(("动态类信息1041份", "1041"), ("行政执法类信息3072条", "3072"), ("财政预决算信息19份", "19"), ("其他文件和信息4659份", "4659")),
        ],
    ),
    dict(
        n=21,
        src="r122.txt",
        agency="攀枝花市生态环境局",
        year=2020,
        template=2019,
        layout="cells",
        t3={"new": 3, "granted": 2, "unavailable.not_held": 1},
        claims=[
            *items(("等信息422条", "422"), ("信息共计12条", "12"), ("周预报信息358条", "358"), ("监测结果32条", "32"), ("达标情况4条", "4")),
            C("公开已受理建设项目环评文件42件", "42", ITEMS, S, "environmental-assessment files received (已受理) and published, not applications (t3.new 3)"),
            C("环境影响评价文件75件", "75", ITEMS, S, "files published"),
            C("已审批环评文件14件", "14", ITEMS, S, "files published, not t2.license decisions"),
            C("有关信息2件", "2", ITEMS, S, "permits' information published"),
            C("环境违法案件26件", "26", "other", S, "the whole city's cases (全市)"),
        ],
    ),
    dict(
        n=22,
        src="r131.txt",
        agency="沙依巴克区人民政府办公室",
        we="我办",
        year=2023,
        template=2021,
        layout="html",
        chrome={"related": ["沙依巴克区人民政府办公室2022年政府信息公开工作年度报告", "沙依巴克区2023年政府信息公开工作年度报告"], "prev": "沙依巴克区2023年法治政府建设情况报告"},
        t2={"normative": (1, 0, 4)},
        t3={"new": 33, "granted": 25, "partial": 2, "unavailable.not_held": 6},
        claims=[
            *items(("公开政务要闻812条", "812"), ("主动公开政府信息779条", "779"), ("重点领域信息392条", "392")),
            C("规范性文件1条", "1", NORM, S, "normative documents among the 779 items published: a part; t2.normative.issued 1", ideal=OK),
            C("共受理依申请公开33件", "33", REC, OK, "new 33 + carried 0 (其中本年新收33件)"),
            C("本年新收33件", "33", REC, OK, "t3.new.total 33"),
            C("上年结转0件", "0", REC, S, "t3.carried_in 0", ideal=OK),
            C("结转至下年办理0件", "0", CLO, S, "t3.carried_out 0", ideal=OK),
            C("动态调整31个", "31", "other", S, "catalogues"),
        ],
    ),
    dict(
        n=23,
        src="r136.txt",
        agency="遂宁市公安局船山区分局",
        year=2023,
        template=2021,
        layout="pipe",
        cut="二、主动公开政府信息情",
        t2={"normative": (0, 0, 2)},
        t3={"new": 1, "granted": 1},
        claims=[
            *items(("公开各类信息309条", "309"), ("工作动态信息306条", "306"), ("工作信息178条", "178"), ("动态信息332条", "332"), ("政民互动2845次", "2845"), ("发布信息620条", "620"), ("信息浏览230余万次", "230", 2300000.0)),
            C("有效规范性文件2件", "2", "other", S, "in force, among the items published; t2.normative.in_force 2"),
            C("收到留言2521条", "2521", "opinion.responses", S, "messages 收到, not applications"),
            C("收到留言1044条", "1044", "opinion.responses", S, "messages"),
            C("共收到依申请公开政府信息1件", "1", REC, OK, "t3.new.total 1"),
            C("本年度制发0件", "0", NORM, OK, "t2.normative.issued 0"),
            C("废止0件", "0", "other", S, "t2.normative.repealed 0", ideal=OK),
            C("现行有效2件", "2", "other", S, "t2.normative.in_force 2", ideal=OK),
        ],
    ),
    dict(
        n=24,
        src="r138.txt",
        agency="杭州市公安局滨江区分局",
        year=2022,
        template=2021,
        layout="pdf",
        t3={
            "new": (2, 2, 0, 0, 0, 0),
            "unavailable.not_held": (1, 2, 0, 0, 0, 0),
            "carried_out": (1, 0, 0, 0, 0, 0),
        },
        t4={"review": (0, 0, 0, 1)},
        claims=[
            *items(("发布各类信\n息55条", "55"), ("更新信息5条", "5"), ("部门文件3份", "3"), ("行政执法类信息27条", "27"), ("户籍类\n信息4条", "4"), ("热点回应2条", "2")),
            C("收到的6件建议提案", "6", "other", S, "suggestions and proposals 收到, not applications"),
            C("收到政府信息公开申请4件", "4", REC, OK, "t3.new.total 4"),
            C("2件为网络申请", "2", REC, S, "a channel"),
            C("2件为信件申请", "2", REC, S, "a channel"),
            C("申请人为自然人的2件", "2", REC, OK, "t3.new.natural 2"),
            C("法人或者其他组织的2件", "2", REC, S, "the five legal-person columns together (commercial 2)", ideal=OK),
            C("其中3件已按", "3", CLO, S, "answered 3 = t3.results_total 3, written as a part (其中) of the 4", ideal=OK),
            C("1件结转2023年度继续办理", "1", CLO, S, "t3.carried_out 1", ideal=OK),
            C("已办理的3件均属于", "3", CLO, S, "the 3 closed, all 本机关不掌握 (not_held 3)", ideal=OK),
            C("发生1起有关政府信息公开的", "1", REV, OK, "t4.review.total 1 (pending)"),
        ],
    ),
    dict(
        n=25,
        src="r141.txt",
        agency="湖南省应急管理厅",
        we="我厅",
        year=2023,
        template=2021,
        layout="html",
        plant="我厅共发布规范性文件8件 vs t2.normative.issued 7",
        t2={"normative": (7, 2, 16), "license": (1200,), "penalty": (25,)},
        t3={"new": 12, "granted": 9, "unavailable.not_held": 3},
        claims=[
            C("我厅共发布规范性文件8件", "8", NORM, BAD, "PLANTED: t2.normative.issued 7"),
            C("废止规范性文件2件", "2", "other", S, "t2.normative.repealed 2", ideal=OK),
            C("现行有效规范性文件16件", "16", "other", S, "t2.normative.in_force 16", ideal=OK),
            C("行政处罚公示信息18条", "18", ITEMS, S, "items pushed to a platform, not t2.penalty.decisions 25"),
            C("企业行政许可信息910条", "910", ITEMS, S, "items, not t2.license.decisions 1200"),
            *items(("特种作业许可304208条", "304208"), ("行政许可类公告25期", "25")),
            C("各类生产安全事故1244起", "1244", "other", S, "the province's accidents"),
            C("死亡1318人", "1318", "other", S, "deaths"),
            C("较大事故11起", "11", "other", S, "accidents"),
        ],
    ),
    dict(
        n=26,
        src="r145.txt",
        agency="平湖市卫生健康局",
        year=2024,
        template=2021,
        layout="cells",
        plant="予以公开1件 vs t3.granted.total 0 (not_held 1)",
        t3={"new": 1, "unavailable.not_held": 1},
        claims=[
            *items(("公布政府信息207条", "207"), ("工作信息62条", "62"), ("公示公告77条", "77")),
            C("累计达到3762条", "3762", "other", S, "cumulative"),
            C("收到依申请公开申请事项1件", "1", REC, OK, "t3.new.total 1"),
            C("予以公开1件", "1", CLO, BAD, "PLANTED: t3.granted.total 0"),
        ],
    ),
    dict(
        n=27,
        src="r151.txt",
        agency="襄阳市财政局",
        year=2022,
        template=2021,
        layout="pipe",
        chrome={"head": ["当前位置：首页 > 信息公开 > 政府信息公开年报"], "foot": ["【打印本页】 【关闭窗口】"]},
        plant="接到依申请公开事项23件 vs t3.new.total 22",
        t3={"new": 22, "granted": 18, "unavailable.not_held": 4},
        t4={"review": (1, 0, 0, 0)},
        claims=[
            *items(("共发布信息1200余条", "1200"), ("公布的32项涉企收费", "32"), ("实现100%公开", "100")),
            C("接到依申请公开事项23件", "23", REC, BAD, "PLANTED: t3.new.total 22"),
            C("依申请公开系统22件", "22", REC, S, "a channel (equal to t3.new 22 by chance)"),
            C("信函申请1件", "1", REC, S, "a channel"),
            C("行政复议共1宗", "1", REV, OK, "t4.review.total 1 (upheld)"),
        ],
    ),
    dict(
        n=28,
        src="r153.txt",
        agency="平湖市财政局",
        year=2022,
        template=2021,
        layout="html",
        t3={"new": (4, 2, 0, 0, 0, 0), "granted": (4, 2, 0, 0, 0, 0)},
        claims=[
            *items(("主动公开信息296条", "296"), ("公开信息303条", "303"), ("预决算等信息31条", "31")),
            C("全市139个部门", "139", "other", S, "the whole city's departments"),
            C("政府信息项目6例", "6", REC, S, "6 requests (例) of information items; t3.new 6 agrees", ideal=OK),
        ],
    ),
    dict(
        n=29,
        src="r154.txt",
        agency="柳州市鱼峰区里雍镇人民政府",
        we="我镇",
        year=2025,
        template=2021,
        layout="pdf",
        plant="办结3件 vs t3.results_total 2 (two carried to next year; the balance holds)",
        t3={"new": 4, "granted": 2, "carried_out": 2},
        t4={"review": (2, 0, 1, 1)},
        claims=[
            C("动公开文件1份", "1", ITEMS, S, "documents published"),
            C("发布信息331篇", "331", ITEMS, S, "WeChat posts (累计计发布 within the year)"),
            C("受理政府信息公开申请案件4件", "4", REC, OK, "t3.new.total 4"),
            C("办结\n3件", "3", CLO, BAD, "PLANTED: t3.results_total.total 2 (the PDF wraps between 办结 and 3件)"),
            C("行政复议4起", "4", REV, OK, "t4.review.total 4"),
            C("其中1起尚未审结", "1", REV, S, "t4.review.pending 1", ideal=OK),
        ],
    ),
    dict(
        n=30,
        src="r163.txt",
        agency="盐城市水利局",
        year=2021,
        template=2021,
        layout="html",
        t3={"new": 6, "granted": 4, "partial": 1, "unavailable.not_held": 1},
        claims=[
            *items(("主动公开政府信息88条", "88"), ("财政预决算信息56条", "56"), ("政策法规8条", "8")),
            C("办理依申请公开事项6件", "6", CLO, OK, "t3.results_total.total 6 (new 6 too)"),
            C("网络申请5件", "5", REC, S, "a channel"),
            C("信函申请1件", "1", REC, S, "a channel"),
        ],
    ),
    dict(
        n=31,
        src="r168.txt",
        agency="水利部",
        year=2020,
        template=2019,
        layout="pdf",
        t2={"rules": (3, 3, 41), "normative": (12, 12, 160)},
        t3={"new": 210, "carried_in": 8, "granted": 120, "partial": 20, "unavailable.not_held": 50, "other_handling": 20, "carried_out": 8},
        claims=[
            *items(("各类信息6845条", "6845")),
            C("开设25个专题专栏", "25", "other", S, "columns"),
            C("全年举办10\n场新闻发布活动", "10", "proactive.press_conferences", S, "press events; no cell"),
        ],
    ),
    dict(
        n=32,
        src="r173.txt",
        agency="三亚市天涯区旅游和文化广电体育局",
        year=2023,
        template=2021,
        layout="cells",
        traditional="all",
        t3={"new": 2, "granted": 2},
        claims=[
            *items(("主动公开信息数27条", "27"), ("部门文件20条", "20"), ("财政公开4条", "4")),
            C("共收到2条政府信息公开申请", "2", REC, OK, "t3.new.total 2 (counted in 条)"),
            C("1条来自政府网站线上申请", "1", REC, S, "a channel"),
            C("1条来自邮寄快递件", "1", REC, S, "a channel"),
        ],
    ),
    dict(
        n=33,
        src="r175.txt",
        agency="温岭市文化和广电旅游体育局",
        year=2023,
        template=2021,
        layout="pipe",
        t2={"license": (83,), "penalty": (106,)},
        claims=[
            *items(("发布信息数682条", "682"), ("主动公开信息259条", "259"), ("相关信息2篇", "2")),
            C("公开行政处罚决定106件", "106", "other", S, "decisions published; t2.penalty.decisions 106", ideal=OK),
            C("公开行政许可决定83件", "83", "other", S, "decisions published; t2.license.decisions 83", ideal=OK),
            C("主题新闻发布会4次", "4", "proactive.press_conferences", S, "press conferences; no cell"),
        ],
    ),
    dict(
        n=34,
        src="r178.txt",
        agency="高平市文化和旅游局",
        year=2023,
        template=2021,
        layout="cells",
        claims=[
            *items(("各类政府信息129条", "129"), ("工作动态信息87条", "87"), ("政策文件10条", "10")),
            C("提案建议办理情况18条", "18", ITEMS, S, "items about proposals"),
            C("共收到依申请公开0宗", "0", REC, OK, "t3.new.total 0 (counted in 宗)"),
            C("共六项", "六", "other", S, "kinds of service", value=6.0),
        ],
    ),
]


# ---------------------------------------------------------------- written after the fixes
#: "after" (session 22, written after the reconcile code was read and the wrap fix made): every
#: document again as a PDF text layer at two narrower widths, so that wraps fall inside the
#: claims' words at other places (本⏎级-like splits of the real sentences' cues, numbers
#: broken: 1⏎9条). Same excerpts, tables and claims; make.py finds each claim in the new page.
WIDTHS = (17, 29)
AFTER: list[dict] = [
    {
        **doc,
        "n": 34 + k * len(DOCS) + i + 1,
        "layout": "pdf",
        "width": width,
        "chrome": None,
        "set": "after",
    }
    for k, width in enumerate(WIDTHS)
    for i, doc in enumerate(DOCS)
]

#: "after" too: every document in Simplified script again in Traditional (verdicts15's s2t of
#: the whole page, excerpt included), in its own form; vx22_103 on.
AFTER_TRADITIONAL: list[dict] = [
    {**doc, "n": 103 + i, "traditional": "all", "set": "after"}
    for i, doc in enumerate(d for d in DOCS if not d.get("traditional"))
]
