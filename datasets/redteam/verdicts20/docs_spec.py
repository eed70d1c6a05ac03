"""The verdicts20 documents: prose, tables, page chrome and hand-judged claims (see make.py, README.md).

Shapes as data, as verdicts18's and verdicts19's docs_spec.py write them: `template` 2019 (verdicts15's
renderer) or 2021 (verdicts17's); t3 rows as an int (all 自然人) or six cells, results_total computed;
t4 groups as (upheld, corrected, other, pending); `chrome` the saved page around the report; `replace`
pairs of text applied to the rendered report (a comparison table put where a paragraph marks it);
`traditional`. Added here: `then`, a second report appended on the same page (make.py). Prose in the
PDF layout carries its own line breaks and page footers (— 3 —) where a text layer breaks them.

Claim `expect`: "consistent" (the agency's own count for the report year, like for like, and the
table says the same), "inconsistent" (a true contradiction: the agency's own total or part for the
report year, every compared cell read clean from the source) or "safe" (must never be
`inconsistent`); `ideal` the verdict SCHEMA §4 prefers for a safe claim where it has one.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from verdict_sets import C  # noqa: E402  (one claim constructor for verdicts15-20)

FILL = [
    "坚持以公开为常态、不公开为例外，认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进决策、执行、管理、服务、结果公开。",
    "健全政府信息公开工作机制，落实保密审查责任，做到应公开尽公开。",
    "加强政府信息管理，动态更新主动公开目录和公开指南。",
    "规范依申请公开办理流程，严格按照法定时限答复申请人。",
]
PROB = "存在的主要问题：政策解读的针对性还需加强。改进措施：加强业务培训，提高公开质量。"


def pre19(year: int) -> str:
    return (
        "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室"
        "关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求编制。"
        f"报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
    )


DOCS: list[dict] = []


def report(**kw: object) -> dict:
    kw.setdefault("problems", PROB)
    kw.setdefault("other", "无其他需要报告的事项。")
    if kw["template"] == 2019:
        kw.setdefault("preamble", pre19(kw["year"]))  # type: ignore[arg-type]
    return kw


def doc(**kw: object) -> None:
    DOCS.append(report(**kw))


# 01 two bodies that publish jointly (合署办公, 两块牌子); section 六: an information-processing fee of
# 0元 beside t2's 行政事业性收费 amount; 建议提案 counts (html)
doc(n=1, template=2021, agency="杭州市临平区发展和改革局", year=2022, layout="html",
    overview="2022年，我局" + FILL[0] + "我局与区粮食和物资储备局合署办公（一套班子、两块牌子），本报告数据包含以两块牌子名义开展的政府信息公开工作。全年共收到政府信息公开申请9件，其中以区粮食和物资储备局名义收到申请2件。",
    proactive="本年制发行政规范性文件2件，废止1件。全年作出行政许可决定146件。",
    requests="办理结果：予以公开4件，部分公开1件，本机关不掌握相关政府信息3件，重复申请1件。申请人中，自然人7人次，商业企业2家。",
    appeals="全年因政府信息公开被申请行政复议1件，复议机关维持原答复。",
    other="本年度，我局未向申请人收取信息处理费，信息处理费收费金额为0元。承办区人大代表建议13件、区政协委员提案21件，均已按期办复。",
    t2={"normative": (2, 1, 17), "license": (146,), "penalty": (23,), "fees": ("12.5",)},
    t3={"new": (7, 2, 0, 0, 0, 0), "granted": (3, 1, 0, 0, 0, 0), "partial": 1,
        "unavailable.not_held": (2, 1, 0, 0, 0, 0), "not_processed.duplicate": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全年共收到政府信息公开申请9件", "9", "requests.received", "consistent", "t3.new.total 9: the report and its tables cover both names, as it says"),
        C("以区粮食和物资储备局名义收到申请2件", "2", "requests.received", "safe", "a share under the second name; no cell holds it (the commercial column's 2 is another split)", ideal="unverifiable"),
        C("本年制发行政规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.issued 2"),
        C("废止1件", "1", "other", "safe", "repealed"),
        C("行政许可决定146件", "146", "other", "safe", "t2.license.decisions; no narrative counterpart in SCHEMA §3", ideal="consistent"),
        C("予以公开4件", "4", "requests.closed", "consistent", "part: t3.granted.total 4"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("本机关不掌握相关政府信息3件", "3", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 3"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("自然人7人次", "7", "requests.received", "safe", "applications by natural persons counted in 人次 (t3.new.natural 7)", ideal="consistent"),
        C("商业企业2家", "2", "other", "safe", "a count of enterprises, not of applications", ideal="unverifiable"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("信息处理费收费金额为0元", "0", "other", "safe", "the information-processing fee; t2.fees.amount 12.5 is the agency's administrative fees, another thing"),
        C("区人大代表建议13件", "13", "other", "safe", "proposals handled, another procedure"),
        C("区政协委员提案21件", "21", "other", "safe", "proposals handled, another procedure"),
    ])

# 02 last year's figures in brackets and in section 五; outcome rows in other words; a true
# contradiction: 同意公开 (予以公开) 14 vs 12 (pipe)
doc(n=2, template=2021, agency="宁波市鄞州区住房和城乡建设局", year=2023, layout="pipe",
    overview="2023年，我局" + FILL[1] + "全年新收政府信息公开申请28件（上年19件），上年结转2件。",
    requests="本年度共办结申请27件（2022年为20件），结转下年度继续办理3件。其中同意公开14件，部分公开4件，因涉及第三方合法权益不予公开1件，经检索本机关不掌握相关政府信息6件，需另行制作1件，信访举报投诉类1件，重复申请1件，其他处理1件。",
    appeals="本年度被申请行政复议2件，其中维持1件、纠正1件；被提起行政诉讼1件，尚未审结。",
    problems="上年度报告提出的问题及整改情况：2022年度依申请公开办理中有3件超期答复，2件被复议机关责令重新答复。本年度已建立办理台账，按期答复率100%。存在的问题：部分答复文书说理不够充分。",
    t2={"normative": (1, 0, 12)},
    t3={"new": 28, "carried_in": 2, "carried_out": 3, "granted": 12, "partial": 4, "denied.third_party": 1,
        "unavailable.not_held": 6, "unavailable.needs_creation": 1, "not_processed.complaint": 1,
        "not_processed.duplicate": 1, "other_handling.other": 1},
    t4={"review": (1, 1, 0, 0), "suit_direct": (0, 0, 0, 1)},
    claims=[
        C("全年新收政府信息公开申请28件", "28", "requests.received", "consistent", "t3.new.total 28"),
        C("（上年19件）", "19", "requests.received", "safe", "the year before", ideal="not_comparable"),
        C("），上年结转2件。", "2", "requests.received", "consistent", "carried-in as a part (t3.carried_in.total 2; C10)"),
        C("共办结申请27件", "27", "requests.closed", "consistent", "t3.results_total.total 27"),
        C("年为20件）", "20", "requests.closed", "safe", "the year before", ideal="not_comparable"),
        C("结转下年度继续办理3件", "3", "other", "safe", "carried out"),
        C("其中同意公开14件", "14", "requests.closed", "inconsistent", "同意公开 is 予以公开: t3.granted.total 12, clean; no reading gives 14"),
        C("部分公开4件", "4", "requests.closed", "consistent", "part: t3.partial.total 4"),
        C("合法权益不予公开1件", "1", "requests.closed", "consistent", "part: t3.denied.third_party.total 1 (the denied group 1)"),
        C("经检索本机关不掌握相关政府信息6件", "6", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 6"),
        C("需另行制作1件", "1", "requests.closed", "consistent", "part: t3.unavailable.needs_creation.total 1"),
        C("信访举报投诉类1件", "1", "requests.closed", "consistent", "part: t3.not_processed.complaint.total 1"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("其他处理1件", "1", "requests.closed", "consistent", "part: the 2021 other_handling group 1"),
        C("被申请行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
        C("其中维持1件", "1", "appeals.review", "consistent", "part: t4.review.upheld 1"),
        C("纠正1件；", "1", "appeals.corrected", "consistent", "part: t4.review.corrected 1"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "consistent", "t4 suits 1 + 0"),
        C("有3件超期答复", "3", "other", "safe", "last year's late answers (section 五)"),
        C("2件被复议机关责令重新答复", "2", "appeals.corrected", "safe", "last year's corrected reviews quoted in section 五 (this year's corrected is 1)", ideal="not_comparable"),
        C("按期答复率100%", "100", "other", "safe", "a rate", value=1.0),
    ])

# 03 year-on-year; closed on time against the closed total; rates (cells, 2019 template)
doc(n=3, template=2019, agency="湖州市吴兴区交通运输局", year=2020, layout="cells",
    overview="2020年，我局" + FILL[2] + "全年收到政府信息公开申请23件，较上年的18件增加5件，增长27.8%。",
    requests="全年办结申请23件，其中按时办结22件，1件依法延期答复，按时办结率95.7%。办理结果为：予以公开15件，部分公开2件，无法提供4件，不予处理1件，其他处理1件。",
    appeals="全年未发生因政府信息公开申请引发的行政复议和行政诉讼。",
    problems="2019年度报告中提出的“依申请公开答复不够规范”问题已整改。" + PROB,
    other="本年度未收取信息处理费。",
    t2={"normative": (0, 0, 5)},
    t3={"new": 23, "granted": 15, "partial": 2, "unavailable.not_held": 4, "not_processed.complaint": 1,
        "other_handling": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请23件", "23", "requests.received", "consistent", "t3.new.total 23"),
        C("较上年的18件", "18", "requests.received", "safe", "the year before", ideal="not_comparable"),
        C("增加5件", "5", "other", "safe", "a change"),
        C("增长27.8%", "27.8", "other", "safe", "a change", value=0.278),
        C("全年办结申请23件", "23", "requests.closed", "consistent", "t3.results_total.total 23"),
        C("其中按时办结22件", "22", "requests.closed", "safe", "the part closed on time; no cell holds it (results_total 23)", ideal="unverifiable"),
        C("1件依法延期答复", "1", "other", "safe", "an extended answer"),
        C("按时办结率95.7%", "95.7", "other", "safe", "a rate", value=0.957),
        C("予以公开15件", "15", "requests.closed", "consistent", "part: t3.granted.total 15"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("无法提供4件", "4", "requests.closed", "consistent", "part: the unavailable group 4"),
        C("不予处理1件", "1", "requests.closed", "consistent", "part: the not_processed group 1"),
        C("其他处理1件", "1", "requests.closed", "consistent", "part: t3.other_handling.total 1"),
    ])

# 04 a PDF text layer whose lines break after a label, inside a number and at a page footer (pdf)
doc(n=4, template=2021, agency="衢州市柯城区农业农村局", year=2024, layout="pdf",
    overview="2024年，我局" + FILL[3] + "全年共收到政府信息公开申请\n36件，较上年有所增加。",
    requests="本年度办结政府信息公开申请3\n4件，结转下年度继续办理2件。办理结果中，予以公开\n— 3 —\n19件，部分公开3件，本机关不掌握相关政府信息8件，没有现成信息需要另\n行制作2件，重复申请1件，申请人逾期不补正不再处理1件。",
    appeals="本年度未发生政府信息公开行政复议、行政\n诉讼案件。",
    t2={"normative": (1, 0, 7)},
    t3={"new": 36, "carried_out": 2, "granted": 19, "partial": 3, "unavailable.not_held": 8,
        "unavailable.needs_creation": 2, "not_processed.duplicate": 1, "other_handling.no_supplement": 1},
    t4={},
    claims=[
        C("收到政府信息公开申请\n36件", "36", "requests.received", "consistent", "t3.new.total 36; the line breaks before the number"),
        C("办结政府信息公开申请3\n4件", "3", "requests.closed", "safe", "34 broken over two lines (t3.results_total.total 34): the 3 alone is not the count", value=34, ideal="consistent"),
        C("结转下年度继续办理2件", "2", "other", "safe", "carried out"),
        C("予以公开\n— 3 —\n19件", "19", "requests.closed", "consistent", "part: t3.granted.total 19, across a page footer"),
        C("部分公开3件", "3", "requests.closed", "consistent", "part: t3.partial.total 3"),
        C("本机关不掌握相关政府信息8件", "8", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 8"),
        C("另\n行制作2件", "2", "requests.closed", "consistent", "part: t3.unavailable.needs_creation.total 2 (label broken)"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("逾期不补正不再处理1件", "1", "requests.closed", "consistent", "part: t3.other_handling.no_supplement.total 1"),
    ])

# 05 Traditional; zero written as 零; section 六's fee of 0元 beside a fee amount and a no_fee row;
# 其他处理 after the no_fee row was named apart; a true contradiction: reviews 0 vs 1 (pipe)
doc(n=5, template=2021, agency="金华市婺城区财政局", year=2022, layout="pipe", traditional=True,
    overview="2022年，我局" + FILL[0] + "全年收到政府信息公开申请14件。",
    proactive="本年未制发行政规范性文件，现行有效行政规范性文件4件。",
    requests="予以公开8件，部分公开1件，本机关不掌握相关政府信息3件；申请人逾期未按收费通知要求缴纳费用、本机关不再处理的1件，其他处理1件。",
    appeals="本年度因政府信息公开被申请行政复议0件，被提起行政诉讼零起。",
    other="本年度共收取信息处理费0元。本年度无其他需要报告的事项。",
    t2={"normative": (0, 0, 4), "fees": ("35.2",)},
    t3={"new": 14, "granted": 8, "partial": 1, "unavailable.not_held": 3, "other_handling.no_fee": 1,
        "other_handling.other": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请14件", "14", "requests.received", "consistent", "t3.new.total 14"),
        C("现行有效行政规范性文件4件", "4", "other", "safe", "in force"),
        C("予以公开8件", "8", "requests.closed", "consistent", "part: t3.granted.total 8"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("本机关不掌握相关政府信息3件", "3", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 3"),
        C("本机关不再处理的1件", "1", "requests.closed", "consistent", "part: t3.other_handling.no_fee.total 1"),
        C("其他处理1件", "1", "requests.closed", "safe", "after the no_fee row named apart: the row 3.其他 (1), or the group (2)? unclear", ideal="consistent"),
        C("被申请行政复议0件", "0", "appeals.review", "inconsistent", "t4.review.total 1, clean"),
        C("被提起行政诉讼零起", "零", "appeals.suit", "consistent", "t4 suits 0 + 0", value=0),
        C("共收取信息处理费0元", "0", "other", "safe", "the information-processing fee; t2.fees.amount 35.2 is another thing, the no_fee row 1 counts applications"),
    ])

# 06 outcome rows by other names (同意公开, 告知信息不存在 over the whole unavailable group); a
# review corrected in words (2019 template, html)
doc(n=6, template=2019, agency="丽水市莲都区自然资源和规划局", year=2019, layout="html",
    overview="2019年，我局" + FILL[1] + "全年共受理政府信息公开申请26件。",
    proactive="本年新制作规范性文件3件，新公开3件，对外公开规范性文件总数27件。",
    requests="截至年底办结25件，另有1件正在办理中。其中，同意公开11件，同意部分公开2件，依法不予公开2件，告知信息不存在7件，信访举报投诉类及重复申请等不予处理2件，申请人撤回申请1件。",
    appeals="因政府信息公开工作被申请行政复议1件，复议机关以答复程序不当为由撤销原答复、责令重新答复；被提起行政诉讼1件，法院判决驳回原告诉讼请求。",
    t2={"normative": (3, 3, 27)},
    t3={"new": 26, "carried_out": 1, "granted": 11, "partial": 2, "denied.process": 1, "denied.third_party": 1,
        "unavailable.not_held": 5, "unavailable.needs_creation": 1, "unavailable.unclear": 1,
        "not_processed.complaint": 1, "not_processed.duplicate": 1, "other_handling": 1},
    t4={"review": (0, 1, 0, 0), "suit_direct": (1, 0, 0, 0)},
    claims=[
        C("共受理政府信息公开申请26件", "26", "requests.received", "consistent", "t3.new.total 26"),
        C("本年新制作规范性文件3件", "3", "proactive.normative", "consistent", "t2.normative.made 3"),
        C("对外公开规范性文件总数27件", "27", "other", "safe", "cumulative (对外公开总数量)"),
        C("截至年底办结25件", "25", "requests.closed", "consistent", "t3.results_total.total 25"),
        C("另有1件正在办理中", "1", "other", "safe", "carried out"),
        C("同意公开11件", "11", "requests.closed", "consistent", "同意公开 is 予以公开: t3.granted.total 11"),
        C("同意部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("依法不予公开2件", "2", "requests.closed", "consistent", "part: the denied group 2"),
        C("告知信息不存在7件", "7", "requests.closed", "safe", "信息不存在 names the not_held row (5) or loosely the unavailable group (7): no certainty", ideal="unverifiable"),
        C("等不予处理2件", "2", "requests.closed", "consistent", "part: the not_processed group 2"),
        C("申请人撤回申请1件", "1", "requests.closed", "safe", "a withdrawal; the 2019 其他处理 row is 1", ideal="unverifiable"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "consistent", "t4 suits 1 + 0"),
    ])

# 07 approximations beside exact cells (约, 近, 不足, 余, 以上); a true contradiction: 40余 received
# against 34 (cells)
doc(n=7, template=2021, agency="舟山市定海区市场监督管理局", year=2025, layout="cells",
    overview="2025年，我局" + FILL[2] + "全年收到政府信息公开申请40余件，办结35件。",
    requests="其中予以公开近20件，部分公开约4件，本机关不掌握相关政府信息不足10件，不予处理3件。",
    appeals="全年被申请行政复议3件，其中2件维持、1件尚在审理中；未被提起行政诉讼。",
    other="全年办理政府信息公开相关咨询200余人次，办理人大建议、政协提案5件以上。",
    t2={"normative": (0, 0, 6)},
    t3={"new": 34, "carried_in": 3, "carried_out": 2, "granted": 17, "partial": 4, "denied.third_party": 2,
        "unavailable.not_held": 6, "unavailable.needs_creation": 1, "not_processed.complaint": 2,
        "not_processed.duplicate": 1, "other_handling.no_supplement": 2},
    t4={"review": (2, 0, 0, 1)},
    claims=[
        C("收到政府信息公开申请40余件", "40", "requests.received", "inconsistent", "over 40; t3.new.total 34, new + carried 37, closed 35: no reading reaches 40"),
        C("办结35件", "35", "requests.closed", "consistent", "t3.results_total.total 35"),
        C("予以公开近20件", "20", "requests.closed", "safe", "近20 beside 17: how near is 近 is a reader's doubt", ideal="consistent"),
        C("部分公开约4件", "4", "requests.closed", "safe", "约4 beside 4", ideal="consistent"),
        C("不足10件", "10", "requests.closed", "safe", "under 10 beside 6 (本机关不掌握)", ideal="consistent"),
        C("不予处理3件", "3", "requests.closed", "consistent", "part: the not_processed group 3"),
        C("被申请行政复议3件", "3", "appeals.review", "consistent", "t4.review.total 3"),
        C("其中2件维持", "2", "appeals.review", "consistent", "part: t4.review.upheld 2"),
        C("1件尚在审理中", "1", "appeals.review", "consistent", "part: t4.review.pending 1"),
        C("咨询200余人次", "200", "other", "safe", "consultations"),
        C("政协提案5件以上", "5", "other", "safe", "proposals, another procedure"),
    ])

# 08 section 六 holds a comparison table (附表) with a column for the year before, not the template
# (pipe)
doc(n=8, template=2021, agency="绍兴市柯桥区水利局", year=2023, layout="pipe",
    overview="2023年，我局" + FILL[3] + "全年收到政府信息公开申请12件，比上年增加5件。",
    requests="本年度共办结12件，全部在法定期限内答复。",
    appeals="本年度未发生政府信息公开行政复议、行政诉讼。",
    other=("附表：2023年与2022年政府信息公开主要数据对比 | | |\n项目 | 2023年 | 2022年 |\n新收申请 | 12 | 7 |\n"
           "办结申请 | 12 | 8 |\n行政复议 | 0 | 1 |\n制发行政规范性文件 | 1 | 3 |\n"
           "从上表可见，2022年被申请行政复议1件，本年度为0件。"),
    t2={"normative": (1, 0, 8)},
    t3={"new": 12, "granted": 7, "partial": 1, "unavailable.not_held": 3, "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请12件", "12", "requests.received", "consistent", "t3.new.total 12"),
        C("比上年增加5件", "5", "other", "safe", "a change"),
        C("本年度共办结12件", "12", "requests.closed", "consistent", "t3.results_total.total 12"),
        C("2022年被申请行政复议1件", "1", "appeals.review", "safe", "the year before (this year's 0)", ideal="not_comparable"),
        C("本年度为0件", "0", "appeals.review", "safe", "this year's reviews, the subject in the clause before", ideal="consistent"),
    ])

# 09 a county's page holding two townships' reports one after the other (cells, `then`)
doc(n=9, template=2021, agency="松阳县西屏街道办事处", year=2022, layout="cells",
    chrome={"head": ["松阳县人民政府 | 首页 | 政务公开 | 乡镇（街道）年报",
                     "松阳县各乡镇（街道）2022年政府信息公开工作年度报告汇编"]},
    overview="2022年，西屏街道" + FILL[0] + "全年共收到政府信息公开申请5件，予以公开3件，本机关不掌握相关政府信息1件，重复申请1件。",
    appeals="行政复议、行政诉讼均为0件。",
    t2={"normative": (0, 0, 0)},
    t3={"new": 5, "granted": 3, "unavailable.not_held": 1, "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("全年共收到政府信息公开申请5件", "5", "requests.received", "consistent", "t3.new.total 5 (the first report's table)"),
        C("予以公开3件", "3", "requests.closed", "consistent", "part: t3.granted.total 3"),
        C("本机关不掌握相关政府信息1件", "1", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 1"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("均为0件", "0", "appeals.review", "safe", "reviews and suits named together, both 0", ideal="consistent"),
    ],
    then=report(n=9, template=2021, agency="松阳县象溪镇人民政府", year=2022, layout="cells",
                overview="2022年，象溪镇" + FILL[1] + "全年新收政府信息公开申请2件，上年结转1件，均已办结，其中予以公开2件，部分公开1件。",
                appeals="被申请行政复议1件，维持原答复。",
                t2={"normative": (0, 0, 0)},
                t3={"new": 2, "carried_in": 1, "granted": 2, "partial": 1},
                t4={"review": (1, 0, 0, 0)},
                claims=[
                    C("全年新收政府信息公开申请2件", "2", "requests.received", "safe", "the second report on the page: its own table says 2 (the first's 5)", ideal="consistent"),
                    C("上年结转1件，均已办结", "1", "requests.received", "safe", "the second report's carried-in 1", ideal="consistent"),
                    C("其中予以公开2件", "2", "requests.closed", "safe", "the second report's granted 2 (the first's 3)", ideal="consistent"),
                    C("部分公开1件", "1", "requests.closed", "safe", "the second report's partial 1 (the first's 0)", ideal="consistent"),
                    C("被申请行政复议1件", "1", "appeals.review", "safe", "the second report's reviews 1 (the first's 0)", ideal="consistent"),
                ]))

# 10 a city bureau whose prose names its district branches' numbers (所属XX分局); a true
# contradiction: 制发行政规范性文件 5 vs issued 3 (pdf)
doc(n=10, template=2021, agency="温州市自然资源和规划局", year=2023, layout="pdf",
    overview="2023年，市自然资源和规划局" + FILL[0] + "局机关全年收到政府信息公开申请45件，所属鹿城分局、龙湾分局分别收\n到申请16件和9件（由各分局单独编制年度报告）。",
    proactive="本年制发行政规范性文件5件，废止2件，现行有效41件。",
    requests="局机关办结44件，结转下年度3件。所属洞头分局办结申请7件。",
    appeals="全年被申请行政复议3件（维持2件、纠正1件）；行政诉讼2件，其中1件尚未审结。所属瓯海分局\n被提起行政诉讼1件。",
    t2={"normative": (3, 2, 41)},
    t3={"new": 45, "carried_in": 2, "carried_out": 3, "granted": 20, "partial": 5, "denied.process": 2,
        "unavailable.not_held": 11, "unavailable.needs_creation": 2, "unavailable.unclear": 1,
        "not_processed.complaint": 1, "not_processed.duplicate": 1, "other_handling.no_supplement": 1},
    t4={"review": (2, 1, 0, 0), "suit_direct": (1, 0, 0, 0), "suit_after_review": (0, 0, 0, 1)},
    claims=[
        C("局机关全年收到政府信息公开申请45件", "45", "requests.received", "consistent", "t3.new.total 45 (局机关 is the agency itself)"),
        C("到申请16件", "16", "requests.received", "safe", "a branch's count, reported apart"),
        C("16件和9件", "9", "requests.received", "safe", "a branch's count, reported apart"),
        C("本年制发行政规范性文件5件", "5", "proactive.normative", "inconsistent", "t2.normative.issued 3, clean"),
        C("废止2件", "2", "other", "safe", "repealed"),
        C("现行有效41件", "41", "other", "safe", "in force"),
        C("局机关办结44件", "44", "requests.closed", "consistent", "t3.results_total.total 44"),
        C("结转下年度3件", "3", "other", "safe", "carried out"),
        C("洞头分局办结申请7件", "7", "requests.closed", "safe", "a branch's count"),
        C("被申请行政复议3件", "3", "appeals.review", "consistent", "t4.review.total 3"),
        C("（维持2件", "2", "appeals.review", "consistent", "part: t4.review.upheld 2"),
        C("纠正1件）", "1", "appeals.corrected", "consistent", "part: t4.review.corrected 1"),
        C("行政诉讼2件，", "2", "appeals.suit", "consistent", "t4 suits 1 + 1"),
        C("其中1件尚未审结", "1", "appeals.suit", "consistent", "the suits' pending 0 + 1 (the reviews' pending is 0)"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "safe", "a branch's suit"),
    ])

# 11 an agency's two years saved as one page: the 2019 report, then the 2020 one (pipe, `then`)
doc(n=11, template=2019, agency="嘉兴市南湖区司法局", year=2019, layout="pipe",
    overview="2019年，我局" + FILL[1] + "2019年，我局收到政府信息公开申请6件，予以公开4件，无法提供2件。",
    appeals="未发生政府信息公开行政复议、行政诉讼。",
    t2={"normative": (0, 0, 2)},
    t3={"new": 6, "granted": 4, "unavailable.not_held": 2},
    t4={},
    claims=[
        C("我局收到政府信息公开申请6件", "6", "requests.received", "safe", "the first report on the page (2019): its table 6", ideal="consistent"),
        C("予以公开4件，无法", "4", "requests.closed", "safe", "the first report's granted 4", ideal="consistent"),
        C("无法提供2件", "2", "requests.closed", "safe", "the first report's unavailable 2", ideal="consistent"),
    ],
    then=report(n=11, template=2019, agency="嘉兴市南湖区司法局", year=2020, layout="pipe",
                overview="2020年，我局" + FILL[2] + "2020年，我局收到政府信息公开申请9件，较上年增加3件。其中予以公开5件，部分公开1件，本机关不掌握相关政府信息2件，信访举报投诉类申请1件。",
                appeals="被申请行政复议1件，尚未审结。",
                t2={"normative": (1, 1, 3)},
                t3={"new": 9, "granted": 5, "partial": 1, "unavailable.not_held": 2, "not_processed.complaint": 1},
                t4={"review": (0, 0, 0, 1)},
                claims=[
                    C("我局收到政府信息公开申请9件", "9", "requests.received", "safe", "the second report (2020): its table 9 (the first's 6)", ideal="consistent"),
                    C("较上年增加3件", "3", "other", "safe", "a change"),
                    C("其中予以公开5件", "5", "requests.closed", "safe", "the second report's granted 5", ideal="consistent"),
                    C("部分公开1件", "1", "requests.closed", "safe", "the second report's partial 1", ideal="consistent"),
                    C("本机关不掌握相关政府信息2件", "2", "requests.closed", "safe", "the second report's not_held 2", ideal="consistent"),
                    C("信访举报投诉类申请1件", "1", "requests.closed", "safe", "the second report's complaint 1", ideal="consistent"),
                    C("被申请行政复议1件", "1", "appeals.review", "safe", "the second report's reviews 1 (the first's 0)", ideal="consistent"),
                ]))

# 12 建议提案 and 12345 counts in section 六; section 五 quotes last year's corrected review (html)
doc(n=12, template=2021, agency="台州市椒江区教育局", year=2024, layout="html",
    overview="2024年，区教育局" + FILL[1] + "全年共收到政府信息公开申请31件，同比下降8.8%，上年结转1件，合计32件，全部办结，办结率100%。",
    proactive="本年制发行政规范性文件2件。",
    requests="从申请人类型看，自然人27件，商业企业2件，法律服务机构2件。办理结果：予以公开16件，部分公开3件，本机关不掌握相关政府信息7件，没有现成信息需要另行制作1件，要求提供公开出版物1件，重复申请3件，其他处理1件。",
    appeals="本年度因政府信息公开被申请行政复议1件，复议维持；未被提起行政诉讼。",
    problems="上年度报告中指出，2023年因答复依据引用不准确被行政复议纠错1件。对此，我局已组织专题培训，本年度未再发生被纠错情况。",
    other="全年办理区人大代表建议17件、区政协提案26件，满意率100%；受理12345政务服务热线工单1,386件。",
    t2={"normative": (2, 0, 19)},
    t3={"new": (27, 2, 0, 0, 2, 0), "carried_in": 1, "granted": (14, 1, 0, 0, 1, 0), "partial": 3,
        "unavailable.not_held": (6, 1, 0, 0, 0, 0), "unavailable.needs_creation": 1, "not_processed.publication": 1,
        "not_processed.duplicate": (2, 0, 0, 0, 1, 0), "other_handling.other": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全年共收到政府信息公开申请31件", "31", "requests.received", "consistent", "t3.new.total 31"),
        C("同比下降8.8%", "8.8", "other", "safe", "a change", value=0.088),
        C("上年结转1件，合计", "1", "requests.received", "consistent", "carried-in as a part (t3.carried_in.total 1; C10)"),
        C("合计32件", "32", "requests.received", "consistent", "new 31 + carried_in 1, named in the sentence"),
        C("办结率100%", "100", "other", "safe", "a rate", value=1.0),
        C("本年制发行政规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.issued 2"),
        C("自然人27件", "27", "requests.received", "consistent", "part: t3.new.natural 27"),
        C("商业企业2件", "2", "requests.received", "consistent", "part: t3.new.commercial 2"),
        C("法律服务机构2件", "2", "requests.received", "consistent", "part: t3.new.legal 2"),
        C("予以公开16件", "16", "requests.closed", "consistent", "part: t3.granted.total 16"),
        C("部分公开3件", "3", "requests.closed", "consistent", "part: t3.partial.total 3"),
        C("本机关不掌握相关政府信息7件", "7", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 7"),
        C("另行制作1件", "1", "requests.closed", "consistent", "part: t3.unavailable.needs_creation.total 1"),
        C("要求提供公开出版物1件", "1", "requests.closed", "consistent", "part: t3.not_processed.publication.total 1"),
        C("重复申请3件", "3", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 3"),
        C("其他处理1件", "1", "requests.closed", "consistent", "part: the 2021 other_handling group 1"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("被行政复议纠错1件", "1", "appeals.corrected", "safe", "2023's corrected review quoted in section 五 (this year's corrected 0)", ideal="not_comparable"),
        C("区人大代表建议17件", "17", "other", "safe", "proposals, another procedure"),
        C("区政协提案26件", "26", "other", "safe", "proposals, another procedure"),
        C("热线工单1,386件", "1,386", "other", "safe", "12345 tickets, another procedure"),
    ])

# 13 review results in other words (维持, 责令重新答复, 撤回终止); a true contradiction: suits 3 vs
# 1 + 1 (pdf)
doc(n=13, template=2021, agency="杭州市余杭区人力资源和社会保障局", year=2021, layout="pdf",
    overview="2021年，我局" + FILL[2] + "全年收到政府信息公开申请52件，办结48件，结转下年度4件。",
    requests="予以公开22件，部分公开6件，不予公开1件，无法提供14件，不予处理4件，其他处理1件。",
    appeals="全年被申请行政复议4件：复议机关维持我局答复2件，责令我局重新答复1件，申请人撤回复议申\n请终止1件。被提起政府信息公开行政诉讼3件，其中直接起诉1件、经复议后起诉1件。",
    t2={"normative": (2, 1, 15)},
    t3={"new": 52, "carried_out": 4, "granted": 22, "partial": 6, "denied.third_party": 1,
        "unavailable.not_held": 12, "unavailable.needs_creation": 2, "not_processed.complaint": 3,
        "not_processed.duplicate": 1, "other_handling.no_supplement": 1},
    t4={"review": (2, 1, 1, 0), "suit_direct": (1, 0, 0, 0), "suit_after_review": (0, 0, 0, 1)},
    claims=[
        C("全年收到政府信息公开申请52件", "52", "requests.received", "consistent", "t3.new.total 52"),
        C("办结48件", "48", "requests.closed", "consistent", "t3.results_total.total 48"),
        C("结转下年度4件", "4", "other", "safe", "carried out"),
        C("予以公开22件", "22", "requests.closed", "consistent", "part: t3.granted.total 22"),
        C("部分公开6件", "6", "requests.closed", "consistent", "part: t3.partial.total 6"),
        C("不予公开1件", "1", "requests.closed", "consistent", "part: the denied group 1"),
        C("无法提供14件", "14", "requests.closed", "consistent", "part: the unavailable group 14"),
        C("不予处理4件", "4", "requests.closed", "consistent", "part: the not_processed group 4"),
        C("其他处理1件", "1", "requests.closed", "consistent", "part: the 2021 other_handling group 1"),
        C("被申请行政复议4件", "4", "appeals.review", "consistent", "t4.review.total 4"),
        C("维持我局答复2件", "2", "appeals.review", "consistent", "part: t4.review.upheld 2"),
        C("责令我局重新答复1件", "1", "appeals.corrected", "consistent", "a corrected review: t4.review.corrected 1"),
        C("请终止1件", "1", "appeals.review", "safe", "a withdrawn review: t4.review.other 1", ideal="consistent"),
        C("行政诉讼3件", "3", "appeals.suit", "inconsistent", "t4 suits 1 + 1 = 2, clean (the prose's own parts say 2 too)"),
        C("其中直接起诉1件", "1", "appeals.suit", "consistent", "part: t4.suit_direct.total 1"),
        C("经复议后起诉1件", "1", "appeals.suit", "consistent", "part: t4.suit_after_review.total 1"),
    ])

# 14 a sub-district's 2019 report with its communities' counts; 未收取任何费用 (cells)
doc(n=14, template=2019, agency="温州市瓯海区南白象街道办事处", year=2019, layout="cells",
    overview="2019年，我街道" + FILL[3] + "全年共收到政府信息公开申请4件，均在规定时限内答复。所辖12个社区主动公开居务信息560余条。",
    requests="予以公开2件，本机关不掌握相关政府信息1件，其他处理1件。",
    appeals="未发生政府信息公开行政复议、行政诉讼。",
    other="依据《条例》规定，本年度未收取任何费用。本街道依申请公开工作由街道党政综合办公室承办，配备兼职工作人员2名。",
    t2={"normative": (0, 0, 0)},
    t3={"new": 4, "granted": 2, "unavailable.not_held": 1, "other_handling": 1},
    t4={},
    claims=[
        C("全年共收到政府信息公开申请4件", "4", "requests.received", "consistent", "t3.new.total 4"),
        C("居务信息560余条", "560", "proactive.items", "safe", "communities' items"),
        C("予以公开2件", "2", "requests.closed", "consistent", "part: t3.granted.total 2"),
        C("本机关不掌握相关政府信息1件", "1", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 1"),
        C("其他处理1件", "1", "requests.closed", "consistent", "part: t3.other_handling.total 1"),
        C("兼职工作人员2名", "2", "other", "safe", "staff"),
    ])

# 15 an HTML comparison table (this year, the year before, the change) inside section 三, before
# the template's table 三 (html)
doc(n=15, template=2021, agency="湖州市南浔区住房和城乡建设局", year=2025, layout="html",
    overview="2025年，我局" + FILL[0],
    requests="本年度新收申请18件，上年结转1件；办结18件，结转下年度继续办理1件，平均办理用时约7个工作日。与上年对比情况见下表。\n【对比表】",
    appeals="被申请行政复议1件，结果维持；被提起行政诉讼1件，法院裁定准许原告撤诉。",
    replace=[("<p>【对比表】</p>",
              '<table border="1"><tr><td>指标</td><td>2025年</td><td>2024年</td><td>增减</td></tr>'
              "<tr><td>新收申请（件）</td><td>18</td><td>13</td><td>+5</td></tr>"
              "<tr><td>办结（件）</td><td>18</td><td>14</td><td>+4</td></tr>"
              "<tr><td>行政复议（件）</td><td>1</td><td>2</td><td>-1</td></tr>"
              "<tr><td>行政诉讼（件）</td><td>1</td><td>0</td><td>+1</td></tr></table>")],
    t2={"normative": (1, 1, 11)},
    t3={"new": 18, "carried_in": 1, "carried_out": 1, "granted": 9, "partial": 2, "unavailable.not_held": 4,
        "unavailable.needs_creation": 1, "not_processed.duplicate": 1, "other_handling.other": 1},
    t4={"review": (1, 0, 0, 0), "suit_direct": (0, 0, 1, 0)},
    claims=[
        C("本年度新收申请18件", "18", "requests.received", "consistent", "t3.new.total 18"),
        C("上年结转1件；", "1", "requests.received", "consistent", "carried-in as a part (C10)"),
        C("办结18件，", "18", "requests.closed", "consistent", "t3.results_total.total 18"),
        C("结转下年度继续办理1件", "1", "other", "safe", "carried out"),
        C("约7个工作日", "7", "other", "safe", "a time"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "consistent", "t4 suits 1 + 0"),
    ])

# 16 table 三's rows restated in other words (公民个人, 企业, 全部公开, 未制作或获取); a true
# contradiction: received 22 vs 20 (pipe)
doc(n=16, template=2021, agency="宁波市江北区卫生健康局", year=2022, layout="pipe",
    overview="2022年，我局" + FILL[1] + "全年共收到政府信息公开申请22件。",
    requests="公民个人申请17件，企业申请3件。答复情况：全部公开10件，部分公开2件，属于内部事务信息不予公开1件，我局未制作或获取相关信息4件，经补正后仍不明确1件，申请人无正当理由大量反复申请1件，要求确认已获取信息1件。",
    t2={"normative": (0, 0, 3)},
    t3={"new": (17, 3, 0, 0, 0, 0), "granted": (8, 2, 0, 0, 0, 0), "partial": 2, "denied.internal": 1,
        "unavailable.not_held": (3, 1, 0, 0, 0, 0), "unavailable.unclear": 1, "not_processed.mass": 1,
        "not_processed.confirm": 1},
    t4={},
    claims=[
        C("全年共收到政府信息公开申请22件", "22", "requests.received", "inconsistent", "t3.new.total 20, carried_in 0, results 20, clean: no reading gives 22"),
        C("公民个人申请17件", "17", "requests.received", "consistent", "公民个人 is 自然人: t3.new.natural 17"),
        C("企业申请3件", "3", "requests.received", "consistent", "part: t3.new.commercial 3"),
        C("全部公开10件", "10", "requests.closed", "consistent", "全部公开 is 予以公开: t3.granted.total 10"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("内部事务信息不予公开1件", "1", "requests.closed", "consistent", "part: t3.denied.internal.total 1"),
        C("未制作或获取相关信息4件", "4", "requests.closed", "consistent", "本机关不掌握 in the words of the law: t3.unavailable.not_held.total 4"),
        C("补正后仍不明确1件", "1", "requests.closed", "consistent", "part: t3.unavailable.unclear.total 1"),
        C("大量反复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.mass.total 1"),
        C("要求确认已获取信息1件", "1", "requests.closed", "consistent", "part: t3.not_processed.confirm.total 1"),
    ])

# 17 year-on-year with the base in last year's report; section 五 names last year's figures (cells)
doc(n=17, template=2021, agency="金华市金东区住房和城乡建设局", year=2023, layout="cells",
    overview="2023年，我局" + FILL[2] + "全年新收政府信息公开申请27件，比上年增加5件；2022年度报告中结转下年度继续办理的2件申请已于本年全部办结。",
    requests="本年共办结29件，办结量较上年增长31.8%。予以公开13件，占44.8%。",
    appeals="本年度被申请行政复议1件，维持；被提起行政诉讼1件，法院判决确认我局答复违法。与上年相比，行政复议减少2件。",
    problems="2022年度本局收到申请22件，行政复议3件，在年度报告中已作说明。" + PROB,
    t2={"normative": (1, 0, 10)},
    t3={"new": 27, "carried_in": 2, "granted": 13, "partial": 3, "denied.third_party": 2,
        "unavailable.not_held": 7, "unavailable.needs_creation": 1, "not_processed.complaint": 2,
        "other_handling.other": 1},
    t4={"review": (1, 0, 0, 0), "suit_direct": (0, 1, 0, 0)},
    claims=[
        C("全年新收政府信息公开申请27件", "27", "requests.received", "consistent", "t3.new.total 27"),
        C("比上年增加5件", "5", "other", "safe", "a change"),
        C("继续办理的2件申请", "2", "requests.received", "safe", "last year's carried-out, this year's carried-in 2", ideal="consistent"),
        C("本年共办结29件", "29", "requests.closed", "consistent", "t3.results_total.total 29"),
        C("增长31.8%", "31.8", "other", "safe", "a change", value=0.318),
        C("予以公开13件", "13", "requests.closed", "consistent", "part: t3.granted.total 13"),
        C("占44.8%", "44.8", "other", "safe", "a share", value=0.448),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "consistent", "t4 suits 1 + 0"),
        C("行政复议减少2件", "2", "other", "safe", "a change"),
        C("本局收到申请22件", "22", "requests.received", "safe", "2022's, in section 五", ideal="not_comparable"),
        C("行政复议3件，在", "3", "appeals.review", "safe", "2022's, in section 五 (this year's 1)", ideal="not_comparable"),
    ])

# 18 a 2019-template PDF text layer: labels and numbers broken over lines, a page footer between a
# label and its count (pdf)
doc(n=18, template=2019, agency="绍兴市上虞区住房和城乡建设局", year=2020, layout="pdf",
    overview="2020年，我局" + FILL[3] + "全年共收到政府\n信息公开申请41件，上年结转1件。",
    proactive="本年新制作规范性文件2件，新公开\n— 3 —\n2件。",
    requests="全年办结4\n0件，结转下年度2件。其中予以公开18件，部分公开4件，不予公开2件，无法提供1\n1件，不予处理3件，其他处理2件。",
    appeals="被申请行政复议1件，被提起行政诉讼1\n件，均维持原行政行为。",
    t2={"normative": (2, 2, 16)},
    t3={"new": 41, "carried_in": 1, "carried_out": 2, "granted": 18, "partial": 4, "denied.third_party": 2,
        "unavailable.not_held": 9, "unavailable.needs_creation": 2, "not_processed.complaint": 2,
        "not_processed.duplicate": 1, "other_handling": 2},
    t4={"review": (1, 0, 0, 0), "suit_direct": (1, 0, 0, 0)},
    claims=[
        C("收到政府\n信息公开申请41件", "41", "requests.received", "consistent", "t3.new.total 41 (the label broken)"),
        C("上年结转1件", "1", "requests.received", "consistent", "carried-in as a part (C10)"),
        C("本年新制作规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.made 2"),
        C("新公开\n— 3 —\n2件", "2", "proactive.normative", "safe", "the published column 2, across a page footer", ideal="consistent"),
        C("全年办结4\n0件", "4", "requests.closed", "safe", "40 broken over two lines (t3.results_total.total 40): the 4 alone is not the count", value=40, ideal="consistent"),
        C("结转下年度2件", "2", "other", "safe", "carried out"),
        C("予以公开18件", "18", "requests.closed", "consistent", "part: t3.granted.total 18"),
        C("部分公开4件", "4", "requests.closed", "consistent", "part: t3.partial.total 4"),
        C("不予公开2件", "2", "requests.closed", "consistent", "part: the denied group 2"),
        C("无法提供1\n1件", "1", "requests.closed", "safe", "11 broken over two lines (the unavailable group 11)", value=11, ideal="consistent"),
        C("不予处理3件", "3", "requests.closed", "consistent", "part: the not_processed group 3"),
        C("其他处理2件", "2", "requests.closed", "consistent", "part: t3.other_handling.total 2"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("被提起行政诉讼1\n件", "1", "appeals.suit", "consistent", "t4 suits 1 + 0 (the 件 on the next line)"),
    ])

# 19 a township's report inside the county's page, under the county's own summary line (pipe)
doc(n=19, template=2021, agency="遂昌县妙高街道办事处", year=2024, layout="pipe",
    chrome={"head": ["遂昌县人民政府 | 首页 | 政务公开 | 年度报告",
                     "遂昌县2024年度乡镇（街道）政府信息公开工作年度报告汇总发布",
                     "2024年，全县20个乡镇（街道）共收到政府信息公开申请63件，办结63件，行政复议2件。以下为各乡镇（街道）年度报告。"],
            "prev": "遂昌县云峰街道2024年政府信息公开工作年度报告（收到申请3件）"},
    overview="2024年，妙高街道" + FILL[0] + "全年收到政府信息公开申请8件，办结8件。其中予以公开5件，部分公开1件，本机关不掌握相关政府信息2件。",
    appeals="本年度未发生行政复议和行政诉讼。",
    t2={"normative": (0, 0, 0)},
    t3={"new": 8, "granted": 5, "partial": 1, "unavailable.not_held": 2},
    t4={},
    claims=[
        C("共收到政府信息公开申请63件", "63", "requests.received", "safe", "the county's townships together (page chrome above the report)", ideal="not_comparable"),
        C("办结63件", "63", "requests.closed", "safe", "the county's townships together"),
        C("行政复议2件。", "2", "appeals.review", "safe", "the county's townships together (the report's t4 0)"),
        C("全年收到政府信息公开申请8件", "8", "requests.received", "consistent", "t3.new.total 8"),
        C("办结8件", "8", "requests.closed", "consistent", "t3.results_total.total 8"),
        C("其中予以公开5件", "5", "requests.closed", "consistent", "part: t3.granted.total 5"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("本机关不掌握相关政府信息2件", "2", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 2"),
        C("（收到申请3件）", "3", "requests.received", "safe", "page chrome: 上一篇, another sub-district"),
    ])

# 20 Traditional; a bureau that also bears the party department's name (挂牌): the party work's
# requests left out; a true contradiction: received 7 vs 6 (html)
doc(n=20, template=2021, agency="丽水市民族宗教事务局", year=2022, layout="html", traditional=True,
    overview="2022年，我局" + FILL[3] + "我局为市委统战部挂牌单位，本报告仅统计以市民族宗教事务局名义开展的政府信息公开工作。全年收到政府信息公开申请7件。",
    requests="予以公开3件，部分公开1件，本机关不掌握相关政府信息1件，信访举报投诉类申请1件。以市委统战部名义收到的党务信息公开申请2件，不在本报告统计范围内。",
    appeals="本年度未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (0, 0, 2)},
    t3={"new": 6, "granted": 3, "partial": 1, "unavailable.not_held": 1, "not_processed.complaint": 1},
    t4={},
    chrome={"related": ["丽水市民族宗教事务局2021年政府信息公开工作年度报告（收到申请5件）"]},
    claims=[
        C("全年收到政府信息公开申请7件", "7", "requests.received", "inconsistent", "t3.new.total 6, carried 0, results 6, clean"),
        C("予以公开3件", "3", "requests.closed", "consistent", "part: t3.granted.total 3"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("本机关不掌握相关政府信息1件", "1", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 1"),
        C("信访举报投诉类申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.complaint.total 1"),
        C("党务信息公开申请2件", "2", "requests.received", "safe", "the party department's requests, outside the report"),
        C("（收到申请5件）", "5", "requests.received", "safe", "page chrome: the 2021 report"),
    ])

# 21 closed on time, answered late, rates; a true contradiction: 办结60 vs (七)总计 58 (pdf)
doc(n=21, template=2021, agency="长兴县自然资源和规划局", year=2025, layout="pdf",
    overview="2025年，我局" + FILL[1] + "全年收到政府信息公开申请60件，上年结转3件，办结60件，按时办结率100%，\n结转下年度继续办理3件。",
    requests="按期答复58件，延期答复0件，平均办理时长6个工作日。予以公开25件，部分公开7件，不予公开3件，无法\n提供16件，不予处理5件，其他处理2件。",
    appeals="被申请行政复议5件，其中维持3件、纠正1件、尚未审结1件；被提起行政诉讼2件，其中1件维持、1件尚未审结。",
    t2={"normative": (4, 1, 33)},
    t3={"new": 60, "carried_in": 3, "carried_out": 5, "granted": 25, "partial": 7, "denied.process": 2,
        "denied.enforcement": 1, "unavailable.not_held": 13, "unavailable.needs_creation": 3,
        "not_processed.complaint": 3, "not_processed.duplicate": 2, "other_handling.no_supplement": 1,
        "other_handling.other": 1},
    t4={"review": (3, 1, 0, 1), "suit_direct": (1, 0, 0, 1)},
    claims=[
        C("全年收到政府信息公开申请60件", "60", "requests.received", "consistent", "t3.new.total 60"),
        C("上年结转3件，办结", "3", "requests.received", "consistent", "carried-in as a part (C10)"),
        C("办结60件", "60", "requests.closed", "inconsistent", "t3.results_total.total 58, clean (5 carried out)"),
        C("按时办结率100%", "100", "other", "safe", "a rate", value=1.0),
        C("结转下年度继续办理3件", "3", "other", "safe", "carried out (the table's 5: no narrative counterpart)"),
        C("按期答复58件", "58", "other", "safe", "answers on time (equal to the results total here)", ideal="consistent"),
        C("延期答复0件", "0", "other", "safe", "extended answers"),
        C("予以公开25件", "25", "requests.closed", "consistent", "part: t3.granted.total 25"),
        C("部分公开7件", "7", "requests.closed", "consistent", "part: t3.partial.total 7"),
        C("不予公开3件", "3", "requests.closed", "consistent", "part: the denied group 3"),
        C("提供16件", "16", "requests.closed", "consistent", "part: the unavailable group 16 (label broken)"),
        C("不予处理5件", "5", "requests.closed", "consistent", "part: the not_processed group 5"),
        C("其他处理2件", "2", "requests.closed", "consistent", "part: the 2021 other_handling group 2"),
        C("被申请行政复议5件", "5", "appeals.review", "consistent", "t4.review.total 5"),
        C("其中维持3件", "3", "appeals.review", "consistent", "part: t4.review.upheld 3"),
        C("纠正1件、", "1", "appeals.corrected", "consistent", "part: t4.review.corrected 1"),
        C("尚未审结1件；", "1", "appeals.review", "consistent", "part: t4.review.pending 1"),
        C("被提起行政诉讼2件", "2", "appeals.suit", "consistent", "t4 suits 2 + 0"),
        C("其中1件维持", "1", "appeals.suit", "consistent", "part: t4.suit_direct.upheld 1"),
        C("、1件尚未审结。", "1", "appeals.suit", "consistent", "part: t4.suit_direct.pending 1"),
    ])

# 22 a health bureau whose units report under another rule (所属医疗卫生单位); 2019 template (html)
doc(n=22, template=2019, agency="杭州市上城区卫生健康局", year=2020, layout="html",
    overview="2020年，我局" + FILL[2] + "局机关全年收到政府信息公开申请15件。所属区疾病预防控制中心、区妇幼保健院等6家医疗卫生单位按照《公共企事业单位信息公开规定》办理信息公开申请共9件，不计入本报告。",
    proactive="本年新制作规范性文件1件，新公开1件。",
    requests="予以公开8件，部分公开2件，本机关不掌握相关政府信息3件，重复申请1件，其他处理1件。所属区疾控中心全年受理疫情信息咨询2,360人次。",
    appeals="被申请行政复议1件，维持原答复。所属区人民医院被提起医疗纠纷类行政诉讼2件。",
    t2={"normative": (1, 1, 12)},
    t3={"new": 15, "granted": 8, "partial": 2, "unavailable.not_held": 3, "not_processed.duplicate": 1,
        "other_handling": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("局机关全年收到政府信息公开申请15件", "15", "requests.received", "consistent", "t3.new.total 15"),
        C("办理信息公开申请共9件", "9", "requests.received", "safe", "units' requests under another rule, outside the report"),
        C("本年新制作规范性文件1件", "1", "proactive.normative", "consistent", "t2.normative.made 1"),
        C("予以公开8件", "8", "requests.closed", "consistent", "part: t3.granted.total 8"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("本机关不掌握相关政府信息3件", "3", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 3"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("其他处理1件", "1", "requests.closed", "consistent", "part: t3.other_handling.total 1"),
        C("疫情信息咨询2,360人次", "2,360", "other", "safe", "consultations"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("医疗纠纷类行政诉讼2件", "2", "appeals.suit", "safe", "a unit's suits about another matter (t4 suits 0)"),
    ])

# 23 nothing received this year, one carried in; zero as 零 and 0元 (pipe)
doc(n=23, template=2021, agency="舟山市普陀区统计局", year=2023, layout="pipe",
    overview="2023年，我局" + FILL[3] + "本年度我局未收到政府信息公开申请（新收0件），上年结转的1件申请已于2023年1月办结，予以公开。",
    proactive="全年发布统计信息、统计公报等148条，统计数据解读12篇。",
    appeals="本年度未发生政府信息公开行政复议和行政诉讼，数量均为零。",
    other="本年度无收费情况，收取信息处理费0元。",
    t2={"normative": (0, 0, 1)},
    t3={"new": 0, "carried_in": 1, "granted": 1},
    t4={},
    claims=[
        C("（新收0件）", "0", "requests.received", "consistent", "t3.new.total 0"),
        C("上年结转的1件申请", "1", "requests.received", "safe", "the carried-in 1, closed this year", ideal="consistent"),
        C("统计公报等148条", "148", "proactive.items", "safe", "items"),
        C("统计数据解读12篇", "12", "other", "safe", "interpretations"),
        C("数量均为零", "零", "appeals.review", "safe", "reviews and suits together, both 0", value=0, ideal="consistent"),
        C("收取信息处理费0元", "0", "other", "safe", "the information-processing fee; t2.fees.amount 0 too, another thing"),
    ])

# 24 section 六 counts of other procedures; section 五 quotes last year's partial count; a true
# contradiction: 部分公开 4 vs 2 (cells)
doc(n=24, template=2021, agency="宁波市海曙区交通运输局", year=2024, layout="cells",
    overview="2024年，我局" + FILL[0] + "全年收到政府信息公开申请17件，办结16件。",
    requests="予以公开9件，部分公开4件，本机关不掌握相关政府信息3件，信访举报投诉类申请1件，其他处理1件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    problems="2023年度报告反映的问题：当年收到申请21件，部分公开比例偏高（部分公开6件）。本年度已整改。",
    other="全年办理人大代表建议9件，政协委员提案14件；处理信访件43件，12345热线工单2,104件。",
    t2={"normative": (1, 0, 7)},
    t3={"new": 17, "carried_out": 1, "granted": 9, "partial": 2, "unavailable.not_held": 3,
        "not_processed.complaint": 1, "other_handling.other": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请17件", "17", "requests.received", "consistent", "t3.new.total 17"),
        C("办结16件", "16", "requests.closed", "consistent", "t3.results_total.total 16"),
        C("予以公开9件", "9", "requests.closed", "consistent", "part: t3.granted.total 9"),
        C("部分公开4件", "4", "requests.closed", "inconsistent", "t3.partial.total 2, clean"),
        C("本机关不掌握相关政府信息3件", "3", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 3"),
        C("信访举报投诉类申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.complaint.total 1"),
        C("其他处理1件", "1", "requests.closed", "consistent", "part: the 2021 other_handling group 1"),
        C("当年收到申请21件", "21", "requests.received", "safe", "2023's, in section 五", ideal="not_comparable"),
        C("（部分公开6件）", "6", "requests.closed", "safe", "2023's, in section 五", ideal="not_comparable"),
        C("人大代表建议9件", "9", "other", "safe", "proposals, another procedure"),
        C("政协委员提案14件", "14", "other", "safe", "proposals, another procedure"),
        C("处理信访件43件", "43", "other", "safe", "petitions"),
        C("热线工单2,104件", "2,104", "other", "safe", "12345 tickets"),
    ])

# 25 Traditional PDF text layer: labels broken over lines (pdf)
doc(n=25, template=2021, agency="温州市龙湾区综合行政执法局", year=2022, layout="pdf", traditional=True,
    overview="2022年，我局" + FILL[2] + "全年受理政府信息公开申\n请33件，办结32件，结转下年度1件。",
    requests="其中，予以公开14件，部分公开5件，属于行政执法案卷不予公开2件，本机关不掌握相关政府\n信息8件，信访举报投诉类2件，重复申请1件。",
    appeals="被申请行政复议1件，结果为维持。",
    t2={"normative": (0, 0, 2)},
    t3={"new": 33, "carried_out": 1, "granted": 14, "partial": 5, "denied.enforcement": 2,
        "unavailable.not_held": 8, "not_processed.complaint": 2, "not_processed.duplicate": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("受理政府信息公开申\n请33件", "33", "requests.received", "consistent", "t3.new.total 33 (the label broken)"),
        C("办结32件", "32", "requests.closed", "consistent", "t3.results_total.total 32"),
        C("结转下年度1件", "1", "other", "safe", "carried out"),
        C("予以公开14件", "14", "requests.closed", "consistent", "part: t3.granted.total 14"),
        C("部分公开5件", "5", "requests.closed", "consistent", "part: t3.partial.total 5"),
        C("执法案卷不予公开2件", "2", "requests.closed", "consistent", "part: t3.denied.enforcement.total 2"),
        C("相关政府\n信息8件", "8", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 8 (label broken)"),
        C("信访举报投诉类2件", "2", "requests.closed", "consistent", "part: t3.not_processed.complaint.total 2"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 26 2019 template: fee items in section 六 beside the t2 fee block; a true contradiction: reviews
# 2 vs 1 (pipe)
doc(n=26, template=2019, agency="衢州市衢江区市场监督管理局", year=2019, layout="pipe",
    overview="2019年，我局" + FILL[1] + "全年收到政府信息公开申请19件，全部按期办结。",
    proactive="本年新制作规范性文件1件，新公开1件。",
    requests="予以公开10件，部分公开2件，不予公开1件，无法提供4件，不予处理1件，其他处理1件。",
    appeals="全年因政府信息公开被申请行政复议2件，均维持原答复。",
    other="按照《条例》第四十二条规定，本年度未收取信息处理费。本局行政事业性收费项目减少1项，现有收费项目2项。",
    t2={"normative": (1, 1, 9), "fees": ("3", "-1")},
    t3={"new": 19, "granted": 10, "partial": 2, "denied.third_party": 1, "unavailable.not_held": 4,
        "not_processed.complaint": 1, "other_handling": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请19件", "19", "requests.received", "consistent", "t3.new.total 19"),
        C("本年新制作规范性文件1件", "1", "proactive.normative", "consistent", "t2.normative.made 1"),
        C("予以公开10件", "10", "requests.closed", "consistent", "part: t3.granted.total 10"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("不予公开1件", "1", "requests.closed", "consistent", "part: the denied group 1"),
        C("无法提供4件", "4", "requests.closed", "consistent", "part: the unavailable group 4"),
        C("不予处理1件", "1", "requests.closed", "consistent", "part: the not_processed group 1"),
        C("其他处理1件", "1", "requests.closed", "consistent", "part: t3.other_handling.total 1"),
        C("被申请行政复议2件", "2", "appeals.review", "inconsistent", "t4.review.total 1, clean"),
        C("收费项目减少1项", "1", "other", "safe", "fee items (t2.fees.change -1): no narrative counterpart"),
        C("现有收费项目2项", "2", "other", "safe", "fee items"),
    ])

# 27 year-on-year with percentages, a range per month, 约 (html)
doc(n=27, template=2021, agency="杭州市西湖区城市管理局", year=2025, layout="html",
    overview="2025年，我局" + FILL[3] + "全年收到政府信息公开申请48件，同比增长约20%，较2024年的40件增加8件。",
    requests="全年办结48件（含上年结转2件），每月收到申请2至7件不等。予以公开21件，约占43.8%；部分公开6件；本机关不掌握相关政府信息12件。",
    appeals="全年被申请行政复议2件、被提起行政诉讼1件，均维持原答复。",
    t2={"normative": (2, 0, 21)},
    t3={"new": 48, "carried_in": 2, "carried_out": 2, "granted": 21, "partial": 6, "denied.third_party": 1,
        "unavailable.not_held": 12, "unavailable.needs_creation": 2, "not_processed.complaint": 3,
        "not_processed.duplicate": 2, "other_handling.other": 1},
    t4={"review": (2, 0, 0, 0), "suit_direct": (1, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请48件", "48", "requests.received", "consistent", "t3.new.total 48"),
        C("同比增长约20%", "20", "other", "safe", "a change", value=0.2),
        C("较2024年的40件", "40", "requests.received", "safe", "the year before", ideal="not_comparable"),
        C("增加8件", "8", "other", "safe", "a change"),
        C("全年办结48件", "48", "requests.closed", "consistent", "t3.results_total.total 48"),
        C("（含上年结转2件）", "2", "other", "safe", "the carried-in share of the closed"),
        C("每月收到申请2至7件", "2", "requests.received", "safe", "a range per month"),
        C("予以公开21件", "21", "requests.closed", "consistent", "part: t3.granted.total 21"),
        C("约占43.8%", "43.8", "other", "safe", "a share", value=0.438),
        C("部分公开6件", "6", "requests.closed", "consistent", "part: t3.partial.total 6"),
        C("本机关不掌握相关政府信息12件", "12", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 12"),
        C("被申请行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "consistent", "t4 suits 1 + 0"),
    ])

# 28 a bureau's report and its branch's report on one page (cells, `then`)
doc(n=28, template=2021, agency="绍兴市生态环境局", year=2021, layout="cells",
    overview="2021年，市生态环境局" + FILL[0] + "全年收到政府信息公开申请25件，予以公开13件，部分公开3件，本机关不掌握相关政府信息7件，重复申请2件。",
    appeals="被申请行政复议1件，维持。",
    t2={"normative": (2, 0, 14)},
    t3={"new": 25, "granted": 13, "partial": 3, "unavailable.not_held": 7, "not_processed.duplicate": 2},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请25件", "25", "requests.received", "consistent", "t3.new.total 25 (the first report's table)"),
        C("予以公开13件", "13", "requests.closed", "consistent", "part: t3.granted.total 13"),
        C("部分公开3件", "3", "requests.closed", "consistent", "part: t3.partial.total 3"),
        C("本机关不掌握相关政府信息7件", "7", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 7"),
        C("重复申请2件", "2", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 2"),
        C("被申请行政复议1件，维持", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ],
    then=report(n=28, template=2021, agency="绍兴市生态环境局越城分局", year=2021, layout="cells",
                overview="2021年，越城分局" + FILL[1] + "全年收到政府信息公开申请11件，其中予以公开6件，部分公开1件，无法提供3件，信访举报投诉类申请1件。",
                appeals="未发生行政复议、行政诉讼。",
                t2={"normative": (0, 0, 0)},
                t3={"new": 11, "granted": 6, "partial": 1, "unavailable.not_held": 3, "not_processed.complaint": 1},
                t4={},
                claims=[
                    C("全年收到政府信息公开申请11件", "11", "requests.received", "safe", "the branch's report, second on the page: its table 11 (the first's 25)", ideal="consistent"),
                    C("其中予以公开6件", "6", "requests.closed", "safe", "the branch's granted 6", ideal="consistent"),
                    C("部分公开1件", "1", "requests.closed", "safe", "the branch's partial 1", ideal="consistent"),
                    C("无法提供3件", "3", "requests.closed", "safe", "the branch's unavailable 3", ideal="consistent"),
                    C("信访举报投诉类申请1件", "1", "requests.closed", "safe", "the branch's complaint 1", ideal="consistent"),
                ]))

# 29 a comparison 附表 in a PDF text layer (this year, the year before, the change); a true
# contradiction: 商业企业 6 vs 4 (pdf)
doc(n=29, template=2021, agency="台州市黄岩区农业农村局", year=2023, layout="pdf",
    overview="2023年，我局" + FILL[2] + "全年收到政府信息公开申请20件，其中自然人15件，商业企业6件，法律服务机构1件。",
    requests="予以公开10件，部分公开3件，本机关不掌握相关政府信息5件，重复申请2件。",
    appeals="本年度未发生政府信息公开行政复议、行政诉讼案件。",
    other="附表 近两年依申请公开情况对比\n指标 2023年 2022年 增减\n新收申请 20 16 +4\n办结 20 15 +5\n行政复议 0 1 -1\n行政诉讼 0 0 0",
    t2={"normative": (1, 0, 9)},
    t3={"new": (15, 4, 0, 0, 1, 0), "granted": (7, 2, 0, 0, 1, 0), "partial": (2, 1, 0, 0, 0, 0),
        "unavailable.not_held": (4, 1, 0, 0, 0, 0), "not_processed.duplicate": 2},
    t4={},
    claims=[
        C("全年收到政府信息公开申请20件", "20", "requests.received", "consistent", "t3.new.total 20"),
        C("其中自然人15件", "15", "requests.received", "consistent", "part: t3.new.natural 15"),
        C("商业企业6件", "6", "requests.received", "inconsistent", "t3.new.commercial 4, clean"),
        C("法律服务机构1件", "1", "requests.received", "consistent", "part: t3.new.legal 1"),
        C("予以公开10件", "10", "requests.closed", "consistent", "part: t3.granted.total 10"),
        C("部分公开3件", "3", "requests.closed", "consistent", "part: t3.partial.total 3"),
        C("本机关不掌握相关政府信息5件", "5", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 5"),
        C("重复申请2件", "2", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 2"),
    ])

# 30 a township government with its villages' counts; 全镇 (cells, 2019 template)
doc(n=30, template=2019, agency="青田县温溪镇人民政府", year=2020, layout="cells",
    overview="2020年，温溪镇" + FILL[0] + "全镇全年共收到政府信息公开申请7件。镇属各村（社区）村务公开栏公开村务信息1,200余条，所辖32个村共收到村务公开查询申请15件。",
    requests="予以公开4件，本机关不掌握相关政府信息2件，其他处理1件。",
    appeals="本年度无政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (0, 0, 0)},
    t3={"new": 7, "granted": 4, "unavailable.not_held": 2, "other_handling": 1},
    t4={},
    claims=[
        C("全镇全年共收到政府信息公开申请7件", "7", "requests.received", "safe", "the township government's count (全镇 may name the area); its table 7", ideal="consistent"),
        C("村务信息1,200余条", "1,200", "proactive.items", "safe", "villages' items"),
        C("村务公开查询申请15件", "15", "requests.received", "safe", "villages' requests, another procedure"),
        C("予以公开4件", "4", "requests.closed", "consistent", "part: t3.granted.total 4"),
        C("本机关不掌握相关政府信息2件", "2", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 2"),
        C("其他处理1件", "1", "requests.closed", "consistent", "part: t3.other_handling.total 1"),
    ])


# ---------------------------------------------------------------- probes (set "after")
# Written after the first reading and after reading the reconcile code: the same kinds in new
# words (not blind; README).

# 31 units named on the line before a PDF wrap; 将近 and 接近 (pdf)
doc(n=31, set="after", template=2021, agency="宁波市北仑区综合行政执法局", year=2024, layout="pdf",
    overview="2024年，我局" + FILL[0] + "局机关全年收到政府信息公开申请30件。局属区市政工程管理中心、区环境卫生管理\n处按公共企事业单位信息公开规定收到申请11件。下属事业单位\n被申请行政复议2件。",
    requests="全年办结申请将近30件，其中予以公开接近15件，部分公开4件，本机关不掌握相关政府信息7件，没有现成信息需要另行制作1件，重复申请2件，其他处理1件。",
    appeals="本年度被申请行政复议1件，结果维持。",
    t2={"normative": (1, 0, 9)},
    t3={"new": 30, "carried_out": 1, "granted": 14, "partial": 4, "unavailable.not_held": 7,
        "unavailable.needs_creation": 1, "not_processed.duplicate": 2, "other_handling.other": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("局机关全年收到政府信息公开申请30件", "30", "requests.received", "consistent", "t3.new.total 30"),
        C("收到申请11件", "11", "requests.received", "safe", "units' requests under another rule (their names on the line before)"),
        C("被申请行政复议2件", "2", "appeals.review", "safe", "units' reviews (下属事业单位 on the line before the wrap)"),
        C("办结申请将近30件", "30", "requests.closed", "consistent", "将近30 beside t3.results_total.total 29"),
        C("予以公开接近15件", "15", "requests.closed", "consistent", "接近15 beside t3.granted.total 14"),
        C("部分公开4件", "4", "requests.closed", "consistent", "part: t3.partial.total 4"),
        C("本机关不掌握相关政府信息7件", "7", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 7"),
        C("另行制作1件", "1", "requests.closed", "consistent", "part: t3.unavailable.needs_creation.total 1"),
        C("重复申请2件", "2", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 2"),
        C("其他处理1件", "1", "requests.closed", "consistent", "part: the 2021 other_handling group 1"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 32 outcome groups in loose words (公开, 依法不公开, 未找到相关信息, 信访类及重复提交) (cells)
doc(n=32, set="after", template=2021, agency="海宁市人力资源和社会保障局", year=2022, layout="cells",
    overview="2022年，我局" + FILL[1] + "全年共收到政府信息公开申请24件，全部办结。",
    requests="答复结果为：公开10件，部分公开3件，依法不公开3件，经检索未找到相关信息6件，信访类及重复提交的申请2件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼。",
    t2={"normative": (0, 0, 5)},
    t3={"new": 24, "granted": 10, "partial": 3, "denied.third_party": 2, "denied.process": 1,
        "unavailable.not_held": 4, "unavailable.needs_creation": 2, "not_processed.complaint": 1,
        "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("共收到政府信息公开申请24件", "24", "requests.received", "consistent", "t3.new.total 24"),
        C("公开10件", "10", "requests.closed", "safe", "公开 alone in a list of answers: 予以公开 10", ideal="consistent"),
        C("部分公开3件", "3", "requests.closed", "consistent", "part: t3.partial.total 3"),
        C("依法不公开3件", "3", "requests.closed", "consistent", "the denied group 3"),
        C("未找到相关信息6件", "6", "requests.closed", "safe", "not found: the not_held row 4 or the unavailable group 6", ideal="unverifiable"),
        C("重复提交的申请2件", "2", "requests.closed", "safe", "complaint 1 + duplicate 1: the not_processed group 2", ideal="consistent"),
    ])

# 33 review and suit results in other words (复议决定维持, 撤销, 驳回诉讼请求, 败诉) (html)
doc(n=33, set="after", template=2021, agency="台州市路桥区自然资源和规划局", year=2023, layout="html",
    overview="2023年，我局" + FILL[2] + "全年收到政府信息公开申请18件。",
    requests="办结18件，予以公开9件，部分公开2件，本机关不掌握相关政府信息5件，重复申请2件。",
    appeals="本年度被申请行政复议3件，复议决定维持原行政行为2件，经复议撤销我局答复1件。被提起行政诉讼2件，法院判决驳回原告诉讼请求1件，被法院判决败诉1件。",
    t2={"normative": (2, 0, 30)},
    t3={"new": 18, "granted": 9, "partial": 2, "unavailable.not_held": 5, "not_processed.duplicate": 2},
    t4={"review": (2, 1, 0, 0), "suit_direct": (1, 0, 0, 0), "suit_after_review": (0, 1, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请18件", "18", "requests.received", "consistent", "t3.new.total 18"),
        C("办结18件", "18", "requests.closed", "consistent", "t3.results_total.total 18"),
        C("予以公开9件", "9", "requests.closed", "consistent", "part: t3.granted.total 9"),
        C("被申请行政复议3件", "3", "appeals.review", "consistent", "t4.review.total 3"),
        C("维持原行政行为2件", "2", "appeals.review", "consistent", "t4.review.upheld 2"),
        C("撤销我局答复1件", "1", "appeals.corrected", "consistent", "t4.review.corrected 1"),
        C("被提起行政诉讼2件", "2", "appeals.suit", "consistent", "t4 suits 1 + 1"),
        C("驳回原告诉讼请求1件", "1", "appeals.suit", "consistent", "t4.suit_direct.upheld 1"),
        C("被法院判决败诉1件", "1", "appeals.corrected", "consistent", "t4 suits' corrected 0 + 1"),
    ])

# 34 applicant kinds in other words (个人, 企业和个体工商户, 律师, 其他组织) (pipe)
doc(n=34, set="after", template=2021, agency="杭州市拱墅区市场监督管理局", year=2025, layout="pipe",
    overview="2025年，我局" + FILL[3] + "全年收到政府信息公开申请28件。其中个人申请20件，企业和个体工商户申请5件，律师申请2件，其他组织申请1件。",
    requests="共办结28件，其中予以公开15件，部分公开4件，本机关不掌握相关政府信息7件，重复申请2件。",
    appeals="全年因政府信息公开被申请行政复议0件、被提起行政诉讼0件。",
    t2={"normative": (1, 0, 11)},
    t3={"new": (20, 5, 0, 0, 2, 1), "granted": (10, 3, 0, 0, 1, 1), "partial": (3, 1, 0, 0, 0, 0),
        "unavailable.not_held": (5, 1, 0, 0, 1, 0), "not_processed.duplicate": 2},
    t4={},
    claims=[
        C("全年收到政府信息公开申请28件", "28", "requests.received", "consistent", "t3.new.total 28"),
        C("其中个人申请20件", "20", "requests.received", "consistent", "个人 is 自然人: t3.new.natural 20"),
        C("企业和个体工商户申请5件", "5", "requests.received", "consistent", "t3.new.commercial 5"),
        C("律师申请2件", "2", "requests.received", "safe", "lawyers: 法律服务机构 2, or natural persons", ideal="consistent"),
        C("其他组织申请1件", "1", "requests.received", "safe", "t3.new.other 1", ideal="consistent"),
        C("共办结28件", "28", "requests.closed", "consistent", "t3.results_total.total 28"),
        C("予以公开15件", "15", "requests.closed", "consistent", "part: t3.granted.total 15"),
        C("被申请行政复议0件", "0", "appeals.review", "consistent", "t4.review.total 0"),
        C("被提起行政诉讼0件", "0", "appeals.suit", "consistent", "t4 suits 0 + 0"),
    ])

# 35 a group's rest after one of its rows (其余不予公开, 其他不予处理) (cells)
doc(n=35, set="after", template=2021, agency="瑞安市住房和城乡建设局", year=2024, layout="cells",
    overview="2024年，我局" + FILL[0] + "全年收到政府信息公开申请26件，办结26件。",
    requests="予以公开12件，部分公开3件；属于国家秘密的1件，其余不予公开2件；本机关不掌握相关政府信息4件；信访举报投诉类申请1件，其他不予处理的2件；申请人逾期不补正的1件。",
    appeals="本年度未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (2, 1, 18)},
    t3={"new": 26, "granted": 12, "partial": 3, "denied.state_secret": 1, "denied.third_party": 2,
        "unavailable.not_held": 4, "not_processed.complaint": 1, "not_processed.duplicate": 2,
        "other_handling.no_supplement": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请26件", "26", "requests.received", "consistent", "t3.new.total 26"),
        C("办结26件", "26", "requests.closed", "consistent", "t3.results_total.total 26"),
        C("属于国家秘密的1件", "1", "requests.closed", "consistent", "t3.denied.state_secret.total 1"),
        C("其余不予公开2件", "2", "requests.closed", "safe", "the rest of the denied group (3 - 1)", ideal="consistent"),
        C("信访举报投诉类申请1件", "1", "requests.closed", "consistent", "t3.not_processed.complaint.total 1"),
        C("其他不予处理的2件", "2", "requests.closed", "safe", "the rest of the not_processed group (3 - 1)", ideal="consistent"),
        C("逾期不补正的1件", "1", "requests.closed", "consistent", "t3.other_handling.no_supplement.total 1"),
    ])

# 36 section 六's fee in other words beside t2's fee amount (pipe)
doc(n=36, set="after", template=2021, agency="绍兴市越城区市场监督管理局", year=2023, layout="pipe",
    overview="2023年，我局" + FILL[1] + "全年收到政府信息公开申请9件。",
    requests="予以公开5件，部分公开1件，本机关不掌握相关政府信息2件，申请人逾期未缴纳信息处理费不再处理1件。",
    other="本年度发出收费通知1次，实际收取信息处理费0.00元；行政事业性收费8.6万元已在表二中列明。",
    t2={"normative": (0, 0, 3), "fees": ("8.6",)},
    t3={"new": 9, "granted": 5, "partial": 1, "unavailable.not_held": 2, "other_handling.no_fee": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请9件", "9", "requests.received", "consistent", "t3.new.total 9"),
        C("信息处理费不再处理1件", "1", "requests.closed", "consistent", "t3.other_handling.no_fee.total 1"),
        C("收费通知1次", "1", "other", "safe", "fee notices"),
        C("信息处理费0.00元", "0.00", "other", "safe", "the information-processing fee; t2.fees.amount 8.6 is another thing", value=0),
        C("行政事业性收费8.6万元", "8.6", "other", "safe", "t2.fees.amount 8.6 (no narrative counterpart in SCHEMA §3)", ideal="consistent"),
    ])

# 37 section 五's last year's figures in other words (去年, 上一年度) (cells)
doc(n=37, set="after", template=2021, agency="德清县交通运输局", year=2024, layout="cells",
    overview="2024年，我局" + FILL[2] + "全年收到政府信息公开申请15件，办结15件。",
    requests="予以公开8件，部分公开2件，本机关不掌握相关政府信息4件，重复申请1件。",
    appeals="本年度被申请行政复议1件，维持原答复。",
    problems="上一年度存在的问题：去年收到的申请数量较多（共41件），其中行政诉讼败诉1件、被复议纠错2件。经整改，本年度未发生被纠错情形。",
    t2={"normative": (1, 0, 8)},
    t3={"new": 15, "granted": 8, "partial": 2, "unavailable.not_held": 4, "not_processed.duplicate": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请15件", "15", "requests.received", "consistent", "t3.new.total 15"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("（共41件）", "41", "requests.received", "safe", "last year's, in section 五", ideal="not_comparable"),
        C("行政诉讼败诉1件", "1", "appeals.corrected", "safe", "last year's lost suit (this year's suits 0)", ideal="not_comparable"),
        C("被复议纠错2件", "2", "appeals.corrected", "safe", "last year's corrected reviews", ideal="not_comparable"),
    ])

# 38 numbers broken over lines and a page footer, other words (pdf)
doc(n=38, set="after", template=2021, agency="岱山县卫生健康局", year=2022, layout="pdf",
    overview="2022年，我局" + FILL[3] + "全年共收到政府信息公开申请2\n3件，全部办结。",
    requests="其中予以公开1\n5件，部分公开\n— 4 —\n2件，本机关不掌握相关政府信息5件，信访举报投诉类申请1件。",
    appeals="被提起行政诉讼1件，法院判决驳回原告诉讼请求。",
    t2={"normative": (0, 0, 2)},
    t3={"new": 23, "granted": 15, "partial": 2, "unavailable.not_held": 5, "not_processed.complaint": 1},
    t4={"suit_direct": (1, 0, 0, 0)},
    claims=[
        C("政府信息公开申请2\n3件", "2", "requests.received", "safe", "23 broken over two lines", value=23, ideal="consistent"),
        C("予以公开1\n5件", "1", "requests.closed", "safe", "15 broken over two lines", value=15, ideal="consistent"),
        C("部分公开\n— 4 —\n2件", "2", "requests.closed", "consistent", "t3.partial.total 2, across a page footer"),
        C("本机关不掌握相关政府信息5件", "5", "requests.closed", "consistent", "t3.unavailable.not_held.total 5"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "consistent", "t4 suits 1 + 0"),
    ])

# 39 zero in other words in a 2019-template report (为零, 均为0) (html)
doc(n=39, set="after", template=2019, agency="缙云县民政局", year=2020, layout="html",
    overview="2020年，我局" + FILL[0] + "全年收到政府信息公开申请5件。",
    proactive="本年新制作规范性文件0件，新公开0件。",
    requests="予以公开3件，本机关不掌握相关政府信息1件，其他处理1件。本年度无超期答复情况，不予公开数为零。",
    appeals="全年行政复议、行政诉讼案件数均为0；无被纠错案件。",
    t2={"normative": (0, 0, 4)},
    t3={"new": 5, "granted": 3, "unavailable.not_held": 1, "other_handling": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请5件", "5", "requests.received", "consistent", "t3.new.total 5"),
        C("本年新制作规范性文件0件", "0", "proactive.normative", "consistent", "t2.normative.made 0"),
        C("其他处理1件", "1", "requests.closed", "consistent", "t3.other_handling.total 1"),
        C("不予公开数为零", "零", "requests.closed", "safe", "the denied group 0", value=0, ideal="consistent"),
        C("案件数均为0", "0", "appeals.review", "safe", "reviews and suits together, both 0", ideal="consistent"),
    ])

# 40 two townships' reports of 2025 on one page (pipe, `then`)
doc(n=40, set="after", template=2021, agency="缙云县壶镇镇人民政府", year=2025, layout="pipe",
    overview="2025年，壶镇镇" + FILL[1] + "全年收到政府信息公开申请6件，予以公开4件，部分公开1件，本机关不掌握相关政府信息1件。",
    appeals="被申请行政复议1件，维持。",
    t2={"normative": (0, 0, 0)},
    t3={"new": 6, "granted": 4, "partial": 1, "unavailable.not_held": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请6件", "6", "requests.received", "consistent", "t3.new.total 6 (the first report)"),
        C("予以公开4件", "4", "requests.closed", "consistent", "t3.granted.total 4"),
        C("部分公开1件", "1", "requests.closed", "consistent", "t3.partial.total 1"),
        C("被申请行政复议1件，维持", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ],
    then=report(n=40, template=2021, agency="缙云县新建镇人民政府", year=2025, layout="pipe",
                overview="2025年，新建镇" + FILL[2] + "全年收到政府信息公开申请3件，其中予以公开2件，无法提供1件。",
                appeals="未发生行政复议、行政诉讼。",
                t2={"normative": (0, 0, 0)},
                t3={"new": 3, "granted": 2, "unavailable.not_held": 1},
                t4={},
                claims=[
                    C("全年收到政府信息公开申请3件", "3", "requests.received", "safe", "the second report: its own table 3 (the first's 6)", ideal="consistent"),
                    C("其中予以公开2件", "2", "requests.closed", "safe", "the second report's granted 2", ideal="consistent"),
                    C("无法提供1件", "1", "requests.closed", "safe", "the second report's unavailable 1", ideal="consistent"),
                ]))

# ---------------------------------------------------------------- probes, second round (set "after")

# 41 左右/大约/接近 in Chinese numerals beside cells a little off; a government under its role on the
# line before a wrap (pdf)
doc(n=41, set="after", template=2021, agency="金华市婺城区自然资源和规划局", year=2023, layout="pdf",
    overview="2023年，我局" + FILL[1] + "全年收到政府信息公开申请二十件左右，办结大约20件。区政府\n作为被申请人、我局作为答复机关的行政复议3件。",
    requests="其中予以公开接近十件，部分公开3件，本机关不掌握相关政府信息5件，重复申请1件。",
    appeals="本年度我局被申请行政复议1件，结果维持。",
    t2={"normative": (1, 0, 12)},
    t3={"new": 18, "granted": 8, "partial": 3, "unavailable.not_held": 5, "not_processed.duplicate": 1,
        "other_handling.other": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("收到政府信息公开申请二十件左右", "二十", "requests.received", "safe", "about 20 beside 18", value=20, ideal="consistent"),
        C("办结大约20件", "20", "requests.closed", "safe", "about 20 beside 18", ideal="consistent"),
        C("行政复议3件", "3", "appeals.review", "safe", "the government's reviews as respondent (区政府 on the line before the wrap)"),
        C("予以公开接近十件", "十", "requests.closed", "safe", "近10 beside 8: a fifth under", value=10, ideal="unverifiable"),
        C("部分公开3件", "3", "requests.closed", "consistent", "t3.partial.total 3"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 42 outcome synonyms of the unavailable and not_processed groups (cells)
doc(n=42, set="after", template=2021, agency="衢州市衢江区农业农村局", year=2024, layout="cells",
    overview="2024年，我局" + FILL[2] + "全年收到政府信息公开申请16件，办结16件。",
    requests="处理结果：予以公开7件；部分公开2件；告知申请人该信息不属于本机关公开职责3件；不属于政府信息公开范围的信访诉求2件；申请人逾期未补正视为放弃申请1件；申请人撤回申请1件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (0, 0, 4)},
    t3={"new": 16, "granted": 7, "partial": 2, "unavailable.not_held": 2, "unavailable.unclear": 1,
        "not_processed.complaint": 2, "other_handling.no_supplement": 1, "other_handling.other": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请16件", "16", "requests.received", "consistent", "t3.new.total 16"),
        C("予以公开7件", "7", "requests.closed", "consistent", "t3.granted.total 7"),
        C("不属于本机关公开职责3件", "3", "requests.closed", "safe", "not_held 2 or the unavailable group 3", ideal="unverifiable"),
        C("信访诉求2件", "2", "requests.closed", "safe", "the complaint row 2, in petitions' words", ideal="consistent"),
        C("视为放弃申请1件", "1", "requests.closed", "safe", "t3.other_handling.no_supplement.total 1", ideal="consistent"),
        C("申请人撤回申请1件", "1", "requests.closed", "safe", "a withdrawal: 3.其他 1", ideal="unverifiable"),
    ])

# 43 a group's count after its rows in other words; 法人和其他组织 (pipe)
doc(n=43, set="after", template=2021, agency="丽水市莲都区市场监督管理局", year=2022, layout="pipe",
    overview="2022年，我局" + FILL[3] + "全年收到政府信息公开申请21件，其中公民申请15件，法人和其他组织申请6件。",
    requests="予以公开9件，部分公开3件；涉及商业秘密的1件、属于过程性信息的1件，共不予公开2件；本机关不掌握相关政府信息4件，逾期不补正的2件、其余其他处理1件。",
    appeals="本年度被申请行政复议1件，结果维持；被提起行政诉讼0件。",
    t2={"normative": (1, 0, 10)},
    t3={"new": (15, 4, 0, 0, 2, 0), "granted": (6, 2, 0, 0, 1, 0), "partial": (2, 1, 0, 0, 0, 0),
        "denied.third_party": (1, 0, 0, 0, 0, 0), "denied.process": (0, 0, 0, 0, 1, 0),
        "unavailable.not_held": (4, 0, 0, 0, 0, 0), "other_handling.no_supplement": (1, 1, 0, 0, 0, 0),
        "other_handling.other": (1, 0, 0, 0, 0, 0)},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请21件", "21", "requests.received", "consistent", "t3.new.total 21"),
        C("其中公民申请15件", "15", "requests.received", "safe", "公民 is 自然人: 15", ideal="consistent"),
        C("法人和其他组织申请6件", "6", "requests.received", "consistent", "the five organisation columns 4 + 2"),
        C("涉及商业秘密的1件", "1", "requests.closed", "safe", "third_party 1 in other words", ideal="consistent"),
        C("共不予公开2件", "2", "requests.closed", "consistent", "the denied group 2 (its rows named before it)"),
        C("逾期不补正的2件", "2", "requests.closed", "consistent", "t3.other_handling.no_supplement.total 2"),
        C("其余其他处理1件", "1", "requests.closed", "safe", "the rest of the (六) group: 3.其他 1", ideal="consistent"),
        C("被提起行政诉讼0件", "0", "appeals.suit", "consistent", "t4 suits 0"),
    ])

# 44 section 六 and 五 in other words: fees, proposals, last year's suit (html)
doc(n=44, set="after", template=2021, agency="湖州市吴兴区教育局", year=2025, layout="html",
    overview="2025年，我局" + FILL[0] + "全年收到政府信息公开申请12件，办结12件。",
    requests="予以公开6件，部分公开2件，本机关不掌握相关政府信息3件，重复申请1件。",
    appeals="全年被申请行政复议1件，复议机关决定维持；被提起行政诉讼1件，一审判决驳回原告诉讼请求。",
    problems="2024年度报告中提到的行政诉讼败诉案件（1件）已完成整改；当年被复议纠错的2件均已重新答复。",
    other="本年度按照《政府信息公开信息处理费管理办法》，未向申请人收费（信息处理费0元）。办理市人大代表建议4件、市政协提案6件，办复率100%。",
    t2={"normative": (2, 1, 25), "fees": ("3.4",)},
    t3={"new": 12, "granted": 6, "partial": 2, "unavailable.not_held": 3, "not_processed.duplicate": 1},
    t4={"review": (1, 0, 0, 0), "suit_direct": (1, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请12件", "12", "requests.received", "consistent", "t3.new.total 12"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "consistent", "t4 suits 1"),
        C("败诉案件（1件）", "1", "appeals.corrected", "safe", "2024's lost suit (this year's corrected 0)", ideal="not_comparable"),
        C("被复议纠错的2件", "2", "appeals.corrected", "safe", "2024's corrected reviews", ideal="not_comparable"),
        C("信息处理费0元", "0", "other", "safe", "the information-processing fee (t2.fees.amount 3.4 is another thing)"),
        C("市人大代表建议4件", "4", "other", "safe", "proposals"),
        C("市政协提案6件", "6", "other", "safe", "proposals"),
    ])

# 45 received counts inside lists of outcomes and of applicants in other words (cells)
doc(n=45, set="after", template=2021, agency="舟山市普陀区交通运输局", year=2023, layout="cells",
    overview="2023年，我局" + FILL[1] + "全年收到政府信息公开申请14件。",
    requests="从办理情况看，已公开8件，部分公开2件，经检索无相关信息的申请3件，属于重复提出的申请1件。从申请渠道看，网上申请10件，信函申请4件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼。",
    t2={"normative": (0, 0, 3)},
    t3={"new": 14, "granted": 8, "partial": 2, "unavailable.not_held": 3, "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请14件", "14", "requests.received", "consistent", "t3.new.total 14"),
        C("已公开8件", "8", "requests.closed", "safe", "已公开: granted 8", ideal="consistent"),
        C("无相关信息的申请3件", "3", "requests.closed", "safe", "not_held 3 in other words", ideal="consistent"),
        C("重复提出的申请1件", "1", "requests.closed", "safe", "duplicate 1 in other words", ideal="consistent"),
        C("网上申请10件", "10", "requests.received", "safe", "a channel"),
        C("信函申请4件", "4", "requests.received", "safe", "a channel"),
    ])

# 46 bracketed last-year figures beside carried and closed counts (pipe, Traditional)
doc(n=46, set="after", template=2021, agency="温州市鹿城区民政局", year=2024, layout="pipe", traditional=True,
    overview="2024年，我局" + FILL[2] + "全年新收政府信息公开申请17件（2023年同期为12件），上年结转1件（上年同期为3件），办结17件（上年为14件）。",
    requests="予以公开9件（上年为6件），部分公开2件，本机关不掌握相关政府信息5件，其他处理1件。",
    appeals="被申请行政复议0件（上年为2件）。",
    t2={"normative": (1, 0, 9)},
    t3={"new": 17, "carried_in": 1, "carried_out": 1, "granted": 9, "partial": 2, "unavailable.not_held": 5,
        "other_handling.other": 1},
    t4={},
    claims=[
        C("全年新收政府信息公开申请17件", "17", "requests.received", "consistent", "t3.new.total 17"),
        C("同期为12件", "12", "requests.received", "safe", "2023's", ideal="not_comparable"),
        C("上年结转1件", "1", "requests.received", "consistent", "t3.carried_in.total 1 (C10)"),
        C("上年同期为3件", "3", "requests.received", "safe", "last year's carried-in", ideal="not_comparable"),
        C("办结17件", "17", "requests.closed", "consistent", "t3.results_total.total 17"),
        C("（上年为14件）", "14", "requests.closed", "safe", "last year's", ideal="not_comparable"),
        C("予以公开9件", "9", "requests.closed", "consistent", "t3.granted.total 9"),
        C("（上年为6件）", "6", "requests.closed", "safe", "last year's", ideal="not_comparable"),
        C("被申请行政复议0件", "0", "appeals.review", "consistent", "t4.review.total 0"),
        C("（上年为2件）", "2", "appeals.review", "safe", "last year's", ideal="not_comparable"),
    ])
