"""Batch annotation and corpus mode.

* :func:`annotate` parses many inputs, in parallel over processes if asked,
  and yields one SCHEMA §5 row (a ``dict``) per input **in input order**,
  whatever the job count. A problem inside one document — unreadable bytes,
  an exception inside the pipeline, even a worker process dying — becomes
  an error entry in that document's row; it never stops the batch.
* :func:`write_jsonl` streams rows to a JSON-lines file, one flushed line per
  row, so a killed run leaves a valid prefix; :func:`resume_jsonl` repairs
  such a prefix (drops a partial last line) and tells which inputs are done.
* :func:`crosscheck` (from :mod:`govinfo_nlp.crossyear`) groups annotated
  reports by agency identity across years and evaluates the cross-year
  checks of SCHEMA §2 and flags year-on-year jumps.

Everything here is plain functions over plain data; the CLI
(:mod:`govinfo_nlp.cli`) only parses arguments and prints.
"""

from typing import Any

from .. import crossyear
from ..crossyear import CrossCheck, CrossCheckResult, crosscheck
from ..identity import clean_name as normalize_agency
from .document import annotate_one, row_is_readable
from .inputs import (
    IMAGE_SUFFIXES,
    INPUT_SUFFIXES,
    collect_inputs,
    input_suffixes,
    skipped_inputs,
)
from .jsonl import dumps_row, read_jsonl, resume_jsonl, skip_done, write_jsonl
from .pool import annotate
from .tally import BatchSummary, summarize

__all__ = [
    "ANOMALY_FIELDS",
    "ANOMALY_FLOOR",
    "ANOMALY_RATIO",
    "IMAGE_SUFFIXES",
    "INPUT_SUFFIXES",
    "BatchSummary",
    "CrossCheck",
    "CrossCheckResult",
    "annotate",
    "annotate_one",
    "collect_inputs",
    "crosscheck",
    "dumps_row",
    "input_suffixes",
    "normalize_agency",
    "read_jsonl",
    "resume_jsonl",
    "row_is_readable",
    "skip_done",
    "skipped_inputs",
    "summarize",
    "write_jsonl",
]


def __getattr__(name: str) -> Any:
    # ANOMALY_RATIO, ANOMALY_FLOOR, ANOMALY_FIELDS: crossyear's, read on first use
    if name.startswith("ANOMALY_"):
        return getattr(crossyear, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
