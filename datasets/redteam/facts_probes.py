"""What the red teams' facts probes (red27/red28 facts_scope.py, red28 facts_r2.py and later)
share: a one-sentence report under a head naming its agency, written to a file and read.

A probe is a sentence put under :func:`head` (the report's title and preamble, then its
overview heading) and followed by section 二's heading; :func:`facts_of` writes it as
``<out>/<id>.txt`` and returns the facts the library reads of the probe's value, which each
set's script judges by its own rule.
"""

from __future__ import annotations

import sys
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
