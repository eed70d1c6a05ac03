"""A small mutation tester: does the suite fail when the code or the rules are wrong?

    python -m govinfo_nlp_dev.mutate                       # the default targets below
    python -m govinfo_nlp_dev.mutate govinfo_nlp/reconcile/doubts.py --tests tests/test_reconcile.py
    python -m govinfo_nlp_dev.mutate --rules               # delete each fact rule in turn

Each mutant is one small change — a numeric constant moved (0.3 → 0.4,
12 → 13), a comparison loosened or tightened (< ↔ <=, > ↔ >=), or one rule
deleted from ``rules.jsonl`` — made in a scratch copy of the checkout (the
checkout itself is never touched), followed by a run of the tests that cover
the module. A mutant the tests do not fail *survives*: either a test is
missing, or the change does not matter (say why in CONTRIBUTING.md).

mutmut and cosmic-ray rewrite and re-run the whole suite per mutant, which
on this project's two-core CI is hours; this runs only the covering tests
(minutes), and knows the rule file, which they do not.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Module -> the tests that cover it (the scoring constants the issue names first).
TARGETS: dict[str, tuple[str, ...]] = {
    "govinfo_nlp/facts/extractor.py": (
        "tests/test_facts.py",
        "tests/test_facts_rules.py",
        "tests/test_facts_scoring.py",
    ),
    "govinfo_nlp/facts/data/scoring.json": ("tests/test_facts_scoring.py",),
    "govinfo_nlp/facts/analysis.py": (
        "tests/test_facts.py",
        "tests/test_facts_rules.py",
        "tests/test_facts_analysis.py",
    ),
    "govinfo_nlp/facts/cues.py": (
        "tests/test_facts.py",
        "tests/test_facts_rules.py",
        "tests/test_facts_analysis.py",
    ),
    "govinfo_nlp/facts/segments.py": (
        "tests/test_facts.py",
        "tests/test_facts_rules.py",
        "tests/test_facts_analysis.py",
    ),
    "govinfo_nlp/facts/subjects.py": (
        "tests/test_facts.py",
        "tests/test_facts_rules.py",
        "tests/test_facts_analysis.py",
    ),
    "govinfo_nlp/tables/checks.py": ("tests/test_tables.py", "tests/test_tables_checks.py"),
}
RULES = "govinfo_nlp/facts/data/rules.jsonl"
RULE_TESTS = ("tests/test_facts_rules.py",)
_SKIP_DIRS = {".git", "__pycache__", ".mypy_cache", ".ruff_cache", ".hypothesis", "notebooks"}
_SWAP = {ast.Lt: ("<", "<="), ast.LtE: ("<=", "<"), ast.Gt: (">", ">="), ast.GtE: (">=", ">")}


@dataclass(frozen=True)
class Mutant:
    path: str
    line: int
    what: str
    source: str  # the whole mutated file


def _constant(value: float) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        return repr(round(value + (0.1 if value < 0.5 else -0.1), 4))
    if isinstance(value, int) and abs(value) >= 2:  # 0 and 1 are mostly indices and flags
        return repr(value + 1)
    return None


def mutants(path: str) -> Iterator[Mutant]:
    """Every constant and comparison mutant of one module, in line order."""
    text = (ROOT / path).read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    tree = ast.parse(text)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    # a warning's stacklevel changes nothing a test could see
    skipped = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.keyword) and node.arg == "stacklevel"
    }
    found: list[tuple[int, int, int, str, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and id(node) not in docstrings | skipped:
            new = _constant(node.value) if isinstance(node.value, (int, float)) else None
            if new is None or node.end_lineno != node.lineno:
                continue
            start = offsets[node.lineno - 1] + node.col_offset
            end = offsets[node.lineno - 1] + (node.end_col_offset or 0)
            found.append((node.lineno, start, end, new, f"{text[start:end]} -> {new}"))
        elif isinstance(node, ast.Compare):
            left = node.left
            for op, right in zip(node.ops, node.comparators, strict=True):
                swap = _SWAP.get(type(op))
                if swap and left.end_lineno is not None and right.lineno == left.end_lineno:
                    lo = offsets[left.end_lineno - 1] + (left.end_col_offset or 0)
                    hi = offsets[right.lineno - 1] + right.col_offset
                    gap = text[lo:hi]
                    at = gap.find(swap[0])
                    if at >= 0 and gap.strip() == swap[0]:
                        found.append(
                            (
                                right.lineno,
                                lo + at,
                                lo + at + len(swap[0]),
                                swap[1],
                                f"{swap[0]} -> {swap[1]}",
                            )
                        )
                left = right
    for lineno, start, end, new, what in sorted(found):
        yield Mutant(path, lineno, what, text[:start] + new + text[end:])


_JSON_VALUE = re.compile(r'("value":\s*)(-?\d+(?:\.\d+)?)')


def data_mutants(path: str) -> Iterator[Mutant]:
    """Every ``"value": <number>`` of a JSON data file (the scoring file) moved."""
    text = (ROOT / path).read_text(encoding="utf-8")
    for m in _JSON_VALUE.finditer(text):
        number = float(m.group(2)) if "." in m.group(2) else int(m.group(2))
        new = _constant(number)
        if new is not None:
            line = text.count("\n", 0, m.start()) + 1
            mutated = text[: m.start(2)] + new + text[m.end(2) :]
            yield Mutant(path, line, f"{m.group(2)} -> {new}", mutated)


def rule_mutants() -> Iterator[Mutant]:
    """One mutant per shipped fact rule: the rule deleted."""
    lines = (ROOT / RULES).read_text(encoding="utf-8").splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.strip() and not line.lstrip().startswith("//"):
            rule = json.loads(line)["id"]
            yield Mutant(RULES, i + 1, f"delete rule {rule}", "".join(lines[:i] + lines[i + 1 :]))


def _scratch(where: Path) -> Path:
    """A copy of the checkout beside a link to ../shared (the tests read it)."""
    copy = where / ROOT.name
    shutil.copytree(ROOT, copy, ignore=lambda _d, names: [n for n in names if n in _SKIP_DIRS])
    shared = ROOT.parent / "shared"
    if shared.exists():
        (where / "shared").symlink_to(shared)
    return copy


def run(mutant: Mutant, copy: Path, tests: tuple[str, ...], timeout: float) -> str:
    """ "killed", "survived" or "timeout" (a hang counts as caught)."""
    target = copy / mutant.path
    original = target.read_text(encoding="utf-8")
    target.write_text(mutant.source, encoding="utf-8")
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests],
            cwd=copy,
            capture_output=True,
            timeout=timeout,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
    except subprocess.TimeoutExpired:
        return "timeout"
    finally:
        target.write_text(original, encoding="utf-8")
    return "survived" if done.returncode == 0 else "killed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help=f"modules to mutate (default: {list(TARGETS)})")
    parser.add_argument("--tests", nargs="+", help="the tests to run (default: per module)")
    parser.add_argument("--rules", action="store_true", help="delete each fact rule in turn")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per mutant")
    parser.add_argument("--limit", type=int, default=0, help="at most this many mutants")
    args = parser.parse_args(argv)

    plan: list[tuple[Mutant, tuple[str, ...]]] = []
    if args.rules:
        plan += [(m, tuple(args.tests or RULE_TESTS)) for m in rule_mutants()]
    for module in args.modules or ([] if args.rules else list(TARGETS)):
        tests = tuple(args.tests or TARGETS.get(module, ()))
        if not tests:
            parser.error(f"no tests known for {module}: give --tests")
        found = data_mutants(module) if module.endswith(".json") else mutants(module)
        plan += [(m, tests) for m in found]
    if args.limit:
        plan = plan[: args.limit]
    counts = {"killed": 0, "survived": 0, "timeout": 0}
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="govinfo-mutate-") as tmp:
        copy = _scratch(Path(tmp))
        for mutant, tests in plan:
            outcome = run(mutant, copy, tests, args.timeout)
            counts[outcome] += 1
            mark = {"killed": ".", "timeout": "T", "survived": "SURVIVED"}[outcome]
            print(f"{mark:8} {mutant.path}:{mutant.line}: {mutant.what}", flush=True)
    total = sum(counts.values())
    print(
        f"{total} mutants: {counts['killed']} killed, {counts['timeout']} timed out, "
        f"{counts['survived']} survived ({time.monotonic() - started:.0f} s)"
    )
    return 1 if counts["survived"] else 0


if __name__ == "__main__":
    sys.exit(main())
