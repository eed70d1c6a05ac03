"""The cues around a quantity: its period, whether it is a running total,
whether it is a fact at all, and its scope."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Any, Final

import regex

from .rules import Cues, ScopeCues, opens_with_own_verb
from .segments import CLAUSE_FWD, SENT_BACK, SENT_FWD, bounds
from .stdre import compile_cue, first_gate

if TYPE_CHECKING:
    from .analysis import QuantityLike

__all__ = [
    "CueScan",
    "dated_same_counter",
    "english_bare",
    "flawed_of",
    "joint_of",
    "listed_bare",
    "not_a_fact",
    "not_held",
    "period_of",
    "plan_of",
    "scope_of",
    "stock_of",
]

# How far back a slogan's opening (“三个一”：) is looked for from its item.
_SLOGAN_REACH = 200
# How much text around a year cue tells its role: 与2021年…相比, 较2022年的,
# 2021—2035年 and 上年结转 put their words within a few characters of the year.
_YEAR_CONTEXT = 12
# How far after a year its report's name and the word framing the count may run:
# 2021年度政府信息公开工作年度报告中 puts 16 characters between them.
_REPORT_REACH = 24
# Brackets that make a year a document title or number, not a period.
_TITLE_SPAN = compile_cue(r"《[^》\n]{0,60}》|〔[^〕\n]{0,8}〕|\[[^\]\n]{0,8}\]")


# Where a title span can begin (_TITLE_SPAN): a window without them has none.
_TITLE_GATE: Final = first_gate(_TITLE_SPAN)


def _may(gate: Any, window: str) -> bool:
    """Whether a cue pattern can match in ``window``: it holds a character a match
    begins with (``gate``: :attr:`Cues.gates`; None, any may)."""
    return gate is None or gate.search(window) is not None


def _may_at(gate: Any, text: str, lo: int, hi: int | None = None) -> bool:
    """:func:`_may` of ``text[lo:hi]`` without the slice (``hi`` None: ``lo`` alone)."""
    return gate is None or gate.search(text, lo, lo + 1 if hi is None else hi) is not None


# Between a compared year and the compared quantity: 较2022年[同期]的[共]176件, 较上年（9件）.
_COMPARED_GAP = re.compile(r"\s*(?:底|末|同期|全年)?\s*的?\s*[（(]?\s*(?:共|总计|合计)?\s*")


def _is_period(
    cues: Cues, text: str, start: int, end: int, relative: bool, q_start: int, q_end: int
) -> bool:
    """Whether the year cue ``text[start:end]`` is the period of the quantity ending at ``q_end``.

    A year is the time adverbial of its clause (2019年，共受理…), not the base of a
    comparison (较上年; 与2021年…相比, except for the quantity compared itself), the
    end of a range (2021—2035年) nor, for a relative word, a carry-over (上年结转).
    """
    before = text[max(0, start - _YEAR_CONTEXT) : start]
    after = text[end : end + _YEAR_CONTEXT]
    gates = cues.gates
    if (
        cues.year_carried_before is not None
        and _may(gates["year_carried_before"], before)
        and cues.year_carried_before.search(before)
    ):
        # 结转上年[1件], 余8件转2023年度办理: a year work is carried from or to
        return False
    if (
        cues.year_not_before is not None
        and _may(gates["year_not_before"], before)
        and cues.year_not_before.search(before)
    ):
        # "与2021年的[25件]相比", "较2022年的[176件]有所上升": the compared quantity
        # itself is of that year
        if _COMPARED_GAP.fullmatch(text, end, q_start):
            return True
        return (
            cues.year_compared is not None
            and CLAUSE_FWD.search(text, end, q_end) is None
            and cues.year_compared.match(text[q_end : q_end + _YEAR_CONTEXT]) is not None
        )
    if cues.year_report is not None:
        name = cues.year_report.match(text, end, end + _REPORT_REACH)
        if name is not None:
            # a year naming a report: the count's period when the report is the
            # frame it is stated in (2021年度报告中，我局受理申请7件; 据2021年度报告，…;
            # 2023年度报告提出的3个问题), not when the report is what the agency
            # published or sent (按时发布2021年度政府信息公开工作年度报告，受理申请9件)
            framed = cues.year_report_frame_after
            if framed is not None and framed.match(text, name.end(), end + _REPORT_REACH):
                return True
            before_frame = cues.year_report_frame_before
            return before_frame is not None and before_frame.search(before) is not None
    if (
        cues.year_not_after is not None
        and _may(gates["year_not_after"], after)
        and cues.year_not_after.match(after)
    ):
        return False
    return not (
        relative
        and cues.year_relative_after is not None
        and _may(gates["year_relative_after"], after)
        and cues.year_relative_after.match(after)
    )


def period_of(
    cues: Cues, text: str, lo: int, q_start: int, q_end: int, report_year: int | None
) -> tuple[int | None, str | None]:
    """The nearest period cue before the quantity in its sentence, else the report
    year; for a plan without a year of its own, the year after the report's
    (datasets/gold/README.md §12: a report is written after its year ends)."""
    year, cue = _period_cue(cues, text, lo, q_start, q_end, report_year)
    if report_year is None or year != report_year or (cue is not None and cue[:1].isdigit()):
        # a year written in digits is the year planned for (2024年将开展培训2次)
        return year, cue
    plan = plan_of(cues, text, lo, q_start, q_end)
    if plan is None:
        return year, cue
    if cue is not None and _may(cues.gates["year_explicit"], text[lo:q_start]):
        # 2023年，将…全年开展培训3次: 全年 is the year the sentence plans for
        later = [
            int(m[1])
            for m in cues.year_explicit.finditer(text, lo, q_start)
            if int(m[1]) > report_year
        ]
        if later:
            return later[-1], f"{cue} of {later[-1]} (plan)"
    return report_year + 1, f"{plan} (plan)"


# How far back a plan's adverb opening a sentence of the quantity's paragraph
# is looked for (下一步，…。一是…): a paragraph of plans is a few sentences.
_PLAN_REACH = 300
# What may stand between a sentence's start and its opening adverb: an item
# number (（二）, 3.), at most six characters.
_OPENS = re.compile(r"(?:^|[。！？!?\n])\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?\Z")
_OPENS_REACH = 6


def plan_of(cues: Cues, text: str, lo: int, q_start: int, q_end: int) -> str | None:
    """The words that make the quantity ``text[q_start:q_end]`` (its sentence from
    ``lo``) a count the agency plans or targets, else None (``cues.json`` ``plan``)."""
    own, sentence, opener = cues.plan_own, cues.plan_sentence, cues.plan_opener
    gates = cues.gates
    if own is not None and (m := own.match(text, q_start, q_end)) is not None:
        return str(m[0])
    if sentence is not None and _may_at(gates["plan_sentence"], text, lo, q_start):
        found = sentence.search(text, lo, q_start)
        if found is not None:
            return str(found[0])
    if opener is None:
        return None
    floor = max(0, q_start - _PLAN_REACH)
    line = text.rfind("\n", floor, lo)
    start = line if line >= 0 else floor
    if start >= lo or not _may_at(gates["plan_opener"], text, start, lo):
        return None
    for found in opener.finditer(text, start, lo):
        if _OPENS.search(text, max(start, found.start() - _OPENS_REACH), found.start()):
            return str(found[0])
    return None


# How far back in its sentence a period cue is looked for: real sentences name their
# period within a few clauses; a page with no full stop must not cost a rescan of
# everything before each of its quantities.
_PERIOD_REACH = 1000
_CLAUSE_OPEN = re.compile(r"[，,；;：:]")


def _period_cue(
    cues: Cues, text: str, lo: int, q_start: int, q_end: int, report_year: int | None
) -> tuple[int | None, str | None]:
    """The nearest period cue before the quantity in its sentence, else the report year."""
    if q_start - lo > _PERIOD_REACH:
        # a sentence running on for pages (a hostile or flattened text with no full
        # stop) would be rescanned for every quantity in it: read back from the
        # clause opening at most this far before the quantity
        cut = _CLAUSE_OPEN.search(text, q_start - _PERIOD_REACH, q_start)
        lo = cut.end() if cut is not None else q_start - _PERIOD_REACH
    if cues.year_mark is not None and text.find(cues.year_mark, lo, q_start) < 0:
        # every year cue has 年 (NNNN年, 上年, 全年…) and blanking titles adds
        # none: nothing to find (about half the quantities of a report)
        return report_year, None
    left = text[lo:q_start]
    if _may(_TITLE_GATE, left):
        left = _TITLE_SPAN.sub(lambda m: " " * len(m[0]), left)
    gates = cues.gates
    found: list[tuple[int, int, int | None, bool]] = []  # (start, end, year, relative)
    if _may(gates["year_explicit"], left):
        for m in cues.year_explicit.finditer(left):
            found.append((m.start(), m.end(), int(m[1]), False))
    if (
        cues.year_previous is not None
        and report_year is not None
        and _may(gates["year_previous"], left)
    ):
        found.extend(
            (m.start(), m.end(), report_year - 1, True) for m in cues.year_previous.finditer(left)
        )
    if cues.year_current is not None and _may(gates.get("year_current"), left):
        found.extend(
            (m.start(), m.end(), report_year, True) for m in cues.year_current.finditer(left)
        )
    note = cues.year_closed_note
    if found and note is not None and _may(gates.get("year_closed_note"), left):
        # a bracketed note closed before the quantity (（上年19件）, （2022年为20件）)
        # keeps its year inside its brackets: 上年结转2件 after it is the report year's
        # (cues.json year.closed_note)
        notes = [(m.start(), m.end()) for m in note.finditer(left)]
        found = [f for f in found if not any(a < f[0] < b for a, b in notes)]
    if not found:
        return report_year, None
    best: tuple[int, int | None, str] | None = None  # (pos, year, cue)
    # the nearest cue that is a period (on ties, the later-listed kind wins)
    if len(found) > 1:
        found = [
            f for _, f in sorted(enumerate(found), key=lambda e: (e[1][0], e[0]), reverse=True)
        ]
    for start, end, year, relative in found:
        if _is_period(cues, text, lo + start, lo + end, relative, q_start, q_end):
            best = _respective(found, left, start, end) or (start, year, left[start:end])
            break
    if best is None:
        return report_year, None
    return best[1], best[2]


# years listed before 分别 (2022年、2021年分别为131条和97条): each dates the count in its
# place; the marks joining two listed years, and the counts met after 分别
_RESPECTIVELY = re.compile(
    r"度?[\s　]*(?:[我本](?:分局|中心|局|委|办|厅|队|馆)|全(?:省|市|区|县))?[\s　]*分别"
)
_LIST_JOINS = frozenset("、和与及")
_COUNTED = re.compile(r"[0-9０-９][0-9０-９.,，]*")


def _respective(
    found: list[tuple[int, int, int | None, bool]], left: str, start: int, end: int
) -> tuple[int, int | None, str] | None:
    """(start, year, cue) of the year that dates the count at the end of ``left`` when
    the cue ``left[start:end]`` closes a list of years before 分别 and the count is in
    its place after it (the first count the first year's: 2022年、2021年分别为131条
    和97条 dates 131条 2022, 97条 2021); None when it does not."""
    m = _RESPECTIVELY.match(left, end)
    if m is None:
        return None
    run = [(start, end)]
    years = {(s, e): y for s, e, y, _ in found}
    while True:
        s0 = run[0][0]
        before = [(s, e) for s, e in years if e < s0 and left[e:s0].strip(" 　") in _LIST_JOINS]
        if not before:
            break
        run.insert(0, max(before))
    place = len(_COUNTED.findall(left, m.end()))
    if len(run) < 2 or place >= len(run):
        return None
    first = run[0][0]
    return first, years[run[place]], left[first : m.end()]


def dated_same_counter(
    period_word: Any, text: str, sent: tuple[int, int], clause: tuple[int, int], unit: str
) -> regex.Match[str] | None:
    """Another clause of the sentence counting in ``unit`` for a stated period
    (2020年发布各类政府信息43条，累计发布2816条): the 累计 count runs past it.
    ``period_word``: cues.json ``cumulative.period_word``."""
    counted = regex.compile(r"\d\s*" + regex.escape(unit))
    for part in regex.split(
        r"[，,；;]", text[sent[0] : clause[0]] + "，" + text[clause[1] : sent[1]]
    ):
        if counted.search(part) and period_word.search(part):
            return counted.search(part)
    return None


def listed_bare(cues: Cues, text: str, q: QuantityLike) -> bool:
    """A bare number right after a counted noun and before a list mark (文件46、), or
    ending its line as the last item of a prose list of counted items (…27条、行政处罚
    决定2，答复群众来信件5⏎: cues.json ``bare_number.listed_line``)."""
    if not (
        cues.bare_listed is not None
        and cues.bare_listed_end is not None
        and _may_at(cues.gates["bare_listed"], text, max(0, q.start - 6), q.start)
        and cues.bare_listed.search(text, max(0, q.start - 6), q.start)
    ):
        return False
    if cues.bare_listed_end.match(text, q.end):
        return True
    line = cues.bare_listed_line
    if line is None or _LINE_END.match(text, q.end) is None:
        return False
    return line.search(text, text.rfind("\n", 0, q.start) + 1, q.start) is not None


# the end of a line (or of the text) right after a number, blanks allowed before it
_LINE_END: Final = re.compile(r"[ \t\u3000]*(?:\r?\n|$)")


_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")


def english_bare(cues: Cues, text: str, q: QuantityLike) -> bool:
    """A whole number between English words that counts what follows it
    (All 36 district-level departments); a year, an article number or a number
    before a function word (Articles 20 and 21 of) is none."""
    if cues.bare_english is None or not q.text.isdigit() or _YEAR_NUMBER.fullmatch(q.text):
        return False
    before, after, not_before = cues.bare_english
    left = text[max(0, q.start - 24) : q.start]
    gates = cues.gates
    return bool(
        _may(gates["english_before"], left)
        and before.search(left)
        and not (_may(gates["english_not_before"], left) and not_before.search(left))
        and after.match(text, q.end)
    )


def _ends_before(pattern: Any, gate: Any, text: str, q_start: int, reach: int) -> bool:
    """Whether ``pattern`` is found in the ``reach`` characters before ``q_start``."""
    lo = q_start - reach if q_start > reach else 0
    return (
        pattern is not None
        and (gate is None or gate.search(text, lo, q_start) is not None)
        and pattern.search(text, lo, q_start) is not None
    )


# How far before a number a page counter's label may end: the label, its colon and
# the spaces of a scraped page (浏览次数：  1526).
_COUNTER_REACH = 12


# How far before a count of pages its page's mark may end (第 12 页 / 共).
_PAGE_MARK_REACH = 12


def _page_mark(cues: Cues, text: str, q_start: int, q_end: int) -> bool:
    """Whether a count of pages is a printed page's mark (第 1 页 共 3 页, 共3页 第1页):
    the page's number right before or right after it."""
    if _ends_before(cues.page_mark, cues.gates.get("page_mark"), text, q_start, _PAGE_MARK_REACH):
        return True
    return cues.page_mark_after is not None and cues.page_mark_after.match(text, q_end) is not None


def not_a_fact(cues: Cues, text: str, q: QuantityLike) -> bool:
    """A look-back period (近三年), an item of a slogan's expansion (“三个一”：一个专栏…;
    三个安全、三个环境、三个质量), the number in a policy package's name (苏政50条),
    一项 as an article (作为一项重要工作), a distance in an address (国宾馆西200米)
    or part of a name (两家子满族乡, 白广路二条2号), a web page's view counter
    (浏览次数：873 本报告…), a printed page's mark (第 1 页 共 3 页)."""
    gates = cues.gates
    q_start, q_end = q.start, q.end
    if (
        cues.name_after is not None
        and _may_at(gates["name_after"], text, q_end)
        and cues.name_after.match(text, q_end)
    ):
        return True
    if cues.repeated_items and _repeated_numeral(text, q, cues.repeated_items):
        return True
    # a pattern at the end of the text before, for the quantities it can be
    # (one test each, written out: a table of them cost more than the tests)
    unit = q.unit
    if _ends_before(cues.page_counter, gates.get("page_counter"), text, q_start, _COUNTER_REACH):
        return True
    if unit == "页" and _page_mark(cues, text, q_start, q_end):
        return True
    if unit == "条" and _ends_before(cues.policy_name, gates.get("policy_name"), text, q_start, 3):
        return True
    if q.text in cues.article_texts and _ends_before(
        cues.article, gates.get("article"), text, q_start, 3
    ):
        return True
    if unit in cues.direction_units and _ends_before(
        cues.direction, gates.get("direction"), text, q_start, 2
    ):
        return True
    if unit in cues.period_units and _ends_before(
        cues.period, gates.get("period"), text, q_start, 4
    ):
        return True
    if cues.slogan is None or not q.text.startswith("一"):
        return False
    # a slogan is near: looking back a bounded way keeps "一件，一件，…" linear
    lo = max(0, q.start - _SLOGAN_REACH)
    sent_start = bounds(text, q.start, lo, q.start, SENT_FWD, SENT_BACK)[0]
    return cues.slogan.search(text, sent_start, q.start) is not None


# Where a statement of its own begins inside a sentence (its period is its
# own) and where a clause begins (the verb of a count is in its clause).
_STATEMENT_MARKS: Final = "；;"
# the last of them before a count: one backward search, not an rfind per mark
_LAST_STATEMENT_MARK: Final = regex.compile(f"(?r)[{regex.escape(_STATEMENT_MARKS)}]")
_ITEM_MARKS: Final = "，,；;：:、"
# How far back a count's statement is read: as far as a slogan's or a subject's
# (a sentence of hostile length read whole for each of its counts is quadratic).
_STATEMENT_REACH = 200
# How far after people counted the verb of their attending may come: a few
# words name them (6名[机关干部]参加; cues.json ``sent_to`` allows ten).
_SENT_TO_REACH = 14


def _trainees_sent(nh: Any, part: str, cut: int) -> tuple[str, str] | None:
    """People counted after the verb of taking part in training in their own clause,
    sent by the agency or to training another body held (派员参加市政务公开办培训4人次,
    干部参加区政务公开办组织的线上培训35人次): trainees of an event others held (gold
    README §12), unless the agency holds something after that verb (参加…后组织培训)
    or an earlier clause of the statement holds the event (举办培训1期，组织信息员参加
    培训80人次)."""
    if nh.trained is None:
        return None
    clause = part[cut:]
    took = _last(nh.took_part, clause)
    if (
        took is None
        or nh.trained.search(clause, took.end()) is None
        or nh.held.search(clause, took.end()) is not None
        or nh.held.search(part, 0, cut) is not None
    ):
        return None
    # the agency sends them (派员参加) or another body holds the training (…组织的培训):
    # 组织工作人员参加上级业务培训N人次 says neither (the generated reports read it the
    # agency's trainees; gold README §12 would say other: left as it was)
    sent = nh.sent_by is not None and nh.sent_by.search(clause, 0, took.start()) is not None
    # (cues.json ``not_held.others_held``: 省教育厅组织的培训 names the body that held it)
    others = nh.others_held is not None and nh.others_held.search(clause, took.end()) is not None
    if not sent and not others:
        return None
    return "took_part", took[0]


def not_held(
    cues: Cues,
    text: str,
    sent_start: int,
    q_start: int,
    unit: str | None,
    q_end: int | None = None,
    year: int | None = None,
) -> tuple[str, str] | None:
    """Why the quantity at ``q_start`` is no count of the agency's own events of
    the report year, as (kind, cue), else None (``cues.json`` ``not_held``): a
    period of several years (``several_years``), a frequency (``per_period``:
    每季度检查1次), an event others held that the
    agency took part in, underwent or sent its staff to (``took_part``: 参加市级培训2次,
    组织干部参加上级培训3次; datasets/gold/README.md §12), and people it sent to
    one (选派6名干部参加…, read after the quantity when ``q_end`` is given); ``year``:
    the count's year, which a running total's start (2008年以来) must precede."""
    nh = cues.not_held
    if nh is None:
        return None
    floor = max(sent_start, q_start - _STATEMENT_REACH)
    mark = _LAST_STATEMENT_MARK.search(text, floor, q_start)
    lo = floor if mark is None else mark.end()
    part = text[lo:q_start]
    if nh.example is not None and any(ch in part for ch in _EXAMPLE_MARKS):
        # 典型案例：某房地产企业一次性提出申请15件: one case's count, told as an
        # example, is neither the year's total nor a part the report states of it
        case = nh.example.search(part)
        if case is not None:
            return "example", case[0]
    if nh.example_after is not None and q_end is not None and "“" in part:
        # 以“申请人一次申请公开20项信息如何答复”为例: a quoted case named an example after it
        case = nh.example_after.match(text, q_end, q_end + _EXAMPLE_REACH)
        if case is not None:
            return "example", case[0].lstrip()[-4:]
    if (
        unit not in nh.event_counters
        and (q_end is None or unit not in nh.people_counters)
        and not _may_hold(cues.needs["several_years"], part)
        and (year is None or "以来" not in part)
        and "每" not in part
    ):
        # only a period cue could answer, and the statement holds none (blanking
        # titles only takes characters away): most counts of a report
        return None
    if _may(_TITLE_GATE, part):
        # 《2021年至2025年规划》 is a title, not the count's period
        part = _TITLE_SPAN.sub(lambda m: " " * len(m[0]), part)
    years = _last(nh.several_years, part)
    if years is not None and nh.period_reset.search(part, years.end()) is None:
        return "several_years", years[0]
    if year is not None and "以来" in part:
        # 自2008年以来，我镇累计受理申请96件: a running total from before ``year``
        since = _last(nh.since, part)
        if (
            since is not None
            and int(since[1]) < year
            and nh.period_reset.search(part, since.end()) is None
            and nh.since_total.search(part, _clause_start(part))
        ):
            return "several_years", since[0]
    if "每" in part:
        # 每季度对村务公开情况检查1次: a frequency, in the count's own clause
        every = _last(nh.per_period, part[_clause_start(part) :])
        if every is not None:
            return "per_period", every[0]
    if unit in nh.people_counters and q_end is not None:
        # 选派6名干部参加…培训: people sent to an event, unless an earlier clause
        # holds it (举办讲座4场，约300名企业负责人参加)
        sent = nh.sent_to.match(text, q_end, q_end + _SENT_TO_REACH)
        cut = _clause_start(part)
        if sent is None:
            return _trainees_sent(nh, part, cut)
        if nh.sent_by is not None and nh.sent_by.search(part, cut) is not None:
            return "took_part", sent[0][-2:]
        return None if nh.held.search(part, 0, cut) is not None else ("took_part", sent[0][-2:])
    if unit not in nh.event_counters:
        return None
    # a list item of its own too: 组织新闻发布会17场、参加国新办发布会4场 (but not a
    # 、 joining words: 参加省、市政府新闻发布会5场 is one item)
    clause = part[_item_start(part) :]
    if nh.part.match(clause) is not None:
        # 其中参加…11场: a part of a stated total keeps the total's type
        return None
    took = _last(nh.took_part, clause)
    if (
        took is None
        # 参加座谈后组织检查2次: the agency holds what follows
        or nh.held.search(clause, took.end()) is not None
        # 召开和参加新闻发布会17场: its own events are counted too
        or nh.joined.search(clause, 0, took.start()) is not None
    ):
        return None
    return "took_part", took[0]


# Every match of cues.json ``not_held.example`` holds one of these (某 of a
# pseudonymous party, 例/如/案 of 例如, 比如, 案例：): a statement without them
# tells no case (most statements of a report).
_EXAMPLE_MARKS: Final = "某例如案"
# how far after a count a quoted case runs to its closing mark and 为例 (cues.json
# example_after allows 40 characters before the mark)
_EXAMPLE_REACH = 60


# a number between the joined kinds and the count: the kinds have counts of their own
_DIGIT: Final = re.compile(r"\d")


def joint_of(cues: Cues, text: str, sent_start: int, q_start: int, value: float) -> str | None:
    """The words joining two appeal kinds that the quantity at ``q_start`` counts
    together (行政复议和行政诉讼共3件), else None (``cues.json`` ``joint``): a sum of
    both kinds is no count of either. A number each kind has (各1件, 均为0件), a
    number between them and the count (行政复议1件、行政诉讼2件) and a zero (nothing
    of both is nothing of each) make no sum. Read in the count's sentence (、 joins
    the kinds, so not its clause) and line."""
    joint = cues.joint
    # in the count's line: a heading above it (三、行政复议和行政诉讼) names a section
    lo = max(sent_start, text.rfind("\n", sent_start, q_start) + 1)
    if joint is None or value == 0 or "诉讼" not in text[lo:q_start]:
        return None
    found = _last(joint, text[lo:q_start])
    if found is None:
        return None
    between = text[lo + found.end() : q_start]
    distributive = cues.joint_distributive
    if (
        _DIGIT.search(between)
        # the count names its own kind after them (…引发行政复议27件)
        or "复议" in between
        or "诉讼" in between
        or (distributive is not None and distributive.search(between))
    ):
        return None
    return str(found[0])


# how far before and after a count the words of a correction are looked for
_CORRECTION_REACH: Final = 12


def wrong_value_of(cues: Cues, text: str, sent_start: int, q_start: int, q_end: int) -> str | None:
    """The words that make the quantity at ``q_start:q_end`` the wrong figure of a
    correction note (误填为15件; 18件（系笔误，应为19件）), else None (``cues.json``
    ``correction``): the corrected figure is the count, the wrong one is none."""
    before, after = cues.correction_before, cues.correction_after
    if before is not None and "误" in text[max(sent_start, q_start - 4) : q_start]:
        found = before.search(text, max(sent_start, q_start - _CORRECTION_REACH), q_start)
        if found is not None:
            return str(found[0]).strip()
    if after is not None:
        found = after.match(text, q_end, q_end + _CORRECTION_REACH)
        if found is not None:
            return str(found[0]).strip()
    return None


# how far before a count the words of flawed information are looked for
_FLAWED_REACH: Final = 16


def flawed_of(cues: Cues, text: str, sent_start: int, q_start: int, q_end: int) -> str | None:
    """The words that make the quantity at ``q_start:q_end`` a count of information found
    wrong, outdated or garbled (有误差的信息3条, 7条错别字信息), else None (``cues.json``
    ``flawed``): what a check found, not what the agency published."""
    before, after = cues.flawed_before, cues.flawed_after
    if before is not None:
        found = before.search(text, max(sent_start, q_start - _FLAWED_REACH), q_start)
        if found is not None:
            return str(found[0]).strip()
    if after is not None:
        found = after.match(text, q_end, q_end + _FLAWED_REACH)
        if found is not None:
            return str(found[0]).strip()
    return None


# What ends a count's comma-clause for cues.json ``stock`` (not 、 nor a label's colon:
# 规章对外公开总数量：45件, 现行有效规章45件、规范性文件211件 keep their words).
_COMMA_CLAUSE: Final = regex.compile(r"(?r)[，,；;。！？!?\n]")


def stock_of(cues: Cues, text: str, sent_start: int, q_start: int) -> str | None:
    """The words that make the quantity at ``q_start`` a stock of documents (in force,
    existing or published in total at a date: 规章对外公开总数量45件, 现行有效规范性文件
    58件, 共有规章45件, 截至2019年底，规章共45件), else None (``cues.json`` ``stock``):
    no count of what the report year made or published, so ``other``.

    Read in the count's comma-clause; a cue in an earlier item of a list (、) governs
    the count only when the count's own item names documents and no action
    (现行有效规章45件、规范性文件211件; not …现行有效的规范性文件3件、通知公告1条)."""
    documents = cues.stock_documents
    if documents is None:
        return None
    floor = max(sent_start, q_start - _STATEMENT_REACH)
    mark = _COMMA_CLAUSE.search(text, floor, q_start)
    lo = mark.end() if mark is not None else floor
    part = text[lo:q_start]
    if not part:
        return None
    action, this_year = cues.stock_action, cues.stock_this_year
    own = part.rfind("、") + 1  # the count's own list item
    listed = documents.search(part, own) is not None and (
        action is None or action.search(part, own) is None
    )

    def governs(found: Any) -> bool:
        return found is not None and (found.start() >= own or listed)

    column = cues.stock_column
    if column is not None and governs(found := _last(column, part)):
        return str(found[0])
    in_year = this_year is not None and this_year.search(part) is not None
    running = cues.stock_running
    if running is not None and not in_year and governs(found := _last(running, part)):
        return str(found[0])
    if cues.stock_in_force is not None:
        found = _last(cues.stock_in_force, part)
        if governs(found) and (action is None or action.search(part, found.end()) is None):
            return str(found[0])
    if in_year or documents.search(part) is None:
        return None
    if action is not None and action.search(part) is not None:
        return None
    if cues.stock_existing is not None and governs(found := _last(cues.stock_existing, part)):
        return str(found[0])
    dated = cues.stock_dated
    if dated is not None and (found := _last(dated, text[floor:q_start])) is not None:
        # 截至2019年底，规章共45件: the date's clauses up to the count's count nothing
        # and act on nothing (截至12月31日，发布信息5203条，分别为：规范性文件3份 dates
        # the publishing)
        between = text[floor + found.end() : lo]
        if not _DIGIT.search(between) and (action is None or action.search(between) is None):
            return str(found[0])
    return None


# what may stand between 分别为 and the count: the list's earlier counts only
_EARLIER_COUNTS: Final = re.compile(
    r"(?:\s*[0-9０-９][0-9０-９.,]*\s*[\u4e00-\u9fff]?\s*(?:和|及|与|與|、|，|,)\s*)*\s*"
)
_NUMBER: Final = re.compile(r"[0-9０-９][0-9０-９.,]*")


def respective_of(cues: Cues, text: str, sent_start: int, q_start: int) -> str | None:
    """The request type of the quantity at ``q_start`` when it is one of counts given
    respectively for two verbs named together (收到和办结…申请分别为17件和16件: the
    second count is the closed applications'), else None (``cues.json`` ``respective``).
    Read in the count's sentence and line: the verbs with no number between them and
    分别, nothing but the list's earlier counts between 分别 and the count."""
    pair, marker = cues.respective_pair, cues.respective_marker
    if pair is None or marker is None or "分" not in text[sent_start:q_start]:
        return None
    lo = max(sent_start, text.rfind("\n", sent_start, q_start) + 1)
    window = text[lo:q_start]
    mark = _last(marker, window)
    if mark is None or _EARLIER_COUNTS.fullmatch(window, mark.end()) is None:
        return None
    k = len(_NUMBER.findall(window, mark.end()))
    verbs = _last(pair, window[: mark.start()])
    if k > 1 or verbs is None or _DIGIT.search(window, verbs.end(), mark.start()):
        return None
    verb = verbs["first" if k == 0 else "second"]
    if cues.respective_received is not None and cues.respective_received.match(verb):
        return "requests.received"
    if cues.respective_closed is not None and cues.respective_closed.match(verb):
        return "requests.closed"
    return None


def _may_hold(needs: frozenset[str], window: str) -> bool:
    """Whether a pattern can match in ``window`` or in it with its titles blanked:
    it holds every character a match needs (``needs``: :attr:`Cues.needs`, read
    from the pattern, so a cue added to the data file is gated by what it
    needs); blanking adds only spaces."""
    for ch in needs:  # noqa: SIM110 (a generator costs more than these few tests)
        if ch != " " and ch not in window:
            return False
    return True


def _clause_start(part: str) -> int:
    """Where the count's own clause (or list item) begins in ``part``, the text
    before it back to its statement's start: after the last of _ITEM_MARKS that is
    not inside a short quotation (参加市局“双随机、一公开”监管培训1期: a quoted name's
    enumeration comma ends no clause)."""
    if "“" in part:
        part = _QUOTED.sub(lambda m: "\u3000" * len(m[0]), part)
    return max(part.rfind(c) for c in _ITEM_MARKS) + 1


def _item_start(part: str) -> int:
    """Where the count's own list item begins in ``part``: :func:`_clause_start`, but
    back over each 、 that joins words rather than counted items, one with no numeral
    between it and the mark before it (参加省、市政府新闻发布会5场: the verb 参加 is the
    item's; 组织新闻发布会17场、参加国新办发布会4场: two items; verdicts21's round,
    session-21 report: the 、 cut 参加 off and the count read as held)."""
    cut = _clause_start(part)
    while cut > 0 and part[cut - 1] == "、":
        before = _clause_start(part[: cut - 1])
        if _COUNTED_ITEM.search(part, before, cut - 1) is not None:
            break
        cut = before
    return cut


# a numeral in an item before a 、: the 、 ends a counted item (_item_start)
_COUNTED_ITEM: Final = re.compile(r"[0-9０-９一二两三四五六七八九十百千万]")


# a quoted name or slogan, blanked (same length) where clause marks are looked for
_QUOTED: Final = re.compile("“[^“”]{1,16}”")


def _last(pattern: Any, window: str) -> Any:
    """The last match of ``pattern`` in ``window``, or None."""
    found = None
    for found in pattern.finditer(window):  # noqa: B007 (the last one is kept)
        pass
    return found


_NUMERAL_HEADS: Final = "一二两三四五六七八九十"
# how far around a quantity its list items are looked at
_ITEM_REACH = 40


def _repeated_numeral(text: str, q: QuantityLike, needed: int) -> bool:
    """Whether ``q`` opens one of ``needed`` or more list items in a row that all
    open with its Chinese numeral (三个安全、三个环境、三个质量): a slogan's parts,
    not counts. Only 、 joins the run: a comma list of counts (一个专栏，一支队伍)
    is left alone unless the items are joined by 、."""
    head = q.text[:1]
    if head not in _NUMERAL_HEADS:
        return False
    lo, hi = max(0, q.start - _ITEM_REACH), min(len(text), q.end + _ITEM_REACH)
    before = text[lo : q.start]
    cut = max(before.rfind(c) for c in "。！？!?\n，,；;：:")
    before = before[cut + 1 :]
    after = text[q.start : hi]
    stop = min(
        (i for i in (after.find(c) for c in "。！？!?\n，,；;：:") if i >= 0), default=len(after)
    )
    items = (before + after[:stop]).split("、")
    own = len(before.split("、")) - 1
    run = best = 0
    for k, item in enumerate(items):
        # the run's first item may open with a verb (及时发布三个安全、三个环境…)
        # and each names something after its numeral (三件、三件 is a list of counts)
        opens = (item.startswith(head) or (k == 0 and q.text[:2] in item)) and not item.endswith(
            q.text
        )
        run = run + 1 if opens else 0
        if run and k >= own:
            best = max(best, run)
        if k >= own and not run:
            break
    return best >= needed


class CueScan:
    """The last scope cue before a position, from one scan per line.

    The quantities of a sentence (and of a paragraph) ask about the same stretch
    of text: its line is scanned once, and each question is a bisection. The
    matches of ``finditer(text, lo, q)`` are those of the line's scan that start
    at ``lo`` or later and end by ``q``: the cues are plain words, so the scan
    from ``lo`` finds what the line's scan finds from there, unless a match of
    the line's scan straddles ``lo`` (then the line is scanned again from
    ``lo``); cutting the text at ``q`` only changes a match that straddles
    ``q`` (then the short scan is done as before).
    """

    def __init__(self, pattern: Any, text: str) -> None:
        self._pattern = pattern
        self._text = text
        # by scan start (a line start, or a position a match straddles): the
        # matches to the end of the line and their ends
        self._scans: dict[int, tuple[list[Any], list[int], int]] = {}
        # by question start: its scan and the index of the first match at or after it
        self._from: dict[int, tuple[tuple[list[Any], list[int], int], int]] = {}

    def _scan(self, lo: int) -> tuple[list[Any], list[int], int]:
        scan = self._scans.get(lo)
        if scan is None:
            hi = self._text.find("\n", lo)
            hi = hi if hi >= 0 else len(self._text)
            found = list(self._pattern.finditer(self._text, lo, hi))
            scan = self._scans[lo] = (found, [m.end() for m in found], hi)
        return scan

    def last(self, lo: int, q_start: int) -> Any:
        start = self._from.get(lo)
        if start is None:
            # `lo` is a sentence or line start: every question about it comes
            # from its line
            scan = self._scan(self._text.rfind("\n", 0, lo) + 1)
            k = bisect_right(scan[1], lo)
            if k < len(scan[0]) and scan[0][k].start() < lo:
                scan = self._scan(lo)  # a cue straddles lo: scan from lo
                k = 0
            start = self._from[lo] = (scan, k)
        (found, ends, hi), first = start
        k = bisect_right(ends, q_start)
        if q_start > hi or (k < len(found) and found[k].start() < q_start):
            # past the line (never from scope_of), or a cue straddles q_start
            last = None
            for m in self._pattern.finditer(self._text, lo, q_start):
                last = m
            return last
        return found[k - 1] if k > first else None


# a count a clause mark closes (督促整改隐患1932项，): the clause of a cue that reaches
# only its own clause (ScopeCues.own_clause) has ended there; so has the sentence a
# count ends (各社区全年公开居务信息1200余条。街道举办…活动3场: paraphrase26 t24)
_CLOSED_COUNT = re.compile(r"[0-9０-９][^0-9０-９，,、：:；;。]{0,3}[，,；;。]")
# the marks a clause opens after
_OPENS_AFTER = "，,；;：:。"


# the bodies of the area named as a clause's subject (各社区…, 辖区…): their subject goes
# on into a later clause of the sentence that opens with its verb (…840余条，组织居民议事48次:
# the communities' meetings, paraphrase26 t32); a verb cue (指导, 督促) does not, its
# later clause is the agency's own work (督促整改隐患1932项，立案处罚28起)
_OWN_CLAUSE_SUBJECTS: Final = frozenset(
    {"各社区", "各村", "各居民区", "辖区", "各分中心", "区内", "所在区域", "区域内", "所在地区"}
)
# a clause mark that ends a sentence's subject (；), or the sentence
_SUBJECT_ENDS: Final = re.compile(r"[；;。！？!?\n]")


def _goes_on(text: str, cue_end: int, q_start: int) -> bool:
    """Whether the subject ending at ``cue_end`` is still the subject at ``q_start``: no
    semicolon or sentence end between, and the count's clause opens with a verb of its own
    (no subject of its own: wordlists.json ``clause_own_verbs``)."""
    if _SUBJECT_ENDS.search(text, cue_end, q_start) is not None:
        return False
    clause = max(text.rfind(c, cue_end, q_start) for c in "，,") + 1
    return clause > 0 and opens_with_own_verb(text, clause, q_start)


def _opens_clause(scope: ScopeCues, text: str, lo: int, cue: Any, place: Any) -> bool:
    """Whether the cue ``cue`` (a government named by its level, 辖区, 中心…) is its
    clause's subject: after the clause's start and ``subject_lead`` words at most
    (；区政府召开…), and not followed by ``place`` (区政府门户网站, 中心城区)."""
    lead = scope.subject_lead
    k = max(lo, max(text.rfind(c, lo, cue.start()) for c in _OPENS_AFTER) + 1)
    if lead is None or lead.fullmatch(text, k, cue.start()) is None:
        return False
    return place is None or place.match(text, cue.end()) is None


def _reaches(scope: ScopeCues, text: str, lo: int, cue: Any, q_start: int) -> bool:
    """Whether the cue ``cue`` speaks of the count at ``q_start``: a cue of the bodies
    urged or guided only in its own clause, a government named by its level only as
    its clause's subject (scope.json own_clause, document_cues.government_self), a cue
    of ``subject_only`` likewise."""
    word = cue[0]
    if (
        word in scope.own_clause
        and _CLOSED_COUNT.search(text, cue.end(), q_start)
        and not (word in _OWN_CLAUSE_SUBJECTS and _goes_on(text, cue.end(), q_start))
    ):
        return False
    if (
        word in scope.place_words
        and scope.place_not_after is not None
        and scope.place_not_after.search(text, max(lo, cue.start() - 1), cue.start())
    ):
        # 我局在所在地区主动公开…: where the agency worked, not whose count (red30 a02)
        return False
    if word in scope.subject_only:
        # 辖区17个居民区…, 中心全年完成…: not 受理辖区内…, 分中心 (scope.json subject_only)
        return _opens_clause(scope, text, lo, cue, scope.subject_not_after)
    return word not in scope.government_self or _opens_clause(
        scope, text, lo, cue, scope.government_self_not_subject
    )


def scope_of(
    scope: ScopeCues,
    text: str,
    sent_start: int,
    line_start: int,
    q_start: int,
    scan: CueScan | None = None,
) -> tuple[tuple[str, str] | None, bool]:
    """The nearest scope cue before the quantity: in its sentence (near), else its paragraph.

    ``scan``: a :class:`CueScan` of ``scope.pattern`` over ``text`` shared by the
    document's quantities (one is made when None).
    """
    if scope.pattern is None:
        return None, False
    if scan is None:
        scan = CueScan(scope.pattern, text)
    opener = scope.list_opener
    if (
        opener is not None
        and sent_start > line_start
        and _may_at(scope.list_opener_gate, text, sent_start)
        and opener.match(text, sent_start)
    ):
        # 其中：…24102条 itemises the sentence before it, whose subject it keeps
        # (全县…主动公开政府信息。其中：通过政府网站公开…; 具体为：…, 一是…).
        back = SENT_BACK.search(text, line_start, sent_start - 1)
        sent_start = back.end() if back else line_start
    for lo, near in ((sent_start, True), (line_start, False)):
        found = scan.last(lo, q_start)
        while found is not None and not _reaches(scope, text, lo, found, q_start):
            found = scan.last(lo, found.start())
        if found is not None:
            word = found[0]
            cue_scope = scope.by_word[word]
            if cue_scope == "jurisdiction" and _is_object(scope, text, lo, found, q_start):
                return (word, "self"), near
            return (word, cue_scope), near
        if lo == line_start:
            break
    return None, False


# How far before an area word its audience verb is looked for: 对 right before it, or
# before the first of two bodies named together (对11个街道和32个区直部门).
_AUDIENCE_REACH = 20


def _is_object(scope: ScopeCues, text: str, lo: int, cue: Any, q_start: int) -> bool:
    """Whether the area word ``cue`` is the audience or object of the agency's own action.

    对县级部门开展检查4次 and 组织全区业务培训2场 are the agency's (self); 全区各单位
    发布信息… and 组织各单位参加培训 count what the area's agencies did (jurisdiction).
    """
    before = text[max(lo, cue.start() - _AUDIENCE_REACH) : cue.start()]
    between = text[cue.end() : q_start]
    if scope.object_audience is not None and scope.object_audience.search(before):
        return scope.object_verb is not None and scope.object_verb.search(between) is not None
    if scope.object_event is not None and scope.object_event.search(before):
        return scope.object_embedded is None or scope.object_embedded.search(between) is None
    if (
        scope.object_publish is not None
        and scope.object_published_count is not None
        and between.strip()  # 公布全区127条河道…: right after the area, the area's things
        and scope.object_publish.search(before)
        and scope.object_published_count.match(text, q_start)
    ):
        # 发布全市…空气质量信息12条, 公示2021年度全市环境行政处罚案件19件: the area is what
        # the items are about; the items are the agency's (unless the area's agencies or
        # things are counted: 发布全区各单位信息, 公开全市62家医疗机构)
        return scope.object_publish_not is None or scope.object_publish_not.search(between) is None
    return False
