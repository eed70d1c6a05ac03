"""Number-grammar throughput: ms/doc and chars/s of ``find_quantities`` alone.

Usage (from the repo root)::

    python benchmarks/bench_quantities.py                 # seeds + reports, 200 generated
    python benchmarks/bench_quantities.py --generated 50 --repeat 3
    python benchmarks/bench_quantities.py --profile       # cProfile of one pass, top 25

Each document is normalised first (:func:`govinfo_nlp.normalize.normalize`),
as the pipeline does, and then only the grammar is timed (CPU time, best of
``--repeat`` passes), twice:

* ``all`` — the whole text, as ``find_quantities(text)``;
* ``prose`` — restricted to the non-table lines, as the facts stage calls it:
  ``find_quantities(text, spans=prose_spans(text))``. A line is a table line
  when it has at least two ``|`` or a tab, or holds numbers only. Computing
  the spans is timed too (column ``spans ms``) but not included in ``ms/doc``;
* ``facts`` — with the spans the facts stage really passes:
  :func:`govinfo_nlp.facts.segments.prose_spans` of the document's sections
  (every section minus its table lines, often many short spans).

Prints a table; no assertions (timings are machine-dependent).
"""

from __future__ import annotations

import argparse
import cProfile
import inspect
import pstats
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from govinfo_nlp.normalize import normalize  # noqa: E402
from govinfo_nlp.quantities import find_quantities  # noqa: E402

Spans = list[tuple[int, int]]
_NUMBERS_ONLY = re.compile(r"[\s\d.,，%‰+\-−]*\d[\s\d.,，%‰+\-−]*")
HAS_SPANS = "spans" in inspect.signature(find_quantities).parameters


def is_table_line(line: str) -> bool:
    """At least two '|', or a tab, or nothing but numbers."""
    return line.count("|") >= 2 or "\t" in line or _NUMBERS_ONLY.fullmatch(line) is not None


def prose_spans(text: str) -> Spans:
    """The (start, end) of every non-table line, without its line break."""
    spans: Spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body and not is_table_line(body):
            spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def facts_spans(text: str) -> Spans:
    """The spans the facts stage passes: its prose parts of the sections."""
    from govinfo_nlp.facts.segments import prose_spans as facts_prose_spans
    from govinfo_nlp.sections import find_sections

    return facts_prose_spans(text, find_sections(text))


def real_texts() -> list[str]:
    paths = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "reports").glob("*.txt"))
    return [normalize(p.read_text(encoding="utf-8-sig")).text for p in paths]


def generated_texts(n: int, seed: int) -> list[str]:
    if n <= 0:
        return []
    from govinfo_nlp_dev.synthetic.generator import generate_corpus

    return [normalize(r.text).text for r in generate_corpus(n, seed=seed)]


def one_pass(texts: list[str], spans: list[Spans] | None) -> float:
    start = time.process_time()
    if spans is None:
        for text in texts:
            for _ in find_quantities(text):
                pass
    else:
        for text, sp in zip(texts, spans):
            for _ in find_quantities(text, spans=sp):
                pass
    return time.process_time() - start


def best_of(texts: list[str], spans: list[Spans] | None, repeat: int) -> float:
    return min(one_pass(texts, spans) for _ in range(max(1, repeat)))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--generated", type=int, default=200, help="generated reports")
    ap.add_argument("--seed", type=int, default=123, help="generator seed")
    ap.add_argument("--repeat", type=int, default=5, help="timed passes (best is kept)")
    ap.add_argument("--profile", action="store_true", help="cProfile one pass, top 25")
    args = ap.parse_args(argv)

    sets = {"seeds+reports": real_texts(), "generated": generated_texts(args.generated, args.seed)}
    list(find_quantities("全年发布信息1200余条"))  # build the grammar outside the timings
    if args.profile:
        everything = sets["seeds+reports"] + sets["generated"]
        prof = cProfile.Profile()
        prof.runcall(one_pass, everything, None)
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        return
    head = f"{'set':<14} {'mode':<6} {'docs':>5} {'ms/doc':>8} {'docs/s':>8} {'kchars/s':>9}"
    print(head + f" {'spans ms':>9}")
    for name, texts in sets.items():
        n = max(1, len(texts))
        chars = sum(len(t) for t in texts)
        modes: list[tuple[str, list[Spans] | None, float]] = [("all", None, 0.0)]
        if HAS_SPANS:
            t0 = time.process_time()
            spans = [prose_spans(t) for t in texts]
            modes.append(("prose", spans, (time.process_time() - t0) * 1000 / n))
        if HAS_SPANS:
            t0 = time.process_time()
            spans = [facts_spans(t) for t in texts]
            modes.append(("facts", spans, (time.process_time() - t0) * 1000 / n))
        for mode, sp, span_ms in modes:
            secs = best_of(texts, sp, args.repeat)
            ms = secs * 1000 / n
            rate = 1000 / ms if ms else float("inf")
            kcps = chars / secs / 1000 if secs else float("inf")
            extra = f" {span_ms:>9.3f}" if mode != "all" else f" {'':>9}"
            print(
                f"{name:<14} {mode:<6} {len(texts):>5} {ms:>8.3f} {rate:>8.0f} {kcps:>9.0f}{extra}"
            )


if __name__ == "__main__":
    main()
