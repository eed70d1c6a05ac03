"""red28's second round of facts probes (blind: committed before any run of the library on
them), aimed at facts28's other changes as landed (37c2e29): years listed before 分别
dating counts in order, another year's comparison clause (，去年为2105条；) as a note, quoted
counts in digits, own-organ cues (我分局/我队/我馆/我关), many bodies and 辖内/辖区内 as the
area, a notice served (通知书) no item. Each probe: (report, sentence, value, what is WRONG
for a fact of that value: a year it must not have, a scope it must not have, or any fact
at all). No fact where one is expected is a loss (recorded ``--``), not WRONG.

    python datasets/redteam/red28/facts_r2.py   # exit 1 on a WRONG
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from facts_probes import judge  # noqa: E402

REPORTS = {
    "bureau": "杭州市西湖区市场监督管理局",
    "customs": "中华人民共和国温州海关",
    "branch": "温州市公安局龙湾区分局",
    "county": "淳安县人民政府",
}


# (id, report, sentence, value, bad): bad is {"year": {years}} / {"scope": {scopes}} / {"any": True}
PROBES = [
    # 分别 after listed years: each count its year; the report year's count not another's
    (
        "y01",
        "bureau",
        "2023年、2022年我局分别主动公开政府信息312条、286条。",
        312,
        {"year": {2022}},
    ),
    ("y02", "bureau", "2023年、2022年分别收到政府信息公开申请12件和9件。", 12, {"year": {2022}}),
    ("y03", "bureau", "2023年、2022年分别收到政府信息公开申请12件和9件。", 9, {"year": {2023}}),
    (
        "y04",
        "bureau",
        "全年主动公开政府信息1,350条，2022年、2021年分别为1,200条和1,080条。",
        1350,
        {"year": {2021, 2022}},
    ),
    (
        "y05",
        "bureau",
        "全年主动公开政府信息1,350条，2022年、2021年分别为1,200条和1,080条。",
        1080,
        {"year": {2023, 2022}},
    ),
    # a comparison clause of another year closes; the count before and after it the report year's
    ("y06", "bureau", "全年收到申请95件，上年为78件，办结93件。", 93, {"year": {2022}}),
    ("y07", "bureau", "全年收到申请95件，上年为78件，办结93件。", 78, {"year": {2023}}),
    ("y08", "bureau", "2022年收到申请78件，2023年为95件，增长21.8%。", 95, {"year": {2022}}),
    # quoted numbers that are names, not counts
    ("q01", "bureau", "全年办理“12345”政务服务便民热线工单3260件。", 12345, {"any": True}),
    ("q02", "bureau", "深化“1+3+N”公开模式，全年发布信息420条。", 3, {"any": True}),
    ("q03", "bureau", "围绕“3·15”国际消费者权益日发布消费提示18条。", 15, {"any": True}),
    ("q04", "bureau", "落实“2023”专项行动要求，全年公开抽查结果56条。", 2023, {"any": True}),
    ("q05", "bureau", "推出“10条”惠企措施，全年公开政策解读36篇。", 36, {"year": {2022}}),
    # own organ and area words
    (
        "s01",
        "customs",
        "全年我关主动公开政府信息218条。",
        218,
        {"scope": {"jurisdiction", "unknown"}},
    ),
    (
        "s02",
        "branch",
        "本分局全年受理政府信息公开申请7件。",
        7,
        {"scope": {"jurisdiction", "unknown"}},
    ),
    (
        "s03",
        "bureau",
        "全年受理辖区内群众政府信息公开申请15件，均按时答复。",
        15,
        {"scope": {"jurisdiction"}},
    ),
    (
        "s04",
        "county",
        "全县各村全年公开村务信息1300余条；县政府举办培训3场。",
        3,
        {"scope": {"jurisdiction"}},
    ),
    (
        "s05",
        "bureau",
        "关注我队伍建设，全年公开执法信息214条。",
        214,
        {"scope": {"jurisdiction", "unknown"}},
    ),
    # a notice served is no item released; a decision published is
    ("n01", "bureau", "全年公开行政处罚决定书86份。", 86, {"type": {"enforcement.notices"}}),
]


def main() -> int:
    return judge(HERE / "facts_r2", REPORTS, PROBES, "no fact where one is expected")


if __name__ == "__main__":
    sys.exit(main())
