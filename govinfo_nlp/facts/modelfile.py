"""Read a facts model file with its coefficient tables straight into arrays.

``json.loads`` of facts-v2's 7 MB file makes each of its 560 K coefficients a
Python float (and each row a list) before they become an array: 45 MB at the
peak of the model's load, the highest a process reaches. The tables are plain
arrays of numbers, so they are found in the file's bytes, checked against the
JSON number grammar row by row, and parsed by numpy a block at a time; the
rest of the file (classes, vocabularies, meta) goes through ``json.loads``.

The numbers are the same floats: numpy parses each with Python's own
correctly rounded conversion, as ``json.loads`` does
(tests/test_facts_scorer.py compares both on the shipped model). A file this
reader cannot vouch for (a table it does not find exactly where a task's
``coef`` is, a row of another width, anything but JSON numbers) is read by
``json.loads`` whole, so its errors are reported as before.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["read_model_file"]

#: The tasks whose coefficient tables are read as arrays.
TASKS = ("type", "scope")
# a "coef" key whose value is an array of arrays of numbers: its characters only
# (whether it is well formed is checked once its width is known, see _table)
_COEF = re.compile(rb'"coef"\s*:\s*(\[[\s\[\]0-9eE+\-.,]*\])')
# a JSON number (RFC 8259 §6): numpy parses nothing else the same way
_NUMBER = rb"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?"
# the brackets of a table's rows become spaces: numpy reads numbers between commas
_NO_BRACKETS = bytes.maketrans(b"[]", b"  ")
# bytes of a table parsed at once (whole rows): a copy of the whole table
# (6 MB for facts-v2's type model) would be most of the load's peak again
_BLOCK = 1 << 18


def read_model_file(path: Path) -> dict[str, Any]:
    """``json.loads`` of the model file at ``path``, but each task's ``coef`` is a
    read-only float64 array of shape (features, classes) where the file allows."""
    data = path.read_bytes()
    found = [m.span(1) for m in _COEF.finditer(data)]
    if len(found) != len(TASKS):
        return _plain(data)
    # the tables left out (each replaced by its number in ``found``): the rest
    # is small, and json.loads reads it as it reads the whole file
    parts: list[bytes] = []
    at = 0
    for k, (a, b) in enumerate(found):
        parts += (data[at:a], str(k).encode())
        at = b
    parts.append(data[at:])
    try:
        raw = json.loads(b"".join(parts).decode("utf-8"))
    except ValueError:  # a "table" cut short (a null in it): not one
        return _plain(data)
    del parts
    tables: dict[str, Any] = {}
    try:
        for task in TASKS:
            k = raw[task]["coef"]
            if type(k) is not int or not 0 <= k < len(found) or k in tables.values():
                return _plain(data)
            tables[task] = k
        width = {task: len(raw[task]["classes"]) for task in TASKS}
    except (KeyError, TypeError):
        return _plain(data)
    arrays = {task: _table(data, found[k], width[task]) for task, k in tables.items()}
    if any(a is None for a in arrays.values()):
        return _plain(data)
    for task, array in arrays.items():
        raw[task]["coef"] = array
    return raw


def _plain(data: bytes) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(data.decode("utf-8"))
    return loaded


def _table(data: bytes, span: tuple[int, int], width: int) -> Any:
    """The table ``data[a:b]`` (``span``: a, b) (an array of arrays of ``width`` JSON numbers) as a
    read-only float64 array, or None when it is anything else."""
    if width < 1:
        return None
    a, b = span
    # row by row (a pattern for the whole table would keep a backtracking state
    # per row: hundreds of MB); ``more``: a comma follows the row
    row = re.compile(
        rb"\s*\[\s*%s(?:\s*,\s*%s){%d}\s*\]\s*(?P<more>,?)" % (_NUMBER, _NUMBER, width - 1)
    )
    n_rows, at, more = 0, a + 1, True
    while more and (m := row.match(data, at, b)) is not None:
        n_rows += 1
        at = m.end()
        more = bool(m["more"])
    if (n_rows and more) or data[at:b].strip() != b"]":
        return None
    out: Any = np.empty(n_rows * width, dtype=np.float64)
    filled = 0
    at = a + 1  # past the table's own bracket
    while filled < len(out):
        start = data.find(b"[", at, b)
        # whole rows up to the first row end past the block's size
        end = data.find(b"]", min(start + _BLOCK, b - 1), b) + 1
        block = data[start:end]
        rows = block.count(b"[")
        numbers = np.fromstring(block.translate(_NO_BRACKETS), dtype=np.float64, sep=",")
        if len(numbers) != rows * width:  # (the grammar above rules it out)
            return None
        out[filled : filled + len(numbers)] = numbers
        filled += len(numbers)
        at = end
    out = out.reshape(n_rows, width)
    out.setflags(write=False)
    return out
