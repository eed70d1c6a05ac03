"""Check that facts-part3.jsonl is what its sources build, for the train and dev
documents only (a relabel edits both edits_part3.txt and the JSONL; build_part3.py
would read the test documents, which a relabel must not open).

    python check_part3.py        # prints each train/dev document that differs; exit 1 if any
"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from build_part3 import HERE, apply_edits, make_fact, parse_prefill  # noqa: E402
from goldlib_part1 import read  # noqa: E402
from relabel_conv15 import overlay  # noqa: E402


def main() -> None:
    splits = {}
    for line in open(os.path.join(HERE, "splits_part3.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            stem, split = line.split()
            splits[stem] = split
    prefill = parse_prefill(os.path.join(HERE, "prefill_part3.txt"))
    edits: dict[str, list[str]] = {}
    years: dict[str, int | None] = {}
    cur = ""
    for raw in open(os.path.join(HERE, "edits_part3.txt"), encoding="utf-8"):
        line = raw.strip()
        if not line or line.startswith("#") or line.startswith("@notes "):
            continue
        if line.startswith("@doc "):
            parts = line.split()
            cur = parts[1]
            edits[cur] = []
            for p in parts[2:]:
                if p.startswith("year="):
                    years[cur] = None if p[5:] == "None" else int(p[5:])
        else:
            edits[cur].append(line)
    gold = {}
    with open(os.path.join(HERE, "..", "facts-part3.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["split"] != "test":
                gold[d["doc"]] = d["facts"]
    bad = checked = 0
    for stem in sorted(edits):
        if splits.get(stem) == "test":
            continue  # never opened
        text = read(f"reports/{stem}.txt")
        year = years.get(stem, prefill[stem][0])
        errors: list[str] = []
        facts = [
            f
            for k, line in enumerate(apply_edits(prefill[stem][1], edits[stem]))
            if (f := make_fact(line, text, year, f"{stem}#{k}", errors)) is not None
        ]
        facts.sort(key=lambda f: (f["start"], f["end"]))
        facts = overlay(f"reports/{stem}.txt", facts)
        checked += 1
        if errors or facts != gold.get(f"reports/{stem}.txt"):
            bad += 1
            print(f"DIFFERS reports/{stem}.txt {errors}")
    print(f"checked {checked} train/dev documents, {bad} differ")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
