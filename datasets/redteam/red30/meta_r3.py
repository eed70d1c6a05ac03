"""red30's metadata probes, round 3 (blind: committed before the library ran on them),
aimed at meta30's crumb rule (b631741, landed 01:10: a 我局 report naming itself nowhere takes
its agency from the crumb's one column naming a body with an area, never a government).
Each page is a 我局 report that names itself nowhere, under a crumb whose one body column is
NOT the reporting body (a parent's site hosting its 分局's or county bureaus' reports, a
portal operator collecting others' reports), but c04 (control: the column is the body).
Scored as meta.py (a wrong agency or year is WRONG; null is not).

    python datasets/redteam/red30/meta_r3.py   # writes meta_r3/, exit 1 on a WRONG
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from meta_pages import report_body as b  # noqa: E402
from meta_pages import text  # noqa: E402

import govinfo_nlp  # noqa: E402

OUT = HERE / "meta_r3"
HEAD = "2023年政府信息公开工作年度报告"
OPEN = "根据《中华人民共和国政府信息公开条例》规定，现公布我局2023年政府信息公开工作年度报告。"


def page(crumb: str, lead: str) -> str:
    body = b("我局", "2023")
    body[1] = lead + body[1]
    return text(crumb, HEAD, "发布时间：2024-01-20", OPEN, *body)


PAGES: dict[str, tuple[str, set, set]] = {}
# c01: a city police bureau's site hosting a district 分局's report (the 分局 says 我局 and
# names the 市局 as its leader)
PAGES["c01"] = (
    page("当前位置：首页 > 宣城市公安局 > 分局信息公开 > 年度报告", "在市局的正确领导下，"),
    {None},
    {None, 2023},
)
# c02: a city tax bureau's site, a county tax bureau's report
PAGES["c02"] = (
    page("首页 > 宣城市税务局 > 县区局信息公开 > 年度报告", "在市局党委的坚强领导下，"),
    {None},
    {None, 2023},
)
# c03: a city bureau's site, a county bureau's report (its leaders the county's)
PAGES["c03"] = (
    page("首页 > 宣城市市场监督管理局 > 县区动态 > 年度报告", "在县委、县政府的坚强领导下，"),
    {None},
    {None, 2023},
)
# c04 (control): the department's own column on the portal
PAGES["c04"] = (
    page("首页 > 部门 > 宣城市林业局 > 年度报告", ""),
    {None, "宣城市林业局"},
    {None, 2023},
)
# c05: the portal's operator's column gathering departments' reports
PAGES["c05"] = (
    page("首页 > 宣城市数据资源管理局 > 部门年报汇总 > 年度报告", "在市委、市政府的坚强领导下，"),
    {None},
    {None, 2023},
)
# c06: a 局 report filed under another department's topic column (a joint topic page)
PAGES["c06"] = (
    page("首页 > 专题专栏 > 宣城市财政局 > 预决算公开", "在市委、市政府的坚强领导下，"),
    {None},
    {None, 2023},
)


def main() -> int:
    OUT.mkdir(exist_ok=True)
    wrong = 0
    for pid, (page_, agencies, years) in PAGES.items():
        path = OUT / f"{pid}.txt"
        path.write_text(page_, encoding="utf-8")
        meta = govinfo_nlp.parse(path).to_dict()["metadata"]
        agency, year = meta.get("agency"), meta.get("year")
        bad = agency not in agencies or year not in years
        wrong += bad
        print("!!" if bad else "  ", pid, f"agency {agency} year {year}")
    print(f"WRONG pages: {wrong} of {len(PAGES)}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
