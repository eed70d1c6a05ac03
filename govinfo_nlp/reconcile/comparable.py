"""Whether a claim counts what the table counts at all (:func:`_not_comparable`): a
change, a running total, another scope, another year, a ratio or petitions are not
this year's disclosure counts, whatever their numbers.
"""

from __future__ import annotations

from typing import Final

from .inputs import FactLike
from .words import _data

_SCOPE_WORDS: Final = {
    "jurisdiction": "a whole area or many agencies",
    "unknown": "an agency it does not name",
}


def _not_comparable(fact: FactLike, report_year: int | None, petition: bool) -> str | None:
    """Why what the fact counts is not what the table counts, in plain words; None when
    it may be."""
    if fact.delta:
        return "the claim states a change, not a count"
    if fact.cumulative:
        return "the claim states a running total, not this year's count"
    if fact.scope != "self":
        return (
            f"the claim is about {_SCOPE_WORDS.get(fact.scope, fact.scope)}, "
            "not the reporting agency itself"
        )
    if fact.year is not None and report_year is not None and fact.year != report_year:
        return f"the claim is about {fact.year}, the report about {report_year}"
    if fact.unit is not None and fact.unit in _data().RATIO_UNITS:
        return f"the claim is a ratio ({fact.unit})"
    if petition:
        return "the claim counts petitions, reports or complaints, not disclosure applications"
    return None
