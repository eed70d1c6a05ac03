"""Annotation throughput: KB/s and docs/s per mode and format, stage shares, peak memory.

Usage (from the repo root)::

    python benchmarks/bench_annotate.py                # 300 generated + the real reports
    python benchmarks/bench_annotate.py --quick        # a smoke run
    python benchmarks/bench_annotate.py --generated 500 --seed 7 --repeat 5 --jobs 2

Corpora: ``--generated`` reports of ``govinfo_nlp_dev/synthetic/generator.py`` (split by format:
text and HTML), the real reports (``../shared/seeds`` + ``../shared/reports``),
the PDF and DOCX fixtures of ``datasets/fixtures`` (those that read without an
error and without OCR: no scanned or unmapped-font file), and any ``--files`` you add, by suffix.

Modes, each over the same files in one process:

* ``regex`` — read the bytes, decode, run one number regex: the floor any
  pipeline pays (the issue's baseline);
* ``tables`` — ``parse(path, stages="tables")``: read, normalise, noise,
  metadata, sections, tables;
* ``facts`` — ``parse(path, stages="facts")``: read, normalise, noise,
  metadata, sections, facts (no tables, no reconciliation);
* ``full`` — ``parse(path)`` + ``to_dict(explain=False)`` + JSON encoding
  (``dumps_row``): what ``annotate --jobs 1`` does per document (its rows leave
  the explanations out unless ``--explain``; before session 13 this mode
  built and encoded them too);
* ``jobs=N`` (with ``--jobs N``) — :func:`govinfo_nlp.batch.annotate` over
  N worker processes, start-up included.

Times are CPU seconds (``time.process_time``), the minimum of ``--repeat``
runs: the machine is shared, and the minimum of CPU times is the least
disturbed by other load. ``x regex`` is how many times the regex floor the
mode takes. Stage shares come from ``Report.timings`` of a full run and of a
tables-only run (wall time of each stage: a loaded machine inflates them alike).

Two measurements of each mode:

* ``warm`` — in this process, the best of ``--repeat`` runs over the same
  files: from the second run on, every per-content cache (cell labels, layouts,
  conversions) already holds the corpus's answers, which favours repeated runs
  over the same files. The numbers of issue 17 and of the README up to session
  6 are warm.
* ``cold`` — each run in a fresh process (``--repeat`` of them, the best counts)
  that loads the models on other documents first (generated with another
  seed), then sees each file once: what a batch of new files pays per core,
  the honest figure.

Peak memory is measured with tracemalloc, per document, over every file of
the corpus: the peak of the allocations made during one ``parse`` (the models
and tables loaded once per process, and what the timed runs before it loaded
on first use, are not counted), divided by the file's size. The median and
the worst ratio are printed with their peaks in KB, per corpus; the goal, at
most 20x the input, is met when both are. The ``big`` corpus (a generated
report, text and HTML, whose prose is repeated to about 1 MB) shows what the
pipeline keeps per byte; a small file's ratio is mostly what it keeps per
fact candidate (its quantity, rule evidence and fact: ~2 KB, for ~90 bytes of
dense report prose) plus a fixed cost, printed as the peak of a one-line report.
The share of the peak that reading a file alone reaches tells the reader's
peak (PDF and DOCX: their libraries) from the pipeline's; the median peaks of
a tables-only and a facts-only run tell which of those two stages reaches it.

Those peaks are taken after the timed runs, so every per-content cache already
holds the file's answers. (The facts scorer's scratch gather, made once per thread,
is one of those: a fixed cost of the process, like the models. A corpus bigger than a
full LRU cache puts a file's answers back into it as it goes (a round over the gen-text
corpus retains ~1.2 MB anew, most of it tables.grid's and the reconciliation's caches),
and what a parse then allocates for the caches counts in its peak: speed29 saw g0053 of
the default gen-text corpus at 48x in the corpus's order, 24x parsed again alone. The
worst ratio may be such a file's; a cache's dict resized during a parse, a transient
of its whole table, is one way.) A second figure is cold: a fresh process loads the
models on other documents, then parses each file once (new to it, as in a
batch of new files), so what a file adds to the caches counts in its peak. That
process's maximum resident set size (what ``/usr/bin/time -v`` shows for a
corpus run) is printed with the models loaded and after the corpus: it is
mostly the interpreter, the libraries and the models, whatever the files.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import re
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NUMBER = re.compile(r"\d+(?:\.\d+)?")


def real_inputs(limit: int | None) -> list[str]:
    paths = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "reports").glob("*.txt"))
    out = [str(p) for p in paths]
    return out[:limit] if limit else out


def fixture_inputs() -> dict[str, list[str]]:
    """The PDF/DOCX fixtures that read without an error, by suffix (none without the extras)."""
    from govinfo_nlp.errors import UnreadableDocument
    from govinfo_nlp.read import read

    out: dict[str, list[str]] = {}
    for path in sorted((ROOT / "datasets" / "fixtures").glob("*")):
        if path.suffix.lower() not in (".pdf", ".docx"):
            continue
        try:
            doc = read(path)
        except UnreadableDocument:
            continue
        if doc.encoding == "tesseract":
            continue  # a scanned page: OCR time, not ours
        out.setdefault(path.suffix.lower().lstrip("."), []).append(str(path))
    return out


def generated_inputs(n: int, seed: int, folder: Path) -> dict[str, list[str]]:
    """Write ``n`` generated reports to ``folder``; their paths by format."""
    if n <= 0:
        return {}
    from govinfo_nlp_dev.synthetic.generator import generate_corpus

    out: dict[str, list[str]] = {}
    for i, report in enumerate(generate_corpus(n, seed=seed)):
        suffix = ".html" if report.format == "html" else ".txt"
        path = folder / f"g{i:04d}{suffix}"
        path.write_text(report.text, encoding="utf-8")
        out.setdefault(report.format, []).append(str(path))
    return out


def big_inputs(folder: Path, seed: int, size: int = 1_000_000) -> list[str]:
    """A generated text report and a generated HTML page, their prose repeated to ``size`` bytes."""
    from govinfo_nlp_dev.synthetic.generator import generate_corpus

    out: list[str] = []
    for fmt in ("text", "html"):
        report = next(r for r in generate_corpus(40, seed=seed) if r.format == fmt)
        prose = [
            line
            for line in re.sub(r"<[^>]+>", "\n", report.text).splitlines()
            if len(line) > 40 and "|" not in line
        ]
        if fmt == "html":
            block = "".join(f"<p>{line}</p>\n" for line in prose)
            # inside the article (before its first table), not after it: the
            # page's chrome is not read for facts
            at = report.text.find("<table")
            at = at if at >= 0 else len(report.text)
        else:
            block = "\n".join(prose) + "\n"
            at = len(report.text)
        copies = max(1, (size - len(report.text.encode())) // len(block.encode()))
        text = report.text[:at] + "\n" + block * copies + report.text[at:]
        path = folder / f"big.{'html' if fmt == 'html' else 'txt'}"
        path.write_text(text, encoding="utf-8")
        out.append(str(path))
    return out


def _regex(paths: list[str]) -> None:
    for path in paths:
        NUMBER.findall(Path(path).read_bytes().decode("utf-8", errors="replace"))


def _tables(paths: list[str], stages: Counter[str] | None = None) -> None:
    from govinfo_nlp.pipeline import parse

    for path in paths:
        report = parse(path, stages="tables")
        if stages is not None:
            stages.update(report.timings)


def _facts(paths: list[str]) -> None:
    from govinfo_nlp.pipeline import parse

    for path in paths:
        parse(path, stages="facts")


def _full(paths: list[str], stages: Counter[str] | None = None) -> None:
    from govinfo_nlp.batch import dumps_row
    from govinfo_nlp.pipeline import parse

    for path in paths:
        report = parse(path, source_name=path)
        dumps_row(report.to_dict(explain=False))
        if stages is not None:
            stages.update(report.timings)


_MODES: dict[str, Callable[[list[str]], None]] = {
    "regex": _regex,
    "tables": _tables,
    "facts": _facts,
    "full": _full,
}


def _best(run: Callable[[list[str]], None], paths: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        run(paths)
        best = min(best, time.process_time() - started)
    return best


def _cold(mode: str, paths: list[str], repeat: int, warmup: list[str]) -> float:
    """The best CPU time of ``repeat`` fresh processes, each running ``mode`` once over
    ``paths`` after loading the models on ``warmup`` (documents not in ``paths``)."""
    best = float("inf")
    for _ in range(repeat):
        best = min(best, float(_cold_job(mode, paths, warmup).split()[-1]))
    return best


def _cold_memory(paths: list[str], warmup: list[str]) -> dict[str, Any]:
    """Peak memory of each file parsed once in a fresh process that loaded the models
    on ``warmup`` (see the module's docstring), and that process's maximum RSS."""
    result: dict[str, Any] = json.loads(_cold_job("memory", paths, warmup).splitlines()[-1])
    return result


def _cold_job(mode: str, paths: list[str], warmup: list[str]) -> str:
    """The standard output of one fresh :func:`_cold_worker` process given this job."""
    job = json.dumps({"mode": mode, "paths": paths, "warmup": warmup})
    done = subprocess.run(
        [sys.executable, __file__, "--cold-worker"],
        input=job,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def _max_rss_mb() -> float:
    """This process's maximum resident set size so far, in MB (Linux: ru_maxrss is in KB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cold_worker() -> int:
    """A fresh process of :func:`_cold` (warm up, run once, print the CPU seconds) or of
    :func:`_cold_memory` (warm up, the peak of each file once, print them as JSON)."""
    job = json.loads(sys.stdin.read())
    for library in ("pdfplumber", "pypdfium2", "docx", "lxml.etree"):
        # the readers' libraries (when installed), imported as a warm process has them
        with contextlib.suppress(ImportError):
            importlib.import_module(library)
    _full(job["warmup"])  # load the models before the clock starts
    if job["mode"] == "memory":
        from govinfo_nlp.pipeline import parse

        loaded = _max_rss_mb()
        ratios = sorted(
            (_peak(parse, path) / (Path(path).stat().st_size or 1), path) for path in job["paths"]
        )
        print(
            json.dumps(
                {
                    "median_ratio": ratios[len(ratios) // 2][0],
                    "peak_ratio": ratios[-1][0],
                    "file": ratios[-1][1],
                    "rss_loaded_mb": loaded,
                    "rss_after_mb": _max_rss_mb(),
                }
            )
        )
        return 0
    run = _MODES[job["mode"]]
    started = time.process_time()
    run(job["paths"])
    print(time.process_time() - started)
    return 0


def _parallel(paths: list[str], jobs: int) -> float:
    from govinfo_nlp.batch import annotate, dumps_row

    started = time.perf_counter()
    for row in annotate(paths, jobs=jobs):
        dumps_row(row)
    return time.perf_counter() - started


def peak_memory(paths: list[str]) -> dict[str, Any]:
    """Per document, the peak of the allocations during ``parse`` over the file's size:
    the worst ratio (its file and peak) and the median ratio; and the median share
    of a document's peak that reading it alone reaches (near 100 %: the reader's)."""
    from govinfo_nlp.pipeline import parse
    from govinfo_nlp.read import read

    ratios: list[tuple[float, str, int]] = []
    shares: list[float] = []
    # per run that stops earlier, the ratio of its peak: where a document's peak is
    # (read: the reader's; tables-only above read: the tables stage's; ...)
    shorter: dict[str, list[float]] = {"read": [], "tables-only": [], "facts-only": []}
    for path in paths:
        size = Path(path).stat().st_size or 1
        peak = _peak(parse, path)
        ratios.append((peak / size, path, peak))
        read_peak = _peak(read, path)
        shares.append(read_peak / (peak or 1))
        shorter["read"].append(read_peak / size)
        for name, stages in (("tables-only", "tables"), ("facts-only", "facts")):
            shorter[name].append(_peak(partial(parse, stages=stages), path) / size)
    ratios.sort()
    ratio, worst, peak = ratios[-1]
    median, _, median_peak = ratios[len(ratios) // 2]
    return {
        "peak_ratio": ratio,
        "file": worst,
        "peak_bytes": peak,
        "median_ratio": median,
        "median_peak_bytes": median_peak,
        "read_share": sorted(shares)[len(shares) // 2],
        "partial_median_ratios": {k: sorted(v)[len(v) // 2] for k, v in shorter.items()},
    }


def fixed_cost() -> tuple[int, int]:
    """(size, peak) of parsing a one-line report: what any document pays."""
    from govinfo_nlp.pipeline import parse

    text = "一、总体情况\n本年度主动公开政府信息12条。\n"
    parse(text)
    return len(text.encode()), _peak(parse, text)


def _peak(run: Callable[[str], Any], source: str) -> int:
    """Peak bytes allocated (tracemalloc) while ``run`` reads or parses ``source``."""
    tracemalloc.start()
    try:
        run(source)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def measure(
    name: str, paths: list[str], repeat: int, jobs: int, warmup: list[str]
) -> dict[str, Any]:
    _full(warmup)  # load the models before the clock starts (as a worker initializer does)
    size = sum(Path(p).stat().st_size for p in paths)
    result: dict[str, Any] = {
        "corpus": name,
        "docs": len(paths),
        "bytes": size,
        "modes": {},
        "cold": {},
    }
    for mode, run in _MODES.items():
        result["modes"][mode] = _best(run, paths, repeat)
        result["cold"][mode] = _cold(mode, paths, repeat, warmup)
    if jobs > 1:
        result["modes"][f"jobs={jobs} (wall)"] = _parallel(paths, jobs)
    stages: Counter[str] = Counter()
    _full(paths, stages)
    result["stages"] = dict(stages)
    # (the tables-only run's own: issue 17 compares it with a peer's table parser)
    stages = Counter()
    _tables(paths, stages)
    result["tables_stages"] = dict(stages)
    result["memory"] = peak_memory(paths)
    result["cold_memory"] = _cold_memory(paths, warmup)
    return result


def _shares(stages: dict[str, float]) -> str:
    """Each stage's share of a run's time (Report.timings), the largest first."""
    total = sum(stages.values()) or 1.0
    return ", ".join(
        f"{stage} {100 * s / total:.0f}%"
        for stage, s in sorted(stages.items(), key=lambda kv: -kv[1])
    )


def print_results(results: list[dict[str, Any]]) -> None:
    print(
        f"{'corpus':<10} {'mode':<16} {'docs':>5} {'KB':>6} {'s':>7} {'docs/s':>8} {'KB/s':>8}"
        f"{'':>14} | cold: {'s':>7} {'docs/s':>8} {'KB/s':>8}"
    )
    for r in results:
        floor = r["modes"]["regex"]
        for mode, seconds in r["modes"].items():
            rate = r["docs"] / seconds if seconds else float("inf")
            kbs = r["bytes"] / 1024 / seconds if seconds else float("inf")
            times = f"{seconds / floor:>6.1f}x regex" if mode != "regex" and floor else ""
            line = (
                f"{r['corpus']:<10} {mode:<16} {r['docs']:>5} {r['bytes'] / 1024:>6.0f} "
                f"{seconds:>7.3f} {rate:>8.0f} {kbs:>8.0f}  {times:<12}"
            )
            cold = r["cold"].get(mode)
            if cold:
                line += (
                    f" |       {cold:>7.3f} {r['docs'] / cold:>8.0f} "
                    f"{r['bytes'] / 1024 / cold:>8.0f}"
                )
            print(line)
    print(
        "(warm: the best of repeated runs in one process, over the same files; cold: a fresh "
        "process per run, each file seen once)"
    )
    for r in results:
        mem = r["memory"]
        print(f"\n{r['corpus']} stage shares (full): {_shares(r['stages'])}")
        if r.get("tables_stages"):
            print(f"{r['corpus']} stage shares (tables-only): {_shares(r['tables_stages'])}")
        print(
            f"{r['corpus']} peak memory: median {mem['median_ratio']:.1f}x the input "
            f"({mem['median_peak_bytes'] / 1024:.0f} KB), worst {mem['peak_ratio']:.1f}x "
            f"({mem['peak_bytes'] / 1024:.0f} KB for {Path(mem['file']).name}); "
            f"reading alone reaches {100 * mem['read_share']:.0f}% of the peak (median)"
        )
        runs = ", ".join(f"{k} {v:.1f}x" for k, v in mem["partial_median_ratios"].items())
        print(f"{r['corpus']} median peak of shorter runs: {runs}")
        cold = r["cold_memory"]
        print(
            f"{r['corpus']} peak memory, each file new to the process: median "
            f"{cold['median_ratio']:.1f}x, worst {cold['peak_ratio']:.1f}x "
            f"({Path(cold['file']).name}); that process's maximum RSS: "
            f"{cold['rss_loaded_mb']:.0f} MB with the models loaded, "
            f"{cold['rss_after_mb']:.0f} MB after the corpus"
        )
    size, peak = fixed_cost()
    print(f"\nfixed cost: a one-line report ({size} bytes) peaks at {peak / 1024:.0f} KB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a few documents, one run")
    parser.add_argument("--generated", type=int, default=None, help="generated reports (300)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (1)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per mode; the fastest counts")
    parser.add_argument("--jobs", type=int, default=1, help="also time annotate --jobs N")
    parser.add_argument("--files", nargs="*", default=[], help="more inputs (any format)")
    parser.add_argument("--json", help="also write the measurements as JSON")
    parser.add_argument("--cold-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.cold_worker:
        return _cold_worker()
    n_generated = args.generated if args.generated is not None else (12 if args.quick else 300)
    repeat = 1 if args.quick else args.repeat
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        generated = generated_inputs(n_generated, args.seed, Path(tmp))
        # other documents (another seed) to load the models on: in a cold run
        # no measured file has been seen before
        (Path(tmp) / "warmup").mkdir()
        warmup = [
            p
            for paths in generated_inputs(4, args.seed + 1000, Path(tmp) / "warmup").values()
            for p in paths
        ]
        corpora = [(f"gen-{fmt}", paths) for fmt, paths in sorted(generated.items(), reverse=True)]
        corpora.append(("gen-all", [p for paths in generated.values() for p in paths]))
        corpora.append(("real", real_inputs(10 if args.quick else None)))
        corpora.append(
            ("big", big_inputs(Path(tmp), args.seed, 200_000 if args.quick else 1_000_000))
        )
        by_suffix = fixture_inputs()
        for path in args.files:
            by_suffix.setdefault(Path(path).suffix.lower().lstrip(".") or "other", []).append(path)
        corpora.extend(sorted(by_suffix.items()))
        for name, paths in corpora:
            if paths:
                results.append(measure(name, paths, repeat, args.jobs, warmup))
    print_results(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
