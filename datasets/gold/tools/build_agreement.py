"""Build a second annotation (``../agreement/<name>.jsonl``) from its source ``<name>.ann``.

    python build_agreement.py ../agreement/dev-second.ann

The source names each fact by the candidate id that ``agreement_pages.py --mark``
prints, so value, unit, approx and span come from the surface (parse_surface) and
the annotator writes only what needs judgement. One block per document::

    == reports/r005.txt
    0 proactive.items n=信息
    1 proactive.items b=channel:网站
    5 other s=j y=2020 d          # flags: d = delta, c = cumulative
    +近50人次#1 training.attendees  # a surface the marks missed (1 = first occurrence)

Keys: ``s`` scope (self, j = jurisdiction, u = unknown), ``y`` year (default the
report year), ``b`` breakdown, ``v``/``u``/``a`` value/unit/approx overrides
(``u=-`` for none), ``n`` subject. A candidate not listed is not a fact.
"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from agreement_pages import candidates, split_docs  # noqa: E402
from goldlib_part1 import KEYS, TYPES, parse_surface, read  # noqa: E402

SCOPE = {"j": "jurisdiction", "u": "unknown", "self": "self"}


def _num(s: str) -> int | float:
    f = float(s)
    return int(f) if f == int(f) else f


def build(source: str) -> list[dict]:
    years = {}
    splits = {}
    for split in ("train", "dev", "test"):
        for doc, year in split_docs(split):
            years[doc], splits[doc] = year, split
    out: list[dict] = []
    doc = None
    for n, raw in enumerate(open(source, encoding="utf-8"), 1):
        line = raw.split("  #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            doc = line[2:].split()[0]
            text = read(doc)
            cands = candidates(text)
            out.append({"doc": doc, "split": splits[doc], "report_year": years[doc], "facts": []})
            continue
        where, ftype, *rest = line.split()
        if where.startswith("+"):
            needle, _, occ = where[1:].partition("#")
            pos = -1
            for _ in range(int(occ or 1)):
                pos = text.find(needle, pos + 1)
            if pos < 0:
                raise SystemExit(f"{source}:{n}: {needle!r} not in {doc}")
            s, e = pos, pos + len(needle)
        else:
            s, e = cands[int(where)]
        if ftype not in TYPES:
            raise SystemExit(f"{source}:{n}: type {ftype}")
        value, unit, approx = parse_surface(text[s:e])
        f = {
            "start": s,
            "end": e,
            "value": value,
            "unit": unit,
            "approx": approx,
            "type": ftype,
            "scope": "self",
            "year": years[doc],
            "subject": "",
            "delta": False,
            "cumulative": False,
            "breakdown": None,
        }
        for item in rest:
            k, _, v = item.partition("=")
            if k == "d":
                f["delta"] = True
            elif k == "c":
                f["cumulative"] = True
            elif k == "s":
                f["scope"] = SCOPE[v]
            elif k == "y":
                f["year"] = int(v)
            elif k == "b":
                f["breakdown"] = v
            elif k == "v":
                f["value"] = _num(v)
            elif k == "u":
                f["unit"] = None if v == "-" else v
            elif k == "a":
                f["approx"] = None if v == "-" else v
            elif k == "n":
                f["subject"] = v
            else:
                raise SystemExit(f"{source}:{n}: key {k!r}")
        out[-1]["facts"].append({k: f[k] for k in [*KEYS, "breakdown"]})
    for d in out:
        d["facts"].sort(key=lambda f: f["start"])
    return out


def main() -> None:
    source = sys.argv[1]
    target = source.rsplit(".", 1)[0] + ".jsonl"
    with open(target, "w", encoding="utf-8") as fh:
        for d in build(source):
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
