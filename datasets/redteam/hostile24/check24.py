"""Run and score the hostile24 red team: each case in fresh subprocesses under limits.

    python datasets/redteam/hostile24/check24.py                 # every case
    python datasets/redteam/hostile24/check24.py s01 m02         # cases whose id starts so
    python datasets/redteam/hostile24/check24.py --keep /tmp/h24 # keep the case directories

hostile23's harness (``../hostile23/check23.py``, which imports hostile22's, 21's, 20's and 19's)
is imported: its limits, snapshots, row reader, step kinds (``run``, ``cli``, ``py``, ``env``,
``close``, ``nofile``, ``bg``, ``signal``, ``during``, ``stdin``, ``tmpfs``...), actions and its
whole expectation vocabulary apply unchanged. What this set adds:

* in a step's arguments, ``{D}`` is the case directory (absolute paths, for a run whose working
  directory is gone);
* a step's ``close`` may name ``stdin`` too (the run starts with descriptor 0 closed);
  ``cwd_gone`` (the run starts in a directory that was removed, as a cron job's ``cd`` into a
  cleaned-up directory); ``vmem_mb`` (``ulimit -v``: the address space the run may use, so a
  MemoryError happens where the case wants it); ``stderr_head`` (standard error is a pipe whose
  reader takes that many bytes and leaves: ``annotate ... 2>&1 | head -c N``);
* ``at`` on a step: signals at moments, ``[{"file", "lines", "sig", "to", "delay"}]``: once
  ``file`` has ``lines`` lines (0: at the start) and ``delay`` seconds more have passed, ``sig``
  (HUP, INT, TERM, KILL, STOP, CONT) goes to the run's process group (``group``), the run only
  (``run``), or the run and every descendant of it (``tree``: STOP/CONT reach a tesseract or
  LibreOffice child even in a session of its own). A terminating signal marks the step as
  interrupted (its exit code is not judged); STOP/CONT do not;
* ``throttle`` on a step (``{"stop": s, "run": s}``): the run and its descendants are stopped
  ``stop`` seconds out of every ``stop + run`` for as long as the run lasts: a machine under load,
  as a process sees it (wall time passes, CPU time does not), without burning the shared CPUs;
* actions: ``cut_csv_records`` (keep the header and ``records`` whole CSV records, quoted
  newlines and all), ``hardlink`` (``link`` made a hard link to ``target``);
* expectations: ``allow_failed`` ([sources]: those rows may be anything, a library failure
  included: the case is about the rows after them), ``same_pairs`` ([[source, source]]: in the
  output, the two rows are equal but for ``source`` and ``id``; both must be there;
  ``same_pairs_if_read``: the same, judged only when neither row is an error row),
  ``symlinks_kept`` ([paths still symbolic links]), ``rows_in`` ({file: n}: rows in another
  output of the case).

It prints PASS/FAIL per case with what failed; it always exits 0.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
_spec = importlib.util.spec_from_file_location("check23", HERE.parent / "hostile23" / "check23.py")
assert _spec and _spec.loader
check23 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check23)
check22 = check23.check22
check21 = check23.check21
check20 = check23.check20
check19 = check23.check19
sys.path.insert(0, str(HERE))
import build24  # noqa: E402

SIGS = {
    "HUP": signal.SIGHUP,
    "INT": signal.SIGINT,
    "TERM": signal.SIGTERM,
    "KILL": signal.SIGKILL,
    "STOP": signal.SIGSTOP,
    "CONT": signal.SIGCONT,
}
PAUSING = ("STOP", "CONT")

_argv_of23 = check20.argv_of


def argv_of(step: dict) -> list[str]:
    close = list(step.get("close", []))
    inner = dict(step)
    inner["close"] = [c for c in close if c != "stdin"]
    argv = _argv_of23(inner)
    if "vmem_mb" in step:
        kb = int(step["vmem_mb"]) << 10
        argv = ["sh", "-c", f'ulimit -v {kb}; exec "$@"', "sh", *argv]
    if "stdin" in close:
        argv = ["sh", "-c", 'exec "$@" <&-', "sh", *argv]
    if "stderr_head" in step:
        n = int(step["stderr_head"])
        argv = [
            "bash",
            "-c",
            f'"$@" 2>&1 >/dev/null | head -c {n} >/dev/null; exit ${{PIPESTATUS[0]}}',
            "bash",
            *argv,
        ]
    if step.get("cwd_gone"):
        argv = [
            "sh",
            "-c",
            'mkdir -p .gone_cwd && cd .gone_cwd && rmdir "$PWD" && exec "$@"',
            "sh",
            *argv,
        ]
    return argv


check20.argv_of = argv_of  # check21's Running builds its command with it


def descendants(pid: int) -> list[int]:
    """The process and every process below it, by parent links (sessions do not matter)."""
    kids: dict[int, list[int]] = {}
    for p in Path("/proc").iterdir():
        if not p.name.isdigit():
            continue
        try:
            stat = (p / "stat").read_text()
            ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        kids.setdefault(ppid, []).append(int(p.name))
    out, todo = [], [pid]
    while todo:
        q = todo.pop()
        out.append(q)
        todo.extend(kids.get(q, []))
    return out


def _send_tree(pid: int, sig: int) -> None:
    for q in descendants(pid):
        try:
            os.kill(q, sig)
        except OSError:
            pass


def _subst(x, d: Path):
    if isinstance(x, str):
        return x.replace("{D}", str(d))
    if isinstance(x, list):
        return [_subst(v, d) for v in x]
    return x


_init21 = check21.Running.__init__
_poll22 = check21.Running.poll
_finish22 = check21.Running.finish


def _init(self, step: dict, case: dict, d: Path, log: Path, n: int) -> None:
    step = {k: (_subst(v, d) if k in ("run", "cli", "py") else v) for k, v in step.items()}
    _init21(self, step, case, d, log, n)
    self.at_seen: dict[int, float] = {}
    self.at_done: set[int] = set()
    self.throttle_stop = threading.Event()
    th = step.get("throttle")
    if th:
        pid = self.proc.pid

        def duty() -> None:
            while not self.throttle_stop.is_set():
                _send_tree(pid, signal.SIGSTOP)
                if self.throttle_stop.wait(th["stop"]):
                    break
                _send_tree(pid, signal.SIGCONT)
                self.throttle_stop.wait(th["run"])
            _send_tree(pid, signal.SIGCONT)

        self.throttler = threading.Thread(target=duty, daemon=True)
        self.throttler.start()


def _poll(self) -> bool:
    for k, ev in enumerate(self.step.get("at", [])):
        if k in self.at_done:
            continue
        if k not in self.at_seen:
            if ev.get("lines", 0) and check21.lines_in(self.d / ev["file"]) < ev["lines"]:
                continue
            self.at_seen[k] = time.monotonic()
        if time.monotonic() - self.at_seen[k] < ev.get("delay", 0):
            continue
        sig = SIGS[ev["sig"]]
        to = ev.get("to", "group")
        try:
            if to == "group":
                os.killpg(self.proc.pid, sig)
            elif to == "run":
                os.kill(self.proc.pid, sig)
            else:
                _send_tree(self.proc.pid, sig)
        except OSError:
            pass
        self.at_done.add(k)
        if ev["sig"] not in PAUSING and self.signalled is None:
            self.signalled = f"sig{ev['sig']}:{to}"
    return _poll22(self)


def _finish(self, status: int, rusage, killed: str | None) -> None:
    self.throttle_stop.set()
    _finish22(self, status, rusage, killed)


check21.Running.__init__ = _init
check21.Running.poll = _poll
check21.Running.finish = _finish


# ---------------------------------------------------------------- actions between steps


def do_action(step: dict, d: Path, bg: dict) -> None:
    act = step["do"]
    p = d / step["path"] if "path" in step else None
    if act == "cut_csv_records":
        assert p
        with open(p, newline="", encoding="utf-8", errors="surrogateescape") as f:
            recs = list(csv.reader(f))
        with open(p, "w", newline="", encoding="utf-8", errors="surrogateescape") as f:
            w = csv.writer(f)
            for r in recs[: 1 + step["records"]]:
                w.writerow(r)
    elif act == "hardlink":
        os.link(d / step["target"], d / step["link"])
    else:
        _do23(step, d, bg)


_do23 = check21.do_action
check21.do_action = do_action  # check21.run_case calls it between steps


# ---------------------------------------------------------------- what this set adds to score


_judge20 = check20.judge


def judge(spec: dict, case: dict, d: Path, results: list[dict], before: dict, before_last: dict) -> list[str]:
    fails = _judge20(spec, case, d, results, before, before_last)
    allowed = spec.get("allow_failed", [])
    if allowed:
        fails = [f for f in fails if not any(f.startswith(repr(a) + ": ") for a in allowed)]
    return fails


check20.judge = judge  # score_case and check21's per-step judgement call it


def _same(a: dict, b: dict) -> list[str]:
    keys = sorted(k for k in set(a) | set(b) if k not in ("source", "id") and a.get(k) != b.get(k))
    return keys


def extra24(spec: dict, d: Path, r: dict, refused_ok: bool) -> list[str]:
    fails = _extra23(spec, d, r, refused_ok)
    for name in spec.get("symlinks_kept", []):
        if not os.path.islink(d / name):
            fails.append(f"{name} is no longer a symbolic link (the link replaced, its target not written)")
    if refused_ok:
        return fails
    out = spec.get("out")
    rows = None
    if out and (d / out).exists():
        try:
            rows = check19.read_rows(d / out)
        except Exception:  # the base score says it is unreadable
            rows = None
    pairs = [(a, b, False) for a, b in spec.get("same_pairs", [])]
    pairs += [(a, b, True) for a, b in spec.get("same_pairs_if_read", [])]
    for a, b, if_read in pairs:
        ra = [x for x in rows or [] if check19.basename(x) == a]
        rb = [x for x in rows or [] if check19.basename(x) == b]
        if not ra or not rb:
            fails.append(f"no row for {a if not ra else b!r} (pair {a!r} / {b!r})")
            continue
        if if_read and (check19.codes(ra[0]) or check19.codes(rb[0])):
            continue  # an error row is judged by by_source
        keys = _same(ra[0], rb[0])
        if keys:
            fails.append(f"{a!r} differs from {b!r} (keys {keys[:6]})")
    for name, n in spec.get("rows_in", {}).items():
        p = d / name
        try:
            got = len(check19.read_rows(p)) if p.exists() else None
        except Exception as e:  # an unreadable output is the finding
            fails.append(f"{name} unreadable: {type(e).__name__}: {str(e)[:100]}")
            continue
        if got != n:
            fails.append(f"{name}: {got if got is not None else 'no file'} rows, expected {n}")
    return fails


_extra23 = check20.extra
check20.extra = extra24  # judge() calls it after hostile19's score
check21.build21 = build24  # check21.run_case builds each case with it


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
    base = keep or Path(tempfile.mkdtemp(prefix="hostile24-"))
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
