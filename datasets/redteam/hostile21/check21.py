"""Run and score the hostile21 red team: each case in fresh subprocesses under limits.

    python datasets/redteam/hostile21/check21.py                 # every case
    python datasets/redteam/hostile21/check21.py c01 a03         # cases whose id starts so
    python datasets/redteam/hostile21/check21.py --keep /tmp/h21 # keep the case directories

hostile20's harness (``../hostile20/check.py``, which imports hostile19's) is imported: its
limits, snapshots, row reader, step kinds (``run``, ``cli``, ``py``, ``fsize_kb``,
``drop_dac``) and its whole expectation vocabulary (``score_case``: hostile19's ``score``
plus ``any_of``, ``message_any``, ``valid_or_absent``...) apply unchanged. What this set
adds, because its cases run processes at once, signal them, and change files under them:

* a step may run in the background (``bg``: the harness goes on; ``{"do": "wait_bg"}``
  waits for it and scores it as a step), send a signal once a file has ``lines`` lines
  (``signal``: ``{"file", "lines", "sig": "INT"|"TERM"|"KILL", "to": "group"|"run"|"worker"}``;
  ``worker`` SIGKILLs the busiest child of the run, as an OOM killer would), run actions once
  a file has that many lines (``during``: ``{"file", "lines", "do": [actions]}``), have its
  standard output read by a reader that stops after ``pipe_head`` bytes and closes the pipe,
  or have a FIFO read the same way (``fifo_reader``: ``{"path", "bytes"}``);
* ``no_orphans`` on a step: every process of the step's session has ended within 15 s of
  the run's end;
* actions: ``wait_lines``, ``wait_bg``, ``symlink``, ``replace_fifo``, ``replace_dir``,
  ``truncate``, ``age_rows`` (rows as another library version wrote them), ``replicate_distinct``
  (rows of many distinct agencies), ``huge_fields`` (a row with fields of tens of MB);
* expectations: ``files_absent`` (paths that must not exist after, relative to the case
  directory), ``if_present`` ({source: outcomes} judged only when the source has a row),
  ``warning_or_error_any`` ({source: [words]}: the row has an error, or a warning holding
  one of the words), ``step_rows`` on a step ({file: n}: rows in the file right after it).

It prints PASS/FAIL per case with what failed; it always exits 0.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
_spec = importlib.util.spec_from_file_location("check20", HERE.parent / "hostile20" / "check.py")
assert _spec and _spec.loader
check20 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check20)
check19 = check20.check19
sys.path.insert(0, str(HERE))
import build21  # noqa: E402

SIGS = {"INT": signal.SIGINT, "TERM": signal.SIGTERM, "KILL": signal.SIGKILL}
# A CSV field of megabytes is valid CSV (RFC 4180), which Python's csv module refuses past
# 128 KiB by default: the harness reads such files whole (q02's first reading failed on it).
csv.field_size_limit(sys.maxsize)


def lines_in(p: Path) -> int:
    try:
        return p.read_bytes().count(b"\n")
    except OSError:
        return 0


def children(pid: int) -> list[tuple[int, float, str]]:
    """(pid, CPU seconds, cmdline) of the direct children of ``pid``."""
    out = []
    for p in Path("/proc").iterdir():
        if not p.name.isdigit():
            continue
        try:
            stat = (p / "stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            if int(fields[1]) != pid or fields[0] == "Z":
                continue
            cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            cmd = (p / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            out.append((int(p.name), cpu, cmd))
        except (OSError, ValueError, IndexError):
            pass
    return out


def kill_busiest_worker(pid: int) -> int | None:
    kids = [k for k in children(pid) if "resource_tracker" not in k[2]]
    if not kids:
        return None
    victim = max(kids, key=lambda k: k[1])[0]
    try:
        os.kill(victim, signal.SIGKILL)
    except OSError:
        return None
    return victim


def fifo_reader(path: Path, n: int) -> threading.Thread:
    def read() -> None:
        try:
            with open(path, "rb") as f:
                f.read(n)
        except OSError:
            pass

    t = threading.Thread(target=read, daemon=True)
    t.start()
    return t


def unblock_fifo(path: Path) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
    except OSError:
        pass


class Running:
    """One step's process, started and watched until it ends."""

    def __init__(self, step: dict, case: dict, d: Path, log: Path, n: int) -> None:
        self.step, self.case, self.d, self.n = step, case, d, n
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        mem_mb = case.get("mem_mb", 800)
        self.out_path = log / f"step{n}.out"
        self.err_path = log / f"step{n}.err"
        self.err = open(self.err_path, "wb")
        self.reader = None
        if "fifo_reader" in step:
            fr = step["fifo_reader"]
            self.reader = fifo_reader(d / fr["path"], fr["bytes"])
        piped = "pipe_head" in step
        self.out = None if piped else open(self.out_path, "wb")
        self.t0 = time.monotonic()
        self.proc = subprocess.Popen(
            check20.argv_of(step),
            cwd=d,
            env=env,
            stdout=subprocess.PIPE if piped else self.out,
            stderr=self.err,
            stdin=subprocess.DEVNULL,
            preexec_fn=check20.limits(
                step.get("cpu_s", case.get("cpu_s", 120)),
                max(3 * mem_mb, 2048),
                step.get("fsize_kb"),
            ),
            start_new_session=True,
        )
        if piped:
            assert self.proc.stdout
            got = self.proc.stdout.read(step["pipe_head"])
            self.out_path.write_bytes(got)
            self.proc.stdout.close()
        self.signalled = None
        self.during_done = False

    def poll(self) -> bool:
        """Watch once; True when the process has ended (and was reaped)."""
        pid, status, rusage = os.wait4(self.proc.pid, os.WNOHANG)
        if pid:
            self.finish(status, rusage, None)
            return True
        if time.monotonic() - self.t0 > self.case.get("timeout_s", 300):
            os.killpg(self.proc.pid, signal.SIGKILL)
            _, status, rusage = os.wait4(self.proc.pid, 0)
            self.finish(status, rusage, "timeout")
            return True
        sig = self.step.get("signal")
        if sig and self.signalled is None and lines_in(self.d / sig["file"]) >= sig["lines"]:
            to = sig.get("to", "run")
            if to == "group":
                os.killpg(self.proc.pid, SIGS[sig["sig"]])
            elif to == "run":
                os.kill(self.proc.pid, SIGS[sig["sig"]])
            else:
                if kill_busiest_worker(self.proc.pid) is None:
                    return False  # no worker yet: try again
            self.signalled = f"sig{sig['sig']}:{to}"
        dur = self.step.get("during")
        if dur and not self.during_done and lines_in(self.d / dur["file"]) >= dur["lines"]:
            for act in dur["do"]:
                do_action(act, self.d, {})
            self.during_done = True
        return False

    def finish(self, status: int, rusage, killed: str | None) -> None:
        self.err.close()
        if self.out:
            self.out.close()
        orphans: list[int] = []
        if self.step.get("no_orphans"):
            for _ in range(150):
                orphans = check19.session_alive(self.proc.pid)
                if not orphans:
                    break
                time.sleep(0.1)
        for pid in check19.session_alive(self.proc.pid):  # ours to end: this step's session
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        if self.reader is not None and self.reader.is_alive():
            unblock_fifo(self.d / self.step["fifo_reader"]["path"])
        sig = self.signalled
        self.result = {
            "rc": os.waitstatus_to_exitcode(status),
            "wall": round(time.monotonic() - self.t0, 1),
            "cpu": round(rusage.ru_utime + rusage.ru_stime, 1),
            "maxrss_mb": round(rusage.ru_maxrss / 1024),
            "killed": killed or (sig if sig and sig != "sigKILL:worker" else None),
            "stderr": self.err_path.read_text(errors="replace"),
            "stdout_path": self.out_path,
            "orphans": orphans,
            "index": self.n,
        }

    def wait(self) -> dict:
        while not self.poll():
            time.sleep(0.1)
        return self.result


# ---------------------------------------------------------------- actions between steps


def _rows(p: Path) -> list[str]:
    return p.read_text(encoding="utf-8").split("\n")


def do_action(step: dict, d: Path, bg: dict) -> None:
    act = step["do"]
    p = d / step["path"] if "path" in step else None
    if act == "wait_lines":
        assert p
        t0 = time.monotonic()
        while lines_in(p) < step["lines"] and time.monotonic() - t0 < step.get("timeout", 300):
            time.sleep(0.1)
    elif act == "wait_bg":
        pass  # handled by run_case
    elif act == "symlink":
        os.symlink(step["target"], d / step["link"])
    elif act == "replace_fifo":
        assert p
        p.unlink()
        os.mkfifo(p)
    elif act == "replace_dir":
        assert p
        p.unlink()
        p.mkdir()
    elif act == "truncate":
        assert p
        with open(p, "r+b") as f:
            f.truncate(0)
    elif act == "age_rows":  # every row as another library version wrote it
        assert p
        lines = _rows(p)
        for k, line in enumerate(lines):
            if not line.strip():
                continue
            row = json.loads(line)
            row["govinfo_nlp_version"] = "0.0.1"
            models = row.get("models")
            if isinstance(models, dict):
                row["models"] = {
                    key: ("0" * len(v) if key.endswith("sha256") and isinstance(v, str) else v)
                    for key, v in models.items()
                }
            lines[k] = json.dumps(row, ensure_ascii=False)
        p.write_text("\n".join(lines), encoding="utf-8")
    elif act == "replicate_distinct":
        src = json.loads(_rows(d / step["src"])[0])
        keep = dict(
            list({k: v for k, v in sorted(src.get("tables", {}).items()) if k.endswith(".total")}.items())[:12]
        )
        base = {k: src[k] for k in ("template", "govinfo_nlp_version", "schema_version") if k in src}
        chars = "安宁长乐永和太平兴隆清河光明富顺高坪城关新城东湖西山南岸北塘青山白云红旗金牛武侯"
        bodies = ["局", "委员会", "办公室", "中心", "管理局"]
        meta0 = src.get("metadata") or {}
        region = {"province": "四川省", "city": "绵阳市", "county": None, "code": None}
        with open(d / step["dst"], "w", encoding="utf-8") as f:
            for i in range(step["n"]):
                a = i // 2  # each agency two years
                name = chars[a % 40] + chars[(a // 40) % 40] + chars[(a // 1600) % 40] + bodies[(a // 64000) % 5]
                full = "绵阳市" + name
                meta = dict(
                    meta0,
                    agency=full,
                    agency_as_written=(name if i % 3 == 0 else full),
                    year=2020 + i % 2,
                    region=region,
                    level="city",
                    kind="department",
                )
                row = dict(base, id=f"{i:016x}", source=f"in/r{i:06d}.txt", metadata=meta, tables=keep, errors=[], warnings=[])
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif act == "huge_fields":
        assert p
        lines = _rows(p)
        row = json.loads(lines[1])
        meta = row.get("metadata") or {}
        meta["agency_as_written"] = "某" * 5_000_000
        row["metadata"] = meta
        row["warnings"] = [*row.get("warnings", []), "metadata.agency: " + "警" * 5_000_000]
        row["text"] = str(row.get("text", "")) + "字" * 10_000_000
        facts = row.get("facts") or []
        if facts:
            row["facts"] = facts * (100_000 // len(facts) + 1)
        lines[1] = json.dumps(row, ensure_ascii=False)
        p.write_text("\n".join(lines), encoding="utf-8")
    else:
        check20.do_action(step, d)


# ---------------------------------------------------------------- what this set adds to score


def extra21(spec: dict, d: Path, r: dict, refused_ok: bool) -> list[str]:
    fails = _extra20(spec, d, r, refused_ok)
    for name in spec.get("files_absent", []):
        if os.path.lexists(d / name):
            fails.append(f"ESCAPED: {name} exists")
    if refused_ok:
        return fails
    out = spec.get("out")
    rows = None
    if out and (d / out).exists():
        try:
            rows = check19.read_rows(d / out)
        except Exception:  # noqa: BLE001 - the base score says it is unreadable
            rows = None
    for name, allowed in spec.get("if_present", {}).items():
        for row in [x for x in rows or [] if check19.basename(x) == name]:
            if not check20.outcome_ok(row, allowed):
                fails.append(f"{name!r}: {check19.describe(row)} (expected {' or '.join(allowed)})")
    for name, words in spec.get("warning_or_error_any", {}).items():
        for row in [x for x in rows or [] if check19.basename(x) == name]:
            if check19.codes(row):
                continue
            warns = " ".join(str(w) for w in row.get("warnings") or [])
            if not any(w.lower() in warns.lower() for w in words):
                fails.append(f"{name!r}: a good row with no warning naming {words} (silent truncation?)")
    return fails


_extra20 = check20.extra
check20.extra = extra21  # judge() calls it after hostile19's score


def run_case(case: dict, base: Path) -> tuple[list[str], list[dict]]:
    d = base / case["id"]
    if d.exists():
        shutil.rmtree(d, ignore_errors=True)
    # built in a process of its own: building i01 (400 PIL pages) takes ~870 MB, and a
    # child forked after it inherits that high-water mark in ru_maxrss, so every later
    # case's library run was measured over its memory bound (session 26)
    # (forked, so a later round's builder put in check21.build21 is the one run)
    builder = multiprocessing.get_context("fork").Process(target=build21.build, args=(case["id"], d))
    builder.start()
    builder.join()
    if builder.exitcode != 0:
        raise RuntimeError(f"building {case['id']} failed (exit {builder.exitcode})")
    log = base / (case["id"] + ".log")
    log.mkdir(exist_ok=True)
    before = check19.snapshot(d)
    results: list[dict] = []
    before_last = before
    step_fails: list[str] = []
    background: list[Running] = []
    bg: dict = {}

    def judge_step(step: dict, i: int, r: dict, snap: dict) -> None:
        if "expect" in step:
            for f in check20.judge(step["expect"], case, d, [r], snap, snap):
                step_fails.append(f if f.startswith("step ") else f"step {i}: {f}")
        for name, n in step.get("step_rows", {}).items():
            try:
                got = len(check19.read_rows(d / name))
            except Exception as e:  # noqa: BLE001
                step_fails.append(f"step {i}: {name} unreadable: {type(e).__name__}")
                continue
            if got != n:
                step_fails.append(f"step {i}: {name} has {got} rows, expected {n} (one per input)")

    for i, step in enumerate(case["steps"]):
        if "do" in step:
            if step["do"] == "wait_bg":
                for run in background:
                    r = run.wait()
                    results.append(r)
                    judge_step(run.step, run.n, r, run.snap)
                background = []
            else:
                # keep background runs watched (signals, timeouts) while an action waits
                if step["do"] == "wait_lines":
                    t0 = time.monotonic()
                    target = d / step["path"]
                    while lines_in(target) < step["lines"] and time.monotonic() - t0 < step.get("timeout", 300):
                        for run in background:
                            if not hasattr(run, "result"):
                                run.poll()
                        time.sleep(0.1)
                else:
                    do_action(step, d, bg)
            continue
        before_last = check19.snapshot(d)
        run = Running(step, case, d, log, i)
        run.snap = before_last
        if step.get("bg"):
            background.append(run)
            continue
        while not run.poll():
            for other in background:
                if not hasattr(other, "result"):
                    other.poll()
            time.sleep(0.1)
        results.append(run.result)
        judge_step(step, i, run.result, before_last)
    for run in background:  # a case that forgot to wait
        results.append(run.wait())
    results.sort(key=lambda r: r["index"])
    fails = check20.score_case(case, d, results, before, before_last)
    return [f for f in step_fails if f not in fails and "  " + f not in fails] + fails, results


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
    base = keep or Path(tempfile.mkdtemp(prefix="hostile21-"))
    base.mkdir(parents=True, exist_ok=True)
    passed = 0
    for case in cases:
        fails, results = run_case(case, base)
        cost = ", ".join(f"{r['cpu']} s CPU {r['wall']} s wall {r['maxrss_mb']} MB" for r in results)
        verdict = "PASS" if not fails else "FAIL"
        passed += not fails
        print(f"{verdict} {case['id']} [{cost}]", flush=True)
        for f in fails:
            print(f"     - {f}", flush=True)
        if keep is None:
            shutil.rmtree(base / case["id"], ignore_errors=True)
    print(f"{passed}/{len(cases)} cases pass")
    if keep is None:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
