"""Decisions over a whole reading: which occurrence of a row is the table's, and
which template (2019/2021) the tables follow."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping

from .reading import Reading, RowRead, Zones

__all__ = [
    "SHOWN",
    "Notices",
    "Sight",
    "Titled",
    "by_notice",
    "by_notice_below",
    "by_sight",
    "by_title",
    "choose_rows",
    "choose_template",
    "decide_template",
    "surer_copy",
]

# How sure it is that a browser draws a cell (read.HtmlTable.shown, readers/shown.py):
# 2 shown, 1 maybe (a rule may hide it, only a browser can tell), 0 hidden for certain.
SHOWN = {"yes": 2, "maybe": 1, "no": 0}
Sight = Callable[[int], int]
# Whether a cell at an offset stands under a report title naming the report's year (True),
# another year (False), or under none (None): tables.extract.report_year_at.
Titled = Callable[[int], bool | None]
# How many notices of a corrected table (labels.json corrections) stand before an offset:
# tables.extract.notices_before.
Notices = Callable[[int], int]


def by_sight(occurrences: list[tuple[int, RowRead]], seen: Sight) -> list[tuple[int, RowRead]]:
    """The occurrences of a row less the hidden ones where a shown copy is read; where no
    copy can be preferred by where it stands, each at the best rank (copies that
    disagree then leave the row unread).

    A hidden copy never outranks a shown one (red26 css.py: last year's tables hidden
    before this year's gave 4 stale cells, the hidden copy standing in the table's own
    section). A shown copy where no row is read (rank 0: a later table's section) does
    not drop it, nor is it read: the two must agree. A copy that may or may not be
    drawn ("maybe") is as likely the page's as any other, and so is each of several
    hidden copies where none is drawn: none is preferred."""
    sights = [seen(read.label.start) for _, read in occurrences]
    if 0 in sights and max(sights) > 0:
        if any(rank > 0 and s > 0 for (rank, _), s in zip(occurrences, sights, strict=True)):
            kept = [(o, s) for o, s in zip(occurrences, sights, strict=True) if s > 0]
            occurrences, sights = [o for o, _ in kept], [s for _, s in kept]
        else:
            best = max(rank for rank, _ in occurrences)
            return [(best, read) for _, read in occurrences]
    if (1 in sights or max(sights) == 0) and len(occurrences) > 1:
        # (copies all hidden, none drawn: none is more the report's than another; a copy
        # in prose or a later table's section stays out, as in any reading)
        best = max(rank for rank, _ in occurrences)
        return [(best if rank else 0, read) for rank, read in occurrences]
    return occurrences


def by_title(copies: list[RowRead], titled: Titled) -> RowRead | None:
    """Of copies of a row that disagree, the one under this year's report title, when the
    others all stand under a title naming another year and those under this year's agree;
    else None (the row stays unread).

    A page holding this year's report and, after it, last year's (verdicts21 v21_31:
    诸暨市司法局2021年…年度报告, then …2020年度政府信息公开年报, a title the split of
    tables/reports.py does not take) had its two tables 三 disagree, and the row unread.
    Which report a copy belongs to is said by the title above it only: a copy under no
    title, or two copies under this year's, leave the row unread, as before."""
    where = [titled(read.label.start) for read in copies]
    own = [read for read, w in zip(copies, where, strict=True) if w is True]
    if not own or any(w is None for w in where):
        return None
    if len({tuple(s.text for s in read.slots) for read in own}) > 1:
        return None
    return own[0]


def by_notice(copies: list[RowRead], notices: Notices) -> RowRead | None:
    """Of copies of a row that disagree, the one after a notice that the table below it is
    the corrected one (更正说明：…现将更正后的表格公布如下，以本表为准), when every copy after
    the most notices agrees and some copy stands before one of them; else None.

    A report publishing table 三 and, after such a notice, the corrected table (both drawn)
    had the copies disagree and the rows unread (formats15 s04, formats14 r12)."""
    counts = [notices(read.label.start) for read in copies]
    last = max(counts)
    if last == min(counts):
        return None
    after = [read for read, n in zip(copies, counts, strict=True) if n == last]
    if len({tuple(s.text for s in read.slots) for read in after}) > 1:
        return None
    return after[0]


def by_notice_below(
    occurrences: list[tuple[int, RowRead]], best: int, notices: Notices
) -> tuple[RowRead | None, bool]:
    """A copy of a row standing after a notice of a corrected table that every copy at the
    ``best`` rank stands before, in a section where the row is otherwise not read (its
    copies after the most notices agreeing, each with as many cells as the first copy at
    the best rank, and differing from it): (that copy, True). (None, True) where such
    copies disagree (the row is then unread); (None, False) where there is none.

    A draft table 二 printed, then 更正说明：上表数据有误，现将更正后的表格公布如下, then
    the tables again (red28 n03): the corrected table 二 stood inside table 三's section
    (the sections stage finds each heading once, the first), and the draft one in its own
    section was read, 2 stale cells. The notice says the table below it is the one."""
    top = [read for rank, read in occurrences if rank == best]
    first = next((read for read in top if read.slots), top[0])
    top_most = max(notices(read.label.start) for read in top)
    later = [
        (n, read)
        for rank, read in occurrences
        if rank < best and (n := notices(read.label.start)) > top_most
    ]
    if not later or not first.slots:
        return None, False
    most = max(n for n, _ in later)
    after = [read for n, read in later if n == most]
    texts = {tuple(s.text for s in read.slots) for read in after}
    if texts == {tuple(s.text for s in first.slots)}:
        return None, False
    if len(texts) > 1 or any(len(read.slots) != len(first.slots) for read in after):
        return None, True
    return after[0], True


def surer_copy(
    copies: list[RowRead], titled: Titled | None, notices: Notices | None
) -> tuple[RowRead, str] | None:
    """Of copies of a row that disagree, the one a report title (:func:`by_title`) or a
    notice of a corrected table (:func:`by_notice`) makes surer than the others, and why."""
    if titled is not None and (kept := by_title(copies, titled)):
        return kept, (
            "under this year's report title, is read (the others stand under another year's)"
        )
    if notices is not None and (kept := by_notice(copies, notices)):
        return kept, "after a notice that the table is the corrected one, is read"
    return None


def choose_rows(
    found: dict[str, list[tuple[int, RowRead]]],
    reading: Reading,
    zones: Zones,
    seen: Sight | None = None,
    titled: Titled | None = None,
    notices: Notices | None = None,
) -> None:
    """One occurrence per row: the one in the table's own section or block; none if
    unsure. ``seen`` tells whether a cell at an offset is drawn (see :data:`SHOWN`;
    None: every cell is); ``titled`` whether it stands under this year's report title
    (see :data:`Titled`, :func:`by_title`; None: not asked); ``notices`` how many notices
    of a corrected table stand before it (:func:`by_notice`; None: not asked)."""
    for row, occurrences in found.items():
        if seen is not None and len(occurrences) > 1:
            occurrences = by_sight(occurrences, seen)
        best = max(rank for rank, _ in occurrences)
        if best == 0:
            where = zones.id_at(zones.at(occurrences[0][1].label.start))
            reading.warnings.append(
                f"tables.prose_row: {row} appears only in the {where} section, outside "
                "the table's section; not read"
            )
            continue
        if notices is not None and len(occurrences) > 1:
            kept_below, asked = by_notice_below(occurrences, best, notices)
            if kept_below is not None:
                reading.warnings.append(
                    f"tables.duplicate_row: {row} appears {len(occurrences)} times with "
                    f"different cells; the occurrence at offset {kept_below.label.start}, "
                    "after a notice that the table is the corrected one, is read"
                )
                reading.rows[row] = kept_below
                continue
            if asked:
                reading.warnings.append(
                    f"tables.duplicate_row: {row} appears {len(occurrences)} times with "
                    "different cells, after a notice of a corrected table too, and none is "
                    "more surely the table's; emitted no cells"
                )
                reading.conflicted[row] = occurrences[0][1]
                continue
        top = [read for rank, read in occurrences if rank == best]
        filled = [read for read in top if read.slots] or top
        readings = {tuple(s.text for s in read.slots) for read in filled}
        if len(readings) > 1 and (surer := surer_copy(filled, titled, notices)):
            kept, why = surer
            reading.warnings.append(
                f"tables.duplicate_row: {row} appears {len(filled)} times with different "
                f"cells; the occurrence at offset {kept.label.start}, {why}"
            )
            reading.rows[row] = kept
            continue
        if len(readings) > 1:
            reading.warnings.append(
                f"tables.duplicate_row: {row} appears {len(filled)} times with different "
                "cells and none is more surely the table's; emitted no cells"
            )
            reading.conflicted[row] = filled[0]
            continue
        if len(occurrences) > 1 and any(read.slots for _, read in occurrences):
            reading.warnings.append(
                f"tables.duplicate_row: {row} appears {len(occurrences)} times; the "
                f"occurrence at offset {filled[0].label.start} is read"
            )
        reading.rows[row] = filled[0]


def decide_template(reading: Reading, year: int | None) -> tuple[str, list[str]]:
    rows = {k: bool(r.slots) for k, r in reading.rows.items()}
    return choose_template(reading.strong, reading.weak, rows, year)


def choose_template(
    strong: Counter[str], weak: Counter[str], rows: Mapping[str, bool], year: int | None
) -> tuple[str, list[str]]:
    """The template from the header votes and the rows read (row -> whether it has cells)."""
    warnings: list[str] = []
    if any(r.startswith("t3.other_handling.") for r in rows):
        weak["2021"] += 1
    if rows.get("t3.other_handling"):
        weak["2019"] += 1
    if strong["2019"] != strong["2021"]:
        template = "2019" if strong["2019"] > strong["2021"] else "2021"
    elif weak["2019"] != weak["2021"]:
        template = "2019" if weak["2019"] > weak["2021"] else "2021"
    else:
        template = "2019" if year is not None and year <= 2020 else "2021"
        warnings.append(
            f"tables.template_guess: the headers do not say which template the "
            f"tables follow; assumed {template}"
        )
        return template, warnings
    other = "2021" if template == "2019" else "2019"
    if strong[other] or weak[other]:
        warnings.append(
            f"tables.template_mixed: the tables follow the {template} template but "
            f"also use {other} headers or rows; each row is read by its own header"
        )
    return template, warnings
