"""Stage 5 — metadata: the report year, publication date, index number and script
(:func:`read_year`), and the reading of the page (:class:`PageReading`) that stage 6, the
agency (:mod:`govinfo_nlp.agency`), goes on from; ``--stages tables`` runs only this one.
:func:`read_metadata` runs both. The agency's public names are importable from here too,
as they were when both stages lived in this module.

Each value comes from the strongest cue available and is ``None`` (with a
warning) rather than a guess: a null beats a wrong value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import chain, pairwise
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from .datafiles import load_json
from .errors import DataFileError
from .quantities.numerals import YEAR_DIGITS

if TYPE_CHECKING:
    from .agency import ocr_confirmed, read_agency, reads_as_agency, written_form

# A page title joins the report's title and the site's name with these.
# (…年度报告-佛山市顺德区人民政府网站: a hyphen between two words, never between
# digits: 2021-2022学年)
_PAGE_TITLE_PARTS = re.compile(
    r"\s*(?:[_|｜]|\s[-—–]+\s|——|(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff]))\s*"
)
# Year cues weaker than a report title that names its year: a page title wins over them.
_WEAK_YEAR = ("metadata.year_missing", "metadata.year_inferred", "metadata.year_from_date")

# The agency's public names, from the module that read it before session 26 (lazily: the
# agency package imports this module).
_AGENCY_NAMES: Final = frozenset(
    ("ocr_confirmed", "read_agency", "reads_as_agency", "written_form")
)

__all__ = [
    "Metadata",
    "PageReading",
    "Region",
    "agency_of",
    "ocr_confirmed",
    "read_agency",
    "read_metadata",
    "read_year",
    "reads_as_agency",
    "written_form",
]


@dataclass(frozen=True, slots=True)
class Region:
    """The administrative area an agency belongs to (names as the gazetteer lists them)."""

    province: str | None = None
    city: str | None = None
    county: str | None = None
    code: str | None = None  # 6-digit area code of the most specific level known

    def to_dict(self) -> dict[str, str | None]:
        return {
            "province": self.province,
            "city": self.city,
            "county": self.county,
            "code": self.code,
        }


@dataclass(frozen=True, slots=True)
class Metadata:
    agency: str | None = None
    year: int | None = None
    published: str | None = None
    index_no: str | None = None
    script: str = "simplified"
    agency_as_written: str | None = None
    region: Region | None = None
    level: str | None = None  # national, province, city, county, township, street
    kind: str | None = None  # government (a people's government or its office), department

    def to_dict(self) -> dict[str, object]:
        return {
            "agency": self.agency,
            "year": self.year,
            "published": self.published,
            "index_no": self.index_no,
            "script": self.script,
            "agency_as_written": self.agency_as_written,
            "region": self.region.to_dict() if self.region else None,
            "level": self.level,
            "kind": self.kind,
        }


_META_FILE: Final = "data/metadata.json"
_LABEL_FIELDS: Final = ("index_no", "issuer", "date")


@dataclass(frozen=True, slots=True)
class _PageWords:
    """data/metadata.json as the readers use it (built on first use)."""

    labels: Mapping[str, str]  # a label, spaces removed -> its field
    label_re: re.Pattern[str]  # a label, its characters spaced or not, and its colon
    # Every label, its characters spaced or not (索 引 号): a line that holds none
    # gives no field (a cell is a label once its spaces are removed, and label_re
    # reads only labels), so only the lines that hold one are read.
    label_hint: re.Pattern[str]
    mention: re.Pattern[str]  # a title after one of these in its clause is another's
    self_announce: re.Pattern[str]  # … unless the clause announces this report
    site_tail: re.Pattern[str]  # what follows an area in a site's name (fullmatch)
    plan_heading: re.Pattern[str]  # a heading of next year's plans (五、存在的主要问题…)
    part_year: re.Pattern[str]  # a report on part of a year (一季度, 上半年)
    annual: re.Pattern[str]  # the page calls itself the annual report (年度报告, 年报)
    view_count: re.Pattern[str]  # a link's view count after a title (阅读 1236): a list item
    compilation: re.Pattern[str]  # …年度报告汇编: several bodies' reports, no one agency
    traditional_words: tuple[tuple[str, str], ...]  # 资讯 → 信息 on a Traditional page
    ranking: re.Pattern[str]  # 点击排行: the counted titles below it are a list's links
    links: re.Pattern[str]  # a related-links heading (相关链接) on its own: other pages below
    links_word: re.Pattern[str]  # any word of links, alone
    # A link to another page (相关阅读, 上一篇, 往年报告…): `link_word` finds one; `link_title`
    # reads it with the report's title on its line after it (相关阅读：某局2022年…年度报告);
    # `link_heading` is such a word alone on its line, the titles under it its links.
    link_word: re.Pattern[str]
    link_title: re.Pattern[str]
    link_heading: re.Pattern[str]
    crumb_column: re.Pattern[str]  # 历年报告 after 首页 政务公开: a crumb's column (red28 m04)
    # a numbered heading of a report's own parts (二、主动公开政府信息情况): a report, not a list
    report_part: re.Pattern[str]


def _spaced(label: str) -> str:
    """``label`` as a pattern that allows spaces between its Han characters
    (索 引 号), not inside a Latin word (索引ID)."""
    out = re.escape(label[0])
    for a, b in pairwise(label):
        out += ("" if a.isascii() and b.isascii() else r"\s*") + re.escape(b)
    return out


def _alternation(words: Sequence[str]) -> str:
    return "|".join(map(re.escape, words))


@lru_cache(maxsize=1)
def _page_words() -> _PageWords:
    """The label, title and site words of ``data/metadata.json``, checked: a bad
    entry is a :class:`~govinfo_nlp.errors.DataFileError` naming the file."""
    raw = load_json(_META_FILE)
    problems: list[str] = []

    def words(*path: str) -> list[str]:
        entry: Any = raw
        for key in path:
            entry = entry.get(key) if isinstance(entry, dict) else None
        if (
            not isinstance(entry, list)
            or not entry
            or not all(isinstance(w, str) and w and not w.isspace() for w in entry)
        ):
            problems.append(f"{'.'.join(path)}: must be a list of non-empty words")
            return []
        return entry

    fields = raw.get("labels", {}).get("fields") if isinstance(raw, dict) else None
    if not isinstance(fields, dict) or not fields:
        problems.append("labels.fields: must map each label to a field")
        fields = {}
    for label, field in fields.items():
        if not label or any(c.isspace() for c in label) or field not in _LABEL_FIELDS:
            problems.append(
                f"labels.fields.{label}: a label without spaces -> one of {_LABEL_FIELDS}"
            )
    mention, announce = words("title_mention", "words"), words("self_announce", "words")
    government, portal = words("site_tail", "government"), words("site_tail", "portal")
    plans, part, annual = (
        words("plan_headings", "words"),
        words("part_year", "words"),
        words("annual_words", "words"),
    )
    views = words("view_counts", "words")
    compilations = words("compilations", "words")
    ranking = words("ranking_headings", "words")
    links = words("links_headings", "words")
    report_links = words("report_links", "words")
    crumb_columns = words("report_links", "crumb_columns")
    report_parts = words("report_parts", "words")
    pairs = raw.get("traditional_words", {}).get("pairs") if isinstance(raw, dict) else None
    if not isinstance(pairs, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) and w for w in p)
        for p in pairs
    ):
        problems.append("traditional_words.pairs: must be a list of [word, its Simplified word]")
        pairs = []
    if problems:
        raise DataFileError(f"govinfo_nlp/{_META_FILE}: " + "; ".join(problems))
    spaced = "|".join(map(_spaced, fields))
    return _PageWords(
        labels=MappingProxyType(dict(fields)),
        label_re=re.compile(rf"(?P<label>{spaced})\s*[:：]?\s*"),
        # (spaces anywhere: a header cell is a label once its spaces are removed)
        label_hint=re.compile("|".join(r"\s*".join(map(re.escape, label)) for label in fields)),
        mention=re.compile(_alternation(mention)),
        self_announce=re.compile(_alternation(announce)),
        site_tail=re.compile(f"(?:{_alternation(government)})?(?:{_alternation(portal)})?"),
        # a numbered heading (五、存在的主要问题及改进情况) or a short line of its own
        plan_heading=re.compile(
            rf"[一二三四五六七八九十]{{1,2}}\s*[、.．]\s*[^\n。，,；;]{{0,12}}?(?:{_alternation(plans)})"
            rf"|(?:^|\n)\s*[^\n。，,；;]{{0,12}}?(?:{_alternation(plans)})[^\n。，,；;]{{0,16}}(?=\n|$)"
        ),
        part_year=re.compile(_alternation(part)),
        annual=re.compile(_alternation(annual)),
        view_count=re.compile(rf"\s*(?:{_alternation(views)})(?:量|数|次数)?\s*[:：]?\s*\d"),
        compilation=re.compile(rf"(?:报告|年报)(?:{_alternation(compilations)})"),
        traditional_words=tuple((a, b) for a, b in pairs),
        ranking=re.compile(_alternation(ranking)),
        # a word on its own, between line ends or spaces (a page on one line)
        links=re.compile(rf"{_LINKS_BEFORE}(?:{_alternation(links)})[】\]]?[:：]?(?=\s|$)", re.M),
        links_word=re.compile(_alternation(links)),
        link_word=re.compile(_alternation([*links, *report_links])),
        # (the word first, so that the engine scans for it; what stands before it is
        # checked by _without_report_links)
        link_title=re.compile(
            rf"(?:{_alternation([*links, *report_links])})[】\]]?[ \t\u3000]*[:：]?[ \t\u3000]*"
            + _ANY_TITLE
        ),
        link_heading=re.compile(
            rf"[ \t\u3000]*[【\[]?[ \t\u3000]*(?:{_alternation([*links, *report_links])})"
            r"[ \t\u3000]*[】\]]?[ \t\u3000]*[:：]?[ \t\u3000]*"
        ),
        crumb_column=re.compile(_alternation(crumb_columns)),
        report_part=re.compile(
            rf"(?:^|\n)[ \t\u3000]*[二三四五六]\s*[、.．]\s*(?:{_alternation(report_parts)})"
        ),
    )


_DATE = re.compile(
    r"(?P<y>20\d\d)\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})\s*日?"
)
_INDEX = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/_.]{4,}")
_OVERVIEW = re.compile(r"一\s*[、.．]\s*(?:总体情况|概述|基本情况)")
_YEAR_TITLE = re.compile(
    # Every match opens with 2 (a year) or 政/信 (a title before its year): that class
    # comes first, so that the engine scans for it, and lookbehinds on it choose the
    # branch (with a lookbehind or an optional word first, each branch was tried at
    # every character: 79 us a page's head, now 15). The year's group is read back by
    # a lookbehind over the four digits. The matches, their groups and spans are the
    # same as the plain pattern's (tests/test_metadata_scan.py).
    r"[2政信](?:(?<=2)0"
    # 2021-2022学年: a school's academic year is counted as the year it ends in
    # (the gold's report_year of such reports; the report is published after it).
    # (a year that ends a range of years, 2020-2022年…, names no one report year)
    r"(?:(?<![-—–－~～至/\d]20)\d\d(?<=(?P<year>20\d\d))\s*年\s*度?"
    r"|\d\d\s*[-—–－~～至/]\s*(?P<ayear>20\d\d)\s*学年\s*度?)"
    # (…工作情况的报告: a report on the year's work, as 关于2022年度…工作情况的报告 titles it)
    r"\s*[^\n。,，]{0,40}?(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:情况的?)?"
    r"(?:年度)?(?:报告|落实情况)"
    # …年度报告(2020年): the year after the title
    r"|(?:(?<=政)府(?:信息公开|政务公开)|(?<=信)息公开|(?<=政)务公开)"
    r"(?:工作)?(?:年度)?报告\s*[(（]\s*(?P<year2>20\d\d)\s*年?度?\s*[)）])"
)
# ○ (U+25CB, a circle) is typed for 〇 as often as 〇 itself (二○二一年度).
_CN_YEAR = re.compile(r"([〇○零一二][〇○零一二三四五六七八九]{3})\s*年")
_PINYIN_GLOSS = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")
_YEAR_OF_WORK = re.compile(
    # 高质量完成2021年度政府信息公开各项工作: a 年度 cue outside a quoted title.
    # (its literal 2 first, the lookbehind after it, so that the engine scans for the 2:
    # the same matches, a tenth of the time; cf. _LETTER_YEAR)
    r"(?P<year>2(?<![《\d]2)0\d\d)\s*年度\s*(?:政府信息公开|政务公开|信息公开)(?![^《》\n]{0,30}》)"
)
_REPORT_AFTER = re.compile(r"[^。，,；;\n]{0,12}?(?:报告|年报)")
_BODY_YEAR = re.compile(r"(20\d\d)\s*年(?!\s*\d{1,2}\s*月)")
_YEAR_END = re.compile(r"截至\s*(?P<year>20\d\d)\s*年\s*(?:底|末|12\s*月\s*31\s*日)")
# A title written after a title_mention word of data/metadata.json, in its clause,
# is another report's (公开了…, 按时发布…) unless the clause announces this one
# (self_announce: 现公开…, 特发布…, 编制了…); the clause starts after one of these.
_CLAUSE_START = re.compile(r"[\n。；;，,：:]")
# 〇 (U+3007, a zero among Han numerals) in a name, and the Han character it stands in as
# while the name patterns ([\u4e00-\u9fff]) read it: 龥, which no body's name holds.
_ZERO = "\u3007"
_ZERO_STAND_IN = "\u9fa5"
# A run of Han numerals and what follows it (年, 月, 日 or 号 after a date's).
_NUMERALS = re.compile("[〇○零一二三四五六七八九十]+(?P<unit>[年月日号]?)")


def _zero_stood_in(text: str) -> str:
    """``text`` with each 〇 of a numeral run that is no date's (一〇四团, not 二〇二二年)
    written as its stand-in."""
    if _ZERO not in text:
        return text
    return _NUMERALS.sub(lambda m: m[0] if m["unit"] else m[0].replace(_ZERO, _ZERO_STAND_IN), text)


# A year before 年 written with a letter that looks like a digit (l, I for 1; O, o for 0),
# at least one letter, no Latin letter or digit around it.
# (2022 itself reads as it is, and is no match: no call a year; a run that is no 20xx
# year with its letters read, kept.) The pattern opens with its literal 2, so that the
# engine scans for it (a lookbehind first was tried at every character: 24 us a page,
# now 1.3; the same matches, as no match can start inside a year of four digits).
_LETTER_YEAR = re.compile(r"2(?<![A-Za-z0-9]2)(?![0-9]{3})[0-9lIOo]{3}(?![A-Za-z0-9])(?=\s*年)")
_LETTER_DIGITS = str.maketrans("lIOo", "1100")


def _letter_year(m: re.Match[str]) -> str:
    digits = m[0].translate(_LETTER_DIGITS)
    return digits if digits.startswith("20") else m[0]


# English pages (machine translations on mirrors): the same cues in English. A
# title is title-cased (a mention, "published the 2019 annual report", is not).
_YEAR_PERIOD_EN = re.compile(
    r"from\s+January\s+1(?:st)?,?\s+(?P<year>20\d\d)\s+to\s+December\s+31(?:st)?,?\s+(?P=year)",
    re.I,
)
_YEAR_TITLE_EN = re.compile(
    r"(?P<year>20\d\d)\s+Annual\s+Report\s+on\b[^\n.]{0,80}?Government\s+Information"
    r"|Annual\s+Report\s+on\b[^\n.]{0,120}?Government\s+Information[^\n.]{0,120}?"
    r"\bfor\s+(?:the\s+[Yy]ear\s+)?(?P<year2>20\d\d)\b"
)
_OPENING_EN = re.compile(r"(?:^|\n)\s*In\s+(20\d\d)\s*,")
# (its month and day in Chinese numerals too, as its year may be: 二〇二〇年一月一日, whose
# year _CN_YEAR has read as 2020年; meta19 t32)
# (or with dots, dashes or slashes: 统计期限：2021.1.1—2021.12.31, meta23 x32 read no year)
_YEAR_PERIOD = re.compile(
    r"统计(?:期限|时限|时间|区间|周期|范围)?[^。\n]{0,12}?(?P<year>20\d\d)\s*(?:年\s*(?:1|一)\s*月"
    r"\s*(?:1|一)\s*日|(?P<sep>[.\-/])\s*0?1\s*(?P=sep)\s*0?1(?!\d))"
)
# A period's end at a later year's close (自2022年1月1日起至2023年12月31日止): one report over
# several years, which is no one year's (meta26 b27 read the start, 2022).
_PERIOD_END = re.compile(
    r"[^。\n\d]{0,6}(?P<year>20\d\d)\s*(?:年\s*(?:12|十二)\s*月\s*(?:31|三十一)\s*日"
    r"|[.\-/]\s*12\s*[.\-/]\s*31(?!\d))"
)


def _fields(lines: list[str]) -> dict[str, str]:
    """Label/value pairs from the metadata block (pipe rows, header rows, inline labels)."""
    found: dict[str, str] = {}
    words = _page_words()
    label_re = words.label_re
    hinted = _lines_matching(words.label_hint, lines)
    for i, line in enumerate(lines):
        if i not in hinted:
            continue
        cells = ["".join(c.split()).rstrip(":：") for c in line.split("|")]
        cells = [c for c in cells if c.strip("-")]  # not empty, not a rule (---)
        labels = [words.labels.get(c) for c in cells]
        header_like = all(len(c) <= 6 and not re.search(r"\d", c) for c in cells)
        if cells and any(labels) and header_like and i + 1 < len(lines):
            # A header row whose values are on the next line.
            values = [c.strip() for c in lines[i + 1].split("|")]
            values = [v for v in values if v]
            if len(values) == len(cells):
                for key, value in zip(labels, values):
                    if key:
                        found.setdefault(key, value)
                continue
        for m in label_re.finditer(line):
            key = words.labels["".join(m.group("label").split())]
            rest = line[m.end() :]
            rest = rest.lstrip("| \t")
            value = re.split(r"\s*\|\s*|\s{2,}|\t", rest, maxsplit=1)[0]
            # 发布机构:某局 发布日期:2022-01-26: one space before the next label ends it too
            value = value[: (nxt.start() if (nxt := label_re.search(value)) else None)].strip()
            if value and not label_re.match(value):
                found.setdefault(key, value)
    return found


def _lines_matching(pattern: re.Pattern[str], lines: Sequence[str]) -> set[int]:
    """The indexes of the lines where ``pattern.search`` finds a match, in one scan.

    For a pattern that cannot match a NUL (no line's match crosses into the
    next) and has no anchor or lookaround (a match within a line is a match
    of the line): one search over the lines joined is cheaper than one call a line.
    """
    block = "\x00".join(lines)
    if block.count("\x00") >= len(lines):  # a line holds a NUL: one search a line
        return {i for i, line in enumerate(lines) if pattern.search(line)}
    found: set[int] = set()
    line = at = 0
    for m in pattern.finditer(block):
        line += block.count("\x00", at, m.start())
        at = m.start()
        found.add(line)
    return found


# A line that is only a date in brackets: the date of publication.
_DATE_LINE = re.compile(
    r"^\s*[(（]\s*(20\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[)）]\s*$", re.M
)
_BRACKET_LINE = re.compile(r"\n\s*[(（]\s*20\d\d")


def _date_line(text: str) -> re.Match[str] | None:
    """``_DATE_LINE.search(text)``, tried only where a match can start.

    A match starts at a line start followed by spaces, a bracket and a year: the
    first line's, or the first of those \\n + spaces + bracket runs over (the
    later ones match where it does). A search led by the line break is a fast
    scan; the anchored pattern is tried at every position. (Only a bracket before
    a year: a report's （一）… lines are many, and none is a date's; the places are
    found as they are tried, not all first.)
    """
    for start in chain((0,), (m.start() + 1 for m in _BRACKET_LINE.finditer(text))):
        m = _DATE_LINE.match(text, start)
        if m:
            return m
    return None


def _date(value: str) -> str | None:
    m = _DATE.search(value)
    if not m:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
    except ValueError:  # 2020-02-30 is not a date
        return None


# How far from the end a signature is looked for.
_TAIL_REACH = 1200
# One line of a list of reports (相关阅读 above the article; 上一篇 / 下一篇): a
# report's title alone, maybe with a bullet and a date.
_LIST_TITLE = re.compile(
    # (a bullet, a number, a bracketed number: 【1】, [2], （3）)
    r"[·•\-*>\d.、\s【】\[\]()（）]*(?P<link>(?:上一?篇|下一?篇|上一条|下一条)\s*[:：]?\s*)?(?P<name>[\u4e00-\u9fff()（）]{0,40}?)\s*(?P<year>20\d\d)\s*年\s*度?\s*"
    r"(?:政府)?(?:信息公开|政务公开|政府信息)[^\n。,，《》]{0,12}?(?:报告|年报)"
    r"\s*(?P<date>[(（\[]?20\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?[)）\]]?)?"
)


_REPORT_WORD = re.compile("报告|年报")
# A report's title, dated or not, maybe followed by its date (a link's text; see
# _without_report_links): a name, a year, the topic, 报告/年报.
_ANY_TITLE = (
    r"[\u4e00-\u9fff()（）]{0,40}?\s*(?:20\d\d\s*年\s*度?\s*)?"
    r"(?:政府)?(?:信息公开|政务公开|政府信息)[^\n。,，《》]{0,12}?(?:报告|年报)"
    r"(?:\s*[(（]\s*20\d\d\s*年?度?\s*[)）])?"
    r"(?:\s*[(（\[]?20\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?[)）\]]?)?"
)
# A line that is a report's title alone (a list's item: a bullet or number before it).
_ANY_TITLE_LINE = re.compile(r"[·•\-*>\d.、\s【】\[\]()（）]*" + _ANY_TITLE + r"\s*")
# A year in a title line: a dated title.
_TITLE_LINE_YEAR = re.compile(r"20\d\d\s*年")


def linked_titles(text: str, spans: Iterable[tuple[int, int]], body: str) -> list[tuple[int, int]]:
    """The lines of ``text`` inside ``spans`` (a saved page's chrome: sidebars, lists) that
    are each a report's title alone, where ``body`` (the page without its chrome) holds a
    title line of its own: its own heading, dated or not, is in the body, so the chrome's
    titles are links to other pages. Read with the whole page where the body gives no year,
    a sidebar's one link (相关年报 / 某局2022年…年度报告) above an undated heading gave its
    year, and another body's link that body (meta28's probes after n01). None where the
    body holds no title line (the page's heading may be in what was taken for chrome)."""
    if not any(_ANY_TITLE_LINE.fullmatch(line) for line in body.split("\n") if "报" in line):
        return []
    found = []
    for start, end in spans:
        at = start
        for line in text[start:end].split("\n"):
            if "报" in line and _ANY_TITLE_LINE.fullmatch(line):
                found.append((at, at + len(line)))
            at += len(line) + 1
    return found


def _link_hits(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """The links to other pages' reports in ``text`` (data/metadata.json report_links,
    links_headings): the spans of a link word with the title after it on its line
    (相关阅读：某局2022年…年度报告), and the starts of the lines that are a link word alone
    (the titles right under one are its links)."""
    words = _page_words()
    cut: list[tuple[int, int]] = []  # a link word and the title after it on its line
    headings: list[int] = []  # the starts of lines that are a link word alone
    # (one scan for the words; each found is read where it stands)
    for hit in words.link_word.finditer(text):
        before = text[hit.start() - 1] if hit.start() else "\n"
        if not (before.isspace() or before in "【["):
            continue  # (a word inside a sentence, 公开相关信息2022年…, is no link)
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.start())
        end = len(text) if end < 0 else end
        m = words.link_title.match(text, hit.start())
        if m is not None and _crumb_column(text, start, hit, m.end(), end):
            # 首页 政务公开 历年报告 某局2023年…报告 (a page flattened to one line): the crumb's
            # column, and the page's own title after it (red28 m04 lost its body)
            continue
        if m is not None:
            cut.append(m.span())
            cut.extend(_titles_after(text, m, end))
            # (相关阅读：某局2022年…报告 alone on its line heads the titles under it too)
            if (
                not text[start : hit.start()].strip(" \t\u3000【[")
                and not text[m.end() : end].strip()
            ):
                headings.append(start)
        elif words.link_heading.fullmatch(text, start, end):
            headings.append(start)
    return cut, headings


def report_link_lines(text: str) -> frozenset[int]:
    """The starts of the lines of ``text`` whose report title is a link to another page:
    a title after a link word on its line (相关阅读：某局2022年…年度报告), and every title line
    right under a link word alone on its line (blank lines before the first allowed).
    A title there names the other page's year, not the year of what stands under it:
    the tables read it as no title (tables.extract.report_year_at; red28 t03, a 相关阅读
    link to last year's report between a draft table 三 and the current one made the
    current one last year's). Unlike :func:`_without_report_links` a single title under
    a link word counts: to the tables a doubtful title is no title."""
    cut, headings = _link_hits(text)
    starts = {text.rfind("\n", 0, s) + 1 for s, _ in cut}
    for start in headings:
        pos = text.find("\n", start)
        run = False
        while pos >= 0:
            line_start = pos + 1
            pos = text.find("\n", line_start)
            line = text[line_start : len(text) if pos < 0 else pos]
            if not line.strip():
                if run:
                    break  # (a blank line after the list: what follows is no link)
                continue
            if _ANY_TITLE_LINE.fullmatch(line) is None:
                break
            starts.add(line_start)
            run = True
    return frozenset(starts)


def _without_report_links(text: str) -> str:
    """``text`` without the titles its links to other pages give (data/metadata.json
    report_links): a title after 相关阅读：/上一篇：/往年报告： on its line, and the title lines
    right under such a word alone on its line, all but an undated last one (the page's
    own heading right under the list, meta28), and all of them only where the run holds
    two or more (one title under a heading alone may be the page's own heading under a
    list a script fills: kept, as it was before). Above an undated heading such a link
    gave its year and its body to the report (相关阅读：温州市财政局2022年…年度报告 over a
    2023 report: session 27's note)."""
    cut, headings = _link_hits(text)
    if not cut and not headings:
        return text
    lines = text.split("\n")
    drop: set[int] = set()
    for k in sorted({text.count("\n", 0, start) for start in headings}):
        run: list[int] = []
        for j in range(k + 1, len(lines)):
            if not lines[j].strip():
                if run:
                    break  # (a blank line after the list: the page's heading may follow)
                continue
            if _ANY_TITLE_LINE.fullmatch(lines[j]) is None:
                break
            run.append(j)
        if len(run) < 2:
            continue
        last_dated = _TITLE_LINE_YEAR.search(lines[run[-1]]) is not None
        own = not last_dated or _own_dated_heading(lines, run)
        drop.update(run[:-1] if own else run)
    # the dropped lines and the cut links, removed in one pass
    at = 0
    for k, line in enumerate(lines):
        if k in drop:
            cut.append((at, at + len(line) + 1))
        at += len(line) + 1
    out, pos = [], 0
    for s, e in sorted(cut):
        if s >= pos:
            out.append(text[pos:s])
            pos = e
        else:
            pos = max(pos, e)
    out.append(text[pos:])
    return "".join(out)


# A crumb right before a link word on its line (首页 政务公开 历年报告, 当前位置：首页 > …): the
# word is the crumb's column, not a list's heading; at most four columns after 首页.
_CRUMB_BEFORE = re.compile(
    r"(?:首页|当前位置\s*[:：]?)(?:\s*[>›»/]?\s*[\u4e00-\u9fff]{2,10}){0,4}\s*[>›»/]?\s*$"
)
_CRUMB_REACH = 60


def _crumb_column(text: str, start: int, hit: re.Match[str], after: int, end: int) -> bool:
    """Whether the link word ``hit`` (its line from ``start`` to ``end``, a title after it
    up to ``after``) is a crumb's column (data/metadata.json crumb_columns): right after
    首页 and at most four columns, and no other report title right after its title (a
    flattened nav bar, 首页 政务公开 政务服务 互动交流, then a sidebar's 历年报告 links and the
    page's own heading after them, is a link: the title after it is not the page's)."""
    words = _page_words()
    if not words.crumb_column.fullmatch(hit.group()):
        return False
    if not _CRUMB_BEFORE.search(text, max(start, hit.start() - _CRUMB_REACH), hit.start()):
        return False
    return _TITLE_NEXT.match(text, after, end) is None


# A report's title right after another on its line (spaces between): a list, not a heading.
_TITLE_NEXT = re.compile(r"[ \t\u3000·•]*" + _ANY_TITLE)


def _titles_after(text: str, link: re.Match[str], end: int) -> list[tuple[int, int]]:
    """The spans of the report titles right after a link's title on its line (a page
    flattened to one line: 相关阅读 某局2022年… 某局2021年… 某局…报告): the link word's list,
    all but the last where it may be the page's own heading: undated (as under a link word
    alone on its line), or of a later year than every title before it with the page's date
    label right after it (相关阅读 某局2019年… 某局2023年…报告 发布时间：…, read so before).
    Only the first was cut: a second link's body and year were read (a wrong value on
    04d230d, session 29)."""
    run: list[tuple[int, int]] = []
    at = link.end()
    while (n := _TITLE_NEXT.match(text, at, end)) is not None and n.end() > at:
        run.append(n.span())
        at = n.end()
    if not run:
        return run
    years = [int(y[:4]) for s, e in [link.span(), *run] if (y := _first_year(text, s, e))]
    last = _first_year(text, *run[-1])
    if last is None or (
        len(years) == len(run) + 1
        and int(last[:4]) == max(years)
        and years.count(max(years)) == 1
        and _date_label_at(text, at, end)
    ):
        run.pop()
    return run


def _first_year(text: str, start: int, end: int) -> str | None:
    m = _TITLE_LINE_YEAR.search(text, start, end)
    return m.group() if m else None


def _date_label_at(text: str, at: int, end: int) -> bool:
    """Whether a date label (data/metadata.json labels: 发布时间：…) follows ``at`` on its line,
    after spaces."""
    words = _page_words()
    while at < end and text[at] in " \t\u3000":
        at += 1
    m = words.label_re.match(text, at, end)
    return m is not None and words.labels["".join(m["label"].split())] == "date"


def _own_dated_heading(lines: list[str], run: list[int]) -> bool:
    """Whether the last of a run of title lines under a link word, dated, is the page's own
    heading: every line of the run names one body, the last a later year than every other,
    and the line right under it is the page's info line (来源：…　发布时间：…: a date label,
    data/metadata.json labels, and no sentence). A body's links
    to its earlier reports right above its own dated heading lost the body (red28 m02, m03);
    a list at a page's end is followed by no info line, and a list of several bodies' or
    an older year's last is still a list."""
    named = [_LIST_TITLE.fullmatch(lines[j].strip()) for j in run]
    if any(m is None or m["link"] or not m["name"] for m in named):
        return False
    *links, last = [m for m in named if m is not None]
    if any(m["name"] != last["name"] or m["year"] >= last["year"] for m in links):
        return False
    below = next((ln.strip() for ln in lines[run[-1] + 1 :] if ln.strip()), "")
    words = _page_words()
    if "。" not in below and any(
        words.labels["".join(m["label"].split())] == "date" for m in words.label_re.finditer(below)
    ):
        return True
    # (or the report opens right under it, where the links list the body's reports newest
    # first and the last breaks that order: 历年报告 / 某局2022年… / 某局2021年… / 某局2023年…
    # over 一、总体情况 or 根据《条例》…。 The heading was cut with the list, and a report
    # appended below under 附件：某局2022年… gave its year: red29 a01. A list in one order
    # whose last is one more of it, 2021, 2022, 2023, stays a list.)
    years = [m["year"] for m in links]
    return (
        len(links) >= 2
        and all(a > b for a, b in pairwise(years))
        # (the year right after the newest link's: a list of 2021, 2020, then 2023 leaves
        # out 2022, the page's own report, whose heading was lost: 2023 is the list's newer
        # report the site added later, and read as the heading it gave the 2022 report's
        # page 2023, red30 m06)
        and int(last["year"]) == int(years[0]) + 1
        and (_OVERVIEW.match(below) is not None or _OPENING_SENTENCE.match(below) is not None)
    )


# A report's opening sentence (根据《中华人民共和国政府信息公开条例》…, 依照《条例》…编制本报告。):
# it cites the 条例 and closes with 。 on its line.
_OPENING_SENTENCE = re.compile(r"[^\n]{0,20}《[^《》\n]{0,30}条例》[^\n]*。")


def _report_word_lines(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each line holding 报告/年报, once a line: only such a line can be a
    report's title, and one scan finds them, not a walk line by line."""
    end = -1
    for hit in _REPORT_WORD.finditer(text):
        if hit.start() < end:
            continue  # a line already read
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.start())
        end = len(text) if end < 0 else end
        yield start, end


def _without_title_lists(text: str) -> tuple[str, list[set[tuple[str, str]]]]:
    """``text`` without lists of other reports' titles: two or more lines in a row,
    each a report's title alone, naming different agencies or years (a related-reading
    list scraped above the heading would give its first item as the title); and
    without a 上一篇/下一篇 link to another report. Also the lists left out, each as
    its (name, year) pairs."""
    drop: list[int] = []  # the start offsets of the lines to leave out
    runs: list[
        list[tuple[int, str, str, bool]]
    ] = []  # title lines in a row: start, name, year, dated
    last_end = -1
    for start, end in _report_word_lines(text):
        m = _LIST_TITLE.fullmatch(text[start:end].strip())
        if m is None:
            continue
        if m["link"]:  # 上一篇：… / 下一篇：… is another report's title even alone
            drop.append(start)
            continue
        if not runs or start != last_end + 1:
            runs.append([])
        runs[-1].append((start, m["name"], m["year"], m["date"] is not None))
        last_end = end
    lists = []
    for run in runs:
        if _own_heading_under(run):
            # a body's dated links to its earlier reports, then an undated title of its own
            # newer report right under them: the report's heading (meta26 b21 lost its title)
            run = run[:-1]
        if len(run) >= 2 and len(titles := {(name, year) for _, name, year, _ in run}) >= 2:
            drop.extend(start for start, *_ in run)
            lists.append(titles)
    if not drop:
        return text, lists
    dropped: set[int] = set()  # their line indexes, each counted on from the one before it
    k = counted = 0  # (from offset 0 each time was quadratic in a long list's lines)
    for start in sorted(drop):
        k += text.count("\n", counted, start)
        counted = start
        dropped.add(k)
    return "\n".join(ln for k, ln in enumerate(text.split("\n")) if k not in dropped), lists


# A title line's body: the name before its year or its topic.
_TITLE_LINE_NAME = re.compile(
    r"[·•\-*>\d.、\s【】\[\]()（）]*(?P<name>[\u4e00-\u9fff()（）]{0,40}?)\s*(?:20\d\d\s*年\s*度?\s*)?"
    r"(?:政府)?(?:信息公开|政务公开|政府信息)"
)


def _without_dated_above_undated(text: str) -> str:
    """``text`` without a dated report title standing alone on the line right above an
    undated one (某局2022年…年度报告 / 某局政府信息公开工作年度报告), and without both where
    they name different bodies. With no list heading over it, the dated line is as often a
    link to another year's report above the page's undated heading (it gave its year, and
    another body's name, as a 相关阅读 line did: session 27's note) as the heading itself:
    which is the page's is not certain, so neither gives the year, nor a body they
    disagree on."""
    lines = text.split("\n")
    drop: set[int] = set()
    prev: int | None = None  # the last non-blank line's index, where it is a dated title
    k = counted = 0  # the line index at offset ``counted``: counted on, not from 0 each time
    for start, _ in _report_word_lines(text):
        k += text.count("\n", counted, start)
        counted = start
        line = lines[k]
        if _ANY_TITLE_LINE.fullmatch(line) is None:
            prev = None
            continue
        if _TITLE_LINE_YEAR.search(line):
            prev = k
            continue
        if prev is not None and not any(lines[j].strip() for j in range(prev + 1, k)):
            above, below = _TITLE_LINE_NAME.match(lines[prev]), _TITLE_LINE_NAME.match(line)
            drop.add(prev)
            if above and below and above["name"] and below["name"] != above["name"]:
                drop.add(k)
        prev = None
    if not drop:
        return text
    return "\n".join(ln for k, ln in enumerate(lines) if k not in drop)


def _lists_reports(text: str) -> bool:
    """Whether the page only lists reports: two or more lines each a report's title alone
    (maybe numbered or dated), naming different bodies or years, and no report of its own
    on the page (no sentence, no overview heading: as :func:`~govinfo_nlp.agency.candidates._list_agency`
    asks). A portal's column or a site search's results (titles between snippets, which no
    run of title lines finds) gave its first title's body and year (meta28 i03), or its
    date's year (i04). A report's own part heading on a line of its own (二、主动公开政府信息情况:
    data/metadata.json report_parts) makes it a report: a report in tables only, no sentence,
    under a sidebar of another body's reports was read as that body's list (red28 m06)."""
    if "。" in text or _OVERVIEW.search(text) or _page_words().report_part.search(text):
        return False
    titles: set[tuple[str, str]] = set()
    for start, end in _report_word_lines(text):
        m = _LIST_TITLE.fullmatch(text[start:end].strip())
        if m is not None and not m["link"]:
            titles.add((m["name"], m["year"]))
            if len(titles) >= 2:
                return True
    return False


# A report's title alone on its line, maybe after an attachment's number (附件2：某局2022年…).
_APPENDED_TITLE = re.compile(r"[ \t\u3000]*(?:附件\s*\d*\s*[:：]?\s*)?" + _ANY_TITLE + r"\s*")


def _later_reports(text: str) -> list[tuple[int, int | None]]:
    """The reports ``text`` holds after its first one, each as the start of its title's line
    and the year the title names (None: undated): a report's title alone on its line
    (附件2：某局2022年…年度报告) after a part heading of the first report (二、主动公开政府信息情况…,
    data/metadata.json report_parts), with an overview heading (一、总体情况) after it before
    any other part heading: another report opens there. Its title, statistics period and
    opening are that report's, not the page's: last year's report appended below this
    year's gave its year where this year's heading was lost (red29 a01)."""
    words = _page_words()
    part = words.report_part.search(text)
    if part is None or _OVERVIEW.search(text, 0, part.start()) is None:
        # (the first part is no report of its own, opened by its overview: a notice
        # correcting last year's report's 二、主动公开… above this year's whole report gave
        # the notice's year, 2022, red30 n03)
        return []
    found: list[tuple[int, int | None]] = []
    for start, end in _report_word_lines(text):
        if start < part.end() or _APPENDED_TITLE.fullmatch(text, start, end) is None:
            continue
        opens = _OVERVIEW.search(text, end)
        if opens is None:
            break  # (no report opens below: nor below any later title)
        if words.report_part.search(text, end, opens.start()) is not None:
            continue  # (a part heading first: the title is inside the report, a page's header)
        year = _TITLE_LINE_YEAR.search(text, start, end)
        found.append((start, int(year.group()[:4]) if year else None))
    return found


# The first of numbered attachments (附件1：, 附件一：) opening a line.
_FIRST_ATTACHMENT = re.compile(r"(?:^|\n)[ \t\u3000]*附件\s*[1一]\s*[:：]")


def _first_of_several(
    first: str, lists: Sequence[set[tuple[str, str]]], newer: Sequence[int]
) -> bool:
    """Whether the page's first report (``first``, the text before a later one) is one of
    several it holds with nothing above them telling which is the page's: it is the first of
    numbered attachments (附件1：…), or a list of titles left out above it names a newer
    year of a later report (a document's title and its first report's, two dated lines in a
    row)."""
    if _FIRST_ATTACHMENT.search(first) is not None:
        return True
    return any(int(y) in newer for titles in lists for _, y in titles)


def _own_heading_under(run: list[tuple[int, str, str, bool]]) -> bool:
    """Whether a run of title lines (start, name, year, dated) ends in the page's own heading:
    two or more dated links of one body's reports, then an undated title of the same body
    and a later year than every link's. (A sidebar's list whose last link lacks its date
    names another year, or other bodies, more often than not: the run stays a list.)"""
    if len(run) < 3 or run[-1][3] or not all(dated for *_, dated in run[:-1]):
        return False
    _, name, year, _ = run[-1]
    return all(n == name and y < year for _, n, y, _ in run[:-1])


def read_metadata(
    text: str,
    *,
    script: str = "simplified",
    page_titles: Sequence[str] = (),
    image_titles: Sequence[str] = (),
    page_sources: Sequence[str] = (),
    logo_names: Sequence[str] = (),
) -> tuple[Metadata, tuple[str, ...]]:
    """Metadata of a normalised report, and the warnings found while reading it:
    :func:`read_year`, then :func:`read_agency` of its reading (the pipeline's
    ``metadata`` and ``agency`` stages; the arguments are :func:`read_year`'s)."""
    meta, warned, page = read_year(
        text,
        script=script,
        page_titles=page_titles,
        image_titles=image_titles,
        page_sources=page_sources,
        logo_names=logo_names,
    )
    from .agency import read_agency

    agency, more = read_agency(page)
    return agency_of(meta, agency), warned + more


def agency_of(meta: Metadata, agency: Metadata) -> Metadata:
    """``meta`` (year, dates, index number, script) with the agency ``agency`` reads."""
    return replace(
        meta,
        agency=agency.agency,
        agency_as_written=agency.agency_as_written,
        region=agency.region,
        level=agency.level,
        kind=agency.kind,
    )


@dataclass(frozen=True, slots=True)
class PageReading:
    """What :func:`read_year` made of a page that :func:`read_agency` reads on: its texts
    as the readers see them (the top 8,000 characters, rewritten: no offsets are kept),
    the labelled fields of its head, its titles and the site names its page titles give,
    and the year read."""

    text: str
    head: str
    tail: str
    fields: Mapping[str, str]
    titles: tuple[str, ...]
    sites: tuple[str, ...]
    title_lists: tuple[set[tuple[str, str]], ...]
    top: str  # the text before glosses and lists are cut, whose top lines may name the site
    image_titles: tuple[str, ...]
    page_sources: tuple[str, ...]
    logo_names: tuple[str, ...]
    year: int | None
    script: str
    # The page only lists reports (several bodies' or years', no report of its own): the
    # agency is the list's one body or none (see _lists_reports)
    listing: bool = False


def read_year(
    text: str,
    *,
    script: str = "simplified",
    page_titles: Sequence[str] = (),
    image_titles: Sequence[str] = (),
    page_sources: Sequence[str] = (),
    logo_names: Sequence[str] = (),
) -> tuple[Metadata, tuple[str, ...], PageReading]:
    """The year, publication date, index number and script of a normalised report (its
    agency left null), the warnings found reading them, and the reading
    :func:`read_agency` goes on from. No cue of the year is the agency's: a tables-only
    run pays for none of the agency's reading.

    ``page_titles`` are a saved page's ``<title>``/``<meta>`` titles, normalised:
    cues of last resort, where the article's own heading is cut or shortened.
    ``image_titles`` are its images' alt texts that name a report, normalised:
    read after every other cue, for the agency only (see :func:`_pictured_agency`).
    ``page_sources`` are its ``<meta name="ContentSource">`` values, normalised: read
    last of all, as a 来源 label, where the report calls itself 我局/我委… (see
    :func:`_site_agency`). ``logo_names`` are the alt texts of its banner's images, normalised:
    read after them, as a site's name (never a government's; see :func:`_site_agency`).
    """
    warnings: list[str] = []
    # Only the parts of a page title that are a report's title are read, never
    # the site name beside them (…年度报告_某市人民政府 is often a department's report).
    titles = [p for t in page_titles for p in _PAGE_TITLE_PARTS.split(t) if "报告" in p]
    # The other parts name the site: its owner's area (孝感市人民政府门户网站) may
    # restore a heading's 市应急管理局, and a department's own site may be the one
    # place its name is written (年度报告_孝感市应急管理局 above a 我局 report).
    sites = [p for t in page_titles for p in _PAGE_TITLE_PARTS.split(t) if p and "报告" not in p]
    # A signature (the agency's name over the date) closes the report, past the head.
    tail = text[-_TAIL_REACH:]
    # A scraper's excerpt may end inside the title (…监督管理局2022年政府信息公: meta24 y44
    # read neither agency nor year): the title's words are given back.
    text = _cut_title_completed(text)
    # Years written in Chinese numerals (二〇一九年) read as digits; metadata
    # keeps no offsets, so the rewrite cannot misplace anything.
    text = _CN_YEAR.sub(lambda m: m[1].translate(YEAR_DIGITS) + "年", text[:8000])
    # An OCR'd or retyped year with a letter for a digit (202l年度, 2O22年: meta24 y27 read no
    # title, so no agency) is the year its letters' look-alike digits write.
    text = _LETTER_YEAR.sub(_letter_year, text)
    titles = [_LETTER_YEAR.sub(_letter_year, t) for t in titles]
    # 〇 in a name (一〇三团, 北京一〇一中学) is outside the Han range every name pattern
    # reads: it stands in as a Han character no name holds, and is given back in the
    # names read (meta21 v16, meta22 w20, meta23 x25 were null). (Not in a date's
    # numerals: 二〇二二年一月二十日 under a signature stays a date.)
    text, tail = _zero_stood_in(text), _zero_stood_in(tail)
    titles, sites = [_zero_stood_in(t) for t in titles], [_zero_stood_in(t) for t in sites]
    # (the agency reads a site's name above the title in the text as it is here: top)
    top = text
    # Mirrors that gloss characters with pinyin (區(qū)): the glosses split names.
    text = _PINYIN_GLOSS.sub("", text)
    if script == "traditional":
        # 政府資訊公開 (Taiwan's word, which t2s keeps as 资讯) is 政府信息公开 (meta23 x36)
        for word, simplified in _page_words().traditional_words:
            text = text.replace(word, simplified)
            titles = [t.replace(word, simplified) for t in titles]
    text = _without_dated_above_undated(_without_report_links(text))
    listing = _lists_reports(text)
    text, title_lists = _without_title_lists(text)
    # A related-links list below the report's body (its overview heading or a
    # sentence above) is other reports' titles and agencies: not read. One in a
    # sidebar above the article is left alone, or the article would be lost.
    links = _related_links(text)
    if links and (_OVERVIEW.search(text, 0, links.start()) or "。" in text[: links.start()]):
        text = text[: links.start()]
    head = text[:3000]
    lines = head.splitlines()
    fields = _fields(lines[:40])

    index_no = None
    if "index_no" in fields:
        m = _INDEX.search(fields["index_no"])
        index_no = m.group() if m else None

    published = _date(fields["date"]) if "date" in fields else None
    if published is None:
        m = _date_line(head)
        if m:
            published = _date(m.group(1))
    year_warnings: list[str] = []
    # (the year is the first report's: another appended below it is read for no cue)
    later = _later_reports(text)
    cut = later[0][0] if later else len(text)
    year, cue = _year(text[:cut], head[:cut], published, year_warnings, later)
    newer = sorted({y for _, y in later if y is not None and year is not None and y > year})
    if newer and _first_of_several(text[:cut], title_lists, newer):
        # 附件1：某局2022年…报告 … 附件2：某局2023年…报告 with no title above them (a saved page's
        # heading is in its chrome), or the 2023 title listed above the 2022 one: which of
        # the two is the page's is not told here (2022 was read, meta30 a03/a04)
        year_warnings.append(
            f"metadata.year_conflict: the page holds the report of {year} first, then one of"
            f" {newer[0]}, and no title above them says which is the page's: no year"
        )
        year = None
    found = (
        next(filter(None, (_YEAR_TITLE.search("".join(t.split())) for t in titles)), None)
        if titles
        else None
    )
    if found and (year is None or any(w.startswith(_WEAK_YEAR) for w in year_warnings)):
        year = _title_year(found)
        year_warnings = [f"metadata.year_from_page_title: the page's title gives {year}"]
    elif found and cue == "title" and _title_year(found) != year:
        # The page's own <title> names one year, a title in the text another, and no
        # statistics period settles it: the text's may be a sidebar's list of other
        # reports (点击排行: 2020年…年度报告 above an article the page did not hold);
        # which is stale is not known.
        year_warnings.append(
            f"metadata.year_conflict: the page's title says {_title_year(found)}, a title"
            f" in the text says {year}; no statistics period settles it: no year"
        )
        year = None
    if year is None and image_titles:
        # A title that is only a picture (<img alt="…二〇二三年度政府信息公开工作年度报告">)
        # above a text that says 本年度 and has no date, or one past April (meta25 z39,
        # z42 gave no year): its alt text's year, where every such alt names one year
        # (a gallery of several years' reports names none).
        year = _pictured_year(image_titles)
        if year is not None:
            year_warnings = [f"metadata.year_from_image_title: an image's title gives {year}"]
    if listing and year is not None:
        # a portal's column, a search's results, a page gathering townships' reports (meta28
        # i03, i04): the first title's year, or the page's date, is no report's on it
        year = None
        year_warnings = [
            "metadata.year_missing: the page lists reports of several bodies or years"
            " and holds no report of its own: no year"
        ]
    warnings.extend(year_warnings)
    page = PageReading(
        text,
        head,
        tail,
        fields,
        tuple(titles),
        tuple(sites),
        tuple(title_lists),
        top,
        tuple(image_titles),
        tuple(page_sources),
        tuple(logo_names),
        year,
        script,
        listing,
    )
    return (
        Metadata(None, year, published, index_no, script),
        tuple(w.replace(_ZERO_STAND_IN, _ZERO) for w in warnings),
        page,
    )


# What may come before a related-links heading's word: at most _LINKS_REACH characters.
_LINKS_BEFORE = r"(?:^|\s)[【\[]?"
_LINKS_REACH = 2


def _related_links(text: str) -> re.Match[str] | None:
    """``_page_words().links.search(text)``, scanning only from the first heading word on.

    The full pattern tries every position (its start is a line start or a
    space); its word is one scan of literals. A match starts at most
    _LINKS_REACH characters before its word, so none starts earlier.
    """
    words = _page_words()
    first = words.links_word.search(text)
    if first is None:
        return None
    return words.links.search(text, max(0, first.start() - _LINKS_REACH))


# How far above a counted title a ranked list's heading may stand (a few ranked titles).
_RANKED_REACH = 300


def _ranked(text: str, at: int) -> bool:
    """Whether a ranked list's heading (点击排行) stands above ``at`` with no sentence
    (。) or overview heading between: the counted titles there are its links."""
    before = text[max(0, at - _RANKED_REACH) : at]
    heads = list(_page_words().ranking.finditer(before))
    if not heads:
        return False
    between = before[heads[-1].end() :]
    return "。" not in between and not _OVERVIEW.search(between)


def _own_title(text: str) -> re.Match[str] | None:
    """The first report title that is this report's, not one its text mentions
    (按时公开了2021年政府信息公开工作年度报告 in the 2022 report)."""
    words = _page_words()
    for m in _YEAR_TITLE.finditer(text):
        clause = _CLAUSE_START.split(text[max(0, m.start() - 40) : m.start()])[-1]
        if words.mention.search(clause) and not words.self_announce.search(clause):
            continue
        # (…年度报告 阅读 1236: a list's link to another page, not a heading, where the
        # page's own heading follows it above the body; a heading's own counter (阅读：88
        # under it) with the body next is no link's, and a title below the body is
        # another report's: meta22 probes)
        if not words.view_count.match(text, m.end()):
            return m
        if _ranked(text, m.start()):
            continue  # 点击排行 / 2020年…年度报告 阅读 1236: the list's, however many
        after = next(_YEAR_TITLE.finditer(text, m.end()), None)
        between = text[m.end() : after.start()] if after else ""
        if after is None or "。" in between or _OVERVIEW.search(between):
            return m
    return None


def _title_year(m: re.Match[str]) -> int:
    """The year a title match names (its year, its bracketed year, or the end of its
    academic year)."""
    groups = m.groupdict()
    return int(next(g for g in (groups["year"], groups["year2"], groups.get("ayear")) if g))


def _year(
    text: str,
    head: str,
    published: str | None,
    warnings: list[str],
    later: Sequence[tuple[int, int | None]] = (),
) -> tuple[int | None, str]:
    """The year the statistics cover, from the strongest cue, and that cue (``period``,
    ``title``, ``work``, ``opening``, ``year_end``, ``date``; ``none``); a conflict the
    body does not settle gives None. ``text`` is the page's first report; ``later`` the
    reports appended after it (:func:`_later_reports`)."""
    # A PDF cover's date in Chinese numerals (二〇二四年一月 under the agency), with no day
    # to publish, still dates the report for the cues below (meta24 y26).
    published = published or _cover_date(head)
    # The English patterns try every position (re.I, or an alternation): read
    # only a text holding a word they need (re.I matches j to j and J only).
    window = text[:6000]
    period = _YEAR_PERIOD.search(window) or (
        _YEAR_PERIOD_EN.search(window) if "j" in window or "J" in window else None
    )
    compact = head.replace(" ", "").replace("\t", "").replace("\u3000", "")
    # A title may be wrapped over lines (…公开工作 / 年度报告): read the top joined too.
    title = _own_title(compact) or _own_title(compact[:300].replace("\n", ""))
    title = title or (_YEAR_TITLE_EN.search(head) if "Annual" in head else None)
    title_year = _title_year(title) if title else None
    end = _PERIOD_END.match(window, period.end()) if period else None
    if period and end and int(end["year"]) > int(period["year"]):
        warnings.append(
            f"metadata.year_span: the statistics period runs from {period['year']} to"
            f" {end['year']}: no one year"
        )
        return None, "period"
    if period:
        year = int(period.group("year"))
        if title_year is None or title_year == year:
            return year, "period"
        if later and all(y != title_year for _, y in later):
            # titled one year over reports of others (2023 over 2022's, then 2021's): the
            # title names no report the page holds, and the body's votes count the first
            # report's own year (2022 read, meta30r2 j03): which is the page's, not certain
            warnings.append(
                f"metadata.year_conflict: title says {title_year}, statistics period says {year};"
                " the page holds reports of other years than its title's: no year"
            )
            return None, "period"
        # A copied template leaves one of them stale (田黄镇 calls its 2021 report
        # 2020; another report's period says 2020 under a 2021 title): the year
        # the body's own statements use most decides, else no year.
        body = _BODY_YEAR.findall(text)
        # The title's own mention is not a vote.
        title_votes, period_votes = body.count(str(title_year)) - 1, body.count(str(year))
        conflict = f"metadata.year_conflict: title says {title_year}, statistics period says {year}"
        if _period_of_first_of_two(compact, title, year, title_year, later):
            warnings.append(
                f"{conflict}; the period is the report of {year} the page holds first under"
                f" its own title, and the report of {title_year} follows it: using {title_year}"
            )
            return title_year, "period"
        if period_votes > title_votes:
            warnings.append(f"{conflict}; using {year}")
            return year, "period"
        if title_votes > period_votes:
            warnings.append(f"{conflict}; using {title_year}, the year the report's statements use")
            return title_year, "period"
        # A tie: a report published early in Y+1 covers Y (条例 第五十条) and tells
        # which of the two is stale; else either may be, and a wrong year is worse
        # than none.
        due = int(published[:4]) - 1 if published and int(published[5:7]) <= 4 else None
        if due in (year, title_year):
            warnings.append(f"{conflict}; using {due}, which the publication date {published} fits")
            return due, "period"
        warnings.append(f"{conflict}; nothing else tells which is stale: no year")
        return None, "period"
    if title_year is not None:
        return title_year, "title"
    # A report's title among them (…2021年度政府信息公开工作年度报告) was judged above.
    work = next(
        (m for m in _YEAR_OF_WORK.finditer(compact) if not _REPORT_AFTER.match(compact, m.end())),
        None,
    )
    if work:
        return int(work["year"]), "work"
    # The overview heading may run into its first sentence (一、总体情况 2021年,…).
    # Only above the plans' heading: a sentence under it opens with the next year
    # (五、存在的主要问题及改进情况 … 2020年，我局将…).
    words = _page_words()
    plans = words.plan_heading.search(text, 0, 8000)
    above = text[: plans.start() if plans else 8000]
    opening = re.search(
        # (not a date alone on its line: 2023年1月20日 under a signature)
        # (nor a cover's: 2024年1月, or in Chinese numerals, whose year _CN_YEAR has read:
        # 2024年一月, meta24 y26)
        r"(?:^|\n|。|总体情况)\s*(20\d\d)\s*年(?!\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日|"
        + _CN_MONTH_DAY
        + r"|\d{1,2}\s*月)\s*(?:\n|$))"
        r"\s*(?:度)?\s*[,，]?",
        above,
    ) or _OPENING_EN.search(above)
    # A report covers a year that ended before it was published: a weak cue naming the
    # publication's year or a later one is another year's (a plan, a date) and is passed
    # over (meta21 v35, v36: 2020年，我局将… in a report published in January 2020).
    issued = int(published[:4]) if published else None
    if opening and issued is not None and int(opening[1]) >= issued:
        warnings.append(
            f"metadata.year_passed_over: the opening's {opening[1]} is not before the"
            f" publication date {published}"
        )
        opening = None
    if opening:
        warnings.append(
            f"metadata.year_inferred: no title or statistics period; took {opening[1]}"
            " from the opening sentence"
        )
        return int(opening[1]), "opening"
    # 截至2022年底我局…: the state at the end of the year the report covers.
    year_end = _YEAR_END.search(text[:8000])
    if year_end and issued is not None and int(year_end["year"]) >= issued:
        year_end = None
    if year_end:
        warnings.append(
            f"metadata.year_inferred: no title or statistics period; took {year_end['year']}"
            f" from {year_end.group()!r}"
        )
        return int(year_end["year"]), "year_end"
    # (not on a page that says it reports on part of a year and never that it is the
    # annual report: a quarter's report published in April is that year's, meta21 v34)
    top = head[:300]
    part = words.part_year.search(top) is not None and words.annual.search(top) is None
    if published is not None and int(published[5:7]) <= 4 and not part:
        # Reports are due by the end of January (条例 第五十条) and some come
        # late; published in the first months of Y+1, the report covers Y.
        year = int(published[:4]) - 1
        warnings.append(
            f"metadata.year_from_date: only the publication date {published} tells"
            f" the year; took {year}"
        )
        return year, "date"
    warnings.append("metadata.year_missing: no report year found")
    return None, "none"


def _period_of_first_of_two(
    compact: str,
    title: re.Match[str] | None,
    period_year: int,
    title_year: int,
    later: Sequence[tuple[int, int | None]],
) -> bool:
    """Whether a document titled ``title_year`` holds last year's report first and its own
    after it: a report title naming the period's year stands between the document's title
    and the period (附件1：某局2022年…报告), and one appended report is titled ``title_year``
    (附件2：某局2023年…报告). The period is then the first report's, and the document's title
    names the report it is published as, which it holds whole (formats16 u03, u16: a PDF
    and a DOCX had no year, two titles naming two years)."""
    if title is None or title.string is not compact or [y for _, y in later] != [title_year]:
        return False
    second = next(
        (m for m in _YEAR_TITLE.finditer(compact, title.end()) if _title_year(m) == period_year),
        None,
    )
    period = _YEAR_PERIOD.search(compact, title.end())
    return (
        second is not None
        and period is not None
        and period.start() >= second.end()
        and int(period["year"]) == period_year
    )


# A date's month and day in Chinese numerals (一月二十日), after its year.
_CN_MONTH_DAY = r"[一二三四五六七八九十]{1,3}\s*月(?:\s*[一二三四五六七八九十]{1,3}\s*日)?"
# A cover's date alone on its line: in Chinese numerals (二〇二四年一月, whose year _CN_YEAR
# has read as digits), an official document's date, or a year and month in digits with
# no day (2024年1月). A whole date in digits alone on a line is read as no cover's here
# (a sidebar's list dates its items so: another page's).
_COVER_MONTH = (
    r"(?:(?P<m>[一二三四五六七八九十]{1,2})\s*月(?:\s*[一二三四五六七八九十]{1,3}\s*日)?"
    r"|(?P<md>\d{1,2})\s*月)"
)
_COVER_DATE = re.compile(
    r"^[ \t\u3000]*(?P<y>20\d\d)\s*年\s*" + _COVER_MONTH + r"[ \t\u3000]*$", re.M
)
_CN_MONTHS = {
    m: i
    for i, m in enumerate(
        ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"], 1
    )
}


# _COVER_DATE from its year on: its literal 20 first, so that the engine scans for it
# (the line-start anchor first was tried at every character).
_COVER_YEAR = re.compile(r"20\d\d\s*年\s*" + _COVER_MONTH + r"[ \t\u3000]*$", re.M)


def _cover_search(head: str) -> re.Match[str] | None:
    """``_COVER_DATE.search(head)``: a year found by _COVER_YEAR with only blanks before it
    on its line is where a match of _COVER_DATE starts its line (no other match starts
    inside a found one: its span holds no year of four digits but its own)."""
    for found in _COVER_YEAR.finditer(head):
        start = head.rfind("\n", 0, found.start()) + 1
        if not head[start : found.start()].strip(" \t\u3000"):
            return _COVER_DATE.match(head, start)
    return None


def _cover_date(head: str) -> str | None:
    """The year and month (2024-01) of a date in Chinese numerals alone on a line of
    the head, the first one; None when there is none."""
    m = _cover_search(head)
    month = (int(m["md"]) if m["md"] else _CN_MONTHS.get(m["m"])) if m else None
    return f"{m['y']}-{month:02d}" if m and month and 1 <= month <= 12 else None


def _pictured_year(titles: Sequence[str]) -> int | None:
    """The year of the report titles among images' alt texts (二〇二三年度 read as 2023),
    when they name one year: a whole report title each (_YEAR_TITLE), never a year
    alone; pictures of several years' reports give none."""
    years = set()
    for title in titles:
        compact = _CN_YEAR.sub(lambda m: m[1].translate(YEAR_DIGITS) + "年", "".join(title.split()))
        found = _YEAR_TITLE.search(compact)
        if found is not None:
            years.add(_title_year(found))
    return next(iter(years)) if len(years) == 1 else None


# A report title's last words, which an excerpt cut inside the title lacks.
_TITLE_WORDS = ("政府信息公开工作年度报告", "政务公开工作年度报告")
# A last line that is a title cut after its year: a name, the year, then the cut words.
_CUT_TITLE = re.compile(r"[\u4e00-\u9fff()（）]{2,40}?20\d\d\s*年度?(?P<cut>[\u4e00-\u9fff]{2,11})")


def _cut_title_completed(text: str) -> str:
    """``text`` with its last line completed where the text ends inside a report title
    (no line break after it): a name, a year and the opening words of a title's last
    words (政府信息公 of 政府信息公开工作年度报告), at least two of them."""
    if not text or text.endswith(("\n", "\r")):
        return text
    last = text[text.rfind("\n") + 1 :]
    m = _CUT_TITLE.fullmatch(last.strip())
    if m is None:
        return text
    cut = m["cut"]
    words = next((w for w in _TITLE_WORDS if w.startswith(cut) and w != cut), None)
    return text + words[len(cut) :] if words else text


def __getattr__(name: str) -> Any:
    """The agency's public names (``metadata.read_agency``…), from :mod:`govinfo_nlp.agency`."""
    if name in _AGENCY_NAMES:
        from . import agency

        return getattr(agency, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
