"""red30's facts probes (blind: committed before any run of the library on them), aimed at
session 30's facts changes (facts30's branch, not landed when written: 582750f, ae9d8e1,
b20516d, 7f739ba): a street office's 街道 opening its clause is itself; 全街道 and the area's
bodies as a subject going on into a later verb clause; 所在区域/区域内/所在地区 as area cues;
分局 and other level-named bodies; the 千 of a unit; an event counted in a closed clause.
Each probe: (id, report, sentence, value, what is WRONG for a fact of that value: a scope, a
type or a year). No fact where one is expected is a loss (``--``), not WRONG.

    python datasets/redteam/red30/facts.py   # writes facts/, exit 1 on a WRONG
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from facts_probes import judge  # noqa: E402

REPORTS = {
    "street": "宣城市宣州区西林街道办事处",
    "district": "宣城市宣州区人民政府",
    "police": "宣城市公安局",
    "county": "泾县人民政府",
    "bureau": "宣城市市场监督管理局",
    "centre": "宣城市公共资源交易中心",
    "town": "泾县桃花潭镇人民政府",
}
SELF = {"scope": {"self"}}
JUR = {"scope": {"jurisdiction"}}
PROBES = [
    # a street office's report: its communities' counts are not the office's own
    ("s01", "street", "街道下辖12个社区全年共公开居务信息1200条。", 1200, SELF),
    ("s02", "street", "街道指导各社区公开居务信息960条。", 960, SELF),
    ("s03", "street", "全街道各单位共主动公开政府信息860条。", 860, SELF),
    # control: the street office's own count (jurisdiction a wrong scope)
    ("s04", "street", "街道全年主动公开政府信息320条。", 320, JUR),
    # 街道 in a district government's report: the street offices, not the district
    ("s05", "district", "街道全年主动公开政府信息1500条。", 1500, SELF),
    ("s06", "district", "各街道、乡镇全年共受理政府信息公开申请86件。", 86, SELF),
    # a city bureau's 分局: another body of its system, not the city bureau itself
    ("b01", "police", "宣州分局全年受理政府信息公开申请12件。", 12, SELF),
    ("b02", "police", "市局全年受理政府信息公开申请45件，其中宣州分局受理12件。", 45, JUR),
    # the county's bodies as a subject, a later clause opening with a verb
    ("c01", "county", "全县各级行政机关共受理政府信息公开申请320件，办结310件。", 320, SELF),
    ("c02", "county", "县政府全年印发规范性文件6件，各乡镇共主动公开政府信息2100条。", 6, JUR),
    ("c03", "town", "全镇各村公开村务信息560条，镇政府全年主动公开政府信息230条。", 230, JUR),
    ("c04", "town", "全镇各村公开村务信息560条，镇政府全年主动公开政府信息230条。", 560, SELF),
    # the new area cues where the agency itself acts (self; jurisdiction WRONG)
    ("a01", "bureau", "我局面向所在区域群众开展政策宣讲活动18场。", 18, JUR),
    ("a02", "bureau", "我局在所在地区主动公开政府信息860条。", 860, JUR),
    ("a03", "centre", "中心所在区域内共有交易平台3个，中心全年发布交易公告3600条。", 3600, JUR),
    ("a04", "centre", "区域内各交易平台全年发布交易公告5200条。", 5200, SELF),
    # the 千 of a unit: no loss of a count written with 千 as a numeral
    ("q01", "bureau", "全年发放宣传资料3千余份。", 3000, {"type": set()}),
    ("q02", "bureau", "全年主动公开政府信息一千二百条。", 1200, JUR),
    # an event counted in a closed clause, then items of the agency's own
    (
        "e01",
        "bureau",
        "召开新闻发布会6场，发布政策解读24篇。",
        24,
        {"type": {"proactive.press_conferences"}},
    ),
    (
        "e02",
        "bureau",
        "召开新闻发布会6场，主动公开政府信息860条。",
        860,
        {"type": {"proactive.press_conferences"}},
    ),
    # other years' counts after 分别: never this year's
    (
        "y01",
        "bureau",
        "2021年至2023年，我局分别主动公开政府信息860条、920条、1050条。",
        860,
        {"year": {2023}},
    ),
    (
        "y02",
        "bureau",
        "2021年至2023年，我局分别主动公开政府信息860条、920条、1050条。",
        920,
        {"year": {2023}},
    ),
    (
        "y03",
        "bureau",
        "2022年、2023年我局分别收到政府信息公开申请46件、19件。",
        46,
        {"year": {2023}},
    ),
    (
        "y04",
        "bureau",
        "全年收到政府信息公开申请19件，较2022年的46件减少27件。",
        46,
        {"year": {2023}},
    ),
]


def main() -> int:
    return judge(HERE / "facts", REPORTS, PROBES, "no fact of the value")


if __name__ == "__main__":
    sys.exit(main())
