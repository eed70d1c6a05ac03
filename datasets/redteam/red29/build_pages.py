"""Write red29's metadata pages and truth (blind: committed before the library ran on them).

Aimed at meta29's changes (branch meta29, not landed when written: 4042b03/7bf372c): 合署
party/state plaques named by the state body (bracket either way; a plaque bracketed after
the party name in the text), 纪委/监委 spelled out, a body's own earlier reports' links right
above its own dated heading and info line, a crumb's 历年报告 column on a flattened line.
Each page is one a real site could serve; the truth is what a reader of the page knows. A
WRONG or invented value is a failure; a null is not (``accept`` lists other right names).

    python datasets/redteam/red29/build_pages.py    # writes pages/ and truth.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from meta_pages import Pages, html, preamble, text, write_pages  # noqa: E402
from meta_pages import report_body as b  # noqa: E402

PAGES = Pages()
add = PAGES.add
HEAD = "年政府信息公开工作年度报告"
JS = {"province": "浙江省", "city": "衢州市", "county": "江山市"}
YD = {"province": "江西省", "city": "赣州市", "county": "于都县"}
XS = {"province": "江西省", "city": "九江市", "county": "修水县"}
SC = "宣城市市场监督管理局"
SC_REGION = {"province": "安徽省", "city": "宣城市"}

# p01/p02: one 合署 office, the title leading with the party name one year, the state the next:
# one name both years (the state body's)
add(
    "p01",
    "txt",
    text("中共江山市委宣传部（江山市新闻出版局）2023" + HEAD, preamble("我部", "2023"), *b("我部", "2023")),
    agency="江山市新闻出版局",
    region=JS,
    level="county",
    kind="department",
    year=2023,
    note="合署 party first: the state body's name",
)
add(
    "p02",
    "txt",
    text("江山市新闻出版局（中共江山市委宣传部）2022" + HEAD, preamble("我局", "2022"), *b("我局", "2022")),
    agency="江山市新闻出版局",
    region=JS,
    level="county",
    kind="department",
    year=2022,
    note="合署 state first, the year before: the same name as p01",
)
# p03: the bracket names ANOTHER area's state body: never that body
add(
    "p03",
    "txt",
    text("中共江山市委宣传部（衢州市新闻出版局）2023" + HEAD, preamble("我部", "2023"), *b("我部", "2023")),
    agency="中共江山市委宣传部",
    accept=["江山市委宣传部"],
    region=JS,
    level=None,
    kind=None,
    year=2023,
    note="a bracket naming another area's body is no plaque of this one: 衢州市新闻出版局 WRONG",
)
# p04: the bracket is another party body, no state body
add(
    "p04",
    "txt",
    text("中共江山市委宣传部（中共江山市委网信办）2023" + HEAD, preamble("我部", "2023"), *b("我部", "2023")),
    agency="中共江山市委宣传部",
    accept=["江山市委宣传部"],
    region=JS,
    level=None,
    kind=None,
    year=2023,
    note="a bracket holding another party office: 网信办/互联网信息办公室 WRONG",
)
# p05: a party office titled alone; in the text its name, then the state office in a list (、), no plaque
add(
    "p05",
    "txt",
    text(
        "中共于都县委办公室2023" + HEAD,
        preamble("我办", "2023"),
        "2023年，中共于都县委办公室、于都县人民政府办公室联合印发规范性文件5件。",
        *b("我办", "2023"),
    ),
    agency="中共于都县委办公室",
    accept=["于都县委办公室"],
    region=YD,
    level=None,
    kind=None,
    year=2023,
    note="a name beside the party's in a list is no plaque: 于都县人民政府办公室 WRONG",
)
# p06: a party office titled alone; in the text the party name with 以下简称 in brackets
add(
    "p06",
    "txt",
    text(
        "中共于都县委办公室2023" + HEAD,
        "中共于都县委办公室（以下简称县委办）认真贯彻《条例》。",
        preamble("我办", "2023"),
        *b("我办", "2023"),
    ),
    agency="中共于都县委办公室",
    accept=["于都县委办公室"],
    region=YD,
    level=None,
    kind=None,
    year=2023,
    note="a bracket of a short name (以下简称): no plaque, no state body",
)
# p07: 纪委 监委 with a space, and 纪委监委 as one word the year after: one name
add(
    "p07",
    "txt",
    text("中共修水县纪委 修水县监委2022" + HEAD, preamble("我委", "2022"), *b("我委", "2022")),
    agency="修水县监察委员会",
    region=XS,
    level="county",
    kind="department",
    year=2022,
    note="纪委 监委: the 监察委员会",
)
add(
    "p08",
    "txt",
    text("修水县纪委监委2023" + HEAD, preamble("我委", "2023"), *b("我委", "2023")),
    agency="修水县监察委员会",
    region=XS,
    level="county",
    kind="department",
    year=2023,
    note="纪委监委 the year after p07: the same name",
)
# p09: the 2022 report's page whose related list shows the other years' reports (2023 last),
# the page's info line right under it, its heading a picture: the year is 2022 (the body's)
add(
    "p09",
    "txt",
    text(
        "宣城市人民政府",
        "当前位置：首页 > 政务公开 > 政府信息公开年报",
        "相关阅读",
        SC + "2020" + HEAD,
        SC + "2021" + HEAD,
        SC + "2023" + HEAD,
        "来源：" + SC + "　发布时间：2023-01-18",
        preamble(SC, "2022"),
        *b("我局", "2022"),
    ),
    agency=SC,
    region=SC_REGION,
    level="city",
    kind="department",
    year=2022,
    note="the page is 2022's (its preamble and period); the 2023 link last above its info line: 2023 WRONG",
)
# p10: a 历年报告 list (2022, 2021) right above the page's own dated heading, no info line
add(
    "p10",
    "html",
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>年报</title></head><body>"
    f"<p>历年报告</p><p><a href='#'>{SC}2022{HEAD}</a></p><p><a href='#'>{SC}2021{HEAD}</a></p>"
    f"<h1>{SC}2023{HEAD}</h1>"
    + "".join(f"<p>{x}</p>" for x in (preamble("我局", "2023"), *b("我局", "2023")))
    + "</body></html>",
    agency=SC,
    region=SC_REGION,
    level="city",
    kind="department",
    year=2023,
    note="own dated heading under a links list: 2022 WRONG (red29 tables a01 read 2022)",
)
# p11: a page flattened to one line: crumb 历年报告, then the own title, then the body
add(
    "p11",
    "txt",
    "首页 政务公开 历年报告 "
    + SC
    + "2023"
    + HEAD
    + " 发布时间：2024-01-20 "
    + preamble("我局", "2023")
    + " ".join(b("我局", "2023"))
    + "\n",
    agency=SC,
    region=SC_REGION,
    level="city",
    kind="department",
    year=2023,
    note="crumb column 历年报告 on one line: read the own title",
)
# p12: flattened: 历年报告 then LAST year's title (a link) then this year's title and body
add(
    "p12",
    "txt",
    "首页 政务公开 历年报告 "
    + SC
    + "2022"
    + HEAD
    + " "
    + SC
    + "2023"
    + HEAD
    + " 发布时间：2024-01-20 "
    + preamble("我局", "2023")
    + " ".join(b("我局", "2023"))
    + "\n",
    agency=SC,
    region=SC_REGION,
    level="city",
    kind="department",
    year=2023,
    note="a link to last year's report after the crumb's 历年报告 on one line: 2022 WRONG",
)

if __name__ == "__main__":
    write_pages(HERE, PAGES, as_written=True)
