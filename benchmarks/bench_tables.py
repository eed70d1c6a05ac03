"""Tables-stage throughput: ms/doc of ``parse_tables`` alone.

Usage (from the repo root)::

    python benchmarks/bench_tables.py                 # seeds + reports + samples, 200 generated
    python benchmarks/bench_tables.py --generated 50 --repeat 1
    python benchmarks/bench_tables.py --profile       # cProfile of the stage, top 25

The inputs of the tables stage (normalised text after chrome removal,
sections, HTML tables, report year) are captured from a real
:func:`govinfo_nlp.parse` of each document, so the stage sees exactly what it
sees in the pipeline. Then only the stage is timed (CPU time), three ways:

* ``first`` — a pass after the label caches of the stage were cleared: colder
  than real use, where the caches hold what other reports filled them with;
* ``new`` — the caches cleared, then filled by a pass over other reports
  (``--warm`` generated with another seed), then each text read once: what a
  batch of new documents costs a warm process (the realistic figure);
* ``best`` — best of ``--repeat`` further passes (caches warm with these very
  texts: what re-reading the same files costs).

Prints a table; no assertions (timings are machine-dependent).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import pstats
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import govinfo_nlp  # noqa: E402
import govinfo_nlp.tables as tables_pkg  # noqa: E402
from govinfo_nlp.tables import extract, grid, headers, templates, values  # noqa: E402

Inputs = tuple[Any, dict[str, Any]]


def real_texts() -> list[tuple[str, str | None]]:
    paths = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "reports").glob("*.txt"))
    paths += sorted((ROOT / "datasets" / "samples").glob("*.txt"))
    out: list[tuple[str, str | None]] = [(p.read_text(encoding="utf-8"), "text") for p in paths]
    html = sorted((ROOT / "datasets" / "samples").glob("*.html"))
    out += [(p.read_text(encoding="utf-8"), "html") for p in html]
    return out


def generated_texts(n: int, seed: int = 321) -> list[tuple[str, str | None]]:
    if n <= 0:
        return []
    from govinfo_nlp_dev.synthetic.generator import generate_corpus

    return [(r.text, r.format) for r in generate_corpus(n, seed=seed)]


def capture_inputs(texts: Iterable[tuple[str, str | None]]) -> list[Inputs]:
    """What the pipeline hands the tables stage for each document."""
    captured: list[Inputs] = []
    real = tables_pkg.parse_tables

    def spy(text: Any, **kw: Any) -> Any:
        captured.append((text, kw))
        return real(text, **kw)

    # the pipeline imports parse_tables from the package at call time
    tables_pkg.parse_tables = spy  # type: ignore[assignment]
    try:
        for text, fmt in texts:
            govinfo_nlp.parse(text.encode("utf-8"), format=fmt)
    finally:
        tables_pkg.parse_tables = real  # type: ignore[assignment]
    return captured


def clear_caches() -> None:
    """Forget every memoised label/cell of the stage (the rules file stays loaded)."""
    for module in (extract, grid, headers, templates, values):
        for name, obj in vars(module).items():
            # (an lru_cache, or a textcache.text_cache, which has its cache_clear)
            if name != "load_rules" and (
                isinstance(obj, functools._lru_cache_wrapper) or hasattr(obj, "longest")
            ):
                obj.cache_clear()


def one_pass(inputs: list[Inputs]) -> float:
    start = time.process_time()
    for text, kw in inputs:
        tables_pkg.parse_tables(text, **kw)
    return time.process_time() - start


def measure(inputs: list[Inputs], repeat: int, warm: list[Inputs]) -> tuple[float, float, float]:
    """(first pass, each text new after a pass over ``warm``, best of ``repeat``) in ms/doc."""
    tables_pkg.parse_tables("信息内容 | 本年新制作数量 |\n规章 | 6 |")  # load the rules
    clear_caches()
    first = one_pass(inputs)
    clear_caches()
    one_pass(warm)
    new = one_pass(inputs)
    best = min((one_pass(inputs) for _ in range(repeat)), default=new)
    n = max(1, len(inputs))
    return first * 1000 / n, new * 1000 / n, best * 1000 / n


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--generated", type=int, default=200, help="generated reports (seed 321)")
    ap.add_argument("--repeat", type=int, default=5, help="timed passes after the first")
    ap.add_argument(
        "--warm", type=int, default=100, help="other generated reports (seed 322) read before new"
    )
    ap.add_argument("--profile", action="store_true", help="cProfile one pass, top 25")
    args = ap.parse_args(argv)

    sets = {
        "real": capture_inputs(real_texts()),
        "generated": capture_inputs(generated_texts(args.generated)),
    }
    if args.profile:
        everything = sets["real"] + sets["generated"]
        clear_caches()
        prof = cProfile.Profile()
        prof.runcall(one_pass, everything)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        return
    warm = capture_inputs(generated_texts(args.warm, seed=322))
    print(
        f"{'set':<10} {'docs':>5} {'first ms/doc':>13} {'new ms/doc':>11} {'docs/s':>7}"
        f" {'best ms/doc':>12} {'docs/s':>7}"
    )
    for name, inputs in sets.items():
        first, new, best = measure(inputs, args.repeat, warm)
        rate_new = 1000 / new if new else float("inf")
        rate = 1000 / best if best else float("inf")
        print(
            f"{name:<10} {len(inputs):>5} {first:>13.3f} {new:>11.3f} {rate_new:>7.0f}"
            f" {best:>12.3f} {rate:>7.0f}"
        )


if __name__ == "__main__":
    main()
