"""The third batch (x01–x12): written after the second fixes (not blind to the rules),
scored once before any change for it. Same marker as docs_spec.py.
"""

from __future__ import annotations

from typing import Any

from docs_spec import pre

_T3_SMALL = {
    "new": {"natural": 10, "commercial": 2},
    "results": {
        "granted": {"natural": 5, "commercial": 1},
        "partial": {"natural": 1},
        "unavailable.not_held": {"natural": 3, "commercial": 1},
        "not_processed.complaint": {"natural": 1},
    },
}

DOCS3: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ x01 办理 = new + carried
    {
        "id": "x01",
        "agency": "泉州市泉港区住房和城乡建设局",
        "year": 2022,
        "template": "2021",
        "layout": "pipe",
        "preamble": pre("泉州市泉港区住房和城乡建设局", 2022),
        "overview": [
            "2022年，我局共办理政府信息公开申请⟦20件|t3.results_total.total+t3.carried_out.total|C/U|handled|办理 20 = results 17 + carried over 3 (= new 18 + carried in 2)⟧，其中本年度新收⟦18件|new|C|part-new|18⟧、上年度结转⟦2件|-|X|carried|2⟧。",
        ],
        "t3": {
            "new": {"natural": 16, "commercial": 2},
            "carried_in": {"natural": 2},
            "results": {"granted": {"natural": 8, "commercial": 1}, "partial": {"natural": 2}, "unavailable.not_held": {"natural": 5, "commercial": 1}},
        },
        "t4": {},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ x02 topics in parentheses
    {
        "id": "x02",
        "agency": "福州市晋安区自然资源和规划局",
        "year": 2023,
        "template": "2021",
        "layout": "pipe",
        "preamble": pre("福州市晋安区自然资源和规划局", 2023),
        "overview": [
            "2023年，我局收到政府信息公开申请⟦36件|new|C|total|36⟧。申请内容主要集中在征地拆迁（⟦12件|-|U|topic|a topic, no cell⟧）、规划审批（⟦9件|-|U|topic|topic⟧）和不动产登记（⟦6件|-|U|topic|topic⟧）等方面。",
        ],
        "t3": {
            "new": {"natural": 30, "commercial": 6},
            "results": {"granted": {"natural": 14, "commercial": 3}, "partial": {"natural": 4}, "unavailable.not_held": {"natural": 9, "commercial": 2}, "not_processed.complaint": {"natural": 3, "commercial": 1}},
        },
        "t4": {},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ x03 rates, 纠错率, 败诉率
    {
        "id": "x03",
        "agency": "三明市沙县区市场监督管理局",
        "year": 2022,
        "template": "2021",
        "layout": "markdown",
        "preamble": pre("三明市沙县区市场监督管理局", 2022),
        "overview": [
            "2022年，我局收到申请⟦12件|new|C|total|12⟧，答复率⟦100%|-|N|pct|rate⟧，申请人满意率⟦98%|-|N|pct|rate⟧。行政复议纠错率为⟦0|-|N|pct|rate⟧，行政诉讼败诉率为⟦0|-|N|pct|rate⟧。",
        ],
        "t3": _T3_SMALL,
        "t4": {"review": [1, 0, 0, 0]},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ x04 逾 with a Chinese numeral, Traditional
    {
        "id": "x04",
        "agency": "漳州市芗城区人民政府办公室",
        "title": "漳州市芗城区人民政府2021年政府信息公开工作年度报告",
        "year": 2021,
        "template": "2021",
        "layout": "pipe",
        "script": "traditional",
        "preamble": pre("漳州市芗城区人民政府", 2021),
        "overview": [
            "2021年，區政府收到政府信息公開申請逾⟦百件|new|C|approx|approx: 逾百 is over 100; table 130⟧，辦結⟦120餘件|closed|C|approx|approx: 120余 agrees with 126⟧。",
        ],
        "t3": {
            "new": {"natural": 110, "commercial": 15, "legal": 5},
            "results": {"granted": {"natural": 50, "commercial": 6, "legal": 2}, "partial": {"natural": 15, "commercial": 2}, "unavailable.not_held": {"natural": 30, "commercial": 5, "legal": 2}, "not_processed.complaint": {"natural": 10}, "other_handling.other": {"natural": 4}},
        },
        "t4": {"review": [3, 1, 0, 0]},
        "problems": ["無。"],
        "other": ["無。"],
    },
    # ------------------------------------------------------------------ x05 a review carried from last year
    {
        "id": "x05",
        "agency": "莆田市荔城区教育局",
        "year": 2022,
        "template": "2021",
        "layout": "pipe",
        "preamble": pre("莆田市荔城区教育局", 2022),
        "overview": ["2022年，我局收到申请⟦12件|new|C|total|12⟧。"],
        "appeals": [
            "本年度发生政府信息公开行政复议⟦1件|review|C|appeal-total|1⟧（另有2021年提起的行政诉讼⟦1件|suit|N|year-prev|a suit of 2021 (table counts 0 this year)⟧于本年度审结）。",
        ],
        "t3": _T3_SMALL,
        "t4": {"review": [1, 0, 0, 0]},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ x06 forwarded applications
    {
        "id": "x06",
        "agency": "龙岩市永定区卫生健康局",
        "year": 2023,
        "template": "2021",
        "layout": "cell_per_line",
        "preamble": pre("龙岩市永定区卫生健康局", 2023),
        "overview": [
            "2023年，我局收到政府信息公开申请⟦12件|new|C|total|12⟧，另有区政府办公室转来的依申请公开件⟦3件|-|N|other-agency|forwarded (counted by the office)⟧。",
        ],
        "t3": _T3_SMALL,
        "t4": {},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ x07 semicolon list of applicant kinds
    {
        "id": "x07",
        "agency": "宁德市蕉城区交通运输局",
        "year": 2022,
        "template": "2021",
        "layout": "tsv",
        "preamble": pre("宁德市蕉城区交通运输局", 2022),
        "overview": [
            "依申请公开情况：全年新收申请⟦12件|new|C|total|12⟧；自然人申请⟦10件|t3.new.natural|C|part|10⟧；商业企业申请⟦2件|t3.new.commercial|C|part|2⟧；法律服务机构申请⟦1件|t3.new.legal|I|part-contradiction|legal column 0⟧。",
        ],
        "t3": _T3_SMALL,
        "t4": {},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ x08 近三年 / 近年来
    {
        "id": "x08",
        "agency": "南平市武夷山市人力资源和社会保障局",
        "year": 2023,
        "template": "2021",
        "layout": "pipe",
        "preamble": pre("武夷山市人力资源和社会保障局", 2023),
        "overview": [
            "近三年，我局共受理政府信息公开申请⟦86件|new|N|cumulative|three years⟧，2023年受理⟦12件|new|C|total|12⟧。",
        ],
        "t3": _T3_SMALL,
        "t4": {},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ x09 parts: answered in time / still open
    {
        "id": "x09",
        "agency": "福鼎市自然资源局",
        "year": 2021,
        "template": "2021",
        "layout": "pipe",
        "preamble": pre("福鼎市自然资源局", 2021),
        "overview": [
            "2021年，我局收到申请⟦14件|new|C|total|14⟧，其中⟦12件|closed|C/N|part|answered = closed 12 (gold corrected after the reading: first judged N, a part with no cell; the 12 answered are the 12 closed)⟧已按期答复，⟦2件|-|X|still-open|still open⟧正在办理中。",
        ],
        "t3": {
            "new": {"natural": 12, "commercial": 2},
            "results": {"granted": {"natural": 6, "commercial": 1}, "unavailable.not_held": {"natural": 4, "commercial": 1}},
        },
        "t4": {},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ x10 appeals parts
    {
        "id": "x10",
        "agency": "泉州市鲤城区城市管理局",
        "year": 2023,
        "template": "2021",
        "layout": "html",
        "preamble": pre("泉州市鲤城区城市管理局", 2023),
        "overview": ["2023年，我局收到申请⟦12件|new|C|total|12⟧。"],
        "appeals": [
            "行政复议⟦3件|review|C|appeal-total|3⟧中，维持⟦2件|t4.review.upheld|C|part|2⟧、纠正⟦1件|t4.review.corrected|C|part|1⟧；行政诉讼⟦2件|suit|C|appeal-total|2⟧，均未审结⟦2件|t4.suit_direct.pending+t4.suit_after_review.pending|C/U|part|pending 1+1⟧。",
        ],
        "t3": _T3_SMALL,
        "t4": {"review": [2, 1, 0, 0], "suit_direct": [0, 0, 0, 1], "suit_after_review": [0, 0, 0, 1]},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ x11 withdrawn, consultations
    {
        "id": "x11",
        "agency": "三明市梅列区教育局",
        "year": 2022,
        "template": "2021",
        "layout": "pipe",
        "preamble": pre("三明市梅列区教育局", 2022),
        "overview": [
            "2022年，我局收到政府信息公开申请⟦12件|new|C|total|12⟧，申请人撤回申请⟦1件|-|U|part|withdrawn: no such row (counted under 其他)⟧，接受政府信息公开咨询⟦45次|-|X|no-type|consultations⟧。",
        ],
        "t3": _T3_SMALL,
        "t4": {},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ x12 2019 template HTML Traditional, contradictions
    {
        "id": "x12",
        "agency": "南安市教育局",
        "year": 2020,
        "template": "2019",
        "layout": "html",
        "script": "traditional",
        "preamble": pre("南安市教育局", 2020),
        "overview": [
            "2020年，我局新制作規範性文件⟦3件|t2.normative.made|I|t2-contradiction|made 2⟧。全年收到政府信息公開申請⟦12件|new|C|total|12⟧，辦結⟦11件|closed|I|closed-contradiction|results 12⟧，行政複議⟦1件|review|C|appeal-total|1⟧。",
        ],
        "t2": {"normative.made": 2, "normative.published": 2, "normative.total": 40},
        "t3": {
            "new": {"natural": 10, "commercial": 2},
            "results": {"granted": {"natural": 5, "commercial": 1}, "partial": {"natural": 1}, "unavailable.not_held": {"natural": 3, "commercial": 1}, "other_handling": {"natural": 1}},
        },
        "t4": {"review": [1, 0, 0, 0]},
        "problems": ["無。"],
        "other": ["無。"],
    },
]
