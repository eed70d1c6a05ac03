"""Stages 5 and 6 — metadata (report year, publication date, index number, script:
:func:`read_year`) and agency (agency, as written, region, level, kind: :func:`read_agency`,
which goes on from the year's reading; ``--stages tables`` runs only the first).

Each value comes from the strongest cue available and is ``None`` (with a
warning) rather than a guess: a null beats a wrong value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache, partial
from itertools import chain, groupby, pairwise, product
from types import MappingProxyType
from typing import Any, Final

from .datafiles import load_json
from .errors import DataFileError
from .gazetteer import Division, gazetteer
from .noise import spam_matches
from .normalize import NormalizedText, normalize_text
from .quantities.numerals import YEAR_DIGITS

# A page title joins the report's title and the site's name with these.
# (…年度报告-佛山市顺德区人民政府网站: a hyphen between two words, never between
# digits: 2021-2022学年)
_PAGE_TITLE_PARTS = re.compile(
    r"\s*(?:[_|｜]|\s[-—–]+\s|——|(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff]))\s*"
)
# Year cues weaker than a report title that names its year: a page title wins over them.
_WEAK_YEAR = ("metadata.year_missing", "metadata.year_inferred", "metadata.year_from_date")

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
    )


_DATE = re.compile(
    r"(?P<y>20\d\d)\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})\s*日?"
)
_INDEX = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/_.]{4,}")
# _TITLE_AFTER and _TITLE_TOPIC_FIRST read a name of at most _TITLE_REACH
# characters (4 more where 人民政府 ends it) at every position, then their tail:
# a match is looked for only where its tail follows (see _anchored).
_TITLE_REACH = 40
_TITLE_AFTER_TAIL = re.compile(
    # A school's report covers an academic year (2021-2022学年…年度报告).
    r"\s*(?:20\d\d\s*[-—–－~～至/]\s*20\d\d\s*学年\s*度?"
    r"|(?P<year>20\d\d)\s*(?:年\s*度?|(?=政府信息)))\s*"
    r"(?:政府)?(?:信息公开|政务公开|政府信息)[^\n。,，《》]{0,12}?(?:报告|年报|落实情况)"
)
_TITLE_AFTER = re.compile(r"(?P<agency>[\u4e00-\u9fff()（）]{2,40}?)" + _TITLE_AFTER_TAIL.pattern)
_TITLE_BEFORE = re.compile(
    r"(?P<year>20\d\d)\s*年\s*度?\s*"
    # 合水镇人民政府信息公开工作年度报告: 政府 belongs to the name and to the topic.
    r"(?P<agency>[\u4e00-\u9fff()（）]{2,40}?人民政府(?=信息公开)|[\u4e00-\u9fff()（）]{2,40}?)\s*的?"
    r"(?:政府信息公开|政务公开|信息公开)(?=[^。\n]{0,16}(?:报告|年报))"
)
# 文化和旅游部政府信息公开工作2021年度报告: the topic before the year (和田县吾宗肖乡
# 人民政府信息公开工作 / 2023年度报告: 政府 belongs to the name and to the topic).
_TITLE_TOPIC_FIRST_TAIL = re.compile(
    r"(?:政府信息公开|政务公开|信息公开)工作\s*(?P<year>20\d\d)\s*年度?报告"
)
_TITLE_TOPIC_FIRST = re.compile(
    r"(?P<agency>[\u4e00-\u9fff()（）]{2,40}?人民政府(?=信息公开)|[\u4e00-\u9fff()（）]{2,40}?)"
    + _TITLE_TOPIC_FIRST_TAIL.pattern
)
# _TITLE_AFTER, _TITLE_BEFORE and _TITLE_TOPIC_FIRST name the topic with one of
# these, the year with 20 and the report with one of _TITLE_ENDS (a test holds
# them to it): a line without them is matched by none of the three, which try
# every position and up to 40 name characters from each.
_TITLE_TOPICS = re.compile("信息公开|政务公开|政府信息")
_TITLE_ENDS = ("报告", "年报", "落实情况")
_OVERVIEW = re.compile(r"一\s*[、.．]\s*(?:总体情况|概述|基本情况)")
# (…农业农村局关于政府信息公开工作情况的报告: a report on the work, named so; meta21 v34)
_TITLE_NO_YEAR = re.compile(
    r"(?P<agency>[\u4e00-\u9fff()（）]{2,40}?人民政府(?=信息公开)|[\u4e00-\u9fff()（）]{2,40}?)"
    r"(?:关于)?的?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:情况的?)?(?:年度)?(?:报告|年报)"
)
# A notice that carries a report (某市人民政府办公室关于印发某市人民政府政府信息公开工作
# 年度报告的通知): the report's title is the one after 印发/转发 (meta20 u43: a notice
# without a year named its agency nowhere else).
_NOTICE = re.compile(r"[\u4e00-\u9fff()（）]{2,40}?关于(?:印发|转发)《?(?P<title>.+?)》?的通知")
# A title naming the disclosure work rather than a report (鼓楼区人民政府办公室2021年
# 上半年政府信息公开工作情况, …工作总结): read only as a whole line at the top, where no
# report title names the agency, and never from a list of such lines (other pages').
_WORK_TITLE = re.compile(
    r"(?P<agency>[\u4e00-\u9fff()（）]{2,40}?)的?"
    r"(?P<year>20\d\d)\s*年\s*度?(?:上半年|下半年|第[一二三四]季度)?"
    r"(?:政府信息公开|政务公开|信息公开)工作(?:情况|总结)"
)
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


def _anchored(
    pattern: re.Pattern[str],
    tail: re.Pattern[str],
    reach: int,
    text: str,
    *,
    spaced: bool = False,
    first: re.Pattern[str] | None = None,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, each match looked for only from ``reach`` characters
    before the next match of ``tail`` on.

    ``tail`` is a part every match of ``pattern`` holds, at most ``reach``
    characters after the match's start; with ``spaced``, at most ``reach``
    characters after a first character and any spaces (a cue's punctuation,
    spaces, then a name). No match starts earlier, so none is missed; and a
    pattern that reads a name of up to ``reach`` characters at every position
    is tried only where its tail (a literal, found by a fast scan) is near.
    The pattern must match no empty string.

    With ``first`` (a class of the characters a match opens with, the text's start
    aside), the pattern is tried only at those characters between ``reach`` before
    a tail and the tail: a tail with no match near it costs those few tries, where
    a search from it ran on to the next match (to the text's end when there was
    none). A match starting later holds a later tail, the tail being no part of
    the name, spaces or mark before it (each tail opens with a Han character the
    name class holds and the mark class does not: see _cue_matches).
    """
    pos = 0
    while (found := tail.search(text, pos)) is not None:
        at = found.start()
        start = at - reach
        if spaced:
            while start > pos and text[start - 1].isspace():  # str.isspace() is re's \s
                start -= 1
            start -= 1
        if first is None:
            m = pattern.search(text, max(pos, start))
            if m is None:
                return
            yield m
            pos = m.end()
            continue
        low = max(pos, start)
        places = [f.start() for f in first.finditer(text, low, at + 1)]
        if low == 0 and places[:1] != [0]:
            places.insert(0, 0)  # (the text's start: a pattern's ^)
        for place in places:
            m = pattern.match(text, place)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = at + 1  # no match starts up to this tail


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


# A title's year in brackets after it: …年度报告（2022年度）.
_YEAR_AFTER_TITLE = re.compile(r"\s*[(（]\s*20\d\d\s*年?度?\s*[)）]\s*$")
# How far from the end a signature is looked for.
_TAIL_REACH = 1200
_SIGNATURE = re.compile(
    r"(?:^|\n)[ \t\u3000]*(?P<agency>[\u4e00-\u9fff()（）]{4,40})[ \t\u3000]*\n\s*"
    r"(?:20\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|20\d\d[-/.]\d{1,2}[-/.]\d{1,2}"
    # an official document dates its signature in Chinese numerals: 二〇二二年一月二十日
    r"|[〇○零一二][〇○零一二三四五六七八九]{3}\s*年\s*[一二三四五六七八九十]{1,2}\s*月"
    r"\s*[一二三四五六七八九十]{1,3}\s*日)[ \t\u3000]*(?=\n|$)"
)
# One line of a list of reports (相关阅读 above the article; 上一篇 / 下一篇): a
# report's title alone, maybe with a bullet and a date.
_LIST_TITLE = re.compile(
    r"[·•\-*>\d.、\s]*(?P<link>(?:上一?篇|下一?篇|上一条|下一条)\s*[:：]?\s*)?(?P<name>[\u4e00-\u9fff()（）]{0,40}?)\s*(?P<year>20\d\d)\s*年\s*度?\s*"
    r"(?:政府)?(?:信息公开|政务公开|政府信息)[^\n。,，《》]{0,12}?(?:报告|年报)"
    r"\s*(?:[(（\[]?20\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?[)）\]]?)?"
)


_REPORT_WORD = re.compile("报告|年报")


def _without_title_lists(text: str) -> tuple[str, list[set[tuple[str, str]]]]:
    """``text`` without lists of other reports' titles: two or more lines in a row,
    each a report's title alone, naming different agencies or years (a related-reading
    list scraped above the heading would give its first item as the title); and
    without a 上一篇/下一篇 link to another report. Also the lists left out, each as
    its (name, year) pairs."""
    drop: list[int] = []  # the start offsets of the lines to leave out
    runs: list[list[tuple[int, str, str]]] = []  # title lines in a row: start, name, year
    end = last_end = -1
    # Only a line holding 报告/年报 can be a title: found by one scan, not line by line.
    for hit in _REPORT_WORD.finditer(text):
        if hit.start() < end:
            continue  # a line already read
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.start())
        end = len(text) if end < 0 else end
        m = _LIST_TITLE.fullmatch(text[start:end].strip())
        if m is None:
            continue
        if m["link"]:  # 上一篇：… / 下一篇：… is another report's title even alone
            drop.append(start)
            continue
        if not runs or start != last_end + 1:
            runs.append([])
        runs[-1].append((start, m["name"], m["year"]))
        last_end = end
    lists = []
    for run in runs:
        if len(run) >= 2 and len(titles := {(name, year) for _, name, year in run}) >= 2:
            drop.extend(start for start, _, _ in run)
            lists.append(titles)
    if not drop:
        return text, lists
    dropped = {text.count("\n", 0, start) for start in drop}
    return "\n".join(ln for k, ln in enumerate(text.split("\n")) if k not in dropped), lists


def _list_agency(text: str, lists: list[set[tuple[str, str]]]) -> str | None:
    """The agency of a page that only lists its reports (…卫生健康局2022年…年度报告,
    …2021年…, …): one list, one name, at least two years, and no report of its own on
    the page (no sentence, no overview heading): a list of several agencies' reports
    (a portal's column) or one beside a report (a sidebar of other years) names none."""
    if len(lists) != 1 or "。" in text or _OVERVIEW.search(text):
        return None
    names = {name for name, _ in lists[0]}
    if len(names) != 1 or len({year for _, year in lists[0]}) < 2:
        return None
    name, spam = _clean_agency(next(iter(names)))
    return None if spam else name


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
    year, cue = _year(text, head, published, year_warnings)
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
    )
    return (
        Metadata(None, year, published, index_no, script),
        tuple(w.replace(_ZERO_STAND_IN, _ZERO) for w in warnings),
        page,
    )


def read_agency(page: PageReading) -> tuple[Metadata, tuple[str, ...]]:
    """The agency of a page :func:`read_year` read (agency, as written, region, level,
    kind; its other fields null), and the warnings found reading it."""
    text, head, tail, fields, year = page.text, page.head, page.tail, page.fields, page.year
    titles, title_lists = page.titles, list(page.title_lists)
    # A text scrape keeps its site's name as a line above the title (青岛市市北区人民政府 /
    # 当前位置… / 合肥路街道办事处2022年…: meta24 y12 kept the street's name bare): such a
    # line is a site's name as a page title's part is.
    sites = [*page.sites, *_site_lines(page.top)]
    image_titles, page_sources, logo_names = page.image_titles, page.page_sources, page.logo_names
    warnings: list[str] = []
    own = _self_tails(head)
    as_written, spam = _agency(head, fields, own, tail)
    if as_written is None and titles:
        as_written, title_spam = _agency("\n".join(titles), {}, own)
        spam = spam or title_spam
        if as_written is not None:
            warnings.append(f"metadata.agency_from_page_title: {as_written!r}")
    if as_written is None and own is not None:
        as_written = _site_agency(sites, own)
        if as_written is not None:
            warnings.append(f"metadata.agency_from_page_title: {as_written!r} (the site's name)")
    if as_written is None and own is not None:
        # The site's owner as its footer names it (主办单位：阜阳市生态环境局), read as its
        # name in the page title is (meta19 t25): one owner, never a government's.
        hosts = {m["name"] for m in _HOST.finditer(tail)}
        as_written = _site_agency(sorted(hosts), own) if len(hosts) == 1 else None
        if as_written is not None:
            warnings.append(f"metadata.agency_from_site_owner: {as_written!r} (主办 in the footer)")
    if as_written is None and year is not None and image_titles:
        as_written = _pictured_agency(image_titles, year, own)
        if as_written is not None:
            warnings.append(f"metadata.agency_from_image_title: {as_written!r}")
    if as_written is None and own is not None and len(set(page_sources)) == 1:
        # <meta name="ContentSource" content="淮安市淮安区教育体育局"> above a 我局 report that
        # names itself nowhere (meta19 t35); as a site's name, never a government (the
        # portal's owner), and only of the kind the report calls itself
        as_written = _site_agency(page_sources, own)
        if as_written is not None:
            warnings.append(f"metadata.agency_from_page_source: {as_written!r} (ContentSource)")
    if as_written is None and own is not None and len(set(logo_names)) == 1:
        # <img alt="宁德市蕉城区农业农村局"> in the banner of a 我局 report that names itself
        # nowhere (meta20 u34): the site's owner, read as its name in the page title is
        # (a portal's government never; one logo name; the kind the report calls itself)
        as_written = _site_agency(logo_names, own)
        if as_written is not None:
            warnings.append(f"metadata.agency_from_logo: {as_written!r} (the banner's image)")
    if as_written is None and year is None:
        as_written = _list_agency(text, title_lists)
        if as_written is not None:
            warnings.append(f"metadata.agency_from_list: {as_written!r} (a list of its reports)")
    other = _other_area(as_written, head) if as_written is not None else None
    if other is not None:
        # 吴兴区住房和城乡建设局 in the title, 现公布南浔区住房和城乡建设局… and its contact in
        # the preamble (a copied template, meta21 v38): which district's, not certain.
        warnings.append(
            f"metadata.agency_conflict: the page names {as_written!r} and, as this report's,"
            f" {other!r}; agency left null"
        )
        as_written = None
    if spam:
        warnings.append(f"spam: injected text where the agency's name should be: {spam!r}")
    agency = region = level = kind = None
    if as_written is None:
        warnings.append(
            "metadata.agency_missing: agency name not found"
            + (" (the name in the title is spam)" if spam else "")
        )
    else:
        # the page title may restore the area; the pieces are joined by a stop, so that no
        # area on the last line of one reads as written above the next's name (a footer's
        # 地址：福州市鼓楼区 above the appended title 鼓楼区民政局…)
        context = "\n。\n".join([text, tail, *titles])
        agency, region, level, kind, more = _describe(as_written, context, sites)
        warnings.extend(more)
        whole = _issuer_whole(as_written, fields) if agency is not None and region is None else None
        if whole is not None:
            # 江北新区教育和社会保障局 in the title, 发布机构：南京江北新区管理委员会教育和社会保障局
            full, full_region, full_level, full_kind, more = _describe(whole, context, sites)
            if full is not None and full_region is not None:
                agency, region, level, kind = full, full_region, full_level, full_kind
                warnings.extend(more)
    if agency is not None:
        # Brackets inside a canonical name are full-width, as the state writes names (杭州
        # 高新开发区（滨江）市场监督管理局): the normalised text's half-width ones gave
        # another string for the same body than its heading's (meta25 z27), as the zone's
        # name already was (中国（上海）自由贸易试验区…, _describe).
        agency = agency.replace(_ZERO_STAND_IN, _ZERO).translate(_FULL_WIDTH_BRACKETS)
    if as_written is not None:
        as_written = as_written.replace(_ZERO_STAND_IN, _ZERO)
    return Metadata(agency, None, None, None, page.script, as_written, region, level, kind), tuple(
        w.replace(_ZERO_STAND_IN, _ZERO) for w in warnings
    )


_FULL_WIDTH_BRACKETS = str.maketrans("()", "（）")


# A site's owner in its footer (主办单位：某局　承办：某局办公室): the name ends before the
# next label (承办, 协办, 地址…) or at the first character that is no name's.
_HOST = re.compile(
    r"主办(?:单位)?\s*[:：]\s*(?P<name>[\u4e00-\u9fff()（）]{2,40}?)"
    r"(?=承办|协办|技术支持|运维|地址|联系|电话|网站|邮编|[^\u4e00-\u9fff()（）]|$)"
)


# How many times OCR'd text must write an agency's name for the name to stand: a misread
# character (沧州市 read 论州市, 六盘水市 read 六盟水市) is seldom misread the same way in
# the title's large type and the body's small type.
_OCR_TIMES = 2


def ocr_confirmed(meta: Metadata, text: str) -> tuple[Metadata, tuple[str, ...]]:
    """``meta`` of a document whose title page OCR read (a scan), with its agency kept only
    where the reading is confirmed: the name (as written, or canonical) written at least
    _OCR_TIMES times in ``text`` (spaces aside: OCR puts them between characters) and an
    area the gazetteer knows (a region read; or a national body). Else the agency and what
    it gives (as written, region, level, kind) are withheld, with a warning: OCR misreads a
    character now and then, and a misread city is another area's agency (formats5 h03
    read 论州市运河区交通运输局; a fixture's 六盘水市 is read 六盟水市), a wrong value where
    a null is safe. Tables' OCR'd cells are kept by the same rule: only where confirmed."""
    if meta.agency is None:
        return meta, ()
    compact = "".join(text.split())
    names = {meta.agency, meta.agency_as_written or meta.agency}
    times = max(compact.count("".join(name.split())) for name in names)
    if times >= _OCR_TIMES and (meta.region is not None or meta.level == "national"):
        return meta, ()
    why = (
        "its area is no division the gazetteer knows"
        if times >= _OCR_TIMES
        else (f"its name is written {times} time(s)")
    )
    warning = (
        f"metadata.agency_ocr_unconfirmed: {meta.agency!r} was read by OCR and {why}; a"
        " misread character would name another body: agency left null"
    )
    withheld = replace(
        meta, agency=None, agency_as_written=None, region=None, level=None, kind=None
    )
    return withheld, (warning,)


# The longest form one character of a name takes in a page's source: an HTML character
# reference (&#x2F8FF;, &#194560;: 9 and 10), a character with a variation selector.
_OWN_FORM = 10


def written_form(name: str, norm: NormalizedText, titles: Sequence[str] = ()) -> str:
    """``name``, read from the normalised (Simplified) text, in the characters the
    document writes it with (SCHEMA §1 ``agency_as_written``: 南海區人民政府辦公室 on a
    Traditional page): its first place in ``norm.text``, blanks or pinyin glosses
    between its characters allowed (a letter-spaced title, 區(qū)), mapped back to ``norm.original``
    character by character through the offsets map; else its place in one of the
    page's raw ``titles``. ``name`` itself where it is found nowhere, or where what
    is found does not normalise back to it (a character of the map that is a tag,
    an entity): never a form the document does not hold."""
    traditional = norm.script == "traditional"
    search = partial(_gapped_search, name=name)
    m = search(norm.text)
    if m is not None:
        pieces = []
        j = 0  # the name's next character
        for i in range(*m):
            ch = norm.text[i]
            if j < len(name) and ch == name[j]:
                j += 1
                lo, hi = norm.to_original(i, i + 1)
                # a character's span runs on to the next one's start over any tag
                # between them (市<b>): its shortest head that reads as it, among the
                # heads a character's own form can be (not every head of a span run
                # over thousands of tags: a normalisation each, quadratic in the span)
                piece = norm.original[lo:hi]
                head = (
                    piece[:k]
                    for k in range(1, min(len(piece), _OWN_FORM + 1))
                    if normalize_text(piece[:k], traditional=traditional) == ch
                )
                pieces.append(next(head, piece))
        found = "".join(pieces)
        if normalize_text(found, traditional=traditional) == name:
            return found
    for title in titles:
        # a title normalised character for character (no phrase changed length)
        folded = normalize_text(title, traditional=traditional)
        m = search(folded) if len(folded) == len(title) else None
        if m is not None:
            found = "".join(title[m[0] : m[1]].split())
            if normalize_text(found, traditional=traditional) == name:
                return found
    return name


# _PINYIN_GLOSS's parts, for _gapped_search (tests/test_metadata_written.py holds them to it).
_GLOSS_OPEN, _GLOSS_CLOSE, _GLOSS_LONGEST = "(（", ")）", 6
_GLOSS_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü")
# Past this many places where a name may start, its pattern is compiled and searched
# in C (a compile is ~2.5 ms; a huge page may hold its first character everywhere).
_BY_HAND = 200


def _gapped_search(text: str, name: str) -> tuple[int, int] | None:
    """``(start, end)`` of the first match in ``text`` of ``name`` with blanks or pinyin
    glosses between its characters, as the pattern ``(?:\\s|<gloss>)*`` joined between
    them (re.escape'd) finds it, or ``None``. Found by hand, without compiling that
    pattern: a compile took ~2.5 ms, once for each agency name on a Traditional page,
    new to the process on every page (an eighth of a tables-only run over new reports).
    A name holding a blank (whose gaps may run inside a long blank run), or a page
    holding its first character more than _BY_HAND times, goes to the compiled pattern;
    a bracketed name (…局（…林业局）) is found by hand too."""
    if not name:
        return 0, 0
    first = name[0]
    if text.count(first) > _BY_HAND or any(ch.isspace() for ch in name):
        gap = f"(?:\\s|{_PINYIN_GLOSS.pattern})*"
        m = re.compile(gap.join(map(re.escape, name))).search(text)
        return None if m is None else m.span()
    start = text.find(first)
    while start >= 0:
        end = _gapped_from(text, name, 1, start + 1)
        if end is not None:
            return start, end
        start = text.find(first, start + 1)
    return None


def _gapped_from(text: str, name: str, j: int, at: int) -> int | None:
    """Where ``name[j:]`` ends matched from ``at`` (a gap before each character), as the
    pattern would: each gap as long as it can be first (greedy), then shorter."""
    if j == len(name):
        return at
    for stop in reversed(_gap_stops(text, at)):
        if stop < len(text) and text[stop] == name[j]:
            end = _gapped_from(text, name, j + 1, stop + 1)
            if end is not None:
                return end
    return None


def _gap_stops(text: str, at: int) -> list[int]:
    """Where a run of blanks and pinyin glosses from ``at`` can end, nearest first: the
    run is a chain (a blank, or a gloss, whose end is fixed: its letters hold no bracket)."""
    stops = [at]
    n = len(text)
    while at < n:
        if text[at].isspace():
            at += 1
        elif text[at] in _GLOSS_OPEN:
            k = at + 1
            while k < n and k - at <= _GLOSS_LONGEST and text[k] in _GLOSS_LETTERS:
                k += 1
            if k == at + 1 or k >= n or text[k] not in _GLOSS_CLOSE:
                break
            at = k + 1
        else:
            break
        stops.append(at)
    return stops


@dataclass(frozen=True, slots=True)
class _Words:
    heads: tuple[str, ...]
    title_heads: tuple[str, ...]  # 有限公司: a name's ending read from a title only
    ministry: tuple[str, ...]
    fragments: re.Pattern[str]
    leading: re.Pattern[str]
    generic: frozenset[str]
    titled_governments: dict[str, str]  # 市政府 before a title's year → 市人民政府
    level_words: dict[str, str]
    not_level: tuple[str, ...]
    national: frozenset[str]
    national_government: frozenset[str]  # 国务院办公厅: kind government
    national_short: dict[str, str]  # 国家发展改革委 → 国家发展和改革委员会
    macro_regions: tuple[str, ...]  # 华东 of 中国民用航空华东地区管理局: no division
    zone_divisions: frozenset[str]  # 苏州工业园区: listed as a division, run by a 管委会
    government_tails: frozenset[str]
    government_full: dict[str, str]  # 政府办公室 → 人民政府办公室: a government's tail in full
    short_form_blockers: frozenset[str]
    abbreviations: tuple[tuple[str, str], ...]
    spelled_out: tuple[tuple[str, tuple[str, ...]], ...]
    opener: re.Pattern[str]
    vertical: tuple[str, ...]
    state_prefix: str  # 中华人民共和国 of 中华人民共和国宁波海关
    unlevelled: tuple[str, ...]
    academies: tuple[str, ...]
    branches: dict[str, tuple[str, ...]]  # parent → branch words, longest parents first
    implied_parent: dict[str, str]  # branch word → the one parent it belongs to
    implied_not: tuple[str, ...]
    corps: str
    corps_short: str  # 兵团 of 兵团民政局: the Corps' own short form
    corps_code: str
    corps_heads: tuple[str, ...]
    self_reference: dict[str, list[str]]
    self_words: tuple[re.Pattern[str], ...]  # the keys of self_reference, by first character
    name_words: re.Pattern[str]  # name words holding a fragment's character (公共)
    zones: tuple[str, ...]  # a zone's last words (高新区): no people's government
    dispatched_short: tuple[str, ...]  # 苏州市吴江生态环境局: named with the short county
    bracketed_zone: re.Pattern[str]  # 中国（上海）自由贸易试验区: the province in brackets
    party_prefix: tuple[str, ...]  # 中共 of 中共南通市委网信办: kept before the area
    party_committee: str  # 委 after the area: the area's party committee runs the body


@lru_cache(maxsize=1)
def _words() -> _Words:
    raw = load_json("data/agency.json")
    self_reference = {k: v for k, v in raw["self_reference"].items() if k != "_doc"}
    levels = {
        w: level
        for level, ws in raw["level_words"].items()
        if not level.startswith("_")
        for w in ws
    }
    return _Words(
        heads=tuple(sorted(raw["heads"]["words"], key=len, reverse=True)),
        title_heads=tuple(sorted(raw["title_heads"]["words"], key=len, reverse=True)),
        ministry=tuple(raw["heads"]["ministry"]),
        fragments=re.compile("|".join(map(re.escape, raw["fragment_words"]["words"]))),
        leading=re.compile(
            "^.*(?:" + "|".join(map(re.escape, raw["leading_verbs"]["words"])) + ")"
        ),
        generic=frozenset(raw["generic"]["words"]),
        titled_governments=dict(raw["titled_governments"]["forms"]),
        level_words=dict(sorted(levels.items(), key=lambda kv: -len(kv[0]))),
        not_level=tuple(raw["level_words"]["_not"]),
        vertical=tuple(raw["vertical"]["words"]),
        state_prefix=raw["vertical"]["state_prefix"],
        unlevelled=tuple(raw["unlevelled"]["words"]),
        academies=tuple(raw["unlevelled"]["not"]),
        branches={
            parent: tuple(sorted(ends, key=len, reverse=True))
            for parent, ends in sorted(
                raw["vertical_parents"]["parents"].items(), key=lambda kv: -len(kv[0])
            )
        },
        implied_parent={
            k: v for k, v in raw["vertical_parents"]["implied"].items() if not k.startswith("_")
        },
        implied_not=tuple(raw["vertical_parents"]["implied_not"]),
        corps=raw["corps"]["prefix"],
        corps_short=raw["corps"]["short"],
        corps_code=raw["corps"]["province_code"],
        corps_heads=tuple(raw["corps"]["heads"]),
        self_reference=self_reference,
        # One pattern per first character (我…, 本…), each led by that literal,
        # which re scans for far faster than for the alternation's set of them.
        self_words=tuple(
            re.compile(re.escape(first) + "(?:" + "|".join(re.escape(w[1:]) for w in group) + ")")
            for first, group in groupby(
                sorted(self_reference, key=lambda w: w[0]), key=lambda w: w[0]
            )
        ),
        national=frozenset(raw["national"]["words"]),
        national_government=frozenset(raw["national"]["government"]),
        national_short={
            k: v for k, v in raw["national_short"]["forms"].items() if not k.startswith("_")
        },
        macro_regions=tuple(raw["macro_regions"]["words"]),
        zone_divisions=frozenset(raw["zones"]["divisions"]),
        name_words=re.compile("|".join(map(re.escape, raw["name_words"]["words"]))),
        zones=tuple(sorted(raw["zones"]["words"], key=len, reverse=True)),
        dispatched_short=tuple(raw["dispatched_short"]["words"]),
        bracketed_zone=re.compile(
            r"中国[(（](?P<area>[\u4e00-\u9fff]{2,8})[)）](?:"
            + _alternation(raw["zones"]["bracketed"])
            + ")"
        ),
        party_prefix=tuple(sorted(raw["party_prefix"]["words"], key=len, reverse=True)),
        party_committee=raw["party_prefix"]["committee"],
        government_tails=frozenset(raw["government_tails"]["words"]),
        government_full=dict(raw["government_tails"]["full"]),
        short_form_blockers=frozenset(raw["short_form_blockers"]["chars"]),
        abbreviations=tuple((a, b) for a, b in raw["abbreviations"]["pairs"]),
        spelled_out=tuple((a, tuple(b)) for a, b in raw["spelled_out"]["pairs"]),
        opener=re.compile(
            # The subject of the opening sentence: right after the overview
            # heading, or after a leading year (2021年度,结合工作实际,海口市财政局
            # 坚持…; a short clause between them is skipped only when no name
            # follows the year). Elsewhere a line's subject may be any agency.
            rf"(?:(?:总体情况|概述)[)）]?\s*(?:{_LEAD_YEAR})?|(?:^|。)\s*{_LEAD_YEAR})"
            rf"(?P<agency>{_NAME})(?:"
            + "|".join(map(re.escape, sorted(raw["opener_verbs"]["words"], key=len, reverse=True)))
            + ")",
            re.M,
        ),
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


_NAME = r"[\u4e00-\u9fff()（）]{2,40}?"
_NAME_REACH = 40
# What follows the name in the second "compiled" cue (由…编制 aside), which tries
# every punctuation mark with every name length: its matches are looked for
# only where this is near (_anchored).
# (官桥镇人民政府编写本镇2021年度…报告: 编写 as 编制; paraphrase18 g01 null)
_COMPILED_TAIL = r"(?:编制了?|编写了?|现向社会公开|现将|特?发布)[^。\n]{0,20}?(?:20\d\d|本)"
# The fifth cue (…依据《…》…编写本报告) is read the same way, near the law it names; the
# marks each of the two opens with (a match starts at one of them or at the text's start,
# which _anchored tries alone).
_BY_LAW_TAIL = r"(?:依据|依照|根据|按照)《"
_COMPILED_MARK = r"[,，。、)）\n]"
_BY_LAW_MARK = r"[,，。、;；\n]"
_LEAD_YEAR = r"20\d\d\s*年度?\s*[,，]?\s*(?:[^。\n,，]{1,12}[,，]\s*)??"
# Cues that state the reporting agency, strongest first. Each names the
# agency in a slot whose left edge is a line start, a label or a verb.
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("compiled", re.compile(rf"由(?P<agency>{_NAME})(?:组织|负责)?(?:编制|按照|根据|依据|制作)")),
    (
        "compiled",
        re.compile(rf"(?:^|{_COMPILED_MARK})\s*(?P<agency>{_NAME}){_COMPILED_TAIL}"),
    ),
    # 现公布某局政府信息公开工作年度报告: a title announced without its year.
    (
        "compiled",
        re.compile(
            rf"(?:现公布|现予公布|现公开|现发布|现将)(?P<agency>{_NAME})(?:本|20\d\d\s*)?年?度?"
            r"(?:政府信息公开|政务公开)"
        ),
    ),
    # 编制单位为祁阳市人民政府办公室; 三台县人民政府办公室依据《…条例》(国务院令第711号)编写本报告: the
    # compiler named as such, before the opening sentence's subject (2023年,祁阳市按照…: the
    # whole area, whose name alone reads as its government; paraphrase18 g03, g04 WRONG)
    (
        "compiled",
        re.compile(rf"(?:编制|编写)单位\s*(?:为|是|[:：])\s*(?P<agency>{_NAME})(?=[。，,；;\n]|$)"),
    ),
    (
        "compiled",
        re.compile(
            rf"(?:^|{_BY_LAW_MARK})\s*(?P<agency>{_NAME}){_BY_LAW_TAIL}[^》\n]{{1,60}}》"
            r"(?:[(（][^)）\n]{0,20}[)）])?(?:的?(?:有关)?(?:规定|要求))?[,，]?(?:编制|编写)了?本报告"
        ),
    ),
    ("contact", re.compile(rf"(?:请|可)与(?P<agency>{_NAME})(?:联系|办公室联系)")),
    ("download", re.compile(rf"电子版可?在(?P<agency>{_NAME})(?:门户)?(?:网站|[(（]http|政府网)")),
    ("compiled", re.compile(rf"全文包括(?P<agency>{_NAME})(?:政府信息公开|政务公开|信息公开)")),
)
_COMPILED_TAIL_RE = re.compile(_COMPILED_TAIL)
_BY_LAW_TAIL_RE = re.compile(_BY_LAW_TAIL)
_COMPILED_MARK_RE = re.compile(_COMPILED_MARK)
_BY_LAW_MARK_RE = re.compile(_BY_LAW_MARK)
# The agency's own disclosure documents, quoted where the report says what it
# published (我局…公开了《北京市人力资源和社会保障局政府信息公开主动公开全清单》):
# a name of last resort, taken only where the report calls itself 我局/我委… and
# the name ends so (a superior's notice is 《关于…》, not a disclosure list).
_OWN_DOCUMENT = re.compile(
    rf"(?:公开|发布|更新|编制|修订|制定|印发)了?《(?P<agency>{_NAME})"
    r"(?:政府信息公开|信息公开)(?:指南|目录|清单|主动公开|工作年度报告)"
)
# A 来源 label may name the site's owner (the area's government) rather than the
# department: it comes after the text's own statements and the opening sentence.
# A contact block's label (咨询单位：某区公安分局) names the agency or its office, which
# is read as the agency (a bureau's 办公室 is cut); so does a contact sentence's label
# (如有疑问，请联系：温州市供销合作社联合社办公室，电话…; meta23 x29 was null).
_LABEL = re.compile(
    r"(?:发布机构|发文机构|发文单位|发布单位|信息来源|来源|咨询单位|联系单位|请联系)\s*[:：]\s*"
    r"(?P<agency>[^\s|:：，,。；;]{2,40})"
)
# A proper area name inside an agency's name (洪江区交通运输局, 苏银产业园管理委员会):
# the name is complete even when the gazetteer does not list the area. 城市,
# 城乡 and 乡村 are words, not areas; an area word followed by a county's or
# city's word ends no area (海州区, 沙市区, 东乡县, 景德镇市; 镇市场监管所 is the
# township's).
_AREA_GOES_ON = r"(?![县区州旗]|市(?!场))"
_TOWN_END = rf"(?:镇|(?<!城)乡(?!村|镇)){_AREA_GOES_ON}"
_AREA_WORD = re.compile(
    r"^[\u4e00-\u9fff]{1,8}?(?:省|(?<!城)市|区|县|州|盟|旗|镇|(?<!城)乡(?!村|镇)|街道|苏木|产业园|工业园)"
    + _AREA_GOES_ON
)
# An agency word before the area word (公安局船山区分局: the city's name dropped).
_AGENCY_IN_AREA = re.compile(r"[局委厅办院署]")


def _area_word(name: str) -> re.Match[str] | None:
    m = _AREA_WORD.match(name)
    return None if m is None or _AGENCY_IN_AREA.search(m.group()) else m


# The longest province or city name with its 省/市 (乌鲁木齐市, 图木舒克市: 5): a longer
# word that opens a name and that no division bears is no area.
_LONGEST_AREA = 5


def _spam_area(word: str) -> bool:
    """Whether an area word that opens a name is a province or city no division
    bears (体育官网市), not 市市场… (the level word), not one holding a division
    (中国人民银行湖州市分行), nor a township's or a zone's (which the gazetteer
    does not list)."""
    proper = word[:-1]
    if word[-1] not in "省市" or len(proper) < 2 or any(c in _AREA_CHARS for c in proper):
        return False
    gaz = gazetteer()
    return not any(
        gaz.match_at(word, pos)[0] or gaz.match_at(word, pos, short=True)[0]
        for pos in range(len(proper))
    )


_ALIAS_QUOTES = '“"「'
_ALIAS = rf"(?P<full>[\u4e00-\u9fff()（）]{{4,60}}?)[(（]\s*(?:以下)?简称[{_ALIAS_QUOTES}]?"
_TOWNSHIP = re.compile(rf"^[\u4e00-\u9fff]{{1,8}}?(?:{_TOWN_END}|苏木|街道)")
# A township's or street's own name after its county's (镇雄县 + 以勒镇).
_TOWN_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,4}}?(?:{_TOWN_END}|苏木|街道)")


def _clean_agency(
    candidate: str, after_spam: bool = False, title: bool = False
) -> tuple[str | None, str | None]:
    """A name read from a cue, with sentence text and spam cut; (name, spam).

    ``after_spam``: spam stands right before the candidate on its line. ``title``: the
    cue is the report's own title line, where a company's name is one (title_heads).
    """
    words = _words()
    candidate = "".join(candidate.split())
    candidate = re.sub(r"[(（]以下简称.*$", "", candidate)
    # 淳安县财政局关于2022年度…情况的报告: the name before 关于 (a leading verb, which
    # would cut everything before it)
    candidate = re.sub(r"(?<=[\u4e00-\u9fff])关于$", "", candidate)
    spam = None
    matches = spam_matches(candidate)
    if matches:
        last = matches[-1]
        # Spam replaced the area (365体育备用网址自然资源和规划局): keep what follows it.
        spam = candidate[: last.end()]
        candidate = candidate[last.end() :].lstrip(",，、_¥$ ")
        after_spam = True
    # (on the candidate with its name words blanked: 由 of 自由贸易试验区 is no verb)
    lead = words.leading.match(words.name_words.sub(lambda w: "□" * len(w[0]), candidate))
    candidate = candidate[lead.end() if lead else 0 :].strip(" 《》|")
    # After spam, a province or city no division bears is what the spam left of
    # the one it replaced (365体育官网市人社局, where the spam list knows 365体育);
    # with no spam seen, one longer than any division's name is spam the list
    # does not know (皇冠体育官网市…; a fictitious 东江省 of a made-up report is no spam).
    area = _area_word(candidate)
    if (
        area is not None
        and (after_spam or len(area.group()) > _LONGEST_AREA)
        and _spam_area(area.group())
    ):
        return None, spam
    candidate = _balanced(candidate)
    candidate = re.sub(r"^(?:的|了)", "", candidate)
    central = _central_start(candidate)
    # A central body's branch (国家税务总局北京市…) or the Corps keeps its name
    # whole: the division inside it is not where the name starts.
    # 中国（上海市）自由贸易试验区…: the division in the bracket is the zone's, inside its name
    if central >= 0:
        candidate = candidate[central:]
    elif _bracketed_zone(candidate) is None:
        candidate = _from_first_division(candidate, after_spam)
    # A bureau's own office compiles its report (由…水利局办公室编制): the bureau.
    # (not a 行政公署's (行署's) 办公室: its general office, a body of its own)
    # (nor a party committee's: 中共安吉县委办公室 is the 县委's office, not a 委's)
    # (a 联合社's, 联合会's or 档案馆's office likewise: meta23 x29)
    if not _committee_office(candidate):
        candidate = re.sub(
            r"(?:(?<=[局委厅署院社馆])|(?<=联合会))(?<![公行]署)办公室$", "", candidate
        )
    if (
        not 2 <= len(candidate) <= 40
        or candidate in words.generic
        # 本局, 全县…; not 本溪市, 全椒县
        or (
            candidate.startswith(("我", "本", "各", "全", "该"))
            and not gazetteer().match_at(candidate, 0)[0]
        )
        or words.fragments.search(
            words.name_words.sub(
                lambda w: "□" * len(w[0]), _without_division_names(_without_state(candidate))
            )
        )
    ):
        return None, spam
    if _without_second_name(candidate).endswith(words.heads) or _branch_parts(candidate):
        return candidate, spam
    if candidate.startswith(words.corps) and candidate.endswith(words.corps_heads):
        return candidate, spam
    if candidate.endswith(words.ministry) and _is_national(_without_state(candidate)):
        return candidate, spam
    if candidate in words.national or candidate in words.national_short:
        return candidate, spam  # 审计署, 中国人民银行: a listed body ends as it does
    if title and candidate.endswith(words.title_heads):
        return candidate, spam  # 苏州市公共交通有限公司2022年度信息公开工作年度报告
    return None, spam


def _without_state(name: str) -> str:
    """A vertical body's or a ministry's name without the state's name it opens with
    (中华人民共和国宁波海关 → 宁波海关, 中华人民共和国商务部 → 商务部: 共 of 共和国 is no
    fragment there); any other name as it is (《中华人民共和国政府信息公开条例》 stays a
    fragment)."""
    words = _words()
    rest = name.removeprefix(words.state_prefix)
    if rest == name:
        return name
    # (a ministry too: 中华人民共和国商务部 heads its own page as often as 商务部; meta22 w35
    # read the <title>'s 商务部 as written, the heading giving no name)
    ministry = rest.endswith(words.ministry) and _is_national(rest)
    return rest if rest.endswith(words.vertical) or ministry else name


def reads_as_agency(name: str) -> bool:
    """Whether this stage reads ``name`` whole as an agency's name as written: no spam,
    no sentence text around it, an agency's ending (市卫健委; not 365体育官网市人社局)."""
    compact = "".join(name.split())
    return _clean_agency(compact) == (compact, None)


# An agency with a second name in brackets after its own (丽江市市场监督管理局
# （丽江市知识产权局）: one body under two names).
_SECOND_NAME = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?P<inner>[\u4e00-\u9fff]{2,30})[)）]$")


# 晋城市行政审批服务管理局（挂晋城市政务服务中心牌子）: the second name as a plaque.
_PLAQUE = re.compile(r"^(?:加挂|挂)(?P<inner>[\u4e00-\u9fff]{2,26})牌子$")


def _without_second_name(name: str) -> str:
    """``name`` without a bracketed second name of the same body after it (…局（…知识
    产权局）, …局（挂…中心牌子）)."""
    m = _SECOND_NAME.search(name)
    if m is None:
        return name
    plaque = _PLAQUE.match(m["inner"])
    inner = plaque["inner"] if plaque else m["inner"]
    if not inner.endswith(_words().heads):
        return name
    return name[: m.start()]


def _central_start(name: str) -> int:
    """Where a central body's branch name (parent + place…) or the Corps' name starts
    in ``name``, or -1."""
    words = _words()
    gaz = gazetteer()
    for parent in words.branches:
        pos = name.find(parent)
        end = pos + len(parent)
        if pos >= 0 and (gaz.match_at(name, end)[0] or gaz.match_at(name, end, short=True)[0]):
            return pos
    return name.find(words.corps)


def _branch_parts(name: str) -> tuple[str, str, str] | None:
    """(parent, place, branch word) of a central body's local branch
    (国家统计局 + 余杭 + 调查队), else None."""
    words = _words()
    parent = next((p for p in words.branches if name.startswith(p)), None)
    if parent is None:
        return None
    rest = name[len(parent) :]
    end = next((w for w in words.branches[parent] if rest.endswith(w)), None)
    if end is None or len(rest) - len(end) < 2:
        return None
    return parent, rest[: -len(end)], end


# The province and city codes of a document's division names, worked out when called.
_Context = Callable[[], frozenset[str]]


def _place_chain(place: str, context: _Context) -> list[tuple[Division, str]]:
    """The divisions ``place`` names in full (浙江省, 北京市海淀区) or short (湖州, 余杭:
    a short county name only when one county bears it), or [] when it is not all a place."""
    size, chain = _chain(place, context)
    if chain and size == len(place):
        return chain
    if not chain:
        current = [d for d in gazetteer().by_short.get(place, []) if d.current]
        # 河南 is the province (河南县 is written in full), 余杭 the one county so named.
        wide = [d for d in current if d.level != "county"]
        if _shared_short(place, wide, current, context):
            return []  # 朝阳 of …朝阳监管支局: 辽宁省朝阳市 or 北京市朝阳区 (red25 d01)
        found = {d.code: d for d in wide or current}
        if len(found) == 1:
            return [(next(iter(found.values())), place)]
    return []


def _with_parent(name: str, text: str) -> str:
    """A central body's branch written without its parent, with it: where the
    document writes the full form (请与国家税务总局湖州市税务局联系), or where the
    branch word is one parent's only (湖州市税务局 → 国家税务总局湖州市税务局)."""
    words = _words()
    for parent, ends in words.branches.items():
        if name.endswith(ends) and parent + name in text:
            return parent + name
    for parent, ends in words.branches.items():
        end = next((e for e in ends if name.endswith(e)), None)
        if end is None or parent not in text:
            continue
        # 泉州金融监管分局 with 国家金融监督管理总局泉州监管分局 in the contact line: the
        # parent's short form (金融, 金融监管) between the place and the branch word.
        # (the branch word as the text writes it, the longest first: 国家能源局浙江监管办公室
        # for 浙江能源监管办, never its prefix 国家能源局浙江监管办, meta23 x18)
        longer = [e for e in ends if e.startswith(end)]
        for m in re.finditer(
            re.escape(parent)
            + r"([\u4e00-\u9fff]{2,12}?)(?:"
            + "|".join(map(re.escape, longer))
            + ")",
            text,
        ):
            short = name[len(m[1]) : len(name) - len(end)]
            if name.startswith(m[1]) and len(short) >= 2 and _kept_in_order(short, parent):
                return m.group()
    if name.endswith(words.implied_not):
        return name
    implied = next((p for w, p in words.implied_parent.items() if name.endswith(w)), None)
    return implied + name if implied is not None else name


def _kept_in_order(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with characters dropped (金融监管 of 国家金融监督管理总局)."""
    rest = iter(full)
    return all(c in rest for c in short)


def _is_national(name: str) -> bool:
    """A body of the State Council: listed, or named 国家…/中国… with no area in it
    (中国证券监督管理委员会; not 中国人民银行杭州中心支行, 国家税务总局北京市税务局)."""
    words = _words()
    if name in words.national or name in words.national_short:
        return True
    if not name.startswith(("国家", "中国")) or _regional(name):
        return False
    gaz = gazetteer()
    return not any(
        gaz.match_at(name, pos)[0] or gaz.match_at(name, pos, short=True)[0]
        for pos in range(2, len(name) - 1)
    )


def _regional(name: str) -> bool:
    """A central body's regional administration named for a region wider than a
    province (中国民用航空华东地区管理局, 国家能源局华东监管局): no national body."""
    return any(r in name for r in _words().macro_regions)


def _national_full(name: str) -> str:
    """A State Council body's official short form (国家发展改革委) as its full name
    (国家发展和改革委员会); any other name as it is."""
    return _words().national_short.get(name, name)


def _national_written_out(name: str, text: str) -> str | None:
    """The listed full name of a central body the document writes, of which ``name``
    (国家…/中国…, not listed) keeps the characters in order (国家粮储局 of
    国家粮食和物资储备局): one such name, else None."""
    words = _words()
    if name in words.national or not name.startswith(("国家", "中国")):
        return None
    fulls = {
        full
        for full in words.national
        if len(full) > len(name) and full in text and _kept_in_order(name, full)
    }
    return fulls.pop() if len(fulls) == 1 else None


def _under_ministry(name: str, text: str) -> str | None:
    """A body a State Council body sends out (水利部长江水利委员会, 交通运输部长江航务管理局):
    ``name`` itself when it opens with a listed central body and goes on with a body's
    own name that opens with no division (not 财政部浙江监管局: a province's, whose area
    this does not read; not 教育部办公厅: the ministry's office); or the one such name
    the document writes with ``name`` after the central body (长江水利委员会 in the title,
    水利部长江水利委员会 in the preamble). Else None."""
    words = _words()
    gaz = gazetteer()

    def own(rest: str) -> bool:
        return (
            len(rest) >= 4
            and rest not in words.generic
            and not rest.startswith(("办公厅", "办公室"))
            and not gaz.match_at(rest, 0)[0]
            and not gaz.match_at(rest, 0, short=True)[0]
        )

    # (not 国务院办公厅: its 政府信息与政务公开办公室 issues the notices reports cite)
    parents = words.national - words.national_government
    for parent in parents:
        if name.startswith(parent) and own(name[len(parent) :]):
            return name
    if not own(name):
        return None
    found = {parent + name for parent in parents if parent + name in text}
    return found.pop() if len(found) == 1 else None


# A branch of a bureau named by its place alone (南山分局): which city's bureau's, the
# document tells where it writes the whole name (深圳市公安局南山分局).
_BARE_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,5}分局")
# How far before a bare branch's name its area and bureau may start (深圳市公安局: 6)
_BUREAU_REACH = 20


def _bureau_branch(name: str, text: str) -> str | None:
    """``name`` (南山分局) as the document writes it whole with its area and bureau
    right before it (联系单位：深圳市公安局南山分局办公室 → 深圳市公安局南山分局): one
    such whole name, read as a name, else None."""
    if not _BARE_BRANCH.fullmatch(name):
        return None
    found = _branch_written(name, text, "")
    if not found:
        # 北仑公安分局 in the title, 宁波市公安局北仑分局 in 信息来源: the bureau's word
        # (公安) after the place in the short form, before 局 in the whole name (meta22 w07)
        for k in range(2, len(name) - 3):
            found |= _branch_written(name[:k] + "分局", text, name[k:-2])
    return found.pop() if len(found) == 1 else None


def _branch_written(name: str, text: str, word: str) -> set[str]:
    """The whole names ``name`` (南山分局) is written with in ``text``: its area and
    bureau right before it, the bureau's name ending in ``word`` + 局 where ``word``
    is given (公安 of 宁波市公安局北仑分局)."""
    gaz = gazetteer()
    found: set[str] = set()
    ends = (word + "局",) if word else ("局", "委", "委员会")
    at = text.find(name)
    while at >= 0:
        left = text[max(0, at - _BUREAU_REACH) : at]
        if left.endswith(ends):
            for i in range(len(left) - 2):
                if left[i : i + 2] not in gaz.openings:
                    continue
                size, chain = _chain(left[i:])
                if not chain or chain[0][1] not in gaz.by_name or size >= len(left) - i - 1:
                    continue
                whole = left[i:] + name
                if _clean_agency(whole) == (whole, None):
                    found.add(whole)
                break
        at = text.find(name, at + len(name))
    return found


def _balanced(name: str) -> str:
    """Brackets kept only where they pair up (市场监管局(知识产权局) keeps its own)."""
    while name and name[0] in "()（）" and not _pairs(name):
        name = name[1:]
    while name and name[-1] in "()（）" and not _pairs(name):
        name = name[:-1]
    return name if _pairs(name) else re.sub(r"[()（）]", "", name)


def _pairs(name: str) -> bool:
    depth = 0
    for char in name:
        depth += char in "(（"
        depth -= char in ")）"
        if depth < 0:
            return False
    return depth == 0


def _from_first_division(name: str, after_spam: bool = False) -> str:
    """Text before the first full division name cut (标题西藏自治区水利厅, 现报送广东省…);
    after spam, before a county's too (澳门…娱乐场官网汝州市教育体育局: 官网 is the
    spam's tail, and a name opens with its area)."""
    gaz = gazetteer()
    if gaz.match_at(name, 0)[0]:
        return name
    levels = ("province", "city", "county") if after_spam else ("province", "city")
    for pos in range(1, len(name) - 2):
        size, found = gaz.match_at(name, pos)
        if size and any(d.level in levels for d in found):
            return name[_party_start(name, pos) :]
    return name


def _party_start(name: str, pos: int) -> int:
    """Where a name whose area starts at ``pos`` starts: before the party's name when
    the area's party committee runs the body (中共南通市委网信办, 中共杭州市临平区委…: 中共
    is the name's), else at the area."""
    words = _words()
    if not name.startswith(words.party_committee, _divisions_end(name, pos)):
        return pos
    prefix = next((p for p in words.party_prefix if name.startswith(p, pos - len(p))), "")
    return pos - len(prefix)


def _divisions_end(name: str, pos: int) -> int:
    """Where the run of full division names from ``pos`` ends (杭州市临平区…: after 区);
    ``pos`` when none starts there."""
    gaz = gazetteer()
    while size := gaz.match_at(name, pos)[0]:
        pos += size
    return pos


def _party_prefix(name: str) -> str:
    """The party's name that opens a party committee's body (中共 of 中共海宁市委党校:
    the area's 市委 follows it), else ''."""
    words = _words()
    for prefix in words.party_prefix:
        if name.startswith(prefix):
            end = _divisions_end(name, len(prefix))
            if end > len(prefix) and name.startswith(words.party_committee, end):
                return prefix
    return ""


def _committee_office(name: str) -> bool:
    """Whether ``name`` is a party committee's own office (中共安吉县委办公室, 安吉县委办公室):
    the 委 before 办公室 follows the area, so it is the committee, not a bureau's 委."""
    start = len(_party_prefix(name))
    end = _divisions_end(name, start)
    return end > start and name[end:] == _words().party_committee + "办公室"


def _without_division_names(name: str) -> str:
    """The name with gazetteer place names blanked (本溪市 holds 本, 共和县 holds 共; a
    county's short form after a full name or a bureau too: 乐山市犍为 holds 为,
    三明市公安局将乐分局 holds 将)."""
    gaz = gazetteer()
    fragments = _words().fragments
    out: list[str] = []
    pos = 0
    while pos < len(name):
        size, _ = gaz.match_at(name, pos)
        if not size and out and (out[-1][0] == "□" or out[-1] in "局委会"):
            size, _ = gaz.match_at(name, pos, short=True)
        if not size and out and out[-1][0] == "□":
            # A township or street right after its county (镇雄县以勒镇, 某区向阳街道),
            # which the gazetteer does not list: its name's characters are no
            # sentence's (以, 向), unless a word of two is one (县认真落实镇…).
            town = _TOWN_NAME.match(name, pos)
            if town and all(len(w) == 1 for w in fragments.findall(town.group())):
                size = town.end() - pos
        if size:
            out.append("□" * size)
            pos += size
        else:
            out.append(name[pos])
            pos += 1
    return "".join(out)


# A ranked list's heading stands alone on its line (点击排行, 热点排行榜 ›).
_RANKING_LINE = 12
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
    text: str, head: str, published: str | None, warnings: list[str]
) -> tuple[int | None, str]:
    """The year the statistics cover, from the strongest cue, and that cue (``period``,
    ``title``, ``work``, ``opening``, ``year_end``, ``date``; ``none``); a conflict the
    body does not settle gives None."""
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
    if period:
        year = int(period.group("year"))
        if title_year is None or title_year == year:
            return year, "period"
        # A copied template leaves one of them stale (田黄镇 calls its 2021 report
        # 2020; another report's period says 2020 under a 2021 title): the year
        # the body's own statements use most decides, else no year.
        body = _BODY_YEAR.findall(text)
        # The title's own mention is not a vote.
        title_votes, period_votes = body.count(str(title_year)) - 1, body.count(str(year))
        conflict = f"metadata.year_conflict: title says {title_year}, statistics period says {year}"
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


def _letter_spaced(prev: str, token: str) -> bool:
    return len(prev) == 1 or len(token) == 1


def _join_tokens(line: str, close: Callable[[str, str], bool]) -> str:
    """``line``'s tokens joined without a space where ``close(prev, token)``, else
    with one."""
    tokens = line.split()
    out = tokens[:1]
    for prev, token in pairwise(tokens):
        out.append(token if close(prev, token) else " " + token)
    return "".join(out)


def _compact(line: str) -> str:
    """``line`` with letter-spacing removed (泰 州 市 → 泰州市) and other spaces kept as
    one: on a page flattened to one line they divide the title from the site's
    chrome (文章详情 荔浦市2022年…), which must not join the name."""
    return _join_tokens(line, _letter_spaced)


_AREA_CHARS = "省市区县州旗盟镇乡"


def _inside_name(prev: str, token: str) -> bool:
    """Whether the space between ``prev`` and ``token`` is inside a title's name or
    year: letter-spacing, after an area word before a name (文登区 人民政府), around a
    year's digits (办公室 2022 年)."""
    return (
        _letter_spaced(prev, token)
        or (prev[-1] in _AREA_CHARS and "\u4e00" <= token[0] <= "\u9fff")
        or (re.fullmatch(r"20\d\d", token) is not None and "\u4e00" <= prev[-1] <= "\u9fff")
        or (re.fullmatch(r"20\d\d", prev) is not None and token.startswith("年"))
    )


def _closed(line: str) -> str:
    """``line`` with the spaces inside a title's name or year removed; other spaces
    kept as in :func:`_compact`."""
    return _join_tokens(line, _inside_name)


# A report title's line is short: a longer line holding 报告 is a sentence (现公布…报告。).
_TITLE_LINE = 60


def _issuer_whole(name: str, fields: Mapping[str, str]) -> str | None:
    """The page's 发布机构 where it writes ``name`` whole: the title's own area word
    (江北新区, which no division bears) and its agency word (教育和社会保障局) with more
    between and before them (南京江北新区管理委员会教育和社会保障局: the zone's city and
    committee), else None. meta22 w04 read the title's form, its city left out."""
    area = _area_word(name)
    issuer = fields.get("issuer")
    if area is None or not issuer:
        return None
    word = name[area.end() :]
    full, spam = _clean_agency(issuer)
    if full is None or spam or len(word) < 2 or not full.endswith(word):
        return None
    at = full.find(area.group())
    # (the area's name whole, with the words of a committee or a city around it)
    return (
        full
        if at >= 0 and at + len(area.group()) <= len(full) - len(word) and full != name
        else None
    )


# A line a PDF wrapped inside a name is short and all Han (绵阳市卫生健).
_WRAPPED_HEAD = re.compile(r"[\u4e00-\u9fff]{2,20}")


def _wrapped_name(above: str, tail: str) -> str | None:
    """The name a title's line opens with (康委员会2021年…) joined to the end of the line
    above it, where a PDF's text layer wrapped the name (绵阳市卫生健 / 康委员会2021年政府
    信息公开 / 工作年度报告; meta22 w02 read the fragment 康委员会): the line above is
    Han only and ends in no name's ending, the tail names no area of its own, and the
    two read as one name that opens with a division's. Else None."""
    head = _compact(above)
    if not _WRAPPED_HEAD.fullmatch(head) or _TITLE_TOPICS.search(head):
        return None
    # (a site's name ends the line above as often: 绵阳市人民政府网 / 卫生健康委员会2021年…)
    site = _page_words().site_tail
    if any(site.fullmatch(head, i) for i in range(len(head))):
        return None
    words = _words()
    if head.endswith(words.heads) or _level_word(tail) or _area_word(tail):
        return None
    whole = head + tail
    gaz = gazetteer()
    if _clean_agency(whole) != (whole, None) or not gaz.match_at(whole, 0)[0]:
        return None
    return whole if not gaz.match_at(tail, 0)[0] else None


# The name a wrapped sentence's line ends with (…规定，现公布宜春市袁州区民): its last Han run.
_SENTENCE_TAIL = re.compile(r"[\u4e00-\u9fff]{2,30}\Z")


def _wrapped_sentence(above: str, tail: str) -> str | None:
    """The name a sentence's line opens with (政局2021年度…年度报告。本报告…) joined to the
    name the line above ends with, where a PDF's text layer wrapped a sentence inside the
    name (…现公布宜春市袁州区民 / 政局2021年度…; meta23 x02 read the fragment 政局): the
    line above is a sentence (more than its last Han run), the two read as one name with
    its leading words cut (现公布) that opens with a division, and the tail opens with
    none. Else None."""
    head = _compact(above)
    run = _SENTENCE_TAIL.search(head)
    if run is None or run.start() == 0:
        return None
    name, spam = _clean_agency(run.group() + tail)
    gaz = gazetteer()
    if name is None or spam or not name.endswith(tail) or len(name) <= len(tail):
        return None
    return name if gaz.match_at(name, 0)[0] and not gaz.match_at(tail, 0)[0] else None


# A bracket tag in a title line (海宁市民政局【点击领取】2022年…, 【官方推荐】…): a spam's
# lure or a column's label, which no agency's name holds (they bracket with （）).
_TAG = re.compile(r"【(?P<tag>[^【】\n]{1,16})】")


def _untagged(line: str) -> str:
    """``line`` without its bracket tags that read as no agency's name: the name before
    one and the year after it read as one title (meta22 w21: the slot held 点击领取, and
    the title gave no agency)."""
    if "【" not in line:
        return line
    return _TAG.sub(lambda m: m[0] if reads_as_agency(m["tag"]) else "", line)


def _without_viewed_links(lines: list[str]) -> list[str]:
    """``lines`` without the report titles a view count follows, on their line or alone
    on the next (2023年政府信息公开工作年度报告 / 阅读 2210): a list's links to other pages,
    whose agency is not this report's (meta22 w39: 西湖区人民政府's listed report above a
    区市场监督管理局's heading was read as the agency). The count lines go with them."""
    views = _page_words().view_count
    # (阅读 1236 alone, no label's colon: 浏览次数：88 under a page's own heading is its
    # counter, and chrome besides)
    count_line = [
        bool(views.match(ln)) and ln[-1].isdigit() and not any(c in ln for c in ":：")
        for ln in lines
    ]
    titles = [
        max(ln.rfind("报告"), ln.rfind("年报")) if len(ln) <= _TITLE_LINE else -1 for ln in lines
    ]
    listed = [
        end >= 0
        and (views.match(ln, end + 2) is not None or (i + 1 < len(lines) and count_line[i + 1]))
        for i, (ln, end) in enumerate(zip(lines, titles, strict=True))
    ]
    # (only above a title that is not such a link: the report's own heading, below its list
    # and above the body; a title below the body is another report's)
    body = next(
        (i for i, ln in enumerate(lines) if len(ln) > _TITLE_LINE or _OVERVIEW.match(ln)),
        len(lines),
    )
    last = max((i for i, end in enumerate(titles[:body]) if end >= 0 and not listed[i]), default=-1)
    # (below a ranked list's heading, 点击排行, a counted title is its link even where no
    # other title follows: the page's own heading carries no such heading above it)
    ranking = _page_words().ranking
    ranked = next(
        (i for i, ln in enumerate(lines[:body]) if len(ln) <= _RANKING_LINE and ranking.search(ln)),
        len(lines),
    )
    return [
        ln
        for i, ln in enumerate(lines)
        if not ((i < last or ranked < i < body) and (count_line[i] or listed[i]))
    ]


def _self_tails(text: str) -> tuple[str, ...] | None:
    """The name endings the document's own word for itself allows (我局 → 局), when
    it uses one kind only; else None."""
    words = _words()
    table = words.self_reference
    # No key holds another's first character after its own (a test checks):
    # the keys' matches never overlap, so the patterns find each of them.
    found = [w for pattern in words.self_words for w in pattern.findall(text)]
    if not found or len({tuple(table[w]) for w in found}) != 1:
        return None
    return tuple(table[found[0]])


def _agency(
    head: str, fields: Mapping[str, str], own: tuple[str, ...] | None = None, tail: str = ""
) -> tuple[str | None, str | None]:
    """The agency as written (the strongest cue that gives a valid name) and spam seen.

    ``own``: the endings the document's 我局/我委… allows; a name from any cue but
    the title must have one (信息来源：某县人民政府 above a bureau's 我局 report is
    the site's owner).
    """
    spam_seen: str | None = None
    lines = _party_lines_joined([s for ln in head.splitlines()[:60] if (s := ln.strip())])
    lines = _without_viewed_links(lines)
    # A title wrapped over two to four lines (…政府信息公开工作 / 年度报告; 成都市武侯区 /
    # 人民政府办公室 / 2023年政府信息公开 / 工作年度报告) is read joined.
    top = lines[:9]
    joined = [
        "".join(top[i : i + k])
        for k in (2, 3, 4)
        for i in range(len(top) - k + 1)
        if sum(map(len, top[i : i + k])) <= 60
    ]
    # (each joined title's line above it: a name a PDF wrapped may begin there)
    above_joined = [
        top[i - 1] if i else ""
        for k in (2, 3, 4)
        for i in range(len(top) - k + 1)
        if sum(map(len, top[i : i + k])) <= 60
    ]

    def take(raw: str, after_spam: bool = False, title: bool = False) -> str | None:
        nonlocal spam_seen
        name, spam = _clean_agency(raw, after_spam, title)
        spam_seen = spam_seen or spam
        return name

    # Titles stop at the overview heading: below it a report's title is another
    # report's (a related-links list, 相关链接 …年度报告).
    first = min(_lines_matching(_OVERVIEW, lines), default=len(lines))
    # Last, the titles with their spaces closed where a name or a year goes on
    # across one (威海市文登区 人民政府办公室 2022 年…: a flip-book's text layer).
    # (Only a line with 年 and a space can differ and pass the title test below.)
    spaced = [
        c
        for ln in lines[: first + 1]
        if "年" in ln and len(ln.split()) > 1 and (c := _closed(ln)) != _compact(ln)
    ]
    titled = lines[: first + 1]
    above = ["", *titled[:-1]] + above_joined + [""] * len(spaced)
    for line, line_above in zip(titled + joined + spaced, above, strict=True):
        compact = _untagged(_compact(line))
        if (
            "年" not in compact
            or "20" not in compact
            or not any(end in compact for end in _TITLE_ENDS)
            or not _TITLE_TOPICS.search(compact)
        ):
            continue
        if _page_words().compilation.search(compact):
            # 上城区各部门2022年…年度报告汇编: several bodies' reports on one page, whose
            # first one (or any cue below) is one of many (meta23 x41): no agency
            return None, spam_seen
        # The name slot holds Han characters only: spam with digits before it
        # (365体育官网市…) is seen on the line, not in the slot.
        spammed = spam_matches(compact)
        for matches in (
            _anchored(_TITLE_AFTER, _TITLE_AFTER_TAIL, _TITLE_REACH, compact),
            _TITLE_BEFORE.finditer(compact),  # led by the year: a fast scan already
            _anchored(_TITLE_TOPIC_FIRST, _TITLE_TOPIC_FIRST_TAIL, _TITLE_REACH + 4, compact),
        ):
            for m in matches:
                after = any(s.start() < m.start("agency") <= s.end() + 4 for s in spammed)
                if m.start("agency") == 0 and (whole := _wrapped_name(line_above, m["agency"])):
                    return whole, spam_seen
                if (
                    m.start("agency") == 0
                    and "。" in compact
                    and (whole := _wrapped_sentence(line_above, m["agency"]))
                ):
                    return whole, spam_seen
                if (name := take(m.group("agency"), after, title=True)) is not None:
                    # 平湖市发展和改革局、平湖市统计局2023年…: a joint report is named by its
                    # first body (meta12 p07's convention; meta25 z19 took the second,
                    # where the name slot starts after the 、)
                    first_of = _joint_first(compact, m.start("agency"))
                    issuer = "".join(fields.get("issuer", "").split())
                    if (
                        first_of is not None
                        and (joint := take(first_of, title=True))
                        # 绍兴市民政局、绍兴市财政局… above 发布机构：绍兴市财政局 (red25
                        # c02): the labelled publisher, the second body, reports
                        and not (issuer and issuer == name and issuer != joint)
                    ):
                        return joint, spam_seen
                    return name, spam_seen
                # 市政府2022年…年度报告: the area's government, its area restored later
                # (not 2022年市政府信息公开…, whose 政府 is the topic's: the year first)
                if m.re is _TITLE_AFTER and m.group("agency") in _words().titled_governments:
                    return m.group("agency"), spam_seen
    # A title without its year, alone on its line (某局政府信息公开工作年度报告), or
    # with the year in brackets after it (…年度报告（2022年）).
    for line in lines[:15] + joined:
        compact = _compact(line)
        notice = _NOTICE.fullmatch(compact)
        bare = _TITLE_NO_YEAR.fullmatch(
            _YEAR_AFTER_TITLE.sub("", notice["title"] if notice else compact)
        )
        if bare and (name := take(bare.group("agency"), title=True)) is not None:
            return name, spam_seen
    # A title naming the work, not a report (…2021年上半年政府信息公开工作情况), alone on
    # its line before the overview; two different such lines are a list of other pages'.
    work = [w for ln in lines[: min(first + 1, 15)] if (w := _WORK_TITLE.fullmatch(_compact(ln)))]
    if len({w.group() for w in work}) == 1 and (name := take(work[0].group("agency"))):
        return name, spam_seen
    # A title that starts with the year, with the agency on the line above.
    top = [ln.strip() for ln in head.splitlines()[:20]]
    for i, line in enumerate(top):
        if (re.match(r"20\d\d\s*年", line) and "报告" in line) or "落实情况" in line:
            previous = next((p for p in reversed(top[:i]) if p), "")
            if len(previous) <= 40 and (name := take(previous)) is not None:
                return name, spam_seen

    def fits(name: str | None) -> bool:
        return name is not None and (own is None or name.endswith(own))

    if fields.get("issuer") and fits(name := take(fields["issuer"])):
        return name, spam_seen
    cues = (*_CUES, ("opener", _words().opener), ("label", _LABEL), ("own", _OWN_DOCUMENT))
    for cue, pattern in cues:
        if cue == "own" and own is None:
            break
        matches = _cue_matches(pattern, head)
        for m in matches:
            name = take(m.group("agency"))
            # 来源：某县人民政府, 电子版可在某县人民政府网站: as often the portal's
            # owner as the report's agency.
            site = cue in ("label", "download") and name is not None and name.endswith("政府")
            if fits(name) and not site:
                return name, spam_seen
    # The signature: the agency's name on its own line over the date, at the end.
    for m in reversed(list(_SIGNATURE.finditer(tail))):
        if fits(name := take(m.group("agency"))):
            return name, spam_seen
    # A PDF cover: the name on its own line over a cover's date (in Chinese numerals, or a
    # year and month in digits with no day: 2023 / 政府信息公开工作年度报告 / 嘉善县综合行政执法局 / 二〇二四年一月: meta24 y26
    # read no agency), at the top of the head.
    for m in _COVER_NAME.finditer(head[:_COVER_REACH]):
        if fits(name := take(m.group("agency"))):
            return name, spam_seen
    return None, spam_seen


# How far into the head a cover's name over its date is looked for.
_COVER_REACH = 400
# (the date's year already digits: _CN_YEAR has read 二〇二四年 as 2024年)
_COVER_NAME = re.compile(
    r"(?:^|\n)[ \t\u3000]*(?P<agency>[\u4e00-\u9fff()（）]{4,40})[ \t\u3000]*\n\s*"
    r"20\d\d\s*年\s*" + _COVER_MONTH + r"[ \t\u3000]*(?=\n|$)"
)


def _cue_matches(pattern: re.Pattern[str], head: str) -> Iterator[re.Match[str]]:
    """The cue's matches in ``head``; the second 'compiled' cue (…编制/编写 after a name
    at a line start) and the fifth (…依据《…》…编写本报告) only near their tails, which
    keeps their scans linear (each tried every mark with every name length; both are
    read by _agency and again by _other_area)."""
    if pattern is _CUES[1][1]:
        return _anchored(
            pattern, _COMPILED_TAIL_RE, _NAME_REACH, head, spaced=True, first=_COMPILED_MARK_RE
        )
    if pattern is _CUES[4][1]:
        return _anchored(
            pattern, _BY_LAW_TAIL_RE, _NAME_REACH, head, spaced=True, first=_BY_LAW_MARK_RE
        )
    return pattern.finditer(head)


def _other_area(name: str, head: str) -> str | None:
    """The same body of another area that the text names as this report's (现公布…,
    由…编制, 请与…联系): the name ``name`` with its area (吴兴区) replaced by another of
    the same level (南浔区), neither holding the other (湖州市吴兴区 is 吴兴区). None when
    there is none, or ``name`` opens with no division."""
    end, codes = _area_of(name)
    # (a cue naming another area's same body writes the body's word again: one scan)
    if not end or head.count(name[end:]) < 2:
        return None
    for cue, pattern in _CUES:
        if cue not in ("compiled", "contact"):
            continue
        matches = _cue_matches(pattern, head)
        for m in matches:
            other = _clean_agency(m.group("agency"))[0]
            if other is None or other == name:
                continue
            o_end, o_codes = _area_of(other)
            levels = {_code_level(c) for c in codes | o_codes}
            # (湖州市吴兴区 and 吴兴区, 黔东南州 and 黔东南苗族侗族自治州: one area)
            if o_end and other[o_end:] == name[end:] and not codes & o_codes and len(levels) == 1:
                return other
    return None


def _area_of(name: str) -> tuple[int, frozenset[str]]:
    """Where the run of division names that opens ``name`` ends, and the codes the last
    of them may stand for (0 and none when it opens with none)."""
    gaz = gazetteer()
    pos, codes = 0, frozenset[str]()
    while True:
        size, found = gaz.match_at(name, pos)
        if not size:
            return pos, codes
        pos += size
        codes = frozenset(d.code for d in found)


def _code_level(code: str) -> str:
    """province / city / county of a division's code."""
    return "province" if code.endswith("0000") else "city" if code.endswith("00") else "county"


def _party_lines_joined(lines: list[str]) -> list[str]:
    """``lines`` with a line that is only a party committee's name (中共杭州市临平区委) joined
    to the next: a title broken after it (<br>) names the committee's body on the next
    line (机构编制委员会办公室2022年…), which alone names no area (meta21 v43). A committee
    publishes no report of its own, so the line is never a name by itself."""
    out: list[str] = []
    for line in lines:
        if out and _committee_line(out[-1]) and "\u4e00" <= line[0] <= "\u9fff":
            out[-1] += line
        else:
            out.append(line)
    return out


def _committee_line(line: str) -> bool:
    """Whether ``line`` is a party committee's name alone (中共南京市委, 中共杭州市临平区委)."""
    prefix = _party_prefix(line)
    return bool(prefix) and _divisions_end(line, len(prefix)) == len(line) - 1


def _pictured_agency(titles: Sequence[str], year: int, own: tuple[str, ...] | None) -> str | None:
    """The agency of a report whose title is a picture (湖州市南浔区人民政府办公室2021年度…
    年度报告 as an image's alt text): only a whole report title of the year the text
    gives, and only when every such title names one agency (a gallery of other
    reports names several); never a logo's name alone (the site's owner)."""
    names = set()
    for title in titles:
        compact = "".join(title.split())
        found = _YEAR_TITLE.search(compact)
        if found is None or _title_year(found) != year:
            continue
        name, spam = _agency(compact, {}, own)
        if name is None or spam or (own is not None and not name.endswith(own)):
            return None  # 我局 below a picture of 某县人民政府…报告: the portal's, not this
        names.add(name)
    return next(iter(names)) if len(names) == 1 else None


# A name before a title's name, joined to it by 、 (a joint report's first body): the run
# of name characters before the 、, from the line's start or its last other character.
_JOINT_FIRST = re.compile(r"(?:^|[^\u4e00-\u9fff()（）])([\u4e00-\u9fff()（）]{4,40})、$")


def _joint_first(compact: str, start: int) -> str | None:
    """The first body of a joint report's title whose second body's name starts at
    ``start`` (平湖市发展和改革局 of 平湖市发展和改革局、平湖市统计局2023年…), or None."""
    if start < 5 or compact[start - 1] != "、":
        return None
    m = _JOINT_FIRST.search(compact, 0, start)
    if m is None or m[1].startswith(_words().party_prefix):
        # 中共某县委办公室、某县人民政府办公室2023年…: one office under two plaques (合署), whose
        # government plaque reports on government information (meta20 u32's convention)
        return None
    return m[1]


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


def _site_agency(sites: Sequence[str], own: tuple[str, ...]) -> str | None:
    """A department's name as its own site's name in the page title, when the
    document calls itself by its ending (我局 → …局) and names itself nowhere else;
    never a government's site (the portal hosts every department's reports)."""
    government = tuple(t for t in _words().government_tails if t)
    for site in sites:
        name, _ = _clean_agency(site)
        if (
            name is not None
            and name == "".join(site.split())
            and name.endswith(own)
            and not name.endswith(government)
        ):
            return name
    return None


# How many lines at the top of a page a site's name is looked for in (above the title).
_SITE_LINES = 6


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


def _site_lines(text: str) -> list[str]:
    """The lines above a page's first title line (one with 报告) that are a site's name
    whole: an area and its portal's word (北海市银海区人民政府门户网站), or its government's
    word with the site's navigation on the next line (青岛市市北区人民政府 / 当前位置：首页 >…).
    A government's name alone over the title is as often the report's heading (左贡县人民政府
    / (2022年1月) / 根据…: the real excerpts' r107 was read 左贡县政务服务中心, from a contact
    line's other office, with it as a site)."""
    lines = [ln for ln in text.splitlines()[: _SITE_LINES * 2] if ln.strip()][:_SITE_LINES]
    found = []
    for i, line in enumerate(lines):
        if "报告" in line:
            break
        site = "".join(line.split())
        size, chain = _chain(site)
        rest = site[size:]
        if not chain or not rest or not _page_words().site_tail.fullmatch(rest):
            continue
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if rest not in _words().government_tails or _NAVIGATION.search(below):
            found.append(site)
    return found


# A site's navigation line: a crumb (当前位置：首页 > …) or a menu (首页 | 政务公开 | …).
_NAVIGATION = re.compile(r"首页|当前位置|您的位置|[|｜>›»]")


# The page's own address, labelled (来源网址：http://fgw.hangzhou.gov.cn/art/…, 网址：…): the host's
# label before .gov.cn names the area (its pinyin: data/divisions_pinyin.json). Only a labelled
# address: a list of links (友情链接) names other sites, a superior's portal among them.
_GOV_HOST = re.compile(
    r"(?:来源网址|原文(?:链接|地址|网址)|本文(?:链接|地址|网址)|本页(?:链接|地址|网址)|页面(?:链接|地址)"
    r"|网页地址|网址)\s*[:：]\s*(?:https?://)?(?:[a-z0-9-]+\.)*([a-z]+)\.gov\.cn(?![a-z0-9-])"
)


@lru_cache(maxsize=1)
def _pinyin_hosts() -> dict[str, str]:
    data = load_json("data/divisions_pinyin.json")
    national = set(data["not_areas"])  # beian.gov.cn: the filing portal, not 北安市's
    return {host: code for host, code in data["hosts"].items() if host not in national}


def _host_area(name: str, text: str) -> str | None:
    """A partial name (市发改委) with the area the page writes only as a government site's
    host (来源网址：http://fgw.hangzhou.gov.cn/…: meta24 y15 was null): that area, when every
    such host of the page names one division, the pinyin of whose short name no other
    division can have (data/divisions_pinyin.json), and of the level the name's area word
    says (市: a city, 省: a province; 区, 县, 旗: that county). Any doubt leaves it null."""
    level_word = _level_word(name)
    if level_word not in ("市", "省", "区", "县", "旗") or ".gov.cn" not in text:
        return None
    hosts = _pinyin_hosts()
    gaz = gazetteer()
    codes = {hosts.get(m[1]) for m in _GOV_HOST.finditer(text)}
    if len(codes) != 1 or None in codes:
        return None  # www.gov.cn, zj.gov.cn, two areas' hosts, no labelled host: not certain
    code = next(iter(codes)) or ""
    area = gaz.name_of(code)
    if area is None or not area.endswith(level_word):
        return None
    if _other_area_written(text, code, level_word):
        # 市发改局 under 来源网址：http://www.jinhua.gov.cn/… whose contact is in 义乌市 (red25
        # a02), or a county-level city's bureau naming its prefecture's portal as a channel
        # (网址：http://www.ningbo.gov.cn, a03): the host is a superior's, the body's area is
        # another the text writes; not certain.
        return None
    return area + name[len(level_word) :]


def _other_area_written(text: str, code: str, level_word: str) -> bool:
    """Whether ``text`` writes the full name of a division ending with ``level_word``
    other than the one of ``code`` and its superiors (杭州市 beside 拱墅区 is its city)."""
    gaz = gazetteer()
    host = gaz.by_code.get(code)
    own = {code} | ({host.province_code, host.city_code} if host else set())
    i = 0
    while i < len(text) - 1:
        if text[i : i + 2] in gaz.openings:
            size, found = gaz.match_at(text, i)
            if size:
                named = text[i : i + size]
                if named.endswith(level_word) and not {d.code for d in found} & own:
                    return True
                i += size
                continue
        i += 1
    return False


def _site_area(name: str, sites: Sequence[str], text: str = "") -> str | None:
    """The area of a partial name (市应急管理局) from the site's name in the page
    title (孝感市人民政府门户网站), when one site area ends with the name's area word
    and no 来源/发布机构 label of ``text`` names another such area's government (区民政局
    under …_杭州市西湖区人民政府 with 来源：杭州市上城区人民政府, meta20 u44: a mirror or a
    misfiled item, whose district is not certain)."""
    level_word = _level_word(name)
    # A township's report on its county's portal (柳城畲族镇…年度报告_武义县人民政府): the
    # county's (the gazetteer lists no townships, so the site's area is the one cue).
    township = level_word is None and _TOWNSHIP.match(name) is not None
    # A district's or county's name several cities' bear, named alone (江北区民政局 under
    # …_宁波市江北区人民政府: meta24 y04 kept no region): the site's one of that name.
    area = _area_word(name) if level_word is None and not township else None
    shared = area.group() if area and area.group().endswith(("区", "县", "旗")) else None
    if level_word is None and not township and shared is None:
        return None
    core = name[len(shared or level_word or "") :]

    def areas_of(names: Iterable[str]) -> dict[str, str]:
        """Each name's area as written → the area's code."""
        areas = {}
        for site in names:
            site = "".join(site.split())
            size, chain = _chain(site)
            if not chain:
                continue
            last = chain[-1][0]
            if shared is not None:
                fits = last.level == "county" and last.name == shared
            else:
                fits = last.level == "county" if township else last.name.endswith(level_word or "")
            if fits:
                rest = site[size:]
                if (rest and _page_words().site_tail.fullmatch(rest)) or rest == core:
                    areas[site[:size]] = last.code
        return areas

    areas = areas_of(sites)
    # (another area, not the same one written short: 西湖区人民政府 under 杭州市西湖区's site)
    labelled = areas_of(m["agency"] for m in _LABEL.finditer(text)).values()
    if len(areas) != 1 or set(labelled) - set(areas.values()):
        return None
    return next(iter(areas)) + core


def _chain(name: str, context: _Context = frozenset) -> tuple[int, list[tuple[Division, str]]]:
    """The run of division names that opens ``name`` (杭州市余杭区…), resolved to codes.

    Returns the length of the run and the divisions with the text that named
    them, outermost first; an
    ambiguous name (鼓楼区 is in four cities) is resolved by its parent in the
    run or by the province/city codes ``context()`` gives, else the run stops
    before it (its code is not certain).
    """
    gaz = gazetteer()
    pos = 0
    chosen: list[tuple[Division, str]] = []
    while pos < len(name):
        # A short form names a county under a named parent (威海市文登 → 文登区), or a
        # province or city opening the name (兰州新区).
        wanted = ("county",) if chosen else ("province", "city")
        size, found = gaz.match_at(name, pos)
        if size and name.startswith("市场", pos + size - 1):
            # 宁波市奉化市场监督管理局: the 市 opens 市场 (market regulation), so the name is
            # the short form 奉化 (奉化区), not the former 奉化市; where no short form
            # is read there, the full name is the same place.
            short, alt = gaz.match_at(name[: pos + size - 1], pos, short=True)
            alt = [d for d in alt if d.level in wanted]
            if short == size - 1 and alt:
                size, found = short, alt
        if not size:
            size, found = gaz.match_at(name, pos, short=True)
            if not chosen and _seat_shares(found):
                break  # 和田民政局: 和田地区's, or its seat 和田市's (panel22 report_055)
            others = [d for d in found if d.level not in wanted]
            found = [d for d in found if d.level in wanted]
            if not chosen and _shared_short(name[pos : pos + size], found, others, context):
                break
            if name[pos + size : pos + size + 1] in _words().short_form_blockers:
                break  # 荆州市公安局: 公安 opens the bureau's name here, not 公安县
            if size and _NAMED_AFTER.match(name, pos + size):
                # 河南街道, 山东路街道, 江宁街道: a street, township or community named
                # after a place (of 延吉市, 青岛市, ...); the short form is its name's,
                # and names no division of its own.
                break
        if not size:
            break
        if chosen:
            parent = chosen[-1][0].code
            prefix = parent[:2] if parent.endswith("0000") else parent[:4]
            found = [d for d in found if d.code.startswith(prefix) and d.code != parent]
        if len(found) > 1:
            # 北京市 is listed as the province and as its own city: the province.
            provinces = {d.code for d in found if d.level == "province"}
            found = [d for d in found if d.level == "province" or d.province_code not in provinces]
        if not chosen and len({d.code for d in found}) > 1 and (near := context()):
            found = [d for d in found if d.province_code in near or d.city_code in near]
        found = _one_place(found)
        codes = {d.code for d in found}
        if len(codes) != 1:
            break
        current = [d for d in found if d.current] or found
        chosen.append((current[0], name[pos : pos + size]))
        pos += size
    return pos, chosen


def _shared_short(
    short: str, found: list[Division], others: list[Division], context: _Context
) -> bool:
    """Whether a short form opening a name (朝阳 of 朝阳税务局) that names a city
    (``found``: 辽宁省朝阳市) is as well the plain name of a municipality's district outside
    it (``others``: 北京市朝阳区), and the page's areas (``context``) do not say the city's:
    which area is not certain (the city was taken: meta25's note, red25 e01, e02 against
    its 北京市朝阳区 contact line). A municipality's districts are named alone, as cities
    are (朝阳税务局, 海淀法院); another city's district rarely is (西安 is 西安市, not
    辽源市西安区: panel23 joins 西安经开区 to 西安经济技术开发区), so only those count. A
    county inside the city (朝阳县) leaves it the city's; a province's short name (河南,
    海南) is the province's, as before."""
    if not found or any(d.level == "province" for d in found):
        return False
    gaz = gazetteer()
    apart = [
        o
        for o in others
        if o.current
        and o.name[:-1] == short
        and (gaz.name_of(o.province_code) or "").endswith("市")
        and not any(_related(o, d) for d in found)
    ]
    if not apart:
        return False
    near = context()
    if not near:
        return True

    def named(d: Division) -> bool:
        return d.province_code in near or d.city_code in near

    return not any(named(d) for d in found) or any(named(o) for o in apart)


# How far before a name an area written with it may start (宁波: 2; 宁波市: 3).
_AREA_BEFORE_REACH = 8


def _related(a: Division, b: Division) -> bool:
    """Whether one of two divisions is the other or lies inside it."""
    if a.code == b.code:
        return True
    rank = {"province": 0, "city": 1, "county": 2}
    if rank[a.level] == rank[b.level]:
        return False
    outer, inner = (a, b) if rank[a.level] < rank[b.level] else (b, a)
    return inner.code.startswith(outer.code[:2] if outer.level == "province" else outer.code[:4])


def _named_after_another(name: str, text: str, first: tuple[Division, str]) -> str | None:
    """``name`` as the document writes it right after another area's name, where the
    area ``name`` opens with is a short form (杭州 of 杭州湾新区管委会) and that other area
    is neither it nor inside it nor around it (宁波杭州湾新区管理委员会: 宁波市 holds no
    杭州): the short form is then a word of the body's own name (a bay, a road), and the
    name is that whole one (one such, else None)."""
    division, written = first
    if written == division.name:
        return None  # (杭州市… names its city in full)
    words = _words()
    pairs = [*words.abbreviations, *((s, f) for s, fs in words.spelled_out for f in fs)]
    forms = {name}
    for short, full in pairs:
        forms |= {f.replace(short, full) for f in forms if short in f and full not in f}
    gaz = gazetteer()
    found: set[str] = set()
    for start, form in _occurrences(text, forms):
        left = text[max(0, start - _AREA_BEFORE_REACH) : start]
        for i in range(len(left) - 1):
            size, divisions = gaz.match_at(left, i)
            if size != len(left) - i:
                size, divisions = gaz.match_at(left, i, short=True)
            if size == len(left) - i and divisions:
                if not any(_related(d, division) for d in divisions):
                    found.add(left[i:] + form)
                break
    return found.pop() if len(found) == 1 else None


def _zone_of_city(name: str, text: str) -> str | None:
    """A zone's body named by the zone's word alone (经开区管委会) as the document writes
    it after its city's name, short or full (长春经济技术开发区管理委员会党政办公室 in the
    contact block, 合肥经济技术开发区管理委员会 in 来源): zones are named so, and the city's
    short form is no full division name, which :func:`_restore` wants (meta23 x04 and
    panel22 report_006 were null). One such city, else None."""
    words = _words()
    if not name.startswith(words.zones):
        return None
    forms = {name}
    for short, fulls in words.spelled_out:
        forms |= {f.replace(short, full) for f in forms if short in f for full in fulls}
    gaz = gazetteer()
    found: set[str] = set()
    for start, form in _occurrences(text, forms):
        left = text[max(0, start - _AREA_BEFORE_REACH) : start]
        for i in range(len(left) - 1):
            size, divisions = gaz.match_at(left, i)
            if size != len(left) - i:
                size, divisions = gaz.match_at(left, i, short=True)
            if size == len(left) - i and divisions:
                if len({d.code for d in divisions if d.level == "city"}) == 1:
                    found.add(left[i:] + form)
                break
    return found.pop() if len(found) == 1 else None


def _zone_of_site(name: str, sites: Sequence[str], text: str = "") -> str | None:
    """A zone's committee named by the zone's word alone (高新区管委会) on a city's site (…_
    西安市人民政府): the city's zone, named by the city's short form as zones are
    (西安高新区管委会), when the site names one city (a prefecture or a county-level one)
    and no 来源/发布机构 label names another area (panel23 report_003 and report_010 were
    null and joined none of the zone's other years). A zone word with no site stays null
    (meta23 x39)."""
    words = _words()
    zone = next((z for z in words.zones if name.startswith(z)), None)
    if zone is None or name[len(zone) :] not in ("管委会", "管理委员会"):
        return None

    def cities(names: Iterable[str]) -> set[str]:
        found = set()
        for site in names:
            site = "".join(site.split())
            size, chain = _chain(site)
            rest = site[size:]
            if chain and rest and _page_words().site_tail.fullmatch(rest):
                found.add(chain[-1][0].name)
        return found

    own = cities(sites)
    labelled = cities(m["agency"] for m in _LABEL.finditer(text))
    if len(own) != 1 or labelled - own:
        return None
    city = own.pop()
    return city[:-1] + name if city.endswith("市") and len(city) > 2 else None


def _seat_shares(found: list[Division]) -> bool:
    """Whether a short form names a prefecture and a county-level city inside it alike
    (和田: 和田地区 and its seat 和田市; 恩施: 恩施州 and 恩施市): a name opening with it
    (和田民政局) is either's, so the run stops there (panel22 report_055 was placed in
    和田地区, a guess)."""
    cities = {d.code[:4] for d in found if d.level == "city"}
    return any(
        d.level == "county" and d.name.endswith("市") and d.code[:4] in cities for d in found
    )


# What follows a division's short form where the short form is another body's own name:
# a street, township or community (河南街道, 北京路街道, 江西社区), not the division. A
# road's name may hold a direction before 路 (上海 黄浦区's 南京东路街道, meta23 x10: read
# as 南京市's street).
_NAMED_AFTER = re.compile(rf"(?:[东西南北中]?(?:[路街]|大街|大道))?(?:街道|{_TOWN_END}|苏木|社区)")


def _one_place(found: list[Division]) -> list[Division]:
    """The current division where the others are its former names or codes: one
    current division, and every former one of its city (余江 is 余江县 before 2018
    and 余江区 since) or of a prefecture since dissolved (聂荣县 of 那曲地区 is
    那曲市's); 桥东区 of two cities stays ambiguous."""
    current = [d for d in found if d.current]
    if len(found) < 2 or len({d.code for d in current}) != 1:
        return found
    gaz = gazetteer()

    def city(d: Division) -> str:
        # A municipality lists its districts and counties under two city codes
        # (500100, 500200 重庆市): there the municipality is the one city.
        same = gaz.name_of(d.city_code) == gaz.name_of(d.province_code)
        return d.province_code if same else d.city_code

    here = city(current[0])
    for d in found:
        parent = gaz.by_code.get(d.city_code)
        if city(d) != here and parent is not None and parent.current:
            return found
    return current


def _context_codes(text: str) -> frozenset[str]:
    """Province and city codes of the full division names the document mentions."""
    gaz = gazetteer()
    codes = set()
    for name in _area_names(text):
        for d in gaz.by_name.get(name, []):
            if d.level in ("province", "city"):
                codes.add(d.code)
    return frozenset(codes)


_AREA_END = re.compile(r"省|自治区|市|州|盟|地区")
_LAST_NOT_HAN = re.compile(r"[^\u4e00-\u9fff][\u4e00-\u9fff]*\Z")


def _area_names(text: str) -> Iterator[str]:
    """The matches of ``[\u4e00-\u9fff]{2,12}?(?:省|自治区|市|州|盟|地区)`` in ``text``,
    found from the area words instead of trying every position.

    A match ends with the first area word at least 2 characters after its
    start, and starts at the leftmost place it can: 12 characters before that
    word, or after the last match or the last character that is not Chinese.
    """
    at = 0
    for end in _AREA_END.finditer(text):
        lo = max(at, end.start() - 12)
        gap = _LAST_NOT_HAN.search(text, lo, end.start())
        if gap is not None:
            lo = gap.start() + 1
        if end.start() - lo >= 2:
            yield text[lo : end.end()]
            at = end.end()


def _level_word(name: str) -> str | None:
    """The area word a partial name opens with (市 of 市财政局; not of 市场监督管理局)."""
    words = _words()
    if name.startswith(words.not_level) or gazetteer().match_at(name, 0)[0]:
        return None  # 市场监督管理局; 市中区 is a district's name
    word = next((w for w in words.level_words if name.startswith(w)), None)
    if word is not None and _ONE_CHARACTER_TOWN.match(name, len(word)):
        # 省庄镇人民政府, 市桥街道办事处: a township's name has two characters at least, so
        # the area word with the one after it is the township's own name (meta24 y10
        # read 省 + 庄镇, a province's partial name, and gave no agency).
        return None
    return word


# One character and a township's or street's word (庄镇 of 省庄镇): no township's whole name.
_ONE_CHARACTER_TOWN = re.compile(rf"[\u4e00-\u9fff](?:{_TOWN_END}|街道)")


def _restore(name: str, text: str) -> str | None:
    """``name`` with its area prefix as the document writes it elsewhere, if unique.

    卫生健康委员会 + a contact line naming 绵阳市卫生健康委员会 → 绵阳市卫生健康委员会;
    市财政局 + 福州市财政局 in the text → 福州市财政局; 沙塘镇人民政府 + 开平市沙塘镇
    → 开平市沙塘镇人民政府. An area word the name opens with (市, 省) must be the
    level word of the restored area.
    """
    words = _words()
    level_word = _level_word(name) or ""
    core = name[len(level_word) :]
    township = _TOWNSHIP.match(core)
    anchor = township.group() if township else core
    if len(anchor) < 2:
        return None
    forms = {anchor}
    for short, full in words.abbreviations:
        for a, b in ((short, full), (full, short)):
            if a in anchor and not (a == short and full in anchor):
                forms.add(anchor.replace(a, b))
    found = _areas_before(text, forms, level_word)
    if not found:
        # 南湖区人力社保局 in the title, 嘉兴市南湖区人力资源和社会保障局 in the preamble:
        # a short agency word no table lists, spelled out as the document writes it.
        size, _ = _chain(anchor)
        found = _areas_before(text, _expansions(anchor[:size], anchor[size:], text), level_word)
        if len({w for _, w in found}) > 1:
            return None  # two bodies' names fit the short one: which it is, unknown
    if not found:
        # 省国资委 in the title, 浙江省人民政府国有资产监督管理委员会 in the contact line: a
        # body the government runs directly, its seal name (see _seal_name)
        found = _areas_before(text, {"人民政府" + f for f in _own_forms(anchor)}, level_word)
    # 思明区 and 厦门市思明区 are one area written short and long: the longest,
    # when every other is its tail; two different areas give no prefix.
    area = max((a for a, _ in found), key=len, default="")
    if not area or not all(area.endswith(a) for a, _ in found):
        return None
    # The full form (市场监督管理局 over 市场监管局), whichever of the two wrote it.
    written = max([w for _, w in found] + [anchor], key=len)
    # 福州市鼓楼区 above 鼓楼区民政局…: the area the name opens with is written once (it
    # was 福州市鼓楼区鼓楼区民政局, a name no body bears: red25's hand probes)
    gaz = gazetteer()
    overlap = next(
        (
            k
            for k in range(min(len(area), len(written)), 1, -1)
            if area.endswith(written[:k]) and written[:k] in gaz.by_name
        ),
        0,
    )
    return area[: len(area) - overlap] + written + core[len(anchor) :]


def _areas_before(text: str, forms: Iterable[str], level_word: str) -> set[tuple[str, str]]:
    """(area, form) for each occurrence of a form with a run of division names right
    before it (an area alone on the line above: 富平县 / 市场监督管理局2022年…), the
    area ending with ``level_word`` when there is one."""
    found: set[tuple[str, str]] = set()
    gaz = gazetteer()
    for start, form in _occurrences(text, forms):
        left = text[max(0, start - 30) : start].rstrip()
        # The longest run of division names that ends right before the anchor.
        best = ""
        for i in range(len(left)):
            if left[i : i + 2] not in gaz.openings:
                continue  # the run opens with a full name (tested below): none starts here
            size, chain = _chain(left[i:])
            if chain and size == len(left) - i and chain[0][1] in gaz.by_name:
                best = left[i:]
                break
        if not best or (level_word and not best.endswith(level_word)):
            continue
        found.add((best, form))
    return found


# An abbreviated agency word keeps its characters in order and drops some (人力社保局 of
# 人力资源和社会保障局, 住建局 of 住房和城乡建设局): at most this many between two kept.
_DROPPED_REACH = 4


def _expansions(prefix: str, short: str, text: str) -> set[str]:
    """``prefix`` + the full forms the document writes of the agency word ``short``
    (人力社保局 → 人力资源和社会保障局 after 南湖区), for a word no table lists.

    A full form keeps the short word's characters in order, drops characters in at
    least two places (财政国库支付局 and 教育体育局 drop in one: other bodies than a
    财政局 or 教育局, not their full names) and ends where it does, 委 with its 员会."""
    if len(short) < 3 or not short.endswith(_words().heads):
        return set()
    # What re.finditer finds with prefix + short[0] + ([\u4e00-\u9fff]{0,4}?) before each
    # later character (+ (?:员会)? after 委), read without the pattern: compiling it took
    # ~5 ms (its character ranges), for a pattern new with each agency, i.e. with each
    # document a batch has not seen (2.9 ms a generated report on average).
    head = prefix + short[0]
    council = short.endswith("委")
    found: set[str] = set()
    at = text.find(head)
    while at >= 0:
        match = _gapped(text, at + len(head), short[1:])
        if match is None:
            at = text.find(head, at + 1)
            continue
        end, dropped = match
        if council and text.startswith("员会", end):
            end += 2
        if dropped >= 2:
            found.add(text[at:end])
        at = text.find(head, end)
    return found


def _gapped(text: str, at: int, rest: str) -> tuple[int, int] | None:
    """Where ``rest``'s characters, each after at most _DROPPED_REACH Han characters,
    end when read from ``at``, and in how many places characters came between: the
    first way a backtracking match with lazy gaps finds (fewest characters in the first
    gap, then in the second...); None if there is none. A place and character already
    known to lead nowhere is not tried again (the same answer, without the
    exponential walk)."""
    # the places known to lead nowhere, a byte each: the m-th character is looked for
    # at most m * (_DROPPED_REACH + 1) after ``at``
    dead = bytearray((len(rest) * (_DROPPED_REACH + 1) + 1) * len(rest))
    return _walk(text, at, rest, dead, at, 0)


def _walk(text: str, at: int, rest: str, dead: bytearray, j: int, m: int) -> tuple[int, int] | None:
    """:func:`_gapped` from ``text[j]`` on, ``rest[m]`` the next character looked for.
    (A function of its own, not a closure calling itself: such a closure is a cycle,
    left for the garbage collector, ~400 bytes a call.)"""
    if m == len(rest):
        return j, 0
    seen = (j - at) * len(rest) + m
    if dead[seen]:
        return None
    char, size = rest[m], len(text)
    for gap in range(_DROPPED_REACH + 1):
        k = j + gap
        if gap and not (k <= size and "\u4e00" <= text[k - 1] <= "\u9fff"):
            break
        if k < size and text[k] == char:
            found = _walk(text, at, rest, dead, k + 1, m + 1)
            if found is not None:
                return found[0], found[1] + (gap > 0)
    dead[seen] = 1
    return None


def _occurrences(text: str, forms: Iterable[str]) -> Iterator[tuple[int, str]]:
    """(start, form) of each match of ``re.finditer`` with the alternation of
    ``forms`` (non-empty literals, longest first), found with ``str.find``: the
    forms change with every name, and compiling a pattern costs more than the search."""
    following = {form: text.find(form) for form in forms}
    while True:
        # leftmost first; at one start the longest form (two forms of one
        # length cannot both start there)
        start, form = min(
            ((at, form) for form, at in following.items() if at >= 0),
            key=lambda item: (item[0], -len(item[1])),
            default=(-1, ""),
        )
        if start < 0:
            return
        yield start, form
        end = start + len(form)
        for other, at in following.items():
            if 0 <= at < end:
                following[other] = text.find(other, end)


def _describe(
    name: str, text: str, sites: Sequence[str] = ()
) -> tuple[str | None, Region | None, str | None, str | None, list[str]]:
    """Canonical name, region, level and kind of an agency name as written."""
    words = _words()
    warnings: list[str] = []
    # One body, one name: its second name (…局（…知识产权局）) stays in agency_as_written.
    name = _without_second_name(name)
    if name in words.titled_governments:
        # 市政府 in a title (see _agency): 市人民政府, whose area the document restores
        return _describe(words.titled_governments[name], text, sites)
    name = _without_state(name)  # 中华人民共和国宁波海关 is 宁波海关, its usual name
    # 国家发展改革委 is 国家发展和改革委员会 (its official short form, or as the text writes it)
    name = _national_written_out(name, text) or _national_full(name)
    if words.bracketed_zone.match(name):
        # 中国（上海）自由贸易试验区临港新片区管理委员会: complete, of its bracket's province
        # (full-width brackets, as the state writes the zone's name); no national body
        province = _bracketed_zone(name)
        full_width = name.replace("(", "（").replace(")", "）")
        return full_width, _region([province]) if province else None, None, "department", warnings
    party = _party_prefix(name)
    if party:
        # 中共南通市委网信办: a body the area's party committee runs, of the area's level;
        # never the area's government (its 办公室 is the 县委's: a department here)
        own, region, level, _, more = _describe(name[len(party) :], text, sites)
        return (party + own if own else None), region, level, "department", more
    if _is_national(name):
        # 中国科学技术大学: a university, whose name does not tell who runs it (not 中国科学院)
        unlevelled = name.endswith(words.unlevelled) and not name.endswith(words.academies)
        kind = "government" if name in words.national_government else "department"
        return name, None, None if unlevelled else "national", kind, warnings
    if name.startswith(("国家", "中国")) and _regional(name) and not _branch_parts(name):
        # 中国民用航空华东地区管理局: a central body's region, which is no division
        return name, None, None, "department", warnings
    sent = _under_ministry(name, text)
    if sent is not None:
        # 水利部长江水利委员会: a ministry's body of no area and of no level of its own
        return sent, None, None, "department", warnings
    # (asked for only when an agency's first division name is ambiguous)
    context = cache(partial(_context_codes, text))
    parts = _branch_parts(name)
    if parts is None:
        # 德清监管支局 (a county's 监管支局, meta25 z13 null): a branch written without its
        # parent whose place is a division's short name, which no chain of full names reads,
        # is the branch the document writes whole (国家金融监督管理总局德清监管支局). Not the
        # one parent of its word alone: 德清税务局 would be 国家税务总局德清税务局, a name the
        # bureau (德清县税务局) does not bear.
        parented = next((p + name for p in words.branches if p + name in text), name)
        whole = _branch_parts(parented) if parented != name else None
        if whole is not None and _place_chain(whole[1], context):
            name, parts = parented, whole
    if parts is not None:
        # 国家税务总局北京市海淀区税务局: the branch of the place; canonical as written
        place = _place_chain(parts[1], context)
        if not place:
            warnings.append(f"metadata.region_unknown: no division is named {parts[1]!r}")
            return name, None, None, "department", warnings
        return name, _region([d for d, _ in place]), place[-1][0].level, "department", warnings
    if name.startswith(words.corps_short) and len(name) > len(words.corps_short) + 1:
        name = words.corps + name[len(words.corps_short) :]  # 兵团民政局 (meta23 x20)
    if name.startswith(words.corps):
        # The Corps is no division: its bodies are in Xinjiang, at no listed level.
        gaz = gazetteer()
        xinjiang = Region(gaz.name_of(words.corps_code), None, None, words.corps_code)
        return name, xinjiang, None, "department", warnings
    size, chain = _chain(name, context)
    inside = _named_after_another(name, text, chain[0]) if chain else None
    if inside is not None:
        # 杭州湾新区管委会 in the title, 宁波杭州湾新区管理委员会 in the opening (meta23 x11:
        # read as 杭州市's): the short form is a word of the body's own name
        return _describe(inside, text, sites)
    misplaced = None if chain else _misplaced_division(name)
    if misplaced is not None:
        # 论州市运河区交通运输局 (an OCR's 沧→论): a city no division bears before a district
        # of another city is a misread or a spam's tail; which body, not certain.
        warnings.append(
            f"metadata.agency_partial: {name!r} opens with an area no division bears before"
            f" {misplaced!r}, which is another area's; agency left null"
        )
        return None, None, None, None, warnings
    canonical: str | None = name
    if chain and chain[0][0].level == "county" and not chain[0][0].name.endswith("市"):
        # 鼓楼区司法局 in the heading, 福州市鼓楼区司法局 in the contact line: a
        # district's or county's name with its city, where the document writes it
        # so (a county-level city, 如皋市, is named alone as often as not).
        restored = _restore(name, text)
        if restored is not None:
            size_r, chain_r = _chain(restored, context)
            if len(chain_r) > len(chain) and chain_r[-1][0].code == chain[-1][0].code:
                canonical, size, chain = restored, size_r, chain_r
    if not chain:
        restored = (
            _bureau_branch(name, text)
            or _restore(name, text)
            or _site_area(name, sites, text)
            or _zone_of_city(name, text)
            or _zone_of_site(name, sites, text)
            or _host_area(name, text)
        )
        if restored is not None:
            canonical = restored
            size, chain = _chain(canonical, context)
    level_word = _level_word(name)
    if not chain and canonical == name:
        # 由广西壮族自治区北部湾经济区规划建设管理办公室(以下简称自治区北部湾办)编制.
        # The pattern tries every position of the text: first the cheap test that
        # its literal tail (简称, a quote or not, the name) is written at all.
        named = any(f"简称{q}{name}" in text for q in ("", *_ALIAS_QUOTES))
        alias = re.search(_ALIAS + re.escape(name), text) if named else None
        full = _clean_agency(alias["full"])[0] if alias else None
        if full is not None and _chain(full, context)[1]:
            canonical = full
            size, chain = _chain(canonical, context)
    # 拱北海关: a customs district is named by no division, and is complete
    vertical = next((w for w in words.vertical if name.endswith(w)), None)
    complete = not level_word and vertical is not None and len(name) - len(vertical) >= 2
    # 井冈山经济技术开发区管理委员会: a zone's own name before its written-out zone word
    # (longer than _AREA_WORD reaches; 井冈山经开区管委会 it reads) is complete.
    complete = complete or (not level_word and _zone_named(name, own=2))
    # 和田民政局: a short form a prefecture and its seat city share (see _chain): the body
    # as written, its area not certain (as 鼓楼区 alone)
    complete = complete or (
        not level_word and not chain and _seat_shares(gazetteer().match_at(name, 0, short=True)[1])
    )
    if not chain and canonical == name and not complete and (level_word or not _area_word(name)):
        # 市财政局, 卫生健康委员会: which area's is not written anywhere.
        warnings.append(
            f"metadata.agency_partial: {name!r} names no area and the document"
            " does not restore it; agency left null"
        )
        canonical = None
    if chain and canonical is not None:
        # A county's short form under its parent is written out (威海市文登 → 文登区),
        # and so is a customary form (海西州 → 海西蒙古族藏族自治州): one agency, one name.
        gaz = gazetteer()
        # (not a city bureau's 派出 body, whose name holds the county's short form:
        # 苏州市吴江生态环境局 is no 吴江区's bureau)
        dispatched = len(chain) > 1 and canonical[size:] in words.dispatched_short
        full = "".join(
            d.name if (d.level == "county" and not dispatched) or text in gaz.customary else text
            for d, text in chain
        )
        if _zone_named(canonical[size:]):
            # 天津滨海高新技术产业开发区, 南京江宁经济技术开发区: the zone's proper name
            # holds the short form; the name is written in full, not rewritten
            # (天津滨海新区高新… is no body's name).
            full = canonical[:size]
        canonical = full + canonical[size:]
        size = len(full)
    rest = (canonical or name)[size:]
    branch = _branch_area((canonical or name)[:size], rest, chain, context) if chain else None
    region = _region([d for d, _ in branch or chain]) if chain else None
    level = None
    township = _TOWNSHIP.match(rest)
    # An area under the last listed one (兰州新区, 益阳市大通湖区; 临夏州临夏, of
    # 临夏市 or 临夏县): level unknown.
    sub_area = _area_word(rest)
    sub_end = sub_area.end() if sub_area else _shared_county(rest, chain)
    if branch:
        level = branch[-1][0].level
    elif township:
        level = "street" if township.group().endswith("街道") else "township"
        rest = rest[township.end() :]
    elif chain and re.search(r"[区县市旗]分局$", rest):
        level = "county"  # 杭州市公安局滨江区分局: a district's branch of a city bureau
    elif chain and not sub_end:
        level = chain[-1][0].level
    elif not chain and level_word:
        level = words.level_words[level_word]
        level = None if level == "unknown" else level
        rest = rest[len(level_word) :]
    elif sub_end:
        rest = rest[sub_end:]  # 朝阳区人民政府 (which 朝阳区 is unknown)
    if not chain and sub_area is not None and _county_of_many(sub_area.group()):
        # 鼓楼区 alone is a district of four cities: which one is not certain (no
        # province, city or code), but that it is a county-level 鼓楼区 is.
        region = Region(None, None, sub_area.group(), None)
        level = level or "county"
    if rest.endswith(words.vertical) or rest.endswith(words.unlevelled):
        level = None  # 南京海关 covers no administrative area's level; 厦门大学 is not the city's
    kind = "government" if rest in words.government_tails else "department"
    if (
        canonical is not None
        and rest in ("", "政府", "人民政府")
        and canonical[: len(canonical) - len(rest)].endswith(words.zones)
        # a zone the gazetteer lists as a division is a zone still when no people's
        # government runs it (苏州工业园区); 浦东新区 is a district
        and not (
            chain
            and size == len(canonical) - len(rest)
            and chain[-1][0].name not in words.zone_divisions
        )
    ):
        # 成都高新区 alone: a zone, which no people's government runs; its
        # 管理委员会, where the document names it (来源：成都高新技术产业开发区管理委员会).
        zone = canonical[: len(canonical) - len(rest)]
        forms = [_spelled_out(zone + tail, text) for tail in ("管委会", "管理委员会")]
        written = [f for f in forms if f in text]
        if not written:
            # 西咸新区 in the title, 陕西省西咸新区开发建设管理委员会 in 发布机构: the
            # committee's name with a few words of its charge between (one such name).
            committees: set[str] = set()
            for m in _ZONE_COMMITTEE.finditer(text):
                if m["zone"].endswith(zone):  # (the run may start before the zone's name)
                    committees.add(m["name"][len(m["zone"]) - len(zone) :])
                elif zone.endswith(m["zone"]):
                    committees.add(m["name"])
            written = list(committees) if len(committees) == 1 else []
        canonical = max(written, key=len) if written else None
        kind = "department"
        if canonical is None:
            warnings.append(
                f"metadata.agency_partial: {name!r} names a zone, whose administrative"
                " committee the document does not name; agency left null"
            )
        return canonical, region, None, kind, warnings
    if canonical is not None and rest in words.government_full:
        # 唐村镇政府 = 唐村镇人民政府; 长阳县政府办公室 = 长阳土家族自治县人民政府办公室
        canonical = canonical[: -len(rest)] + words.government_full[rest]
    if canonical is not None and rest == "" and kind == "government":
        # A report titled with its area alone (合江县, 田黄镇) is its government's.
        canonical += "办事处" if canonical.endswith("街道") else "人民政府"
    if canonical is not None and chain and kind == "department":
        # 嘉兴市南湖区人力社保局 in the title, 南湖区人力资源和社会保障局 in the preamble:
        # a short agency word no table lists, written out as the document writes it.
        word = canonical[size:]
        if not word.endswith(tuple(s for s, _ in words.abbreviations)):
            last = chain[-1][0].name
            fulls = {f[len(last) :] for f in _expansions(last, word, text)}
            if len(fulls) == 1:
                canonical = canonical[:size] + fulls.pop()
    if canonical is not None and chain:
        area = canonical[:size]
        canonical = _with_parent(_spelled_out(canonical, text), text)
        if kind == "department" and canonical.startswith(area):
            canonical = _seal_name(area, canonical[len(area) :], text)
    if canonical is not None:
        # The canonical name spells its agency word out (黄石港区文旅局 →
        # 黄石港区文化和旅游局), so that both forms of one agency agree.
        short = next((s for s, _ in words.abbreviations if canonical.endswith(s)), None)
        if short is not None:
            canonical = canonical[: -len(short)] + dict(words.abbreviations)[short]
    return canonical, region, level, kind, warnings


# A zone's committee named with the words of its charge (西咸新区开发建设管理委员会):
# the zone's own name, at most six characters of charge that name no other body
# (中共…工作委员会, 党工委, an office), 管理委员会 or 管委会.
_ZONE_COMMITTEE = re.compile(
    r"(?P<name>(?P<zone>[\u4e00-\u9fff]{2,12}?(?:新区|开发区|园区|高新区|经开区))"
    r"(?:(?![委党办])[\u4e00-\u9fff]){1,6}?(?:管理委员会|管委会))"
)


def _bracketed_zone(name: str) -> Division | None:
    """The province of a zone the state names with it in brackets (中国（上海）自由贸易
    试验区… → 上海市), where ``name`` opens so and the bracket is one province's name,
    full or short; else None."""
    m = _words().bracketed_zone.match(name)
    if m is None:
        return None
    gaz = gazetteer()
    area = m["area"]
    for short in (False, True):
        size, found = gaz.match_at(area, 0, short=short)
        provinces = [d for d in found if d.level == "province"]
        if size == len(area) and len(provinces) == 1:
            return provinces[0]
    return None


def _misplaced_division(name: str) -> str | None:
    """The division right after ``name``'s opening province or city word when the
    gazetteer knows no area of that word and places the division under another
    (论州市 + 运河区, which is 沧州市's): a misread name, not an area of its own. None
    where the opening word is known, no known division follows it (a made-up 东江省 +
    自然资源厅), or the division's province or city bears the word."""
    gaz = gazetteer()
    m = _area_word(name)
    if m is None or m.group()[-1] not in "省市州盟" or gaz.match_at(name, 0)[0]:
        return None
    if gaz.match_at(name, 0, short=True)[0]:
        return None  # 威海市文登 reads from its start; a short form is a place
    size, found = gaz.match_at(name, m.end())
    if not size:
        return None
    word = m.group()
    parents = {gaz.name_of(code) for d in found for code in (d.city_code, d.province_code)}
    return None if word in parents else name[m.end() : m.end() + size]


def _zone_named(rest: str, own: int = 0) -> bool:
    """Whether ``rest`` opens with a zone's name (高新技术产业开发区…, 滨江经济开发区…,
    井冈山经济技术开发区…): at least ``own`` and at most 6 characters of its own, no
    agency's word among them, then a zone word, short or written out (管理委员会 is
    the committee's word, no zone's: 城市管理委员会 is no zone)."""
    words = _words()
    fulls = (f for short, forms in words.spelled_out if short in words.zones for f in forms)
    for end in (*words.zones, *fulls):
        at = rest.find(end)
        if own <= at <= 6 and not _AGENCY_IN_AREA.search(rest, 0, at):
            return True
    return False


def _spelled_out(name: str, text: str) -> str:
    """``name`` with its short zone words written out as the document itself writes
    the name (长春经开区管委会 → 长春经济技术开发区管理委员会), else ``name``; a short
    word the document writes out two ways is left short."""
    pairs = [(short, fulls) for short, fulls in _words().spelled_out if short in name]
    if not pairs:
        return name
    found: list[tuple[str, tuple[str | None, ...]]] = []
    for choice in product(*[(None, *fulls) for _, fulls in pairs]):
        form = name
        for (short, _), full in zip(pairs, choice, strict=True):
            form = form if full is None else form.replace(short, full)
        if form != name and form in text:
            found.append((form, choice))
    for i in range(len(pairs)):
        if len({c[i] for _, c in found if c[i] is not None}) > 1:
            return name
    return max((f for f, _ in found), key=len, default=name)


def _seal_name(area: str, own: str, text: str) -> str:
    """A body's name (area + ``own``: 绍兴市 + 国资委) as the document writes it with its
    government between the area and its own words (绍兴市人民政府国有资产监督管理委员会, the
    name on its seal: a body the government runs directly), ``own`` as written or spelled
    out (``spelled_out``); the longest such form, else ``area + own``. The same body: the
    area and its own words are the name's, 人民政府 only says whose it is."""
    if own.startswith(("人民政府", "政府")):
        return area + own
    written = [f for f in _own_forms(own) if f"{area}人民政府{f}" in text]
    return f"{area}人民政府{max(written, key=len)}" if written else area + own


def _own_forms(own: str) -> set[str]:
    """A body's own words as written and with each short word spelled out (国资委,
    国有资产监督管理委员会)."""
    return {own} | {
        own.replace(short, full)
        for short, fulls in _words().spelled_out
        if short in own
        for full in fulls
    }


def _county_of_many(name: str) -> bool:
    """Whether ``name`` is the full name of several current counties and of nothing
    else (鼓楼区; not 东乡县, a former county's name and another's customary one)."""
    return gazetteer().county_of_many(name)


def _shared_county(rest: str, chain: list[tuple[Division, str]]) -> int:
    """The length of a county's short form that ``rest`` opens with, where several
    counties of the city before it answer to it (临夏州 + 临夏人民政府); else 0."""
    if not chain or chain[-1][0].level != "city":
        return 0
    size, found = gazetteer().match_at(rest, 0, short=True)
    prefix = chain[-1][0].code[:4]
    return size if len({d.code for d in found if d.code.startswith(prefix)}) > 1 else 0


# <bureau><place>分局 after an area: the bureau's branch for a place under that area.
_PLACE_BRANCH = re.compile(r".+(?:局|委员会|委)(?P<place>[\u4e00-\u9fff]{2,8})分局")


def _branch_area(
    prefix: str, rest: str, chain: list[tuple[Division, str]], context: _Context
) -> list[tuple[Division, str]] | None:
    """The divisions of a bureau's branch named for a place under the bureau's area
    (佛山市 + 公安局禅城分局 → 佛山市 › 禅城区; 北京市 + 规划和自然资源委员会海淀分局):
    the branch serves that district, which is its region and level. None when the
    place is not one division under the area (交通警察分局, 高新分局)."""
    m = _PLACE_BRANCH.fullmatch(rest)
    if m is None:
        return None
    probe = prefix + m["place"]
    size, found = _chain(probe, context)
    return found if size == len(probe) and len(found) == len(chain) + 1 else None


def _region(chain: list[Division]) -> Region:
    gaz = gazetteer()
    last = chain[-1]
    province = gaz.name_of(last.province_code)
    city = gaz.name_of(last.city_code) if last.level != "province" else None
    if city == province:
        city = None
    county = last.name if last.level == "county" else None
    return Region(province, city, county, last.code)
