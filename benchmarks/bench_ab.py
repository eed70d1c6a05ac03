"""CPU of checkouts over the same corpora, in fresh processes that alternate (A B A B ...).

Usage (from the repo root)::

    python benchmarks/bench_ab.py /tmp/old /tmp/new            # full and tables, 3 rounds
    python benchmarks/bench_ab.py /tmp/old /tmp/new --modes full --rounds 5 --generated 200
    python benchmarks/bench_ab.py /tmp/c0 /tmp/c1 /tmp/c2 ...  # a bisection: each against c0

Why: ``bench_annotate.py`` measures one checkout; two runs of it one after the other on a
shared machine differ by 10-20 % with the load alone (session 29's end A/B could not tell
a loss from the load). Here both checkouts parse the same files (written once by the first
checkout's generator), each round starts one fresh process per checkout in turn, so a change
of load hits both alike, and each measurement's best of the rounds counts.

Each process (``PYTHONPATH`` = its checkout, checked) loads the models on a report outside
the corpora, then per corpus and mode parses every file once (``cold``: what a batch of new
files pays) and twice more (``warm``: the per-content caches hold the answers; the better
of the two), and prints CPU seconds (``time.process_time``). Modes as ``bench_annotate.py``:
``full`` = ``parse`` + ``to_dict(explain=False)`` + ``dumps_row``; ``tables`` =
``parse(stages="tables")``. Corpora: generated text and HTML reports, the real excerpts
(``../shared/seeds`` + ``../shared/reports``). Prints docs/s and the ratio of CPU time to
the first checkout's (above 1: slower than the first). No assertion: timings are machine-dependent.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

_WORKER = r"""
import json, sys, time
from pathlib import Path
checkout = Path(sys.argv[1]).resolve()
job = json.loads(Path(sys.argv[2]).read_text())
import govinfo_nlp
if not Path(govinfo_nlp.__file__).resolve().is_relative_to(checkout):
    sys.exit(f"imported {govinfo_nlp.__file__}, not {checkout}")
from govinfo_nlp.batch import dumps_row
from govinfo_nlp.pipeline import parse
def full(paths):
    for p in paths:
        dumps_row(parse(p, source_name=p).to_dict(explain=False))
def tables(paths):
    for p in paths:
        parse(p, stages="tables")
modes = {"full": full, "tables": tables}
full([str(checkout / "datasets" / "samples" / "s02_pipe_2019.txt")])
out = {}
for corpus, paths in job["corpora"].items():
    for mode in job["modes"]:
        times = []
        for _ in range(3):
            t = time.process_time()
            modes[mode](paths)
            times.append(time.process_time() - t)
        out[f"{corpus} {mode} cold"] = times[0]
        out[f"{corpus} {mode} warm"] = min(times[1:])
print(json.dumps(out))
"""


def corpora(folder: Path, n: int, seed: int) -> dict[str, list[str]]:
    from govinfo_nlp_dev.synthetic.generator import generate_corpus

    out: dict[str, list[str]] = {"gen-text": [], "gen-html": []}
    for i, report in enumerate(generate_corpus(n, seed=seed)):
        suffix = ".html" if report.format == "html" else ".txt"
        path = folder / f"g{i:04d}{suffix}"
        path.write_text(report.text, encoding="utf-8")
        out["gen-html" if report.format == "html" else "gen-text"].append(str(path))
    real = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "reports").glob("*.txt"))
    out["real"] = [str(p) for p in real]
    return {name: paths for name, paths in out.items() if paths}


def run_once(checkout: Path, job: Path) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(checkout))
    done = subprocess.run(
        [sys.executable, "-c", _WORKER, str(checkout), str(job)],
        env=env,
        cwd=checkout,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if done.returncode != 0:
        raise SystemExit(f"{checkout}: exit {done.returncode}\n{done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("checkouts", type=Path, nargs="+", help="the first is the reference")
    parser.add_argument("--rounds", type=int, default=3, help="processes per checkout (3)")
    parser.add_argument("--generated", type=int, default=200, help="generated reports (200)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (1)")
    parser.add_argument("--modes", default="full,tables", help="full,tables")
    parser.add_argument("--corpora", default="gen-text,gen-html,real", help="which corpora")
    args = parser.parse_args(argv)

    checkouts = {f"c{k}": path.resolve() for k, path in enumerate(args.checkouts)}
    best: dict[str, dict[str, float]] = {name: {} for name in checkouts}
    with tempfile.TemporaryDirectory() as tmp:
        wanted = args.corpora.split(",")
        found = corpora(Path(tmp), args.generated, args.seed)
        chosen = {name: found[name] for name in wanted if name in found}
        job = Path(tmp) / "job.json"
        job.write_text(json.dumps({"corpora": chosen, "modes": args.modes.split(",")}))
        for r in range(args.rounds):
            # turn which goes first, so none always runs on the same share of the load
            names = list(checkouts)
            for name in names[r % len(names) :] + names[: r % len(names)]:
                for key, seconds in run_once(checkouts[name], job).items():
                    best[name][key] = min(best[name].get(key, float("inf")), seconds)
    counts = {name: len(paths) for name, paths in chosen.items()}
    for name, path in checkouts.items():
        print(f"{name}: {path}")
    others = list(checkouts)[1:]
    print(f"{'measurement':<22} {'c0 docs/s':>9}" + "".join(f" {n + '/c0':>7}" for n in others))
    for key in best["c0"]:
        n = counts[key.split()[0]]
        ref = best["c0"][key]
        print(f"{key:<22} {n / ref:9.0f}" + "".join(f" {best[o][key] / ref:7.3f}" for o in others))
    print(f"best of {args.rounds} fresh processes each, CPU; load {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
