"""Write meta30r2's pages and truth (meta30's second round, session 30: blind to the output).

Aimed at meta30's own later rules, written after they landed (the writer wrote them): the
crumb's column naming a 我局 report's body (agency/__init__.py ``_cued``, metadata.agency_from_crumb),
a page whose first report is older than a later one with nothing above them (metadata.py
``_first_of_several``), and a document titled this year over last year's report and this
year's (``_period_of_first_of_two``); controls where they must not fire. Real places (宁夏,
青海, 内蒙古: places the earlier sets used least), invented reports.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from meta_pages import Pages, html, text, write_pages  # noqa: E402
from meta_pages import report_body as b  # noqa: E402
from meta_pages import undated_body as undated  # noqa: E402

PAGES = Pages()
add = PAGES.add
NX, QH, NM = "宁夏回族自治区", "青海省", "内蒙古自治区"
RULE = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，"
HEAD = "年政府信息公开工作年度报告"


def period(y: int) -> str:
    return f"本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"


def report(
    name: str, y: int, *, with_period: bool = True, n: int = 80, me: str = "我局"
) -> list[str]:
    """A report's opening (naming ``name``) and its parts of ``y``."""
    opening = RULE + f"现公布{name}{y}年政府信息公开工作年度报告。"
    return [opening + (period(y) if with_period else ""), *b(me, str(y), n)]


# --- k: the crumb's column ----------------------------------------------------------------

add(
    "k01",
    "html",
    html(
        "2023" + HEAD,
        [RULE + "现公布我委2023年政府信息公开工作年度报告。" + period(2023), *b("我委", n=66)],
        crumb="首页 > 部门信息公开 > 永宁县卫生健康委员会 > 政府信息公开年报",
        info="发布时间：2024-01-22",
    ),
    agency="永宁县卫生健康委员会",
    accept=["银川市永宁县卫生健康委员会"],
    region={"province": NX, "city": "银川市", "county": "永宁县"},
    level="county",
    kind="department",
    year=2023,
    note="a 我委 report named only by the crumb's column (a commission)",
)

add(
    "k02",
    "html",
    html(
        "2023" + HEAD,
        [RULE + "现公布我局2023年政府信息公开工作年度报告。" + period(2023), *b(n=51)],
        crumb="首页 > 政务公开 > 永宁县人民政府办公室 > 年报",
        info="发布时间：2024-01-23",
    ),
    agency=None,
    region={},
    year=2023,
    note="a 我局 report filed under the government office's column: no bureau named",
)

add(
    "k03",
    "html",
    html(
        "2023" + HEAD,
        [RULE + "现公布我局2023年政府信息公开工作年度报告。" + period(2023), *b(n=47)],
        crumb="首页 > 部门 > 湟中区教育局 > 湟中区教育局直属学校 > 年报",
        info="发布时间：2024-01-23",
    ),
    agency="西宁市湟中区教育局",
    accept=["湟中区教育局"],
    region={"province": QH, "city": "西宁市", "county": "湟中区"},
    level="county",
    kind="department",
    year=2023,
    note="two columns naming bodies with an area (the bureau and its schools); the report says "
    "我局: the bureau (null is safe)",
)

add(
    "k04",
    "html",
    html(
        "湟中区民政局2023" + HEAD,
        report("湟中区民政局", 2023, n=39),
        crumb="首页 > 部门 > 湟中区财政局 > 年度报告",
        info="发布时间：2024-01-19",
    ),
    agency="西宁市湟中区民政局",
    accept=["湟中区民政局"],
    region={"province": QH, "city": "西宁市", "county": "湟中区"},
    level="county",
    kind="department",
    year=2023,
    note="the title names the body; the crumb's column is another bureau's (a misfiled page)",
)

add(
    "k05",
    "txt",
    text(
        "当前位置：首页 / 信息公开 / 土默特左旗自然资源局 / 年度报告",
        "2023" + HEAD,
        "发布时间：2024-01-26",
        RULE + "现公布我局2023年政府信息公开工作年度报告。" + period(2023),
        *b(n=58),
    ),
    agency="土默特左旗自然资源局",
    accept=["呼和浩特市土默特左旗自然资源局"],
    region={"province": NM, "city": "呼和浩特市", "county": "土默特左旗"},
    level="county",
    kind="department",
    year=2023,
    note="a text scrape's crumb with slashes, a 旗's bureau",
)

# --- j: several reports on one page -------------------------------------------------------

YN = "永宁县交通运输局"
add(
    "j01",
    "txt",
    text(
        "附件1：" + YN + "2023" + HEAD,
        *report(YN, 2023),
        "附件2：" + YN + "2022" + HEAD,
        *report(YN, 2022),
    ),
    agency=YN,
    accept=["银川市永宁县交通运输局"],
    region={"province": NX, "city": "银川市", "county": "永宁县"},
    level="county",
    kind="department",
    year=2023,
    note="control: 附件1 this year's, 附件2 last year's",
)

add(
    "j02",
    "txt",
    text(
        YN + "2023" + HEAD,
        "附件1：",
        YN + "2022" + HEAD,
        *report(YN, 2022),
        "附件2：",
        YN + "2023" + HEAD,
        *report(YN, 2023, with_period=False),
    ),
    agency=YN,
    accept=["银川市永宁县交通运输局"],
    region={"province": NX, "city": "银川市", "county": "永宁县"},
    level="county",
    kind="department",
    year=2023,
    note="the document's title, 附件1： on its own line over last year's (its period), 附件2： "
    "over this year's (no period, its parts say 2023年)",
)

add(
    "j03",
    "txt",
    text(
        YN + "2023" + HEAD,
        "附件1：" + YN + "2022" + HEAD,
        *report(YN, 2022),
        "附件2：" + YN + "2021" + HEAD,
        *report(YN, 2021),
    ),
    agency=YN,
    accept=["银川市永宁县交通运输局"],
    region={"province": NX, "city": "银川市", "county": "永宁县"},
    level="county",
    kind="department",
    year=None,
    note="titled 2023 over the 2022 and 2021 reports, no 2023 report: which year is not certain",
)

HZ = "西宁市湟中区市场监督管理局"
add(
    "j04",
    "txt",
    text(
        "附件1：" + HZ + "2021" + HEAD,
        *report(HZ, 2021),
        "附件2：" + HZ + "2022" + HEAD,
        *report(HZ, 2022),
        "附件3：" + HZ + "2023" + HEAD,
        *report(HZ, 2023),
    ),
    agency=HZ,
    accept=["湟中区市场监督管理局"],
    region={"province": QH, "city": "西宁市", "county": "湟中区"},
    level="county",
    kind="department",
    year=None,
    note="three years' reports as 附件1-3, no title above: which is the page's is not told",
)

add(
    "j05",
    "html",
    html(
        HZ + "2023" + HEAD,
        [
            "附件1：" + HZ + "2022" + HEAD,
            *report(HZ, 2022),
            "附件2：" + HZ + "2023" + HEAD,
            *report(HZ, 2023),
        ],
        info="发布时间：2024-02-02",
    ),
    agency=HZ,
    accept=["湟中区市场监督管理局"],
    region={"province": QH, "city": "西宁市", "county": "湟中区"},
    level="county",
    kind="department",
    year=2023,
    note="a saved page: its h1 (chrome) titled 2023, the body 附件1 2022 and 附件2 2023, each "
    "with its period",
)

TZ = "土默特左旗财政局"
add(
    "j06",
    "txt",
    text(
        TZ + "2023" + HEAD,
        *report(TZ, 2023, with_period=False),
        "附件：" + TZ + "2022" + HEAD,
        *report(TZ, 2022),
    ),
    agency=TZ,
    accept=["呼和浩特市土默特左旗财政局"],
    region={"province": NM, "city": "呼和浩特市", "county": "土默特左旗"},
    level="county",
    kind="department",
    year=2023,
    note="control: this year's titled report without a period, last year's appended with its "
    "period",
)

add(
    "j07",
    "txt",
    text(*report(TZ, 2022)[:1], *undated(n=44), "附件：" + TZ + "2023" + HEAD, *report(TZ, 2023)),
    agency=TZ,
    accept=["呼和浩特市土默特左旗财政局"],
    region={"province": NM, "city": "呼和浩特市", "county": "土默特左旗"},
    level="county",
    kind="department",
    year=2022,
    note="no title: the 2022 report (its opening names 2022, its period), then 附件：the 2023 "
    "report: the first report is the row's (2022; null is safe, 2023 WRONG)",
)

if __name__ == "__main__":
    write_pages(HERE, PAGES, as_written=True)
