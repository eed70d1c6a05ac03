"""Write meta29's pages and truth (an eighteenth blind metadata red team, session 29).

Every page is kept here beside its truth; ``pages/`` and ``truth.jsonl`` are this
script's output (``python datasets/redteam/meta29/build_pages.py``). Real places and
bodies, invented reports. Text pages are a scraper's first 2,000 bytes (``scrape``); the
cues a truth rests on are asserted to be inside the cut. HTML pages are whole saved
pages (meta_pages.py's ``html()``).

Kinds the earlier sets used least: 合署 bodies and party departments carrying a state
plaque (a), 街道/乡镇 reports (s), 开发区/高新区 管委会 (z), public institutions,
universities, hospitals and bodies whose name holds a number (u), a title split over two
lines (l), a year only in the statistics period or a table's 截至 date (y), a reprinting
portal's name everywhere on the page (p).
"""

from __future__ import annotations

import sys
from pathlib import Path

from opencc import OpenCC

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from meta_pages import (  # noqa: E402
    Pages,
    html,
    preamble,
    report_body as b,
    scrape,
    sections,
    undated_body as undated,
    write_pages,
)

PAGES = Pages()
add = PAGES.add

FJ = "福建省"
JX = "江西省"
SD = "山东省"
GOV_RULE = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，"
HEAD = "年政府信息公开工作年度报告"
_S2T = OpenCC("s2t")


# --- a: 合署 bodies, party departments with a state plaque --------------------------------
# Convention (decided blind, as meta20 u32 and red25 c01): a body with a party name and a
# state name (合署办公, 两块牌子) written together is named by its state name, whichever
# the title leads with; the party name is the same office (accepted, not canonical: the
# score's --canon line counts it apart).

add(
    "a01",
    "txt",
    scrape(
        "中共晋江市纪律检查委员会 晋江市监察委员会2023" + HEAD,
        "发布时间：2024-01-24　来源：晋江市纪委监委",
        GOV_RULE + "现公布晋江市监察委员会2023年政府信息公开工作年度报告。"
        "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        *b("我委", n=46),
        must=("晋江市监察委员会2023",),
    ),
    agency="晋江市监察委员会",
    accept=["中共晋江市纪律检查委员会", "泉州市晋江市监察委员会"],
    as_written=None,
    region={"province": FJ, "city": "泉州市", "county": "晋江市"},
    level="county",
    kind=None,
    year=2023,
    note="纪委监委 titled with both names (party first, space-joined): the state name canonical",
)

add(
    "a02",
    "html",
    html(
        "中共修水县纪委 修水县监委2023" + HEAD,
        [GOV_RULE + "现公布本委2023年政府信息公开工作年度报告。", *b("本委", n=33)],
        title="中共修水县纪委 修水县监委2023" + HEAD + "_修水县人民政府",
        banner="修水县人民政府",
        crumb="首页 > 政府信息公开 > 年度报告 > 县纪委监委",
        info="发布日期：2024-01-30　信息来源：县纪委监委",
        footer="主办：修水县人民政府办公室",
    ),
    agency="修水县监察委员会",
    accept=["中共修水县纪律检查委员会", "修水县监委", "中共修水县纪委", "九江市修水县监察委员会"],
    as_written=None,
    region={"province": JX, "city": "九江市", "county": "修水县"},
    level="county",
    kind=None,
    year=2023,
    note="纪委监委 in short forms (纪委, 监委) on the county portal: the portal's government and "
    "office wrong; the short forms accepted",
)

add(
    "a03",
    "txt",
    scrape(
        "中共于都县委办公室（于都县人民政府办公室）2023" + HEAD,
        "发布时间：2024-01-19",
        preamble("于都县人民政府办公室", "2023"),
        *b("我办", n=212),
        must=("于都县人民政府办公室2023",),
    ),
    agency="于都县人民政府办公室",
    accept=["中共于都县委办公室", "赣州市于都县人民政府办公室"],
    as_written="中共于都县委办公室（于都县人民政府办公室）",
    region={"province": JX, "city": "赣州市", "county": "于都县"},
    level="county",
    kind="government",
    year=2023,
    note="党委办 and 政府办 合署, the party office leading with the government office in "
    "brackets: the government office canonical",
)

add(
    "a04",
    "html",
    html(
        "中共赣州市委组织部（赣州市公务员局）2023" + HEAD,
        [GOV_RULE + "现公布我部（局）2023年政府信息公开工作年度报告。", *b("我局", n=58)],
        title="中共赣州市委组织部（赣州市公务员局）2023" + HEAD,
        banner="赣州市人民政府",
        info="发布机构：中共赣州市委组织部　发布日期：2024-01-26",
        footer="主办：赣州市人民政府办公室",
    ),
    agency="赣州市公务员局",
    accept=["中共赣州市委组织部"],
    as_written="中共赣州市委组织部（赣州市公务员局）",
    region={"province": JX, "city": "赣州市"},
    level="city",
    kind="department",
    year=2023,
    note="组织部 carrying the 公务员局 plaque, the party name first and as 发布机构: the state "
    "name canonical; the portal's government wrong",
)

add(
    "a05",
    "txt",
    scrape(
        "九江市新闻出版局（中共九江市委宣传部）2023" + HEAD,
        "来源：九江市人民政府　发布时间：2024-02-02",
        GOV_RULE + "中共九江市委宣传部（九江市新闻出版局）编制本报告。"
        "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        *b("我局", n=27),
        must=("九江市新闻出版局（中共九江市委宣传部）2023",),
    ),
    agency="九江市新闻出版局",
    accept=["中共九江市委宣传部"],
    as_written="九江市新闻出版局（中共九江市委宣传部）",
    region={"province": JX, "city": "九江市"},
    level="city",
    kind="department",
    year=2023,
    note="the state plaque leading, the 宣传部 in brackets (the preamble the other way round): "
    "新闻出版局 canonical; the portal's government (来源) wrong",
)

add(
    "a06",
    "html",
    html(
        "中共泉州市委统战部 泉州市民族与宗教事务局2023" + HEAD,
        [preamble("泉州市民族与宗教事务局", "2023"), *b(n=19)],
        title="中共泉州市委统战部 泉州市民族与宗教事务局2023" + HEAD + "_泉州市人民政府",
        banner="泉州市人民政府",
        crumb="首页 > 政务公开 > 部门信息公开年报",
        info="发布日期：2024-01-22",
        sidebar=["泉州市财政局2023" + HEAD, "泉州市教育局2023" + HEAD],
        footer="主办：泉州市人民政府办公室",
    ),
    agency="泉州市民族与宗教事务局",
    accept=["中共泉州市委统战部", "中共泉州市委统一战线工作部"],
    as_written=None,
    region={"province": FJ, "city": "泉州市"},
    level="city",
    kind="department",
    year=2023,
    note="统战部 and the 民宗局 it carries, space-joined in the title: the state name canonical; "
    "the sidebar's bureaus and the portal wrong",
)

add(
    "a07",
    "txt",
    scrape(
        "中共厦门市委网络安全和信息化委员会办公室2023" + HEAD,
        "发布时间：2024-01-29",
        "中共厦门市委网络安全和信息化委员会办公室（厦门市互联网信息办公室）" + GOV_RULE[2:]
        + "编制本报告。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        *b("我办", n=37),
        must=("（厦门市互联网信息办公室）",),
    ),
    agency="厦门市互联网信息办公室",
    accept=["中共厦门市委网络安全和信息化委员会办公室"],
    as_written=None,
    region={"province": FJ, "city": "厦门市"},
    level="city",
    kind="department",
    year=2023,
    note="titled by the party name alone, the state plaque in the preamble's brackets: the state "
    "name canonical, the party name the same office",
)

add(
    "a08",
    "txt",
    scrape(
        "中共章贡区委机构编制委员会办公室2023" + HEAD,
        "发布时间：2024-01-16　来源：章贡区人民政府",
        GOV_RULE + "现公布中共赣州市章贡区委机构编制委员会办公室2023年政府信息公开工作年度报告。",
        *b("我办", n=14),
        must=("中共章贡区委机构编制委员会办公室2023",),
    ),
    agency="中共章贡区委机构编制委员会办公室",
    accept=["中共赣州市章贡区委机构编制委员会办公室"],
    as_written="中共章贡区委机构编制委员会办公室",
    region={"province": JX, "city": "赣州市", "county": "章贡区"},
    level="county",
    kind="department",
    year=2023,
    note="a party office with no state plaque (编办) reporting in its own name; the district "
    "government (来源) wrong; a null is safe",
)

add(
    "a09",
    "html",
    html(
        "中共修水县委办公室2023" + HEAD,
        [GOV_RULE + "现公布我办2023年政府信息公开工作年度报告。", *b("我办", n=188)],
        title="中共修水县委办公室2023" + HEAD + "_修水县人民政府",
        banner="修水县人民政府",
        info="发布机构：修水县人民政府办公室　发布日期：2024-01-18",
        footer="主办：修水县人民政府办公室",
    ),
    agency="修水县人民政府办公室",
    accept=["中共修水县委办公室", "九江市修水县人民政府办公室"],
    as_written=None,
    region={"province": JX, "city": "九江市", "county": "修水县"},
    level="county",
    kind=None,
    year=2023,
    note="合署 offices: the party office titled, the government office as 发布机构 (red25 c01): "
    "the government office canonical; kind not scored (the party name may be read)",
)

add(
    "a10",
    "txt",
    scrape(
        "济南市历下区人民政府办公室 中共济南市历下区委办公室",
        "2023" + HEAD,
        "发布时间：2024-01-31",
        preamble("历下区人民政府办公室", "2023"),
        *b("我办", n=143),
        must=("中共济南市历下区委办公室",),
    ),
    agency="济南市历下区人民政府办公室",
    accept=["历下区人民政府办公室", "中共济南市历下区委办公室"],
    as_written=None,
    region={"province": SD, "city": "济南市", "county": "历下区"},
    level="county",
    kind=None,
    year=2023,
    note="both offices named on one line and the year's title on the next (split title): the "
    "government office canonical",
)

# --- s: 街道 and 乡镇 ------------------------------------------------------------------------

add(
    "s01",
    "html",
    html(
        "鹭江街道办事处2023" + HEAD,
        [GOV_RULE + "现公布厦门市思明区人民政府鹭江街道办事处2023年政府信息公开工作年度报告。",
         *b("本街道", n=64)],
        title="鹭江街道办事处2023" + HEAD + "_厦门市思明区人民政府",
        banner="厦门市思明区人民政府",
        crumb="首页 > 信息公开 > 街道信息公开 > 鹭江街道",
        info="发布日期：2024-01-17",
        footer="主办：厦门市思明区人民政府办公室",
    ),
    agency="厦门市思明区人民政府鹭江街道办事处",
    accept=["厦门市思明区鹭江街道办事处", "思明区鹭江街道办事处", "鹭江街道办事处",
            "思明区人民政府鹭江街道办事处"],
    as_written="鹭江街道办事处",
    region={"province": FJ, "city": "厦门市", "county": "思明区"},
    level="street",
    kind="government",
    year=2023,
    note="a street on its district's portal; the district government (banner, suffix) wrong",
)

add(
    "s02",
    "txt",
    scrape(
        "晋江市安海镇人民政府2023" + HEAD,
        "来源：晋江市人民政府　发布时间：2024-01-12",
        preamble("安海镇人民政府", "2023"),
        *b("我镇", n=88),
        must=("晋江市安海镇人民政府2023",),
    ),
    agency="晋江市安海镇人民政府",
    accept=["安海镇人民政府", "泉州市晋江市安海镇人民政府"],
    as_written="晋江市安海镇人民政府",
    region={"province": FJ, "city": "泉州市", "county": "晋江市"},
    level="township",
    kind="government",
    year=2023,
    note="a town of a county-level city; 晋江市人民政府 (来源) wrong",
)

add(
    "s03",
    "txt",
    scrape(
        "义宁镇2023" + HEAD,
        "当前位置：首页 > 政务公开 > 乡镇信息公开 > 义宁镇",
        "发布时间：2024-01-25　来源：修水县义宁镇人民政府",
        GOV_RULE + "现公布我镇2023年政府信息公开工作年度报告。",
        *b("我镇", n=52),
        must=("来源：修水县义宁镇人民政府",),
    ),
    agency="修水县义宁镇人民政府",
    accept=["义宁镇人民政府", "九江市修水县义宁镇人民政府"],
    as_written="义宁镇",
    region={"province": JX, "city": "九江市", "county": "修水县"},
    level="township",
    kind="government",
    year=2023,
    note="a town titled by its name alone; 来源 gives the whole name",
)

add(
    "s04",
    "html",
    html(
        "泉城路街道2023" + HEAD,
        [preamble("济南市历下区人民政府泉城路街道办事处", "2023"), *b("本街道", n=71)],
        title="泉城路街道2023" + HEAD + "_济南市历下区人民政府",
        banner="济南市历下区人民政府",
        info="发布日期：2024-01-28",
        sidebar=["解放路街道2023" + HEAD, "历下区财政局2023" + HEAD],
        footer="主办：济南市历下区人民政府办公室",
    ),
    agency="济南市历下区人民政府泉城路街道办事处",
    accept=["济南市历下区泉城路街道办事处", "历下区泉城路街道办事处", "泉城路街道办事处",
            "历下区人民政府泉城路街道办事处"],
    as_written="泉城路街道",
    region={"province": SD, "city": "济南市", "county": "历下区"},
    level="street",
    kind="government",
    year=2023,
    note="a street named after a road (泉城路), titled short, the whole name in the preamble; "
    "the sidebar's 解放路街道 and 财政局 and the district government wrong",
)

add(
    "s05",
    "txt",
    scrape(
        _S2T.convert("磁灶镇人民政府2023" + HEAD),
        _S2T.convert("發佈時間：2024-01-20　來源：晉江市磁灶鎮人民政府"),
        _S2T.convert(preamble("晋江市磁灶镇人民政府", "2023")),
        *[_S2T.convert(x) for x in b("本鎮", n=45)],
        must=(_S2T.convert("磁灶镇人民政府2023"),),
    ),
    agency="晋江市磁灶镇人民政府",
    accept=["磁灶镇人民政府", "泉州市晋江市磁灶镇人民政府"],
    as_written=_S2T.convert("磁灶镇人民政府"),
    region={"province": FJ, "city": "泉州市", "county": "晋江市"},
    level="township",
    kind="government",
    year=2023,
    note="a town's page in Traditional characters; the county-level city is in 来源",
)

add(
    "s06",
    "txt",
    scrape(
        "于都县贡江镇人民政府",
        "2023年度政府信息公开工作报告",
        "发布时间：2024-01-21",
        GOV_RULE + "现公布我镇2023年度政府信息公开工作报告。",
        *b("我镇", n=60),
        must=("2023年度政府信息公开工作报告",),
    ),
    agency="于都县贡江镇人民政府",
    accept=["贡江镇人民政府", "赣州市于都县贡江镇人民政府"],
    as_written="于都县贡江镇人民政府",
    region={"province": JX, "city": "赣州市", "county": "于都县"},
    level="township",
    kind="government",
    year=2023,
    note="the title split: the town's name on one line, 2023年度…报告 on the next",
)

# --- z: 开发区/高新区 管委会 --------------------------------------------------------------

add(
    "z01",
    "html",
    html(
        "厦门火炬高新区管委会2023" + HEAD,
        [GOV_RULE + "现公布厦门火炬高技术产业开发区管理委员会2023年政府信息公开工作年度报告。",
         *b("我委", n=95)],
        title="厦门火炬高新区管委会2023" + HEAD + "_厦门市人民政府",
        banner="厦门市人民政府",
        info="发布日期：2024-01-23",
        footer="主办：厦门市人民政府办公厅",
    ),
    agency="厦门火炬高技术产业开发区管理委员会",
    accept=["厦门火炬高新区管委会"],
    as_written="厦门火炬高新区管委会",
    region={"province": FJ, "city": "厦门市"},
    level=None,
    kind=None,
    year=2023,
    note="a 高新区 管委会 titled short, the whole name in the preamble; never 人民政府; the city "
    "portal wrong",
)

add(
    "z02",
    "txt",
    scrape(
        "赣州经济技术开发区管理委员会2023" + HEAD,
        "发布时间：2024-01-26　来源：赣州经开区党政办",
        preamble("赣州经济技术开发区管理委员会", "2023"),
        *b("我区", n=133),
        must=("赣州经济技术开发区管理委员会2023",),
    ),
    agency="赣州经济技术开发区管理委员会",
    accept=["赣州经开区管委会"],
    as_written="赣州经济技术开发区管理委员会",
    region={"province": JX, "city": "赣州市"},
    level=None,
    kind=None,
    year=2023,
    note="an 经开区 管委会 titled whole; its 党政办 (来源) wrong",
)

add(
    "z03",
    "txt",
    scrape(
        "南昌高新区2023" + HEAD,
        "发布时间：2024-02-01",
        GOV_RULE + "现公布南昌高新区2023年政府信息公开工作年度报告。",
        *b("我区", n=76),
        must=("南昌高新区2023",),
    ),
    agency=None,
    accept=[],
    as_written=None,
    region={},
    level=None,
    kind=None,
    year=2023,
    note="a 高新区 named alone and its 管理委员会 written nowhere: no agency certain (never "
    "南昌高新区人民政府; the whole committee name not written: null)",
)

add(
    "z04",
    "html",
    html(
        "福州经济技术开发区管委会社会事业局2023" + HEAD,
        [GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。", *b(n=41)],
        title="福州经济技术开发区管委会社会事业局2023" + HEAD + "_福州经济技术开发区",
        banner="福州经济技术开发区管理委员会",
        info="发布日期：2024-01-25",
        footer="主办：福州经济技术开发区管理委员会",
    ),
    agency="福州经济技术开发区管理委员会社会事业局",
    accept=["福州经济技术开发区管委会社会事业局", "福州经济技术开发区社会事业局"],
    as_written="福州经济技术开发区管委会社会事业局",
    region={"province": FJ, "city": "福州市"},
    level=None,
    kind="department",
    year=2023,
    note="a zone committee's bureau: the committee itself (banner, footer) wrong",
)

# --- u: public institutions, universities, hospitals, numbered names -----------------------

add(
    "u01",
    "html",
    html(
        "福州大学2022-2023学年信息公开工作年度报告",
        [
            "根据《高等学校信息公开办法》和教育部有关要求，现公布福州大学2022-2023学年信息公开"
            "工作年度报告。本报告统计时间为2022年9月1日至2023年8月31日。",
            *sections("学校", "本学年", 310, "下一学年"),
        ],
        title="福州大学2022-2023学年信息公开工作年度报告_福州大学信息公开网",
        banner="福州大学信息公开网",
        info="发布日期：2023-10-30",
        footer="版权所有：福州大学",
    ),
    agency="福州大学",
    accept=[],
    as_written="福州大学",
    region={},
    level=None,
    kind=None,
    year=2023,
    note="a university's 学年 report: the year the 学年 ends (2023); no level",
)

add(
    "u02",
    "txt",
    scrape(
        "泉州市第一医院2023" + HEAD,
        "来源：泉州市卫生健康委员会　发布时间：2024-01-30",
        preamble("泉州市第一医院", "2023"),
        *b("我院", n=29),
        must=("泉州市第一医院2023",),
    ),
    agency="泉州市第一医院",
    accept=[],
    as_written="泉州市第一医院",
    region={"province": FJ, "city": "泉州市"},
    level=None,
    kind="department",
    year=2023,
    note="a hospital whose name holds a number (第一医院); the commission (来源) wrong",
)

add(
    "u03",
    "html",
    html(
        "赣州市第三人民医院2023" + HEAD,
        [GOV_RULE + "现公布我院2023年政府信息公开工作年度报告。", *b("我院", n=22)],
        title="赣州市第三人民医院2023" + HEAD + "_赣州市卫生健康委员会",
        banner="赣州市卫生健康委员会",
        crumb="首页 > 信息公开 > 直属单位",
        info="发布日期：2024-01-24",
        sidebar=["赣州市人民医院2023" + HEAD, "赣州市第五人民医院2023" + HEAD],
        footer="主办：赣州市卫生健康委员会",
    ),
    agency="赣州市第三人民医院",
    accept=[],
    as_written="赣州市第三人民医院",
    region={"province": JX, "city": "赣州市"},
    level=None,
    kind="department",
    year=2023,
    note="a numbered hospital on its commission's site, its sister hospitals in the sidebar: "
    "the commission and 第五人民医院 wrong",
)

add(
    "u04",
    "txt",
    scrape(
        "福建省福州第一中学2023" + HEAD,
        "来源：福州市教育局　发布时间：2024-01-15",
        GOV_RULE + "现公布我校2023年政府信息公开工作年度报告。",
        *b("我校", n=18),
        must=("福建省福州第一中学2023",),
    ),
    agency="福建省福州第一中学",
    accept=["福州第一中学"],
    as_written="福建省福州第一中学",
    region={"province": FJ, "city": "福州市"},
    level=None,
    kind="department",
    year=2023,
    note="a school named with its province and a number; the education bureau (来源) wrong",
)

add(
    "u05",
    "html",
    html(
        "厦门市住房公积金中心2023" + HEAD,
        [preamble("厦门市住房公积金中心", "2023"), *b("本中心", n=84)],
        title="厦门市住房公积金中心2023" + HEAD,
        banner="厦门市住房公积金中心",
        info="发布日期：2024-01-19",
        footer="主办：厦门市住房公积金中心　指导：厦门市住房公积金管理委员会",
    ),
    agency="厦门市住房公积金中心",
    accept=["厦门市住房公积金管理中心"],
    as_written="厦门市住房公积金中心",
    region={"province": FJ, "city": "厦门市"},
    level="city",
    kind="department",
    year=2023,
    note="a public institution (事业单位) reporting; the 管理委员会 (指导) wrong",
)

add(
    "u06",
    "txt",
    scrape(
        "国家税务总局厦门市税务局第一稽查局2023" + HEAD,
        "发布时间：2024-01-22　来源：国家税务总局厦门市税务局",
        preamble("国家税务总局厦门市税务局第一稽查局", "2023"),
        *b(n=16),
        must=("国家税务总局厦门市税务局第一稽查局2023",),
    ),
    agency="国家税务总局厦门市税务局第一稽查局",
    accept=["厦门市税务局第一稽查局"],
    as_written="国家税务总局厦门市税务局第一稽查局",
    region={"province": FJ, "city": "厦门市"},
    level=None,
    kind="department",
    year=2023,
    note="a numbered inspection bureau of a city tax bureau; the city bureau (来源) wrong",
)

add(
    "u07",
    "txt",
    scrape(
        "江西师范大学",
        "2022—2023学年信息公开工作年度报告",
        "发布时间：2023-10-27",
        "根据《高等学校信息公开办法》，现公布我校2022—2023学年信息公开工作年度报告。",
        *sections("学校", "本学年", 260, "下一学年"),
        must=("2022—2023学年",),
    ),
    agency="江西师范大学",
    accept=[],
    as_written="江西师范大学",
    region={},
    level=None,
    kind=None,
    year=2023,
    note="a university's name on one line, its 学年 title (em dash) on the next: year 2023",
)

add(
    "u08",
    "html",
    html(
        "晋江市第二医院2023" + HEAD,
        [GOV_RULE + "现公布我院2023年政府信息公开工作年度报告。", *b("我院", n=12)],
        title="晋江市第二医院2023" + HEAD + "_晋江市人民政府",
        banner="晋江市人民政府",
        crumb="首页 > 信息公开 > 部门 > 晋江市卫生健康局 > 年度报告",
        info="发布日期：2024-01-27　来源：晋江市卫生健康局",
        footer="主办：晋江市人民政府办公室",
    ),
    agency="晋江市第二医院",
    accept=[],
    as_written="晋江市第二医院",
    region={"province": FJ, "city": "泉州市", "county": "晋江市"},
    level=None,
    kind="department",
    year=2023,
    note="a county-level city's numbered hospital on the city's portal: the portal and the "
    "health bureau (crumb, 来源) wrong",
)

# --- l: a title split over two lines ------------------------------------------------------

add(
    "l01",
    "html",
    html(
        "厦门市思明区财政局2023" + HEAD,
        [GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。", *b(n=66)],
        h1="厦门市思明区财政局<br>2023" + HEAD,
        title="厦门市思明区人民政府",
        banner="厦门市思明区人民政府",
        info="发布日期：2024-01-20",
        footer="主办：厦门市思明区人民政府办公室",
    ),
    agency="厦门市思明区财政局",
    accept=["思明区财政局"],
    as_written="厦门市思明区财政局",
    region={"province": FJ, "city": "厦门市", "county": "思明区"},
    level="county",
    kind="department",
    year=2023,
    note="the heading broken by <br> between the body and the year's title; the page's "
    "<title> is only the portal's (wrong)",
)

add(
    "l02",
    "txt",
    scrape(
        "九江市濂溪区",
        "民政局2023" + HEAD,
        "发布时间：2024-01-18",
        GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。",
        *b(n=31),
        must=("民政局2023",),
    ),
    agency="九江市濂溪区民政局",
    accept=["濂溪区民政局"],
    as_written=None,
    region={"province": JX, "city": "九江市", "county": "濂溪区"},
    level="county",
    kind="department",
    year=2023,
    note="the area on one line, 民政局 and the title on the next (a scrape broke the heading); "
    "a null is safe, 九江市濂溪区人民政府 or 民政局 alone wrong",
)

add(
    "l03",
    "txt",
    scrape(
        "赣州市章贡区市场监督管理局",
        "2023" + HEAD,
        "发布时间：2024-01-23　来源：章贡区人民政府",
        GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。",
        *b(n=48),
        must=("赣州市章贡区市场监督管理局",),
    ),
    agency="赣州市章贡区市场监督管理局",
    accept=["章贡区市场监督管理局"],
    as_written="赣州市章贡区市场监督管理局",
    region={"province": JX, "city": "赣州市", "county": "章贡区"},
    level="county",
    kind="department",
    year=2023,
    note="the bureau on one line, the year's title on the next; the district government (来源) "
    "wrong",
)

add(
    "l04",
    "html",
    html(
        "泉州市自然资源和规划局2023年度政府信息公开工作报告",
        [GOV_RULE + "现公布我局2023年度政府信息公开工作报告。", *b(n=57)],
        h1="<span>泉州市自然资源和规划局2023年度</span><br/><span>政府信息公开工作报告</span>",
        title="泉州市自然资源和规划局2023年度政府信息公开工作报告",
        banner="泉州市人民政府",
        info="发布日期：2024-01-29",
        footer="主办：泉州市人民政府办公室",
    ),
    agency="泉州市自然资源和规划局",
    accept=[],
    as_written="泉州市自然资源和规划局",
    region={"province": FJ, "city": "泉州市"},
    level="city",
    kind="department",
    year=2023,
    note="a heading in two spans across a <br>, the break after 年度",
)

# --- y: the year only in the statistics period or a table's 截至 date ----------------------

add(
    "y01",
    "txt",
    scrape(
        "泉州市丰泽区教育局政府信息公开工作年度报告",
        "发布时间：2024-03-08",
        GOV_RULE + "编制本报告。本报告统计期限为2023年1月1日至2023年12月31日。",
        *undated("我局", 44),
        must=("统计期限为2023年1月1日至2023年12月31日",),
    ),
    agency="泉州市丰泽区教育局",
    accept=["丰泽区教育局"],
    as_written="泉州市丰泽区教育局",
    region={"province": FJ, "city": "泉州市", "county": "丰泽区"},
    level="county",
    kind="department",
    year=2023,
    note="an undated title, the year only in the statistics period (published in March)",
)

add(
    "y02",
    "txt",
    scrape(
        "赣州市南康区交通运输局政府信息公开工作年度报告",
        "发布时间：2024-01-31",
        GOV_RULE + "现公布我局政府信息公开工作年度报告。",
        "一、总体情况",
        "本年度，我局认真贯彻落实《条例》，扎实推进政务公开工作。",
        "二、主动公开政府信息情况",
        "（数据截至2023年12月31日）",
        "信息内容 本年制发件数 本年废止件数 现行有效件数",
        "规章 0 0 0",
        "规范性文件 2 0 9",
        "三、收到和处理政府信息公开申请情况",
        "全年收到政府信息公开申请4件，均已按期答复。",
        must=("（数据截至2023年12月31日）",),
    ),
    agency="赣州市南康区交通运输局",
    accept=["南康区交通运输局"],
    as_written="赣州市南康区交通运输局",
    region={"province": JX, "city": "赣州市", "county": "南康区"},
    level="county",
    kind="department",
    year=2023,
    note="undated title; the year in the table's 截至 date and the January date",
)

add(
    "y03",
    "html",
    html(
        "济南市历城区卫生健康局政府信息公开工作年度报告",
        [
            GOV_RULE + "现公布我局政府信息公开工作年度报告。本报告中所列数据统计期限为"
            "二〇二三年一月一日至二〇二三年十二月三十一日。",
            *undated("我局", 39),
        ],
        title="济南市历城区卫生健康局政府信息公开工作年度报告_济南市历城区人民政府",
        banner="济南市历城区人民政府",
        info="发布日期：2024-03-20",
        sidebar=["济南市历城区卫生健康局2022" + HEAD, "济南市历城区卫生健康局2021" + HEAD],
        footer="主办：济南市历城区人民政府办公室",
    ),
    agency="济南市历城区卫生健康局",
    accept=["历城区卫生健康局"],
    as_written="济南市历城区卫生健康局",
    region={"province": SD, "city": "济南市", "county": "历城区"},
    level="county",
    kind="department",
    year=2023,
    note="undated heading; the period in Chinese numerals; its own 2022 and 2021 reports in the "
    "sidebar (2022 WRONG)",
)

add(
    "y04",
    "txt",
    scrape(
        "九江市柴桑区财政局政府信息公开工作年度报告",
        "发布时间：2024-04-02",
        GOV_RULE + "现公布我局政府信息公开工作年度报告，报告中所列数据统计截至2023年12月31日。",
        *undated("我局", 53),
        must=("统计截至2023年12月31日",),
    ),
    agency="九江市柴桑区财政局",
    accept=["柴桑区财政局"],
    as_written="九江市柴桑区财政局",
    region={"province": JX, "city": "九江市", "county": "柴桑区"},
    level="county",
    kind="department",
    year=2023,
    note="undated title; the data 截至 the year's last day in the preamble; an April date",
)

add(
    "y05",
    "txt",
    scrape(
        "厦门市湖里区司法局政府信息公开工作年度报告",
        "发布时间：2024-01-17",
        GOV_RULE + "现公布我局政府信息公开工作年度报告。",
        "一、总体情况",
        "本年度，我局认真贯彻落实《条例》，扎实推进政务公开工作。",
        "二、主动公开政府信息情况",
        "第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数（截至2023年12月31日）",
        "规章 0 0 0",
        "规范性文件 1 0 3",
        "第二十条第（五）项 信息内容 本年处理决定数量",
        "行政许可 212",
        must=("（截至2023年12月31日）",),
    ),
    agency="厦门市湖里区司法局",
    accept=["湖里区司法局"],
    as_written="厦门市湖里区司法局",
    region={"province": FJ, "city": "厦门市", "county": "湖里区"},
    level="county",
    kind="department",
    year=2023,
    note="undated title; the year only in a table header's 截至 date and the January date",
)

# --- p: the reprinting portal's name everywhere -------------------------------------------

add(
    "p01",
    "html",
    html(
        "区农业农村局2023" + HEAD,
        [preamble("厦门市集美区农业农村局", "2023"), *b(n=49)],
        title="区农业农村局2023" + HEAD + "_厦门市集美区人民政府",
        banner="厦门市集美区人民政府",
        crumb="厦门市集美区人民政府 > 政务公开 > 年度报告",
        info="发布日期：2024-01-25　来源：厦门市集美区人民政府",
        sidebar=["厦门市集美区人民政府2023" + HEAD],
        footer="主办：厦门市集美区人民政府办公室　版权所有：厦门市集美区人民政府",
    ),
    agency="厦门市集美区农业农村局",
    accept=["集美区农业农村局"],
    as_written="区农业农村局",
    region={"province": FJ, "city": "厦门市", "county": "集美区"},
    level="county",
    kind="department",
    year=2023,
    note="a district bureau titled short on its district's portal, whose name is everywhere "
    "(banner, crumb, 来源, sidebar, footer): the district government wrong",
)

add(
    "p02",
    "txt",
    scrape(
        "南昌市人民政府",
        "首页 > 政务公开 > 政府信息公开年报",
        "2023" + HEAD,
        "来源：南昌市人民政府　发布时间：2024-01-26",
        GOV_RULE + "现公布南昌市东湖区城市管理局2023年政府信息公开工作年度报告。",
        *b(n=38),
        "主办：南昌市人民政府办公厅",
        must=("南昌市东湖区城市管理局2023",),
    ),
    agency="南昌市东湖区城市管理局",
    accept=["东湖区城市管理局"],
    as_written=None,
    region={"province": JX, "city": "南昌市", "county": "东湖区"},
    level="county",
    kind="department",
    year=2023,
    note="a bare 2023年…报告 heading on the city portal (its name everywhere); the body named "
    "in the preamble only: the city government wrong",
)

add(
    "p03",
    "txt",
    scrape(
        "东南网",
        "首页 > 政务 > 政务公开",
        "泉州市洛江区2023" + HEAD,
        "来源：东南网　作者：东南网　发布时间：2024-02-05",
        GOV_RULE + "现公布本机关2023年政府信息公开工作年度报告。",
        *b("本机关", n=55),
        must=("泉州市洛江区2023",),
    ),
    agency="泉州市洛江区人民政府",
    accept=["洛江区人民政府"],
    as_written=None,
    region={"province": FJ, "city": "泉州市", "county": "洛江区"},
    level="county",
    kind="government",
    year=2023,
    note="a news portal (its name in banner, 来源, 作者) reprinting a district's report titled "
    "by the district alone (本机关): the district government's; a null is safe, 东南网 invented",
)

add(
    "p04",
    "html",
    html(
        "2023" + HEAD,
        [GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。", *b(n=27)],
        title="2023" + HEAD + "_济南市人民政府",
        banner="济南市人民政府",
        crumb="济南市人民政府 > 政务公开 > 政府信息公开年报",
        info="发布日期：2024-01-29　来源：济南市人民政府",
        sidebar=["济南市人民政府2023" + HEAD, "济南市人民政府2022" + HEAD],
        footer="主办：济南市人民政府办公厅",
    ),
    agency=None,
    accept=[],
    as_written=None,
    region={},
    level=None,
    kind=None,
    year=2023,
    note="a 我局 report naming no bureau on the city portal whose name is everywhere: agency "
    "null (济南市人民政府 or 办公厅 invented)",
)

add(
    "p05",
    "txt",
    scrape(
        "厦门市海沧区人民政府",
        "当前位置：首页 > 政府信息公开 > 年度报告",
        "海沧街道2023" + HEAD,
        "来源：厦门市海沧区人民政府　发布时间：2024-01-22",
        GOV_RULE + "现公布海沧街道办事处2023年政府信息公开工作年度报告。",
        *b("本街道", n=41),
        "主办：厦门市海沧区人民政府办公室",
        must=("海沧街道2023",),
    ),
    agency="厦门市海沧区人民政府海沧街道办事处",
    accept=["厦门市海沧区海沧街道办事处", "海沧区海沧街道办事处", "海沧街道办事处",
            "海沧区人民政府海沧街道办事处"],
    as_written="海沧街道",
    region={"province": FJ, "city": "厦门市", "county": "海沧区"},
    level="street",
    kind="government",
    year=2023,
    note="a street sharing its district's name (海沧街道 of 海沧区) on the district portal: the "
    "district government wrong",
)

add(
    "p06",
    "html",
    html(
        "修水县人民政府2023" + HEAD,
        [preamble("修水县人民政府", "2023"), *b("县政府", n=402)],
        title="修水县人民政府2023" + HEAD + "_九江市人民政府",
        banner="九江市人民政府",
        crumb="九江市人民政府 > 政务公开 > 县（市、区）年报",
        info="发布日期：2024-01-30　来源：九江市人民政府办公室",
        sidebar=["九江市人民政府2023" + HEAD, "武宁县人民政府2023" + HEAD],
        footer="主办：九江市人民政府办公室",
    ),
    agency="修水县人民政府",
    accept=["九江市修水县人民政府"],
    as_written="修水县人民政府",
    region={"province": JX, "city": "九江市", "county": "修水县"},
    level="county",
    kind="government",
    year=2023,
    note="a county government on its city's portal (its name everywhere) beside its neighbour "
    "武宁: the city government, its office and 武宁 wrong",
)

add(
    "p07",
    "txt",
    scrape(
        "赣州市人民政府",
        "赣州市人民政府 > 部门文件 > 年度报告",
        "市医保局2023" + HEAD,
        "来源：赣州市人民政府　发布时间：2024-01-29",
        GOV_RULE + "现公布我局2023年政府信息公开工作年度报告。如对本报告有疑问，请与赣州市医疗"
        "保障局办公室联系。",
        *b(n=36),
        must=("赣州市医疗保障局办公室",),
    ),
    agency="赣州市医疗保障局",
    accept=[],
    as_written="市医保局",
    region={"province": JX, "city": "赣州市"},
    level="city",
    kind="department",
    year=2023,
    note="a city bureau titled in short form (市医保局) on the city portal; the whole name in the "
    "contact line (its office); the city government wrong; a null is safe",
)


if __name__ == "__main__":
    write_pages(HERE, PAGES, as_written=True)
