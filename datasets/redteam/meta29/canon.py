"""meta29's 合署 convention, counted apart from meta_score's right/wrong: on the pages whose
truth names a party body as an accepted name (the a pages: one office, two names), how many
rows carry the canonical state name and how many the party name (accepted there, but a panel
joining by name splits the office). ``python datasets/redteam/meta29/canon.py``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

import govinfo_nlp  # noqa: E402


def main() -> int:
    canon = party = other = 0
    for line in (HERE / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        t = json.loads(line)
        parties = [a for a in t["accept"] if a.startswith("中共")]
        if not t["agency"] or not parties or t["agency"].startswith("中共"):
            continue
        got = govinfo_nlp.parse(HERE / "pages" / t["file"]).to_dict()["metadata"]["agency"]
        if got is not None and (got == t["agency"] or not got.startswith("中共")) and got in (
            t["agency"], *t["accept"]
        ):
            canon += 1
        elif got in parties:
            party += 1
            print(f"  {t['file']} party name: {got} (canonical {t['agency']})")
        else:
            other += 1
            print(f"  {t['file']} {got} (canonical {t['agency']})")
    print(f"合署 pages: {canon} state name, {party} party name, {other} other (null or wrong)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
