"""Red-team variants for metadata: a real excerpt rewritten the ways real pages differ.

Built by us (the metadata developers) from ``../shared/reports``: each variant
takes an excerpt whose agency and year we know (SOURCES.tsv, confirmed by
the library on the untouched text) and rewrites it the way other sites
publish the same report: the title cut off, the area prefix dropped with the
full name only in a contact line, a spam suffix glued to the title,
Traditional script, the whole page on one line, headings run into the text,
a title that opens with a sentence (现公开…). Synthetic templates add names
the excerpts lack: townships, 开发区 管委会, national bodies, district names
that exist in several cities.

Each variant carries the true agency and whether the text still names it
(``named``; where it does not, a null is right and any other name wrong),
the year, and for the synthetic ones the level, kind and region code. It is
a set we built and looked at while fixing the rules, not held-out evidence.
"""

from __future__ import annotations

import csv
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from govinfo_nlp.normalize import normalize_text

__all__ = [
    "Variant",
    "agency_matches",
    "agency_right",
    "agency_shortened",
    "body_variants",
    "real_variants",
    "synthetic_variants",
    "transforms",
    "variants_of",
]


# Abbreviations a page uses for the same agency; folded before comparing.
_SOURCE_FOLD = [
    ("卫生健康委员会", "卫生健康委"),
    ("卫健委", "卫生健康委"),
    ("卫健局", "卫生健康局"),
    ("市场监督管理局", "市场监管局"),
    ("人民政府", "政府"),
    ("政府办公室", "政府办"),
    ("办事处", ""),
]
_GOV_TAIL = ("政府", "政府办", "政府办公厅")


def _fold_source(name: str) -> str:
    name = normalize_text(re.sub(r"\s+", "", name), traditional=True)
    for long, short in _SOURCE_FOLD:
        name = name.replace(long, short)
    return name


def agency_right(ours: str, source: str) -> bool:
    a, b = _fold_source(ours), _fold_source(source)
    if a == b or a.endswith(b) or (b.endswith(a) and len(a) >= 4):
        return True
    # The source names the area only (合江县) for the area's government.
    return a.startswith(b) and a[len(b) :] in _GOV_TAIL


# Forms of the same agency word; folded before comparing names.
_FOLD = (("人民政府", "政府"), ("政府办公室", "政府办"), ("街道办事处", "街道"))


def agency_shortened(ours: str, true: str) -> bool:
    """``ours`` is ``true`` without its outer areas (静海区人民政府 for
    天津市静海区人民政府): the same agency, less qualified; not a different one."""
    from govinfo_nlp.gazetteer import gazetteer

    if not (len(ours) < len(true) and true.endswith(ours)):
        return False
    gaz, prefix, pos = gazetteer(), true[: -len(ours)], 0
    while pos < len(prefix):
        size, _ = gaz.match_at(prefix, pos)
        if not size:
            return False
        pos += size
    return True


def agency_matches(ours: str, true: str) -> bool:
    """The same agency, up to the usual long/short forms (strict: no partial names)."""
    a, b = ours, true
    for long, short in _FOLD:
        a, b = a.replace(long, short), b.replace(long, short)
    # A report titled with the bare area is its government's.
    return a == b or a == b + "政府"


SPAM = ("-尊龙凯时官网", "_bet365体育在线平台", "-澳门威尼斯人", "|365体育投注")


@dataclass(frozen=True, slots=True)
class Variant:
    name: str  # "<source>/<transform>"
    text: str
    agency: str | None  # the true agency (None: unknown, so any name is wrong)
    named: bool  # the text still names it in full
    year: int | None
    level: str | None = None
    kind: str | None = None
    code: str | None = None  # area code, when the region must be this one
    no_region: bool = False  # the area is ambiguous: any province, city or code is wrong


def _title_span(text: str, agency: str) -> tuple[int, int] | None:
    """The first line (or two joined lines) near the top naming ``agency`` and 报告."""
    lines = text.split("\n")
    pos = 0
    for i, line in enumerate(lines[:15]):
        two = line + (lines[i + 1] if i + 1 < len(lines) else "")
        if agency in line and "报告" in two and len(two) <= 80:
            end = pos + len(line) + (len(lines[i + 1]) + 1 if "报告" not in line else 0)
            return pos, end
        pos += len(line) + 1
    return None


def _area_prefix(agency: str, region_names: tuple[str, ...]) -> str:
    """The run of area names ``agency`` opens with (绵阳市, 杭州市余杭区)."""
    prefix = ""
    for name in region_names:
        if name and agency[len(prefix) :].startswith(name):
            prefix += name
    return prefix


def transforms(
    text: str, agency: str, year: int, region_names: tuple[str, ...]
) -> Iterator[tuple[str, str, bool]]:
    """(transform, text, whether the text still names the agency) for one excerpt."""
    title = _title_span(text, agency)
    prefix = _area_prefix(agency, region_names)
    core = agency[len(prefix) :]
    if title is not None:
        s, e = title
        yield "spam-suffix", text[:e] + SPAM[year % len(SPAM)] + text[e:], True
        body = text[:s] + text[e:]
        # Only a name the rest of the text also writes stays certain.
        yield "no-title", body, agency in body
        # Traps: the superior government named where a weak cue looks, a year
        # that is another report's.
        area = next((n for n in reversed(region_names) if n), "")
        if area and not agency.endswith(("政府", "办公室", "办公厅", "办事处", "街道")):
            superior = area + "人民政府"
            yield "superior-breadcrumb", f"{superior}门户网站 > 政务公开 > 年报\n" + text, True
            yield "superior-label", f"信息来源：{superior}\n" + body, agency in body
            notice = (
                f"根据{superior}办公室《关于做好{year}年政府信息公开工作年度报告"
                "编制发布工作的通知》要求，编制本报告。\n"
            )
            yield "superior-notice", notice + body, agency in body
        previous = f"{year}年，我们按时公开了{year - 1}年政府信息公开工作年度报告。\n"
        yield "previous-report", previous + body, agency in body
        previous = f"我们按时公开了{year - 1}年度政府信息公开工作年度报告。\n"
        yield "previous-report-niandu", previous + body, agency in body
        # Written after the first run of the set above, scored once before any fix:
        line = text[s:e]
        yield "letter-spaced-title", text[:s] + " ".join(line) + text[e:], True
        yield "title-date-suffix", text[:e] + f"（{year + 1}-01-15）" + text[e:], True
        other = "宁波市交通运输局" if "宁波" not in agency else "绵阳市财政局"
        sidebar = f"\n相关链接\n{other}{year}年政府信息公开工作年度报告\n"
        yield "sidebar-other-report", body + sidebar, agency in body
        yield (
            "contact-other-office",
            body + "\n如对本报告有疑问，请与县政务服务中心联系。\n",
            agency in body,
        )
        yield (
            "fragment-title",
            text[:s]
            + f"根据《条例》规定，现公开{agency}{year}年政府信息公开工作年度报告。"
            + text[e:],
            True,
        )
        if prefix and len(core) >= 3:
            dropped = text[:s] + text[s:e].replace(agency, core) + text[e:]
            contact = f"\n如对本报告有疑问，请与{agency}办公室联系。\n"
            yield "prefix-dropped+contact", dropped + contact, True
            # The bare core (统计局) could be any area's: no agency unless the
            # rest of the page still writes the full name.
            yield "prefix-dropped", dropped, agency in dropped
    # Every year in the text gone but the page's publication date (Y+1, January):
    # the year of last resort.
    undated = re.sub(r"20\d\d\s*(?:年度?\s*[,，]?|-\d{1,2}-\d{1,2})", "", text)
    yield "year-from-date", f"发布日期：{year + 1}-01-20\n" + undated, agency in undated
    yield "one-line", re.sub(r"\s*\n\s*", " ", text), True
    yield (
        "inline-headings",
        re.sub(r"\n+([一二三四五六][、.．])", r" \1", text),
        True,
    )
    if "年度" not in text[:200]:
        yield (
            "year-niandu",
            re.sub(rf"{year}\s*年(?!度)", f"{year}年度", text, count=1),
            True,
        )


def variants_of(
    stem: str,
    text: str,
    agency: str,
    year: int,
    region_names: tuple[str, ...],
    to_traditional: Callable[[str], str] | None = None,
) -> Iterator[Variant]:
    for name, variant, named in transforms(text, agency, year, region_names):
        yield Variant(f"{stem}/{name}", variant, agency, named, year)
    if to_traditional is not None:
        yield Variant(f"{stem}/traditional", to_traditional(text), agency, True, year)


# Synthetic titles for names the excerpts lack. (title, agency, level, kind,
# code or "" for ambiguous, year). The body is neutral prose shared by all.
_BODY = (
    "\n一、总体情况\n{year}年，我单位认真贯彻落实《中华人民共和国政府信息公开条例》，"
    "全年主动公开政府信息{n}条。\n二、主动公开政府信息情况\n"
)
_SYNTHETIC: tuple[tuple[str, str | None, str | None, str | None, str | None], ...] = (
    # District names that exist in several cities, with no city named: the
    # name is complete and its level known, but not its city (no code).
    ("鼓楼区教育局", "鼓楼区教育局", "county", "department", ""),
    ("城关镇人民政府", "城关镇人民政府", "township", "government", ""),
    ("朝阳区卫生健康委员会", "朝阳区卫生健康委员会", "county", "department", ""),
    # The same names under their city.
    ("南京市鼓楼区教育局", "南京市鼓楼区教育局", "county", "department", "320106"),
    ("福州市鼓楼区人民政府", "福州市鼓楼区人民政府", "county", "government", "350102"),
    # County vs city departments.
    ("绵阳市卫生健康委员会", "绵阳市卫生健康委员会", "city", "department", "510700"),
    ("三台县卫生健康局", "三台县卫生健康局", "county", "department", "510722"),
    ("绵阳市三台县卫生健康局", "绵阳市三台县卫生健康局", "county", "department", "510722"),
    ("义乌市人民政府办公室", "义乌市人民政府办公室", "county", "government", "330782"),
    # Townships and streets.
    ("三台县芦溪镇人民政府", "三台县芦溪镇人民政府", "township", "government", "510722"),
    ("义乌市稠城街道办事处", "义乌市稠城街道办事处", "street", "government", "330782"),
    ("和田县吾宗肖乡人民政府", "和田县吾宗肖乡人民政府", "township", "government", "653221"),
    # Development zones.
    (
        "成都高新技术产业开发区管理委员会",
        "成都高新技术产业开发区管理委员会",
        None,
        "department",
        None,
    ),
    # 苏州工业园区 is a county-level division in the MCA list.
    ("苏州工业园区管理委员会", "苏州工业园区管理委员会", "county", "department", "320576"),
    # National bodies.
    ("国家统计局", "国家统计局", "national", "department", None),
    ("海关总署", "海关总署", "national", "department", None),
    ("国家税务总局", "国家税务总局", "national", "department", None),
    # Province-level.
    ("山西省退役军人事务厅", "山西省退役军人事务厅", "province", "department", "140000"),
    ("西藏自治区人民政府办公厅", "西藏自治区人民政府办公厅", "province", "government", "540000"),
    # Partial names: which area's is written nowhere.
    ("县统计局", None, None, None, None),
    ("市财政局", None, None, None, None),
    ("卫生健康委员会", None, None, None, None),
    # Written after the first run of the set above, scored once before any fix:
    # branches of a central body's own hierarchy keep the parent's name in their
    # canonical name; their region is the place, their level the place's.
    (
        "国家税务总局北京市海淀区税务局",
        "国家税务总局北京市海淀区税务局",
        "county",
        "department",
        "110108",
    ),
    ("国家税务总局浙江省税务局", "国家税务总局浙江省税务局", "province", "department", "330000"),
    ("国家税务总局湖州市税务局", "国家税务总局湖州市税务局", "city", "department", "330500"),
    (
        "国家金融监督管理总局湖州监管分局",
        "国家金融监督管理总局湖州监管分局",
        "city",
        "department",
        "330500",
    ),
    (
        "国家金融监督管理总局浙江监管局",
        "国家金融监督管理总局浙江监管局",
        "province",
        "department",
        "330000",
    ),
    ("国家统计局杭州调查队", "国家统计局杭州调查队", "city", "department", "330100"),
    ("国家统计局余杭调查队", "国家统计局余杭调查队", "county", "department", "330110"),
    ("中国人民银行湖州市分行", "中国人民银行湖州市分行", "city", "department", "330500"),
    ("国家外汇管理局浙江省分局", "国家外汇管理局浙江省分局", "province", "department", "330000"),
    (
        "国家能源局浙江监管办公室",
        "国家能源局浙江监管办公室",
        "province",
        "department",
        "330000",
    ),
    ("湖州市气象局", "湖州市气象局", "city", "department", "330500"),
    # Customs districts are no administrative area: complete names, no level or region.
    ("拱北海关", "拱北海关", None, "department", None),
    ("黄埔海关", "黄埔海关", None, "department", None),
    # The Xinjiang Production and Construction Corps and its bodies: no division,
    # so no level; their region is Xinjiang.
    ("新疆生产建设兵团", "新疆生产建设兵团", None, "department", "650000"),
    ("新疆生产建设兵团财政局", "新疆生产建设兵团财政局", None, "department", "650000"),
    ("新疆生产建设兵团第八师", "新疆生产建设兵团第八师", None, "department", "650000"),
)
_TITLE_FORMS = (
    "{agency}{year}年政府信息公开工作年度报告",
    "{year}年{agency}政府信息公开工作年度报告",
    "{agency}政府信息公开工作{year}年度报告",
    "{agency}{year}年度政府信息公开工作报告",
)


def synthetic_variants(seed: int = 0) -> Iterator[Variant]:
    rng = random.Random(seed)
    for written, agency, level, kind, code in _SYNTHETIC:
        year = rng.choice((2019, 2020, 2021, 2022, 2023))
        form = rng.choice(_TITLE_FORMS)
        text = form.format(agency=written, year=year) + _BODY.format(
            year=year, n=rng.randint(5, 900)
        )
        yield Variant(
            f"synthetic/{written}",
            text,
            agency,
            agency is not None,
            year,
            level,
            kind,
            code or None,
            no_region=code == "",
        )


# Probes written with the rules that read them (not scored before them):
# (class, body sentence, agency, whether the text names it). own-document: the
# agency named only in the title of a disclosure document it published, and
# traps where the quoted document is another agency's. parent-dropped: a
# central body's branch written without its parent (湖州市吴兴区税务局), with the
# full form elsewhere or implied by the branch word; a county's own 统计局 is
# no branch of 国家统计局.
_BODY_PROBES = (
    (
        "own-document",
        "我局通过门户网站向社会公开了《{a}政府信息公开指南》。",
        "北京市人力资源和社会保障局",
        True,
    ),
    ("own-document", "我局及时更新了《{a}政府信息公开目录》。", "杭州市余杭区卫生健康局", True),
    (
        "own-document",
        "我局参照《{a}政府信息公开指南》修订了本局指南。",
        "杭州市卫生健康委员会",
        False,
    ),
    ("own-document", "我局转载了《{a}政府信息公开工作年度报告》。", "浙江省财政厅", False),
    ("own-document", "我局认真学习《{a}政府信息公开指南》。", "湖州市财政局", False),
)
_PARENT_DROPPED = (
    ("湖州市吴兴区税务局", "", "国家税务总局湖州市吴兴区税务局"),
    (
        "浙江监管局",
        "如有疑问，请与国家金融监督管理总局浙江监管局联系。",
        "国家金融监督管理总局浙江监管局",
    ),
    ("湖州市地方税务局", "", "湖州市地方税务局"),
    (
        "湖州市吴兴区统计局",
        "如有疑问，请与国家统计局湖州市吴兴区统计局联系。",
        "湖州市吴兴区统计局",
    ),
)


# English pages (machine translations on mirrors): the year from an English title,
# statistics period or opening sentence; the agency, named in English, is not read.
# Scored once before the rules that read them.
_ENGLISH = (
    "{y} Annual Report on Government Information Disclosure of Hangzhou Municipal Bureau"
    " of Statistics\nI. General situation\nOur bureau published 35 items.\n",
    "Annual Report on the Work of Government Information Openness of Haidian District"
    " People's Government for {y}\nI. General situation\nThe district published 35 items.\n",
    "This report is compiled in accordance with Article 50 of the Regulations.\n"
    "I. General situation\nIn {y}, the district will continuously strengthen the work.\n",
    "The statistical period of the data listed in this report is from January 1, {y} to"
    " December 31, {y}.\nI. General situation\nIn {y}, we published the {p} annual"
    " report on time.\n",
)


def body_variants(seed: int = 0) -> Iterator[Variant]:
    """The probes above, each in a short report of a random year."""
    rng = random.Random(seed)
    opening = "一、总体情况\n{y}年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。"
    tail = "全年主动公开政府信息{n}条。\n二、主动公开政府信息情况\n"
    for kind, sentence, agency, named in _BODY_PROBES:
        year = rng.choice((2019, 2020, 2021, 2022, 2023))
        text = (
            opening.format(y=year) + sentence.format(a=agency) + tail.format(n=rng.randint(5, 900))
        )
        yield Variant(f"{kind}/{agency}", text, agency if named else None, named, year)
    for written, contact, agency in _PARENT_DROPPED:
        year = rng.choice((2019, 2020, 2021, 2022, 2023))
        text = (
            f"{written}{year}年政府信息公开工作年度报告\n"
            + opening.format(y=year)
            + tail.format(n=rng.randint(5, 900))
            + contact
        )
        yield Variant(f"parent-dropped/{written}", text, agency, True, year)
    for k, english in enumerate(_ENGLISH):
        year = rng.choice((2019, 2020, 2021, 2022, 2023))
        yield Variant(f"english/{k}", english.format(y=year, p=year - 1), None, False, year)


def real_variants(reports: Path) -> Iterator[Variant]:
    """Variants of every excerpt in ``reports`` whose SOURCES.tsv agency and year
    the library reads right on the untouched text (the truth is then certain)."""
    from opencc import OpenCC

    from govinfo_nlp import parse

    s2t = OpenCC("s2t").convert
    with open(reports / "SOURCES.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for row in rows:
        source = (row["agency"] or "").strip()
        if not source or source == "unknown" or not row["year"].strip().isdigit():
            continue
        text = (reports / row["file"]).read_text(encoding="utf-8")
        md = parse(text).metadata
        year = int(row["year"])
        if md.agency is None or not agency_right(md.agency, source) or md.year != year:
            continue
        if md.script != "simplified":
            continue
        region = md.region
        names = (region.province, region.city, region.county) if region else ()
        yield from variants_of(
            row["file"].removesuffix(".txt"),
            text,
            md.agency,
            year,
            tuple(n or "" for n in names),
            to_traditional=s2t,
        )
