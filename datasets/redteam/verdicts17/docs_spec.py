"""The verdicts17 documents: prose, 2021-template tables and hand-judged claims (see make.py, README.md).

Claim `expect`: "consistent" (the table says the same, like for like, the agency's own
count for the report year), "inconsistent" (a true contradiction: the agency's own
total or part for the report year that its own table, every compared cell read from
the source, contradicts) or "safe" (must never be `inconsistent`: another year, part
of the year, the whole area or the government, units under the agency, cumulative or
现行有效 counts, carried-in/out and still-open applications, approximate values,
percentages, other procedures, plans, blank/damaged/shifted cells, a table whose own
arithmetic fails). `ideal` says which verdict SCHEMA §4 prefers where a safe claim has one.

Table specs: t2 rows as tuples (rules/normative: issued, repealed, in_force; license,
penalty, coercion: decisions; fees: amount in 万元); t3 rows as an int (all 自然人) or six
cells, results_total computed; t4 groups as (upheld, corrected, other, pending).
"""

from __future__ import annotations


import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from verdict_sets import C  # noqa: E402  (one claim constructor for verdicts15, 17 and 18)


FILL = [
    "坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实《中华人民共和国政府信息公开条例》,坚持“以公开为常态、不公开为例外”,持续推进决策、执行、管理、服务、结果公开。",
    "严格落实政府信息公开保密审查机制,坚持“先审查、后公开”,全年未发生因信息公开引发的失泄密事件。",
    "动态调整政府信息主动公开基本目录,及时更新机构职能、领导信息、办事指南等栏目内容,确保信息准确、完整。",
    "加强政府信息公开平台建设,优化政府网站信息公开专栏设置,提升信息检索和查阅的便利度。",
]
PROB = "存在的主要问题:一是政策解读的形式还不够丰富;二是信息公开的标准化规范化水平有待提高;三是工作人员业务能力还需加强。改进措施:一是丰富图表、视频等解读形式;二是对照标准目录逐项梳理;三是加强业务培训。"
OTHER = "本年度未收取信息处理费。无其他需要报告的事项。"

DOCS: list[dict] = []


def doc(**kw: object) -> None:
    kw.setdefault("problems", PROB)
    kw.setdefault("other", OTHER)
    DOCS.append(kw)


# 01 plain consistent totals and parts (2021, pipe)
doc(n=1, agency="杭州市上城区民政局", year=2021, layout="pipe",
    overview="2021年,我局" + FILL[0] + "全年主动公开政府信息326条,制发行政规范性文件1件。全年共收到政府信息公开申请8件,其中自然人申请6件、商业企业申请2件,均在法定期限内答复。",
    proactive="重点公开社会救助、养老服务、婚姻登记等领域信息。截至年底,我局现行有效行政规范性文件9件。",
    requests="8件申请中,予以公开5件,部分公开1件,无法提供2件。",
    appeals="2021年,我局未发生因政府信息公开引起的行政复议、行政诉讼案件。",
    t2={"normative": (1, 0, 9), "license": (412,), "penalty": (3,)},
    t3={"new": (6, 2, 0, 0, 0, 0), "granted": (4, 1, 0, 0, 0, 0), "partial": 1, "unavailable.not_held": (1, 1, 0, 0, 0, 0)},
    t4={},
    claims=[
        C("全年共收到政府信息公开申请8件", "8", "requests.received", "consistent", "t3.new.total 8, carried_in 0"),
        C("其中自然人申请6件", "6", "requests.received", "consistent", "part: t3.new.natural 6"),
        C("商业企业申请2件", "2", "requests.received", "consistent", "part: t3.new.commercial 2"),
        C("制发行政规范性文件1件", "1", "proactive.normative", "consistent", "t2.normative.issued 1"),
        C("现行有效行政规范性文件9件", "9", "other", "safe", "现行有效: not a this-year count (SCHEMA §3: other)"),
        C("予以公开5件", "5", "requests.closed", "consistent", "part: t3.granted.total 5"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("无法提供2件", "2", "requests.closed", "consistent", "part: t3.unavailable group 2"),
    ])

# 02 true contradiction on received; other year, 12345 and complaints (html)
doc(n=2, agency="绍兴市柯桥区市场监督管理局", year=2021, layout="html",
    overview="2021年,我局" + FILL[1] + "全年共收到政府信息公开申请47件,较2020年的61件有所下降。全年办理12345政务服务热线工单3625件,受理消费投诉举报1.2万件。",
    proactive="全年主动公开行政许可、行政处罚、抽查检查结果等信息2871条,作出行政处罚决定812件并全部依法公示。",
    requests="申请内容主要涉及企业登记档案、食品安全抽检和投诉举报处理结果。全年办结政府信息公开申请43件。",
    appeals="本年度未发生政府信息公开行政复议和行政诉讼案件。",
    t2={"normative": (0, 1, 4), "license": (6452,), "penalty": (812,), "coercion": (37,)},
    t3={"new": (31, 10, 0, 0, 2, 0), "granted": (14, 4, 0, 0, 1, 0), "partial": (3, 1, 0, 0, 0, 0), "denied.third_party": 2,
        "unavailable.not_held": (7, 3, 0, 0, 1, 0), "not_processed.complaint": (4, 2, 0, 0, 0, 0), "other_handling.other": 1},
    t4={},
    claims=[
        C("全年共收到政府信息公开申请47件", "47", "requests.received", "inconsistent", "own received total 2021; t3.new.total 43, carried_in 0, results 43: no reading gives 47"),
        C("较2020年的61件", "61", "requests.received", "safe", "2020's count", ideal="not_comparable"),
        C("政务服务热线工单3625件", "3625", "other", "safe", "12345 hotline, another procedure"),
        C("受理消费投诉举报1.2万件", "1.2万", "other", "safe", "complaints, another procedure", value=12000.0),
        C("作出行政处罚决定812件", "812", "other", "safe", "penalty decisions: no fact type reconciles with t2.penalty (it agrees, 812)"),
        C("全年办结政府信息公开申请43件", "43", "requests.closed", "consistent", "t3.results_total.total 43"),
    ])

# 03 a district office: the whole district and the government vs the office (cells)
doc(n=3, agency="合肥市蜀山区人民政府办公室", year=2021, layout="cells",
    overview="2021年,区政府办公室" + FILL[2] + "全区各级行政机关共受理政府信息公开申请326件,均已按期答复。以区政府及区政府办公室名义制发行政规范性文件6件。区政府办公室本机关受理政府信息公开申请19件,全部按时办结。",
    proactive="区政府门户网站全年发布政府信息9416条,其中区政府办公室制发行政规范性文件2件,现行有效12件。",
    requests="区政府办公室受理的申请中,予以公开10件,部分公开3件,不予公开1件,无法提供5件。",
    appeals="全区共发生政府信息公开行政复议案件7件。本机关被申请行政复议1件,结果维持;未被提起行政诉讼。",
    t2={"normative": (2, 1, 12), "fees": (0,)},
    t3={"new": (15, 2, 0, 1, 1, 0), "granted": (8, 1, 0, 0, 1, 0), "partial": (2, 1, 0, 0, 0, 0), "denied.process": 1,
        "unavailable.not_held": (4, 0, 0, 1, 0, 0)},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全区各级行政机关共受理政府信息公开申请326件", "326", "requests.received", "safe", "the whole district", ideal="not_comparable"),
        C("以区政府及区政府办公室名义制发行政规范性文件6件", "6", "proactive.normative", "safe", "the government and the office together; the office's own issued cell is 2", ideal="not_comparable"),
        C("区政府办公室本机关受理政府信息公开申请19件", "19", "requests.received", "consistent", "t3.new.total 19"),
        C("其中区政府办公室制发行政规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.issued 2"),
        C("现行有效12件", "12", "other", "safe", "in force, not this year's count"),
        C("予以公开10件", "10", "requests.closed", "consistent", "part: t3.granted.total 10"),
        C("部分公开3件", "3", "requests.closed", "consistent", "part: t3.partial.total 3"),
        C("不予公开1件", "1", "requests.closed", "consistent", "part: t3.denied group 1"),
        C("无法提供5件", "5", "requests.closed", "consistent", "part: t3.unavailable group 5"),
        C("全区共发生政府信息公开行政复议案件7件", "7", "appeals.review", "safe", "the whole district", ideal="not_comparable"),
        C("本机关被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 04 共受理 with carried-in, 办结, 结转, 其他处理 (pdf)
doc(n=4, agency="南京市鼓楼区教育局", year=2021, layout="pdf",
    overview="2021年,我局" + FILL[3] + "2021年共受理政府信息公开申请30件(含上年结转4件),已办结28件,结转下年度继续办理2件。",
    proactive="全年主动公开招生入学、教育收费、财政预决算等信息1183条。",
    requests="本年新收政府信息公开申请26件,主要涉及学区划分和教师招聘。因申请人无正当理由逾期不补正,终止处理1件。",
    appeals="全年未发生因政府信息公开被申请行政复议或提起行政诉讼的情况。",
    t2={"normative": (3, 0, 17), "fees": (0,)},
    t3={"new": (24, 1, 0, 1, 0, 0), "carried_in": 4, "granted": (15, 1, 0, 0, 0, 0), "partial": 3, "denied.internal": 1,
        "unavailable.not_held": (5, 0, 0, 1, 0, 0), "not_processed.duplicate": 1, "other_handling.no_supplement": 1, "carried_out": 2},
    t4={},
    claims=[
        C("2021年共受理政府信息公开申请30件", "30", "requests.received", "consistent", "new 26 + carried_in 4 = 30, the text says it includes the carried-over"),
        C("含上年结转4件", "4", "requests.received", "consistent", "C10 part: t3.carried_in.total 4"),
        C("已办结28件", "28", "requests.closed", "consistent", "t3.results_total.total 28"),
        C("结转下年度继续办理2件", "2", "other", "safe", "carried out (other)"),
        C("本年新收政府信息公开申请26件", "26", "requests.received", "consistent", "t3.new.total 26"),
        C("终止处理1件", "1", "requests.closed", "consistent", "part: t3.other_handling.no_supplement.total 1"),
    ])

# 05 appeals with their parts (Traditional, pipe)
doc(n=5, agency="武汉市江汉区住房和城市更新局", year=2022, layout="pipe", traditional=True,
    overview="2022年,我局" + FILL[0] + "全年受理政府信息公开申请12件,均按期答复。全年办理涉及房屋征收补偿的行政复议答复40余件。",
    proactive="全年主动公开房屋征收、保障性住房分配等信息734条。",
    requests="12件申请中予以公开7件,无法提供4件,不予处理1件。",
    appeals="因政府信息公开被申请行政复议3件,其中结果维持2件、尚未审结1件;被提起行政诉讼2件,均在审理中。",
    t2={"normative": (1, 0, 6), "license": (58,), "penalty": (9,)},
    t3={"new": (11, 1, 0, 0, 0, 0), "granted": (6, 1, 0, 0, 0, 0), "unavailable.not_held": 3, "unavailable.unclear": 1,
        "not_processed.complaint": 1},
    t4={"review": (2, 0, 0, 1), "suit_direct": (0, 0, 0, 1), "suit_after_review": (0, 0, 0, 1)},
    claims=[
        C("全年受理政府信息公开申请12件", "12", "requests.received", "consistent", "t3.new.total 12"),
        C("行政复议答复40余件", "40", "other", "safe", "reviews about expropriation, not disclosure; approximate"),
        C("12件申请中予以公开7件", "7", "requests.closed", "consistent", "part: t3.granted.total 7"),
        C("无法提供4件", "4", "requests.closed", "consistent", "part: unavailable group 4"),
        C("不予处理1件", "1", "requests.closed", "consistent", "part: not_processed group 1"),
        C("因政府信息公开被申请行政复议3件", "3", "appeals.review", "consistent", "t4.review.total 3"),
        C("其中结果维持2件", "2", "appeals.review", "consistent", "part: t4.review.upheld 2"),
        C("尚未审结1件", "1", "appeals.review", "consistent", "part: t4.review.pending 1"),
        C("被提起行政诉讼2件", "2", "appeals.suit", "consistent", "suit_direct 1 + suit_after_review 1"),
    ])

# 06 true contradiction on closed; ratio and change (html)
doc(n=6, agency="成都市武侯区财政局", year=2022, layout="html",
    overview="2022年,我局" + FILL[1] + "全年受理政府信息公开申请15件,较上年增加3件;办结政府信息公开申请15件,按时办结率100%。",
    proactive="全年主动公开部门预决算、政府采购、惠民惠农补贴等信息1590条,计划2023年开展政务公开业务培训2次。",
    requests="申请内容主要涉及财政专项资金和政府采购项目。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (2, 0, 21), "fees": (0,)},
    t3={"new": (9, 4, 0, 0, 2, 0), "granted": (5, 3, 0, 0, 1, 0), "partial": (1, 0, 0, 0, 0, 0), "denied.third_party": (0, 1, 0, 0, 0, 0),
        "unavailable.not_held": 2, "carried_out": (1, 0, 0, 0, 1, 0)},
    t4={},
    claims=[
        C("全年受理政府信息公开申请15件", "15", "requests.received", "consistent", "t3.new.total 15"),
        C("较上年增加3件", "3", "other", "safe", "a change against last year"),
        C("办结政府信息公开申请15件", "15", "requests.closed", "inconsistent", "own closed total 2022; t3.results_total.total 13 (2 carried out): contradiction"),
        C("按时办结率100%", "100", "other", "safe", "a ratio", value=1.0),
        C("计划2023年开展政务公开业务培训2次", "2", "training.sessions", "safe", "a plan for next year"),
    ])

# 07 cumulative, 现行有效 and 废止 vs the issued column (cells)
doc(n=7, agency="长沙市岳麓区自然资源局", year=2022, layout="cells",
    overview="2022年,我局" + FILL[2] + "本年制发行政规范性文件2件,本年废止行政规范性文件3件,截至2022年底现行有效行政规范性文件23件。自2008年《条例》施行以来,我局累计受理政府信息公开申请812件。",
    proactive="全年主动公开国土空间规划、土地征收、不动产登记等信息2046条。",
    requests="本年度累计受理政府信息公开申请37件,全部按期办结。",
    appeals="全年因政府信息公开被申请行政复议2件,结果均为维持。",
    t2={"normative": (2, 3, 23), "license": (214,), "penalty": (41,)},
    t3={"new": (30, 5, 0, 0, 2, 0), "granted": (12, 2, 0, 0, 1, 0), "partial": (6, 1, 0, 0, 0, 0), "denied.process": 2,
        "unavailable.not_held": (8, 2, 0, 0, 1, 0), "not_processed.duplicate": 2},
    t4={"review": (2, 0, 0, 0)},
    claims=[
        C("本年制发行政规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.issued 2"),
        C("本年废止行政规范性文件3件", "3", "other", "safe", "废止 is other (SCHEMA §3)"),
        C("现行有效行政规范性文件23件", "23", "other", "safe", "in force (other)"),
        C("累计受理政府信息公开申请812件", "812", "other", "safe", "cumulative since 2008"),
        C("本年度累计受理政府信息公开申请37件", "37", "requests.received", "consistent", "累计 within the report year: t3.new.total 37"),
        C("被申请行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
    ])

# 08 units under the commission; legal persons as a sum of columns; hotline (pdf)
doc(n=8, agency="郑州市金水区卫生健康委员会", year=2022, layout="pdf",
    overview="2022年,区卫健委" + FILL[3] + "委属各医疗卫生单位共受理信息公开申请64件。委机关本级受理政府信息公开申请9件,其中自然人申请6件,法人或其他组织申请3件。",
    proactive="全年主动公开医疗机构执业登记、卫生监督等信息912条;办理12345市民服务热线工单1856件。",
    requests="9件申请均已办结,予以公开4件,部分公开2件,无法提供3件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (0, 0, 3), "license": (1320,), "penalty": (66,)},
    t3={"new": (6, 2, 0, 1, 0, 0), "granted": (3, 1, 0, 0, 0, 0), "partial": (1, 0, 0, 1, 0, 0), "unavailable.not_held": (2, 1, 0, 0, 0, 0)},
    t4={},
    claims=[
        C("委属各医疗卫生单位共受理信息公开申请64件", "64", "requests.received", "safe", "units under the commission", ideal="not_comparable"),
        C("委机关本级受理政府信息公开申请9件", "9", "requests.received", "consistent", "t3.new.total 9"),
        C("其中自然人申请6件", "6", "requests.received", "consistent", "part: t3.new.natural 6"),
        C("法人或其他组织申请3件", "3", "requests.received", "safe", "legal persons: the sum of five columns, no single field", ideal="consistent"),
        C("工单1856件", "1856", "other", "safe", "12345 hotline"),
        C("9件申请均已办结", "9", "requests.closed", "consistent", "t3.results_total.total 9"),
        C("予以公开4件", "4", "requests.closed", "consistent", "part: t3.granted.total 4"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("无法提供3件", "3", "requests.closed", "consistent", "part: unavailable group 3"),
    ])

# 09 true contradiction on a part (予以公开); first half of the year (pipe)
doc(n=9, agency="西安市雁塔区城市管理和综合执法局", year=2022, layout="pipe",
    overview="2022年,我局" + FILL[0] + "上半年受理政府信息公开申请12件。全年共受理政府信息公开申请20件,全部按期办结。",
    proactive="全年主动公开城市管理执法、市容环境整治等信息1128条。",
    requests="全年办结的申请中,予以公开11件,部分公开3件,无法提供4件,不予处理2件。",
    appeals="全年被申请行政复议1件,结果维持。",
    t2={"penalty": (1502,), "coercion": (88,)},
    t3={"new": (18, 2, 0, 0, 0, 0), "granted": (8, 1, 0, 0, 0, 0), "partial": (2, 1, 0, 0, 0, 0), "denied.enforcement": 2,
        "unavailable.not_held": 4, "not_processed.complaint": 1, "not_processed.duplicate": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("上半年受理政府信息公开申请12件", "12", "requests.received", "safe", "first half of the year", ideal="not_comparable"),
        C("全年共受理政府信息公开申请20件", "20", "requests.received", "consistent", "t3.new.total 20"),
        C("予以公开11件", "11", "requests.closed", "inconsistent", "own part: t3.granted.total 9 (row 8+1, read in full)"),
        C("部分公开3件", "3", "requests.closed", "consistent", "part: t3.partial.total 3"),
        C("无法提供4件", "4", "requests.closed", "consistent", "part: unavailable group 4"),
        C("不予处理2件", "2", "requests.closed", "consistent", "part: not_processed group 2"),
        C("全年被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 10 approximate values and a ratio; labour complaints (html)
doc(n=10, agency="福州市鼓楼区人力资源和社会保障局", year=2022, layout="html",
    overview="2022年,我局" + FILL[1] + "全年受理政府信息公开申请近30件,办结20余件,申请中约六成涉及社保待遇。全年受理劳动保障监察投诉案件1203件。",
    proactive="全年主动公开就业创业、社会保险、人才服务等信息1466条。",
    requests="申请主要涉及社保缴费记录、工伤认定和人才引进政策。",
    appeals="全年未发生因政府信息公开引起的行政复议、行政诉讼。",
    t2={"normative": (1, 0, 8), "license": (96,)},
    t3={"new": (24, 4, 0, 0, 0, 0), "granted": (10, 2, 0, 0, 0, 0), "partial": 3, "unavailable.not_held": (6, 1, 0, 0, 0, 0),
        "not_processed.complaint": 2, "other_handling.no_supplement": 1, "carried_out": (2, 1, 0, 0, 0, 0)},
    t4={},
    claims=[
        C("全年受理政府信息公开申请近30件", "30", "requests.received", "consistent", "近30 agrees with t3.new.total 28 (SCHEMA §4: 近50 agrees with 48)"),
        C("办结20余件", "20", "requests.closed", "consistent", "20余 agrees with t3.results_total.total 25"),
        C("约六成", "六成", "other", "safe", "a share", value=0.6),
        C("劳动保障监察投诉案件1203件", "1203", "other", "safe", "labour complaints, another procedure"),
    ])

# 11 blank and '/' cells (cells)
doc(n=11, agency="济南市历下区发展和改革局", year=2023, layout="cells",
    overview="2023年,我局" + FILL[2] + "全年收到政府信息公开申请5件,均已按期答复。",
    proactive="全年主动公开重大项目、价格监测、节能审查等信息673条。",
    requests="5件申请中,予以公开3件,无法提供2件。",
    appeals="本年度被申请行政复议0件,被提起行政诉讼0件。",
    t2={"normative": (0, 0, 2)},
    t3={"new": (4, 1, 0, 0, 0, 0), "granted": (2, 1, 0, 0, 0, 0), "unavailable.not_held": 2,
        "damage": {"new.total": "/", "granted.total": ""}},
    t4={"review": None, "suit_direct": (0, 0, 0, 0), "suit_after_review": (0, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请5件", "5", "requests.received", "safe", "t3.new.total is '/': absent (derived 5 from the row at most)", ideal="consistent"),
        C("予以公开3件", "3", "requests.closed", "safe", "t3.granted.total blank (derived 3 at most)", ideal="consistent"),
        C("无法提供2件", "2", "requests.closed", "consistent", "part: unavailable group 2"),
        C("被申请行政复议0件", "0", "appeals.review", "safe", "the review group is blank", ideal="unverifiable"),
        C("被提起行政诉讼0件", "0", "appeals.suit", "consistent", "suits 0+0"),
    ])

# 12 true contradiction on reviews; the whole city's system (pdf)
doc(n=12, agency="昆明市五华区交通运输局", year=2023, layout="pdf",
    overview="2023年,我局" + FILL[3] + "全年受理政府信息公开申请14件,办结14件。",
    proactive="全年主动公开道路运输许可、交通建设项目等信息845条。",
    requests="申请主要涉及出租汽车经营权和道路建设项目。",
    appeals="全市交通运输系统共发生政府信息公开行政复议案件9件。我局因政府信息公开被申请行政复议2件,被提起行政诉讼1件。",
    t2={"normative": (1, 1, 5), "license": (2870,), "penalty": (311,)},
    t3={"new": (10, 4, 0, 0, 0, 0), "granted": (5, 2, 0, 0, 0, 0), "partial": (1, 1, 0, 0, 0, 0), "denied.third_party": 1,
        "unavailable.not_held": (3, 1, 0, 0, 0, 0)},
    t4={"review": (1, 0, 0, 0), "suit_direct": (0, 0, 0, 1)},
    claims=[
        C("全年受理政府信息公开申请14件", "14", "requests.received", "consistent", "t3.new.total 14"),
        C("办结14件", "14", "requests.closed", "consistent", "t3.results_total.total 14"),
        C("全市交通运输系统共发生政府信息公开行政复议案件9件", "9", "appeals.review", "safe", "the whole city's system", ideal="not_comparable"),
        C("被申请行政复议2件", "2", "appeals.review", "inconsistent", "own review total 2023; t4.review.total 1 (1,0,0,0,1 read): contradiction"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "consistent", "suit_direct 1 + suit_after_review 0"),
    ])

# 13 other procedures: legal aid, mediation, letters and visits, forwarded applications (pipe)
doc(n=13, agency="沈阳市和平区司法局", year=2023, layout="pipe",
    overview="2023年,我局" + FILL[0] + "全年受理法律援助申请386件,调解各类矛盾纠纷1520件,办理信访事项26件。全年收到政府信息公开申请7件,另代为转交其他机关的政府信息公开申请2件。",
    proactive="全年主动公开公共法律服务、普法宣传等信息538条。",
    requests="7件申请中予以公开4件,部分公开1件,无法提供2件。",
    appeals="全年未发生政府信息公开行政复议和行政诉讼。",
    t2={"license": (21,), "penalty": (4,)},
    t3={"new": 7, "granted": 4, "partial": 1, "unavailable.not_held": 2},
    t4={},
    claims=[
        C("受理法律援助申请386件", "386", "other", "safe", "legal aid, another procedure"),
        C("调解各类矛盾纠纷1520件", "1520", "other", "safe", "mediation"),
        C("办理信访事项26件", "26", "other", "safe", "letters and visits"),
        C("全年收到政府信息公开申请7件", "7", "requests.received", "consistent", "t3.new.total 7"),
        C("代为转交其他机关的政府信息公开申请2件", "2", "requests.received", "safe", "applications to other bodies, forwarded", ideal="not_comparable"),
        C("7件申请中予以公开4件", "4", "requests.closed", "consistent", "part: t3.granted.total 4"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("无法提供2件", "2", "requests.closed", "consistent", "part: unavailable group 2"),
    ])

# 14 a table whose arithmetic fails (the results total cell says 14, its rows 12) (html)
doc(n=14, agency="青岛市市南区生态环境分局", year=2023, layout="html", arith_fails=True,
    overview="2023年,我分局" + FILL[1] + "全年收到政府信息公开申请12件,办结政府信息公开申请12件。",
    proactive="全年主动公开环境影响评价审批、排污许可、环境执法等信息1377条。",
    requests="12件申请中,予以公开8件,无法提供4件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"penalty": (57,)},
    t3={"new": (10, 2, 0, 0, 0, 0), "granted": (6, 2, 0, 0, 0, 0), "unavailable.not_held": 4,
        "damage": {"results_total.total": "14", "results_total.natural": "12"}},
    t4={},
    claims=[
        C("全年收到政府信息公开申请12件", "12", "requests.received", "consistent", "t3.new.total 12 (row sums hold)"),
        C("办结政府信息公开申请12件", "12", "requests.closed", "safe", "results_total cells 12/14 contradict their rows (sum 10/12) and the balance: the table's arithmetic fails", ideal="unverifiable"),
        C("12件申请中,予以公开8件", "8", "requests.closed", "consistent", "part: t3.granted.total 8"),
        C("无法提供4件", "4", "requests.closed", "consistent", "part: unavailable group 4"),
    ])

# 15 true contradiction on normative issued; in force (Traditional, cells)
doc(n=15, agency="广州市天河区文化广电旅游体育局", year=2023, layout="cells", traditional=True,
    overview="2023年,我局" + FILL[2] + "全年制发行政规范性文件4件,截至年底现行有效行政规范性文件11件。全年受理政府信息公开申请6件,已全部办结。",
    proactive="全年主动公开文化市场执法、体育场馆开放等信息958条。",
    requests="6件申请中予以公开3件,部分公开1件,无法提供2件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼。",
    t2={"normative": (2, 0, 11), "license": (173,), "penalty": (12,)},
    t3={"new": (5, 1, 0, 0, 0, 0), "granted": (2, 1, 0, 0, 0, 0), "partial": 1, "unavailable.not_held": 2},
    t4={},
    claims=[
        C("全年制发行政规范性文件4件", "4", "proactive.normative", "inconsistent", "own issued count 2023; t2.normative.issued 2 (repealed 0, in force 11): contradiction"),
        C("现行有效行政规范性文件11件", "11", "other", "safe", "in force"),
        C("全年受理政府信息公开申请6件", "6", "requests.received", "consistent", "t3.new.total 6"),
        C("6件申请中予以公开3件", "3", "requests.closed", "consistent", "part: t3.granted.total 3"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("无法提供2件", "2", "requests.closed", "consistent", "part: unavailable group 2"),
    ])

# 16 parts of the year in other words (pdf)
doc(n=16, agency="南宁市青秀区农业农村局", year=2023, layout="pdf",
    overview="2023年,我局" + FILL[3] + "自2023年7月1日起至年底,我局受理政府信息公开申请5件;第四季度受理3件。全年受理政府信息公开申请11件,办结11件。",
    proactive="全年主动公开强农惠农政策、农产品质量安全等信息702条。",
    requests="申请内容主要涉及土地承包经营权和农业补贴发放。",
    appeals="全年被申请行政复议0件。",
    t2={"normative": (0, 0, 4), "penalty": (15,)},
    t3={"new": (9, 0, 0, 0, 0, 2), "granted": (5, 0, 0, 0, 0, 1), "partial": 1, "unavailable.not_held": (3, 0, 0, 0, 0, 1)},
    t4={},
    claims=[
        C("我局受理政府信息公开申请5件", "5", "requests.received", "safe", "from 1 July on: part of the year", ideal="not_comparable"),
        C("第四季度受理3件", "3", "requests.received", "safe", "fourth quarter", ideal="not_comparable"),
        C("全年受理政府信息公开申请11件", "11", "requests.received", "consistent", "t3.new.total 11"),
        C("办结11件", "11", "requests.closed", "consistent", "t3.results_total.total 11"),
        C("全年被申请行政复议0件", "0", "appeals.review", "consistent", "t4.review.total 0"),
    ])

# 17 percentages and changes (pipe)
doc(n=17, agency="贵阳市云岩区应急管理局", year=2024, layout="pipe",
    overview="2024年,我局" + FILL[0] + "全年收到政府信息公开申请6件,同比增长20%,其中自然人申请5件,自然人申请占比83.3%。",
    proactive="全年主动公开安全生产执法、应急预案等信息487条。",
    requests="6件申请已全部答复,答复率100%。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"penalty": (23,), "coercion": (2,)},
    t3={"new": (5, 1, 0, 0, 0, 0), "granted": (3, 1, 0, 0, 0, 0), "unavailable.not_held": 2},
    t4={},
    claims=[
        C("全年收到政府信息公开申请6件", "6", "requests.received", "consistent", "t3.new.total 6"),
        C("同比增长20%", "20", "other", "safe", "a change", value=0.2),
        C("其中自然人申请5件", "5", "requests.received", "consistent", "part: t3.new.natural 5"),
        C("自然人申请占比83.3%", "83.3", "other", "safe", "a share", value=0.833),
        C("6件申请已全部答复", "6", "requests.closed", "consistent", "t3.results_total.total 6"),
    ])

# 18 plans for next year beside this year's counts (html)
doc(n=18, agency="太原市小店区教育局", year=2024, layout="html",
    overview="2024年,我局" + FILL[1] + "2024年制发行政规范性文件1件。全年受理政府信息公开申请18件,均在法定期限内办结。",
    proactive="全年主动公开义务教育招生、学校收费等信息1291条。",
    requests="申请主要涉及学位分配和民办学校审批。",
    appeals="全年因政府信息公开被申请行政复议1件,结果纠正。",
    other="2025年计划制发行政规范性文件3件,开展政务公开培训4场。本年度未收取信息处理费。",
    t2={"normative": (1, 2, 14)},
    t3={"new": (14, 3, 0, 1, 0, 0), "granted": (8, 2, 0, 0, 0, 0), "partial": 2, "denied.process": 1,
        "unavailable.not_held": (3, 1, 0, 1, 0, 0)},
    t4={"review": (0, 1, 0, 0)},
    claims=[
        C("2024年制发行政规范性文件1件", "1", "proactive.normative", "consistent", "t2.normative.issued 1"),
        C("全年受理政府信息公开申请18件", "18", "requests.received", "consistent", "t3.new.total 18"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("2025年计划制发行政规范性文件3件", "3", "proactive.normative", "safe", "a plan for next year", ideal="not_comparable"),
        C("开展政务公开培训4场", "4", "training.sessions", "safe", "a plan"),
    ])

# 19 true contradiction on a part (自然人) (cells)
doc(n=19, agency="石家庄市长安区市场监督管理局", year=2024, layout="cells",
    overview="2024年,我局" + FILL[2] + "全年共收到政府信息公开申请20件,其中自然人申请18件,商业企业申请4件。",
    proactive="全年主动公开市场主体登记、双随机抽查结果等信息3340条。",
    requests="20件申请中予以公开9件,部分公开2件,无法提供7件,不予处理2件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼。",
    t2={"license": (5120,), "penalty": (204,)},
    t3={"new": (16, 4, 0, 0, 0, 0), "granted": (7, 2, 0, 0, 0, 0), "partial": (1, 1, 0, 0, 0, 0),
        "unavailable.not_held": (6, 1, 0, 0, 0, 0), "not_processed.complaint": 2},
    t4={},
    claims=[
        C("全年共收到政府信息公开申请20件", "20", "requests.received", "consistent", "t3.new.total 20"),
        C("其中自然人申请18件", "18", "requests.received", "inconsistent", "own part: t3.new.natural 16 (16+4=20 read in full)"),
        C("商业企业申请4件", "4", "requests.received", "consistent", "part: t3.new.commercial 4"),
        C("20件申请中予以公开9件", "9", "requests.closed", "consistent", "part: t3.granted.total 9"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("无法提供7件", "7", "requests.closed", "consistent", "part: unavailable group 7"),
        C("不予处理2件", "2", "requests.closed", "consistent", "part: not_processed group 2"),
    ])

# 20 a district office: the government, the office, the district (pdf)
doc(n=20, agency="兰州市城关区人民政府办公室", year=2024, layout="pdf",
    overview="2024年,区政府办公室" + FILL[3] + "全区共收到政府信息公开申请412件。区政府共收到以区政府为答复主体的政府信息公开申请58件。区政府办公室本机关受理申请21件,办结21件。",
    proactive="区政府门户网站全年发布信息8820条。",
    requests="区政府办公室受理的申请中予以公开12件。",
    appeals="全区政府信息公开行政诉讼案件5件。区政府办公室未被申请行政复议,未被提起行政诉讼。",
    t2={"normative": (3, 0, 41)},
    t3={"new": (17, 3, 0, 0, 1, 0), "granted": (10, 2, 0, 0, 0, 0), "partial": 3, "unavailable.not_held": (4, 1, 0, 0, 1, 0)},
    t4={},
    claims=[
        C("全区共收到政府信息公开申请412件", "412", "requests.received", "safe", "the whole district", ideal="not_comparable"),
        C("以区政府为答复主体的政府信息公开申请58件", "58", "requests.received", "safe", "the government, not the office's own count (21)", ideal="not_comparable"),
        C("区政府办公室本机关受理申请21件", "21", "requests.received", "consistent", "t3.new.total 21"),
        C("办结21件", "21", "requests.closed", "consistent", "t3.results_total.total 21"),
        C("受理的申请中予以公开12件", "12", "requests.closed", "consistent", "part: t3.granted.total 12"),
        C("全区政府信息公开行政诉讼案件5件", "5", "appeals.suit", "safe", "the whole district", ideal="not_comparable"),
    ])

# 21 shifted cells: a t3 row and the t4 row each lost a cell (pipe)
doc(n=21, agency="海口市美兰区水务局", year=2024, layout="pipe",
    overview="2024年,我局" + FILL[0] + "全年受理政府信息公开申请9件,予以公开6件,无法提供3件。",
    proactive="全年主动公开水利工程建设、河长制等信息415条。",
    requests="申请主要涉及供排水和水利工程征地。",
    appeals="全年被申请行政复议1件,被提起行政诉讼1件。",
    t2={"license": (87,), "penalty": (6,)},
    t3={"new": (8, 1, 0, 0, 0, 0), "granted": (5, 1, 0, 0, 0, 0), "unavailable.not_held": (3, 0, 0, 0, 0, 0),
        "drop": {"granted": 2}},
    t4={"review": (1, 0, 0, 0), "suit_direct": (0, 0, 0, 1), "t4drop": 6},
    claims=[
        C("全年受理政府信息公开申请9件", "9", "requests.received", "consistent", "t3.new.total 9 (its row intact)"),
        C("予以公开6件", "6", "requests.closed", "safe", "t3.granted row lost a cell: misaligned", ideal="unverifiable"),
        C("无法提供3件", "3", "requests.closed", "consistent", "part: unavailable group 3 (rows intact)"),
        C("被申请行政复议1件", "1", "appeals.review", "safe", "the t4 row is a cell short: nothing placed with certainty", ideal="unverifiable"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "safe", "the t4 row is a cell short", ideal="unverifiable"),
    ])

# 22 办结 including last year's; closed of the new ones (html)
doc(n=22, agency="银川市兴庆区人力资源和社会保障局", year=2024, layout="html",
    overview="2024年,我局" + FILL[1] + "本年新收政府信息公开申请16件。全年办结政府信息公开申请17件,其中上年结转申请3件;本年新收申请办结14件,2件结转至2025年继续办理。",
    proactive="全年主动公开就业补贴、社保经办等信息1034条。",
    requests="申请内容主要涉及养老保险待遇核定和工伤认定。",
    appeals="全年因政府信息公开被提起行政诉讼1件,尚未审结。",
    t2={"normative": (0, 1, 7), "license": (63,)},
    t3={"new": (13, 3, 0, 0, 0, 0), "carried_in": 3, "granted": (8, 1, 0, 0, 0, 0), "partial": 2, "denied.third_party": 1,
        "unavailable.not_held": (3, 1, 0, 0, 0, 0), "not_processed.duplicate": (0, 1, 0, 0, 0, 0), "carried_out": 2},
    t4={"suit_after_review": (0, 0, 0, 1)},
    claims=[
        C("本年新收政府信息公开申请16件", "16", "requests.received", "consistent", "t3.new.total 16"),
        C("全年办结政府信息公开申请17件", "17", "requests.closed", "consistent", "t3.results_total.total 17 (with 3 carried in)"),
        C("其中上年结转申请3件", "3", "requests.closed", "safe", "the carried-in share of the closed: no field of the results", ideal="unverifiable"),
        C("本年新收申请办结14件", "14", "requests.closed", "safe", "closed of the new only: no field", ideal="unverifiable"),
        C("2件结转至2025年继续办理", "2", "other", "safe", "carried out"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "consistent", "suit_direct 0 + suit_after_review 1"),
    ])

# 23 true contradiction on suits (cells)
doc(n=23, agency="呼和浩特市赛罕区住房和城乡建设局", year=2025, layout="cells",
    overview="2025年,我局" + FILL[2] + "全年受理政府信息公开申请25件,办结25件。",
    proactive="全年主动公开建设工程许可、物业管理等信息1187条。",
    requests="申请主要涉及棚户区改造和房屋征收补偿。",
    appeals="因政府信息公开被申请行政复议2件,结果维持;被提起行政诉讼3件。",
    t2={"normative": (1, 0, 9), "license": (640,), "penalty": (35,)},
    t3={"new": (21, 3, 0, 0, 1, 0), "granted": (9, 2, 0, 0, 0, 0), "partial": (3, 0, 0, 0, 1, 0), "denied.process": 1,
        "unavailable.not_held": (7, 1, 0, 0, 0, 0), "not_processed.duplicate": 1},
    t4={"review": (2, 0, 0, 0), "suit_direct": (1, 0, 0, 0), "suit_after_review": (0, 0, 0, 1)},
    claims=[
        C("全年受理政府信息公开申请25件", "25", "requests.received", "consistent", "t3.new.total 25"),
        C("办结25件", "25", "requests.closed", "consistent", "t3.results_total.total 25"),
        C("被申请行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
        C("被提起行政诉讼3件", "3", "appeals.suit", "inconsistent", "own suit total 2025; suit_direct 1 + suit_after_review 1 = 2, every cell read"),
    ])

# 24 true contradiction on corrected (Traditional, pdf)
doc(n=24, agency="乌鲁木齐市天山区卫生健康委员会", year=2025, layout="pdf", traditional=True,
    overview="2025年,区卫健委" + FILL[3] + "全年受理政府信息公开申请10件,均已办结。",
    proactive="全年主动公开卫生监督、疾病防控等信息766条。",
    requests="10件申请中予以公开6件,无法提供4件。",
    appeals="全年因政府信息公开被申请行政复议2件,其中被纠错1件。",
    t2={"license": (402,), "penalty": (19,)},
    t3={"new": (8, 2, 0, 0, 0, 0), "granted": (4, 2, 0, 0, 0, 0), "unavailable.not_held": 4},
    t4={"review": (2, 0, 0, 0)},
    claims=[
        C("全年受理政府信息公开申请10件", "10", "requests.received", "consistent", "t3.new.total 10"),
        C("10件申请中予以公开6件", "6", "requests.closed", "consistent", "part: t3.granted.total 6"),
        C("无法提供4件", "4", "requests.closed", "consistent", "part: unavailable group 4"),
        C("被申请行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
        C("其中被纠错1件", "1", "appeals.corrected", "inconsistent", "own corrected count; every corrected cell of t4 is 0 (review 2,0,0,0,2; suits 0)"),
    ])

# 25 carried out and still open (pipe)
doc(n=25, agency="拉萨市城关区民政局", year=2025, layout="pipe",
    overview="2025年,我局" + FILL[0] + "全年受理政府信息公开申请7件,办结5件,尚有2件正在办理中,结转下年度办理2件。",
    proactive="全年主动公开低保、特困供养、养老服务补贴等信息388条。",
    requests="申请主要涉及最低生活保障审批。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼。",
    t3={"new": 7, "granted": 3, "partial": 1, "unavailable.not_held": 1, "carried_out": 2},
    t4={},
    claims=[
        C("全年受理政府信息公开申请7件", "7", "requests.received", "consistent", "t3.new.total 7"),
        C("办结5件", "5", "requests.closed", "consistent", "t3.results_total.total 5"),
        C("尚有2件正在办理中", "2", "other", "safe", "still open (other)"),
        C("结转下年度办理2件", "2", "other", "safe", "carried out (other)"),
    ])

# 26 true contradiction: 共受理 with carried-in that no reading gives (html)
doc(n=26, agency="苏州市吴中区交通运输局", year=2021, layout="html",
    overview="2021年,我局" + FILL[1] + "全年共受理政府信息公开申请25件(其中上年结转2件),办结22件,1件结转下年度办理。",
    proactive="全年主动公开交通建设、运输管理、执法检查等信息963条。",
    requests="申请内容主要涉及道路建设征地和客运班线调整。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼。",
    t2={"normative": (1, 0, 6), "license": (3520,), "penalty": (640,)},
    t3={"new": (17, 3, 0, 0, 1, 0), "carried_in": 2, "granted": (9, 1, 0, 0, 1, 0), "partial": 3, "denied.third_party": 1,
        "unavailable.not_held": (5, 2, 0, 0, 0, 0), "carried_out": 1},
    t4={},
    claims=[
        C("全年共受理政府信息公开申请25件", "25", "requests.received", "inconsistent", "own total with the carried-in: new 21 + carried_in 2 = 23; new 21; no reading gives 25"),
        C("其中上年结转2件", "2", "requests.received", "consistent", "C10 part: t3.carried_in.total 2"),
        C("办结22件", "22", "requests.closed", "consistent", "t3.results_total.total 22"),
        C("1件结转下年度办理", "1", "other", "safe", "carried out"),
    ])

# 27 unreadable cells (cells)
doc(n=27, agency="宁波市鄞州区农业农村局", year=2022, layout="cells",
    overview="2022年,我局" + FILL[2] + "全年收到政府信息公开申请10件,办结10件。",
    proactive="全年主动公开农业项目资金、农村集体“三资”等信息820条。",
    requests="10件申请中予以公开6件,无法提供4件。",
    appeals="全年被申请行政复议1件,结果维持。",
    t2={"normative": (0, 0, 5)},
    t3={"new": (9, 1, 0, 0, 0, 0), "granted": (5, 1, 0, 0, 0, 0), "unavailable.not_held": 4,
        "damage": {"new.total": "1O", "granted.natural": "S"}},
    t4={"review": (1, 0, 0, 0), "t4damage": {4: "l"}},
    claims=[
        C("全年收到政府信息公开申请10件", "10", "requests.received", "safe", "t3.new.total '1O' unreadable (the row determines 10)", ideal="consistent"),
        C("办结10件", "10", "requests.closed", "consistent", "t3.results_total.total 10"),
        C("10件申请中予以公开6件", "6", "requests.closed", "consistent", "part: t3.granted.total 6 (the total cell is clean; its natural cell 'S' is not compared)"),
        C("无法提供4件", "4", "requests.closed", "consistent", "part: unavailable group 4"),
        C("被申请行政复议1件", "1", "appeals.review", "safe", "t4.review.total 'l' unreadable (the group determines 1)", ideal="consistent"),
    ])

# 28 statistics queries vs applications; the district system (pipe)
doc(n=28, agency="厦门市思明区统计局", year=2023, layout="pipe",
    overview="2023年,我局" + FILL[3] + "全年提供统计数据查询服务320余次,全区统计系统共收到政府信息公开申请11件。我局本级受理政府信息公开申请3件,均已办结。",
    proactive="全年主动公开统计公报、统计月报等信息265条。",
    requests="3件申请中予以公开2件,无法提供1件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼。",
    t3={"new": (1, 1, 1, 0, 0, 0), "granted": (1, 1, 0, 0, 0, 0), "unavailable.not_held": (0, 0, 1, 0, 0, 0)},
    t4={},
    claims=[
        C("统计数据查询服务320余次", "320", "other", "safe", "statistics queries, another procedure"),
        C("全区统计系统共收到政府信息公开申请11件", "11", "requests.received", "safe", "the district's system", ideal="not_comparable"),
        C("我局本级受理政府信息公开申请3件", "3", "requests.received", "consistent", "t3.new.total 3"),
        C("3件申请中予以公开2件", "2", "requests.closed", "consistent", "part: t3.granted.total 2"),
        C("无法提供1件", "1", "requests.closed", "consistent", "part: unavailable group 1"),
    ])

# 29 true contradiction on 部分公开; last year's report (html)
doc(n=29, agency="深圳市福田区科技创新局", year=2024, layout="html",
    overview="2024年,我局" + FILL[0] + "全年受理政府信息公开申请19件,办结19件。2023年度收到申请15件。",
    proactive="全年主动公开科技项目立项、资金拨付等信息1245条。",
    requests="19件申请中,予以公开10件,部分公开4件,不予公开1件,无法提供4件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼。",
    t2={"normative": (2, 1, 10)},
    t3={"new": (8, 9, 1, 0, 1, 0), "granted": (4, 5, 1, 0, 0, 0), "partial": (1, 1, 0, 0, 0, 0), "denied.third_party": (0, 1, 0, 0, 0, 0),
        "unavailable.not_held": (2, 1, 0, 0, 1, 0), "not_processed.duplicate": (1, 1, 0, 0, 0, 0)},
    t4={},
    claims=[
        C("全年受理政府信息公开申请19件", "19", "requests.received", "consistent", "t3.new.total 19"),
        C("办结19件", "19", "requests.closed", "consistent", "t3.results_total.total 19"),
        C("2023年度收到申请15件", "15", "requests.received", "safe", "last year's count", ideal="not_comparable"),
        C("予以公开10件", "10", "requests.closed", "consistent", "part: t3.granted.total 10"),
        C("部分公开4件", "4", "requests.closed", "inconsistent", "own part: t3.partial.total 2 (1+1, read in full)"),
        C("不予公开1件", "1", "requests.closed", "consistent", "part: denied group 1"),
        C("无法提供4件", "4", "requests.closed", "consistent", "part: unavailable group 4"),
    ])

# 30 a mix of other counts around clean totals (pdf)
doc(n=30, agency="杭州市西湖区城市管理局", year=2025, layout="pdf",
    overview="2025年,我局" + FILL[1] + "全年办理12345热线交办件4.6万件,受理群众来信来访183件次。全年收到政府信息公开申请13件,办结13件,其中自然人申请11件。",
    proactive="全年主动公开市容环卫、执法检查、行政处罚等信息2240条,收取行政事业性收费26.5万元。",
    requests="13件申请中予以公开5件,部分公开2件,无法提供5件,其他处理1件。",
    appeals="全年被申请行政复议1件,结果维持。",
    t2={"license": (1780,), "penalty": (2960,), "coercion": (145,), "fees": (26.5,)},
    t3={"new": (11, 2, 0, 0, 0, 0), "granted": (4, 1, 0, 0, 0, 0), "partial": (1, 1, 0, 0, 0, 0),
        "unavailable.not_held": 5, "other_handling.no_fee": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("热线交办件4.6万件", "4.6万", "other", "safe", "12345", value=46000.0),
        C("受理群众来信来访183件次", "183", "other", "safe", "letters and visits"),
        C("全年收到政府信息公开申请13件", "13", "requests.received", "consistent", "t3.new.total 13"),
        C("办结13件", "13", "requests.closed", "consistent", "t3.results_total.total 13"),
        C("其中自然人申请11件", "11", "requests.received", "consistent", "part: t3.new.natural 11"),
        C("收取行政事业性收费26.5万元", "26.5", "other", "safe", "fees: no fact type reconciles (it agrees with t2.fees.amount)", value=265000.0),
        C("13件申请中予以公开5件", "5", "requests.closed", "consistent", "part: t3.granted.total 5"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("无法提供5件", "5", "requests.closed", "consistent", "part: unavailable group 5"),
        C("其他处理1件", "1", "requests.closed", "consistent", "part: other_handling group 1 (2021 template: three rows)"),
        C("全年被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 31 approximate values on both sides of the table (html)
doc(n=31, agency="天津市河西区商务局", year=2025, layout="html",
    overview="2025年,我局" + FILL[2] + "全年受理政府信息公开申请约20件,办结近20件,其中予以公开近10件。全年办理的行政复议案件20余件(含非政府信息公开类)。",
    proactive="全年主动公开商贸流通、外资外贸、消费促进等信息1130条。",
    requests="申请内容主要涉及商业网点规划、企业扶持资金。",
    appeals="因政府信息公开被申请行政复议1件,结果维持。",
    t2={"normative": (1, 0, 6), "license": (25,)},
    t3={"new": (13, 7, 0, 0, 1, 0), "granted": (7, 4, 0, 0, 0, 0), "partial": (2, 1, 0, 0, 0, 0),
        "unavailable.not_held": (3, 1, 0, 0, 1, 0), "carried_out": (1, 1, 0, 0, 0, 0)},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("受理政府信息公开申请约20件", "20", "requests.received", "safe", "约20 against t3.new.total 21: an approximation", ideal="consistent"),
        C("办结近20件", "20", "requests.closed", "consistent", "近20 agrees with t3.results_total.total 19"),
        C("其中予以公开近10件", "10", "requests.closed", "safe", "近10 against t3.granted.total 11: approximate, not an accusation", ideal="unverifiable"),
        C("行政复议案件20余件", "20", "appeals.review", "safe", "reviews of every kind, approximate", ideal="not_comparable"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 32 a central window for the district's applications; licences (pipe)
doc(n=32, agency="包头市昆都仑区政务服务局", year=2023, layout="pipe",
    overview="2023年,我局" + FILL[0] + "我局作为全区依申请公开统一受理窗口,全年共接收全区各部门政府信息公开申请98件,已按职责转交相关部门办理。其中我局作为答复主体的申请6件,均已办结。全年办理行政许可申请3025件。",
    proactive="全年主动公开政务服务事项清单、办事指南等信息1502条。",
    requests="我局作为答复主体的6件申请中,予以公开4件,无法提供2件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"license": (3025,)},
    t3={"new": (5, 1, 0, 0, 0, 0), "granted": (3, 1, 0, 0, 0, 0), "unavailable.not_held": 2},
    t4={},
    claims=[
        C("全年共接收全区各部门政府信息公开申请98件", "98", "requests.received", "safe", "the whole district's applications through a window", ideal="not_comparable"),
        C("其中我局作为答复主体的申请6件", "6", "requests.received", "consistent", "t3.new.total 6"),
        C("办理行政许可申请3025件", "3025", "other", "safe", "licence applications, another procedure"),
        C("的6件申请中,予以公开4件", "4", "requests.closed", "consistent", "part: t3.granted.total 4"),
        C("无法提供2件", "2", "requests.closed", "consistent", "part: unavailable group 2"),
    ])
