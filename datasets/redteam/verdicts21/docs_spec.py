"""The verdicts21 documents: prose, tables, page chrome and hand-judged claims (see make.py, README.md).

Shapes as data, as verdicts18-20's docs_spec.py write them (their fillers, `report` and its
defaults are verdicts20's, loaded by path): `template` 2019 (verdicts15's renderer) or 2021
(verdicts17's); t3 rows as an int (all 自然人) or six cells, results_total computed; t4 groups as
(upheld, corrected, other, pending); t2 rows as their columns' cells; `chrome` the saved page around
the report; `replace` pairs of text applied to the rendered report (the 2008 template's headings);
`traditional`; `then` a report appended on the same page; `raw` a report given as its own text (a
2008-template report without tables). Prose in the PDF layout carries its own line breaks.

Claim `expect`: "consistent" (the agency's own count for the report year, like for like, and the
table says the same), "inconsistent" (a true contradiction: the agency's own total or part for the
report year, every compared cell read clean from the source) or "safe" (must never be
`inconsistent`); `ideal` the verdict SCHEMA §4 prefers for a safe claim where it has one.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import verdict_sets as sets  # noqa: E402
from verdict_sets import C  # noqa: E402  (one claim constructor for verdicts15-21)

v20 = sets.load("verdicts20_docs_spec", Path(__file__).resolve().parent.parent / "verdicts20" / "docs_spec.py")
FILL, report = v20.FILL, v20.report

DOCS: list[dict] = []


def doc(**kw: object) -> None:
    DOCS.append(report(**kw))


# the 2008 template's section headings (国务院办公厅 2008), which some 2019 reports kept
OLD_HEADINGS = [
    ("一、总体情况", "一、概述"),
    ("二、主动公开政府信息情况", "二、主动公开政府信息的情况"),
    ("三、收到和处理政府信息公开申请情况", "三、依申请公开政府信息和不予公开政府信息的情况"),
    ("四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开申请行政复议、提起行政诉讼的情况"),
    ("五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况"),
    ("六、其他需要报告的事项", "六、政府信息公开的收费及减免情况"),
]

# 01 table 二 of the 2021 template: 规章 and 行政规范性文件 制发/废止/现行有效; a count inside a quoted
# policy title (html)
doc(n=1, template=2021, agency="嘉兴市人民政府", year=2023, layout="html",
    overview="2023年，市政府" + FILL[0] + "全年新收政府信息公开申请46件，上年结转3件。",
    proactive="本年制发政府规章2件，废止规章1件，现行有效规章38件；制发行政规范性文件11件，废止行政规范性文件4件，现行有效行政规范性文件126件。制定印发《嘉兴市关于办理20件以上批量政府信息公开申请的工作指引》，规范批量申请办理。",
    requests="本年度办结申请47件，结转下年度继续办理2件。其中予以公开21件，部分公开6件，不予公开3件，无法提供12件，不予处理4件，其他处理1件。",
    appeals="本年度被申请行政复议2件，均维持原答复；被提起行政诉讼1件，法院判决驳回原告诉讼请求。",
    t2={"rules": (2, 1, 38), "normative": (11, 4, 126)},
    t3={"new": 46, "carried_in": 3, "carried_out": 2, "granted": 21, "partial": 6, "denied.third_party": 2,
        "denied.process": 1, "unavailable.not_held": 10, "unavailable.needs_creation": 2,
        "not_processed.complaint": 3, "not_processed.duplicate": 1, "other_handling.no_supplement": 1},
    t4={"review": (2, 0, 0, 0), "suit_direct": (1, 0, 0, 0)},
    chrome={"related": ["嘉兴市人民政府2022年政府信息公开工作年度报告（新收申请39件）"]},
    claims=[
        C("全年新收政府信息公开申请46件", "46", "requests.received", "consistent", "t3.new.total 46"),
        C("上年结转3件", "3", "requests.received", "consistent", "carried-in as a part (t3.carried_in.total 3)"),
        C("本年制发政府规章2件", "2", "proactive.rules", "consistent", "t2.rules.issued 2"),
        C("废止规章1件", "1", "other", "safe", "repealed (t2.rules.repealed 1)"),
        C("现行有效规章38件", "38", "other", "safe", "in force (t2.rules.in_force 38)"),
        C("制发行政规范性文件11件", "11", "proactive.normative", "consistent", "t2.normative.issued 11"),
        C("废止行政规范性文件4件", "4", "other", "safe", "repealed"),
        C("现行有效行政规范性文件126件", "126", "other", "safe", "in force"),
        C("办理20件以上批量政府信息公开申请", "20", "other", "safe", "inside a quoted policy title: a threshold, not a count"),
        C("本年度办结申请47件", "47", "requests.closed", "consistent", "t3.results_total.total 47"),
        C("结转下年度继续办理2件", "2", "other", "safe", "carried out"),
        C("予以公开21件", "21", "requests.closed", "consistent", "part: t3.granted.total 21"),
        C("部分公开6件", "6", "requests.closed", "consistent", "part: t3.partial.total 6"),
        C("不予公开3件", "3", "requests.closed", "consistent", "part: the denied group 2 + 1"),
        C("无法提供12件", "12", "requests.closed", "consistent", "part: the unavailable group 10 + 2"),
        C("不予处理4件", "4", "requests.closed", "consistent", "part: the not_processed group 3 + 1"),
        C("其他处理1件", "1", "requests.closed", "consistent", "part: the 2021 other_handling group 1"),
        C("被申请行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "consistent", "t4 suits 1 + 0"),
        C("（新收申请39件）", "39", "requests.received", "safe", "page chrome: the 2022 report's title"),
    ])

# 02 prose as key: value lines; t2's 处理决定 with a thousands comma; a true contradiction: 办结12 vs
# (七)总计 11 (1 carried out) (pipe)
doc(n=2, template=2021, agency="温州市鹿城区市场监督管理局", year=2022, layout="pipe",
    overview="2022年，我局" + FILL[1],
    proactive="本年制发行政规范性文件1件，现行有效3件。全年作出行政许可决定1,236件，行政处罚决定87件，行政强制决定5件。",
    requests="收到和处理政府信息公开申请情况如下：\n新收申请：12件\n上年结转：0件\n办结申请：12件\n其中：予以公开：7件\n部分公开：2件\n无法提供：2件\n结转下年度：1件",
    appeals="行政复议：1件（结果维持）\n行政诉讼：0件",
    t2={"normative": (1, 0, 3), "license": (1236,), "penalty": (87,), "coercion": (5,)},
    t3={"new": 12, "carried_out": 1, "granted": 7, "partial": 2, "unavailable.not_held": 2},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("制发行政规范性文件1件", "1", "proactive.normative", "consistent", "t2.normative.issued 1"),
        C("现行有效3件", "3", "other", "safe", "in force"),
        C("行政许可决定1,236件", "1,236", "other", "safe", "t2.license.decisions 1236; no narrative counterpart", ideal="consistent"),
        C("行政处罚决定87件", "87", "other", "safe", "t2.penalty.decisions 87"),
        C("行政强制决定5件", "5", "other", "safe", "t2.coercion.decisions 5"),
        C("新收申请：12件", "12", "requests.received", "consistent", "t3.new.total 12"),
        C("上年结转：0件", "0", "requests.received", "consistent", "carried-in part 0"),
        C("办结申请：12件", "12", "requests.closed", "inconsistent", "t3.results_total.total 11 (1 carried out), clean"),
        C("予以公开：7件", "7", "requests.closed", "consistent", "part: t3.granted.total 7"),
        C("部分公开：2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("无法提供：2件", "2", "requests.closed", "consistent", "part: the unavailable group 2"),
        C("结转下年度：1件", "1", "other", "safe", "carried out"),
        C("行政复议：1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("行政诉讼：0件", "0", "appeals.suit", "consistent", "t4 suits 0 + 0"),
    ])

# 03 万 in prose (1.2万条, 3.5万人次, 1.05万件, 1万余件), rates and shares (cells)
doc(n=3, template=2021, agency="杭州市公安局", year=2024, layout="cells",
    overview="2024年，我局" + FILL[2] + "全年主动公开政府信息1.2万条，政务新媒体发布信息3.5万条，开展政务公开培训12场、累计培训3.5万人次。",
    requests="全年收到政府信息公开申请1.05万件，较上年的8400件增长25%。全年答复申请1万余件，办结率100%。其中予以公开6100件，占58.1%；部分公开512件；本机关不掌握相关政府信息2300件；信访举报投诉类申请800件；重复申请688件；其他处理100件。",
    appeals="全年因政府信息公开被申请行政复议15件，被提起行政诉讼6件。",
    t2={"normative": (3, 1, 42), "license": (5321,), "penalty": (18876,), "coercion": (932,)},
    t3={"new": 10500, "granted": 6100, "partial": 512, "unavailable.not_held": 2300, "not_processed.complaint": 800,
        "not_processed.duplicate": 688, "other_handling.other": 100},
    t4={"review": (12, 1, 0, 2), "suit_direct": (3, 0, 1, 1), "suit_after_review": (1, 0, 0, 0)},
    claims=[
        C("主动公开政府信息1.2万条", "1.2", "proactive.items", "safe", "no counterpart", value=12000),
        C("发布信息3.5万条", "3.5", "proactive.items", "safe", "no counterpart", value=35000),
        C("政务公开培训12场", "12", "training.sessions", "safe", "no counterpart"),
        C("累计培训3.5万人次", "3.5", "training.attendees", "safe", "no counterpart", value=35000),
        C("收到政府信息公开申请1.05万件", "1.05", "requests.received", "consistent", "t3.new.total 10500", value=10500),
        C("较上年的8400件", "8400", "requests.received", "safe", "the year before", ideal="not_comparable"),
        C("增长25%", "25", "other", "safe", "a change", value=0.25),
        C("全年答复申请1万余件", "1", "requests.closed", "safe", "1万余 beside results_total 10500", value=10000, ideal="consistent"),
        C("办结率100%", "100", "other", "safe", "a rate", value=1.0),
        C("予以公开6100件", "6100", "requests.closed", "consistent", "part: t3.granted.total 6100"),
        C("占58.1%", "58.1", "other", "safe", "a share", value=0.581),
        C("部分公开512件", "512", "requests.closed", "consistent", "part: t3.partial.total 512"),
        C("本机关不掌握相关政府信息2300件", "2300", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 2300"),
        C("信访举报投诉类申请800件", "800", "requests.closed", "consistent", "part: t3.not_processed.complaint.total 800"),
        C("重复申请688件", "688", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 688"),
        C("其他处理100件", "100", "requests.closed", "consistent", "part: the other_handling group 100"),
        C("被申请行政复议15件", "15", "appeals.review", "consistent", "t4.review.total 15"),
        C("被提起行政诉讼6件", "6", "appeals.suit", "consistent", "t4 suits 5 + 1"),
    ])

# 04 reviews and suits summed as one (行政复议和行政诉讼共3件); table 四 per column; 被纠错 against the
# corrected columns; the 2019 t2 made/published/total (2019 template, pdf)
doc(n=4, template=2019, agency="绍兴市越城区教育体育局", year=2020, layout="pdf",
    overview="2020年，我局" + FILL[3] + "全年共收到政府信息公开申请\n19件，均已按期办结。",
    proactive="本年新制作规范性文件2件，新公开2件，对外公开规范性\n文件总数14件。",
    requests="办结的19件申请中，予以公开11件，部分公开2件，本机关不掌握相关政府信息4件，重复\n申请1件，其他处理1件。",
    appeals="本年度行政复议和行政诉讼共3件。其中行政复议2件，维持1件、纠正1件；行政诉讼1件，尚未审结。全年被纠错1件。",
    t2={"normative": (2, 2, 14)},
    t3={"new": 19, "granted": 11, "partial": 2, "unavailable.not_held": 4, "not_processed.duplicate": 1,
        "other_handling": 1},
    t4={"review": (1, 1, 0, 0), "suit_direct": (0, 0, 0, 1)},
    claims=[
        C("共收到政府信息公开申请\n19件", "19", "requests.received", "consistent", "t3.new.total 19"),
        C("本年新制作规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.made 2"),
        C("新公开2件", "2", "proactive.normative", "consistent", "t2.normative.published 2 (= made)"),
        C("文件总数14件", "14", "other", "safe", "cumulative (对外公开总数量)"),
        C("办结的19件申请中", "19", "requests.closed", "safe", "the set the outcomes are of: results_total 19", ideal="consistent"),
        C("予以公开11件", "11", "requests.closed", "consistent", "part: t3.granted.total 11"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("本机关不掌握相关政府信息4件", "4", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 4"),
        C("重复\n申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1 (label broken)"),
        C("其他处理1件", "1", "requests.closed", "consistent", "part: t3.other_handling.total 1"),
        C("行政复议和行政诉讼共3件", "3", "other", "safe", "reviews and suits summed (2 + 1): neither type's total"),
        C("其中行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
        C("维持1件", "1", "appeals.review", "consistent", "part: t4.review.upheld 1"),
        C("纠正1件；", "1", "appeals.corrected", "consistent", "part: t4.review.corrected 1"),
        C("；行政诉讼1件", "1", "appeals.suit", "consistent", "t4 suits 1 + 0"),
        C("全年被纠错1件", "1", "appeals.corrected", "consistent", "t4 corrected columns 1 + 0 + 0"),
    ])

# 05 channels summed (网上申请和信函申请合计15件); a true contradiction: 不予公开2 vs the denied group 1
# (Traditional, pipe)
doc(n=5, template=2021, agency="台州市椒江区人力资源和社会保障局", year=2025, layout="pipe", traditional=True,
    overview="2025年，我局" + FILL[0] + "全年共收到政府信息公开申请18件，其中网上申请和信函申请合计15件，当面申请3件。",
    requests="全年办结申请18件。予以公开9件，部分公开2件，不予公开2件，本机关不掌握相关政府信息4件，重复申请1件。",
    appeals="本年度被申请行政复议1件，结果为纠正；未发生行政诉讼。",
    other="本年度未收取信息处理费。",
    t2={"normative": (0, 0, 6), "license": (2140,)},
    t3={"new": 18, "granted": 9, "partial": 2, "denied.third_party": 1, "unavailable.not_held": 4,
        "unavailable.needs_creation": 1, "not_processed.duplicate": 1},
    t4={"review": (0, 1, 0, 0)},
    claims=[
        C("共收到政府信息公开申请18件", "18", "requests.received", "consistent", "t3.new.total 18"),
        C("申请和信函申请合计15件", "15", "requests.received", "safe", "two channels summed; no cell holds it", ideal="unverifiable"),
        C("当面申请3件", "3", "requests.received", "safe", "a channel", ideal="unverifiable"),
        C("全年办结申请18件", "18", "requests.closed", "consistent", "t3.results_total.total 18"),
        C("予以公开9件", "9", "requests.closed", "consistent", "part: t3.granted.total 9"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("不予公开2件", "2", "requests.closed", "inconsistent", "the denied group is 1 (保护第三方合法权益 1), clean"),
        C("本机关不掌握相关政府信息4件", "4", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 4"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 06 one number of two types (收到并办结12件: received 12, closed 14 with the carried-in); suit results
# over two groups (维持2件 = direct 1 + after review 1) (html)
doc(n=6, template=2021, agency="宁波市江北区卫生健康局", year=2023, layout="html",
    overview="2023年，我局" + FILL[1] + "全年收到并办结政府信息公开申请12件，另办结上年结转申请2件，共办结14件。",
    requests="办理结果：予以公开8件，部分公开1件，本机关不掌握相关政府信息3件，申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请1件，信访举报投诉类申请1件。",
    appeals="本年度被申请行政复议1件，复议机关维持；被提起行政诉讼3件，其中法院判决维持2件、尚未审结1件。",
    t2={"normative": (1, 0, 9)},
    t3={"new": 12, "carried_in": 2, "granted": 8, "partial": 1, "unavailable.not_held": 3,
        "other_handling.no_supplement": 1, "not_processed.complaint": 1},
    t4={"review": (1, 0, 0, 0), "suit_direct": (1, 0, 0, 1), "suit_after_review": (1, 0, 0, 0)},
    chrome={"related": ["宁波市江北区卫生健康局2022年政府信息公开工作年度报告（收到申请10件）"],
            "prev": "宁波市江北区卫生健康局2023年政府信息公开工作要点"},
    claims=[
        C("收到并办结政府信息公开申请12件", "12", "requests.received", "safe", "the year's new 12 (t3.new.total), all closed; the closed total is 14 with the carried-in", ideal="consistent"),
        C("另办结上年结转申请2件", "2", "requests.closed", "safe", "the carried-in share of the closed (t3.carried_in 2)", ideal="unverifiable"),
        C("共办结14件", "14", "requests.closed", "consistent", "t3.results_total.total 14"),
        C("予以公开8件", "8", "requests.closed", "consistent", "part: t3.granted.total 8"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("本机关不掌握相关政府信息3件", "3", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 3"),
        C("其政府信息公开申请1件", "1", "requests.closed", "consistent", "part: t3.other_handling.no_supplement.total 1 (named by its label)"),
        C("信访举报投诉类申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.complaint.total 1"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("被提起行政诉讼3件", "3", "appeals.suit", "consistent", "t4 suits 2 + 1"),
        C("法院判决维持2件", "2", "appeals.suit", "safe", "upheld over both suit groups 1 + 1", ideal="consistent"),
        C("尚未审结1件", "1", "appeals.suit", "safe", "pending over both suit groups 1 + 0", ideal="consistent"),
        C("（收到申请10件）", "10", "requests.received", "safe", "page chrome: the 2022 report's title"),
    ])

# 07 a 2019 report under the 2008 template's headings, in its words (受理, 同意公开, 信息不存在, 收费及
# 减免) with the 2019 tables (2019 template, cells)
doc(n=7, template=2019, agency="舟山市定海区农业农村局", year=2019, layout="cells",
    replace=OLD_HEADINGS,
    overview="2019年，我局" + FILL[2] + "全年共受理政府信息公开申请9件，其中当面申请2件，网上申请7件。",
    proactive="全年主动公开政府信息356条，其中机构职能类12条，政策法规类45条。",
    requests="已答复9件，其中同意公开6件，同意部分公开1件，不予公开1件，信息不存在1件。",
    appeals="本年度未发生因政府信息公开申请引发的行政复议、行政诉讼。",
    other="本年度政府信息公开收费0元，减免0元。",
    t2={"normative": (0, 0, 4)},
    t3={"new": 9, "granted": 6, "partial": 1, "denied.third_party": 1, "unavailable.not_held": 1},
    t4={},
    claims=[
        C("全年共受理政府信息公开申请9件", "9", "requests.received", "consistent", "t3.new.total 9"),
        C("当面申请2件", "2", "requests.received", "safe", "a channel", ideal="unverifiable"),
        C("网上申请7件", "7", "requests.received", "safe", "a channel", ideal="unverifiable"),
        C("主动公开政府信息356条", "356", "proactive.items", "safe", "no counterpart"),
        C("机构职能类12条", "12", "proactive.items", "safe", "no counterpart"),
        C("已答复9件", "9", "requests.closed", "consistent", "t3.results_total.total 9"),
        C("其中同意公开6件", "6", "requests.closed", "consistent", "同意公开 is 予以公开: t3.granted.total 6"),
        C("同意部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("不予公开1件", "1", "requests.closed", "consistent", "part: the denied group 1"),
        C("信息不存在1件", "1", "requests.closed", "safe", "the 2008 words for 本机关不掌握 (1; the unavailable group 1)", ideal="consistent"),
        C("政府信息公开收费0元", "0", "other", "safe", "the information fee; t2 fees are another thing"),
        C("减免0元", "0", "other", "safe", "fee waived"),
    ])

# 08 a 2019 report and, below it on the same page, the agency's 2018 report on the 2008 template (no
# tables): the 2018 counts are not this year's (pipe + raw)
RAW08 = (
    "附：湖州市南浔区民政局2018年政府信息公开工作年度报告\n"
    "本报告根据《中华人民共和国政府信息公开条例》要求编制，报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。\n"
    "一、概述\n2018年，我局认真贯彻落实《条例》，政府信息公开工作有序开展。\n"
    "二、主动公开政府信息的情况\n全年主动公开政府信息218条，其中规范性文件2件。\n"
    "三、依申请公开政府信息和不予公开政府信息的情况\n"
    "2018年共受理政府信息公开申请7件，其中当面申请3件，网上申请4件。已全部答复，其中同意公开4件，同意部分公开1件，信息不存在2件。\n"
    "四、政府信息公开的收费及减免情况\n本年度未收取任何费用。\n"
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度发生政府信息公开行政复议案件2件，行政诉讼案件0件。\n"
    "六、政府信息公开工作存在的主要问题及改进情况\n公开内容不够全面，将进一步加强。\n"
    "七、其他需要报告的事项\n无。\n"
)
doc(n=8, template=2019, agency="湖州市南浔区民政局", year=2019, layout="pipe",
    overview="2019年，我局" + FILL[0] + "全年收到政府信息公开申请11件。",
    proactive="本年新制作规范性文件1件。",
    requests="予以公开6件，部分公开1件，本机关不掌握相关政府信息3件，重复申请1件。",
    appeals="本年度被申请行政复议1件，结果维持。",
    t2={"normative": (1, 1, 6)},
    t3={"new": 11, "granted": 6, "partial": 1, "unavailable.not_held": 3, "not_processed.duplicate": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请11件", "11", "requests.received", "consistent", "t3.new.total 11"),
        C("本年新制作规范性文件1件", "1", "proactive.normative", "consistent", "t2.normative.made 1"),
        C("予以公开6件", "6", "requests.closed", "consistent", "part: t3.granted.total 6"),
        C("，部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("本机关不掌握相关政府信息3件", "3", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 3"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("本年度被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ],
    then={"raw": RAW08, "claims": [
        C("主动公开政府信息218条", "218", "proactive.items", "safe", "2018, no counterpart"),
        C("其中规范性文件2件", "2", "proactive.normative", "safe", "2018's (this report's made 1)", ideal="not_comparable"),
        C("共受理政府信息公开申请7件", "7", "requests.received", "safe", "2018's (the 2019 table's new 11)", ideal="not_comparable"),
        C("当面申请3件", "3", "requests.received", "safe", "2018, a channel"),
        C("其中同意公开4件", "4", "requests.closed", "safe", "2018's (the 2019 granted 6)", ideal="not_comparable"),
        C("同意部分公开1件", "1", "requests.closed", "safe", "2018's", ideal="not_comparable"),
        C("信息不存在2件", "2", "requests.closed", "safe", "2018's", ideal="not_comparable"),
        C("行政复议案件2件", "2", "appeals.review", "safe", "2018's (the 2019 review 1)", ideal="not_comparable"),
        C("行政诉讼案件0件", "0", "appeals.suit", "safe", "2018's", ideal="not_comparable"),
    ]})

# 09 a 2022 report whose overview keeps last year's words (2021年…8件) beside this year's; a true
# contradiction: 办结10 vs (七)总计 9 (pdf)
doc(n=9, template=2021, agency="金华市金东区应急管理局", year=2022, layout="pdf",
    overview="2021年，我局" + FILL[3] + "全年共收到政府信息公开申请8件，\n较上年有所增加。",
    requests="本年度收到政府信息公开申请10件，办结10件，结转下年度继续办理1件。其中予以公开5件，部分公开1件，本机关不掌握\n相关政府信息3件。",
    appeals="本年度被申请行政复议0件。",
    t2={"normative": (0, 0, 2)},
    t3={"new": 10, "carried_out": 1, "granted": 5, "partial": 1, "unavailable.not_held": 3},
    t4={},
    claims=[
        C("全年共收到政府信息公开申请8件", "8", "requests.received", "safe", "dated 2021 by its own paragraph (a copy of last year's words); the table's new 10", ideal="not_comparable"),
        C("本年度收到政府信息公开申请10件", "10", "requests.received", "consistent", "t3.new.total 10"),
        C("办结10件", "10", "requests.closed", "inconsistent", "t3.results_total.total 9 (1 carried out), clean"),
        C("结转下年度继续办理1件", "1", "other", "safe", "carried out"),
        C("予以公开5件", "5", "requests.closed", "consistent", "part: t3.granted.total 5"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("本机关不掌握\n相关政府信息3件", "3", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 3"),
        C("被申请行政复议0件", "0", "appeals.review", "consistent", "t4.review.total 0"),
    ])

# 10 a correction note above the report quoting the wrong value first published (cells)
doc(n=10, template=2021, agency="衢州市衢江区住房和城乡建设局", year=2023, layout="cells",
    chrome={"head": ["更正说明：本报告第三部分原文“办结申请20件”有误，现更正为“办结申请21件”。特此更正。"]},
    overview="2023年，我局" + FILL[0] + "全年新收政府信息公开申请19件，上年结转3件。",
    requests="本年度共办结申请21件，结转下年度继续办理1件。其中予以公开10件，部分公开3件，无法提供6件，不予处理2件。",
    appeals="被申请行政复议1件，尚未审结。",
    t2={"normative": (1, 0, 11)},
    t3={"new": 19, "carried_in": 3, "carried_out": 1, "granted": 10, "partial": 3, "unavailable.not_held": 5,
        "unavailable.unclear": 1, "not_processed.complaint": 2},
    t4={"review": (0, 0, 0, 1)},
    claims=[
        C("原文“办结申请20件”", "20", "requests.closed", "safe", "the wrong value first published, quoted by the correction"),
        C("现更正为“办结申请21件”", "21", "requests.closed", "safe", "the corrected value (results_total 21)", ideal="consistent"),
        C("新收政府信息公开申请19件", "19", "requests.received", "consistent", "t3.new.total 19"),
        C("上年结转3件", "3", "requests.received", "consistent", "carried-in part 3"),
        C("本年度共办结申请21件", "21", "requests.closed", "consistent", "t3.results_total.total 21"),
        C("予以公开10件", "10", "requests.closed", "consistent", "part: t3.granted.total 10"),
        C("部分公开3件", "3", "requests.closed", "consistent", "part: t3.partial.total 3"),
        C("无法提供6件", "6", "requests.closed", "consistent", "part: the unavailable group 5 + 1"),
        C("不予处理2件", "2", "requests.closed", "consistent", "part: the not_processed group 2"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 11 a city bureau's report naming the whole system and the county bureaus beside its own table; a
# true contradiction: 本局被申请行政复议1件 vs 2 (html)
doc(n=11, template=2021, agency="丽水市公安局", year=2024, layout="html",
    overview="2024年，我局" + FILL[1] + "全市公安系统共收到政府信息公开申请356件，其中本局（市局机关）收到42件，各县（市、区）公安局共收到314件。",
    requests="本局办结申请42件，其中予以公开20件，部分公开5件，本机关不掌握相关政府信息12件，重复申请3件，其他处理2件。",
    appeals="本年度本局被申请行政复议1件，被提起行政诉讼1件。全市公安系统共发生政府信息公开行政复议9件。",
    t2={"normative": (0, 0, 5)},
    t3={"new": 42, "granted": 20, "partial": 5, "unavailable.not_held": 12, "not_processed.duplicate": 3,
        "other_handling.other": 2},
    t4={"review": (1, 1, 0, 0), "suit_direct": (1, 0, 0, 0)},
    claims=[
        C("全市公安系统共收到政府信息公开申请356件", "356", "requests.received", "safe", "the whole city's system", ideal="not_comparable"),
        C("本局（市局机关）收到42件", "42", "requests.received", "consistent", "t3.new.total 42: the bureau's own"),
        C("公安局共收到314件", "314", "requests.received", "safe", "the county bureaus", ideal="not_comparable"),
        C("本局办结申请42件", "42", "requests.closed", "consistent", "t3.results_total.total 42"),
        C("予以公开20件", "20", "requests.closed", "consistent", "part: t3.granted.total 20"),
        C("部分公开5件", "5", "requests.closed", "consistent", "part: t3.partial.total 5"),
        C("本机关不掌握相关政府信息12件", "12", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 12"),
        C("重复申请3件", "3", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 3"),
        C("其他处理2件", "2", "requests.closed", "consistent", "part: the other_handling group 2"),
        C("本局被申请行政复议1件", "1", "appeals.review", "inconsistent", "t4.review.total 2 (upheld 1, corrected 1), clean"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "consistent", "t4 suits 1 + 0"),
        C("共发生政府信息公开行政复议9件", "9", "appeals.review", "safe", "the whole city's system", ideal="not_comparable"),
    ])

# 12 a channel table with a 合计 row in the prose, which the prose rounds (30余件 of 32) (2019 template, pipe)
doc(n=12, template=2019, agency="嘉兴市秀洲区自然资源和规划分局", year=2020, layout="pipe",
    overview="2020年，我局" + FILL[2],
    proactive="本年新制作规范性文件0件。",
    requests="全年收到政府信息公开申请30余件，申请方式如下：\n申请方式 | 件数 | 占比 |\n当面申请 | 3 | 9.4% |\n网上申请 | 27 | 84.4% |\n信函申请 | 2 | 6.2% |\n合计 | 32 | 100% |\n全年办结申请32件，其中予以公开18件，部分公开4件，无法提供7件，不予处理2件，其他处理1件。",
    appeals="本年度未发生行政复议、行政诉讼。",
    t2={"normative": (0, 0, 3)},
    t3={"new": 32, "granted": 18, "partial": 4, "unavailable.not_held": 6, "unavailable.needs_creation": 1,
        "not_processed.complaint": 1, "not_processed.duplicate": 1, "other_handling": 1},
    t4={},
    claims=[
        C("本年新制作规范性文件0件", "0", "proactive.normative", "consistent", "t2.normative.made 0"),
        C("收到政府信息公开申请30余件", "30", "requests.received", "consistent", "30余 beside t3.new.total 32 (within its bound)"),
        C("全年办结申请32件", "32", "requests.closed", "consistent", "t3.results_total.total 32"),
        C("予以公开18件", "18", "requests.closed", "consistent", "part: t3.granted.total 18"),
        C("部分公开4件", "4", "requests.closed", "consistent", "part: t3.partial.total 4"),
        C("无法提供7件", "7", "requests.closed", "consistent", "part: the unavailable group 6 + 1"),
        C("不予处理2件", "2", "requests.closed", "consistent", "part: the not_processed group 1 + 1"),
        C("其他处理1件", "1", "requests.closed", "consistent", "part: t3.other_handling.total 1"),
    ])

# 13 counts inside quoted policy titles (5件以上, 30条, 10件民生实事) (pipe)
doc(n=13, template=2021, agency="杭州市上城区城市管理局", year=2022, layout="pipe",
    overview="2022年，我局" + FILL[2] + "全年收到政府信息公开申请15件。为规范办理，印发《关于批量办理5件以上同类政府信息公开申请的工作规程》。",
    proactive="本年制发行政规范性文件2件。主动公开《关于印发〈上城区城市管理领域深化“最多跑一次”改革30条措施〉的通知》《上城区2022年度10件民生实事项目实施方案》等文件。",
    requests="办结申请15件，其中予以公开7件，部分公开2件，本机关不掌握相关政府信息5件，重复申请1件。",
    appeals="本年度被申请行政复议1件（《关于某小区违法建筑查处信息公开的复议决定书》维持我局答复）。",
    t2={"normative": (2, 0, 9)},
    t3={"new": 15, "granted": 7, "partial": 2, "unavailable.not_held": 5, "not_processed.duplicate": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请15件", "15", "requests.received", "consistent", "t3.new.total 15"),
        C("批量办理5件以上同类政府信息公开申请", "5", "other", "safe", "inside a quoted policy title: a threshold"),
        C("制发行政规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.issued 2"),
        C("改革30条措施", "30", "other", "safe", "inside a quoted title"),
        C("年度10件民生实事项目", "10", "other", "safe", "inside a quoted title"),
        C("办结申请15件", "15", "requests.closed", "consistent", "t3.results_total.total 15"),
        C("予以公开7件", "7", "requests.closed", "consistent", "part: t3.granted.total 7"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("本机关不掌握相关政府信息5件", "5", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 5"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 14 纠错 and 败诉 counts and a 纠错率 against table 四; last year's corrected in section 五; a true
# contradiction: 维持2件 vs upheld 1 (cells)
doc(n=14, template=2021, agency="绍兴市柯桥区交通运输局", year=2023, layout="cells",
    overview="2023年，我局" + FILL[3] + "全年收到政府信息公开申请21件，办结21件。",
    requests="予以公开12件，部分公开3件，本机关不掌握相关政府信息5件，补正后申请内容仍不明确1件。",
    appeals="本年度被申请行政复议3件，其中维持2件、纠错1件，复议纠错率为33.3%；被提起行政诉讼0件，行政诉讼败诉0件。",
    problems="2022年度报告中提出的复议被纠错2件问题，已通过完善答复文书审核机制整改。",
    t2={"normative": (0, 0, 3)},
    t3={"new": 21, "granted": 12, "partial": 3, "unavailable.not_held": 5, "unavailable.unclear": 1},
    t4={"review": (1, 1, 1, 0)},
    claims=[
        C("全年收到政府信息公开申请21件", "21", "requests.received", "consistent", "t3.new.total 21"),
        C("办结21件", "21", "requests.closed", "consistent", "t3.results_total.total 21"),
        C("予以公开12件", "12", "requests.closed", "consistent", "part: t3.granted.total 12"),
        C("部分公开3件", "3", "requests.closed", "consistent", "part: t3.partial.total 3"),
        C("本机关不掌握相关政府信息5件", "5", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 5"),
        C("补正后申请内容仍不明确1件", "1", "requests.closed", "consistent", "part: t3.unavailable.unclear.total 1"),
        C("被申请行政复议3件", "3", "appeals.review", "consistent", "t4.review.total 3"),
        C("其中维持2件", "2", "appeals.review", "inconsistent", "t4.review.upheld 1 (other 1), clean"),
        C("纠错1件", "1", "appeals.corrected", "consistent", "t4 corrected columns 1 + 0 + 0"),
        C("纠错率为33.3%", "33.3", "other", "safe", "a rate", value=0.333),
        C("被提起行政诉讼0件", "0", "appeals.suit", "consistent", "t4 suits 0 + 0"),
        C("行政诉讼败诉0件", "0", "appeals.corrected", "safe", "suits lost: the suits' corrected columns 0", ideal="consistent"),
        C("复议被纠错2件", "2", "appeals.corrected", "safe", "2022's, quoted in section 五", ideal="not_comparable"),
    ])

# 15 table 四 per column in words (均尚未审结, 结果维持, 其他结果) (Traditional, pdf)
doc(n=15, template=2021, agency="台州市黄岩区自然资源和规划局", year=2025, layout="pdf", traditional=True,
    overview="2025年，我局" + FILL[0] + "全年共收到政府信息公开申请27件，\n上年结转2件。",
    requests="办结申请28件，结转下年度继续办理1件。其中予以公开13件，部分公开4件，因属于四类过程性信息不予公开2件，本机关不掌握相关政府信息6件，没有现成信息需要另行制作1件，重复申请2件。",
    appeals="本年度被申请行政复议2件，均尚未审结。被提起行政诉讼2件，其中结果维持1件、其他结果1件（原告撤诉）。",
    t2={"normative": (1, 0, 8)},
    t3={"new": 27, "carried_in": 2, "carried_out": 1, "granted": 13, "partial": 4, "denied.process": 2,
        "unavailable.not_held": 6, "unavailable.needs_creation": 1, "not_processed.duplicate": 2},
    t4={"review": (0, 0, 0, 2), "suit_direct": (1, 0, 1, 0)},
    claims=[
        C("共收到政府信息公开申请27件", "27", "requests.received", "consistent", "t3.new.total 27"),
        C("上年结转2件", "2", "requests.received", "consistent", "carried-in part 2"),
        C("办结申请28件", "28", "requests.closed", "consistent", "t3.results_total.total 28"),
        C("予以公开13件", "13", "requests.closed", "consistent", "part: t3.granted.total 13"),
        C("部分公开4件", "4", "requests.closed", "consistent", "part: t3.partial.total 4"),
        C("过程性信息不予公开2件", "2", "requests.closed", "consistent", "part: t3.denied.process.total 2 (the denied group 2)"),
        C("本机关不掌握相关政府信息6件", "6", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 6"),
        C("需要另行制作1件", "1", "requests.closed", "consistent", "part: t3.unavailable.needs_creation.total 1"),
        C("重复申请2件", "2", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 2"),
        C("被申请行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
        C("被提起行政诉讼2件", "2", "appeals.suit", "consistent", "t4 suits 2 + 0"),
        C("其中结果维持1件", "1", "appeals.suit", "consistent", "part: suits upheld 1 + 0"),
        C("其他结果1件", "1", "appeals.suit", "consistent", "part: suits other 1 + 0"),
    ])

# 16 the 2019 t2: 规章 made/published/total, 规范性文件 made and published differing, 政府集中采购
# (2019 template, html)
doc(n=16, template=2019, agency="宁波市人民政府", year=2019, layout="html",
    overview="2019年，市政府" + FILL[1] + "全年收到政府信息公开申请64件。",
    proactive="本年新制作政府规章3件，新公开3件，对外公开规章总数86件；新制作规范性文件15件，新公开规范性文件14件。全年政府集中采购项目12个，采购总金额356.8万元。",
    requests="全年办结申请60件，结转下年度继续办理4件。其中予以公开30件，部分公开8件，不予公开4件，无法提供14件，不予处理3件，其他处理1件。",
    appeals="全年因政府信息公开被申请行政复议6件，其中维持4件，纠正1件，尚未审结1件；被提起行政诉讼2件，均为复议后起诉，结果维持。",
    t2={"rules": (3, 3, 86), "normative": (15, 14, 203), "procurement": ("12", "356.8")},
    t3={"new": 64, "carried_out": 4, "granted": 30, "partial": 8, "denied.state_secret": 1, "denied.third_party": 3,
        "unavailable.not_held": 12, "unavailable.needs_creation": 2, "not_processed.complaint": 1,
        "not_processed.duplicate": 2, "other_handling": 1},
    t4={"review": (4, 1, 0, 1), "suit_after_review": (2, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请64件", "64", "requests.received", "consistent", "t3.new.total 64"),
        C("本年新制作政府规章3件", "3", "proactive.rules", "consistent", "t2.rules.made 3"),
        C("新公开3件", "3", "proactive.rules", "safe", "t2.rules.published 3", ideal="consistent"),
        C("对外公开规章总数86件", "86", "other", "safe", "cumulative"),
        C("新制作规范性文件15件", "15", "proactive.normative", "consistent", "t2.normative.made 15"),
        C("新公开规范性文件14件", "14", "proactive.normative", "safe", "the published column 14 beside made 15", ideal="consistent"),
        C("采购项目12个", "12", "other", "safe", "procurement (t2.procurement.count 12)"),
        C("采购总金额356.8万元", "356.8", "other", "safe", "procurement amount", value=3568000),
        C("全年办结申请60件", "60", "requests.closed", "consistent", "t3.results_total.total 60"),
        C("结转下年度继续办理4件", "4", "other", "safe", "carried out"),
        C("予以公开30件", "30", "requests.closed", "consistent", "part: t3.granted.total 30"),
        C("部分公开8件", "8", "requests.closed", "consistent", "part: t3.partial.total 8"),
        C("不予公开4件", "4", "requests.closed", "consistent", "part: the denied group 1 + 3"),
        C("无法提供14件", "14", "requests.closed", "consistent", "part: the unavailable group 12 + 2"),
        C("不予处理3件", "3", "requests.closed", "consistent", "part: the not_processed group 1 + 2"),
        C("其他处理1件", "1", "requests.closed", "consistent", "part: t3.other_handling.total 1"),
        C("被申请行政复议6件", "6", "appeals.review", "consistent", "t4.review.total 6"),
        C("其中维持4件", "4", "appeals.review", "consistent", "part: t4.review.upheld 4"),
        C("纠正1件", "1", "appeals.corrected", "consistent", "part: t4.review.corrected 1"),
        C("尚未审结1件", "1", "appeals.review", "consistent", "part: t4.review.pending 1"),
        C("被提起行政诉讼2件", "2", "appeals.suit", "consistent", "t4 suits 0 + 2"),
    ])

# 17 a fee in 万元 with 余 beside t2's 1.32; visits and items in 万 (pipe)
doc(n=17, template=2021, agency="德清县市场监督管理局", year=2024, layout="pipe",
    overview="2024年，我局" + FILL[0] + "全年收到政府信息公开申请24件。",
    proactive="本年制发行政规范性文件1件，现行有效行政规范性文件7件。本年行政事业性收费1.3万余元。政府网站年访问量120.5万人次，发布政务信息2.1万条。",
    requests="办结24件，其中予以公开14件，部分公开2件，本机关不掌握相关政府信息7件，申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请1件。",
    appeals="本年度未发生行政复议、行政诉讼案件。",
    other="本年度依申请公开未收取信息处理费。",
    t2={"normative": (1, 0, 7), "license": (3890,), "penalty": (412,), "fees": ("1.32",)},
    t3={"new": 24, "granted": 14, "partial": 2, "unavailable.not_held": 7, "other_handling.no_fee": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请24件", "24", "requests.received", "consistent", "t3.new.total 24"),
        C("本年制发行政规范性文件1件", "1", "proactive.normative", "consistent", "t2.normative.issued 1"),
        C("现行有效行政规范性文件7件", "7", "other", "safe", "in force"),
        C("行政事业性收费1.3万余元", "1.3", "other", "safe", "t2.fees.amount 1.32万元; no narrative counterpart", value=13000, ideal="consistent"),
        C("年访问量120.5万人次", "120.5", "platform.visits", "safe", "no counterpart", value=1205000),
        C("政务信息2.1万条", "2.1", "proactive.items", "safe", "no counterpart", value=21000),
        C("办结24件", "24", "requests.closed", "consistent", "t3.results_total.total 24"),
        C("予以公开14件", "14", "requests.closed", "consistent", "part: t3.granted.total 14"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("本机关不掌握相关政府信息7件", "7", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 7"),
        C("其政府信息公开申请1件", "1", "requests.closed", "consistent", "part: t3.other_handling.no_fee.total 1"),
    ])

# 18 key: value lines with applicant kinds; a true contradiction: 商业企业：4件 vs 3 (cells)
doc(n=18, template=2021, agency="海盐县发展和改革局", year=2022, layout="cells",
    overview="2022年，我局" + FILL[1],
    requests="政府信息公开申请情况：\n新收申请：25件\n其中自然人：20件\n法人或其他组织：5件\n商业企业：4件\n上年结转：1件\n办结：24件\n予以公开：12件\n部分公开：4件\n本机关不掌握相关政府信息：5件\n重复申请：2件\n其他处理：1件\n结转下年度：2件",
    appeals="行政复议：0件\n行政诉讼：0件",
    t2={"normative": (0, 0, 4)},
    t3={"new": (20, 3, 0, 0, 1, 1), "carried_in": 1, "carried_out": 2, "granted": (8, 2, 0, 0, 1, 1),
        "partial": (3, 1, 0, 0, 0, 0), "unavailable.not_held": 5, "not_processed.duplicate": 2,
        "other_handling.other": 1},
    t4={},
    claims=[
        C("新收申请：25件", "25", "requests.received", "consistent", "t3.new.total 25"),
        C("其中自然人：20件", "20", "requests.received", "consistent", "part: t3.new.natural 20"),
        C("法人或其他组织：5件", "5", "requests.received", "safe", "the five organisation columns 3 + 0 + 0 + 1 + 1", ideal="consistent"),
        C("商业企业：4件", "4", "requests.received", "inconsistent", "t3.new.commercial 3, clean"),
        C("上年结转：1件", "1", "requests.received", "consistent", "carried-in part 1"),
        C("办结：24件", "24", "requests.closed", "consistent", "t3.results_total.total 24"),
        C("予以公开：12件", "12", "requests.closed", "consistent", "part: t3.granted.total 12"),
        C("部分公开：4件", "4", "requests.closed", "consistent", "part: t3.partial.total 4"),
        C("本机关不掌握相关政府信息：5件", "5", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 5"),
        C("重复申请：2件", "2", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 2"),
        C("其他处理：1件", "1", "requests.closed", "consistent", "part: the other_handling group 1"),
        C("结转下年度：2件", "2", "other", "safe", "carried out"),
        C("行政复议：0件", "0", "appeals.review", "consistent", "t4.review.total 0"),
        C("行政诉讼：0件", "0", "appeals.suit", "consistent", "t4 suits 0 + 0"),
    ])

# 19 a report republished with an erratum note quoting the old and new value (html)
doc(n=19, template=2021, agency="杭州市余杭区民政局", year=2023, layout="html",
    overview="2023年，我局" + FILL[2] + "全年收到政府信息公开申请16件。",
    requests="办结申请16件。其中予以公开9件，部分公开2件，本机关不掌握相关政府信息4件，重复申请1件。",
    appeals="本年度被申请行政复议1件，结果维持。",
    other="（本报告于2024年3月12日重新发布，更正了第三部分“部分公开”数据，原为“部分公开3件”，现为“部分公开2件”。）",
    t2={"normative": (0, 0, 2)},
    t3={"new": 16, "granted": 9, "partial": 2, "unavailable.not_held": 4, "not_processed.duplicate": 1},
    t4={"review": (1, 0, 0, 0)},
    chrome={"related": ["杭州市余杭区民政局2022年政府信息公开工作年度报告"]},
    claims=[
        C("全年收到政府信息公开申请16件", "16", "requests.received", "consistent", "t3.new.total 16"),
        C("办结申请16件", "16", "requests.closed", "consistent", "t3.results_total.total 16"),
        C("予以公开9件", "9", "requests.closed", "consistent", "part: t3.granted.total 9"),
        C("，部分公开2件，", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("本机关不掌握相关政府信息4件", "4", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 4"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("原为“部分公开3件”", "3", "requests.closed", "safe", "the value first published, quoted by the erratum"),
        C("现为“部分公开2件”", "2", "requests.closed", "safe", "the corrected value", ideal="consistent"),
    ])

# 20 分别 and 各 (收到和办结…分别为17件和16件; 行政复议、行政诉讼各1件) (2019 template, pdf)
doc(n=20, template=2019, agency="缙云县林业局", year=2020, layout="pdf",
    overview="2020年，我局" + FILL[3] + "全年收到和办结政府信息公开申请分别为17件和16件，结转下年度继续办理\n1件。",
    requests="办理结果：予以公开9件，部分公开1件，本机关不掌握相关政府信息4件，重复申请1件，其他处理1件。",
    appeals="本年度被申请行政复议、被提起行政诉讼各1件，均维持原行政行为。",
    t2={"normative": (0, 0, 1)},
    t3={"new": 17, "carried_out": 1, "granted": 9, "partial": 1, "unavailable.not_held": 4,
        "not_processed.duplicate": 1, "other_handling": 1},
    t4={"review": (1, 0, 0, 0), "suit_direct": (1, 0, 0, 0)},
    claims=[
        C("分别为17件和16件", "17", "requests.received", "consistent", "收到 17: t3.new.total 17"),
        C("17件和16件", "16", "requests.closed", "consistent", "办结 16: t3.results_total.total 16"),
        C("继续办理\n1件", "1", "other", "safe", "carried out"),
        C("予以公开9件", "9", "requests.closed", "consistent", "part: t3.granted.total 9"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("本机关不掌握相关政府信息4件", "4", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 4"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("其他处理1件", "1", "requests.closed", "consistent", "part: t3.other_handling.total 1"),
        C("被提起行政诉讼各1件", "1", "appeals.suit", "safe", "one number for reviews and suits each (review 1, suits 1 + 0)", ideal="consistent"),
    ])

# 21 percentages, rates and a time; a true contradiction: 自然人申请18件 vs 17 (cells)
doc(n=21, template=2021, agency="温州市瓯海区教育局", year=2025, layout="cells",
    overview="2025年，我局" + FILL[0] + "全年收到政府信息公开申请20件，较上年下降20%，其中自然人申请18件，法人或其他组织申请3件。",
    requests="全年办结20件，答复率100%，平均答复时间8.5个工作日。予以公开12件，占比60%；部分公开2件；本机关不掌握相关政府信息5件；重复申请1件。",
    appeals="本年度被申请行政复议0件，被提起行政诉讼0件。",
    t2={"normative": (0, 0, 6)},
    t3={"new": (17, 2, 0, 0, 1, 0), "granted": (10, 1, 0, 0, 1, 0), "partial": 2,
        "unavailable.not_held": (4, 1, 0, 0, 0, 0), "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请20件", "20", "requests.received", "consistent", "t3.new.total 20"),
        C("较上年下降20%", "20", "other", "safe", "a change", value=0.2),
        C("其中自然人申请18件", "18", "requests.received", "inconsistent", "t3.new.natural 17, clean"),
        C("法人或其他组织申请3件", "3", "requests.received", "safe", "the five organisation columns 2 + 1", ideal="consistent"),
        C("全年办结20件", "20", "requests.closed", "consistent", "t3.results_total.total 20"),
        C("答复率100%", "100", "other", "safe", "a rate", value=1.0),
        C("平均答复时间8.5个工作日", "8.5", "other", "safe", "a time"),
        C("予以公开12件", "12", "requests.closed", "consistent", "part: t3.granted.total 12"),
        C("占比60%", "60", "other", "safe", "a share", value=0.6),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("本机关不掌握相关政府信息5件", "5", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 5"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("被申请行政复议0件", "0", "appeals.review", "consistent", "t4.review.total 0"),
        C("被提起行政诉讼0件", "0", "appeals.suit", "consistent", "t4 suits 0 + 0"),
    ])

# 22 a fee in 元 (12500元) beside t2's 1.25 万元; 制发/废止/现行有效; a true contradiction: 予以公开9 vs 7
# (pipe)
doc(n=22, template=2021, agency="义乌市自然资源和规划局", year=2024, layout="pipe",
    overview="2024年，我局" + FILL[1] + "全年共收到政府信息公开申请31件。",
    proactive="本年制发行政规范性文件3件，废止2件，现行有效18件。本年行政事业性收费金额为12500元。",
    requests="办结31件。其中予以公开9件，部分公开5件，不予公开1件，本机关不掌握相关政府信息10件，没有现成信息需要另行制作2件，重复申请2件。",
    appeals="本年度被申请行政复议1件，维持。",
    t2={"normative": (3, 2, 18), "license": (312,), "fees": ("1.25",)},
    t3={"new": 31, "granted": 7, "partial": 5, "denied.third_party": 1, "unavailable.not_held": 10,
        "unavailable.needs_creation": 2, "not_processed.duplicate": 2, "not_processed.complaint": 4},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("共收到政府信息公开申请31件", "31", "requests.received", "consistent", "t3.new.total 31"),
        C("本年制发行政规范性文件3件", "3", "proactive.normative", "consistent", "t2.normative.issued 3"),
        C("废止2件", "2", "other", "safe", "repealed"),
        C("现行有效18件", "18", "other", "safe", "in force"),
        C("收费金额为12500元", "12500", "other", "safe", "t2.fees.amount 1.25万元 = 12500元; no narrative counterpart", ideal="consistent"),
        C("办结31件", "31", "requests.closed", "consistent", "t3.results_total.total 31"),
        C("其中予以公开9件", "9", "requests.closed", "inconsistent", "t3.granted.total 7, clean"),
        C("部分公开5件", "5", "requests.closed", "consistent", "part: t3.partial.total 5"),
        C("不予公开1件", "1", "requests.closed", "consistent", "part: the denied group 1"),
        C("本机关不掌握相关政府信息10件", "10", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 10"),
        C("需要另行制作2件", "2", "requests.closed", "consistent", "part: t3.unavailable.needs_creation.total 2"),
        C("重复申请2件", "2", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 2"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 23 the carried-in and the new summed (上年结转和本年新收…共计20件); a number broken over lines (pdf)
doc(n=23, template=2021, agency="舟山市普陀区水利局", year=2023, layout="pdf",
    overview="2023年，我局" + FILL[2] + "上年结转和本年新收政府信息公开申请共计20件，其中新收1\n8件。",
    requests="全年办结19件，结转下年度继续办理1件。其中予以公开10件，部分公开2件，本机关不掌握相关政府信息6件，\n重复申请1件。",
    appeals="本年度未发生行政复议，被提起行政诉讼1件，法院判决驳回\n原告诉讼请求。",
    t2={"normative": (0, 0, 2)},
    t3={"new": 18, "carried_in": 2, "carried_out": 1, "granted": 10, "partial": 2, "unavailable.not_held": 6,
        "not_processed.duplicate": 1},
    t4={"suit_direct": (1, 0, 0, 0)},
    claims=[
        C("政府信息公开申请共计20件", "20", "requests.received", "safe", "carried-in and new summed: new 18 + carried_in 2", ideal="consistent"),
        C("其中新收1\n8件", "1", "requests.received", "safe", "18 broken over two lines (t3.new.total 18)", value=18, ideal="consistent"),
        C("全年办结19件", "19", "requests.closed", "consistent", "t3.results_total.total 19"),
        C("结转下年度继续办理1件", "1", "other", "safe", "carried out"),
        C("予以公开10件", "10", "requests.closed", "consistent", "part: t3.granted.total 10"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("本机关不掌握相关政府信息6件", "6", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 6"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "consistent", "t4 suits 1 + 0"),
    ])

# 24 1万余条 in prose; 6件申请均已办结; a true contradiction: 新制作规范性文件3件 vs made 2 (published
# 3) (2019 template, cells)
doc(n=24, template=2019, agency="台州市路桥区商务局", year=2019, layout="cells",
    overview="2019年，我局" + FILL[3] + "全年主动公开政府信息一万余条。共收到政府信息公开申请6件。",
    proactive="本年新制作规范性文件3件，对外公开规范性文件总数11件。",
    requests="6件申请均已办结，其中予以公开3件，部分公开1件，本机关不掌握相关政府信息2件。",
    appeals="本年度未发生行政复议和行政诉讼。",
    t2={"normative": (2, 3, 11)},
    t3={"new": 6, "granted": 3, "partial": 1, "unavailable.not_held": 2},
    t4={},
    claims=[
        C("主动公开政府信息一万余条", "一万", "proactive.items", "safe", "no counterpart", value=10000),
        C("共收到政府信息公开申请6件", "6", "requests.received", "consistent", "t3.new.total 6"),
        C("本年新制作规范性文件3件", "3", "proactive.normative", "inconsistent", "t2.normative.made 2, clean (the published column 3 is another column)"),
        C("对外公开规范性文件总数11件", "11", "other", "safe", "cumulative"),
        C("6件申请均已办结", "6", "requests.closed", "safe", "the set all closed: results_total 6", ideal="consistent"),
        C("予以公开3件", "3", "requests.closed", "consistent", "part: t3.granted.total 3"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("本机关不掌握相关政府信息2件", "2", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 2"),
    ])

# 25 quoted titles with counts in sections 二 and 三; the same number three times in one sentence; an
# example application (html)
doc(n=25, template=2021, agency="长兴县农业农村局", year=2024, layout="html",
    overview="2024年，我局" + FILL[0] + "全年收到政府信息公开申请9件，办结9件，9件均在法定期限内答复。",
    proactive="公开《关于2024年度实施10件农业农村民生实事的通知》《长兴县高标准农田建设三年行动计划（2024—2026年）》等文件。本年制发行政规范性文件2件。",
    requests="予以公开4件，部分公开1件，本机关不掌握相关政府信息3件，其他处理1件。其中1件申请人要求公开《关于印发长兴县2023年度12项重点水利工程计划的通知》，经检索本机关不掌握。",
    appeals="本年度被申请行政复议1件，复议机关责令重新答复。",
    t2={"normative": (2, 0, 8)},
    t3={"new": 9, "granted": 4, "partial": 1, "unavailable.not_held": 3, "other_handling.other": 1},
    t4={"review": (0, 1, 0, 0)},
    chrome={"related": ["长兴县农业农村局2023年政府信息公开工作年度报告"], "side": ["本站累计访问量：1283645"]},
    claims=[
        C("全年收到政府信息公开申请9件", "9", "requests.received", "consistent", "t3.new.total 9"),
        C("办结9件", "9", "requests.closed", "consistent", "t3.results_total.total 9"),
        C("9件均在法定期限内答复", "9", "requests.closed", "safe", "the same nine answered on time", ideal="consistent"),
        C("年度实施10件农业农村民生实事", "10", "other", "safe", "inside a quoted title"),
        C("本年制发行政规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.issued 2"),
        C("予以公开4件", "4", "requests.closed", "consistent", "part: t3.granted.total 4"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("本机关不掌握相关政府信息3件", "3", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 3"),
        C("其他处理1件", "1", "requests.closed", "consistent", "part: the other_handling group 1"),
        C("其中1件申请人要求公开", "1", "other", "safe", "an example application"),
        C("年度12项重点水利工程", "12", "other", "safe", "inside a quoted title"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 26 a sub-district's own count beside its communities' consultations; a true contradiction: suits 2
# vs 1 (pipe)
doc(n=26, template=2021, agency="杭州市拱墅区米市巷街道办事处", year=2021, layout="pipe",
    overview="2021年，本街道" + FILL[1] + "全年街道本级收到政府信息公开申请6件，辖区10个社区共受理居民信息查询咨询53件。",
    requests="办结6件，其中予以公开3件，本机关不掌握相关政府信息2件，重复申请1件。",
    appeals="本年度被申请行政复议1件，被提起行政诉讼2件，均尚未审结。",
    t2={"normative": (0, 0, 0)},
    t3={"new": 6, "granted": 3, "unavailable.not_held": 2, "not_processed.duplicate": 1},
    t4={"review": (0, 0, 0, 1), "suit_direct": (0, 0, 0, 1)},
    claims=[
        C("本级收到政府信息公开申请6件", "6", "requests.received", "consistent", "t3.new.total 6"),
        C("辖区10个社区", "10", "other", "safe", "communities"),
        C("居民信息查询咨询53件", "53", "other", "safe", "consultations in the communities, another thing", ideal="not_comparable"),
        C("办结6件", "6", "requests.closed", "consistent", "t3.results_total.total 6"),
        C("予以公开3件", "3", "requests.closed", "consistent", "part: t3.granted.total 3"),
        C("本机关不掌握相关政府信息2件", "2", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 2"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("被提起行政诉讼2件", "2", "appeals.suit", "inconsistent", "t4 suits 1 + 0, clean"),
    ])

# 27 the carried-in named by last year's report year; 同比 (Traditional, html)
doc(n=27, template=2021, agency="龙游县卫生健康局", year=2025, layout="html", traditional=True,
    overview="2025年，我局" + FILL[2] + "全年新收政府信息公开申请14件，同比增长40%。",
    requests="2024年度结转的2件申请已于本年办结。本年共办结16件，其中予以公开7件，部分公开2件，不予公开1件，本机关不掌握相关政府信息5件，信访举报投诉类申请1件。",
    appeals="本年度被申请行政复议2件，其中纠正1件、尚未审结1件；未发生行政诉讼。",
    t2={"normative": (0, 0, 3)},
    t3={"new": 14, "carried_in": 2, "granted": 7, "partial": 2, "denied.internal": 1, "unavailable.not_held": 5,
        "not_processed.complaint": 1},
    t4={"review": (0, 1, 0, 1)},
    claims=[
        C("全年新收政府信息公开申请14件", "14", "requests.received", "consistent", "t3.new.total 14"),
        C("同比增长40%", "40", "other", "safe", "a change", value=0.4),
        C("年度结转的2件申请", "2", "requests.received", "safe", "the carried-in (2), dated by last year's report", ideal="consistent"),
        C("本年共办结16件", "16", "requests.closed", "consistent", "t3.results_total.total 16"),
        C("予以公开7件", "7", "requests.closed", "consistent", "part: t3.granted.total 7"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("不予公开1件", "1", "requests.closed", "consistent", "part: the denied group 1"),
        C("本机关不掌握相关政府信息5件", "5", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 5"),
        C("信访举报投诉类申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.complaint.total 1"),
        C("被申请行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
        C("其中纠正1件", "1", "appeals.corrected", "consistent", "part: t4.review.corrected 1"),
        C("尚未审结1件", "1", "appeals.review", "consistent", "part: t4.review.pending 1"),
    ])

# 28 a whole page saved as text; last year's count in brackets; a true contradiction: received 13 vs
# 12 (2019 template, pipe)
doc(n=28, template=2019, agency="宁波市奉化区交通运输局", year=2020, layout="pipe",
    chrome={"head": ["宁波市奉化区人民政府 | 首页 | 信息公开 | 年度报告", "当前位置：首页 > 政府信息公开 > 年度报告"],
            "related": ["宁波市奉化区交通运输局2019年政府信息公开工作年度报告"],
            "foot": ["关于我们 | 网站地图 | 联系我们", "宁波市奉化区人民政府办公室主办"]},
    overview="2020年，我局" + FILL[0] + "全年收到政府信息公开申请13件（2019年为9件），增加4件。",
    requests="办结12件，其中予以公开7件，部分公开1件，本机关不掌握相关政府信息3件，重复申请1件。",
    appeals="本年度行政复议0件，行政诉讼0件。",
    t2={"normative": (0, 0, 2)},
    t3={"new": 12, "granted": 7, "partial": 1, "unavailable.not_held": 3, "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请13件", "13", "requests.received", "inconsistent", "t3.new.total 12, carried 0, results 12, clean"),
        C("年为9件", "9", "requests.received", "safe", "the year before", ideal="not_comparable"),
        C("增加4件", "4", "other", "safe", "a change"),
        C("办结12件", "12", "requests.closed", "consistent", "t3.results_total.total 12"),
        C("予以公开7件", "7", "requests.closed", "consistent", "part: t3.granted.total 7"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("本机关不掌握相关政府信息3件", "3", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 3"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("本年度行政复议0件", "0", "appeals.review", "consistent", "t4.review.total 0"),
        C("行政诉讼0件", "0", "appeals.suit", "consistent", "t4 suits 0 + 0"),
    ])

# 29 applicant kinds and 2021 outcome rows by label; a true contradiction: 补正后申请内容仍不明确3件 vs 2
# (pdf)
doc(n=29, template=2021, agency="青田县市场监督管理局", year=2023, layout="pdf",
    overview="2023年，我局" + FILL[3] + "全年收到政府信息公开申请42件，\n其中自然人申请35件，商业企业申请5件，法律服务机构申请2件。",
    requests="办结42件。予以公开20件，部分公开6件，因属于三类内部事务信息不予公开1件，本机关不掌握相关政府信息10件，补正后申请内容仍不明确3件，重复申请2件，申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请1件。",
    appeals="本年度被申请行政复议1件，结果维持。",
    t2={"normative": (1, 0, 5)},
    t3={"new": (35, 5, 0, 0, 2, 0), "granted": (15, 4, 0, 0, 1, 0), "partial": (5, 1, 0, 0, 0, 0),
        "denied.internal": 1, "unavailable.not_held": (9, 0, 0, 0, 1, 0), "unavailable.unclear": 2,
        "not_processed.duplicate": 2, "other_handling.no_supplement": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请42件", "42", "requests.received", "consistent", "t3.new.total 42"),
        C("其中自然人申请35件", "35", "requests.received", "consistent", "part: t3.new.natural 35"),
        C("商业企业申请5件", "5", "requests.received", "consistent", "part: t3.new.commercial 5"),
        C("法律服务机构申请2件", "2", "requests.received", "consistent", "part: t3.new.legal 2"),
        C("办结42件", "42", "requests.closed", "consistent", "t3.results_total.total 42"),
        C("予以公开20件", "20", "requests.closed", "consistent", "part: t3.granted.total 20"),
        C("部分公开6件", "6", "requests.closed", "consistent", "part: t3.partial.total 6"),
        C("内部事务信息不予公开1件", "1", "requests.closed", "consistent", "part: t3.denied.internal.total 1"),
        C("本机关不掌握相关政府信息10件", "10", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 10"),
        C("补正后申请内容仍不明确3件", "3", "requests.closed", "inconsistent", "t3.unavailable.unclear.total 2, clean"),
        C("重复申请2件", "2", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 2"),
        C("其政府信息公开申请1件", "1", "requests.closed", "consistent", "part: t3.other_handling.no_supplement.total 1"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 30 a district bureau beside the district's whole system; next year's plan (cells)
doc(n=30, template=2021, agency="温州市龙湾区财政局", year=2021, layout="cells",
    overview="2021年，我局" + FILL[0] + "全年收到政府信息公开申请11件，办结11件。全区财政系统（含各街道财政所）共收到申请19件。",
    requests="予以公开5件，部分公开1件，本机关不掌握相关政府信息4件，重复申请1件。",
    appeals="本年度被申请行政复议1件，被提起行政诉讼0件。",
    problems="2022年，我局将进一步规范依申请公开办理，计划开展业务培训2次。",
    t2={"normative": (0, 0, 3), "fees": ("0",)},
    t3={"new": 11, "granted": 5, "partial": 1, "unavailable.not_held": 4, "not_processed.duplicate": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请11件", "11", "requests.received", "consistent", "t3.new.total 11"),
        C("办结11件", "11", "requests.closed", "consistent", "t3.results_total.total 11"),
        C("共收到申请19件", "19", "requests.received", "safe", "the district's whole finance system", ideal="not_comparable"),
        C("予以公开5件", "5", "requests.closed", "consistent", "part: t3.granted.total 5"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("本机关不掌握相关政府信息4件", "4", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 4"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("被提起行政诉讼0件", "0", "appeals.suit", "consistent", "t4 suits 0 + 0"),
        C("开展业务培训2次", "2", "training.sessions", "safe", "next year's plan"),
    ])


# ---- probes (set "after"): written after the reconcile code was read and the four fixes made;
# the same kinds in new words, to find what the fixes leave

# 31 a 2021 report and below it the agency's 2020 report with its own (2019-template) tables,
# titled 年报 (pipe)
doc(n=31, set="after", template=2021, agency="诸暨市司法局", year=2021, layout="pipe",
    overview="2021年，我局" + FILL[0] + "全年收到政府信息公开申请13件。",
    requests="办结13件，其中予以公开6件，部分公开2件，本机关不掌握相关政府信息4件，重复申请1件。",
    appeals="本年度被申请行政复议1件，结果维持。",
    t2={"normative": (1, 0, 4)},
    t3={"new": 13, "granted": 6, "partial": 2, "unavailable.not_held": 4, "not_processed.duplicate": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请13件", "13", "requests.received", "consistent", "t3.new.total 13"),
        C("办结13件", "13", "requests.closed", "consistent", "t3.results_total.total 13"),
        C("予以公开6件", "6", "requests.closed", "consistent", "part: t3.granted.total 6"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("本机关不掌握相关政府信息4件", "4", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 4"),
        C("本年度被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ],
    then=report(n=31, template=2019, agency="诸暨市司法局", year=2020, layout="pipe",
        replace=[("诸暨市司法局2020年政府信息公开工作年度报告", "诸暨市司法局2020年度政府信息公开年报")],
        overview="2020年度，我局共受理政府信息公开申请9件，较上年减少2件。",
        requests="已办结9件。同意公开5件，同意部分公开1件，经检索未找到相关信息3件。",
        appeals="被申请行政复议2件，均维持。",
        t2={"normative": (0, 0, 3)},
        t3={"new": 9, "granted": 5, "partial": 1, "unavailable.not_held": 3},
        t4={"review": (2, 0, 0, 0)},
        claims=[
            C("共受理政府信息公开申请9件", "9", "requests.received", "safe", "the 2020 report's, with its own table (new 9)", ideal="not_comparable"),
            C("较上年减少2件", "2", "other", "safe", "a change"),
            C("已办结9件", "9", "requests.closed", "safe", "2020's", ideal="not_comparable"),
            C("同意公开5件", "5", "requests.closed", "safe", "2020's (the 2021 granted 6)", ideal="not_comparable"),
            C("同意部分公开1件", "1", "requests.closed", "safe", "2020's", ideal="not_comparable"),
            C("未找到相关信息3件", "3", "requests.closed", "safe", "2020's (the 2021 not_held 4)", ideal="not_comparable"),
            C("被申请行政复议2件", "2", "appeals.review", "safe", "2020's (the 2021 review 1)", ideal="not_comparable"),
        ]))

# 32 a paragraph opened by last year, wrapped by a PDF before its count; 上一年度 words (pdf)
doc(n=32, set="after", template=2021, agency="温岭市农业农村和水利局", year=2023, layout="pdf",
    overview="2022年度，我局坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、\n结果公开，全年共收到政府信息公开申请11件，办结11件。",
    requests="本年度收到政府信息公开申请15件，办结15件。其中予以公开8件，部分公开2件，本机关不掌握相关政府信息4件，\n重复申请1件。",
    appeals="本年度被申请行政复议1件，尚在审理中。",
    t2={"normative": (0, 0, 3)},
    t3={"new": 15, "granted": 8, "partial": 2, "unavailable.not_held": 4, "not_processed.duplicate": 1},
    t4={"review": (0, 0, 0, 1)},
    claims=[
        C("全年共收到政府信息公开申请11件", "11", "requests.received", "safe", "in a paragraph opened by 2022年度 (wrapped before it)", ideal="not_comparable"),
        C("，办结11件。", "11", "requests.closed", "safe", "the same paragraph", ideal="not_comparable"),
        C("本年度收到政府信息公开申请15件", "15", "requests.received", "consistent", "t3.new.total 15"),
        C("，办结15件。", "15", "requests.closed", "consistent", "t3.results_total.total 15"),
        C("予以公开8件", "8", "requests.closed", "consistent", "part: t3.granted.total 8"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("本机关不掌握相关政府信息4件", "4", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 4"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 33 the new and the carried-in summed in other orders and words (cells)
doc(n=33, set="after", template=2021, agency="永康市住房和城乡建设局", year=2024, layout="cells",
    overview="2024年，我局" + FILL[1] + "本年度新收和上年结转的政府信息公开申请共23件。",
    requests="上年度结转及本年度受理的申请合计23件，已办结21件，结转下年度继续办理2件。其中予以公开11件，部分公开3件，本机关不掌握相关政府信息6件，重复申请1件。",
    appeals="本年度未发生行政复议、行政诉讼。",
    t2={"normative": (0, 0, 5)},
    t3={"new": 20, "carried_in": 3, "carried_out": 2, "granted": 11, "partial": 3, "unavailable.not_held": 6,
        "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("上年结转的政府信息公开申请共23件", "23", "requests.received", "safe", "new 20 + carried_in 3", ideal="consistent"),
        C("本年度受理的申请合计23件", "23", "requests.received", "safe", "carried_in 3 + new 20", ideal="consistent"),
        C("已办结21件", "21", "requests.closed", "consistent", "t3.results_total.total 21"),
        C("予以公开11件", "11", "requests.closed", "consistent", "part: t3.granted.total 11"),
        C("部分公开3件", "3", "requests.closed", "consistent", "part: t3.partial.total 3"),
        C("本机关不掌握相关政府信息6件", "6", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 6"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
    ])

# 34 consultations, service items, hotline orders and messages beside the applications (pipe)
doc(n=34, set="after", template=2021, agency="兰溪市民政局", year=2022, layout="pipe",
    overview="2022年，我局" + FILL[2] + "全年收到政府信息公开申请7件。各村（社区）共接待群众政策咨询120件，受理政务服务事项办件3.2万件，办理12345热线转办工单86件，答复网民留言45件。",
    requests="办结7件，其中予以公开4件，本机关不掌握相关政府信息2件，重复申请1件。",
    appeals="本年度未发生行政复议、行政诉讼。",
    t2={"normative": (0, 0, 2)},
    t3={"new": 7, "granted": 4, "unavailable.not_held": 2, "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请7件", "7", "requests.received", "consistent", "t3.new.total 7"),
        C("群众政策咨询120件", "120", "other", "safe", "consultations"),
        C("政务服务事项办件3.2万件", "3.2", "other", "safe", "service items", value=32000),
        C("转办工单86件", "86", "other", "safe", "hotline orders"),
        C("网民留言45件", "45", "other", "safe", "messages"),
        C("办结7件", "7", "requests.closed", "consistent", "t3.results_total.total 7"),
        C("予以公开4件", "4", "requests.closed", "consistent", "part: t3.granted.total 4"),
        C("本机关不掌握相关政府信息2件", "2", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 2"),
    ])

# 35 counts in 万 of applications, approximations in 万 (cells)
doc(n=35, set="after", template=2021, agency="宁波市公安局", year=2023, layout="cells",
    overview="2023年，我局" + FILL[3] + "全年收到政府信息公开申请1.2万余件，办结1.2万余件。",
    requests="其中予以公开7200件，部分公开1035件，本机关不掌握相关政府信息3600件，重复申请510件。",
    appeals="全年被申请行政复议近20件，被提起行政诉讼5件。",
    t2={"normative": (2, 0, 30)},
    t3={"new": 12345, "granted": 7200, "partial": 1035, "unavailable.not_held": 3600, "not_processed.duplicate": 510},
    t4={"review": (15, 1, 0, 2), "suit_direct": (3, 0, 1, 1)},
    claims=[
        C("收到政府信息公开申请1.2万余件", "1.2", "requests.received", "consistent", "1.2万余 beside t3.new.total 12345", value=12000),
        C("办结1.2万余件", "1.2", "requests.closed", "consistent", "1.2万余 beside results_total 12345", value=12000),
        C("予以公开7200件", "7200", "requests.closed", "consistent", "part: t3.granted.total 7200"),
        C("部分公开1035件", "1035", "requests.closed", "consistent", "part: t3.partial.total 1035"),
        C("本机关不掌握相关政府信息3600件", "3600", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 3600"),
        C("重复申请510件", "510", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 510"),
        C("被申请行政复议近20件", "20", "appeals.review", "consistent", "近20 beside t4.review.total 18"),
        C("被提起行政诉讼5件", "5", "appeals.suit", "consistent", "t4 suits 5 + 0"),
    ])

# 36 key: value lines in an HTML page (html)
doc(n=36, set="after", template=2021, agency="东阳市教育局", year=2022, layout="html",
    overview="2022年，我局" + FILL[0],
    requests="本年度政府信息公开申请办理情况：\n新收申请：10件\n办结申请：10件\n予以公开：6件\n本机关不掌握相关政府信息：3件\n重复申请：1件",
    appeals="行政复议：1件\n行政诉讼：0件",
    t2={"normative": (1, 0, 6)},
    t3={"new": 10, "granted": 6, "unavailable.not_held": 3, "not_processed.duplicate": 1},
    t4={"review": (0, 1, 0, 0)},
    claims=[
        C("新收申请：10件", "10", "requests.received", "consistent", "t3.new.total 10"),
        C("办结申请：10件", "10", "requests.closed", "consistent", "t3.results_total.total 10"),
        C("予以公开：6件", "6", "requests.closed", "consistent", "part: t3.granted.total 6"),
        C("本机关不掌握相关政府信息：3件", "3", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 3"),
        C("重复申请：1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("行政复议：1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("行政诉讼：0件", "0", "appeals.suit", "consistent", "t4 suits 0 + 0"),
    ])

# 37 table 四 in other words: 撤销, 驳回起诉, 败诉, a review pending as 审理中 (pipe)
doc(n=37, set="after", template=2021, agency="嵊州市市场监督管理局", year=2024, layout="pipe",
    overview="2024年，我局" + FILL[1] + "全年收到政府信息公开申请16件，办结16件。",
    requests="予以公开9件，部分公开2件，本机关不掌握相关政府信息5件。",
    appeals="本年度因政府信息公开被申请行政复议3件，其中复议维持1件、撤销1件、仍在审理中1件；被提起行政诉讼2件，法院裁定驳回起诉1件，我局败诉1件。",
    t2={"normative": (0, 0, 4)},
    t3={"new": 16, "granted": 9, "partial": 2, "unavailable.not_held": 5},
    t4={"review": (1, 1, 0, 1), "suit_direct": (0, 1, 1, 0)},
    claims=[
        C("全年收到政府信息公开申请16件", "16", "requests.received", "consistent", "t3.new.total 16"),
        C("办结16件", "16", "requests.closed", "consistent", "t3.results_total.total 16"),
        C("被申请行政复议3件", "3", "appeals.review", "consistent", "t4.review.total 3"),
        C("其中复议维持1件", "1", "appeals.review", "consistent", "part: t4.review.upheld 1"),
        C("撤销1件", "1", "appeals.corrected", "safe", "a decision revoking the answer: corrected 1", ideal="consistent"),
        C("仍在审理中1件", "1", "appeals.review", "safe", "pending 1", ideal="consistent"),
        C("被提起行政诉讼2件", "2", "appeals.suit", "consistent", "t4 suits 2 + 0"),
        C("驳回起诉1件", "1", "appeals.suit", "safe", "a suit dismissed (其他结果 1)", ideal="consistent"),
        C("我局败诉1件", "1", "appeals.corrected", "safe", "a suit lost: the suits' corrected 1", ideal="consistent"),
    ])

# 38 an application answered by title, titles with counts of applications (html)
doc(n=38, set="after", template=2021, agency="平湖市自然资源和规划局", year=2023, layout="html",
    overview="2023年，我局" + FILL[2] + "全年收到政府信息公开申请12件。制定《关于规范办理3件以上同一申请人政府信息公开申请的通知》。",
    requests="办结12件，其中予以公开5件，部分公开2件，本机关不掌握相关政府信息4件，其他处理1件。对《关于张某等7人政府信息公开申请的答复》等答复文书开展评查。",
    appeals="本年度被申请行政复议1件，维持。",
    t2={"normative": (1, 0, 5)},
    t3={"new": 12, "granted": 5, "partial": 2, "unavailable.not_held": 4, "other_handling.other": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请12件", "12", "requests.received", "consistent", "t3.new.total 12"),
        C("办理3件以上同一申请人政府信息公开申请", "3", "other", "safe", "inside a quoted title"),
        C("办结12件", "12", "requests.closed", "consistent", "t3.results_total.total 12"),
        C("予以公开5件", "5", "requests.closed", "consistent", "part: t3.granted.total 5"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("本机关不掌握相关政府信息4件", "4", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 4"),
        C("张某等7人政府信息公开申请", "7", "other", "safe", "inside a quoted title: persons"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 39 an erratum in other words (勘误, 应为) (cells)
doc(n=39, set="after", template=2021, agency="桐乡市卫生健康局", year=2022, layout="cells",
    chrome={"head": ["勘误：第三部分“本机关不掌握相关政府信息5件”应为“本机关不掌握相关政府信息4件”，“予以公开7件”应为“予以公开8件”。"]},
    overview="2022年，我局" + FILL[3] + "全年收到政府信息公开申请14件。",
    requests="办结14件，其中予以公开8件，部分公开1件，本机关不掌握相关政府信息4件，重复申请1件。",
    appeals="本年度未发生行政复议、行政诉讼。",
    t2={"normative": (0, 0, 2)},
    t3={"new": 14, "granted": 8, "partial": 1, "unavailable.not_held": 4, "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("不掌握相关政府信息5件”应为", "5", "requests.closed", "safe", "the wrong value an erratum quotes"),
        C("应为“本机关不掌握相关政府信息4件”", "4", "requests.closed", "safe", "the right value", ideal="consistent"),
        C("“予以公开7件”", "7", "requests.closed", "safe", "the wrong value"),
        C("应为“予以公开8件”", "8", "requests.closed", "safe", "the right value", ideal="consistent"),
        C("全年收到政府信息公开申请14件", "14", "requests.received", "consistent", "t3.new.total 14"),
        C("办结14件", "14", "requests.closed", "consistent", "t3.results_total.total 14"),
        C("其中予以公开8件", "8", "requests.closed", "consistent", "part: t3.granted.total 8"),
        C("，本机关不掌握相关政府信息4件，", "4", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 4"),
    ])

# 40 the same number for received and answered with carried-in; 本系统 and 局属单位 (pipe)
doc(n=40, set="after", template=2021, agency="海宁市交通运输局", year=2025, layout="pipe",
    overview="2025年，我局" + FILL[0] + "全年共收到并答复政府信息公开申请17件，另有上年结转的1件已于1月办结。全市交通运输系统（含局属3家事业单位）共收到申请29件。",
    requests="全年共办结18件，其中予以公开10件，部分公开2件，本机关不掌握相关政府信息5件，信访举报投诉类申请1件。",
    appeals="本年度被申请行政复议0件，被提起行政诉讼1件，尚未审结。",
    t2={"normative": (0, 0, 3)},
    t3={"new": 17, "carried_in": 1, "granted": 10, "partial": 2, "unavailable.not_held": 5,
        "not_processed.complaint": 1},
    t4={"suit_direct": (0, 0, 0, 1)},
    claims=[
        C("收到并答复政府信息公开申请17件", "17", "requests.received", "safe", "new 17 all answered; the closed 18 with the carried-in", ideal="consistent"),
        C("上年结转的1件", "1", "other", "safe", "the carried-in, closed"),
        C("共收到申请29件", "29", "requests.received", "safe", "the city's system with units", ideal="not_comparable"),
        C("全年共办结18件", "18", "requests.closed", "consistent", "t3.results_total.total 18"),
        C("予以公开10件", "10", "requests.closed", "consistent", "part: t3.granted.total 10"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("本机关不掌握相关政府信息5件", "5", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 5"),
        C("被申请行政复议0件", "0", "appeals.review", "consistent", "t4.review.total 0"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "consistent", "t4 suits 1 + 0"),
    ])


# ---- a second round of probes (set "after"): written after the probe fixes above

# 41 bare older titles in the page's head before the report's own; an older report appended as 附件2 (pipe)
doc(n=41, set="after", template=2021, agency="慈溪市民政局", year=2022, layout="pipe",
    chrome={"head": ["慈溪市民政局2021年政府信息公开工作年度报告", "慈溪市民政局2020年政府信息公开工作年度报告"]},
    overview="2022年，我局" + FILL[0] + "全年收到政府信息公开申请9件，办结9件。",
    requests="予以公开5件，部分公开1件，本机关不掌握相关政府信息3件。",
    appeals="本年度被申请行政复议1件，维持。",
    t2={"normative": (0, 0, 3)},
    t3={"new": 9, "granted": 5, "partial": 1, "unavailable.not_held": 3},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请9件", "9", "requests.received", "consistent", "t3.new.total 9"),
        C("办结9件", "9", "requests.closed", "consistent", "t3.results_total.total 9"),
        C("予以公开5件", "5", "requests.closed", "consistent", "part: t3.granted.total 5"),
        C("本机关不掌握相关政府信息3件", "3", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 3"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ],
    then={"raw": "附件2：慈溪市民政局2017年政府信息公开工作年度报告\n一、概述\n全年共受理政府信息公开申请4件，同意公开3件，信息不存在1件。\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n发生行政复议案件3件。\n",
          "claims": [
              C("全年共受理政府信息公开申请4件", "4", "requests.received", "safe", "2017's", ideal="not_comparable"),
              C("同意公开3件", "3", "requests.closed", "safe", "2017's (the 2022 granted 5)", ideal="not_comparable"),
              C("发生行政复议案件3件", "3", "appeals.review", "safe", "2017's (the 2022 review 1)", ideal="not_comparable"),
          ]})

# 42 a paragraph opened by last year in Chinese numerals and by 去年 (cells)
doc(n=42, set="after", template=2021, agency="余姚市文化广电旅游局", year=2023, layout="cells",
    overview="二〇二二年，我局坚持以公开为常态。全年共收到政府信息公开申请11件，予以公开6件。",
    proactive="去年，我局制发行政规范性文件3件。本年制发行政规范性文件1件。",
    requests="本年度收到政府信息公开申请14件，办结14件。其中予以公开8件，部分公开2件，本机关不掌握相关政府信息4件。",
    appeals="本年度未发生行政复议、行政诉讼。",
    t2={"normative": (1, 0, 6)},
    t3={"new": 14, "granted": 8, "partial": 2, "unavailable.not_held": 4},
    t4={},
    claims=[
        C("全年共收到政府信息公开申请11件", "11", "requests.received", "safe", "a paragraph opened by 二〇二二年", ideal="not_comparable"),
        C("，予以公开6件。", "6", "requests.closed", "safe", "the same paragraph", ideal="not_comparable"),
        C("我局制发行政规范性文件3件", "3", "proactive.normative", "safe", "去年's", ideal="not_comparable"),
        C("本年制发行政规范性文件1件", "1", "proactive.normative", "consistent", "t2.normative.issued 1"),
        C("本年度收到政府信息公开申请14件", "14", "requests.received", "consistent", "t3.new.total 14"),
        C("办结14件", "14", "requests.closed", "consistent", "t3.results_total.total 14"),
        C("其中予以公开8件", "8", "requests.closed", "consistent", "part: t3.granted.total 8"),
        C("本机关不掌握相关政府信息4件", "4", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 4"),
    ])

# 43 the carried-in and the new summed with their own counts and with 与/加 (pipe)
doc(n=43, set="after", template=2021, agency="象山县交通运输局", year=2024, layout="pipe",
    overview="2024年，我局" + FILL[1] + "上年结转的2件和本年新收的18件共20件，上年结转加本年新收合计20件，均已办理。",
    requests="办结19件，结转下年度继续办理1件。其中予以公开9件，部分公开3件，本机关不掌握相关政府信息6件，重复申请1件。",
    appeals="本年度被申请行政复议1件，维持。",
    t2={"normative": (0, 0, 2)},
    t3={"new": 18, "carried_in": 2, "carried_out": 1, "granted": 9, "partial": 3, "unavailable.not_held": 6,
        "not_processed.duplicate": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("上年结转的2件", "2", "requests.received", "consistent", "carried-in part 2"),
        C("本年新收的18件", "18", "requests.received", "consistent", "t3.new.total 18"),
        C("的18件共20件", "20", "requests.received", "safe", "2 + 18", ideal="consistent"),
        C("上年结转加本年新收合计20件", "20", "requests.received", "safe", "carried_in 2 + new 18", ideal="consistent"),
        C("办结19件", "19", "requests.closed", "consistent", "t3.results_total.total 19"),
        C("予以公开9件", "9", "requests.closed", "consistent", "part: t3.granted.total 9"),
        C("本机关不掌握相关政府信息6件", "6", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 6"),
        C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
    ])

# 44 consultations and visits in other words (信息公开咨询, 现场查阅, 人次) (cells)
doc(n=44, set="after", template=2021, agency="奉化区自然资源和规划分局", year=2022, layout="cells",
    overview="2022年，我局" + FILL[2] + "全年收到政府信息公开申请8件。受理政府信息公开咨询42件，接待群众现场查阅政府信息56人次，电话答复依申请公开相关问题31次。",
    requests="办结8件，其中予以公开4件，本机关不掌握相关政府信息3件，重复申请1件。",
    appeals="本年度未发生行政复议、行政诉讼。",
    t2={"normative": (0, 0, 1)},
    t3={"new": 8, "granted": 4, "unavailable.not_held": 3, "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请8件", "8", "requests.received", "consistent", "t3.new.total 8"),
        C("受理政府信息公开咨询42件", "42", "other", "safe", "consultations"),
        C("现场查阅政府信息56人次", "56", "other", "safe", "visits"),
        C("依申请公开相关问题31次", "31", "other", "safe", "calls answered"),
        C("办结8件", "8", "requests.closed", "consistent", "t3.results_total.total 8"),
        C("予以公开4件", "4", "requests.closed", "consistent", "part: t3.granted.total 4"),
    ])

# 45 corrections of reviews and suits in other words (复议被撤销, 法院判决撤销, 败诉率) (pipe)
doc(n=45, set="after", template=2021, agency="上虞区综合行政执法局", year=2023, layout="pipe",
    overview="2023年，我局" + FILL[3] + "全年收到政府信息公开申请19件，办结19件。",
    requests="予以公开10件，部分公开2件，本机关不掌握相关政府信息6件，重复申请1件。",
    appeals="本年度被申请行政复议2件，其中复议被撤销1件、维持1件；被提起行政诉讼1件，被法院判决撤销1件，行政诉讼败诉率为100%。",
    t2={"normative": (0, 0, 2)},
    t3={"new": 19, "granted": 10, "partial": 2, "unavailable.not_held": 6, "not_processed.duplicate": 1},
    t4={"review": (1, 1, 0, 0), "suit_direct": (0, 1, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请19件", "19", "requests.received", "consistent", "t3.new.total 19"),
        C("被申请行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
        C("复议被撤销1件", "1", "appeals.corrected", "safe", "review corrected 1", ideal="consistent"),
        C("、维持1件", "1", "appeals.review", "consistent", "part: t4.review.upheld 1"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "consistent", "t4 suits 1 + 0"),
        C("被法院判决撤销1件", "1", "appeals.corrected", "safe", "suit corrected 1", ideal="consistent"),
        C("败诉率为100%", "100", "other", "safe", "a rate", value=1.0),
    ])

# 46 titles of answers and notices holding counts (《关于对3件重复申请不予处理的告知书》, 15份) (html)
doc(n=46, set="after", template=2021, agency="镇海区卫生健康局", year=2024, layout="html",
    overview="2024年，我局" + FILL[0] + "全年收到政府信息公开申请12件，办结12件。",
    requests="予以公开7件，部分公开2件，本机关不掌握相关政府信息2件，重复申请1件。印发《关于对3件重复申请不予处理的告知书》，全年制作《政府信息公开申请答复书》15份。",
    appeals="本年度未发生行政复议、行政诉讼。",
    t2={"normative": (0, 0, 4)},
    t3={"new": 12, "granted": 7, "partial": 2, "unavailable.not_held": 2, "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请12件", "12", "requests.received", "consistent", "t3.new.total 12"),
        C("办结12件", "12", "requests.closed", "consistent", "t3.results_total.total 12"),
        C("，重复申请1件。", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("关于对3件重复申请不予处理", "3", "other", "safe", "inside a quoted title"),
        C("答复书》15份", "15", "other", "safe", "answers written (份), not applications"),
    ])

# 47 a correction in other words (原稿…已修订; 系笔误) (cells)
doc(n=47, set="after", template=2021, agency="北仑区商务局", year=2022, layout="cells",
    chrome={"head": ["（原稿“办结申请20件”，已修订）", "说明：此前发布版本中“收到申请23件”系笔误，以本版为准。"]},
    overview="2022年，我局" + FILL[1] + "全年收到政府信息公开申请21件，办结21件。",
    requests="其中予以公开11件，部分公开3件，本机关不掌握相关政府信息7件。",
    appeals="本年度未发生行政复议、行政诉讼。",
    t2={"normative": (0, 0, 1)},
    t3={"new": 21, "granted": 11, "partial": 3, "unavailable.not_held": 7},
    t4={},
    claims=[
        C("原稿“办结申请20件”", "20", "requests.closed", "safe", "the wrong value first published"),
        C("“收到申请23件”系笔误", "23", "requests.received", "safe", "the wrong value first published"),
        C("全年收到政府信息公开申请21件", "21", "requests.received", "consistent", "t3.new.total 21"),
        C("办结21件", "21", "requests.closed", "consistent", "t3.results_total.total 21"),
        C("其中予以公开11件", "11", "requests.closed", "consistent", "part: t3.granted.total 11"),
    ])

# 48 another report quoted in section 五 (《…年度报告》显示, 据上年度年报) (pipe)
doc(n=48, set="after", template=2021, agency="江北区城市管理局", year=2023, layout="pipe",
    overview="2023年，我局" + FILL[2] + "全年收到政府信息公开申请10件，办结10件。",
    requests="予以公开6件，本机关不掌握相关政府信息3件，重复申请1件。",
    appeals="本年度被申请行政复议1件，维持。",
    problems="上年度报告显示，当年收到申请7件，被申请行政复议3件；据上年度年报，依申请公开答复存在不规范问题，本年已整改。",
    t2={"normative": (0, 0, 3)},
    t3={"new": 10, "granted": 6, "unavailable.not_held": 3, "not_processed.duplicate": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请10件", "10", "requests.received", "consistent", "t3.new.total 10"),
        C("办结10件", "10", "requests.closed", "consistent", "t3.results_total.total 10"),
        C("本年度被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("当年收到申请7件", "7", "requests.received", "safe", "last year's, quoted from its report", ideal="not_comparable"),
        C("，被申请行政复议3件", "3", "appeals.review", "safe", "last year's", ideal="not_comparable"),
    ])

# 49 the whole system and the agency with its units in other words (cells)
doc(n=49, set="after", template=2021, agency="鄞州区民政局", year=2025, layout="cells",
    overview="2025年，我局" + FILL[3] + "市县两级民政部门共收到申请85件。本局收到政府信息公开申请11件，办结11件。",
    requests="予以公开6件，部分公开1件，本机关不掌握相关政府信息4件。",
    appeals="本年度被申请行政复议0件。",
    t2={"normative": (0, 0, 2)},
    t3={"new": 11, "granted": 6, "partial": 1, "unavailable.not_held": 4},
    t4={},
    claims=[
        C("民政部门共收到申请85件", "85", "requests.received", "safe", "two levels of bodies", ideal="not_comparable"),
        C("本局收到政府信息公开申请11件", "11", "requests.received", "consistent", "t3.new.total 11"),
        C("办结11件", "11", "requests.closed", "consistent", "t3.results_total.total 11"),
        C("予以公开6件", "6", "requests.closed", "consistent", "part: t3.granted.total 6"),
        C("被申请行政复议0件", "0", "appeals.review", "consistent", "t4.review.total 0"),
    ])

# 50 万 and multiples (1万多件, 近1.1万件, 增长1.5倍) (cells)
doc(n=50, set="after", template=2021, agency="温州市人力资源和社会保障局", year=2024, layout="cells",
    overview="2024年，我局" + FILL[0] + "全年收到政府信息公开申请1万多件，较上年增长1.5倍，办结近1.1万件。",
    requests="其中予以公开6000件，部分公开1500件，本机关不掌握相关政府信息3000件。",
    appeals="本年度被申请行政复议12件，被提起行政诉讼3件。",
    t2={"normative": (2, 1, 20)},
    t3={"new": 10500, "granted": 6000, "partial": 1500, "unavailable.not_held": 3000},
    t4={"review": (10, 1, 0, 1), "suit_direct": (2, 0, 0, 1)},
    claims=[
        C("申请1万多件", "1", "requests.received", "safe", "1万多 beside 10500", value=10000, ideal="consistent"),
        C("增长1.5倍", "1.5", "other", "safe", "a multiple"),
        C("办结近1.1万件", "1.1", "requests.closed", "safe", "近1.1万 beside 10500", value=11000, ideal="consistent"),
        C("其中予以公开6000件", "6000", "requests.closed", "consistent", "part: t3.granted.total 6000"),
        C("被申请行政复议12件", "12", "appeals.review", "consistent", "t4.review.total 12"),
        C("被提起行政诉讼3件", "3", "appeals.suit", "consistent", "t4 suits 3 + 0"),
    ])
