"""The vreal21 documents: variants of five real reports (seeds/), as data (see make.py, README.md).

A document names its `seed`, the `edits` to the seed's text (figures in prose and table 二, a
sentence in another agency's words, a 2021-template table block where the seed's tables were lost),
`t3` (rows that are not all zero; an int is all 自然人, else six applicant cells), `t4` (groups as
upheld, corrected, other, pending), its form (`layout` txt / html / pdf, `traditional`, `chrome`)
and its hand-judged claims. Seed 000 is already in Traditional script: its claims are written as
the text reads.

Claim `expect`: "consistent" (the agency's own count for the report year, like for like, and the
table says the same), "inconsistent" (a true contradiction: the agency's own total or part for the
report year, every compared cell read clean from the source) or "safe" (must never be
`inconsistent`); `ideal` the verdict SCHEMA §4 prefers for a safe claim where it has one.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from verdict_sets import C

S000 = (
    "000_5dfa3dd5397cb6f4.txt"  # 泰州市人民政府办公室 2020 (Traditional, 2019 template, pipe rows)
)
S001 = "001_32db68a7ed8774d3.txt"  # 凉州区市场监督管理局 2020 (2019 template, pipe rows, all zero)
S002 = "002_821e3546fb6fcf9b.txt"  # a 区政府办公室 2021 (tables lost in the scrape; the name spam-replaced)
S003 = "003_542df12d30bf80b6.txt"  # 泉州台商投资区规划建设与交通运输局 2020 (one cell per line; t4 lost a cell)
S004 = "004_bce59b32b8835914.txt"  # 衡山县行政审批服务局 2020 (2019 template, pipe rows, all zero)

# seed 002 lost its tables: the 2021-template tables as its site's pipe rows, all zero (t3/t4 fill them)
T3_ROWS_2021 = [
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果 | (一)予以公开",
    "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
    "(三)不予公开 | 1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
    "(四)无法提供 | 1.本机关不掌握相关政府信息",
    "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确",
    "(五)不予处理 | 1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
    "(六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
    "(七)总计",
    "四、结转下年度继续办理",
]


def tables_2021(normative: tuple[int, int, int], license_: int, penalty: int) -> str:
    t2 = "\n".join(
        [
            "第二十条第(一)项 | |||",
            "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
            "规章 | 0 | 0 | 0 |",
            "行政规范性文件 | {} | {} | {} |".format(*normative),
            "第二十条第(五)项 | |||",
            "信息内容 | 本年处理决定数量 | ||",
            f"行政许可 | {license_} | ||",
            "第二十条第(六)项 | |||",
            "信息内容 | 本年处理决定数量 | ||",
            f"行政处罚 | {penalty} | ||",
            "行政强制 | 0 | ||",
            "第二十条第(八)项 | |||",
            "信息内容 | 本年收费金额(单位:万元) | ||",
            "行政事业性收费 | 0 | ||",
        ]
    )
    t3 = "\n".join(
        [
            "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||",
            "自然人 | 法人或其他组织 | 总计 | |||||||",
            "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||",
            *(f"{label} | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |" for label in T3_ROWS_2021),
        ]
    )
    t4 = "\n".join(
        [
            "行政复议 | 行政诉讼 | |||||||||||||",
            "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||",
            "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | |||||",
            " | ".join(["0"] * 15) + " |",
        ]
    )
    return (
        f"二、主动公开政府信息情况\n{t2}\n三、收到和处理政府信息公开申请情况\n{t3}\n"
        f"四、政府信息公开行政复议、行政诉讼情况\n{t4}\n五、"
    )


HEADS_002 = "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、"

DOCS: list[dict] = []

# ---- seed 000: 泰州市人民政府办公室 (Traditional) ----------------------------------------------
DOCS.append(
    dict(
        n=1,
        seed=S000,
        layout="txt",
        edits=[
            (
                "2020年共辦結政府信息依申請公開65件,同比下降46.72%",
                "2020年共辦結政府信息依申請公開58件,同比下降10.77%",
            ),
            (
                "行政復議案件3件、政府信息公開行政訴訟案件3件",
                "行政復議案件2件、政府信息公開行政訴訟案件3件",
            ),
            ("共制定市政府規章6部、規范性文件52件", "共制定市政府規章4部、規范性文件47件"),
            ("規章 | 6 | 6 | 14 |", "規章 | 4 | 4 | 18 |"),
            ("規范性文件 | 52 | 52 | 1159 |", "規范性文件 | 47 | 47 | 1206 |"),
            ("等政策文件105件", "等政策文件98件"),
            ("“(六)其他處理”的3件系黨務信息", "“(六)其他處理”的2件系黨務信息"),
        ],
        t3={
            "new": (54, 2, 0, 1, 0, 0),
            "carried_in": 4,
            "granted": 12,
            "partial": 5,
            "denied.query": 1,
            "unavailable.not_held": (30, 2, 0, 1, 0, 0),
            "not_processed.complaint": 3,
            "not_processed.duplicate": 2,
            "other_handling": 2,
            "carried_out": 3,
        },
        t4={"review": (2, 0, 0, 0), "suit_direct": (0, 0, 2, 0), "suit_after_review": (0, 0, 1, 0)},
        claims=[
            C("依申請公開58件", "58", "requests.closed", "consistent", "t3.results_total.total 58"),
            C("同比下降10.77%", "10.77", "other", "safe", "a year-on-year rate, no cell"),
            C("行政復議案件2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
            C(
                "行政訴訟案件3件",
                "3",
                "appeals.suit",
                "consistent",
                "suit_direct 2 + suit_after_review 1",
            ),
            C("市政府規章4部", "4", "proactive.rules", "consistent", "t2.rules.made 4"),
            C("規范性文件47件", "47", "proactive.normative", "consistent", "t2.normative.made 47"),
            C(
                "等政策文件98件",
                "98",
                "proactive.items",
                "safe",
                "policy documents released (the government's), not a t2 row",
            ),
            C(
                "新出臺的54件市級政策文件",
                "54",
                "proactive.items",
                "safe",
                "documents interpreted; equals no like cell (t3.new.natural 54 is a coincidence)",
            ),
            C(
                "的2件系黨務信息",
                "2",
                "requests.closed",
                "consistent",
                "the note under table 三: t3.other_handling.total 2",
            ),
        ],
    )
)

DOCS.append(
    dict(
        n=2,
        seed=S000,
        layout="html",
        title="泰州市人民政府辦公室2020年政府信息公開工作年度報告",
        host="泰州市人民政府辦公室",
        icp="蘇ICP備05003567號",
        chrome={
            "related": [
                "泰州市人民政府辦公室2019年政府信息公開工作年度報告",
                "泰州市發展和改革委員會2020年政府信息公開工作年度報告",
            ],
            "prev": "市政府辦公室2020年度法治政府建設情況報告",
            "next": "市發展和改革委員會",
        },
        edits=[("下一篇: 市發展和改革委員會", "")],
        t3={
            "new": (60, 2, 0, 1, 0, 0),
            "carried_in": 4,
            "granted": 10,
            "partial": 7,
            "denied.query": 1,
            "unavailable.not_held": (33, 2, 0, 1, 0, 0),
            "not_processed.complaint": 4,
            "not_processed.duplicate": 3,
            "other_handling": 3,
            "carried_out": 3,
        },
        claims=[
            C(
                "依申請公開65件",
                "65",
                "requests.closed",
                "inconsistent",
                "PLANTED: t3.results_total.total 64 (new 63 + carried 4 = 64 + 3), every cell clean",
            ),
            C("同比下降46.72%", "46.72", "other", "safe", "a rate"),
            C(
                "行政復議案件3件",
                "3",
                "appeals.review",
                "consistent",
                "t4.review.total 3 (the seed's)",
            ),
            C("行政訴訟案件3件", "3", "appeals.suit", "consistent", "2 + 1 (the seed's)"),
            C("市政府規章6部", "6", "proactive.rules", "consistent", "t2.rules.made 6"),
            C("規范性文件52件", "52", "proactive.normative", "consistent", "t2.normative.made 52"),
            C("疫情防控信息208件", "208", "proactive.items", "safe", "no cell"),
            C("的3件系黨務信息", "3", "requests.closed", "consistent", "t3.other_handling.total 3"),
        ],
    )
)

DOCS.append(
    dict(
        n=3,
        seed=S000,
        layout="pdf",
        edits=[
            (
                "2020年共辦結政府信息依申請公開65件,同比下降46.72%",
                "2020年共辦結政府信息依申請公開72件,同比增長10.77%",
            ),
            (
                "行政復議案件3件、政府信息公開行政訴訟案件3件,無被依法糾正案件。",
                "行政復議案件4件、政府信息公開行政訴訟案件2件,\n其中行政復議被依法糾正1件。",
            ),
            (
                "2021年,市政府辦公室將著重在以下幾方面發力,提升信息公開質量與效果:",
                "下一步,我辦將重點做好以下工作:",
            ),
        ],
        t3={
            "new": (64, 3, 0, 1, 0, 1),
            "carried_in": 4,
            "granted": 12,
            "partial": 8,
            "denied.query": 1,
            "unavailable.not_held": (36, 3, 0, 1, 0, 1),
            "not_processed.complaint": 4,
            "not_processed.duplicate": 3,
            "other_handling": 3,
            "carried_out": 1,
        },
        t4={"review": (3, 1, 0, 0), "suit_direct": (1, 0, 0, 0), "suit_after_review": (0, 0, 1, 0)},
        claims=[
            C("行政復議案件4件", "4", "appeals.review", "consistent", "t4.review.total 4"),
            C("行政訴訟案件2件", "2", "appeals.suit", "consistent", "1 + 1"),
            C(
                "被依法糾正1件",
                "1",
                "appeals.corrected",
                "consistent",
                "t4.review.corrected 1 (suits 0)",
            ),
            C("的3件系黨務信息", "3", "requests.closed", "consistent", "t3.other_handling.total 3"),
            C("市政府規章6部", "6", "proactive.rules", "consistent", "t2.rules.made 6"),
        ],
    )
)

DOCS.append(
    dict(
        n=4,
        seed=S000,
        layout="txt",
        edits=[
            (
                "2020年共辦結政府信息依申請公開65件,同比下降46.72%",
                "2020年共辦結政府信息依申請公開50件,同比下降23.08%",
            ),
            ("注:“(六)其他處理”的3件系黨務信息。\n", ""),
            (
                "(三)人大代表建議和政協提案答復情況。2020年本辦承辦1件關于進一步提高人大代表建議批評意見辦理質量的建議,已按時答復并向社會公開。",
                "(三)人大代表建議和政協提案辦理情況。2020年本辦共承辦人大代表建議2件、政協提案3件,均已按期辦結,辦結率100%。",
            ),
        ],
        t3={
            "new": (48, 1, 0, 0, 0, 0),
            "carried_in": 4,
            "granted": 9,
            "partial": 6,
            "denied.query": 1,
            "unavailable.not_held": (28, 1, 0, 0, 0, 0),
            "not_processed.complaint": 3,
            "not_processed.duplicate": 2,
            "carried_out": 3,
        },
        t4={"review": (2, 0, 0, 0), "suit_direct": (0, 0, 2, 0), "suit_after_review": (0, 0, 1, 0)},
        claims=[
            C("依申請公開50件", "50", "requests.closed", "consistent", "t3.results_total.total 50"),
            C(
                "行政復議案件3件",
                "3",
                "appeals.review",
                "inconsistent",
                "PLANTED: t4.review.total 2 (upheld 2), the row read clean",
            ),
            C("行政訴訟案件3件", "3", "appeals.suit", "consistent", "2 + 1"),
            C("人大代表建議2件", "2", "other", "safe", "deputies' suggestions, no cell"),
            C("政協提案3件", "3", "other", "safe", "proposals, no cell"),
            C("市政府規章6部", "6", "proactive.rules", "consistent", "t2.rules.made 6"),
            C("規范性文件52件", "52", "proactive.normative", "consistent", "t2.normative.made 52"),
            C("復工復產信息293件", "293", "proactive.items", "safe", "no cell"),
        ],
    )
)

# ---- seed 001: 凉州区市场监督管理局 ----------------------------------------------------------------
NOAPP = "2020年,未收到公开政府信息的申请。"
DOCS.append(
    dict(
        n=5,
        seed=S001,
        layout="txt",
        edits=[
            (NOAPP, "2020年,共收到公开政府信息的申请2件,均在法定期限内予以答复。"),
            (
                "主动公开发布各类政府信息43条,累计发布各类政府信息2816条",
                "主动公开发布各类政府信息51条,累计发布各类政府信息2867条",
            ),
            (
                "本年度未发生突发舆情事件。",
                "本年度未发生突发舆情事件。全年作出行政处罚决定86件,并全部在区政府门户网站公示。",
            ),
            ("行政处罚 | 0 | 0 | 0 | |", "行政处罚 | 0 | 0 | 86 | |"),
        ],
        t3={"new": 2, "granted": 1, "unavailable.not_held": 1},
        claims=[
            C("公开政府信息的申请2件", "2", "requests.received", "consistent", "t3.new.total 2"),
            C("各类政府信息51条", "51", "proactive.items", "safe", "items published, no cell"),
            C(
                "各类政府信息2867条",
                "2867",
                "proactive.items",
                "safe",
                "cumulative items, not t2's 对外公开总数量 (0)",
            ),
            C("行政处罚决定86件", "86", "other", "consistent", "t2.penalty.decisions 86"),
        ],
    )
)

DOCS.append(
    dict(
        n=6,
        seed=S001,
        layout="html",
        title="凉州区市场监督管理局2020年度政府信息公开工作落实情况",
        host="武威市凉州区人民政府",
        icp="陇ICP备05000537号",
        chrome={
            "related": [
                "凉州区市场监督管理局2019年度政府信息公开工作落实情况",
                "凉州区市场监督管理局2021年政府信息公开工作年度报告（收到申请7件）",
            ],
            "side": ["访问量：3468"],
        },
        edits=[
            (
                NOAPP,
                "2020年,我局共收到政府信息公开申请5件,其中予以公开3件,本机关不掌握相关政府信息1件。",
            )
        ],
        t3={"new": 4, "granted": 3, "unavailable.not_held": 1},
        claims=[
            C(
                "政府信息公开申请5件",
                "5",
                "requests.received",
                "inconsistent",
                "PLANTED: t3.new.total 4, carried_in 0, every cell clean",
            ),
            C("其中予以公开3件", "3", "requests.closed", "consistent", "t3.granted.total 3"),
            C(
                "不掌握相关政府信息1件",
                "1",
                "requests.closed",
                "consistent",
                "t3.unavailable.not_held.total 1",
            ),
            C(
                "（收到申请7件）",
                "7",
                "requests.received",
                "safe",
                "page chrome: the 2021 report's title",
            ),
            C("访问量：3468", "3468", "other", "safe", "page chrome"),
        ],
    )
)

DOCS.append(
    dict(
        n=7,
        seed=S001,
        layout="txt",
        traditional=True,
        chrome={
            "head": [
                "首页 > 政务公开 > 政府信息公开年报",
                "发布时间：2021-01-29 09:12 来源：凉州区市场监督管理局 字号：大 中 小",
            ],
            "foot": ["【打印本页】【关闭窗口】"],
        },
        edits=[
            (NOAPP, "2020年,共受理政府信息公开申请3件,上年结转1件,全年办结4件。"),
            (
                "本年度未发生突发舆情事件。",
                "本年度未发生突发舆情事件。本年度因政府信息公开被申请行政复议1件,复议机关维持原答复。",
            ),
            (
                "2020年未制定专业性比较强的政策和法规类规范性文件,未进行政策解读和政务信息解读。",
                "2020年制定规范性文件2件,均同步进行了政策解读。",
            ),
            ("规范性文件 | 0 | 0 | 0 | |", "规范性文件 | 2 | 2 | 2 | |"),
        ],
        t3={
            "new": (2, 1, 0, 0, 0, 0),
            "carried_in": 1,
            "granted": (1, 1, 0, 0, 0, 0),
            "partial": 1,
            "unavailable.not_held": 1,
        },
        t4={"review": (1, 0, 0, 0)},
        claims=[
            C("受理政府信息公开申请3件", "3", "requests.received", "consistent", "t3.new.total 3"),
            C(
                "上年结转1件",
                "1",
                "requests.received",
                "consistent",
                "t3.carried_in.total 1 (as a part)",
            ),
            C("全年办结4件", "4", "requests.closed", "consistent", "t3.results_total.total 4"),
            C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
            C("制定规范性文件2件", "2", "proactive.normative", "consistent", "t2.normative.made 2"),
        ],
    )
)

DOCS.append(
    dict(
        n=8,
        seed=S001,
        layout="pdf",
        edits=[
            (
                NOAPP,
                "2020年,共收到政府信息公开申\n请6件,其中自然人申请5件,法律服务机构申请1件,已全部办结。",
            ),
            (
                "本年度未发生突发舆情事件。",
                "本年度未发生突发舆情事件。因政府信\n息公开被提起行政诉讼1件,法院判决维持。",
            ),
            (
                "存在的问题:一是公开形式和载体不够丰富,图文并茂公开信息较少;",
                "存在的问题:一是主动公开的深度和广度还需加强;",
            ),
        ],
        t3={
            "new": (5, 0, 0, 0, 1, 0),
            "granted": (2, 0, 0, 0, 1, 0),
            "partial": 1,
            "unavailable.not_held": 1,
            "not_processed.complaint": 1,
        },
        t4={"suit_direct": (1, 0, 0, 0)},
        claims=[
            C(
                "请6件",
                "6",
                "requests.received",
                "consistent",
                "t3.new.total 6 (the number's line starts with its last character)",
            ),
            C("其中自然人申请5件", "5", "requests.received", "consistent", "t3.new.natural 5"),
            C("法律服务机构申请1件", "1", "requests.received", "consistent", "t3.new.legal 1"),
            C("行政诉讼1件", "1", "appeals.suit", "consistent", "t4.suit_direct.total 1"),
        ],
    )
)

# ---- seed 002: a 区政府办公室, 2021 ----------------------------------------------------------------
DOCS.append(
    dict(
        n=9,
        seed=S002,
        layout="txt",
        edits=[
            ("共收到政府信息公开案件70件", "共收到政府信息公开案件64件"),
            ("行政复议2件、行政诉讼1件", "行政复议3件、行政诉讼2件"),
            (
                "平均答复工作日数为7.29,比法定的20个工作日压缩了63.55%",
                "平均答复工作日数为6.85,比法定的20个工作日压缩了65.75%",
            ),
            ("主动公开信息255条", "主动公开信息281条"),
            ("刊载规范性文件16件", "刊载规范性文件12件"),
        ],
        claims=[
            C(
                "政府信息公开案件64件",
                "64",
                "requests.received",
                "safe",
                "the page holds no tables (lost in the scrape)",
                ideal="unverifiable",
            ),
            C("行政复议3件", "3", "appeals.review", "safe", "no tables", ideal="unverifiable"),
            C("行政诉讼2件", "2", "appeals.suit", "safe", "no tables", ideal="unverifiable"),
            C(
                "刊载规范性文件12件",
                "12",
                "proactive.normative",
                "safe",
                "the gazette's count; no tables",
            ),
            C("主动公开信息281条", "281", "proactive.items", "safe", "no cell"),
        ],
    )
)

DOCS.append(
    dict(
        n=10,
        seed=S002,
        layout="txt",
        template=2021,
        edits=[(HEADS_002, tables_2021((3, 1, 25), 1520, 0))],
        t3={
            "new": (62, 6, 0, 0, 2, 0),
            "carried_in": 3,
            "granted": (30, 3, 0, 0, 1, 0),
            "partial": (8, 1, 0, 0, 0, 0),
            "unavailable.not_held": (14, 1, 0, 0, 1, 0),
            "unavailable.needs_creation": 2,
            "not_processed.complaint": 3,
            "not_processed.duplicate": 2,
            "other_handling.other": (4, 1, 0, 0, 0, 0),
            "carried_out": 2,
        },
        t4={"review": (2, 0, 0, 0), "suit_direct": (0, 0, 0, 1)},
        claims=[
            C("政府信息公开案件70件", "70", "requests.received", "consistent", "t3.new.total 70"),
            C("行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
            C("行政诉讼1件", "1", "appeals.suit", "consistent", "t4.suit_direct.total 1"),
            C(
                "刊载规范性文件16件",
                "16",
                "proactive.normative",
                "safe",
                "the district government's gazette carried 16; the office's t2 issued 3 is another count",
            ),
            C("政府门户网站主动公开信息255条", "255", "proactive.items", "safe", "no cell"),
            C("4场疫情防控新闻发布会", "4", "proactive.press_conferences", "safe", "no cell"),
            C("全区26个试点领域", "26", "other", "safe", "no cell"),
            C("全区平均答复工作日数为7.29", "7.29", "other", "safe", "a district average"),
        ],
    )
)

DOCS.append(
    dict(
        n=11,
        seed=S002,
        layout="html",
        template=2021,
        title="区政府办公室2021年政府信息公开工作年度报告",
        host="区人民政府办公室",
        icp="粤ICP备2021036841号",
        chrome={
            "related": [
                "区政府办公室2020年政府信息公开工作年度报告",
                "区司法局2021年政府信息公开工作年度报告",
            ],
            "prev": "区发展和改革局2021年政府信息公开工作年度报告",
            "next": "区教育局2021年政府信息公开工作年度报告",
        },
        edits=[
            (HEADS_002, tables_2021((2, 0, 27), 1388, 0)),
            ("一是深入基层调查研究较少", "一是对基层政务公开工作的调研指导还不够深入"),
        ],
        t3={
            "new": (59, 6, 0, 0, 2, 0),
            "granted": (30, 3, 0, 0, 1, 0),
            "partial": (8, 1, 0, 0, 0, 0),
            "unavailable.not_held": (14, 1, 0, 0, 1, 0),
            "unavailable.needs_creation": 2,
            "not_processed.complaint": 1,
            "not_processed.duplicate": 2,
            "other_handling.other": (0, 1, 0, 0, 0, 0),
            "carried_out": 2,
        },
        t4={"review": (2, 0, 0, 0), "suit_direct": (0, 0, 0, 1)},
        claims=[
            C(
                "政府信息公开案件70件",
                "70",
                "requests.received",
                "inconsistent",
                "PLANTED: t3.new.total 67, carried_in 0, every cell clean",
            ),
            C("行政复议2件", "2", "appeals.review", "consistent", "t4.review.total 2"),
            C("行政诉讼1件", "1", "appeals.suit", "consistent", "t4.suit_direct.total 1"),
            C(
                "刊载规范性文件16件",
                "16",
                "proactive.normative",
                "safe",
                "the gazette's count; t2 issued 2",
            ),
        ],
    )
)

DOCS.append(
    dict(
        n=12,
        seed=S002,
        layout="pdf",
        template=2021,
        edits=[
            (HEADS_002, tables_2021((4, 0, 29), 1402, 3)),
            ("共收到政府信息公开案件70件", "共收到政府信息公开案件58件"),
            ("全区平均答复工作日数为7.29", "全区共办理依申请公开1236件,平均答复工作日数为7.29"),
            ("刊载规范性文件16件", "刊载规范性文件13件"),
        ],
        t3={
            "new": (52, 5, 0, 1, 0, 0),
            "carried_in": 2,
            "granted": (25, 2, 0, 1, 0, 0),
            "partial": (9, 1, 0, 0, 0, 0),
            "unavailable.not_held": (12, 2, 0, 0, 0, 0),
            "not_processed.complaint": 3,
            "other_handling.no_supplement": 2,
            "carried_out": 3,
        },
        t4={"review": (1, 0, 0, 1), "suit_direct": (1, 0, 0, 0)},
        claims=[
            C("案件58件", "58", "requests.received", "consistent", "t3.new.total 58"),
            C(
                "行政复议2件",
                "2",
                "appeals.review",
                "consistent",
                "t4.review.total 2 (one pending)",
            ),
            C("行政诉讼1件", "1", "appeals.suit", "consistent", "t4.suit_direct.total 1"),
            C(
                "依申请公开1236件",
                "1236",
                "requests.closed",
                "safe",
                "the whole district's, not the office's",
                ideal="not_comparable",
            ),
            C(
                "规范性文件13件",
                "13",
                "proactive.normative",
                "safe",
                "the gazette's count; t2 issued 4",
            ),
        ],
    )
)

# ---- seed 003: 泉州台商投资区规划建设与交通运输局 (one cell per line) ------------------------------------
RECV = "受理回复政府信息依申请8条"
DOCS.append(
    dict(
        n=13,
        seed=S003,
        layout="txt",
        edits=[
            (RECV, "受理回复政府信息依申请11条"),
            ("主动公开政府信息204条", "主动公开政府信息231条"),
            ("规范性文件 |\n5 |\n5 |\n5 |", "规范性文件 |\n3 |\n3 |\n8 |"),
            ("政府集中采购 |\n38 |\n3985054 |", "政府集中采购 |\n41 |\n4120315 |"),
        ],
        t3={"new": 11, "granted": 2, "partial": 7, "unavailable.not_held": 2},
        claims=[
            C(
                "依申请11条",
                "11",
                "requests.received",
                "consistent",
                "t3.new.total 11 (results 11)",
            ),
            C("主动公开政府信息231条", "231", "proactive.items", "safe", "no cell"),
            C(
                "2020公开政府采购38条",
                "38",
                "other",
                "safe",
                "procurement notices published, not t2.procurement.count 41",
            ),
            C(
                "共梳理行政许可183项",
                "183",
                "other",
                "safe",
                "items listed in November; t2.license prev 182 + 1 is no cell",
            ),
            C("调整权责事项250 项", "250", "other", "safe", "no cell"),
            C(
                "等共计4条",
                "4",
                "proactive.items",
                "safe",
                "housing policy documents, not t2 normative (3)",
            ),
        ],
    )
)

DOCS.append(
    dict(
        n=14,
        seed=S003,
        layout="txt",
        edits=[
            (RECV, "受理回复政府信息依申请9条"),
            (
                "一是政府信息工作要求越来越高,工作队伍建设有待进一步加强",
                "一是信息公开工作人员多为兼职,队伍建设有待进一步加强",
            ),
        ],
        claims=[
            C(
                "依申请9条",
                "9",
                "requests.received",
                "inconsistent",
                "PLANTED: t3.new.total 8, results 8, carried 0, every cell clean",
            ),
            C(
                "2020公开政府采购38条",
                "38",
                "other",
                "safe",
                "notices published (t2 count 38 here: no accusation either way)",
            ),
        ],
    )
)

DOCS.append(
    dict(
        n=15,
        seed=S003,
        layout="txt",
        traditional=True,
        edits=[(RECV, "受理回复政府信息依申请6条")],
        t3={
            "new": (5, 1, 0, 0, 0, 0),
            "carried_in": 1,
            "granted": 2,
            "partial": (3, 1, 0, 0, 0, 0),
            "unavailable.not_held": 1,
        },
        claims=[
            C(
                "依申请6条",
                "6",
                "requests.received",
                "safe",
                "受理回复 6: received 6 = t3.new.total 6; answered 7 with the one carried in, so not false as closed either",
                ideal="consistent",
            ),
            C("主动公开政府信息204条", "204", "proactive.items", "safe", "no cell"),
        ],
    )
)

DOCS.append(
    dict(
        n=16,
        seed=S003,
        layout="pdf",
        edits=[
            (RECV, "受理回复政府信息依申请9条,制发规范性文件4件"),
            ("规范性文件 |\n5 |\n5 |\n5 |", "规范性文件 |\n4 |\n4 |\n9 |"),
        ],
        t3={
            "new": (8, 0, 1, 0, 0, 0),
            "granted": 3,
            "partial": 4,
            "unavailable.not_held": (1, 0, 1, 0, 0, 0),
        },
        claims=[
            C("依申请9条", "9", "requests.received", "consistent", "t3.new.total 9"),
            C("规范性文件4件", "4", "proactive.normative", "consistent", "t2.normative.made 4"),
        ],
    )
)

# ---- seed 004: 衡山县行政审批服务局 ----------------------------------------------------------------
ONLINE = "督促相关部门和乡镇依法依规答复政府信息依申请公开网上申请15件"
DOCS.append(
    dict(
        n=17,
        seed=S004,
        layout="txt",
        edits=[
            (ONLINE, "督促相关部门和乡镇依法依规答复政府信息依申请公开网上申请17件"),
            (
                "共收到群众来信121件,办结121件,公开答复37件",
                "共收到群众来信134件,办结134件,公开答复41件",
            ),
        ],
        claims=[
            C(
                "网上申请17件",
                "17",
                "requests.received",
                "safe",
                "departments' and townships' applications the bureau urged; its own t3.new is 0",
                ideal="not_comparable",
            ),
            C("群众来信134件", "134", "other", "safe", "mailbox letters"),
            C(
                "办结134件",
                "134",
                "requests.closed",
                "safe",
                "mailbox letters closed, not applications",
            ),
            C("公开答复41件", "41", "other", "safe", "letters answered publicly"),
            C("权责清单2791项", "2791", "other", "safe", "no cell"),
            C("在编在岗12人", "12", "other", "safe", "staff"),
            C(
                "制作发布规范性文件图解11个",
                "11",
                "proactive.normative",
                "safe",
                "infographics of normative documents, not t2.normative (0)",
            ),
        ],
    )
)

DOCS.append(
    dict(
        n=18,
        seed=S004,
        layout="html",
        title="衡山县行政审批服务局2020年政府信息公开工作报告",
        host="衡山县人民政府",
        icp="湘ICP备05001728号",
        chrome={
            "related": [
                "衡山县2020年政府信息公开工作年度报告（受理申请156件）",
                "衡山县行政审批服务局2019年政府信息公开工作报告",
            ],
            "side": ["本页浏览次数：1589"],
        },
        edits=[
            (
                ONLINE,
                "督促相关部门和乡镇依法依规答复政府信息依申请公开网上申请26件;本局全年收到政府信息公开申请3件,均在法定期限内答复",
            )
        ],
        t3={"new": 3, "granted": 2, "unavailable.not_held": 1},
        claims=[
            C(
                "网上申请26件",
                "26",
                "requests.received",
                "safe",
                "other units' applications",
                ideal="not_comparable",
            ),
            C(
                "本局全年收到政府信息公开申请3件",
                "3",
                "requests.received",
                "consistent",
                "t3.new.total 3",
            ),
            C(
                "（受理申请156件）",
                "156",
                "requests.received",
                "safe",
                "page chrome: the county's report",
            ),
            C("群众来信121件", "121", "other", "safe", "mailbox letters"),
        ],
    )
)

DOCS.append(
    dict(
        n=19,
        seed=S004,
        layout="pdf",
        edits=[
            (
                ONLINE,
                "督促相关部门和乡镇依法依规答复政府信息依申请公开网上申请15件。本局全年收\n到政府信息公开申请5件,均按时答复",
            )
        ],
        t3={"new": (3, 1, 0, 0, 0, 0), "granted": (2, 1, 0, 0, 0, 0), "partial": 1},
        claims=[
            C(
                "到政府信息公开申请5件",
                "5",
                "requests.received",
                "inconsistent",
                "PLANTED: t3.new.total 4, results 4, carried 0, every cell clean",
            ),
            C(
                "网上申请15件",
                "15",
                "requests.received",
                "safe",
                "other units' applications",
                ideal="not_comparable",
            ),
        ],
    )
)

DOCS.append(
    dict(
        n=20,
        seed=S004,
        layout="txt",
        traditional=True,
        edits=[
            (ONLINE, ONLINE + ";本局因政府信息公开被申请行政复议1件,经复议维持原答复"),
            (
                "全年线上、线下共公布“一件事一次办”目录200项",
                "全年线上、线下共公布“一件事一次办”目录200项,全年作出行政许可决定15632件",
            ),
            ("行政许可 | 0 | 0 | 0 | |", "行政许可 | 268 | 12 | 15632 | |"),
        ],
        t4={"review": (1, 0, 0, 0)},
        claims=[
            C("被申请行政复议1件", "1", "appeals.review", "consistent", "t4.review.total 1"),
            C("行政许可决定15632件", "15632", "other", "consistent", "t2.license.decisions 15632"),
            C(
                "网上申请15件",
                "15",
                "requests.received",
                "safe",
                "other units' applications; own t3.new 0",
                ideal="not_comparable",
            ),
            C("目录200项", "200", "other", "safe", "no cell"),
        ],
    )
)

DOCS.append(
    dict(
        n=21,
        seed=S004,
        layout="txt",
        chrome={
            "head": ["衡山县人民政府门户网站", "当前位置：首页 > 政务公开 > 政府信息公开年报"],
            "foot": ["主办：衡山县人民政府办公室 承办：衡山县行政审批服务局"],
        },
        edits=[
            (ONLINE, ONLINE + "。本局收到政府信息公开申请2件,上年结转1件,共办结3件"),
            ("(二)改进措施。一是加强机构队伍建设。", "(二)改进措施。一是进一步充实工作力量。"),
        ],
        t3={"new": 2, "carried_in": 1, "granted": 1, "partial": 1, "not_processed.duplicate": 1},
        claims=[
            C(
                "本局收到政府信息公开申请2件",
                "2",
                "requests.received",
                "consistent",
                "t3.new.total 2",
            ),
            C("上年结转1件", "1", "requests.received", "consistent", "t3.carried_in.total 1"),
            C("共办结3件", "3", "requests.closed", "consistent", "t3.results_total.total 3"),
            C(
                "网上申请15件",
                "15",
                "requests.received",
                "safe",
                "other units' applications",
                ideal="not_comparable",
            ),
            C("各类政府信息7819条", "7819", "proactive.items", "safe", "no cell"),
        ],
    )
)

# ---- probes written after reading the reconciliation code (set "after") -----------------------------
DOCS.append(dict(
    n=22, seed=S002, layout="txt", template=2021, set="after",
    edits=[
        (HEADS_002, tables_2021((3, 0, 28), 1520, 0)),
        ("发布网上政府公报4期,刊载规范性文件16件", "编印《政府公报》4期,刊发规范性文件16件"),
        ("全区平均答复工作日数为7.29", "全区各单位共收到政府信息公开申请1236件,其中区政府办公室70件,平均答复工作日数为7.29"),
    ],
    t3={"new": (62, 6, 0, 0, 2, 0), "carried_in": 3, "granted": (30, 3, 0, 0, 1, 0), "partial": (8, 1, 0, 0, 0, 0),
        "unavailable.not_held": (14, 1, 0, 0, 1, 0), "unavailable.needs_creation": 2, "not_processed.complaint": 3,
        "not_processed.duplicate": 2, "other_handling.other": (4, 1, 0, 0, 0, 0), "carried_out": 2},
    t4={"review": (2, 0, 0, 0), "suit_direct": (0, 0, 0, 1)},
    claims=[
        C("刊发规范性文件16件", "16", "proactive.normative", "safe", "a gazette's contents (刊发), t2 issued 3"),
        C("共收到政府信息公开申请1236件", "1236", "requests.received", "safe", "the whole district's", ideal="not_comparable"),
        C("其中区政府办公室70件", "70", "requests.received", "consistent", "the office's own: t3.new.total 70"),
        C("政府信息公开案件70件", "70", "requests.received", "consistent", "t3.new.total 70"),
    ],
))

DOCS.append(dict(
    n=23, seed=S004, layout="pdf", set="after",
    edits=[
        (ONLINE, "督促相关部门和乡镇依法依规答复政府信息依申请公开网上申请15件。全县共收到政府信息公开申请156件,其中本局3件,均按时答复"),
        ("制作发布规范性文件图解11个", "制作发布规范性文件图解11个,政府公报收录规范性文件9件"),
    ],
    t3={"new": 3, "granted": 2, "unavailable.not_held": 1},
    claims=[
        C("申请156件", "156", "requests.received", "safe", "the county's", ideal="not_comparable"),
        C("其中本局3件", "3", "requests.received", "consistent", "t3.new.total 3"),
        C("文件9件", "9", "proactive.normative", "safe", "a gazette's contents; t2 normative 0"),
    ],
))

DOCS.append(dict(
    n=24, seed=S000, layout="txt", set="after",
    edits=[
        ("2020年公開政府公報12期(刊載公文53件)", "2020年公開政府公報12期(刊載規范性文件53件)"),
        ("全年發生政府信息公開行政復議案件3件", "全年市政府作為被申請人的政府信息公開行政復議案件3件"),
    ],
    claims=[
        C("刊載規范性文件53件", "53", "proactive.normative", "safe", "a gazette's contents in Traditional; t2 made 52"),
        C("行政復議案件3件", "3", "appeals.review", "consistent", "t4.review.total 3"),
        C("依申請公開65件", "65", "requests.closed", "consistent", "t3.results_total.total 65"),
    ],
))
