"""Tokenizer speed on the seed reports: whole text vs windows around quantities.

    python benchmarks/bench_tokenizer.py [--radius 40] [--repeat 3] [--json]

Prints characters per second of input for (a) tokenizing every seed whole and
(b) tokenizing only ±radius-character windows around the quantities found in
it (what the facts stage needs), plus the share of the text (b) tokenizes.
Needs ../shared/seeds.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govinfo_nlp.tokens import load, quantity_spans, tokenize_spans, windows_around  # noqa: E402


def _best_of(repeat: int, fn) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--radius", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    texts = [p.read_text(encoding="utf-8") for p in sorted(args.seeds.glob("*.txt"))]
    if not texts:
        print(f"no seeds in {args.seeds}", file=sys.stderr)
        return 1
    nlp = load()
    total = sum(len(t) for t in texts)
    windows = [windows_around(t, quantity_spans(t), radius=args.radius) for t in texts]
    covered = sum(b - a for ws in windows for a, b in ws)

    whole = _best_of(args.repeat, lambda: [nlp(t) for t in texts])
    windowed = _best_of(
        args.repeat,
        lambda: [
            tokenize_spans(nlp, t, windows_around(t, quantity_spans(t), radius=args.radius))
            for t in texts
        ],
    )
    result = {
        "documents": len(texts),
        "chars": total,
        "radius": args.radius,
        "whole_seconds": round(whole, 3),
        "whole_chars_per_s": round(total / whole),
        "windowed_seconds": round(windowed, 3),
        "windowed_chars_per_s": round(total / windowed),
        "windowed_share": f"{covered / total:.0%}",
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"seeds: {len(texts)} documents, {total:,} characters")
        print(f"whole text : {result['whole_chars_per_s']:>9,} chars/s ({whole:.3f} s)")
        print(
            f"windowed   : {result['windowed_chars_per_s']:>9,} chars/s ({windowed:.3f} s), "
            f"±{args.radius} chars around quantities = {result['windowed_share']} of the text"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
