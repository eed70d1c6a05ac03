"""Binary formats: PDF pages/s (text only, and text + tables), DOCX files/s, peak memory.

Usage (from the repo root, with the ``pdf`` and ``docx`` extras installed)::

    python benchmarks/bench_formats.py                 # the committed fixtures
    python benchmarks/bench_formats.py --repeat 5 --files more/*.pdf

Modes over each file, in one process:

* ``pdf text`` — pdfplumber's characters only (deduplicated, radicals mapped):
  the cost of the text layer;
* ``pdf read`` — :func:`govinfo_nlp.read.read`: text, ruled tables and their
  grid, pages and boxes;
* ``pdf parse`` — :func:`govinfo_nlp.parse`: the whole pipeline;
* ``docx read`` / ``docx parse`` — the same for .docx files.

Times are CPU seconds of this process (``time.process_time``), the minimum of
``--repeat`` runs (the machine is shared). Peak memory is the largest peak of
Python allocations (tracemalloc) while reading one file, and its ratio to the
file's size. Accuracy of the table cells against each fixture's truth is
printed too: the fixtures are generated reports built for the tests, not
held-out data.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govinfo_nlp import parse  # noqa: E402
from govinfo_nlp.read import read  # noqa: E402

FIXTURES = ROOT / "datasets" / "fixtures"


def _cpu(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def _pdf_text(path: Path) -> int:
    import pdfplumber

    from govinfo_nlp.readers.pdf import _dedupe, _plumber_chars

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            _dedupe(_plumber_chars(page))
        return len(pdf.pages)


def _peak(fn: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _accuracy(paths: list[Path]) -> tuple[int, int, int]:
    """(right, wrong, truth cells) over the files that have a truth file."""
    right = wrong = total = 0
    for path in paths:
        truth_file = path.with_suffix(".truth.json")
        if not truth_file.exists():
            continue
        truth = json.loads(truth_file.read_text("utf-8"))["tables"]
        report = parse(path)
        got = {k: v.value for k, v in report.tables.values.items()} if report.tables else {}
        total += len(truth)
        right += sum(1 for k, v in truth.items() if got.get(k) == v)
        wrong += sum(1 for k, v in got.items() if k not in truth or truth[k] != v)
    return right, wrong, total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--files", nargs="*", default=[], help="more PDF/DOCX files")
    args = ap.parse_args()
    files = sorted(FIXTURES.glob("*.pdf")) + sorted(FIXTURES.glob("*.docx"))
    files += [Path(f) for f in args.files]
    readable = []
    for f in files:
        try:
            read(f)
            readable.append(f)
        except Exception as exc:  # a fixture that is an error case (scan, unmapped font)
            print(f"  (not timed: {f.name}: {str(exc)[:60]})")
    pdfs = [f for f in readable if f.suffix == ".pdf"]
    docxs = [f for f in readable if f.suffix == ".docx"]
    pages = sum(len(read(f).pages) for f in pdfs)

    rows = []
    if pdfs:
        text = _cpu(lambda: [_pdf_text(f) for f in pdfs], args.repeat)
        reads = _cpu(lambda: [read(f) for f in pdfs], args.repeat)
        parses = _cpu(lambda: [parse(f) for f in pdfs], args.repeat)
        rows += [
            ("pdf text", pages, "pages", text),
            ("pdf read (text+tables)", pages, "pages", reads),
            ("pdf parse", pages, "pages", parses),
        ]
    if docxs:
        reads = _cpu(lambda: [read(f) for f in docxs], args.repeat)
        parses = _cpu(lambda: [parse(f) for f in docxs], args.repeat)
        rows += [
            ("docx read", len(docxs), "files", reads),
            ("docx parse", len(docxs), "files", parses),
        ]
    print(f"{'mode':<24} {'n':>4} {'unit':<6} {'cpu s':>7} {'per s':>8}")
    for mode, n, unit, seconds in rows:
        print(f"{mode:<24} {n:>4} {unit:<6} {seconds:>7.2f} {n / seconds:>8.1f}")
    worst = max(((_peak(lambda f=f: read(f)), f) for f in readable), key=lambda t: t[0])
    print(
        f"peak memory while reading: {worst[0] / 2**20:.1f} MiB ({worst[1].name}, "
        f"{worst[0] / worst[1].stat().st_size:.0f}x its size)"
    )
    right, wrong, total = _accuracy(readable)
    print(f"table cells (fixtures, built here): {right}/{total} right, {wrong} wrong")


if __name__ == "__main__":
    main()
