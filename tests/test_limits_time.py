"""The time bound (Limits.max_seconds) delivered at the pipeline's checkpoints (D4, session 26).

Session 25 bounded a worker thread with an asynchronous exception, which Python drops
where it lands inside a gc callback: the document then ran unbounded. The bound is now
compared with the thread's own CPU clock at checkpoints the pipeline passes, in any
thread, and ``parse(limits=...)`` applies it too. No test asserts a time: a bound of 1 s
and a document that surely takes longer (2,000 copies of a report: tens of seconds).
"""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

import govinfo_nlp
from govinfo_nlp import Limits
from govinfo_nlp.limits import OutOfTime, checkpoint, time_bound

SAMPLE = ROOT / "datasets" / "samples" / "s01_pipe_2021.txt"


@pytest.fixture(scope="module")
def slow(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("slow") / "slow.txt"
    path.write_text((SAMPLE.read_text(encoding="utf-8") + "\n") * 2000, encoding="utf-8")
    return path


def _in_thread(fn: Any) -> Any:
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["value"] = fn()
        except BaseException as exc:  # (shown to the test, not lost in the thread)
            out["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in out:
        raise out["error"]
    return out["value"]


def _burn_until_checkpoint_raises(limit: float = 60.0) -> bool:
    """Spend CPU time passing checkpoints: True once one raised OutOfTime, False if
    ``limit`` CPU seconds went by without (the bound was not applied)."""
    start = time.thread_time()
    try:
        while time.thread_time() - start < limit:
            sum(range(10_000))
            checkpoint()
    except OutOfTime:
        return True
    return False


def test_a_checkpoint_raises_once_the_bound_is_used_up() -> None:
    with time_bound(1) as own:
        assert own
        assert _burn_until_checkpoint_raises()
    checkpoint()  # outside the block: no bound


def test_the_bound_is_raised_where_gc_callbacks_run() -> None:
    """A bound raised asynchronously was dropped when it landed in a gc callback; a
    checkpoint raises in the document's own code, whatever the callbacks do."""
    calls = []

    def callback(phase: str, info: dict[str, Any]) -> None:
        calls.append(phase)
        sum(range(20_000))  # a callback that takes CPU time of its own

    gc.callbacks.append(callback)
    try:
        with time_bound(1):

            def garbage() -> bool:
                start = time.thread_time()
                try:
                    while time.thread_time() - start < 60:
                        for _ in range(200):
                            a: list[Any] = []
                            a.append(a)  # cycles: the collector runs, and its callbacks
                        checkpoint()
                except OutOfTime:
                    return True
                return False

            assert garbage()
    finally:
        gc.callbacks.remove(callback)
    assert calls


def test_an_inner_bound_leaves_the_outer_one_in_force() -> None:
    with time_bound(1) as outer, time_bound(10**6) as inner:
        assert outer and not inner
        assert _burn_until_checkpoint_raises()


def test_a_bound_is_the_threads_own() -> None:
    """A bound set in one thread is not seen in another (each has its own context)."""
    with time_bound(1):
        assert _burn_until_checkpoint_raises()
        # this thread is past its bound; another thread's checkpoint is not
        assert _in_thread(lambda: (checkpoint(), "passed")[1]) == "passed"


@pytest.mark.parametrize("where", ["main", "thread"])
def test_parse_applies_max_seconds(slow: Path, where: str) -> None:
    """parse(limits=Limits(max_seconds=...)) ignored the bound (robust25's leftover): it
    now gives a report whose only error is parse.timeout, nothing half-read kept."""

    def run() -> Any:
        return govinfo_nlp.parse(slow, limits=Limits(max_seconds=1))

    report = run() if where == "main" else _in_thread(run)
    assert [e.split(":")[0] for e in report.errors] == ["parse.timeout"]
    assert "more than 1 s of CPU time" in report.errors[0]
    assert report.source == str(slow)
    row = report.to_dict()
    assert not row["facts"] and not row["tables"] and not row["sections"]
    assert row["stages"] == []
    # the next document of the thread is not charged for it
    after = (
        govinfo_nlp.parse(SAMPLE)
        if where == "main"
        else _in_thread(lambda: govinfo_nlp.parse(SAMPLE))
    )
    assert not after.errors and after.facts


def test_a_threads_bound_fires_on_a_long_document_and_nothing_is_lost(slow: Path) -> None:
    """annotate() from a thread that is not the main one: the long document is a
    parse.timeout row, the rows before and after it are whole, one row each, in order."""
    paths = [str(SAMPLE), str(slow), str(SAMPLE)]
    rows = _in_thread(lambda: list(govinfo_nlp.annotate(paths, limits=Limits(max_seconds=1))))
    assert [r["source"] for r in rows] == paths
    assert [r["errors"][0].split(":")[0] if r["errors"] else None for r in rows] == [
        None,
        "parse.timeout",
        None,
    ]
    assert rows[0] == rows[2]
    assert rows[0]["facts"] and rows[0]["tables"]
    assert not rows[1]["facts"] and not rows[1]["tables"]
    # the same rows as from the main thread (where the CPU timer's signal bounds it too)
    main = list(govinfo_nlp.annotate(paths, limits=Limits(max_seconds=1)))
    assert [r["errors"][:1] for r in main] == [r["errors"][:1] for r in rows]
    assert main[0] == rows[0]


def test_no_asynchronous_exception_is_used(monkeypatch: pytest.MonkeyPatch, slow: Path) -> None:
    """D4: nothing calls PyThreadState_SetAsyncExc (a bound Python may swallow)."""
    import ctypes

    called: list[Any] = []
    monkeypatch.setattr(
        ctypes.pythonapi, "PyThreadState_SetAsyncExc", lambda *a: called.append(a) or 1
    )
    rows = _in_thread(lambda: list(govinfo_nlp.annotate([str(slow)], limits=Limits(max_seconds=1))))
    assert rows[0]["errors"][0].startswith("parse.timeout")
    assert not called


def test_other_threads_work_is_not_a_main_thread_documents(tmp_path: Path) -> None:
    """The main thread's CPU timer counts the whole process's time: while three other
    threads parsed, a document of about 1 s of its own CPU time timed out under a bound of
    3 s (hostile26 a02). The timer is set again for what the document has left."""
    if threading.current_thread() is not threading.main_thread():
        pytest.skip("the timer bounds a document of the main thread")
    mid = tmp_path / "mid.txt"
    # under 1 s of its own CPU time alone; its own clock runs about twice as fast with three
    # threads contending for the GIL (switches, cold caches: 300 copies read 1.2 s alone and
    # 2.3-2.6 s among them, past 3 s in two project CI runs under load). 150 copies read 0.8 s
    # alone and 1.0-1.2 s among them, while the process's clock passes 4 s in the meantime:
    # the bound of 3 s still tells the thread's clock from the process's.
    mid.write_text((SAMPLE.read_text(encoding="utf-8") + "\n") * 150, encoding="utf-8")
    busy = tmp_path / "busy.txt"
    busy.write_text((SAMPLE.read_text(encoding="utf-8") + "\n") * 100, encoding="utf-8")
    (alone,) = govinfo_nlp.annotate([str(mid)], jobs=1)
    stop: list[bool] = []

    def work() -> None:
        while not stop:
            govinfo_nlp.parse(busy)

    threads = [threading.Thread(target=work, daemon=True) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        (row,) = govinfo_nlp.annotate([str(mid)], jobs=1, limits=Limits(max_seconds=3))
    finally:
        stop.append(True)
        for t in threads:
            t.join()
    assert not row["errors"]
    assert row == alone


def test_worker_processes_and_dask_threads_each_bound_their_documents(slow: Path) -> None:
    """A batch worker process (its main thread: the CPU timer and the checkpoints) and a dask
    threaded scheduler's threads (the checkpoints alone) each bound their own documents: the
    long one a parse.timeout row, the short ones whole, one row each, in order."""
    paths = [str(SAMPLE), str(slow), str(SAMPLE)]
    want = [None, "parse.timeout", None]
    rows = list(govinfo_nlp.annotate(paths, jobs=2, limits=Limits(max_seconds=1)))
    assert [r["source"] for r in rows] == paths
    assert [r["errors"][0].split(":")[0] if r["errors"] else None for r in rows] == want
    assert rows[0] == rows[2] and rows[0]["facts"]
    pytest.importorskip("dask.bag")
    from govinfo_nlp.distributed import annotate_bag

    bag = annotate_bag(paths, partition_size=1, limits=Limits(max_seconds=1))
    threaded = bag.compute(scheduler="threads", num_workers=2)
    assert [r["source"] for r in threaded] == paths
    assert [r["errors"][0].split(":")[0] if r["errors"] else None for r in threaded] == want
    assert threaded[0] == rows[0]


def test_the_timer_knows_where_python_would_drop_its_exception() -> None:
    """hostile26 a01: the main thread's timer raised inside a gc callback that took time,
    where Python drops the exception ("Exception ignored in"), three times over. It now
    fires again soon from there instead (and the next checkpoint raises)."""
    import sys

    from govinfo_nlp.batch.document import _where_dropped

    seen: list[bool] = []

    def callback(phase: str, info: dict[str, Any]) -> None:
        seen.append(_where_dropped(sys._getframe()))

    gc.callbacks.append(callback)
    try:
        gc.collect()
    finally:
        gc.callbacks.remove(callback)
    assert seen and all(seen)

    class Dropped:
        def __del__(self) -> None:
            seen.append(_where_dropped(sys._getframe()))

    seen.clear()
    Dropped()
    assert seen == [True]
    assert not _where_dropped(sys._getframe())
