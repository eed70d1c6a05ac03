"""Bounds on what one document may cost, so that hostile input cannot exhaust a machine.

A document over a bound is not guessed at: it gets an error (too large) or a
warning naming the part left unread (a table too large to lay out), and the
batch goes on. Every bound can be raised for a trusted corpus:
``parse(source, limits=Limits(max_bytes=...))``, ``annotate(..., limits=...)``,
or ``govinfo-nlp annotate --max-bytes N --max-table-cells N`` (``--max-pages``,
``--max-ocr-pages``, ``--max-facts``, ``--max-page-chars``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from .errors import BadArgument, BadArgumentType

__all__ = ["DEFAULT_LIMITS", "Limits", "other_bounds"]


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-document bounds.

    ``max_bytes``: the largest input read, in bytes (a ``str``: its UTF-8
    size). Real reports are well under 5 MB even as whole saved pages;
    the default, 32 MiB, keeps peak memory near 20x that in the worst case.
    It bounds the XML unpacked from a DOCX too: a zip bomb of a few hundred
    KB unpacks to gigabytes.

    ``max_pages``: the most pages read from a PDF. A report has tens; a PDF
    of 32 MiB may hold 200,000 tiny pages, about half an hour of reading.

    ``max_ocr_pages``: the most pages of a PDF read by OCR. OCR takes about
    15 s a page, so a scan of a few hundred pages would hold a worker for
    hours; a scanned report has tens. The pages after the bound are left
    unread and named in a ``read.ocr_page_limit`` warning.

    ``max_facts``: the most narrative facts read from a document. A report
    states a few hundred; 32 MiB of 收到申请5件。 states nearly two million, each
    several KB while it is decided (gigabytes, minutes). The prose after the
    bound is left unread for facts and named in a ``facts.limit`` warning.

    ``max_page_chars``: the most characters one PDF page may draw, counted on
    its content before the page is read. A page of a report draws a few
    thousand; one of a million (25 MB of content, under ``max_bytes``) took
    2.4 GB, pdfplumber building a dict of each (hostile21 p05). A page over the
    bound makes the document a ``read.too_large`` error.

    ``max_table_cells``: the largest HTML table laid out, counted as the
    grid cells its rowspans and colspans cover (a span is clipped to the
    table's rows first, as browsers do). A real disclosure table covers a
    few hundred cells; ``rowspan="1000" colspan="1000"`` on a few cells
    would cover millions, and is left unread with a warning.

    ``max_seconds``: the most CPU seconds a batch spends on one document
    (``annotate``, ``annotate_chunk``, ``govinfo-nlp annotate``; not
    ``parse``). A report takes seconds (OCR's tesseract runs in processes of
    its own, not counted); a reader caught in a loop of a hostile file (a PDF
    whose stream length refers to itself: hostile19 h09) would hold the batch
    forever. The document gets a ``parse.timeout`` error row and the batch
    goes on. Enforced by a CPU timer when the document runs in a process's
    main thread (batch workers, the CLI), by a watcher of the thread's own CPU
    clock in any other thread; a loop inside C code that never returns to
    Python is not interrupted.
    """

    max_bytes: int = 32 * 1024 * 1024
    max_table_cells: int = 50_000
    max_pages: int = 2_000
    max_ocr_pages: int = 50
    max_facts: int = 20_000
    max_seconds: int = 900
    max_page_chars: int = 100_000

    def __post_init__(self) -> None:
        for name in (
            "max_bytes",
            "max_table_cells",
            "max_pages",
            "max_ocr_pages",
            "max_facts",
            "max_seconds",
            "max_page_chars",
        ):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise BadArgumentType(f"{name} must be an int, not {type(value).__name__}")
            if value < 1:
                raise BadArgument(f"{name} must be >= 1, got {value}")


DEFAULT_LIMITS: Final = Limits()


#: Each bound's flag, as the message of an error or warning it caused names it (read.py,
#: the readers, the pipeline, batch/document.py), and the bound that message states:
#: "(5,055 > 5,000 bytes)", "(more than 2,000)", "more than 2 facts", "the bound of 50 pages".
_FLAGS: Final = {
    "--max-bytes": "max_bytes",
    "--max-table-cells": "max_table_cells",
    "--max-pages": "max_pages",
    "--max-ocr-pages": "max_ocr_pages",
    "--max-facts": "max_facts",
    "--max-seconds": "max_seconds",
    "--max-page-chars": "max_page_chars",
}
_STATED: Final = re.compile(r"(?:more than |> |bound of )(\d[\d,]*)")


def other_bounds(row: Mapping[str, Any], limits: Limits) -> str | None:
    """What in an annotate row says it was made under other bounds than ``limits``
    (None: nothing does).

    A row keeps no record of its bounds, only the traces of those it met: an
    error or warning naming the flag and the bound it stated, or more facts than
    ``max_facts`` allows, or a good row of a file larger than ``max_bytes``. A
    ``--resume`` with other bounds would otherwise keep such a row beside rows of
    the new bounds (hostile20 r03, r10: a ``read.too_large`` row of ``--max-bytes
    5000`` kept after resuming with the default).
    """
    for message in (*(row.get("errors") or ()), *(row.get("warnings") or ())):
        if not isinstance(message, str):
            continue
        for flag, field in _FLAGS.items():
            if flag not in message or not (stated := _STATED.search(message)):
                continue
            bound = int(stated.group(1).replace(",", ""))
            if bound != getattr(limits, field):
                return f"with {flag} {bound} (this run: {getattr(limits, field)})"
    facts = row.get("facts")
    if isinstance(facts, list) and len(facts) > limits.max_facts:
        return f"with {len(facts)} facts (this run's --max-facts: {limits.max_facts})"
    source = row.get("source")
    if not row.get("errors") and isinstance(source, str):
        try:
            size = os.stat(source).st_size
        except (OSError, ValueError):
            return None
        if size > limits.max_bytes:
            return f"from {size:,} bytes (this run's --max-bytes: {limits.max_bytes:,})"
    return None
