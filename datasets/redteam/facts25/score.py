"""Score the library on facts25's probes (probes.py): prints each probe's reading and a summary.

    python datasets/redteam/facts25/score.py            # every set
    python datasets/redteam/facts25/score.py --quiet    # the summary and the misses only

Fact probes: a named quantity is right when a fact spans it with the truth's type, breakdown
(``channel`` = any channel) and scope (None: not scored). Verdict probes: the page's prose is
parsed, its facts reconciled against the probe's cells (the 2021 template, every other field of tables 二,
三 and 四 blank), once with the cell agreeing and once disagreeing. Wrap study: every
WRAP_SENTENCES sentence wrapped as a narrow PDF layer (every line 5-13 characters) and with one
break at each position within four characters of each count (blanks on either side: none, one
before, one after); a variant loses a count when the unwrapped sentence reads it and the
wrapped one reads it with another type or value, or not at all.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import probes  # noqa: E402

from govinfo_nlp import parse  # noqa: E402
from govinfo_nlp.reconcile import reconcile  # noqa: E402
from govinfo_nlp.schema import table_fields  # noqa: E402


@dataclass(frozen=True)
class _Value:
    value: float | int
    raw: str
    start: int
    end: int
    method: str = "read"


@dataclass(frozen=True)
class _Tables:
    template: str
    values: dict[str, _Value]
    blank: frozenset[str] = frozenset()
    unread: frozenset[str] = frozenset()
    checks: tuple[Any, ...] = ()
    placed: frozenset[str] = frozenset()
    others: tuple[tuple[int, int], ...] = field(default_factory=tuple)


def tables(cells: dict[str, float | int]) -> _Tables:
    values = {
        f: _Value(v, str(v), 5000 + 10 * i, 5002 + 10 * i) for i, (f, v) in enumerate(cells.items())
    }
    rest = {f for f in table_fields("2021") if f[:3] in ("t2.", "t3.", "t4.")}
    return _Tables("2021", values, blank=frozenset(rest - values.keys()))


def fact_at(report: Any, page: str, quantity: str) -> Any | None:
    at = page.rindex(quantity)
    return next((f for f in report.facts if f.quantity_start <= at < f.quantity_end), None)


def fact_probes(name: str, cases: list, quiet: bool) -> tuple[int, int]:
    right = total = 0
    for head, body, truth in cases:
        page = head + body + "\n"
        report = parse(page)
        for quantity, type_, breakdown, scope in truth:
            total += 1
            f = fact_at(report, page, quantity)
            got = (f.type, f.breakdown, f.scope) if f is not None else None
            ok = (
                f is not None
                and f.type == type_
                and (
                    f.breakdown == breakdown
                    or (breakdown == "channel" and (f.breakdown or "").startswith("channel:"))
                )
                and (scope is None or f.scope == scope)
            )
            right += ok
            if not ok or not quiet:
                print(
                    f"{'ok  ' if ok else 'MISS'} {name} {body[:40]} [{quantity}] want {(type_, breakdown, scope)} got {got}"
                )
    print(f"== {name}: {right}/{total}")
    return right, total


def verdict_probes(quiet: bool) -> tuple[int, int, int]:
    right = total = false = 0
    for head, body, quantity, fid, agree, disagree, ok_agree, ok_disagree in probes.VERDICTS:
        page = head + body + "\n"
        report = parse(page)
        f = fact_at(report, page, quantity)
        index = report.facts.index(f) if f is not None else None
        for value, allowed in ((agree, ok_agree), (disagree, ok_disagree)):
            cells = {**probes.T2, **probes.T3, fid: value}
            recs = reconcile(
                report.facts,
                tables(cells),
                report_year=2023,
                text=page,
                agency=report.metadata.agency,
                region=report.metadata.region.to_dict() if report.metadata.region else None,
            )
            got = (
                next((r.verdict for r in recs if r.fact == index), None)
                if index is not None
                else None
            )
            total += 1
            ok = got in allowed
            right += ok
            false += got == "inconsistent" and "inconsistent" not in allowed
            if not ok or not quiet:
                kind = f.type if f is not None else None
                print(
                    f"{'ok  ' if ok else 'MISS'} verdict {body[:34]} [{quantity}] {fid}={value} want {sorted(map(str, allowed))} got {got} ({kind})"
                )
    print(f"== verdicts: {right}/{total}, false inconsistent {false}")
    return right, total, false


def readings(sentence: str) -> list[tuple[str, float]]:
    page = probes.OFFICE + sentence + "\n"
    return [(f.type, f.value) for f in parse(page).facts]


def wrap_variants(sentence: str, counts: list[str]) -> list[tuple[str, str]]:
    out = []
    for width in range(5, 14):
        out.append(
            (
                f"w{width}",
                "\n".join(sentence[k : k + width] for k in range(0, len(sentence), width)),
            )
        )
    for quantity, _ in counts:
        at = sentence.index(quantity)
        for pos in range(max(1, at - 4), min(len(sentence), at + len(quantity) + 1)):
            for brk in ("\n", " \n", "\n "):
                out.append((f"@{pos}{brk!r}", sentence[:pos] + brk + sentence[pos:]))
    return out


def wrap_study(quiet: bool) -> tuple[int, int, int]:
    variants = lost = wrong_plain = 0
    for sentence, counts in probes.WRAP_SENTENCES:
        plain = readings(sentence)
        page = probes.OFFICE + sentence + "\n"
        report = parse(page)
        for quantity, type_ in counts:
            f = fact_at(report, page, quantity)
            if f is None or f.type != type_:
                wrong_plain += 1
                print(
                    f"PLAIN {sentence[:30]} [{quantity}] want {type_} got {f.type if f else None}"
                )
        for label, text in wrap_variants(sentence, counts):
            variants += 1
            got = readings(text)
            missing = [c for c in plain if c not in got]
            if missing:
                lost += 1
                if not quiet:
                    print(f"LOST {label} {text!r}: {missing} -> {got}")
    print(
        f"== wraps: {variants} variants, {lost} lose a count the sentence unwrapped reads; "
        f"unwrapped readings off the truth: {wrong_plain}"
    )
    return variants, lost, wrong_plain


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument(
        "--set", choices=("errors", "persons", "levels", "verdicts", "wraps"), nargs="*"
    )
    args = ap.parse_args()
    sets = args.set or ["errors", "persons", "levels", "verdicts", "wraps"]
    if "errors" in sets:
        fact_probes("errors", probes.ERRORS, args.quiet)
    if "persons" in sets:
        fact_probes("persons", probes.PERSONS, args.quiet)
    if "levels" in sets:
        fact_probes("levels", probes.LEVEL_PARTS, args.quiet)
    if "verdicts" in sets:
        verdict_probes(args.quiet)
    if "wraps" in sets:
        wrap_study(args.quiet)


if __name__ == "__main__":
    main()
