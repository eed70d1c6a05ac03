"""The verdicts19 documents: prose, tables, page chrome and hand-judged claims (see make.py, README.md).

Shapes as data, as verdicts18's docs_spec.py writes them: `template` 2019 (verdicts15's renderer) or
2021 (verdicts17's); t3 rows as an int (all 自然人) or six cells, results_total computed; `damage`
replaces a t3 cell's text; t4 groups as (upheld, corrected, other, pending); `chrome` the saved page
around the report. Added here (make.py applies them, in this order): `replace` (pairs of text, e.g. a
heading that names the wrong year), `org_subtotal` (a 合计 column of the five organisation columns
inserted before 总计 in a pipe table 三, as some agencies add it), `fullwidth` (every ASCII digit and
% of the document fullwidth, as a Word file saved with fullwidth numerals gives it).

Claim `expect`: "consistent" (the agency's own count for the report year, like for like, and the
table says the same), "inconsistent" (a true contradiction: the agency's own total or part for the
report year, every compared cell read clean from the source) or "safe" (must never be
`inconsistent`); `ideal` the verdict SCHEMA §4 prefers for a safe claim where it has one.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from verdict_sets import C  # noqa: E402  (one claim constructor for verdicts15, 17, 18 and 19)

FILL = [
    "坚持以公开为常态、不公开为例外,认真贯彻落实《中华人民共和国政府信息公开条例》,持续推进决策、执行、管理、服务、结果公开。",
    "健全政府信息公开工作机制,落实保密审查责任,做到应公开尽公开。",
    "加强政府信息管理,动态更新主动公开目录和公开指南。",
    "规范依申请公开办理流程,严格按照法定时限答复申请人。",
]
PROB = "存在的主要问题:公开内容的深度和解读的针对性还需加强。改进措施:加强业务培训,提高公开质量。"


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


# 01 a county government's summary report: its table 三 and 四 are the whole county's (汇总), the
# prose names the government's own share (县政府本级) and the county's parts (html, chrome)
doc(n=1, template=2021, agency="安吉县人民政府", year=2022, layout="html",
    overview="2022年,全县" + FILL[0] + "全年全县各级行政机关共收到政府信息公开申请156件,其中县政府本级收到12件,各乡镇(街道)收到38件,县级各部门收到106件。全县主动公开政府信息3.6万条。",
    proactive="县政府本级全年发布政策解读材料85篇,召开新闻发布会14场。",
    requests="本部分表格为全县各级行政机关的汇总数据。全县共办结申请158件,结转下年度继续办理4件;县政府本级办结11件。",
    appeals="全县因政府信息公开引发行政复议4件、行政诉讼2件;其中以县政府为被申请人的行政复议1件,结果维持。",
    t2={"normative": (8, 2, 65)},
    t3={"new": (120, 30, 0, 2, 4, 0), "carried_in": 6, "carried_out": 4,
        "granted": (60, 16, 0, 1, 3, 0), "partial": (14, 6, 0, 0, 0, 0), "denied.third_party": 4,
        "unavailable.not_held": (30, 8, 0, 1, 1, 0), "not_processed.complaint": 6, "not_processed.duplicate": 4,
        "other_handling.other": 4},
    t4={"review": (3, 1, 0, 0), "suit_direct": (1, 0, 0, 1)},
    chrome={"related": ["安吉县2021年政府信息公开工作年度报告(全县收到申请132件)",
                        "安吉县人民政府办公室2022年政府信息公开工作年度报告"],
            "prev": "安吉县递铺街道2022年政府信息公开工作年度报告(收到申请3件)"},
    claims=[
        C("全县各级行政机关共收到政府信息公开申请156件", "156", "requests.received", "safe", "the county's total; the summary table agrees, but the scope is the whole county", ideal="not_comparable"),
        C("其中县政府本级收到12件", "12", "requests.received", "safe", "the government's own share of a summary table (t3.new.total 156 is the county's)", ideal="not_comparable"),
        C("各乡镇(街道)收到38件", "38", "requests.received", "safe", "townships' share", ideal="not_comparable"),
        C("县级各部门收到106件", "106", "requests.received", "safe", "departments' share", ideal="not_comparable"),
        C("主动公开政府信息3.6万条", "3.6", "proactive.items", "safe", "items, whole county", value=36000),
        C("全县共办结申请158件", "158", "requests.closed", "safe", "the county's closed; the summary table agrees", ideal="not_comparable"),
        C("结转下年度继续办理4件", "4", "other", "safe", "carried out"),
        C("县政府本级办结11件", "11", "requests.closed", "safe", "the government's own share (table 158 is the county's)", ideal="not_comparable"),
        C("引发行政复议4件", "4", "appeals.review", "safe", "the county's reviews; the summary t4 agrees", ideal="not_comparable"),
        C("行政诉讼2件;", "2", "appeals.suit", "safe", "the county's suits; the summary t4 agrees", ideal="not_comparable"),
        C("以县政府为被申请人的行政复议1件", "1", "appeals.review", "safe", "the government's share of the county's reviews (t4.review.total 4)", ideal="not_comparable"),
        C("(全县收到申请132件)", "132", "requests.received", "safe", "page chrome: the 2021 report"),
        C("(收到申请3件)", "3", "requests.received", "safe", "page chrome: 上一篇, a sub-district"),
        C("召开新闻发布会14场", "14", "proactive.press_conferences", "safe", "no counterpart"),
    ])

# 02 a department whose tables cover itself and its units (本部门及所属单位), said in the prose (pipe)
doc(n=2, template=2021, agency="宁波市教育局", year=2023, layout="pipe",
    overview="2023年,我局" + FILL[1] + "本报告第三、四部分表格的统计范围为市教育局机关及所属单位。全年市教育局机关及所属单位共收到政府信息公开申请12件,其中局机关收到7件,局属学校收到5件。",
    proactive="本年制发行政规范性文件3件,废止1件,现行有效28件。",
    requests="按申请人类型分,自然人申请10件,商业企业申请1件,法律服务机构申请1件。办理结果为:予以公开6件、部分公开2件、本机关不掌握相关政府信息3件、重复申请1件。全部申请均按期办结,办结率100%,平均答复时间为6.5个工作日。",
    appeals="本年度因政府信息公开被申请行政复议0件、提起行政诉讼0件。",
    t2={"normative": (3, 1, 28)},
    t3={"new": (10, 1, 0, 0, 1, 0), "granted": (5, 1, 0, 0, 0, 0), "partial": 2,
        "unavailable.not_held": (2, 0, 0, 0, 1, 0), "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("局机关及所属单位共收到政府信息公开申请12件", "12", "requests.received", "consistent", "the table covers the agency and its units, as the prose does: t3.new.total 12"),
        C("其中局机关收到7件", "7", "requests.received", "safe", "the agency's own share of a table that includes units", ideal="unverifiable"),
        C("局属学校收到5件", "5", "requests.received", "safe", "units' share"),
        C("本年制发行政规范性文件3件", "3", "proactive.normative", "consistent", "t2.normative.issued 3"),
        C("废止1件", "1", "other", "safe", "repealed"),
        C("现行有效28件", "28", "other", "safe", "in force"),
        C("自然人申请10件", "10", "requests.received", "consistent", "part: t3.new.natural 10"),
        C("商业企业申请1件", "1", "requests.received", "consistent", "part: t3.new.commercial 1"),
        C("法律服务机构申请1件", "1", "requests.received", "consistent", "part: t3.new.legal 1"),
        C("予以公开6件", "6", "requests.closed", "consistent", "part: t3.granted.total 6"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("本机关不掌握相关政府信息3件", "3", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 3"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("办结率100%", "100", "other", "safe", "a rate", value=1.0),
        C("6.5个工作日", "6.5", "other", "safe", "an average time"),
        C("被申请行政复议0件", "0", "appeals.review", "consistent", "t4.review.total 0"),
        C("提起行政诉讼0件", "0", "appeals.suit", "consistent", "t4 suits 0 + 0"),
    ])

# 03 numbers in Chinese characters; a true contradiction on received (cells)
doc(n=3, template=2019, agency="杭州市拱墅区市场监督管理局", year=2019, layout="cells",
    overview="2019年,我局" + FILL[2] + "全年共收到政府信息公开申请十五件,比上年增加五件,申请内容涉及食品安全、价格监管等十余个领域。",
    proactive="全年主动公开行政处罚决定书四百余份。",
    requests="本年度办结政府信息公开申请十三件。其中予以公开八件,无法提供两件,不予处理三件。",
    appeals="全年因政府信息公开被申请行政复议一件,经复议维持原答复。",
    t2={"normative": (0, 0, 3)},
    t3={"new": 13, "granted": 8, "unavailable.not_held": 2, "not_processed.complaint": 2, "not_processed.duplicate": 1},
    t4={"review": (1, 0, 0, 0)},
    claims=[
        C("全年共收到政府信息公开申请十五件", "十五", "requests.received", "inconsistent", "own received total 2019 in characters; t3.new.total 13, carried_in 0, results 13: no reading gives 15", value=15),
        C("比上年增加五件", "五", "other", "safe", "a change", value=5),
        C("十余个领域", "十", "other", "safe", "fields of the requests, not a count of them", value=10),
        C("行政处罚决定书四百余份", "四百", "proactive.items", "safe", "items", value=400),
        C("办结政府信息公开申请十三件", "十三", "requests.closed", "consistent", "t3.results_total.total 13", value=13),
        C("其中予以公开八件", "八", "requests.closed", "consistent", "part: t3.granted.total 8", value=8),
        C("无法提供两件", "两", "requests.closed", "consistent", "part: the unavailable group 2", value=2),
        C("不予处理三件", "三", "requests.closed", "consistent", "part: the not_processed group 3", value=3),
        C("被申请行政复议一件", "一", "appeals.review", "consistent", "t4.review.total 1", value=1),
    ])

# 04 the carried-in beside the new, summed in prose; late answers, withdrawals, 其他处理 rows (pdf)
doc(n=4, template=2021, agency="温州市鹿城区人力资源和社会保障局", year=2021, layout="pdf",
    overview="2021年,我局" + FILL[3] + "本年新收政府信息公开申请23件,上年结转2件,共计25件。",
    proactive="全年主动公开就业创业、社会保险等政府信息1,268条。",
    requests="全年办结24件,结转下年度继续办理1件,上年结转的2件申请均已办结。办理结果中,予以公开11件,部分公开3件,属于四类过程性信息不予公开1件,本机关不掌握相关政府信息5件,没有现成信息需要另行制作1件;因申请人无正当理由逾期不补正,不再处理2件;申请人主动撤回申请1件。本年度超期答复0件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (1, 0, 9)},
    t3={"new": 23, "carried_in": 2, "carried_out": 1, "granted": 11, "partial": 3, "denied.process": 1,
        "unavailable.not_held": 5, "unavailable.needs_creation": 1, "other_handling.no_supplement": 2,
        "other_handling.other": 1},
    t4={},
    claims=[
        C("本年新收政府信息公开申请23件", "23", "requests.received", "consistent", "t3.new.total 23"),
        C("上年结转2件,共计", "2", "requests.received", "consistent", "carried-in as a part (t3.carried_in.total 2; C10)"),
        C("共计25件", "25", "requests.received", "consistent", "new 23 + carried_in 2, named in the sentence"),
        C("全年办结24件", "24", "requests.closed", "consistent", "t3.results_total.total 24"),
        C("结转下年度继续办理1件", "1", "other", "safe", "carried out"),
        C("上年结转的2件申请均已办结", "2", "other", "safe", "the carried-in share of the closed"),
        C("予以公开11件", "11", "requests.closed", "consistent", "part: t3.granted.total 11"),
        C("部分公开3件", "3", "requests.closed", "consistent", "part: t3.partial.total 3"),
        C("本机关不掌握相关政府信息5件", "5", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 5"),
        C("没有现成信息需要另行制作1件", "1", "requests.closed", "consistent", "part: t3.unavailable.needs_creation.total 1"),
        C("不再处理2件", "2", "requests.closed", "consistent", "part: t3.other_handling.no_supplement.total 2"),
        C("申请人主动撤回申请1件", "1", "requests.closed", "safe", "withdrawn: counted in 3.其他 (1), but the template has no withdrawal row", ideal="unverifiable"),
        C("本年度超期答复0件", "0", "other", "safe", "late answers"),
        C("政府信息1,268条", "1,268", "proactive.items", "safe", "items"),
    ])

# 05 a big city's bureau: counts in 万, thousands with commas, rates; a rounded 万 (html, chrome)
doc(n=5, template=2019, agency="杭州市公安局", year=2020, layout="html",
    overview="2020年,市公安局" + FILL[0] + "全年共收到政府信息公开申请1.2万余件,同比增长12.5%,其中自然人申请占比96.3%。全年受理交通违法查询类咨询5.6万件。",
    proactive="全年主动公开政府信息2.3万条。",
    requests="全年共办结1.24万件,办结率100%。其中,予以公开7,215件,本机关不掌握相关政府信息2,633件,结转下年度继续办理98件。",
    appeals="全年因政府信息公开被申请行政复议5件,其中维持3件、纠正1件、尚未审结1件;被提起行政诉讼4件,其中直接起诉3件、复议后起诉1件。",
    t2={"normative": (4, 4, 61)},
    t3={"new": (11890, 402, 3, 5, 46, 0), "carried_in": 120, "carried_out": 98,
        "granted": (7000, 180, 2, 3, 30, 0), "partial": (900, 60, 0, 0, 6, 0), "denied.third_party": (300, 10, 0, 0, 0, 0),
        "denied.enforcement": 100, "unavailable.not_held": (2500, 120, 1, 2, 10, 0),
        "not_processed.complaint": (600, 20, 0, 0, 0, 0), "not_processed.duplicate": (300, 12, 0, 0, 0, 0),
        "other_handling": 212},
    t4={"review": (3, 1, 0, 1), "suit_direct": (2, 0, 0, 1), "suit_after_review": (1, 0, 0, 0)},
    chrome={"related": ["杭州市2020年政府信息公开工作年度报告:全市共收到申请2.8万件"],
            "side": ["政务服务热线:本月受理群众来电3,215件"]},
    claims=[
        C("收到政府信息公开申请1.2万余件", "1.2", "requests.received", "consistent", "t3.new.total 12346 (1.2万余: over 12000)", value=12000),
        C("同比增长12.5%", "12.5", "other", "safe", "a change", value=0.125),
        C("自然人申请占比96.3%", "96.3", "other", "safe", "a share", value=0.963),
        C("查询类咨询5.6万件", "5.6", "other", "safe", "another procedure", value=56000),
        C("主动公开政府信息2.3万条", "2.3", "proactive.items", "safe", "items", value=23000),
        C("全年共办结1.24万件", "1.24", "requests.closed", "safe", "1.24万 is 12368 (t3.results_total.total) rounded to the 万's two decimals: no contradiction", value=12400, ideal="consistent"),
        C("办结率100%", "100", "other", "safe", "a rate", value=1.0),
        C("予以公开7,215件", "7,215", "requests.closed", "consistent", "part: t3.granted.total 7215"),
        C("本机关不掌握相关政府信息2,633件", "2,633", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 2633"),
        C("结转下年度继续办理98件", "98", "other", "safe", "carried out"),
        C("被申请行政复议5件", "5", "appeals.review", "consistent", "t4.review.total 5"),
        C("其中维持3件", "3", "appeals.review", "consistent", "part: t4.review.upheld 3"),
        C("纠正1件、尚未", "1", "appeals.corrected", "consistent", "part: t4.review.corrected 1 (suits' corrected 0)"),
        C("尚未审结1件", "1", "appeals.review", "consistent", "part: t4.review.pending 1"),
        C("被提起行政诉讼4件", "4", "appeals.suit", "consistent", "t4 suits 3 + 1"),
        C("其中直接起诉3件", "3", "appeals.suit", "consistent", "part: t4.suit_direct.total 3"),
        C("复议后起诉1件", "1", "appeals.suit", "consistent", "part: t4.suit_after_review.total 1"),
        C("全市共收到申请2.8万件", "2.8", "requests.received", "safe", "page chrome: the city's report", value=28000),
        C("本月受理群众来电3,215件", "3,215", "other", "safe", "page chrome: a side box"),
    ])

# 06 fullwidth digits in the prose; a true contradiction on 予以公开 (cells)
doc(n=6, template=2021, agency="绍兴市越城区卫生健康局", year=2022, layout="cells",
    overview="２０２２年,我局" + FILL[1] + "全年共收到政府信息公开申请１９件,均已按期办结,办结率１００％。",
    proactive="主动公开医疗卫生、疾病防控等信息４６２条。",
    requests="办理结果:予以公开１０件,部分公开２件,本机关不掌握相关政府信息６件,信访举报投诉类申请１件,其他处理２件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (2, 0, 14)},
    t3={"new": 19, "granted": 8, "partial": 2, "unavailable.not_held": 6, "not_processed.complaint": 1,
        "other_handling.other": 2},
    t4={},
    claims=[
        C("收到政府信息公开申请１９件", "１９", "requests.received", "consistent", "t3.new.total 19", value=19),
        C("办结率１００％", "１００", "other", "safe", "a rate", value=1.0),
        C("信息４６２条", "４６２", "proactive.items", "safe", "items", value=462),
        C("予以公开１０件", "１０", "requests.closed", "inconsistent", "part: t3.granted.total 8, clean", value=10),
        C("部分公开２件", "２", "requests.closed", "consistent", "part: t3.partial.total 2", value=2),
        C("本机关不掌握相关政府信息６件", "６", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 6", value=6),
        C("信访举报投诉类申请１件", "１", "requests.closed", "consistent", "part: t3.not_processed.complaint.total 1", value=1),
        C("其他处理２件", "２", "requests.closed", "consistent", "part: the 2021 other_handling group 2", value=2),
    ])

# 07 Traditional; the agency and its units in one table; prose summing two rows (pipe)
doc(n=7, template=2019, agency="台州市自然资源和规划局", year=2019, layout="pipe", traditional=True,
    overview="2019年,我局" + FILL[2] + "本局及所属单位共收到政府信息公开申请21件,其中局本级收到14件,所属事业单位收到7件。",
    proactive="本年新制作规范性文件2件,新公开2件。",
    requests="予以公开和部分公开的共12件,不予公开和无法提供的共5件;重复申请2件,其他处理2件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (2, 2, 23)},
    t3={"new": 21, "granted": 9, "partial": 3, "denied.internal": 1, "unavailable.not_held": 4,
        "not_processed.duplicate": 2, "other_handling": 2},
    t4={},
    claims=[
        C("本局及所属单位共收到政府信息公开申请21件", "21", "requests.received", "consistent", "the table covers the agency and its units: t3.new.total 21"),
        C("其中局本级收到14件", "14", "requests.received", "safe", "the agency's own share", ideal="unverifiable"),
        C("所属事业单位收到7件", "7", "requests.received", "safe", "units' share"),
        C("本年新制作规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.made 2"),
        C("予以公开和部分公开的共12件", "12", "requests.closed", "safe", "granted 9 + partial 3: two rows summed", ideal="consistent"),
        C("不予公开和无法提供的共5件", "5", "requests.closed", "safe", "denied 1 + unavailable 4: two groups summed", ideal="consistent"),
        C("重复申请2件", "2", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 2"),
        C("其他处理2件", "2", "requests.closed", "consistent", "part: t3.other_handling.total 2"),
    ])

# 08 a heading that names the year before by mistake (the report of 2023 titled 2022); the
# comparison with 2022 must not be read as the report year (html, chrome)
doc(n=8, template=2021, agency="嘉兴市秀洲区民政局", year=2023, layout="html",
    replace=[("嘉兴市秀洲区民政局2023年政府信息公开工作年度报告", "嘉兴市秀洲区民政局2022年政府信息公开工作年度报告")],
    overview="2023年,我局" + FILL[3] + "2023年,我局共收到政府信息公开申请11件,较2022年的8件增加3件;另有上年结转申请1件。",
    proactive="全年主动公开社会救助、养老服务等信息327条。",
    requests="本年度办结11件,结转下年度继续办理1件。",
    appeals="全年被申请行政复议1件,结果维持。",
    t2={"normative": (1, 0, 6)},
    t3={"new": 11, "carried_in": 1, "carried_out": 1, "granted": 6, "partial": 1, "unavailable.not_held": 3,
        "not_processed.complaint": 1},
    t4={"review": (1, 0, 0, 0)},
    chrome={"prev": "嘉兴市秀洲区民政局2022年政府信息公开工作年度报告(收到申请8件)",
            "related": ["秀洲区2023年政府信息公开工作年度报告"]},
    claims=[
        C("我局共收到政府信息公开申请11件", "11", "requests.received", "consistent", "t3.new.total 11 (the report is of 2023: its period and its prose say so; the heading's 2022 is a slip)"),
        C("较2022年的8件", "8", "requests.received", "safe", "the year before", ideal="not_comparable"),
        C("增加3件", "3", "other", "safe", "a change"),
        C("另有上年结转申请1件", "1", "requests.received", "consistent", "carried-in as a part (t3.carried_in.total 1; C10)"),
        C("本年度办结11件", "11", "requests.closed", "consistent", "t3.results_total.total 11"),
        C("结转下年度继续办理1件", "1", "other", "safe", "carried out"),
        C("全年被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("(收到申请8件)", "8", "requests.received", "safe", "page chrome: 上一篇, the 2022 report"),
    ])

# 09 section 三 restating t3 columns and rows; a true contradiction on 本机关不掌握 (pdf)
doc(n=9, template=2021, agency="金华市婺城区自然资源和规划分局", year=2024, layout="pdf",
    overview="2024年,我分局" + FILL[0],
    proactive="全年主动公开国土空间规划、土地征收等信息582条。",
    requests="本年度新收政府信息公开申请18件,其中自然人申请14件,商业企业申请3件,科研机构申请1件;法人或其他组织申请4件。办理结果:予以公开8件,部分公开3件,本机关不掌握相关政府信息4件,补正后申请内容仍不明确1件,要求提供公开出版物1件,其他处理2件,办理结果总计18件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (0, 1, 5)},
    t3={"new": (14, 3, 1, 0, 0, 0), "granted": (6, 2, 0, 0, 0, 0), "partial": (2, 0, 1, 0, 0, 0),
        "unavailable.not_held": 3, "unavailable.unclear": 1, "not_processed.publication": 1,
        "other_handling.other": (1, 1, 0, 0, 0, 0)},
    t4={},
    claims=[
        C("本年度新收政府信息公开申请18件", "18", "requests.received", "consistent", "t3.new.total 18"),
        C("其中自然人申请14件", "14", "requests.received", "consistent", "part: t3.new.natural 14"),
        C("商业企业申请3件", "3", "requests.received", "consistent", "part: t3.new.commercial 3"),
        C("科研机构申请1件", "1", "requests.received", "consistent", "part: t3.new.research 1"),
        C("法人或其他组织申请4件", "4", "requests.received", "safe", "the five organisation columns summed (3+1)", ideal="consistent"),
        C("予以公开8件", "8", "requests.closed", "consistent", "part: t3.granted.total 8"),
        C("部分公开3件", "3", "requests.closed", "consistent", "part: t3.partial.total 3"),
        C("本机关不掌握相关政府信息4件", "4", "requests.closed", "inconsistent", "part: t3.unavailable.not_held.total 3 (group 3 + unclear 1 = 4 is the group, not this row), clean"),
        C("补正后申请内容仍不明确1件", "1", "requests.closed", "consistent", "part: t3.unavailable.unclear.total 1"),
        C("要求提供公开出版物1件", "1", "requests.closed", "consistent", "part: t3.not_processed.publication.total 1"),
        C("其他处理2件", "2", "requests.closed", "consistent", "part: the other_handling group 2"),
        C("办理结果总计18件", "18", "requests.closed", "consistent", "t3.results_total.total 18"),
        C("信息582条", "582", "proactive.items", "safe", "items"),
    ])

# 10 ranges, time limits, subjects of the requests; a corrected review restated in section 五 (cells)
doc(n=10, template=2019, agency="衢州市柯城区农业农村局", year=2020, layout="cells",
    overview="2020年,我局" + FILL[1] + "全年收到政府信息公开申请9件,均在3至5个工作日内答复,平均办理时限为4.5个工作日。收到的申请中,涉及土地承包信息的5件,涉及农业补贴信息的4件。",
    proactive="本年新制作规范性文件1件。",
    requests="其中6件予以公开,3件因本机关不掌握相关信息告知申请人。",
    appeals="全年被申请行政复议1件,结果纠正。",
    problems="针对本年度被复议纠错的1件案件,我局已完善答复文书审核。2019年被纠错的2件案件均已整改到位。",
    t2={"normative": (1, 1, 9)},
    t3={"new": 9, "granted": 6, "unavailable.not_held": 3},
    t4={"review": (0, 1, 0, 0)},
    claims=[
        C("全年收到政府信息公开申请9件", "9", "requests.received", "consistent", "t3.new.total 9"),
        C("均在3至5个工作日内", "3", "other", "safe", "a range of days"),
        C("4.5个工作日", "4.5", "other", "safe", "an average time"),
        C("涉及土地承包信息的5件", "5", "requests.received", "safe", "a subject of the requests, no table field", ideal="unverifiable"),
        C("涉及农业补贴信息的4件", "4", "requests.received", "safe", "a subject of the requests", ideal="unverifiable"),
        C("本年新制作规范性文件1件", "1", "proactive.normative", "consistent", "t2.normative.made 1"),
        C("其中6件予以公开", "6", "requests.closed", "consistent", "part: t3.granted.total 6"),
        C("3件因本机关不掌握", "3", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 3"),
        C("全年被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
        C("本年度被复议纠错的1件", "1", "appeals.corrected", "consistent", "t4.review.corrected 1 (section 五)"),
        C("被纠错的2件案件", "2", "appeals.corrected", "safe", "another year", ideal="not_comparable"),
    ])

# 11 a correction note (更正说明) quoting the wrong values first published (pipe)
doc(n=11, template=2021, agency="丽水市莲都区交通运输局", year=2025, layout="pipe",
    overview="2025年,我局" + FILL[2] + "全年收到政府信息公开申请17件。",
    proactive="全年主动公开交通建设、运输管理等信息215条。",
    requests="全年办结17件,其中予以公开11件,部分公开2件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    other="更正说明:本报告于2026年1月20日首次发布,第三部分表格中“本年新收政府信息公开申请数量”误填为15件,现更正为17件;“予以公开”误填为9件,现更正为11件。",
    t2={"normative": (0, 0, 4)},
    t3={"new": 17, "granted": 11, "partial": 2, "denied.third_party": 1, "unavailable.not_held": 2,
        "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请17件", "17", "requests.received", "consistent", "t3.new.total 17"),
        C("全年办结17件", "17", "requests.closed", "consistent", "t3.results_total.total 17"),
        C("其中予以公开11件", "11", "requests.closed", "consistent", "part: t3.granted.total 11"),
        C("部分公开2件", "2", "requests.closed", "consistent", "part: t3.partial.total 2"),
        C("误填为15件", "15", "requests.received", "safe", "the wrong value first published, corrected in the same sentence"),
        C("现更正为17件", "17", "requests.received", "consistent", "the corrected t3.new.total 17"),
        C("误填为9件", "9", "requests.closed", "safe", "the wrong value first published"),
        C("现更正为11件", "11", "requests.closed", "consistent", "the corrected t3.granted.total 11"),
        C("信息215条", "215", "proactive.items", "safe", "items"),
    ])

# 12 2019 template: made and published restated; a true contradiction on a review's pending part (html)
doc(n=12, template=2019, agency="湖州市南浔区交通运输局", year=2019, layout="html",
    overview="2019年,我局" + FILL[3] + "全年共收到政府信息公开申请7件,全部按期答复。",
    proactive="本年新制作规范性文件4件,新公开4件,截至年底对外公开总数量52件。",
    requests="7件申请中予以公开4件,部分公开1件,本机关不掌握相关政府信息2件。",
    appeals="全年被申请行政复议2件,1件结果维持,1件尚未审结。",
    t2={"normative": (4, 4, 52)},
    t3={"new": 7, "granted": 4, "partial": 1, "unavailable.not_held": 2},
    t4={"review": (1, 1, 0, 0)},
    chrome={"side": ["政务服务热线:累计受理咨询1.5万件"],
            "related": ["南浔区2019年政府信息公开工作年度报告(全区共收到申请386件)"]},
    claims=[
        C("全年共收到政府信息公开申请7件", "7", "requests.received", "consistent", "t3.new.total 7"),
        C("本年新制作规范性文件4件", "4", "proactive.normative", "consistent", "t2.normative.made 4"),
        C("新公开4件", "4", "proactive.normative", "consistent", "t2.normative.published 4 (made 4)"),
        C("对外公开总数量52件", "52", "proactive.normative", "safe", "the cumulative column"),
        C("予以公开4件", "4", "requests.closed", "consistent", "part: t3.granted.total 4"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("本机关不掌握相关政府信息2件", "2", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 2"),
        C("全年被申请行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
        C("1件结果维持", "1", "appeals.review", "consistent", "part: t4.review.upheld 1"),
        C("1件尚未审结", "1", "appeals.review", "inconsistent", "part: t4.review.pending 0 (the other review was corrected), clean"),
        C("累计受理咨询1.5万件", "1.5", "other", "safe", "page chrome: a side box", value=15000),
        C("(全区共收到申请386件)", "386", "requests.received", "safe", "page chrome: the district's report"),
    ])

# 13 the whole document in fullwidth numerals, tables included (cells)
doc(n=13, template=2021, agency="舟山市定海区司法局", year=2021, layout="cells", fullwidth=True,
    overview="2021年,我局" + FILL[0] + "全年收到政府信息公开申请24件,其中自然人申请20件,商业企业申请4件。",
    proactive="全年主动公开法治宣传、公共法律服务等信息306条。",
    requests="予以公开14件,部分公开3件,因危及“三安全一稳定”不予公开1件,无法提供5件,要求确认已获取信息不予处理1件。",
    appeals="全年被提起政府信息公开行政诉讼1件,尚未审结;未发生行政复议。",
    t2={"normative": (1, 0, 7)},
    t3={"new": (20, 4, 0, 0, 0, 0), "granted": (12, 2, 0, 0, 0, 0), "partial": 3, "denied.security": 1,
        "unavailable.not_held": (3, 2, 0, 0, 0, 0), "not_processed.confirm": 1},
    t4={"suit_direct": (0, 0, 0, 1)},
    claims=[
        C("全年收到政府信息公开申请24件", "24", "requests.received", "consistent", "t3.new.total 24 (fullwidth cells)"),
        C("其中自然人申请20件", "20", "requests.received", "consistent", "part: t3.new.natural 20"),
        C("商业企业申请4件", "4", "requests.received", "consistent", "part: t3.new.commercial 4"),
        C("予以公开14件", "14", "requests.closed", "consistent", "part: t3.granted.total 14"),
        C("部分公开3件", "3", "requests.closed", "consistent", "part: t3.partial.total 3"),
        C("不予公开1件", "1", "requests.closed", "consistent", "part: the denied group 1 (security row 1)"),
        C("无法提供5件", "5", "requests.closed", "consistent", "part: the unavailable group 5"),
        C("信息不予处理1件", "1", "requests.closed", "consistent", "part: the not_processed group 1"),
        C("行政诉讼1件", "1", "appeals.suit", "consistent", "t4 suits 1 + 0"),
        C("信息306条", "306", "proactive.items", "safe", "items"),
    ])

# 14 2019 template: section 二 restating t2 blocks other than normative; carried-in, time limits (pdf)
doc(n=14, template=2019, agency="嘉兴市海盐县财政局", year=2020, layout="pdf",
    overview="2020年,我局" + FILL[1] + "本年度收到政府信息公开申请6件,另有上年结转申请1件,全部按期答复,答复时间最短1个工作日,最长15个工作日。",
    proactive="本年新制作规范性文件3件、新公开3件,对外公开总数量36件;行政许可处理决定356件;行政处罚处理决定87件;政府集中采购项目5个,采购总金额126.5万元。",
    requests="全年共办结7件,无逾期答复。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (3, 3, 36)},
    t3={"new": 6, "carried_in": 1, "granted": 4, "partial": 1, "unavailable.needs_creation": 1, "other_handling": 1},
    t4={},
    claims=[
        C("本年度收到政府信息公开申请6件", "6", "requests.received", "consistent", "t3.new.total 6"),
        C("另有上年结转申请1件", "1", "requests.received", "consistent", "carried-in as a part (t3.carried_in.total 1; C10)"),
        C("最短1个工作日", "1", "other", "safe", "a time"),
        C("最长15个工作日", "15", "other", "safe", "a time"),
        C("本年新制作规范性文件3件", "3", "proactive.normative", "consistent", "t2.normative.made 3"),
        C("新公开3件", "3", "proactive.normative", "consistent", "t2.normative.published 3 (made 3)"),
        C("对外公开总数量36件", "36", "proactive.normative", "safe", "the cumulative column"),
        C("行政许可处理决定356件", "356", "other", "safe", "licences, no counterpart"),
        C("行政处罚处理决定87件", "87", "other", "safe", "penalties, no counterpart"),
        C("采购项目5个", "5", "other", "safe", "procurement"),
        C("全年共办结7件", "7", "requests.closed", "consistent", "t3.results_total.total 7"),
    ])

# 15 2021 template: suits split into direct and after review; a true contradiction on the suits' total (html, chrome)
doc(n=15, template=2021, agency="宁波市海曙区住房和城乡建设局", year=2022, layout="html",
    overview="2022年,我局" + FILL[2] + "全年共收到政府信息公开申请30件。",
    proactive="全年主动公开保障性住房、房屋征收等信息410条。",
    requests="办理结果:予以公开15件,部分公开5件,不予公开2件,无法提供6件,不予处理2件。",
    appeals="全年被申请行政复议2件,维持1件、其他结果1件;被提起行政诉讼3件,其中复议后起诉1件。",
    problems="针对2021年行政诉讼败诉的1件案件,我局已组织专题学习。" + PROB,
    t2={"normative": (2, 1, 19)},
    t3={"new": 30, "granted": 15, "partial": 5, "denied.process": 2, "unavailable.not_held": 6,
        "not_processed.duplicate": 2},
    t4={"review": (1, 0, 1, 0), "suit_direct": (1, 0, 0, 0), "suit_after_review": (0, 0, 0, 1)},
    chrome={"related": ["海曙区住房和城乡建设局2021年政府信息公开工作年度报告(行政诉讼1件)"],
            "prev": "海曙区2022年政府信息公开工作年度报告(全区被提起行政诉讼12件)"},
    claims=[
        C("全年共收到政府信息公开申请30件", "30", "requests.received", "consistent", "t3.new.total 30"),
        C("予以公开15件", "15", "requests.closed", "consistent", "part: t3.granted.total 15"),
        C("部分公开5件", "5", "requests.closed", "consistent", "part: t3.partial.total 5"),
        C("不予公开2件", "2", "requests.closed", "consistent", "part: the denied group 2"),
        C("无法提供6件", "6", "requests.closed", "consistent", "part: the unavailable group 6"),
        C("不予处理2件", "2", "requests.closed", "consistent", "part: the not_processed group 2"),
        C("全年被申请行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
        C("维持1件", "1", "appeals.review", "consistent", "part: t4.review.upheld 1"),
        C("其他结果1件", "1", "appeals.review", "consistent", "part: t4.review.other 1"),
        C("被提起行政诉讼3件", "3", "appeals.suit", "inconsistent", "own suits 2022: t4 suit_direct 1 + after review 1 = 2, clean"),
        C("其中复议后起诉1件", "1", "appeals.suit", "consistent", "part: t4.suit_after_review.total 1"),
        C("行政诉讼败诉的1件", "1", "appeals.corrected", "safe", "another year", ideal="not_comparable"),
        C("(行政诉讼1件)", "1", "appeals.suit", "safe", "page chrome: the 2021 report"),
        C("(全区被提起行政诉讼12件)", "12", "appeals.suit", "safe", "page chrome: the district's report"),
    ])

# 16 Traditional; a district government whose table is its own (本级), the district's totals in prose (cells)
doc(n=16, template=2019, agency="杭州市上城区人民政府", year=2019, layout="cells", traditional=True,
    overview="2019年,区政府" + FILL[3] + "全区共受理政府信息公开申请1,036件,其中区政府本级受理58件,区级各部门和各街道受理978件。",
    proactive="以区政府名义新制作规范性文件6件,新公开6件。",
    requests="本部分表格为区政府本级数据。区政府本级办结58件,其中予以公开30件,部分公开8件。",
    appeals="以区政府为被申请人的政府信息公开行政复议3件,其中维持2件、尚未审结1件。全区政府信息公开行政复议案件17件。",
    t2={"normative": (6, 6, 84)},
    t3={"new": 58, "granted": 30, "partial": 8, "denied.third_party": 2, "unavailable.not_held": 10,
        "not_processed.complaint": 5, "other_handling": 3},
    t4={"review": (2, 0, 0, 1)},
    claims=[
        C("全区共受理政府信息公开申请1,036件", "1,036", "requests.received", "safe", "the district's total", ideal="not_comparable"),
        C("其中区政府本级受理58件", "58", "requests.received", "consistent", "the table is the government's own (本级, said in section 三): t3.new.total 58"),
        C("区级各部门和各街道受理978件", "978", "requests.received", "safe", "other bodies", ideal="not_comparable"),
        C("以区政府名义新制作规范性文件6件", "6", "proactive.normative", "consistent", "the government's own report: t2.normative.made 6"),
        C("区政府本级办结58件", "58", "requests.closed", "consistent", "t3.results_total.total 58"),
        C("其中予以公开30件", "30", "requests.closed", "consistent", "part: t3.granted.total 30"),
        C("部分公开8件", "8", "requests.closed", "consistent", "part: t3.partial.total 8"),
        C("被申请人的政府信息公开行政复议3件", "3", "appeals.review", "consistent", "the government's own report: t4.review.total 3"),
        C("其中维持2件", "2", "appeals.review", "consistent", "part: t4.review.upheld 2"),
        C("全区政府信息公开行政复议案件17件", "17", "appeals.review", "safe", "the district's", ideal="not_comparable"),
    ])

# 17 2021 template: one sentence restating every column of the new row; outcome groups; a falling rate (pdf)
doc(n=17, template=2021, agency="台州市椒江区生态环境分局", year=2023, layout="pdf",
    overview="2023年,我分局" + FILL[0] + "全年收到政府信息公开申请16件,较上年的20件下降20%。",
    proactive="全年主动公开环境监管、行政执法等信息1,120条。",
    requests="本年新收申请中,自然人11件,商业企业2件,科研机构0件,社会公益组织1件,法律服务机构2件,其他0件,总计16件。办理结果:予以公开9件、部分公开1件、不予公开1件(属于四类过程性信息)、无法提供4件、不予处理1件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (0, 0, 2)},
    t3={"new": (11, 2, 0, 1, 2, 0), "granted": (6, 1, 0, 1, 1, 0), "partial": 1, "denied.process": 1,
        "unavailable.not_held": (2, 1, 0, 0, 1, 0), "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请16件", "16", "requests.received", "consistent", "t3.new.total 16"),
        C("较上年的20件", "20", "requests.received", "safe", "the year before", ideal="not_comparable"),
        C("下降20%", "20", "other", "safe", "a change", value=0.2),
        C("自然人11件", "11", "requests.received", "consistent", "part: t3.new.natural 11"),
        C("商业企业2件,科研", "2", "requests.received", "consistent", "part: t3.new.commercial 2"),
        C("科研机构0件", "0", "requests.received", "consistent", "part: t3.new.research 0"),
        C("社会公益组织1件", "1", "requests.received", "consistent", "part: t3.new.social 1"),
        C("法律服务机构2件", "2", "requests.received", "consistent", "part: t3.new.legal 2"),
        C("总计16件", "16", "requests.received", "consistent", "t3.new.total 16"),
        C("予以公开9件", "9", "requests.closed", "consistent", "part: t3.granted.total 9"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("不予公开1件", "1", "requests.closed", "consistent", "part: the denied group 1"),
        C("无法提供4件", "4", "requests.closed", "consistent", "part: the unavailable group 4"),
        C("不予处理1件", "1", "requests.closed", "consistent", "part: the not_processed group 1"),
    ])

# 18 a true contradiction on issued normative documents; repealed and in force beside it (pipe)
doc(n=18, template=2021, agency="湖州市吴兴区农业农村局", year=2021, layout="pipe",
    overview="2021年,我局" + FILL[1] + "全年收到政府信息公开申请8件,每季度1至3件不等。",
    proactive="本年制发行政规范性文件5件,废止行政规范性文件2件,现行有效37件。",
    requests="予以公开5件,无法提供2件,不予处理1件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (3, 2, 37)},
    t3={"new": 8, "granted": 5, "unavailable.not_held": 2, "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请8件", "8", "requests.received", "consistent", "t3.new.total 8"),
        C("每季度1至3件", "1", "requests.received", "safe", "a range per quarter"),
        C("至3件不等", "3", "requests.received", "safe", "a range per quarter"),
        C("本年制发行政规范性文件5件", "5", "proactive.normative", "inconsistent", "t2.normative.issued 3, clean"),
        C("废止行政规范性文件2件", "2", "other", "safe", "repealed"),
        C("现行有效37件", "37", "other", "safe", "in force"),
        C("予以公开5件", "5", "requests.closed", "consistent", "part: t3.granted.total 5"),
        C("无法提供2件", "2", "requests.closed", "consistent", "part: the unavailable group 2"),
        C("不予处理1件", "1", "requests.closed", "consistent", "part: the not_processed group 1"),
    ])

# 19 late answers, withdrawals counted in 其他处理, a quarter, a rate (html, chrome)
doc(n=19, template=2019, agency="杭州市滨江区教育局", year=2020, layout="html",
    overview="2020年,我局" + FILL[2] + "全年收到政府信息公开申请13件,办结13件,其中超期答复1件,申请人撤回2件,按期答复率92.3%。第四季度收到申请5件。",
    proactive="全年主动公开招生入学、教育收费等信息688条。",
    requests="予以公开6件,部分公开1件,本机关不掌握相关政府信息3件,重复申请1件,其他处理2件(均为申请人撤回)。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (2, 2, 17)},
    t3={"new": 13, "granted": 6, "partial": 1, "unavailable.not_held": 3, "not_processed.duplicate": 1,
        "other_handling": 2},
    t4={},
    chrome={"related": ["滨江区教育局关于2020年秋季招生工作的通知(招生计划3,200人)"],
            "side": ["信箱来信:本年共答复来信1,024件"]},
    claims=[
        C("全年收到政府信息公开申请13件", "13", "requests.received", "consistent", "t3.new.total 13"),
        C("办结13件", "13", "requests.closed", "consistent", "t3.results_total.total 13"),
        C("其中超期答复1件", "1", "other", "safe", "late answers"),
        C("申请人撤回2件", "2", "requests.closed", "safe", "withdrawn; 其他处理 2 says the same, but no row is 撤回", ideal="consistent"),
        C("按期答复率92.3%", "92.3", "other", "safe", "a rate", value=0.923),
        C("第四季度收到申请5件", "5", "requests.received", "safe", "part of the year", ideal="not_comparable"),
        C("予以公开6件", "6", "requests.closed", "consistent", "part: t3.granted.total 6"),
        C("本机关不掌握相关政府信息3件", "3", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 3"),
        C("其他处理2件", "2", "requests.closed", "consistent", "part: t3.other_handling.total 2"),
        C("本年共答复来信1,024件", "1,024", "other", "safe", "page chrome: a side box, letters"),
        C("(招生计划3,200人)", "3,200", "other", "safe", "page chrome"),
    ])

# 20 a table 三 with a 合计 column of the five organisation columns, which the template lacks (pipe)
doc(n=20, template=2021, agency="温州市瓯海区市场监督管理局", year=2022, layout="pipe", org_subtotal=True,
    overview="2022年,我局" + FILL[3] + "全年收到政府信息公开申请26件,其中自然人申请20件,法人或其他组织申请6件。",
    proactive="全年主动公开行政处罚、抽查检查结果等信息2,415条。",
    requests="予以公开13件,部分公开4件,本机关不掌握相关政府信息7件,信访举报投诉类申请2件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (0, 0, 3)},
    t3={"new": (20, 4, 0, 1, 1, 0), "granted": (10, 2, 0, 1, 0, 0), "partial": (3, 1, 0, 0, 0, 0),
        "unavailable.not_held": (5, 1, 0, 0, 1, 0), "not_processed.complaint": 2},
    t4={},
    claims=[
        C("全年收到政府信息公开申请26件", "26", "requests.received", "consistent", "t3.new.total 26 (the 总计 column after the added 合计)"),
        C("其中自然人申请20件", "20", "requests.received", "consistent", "part: t3.new.natural 20"),
        C("法人或其他组织申请6件", "6", "requests.received", "safe", "the added 合计 column: organisations 6", ideal="consistent"),
        C("予以公开13件", "13", "requests.closed", "consistent", "part: t3.granted.total 13"),
        C("部分公开4件", "4", "requests.closed", "consistent", "part: t3.partial.total 4"),
        C("本机关不掌握相关政府信息7件", "7", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 7"),
        C("信访举报投诉类申请2件", "2", "requests.closed", "consistent", "part: t3.not_processed.complaint.total 2"),
        C("信息2,415条", "2,415", "proactive.items", "safe", "items"),
    ])

# 21 a true contradiction on a column of the new row (商业企业) (pdf)
doc(n=21, template=2019, agency="金华市金东区发展和改革局", year=2019, layout="pdf",
    overview="2019年,我局" + FILL[0] + "全年共收到政府信息公开申请11件,其中自然人申请9件,商业企业申请4件。",
    proactive="本年新制作规范性文件2件,新公开2件。",
    requests="予以公开7件,部分公开1件,无法提供2件,不予处理1件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (2, 2, 18)},
    t3={"new": (9, 2, 0, 0, 0, 0), "granted": (5, 2, 0, 0, 0, 0), "partial": 1, "unavailable.not_held": 2,
        "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("全年共收到政府信息公开申请11件", "11", "requests.received", "consistent", "t3.new.total 11"),
        C("其中自然人申请9件", "9", "requests.received", "consistent", "part: t3.new.natural 9"),
        C("商业企业申请4件", "4", "requests.received", "inconsistent", "part: t3.new.commercial 2, clean"),
        C("本年新制作规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.made 2"),
        C("予以公开7件", "7", "requests.closed", "consistent", "part: t3.granted.total 7"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("无法提供2件", "2", "requests.closed", "consistent", "part: the unavailable group 2"),
        C("不予处理1件", "1", "requests.closed", "consistent", "part: the not_processed group 1"),
    ])

# 22 section 四 in full (维持, 纠正, 尚未审结; suits by route); earlier years listed (html, chrome)
doc(n=22, template=2021, agency="嘉兴市南湖区自然资源和规划分局", year=2024, layout="html",
    overview="2024年,我分局" + FILL[1] + "本年新收政府信息公开申请40件,上年结转3件。近三年收到申请分别为28件、35件和40件。",
    proactive="全年主动公开规划许可、土地供应等信息936条。",
    requests="全年办结41件,结转下年度继续办理2件。",
    appeals="全年被申请行政复议3件,其中结果维持1件、结果纠正1件、尚未审结1件;被提起行政诉讼2件,均为未经复议直接起诉,法院维持1件,另1件为其他结果。行政复议被纠错率33.3%。",
    problems="针对2023年被纠正的2件行政复议案件,我分局已逐件整改。" + PROB,
    t2={"normative": (1, 0, 11)},
    t3={"new": 40, "carried_in": 3, "carried_out": 2, "granted": 20, "partial": 6, "denied.third_party": 2,
        "unavailable.not_held": 8, "not_processed.complaint": 3, "other_handling.no_supplement": 2},
    t4={"review": (1, 1, 0, 1), "suit_direct": (1, 0, 1, 0)},
    chrome={"related": ["南湖区自然资源和规划分局2023年政府信息公开工作年度报告(收到申请35件)"]},
    claims=[
        C("本年新收政府信息公开申请40件", "40", "requests.received", "consistent", "t3.new.total 40"),
        C("上年结转3件", "3", "requests.received", "consistent", "carried-in as a part (t3.carried_in.total 3; C10)"),
        C("分别为28件", "28", "requests.received", "safe", "another year"),
        C("35件和40件", "35", "requests.received", "safe", "another year"),
        C("全年办结41件", "41", "requests.closed", "consistent", "t3.results_total.total 41"),
        C("结转下年度继续办理2件", "2", "other", "safe", "carried out"),
        C("全年被申请行政复议3件", "3", "appeals.review", "consistent", "t4.review.total 3"),
        C("其中结果维持1件", "1", "appeals.review", "consistent", "part: t4.review.upheld 1"),
        C("结果纠正1件", "1", "appeals.corrected", "consistent", "part: t4.review.corrected 1"),
        C("尚未审结1件", "1", "appeals.review", "consistent", "part: t4.review.pending 1"),
        C("被提起行政诉讼2件", "2", "appeals.suit", "consistent", "t4 suits 2 + 0"),
        C("法院维持1件", "1", "appeals.suit", "consistent", "part: t4.suit_direct.upheld 1"),
        C("纠错率33.3%", "33.3", "other", "safe", "a rate", value=0.333),
        C("被纠正的2件行政复议", "2", "appeals.corrected", "safe", "another year", ideal="not_comparable"),
        C("(收到申请35件)", "35", "requests.received", "safe", "page chrome: the 2023 report"),
    ])

# 23 prose summing rows and groups; the carried-in closed early in the year (pipe)
doc(n=23, template=2019, agency="杭州市余杭区住房和城乡建设局", year=2020, layout="pipe",
    overview="2020年,我局" + FILL[2] + "全年共受理政府信息公开申请13件(含上年结转1件),上年结转的1件已于1月份办结。",
    proactive="本年新制作规范性文件1件,新公开1件。",
    requests="予以公开和部分公开的共10件,其中予以公开8件;其余3件中,2件无法提供,1件不予处理。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (1, 1, 12)},
    t3={"new": 12, "carried_in": 1, "granted": 8, "partial": 2, "unavailable.not_held": 2, "not_processed.duplicate": 1},
    t4={},
    claims=[
        C("全年共受理政府信息公开申请13件", "13", "requests.received", "consistent", "new 12 + carried_in 1, the sentence says 含上年结转"),
        C("(含上年结转1件)", "1", "requests.received", "consistent", "carried-in as a part (t3.carried_in.total 1; C10)"),
        C("上年结转的1件已于1月份办结", "1", "other", "safe", "the carried-in, closed in January"),
        C("予以公开和部分公开的共10件", "10", "requests.closed", "safe", "granted 8 + partial 2: two rows summed", ideal="consistent"),
        C("其中予以公开8件", "8", "requests.closed", "consistent", "part: t3.granted.total 8"),
        C("其余3件中", "3", "requests.closed", "safe", "the rest: two groups summed"),
        C("2件无法提供", "2", "requests.closed", "consistent", "part: the unavailable group 2"),
        C("1件不予处理", "1", "requests.closed", "consistent", "part: the not_processed group 1"),
        C("本年新制作规范性文件1件", "1", "proactive.normative", "consistent", "t2.normative.made 1"),
    ])

# 24 a true contradiction on a not_processed row that no group total rescues (cells)
doc(n=24, template=2021, agency="绍兴市柯桥区退役军人事务局", year=2025, layout="cells",
    overview="2025年,我局" + FILL[3] + "全年共收到政府信息公开申请22件,按时答复率100%。",
    proactive="全年主动公开优抚安置、褒扬纪念等信息276条。",
    requests="予以公开10件,部分公开3件,本机关不掌握相关政府信息5件,因属于信访举报投诉类申请不予处理3件,重复申请1件,其他处理2件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (0, 0, 1)},
    t3={"new": 22, "granted": 10, "partial": 3, "unavailable.not_held": 5, "not_processed.complaint": 1,
        "not_processed.duplicate": 1, "other_handling.other": 2},
    t4={},
    claims=[
        C("全年共收到政府信息公开申请22件", "22", "requests.received", "consistent", "t3.new.total 22"),
        C("按时答复率100%", "100", "other", "safe", "a rate", value=1.0),
        C("予以公开10件", "10", "requests.closed", "consistent", "part: t3.granted.total 10"),
        C("部分公开3件", "3", "requests.closed", "consistent", "part: t3.partial.total 3"),
        C("本机关不掌握相关政府信息5件", "5", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 5"),
        C("信访举报投诉类申请不予处理3件", "3", "requests.closed", "inconsistent", "part: t3.not_processed.complaint.total 1 (the group is 2), clean"),
        C("重复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.duplicate.total 1"),
        C("其他处理2件", "2", "requests.closed", "consistent", "part: the other_handling group 2"),
        C("信息276条", "276", "proactive.items", "safe", "items"),
    ])

# 25 Traditional; numbers in Chinese characters that agree (pdf)
doc(n=25, template=2021, agency="湖州市德清县水利局", year=2023, layout="pdf", traditional=True,
    overview="2023年,我局" + FILL[0] + "全年共收到政府信息公开申请二十三件,较上年减少四件。",
    proactive="全年主动公开水利工程建设、水资源管理等信息三百余条。",
    requests="办结申请二十三件,其中予以公开十二件,部分公开三件,本机关不掌握相关政府信息五件。",
    appeals="全年因政府信息公开被申请行政复议两件,结果均为维持;未发生行政诉讼。",
    t2={"normative": (1, 0, 6)},
    t3={"new": 23, "granted": 12, "partial": 3, "unavailable.not_held": 5, "not_processed.duplicate": 1,
        "other_handling.other": 2},
    t4={"review": (2, 0, 0, 0)},
    claims=[
        C("收到政府信息公开申请二十三件", "二十三", "requests.received", "consistent", "t3.new.total 23", value=23),
        C("较上年减少四件", "四", "other", "safe", "a change", value=4),
        C("信息三百余条", "三百", "proactive.items", "safe", "items", value=300),
        C("办结申请二十三件", "二十三", "requests.closed", "consistent", "t3.results_total.total 23", value=23),
        C("其中予以公开十二件", "十二", "requests.closed", "consistent", "part: t3.granted.total 12", value=12),
        C("部分公开三件", "三", "requests.closed", "consistent", "part: t3.partial.total 3", value=3),
        C("本机关不掌握相关政府信息五件", "五", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 5", value=5),
        C("被申请行政复议两件", "两", "appeals.review", "consistent", "t4.review.total 2", value=2),
    ])

# 26 a big bureau's counts in 万: one exact, one contradicting (cells)
doc(n=26, template=2019, agency="广州市人力资源和社会保障局", year=2019, layout="cells",
    overview="2019年,我局" + FILL[1] + "全年收到政府信息公开申请1.6万件,另有上年结转300件。全年受理劳动保障监察投诉2.1万件。",
    proactive="全年主动公开政府信息1.5万余条。",
    requests="全年共办结1.36万件,办结率为98.5%。其中予以公开6760件,本机关不掌握相关政府信息3432件。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (6, 6, 73)},
    t3={"new": (12000, 1400, 12, 0, 100, 0), "carried_in": 300, "carried_out": 212,
        "granted": (6000, 700, 10, 0, 50, 0), "partial": (1500, 200, 0, 0, 20, 0), "denied.third_party": (400, 50, 0, 0, 0, 0),
        "unavailable.not_held": (3000, 400, 2, 0, 30, 0), "not_processed.complaint": (800, 50, 0, 0, 0, 0),
        "other_handling": 388},
    t4={},
    claims=[
        C("收到政府信息公开申请1.6万件", "1.6", "requests.received", "inconsistent", "own received total 2019: t3.new.total 13512 (new + carried_in 13812); 1.6万 is no rounding of either, clean", value=16000),
        C("另有上年结转300件", "300", "requests.received", "consistent", "carried-in as a part (t3.carried_in.total 300; C10)"),
        C("劳动保障监察投诉2.1万件", "2.1", "other", "safe", "another procedure", value=21000),
        C("政府信息1.5万余条", "1.5", "proactive.items", "safe", "items", value=15000),
        C("全年共办结1.36万件", "1.36", "requests.closed", "consistent", "t3.results_total.total 13600", value=13600),
        C("办结率为98.5%", "98.5", "other", "safe", "a rate", value=0.985),
        C("其中予以公开6760件", "6760", "requests.closed", "consistent", "part: t3.granted.total 6760"),
        C("本机关不掌握相关政府信息3432件", "3432", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 3432"),
    ])

# 27 a sub-district office: its communities' counts beside its own; a share of the district's (html, chrome)
doc(n=27, template=2021, agency="杭州市西湖区北山街道办事处", year=2022, layout="html",
    overview="2022年,本街道" + FILL[2] + "全年本街道共收到政府信息公开申请5件,占全区申请总数的3.2%。辖区12个社区共接待群众咨询300余人次,社区居务公开栏更新48次。",
    proactive="在区政府门户网站街道专栏发布信息182条。",
    requests="予以公开2件,本机关不掌握相关政府信息2件,信访举报投诉类申请1件。",
    appeals="全年被提起政府信息公开行政诉讼1件,法院判决驳回原告诉讼请求。",
    t2={},
    t3={"new": 5, "granted": 2, "unavailable.not_held": 2, "not_processed.complaint": 1},
    t4={"suit_direct": (1, 0, 0, 0)},
    chrome={"prev": "西湖区灵隐街道2022年政府信息公开工作年度报告(收到申请2件)",
            "next": "西湖区西溪街道2022年政府信息公开工作年度报告(收到申请9件)"},
    claims=[
        C("全年本街道共收到政府信息公开申请5件", "5", "requests.received", "consistent", "t3.new.total 5"),
        C("全区申请总数的3.2%", "3.2", "other", "safe", "a share", value=0.032),
        C("辖区12个社区", "12", "other", "safe", "communities"),
        C("咨询300余人次", "300", "other", "safe", "consultations"),
        C("更新48次", "48", "proactive.items", "safe", "notice boards"),
        C("予以公开2件", "2", "requests.closed", "consistent", "part: t3.granted.total 2"),
        C("本机关不掌握相关政府信息2件", "2", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 2"),
        C("行政诉讼1件", "1", "appeals.suit", "consistent", "t4 suits 1 + 0"),
        C("(收到申请2件)", "2", "requests.received", "safe", "page chrome: 上一篇, another sub-district"),
        C("(收到申请9件)", "9", "requests.received", "safe", "page chrome: 下一篇, another sub-district"),
    ])

# 28 2019 template: made and published differ and the prose says why; counts in 万 and decimals (pipe)
doc(n=28, template=2019, agency="衢州市江山市审计局", year=2020, layout="pipe",
    overview="2020年,我局" + FILL[3] + "全年收到政府信息公开申请3件。",
    proactive="本年新制作规范性文件5件,新公开4件(1件涉及国家秘密未公开)。全年主动公开政府信息1.35万条,发布政策解读86篇。",
    requests="予以公开2件,另1件因信息不存在告知申请人。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (5, 4, 40)},
    t3={"new": 3, "granted": 2, "unavailable.not_held": 1},
    t4={},
    claims=[
        C("全年收到政府信息公开申请3件", "3", "requests.received", "consistent", "t3.new.total 3"),
        C("本年新制作规范性文件5件", "5", "proactive.normative", "consistent", "t2.normative.made 5"),
        C("新公开4件", "4", "proactive.normative", "consistent", "t2.normative.published 4 (made 5; the prose says 公开)"),
        C("(1件涉及国家秘密未公开)", "1", "other", "safe", "a document not published"),
        C("政府信息1.35万条", "1.35", "proactive.items", "safe", "items", value=13500),
        C("政策解读86篇", "86", "proactive.interpretations", "safe", "no counterpart"),
        C("予以公开2件", "2", "requests.closed", "consistent", "part: t3.granted.total 2"),
        C("另1件因信息不存在", "1", "requests.closed", "safe", "the not_held row in other words (1)", ideal="consistent"),
    ])

# 29 last year's carried-out as this year's carried-in; a fee row of 其他处理 (pdf)
doc(n=29, template=2021, agency="金华市兰溪市财政局", year=2021, layout="pdf",
    overview="2021年,我局" + FILL[0] + "本年新收政府信息公开申请7件,上年结转3件(即2020年度报告中结转下年度继续办理的3件)。",
    proactive="全年主动公开预算决算、政府采购等信息1,532条。",
    requests="全年办结9件,结转下年度1件。其中予以公开4件,部分公开1件,本机关不掌握相关政府信息3件,申请人逾期未按收费通知要求缴纳费用1件。全年收取信息处理费120元。",
    appeals="全年未发生政府信息公开行政复议、行政诉讼案件。",
    t2={"normative": (2, 1, 15)},
    t3={"new": 7, "carried_in": 3, "carried_out": 1, "granted": 4, "partial": 1, "unavailable.not_held": 3,
        "other_handling.no_fee": 1},
    t4={},
    claims=[
        C("本年新收政府信息公开申请7件", "7", "requests.received", "consistent", "t3.new.total 7"),
        C("上年结转3件", "3", "requests.received", "consistent", "carried-in as a part (t3.carried_in.total 3; C10)"),
        C("结转下年度继续办理的3件", "3", "other", "safe", "the 2020 report's carried-out"),
        C("全年办结9件", "9", "requests.closed", "consistent", "t3.results_total.total 9"),
        C("结转下年度1件", "1", "other", "safe", "carried out"),
        C("其中予以公开4件", "4", "requests.closed", "consistent", "part: t3.granted.total 4"),
        C("部分公开1件", "1", "requests.closed", "consistent", "part: t3.partial.total 1"),
        C("本机关不掌握相关政府信息3件", "3", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 3"),
        C("缴纳费用1件", "1", "requests.closed", "consistent", "part: t3.other_handling.no_fee.total 1"),
        C("信息处理费120元", "120", "other", "safe", "a fee"),
    ])

# 30 a county government's general office: its table is the government's own, the county's totals
# in prose and in the page's chrome; a page saved as text (pipe)
doc(n=30, template=2021, agency="丽水市缙云县人民政府办公室", year=2025, layout="pipe",
    overview="2025年,县政府办公室" + FILL[1] + "以县政府名义受理的政府信息公开申请由县政府办公室统一办理,全年共收到35件,另有上年结转2件。全县各级行政机关共收到申请412件。",
    proactive="以县政府、县政府办公室名义制发行政规范性文件9件。",
    requests="全年办结36件,其中予以公开18件,部分公开4件,属于三类内部事务信息不予公开1件,本机关不掌握相关政府信息8件,无正当理由大量反复申请1件。",
    appeals="县政府作为被申请人的政府信息公开行政复议案件4件,其中维持2件、纠正1件、尚未审结1件;被提起行政诉讼1件。",
    t2={"normative": (9, 3, 120)},
    t3={"new": 35, "carried_in": 2, "carried_out": 1, "granted": 18, "partial": 4, "denied.internal": 1,
        "unavailable.not_held": 8, "not_processed.complaint": 2, "not_processed.mass": 1, "other_handling.other": 2},
    t4={"review": (2, 1, 0, 1), "suit_direct": (1, 0, 0, 0)},
    chrome={"head": ["缙云县人民政府 | 首页 | 政务公开 | 政务服务 | 互动交流",
                     "当前位置：首页 > 政府信息公开 > 政府信息公开年报"],
            "related": ["缙云县2025年政府信息公开工作年度报告(全县收到申请412件)",
                        "缙云县人民政府办公室2024年政府信息公开工作年度报告(收到申请31件)"],
            "foot": ["主办：缙云县人民政府办公室 | 网站标识码 3311220001"]},
    claims=[
        C("全年共收到35件", "35", "requests.received", "consistent", "t3.new.total 35 (the office handles the government's applications)"),
        C("另有上年结转2件", "2", "requests.received", "consistent", "carried-in as a part (t3.carried_in.total 2; C10)"),
        C("全县各级行政机关共收到申请412件", "412", "requests.received", "safe", "the county's", ideal="not_comparable"),
        C("名义制发行政规范性文件9件", "9", "proactive.normative", "safe", "in the government's and the office's name; t2 issued 9 agrees", ideal="consistent"),
        C("全年办结36件", "36", "requests.closed", "consistent", "t3.results_total.total 36"),
        C("其中予以公开18件", "18", "requests.closed", "consistent", "part: t3.granted.total 18"),
        C("部分公开4件", "4", "requests.closed", "consistent", "part: t3.partial.total 4"),
        C("属于三类内部事务信息不予公开1件", "1", "requests.closed", "consistent", "part: t3.denied.internal.total 1"),
        C("本机关不掌握相关政府信息8件", "8", "requests.closed", "consistent", "part: t3.unavailable.not_held.total 8"),
        C("无正当理由大量反复申请1件", "1", "requests.closed", "consistent", "part: t3.not_processed.mass.total 1"),
        C("政府信息公开行政复议案件4件", "4", "appeals.review", "safe", "the government as respondent in its office's report; t4.review.total 4 agrees", ideal="consistent"),
        C("被提起行政诉讼1件", "1", "appeals.suit", "safe", "t4 suits 1", ideal="consistent"),
        C("(全县收到申请412件)", "412", "requests.received", "safe", "page chrome: the county's report"),
        C("(收到申请31件)", "31", "requests.received", "safe", "page chrome: the 2024 report"),
    ])
