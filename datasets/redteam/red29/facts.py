"""red29's facts probes (blind: committed before any run of the library on them), aimed at
facts29's changes (branch facts29, not landed when written: 737313b, 2ddf479): 辖区/轄區
opening a clause is the area (subject_only, own_clause); a centre's/管委会's own word opening
a clause is `self` in its own report (own_organ); a court's caseload with no word of this
agency's disclosure is `other` (others_caseload); 编印/编发/刊印 open a clause of their own; a
province-named vertical body opening its clause is another body. Each probe: (id, report,
sentence, value, what is WRONG for a fact of that value: a scope, a type, a year). No fact
where one is expected is a loss (``--``), not WRONG.

    python datasets/redteam/red29/facts.py   # exit 1 on a WRONG
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from facts_probes import judge  # noqa: E402

REPORTS = {
    "centre": "宣城市公共资源交易中心",
    "zone": "宣城经济技术开发区管理委员会",
    "bureau": "宣城市市场监督管理局",
    "county": "泾县人民政府",
    "justice": "宣城市司法局",
    "police": "泾县公安局",
}


SELF = {"scope": {"self"}}
PROBES = [
    # a centre's word opening a clause that names its subordinate centres / the bodies it guides
    ("o01", "centre", "中心下属各县（市、区）分中心全年完成交易项目9860宗。", 9860, SELF),
    ("o02", "centre", "中心指导各县区分中心主动公开政府信息1200条。", 1200, SELF),
    ("o03", "centre", "中心所在区域各交易平台共发布交易公告3600条。", 3600, SELF),
    # control: the centre's own count (self is right; jurisdiction a wrong scope)
    ("o04", "centre", "中心全年主动公开政府信息1380条。", 1380, {"scope": {"jurisdiction"}}),
    # a 管委会 word opening a clause about the zone's enterprises
    ("o05", "zone", "管委会辖区内共有规模以上企业126家，全年新增市场主体1850户。", 1850, SELF),
    ("o06", "zone", "管委会全年主动公开政府信息420条。", 420, {"scope": {"jurisdiction"}}),
    # 辖区 opening a clause: the area, never self
    ("j01", "county", "辖区各乡镇共主动公开政府信息3200条。", 3200, SELF),
    ("j02", "county", "轄區內各鄉鎮共公開政府信息2100條。", 2100, SELF),
    ("j03", "bureau", "辖区市场主体全年新增1.2万户，我局主动公开政府信息860条。", 860, {"scope": {"jurisdiction"}}),
    # the bureau's own applications, 辖区 naming who applied: self (jurisdiction a wrong scope)
    ("j04", "bureau", "辖区群众向我局提出政府信息公开申请15件。", 15, {"scope": {"jurisdiction"}}),
    ("j05", "bureau", "我局共受理辖区群众政府信息公开申请15件。", 15, {"scope": {"jurisdiction"}}),
    # courts: caseloads of another body; disclosure suits naming the agency stay appeals
    ("c01", "justice", "市中级人民法院全年受理行政诉讼案件214件。", 214, {"type": {"appeals.suit"}, "scope": {"self"}}),
    ("c02", "justice", "区人民法院全年审结政府信息公开行政诉讼案件12件。", 12, SELF),
    ("c03", "bureau", "全年我局发生政府信息公开行政诉讼案件2件，均由区人民法院审结。", 2, {"type": {"other"}}),
    ("c04", "bureau", "区人民法院审理涉及我局的政府信息公开行政诉讼案件3件。", 3, {"type": {"other"}, "scope": {"self"}}),
    # compiling a periodical: no publishing count, no inspections
    # p01's truth corrected in session 30 (lead's answer to facts30 Q1): a named periodical's
    # issues are `proactive.items` in the gold (paraphrase24 k34/k42, paraphrase25 z22; only
    # 简报 is `other`), so items is no WRONG; its breakdown (no part of a 其中 list) is
    # tests/test_facts_leftovers30.py's
    ("p01", "bureau", "其中价格监测信息156条，编印《市场监管动态》12期。", 12, {"type": {"supervision.inspections"}}),
    ("p02", "bureau", "全年主动公开政府信息860条，编发政务信息简报24期。", 24, {"type": {"proactive.items"}}),
    # a province-named vertical body opening a clause: another body's count, not self
    ("v01", "bureau", "浙江监管局全年召开新闻发布会5场。", 5, SELF),
    ("v02", "police", "省公安厅全年印发规范性文件9件。", 9, SELF),
    # the county government's own count in its own report: self (jurisdiction a wrong scope)
    ("g01", "county", "县政府全年印发规范性文件6件。", 6, {"scope": {"jurisdiction"}}),
]


def main() -> int:
    return judge(HERE / "facts", REPORTS, PROBES, "no fact of the value")


if __name__ == "__main__":
    sys.exit(main())
