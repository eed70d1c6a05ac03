"""Run an evaluation script once per pre-declared way of combining rules and model.

The combination (data/scoring.json's ``rule_margin``, or rules or model alone)
is chosen on evidence that is not biased toward the rules: they were written
on train/dev errors, so out-of-fold scores on train+dev favour them. The
options are declared here before the selection set is read, and only its
aggregate line is looked at (``--grep``), never its error listing.

Options (declared 2026-12-04 22:10 UTC, before datasets/heldout/paraphrase
was read): ``rules``, ``model``, ``both@0.05`` (shipped), ``both@0.2``,
``both@1.01`` (the model wins every disagreement unless a cue forces
``other``), and ``both@0.05/seen@1`` and ``both@0.05/seen@0.2``: the shipped
margin for rare rules, 1 (the model wins) or 0.2 for the 12 rules the model saw
deciding at least 20 training examples (model meta ``rules_seen``). The shipped
option stays unless another scores a type+value F1 on the paraphrase set higher
by at least 2 gold facts' worth (2 / its gold facts) and keeps the red-team
facts (384/384) and verdicts, the generated reports' typed F1 and 0 false
``inconsistent``; of several, the highest F1 wins. Out-of-fold scores on
train+dev are reported, not used to choose (they favour the rules); the
held-out narratives and the real test split are never used to choose.
The set's first chunk (15 documents, 245 facts) landed before the options were
tried; read at 21:50 it gave every option 240 correct but ``both@1.01`` and
``both@0.05/seen@1`` (241): under the threshold. The decision is taken on the
set as it stands on main at 23:00 UTC (added after that first reading).
At 23:00 (46 documents, 674 facts) ``both@0.05/seen@1`` had 643 right against
the shipped 639 (``both@1.01`` 643 and ``model`` 642 fail the red-team facts;
``rules`` 638, ``both@0.2`` 640, ``both@0.05/seen@0.2`` 639): it is shipped
(data/scoring.json's seen_rule_margin).

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
