"""Run and score the hostile25 red team: each case in fresh subprocesses under limits.

    python datasets/redteam/hostile25/check25.py                 # every case
    python datasets/redteam/hostile25/check25.py f01 a03         # cases whose id starts so
    python datasets/redteam/hostile25/check25.py --keep /tmp/h25 # keep the case directories

hostile24's harness (``../hostile24/check24.py``, which imports hostile23's, 22's, 21's, 20's and
19's) is imported: its limits, snapshots, row reader, step kinds, actions and its whole
expectation vocabulary apply unchanged. What this set adds:

* the snapshot of a case directory does not read a file larger than 256 MiB (f03's 10 TiB of
  holes): it records its size;
* actions: ``cut_mid_utf8`` (``{"path", "char", "nth", "keep_bytes"}``: the file cut after
  ``keep_bytes`` bytes of the ``nth`` occurrence of ``char``'s UTF-8 bytes: a write stopped
  inside a character), ``renorm`` (``{"path", "form"}``: every name under the directory
  rewritten in that Unicode normal form, as a copy through another system does);
* expectations: ``sources_in`` ({file: [names]}: another output's sources, exactly),
  ``absent_texts`` ([strings]: none is in the output or the last step's stderr), ``cpu_max``
  ({step index: seconds}: the step's CPU time, its reaped children included (``wait4``), at
  most so much), ``winners`` ({"steps": [indices], "n": k}: exactly k of those steps exit 0,
  every other one exits non-zero with a message on stderr).

It prints PASS/FAIL per case with what failed; it always exits 0.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("check24", HERE.parent / "hostile24" / "check24.py")
assert _spec and _spec.loader
check24 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check24)
check23 = check24.check23
check22 = check24.check22
check21 = check24.check21
check20 = check24.check20
check19 = check24.check19
sys.path.insert(0, str(HERE))
import build25  # noqa: E402

BIG = 256 << 20


def snapshot(d: Path) -> dict[str, str]:
    """hostile23's snapshot, but a file past 256 MiB is known by its size, not read."""
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
                    size = p.stat().st_size
                    if size > BIG:
                        out[rel] = f"size:{size}"
                    else:
                        out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
                else:
                    out[rel] = "special"
            except OSError as e:
                out[rel] = f"err:{e.errno}"
    return dict(sorted(out.items()))


check19.snapshot = snapshot
check23.snapshot = snapshot


def do_action(step: dict, d: Path, bg: dict) -> None:
    act = step["do"]
    p = d / step["path"] if "path" in step else None
    if act == "cut_mid_utf8":
        assert p
        data = p.read_bytes()
        needle = step["char"].encode("utf-8")
        at = -1
        for _ in range(step.get("nth", 1)):
            at = data.index(needle, at + 1)
        p.write_bytes(data[: at + step["keep_bytes"]])
    elif act == "renorm":
        assert p
        form = step["form"]
        for top, dirs, files in os.walk(p, topdown=False):
            for name in dirs + files:
                new = unicodedata.normalize(form, name)
                if new != name:
                    os.rename(os.path.join(top, name), os.path.join(top, new))
    else:
        _do24(step, d, bg)


_do24 = check21.do_action
check21.do_action = do_action


_judge24 = check20.judge


def judge(spec: dict, case: dict, d: Path, results: list[dict], before: dict, before_last: dict) -> list[str]:
    fails = _judge24(spec, case, d, results, before, before_last)
    by_index = {r["index"]: r for r in results}
    for k, limit in spec.get("cpu_max", {}).items():
        r = by_index.get(int(k))
        if r is not None and r["cpu"] > limit:
            fails.append(f"step {k}: {r['cpu']} s CPU (children included), more than {limit} s")
    win = spec.get("winners")
    if win:
        got = [by_index[i] for i in win["steps"] if i in by_index]
        zero = [r for r in got if r["rc"] == 0 and r["killed"] is None]
        if len(zero) != win["n"]:
            fails.append(
                f"{len(zero)} of steps {win['steps']} exited 0, expected {win['n']} "
                f"(exits {[r['rc'] for r in got]})"
            )
        for r in got:
            if r["rc"] != 0 and not r["stderr"].strip():
                fails.append(f"step {r['index']}: exit {r['rc']} without a message")
    return fails


check20.judge = judge


def extra25(spec: dict, d: Path, r: dict, refused_ok: bool) -> list[str]:
    fails = _extra24(spec, d, r, refused_ok)
    texts = spec.get("absent_texts", [])
    out = spec.get("out")
    if texts:
        blob = r["stderr"]
        if out and (d / out).exists():
            blob += (d / out).read_bytes().decode("utf-8", "replace")
        for t in texts:
            if t in blob:
                fails.append(f"LEAK: output holds {t!r}")
    if refused_ok:
        return fails
    for name, want in spec.get("sources_in", {}).items():
        p = d / name
        try:
            rows = check19.read_rows(p) if p.exists() else None
        except Exception as e:  # an unreadable output is the finding
            fails.append(f"{name} unreadable: {type(e).__name__}: {str(e)[:100]}")
            continue
        got = sorted(check19.basename(x) for x in rows or [])
        if got != sorted(want):
            fails.append(f"{name}: sources {got!r} != {sorted(want)!r}")
    return fails


_extra24 = check20.extra
check20.extra = extra25
check21.build21 = build25


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
    base = keep or Path(tempfile.mkdtemp(prefix="hostile25-"))
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
