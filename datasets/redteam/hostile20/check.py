"""Run and score the hostile20 red team: each case in fresh subprocesses under limits.

    python datasets/redteam/hostile20/check.py                 # every case
    python datasets/redteam/hostile20/check.py a01 r05         # cases whose id starts so
    python datasets/redteam/hostile20/check.py --keep /tmp/h20 # keep the case directories

hostile19's harness (``../hostile19/check.py``), imported: its limits, its snapshots, its
row reader and its whole expectation vocabulary (``score``) apply unchanged. What this
set adds, because its cases are not all ``annotate`` runs:

* steps: ``run`` (the arguments of ``govinfo-nlp annotate``, as in hostile19), ``cli`` (the
  arguments of ``govinfo-nlp``: ``panel``, ``summary``, ``crosscheck``, ``render``), ``py``
  (a script the case's builder wrote, run with the checkout on PYTHONPATH); a step may set
  ``fsize_kb`` (RLIMIT_FSIZE: a full disk, every write past it fails with EFBIG) and
  ``drop_dac`` (run without CAP_DAC_OVERRIDE, so a root run meets file permissions as a
  user does); ``do`` actions edit files between steps (``DO`` below);
* a step's own ``expect`` (the same vocabulary, judged on that step alone, with the files
  as they were before it);
* ``any_of``: a list of alternative expectation sets, the case passes when one holds;
* ``message_any`` (the step's stderr holds one of the words: the message says what),
  ``file_absent_text`` ({file: [strings it must not hold]}), ``files_exist``,
  ``valid_or_absent`` (an output is readable whole, or absent), ``strict_json`` (a JSON
  file parses without NaN/Infinity), ``csv_rows`` ({file: n or [lo, hi]}), ``same_file_as``
  ({file: file it must equal byte for byte}).

A call of the Python API that raised is a row whose error code is ``exception.<Type>``
and whose message lists every class the exception is (``build20.raised``): an expectation
names the exceptions it accepts (a subclass is accepted: the library's ``BadArgument`` is
a ``ValueError``), with ``~words`` that its message must hold when the exception must
say what was wrong.
"""

from __future__ import annotations

import csv
import importlib.util
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
_spec = importlib.util.spec_from_file_location("check19", HERE.parent / "hostile19" / "check.py")
assert _spec and _spec.loader
check19 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check19)
sys.path.insert(0, str(HERE))
import build20  # noqa: E402

ENTRY = check19.ENTRY
_outcome19 = check19.outcome_ok


def outcome_ok(row: dict, allowed: list[str]) -> bool:
    """hostile19's outcomes, and ``exception.<Name>`` met by an exception of that class or
    a subclass: ``api.py`` writes every class the exception is (``build20.raised``)."""
    if _outcome19(row, allowed):
        return True
    for want in allowed:
        if not want.startswith("exception."):
            continue
        name, _, text = want[len("exception.") :].partition("~")
        for code, message in check19.codes(row):
            if not code.startswith("exception.") or not message.startswith("("):
                continue
            kinds = message[1 : message.find(")")].split(",")
            if name in kinds and (
                not text or any(t.lower() in message.lower() for t in text.split("|"))
            ):
                return True
    return False


check19.outcome_ok = outcome_ok  # score() judges by_source and all_rows with it
SETPRIV = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def limits(cpu_s: int, as_mb: int, fsize_kb: int | None):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 5))
        resource.setrlimit(resource.RLIMIT_AS, (as_mb << 20, as_mb << 20))
        if fsize_kb is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize_kb << 10, fsize_kb << 10))

    return apply


def argv_of(step: dict) -> list[str]:
    if "run" in step:
        argv = [sys.executable, "-c", ENTRY, "annotate", *step["run"]]
        if "-q" not in step["run"]:
            argv.append("-q")
    elif "cli" in step:
        argv = [sys.executable, "-c", ENTRY, *step["cli"]]
    else:
        argv = [sys.executable, step["py"]]
    return (SETPRIV + argv) if step.get("drop_dac") else argv


def run_step(step: dict, case: dict, d: Path, log: Path, n: int) -> dict:
    """hostile19's run_step for any command: limits, wall-clock kill, peak RSS by wait4."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    mem_mb = case.get("mem_mb", 800)
    out = open(log / f"step{n}.out", "wb")
    err = open(log / f"step{n}.err", "wb")
    t0 = time.monotonic()
    proc = subprocess.Popen(
        argv_of(step),
        cwd=d,
        env=env,
        stdout=out,
        stderr=err,
        stdin=subprocess.DEVNULL,
        preexec_fn=limits(case.get("cpu_s", 120), max(3 * mem_mb, 2048), step.get("fsize_kb")),
        start_new_session=True,
    )
    killed = None
    while True:
        pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - t0 > case.get("timeout_s", 300):
            os.killpg(proc.pid, signal.SIGKILL)
            killed = "timeout"
            _, status, rusage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.1)
    out.close()
    err.close()
    left = check19.session_alive(proc.pid)
    for pid in left:  # ours to end: the session this step started (Dask workers, a hang)
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return {
        "rc": os.waitstatus_to_exitcode(status),
        "wall": round(time.monotonic() - t0, 1),
        "cpu": round(rusage.ru_utime + rusage.ru_stime, 1),
        "maxrss_mb": round(rusage.ru_maxrss / 1024),
        "killed": killed,
        "stderr": (log / f"step{n}.err").read_text(errors="replace"),
        "stdout_path": log / f"step{n}.out",
        "orphans": left if step.get("no_orphans") else [],
    }


# ---------------------------------------------------------------- actions between steps


def _rows(p: Path) -> list[str]:
    return p.read_text(encoding="utf-8").split("\n")


def _put(p: Path, lines: list[str]) -> None:
    p.write_text("\n".join(lines), encoding="utf-8")


def do_action(step: dict, d: Path) -> None:
    act = step["do"]
    p = d / step["path"] if "path" in step else None
    if act in ("copy", "cut_jsonl_rows", "cut_half"):
        check19.do_action(step, d)
    elif act == "write_sample":  # a file given new content (another sample report)
        assert p
        p.write_text(build20.sample(step["n"]), encoding="utf-8")
    elif act == "same_size_edit":  # one digit changed, size and mtime kept
        assert p
        st = p.stat()
        data = bytearray(p.read_bytes())
        i = max(
            k for k in range(len(data)) if 0x31 <= data[k] <= 0x38 and 0x30 <= data[k - 1] <= 0x39
        )
        data[i] += 1
        p.write_bytes(bytes(data))
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
    elif act == "rm":
        assert p
        p.unlink()
    elif act == "chmod":
        assert p
        os.chmod(p, int(step["mode"], 8))
    elif act == "break_line":  # line k (1-based) cut in the middle, its newline kept
        assert p
        lines = _rows(p)
        k = step["line"] - 1
        lines[k] = lines[k][: len(lines[k]) // 2]
        _put(p, lines)
    elif act == "drop_line":
        assert p
        lines = _rows(p)
        del lines[step["line"] - 1]
        _put(p, lines)
    elif act == "inject_markup":
        assert p
        lines = _rows(p)
        row = json.loads(lines[0])
        js = '<script>alert("agency")</script>'
        row["metadata"]["agency"] = js + "人民政府办公室"
        row["metadata"]["agency_as_written"] = js
        row["source"] = 'in/"><img src=x onerror=alert(1)>.txt'
        row["warnings"] = [
            *row.get("warnings", []),
            "tables.unit_assumed: </style><script>alert(2)</script>",
        ]
        for f in row.get("facts", []):
            f["text"] = "<svg onload=alert(3)>" + str(f.get("text", ""))
        for r in row.get("reconciliation", []):
            r["verdict"] = "inconsistent"
            r["reason"] = '<script>alert("reason")</script>'
        lines[0] = json.dumps(row, ensure_ascii=False)
        row2 = json.loads(lines[1])  # an error row, which a page lists by code and source
        row2["errors"] = ["read.html: <svg onload=alert(3)>"]
        row2["source"] = "in/<svg onload=alert(3)>.html"
        lines[1] = json.dumps(row2, ensure_ascii=False)
        _put(p, lines)
    elif act == "schema_mess":  # row 2 of another schema version, row 3 of wrong types
        assert p
        lines = _rows(p)
        r2 = json.loads(lines[1])
        r2["schema_version"] = "99"
        r2["tables"] = {k: {"value": v, "unit": "件"} for k, v in r2.get("tables", {}).items()}
        r2["metadata"]["year"] = "2020年"
        lines[1] = json.dumps(r2, ensure_ascii=False)
        r3 = json.loads(lines[2])
        r3.update(
            tables=[], metadata=None, errors="read.io: a string", facts={}, checks=None, warnings=7
        )
        lines[2] = json.dumps(r3, ensure_ascii=False)
        _put(p, lines)
    elif act == "replicate":  # 10^5 rows of one agency, years 2008-2024, small rows
        src = json.loads(_rows(d / step["src"])[0])
        keep = {k: v for k, v in sorted(src.get("tables", {}).items()) if k.endswith(".total")}
        keep = dict(list(keep.items())[:12])
        base = {
            k: src[k] for k in ("template", "govinfo_nlp_version", "schema_version") if k in src
        }
        with open(d / step["dst"], "w", encoding="utf-8") as f:
            for i in range(step["n"]):
                meta = dict(src["metadata"], year=2008 + i % 17)
                row = dict(
                    base,
                    id=f"{i:016x}",
                    source=f"in/r{i:06d}.txt",
                    metadata=meta,
                    tables=keep,
                    errors=[],
                    warnings=[],
                )
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif act == "nan_cells":
        assert p
        lines = _rows(p)
        for k, special in enumerate(("NaN", "Infinity", "-Infinity")):
            row = json.loads(lines[k])
            row["tables"]["t3.new.total"] = 0  # a placeholder the text below replaces
            row["tables"]["t4.review.total"] = "12"
            row["tables"]["t3.new.natural"] = 10**30
            text = json.dumps(row, ensure_ascii=False).replace(
                '"t3.new.total": 0', f'"t3.new.total": {special}'
            )
            text = text.replace(
                '"t3.carried_out.total": ', '"t3.carried_out.total": 1e400, "x": ', 1
            )
            lines[k] = text
        _put(p, lines)
    else:
        raise ValueError(act)


# ---------------------------------------------------------------- what this set adds to score


def readable(p: Path) -> str | None:
    """None when the file reads whole as what its suffix says, else why not."""
    try:
        if p.suffix in (".parquet", ".pq"):
            import pyarrow.parquet as pq

            pq.read_table(p)
        elif p.suffix == ".csv":
            with open(p, newline="", encoding="utf-8") as f:
                list(csv.reader(f))
        elif p.suffix in (".jsonl", ".ndjson"):
            for line in p.read_bytes().decode("utf-8").split("\n"):
                if line.strip():
                    json.loads(line)
        elif p.suffix == ".json":
            json.loads(p.read_bytes().decode("utf-8"))
        else:
            p.read_bytes().decode("utf-8")
    except Exception as e:  # an unreadable output is the finding
        return f"{type(e).__name__}: {str(e)[:100]}"
    return None


def _no_const(name: str) -> float:
    raise ValueError(f"non-standard JSON constant {name}")


def extra(spec: dict, d: Path, r: dict, refused_ok: bool) -> list[str]:
    fails = []
    words = spec.get("message_any")
    if words and not any(w.lower() in r["stderr"].lower() for w in words):
        fails.append(
            f"no message naming {' or '.join(map(repr, words))}: {r['stderr'].strip()[-160:]!r}"
        )
    if refused_ok:
        return fails
    for name, bad in spec.get("file_absent_text", {}).items():
        p = d / name
        if p.exists():
            blob = p.read_bytes().decode("utf-8", "replace")
            for b in bad:
                if b in blob:
                    fails.append(f"INJECTION: {name} holds {b!r}")
    for name in spec.get("files_exist", []):
        if not (d / name).exists():
            fails.append(f"no file {name}")
    for name in spec.get("valid_or_absent", []):
        p = d / name
        if p.exists() and p.is_file():
            why = readable(p)
            if why:
                fails.append(f"{name} left unreadable: {why}")
    for name in spec.get("strict_json", []):
        p = d / name
        if p.exists():
            try:
                json.loads(p.read_bytes().decode("utf-8"), parse_constant=_no_const)
            except ValueError as e:
                fails.append(f"{name} is not strict JSON: {str(e)[:100]}")
    for name, want in spec.get("csv_rows", {}).items():
        p = d / name
        if not p.exists():
            fails.append(f"no file {name}")
            continue
        with open(p, newline="", encoding="utf-8", errors="replace") as f:
            n = len(list(csv.DictReader(f)))
        lo, hi = (want, want) if isinstance(want, int) else want
        if not lo <= n <= hi:
            fails.append(f"{name}: {n} rows, expected {want}")
    for name, ref in spec.get("same_file_as", {}).items():
        a, b = d / name, d / ref
        if not a.exists() or not b.exists() or a.read_bytes() != b.read_bytes():
            fails.append(f"{name} differs from {ref}")
    return fails


def judge(
    spec: dict, case: dict, d: Path, results: list[dict], before: dict, before_last: dict
) -> list[str]:
    """hostile19's score, then this set's additions, on the last of ``results``."""
    sub = {**spec, "steps": case["steps"], "id": case["id"]}
    for k in ("mem_mb", "cpu_s"):
        if k in case:
            sub[k] = case[k]
    fails = []
    for f in check19.score(sub, d, results, before, before_last):
        head, sep, rest = f.partition(": ")
        if (
            head.startswith("step ") and head[5:].isdigit()
        ):  # hostile19 numbers the runs; say the step
            f = f"step {results[int(head[5:])]['index']}{sep}{rest}"
        fails.append(f)
    last = results[-1]
    refused_ok = bool(spec.get("refusal_ok")) and last["rc"] != 0 and last["killed"] is None
    return fails + extra(spec, d, last, refused_ok)


def score_case(
    case: dict, d: Path, results: list[dict], before: dict, before_last: dict
) -> list[str]:
    base = {k: v for k, v in case.items() if k not in ("any_of", "steps")}
    alts = case.get("any_of") or [{}]
    tried = []
    for alt in alts:
        fails = judge({**base, **alt}, case, d, results, before, before_last)
        if not fails:
            return []
        tried.append(fails)
    if len(tried) == 1:
        return tried[0]
    out = []
    for i, fails in enumerate(tried):
        out.append(f"alternative {i + 1} of {len(tried)}:")
        out.extend("  " + f for f in fails)
    return out


def run_case(case: dict, base: Path) -> tuple[list[str], list[dict]]:
    d = base / case["id"]
    if d.exists():
        shutil.rmtree(d, ignore_errors=True)
    build20.build(case["id"], d)
    log = base / (case["id"] + ".log")
    log.mkdir(exist_ok=True)
    before = check19.snapshot(d)
    results: list[dict] = []
    before_last = before
    step_fails: list[str] = []
    for i, step in enumerate(case["steps"]):
        if "do" in step:
            do_action(step, d)
            continue
        before_last = check19.snapshot(d)
        r = run_step(step, case, d, log, i)
        r["index"] = i
        results.append(r)
        if "expect" in step:
            for f in judge(step["expect"], case, d, [r], before_last, before_last):
                step_fails.append(f if f.startswith("step ") else f"step {i}: {f}")
    fails = score_case(case, d, results, before, before_last)
    # a run's own failures (hang, traceback, exit) are said once, by the case's judgement
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
    base = keep or Path(tempfile.mkdtemp(prefix="hostile20-"))
    base.mkdir(parents=True, exist_ok=True)
    passed = 0
    for case in cases:
        fails, results = run_case(case, base)
        cost = ", ".join(
            f"{r['cpu']} s CPU {r['wall']} s wall {r['maxrss_mb']} MB" for r in results
        )
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
