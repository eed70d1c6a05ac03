"""The tables stage, top to bottom: cells → rows by label → columns → alignment → values → checks.

1. Layout recovery (:mod:`.grid`): the text (or the HTML tables) becomes a
   flat stream of text / value / empty cells.
2. Rows are found by their labels (:mod:`.rows`, :mod:`.templates`), and a
   row's cells are the value and empty cells that follow its label up to the
   next text cell, whatever the separators (:mod:`.reading`); table 四 has its
   own shapes (:mod:`.table4`).
3. Columns come from the headers (:mod:`.headers`: table 二's per sub-table
   header, table 三's 申请人情况 header, table 四's two header rows), the
   standard order being the default; which occurrence of a row is read and
   the template (2019/2021) are decided over the whole reading
   (:mod:`.decide`); each row's cells are then matched to its columns
   (:mod:`.columns`).
4. Rows whose cell count does not match their columns are aligned with the
   tables' arithmetic (:mod:`.align`), or left out with a warning.
5. Values get their unit (money in 万元), and the checks and plausibility
   warnings are evaluated (:mod:`.checks`).
"""

from __future__ import annotations

import logging
import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from functools import lru_cache
from operator import eq, methodcaller
from typing import TYPE_CHECKING, Any, cast

from ..quantities.numerals import YEAR_GROUP, YEAR_WRITTEN, year_value
from ..schema import MONEY_FIELDS, T2_ROWS, T3_COLUMNS, T4_COLUMNS, T4_GROUPS
from .align import CountSlots, RowObs, Slot, resolve, row_obs
from .checks import CheckDef, check_defs, evaluate_cells, t3_rows
from .columns import Observed, observations
from .comparison import blank_comparisons
from .decide import SHOWN, Notices, Sight, Titled, decide_template
from .fast import read_items_fast, read_text_fast
from .grid import CellStyle, HtmlTableLike, items_from_html, items_from_text, text_layout
from .model import Cell, CellColumns, CellValues, TablesResult
from .reading import Reading, SectionLike, Zones, zones
from .reports import OtherReport, other_reports, title_key
from .rows import read_rows
from .table4 import captioned
from .templates import template_votes
from .values import count_value, to_wanyuan

if TYPE_CHECKING:
    from ..normalize import NormalizedText

__all__ = ["parse_tables"]

logger = logging.getLogger(__name__)

# Above this many 万元 (100亿元) an amount with no unit was almost surely
# written in 元.
_IMPLAUSIBLE_WANYUAN = 1_000_000
# 国办公开办函〔2019〕60号 set the first template for the 2019 reports: an
# earlier report's table follows the 2008 one (统计指标/单位/统计数), whose rows
# are not the fields of either template.
_FIRST_TEMPLATE_YEAR = 2019
_MONEY = frozenset(MONEY_FIELDS)
# The last four fields of a count's cell read as it stands (see model.Cell).
_COUNT = (None, False, "read", True)
_SECTION_TITLES = {"proactive": "二", "requests": "三", "appeals": "四"}
_SECTION_WORDS = {"二": "主动公开", "三": "申请", "四": "行政复议"}
# The headings of those sections in a text without section spans, compiled once:
# a pattern built at each call is compiled again whenever other modules' patterns
# have pushed it out of re's cache (about 130 KB at a report's peak, for a pattern).
_SECTION_HEADINGS = tuple(
    (num, re.compile(rf"(?m)^\s*{num}[、.．]\s*\S*{word}")) for num, word in _SECTION_WORDS.items()
)
# The same from the numeral on: scanned for by its first character (the line-start
# anchor first was tried at every character); see _heading_found.
_SECTION_HEADING_TAILS = tuple(
    (num, re.compile(rf"{num}[、.．]\s*\S*{word}")) for num, word in _SECTION_WORDS.items()
)
# A header cell naming a year (2025年, 2024年度): no template table has one. A table
# whose first row names two years compares them (指标|2025年|2024年|增减: verdicts20's
# v20_15); read with the template's, its 新收申请 / 办结 / 行政复议 rows were found twice
# or taken for table 四, and table 三's 总计 and all of table 四 went unread.
_YEAR_HEADER = re.compile(r"(?:19|20)\d{2}\s*年度?")
# The cells that open a table 二 (see _year_template_t2).
_T2_ANCHOR = re.compile(r"信息内容|第二十条|信息內容|第二十條")


def _cell(field_id: str, slot: Slot, observed: Observed, inferred: bool) -> tuple[Cell, list[str]]:
    """A cell placed in its field (money in 万元), and the warnings its unit gives."""
    assert slot.value is not None
    if field_id not in MONEY_FIELDS:
        # a count: the cell's number (times its unit's count: 1.26万), no unit; the
        # caller has left out a count that is not one (see values.count_value)
        value = count_value(slot.value, slot.unit)
        assert value is not None
        return (value, slot.raw, slot.start, slot.end, None, inferred, "read", True), []
    row_units = observed.rows.get(field_id.rsplit(".", 1)[0])
    header_unit = row_units.get("amount") if row_units is not None else None
    warnings: list[str] = []
    value, stated = to_wanyuan(slot.value, slot.unit or header_unit)
    if not stated and value != 0:
        warnings.append(f"tables.unit_assumed: {field_id} {slot.raw!r} has no unit; 万元 assumed")
        if abs(value) > _IMPLAUSIBLE_WANYUAN:
            warnings.append(
                f"tables.implausible_amount: {field_id} is {value} 万元 if the "
                "assumed unit is right; it may be in 元"
            )
    return (value, slot.raw, slot.start, slot.end, "万元", inferred, "read", True), warnings


def _headings_present(text: str, sections: Sequence[Any]) -> list[str]:
    ids = {getattr(s, "id", None) for s in sections}
    found = [num for sid, num in _SECTION_TITLES.items() if sid in ids]
    if found:
        return found
    for num, tail in _SECTION_HEADING_TAILS:
        if _heading_found(text, tail):
            found.append(num)
    return found


def _heading_found(text: str, tail: re.Pattern[str]) -> bool:
    """Whether the heading of _SECTION_HEADINGS whose part from the numeral on is
    ``tail`` is in ``text``: a place ``tail`` matches with only whitespace before it back
    to a line's start (each place it matches at is tried: one match may hold another)."""
    found = tail.search(text)
    while found is not None:
        at = start = found.start()
        while start > 0 and text[start - 1].isspace():  # (str.isspace() is re's \s)
            start -= 1
        if start == 0 or text.find("\n", start, at) >= 0:
            return True
        found = tail.search(text, at + 1)
    return False


@lru_cache(maxsize=64)
def _check_defs(
    template: str, rows_seen: frozenset[str]
) -> tuple[tuple[CheckDef, ...], tuple[CheckDef, ...], tuple[CheckDef, ...]]:
    """The checks for this shape of report (all, table 三's, table 四's); a few shapes recur."""
    defs = check_defs(template, rows_seen)
    t3_defs = tuple(d for d in defs if d.id.startswith("t3."))
    t4_defs = tuple(d for d in defs if d.id.startswith("t4."))
    return defs, t3_defs, t4_defs


def parse_tables(
    text: NormalizedText | str,
    *,
    sections: Sequence[SectionLike] = (),
    html_tables: Sequence[HtmlTableLike] = (),
    year: int | None = None,
) -> TablesResult:
    """Read the statistical tables (二, 三, 四) of one report.

    ``text`` is a :class:`~govinfo_nlp.normalize.NormalizedText` (or a plain
    string, read with identity offsets); ``html_tables`` are the document's
    HTML tables, read in preference to the text when they hold the tables.
    Problems become warnings; nothing here raises on odd input.
    """
    others = other_reports(text if isinstance(text, str) else text.text, sections)
    if others:
        own = _own_year_report(text if isinstance(text, str) else text.text, others, sections, year)
        if own is not None:
            return _year_report(text, others, own, html_tables, year)
        # a page of several reports: the row's is the first, read from its own text
        return _first_report(text, others, sections, html_tables, year)
    if isinstance(text, str):
        plain = text

        def to_original(start: int, end: int) -> tuple[int, int]:
            return start, end
    else:
        plain = text.text
        to_original = text.to_original

    observed = None
    html_tables = _template_candidates(html_tables, year)
    if html_tables:
        if not isinstance(text, str):
            html_tables = captioned(html_tables, text.original)
        # HTML cells carry offsets of the original text; the sections do not.
        observed = _read_html(
            html_tables,
            zones(sections, to_original),
            year,
            report_year_at(plain, year, to_original),
            notices_before(plain, year, to_original),
        )
        if observed is not None:

            def mapper(start: int, end: int) -> tuple[int, int]:
                return start, end

            return _result(observed, mapper, year)
    observed = _read_text(
        plain, sections, year, report_year_at(plain, year), notices_before(plain, year)
    )
    if observed is None or not observed.found:
        present = _headings_present(plain, sections)
        where = (
            f"headings {'/'.join(present)} present but no table rows found"
            if present
            else "no statistical table found"
        )
        return TablesResult(None, {}, (), (f"tables.missing: {where}",))
    return _result(observed, to_original, year)


def _first_report(
    text: NormalizedText | str,
    others: Sequence[OtherReport],
    sections: Sequence[SectionLike],
    html_tables: Sequence[HtmlTableLike],
    year: int | None,
) -> TablesResult:
    """The tables of the first of several reports on a page, read from its text (and its
    HTML tables) only, the others' spans in original offsets and a warning naming them."""
    cut = others[0].start
    if isinstance(text, str):
        spans = tuple((o.start, o.end) for o in others)
        first: NormalizedText | str = text[:cut]
    else:
        spans = tuple(text.to_original(o.start, o.end) for o in others)
        first = text.without([(cut, len(text.text))])
    end = spans[0][0]
    own_tables = [t for t in html_tables if getattr(t, "start", 0) < end]
    own_sections = [s for s in sections if getattr(s, "start", 0) < cut]
    result = parse_tables(first, sections=own_sections, html_tables=own_tables, year=year)
    named = "; ".join(
        f"{o.title} (from offset {s})" for o, (s, _) in zip(others, spans, strict=True)
    )
    warning = (
        f"tables.other_reports: the page holds {len(others) + 1} reports; the row's tables "
        f"are the first's, read from its own text; not read into it, and its claims not "
        f"compared with them: {named}"
    )
    return replace(result, warnings=(*result.warnings, warning), others=spans)


# A year a report's title, a caption or a draft's title line names, in digits or Chinese
# numerals (二〇二三年: red29 a05; one pattern for all of them, quantities.numerals).
_TITLE_YEAR = re.compile(YEAR_GROUP + r"\s*年")


def _own_year_report(
    text: str, others: Sequence[OtherReport], sections: Sequence[SectionLike], year: int | None
) -> tuple[int, int | None] | None:
    """Where the first report's tables stand under a report title naming another year than
    the row's ``year`` (a page holding last year's report, then this year's): the span
    (start, end) of the first report's part from that title, and the index in ``others``
    of the one report whose title names ``year`` (None: no report or several do, and no
    table is this year's for certain). None where the first report's tables are the row's
    (its title names the year, or no title stands above them, or the year is unknown).

    red28 t02 (附件1：…2022年…年度报告, its tables, 附件2：…2023年…年度报告, its tables,
    under a page heading of 2023) had the first report's, last year's, tables read as the
    2023 row's: 10 stale cells. A title given as a link (相关阅读：…) is no title."""
    if year is None:
        return None
    tables_at = next((getattr(s, "start", None) for s in sections if s.id == "requests"), None)
    if not isinstance(tables_at, int):
        return None
    from ..metadata import report_link_lines
    from ..reconcile.claimant import report_titles

    titles = report_titles(text[: others[0].start])
    links = report_link_lines(text[: others[0].start]) if titles.ends else frozenset()
    above = [
        (end, y)
        for end, y in zip(titles.ends, titles.years, strict=True)
        if end <= tables_at and text.rfind("\n", 0, max(end - 1, 0)) + 1 not in links
    ]
    if not above or above[-1][1] == year:
        return None
    start = text.rfind("\n", 0, max(above[-1][0] - 1, 0)) + 1
    first_body = _body_of(text[start : above[-1][0]])
    # (the report of the year must be the same body's: 附件1 this body's 2022 report, then
    # 附件2 ANOTHER body's 2023 report has no table of this row's, red29)
    named = [
        k
        for k, o in enumerate(others)
        if _title_years(o.title) == {year} and _body_of(o.title) == first_body
    ]
    return start, (named[0] if len(named) == 1 else None)


# A year a title names, and its brackets if any (【2023年】某局…, 某局…报告（2023年度）,
# 某局2023年度…): left out of the title for the name of its body.
_YEAR_IN_TITLE = re.compile(
    rf"[【\[（(〔]\s*({YEAR_WRITTEN})\s*(?:年度?)?\s*[】\]）)〕]|{YEAR_GROUP}\s*年度?"
)


def _title_years(title: str) -> set[int]:
    """The years a report's title names (:data:`_YEAR_IN_TITLE`)."""
    return {year_value(a or b) for a, b in _YEAR_IN_TITLE.findall(title)}


def _body_of(title: str) -> str:
    """The name a report's title gives, before its (政府)信息公开, without its years, spaces,
    an attachment's number (附件2：) and brackets round a year: 附件1：某局2022年…年度报告,
    某局政府信息公开工作年度报告（2022年度）, 【2022年】某局…年度报告 and 2022年某局…年度报告
    -> 某局 (a year first gave every body's title the one name "")."""
    key = _YEAR_IN_TITLE.sub("", title_key(title))
    cut = key.find("信息公开")
    if cut >= 2 and key[cut - 2 : cut] == "政府":
        cut -= 2
    return key[:cut] if cut > 0 else key


def _year_report(
    text: NormalizedText | str,
    others: Sequence[OtherReport],
    own: tuple[int, int | None],
    html_tables: Sequence[HtmlTableLike],
    year: int | None,
) -> TablesResult:
    """The tables of the report of the row's year on a page of several whose first one is
    another year's (:func:`_own_year_report`): read from that report's text (and its HTML
    tables) only; with no one report of the year, none (the first's are another year's).
    The other reports' spans (the first's from its title on) in original offsets and a
    warning naming them."""
    first_start, k = own
    plain = text if isinstance(text, str) else text.text
    spans = [(first_start, others[0].start)] + [(o.start, o.end) for o in others]
    titles = [plain[first_start : plain.find("\n", first_start) % (len(plain) + 1)].strip()]
    titles += [o.title for o in others]
    if k is None:
        original = spans if isinstance(text, str) else [text.to_original(*sp) for sp in spans]
        return TablesResult(
            None,
            {},
            (),
            (
                "tables.other_year: the page's first report's tables stand under a title "
                f"naming another year than {year} ({titles[0]}), and no one other report on "
                "the page is of that year; no table read",
            ),
            others=tuple(original),
        )
    start, end = others[k].start, others[k].end
    rest = [sp for j, sp in enumerate(spans) if j != k + 1]
    if isinstance(text, str):
        # (the text outside the report blanked, its line breaks kept: offsets unchanged)
        part: NormalizedText | str = (
            re.sub(r"[^\n]", " ", text[:start])
            + text[start:end]
            + re.sub(r"[^\n]", " ", text[end:])
        )
        original = rest
        lo, hi = start, end
    else:
        part = text.without([(0, start), (end, len(plain))])
        original = [text.to_original(*sp) for sp in rest]
        lo, hi = text.to_original(start, end)
    from ..sections import find_sections

    part_text = part if isinstance(part, str) else part.text
    own_tables = [t for t in html_tables if lo <= getattr(t, "start", -1) < hi]
    result = parse_tables(
        part, sections=find_sections(part_text), html_tables=own_tables, year=year
    )
    named = "; ".join(
        f"{t} (from offset {s})"
        for t, (s, _) in zip(
            [titles[0]] + [o.title for j, o in enumerate(others) if j != k], original, strict=True
        )
    )
    warning = (
        f"tables.other_reports: the page holds {len(others) + 1} reports; the first stands "
        f"under another year's title, and the row's tables are those of {others[k].title} "
        f"(from offset {lo}), read from its own text; the others not read into it, and "
        f"their claims not compared with them: {named}"
    )
    return replace(result, warnings=(*result.warnings, warning), others=tuple(original))


def _template_candidates(
    tables: Sequence[HtmlTableLike], year: int | None = None
) -> Sequence[HtmlTableLike]:
    """The HTML tables less those that compare years, unless no other table is left,
    and less those whose caption names another year than the report's ``year`` (the
    reader's ``year``: last year's tables shown beside or after the report's, formats8
    k07/k08), unless no other table is left.

    Only a whole table is dropped, by its own header or caption, never a row or a
    column: a template table split over two HTML tables keeps its second part (no
    header of years there). With nothing else left the tables stay as they are (read
    as before); a table whose caption names no year, or whose year is not known, stays.
    """
    tables = _without_clones(tables)
    kept = [t for t in tables if not _compares_years(t)]
    tables = kept if kept and len(kept) < len(tables) else tables
    if year is None:
        return tables
    own = [t for t in tables if getattr(t, "year", None) in (None, year)]
    tables = own if own and len(own) < len(tables) else tables
    return _year_template_t2(tables, year)


def _without_clones(tables: Sequence[HtmlTableLike]) -> Sequence[HtmlTableLike]:
    """The tables less each that is a clone of its neighbour's left columns: each of its
    rows with text the first cells of one of the neighbour's rows, in their order (by
    their text), at least two such rows, and fewer cells in all. A grid script's fixed columns
    (DataTables FixedColumns: a second table of the labels and the first value columns,
    laid over the table's own) made every row of table 三 a second copy with one value,
    and the copies disagreed: the table unread (formats16 u14)."""
    if len(tables) < 2:
        return tables
    texts = [[[c.text.strip() for c in row] for row in t.rows] for t in tables]
    cells = [sum(map(len, rows)) for rows in texts]

    def clone_of(k: int, j: int) -> bool:
        # (each row with text the start of one of the neighbour's rows, in their order: a
        # row whose cells all lie right of the clone's columns is empty there, or left out)
        mine = [row for row in texts[k] if any(row)]
        if cells[k] >= cells[j] or len(mine) < 2:
            return False
        theirs = iter(texts[j])
        return all(any(row == other[: len(row)] for other in theirs) for row in mine)

    drop = {
        k
        for k in range(len(tables))
        if (k > 0 and clone_of(k, k - 1)) or (k + 1 < len(tables) and clone_of(k, k + 1))
    }
    return [t for k, t in enumerate(tables) if k not in drop] if drop else tables


def _year_template_t2(tables: Sequence[HtmlTableLike], year: int) -> Sequence[HtmlTableLike]:
    """The tables less a table 二 of the template the report's ``year`` does not use,
    when a table 二 of the year's template is there too: a 2021 report giving its table
    二 again in the 2019 form (附：按原统计口径…) had the two tables' rows conflict (none
    read) and the 2019 table's own rows read as the report's (formats9 m14). A table 二
    is a table with a 信息内容 or 第二十条 cell whose cells name one template's headers
    only; with one form of table 二, or none of the year's, nothing is dropped."""
    wanted = "2019" if year <= 2020 else "2021"
    if sum(map(_opens_t2, tables)) < 2:
        return tables  # (one table 二 at most: one form, whatever its header cells say)
    forms = [_t2_template(t) for t in tables]
    if wanted not in forms or not any(f not in (None, wanted) for f in forms):
        return tables
    return [t for t, f in zip(tables, forms, strict=True) if f in (None, wanted)]


def _opens_t2(table: HtmlTableLike) -> bool:
    """Whether a cell of the table holds a table 二's anchor (_T2_ANCHOR, spaces aside):
    one search over the cells' texts without spaces, each apart from the next by a NUL
    (no space, and in no anchor)."""
    cells = "\0".join([c.text for row in table.rows for c in row])
    return _T2_ANCHOR.search("".join(cells.split())) is not None


def _t2_template(table: HtmlTableLike) -> str | None:
    """The one template a table 二's header cells name (None: not a table 二, or both)."""
    if not _opens_t2(table):
        return None
    texts = ["".join(c.text.split()) for row in table.rows for c in row]
    votes: set[str] = set()
    for t in texts:
        votes |= template_votes(t)
    return votes.pop() if len(votes) == 1 else None


def _compares_years(table: HtmlTableLike) -> bool:
    """Whether the table's first row heads two or more columns with distinct years."""
    first = next((row for row in table.rows if any(c.text.strip() for c in row)), ())
    years = {
        "".join(c.text.split()) for c in first if _YEAR_HEADER.fullmatch("".join(c.text.split()))
    }
    return len(years) >= 2


def report_year_at(
    text: str,
    year: int | None,
    to_original: Callable[[int, int], tuple[int, int]] | None = None,
) -> Titled | None:
    """Whether an offset stands under a report title of ``text`` naming ``year`` (True),
    another year or a draft's (False), or no title or a title given as a link (None)
    (decide.Titled); offsets of the original text where ``to_original`` maps ``text``'s to
    them. The titles are those reconcile.claimant.report_titles finds (…2020年度政府信息公开
    年报 too), with a draft's title and a caption of one year's tables (:func:`_other_marks`),
    looked for the first time a row's copies disagree (decide.by_title): no other page pays
    for them."""
    if year is None:
        return None
    found: list[tuple[list[int], list[int | None]]] = []

    def titled(at: int) -> bool | None:
        if not found:
            from ..metadata import report_link_lines
            from ..reconcile.claimant import report_titles

            titles = report_titles(text)
            # (a draft's title and a caption of one year's tables mark what stands under
            # them too)
            marks: dict[int, int | None] = _other_marks(text)
            marks.update(zip(titles.ends, titles.years, strict=True))
            # (and a notice correcting another year's report, the table it gives below)
            marks.update(_other_year_corrections(text, year))
            # (a title given as a link to another page, 相关阅读：/上一篇：, says nothing of
            # what stands under it: red28 t03 had the current table 三 under a link to
            # last year's report, and a draft above it under this year's title read)
            links = report_link_lines(text) if marks else frozenset()
            for e in marks:
                if text.rfind("\n", 0, max(e - 1, 0)) + 1 in links:
                    marks[e] = None
            order = sorted(marks)
            ends = [to_original(e, e)[0] if to_original else e for e in order]
            found.append((ends, [marks[e] for e in order]))
        ends, years = found[0]
        k = bisect_right(ends, at)
        return None if k == 0 or years[k - 1] is None else years[k - 1] == year

    return titled


# A line speaking of this year (本年度申请数量明显下降) captions no other year's tables.
_THIS_YEAR = re.compile(r"本年|今年|当年")
# The longest line taken for a caption of one year's tables.
_CAPTION_LINE = 60
# The year a draft's title marks: never the report's (decide.Titled False).
_DRAFT = -1


@lru_cache(maxsize=1)
def _line_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """labels.json's words of a draft's title and of a caption of one year's tables."""
    from ..datafiles import load_json

    labels = load_json("tables/data/labels.json")
    words = "|".join(map(re.escape, labels["year_captions"]))
    return (
        # (the draft's word closing the title, right after its 报告/年报, bracketed or not:
        # a note naming the report's 初稿 in passing marks nothing: red29 d03)
        re.compile(
            r"(?:报告|年报)\s*[（(]?\s*(?:"
            + "|".join(map(re.escape, labels["draft_titles"]))
            + r")\s*[）)]?$"
        ),
        # (the year the tables' own: before the caption's word, not after 与/较/截至/对照…,
        # no month or day between: 与2022年统计数据对比 over this year's table, 统计数据截至
        # 2024年1月15日, 对照二〇二二年统计数据 are no caption of another year's tables: red29
        # c01, c02, red30 ht3/ht4)
        re.compile(
            rf"(?<![与和较比至止照同自从对\d〇○零一二三四五六七八九])({YEAR_WRITTEN})\s*年度?"
            r"(?:(?![月日，,；;：:]).)*?(?:" + words + ")"
        ),
    )


def _other_marks(text: str) -> dict[int, int | None]:
    """The lines of ``text`` (by where they end, after the line break) that say whose the
    tables under them are, besides report titles: a report's title with a draft's word
    (…年度报告（征求意见稿）: :data:`_DRAFT`, never the report's), and a short line naming one
    year and its tables (附件：某局2022年度政府信息公开情况统计表: that year)."""
    draft, caption = _line_marks()
    out: dict[int, int | None] = {}
    pos = 0
    for line in text.splitlines(keepends=True):
        pos += len(line)
        if "年" not in line or "。" in line:
            continue
        plain = line.strip()
        if (
            ("报告" in plain or "年报" in plain)
            and draft.search(plain)
            and len(plain) <= 2 * _CAPTION_LINE
        ):
            out[pos] = _DRAFT
        elif (
            len(plain) <= _CAPTION_LINE
            and (m := caption.search(plain)) is not None
            and _THIS_YEAR.search(plain) is None
        ):
            years = set(map(year_value, _TITLE_YEAR.findall(plain)))
            if years == {year_value(m[1])}:
                out[pos] = year_value(m[1])
    return out


@lru_cache(maxsize=1)
def _corrections() -> re.Pattern[str]:
    """labels.json's notices of a corrected table, as one pattern (on first use)."""
    from ..datafiles import load_json

    return re.compile("|".join(load_json("tables/data/labels.json")["corrections"]))


@lru_cache(maxsize=1)
def _last_years() -> re.Pattern[str]:
    """labels.json's words naming last year's report in a notice (``corrections_elsewhere``)."""
    from ..datafiles import load_json

    words = load_json("tables/data/labels.json")["corrections_elsewhere"]
    return re.compile("|".join(map(re.escape, words)))


_SENTENCE_END = re.compile(r"[。！？!?\n]")
_YEAR = re.compile(YEAR_GROUP + r"(?!\d)")


def _names_another_year(text: str, start: int, end: int, year: int | None) -> bool:
    """Whether the sentence holding ``text[start:end]`` names a year other than ``year``
    (any year, where the report's is not known), or last year's report without its year
    (上年度, 去年: labels.json ``corrections_elsewhere``)."""
    left = max(text.rfind(mark, 0, start) for mark in "。！？!?\n") + 1
    right = _SENTENCE_END.search(text, end)
    sentence = text[left : right.start() if right else len(text)]
    # (上年度报告…更正如下: last year's report named without its year, red28)
    if _last_years().search(sentence):
        return True
    return any(y != year for y in _report_years(sentence))


# A year named as a date (2024年1月, 二〇二四年一月十日, 2024年初), and the words of a report's
# publishing right after it (2024年初发布的…年度报告).
_DATE = re.compile(r"\s*年\s*(?:初|底|末|[0-9]{1,2}\s*月|[一二三四五六七八九十]{1,3}\s*月)")
_DAY = re.compile(r"\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日")
_PUBLISHED = re.compile(r"\s*(?:份)?\s*(?:发布|印发|公布|公开|发出|刊发|上传)")


def _report_years(sentence: str) -> list[int]:
    """The years of the reports a sentence names: each year it names, but a date: a date
    followed by a publishing word names the report of the year before (我局2024年初发布的
    …年度报告 is the 2023 report: red30 tc1, tc2), any other date names none (截至2024年1月
    10日, 经2024年1月复核)."""
    out = []
    for m in _YEAR.finditer(sentence):
        date = _DATE.match(sentence, m.end())
        if date is None:
            out.append(year_value(m[1]))
            continue
        at = date.end()
        if (day := _DAY.match(sentence, at)) is not None:
            at = day.end()
        if _PUBLISHED.match(sentence, at) is not None:
            out.append(year_value(m[1]) - 1)
    return out


# A report a sentence names by its year (我局2022年政府信息公开工作年度报告中…, 2022年度报告):
# the year right before the report's words, nothing else between (我局2024年初发布的…年度报告,
# 2024年1月复核发现本年度报告… name no report by its year: red30 tc1, tc2).
_YEARS_REPORT = re.compile(
    YEAR_GROUP + r"(?=\s*年度?\s*(?:政府)?(?:信息公开)?(?:工作)?(?:年度报告|年报|报告))"
)


def _other_year_corrections(text: str, year: int) -> dict[int, int]:
    """The lines (by where they end, after the line break) holding a notice of a corrected
    table (labels.json ``corrections``) whose sentence names one report, of another year
    than ``year``, by its year: the table it gives below is that year's (上年度 without a
    year is not taken: 本年度报告…更正如下，上年度数据不变 would mark this year's). A
    correction of last year's report after this year's (关于《某局2022年…年度报告》的更正
    说明：我局2022年…报告中…表部分数据有误，现将更正后的表格公布如下, then a 2022 table 三)
    had the two tables 三 disagree and the rows unread (formats17 v13: 168 cells)."""
    out: dict[int, int] = {}
    for m in _corrections().finditer(text):
        left = max(text.rfind(mark, 0, m.start()) for mark in "。！？!?\n") + 1
        right = _SENTENCE_END.search(text, m.end())
        sentence = text[left : right.start() if right else len(text)]
        named = {year_value(y) for y in _YEARS_REPORT.findall(sentence)}
        if len(named) != 1 or year in named:
            continue
        end = text.find("\n", m.end())
        out[len(text) if end < 0 else end + 1] = named.pop()
    return out


def notices_before(
    text: str,
    year: int | None,
    to_original: Callable[[int, int], tuple[int, int]] | None = None,
) -> Notices:
    """How many notices of a corrected table (labels.json ``corrections``) stand in ``text``
    before an offset (decide.Notices; of the original text where ``to_original`` maps
    ``text``'s offsets to it), looked for the first time a row's copies disagree. A notice
    whose sentence names another year than the report's ``year`` is another report's
    correction and is not counted (red28 n02)."""
    found: list[list[int]] = []

    def notices(at: int) -> int:
        if not found:
            found.append(
                [
                    to_original(m.start(), m.end())[0] if to_original else m.start()
                    for m in _corrections().finditer(text)
                    if not _names_another_year(text, m.start(), m.end(), year)
                ]
            )
        return bisect_right(found[0], at)

    return notices


def _read_text(
    text: str,
    sections: Sequence[SectionLike],
    year: int | None,
    titled: Titled | None = None,
    notices: Notices | None = None,
) -> Observed | None:
    """The tables read from the text's lines, or ``None`` when none is found.

    A function of its own so that the page (every line, its cells) is dropped
    before the rows are aligned and checked: it is the biggest thing the stage
    holds, and the peak of its memory would otherwise be reached with it.
    """
    text = blank_comparisons(text)
    layout = text_layout(text)
    observed = read_text_fast(layout, zones(sections, None), year)
    if observed is not None:
        return observed
    items, style = items_from_text(text, layout)
    reading = read_rows(items, zones(sections, None), titled=titled, notices=notices)
    return _observe(reading, style, explicit=False, year=year) if reading.found else None


def _read_html(
    html_tables: Sequence[HtmlTableLike],
    where: Zones,
    year: int | None,
    titled: Titled | None = None,
    notices: Notices | None = None,
) -> Observed | None:
    """The tables read from the HTML cells, or ``None`` when those hold no table row."""
    items = items_from_html(html_tables)
    seen = _sight(html_tables)
    if seen is None:
        observed = read_items_fast(items, where, year)
        if observed is not None:
            return observed if observed.found else None
    reading = read_rows(items, where, seen, titled, notices)
    return _observe(reading, "rows", explicit=True, year=year) if reading.found else None


def _sight(html_tables: Sequence[HtmlTableLike]) -> Sight | None:
    """Whether the cell at an offset is drawn (decide.SHOWN) where a table of the page may
    be hidden (read.HtmlTable.shown), else None (the general reader then weighs each
    copy of a row by it: the fast one takes the first)."""
    if all(getattr(t, "shown", "yes") == "yes" for t in html_tables):
        return None
    marks = [
        (getattr(t, "start", 0), getattr(t, "end", 0), SHOWN.get(getattr(t, "shown", "yes"), 2))
        for t in html_tables
    ]
    marks.sort()
    starts = [m[0] for m in marks]

    def seen(at: int) -> int:
        k = bisect_right(starts, at) - 1
        # (the innermost table holding it: tables nest, the later start is inside)
        while k >= 0:
            start, end, sight = marks[k]
            if start <= at < end:
                return sight
            k -= 1
        return 2

    return seen


def _observe(reading: Reading, style: CellStyle, *, explicit: bool, year: int | None) -> Observed:
    """The general reader's decisions over a whole reading: template, then each row's cells."""
    template, warnings = decide_template(reading, year)
    t2, t3, t4, obs_warnings, empty_rows = observations(reading, template, style, explicit)
    return Observed(
        template,
        reading.warnings + warnings + obs_warnings,
        t2,
        t3,
        t4,
        empty_rows,
        {k: r.header_units for k, r in reading.rows.items()},
        frozenset(k for k, r in reading.rows.items() if r.placed),
    )


def _result(
    observed: Observed, mapper: Callable[[int, int], tuple[int, int]], year: int | None
) -> TablesResult:
    """Rows aligned to their columns, values with their units, and the checks (both readers)."""
    template, t2, t3, t4 = observed.template, observed.t2, observed.t3, observed.t4
    warnings = list(observed.warnings)
    if (
        year is not None
        and year < _FIRST_TEMPLATE_YEAR
        and any(w.startswith("tables.template_guess") for w in warnings)
    ):
        # The template was assumed, for a year before either existed: whatever
        # was read would be read into fields the report's table does not have.
        return TablesResult(
            None,
            {},
            (),
            (
                f"tables.missing: the report is for {year}, before the 2019 template, "
                "and no table header names either template; its table is not read",
            ),
        )
    rows_seen = _t3_rows_seen(tuple(observed.rows))
    defs, t3_defs, t4_defs = _check_defs(template, rows_seen)

    columns = CellColumns()
    add = columns.add
    clipped = _clipped(t3, observed.empty_rows)
    if clipped:
        cut = sorted({f.rpartition(".")[2] for f in clipped}, key=list(T3_COLUMNS).index)
        warnings.append(
            f"tables.columns_clipped: table 三's header ends before column {', '.join(cut)} "
            "(the table cut at the page's edge); those cells are unread"
        )
    unread: set[str] = set(observed.empty_rows) | clipped
    blank: set[str] = set()
    for rows, rdefs in ([[r] for r in t2], ()), ([t3], t3_defs), ([t4], t4_defs):
        for group in rows:
            if not group:
                continue
            if all(len(r.slots) == len(r.fields) for r in group):
                # One cell per column, the common case: each cell goes to its
                # column (as align.resolve places it: an empty one is blank), and
                # nothing is inferred or derived.
                for row in group:
                    slots = row.slots
                    if row.plain and _MONEY.isdisjoint(row.fields):
                        # counts without a unit: each slot is its cell as it stands
                        if isinstance(slots, CountSlots):
                            columns.add_counts(
                                row.fields, slots.numbers, slots.cells, slots.lines, slots.starts
                            )
                        else:
                            for field_id, slot in zip(row.fields, slots, strict=True):
                                add(field_id, cast("Cell", slot))
                        continue
                    for field_id, slot in zip(row.fields, slots, strict=True):
                        value = slot.value
                        if value is None:
                            (unread if slot.method == "unknown" else blank).add(field_id)
                        elif field_id not in MONEY_FIELDS:  # (_cell of a count, inlined)
                            if (count := count_value(value, slot.unit)) is None:
                                unread.add(field_id)
                            else:
                                add(field_id, (count, slot.raw, slot.start, slot.end, *_COUNT))
                        else:
                            cell, w = _cell(field_id, slot, observed, False)
                            add(field_id, cell)
                            warnings += w
                continue
            # (the alignment reads a short row's slots many times: each built once)
            res = resolve([_built(r) for r in group], rdefs)
            warnings += res.warnings
            unread |= res.unread
            blank |= res.blank
            for field_id, slot in res.cells.items():
                if (
                    field_id not in MONEY_FIELDS
                    and slot.value is not None
                    and count_value(slot.value, slot.unit) is None
                ):
                    unread.add(field_id)
                    continue
                cell, w = _cell(field_id, slot, observed, field_id in res.inferred)
                add(field_id, cell)
                warnings += w
            for field_id, number in res.derived.items():
                add(field_id, _derived_cell(field_id, number, group))

    at = columns.at
    unread -= at.keys()
    # (every value is a field of a row read, or of table 四's)
    tables_seen = {k[:3] for k in observed.rows}
    t4_found = bool(t4) or any(f.startswith("t4.") for f in observed.empty_rows)
    for table, name in (("t2.", "二"), ("t3.", "三"), ("t4.", "四")):
        if table not in tables_seen and not (table == "t4." and t4_found):
            warnings.append(f"tables.missing: table {name} not found")
    if template == "2019" and any(r.startswith("other_handling.") for r in rows_seen):
        warnings.append("tables.template_mixed: table 三 has the 2021 sub-rows of (六)其他处理")
    # (only the places are reordered, and the checks read the numbers in their
    # column: a report's few hundred cells are held once while the checks and
    # the result are built)
    order = _field_order(at, template, rows_seen)
    if not all(map(eq, order, at)):  # (the cells are mostly read in that order)
        columns.at = at = dict(zip(order, map(at.__getitem__, order), strict=True))
    del order
    checks, odd = evaluate_cells(defs, at, columns.numbers, template=template, year=year)
    warnings += odd
    logger.debug("tables: template %s, %d values, %d checks", template, len(at), len(checks))
    unread_order = _field_order(dict.fromkeys(unread), template, rows_seen)
    rows_placed = observed.placed
    placed = tuple(f for f in at if f.rpartition(".")[0] in rows_placed) if rows_placed else ()
    return TablesResult(
        template,
        CellValues(columns, mapper),
        checks,
        tuple(dict.fromkeys(warnings)),
        tuple(unread_order),
        frozenset(blank - at.keys()),
        placed,
    )


_ENDS_TOTAL = methodcaller("endswith", ".total")


def _clipped(t3: Sequence[RowObs], empty_rows: Sequence[str]) -> set[str]:
    """The fields of table 三's columns cut off at the page's edge: a header ending before
    总计 (:func:`.headers.t3_order`) leaves every row's last columns unread, not blank
    (the rows with cells and those found without any, ``empty_rows``)."""
    # (each row's fields tested in C: a report's table 三 has ~100 of them)
    if all(any(map(_ENDS_TOTAL, r.fields)) for r in t3 if r.fields):
        return set()
    have = {f for r in t3 for f in r.fields} | {f for f in empty_rows if f.startswith("t3.")}
    keys = {f.rpartition(".")[0] for f in have}
    return {f"{k}.{c}" for k in keys for c in T3_COLUMNS} - have


def _built(row: RowObs) -> RowObs:
    """The row with its slots built, when they are kept as columns (:class:`CountSlots`)."""
    if isinstance(row.slots, CountSlots):
        return row_obs(row.key, row.fields, tuple(row.slots), row.trailing, row.plain)
    return row


def _derived_cell(field_id: str, number: int, group: Sequence[RowObs]) -> Cell:
    """A cell fixed by the sums: no source text; its span is its row's first cell."""
    row = next((r for r in group if field_id in r.fields), None)
    if row is not None and row.slots:
        return (number, "", row.slots[0].start, row.slots[0].end, None, False, "derived", True)
    return (number, "", 0, 0, None, False, "derived", False)


@lru_cache(maxsize=256)
def _t3_rows_seen(keys: tuple[str, ...]) -> frozenset[str]:
    """The rows of table 三 read (row keys without ``t3.``); a few shapes recur, and
    one set of them is kept instead of a new string per row and report."""
    return frozenset(k.partition(".")[2] for k in keys if k.startswith("t3."))


@lru_cache(maxsize=64)
def _reading_order(template: str, rows_seen: frozenset[str]) -> tuple[str, ...]:
    """Every field in the reading order of the official tables (a few shapes: built once)."""
    order: list[str] = []
    for tpl in (template, "2021" if template == "2019" else "2019"):
        order += [f"t2.{r}.{c}" for r, (_, cols) in T2_ROWS[tpl].items() for c in cols]
    order += [f"t3.{r}.{c}" for r in t3_rows(template, rows_seen) for c in T3_COLUMNS]
    order += [f"t4.{g}.{c}" for g in T4_GROUPS for c in T4_COLUMNS]
    # (one string object a field id, whatever the shape: see checks.check_defs)
    return tuple(map(sys.intern, dict.fromkeys(order)))


def _field_order(values: Collection[str], template: str, rows_seen: frozenset[str]) -> list[str]:
    """Fields in the reading order of the official tables, then any others (sorted)."""
    order = _reading_order(template, rows_seen)
    # (a list, not a dict of them: it is built while the report's cells are held)
    seen = list(filter(values.__contains__, order))
    if len(seen) < len(values):
        seen += sorted(set(values).difference(seen))
    return seen
