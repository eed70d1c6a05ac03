"""The verdicts15 documents: prose, tables and hand-judged claims (see make.py, README.md).

Claim `expect`: "consistent" (the table says the same, like for like, the agency's own
count for the report year), "inconsistent" (a true contradiction: the agency's own
total or part for the report year that its own table, read cell by cell, contradicts)
or "safe" (must never be `inconsistent`: another year, part of the year, the whole
area, cumulative, a change, another procedure, an example, a channel, a cell that is
damaged, blank or derived...). `ideal` says which safe verdict SCHEMA §4 prefers.
"""

from __future__ import annotations


import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from verdict_sets import C  # noqa: E402  (one claim constructor for verdicts15, 17 and 18)


P_FILL = [
    "坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实《中华人民共和国政府信息公开条例》,坚持“以公开为常态、不公开为例外”原则,不断提升政务公开质量。",
    "严格落实政府信息公开保密审查制度,坚持“先审查、后公开”和“一事一审”原则,全年未发生泄密事件。",
    "进一步完善政府信息公开指南和公开目录,及时更新机构职能、领导分工、办事指南等基础信息。",
]
PROB = "存在的主要问题:一是信息公开的及时性有待提高;二是政策解读形式较为单一;三是工作人员业务能力有待加强。改进措施:一是加强业务培训;二是丰富解读形式;三是强化监督考核。"

DOCS: list[dict] = []


def doc(**kw: object) -> None:
    kw.setdefault("problems", PROB)
    kw.setdefault("other", "无其他需要报告的事项。")
    DOCS.append(kw)


# 01 plain consistent 2019, pipe
doc(n=1, agency="嘉兴市秀洲区司法局", year=2019, layout="pipe",
    overview="2019年,我局" + P_FILL[0] + "全年通过区政府门户网站主动公开政府信息152条,制发规范性文件2件。2019年,我局共受理政府信息公开申请6件,其中自然人申请5件、商业企业申请1件,均已按时办结。",
    proactive="全年主动公开法律服务、人民调解、普法宣传等信息152条。",
    requests="全年共收到政府信息公开申请6件,予以公开4件,部分公开1件,无法提供1件。",
    appeals="2019年未发生因政府信息公开引起的行政复议、行政诉讼。",
    t2={"normative": (2, 2, 17)},
    t3={"new": (5, 1, 0, 0, 0, 0), "granted": (3, 1, 0, 0, 0, 0), "partial": 1, "unavailable.not_held": 1},
    t4={},
    claims=[
        C("共受理政府信息公开申请6件", "6", "requests.received", "consistent", "t3.new.total 6, carried_in 0"),
        C("其中自然人申请5件", "5", "requests.received", "consistent", "part: t3.new.natural 5"),
        C("商业企业申请1件", "1", "requests.received", "consistent", "part: t3.new.commercial 1"),
        C("制发规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.made 2 (published 2)"),
        C("予以公开4件", "4", "requests.closed", "consistent", "part: t3.granted.total 4"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("无法提供1件", "1", "requests.closed", "consistent", "part: t3.unavailable group 1"),
    ])

# 02 true contradiction on received; other-year and cumulative look-alikes
doc(n=2, agency="湖州市自然资源和规划局", year=2019, layout="cells",
    overview="2019年,我局" + P_FILL[1] + "本年度共收到政府信息公开申请38件,较2018年的52件下降26.9%。自2008年《条例》实施以来,累计受理依申请公开432件。",
    proactive="全年主动公开国土空间规划、土地供应、不动产登记等信息1268条。",
    requests="本年度申请主要集中在征地补偿、土地出让等方面。全年办结申请35件,均在法定期限内答复。",
    appeals="全年因政府信息公开被申请行政复议1件,结果维持。",
    t2={"normative": (3, 3, 46)},
    t3={"new": (30, 5, 0, 0, 0, 0), "granted": (20, 3, 0, 0, 0, 0), "partial": 4, "unavailable.not_held": (6, 2, 0, 0, 0, 0)},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("本年度共收到政府信息公开申请38件", "38", "requests.received", "inconsistent", "own count, 2019, total; t3.new.total 35, carried_in 0: no reading gives 38"),
        C("较2018年的52件", "52", "requests.received", "safe", "2018's count", ideal="not_comparable"),
        C("下降26.9%", "26.9", "other", "safe", "a change, a ratio", value=0.269),
        C("累计受理依申请公开432件", "432", "other", "safe", "cumulative since 2008"),
        C("全年办结申请35件", "35", "requests.closed", "consistent", "t3.results_total.total 35"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 03 whole-county counts in a county office report (html)
doc(n=3, agency="桐庐县人民政府办公室", year=2019, layout="html",
    overview="2019年,县政府办" + P_FILL[2] + "全县各级行政机关共受理政府信息公开申请215件,办结215件。县政府办公室本机关受理政府信息公开申请14件,全部按时办结。",
    proactive="全年通过县政府门户网站主动公开政府信息3562条,其中县政府文件45件。",
    requests="本机关受理的14件申请中,予以公开9件,部分公开2件,无法提供3件。",
    appeals="全县共发生政府信息公开行政复议案件6件、行政诉讼案件2件。本机关被申请行政复议1件,结果维持;未发生行政诉讼。",
    t2={"normative": (7, 7, 112)},
    t3={"new": 14, "granted": 9, "partial": 2, "unavailable.not_held": 2, "unavailable.needs_creation": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全县各级行政机关共受理政府信息公开申请215件", "215", "requests.received", "safe", "whole county", ideal="not_comparable"),
        C("办结215件", "215", "requests.closed", "safe", "whole county", ideal="not_comparable"),
        C("本机关受理政府信息公开申请14件", "14", "requests.received", "consistent", "t3.new.total 14"),
        C("予以公开9件", "9", "requests.closed", "consistent", "part: t3.granted.total 9"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("无法提供3件", "3", "requests.closed", "consistent", "part: unavailable group 2+1"),
        C("政府信息公开行政复议案件6件", "6", "appeals.review", "safe", "whole county"),
        C("行政诉讼案件2件", "2", "appeals.suit", "safe", "whole county"),
        C("本机关被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 04 part of the year, other procedures (pdf)
doc(n=4, agency="绍兴市上虞区教育体育局", year=2020, layout="pdf",
    overview="2020年,我局" + P_FILL[0] + "2020年上半年受理政府信息公开申请7件,全年共受理19件。全年办理教师资格认定申请1365件,受理群众来信来访83件,答复人大代表建议12件、政协提案15件。",
    proactive="全年主动公开招生入学、教师招聘、学校收费等信息846条。",
    requests="全年办结政府信息公开申请19件,其中予以公开11件。",
    appeals="全年未发生因政府信息公开引起的行政复议和行政诉讼案件。",
    t3={"new": (17, 2, 0, 0, 0, 0), "granted": (10, 1, 0, 0, 0, 0), "partial": 3, "unavailable.not_held": 4, "not_processed.complaint": 1},
    t4={},
    claims=[
        C("上半年受理政府信息公开申请7件", "7", "requests.received", "safe", "first half of 2020 only", ideal="not_comparable"),
        C("全年共受理19件", "19", "requests.received", "consistent", "t3.new.total 19"),
        C("办理教师资格认定申请1365件", "1365", "other", "safe", "another procedure"),
        C("受理群众来信来访83件", "83", "other", "safe", "letters and visits, not disclosure applications"),
        C("答复人大代表建议12件", "12", "other", "safe", "deputies' proposals"),
        C("政协提案15件", "15", "other", "safe", "CPPCC proposals"),
        C("全年办结政府信息公开申请19件", "19", "requests.closed", "consistent", "t3.results_total.total 19"),
        C("其中予以公开11件", "11", "requests.closed", "consistent", "part: t3.granted.total 11"),
    ])

# 05 new regulation from 15 May 2019 (part of the year); carried in and out
doc(n=5, agency="宁波市生态环境局", year=2019, layout="pipe",
    overview="2019年,我局" + P_FILL[1] + "新修订的《条例》于2019年5月15日施行以来,我局受理依申请公开11件。2019年全年共受理政府信息公开申请16件,另有上年结转申请2件。",
    proactive="全年主动公开环境质量、环评审批、行政处罚等信息2135条。",
    requests="全年办结17件,结转下年度继续办理1件。",
    appeals="因政府信息公开被申请行政复议0件,提起行政诉讼0件。",
    t2={"normative": (1, 1, 23)},
    t3={"new": (12, 3, 0, 1, 0, 0), "carried_in": 2, "granted": (8, 2, 0, 1, 0, 0), "partial": 2, "denied.process": 1, "unavailable.not_held": (2, 1, 0, 0, 0, 0), "carried_out": 1},
    t4={},
    claims=[
        C("我局受理依申请公开11件", "11", "requests.received", "safe", "since 15 May 2019 only (part of the year)", ideal="not_comparable"),
        C("全年共受理政府信息公开申请16件", "16", "requests.received", "consistent", "t3.new.total 16"),
        C("另有上年结转申请2件", "2", "requests.received", "consistent", "C10 part: t3.carried_in.total 2"),
        C("全年办结17件", "17", "requests.closed", "consistent", "t3.results_total.total 17"),
        C("结转下年度继续办理1件", "1", "other", "safe", "carried out: other (C10)"),
        C("被申请行政复议0件", "0", "appeals.review", "consistent", "t4.review.total 0"),
        C("提起行政诉讼0件", "0", "appeals.suit", "consistent", "suits 0+0"),
    ])

# 06 共受理 including carried-over (Traditional, cells)
doc(n=6, agency="金华市婺城区住房和城乡建设局", year=2020, layout="cells", traditional=True,
    overview="2020年,我局" + P_FILL[2] + "2020年共受理政府信息公开申请27件(含上年结转3件),已办结25件,结转下年度办理2件。",
    proactive="全年主动公开政府信息580条。",
    requests="本年度新收申请24件,其中自然人申请21件。",
    appeals="本年度未发生政府信息公开行政复议、行政诉讼案件。",
    t3={"new": (21, 3, 0, 0, 0, 0), "carried_in": 3, "granted": (15, 2, 0, 0, 0, 0), "partial": 3, "unavailable.not_held": (4, 1, 0, 0, 0, 0), "carried_out": 2},
    t4={},
    claims=[
        C("共受理政府信息公开申请27件", "27", "requests.received", "consistent", "new 24 + carried_in 3 = 27; the text says it includes the carried-over (SCHEMA §3 table row)"),
        C("含上年结转3件", "3", "requests.received", "consistent", "C10 part: t3.carried_in.total 3"),
        C("已办结25件", "25", "requests.closed", "consistent", "t3.results_total.total 25"),
        C("结转下年度办理2件", "2", "other", "safe", "carried out: other"),
        C("本年度新收申请24件", "24", "requests.received", "consistent", "t3.new.total 24"),
        C("其中自然人申请21件", "21", "requests.received", "consistent", "part: t3.new.natural 21"),
    ])

# 07 true contradiction on closed (html)
doc(n=7, agency="温州市财政局", year=2020, layout="html",
    overview="2020年,我局" + P_FILL[0] + "全年受理政府信息公开申请21件,全年办结政府信息公开申请21件,办结率100%。",
    proactive="全年主动公开预决算、政府采购、财政专项资金等信息1402条。",
    requests="申请内容主要涉及财政专项资金拨付、政府采购项目等。",
    appeals="全年被申请行政复议0件,行政诉讼0件。",
    t2={"normative": (5, 5, 88)},
    t3={"new": (14, 6, 0, 0, 1, 0), "granted": (8, 3, 0, 0, 1, 0), "partial": 2, "denied.third_party": 1, "unavailable.not_held": (3, 1, 0, 0, 0, 0), "carried_out": (1, 1, 0, 0, 0, 0)},
    t4={},
    claims=[
        C("全年受理政府信息公开申请21件", "21", "requests.received", "consistent", "t3.new.total 21"),
        C("全年办结政府信息公开申请21件", "21", "requests.closed", "inconsistent", "own closed total 2020; results_total.total 19 (2 carried out): contradiction"),
        C("办结率100%", "100", "other", "safe", "a ratio", value=1.0),
        C("被申请行政复议0件", "0", "appeals.review", "consistent", "t4.review.total 0"),
        C("行政诉讼0件", "0", "appeals.suit", "consistent", "0+0"),
    ])

# 08 all outcome parts, 2019 one-row 其他处理 (pipe)
doc(n=8, agency="台州市路桥区市场监督管理局", year=2019, layout="pipe",
    overview="2019年,我局" + P_FILL[1] + "全年共收到政府信息公开申请23件,全部办结。",
    proactive="全年主动公开行政许可、行政处罚、抽查检查结果等信息3377条。",
    requests="办理结果中,予以公开12件,部分公开3件,不予公开2件,无法提供4件,不予处理1件,其他处理1件。",
    appeals="因政府信息公开引起行政复议1件,结果纠正。",
    t3={"new": (18, 5, 0, 0, 0, 0), "granted": (9, 3, 0, 0, 0, 0), "partial": (2, 1, 0, 0, 0, 0), "denied.third_party": 1, "denied.enforcement": 1, "unavailable.not_held": (3, 1, 0, 0, 0, 0), "not_processed.duplicate": 1, "other_handling": 1},
    t4={"review": (0, 1, 0, 0)},
    claims=[
        C("全年共收到政府信息公开申请23件", "23", "requests.received", "consistent", "t3.new.total 23"),
        C("予以公开12件", "12", "requests.closed", "consistent", "t3.granted.total 12"),
        C("部分公开3件", "3", "requests.closed", "consistent", "t3.partial.total 3"),
        C("不予公开2件", "2", "requests.closed", "consistent", "denied group 1+1"),
        C("无法提供4件", "4", "requests.closed", "consistent", "unavailable group 4"),
        C("不予处理1件", "1", "requests.closed", "consistent", "not_processed group 1"),
        C("其他处理1件", "1", "requests.closed", "consistent", "2019 one row: t3.other_handling.total 1"),
        C("引起行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 09 true contradiction on granted (cells)
doc(n=9, agency="丽水市莲都区卫生健康局", year=2019, layout="cells",
    overview="2019年,我局" + P_FILL[2] + "全年共受理政府信息公开申请13件,已全部办结,其中予以公开9件,部分公开2件,无法提供2件。",
    proactive="全年主动公开医疗机构执业许可、卫生监督执法等信息617条。",
    requests="",
    appeals="全年未发生政府信息公开行政复议和行政诉讼。",
    t3={"new": 13, "granted": 7, "partial": 2, "unavailable.not_held": 2, "denied.internal": 2},
    t4={},
    claims=[
        C("全年共受理政府信息公开申请13件", "13", "requests.received", "consistent", "t3.new.total 13"),
        C("其中予以公开9件", "9", "requests.closed", "inconsistent", "part: t3.granted.total 7 (the table puts 2 in 不予公开): contradiction"),
        C("部分公开2件", "2", "requests.closed", "consistent", "t3.partial.total 2"),
        C("无法提供2件", "2", "requests.closed", "consistent", "unavailable group 2"),
    ])

# 10 2021 laggard on the 2019 template (town, pipe)
doc(n=10, agency="德清县新市镇人民政府", year=2021, layout="pipe",
    overview="2021年,新市镇" + P_FILL[0] + "2021年,本镇收到政府信息公开申请3件,均按期答复。2020年收到申请5件。",
    proactive="全年在镇政务公开栏目主动公开政府信息265条。",
    requests="3件申请中予以公开2件,无法提供1件。",
    appeals="2021年,本镇发生政府信息公开行政复议0件,行政诉讼0件。",
    t2={"license": ("0", "0", "0"), "penalty": ("5", "0", "12")},
    t3={"new": 3, "granted": 2, "unavailable.not_held": 1},
    t4={},
    claims=[
        C("本镇收到政府信息公开申请3件", "3", "requests.received", "consistent", "t3.new.total 3"),
        C("2020年收到申请5件", "5", "requests.received", "safe", "2020's count", ideal="not_comparable"),
        C("中予以公开2件", "2", "requests.closed", "consistent", "t3.granted.total 2"),
        C("行政复议0件", "0", "appeals.review", "consistent", "t4.review.total 0"),
        C("行政诉讼0件", "0", "appeals.suit", "consistent", "0+0"),
    ])

# 11 made / published / total columns of t2 (pdf)
doc(n=11, agency="杭州市交通运输局", year=2020, layout="pdf",
    overview="2020年,我局" + P_FILL[1] + "本年新制作规范性文件4件,新公开3件,对外公开规范性文件总数31件。全年受理政府信息公开申请42件。",
    proactive="另有1件规范性文件因涉及内部管理事项未予公开。",
    requests="全年办结申请42件。",
    appeals="全年被申请行政复议2件,均维持原行政行为。",
    t2={"normative": (4, 3, 31)},
    t3={"new": (30, 10, 0, 0, 2, 0), "granted": (18, 6, 0, 0, 1, 0), "partial": (5, 2, 0, 0, 0, 0), "unavailable.not_held": (5, 2, 0, 0, 1, 0), "not_processed.complaint": 2},
    t4={"review": (2, 0, 0, 0)},
    claims=[
        C("本年新制作规范性文件4件", "4", "proactive.normative", "consistent", "t2.normative.made 4"),
        C("新公开3件", "3", "proactive.normative", "safe", "published column 3 (made 4): compare with published or not at all", ideal="consistent"),
        C("对外公开规范性文件总数31件", "31", "other", "safe", "total in the open (cumulative column)"),
        C("全年受理政府信息公开申请42件", "42", "requests.received", "consistent", "t3.new.total 42"),
        C("全年办结申请42件", "42", "requests.closed", "consistent", "t3.results_total.total 42"),
        C("被申请行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
    ])

# 12 true contradiction on normative made; cleanup and repeal look-alikes (html)
doc(n=12, agency="衢州市柯城区人力资源和社会保障局", year=2020, layout="html",
    overview="2020年,我局" + P_FILL[2] + "全年制发规范性文件6件,全部通过区政府门户网站公开。开展规范性文件清理,共清理规范性文件18件,废止3件。",
    proactive="主动公开就业创业、社会保险、劳动关系等信息905条。",
    requests="全年受理政府信息公开申请8件,办结8件。",
    appeals="无。",
    t2={"normative": (4, 4, 39)},
    t3={"new": 8, "granted": 5, "partial": 1, "unavailable.not_held": 2},
    t4={},
    claims=[
        C("全年制发规范性文件6件", "6", "proactive.normative", "inconsistent", "t2.normative made 4 and published 4: contradiction"),
        C("共清理规范性文件18件", "18", "other", "safe", "documents reviewed in a cleanup"),
        C("废止3件", "3", "other", "safe", "repealed: other (SCHEMA §3)"),
        C("全年受理政府信息公开申请8件", "8", "requests.received", "consistent", "t3.new.total 8"),
        C("办结8件", "8", "requests.closed", "consistent", "t3.results_total.total 8"),
    ])

# 13 damaged t3 total cells; derived values disagree with the prose (pipe)
doc(n=13, agency="舟山市定海区公安分局", year=2019, layout="pipe",
    overview="2019年,我局" + P_FILL[0] + "全年受理政府信息公开申请15件,办结15件。",
    proactive="全年主动公开交通管理、户政服务、出入境办证等信息742条。",
    requests="申请内容主要涉及交通事故处理、户籍信息等。",
    appeals="未发生因政府信息公开引起的行政复议、行政诉讼。",
    t3={"new": (12, 2, 0, 0, 0, 0), "granted": (7, 1, 0, 0, 0, 0), "partial": 2, "unavailable.not_held": (3, 1, 0, 0, 0, 0),
        "damage": {"new.total": "l5", "results_total.total": ""}},
    t4={},
    claims=[
        C("全年受理政府信息公开申请15件", "15", "requests.received", "safe", "t3.new.total damaged (l5); its row sums to 14: a derived cell never accuses", ideal="unverifiable"),
        C("办结15件", "15", "requests.closed", "safe", "results_total.total blank; results rows sum to 14: derived", ideal="unverifiable"),
    ])

# 14 t4 review group left blank (cells)
doc(n=14, agency="嘉兴市水利局", year=2020, layout="cells",
    overview="2020年,我局" + P_FILL[1] + "全年受理政府信息公开申请5件,办结5件。",
    proactive="全年主动公开水利工程建设、防汛防台、河湖管理等信息488条。",
    requests="",
    appeals="2020年,因政府信息公开被申请行政复议1件,提起行政诉讼0件。",
    t3={"new": 5, "granted": 3, "unavailable.not_held": 2},
    t4={"review": None},
    claims=[
        C("全年受理政府信息公开申请5件", "5", "requests.received", "consistent", "t3.new.total 5"),
        C("办结5件", "5", "requests.closed", "consistent", "results_total 5"),
        C("被申请行政复议1件", "1", "appeals.review", "safe", "t4 review group blank", ideal="unverifiable"),
        C("提起行政诉讼0件", "0", "appeals.suit", "consistent", "0+0"),
    ])

# 15 appeals parts (pipe)
doc(n=15, agency="杭州市西湖区城市管理局", year=2020, layout="pipe",
    overview="2020年,我局" + P_FILL[2] + "全年受理政府信息公开申请11件,办结11件。",
    proactive="全年主动公开市容环境、垃圾分类、执法公示等信息1130条。",
    requests="",
    appeals="2020年,我局因政府信息公开被申请行政复议2件,其中维持1件,纠正1件;提起行政诉讼1件(复议后起诉),尚未审结。全年被纠错1件。",
    t3={"new": 11, "granted": 6, "partial": 1, "unavailable.not_held": 3, "not_processed.duplicate": 1},
    t4={"review": (1, 1, 0, 0), "suit_after_review": (0, 0, 0, 1)},
    claims=[
        C("被申请行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
        C("其中维持1件", "1", "appeals.review", "consistent", "part: t4.review.upheld 1"),
        C("纠正1件", "1", "appeals.review", "consistent", "part: t4.review.corrected 1"),
        C("提起行政诉讼1件", "1", "appeals.suit", "consistent", "suit_direct 0 + after_review 1"),
        C("全年被纠错1件", "1", "appeals.corrected", "consistent", "corrected columns 1+0+0"),
        C("全年受理政府信息公开申请11件", "11", "requests.received", "consistent", "t3.new.total 11"),
    ])

# 16 true contradiction on reviews; whole-city reviews (html)
doc(n=16, agency="绍兴市人民政府办公室", year=2019, layout="html",
    overview="2019年,市政府办公室" + P_FILL[0] + "全年受理政府信息公开申请64件,办结64件。",
    proactive="全年主动公开市政府文件、政策解读等信息2788条,制发规范性文件12件。",
    requests="",
    appeals="2019年,市政府办公室因政府信息公开被申请行政复议3件。全市政府信息公开行政复议案件27件。",
    t2={"normative": (12, 12, 301), "rules": (2, 2, 36)},
    t3={"new": (50, 10, 0, 2, 2, 0), "granted": (30, 6, 0, 1, 1, 0), "partial": (8, 1, 0, 0, 0, 0), "unavailable.not_held": (10, 3, 0, 1, 1, 0), "not_processed.complaint": 2},
    t4={"review": (2, 1, 0, 1)},
    claims=[
        C("因政府信息公开被申请行政复议3件", "3", "appeals.review", "inconsistent", "own, disclosure, 2019; t4.review.total 4: contradiction"),
        C("全市政府信息公开行政复议案件27件", "27", "appeals.review", "safe", "whole city", ideal="not_comparable"),
        C("全年受理政府信息公开申请64件", "64", "requests.received", "consistent", "t3.new.total 64"),
        C("办结64件", "64", "requests.closed", "consistent", "results_total 64"),
        C("制发规范性文件12件", "12", "proactive.normative", "consistent", "t2.normative.made 12"),
    ])

# 17 counts inside examples (pdf)
doc(n=17, agency="丽水市发展和改革委员会", year=2020, layout="pdf",
    overview="2020年,我委" + P_FILL[1] + "全年受理政府信息公开申请4件,办结4件。",
    proactive="全年主动公开发展规划、价格管理、重大项目等信息377条。",
    requests="申请中如某企业一次性申请公开38项信息,涉及政府信息63条,我委依法分类处理。典型案例:申请人张某于8月提出申请9件,经补正后合并为1件处理。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼。",
    t3={"new": (3, 1, 0, 0, 0, 0), "granted": (2, 1, 0, 0, 0, 0), "partial": 1},
    t4={},
    claims=[
        C("全年受理政府信息公开申请4件", "4", "requests.received", "consistent", "t3.new.total 4"),
        C("办结4件", "4", "requests.closed", "consistent", "results_total 4"),
        C("一次性申请公开38项信息", "38", "other", "safe", "an example: items asked for"),
        C("涉及政府信息63条", "63", "other", "safe", "what applications involve"),
        C("提出申请9件", "9", "requests.received", "safe", "one applicant's case (典型案例)"),
    ])

# 18 Traditional pipe; true contradiction on granted
doc(n=18, agency="衢州市衢江区农业农村局", year=2019, layout="pipe", traditional=True,
    overview="2019年,我局" + P_FILL[2] + "本机关共收到政府信息公开申请9件,办结9件,其中予以公开5件,部分公开1件,无法提供3件。",
    proactive="全年主动公开强农惠农政策、农业补贴等信息506条。",
    requests="",
    appeals="因政府信息公开被申请行政复议1件,结果维持。",
    t3={"new": 9, "granted": 6, "unavailable.not_held": 3},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("本机关共收到政府信息公开申请9件", "9", "requests.received", "consistent", "t3.new.total 9"),
        C("办结9件", "9", "requests.closed", "consistent", "results_total 9"),
        C("其中予以公开5件", "5", "requests.closed", "inconsistent", "t3.granted.total 6: contradiction"),
        C("部分公开1件", "1", "requests.closed", "inconsistent", "t3.partial.total 0: contradiction"),
        C("无法提供3件", "3", "requests.closed", "consistent", "unavailable group 3"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 19 approximations, time limits, ratios (html, province level)
doc(n=19, agency="浙江省民政厅", year=2020, layout="html",
    overview="2020年,省民政厅" + P_FILL[0] + "全年收到政府信息公开申请40余件,均在15个工作日内答复,平均答复时间8.5个工作日,办结率100%。",
    proactive="全年主动公开社会救助、养老服务、社会组织管理等信息2301条,制发规范性文件7件。",
    requests="",
    appeals="全年被申请行政复议1件,结果维持。",
    t2={"normative": (7, 7, 120)},
    t3={"new": (35, 5, 0, 3, 0, 0), "granted": (20, 2, 0, 2, 0, 0), "partial": 6, "unavailable.not_held": (9, 3, 0, 1, 0, 0)},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("收到政府信息公开申请40余件", "40", "requests.received", "consistent", "40余 (over 40) and t3.new.total 43"),
        C("均在15个工作日内答复", "15", "other", "safe", "a time limit"),
        C("平均答复时间8.5个工作日", "8.5", "other", "safe", "an average time"),
        C("制发规范性文件7件", "7", "proactive.normative", "consistent", "t2.normative.made 7"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 20 the agency's reviews as respondent, not about disclosure (cells)
doc(n=20, agency="宁波市鄞州区应急管理局", year=2020, layout="cells",
    overview="2020年,我局" + P_FILL[1] + "全年受理政府信息公开申请2件,办结2件。全年我局作为被申请人的行政复议案件5件,均为行政处罚类案件;行政诉讼案件1件,涉及安全生产行政处罚。",
    proactive="全年主动公开安全生产执法检查、事故调查报告等信息318条。",
    requests="",
    appeals="未发生因政府信息公开引起的行政复议、行政诉讼案件。",
    t3={"new": 2, "granted": 1, "unavailable.not_held": 1},
    t4={},
    claims=[
        C("全年受理政府信息公开申请2件", "2", "requests.received", "consistent", "t3.new.total 2"),
        C("作为被申请人的行政复议案件5件", "5", "appeals.review", "safe", "reviews about penalties, not disclosure"),
        C("行政诉讼案件1件", "1", "appeals.suit", "safe", "a suit about a safety penalty, not disclosure"),
    ])

# 21 units under the agency (pipe)
doc(n=21, agency="温州市卫生健康委员会", year=2019, layout="pipe",
    overview="2019年,我委" + P_FILL[2] + "全年委机关受理政府信息公开申请17件,办结17件。委属各医疗机构共受理患者病历等信息公开申请126件。",
    proactive="全年主动公开医疗卫生信息1589条。",
    requests="",
    appeals="全年被申请行政复议2件,其中结果纠正1件、尚未审结1件。",
    t2={"normative": (2, 2, 40)},
    t3={"new": (14, 2, 0, 1, 0, 0), "granted": (9, 1, 0, 0, 0, 0), "partial": 3, "unavailable.not_held": (2, 1, 0, 1, 0, 0)},
    t4={"review": (0, 1, 0, 1)},
    claims=[
        C("委机关受理政府信息公开申请17件", "17", "requests.received", "consistent", "t3.new.total 17"),
        C("办结17件", "17", "requests.closed", "consistent", "results_total 17"),
        C("共受理患者病历等信息公开申请126件", "126", "requests.received", "safe", "units under the agency (hospitals)"),
        C("被申请行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
        C("结果纠正1件", "1", "appeals.review", "consistent", "t4.review.corrected 1"),
        C("尚未审结1件", "1", "appeals.review", "safe", "part still pending", ideal="consistent"),
    ])

# 22 zero year; another year (pipe)
doc(n=22, agency="台州市黄岩区退役军人事务局", year=2020, layout="pipe",
    overview="2020年,我局" + P_FILL[0] + "全年受理依申请公开0件。2019年受理1件。",
    proactive="全年主动公开优抚安置、褒扬纪念等信息164条。",
    requests="本年度未收到政府信息公开申请。",
    appeals="全年行政复议0件,行政诉讼0件。",
    t3={},
    t4={},
    claims=[
        C("全年受理依申请公开0件", "0", "requests.received", "consistent", "t3.new.total 0"),
        C("2019年受理1件", "1", "requests.received", "safe", "2019's count", ideal="not_comparable"),
        C("全年行政复议0件", "0", "appeals.review", "consistent", "0"),
    ])

# 23 2021 laggard: carried in and still open (cells)
doc(n=23, agency="开化县林业局", year=2021, layout="cells",
    overview="2021年,我局" + P_FILL[1] + "本年度新收政府信息公开申请10件,上年结转1件,办结9件。截至12月31日,尚有2件正在办理中,结转至2022年办理。",
    proactive="全年主动公开林木采伐许可、森林防火等信息233条。",
    requests="",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t3={"new": 10, "carried_in": 1, "granted": 5, "partial": 1, "unavailable.not_held": 3, "carried_out": 2},
    t4={},
    claims=[
        C("本年度新收政府信息公开申请10件", "10", "requests.received", "consistent", "t3.new.total 10"),
        C("上年结转1件", "1", "requests.received", "consistent", "C10 part: t3.carried_in.total 1"),
        C("办结9件", "9", "requests.closed", "consistent", "results_total 9"),
        C("尚有2件正在办理中", "2", "other", "safe", "still open: other"),
    ])

# 24 changes against last year (pdf)
doc(n=24, agency="嘉善县人民政府", year=2019, layout="pdf",
    overview="2019年,县政府" + P_FILL[2] + "全年县政府本级共受理政府信息公开申请18件,较上年增加6件,增长50%,上年度为12件。",
    proactive="全年主动公开政府信息5124条。",
    requests="全年办结18件。",
    appeals="全年县政府被申请政府信息公开行政复议2件,被提起政府信息公开行政诉讼1件。",
    t2={"normative": (9, 9, 160)},
    t3={"new": (15, 3, 0, 0, 0, 0), "granted": (8, 2, 0, 0, 0, 0), "partial": 2, "unavailable.not_held": (4, 1, 0, 0, 0, 0), "other_handling": 1},
    t4={"review": (2, 0, 0, 0), "suit_direct": (1, 0, 0, 0)},
    claims=[
        C("共受理政府信息公开申请18件", "18", "requests.received", "consistent", "t3.new.total 18"),
        C("较上年增加6件", "6", "other", "safe", "a change"),
        C("增长50%", "50", "other", "safe", "a ratio", value=0.5),
        C("上年度为12件", "12", "requests.received", "safe", "last year's", ideal="not_comparable"),
        C("全年办结18件", "18", "requests.closed", "consistent", "results_total 18"),
        C("行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
        C("行政诉讼1件", "1", "appeals.suit", "consistent", "1+0"),
    ])

# 25 true contradiction on received with carried-in present (html)
doc(n=25, agency="湖州市医疗保障局", year=2020, layout="html",
    overview="2020年,我局" + P_FILL[0] + "全年共收到政府信息公开申请13件,办结11件。",
    proactive="全年主动公开医保政策、定点机构等信息420条。",
    requests="",
    appeals="无。",
    t3={"new": 10, "carried_in": 1, "granted": 6, "partial": 1, "unavailable.not_held": 4},
    t4={},
    claims=[
        C("全年共收到政府信息公开申请13件", "13", "requests.received", "inconsistent", "new 10, carried_in 1 (10+1=11): no reading gives 13"),
        C("办结11件", "11", "requests.closed", "consistent", "results_total 11"),
    ])

# 26 other procedures; true contradiction on closed (pipe)
doc(n=26, agency="金华市金东区水务局", year=2020, layout="pipe",
    overview="2020年,我局" + P_FILL[1] + "全年受理行政许可申请356件,办结12345热线工单1,023件。全年受理依申请公开5件,办结5件。",
    proactive="全年主动公开水资源、水利工程等信息289条。",
    requests="",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t3={"new": 5, "granted": 3, "unavailable.not_held": 1, "carried_out": 1},
    t4={},
    claims=[
        C("受理行政许可申请356件", "356", "other", "safe", "licence applications"),
        C("办结12345热线工单1,023件", "1,023", "other", "safe", "hotline orders"),
        C("受理依申请公开5件", "5", "requests.received", "consistent", "t3.new.total 5"),
        C("办结5件", "5", "requests.closed", "inconsistent", "results_total 4, 1 carried out: contradiction"),
    ])

# 27 t4 row with a dropped cell (cells)
doc(n=27, agency="松阳县自然资源和规划局", year=2019, layout="cells",
    overview="2019年,我局" + P_FILL[2] + "全年受理政府信息公开申请6件,办结6件。",
    proactive="全年主动公开土地征收、规划许可等信息410条。",
    requests="",
    appeals="全年因政府信息公开被申请行政复议2件,提起行政诉讼1件。",
    t3={"new": 6, "granted": 4, "unavailable.not_held": 2},
    t4={"review": (1, 0, 0, 1), "t4drop": 12},
    claims=[
        C("全年受理政府信息公开申请6件", "6", "requests.received", "consistent", "t3.new.total 6"),
        C("被申请行政复议2件", "2", "appeals.review", "safe", "t4 row has 14 cells: alignment uncertain", ideal="consistent"),
        C("提起行政诉讼1件", "1", "appeals.suit", "safe", "t4 row short of a cell: suits 0 in what is there; never accuse on a short row", ideal="unverifiable"),
    ])

# 28 PDF with wrapped labels; true contradiction on partial
doc(n=28, agency="宁波市统计局", year=2020, layout="pdf",
    overview="2020年,我局" + P_FILL[0] + "全年收到政府信息公开申请7件,办结7件,其中予以公开4件,部分公开2件,无法提供1件。",
    proactive="全年主动公开统计公报、统计数据等信息655条。",
    requests="",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t3={"new": 7, "granted": 4, "partial": 1, "unavailable.not_held": 1, "not_processed.publication": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请7件", "7", "requests.received", "consistent", "t3.new.total 7"),
        C("办结7件", "7", "requests.closed", "consistent", "results_total 7"),
        C("其中予以公开4件", "4", "requests.closed", "consistent", "t3.granted.total 4"),
        C("部分公开2件", "2", "requests.closed", "inconsistent", "t3.partial.total 1: contradiction"),
        C("无法提供1件", "1", "requests.closed", "consistent", "unavailable group 1"),
    ])

# 29 Traditional html; channels and applicant groups
doc(n=29, agency="台州市椒江区人民政府办公室", year=2019, layout="html", traditional=True,
    overview="2019年,区政府办" + P_FILL[1] + "本年度共受理政府信息公开申请52件,其中当面申请10件、网上申请38件、信函申请4件;法人或其他组织申请6件。",
    proactive="全年主动公开政府信息4210条。",
    requests="全年办结52件。",
    appeals="全年被申请行政复议3件,其中结果维持2件,尚未审结1件。",
    t2={"normative": (5, 5, 97)},
    t3={"new": (46, 4, 0, 2, 0, 0), "granted": (30, 2, 0, 1, 0, 0), "partial": 5, "unavailable.not_held": (11, 2, 0, 1, 0, 0)},
    t4={"review": (2, 0, 0, 1)},
    claims=[
        C("共受理政府信息公开申请52件", "52", "requests.received", "consistent", "t3.new.total 52"),
        C("其中当面申请10件", "10", "requests.received", "safe", "a channel: no table field", ideal="unverifiable"),
        C("网上申请38件", "38", "requests.received", "safe", "a channel", ideal="unverifiable"),
        C("信函申请4件", "4", "requests.received", "safe", "a channel", ideal="unverifiable"),
        C("法人或其他组织申请6件", "6", "requests.received", "consistent", "part: legal_or_other 4+2"),
        C("全年办结52件", "52", "requests.closed", "consistent", "results_total 52"),
        C("被申请行政复议3件", "3", "appeals.review", "consistent", "t4.review.total 3"),
        C("其中结果维持2件", "2", "appeals.review", "consistent", "t4.review.upheld 2"),
    ])

# 30 last year's report quoted; true contradiction on suits (pipe)
doc(n=30, agency="衢州市衢江区教育局", year=2020, layout="pipe",
    overview="2020年,我局" + P_FILL[2] + "2019年度报告中本局受理申请数为9件。2020年受理申请11件,办结11件。",
    proactive="全年主动公开政府信息701条。",
    requests="",
    appeals="2020年,因政府信息公开被申请行政复议1件,被提起行政诉讼2件。",
    t3={"new": 11, "granted": 7, "partial": 2, "unavailable.not_held": 2},
    t4={"review": (1, 0, 0, 0), "suit_direct": (0, 0, 0, 1)},
    claims=[
        C("本局受理申请数为9件", "9", "requests.received", "safe", "2019 report's count", ideal="not_comparable"),
        C("2020年受理申请11件", "11", "requests.received", "consistent", "t3.new.total 11"),
        C("办结11件", "11", "requests.closed", "consistent", "results_total 11"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("被提起行政诉讼2件", "2", "appeals.suit", "inconsistent", "suit_direct 1 + after_review 0 = 1: contradiction"),
    ])

# 31 outcome groups with sub-rows; true contradiction on 不予处理 (cells)
doc(n=31, agency="杭州市生态环境局余杭分局", year=2020, layout="cells",
    overview="2020年,我局" + P_FILL[0] + "全年受理政府信息公开申请25件,办结25件。",
    proactive="全年主动公开环评审批、环境执法等信息1044条。",
    requests="办理结果中,予以公开12件;部分公开3件;不予公开3件(其中属于三类内部事务信息1件,属于四类过程性信息2件);无法提供5件;不予处理2件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t3={"new": (20, 5, 0, 0, 0, 0), "granted": (10, 2, 0, 0, 0, 0), "partial": 2, "denied.internal": 1, "denied.process": 2, "unavailable.not_held": (3, 1, 0, 0, 0, 0), "unavailable.needs_creation": 1, "not_processed.complaint": 1, "not_processed.duplicate": (0, 2, 0, 0, 0, 0)},
    t4={},
    claims=[
        C("全年受理政府信息公开申请25件", "25", "requests.received", "consistent", "t3.new.total 25"),
        C("办结25件", "25", "requests.closed", "consistent", "results_total 25 (the prose swaps 部分公开 and 不予处理 but its total agrees)"),
        C("予以公开12件", "12", "requests.closed", "consistent", "granted 12"),
        C("部分公开3件", "3", "requests.closed", "inconsistent", "partial 2: contradiction"),
        C("不予公开3件", "3", "requests.closed", "consistent", "denied group 3"),
        C("属于三类内部事务信息1件", "1", "requests.closed", "consistent", "denied.internal 1"),
        C("属于四类过程性信息2件", "2", "requests.closed", "consistent", "denied.process 2"),
        C("无法提供5件", "5", "requests.closed", "consistent", "unavailable group 4+1"),
        C("不予处理2件", "2", "requests.closed", "inconsistent", "not_processed group 1+2=3: contradiction"),
    ])

# 32 city government office: rules, cumulative rules, whole-city normative (pipe)
doc(n=32, agency="湖州市人民政府办公室", year=2019, layout="pipe",
    overview="2019年,市政府办公室" + P_FILL[1] + "全年制定政府规章2件,规章对外公开总数量45件;市政府办公室制发规范性文件9件,全市各部门制发规范性文件58件。",
    proactive="全年主动公开政府信息6012条。",
    requests="全年受理政府信息公开申请31件,办结31件。",
    appeals="全年因政府信息公开被申请行政复议4件,被提起行政诉讼2件。",
    t2={"rules": (2, 2, 45), "normative": (9, 9, 211)},
    t3={"new": (26, 4, 0, 0, 1, 0), "granted": (15, 2, 0, 0, 1, 0), "partial": 3, "unavailable.not_held": (7, 2, 0, 0, 0, 0), "not_processed.duplicate": 1},
    t4={"review": (3, 0, 0, 1), "suit_direct": (1, 0, 0, 0), "suit_after_review": (0, 0, 0, 1)},
    claims=[
        C("全年制定政府规章2件", "2", "proactive.rules", "consistent", "t2.rules.made 2"),
        C("规章对外公开总数量45件", "45", "other", "safe", "cumulative column"),
        C("市政府办公室制发规范性文件9件", "9", "proactive.normative", "consistent", "t2.normative.made 9"),
        C("全市各部门制发规范性文件58件", "58", "proactive.normative", "safe", "whole city's departments", ideal="not_comparable"),
        C("全年受理政府信息公开申请31件", "31", "requests.received", "consistent", "t3.new.total 31"),
        C("办结31件", "31", "requests.closed", "consistent", "results_total 31"),
        C("被申请行政复议4件", "4", "appeals.review", "consistent", "t4.review.total 4"),
        C("被提起行政诉讼2件", "2", "appeals.suit", "consistent", "1+1"),
    ])


# ------------------------------------------------------------------ after the fixes
# v15_33-v15_42 were written after the first fixes and after reading reconcile.py
# (not blind to the code): near-misses of the new rules on both sides.
AFTER_FROM = 33

# 33 parts of the year written from a day on, in other words
doc(n=33, agency="温州市鹿城区司法局", year=2020, layout="pipe",
    overview="2020年,我局" + P_FILL[0] + "根据机构职能调整,自2020年7月1日起我局受理依申请公开4件;2019年5月15日后受理申请6件。全年共受理政府信息公开申请9件,办结9件。",
    proactive="全年主动公开政府信息433条。",
    requests="",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t3={"new": 9, "granted": 6, "unavailable.not_held": 3},
    t4={},
    claims=[
        C("自2020年7月1日起我局受理依申请公开4件", "4", "requests.received", "safe", "from 1 July only", ideal="not_comparable"),
        C("2019年5月15日后受理申请6件", "6", "requests.received", "safe", "2019, from 15 May", ideal="not_comparable"),
        C("全年共受理政府信息公开申请9件", "9", "requests.received", "consistent", "t3.new.total 9"),
        C("办结9件", "9", "requests.closed", "consistent", "results_total 9"),
    ])

# 34 另有 beside a count; 另外, opening a sentence of its own, still accused
doc(n=34, agency="嘉兴市南湖区民政局", year=2019, layout="html",
    overview="2019年,我局" + P_FILL[1] + "全年受理政府信息公开申请14件,另有3件因申请人撤回申请终止办理。另外,全年办结申请12件。",
    proactive="全年主动公开社会救助、婚姻登记等信息512条。",
    requests="",
    appeals="无。",
    t3={"new": 14, "granted": 7, "partial": 1, "unavailable.not_held": 2, "other_handling": 1, "carried_out": 3},
    t4={},
    claims=[
        C("全年受理政府信息公开申请14件", "14", "requests.received", "consistent", "t3.new.total 14"),
        C("另有3件因申请人撤回申请终止办理", "3", "other", "safe", "withdrawn ones beside the count"),
        C("全年办结申请12件", "12", "requests.closed", "inconsistent", "results_total 11 (3 carried out): own total, 2019, contradiction"),
    ])

# 35 the respondent by role in the appeals section and in the overview
doc(n=35, agency="湖州市吴兴区市场监督管理局", year=2020, layout="cells",
    overview="2020年,我局" + P_FILL[2] + "全年受理政府信息公开申请6件,办结6件。我局作为被告的行政诉讼案件4件(含非信息公开类)。",
    proactive="全年主动公开行政处罚、抽查检查结果等信息2018条。",
    requests="",
    appeals="本机关作为被申请人的政府信息公开行政复议案件2件,均维持原行为。",
    t3={"new": 6, "granted": 4, "unavailable.not_held": 2},
    t4={"review": (3, 0, 0, 0), "suit_direct": (0, 0, 0, 1)},
    claims=[
        C("作为被告的行政诉讼案件4件", "4", "appeals.suit", "safe", "suits of every kind"),
        C("政府信息公开行政复议案件2件", "2", "appeals.review", "inconsistent", "disclosure reviews in the appeals section; t4.review.total 3: contradiction"),
        C("全年受理政府信息公开申请6件", "6", "requests.received", "consistent", "t3.new.total 6"),
    ])

# 36 a set of applications and a part of it (2021 laggard)
doc(n=36, agency="安吉县交通运输局", year=2021, layout="pipe",
    overview="2021年,我局" + P_FILL[0] + "全年收到政府信息公开申请8件。收到的8件申请中,有2件属于重复申请,其余予以公开。",
    proactive="全年主动公开政府信息366条。",
    requests="",
    appeals="全年行政复议0件,行政诉讼0件。",
    t3={"new": 8, "granted": 7, "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请8件", "8", "requests.received", "consistent", "t3.new.total 8"),
        C("有2件属于重复申请", "2", "requests.closed", "safe", "part 重复申请 (table 1): a contradiction a reader sees, but 有2件 after 申请中 is a share: unverifiable acceptable", ideal="inconsistent"),
    ])

# 37 the whole year written as a range (Traditional): still accused
doc(n=37, agency="丽水市青田县财政局", year=2019, layout="cells", traditional=True,
    overview="2019年,我局" + P_FILL[1] + "自2019年1月1日起至12月31日,本机关共受理政府信息公开申请15件。",
    proactive="全年主动公开预决算信息611条。",
    requests="全年办结14件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼。",
    t3={"new": 14, "granted": 10, "partial": 1, "unavailable.not_held": 3},
    t4={},
    claims=[
        C("本机关共受理政府信息公开申请15件", "15", "requests.received", "inconsistent", "the whole year; t3.new.total 14: contradiction"),
        C("全年办结14件", "14", "requests.closed", "consistent", "results_total 14"),
    ])

# 38 documents made, some not disclosed (html)
doc(n=38, agency="台州市生态环境局", year=2020, layout="html",
    overview="2020年,我局" + P_FILL[2] + "本年新制作规范性文件5件,其中2件因涉及内部管理未公开;新公开规范性文件3件。全年受理政府信息公开申请20件。",
    proactive="全年主动公开环境信息1822条。",
    requests="全年办结申请20件。",
    appeals="全年被申请行政复议1件,结果纠正。",
    t2={"normative": (5, 3, 64)},
    t3={"new": (15, 5, 0, 0, 0, 0), "granted": (10, 3, 0, 0, 0, 0), "partial": 2, "unavailable.not_held": (3, 2, 0, 0, 0, 0)},
    t4={"review": (0, 1, 0, 0)},
    claims=[
        C("本年新制作规范性文件5件", "5", "proactive.normative", "consistent", "made 5"),
        C("其中2件因涉及内部管理未公开", "2", "proactive.normative", "safe", "not disclosed"),
        C("新公开规范性文件3件", "3", "proactive.normative", "safe", "published 3", ideal="consistent"),
        C("全年受理政府信息公开申请20件", "20", "requests.received", "consistent", "new 20"),
        C("全年办结申请20件", "20", "requests.closed", "consistent", "results_total 20"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "review 1"),
    ])

# 39 handled = closed + carried out
doc(n=39, agency="宁波市北仑区住房和城乡建设局", year=2020, layout="pipe",
    overview="2020年,我局" + P_FILL[0] + "全年共办理政府信息公开申请20件,其中办结18件,2件结转下年度办理。",
    proactive="全年主动公开政府信息890条。",
    requests="",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t3={"new": 20, "granted": 12, "partial": 2, "unavailable.not_held": 4, "carried_out": 2},
    t4={},
    claims=[
        C("共办理政府信息公开申请20件", "20", "requests.closed", "consistent", "handled: results 18 + carried out 2"),
        C("其中办结18件", "18", "requests.closed", "consistent", "results_total 18"),
        C("2件结转下年度办理", "2", "other", "safe", "carried out"),
    ])

# 40 an example and both kinds of appeals together
doc(n=40, agency="金华市金东区自然资源和规划分局", year=2019, layout="pipe",
    overview="2019年,我局" + P_FILL[1] + "全年受理政府信息公开申请10件,办结10件。例如,申请人王某申请公开拆迁补偿信息,涉及12户。",
    proactive="全年主动公开政府信息745条。",
    requests="",
    appeals="全年因政府信息公开引起的行政复议和行政诉讼各1件。",
    t3={"new": 10, "granted": 6, "partial": 1, "unavailable.not_held": 3},
    t4={"review": (1, 0, 0, 0), "suit_direct": (0, 0, 0, 1)},
    claims=[
        C("全年受理政府信息公开申请10件", "10", "requests.received", "consistent", "new 10"),
        C("涉及12户", "12", "other", "safe", "an example"),
        C("行政复议和行政诉讼各1件", "1", "appeals.review", "safe", "each: review 1, suits 1", ideal="consistent"),
    ])

# 41 consultations beside applications; a true contradiction on a part
doc(n=41, agency="衢州市龙游县人力资源和社会保障局", year=2020, layout="cells",
    overview="2020年,我局" + P_FILL[2] + "全年受理政府信息公开申请7件,其中予以公开5件,无法提供2件。办理依申请公开以外的政策咨询答复230件。",
    proactive="全年主动公开就业、社保等信息701条。",
    requests="",
    appeals="无。",
    t3={"new": 7, "granted": 4, "partial": 1, "unavailable.not_held": 2},
    t4={},
    claims=[
        C("全年受理政府信息公开申请7件", "7", "requests.received", "consistent", "new 7"),
        C("其中予以公开5件", "5", "requests.closed", "inconsistent", "granted 4: contradiction"),
        C("无法提供2件", "2", "requests.closed", "consistent", "unavailable 2"),
        C("政策咨询答复230件", "230", "other", "safe", "consultations, not applications"),
    ])

# 42 from a month on, within one sentence
doc(n=42, agency="杭州市萧山区农业农村局", year=2019, layout="html",
    overview="2019年,我局" + P_FILL[0] + "自6月份起,依申请公开统一由局办公室受理,共受理申请9件。全年受理政府信息公开申请13件,办结13件。",
    proactive="全年主动公开政府信息1102条。",
    requests="",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t3={"new": 13, "granted": 9, "unavailable.not_held": 4},
    t4={},
    claims=[
        C("共受理申请9件", "9", "requests.received", "safe", "from June only", ideal="not_comparable"),
        C("全年受理政府信息公开申请13件", "13", "requests.received", "consistent", "new 13"),
        C("办结13件", "13", "requests.closed", "consistent", "results_total 13"),
    ])
