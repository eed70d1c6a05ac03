"""red28's probe of `annotate --force` killed mid-way (blind: committed before any run).

robust28 (session 28): `--force` onto an output that holds rows writes the new rows beside
it and moves them in once whole, so a run that does not finish leaves the old rows; a killed
`--force` run is followed by `--resume`. Here (in a temporary folder, the library as
imported by ``python -m govinfo_nlp``):

1. ``annotate`` 8 pages -> out.jsonl (the old rows);
2. one of those pages is changed (new content, a later time); ``annotate --force`` on 16
   pages is killed (SIGKILL) once its first new row is written, wherever it is written;
   out.jsonl must be the old rows byte for byte, or the 16 new rows whole (a LOST row or a
   mixture is WRONG);
3. ``annotate --resume`` on the 16: either it refuses (out.jsonl unchanged) or it ends with
   one row per page, and the changed page's row is the new content's (a stale row is WRONG);
4. ``annotate --force`` on the 16 interrupted once (SIGINT) after its first row: out.jsonl the
   old (or the step-3) rows byte for byte or whole new rows;
5. ``annotate --force`` on the 16 to the end: 16 rows, the changed page's new.

    python datasets/redteam/red28/force_run.py    # exit 1 on a WRONG
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = sorted((HERE.parent / "meta28" / "pages").iterdir())[:16]


def rows(path: Path) -> list[dict]:
    if not path.exists():
        return []
    out = []
    for line in path.read_bytes().splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            out.append({"source": "<torn line>"})
    return out


def run(args: list[str], *, kill: int | None = None, wait_for: Path | None = None) -> int:
    cmd = [sys.executable, "-m", "govinfo_nlp", "annotate", *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if kill is not None:
        assert wait_for is not None
        deadline = time.monotonic() + 300
        while proc.poll() is None and time.monotonic() < deadline:
            written = [p for p in wait_for.iterdir() if p.is_file() and p.name != "old.jsonl"]
            if any(_new_rows(p) for p in written):
                proc.send_signal(kill)
                break
            time.sleep(0.02)
    _, err = proc.communicate(timeout=600)
    if err.strip():
        print("   stderr:", err.decode(errors="replace").strip().splitlines()[-1][:160])
    return proc.returncode


OLD_BYTES: dict[str, bytes] = {}


def _new_rows(path: Path) -> bool:
    """Whether ``path`` holds a row the old output did not (a row of the new run)."""
    data = path.read_bytes()
    old = OLD_BYTES.get("out", b"")
    return data.count(b"\n") >= 1 and data != old and not old.startswith(data)


def year_of(row: dict) -> object:
    return (row.get("metadata") or {}).get("year")


def main() -> int:
    wrong = 0
    with tempfile.TemporaryDirectory(prefix="red28_force_") as tmp:
        root = Path(tmp)
        inputs, work = root / "in", root / "out"
        inputs.mkdir()
        work.mkdir()
        for p in PAGES[:8]:
            shutil.copy(p, inputs / p.name)
        out = work / "out.jsonl"
        rc = run([str(inputs), "-o", str(out)])
        old = out.read_bytes()
        OLD_BYTES["out"] = old
        print(f"1. old run on 8 pages rc={rc}: {len(rows(out))} rows")
        for p in PAGES[8:]:
            shutil.copy(p, inputs / p.name)
        changed = inputs / PAGES[0].name
        time.sleep(1.1)
        # the page is changed after the old output was written (its year 2023 -> 2021)
        changed.write_text(
            changed.read_text(encoding="utf-8").replace("2023", "2021"), encoding="utf-8"
        )

        def check(step: str, allow: bytes) -> None:
            nonlocal wrong
            now = out.read_bytes() if out.exists() else b""
            got = rows(out)
            whole_new = len(got) == len(PAGES) and all(
                "<torn" not in r.get("source", "") for r in got
            )
            ok = now == allow or whole_new
            wrong += not ok
            left = [p.name for p in work.iterdir() if p.name != "out.jsonl"]
            print(
                "  " if ok else "!!",
                step,
                f"out.jsonl: {len(got)} rows, {'the rows before' if now == allow else 'other'};"
                f" other files in its folder: {left}",
            )

        rc = run([str(inputs), "-o", str(out), "--force"], kill=signal.SIGKILL, wait_for=work)
        print(f"2. --force killed (SIGKILL): rc={rc}")
        check("2.", old)
        before = out.read_bytes()
        rc = run([str(inputs), "-o", str(out), "--resume"])
        got = rows(out)
        print(f"3. --resume rc={rc}: {len(got)} rows")
        if rc != 0:
            ok = out.read_bytes() == before
            wrong += not ok
            print("  " if ok else "!!", "3. refused; out.jsonl", "unchanged" if ok else "CHANGED")
        else:
            names = sorted(Path(r["source"]).name for r in got)
            years = [year_of(r) for r in got if Path(r["source"]).name == changed.name]
            ok = names == sorted(p.name for p in PAGES) and 2023 not in years
            wrong += not ok
            print(
                "  " if ok else "!!",
                f"3. {len(got)} rows of {len(PAGES)}; the changed page's years: {years}",
            )
        step3 = out.read_bytes()
        OLD_BYTES["out"] = step3
        rc = run([str(inputs), "-o", str(out), "--force"], kill=signal.SIGINT, wait_for=work)
        print(f"4. --force interrupted (SIGINT): rc={rc}")
        check("4.", step3)
        rc = run([str(inputs), "-o", str(out), "--force"])
        got = rows(out)
        years = [year_of(r) for r in got if Path(r["source"]).name == changed.name]
        ok = rc == 0 and len(got) == len(PAGES) and 2023 not in years
        wrong += not ok
        print(
            "  " if ok else "!!",
            f"5. --force to the end rc={rc}: {len(got)} rows; the changed page's years {years}",
        )
    print(f"WRONG steps: {wrong}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
