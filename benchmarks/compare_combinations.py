"""Run an evaluation script once per way of combining rules and model.

How the facts stage decides a type (data/scoring.json's ``rule_margin`` and
``seen_rule_margin``, or rules or model alone) is chosen among options
declared before a blind selection set is read, on that set's aggregate line
only (``--grep``), never its error listing. The declarations, and what each
reading decided, are in the selection sets' READMEs
(``datasets/heldout/paraphrase*/README.md``, "DECISION of session N"); this
script only runs them. Out-of-fold scores on train+dev favour the rules (they
were written on train/dev errors) and are reported, not used to choose; the
held-out narratives and the real test split never choose.

Option names (``--options a,b``): ``rules``; ``model``; ``both@m``, a rule
wins a disagreement when its score >= the model's p + m (``both@1.01``: the
model wins every disagreement unless a cue forces ``other``); and
``both@m/seen@s``, margin s for the rules the model saw deciding at least 20
training examples (its meta ``rules_seen``), m for the others. Each option is
built around one model (``--model DIR``, the shipped one by default), so
comparing two models means two runs.

The default options (:data:`OPTIONS`) are the ones session 5 declared
(2026-12-04 22:10 UTC, before ``datasets/heldout/paraphrase`` was read), kept
so that reading can be repeated: it shipped ``both@0.05/seen@1``. Session 8's
decision (``paraphrase3/README.md``) replaced that by the single margin 0.05
that data/scoring.json holds today (``both@0.05``).

Usage: python benchmarks/compare_combinations.py [--options a,b] [--model DIR]
[--grep REGEX] SCRIPT [SCRIPT ARGS...]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import runpy
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import govinfo_nlp.engine as engine  # noqa: E402
import govinfo_nlp.facts.extractor as extractor_module  # noqa: E402
from govinfo_nlp.facts.model import load_model  # noqa: E402
from govinfo_nlp_dev.facts.crossval import combinations  # noqa: E402

OPTIONS = (
    "rules",
    "model",
    "both@0.05",
    "both@0.2",
    "both@1.01",
    "both@0.05/seen@1",
    "both@0.05/seen@0.2",
)


def run(script: str, args: list[str], extractor: Any) -> str:
    """``script``'s output with every facts stage it builds replaced by ``extractor``:
    an engine's, or a ``FactExtractor`` the script makes itself."""
    saved = engine._extractor, extractor_module.FactExtractor, sys.argv
    engine._extractor = lambda *a, **k: extractor
    extractor_module.FactExtractor = lambda *a, **k: extractor  # type: ignore[misc,assignment]
    sys.argv = [script, *args]
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
            runpy.run_path(script, run_name="__main__")
    finally:
        engine._extractor, extractor_module.FactExtractor, sys.argv = saved
    return out.getvalue()


def _pair(name: str) -> tuple[float, float]:
    """(m, s) of ``both@m/seen@s``."""
    both, seen = name.split("/seen@")
    return float(both[5:]), float(seen)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--options", default=",".join(OPTIONS))
    ap.add_argument("--model", default=None, help="model directory (default: the shipped one)")
    ap.add_argument("--grep", default=".", help="print only the output lines matching this")
    ap.add_argument("script")
    ap.add_argument("args", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    model = load_model(a.model)
    if model is None:
        raise SystemExit("no facts model found")
    names = a.options.split(",")
    builders = combinations(
        (float(n[5:]) for n in names if n.startswith("both@") and "/" not in n),
        (_pair(n) for n in names if "/seen@" in n),
    )
    keep = re.compile(a.grep)
    for name in names:
        output = run(a.script, a.args, builders[name](model))
        for line in output.splitlines():
            if keep.search(line):
                print(f"{name:10} {line}")


if __name__ == "__main__":
    main()
