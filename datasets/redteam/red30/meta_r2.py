"""red30's metadata probes, round 2 (blind: committed before the library ran on them),
aimed at meta30's appended-report rules (74ecb00, 1a9fa19: _later_reports, _first_of_several,
_period_of_first_of_two): a report appended after the first report's part headings gives no
year cue; a document titled one year holding another year's report first, then its own; an
older report first with nothing above saying which is the page's has no year. Scored as
meta.py (a wrong year or agency is WRONG; null is not).

    python datasets/redteam/red30/meta_r2.py   # writes meta_r2/, exit 1 on a WRONG
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from meta_pages import preamble, text  # noqa: E402
from meta_pages import report_body as b  # noqa: E402

import govinfo_nlp  # noqa: E402

OUT = HERE / "meta_r2"
SC = "宣城市市场监督管理局"
HEAD = "年政府信息公开工作年度报告"


def t(year: int) -> str:
    return f"{SC}{year}{HEAD}"


PAGES: dict[str, tuple[str, set, set]] = {}
# n01 (control): this year's report, then its own 图解 version appended with its own parts
PAGES["n01"] = (
    text(
        t(2023),
        preamble("我局", "2023"),
        *b("我局", "2023"),
        f"附件：{t(2023)}（图解版）",
        *b("我局", "2023"),
    ),
    {None, SC},
    {2023},
)
# n02: this year's report with its heading lost (its period 2023), last year's appended
PAGES["n02"] = (
    text(
        preamble("本局", "2023"),
        *b("我局", "2023"),
        f"附件：{t(2022)}",
        preamble("本局", "2022"),
        *b("我局", "2022"),
    ),
    {None, SC},
    {None, 2023},
)
# n03: a correction notice of last year's report first (its own parts named), then this
# year's whole report under its title: the page's report is 2023's (or not certain)
PAGES["n03"] = (
    text(
        f"关于{t(2022)}的更正说明",
        "我局2022年政府信息公开工作年度报告中“二、主动公开政府信息情况”部分数据有误，现更正如下：",
        "二、主动公开政府信息情况",
        "全年主动公开政府信息118条。",
        t(2023),
        preamble("我局", "2023"),
        *b("我局", "2023"),
    ),
    {None, SC},
    {None, 2023},
)
# n04: the document titled 2023 (its heading), last year's report first as 附件1 with its
# period, this year's as 附件2 with its own: the title's year
PAGES["n04"] = (
    text(
        t(2023),
        f"附件1：{t(2022)}",
        preamble("我局", "2022"),
        *b("我局", "2022"),
        f"附件2：{t(2023)}",
        preamble("我局", "2023"),
        *b("我局", "2023"),
    ),
    {None, SC},
    {None, 2023},
)
# n05: the document titled 2022 (last year's page), this year's report appended after it
PAGES["n05"] = (
    text(
        t(2022),
        preamble("我局", "2022"),
        *b("我局", "2022"),
        f"附件：{t(2023)}",
        preamble("我局", "2023"),
        *b("我局", "2023"),
    ),
    {None, SC},
    {None, 2022},
)
# n06: the 2023 report; its section 六 lists last year's report as a reference line, then
# a sentence (no overview after it: no appended report)
PAGES["n06"] = (
    text(
        t(2023),
        preamble("我局", "2023"),
        *b("我局", "2023"),
        "附件：",
        t(2022),
        "（详见我局门户网站政府信息公开专栏）",
    ),
    {None, SC},
    {2023},
)
# n07: a report whose heading is lost and whose period is not given; its section 五 quotes
# last year's title alone on a line, then the 2024 plans under 一、 (a list of plans, not
# an overview)
PAGES["n07"] = (
    text(
        preamble("我局", "2023", period=False),
        *b("我局", "2023"),
        t(2022),
        "一、总体情况对照上年度报告逐项整改。",
    ),
    {None, SC},
    {None, 2023},
)


def main() -> int:
    OUT.mkdir(exist_ok=True)
    wrong = 0
    for pid, (page, agencies, years) in PAGES.items():
        path = OUT / f"{pid}.txt"
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
