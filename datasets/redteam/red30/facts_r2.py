"""red30's facts probes, round 2 (blind: committed before any run of the library on them),
aimed at facts30's landed change (7abb8ff): bodies named by level, by place and 办公室, a
卫生院, a school, a company or a branch by its area are `unknown`; the report's own agency
shortened is itself; 所在区域/所在地区/区域内 not after a preposition of place. Each probe:
(id, report, sentence, value, what is WRONG for a fact of that value). No fact is a loss.

    python datasets/redteam/red30/facts_r2.py   # writes facts_r2/, exit 1 on a WRONG
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from facts_probes import judge  # noqa: E402

REPORTS = {
    "branch": "宣城市公安局宣州分局",
    "city_police": "宣城市公安局",
    "edu": "宣城市教育局",
    "health": "泾县卫生健康委员会",
    "sasac": "宣城市人民政府国有资产监督管理委员会",
    "office": "宣城市人民政府办公室",
    "hrss": "泾县人力资源和社会保障局",
    "district_edu": "宣城市宣州区教育体育局",
    "centre": "宣城市公共资源交易中心",
}
SELF = {"scope": {"self"}}
OWN_WRONG = {"scope": {"unknown", "jurisdiction"}}
PROBES = [
    # the parent bureau in a 分局's report: not the 分局's own count
    ("p01", "branch", "市局全年受理政府信息公开申请45件。", 45, SELF),
    ("p02", "branch", "市公安局全年受理政府信息公开申请45件。", 45, SELF),
    # the 分局's own count, named short or whole: itself
    ("p03", "branch", "宣州分局全年受理政府信息公开申请12件。", 12, OWN_WRONG),
    ("p04", "branch", "分局全年主动公开政府信息230条。", 230, OWN_WRONG),
    # the city bureau's 分局s together: the bureau's area, not itself
    ("p05", "city_police", "各分局全年受理政府信息公开申请86件。", 86, SELF),
    # a school, a 卫生院, a company: their own counts
    ("o01", "edu", "宣城中学全年主动公开信息320条。", 320, SELF),
    ("o02", "health", "桃花潭镇卫生院全年主动公开信息86条。", 86, SELF),
    ("o03", "sasac", "宣城市城市建设投资有限公司全年主动公开信息150条。", 150, SELF),
    # the report's own agency named short: itself
    ("s01", "office", "市政府办公室全年印发规范性文件12件。", 12, OWN_WRONG),
    ("s02", "hrss", "县人社局全年受理政府信息公开申请9件。", 9, OWN_WRONG),
    ("s03", "district_edu", "区教体局全年主动公开政府信息410条。", 410, OWN_WRONG),
    ("s04", "edu", "市教育局全年主动公开政府信息520条。", 520, OWN_WRONG),
    # another body named by its level in the agency's report (the province's, the city's)
    ("l01", "district_edu", "市教育局全年印发规范性文件8件。", 8, SELF),
    ("l02", "hrss", "市人社局全年受理政府信息公开申请31件。", 31, SELF),
    # place words after a preposition: where the agency itself acted
    (
        "a01",
        "centre",
        "中心在区域内率先上线电子交易系统，全年发布交易公告3600条。",
        3600,
        OWN_WRONG,
    ),
    ("a02", "centre", "所在区域各县区分中心全年发布交易公告5200条。", 5200, SELF),
]


def main() -> int:
    return judge(HERE / "facts_r2", REPORTS, PROBES, "no fact of the value")


if __name__ == "__main__":
    sys.exit(main())
