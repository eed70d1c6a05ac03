"""Decisions over a whole reading: which occurrence of a row is the table's, and
which template (2019/2021) the tables follow."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from .reading import Reading, RowRead, Zones

__all__ = ["choose_rows", "choose_template", "decide_template"]


def choose_rows(
    found: dict[str, list[tuple[int, RowRead]]], reading: Reading, zones: Zones
) -> None:
    """One occurrence per row: the one in the table's own section or block; none if unsure."""
    for row, occurrences in found.items():
        best = max(rank for rank, _ in occurrences)
        if best == 0:
            where = zones.id_at(zones.at(occurrences[0][1].label.start))
            reading.warnings.append(
                f"tables.prose_row: {row} appears only in the {where} section, outside "
                "the table's section; not read"
            )
            continue
        top = [read for rank, read in occurrences if rank == best]
        filled = [read for read in top if read.slots] or top
        readings = {tuple(s.text for s in read.slots) for read in filled}
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
