"""What the verdict red teams (verdicts15, verdicts17, verdicts18) share, written once.

Each set's ``docs_spec.py`` writes its claims with :func:`C` and its ``make.py`` turns
them into the rows of ``claims.jsonl`` with :func:`claim_row` (checked against the
document they are read in) and writes them with :func:`write_claims`. Both are loaded
by path (:func:`load`), as the sets load each other's renderers.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType


def load(name: str, path: Path) -> ModuleType:
    """The module at ``path`` (a set's make.py, score.py or this file), by path."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def C(
    snippet: str,
    number: str,
    type_: str,
    expect: str,
    why: str,
    value: float | None = None,
    ideal: str | None = None,
) -> dict:
    """One hand-judged claim: a snippet that occurs once in its document, the number in
    it, the type a reader gives it, the verdict it must get (consistent, inconsistent,
    safe) and why; ``value`` when the number is not written plainly (1.2万, 40%);
    ``ideal`` the verdict SCHEMA §4 prefers for a safe claim."""
    row = {
        "snippet": snippet,
        "number": number,
        "type": type_,
        "expect": expect,
        "why": why,
        "value": float(number.replace(",", "")) if value is None else value,
    }
    if ideal:
        row["ideal"] = ideal
    return row


def claim_row(
    name: str,
    text: str,
    claim: dict,
    *,
    set_: str = "blind",
    script: Callable[[str], str] | None = None,
    whole_number: bool = False,
) -> dict:
    """The claims.jsonl row of ``claim`` in document ``name`` (its ``text``), snippet and
    number in the document's script (``script``: s2t for a Traditional one). Stops when
    the snippet does not occur exactly once or the number is not in it; with
    ``whole_number``, also when the number is first found inside a longer one (the
    scorer takes its first occurrence in the snippet)."""
    snippet, number = claim["snippet"], claim["number"]
    if script is not None:
        snippet, number = script(snippet), script(number)
    count = text.count(snippet)
    if count != 1:
        raise SystemExit(f"{name}: snippet {snippet!r} occurs {count} times")
    m = re.search(re.escape(number), snippet)
    if not m:
        raise SystemExit(f"{name}: {number!r} not in {snippet!r}")
    around = snippet[max(0, m.start() - 1) : m.start()] + snippet[m.end() : m.end() + 1]
    if whole_number and re.search(r"[0-9.,]", around):
        raise SystemExit(f"{name}: {number!r} is first found inside a longer number in {snippet!r}")
    row = {
        "doc": name,
        "snippet": snippet,
        "number": number,
        "value": claim["value"],
        "type": claim["type"],
        "expect": claim["expect"],
        "why": claim["why"],
        "set": set_,
    }
    if "ideal" in claim:
        row["ideal"] = claim["ideal"]
    return row


def write_claims(here: Path, rows: Iterable[dict]) -> dict[str, int]:
    """``here/claims.jsonl``, one row a line; the count of each expectation."""
    by: dict[str, int] = {}
    with open(here / "claims.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            by[row["expect"]] = by.get(row["expect"], 0) + 1
    return by


def scorer(here: Path) -> ModuleType:
    """verdicts15's scorer (``verdicts15/score.py``), pointed at the set in ``here``: its
    load_claims() and main() read the module's HERE, that set's claims and documents."""
    module = load(f"verdicts15_score_for_{here.name}", here.parent / "verdicts15" / "score.py")
    module.HERE = here  # type: ignore[attr-defined]
    return module
