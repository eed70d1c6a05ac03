"""red27's facts-scope probes of facts27's run-on rules (blind: committed before any run).

facts27 (1df19ce): a government named by the title's level opening its clause is self in
its own report (区政府召开常务会议24次); a body named in full as its clause's subject is
unknown unless it is the report's own agency; 督促/指导 reach only their own clause. Here
the report is a DEPARTMENT's (杭州市西湖区财政局): the district government's or its office's
counts are another body's (scope self WRONG); a portal as a place leaves the bureau's own
count self (scope other WRONG). Each probe: (sentence, value, the scopes that are WRONG).

    python datasets/redteam/red27/facts_scope.py   # exit 1 on a WRONG
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from facts_probes import facts_of, head  # noqa: E402

HEAD = head("杭州市西湖区财政局")
PROBES = [
    ("p01", "2023年，区政府召开常务会议24次，研究财政预算公开工作。", 24, {"self"}),
    ("p02", "区政府办公室全年组织政务公开培训7次，我局派员参加。", 7, {"self"}),
    ("p03", "我局督促各街道公开预算执行信息，各街道全年公开36条。", 36, {"self"}),
    ("p04", "全年在区政府门户网站发布我局财政信息118条。", 118, {"other"}),
    ("p05", "区人民政府全年印发规范性文件15件。", 15, {"self"}),
    ("p06", "我局指导区教育局公开部门预算，区教育局全年公开预算信息21条。", 21, {"self"}),
    (
        "p07",
        "我局全年主动公开政府信息143条，其中区政府常务会议议定事项9条。",
        143,
        {"other", "unknown"},
    ),
]


def main() -> int:
    out = HERE / "facts"
    out.mkdir(exist_ok=True)
    wrong = 0
    for pid, sentence, value, bad in PROBES:
        facts = facts_of(out, pid, HEAD + sentence, value)
        scopes = sorted({f["scope"] for f in facts})
        hit = bool(bad.intersection(scopes))
        wrong += hit
        print("!!" if hit else "  ", pid, value, scopes, [f["type"] for f in facts], sentence)
    print(f"WRONG probes: {wrong} of {len(PROBES)}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
