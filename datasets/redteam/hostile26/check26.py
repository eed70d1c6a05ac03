"""Run and score the hostile26 red team: each case in fresh subprocesses under limits.

    python datasets/redteam/hostile26/check26.py                 # every case
    python datasets/redteam/hostile26/check26.py a01 s02         # cases whose id starts so
    python datasets/redteam/hostile26/check26.py --keep /tmp/h26 # keep the case directories

hostile25's harness (``../hostile25/check25.py``, which imports hostile24's, 23's ... 19's) is
imported, not copied: its limits, snapshots, row reader, step kinds (``run``, ``cli``, ``py``,
``env``, ``close``, ``bg``, ``signal``, ``during``, ``at``, ``throttle``...), actions and its
whole expectation vocabulary apply unchanged. What this set adds:

* ``{D}`` (the case directory) in a step's ``env`` values too (``TMPDIR={D}/tmp``: a
  conversion's temporary files, and the helper processes that name them, are the case's);
* ``at`` may send its signal to the busiest worker of the run (``"to": "worker"``: any signal,
  where hostile21's ``signal`` only SIGKILLs it), and may wait for a process naming a string to
  exist before its ``delay`` starts (``"when_process": ["--convert-to", "{D}/tmp"]``: every string
  named, LibreOffice converting; added after the first reading, where a signal 3 s after the
  start came before LibreOffice started);
* expectations: ``no_process_with`` ([strings, ``{D}`` allowed]: 20 s after the last step no
  process of the machine names one in its command line or environment: a LibreOffice left
  behind by a killed worker; any found are then ended, by their ids), ``dir_names_only``
  ({dir: [names]}: the directory holds those entries and no other: no temporary file left).

It prints PASS/FAIL per case with what failed; it always exits 0.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("check25", HERE.parent / "hostile25" / "check25.py")
assert _spec and _spec.loader
check25 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check25)
check24 = check25.check24
check23 = check25.check23
check21 = check25.check21
check20 = check25.check20
check19 = check25.check19
sys.path.insert(0, str(HERE))
import build26  # noqa: E402

SIGS = check24.SIGS


_init25 = check21.Running.__init__
_poll25 = check21.Running.poll


def _init(self, step: dict, case: dict, d: Path, log: Path, n: int) -> None:
    if "env" in step:
        step = dict(step, env={k: str(v).replace("{D}", str(d)) for k, v in step["env"].items()})
    # this set's events are kept from hostile24's ``at``, which would send them on its own
    # clock (it knows neither key): the first after-fix reading's s02/s03 signals at 1 s
    mine = [ev for ev in step.get("at", []) if ev.get("to") == "worker" or "when_process" in ev]
    if mine:
        step = dict(step, at=[ev for ev in step["at"] if ev not in mine], at26=mine)
    _init25(self, step, case, d, log, n)
    self.at26_seen: dict[int, float] = {}
    self.at26_done: set[int] = set()


def _poll(self) -> bool:
    """hostile24's ``at``, with ``"to": "worker"`` sent here (the others go on to 24's)."""
    for k, ev in enumerate(self.step.get("at26", [])):
        if k in self.at26_done:
            continue
        if k not in self.at26_seen:
            if ev.get("lines", 0) and check21.lines_in(self.d / ev["file"]) < ev["lines"]:
                continue
            if "when_process" in ev and not _naming_all(
                [w.replace("{D}", str(self.d)) for w in ev["when_process"]]
            ):
                continue
            self.at26_seen[k] = time.monotonic()
        if time.monotonic() - self.at26_seen[k] < ev.get("delay", 0):
            continue
        to = ev.get("to", "group")
        try:
            if to == "worker" and "when_process" in ev:
                # the worker whose descendant the awaited process is (the one converting)
                found = _naming_all([w.replace("{D}", str(self.d)) for w in ev["when_process"]])
                worker = _child_above(found[0], self.proc.pid) if found else None
                if worker is None:
                    continue
                os.kill(worker, SIGS[ev["sig"]])
            elif to == "worker":
                kids = [c for c in check21.children(self.proc.pid) if "resource_tracker" not in c[2]]
                if not kids:
                    continue  # no worker yet: try again
                os.kill(max(kids, key=lambda c: c[1])[0], SIGS[ev["sig"]])
            elif to == "run":
                os.kill(self.proc.pid, SIGS[ev["sig"]])
            else:
                os.killpg(self.proc.pid, SIGS[ev["sig"]])
        except OSError:
            pass
        self.at26_done.add(k)
        if to != "worker" and ev["sig"] not in check24.PAUSING and self.signalled is None:
            self.signalled = f"sig{ev['sig']}:{to}"
    return _poll25(self)


check21.Running.__init__ = _init
check21.Running.poll = _poll


def _naming(needles: list[str]) -> list[int]:
    """Processes (not this one) whose command line or environment holds one of ``needles``."""
    found = []
    for p in Path("/proc").iterdir():
        if not p.name.isdigit() or int(p.name) == os.getpid():
            continue
        try:
            blob = (p / "cmdline").read_bytes() + b"\0" + (p / "environ").read_bytes()
            state = (p / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z" and any(n.encode() in blob for n in needles):
            found.append(int(p.name))
    return found


def _child_above(pid: int, run: int) -> int | None:
    """The child of ``run`` that ``pid`` descends from (None: it does not, by parent ids; a
    helper in a session of its own keeps its parent id)."""
    for _ in range(64):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return None
        parent = int(stat[stat.rindex(")") + 2 :].split()[1])
        if parent == run:
            return pid
        if parent <= 1:
            return None
        pid = parent
    return None


def _naming_all(needles: list[str]) -> list[int]:
    """Processes whose command line and environment hold every one of ``needles``."""
    return [p for p in _naming(needles[:1]) if all(p in _naming([n]) for n in needles[1:])]


_judge25 = check20.judge


def judge(spec: dict, case: dict, d: Path, results: list[dict], before: dict, before_last: dict) -> list[str]:
    fails = _judge25(spec, case, d, results, before, before_last)
    needles = [s.replace("{D}", str(d)) for s in spec.get("no_process_with", [])]
    if needles:
        left: list[int] = []
        for _ in range(200):
            left = _naming(needles)
            if not left:
                break
            time.sleep(0.1)
        if left:
            names = []
            for pid in left:
                try:
                    names.append(Path(f"/proc/{pid}/comm").read_text().strip())
                except OSError:
                    pass
            fails.append(f"{len(left)} process(es) of the case still running 20 s after it: {sorted(set(names))}")
            for pid in left:  # started by this case's runs: ended by their ids
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
    for name, allowed in spec.get("dir_names_only", {}).items():
        p = d / name
        got = sorted(os.listdir(p)) if p.is_dir() else []
        extra = sorted(set(got) - set(allowed))
        if extra:
            fails.append(f"{name}/ holds {extra} besides {sorted(allowed)}")
    return fails


check20.judge = judge
check21.build21 = build26


def main(argv: list[str]) -> int:
    keep = None
    if "--keep" in argv:
        i = argv.index("--keep")
        keep = Path(argv[i + 1])
        del argv[i : i + 2]
    cases = [
        json.loads(line)
        for line in (HERE / "expect.jsonl").read_text(encoding="utf-8").split("\n")
        if line.strip()
    ]
    if argv:
        cases = [c for c in cases if any(c["id"].startswith(a) for a in argv)]
    base = keep or Path(tempfile.mkdtemp(prefix="hostile26-"))
    base.mkdir(parents=True, exist_ok=True)
    passed = 0
    for case in cases:
        try:
            fails, results = check21.run_case(case, base)
        except Exception as e:  # a harness error is said; the other cases still run
            fails, results = [f"harness error: {type(e).__name__}: {e}"], []
        cost = ", ".join(f"{r['cpu']} s CPU {r['wall']} s wall {r['maxrss_mb']} MB" for r in results)
        verdict = "PASS" if not fails else "FAIL"
        passed += not fails
        print(f"{verdict} {case['id']} [{cost}]", flush=True)
        for f in fails:
            print(f"     - {f}", flush=True)
        if keep is None:
            for p in (base / case["id"], base / (case["id"] + ".keep")):
                try:
                    check23.rm_deep(p)
                except OSError:
                    shutil.rmtree(p, ignore_errors=True)
    print(f"{passed}/{len(cases)} cases pass")
    if keep is None:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
