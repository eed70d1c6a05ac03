"""A page holding several reports, one after the other (a county's 汇编 of its townships'
reports, an agency's and its branch's, two years): where the row's report ends.

One row is one input (SCHEMA §5), and its report is the first on the page: its tables
are read from its own text only, and the others' are not read into the row. Read over
the whole page, each row of table 三 was found once per report, with different cells
where the reports differ: every such row left unread, and a claim of the second report
compared with the first's cells (verdicts20 v20_09, v20_28, v20_40).

A split is made only where it is certain: a line that is a report's title alone
(…政府信息公开工作年度报告), after the first report's table sections have begun, followed
by a report's own section headings (三、…申请 and 四、…行政复议 among them) before the
next such title. Anything else (a title quoted in a sentence, a list of related
reports, a table attached after the signature under a title) is no split: the page is
read as one report, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..quantities.numerals import YEAR_GROUP
from .reading import SectionLike

__all__ = ["OtherReport", "other_reports", "title_key"]

# A report's title on a line of its own: no sentence mark, at most a short name before
# 政府信息公开(工作)年度报告, nothing after it but a bracketed note (（2022年度）).
_TITLE = re.compile(
    r"(?m)^[ \t\u3000]*(?P<title>[^\n|。，；;,]{2,60}?政府信息公开(?:工作)?年度报告"
    r"(?:[（(][^\n）)]{1,12}[）)])?)[ \t\u3000]*$"
)
# The sections a report's tables stand in: another report's text holds their headings
# again, after its title.
_TABLE_SECTIONS = ("requests", "appeals")


# What a title may carry that the same report's title elsewhere on the page does not: an
# attachment's number before it (附件2：), a bracketed note after it (（征求意见稿）). A note
# naming a year (（2022年度）) is the title's year, and stays (red29 a02: 某局…年度报告（2023年度）
# over this year's tables and 附件：某局…年度报告（2022年度） over last year's had one key, the
# second read as the first again, and the page's two reports weighed as copies of one).
_TITLE_PREFIX = re.compile(r"^(?:附件\s*\d*\s*[:：]?\s*)")
_TITLE_NOTE = re.compile(r"[（(][^（()）]*[）)]$")
_NOTE_YEAR = re.compile(YEAR_GROUP)


def title_key(title: str) -> str:
    """The title without its spaces, an attachment's number and a bracketed note that names
    no year."""
    key = _TITLE_PREFIX.sub("", "".join(title.split()))
    note = _TITLE_NOTE.search(key)
    if note is None or _NOTE_YEAR.search(note[0]) is not None:
        return key
    return key[: note.start()] or key


@dataclass(frozen=True, slots=True)
class OtherReport:
    """A report on the page after the row's: its title and its span (``start``, ``end``)
    in the coordinates of the text it was found in."""

    title: str
    start: int
    end: int


# A title quoted in a sentence (我局指导某中心编制并发布了《某中心2023年…年度报告》).
_QUOTED = re.compile(r"《[^《》\n]*》")


def _said_before(text: str, end: int, links: frozenset[int]) -> str:
    """``text[:end]`` as the titles after it are looked up in (spaces left out), less what
    names no report of the page: a title given as a link to another page (in a 历年报告 or
    相关阅读 list, :func:`~govinfo_nlp.metadata.report_link_lines`), but for the last line
    of a list, which may be the page's own heading right under it; and a title quoted in a
    sentence (《…》). red29 a01 (this year's report, then last year's appended under its
    title, that title also in a 历年报告 list above the page's heading) and a04 (another
    body's report appended, its title quoted in the row's prose) read the later title as
    the row's report's own again: the page was read as one report, its two table 四 unread."""
    if not any(start < end for start in links):
        return _QUOTED.sub("", "".join(text[:end].split()))
    kept: list[str] = []
    pos = 0
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if pos not in links or _last_of_list(text, stop, end, links):
            kept.append(text[pos:stop])
        pos = stop + 1
    return _QUOTED.sub("", "".join("".join(kept).split()))


def _last_of_list(text: str, stop: int, end: int, links: frozenset[int]) -> bool:
    """Whether the link line ending at ``stop`` is the last of its list and a title alone
    (the next line with words, before ``end``, is no link): kept, as a possible heading."""
    pos = stop + 1
    while pos < end:
        nl = text.find("\n", pos, end)
        nxt = end if nl < 0 else nl
        if text[pos:nxt].strip():
            if pos in links:
                return False
            break
        pos = nxt + 1
    line_start = text.rfind("\n", 0, stop) + 1
    return _TITLE.fullmatch(text, line_start, stop) is not None


def other_reports(text: str, sections: Sequence[SectionLike]) -> tuple[OtherReport, ...]:
    """The reports on the page after the first (empty: the page is one report).

    ``sections`` are the first report's sections (:func:`govinfo_nlp.sections.find_sections`
    of the whole text finds each heading once: the first report's); the row's report ends
    where the first other report's title line starts.
    """
    starts = {s.id: getattr(s, "start", None) for s in sections}
    first_tables = starts.get("requests")
    if not isinstance(first_tables, int):
        return ()  # no table section of the first report: nothing says where it stands
    # A title's line holds 年度报告: the pattern (tried at every line's start) is run
    # from the line of its first occurrence after the tables' section, or not at all.
    named = text.find("年度报告", first_tables)
    if named < 0:
        return ()
    line = max(first_tables, text.rfind("\n", 0, named) + 1)
    titles = [m for m in _TITLE.finditer(text, line) if "汇编" not in m.group("title")]
    if titles:
        # (a title given as a link to another page, 相关阅读：⏎某局2022年…年度报告, heads no
        # report of the page: the tables under it are this page's, red29)
        from ..metadata import report_link_lines

        links = report_link_lines(text)
        titles = [m for m in titles if m.start() not in links]
    if not titles:
        return ()
    from ..sections import find_sections  # (the sections stage: only for a page with a title)

    # (a title the text before it already holds, 附件 numbers and bracketed notes aside,
    # is this report's own again: a draft's or an earlier copy's tables, then the report's
    # under its title, are one report's copies, weighed as such, not two reports of
    # which the first is read: red29's stale copies)
    before = _said_before(text, titles[0].start(), links)
    if any(title_key(m.group("title")) in before for m in titles):
        return ()
    ends = [m.start() for m in titles[1:]] + [len(text)]
    found: list[OtherReport] = []
    for m, end in zip(titles, ends, strict=True):
        own = {s.id: s.start for s in find_sections(text[m.end() : end])}
        if not all(sid in own for sid in _TABLE_SECTIONS):
            if found:
                # a later title without its sections: the page is not a sequence of
                # reports with certainty
                return ()
            continue
        found.append(OtherReport(m.group("title").strip(), m.start(), end))
    # (a title followed by no report of its own before the first one found stays in the
    # row's report's text)
    return tuple(found)
