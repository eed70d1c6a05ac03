"""Panel and summary at corpus scale: wall time and peak memory on N annotate rows.

Usage (from the repo root)::

    python benchmarks/bench_panel.py                  # 10,000 rows
    python benchmarks/bench_panel.py --rows 2000 --summary

The rows come from govinfo_nlp_dev/synthetic/panel_corpus.py (agencies × years, names spelled
differently across years), each padded with the facts, reconciliation,
sections and checks of a real annotated report so that a row weighs what an
annotate row weighs. They are written to a JSON-lines file and read back
from it, as ``govinfo-nlp panel OUT.jsonl`` does. Wall and CPU time
are printed (the CPU time is what the panel costs on a shared machine);
peak memory is the process's maximum resident set (ru_maxrss) after the
run, and with ``--tracemalloc`` the peak of Python allocations during a
second run. Prints; no assertions.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from govinfo_nlp.panels import panel  # noqa: E402
from govinfo_nlp_dev.synthetic.panel_corpus import make_panel_corpus  # noqa: E402


def padding() -> dict[str, Any]:
    """Facts, verdicts, sections and checks of one real report (generated when needed)."""
    from govinfo_nlp.pipeline import parse
    from govinfo_nlp_dev.synthetic.generator import generate_report

    generated = generate_report(7, template="2019", year=2020, layout="pipe")
    row = parse(generated.text, format=generated.format).to_dict()
    return {k: row[k] for k in ("facts", "reconciliation", "sections", "checks", "warnings")}


def measure(path: Path, traced: bool) -> None:
    started, cpu = time.perf_counter(), time.process_time()
    frame = panel(path)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"panel: -> {len(frame)} agency-years x {frame.shape[1]} columns, "
        f"{frame['agency_key'].nunique()} agencies, {int(frame['agency_key'].isna().sum())} unplaced"
    )
    print(
        f"panel: {seconds:.1f} s wall, {cpu:.1f} s CPU ({len(frame) / cpu:,.0f} rows per CPU "
        f"second); process max RSS {rss:.0f} MB (Python, pandas and the panel)"
    )
    if traced:
        del frame
        tracemalloc.start()
        panel(path)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"panel: peak Python allocations {peak / 1e6:.0f} MB (tracemalloc)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--summary", action="store_true", help="also time the summary page")
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also measure peak Python allocations (slow)"
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure, args.tracemalloc)
        return
    pad = padding()
    corpus = make_panel_corpus(0, agencies=args.rows // 3 + 1, p_break=0.1, p_jump=0.05)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "out.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for row in corpus.rows[: args.rows]:
                handle.write(json.dumps({**row, **pad}, ensure_ascii=False) + "\n")
        size = path.stat().st_size
        del corpus
        # A fresh process, so its peak memory is the panel's (not the padding's models).
        out = subprocess.run(
            [sys.executable, __file__, "--measure", str(path)]
            + ["--tracemalloc"] * args.tracemalloc,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        print(f"panel: {args.rows} rows ({size / 1e6:.1f} MB JSON lines)")
        print(out, end="")
        if args.summary:
            from govinfo_nlp.summary import summary_html

            started = time.perf_counter()
            page = summary_html(path)
            print(f"summary: {time.perf_counter() - started:.2f} s, page {len(page) / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
