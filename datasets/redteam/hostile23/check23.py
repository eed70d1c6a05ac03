"""Run and score the hostile23 red team: each case in fresh subprocesses under limits.

    python datasets/redteam/hostile23/check23.py                 # every case
    python datasets/redteam/hostile23/check23.py b01 a03         # cases whose id starts so
    python datasets/redteam/hostile23/check23.py --keep /tmp/h23 # keep the case directories

hostile22's harness (``../hostile22/check22.py``, which imports hostile21's, hostile20's and
hostile19's) is imported: its limits, snapshots, row reader, step kinds (``run``, ``cli``,
``py``, ``fsize_kb``, ``drop_dac``, ``bg``, ``signal``, ``during``, ``stdin``, ``tmpfs``...),
actions and its whole expectation vocabulary apply unchanged. What this set adds:

* a step's ``env`` ({name: value}: the run's environment, e.g. ``PYTHONIOENCODING=ascii`` as a
  narrow Windows console, ``TMPDIR`` that does not exist), ``close`` (["stdout"] and/or
  ["stderr"]: the run starts with that descriptor closed, as from a cron job or a service
  manager) and ``nofile`` (RLIMIT_NOFILE: few file descriptors);
* actions: ``rmtree`` (a directory removed, e.g. in a step's ``during``), ``rm_deep`` (remove a
  tree deeper than PATH_MAX, descriptor by descriptor);
* expectations: ``same_rows_for`` ([{"file", "ref", "sources"}]: the rows of those sources equal
  the reference output's, whole), ``strict_jsonl`` ([files]: every line parses as JSON without
  NaN/Infinity), ``csv_no_formula`` ([files]: no CSV field starts with ``=``, ``+`` or ``@``, or
  with ``-`` followed by something that is not a number: what a spreadsheet runs as a formula).

The snapshot of a case directory walks with ``os.walk`` and skips what it cannot reach (a
tree deeper than PATH_MAX would stop hostile19's ``rglob``).

It prints PASS/FAIL per case with what failed; it always exits 0.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
_spec = importlib.util.spec_from_file_location("check22", HERE.parent / "hostile22" / "check22.py")
assert _spec and _spec.loader
check22 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check22)
check21 = check22.check21
check20 = check22.check20
check19 = check22.check19
sys.path.insert(0, str(HERE))
import build23  # noqa: E402


def snapshot(d: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for top, dirs, files in os.walk(d, onerror=lambda e: None):
        for name in dirs + files:
            p = Path(top) / name
            rel = str(p.relative_to(d))
            try:
                if p.is_symlink():
                    out[rel] = "link:" + os.readlink(p)
                elif p.is_dir():
                    out[rel] = "dir"
                elif p.is_file():
                    out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
                else:
                    out[rel] = "special"
            except OSError as e:
                out[rel] = f"err:{e.errno}"
    return dict(sorted(out.items()))


check19.snapshot = snapshot  # score() and the run_case of every later harness use it

_argv_of22 = check20.argv_of


def argv_of(step: dict) -> list[str]:
    argv = _argv_of22(step)
    if "nofile" in step:
        n = int(step["nofile"])
        argv = ["sh", "-c", f'ulimit -n {n}; exec "$@"', "sh", *argv]
    for which in step.get("close", []):
        redir = {"stdout": ">&-", "stderr": "2>&-"}[which]
        argv = ["sh", "-c", f'exec "$@" {redir}', "sh", *argv]
    if "env" in step:
        argv = ["env", *(f"{k}={v}" for k, v in step["env"].items()), *argv]
    return argv


check20.argv_of = argv_of  # check21's Running builds its command with it


def rm_deep(p: Path) -> None:
    """Remove a tree of any depth without building a path longer than one name."""
    if not os.path.lexists(p):
        return
    fd = os.open(p, os.O_RDONLY | os.O_DIRECTORY)
    stack = [fd]
    while stack:
        fd = stack[-1]
        pushed = False
        for entry in os.scandir(fd):
            if entry.is_dir(follow_symlinks=False):
                try:
                    os.rmdir(entry.name, dir_fd=fd)
                except OSError:
                    stack.append(os.open(entry.name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd))
                    pushed = True
                    break
            else:
                os.unlink(entry.name, dir_fd=fd)
        if not pushed:
            os.close(stack.pop())
    shutil.rmtree(p, ignore_errors=True)


def do_action(step: dict, d: Path, bg: dict) -> None:
    act = step["do"]
    p = d / step["path"] if "path" in step else None
    if act == "rmtree":
        assert p
        shutil.rmtree(p, ignore_errors=True)
    elif act == "rm_deep":
        assert p
        rm_deep(p)
    else:
        _do22(step, d, bg)


_do22 = check21.do_action
check21.do_action = do_action  # check21.run_case calls it between steps


def _no_const(name: str) -> float:
    raise ValueError(f"non-standard JSON constant {name}")


def _formula(cell: str) -> bool:
    if not cell:
        return False
    if cell[0] in "=+@":
        return True
    if cell[0] == "-":
        try:
            float(cell)
        except ValueError:
            return True
    return False


def extra23(spec: dict, d: Path, r: dict, refused_ok: bool) -> list[str]:
    fails = _extra22(spec, d, r, refused_ok)
    if refused_ok:
        return fails
    for want in spec.get("same_rows_for", []):
        try:
            got = check19.read_rows(d / want["file"])
            ref = check19.read_rows(d / want["ref"])
        except Exception as e:  # an unreadable output is said by the base score
            fails.append(f"same_rows_for: {type(e).__name__}: {str(e)[:100]}")
            continue
        for name in want["sources"]:
            a = [x for x in got if check19.basename(x) == name]
            b = [x for x in ref if check19.basename(x) == name]
            if not a or not b:
                fails.append(f"{name!r}: no row in {want['file'] if not a else want['ref']}")
            elif a[0] != b[0]:
                keys = sorted(k for k in set(a[0]) | set(b[0]) if a[0].get(k) != b[0].get(k))
                fails.append(
                    f"{name!r}: its row in {want['file']} differs from {want['ref']}'s (keys {keys[:6]})"
                )
    for name in spec.get("strict_jsonl", []):
        p = d / name
        if not p.exists():
            continue
        for k, line in enumerate(p.read_bytes().split(b"\n")):
            if not line.strip():
                continue
            try:
                json.loads(line.decode("utf-8"), parse_constant=_no_const)
            except ValueError as e:
                fails.append(f"{name}: line {k + 1} is not strict JSON: {str(e)[:100]}")
                break
    for name in spec.get("csv_no_formula", []):
        p = d / name
        if not p.exists():
            fails.append(f"no file {name}")
            continue
        with open(p, newline="", encoding="utf-8", errors="replace") as f:
            for k, rec in enumerate(csv.reader(f)):
                bad = [c for c in rec if _formula(c)]
                if bad:
                    fails.append(
                        f"FORMULA: {name} record {k + 1} has a cell a spreadsheet runs: {bad[0][:60]!r}"
                    )
                    break
    return fails


_extra22 = check20.extra
check20.extra = extra23  # judge() calls it after hostile19's score
check21.build21 = build23  # check21.run_case builds each case with it


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
    base = keep or Path(tempfile.mkdtemp(prefix="hostile23-"))
    base.mkdir(parents=True, exist_ok=True)
    passed = 0
    for case in cases:
        try:
            fails, results = check21.run_case(case, base)
        except Exception as e:  # a harness error is said; the other cases still run
            fails, results = [f"harness error: {type(e).__name__}: {e}"], []
        cost = ", ".join(
            f"{r['cpu']} s CPU {r['wall']} s wall {r['maxrss_mb']} MB" for r in results
        )
        verdict = "PASS" if not fails else "FAIL"
        passed += not fails
        print(f"{verdict} {case['id']} [{cost}]", flush=True)
        for f in fails:
            print(f"     - {f}", flush=True)
        if keep is None:
            for p in (base / case["id"], base / (case["id"] + ".keep")):
                try:
                    rm_deep(p)
                except OSError:
                    shutil.rmtree(p, ignore_errors=True)
    print(f"{passed}/{len(cases)} cases pass")
    if keep is None:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
