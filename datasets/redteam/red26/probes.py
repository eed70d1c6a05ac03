"""red26's fact and verdict probes (blind: written before the library ran on them).

Session 26 landed other.decisions (7b96a76: 我局作出行政处罚决定218件 typed other and
compared with the table 二 row's decisions) and the part rule (2963bd3, 64bd62a, 549ac9a:
a part of an enumeration keeps its siblings' type over a disagreeing model). These
probes look for WRONG values those can give:

* ``VERDICT``: one sentence each in the overview of a 2021-template report whose table 二
  says 行政处罚 decisions 218, 行政许可 1500, 行政强制 12 (table 三: 12 received, 12
  handled; table 四: 1 review). Every count is another period's, another body's,
  another kind's (a subset of the decisions: 不予, 准予, 撤销, 简易程序), or one that
  agrees: none may be ``inconsistent`` but the one marked TRUE (a real contradiction).
* ``TYPES``: enumerations in a report with no tables, each count's type as SCHEMA §3 and
  docs/schema.md's choices say (a part still being handled is ``other``; a part's own
  words saying closed make it closed). A count the library does not read is a miss.

    python datasets/redteam/red26/probes.py            # prints each probe, exit 1 on a WRONG
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE.parent / "verdicts14"))

import build  # noqa: E402

import govinfo_nlp  # noqa: E402

DOC = {
    "id": "r",
    "agency": "宣城市市场监督管理局",
    "year": 2023,
    "template": "2021",
    "layout": "pipe",
    "t2": {
        "normative.issued": 2,
        "normative.in_force": 20,
        "penalty.decisions": 218,
        "license.decisions": 1500,
        "coercion.decisions": 12,
    },
    "t3": {
        "new": {"natural": 10, "commercial": 2},
        "results": {
            "granted": {"natural": 5, "commercial": 1},
            "partial": {"natural": 1},
            "unavailable.not_held": {"natural": 3, "commercial": 1},
            "not_processed.complaint": {"natural": 1},
        },
    },
    "t4": {"review": [1, 0, 0, 0]},
}

#: (sentence, values that may be inconsistent: a real contradiction with the table)
VERDICT: list[tuple[str, frozenset[int]]] = [
    ("2023年，我局作出行政处罚决定218件。", frozenset()),
    ("全年作出不予行政处罚决定12件。", frozenset()),
    ("全年作出准予行政许可决定1460件、不予行政许可决定40件。", frozenset()),
    ("对我局作出的行政处罚决定不服申请行政复议1件。", frozenset()),
    ("2022年，我局作出行政处罚决定150件。", frozenset()),
    ("上半年作出行政处罚决定100件。", frozenset()),
    ("全市市场监管系统共作出行政处罚决定3000件。", frozenset()),
    ("市综合行政执法局作出行政处罚决定500件。", frozenset()),
    ("自2019年以来累计作出行政许可决定8000余件。", frozenset()),
    ("作出行政处罚决定同比减少15件。", frozenset()),
    ("作出简易程序行政处罚决定80件。", frozenset()),
    ("作出撤销行政许可决定2件。", frozenset()),
    ("12月份作出行政许可决定130件。", frozenset()),
    ("全县乡镇（街道）作出行政处罚决定60件。", frozenset()),
    ("作出行政强制决定3件。", frozenset({3})),  # TRUE: the table says 12
    ("各县（市、区）共作出行政许可决定2万余件。", frozenset()),
    ("作出行政处罚决定218件，其中适用简易程序80件、普通程序138件。", frozenset()),
    ("我局作出的行政许可决定被依法撤销1件。", frozenset()),
    ("作出行政处罚决定218件，较上年增加18件，罚没款1200万元。", frozenset()),
    ("上级宣城市市场监督管理局作出行政处罚决定40件。", frozenset()),
    ("2024年计划作出行政许可决定1600件。", frozenset()),
    ("作出行政处罚决定的案件中，听证3件。", frozenset()),
    ("作出行政许可决定1500件，平均办理时限3个工作日。", frozenset()),
    ("宣州区市场监督管理局作出行政处罚决定90件。", frozenset()),
]

RECEIVED, CLOSED, OTHER = "requests.received", "requests.closed", "other"
#: (sentence, [(the count as written, its type)]): counts in the order they are written
TYPES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "全年共收到政府信息公开申请12件，其中当面申请3件、网络申请9件，均已按期答复。",
        [("12件", RECEIVED), ("3件", RECEIVED), ("9件", RECEIVED)],
    ),
    (
        "全年共收到政府信息公开申请12件，其中已办结11件、转下年度1件。",
        [("12件", RECEIVED), ("11件", CLOSED), ("1件", OTHER)],
    ),
    (
        "收到政府信息公开申请12件，其中网上申请9件、当面申请3件；办结12件，其中网上申请办结9件、当面申请办结3件。",
        [
            ("12件", RECEIVED),
            ("9件", RECEIVED),
            ("3件", RECEIVED),
            ("12件", CLOSED),
            ("9件", CLOSED),
            ("3件", CLOSED),
        ],
    ),
    (
        "本年度受理政府信息公开申请12件，其中自然人申请10件、法人或其他组织申请2件；答复12件，其中予以公开6件、部分公开1件、无法提供4件、不予处理1件。",
        [
            ("12件", RECEIVED),
            ("10件", RECEIVED),
            ("2件", RECEIVED),
            ("12件", CLOSED),
            ("6件", CLOSED),
            ("1件", CLOSED),
            ("4件", CLOSED),
            ("1件", CLOSED),
        ],
    ),
    (
        "全年收到政府信息公开申请12件，其中网上申请9件、转下年度办理1件、当面申请3件。",
        [("12件", RECEIVED), ("9件", RECEIVED), ("1件", OTHER), ("3件", RECEIVED)],
    ),
    (
        "全年收到政府信息公开申请12件，其中网上申请9件（已办结8件）、当面申请3件。",
        [("12件", RECEIVED), ("9件", RECEIVED), ("8件", CLOSED), ("3件", RECEIVED)],
    ),
    (
        "共办结政府信息公开申请12件，其中网上申请9件、当面申请3件，另有1件网上申请尚在办理中。",
        [("12件", CLOSED), ("9件", CLOSED), ("3件", CLOSED), ("1件", OTHER)],
    ),
    (
        "全年共收到政府信息公开申请12件，其中网上申请9件、信函申请3件；网上申请较上年增加2件。",
        [("12件", RECEIVED), ("9件", RECEIVED), ("3件", RECEIVED), ("2件", OTHER)],
    ),
    (
        "全年共答复政府信息公开申请12件，其中网上申请9件、当面申请3件，网上申请平均答复时间5个工作日。",
        [("12件", CLOSED), ("9件", CLOSED), ("3件", CLOSED), ("5个工作日", OTHER)],
    ),
    (
        "全年收到政府信息公开申请12件，其中网上申请9件、当面申请3件，上年结转的当面申请2件已全部办结。",
        [("12件", RECEIVED), ("9件", RECEIVED), ("3件", RECEIVED)],
    ),
    (
        "全年收到政府信息公开申请12件，其中网上申请9件、当面申请3件；12件申请中，予以公开6件、不予公开2件。",
        [
            ("12件", RECEIVED),
            ("9件", RECEIVED),
            ("3件", RECEIVED),
            ("6件", CLOSED),
            ("2件", CLOSED),
        ],
    ),
]

HEAD = "宣城市市场监督管理局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局认真落实《条例》。"


def _spans(s: str, counts: list[str]) -> list[tuple[int, int]]:
    out, at = [], 0
    for c in counts:
        i = s.index(c, at)
        out.append((i, i + len(c)))
        at = i + len(c)
    return out


def main() -> int:
    _, shown, _ = build.tables_for(DOC)
    tables = build.render_tables(DOC, shown, random.Random(1))
    wrong = 0
    print("== verdicts (none inconsistent but TRUE)")
    for s, true in VERDICT:
        text = (
            HEAD
            + s
            + "\n二、主动公开政府信息情况\n"
            + tables["t2"]
            + "三、收到和处理政府信息公开申请情况\n"
            + tables["t3"]
            + "四、政府信息公开行政复议、行政诉讼情况\n"
            + tables["t4"]
            + "五、存在的主要问题及改进情况\n无。\n"
        )
        report = govinfo_nlp.parse(text)
        lo = text.index(s)
        got = [
            (report.facts[r.fact], r.verdict)
            for r in report.reconciliation
            if lo <= report.facts[r.fact].start < lo + len(s)
        ]
        bad = [f for f, v in got if v == "inconsistent" and f.value not in true]
        wrong += bool(bad)
        shown_v = [f"{f.type}:{f.value}:{v}" for f, v in got]
        print("!!" if bad else "  ", s, shown_v)
    print("== types (a count read with another type is WRONG; unread is a miss)")
    for s, counts in TYPES:
        text = HEAD + s + "\n二、主动公开政府信息情况\n无。\n"
        report = govinfo_nlp.parse(text)
        lo = text.index(s)
        out = []
        for (c, want), (a, b) in zip(counts, _spans(s, [c for c, _ in counts]), strict=True):
            hit = [f for f in report.facts if f.start < lo + b and f.end > lo + a]
            if not hit:
                out.append(f"{c}:unread")
                continue
            t = hit[0].type
            ok = t == want
            wrong += not ok
            out.append(f"{c}:{t}" + ("" if ok else f" WRONG (want {want})"))
        print("!!" if any("WRONG" in o for o in out) else "  ", s, out)
    print(f"WRONG: {wrong}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
