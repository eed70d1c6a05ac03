"""Run and score the hostile19 red team: each case in fresh subprocesses under limits.

    python datasets/redteam/hostile19/check.py                 # every case
    python datasets/redteam/hostile19/check.py h01 b06         # cases whose id starts so
    python datasets/redteam/hostile19/check.py --keep /tmp/h19 # keep the case directories

Each case of ``expect.jsonl`` is built by ``build.py`` into its own directory, then its
steps run there (``cwd`` = the case directory) as ``govinfo-nlp annotate
...`` (the ``govinfo-nlp`` script's entry point, from the checkout on PYTHONPATH)
with RLIMIT_CPU (``cpu_s``, per process: workers inherit it), RLIMIT_AS (three times
``mem_mb``, at least 2 GiB: a guard for the machine, not the measure) and a wall-clock
kill (``timeout_s``). Peak memory is the largest resident set of the run and the workers
it reaped (``wait4``), compared with ``mem_mb``. A case passes when every expectation
holds; the line printed says which did not. Exit 0 always: this is a reading, not a gate.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
import build  # noqa: E402

# the installed ``govinfo-nlp`` script's entry point (pyproject.toml), run from this checkout
ENTRY = "import sys; from govinfo_nlp.cli import main; sys.exit(main())"

# codes that say the library itself failed (a bug), never a clear error for a user
BUG_CODES = ("parse.failed", "worker.crashed")


def snapshot(d: Path) -> dict[str, str]:
    out = {}
    for p in sorted(d.rglob("*")):
        try:
            if p.is_symlink():
                out[str(p.relative_to(d))] = "link:" + os.readlink(p)
            elif p.is_dir():
                out[str(p.relative_to(d))] = "dir"
            elif p.is_file():
                out[str(p.relative_to(d))] = hashlib.sha256(p.read_bytes()).hexdigest()
        except OSError as e:
            out[str(p.relative_to(d))] = f"err:{e}"
    return out


def limits(cpu_s: int, as_mb: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 5))
        resource.setrlimit(resource.RLIMIT_AS, (as_mb << 20, as_mb << 20))

    return apply


def session_alive(sid: int) -> list[int]:
    pids = []
    for p in Path("/proc").iterdir():
        if not p.name.isdigit():
            continue
        try:
            stat = (p / "stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            if int(fields[3]) == sid and fields[0] != "Z":
                pids.append(int(p.name))
        except (OSError, ValueError, IndexError):
            pass
    return pids


def run_step(step: dict, case: dict, d: Path, log: Path, n: int) -> dict:
    argv = [sys.executable, "-c", ENTRY, "annotate", *step["run"]]
    if "-q" not in step["run"]:
        argv.append("-q")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    mem_mb = case.get("mem_mb", 800)
    out = open(log / f"step{n}.out", "wb")
    err = open(log / f"step{n}.err", "wb")
    t0 = time.monotonic()
    proc = subprocess.Popen(
        argv,
        cwd=d,
        env=env,
        stdout=out,
        stderr=err,
        stdin=subprocess.DEVNULL,
        preexec_fn=limits(case.get("cpu_s", 120), max(3 * mem_mb, 2048)),
        start_new_session=True,
    )
    killed_by_us = None
    kill_after = step.get("kill9_after_lines")
    rusage = None
    status = None
    while True:
        pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        elapsed = time.monotonic() - t0
        if elapsed > case.get("timeout_s", 300):
            os.killpg(proc.pid, signal.SIGKILL)
            killed_by_us = "timeout"
            _, status, rusage = os.wait4(proc.pid, 0)
            break
        if kill_after and killed_by_us is None:
            f = d / kill_after[0]
            if f.exists() and f.read_bytes().count(b"\n") >= kill_after[1]:
                os.kill(proc.pid, signal.SIGKILL)  # the run only: its workers must follow
                killed_by_us = "kill9"
        time.sleep(0.1)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - t0
    out.close()
    err.close()
    res = {
        "rc": proc.returncode,
        "wall": round(wall, 1),
        "cpu": round(rusage.ru_utime + rusage.ru_stime, 1),
        "maxrss_mb": round(rusage.ru_maxrss / 1024),
        "killed": killed_by_us,
        "stderr": (log / f"step{n}.err").read_text(errors="replace"),
        "stdout_path": log / f"step{n}.out",
    }
    if killed_by_us == "kill9":
        orphans = []
        for _ in range(150):
            orphans = session_alive(proc.pid)
            if not orphans:
                break
            time.sleep(0.1)
        res["orphans"] = orphans
        for pid in orphans:  # ours to end: the session this step started
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
    return res


def do_action(step: dict, d: Path) -> None:
    act = step["do"]
    if act == "copy":
        shutil.copyfile(d / step["src"], d / step["dst"])
    elif act == "cut_jsonl_rows":
        # keep `rows` whole lines, then `partial` bytes of the next; drop the final
        # newline when `no_newline` (a kill between the row and its newline)
        data = (d / step["path"]).read_bytes()
        lines = data.split(b"\n")
        keep = b"\n".join(lines[: step["rows"]])
        if not step.get("no_newline"):
            keep += b"\n"
        keep += lines[step["rows"]][: step.get("partial", 0)]
        (d / step["path"]).write_bytes(keep)
    elif act == "cut_half":
        data = (d / step["path"]).read_bytes()
        (d / step["path"]).write_bytes(data[: len(data) // 2])
    else:
        raise ValueError(act)


def read_rows(path: Path) -> list[dict]:
    if path.suffix == ".csv":
        with open(path, newline="", encoding="utf-8", errors="surrogateescape") as f:
            rows = list(csv.DictReader(f))
        for r in rows:
            for k in ("errors", "warnings"):
                v = r.get(k)
                if isinstance(v, str) and v.startswith("["):
                    try:
                        r[k] = json.loads(v)
                    except ValueError:
                        pass
                elif isinstance(v, str):
                    r[k] = [x for x in v.split("\n") if x] if v else []
        return rows
    if path.suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    text = path.read_bytes().decode("utf-8")  # invalid UTF-8 is itself a failure
    return [json.loads(line) for line in text.split("\n") if line.strip()]


def codes(row: dict) -> list[tuple[str, str]]:
    errs = row.get("errors") or []
    if isinstance(errs, str):
        errs = [errs]
    out = []
    for e in errs:
        if isinstance(e, dict):
            out.append((e.get("code", ""), e.get("message", "")))
        else:
            code, _, msg = str(e).partition(": ")
            out.append((code, msg))
    return out


def outcome_ok(row: dict, allowed: list[str]) -> bool:
    cs = codes(row)
    for a in allowed:
        if a == "good" and not cs:
            return True
        code, _, text = a.partition("~")
        for c, m in cs:
            if c in BUG_CODES or c.endswith(".failed"):
                continue
            if (c == code or (code.endswith(".") and c.startswith(code))) and (
                not text or any(t.lower() in m.lower() for t in text.split("|"))
            ):
                return True
    return False


def describe(row: dict) -> str:
    cs = codes(row)
    return "good" if not cs else "; ".join(f"{c}: {m[:90]}" for c, m in cs)


def basename(row: dict) -> str:
    return os.path.basename(str(row.get("source", "")))


def score(case: dict, d: Path, results: list[dict], before: dict, before_last: dict) -> list[str]:
    fails = []
    last = results[-1]
    for i, r in enumerate(results):
        if r["killed"] == "timeout":
            fails.append(f"step {i}: HANG (killed after {r['wall']} s wall)")
        if r["rc"] in (-signal.SIGXCPU, -signal.SIGKILL) and r["killed"] is None:
            fails.append(f"step {i}: killed by the CPU limit ({case.get('cpu_s', 120)} s)")
        if "Traceback (most recent call last)" in r["stderr"]:
            tail = r["stderr"].strip().splitlines()[-1][:160]
            fails.append(f"step {i}: traceback on stderr: {tail}")
        if r["maxrss_mb"] > case.get("mem_mb", 800):
            fails.append(f"step {i}: peak RSS {r['maxrss_mb']} MB > {case.get('mem_mb', 800)} MB")
        if r.get("orphans"):
            fails.append(f"step {i}: {len(r['orphans'])} worker process(es) outlived the killed run")
        want = case["steps"][r["index"]].get("exit", "zero")
        if r["killed"] is None:
            if want == "zero" and r["rc"] != 0:
                fails.append(f"step {i}: exit {r['rc']}, expected 0: {r['stderr'].strip()[-200:]}")
            if want == "nonzero" and r["rc"] == 0:
                fails.append(f"step {i}: exit 0, expected a refusal or an error")
            if want == "nonzero" and r["rc"] != 0 and not r["stderr"].strip():
                fails.append(f"step {i}: exit {r['rc']} without a message")
    after = snapshot(d)
    for p in case.get("unchanged", []):
        if before.get(p) != after.get(p):
            fails.append(f"LOST: {p} changed or removed ({before.get(p, '?')[:12]} -> {after.get(p, 'gone')[:12]})")
    refused = last["rc"] != 0 and last["killed"] is None
    if refused and case.get("refusal_ok"):
        if not last["stderr"].strip():
            fails.append("refused without a message")
        for p, h in before_last.items():
            if after.get(p) != h:
                fails.append(f"refused but changed {p}")
        return fails
    out = case.get("out")
    if out is None:
        return fails
    path = d / out if out != "-" else last["stdout_path"]
    if not path.exists():
        fails.append(f"no output {out}")
        return fails
    try:
        rows = read_rows(path)
    except Exception as e:  # noqa: BLE001 - a broken output is the finding
        fails.append(f"output {out} unreadable: {type(e).__name__}: {str(e)[:120]}")
        return fails
    n = case.get("rows")
    if isinstance(n, int) and len(rows) != n:
        fails.append(f"{len(rows)} rows, expected {n}")
    if isinstance(n, list) and not n[0] <= len(rows) <= n[1]:
        fails.append(f"{len(rows)} rows, expected {n[0]}..{n[1]}")
    for row in rows:
        cs = codes(row)
        bugs = [c for c, _ in cs if c in BUG_CODES or c.endswith(".failed")]
        if bugs:
            fails.append(f"{basename(row)!r}: library failure {describe(row)}")
    for name, allowed in case.get("by_source", {}).items():
        hits = [r for r in rows if basename(r) == name]
        if not hits:
            fails.append(f"no row for {name!r}")
        for r in hits:
            if not outcome_ok(r, allowed):
                fails.append(f"{name!r}: {describe(r)} (expected {' or '.join(allowed)})")
    for name in case.get("once", []):
        k = sum(basename(r) == name for r in rows)
        if k != 1:
            fails.append(f"{name!r} has {k} rows, expected 1")
    if "all_rows" in case:
        bad = [r for r in rows if not outcome_ok(r, case["all_rows"])]
        if bad:
            fails.append(f"{len(bad)} rows not {case['all_rows']}: first {basename(bad[0])!r}: {describe(bad[0])}")
    if case.get("distinct_ids"):
        ids = [r.get("id") for r in rows]
        if len(set(ids)) != len(ids):
            fails.append(f"duplicate ids {ids}")
        srcs = [r.get("source") for r in rows]
        if len(set(srcs)) != len(srcs):
            fails.append(f"duplicate sources {srcs}")
    if "sources" in case:
        got = sorted(basename(r) for r in rows)
        if got != sorted(case["sources"]):
            fails.append(f"sources {got!r} != {sorted(case['sources'])!r}")
    if "absent_text" in case:
        blob = path.read_bytes().decode("utf-8", "replace") + last["stderr"]
        if case["absent_text"] in blob:
            fails.append(f"LEAK: output holds {case['absent_text']!r}")
    if "same_rows_as" in case:
        ref = read_rows(d / case["same_rows_as"])
        if ref != rows:
            diff = [i for i, (a, b) in enumerate(zip(ref, rows)) if a != b]
            fails.append(f"differs from the uninterrupted run: {len(rows)} rows vs {len(ref)}, rows differing {diff[:5]}")
    for name, ref_name in case.get("same_as_source", {}).items():
        a = [r for r in rows if basename(r) == name]
        b = [r for r in rows if basename(r) == ref_name]
        if a and b and not codes(a[0]):  # compared when read, not when refused
            for key in ("tables", "metadata"):
                va, vb = a[0].get(key), b[0].get(key)
                if key == "metadata" and isinstance(va, dict) and isinstance(vb, dict):
                    va, vb = va.get("agency"), vb.get("agency")
                if va != vb:
                    fails.append(f"{name!r}: {key} differs from {ref_name!r}'s ({str(va)[:60]} vs {str(vb)[:60]})")
    if case.get("unchanged_by_last") and before_last.get(out) != snapshot(d).get(out):
        fails.append(f"the last run changed {out} (it had nothing to do)")
    return fails


def run_case(case: dict, base: Path) -> tuple[list[str], list[dict]]:
    d = base / case["id"]
    if d.exists():
        shutil.rmtree(d)
    build.build(case["id"], d)
    log = base / (case["id"] + ".log")
    log.mkdir(exist_ok=True)
    before = snapshot(d)
    results = []
    before_last = before
    for i, step in enumerate(case["steps"]):
        if "do" in step:
            do_action(step, d)
            continue
        before_last = snapshot(d)
        r = run_step(step, case, d, log, i)
        r["index"] = i
        results.append(r)
    return score(case, d, results, before, before_last), results


def main(argv: list[str]) -> int:
    keep = None
    if "--keep" in argv:
        i = argv.index("--keep")
        keep = Path(argv[i + 1])
        del argv[i : i + 2]
    cases = [json.loads(line) for line in (HERE / "expect.jsonl").read_text(encoding="utf-8").split("\n") if line.strip()]
    if argv:
        cases = [c for c in cases if any(c["id"].startswith(a) for a in argv)]
    base = keep or Path(tempfile.mkdtemp(prefix="hostile19-"))
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
