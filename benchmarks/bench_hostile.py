"""Time and peak memory of parse() on hostile inputs (the red-team cases of issue 11).

Each case runs in a fresh subprocess (so peak RSS is that case's alone) and
is reported as seconds and peak resident memory, also as a multiple of the
input size. Usage::

    python benchmarks/bench_hostile.py            # every case
    python benchmarks/bench_hostile.py span_bomb  # some cases
    python benchmarks/bench_hostile.py --size-mb 20 big_text   # peak memory of a 20 MB file

Inputs are built here (nothing to download). The tests in
tests/test_faults.py run the same builders under setrlimit and a timeout;
this script only measures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "tests"))
from hostile import CASES, build  # noqa: E402


def _child(name: str, path: str) -> None:
    from govinfo_nlp import parse

    size = os.path.getsize(path)
    parse("一、总体情况\n本机关办结申请1件。\n")  # load the models before measuring
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    report = parse(Path(path))  # from a path, as annotate reads
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "case": name,
                "input_bytes": size,
                "seconds": round(seconds, 2),
                "peak_rss_mb": round(peak / 1024, 1),
                "rss_growth_mb": round((peak - base) / 1024, 1),
                "growth_x_input": round((peak - base) * 1024 / max(1, size), 1),
                "peak_x_input": round(peak * 1024 / max(1, size), 1),
                "errors": list(report.errors)[:2],
                "warnings": [w[:80] for w in report.warnings][:2],
                "facts": len(report.facts),
            },
            ensure_ascii=False,
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", default=list(CASES))
    parser.add_argument("--size-mb", type=float, default=None, help="input size for sized cases")
    parser.add_argument("--child", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.cases[0], args.child)
        return
    for name in args.cases:
        data = build(name, int((args.size_mb or 0) * 1e6))
        suffix = ".html" if data.lstrip().startswith(b"<") else ".txt"
        with tempfile.NamedTemporaryFile(suffix=suffix, delete=False) as handle:
            handle.write(data)
        del data
        try:
            cmd = [sys.executable, __file__, "--child", handle.name, name]
            proc = subprocess.run(cmd, capture_output=True, text=True)
        finally:
            os.unlink(handle.name)
        print(proc.stdout.strip() or f"{name}: failed: {proc.stderr[-500:]}", flush=True)


if __name__ == "__main__":
    main()
