"""red29's batch probes (blind: written and committed before the library ran on them).

Aimed at robust29's landed pool changes (53b9443/d28100f: a worker seen dead twice a step
apart with its document in flight ends the pool, _break closes the result pipe's write end,
the documents in flight re-run one by one). hostile29 sends signals to the GROUP; these
hit ONE worker (an OOM kill, a debugger's stop) while rows larger than a pipe are written,
and the run must go on: exit 0, the rows of an undisturbed run, no `worker.crashed` row (the
document re-run alone succeeds). Then the parent killed and a stop racing a worker's death.

* k01 SIGKILL one worker once a row is written (and 0.7 s, 1.5 s after: three runs)
* k02 SIGTERM one worker the same way (three runs)
* k03 SIGSTOP one worker for 4 s, then SIGCONT
* k04 SIGKILL the run itself once a row is written; workers gone within 20 s; --resume
  completes to the undisturbed rows
* k05 SIGKILL one worker and, 0.2 s later, SIGINT to the group: exit 130 within 60 s, whole
  rows, --resume completes to the undisturbed rows, no process left

A WRONG: a hang past 120 s, another exit code, rows that differ from the undisturbed run's
(text, tables, facts, metadata, errors), a lost or doubled row, a worker left behind.

    python datasets/redteam/red29/batch.py [case ...]     # needs /tmp space; exit 1 on a WRONG
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parents[1] / "samples"
WORK = Path(os.environ.get("RED29_BATCH", "/tmp/red29_batch"))
CMD = [sys.executable, "-m", "govinfo_nlp", "annotate"]
LIMIT = 120.0


def corpus(d: Path) -> Path:
    src = d / "in"
    src.mkdir(parents=True, exist_ok=True)
    samples = sorted(SAMPLES.glob("s0*.txt"))[:6]
    for i, s in enumerate(samples):
        (src / f"{'abcdef'[i]}.txt").write_text(
            (s.read_text(encoding="utf-8") + "\n") * 60, encoding="utf-8"
        )
    return src


def run(src: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [*CMD, str(src), "-o", str(out), "--jobs", "2", "--with-text", "-q", *extra],
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def children(pid: int) -> list[int]:
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        kids: list[int] = []
        for t in tasks:
            kids += [int(x) for x in (t / "children").read_text().split()]
        return sorted(set(kids))
    except OSError:
        return []


def rows(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def key(row: dict) -> tuple:
    return tuple(
        json.dumps(row.get(k), ensure_ascii=False, sort_keys=True)
        for k in ("source", "text", "tables", "facts", "metadata", "errors", "reconciliation")
    )


def wait_rows(out: Path, p: subprocess.Popen, n: int = 1) -> bool:
    t0 = time.monotonic()
    while time.monotonic() - t0 < LIMIT:
        if out.exists() and out.read_bytes().count(b"\n") >= n:
            return True
        if p.poll() is not None:
            return False
        time.sleep(0.05)
    return False


def finish(p: subprocess.Popen) -> tuple[int | None, float, str]:
    t0 = time.monotonic()
    try:
        _, err = p.communicate(timeout=LIMIT)
        return p.returncode, time.monotonic() - t0, err.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        return None, LIMIT, "HANG"


def left(pids: list[int]) -> list[int]:
    alive = []
    for pid in pids:
        try:
            st = Path(f"/proc/{pid}/stat").read_text().split()[2]
            if st != "Z":
                alive.append(pid)
        except OSError:
            pass
    return alive


REF: list[tuple] = []


def reference(src: Path, d: Path) -> list[tuple]:
    if not REF:
        out = d / "ref.jsonl"
        p = run(src, out)
        rc, _, err = finish(p)
        assert rc == 0, (rc, err[-500:])
        REF.extend(key(r) for r in rows(out))
    return REF


def one_worker(case: str, sig: int, delays: tuple[float, ...], src: Path, d: Path) -> list[str]:
    bad = []
    for k, delay in enumerate(delays):
        out = d / f"{case}_{k}.jsonl"
        p = run(src, out)
        if not wait_rows(out, p):
            bad.append(f"{case}[{k}]: no row written")
            finish(p)
            continue
        time.sleep(delay)
        kids = children(p.pid)
        if kids:
            os.kill(kids[0], sig)
            if sig == signal.SIGSTOP:
                time.sleep(4)
                os.kill(kids[0], signal.SIGCONT)
        rc, took, err = finish(p)
        got = [key(r) for r in rows(out)]
        crashed = [r["source"] for r in rows(out) if any("crashed" in json.dumps(e) for e in r.get("errors", []))]
        line = f"{case}[{k}] delay {delay}: killed {kids[:1]}, rc {rc}, {took:.1f} s, rows {len(got)}/{len(REF)}, same {got == REF}, crashed {crashed}"
        print(line)
        if rc != 0 or got != REF or crashed:
            bad.append(line + " | " + err.strip()[-300:])
        gone = left(kids)
        if gone:
            time.sleep(15)
            gone = left(kids)
            if gone:
                bad.append(f"{case}[{k}]: processes left {gone}")
    return bad


def resume(src: Path, out: Path) -> tuple[int | None, list[tuple]]:
    p = run(src, out, "--resume")
    rc, _, _ = finish(p)
    return rc, [key(r) for r in rows(out)]


def k04(src: Path, d: Path) -> list[str]:
    out = d / "k04.jsonl"
    p = run(src, out)
    if not wait_rows(out, p):
        return ["k04: no row written"]
    kids = children(p.pid)
    os.kill(p.pid, signal.SIGKILL)
    finish(p)
    time.sleep(20)
    bad = []
    if left(kids):
        bad.append(f"k04: workers left 20 s after the run's kill -9: {left(kids)}")
    rc, got = resume(src, out)
    print(f"k04: kill -9 the run; workers left {left(kids)}; resume rc {rc}, same {got == REF}")
    if rc != 0 or got != REF:
        bad.append(f"k04: resume rc {rc}, rows {len(got)}/{len(REF)}, same {got == REF}")
    return bad


def k05(src: Path, d: Path) -> list[str]:
    out = d / "k05.jsonl"
    p = run(src, out)
    if not wait_rows(out, p):
        return ["k05: no row written"]
    kids = children(p.pid)
    if kids:
        os.kill(kids[-1], signal.SIGKILL)
    time.sleep(0.2)
    os.killpg(p.pid, signal.SIGINT)
    rc, took, err = finish(p)
    whole = out.read_bytes().endswith(b"\n") or not out.read_bytes()
    bad = []
    time.sleep(5)
    all_kids = left(kids)
    rc2, got = resume(src, out)
    print(f"k05: rc {rc} in {took:.1f} s, whole {whole}, left {all_kids}; resume rc {rc2}, same {got == REF}")
    if rc != 130 or took > 60 or not whole or all_kids or rc2 != 0 or got != REF:
        bad.append(f"k05: rc {rc} {took:.1f} s whole {whole} left {all_kids} resume {rc2} same {got == REF} | {err.strip()[-300:]}")
    return bad


CASES = {
    "k01": lambda s, d: one_worker("k01", signal.SIGKILL, (0.0, 0.7, 1.5), s, d),
    "k02": lambda s, d: one_worker("k02", signal.SIGTERM, (0.0, 0.7, 1.5), s, d),
    "k03": lambda s, d: one_worker("k03", signal.SIGSTOP, (0.3,), s, d),
    "k04": k04,
    "k05": k05,
}


def main(argv: list[str]) -> int:
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    src = corpus(WORK)
    reference(src, WORK)
    print(f"reference: {len(REF)} rows")
    wrong = []
    for name, case in CASES.items():
        if argv and not any(name.startswith(a) for a in argv):
            continue
        wrong += case(src, WORK)
    for w in wrong:
        print("!!", w)
    print(f"WRONG: {len(wrong)}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
