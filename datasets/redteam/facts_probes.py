"""What the red teams' facts probes (red27/red28 facts_scope.py, red28 facts_r2.py and later)
share: a one-sentence report under a head naming its agency, written to a file and read.

A probe is a sentence put under :func:`head` (the report's title and preamble, then its
overview heading) and followed by section 二's heading; :func:`facts_of` writes it as
``<out>/<id>.txt`` and returns the facts the library reads of the probe's value, which each
set's script judges by its own rule, or by :func:`judge`'s (red28 facts_r2.py, red29 facts.py):
what is WRONG for a fact of that value is named by the probe.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import govinfo_nlp  # noqa: E402


def head(agency: str) -> str:
    """A 2023 report's title and preamble naming ``agency``, then the overview's heading."""
    return (
        f"{agency}2023年政府信息公开工作年度报告\n"
        f"根据《中华人民共和国政府信息公开条例》规定，现公布{agency}2023年政府信息公开工作年度报告。\n"
        "一、总体情况\n"
    )


def facts_of(out: Path, pid: str, text: str, value: float) -> list[dict[str, Any]]:
    """The facts of ``value`` read from ``text`` (a head and a sentence) followed by section
    二's heading, written to ``out/<pid>.txt``."""
    path = out / f"{pid}.txt"
    path.write_text(text + "\n二、主动公开政府信息情况\n", encoding="utf-8")
    return [f for f in govinfo_nlp.parse(path).to_dict()["facts"] if f["value"] == value]


#: a probe: (id, report (a key of the script's reports), sentence, value, bad), where bad names
#: what is WRONG for a fact of the value: {"year": years}, {"scope": scopes}, {"type": types},
#: or {"any": True} (any fact of it at all)
Probe = tuple[str, str, str, float, Mapping[str, Any]]


def judge(
    out: Path, reports: Mapping[str, str], probes: Sequence[Probe], lost_words: str
) -> int:
    """Read every probe under :func:`head` of its report's agency (written under ``out``) and
    print a line each: ``!!`` a WRONG fact, ``--`` no fact of the value where one is expected
    (a loss, not WRONG). The last line counts both (the loss as ``lost_words``). Returns the
    exit status: 1 on a WRONG probe."""
    out.mkdir(exist_ok=True)
    wrong = lost = 0
    for pid, report, sentence, value, bad in probes:
        facts = facts_of(out, pid, head(reports[report]) + sentence, value)
        hit = bool(facts) and (
            bad.get("any", False)
            or any(f["year"] in bad.get("year", ()) for f in facts)
            or any(f["scope"] in bad.get("scope", ()) for f in facts)
            or any(f["type"] in bad.get("type", ()) for f in facts)
        )
        wrong += hit
        lost += not facts and not bad.get("any")
        mark = "!!" if hit else ("--" if not facts and not bad.get("any") else "  ")
        got = [(f["type"], f["scope"], f["year"]) for f in facts]
        print(mark, pid, report, value, got, sentence)
    print(f"WRONG probes: {wrong} of {len(probes)}; {lost_words}: {lost}")
    return 1 if wrong else 0
