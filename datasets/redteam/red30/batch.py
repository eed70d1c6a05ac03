"""red30's batch probes (blind: committed before the library ran on them), aimed at
robust30's landed batch change (d9cae92 and before: workers keep an ignored SIGTERM ignored
and are SIGKILLed when the run ends them; output readers that leave; Ctrl-C handling).

* b01 a run started with SIGTERM ignored (a supervisor's), --jobs 2; SIGTERM to the whole
  group once a row is written: the run goes on, exit 0, every row, no `worker.crashed` row,
  no process of the group left.
* b02 the same run, SIGTERM to the group, then SIGINT 1 s later: exit 130 within 60 s, the
  rows written whole, no process of the group left (its workers ignore SIGTERM).
* b03 rows to standard output, the reader reading 100 bytes and leaving: the run ends within
  60 s (any exit status), no traceback, no process of the group left.

A WRONG: a hang past 120 s, another exit status than the truth's, a lost or half row, a
worker left behind.

    python datasets/redteam/red30/batch.py [case ...]     # files under /tmp/red30_batch
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
WORK = Path("/tmp/red30_batch")
CMD = [sys.executable, "-m", "govinfo_nlp", "annotate"]
LIMIT = 120.0


def corpus(d: Path) -> Path:
    src = d / "in"
    src.mkdir(parents=True, exist_ok=True)
    for i, s in enumerate(sorted(SAMPLES.glob("s0*.txt"))[:6]):
        (src / f"{'abcdef'[i]}.txt").write_text(
            (s.read_text(encoding="utf-8") + "\n") * 20, encoding="utf-8"
        )
    return src


def ignore_term() -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def left(pgid: int) -> list[str]:
    out = subprocess.run(["ps", "-eo", "pid,pgid,stat,cmd"], capture_output=True, text=True).stdout
    return [
        ln for ln in out.splitlines()[1:] if ln.split()[1] == str(pgid) and "Z" not in ln.split()[2]
    ]


def rows(path: Path) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        out.append(json.loads(line))  # a half row raises: WRONG
    return out


def wait_rows(path: Path, n: int, proc: subprocess.Popen, limit: float = 90) -> None:
    t0 = time.time()
    while time.time() - t0 < limit and proc.poll() is None:
        if path.exists() and path.read_text(encoding="utf-8").count("\n") >= n:
            return
        time.sleep(0.1)


def b01(d: Path) -> list[str]:
    src, out = corpus(d), d / "out.jsonl"
    p = subprocess.Popen(
        [*CMD, str(src), "-o", str(out), "--jobs", "2", "-q"],
        start_new_session=True,
        preexec_fn=ignore_term,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    wait_rows(out, 1, p)
    os.killpg(p.pid, signal.SIGTERM)
    try:
        _, err = p.communicate(timeout=LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        return ["hang"]
    bad = []
    if p.returncode != 0:
        bad.append(f"exit {p.returncode}: {err.decode()[-300:]}")
    got = rows(out)
    if len(got) != 6:
        bad.append(f"{len(got)} rows")
    crashed = [r.get("file") for r in got if "worker" in json.dumps(r.get("errors", []))]
    if crashed:
        bad.append(f"worker errors {crashed}")
    time.sleep(1)
    if left(p.pid):
        bad.append(f"left {left(p.pid)}")
    return bad


def b02(d: Path) -> list[str]:
    src, out = corpus(d), d / "out.jsonl"
    p = subprocess.Popen(
        [*CMD, str(src), "-o", str(out), "--jobs", "2", "-q"],
        start_new_session=True,
        preexec_fn=ignore_term,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    wait_rows(out, 1, p)
    os.killpg(p.pid, signal.SIGTERM)
    time.sleep(1)
    t0 = time.time()
    os.killpg(p.pid, signal.SIGINT)
    try:
        _, err = p.communicate(timeout=LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        return ["hang"]
    bad = []
    if p.returncode not in (130, 0):  # 0: the run finished before the Ctrl-C
        bad.append(f"exit {p.returncode}: {err.decode()[-300:]}")
    if time.time() - t0 > 60:
        bad.append(f"took {time.time() - t0:.0f} s")
    if "Traceback" in err.decode():
        bad.append("traceback")
    rows(out)
    time.sleep(1)
    if left(p.pid):
        bad.append(f"left {left(p.pid)}")
    return bad


def b03(d: Path) -> list[str]:
    src = corpus(d)
    p = subprocess.Popen(
        [*CMD, str(src), "--jobs", "2", "-q"],
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert p.stdout is not None
    p.stdout.read(100)
    p.stdout.close()
    t0 = time.time()
    try:
        p.wait(timeout=LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        return ["hang"]
    bad = []
    if time.time() - t0 > 60:
        bad.append(f"took {time.time() - t0:.0f} s")
    err = p.stderr.read().decode() if p.stderr else ""
    if "Traceback" in err:
        bad.append("traceback: " + err[-300:])
    time.sleep(1)
    if left(p.pid):
        bad.append(f"left {left(p.pid)}")
    return bad


CASES = {"b01": b01, "b02": b02, "b03": b03}


def main(argv: list[str]) -> int:
    wrong = 0
    for name in argv or list(CASES):
        d = WORK / name
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        t0 = time.time()
        bad = CASES[name](d)
        wrong += bool(bad)
        print("!!" if bad else "  ", name, f"{time.time() - t0:.1f} s", bad)
    print(f"WRONG cases: {wrong} of {len(argv or CASES)}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
