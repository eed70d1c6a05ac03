"""Whether a claim counts for another body or another period than the report's: the
clause before it names a part of the year, another year, another report, or a body
that is not the reporting agency (:func:`_other_claimant`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from ..identity import is_abbreviation, read_name
from ..quantities.numerals import YEAR_DIGITS
from .clauses import _CLAUSE_MARKS, _PERIOD_MARKS, _SENTENCE_REACH, _after_last, _plain
from .words import _data

#: A claim whose clause (back to the last ；or full stop) states a period other
#: than the whole report year: a part of the year, several years.
PART_PERIOD: Final = re.compile(
    r"(?<!\d)(?P<m1>\d{1,2})月(?:份)?(?:\d{1,2}日)?起?(?:至|到|—|－|-|~|～)"
    r"(?:(?:19|20)\d{2}年)?(?P<m2>\d{1,2})月"
    # 1至6月, 1-6月: the first month written without its 月
    r"|(?<![\d.\-/])(?P<m4>\d{1,2})(?:至|到|—|－|-|~|～)(?P<m5>\d{1,2})月"
    r"|[上下]半年|第?[一二三四1-4]季度|前[二三两]季度|近[二三四五六七八九十两\d]+年(?!度)"
    r"|[二三四五六七八九十两]年(?:以)?来|近年来"
    r"|截至(?:(?:19|20)\d{2}年)?(?P<m3>\d{1,2})月"
    # 新《条例》5月15日施行以来, 自6月起: from a day or a month of the year on (自1月1日起:
    # the whole year)
    r"|(?<![\d.\-/])(?P<m6>\d{1,2})月(?:(?P<d6>\d{1,2})日|份)?[^，,；;。\d]{0,10}?"
    r"(?:以来|起(?![草诉至到]))"
    # 自2023年7月1日起至年底, 7月起至今: from a day or a month on to the year's end (or now);
    # 自1月1日起至年底: the whole year
    r"|(?<![\d.\-/])(?P<m7>\d{1,2})月(?:(?P<d7>\d{1,2})日|份)?起?(?:至|到)(?:本?年底|年末|年终|今|目前)"
    # 12月份办结3件 / 3月，收到…: one month (a month closing a range is matched above)
    r"|(?<![\d.\-/至到~～—－])\d{1,2}月(?:份|(?:上旬|中旬|下旬|初|底|末)?(?=[，,]))"
)


#: A year written in the clause before a claim (2021年度报告中，我局受理申请7件 in the
#: 2022 report): the last one named before the claim is the period it speaks of.
YEAR_NAMED: Final = re.compile(r"(?<!\d)((?:19|20)\d{2})年")


def _clause_subject(before: str) -> re.Match[str] | None:
    """:data:`CLAUSE_SUBJECT` on the clause before a claim (the last of ``before``, the
    plain text before it), or on its words before a respondent's role (区政府作为被申请人
    的…行政复议案件12件: :data:`RESPONDENT_ROLE`), or with the words before a colon that
    opens it (区民政局：全年受理申请7件, a list of bodies or a related link)."""
    lead = _after_last(before, _CLAUSE_MARKS)
    m = _data().CLAUSE_SUBJECT.fullmatch(lead)
    role = _data().RESPONDENT_ROLE.search(lead) if m is None else None
    if role is not None and role.start() > 0:
        name = lead[: role.start()]
        opener = next((w for w in _data().ROLE_OPENERS if name.startswith(w)), "")
        return _data().CLAUSE_SUBJECT.fullmatch(name[len(opener) :])
    head = before[: len(before) - len(lead)]
    if m is None and head[-1:] in ("：", ":"):
        return _data().CLAUSE_SUBJECT.fullmatch(_after_last(head[:-1], _CLAUSE_MARKS) + lead)
    return m


def _other_level(name: str, agency: str | None) -> bool:
    """Whether ``name`` (市教育局) is the agency's kind of body at another level than the
    agency's own (南平市延平区教育局: 区)."""
    body = name[1:]
    if (
        not agency
        or len(body) < 2
        or name[0] not in _data().LEVEL_CHARS
        or not agency.endswith(body)
    ):
        return False
    at = len(agency) - len(body) - 1
    return at >= 0 and agency[at] in _data().LEVEL_CHARS and agency[at] != name[0]


#: At most this many lines before a claim are read back for the start of its clause.
_CLAUSE_LINES: Final = 6


def _whole_area(before: str) -> str | None:
    """The whole-area words (:data:`WHOLE_AREA`: 全县) or a group of bodies
    (:data:`BODY_GROUPS`: 各乡镇, 县直各部门, 所属乡镇) that open the clause before a claim
    (``before``: the text before it), or None. The clause may start on an earlier line
    than the claim's, after a heading or across a wrap (全县各部门因政府信息公⏎开被申请…, a
    wrap the facts stage took for a line's end): it is tried at the clause's start and at
    each line start after it, since a heading line runs into its first sentence without
    a clause mark."""
    patterns = (_data().WHOLE_AREA, _data().BODY_GROUPS)
    words = ""
    for line in before.split("\n")[::-1][:_CLAUSE_LINES]:
        words = _plain(line) + words
        lead = _after_last(words, _CLAUSE_MARKS)
        for pattern in patterns:
            if (m := pattern.match(lead)) is not None:
                return m[0]
        if len(lead) < len(words):
            return None  # the clause starts on this line
    return None


@dataclass(frozen=True)
class ReportTitles:
    """The report titles of a text (:data:`REPORT_TITLE` on a line's plain words), found in
    one pass: where each title's line ends (after its line break) and the year it names,
    in the text's order, and the first title naming each year. Made once a document
    (:func:`report_titles`): each claim read against the titles above it looked them up
    again over every line before it, a cost growing with the square of the text (45 % of
    a 1 MB report's full run, issue 17)."""

    ends: tuple[int, ...]
    years: tuple[int, ...]
    first: Mapping[int, int]

    def above(self, line_start: int, report_year: int) -> tuple[int, bool] | None:
        """The year of the last title whose line ends by ``line_start``, and whether an
        earlier title names ``report_year`` (None: no title above)."""
        k = bisect_right(self.ends, line_start)
        if k == 0:
            return None
        return self.years[k - 1], self.first.get(report_year, k) < k - 1


def report_titles(text: str) -> ReportTitles:
    """The titles of ``text`` as :func:`_other_year_report` reads them: on each line of
    ``str.splitlines`` (whatever its line break) that holds a 年, its plain words."""
    d = _data()
    ends: list[int] = []
    years: list[int] = []
    first: dict[int, int] = {}
    pos = 0
    for raw in text.splitlines(keepends=True):
        pos += len(raw)
        if "年" in raw and (m := d.REPORT_TITLE.search(_plain(raw.splitlines()[0]))) is not None:
            # (二〇二二 too; the group of the alternative that matched: the year may stand
            # in the title or in a bracket after or before it)
            year = int(next(filter(None, m.groups())).translate(YEAR_DIGITS))
            first.setdefault(year, len(years))
            ends.append(pos)
            years.append(year)
    return ReportTitles(tuple(ends), tuple(years), first)


# How much of a claim's line is read for whether it opens with a year (PARAGRAPH_YEAR holds
# at most 7 characters): a head of this many characters, when it gives this many plain ones.
_HEAD_RAW = 256
_HEAD_PLAIN = 16
_OPEN_ENTITY = re.compile(r"&[a-z]*\Z")


def _line_head(lines: str, line_start: int, at: int) -> str:
    """The plain words of the line from ``line_start`` to ``at``, or of enough of its start
    for :data:`PARAGRAPH_YEAR` (a match on it is a match on the whole, and no match there is
    none on the whole): each of a line's claims read its whole line before it, a cost
    growing with the square of a line's claims (hostile27 h01: 100,000 nested table cells
    each stating a count, one line of 1 MB, past 80 s of CPU). The head is cut where no tag
    or entity of _TAG runs across the cut (before a ``<`` no ``>`` closes within it, before
    an ``&`` whose letters reach it), so that its plain words begin the whole's."""
    end = min(at, line_start + _HEAD_RAW)
    if end < at:
        raw = lines[line_start:end]
        opened = raw.find("<", raw.rfind(">") + 1)
        if opened >= 0:
            raw = raw[:opened]
        if (entity := _OPEN_ENTITY.search(raw)) is not None:
            raw = raw[: entity.start()]
        head = _plain(raw)
        if len(head) >= _HEAD_PLAIN:
            return head
    return _plain(lines[line_start:at])


def _other_year_report(
    text: str,
    at: int,
    report_year: int,
    view: str | None = None,
    titles: Callable[[], ReportTitles] | None = None,
) -> str | None:
    """Why the claim at ``at`` is another report's or another year's by the lines above
    it, or None: the last report title above it (:data:`REPORT_TITLE`) names another year
    than the report's and stands below a title naming the report's own (a page holding
    the 2019 report and, after it, the agency's 2018 one; a first title alone is the
    report's own, whatever year it names); or its line opens with another year as its
    time (:data:`PARAGRAPH_YEAR`: 2021年，…全年共收到申请8件 in the 2022 report) and
    names no other year before the claim. ``view`` is ``text`` with the line breaks a PDF
    wrapped inside a paragraph read as spaces (offsets unchanged), where the line is the
    paragraph (2022年度，我局坚持…⏎…全年共收到申请11件: verdicts21's probe v21_32).
    ``titles``: the text's titles, found once for all its claims (:func:`report_titles`
    of ``text``; without it they are found here)."""
    d = _data()
    lines = view if view is not None and len(view) == len(text) else text
    line_start = lines.rfind("\n", 0, at) + 1
    opened = d.PARAGRAPH_YEAR.match(_line_head(lines, line_start, at))
    if opened is not None:
        line = _plain(lines[line_start:at])
        opened = d.PARAGRAPH_YEAR.match(line)
    if (
        opened is not None
        and int(opened[1].translate(YEAR_DIGITS)) != report_year
        and not YEAR_NAMED.search(line, opened.end())
    ):
        return f"its paragraph opens with another year ({opened[0]}) than the report year"
    # (the view breaks a line only where the text does: the lines before line_start are
    # the same in both)
    above = (report_titles(text) if titles is None else titles()).above(line_start, report_year)
    if above is not None and above[0] != report_year and above[1]:
        return f"it stands under another report's title ({above[0]}年) on the same page"
    return None


def _other_claimant(
    text: str,
    start: int,
    agency: str | None,
    region: Mapping[str, Any] | None,
    *,
    report_year: int | None = None,
    at: int | None = None,
    view: str | None = None,
    titles: Callable[[], ReportTitles] | None = None,
) -> str | None:
    """Why the claim at ``start`` counts for another body or period, or None.

    Read on the clause before the claim (back to a comma, for its subject) and
    the sentence part before it (back to a ；, for its period; up to its quantity
    at ``at``, as the claim's own words may name it), on the text without markup.
    ``view`` is the text with a PDF's wrapped lines joined (:func:`_other_year_report`);
    ``titles`` gives the text's report titles, found once a document (:func:`report_titles`).
    """
    floor = max(0, start - _SENTENCE_REACH)
    part = _plain(text[floor:start])
    at = start if at is None or at < start else at
    # cut at a line end before the markup and spaces go: a title's year is no clause's (on
    # the view, where a PDF's wraps are joined: 2020年我县收到政府信⏎息公开申请6件)
    lines = view if view is not None and len(view) == len(text) else text
    stretch = _after_last(
        _plain(_after_last(lines[max(0, at - _SENTENCE_REACH) : at], _PERIOD_MARKS)), _PERIOD_MARKS
    )
    # an aside after an earlier count (18件(2023年为13件),办结18件) dates that count only
    dated = _data().COUNT_ASIDE.sub("", stretch)
    period = PART_PERIOD.search(dated)
    whole_year = period is not None and (
        (period["m1"], period["m2"]) == ("1", "12")
        or (period["m4"], period["m5"]) == ("1", "12")
        or period["m3"] == "12"
        or (period["m6"] == "1" and period["d6"] in (None, "1"))
        or (period["m7"] == "1" and period["d7"] in (None, "1"))
    )
    if period is not None and not whole_year:
        return f"its clause states another period than the report year ({period[0]!r})"
    years = YEAR_NAMED.findall(dated)
    if report_year is not None and years and int(years[-1]) != report_year:
        return f"its clause names another year ({years[-1]}年) than the report year"
    if (
        report_year is not None
        and (why := _other_year_report(text, at, report_year, view, titles)) is not None
    ):
        return why
    levels = _data().SEVERAL_LEVELS.search(_after_last(part, _CLAUSE_MARKS))
    if levels is not None:
        return f"its clause names bodies at several levels ({levels[0]}), not the agency alone"
    area = _whole_area(text[floor:start])
    if area is not None:
        return f"its clause counts for the whole area or many bodies ({area}), not the agency alone"
    quoted = _data().QUOTED_REPORT.search(stretch)
    if quoted is not None:
        return f"its line quotes another report ({quoted[0]!r}): that report's number"
    m = _clause_subject(part)
    if m is None and "\n" in text[floor:start]:
        # The markup-free text runs a heading into its first sentence (一、总体情况
        # 局属某中心全年收到…): the claim's line alone may open with its subject.
        # (on the view's line: a narrow PDF layer's wraps joined in an accusation's
        # second reading, :func:`govinfo_nlp.reconcile.reconcile`)
        m = _clause_subject(_plain(lines[floor:start].rsplit("\n", 1)[-1]))
    if m is not None and m["part"]:
        # 局机关: the agency's own organ, without its branches the table may count
        return f"its clause counts a part of the agency ({m['part']})"
    if m is None or m["name"].startswith(_data().SELF_OPENERS):
        return None
    if m["relation"]:
        return f"its clause names another body counting ({m['relation']}{m['name']})"
    named = read_name(m["name"], region=region)
    if named.area is None:
        branch = next((w for w in _data().BRANCH_WORDS if m["name"].endswith(w)), None)
        if branch is not None and not (agency or "").endswith(branch):
            return f"its clause names another body counting ({m['name']})"
        # 湖南路街道收到申请6件 in a district's report: a township or street the
        # gazetteer does not list, which the agency's name does not hold.
        if m["name"].endswith(_data().TOWN_WORDS) and m["name"] not in (agency or ""):
            return f"its clause names another body counting ({m['name']})"
        if _other_level(m["name"], agency):
            return f"its clause names the same kind of body at another level ({m['name']})"
        # 区政府 in a bureau's or the government office's report: the government itself,
        # another body than the agency (the government's own report names it alike)
        if (
            named.kind == "government"
            and agency is not None
            and m["name"][0] in _data().LEVEL_CHARS
            and read_name(agency, region=region).body != named.body
        ):
            return f"its clause names another body counting ({m['name']})"
        return None  # not a body placed in an area (服务大局, 政务服务中心): no judgement
    if agency is not None:
        own = read_name(agency, region=region)
        same_body = (
            named.body == own.body
            or is_abbreviation(named.body, own.body)
            or (named.kind == own.kind == "government")
        )
        if named.area == own.area and same_body:
            return None
    return f"its clause names another body counting ({m['name']})"
