"""The verdict on one fact (:func:`_one`): the table side (cells read, unread, blank,
implied by failing checks), the comparison, and the reason in plain words. Whether the
claim counts what the table counts at all is :mod:`.comparable`'s; the rules that keep a
disagreement from being an accusation are in :mod:`.doubts` (:func:`_doubts`) and
:mod:`.claimant`; this module puts their answers together.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from ..normalize import normalize_text
from .bounds import _agrees, _bounds, _fmt, _rounding, _sum
from .clauses import _phrase
from .comparable import _not_comparable
from .doubts import _doubts
from .inputs import FactLike, TableValueLike
from .results import CellEvidence, Reconciliation
from .words import _data

_APPROX_WORD: Final = {"over": "at least", "under": "at most", "about": "about"}


@dataclass(frozen=True)
class _Cells:
    """The table side: cells read, fields unread, fields blank in the source."""

    values: Mapping[str, TableValueLike]
    unread: frozenset[str]
    blank: frozenset[str]
    # field -> (check id, value) for each failing check (勾稽关系) that reads the cell:
    # the value the check gives it (_implied_values)
    implied: Mapping[str, tuple[tuple[str, float | int], ...]]
    # fields read whose row was given its numbers by position (tables_placed)
    placed: frozenset[str] = frozenset()

    def state(self, field: str) -> str:
        if field in self.values:
            return getattr(self.values[field], "method", "read")
        if field in self.unread:
            return "unread"
        if field in self.blank:
            return "blank"
        return "missing"


#: How many of a check's fields (SCHEMA §2: its left side, then its right) stand on the
#: left, by the check's kind: new + carried_in = results_total + carried_out; the results
#: total = its rows; a row's or a group's parts = its total. Checks of other kinds give
#: no implied values.
_LEFT_SIZE: Final[dict[str, Callable[[int], int]]] = {
    "t3.balance.": lambda n: 2,
    "t3.results_sum.": lambda n: 1,
    "t3.row_total.": lambda n: n - 1,
    "t4.total.": lambda n: n - 1,
}


def _implied_values(
    checks: Sequence[Any], values: Mapping[str, TableValueLike]
) -> dict[str, tuple[tuple[str, float | int], ...]]:
    """For each cell a failing check of the table reads, the value the check gives it
    (the other side's sum less the rest of its own side), with the check's id: the
    table then states the cell twice, differently (a (七)总计 of 14 beside rows summing to
    12), and a claim that agrees with either reading is no contradiction of the table."""
    implied: dict[str, list[tuple[str, float | int]]] = {}
    for check in checks:
        if getattr(check, "holds", True):
            continue
        fields = tuple(getattr(check, "fields", ()))
        size = next((f(len(fields)) for k, f in _LEFT_SIZE.items() if check.id.startswith(k)), 0)
        if not 0 < size < len(fields) or not all(f in values for f in fields):
            continue
        sides = (fields[:size], fields[size:])
        for own, other in (sides, sides[::-1]):
            for f in own:
                rest = _sum([values[g].value for g in own if g != f])
                value = _sum([values[g].value for g in other]) - rest
                implied.setdefault(f, []).append((check.id, value))
    return {f: tuple(v) for f, v in implied.items()}


_STATE_WORDS: Final = {
    "unread": "could not be read with certainty (tables_unread)",
    "blank": "is blank in the source",
    "missing": "was not found in the tables",
}


def _evidence(field: str, cell: TableValueLike) -> CellEvidence:
    return CellEvidence(
        field, cell.value, cell.raw, cell.start, cell.end, getattr(cell, "method", "read")
    )


def reconciliation(
    index: int,
    fact: FactLike,
    verdict: str,
    reason: str,
    fields: tuple[str, ...],
    table: float | int | None = None,
    cells: tuple[CellEvidence, ...] = (),
    absent: tuple[str, ...] = (),
    explanation: tuple[str, ...] = (),
) -> Reconciliation:
    """The entry for fact ``index``: its verdict, why, and the steps that led there
    (the verdict's line first)."""
    return Reconciliation(
        fact=index,
        type=fact.type,
        narrative=fact.value,
        fields=fields,
        table=table,
        verdict=verdict,
        reason=reason,
        fact_span=(fact.start, fact.end),
        cells=cells,
        absent=absent,
        explanation=(f"verdict {verdict}: {reason}", *explanation),
    )


def _one(
    index: int,
    fact: FactLike,
    alternatives: tuple[tuple[str, ...], ...],
    tbl: _Cells,
    report_year: int | None,
    larger: str | None,
    new_only: bool = False,
    handled: bool = False,
    petition: bool = False,
    claimant: Callable[[], str | None] | None = None,
    doubter: Callable[[], str | None] | None = None,
    side: str | None = None,
    ocr_spans: tuple[tuple[int, int], ...] = (),
) -> Reconciliation:
    values = tbl.values
    explanation: list[str] = []

    def result(
        verdict: str,
        reason: str,
        fields: tuple[str, ...],
        table: float | int | None = None,
        cells: tuple[CellEvidence, ...] = (),
        absent: tuple[str, ...] = (),
    ) -> Reconciliation:
        return reconciliation(
            index, fact, verdict, reason, fields, table, cells, absent, tuple(explanation)
        )

    # Choose the alternative: the first with at least one field present.
    chosen = alternatives[0]
    fallback = ""
    for i, alt in enumerate(alternatives):
        if any(f in values for f in alt):
            chosen = alt
            if i > 0:
                fallback = (
                    f"{', '.join(alternatives[0])} absent; compared with {', '.join(alt)} "
                    "instead, which need not count the same documents"
                )
            break
    breakdown = getattr(fact, "breakdown", None)
    if breakdown:
        explanation.append(f"the claim counts a part of a total: {breakdown}")

    # Not comparable: what the fact counts is not what the table counts.
    if (why := _not_comparable(fact, report_year, petition)) is not None:
        return result("not_comparable", why, chosen)

    # Unverifiable: nothing to compare with.
    if not chosen:
        what = breakdown.partition(":")[2] if breakdown else "this part"
        # 其中，湖南路街道收到申请6件: a part of the total, and another body's own count.
        if claimant is not None and (other_claim := claimant()) is not None:
            return result(
                "not_comparable",
                f"the claim counts a part the tables do not count ({what}), and {other_claim}",
                (),
            )
        return result(
            "unverifiable",
            f"the claim counts a part the tables do not count ({what})",
            (),
        )
    if not values:
        return result("unverifiable", "the report has no table values", chosen, absent=chosen)
    present = tuple(f for f in chosen if f in values)
    absent = tuple(f for f in chosen if f not in values)
    for f in chosen:
        state = tbl.state(f)
        if f in values:
            v = values[f]
            how = (
                "worked out from the table's sums" if state == "derived" else f"read from {v.raw!r}"
            )
            explanation.append(f"{f} = {_fmt(v.value)} ({how})")
        else:
            explanation.append(f"{f} {_STATE_WORDS[state]}")
    if not present:
        states = {tbl.state(f) for f in chosen}
        word = _STATE_WORDS[
            "unread" if "unread" in states else "missing" if "missing" in states else "blank"
        ]
        return result(
            "unverifiable",
            f"table field{'s' if len(chosen) > 1 else ''} {', '.join(chosen)} {word}",
            chosen,
            absent=absent,
        )
    not_blank = tuple(f for f in absent if tbl.state(f) != "blank")
    if not_blank:
        return result(
            "unverifiable",
            "the sum needs "
            + ", ".join(f"{f}, which {_STATE_WORDS[tbl.state(f)]}" for f in not_blank),
            chosen,
            absent=absent,
        )

    cells = tuple(_evidence(f, values[f]) for f in present)
    table_value = _sum([c.value for c in cells])
    lhs = " + ".join(present)
    absent_note = f"; blank in the source: {', '.join(absent)}" if absent else ""
    bound = ""
    if fact.approx in _APPROX_WORD:
        low, high = _bounds(fact.value, fact.approx, side)
        upto = "" if math.isinf(high) else _fmt(high)
        bound = f" ({_APPROX_WORD[fact.approx]} {_fmt(fact.value)}: {_fmt(low)}..{upto})"
    compared = f"{lhs} = {_fmt(table_value)}{absent_note}"
    rounded = _rounding(fact)
    if rounded is not None and rounded[0] <= table_value < rounded[1]:
        return result(
            "consistent",
            f"narrative {_fmt(fact.value)} (written rounded: {_fmt(rounded[0])}..{_fmt(rounded[1])})"
            f" agrees with {compared}",
            chosen,
            table_value,
            cells,
            absent,
        )
    if _agrees(fact.value, fact.approx, table_value, side):
        note = f"; {fallback}" if fallback else ""
        return result(
            "consistent",
            f"narrative {_fmt(fact.value)}{bound} agrees with {compared}{note}",
            chosen,
            table_value,
            cells,
            absent,
        )
    # A count may hold a table row its words do not name: 共受理64件 last year's
    # carried-over applications with this year's new ones (no cue says only new),
    # 共办理申请14件 (handled, not said to be finished) those carried over to next
    # year with the closed ones. Agreeing with the sum of both rows, it agrees.
    for fact_type, field, extra, applies, why in (
        (
            "requests.received",
            "t3.new.total",
            "t3.carried_in.total",
            not new_only,
            "the count includes last year's carried-over applications",
        ),
        (
            "requests.closed",
            "t3.results_total.total",
            "t3.carried_out.total",
            handled,
            "the applications handled include those carried over to next year",
        ),
    ):
        other = values.get(extra)
        if fact.type != fact_type or chosen != (field,) or not applies or other is None:
            continue
        total = _sum([table_value, other.value])
        if _agrees(fact.value, fact.approx, total, side):
            return result(
                "consistent",
                f"narrative {_fmt(fact.value)}{bound} agrees with {field} + {extra} = "
                f"{_fmt(total)} ({why})",
                (field, extra),
                total,
                (*cells, _evidence(extra, other)),
            )
    # The 2019 template counts the year's documents twice: made (本年新制作数量) and
    # published (本年新公开数量). A claim the made column contradicts and the published one
    # agrees with is the published count when its words say so (新公开规范性文件3件), and
    # no accusation otherwise (agencies write either verb for either column).
    published = _published_agrees(fact, chosen, values, side)
    if published is not None and _says_published(fact):
        return result(
            "consistent",
            f"narrative {_fmt(fact.value)}{bound} agrees with {published[0]} = "
            f"{_fmt(published[1].value)} (its words say published: 本年新公开数量)",
            (published[0],),
            published[1].value,
            (_evidence(*published),),
        )
    # A disagreement with the agency's table is no accusation when the claim's
    # clause says it is another body's count or another period's (an agreeing
    # claim stays consistent: the agency may name itself in a form not read).
    if claimant is not None and (other_claim := claimant()) is not None:
        return result(
            "not_comparable",
            f"narrative {_fmt(fact.value)}{bound} differs from {compared}, but {other_claim}",
            chosen,
            table_value,
            cells,
            absent,
        )
    # A disagreement is an accusation only when no doubt holds (.doubts._doubts).
    doubts = _doubts(
        fact,
        cells,
        table_value,
        side,
        values=values,
        placed=tbl.placed,
        implied=tbl.implied,
        fallback=fallback,
        published=published,
        larger=larger,
        doubter=doubter,
        ocr_spans=ocr_spans,
    )
    if doubts:
        return result(
            "unverifiable",
            f"narrative {_fmt(fact.value)}{bound} differs from {compared}, but "
            + "; ".join(doubts),
            chosen,
            table_value,
            cells,
            absent,
        )
    return result(
        "inconsistent",
        f"narrative {_fmt(fact.value)}{bound} disagrees with {compared}",
        chosen,
        table_value,
        cells,
        absent,
    )


def _published_agrees(
    fact: FactLike,
    chosen: tuple[str, ...],
    values: Mapping[str, TableValueLike],
    side: str | None,
) -> tuple[str, TableValueLike] | None:
    """The 2019 template's published cell of a normative or rules count compared with
    its made cell, when that published cell agrees with the claim (else None)."""
    if fact.type not in ("proactive.normative", "proactive.rules") or len(chosen) != 1:
        return None
    row, _, column = chosen[0].rpartition(".")
    cell = values.get(f"{row}.published") if column == "made" else None
    if cell is None or not _agrees(fact.value, fact.approx, cell.value, side):
        return None
    return f"{row}.published", cell


def _says_published(fact: FactLike) -> bool:
    """Whether a normative count's words say published (:data:`PUBLISH_WORDS`) and
    nothing of making (:data:`MAKE_WORDS`)."""
    words = normalize_text(_phrase(fact))
    d = _data()
    return any(w in words for w in d.PUBLISH_WORDS) and not any(w in words for w in d.MAKE_WORDS)
