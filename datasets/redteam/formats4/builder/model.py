"""The report model every formats4 file is rendered from: tables as grids, prose, truth.

A table is a list of rows; a row is a list of cells (text, rowspan, colspan) as the
official templates merge them. The same model renders to HTML, DOCX and plain text,
so the truth (field id -> value) is written from exactly what the file shows.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

T3_COLS = ["natural", "commercial", "research", "social", "legal", "other", "total"]
T4_GROUPS = ["review", "suit_direct", "suit_after_review"]
T4_COLS = ["upheld", "corrected", "other", "pending", "total"]

DENIED = [
    ("state_secret", "1.属于国家秘密"),
    ("prohibited", "2.其他法律行政法规禁止公开"),
    ("security", "3.危及“三安全一稳定”"),
    ("third_party", "4.保护第三方合法权益"),
    ("internal", "5.属于三类内部事务信息"),
    ("process", "6.属于四类过程性信息"),
    ("enforcement", "7.属于行政执法案卷"),
    ("query", "8.属于行政查询事项"),
]
UNAVAILABLE = [
    ("not_held", "1.本机关不掌握相关政府信息"),
    ("needs_creation", "2.没有现成信息需要另行制作"),
    ("unclear", "3.补正后申请内容仍不明确"),
]
NOT_PROCESSED = [
    ("complaint", "1.信访举报投诉类申请"),
    ("duplicate", "2.重复申请"),
    ("publication", "3.要求提供公开出版物"),
    ("mass", "4.无正当理由大量反复申请"),
    ("confirm", "5.要求行政机关确认或重新出具已获取信息"),
]
OTHER_2021 = [
    ("no_supplement", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other", "3.其他"),
]

SECTION_IDS = ["overview", "proactive", "requests", "appeals", "problems", "other"]
HEADINGS = [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
]


def C(text: object, rs: int = 1, cs: int = 1) -> tuple[str, int, int]:
    return (str(text), rs, cs)


@dataclass
class Report:
    agency: str
    year: int
    template: str
    seed: int
    cells: dict[str, int | float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        rnd = random.Random(self.seed)
        c: dict[str, int | float] = {}
        if self.template == "2021":
            for row in ("rules", "normative"):
                issued, repealed = rnd.randint(0, 12), rnd.randint(0, 9)
                c[f"t2.{row}.issued"] = issued
                c[f"t2.{row}.repealed"] = repealed
                c[f"t2.{row}.in_force"] = rnd.randint(20, 160)
            c["t2.license.decisions"] = rnd.randint(100, 4000)
            c["t2.penalty.decisions"] = rnd.randint(10, 600)
            c["t2.coercion.decisions"] = rnd.randint(0, 90)
            c["t2.fees.amount"] = round(rnd.randint(1000, 90000) / 100, 2)
        else:
            for row in ("rules", "normative"):
                made = rnd.randint(0, 12)
                c[f"t2.{row}.made"] = made
                c[f"t2.{row}.published"] = made
                c[f"t2.{row}.total"] = rnd.randint(20, 160)
            for row in ("license", "other_services", "penalty", "coercion"):
                c[f"t2.{row}.prev"] = rnd.randint(5, 300)
                c[f"t2.{row}.change"] = rnd.randint(-6, 9)
                c[f"t2.{row}.decisions"] = rnd.randint(0, 3000)
            c["t2.fees.prev"] = rnd.randint(0, 9)
            c["t2.fees.change"] = rnd.randint(-2, 2)
            c["t2.procurement.count"] = rnd.randint(3, 80)
            c["t2.procurement.amount"] = round(rnd.randint(10000, 900000) / 100, 2)
        result_rows = ["granted", "partial"]
        result_rows += [f"denied.{k}" for k, _ in DENIED]
        result_rows += [f"unavailable.{k}" for k, _ in UNAVAILABLE]
        result_rows += [f"not_processed.{k}" for k, _ in NOT_PROCESSED]
        if self.template == "2021":
            result_rows += [f"other_handling.{k}" for k, _ in OTHER_2021]
        else:
            result_rows += ["other_handling"]
        self.result_rows = result_rows
        big = {"granted": 40, "partial": 12, "unavailable.not_held": 15}
        for col in T3_COLS[:-1]:
            scale = 1.0 if col == "natural" else (0.5 if col in ("commercial", "other") else 0.15)
            results = 0
            for r in result_rows:
                hi = int(big.get(r, 3) * scale)
                v = rnd.randint(0, max(hi, 0)) if rnd.random() < 0.7 else 0
                c[f"t3.{r}.{col}"] = v
                results += v
            c[f"t3.results_total.{col}"] = results
            carried_out = rnd.randint(0, min(results, 6)) if results else 0
            carried_in = rnd.randint(0, min(results + carried_out, 5))
            new = results + carried_out - carried_in
            c[f"t3.new.{col}"] = new
            c[f"t3.carried_in.{col}"] = carried_in
            c[f"t3.carried_out.{col}"] = carried_out
        for r in ["new", "carried_in", *result_rows, "results_total", "carried_out"]:
            c[f"t3.{r}.total"] = sum(int(c[f"t3.{r}.{col}"]) for col in T3_COLS[:-1])
        for g in T4_GROUPS:
            vals = [rnd.randint(0, 6) if rnd.random() < 0.6 else 0 for _ in range(4)]
            for col, v in zip(T4_COLS[:-1], vals):
                c[f"t4.{g}.{col}"] = v
            c[f"t4.{g}.total"] = sum(vals)
        self.cells = c

    # ---- tables as grids -------------------------------------------------
    def v(self, key: str) -> str:
        x = self.cells[key]
        if isinstance(x, float):
            return f"{x:.2f}"
        return str(x)

    def t2(self) -> list[list[tuple[str, int, int]]]:
        v = self.v
        if self.template == "2021":
            return [
                [C("第二十条第（一）项", cs=4)],
                [C("信息内容"), C("本年制发件数"), C("本年废止件数"), C("现行有效件数")],
                [C("规章")] + [C(v(f"t2.rules.{k}")) for k in ("issued", "repealed", "in_force")],
                [C("行政规范性文件")]
                + [C(v(f"t2.normative.{k}")) for k in ("issued", "repealed", "in_force")],
                [C("第二十条第（五）项", cs=4)],
                [C("信息内容"), C("本年处理决定数量", cs=3)],
                [C("行政许可"), C(v("t2.license.decisions"), cs=3)],
                [C("第二十条第（六）项", cs=4)],
                [C("信息内容"), C("本年处理决定数量", cs=3)],
                [C("行政处罚"), C(v("t2.penalty.decisions"), cs=3)],
                [C("行政强制"), C(v("t2.coercion.decisions"), cs=3)],
                [C("第二十条第（八）项", cs=4)],
                [C("信息内容"), C("本年收费金额（单位：万元）", cs=3)],
                [C("行政事业性收费"), C(v("t2.fees.amount"), cs=3)],
            ]
        three = ("prev", "change", "decisions")

        def sign(key: str) -> str:
            x = int(self.cells[key])
            return f"+{x}" if x > 0 else str(x)

        return [
            [C("第二十条第（一）项", cs=4)],
            [C("信息内容"), C("本年新制作数量"), C("本年新公开数量"), C("对外公开总数量")],
            [C("规章")] + [C(v(f"t2.rules.{k}")) for k in ("made", "published", "total")],
            [C("规范性文件")] + [C(v(f"t2.normative.{k}")) for k in ("made", "published", "total")],
            [C("第二十条第（五）项", cs=4)],
            [C("信息内容"), C("上一年项目数量"), C("本年增/减"), C("处理决定数量")],
            [C("行政许可")]
            + [
                C(sign(f"t2.license.{k}") if k == "change" else v(f"t2.license.{k}")) for k in three
            ],
            [C("其他对外管理服务事项")]
            + [
                C(sign(f"t2.other_services.{k}") if k == "change" else v(f"t2.other_services.{k}"))
                for k in three
            ],
            [C("第二十条第（六）项", cs=4)],
            [C("信息内容"), C("上一年项目数量"), C("本年增/减"), C("处理决定数量")],
            [C("行政处罚")]
            + [
                C(sign(f"t2.penalty.{k}") if k == "change" else v(f"t2.penalty.{k}")) for k in three
            ],
            [C("行政强制")]
            + [
                C(sign(f"t2.coercion.{k}") if k == "change" else v(f"t2.coercion.{k}"))
                for k in three
            ],
            [C("第二十条第（八）项", cs=4)],
            [C("信息内容"), C("上一年项目数量"), C("本年增/减", cs=2)],
            [C("行政事业性收费"), C(v("t2.fees.prev")), C(sign("t2.fees.change"), cs=2)],
            [C("第二十条第（九）项", cs=4)],
            [C("信息内容"), C("采购项目数量"), C("采购总金额", cs=2)],
            [C("政府集中采购"), C(v("t2.procurement.count")), C(v("t2.procurement.amount"), cs=2)],
        ]

    def t3_rows(self) -> list[tuple[str, list[str], list[tuple[str, int, int]]]]:
        """(row id, label cells) in order, with the label part of each grid row."""
        n3 = 22 if self.template == "2021" else 20
        out: list[tuple[str, list[str], list[tuple[str, int, int]]]] = []
        out.append(
            (
                "new",
                ["一、本年新收政府信息公开申请数量"],
                [C("一、本年新收政府信息公开申请数量", cs=3)],
            )
        )
        out.append(
            (
                "carried_in",
                ["二、上年结转政府信息公开申请数量"],
                [C("二、上年结转政府信息公开申请数量", cs=3)],
            )
        )
        out.append(
            (
                "granted",
                ["（一）予以公开"],
                [C("三、本年度办理结果", rs=n3), C("（一）予以公开", cs=2)],
            )
        )
        out.append(
            (
                "partial",
                ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
                [C("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", cs=2)],
            )
        )
        for group, head, items in (
            ("denied", "（三）不予公开", DENIED),
            ("unavailable", "（四）无法提供", UNAVAILABLE),
            ("not_processed", "（五）不予处理", NOT_PROCESSED),
        ):
            for i, (k, lab) in enumerate(items):
                lead = [C(head, rs=len(items))] if i == 0 else []
                out.append((f"{group}.{k}", [head, lab], lead + [C(lab)]))
        if self.template == "2021":
            for i, (k, lab) in enumerate(OTHER_2021):
                lead = [C("（六）其他处理", rs=3)] if i == 0 else []
                out.append((f"other_handling.{k}", ["（六）其他处理", lab], lead + [C(lab)]))
        else:
            out.append(("other_handling", ["（六）其他处理"], [C("（六）其他处理", cs=2)]))
        out.append(("results_total", ["（七）总计"], [C("（七）总计", cs=2)]))
        out.append(("carried_out", ["四、结转下年度继续办理"], [C("四、结转下年度继续办理", cs=3)]))
        return out

    def t3_header(self) -> list[list[tuple[str, int, int]]]:
        return [
            [
                C(
                    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                    rs=3,
                    cs=3,
                ),
                C("申请人情况", cs=7),
            ],
            [C("自然人", rs=2), C("法人或其他组织", cs=5), C("总计", rs=2)],
            [C("商业企业"), C("科研机构"), C("社会公益组织"), C("法律服务机构"), C("其他")],
        ]

    def t3(self) -> list[list[tuple[str, int, int]]]:
        rows = self.t3_header()
        for rid, _labels, lead in self.t3_rows():
            rows.append(lead + [C(self.v(f"t3.{rid}.{c}")) for c in T3_COLS])
        return rows

    def t4(self) -> list[list[tuple[str, int, int]]]:
        vals = [C(self.v(f"t4.{g}.{c}")) for g in T4_GROUPS for c in T4_COLS]
        return [
            [C("行政复议", cs=5), C("行政诉讼", cs=10)],
            [C(x, rs=2) for x in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")]
            + [C("未经复议直接起诉", cs=5), C("复议后起诉", cs=5)],
            [C(x) for x in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计") * 2],
            vals,
        ]

    # ---- prose -----------------------------------------------------------
    def title(self) -> str:
        return f"{self.agency}{self.year}年政府信息公开工作年度报告"

    def sections(self) -> list[tuple[str, list[str]]]:
        """(heading, paragraphs) for the six sections; tables go after 二, 三 and 四's first paragraph."""
        c = self.cells
        y = self.year
        return [
            (
                HEADINGS[0],
                [
                    f"根据《中华人民共和国政府信息公开条例》规定，现公布{self.agency}{y}年政府信息公开工作年度报告。"
                    "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
                    "存在的主要问题及改进情况、其他需要报告的事项组成。本报告中所列数据的统计期限自"
                    f"{y}年1月1日起至{y}年12月31日止。",
                    f"{y}年，我局坚持以人民为中心的发展思想，认真落实政务公开各项工作要求，"
                    "健全公开工作机制，加强平台建设，主动回应社会关切。",
                ],
            ),
            (
                HEADINGS[1],
                [
                    "全年通过门户网站、政务新媒体等渠道主动公开各类政府信息，及时发布政策文件和解读材料。",
                ],
            ),
            (
                HEADINGS[2],
                [
                    f"本年度共收到政府信息公开申请{c['t3.new.total']}件，"
                    f"上年结转{c['t3.carried_in.total']}件，均在法定期限内予以答复。",
                ],
            ),
            (
                HEADINGS[3],
                [
                    f"本年度因政府信息公开工作被申请行政复议{c['t4.review.total']}件，"
                    f"被提起行政诉讼{c['t4.suit_direct.total'] + c['t4.suit_after_review.total']}件。",
                ],
            ),
            (
                HEADINGS[4],
                [
                    "主要问题：一是公开内容的规范性有待加强；二是政策解读形式较为单一。"
                    "改进措施：进一步完善公开目录，丰富解读形式，提升公开质量。",
                ],
            ),
            (
                HEADINGS[5],
                [
                    "本年度未收取信息处理费。其他需要报告的事项：无。",
                    f"{self.agency}",
                    f"{y + 1}年1月20日",
                ],
            ),
        ]

    def truth(self, file: str, note: str, **extra: object) -> dict:
        t: dict = {
            "file": file,
            "expect": "read",
            "agency": self.agency,
            "year": self.year,
            "template": self.template,
            "sections": list(SECTION_IDS),
            "cells": dict(self.cells),
            "note": note,
        }
        t.update(extra)
        return t


def grid_positions(
    rows: list[list[tuple[str, int, int]]],
) -> tuple[list[tuple[int, int, str, int, int]], int]:
    """Place spanned cells on a grid: (row, col, text, rowspan, colspan) and the width."""
    taken: set[tuple[int, int]] = set()
    out = []
    width = 0
    for r, row in enumerate(rows):
        col = 0
        for text, rs, cs in row:
            while (r, col) in taken:
                col += 1
            out.append((r, col, text, rs, cs))
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, col + dc))
            col += cs
            width = max(width, col)
    return out, width
