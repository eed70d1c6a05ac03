"""The verdicts18 documents: prose, tables, page chrome and hand-judged claims (see make.py, README.md).

`template`: 2019 (国办公开办函〔2019〕60号; rendered by verdicts15's make.py: t2 rules/normative as
(made, published, total), license/penalty... as (prev, change, decisions) text) or 2021 (verdicts17's:
t2 rules/normative as (issued, repealed, in_force)). t3 rows as an int (all 自然人) or six cells,
results_total computed; `damage` replaces a cell's text; t4 groups as (upheld, corrected, other,
pending), `t4damage` replaces cells by index. `chrome`: the saved page around the report (head
lines, a related list, 上一篇/下一篇, side boxes), other reports' titles and numbers among them.

Claim `expect`: "consistent" (the agency's own count for the report year, like for like, and the
table says the same), "inconsistent" (a true contradiction: the agency's own total or part for the
report year that its own table, every compared cell read clean from the source, contradicts) or
"safe" (must never be `inconsistent`). `ideal` says which verdict SCHEMA §4 prefers where a safe
claim has one.
"""

from __future__ import annotations


import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from verdict_sets import C  # noqa: E402  (one claim constructor for verdicts15, 17 and 18)


FILL = [
    "深入贯彻落实《中华人民共和国政府信息公开条例》,坚持“以公开为常态、不公开为例外”,围绕中心工作扎实推进政务公开。",
    "严格执行政府信息公开保密审查制度,坚持“先审查、后公开”“一事一审”,全年未发生泄密事件。",
    "及时调整完善政府信息公开指南和主动公开目录,更新机构职能、领导信息、办事指南等基础信息。",
    "依托政府门户网站、政务新媒体等渠道拓宽公开途径,提升公开实效。",
]
PROB = "存在的主要问题:一是公开内容的规范性还需提高;二是政策解读的形式不够丰富。改进措施:一是加强业务培训,二是丰富图文、视频解读形式。"


def pre19(year: int) -> str:
    return (
        "本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《国务院办公厅政府信息与政务公开办公室"
        "关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号)要求编制。"
        f"报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
    )


DOCS: list[dict] = []


def doc(**kw: object) -> None:
    kw.setdefault("problems", PROB)
    kw.setdefault("other", "无其他需要报告的事项。")
    if kw["template"] == 2019:
        kw.setdefault("preamble", pre19(kw["year"]))  # type: ignore[arg-type]
    DOCS.append(kw)


# ============================================================ 2019 template

# 01 plain totals and parts; chrome: the district's total, last year's own report, the previous page's count
doc(n=1, template=2019, agency="杭州市西湖区司法局", year=2019, layout="html",
    overview="2019年,我局" + FILL[0] + "全年共收到政府信息公开申请9件,其中自然人申请8件、商业企业申请1件,均在法定期限内予以答复。",
    proactive="全年主动公开政府信息217条,本年新制作规范性文件2件,均已全文公开。截至年底,对外公开的规范性文件共14件。",
    requests="9件申请中,予以公开5件,部分公开1件,无法提供3件。",
    appeals="2019年,我局未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (2, 2, 14)},
    t3={"new": (8, 1, 0, 0, 0, 0), "granted": (4, 1, 0, 0, 0, 0), "partial": 1, "unavailable.not_held": 3},
    t4={},
    chrome={"related": ["西湖区2019年政府信息公开工作年度报告:全区共受理政府信息公开申请1520件",
                        "西湖区民政局2019年政府信息公开工作年度报告",
                        "西湖区司法局2018年政府信息公开工作年度报告(收到申请6件)"],
            "prev": "西湖区财政局2019年政府信息公开工作年度报告:全年收到申请14件",
            "next": "西湖区统计局2019年政府信息公开工作年度报告"},
    claims=[
        C("全年共收到政府信息公开申请9件", "9", "requests.received", "consistent", "t3.new.total 9, carried_in 0"),
        C("其中自然人申请8件", "8", "requests.received", "consistent", "part: t3.new.natural 8"),
        C("商业企业申请1件", "1", "requests.received", "consistent", "part: t3.new.commercial 1"),
        C("本年新制作规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.made 2 (published 2)"),
        C("对外公开的规范性文件共14件", "14", "proactive.normative", "safe", "the 对外公开总数量 column: every document public at the year's end, not this year's (t2.normative.made 2)"),
        C("予以公开5件", "5", "requests.closed", "consistent", "part: t3.granted.total 5"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("无法提供3件", "3", "requests.closed", "consistent", "part: t3.unavailable group 3"),
        C("全区共受理政府信息公开申请1520件", "1520", "requests.received", "safe", "page chrome: a related link, the whole district's report", ideal="not_comparable"),
        C("(收到申请6件)", "6", "requests.received", "safe", "page chrome: the agency's 2018 report", ideal="not_comparable"),
        C("全年收到申请14件", "14", "requests.received", "safe", "page chrome: 上一篇, the finance bureau's report"),
    ])

# 02 a true contradiction on received; a change, complaints and hotline; a saved page as text
doc(n=2, template=2019, agency="嘉兴市生态环境局", year=2019, layout="pipe",
    overview="2019年,我局" + FILL[1] + "全年共受理政府信息公开申请27件,较2018年增加8件。全年受理环境信访投诉1263件,办理12345热线转办工单908件。",
    proactive="主动公开环境影响评价审批、排污许可、环境执法等信息1452条,新制作规范性文件3件,新公开3件。",
    requests="全年办结政府信息公开申请24件,均在法定期限内答复。",
    appeals="全年因政府信息公开被申请行政复议1件,结果维持。",
    t2={"normative": (3, 3, 21)},
    t3={"new": (20, 3, 0, 0, 1, 0), "granted": (10, 2, 0, 0, 1, 0), "partial": 3, "denied.third_party": 1,
        "unavailable.not_held": (5, 1, 0, 0, 0, 0), "not_processed.duplicate": 1},
    t4={"review": (1, 0, 0, 0)},
    chrome={"head": ["嘉兴市生态环境局 | 首页 | 机构概况 | 政务公开 | 环境质量 | 互动交流",
                     "当前位置：首页 > 政务公开 > 政府信息公开年报",
                     "发布时间：2020-01-20 来源：办公室 【字体：大 中 小】"],
            "related_title": "相关链接",
            "related": ["嘉兴市2019年政府信息公开工作年度报告(全市共收到申请3156件)",
                        "南湖区生态环境分局2019年度报告:收到申请5件"],
            "foot": ["主办：嘉兴市生态环境局 | 网站标识码 3304000031 | 浙ICP备05012345号"]},
    claims=[
        C("全年共受理政府信息公开申请27件", "27", "requests.received", "inconsistent", "own received total 2019; t3.new.total 24, carried_in 0, results 24: no reading gives 27"),
        C("增加8件", "8", "other", "safe", "a change from 2018"),
        C("环境信访投诉1263件", "1263", "other", "safe", "信访 complaints, another procedure"),
        C("12345热线转办工单908件", "908", "other", "safe", "12345 hotline"),
        C("新制作规范性文件3件", "3", "proactive.normative", "consistent", "t2.normative.made 3"),
        C("新公开3件", "3", "proactive.normative", "consistent", "t2.normative.published 3 (made 3 too)"),
        C("全年办结政府信息公开申请24件", "24", "requests.closed", "consistent", "t3.results_total.total 24"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("(全市共收到申请3156件)", "3156", "requests.received", "safe", "page chrome: the city's report", ideal="not_comparable"),
        C("收到申请5件", "5", "requests.received", "safe", "page chrome: a branch's report"),
    ])

# 03 a county-level city's government office: the whole city, the government's documents, its own
doc(n=3, template=2019, agency="桐乡市人民政府办公室", year=2019, layout="cells",
    overview="2019年,市政府办公室" + FILL[2] + "全市各级行政机关共受理政府信息公开申请356件。以市政府名义制发规范性文件12件,以市政府办公室名义制发规范性文件3件。市政府办公室本机关全年收到政府信息公开申请11件。",
    proactive="对外公开的规范性文件总数41件,其中现行有效38件。",
    requests="本机关收到的申请中,予以公开6件,部分公开2件,不予公开1件,无法提供2件。",
    appeals="全市共发生政府信息公开行政复议案件9件、行政诉讼案件4件。本机关未被申请行政复议,被提起行政诉讼1件,尚未审结。",
    t2={"normative": (3, 3, 41)},
    t3={"new": (9, 2, 0, 0, 0, 0), "granted": (5, 1, 0, 0, 0, 0), "partial": 2, "denied.process": 1,
        "unavailable.not_held": (1, 1, 0, 0, 0, 0)},
    t4={"suit_direct": (0, 0, 0, 1)},
    claims=[
        C("全市各级行政机关共受理政府信息公开申请356件", "356", "requests.received", "safe", "the whole city", ideal="not_comparable"),
        C("以市政府名义制发规范性文件12件", "12", "proactive.normative", "safe", "the government's documents, not the office's (made 3)", ideal="not_comparable"),
        C("以市政府办公室名义制发规范性文件3件", "3", "proactive.normative", "consistent", "in the office's own name: t2.normative.made 3"),
        C("本机关全年收到政府信息公开申请11件", "11", "requests.received", "consistent", "t3.new.total 11"),
        C("对外公开的规范性文件总数41件", "41", "other", "safe", "对外公开总数量: cumulative (the column says 41)"),
        C("其中现行有效38件", "38", "other", "safe", "现行有效"),
        C("予以公开6件", "6", "requests.closed", "consistent", "part: t3.granted.total 6"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("不予公开1件", "1", "requests.closed", "consistent", "part: t3.denied group 1"),
        C("无法提供2件", "2", "requests.closed", "consistent", "part: t3.unavailable group 2"),
        C("政府信息公开行政复议案件9件", "9", "appeals.review", "safe", "the whole city", ideal="not_comparable"),
        C("行政诉讼案件4件", "4", "appeals.suit", "safe", "the whole city", ideal="not_comparable"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "consistent", "t4.suit_direct.total 1 + after review 0"),
    ])

# 04 made vs published; closed counting the carried-in; carried out; other procedures (pdf)
doc(n=4, template=2019, agency="宁波市人力资源和社会保障局", year=2019, layout="pdf",
    overview="2019年,我局" + FILL[3] + "本年新制作规范性文件4件,新公开规范性文件3件。全年受理劳动保障监察举报投诉案件1,126件,12333热线接听咨询电话28.6万个。",
    proactive="重点公开就业创业、社会保险、人才人事等政策信息。",
    requests="全年共办结政府信息公开申请33件(含上年结转3件),本年新收政府信息公开申请32件,另有2件结转下年度继续办理。",
    appeals="全年因政府信息公开引起行政复议2件,其中维持1件、尚未审结1件;行政诉讼1件,为复议后起诉,结果维持。",
    t2={"normative": (4, 3, 27)},
    t3={"new": (30, 2, 0, 0, 0, 0), "carried_in": 3, "granted": (18, 1, 0, 0, 0, 0), "partial": 4, "denied.process": 2,
        "unavailable.not_held": (5, 1, 0, 0, 0, 0), "not_processed.complaint": 2, "carried_out": 2},
    t4={"review": (1, 0, 0, 1), "suit_after_review": (1, 0, 0, 0)},
    claims=[
        C("本年新制作规范性文件4件", "4", "proactive.normative", "consistent", "t2.normative.made 4"),
        C("新公开规范性文件3件", "3", "proactive.normative", "safe", "the published column (3) beside made 4: compared with published it agrees, with made it must not accuse", ideal="consistent"),
        C("举报投诉案件1,126件", "1,126", "other", "safe", "labour inspection complaints"),
        C("接听咨询电话28.6万个", "28.6万", "other", "safe", "12333 hotline", value=286000.0),
        C("共办结政府信息公开申请33件", "33", "requests.closed", "consistent", "t3.results_total.total 33 (closes the carried-in too)"),
        C("(含上年结转3件)", "3", "other", "safe", "the carried-in share of the closed: no cell"),
        C("本年新收政府信息公开申请32件", "32", "requests.received", "consistent", "t3.new.total 32"),
        C("另有2件结转下年度继续办理", "2", "other", "safe", "carried out (t3.carried_out 2)"),
        C("引起行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
        C("其中维持1件", "1", "appeals.review", "consistent", "part: t4.review.upheld 1"),
        C("尚未审结1件", "1", "appeals.review", "consistent", "part: t4.review.pending 1"),
        C("行政诉讼1件", "1", "appeals.suit", "consistent", "t4.suit_after_review.total 1 + direct 0"),
    ])

# 05 a health commission: units under it, reviews about another matter; Traditional page (html)
doc(n=5, template=2019, agency="温州市卫生健康委员会", year=2019, layout="html", traditional=True,
    overview="2019年,我委" + FILL[0] + "委机关全年收到政府信息公开申请18件。委属各医疗卫生单位共受理院务公开和信息查询申请2,350件。",
    proactive="全年主动公开卫生健康政策文件、医疗机构执业登记、卫生监督执法等信息986条,新制作规范性文件5件、新公开5件。",
    requests="18件申请中,予以公开9件,部分公开2件,无法提供6件,不予处理1件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。另有医疗纠纷类行政复议案件3件,均不涉及政府信息公开。",
    t2={"normative": (5, 5, 33)},
    t3={"new": (15, 2, 0, 1, 0, 0), "granted": (7, 1, 0, 1, 0, 0), "partial": 2, "unavailable.not_held": (5, 1, 0, 0, 0, 0),
        "not_processed.duplicate": 1},
    t4={},
    chrome={"related": ["温州市2019年政府信息公开工作年度报告:全市受理申请2716件",
                        "温州市卫生健康委员会2018年政府信息公开工作年度报告(收到申请23件)"],
            "prev": "温州市医疗保障局2019年政府信息公开工作年度报告",
            "next": "温州市中心医院2019年院务公开情况(公开信息310条)"},
    claims=[
        C("委机关全年收到政府信息公开申请18件", "18", "requests.received", "consistent", "t3.new.total 18"),
        C("院务公开和信息查询申请2,350件", "2,350", "other", "safe", "units under the commission, another procedure"),
        C("新制作规范性文件5件", "5", "proactive.normative", "consistent", "t2.normative.made 5"),
        C("予以公开9件", "9", "requests.closed", "consistent", "part: t3.granted.total 9"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("无法提供6件", "6", "requests.closed", "consistent", "part: t3.unavailable group 6"),
        C("不予处理1件", "1", "requests.closed", "consistent", "part: t3.not_processed group 1"),
        C("医疗纠纷类行政复议案件3件", "3", "appeals.review", "safe", "reviews about another matter (t4 0)"),
        C("全市受理申请2716件", "2716", "requests.received", "safe", "page chrome: the city's report", ideal="not_comparable"),
        C("(收到申请23件)", "23", "requests.received", "safe", "page chrome: 2018's report", ideal="not_comparable"),
        C("(公开信息310条)", "310", "proactive.items", "safe", "page chrome: a hospital's page"),
    ])

# 06 two years in one report; two true contradictions in the outcome parts (pipe)
doc(n=6, template=2019, agency="义乌市教育局", year=2020, layout="pipe",
    overview="2020年,我局" + FILL[1] + "2020年共收到政府信息公开申请21件,2019年为15件,同比增长40%。",
    proactive="全年主动公开招生入学、学校收费、教师招聘等信息1,862条,新制作规范性文件6件,新公开6件,对外公开总数量58件。",
    requests="21件申请中,予以公开12件,部分公开3件,无法提供4件,不予处理2件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼。",
    t2={"normative": (6, 6, 58)},
    t3={"new": (19, 2, 0, 0, 0, 0), "granted": (9, 1, 0, 0, 0, 0), "partial": 3, "unavailable.not_held": (5, 1, 0, 0, 0, 0),
        "not_processed.complaint": 2},
    t4={},
    claims=[
        C("2020年共收到政府信息公开申请21件", "21", "requests.received", "consistent", "t3.new.total 21"),
        C("2019年为15件", "15", "requests.received", "safe", "2019's count", ideal="not_comparable"),
        C("同比增长40%", "40", "other", "safe", "a change", value=0.4),
        C("1,862条", "1,862", "proactive.items", "safe", "items, no counterpart"),
        C("新制作规范性文件6件", "6", "proactive.normative", "consistent", "t2.normative.made 6"),
        C("新公开6件", "6", "proactive.normative", "consistent", "t2.normative.published 6"),
        C("对外公开总数量58件", "58", "other", "safe", "the cumulative column"),
        C("予以公开12件", "12", "requests.closed", "inconsistent", "part: t3.granted.total 10, clean"),
        C("部分公开3件", "3", "requests.closed", "consistent", "part: t3.partial.total 3"),
        C("无法提供4件", "4", "requests.closed", "inconsistent", "part: t3.unavailable group 6 (not_held 6, others 0), clean"),
        C("不予处理2件", "2", "requests.closed", "consistent", "part: t3.not_processed group 2"),
    ])

# 07 a tax bureau: the whole system vs the bureau itself; hotline; a corrected review (cells)
doc(n=7, template=2019, agency="国家税务总局绍兴市税务局", year=2020, layout="cells",
    overview="2020年,全市税务系统共受理政府信息公开申请64件,市局机关本级受理政府信息公开申请13件。",
    proactive="市局全年通过门户网站主动公开税收政策、纳税信用A级纳税人名单等信息2,141条。全年办理12366纳税服务热线来电4.3万次。",
    requests="市局本级13件申请中,予以公开7件,部分公开1件,无法提供4件,因申请人逾期不补正作其他处理1件。",
    appeals="全市税务系统共发生政府信息公开行政复议案件3件;市局本级被申请行政复议1件,结果纠正。",
    t2={"normative": (2, 2, 30)},
    t3={"new": (10, 3, 0, 0, 0, 0), "granted": (5, 2, 0, 0, 0, 0), "partial": 1, "unavailable.not_held": (3, 1, 0, 0, 0, 0),
        "other_handling": 1},
    t4={"review": (0, 1, 0, 0)},
    claims=[
        C("全市税务系统共受理政府信息公开申请64件", "64", "requests.received", "safe", "the whole system", ideal="not_comparable"),
        C("市局机关本级受理政府信息公开申请13件", "13", "requests.received", "consistent", "t3.new.total 13"),
        C("信息2,141条", "2,141", "proactive.items", "safe", "items"),
        C("来电4.3万次", "4.3万", "other", "safe", "12366 hotline", value=43000.0),
        C("予以公开7件", "7", "requests.closed", "consistent", "part: t3.granted.total 7"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("无法提供4件", "4", "requests.closed", "consistent", "part: t3.unavailable group 4"),
        C("作其他处理1件", "1", "requests.closed", "consistent", "part: t3.other_handling.total 1"),
        C("政府信息公开行政复议案件3件", "3", "appeals.review", "safe", "the whole system", ideal="not_comparable"),
        C("市局本级被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 08 共受理 with the carried-in; 办结 and still in progress; other procedures (pdf)
doc(n=8, template=2019, agency="合肥市包河区住房和城乡建设局", year=2020, layout="pdf",
    overview="2020年,我局共受理政府信息公开申请45件(含2019年结转5件),其中本年新收40件。截至12月31日,已办结42件,尚有3件正在办理中,结转至2021年继续办理。",
    proactive="全年主动公开住房保障、建筑市场监管等信息1,035条,新制作规范性文件2件,新公开2件,截至年底对外公开规范性文件共19件。",
    requests="申请内容主要涉及房屋征收、保障性住房分配和物业管理。",
    appeals="全年因政府信息公开被申请行政复议2件,均维持;被提起行政诉讼1件,一审判决驳回诉讼请求。",
    other="全年办理人大代表建议18件、政协委员提案25件,办结率100%。",
    t2={"normative": (2, 2, 19)},
    t3={"new": (37, 3, 0, 0, 0, 0), "carried_in": 5, "granted": (20, 2, 0, 0, 0, 0), "partial": 5, "denied.third_party": 2,
        "unavailable.not_held": (9, 1, 0, 0, 0, 0), "not_processed.duplicate": 2, "other_handling": 1, "carried_out": 3},
    t4={"review": (2, 0, 0, 0), "suit_direct": (1, 0, 0, 0)},
    claims=[
        C("共受理政府信息公开申请45件", "45", "requests.received", "consistent", "new 40 + carried_in 5 = 45, the text says it includes the carried-over"),
        C("(含2019年结转5件)", "5", "requests.received", "safe", "the carried-in part (t3.carried_in.total 5), dated 2019", ideal="consistent"),
        C("其中本年新收40件", "40", "requests.received", "consistent", "t3.new.total 40"),
        C("已办结42件", "42", "requests.closed", "consistent", "t3.results_total.total 42"),
        C("尚有3件正在办理中", "3", "other", "safe", "still open (carried out 3)"),
        C("信息1,035条", "1,035", "proactive.items", "safe", "items"),
        C("新制作规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.made 2"),
        C("对外公开规范性文件共19件", "19", "other", "safe", "cumulative at the year's end"),
        C("被申请行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "consistent", "t4.suit_direct.total 1"),
        C("人大代表建议18件", "18", "other", "safe", "人大建议, another procedure"),
        C("政协委员提案25件", "25", "other", "safe", "政协提案"),
    ])

# 09 上一篇/下一篇 and related titles with numbers; a true contradiction on reviews (html)
doc(n=9, template=2019, agency="常州市武进区市场监督管理局", year=2020, layout="html",
    overview="2020年,我局" + FILL[2] + "全年共收到政府信息公开申请16件,全部按时办结。全年处理消费者投诉举报3.6万件,办理行政处罚案件1,238件。",
    proactive="全年主动公开行政许可、行政处罚、双随机抽查结果等信息5,402条,新制作规范性文件1件,新公开1件。",
    requests="全年办结16件,其中予以公开7件,部分公开2件,不予公开1件,无法提供4件,不予处理2件。",
    appeals="全年因政府信息公开被申请行政复议2件,均为申请人对答复内容不服;未发生行政诉讼。",
    t2={"normative": (1, 1, 6), "penalty": ("1102", "+136", "1238")},
    t3={"new": (11, 5, 0, 0, 0, 0), "granted": (5, 2, 0, 0, 0, 0), "partial": (1, 1, 0, 0, 0, 0), "denied.third_party": (0, 1, 0, 0, 0, 0),
        "unavailable.not_held": (3, 1, 0, 0, 0, 0), "not_processed.complaint": 2},
    t4={"review": (1, 0, 0, 0)},
    chrome={"related": ["武进区2020年政府信息公开工作年度报告:全区共受理申请1,317件",
                        "武进区市场监督管理局2019年政府信息公开工作年度报告(收到申请21件)"],
            "prev": "武进区商务局2020年政府信息公开工作年度报告(收到申请6件,行政复议1件)",
            "next": "关于公开2020年度行政处罚案件信息1,238条的说明"},
    claims=[
        C("全年共收到政府信息公开申请16件", "16", "requests.received", "consistent", "t3.new.total 16"),
        C("消费者投诉举报3.6万件", "3.6万", "other", "safe", "complaints", value=36000.0),
        C("办理行政处罚案件1,238件", "1,238", "other", "safe", "penalty cases"),
        C("信息5,402条", "5,402", "proactive.items", "safe", "items"),
        C("新制作规范性文件1件", "1", "proactive.normative", "consistent", "t2.normative.made 1"),
        C("全年办结16件", "16", "requests.closed", "consistent", "t3.results_total.total 16"),
        C("予以公开7件", "7", "requests.closed", "consistent", "part: t3.granted.total 7"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("不予公开1件", "1", "requests.closed", "consistent", "part: t3.denied group 1"),
        C("无法提供4件", "4", "requests.closed", "consistent", "part: t3.unavailable group 4"),
        C("不予处理2件", "2", "requests.closed", "consistent", "part: t3.not_processed group 2"),
        C("被申请行政复议2件", "2", "appeals.review", "inconsistent", "own reviews 2020; t4.review.total 1, every review cell clean"),
        C("全区共受理申请1,317件", "1,317", "requests.received", "safe", "page chrome: the district's report", ideal="not_comparable"),
        C("(收到申请21件)", "21", "requests.received", "safe", "page chrome: the agency's 2019 report", ideal="not_comparable"),
        C("(收到申请6件,", "6", "requests.received", "safe", "page chrome: 上一篇, the commerce bureau"),
        C("行政复议1件)", "1", "appeals.review", "safe", "page chrome: 上一篇, the commerce bureau"),
        C("信息1,238条的说明", "1,238", "other", "safe", "page chrome: 下一篇"),
    ])

# 10 a department's report quoting the government's numbers; a review of the government (pipe, saved page)
doc(n=10, template=2019, agency="杭州市拱墅区发展和改革局", year=2020, layout="pipe",
    overview="2020年,我局" + FILL[3] + "据区政府办公室统计,全区2020年共受理政府信息公开申请402件,区政府门户网站全年发布信息1.2万条。我局全年收到政府信息公开申请3件,均已按期答复。",
    proactive="全年主动公开发展规划、重大项目、价格收费等信息286条。本年度无新制作规范性文件。",
    requests="3件申请中,予以公开2件,无法提供1件。",
    appeals="2020年区政府作为被申请人的政府信息公开行政复议案件12件,其中涉及我局职责的1件,结果维持。我局未被申请行政复议,未被提起行政诉讼。",
    other="区政府2020年度政府信息公开工作年度报告显示,全区主动公开政府信息3.5万条,收到申请402件。",
    t2={"normative": (0, 0, 4)},
    t3={"new": 3, "granted": 2, "unavailable.not_held": 1},
    t4={},
    chrome={"head": ["拱墅区人民政府门户网站 首页 政务公开 政务服务 政民互动 走进拱墅",
                     "首页 > 政府信息公开 > 部门信息公开 > 区发改局 > 政府信息公开年报"],
            "related": ["拱墅区2020年政府信息公开工作年度报告", "拱墅区财政局2020年政府信息公开工作年度报告(收到申请5件)"],
            "foot": ["网站标识码：3301050001 浙公网安备 33010502000123号"]},
    claims=[
        C("全区2020年共受理政府信息公开申请402件", "402", "requests.received", "safe", "the district's count, quoted", ideal="not_comparable"),
        C("全年发布信息1.2万条", "1.2万", "proactive.items", "safe", "the government's portal", value=12000.0),
        C("我局全年收到政府信息公开申请3件", "3", "requests.received", "consistent", "t3.new.total 3"),
        C("信息286条", "286", "proactive.items", "safe", "items"),
        C("予以公开2件", "2", "requests.closed", "consistent", "part: t3.granted.total 2"),
        C("无法提供1件", "1", "requests.closed", "consistent", "part: t3.unavailable group 1"),
        C("行政复议案件12件", "12", "appeals.review", "safe", "the district government as respondent"),
        C("涉及我局职责的1件", "1", "appeals.review", "safe", "a review of the government touching the bureau's duties; the bureau was not respondent (t4 0)"),
        C("主动公开政府信息3.5万条", "3.5万", "proactive.items", "safe", "the government's report", value=35000.0),
        C("收到申请402件", "402", "requests.received", "safe", "the government's report, quoted", ideal="not_comparable"),
        C("(收到申请5件)", "5", "requests.received", "safe", "page chrome: the finance bureau"),
    ])

# 11 approximate and bounded values; percentages (cells)
doc(n=11, template=2019, agency="丽水市莲都区农业农村局", year=2019, layout="cells",
    overview="2019年,我局" + FILL[0] + "全年共收到政府信息公开申请近20件,答复率100%。",
    proactive="全年主动公开涉农补贴、农产品质量安全等信息约300条,新制作规范性文件2件。",
    requests="其中予以公开10余件,部分公开2件,无法提供5件,予以公开率63.2%。",
    appeals="全年被申请行政复议不足3件,均为维持。",
    other="全年受理农村土地承包纠纷调解申请超过40件,处理农资打假投诉不足10件。",
    t2={"normative": (2, 2, 11)},
    t3={"new": (17, 2, 0, 0, 0, 0), "granted": (10, 2, 0, 0, 0, 0), "partial": 2, "unavailable.not_held": 5},
    t4={"review": (2, 0, 0, 0)},
    claims=[
        C("收到政府信息公开申请近20件", "20", "requests.received", "consistent", "近20 beside t3.new.total 19 (SCHEMA §4 bound)"),
        C("答复率100%", "100", "other", "safe", "a rate", value=1.0),
        C("信息约300条", "300", "proactive.items", "safe", "approximate items"),
        C("新制作规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.made 2"),
        C("予以公开10余件", "10", "requests.closed", "consistent", "10余 beside t3.granted.total 12"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("无法提供5件", "5", "requests.closed", "consistent", "part: t3.unavailable group 5"),
        C("予以公开率63.2%", "63.2", "other", "safe", "a share", value=0.632),
        C("行政复议不足3件", "3", "appeals.review", "safe", "不足3 beside t4.review.total 2: within the bound", ideal="consistent"),
        C("调解申请超过40件", "40", "other", "safe", "mediation, another procedure"),
        C("投诉不足10件", "10", "other", "safe", "complaints"),
    ])

# 12 信访, 12345, 人大建议 in a letters-and-visits bureau; a true contradiction on closed (pdf)
doc(n=12, template=2019, agency="金华市婺城区信访局", year=2019, layout="pdf",
    overview="2019年,我局" + FILL[1] + "全年受理群众来信来访2,156件次,办理12345政务热线交办件1.8万件,办理人大代表建议23件、政协提案31件。",
    proactive="全年主动公开信访工作制度、办事指南等信息126条。本年度未制作规范性文件。",
    requests="全年收到政府信息公开申请7件,已全部办结7件。其中予以公开3件,无法提供2件,不予处理1件。",
    appeals="全年未发生因政府信息公开引起的行政复议和行政诉讼。另有信访事项复查复核申请14件。",
    t2={"normative": (0, 0, 3)},
    t3={"new": 7, "granted": 3, "unavailable.not_held": 2, "not_processed.complaint": 1, "carried_out": 1},
    t4={},
    claims=[
        C("群众来信来访2,156件次", "2,156", "other", "safe", "信访"),
        C("交办件1.8万件", "1.8万", "other", "safe", "12345", value=18000.0),
        C("人大代表建议23件", "23", "other", "safe", "人大建议"),
        C("政协提案31件", "31", "other", "safe", "政协提案"),
        C("信息126条", "126", "proactive.items", "safe", "items"),
        C("全年收到政府信息公开申请7件", "7", "requests.received", "consistent", "t3.new.total 7"),
        C("已全部办结7件", "7", "requests.closed", "inconsistent", "own closed 2019; t3.results_total.total 6 (1 carried out), clean"),
        C("其中予以公开3件", "3", "requests.closed", "consistent", "part: t3.granted.total 3"),
        C("无法提供2件", "2", "requests.closed", "consistent", "part: t3.unavailable group 2"),
        C("不予处理1件", "1", "requests.closed", "consistent", "part: t3.not_processed group 1"),
        C("复查复核申请14件", "14", "other", "safe", "信访 review, another procedure"),
    ])

# 13 a table whose arithmetic fails and a '/' total; a site counter (html)
doc(n=13, template=2019, agency="台州市路桥区交通运输局", year=2019, layout="html",
    overview="2019年,我局" + FILL[2] + "全年收到政府信息公开申请16件,办结16件。",
    proactive="全年主动公开公路建设、运输管理等信息412条,新制作规范性文件1件,新公开1件。",
    requests="予以公开9件,部分公开2件,无法提供5件。",
    appeals="被申请行政复议1件,尚未审结;行政诉讼0件。",
    t2={"normative": (1, 1, 9)},
    t3={"new": (14, 2, 0, 0, 0, 0), "granted": (7, 2, 0, 0, 0, 0), "partial": 2, "unavailable.not_held": 5,
        "damage": {"new.total": "/", "results_total.total": "15"}},
    t4={"review": (0, 0, 0, 1)},
    chrome={"related": ["路桥区交通运输局2019年行政执法数据公开:行政处罚案件326件"],
            "side": ["本站累计访问量:1,203,455人次"]},
    claims=[
        C("全年收到政府信息公开申请16件", "16", "requests.received", "safe", "t3.new.total is '/' (its row gives 16)", ideal="unverifiable"),
        C("办结16件", "16", "requests.closed", "safe", "(七)总计 reads 15 but its rows sum to 16 and the table's balance fails: a damaged cell never accuses", ideal="unverifiable"),
        C("信息412条", "412", "proactive.items", "safe", "items"),
        C("新制作规范性文件1件", "1", "proactive.normative", "consistent", "t2.normative.made 1"),
        C("予以公开9件", "9", "requests.closed", "consistent", "part: t3.granted.total 9"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("无法提供5件", "5", "requests.closed", "consistent", "part: t3.unavailable group 5"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("行政诉讼0件", "0", "appeals.suit", "consistent", "t4 suits 0 + 0"),
        C("行政处罚案件326件", "326", "other", "safe", "page chrome"),
        C("1,203,455人次", "1,203,455", "platform.visits", "safe", "page chrome: a site counter"),
    ])

# 14 blank cells as '—' (the review group, the carried-in row); made vs published (pipe)
doc(n=14, template=2019, agency="湖州市吴兴区财政局", year=2020, layout="pipe",
    overview="2020年,我局" + FILL[3] + "全年制发规范性文件5件,公开规范性文件4件。本年收到政府信息公开申请8件,上年结转1件,全年办结9件。",
    proactive="重点公开财政预决算、政府采购、惠企资金等信息。",
    requests="予以公开6件,部分公开1件,无法提供2件。",
    appeals="全年被申请政府信息公开行政复议1件,结果维持。",
    other="全年未收取信息处理费,收取信息处理费0元。",
    t2={"normative": (5, 4, 37)},
    t3={"new": (7, 1, 0, 0, 0, 0), "carried_in": 1, "granted": (5, 1, 0, 0, 0, 0), "partial": 1, "unavailable.not_held": 2,
        "damage": {"carried_in.natural": "—", "carried_in.total": "—"}},
    t4={"review": (1, 0, 0, 0), "t4damage": {0: "—", 1: "—", 2: "—", 3: "—", 4: "—"}},
    claims=[
        C("全年制发规范性文件5件", "5", "proactive.normative", "consistent", "t2.normative.made 5"),
        C("公开规范性文件4件", "4", "proactive.normative", "safe", "the published column (4) beside made 5", ideal="consistent"),
        C("本年收到政府信息公开申请8件", "8", "requests.received", "consistent", "t3.new.total 8"),
        C("上年结转1件", "1", "requests.received", "safe", "t3.carried_in is '—' (blank)", ideal="unverifiable"),
        C("全年办结9件", "9", "requests.closed", "consistent", "t3.results_total.total 9"),
        C("予以公开6件", "6", "requests.closed", "consistent", "part: t3.granted.total 6"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("无法提供2件", "2", "requests.closed", "consistent", "part: t3.unavailable group 2"),
        C("行政复议1件", "1", "appeals.review", "safe", "the review group is '—' in every cell", ideal="unverifiable"),
        C("收取信息处理费0元", "0", "other", "safe", "fees"),
    ])

# 15 a police bureau in Traditional script; two true contradictions in the outcome groups (cells)
doc(n=15, template=2019, agency="台州市公安局", year=2020, layout="cells", traditional=True,
    overview="2020年,我局" + FILL[2] + "全年共受理政府信息公开申请35件,办结35件。全年办理户籍证明查询2.3万件。",
    proactive="全年制作规范性文件2件,主动公开警务信息1,450条。",
    requests="其中予以公开16件,部分公开4件,不予公开4件,无法提供9件,不予处理2件。",
    appeals="全年因政府信息公开引发行政复议3件,行政诉讼1件。",
    t2={"normative": (2, 2, 15)},
    t3={"new": (30, 5, 0, 0, 0, 0), "granted": (14, 2, 0, 0, 0, 0), "partial": 4, "denied.enforcement": 2,
        "denied.third_party": (0, 1, 0, 0, 0, 0), "unavailable.not_held": (7, 2, 0, 0, 0, 0), "not_processed.complaint": 3},
    t4={"review": (2, 0, 0, 1), "suit_direct": (0, 0, 0, 1)},
    claims=[
        C("全年共受理政府信息公开申请35件", "35", "requests.received", "consistent", "t3.new.total 35"),
        C("办结35件", "35", "requests.closed", "consistent", "t3.results_total.total 35"),
        C("户籍证明查询2.3万件", "2.3万", "other", "safe", "household registry queries", value=23000.0),
        C("全年制作规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.made 2"),
        C("警务信息1,450条", "1,450", "proactive.items", "safe", "items"),
        C("予以公开16件", "16", "requests.closed", "consistent", "part: t3.granted.total 16"),
        C("部分公开4件", "4", "requests.closed", "consistent", "part: t3.partial.total 4"),
        C("不予公开4件", "4", "requests.closed", "inconsistent", "part: t3.denied group 3 (enforcement 2, third party 1), clean"),
        C("无法提供9件", "9", "requests.closed", "consistent", "part: t3.unavailable group 9"),
        C("不予处理2件", "2", "requests.closed", "inconsistent", "part: t3.not_processed group 3, clean"),
        C("行政复议3件", "3", "appeals.review", "consistent", "t4.review.total 3"),
        C("行政诉讼1件", "1", "appeals.suit", "consistent", "t4.suit_direct.total 1"),
    ])

# 16 carried-in closed in January, still in progress at the year's end (pdf)
doc(n=16, template=2019, agency="南京市秦淮区城市管理局", year=2020, layout="pdf",
    overview="2020年,我局" + FILL[3] + "本年新收政府信息公开申请25件,2019年结转的2件已于2020年1月办结。截至2020年12月31日,仍有3件正在办理中,将结转至2021年办理。",
    proactive="全年主动公开市容环境、城市管理执法等信息532条,新制作规范性文件1件。",
    requests="全年办结政府信息公开申请24件(含上年结转2件),其中予以公开13件,部分公开3件,无法提供7件,不予处理1件。",
    appeals="全年未发生行政复议。被提起政府信息公开行政诉讼1件,经复议后起诉,尚未审结。",
    other="全年办理12345热线城管类工单4.7万件,数字城管案件结案率98.6%。",
    t2={"normative": (1, 1, 12)},
    t3={"new": (23, 2, 0, 0, 0, 0), "carried_in": 2, "granted": (12, 1, 0, 0, 0, 0), "partial": 3,
        "unavailable.not_held": (6, 1, 0, 0, 0, 0), "not_processed.duplicate": 1, "carried_out": 3},
    t4={"suit_after_review": (0, 0, 0, 1)},
    claims=[
        C("本年新收政府信息公开申请25件", "25", "requests.received", "consistent", "t3.new.total 25"),
        C("结转的2件", "2", "other", "safe", "carried in from 2019 (t3.carried_in 2), dated 2019"),
        C("仍有3件正在办理中", "3", "other", "safe", "still open, carried out"),
        C("信息532条", "532", "proactive.items", "safe", "items"),
        C("新制作规范性文件1件", "1", "proactive.normative", "consistent", "t2.normative.made 1"),
        C("全年办结政府信息公开申请24件", "24", "requests.closed", "consistent", "t3.results_total.total 24"),
        C("(含上年结转2件)", "2", "other", "safe", "the carried-in share of the closed"),
        C("其中予以公开13件", "13", "requests.closed", "consistent", "part: t3.granted.total 13"),
        C("部分公开3件", "3", "requests.closed", "consistent", "part: t3.partial.total 3"),
        C("无法提供7件", "7", "requests.closed", "consistent", "part: t3.unavailable group 7"),
        C("不予处理1件", "1", "requests.closed", "consistent", "part: t3.not_processed group 1"),
        C("政府信息公开行政诉讼1件", "1", "appeals.suit", "consistent", "t4.suit_after_review.total 1"),
        C("工单4.7万件", "4.7万", "other", "safe", "12345", value=47000.0),
        C("结案率98.6%", "98.6", "other", "safe", "a rate", value=0.986),
    ])

# 17 a side box of hot items with the district's and another bureau's numbers; a true contradiction on made (html)
doc(n=17, template=2019, agency="绍兴市上虞区农业农村局", year=2019, layout="html",
    overview="2019年,我局" + FILL[0] + "全年制发规范性文件3件,主动公开政府信息673条。全年共收到政府信息公开申请5件。",
    proactive="重点公开强农惠农政策、农业项目资金、动物防疫等信息。",
    requests="予以公开4件,无法提供1件。",
    appeals="全年被申请行政复议0件,行政诉讼0件。",
    t2={"normative": (2, 2, 13)},
    t3={"new": 5, "granted": 4, "unavailable.not_held": 1},
    t4={},
    chrome={"side": ["热点信息：上虞区2019年共受理政府信息公开申请1,426件",
                     "上虞区卫生健康局2019年度报告:收到申请12件"],
            "related": ["上虞区农业农村局2020年政府信息公开工作年度报告"]},
    claims=[
        C("全年制发规范性文件3件", "3", "proactive.normative", "inconsistent", "own 2019; t2.normative.made 2, published 2, clean"),
        C("政府信息673条", "673", "proactive.items", "safe", "items"),
        C("全年共收到政府信息公开申请5件", "5", "requests.received", "consistent", "t3.new.total 5"),
        C("予以公开4件", "4", "requests.closed", "consistent", "part: t3.granted.total 4"),
        C("无法提供1件", "1", "requests.closed", "consistent", "part: t3.unavailable group 1"),
        C("行政复议0件", "0", "appeals.review", "consistent", "t4.review.total 0"),
        C("行政诉讼0件", "0", "appeals.suit", "consistent", "t4 suits 0"),
        C("申请1,426件", "1,426", "requests.received", "safe", "page chrome: the district", ideal="not_comparable"),
        C("收到申请12件", "12", "requests.received", "safe", "page chrome: another bureau"),
    ])

# 18 the bureau and the units under it (pipe)
doc(n=18, template=2019, agency="温州市水利局", year=2020, layout="pipe",
    overview="2020年,全局(含局属3家事业单位)共收到政府信息公开申请13件,其中局机关收到9件,局属事业单位收到4件。",
    proactive="局机关全年新制作规范性文件3件,局属单位制作规范性文件2件。",
    requests="局机关9件申请中,予以公开5件,部分公开1件,无法提供3件。",
    appeals="局属事业单位被申请政府信息公开行政复议1件。局机关未发生行政复议和行政诉讼。",
    t2={"normative": (3, 3, 22)},
    t3={"new": (8, 1, 0, 0, 0, 0), "granted": (4, 1, 0, 0, 0, 0), "partial": 1, "unavailable.not_held": 3},
    t4={},
    claims=[
        C("共收到政府信息公开申请13件", "13", "requests.received", "safe", "the bureau with its units", ideal="not_comparable"),
        C("其中局机关收到9件", "9", "requests.received", "consistent", "t3.new.total 9"),
        C("局属事业单位收到4件", "4", "requests.received", "safe", "units under the bureau"),
        C("局机关全年新制作规范性文件3件", "3", "proactive.normative", "consistent", "t2.normative.made 3"),
        C("局属单位制作规范性文件2件", "2", "proactive.normative", "safe", "units under the bureau"),
        C("予以公开5件", "5", "requests.closed", "consistent", "part: t3.granted.total 5"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("无法提供3件", "3", "requests.closed", "consistent", "part: t3.unavailable group 3"),
        C("被申请政府信息公开行政复议1件", "1", "appeals.review", "safe", "a unit under the bureau as respondent (t4 0)"),
    ])

# 19 last year's count and the change; a plan; a true contradiction on 自然人 (cells)
doc(n=19, template=2019, agency="衢州市柯城区卫生健康局", year=2020, layout="cells",
    overview="2020年,我局收到政府信息公开申请11件,比2019年的7件增加4件,其中自然人申请9件。",
    proactive="全年新制作规范性文件2件。",
    requests="11件申请均已办结,其中予以公开7件,部分公开1件,无法提供3件。",
    appeals="全年未发生政府信息公开行政复议和行政诉讼。",
    other="2021年,我局计划制发规范性文件5件,力争依申请公开答复满意率达到95%以上。",
    t2={"normative": (2, 2, 8)},
    t3={"new": (8, 3, 0, 0, 0, 0), "granted": (5, 2, 0, 0, 0, 0), "partial": 1, "unavailable.not_held": (2, 1, 0, 0, 0, 0)},
    t4={},
    claims=[
        C("收到政府信息公开申请11件", "11", "requests.received", "consistent", "t3.new.total 11"),
        C("比2019年的7件", "7", "requests.received", "safe", "2019's count", ideal="not_comparable"),
        C("增加4件", "4", "other", "safe", "a change"),
        C("其中自然人申请9件", "9", "requests.received", "inconsistent", "part: t3.new.natural 8, clean"),
        C("全年新制作规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.made 2"),
        C("11件申请均已办结", "11", "requests.closed", "consistent", "t3.results_total.total 11"),
        C("予以公开7件", "7", "requests.closed", "consistent", "part: t3.granted.total 7"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("无法提供3件", "3", "requests.closed", "consistent", "part: t3.unavailable group 3"),
        C("计划制发规范性文件5件", "5", "proactive.normative", "safe", "a plan for 2021"),
        C("满意率达到95%", "95", "other", "safe", "a target", value=0.95),
    ])

# 20 unreadable cells in a PDF text layer ('1O', 'l0') (pdf)
doc(n=20, template=2019, agency="舟山市定海区商务局", year=2019, layout="pdf",
    overview="2019年,我局" + FILL[1] + "全年收到政府信息公开申请13件,其中自然人申请10件。",
    proactive="全年主动公开商务政策、外贸数据等信息318条,新制作规范性文件1件。",
    requests="予以公开10件,部分公开1件,无法提供2件。",
    appeals="全年未发生政府信息公开行政复议和行政诉讼。",
    other="全年受理商务领域投诉举报56件。",
    t2={"normative": (1, 1, 5)},
    t3={"new": (10, 3, 0, 0, 0, 0), "granted": (8, 2, 0, 0, 0, 0), "partial": 1, "unavailable.not_held": (1, 1, 0, 0, 0, 0),
        "damage": {"granted.total": "1O", "new.natural": "l0"}},
    t4={},
    claims=[
        C("全年收到政府信息公开申请13件", "13", "requests.received", "consistent", "t3.new.total 13"),
        C("其中自然人申请10件", "10", "requests.received", "safe", "t3.new.natural reads 'l0'", ideal="unverifiable"),
        C("信息318条", "318", "proactive.items", "safe", "items"),
        C("新制作规范性文件1件", "1", "proactive.normative", "consistent", "t2.normative.made 1"),
        C("予以公开10件", "10", "requests.closed", "safe", "t3.granted.total reads '1O'", ideal="unverifiable"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("无法提供2件", "2", "requests.closed", "consistent", "part: t3.unavailable group 2"),
        C("投诉举报56件", "56", "other", "safe", "complaints"),
    ])

# 21 a sub-district's page: 上一篇/下一篇 of other sub-districts with counts; a true contradiction on suits (html)
doc(n=21, template=2019, agency="杭州市上城区湖滨街道办事处", year=2020, layout="html",
    overview="2020年,湖滨街道" + FILL[1] + "本街道全年收到政府信息公开申请5件。全年办理12345市民热线工单2,316件。",
    proactive="全年在区政府门户网站街道专栏发布信息235条。",
    requests="5件申请中予以公开3件,无法提供2件。",
    appeals="全年因政府信息公开被提起行政诉讼2件,尚在审理中;未发生行政复议。",
    t2={},
    t3={"new": 5, "granted": 3, "unavailable.not_held": 2},
    t4={"suit_direct": (0, 0, 0, 1)},
    chrome={"prev": "清波街道2020年政府信息公开工作年度报告(受理申请2件)",
            "next": "南星街道2020年政府信息公开工作年度报告(受理申请4件)",
            "related": ["上城区2020年政府信息公开工作年度报告(全区受理申请865件)"]},
    claims=[
        C("本街道全年收到政府信息公开申请5件", "5", "requests.received", "consistent", "t3.new.total 5"),
        C("工单2,316件", "2,316", "other", "safe", "12345"),
        C("发布信息235条", "235", "proactive.items", "safe", "items"),
        C("予以公开3件", "3", "requests.closed", "consistent", "part: t3.granted.total 3"),
        C("无法提供2件", "2", "requests.closed", "consistent", "part: t3.unavailable group 2"),
        C("被提起行政诉讼2件", "2", "appeals.suit", "inconsistent", "own suits 2020; t4 suit_direct 1 + after review 0, clean"),
        C("(受理申请2件)", "2", "requests.received", "safe", "page chrome: 上一篇, another sub-district"),
        C("(受理申请4件)", "4", "requests.received", "safe", "page chrome: 下一篇, another sub-district"),
        C("(全区受理申请865件)", "865", "requests.received", "safe", "page chrome: the district", ideal="not_comparable"),
    ])

# 22 Traditional; the carried-in as a part of received and as a share of the closed (pipe)
doc(n=22, template=2019, agency="宁波市鄞州区民政局", year=2020, layout="pipe", traditional=True,
    overview="2020年,我局" + FILL[2] + "本年度新收政府信息公开申请18件,上年结转2件。本年度办结政府信息公开申请20件,其中上年结转申请2件。",
    proactive="全年制作规范性文件1件,公开1件。",
    requests="予以公开10件,部分公开2件,无法提供7件,不予处理1件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    other="全年办理最低生活保障审批4,215户。",
    t2={"normative": (1, 1, 12)},
    t3={"new": (16, 2, 0, 0, 0, 0), "carried_in": 2, "granted": (9, 1, 0, 0, 0, 0), "partial": 2,
        "unavailable.not_held": (6, 1, 0, 0, 0, 0), "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("本年度新收政府信息公开申请18件", "18", "requests.received", "consistent", "t3.new.total 18"),
        C("上年结转2件", "2", "requests.received", "consistent", "carried-in as a part (t3.carried_in.total 2; C10)"),
        C("本年度办结政府信息公开申请20件", "20", "requests.closed", "consistent", "t3.results_total.total 20"),
        C("其中上年结转申请2件", "2", "other", "safe", "the carried-in share of the closed"),
        C("全年制作规范性文件1件", "1", "proactive.normative", "consistent", "t2.normative.made 1"),
        C("予以公开10件", "10", "requests.closed", "consistent", "part: t3.granted.total 10"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("无法提供7件", "7", "requests.closed", "consistent", "part: t3.unavailable group 7"),
        C("不予处理1件", "1", "requests.closed", "consistent", "part: t3.not_processed group 1"),
        C("审批4,215户", "4,215", "other", "safe", "social assistance approvals"),
    ])

# ============================================================ 2021 template

# 23 related titles from the old template's era (新制作) and a 废止 notice (html)
doc(n=23, template=2021, agency="嘉兴市南湖区住房和城乡建设局", year=2021, layout="html",
    overview="2021年,我局" + FILL[0] + "全年制发行政规范性文件2件,废止1件,截至年底现行有效行政规范性文件15件。",
    proactive="重点公开保障性住房、建筑市场信用、房屋征收等信息。",
    requests="全年共收到政府信息公开申请23件,其中自然人申请20件、商业企业申请3件;予以公开11件,部分公开4件,无法提供6件,不予处理2件。",
    appeals="全年被申请行政复议1件,结果维持。",
    t2={"normative": (2, 1, 15)},
    t3={"new": (20, 3, 0, 0, 0, 0), "granted": (9, 2, 0, 0, 0, 0), "partial": 4, "unavailable.not_held": (5, 1, 0, 0, 0, 0),
        "not_processed.duplicate": 2},
    t4={"review": (1, 0, 0, 0)},
    chrome={"related": ["南湖区住房和城乡建设局2020年政府信息公开工作年度报告(新制作规范性文件5件)",
                        "南湖区2021年政府信息公开工作年度报告:全区收到申请1,108件"],
            "prev": "南湖区交通运输局2021年政府信息公开工作年度报告",
            "next": "关于2021年度行政规范性文件清理结果的公告(废止3件)"},
    claims=[
        C("全年制发行政规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.issued 2"),
        C("废止1件", "1", "other", "safe", "repealed"),
        C("现行有效行政规范性文件15件", "15", "other", "safe", "in force"),
        C("全年共收到政府信息公开申请23件", "23", "requests.received", "consistent", "t3.new.total 23"),
        C("其中自然人申请20件", "20", "requests.received", "consistent", "part: t3.new.natural 20"),
        C("商业企业申请3件", "3", "requests.received", "consistent", "part: t3.new.commercial 3"),
        C("予以公开11件", "11", "requests.closed", "consistent", "part: t3.granted.total 11"),
        C("部分公开4件", "4", "requests.closed", "consistent", "part: t3.partial.total 4"),
        C("无法提供6件", "6", "requests.closed", "consistent", "part: t3.unavailable group 6"),
        C("不予处理2件", "2", "requests.closed", "consistent", "part: t3.not_processed group 2"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("(新制作规范性文件5件)", "5", "proactive.normative", "safe", "page chrome: the agency's 2020 report", ideal="not_comparable"),
        C("全区收到申请1,108件", "1,108", "requests.received", "safe", "page chrome: the district", ideal="not_comparable"),
        C("(废止3件)", "3", "other", "safe", "page chrome: 下一篇"),
    ])

# 24 carried in and out; a true contradiction on a review's result (pdf)
doc(n=24, template=2021, agency="苏州市吴中区教育局", year=2022, layout="pdf",
    overview="2022年,我局" + FILL[1] + "全年共收到政府信息公开申请28件,上年结转3件。",
    proactive="全年制发行政规范性文件4件。",
    requests="全年办结29件,结转下年度2件。",
    appeals="全年发生政府信息公开行政复议3件,其中维持2件、纠正1件;行政诉讼1件,结果维持。",
    t2={"normative": (4, 0, 31)},
    t3={"new": (26, 2, 0, 0, 0, 0), "carried_in": 3, "granted": (12, 1, 0, 0, 0, 0), "partial": 3, "denied.process": 1,
        "unavailable.not_held": (9, 1, 0, 0, 0, 0), "other_handling.no_supplement": 2, "carried_out": 2},
    t4={"review": (1, 1, 0, 1), "suit_direct": (1, 0, 0, 0)},
    claims=[
        C("全年共收到政府信息公开申请28件", "28", "requests.received", "consistent", "t3.new.total 28"),
        C("上年结转3件", "3", "requests.received", "consistent", "carried-in as a part (t3.carried_in.total 3; C10)"),
        C("全年制发行政规范性文件4件", "4", "proactive.normative", "consistent", "t2.normative.issued 4"),
        C("全年办结29件", "29", "requests.closed", "consistent", "t3.results_total.total 29"),
        C("结转下年度2件", "2", "other", "safe", "carried out"),
        C("政府信息公开行政复议3件", "3", "appeals.review", "consistent", "t4.review.total 3"),
        C("其中维持2件", "2", "appeals.review", "inconsistent", "part: t4.review.upheld 1, clean"),
        C("纠正1件", "1", "appeals.review", "consistent", "part: t4.review.corrected 1"),
        C("行政诉讼1件", "1", "appeals.suit", "consistent", "t4.suit_direct.total 1"),
    ])

# 25 a finance bureau quoting the government's report; a jointly issued document (cells)
doc(n=25, template=2021, agency="湖州市南浔区财政局", year=2023, layout="cells",
    overview="2023年,我局" + FILL[2] + "根据区政府信息公开年度报告,全区2023年共收到政府信息公开申请517件,区政府本级收到89件。我局全年收到政府信息公开申请6件。",
    proactive="全年制发行政规范性文件3件,其中与区政府办公室联合制发1件。",
    requests="予以公开4件,部分公开1件,无法提供1件。",
    appeals="区政府全年作为被申请人的政府信息公开行政复议案件7件。我局未被申请行政复议。",
    other="全年办理人大代表建议12件、政协提案9件。",
    t2={"normative": (3, 0, 19)},
    t3={"new": (5, 1, 0, 0, 0, 0), "granted": (3, 1, 0, 0, 0, 0), "partial": 1, "unavailable.not_held": 1},
    t4={},
    claims=[
        C("共收到政府信息公开申请517件", "517", "requests.received", "safe", "the whole district, quoted", ideal="not_comparable"),
        C("区政府本级收到89件", "89", "requests.received", "safe", "the government itself, quoted"),
        C("我局全年收到政府信息公开申请6件", "6", "requests.received", "consistent", "t3.new.total 6"),
        C("全年制发行政规范性文件3件", "3", "proactive.normative", "consistent", "t2.normative.issued 3"),
        C("联合制发1件", "1", "proactive.normative", "safe", "a part no column holds"),
        C("予以公开4件", "4", "requests.closed", "consistent", "part: t3.granted.total 4"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("无法提供1件", "1", "requests.closed", "consistent", "part: t3.unavailable group 1"),
        C("行政复议案件7件", "7", "appeals.review", "safe", "the government as respondent"),
        C("人大代表建议12件", "12", "other", "safe", "人大建议"),
        C("政协提案9件", "9", "other", "safe", "政协提案"),
    ])

# 26 approximate values and shares; labour inspection and hotline (pipe)
doc(n=26, template=2021, agency="温州市鹿城区人力资源和社会保障局", year=2023, layout="pipe",
    overview="2023年,我局" + FILL[3] + "全年收到政府信息公开申请20余件。",
    proactive="全年主动公开就业创业、社会保险等信息超过1,000条。",
    requests="其中予以公开约15件,部分公开2件,无法提供近7件,予以公开比例62.5%。",
    appeals="全年发生政府信息公开行政复议2件,行政诉讼1件。",
    other="全年处理劳动保障监察投诉举报近900件,12333热线接听来电约8.2万个。",
    t2={"normative": (1, 0, 14)},
    t3={"new": (22, 2, 0, 0, 0, 0), "granted": (13, 2, 0, 0, 0, 0), "partial": 2, "unavailable.not_held": 6,
        "not_processed.duplicate": 1},
    t4={"review": (2, 0, 0, 0), "suit_direct": (0, 0, 0, 1)},
    claims=[
        C("收到政府信息公开申请20余件", "20", "requests.received", "consistent", "20余 beside t3.new.total 24"),
        C("超过1,000条", "1,000", "proactive.items", "safe", "items"),
        C("予以公开约15件", "15", "requests.closed", "safe", "约15 beside t3.granted.total 15", ideal="consistent"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("无法提供近7件", "7", "requests.closed", "safe", "近7 beside t3.unavailable group 6", ideal="consistent"),
        C("予以公开比例62.5%", "62.5", "other", "safe", "a share", value=0.625),
        C("行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
        C("行政诉讼1件", "1", "appeals.suit", "consistent", "t4.suit_direct.total 1"),
        C("投诉举报近900件", "900", "other", "safe", "labour inspection"),
        C("约8.2万个", "8.2万", "other", "safe", "12333", value=82000.0),
    ])

# 27 the bureau and the hospitals under it; 12345 (html)
doc(n=27, template=2021, agency="杭州市余杭区卫生健康局", year=2024, layout="html",
    overview="2024年,我局" + FILL[0] + "局机关全年受理政府信息公开申请14件;局机关及所属事业单位共受理政府信息公开申请31件。全年办理12345热线卫生健康类工单6,021件。",
    proactive="全年制发行政规范性文件1件。所属医疗卫生单位公开院务信息2,650条。",
    requests="局机关14件申请中予以公开7件,部分公开2件,无法提供5件。",
    appeals="所属医院被申请行政复议2件;局机关被申请行政复议1件,结果纠正。",
    t2={"normative": (1, 0, 7)},
    t3={"new": (12, 2, 0, 0, 0, 0), "granted": (6, 1, 0, 0, 0, 0), "partial": 2, "unavailable.not_held": (4, 1, 0, 0, 0, 0)},
    t4={"review": (0, 1, 0, 0)},
    chrome={"related": ["余杭区卫生健康局2023年政府信息公开工作年度报告(受理申请19件)"],
            "prev": "余杭区人力资源和社会保障局2024年政府信息公开工作年度报告",
            "next": "余杭区2024年政府信息公开工作年度报告(全区受理申请2,104件)"},
    claims=[
        C("局机关全年受理政府信息公开申请14件", "14", "requests.received", "consistent", "t3.new.total 14"),
        C("共受理政府信息公开申请31件", "31", "requests.received", "safe", "the bureau with the units under it", ideal="not_comparable"),
        C("工单6,021件", "6,021", "other", "safe", "12345"),
        C("全年制发行政规范性文件1件", "1", "proactive.normative", "consistent", "t2.normative.issued 1"),
        C("院务信息2,650条", "2,650", "proactive.items", "safe", "units under the bureau"),
        C("予以公开7件", "7", "requests.closed", "consistent", "part: t3.granted.total 7"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("无法提供5件", "5", "requests.closed", "consistent", "part: t3.unavailable group 5"),
        C("所属医院被申请行政复议2件", "2", "appeals.review", "safe", "hospitals under the bureau as respondents"),
        C("局机关被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("(受理申请19件)", "19", "requests.received", "safe", "page chrome: 2023's report", ideal="not_comparable"),
        C("(全区受理申请2,104件)", "2,104", "requests.received", "safe", "page chrome: the district"),
    ])

# 28 last year's same period and the first half (pdf)
doc(n=28, template=2021, agency="宁波市海曙区市场监督管理局", year=2022, layout="pdf",
    overview="2022年,我局" + FILL[1] + "2022年收到政府信息公开申请16件,2021年同期为12件;其中上半年收到7件。",
    proactive="全年制发行政规范性文件0件,废止行政规范性文件1件。",
    requests="全年办结16件,其中予以公开9件。",
    appeals="全年被申请行政复议1件,经复议维持。",
    other="全年作出行政处罚决定426件,收缴罚没款1,385.6万元。",
    t2={"normative": (0, 1, 5), "penalty": (426,)},
    t3={"new": (13, 3, 0, 0, 0, 0), "granted": (7, 2, 0, 0, 0, 0), "partial": 2, "unavailable.not_held": (3, 1, 0, 0, 0, 0),
        "not_processed.complaint": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("2022年收到政府信息公开申请16件", "16", "requests.received", "consistent", "t3.new.total 16"),
        C("2021年同期为12件", "12", "requests.received", "safe", "2021's count", ideal="not_comparable"),
        C("其中上半年收到7件", "7", "requests.received", "safe", "the first half", ideal="not_comparable"),
        C("全年制发行政规范性文件0件", "0", "proactive.normative", "consistent", "t2.normative.issued 0"),
        C("废止行政规范性文件1件", "1", "other", "safe", "repealed"),
        C("全年办结16件", "16", "requests.closed", "consistent", "t3.results_total.total 16"),
        C("其中予以公开9件", "9", "requests.closed", "consistent", "part: t3.granted.total 9"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("行政处罚决定426件", "426", "other", "safe", "penalty decisions"),
        C("罚没款1,385.6万元", "1,385.6万", "other", "safe", "money", value=13856000.0),
    ])

# 29 a t3 total cell its row contradicts (5 + 2 under 总计 8) (cells)
doc(n=29, template=2021, agency="南京市玄武区统计局", year=2021, layout="cells",
    overview="2021年,我局" + FILL[2] + "全年收到政府信息公开申请7件,办结7件。全年受理统计数据查询申请38件,对45家企业开展统计执法检查。",
    proactive="全年制发行政规范性文件1件。",
    requests="予以公开4件,部分公开1件,无法提供2件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼。",
    t2={"normative": (1, 0, 3)},
    t3={"new": (5, 2, 0, 0, 0, 0), "granted": (3, 1, 0, 0, 0, 0), "partial": 1, "unavailable.not_held": (1, 1, 0, 0, 0, 0),
        "damage": {"new.total": "8"}},
    t4={},
    claims=[
        C("全年收到政府信息公开申请7件", "7", "requests.received", "safe", "t3.new.total reads 8 but its row sums to 7 and the balance gives 7: a cell the table contradicts never accuses"),
        C("办结7件", "7", "requests.closed", "consistent", "t3.results_total.total 7, its rows agree"),
        C("统计数据查询申请38件", "38", "other", "safe", "statistical data queries, another procedure"),
        C("对45家企业", "45", "other", "safe", "objects inspected"),
        C("全年制发行政规范性文件1件", "1", "proactive.normative", "consistent", "t2.normative.issued 1"),
        C("予以公开4件", "4", "requests.closed", "consistent", "part: t3.granted.total 4"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("无法提供2件", "2", "requests.closed", "consistent", "part: t3.unavailable group 2"),
    ])

# 30 a saved page as text with its counter; a true contradiction on received (pipe)
doc(n=30, template=2021, agency="绍兴市越城区交通运输局", year=2024, layout="pipe",
    overview="2024年,我局" + FILL[2] + "全年共收到政府信息公开申请19件,同比增长18.8%。",
    proactive="全年制发行政规范性文件2件。",
    requests="全年办结17件,予以公开9件。",
    appeals="未发生行政复议,被提起行政诉讼1件,结果维持。",
    other="全年办理人大代表建议8件、政协提案11件;受理信访件63件。",
    t2={"normative": (2, 0, 10)},
    t3={"new": (15, 2, 0, 0, 0, 0), "granted": (8, 1, 0, 0, 0, 0), "partial": 2, "unavailable.not_held": (5, 1, 0, 0, 0, 0)},
    t4={"suit_after_review": (1, 0, 0, 0)},
    chrome={"head": ["越城区人民政府 | 首页 | 政务公开 | 政务服务 | 互动交流",
                     "您的位置：首页 > 信息公开 > 年度报告",
                     "【字体：大 中 小】 【打印】 浏览次数：215"],
            "related": ["越城区交通运输局2023年政府信息公开工作年度报告(收到申请16件)"],
            "foot": ["版权所有：绍兴市越城区人民政府 网站标识码：3306020001"]},
    claims=[
        C("全年共收到政府信息公开申请19件", "19", "requests.received", "inconsistent", "own received 2024; t3.new.total 17, carried_in 0, clean"),
        C("同比增长18.8%", "18.8", "other", "safe", "a change", value=0.188),
        C("全年制发行政规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.issued 2"),
        C("全年办结17件", "17", "requests.closed", "consistent", "t3.results_total.total 17"),
        C("予以公开9件", "9", "requests.closed", "consistent", "part: t3.granted.total 9"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "consistent", "t4.suit_after_review.total 1"),
        C("人大代表建议8件", "8", "other", "safe", "人大建议"),
        C("政协提案11件", "11", "other", "safe", "政协提案"),
        C("受理信访件63件", "63", "other", "safe", "信访"),
        C("(收到申请16件)", "16", "requests.received", "safe", "page chrome: 2023's report", ideal="not_comparable"),
    ])
