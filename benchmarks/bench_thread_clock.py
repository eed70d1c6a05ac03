"""How a document's own thread CPU clock grows when other work shares the machine (session 30).

``Limits.max_seconds`` bounds a document by its thread's CPU clock (``time.thread_time``,
the kernel's on-CPU time of that thread). Session 29's CI saw a document of 1.2 s alone
read 2.3-2.6 s of its own clock with three other threads of the process parsing. Is that
CPU the thread really spent (switching, cold caches) or time counted that it did not spend
(waiting for the GIL counted as running)? This parses one document in the main thread:

* ``alone``;
* ``threads N``: N other threads of the process parse without pause (GIL contention);
* ``threads N slow-switch``: the same with ``sys.setswitchinterval(0.05)`` (ten times fewer
  forced GIL hand-offs: if the growth is the hand-offs' cost, it shrinks);
* ``threads-nogil N``: N threads that keep a core busy in C with the GIL released
  (``hashlib`` over a large buffer): the machine busy, no GIL contention;
* ``process 1``: another process parses without pause (no GIL shared; the cores and caches are);
* ``... annotate``: the document parsed as a batch's (``annotate``, a ``max_seconds`` bound: the
  process's CPU timer and its SIGPROF set as well);
* ``... nogc``: the same with the garbage collector off while the document is parsed (a
  collection runs in the thread whose allocation triggers it and walks every thread's objects).

For each it prints the document's thread CPU seconds (``time.thread_time``), the thread's
user+system ticks from ``/proc/self/task/<tid>/stat`` (the same clock counted by the
scheduler's tick: a cross-check), its voluntary and involuntary context switches (a wait for
the GIL is a voluntary one: it sleeps), and the wall time. Best of ``--repeat`` by thread CPU.

    python benchmarks/bench_thread_clock.py [--copies 150] [--repeat 3] [--modes alone,threads3]

No hardware counters here (a VM: perf has no ``instructions``/``cycles``), so "real" is read
from the switches and the switch-interval experiment, not from instruction counts.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import multiprocessing
import os
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "datasets" / "samples" / "s01_pipe_2021.txt"


def _task_stat() -> tuple[float, int, int]:
    """This thread's user+system CPU by the scheduler's ticks (s), and its voluntary and
    involuntary context switches."""
    tid = threading.get_native_id()
    base = f"/proc/self/task/{tid}"
    with open(f"{base}/stat", encoding="ascii") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    cpu = (int(fields[11]) + int(fields[12])) / ticks  # utime, stime (fields 14, 15)
    vol = invol = 0
    with open(f"{base}/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("voluntary_ctxt_switches"):
                vol = int(line.split()[1])
            elif line.startswith("nonvoluntary_ctxt_switches"):
                invol = int(line.split()[1])
    return cpu, vol, invol


def _parse_forever(path: str, stop: threading.Event) -> None:
    import govinfo_nlp

    while not stop.is_set():
        govinfo_nlp.parse(path)


def _hash_forever(stop: threading.Event) -> None:
    data = b"x" * (64 << 20)
    while not stop.is_set():
        hashlib.sha256(data).digest()  # releases the GIL for buffers over 2 KiB


def _process_forever(path: str) -> None:
    import govinfo_nlp

    while True:
        govinfo_nlp.parse(path)


def measure(doc: str, busy: str, mode: str) -> dict[str, float]:
    import govinfo_nlp

    stop = threading.Event()
    helpers: list[threading.Thread] = []
    proc = None
    interval = sys.getswitchinterval()
    kind, _, rest = mode.partition(" ")
    count = int(rest.split()[0]) if rest[:1].isdigit() else 0
    if kind == "threads":
        helpers = [
            threading.Thread(target=_parse_forever, args=(busy, stop), daemon=True)
            for _ in range(count)
        ]
        if "slow-switch" in mode:
            sys.setswitchinterval(0.05)
    elif kind == "threads-nogil":
        helpers = [
            threading.Thread(target=_hash_forever, args=(stop,), daemon=True) for _ in range(count)
        ]
    elif kind == "process":
        proc = multiprocessing.get_context("spawn").Process(
            target=_process_forever, args=(busy,), daemon=True
        )
        proc.start()
    for t in helpers:
        t.start()
    time.sleep(1.0 if proc is None else 4.0)  # the helpers under way (a spawned one loads)
    if "nogc" in mode:
        gc.disable()
    try:
        c0, v0, i0 = _task_stat()
        t0, w0 = time.thread_time(), time.perf_counter()
        if "annotate" in mode:  # as a batch document: the CPU timer (SIGPROF) set too
            list(govinfo_nlp.annotate([doc], limits=govinfo_nlp.Limits(max_seconds=60)))
        else:
            govinfo_nlp.parse(doc)
        t1, w1 = time.thread_time(), time.perf_counter()
        c1, v1, i1 = _task_stat()
    finally:
        gc.enable()
        stop.set()
        sys.setswitchinterval(interval)
        for t in helpers:
            t.join()
        if proc is not None:
            proc.terminate()
            proc.join()
    return {
        "thread_s": t1 - t0,
        "ticks_s": c1 - c0,
        "voluntary": v1 - v0,
        "involuntary": i1 - i0,
        "wall_s": w1 - w0,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--modes",
        default="alone,threads 1,threads 3,threads 3 slow-switch,threads-nogil 1,process 1",
    )
    args = parser.parse_args()
    import tempfile

    import govinfo_nlp

    text = SAMPLE.read_text(encoding="utf-8") + "\n"
    with tempfile.TemporaryDirectory() as folder:
        doc = os.path.join(folder, "doc.txt")
        busy = os.path.join(folder, "busy.txt")
        Path(doc).write_text(text * args.copies, encoding="utf-8")
        Path(busy).write_text(text * 100, encoding="utf-8")
        govinfo_nlp.parse(doc)  # models loaded, caches warm
        print(
            f"load {os.getloadavg()[0]:.1f}; {args.copies} copies of {SAMPLE.name}; best of "
            f"{args.repeat} by thread CPU"
        )
        for mode in args.modes.split(","):
            runs = [measure(doc, busy, mode) for _ in range(args.repeat)]
            best = min(runs, key=lambda r: r["thread_s"])
            spread = ", ".join(f"{r['thread_s']:.2f}" for r in runs)
            print(
                f"{mode:24} thread {best['thread_s']:5.2f} s (all: {spread})  ticks "
                f"{best['ticks_s']:5.2f} s  switches vol {best['voluntary']:5.0f} "
                f"invol {best['involuntary']:4.0f}  wall {best['wall_s']:5.2f} s",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
