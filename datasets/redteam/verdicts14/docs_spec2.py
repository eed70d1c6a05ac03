"""The second batch (w01–w15): written after the first reading and after reading
``govinfo_nlp/reconcile.py`` (so not blind to the rules), and scored once after the
session-14 fixes without tuning on it. Same marker as docs_spec.py.
"""

from __future__ import annotations

from typing import Any

from docs_spec import pre

DOCS2: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ w01 review + suits together
    {
        "id": "w01",
        "agency": "南平市建阳区应急管理局",
        "year": 2022,
        "template": "2021",
        "layout": "pipe",
        "preamble": pre("南平市建阳区应急管理局", 2022),
        "overview": [
            "2022年，我局收到政府信息公开申请⟦9件|new|C|total|9⟧。因政府信息公开引发的行政复议和行政诉讼共⟦3件|t4.review.total+t4.suit_direct.total+t4.suit_after_review.total|C/U|combined|review 2 + suits 1 = 3; no single field⟧。",
        ],
        "t3": {
            "new": {"natural": 8, "commercial": 1},
            "results": {"granted": {"natural": 5}, "unavailable.not_held": {"natural": 3, "commercial": 1}},
        },
        "t4": {"review": [2, 0, 0, 0], "suit_direct": [1, 0, 0, 0]},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ w02 Chinese numerals, last year's in one sentence
    {
        "id": "w02",
        "agency": "三明市三元区民政局",
        "year": 2023,
        "template": "2021",
        "layout": "cell_per_line",
        "preamble": pre("三明市三元区民政局", 2023),
        "overview": [
            "2023年，我局共收到政府信息公开申请⟦12件|new|C|total|12⟧，比上年的⟦8件|new|N|year-prev|上年的 8⟧增加⟦4件|-|N|delta|change⟧。",
            "本年度发生行政复议⟦两件|review|C|cn-numeral|2⟧，行政诉讼⟦三件|suit|I|cn-numeral-contradiction|suits 1⟧。",
        ],
        "t3": {
            "new": {"natural": 11, "commercial": 1},
            "results": {"granted": {"natural": 6, "commercial": 1}, "partial": {"natural": 1}, "unavailable.not_held": {"natural": 4}},
        },
        "t4": {"review": [1, 1, 0, 0], "suit_direct": [0, 0, 0, 1]},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ w03 去年 / 上一年度 / 截至目前
    {
        "id": "w03",
        "agency": "福州市马尾区住房和建设局",
        "year": 2022,
        "template": "2021",
        "layout": "pipe",
        "preamble": pre("福州市马尾区住房和建设局", 2022),
        "overview": [
            "去年我局受理政府信息公开申请⟦19件|new|N|year-prev|去年⟧，今年受理⟦23件|new|C|total|23⟧。截至目前，我局累计受理申请⟦187件|new|N|cumulative|to date⟧。",
            "上一年度结转的⟦2件|-|X|carried|carried_in 2⟧已办结。",
        ],
        "t3": {
            "new": {"natural": 20, "commercial": 3},
            "carried_in": {"natural": 2},
            "results": {"granted": {"natural": 12, "commercial": 2}, "partial": {"natural": 3}, "unavailable.not_held": {"natural": 5, "commercial": 1}, "not_processed.duplicate": {"natural": 1}},
        },
        "t4": {},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ w04 petitions, people, information items
    {
        "id": "w04",
        "agency": "漳州市龙文区信访局",
        "year": 2021,
        "template": "2021",
        "layout": "pipe",
        "preamble": pre("漳州市龙文区信访局", 2021),
        "overview": [
            "2021年，我局受理群众信访事项⟦1318件|-|N|petitions|petitions, not disclosure applications⟧，接待来访群众⟦2450人次|-|X|no-type|visitors⟧。",
            "全年收到政府信息公开申请⟦5件|new|C|total|5⟧，涉及信息⟦17条|-|X|no-type|items asked for⟧，申请人共⟦5人|-|X|no-type|persons⟧。",
        ],
        "t3": {"new": {"natural": 5}, "results": {"granted": {"natural": 3}, "unavailable.not_held": {"natural": 2}}},
        "t4": {},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ w05 helped another body, partitive
    {
        "id": "w05",
        "agency": "泉州市洛江区财政局",
        "year": 2023,
        "template": "2021",
        "layout": "markdown",
        "preamble": pre("泉州市洛江区财政局", 2023),
        "overview": [
            "2023年，我局收到政府信息公开申请⟦14件|new|C|total|14⟧，另协助区政府办公室办理申请⟦6件|-|N|helped|another body's applications⟧。",
            "在本年度收到的申请中，有⟦10件|-|N|partitive|a part of the 14 (答复 within the year), no cell⟧在法定期限内答复。",
        ],
        "t3": {
            "new": {"natural": 10, "commercial": 4},
            "results": {"granted": {"natural": 5, "commercial": 2}, "unavailable.not_held": {"natural": 4, "commercial": 2}},
        },
        "t4": {},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ w06 总量 with its parts
    {
        "id": "w06",
        "agency": "莆田市城厢区教育局",
        "year": 2022,
        "template": "2021",
        "layout": "tsv",
        "preamble": pre("莆田市城厢区教育局", 2022),
        "overview": [
            "2022年，我局依申请公开总量⟦25件|new+cin|C|received-with-carried|新收22 + 结转3⟧（其中新收⟦22件|new|C|part-new|22⟧、上年结转⟦3件|-|X|carried|3⟧），已办结⟦24件|closed|C|closed-total|24⟧。",
        ],
        "t3": {
            "new": {"natural": 20, "commercial": 2},
            "carried_in": {"natural": 3},
            "results": {"granted": {"natural": 12, "commercial": 1}, "partial": {"natural": 4}, "unavailable.not_held": {"natural": 5, "commercial": 1}, "not_processed.complaint": {"natural": 1}},
        },
        "t4": {},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ w07 rules in a city government
    {
        "id": "w07",
        "agency": "宁德市人民政府办公室",
        "title": "宁德市人民政府2021年政府信息公开工作年度报告",
        "year": 2021,
        "template": "2021",
        "layout": "html",
        "preamble": pre("宁德市人民政府", 2021),
        "overview": [
            "2021年，市政府制定政府规章⟦2件|t2.rules.issued|I|t2-contradiction|本年制发规章 1⟧，制发行政规范性文件⟦12件|t2.normative.issued|C|t2-issued|12⟧。",
            "全市各县（市、区）政府共制发行政规范性文件⟦64件|t2.normative.issued|N|area|the counties⟧。",
        ],
        "t2": {"rules.issued": 1, "rules.in_force": 14, "normative.issued": 12, "normative.repealed": 5, "normative.in_force": 110},
        "t3": {
            "new": {"natural": 70, "commercial": 6},
            "results": {"granted": {"natural": 30, "commercial": 3}, "partial": {"natural": 10}, "unavailable.not_held": {"natural": 20, "commercial": 2}, "not_processed.complaint": {"natural": 6}, "other_handling.other": {"natural": 2}},
        },
        "t4": {"review": [3, 0, 0, 1]},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ w08 denied and unavailable groups
    {
        "id": "w08",
        "agency": "龙岩市新罗区自然资源局",
        "year": 2023,
        "template": "2021",
        "layout": "pipe",
        "preamble": pre("龙岩市新罗区自然资源局", 2023),
        "overview": [
            "2023年，我局办结政府信息公开申请⟦40件|closed|C|closed-total|40⟧，其中予以公开⟦18件|granted|C|part|18⟧，不予公开⟦4件|t3.denied.state_secret.total+t3.denied.prohibited.total+t3.denied.security.total+t3.denied.third_party.total+t3.denied.internal.total+t3.denied.process.total+t3.denied.enforcement.total+t3.denied.query.total|C/U|part-group|denied group 1+3 = 4⟧，无法提供⟦12件|t3.unavailable.not_held.total+t3.unavailable.needs_creation.total+t3.unavailable.unclear.total|C/U|part-group|10+2⟧，其他处理⟦6件|t3.other_handling.no_supplement.total+t3.other_handling.no_fee.total+t3.other_handling.other.total|C/U|part-group|4+2⟧。",
        ],
        "t3": {
            "new": {"natural": 36, "commercial": 6},
            "results": {
                "granted": {"natural": 15, "commercial": 3},
                "denied.third_party": {"natural": 1},
                "denied.process": {"natural": 2, "commercial": 1},
                "unavailable.not_held": {"natural": 8, "commercial": 2},
                "unavailable.needs_creation": {"natural": 2},
                "other_handling.no_supplement": {"natural": 4},
                "other_handling.other": {"natural": 2},
            },
        },
        "t4": {},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ w09 1-11月, full-width digits, thousands separator
    {
        "id": "w09",
        "agency": "福州市仓山区人力资源和社会保障局",
        "year": 2022,
        "template": "2021",
        "layout": "pipe",
        "preamble": pre("福州市仓山区人力资源和社会保障局", 2022),
        "overview": [
            "2022年1-11月，我局收到政府信息公开申请⟦30件|new|N|part-of-year|eleven months⟧，全年共收到⟦３３件|new|C|fullwidth|33⟧。",
            "全年办理劳动保障监察案件⟦1,208件|-|X|no-type|labour cases⟧。",
        ],
        "t3": {
            "new": {"natural": 30, "commercial": 3},
            "results": {"granted": {"natural": 15, "commercial": 2}, "partial": {"natural": 5}, "unavailable.not_held": {"natural": 8, "commercial": 1}, "not_processed.complaint": {"natural": 2}},
        },
        "t4": {},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ w10 Traditional HTML with a damaged appeals row
    {
        "id": "w10",
        "agency": "晋江市市场监督管理局",
        "year": 2023,
        "template": "2021",
        "layout": "html",
        "script": "traditional",
        "preamble": pre("晋江市市场监督管理局", 2023),
        "overview": [
            "2023年，我局收到政府信息公开申请⟦58件|new|C|total|58⟧，办结⟦55件|closed|C|closed-total|55⟧。",
            "全年发生行政复议⟦3件|review|U|damaged|review total and corrected damaged⟧，行政诉讼⟦1件|suit|C/U|appeal-total|direct 1 (same row as the damaged cells)⟧。",
        ],
        "t3": {
            "new": {"natural": 50, "commercial": 8},
            "results": {"granted": {"natural": 25, "commercial": 4}, "partial": {"natural": 6}, "unavailable.not_held": {"natural": 12, "commercial": 3}, "not_processed.complaint": {"natural": 5}},
        },
        "t4": {"review": [1, 1, 0, 1], "suit_direct": [1, 0, 0, 0]},
        "shown": {"t4.review.total": "3?", "t4.review.corrected": "I"},
        "problems": ["無。"],
        "other": ["無。"],
    },
    # ------------------------------------------------------------------ w11 upper-level body, 上级
    {
        "id": "w11",
        "agency": "长汀县人民政府办公室",
        "title": "长汀县人民政府2022年政府信息公开工作年度报告",
        "year": 2022,
        "template": "2021",
        "layout": "pipe",
        "preamble": pre("长汀县人民政府", 2022),
        "overview": [
            "2022年，县政府收到政府信息公开申请⟦26件|new|C|self|26⟧。上级龙岩市人民政府转办申请⟦4件|-|N|other-agency|forwarded by the city⟧。",
            "以县政府为被申请人的行政复议⟦2件|review|C|self|2⟧，龙岩市全市共发生此类复议⟦35件|review|N|area|the city⟧。",
        ],
        "t3": {
            "new": {"natural": 22, "commercial": 4},
            "results": {"granted": {"natural": 10, "commercial": 2}, "partial": {"natural": 3}, "unavailable.not_held": {"natural": 6, "commercial": 2}, "not_processed.complaint": {"natural": 2}},
        },
        "t4": {"review": [2, 0, 0, 0]},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ w12 2019 template: 新公开 vs 新制作
    {
        "id": "w12",
        "agency": "建宁县发展和改革局",
        "year": 2020,
        "template": "2019",
        "layout": "pipe",
        "preamble": pre("建宁县发展和改革局", 2020),
        "overview": [
            "2020年，我局新制作规范性文件⟦4件|t2.normative.made|C|t2-made|4⟧，新公开⟦3件|t2.normative.published|C/U|t2-published|published 3 (the library compares normative with made)⟧。",
            "全年收到政府信息公开申请⟦11件|new|I|contradiction|10⟧，办结⟦10件|closed|C|closed-total|10⟧。",
        ],
        "t2": {"normative.made": 4, "normative.published": 3, "normative.total": 31},
        "t3": {
            "new": {"natural": 9, "commercial": 1},
            "results": {"granted": {"natural": 5, "commercial": 1}, "unavailable.not_held": {"natural": 3}, "other_handling": {"natural": 1}},
        },
        "t4": {},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ w13 plans, targets, 力争
    {
        "id": "w13",
        "agency": "霞浦县卫生健康局",
        "year": 2023,
        "template": "2021",
        "layout": "pipe",
        "preamble": pre("霞浦县卫生健康局", 2023),
        "overview": ["2023年，我局收到政府信息公开申请⟦7件|new|C|total|7⟧。"],
        "problems": [
            "2024年，我局将力争依申请公开办理量控制在⟦5件|new|N|plan|a target⟧以内，计划制发行政规范性文件⟦3件|t2.normative.issued|N|plan|next year⟧。",
        ],
        "t2": {"normative.issued": 1, "normative.in_force": 12},
        "t3": {"new": {"natural": 7}, "results": {"granted": {"natural": 4}, "unavailable.not_held": {"natural": 3}}},
        "t4": {},
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ w14 a case study inside the appeals section
    {
        "id": "w14",
        "agency": "福清市公安局",
        "year": 2022,
        "template": "2021",
        "layout": "cell_per_line",
        "preamble": pre("福清市公安局", 2022),
        "overview": ["2022年，我局收到政府信息公开申请⟦44件|new|C|total|44⟧，办结⟦42件|closed|C|closed-total|42⟧。"],
        "appeals": [
            "全年发生行政复议⟦4件|review|C|appeal-total|4⟧、行政诉讼⟦2件|suit|C|appeal-total|2⟧。典型案件：申请人陈某因对我局答复不服，先后提起行政复议⟦3次|review|N|example|one person's reviews⟧，均被维持。",
        ],
        "t3": {
            "new": {"natural": 40, "commercial": 4},
            "results": {"granted": {"natural": 18, "commercial": 2}, "partial": {"natural": 4}, "unavailable.not_held": {"natural": 12, "commercial": 1}, "not_processed.complaint": {"natural": 3}, "not_processed.duplicate": {"natural": 2}},
        },
        "t4": {"review": [3, 0, 0, 1], "suit_direct": [1, 0, 0, 1]},
        "problems": ["无。"],
        "other": ["无。"],
    },
    # ------------------------------------------------------------------ w15 true contradictions in unusual wording
    {
        "id": "w15",
        "agency": "南靖县交通运输局",
        "year": 2021,
        "template": "2021",
        "layout": "pipe",
        "preamble": pre("南靖县交通运输局", 2021),
        "overview": [
            "本年度，本局新收政府信息公开申请数量为⟦15件|new|I|contradiction|13⟧，本年度办理结果总计⟦13件|closed|C|closed-total|13⟧，被申请行政复议数量为⟦1件|review|C|appeal-total|1⟧。",
        ],
        "t3": {
            "new": {"natural": 12, "commercial": 1},
            "results": {"granted": {"natural": 7, "commercial": 1}, "unavailable.not_held": {"natural": 5}},
        },
        "t4": {"review": [1, 0, 0, 0]},
        "problems": ["无。"],
        "other": ["无。"],
    },
]
