"""Verdicts on a red-team set built by the verdicts developer (dev, not held out).

    python benchmarks/eval_redteam_verdicts.py [--n 200] [--seed 4242]

Each report is a generated one (both templates, every layout; a third with a
table fault: a dropped cell, dropped empty cells, blank cells) to which a
paragraph of adversarial claims is appended, each with its true verdict
worked out from the generator's truth:

* totals stated with their parts: outcomes (予以公开…), applicant kinds,
  channels (信函, 当面, 传真), appeal results (结果维持…), sub-types of rules
  (新制定, 修改), 告知通过其他途径办理;
* a part still being handled (除1件尚在办理中外): no verdict;
* another year's numbers quoted (上年, a sidebar snippet of another year's
  report) and a whole area's (全市): not comparable.

A claim touching a cell a fault took out is scored for safety only: a
``inconsistent`` there is false when the claim agrees with the cell's true
value. The number that must stay 0 is ``false inconsistent``.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import govinfo_nlp  # noqa: E402
from govinfo_nlp_dev.synthetic.generator import LAYOUTS, generate_report  # noqa: E402

_FAULTS = ((), (), ("dropped_cell",), ("dropped_empty_cells",), ("blank_cells",), ())


def _claims(
    truth: dict, template: str, year: int, rng: random.Random
) -> list[tuple[str, str, tuple[str, ...], int | None]]:
    """(sentence, quantity text, fields, value) — value None for a claim with no verdict."""

    def get(*fields: str) -> int:
        return int(sum(truth.get(f, 0) for f in fields))

    def maybe_wrong(v: int) -> int:
        return v if rng.random() < 0.6 else v + rng.randint(1, 3)

    made = "made" if template == "2019" else "issued"
    new, closed = get("t3.new.total"), get("t3.results_total.total")
    a, b = rng.randint(0, 9), rng.randint(0, 5)
    out: list[tuple[str, str, tuple[str, ...], int | None]] = []
    g = maybe_wrong(get("t3.granted.total"))
    out.append(
        (
            f"全年共办结政府信息公开申请{closed}件，其中予以公开{g}件。",
            f"{g}件。",
            ("t3.granted.total",),
            g,
        )
    )
    out.append(
        (
            f"本机关收到政府信息公开申请{new}件，其中以信函形式申请{a}件，当面递交{b}件。",
            f"{a}件，当面",
            (),
            a,
        )
    )
    n = maybe_wrong(get("t3.new.natural"))
    out.append((f"本年新收申请中，自然人申请{n}件。", f"{n}件。", ("t3.new.natural",), n))
    u = maybe_wrong(get("t4.review.upheld"))
    out.append(
        (
            f"全年发生行政复议案件{get('t4.review.total')}件，其中结果维持{u}件。",
            f"{u}件。",
            ("t4.review.upheld",),
            u,
        )
    )
    r = get(f"t2.rules.{made}")
    out.append((f"制定规章{r}件（含新制定{a}件，修改{b}件）。", f"{a}件，修改", (), a))
    out.append(("除1件尚在办理中外，其余申请均已办结。", "1件", (), None))
    prev = new + rng.randint(1, 40)
    out.append(
        (f"{year - 1}年本机关共受理政府信息公开申请{prev}件。", f"{prev}件", ("t3.new.total",), -1)
    )
    whole = new + rng.randint(50, 400)
    out.append((f"全市共收到政府信息公开申请{whole}件。", f"{whole}件", ("t3.new.total",), -1))
    return out


def evaluate(n: int, seed: int) -> collections.Counter[str]:
    c: collections.Counter[str] = collections.Counter()
    rng = random.Random(seed)
    for i in range(n):
        template = ("2019", "2021")[i % 2]
        layout = LAYOUTS[i % len(LAYOUTS)]
        faults = _FAULTS[i % len(_FAULTS)]
        syn = generate_report(seed * 1000 + i, template=template, layout=layout, faults=faults)
        claims = _claims(syn.truth, template, syn.year, rng)
        extra = "\n" + "".join(s for s, *_ in claims) + "\n"
        if syn.format == "html":
            at = syn.text.rindex("</body>") if "</body>" in syn.text else len(syn.text)
            text = syn.text[:at] + "<p>" + extra + "</p>" + syn.text[at:]
        else:
            at = len(syn.text)
            text = syn.text + extra
        report = govinfo_nlp.parse(text.encode("utf-8"), format=syn.format)
        base = at + (3 if syn.format == "html" else 0) + 1
        pos = base
        for sentence, qtext, fields, value in claims:
            q = text.index(qtext, pos)
            pos += len(sentence)
            fact = next(
                (k for k, f in enumerate(report.facts) if f.quantity_start <= q < f.quantity_end),
                None,
            )
            rec = (
                next((r for r in report.reconciliation if r.fact == fact), None)
                if fact is not None
                else None
            )
            got = rec.verdict if rec else "none"
            hidden = {**syn.hidden, **syn.truth}
            touched = any(f in syn.hidden for f in fields) or bool(faults)
            if value is None:
                want = {"none"}
            elif value == -1:
                want = {"not_comparable"}
            elif not fields:
                want = {"unverifiable"}
            else:
                true = sum(hidden.get(f, 0) for f in fields)
                want = {"consistent" if true == value else "inconsistent"}
                if touched:
                    want = want | {"unverifiable"}
            c["claims"] += 1
            c["got_" + got] += 1
            c["right"] += got in want
            if got == "inconsistent" and "inconsistent" not in want:
                c["false_inconsistent"] += 1
                print(
                    "FALSE inconsistent:",
                    syn.seed,
                    layout,
                    faults,
                    sentence,
                    rec.reason if rec else "",
                )
            elif got not in want and c["shown"] < 8:
                c["shown"] += 1
                print(
                    "wrong:",
                    syn.seed,
                    layout,
                    faults,
                    sentence,
                    "want",
                    want,
                    "got",
                    got,
                    rec.reason if rec else "",
                )
    return c


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=4242)
    args = parser.parse_args()
    c = evaluate(args.n, args.seed)
    print(
        f"claims: {c['claims']}  right: {c['right']} ({c['right'] / max(1, c['claims']):.3%})  "
        f"false inconsistent: {c['false_inconsistent']}"
    )
    print("  verdicts given:", {k[4:]: v for k, v in sorted(c.items()) if k.startswith("got_")})


if __name__ == "__main__":
    main()
