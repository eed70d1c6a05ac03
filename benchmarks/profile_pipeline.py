"""Where a parse's CPU goes, stage by stage (issue 17): the shares a speed change starts from.

Usage (from the repo root)::

    python benchmarks/profile_pipeline.py                  # 200 generated + the real excerpts
    python benchmarks/profile_pipeline.py --mode tables    # a tables-only parse
    python benchmarks/profile_pipeline.py --generated 60 --repeat 1 --top 20

Per corpus (generated text, generated HTML: ``govinfo_nlp_dev/synthetic/generator.py``;
the real excerpts of ``../shared/seeds`` and ``../shared/reports``), what
``bench_annotate.py``'s mode does per document (``full``: ``parse`` +
``to_dict(explain=False)`` + ``dumps_row``; ``tables``: ``parse(stages="tables")``):

* the throughput, CPU seconds (``time.process_time``), the best of ``--repeat`` runs
  after a warm-up run (every per-content cache holds the corpus's answers: warm);
* each stage's share of one run under ``cProfile`` timed by the process's CPU clock,
  from the cumulative time of the function that does the stage (the facts stage split
  into its parts), and the ``--top`` functions by their own time.

cProfile charges each Python call a fixed cost, so a part made of many small calls
looks bigger than it is (a share is an upper bound for such a part); the throughput
lines are measured without it. A sampling profiler is no better here: ``py-spy
record`` charged 6 % of a generated text run to ``time.thread_time`` (the time bound's
clock, read every 16th checkpoint), which costs nothing measurable (an in-process A/B
with the clock replaced: within noise); a sampler that stops the process sees it
in the system calls where the scheduler took the core away.

The fixed cost of a document is printed too: a one-line report and a three-line one
(a title, a heading, a sentence of prose with no number), parsed 300 times.

Prints tables; no assertions (timings are machine-dependent).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_annotate  # noqa: E402  (a sibling script: its corpora and modes)

# (label, file under govinfo_nlp/, function name as cProfile names it): the function whose
# cumulative time is the stage's. Labels indented by two spaces are parts of the stage above.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("read", "read.py", "read"),
    ("normalize", "normalize.py", "normalize"),
    ("noise (chrome)", "pipeline.py", "chrome_of"),
    ("noise (spam)", "noise.py", "find_spam"),
    ("metadata", "pipeline.py", "metadata_of"),
    ("agency", "pipeline.py", "agency_of"),
    ("sections", "sections.py", "find_sections"),
    ("facts", "engine.py", "extract_facts"),
    ("  reading view and wraps", "facts/extractor.py", "reading_text"),
    ("  candidates (rules, cues, grammar)", "facts/analysis.py", "iter_candidates"),
    ("    quantity grammar", "quantities/grammar.py", "find_quantities"),
    ("    rules", "facts/rules.py", "match_rules"),
    ("  features", "facts/features.py", "encode"),
    ("  model scores", "facts/model.py", "verdicts"),
    ("  deciding", "facts/extractor.py", "_decide"),
    ("  settling", "facts/extractor.py", "_settled"),
    ("tables", "tables/extract.py", "parse_tables"),
    ("breakdowns", "breakdown.py", "assign_breakdowns"),
    ("  original's view and wraps", "breakdown.py", "_continued"),
    ("reconcile", "reconcile/__init__.py", "reconcile"),
    ("row (to_dict)", "report.py", "to_dict"),
    ("row (JSON)", "batch/jsonl.py", "dumps_row"),
)


def corpora(n: int, seed: int, folder: Path) -> dict[str, list[str]]:
    gen = bench_annotate.generated_inputs(n, seed, folder)
    out = {"gen-text": gen.get("text", []), "gen-html": gen.get("html", [])}
    out["real"] = bench_annotate.real_inputs(None)
    return {name: paths for name, paths in out.items() if paths}


def _cumulative(stats: dict[Any, Any], file: str, name: str) -> float:
    suffix = "govinfo_nlp/" + file
    return sum(
        row[3]
        for (path, _, fn), row in stats.items()
        if fn == name and path.replace(os.sep, "/").endswith(suffix)
    )


def shares(run: Callable[[list[str]], None], paths: list[str], top: int) -> str:
    """The stage table and the ``top`` functions of one profiled run over ``paths``."""
    profile = cProfile.Profile(time.process_time)
    profile.enable()
    run(paths)
    profile.disable()
    stats = pstats.Stats(profile)
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = sum(row[3] for (_, _, fn), row in raw.items() if fn in ("_full", "_tables"))
    lines = [f"    {'share':>6}  stage (cumulative CPU under cProfile: {total:.2f} s)"]
    top_level = 0.0
    for label, file, name in STAGES:
        t = _cumulative(raw, file, name)
        if not label.startswith(" "):
            top_level += t
        lines.append(f"    {t / total * 100:5.1f}%  {label}")
    lines.append(
        f"    {(total - top_level) / total * 100:5.1f}%  the rest (parse's glue, ids, Report)"
    )
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(top)
    body = out.getvalue()
    at = body.find("   ncalls")
    lines.append("")
    lines.extend("    " + line for line in body[at:].rstrip().splitlines())
    return "\n".join(lines)


def fixed_costs(repeat: int = 300) -> list[str]:
    """µs per document of a full and a tables-only parse of tiny reports."""
    from govinfo_nlp.batch import dumps_row
    from govinfo_nlp.pipeline import parse

    docs = {
        "one line": "2023年政府信息公开工作年度报告\n",
        "no number": "某局2023年政府信息公开工作年度报告\n一、总体情况\n今年工作情况良好。\n",
    }
    out = []
    for label, text in docs.items():
        for stages in (None, "tables"):
            parse(text, stages=stages)
            best = float("inf")
            for _ in range(3):
                start = time.process_time()
                for _ in range(repeat):
                    dumps_row(parse(text, stages=stages).to_dict(explain=False))
                best = min(best, (time.process_time() - start) / repeat)
            out.append(f"    {label:10s} {stages or 'full':6s} {best * 1e6:7.0f} µs/doc")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--generated", type=int, default=200, help="generated reports (200)")
    ap.add_argument("--seed", type=int, default=1, help="generator seed (1)")
    ap.add_argument("--mode", choices=("full", "tables"), default="full")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the fastest counts")
    ap.add_argument("--top", type=int, default=15, help="functions listed by own time")
    args = ap.parse_args(argv)
    run: Callable[[list[str]], None] = (
        bench_annotate._full if args.mode == "full" else bench_annotate._tables
    )
    print(f"load average at start: {os.getloadavg()[0]:.1f} (CPU times; 2 cores shared)")
    with tempfile.TemporaryDirectory() as tmp:
        sets = corpora(args.generated, args.seed, Path(tmp))
        run(sets["real"][:5])  # models and data loaded before any timing
        for name, paths in sets.items():
            kb = sum(os.path.getsize(p) for p in paths) / 1024
            run(paths)
            best = float("inf")
            for _ in range(args.repeat):
                start = time.process_time()
                run(paths)
                best = min(best, time.process_time() - start)
            print(
                f"\n== {name}, {args.mode}: {len(paths)} docs, {kb:.0f} KB:"
                f" {len(paths) / best:.0f} docs/s, {kb / best:.0f} KB/s"
            )
            print(shares(run, paths, args.top))
    print("\n== fixed cost of a document")
    print("\n".join(fixed_costs()))


if __name__ == "__main__":
    main()
