"""red30's metadata probes (blind: written and committed before the library ran on them).

Aimed at session 30's metadata changes (meta30's branch, not landed when written: 74ecb00,
0655de7, 3121880, 1a9fa19): a party department titled alone named by the state plaque its
document writes in brackets after its name; an undated heading on a page flattened to one
line (a token right before the date label or the report's opening); the own dated heading
under a newest-first list of the body's reports when the report opens under it. A wrong or
invented agency or year is WRONG (``!!``); null is not (the truth's ``accept`` lists every
right value, None among them where a reader cannot be sure).

    python datasets/redteam/red30/meta.py      # writes meta/, exit 1 on a WRONG
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from meta_pages import preamble, text  # noqa: E402
from meta_pages import report_body as b  # noqa: E402

import govinfo_nlp  # noqa: E402

OUT = HERE / "meta"
SC = "宣城市市场监督管理局"
HEAD = "年政府信息公开工作年度报告"
PARTY = "中共宣城市委宣传部"

# id -> (file name, page, accepted agencies, accepted years)
PAGES: dict[str, tuple[str, str, set, set]] = {}

# m01: a party department titled alone; its preamble brackets TWO state names after it:
# which one names the office is not told; the two joined are no body's name
PAGES["m01"] = (
    "m01.txt",
    text(
        PARTY + "2023" + HEAD,
        f"{PARTY}（宣城市新闻出版局、宣城市版权局）" + preamble("我部", "2023"),
        *b("我部", "2023"),
    ),
    {None, "宣城市新闻出版局", "宣城市版权局", PARTY},
    {2023},
)
# m02 (control): one plaque bracketed after the party name: the state body (schema §1)
PAGES["m02"] = (
    "m02.txt",
    text(
        "中共宣城市委组织部2023" + HEAD,
        "中共宣城市委组织部（宣城市公务员局）" + preamble("我部", "2023"),
        *b("我部", "2023"),
    ),
    {None, "宣城市公务员局", "中共宣城市委组织部"},
    {2023},
)
# m03: the bracket after the party name in the contact line is a place (a service centre
# where the department sits), not a plaque
PAGES["m03"] = (
    "m03.txt",
    text(
        PARTY + "2023" + HEAD,
        preamble("我部", "2023", contact=f"{PARTY}（宣城市政务服务中心）"),
        *b("我部", "2023"),
    ),
    {None, PARTY},
    {2023},
)
_OPENING = "根据《中华人民共和国政府信息公开条例》规定，现公布本局2023年政府信息公开工作年度报告。"
_BODY_FLAT = " ".join(b("我局", "2023"))
# m04: a page flattened to one line; the crumb's last column is the portal's column of the
# government's reports (an undated title) right before the date label; the page's own
# undated heading after it
PAGES["m04"] = (
    "m04.txt",
    "首页 > 政务公开 > 宣城市人民政府政府信息公开工作年度报告 发布时间：2024-01-18 "
    f"{SC}政府信息公开工作年度报告 {_OPENING} {_BODY_FLAT}\n",
    {None, SC},
    {None, 2023},
)
# m05: the same, a 热点 item (another body's undated report, dated) before the own heading
PAGES["m05"] = (
    "m05.txt",
    "首页 > 政务公开 > 年度报告 热点推荐： 宣城市财政局政府信息公开工作年度报告 "
    f"发布时间：2024-01-15 {SC}政府信息公开工作年度报告 发布时间：2024-01-18 {_OPENING} "
    f"{_BODY_FLAT}\n",
    {None, SC},
    {None, 2023},
)
# m06: the page of the 2022 report, its heading lost; the body's earlier reports listed
# newest first above it (2021, 2020), then the newer 2023 report the CMS added to the list
# later; the 2022 report opens right under the list
PAGES["m06"] = (
    "m06.txt",
    text(
        "历年报告",
        f"{SC}2021" + HEAD,
        f"{SC}2020" + HEAD,
        f"{SC}2023" + HEAD,
        *b("我局", "2022"),
    ),
    {None, SC},
    {None, 2022},
)
# m07: the same list above the 2022 report's opening sentence (根据《条例》…。)
PAGES["m07"] = (
    "m07.txt",
    text(
        "历年报告",
        f"{SC}2021" + HEAD,
        f"{SC}2020" + HEAD,
        f"{SC}2023" + HEAD,
        preamble("我局", "2022"),
        *b("我局", "2022"),
    ),
    {None, SC},
    {None, 2022},
)


def main() -> int:
    OUT.mkdir(exist_ok=True)
    wrong = 0
    for pid, (name, page, agencies, years) in PAGES.items():
        path = OUT / name
        path.write_text(page, encoding="utf-8")
        meta = govinfo_nlp.parse(path).to_dict()["metadata"]
        agency, year = meta.get("agency"), meta.get("year")
        bad = agency not in agencies or year not in years
        wrong += bad
        print("!!" if bad else "  ", pid, f"agency {agency} year {year}")
    print(f"WRONG pages: {wrong} of {len(PAGES)}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
