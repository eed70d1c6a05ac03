"""red28's facts-scope probes (blind: committed before any run of the library on them).

Aimed at facts28's change (a government's count in a department's report is not `self`,
red27 p01/p05) and its neighbours: the same sentences in the government's OWN report must
stay `self` (a government named by its level opening its clause is the reporter), a higher
government's count in a government's report is not `self`, a township's or street's own
office is itself. Each probe: (report, sentence, value, the scopes that are WRONG). A
probe whose value gives no fact, or an own count not read `self` (unknown: a doubt), is
recorded (``--``, lost), not WRONG; an own count read `jurisdiction` is WRONG.

    python datasets/redteam/red28/facts_scope.py   # exit 1 on a WRONG
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from facts_probes import facts_of, head  # noqa: E402

REPORTS = {
    "bureau": "杭州市西湖区财政局",
    "district": "杭州市西湖区人民政府",
    "county": "淳安县人民政府",
    "street": "杭州市西湖区转塘街道办事处",
    "town": "淳安县千岛湖镇人民政府",
    "city": "杭州市人民政府",
    "office": "杭州市西湖区人民政府办公室",
}


NOT_OWN = {"self"}
OWN = {"jurisdiction"}  # (unknown on an own count is a loss, recorded)
PROBES = [
    # a department's report: the government's counts are not the bureau's
    ("b01", "bureau", "2023年，区政府召开常务会议24次，研究财政预算公开工作。", 24, NOT_OWN),
    ("b02", "bureau", "西湖区人民政府全年公开规范性文件15件，我局配合做好解读。", 15, NOT_OWN),
    ("b03", "bureau", "市政府全年下发预算公开通知12件，我局均及时转发。", 12, NOT_OWN),
    ("b04", "bureau", "区委区政府联合印发文件6件。", 6, NOT_OWN),
    ("b05", "bureau", "全年我局主动公开政府信息143条，区政府门户网站转载我局信息38条。", 143, OWN),
    # a government's own report: its own counts stay self
    ("g01", "district", "2023年，区政府召开常务会议24次，研究政务公开工作。", 24, OWN),
    ("g02", "district", "区人民政府全年印发规范性文件15件，均在门户网站公开。", 15, OWN),
    ("g03", "district", "西湖区人民政府全年主动公开政府信息1260条。", 1260, OWN),
    ("g04", "county", "县政府全年召开新闻发布会18场。", 18, OWN),
    ("g05", "city", "市政府全年召开常务会议32次，审议议题146项。", 32, OWN),
    # a higher government's count in a government's report
    ("h01", "district", "市政府全年召开常务会议32次，我区均按要求做好公开。", 32, NOT_OWN),
    ("h02", "county", "省政府办公厅全年印发文件40件，我县全部转发。", 40, NOT_OWN),
    # a township's and a street's own office; the district's in a street's report
    ("t01", "town", "镇政府全年召开党政联席会议25次。", 25, OWN),
    ("t02", "street", "街道办事处全年公开信息86条。", 86, OWN),
    ("t03", "street", "区政府全年召开常务会议24次，街道列席。", 24, NOT_OWN),
    ("t04", "town", "县政府全年向我镇下发文件51件。", 51, NOT_OWN),
    # a government's office's report: the government's meetings are the government's
    ("o01", "office", "区政府办公室全年办理人大建议42件。", 42, OWN),
]


def main() -> int:
    out = HERE / "facts"
    out.mkdir(exist_ok=True)
    wrong = lost = 0
    for pid, report, sentence, value, bad in PROBES:
        facts = facts_of(out, pid, head(REPORTS[report]) + sentence, value)
        scopes = sorted({f["scope"] for f in facts})
        hit = bool(bad.intersection(scopes))
        wrong += hit
        lost += not facts
        lost_self = bad is OWN and scopes != ["self"]
        mark = "!!" if hit else ("--" if not facts or lost_self else "  ")
        print(mark, pid, report, value, scopes, [f["type"] for f in facts], sentence)
    print(f"WRONG probes: {wrong} of {len(PROBES)}; no fact: {lost}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
