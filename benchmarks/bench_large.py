"""CPU seconds of a full parse of a few large pages, and the ratio against another checkout (D10).

Usage (from the repo root)::

    python benchmarks/bench_large.py                        # this checkout, best of 3
    python benchmarks/bench_large.py --compare /tmp/start   # this checkout against another
    python benchmarks/bench_large.py --compare /tmp/start --max-ratio 1.3   # a guard: exit 1 above it

Why: a change that makes one stage superlinear in a page's size does not show in the
per-document throughput of ``bench_annotate.py`` (its reports are 2-20 KB) but makes a
real page of many reports take minutes (tables29's every-copy reading of table 四 made
400 copies of a report 4.8 s against 1.0 s, found only by a test's time bound). These
pages are where such a cost shows:

* ``s01x150``, ``s01x300``: ``datasets/samples/s01_pipe_2021.txt`` repeated (a page of
  many copies of one report: every copy of every table is weighed against the others);
* ``html_many``: one HTML page of about 2 MB holding many generated HTML reports of
  different bodies and years, one after the other (report titles, tables, prose);
* ``pdf_text``: generated reports of the PDF layout (table rows as lines of figures),
  laid out as a PDF's text layer comes out (prose hard-wrapped at 38 characters, a page
  number line and a form feed every 46 lines), about 1 MB;
* ``one_line``: generated reports with every line break made a space, about 300 KB
  on one line (a page whose markup was stripped without breaks).

The pages are built once, by this checkout's generator, and written to a temporary
folder, so both checkouts of ``--compare`` parse the same bytes. Each measurement is a
fresh process (``PYTHONPATH`` = the checkout; the process checks that it imported that
checkout's ``govinfo_nlp``), which loads the models on a small report first, then parses
each page once as ``annotate`` does per document (``parse`` + ``to_dict(explain=False)`` +
``dumps_row``) and prints each page's CPU seconds (``time.process_time``). With
``--compare`` the two checkouts' processes alternate (A B A B ...), so a change of load
hits both alike; each page's best of ``--repeat`` counts. Prints a table; no assertion but
``--max-ratio`` (timings are machine-dependent: never a test).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "datasets" / "samples" / "s01_pipe_2021.txt"

# the worker: run in a fresh interpreter with PYTHONPATH = the checkout; argv: checkout, pages...
_WORKER = r"""
import json, sys, time
from pathlib import Path
checkout = Path(sys.argv[1]).resolve()
import govinfo_nlp
if not Path(govinfo_nlp.__file__).resolve().is_relative_to(checkout):
    sys.exit(f"imported {govinfo_nlp.__file__}, not {checkout}")
from govinfo_nlp.batch import dumps_row
from govinfo_nlp.pipeline import parse
dumps_row(parse(str(checkout / "datasets" / "samples" / "s02_pipe_2019.txt")).to_dict(explain=False))
out = {}
for page in sys.argv[2:]:
    started = time.process_time()
    report = parse(page, source_name=page)
    dumps_row(report.to_dict(explain=False))
    out[Path(page).stem] = time.process_time() - started
print(json.dumps(out))
"""


def _generated(n: int, seed: int, layout: str | None = None) -> Iterator[str]:
    """Up to ``n`` generated reports' texts (of one ``layout``: generator.LAYOUTS)."""
    from govinfo_nlp_dev.synthetic.generator import LAYOUTS, generate_corpus

    for report in generate_corpus(n, seed=seed, layouts=(layout,) if layout else LAYOUTS):
        yield report.text


def _html_many(size: int) -> str:
    """Generated HTML reports' bodies one after the other in one page of about ``size`` bytes."""
    bodies = []
    total = 0
    for text in _generated(1000, 11, "html"):
        body = re.search(r"<body>(.*)</body>", text, re.S)
        if body is None:
            continue
        bodies.append(body.group(1))
        total += len(body.group(1).encode())
        if total >= size:
            break
    head = '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>年度报告</title>\n'
    return head + "</head>\n<body>\n" + "\n".join(bodies) + "\n</body>\n</html>\n"


def _pdf_text(size: int) -> str:
    """Generated reports of the generator's PDF layout (table rows as lines of figures) as
    a PDF's text layer: prose wrapped at 38 characters, page numbers, form feeds."""
    lines: list[str] = []
    total = 0
    for text in _generated(1000, 12, "pdf_text"):
        for line in text.splitlines():
            if " " in line:  # a table's row: one line as the PDF draws it
                lines.append(line)
                continue
            lines.extend(line[i : i + 38] for i in range(0, max(len(line), 1), 38))
        total += len(text.encode())
        if total >= size:
            break
    pages = [lines[i : i + 46] for i in range(0, len(lines), 46)]
    return "\f".join("\n".join(page) + f"\n\n- {n} -\n" for n, page in enumerate(pages, start=1))


def _one_line(size: int) -> str:
    parts: list[str] = []
    total = 0
    for text in _generated(1000, 13):
        if text.startswith("<"):
            continue  # (an HTML page: its tags would be text in a .txt)
        parts.append(" ".join(text.split("\n")))
        total += len(text.encode())
        if total >= size:
            break
    return " ".join(parts) + "\n"


def build(folder: Path, scale: float = 1.0) -> list[Path]:
    """Write the pages to ``folder`` (``scale`` < 1 makes them smaller); their paths."""
    sample = SAMPLE.read_text(encoding="utf-8")
    pages = {
        "s01x150.txt": sample * max(1, int(150 * scale)),
        "s01x300.txt": sample * max(1, int(300 * scale)),
        "html_many.html": _html_many(int(2_000_000 * scale)),
        "pdf_text.txt": _pdf_text(int(1_000_000 * scale)),
        "one_line.txt": _one_line(int(300_000 * scale)),
    }
    out = []
    for name, text in pages.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


def run_once(checkout: Path, pages: list[Path]) -> dict[str, float]:
    """One fresh process of ``checkout``: each page's CPU seconds."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    done = subprocess.run(
        [sys.executable, "-c", _WORKER, str(checkout), *map(str, pages)],
        env=env,
        cwd=checkout,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise SystemExit(f"{checkout}: exit {done.returncode}\n{done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--checkout", type=Path, default=ROOT, help="the checkout measured (A: this)"
    )
    parser.add_argument("--compare", type=Path, help="another checkout (the reference, B)")
    parser.add_argument("--repeat", type=int, default=3, help="processes per checkout (3)")
    parser.add_argument("--max-ratio", type=float, help="exit 1 if a page's A/B ratio passes it")
    parser.add_argument("--scale", type=float, default=1.0, help="page sizes times this (1)")
    args = parser.parse_args(argv)

    checkouts = {"A": args.checkout.resolve()}
    if args.compare is not None:
        checkouts["B"] = args.compare.resolve()
    best: dict[str, dict[str, float]] = {name: {} for name in checkouts}
    with tempfile.TemporaryDirectory() as tmp:
        pages = build(Path(tmp), args.scale)
        sizes = {p.stem: p.stat().st_size for p in pages}
        for _ in range(args.repeat):
            for name, checkout in checkouts.items():
                for page, seconds in run_once(checkout, pages).items():
                    best[name][page] = min(best[name].get(page, float("inf")), seconds)

    for name, checkout in checkouts.items():
        print(f"{name}: {checkout}")
    head = f"{'page':<10} {'KB':>6} {'A s':>7}"
    print(head + (f" {'B s':>7} {'A/B':>6}" if "B" in best else ""))
    worst = 0.0
    for page, size in sizes.items():
        line = f"{page:<10} {size / 1024:6.0f} {best['A'][page]:7.2f}"
        if "B" in best:
            ratio = best["A"][page] / max(best["B"][page], 1e-9)
            worst = max(worst, ratio)
            line += f" {best['B'][page]:7.2f} {ratio:6.2f}"
        print(line)
    print(f"best of {args.repeat} fresh processes each, CPU seconds; load {os.getloadavg()[0]:.1f}")
    if args.max_ratio is not None and "B" in best:
        verdict = "ok" if worst <= args.max_ratio else "SLOWER"
        print(f"worst A/B {worst:.2f} (limit {args.max_ratio}): {verdict}")
        return 0 if worst <= args.max_ratio else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
