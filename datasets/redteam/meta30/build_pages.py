"""Write meta30's pages and truth (a nineteenth blind metadata red team, session 30).

Every page is kept here beside its truth; ``pages/`` and ``truth.jsonl`` are this script's
output (``python datasets/redteam/meta30/build_pages.py``). Real places and bodies (广西,
贵州, 云南, 甘肃, 黑龙江, 吉林, 河南, 湖北: provinces the earlier sets used least), invented
reports. Text pages are a scraper's first 2,000 bytes (``scrape``) or, where the page's shape
is past that (an appended report), the whole text; HTML pages are whole saved pages
(meta_pages.py's ``html()``); PDFs are drawn with tests/tinypdf.py (STSong-Light, not
embedded), a cover page first.

Kinds (the brief's): titles with spam around them (s), reprints on other sites (r),
breadcrumbs (c), 合署 bodies (h), older reports appended (a), link lists of other years (l),
Traditional pages (t), pages flattened to one line (o), PDFs whose first page is a cover (p).
"""

from __future__ import annotations

import sys
from pathlib import Path

from opencc import OpenCC

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[2] / "tests"))
from meta_pages import (  # noqa: E402
    Pages,
    html,
    report_body as b,
    scrape,
    text,
    undated_body as undated,
    write_pages,
)
from tinypdf import cjk_pdf  # noqa: E402

PAGES = Pages()
add = PAGES.add

GX, GZ, YN, GS = "广西壮族自治区", "贵州省", "云南省", "甘肃省"
HL, JL, HA, HB = "黑龙江省", "吉林省", "河南省", "湖北省"
RULE = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，"
HEAD = "年政府信息公开工作年度报告"
_S2T = OpenCC("s2t")


def period(y: str) -> str:
    return f"本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"


def flat(*blocks: str) -> str:
    """A page flattened to one line: its blocks joined by spaces, no line break."""
    return " ".join(blocks) + "\n"


# --- s: titles with spam around them ------------------------------------------------------

add(
    "s01",
    "html",
    html(
        "阳朔县民政局2023" + HEAD,
        [RULE + "现公布阳朔县民政局2023年政府信息公开工作年度报告。" + period("2023"), *b()],
        title="阳朔县民政局2023年政府信息公开工作年度报告-澳门新葡京娱乐场官网",
        info="发布时间：2024-01-22　来源：阳朔县民政局",
    ),
    agency="阳朔县民政局",
    accept=["桂林市阳朔县民政局"],
    as_written="阳朔县民政局",
    region={"province": GX, "city": "桂林市", "county": "阳朔县"},
    level="county",
    kind="department",
    year=2023,
    note="the <title> carries a casino's name after a hyphen; the h1 is clean",
)

add(
    "s02",
    "txt",
    scrape(
        "柳州市柳南区财政局2023" + HEAD + "【bet365体育在线投注】",
        "发布时间：2024-01-25",
        RULE + "现公布本局2023年政府信息公开工作年度报告。" + period("2023"),
        *b(n=88),
        must=("柳南区财政局2023",),
    ),
    agency="柳州市柳南区财政局",
    accept=["柳南区财政局"],
    as_written=None,
    region={"province": GX, "city": "柳州市", "county": "柳南区"},
    level="county",
    kind="department",
    year=2023,
    note="a betting site's name in 【】 after the heading on its line",
)

add(
    "s03",
    "html",
    html(
        "湄潭县农业农村局2023" + HEAD,
        [RULE + "现公布我局2023年政府信息公开工作年度报告。" + period("2023"), *b(n=64)],
        h1="★★皇冠体育★★湄潭县农业农村局2023" + HEAD,
        title="湄潭县农业农村局2023" + HEAD,
        info="发布时间：2024-01-19",
    ),
    agency="湄潭县农业农村局",
    accept=["遵义市湄潭县农业农村局"],
    as_written=None,
    region={"province": GZ, "city": "遵义市", "county": "湄潭县"},
    level="county",
    kind="department",
    year=2023,
    note="spam stars and a casino's name before the name in the h1",
)

add(
    "s04",
    "html",
    html(
        "澳门威尼斯人官网 - 首页",
        [RULE + "现公布我局2023年政府信息公开工作年度报告。" + period("2023"), *b(n=57)],
        title="凯里市自然资源局2023年政府信息公开工作年度报告_凯里市人民政府",
        info="发布时间：2024-01-26",
    ),
    agency="凯里市自然资源局",
    accept=["黔东南苗族侗族自治州凯里市自然资源局"],
    as_written=None,
    region={"province": GZ, "city": "黔东南苗族侗族自治州", "county": "凯里市"},
    level="county",
    kind="department",
    year=2023,
    note="a hacked h1 (a casino's name only); the report's title in the <title> only",
)

add(
    "s05",
    "txt",
    scrape(
        "大理市卫生健康局2023" + HEAD + " 2024欧洲杯投注平台 欧洲杯买球",
        "发布时间：2024-02-20",
        RULE + "现公布大理市卫生健康局2023年政府信息公开工作年度报告。" + period("2023"),
        *b(n=140),
        must=("大理市卫生健康局2023",),
    ),
    agency="大理市卫生健康局",
    accept=["大理白族自治州大理市卫生健康局"],
    as_written=None,
    region={"province": YN, "city": "大理白族自治州", "county": "大理市"},
    level="county",
    kind="department",
    year=2023,
    note="spam after the heading holds a later year (2024欧洲杯): not the report's",
)

# --- r: reprints on other sites -----------------------------------------------------------

add(
    "r01",
    "html",
    html(
        "秦州区教育局2023" + HEAD,
        [RULE + "现公布本局2023年政府信息公开工作年度报告。" + period("2023"), *b(n=75)],
        title="秦州区教育局2023年政府信息公开工作年度报告_天水在线",
        banner="天水在线 天水第一新闻门户",
        crumb="天水在线 > 政务 > 正文",
        info="来源：天水市秦州区教育局　发布时间：2024-01-22　编辑：王华",
        footer="天水在线 版权所有 天水日报社主办",
    ),
    agency="天水市秦州区教育局",
    accept=["秦州区教育局"],
    as_written=None,
    region={"province": GS, "city": "天水市", "county": "秦州区"},
    level="county",
    kind="department",
    year=2023,
    note="a city news portal's reprint: the portal's name in title, banner and footer",
)

add(
    "r02",
    "html",
    html(
        "栾川县人民政府办公室2023" + HEAD,
        [
            RULE + "现公布栾川县人民政府办公室2023年政府信息公开工作年度报告。" + period("2023"),
            *b("我办", n=210),
        ],
        title="栾川县人民政府办公室2023年政府信息公开工作年度报告-洛阳市人民政府门户网站",
        crumb="首页 > 政务公开 > 县区年报",
        info="来源：栾川县人民政府　发布时间：2024-01-18",
        related=["嵩县人民政府办公室2023" + HEAD, "汝阳县人民政府办公室2023" + HEAD],
        footer="主办：洛阳市人民政府办公室",
    ),
    agency="栾川县人民政府办公室",
    accept=["洛阳市栾川县人民政府办公室"],
    as_written="栾川县人民政府办公室",
    region={"province": HA, "city": "洛阳市", "county": "栾川县"},
    level="county",
    kind="government",
    year=2023,
    note="the city portal reprints a county office's report; its sister counties' reports below",
)

add(
    "r03",
    "txt",
    scrape(
        "西峡发布",
        "2024-01-25 阅读 1.2万",
        "转载自：西峡县人民政府网",
        "西峡县市场监督管理局2023" + HEAD,
        RULE + "现公布我局2023年政府信息公开工作年度报告。" + period("2023"),
        *b(n=96),
        must=("西峡县市场监督管理局2023",),
    ),
    agency="西峡县市场监督管理局",
    accept=["南阳市西峡县市场监督管理局"],
    as_written=None,
    region={"province": HA, "city": "南阳市", "county": "西峡县"},
    level="county",
    kind="department",
    year=2023,
    note="a county's public account reposts the report (its read count, 转载自 the county portal)",
)

add(
    "r04",
    "html",
    html(
        "夷陵区水利和湖泊局2023" + HEAD,
        [RULE + "现公布本局2023年政府信息公开工作年度报告。" + period("2023"), *b(n=52)],
        title="政府信息公开年报汇总 - 三峡政务网",
        banner="三峡政务网",
        info="来源：宜昌市夷陵区水利和湖泊局　发布时间：2024-01-23",
        related=["夷陵区财政局2023" + HEAD, "点军区水利和湖泊局2023" + HEAD],
    ),
    agency="宜昌市夷陵区水利和湖泊局",
    accept=["夷陵区水利和湖泊局"],
    as_written=None,
    region={"province": HB, "city": "宜昌市", "county": "夷陵区"},
    level="county",
    kind="department",
    year=2023,
    note="an aggregator's page: its <title> is the column's, other bodies' reports below",
)

add(
    "r05",
    "html",
    html(
        "",
        [
            RULE + "现将谷城县住房和城乡建设局2023年政府信息公开工作年度报告予以公布。"
            + period("2023"),
            *b(n=81),
        ],
        title="转载：年度报告 - 襄阳网",
        h1="",
        info="来源：谷城县人民政府　发布时间：2024-01-24",
    ),
    agency="谷城县住房和城乡建设局",
    accept=["襄阳市谷城县住房和城乡建设局"],
    as_written=None,
    region={"province": HB, "city": "襄阳市", "county": "谷城县"},
    level="county",
    kind="department",
    year=2023,
    note="a reprint with no heading: the body names itself in its first sentence; 来源 the county",
)

# --- c: breadcrumbs -----------------------------------------------------------------------

add(
    "c01",
    "txt",
    scrape(
        "当前位置：首页 > 信息公开 > 法定主动公开内容 > 政府信息公开年报 > 2023年度",
        "甘州区文化体育和旅游局政府信息公开工作年度报告",
        "发布时间：2024-01-20",
        RULE + "现公布本局政府信息公开工作年度报告。" + period("2023"),
        *undated(n=47),
        must=(period("2023"),),
    ),
    agency="张掖市甘州区文化体育和旅游局",
    accept=["甘州区文化体育和旅游局"],
    as_written=None,
    region={"province": GS, "city": "张掖市", "county": "甘州区"},
    level="county",
    kind="department",
    year=2023,
    note="an undated heading under a crumb whose last column is the year",
)

add(
    "c02",
    "html",
    html(
        "区医疗保障局2023" + HEAD,
        [RULE + "现公布本局2023年政府信息公开工作年度报告。" + period("2023"), *b(n=38)],
        title="区医疗保障局2023年政府信息公开工作年度报告",
        crumb="首页 > 部门信息公开 > 张掖市甘州区医疗保障局 > 年度报告",
        info="发布时间：2024-01-21",
    ),
    agency="张掖市甘州区医疗保障局",
    accept=["甘州区医疗保障局"],
    as_written=None,
    region={"province": GS, "city": "张掖市", "county": "甘州区"},
    level="county",
    kind="department",
    year=2023,
    note="a short name in the heading (区医疗保障局); the whole name only in the crumb",
)

add(
    "c03",
    "txt",
    scrape(
        "首页>信息公开>政府信息公开年报>2022年度",
        "丹江口市交通运输局2023" + HEAD,
        "发布时间：2024-01-26",
        RULE + "现公布本局2023年政府信息公开工作年度报告。" + period("2023"),
        *b(n=59),
        must=("丹江口市交通运输局2023",),
    ),
    agency="丹江口市交通运输局",
    accept=["十堰市丹江口市交通运输局"],
    as_written=None,
    region={"province": HB, "city": "十堰市", "county": "丹江口市"},
    level="county",
    kind="department",
    year=2023,
    note="the site files the report under a column named 2022年度: the title and period say 2023",
)

add(
    "c04",
    "html",
    html(
        "2023" + HEAD,
        [RULE + "现公布我局2023年政府信息公开工作年度报告。" + period("2023"), *b(n=44)],
        title="2023年政府信息公开工作年度报告",
        crumb="首页 > 部门 > 宁安市林业和草原局 > 年度报告",
        info="发布时间：2024-01-17",
        footer="主办：宁安市人民政府办公室",
    ),
    agency="宁安市林业和草原局",
    accept=["牡丹江市宁安市林业和草原局"],
    as_written=None,
    region={"province": HL, "city": "牡丹江市", "county": "宁安市"},
    level="county",
    kind="department",
    year=2023,
    note="a heading with no body; the body's name only in the crumb's column (我局); the footer the city's office",
)

# --- h: 合署 bodies -----------------------------------------------------------------------

add(
    "h01",
    "txt",
    scrape(
        "中共延吉市委宣传部2023" + HEAD,
        "发布时间：2024-01-23",
        "中共延吉市委宣传部（延吉市新闻出版局）根据《中华人民共和国政府信息公开条例》"
        "编制本报告。" + period("2023"),
        *b("我部", n=36),
        must=("中共延吉市委宣传部（延吉市新闻出版局）",),
    ),
    agency="延吉市新闻出版局",
    accept=["延边朝鲜族自治州延吉市新闻出版局"],
    as_written="中共延吉市委宣传部",
    region={"province": JL, "city": "延边朝鲜族自治州", "county": "延吉市"},
    level="county",
    kind="department",
    year=2023,
    note="a party department titled alone, its state plaque in brackets in the preamble",
)

add(
    "h02",
    "html",
    html(
        "中共安宁市委组织部（安宁市公务员局）2023" + HEAD,
        [RULE + "现公布本部2023年政府信息公开工作年度报告。" + period("2023"), *b("我部", n=29)],
        info="发布时间：2024-01-24　来源：中共安宁市委组织部",
    ),
    agency="安宁市公务员局",
    accept=["昆明市安宁市公务员局"],
    as_written="中共安宁市委组织部（安宁市公务员局）",
    region={"province": YN, "city": "昆明市", "county": "安宁市"},
    level="county",
    kind="department",
    year=2023,
    note="组织部 with the 公务员局 in brackets in the title",
)

add(
    "h03",
    "txt",
    scrape(
        "中共兴义市委统战部（挂兴义市民族宗教事务局牌子）2023" + HEAD,
        "发布时间：2024-01-22",
        RULE + "现公布本部2023年政府信息公开工作年度报告。" + period("2023"),
        *b("我部", n=31),
        must=("兴义市民族宗教事务局牌子）2023",),
    ),
    agency="兴义市民族宗教事务局",
    accept=["黔西南布依族苗族自治州兴义市民族宗教事务局"],
    as_written=None,
    region={"province": GZ, "city": "黔西南布依族苗族自治州", "county": "兴义市"},
    level="county",
    kind="department",
    year=2023,
    note="统战部 carrying the 民族宗教事务局's plaque as （挂…牌子） in the title",
)

add(
    "h04",
    "html",
    html(
        "中共临夏市委办公室2023" + HEAD,
        [RULE + "现公布本办2023年政府信息公开工作年度报告。" + period("2023"), *b("我办", n=66)],
        info="发布机构：临夏市人民政府办公室　发布时间：2024-01-25",
    ),
    agency="中共临夏市委办公室",
    accept=[],
    as_written="中共临夏市委办公室",
    region={"province": GS, "city": "临夏回族自治州", "county": "临夏市"},
    level="county",
    kind=None,
    year=2023,
    note="the party office titled alone, the government office only as 发布机构 (no plaque "
    "written: schema §1, as written)",
)

add(
    "h05",
    "txt",
    scrape(
        _S2T.convert("中共榆中县纪委 榆中县监委2023年政府信息公开工作年度报告").replace(
            "信息", "資訊"
        ),
        _S2T.convert("发布时间：2024-01-29"),
        _S2T.convert(RULE + "现公布本委2023年政府信息公开工作年度报告。" + period("2023")),
        *[_S2T.convert(x) for x in b("本委", n=27)],
        must=("2023年",),
    ),
    agency="榆中县监察委员会",
    accept=["中共榆中县纪律检查委员会", "兰州市榆中县监察委员会", "中共榆中县纪委"],
    as_written=None,
    region={"province": GS, "city": "兰州市", "county": "榆中县"},
    level="county",
    kind=None,
    year=2023,
    note="纪委 监委 short forms, Traditional, 政府資訊公開 (Taiwan's word)",
)

add(
    "h06",
    "html",
    html(
        "中共麒麟区委网络安全和信息化委员会办公室2023" + HEAD,
        [
            "中共曲靖市麒麟区委网络安全和信息化委员会办公室（曲靖市麒麟区互联网信息办公室）"
            "根据《中华人民共和国政府信息公开条例》编制本报告。" + period("2023"),
            *b("我办", n=22),
        ],
        info="发布时间：2024-01-26",
    ),
    agency="曲靖市麒麟区互联网信息办公室",
    accept=[
        "麒麟区互联网信息办公室",
        "中共曲靖市麒麟区委网络安全和信息化委员会办公室",
        "中共麒麟区委网络安全和信息化委员会办公室",
    ],
    as_written=None,
    region={"province": YN, "city": "曲靖市", "county": "麒麟区"},
    level="county",
    kind="department",
    year=2023,
    note="网信办 titled without its city, the preamble's whole party name with its state plaque",
)

# --- a: older reports appended ------------------------------------------------------------

QX = "南宁市青秀区司法局"
add(
    "a01",
    "html",
    html(
        QX + "2023" + HEAD,
        [RULE + f"现公布{QX}2023年政府信息公开工作年度报告。" + period("2023"), *b(n=73)]
        + [f"附件：{QX}2022{HEAD}", RULE + f"现公布{QX}2022年政府信息公开工作年度报告。"
           + period("2022"), *b(year="2022", n=61)],
        info="发布时间：2024-01-22",
    ),
    agency=QX,
    accept=["青秀区司法局"],
    as_written=QX,
    region={"province": GX, "city": "南宁市", "county": "青秀区"},
    level="county",
    kind="department",
    year=2023,
    note="control: this year's report, then last year's appended under 附件",
)

add(
    "a02",
    "txt",
    text(
        "根据《中华人民共和国政府信息公开条例》规定，现公布我局政府信息公开工作年度报告。"
        + period("2023"),
        *undated(n=58),
        f"附件：{QX}2022{HEAD}",
        RULE + f"现公布{QX}2022年政府信息公开工作年度报告。" + period("2022"),
        *b(year="2022", n=61),
    ),
    agency=QX,
    accept=["青秀区司法局"],
    as_written=None,
    region={"province": GX, "city": "南宁市", "county": "青秀区"},
    level="county",
    kind="department",
    year=2023,
    note="a whole text with no heading (its period 2023), last year's report appended: the "
    "appended title's year is not the page's (its body, the same bureau's, may name it)",
)

YL = "宜昌市夷陵区交通运输局"
add(
    "a03",
    "html",
    html(
        YL + "2023" + HEAD,
        [f"附件1：{YL}2022{HEAD}", RULE + f"现公布{YL}2022年政府信息公开工作年度报告。"
         + period("2022"), *b(year="2022", n=45), f"附件2：{YL}2023{HEAD}",
         RULE + f"现公布{YL}2023年政府信息公开工作年度报告。", *undated(n=50)],
        info="发布时间：2024-03-15",
    ),
    agency=YL,
    accept=["夷陵区交通运输局"],
    as_written=YL,
    region={"province": HB, "city": "宜昌市", "county": "夷陵区"},
    level="county",
    kind="department",
    year=2023,
    note="this year's title over 附件1 last year's report (its period) and 附件2 this year's "
    "(no period, 本年度); a March date",
)

GC = "谷城县审计局"
add(
    "a04",
    "txt",
    text(
        GC + "2023" + HEAD,
        GC + "2022" + HEAD,
        RULE + f"现公布{GC}2022年政府信息公开工作年度报告。" + period("2022"),
        *b(year="2022", n=33),
        GC + "2023" + HEAD,
        RULE + f"现公布{GC}2023年政府信息公开工作年度报告。" + period("2023"),
        *b(n=37),
    ),
    agency=GC,
    accept=["襄阳市谷城县审计局"],
    as_written=None,
    region={"province": HB, "city": "襄阳市", "county": "谷城县"},
    level="county",
    kind="department",
    year=2023,
    note="a DOCX's text: the document's title, then last year's report under its title right "
    "under it (no 附件), then this year's",
)

add(
    "a05",
    "html",
    html(
        "湄潭县水务局2023" + HEAD,
        [RULE + "现公布我局2023年政府信息公开工作年度报告。", *b(n=41), "附：2022年度报告",
         "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。", *b(year="2022", n=39)],
        info="发布时间：2024-01-30",
    ),
    agency="湄潭县水务局",
    accept=["遵义市湄潭县水务局"],
    as_written="湄潭县水务局",
    region={"province": GZ, "city": "遵义市", "county": "湄潭县"},
    level="county",
    kind="department",
    year=2023,
    note="this year's report has no period; last year's appended under a short 附：2022年度报告 "
    "carries the only period (2022)",
)

# --- l: link lists of other years ---------------------------------------------------------

LS = "齐齐哈尔市龙沙区住房和城乡建设局"
add(
    "l01",
    "html",
    html(
        "龙沙区住房和城乡建设局政府信息公开工作年度报告",
        [RULE + "现公布我局政府信息公开工作年度报告。", *b(n=69)],
        title="龙沙区住房和城乡建设局政府信息公开工作年度报告",
        sidebar=[f"{LS}2022{HEAD}", f"{LS}2021{HEAD}", f"{LS}2020{HEAD}"],
        info="发布时间：2024-06-12",
    ),
    agency=LS,
    accept=["龙沙区住房和城乡建设局"],
    as_written=None,
    region={"province": HL, "city": "齐齐哈尔市", "county": "龙沙区"},
    level="county",
    kind="department",
    year=2023,
    note="an undated heading, the body's earlier reports in the sidebar; the year only in the "
    "opening (2023年，我局…), a June date",
)

NA = "宁安市市场监督管理局"
add(
    "l02",
    "txt",
    scrape(
        "往年报告",
        f"{NA}2022{HEAD}",
        f"{NA}2021{HEAD}",
        f"{NA}2023{HEAD}",
        RULE + "现公布本局政府信息公开工作年度报告。",
        *undated(n=90),
        must=(f"{NA}2023",),
    ),
    agency=NA,
    accept=["牡丹江市宁安市市场监督管理局"],
    as_written=None,
    region={"province": HL, "city": "牡丹江市", "county": "宁安市"},
    level="county",
    kind="department",
    year=2023,
    note="往年报告 over the body's 2022 and 2021 reports (newest first), then its own 2023 title "
    "and the opening: no date line, no period",
)

XJ = "西峡县教育局"
add(
    "l03",
    "html",
    html(
        XJ + "政府信息公开工作年度报告",
        [RULE + "现公布我局政府信息公开工作年度报告。", *undated(n=120),
         f"上一篇：{XJ}2022{HEAD}", f"下一篇：{XJ}2021{HEAD}"],
        info="发布时间：2024-01-16",
    ),
    agency=XJ,
    accept=["南阳市西峡县教育局"],
    as_written=XJ,
    region={"province": HA, "city": "南阳市", "county": "西峡县"},
    level="county",
    kind="department",
    year=2023,
    note="an undated report (本年度) with 上一篇/下一篇 links to older years after it; a January "
    "date",
)

add(
    "l04",
    "txt",
    scrape(
        "推荐阅读",
        "宁安市财政局2023" + HEAD,
        "宁安市民政局2023" + HEAD,
        "宁安市林业和草原局2023" + HEAD,
        "发布时间：2024-01-19",
        RULE + "现公布我局2023年政府信息公开工作年度报告。" + period("2023"),
        *b(n=28),
        must=(period("2023"),),
    ),
    agency="宁安市林业和草原局",
    accept=["牡丹江市宁安市林业和草原局"],
    as_written=None,
    region={"province": HL, "city": "牡丹江市", "county": "宁安市"},
    level="county",
    kind="department",
    year=2023,
    note="推荐阅读 over two other bodies' reports of the year, then the page's own heading and "
    "its date line (which is the heading is not certain: null is safe)",
)

KL = "凯里市交通运输局"
add(
    "l05",
    "txt",
    flat(
        "相关阅读",
        f"{KL}2021{HEAD}",
        f"{KL}2022{HEAD}",
        f"{KL}政府信息公开工作年度报告",
        RULE + "现公布本局政府信息公开工作年度报告。" + period("2023"),
        *undated(n=48),
    ),
    agency=KL,
    accept=["黔东南苗族侗族自治州凯里市交通运输局"],
    as_written=None,
    region={"province": GZ, "city": "黔东南苗族侗族自治州", "county": "凯里市"},
    level="county",
    kind="department",
    year=2023,
    note="a page flattened to one line: 相关阅读, two older reports, the undated own heading",
)

ZY = "张掖市甘州区农业农村局"
add(
    "l06",
    "html",
    html(
        "甘州区农业农村局政府信息公开工作年度报告",
        [RULE + "现公布我局政府信息公开工作年度报告。" + period("2023"), *undated(n=77)],
        sidebar=[f"{ZY}2020{HEAD}", f"{ZY}2021{HEAD}", f"{ZY}2022{HEAD}"],
        info="发布时间：2024-01-28",
    ),
    agency=ZY,
    accept=["甘州区农业农村局"],
    as_written=None,
    region={"province": GS, "city": "张掖市", "county": "甘州区"},
    level="county",
    kind="department",
    year=2023,
    note="the sidebar lists older years in ascending order (its last is 2022), the heading undated",
)

# --- t: Traditional pages -----------------------------------------------------------------

DL = "大理市住房和城乡建设局"
add(
    "t01",
    "html",
    _S2T.convert(
        html(
            DL + "2023" + HEAD,
            [RULE + "现公布本局2023年政府信息公开工作年度报告。" + period("2023"), *b(n=84)],
            info="发布时间：2024-01-18",
        )
    ).replace("信息公開", "資訊公開"),
    agency=DL,
    accept=["大理白族自治州大理市住房和城乡建设局"],
    as_written=None,
    region={"province": YN, "city": "大理白族自治州", "county": "大理市"},
    level="county",
    kind="department",
    year=2023,
    note="a Traditional mirror (政府資訊公開)",
)

add(
    "t02",
    "txt",
    scrape(
        *[
            _S2T.convert(x)
            for x in (
                "延吉市教育局二〇二三年度政府信息公开工作年度报告",
                RULE + "现公布本局二〇二三年度政府信息公开工作年度报告。"
                "本报告所列数据的统计期限自二〇二三年一月一日起至二〇二三年十二月三十一日止。",
                *undated(n=130),
            )
        ],
        must=("二〇二三年度",),
    ),
    agency="延吉市教育局",
    accept=["延边朝鲜族自治州延吉市教育局"],
    as_written=None,
    region={"province": JL, "city": "延边朝鲜族自治州", "county": "延吉市"},
    level="county",
    kind="department",
    year=2023,
    note="Traditional, years in Chinese numerals (二〇二三年度) in title and period",
)

add(
    "t03",
    "html",
    _S2T.convert(
        html(
            "栾川县文化广电和旅游局2023" + HEAD,
            [RULE + "现公布本局2023年政府信息公开工作年度报告。" + period("2023"), *b(n=46)],
            title="栾川县文化广电和旅游局2023年政府信息公开工作年度报告 - 维基百科镜像",
            sidebar=["嵩县文化广电和旅游局2022" + HEAD, "汝阳县文化广电和旅游局2022" + HEAD],
        )
    ),
    agency="栾川县文化广电和旅游局",
    accept=["洛阳市栾川县文化广电和旅游局"],
    as_written=None,
    region={"province": HA, "city": "洛阳市", "county": "栾川县"},
    level="county",
    kind="department",
    year=2023,
    note="a Traditional wiki mirror whose sidebar lists neighbours' 2022 reports",
)

# --- o: pages flattened to one line -------------------------------------------------------

add(
    "o01",
    "txt",
    flat(
        "首页 > 政务公开 > 年度报告",
        "西峡县自然资源局政府信息公开工作年度报告",
        "发布时间：2024-01-23",
        RULE + "现公布本局政府信息公开工作年度报告。" + period("2023"),
        *undated(n=66),
    ),
    agency="西峡县自然资源局",
    accept=["南阳市西峡县自然资源局"],
    as_written=None,
    region={"province": HA, "city": "南阳市", "county": "西峡县"},
    level="county",
    kind="department",
    year=2023,
    note="one line: a crumb, the undated heading, the date label, the body",
)

add(
    "o02",
    "txt",
    flat(
        "柳南区应急管理局2023" + HEAD,
        "★澳门新葡京★",
        "发布时间：2024-01-20",
        RULE + "现公布本局2023年政府信息公开工作年度报告。" + period("2023"),
        *b(n=35),
    ),
    agency="柳州市柳南区应急管理局",
    accept=["柳南区应急管理局"],
    as_written=None,
    region={"province": GX, "city": "柳州市", "county": "柳南区"},
    level="county",
    kind="department",
    year=2023,
    note="one line: the dated heading, a spam token after it",
)

add(
    "o03",
    "txt",
    flat(
        "中共谷城县委办公室（谷城县人民政府办公室）2023" + HEAD,
        "发布时间：2024-01-21",
        RULE + "现公布本办2023年政府信息公开工作年度报告。" + period("2023"),
        *b("我办", n=150),
    ),
    agency="谷城县人民政府办公室",
    accept=["襄阳市谷城县人民政府办公室"],
    as_written=None,
    region={"province": HB, "city": "襄阳市", "county": "谷城县"},
    level="county",
    kind="government",
    year=2023,
    note="one line: the 合署 title (party office, the government office in brackets)",
)

add(
    "o04",
    "txt",
    flat(
        "谷城县财政局政府信息公开工作年度报告",
        RULE + "现公布本局政府信息公开工作年度报告。" + period("2023"),
        *undated(n=54),
        "上一篇：谷城县发展和改革局2023" + HEAD,
        "下一篇：谷城县财政局2022" + HEAD,
    ),
    agency="谷城县财政局",
    accept=["襄阳市谷城县财政局"],
    as_written=None,
    region={"province": HB, "city": "襄阳市", "county": "谷城县"},
    level="county",
    kind="department",
    year=2023,
    note="one line: the undated heading right before the opening; links to another body's and "
    "an older report at the end",
)

add(
    "o05",
    "txt",
    flat(
        "当前位置：首页 > 信息公开 > 年报",
        "2023" + HEAD,
        "发布时间：2024-01-18",
        "来源：大理市人民政府办公室",
        "根据《中华人民共和国政府信息公开条例》规定，现公布我局2023年政府信息公开工作年度报告。"
        + period("2023"),
        *b(n=42),
    ),
    agency=None,
    as_written=None,
    region={},
    level=None,
    kind=None,
    year=2023,
    note="one line: a heading with no body, 来源 the city's office, the report 我局's: no agency",
)

# --- p: PDFs whose first page is a cover --------------------------------------------------


def _wrap(line: str, width: int = 44) -> list[str]:
    return [line[i : i + width] for i in range(0, len(line), width)] or [""]


def _pages(cover: list[str], body: list[str], toc: list[str] | None = None) -> bytes:
    """A PDF: the cover's lines spaced down its page, then a contents page (if any), then
    the body wrapped at 44 characters, 40 lines a page."""
    pages = [[(150.0, 120.0 + 60 * k, line) for k, line in enumerate(cover)]]
    if toc:
        pages.append([(60.0, 80.0 + 24 * k, line) for k, line in enumerate(toc)])
    lines = [w for para in body for w in _wrap(para)]
    for start in range(0, len(lines), 40):
        chunk = lines[start : start + 40]
        pages.append([(40.0, 40.0 + 18 * k, line) for k, line in enumerate(chunk)])
    return cjk_pdf(pages)


def pdf(pid: str, data: bytes, **truth: object) -> None:
    """The PDF ``pid.pdf`` and its truth: after every text and HTML page, as they are read."""
    add(pid, "pdf", data, **truth)


pdf(
    "p01",
    _pages(
        ["阳朔县人民政府办公室", "2023年政府信息公开工作年度报告", "二〇二四年一月"],
        [RULE + "现公布本办2023年政府信息公开工作年度报告。" + period("2023"), *b("我办", n=99)],
    ),
    agency="阳朔县人民政府办公室",
    accept=["桂林市阳朔县人民政府办公室"],
    as_written=None,
    region={"province": GX, "city": "桂林市", "county": "阳朔县"},
    level="county",
    kind="government",
    year=2023,
    note="a cover: the body's name, the title's year line, a date in Chinese numerals",
)

pdf(
    "p02",
    _pages(
        ["2023", "政府信息公开工作年度报告", "柳州市柳南区卫生健康局", "2024年1月"],
        [RULE + "现公布本局政府信息公开工作年度报告。", *b(n=71)],
    ),
    agency="柳州市柳南区卫生健康局",
    accept=["柳南区卫生健康局"],
    as_written=None,
    region={"province": GX, "city": "柳州市", "county": "柳南区"},
    level="county",
    kind="department",
    year=2023,
    note="a cover: the year alone, the title, the body, a year and month; no period",
)

pdf(
    "p03",
    _pages(
        ["夷陵区应急管理局", "政府信息公开工作年度报告", "（2023年度）", "二〇二四年一月"],
        [RULE + "现公布本局2023年度政府信息公开工作年度报告。" + period("2023"), *b(n=39)],
    ),
    agency="宜昌市夷陵区应急管理局",
    accept=["夷陵区应急管理局"],
    as_written=None,
    region={"province": HB, "city": "宜昌市", "county": "夷陵区"},
    level="county",
    kind="department",
    year=2023,
    note="a cover with the year in brackets on its own line",
)

pdf(
    "p04",
    _pages(
        ["张掖市甘州区人民政府办公室", "2023年政府信息公开工作年度报告", "2024年1月"],
        [RULE + "现公布本办2023年政府信息公开工作年度报告。" + period("2023"), *b("我办", n=180)],
        toc=[
            "目  录",
            "一、总体情况……………………………………1",
            "二、主动公开政府信息情况……………………2",
            "三、收到和处理政府信息公开申请情况………3",
            "四、政府信息公开行政复议、行政诉讼情况…4",
            "五、存在的主要问题及改进情况………………5",
            "六、其他需要报告的事项………………………5",
        ],
    ),
    agency="张掖市甘州区人民政府办公室",
    accept=["甘州区人民政府办公室"],
    as_written=None,
    region={"province": GS, "city": "张掖市", "county": "甘州区"},
    level="county",
    kind="government",
    year=2023,
    note="a cover, then a contents page listing the six parts with page numbers",
)

QZ = "天水市秦州区人力资源和社会保障局"
pdf(
    "p05",
    _pages(
        [QZ, "关于报送2023年度政府信息公开工作年度报告的函"],
        [
            "秦州区人民政府办公室：",
            f"现将{QZ}2023年政府信息公开工作年度报告报送你办，请审阅。",
            f"附件：{QZ}2023{HEAD}",
            QZ,
            "2024年1月20日",
            f"{QZ}2023{HEAD}",
            RULE + "现公布本局2023年政府信息公开工作年度报告。" + period("2023"),
            *b(n=62),
        ],
    ),
    agency=QZ,
    accept=["秦州区人力资源和社会保障局"],
    as_written=None,
    region={"province": GS, "city": "天水市", "county": "秦州区"},
    level="county",
    kind="department",
    year=2023,
    note="a cover letter (函) to the district's office first: the addressee is not the agency",
)


if __name__ == "__main__":
    write_pages(HERE, PAGES, as_written=True)
