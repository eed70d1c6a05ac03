"""facts25's probes (session 25, issue 15): sentences and their truth, written before the
library ran on any of them (blind). Each case is a page: a title line, a heading, the
sentence(s); the truth is what a reader of SCHEMA §3/§4 and datasets/gold/README.md says of the
counts named (those not named are not scored).

Truth tuples: (quantity as written, type, breakdown, scope); a breakdown of "channel" means any
``channel:`` breakdown, None a total; a scope of None is not scored.
"""

from __future__ import annotations

OFFICE = "某县人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况\n"
COUNTY_GOV = "某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n"
CITY_GOV = "某市人民政府2023年政府信息公开工作年度报告\n一、总体情况\n"
CITY_AREA = "宜州市2023年政府信息公开工作年度报告\n一、总体情况\n"
CITY_POLICE = "某市公安局2023年政府信息公开工作年度报告\n一、总体情况\n"

# --- B: counts of information with errors, corrected or outdated: not published items --------
ERRORS = [
    (
        OFFICE,
        "办结申请12件，有误差的信息3条已及时更正。",
        [("12件", "requests.closed", None, "self"), ("3条", "other", None, None)],
    ),
    (
        OFFICE,
        "全年发布政府信息856条，经自查发现有误差的信息3条，均已整改。",
        [("856条", "proactive.items", None, "self"), ("3条", "other", None, None)],
    ),
    (
        OFFICE,
        "网站全年发布信息1320条，其中有误差的信息2条，已全部更正。",
        [("1320条", "proactive.items", None, "self"), ("2条", "other", None, None)],
    ),
    (
        OFFICE,
        "开展网站自查，发现错误信息4条、过期信息11条，均已整改到位。",
        [("4条", "other", None, None), ("11条", "other", None, None)],
    ),
    (OFFICE, "全年更正有误信息5条。", [("5条", "other", None, None)]),
    (OFFICE, "对检查发现的7条错别字信息及时进行了修改。", [("7条", "other", None, None)]),
    (
        OFFICE,
        "主动公开政府信息620条，未发现有误差的信息。",
        [("620条", "proactive.items", None, "self")],
    ),
]

# --- C: applications of citizens as persons: the natural-person column ------------------------
PERSONS = [
    (
        OFFICE,
        "全年共收到政府信息公开申请26件，其中市民个人申请21件，企业申请5件。",
        [
            ("26件", "requests.received", None, "self"),
            ("21件", "requests.received", "t3.new.natural", "self"),
            ("5件", "requests.received", "t3.new.commercial", "self"),
        ],
    ),
    (
        OFFICE,
        "本年度受理公民个人申请8件。",
        [("8件", "requests.received", "t3.new.natural", "self")],
    ),
    (
        OFFICE,
        "收到群众个人申请15件、法人或其他组织申请3件。",
        [
            ("15件", "requests.received", "t3.new.natural", "self"),
            ("3件", "requests.received", "t3.new.legal_or_other", "self"),
        ],
    ),
    (
        OFFICE,
        "共收到政府信息公开申请40件，其中个人申请36件。",
        [
            ("40件", "requests.received", None, "self"),
            ("36件", "requests.received", "t3.new.natural", "self"),
        ],
    ),
    (
        OFFICE,
        "全年收到居民个人提出的政府信息公开申请9件。",
        [("9件", "requests.received", "t3.new.natural", "self")],
    ),
    (
        OFFICE,
        "全年办结市民个人申请12件。",
        [("12件", "requests.closed", "t3.results_total.natural", "self")],
    ),
    # controls: 个人 of personal information is no applicant
    (
        OFFICE,
        "全年收到政府信息公开申请10件，主要涉及个人信息查询。",
        [("10件", "requests.received", None, "self")],
    ),
    (
        OFFICE,
        "共收到政府信息公开申请14件，其中涉及个人隐私的申请3件。",
        [("14件", "requests.received", None, "self")],
    ),
]

# --- D: a 本级 part of an area's total ----------------------------------------------------------
LEVEL_PARTS = [
    (
        CITY_POLICE,
        "全市公安机关共收到政府信息公开申请1052件，其中市局本级收到236件，各分局收到816件。",
        [
            ("1052件", "requests.received", None, "jurisdiction"),
            ("236件", "requests.received", None, "self"),
            ("816件", "requests.received", "channel", "jurisdiction"),
        ],
    ),
    (
        CITY_GOV,
        "全市共收到政府信息公开申请356件，其中市本级收到128件，各县（市、区）收到228件。",
        [
            ("356件", "requests.received", None, "jurisdiction"),
            ("128件", "requests.received", "channel", "jurisdiction"),
            ("228件", "requests.received", "channel", "jurisdiction"),
        ],
    ),
    (
        CITY_AREA,
        "全市共受理政府信息公开申请89件，其中市本级受理35件，办结88件。",
        [
            ("89件", "requests.received", None, "jurisdiction"),
            ("35件", "requests.received", "channel", "jurisdiction"),
        ],
    ),
    (
        CITY_GOV,
        "2023年，全市各级行政机关共收到政府信息公开申请512件，市本级收到申请143件。",
        [
            ("512件", "requests.received", None, "jurisdiction"),
            ("143件", "requests.received", None, "jurisdiction"),
        ],
    ),
]

# --- A: sentences for the wrap study (every count named, its type; wrapped, each must read as
# the sentence unwrapped reads it, and as written here) -------------------------------------------
WRAP_SENTENCES = [
    (
        "全年通过政府门户网站主动公开政府信息共50余条，其中政策解读6条。",
        [("50余条", "proactive.items"), ("6条", "proactive.interpretations")],
    ),
    ("本年度共收到政府信息公开申请18件，均已按时办结。", [("18件", "requests.received")]),
    (
        "全年办结政府信息公开申请17件，其中予以公开9件，部分公开3件。",
        [("17件", "requests.closed"), ("9件", "requests.closed"), ("3件", "requests.closed")],
    ),
    (
        "全年共召开新闻发布会12场，发布权威信息136条。",
        [("12场", "proactive.press_conferences"), ("136条", "proactive.items")],
    ),
    (
        "组织开展政务公开业务培训3次，参训人员达210人次。",
        [("3次", "training.sessions"), ("210人次", "training.attendees")],
    ),
    ("政府网站全年访问量达126万余次。", [("126万余次", "platform.visits")]),
    (
        "全年因政府信息公开被申请行政复议2件，被提起行政诉讼1件。",
        [("2件", "appeals.review"), ("1件", "appeals.suit")],
    ),
    (
        "通过微信公众号发布信息1085条，微博发布信息632条。",
        [("1085条", "proactive.items"), ("632条", "proactive.items")],
    ),
    (
        "本年度新制发规范性文件7件，废止规范性文件2件。",
        [("7件", "proactive.normative"), ("2件", "other")],
    ),
    (
        "回应社会关切46次，答复网民留言318条。",
        [("46次", "opinion.responses"), ("318条", "opinion.responses")],
    ),
    ("开展政务公开专项督查4次。", [("4次", "supervision.inspections")]),
    ("全年共受理政府信息公开申请二十三件。", [("二十三件", "requests.received")]),
    (
        "公开财政预决算信息45条，“三公”经费信息12条。",
        [("45条", "proactive.items"), ("12条", "proactive.items")],
    ),
    (
        "全年共发布政府公报12期，刊登文件86件。",
        [("12期", "proactive.gazette"), ("86件", "proactive.items")],
    ),
    (
        "制作政策图解28个，解读视频5条。",
        [("28个", "proactive.interpretations"), ("5条", "proactive.interpretations")],
    ),
    ("办理人大代表建议14件、政协委员提案21件。", [("14件", "other"), ("21件", "other")]),
    (
        "全年发布人事信息23条，招录信息7条。",
        [("23条", "proactive.items"), ("7条", "proactive.items")],
    ),
    (
        "全年共收到依申请公开申请105件，较上年增加12件。",
        [("105件", "requests.received"), ("12件", "other")],
    ),
]

# --- verdict probes: prose, the report's 2021-template cells, and for each claim the verdicts
# allowed (a set) when its cell agrees and when it does not ("agree", "disagree": the cell's
# value in each reading). "safe" claims must never be accused. --------------------------------
PUJIANG_GOV = "浦江县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n"
PUJIANG_OFFICE = "浦江县人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况\n"

T2 = {
    "t2.rules.issued": 0,
    "t2.rules.repealed": 0,
    "t2.rules.in_force": 2,
    "t2.normative.issued": 3,
    "t2.normative.repealed": 1,
    "t2.normative.in_force": 25,
    "t2.license.decisions": 1520,
    "t2.penalty.decisions": 86,
    "t2.coercion.decisions": 4,
}
T3 = {
    "t3.new.total": 15,
    "t3.carried_in.total": 0,
    "t3.results_total.total": 15,
    "t3.carried_out.total": 0,
}

AGREE = {"consistent"}
ACCUSE = {"inconsistent"}
SAFE = {"consistent", "unverifiable", "not_comparable", None}  # never accused, any other reading
NOT_ACCUSED = {"unverifiable", "not_comparable", None}

# (page head, sentence, quantity, field the claim is about, value agreeing, value disagreeing,
#  verdicts allowed when the cell agrees, when it disagrees)
VERDICTS = [
    # E: 我县 in the county government's own report
    (
        PUJIANG_GOV,
        "2023年，我县人民政府共收到政府信息公开申请15件。",
        "15件",
        "t3.new.total",
        15,
        12,
        AGREE,
        ACCUSE,
    ),
    (
        PUJIANG_GOV,
        "2023年，县人民政府本级共收到政府信息公开申请15件。",
        "15件",
        "t3.new.total",
        15,
        12,
        AGREE,
        ACCUSE | NOT_ACCUSED,
    ),
    (
        PUJIANG_GOV,
        "2023年，我县共收到政府信息公开申请15件。",
        "15件",
        "t3.new.total",
        15,
        12,
        {"not_comparable"},
        {"not_comparable"},
    ),
    (
        PUJIANG_GOV,
        "2023年，我县政府信息公开申请共收到15件。",
        "15件",
        "t3.new.total",
        15,
        12,
        {"not_comparable"},
        {"not_comparable"},
    ),
    (
        PUJIANG_OFFICE,
        "2023年，我县政府办公室共收到政府信息公开申请15件。",
        "15件",
        "t3.new.total",
        15,
        12,
        AGREE,
        ACCUSE,
    ),
    (
        PUJIANG_OFFICE,
        "2023年，我县各部门共收到政府信息公开申请15件。",
        "15件",
        "t3.new.total",
        15,
        12,
        {"not_comparable"},
        {"not_comparable"},
    ),
    # F: table 二 in prose
    (
        PUJIANG_GOV,
        "本年度制发行政规范性文件3件。",
        "3件",
        "t2.normative.issued",
        3,
        5,
        AGREE,
        ACCUSE,
    ),
    (
        PUJIANG_GOV,
        "本年度废止行政规范性文件1件。",
        "1件",
        "t2.normative.repealed",
        1,
        2,
        AGREE,
        ACCUSE,
    ),
    (
        PUJIANG_GOV,
        "本年度制发行政规范性文件3件，废止1件。",
        "1件",
        "t2.normative.repealed",
        1,
        2,
        AGREE,
        ACCUSE | NOT_ACCUSED,
    ),
    (
        PUJIANG_GOV,
        "截至年底，现行有效的行政规范性文件25件。",
        "25件",
        "t2.normative.in_force",
        25,
        30,
        AGREE | NOT_ACCUSED,
        ACCUSE | NOT_ACCUSED,
    ),
    (
        PUJIANG_GOV,
        "全年作出行政许可决定1520件。",
        "1520件",
        "t2.license.decisions",
        1520,
        1500,
        AGREE,
        ACCUSE | NOT_ACCUSED,
    ),
    (
        PUJIANG_GOV,
        "全年作出行政处罚决定86件。",
        "86件",
        "t2.penalty.decisions",
        86,
        80,
        AGREE,
        ACCUSE | NOT_ACCUSED,
    ),
    (
        PUJIANG_GOV,
        "全年办理行政许可事项1520件。",
        "1520件",
        "t2.license.decisions",
        1520,
        1500,
        SAFE,
        NOT_ACCUSED,
    ),
    (
        PUJIANG_GOV,
        "全年查处行政处罚案件86起。",
        "86起",
        "t2.penalty.decisions",
        86,
        80,
        SAFE,
        NOT_ACCUSED,
    ),
    (
        PUJIANG_GOV,
        "全县各部门共作出行政许可决定1520件。",
        "1520件",
        "t2.license.decisions",
        1520,
        1500,
        NOT_ACCUSED,
        NOT_ACCUSED,
    ),
    (
        PUJIANG_GOV,
        "公布行政许可事项目录1520项。",
        "1520项",
        "t2.license.decisions",
        1520,
        1500,
        SAFE,
        NOT_ACCUSED,
    ),
    (
        PUJIANG_GOV,
        "累计废止行政规范性文件1件。",
        "1件",
        "t2.normative.repealed",
        1,
        2,
        SAFE,
        NOT_ACCUSED,
    ),
    (
        PUJIANG_GOV,
        "2022年废止行政规范性文件1件。",
        "1件",
        "t2.normative.repealed",
        1,
        2,
        SAFE,
        NOT_ACCUSED,
    ),
]
