"""What the hostile red teams' builders and checkers (hostile27, hostile28 and later) share.

A round's ``buildNN.py`` writes each case's files under a directory (its inputs in ``in/``,
:func:`inputs`) and loads earlier rounds' writers by path (:func:`load`); its ``checkNN.py``
holds one function per case, run on a ``Case`` (hostile27's: each step in its own session
under limits) by :func:`main`, which builds every case asked for, runs it, and prints
PASS/FAIL/SKIP with each step's cost and what failed.
"""

from __future__ import annotations

import importlib.util
import shutil
import stat
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any


def load(name: str, path: Path) -> ModuleType:
    """The module at ``path`` (an earlier round's builder or checker), by path."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def inputs(d: Path) -> Path:
    """A case's input folder ``d/in``, made."""
    src = d / "in"
    src.mkdir(parents=True, exist_ok=True)
    return src


def _clear(d: Path) -> None:
    """Remove a case folder kept from an earlier run, its folders made the owner's again
    first (a case may take the write or search permission off one: hostile29)."""
    for p in d.rglob("*"):
        if p.is_dir() and not p.is_symlink():
            p.chmod(stat.S_IRWXU)
    shutil.rmtree(d)


def main(
    argv: list[str],
    *,
    prefix: str,
    build: ModuleType,
    cases: Mapping[str, Callable[[Any], None]],
    limits: Mapping[str, Mapping[str, int]],
    case: Callable[..., Any],
    skip: type[Exception],
) -> int:
    """Build and run the cases of ``build.CASES`` (in its order) whose id starts with one of
    ``argv`` (every case without), each in a fresh folder under a temporary one (or under
    ``--keep DIR``, kept), and print one verdict line per case and the number that pass.
    ``case(name, d, log, **limits)`` makes the case ``cases[name]`` is run on; raising
    ``skip`` skips it. Always 0: the lines are the result."""
    keep = None
    if "--keep" in argv:
        i = argv.index("--keep")
        keep = Path(argv[i + 1])
        del argv[i : i + 2]
    names = [n for n in build.CASES if not argv or any(n.startswith(a) for a in argv)]
    base = keep or Path(tempfile.mkdtemp(prefix=f"{prefix}-"))
    base.mkdir(parents=True, exist_ok=True)
    passed = 0
    for name in names:
        d = base / name
        if d.exists():
            _clear(d)
        build.build(name, d)
        log = base / (name + ".log")
        log.mkdir(exist_ok=True)
        c = case(name, d, log, **limits.get(name, {}))
        try:
            cases[name](c)
            verdict = "PASS" if not c.fails else "FAIL"
        except skip as why:
            verdict = f"SKIP ({why})"
        except Exception as e:  # noqa: BLE001 - the harness's own failure, said as such
            c.fail(f"harness error: {type(e).__name__}: {e}")
            verdict = "FAIL"
        cost = ", ".join(f"{r['cpu']} s CPU {r['wall']} s wall {r['maxrss_mb']} MB" for r in c.results)
        passed += verdict == "PASS"
        print(f"{verdict} {name} [{cost}]", flush=True)
        for f in c.fails:
            print(f"     - {f}", flush=True)
        if keep is None:
            shutil.rmtree(d, ignore_errors=True)
    print(f"{passed}/{len(names)} cases pass")
    if keep is None:
        shutil.rmtree(base, ignore_errors=True)
    return 0
