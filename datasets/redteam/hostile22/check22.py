"""Run and score the hostile22 red team: each case in fresh subprocesses under limits.

    python datasets/redteam/hostile22/check22.py                 # every case
    python datasets/redteam/hostile22/check22.py o01 a03         # cases whose id starts so
    python datasets/redteam/hostile22/check22.py --keep /tmp/h22 # keep the case directories

hostile21's harness (``../hostile21/check21.py``, which imports hostile20's and hostile19's) is
imported: its limits, snapshots, row reader, step kinds (``run``, ``cli``, ``py``, ``fsize_kb``,
``drop_dac``, ``bg``, ``signal``...), actions and its whole expectation vocabulary apply
unchanged. What this set adds:

* a step may run with its standard input read from a file (``stdin``: a path in the case
  directory), or on a disk that is nearly full (``tmpfs``: ``{"dir", "size_kb", "free_kb"}``:
  the step runs in its own mount namespace (``unshare -m``) where ``dir`` is a tmpfs of
  ``size_kb`` holding what ``dir`` held, filled until ``free_kb`` are left; afterwards the
  tmpfs's files, the filler removed, are copied back into ``dir`` for the judgement);
* a step's ``max_procs`` (expectation): at most that many processes of the step's session
  alive at once (``--jobs 500`` on three inputs);
* actions: ``remember`` (keep a file's bytes, for ``lines_kept``), ``lines`` (rebuild a
  JSON-lines file from its lines in another order or repeated), ``crlf`` (Windows line ends
  and a blank line at the end), ``bom`` (a UTF-8 BOM in front), ``drop_csv_column``,
  ``strip_keys`` (keys removed from rows), ``replace_line`` (a line replaced by raw text),
  ``append_lines``, ``set_key`` (a row's key, dotted, set to a JSON value), ``raw_value`` (a
  row's key set to raw text such as ``NaN``), ``dup_key`` (raw duplicate keys put in front of
  and after a row's own);
* expectations: ``lines_kept`` ({file: n}: the first n lines of the remembered file are still
  its first n lines, byte for byte), ``refusal_message_any`` (when the run refused, its message
  holds one of the words), ``named_somewhere`` ([words]: a row's source or error, or the step's
  stderr, names each), ``max_procs``, ``complete_lines`` ([files]: a JSON-lines file whose every
  line is a whole JSON object: no torn row).

It prints PASS/FAIL per case with what failed; it always exits 0.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
_spec = importlib.util.spec_from_file_location("check21", HERE.parent / "hostile21" / "check21.py")
assert _spec and _spec.loader
check21 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check21)
check20 = check21.check20
check19 = check21.check19
sys.path.insert(0, str(HERE))
import build22  # noqa: E402

# Runs inside ``unshare -m``: the tmpfs is this namespace's alone, nothing outside sees it.
TMPFS_WRAP = r"""
import json, os, shutil, subprocess, sys
spec = json.loads(sys.argv[1])
argv = sys.argv[2:]
d = spec["dir"]
stage = ".h22_stage"


def copy_tree(src, dst):
    for name in os.listdir(src):
        s, t = os.path.join(src, name), os.path.join(dst, name)
        if os.path.islink(s):
            os.symlink(os.readlink(s), t)
        elif os.path.isdir(s):
            shutil.copytree(s, t, symlinks=True)
        else:
            shutil.copy2(s, t)


os.mkdir(stage)
copy_tree(d, stage)
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=%dk" % spec["size_kb"], "tmpfs", d], check=True)
copy_tree(stage, d)
shutil.rmtree(stage)
filler = os.path.join(d, ".h22_filler")
st = os.statvfs(d)
left = max(0, st.f_bavail * st.f_frsize - spec["free_kb"] * 1024)
with open(filler, "wb") as f:
    while left > 0:
        k = min(left, 65536)
        try:
            f.write(b"\0" * k)
            f.flush()
        except OSError:
            break
        left -= k
rc = subprocess.call(argv)
os.remove(filler)
os.mkdir(stage)
copy_tree(d, stage)
subprocess.run(["umount", d], check=True)
for name in os.listdir(d):
    p = os.path.join(d, name)
    if os.path.isdir(p) and not os.path.islink(p):
        shutil.rmtree(p)
    else:
        os.remove(p)
copy_tree(stage, d)
shutil.rmtree(stage)
sys.exit(rc)
"""

_argv_of20 = check20.argv_of


def argv_of(step: dict) -> list[str]:
    argv = _argv_of20(step)
    if "stdin" in step:
        argv = ["sh", "-c", 'exec "$@" < "$0"', step["stdin"], *argv]
    if "tmpfs" in step:
        argv = ["unshare", "-m", sys.executable, "-c", TMPFS_WRAP, json.dumps(step["tmpfs"]), *argv]
    return argv


check20.argv_of = argv_of  # check21's Running builds its command with it

_poll21 = check21.Running.poll
_finish21 = check21.Running.finish


def _poll(self) -> bool:
    if self.step.get("expect", {}).get("max_procs") or self.step.get("max_procs"):
        n = len(check19.session_alive(self.proc.pid))
        self.max_procs = max(getattr(self, "max_procs", 0), n)
    return _poll21(self)


def _finish(self, status: int, rusage, killed: str | None) -> None:
    _finish21(self, status, rusage, killed)
    self.result["max_procs"] = getattr(self, "max_procs", 0)


check21.Running.poll = _poll
check21.Running.finish = _finish


# ---------------------------------------------------------------- actions between steps


def _lines(p: Path) -> list[str]:
    return [x for x in p.read_text(encoding="utf-8").split("\n") if x.strip()]


def _write_lines(p: Path, lines: list[str]) -> None:
    p.write_text("".join(x + "\n" for x in lines), encoding="utf-8")


def _keep_dir(d: Path) -> Path:
    k = d.parent / (d.name + ".keep")
    k.mkdir(exist_ok=True)
    return k


def _dotted_set(row: dict, key: str, value) -> None:
    parts = key.split(".")
    cur = row
    for k in parts[:-1]:
        if not isinstance(cur.get(k), dict):
            cur[k] = {}
        cur = cur[k]
    cur[parts[-1]] = value


SENTINEL = "__hostile22_raw__"


def do_action(step: dict, d: Path, bg: dict) -> None:
    act = step["do"]
    p = d / step["path"] if "path" in step else None
    if act == "remember":
        assert p
        shutil.copyfile(p, _keep_dir(d) / p.name)
    elif act == "lines":  # e.g. keep [1, 1, 2]: line 1 twice, then line 2
        assert p
        lines = _lines(p)
        _write_lines(p, [lines[k - 1] for k in step["keep"]])
    elif act == "crlf":
        assert p
        data = p.read_bytes().replace(b"\n", b"\r\n")
        p.write_bytes(data + b"\r\n")
    elif act == "bom":
        assert p
        p.write_bytes(b"\xef\xbb\xbf" + p.read_bytes())
    elif act == "drop_csv_column":
        assert p
        with open(p, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        k = rows[0].index(step["column"])
        with open(p, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            for r in rows:
                w.writerow(r[:k] + r[k + 1 :])
    elif act == "strip_keys":  # keys removed from the rows named (1-based), dotted keys allowed
        assert p
        lines = _lines(p)
        for k in step.get("rows") or range(1, len(lines) + 1):
            row = json.loads(lines[k - 1])
            for key in step["keys"]:
                parts = key.split(".")
                cur = row
                for part in parts[:-1]:
                    cur = cur.get(part) if isinstance(cur, dict) else None
                if isinstance(cur, dict):
                    cur.pop(parts[-1], None)
            lines[k - 1] = json.dumps(row, ensure_ascii=False)
        _write_lines(p, lines)
    elif act == "replace_line":
        assert p
        lines = _lines(p)
        lines[step["line"] - 1] = step["text"]
        _write_lines(p, lines)
    elif act == "append_lines":
        assert p
        _write_lines(p, _lines(p) + step["lines"])
    elif act == "set_key":
        assert p
        lines = _lines(p)
        row = json.loads(lines[step["line"] - 1])
        _dotted_set(row, step["key"], step["value"])
        lines[step["line"] - 1] = json.dumps(row, ensure_ascii=False)
        _write_lines(p, lines)
    elif act == "raw_value":  # a value JSON does not allow (NaN, Infinity) or writes oddly (1e400)
        assert p
        lines = _lines(p)
        row = json.loads(lines[step["line"] - 1])
        _dotted_set(row, step["key"], SENTINEL)
        lines[step["line"] - 1] = json.dumps(row, ensure_ascii=False).replace(
            f'"{SENTINEL}"', step["raw"]
        )
        _write_lines(p, lines)
    elif act == "dup_key":  # raw '"key": value' pairs before and after the row's own keys
        assert p
        lines = _lines(p)
        text = lines[step["line"] - 1].strip()
        assert text.startswith("{") and text.endswith("}")
        if step.get("before"):
            text = "{" + step["before"] + ", " + text[1:]
        if step.get("after"):
            text = text[:-1] + ", " + step["after"] + "}"
        lines[step["line"] - 1] = text
        _write_lines(p, lines)
    else:
        _do21(step, d, bg)


_do21 = check21.do_action
check21.do_action = do_action  # check21.run_case calls it between steps


# ---------------------------------------------------------------- what this set adds to score


def extra22(spec: dict, d: Path, r: dict, refused_ok: bool) -> list[str]:
    fails = _extra21(spec, d, r, refused_ok)
    refused = r["rc"] != 0 and r["killed"] is None
    words = spec.get("refusal_message_any")
    if words and refused and not any(w.lower() in r["stderr"].lower() for w in words):
        fails.append(
            f"refused, but the message names none of {words}: {r['stderr'].strip()[-200:]!r}"
        )
    for name, n in spec.get("lines_kept", {}).items():
        kept = _keep_dir(d) / Path(name).name
        now = d / name
        if not kept.exists():
            fails.append(f"harness: {name} was not remembered")
            continue
        want = kept.read_bytes().split(b"\n")[:n]
        got = now.read_bytes().split(b"\n")[:n] if now.exists() else []
        if got != want:
            diff = [i + 1 for i, (a, b) in enumerate(zip(want, got)) if a != b] or [len(got) + 1]
            fails.append(
                f"LOST: the first {n} rows of {name} were not kept (line {diff[0]} differs or is gone)"
            )
    mp = spec.get("max_procs")
    if mp and r.get("max_procs", 0) > mp:
        fails.append(f"{r['max_procs']} processes at once, expected at most {mp}")
    for name in spec.get("complete_lines", []):
        p = d / name
        if not p.exists():
            continue
        data = p.read_bytes()
        if data and not data.endswith(b"\n"):
            fails.append(f"{name} ends in a torn row (no final newline)")
        for k, line in enumerate(data.split(b"\n")):
            if not line.strip():
                continue
            try:
                json.loads(line.decode("utf-8"))
            except ValueError:
                fails.append(f"{name}: line {k + 1} is not a whole JSON row")
                break
    words = spec.get("named_somewhere")
    if words:
        out = spec.get("out")
        blob = r["stderr"]
        if out and (d / out).exists():
            try:
                for row in check19.read_rows(d / out):
                    blob += (
                        " "
                        + str(row.get("source", ""))
                        + " "
                        + json.dumps(row.get("errors"), ensure_ascii=False)
                    )
            except Exception:  # the base score says it is unreadable
                pass
        for w in words:
            if w not in blob:
                fails.append(
                    f"{w!r} named nowhere (no row, no error, no message): skipped in silence?"
                )
    return fails


_extra21 = check20.extra
check20.extra = extra22  # judge() calls it after hostile19's score
check21.build21 = build22  # check21.run_case builds each case with it


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
    base = keep or Path(tempfile.mkdtemp(prefix="hostile22-"))
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
            shutil.rmtree(base / case["id"], ignore_errors=True)
            shutil.rmtree(base / (case["id"] + ".keep"), ignore_errors=True)
    print(f"{passed}/{len(cases)} cases pass")
    if keep is None:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
