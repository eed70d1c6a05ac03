"""Stage 5 — metadata: agency, report year, publication date, index number, script.

Each value comes from the strongest cue available and is ``None`` (with a
warning) rather than a guess: a null beats a wrong value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from .noise import is_spam

__all__ = ["Metadata", "read_metadata"]


@dataclass(frozen=True, slots=True)
class Metadata:
    agency: str | None = None
    year: int | None = None
    published: str | None = None
    index_no: str | None = None
    script: str = "simplified"

    def to_dict(self) -> dict[str, object]:
        return {
            "agency": self.agency,
            "year": self.year,
            "published": self.published,
            "index_no": self.index_no,
            "script": self.script,
        }


_LABELS = {
    "索引号": "index_no",
    "索引ID": "index_no",
    "发布机构": "issuer",
    "发文机构": "issuer",
    "发文单位": "issuer",
    "发文日期": "date",
    "发布日期": "date",
    "公开日期": "date",
    "成文日期": "date",
    "发布时间": "date",
    "生成日期": "date",
}
_LABEL_RE = re.compile(
    r"(?P<label>索\s*引\s*(?:号|ID)|发\s*布\s*机\s*构|发\s*文\s*机\s*构|发\s*文\s*单\s*位"
    r"|发\s*文\s*日\s*期|发\s*布\s*日\s*期|公\s*开\s*日\s*期|成\s*文\s*日\s*期|发\s*布\s*时\s*间"
    r"|生\s*成\s*日\s*期)\s*[:：]?\s*"
)
# Every label starts with one of these (spaced variants included).
_LABEL_HINT = re.compile(r"索\s*引|发\s*[布文]|公\s*开\s*日|成\s*文|生\s*成\s*日")
_DATE = re.compile(
    r"(?P<y>20\d\d)\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})\s*日?"
)
_INDEX = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/_.]{4,}")
_SUFFIX = (
    "人民政府办公室",
    "人民政府办公厅",
    "办公室",
    "办公厅",
    "人民政府",
    "委员会",
    "管委会",
    "街道办事处",
    "办事处",
    "总队",
    "支队",
    "大队",
    "分局",
    "局",
    "委",
    "办",
    "厅",
    "院",
    "中心",
    "署",
    "街道",
    "镇",
    "乡",
    "政府",
    "所",
    "站",
    "会",
    "处",
    "部",
    "区",
    "县",
    "市",
    "省",
    "系统",
)
_TITLE_AFTER = re.compile(
    r"(?P<agency>[\u4e00-\u9fff()（）]{2,40}?)\s*(?P<year>20\d\d)\s*年\s*度?\s*"
    r"(?:政府)?(?:信息公开|政务公开|政府信息)[^\n。,，《》]{0,12}?(?:报告|落实情况)"
)
_TITLE_BEFORE = re.compile(
    r"(?P<year>20\d\d)\s*年\s*度?\s*(?P<agency>[\u4e00-\u9fff()（）]{2,40}?)的?"
    r"(?:政府信息公开|政务公开|信息公开)"
)
_COMPILED_BY = re.compile(
    r"由(?P<agency>[\u4e00-\u9fff()（）]{2,40}?)(?:负责)?(?:编制|按照|根据|依据)"
)
_YEAR_TITLE = re.compile(
    r"(?P<year>20\d\d)\s*年\s*度?\s*[^\n。,，]{0,40}?(?:政府)?(?:信息公开|政务公开)(?:工作)?"
    r"(?:年度)?(?:报告|落实情况)"
    # …年度报告(2020年): the year after the title
    r"|(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:年度)?报告\s*[(（]\s*(?P<year2>20\d\d)\s*年?度?\s*[)）]"
)
_CN_YEAR = re.compile(r"([〇零一二][〇零一二三四五六七八九]{3})\s*年")
_CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_YEAR_PERIOD = re.compile(
    r"统计(?:期限|时限|时间|区间|周期|范围)?[^。\n]{0,12}?(?P<year>20\d\d)\s*年\s*1\s*月\s*1\s*日"
)
_LEADING_VERBS = re.compile(
    r"^.*(?:现公布|现予公布|向社会公布|公布|现将|发布|编制了|编制|关于|《|根据)"
)


_GENERIC = frozenset(
    {
        "政府",
        "人民政府",
        "市政府",
        "区政府",
        "县政府",
        "镇政府",
        "省政府",
        "本机关",
        "本单位",
        "本部门",
        "各级政府",
        "全市",
        "全区",
        "全县",
        "全省",
        "本市",
        "本区",
    }
)


def _clean_agency(candidate: str) -> str | None:
    candidate = re.sub(r"[(（]以下简称.*$", "", candidate)
    candidate = _LEADING_VERBS.sub("", candidate).strip(" 《》()（）")
    candidate = re.sub(r"^(?:的|了)", "", candidate)
    if candidate.startswith(("我", "本", "各", "全")) or candidate in _GENERIC:
        return None
    if not 2 <= len(candidate) <= 40 or not candidate.endswith(_SUFFIX):
        return None
    return candidate


def _fields(lines: list[str]) -> dict[str, str]:
    """Label/value pairs from the metadata block (pipe rows, header rows, inline labels)."""
    found: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not _LABEL_HINT.search(line):
            continue
        cells = [re.sub(r"\s+", "", c).rstrip(":：") for c in line.split("|")]
        cells = [c for c in cells if c and not set(c) <= {"-"}]
        labels = [_LABELS.get(c) for c in cells]
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
        for m in _LABEL_RE.finditer(line):
            key = _LABELS[re.sub(r"\s+", "", m.group("label"))]
            rest = line[m.end() :]
            rest = rest.lstrip("| \t")
            value = re.split(r"\s*\|\s*|\s{2,}|\t", rest, maxsplit=1)[0].strip()
            if value and not _LABEL_RE.match(value):
                found.setdefault(key, value)
    return found


def _date(value: str) -> str | None:
    m = _DATE.search(value)
    if not m:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
    except ValueError:  # 2020-02-30 is not a date
        return None


def read_metadata(text: str, *, script: str = "simplified") -> tuple[Metadata, tuple[str, ...]]:
    """Metadata of a normalised report, and the warnings found while reading it."""
    warnings: list[str] = []
    # Years written in Chinese numerals (二〇一九年) read as digits; metadata
    # keeps no offsets, so the rewrite cannot misplace anything.
    text = _CN_YEAR.sub(lambda m: m[1].translate(_CN_DIGITS) + "年", text[:8000])
    head = text[:3000]
    lines = head.splitlines()
    fields = _fields(lines[:40])

    index_no = None
    if "index_no" in fields:
        m = _INDEX.search(fields["index_no"])
        index_no = m.group() if m else None

    # Year: the statistics period states it; titles can be wrong (a 2021 report
    # titled 2020) and are the fallback.
    year = None
    period = _YEAR_PERIOD.search(text[:6000])
    # A title may be wrapped over lines (…公开工作 / 年度报告): read the top joined too.
    title = _YEAR_TITLE.search(head) or _YEAR_TITLE.search(re.sub(r"\s*\n\s*", "", head[:300]))
    title_year = int(title["year"] or title["year2"]) if title else None
    if period:
        year = int(period.group("year"))
        if title_year is not None and title_year != year:
            warnings.append(
                f"metadata.year_conflict: title says {title_year}, "
                f"statistics period says {year}; using {year}"
            )
    elif title_year is not None:
        year = title_year
    else:
        opening = re.search(r"(?:^|\n)\s*(20\d\d)\s*年\s*(?:度)?\s*[,，]", text[:8000])
        if opening:
            year = int(opening.group(1))
            warnings.append(
                f"metadata.year_inferred: no title or statistics period; took {year}"
                " from the opening sentence"
            )
        else:
            warnings.append("metadata.year_missing: no report year found")

    published = _date(fields["date"]) if "date" in fields else None
    if published is None:
        m = re.search(
            r"^\s*[(（]\s*(20\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[)）]\s*$", head, re.M
        )
        if m:
            published = _date(m.group(1))

    agency, spam = _agency(head, fields)
    if spam:
        warnings.append(f"spam: injected text where the agency's name should be: {spam!r}")
    if agency is None:
        warnings.append(
            "metadata.agency_missing: agency name not found"
            + (" (the name in the title is spam)" if spam else "")
        )
    return Metadata(agency, year, published, index_no, script), tuple(warnings)


def _agency(head: str, fields: dict[str, str]) -> tuple[str | None, str | None]:
    spam_seen: str | None = None
    lines = [ln.strip() for ln in head.splitlines()[:60] if ln.strip()]
    # A title wrapped over two lines (…政府信息公开工作 / 年度报告) is read joined.
    joined = [a + b for a, b in pairwise(lines[:9]) if len(a) + len(b) <= 60]
    for line in lines + joined:
        patterns: tuple[re.Pattern[str], ...] = (
            (_TITLE_AFTER, _TITLE_BEFORE) if "年" in line else ()
        )
        if "由" in line:
            patterns += (_COMPILED_BY,)
        for pattern in patterns:
            for m in pattern.finditer(line):
                candidate = _clean_agency(m.group("agency"))
                if candidate is None:
                    continue
                if is_spam(line):
                    spam_seen = spam_seen or line.strip()[:60]
                    continue
                return candidate, spam_seen
    # A title that starts with the year, with the agency on the line above.
    lines = [ln.strip() for ln in head.splitlines()[:20]]
    for i, line in enumerate(lines):
        if (re.match(r"20\d\d\s*年", line) and "报告" in line) or "落实情况" in line:
            previous = next((p for p in reversed(lines[:i]) if p), "")
            candidate = _clean_agency(previous) if len(previous) <= 40 else None
            if candidate:
                if is_spam(previous):
                    spam_seen = spam_seen or previous
                    continue
                return candidate, spam_seen
    issuer = fields.get("issuer")
    if issuer:
        if is_spam(issuer):
            return None, spam_seen or issuer
        candidate = _clean_agency(issuer)
        if candidate:
            return candidate, spam_seen
    return None, spam_seen
