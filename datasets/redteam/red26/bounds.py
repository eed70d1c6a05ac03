"""red26's time-bound probes (blind: expectations written before the library ran).

Session 26 moved ``Limits.max_seconds`` to checkpoints the pipeline polls (94366fb,
8c86ab9: a ContextVar deadline over the thread's CPU clock, read every 16th call) and
re-armed the main thread's CPU timer for other threads' time (78f172b). A bound must
fire on the document that ran out of time and on no other: not on the next document of
the same thread, not on a neighbour thread's, not on a thread that worked before it,
not on a document that finishes inside its bound while other threads work.

Documents: ``heavy`` (a report with many prose counts, grown until a parse takes 3 s of
CPU or more), ``medium`` (grown to about 0.6 s), ``small`` (one report). Their CPU times
are measured first, each in a thread of its own; the bounds are set from them.

    python datasets/redteam/red26/bounds.py     # one line a probe, exit 1 on a WRONG
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

import govinfo_nlp  # noqa: E402
from govinfo_nlp import Limits  # noqa: E402
from govinfo_nlp.batch.document import annotate_one  # noqa: E402

SMALL = (
    "宣城市市场监督管理局2023年政府信息公开工作年度报告\n一、总体情况\n"
    "2023年，我局主动公开政府信息126条，收到政府信息公开申请12件，办结12件。\n"
)
PARA = "全年主动公开政府信息{n}条，其中规范性文件{m}件，政策解读{k}篇，收到申请{m}件，办结{k}件。\n"


def grown(n: int) -> str:
    return SMALL + "".join(PARA.format(n=100 + i, m=i % 50 + 1, k=i % 30 + 1) for i in range(n))


def timed_out(report: object) -> bool:
    errors = report["errors"] if isinstance(report, dict) else report.errors  # type: ignore[attr-defined]
    return any(e.startswith("parse.timeout") for e in errors)


def in_thread(fn, *args, **kw):
    out: dict = {}

    def run() -> None:
        t0 = time.thread_time()
        out["value"] = fn(*args, **kw)
        out["cpu"] = time.thread_time() - t0

    t = threading.Thread(target=run)
    t.start()
    t.join()
    return out["value"], out["cpu"]


def cpu_of(text: str) -> float:
    return min(in_thread(govinfo_nlp.parse, text)[1] for _ in range(2))


def burn(seconds: float, stop: threading.Event | None = None) -> None:
    end = time.thread_time() + seconds
    x = 0
    while time.thread_time() < end and not (stop and stop.is_set()):
        x += 1


RESULTS: list[tuple[str, bool, str]] = []


def expect(name: str, ok: bool, got: str) -> None:
    RESULTS.append((name, ok, got))
    print("  " if ok else "!!", name, got, flush=True)


def main() -> int:
    govinfo_nlp.parse(SMALL)  # models loaded before any bound
    n = 400
    heavy = grown(n)
    t_heavy = cpu_of(heavy)
    while t_heavy < 3.0 and n < 64000:
        n *= 2
        heavy = grown(n)
        t_heavy = cpu_of(heavy)
    m = max(10, int(n * 0.6 / t_heavy))
    medium = grown(m)
    t_medium = cpu_of(medium)
    print(
        f"heavy {len(heavy)} chars {t_heavy:.2f} s CPU; medium {len(medium)} chars {t_medium:.2f} s CPU"
    )
    one = Limits(max_seconds=1)

    # B1: one thread, one document after another
    def seq():
        a = govinfo_nlp.parse(heavy, limits=one)
        b = govinfo_nlp.parse(SMALL)
        c = govinfo_nlp.parse(heavy)
        return timed_out(a), timed_out(b), timed_out(c), len(b.facts)

    (a, b, c, nf), _ = in_thread(seq)
    expect("B1 heavy bounded 1 s times out", a, f"timeout={a}")
    expect("B1 then a small one does not", not b and nf > 0, f"timeout={b} facts={nf}")
    expect("B1 then heavy unbounded does not", not c, f"timeout={c}")

    # B2: two threads at once, each heavy under 1 s
    outs: dict[str, bool] = {}

    def run(key: str, text: str, limits: Limits | None) -> None:
        outs[key] = timed_out(govinfo_nlp.parse(text, limits=limits))

    ts = [threading.Thread(target=run, args=(k, heavy, one)) for k in ("x", "y")]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    expect("B2 two bounded threads both time out", outs["x"] and outs["y"], str(outs))

    # B3: a bounded thread beside an unbounded one
    outs.clear()
    ts = [
        threading.Thread(target=run, args=("bounded", heavy, one)),
        threading.Thread(target=run, args=("free", heavy, None)),
    ]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    expect(
        "B3 the bounded one times out, its neighbour not",
        outs["bounded"] and not outs["free"],
        str(outs),
    )

    # B4: a thread that worked 3 s before its document
    def late():
        burn(3.0)
        return timed_out(govinfo_nlp.parse(medium, limits=one))

    r, _ = in_thread(late)
    expect("B4 a busy thread's later document within its bound", not r, f"timeout={r}")

    # B5: the main thread's signal timer, other threads working
    with tempfile.TemporaryDirectory() as d:
        med, hv, sm = Path(d, "medium.txt"), Path(d, "heavy.txt"), Path(d, "small.txt")
        med.write_text(medium, encoding="utf-8")
        hv.write_text(heavy, encoding="utf-8")
        sm.write_text(SMALL, encoding="utf-8")
        before = signal.getsignal(signal.SIGPROF)
        stop = threading.Event()
        burners = [threading.Thread(target=burn, args=(60.0, stop)) for _ in range(2)]
        for t in burners:
            t.start()
        try:
            rows = [annotate_one(med, limits=one) for _ in range(3)]
            w0 = time.monotonic()
            hrow = annotate_one(hv, limits=one)
            wall = time.monotonic() - w0
            srow = annotate_one(sm, limits=one)
        finally:
            stop.set()
            for t in burners:
                t.join()
        got = [timed_out(r) for r in rows]
        expect(
            f"B5 medium ({t_medium:.2f} s) under 1 s in the main thread, 2 threads busy",
            not any(got),
            str(got),
        )
        expect(
            "B5 heavy under 1 s in the main thread times out",
            timed_out(hrow),
            f"timeout={timed_out(hrow)} wall={wall:.1f}s",
        )
        expect("B5 then small does not", not timed_out(srow), f"timeout={timed_out(srow)}")
        after = signal.getsignal(signal.SIGPROF)
        expect(
            "B5 SIGPROF handler restored, timer off",
            after == before and signal.getitimer(signal.ITIMER_PROF)[0] == 0,
            f"{after!r} {signal.getitimer(signal.ITIMER_PROF)}",
        )

    # B6: asyncio.to_thread (a copied context each)
    async def both():
        return await asyncio.gather(
            asyncio.to_thread(govinfo_nlp.parse, heavy, limits=one),
            asyncio.to_thread(govinfo_nlp.parse, medium),
            asyncio.to_thread(govinfo_nlp.parse, medium, limits=one),
        )

    h, s, s1 = asyncio.run(both())
    expect(
        "B6 to_thread: heavy times out, mediums do not",
        timed_out(h) and not timed_out(s) and not timed_out(s1),
        f"{timed_out(h)} {timed_out(s)} {timed_out(s1)}",
    )

    # B7: the medium document in a worker thread under 1 s, three times
    got = [timed_out(in_thread(govinfo_nlp.parse, medium, limits=one)[0]) for _ in range(3)]
    expect("B7 medium under 1 s in a worker thread", not any(got), str(got))

    bad = [r for r in RESULTS if not r[1]]
    print(f"WRONG: {len(bad)} of {len(RESULTS)} (load {os.getloadavg()[0]:.1f})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
