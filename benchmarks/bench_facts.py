"""Facts-stage throughput: docs/second and ms/doc of ``extract_facts`` alone.

Usage (from the repo root)::

    python benchmarks/bench_facts.py                 # seeds, reports, 200 generated
    python benchmarks/bench_facts.py --generated 50 --repeat 1
    python benchmarks/bench_facts.py --profile       # cProfile of the stage, top 25
    python benchmarks/bench_facts.py --memory        # the stage's peak memory, and where

The inputs of the facts stage (normalised text after chrome removal, sections,
report year) are captured from a real :func:`govinfo_nlp.parse` of each
document, so the stage sees exactly what it sees in the pipeline. Then only
the stage is timed, best of ``--repeat`` passes, in two variants:

* ``facts`` — the whole stage as the pipeline runs it, quantity grammar included;
* ``facts-no-grammar`` — the same with ``find_quantities`` answered from a
  cache, i.e. the time the facts code itself spends (the grammar belongs to
  ``govinfo_nlp.quantities``).

``--shares`` adds, per corpus, where the stage's CPU goes, each part timed alone (best of
``--repeat``): the reading view (``reading_text``), the quantity grammar, the candidate
analysis (``FactExtractor.candidates`` less the grammar: rules, cues, scope, subjects,
one call per quantity), and the rest (features, scoring, deciding, settling). With it,
the floor of finding the candidates by scanning the text once (issue 17, session 26's
"compiled candidate finding"): one ``finditer`` of each pattern the analysis searches
(``Cues``, ``ScopeCues``, the rules' word index and their own patterns) over each whole
text. Session 27 measured it (generated(200) and the real excerpts, 378 documents):
analysis 28 % of the stage, 78 µs a candidate; the scan floor 1.29 s against the
analysis's 0.31 s and the stage's 1.08 s, since the analysis searches small windows
behind gates, and most of those patterns match all over a text. So one scan over the
text does not pay; the stage's larger part is scoring and deciding.

``--memory`` adds, per corpus, the stage's peak allocation (tracemalloc) per
document over its text's size in UTF-8, median and worst, and where each
document's peak is reached (:func:`stage_peaks`): inside the scorer's gathers
(``JointScorer._sums``), inside the feature encoder (``FeatureEncoder.encode``,
its n-gram arrays), or elsewhere (the candidates, the reading view, the facts).
Issue 17 asks for a parse's peak at most 20x its input; on the real excerpts
the facts stage's peak is a parse's (bench_annotate.py: facts-only 27.6x).

Prints a table; no assertions (timings are machine-dependent).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import govinfo_nlp  # noqa: E402
from govinfo_nlp.engine import Engine  # noqa: E402
from govinfo_nlp.facts import FactExtractor  # noqa: E402
from govinfo_nlp.textcache import PerDocument  # noqa: E402

#: (text, sections, the keywords of the stage's call: report_year, agency, max_facts…)
Inputs = tuple[Any, tuple[Any, ...], dict[str, Any]]


def real_texts(folder: str) -> list[tuple[str, str | None]]:
    """The ``.txt`` documents of ``../shared/<folder>`` (seeds: whole reports; reports: excerpts)."""
    paths = sorted((SHARED / folder).glob("*.txt"))
    return [(p.read_text(encoding="utf-8"), None) for p in paths]


def generated_texts(n: int) -> list[tuple[str, str | None]]:
    if n <= 0:
        return []
    from govinfo_nlp_dev.synthetic.generator import generate_corpus

    return [(r.text, r.format) for r in generate_corpus(n, seed=123)]


def capture_inputs(texts: Sequence[tuple[str, str | None]]) -> list[Inputs]:
    """What the pipeline hands the facts stage for each document."""
    captured: list[Inputs] = []
    real = Engine.extract_facts

    # every keyword the pipeline passes is kept and passed again when timing: a
    # spy naming them would refuse a new one, and the pipeline's stage guard turns
    # that error into an empty facts list (the table came out empty)
    def spy(self: Engine, text: Any, sections: Any, **kwargs: Any) -> Any:
        captured.append((text, tuple(sections), kwargs))
        return ()

    # the pipeline asks its engine for the facts stage; the spy answers for every engine
    Engine.extract_facts = spy  # type: ignore[method-assign]
    try:
        for text, fmt in texts:
            govinfo_nlp.parse(text, format=fmt) if fmt else govinfo_nlp.parse(text)
    finally:
        Engine.extract_facts = real  # type: ignore[method-assign]
    if len(captured) != len(texts):
        raise SystemExit(
            f"bench_facts: the facts stage was reached for {len(captured)} of {len(texts)}"
            " documents (does Engine.extract_facts still take what the spy expects?)"
        )
    return captured


def time_stage(ext: FactExtractor, inputs: list[Inputs], repeat: int) -> float:
    """Best-of-``repeat`` CPU seconds for one pass over ``inputs``.

    CPU time, not wall time: shared machines are often busy, and the stage is
    single-threaded, so CPU time is what one core spends.
    """
    best = float("inf")
    for _ in range(repeat):
        # each pass with the parse's per-document memo new, as the pipeline makes it
        # per parse: the captured one, kept, answered the line wraps from the first
        # pass on (the stage's time without wrapped_lines: 3-7 % of it)
        passes = [(text, sections, _fresh(kw)) for text, sections, kw in inputs]
        t0 = time.process_time()
        for text, sections, kw in passes:
            ext.extract(text, sections, **kw)
        best = min(best, time.process_time() - t0)
    return best


def _fresh(kw: dict[str, Any]) -> dict[str, Any]:
    """The stage's keywords with a new :class:`PerDocument` where the pipeline passed one."""
    return {**kw, "once": PerDocument()} if "once" in kw else kw


def cached_finder(inputs: list[Inputs]) -> Callable[[str], list[Any]]:
    """The grammar's answers, computed ahead: what the stage would get from it (prose only).

    Keyed by the text the stage asks about, its reading view (extractor.reading_text:
    a wrapped line joined, ASCII marks read as Chinese), with the prose spans the
    stage gives the grammar there: keyed by the text handed to the stage, every
    document whose view differs (most real excerpts and seeds) missed the cache and
    had the grammar run on the whole text, tables too, inside the timed passes
    (the seeds took 4.14 ms a document without the grammar, 4.09 with it; now 3.9
    against 4.9, another load)."""
    from govinfo_nlp.facts.extractor import _quantity_finder, reading_text
    from govinfo_nlp.facts.segments import prose_spans, section_tables
    from govinfo_nlp.quantities import find_quantities

    grammar = _quantity_finder(())
    cache = {}
    for text, sections, _ in inputs:
        view, placed, _wraps = reading_text(text, sections)
        tables = section_tables(view.text, placed)
        prose = prose_spans(view.text, placed, tables=tables, blank=False)
        cache[view.text] = list(grammar(view.text, spans=prose, cells=False))

    def find(text: str) -> list[Any]:
        hit = cache.get(text)
        return hit if hit is not None else list(find_quantities(text))

    return find


#: The steps of the stage whose peaks are told apart (stage_peaks): (name, the
#: class, its method), the class found in the module named.
PEAK_PLACES = (
    ("scorer", "govinfo_nlp.facts.model", "JointScorer", "_sums"),
    ("encoder", "govinfo_nlp.facts.features", "FeatureEncoder", "encode"),
)


@contextmanager
def _peaks_inside(seen: dict[str, int]) -> Iterator[None]:
    """While open, ``seen[name]`` is the highest traced memory (tracemalloc's, since
    it started) reached inside each of :data:`PEAK_PLACES`, and ``seen["elsewhere"]``
    the highest reached outside them up to the last call's end (the caller takes
    the rest from the tracer's peak when it is done)."""
    import importlib

    saved = []
    for name, module, cls_name, method in PEAK_PLACES:
        cls = getattr(importlib.import_module(module), cls_name)
        real = getattr(cls, method)
        saved.append((cls, method, real))

        def inside(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            outside = tracemalloc.get_traced_memory()[1]
            seen["elsewhere"] = max(seen.get("elsewhere", 0), outside)
            tracemalloc.reset_peak()
            try:
                return _real(*args, **kwargs)
            finally:
                peak = tracemalloc.get_traced_memory()[1]
                seen[_name] = max(seen.get(_name, 0), peak)
                tracemalloc.reset_peak()

        setattr(cls, method, inside)
    try:
        yield
    finally:
        for cls, method, real in saved:
            setattr(cls, method, real)


def stage_peaks(ext: FactExtractor, inputs: list[Inputs]) -> dict[str, Any]:
    """Per document, the stage's peak allocation (tracemalloc) over the size of its
    text (the original, UTF-8), and where it is reached: inside one of
    :data:`PEAK_PLACES`, or elsewhere (with a new per-document memo, as the
    pipeline makes it per parse). The median and worst ratios, per place how many
    documents peak there, and the median ratio of each place's own peak."""
    ratios: list[float] = []
    where: dict[str, int] = {name: 0 for name, *_ in PEAK_PLACES}
    where["elsewhere"] = 0
    inside: dict[str, list[float]] = {name: [] for name, *_ in PEAK_PLACES}
    for text, sections, kw in inputs:
        size = len(text.original.encode("utf-8")) or 1
        seen: dict[str, int] = {}
        tracemalloc.start()
        try:
            with _peaks_inside(seen):
                ext.extract(text, sections, **_fresh(kw))
            seen["elsewhere"] = max(seen.get("elsewhere", 0), tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        place = max(seen, key=seen.__getitem__)
        ratios.append(seen[place] / size)
        where[place] += 1
        for name in inside:
            if name in seen:
                inside[name].append(seen[name] / size)
    return {
        "median": statistics.median(ratios) if ratios else 0.0,
        "worst": max(ratios, default=0.0),
        "where": where,
        "inside": {n: statistics.median(v) if v else 0.0 for n, v in inside.items()},
    }


def _best(fn: Callable[[], Any], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return best


def _patterns(ext: FactExtractor) -> list[Any]:
    """Every compiled pattern the candidate analysis may search: the fields of its cues
    and scope cues (alone, or in a tuple or dict), the rules' word index, each rule's own."""
    import dataclasses

    found: list[Any] = []

    def add(obj: Any) -> None:
        for f in dataclasses.fields(obj) if dataclasses.is_dataclass(obj) else ():
            value = getattr(obj, f.name)
            items = value.values() if isinstance(value, dict) else value
            for v in items if isinstance(value, tuple | list | dict) else (value,):
                if hasattr(v, "finditer"):
                    found.append(v)

    add(ext._cues)
    add(ext._scope)
    for rule in ext.rules.rules:
        add(rule)
    if ext.rules.index.word_re is not None:
        found.append(ext.rules.index.word_re)
    return found


def shares(ext: FactExtractor, inputs: list[Inputs], repeat: int) -> str:
    """Where the facts stage's CPU goes on ``inputs`` (each part timed alone), and the
    floor of one scan of the text per pattern instead of the per-candidate searches."""
    from govinfo_nlp.facts.extractor import _quantity_finder, reading_text
    from govinfo_nlp.facts.segments import prose_spans, section_tables

    views = [reading_text(t, s, once=PerDocument()) for t, s, _ in inputs]
    texts = [(v[0].text, v[1], kw.get("report_year")) for v, (_, _, kw) in zip(views, inputs)]
    grammar = _quantity_finder(())

    def run_grammar() -> None:
        for norm, sections, _ in texts:
            tables = section_tables(norm, sections)
            spans = prose_spans(norm, sections, tables=tables, blank=False)
            list(grammar(norm, spans=spans, cells=False))

    n = sum(len(ext.candidates(t, s, report_year=y)) for t, s, y in texts)
    patterns = _patterns(ext)
    stage = _best(lambda: [ext.extract(t, s, **_fresh(kw)) for t, s, kw in inputs], repeat)
    read = _best(lambda: [reading_text(t, s, once=PerDocument()) for t, s, _ in inputs], repeat)
    found = _best(lambda: [ext.candidates(t, s, report_year=y) for t, s, y in texts], repeat)
    quantities = _best(run_grammar, repeat)
    scan = _best(
        lambda: [sum(1 for p in patterns for _ in p.finditer(t)) for t, _, _ in texts], repeat
    )
    analysis = found - quantities
    rest = stage - read - found

    def part(x: float) -> str:
        return f"{x:.3f} ({100 * x / stage:.0f}%)"

    return (
        f"stage {stage:.3f}, {n} candidates ({1e6 * stage / max(n, 1):.0f} µs each): "
        f"reading {part(read)}, grammar {part(quantities)}, analysis {part(analysis)} "
        f"({1e6 * analysis / max(n, 1):.0f} µs a candidate), rest {part(rest)}; "
        f"one scan of {len(patterns)} patterns {part(scan)}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--generated", type=int, default=200, help="generated reports (seed 123)")
    ap.add_argument("--repeat", type=int, default=3, help="passes; the best is reported")
    ap.add_argument("--profile", action="store_true", help="cProfile one pass over all inputs")
    ap.add_argument("--memory", action="store_true", help="peak memory per document, and where")
    ap.add_argument("--shares", action="store_true", help="the stage's parts, and one scan's floor")
    args = ap.parse_args(argv)

    corpora = {
        "seeds": capture_inputs(real_texts("seeds")),
        "reports": capture_inputs(real_texts("reports")),
        f"generated({args.generated})": capture_inputs(generated_texts(args.generated)),
    }
    full = FactExtractor()
    for inputs in corpora.values():  # load the model, compile, warm every document's path
        for text, sections, kw in inputs:
            full.extract(text, sections, **kw)
    print(f"{'corpus':<18} {'variant':<17} {'docs':>5} {'facts':>6} {'ms/doc':>8} {'docs/s':>8}")
    for name, inputs in corpora.items():
        if not inputs:
            continue
        n_facts = sum(len(full.extract(t, s, **kw)) for t, s, kw in inputs)
        no_grammar = FactExtractor(find_quantities=cached_finder(inputs))
        # its model loaded before it is timed (lazily, on first use: a --repeat 1
        # run timed the loading)
        _ = no_grammar.model
        for variant, ext in (("facts", full), ("facts-no-grammar", no_grammar)):
            secs = time_stage(ext, inputs, args.repeat)
            print(
                f"{name:<18} {variant:<17} {len(inputs):>5} {n_facts:>6} "
                f"{1000 * secs / len(inputs):>8.3f} {len(inputs) / secs:>8.0f}"
            )
    if args.memory:
        print()
        print("peak memory of the stage per document, x its text's UTF-8 size (tracemalloc):")
        for name, inputs in corpora.items():
            if not inputs:
                continue
            m = stage_peaks(full, inputs)
            places = ", ".join(f"{k} {v}" for k, v in m["where"].items())
            own = ", ".join(f"{k} {v:.1f}x" for k, v in m["inside"].items())
            print(
                f"{name:<18} median {m['median']:.1f}x, worst {m['worst']:.1f}x;"
                f" peak reached in: {places}; median peak inside: {own}"
            )
    if args.shares:
        print()
        print("the stage's parts (CPU s, best of --repeat; % of the stage) and one scan's floor:")
        for name, inputs in corpora.items():
            if inputs:
                print(f"{name:<18} {shares(full, inputs, args.repeat)}")
    if args.profile:
        everything = [(t, s, _fresh(kw)) for inputs in corpora.values() for t, s, kw in inputs]
        prof = cProfile.Profile()
        prof.enable()
        for text, sections, kw in everything:
            full.extract(text, sections, **kw)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
