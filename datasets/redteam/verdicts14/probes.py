"""Probe phrasings: one sentence each in the overview of one fixed report, read for
accusations (written after the second batch; 10 of the first 36 were accused before the
third round of fixes, none after; of the next 28, 6 were accused: 4 true contradictions
(自2022年1月1日至12月31日…办结13件, 公民、法人和其他组织的申请15件, 新收11件,
处理…15件, kept in ``TRUE``), 1 another level's body (市教育局… in a district bureau's
report: fixed) and 1 left as is (共接收…20件（含市政府办公室转办8件）: the table's 新收
should count forwarded applications too).

    python datasets/redteam/verdicts14/probes.py

Table values: 新收 12 (自然人 10, 商业企业 2), 办理结果 12, 行政复议 1, 行政诉讼 0,
本年制发行政规范性文件 2. Every count in ``probes.txt`` is either another period's,
another body's, another kind's, or a true one that agrees: none may be ``inconsistent``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))

import build  # noqa: E402

import govinfo_nlp  # noqa: E402

DOC = {
    "id": "p",
    "agency": "南平市延平区教育局",
    "year": 2022,
    "template": "2021",
    "layout": "pipe",
    "t2": {"normative.issued": 2, "normative.in_force": 20},
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


#: Probes whose accusation is right: the sentence contradicts the table above.
TRUE = frozenset(
    {
        "本年度共接收政府信息公开申请20件（含市政府办公室转办8件）。",
        "自2022年1月1日至12月31日，我局共办结申请13件。",
        "全年共接到公民、法人和其他组织的申请15件。",
        "本机关共受理申请12件，其中新收11件、上年结转1件。",
        "全年处理政府信息公开申请15件。",
    }
)


def main() -> int:
    _, shown, _ = build.tables_for(DOC)
    tables = build.render_tables(DOC, shown, random.Random(1))
    accused = 0
    for s in (line.strip() for line in (HERE / "probes.txt").open(encoding="utf-8")):
        if not s:
            continue
        text = (
            "南平市延平区教育局2022年政府信息公开工作年度报告\n一、总体情况\n"
            "2022年，我局认真落实《条例》。" + s + "\n二、主动公开政府信息情况\n" + tables["t2"]
            + "三、收到和处理政府信息公开申请情况\n" + tables["t3"]
            + "四、政府信息公开行政复议、行政诉讼情况\n" + tables["t4"]
            + "五、存在的主要问题及改进情况\n无。\n"
        )
        report = govinfo_nlp.parse(text)
        lo = text.index(s)
        verdicts = [
            f"{report.facts[r.fact].type}:{report.facts[r.fact].value}:{r.verdict}"
            for r in report.reconciliation
            if lo <= report.facts[r.fact].start < lo + len(s)
        ]
        bad = any(v.endswith(":inconsistent") for v in verdicts) and s not in TRUE
        accused += bad
        print("!!" if bad else "  ", s, verdicts)
    print(f"accused: {accused}")
    return 1 if accused else 0


if __name__ == "__main__":
    sys.exit(main())
